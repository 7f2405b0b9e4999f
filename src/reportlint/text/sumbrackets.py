"""A bracket right after a count that opens its parts (``152件(信函申请21件、…)``), and the running count of all years
that is never one (``5条(历年累计314条)``, ``5条(其中累计314条)``).  Kept apart from ``summarkers`` (at its size limit):
the other openers are words, these read the counts around the bracket."""

from __future__ import annotations

from .cnparse import NumberMention
from .summarkers import LIST_OPENERS, SKIP_UNITS, SPACES

__all__ = ["before_running_count", "bracket_markers", "is_running_count"]

# what opens a bracket holding the running count of all years (历年累计314条); 累计 alone also opens a breakdown in all
# (``5条(累计网站发布4条,微信公众号发布1条)``), so it is a running count only when its count is above the one before
_ALL_YEARS = "历年累计"
_RUNNING = "累计"


def bracket_markers(text: str, numbers: list[NumberMention]) -> list[tuple[int, int, bool]]:
    """A bracket right after a count, no 其中 in it (``152件(信函申请21件、…)``): a marker, open when it starts with 含.
    Not one that holds the running count of all years (``主动公开政府信息5条(历年累计314条)``, ``(累计314条)``): a larger
    count beside the year's, never a part of it."""
    out: list[tuple[int, int, bool]] = []
    for i, n in enumerate(numbers):
        inside = text[n.end + 1 : n.end + 8].lstrip(SPACES)
        if text[n.end : n.end + 1] in ("(", "（") and n.unit not in SKIP_UNITS | {None} \
                and not inside.startswith(LIST_OPENERS) and not _running_count(inside, n, numbers[i + 1 : i + 2]):
            out.append((n.end, n.end + 1, inside.startswith("含")))
    return out


def _running_count(inside: str, count: NumberMention, after: list[NumberMention]) -> bool:
    """The bracket after ``count`` opens on the running count of all years: 历年累计, or 累计 with a first count
    (``after``) above ``count`` — no part is, a running count holds the year's."""
    return is_running_count(inside, after[0].value if after else None, count.value)


def is_running_count(words: str, value, year_value) -> bool:
    """Words opening on the running count of all years, its count ``value`` beside the year's ``year_value``:
    历年累计 always, 累计 when its count is above the year's (``5条(累计314条)``, ``5条(其中累计314条)``) — a running count
    holds the year's, no part of it can."""
    if words.startswith(_ALL_YEARS):
        return True
    return words.startswith(_RUNNING) and value is not None and value > year_value


def before_running_count(total: NumberMention, parts: list[NumberMention],
                         labels: list[str]) -> tuple[list[NumberMention], list[str]]:
    """The parts before one that is the running count of all years (``5条(其中累计314条)``, ``…,其中历年累计314条``):
    it holds the year's count, no part of it can (``is_running_count``; its bracket without 其中 is no
    marker at all)."""
    for k, (part, label) in enumerate(zip(parts, labels, strict=True)):
        if is_running_count(label, part.value, total.value):
            return parts[:k], labels[:k]
    return parts, labels
