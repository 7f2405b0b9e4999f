"""version: the tables are the form version that the report year requires.

The form is recognised from the section-二 column headers (2021: 本年制发件数 / 本年处理决定数量 /
本年收费金额; 2019: 本年新制作数量 / 上一年项目数量 / 采购项目数量), or, when no table of the section
shows one, from such labels standing as lines of their own (a web page that prints the tables a cell
per line).  Real 2023 reports still print the 2019 tables: that is an error.  Pack
``version.variants`` name structural leftovers of an older form (a 2021-form report with the 2019
single row for （六）其他处理), reported as warnings.

Failing example (a 2023 report)::

    | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
    → RL801 2023 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的

Passing example: ``| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |`` in a 2023 report.

One table from the older template in a report whose other tables are the right form is said for that table::

    | 信息内容 | 本年新 | 本年新 | 对外公开总数量 |      ← 第二十条第（一）项 of a 2021 report, (五)(六)(八) in the 2021 form
    → RL801 2021 年度报告应使用2021年版格式的表格，但“第二十条第（一）项（规章、行政规范性文件）”的表头是2019年版格式的
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis.cut import cut_section
from ..analysis.structure import match_sections
from ..model.diagnostics import ConfigError, Diagnostic, Severity
from ..model.document import Location, Paragraph
from ..model.records import FrozenRecord, Record, set_field
from ..packs.compile import src_line
from ..packs.regexes import compile_regex
from ..text.normalize import normalize
from .base import CheckContext, KindContext, RuleDef, cell_location, legacy_structure

KIND = "version"
PACK_KEYS = ("version",)
SCHEMA = {
    "properties": {"version": {"$ref": "#/$defs/version"}},
    "$defs": {
        "form": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "headers"],
            "properties": {
                "id": {"type": "string", "description": "Form id, referred to by version.expect."},
                "name": {"type": "string", "description": "Form name in messages."},
                "years": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "min": {"type": "integer", "description": "First report year."},
                        "max": {"type": "integer", "description": "Last report year."},
                    },
                    "description": "Report years that use this form.",
                },
                "headers": {"type": "array", "items": {"type": "string"}, "description": "Header labels that identify the form."},
                "rows": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    "description": "Per table id, the keys of the pack's rows this form prints, where it prints fewer "
                                   "(the 2021 form's 第二十条第（五）项 has no 其他对外管理服务事项): a table of this form in "
                                   "another form's year lacks only these rows (RL302); a table not named prints them all.",
                },
            },
        },
        "legacy": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "titles"],
            "properties": {
                "id": {"type": "string", "description": "Rule id of the finding (RL803)."},
                "name": {"type": "string", "description": "The older structure's name in messages."},
                "titles": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Regexes of section titles (normalised, without their number) that only the older "
                                   "structure has.",
                },
                "min_titles": {"type": "integer", "minimum": 1,
                               "description": "How many different ones of them make a report of that structure."},
            },
            "description": "A report written in the structure that came before the forms (RL803): said once, in "
                           "place of a finding per missing table, section and title.",
        },
        "version": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "forms": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/form"},
                    "description": "Form versions, each recognised by its header labels.",
                },
                "expect": {"type": "string", "description": "The form this pack's years should use."},
                "section": {"type": "string", "description": "Section whose tables show the form version."},
                "variants": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["id", "table"],
                        "properties": {
                            "id": {"type": "string", "description": "Rule id of the finding."},
                            "table": {"type": "string", "description": "Id of the table."},
                            "present": {
                                "type": "array",
                                "items": {"type": "string"},
                                "description": "Row/column keys that are all present.",
                            },
                            "absent": {
                                "type": "array",
                                "items": {"type": "string"},
                                "description": "Row/column keys none of which is present.",
                            },
                            "message": {"type": "string", "description": "The finding's message."},
                        },
                    },
                    "description": "Structural leftovers of an older form, reported as warnings (RL802).",
                },
                "legacy": {"$ref": "#/$defs/legacy"},
            },
            "description": "Form versions: which one the tables use, which one the report year needs (RL801).",
        },
    },
}

RULES = [
    RuleDef("version.form", "RL801", Severity.ERROR,
            {"en": "the tables are another form version than the year requires", "zh": "表格的格式版本与报告年度不符"}),
    RuleDef("version.variant", "RL802", Severity.WARNING,
            {"en": "a table keeps a structure of an older form", "zh": "表格保留了旧版格式的结构"}),
    RuleDef("version.legacy", "RL803", Severity.ERROR,
            {"en": "the report follows the structure before the forms", "zh": "报告沿用了2019年以前的年度报告结构"},
            """The report is written in the structure of the years before the forms (2008's 概述, 主动公开, 依申请公开,
收费及减免, 行政复议和行政诉讼 …; the pack's ``version.legacy``): at least two section titles only that
structure has, and none of the form's tables.  Said once, naming the old titles and what the form
needs; the findings it explains — each table not found (RL301), 一、总体情况 missing (RL201), each
title or number that differs (RL204, RL206), the topics of an old 概述 (RL205) — are not said again.

Failing example (a 2023 report)::

    一、主动公开政府信息情况 … 二、依申请公开政府信息情况 … 四、政府信息公开的收费及减免情况 …
    RL803 报告沿用了2019年以前的年度报告结构（“依申请公开政府信息情况”“政府信息公开的收费及减免情况”），
          不符合2021年版格式：缺少“一、总体情况”；没有格式规定的统计表格

Passing example: the form's six sections, 二 to 四 with their tables (a report that titles one
section the old way but prints the tables gets RL204 for that title only)."""),
]

MESSAGES = {
    "mismatch": {
        "zh": "{year} 年度报告应使用{expected}的表格，但第二部分的表头是{found}的",
        "en": "a {year} report uses the {expected} tables, but section 2 has the {found} headers",
    },
    "table": {
        "zh": "{year} 年度报告应使用{expected}的表格，但“{table}”的表头是{found}的",
        "en": "a {year} report uses the {expected} tables, but \"{table}\" has the {found} headers",
    },
    "legacy": {
        "zh": "报告沿用了{name}（{titles}），不符合{form}：{what}",
        "en": "the report follows {name} ({titles}), not the {form}: {what}",
    },
    "legacy.missing": {"zh": "缺少{titles}", "en": "{titles} missing"},
    "legacy.tables": {"zh": "没有格式规定的统计表格", "en": "none of the form's tables"},
    "legacy.help": {
        "zh": "应按{form}分{n}个部分编写（{sections}），第{numbers}部分填写格式规定的统计表格",
        "en": "write the {n} parts of the {form} ({sections}), with the form's tables in parts {numbers}",
    },
    "single_other": {
        "zh": "（六）其他处理只有一行：2021 年版格式应分为 3 个子项（逾期不补正、逾期不缴费、其他）",
        "en": "(六) 其他处理 is a single row: the 2021 form splits it into 3 rows",
    },
}



class Form(FrozenRecord):
    """A form version, recognised by the header labels only it has."""

    __slots__ = ("id", "name", "headers")

    def __init__(self, id: str, name: str, headers: tuple[str, ...]) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "headers", headers)  # normalised


class Variant(FrozenRecord):
    """A structure an older form had (rows present / absent in a table), reported as a warning."""

    __slots__ = ("id", "table", "present", "absent", "message")

    def __init__(self, id: str, table: str, present: tuple[str, ...], absent: tuple[str, ...], message: str | None) -> None:
        set_field(self, "id", id)
        set_field(self, "table", table)
        set_field(self, "present", present)
        set_field(self, "absent", absent)
        set_field(self, "message", message)


class Legacy(FrozenRecord):
    """The structure before the forms (2008's 概述 … 收费及减免), known by section titles only it has.

    ``checks.base.legacy_structure`` reads it (for every kind: the sections and tables kinds stay
    silent on what it explains) by these field names."""

    __slots__ = ("id", "name", "titles", "min_titles")

    def __init__(self, id: str, name: str, titles: tuple[re.Pattern[str], ...], min_titles: int) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "titles", titles)
        set_field(self, "min_titles", min_titles)


class VersionPart(Record):
    __slots__ = ("forms", "expect", "section", "variants", "legacy")

    def __init__(self, forms: list[Form], expect: Form | None, section: str | None, variants: list[Variant],
                 legacy: Legacy | None = None) -> None:
        self.forms = forms
        self.expect = expect
        self.section = section
        self.variants = variants
        self.legacy = legacy


def compile(raw: dict, pack) -> VersionPart | None:
    version = raw.get("version")
    if not version:
        return None
    forms = [Form(str(f["id"]), f.get("name", str(f["id"])), tuple(normalize(h) for h in f["headers"]))
             for f in version.get("forms", []) or []]
    by_id = {f.id: f for f in forms}
    for f in version.get("forms", []) or []:
        _check_rows(f, pack)
    expect = None
    if version.get("expect") is not None:
        expect = by_id.get(str(version["expect"]))
        if expect is None:
            raise ConfigError(f"未知的格式 id '{version['expect']}'", *src_line(version, "expect"), "version.expect")
    section = version.get("section")
    if section is not None and section not in {s.id for s in pack.sections}:
        raise ConfigError(f"未知的章节 id '{section}'", *src_line(version, "section"), "version.section")
    variants = []
    for item in version.get("variants", []) or []:
        table = pack.table(item["table"])
        if table is None:
            raise ConfigError(f"未知的表格 id '{item['table']}'", *src_line(item, "table"), f"version.variants.{item['id']}.table")
        keys = {s.key for s in (*table.rows, *table.columns)}
        for field in ("present", "absent"):
            unknown = [k for k in item.get(field, []) or [] if k not in keys]
            if unknown:
                raise ConfigError(f"{field} 中的键 '{unknown[0]}' 不在表格 {table.id} 中", *src_line(item, field),
                                  f"version.variants.{item['id']}.{field}")
        variants.append(Variant(item["id"], table.id, tuple(item.get("present", []) or []),
                                tuple(item.get("absent", []) or []), item.get("message")))
    return VersionPart(forms, expect, section, variants, _legacy(version.get("legacy")))


def _check_rows(form: dict, pack) -> None:
    """A form's ``rows`` name tables of the pack and rows of those tables (read by ``checks.base.another_form``)."""
    for table_id, keys in (form.get("rows") or {}).items():
        where = f"version.forms.{form['id']}.rows.{table_id}"
        table = pack.table(table_id)
        if table is None:
            raise ConfigError(f"未知的表格 id '{table_id}'", *src_line(form, "rows"), where)
        unknown = [k for k in keys if k not in {s.key for s in table.rows}]
        if unknown:
            raise ConfigError(f"rows 中的键 '{unknown[0]}' 不在表格 {table_id} 的行中", *src_line(form, "rows"), where)


def _legacy(raw: dict | None) -> Legacy | None:
    if not raw:
        return None
    titles = tuple(compile_regex(normalize(t), *src_line(raw, "titles"), f"version.legacy.titles[{i}]")
                   for i, t in enumerate(raw["titles"]))
    return Legacy(str(raw["id"]), raw.get("name", str(raw["id"])), titles, int(raw.get("min_titles", 2)))


MIN_LINE_HEADERS = 2  # header labels standing as lines of their own that tell a form without a table


def detect_form(ctx: CheckContext | KindContext, part: VersionPart) -> tuple[Form | None, Location | None]:
    """The pack form whose header labels occur most in the section's tables, and where.  When no
    table shows one (a web page that prints the tables a cell per line, often with no values: no
    reader can put them back together), the labels that stand as lines of their own in the section
    tell the form instead — at least two of one form's, so that a stray line decides nothing."""
    tables = ctx.section_tables(part.section) or ctx.document.tables
    text = normalize("".join(c.text for t in tables for c in t.cells))
    best = _best_form(part.forms, lambda header: header in text)
    if best is not None:
        return best, tables[0].location if tables else None
    return _form_from_lines(ctx, part)


def _best_form(forms: list[Form], present, minimum: int = 1) -> Form | None:
    best, best_score = None, minimum - 1
    for form in forms:
        score = sum(1 for h in form.headers if present(h))
        if score > best_score:
            best, best_score = form, score
    return best


def _form_from_lines(ctx: CheckContext | KindContext, part: VersionPart) -> tuple[Form | None, Location | None]:
    """The form whose header labels are lines of their own (a paragraph, or a ``|``-separated field of
    one) in the section, with the first such line."""
    blocks = ctx.section_blocks(part.section) or ctx.document.blocks
    headers = {h for form in part.forms for h in form.headers}
    first: dict[str, int] = {}  # each header label found, with the index of its first block
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            for field in block.text.split("|"):
                label = normalize(field)
                if label in headers:
                    first.setdefault(label, index)
    best = _best_form(part.forms, lambda header: header in first, MIN_LINE_HEADERS)
    if best is None:
        return None, None
    return best, blocks[min(first[h] for h in best.headers if h in first)].location


def facts(ctx: CheckContext, part: VersionPart) -> dict[str, str]:
    """The form version the file's tables are in, for ``--summary`` and the cross-year rules' ``forms``."""
    found, _ = detect_form(ctx, part)
    return {} if found is None else {"form": found.id, "form_name": found.name}


def run(ctx: KindContext, part: VersionPart) -> Iterator[Diagnostic]:
    expected = part.expect
    found, location = detect_form(ctx, part)
    if expected is not None and found is not None and found.id != expected.id and location is not None:
        d = ctx.report("version.form", ctx.msg("mismatch", year=ctx.report_year or "", expected=expected.name,
                                               found=found.name),
                       location, expected=expected.id, actual=found.id)
        if d:
            yield d
    if expected is not None and found is not None and found.id == expected.id:
        yield from _tables_of_another_form(ctx, part, expected)
    yield from _legacy_finding(ctx, part)
    for variant in part.variants:
        bound = ctx.bound(variant.table)
        if bound is None:
            continue
        present = {**bound.rows, **bound.cols}
        if all(k in present for k in variant.present) and not any(k in present for k in variant.absent):
            row = bound.rows.get(variant.present[0]) if variant.present else None
            loc = bound.table.location
            if row is not None:
                loc = cell_location(bound, row, bound.view.label_cols[-1] if bound.view.label_cols else 0)
            d = ctx.report(variant.id, variant.message or ctx.msg("single_other"), loc, code="RL802",
                           default=Severity.WARNING, key=(variant.id,))
            if d:
                yield d


def _tables_of_another_form(ctx: KindContext, part: VersionPart, expected: Form) -> Iterator[Diagnostic]:
    """A table printed from the older template in a report whose other tables are the right form (a
    2021 report whose 第二十条第（一）项 keeps 本年新制作数量 … 对外公开总数量): the document's form is
    right, so RL801 above is silent, and the tables kind leaves the table's columns to this kind —
    each such table is said once here."""
    for spec in ctx.pack.tables:
        if spec.section != part.section or (bound := ctx.bound(spec.id)) is None:
            continue
        header = bound.view.header_text
        if any(h in header for h in expected.headers):
            continue
        other = _best_form([f for f in part.forms if f.id != expected.id], header.__contains__)
        if other is None:
            continue
        d = ctx.report("version.form", ctx.msg("table", year=ctx.report_year or "", expected=expected.name,
                                               table=spec.title, found=other.name),
                       bound.table.location, expected=expected.id, actual=other.id, key=(spec.id,))
        if d:
            yield d
def _legacy_finding(ctx: KindContext, part: VersionPart) -> Iterator[Diagnostic]:
    """RL803: one finding for a report in the older structure, naming its old titles and the form's
    sections it lacks (up to where a cut text stops), at its first old title."""
    found = legacy_structure(ctx)
    if found is None:
        return
    legacy, headings = found
    specs = ctx.pack.sections
    matched = {k for _, k, _ in match_sections(ctx.sections, specs)}
    stopped_in = cut_section(ctx.sections, specs, ctx.cut)
    missing = [s.title for k, s in enumerate(specs)
               if s.required and k not in matched and (stopped_in is None or k < stopped_in)]
    what = ([ctx.msg("legacy.missing", titles="、".join(f"“{t}”" for t in missing))] if missing else []) \
        + [ctx.msg("legacy.tables")]
    form = part.expect.name if part.expect is not None else ctx.pack.name
    with_tables = {t.section for t in ctx.pack.tables if t.required}
    titles = "".join(f"“{h.heading.text.strip()}”" for h in headings[:4]) + ("等" if len(headings) > 4 else "")
    d = ctx.report(legacy.id, ctx.msg("legacy", name=legacy.name, titles=titles, form=form, what="；".join(what)),
                   headings[0].heading.location,
                   help=ctx.msg("legacy.help", form=form, n=len(specs), sections="".join(f"“{s.title}”" for s in specs),
                                numbers="、".join(s.number for s in specs if s.id in with_tables)),
                   code="RL803", default=Severity.ERROR, key=(legacy.id,))
    if d:
        yield d
