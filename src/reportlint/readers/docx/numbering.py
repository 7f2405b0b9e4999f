"""Automatic numbering (word/numbering.xml): the label Word shows before a numbered paragraph.

A numbered paragraph names a ``w:num`` (numId) and a level (ilvl), directly or through its style.
The ``w:num`` points to an ``w:abstractNum`` whose levels give the start value, the number format
(``chineseCounting`` → 一, ``upperRoman`` → IV …) and the level text (``%1、``, ``（%2）``); the
``w:num`` may override levels.  Counters run per ``w:num`` through the document, a level restarting
the deeper ones, so the reader asks for each label in document order.
"""

from __future__ import annotations

import re

from ...model.records import Record
from . import limits
from .wordml import ILVL, NUMID, VAL, W, on, to_int

_ZH_DIGITS = "零一二三四五六七八九"
_LEVEL_REF = re.compile(r"%([1-9])")
_INT32 = 2**31 - 1  # w:start is an ST_DecimalNumber: a larger value is not a valid start


class Level(Record):
    """One level of a list: ``fmt == ""`` in a ``w:lvlOverride`` means "the rest from the abstract level"."""

    __slots__ = ("start", "fmt", "text", "restart", "legal", "pstyle", "suffix")

    def __init__(self, start: int = 1, fmt: str = "decimal", text: str = "", restart: int | None = None, legal: bool = False,
                 pstyle: str | None = None, suffix: str = "tab") -> None:
        self.start = start
        self.fmt = fmt
        self.text = text
        self.restart = restart
        self.legal = legal
        self.pstyle = pstyle
        self.suffix = suffix


def _start(value: str | None) -> int:
    start = to_int(value, 1) or 0
    return start if abs(start) <= _INT32 else 1


def _parse_level(lvl) -> Level:
    out = Level()
    for child in lvl:
        tag, val = child.tag, child.get(VAL)
        if tag == W + "start":
            out.start = _start(val)
        elif tag == W + "numFmt":
            out.fmt = val or "decimal"
        elif tag == W + "lvlText":
            out.text = (val or "")[:limits.MAX_LEVEL_TEXT]
        elif tag == W + "lvlRestart":
            out.restart = to_int(val)
        elif tag == W + "isLgl":
            out.legal = on(child)
        elif tag == W + "pStyle":
            out.pstyle = val
        elif tag == W + "suff":
            out.suffix = val or "tab"
    return out


def _zh_number(n: int, digits: str = _ZH_DIGITS, units: str = "十百千") -> str:
    """Chinese counting as Word renders it: 1→一, 10→十, 11→十一, 20→二十, 105→一百零五."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        return str(n)
    parts = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        parts.append(digits[d] + unit)
    text = "".join(parts)
    if 10 <= n < 20 and digits is _ZH_DIGITS:
        text = text[1:]  # 十一, not 一十一
    return text


_ROMAN_DIGITS = (  # units, tens, hundreds
    ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"),
    ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"),
    ("", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"),
)


def _roman(n: int) -> str:
    """Roman numerals, digit by digit (thousands as repeated M: at most 32 below :data:`~.limits.MAX_LIST_NUMBER`)."""
    return "M" * (n // 1000) + "".join(_ROMAN_DIGITS[k][n // 10**k % 10] for k in (2, 1, 0))


def _letters(n: int) -> str:
    """Word's letter numbering: A … Z, then AA … ZZ, AAA …"""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_CHINESE_COUNTING = frozenset({"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                               "ideographDigital", "japaneseDigitalTenThousand"})


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word number format (unknown formats, and any value above
    :data:`~.limits.MAX_LIST_NUMBER`, in Arabic digits)."""
    if fmt in ("none", "bullet"):
        return ""
    if n > limits.MAX_LIST_NUMBER:
        return str(n)
    if fmt in _CHINESE_COUNTING:
        return _zh_number(n)
    if fmt == "chineseLegalSimplified":
        return _zh_number(n, "零壹贰叁肆伍陆柒捌玖", "拾佰仟")
    if fmt in ("ideographTraditional", "ideographZodiac"):
        seq = "甲乙丙丁戊己庚辛壬癸" if fmt == "ideographTraditional" else "子丑寅卯辰巳午未申酉戌亥"
        return seq[(n - 1) % len(seq)] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    return str(n)


class Numbering:
    """numbering.xml plus the running counters, one set per ``w:num`` instance.

    ``numbered_style(style_id)`` is how a ``w:numStyleLink`` reaches the numbering a style gives
    (the reader passes the styles' ``numpr``)."""

    def __init__(self, root, numbered_style) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> numStyleLink style id
        self.nums: dict[str, tuple[str, dict[int, Level]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self._numbered_style = numbered_style
        if root is None:
            return
        for absn in root.iter(W + "abstractNum"):
            aid = absn.get(W + "abstractNumId") or ""
            self.abstract[aid] = {to_int(lvl.get(ILVL), 0) or 0: _parse_level(lvl) for lvl in absn.iter(W + "lvl")}
            link = absn.find(W + "numStyleLink")
            if link is not None and link.get(VAL):
                self.style_link[aid] = link.get(VAL)
        for num in root.iter(W + "num"):
            nid = num.get(NUMID)
            absref = num.find(W + "abstractNumId")
            if nid is None or absref is None:
                continue
            overrides: dict[int, Level] = {}
            for ov in num.iter(W + "lvlOverride"):
                ilvl = to_int(ov.get(ILVL), 0) or 0
                lvl = ov.find(W + "lvl")
                start = ov.find(W + "startOverride")
                level = _parse_level(lvl) if lvl is not None else None
                if start is not None:
                    level = level or Level(fmt="")
                    level.start = _start(start.get(VAL))
                if level is not None:
                    overrides[ilvl] = level
            self.nums[nid] = (absref.get(VAL) or "", overrides)

    def _levels(self, num_id: str) -> dict[int, Level]:
        aid, overrides = self.nums.get(num_id, ("", {}))
        levels = self.abstract.get(aid, {})
        if not levels and aid in self.style_link:  # numStyleLink: the style's numbering is the real one
            linked, _ = self._numbered_style(self.style_link[aid])
            if linked is not None and linked != num_id:
                levels = self.abstract.get(self.nums.get(linked, ("", {}))[0], {})
        if not overrides:
            return levels
        merged = dict(levels)
        for ilvl, ov in overrides.items():
            base = levels.get(ilvl, Level())
            merged[ilvl] = ov if ov.fmt else Level(ov.start, base.fmt, base.text, base.restart,
                                                   base.legal, base.pstyle, base.suffix)
        return merged

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        for ilvl, lvl in self._levels(num_id).items():
            if lvl.pstyle is not None and lvl.pstyle == style_id:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num, level) and render the visible label, e.g. "（二）"."""
        levels = self._levels(num_id)
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counters = self.counters.setdefault(num_id, [None] * 10)
        ilvl = max(0, min(ilvl, 9))
        current = counters[ilvl]
        counters[ilvl] = lvl.start if current is None else current + 1
        for deeper in range(ilvl + 1, 10):
            other = levels.get(deeper)
            restart = other.restart if other is not None else None
            if restart is None or (restart != 0 and ilvl < restart):
                counters[deeper] = None
        if lvl.fmt == "bullet":
            return ""

        def render(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            ref = levels.get(k)
            value = counters[k] if counters[k] is not None else (ref.start if ref else 1)
            fmt = ref.fmt if ref is not None else "decimal"
            if lvl.legal and fmt != "none":
                fmt = "decimal"
            return format_number(value, fmt)

        text = _LEVEL_REF.sub(render, lvl.text)
        if text and lvl.suffix == "space":
            text += " "
        return text
