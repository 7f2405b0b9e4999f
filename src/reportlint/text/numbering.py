"""The list numbering that opens a label or a heading (一、 （一） 1. （1）, GB/T 9704) and its level.

Why here: both the text readers, placing the labels of a table row whose merged cells were written
once (``readers/rowgrid.py``), and the table analysis, ending a group at a label of its own level
(``analysis/tablelabels.py``), read a label's level, and readers may not import analysis.  The readers
of plain text, of a cell-per-line stream and of .docx all tell a heading by the numbering that opens
it (``heading_number_level``): one reading of the four levels, not a copy in each reader.
"""

from __future__ import annotations

from functools import lru_cache

from .cnnumerals import decimal_run_end, run_end
from .normalize import list_marker, normalize

_CN_DIGITS = frozenset("一二三四五六七八九十")
_CN_DIGITS_HUNDRED = _CN_DIGITS | {"百"}
_SECTION_MARKS = frozenset("、.．")
_OPENING = frozenset("（(")
_CLOSING = frozenset("）)")


@lru_cache(maxsize=8192)  # as normalize: every label of every table row is asked, by the readers and the analysis
def numbering_level(text: str) -> int | None:
    """The level of a label's list numbering: 一、 1, （一） 2, 1. 3, （1） 4; None without one."""
    norm = normalize(text)
    marker = list_marker(norm)
    if marker is None or marker[0] == 5 or (marker[0] == 3 and norm[marker[1] - 1] == ")"):
        return None  # ① and 1) are none of the four levels
    return marker[0]


# The numbering of a report's sections ("三、", "十一．"), read by the structure, the title finder and the packs
# on every check: written with ``str`` methods (docs/architecture.md, Conventions), as the patterns
# ``^([一二三四五六七八九十]{1,3})[、.．]`` and ``^([一二三四五六七八九十]+)、`` they replaced
# (``tests/data/text_scanners.jsonl`` holds what those patterns gave).


def section_number(text: str) -> tuple[str, int] | None:
    """The Chinese number of one to three numerals opening ``text``, followed by 、 . or ．, and the index
    after that mark; None without one."""
    end = run_end(text, 0, _CN_DIGITS)
    if 0 < end <= 3 and text[end : end + 1] in _SECTION_MARKS:
        return text[:end], end + 1
    return None


def listed_number(text: str) -> str | None:
    """The Chinese number, of any length, opening ``text`` and followed by 、 (a pack's section title
    "二、主动公开政府信息情况"); None without one."""
    end = run_end(text, 0, _CN_DIGITS)
    return text[:end] if end and text[end : end + 1] == "、" else None


def bracketed_number(text: str) -> str | None:
    """The Chinese number, of any length, opening ``text`` in full-width brackets (a PDF's heading "（二）依申请公开",
    as the pattern ``^（[一二三四五六七八九十]+）`` it replaced); None without one."""
    end = run_end(text, 1, _CN_DIGITS) if text.startswith("（") else 1
    return text[1:end] if end > 1 and text[end : end + 1] == "）" else None


def first_section_at(text: str) -> int | None:
    r"""Where the first section's heading opens in ``text`` — 一、 and a Chinese title, at the start or after a
    space or line break (the whitespace included) — or None: a report's opening (title, metadata, preamble)
    ends there.  As the pattern ``(?:^|\s)一、(?=[\u4e00-\u9fff])``, read by the title finder and the pack chooser."""
    i = text.find("一、")
    while i != -1:
        if (i == 0 or text[i - 1].isspace()) and "\u4e00" <= text[i + 2 : i + 3] <= "\u9fff":
            return max(i - 1, 0)
        i = text.find("一、", i + 1)
    return None


def heading_number_level(text: str, *, bounded: bool = True) -> int | None:
    """The level of the GB/T 9704 numbering opening a heading's text, as written (not normalised): 一、 1,
    （一） 2, ``1.`` ``1．`` ``1、`` 3 (not ``1.5``: a decimal), （1） 4 (brackets full-width or ASCII); None
    without one.

    ``bounded`` (plain text and a cell-per-line stream): at most three Chinese numerals (十九, not 百) and two
    digits.  A line of text has no bold and no list formatting to tell a heading from a line that merely
    opens with a number (a year "2021.", a count "365、"), so the numbering is held to what a report's
    headings are numbered with.  Unbounded (.docx): any run of numerals, 百 among them, and of digits — a
    paragraph there is a heading only when it is also wholly bold or auto-numbered."""
    numerals = _CN_DIGITS if bounded else _CN_DIGITS_HUNDRED
    most_numerals, most_digits = (3, 2) if bounded else (len(text), len(text))
    if text[:1] in _OPENING:
        end = run_end(text, 1, numerals)
        level = 2
        if end == 1:
            end = decimal_run_end(text, 1)
            level = 4
        count = end - 1
        limit = most_numerals if level == 2 else most_digits
        return level if 0 < count <= limit and text[end : end + 1] in _CLOSING else None
    end = run_end(text, 0, numerals)
    if end:
        return 1 if end <= most_numerals and text[end : end + 1] == "、" else None
    end = decimal_run_end(text, 0)
    if 0 < end <= most_digits and text[end : end + 1] in _SECTION_MARKS and not text[end + 1 : end + 2].isdecimal():
        return 3
    return None
