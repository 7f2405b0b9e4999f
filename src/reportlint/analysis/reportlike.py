"""Does a document have the structure of a report, when no pack applies to it?

A folder or a repository of reports holds other files the same patterns match — README.md,
CHANGELOG.md, notes — and "no rule pack applies" (RL102) should not be a warning on each of them, on
every commit.  But a real report whose title or year could not be read must keep its warning: it was
not checked.  A document counts as a report when any of these holds (the cheapest first), in any
script and any format:

* a pack's section title (numbering stripped: "总体情况", "其他需要报告的事项") occurs in its text;
* it is numbered like one: two paragraphs or headings starting 一、二、…, or three such numbers in
  the text (one-paragraph excerpts run their headings together);
* it has a table holding at least five numbers.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.document import Document, Table
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize, normalize_label

# A section number starting a heading: 一、 at a paragraph's start or after a space, then its title
# (not a list of the numbers themselves, "一、二、…").
_ORDINAL = LazyRegex(r"(?:^|\s)([一二三四五六七八九十])、(?![一二三四五六七八九十]、)(?=[\u4e00-\u9fff])")
_NUMBER = LazyRegex(r"\s*\d[\d,]*(?:\.\d+)?\s*")
MIN_NUMBERS = 5  # numbers in one table


def looks_like_report(doc: Document, section_titles: Iterable[str]) -> bool:
    """Whether ``doc`` has a report's structure (see the module's docstring); ``section_titles``
    are the titles of every available pack's sections."""
    texts = [getattr(block, "text", "") for block in doc.blocks if not isinstance(block, Table)]
    normalised = "\n".join(normalize(text) for text in texts)
    if any(title and title in normalised for title in {normalize_label(t) for t in section_titles}):
        return True
    at_start = {m[1] for m in (_ORDINAL.match(text.lstrip()) for text in texts) if m}
    anywhere = {m[1] for text in texts for m in _ORDINAL.finditer(text)}
    if len(at_start) >= 2 or len(anywhere) >= 3:
        return True
    return any(sum(1 for cell in table.cells if _NUMBER.fullmatch(cell.text)) >= MIN_NUMBERS for table in doc.tables)
