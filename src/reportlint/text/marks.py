"""Where a clause or a sentence starts and ends: the nearest of a set of marks before or after a position.

Every reader of prose cuts its text at marks — a sentence at 。!?, a clause at ，；： — and each with its own set (a sum's
clause ends at a 、 where RL611's sentence does not), so the set is the caller's; this module only finds the nearest."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["stretch_end", "stretch_start"]


def stretch_start(text: str, marks: Iterable[str], at: int) -> int:
    """Where the stretch holding ``text[at]`` starts: just past the last of ``marks`` before ``at`` (0 when none)."""
    return max(text.rfind(mark, 0, at) for mark in marks) + 1


def stretch_end(text: str, marks: Iterable[str], at: int) -> int:
    """Where the stretch from ``at`` on ends: at the first of ``marks`` from ``at`` (``len(text)`` when none)."""
    return min((i for i in (text.find(mark, at) for mark in marks) if i >= 0), default=len(text))
