"""Where a document's numbered sections are (its title and year: ``identify.py``).

Heading levels differ by format (a Markdown report puts sections at ``##``, a Word report at
heading 1 or at bold numbered paragraphs), so sections are found by their numbering ("一、" …) at
the shallowest level where numbered headings occur, not by a fixed level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model.document import Document, Heading, Paragraph
from ..model.records import Record
from ..text.cnnumerals import cn_to_int
from ..text.lazyregex import LazyRegex
from ..text.mapped import normalize_mapped, original_span
from ..text.normalize import normalize, normalize_label
from ..text.numbering import section_number as cn_section_number
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
