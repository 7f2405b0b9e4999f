"""The agency a report's body names as itself when its title names none: the signature block at its end, else the
sentence saying who compiled it.  Only for pairing a body's reports of consecutive years (``app/crossyear.py``) and
for showing the agency (the level is read as before, from the title or from how the text names itself): a page that
kept only the body of a report (no title line) may still sign it (a name above the date) or say
``本报告由闽清县发展和改革局编制``.

What each is worth, and why a name is dropped rather than guessed:

- a **signature** (a name alone on a line, the date alone on the next; or both on one line) is the body's own — not
  a labelled line (``来源:福州市人民政府``: the site publishing the page, often a higher body's) nor the last name of a
  joint signature (two bodies' names over one date: either alone would pair the report with one body's own);
- a **编制 sentence** names the compiler: an office inside an organ (``罗源县发展和改革局办公室``,
  ``两城镇人民政府党政办公室``) compiles its organ's report only, so the organ is the body; an organ may compile another
  body's report (福清市's government report says ``由福清市政务与外事服务中心编制``), so its own name is taken only when the
  text speaks as one of its kind (我局, 我镇), and not when the page's contact is another organ;
- a government's **general office** (``闽清县人民政府办公室``, ``…办公厅``) compiles and often signs and publishes the
  government's report as well as its own: half of the corpus's pages compiled by one are the government's (漳州 2020)
  and half the office's (漳州 2021), and 我办 does not tell them apart.  So its name tells neither body and is never
  used: pairing the government's report with the office's would compare two bodies' carried applications;
- a name without a place of its own (``区财政局``, ``局办公室``) is any district's and is not used either;
- the contact (``请与X联系``) is not a source: a government's page gives its office's, a 领导小组's or another organ's.
"""
from __future__ import annotations

from ..model.document import Document, Heading, Paragraph
from ..text.cndates import find_dates
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize
from .agency import GENERAL_OFFICE, NATIONAL, classify, places
from .reportdate import date_in_line

__all__ = ["body_named", "compiling_agency", "signed_agency"]

# The last blocks a signature stands in (the date line last, as ``reportdate._closing_date`` reads it).
_CLOSING_BLOCKS = 4
# "由X编制", "由X结合有关统计数据编制", "由X综合区政府各镇办、各部门的工作情况编制而成": the words between 由 and 编制 hold the
# name, then maybe what the compiler did before compiling, from one of these words on; a bracket naming it for short
# ("(以下简称我委)") is no part of it.
_COMPILED = LazyRegex(r"由(?P<run>[^。;,:]{2,60}?)编制")
_SHORT_NAME = LazyRegex(r"\(以下简称[^)]*\)")
_AFTER_NAME = LazyRegex(r"结合|综合|根据|汇总|负责|牵头|组织|会同|按照|依据|的")
# A government's general office, wherever it stands in a name ("…人民政府办公室综合科" is a section of it).
_GENERAL_OFFICES = ("政府办公室", "政府办公厅", "政府办")
# "如对本报告有疑问,请与X联系": the body the page sends readers to.
_CONTACT = LazyRegex(r"请与(?P<name>[^。;,:]{2,40}?)联系")
# An office inside an organ, after the organ's name: its 办公室, 党政办公室, 党政综合办公室, 综合科.
_INNER_OFFICE = LazyRegex(r"(?:党政综合办公室|综合信息指挥室|党政办公室|党政办|办公室|综合科|信息科)+$")


def body_named(name: str | None) -> str | None:
    """The body a name in a report's body stands for, or None when it tells no single body: an office inside an organ
    is its organ ("罗源县发展和改革局办公室" → "罗源县发展和改革局", "…厚桥街道党政办公室综合科" → "…厚桥街道"); a government's
    general office (or a section of it), a name of no kind and a name without a place of its own (unless a central
    organ's) are None."""
    text = normalize(name or "")
    if any(office in text for office in _GENERAL_OFFICES):
        return None
    organ = _INNER_OFFICE.sub("", text)
    if organ != text and _one_body(organ):
        return organ
    return text if _one_body(text) else None


def _one_body(name: str) -> bool:
    level = classify(name)
    if level is None or level.kind == GENERAL_OFFICE:
        return False
    return bool(places(name)) or level.tier == NATIONAL


def compiling_agency(texts: list[str], kind: str | None) -> str | None:
    """The body the first 编制 sentence of the opening texts names as the report's compiler (``body_named``), when it
    is the body: an office inside an organ compiles its organ's report only, but an organ may compile another's (福清市's
    government report "由福清市政务与外事服务中心…编制"), so an organ's name is taken only when the text speaks as one
    of its kind (``kind``: 我局, 我镇, "2023年,区商务局聚焦…"; ``agency.self_reference``, ``clause_subject``).  None too when
    the page's contact names another organ: a page copying another body's preamble (a company's report "由南宁市武鸣区
    行政审批局编制", "请与广西富鸣城市投资发展集团有限责任公司办公室联系") says two bodies, so neither."""
    opening = normalize("".join(texts))
    m = _COMPILED.search(opening)
    if m is None:
        return None
    named = _name_in(_SHORT_NAME.sub("", m.group("run")))
    if named is None:
        return None
    written, compiler = named
    if written == compiler and (level := classify(compiler)) is not None and level.kind != kind:
        return None
    contact = _CONTACT.search(opening)
    if contact is not None:
        other = _INNER_OFFICE.sub("", contact.group("name"))
        if classify(other) is not None and not (compiler.endswith(other) or other.endswith(compiler)):
            return None
    return compiler


def _name_in(run: str) -> tuple[str, str] | None:
    """The name a 编制 sentence's words after 由 write and the body it stands for (``body_named``): the shortest of
    their parts ending before a word saying what the compiler did that is an agency's name at all (``classify``)."""
    for cut in sorted({*(w.start() for w in _AFTER_NAME.finditer(run)), len(run)}):
        if classify(run[:cut]) is not None:
            body = body_named(run[:cut])
            return (normalize(run[:cut]), body) if body is not None else None
    return None


def signed_agency(doc: Document) -> str | None:
    """The body that signs the report: among the last lines, a name alone on the line above a date alone, or a name
    with the date after it on one line (``_signer``)."""
    blocks = [b for b in doc.blocks if isinstance(b, Paragraph | Heading) and b.text.strip()][-_CLOSING_BLOCKS:]
    for i in range(len(blocks) - 1, -1, -1):
        text = blocks[i].text.strip()
        if date_in_line(text, page=False) is not None:  # the date alone: the line above signs
            return _signer(blocks[i - 1].text, blocks[i - 2].text if i > 1 else "") if i > 0 else None
        dates = [d for d in find_dates(text) if d.day is not None]
        if len(dates) == 1 and not text[dates[0].end:].strip():  # "闽侯县人民政府 2024年1月20日"
            return _signer(text[: dates[0].start], blocks[i - 1].text if i > 0 else "")
    return None


def _signer(name: str, above: str) -> str | None:
    """The body a signature's name stands for (``body_named``), None when it is no signature of one body: a labelled
    line is a page's metadata (``来源:福州市人民政府``, ``发布机构:…``: the site publishing it, often a higher body's), and
    a name under another body's name alone is the last of a joint signature (``闽清县发展和改革局`` over ``闽清县统计局``:
    either alone would pair the joint report with one body's own)."""
    if ":" in normalize(name) or (classify(normalize(above)) is not None and _alone(above)):
        return None
    return body_named(name)


def _alone(line: str) -> bool:
    """A line that is a name and nothing else: no stop, comma or colon (a sentence naming a body is no signature)."""
    return not any(mark in normalize(line) for mark in "。,;:!?")
