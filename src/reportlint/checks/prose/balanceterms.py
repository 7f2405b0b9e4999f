"""The terms of one sentence's balance of applications (RL707, ``checks/prose/balance``): 新收, 上年结转, 办结, 结转下年 (or a
total that holds the carry-over, or the outcomes listed for 办结), how they add up on each side and whether they balance.

Kept apart from ``balance`` so that the reading of a sentence (which clause names which term) and the arithmetic of
the terms read (which readings of the identity make them right) can each be read on their own.
"""

from __future__ import annotations

from decimal import Decimal

from ...text.cnparse import NumberMention
from ...text.normalize import exact_sum, format_decimal

__all__ = ["Balance"]

_ZERO = Decimal(0)


class Balance:
    """The terms of one sentence's statement: ``left`` (新收 + 上年结转, or a total that holds the carry-over),
    ``right`` (办结 + 结转下年), the numbers read (``stated``) and whether a term is a zero the words imply."""

    __slots__ = ("new", "carried_in", "closed", "carried_out", "total", "handled", "ambiguous", "implied_in",
                 "implied_out", "in_closed", "open_out", "open_in", "outcomes", "either",
                 "in_new")

    def __init__(self) -> None:
        self.new: NumberMention | None = None
        self.carried_in: NumberMention | None = None
        self.closed: NumberMention | None = None
        self.carried_out: NumberMention | None = None
        self.total: NumberMention | None = None  # 处理N件(含上年结转…): already holds the carry-over
        # 办理N件 with no 含: what arrived or all in hand, not said which — read as 新收 when nothing else is (see below)
        self.handled: NumberMention | None = None
        self.ambiguous = False
        self.implied_in = self.implied_out = False
        self.in_closed = False  # the carry-over named only inside 办结's bracket (办结103件(含2024年结转1件))
        self.open_out = False  # the carried-out term unsaid: 办结 is only bounded by 新收 + 上年结转
        self.open_in = False  # the carried-in term unsaid: 新收 is only bounded by 办结 + 结转下年
        self.outcomes: dict[str, NumberMention] = {}  # 予以公开3件,无法提供4件: with no 办结 written, they bound it
        # 办理N件 read as 办结 beside every other term: it may also be all in hand (= 新收 + 上年结转), which balances too
        self.either = False
        # the carry-in after 其中 right after 新收 (受理…455件,其中4件来自上一年度结转): beside 新收 or inside it, not said
        self.in_new = False

    def set(self, role: str, number: NumberMention) -> None:
        if getattr(self, role) is not None:
            self.ambiguous = True
        setattr(self, role, number)

    @property
    def units(self) -> set[str]:
        """The units the terms are counted in — 条 as 件: a term in 条 is read only where it counts applications."""
        return {"件" if n.unit == "条" else n.unit or "" for n in self.stated}

    @property
    def implied(self) -> bool:
        return self.implied_in or self.implied_out

    @property
    def left(self) -> Decimal:
        if self.total is not None:
            return self.total.value
        return exact_sum((self.new.value if self.new else _ZERO, self.carried_in.value if self.carried_in else _ZERO))

    @property
    def listed(self) -> bool:
        """No 办结 written: the outcomes listed stand for it, as a bound (another outcome, unlisted, is never below 0)."""
        return self.closed is None and len(self.counted) > 1

    @property
    def counted(self) -> list[NumberMention]:
        """The outcomes the bound adds up: all listed, less 部分公开 when it is not above 予以公开 — many writers count the
        partly disclosed among the disclosed (``予以公开5件,部分公开2件`` of 5), and the bound must hold either way."""
        outcomes = dict(self.outcomes)
        whole, part = outcomes.get("予以公开"), outcomes.get("部分公开")
        if whole is not None and part is not None and part.value <= whole.value:
            del outcomes["部分公开"]
        return list(outcomes.values())

    @property
    def closed_value(self) -> Decimal:
        if self.closed is not None:
            return self.closed.value
        return exact_sum(n.value for n in self.counted)

    @property
    def right(self) -> Decimal:
        return exact_sum((self.closed_value, self.carried_out.value if self.carried_out else _ZERO))

    @property
    def bound(self) -> bool:
        """A term is unsaid (``open_out``, ``open_in``) or only some outcomes listed (``listed``): the sentence states a
        bound, not the balance."""
        return self.open_out or self.open_in or self.listed

    @property
    def balanced(self) -> bool:
        """The terms balance — or, the carry-over named only inside 办结, they do with 受理 holding it too; with the
        carried-out term unsaid, 办结 is not over 新收 + 上年结转; with the carried-in term unsaid, 新收 is not over
        办结 + 结转下年; 办理 read as 办结 beside every other term (``either``), they do with 办理 all in hand too; the
        carry-in after 其中 right after 新收 (``in_new``), they do with 新收 holding it too."""
        if self.bound:
            return self.left <= self.right if self.open_in else self.right <= self.left
        if self.left == self.right or (self.either and self.closed_value == self.left):
            return True
        return (self.in_closed or self.in_new) and self.new is not None and self.new.value == self.right

    def carry_over_outside_total(self) -> str | None:
        """The carry-over's count when the numbers balance only with it outside the total said to hold it
        (``收到2076件(含2022年结转67件),…答复2062件,结转…81件``: 2076 + 67 = 2062 + 81): the words or the
        numbers are wrong, and which is not told — a warning, not an error; None otherwise."""
        if self.total is None or self.carried_in is None:
            return None
        if exact_sum((self.total.value, self.carried_in.value)) != self.right:
            return None
        return format_decimal(self.carried_in.value)

    @property
    def stated(self) -> list[NumberMention]:
        return [n for n in (self.new, self.total, self.carried_in, self.closed, self.carried_out, *self.outcomes.values())
                if n is not None]
