"""The statistics period a report states, whatever its days: ``统计期限自2022年1月1日起至2022年12月20日止``.

The dates check's full-year scanner (``checks.dates.statistics_period``) reads only periods from 1 January to
31 December, to compare their year with the report's.  A period that stops short of the year's end (淮北市人民
医院 2022: to 12月20日) or starts after its beginning leaves days unreported, and that scanner never sees it; this
one reads any period, also as a page garbles it by dropping 年 and 月 (``自202111日起至20211230日止``: 2021-01-01 to
2021-12-30) or only 年 (``自20231月1日起至202312月31日止``: the year's four digits run into the month).  A garbled
date is read only when its digits split one way: a year and then two digits (month and day of one digit each) or
four (two each); three digits (``121日``: 1-21 or 12-1) are left unread.
"""

from __future__ import annotations

from ..model.records import FrozenRecord, set_field
from .lazyregex import LazyRegex

__all__ = ["StatedPeriod", "stated_period"]

_DATE = r"(?:(?:19|20)\d{2}年?)?\d{1,2}月\d{1,2}日|\d{2,8}日"
_PERIOD = LazyRegex(rf"统计(?:期限|时限|时间|区间|期)?(?:为|是)?[:：]?(?:自|从)?(?P<a>{_DATE})(?:起)?[,，]?"
                    rf"(?:至|到|-|—|~)(?P<b>{_DATE})")


class StatedPeriod(FrozenRecord):
    """A period as stated: its text and where it is in the text searched, its first and last day as (year or None,
    month, day)."""

    __slots__ = ("text", "span", "start", "end")

    def __init__(self, text: str, span: tuple[int, int], start: tuple[int | None, int, int],
                 end: tuple[int | None, int, int]) -> None:
        set_field(self, "text", text)
        set_field(self, "span", span)
        set_field(self, "start", start)
        set_field(self, "end", end)

    def whole_year(self) -> bool:
        return self.start[1:] == (1, 1) and self.end[1:] == (12, 31)

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
    """The first statistics period of a normalised text whose two days can be read, or None."""
    for m in _PERIOD.finditer(norm):
        start, end = _day(m.group("a")), _day(m.group("b"))
        if start is None or end is None or not (1 <= start[1] <= 12 and 1 <= end[1] <= 12):
            continue
        if start[0] is not None and end[0] is None:
            end = (start[0], end[1], end[2])  # "自2023年1月1日起至12月31日": the year said once
        return StatedPeriod(m.group(0), m.span(), start, end)
    return None
