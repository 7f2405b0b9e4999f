"""crossdoc: reports of one agency for consecutive years agree with each other (RL9xx).

Runs after every file of a run has been checked, over the files' facts (``model/facts.py``): while a
file is checked, :func:`facts` keeps the values of the cells these rules compare; the pairing is the
application's (``app/crossyear.py``).  Reports are paired when their titles name the same
agency (the title without its year and without "政府信息公开工作年度报告"; "洪泽区人民政府" and
"淮安市洪泽区人民政府" are the same agency, so are "高平市政府" and "高平市人民政府" — ``analysis.agency.body_key``)
and their years are N and N+1; ``--previous FILE`` pairs
the files of the run with last year's report explicitly, whatever the titles say.

The rules come from the later report's pack, under ``crossdoc:``.  Each is an identity between a table
of this year's report and the same table of last year's, broadcast over rows or columns like the
arithmetic identities; ``prev.KEY`` names last year's cell::

    crossdoc:
      - id: crossdoc.carry-over
        table: t3
        for_each: column
        assert: carried_over == prev.carry_forward      # 二、上年结转(N+1) = 四、结转下年度(N)

Findings are attached to the later year's file, name both files (the other one also in
``Diagnostic.related``) and list the cells of both reports.  The tables are found and bound exactly
as the per-file checks bind them (``CheckContext.bound``), once per document, when the file is checked.

Failing example (2024 report, column 自然人)::

    RL901 上年结转与上年报告不一致（自然人）：本报告“二、上年结转政府信息公开申请数量/…/自然人”为 3，
          上年报告 2023.md 中“四、结转下年度继续办理/…/自然人”为 0

Passing example: the 2023 report carries 0 forward in every column and the 2024 report's 上年结转
row is 0 in every column.

Many published pages stop before table 三 (a crawled excerpt) or leave its total blank, and say the same figures in
section 一's prose.  A rule's ``prose:`` names the operands a sentence may state (``carried_over: carried_in``,
``carry_forward: carried_out``) and ``prose_along:`` the cell it states (the total): where the table does not say that
cell, the file's facts keep the text's figure (``上年结转政府信息公开申请3件``, ``办结274件(含上年结转3件)``,
``另有2件结转至2024年办理``, ``无上年结转`` as 0), marked by its quote and the sentence's place, and the finding quotes it.
The table wins where it is read; a figure the text says twice with two values is not read.

Failing example (两江新区's 2023 and 2024 pages, both cut in section 一)::

    RL901 上年结转与上年报告不一致（总计）：本报告第 10 行文字“2024年,新区收到政府信息公开申请383件,办结367件(含2023年
          结转13件);”所述“上年结转政府信息公开申请数量”为 13，上年报告 2023.txt 中第 7 行文字“…申请278件,办结274件(含上年
          结转3件),结转下年度继续办理政府信息公开申请7件。”所述“结转下年度继续办理”为 7

Passing example: the 2023 page says ``结转下年度继续办理政府信息公开申请13件`` (or its table 三's 四、结转下年度 total is 13).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from ...analysis.expr import ExpressionError, weigh
from ...model.diagnostics import CellRef, ConfigError, Diagnostic, Severity, Status
from ...model.document import Location
from ...model.facts import CellFact, FileFacts, TableFacts
from ...model.records import Record
from ...packs.compile import src_line
from ...packs.expressions import parse_pack_identity
from ...packs.templates import check_template, fill
from ...text.normalize import CellKind, format_decimal
from ..base import RuleInfo, message_in
from ..identity import expected_actual, fields
from .defs import (
    ERROR_CODE,
    MESSAGE_FIELDS,
    MESSAGES,
    PREV,
    PREVIOUS_YEAR,
    RULES,
    SCHEMA,
    UNVERIFIABLE,
    WARNING_CODE,
    CrossRule,
)
from .filefacts import facts

KIND = "crossdoc"
PACK_KEYS = ("crossdoc",)
_PREV_REF = re.compile(r"\bprev\.([A-Za-z_]\w*)")

__all__ = ["KIND", "MESSAGES", "PACK_KEYS", "RULES", "SCHEMA", "check_pair", "compile", "facts", "pack_rules",
           "previous_year_finding"]


def _msg(lang: str, key: str, **values: object) -> str:
    return message_in(MESSAGES, lang, key, **values)


# ---------------------------------------------------------------------------------------------
# Rules from the pack


def compile(raw: dict, pack) -> list[CrossRule] | None:
    """The pack's ``crossdoc:`` rules, checked against its tables (ConfigError naming file and line)."""
    out = []
    for item in raw.get("crossdoc", []) or []:
        rid = item["id"]
        table = pack.table(item["table"])
        if table is None:
            raise ConfigError(f"未知的表格 id '{item['table']}'", *src_line(item, "table"), f"crossdoc.{rid}.table")
        previous_id = item.get("previous_table", table.id)
        previous = pack.table(previous_id)
        if previous is None:
            raise ConfigError(f"未知的表格 id '{previous_id}'", *src_line(item, "previous_table"),
                              f"crossdoc.{rid}.previous_table")
        for_each = item.get("for_each", "column")
        operands = (lambda t: [r.key for r in t.rows]) if for_each == "column" else (lambda t: [c.key for c in t.columns])
        keys = operands(table) + [PREV + k for k in operands(previous)]
        try:
            identity = parse_pack_identity(_PREV_REF.sub(PREV + r"\1", item["assert"]), keys)
        except ExpressionError as exc:
            raise ConfigError(str(exc).replace(PREV, "prev."), *src_line(item, "assert"), f"crossdoc.{rid}.assert") from None
        axis = [c.key for c in table.columns] if for_each == "column" else [r.key for r in table.rows]
        for key in item.get("over", []) or []:
            if key not in axis:
                raise ConfigError(f"over 中的键 '{key}' 不在表格 {table.id} 中", *src_line(item, "over"), f"crossdoc.{rid}.over")
        prose = item.get("prose") or {}
        operand_keys = {k for t in (table, previous) for k in operands(t)}
        for key in prose:
            if key not in operand_keys:
                raise ConfigError(f"prose 中的键 '{key}' 不在表格 {table.id} 中", *src_line(item, "prose"), f"crossdoc.{rid}.prose")
        if prose and item.get("prose_along") not in axis:
            raise ConfigError(f"prose_along 应为表格 {table.id} 的键", *src_line(item, "prose" if "prose_along" not in item
                                                                               else "prose_along"),
                              f"crossdoc.{rid}.prose_along")
        for name in ("message", "help"):
            if item.get(name):
                check_template(item[name], MESSAGE_FIELDS, *src_line(item, name), f"crossdoc.{rid}.{name}")
        severity = item.get("severity")
        out.append(CrossRule(
            id=rid, table=table.id, previous_table=previous_id, for_each=for_each, over=item.get("over"),
            identity=identity, forms=[str(f) for f in item.get("forms", []) or []],
            severity=None if severity in (None, "off") else Severity(severity),
            title=item.get("title", rid), message=item.get("message"), help=item.get("help"), doc=item.get("doc"),
            prose=dict(prose), prose_along=item.get("prose_along")))
    return out or None


def pack_rules(pack, rules: list[CrossRule]) -> list[RuleInfo]:
    """The pack's cross-year identities as ``reportlint rules`` lists them (RL901 / RL902)."""
    out: list[RuleInfo] = []
    for rule in rules:
        severity = pack.severity_of(rule.id, rule.severity or Severity.ERROR)
        if severity is None:
            continue
        code = ERROR_CODE if severity == Severity.ERROR else WARNING_CODE
        doc = rule.doc or f"{rule.title}\n\n    {rule.identity.source}   (for_each: {rule.for_each})"
        out.append(RuleInfo(rule.id, code, KIND, severity, rule.title, doc + "\n\n" + (__doc__ or ""), f"pack {pack.id}"))
    return out


# ---------------------------------------------------------------------------------------------
# After the run: a pair of files


def check_pair(later: FileFacts, earlier: FileFacts, later_pack, earlier_pack) -> list[Diagnostic]:
    """The findings of the later year's pack rules on a pair of files (added to the later file's)."""
    rules = later_pack.part(KIND) or []
    out: list[Diagnostic] = []
    for rule in rules:
        if rule.forms and (later.form not in rule.forms or earlier.form not in rule.forms):
            continue
        out.extend(_check_rule(rule, later, earlier, later_pack, earlier_pack))
    return out


def previous_year_finding(result: FileFacts, previous: FileFacts, pack) -> Diagnostic | None:
    """RL904: the report given with --previous is not of the year before ``result``'s."""
    severity = pack.severity_of(PREVIOUS_YEAR.id, PREVIOUS_YEAR.severity)
    if severity is None or result.report_year is None:
        return None
    values = {"previous_file": previous.path, "previous_year": previous.report_year, "year": result.report_year,
              "expected": result.report_year - 1}
    return Diagnostic(code=PREVIOUS_YEAR.code, rule=PREVIOUS_YEAR.id, check=KIND, severity=severity,
                      message=_msg(pack.language, "previous_year", **values), location=result.location,
                      related=[previous.path], key=(str(previous.report_year),))


class _Side(Record):
    """One report's table in a pair: its facts and which keys are operands and which the broadcast axis."""

    __slots__ = ("which", "table", "operands", "axis")

    def __init__(self, which: str, table: TableFacts | None, operands: tuple[str, ...], axis: tuple[str, ...]) -> None:
        self.which = which  # 本报告 | 上年报告
        self.table = table
        self.operands = operands
        self.axis = axis

    def cell(self, operand: str, axis_key: str, by_column: bool) -> CellFact | None:
        assert self.table is not None
        return self.table.cells.get((operand, axis_key) if by_column else (axis_key, operand))


def _side(which: str, facts: FileFacts, table_id: str, by_column: bool) -> _Side:
    table = facts.tables.get(table_id)
    if table is None:
        return _Side(which, None, (), ())
    return _Side(which, table, table.rows if by_column else table.cols, table.cols if by_column else table.rows)


def _where(location: Location, lang: str) -> str:
    """Where a sentence is, as a person finds it: its line (Markdown, text), paragraph (Word) or page (PDF)."""
    for field in ("line", "paragraph", "page"):
        n = getattr(location, field)
        if n is not None:
            return _msg(lang, field, n=n)
    return ""


def _check_rule(rule: CrossRule, later: FileFacts, earlier: FileFacts, later_pack, earlier_pack) -> Iterable[Diagnostic]:
    lang = later_pack.language
    severity = later_pack.severity_of(rule.id, rule.severity or Severity.ERROR)
    if severity is None:
        return
    code = ERROR_CODE if severity == Severity.ERROR else WARNING_CODE
    by_column = rule.for_each == "column"
    this_spec, prev_spec = later_pack.table(rule.table), earlier_pack.table(rule.previous_table)
    cur_keys, prev_keys = rule.current_keys, rule.previous_keys
    if prev_spec is not None and any(k not in {s.key for s in (prev_spec.rows if by_column else prev_spec.columns)}
                                     for k in prev_keys):
        return  # last year's pack has no such row or column (another form): the rule does not apply
    cur = _side(_msg(lang, "this"), later, rule.table, by_column)
    prev = _side(_msg(lang, "previous"), earlier, rule.previous_table, by_column)
    base = {"title": rule.title, "previous_file": earlier.path, "file": later.path,
            "year": later.report_year, "previous_year": earlier.report_year}

    def unverifiable(reason: str, along: str, location: Location, cells=(), key=()) -> Diagnostic | None:
        sev = later_pack.severity_of(UNVERIFIABLE.id, UNVERIFIABLE.severity)
        if sev is None:
            return None
        return Diagnostic(code=UNVERIFIABLE.code, rule=rule.id, check=KIND, severity=sev,
                          message=_msg(lang, "unverifiable", along=along, reason=reason, **base),
                          location=location, status=Status.UNVERIFIABLE, cells=list(cells), related=[earlier.path],
                          key=(earlier.path, *key))

    for side, spec, tag, keys in ((cur, this_spec, rule.table, cur_keys), (prev, prev_spec, rule.previous_table, prev_keys)):
        if side.table is None or spec is None or (side.table.from_text and any(k not in side.operands for k in keys)):
            title = spec.title if spec is not None else tag
            d = unverifiable(_msg(lang, "no_table", which=side.which, table=title), title, later.location)
            if d:
                yield d
            return
    assert this_spec is not None and prev_spec is not None and cur.table is not None
    operand_specs = {s.key: s for s in (this_spec.rows if by_column else this_spec.columns)}
    prev_operand_specs = {s.key: s for s in (prev_spec.rows if by_column else prev_spec.columns)}
    axis_specs = {s.key: s for s in (this_spec.columns if by_column else this_spec.rows)}
    missing = [(cur, operand_specs[k]) for k in cur_keys if k not in cur.operands]
    missing += [(prev, prev_operand_specs[k]) for k in prev_keys if k not in prev.operands]
    if missing:
        reason = "；".join(_msg(lang, "no_key", which=s.which, label=spec.label) for s, spec in missing)
        d = unverifiable(reason, this_spec.title, cur.table.location, key=tuple(spec.key for _, spec in missing))
        if d:
            yield d
        return
    names = {k: s.name for k, s in operand_specs.items()}
    names.update({PREV + k: _msg(lang, "prev_name", name=s.name) for k, s in prev_operand_specs.items()})
    target = cur_keys[0] if cur_keys else None
    for axis_key in rule.over or list(axis_specs):
        if axis_key not in cur.axis or axis_key not in prev.axis:
            continue
        along = axis_specs[axis_key].name
        values: dict[str, Decimal] = {}
        refs: dict[str, list[CellRef]] = {"cur": [], "prev": []}
        shown: dict[str, list[str]] = {"cur": [], "prev": []}
        problems: list[str] = []
        sides = {key: (prev, "prev") if key.startswith(PREV) else (cur, "cur") for key in rule.identity.keys}
        found = {key: side.cell(key.removeprefix(PREV), axis_key, by_column) for key, (side, _) in sides.items()}
        if any(cell is None for cell in found.values()):
            continue  # a row the text states for the total alone (facts() keeps every cell of a table's bound keys)
        for key, cell in found.items():
            assert cell is not None
            side, tag = sides[key]
            if cell.ref is None:  # stated by a sentence of the text: always a number
                shown[tag].append(_msg(lang, "prose_cell", where=_where(cell.location, lang), quote=cell.quote,
                                       label=cell.label, value=format_decimal(cell.value)))
                values[key] = cell.value
                continue
            refs[tag].append(cell.ref)
            if cell.value is None:
                problems.append(_msg(lang, "unreadable" if cell.kind == CellKind.TEXT else "blank", which=side.which,
                                     cell=cell.label, value=cell.ref.value))
                continue
            values[key] = cell.value
            shown[tag].append(_msg(lang, "cell", label=cell.label, value=format_decimal(cell.value)))
        target_cell = cur.cell(target, axis_key, by_column) if target is not None else None
        location = target_cell.location if target_cell is not None else cur.table.location
        cells = refs["cur"] + refs["prev"]
        if problems:
            d = unverifiable("；".join(problems), along, location, cells, (axis_key,))
            if d:
                yield d
            continue
        lhs, rhs, ok = weigh(rule.identity, values)
        if ok:
            continue
        values_shown = {**base, "along": along, "current_cells": "、".join(shown["cur"]),
                        "previous_cells": "、".join(shown["prev"]), **fields(rule.identity, names, values, lhs, rhs)}
        text = fill(rule.message, values_shown) if rule.message else _msg(lang, "default", **values_shown)
        expected, actual = expected_actual(rule.identity, target or rule.identity.keys[0], lhs, rhs)
        yield Diagnostic(code=code, rule=rule.id, check=KIND, severity=severity, message=text, location=location,
                         expected=expected, actual=actual, cells=cells,
                         help=fill(rule.help, values_shown) if rule.help else None, related=[earlier.path],
                         key=(Path(earlier.path).name, axis_key))
