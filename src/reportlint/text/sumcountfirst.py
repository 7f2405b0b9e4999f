"""Parts told count first after their total, no marker between: ``共受理政府信息公开申请22件,2件为网络申请,20件为来信申请,
答复…22件`` (r2285) — each clause after the total opens on a count in the total's unit and 为 (``N件为X``: "N of them are
X"), which says the count is some of what was just counted, as a 其中 before it would.

Without a marker, counts after a total are as often other facts (``受理22件,答复22件``), so only this shape is read: the
total ends its clause, right before a comma; two clauses at least follow it, each opening on one count in its unit, not
approximate, then 为, and holding no other count in that unit; the list is those clauses, up to the first that does not
open so (the ``答复…22件`` after r2285's two parts is another fact).  A 其中 may open the first of them (``…10件,其中9件为
网上申请,1件为书面申请,答复…``): the 为 still ends the list where a count not so told begins.  What the parts claim (all of
it or not) is left to checks/prose, as for a list after 其中.

The list is closed by a rest told the same way (``…,3件为来信申请,其余17件为当面申请``: the 其余 part is its catch-all); a
clause giving a part's share (``2件为网络申请,占9.1%,20件为…``) is passed over; and parts that make the total already, then
two or more more that do again, are the same total broken down twice (``22件,20件为网络申请,2件为来信申请,20件为自然人申请,
2件为法人申请``: by channel, then by applicant — ``sumbreakdowns.second_breakdown``), two lists, not one of 44.

Kept apart from text/sums, which reads the lists a marker word opens; here the 为 after each count is the marker.
"""

from __future__ import annotations

from .cnparse import NumberMention
from .normalize import exact_sum
from .sumbreakdowns import second_breakdown
from .summarkers import CATCH_ALL, MARKERS, SEMICOLONS, SENTENCE_END, SPACES

__all__ = ["count_first_parts"]

_IS = "为"
_COMMAS = ",，"
_MIN_PARTS = 2
_CLAUSE_END = frozenset(_COMMAS) | SEMICOLONS | SENTENCE_END
_SHARE = "占"  # 占9.1%: a part's share, a clause of its own


def count_first_parts(text: str, numbers: list[NumberMention]) \
        -> list[tuple[NumberMention, list[NumberMention], list[str]]]:
    """(total, parts, labels) of each total followed by two clauses or more that each open on ``N<unit>为``."""
    if _IS not in text:
        return []
    out = []
    for i, total in enumerate(numbers):
        if total.unit is None or total.approximate or total.end >= len(text) or text[total.end] not in _COMMAS:
            continue
        parts: list[NumberMention] = []
        labels: list[str] = []
        pos, j = total.end + 1, i + 1
        while j < len(numbers):
            number = numbers[j]
            lead = text[pos:number.start].strip(SPACES)
            if parts and number.unit == "%" and lead.startswith(_SHARE):
                end = _clause_end(text, number.end)  # "2件为网络申请,占9.1%,": the part's share
                while j < len(numbers) and numbers[j].start < end:
                    j += 1
                if end >= len(text) or text[end] not in _COMMAS:
                    break
                pos = end + 1
                continue
            rest = bool(parts) and lead in CATCH_ALL  # "其余17件为当面申请": the rest closes the list
            if (lead and not rest and (parts or lead.rstrip(_COMMAS + "：:") not in MARKERS)) \
                    or number.unit != total.unit or number.approximate or not _opens_on_is(text, number):
                break
            end = _clause_end(text, number.end)
            j += 1
            if any(n.unit == total.unit for n in _before(numbers, j, end)):
                break  # another count in the unit in its clause: no one part
            while j < len(numbers) and numbers[j].start < end:
                j += 1
            parts.append(number)
            labels.append(text[pos if rest else number.start:end].strip(SPACES))
            if rest or end >= len(text) or text[end] not in _COMMAS:
                break  # the rest, or the sentence or its group, ends: so does the list
            pos = end + 1
        for cut in _twice(total, parts, labels):
            out.append((total, parts[:cut], labels[:cut]))
            parts, labels = parts[cut:], labels[cut:]
        if len(parts) >= _MIN_PARTS:
            out.append((total, parts, labels))
    return out


def _twice(total: NumberMention, parts: list[NumberMention], labels: list[str]) -> list[int]:
    """Where a first breakdown ends when the parts after it break the total down again: one side makes the total and the
    other is two parts or more that count something (one of them then wrong: ``second_breakdown`` but over the total)."""
    for cut in range(_MIN_PARTS, len(parts) - _MIN_PARTS + 1):
        head, rest = exact_sum(p.value for p in parts[:cut]), exact_sum(p.value for p in parts[cut:])
        if (head == total.value and (second_breakdown(total, parts[cut:], labels[cut:]) or _counting(parts[cut:]))) \
                or (rest == total.value and _counting(parts[:cut])):
            return [cut]
    return []


def _counting(parts: list[NumberMention]) -> bool:
    """Two of ``parts`` or more are not 0: parts that break something down (0件为… may close a list of one)."""
    return sum(1 for p in parts if p.value) >= _MIN_PARTS


def _before(numbers: list[NumberMention], j: int, end: int):
    """The numbers from ``numbers[j]`` on that start before ``end``."""
    while j < len(numbers) and numbers[j].start < end:
        yield numbers[j]
        j += 1


def _opens_on_is(text: str, number: NumberMention) -> bool:
    """The count is followed by 为 (spaces between allowed): ``2件为网络申请``."""
    return text[number.end:number.end + 3].lstrip(SPACES).startswith(_IS)


def _clause_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] not in _CLAUSE_END:
        pos += 1
    return pos
