"""tables: every mandatory table is present with the form's rows and columns.

Tables are found by section and by their header and row labels, never by position; rows and
columns are bound by label path (see :mod:`reportlint.binding`).  A label the form does not have
is reported as information; a close variant binds with a warning; two rows for one label is an
error, because the numbers could not be attributed.

Failing example (a row missing from the section-三 table)::

    | 三、本年度办理结果 | （一）予以公开 | … |      ← no “（二）部分公开” row

    RL302 “收到和处理政府信息公开申请情况表”缺少行“本年度办理结果/部分公开”

Passing example: the table as the form prints it, each row and column once.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.diagnostics import Diagnostic, Severity
from ..model.document import Location
from . import CheckContext, RuleDef, cell_location

KIND = "tables"
RULES = [
    RuleDef("tables.missing", "RL301", Severity.ERROR, "a mandatory table is missing"),
    RuleDef("tables.row-missing", "RL302", Severity.ERROR, "a table lacks one of the form's rows"),
    RuleDef("tables.column-missing", "RL303", Severity.ERROR, "a table lacks one of the form's columns"),
    RuleDef("tables.extra", "RL304", Severity.INFO, "a table has a row or column the form does not have"),
    RuleDef("tables.ambiguous", "RL305", Severity.ERROR, "a label matches several rows or columns"),
    RuleDef("tables.label-variant", "RL306", Severity.WARNING, "a row or column label differs from the form"),
]


def applies(pack) -> bool:
    return bool(pack.tables)


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    for spec in ctx.pack.tables:
        bound = ctx.bound(spec.id)
        if bound is None:
            if not spec.required:
                continue
            section = ctx.section_of.get(spec.section or "")
            location = section.heading.location if section else _doc_start(ctx)
            spec_section = next((s.title for s in ctx.pack.sections if s.id == spec.section), "")
            d = ctx.diagnostic("tables.missing", "RL301", KIND, Severity.ERROR,
                               ctx.msg("tables.missing", title=spec.title), location,
                               help=ctx.msg("tables.missing.help", section=spec_section) if spec_section else None,
                               key=(spec.id,))
            if d:
                yield d
            continue
        view = bound.view
        table_loc = bound.table.location
        for issue in bound.issues:
            if issue.kind == "missing":
                rule, code = ("tables.row-missing", "RL302") if issue.axis == "row" else (
                    "tables.column-missing", "RL303")
                key = "tables.row_missing" if issue.axis == "row" else "tables.col_missing"
                d = ctx.diagnostic(rule, code, KIND, Severity.ERROR,
                                   ctx.msg(key, table=spec.title, label=issue.label), table_loc,
                                   key=(spec.id, issue.key))
            elif issue.kind == "ambiguous":
                d = ctx.diagnostic("tables.ambiguous", "RL305", KIND, Severity.ERROR,
                                   ctx.msg("tables.ambiguous", table=spec.title, label=issue.label,
                                           axis=ctx.msg(f"axis.{issue.axis}"), found="；".join(issue.found)),
                                   table_loc, key=(spec.id, issue.key))
            else:  # fuzzy
                if issue.axis == "row" and issue.grid_index is not None:
                    first_col = view.label_cols[-1] if view.label_cols else 0
                    loc = cell_location(bound, issue.grid_index, first_col)
                elif issue.grid_index is not None:
                    loc = cell_location(bound, view.header_rows[-1] if view.header_rows else 0, issue.grid_index)
                else:
                    loc = table_loc
                d = ctx.diagnostic("tables.label-variant", "RL306", KIND, Severity.WARNING,
                                   ctx.msg("tables.fuzzy", table=spec.title, label=issue.label,
                                           found="；".join(issue.found)), loc, key=(spec.id, issue.key))
            if d:
                yield d
        present = {**bound.rows, **bound.cols}
        if spec.require_one_of and not any(all(k in present for k in group) for group in spec.require_one_of):
            labels = {s.key: s.label for s in (*spec.rows, *spec.columns)}
            wanted = "；".join("、".join(labels.get(k, k) for k in group) for group in spec.require_one_of)
            d = ctx.diagnostic("tables.row-missing", "RL302", KIND, Severity.ERROR,
                               ctx.msg("tables.row_missing", table=spec.title, label=wanted), table_loc,
                               key=(spec.id, "require_one_of"))
            if d:
                yield d
        if spec.extra == "ignore":
            continue
        for r in bound.extra_rows:
            label = view.row_label(r)
            if not label:
                continue
            col = view.label_cols[-1] if view.label_cols else 0
            d = ctx.diagnostic("tables.extra", "RL304", KIND, Severity.INFO,
                               ctx.msg("tables.extra_row", table=spec.title, label=label),
                               cell_location(bound, r, col), key=(spec.id, label))
            if d:
                yield d
        for c in bound.extra_cols:
            label = view.col_label(c)
            if not label:
                continue
            row = view.header_rows[-1] if view.header_rows else view.row_start
            d = ctx.diagnostic("tables.extra", "RL304", KIND, Severity.INFO,
                               ctx.msg("tables.extra_col", table=spec.title, label=label),
                               cell_location(bound, row, c), key=(spec.id, label))
            if d:
                yield d


def _doc_start(ctx: CheckContext) -> Location:
    if ctx.document.blocks:
        return ctx.document.blocks[0].location
    return Location(line=1, column=1)
