"""version: the tables are the form version that the report year requires.

The form is recognised from the section-二 column headers (2021: 本年制发件数 / 本年处理决定数量 /
本年收费金额; 2019: 本年新制作数量 / 上一年项目数量 / 采购项目数量).  Real 2023 reports still print the
2019 tables: that is an error.  Pack ``version.variants`` name structural leftovers of an older form
(a 2021-form report with the 2019 single row for （六）其他处理), reported as warnings.

Failing example (a 2023 report)::

    | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
    → RL801 2023 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的

Passing example: ``| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |`` in a 2023 report.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.diagnostics import Diagnostic, Severity
from ..text.normalize import normalize
from . import CheckContext, RuleDef

KIND = "version"
RULES = [
    RuleDef("version.form", "RL801", Severity.ERROR, "the tables are another form version than the year requires"),
    RuleDef("version.variant", "RL802", Severity.WARNING, "a table keeps a structure of an older form"),
]


def applies(pack) -> bool:
    return bool(pack.version)


def detect_form(ctx: CheckContext) -> tuple[dict | None, object]:
    """The pack form whose header labels occur most in the section's tables, and where."""
    forms = ctx.pack.version.get("forms", []) or []
    tables = ctx.section_tables(ctx.pack.version.get("section")) or ctx.document.tables
    text = normalize("".join(c.text for t in tables for c in t.cells))
    best, best_score = None, 0
    for form in forms:
        score = sum(1 for h in form["headers"] if normalize(h) in text)
        if score > best_score:
            best, best_score = form, score
    location = tables[0].location if tables else None
    return best, location


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    version = ctx.pack.version
    forms = {f["id"]: f for f in version.get("forms", []) or []}
    expected = forms.get(version.get("expect", ""))
    found, location = detect_form(ctx)
    if expected is not None and found is not None and found["id"] != expected["id"] and location is not None:
        d = ctx.diagnostic(
            "version.form", "RL801", KIND, Severity.ERROR,
            ctx.msg("version.mismatch", year=ctx.report_year or "", expected=expected.get("name", expected["id"]),
                    found=found.get("name", found["id"])),
            location, expected=expected["id"], actual=found["id"])
        if d:
            yield d
    for variant in version.get("variants", []) or []:
        bound = ctx.bound(variant["table"])
        if bound is None:
            continue
        present = {**bound.rows, **bound.cols}
        if all(k in present for k in variant.get("present", [])) and not any(
                k in present for k in variant.get("absent", [])):
            key = variant.get("present", [""])[0]
            row = bound.rows.get(key)
            loc = bound.table.location
            if row is not None:
                from . import cell_location

                loc = cell_location(bound, row, bound.view.label_cols[-1] if bound.view.label_cols else 0)
            text = variant.get("message") or ctx.msg("version.single_other")
            d = ctx.diagnostic(variant.get("id", "version.variant"), "RL802", KIND, Severity.WARNING, text, loc,
                               key=(variant.get("id", ""),))
            if d:
                yield d
