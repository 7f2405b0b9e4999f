"""crossdoc: reports of one agency for consecutive years agree with each other (RL9xx).

Runs after every file of a run has been checked.  Reports are paired when their titles name the same
agency (the title without its year and without "政府信息公开工作年度报告"; "洪泽区人民政府" and
"淮安市洪泽区人民政府" are the same agency) and their years are N and N+1; ``--previous FILE`` pairs
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
as the per-file checks bind them (``CheckContext.bound``), once per document.

Failing example (2024 report, column 自然人)::

    RL901 上年结转与上年报告不一致（自然人）：本报告“二、上年结转政府信息公开申请数量/…/自然人”为 3，
          上年报告 2023.md 中“四、结转下年度继续办理/…/自然人”为 0

Passing example: the 2023 report carries 0 forward in every column and the 2024 report's 上年结转
row is 0 in every column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from ..analysis.expr import ExpressionError, Identity, evaluate, holds, parse_identity
from ..model.diagnostics import CellRef, ConfigError, Diagnostic, FileResult, Severity, Status
from ..model.document import Location
from ..model.records import Record
from ..packs.compiler import Pack, RuleInfo
from ..text.normalize import CellKind, format_decimal, normalize

KIND = "crossdoc"
PREV = "prev__"  # ``prev.KEY`` in a pack expression becomes ``prev__KEY`` before parsing
_PREV_REF = re.compile(r"\bprev\.([A-Za-z_]\w*)")

# Engine rules of this kind: (id, code, default severity, summary).
ENGINE_RULES = [
    ("crossdoc.unverifiable", "RL903", Severity.WARNING,
     "a cross-year identity cannot be checked: a table, row or cell is missing or blank"),
    ("crossdoc.previous-year", "RL904", Severity.WARNING,
     "the report given with --previous is not of the year before"),
]

MESSAGES: dict[str, dict[str, str]] = {
    "unverifiable": {
        "zh": "无法与上年报告 {previous_file} 核对“{title}”（{along}）：{reason}",
        "en": "cannot check \"{title}\" ({along}) against last year's report {previous_file}: {reason}",
    },
    "no_table": {"zh": "{which}中未找到“{table}”表格", "en": "table \"{table}\" not found in {which}"},
    "no_key": {"zh": "{which}中未找到“{label}”", "en": "\"{label}\" not found in {which}"},
    "blank": {"zh": "{which}中“{cell}”为空", "en": "cell \"{cell}\" is blank in {which}"},
    "unreadable": {"zh": "{which}中“{cell}”不是数字（“{value}”）",
                   "en": "cell \"{cell}\" is not a number in {which} (\"{value}\")"},
    "this": {"zh": "本报告", "en": "this report"},
    "previous": {"zh": "上年报告", "en": "last year's report"},
    "previous_year": {
        "zh": ("--previous 指定的 {previous_file} 是 {previous_year} 年度报告，本报告是 {year} 年度报告，"
               "应为上一年度（{expected} 年度）的报告；未做跨年度核对"),
        "en": ("--previous {previous_file} is the {previous_year} report, this is the {year} report; "
               "it should be the {expected} report; no cross-year checks were made"),
    },
    "default": {
        "zh": "与上年报告 {previous_file} 不一致（{title}，{along}）：本报告{current_cells}；上年报告{previous_cells}；"
              "{lhs_full}，{rhs_full}",
        "en": "disagrees with last year's report {previous_file} ({title}, {along}): this report {current_cells}; "
              "last year's {previous_cells}; {lhs_full}, {rhs_full}",
    },
    "cell": {"zh": "“{label}”为 {value}", "en": "\"{label}\" is {value}"},
    "prev_name": {"zh": "上年{name}", "en": "last year's {name}"},
}


def _msg(lang: str, key: str, **values: object) -> str:
    entry = MESSAGES[key]
    return entry.get(lang, entry["zh"]).format(**values)


# ---------------------------------------------------------------------------------------------
# Rules from the pack


class CrossRule(Record):
    __slots__ = ("id", "table", "previous_table", "for_each", "over", "identity", "forms", "severity", "title", "message", "help",
                 "doc")

    def __init__(self, id: str, table: str, previous_table: str, for_each: str, over: list[str] | None, identity: Identity,
                 forms: list[str], severity: Severity | None, title: str, message: str | None, help: str | None,
                 doc: str | None) -> None:
        self.id = id
        self.table = table
        self.previous_table = previous_table
        self.for_each = for_each
        self.over = over
        self.identity = identity
        self.forms = forms
        self.severity = severity
        self.title = title
        self.message = message
        self.help = help
        self.doc = doc


def compile_rules(pack: Pack) -> list[CrossRule]:
    """The pack's ``crossdoc:`` rules, checked against its tables (ConfigError naming file and line)."""
    out = []
    for raw in pack.crossdoc:
        src = getattr(raw, "src", pack.path)
        line_of = getattr(raw, "line_of", None) or (lambda _key, node=raw: getattr(node, "line", 0))
        rid = raw["id"]
        table = pack.table(raw["table"])
        if table is None:
            raise ConfigError(f"未知的表格 id '{raw['table']}'", src, line_of("table"), f"crossdoc.{rid}.table")
        previous_id = raw.get("previous_table", table.id)
        previous = pack.table(previous_id)
        if previous is None:
            raise ConfigError(f"未知的表格 id '{previous_id}'", src, line_of("previous_table"),
                              f"crossdoc.{rid}.previous_table")
        for_each = raw.get("for_each", "column")
        operands = (lambda t: [r.key for r in t.rows]) if for_each == "column" else (lambda t: [c.key for c in t.columns])
        keys = operands(table) + [PREV + k for k in operands(previous)]
        try:
            identity = parse_identity(_PREV_REF.sub(PREV + r"\1", raw["assert"]), keys)
        except ExpressionError as exc:
            raise ConfigError(str(exc).replace(PREV, "prev."), src, line_of("assert"), f"crossdoc.{rid}.assert") from None
        axis = [c.key for c in table.columns] if for_each == "column" else [r.key for r in table.rows]
        for key in raw.get("over", []) or []:
            if key not in axis:
                raise ConfigError(f"over 中的键 '{key}' 不在表格 {table.id} 中", src, line_of("over"), f"crossdoc.{rid}.over")
        severity = raw.get("severity")
        out.append(CrossRule(
            id=rid, table=table.id, previous_table=previous_id, for_each=for_each, over=raw.get("over"),
            identity=identity, forms=[str(f) for f in raw.get("forms", []) or []],
            severity=None if severity in (None, "off") else Severity(severity),
            title=raw.get("title", rid), message=raw.get("message"), help=raw.get("help"), doc=raw.get("doc")))
    return out


def pack_rules(pack: Pack) -> list[RuleInfo]:
    """The crossdoc rules ``reportlint rules`` lists: the pack's identities (RL901/RL902) and the engine's."""
    rules = compile_rules(pack)
    out: list[RuleInfo] = []
    for rule in rules:
        severity = pack.severity_of(rule.id, rule.severity or Severity.ERROR)
        if severity is None:
            continue
        code = "RL901" if severity == Severity.ERROR else "RL902"
        doc = rule.doc or f"{rule.title}\n\n    {rule.identity.source}   (for_each: {rule.for_each})"
        out.append(RuleInfo(rule.id, code, KIND, severity, rule.title, doc + "\n\n" + (__doc__ or ""),
                            f"pack {pack.id}"))
    if rules:
        for rid, code, default, summary in ENGINE_RULES:
            severity = pack.severity_of(rid, default)
            if severity is not None:
                out.append(RuleInfo(rid, code, KIND, severity, summary, __doc__ or "", "engine"))
    return out


# ---------------------------------------------------------------------------------------------
# Pairing


_YEAR = re.compile(r"(?:19|20)\d{2}年度?|[〇零一二三四五六七八九]{4}年度?")
_REPORT = re.compile(r"政府信息公开(?:工作)?(?:年度)?报告$")
_DIVISION = re.compile(r"(?:省|市|自治区|自治州|州|地区|盟|县|区|旗)$")


def agency_of(title: str | None) -> str | None:
    """The agency a title names: "淮安市洪泽区人民政府2024年政府信息公开工作年度报告" → "淮安市洪泽区人民政府"."""
    if not title:
        return None
    text = normalize(title)
    text = re.sub(r"[《》\"'「」『』]", "", text)
    text = _YEAR.sub("", text)
    text = _REPORT.sub("", text)
    text = re.sub(r"^关于", "", text)
    text = re.sub(r"的$", "", text)
    return text or None


def same_agency(a: str | None, b: str | None) -> bool:
    """Equal, or one is the other with the higher divisions in front ("淮安市" + "洪泽区人民政府")."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.endswith(short) and bool(_DIVISION.search(long[: -len(short)]))


def pairs(results: list[FileResult], previous: list[FileResult] | None = None) -> list[tuple[FileResult, FileResult]]:
    """(later, earlier) pairs: explicit ones for ``--previous``, otherwise same agency, years N+1 and N."""
    checked = [r for r in results if r.context is not None and r.report_year is not None]
    out: list[tuple[FileResult, FileResult]] = []
    explicit_years = {p.report_year for p in previous or [] if p.context is not None}
    for later in checked:
        if later.report_year - 1 in explicit_years:
            out += [(later, p) for p in previous or [] if p.context is not None and p.report_year == later.report_year - 1]
            continue
        agency = agency_of(later.context.title)
        for earlier in checked:
            if earlier is not later and earlier.report_year == later.report_year - 1 and same_agency(
                    agency, agency_of(earlier.context.title)):
                out.append((later, earlier))
    return out


# ---------------------------------------------------------------------------------------------
# Running


def run(results: list[FileResult], previous: list[FileResult] | None = None) -> None:
    """Check every pair and add the findings to the later year's FileResult (sorted in place)."""
    found = pairs(results, previous)
    for later, earlier in found:
        later.diagnostics.extend(check_pair(later, earlier))
    used = {id(earlier) for _, earlier in found}
    for prev in previous or []:
        if prev.context is None or id(prev) in used:
            continue
        for result in results:  # last year's report given, but no file of the run is of the year after it
            if result.context is None or result.report_year is None or result is prev:
                continue
            severity = result.context.pack.severity_of("crossdoc.previous-year", Severity.WARNING)
            if severity is None:
                continue
            fields = {"previous_file": prev.path, "previous_year": prev.report_year,
                      "year": result.report_year, "expected": result.report_year - 1}
            result.diagnostics.append(Diagnostic(
                code="RL904", rule="crossdoc.previous-year", check=KIND, severity=severity,
                message=_msg(result.context.lang, "previous_year", **fields), location=_first_location(result),
                related=[prev.path], key=(str(prev.report_year),)))
    for result in results:
        result.diagnostics.sort(key=Diagnostic.sort_key)


def _first_location(result: FileResult) -> Location:
    doc = result.document
    return doc.blocks[0].location if doc is not None and doc.blocks else Location()


def _form(ctx) -> str | None:
    from .version import detect_form

    if not ctx.pack.version:
        return None
    found, _ = detect_form(ctx)
    return None if found is None else str(found["id"])


def check_pair(later: FileResult, earlier: FileResult) -> list[Diagnostic]:
    ctx, prev_ctx = later.context, earlier.context
    out: list[Diagnostic] = []
    for rule in compile_rules(ctx.pack):
        if rule.forms and (_form(ctx) not in rule.forms or _form(prev_ctx) not in rule.forms):
            continue
        out.extend(_check_rule(rule, later, earlier))
    return out


class _Side(Record):
    """One report's table in a pair: the bound table and how its cells are named."""

    __slots__ = ("which", "bound", "operands", "axis")

    def __init__(self, which: str, bound: object, operands: dict[str, int], axis: dict[str, int]) -> None:
        self.which = which  # 本报告 | 上年报告
        self.bound = bound  # BoundTable | None
        self.operands = operands
        self.axis = axis


def _check_rule(rule: CrossRule, later: FileResult, earlier: FileResult) -> Iterable[Diagnostic]:
    from . import cell_location, cell_ref
    from .arithmetic import _display, cell_number

    ctx, prev_ctx = later.context, earlier.context
    lang = ctx.lang
    severity = ctx.pack.severity_of(rule.id, rule.severity or Severity.ERROR)
    if severity is None:
        return
    code = "RL901" if severity == Severity.ERROR else "RL902"
    by_column = rule.for_each == "column"
    this_spec, prev_spec = ctx.pack.table(rule.table), prev_ctx.pack.table(rule.previous_table)
    cur_keys = [k for k in rule.identity.keys if not k.startswith(PREV)]
    prev_keys = [k[len(PREV):] for k in rule.identity.keys if k.startswith(PREV)]
    sides = {}
    for tag, c, spec, which in (("cur", ctx, this_spec, "this"), ("prev", prev_ctx, prev_spec, "previous")):
        bound = c.bound(spec.id) if spec is not None else None
        if bound is None:
            sides[tag] = _Side(_msg(lang, which), None, {}, {})
        else:
            sides[tag] = _Side(_msg(lang, which), bound, bound.rows if by_column else bound.cols,
                               bound.cols if by_column else bound.rows)
    cur, prev = sides["cur"], sides["prev"]
    if prev_spec is not None and any(k not in {s.key for s in (prev_spec.rows if by_column else prev_spec.columns)}
                                     for k in prev_keys):
        return  # last year's pack has no such row or column (another form): the rule does not apply
    base = {"title": rule.title, "previous_file": earlier.path, "file": later.path,
            "year": later.report_year, "previous_year": earlier.report_year}

    def unverifiable(reason: str, along: str, location: Location, cells=(), key=()) -> Diagnostic | None:
        sev = ctx.pack.severity_of("crossdoc.unverifiable", Severity.WARNING)
        if sev is None:
            return None
        return Diagnostic(code="RL903", rule=rule.id, check=KIND, severity=sev,
                          message=_msg(lang, "unverifiable", along=along, reason=reason, **base),
                          location=location, status=Status.UNVERIFIABLE, cells=list(cells), related=[earlier.path],
                          key=(earlier.path, *key))

    for side, spec, tag in ((cur, this_spec, rule.table), (prev, prev_spec, rule.previous_table)):
        if side.bound is None:
            title = spec.title if spec is not None else tag
            d = unverifiable(_msg(lang, "no_table", which=side.which, table=title), title, _first_location(later))
            if d:
                yield d
            return
    operand_specs = {s.key: s for s in (this_spec.rows if by_column else this_spec.columns)}
    prev_operand_specs = {s.key: s for s in (prev_spec.rows if by_column else prev_spec.columns)}
    axis_specs = {s.key: s for s in (this_spec.columns if by_column else this_spec.rows)}
    missing = [(cur, operand_specs[k]) for k in cur_keys if k not in cur.operands]
    missing += [(prev, prev_operand_specs[k]) for k in prev_keys if k not in prev.operands]
    if missing:
        reason = "；".join(_msg(lang, "no_key", which=s.which, label=spec.label) for s, spec in missing)
        d = unverifiable(reason, this_spec.title, cur.bound.table.location, key=tuple(spec.key for _, spec in missing))
        if d:
            yield d
        return
    names = {k: s.name for k, s in operand_specs.items()}
    names.update({PREV + k: _msg(lang, "prev_name", name=s.name) for k, s in prev_operand_specs.items()})
    tolerance = Decimal(0)
    for axis_key in rule.over or list(axis_specs):
        if axis_key not in cur.axis or axis_key not in prev.axis:
            continue
        along = axis_specs[axis_key].name
        values: dict[str, Decimal] = {}
        refs: dict[str, list[CellRef]] = {"cur": [], "prev": []}
        shown: dict[str, list[str]] = {"cur": [], "prev": []}
        problems: list[str] = []
        for key in rule.identity.keys:
            is_prev = key.startswith(PREV)
            side, tag = (prev, "prev") if is_prev else (cur, "cur")
            op = key[len(PREV):] if is_prev else key
            bound = side.bound
            r, c = (side.operands[op], side.axis[axis_key]) if by_column else (side.axis[axis_key], side.operands[op])
            cell = bound.table.at(r, c)
            refs[tag].append(cell_ref(bound, r, c, cell))
            col_type = bound.spec.column_types.get(axis_key if by_column else op, bound.spec.cells)
            kind, value = cell_number(cell.text if cell else "", col_type)
            label = bound.view.cell_label(r, c)
            if value is None:
                problems.append(_msg(lang, "unreadable" if kind == CellKind.TEXT else "blank", which=side.which,
                                     cell=label, value=cell.text if cell else ""))
                continue
            values[key] = value
            shown[tag].append(_msg(lang, "cell", label=label, value=format_decimal(value)))
        target = cur_keys[0] if cur_keys else None
        if target is not None:
            tr, tc = (cur.operands[target], cur.axis[axis_key]) if by_column else (cur.axis[axis_key], cur.operands[target])
            location = cell_location(cur.bound, tr, tc)
        else:
            location = cur.bound.table.location
        cells = refs["cur"] + refs["prev"]
        if problems:
            d = unverifiable("；".join(problems), along, location, cells, (axis_key,))
            if d:
                yield d
            continue
        lhs = evaluate(rule.identity.lhs, values, rule.identity.lhs_abs)
        rhs = evaluate(rule.identity.rhs, values, rule.identity.rhs_abs)
        if holds(rule.identity.op, lhs, rhs, tolerance):
            continue
        fields = {**base, "along": along,
                  "current_cells": "、".join(shown["cur"]), "previous_cells": "、".join(shown["prev"]),
                  "lhs_expr": _display(rule.identity.lhs, names, None), "lhs_values": _display(rule.identity.lhs, names, values),
                  "lhs": format_decimal(lhs), "rhs_expr": _display(rule.identity.rhs, names, None),
                  "rhs_values": _display(rule.identity.rhs, names, values), "rhs": format_decimal(rhs),
                  "diff": format_decimal(abs(lhs - rhs))}
        for part in ("lhs", "rhs"):
            items = [fields[f"{part}_expr"], fields[f"{part}_values"], fields[part]]
            if items[1] == items[2]:
                items.pop(1)
            fields[f"{part}_full"] = " = ".join(items)
        text = (rule.message or _msg(lang, "default", **fields)).format(**fields)
        yield Diagnostic(code=code, rule=rule.id, check=KIND, severity=severity, message=text, location=location,
                         expected=format_decimal(rhs), actual=format_decimal(lhs), cells=cells,
                         help=rule.help.format(**fields) if rule.help else None, related=[earlier.path],
                         key=(Path(earlier.path).name, axis_key))




# ---------------------------------------------------------------------------------------------
# In a run of the CLI


def ensure_context(result: FileResult, today=None):
    """The result's CheckContext; a result that came back from a worker process (``--jobs``) has
    none, so the file is read and checked again here (its findings are not replaced)."""
    if result.context is not None or result.pack is None:
        return result.context
    from datetime import date

    from .. import readers
    from ..app.engine import RunOptions, check_document
    from ..model.diagnostics import InputError
    from ..packs.compiler import resolve_pack_ref

    try:
        doc = readers.read(result.path)
    except InputError:
        return None
    doc.path = result.path
    ref = result.pack if resolve_pack_ref(result.pack) is not None else None
    again = check_document(doc, RunOptions(pack=ref, today=today or date.today()))
    result.context = again.context
    if result.document is None or not result.document.blocks:
        result.document = doc
    return result.context


def _title_of(result: FileResult) -> tuple[bool, str | None]:
    """(known, title): the title the checks found, from the context or the light document a
    worker sends back (whose title is the context's)."""
    if result.context is not None:
        return True, result.context.title
    if result.document is not None:
        return True, result.document.title
    return False, None


def _may_pair(result: FileResult, others: list[FileResult]) -> bool:
    """Whether ``pairs`` could pair this result with another (same agency, adjacent years);
    True whenever a title is unknown."""
    known, title = _title_of(result)
    if not known:
        return True
    agency = agency_of(title)
    for other in others:
        if other is result or other.report_year is None or abs(other.report_year - result.report_year) != 1:
            continue
        other_known, other_title = _title_of(other)
        if not other_known or same_agency(agency, agency_of(other_title)):
            return True
    return False


def after_run(checked: list, previous_path: str | None, cli, today, baseline=None) -> bool:
    """Cross-year checks over the Checked files of a ``reportlint check`` run: findings pass through
    the same selection, severity and baseline as the per-file ones.  True when one fails the run."""
    from ..app import config
    from ..app.workflow import check_file

    results = [c.result for c in checked]
    years = {r.report_year for r in results if r.report_year is not None}
    previous: list[FileResult] = []
    if previous_path:
        prev = check_file(previous_path, cli, today)
        if prev is not None:
            previous.append(prev.result)
            years.add(prev.result.report_year)
    everyone = [*results, *previous]
    for r in everyone:
        if r.report_year is not None and (r.report_year - 1 in years or r.report_year + 1 in years):
            if r.context is None and r.pack is not None and not previous_path and not _may_pair(r, everyone):
                continue  # from a worker, and no file of the run can be its pair: no need to check it again
            ensure_context(r, today)
    before = {id(r): len(r.diagnostics) for r in results}
    run(results, previous)
    failed = False
    for c in checked:
        r = c.result
        if len(r.diagnostics) == before[id(r)]:
            continue
        old = [d for d in r.diagnostics if d.check != KIND]
        new = config.apply([d for d in r.diagnostics if d.check == KIND], c.settings)
        if baseline is not None and new:
            new = baseline.filter(r.replace(diagnostics=new)).diagnostics
        r.diagnostics = sorted(old + new, key=Diagnostic.sort_key)
        failed = failed or c.failed
    return failed
