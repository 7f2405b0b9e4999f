"""Parts told count first after their total, no marker between: ``共受理政府信息公开申请22件,2件为网络申请,20件为来信申请,
答复…22件`` (r2285) — each clause after the total opens on a count in the total's unit and 为 (``N件为X``: "N of them are
X"), which says the count is some of what was just counted, as a 其中 before it would.

Without a marker, counts after a total are as often other facts (``受理22件,答复22件``), so only this shape is read: the
total ends its clause, right before a comma; two clauses at least follow it, each opening on one count in its unit, not
approximate, then 为, and holding no other count in that unit; the list is those clauses, up to the first that does not
open so (the ``答复…22件`` after r2285's two parts is another fact).  A 其中 may open the first of them (``…10件,其中9件为
网上申请,1件为书面申请,答复…``): the 为 still ends the list where a count not so told begins.  What the parts claim (all of
it or not) is left to checks/prose, as for a list after 其中.

Kept apart from text/sums, which reads the lists a marker word opens; here the 为 after each count is the marker.
"""

from __future__ import annotations

from .cnparse import NumberMention
from .summarkers import MARKERS, SEMICOLONS, SENTENCE_END, SPACES

__all__ = ["count_first_parts"]

_IS = "为"
_COMMAS = ",，"
_MIN_PARTS = 2
_CLAUSE_END = frozenset(_COMMAS) | SEMICOLONS | SENTENCE_END


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
            if (lead and (parts or lead.rstrip(_COMMAS + "：:") not in MARKERS)) or number.unit != total.unit \
                    or number.approximate or not _opens_on_is(text, number):
                break
            end = _clause_end(text, number.end)
            j += 1
            if any(n.unit == total.unit for n in _before(numbers, j, end)):
                break  # another count in the unit in its clause: no one part
            while j < len(numbers) and numbers[j].start < end:
                j += 1
            parts.append(number)
            labels.append(text[number.start:end])
            if end >= len(text) or text[end] not in _COMMAS:
                break  # the sentence or its group ends: so does the list
            pos = end + 1
        if len(parts) >= _MIN_PARTS:
            out.append((total, parts, labels))
    return out


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
