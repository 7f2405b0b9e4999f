"""Normalising a paragraph for matching while keeping a map back to the original text.

Patterns match the normalised text (NFKC: full-width digits, letters and ``，；：（）％`` become ASCII;
whitespace removed; curly quotes folded; traditional characters made simplified and inserted pinyin
dropped, as ``normalize.normalize`` does), so that the spaces PDF extraction puts between 汉字 and
digits do not matter; a finding still underlines the number exactly where the author wrote it.
"""

from __future__ import annotations

import unicodedata

from .normalize import mainland_phrases, pinyin_spans, simplified_char

_SPACE_LIKE = frozenset("\u200b\ufeff")
_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'"}


def normalize_mapped(text: str) -> tuple[str, list[int]]:
    """NFKC per character, whitespace removed, curly quotes folded; ``idx[i]`` is the original
    index of normalised character ``i``.

    Runs on every paragraph, so the common case (each character kept, replaced by one character,
    or dropped) is one ``str.translate`` over a table of the characters that change; a character
    that NFKC expands into several ("㈠" → "(一)") takes the character-by-character path."""
    text = mainland_phrases(text)  # same length: the map stays one for one
    table: dict[int, str | None] = {}
    for ch in set(text).difference(_UNCHANGED):  # most characters: known to stay, passed over in one set operation
        norm = _CHAR_NORMAL.get(ch)
        if norm is None:
            norm = _char_normal(ch)
        if norm != ch:
            if len(norm) > 1:
                return normalize_mapped_by_char(text)
            table[ord(ch)] = norm or None
    if not table:
        return _without_pinyin(text, list(range(len(text))))
    dropped = {chr(code) for code, norm in table.items() if norm is None}
    idx = [i for i, ch in enumerate(text) if ch not in dropped] if dropped else list(range(len(text)))
    return _without_pinyin(text.translate(table), idx)


def _without_pinyin(text: str, idx: list[int]) -> tuple[str, list[int]]:
    """The normalised text and its map without the pinyin a mirror site inserted ("報(bào)告")."""
    found = pinyin_spans(text)
    if not found:
        return text, idx
    keep_text: list[str] = []
    keep_idx: list[int] = []
    pos = 0
    for start, end in found:
        keep_text.append(text[pos:start])
        keep_idx.extend(idx[pos:start])
        pos = end
    keep_text.append(text[pos:])
    keep_idx.extend(idx[pos:])
    return "".join(keep_text), keep_idx


_CHAR_NORMAL: dict[str, str] = {}  # character -> what normalize_mapped makes of it ("" when dropped)
_UNCHANGED: set[str] = set()  # the characters of _CHAR_NORMAL that it keeps as they are


def _char_normal(ch: str) -> str:
    if ch.isspace() or ch in _SPACE_LIKE:
        norm = ""
    else:
        norm = "".join(simplified_char(c) for c in (_QUOTES.get(ch) or unicodedata.normalize("NFKC", ch))
                       if not c.isspace())
    _CHAR_NORMAL[ch] = norm
    if norm == ch:
        _UNCHANGED.add(ch)
    return norm


def normalize_mapped_by_char(text: str) -> tuple[str, list[int]]:
    """What ``normalize_mapped`` computes, one character at a time (any expansion allowed)."""
    text = mainland_phrases(text)
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        norm = _CHAR_NORMAL.get(ch)
        if norm is None:
            norm = _char_normal(ch)
        out.append(norm)
        idx.extend([i] * len(norm))
    return _without_pinyin("".join(out), idx)


def original_span(idx: list[int], start: int, end: int) -> tuple[int, int]:
    """The original ``[start, end)`` of normalised ``[start, end)``."""
    if not idx:
        return 0, 0
    start = min(start, len(idx) - 1)
    last = min(max(end - 1, start), len(idx) - 1)
    return idx[start], idx[last] + 1
