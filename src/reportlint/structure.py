"""What a document is about: its title, its report year, and where its numbered sections are.

Heading levels differ by format (a Markdown report puts sections at ``##``, a Word report at
heading 1 or at bold numbered paragraphs), so sections are found by their numbering ("一、" …) at
the shallowest level where numbered headings occur, not by a fixed level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cnparse import cn_to_int
from .model import Block, Document, Heading, Paragraph, Table
from .text import normalize, normalize_label

_SECTION_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CN_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}


@dataclass(slots=True)
class SectionHeading:
    block_index: int
    heading: Heading
    number: str  # "三"
    title: str  # normalised, without numbering


def find_title(doc: Document) -> str | None:
    """The report title: front matter, a level-0/1 heading naming a report, or the first line."""
    if doc.title:
        return doc.title
    for block in doc.blocks[:8]:
        if isinstance(block, Heading | Paragraph):
            text = block.text.strip()
            if "报告" in text and len(text) <= 80 and not _SECTION_NUMBER.match(normalize(text)):
                return text
        if isinstance(block, Heading) and _SECTION_NUMBER.match(normalize(block.text)):
            break
    return None


def report_year(title: str | None, doc: Document | None = None) -> int | None:
    """The year the report is about, from its title ("2020年…年度报告" or "二〇二〇年…")."""
    candidates = [title] if title else []
    if doc is not None:
        fm = doc.metadata.get("front_matter") or {}
        if isinstance(fm.get("year"), int):
            return fm["year"]
    for text in candidates:
        norm = normalize(text)
        m = _YEAR.search(norm)
        if m:
            return int(m.group(1))
        m = _CN_YEAR.search(norm)
        if m:
            return int("".join(str(_CN_DIGIT[ch]) for ch in m.group(1)))
    return None


def section_headings(doc: Document) -> list[SectionHeading]:
    """Numbered headings at the shallowest level where numbered headings occur (level ≥ 1)."""
    numbered = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading) and block.level >= 1:
            m = _SECTION_NUMBER.match(normalize(block.text))
            if m:
                numbered.append((i, block, m.group(1)))
    if not numbered:
        return []
    top = min(b.level for _, b, _ in numbered)
    kept: list[SectionHeading] = []
    last = 0
    for i, block, num in numbered:
        value = cn_to_int(num) or 0
        # Deeper numbered headings count when they continue the sequence: real documents mix
        # levels (一 at heading 2, 三 at heading 1), while "一、" inside a section restarts at 1.
        if block.level == top or value == last + 1:
            kept.append(SectionHeading(i, block, num, normalize_label(block.text)))
            last = value
    return kept


def blocks_between(doc: Document, start: int, end: int | None) -> list[tuple[int, Block]]:
    stop = len(doc.blocks) if end is None else end
    return [(i, doc.blocks[i]) for i in range(start, stop)]


def assign_sections(doc: Document, headings: list[SectionHeading]) -> None:
    """Record in each block's and cell's location the section heading it falls under."""
    starts = {h.block_index: h.heading.text.strip() for h in headings}
    current: str | None = None
    for i, block in enumerate(doc.blocks):
        if i in starts:
            current = starts[i]
        if current and block.location.section is None:
            block.location = block.location.with_(section=current)
            if isinstance(block, Table):
                for cell in block.cells:
                    if cell.location.section is None:
                        cell.location = cell.location.with_(section=current)
