"""arithmetic: the identities between a table's cells hold (勾稽关系, totals, subtotals).

Each identity in the pack (``new + carried_over == results_total + carry_forward``) is broadcast over
the columns (``for_each: column``) or rows (``for_each: row``) of its table and evaluated in exact
Decimal arithmetic.  A failure names the identity, both sides with every value, the difference and
every cell involved.  An identity with a blank or unreadable operand is ``unverifiable`` — reported,
naming the blank cells, never counted as passed and never as failed.

Failing example (section 三, column 自然人: 12 + 2 ≠ 15 + 1)::

    RL401 本列勾稽关系不成立（自然人）：第一项+第二项 = 12+2 = 14，第三项（七）总计+第四项 = 15+1 = 16，相差 -2

Passing example: 12 + 2 = 13 + 1 in every column.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..analysis.expr import Term, evaluate, holds
from ..model.diagnostics import Diagnostic, Severity, Status
from ..packs.compiler import Pack, RuleInfo
from ..text.normalize import CellKind, format_decimal, parse_cell
from . import CheckContext, RuleDef, cell_location, cell_ref

KIND = "arithmetic"
RULES: list[RuleDef] = []
UNIT_FACTORS = {("元", "万元"): Decimal("0.0001"), ("万元", "元"): Decimal(10000),
                ("亿元", "万元"): Decimal(10000), ("亿元", "元"): Decimal(100000000)}


def pack_rules(pack: Pack) -> list[RuleInfo]:
    out = []
    for ident in pack.identities:
        severity = pack.severity_of(ident.id, ident.severity or Severity.ERROR)
        if severity is None:
            continue
        doc = ident.doc or f"{ident.title}\n\n    {ident.identity.source}   (for_each: {ident.for_each})"
        out.append(RuleInfo(ident.id, "RL401", KIND, severity, ident.title,
                            doc + "\n\n" + (__doc__ or ""), f"pack {pack.id}"))
    return out


def cell_number(raw: str, col_type, ) -> tuple[str, Decimal | None]:
    """(kind, value in the column's unit) of a cell."""
    parsed = parse_cell(raw)
    if parsed.kind != CellKind.NUMBER:
        return parsed.kind, None
    value = parsed.value
    assert value is not None
    if col_type is not None and col_type.type == "amount" and col_type.unit and parsed.unit \
            and parsed.unit != col_type.unit:
        value = value * UNIT_FACTORS.get((parsed.unit, col_type.unit), Decimal(1))
    return CellKind.NUMBER, value


def _display(terms: tuple[Term, ...], names: dict[str, str], values: dict[str, Decimal] | None) -> str:
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


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    for ident in ctx.pack.identities:
        yield from _run_identity(ctx, ident)


def _run_identity(ctx: CheckContext, ident) -> Iterator[Diagnostic]:
    bound = ctx.bound(ident.table)
    if bound is None:
        return
    spec = bound.spec
    by_column = ident.for_each == "column"
    operand_bound = bound.rows if by_column else bound.cols
    axis_bound = bound.cols if by_column else bound.rows
    operand_specs = {s.key: s for s in (spec.rows if by_column else spec.columns)}
    axis_specs = {s.key: s for s in (spec.columns if by_column else spec.rows)}
    all_bound = {**bound.rows, **bound.cols}
    if any(k not in all_bound for k in ident.when_present):
        return
    if any(k in all_bound for k in ident.when_absent):
        return
    severity = ident.severity or Severity.ERROR
    names = {k: s.name for k, s in operand_specs.items()}
    missing = [k for k in ident.identity.keys if k not in operand_bound]
    if missing:
        labels = "、".join(operand_specs[k].label for k in missing)
        d = ctx.diagnostic(ident.id, "RL402", KIND, Severity.WARNING,
                           ctx.msg("arith.unverifiable", title=ident.title, along=spec.title,
                                   blanks=ctx.msg("arith.missing", label=labels)),
                           bound.table.location, status=Status.UNVERIFIABLE, key=("missing", *missing))
        if d:
            yield d
        return
    axis_keys = ident.over or [k for k in axis_specs if k in axis_bound]
    tolerance = Decimal(str(ident.tolerance or 0))
    grid = bound.table.grid()  # bound rows and columns are grid positions: no bounds check per cell
    column_types = spec.column_types
    for axis_key in axis_keys:
        if axis_key not in axis_bound:
            continue
        along = axis_specs[axis_key].name
        values: dict[str, Decimal] = {}
        operands: list[tuple[int, int, object]] = []  # (row, col, cell): CellRefs only for a finding
        problems: list[str] = []
        axis_index = axis_bound[axis_key]
        axis_type = column_types.get(axis_key, spec.cells) if by_column else None
        for key in ident.identity.keys:
            r, c = (operand_bound[key], axis_index) if by_column else (axis_index, operand_bound[key])
            cell = grid[r][c]
            operands.append((r, c, cell))
            col_type = axis_type if by_column else column_types.get(key, spec.cells)
            kind, value = cell_number(cell.text if cell else "", col_type)
            if value is None:
                cell_label = bound.view.cell_label(r, c)
                if kind == CellKind.TEXT:
                    problems.append(ctx.msg("arith.unreadable", cell=cell_label,
                                            value=cell.text if cell else ""))
                else:
                    problems.append(ctx.msg("arith.blank", cell=cell_label))
            else:
                values[key] = value
        target_key = _target(ident)
        tr, tc = (operand_bound[target_key], axis_bound[axis_key]) if by_column else (
            axis_bound[axis_key], operand_bound[target_key])
        if problems:
            location = cell_location(bound, tr, tc)
            refs = [cell_ref(bound, r, c, cell) for r, c, cell in operands]
            d = ctx.diagnostic(ident.id, "RL402", KIND, Severity.WARNING,
                               ctx.msg("arith.unverifiable", title=ident.title, along=along,
                                       blanks="；".join(problems)),
                               location, status=Status.UNVERIFIABLE, cells=refs, key=(axis_key,))
            if d:
                yield d
            continue
        if any(values.get(k) == 0 for k in ident.when_nonzero):
            continue
        lhs = evaluate(ident.identity.lhs, values, ident.identity.lhs_abs)
        rhs = evaluate(ident.identity.rhs, values, ident.identity.rhs_abs)
        if holds(ident.identity.op, lhs, rhs, tolerance):
            continue
        location = cell_location(bound, tr, tc)
        refs = [cell_ref(bound, r, c, cell) for r, c, cell in operands]
        fields = {
            "title": ident.title, "along": along,
            "lhs_expr": _display(ident.identity.lhs, names, None),
            "lhs_values": _display(ident.identity.lhs, names, values), "lhs": format_decimal(lhs),
            "rhs_expr": _display(ident.identity.rhs, names, None),
            "rhs_values": _display(ident.identity.rhs, names, values), "rhs": format_decimal(rhs),
            "diff": format_decimal(abs(lhs - rhs)),
        }
        for side in ("lhs", "rhs"):
            parts = [fields[f"{side}_expr"], fields[f"{side}_values"], fields[side]]
            if parts[1] == parts[2]:
                parts.pop(1)
            fields[f"{side}_full"] = " = ".join(parts)
        text = (ident.message or ctx.msg("arith.default", **fields)).format(**fields)
        help_text = ident.help.format(**fields) if ident.help else None
        if help_text is None and ident.identity.op == "==" and len(ident.identity.rhs) == 1:
            help_text = ctx.msg("arith.help", target=ctx.msg("arith.target", name=names.get(target_key, target_key),
                                                             along=along),
                                expected=format_decimal(lhs), actual=format_decimal(rhs))
        d = ctx.diagnostic(ident.id, "RL401", KIND, severity, text, location,
                           expected=format_decimal(lhs), actual=format_decimal(rhs), cells=refs,
                           help=help_text, key=(axis_key,))
        if d:
            yield d


def _target(ident) -> str:
    """The cell a finding points at: the single key of the right side, else the first key."""
    rhs_keys = [t.key for t in ident.identity.rhs if t.key is not None]
    if rhs_keys:
        return rhs_keys[0]
    return ident.identity.keys[0]
