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
from .cnnumerals import char_at, decimal_run_end, run_end
from .lazyregex import LazyRegex

# \u3000 is whitespace to \s already: naming it again would cost a table over the whole BMP to compile.
_WS = re.compile(r"[\s\u200b\ufeff]+")
_CN_DIGITS = frozenset("一二三四五六七八九十")
_CN_MARK_AFTER = frozenset("、.,")
_DIGIT_MARK_AFTER = frozenset(".、,)")


def list_marker(text: str, i: int = 0) -> tuple[int, int] | None:
    """The list marker at ``i`` of a normalised label, as ``(kind, end)``: 1 ``一、`` ``一.`` ``一,``;
    2 ``(一)``; 3 ``1.`` ``1、`` ``1,`` ``1)``; 4 ``(1)``; 5 ``①``–``⑳``.  None when there is none."""
    ch = text[i : i + 1]  # "" past the end (a slice, not a call: ~100 labels a report)
    if ch in _CN_DIGITS:
        end = run_end(text, i, _CN_DIGITS)
        return (1, end + 1) if text[end : end + 1] in _CN_MARK_AFTER else None
    if ch.isdecimal():
        end = decimal_run_end(text, i)
        return (3, end + 1) if text[end : end + 1] in _DIGIT_MARK_AFTER else None
    if ch == "(":
        end = run_end(text, i + 1, _CN_DIGITS)
        kind = 2
        if end == i + 1:
            end = decimal_run_end(text, i + 1)
            kind = 4
        return (kind, end + 1) if end > i + 1 and text[end : end + 1] == ")" else None
    return (5, i + 1) if "①" <= ch <= "⑳" else None


def _without_numbering(text: str) -> str:
    """``text`` without the list numbering that opens it, possibly repeated and each followed by
    spaces (stacked group labels in extracted text: "(三) 1. 属于国家秘密")."""
    i = 0
    while (marker := list_marker(text, i)) is not None:
        i = marker[1]
        while i < len(text) and text[i].isspace():
            i += 1
    return text[i:]


# Pinyin a mirror site inserted after a character ("報(bào)告"): lower-case Latin letters in
# brackets with at least one tone mark, right after a CJK ideograph (after NFKC: ASCII brackets).
_TONED = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")
_PINYIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzü") | _TONED


def _is_ideograph(ch: str) -> bool:
    """A CJK ideograph (U+3400–9FFF, U+F900–FAFF)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def pinyin_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the inserted pinyin of ``text``, in order: ``(``, one to eight pinyin letters of
    which one bears a tone mark, ``)``, right after an ideograph."""
    if _TONED.isdisjoint(text):
        return []  # no tone mark, no pinyin (most texts: answered at C speed)
    found = []
    opening = text.find("(")
    while opening >= 0:
        end = run_end(text, opening + 1, _PINYIN_LETTERS)
        if (1 <= end - opening - 1 <= 8 and char_at(text, end) == ")" and _is_ideograph(char_at(text, opening - 1))
                and not _TONED.isdisjoint(text[opening + 1 : end])):
            found.append((opening, end + 1))
        opening = text.find("(", opening + 1)
    return found


def _t2s_table() -> dict[int, int]:
    """``str.translate``'s table, code point to code point: ``str.maketrans`` builds it in C, in
    half the time of a dict comprehension over the ~4,100 pairs (every run builds it at start-up)."""
    from .t2s_table import SIMPLIFIED, TRADITIONAL

    return str.maketrans(TRADITIONAL, SIMPLIFIED)


T2S = _t2s_table()


def simplified_char(ch: str) -> str:
    """One character in its simplified form (itself when it has none): length never changes."""
    mapped = T2S.get(ord(ch))
    return ch if mapped is None else chr(mapped)


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
    found = pinyin_spans(text) if "(" in text else []
    if not found:
        return text
    kept = []
    pos = 0
    for start, end in found:
        kept.append(text[pos:start])
        pos = end
    kept.append(text[pos:])
    return "".join(kept)


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
    return _without_numbering(norm)


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

_CELL_SIGNS = frozenset("-−+")
_CELL_UNITS = frozenset(("万元", "亿元", "元", "件", "个", "条", "项", "%"))
_NUMERAL_MARKS = frozenset(",，.")


def _cell_number(text: str, i: int) -> tuple[str, str | None] | None:
    """The number (and its unit) that ``text`` holds from ``i`` to its end, spaces around the number
    allowed: "1,234", "400.45887 万元", "12件"; None for anything else.  Written with ``str`` methods as
    the pattern ``\\s*(?P<num>\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?P<unit>万元|…|%)?$``
    it replaced (a class mixing the Latin and full-width commas compiled at every start); the rows
    that pattern wrote for ``parse_cell`` are in ``tests/data/text_scanners.jsonl``.  The number is the
    whole run of digits, commas and points (what follows it can be neither), so it is one of the two
    forms or nothing."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    start = i
    while i < n and (text[i].isdecimal() or text[i] in _NUMERAL_MARKS):
        i += 1
    number = text[start:i]
    if not _is_cell_numeral(number):
        return None
    while i < n and text[i].isspace():
        i += 1
    unit = text[i:-1] if text.endswith("\n") else text[i:]  # "$" also matches before a final line break
    if not unit:
        return number, None
    return (number, unit) if unit in _CELL_UNITS else None


def _is_cell_numeral(number: str) -> bool:
    """Digits, or digits grouped by three with commas (1,234 or 1，234), either with a decimal part."""
    whole, point, fraction = number.partition(".")
    if point and not fraction.isdecimal():
        return False
    if whole.isdecimal():
        return True
    groups = whole.replace("，", ",").split(",")
    return (len(groups) > 1 and 1 <= len(groups[0]) <= 3 and groups[0].isdecimal()
            and all(len(group) == 3 and group.isdecimal() for group in groups[1:]))


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
    sign = text[0] if text[0] in _CELL_SIGNS else None
    found = _cell_number(text, 1 if sign else 0)
    if found is None:
        return CellValue(CellKind.TEXT, raw)
    number, unit = found
    digits = number.replace(",", "").replace("，", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the scanner admits only valid literals
        return CellValue(CellKind.TEXT, raw)
    if sign in ("-", "−"):
        value = value.copy_negate()  # exact: unary minus would round to the context's precision
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return CellValue(CellKind.NUMBER, raw, value, unit, decimals)


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


# No change written as words in a 本年增/减 cell ("未增未减"): the change is 0.
_NO_CHANGE = frozenset({"未增未减", "无增减", "不增不减"})
_TEXT_NUMBER_HINT = LazyRegex(r"^(?P<word>减少?|增加?|共|约)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>件|个|条|项)?$")
# What such a text is made of besides digits and spaces: most text cells are labels, passed by before the pattern
# is compiled (that costs more than a cold check asks of all its cells).
_HINT_CHARS = frozenset("减少增加共约.件个条项")


# A change written as signed amounts, bracketed or paired: "+(0) -(0)", "-(3)", "增2 减1" — a 本年增/减
# cell (2019 form) that some pages fill with the increase and the decrease side by side.
_CHANGE_PART = r"(?:[+\-−]|增加?|减少?)\s*(?:\(\s*\d+(?:\.\d+)?\s*\)|\d+(?:\.\d+)?)"
_CHANGE_HINT = LazyRegex(rf"{_CHANGE_PART}(?:\s*{_CHANGE_PART})?")
_CHANGE_SIGNED = LazyRegex(r"([+\-−]|增加?|减少?)\s*\(?\s*(\d+(?:\.\d+)?)")
_CHANGE_SIGNS = ("+", "-", "−", "增", "减")  # what a change opens with


@lru_cache(maxsize=65536)  # as parse_cell: the readers, the table analysis and the values check ask of each cell
def suggest_number(raw: str) -> str | None:
    """For text such as "减4" in a numeric cell, the number to write instead ("-4"); for an increase
    and a decrease written side by side ("+(2) -(1)"), the change they make ("1"); for "未增未减", "0"."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if text in _NO_CHANGE:
        return "0"
    if all(c.isdecimal() or c.isspace() or c in _HINT_CHARS for c in text):
        m = _TEXT_NUMBER_HINT.match(text)
        if m:
            word = m.group("word") or ""
            return ("-" if word.startswith("减") else "") + m.group("num")
    if not text.startswith(_CHANGE_SIGNS) or _CHANGE_HINT.fullmatch(text) is None:
        return None
    total = exact_sum(Decimal(num).copy_negate() if sign in ("-", "−") or sign.startswith("减") else Decimal(num)
                      for sign, num in _CHANGE_SIGNED.findall(text))
    return format_decimal(total)


_STRAY_MARKS = "+-−－—–?？\ufffd "


@lru_cache(maxsize=65536)  # as suggest_number
def is_malformed_number(raw: str) -> bool:
    """A number with stray signs or marks before it ("--253", "? 0", "+-3"): a value cell written
    wrong (a finding of the values check), not a label."""
    text = unicodedata.normalize("NFKC", raw).strip()
    rest = text.lstrip(_STRAY_MARKS)
    if rest == text or not rest or parse_cell(text).kind != CellKind.TEXT:
        return False
    return parse_cell(rest).kind == CellKind.NUMBER


@lru_cache(maxsize=65536)  # as parse_cell: the readers and the table analysis ask it of each cell, several times
def value_kind(raw: str) -> str:
    """What a cell holds as the readers and the table analysis count it: ``parse_cell``'s kind, except that a
    number written wrong ("--253", "? 0") or in words ("减4", "未增未减") is a NUMBER — it stands in a value column
    (the values check reports it), it labels nothing."""
    kind = parse_cell(raw).kind
    if kind == CellKind.TEXT and (is_malformed_number(raw) or suggest_number(raw) is not None):
        return CellKind.NUMBER
    return kind


def is_one_text_row(texts: list[str]) -> bool:
    """A row holding one text (its first field), written once or repeated over merged cells."""
    return len({t.strip() for t in texts if t.strip()}) == 1 and bool(texts[0].strip())


def is_caption_row(texts: list[str], next_texts: list[str] | None) -> bool:
    """A caption row ("第二十条第（一）项") holds one text and is followed by a header, not numbers."""
    first = texts[0].strip() if texts else ""
    if not first:
        return False
    for text in texts[1:]:  # stops at the first other text: a data row's first value
        other = text.strip()
        if other and other != first:
            return False
    if parse_cell(texts[0]).kind != CellKind.TEXT:
        return False
    if next_texts is None:
        return False
    return not any(parse_cell(t).kind == CellKind.NUMBER for t in next_texts if t.strip())


def is_note_row(texts: list[str]) -> bool:
    """A row opened by a note in brackets, header text after it ("（本列数据的勾稽关系为：…） | 申请人情况", or the
    header's rows joined into one cell after the note): the first row of a table's header, so the start of a table
    of its own even inside a run of rows — a page that lost the section heading between two tables runs them
    together.  A row label's numbering ("（二）部分公开（…）") is no note: too short."""
    first = normalize(texts[0]) if texts else ""
    if len(first) < 8 or first[0] != "(":
        return False
    close = _closing_bracket(first)
    if close is None or close < 7:  # never closed ("（本列数据的勾稽关系为：" broken over lines), or numbering
        return False
    return close < len(first) - 1 or any(t.strip() and t.strip() != texts[0].strip() for t in texts[1:])


def _closing_bracket(text: str) -> int | None:
    """Where the bracket opening ``text`` closes."""
    depth = 0
    for k, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return k
    return None
