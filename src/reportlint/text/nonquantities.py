"""Spans of prose whose digits are not quantities (for ``text/cnparse.py``): dates, article and item
references (``第二十条``), document numbers (``〔2021〕30号``), contact numbers and Latin words.

Small scanners over ``str`` rather than regular expressions: each grammar below mixes Latin and CJK
characters, which ``re`` compiles into tables over the whole Basic Multilingual Plane at every start.
Offsets index the text as given.
"""

from __future__ import annotations

import re

from .cndates import find_dates
from .cnnumerals import CN_NUMERALS, DIGITS, FOUR_DIGITS, HSPACES, char_at, run_end, run_start
from .lazyregex import LazyRegex

__all__ = ["excluded_spans"]

OPEN_PAREN = frozenset("(（")
CLOSE_PAREN = frozenset(")）")
ASCII_LETTERS = frozenset(chr(code) for code in (*range(0x41, 0x5B), *range(0x61, 0x7B)))  # A-Z a-z
FULLWIDTH_LETTERS = frozenset(chr(code) for code in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)))  # Ａ-Ｚ ａ-ｚ
LETTERS = ASCII_LETTERS | FULLWIDTH_LETTERS


# ---------------------------------------------------------------------------------------------
# 第二十条, 第（一）项, 第 3 条, 第3、4条, 第711号
# ---------------------------------------------------------------------------------------------

_ORDINAL_JOINERS = frozenset("、，,至到和及~～-－—")


def _ordinal_item(text: str, i: int) -> int | None:
    """The end of the number after ``第`` at ``i``: spaces, an optional ``(``/``（``, spaces, a run of
    digits or of Chinese numerals, spaces and an optional ``)``/``）`` (the spaces before it kept
    even without one); None without a number."""
    i = run_end(text, i, HSPACES)
    if char_at(text, i) in OPEN_PAREN:
        i = run_end(text, i + 1, HSPACES)
    end = run_end(text, i, DIGITS)
    if end == i:
        end = run_end(text, i, CN_NUMERALS)
        if end == i:
            return None
    end = run_end(text, end, HSPACES)
    return end + 1 if char_at(text, end) in CLOSE_PAREN else end


def _ordinal_end(text: str, after_di: int) -> int | None:
    """The end of the reference whose ``第`` ends at ``after_di``: its number, then any further numbers
    joined by ``、，,至到和及~～-－—`` (each with an optional ``第``); None when no number follows."""
    end = _ordinal_item(text, after_di)
    while end is not None:
        joiner = run_end(text, end, HSPACES)
        if char_at(text, joiner) not in _ORDINAL_JOINERS:
            break
        i = run_end(text, joiner + 1, HSPACES)
        further = _ordinal_item(text, i + 1 if char_at(text, i) == "第" else i)
        if further is None:
            break
        end = further
    return end


def _ordinal_refs(text: str) -> list[tuple[int, int]]:
    spans = []
    di = text.find("第")
    while di >= 0:
        end = _ordinal_end(text, di + 1)
        if end is not None:
            spans.append((di, end))
        di = text.find("第", end if end is not None else di + 1)
    return spans


# ---------------------------------------------------------------------------------------------
# 〔2021〕30号, [2021]30号, 牡政办发〔2020〕17 号, （2021）5号; a bare 〔2021〕
# ---------------------------------------------------------------------------------------------

_SQUARE_OPEN = frozenset("〔［[【")
_SQUARE_CLOSE = frozenset("〕］]】")
_TABS = frozenset(" \t")
_BEFORE_YEAR = _SQUARE_OPEN | OPEN_PAREN | _TABS


def _number_and_hao(text: str, i: int) -> int | None:
    """The end of ``30号`` / ``第 17 号`` at ``i`` (spaces allowed around each part), or None."""
    i = run_end(text, i, HSPACES)
    if char_at(text, i) == "第":
        i = run_end(text, i + 1, HSPACES)
    end = run_end(text, i, DIGITS)
    if end == i:
        return None
    end = run_end(text, end, HSPACES)
    return end + 1 if char_at(text, end) == "号" else None


def _document_numbers(text: str) -> list[tuple[int, int]]:
    """A year of four digits in brackets (spaces or tabs inside them), then a number and 号: optional
    after 〔〕［］[]【】 (any of the openers with any of the closers), required after （）()."""
    spans = []
    last_end = 0
    for year in FOUR_DIGITS.finditer(text):
        if char_at(text, year.start() - 1) not in _BEFORE_YEAR:
            continue  # most years: 2021年
        start = run_start(text, year.start(), _TABS) - 1
        close = run_end(text, year.end(), _TABS)
        opener, closer = char_at(text, start), char_at(text, close)
        if opener in _SQUARE_OPEN and closer in _SQUARE_CLOSE:
            end = _number_and_hao(text, close + 1) or close + 1
        elif opener in OPEN_PAREN and closer in CLOSE_PAREN:
            end = _number_and_hao(text, close + 1)
        else:
            end = None
        if end is not None and start >= last_end:
            spans.append((start, end))
            last_end = end
    return spans


# ---------------------------------------------------------------------------------------------
# 邮编：223100, 电话：(0517)87290606, 传真 0517-8729 0606
# ---------------------------------------------------------------------------------------------

_CONTACT_WORDS = ("邮编", "邮政编码", "联系电话", "咨询电话", "监督电话", "投诉电话", "电话", "传真", "手机",
                  "QQ", "qq", "Tel", "TEL", "tel")  # fmt: skip
_CONTACT_HINTS = ("电话", "邮", "传真", "手机", "QQ", "qq", "el", "EL")  # one of them is in every contact word
_CONTACT_SPACES = frozenset(" \t\u3000")
_COLONS = frozenset(":：")
_CONTACT_CHARS = DIGITS | frozenset("()（）-－ \t/转")


def _contact_end(text: str, i: int) -> int | None:
    """The end of ``：(0517)8729 0606`` after a contact word ending at ``i``: spaces, an optional colon,
    spaces, then a run of digits, brackets, dashes, slashes, spaces, tabs and 转 (None without one)."""
    i = run_end(text, i, _CONTACT_SPACES)
    if char_at(text, i) in _COLONS:
        i = run_end(text, i + 1, _CONTACT_SPACES)
    end = run_end(text, i, _CONTACT_CHARS)
    return end if end > i else None


def _contact_numbers(text: str) -> list[tuple[int, int]]:
    """Contact numbers: a contact word and what follows it, when that holds five digits or more
    ("电话：0517-87290606" is one, "咨询电话 35 个" is a count)."""
    if not any(hint in text for hint in _CONTACT_HINTS):
        return []
    words = []
    for word in _CONTACT_WORDS:
        at = text.find(word)
        while at >= 0:
            words.append((at, at + len(word)))
            at = text.find(word, at + 1)
    spans = []
    last_end = 0
    for start, word_end in sorted(words):
        end = _contact_end(text, word_end) if start >= last_end else None
        if end is not None:
            last_end = end
            if sum(ch in DIGITS for ch in text[word_end:end]) >= 5:
                spans.append((start, end))
    return spans


# ---------------------------------------------------------------------------------------------
# Words, URLs and codes: GB2312, www.gov.cn, Ａ3
# ---------------------------------------------------------------------------------------------

_LATIN_RUN = LazyRegex(r"[0-9A-Za-z_\-./:@?=&#~+]+")  # ASCII only: a 256-entry table
_ASCII_LETTER = re.compile("[A-Za-z]")
_FULLWIDTH_LETTER = re.compile("[Ａ-Ｚａ-ｚ]")
_FULLWIDTH_AS_A = dict.fromkeys(map(ord, FULLWIDTH_LETTERS), "A")


def _latin_words(text: str) -> list[tuple[int, int]]:
    """Runs of Latin letters, digits and ``_-./:@?=&#~+`` that hold a letter; a full-width letter is a
    letter of the run (read as ``A`` in a copy of the same length)."""
    if _FULLWIDTH_LETTER.search(text):
        text = text.translate(_FULLWIDTH_AS_A)
    elif not _ASCII_LETTER.search(text):
        return []
    return [m.span() for m in _LATIN_RUN.finditer(text) if _ASCII_LETTER.search(m.group())]


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Every span of ``text`` in which no number is reported (unsorted, may overlap)."""
    spans = [(d.start, d.end) for d in find_dates(text)]
    spans += _ordinal_refs(text)
    spans += _document_numbers(text)
    spans += _contact_numbers(text)
    spans += _latin_words(text)
    return spans
