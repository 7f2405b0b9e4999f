"""涵盖 as a marker: ``主动公开政务信息共61条,公开内容主要涵盖项目招标公告公示25条、…、部门预决算12条政务公开信息内容`` (r2208)
— the items' contents listed after 涵盖 ("cover") as they would be after 包括.

主要涵盖 opens a partial list (the main contents, as 主要包括); 涵盖 alone a list as 包括 does.  A 涵盖 that names a period
or the work a report covers (``本报告涵盖2025年1月1日至12月31日期间的…工作情况``) breaks no count down: text/sums takes
a marker's total from the count right before it, and none stands there.

Kept apart from text/summarkers (at its size limit), whose markers are read the same way.
"""

from __future__ import annotations

from .summarkers import OPEN_LIST, find_all

__all__ = ["cover_markers"]

_COVERS = "涵盖"
_MARKS = "，,：:"


def cover_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a partial list) of each 涵盖 (主要涵盖: partial), the marks and 了 right after it skipped."""
    out = []
    for i in find_all(text, _COVERS):
        end = i + len(_COVERS)
        while end < len(text) and text[end] in _MARKS + "了":
            end += 1
        is_open = text[max(0, i - 2):i] in OPEN_LIST
        out.append((i - 2 if is_open else i, end, is_open))
    return out
