"""Whether a total's own clause names the levels of government it counts and its parts split it into those levels
(``市、县政府信息公开平台发布各类政府信息103283条,其中各县(市、区)发布89289条,市政府各部门发布13994条``, 邢台市 2023
r2360): then the list is the whole the clause names, as the places after 通过 are (``checks/prose/sums._names_its_parts``),
and falling short of the total is reported (a warning), not passed as a highlight of two parts.

Kept apart from checks/prose/sums (near its size limit) as one question asked of a list already read.
"""

from __future__ import annotations

from .lazyregex import LazyRegex

__all__ = ["splits_by_named_levels"]

_LEVELS = "省市县区乡镇"
# two or more levels joined in the total's clause: 市、县 / 省、市、县 / 县和乡; run together only before the count of
# levels (市县两级, 省市县三级) — alone 县区, 乡镇 and 市区 name one level or a place
_NAMED = LazyRegex(rf"[{_LEVELS}](?:[、和及与][{_LEVELS}])+|[{_LEVELS}]{{2,4}}(?=[两二三四]级)")
# a part opening on its level, after 各/全 (各县(市、区)发布…, 市政府各部门发布…, 县级…) — 市场, 市民 name no level
_OPENING = LazyRegex(rf"[\"“'‘]?(?:全|各)?([{_LEVELS}])(?![场民])")


def splits_by_named_levels(clause: str, labels: list[str]) -> bool:
    """The clause before the total names two or more levels (``市、县``) and the parts, as many, each open on a
    different one of them, in any order."""
    named = _NAMED.search(clause)
    if named is None:
        return False
    levels = [ch for ch in named.group() if ch in _LEVELS]
    if len(labels) != len(levels) or len(set(levels)) != len(levels):
        return False
    opened = [m.group(1) for m in (_OPENING.match(label) for label in labels) if m is not None]
    return sorted(opened) == sorted(levels)
