"""The list numbering that opens a label (一、 （一） 1. （1）, GB/T 9704) and its level.

Why here: both the text readers, placing the labels of a table row whose merged cells were written
once (``readers/rowgrid.py``), and the table analysis, ending a group at a label of its own level
(``analysis/tablelabels.py``), read a label's level, and readers may not import analysis.
"""

from __future__ import annotations

from functools import lru_cache

from .normalize import list_marker, normalize


@lru_cache(maxsize=8192)  # as normalize: every label of every table row is asked, by the readers and the analysis
def numbering_level(text: str) -> int | None:
    """The level of a label's list numbering: 一、 1, （一） 2, 1. 3, （1） 4; None without one."""
    norm = normalize(text)
    marker = list_marker(norm)
    if marker is None or marker[0] == 5 or (marker[0] == 3 and norm[marker[1] - 1] == ")"):
        return None  # ① and 1) are none of the four levels
    return marker[0]
