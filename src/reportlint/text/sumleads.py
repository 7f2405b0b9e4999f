"""Two more openers of a breakdown, kept out of text/summarkers (at its size limit), read as its markers are:

- 涵盖: ``主动公开政务信息共61条,公开内容主要涵盖项目招标公告公示25条、…、部门预决算12条政务公开信息内容`` (r2208) — the items'
  contents listed after 涵盖 ("cover") as they would be after 包括; 主要涵盖 opens a partial list (the main contents, as
  主要包括), 涵盖 alone a list as 包括 does.  A 涵盖 naming the period or the work a report covers (``本报告涵盖2025年1月1日
  至12月31日期间的…``) breaks no count down: text/sums takes a marker's total from the count right before it, none there;
- a colon right after a count and the few words naming it (``部门乡镇信息公开共发布41条信息:2条政策解读、0条政府信息公开指南、…;
  法定主动公开共公布1条领导信息、…`` r2226, ``…171条:基层政务公开领域信息124条,…`` r43): the list the count announces, as
  其中 would open it.  Only counts of items (条 件 篇 项 份 期 次), the words between holding no number and no mark; on the
  corpus's 1336 documents this opens three lists, each adding up.
"""

from __future__ import annotations

from .lazyregex import LazyRegex
from .summarkers import LIST_OPENERS, OPEN_LIST, SPACES, find_all

__all__ = ["colon_markers", "cover_markers"]

_COVERS = "涵盖"
_MARKS = "，,：:"
# a count (in digits or Chinese numerals: 共发布四十一条信息:), up to eight words naming it (no number, no mark), then the
# colon — not an ordinal (《条例》第二十一条:, 第1期:), which names one item
_COUNT_COLON = LazyRegex(r"(?<![第\d零〇一二两三四五六七八九十百千万])(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"
                         r"[条件篇项份期次][^\d零〇一二两三四五六七八九十百千万,，。;；:：()（）、!?！？]{0,8}[:：]")


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


def colon_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of each colon right after a count and its name (``41条信息:``)."""
    if ":" not in text and "：" not in text:
        return []
    return [(m.end() - 1, m.end(), False) for m in _COUNT_COLON.finditer(text) if not _marker_after(text, m.end())]


def _marker_after(text: str, at: int) -> bool:
    """A marker word opens the words after the colon (``57条:其中部门公告4条,…``): it is the list's marker, not the colon."""
    while at < len(text) and text[at] in SPACES:
        at += 1
    return text.startswith(LIST_OPENERS, at)
