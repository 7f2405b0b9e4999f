"""values: every cell of a form table holds the kind of number its column needs.

Counts (件/个/条) are whole numbers ≥ 0; ``signed`` columns (2019 本年增/减) may be negative;
amounts (元/万元) may be decimal and carry their unit in the header or the cell.  A blank cell or a
placeholder ("/", "-", "—", "无") is reported as blank — distinct from 0 — with the advice to write
0; text such as "减4" is reported with what to write instead.  Pack ``values:`` rules add
plausibility limits (规章 > 0 from a body that cannot make 规章).

Failing example::

    | 行政许可 | 0 | 减4 | 12 |      → RL502 单元格“减4”不是数字（…/本年增/减）  help: 应写作 -4
    | 政府集中采购 | 5 | — |         → RL501 单元格填写了“—”…，应填写数字，没有发生的填 0

Passing example: ``| 行政许可 | 0 | -4 | 12 |`` and ``| 政府集中采购 | 5 | 400.45887 万元 |``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.diagnostics import Diagnostic, Severity
from ..text.normalize import CellKind, format_decimal, normalize, parse_cell, suggest_number
from . import CheckContext, RuleDef, cell_location, cell_ref

_YUAN = re.compile(r"万?元")

KIND = "values"
RULES = [
    RuleDef("values.blank", "RL501", Severity.WARNING, "a numeric cell is blank or holds a placeholder"),
    RuleDef("values.not-number", "RL502", Severity.ERROR, "a numeric cell holds text"),
    RuleDef("values.negative", "RL503", Severity.ERROR, "a count or amount is negative"),
    RuleDef("values.not-integer", "RL504", Severity.ERROR, "a count is not a whole number"),
    RuleDef("values.unit", "RL505", Severity.WARNING, "an amount has no unit (元 or 万元?)"),
    RuleDef("values.plausibility", "RL506", Severity.WARNING, "a value is implausible for this report"),
]


def applies(pack) -> bool:
    return bool(pack.tables)


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    for spec in ctx.pack.tables:
        bound = ctx.bound(spec.id)
        if bound is None:
            continue
        columns = [(col_key, c, col_type) for col_key, c in bound.cols.items()
                   if (col_type := spec.column_types.get(col_key, spec.cells)).type != "text"]
        grid = bound.table.grid()  # bound rows and columns are grid positions: no bounds check per cell
        for row_key, r in bound.rows.items():
            row = grid[r]
            for col_key, c, col_type in columns:
                cell = row[c]
                raw = cell.text if cell is not None else ""
                d = _check_cell(ctx, bound, r, c, raw, col_type, spec.id, row_key, col_key)
                if d is not None:
                    yield d
    yield from _plausibility(ctx)


def _check_cell(ctx, bound, r, c, raw, col_type, table_id, row_key, col_key):
    parsed = parse_cell(raw)
    if parsed.kind == CellKind.NUMBER and not _may_fail(parsed, col_type):
        return None  # the usual case, decided before building the labels and location of a finding
    cell_label = bound.view.cell_label(r, c)
    loc = cell_location(bound, r, c)
    refs = [cell_ref(bound, r, c, bound.table.at(r, c))]
    key = (table_id, row_key, col_key)
    if parsed.kind == CellKind.BLANK:
        if not col_type.required:
            return None
        text = (ctx.msg("values.blank", cell=cell_label) if not raw.strip()
                else ctx.msg("values.placeholder", value=raw.strip(), cell=cell_label))
        return ctx.diagnostic("values.blank", "RL501", KIND, Severity.WARNING, text, loc, cells=refs, key=key,
                              expected="0", actual=raw.strip() or None)
    if parsed.kind == CellKind.TEXT:
        suggestion = suggest_number(raw)
        return ctx.diagnostic("values.not-number", "RL502", KIND, Severity.ERROR,
                              ctx.msg("values.text", value=raw.strip(), cell=cell_label), loc,
                              cells=refs, key=key,
                              help=ctx.msg("values.text.help", suggestion=suggestion) if suggestion else None,
                              expected=suggestion, actual=raw.strip())
    value = parsed.value
    assert value is not None
    shown = raw.strip()
    if col_type.type in ("count", "amount") and value < 0:
        msg_key = "values.negative" if col_type.type == "count" else "values.negative_amount"
        return ctx.diagnostic("values.negative", "RL503", KIND, Severity.ERROR,
                              ctx.msg(msg_key, value=shown, cell=cell_label), loc, cells=refs,
                              key=key, actual=format_decimal(value))
    if col_type.type in ("count", "signed") and value != value.to_integral_value():
        return ctx.diagnostic("values.not-integer", "RL504", KIND, Severity.ERROR,
                              ctx.msg("values.fraction", value=shown, cell=cell_label), loc,
                              cells=refs, key=key, actual=format_decimal(value))
    if col_type.type == "amount" and col_type.unit_required and parsed.unit is None \
            and not _YUAN.search(normalize(bound.view.col_label(c))):
        return ctx.diagnostic("values.unit", "RL505", KIND, Severity.WARNING,
                              ctx.msg("values.unit", value=shown, cell=cell_label), loc,
                              cells=refs, key=key, help=ctx.msg("values.unit.help", value=shown))
    return None


def _may_fail(parsed, col_type) -> bool:
    """Whether a number can break one of the rules below (a cheap superset of their conditions)."""
    value = parsed.value
    if value is None:
        return True
    if col_type.type in ("count", "amount") and value < 0:
        return True
    if col_type.type in ("count", "signed") and value != value.to_integral_value():
        return True
    return col_type.type == "amount" and col_type.unit_required and parsed.unit is None


def _plausibility(ctx: CheckContext) -> Iterator[Diagnostic]:
    title = normalize(ctx.title or "")
    for rule in ctx.pack.value_rules:
        if rule.get("when_title") and not re.compile(rule["when_title"]).search(title):
            continue
        bound = ctx.bound(rule["table"])
        if bound is None:
            continue
        r, c = bound.rows.get(rule["row"]), bound.cols.get(rule["column"])
        if r is None or c is None:
            continue
        cell = bound.table.at(r, c)
        parsed = parse_cell(cell.text if cell else "")
        if parsed.value is None or parsed.value <= rule["max"]:
            continue
        severity = Severity(rule.get("severity", "warning"))
        d = ctx.diagnostic(rule["id"], "RL506", KIND, severity,
                           ctx.msg("values.max", message=rule.get("message", rule["id"]),
                                   cell=bound.view.cell_label(r, c),
                                   value=cell.text.strip() if cell else ""),
                           cell_location(bound, r, c), cells=[cell_ref(bound, r, c, cell)],
                           key=(rule["table"], rule["row"], rule["column"]))
        if d:
            yield d
