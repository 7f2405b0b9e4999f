"""Dates in prose: ``2021年1月25日``, the spaced PDF form, full-width digits, ``二〇二一年一月二十五日``,
``2021-01-25`` (also run into its time, as a page's metadata line may print it: ``2021-01-2518:26``), ``2021.1.25``,
``2021/1/25`` and year-month ``2021年1月``.

``find_dates(text)`` → ``list[DateMatch]``, offsets into the text as given.  Impossible dates are
returned with ``valid=False`` and a Chinese ``error``; nothing ever raises.
"""

from __future__ import annotations

import datetime

from ..model.records import FrozenRecord, set_field
from .cnnumerals import (
    CN_NUMERALS,
    DIGITS,
    FOUR_DIGITS,
    HSPACES,
    ascii_digits,
    char_at,
    parse_digit_by_digit,
    parse_positional,
    run_end,
    run_start,
)
from .lazyregex import LazyRegex

__all__ = ["YEAR_END_DAYS", "DateMatch", "digit_years", "ends_on_full_date", "find_dates", "holds_full_date"]

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


_YEAR_NUMERALS = frozenset("〇零一二三四五六七八九")
_MONTH_DAY_NUMERALS = _YEAR_NUMERALS | {"十"}
_NUMBER_JOINERS = frozenset("-－./／．")  # what joins a date into a longer code: 1-2021-01-25, 2021.1.25.3
_ISO_SEPARATORS = frozenset("-－")
_DOTTED_SEPARATORS = frozenset("./．／")
_DAY_MARKS = frozenset("日号")
_AFTER_YEAR = _ISO_SEPARATORS | _DOTTED_SEPARATORS | HSPACES | {"年"}
_BEFORE_NUMERAL_MARK = _YEAR_NUMERALS | HSPACES


def _continues_number(text: str, start: int) -> bool:
    """Whether a digit run at ``start`` continues a number: right after a digit, or after a digit and a
    joiner (the ``2021`` of ``1-2021-01-25`` is no year)."""
    before = char_at(text, start - 1)
    return before in DIGITS or (before in _NUMBER_JOINERS and char_at(text, start - 2) in DIGITS)


def _numeral_run(text: str, i: int, chars: frozenset[str], longest: int) -> tuple[int, int] | None:
    """The run of ``chars`` at ``i`` if it is 1 to ``longest`` long: a month or day, whole."""
    end = run_end(text, i, chars)
    return (i, end) if 1 <= end - i <= longest else None


def _after_mark(text: str, i: int, marks: frozenset[str]) -> int | None:
    """The index after one of ``marks`` that follows ``i`` past horizontal spaces (``年``, ``月``, ``日``)."""
    if text[i : i + 1] in HSPACES:  # spaced (PDF text): rare, so the run is looked for only then
        i = run_end(text, i, HSPACES)
    return i + 1 if text[i : i + 1] in marks else None


_YEAR_MARK = frozenset("年")
_MONTH_MARK = frozenset("月")


def _month_and_day(text: str, i: int, chars: frozenset[str], longest: tuple[int, int]):
    """After ``年`` at ``i``: ``(month span, day span or None, end)`` of ``1 月 25 日`` / ``一月二十五日``
    (the day is optional: ``2021年1月``), or None.  ``longest``: the most characters of a month and a day."""
    month = _numeral_run(text, run_end(text, i, HSPACES), chars, longest[0])
    end = month and _after_mark(text, month[1], _MONTH_MARK)
    if end is None:
        return None
    day = _numeral_run(text, run_end(text, end, HSPACES), chars, longest[1])
    day_end = day and _after_mark(text, day[1], _DAY_MARKS)
    return (month, day, day_end) if day_end is not None else (month, None, end)


def _arabic_date(text: str, start: int):
    """The date whose four-digit year starts at ``start``: ``(form, end, year, month, day)`` spans, or None.

    ``2021年1月25日`` (spaces allowed around each part, the day optional), ``2021-01-25`` and
    ``2021.1.25`` / ``2021/1/25`` (the same separator twice, no digit or joined digit after).  A dash may be
    followed by spaces: some sites print their page dates as ``2025- 01- 14 10: 13``."""
    year = (start, start + 4)
    after_year = char_at(text, start + 4)
    if after_year in _ISO_SEPARATORS or after_year in _DOTTED_SEPARATORS:
        spaces = HSPACES if after_year in _ISO_SEPARATORS else frozenset()
        month = _numeral_run(text, run_end(text, start + 5, spaces), DIGITS, 2)
        if month is None or char_at(text, month[1]) != after_year:
            return None
        day = _numeral_run(text, run_end(text, month[1] + 1, spaces), DIGITS, 2) or _day_before_time(text, month[1] + 1)
        if day is None or (char_at(text, day[1]) in _NUMBER_JOINERS and char_at(text, day[1] + 1) in DIGITS):
            return None
        return ("iso" if after_year in _ISO_SEPARATORS else "dotted", day[1], year, month, day)
    after_mark = _after_mark(text, start + 4, _YEAR_MARK)
    found = after_mark and _month_and_day(text, after_mark, DIGITS, (2, 2))
    return ("cjk", found[2], year, found[0], found[1]) if found else None


_TIME_MARKS = frozenset(":：")


def _day_before_time(text: str, i: int) -> tuple[int, int] | None:
    """The day of a page's date run into its time (``2021-03-2918:26``: day 29, 18:26): four digits at ``i``, a
    colon and a digit after them, the last two an hour (00–23).  A page's metadata line lost the space between."""
    end = run_end(text, i, DIGITS)
    if end - i != 4 or char_at(text, end) not in _TIME_MARKS or char_at(text, end + 1) not in DIGITS:
        return None
    return (i, i + 2) if int(ascii_digits(text[i + 2 : end])) <= 23 else None


def _numeral_date(text: str, mark: int):
    """The ``二〇二一年一月二十五日`` date whose ``年`` is at ``mark``: ``(start, end, year, month, day)``
    spans, or None.  The year is four digit numerals with no numeral before them; month and day are
    runs of numerals (with 十) of at most 3 and 4 characters."""
    year_end = run_start(text, mark, HSPACES)
    start = year_end - 4
    if char_at(text, year_end - 1) not in _YEAR_NUMERALS:  # most often a digit: 2021年
        return None
    if start < 0 or not all(ch in _YEAR_NUMERALS for ch in text[start:year_end]):
        return None
    if char_at(text, start - 1) in CN_NUMERALS:
        return None
    found = _month_and_day(text, mark + 1, _MONTH_DAY_NUMERALS, (3, 4))
    return (start, found[2], (start, year_end), found[0], found[1]) if found else None


def _date_spans(text: str) -> list[tuple]:
    """Every date in ``text`` as ``(start, end, form, year, month, day)`` spans, in order and
    non-overlapping (a date starting inside an earlier one is not one)."""
    found = []
    for m in FOUR_DIGITS.finditer(text):
        start = m.start()
        if char_at(text, m.end()) in _AFTER_YEAR and not _continues_number(text, start):
            date = _arabic_date(text, start)
            if date is not None:
                form, end, year, month, day = date
                found.append((start, end, form, year, month, day))
    mark = text.find("年")
    while mark >= 0:
        # a numeral year ends before the 年, maybe spaced; most 年 follow a digit (2021年): no call
        date = _numeral_date(text, mark) if mark and text[mark - 1] in _BEFORE_NUMERAL_MARK else None
        if date is not None:
            start, end, year, month, day = date
            found.append((start, end, "cjk-numeral", year, month, day))
        mark = text.find("年", mark + 1)
    found.sort()
    out = []
    last_end = 0
    for span in found:
        if span[0] >= last_end:
            out.append(span)
            last_end = span[1]
    return out


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
    if "年" not in text and FOUR_DIGITS.search(text) is None:
        return out  # every form has a four-digit year or a 年 (most texts: answered at C speed)
    for start, end, form, year_span, month_span, day_span in _date_spans(text):
        if form == "cjk-numeral":
            year_v = parse_digit_by_digit(text[slice(*year_span)])
            month_v = parse_positional(text[slice(*month_span)])
            day_v = parse_positional(text[slice(*day_span)]) if day_span is not None else None
            if year_v is None or month_v is None or (day_span is not None and day_v is None):
                continue
            year, month, day = year_v, month_v, day_v
        else:
            year = int(ascii_digits(text[slice(*year_span)]))
            month = int(ascii_digits(text[slice(*month_span)]))
            day = int(ascii_digits(text[slice(*day_span)])) if day_span is not None else None
        if not 1900 <= year <= 2100:
            continue
        if form in ("iso", "dotted") and not 1 <= month <= 12:
            # "2021.13.5" or "2021-15-30" is more likely a code or a range than a date
            continue
        error = _check_date(year, month, day)
        matched = text[start:end]
        out.append(
            DateMatch(
                start=start,
                end=end,
                text=matched,
                year=year,
                month=month,
                day=day,
                form=form,
                valid=error is None,
                error=error,
                spaced=matched.split() != [matched],  # any whitespace in it, tested in C
            )
        )
    return out


# A full date as a signature writes it (``analysis/structure``: a text ending on one ends as a report ends):
# 2023年1月16日, 2023-01-16, or in Chinese numerals as official documents date themselves (二〇二三年一月十六日).  The
# Chinese numerals' pattern is asked only of a line whose year is so written: its classes of CJK numerals cost ~1 ms to
# compile, at every start.
_DATE = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
_CN_DATE = (r"(?:一九|二[〇○零Ｏ])[〇○零Ｏ一二三四五六七八九]{2}\s*年"
            r"\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日")
_CN_YEAR_STARTS = ("一九", "二〇", "二○", "二零", "二Ｏ")
_FULL_DATE = LazyRegex(_DATE)
_ENDS_ON_DATE = LazyRegex(rf"(?:{_DATE})$")  # a line that ends with its date: the date of a signing block
_CN_FULL_DATE = LazyRegex(_CN_DATE)
_CN_ENDS_ON_DATE = LazyRegex(rf"(?:{_CN_DATE})$")


def holds_full_date(text: str) -> bool:
    """Whether a line holds a full date (``_DATE``, ``_CN_DATE``)."""
    return bool(_FULL_DATE.search(text)) \
        or (any(s in text for s in _CN_YEAR_STARTS) and bool(_CN_FULL_DATE.search(text)))


def ends_on_full_date(text: str) -> bool:
    """Whether a line ends with a full date: the date of a signing block."""
    return bool(_ENDS_ON_DATE.search(text)) \
        or (any(s in text for s in _CN_YEAR_STARTS) and bool(_CN_ENDS_ON_DATE.search(text)))


# A year in Chinese numerals as a sentence opens on it (``二〇二二年,我局…``, ``二零二二年度``): four digit numerals, the
# zero written 〇, ○, 零 or Ｏ (NFKC's O in a normalised text), the year 1900–2099.
_YEAR_DIGITS = str.maketrans("〇○零ＯO一二三四五六七八九", "00000123456789")
_YEAR_DIGIT_CHARS = frozenset("〇○零ＯO一二三四五六七八九")
_DIGIT_YEAR_STARTS = (*_CN_YEAR_STARTS, "二O")


# A year's last day after its 年, as dates write it: in digits, or in numerals (``截至二〇二二年十二月三十一日``, where
# ``digit_years`` writes only the year as digits — a month and day in numerals keep their length only as numerals).
YEAR_END_DAYS = ("12月31日", "十二月三十一日")


def digit_years(text: str) -> str:
    """``text`` with each year in Chinese numerals before its 年 written in digits (``二〇二二年`` → ``2022年``), of the
    same length, so that a reader of ``(19|20)\\d{2}年`` reads it at the same offsets; ``text`` itself when it holds
    none (a ``str`` test first: most texts write their years in digits).  A numeral run longer than four
    (``一二〇二二年``) is no year."""
    if not any(s in text for s in _DIGIT_YEAR_STARTS):
        return text
    out = text
    mark = text.find("年", 4)
    while mark >= 0:
        start = mark - 4
        run = text[start:mark]
        if run[:2] in _DIGIT_YEAR_STARTS and all(ch in _YEAR_DIGIT_CHARS for ch in run[2:]) \
                and char_at(text, start - 1) not in CN_NUMERALS:
            out = out[:start] + run.translate(_YEAR_DIGITS) + out[mark:]
        mark = text.find("年", mark + 1)
    return out
