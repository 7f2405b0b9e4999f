"""dates: dates exist, the report date is in year N+1 and within the deadline, the period is year N, and the whole of it (RL610).

The report date is the date line under the title (or after 发布日期/成文日期, on a web page's metadata
line or table: ``analysis/reportdate.py``), else a date standing alone at the end (the signature
block).  Departments and towns publish by 31 January of N+1, government-level reports (本级政府) by
31 March (《政府信息公开条例》第四十九条); the kind of report is decided from the title with the pack's
``report`` patterns.  Impossible dates (2月30日) are errors wherever they occur; a date typed other
than "2021年1月25日" is a house-style note (not a web page's 发布时间: its format is the site's); a date
that is a Word DATE field is flagged because it changes whenever the file is opened.  The agency's level comes
from the title or the text (``analysis/agency.py``: 白城市人民政府, 开远市 → government; 天门市人民政府办公室,
区统计局 → department; 马水镇 → town): a government's report published on 12 March is on time.  When the
level cannot be told, a date after 31 January is a warning and after 31 March an error.

Failing example (a 2020 department report)::

    镜管委2020年政府信息公开工作年度报告
    2021年2月5日            → RL603 报告日期 2021-02-05 晚于法定期限 2021-01-31（部门报告…）

Failing example (RL605, the title says 2020, the period the year after)::

    …编制了《田黄镇2020年政府信息公开工作年度报告》…所列数据的统计期限自2021年1月1日起至12月31日止
    → RL605 统计期限“统计期限自2021年1月1日起至12月31日”与报告年度 2020 年不符

The same when a page garbled the period (``自20221月1日起至202212月31日止`` in a 2023 report, 年 dropped): one reader
(``text.periods.stated_period``) reads the form's words and any other period, RL605's and RL610's; the actual year
is the one the period writes that is not the report's.

Failing example (RL609, last year's preamble left in a 2025 report)::

    …结合2024年东山街道政府信息公开工作实际,编制发布本报告。…统计期限从2025年1月1日到12月31日止。
    → RL609 报告开头的“2024年东山街道政府信息公开工作实际”与报告年度 2025 年不符

Failing example (RL611, a sentence of last year left in section 一 of a 2020 report)::

    2019年,我镇通过抚松县政府网站公开信息94条。
    → RL611 正文“2019年,我镇通过抚松县政府网站公开信息94条”所述年度 2019 年与报告年度 2020 年不符

Passing example (RL611): ``2020年,我镇…公开信息94条``; ``2019年以来,我镇…``; ``2019年,在…评估中被评为优秀单位`` (nothing
counted); a year the statistics period states against the title (RL605 says so).

Passing example: ``2021年1月25日`` under the title of a 2020 report; ``发布日期:2026-03-12`` under
``白城市人民政府2025年政府信息公开工作年度报告`` (a government's report: due by 31 March); an opening that names
its own year (``现将我单位2025年度政府信息公开工作进行总结报告`` over a 2025 period) or quotes another year's notice
(``《关于做好2022年度政府信息公开工作年度报告…的通知》`` in a 2023 report), or a page's link above the title
(``相关文章:…2022年政府信息公开工作年度报告``): no RL609.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..analysis.agency import STREET, TOWN
from ..analysis.reportdate import find_report_date
from ..model.diagnostics import ConfigError, Diagnostic, Severity
from ..model.document import Document, Heading, Location, Paragraph
from ..model.records import Record
from ..packs.compile import src_line
from ..packs.regexes import compile_regex
from ..text.cndates import find_dates
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize
from ..text.periods import INTRODUCERS, PERIOD_SCREEN, StatedPeriod, stated_period
from .base import KindContext, RuleDef
from .textyears import body_years, preamble_years

KIND = "dates"
PACK_KEYS = ("dates",)
SCHEMA = {
    "properties": {"dates": {"$ref": "#/$defs/dates"}},
    "$defs": {
        "dates": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "report_date": {
                    "type": "boolean",
                    "description": ("Check the report date (year, deadline, future); default true. Impossible dates are checked "
                                    "regardless."),
                },
                "deadline_department": {
                    "type": "string",
                    "pattern": "^\\d{2}-\\d{2}$",
                    "description": "MM-DD in year N+1 by which a department report is published (default 01-31).",
                },
                "deadline_government": {
                    "type": "string",
                    "pattern": "^\\d{2}-\\d{2}$",
                    "description": "MM-DD in year N+1 by which a government-level report is published (default 03-31).",
                },
                "period": {"type": "string", "description": "Regex with groups y1 and y2 for the statistics period."},
                "house_style": {
                    "type": "boolean",
                    "description": "Report a report date not written as 2021年1月25日 (RL606, info); default true.",
                },
                "publish_year_offset": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "description": ("The report date must be in report year + this (default 1: an annual report is published the "
                                    "next year; 0 for a quarterly report; null: not checked)."),
                },
                "deadline": {"type": "boolean", "description": "Check the publication deadline (RL603); default true."},
            },
            "description": "Date rules: impossible dates, the report date's year, deadline, the statistics period.",
        },
    },
}

RULES = [
    RuleDef("dates.invalid", "RL601", Severity.ERROR,
            {"en": "a date that does not exist (2月30日)", "zh": "日期不存在（如 2月30日）"}),
    RuleDef("dates.report-year", "RL602", Severity.ERROR,
            {"en": "the report date is not in the year after the report year", "zh": "报告日期不在报告年度的次年"}),
    RuleDef("dates.deadline", "RL603", Severity.ERROR,
            {"en": "the report date is after the legal deadline", "zh": "报告日期晚于法定期限"}),
    RuleDef("dates.future", "RL604", Severity.ERROR, {"en": "the report date is in the future", "zh": "报告日期晚于今天"}),
    RuleDef("dates.period", "RL605", Severity.ERROR,
            {"en": "the statistics period is not the report year", "zh": "统计期限与报告年度不符"}),
    RuleDef("dates.style", "RL606", Severity.INFO,
            {"en": "a date not written as 2021年1月25日", "zh": "日期未按“2021年1月25日”的格式书写"}),
    RuleDef("dates.missing", "RL607", Severity.INFO, {"en": "no report date found in the text", "zh": "正文中未找到报告日期"}),
    RuleDef("dates.field", "RL608", Severity.WARNING,
            {"en": "the report date is a Word DATE field", "zh": "报告日期是 Word 域（DATE），打开时会变"}),
    RuleDef("dates.preamble-year", "RL609", Severity.WARNING,
            {"en": "the opening names another year's disclosure work", "zh": "报告开头所说的年度与报告年度不符"}),
    RuleDef("dates.body-year", "RL611", Severity.WARNING,
            {"en": "section 一, 二 or 三 tells the report's work under another year",
             "zh": "总体情况、主动公开或依申请公开部分以其他年份记述本年度工作"},
            """A sentence of section 一 (or 二's or 三's prose) opens on a year before the report's, or on that year's end,
alone as the time of what follows, and counts work of disclosure done or says there was none
(``2019年,我镇…公开信息94条`` in a 2020 report; ``截至2021年底,我镇尚无…收到…申请``, ``二〇二一年,…``, ``2021年共完成42条推文``
in a 2022 one; section 一's opening sentence, counted or not): last year's text copied and its year left, or the year
mistyped (``text/yearleads.py``).  A warning: which of the two it is, the text cannot tell.  A year that is history, a
date, a comparison or a carry-over opens otherwise and is not read; nor is the statistics period's year when RL605
says the period is not the report's (which year is the report's is then in doubt).  A LATER year's counted work is
read opening any clause (``…,2025年累计发布政策解读信息2条`` under a 2024 preamble); a plan (``2025年,将…``) is not.

Failing example (a 2022 report)::

    (一)主动公开政府信息情况
    2021年,我办通过建瓯市政府网站信息公开专栏…主动公开市政府及市政府办公室文件148条。
    → RL611 正文“2021年,我办通过建瓯市政府网站信息公开专栏、微信公众号、线下政务公开栏等渠道”所述年度 2021 年与报告年度 2022 年不符

Passing example: ``2022年,我办…主动公开…148条``; ``2019年以来,我局…公开信息300条``; ``截至2022年底,现行有效
规范性文件12件``; ``2021年结转1件``; ``2019年,在…政务公开评估中,海关总署被评为优秀单位`` (nothing counted);
``2021年,我办公开信息120条。2022年,…`` or ``2021年,我办制定的规范性文件3件于今年废止`` (set against the report's year)."""),
    RuleDef("dates.period-part", "RL610", Severity.WARNING,
            {"en": "the statistics period is not the whole year", "zh": "统计期限不是完整的年度"},
            """The statistics period the text states starts after 1 January or ends before 31 December of the report
year: the days left out are reported nowhere (the form's period is the calendar year).  Read also as a page
garbles it (``自202111日起至20211230日止``).  A warning: the report is right about the year, and the stray day
may be a slip of the pen.

Failing example (a 2022 report)::

    本报告中所列数据的统计期限自2022年1月1日起至2022年12月20日止。
    → RL610 统计期限“统计期限自2022年1月1日起至2022年12月20日”不是完整的年度：应为2022年1月1日至2022年12月31日
      (expected 2022-01-01至2022-12-31, actual 2022-01-01至2022-12-20)

Passing example: ``统计期限自2022年1月1日起至2022年12月31日止``."""),
]

MESSAGES = {
    "invalid": {"zh": "日期“{text}”不存在：{error}", "en": "date \"{text}\" does not exist"},
    "missing": {
        "zh": "未找到报告日期（标题下方的成文日期或发布日期）",
        "en": "no report date found (the line under the title or the publication date)",
    },
    "wrong_year": {
        "zh": "报告日期 {date} 不在 {expected_year} 年：{year} 年度报告应在 {expected_year} 年发布",
        "en": "report date {date} is not in {expected_year}: the {year} report is published in {expected_year}",
    },
    "deadline": {
        "zh": "报告日期 {date} 晚于法定期限 {deadline}（{who}）",
        "en": "report date {date} is after the deadline {deadline} ({who})",
    },
    "deadline_updated": {
        "zh": "页面更新时间 {date} 晚于法定期限 {deadline}（{who}）；更新时间未必是报告的发布日期",
        "en": "the page's update time {date} is after the deadline {deadline} ({who}); it need not be the "
              "report's publication date",
    },
    "who.department": {"zh": "部门报告应于 1 月 31 日前公布，《条例》第四十九条", "en": "department reports"},
    "who.government": {"zh": "本级政府报告应于 3 月 31 日前公布，《条例》第四十九条", "en": "government reports"},
    "who.town": {"zh": "乡镇、街道的报告按 1 月 31 日掌握", "en": "town and sub-district reports, treated as departments"},
    "who.unknown": {
        "zh": "未能判断是本级政府还是部门的报告；部门报告应于 1 月 31 日前公布，《条例》第四十九条",
        "en": "a department report, if it is one (the agency's level is unknown)",
    },
    "future": {"zh": "报告日期 {date} 晚于今天（{today}）", "en": "report date {date} is in the future ({today})"},
    "period": {
        "zh": "{name}“{text}”与报告年度 {year} 年不符",
        "en": "{name} \"{text}\" does not match the report year {year}",
    },
    "period_part": {
        "zh": "{name}“{text}”不是完整的年度：应为{year}年1月1日至{year}年12月31日",
        "en": "{name} \"{text}\" is not the whole year: it should be {year}-01-01 to {year}-12-31",
    },
    # what the period is called: a statistics period only where the text says 统计 (``本报告涵盖2020年1月1日至12月21日…``
    # names the period the report covers, and the message does not put words in its mouth)
    "period.stated": {"zh": "统计期限", "en": "statistics period"},
    "period.covered": {"zh": "报告所述期间", "en": "the period the report covers"},
    "preamble_year": {
        "zh": "报告开头的“{text}”与报告年度 {year} 年不符",
        "en": "the opening's \"{text}\" does not match the report year {year}",
    },
    "body_year": {
        "zh": "正文“{text}”所述年度 {actual} 年与报告年度 {year} 年不符",
        "en": "the body's \"{text}\" tells of {actual}, not of the report year {year}",
    },
    "body_year.help": {
        "zh": "可能是沿用上年报告的文字未改年份，请核对这一句的年份和数字",
        "en": "last year's sentence left unchanged? check this sentence's year and numbers",
    },
    "style": {"zh": "日期“{text}”宜写作“{style}”", "en": "write the date \"{text}\" as \"{style}\""},
    "field": {
        "zh": "报告日期来自 Word 域（DATE），每次打开文档都会变成当天日期",
        "en": "the report date is a Word DATE field: it changes to today whenever the file is opened",
    },
    "field.help": {
        "zh": "选中日期按 Ctrl+Shift+F9 转为普通文字，或直接键入日期",
        "en": "select it and press Ctrl+Shift+F9 to make it plain text, or type the date",
    },
}


_GOVERNMENT = LazyRegex(r"人民政府(?!办公室|办|.*(局|委员会|部门))")
_TOWN = LazyRegex(r"(镇|乡|街道)(人民政府|办事处)?")


class DatesPart(Record):
    """The pack's ``dates:`` with its deadlines read and its period pattern compiled."""

    __slots__ = ("report_date", "deadline", "deadline_department", "deadline_government", "period", "house_style",
                 "publish_year_offset")

    def __init__(self, report_date: bool, deadline: bool, deadline_department: tuple[int, int],
                 deadline_government: tuple[int, int], period: re.Pattern[str] | None, house_style: bool,
                 publish_year_offset: int | None) -> None:
        self.report_date = report_date
        self.deadline = deadline
        self.deadline_department = deadline_department  # (month, day) in year N+1
        self.deadline_government = deadline_government
        self.period = period  # the pack's pattern; None: text.periods.stated_period
        self.house_style = house_style
        self.publish_year_offset = publish_year_offset


def _month_day(raw: dict, key: str, default: str) -> tuple[int, int]:
    text = raw.get(key, default)
    month, day = map(int, text.split("-"))
    try:
        date(2000, month, day)  # a leap year: 02-29 is a date
    except ValueError:
        raise ConfigError(f"{text!r} 不是有效的月-日（MM-DD）", *src_line(raw, key), f"dates.{key}") from None
    return month, day


def compile(raw: dict, pack) -> DatesPart | None:
    dates = raw.get("dates")
    if not dates:
        return None
    period = compile_regex(dates["period"], *src_line(dates, "period"), "dates.period") if dates.get("period") else None
    if dates.get("period") and not {"y1", "y2"} <= set(period.groupindex):
        raise ConfigError("period 应含有名为 y1 和 y2 的分组", *src_line(dates, "period"), "dates.period")
    return DatesPart(
        report_date=dates.get("report_date", True), deadline=dates.get("deadline", True),
        deadline_department=_month_day(dates, "deadline_department", "01-31"),
        deadline_government=_month_day(dates, "deadline_government", "03-31"),
        period=period, house_style=dates.get("house_style", True),
        publish_year_offset=dates.get("publish_year_offset", 1))


def _body_blocks(doc: Document) -> list[tuple[int, Paragraph | Heading]]:
    return [(i, b) for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph | Heading)]


def run(ctx: KindContext, part: DatesPart) -> Iterator[Diagnostic]:
    doc = ctx.document
    # Impossible dates anywhere in the text.
    for _, block in _body_blocks(doc):
        for d in find_dates(block.text):
            if not d.valid:
                loc = doc.span_location(block, d.start, d.end) if isinstance(block, Paragraph) else block.location
                diag = ctx.report("dates.invalid", ctx.msg("invalid", text=d.text, error=d.error), loc,
                                      key=(d.text,))
                if diag:
                    yield diag
    year = ctx.report_year
    if year is None or not part.report_date:
        return
    period = list(_period(ctx, year, part.period))
    yield from period
    yield from preamble_years(ctx, year)
    yield from body_years(ctx, year, {d.actual for d in period if d.rule == "dates.period"})
    found = find_report_date(doc, _opening_end(ctx, doc))
    if found is None:
        first = doc.blocks[0].location if doc.blocks else Location()
        diag = ctx.report("dates.missing", ctx.msg("missing"), first)
        if diag:
            yield diag
        return
    match, loc = found.match, found.location
    when = match.date
    if found.paragraph is not None and found.paragraph.from_field:
        diag = ctx.report("dates.field", ctx.msg("field"), loc,
                              help=ctx.msg("field.help"))
        if diag:
            yield diag
    if when is None:
        return  # an impossible report date is already reported above
    shown = when.isoformat()
    # The report is published in year N + offset (1 for an annual report; 0 for a quarterly one).
    offset = part.publish_year_offset
    if offset is not None and when.year != year + offset:
        diag = ctx.report("dates.report-year", ctx.msg("wrong_year", date=shown, expected_year=year + offset, year=year), loc,
                              expected=str(year + offset), actual=str(when.year))
        if diag:
            yield diag
    elif part.deadline:
        for kind, deadline, severity in _deadlines(ctx, year, part):
            if when > deadline:  # a page's update time proves no lateness: a warning at most
                diag = ctx.report("dates.deadline",
                                  ctx.msg("deadline_updated" if found.updated else "deadline", date=shown,
                                          deadline=deadline.isoformat(), who=ctx.msg(f"who.{kind}")), loc,
                                  default=severity, at_most=Severity.WARNING if found.updated else None,
                                  expected=deadline.isoformat(), actual=shown)
                if diag:
                    yield diag
                break
    if when > ctx.today:
        diag = ctx.report("dates.future", ctx.msg("future", date=shown, today=ctx.today.isoformat()), loc,
                              actual=shown)
        if diag:
            yield diag
    if part.house_style and not found.labelled and (match.form != "cjk" or match.spaced):
        style = f"{when.year}年{when.month}月{when.day}日"
        diag = ctx.report("dates.style", ctx.msg("style", text=match.text, style=style), loc, key=(match.text,))
        if diag:
            yield diag


def _opening_end(ctx: KindContext, doc: Document) -> int:
    """The block the report's opening ends at: the first section's — or the one after it, when that title is run into
    a paragraph after its own text (``glued``): the byline and preamble the page ran together hold the date before it
    (``发布时间: 2026-01-23 13:59 信息来源:…\n\n本年度报告根据…具体内容如下:一、总体情况``)."""
    if not ctx.sections:
        return len(doc.blocks)
    first = ctx.sections[0]
    return first.block_index + (1 if first.how == "glued" and first.offset > 0 else 0)


def _deadlines(ctx: KindContext, year: int, part: DatesPart) -> list[tuple[str, date, Severity]]:
    """The deadlines the report date is held to, the latest first: by the agency's level when it is
    known (analysis/agency.py), else by the pack's title patterns, else both, the department's as a
    warning (a government's report may be published until 31 March)."""
    government = ("government", _day(year + 1, part.deadline_government), Severity.ERROR)
    department = ("department", _day(year + 1, part.deadline_department), Severity.ERROR)
    town = ("town", _day(year + 1, part.deadline_department), Severity.WARNING)
    level = ctx.identity.agency_level if ctx.identity is not None else None
    if level is not None:
        if level.kind in (TOWN, STREET):
            return [town]
        return [government] if level.is_government else [department]
    title = normalize(ctx.title or "")
    patterns = ctx.pack.report_patterns
    if "town_title" in patterns or "government_title" in patterns:
        if patterns.get("town_title", _TOWN).search(title):
            return [town]
        return [government] if patterns.get("government_title", _GOVERNMENT).search(title) else [department]
    return [government, ("unknown", department[1], Severity.WARNING)]


def _day(year: int, month_day: tuple[int, int]) -> date:
    """The deadline in that year (29 February is the 28th in a common year)."""
    month, day = month_day
    if (month, day) == (2, 29) and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return date(year, month, day)


def _period(ctx: KindContext, year: int, pattern: re.Pattern[str] | None) -> Iterator[Diagnostic]:
    """RL605 or RL610 for the first block stating a statistics period: the pack's pattern (groups y1, y2), else
    ``stated_period``.  Blocks are read in their normalised text, so that a page in traditional characters
    (``統(tǒng)計(jì)期限自2022年…``) has its period checked too."""
    doc = ctx.document
    for _, block in _body_blocks(doc):
        if not any(char in block.text for char in PERIOD_SCREEN):
            continue
        norm = normalize(block.text)  # a mirror's traditional characters (統計) read as the simplified words
        if not any(word in norm for word in INTRODUCERS):
            continue
        if pattern is not None:
            m = pattern.search(norm)
            if m is None:
                continue
            y1 = int(m.group("y1"))
            yield from _other_year(ctx, block, m.group(0), year, (y1, int(m.group("y2") or y1)))
            return
        stated = stated_period(norm)
        if stated is None or (not stated.form and stated.whole_year() and stated.within(year)):
            continue  # no period here, or the report's whole year as a garbled page writes it
        yield from _stated_period(ctx, block, stated, year)
        return


def _other_year(ctx: KindContext, block: Paragraph | Heading, text: str, year: int,
                years: tuple[int | None, int | None]) -> Iterator[Diagnostic]:
    """RL605 when a year the period writes is not the report's: that year is the actual value."""
    other = next((y for y in years if y is not None and y != year), None)
    if other is not None:
        diag = ctx.report("dates.period", ctx.msg("period", name=_name(ctx, text), text=text, year=year), block.location,
                          expected=str(year), actual=str(other))
        if diag:
            yield diag


def _name(ctx: KindContext, text: str) -> str:
    """What the message calls the period: 统计期限 unless the text introduces it by 涵盖 (``本报告涵盖…``), then
    neutrally 报告所述期间 — the report's own words are quoted beside it."""
    return ctx.msg("period.covered" if text.startswith("涵盖") else "period.stated")


def _stated_period(ctx: KindContext, block: Paragraph | Heading, stated: StatedPeriod, year: int) -> Iterator[Diagnostic]:
    """RL605 for a whole year not the report's (the form's statement, or a garbled page's "自20221月1日起至202212月31日
    止"), RL610 for part of the report's year (another year's part is not said: its days are not the report's)."""
    if stated.whole_year():
        yield from _other_year(ctx, block, stated.text, year, (stated.start[0], stated.end[0]))
    elif stated.within(year):
        raw = stated_period(block.text)  # where it is: the paragraph may begin lines above it
        doc = ctx.document
        where = doc.span_location(block, *raw.span) if raw and isinstance(block, Paragraph) else block.location
        diag = ctx.report("dates.period-part", ctx.msg("period_part", name=_name(ctx, stated.text), text=stated.text,
                                                       year=year), where,
                          expected=f"{year}-01-01至{year}-12-31", actual=stated.iso(year))
        if diag:
            yield diag
