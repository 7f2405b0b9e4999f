"""arithmetic: the identities between a table's cells hold (勾稽关系, totals, subtotals).

Each identity in the pack (``new + carried_over == results_total + carry_forward``) is broadcast over
the columns (``for_each: column``) or rows (``for_each: row``) of its table and evaluated in exact
Decimal arithmetic.  A failure names the identity, both sides with every value, the difference and
every cell involved.  An identity with a blank or unreadable operand is ``unverifiable`` — reported,
naming the blank cells, never counted as passed and never as failed — unless the numbers written
already break it whatever counts the blanks hold (``expr.fails_whatever``: a blank count is 0 or more,
so ``| 9 | | | | | | 5 |`` cannot hold): that is a failure like any other, its blanks named.

Failing example (section 三, column 自然人: 12 + 2 ≠ 15 + 1)::

    RL401 本列勾稽关系不成立（自然人）：第一项+第二项 = 12+2 = 14，第三项（七）总计+第四项 = 15+1 = 16，相差 -2

Passing example: 12 + 2 = 13 + 1 in every column.

One root cause, one finding: an identity over rows or columns its table does not have is RL402
("缺少…") — unless the table is of the other form version (a 2019-form 第二十条第（一）项 in a 2021-form
year has no 本年制发件数, 本年废止件数, 现行有效件数).  The version kind knows the form and says so once
(RL801); this kind knows which operands are missing, and stays silent when the table is of the other
form (``base.of_another_form``, the test the tables kind makes for the columns it does not report
missing), rather than the version kind removing findings of another kind after the fact.

Failing example (RL402, a 2021-form table whose 本年废止件数 column is missing)::

    RL402 无法核对存量关系（第二十条第（一）项（规章、行政规范性文件））：缺少“本年废止件数”

Passing example: the same report printing the 2019 form's table (本年新制作数量…): RL801 only.

Nor is an identity over rows that a text cut off inside its table RL402: an excerpt that stops in
section 三's table after ``（二）部分公开`` has no ``（七）总计`` row because the text ends there, which its
one RL209 says (``base.stops_inside``, the test the tables kind makes for its RL302/RL303).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..analysis.expr import ExpressionError, Identity, fails_whatever, weigh
from ..analysis.specs import LabelSpec
from ..model.diagnostics import ConfigError, Diagnostic, Severity, Status
from ..model.records import Record
from ..packs.compile import src_line
from ..packs.expressions import parse_pack_identity
from ..packs.templates import check_template, fill
from ..text.normalize import CellKind
from .base import KindContext, RuleDef, RuleInfo, cell_location, cell_ref, of_another_form, stops_inside
from .identity import FIELDS, cell_number, expected_actual, fields, target_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

KIND = "arithmetic"
PACK_KEYS = ("identities",)
SCHEMA = {
    "properties": {
        "identities": {
            "type": "array",
            "items": {"$ref": "#/$defs/identity"},
            "description": "Arithmetic identities between cells of one table (totals, subtotals, balances).",
        },
    },
    "$defs": {
        "identity": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "table", "assert"],
            "properties": {
                "id": {"type": "string", "description": "Stable rule id, shown in diagnostics and usable in severity: and remove:."},
                "table": {"type": "string", "description": "Id of the table."},
                "for_each": {
                    "type": "string",
                    "enum": ["row", "column"],
                    "description": ("column (default): the row keys are operands, checked in every column; row: the column keys "
                                    "are operands, checked in every row."),
                },
                "over": {"type": "array", "items": {"type": "string"}, "description": "Keys of the broadcast axis (default: all)."},
                "assert": {
                    "type": "string",
                    "description": "An identity: lhs == rhs (or !=, <, <=, >, >=) of keys, numbers, + - *, sum(a..b), abs().",
                },
                "when_present": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Run only when these optional keys were found.",
                },
                "tolerance": {"type": "number", "minimum": 0, "description": "Allowed absolute difference (for rounded amounts)."},
                "severity": {"$ref": "#/$defs/severity", "description": "Severity of a failure (default error)."},
                "title": {"type": "string", "description": "One line: what the identity means."},
                "message": {
                    "type": "string",
                    "description": ("Message template; placeholders: {title} {along} {lhs_expr} {lhs_values} {lhs} {rhs_expr} "
                                    "{rhs_values} {rhs} {lhs_full} {rhs_full} {diff}."),
                },
                "help": {"type": "string", "description": "Help line template, same placeholders as message."},
                "doc": {"type": "string", "description": "Documentation shown by `reportlint rule ID`."},
                "when_absent": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Run only when none of these optional keys was found.",
                },
                "when_nonzero": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Skip an item where one of these operands is 0.",
                },
            },
            "description": ("An arithmetic identity checked in every column (or row) of a table (RL401; RL402 when an operand is "
                            "blank)."),
        },
    },
}

RULES = [
    RuleDef("arithmetic.fail", "RL401", Severity.ERROR, {"en": "an identity between table cells does not hold",
                                                          "zh": "表格中的勾稽关系不成立"}),
    RuleDef("arithmetic.unverifiable", "RL402", Severity.WARNING, {"en": "an identity cannot be checked: an operand is blank",
                                                                   "zh": "勾稽关系无法核对：参与计算的单元格为空"}),
]
# The pack declares the identities; each finding carries the identity's id as its rule, with RL401 or RL402.
FAIL, UNVERIFIABLE = RULES

MESSAGES = {
    "default": {
        "zh": "{title}不成立（{along}）：{lhs_full}，{rhs_full}，相差 {diff}",
        "en": "{title} does not hold ({along}): {lhs_full}, {rhs_full}, difference {diff}",
    },
    "unverifiable": {"zh": "无法核对{title}（{along}）：{blanks}", "en": "cannot verify {title} ({along}): {blanks}"},
    "blank": {"zh": "“{cell}”为空", "en": "\"{cell}\" is blank"},
    "blanks_cannot_mend": {"zh": "（空白按 0 计；空白处填入任何数都不能使其成立：{blanks}）",
                           "en": " (blanks counted as 0; no number written in them could make it hold: {blanks})"},
    "unreadable": {"zh": "“{cell}”不是数字（{value}）", "en": "\"{cell}\" is not a number ({value})"},
    "missing": {"zh": "缺少“{label}”", "en": "\"{label}\" is missing"},
    "target": {"zh": "{name}（{along}）", "en": "{name} ({along})"},
    "help": {
        "zh": "{target}应为 {expected}（现为 {actual}），或更正参与计算的数字",
        "en": "{target} should be {expected} (it is {actual}), or correct the numbers it is made of",
    },
}

MESSAGE_FIELDS = ("title", "along", *FIELDS)


class IdentitySpec(Record):
    """One identity of the pack, parsed, with the table it is checked in."""

    __slots__ = ("id", "table", "for_each", "over", "identity", "when_present", "when_absent", "when_nonzero", "tolerance", "severity",
                 "title", "message", "help", "doc", "src", "line")

    def __init__(self, id: str, table: str, for_each: str, over: list[str] | None, identity: Identity, when_present: list[str],
                 when_absent: list[str], when_nonzero: list[str], tolerance: Decimal, severity: Severity | None, title: str,
                 message: str | None, help: str | None, doc: str | None, src: str = "", line: int = 0) -> None:
        self.id = id
        self.table = table
        self.for_each = for_each
        self.over = over
        self.identity = identity
        self.when_present = when_present
        self.when_absent = when_absent
        self.when_nonzero = when_nonzero
        self.tolerance = tolerance
        self.severity = severity
        self.title = title
        self.message = message
        self.help = help
        self.doc = doc
        self.src = src
        self.line = line


def compile(raw: dict, pack) -> list[IdentitySpec] | None:
    identities: list[IdentitySpec] = []
    for ident in raw.get("identities", []) or []:
        i_src, i_line = src_line(ident)
        rid = ident["id"]
        table = pack.table(ident["table"])
        if table is None:
            raise ConfigError(f"未知的表格 id '{ident['table']}'", i_src, ident.line_of("table"), f"identities.{rid}.table")
        for_each = ident.get("for_each", "column")
        keys = [r.key for r in table.rows] if for_each == "column" else [c.key for c in table.columns]
        try:
            parsed = parse_pack_identity(ident["assert"], keys)
        except ExpressionError as exc:
            raise ConfigError(str(exc), i_src, ident.line_of("assert"), f"identities.{rid}.assert") from None
        axis_keys = [c.key for c in table.columns] if for_each == "column" else [r.key for r in table.rows]
        for key in ident.get("over", []) or []:
            if key not in axis_keys:
                raise ConfigError(f"over 中的键 '{key}' 不在表格 {table.id} 中", i_src, ident.line_of("over"),
                                  f"identities.{rid}.over")
        for name in ("message", "help"):
            if ident.get(name):
                check_template(ident[name], MESSAGE_FIELDS, i_src, ident.line_of(name), f"identities.{rid}.{name}")
        severity = ident.get("severity")
        identities.append(IdentitySpec(
            id=rid, table=table.id, for_each=for_each, over=ident.get("over"),
            identity=parsed, when_present=list(ident.get("when_present", [])),
            when_absent=list(ident.get("when_absent", [])), when_nonzero=list(ident.get("when_nonzero", [])),
            tolerance=Decimal(str(ident.get("tolerance", 0) or 0)),
            severity=None if severity in (None, "off") else Severity(severity),
            title=ident.get("title", rid), message=ident.get("message"), help=ident.get("help"),
            doc=ident.get("doc"), src=i_src, line=i_line,
        ))
    return identities or None


def pack_rules(pack, identities: list[IdentitySpec]) -> list[RuleInfo]:
    out = []
    for ident in identities:
        severity = pack.severity_of(ident.id, ident.severity or FAIL.severity)
        if severity is None:
            continue
        doc = ident.doc or f"{ident.title}\n\n    {ident.identity.source}   (for_each: {ident.for_each})"
        out.append(RuleInfo(ident.id, FAIL.code, KIND, severity, ident.title,
                            doc + "\n\n" + (__doc__ or ""), f"pack {pack.id}"))
    return out


def run(ctx: KindContext, identities: list[IdentitySpec]) -> Iterator[Diagnostic]:
    for ident in identities:
        yield from _run_identity(ctx, ident)


def _unverifiable(ctx: KindContext, ident: IdentitySpec, text: str, location: Any, **extra: Any) -> Diagnostic | None:
    return ctx.report(ident.id, text, location, code=UNVERIFIABLE.code, default=UNVERIFIABLE.severity,
                      status=Status.UNVERIFIABLE, **extra)


def _run_identity(ctx: KindContext, ident: IdentitySpec) -> Iterator[Diagnostic]:
    bound = ctx.bound(ident.table)
    if bound is None:
        return
    spec = bound.spec
    by_column = ident.for_each == "column"
    operand_bound = bound.rows if by_column else bound.cols
    axis_bound = bound.cols if by_column else bound.rows
    rows_by_key, columns_by_key = spec.by_key()
    operand_specs, axis_specs = (rows_by_key, columns_by_key) if by_column else (columns_by_key, rows_by_key)
    all_bound = {**bound.rows, **bound.cols}
    if any(k not in all_bound for k in ident.when_present):
        return
    if any(k in all_bound for k in ident.when_absent):
        return
    missing = [k for k in ident.identity.keys if k not in operand_bound]
    if missing and of_another_form(ctx, bound.view):
        return  # the other form's table has no such rows or columns: RL801 is the finding (module docstring)
    if missing and stops_inside(ctx, bound):
        return  # the text stops inside the table: its later rows are cut off, RL209 is the finding
    if missing:
        labels = "、".join(operand_specs[k].label for k in missing)
        d = _unverifiable(ctx, ident, ctx.msg("unverifiable", title=ident.title, along=spec.title,
                                              blanks=ctx.msg("missing", label=labels)),
                          bound.table.location, key=("missing", *missing))
        if d:
            yield d
        return
    axis_keys = ident.over or [k for k in axis_specs if k in axis_bound]
    grid = bound.table.grid()
    column_types = spec.column_types
    target = target_key(ident.identity)
    for axis_key in axis_keys:
        if axis_key not in axis_bound:
            continue
        along = axis_specs[axis_key].name
        values: dict[str, Decimal] = {}
        problems: list[str] = []
        blanks: set[str] = set()  # blank counts: 0 or more, whatever the report meant to write
        axis_index = axis_bound[axis_key]
        axis_type = column_types.get(axis_key, spec.cells) if by_column else None
        for key in ident.identity.keys:
            r, c = (operand_bound[key], axis_index) if by_column else (axis_index, operand_bound[key])
            cell = grid[r][c]
            col_type = axis_type if by_column else column_types.get(key, spec.cells)
            # read anew for each identity naming the cell: parse_cell's cache makes that cheaper than
            # keeping the document's answers by place (inproc7)
            kind, value = cell_number(cell.text if cell else "", col_type)
            if value is None:
                cell_label = bound.view.cell_label(r, c)
                if kind == CellKind.TEXT:
                    problems.append(ctx.msg("unreadable", cell=cell_label, value=cell.text if cell else ""))
                else:
                    problems.append(ctx.msg("blank", cell=cell_label))
                    if (col_type or spec.cells).type == "count":
                        blanks.add(key)
            else:
                values[key] = value
        if problems and len(blanks) == len(problems) and not any(values.get(k, 0) == 0 for k in ident.when_nonzero) \
                and fails_whatever(ident.identity, values, blanks, ident.tolerance):
            # the numbers written already break it (| 9 | | … | 5 |): no count in the blanks can mend it
            d = _failure(ctx, ident, bound, operand_specs, {**values, **dict.fromkeys(blanks, Decimal(0))},
                         _operand_cells(grid, ident.identity.keys, operand_bound, axis_index, by_column),
                         _place(operand_bound, target, axis_index, by_column), axis_key, along,
                         ctx.msg("blanks_cannot_mend", blanks="；".join(problems)))
            if d:
                yield d
            continue
        if problems:
            refs = [cell_ref(bound, r, c, cell)
                    for r, c, cell in _operand_cells(grid, ident.identity.keys, operand_bound, axis_index, by_column)]
            d = _unverifiable(ctx, ident, ctx.msg("unverifiable", title=ident.title, along=along, blanks="；".join(problems)),
                              cell_location(bound, *_place(operand_bound, target, axis_index, by_column)), cells=refs,
                              key=(axis_key,))
            if d:
                yield d
            continue
        if ident.when_nonzero and any(values.get(k) == 0 for k in ident.when_nonzero):
            continue  # (most identities have no such condition: no generator is made for them)
        if weigh(ident.identity, values, ident.tolerance)[2]:
            continue  # it holds (nearly every row and column): its cells are gathered only for a finding
        d = _failure(ctx, ident, bound, operand_specs, values,
                     _operand_cells(grid, ident.identity.keys, operand_bound, axis_index, by_column),
                     _place(operand_bound, target, axis_index, by_column), axis_key, along)
        if d:
            yield d


def _place(operand_bound: dict[str, int], key: str, axis_index: int, by_column: bool) -> tuple[int, int]:
    """The grid row and column of operand ``key`` on the row or column at ``axis_index``."""
    return (operand_bound[key], axis_index) if by_column else (axis_index, operand_bound[key])


def _operand_cells(grid: list[list[Any]], keys: tuple[str, ...], operand_bound: dict[str, int], axis_index: int,
                   by_column: bool) -> list[tuple[int, int, object]]:
    """(row, col, cell) of each operand on one row or column: what a finding lists (``CellRef``s)."""
    places = [_place(operand_bound, key, axis_index, by_column) for key in keys]
    return [(r, c, grid[r][c]) for r, c in places]


def _failure(ctx: KindContext, ident: IdentitySpec, bound: Any, operand_specs: dict[str, LabelSpec],
             values: dict[str, Decimal], operands: list[tuple[int, int, object]], target: tuple[int, int], axis_key: str,
             along: str, note: str = "") -> Diagnostic | None:
    """The RL401 finding of one row or column where the identity fails over ``values`` (None when it
    holds); ``note`` follows the message (the blanks counted as 0 that no number could mend).  The
    operands' names are gathered only for a finding: nearly every row and column holds."""
    lhs, rhs, ok = weigh(ident.identity, values, ident.tolerance)
    if ok:
        return None
    names = {k: s.name for k, s in operand_specs.items()}
    shown = {"title": ident.title, "along": along, **fields(ident.identity, names, values, lhs, rhs)}
    text = (fill(ident.message, shown) if ident.message else ctx.msg("default", **shown)) + note
    help_text = fill(ident.help, shown) if ident.help else None
    target_name = target_key(ident.identity)
    expected, actual = expected_actual(ident.identity, target_name, lhs, rhs)
    if help_text is None and ident.identity.op == "==" and len(ident.identity.rhs) == 1:
        help_text = ctx.msg("help", target=ctx.msg("target", name=names.get(target_name, target_name), along=along),
                            expected=expected, actual=actual)
    return ctx.report(ident.id, text, cell_location(bound, *target), code=FAIL.code, default=ident.severity or FAIL.severity,
                      expected=expected, actual=actual, cells=[cell_ref(bound, r, c, cell) for r, c, cell in operands],
                      help=help_text, key=(axis_key,))
