"""A total followed straight by its parts, no 其中 between, the list closed by its catch-all (``共主动公开各类政府信息82条,
机构领导、机构设置及人事信息3条,规划计划2条,财务预决算…信息4条,其他信息73条。``): the comma after the total opens the list
as a 其中 there would.

Without a marker, counts after a total are as often other facts (``共发布信息500条,阅读量3万次``), so only this shape is
read: the total is stated as one (共, 共计, 累计, 合计… in its clause); every clause after it up to the end of its sentence
(or its semicolon) holds exactly one number, in the total's unit, and names its kind before it (no verb of another
fact: no 同比, 较上年…, no 其中, which text/summarkers reads itself); and the last of them opens on a catch-all (其他,
其它, 其余, 剩余) — the writer closing the list, which says it is all of the total.  Three parts at least.

Kept apart from text/summarkers, whose markers are words; this one is a comma that the clauses after it make a marker.
"""

from __future__ import annotations

from .cnparse import NumberMention
from .marks import stretch_start
from .summarkers import (
    CATCH_ALL,
    CLAUSE_SEPARATORS,
    MARKERS,
    NOT_TOTAL_AFTER_GONG,
    NOT_TOTAL_BEFORE_GONG,
    SEMICOLONS,
    SENTENCE_END,
    SPACES,
    TOTAL_KEYWORDS,
)
from .sumremarks import CHANGE

__all__ = ["catch_all_markers"]

_LIST_END = SENTENCE_END | SEMICOLONS  # a list runs to its sentence's end or its semicolon
_REMARKS = (*CHANGE, "占")  # a change or a share after the total: a remark on it, no list
_MIN_PARTS = 3


def catch_all_markers(text: str, numbers: list[NumberMention]) -> list[tuple[int, int, bool]]:
    """(start, end, False) of the comma after each total whose list runs to a catch-all (see the module docstring)."""
    if not any(word in text for word in CATCH_ALL):
        return []
    out: list[tuple[int, int, bool]] = []
    for i, total in enumerate(numbers):
        comma = total.end
        if total.unit is None or comma >= len(text) or text[comma] not in ",，" or not _stated_as_total(text, total):
            continue
        sentence = stretch_start(text, SENTENCE_END, total.start)
        if any(n.unit == total.unit for n in numbers[:i] if n.start >= sentence):
            continue  # a count after others in its unit: more likely one of their list than a total opening its own
        if _runs_to_catch_all(text, total, numbers[i + 1 :], comma):
            out.append((comma, comma + 1, False))
    return out


def _stated_as_total(text: str, total: NumberMention) -> bool:
    clause = text[stretch_start(text, ",，;；。:：", total.start) : total.start]
    return _names_a_total(clause) and not clause.startswith(CATCH_ALL)


def _names_a_total(clause: str) -> bool:
    """共计, 累计… or a 共 that is no part of 公共 or 中共, nor of a word 共 opens (共享, 共建, 共同, 共青团…: ``通过共享平台
    公开数据10条,…,其他信息73条`` states no total, its list of kinds goes on from that first part)."""
    return any(word in clause for word in TOTAL_KEYWORDS) or any(
        clause[j - 1 : j] not in NOT_TOTAL_BEFORE_GONG and clause[j + 1 : j + 2] not in NOT_TOTAL_AFTER_GONG
        for j in range(len(clause)) if clause[j] == "共")


def _runs_to_catch_all(text: str, total: NumberMention, after: list[NumberMention], comma: int) -> bool:
    """The clauses after ``comma`` each hold one number in the total's unit, right at their end, and the last, ending
    its sentence or group, opens on a catch-all."""
    start = comma + 1
    for count, number in enumerate(after, 1):
        clause = text[start : number.start]
        if number.unit != total.unit or number.approximate or any(ch in _LIST_END for ch in clause) \
                or clause.strip(SPACES).startswith(MARKERS) or any(word in clause for word in _REMARKS) \
                or not clause.strip(SPACES):
            return False
        if any(ch in ",，" for ch in clause):
            return False  # a clause with no count before this one: the list has ended
        end = number.end
        if end >= len(text) or text[end] in _LIST_END:
            return count >= _MIN_PARTS and clause.lstrip(SPACES + ",，、").startswith(CATCH_ALL) \
                and not _names_a_total(clause)  # 其他类累计信息共计844条: a total of its own, no closing part
        if text[end] not in CLAUSE_SEPARATORS:
            return False
        start = end + 1
    return False
