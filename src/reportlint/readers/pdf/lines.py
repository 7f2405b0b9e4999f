"""Characters to visual lines, and lines to text: the spacing rules for Chinese and Latin.

A PDF has no words or lines, only positioned glyphs.  These helpers group glyphs whose vertical
middles share a band into one line, read it left to right, and join the glyphs without spaces next
to 汉字 (a gap between "2024" and "年" is typesetting, not a word space) but with one between Latin
words.  The same joining serves prose and the text of a table cell.
"""

from __future__ import annotations

import itertools
import operator
import re

from .records import Char, Line, median


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
        or 0x3000 <= o <= 0x303F or 0x2000 <= o <= 0x206F or 0x20000 <= o <= 0x3FFFF
    )


def needs_space(left: str, right: str) -> bool:
    """Whether a gap between two characters is a word space (never next to CJK)."""
    if not left or not right or is_cjk(left) or is_cjk(right):
        return False
    return right.isalnum() and (left.isalnum() or left in ",;:)")


def join_chars(chars: list[Char]) -> str:
    """Join the characters of one visual line: no spaces next to 汉字, word spaces elsewhere."""
    out: list[str] = []
    prev: Char | None = None
    pending_space = False
    for c in chars:
        text = c.text
        if text.isspace():
            pending_space = True
            continue
        if prev is not None:
            if text == prev.text and abs(c.x0 - prev.x0) < 1 and abs(c.top - prev.top) < 1:
                continue  # the same glyph drawn twice (fake bold)
            size, prev_size = c.size, prev.size
            wider = prev_size if prev_size > size else size  # max(size, prev_size), without the call
            if (pending_space or c.x0 - prev.x1 > 0.25 * wider) and needs_space(out[-1][-1], text[0]):
                out.append(" ")
        out.append(text)
        prev = c
        pending_space = False
    return "".join(out)


def join_lines(parts: list[str]) -> str:
    """Join wrapped lines: without a space where either side is CJK (or a hyphen)."""
    text = ""
    for part in parts:
        if not part:
            continue
        if text and needs_space(text[-1], part[0]):
            text += " "
        text += part
    return text


_BY_TOP = operator.attrgetter("top", "x0")  # the same order as a key (c.top, c.x0), without a lambda call
_X0, _X1 = operator.attrgetter("x0"), operator.attrgetter("x1")
_TOP, _BOTTOM = operator.attrgetter("top"), operator.attrgetter("bottom")


def group_lines(chars: list[Char], page: int) -> list[Line]:
    """Group characters into visual lines, top to bottom, each left to right."""
    lines = []
    for row in _rows(chars):
        text = join_chars(row).strip()
        if not text:
            continue
        visible = [c for c in row if not c.text.isspace()]
        size = median([c.size for c in visible])
        limit = 2.5 * size
        lines.append(Line(
            page=page, text=text, x0=min(map(_X0, visible)), x1=max(map(_X1, visible)),
            top=min(map(_TOP, visible)), bottom=max(map(_BOTTOM, visible)), size=size,
            wide_gap=any(b.x0 - a.x1 > limit for a, b in itertools.pairwise(visible)),
        ))
    return lines


def cell_text(chars: list[Char]) -> str:
    """A table cell's text: its lines as ``group_lines`` makes them, joined; only their texts are
    made (a report has several hundred cells of a few characters each)."""
    texts = []
    for row in _rows(chars):
        text = join_chars(row).strip()
        if text:
            texts.append(text)
    return join_lines(texts)


def _rows(chars: list[Char]) -> list[list[Char]]:
    """The characters in visual lines: top to bottom, a line joining the characters whose vertical
    middle falls in its band (half a point of slack); each sorted left to right."""
    rows: list[list[Char]] = []
    row: list[Char] | None = None
    band_top = band_bottom = 0.0
    for c in sorted(chars, key=_BY_TOP):
        top, bottom = c.top, c.bottom
        mid = (top + bottom) / 2
        if row is not None and band_top - 0.5 <= mid <= band_bottom + 0.5:
            row.append(c)
            if top < band_top:  # min() and max() of the band, as comparisons
                band_top = top
            if bottom > band_bottom:
                band_bottom = bottom
        else:
            row = [c]
            rows.append(row)
            band_top, band_bottom = top, bottom
    for row in rows:
        row.sort(key=_X0)
    return rows


NUMBERS_AT_END = re.compile(r"(?:\s+[-+]?\d[\d,.]*){3,}$")


def row_like(line: Line) -> bool:
    """A line that looks like a row of an unruled table: wide gaps, or a run of numbers."""
    if NUMBERS_AT_END.search(" " + line.text):
        return True
    return line.wide_gap
