"""Where a document's numbered sections are (its title and year: ``identify.py``).

Heading levels differ by format (a Markdown report puts sections at ``##``, a Word report at
heading 1 or at bold numbered paragraphs), so sections are found by their numbering ("一、" …) at
the shallowest level where numbered headings occur, not by a fixed level.
"""

from __future__ import annotations

import re

from ..model.document import Block, Document, Heading
from ..model.records import Record
from ..text.cnparse import cn_to_int
from ..text.normalize import normalize, normalize_label
from .specs import SectionSpec

_SECTION_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]")


class SectionHeading(Record):
    __slots__ = ("block_index", "heading", "number", "title")

    def __init__(self, block_index: int, heading: Heading, number: str, title: str) -> None:
        self.block_index = block_index
        self.heading = heading
        self.number = number  # "三"
        self.title = title  # normalised, without numbering


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


def section_headings(doc: Document, numbering: re.Pattern[str] | None = None) -> list[SectionHeading]:
    """Numbered headings at the shallowest level where numbered headings occur (level ≥ 1).

    ``numbering`` is the pack's ``sections.numbering`` regex (matched at the start of the
    normalised heading text); by default Chinese numbering "一、".
    """
    pattern = numbering or _SECTION_NUMBER
    numbered = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading) and block.level >= 1:
            m = pattern.match(normalize(block.text))
            if m:
                numbered.append((i, block, section_number(m), m.end()))
    if not numbered:
        return []
    top = min(b.level for _, b, _, _ in numbered)
    kept: list[SectionHeading] = []
    last = 0
    for i, block, num, end in numbered:
        value = number_value(num)
        # Deeper numbered headings count when they continue the sequence: real documents mix
        # levels (一 at heading 2, 三 at heading 1), while "一、" inside a section restarts at 1.
        if block.level == top or value == last + 1:
            title = normalize_label(block.text) if numbering is None else normalize_label(normalize(block.text)[end:])
            kept.append(SectionHeading(i, block, num, title))
            last = value
    return kept


def match_sections(found: list[SectionHeading], specs: list[SectionSpec]) -> list[tuple[SectionHeading, int, str]]:
    """Each found section heading with the index of the pack's section and how it matched: by its
    title (``exact``), by a known variant of the title (``variant``), or by its number (``number``)."""
    out: list[tuple[SectionHeading, int, str]] = []
    for heading in found:
        hit = None
        for k, spec in enumerate(specs):
            if spec.match.search(heading.title):
                hit = (k, "exact")
                break
        if hit is None:
            for k, spec in enumerate(specs):
                if any(v.search(heading.title) for v in spec.variants):
                    hit = (k, "variant")
                    break
        if hit is None:
            for k, spec in enumerate(specs):
                if spec.number and spec.number == heading.number:
                    hit = (k, "number")
                    break
        if hit is not None:
            out.append((heading, hit[0], hit[1]))
    return out


def blocks_between(doc: Document, start: int, end: int | None) -> list[tuple[int, Block]]:
    stop = len(doc.blocks) if end is None else end
    return [(i, doc.blocks[i]) for i in range(start, stop)]


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
