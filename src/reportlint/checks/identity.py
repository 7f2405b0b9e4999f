"""What arithmetic and cross-year identity findings share: reading a cell as a number in its column's
unit, writing an identity with its values, and which side is the expected value.

An identity ``lhs == rhs`` is reported at one cell, its *target* (for ``一 + 二 == （七）总计 + 四`` the
（七）总计 cell; for ``上年结转 == prev.结转下年度`` this year's 上年结转).  The side that holds the target is
what the report wrote (``actual``); the other side is what the numbers it is made of say it should be
(``expected``).  Both kinds put the values in the same fields, so a script reads them alike.
"""

from __future__ import annotations

from decimal import Decimal

from ..analysis.expr import Identity, Term
from ..text.normalize import CellKind, exact, format_decimal, parse_cell

UNIT_FACTORS = {("元", "万元"): Decimal("0.0001"), ("万元", "元"): Decimal(10000),
                ("亿元", "万元"): Decimal(10000), ("亿元", "元"): Decimal(100000000)}


def cell_number(raw: str, col_type) -> tuple[str, Decimal | None]:
    """(kind, value in the column's unit) of a cell.  Every cell an identity names passes here and
    almost none needs arithmetic, so only a change of unit enters the exact context."""
    parsed = parse_cell(raw)
    if parsed.kind != CellKind.NUMBER:
        return parsed.kind, None
    value = parsed.value
    assert value is not None
    if parsed.unit and col_type is not None and col_type.type == "amount" and col_type.unit \
            and parsed.unit != col_type.unit:  # (the cell's unit first: few cells write one)
        return CellKind.NUMBER, _in_unit(value, UNIT_FACTORS.get((parsed.unit, col_type.unit), Decimal(1)))
    return CellKind.NUMBER, value


@exact
def _in_unit(value: Decimal, factor: Decimal) -> Decimal:
    return value * factor


def display(terms: tuple[Term, ...], names: dict[str, str], values: dict[str, Decimal] | None) -> str:
    """One side of an identity with names (``values`` None) or with the values in place of the names."""
    parts = []
    for i, t in enumerate(terms):
        if t.key is None:
            shown = format_decimal(t.factor)
        elif values is None:
            shown = names.get(t.key, t.key)
        else:
            shown = format_decimal(values[t.key])
        if t.key is not None and t.factor != 1:
            shown = f"{format_decimal(t.factor)}×{shown}"
        sign = "-" if t.sign < 0 else ("+" if i else "")
        parts.append(f"{sign}{shown}")
    return "".join(parts) or "0"


def target_key(identity: Identity, among: list[str] | None = None) -> str:
    """The key a finding points at: the first key of the right side (of ``among``, when given), else
    the first key of the identity."""
    keys = [t.key for t in identity.rhs if t.key is not None and (among is None or t.key in among)]
    if keys:
        return keys[0]
    if among:
        return next(k for k in identity.keys if k in among)
    return identity.keys[0]


def expected_actual(identity: Identity, target: str, lhs: Decimal, rhs: Decimal) -> tuple[str, str]:
    """(expected, actual): the target's side is what the report wrote, the other what it should be."""
    on_right = any(t.key == target for t in identity.rhs)
    return (format_decimal(lhs), format_decimal(rhs)) if on_right else (format_decimal(rhs), format_decimal(lhs))


@exact
def fields(identity: Identity, names: dict[str, str], values: dict[str, Decimal], lhs: Decimal,
           rhs: Decimal) -> dict[str, str]:
    """The placeholders a message may use: each side as names, as values and as its sum, both in one
    (``lhs_full``: ``第一项+第二项 = 95+5 = 100``), and the difference."""
    out = {
        "lhs_expr": display(identity.lhs, names, None), "lhs_values": display(identity.lhs, names, values),
        "lhs": format_decimal(lhs),
        "rhs_expr": display(identity.rhs, names, None), "rhs_values": display(identity.rhs, names, values),
        "rhs": format_decimal(rhs),
        "diff": format_decimal(abs(lhs - rhs)),
    }
    for side in ("lhs", "rhs"):
        parts = [out[f"{side}_expr"], out[f"{side}_values"], out[side]]
        if parts[1] == parts[2]:
            parts.pop(1)
        out[f"{side}_full"] = " = ".join(parts)
    return out


# The placeholders every identity message may use (besides each kind's own ones).
FIELDS = ("lhs_expr", "lhs_values", "lhs", "rhs_expr", "rhs_values", "rhs", "diff", "lhs_full", "rhs_full")
