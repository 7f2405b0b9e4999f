"""values: every cell of a form table holds the kind of number its column needs.

Counts (件/个/条) are whole numbers ≥ 0; ``signed`` columns (2019 本年增/减) may be negative;
amounts (元/万元) may be decimal and carry their unit in the header or the cell: an amount with a unit in
neither is a warning (RL505: 元 or 万元? — not for 0, the same in either), a cell whose unit contradicts
the header's an error (RL507).  A blank cell or a
placeholder ("/", "-", "—", "无") is reported as blank — distinct from 0 — with the advice to write
0; text such as "减4" is reported with what to write instead.  Pack ``values:`` rules add
plausibility limits (规章 > 0 from a body that cannot make 规章).

Failing example::

    | 行政许可 | 0 | 减4 | 12 |      → RL502 单元格“减4”不是数字（…/本年增/减）  help: 应写作 -4
    | 行政许可 | 43 | +(2) -(1) | 66 | → RL502 单元格“+(2) -(1)”不是数字（…）  help: 应写作 1
    | 政府集中采购 | 5 | — |         → RL501 单元格填写了“—”…，应填写数字，没有发生的填 0
    | 行政处罚 |  |  | 3 |          → RL501 “行政处罚”一行有 2 个单元格为空或填了占位符（上一年项目数量、本年增/减）…

Blank cells of one row are one RL501 naming them; so are those of one column (the rest of a row
has numbers); the identities over them say, each, that they cannot be verified (RL402).

    | 本年收费金额（单位：万元） |
    | 251000元 |                   → RL507 单元格写的单位“元”与表头的单位“万元”不一致…

A number with stray signs is no number (``--253`` → RL502, error); one after a question mark
(``? 0``: a character a copy could not encode) is RL502 as a warning, to be checked in the original.

Passing example: ``| 行政许可 | 0 | -4 | 12 |``, ``| 政府集中采购 | 5 | 400.45887 万元 |`` and
``| 政府集中采购 | 0 | 0 |`` (no unit needed: 0 元 is 0 万元).

Plausibility (pack ``values:``, RL506): 规章 counted by an agency that cannot make them (a town, a
department, a county government: ``when_agency: cannot_make_regulations``, the level from the title or
from 我镇/我局 in the text), one finding per row naming every such cell::

    桃江县松木塘镇人民政府2022年…  | 规章 | 2 | 0 | 2 |
    → RL506 只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章…：本机关是乡镇人民政府（依据机关名称
      “桃江县松木塘镇人民政府”）（规章/本年制发件数 = 2，规章/现行有效件数 = 2）

Passing: the same row in 白城市人民政府's report, or ``| 规章 | 0 | 0 | 0 |``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..analysis.agency import describe
from ..model.diagnostics import ConfigError, Diagnostic, Severity
from ..model.records import Record
from ..packs.compile import src_line
from ..packs.regexes import compile_regex
from ..text.lazyregex import LazyRegex
from ..text.normalize import (
    CellKind,
    format_decimal,
    is_malformed_number,
    normalize,
    normalize_label,
    parse_cell,
    suggest_number,
)
from .base import KindContext, RuleDef, cell_location, cell_ref

_AMOUNT_UNITS = ("元", "万元", "亿元")


def unit_of_header(label: str) -> str | None:
    """The unit a column header names ("本年收费金额（单位：万元）" → 万元), or None: its first 元, with the
    亿 or 万 before it (as the pattern ``亿元|万元|元`` did; ``tests/data/text_scanners.jsonl`` holds
    what it gave)."""
    norm = normalize(label)
    at = norm.find("元")
    if at < 0:
        return None
    return norm[at - 1 : at + 1] if at and norm[at - 1] in "亿万" else "元"

KIND = "values"
PACK_KEYS = ("values",)
SCHEMA = {
    "properties": {
        "values": {
            "type": "array",
            "items": {"$ref": "#/$defs/valueRule"},
            "description": "Plausibility limits on single cells (a warning when a cell exceeds max).",
        },
    },
    "$defs": {
        "valueRule": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "table", "row", "max"],
            "properties": {
                "id": {"type": "string", "description": "Stable rule id."},
                "table": {"type": "string", "description": "Id of the table."},
                "row": {"type": "string", "description": "Row key."},
                "column": {"type": "string", "description": "Column key (or give columns)."},
                "columns": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Column keys: one finding for the row names every cell above max.",
                },
                "max": {"type": "number", "description": "The largest plausible value; a larger one is reported (RL506)."},
                "when_title": {
                    "type": "string",
                    "description": "Regex on the normalised title: the rule applies only to such reports.",
                },
                "when_agency": {
                    "type": "string",
                    "enum": ["cannot_make_regulations"],
                    "description": ("The rule applies only to reports of such agencies (their level from the title or the "
                                    "text): cannot_make_regulations = towns, sub-districts, departments, county and "
                                    "district governments and their offices (not when the level is unknown)."),
                },
                "severity": {"$ref": "#/$defs/severity"},
                "message": {"type": "string", "description": "What is implausible, shown with the cell and its value."},
            },
        },
    },
}

RULES = [
    RuleDef("values.blank", "RL501", Severity.WARNING,
            {"en": "a numeric cell is blank or holds a placeholder", "zh": "数字单元格为空或填了占位符（应填 0）"}),
    RuleDef("values.not-number", "RL502", Severity.ERROR, {"en": "a numeric cell holds text", "zh": "数字单元格填写了文字"}),
    RuleDef("values.negative", "RL503", Severity.ERROR, {"en": "a count or amount is negative", "zh": "件数或金额为负数"}),
    RuleDef("values.not-integer", "RL504", Severity.ERROR, {"en": "a count is not a whole number", "zh": "件数不是整数"}),
    RuleDef("values.unit", "RL505", Severity.WARNING,
            {"en": "an amount has no unit (元 or 万元?)", "zh": "金额没有单位（元还是万元？）"}),
    RuleDef("values.plausibility", "RL506", Severity.WARNING,
            {"en": "a value is implausible for this report", "zh": "数值与本机关的情况不符"}),
    RuleDef("values.unit-conflict", "RL507", Severity.ERROR,
            {"en": "a cell's unit contradicts its column header's", "zh": "单元格的单位与表头的单位不一致"}),
]

MESSAGES = {
    "blank": {
        "zh": "单元格为空（{cell}），数字单元格应填写数字，没有发生的填 0",
        "en": "cell is blank ({cell}); write 0 where nothing happened",
    },
    "placeholder": {
        "zh": "单元格填写了“{value}”（{cell}），应填写数字，没有发生的填 0",
        "en": "cell holds \"{value}\" ({cell}); write a number, 0 where nothing happened",
    },
    "blank_row": {
        "zh": "“{label}”一行有 {n} 个单元格为空或填了占位符（{cells}），数字单元格应填写数字，没有发生的填 0",
        "en": "{n} cells of the row \"{label}\" are blank or hold a placeholder ({cells}); write 0 where nothing happened",
    },
    "blank_column": {
        "zh": "“{label}”一列有 {n} 个单元格为空或填了占位符（{cells}），数字单元格应填写数字，没有发生的填 0",
        "en": "{n} cells of the column \"{label}\" are blank or hold a placeholder ({cells}); write 0 where nothing happened",
    },
    "text": {"zh": "单元格“{value}”不是数字（{cell}）", "en": "cell \"{value}\" is not a number ({cell})"},
    "shifted": {
        "zh": "单元格“{value}”是行标签而不是数字（{cell}）：这一行似乎错位了（合并单元格？），其数字未核对",
        "en": "cell \"{value}\" is a row label, not a number ({cell}): the row seems shifted (a merged cell?); not checked",
    },
    "lost": {
        "zh": "单元格“{value}”的数字前有无法识别的字符（{cell}），可能是转换或复制时丢失的字符，请核对原文",
        "en": "cell \"{value}\" has an unreadable character before its number ({cell}), likely lost in a conversion",
    },
    "text.help": {"zh": "应写作 {suggestion}", "en": "write {suggestion}"},
    "negative": {"zh": "件数不能为负数：{value}（{cell}）", "en": "a count cannot be negative: {value} ({cell})"},
    "fraction": {"zh": "件数应为整数：{value}（{cell}）", "en": "a count must be a whole number: {value} ({cell})"},
    "unit": {
        "zh": "金额“{value}”没有单位（{cell}），无法确定是元还是万元",
        "en": "amount \"{value}\" has no unit ({cell}); 元 or 万元?",
    },
    "unit.help": {"zh": "写明单位，例如“{value} 万元”", "en": "state the unit, e.g. \"{value} 万元\""},
    "unit_conflict": {
        "zh": "单元格写的单位“{cell_unit}”与表头的单位“{header_unit}”不一致（{cell}）：{value}",
        "en": "the cell's unit \"{cell_unit}\" contradicts the header's \"{header_unit}\" ({cell}): {value}",
    },
    "unit_conflict.help": {"zh": "按表头的单位（{header_unit}）填写数字，不写单位", "en": "write the number in {header_unit}"},
    "negative_amount": {"zh": "金额不能为负数：{value}（{cell}）", "en": "an amount cannot be negative: {value} ({cell})"},
    "max": {"zh": "{message}{who}（{cells}）", "en": "{message}{who} ({cells})"},
    "who": {"zh": "：本机关是{level}（依据{source}）", "en": ": the agency is a {level} (from {source})"},
}



class ValueLimit(Record):
    """A pack's plausibility limit on the cells of one row (``values:``), for reports whose title matches
    and whose agency is of the level named."""

    __slots__ = ("id", "table", "row", "columns", "max", "when_title", "when_agency", "severity", "message")

    def __init__(self, id: str, table: str, row: str, columns: tuple[str, ...], max: Decimal,
                 when_title: re.Pattern[str] | None, severity: Severity | None, message: str,
                 when_agency: str | None = None) -> None:
        self.id = id
        self.table = table
        self.row = row
        self.columns = columns
        self.max = max
        self.when_title = when_title
        self.when_agency = when_agency
        self.severity = severity
        self.message = message


class ValuesPart(Record):
    __slots__ = ("tables", "limits")

    def __init__(self, tables: list, limits: list[ValueLimit]) -> None:
        self.tables = tables
        self.limits = limits


def compile(raw: dict, pack) -> ValuesPart | None:
    limits = []
    for item in raw.get("values", []) or []:
        src, line = src_line(item)
        rid = item["id"]
        table = pack.table(item["table"])
        if table is None:
            raise ConfigError(f"未知的表格 id '{item['table']}'", src, line, f"values.{rid}.table")
        columns = tuple(item.get("columns") or ([item["column"]] if "column" in item else []))
        if not columns:
            raise ConfigError("应给出 column 或 columns", src, line, f"values.{rid}")
        for key, keys, axis in (("row", [item["row"]], table.rows), ("column" if "column" in item else "columns",
                                                                      columns, table.columns)):
            for k in keys:
                if k not in {s.key for s in axis}:
                    raise ConfigError(f"{key} 中的键 '{k}' 不在表格 {table.id} 中", *src_line(item, key),
                                      f"values.{rid}.{key}")
        limit = Decimal(str(item["max"]))
        if not limit.is_finite():
            raise ConfigError(f"max 应为有限的数，实际是 {item['max']!r}", *src_line(item, "max"), f"values.{rid}.max")
        when = compile_regex(item["when_title"], *src_line(item, "when_title"), f"values.{rid}.when_title") \
            if item.get("when_title") else None
        severity = item.get("severity", "warning")
        limits.append(ValueLimit(rid, table.id, item["row"], columns, limit, when,
                                 None if severity == "off" else Severity(severity), item.get("message", rid),
                                 item.get("when_agency")))
    if not pack.tables and not limits:
        return None
    return ValuesPart(pack.tables, limits)


def run(ctx: KindContext, part: ValuesPart) -> Iterator[Diagnostic]:
    unplaced = _unplaced_rows(ctx)
    for spec in part.tables:
        bound = ctx.bound(spec.id)
        if bound is None:
            continue
        columns = [(col_key, c, col_type) for col_key, c in bound.cols.items()
                   if (col_type := spec.column_types.get(col_key, spec.cells)).type != "text"]
        grid = bound.table.grid()  # bound rows and columns are grid positions: no bounds check per cell
        blanks: list[Blank] = []
        for row_key, r in bound.rows.items():
            row = grid[r]
            for col_key, c, col_type in columns:
                cell = row[c]
                raw = cell.text if cell is not None else ""
                parsed = parse_cell(raw)
                if parsed.kind == CellKind.BLANK:
                    if col_type.required and (cell is None or (cell.location.table, cell.location.line) not in unplaced):
                        blanks.append(Blank(r, c, raw.strip(), row_key, col_key))
                    continue
                if parsed.kind == CellKind.NUMBER and not _may_fail(parsed, col_type):
                    continue  # the usual case, decided before building the labels and location of a finding
                d = _check_cell(ctx, bound, r, c, raw, parsed, col_type, spec, row_key, col_key)
                if d is not None:
                    yield d
        yield from _report_blanks(ctx, bound, spec, blanks)
    yield from _plausibility(ctx, part.limits)


class Blank(Record):
    """A required value cell left blank or holding a placeholder (grid row and column, what it holds)."""

    __slots__ = ("c", "col_key", "r", "raw", "row_key")

    def __init__(self, r: int, c: int, raw: str, row_key: str, col_key: str) -> None:
        self.r, self.c, self.raw, self.row_key, self.col_key = r, c, raw, row_key, col_key


def _unplaced_rows(ctx: KindContext) -> set[tuple[int | None, int | None]]:
    """(table, line) of the rows whose values the text reader could not place (RL309): their cells are
    empty because the values were not placed, not because the report left them blank — one root cause,
    one finding, and "write 0" would be wrong advice."""
    return {(d.location.table, d.location.line) for d in ctx.document.findings if d.code == "RL309"}


def _report_blanks(ctx: KindContext, bound, spec, blanks: list[Blank]) -> Iterator[Diagnostic]:
    """One RL501 per row with several blank cells, then one per column with several of the rest, then
    one per cell left: a table left blank instead of 0 is a handful of findings, each naming its cells."""
    groups: list[tuple[str, list[Blank]]] = []
    by_row: dict[int, list[Blank]] = {}
    for b in blanks:
        by_row.setdefault(b.r, []).append(b)
    rest = []
    for cells in by_row.values():
        if len(cells) >= 2:
            groups.append(("row", cells))
        else:
            rest += cells
    by_col: dict[int, list[Blank]] = {}
    for b in rest:
        by_col.setdefault(b.c, []).append(b)
    groups += [("column" if len(cells) >= 2 else "cell", cells) for cells in by_col.values()]
    # In the table's order, not the binding's (a column bound by a truncated header comes last there).
    groups = [(axis, sorted(cells, key=lambda b: (b.r, b.c))) for axis, cells in groups]
    groups.sort(key=lambda g: (g[1][0].r, g[1][0].c))
    view, table_id = bound.view, spec.id
    for axis, cells in groups:
        first = cells[0]
        refs = [cell_ref(bound, b.r, b.c, bound.table.at(b.r, b.c)) for b in cells]
        loc = cell_location(bound, first.r, first.c)
        if axis == "cell":
            cell_label = view.cell_label(first.r, first.c)
            text = (ctx.msg("blank", cell=cell_label) if not first.raw
                    else ctx.msg("placeholder", value=first.raw, cell=cell_label))
            d = ctx.report("values.blank", text, loc, cells=refs, key=(table_id, first.row_key, first.col_key),
                           expected="0", actual=first.raw or None)
        else:
            label = (view.row_label(first.r) if axis == "row" else view.col_label(first.c)) or spec.title
            names = _short([view.col_paths.get(b.c, []) if axis == "row" else view.row_paths.get(b.r, []) for b in cells])
            names = [_with_placeholder(name, b.raw) for name, b in zip(names, cells, strict=True)]
            d = ctx.report("values.blank", ctx.msg(f"blank_{axis}", label=label, n=len(cells), cells="、".join(names)),
                           loc, cells=refs, expected="0",
                           key=(table_id, axis, first.row_key if axis == "row" else first.col_key))
        if d:
            yield d


def _short(paths: list[list[str]]) -> list[str]:
    """Label paths by their last part (商业企业, not 申请人情况/法人或其他组织/商业企业) when that tells them apart
    (a part is a label as printed: 本年增/减 is one)."""
    lasts = [p[-1] if p else "" for p in paths]
    return lasts if len(set(lasts)) == len(lasts) else ["/".join(p) for p in paths]


def _with_placeholder(label: str, raw: str) -> str:
    return f"{label}（“{raw}”）" if raw else label


def _row_labels(spec) -> frozenset[str]:
    return frozenset(seg.text for row in spec.rows for alt in row.alternatives for seg in alt if seg.regex is None)


def _check_cell(ctx, bound, r, c, raw, parsed, col_type, spec, row_key, col_key):
    """The finding on a cell that is not blank and may break a rule (``parsed``: ``parse_cell(raw)``)."""
    table_id = spec.id
    cell_label = bound.view.cell_label(r, c)
    loc = cell_location(bound, r, c)
    refs = [cell_ref(bound, r, c, bound.table.at(r, c))]
    key = (table_id, row_key, col_key)
    if parsed.kind == CellKind.TEXT and normalize_label(raw) in _row_labels(spec):
        # A row label in a value column: the row is shifted (a merged label cell the text wrote once),
        # a layout the reader could not undo, not text the clerk typed.
        return ctx.report("values.not-number", ctx.msg("shifted", value=raw.strip(), cell=cell_label), loc,
                          cells=refs, key=key, at_most=Severity.WARNING, actual=raw.strip())
    if parsed.kind == CellKind.TEXT and _lost_character(raw):
        # "? 0": a character the copy could not encode (a mirror writes "?"), not a sign the clerk typed.
        return ctx.report("values.not-number", ctx.msg("lost", value=raw.strip(), cell=cell_label), loc,
                          cells=refs, key=key, at_most=Severity.WARNING, actual=raw.strip())
    if parsed.kind == CellKind.TEXT:
        suggestion = suggest_number(raw)
        return ctx.report("values.not-number", ctx.msg("text", value=raw.strip(), cell=cell_label), loc,
                              cells=refs, key=key,
                              help=ctx.msg("text.help", suggestion=suggestion) if suggestion else None,
                              expected=suggestion, actual=raw.strip())
    value = parsed.value
    assert value is not None
    shown = raw.strip()
    if col_type.type in ("count", "amount") and value < 0:
        msg_key = "negative" if col_type.type == "count" else "negative_amount"
        return ctx.report("values.negative", ctx.msg(msg_key, value=shown, cell=cell_label), loc, cells=refs,
                              key=key, actual=format_decimal(value))
    if col_type.type in ("count", "signed") and value != value.to_integral_value():
        return ctx.report("values.not-integer", ctx.msg("fraction", value=shown, cell=cell_label), loc,
                              cells=refs, key=key, actual=format_decimal(value))
    header_unit = unit_of_header(bound.view.col_label(c)) if col_type.type == "amount" else None
    if col_type.type == "amount" and parsed.unit in _AMOUNT_UNITS and header_unit and parsed.unit != header_unit:
        return ctx.report("values.unit-conflict", ctx.msg("unit_conflict", cell_unit=parsed.unit, header_unit=header_unit,
                                                          cell=cell_label, value=shown), loc, cells=refs, key=key,
                          help=ctx.msg("unit_conflict.help", header_unit=header_unit), expected=header_unit,
                          actual=parsed.unit)
    if col_type.type == "amount" and col_type.unit_required and parsed.unit is None and header_unit is None \
            and value != 0:  # 0 元 is 0 万元: the unit matters only for an amount that is not 0
        return ctx.report("values.unit", ctx.msg("unit", value=shown, cell=cell_label), loc,
                              cells=refs, key=key, help=ctx.msg("unit.help", value=shown))
    return None


_LOST = LazyRegex(r"^[?？\ufffd]+\s*[-+]?\d")


def _lost_character(raw: str) -> bool:
    """A number after question marks ("? 0"): what a copy writes for a character it could not encode."""
    return bool(_LOST.match(raw.strip())) and is_malformed_number(raw)


def _may_fail(parsed, col_type) -> bool:
    """Whether a number can break one of the rules below (a cheap superset of their conditions)."""
    value = parsed.value
    if value is None:
        return True
    if col_type.type in ("count", "amount") and value < 0:
        return True
    if col_type.type in ("count", "signed") and parsed.decimals and value != value.to_integral_value():
        return True  # written without a point (decimals 0, parse_cell's reading): a whole number
    return col_type.type == "amount" and (parsed.unit is not None or (col_type.unit_required and value != 0))


def _plausibility(ctx: KindContext, limits: list[ValueLimit]) -> Iterator[Diagnostic]:
    title = normalize(ctx.title or "")
    for rule in limits:
        if rule.severity is None or (rule.when_title is not None and not rule.when_title.search(title)):
            continue
        who = ""
        if rule.when_agency is not None:
            level = ctx.identity.level if ctx.identity is not None else None
            if level is None or level.value.may_make_regulations is not False:
                continue
            who = ctx.msg("who", level=describe(level.value), source=level.source)
        bound = ctx.bound(rule.table)
        if bound is None or (r := bound.rows.get(rule.row)) is None:
            continue
        over = []
        for column in rule.columns:
            c = bound.cols.get(column)
            cell = bound.table.at(r, c) if c is not None else None
            parsed = parse_cell(cell.text if cell else "")
            if c is not None and parsed.value is not None and parsed.value > rule.max:
                over.append((c, cell))
        if not over:
            continue
        cells = "，".join(f"{bound.view.cell_label(r, c)} = {cell.text.strip()}" for c, cell in over)
        d = ctx.report(rule.id, ctx.msg("max", message=rule.message, who=who, cells=cells),
                       cell_location(bound, r, over[0][0]), code="RL506", default=rule.severity,
                       cells=[cell_ref(bound, r, c, cell) for c, cell in over], key=(rule.table, rule.row))
        if d:
            yield d
