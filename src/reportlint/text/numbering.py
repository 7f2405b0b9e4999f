"""The list numbering that opens a label (一、 （一） 1. （1）, GB/T 9704) and its level.

Why here: both the text readers, placing the labels of a table row whose merged cells were written
once (``readers/rowgrid.py``), and the table analysis, ending a group at a label of its own level
(``analysis/tablelabels.py``), read a label's level, and readers may not import analysis.
"""

from __future__ import annotations

import re

from .normalize import normalize

_LEVELS = (
    (1, re.compile(r"^[一二三四五六七八九十]+[、.,]")),
    (2, re.compile(r"^\([一二三四五六七八九十]+\)")),
    (3, re.compile(r"^\d+[.、,]")),
    (4, re.compile(r"^\(\d+\)")),
)


def numbering_level(text: str) -> int | None:
    """The level of a label's list numbering: 一、 1, （一） 2, 1. 3, （1） 4; None without one."""
    norm = normalize(text)
    for level, pattern in _LEVELS:
        if pattern.match(norm):
            return level
    return None
