"""Where a document stops, and whether it stops as a report does (its sections: ``structure.py``).

Most texts reportlint reads are excerpts: a crawler kept a page's first 2,000 characters, a paste was cut, a
PDF's text starts on a later page.  A section or table missing after such a cut is missing from the text, not
from the report, so the sections, tables and version kinds ask here where the text stops and what lies beyond
it: a signature or a date ends a report; a heading with nothing under it, a sentence without its end, a row
shorter than the one above or a bare name-like line under a heading (``cutunder.py``) is a cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model.document import Document, Heading, Paragraph, Table
from ..readers.linescan import page_in_words
from ..text.clauseopeners import CLAUSE_OPENERS
from ..text.cndates import ends_on_full_date, holds_full_date
from ..text.normalize import looks_numeric, normalize
from .cutunder import under_heading
from .specs import SectionSpec, TableSpec
from .structure import SectionHeading, match_sections

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
