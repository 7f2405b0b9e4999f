"""A title's year and its report phrase, read with ``str`` methods (for ``identify.py``).

Why not patterns (docs/architecture.md, Conventions): these three were regular expressions mixing CJK and Latin
characters (the year ``(?:19|20)\\d{2}(?:年度?|度|(?=(?:政府|政务)?信息公开|$))`` or ``[〇零一二三四五六七八九]{4}年度?``,
and the phrase ``(?:政府|政务)?信息公开(?:工作)?(?:情况)?(?:年度)?(?:工作)?(?:年度)?(?:报告|年报)$``), compiled at
every start for a few title lines a report.  These functions give what the patterns gave
(``search``, ``sub``), pinned by rows the patterns wrote (``tests/data/text_scanners.jsonl``: ``title_year``,
``year_removed``, ``report_removed``).
"""

from __future__ import annotations

_CENTURIES = ("19", "20")
_REPORT_NAMED = ("信息公开", "政府信息公开", "政务信息公开")  # what a bare year ("2023政府信息公开…") stands before
_CN_YEAR_DIGITS = frozenset("〇零一二三四五六七八九")
# The report phrase, part by part, each part's choices in the pattern's order ("" where it is optional); a 的 may
# join it to its noun, as in a letter's title ("X关于2021年度政府信息公开情况的报告").
_REPORT_PARTS = (("政府", "政务", ""), ("信息公开",), ("工作", ""), ("情况", ""), ("年度", ""), ("工作", ""),
                 ("年度", ""), ("的", ""), ("报告", "年报"))


def _at_end(text: str, i: int) -> bool:
    """Where a pattern's ``$`` matches: at the end, or before a line break that ends the text."""
    return i == len(text) or (i == len(text) - 1 and text[i] == "\n")


def _year_at(text: str, i: int) -> bool:
    """19xx or 20xx (any decimal digits, as ``\\d``) at ``i``."""
    return text.startswith(_CENTURIES, i) and len(text) >= i + 4 and text[i + 2 : i + 4].isdecimal()


def _next_year(text: str, i: int) -> int:
    """The first index from ``i`` where "19" or "20" starts, or -1."""
    found = [at for at in (text.find("19", i), text.find("20", i)) if at >= 0]
    return min(found) if found else -1


def _year_end(text: str, i: int) -> int | None:
    """The end of an Arabic year at ``i`` followed by 年, 年度 or 度 (those included), by the report's
    name or by the end (nothing more included); None when there is none."""
    if not _year_at(text, i):
        return None
    after = i + 4
    if text.startswith("年", after):
        return after + 2 if text.startswith("度", after + 1) else after + 1
    if text.startswith("度", after):
        return after + 1
    if text.startswith(_REPORT_NAMED, after) or _at_end(text, after):
        return after
    return None


def title_year(norm: str) -> str | None:
    """The first year a normalised title names in Arabic digits (19xx/20xx, followed by 年 or 度, by the
    report's name or by the end), as written; None when there is none."""
    i = _next_year(norm, 0)
    while i >= 0:
        end = _year_end(norm, i)
        if end is not None:
            return norm[i : i + 4]
        i = _next_year(norm, i + 1)
    return None


def _cn_year_end(text: str, i: int) -> int | None:
    """The end of a year in four Chinese digits at ``i`` followed by 年 (and 度); None when there is none."""
    digits = text[i : i + 4]
    if len(digits) < 4 or not all(ch in _CN_YEAR_DIGITS for ch in digits) or not text.startswith("年", i + 4):
        return None
    return i + 6 if text.startswith("度", i + 5) else i + 5


def without_years(text: str) -> str:
    """``text`` with every year (2023年, 2023年度, 2023度, a bare 2023 before the report's name or at the
    end, 二〇二三年) left out, each scanned from where the one before ended."""
    kept: list[str] = []
    i = copied = 0
    while i < len(text):
        end = _year_end(text, i) if text[i] in "12" else _cn_year_end(text, i) if text[i] in _CN_YEAR_DIGITS else None
        if end is None:
            i += 1
            continue
        kept.append(text[copied:i])
        i = copied = end
    kept.append(text[copied:])
    return "".join(kept)


def _phrase_to_end(text: str, i: int, part: int = 0) -> bool:
    """Whether the report phrase, from its part ``part`` on, runs from ``i`` to the end of ``text``."""
    if part == len(_REPORT_PARTS):
        return _at_end(text, i)
    return any(text.startswith(choice, i) and _phrase_to_end(text, i + len(choice), part + 1)
               for choice in _REPORT_PARTS[part])


def without_report_phrase(text: str) -> str:
    """``text`` without the report phrase that ends it (政府信息公开工作年度报告, 信息公开年报…), from its
    leftmost possible start; a final line break stays."""
    at = text.find("信息公开")
    while at >= 0:
        for start in (at - 2, at):
            if start >= 0 and _phrase_to_end(text, start):
                return text[:start] + ("\n" if text.endswith("\n") else "")
        at = text.find("信息公开", at + 1)
    return text
