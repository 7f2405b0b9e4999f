"""Chinese numerals (``二十五``, ``二〇二一``, ``壹仟贰佰``) and the character sets and run scanners the prose parsers share.

``cn_to_int(s)``: ``"二十五"`` → 25, ``"二〇二一"`` → 2021, ``"壹仟贰佰"`` → 1200, anything else → ``None``.
Dates are in ``text/cndates.py``, quantities and percentages in ``text/cnparse.py``.
"""

from __future__ import annotations

import re

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
CN_NUMERAL_CHARS = "".join(_CN_DIGIT_VALUES) + _CN_TWO + "".join(_CN_SMALL_UNITS) + "".join(_CN_BIG_UNITS)


def parse_digit_by_digit(s: str) -> int | None:
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


def parse_positional(s: str) -> int | None:
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
    value = parse_positional(s)
    if value is not None:
        return value
    return parse_digit_by_digit(s)


# ---------------------------------------------------------------------------------------------
# Shared character sets and scanning
# ---------------------------------------------------------------------------------------------

# Sets and small scanners rather than regular-expression classes: ``re`` compiles a class that mixes
# Latin and scattered CJK characters into a table over the whole Basic Multilingual Plane at every
# start, and the prose parsers would need dozens of them.
DIGITS = frozenset("0123456789０１２３４５６７８９")
HSPACES = frozenset(" \t\u3000\u00a0")  # PDF spacing between tokens: horizontal only
CN_NUMERALS = frozenset(CN_NUMERAL_CHARS)
# A digit run of exactly four (a year, the number of a document): two ranges, cheap to compile.
FOUR_DIGITS = re.compile("(?<![0-9０-９])[0-9０-９]{4}(?![0-9０-９])")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－％", "0123456789.,-%")


def ascii_digits(s: str) -> str:
    return s.translate(_FULLWIDTH)


def run_end(text: str, i: int, chars: frozenset[str]) -> int:
    """The index after the run of ``chars`` that starts at ``i`` (``i`` itself when ``text[i]`` is not one)."""
    n = len(text)
    while i < n and text[i] in chars:
        i += 1
    return i


def decimal_run_end(text: str, i: int) -> int:
    """The index after the run of decimal digits (any script, as ``\\d``) that starts at ``i``."""
    n = len(text)
    while i < n and text[i].isdecimal():
        i += 1
    return i


def run_start(text: str, i: int, chars: frozenset[str]) -> int:
    """The index where the run of ``chars`` that ends just before ``i`` starts (``i`` when there is none)."""
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


def char_at(text: str, i: int) -> str:
    """``text[i]``, or ``""`` past either end (``"" in`` a frozenset is False, unlike ``"" in`` a string)."""
    return text[i] if 0 <= i < len(text) else ""
