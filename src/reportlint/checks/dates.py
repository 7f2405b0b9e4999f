"""dates: dates exist, the report date is in year N+1 and within the deadline, the period is year N.

The report date is the date line under the title (or after 发布日期/成文日期), else a date standing
alone at the end (the signature block).  Departments and towns publish by 31 January of N+1,
government-level reports (本级政府) by 31 March (《政府信息公开条例》第四十九条); the kind of report is
decided from the title with the pack's ``report`` patterns.  Impossible dates (2月30日) are errors
wherever they occur; a date typed other than "2021年1月25日" is a house-style note; a date that is a
Word DATE field is flagged because it changes whenever the file is opened.

Failing example (a 2020 department report)::

    镜管委2020年政府信息公开工作年度报告
    2021年2月5日            → RL603 报告日期 2021-02-05 晚于法定期限 2021-01-31（部门报告…）

Passing example: ``2021年1月25日`` under the title of a 2020 report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..model.diagnostics import Diagnostic, Severity
from ..model.document import Document, Heading, Location, Paragraph
from ..text.cnparse import DateMatch, find_dates
from ..text.normalize import normalize
from . import CheckContext, RuleDef

KIND = "dates"
RULES = [
    RuleDef("dates.invalid", "RL601", Severity.ERROR, "a date that does not exist (2月30日)"),
    RuleDef("dates.report-year", "RL602", Severity.ERROR, "the report date is not in the year after the report year"),
    RuleDef("dates.deadline", "RL603", Severity.ERROR, "the report date is after the legal deadline"),
    RuleDef("dates.future", "RL604", Severity.ERROR, "the report date is in the future"),
    RuleDef("dates.period", "RL605", Severity.ERROR, "the statistics period is not the report year"),
    RuleDef("dates.style", "RL606", Severity.INFO, "a date not written as 2021年1月25日"),
    RuleDef("dates.missing", "RL607", Severity.INFO, "no report date found in the text"),
    RuleDef("dates.field", "RL608", Severity.WARNING, "the report date is a Word DATE field"),
]

_DATE_LABEL = re.compile(r"(发布|成文|印发|报告)?日期[:：]?")
_PERIOD = re.compile(
    r"统计(?:期限|时限|时间|区间)?(?:为|是)?[:：]?自?(?P<y1>\d{4})年1月1日(?:起)?(?:至|到|-|—)(?P<y2>\d{4})年12月31日"
)
_GOVERNMENT = r"人民政府(?!办公室|办|.*(局|委员会|部门))"
_TOWN = r"(镇|乡|街道)(人民政府|办事处)?"


def applies(pack) -> bool:
    return bool(pack.dates)


def _body_blocks(doc: Document) -> list[tuple[int, Paragraph | Heading]]:
    return [(i, b) for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph | Heading)]


def find_report_date(ctx: CheckContext) -> tuple[Paragraph | Heading, DateMatch] | None:
    """The date line under the title or labelled 发布日期, else a lone date at the end."""
    first_section = ctx.sections[0].block_index if ctx.sections else len(ctx.document.blocks)
    blocks = _body_blocks(ctx.document)
    for i, block in blocks:
        if i >= first_section:
            break
        found = _date_line(block)
        if found:
            return block, found
    for _, block in reversed(blocks[-4:]):
        found = _date_line(block)
        if found:
            return block, found
    return None


def _date_line(block: Paragraph | Heading) -> DateMatch | None:
    text = block.text.strip()
    dates = [d for d in find_dates(text) if d.day is not None]
    if not dates:
        return None
    first = dates[0]
    rest = (text[: first.start] + text[first.end:]).strip()
    if len(normalize(_DATE_LABEL.sub("", rest))) <= 2 or _DATE_LABEL.search(text[: first.start]):
        return first
    return None


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    doc = ctx.document
    # Impossible dates anywhere in the text.
    for _, block in _body_blocks(doc):
        for d in find_dates(block.text):
            if not d.valid:
                loc = doc.span_location(block, d.start, d.end) if isinstance(block, Paragraph) else block.location
                diag = ctx.diagnostic("dates.invalid", "RL601", KIND, Severity.ERROR,
                                      ctx.msg("dates.invalid", text=d.text, error=d.error), loc,
                                      key=(d.text,))
                if diag:
                    yield diag
    year = ctx.report_year
    if year is None or not ctx.pack.dates.get("report_date", True):
        return
    yield from _period(ctx, year)
    found = find_report_date(ctx)
    if found is None:
        first = doc.blocks[0].location if doc.blocks else Location()
        diag = ctx.diagnostic("dates.missing", "RL607", KIND, Severity.INFO, ctx.msg("dates.missing"), first)
        if diag:
            yield diag
        return
    block, match = found
    loc = doc.span_location(block, match.start, match.end) if isinstance(block, Paragraph) else block.location
    when = match.date
    if isinstance(block, Paragraph) and block.from_field:
        diag = ctx.diagnostic("dates.field", "RL608", KIND, Severity.WARNING, ctx.msg("dates.field"), loc,
                              help=ctx.msg("dates.field.help"))
        if diag:
            yield diag
    if when is None:
        return  # an impossible report date is already reported above
    shown = when.isoformat()
    # The report is published in year N + offset (1 for an annual report; 0 for a quarterly one).
    offset = ctx.pack.dates.get("publish_year_offset", 1)
    if offset is not None and when.year != year + offset:
        diag = ctx.diagnostic("dates.report-year", "RL602", KIND, Severity.ERROR,
                              ctx.msg("dates.wrong_year", date=shown, expected_year=year + offset, year=year), loc,
                              expected=str(year + offset), actual=str(when.year))
        if diag:
            yield diag
    elif ctx.pack.dates.get("deadline", True):
        kind, deadline, severity = _deadline(ctx, year)
        if when > deadline:
            diag = ctx.diagnostic("dates.deadline", "RL603", KIND, severity,
                                  ctx.msg("dates.deadline", date=shown, deadline=deadline.isoformat(),
                                          who=ctx.msg(f"dates.who.{kind}")), loc,
                                  expected=deadline.isoformat(), actual=shown)
            if diag:
                yield diag
    if when > ctx.today:
        diag = ctx.diagnostic("dates.future", "RL604", KIND, Severity.ERROR,
                              ctx.msg("dates.future", date=shown, today=ctx.today.isoformat()), loc,
                              actual=shown)
        if diag:
            yield diag
    if ctx.pack.dates.get("house_style", True) and (match.form != "cjk" or match.spaced):
        style = f"{when.year}年{when.month}月{when.day}日"
        diag = ctx.diagnostic("dates.style", "RL606", KIND, Severity.INFO,
                              ctx.msg("dates.style", text=match.text, style=style), loc, key=(match.text,))
        if diag:
            yield diag


def _deadline(ctx: CheckContext, year: int) -> tuple[str, date, Severity]:
    title = normalize(ctx.title or "")
    dates = ctx.pack.dates
    report = ctx.pack.report
    dept = dates.get("deadline_department", "01-31")
    gov = dates.get("deadline_government", "03-31")
    if re.compile(report.get("town_title", _TOWN)).search(title):
        month, day = map(int, dept.split("-"))
        return "town", date(year + 1, month, day), Severity.WARNING
    if re.compile(report.get("government_title", _GOVERNMENT)).search(title):
        month, day = map(int, gov.split("-"))
        return "government", date(year + 1, month, day), Severity.ERROR
    month, day = map(int, dept.split("-"))
    return "department", date(year + 1, month, day), Severity.ERROR


def _period(ctx: CheckContext, year: int) -> Iterator[Diagnostic]:
    doc = ctx.document
    for _, block in _body_blocks(doc):
        if "统计" not in block.text:
            continue
        norm = normalize(block.text)
        m = _PERIOD.search(norm)
        if not m:
            continue
        if int(m.group("y1")) != year or int(m.group("y2")) != year:
            diag = ctx.diagnostic("dates.period", "RL605", KIND, Severity.ERROR,
                                  ctx.msg("dates.period", text=m.group(0), year=year), block.location,
                                  expected=str(year), actual=m.group("y1"))
            if diag:
                yield diag
        return
