"""Identity expressions over row or column keys: what a parsed one is, and weighing it over a table's values.

``new + carried_over == results_total + carry_forward`` or ``sum(d1..d8) == total``: names are keys
of the other axis, ``a..b`` is the range of keys from a to b in declaration order.  Only ``+ - *``,
numbers, ``sum()`` and ``abs()`` and one comparison are allowed; nothing is ever passed to ``eval``.
Arithmetic is exact ``Decimal`` (``text.normalize.EXACT``: no rounding at 28 digits, whatever the
size of a cell or a factor).  An expression is at most MAX_EXPRESSION_LEN characters and MAX_TERMS
terms once its ranges are expanded; constants must be finite.  Parsing is ``exprparse.py``'s (with
``ast``, which a check of a built-in pack does not import: its identities are parsed when it is prebuilt).
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from ..model.records import FrozenRecord, set_field
from ..text.normalize import EXACT

OPERATORS = ("==", "!=", "<=", ">=", "<", ">")
MAX_EXPRESSION_LEN = 20_000  # a 4,000-digit factor fits; 100,000 terms do not
MAX_TERMS = 1_000  # a form table has a few dozen keys


class ExpressionError(ValueError):
    """An expression outside the whitelist, or one naming an unknown key."""


class Term(FrozenRecord):
    """One operand of a side: a key with a sign and a factor (constants have key None)."""

    __slots__ = ("key", "sign", "factor", "_plain")

    def __init__(self, key: str | None, sign: int, factor: Decimal = Decimal(1)) -> None:
        set_field(self, "key", key)
        set_field(self, "sign", sign)
        set_field(self, "factor", factor)
        # A key taken as it is (factor 1: nearly every term of a pack): its value is added without a product.
        set_field(self, "_plain", key is not None and factor == 1)


class Identity(FrozenRecord):
    """``lhs op rhs`` as parsed (each side a signed sum, possibly under ``abs()``), with its source."""

    __slots__ = ("source", "op", "lhs", "rhs", "lhs_abs", "rhs_abs", "keys")
    # ``keys`` is derived from the sides: not part of the value (repr, equality, hash, replace).
    _fields = ("source", "op", "lhs", "rhs", "lhs_abs", "rhs_abs")

    def __init__(self, source: str, op: str, lhs: tuple[Term, ...], rhs: tuple[Term, ...], lhs_abs: bool = False,
                 rhs_abs: bool = False) -> None:
        set_field(self, "source", source)
        set_field(self, "op", op)
        set_field(self, "lhs", lhs)
        set_field(self, "rhs", rhs)
        set_field(self, "lhs_abs", lhs_abs)
        set_field(self, "rhs_abs", rhs_abs)
        # The distinct keys, in order of appearance: computed once, read for every column of every table.
        set_field(self, "keys", tuple(dict.fromkeys(t.key for t in (*lhs, *rhs) if t.key is not None)))


def weigh(identity: Identity, values: dict[str, Decimal], tolerance: Decimal = Decimal(0)) -> tuple[Decimal, Decimal, bool]:
    """Both sides of ``identity`` over ``values`` (exact: no rounding) and whether it holds within
    ``tolerance``, in one exact context: the checks weigh an identity per row or column of every table."""
    with localcontext(EXACT):
        lhs = _sum(identity.lhs, values, identity.lhs_abs)
        rhs = _sum(identity.rhs, values, identity.rhs_abs)
        return lhs, rhs, _holds(identity.op, lhs - rhs, tolerance)


def fails_whatever(identity: Identity, values: dict[str, Decimal], blanks: set[str],
                   tolerance: Decimal = Decimal(0)) -> bool:
    """Whether ``identity`` fails whatever non-negative numbers its ``blanks`` hold: a blank count is 0 or
    more, so a side made of the known numbers plus blanks is at least the known numbers' sum.  A row of
    ``| 9 | | | | | | 5 |`` fails, a row of ``| 5 | | | | | | 9 |`` may hold.  Undecided (False) when a
    blank enters with a minus sign or a factor below zero, or under ``abs()``."""
    if identity.op not in ("==", "<=", ">="):
        return False
    with localcontext(EXACT):
        lhs = _bounds(identity.lhs, values, blanks, identity.lhs_abs)
        rhs = _bounds(identity.rhs, values, blanks, identity.rhs_abs)
        if lhs is None or rhs is None:
            return False
        (lhs_low, lhs_open), (rhs_low, rhs_open) = lhs, rhs
        over = not rhs_open and lhs_low - rhs_low > tolerance  # the left side at its least passes the right one
        under = not lhs_open and rhs_low - lhs_low > tolerance  # the right side at its least passes the left one
        return over if identity.op == "<=" else under if identity.op == ">=" else over or under


def _bounds(terms: tuple[Term, ...], values: dict[str, Decimal], blanks: set[str],
            absolute: bool) -> tuple[Decimal, bool] | None:
    """(least value, unbounded above) of one side whose ``blanks`` are any non-negative numbers; None
    when a blank could lower it (a minus sign, a negative factor, ``abs()``)."""
    known = tuple(t for t in terms if t.key not in blanks)
    unknown = [t for t in terms if t.key in blanks]
    if unknown and (absolute or any(t.sign * t.factor < 0 for t in unknown)):
        return None
    return _sum(known, values, absolute), bool(unknown)


def _sum(terms: tuple[Term, ...], values: dict[str, Decimal], absolute: bool) -> Decimal:
    """One side's value (inside ``weigh``'s exact context).  A sign is +1 or -1 (the parser's and the
    prebuild's rule): adding or subtracting spares a product with an int, which Decimal converts first."""
    total = Decimal(0)
    for t in terms:
        v = values[t.key] if t._plain else t.factor if t.key is None else values[t.key] * t.factor
        total = total + v if t.sign > 0 else total - v
    return abs(total) if absolute else total


def _holds(op: str, diff: Decimal, tolerance: Decimal) -> bool:
    if op == "==":
        return abs(diff) <= tolerance
    if op == "!=":
        return abs(diff) > tolerance
    if op == "<=":
        return diff <= tolerance
    if op == ">=":
        return diff >= -tolerance
    if op == "<":
        return diff < tolerance
    return diff > -tolerance
