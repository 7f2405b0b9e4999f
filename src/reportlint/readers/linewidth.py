"""The width of a page's line, estimated from text extracted from a PDF (pdftotext without -layout, pdfplumber).

Such text holds one line per line of the page: most lines of its prose are full, within a character or two of one
length (half-width digits and Latin let a full line hold a few more characters), and only a paragraph's last line is
shorter.  Knowing the width tells a full line, whose paragraph goes on whatever mark it happens to end in (``；``,
``：``, ``）``…), from a paragraph's last line.  Text copied from a web page holds a paragraph a line, of lengths all
different: no width is found there, and the reader joins lines as before.
"""

from __future__ import annotations

from collections import Counter

# A page's line holds at least this many characters (a narrower column is no report's body); a text with fewer
# full lines than _MIN_FULL is too short to tell a width from chance.
_MIN_WIDTH = 20
_MIN_FULL = 6
# Lines up to this many characters over the width are full lines holding half-width digits or Latin.
_OVER = 6


def _length(line: str) -> int:
    """A line's length as printed, its indentation (``　　``) included: a paragraph's indented first line is full."""
    return len(line.rstrip())


def page_width(lines: list[str]) -> int | None:
    """The length of a full line when ``lines`` are a PDF's lines, else None.

    The most common length of the lines of 20 characters or more (table rows, tab- or ``|``-separated, left out) is
    the width when at least ``_MIN_FULL`` lines and half of those lines are within one character of it, and hardly
    any line is longer than a full line with digits could be — a web page's paragraphs run to hundreds."""
    lengths = [_length(line) for line in lines if "\t" not in line and "|" not in line]
    long = [n for n in lengths if n >= _MIN_WIDTH]
    if len(long) < _MIN_FULL:
        return None
    counts = Counter(long)
    width = max(counts, key=lambda n: (counts[n], n))
    near = counts[width - 1] + counts[width] + counts[width + 1]
    over = sum(1 for n in long if n > width + _OVER)
    if near < _MIN_FULL or near * 2 < len(long) or over * 10 > len(long):
        return None
    return width


def is_full(line: str, width: int | None) -> bool:
    """Whether ``line`` fills the page's line (its paragraph may go on), given the width ``page_width`` found."""
    return width is not None and _length(line) >= width - 1


def keeps_indents(lines: list[str]) -> bool:
    """Whether the text keeps its paragraphs' indentation (``　　`` or spaces before a first line): pdftotext without
    -layout drops it, and then a ``。`` at a full line's end cannot tell a paragraph's end from a sentence's."""
    return sum(1 for line in lines if line[:1] in "\u3000 " and line.strip() and "\t" not in line
               and "|" not in line and len(line.rstrip()) >= _MIN_WIDTH) >= 3
