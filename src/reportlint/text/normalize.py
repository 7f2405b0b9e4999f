"""Text normalisation for matching, and reading numbers out of table cells.

Matching runs on a normalised copy (NFKC, no whitespace, traditional characters made simplified,
pinyin that mirror sites insert after characters dropped, no leading list numbering); messages
always quote the original text.  Cell values become exact ``Decimal`` numbers, never floats, and a
blank or placeholder cell ("/", "-", "—", "无") is kept distinct from 0: an identity over a blank is
not verifiable, it does not pass.
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..model.records import FrozenRecord, set_field
from .lazyregex import LazyRegex

_WS = re.compile(r"[\s\u3000\u200b\ufeff]+")
_CN_DIGITS = "一二三四五六七八九十"
# Leading list numbering, after NFKC: "一、" "(一)" "1." "1、" "(1)" "第一项"... possibly repeated
# (stacked group labels in extracted text: "(三) 1. 属于国家秘密").
_NUMBERING = re.compile(
    rf"^(?:(?:[{_CN_DIGITS}]+[、.,]|\([{_CN_DIGITS}]+\)|\d+[.、,)]|\(\d+\)|[①-⑳])\s*)+"
)


# Pinyin a mirror site inserted after a character ("報(bào)告"): lower-case Latin letters in
# brackets with at least one tone mark, right after a CJK character (after NFKC: ASCII brackets).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_BRACKETED_PINYIN = re.compile(rf"\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,8}}\)")


def _after_cjk(m: re.Match[str]) -> bool:
    """Whether a match follows a CJK ideograph (U+3400–9FFF, U+F900–FAFF).  Tested here rather than
    by a look-behind class, whose ranges ``re`` expands character by character at every start."""
    before = m.string[m.start() - 1] if m.start() else ""
    return "\u3400" <= before <= "\u9fff" or "\uf900" <= before <= "\ufaff"


def pinyin_matches(text: str) -> list[re.Match[str]]:
    """The inserted pinyin of ``text``, in order (a bracketed run of letters cannot hold another)."""
    return [m for m in _BRACKETED_PINYIN.finditer(text) if _after_cjk(m)] if "(" in text else []


def _t2s_table() -> dict[int, str]:
    from .t2s_table import SIMPLIFIED, TRADITIONAL

    return {ord(t): s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)}


T2S = _t2s_table()


def simplified_char(ch: str) -> str:
    """One character in its simplified form (itself when it has none): length never changes."""
    return T2S.get(ord(ch), ch)


# Mirrors that convert a report to Traditional characters in Taiwan's vocabulary write the form's 文件 as 檔案
# and 信息 as 資訊 (規範性檔案, 二、主動公開政府資訊情況).  Only these Traditional spellings are mapped back, two
# characters for two (offsets are kept): a report written in simplified characters never has them, so its
# 档案 (archives) stays.
_TAIWAN_PHRASES = (("檔案", "文件"), ("資訊", "信息"))


def mainland_phrases(text: str) -> str:
    """The form's words a Taiwan-vocabulary mirror replaced, written back (same length, same places)."""
    if "檔" in text or "資" in text:
        for taiwan, mainland in _TAIWAN_PHRASES:
            text = text.replace(taiwan, mainland)
    return text


def to_simplified(text: str) -> str:
    """Traditional characters made simplified, one for one, and inserted pinyin dropped: for matching
    only (a traditional-character copy of a report is checked, its own text is quoted)."""
    text = mainland_phrases(text).translate(T2S)
    return _BRACKETED_PINYIN.sub(lambda m: "" if _after_cjk(m) else m.group(), text) if "(" in text else text


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """NFKC, whitespace removed, curly quotes folded, simplified characters: the form labels and
    titles are compared in."""
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(_WS.sub("", text))
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


@lru_cache(maxsize=8192)
def normalize_label(text: str) -> str:
    """A label for matching: normalised, with leading list numbering ("1、", "（三）") removed."""
    norm = normalize(text)
    stripped = _NUMBERING.sub("", norm)
    return stripped


def display_width(text: str) -> int:
    """Terminal cells a string takes: CJK wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# Exact arithmetic for cells and identities: the precision is the largest there is, so that + - * and
# comparisons never round (the default 28 digits rounded sums of long cells, and quantize() of a
# 29-digit cell raised InvalidOperation).  No division is done in it (that would not terminate).
EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN,
                        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow])



def exact(function):
    """``function`` (not a generator) with its Decimal arithmetic in EXACT."""
    from functools import wraps

    @wraps(function)
    def run(*args, **kwargs):
        with decimal.localcontext(EXACT):
            return function(*args, **kwargs)

    return run


def exact_sum(values) -> Decimal:
    """The exact sum of Decimals (``sum()`` rounds at the context's 28 digits)."""
    with decimal.localcontext(EXACT):
        return sum(values, Decimal(0))


BLANK_TOKENS = frozenset({"", "/", "／", "-", "－", "—", "——", "–", "无", "空", "/ ", "\\"})

_NUMBER = re.compile(
    r"^(?P<sign>[-−+])?\s*(?P<num>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>万元|亿元|元|件|个|条|项|%)?$"
)


class CellKind:
    NUMBER = "number"
    BLANK = "blank"  # empty or a placeholder such as "/" or "—"
    TEXT = "text"  # not a number: "减4", "若干"


class CellValue(FrozenRecord):
    """What a table cell holds, for arithmetic: a number, a blank, or unreadable text."""

    __slots__ = ("kind", "raw", "value", "unit", "decimals")

    def __init__(self, kind: str, raw: str, value: Decimal | None = None, unit: str | None = None, decimals: int = 0) -> None:
        set_field(self, "kind", kind)
        set_field(self, "raw", raw)
        set_field(self, "value", value)
        set_field(self, "unit", unit)
        set_field(self, "decimals", decimals)

    @property
    def is_number(self) -> bool:
        return self.kind == CellKind.NUMBER


@lru_cache(maxsize=65536)
def parse_cell(raw: str) -> CellValue:
    """Read a cell as written: "12", "１２", "1,234", "400.45887 万元", "-3", "—", "减4"."""
    text = unicodedata.normalize("NFKC", raw).strip()
    text = _WS.sub(" ", text)
    if text in BLANK_TOKENS or not text.strip("/-—–－ "):
        return CellValue(CellKind.BLANK, raw)
    m = _NUMBER.match(text)
    if not m:
        return CellValue(CellKind.TEXT, raw)
    digits = m.group("num").replace(",", "").replace("，", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        return CellValue(CellKind.TEXT, raw)
    if m.group("sign") in ("-", "−"):
        value = value.copy_negate()  # exact: unary minus would round to the context's precision
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return CellValue(CellKind.NUMBER, raw, value, m.group("unit"), decimals)


def looks_numeric(raw: str) -> bool:
    """True for a cell that holds a number (with or without a unit)."""
    return parse_cell(raw).is_number


def format_decimal(value: Decimal) -> str:
    """A Decimal as people write it: no exponent, no trailing zeros after the point (however many
    digits it has)."""
    with decimal.localcontext(EXACT):
        if value == value.to_integral_value():
            return str(value.quantize(Decimal(1)))
        return format(value.normalize(), "f")


_TEXT_NUMBER_HINT = LazyRegex(r"^(?P<word>减少?|增加?|共|约)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>件|个|条|项)?$")


# A change written as signed amounts, bracketed or paired: "+(0) -(0)", "-(3)", "增2 减1" — a 本年增/减
# cell (2019 form) that some pages fill with the increase and the decrease side by side.
_CHANGE_PART = r"(?:[+\-−]|增加?|减少?)\s*(?:\(\s*\d+(?:\.\d+)?\s*\)|\d+(?:\.\d+)?)"
_CHANGE_HINT = LazyRegex(rf"{_CHANGE_PART}(?:\s*{_CHANGE_PART})?")
_CHANGE_SIGNED = LazyRegex(r"([+\-−]|增加?|减少?)\s*\(?\s*(\d+(?:\.\d+)?)")


def suggest_number(raw: str) -> str | None:
    """For text such as "减4" in a numeric cell, the number to write instead ("-4"); for an increase
    and a decrease written side by side ("+(2) -(1)"), the change they make ("1")."""
    text = unicodedata.normalize("NFKC", raw).strip()
    m = _TEXT_NUMBER_HINT.match(text)
    if m:
        word = m.group("word") or ""
        return ("-" if word.startswith("减") else "") + m.group("num")
    if _CHANGE_HINT.fullmatch(text) is None:
        return None
    total = exact_sum(Decimal(num).copy_negate() if sign in ("-", "−") or sign.startswith("减") else Decimal(num)
                      for sign, num in _CHANGE_SIGNED.findall(text))
    return format_decimal(total)


_STRAY_MARKS = "+-−－—–?？\ufffd "


def is_malformed_number(raw: str) -> bool:
    """A number with stray signs or marks before it ("--253", "? 0", "+-3"): a value cell written
    wrong (a finding of the values check), not a label."""
    text = unicodedata.normalize("NFKC", raw).strip()
    rest = text.lstrip(_STRAY_MARKS)
    if rest == text or not rest or parse_cell(text).kind != CellKind.TEXT:
        return False
    return parse_cell(rest).kind == CellKind.NUMBER


def is_caption_row(texts: list[str], next_texts: list[str] | None) -> bool:
    """A caption row ("第二十条第（一）项") holds one text and is followed by a header, not numbers."""
    nonempty = [t for t in texts if t.strip()]
    if not nonempty or len({t.strip() for t in nonempty}) != 1 or not texts[0].strip():
        return False
    if parse_cell(nonempty[0]).kind != CellKind.TEXT:
        return False
    if next_texts is None:
        return False
    return not any(parse_cell(t).kind == CellKind.NUMBER for t in next_texts if t.strip())
