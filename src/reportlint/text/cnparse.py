"""Chinese numerals, dates, numbers and percentages in prose (sum statements: ``text/sums.py``).

Pure, stdlib-only and fast: every regular expression is compiled at import time and every
function works on the original string, so ``start``/``end`` offsets index the text as given (no
NFKC copy, no offset map).  Full-width digits (``０``–``９``), full-width ``．``/``，``/``％`` and the
spacing that PDF extraction puts between tokens (``2021 年 1 月 25 日``, ``178 条``) are accepted
directly by the patterns.

Public API
----------
``cn_to_int(s)``
    ``"二十五"`` → 25, ``"二〇二一"`` → 2021, ``"壹仟贰佰"`` → 1200, anything else → ``None``.
``find_dates(text)`` → ``list[DateMatch]``
    ``2021年1月25日``, spaced PDF form, full-width digits, ``二〇二一年一月二十五日``,
    ``2021-01-25``, ``2021.1.25``, ``2021/1/25`` and year-month ``2021年1月``.  Impossible dates
    are returned with ``valid=False`` and a Chinese ``error``; nothing ever raises.
``find_numbers(text)`` → ``list[NumberMention]``
    Quantities stated in prose, as exact ``Decimal`` values with an optional unit.  Dates, article
    and item references (``第二十条``), document numbers (``〔2021〕30号``), list markers, phone
    numbers, postcodes, numbers in Latin words and numeral-bearing names (``十四五``) are skipped.
``percent_of(part, base, decimals)``
    ``part / base * 100`` rounded half-up.
``percent_accepts(stated, part, base, decimals)``
    whether a printed percentage is that share, rounded half-up or truncated.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from ..model.records import FrozenRecord, set_field
from .lazyregex import LazyRegex
from .normalize import EXACT

__all__ = [
    "DateMatch",
    "NumberMention",
    "cn_to_int",
    "find_dates",
    "find_numbers",
    "percent_accepts",
    "percent_of",
]

# ---------------------------------------------------------------------------------------------
# Chinese numerals
# ---------------------------------------------------------------------------------------------

_CN_DIGIT_VALUES: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8,
    "玖": 9,
}  # fmt: skip
_CN_TWO = "两兩"  # 两 is 2 in positional numerals only ("两万三千"), never digit by digit
_CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CN_NUMERAL_CHARS = "".join(_CN_DIGIT_VALUES) + _CN_TWO + "".join(_CN_SMALL_UNITS) + "".join(_CN_BIG_UNITS)


def _parse_digit_by_digit(s: str) -> int | None:
    """``二〇二一`` → 2021: two or more plain digits, no units, no 两."""
    if len(s) < 2:
        return None
    value = 0
    for ch in s:
        d = _CN_DIGIT_VALUES.get(ch)
        if d is None:
            return None
        value = value * 10 + d
    return value


def _parse_positional(s: str) -> int | None:
    """``一千二百三十四`` → 1234, ``两万三千`` → 23000, ``十`` → 10, ``一百零三`` → 103.

    Strict: units must decrease within a section (亿 > 万 > section), a digit must be followed by
    a unit unless it is the last character, and a bare unit other than 十 (``百``, ``千``, ``万``) is
    rejected.  A trailing digit right after a unit of 100 or more is the colloquial abbreviation
    (``一百三`` = 130, ``两万三`` = 23000) unless a 零 came in between (``一百零三`` = 103).
    """
    if not s:
        return None
    total = 0
    section = 0
    digit: int | None = None
    last_small = 10**5  # the last small unit used in this section
    last_big = 10**12
    last_unit = 0  # the last unit of any kind (for the colloquial trailing digit)
    zero_seen = False
    seen_any_digit = False
    for i, ch in enumerate(s):
        if ch in _CN_DIGIT_VALUES or ch in _CN_TWO:
            if digit is not None:
                return None  # two digits in a row (二〇, 一一): not positional
            d = 2 if ch in _CN_TWO else _CN_DIGIT_VALUES[ch]
            if d == 0:
                if (i == 0 and len(s) > 1) or zero_seen:
                    return None  # 零五, 一千零零五
                zero_seen = True
                if len(s) == 1:
                    return 0
                continue
            digit = d
            seen_any_digit = True
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            if unit >= last_small:
                return None
            if digit is None:
                # only 十 may stand for 一十, and only at the start of a section (十二, 两万十二 is odd
                # but 一千零十 = 1010 is fine)
                if unit != 10 or (section != 0 and not zero_seen):
                    return None
                digit = 1
            section += digit * unit
            digit = None
            last_small = unit
            last_unit = unit
            zero_seen = False
        elif ch in _CN_BIG_UNITS:
            unit = _CN_BIG_UNITS[ch]
            if unit >= last_big:
                return None
            if digit is not None:
                section += digit
                digit = None
            if section == 0:
                return None
            total += section * unit
            section = 0
            last_small = 10**5
            last_big = unit
            last_unit = unit
            zero_seen = False
        else:
            return None
    if digit is not None:
        if not zero_seen and last_unit >= 100:
            # 一百三 = 130, 两万三 = 23000, 三千五 = 3500
            section += digit * (last_unit // 10)
        else:
            section += digit
    elif zero_seen:
        return None  # trailing 零 ("一百零") is not a number
    total += section
    if not seen_any_digit and total == 0:
        return None
    return total


def cn_to_int(s: str) -> int | None:
    """Chinese numerals to ``int``: positional, digit-by-digit or financial; ``None`` otherwise.

    ``十二`` → 12, ``一百零三`` → 103, ``两万三千`` → 23000, ``二〇二一`` → 2021,
    ``壹仟贰佰叁拾肆`` → 1234.  Arabic digits, mixed forms and empty strings give ``None``.
    """
    if not isinstance(s, str):
        return None
    s = s.strip()
    if not s:
        return None
    value = _parse_positional(s)
    if value is not None:
        return value
    return _parse_digit_by_digit(s)


# ---------------------------------------------------------------------------------------------
# Shared character classes
# ---------------------------------------------------------------------------------------------

_D = "[0-9０-９]"
_SP = "[ \\t\\u3000\\u00a0]*"  # PDF spacing between tokens: horizontal only
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－％", "0123456789.,-%")


def _ascii_digits(s: str) -> str:
    return s.translate(_FULLWIDTH)


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
_NOT_AFTER_DIGIT = rf"(?<!{_D})(?<!{_D}[-－./／．])"
_DATE_RE = re.compile(
    # a leading lookahead lets the engine skip positions that cannot start a date (5x faster)
    rf"(?=[0-9０-９{_CN_YEAR_CH}])(?:"
    # 2021年1月25日, 2021 年 1 月 25 日, ２０２１年１月２５日, 2021年1月
    rf"{_NOT_AFTER_DIGIT}(?P<cy>{_D}{{4}}){_SP}年{_SP}(?P<cm>{_D}{{1,2}}){_SP}月"
    rf"(?:{_SP}(?P<cd>{_D}{{1,2}}){_SP}[日号])?"
    # 二〇二一年一月二十五日
    rf"|(?<![{_CN_NUMERAL_CHARS}])(?P<ky>[{_CN_YEAR_CH}]{{4}}){_SP}年{_SP}(?P<km>[{_CN_MD_CH}]{{1,3}}){_SP}月"
    rf"(?:{_SP}(?P<kd>[{_CN_MD_CH}]{{1,4}}){_SP}[日号])?"
    # 2021-01-25
    rf"|{_NOT_AFTER_DIGIT}(?P<iy>{_D}{{4}})(?P<isep>[-－])(?P<im>{_D}{{1,2}})(?P=isep)(?P<id>{_D}{{1,2}})"
    rf"(?!{_D})(?![-－./／．]{_D})"
    # 2021.1.25, 2021/1/25 (same separator on both sides)
    rf"|{_NOT_AFTER_DIGIT}(?P<dy>{_D}{{4}})(?P<dsep>[./．／])(?P<dm>{_D}{{1,2}})(?P=dsep)(?P<dd>{_D}{{1,2}})"
    rf"(?!{_D})(?![-－./／．]{_D})"
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
            year = int(_ascii_digits(m.group("cy")))
            month = int(_ascii_digits(m.group("cm")))
            cd = m.group("cd")
            day = int(_ascii_digits(cd)) if cd is not None else None
        elif m.group("ky") is not None:
            form = "cjk-numeral"
            year_v = _parse_digit_by_digit(m.group("ky"))
            month_v = _parse_positional(m.group("km"))
            kd = m.group("kd")
            day_v = _parse_positional(kd) if kd is not None else None
            if year_v is None or month_v is None or (kd is not None and day_v is None):
                continue
            year, month, day = year_v, month_v, day_v
        elif m.group("iy") is not None:
            form = "iso"
            year = int(_ascii_digits(m.group("iy")))
            month = int(_ascii_digits(m.group("im")))
            day = int(_ascii_digits(m.group("id")))
        else:
            form = "dotted"
            year = int(_ascii_digits(m.group("dy")))
            month = int(_ascii_digits(m.group("dm")))
            day = int(_ascii_digits(m.group("dd")))
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


# ---------------------------------------------------------------------------------------------
# Numbers in prose
# ---------------------------------------------------------------------------------------------


class NumberMention(FrozenRecord):
    """A number stated in prose.  ``decimals`` is the count of digits after the decimal point."""

    __slots__ = ("start", "end", "text", "value", "unit", "decimals")

    def __init__(self, start: int, end: int, text: str, value: Decimal, unit: str | None, decimals: int) -> None:
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "text", text)
        set_field(self, "value", value)
        set_field(self, "unit", unit)
        set_field(self, "decimals", decimals)

    @property
    def approximate(self) -> bool:
        """True for ``三百余条``, ``300多个``: the value is a lower bound, not an exact count."""
        return "余" in self.text or "多" in self.text


# Longest first so that 万元 wins over 元, 人次 over 人 and 个百分点 (percentage points) over 个.
_UNITS = ("个百分点", "万元", "亿元", "万条", "人次", "件", "条", "个", "次", "期", "项", "人", "家", "元",
          "%", "％", "‰", "篇", "份", "场")  # fmt: skip
_UNIT_ALT = "|".join(re.escape(u) for u in _UNITS)
_UNIT_NORMAL = {"％": "%"}

_NUMBER_RE = re.compile(
    rf"(?=[-−－0-9０-９{_CN_NUMERAL_CHARS}])(?:"
    # Arabic (ASCII or full-width), optional sign, thousands groups of exactly three, decimals
    rf"(?P<sign>[-−－])?(?P<int>{_D}{{1,3}}(?:[,，]{_D}{{3}})+(?!{_D})|{_D}+)(?:[.．](?P<frac>{_D}+))?"
    rf"(?:(?P<approx>[余多])?{_SP}(?P<unit>{_UNIT_ALT}))?"
    # Chinese numerals: only with a unit (lazy, so 三万元 is 3 万元 and 十二件 is 12 件)
    rf"|(?P<cn>[{_CN_NUMERAL_CHARS}]+?)(?P<capprox>[余多])?{_SP}(?P<cunit>{_UNIT_ALT})"
    ")"
)

# Spans in which no number is reported.
_ORDINAL_REF_RE = re.compile(
    # 第二十条, 第（一）项, 第 3 条, 第3、4条, 第711号
    rf"第{_SP}[（(]?{_SP}(?:{_D}+|[{_CN_NUMERAL_CHARS}]+){_SP}[）)]?"
    rf"(?:{_SP}[、，,至到和及~～\-－—]{_SP}第?{_SP}[（(]?{_SP}(?:{_D}+|[{_CN_NUMERAL_CHARS}]+){_SP}[）)]?)*"
)
_DOC_NUMBER_RE = re.compile(
    # 〔2021〕30号, [2021]30号, 牡政办发〔2020〕17 号, （2021）5号; also a bare 〔2021〕
    rf"[〔［\[【][ \t]*{_D}{{4}}[ \t]*[〕］\]】](?:{_SP}第?{_SP}{_D}+{_SP}号)?"
    rf"|[（(][ \t]*{_D}{{4}}[ \t]*[）)]{_SP}第?{_SP}{_D}+{_SP}号"
)
_CONTACT_RE = re.compile(
    # 邮编：223100, 电话：(0517)87290606, 传真 0517-8729 0606
    r"(?:邮编|邮政编码|联系电话|咨询电话|监督电话|投诉电话|电话|传真|手机|QQ|qq|Tel|TEL|tel)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*[0-9０-９()（）\-－ \t/转]+"
)
# Runs of Latin letters, digits and URL punctuation; a run with a letter is a word/URL/code.
_LATIN_RUN_RE = re.compile(r"[0-9A-Za-zＡ-Ｚａ-ｚ_\-./:@?=&#~+]+")
_ONE_DIGIT_RE = re.compile(r"[0-9０-９]")
_HAS_LETTER_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")

_DIGITS = frozenset("0123456789０１２３４５６７８９")
_SEQ_SEPARATORS = frozenset("-－./／．:")
_CLAUSE_START = frozenset('。；;：:！？!?）)】」』”"*#>|')
_MARKER_AFTER = frozenset(".．、")
_CLOSE_PAREN = frozenset(")）")
_OPEN_PAREN = frozenset("(（")
_BRACKET_PAIRS = {"〔": "〕", "[": "]", "［": "］", "【": "】"}
_DATE_PART_AFTER_RE = LazyRegex(rf"{_SP}[年月日号时]")
_DATE_AFTER = frozenset("年月日号时")
_HSPACE = frozenset(" \t\u3000\u00a0")
_MAGNITUDE_AFTER = frozenset("万亿千百")
_CN_IDIOM_AFTER = frozenset("性龙事")  # 一次性, 一条龙, 一件事
_HOTLINE_RE = re.compile(r"123\d\d")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class _Spans:
    """Sorted, merged half-open spans, queried with increasing positions (a moving cursor)."""

    __slots__ = ("_ends", "_i", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        starts: list[int] = []
        ends: list[int] = []
        for s, e in spans:
            if ends and s <= ends[-1]:
                if e > ends[-1]:
                    ends[-1] = e
            else:
                starts.append(s)
                ends.append(e)
        self._starts = starts
        self._ends = ends
        self._i = 0

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) meets a span.  ``start`` must not decrease between calls."""
        ends = self._ends
        i = self._i
        n = len(ends)
        while i < n and ends[i] <= start:
            i += 1
        self._i = i
        return i < n and self._starts[i] < end


def _excluded_spans(text: str) -> _Spans:
    spans = [(d.start, d.end) for d in find_dates(text)]
    for rx in (_ORDINAL_REF_RE, _DOC_NUMBER_RE):
        spans.extend(m.span() for m in rx.finditer(text))
    for m in _CONTACT_RE.finditer(text):
        # "电话：0517-87290606" yes, "咨询电话 35 个" no: a contact number has five digits or more
        if len(_ONE_DIGIT_RE.findall(m.group(0))) >= 5:
            spans.append(m.span())
    for m in _LATIN_RUN_RE.finditer(text):
        if _HAS_LETTER_RE.search(m.group(0)):
            spans.append(m.span())
    return _Spans(spans)


def _prev_nonspace(text: str, i: int) -> str:
    """The character before index ``i``, skipping horizontal spaces; ``"\\n"`` at the start."""
    while i > 0 and text[i - 1] in " \t\u3000\u00a0":
        i -= 1
    return text[i - 1] if i > 0 else "\n"


def _skip_arabic(
    text: str, start: int, end: int, int_part: str, has_frac: bool, has_sign: bool, unit: str | None
) -> bool:
    """Context rules for an Arabic number at [start, end) (sign excluded): True if not a quantity."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    # inside a longer run or a dotted/hyphenated sequence: 0517-87290606, 1-6月, 1.2.3, 9:30
    if before in _DIGITS or after in _DIGITS:
        return True
    if before in _SEQ_SEPARATORS and start > 1 and text[start - 2] in _DIGITS:
        return True
    if after in _SEQ_SEPARATORS and text[end + 1 : end + 2] in _DIGITS:
        return True
    if unit is not None:
        return False
    # parts of dates and document numbers: 2020年, 1月, 2日, 17 号, 第一季度
    if after in _DATE_AFTER or (after in _HSPACE and _DATE_PART_AFTER_RE.match(text, end)):
        return True
    if after == "季" or after == "周":
        return True
    # 3万人, 1.2万件: a magnitude whose unit is not one we know; skip rather than guess
    if after in _MAGNITUDE_AFTER:
        return True
    if not has_frac:
        n_digits = len(int_part)
        if n_digits > 1:
            # leading zero (0517, 010) or a long bare run (87290606, 13812345678): phone numbers
            if int_part[0] in "0０" or n_digits >= 7:
                return True
            # 12345 热线 and other 123xx government hotlines
            if n_digits == 5 and _HOTLINE_RE.fullmatch(_ascii_digits(int_part)):
                nxt = text[end : end + 2].lstrip("”\"’'」")
                if nxt and _is_cjk(nxt[0]):
                    return True
    # enclosed: (1), （3）, 〔2021〕, [5]
    if before in _OPEN_PAREN and after in _CLOSE_PAREN:
        return True
    if after and _BRACKET_PAIRS.get(before) == after:
        return True
    # list markers at a clause start: "1. 属于", "2、", "3）"
    if not has_frac and not has_sign and (after in _MARKER_AFTER or after in _CLOSE_PAREN) and after:
        at_clause_start = not before or before.isspace() or _prev_nonspace(text, start) in _CLAUSE_START
        if at_clause_start or (after in _CLOSE_PAREN and before in _OPEN_PAREN):
            return True
    return False


def _decimal_from(int_part: str, frac: str | None, negative: bool) -> tuple[Decimal, int]:
    digits = int_part if int_part.isascii() else _ascii_digits(int_part)
    if "," in digits:
        digits = digits.replace(",", "")
    if frac is not None:
        frac_ascii = frac if frac.isascii() else _ascii_digits(frac)
        value = Decimal(f"{digits}.{frac_ascii}")
        decimals = len(frac_ascii)
    else:
        value = Decimal(digits)
        decimals = 0
    return (-value if negative else value), decimals


def find_numbers(text: str) -> list[NumberMention]:
    """Numbers stated in prose, in order, as exact ``Decimal`` values with an optional unit.

    Arabic numbers are reported with or without a unit; Chinese numerals only when directly
    followed by a unit (or 余/多 and a unit), so names such as ``十四五``, ``二十大``, ``三中全会``,
    ``三审三校`` and list markers such as ``一是``, ``（三）`` are never numbers.
    """
    excluded = _excluded_spans(text)
    out: list[NumberMention] = []
    n_text = len(text)
    for m in _NUMBER_RE.finditer(text):
        sign, int_part, frac, _approx, unit, cn, _capprox, cunit = m.groups()
        if cn is not None:
            core_start, core_end = m.span("cn")
            if excluded.overlaps(core_start, core_end):
                continue
            value_int = _parse_positional(cn)
            if value_int is None or cn in ("零", "〇"):
                continue  # 一一件, 零件
            if _prev_nonspace(text, core_start) == "第":
                continue
            end = m.end()
            if end < n_text and text[end] in _CN_IDIOM_AFTER:
                continue
            unit_out = _UNIT_NORMAL.get(cunit, cunit)
            out.append(NumberMention(core_start, end, m.group(0), Decimal(value_int), unit_out, 0))
            continue

        int_start, int_end = m.span("int")
        core_end = m.end("frac") if frac is not None else int_end
        if excluded.overlaps(int_start, core_end):
            continue
        if sign is not None:
            sign_pos = int_start - 1
            prev = text[sign_pos - 1] if sign_pos > 0 else ""
            if prev in _DIGITS or prev in _SEQ_SEPARATORS or _HAS_LETTER_RE.match(prev):
                sign = None  # a hyphen between tokens, not a minus sign
        if _skip_arabic(text, int_start, core_end, int_part, frac is not None, sign is not None, unit):
            continue
        value, decimals = _decimal_from(int_part, frac, sign is not None)
        start = int_start - 1 if sign is not None else int_start
        end = m.end() if unit is not None else core_end
        unit_out = _UNIT_NORMAL.get(unit, unit) if unit is not None else None
        out.append(NumberMention(start, end, text[start:end], value, unit_out, decimals))
    return out


def _scaled_percent(part: Decimal, base: Decimal, decimals: int):
    """``part / base * 100 * 10**decimals`` as an exact Fraction: Decimal division rounds at 28 digits
    and its quantize() failed for a percentage written with 30 decimals or over a 29-digit cell."""
    from fractions import Fraction

    return Fraction(Decimal(part)) * 100 * 10**decimals / Fraction(Decimal(base))


def _at(scaled, decimals: int, half_up: bool) -> Decimal:
    """The scaled fraction rounded (half away from zero, or toward zero) and put back at ``decimals`` places."""
    n, d = abs(scaled.numerator), scaled.denominator
    rounded = (n * 2 + d) // (2 * d) if half_up else n // d
    result = Decimal(rounded).scaleb(-decimals, EXACT)
    return result.copy_negate() if scaled < 0 else result


def percent_of(part: Decimal, base: Decimal, decimals: int) -> Decimal:
    """``part / base * 100`` rounded half-up to ``decimals`` places (``percent_of(64, 178, 1)`` = 36.0).

    Raises ``ZeroDivisionError`` for a zero base (a percentage of nothing is undefined).
    """
    if Decimal(base) == 0:
        raise ZeroDivisionError("percent_of: base is 0")
    return _at(_scaled_percent(part, base, decimals), decimals, half_up=True)


def percent_accepts(stated: Decimal, part: Decimal, base: Decimal, decimals: int) -> bool:
    """Whether a printed percentage is ``part / base * 100`` at its printed precision: rounded half-up
    or truncated (a share of 4.3478…% may be printed 4.35% or 4.34%; both are what the author
    computed, and neither is wrong by the form's rules).  A zero base accepts nothing."""
    if Decimal(base) == 0:
        return False
    scaled = _scaled_percent(part, base, decimals)
    return stated in (_at(scaled, decimals, half_up=True), _at(scaled, decimals, half_up=False))
