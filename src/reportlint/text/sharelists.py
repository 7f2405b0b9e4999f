"""Lists of shares printed without their counts (``…5686条,其中工作信息类占75%,其次是民生事项类10%,再次是政策文件类15%。``):
the parts of one whole, each its clause's one number, a percentage — their shares cannot make more than 100%.

A share printed after its count is checked against its count and its base (checks/prose RL703); a share without one has
nothing to be recomputed from, but a list of them still has a sum.  Read only after a marker (其中, 包括…: the list breaks
a whole down), the first share led by 占 (占, 占比: ``checks/prose/shareruns.percent_lead``'s words, read here as a plain
test), every clause to the list's end holding one number, its share, and naming a part, not a rate or a change
(率, 增, 降, 同比…: ``sumremarks.is_change``).  A list whose sum passes 100% by more than its printed decimals can round
is returned; the caller reports it.
"""

from __future__ import annotations

import bisect
from decimal import Decimal

from .cnparse import NumberMention
from .summarkers import CLAUSE_SEPARATORS as _CLAUSE_SEPARATORS
from .summarkers import SEMICOLONS as _SEMICOLONS
from .summarkers import SENTENCE_END as _SENTENCE_END
from .summarkers import markers
from .sumremarks import is_change

__all__ = ["shares_over_whole"]

_SHARE_LEAD = "占"
_NOT_A_SHARE = ("率", "增", "降", "减", "提高", "提升", "上升", "下降", "同比", "环比", "较")
_WHOLE = Decimal(100)
_MIN_SHARES = 2


def shares_over_whole(text: str, numbers: list[NumberMention]) -> list[list[NumberMention]]:
    """The lists of shares after a marker in ``text`` whose sum passes 100% (see the module docstring)."""
    out: list[list[NumberMention]] = []
    starts = [n.start for n in numbers]
    for _, end, _ in markers(text):
        shares = _shares_after(text, numbers, starts, end)
        if len(shares) < _MIN_SHARES:
            continue
        slack = sum((Decimal(5) / Decimal(10) ** (s.decimals + 1) for s in shares), Decimal(0))  # each rounded half-up
        if sum((s.value for s in shares), Decimal(0)) > _WHOLE + slack:
            out.append(shares)
    return out


def _shares_after(text: str, numbers: list[NumberMention], starts: list[int], pos: int) -> list[NumberMention]:
    """The shares of the clauses from ``pos`` on, one each, to the first clause that is no share of a part or its
    sentence's end; [] unless the first is led by 占."""
    shares: list[NumberMention] = []
    start = pos
    for i in range(pos, len(text) + 1):
        ch = text[i] if i < len(text) else "。"
        if ch not in _CLAUSE_SEPARATORS and ch not in _SEMICOLONS and ch not in _SENTENCE_END:
            continue
        inside = numbers[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, i)]
        if len(inside) != 1 or inside[0].unit != "%" or inside[0].end != i:
            break
        clause = text[start : inside[0].start]
        if len(clause.strip()) < 2 or any(w in clause for w in _NOT_A_SHARE) or is_change(clause) \
                or (not shares and not clause.rstrip().endswith((_SHARE_LEAD, "占比", "占比为"))):
            break
        shares.append(inside[0])
        start = i + 1
        if ch in _SENTENCE_END:
            break
    return shares
