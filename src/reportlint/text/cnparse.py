"""Numbers and percentages in prose (numerals: ``text/cnnumerals.py``, dates: ``text/cndates.py``, sum
statements: ``text/sums.py``).

Pure, stdlib-only and fast: every regular expression is compiled at import time and every
function works on the original string, so ``start``/``end`` offsets index the text as given (no
NFKC copy, no offset map).  Full-width digits (``０``–``９``), full-width ``．``/``，``/``％`` and the
spacing that PDF extraction puts between tokens (``2021 年 1 月 25 日``, ``178 条``) are accepted
directly by the patterns.

Public API
----------
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

import re
from decimal import Decimal

from ..model.records import FrozenRecord, set_field
from .cndates import find_dates
from .cnnumerals import CN_NUMERAL_CHARS, DIGIT, HSPACE, ascii_digits, parse_positional
from .lazyregex import LazyRegex
from .normalize import EXACT

__all__ = ["NumberMention", "find_numbers", "percent_accepts", "percent_of"]


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
    rf"(?=[-−－0-9０-９{CN_NUMERAL_CHARS}])(?:"
    # Arabic (ASCII or full-width), optional sign, thousands groups of exactly three, decimals
    rf"(?P<sign>[-−－])?(?P<int>{DIGIT}{{1,3}}(?:[,，]{DIGIT}{{3}})+(?!{DIGIT})|{DIGIT}+)(?:[.．](?P<frac>{DIGIT}+))?"
    rf"(?:(?P<approx>[余多])?{HSPACE}(?P<unit>{_UNIT_ALT}))?"
    # Chinese numerals: only with a unit (lazy, so 三万元 is 3 万元 and 十二件 is 12 件)
    rf"|(?P<cn>[{CN_NUMERAL_CHARS}]+?)(?P<capprox>[余多])?{HSPACE}(?P<cunit>{_UNIT_ALT})"
    ")"
)

# Spans in which no number is reported.
_ORDINAL_REF_RE = re.compile(
    # 第二十条, 第（一）项, 第 3 条, 第3、4条, 第711号
    rf"第{HSPACE}[（(]?{HSPACE}(?:{DIGIT}+|[{CN_NUMERAL_CHARS}]+){HSPACE}[）)]?"
    rf"(?:{HSPACE}[、，,至到和及~～\-－—]{HSPACE}第?{HSPACE}[（(]?{HSPACE}(?:{DIGIT}+|[{CN_NUMERAL_CHARS}]+){HSPACE}[）)]?)*"
)
_DOC_NUMBER_RE = re.compile(
    # 〔2021〕30号, [2021]30号, 牡政办发〔2020〕17 号, （2021）5号; also a bare 〔2021〕
    rf"[〔［\[【][ \t]*{DIGIT}{{4}}[ \t]*[〕］\]】](?:{HSPACE}第?{HSPACE}{DIGIT}+{HSPACE}号)?"
    rf"|[（(][ \t]*{DIGIT}{{4}}[ \t]*[）)]{HSPACE}第?{HSPACE}{DIGIT}+{HSPACE}号"
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
_DATE_PART_AFTER_RE = LazyRegex(rf"{HSPACE}[年月日号时]")
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
            if n_digits == 5 and _HOTLINE_RE.fullmatch(ascii_digits(int_part)):
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
    digits = int_part if int_part.isascii() else ascii_digits(int_part)
    if "," in digits:
        digits = digits.replace(",", "")
    if frac is not None:
        frac_ascii = frac if frac.isascii() else ascii_digits(frac)
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
            value_int = parse_positional(cn)
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
