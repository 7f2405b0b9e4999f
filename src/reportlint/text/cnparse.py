"""Numbers and percentages in prose (numerals: ``text/cnnumerals.py``, dates: ``text/cndates.py``, sum
statements: ``text/sums.py``).

Pure and stdlib-only: small scanners over ``str`` (one regular expression finds where a number may
start), working on the original string, so ``start``/``end`` offsets index the text as given (no
NFKC copy, no offset map).  Full-width digits (``０``–``９``), full-width ``．``/``，``/``％`` and the
spacing that PDF extraction puts between tokens (``2021 年 1 月 25 日``, ``178 条``) are read
directly.  The spans skipped as no quantity are found by ``text/nonquantities.py``.

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
from .cnnumerals import CN_NUMERAL_CHARS, DIGITS, HSPACES, ascii_digits, char_at, parse_positional, run_end, run_start
from .nonquantities import CLOSE_PAREN, LETTERS, OPEN_PAREN, excluded_spans
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


# Longest first so that 万元 wins over 元, 人次 over 人 and 个百分点 (percentage points) over 个.  宗 counts cases and
# applications as 件 does on 广东's and 广西's pages (作出694宗行政许可, 受理申请7宗), and so does 起 (行政处罚案件25起,
# 被申请行政复议3起, 收到信息公开申请22起) — but for the shapes where 起 is "from" or "together" (``_not_a_count``).
# 则 counts published items (公示公告6则, 刊发报道646则, 发文2则) — but for 一则/二则 in Chinese numerals ("for one thing").
_UNITS = ("个百分点", "万元", "亿元", "万条", "人次", "件", "条", "个", "次", "期", "项", "人", "家", "元",
          "%", "％", "‰", "篇", "份", "场", "宗", "起", "则")  # fmt: skip
_UNIT_NORMAL = {"％": "%"}
_UNITS_BY_FIRST: dict[str, tuple[str, ...]] = {}  # 个 -> (个百分点, 个): the units a character can start, in _UNITS order
for _unit in _UNITS:
    _UNITS_BY_FIRST[_unit[0]] = (*_UNITS_BY_FIRST.get(_unit[0], ()), _unit)
_APPROX = frozenset("余多")
_SIGNS = frozenset("-−－")
_THOUSANDS = frozenset(",，")
_DECIMAL_POINTS = frozenset(".．")
# Where a number may start: a run of digits or of Chinese numerals (one CJK class, compiled once).
_NUMERAL_RUN = re.compile(f"[0-9０-９]+|[{CN_NUMERAL_CHARS}]+")

_SEQ_SEPARATORS = frozenset("-－./／．:")
_CLAUSE_START = frozenset('。；;：:！？!?）)】」』”"*#>|')
_MARKER_AFTER = frozenset(".．、")
_BRACKET_PAIRS = {"〔": "〕", "[": "]", "［": "］", "【": "】"}
_DATE_AFTER = frozenset("年月日号时")
_MAGNITUDE_AFTER = frozenset("万亿千百")
_CN_IDIOM_AFTER = frozenset("性龙事")  # 一次性, 一条龙, 一件事
_FROM = frozenset("自从由")  # 自2024起, 从3起: 起 is "on from" the number, which counts nothing


def _not_a_count(text: str, start: int, numeral: str, unit: str | None) -> bool:
    """起 after a number that counts nothing: "from" it on (``从3起``, ``自2024起``; ``自2024年1月1日起`` and ``10时起``
    end in 日 and 时, no unit) or ``一起`` "together" (``同步起草政策解读材料一起报批``); 则 after a Chinese numeral
    (``一则加强…,二则…``: "for one thing", a connective — items in 则 are counted in digits)."""
    if unit == "则":
        return numeral != "" and not numeral.isdigit()
    return unit == "起" and (_prev_nonspace(text, start) in _FROM or numeral == "一")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class _Spans:
    """The spans of ``text`` in which no number is reported (``excluded_spans``), sorted and merged,
    queried with increasing positions (a moving cursor).  Found at the first query: most texts that
    hold a numeral run hold no number to test (``一、总体情况``, ``（三）政府信息管理``), and finding the
    spans (dates, references, document and contact numbers, Latin words) is most of the work."""

    __slots__ = ("_ends", "_i", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._i = 0

    def _merge(self) -> list[int]:
        spans = excluded_spans(self._text)
        spans.sort()
        starts: list[int] = []
        ends = self._ends
        for s, e in spans:
            if ends and s <= ends[-1]:
                if e > ends[-1]:
                    ends[-1] = e
            else:
                starts.append(s)
                ends.append(e)
        self._starts = starts
        return starts

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) meets a span.  ``start`` must not decrease between calls."""
        starts = self._starts if self._starts is not None else self._merge()
        ends = self._ends
        i = self._i
        n = len(ends)
        while i < n and ends[i] <= start:
            i += 1
        self._i = i
        return i < n and starts[i] < end


def _prev_nonspace(text: str, i: int) -> str:
    """The character before index ``i``, skipping horizontal spaces; ``"\\n"`` at the start."""
    i = run_start(text, i, HSPACES)
    return text[i - 1] if i > 0 else "\n"


def _skip_arabic(
    text: str, start: int, end: int, int_part: str, has_frac: bool, has_sign: bool, unit: str | None
) -> bool:
    """Context rules for an Arabic number at [start, end) (sign excluded): True if not a quantity."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    # inside a longer run or a dotted/hyphenated sequence: 0517-87290606, 1-6月, 1.2.3, 9:30
    if before in DIGITS or after in DIGITS:
        return True
    if before in _SEQ_SEPARATORS and start > 1 and text[start - 2] in DIGITS:
        return True
    if after in _SEQ_SEPARATORS and text[end + 1 : end + 2] in DIGITS:
        return True
    if unit is not None:
        return False
    # parts of dates and document numbers: 2020年, 1月, 2日, 17 号, 第一季度
    if after in _DATE_AFTER or (after in HSPACES and char_at(text, run_end(text, end, HSPACES)) in _DATE_AFTER):
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
            if n_digits == 5 and _is_hotline(ascii_digits(int_part)):
                nxt = text[end : end + 2].lstrip("”\"’'」")
                if nxt and _is_cjk(nxt[0]):
                    return True
    # enclosed: (1), （3）, 〔2021〕, [5]
    if before in OPEN_PAREN and after in CLOSE_PAREN:
        return True
    if after and _BRACKET_PAIRS.get(before) == after:
        return True
    # list markers at a clause start: "1. 属于", "2、", "3）"
    if not has_frac and not has_sign and (after in _MARKER_AFTER or after in CLOSE_PAREN) and after:
        at_clause_start = not before or before.isspace() or _prev_nonspace(text, start) in _CLAUSE_START
        if at_clause_start or (after in CLOSE_PAREN and before in OPEN_PAREN):
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


def _is_hotline(digits: str) -> bool:
    """12345, 12366 and the other five-digit 123xx government hotlines."""
    return digits.startswith("123") and digits[3:].isdecimal()


def _unit_after(text: str, i: int) -> tuple[str, int] | None:
    """The unit of a number that ends at ``i``, with its end: an optional 余/多, spaces, then the
    first of ``_UNITS`` (longest first) that follows; None without one."""
    j = run_end(text, i + 1 if text[i : i + 1] in _APPROX else i, HSPACES)
    for unit in _UNITS_BY_FIRST.get(text[j : j + 1], ()):
        if text.startswith(unit, j):
            return unit, j + len(unit)
    return None


def _grouped_end(text: str, start: int, lead_end: int) -> int | None:
    """The end of ``1,234,567`` at ``start`` whose first digits end at ``lead_end``: one to three
    digits, then groups of a comma and exactly three digits, the last not followed by a digit
    (``1,2345`` is not grouped); None when the digits there are not so grouped."""
    if lead_end - start > 3:
        return None
    ends = []
    i = lead_end
    while char_at(text, i) in _THOUSANDS and all(char_at(text, j) in DIGITS for j in range(i + 1, i + 4)):
        i += 4
        ends.append(i)
    while ends and char_at(text, ends[-1]) in DIGITS:
        ends.pop()
    return ends[-1] if ends else None


def _arabic_number(text: str, start: int, lead_end: int, excluded: _Spans, signed: bool
                   ) -> tuple[NumberMention | None, int]:
    """The Arabic number whose digits run from ``start`` to ``lead_end`` (a sign just before it if
    ``signed``): a quantity or None, and the end of what it spans.  ``1,234``, ``12.5``, ``３００``,
    ``178 条``, ``5余人``."""
    int_end = lead_end
    if text[lead_end : lead_end + 1] in _THOUSANDS:
        int_end = _grouped_end(text, start, lead_end) or lead_end
    core_end = int_end
    frac = None
    if text[int_end : int_end + 1] in _DECIMAL_POINTS and text[int_end + 1 : int_end + 2] in DIGITS:
        core_end = run_end(text, int_end + 1, DIGITS)
        frac = text[int_end + 1 : core_end]
    unit, end = _unit_after(text, core_end) or (None, core_end)
    if _not_a_count(text, start, "", unit):
        unit, end = None, core_end
    if excluded.overlaps(start, core_end):
        return None, end
    if signed:
        prev = char_at(text, start - 2)
        if prev in DIGITS or prev in _SEQ_SEPARATORS or prev in LETTERS:
            signed = False  # a hyphen between tokens, not a minus sign
    int_part = text[start:int_end]
    if _skip_arabic(text, start, core_end, int_part, frac is not None, signed, unit):
        return None, end
    value, decimals = _decimal_from(int_part, frac, signed)
    first = start - 1 if signed else start
    last = end if unit is not None else core_end
    return NumberMention(first, last, text[first:last], value, _UNIT_NORMAL.get(unit, unit), decimals), end


def _numeral_number(text: str, start: int, run_stop: int, excluded: _Spans) -> tuple[NumberMention | None, int] | None:
    """The Chinese numeral at ``start`` (its run ends at ``run_stop``) with the first unit that
    follows a prefix of it (三万元 is 3 万元, 十二件 is 12 件): a quantity or None, and the end of what
    it spans; None when no unit follows (十四五, 二十大)."""
    for core_end in range(start + 1, run_stop + 1):
        found = _unit_after(text, core_end)
        if found is not None:
            break
    else:
        return None
    unit, end = found
    if excluded.overlaps(start, core_end):
        return None, end
    cn = text[start:core_end]
    value = parse_positional(cn)
    if value is None or cn in ("零", "〇"):
        return None, end  # 一一件, 零件
    if _prev_nonspace(text, start) == "第" or char_at(text, end) in _CN_IDIOM_AFTER or _not_a_count(text, start, cn, unit):
        return None, end
    return NumberMention(start, end, text[start:end], Decimal(value), _UNIT_NORMAL.get(unit, unit), 0), end


def find_numbers(text: str) -> list[NumberMention]:
    """Numbers stated in prose, in order, as exact ``Decimal`` values with an optional unit.

    Arabic numbers are reported with or without a unit; Chinese numerals only when directly
    followed by a unit (or 余/多 and a unit), so names such as ``十四五``, ``二十大``, ``三中全会``,
    ``三审三校`` and list markers such as ``一是``, ``（三）`` are never numbers.  A number spans its
    sign, digits and unit; one that would start inside the span of the one before is not read.
    """
    runs = list(_NUMERAL_RUN.finditer(text))
    if not runs:
        return []
    excluded = _Spans(text)
    out: list[NumberMention] = []
    last_end = 0
    for run in runs:
        start, run_stop = run.span()
        if start < last_end:
            continue  # inside the unit of the number before (5万元)
        if text[start] in DIGITS:
            signed = start - 1 >= last_end and char_at(text, start - 1) in _SIGNS
            mention, last_end = _arabic_number(text, start, run_stop, excluded, signed)
        else:
            found = _numeral_number(text, start, run_stop, excluded)
            if found is None:
                continue
            mention, last_end = found
        if mention is not None:
            out.append(mention)
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
