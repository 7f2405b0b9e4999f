"""A regular expression compiled on first use.

Why: Python compiles a character class or an alternation of CJK characters in ~0.2 ms (it builds a
table over the whole Basic Multilingual Plane), so a module full of such patterns costs milliseconds
at every start even when a run never needs them (the fallbacks for a report without a title, the
suppression comments, the percent shares of a sum).  Written like ``re.compile`` and used like the
pattern it stands for.
"""

from __future__ import annotations

import re
from typing import Any


class LazyRegex:
    """``re.compile(pattern, flags)``, done the first time an attribute (``search``, ``sub``…) is used."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """The pattern's text, without compiling it (a pack's section title is read for its words)."""
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)
