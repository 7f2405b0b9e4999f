"""Dates in prose: ``2021年1月25日``, the spaced PDF form, full-width digits, ``二〇二一年一月二十五日``,
``2021-01-25``, ``2021.1.25``, ``2021/1/25`` and year-month ``2021年1月``.

``find_dates(text)`` → ``list[DateMatch]``, offsets into the text as given.  Impossible dates are
returned with ``valid=False`` and a Chinese ``error``; nothing ever raises.
"""

from __future__ import annotations

import datetime
import re

from ..model.records import FrozenRecord, set_field
from .cnnumerals import CN_NUMERAL_CHARS, DIGIT, HSPACE, ascii_digits, parse_digit_by_digit, parse_positional

__all__ = ["DateMatch", "find_dates"]

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


class DateMatch(FrozenRecord):
    """A date found in text.  ``day`` is ``None`` for a year-month (``2021年1月``)."""

    __slots__ = ("start", "end", "text", "year", "month", "day", "form", "valid", "error", "spaced")

    def __init__(self, start: int, end: int, text: str, year: int, month: int, day: int | None, form: str, valid: bool,
                 error: str | None, spaced: bool) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "text", text)
        set_field(self, "year", year)
        set_field(self, "month", month)
        set_field(self, "day", day)
        set_field(self, "form", form)  # "cjk", "cjk-numeral", "iso", "dotted"
        set_field(self, "valid", valid)
        set_field(self, "error", error)
        set_field(self, "spaced", spaced)

    @property
    def date(self) -> datetime.date | None:
        """The ``datetime.date`` for a valid full date; ``None`` for year-month or invalid dates."""
        if not self.valid or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)


_CN_YEAR_CH = "〇零一二三四五六七八九"
_CN_MD_CH = "〇零一二三四五六七八九十"
_NOT_AFTER_DIGIT = rf"(?<!{DIGIT})(?<!{DIGIT}[-－./／．])"
_DATE_RE = re.compile(
    # a leading lookahead lets the engine skip positions that cannot start a date (5x faster)
    rf"(?=[0-9０-９{_CN_YEAR_CH}])(?:"
    # 2021年1月25日, 2021 年 1 月 25 日, ２０２１年１月２５日, 2021年1月
    rf"{_NOT_AFTER_DIGIT}(?P<cy>{DIGIT}{{4}}){HSPACE}年{HSPACE}(?P<cm>{DIGIT}{{1,2}}){HSPACE}月"
    rf"(?:{HSPACE}(?P<cd>{DIGIT}{{1,2}}){HSPACE}[日号])?"
    # 二〇二一年一月二十五日
    rf"|(?<![{CN_NUMERAL_CHARS}])(?P<ky>[{_CN_YEAR_CH}]{{4}}){HSPACE}年{HSPACE}(?P<km>[{_CN_MD_CH}]{{1,3}}){HSPACE}月"
    rf"(?:{HSPACE}(?P<kd>[{_CN_MD_CH}]{{1,4}}){HSPACE}[日号])?"
    # 2021-01-25
    rf"|{_NOT_AFTER_DIGIT}(?P<iy>{DIGIT}{{4}})(?P<isep>[-－])(?P<im>{DIGIT}{{1,2}})(?P=isep)(?P<id>{DIGIT}{{1,2}})"
    rf"(?!{DIGIT})(?![-－./／．]{DIGIT})"
    # 2021.1.25, 2021/1/25 (same separator on both sides)
    rf"|{_NOT_AFTER_DIGIT}(?P<dy>{DIGIT}{{4}})(?P<dsep>[./．／])(?P<dm>{DIGIT}{{1,2}})(?P=dsep)(?P<dd>{DIGIT}{{1,2}})"
    rf"(?!{DIGIT})(?![-－./／．]{DIGIT})"
    ")"
)
_SPACE_RE = re.compile(r"\s")


def _days_in_month(year: int, month: int) -> int:
    """Gregorian month length (what calendar.monthrange gives, without importing calendar)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _check_date(year: int, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return f"月份{month}无效"
    if day is None:
        return None
    last = _days_in_month(year, month)
    if 1 <= day <= last:
        return None
    if month == 2 and day == 29:
        return f"2月没有29日（{year}年不是闰年）"
    return f"{month}月没有{day}日"


def find_dates(text: str) -> list[DateMatch]:
    """All dates in ``text``, in order and non-overlapping.  Never raises.

    Years outside 1900–2100 are not dates.  A four-digit year needs at least a month: ``2020年``
    alone is not a date.  Numbers inside longer digit runs (``0517-87290606``) are not dates.
    """
    out: list[DateMatch] = []
    for m in _DATE_RE.finditer(text):
        if m.group("cy") is not None:
            form = "cjk"
            year = int(ascii_digits(m.group("cy")))
            month = int(ascii_digits(m.group("cm")))
            cd = m.group("cd")
            day = int(ascii_digits(cd)) if cd is not None else None
        elif m.group("ky") is not None:
            form = "cjk-numeral"
            year_v = parse_digit_by_digit(m.group("ky"))
            month_v = parse_positional(m.group("km"))
            kd = m.group("kd")
            day_v = parse_positional(kd) if kd is not None else None
            if year_v is None or month_v is None or (kd is not None and day_v is None):
                continue
            year, month, day = year_v, month_v, day_v
        elif m.group("iy") is not None:
            form = "iso"
            year = int(ascii_digits(m.group("iy")))
            month = int(ascii_digits(m.group("im")))
            day = int(ascii_digits(m.group("id")))
        else:
            form = "dotted"
            year = int(ascii_digits(m.group("dy")))
            month = int(ascii_digits(m.group("dm")))
            day = int(ascii_digits(m.group("dd")))
        if not 1900 <= year <= 2100:
            continue
        if form in ("iso", "dotted") and not 1 <= month <= 12:
            # "2021.13.5" or "2021-15-30" is more likely a code or a range than a date
            continue
        error = _check_date(year, month, day)
        matched = m.group(0)
        out.append(
            DateMatch(
                start=m.start(),
                end=m.end(),
                text=matched,
                year=year,
                month=month,
                day=day,
                form=form,
                valid=error is None,
                error=error,
                spaced=_SPACE_RE.search(matched) is not None,
            )
        )
    return out
