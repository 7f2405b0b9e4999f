"""The list numbering that opens a label (一、 （一） 1. （1）, GB/T 9704) and its level.

Why here: both the text readers, placing the labels of a table row whose merged cells were written
once (``readers/rowgrid.py``), and the table analysis, ending a group at a label of its own level
(``analysis/tablelabels.py``), read a label's level, and readers may not import analysis.
"""

from __future__ import annotations

from functools import lru_cache

from .cnnumerals import run_end
from .normalize import list_marker, normalize

_CN_DIGITS = frozenset("一二三四五六七八九十")
_SECTION_MARKS = frozenset("、.．")


@lru_cache(maxsize=8192)  # as normalize: every label of every table row is asked, by the readers and the analysis
def numbering_level(text: str) -> int | None:
    """The level of a label's list numbering: 一、 1, （一） 2, 1. 3, （1） 4; None without one."""
    norm = normalize(text)
    marker = list_marker(norm)
    if marker is None or marker[0] == 5 or (marker[0] == 3 and norm[marker[1] - 1] == ")"):
        return None  # ① and 1) are none of the four levels
    return marker[0]


# The numbering of a report's sections ("三、", "十一．"), read by the structure, the title finder and the packs
# on every check: written with ``str`` methods, as the patterns ``^([一二三四五六七八九十]{1,3})[、.．]`` and
# ``^([一二三四五六七八九十]+)、`` they replaced (a class of CJK characters costs ~1.5 M instructions to
# compile at every start; ``tests/data/text_scanners.jsonl`` holds what those patterns gave).


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

