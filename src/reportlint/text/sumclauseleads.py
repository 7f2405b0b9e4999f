"""A clause right after a count's comma that opens its breakdown where 其中 would stand: 在, words naming the items just
counted, 中 and a comma or colon — ``主动公开政府信息73条,在主动公开信息中,服务要闻22条;部门公告信息17条;…通知公告11条``
(万源市行政审批局, r2413): "among that information", the parts that follow are of the count, a closed list as after 其中.

Only right after a count in a unit of items (件 条 篇 份 项), its comma between, and only when the words name the items
(text/summarkers.names_items, as for ``办结的29件中,``): ``…12件,在办理过程中,`` tells a state and ``…73条,在3个平台中,`` a
place, neither a set the parts are of."""

from __future__ import annotations

from .cnparse import NumberMention
from .summarkers import CLAUSE_PUNCT, WITHIN_MARKS, WITHIN_SPAN, WITHIN_UNITS, names_items

__all__ = ["clause_lead_markers"]

_COMMAS = ("，", ",")


def clause_lead_markers(text: str, numbers: list[NumberMention]) -> list[tuple[int, int, bool]]:
    """(start, end, False) of each 在…中 opening the clause right after a count's comma (see the module docstring)."""
    out: list[tuple[int, int, bool]] = []
    if "在" not in text:
        return out
    for n in numbers:
        at = n.end + 1
        if n.unit not in WITHIN_UNITS or text[n.end : at] not in _COMMAS or not text.startswith("在", at):
            continue
        close = text.find("中", at + 1, at + 2 + WITHIN_SPAN)
        words = text[at + 1 : close]
        if close < 0 or text[close + 1 : close + 2] not in WITHIN_MARKS or not words \
                or any(ch.isdigit() or ch in CLAUSE_PUNCT for ch in words) or not names_items(words):
            continue
        out.append((at, close + 2, False))
    return out
