"""Where a document's numbered sections are (its title and year: ``identify.py``).

Heading levels differ by format (a Markdown report puts sections at ``##``, a Word report at
heading 1 or at bold numbered paragraphs), so sections are found by their numbering ("一、" …) at
the shallowest level where numbered headings occur, not by a fixed level.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model.document import Document, Heading, Paragraph, Table
from ..model.records import Record
from ..readers.linescan import page_in_words
from ..text.clauseopeners import CLAUSE_OPENERS
from ..text.cndates import ends_on_full_date, holds_full_date
from ..text.cnnumerals import cn_to_int
from ..text.lazyregex import LazyRegex
from ..text.mapped import normalize_mapped, original_span
from ..text.normalize import looks_numeric, normalize, normalize_label
from ..text.numbering import section_number as cn_section_number
from .cutunder import under_heading
from .specs import SectionSpec, TableSpec


class SectionHeading(Record):
    """A section's heading as found: a heading block, a paragraph that is a section title (``paragraph``:
    a Word paragraph not styled as a heading), or a title run into a paragraph (``glued``, at ``offset``
    in its normalised text)."""

    __slots__ = ("block_index", "heading", "number", "title", "how", "offset")

    def __init__(self, block_index: int, heading: Heading, number: str, title: str, how: str = "heading",
                 offset: int = 0) -> None:
        self.block_index = block_index
        self.heading = heading
        self.number = number  # "三"
        self.title = title  # normalised, without numbering
        self.how = how  # heading | paragraph | glued
        self.offset = offset


def section_number(match: re.Match[str]) -> str:
    """The number of a section heading match: the group ``number``, else the first group."""
    found = match.groupdict().get("number")
    if found is None:
        found = match.group(1) if match.re.groups else match.group(0)
    return found or ""


def number_value(number: str) -> int:
    """'三' → 3, '3' → 3, 'III' or 'C' → 0 (unknown numbering counts as not continuing a sequence)."""
    if number.isdigit():
        return int(number)
    return cn_to_int(number) or 0


def section_headings(doc: Document, numbering: re.Pattern[str] | None = None, specs: Sequence[SectionSpec] = (),
                     tables: Sequence[TableSpec] = ()) -> list[SectionHeading]:
    """The sections' headings, in document order.

    Numbered headings at the shallowest level where numbered headings occur (level ≥ 1), less those
    whose text is a row or column label of one of the pack's tables (``一、本年新收政府信息公开申请数量``
    is a row of section 三's table when a reader could not see the table); then, for the pack's
    sections (``specs``), a paragraph whose whole text is a section's title (a Word paragraph neither
    styled nor bold), and a title run into a paragraph (``…以下简称《条例》。 一、总体情况 2022年，…``;
    all six titles in one paragraph).  ``numbering`` is the pack's ``sections.numbering`` regex (matched
    at the start of the normalised text); by default Chinese numbering "一、".
    """
    labels = table_label_texts(tables)
    numbered = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading) and block.level >= 1:
            norm = normalize(block.text)
            m = _numbered(norm, numbering)
            if m:
                title = normalize_label(block.text) if numbering is None else normalize_label(norm[m[1]:])
                if not title:  # "一、" alone on its line, its title on the next ("一、\n总体情况": a page's broken line)
                    title, text = _title_below(doc, i, block.text.strip())
                    if title:
                        block = Heading(location=block.location.with_(section=text), level=block.level, text=text)
                if title in labels and _spec_for(title, m[0], specs) is None:
                    continue
                numbered.append((i, block, m[0], title, "heading"))
        elif isinstance(block, Paragraph) and specs:
            norm = normalize(block.text)
            m = _numbered(norm, numbering)
            if m and len(norm) <= MAX_TITLE_CHARS:
                title = normalize_label(block.text) if numbering is None else normalize_label(norm[m[1]:])
                title = _TRAILING_STOP.sub("", title)  # "一、总体情况。" alone on its line is the heading
                text = block.text.strip()
                if not title:  # "一、" alone on its line, its title on the next ("一、\n总体情况": a page's broken line)
                    title, text = _title_below(doc, i, text)
                if _spec_for(title, m[0], specs) is not None:
                    heading = Heading(location=block.location.with_(section=text), level=0, text=text)
                    numbered.append((i, heading, m[0], title, "paragraph"))
    kept: list[SectionHeading] = []
    levels = [b.level for _, b, _, _, how in numbered if how == "heading"]
    top = min(levels) if levels else 1
    last = 0
    for i, block, num, title, how in numbered:
        value = number_value(num)
        # Deeper numbered headings count when they continue the sequence: real documents mix
        # levels (一 at heading 2, 三 at heading 1), while "一、" inside a section restarts at 1.
        if how == "paragraph" or block.level == top or value == last + 1:
            kept.append(SectionHeading(i, block, num, title, how))
            last = value
    if specs:
        kept += _glued(doc, specs, kept, top)
        kept.sort(key=lambda h: (h.block_index, h.offset))
        if not kept:
            kept = _unnumbered(doc, specs)
    return kept


def _title_below(doc: Document, i: int, text: str) -> tuple[str, str]:
    """The title a section number alone on its line (block ``i``, ``text``) has on the next line — a short paragraph —
    and the heading's text with it; ("", ``text``) when the next block is none."""
    below = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
    if not isinstance(below, Paragraph) or len(below.text.strip()) > MAX_TITLE_CHARS:
        return "", text
    return _TRAILING_STOP.sub("", normalize_label(below.text)), text + below.text.strip()


def _unnumbered(doc: Document, specs: Sequence[SectionSpec]) -> list[SectionHeading]:
    """Paragraphs that are the form's section titles without their numbers (``总体情况``, ``主动公开政府信息情况``,
    ``收到和处理政府信息公开申请情况`` alone on their lines: a page whose list numbering was lost), taken only when no
    title is numbered and at least two are there in the form's order (one such line could be a caption).  Their
    number is left empty: the sections check says it is missing (RL206)."""
    bare = {}
    for k, spec in enumerate(specs):
        norm = normalize(spec.title)
        m = cn_section_number(norm)
        bare[normalize_label(norm[m[1]:] if m else norm)] = k
    found: list[SectionHeading] = []
    order: list[int] = []
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Paragraph) or len(block.text.strip()) > MAX_TITLE_CHARS:
            continue
        title = _TRAILING_STOP.sub("", normalize_label(block.text))
        if title in bare:
            text = block.text.strip()
            heading = Heading(location=block.location.with_(section=text), level=0, text=text)
            found.append(SectionHeading(i, heading, "", title, "paragraph"))
            order.append(bare[title])
    return found if len(found) >= 2 and order == sorted(set(order)) else []


MAX_TITLE_CHARS = 40
# A full stop or colon after a title alone on its line; a dot leader and a page number after a title
# (a table of contents: "一、总体情况....... 1", "二、主动公开政府信息情况 ………… 10").
_TRAILING_STOP = LazyRegex(r"[。.．:：;；]+$")
_TOC_LEADER = LazyRegex(r"\s*(?:[.．·…⋯]\s*){3,}\d+")


def _numbered(norm: str, numbering: re.Pattern[str] | None) -> tuple[str, int] | None:
    """The section number opening a normalised text and the index after it: by the pack's
    ``sections.numbering`` pattern, else Chinese numbering "一、" (``text.numbering.section_number``)."""
    if numbering is None:
        return cn_section_number(norm)
    m = numbering.match(norm)
    return None if m is None else (section_number(m), m.end())


# id of a pack's list of tables -> (that list, its label texts): the list is kept, so its id names no other one
_LABEL_TEXTS: dict[int, tuple[Sequence[TableSpec], frozenset[str]]] = {}


def table_label_texts(tables: Sequence[TableSpec]) -> frozenset[str]:
    """Every segment of the tables' row and column labels, normalised (what a section title never is).  Read once
    per pack: every report of a pack hands in the same list of tables."""
    known = _LABEL_TEXTS.get(id(tables))
    if known is None or known[0] is not tables:
        known = _LABEL_TEXTS[id(tables)] = (tables, _label_texts(tables))
    return known[1]


def _label_texts(tables: Sequence[TableSpec]) -> frozenset[str]:
    return frozenset(seg.text for table in tables for spec in (*table.rows, *table.columns)
                     for alternative in spec.alternatives for seg in alternative if seg.regex is None and seg.text)


def _spec_for(title: str, number: str, specs: Sequence[SectionSpec]) -> SectionSpec | None:
    """The section whose title (or a variant of it) this is, numbered as the form numbers it."""
    for spec in specs:
        if (spec.matches_title(title) or spec.matches_variant(title)) and (
                not spec.number or spec.number == number):
            return spec
    return None


_GLOBAL_FLAGS = LazyRegex(r"^\(\?[aiLmsux]+\)")


@lru_cache(maxsize=256)
def _glued_title(number: str, title: re.Pattern[str]) -> re.Pattern[str]:
    """``一、`` and a section's title pattern, unanchored, to find the title inside a paragraph (the
    pattern's global flags, such as ``(?i)``, kept as flags)."""
    inner = _GLOBAL_FLAGS.sub("", title.pattern).removeprefix("^").removesuffix("$")
    return re.compile(re.escape(number) + "、(?:" + inner + ")", title.flags)


def _glued(doc: Document, specs: Sequence[SectionSpec], found: list[SectionHeading], level: int) -> list[SectionHeading]:
    """Section titles run into a paragraph, for the sections no heading gave."""
    have = {id(spec) for h in found for spec in [_spec_for(h.title, h.number, specs)] if spec is not None}
    wanted = [spec for spec in specs if id(spec) not in have and spec.number]
    out: list[SectionHeading] = []
    starts = {h.block_index for h in found}
    for i, block in enumerate(doc.blocks):
        if not wanted:
            break
        if not isinstance(block, Paragraph | Heading) or i in starts:
            continue  # a reader may take a long first line for the title: a heading of level 0
        norm, idx = normalize_mapped(block.text)
        for spec in list(wanted):
            for alt in (spec.match, *spec.variants):
                m = _glued_title(spec.number, alt).search(norm)
                if m is None or _TOC_LEADER.match(norm, m.end()):
                    continue  # (a table of contents' entry, "一、总体情况……1", names a section, is none)
                start, end = original_span(idx, m.start(), m.end())
                text = block.text[start:end]
                where = doc.span_location(block, start, end) if isinstance(block, Paragraph) else block.location
                heading = Heading(location=where.with_(section=text), level=level, text=text)
                out.append(SectionHeading(i, heading, spec.number, normalize_label(m.group(0)), "glued", m.start()))
                wanted.remove(spec)
                break
    return out


def match_sections(found: list[SectionHeading], specs: list[SectionSpec]) -> list[tuple[SectionHeading, int, str]]:
    """Each found section heading with the index of the pack's section and how it matched: by its
    title (``exact``), by a known variant of the title (``variant``), or by its number (``number``).

    A heading matched by its number alone stands for a section only while no heading has that
    section's title, and only the first one: "一、…" again later is a list inside a section (or a
    table's row label), not the section a second time."""
    out: list[tuple[SectionHeading, int, str]] = []
    titled: set[int] = set()
    pending: list[SectionHeading] = []
    for heading in found:
        hit = None
        for k, spec in enumerate(specs):
            if spec.matches_title(heading.title):
                hit = (k, "exact")
                break
        if hit is None:
            for k, spec in enumerate(specs):
                if spec.matches_variant(heading.title):
                    hit = (k, "variant")
                    break
        if hit is None:
            pending.append(heading)
            continue
        titled.add(hit[0])
        out.append((heading, hit[0], hit[1]))
    by_number: set[int] = set()
    for heading in pending:
        for k, spec in enumerate(specs):
            if spec.number and spec.number == heading.number:
                if k not in titled and k not in by_number:
                    by_number.add(k)
                    out.append((heading, k, "number"))
                break
    out.sort(key=lambda item: (item[0].block_index, item[0].offset))
    return out


def assign_sections(doc: Document, headings: list[SectionHeading]) -> None:
    """Record in each block's location the section heading it falls under.

    A table's cells are not visited: a cell without a section of its own is in its table's
    (``checks.cell_location`` takes it from there), which is what every reader means, as none
    places a table and its cells in different sections.  Setting it on hundreds of cells per
    report made every cell's location be built even when nothing ever points at the cell."""
    starts = {h.block_index: h.heading.text.strip() for h in headings}
    current: str | None = None
    for i, block in enumerate(doc.blocks):
        if i in starts:
            current = starts[i]
        if current and block.location.section is None:
            block.location = block.location.with_(section=current)


# A line that ends a sentence, a list item or a quotation: the text may stop there.
_TERMINAL = tuple("。.！？!?；;…”」』】》")
MAX_SIGNATURE_CHARS = 30


def document_cut(doc: Document, headings: Sequence[SectionHeading] = (), specs: Sequence[SectionSpec] = (),
                 tables: Sequence[TableSpec] = ()) -> int | None:
    """The index of the last block when the document visibly stops in the middle of something: it ends
    with a heading that is not one of its sections' (``五、存在的主``), a sentence that does not end, or a
    table row shorter than the row above it (a crawler kept the first 2,000 characters of a page; a
    paste was cut).  None when it ends as a document ends: a full stop, a date, a signature — or with
    a whole section title, as a draft does (not one a bare number follows: ``_number_after``).  With the
    pack's ``specs`` and ``tables``, text that ends on a table or a full stop while the form has a table
    in a later section is cut too, however whole its last row or sentence (the report's last sections are
    prose: a report does not stop on section 三's table, nor in section 一), and so is a page that ends on
    the whole title of a section whose table the form requires (``_title_before_tables``).

    With the pack's ``specs``, a heading is a whole section title only when its title is the section's
    (or an accepted variant): a numbered heading that matches no title (``二、行政机关主动公开政府``, a
    table's row label ``三、本年度办`` cut in the middle) is where the text was cut."""
    one_page = page_number(doc) is not None  # a page of a longer document ends where its page does
    if specs:
        section_starts = {h.block_index for h, _, how in match_sections(list(headings), list(specs))
                          if how != "number"}
    else:
        section_starts = {h.block_index for h in headings}
    for i in range(len(doc.blocks) - 1, -1, -1):
        block = doc.blocks[i]
        if isinstance(block, Table):
            return i if one_page or _table_cut(block) or _tables_after(i, headings, specs, tables) else None
        if not isinstance(block, Heading | Paragraph):
            continue
        text = block.text.strip().strip("|").strip()
        if not text:
            continue
        if isinstance(block, Heading) and block.level >= 1:
            whole = i in section_starts and not _number_after(doc, block) \
                and not _title_before_tables(doc, i, headings, specs, tables)
            return None if whole else i
        if len(text) <= MAX_SIGNATURE_CHARS and (holds_full_date(text) or looks_signed(text)):
            # a date or an agency's name ends a report — but not in section 一 of a page the form follows with its
            # tables: there a short line ending as a name ends (``…1761件,答复政府``, ``做好维护街道``) is a cut.  A line
            # ending in its date (``2024年2月18日`` under the signature) is the report's end wherever it stands, and so
            # is a name signing a text whose last sentence is whole (``_signs_whole_text``): a draft that stops after
            # 一 lacks what it lacks (RL201), it was not cut
            ends = ends_on_full_date(text) or _signs_whole_text(doc, i, text)
            return i if not ends and (_stops_early(doc, i, headings, specs, tables) or under_heading(doc, i)) else None
        if text.endswith(_TERMINAL):
            return i if one_page or _stops_early(doc, i, headings, specs, tables) else None
        return i
    return None


def _number_after(doc: Document, heading: Heading) -> bool:
    """Whether the text as found goes on after its last heading with one bare number, which the reader set
    aside as a page number (``五、存在的主要问题及改进情况`` then ``20``): a crawler cut the page inside the
    section's first sentence (``2025年…``), so the text stops there rather than ending on a whole title.
    Read from the source, which only text and Markdown keep."""
    if doc.source is None or heading.location.line is None:
        return False
    rest = [line.strip() for line in doc.source.split("\n")[heading.location.line:] if line.strip()]
    return len(rest) == 1 and rest[0].isdecimal() and len(rest[0]) <= 3


def page_number(doc: Document) -> int | None:
    """The page number of a text that is one page or the later pages of a report, else None: a flipbook's page
    (FlipHTML5's ``files/basic-html/pageN.html``: a first line ``Page N - <title>``, then ``P. N``) or a PDF's text
    kept from a later page on, whose first line is that page's printed number (``- 4 -``, ``第4页``; a parser's
    fixture of the pages it reads).  Such a text holds part of a report: its sections before the page are on
    earlier pages, those after it on later ones (the sections check says neither is missing; the text's end is
    where it stops).  A printed number first is no later page when the report opens under it — its title or its
    opening words name the report (``年度报告``) before the first heading: a Word export whose cover page was dropped
    (``- 2 -`` then the title) holds the whole report, and a section missing before its first is missing."""
    if not doc.source:  # text or Markdown as found
        return None
    head = doc.source.lstrip()
    if not head.startswith("Page "):
        page = page_in_words(head.split("\n", 1)[0])
        return None if page is not None and _opens_report(doc) else page
    lines = [line.strip() for line in head.split("\n", 2)[:2]]
    if len(lines) < 2:
        return None
    number, sep, _ = lines[0][len("Page "):].partition(" - ")
    if not sep or not number.isdigit() or lines[1] not in (f"P. {number}", f"P.{number}"):
        return None
    return int(number)


def _opens_report(doc: Document) -> bool:
    """Whether the text names the report (``年度报告``: its title, ``现将本机关2023年政府信息公开工作年度报告公布如下``)
    before its first heading — the report opens here, not on an earlier page."""
    for block in doc.blocks:
        if isinstance(block, Heading):
            return False
        if isinstance(block, Paragraph) and "年度报告" in block.text:
            return True
    return False


_AGENCY_ENDS = ("政府", "办公室", "办公厅", "局", "委", "委员会", "办事处", "中心", "管委会", "街道", "镇", "乡")


def looks_signed(text: str) -> bool:
    """A short closing line naming an agency (a signature): it ends as agency names end (``str.endswith``; the pattern
    it replaced is in ``tests/data/text_scanners.jsonl``), and does not open as a clause does (``按照政务和大数据局``:
    a sentence's first words, cut by a crawler — ``text/clauseopeners``)."""
    return (name := normalize(text)).endswith(_AGENCY_ENDS) and not name.startswith(CLAUSE_OPENERS)


_NOT_IN_NAMES = frozenset("，,、；;：:。！？!?（）()")


def _signs_whole_text(doc: Document, at: int, text: str) -> bool:
    """A name alone (no mark of a sentence, no digit) under a paragraph whose last sentence ends: the signature of a
    text that stops there (``…答复政府信息公开申请1761件。`` then ``上海市杨浦区人民政府办公室``).  A crawler's cut
    leaves the first words of a paragraph after a heading (``(四)政府信息公开平台建设`` then ``做好维护街道``, r1704)
    or a sentence's fragment (``…1761件,答复政府``, r1706; ``按照政务和大数据局`` after a full stop, r2394: looks_signed)."""
    if any(ch.isdigit() or ch in _NOT_IN_NAMES for ch in text):
        return False
    before = next((b for b in reversed(doc.blocks[:at]) if not isinstance(b, Paragraph | Heading) or b.text.strip()),
                  None)
    return isinstance(before, Paragraph) and before.text.strip().endswith(_TERMINAL)


def _stops_early(doc: Document, at: int, headings: Sequence[SectionHeading], specs: Sequence[SectionSpec],
                 tables: Sequence[TableSpec]) -> bool:
    """A whole sentence ends the text in a section the form follows with a table's section, every
    section heading of the text is one of the form's by its title and no table follows them: a report
    does not end in 一、总体情况 (a crawler kept the page's first 2,000 characters, to a full stop).  A
    text whose headings are not the form's (numbering restarted, topics numbered as sections) or that
    holds tables after them may well be whole, its sections unrecognised: not said.  Nor of a Word file
    or a PDF: a file is whole, a draft that has only 一 lacks the other sections (RL201)."""
    if doc.format not in ("text", "markdown"):
        return False
    matched = match_sections(list(headings), list(specs))
    if not matched or len(matched) != len(headings) or any(how == "number" for _, _, how in matched):
        return False
    first = min(h.block_index for h in headings)
    if any(isinstance(b, Table) for b in doc.blocks[first:at]):
        return False
    return _tables_after(at, headings, specs, tables)


def _title_before_tables(doc: Document, at: int, headings: Sequence[SectionHeading], specs: Sequence[SectionSpec],
                         tables: Sequence[TableSpec]) -> bool:
    """A text or Markdown page ends on the whole title of a section that holds, or is followed by, a table the form
    requires (``…\n二、主动公开政府信息情况`` and nothing after): a report does not stop there — a crawler kept the
    page up to the title, and whatever lay under it is not told (no RL301 for tables a cut hides).  A Word file or a
    PDF is whole: a draft ending so lacks the tables (RL301)."""
    if doc.format not in ("text", "markdown"):
        return False
    ending = [k for heading, k, _ in match_sections(list(headings), list(specs)) if heading.block_index == at]
    if not ending:
        return False
    order = {spec.id: k for k, spec in enumerate(specs)}
    return any(order.get(t.section or "", -1) >= ending[0] for t in tables if t.required)


def _tables_after(at: int, headings: Sequence[SectionHeading], specs: Sequence[SectionSpec],
                  tables: Sequence[TableSpec]) -> bool:
    """Whether the form has a required table in a section after the one block ``at`` ends in: the section of the
    last heading at or before it — a title run into that very block (``一、总体情况 2019年,…`` the page's one
    paragraph, RL208) opens the section its text ends in."""
    before = [k for heading, k, _ in match_sections(list(headings), list(specs)) if heading.block_index <= at]
    if not before:
        return False
    order = {spec.id: k for k, spec in enumerate(specs)}
    return any(order.get(t.section or "", -1) > max(before) for t in tables if t.required)


def _table_cut(table: Table) -> bool:
    """Whether the text stops inside a table: its last row has fewer filled cells than the row above it,
    or holds no number where rows above do (a table ends with data, not with a header)."""
    grid = table.grid()
    rows = [[c for c in row if c is not None and c.text.strip()] for row in grid]
    rows = [r for r in rows if r]
    if len(rows) < 2:
        return len(rows) == 1 and len(rows[0]) == 1
    if len({id(c) for c in rows[-1]}) < len({id(c) for c in rows[-2]}):
        return True
    numbers = [any(looks_numeric(c.text) for c in row) for row in rows]
    return not numbers[-1] and any(numbers[:-1])


def cut_section(headings: list[SectionHeading], specs: list[SectionSpec], cut: int | None) -> int | None:
    """The pack index of the section a cut document stops in (-1: before any), None when it is not cut."""
    if cut is None:
        return None
    stopped_in = -1
    for heading, k, _ in match_sections(headings, specs):
        if heading.block_index <= cut:
            stopped_in = max(stopped_in, k)
    return stopped_in


def cut_off_tables(tables: list[TableSpec], specs: list[SectionSpec], stopped_in: int | None,
                   found: Callable[[str], bool]) -> set[str]:
    """The tables a cut document does not reach: in the section it stops in or a later one, with no
    table after them (in the pack's order) found."""
    if stopped_in is None:
        return set()
    order = {spec.id: k for k, spec in enumerate(specs)}
    out: set[str] = set()
    later_found = False
    for table in reversed(tables):
        if found(table.id):
            later_found = True
            continue
        if not later_found and order.get(table.section or "", len(specs)) >= stopped_in:
            out.add(table.id)
    return out
