"""A count a page printed without its unit inside a list whose other counts have it (``…信息共1223,…视频信息139条``,
``政策解读796件,其中文字解读427、图文解读162件…``): when such a bare number is a part, and when it is not.

Kept apart from text/sums (which reads a list's clauses) because it is one question with two sides: a clause's bare
number read as a part in the list's unit (``unit_dropped_part``), and that reading given up when the list adds up
without it (``without_needless_bare``) — a bare number among counts is as often a count of something else (``覆盖村居12``,
``开设栏目12``, ``转办12345``, an address's number) as a part whose unit was dropped.
"""

from __future__ import annotations

from .cnparse import NumberMention
from .lazyregex import LazyRegex
from .normalize import exact_sum
from .sumchannels import UNIT_DROPPABLE
from .summarkers import SPACES

__all__ = ["unit_dropped_part", "without_needless_bare"]

# the character a count whose unit was dropped follows: the end of a name (信息, 共), never an ordinal's or a range's
_NAME_CHAR = LazyRegex(r"[\u4e00-\u9fff]")
_NOT_A_NAME = "第前近约达超逾至到"


def unit_dropped_part(text: str, clause: list[NumberMention], end: int, unit: str) -> list[NumberMention]:
    """A part of a list of published items or of 件 whose unit the page dropped: the clause ends on a whole number right
    after a name (``…其它栏目信息共1223,``, ``…政务微信信息2141、视频信息139条``, ``…政务微信信息45;``) — read in the list's
    unit, as its neighbours are, when it is the clause's only number.  A number inside the clause's words (``在3大平台公开…``),
    an ordinal (``第3``), an approximate or decimal number, or one that reads as a year is no such part."""
    if unit not in UNIT_DROPPABLE or len(clause) != 1:
        return []  # several numbers in one clause are a run of parts glued together (``信息520旗内文件55…``): not read
    bare = clause[0]
    if bare.unit is not None or bare.approximate or bare.decimals or text[bare.end:end].strip(SPACES) \
            or bare.start == 0 or not _NAME_CHAR.fullmatch(text[bare.start - 1]) or text[bare.start - 1] in _NOT_A_NAME \
            or 1900 <= bare.value <= 2100:
        return []
    return [NumberMention(bare.start, bare.end, bare.text, bare.value, unit, 0)]


def without_needless_bare(total: NumberMention, parts: list[NumberMention],
                          labels: list[str]) -> tuple[list[NumberMention], list[str]]:
    """The list without a bare number when the list adds up to its total exactly without it and not with it
    (``100条,其中政府网站60条,覆盖村居12,政务新媒体40条``: 12 counts something else; ``796件,其中文字解读427、…、覆盖县区12、…``:
    427 is a part, 12 is not), or without all of them when the parts printed with their unit add up; else as read."""
    bare = [i for i, p in enumerate(parts) if _is_bare(p)]
    whole = exact_sum(p.value for p in parts)
    if not bare or whole == total.value:
        return parts, labels
    for drop in [[i] for i in bare] + [bare]:
        if len(drop) < len(parts) - 1 and whole - exact_sum(parts[i].value for i in drop) == total.value:
            return [p for i, p in enumerate(parts) if i not in drop], [x for i, x in enumerate(labels) if i not in drop]
    return parts, labels


def _is_bare(part: NumberMention) -> bool:
    """A part read by ``unit_dropped_part``: its own text names no unit."""
    return part.unit is not None and not part.text.rstrip().endswith(part.unit)
