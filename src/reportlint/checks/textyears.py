"""The years a report's text states against its own, for the dates kind (``checks/dates.py``): RL609, the opening
before section 一 naming another year's work (a preamble copied from last year's report), and RL611, a sentence of
sections 一–三 telling counted work under another year (``text/yearleads.py`` says which).  Kept apart from the report
date, its deadline and the statistics period, which ``dates.py`` itself checks; the rules and messages are the kind's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.diagnostics import Diagnostic
from ..model.document import Heading, Paragraph
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize
from ..text.yearleads import other_year_leads
from .base import KindContext, block_texts

__all__ = ["BODY_SECTIONS", "body_years", "preamble_year", "preamble_years", "title_block"]


# "结合2024年东山街道政府信息公开工作实际", "2023年度政府信息公开工作年度报告": the opening about a year's disclosure work;
# no digit between the year and the work, whose year is the nearer one ("发布日期:2022年01月25日正蓝旗2021年政府信息公开
# 工作年度报告": a page's date line run into the title below it)
_PREAMBLE_YEAR = LazyRegex(r"(?P<y>(?:19|20)\d{2})年度?[^。;《》,:\d]{0,16}?(?:政府|政务)信息(?:与政务)?公开(?:工作)?"
                           r"(?:实际|情况|年度报告|报告|工作)")
_QUOTED = LazyRegex(r"《[^《》]*》")  # a notice's or another report's name: its year is its own


def preamble_year(text: str, start: int = 0) -> re.Match[str] | None:
    """The first statement from ``start`` of a normalised text about a year's disclosure work (``_PREAMBLE_YEAR``), the
    names in 《》 masked.  A text without 信息 from ``start`` holds none: passed by without compiling the patterns (the
    opening's date and period lines, the title's rest)."""
    if "信息" not in text[start:]:
        return None
    return _PREAMBLE_YEAR.search(_QUOTED.sub(lambda q: "#" * len(q.group(0)), text), start)


def preamble_years(ctx: KindContext, year: int) -> Iterator[Diagnostic]:
    """RL609: the text before section 一 says which year's work it reports on, and that is not the report
    year (a preamble copied from last year's report and left unchanged)."""
    opening = ctx.document.blocks[:ctx.sections[0].block_index if ctx.sections else 0]
    title = normalize(ctx.title) if ctx.title else ""
    first = title_block(opening, title)
    for i, block in enumerate(opening[first:], start=first):
        if not isinstance(block, Paragraph | Heading):
            continue
        text = normalize(block.text)
        start = text.index(title) + len(title) if i == first and title and title in text else 0
        m = preamble_year(text, start)
        if m and int(m.group("y")) != year:
            diag = ctx.report("dates.preamble-year", ctx.msg("preamble_year", text=m.group(0), year=year),
                              block.location, expected=str(year), actual=m.group("y"))
            if diag:
                yield diag
            return


# the sections whose prose tells the year's work: 一 总体情况, 二's prose and 三's (``截至2021年底,我镇尚无…收到…申请``)
BODY_SECTIONS = ("一", "二", "三")


def body_years(ctx: KindContext, year: int, period_years: set[str]) -> Iterator[Diagnostic]:
    """RL611: each sentence of sections 一–三 telling counted work under an earlier year (``text/yearleads.py``; section
    一's opening even uncounted) or a later one (any clause's), unless RL605 reported the statistics period's year."""
    sections = ctx.sections
    for k, section in enumerate(sections):
        if section.number not in BODY_SECTIONS:
            continue
        blocks = ctx.document.blocks[section.block_index:sections[k + 1].block_index if k + 1 < len(sections) else None]
        opening = section.number == "一" and next((b for b in blocks[1:] if isinstance(b, Paragraph)), None)
        for block in blocks:
            if not isinstance(block, Paragraph | Heading) or "年" not in block.text:
                continue
            leads = other_year_leads(normalize(block.text), year, opening=block is opening)
            for lead in (lead for lead in leads if str(lead.year) not in period_years):
                diag = ctx.report("dates.body-year", ctx.msg("body_year", text=lead.clause, actual=lead.year, year=year),
                                  block.location, help=ctx.msg("body_year.help"), expected=str(year),
                                  actual=str(lead.year))
                if diag:
                    yield diag


def title_block(opening: list, title: str) -> int:
    """The index of the first block holding the title (a paragraph, or a cell of a page's metadata table), 0 when
    none does: the opening starts there, since a page's chrome above the title may list other years' reports
    ("相关文章: …2022年政府信息公开工作年度报告")."""
    if not title:
        return 0
    for i, block in enumerate(opening):
        if any(title in normalize(text) for text in block_texts(block)):
            return i
    return 0
