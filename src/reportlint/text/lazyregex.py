"""A regular expression compiled on first use.

Why: Python compiles a character class or an alternation of CJK characters in ~0.2 ms (it builds a
table over the whole Basic Multilingual Plane), so a module full of such patterns costs milliseconds
at every start even when a run never needs them (the fallbacks for a report without a title, the
suppression comments, the percent shares of a sum).  Written like ``re.compile`` and used like the
pattern it stands for.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Its methods a caller uses, kept on the instance once compiled: each later call costs what a call on
# the compiled pattern costs, not a Python-level __getattr__ (hot patterns run thousands of times a report).
_METHODS = ("findall", "finditer", "fullmatch", "match", "search", "split", "sub", "subn")
_OWN = frozenset(("_compiled", "_flags", "_pattern"))


class LazyRegex:
    """``re.compile(pattern, flags)``, done the first time an attribute (``search``, ``sub``…) is used."""

    __slots__ = ("_compiled", "_flags", "_pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """The pattern's text, without compiling it (a pack's section title is read for its words)."""
        return self._pattern

    @property
    def flags(self) -> int:
        """The flags as given, without compiling (``text/literals.matches_in`` reads them first)."""
        return self._flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in _OWN:  # pickle and copy probe an instance not yet filled
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
