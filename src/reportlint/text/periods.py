"""The statistics period a report states, whatever its days: ``统计期限自2022年1月1日起至2022年12月20日止``.

One reader (``stated_period``) for the dates check: whether the period is the report's year (RL605) and whether it
is the whole year (RL610).  It reads first the form's statement of a whole year, ``统计期限自2022年1月1日起至2022年
12月31日止`` (``form_statement``: what nearly every report writes, read with ``str`` methods, so that no pattern is
compiled for it), then any period: one that stops short of the year's end (淮北市人民医院 2022: to 12月20日) or
starts after its beginning leaves days unreported; a page garbles it by dropping 年 and 月 (``自202111日起至
20211230日止``: 2021-01-01 to 2021-12-30) or only 年 (``自20231月1日起至202312月31日止``: the year's four digits run
into the month).  The period is also read where the preamble says what the report covers, ``涵盖2020年1月1日至12月21日
山阳县人民政府信息公开工作情况`` (山阳县 2020: to 21 December), ``内容涵盖乡政府2019年1月1日至12月31日期间的…``.
A year written with more than four digits before its 年 (``至202020年12月31日``: the year typed twice over) is read
as written, a year no report covers.  A garbled date is read only when its digits split one way: a year and then two digits (month and
day of one digit each) or four (two each); three digits (``121日``: 1-21 or 12-1) are left unread.
"""

from __future__ import annotations

from ..model.records import FrozenRecord, set_field
from .lazyregex import LazyRegex
from .marks import stretch_start

__all__ = ["INTRODUCERS", "PERIOD_SCREEN", "StatedPeriod", "form_statement", "stated_period"]

_DATE = r"(?:(?:19|20)\d{2}年?|(?:19|20)\d{3,6}年)?\d{1,2}月\d{1,2}日|\d{2,8}日"
INTRODUCERS = ("统计", "涵盖")  # a text without either states no period (looked for with ``in`` before any pattern)
# a raw block without any of these characters cannot state a period once normalised: 计 of 统计 as simplified or
# traditional pages write it, and 涵 — single characters, since a mirror may insert pinyin inside a word (統(tǒng)計(jì)期限).
# Only the blocks that pass are normalised (normalising every block costs more than the check).
PERIOD_SCREEN = ("计", "計", "涵")
# what introduces the period: 统计期限…, or the preamble's 本报告(内容)涵盖(乡政府)… (a few words before its first day)
_PERIOD = LazyRegex(rf"(?:统计(?:期限|时限|时间|区间|期)?(?:为|是)?[:：]?|涵盖了?[^\d。，,；;:：]{{0,10}}?)(?:自|从)?"
                    rf"(?P<a>{_DATE})(?:起)?[,，]?(?:至|到|-|—|~)(?P<b>{_DATE})")


# "统计期限自2021年1月1日起至2021年12月31日止", "统计期为…", "统计期限从2023年1月1日到12月31日止" (the year said once):
# the pattern ``统计(?:期限|时限|时间|区间|期)?(?:为|是)?[:：]?(?:自|从)?(?P<y1>\d{4})年1月1日(?:起)?(?:至|到|-|—)
# (?:(?P<y2>\d{4})年)?12月31日`` read part by part with ``str`` methods (docs/architecture.md, Conventions); a pack's
# ``dates.period`` pattern replaces the whole reader.  Each part's choices
# in the pattern's order ("" where it is optional, _YEAR for four digits, () for the end year not written), tried in
# that order as the pattern tries them; the rows it wrote are in ``tests/data/text_scanners.jsonl`` (``period``).
_YEAR = object()
_PERIOD_PARTS = (("统计",), ("期限", "时限", "时间", "区间", "期", ""), ("为", "是", ""), (":", "：", ""), ("自", "从", ""),
                 (_YEAR,), ("年1月1日",), ("起", ""), ("至", "到", "-", "—"), ((_YEAR, "年"), ()), ("12月31日",))


def _period_from(text: str, i: int, part: int, years: tuple[str | None, ...]) -> tuple[int, tuple[str | None, ...]] | None:
    """Where the period's parts from ``part`` on end when they follow ``i``, and the years read (None for an
    optional year not written); None when they do not follow."""
    if part == len(_PERIOD_PARTS):
        return i, years
    for choice in _PERIOD_PARTS[part]:
        words = choice if isinstance(choice, tuple) else (choice,)
        at, read = i, years
        for word in words:
            if word is _YEAR:
                digits = text[at : at + 4]
                if len(digits) < 4 or not digits.isdecimal():
                    break
                at, read = at + 4, (*read, digits)
            elif text.startswith(word, at):  # type: ignore[arg-type]
                at += len(word)  # type: ignore[arg-type]
            else:
                break
        else:
            if choice == ():
                read = (*read, None)
            found = _period_from(text, at, part + 1, read)
            if found is not None:
                return found
    return None


def form_statement(norm: str) -> tuple[int, int, str, str | None] | None:
    """Where the first statement of a whole year in the form's words in a normalised text starts and ends, the year
    it starts in and the year it ends in when said again (else None), as written; None without one."""
    at = norm.find("统计")
    while at >= 0:
        found = _period_from(norm, at, 0, ())
        if found is not None:
            end, (y1, y2) = found
            return at, end, y1, y2  # type: ignore[return-value]
        at = norm.find("统计", at + 1)
    return None


class StatedPeriod(FrozenRecord):
    """A period as stated: its text and where it is in the text searched, its first and last day as (year or None,
    month, day), and whether it is the form's statement of a whole year (``form_statement``)."""

    __slots__ = ("text", "span", "start", "end", "form")

    def __init__(self, text: str, span: tuple[int, int], start: tuple[int | None, int, int],
                 end: tuple[int | None, int, int], form: bool = False) -> None:
        set_field(self, "text", text)
        set_field(self, "span", span)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "form", form)

    def whole_year(self) -> bool:
        return self.start[1:] == (1, 1) and self.end[1:] == (12, 31)

    def iso(self, year: int) -> str:
        """The first and last day as ``2022-01-01至2022-12-20``, a day written without its year in ``year`` (RL610's
        actual value, beside the whole year it should be)."""
        (y1, m1, d1), (y2, m2, d2) = self.start, self.end
        return f"{y1 or year}-{m1:02d}-{d1:02d}至{y2 or year}-{m2:02d}-{d2:02d}"

    def within(self, year: int) -> bool:
        """Whether every year the period writes is ``year`` (a day written without its year counts as in it)."""
        return {self.start[0], self.end[0]} <= {year, None}


def _day(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of "2022年12月20日", "12月20日" or the garbled "20221220日", "1220日", "202211日",
    "202212月20日"."""
    body = text.removesuffix("日")
    if "月" in body:
        head, _, day = body.partition("月")
        year, _, month = head.rpartition("年")
        if not year and len(head) > 4:  # "20231月1日": 年 dropped, the year is the first four digits
            year, month = head[:4], head[4:]
        return (int(year) if year else None), int(month), int(day)
    year: int | None = None
    if len(body) in (6, 8):
        year, body = int(body[:4]), body[4:]
    if len(body) == 2:
        return year, int(body[0]), int(body[1])
    if len(body) == 4:
        return year, int(body[:2]), int(body[2:])
    return None


def stated_period(norm: str) -> StatedPeriod | None:
    """The form's statement of a whole year in a normalised text, else its first statistics period whose two days
    can be read, else None."""
    form = form_statement(norm)
    if form is not None:
        at, end, y1, y2 = form
        return StatedPeriod(norm[at:end], (at, end), (int(y1), 1, 1), (int(y2 or y1), 12, 31), form=True)
    for m in _PERIOD.finditer(norm):
        if m.group(0).startswith("涵盖") and not _about_the_report(norm, m.start()):
            continue  # "专栏涵盖2020年1月20日至3月31日期间发布的信息": what a column covers, not the report's period
        start, end = _day(m.group("a")), _day(m.group("b"))
        if start is None or end is None or not (1 <= start[1] <= 12 and 1 <= end[1] <= 12):
            continue
        if start[0] is not None and end[0] is None:
            end = (start[0], end[1], end[2])  # "自2023年1月1日起至12月31日": the year said once
        return StatedPeriod(m.group(0), m.span(), start, end)
    return None


def _about_the_report(norm: str, at: int) -> bool:
    """Whether the sentence before ``at`` speaks of the report (``本报告内容涵盖…``, ``本报告由…组成,涵盖…``,
    ``全文包括…,涵盖…``, or its content right after the sentence that names it: ``编制本年度报告。内容涵盖…``): only then
    does 涵盖 introduce the period the report covers."""
    sentence = stretch_start(norm, "。;!?", at)
    head = norm[sentence:at].strip()
    return head == "内容" or any(word in head for word in ("报告", "年报", "全文"))
