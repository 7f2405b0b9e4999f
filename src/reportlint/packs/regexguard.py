"""Reject pack regexes whose matching time can explode (catastrophic backtracking).

Python's ``re`` backtracks and cannot be interrupted, so a pack regex such as ``(a+)+b`` or
``(a|a)*b`` can hang a run on one line of text.  Patterns are checked on the parse tree ``re``
itself builds (after its own optimisations: ``(ab|ac)*`` becomes ``a[bc]`` and is fine): a repeat
that can run more than once must not contain another such repeat, nor alternatives.
"""

from __future__ import annotations

from typing import Any


def backtracking_risk(pattern: str, strict: bool = False) -> str | None:
    """A short Chinese reason if ``pattern`` has a risky shape, else None.  ``strict``: a pattern
    ``re`` cannot parse raises its ``re.error`` (for a caller that has not compiled it)."""

    try:
        from re import _constants as const
        from re import _parser as parser
    except ImportError:  # a Python without these internals: the textual check in packs.py remains
        return None
    try:
        tree = parser.parse(pattern)
    except Exception:  # re.compile already accepted it; be quiet rather than wrong
        if strict:
            raise
        return None
    return _walk_for_risk(tree, const)


def _walk_for_risk(tree: Any, const: Any) -> str | None:
    """The first risky shape in ``re``'s parse tree, as a short Chinese reason."""
    repeats = (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None))

    def walk(items: Any, inside_repeat: bool) -> str | None:
        for op, arg in items:
            if op in repeats:
                _lo, hi, body = arg
                many = hi is const.MAXREPEAT or hi > 1
                if many and inside_repeat:
                    return "含有嵌套量词（重复里又有重复，例如 (a+)+）"
                found = walk(body, inside_repeat or many)
                if found:
                    return found
            elif op is const.BRANCH:
                if inside_repeat:
                    return "在重复的分组中使用了 | 分支（例如 (a|ab)*）"
                for branch in arg[1]:
                    found = walk(branch, inside_repeat)
                    if found:
                        return found
            elif op is const.SUBPATTERN:
                found = walk(arg[-1], inside_repeat)
                if found:
                    return found
            elif op in (const.ASSERT, const.ASSERT_NOT):
                found = walk(arg[1], inside_repeat)
                if found:
                    return found
            elif op is const.GROUPREF_EXISTS:
                for branch in arg[1:]:
                    if branch is not None:
                        found = walk(branch, inside_repeat)
                        if found:
                            return found
            elif op is getattr(const, "ATOMIC_GROUP", None):
                found = walk(arg, inside_repeat)
                if found:
                    return found
        return None

    return walk(tree, False)
