"""A pack's regular expressions: compiled once, at load time, and only when they cannot hang a run.

Python's ``re`` backtracks and cannot be interrupted, so a pack regex such as ``(a+)+b`` or ``(a|a)*b``
can hang a run on one line of text.  Every regex a pack holds is vetted here when the pack is loaded
(length, syntax, shapes that backtrack catastrophically) and a mistake is a ConfigError naming the
file, the line and the key, so that ``pack check`` reports it and ``check`` never meets it.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.diagnostics import ConfigError
from ..text.normalize import normalize

MAX_REGEX_LEN = 500
# A quantified group that itself contains a quantifier, e.g. (a+)+ or (\d*)*: the shape of
# catastrophic backtracking, found in the text before it is parsed.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")


def compile_regex(pattern: str, src: str, line: int, key: str) -> re.Pattern[str]:
    """A pack's regex, compiled once it is known to be safe (length, nested quantifiers, syntax,
    backtracking shape); otherwise a ConfigError naming the file, line and key."""
    _vet_text(pattern, src, line, key)
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"正则表达式错误：{exc}", src, line, key) from None
    _vet_shape(pattern, src, line, key)
    return compiled


def vet_regex(pattern: str, src: str, line: int, key: str) -> None:
    """What compile_regex checks, for a pattern that is compiled in another form (a prose pattern
    once its ``{n}`` are expanded)."""
    _vet_text(pattern, src, line, key)
    _vet_shape(pattern, src, line, key, strict=True)


def literal_or_regex(text: str, src: str, line: int, key: str) -> re.Pattern[str]:
    """Plain text matches itself (normalised); a leading '~' makes the rest a regex."""
    if text.startswith("~"):
        return compile_regex(normalize(text[1:]), src, line, key)
    return re.compile(re.escape(normalize(text)))


def _vet_text(pattern: str, src: str, line: int, key: str) -> None:
    if len(pattern) > MAX_REGEX_LEN:
        raise ConfigError(f"正则表达式过长（{len(pattern)} 个字符，上限 {MAX_REGEX_LEN}）", src, line, key)
    if _NESTED_QUANTIFIER.search(pattern):
        raise ConfigError(
            f"正则表达式 {pattern!r} 含有嵌套量词，可能导致灾难性回溯；请改写，例如把 (a+)+ 写成 a+",
            src, line, key)


def _vet_shape(pattern: str, src: str, line: int, key: str, strict: bool = False) -> None:
    try:
        risk = backtracking_risk(pattern, strict=strict)
    except re.error as exc:
        raise ConfigError(f"正则表达式错误：{exc}", src, line, key) from None
    if risk:
        raise ConfigError(f"正则表达式 {pattern!r} {risk}，可能导致灾难性回溯；请改写", src, line, key)



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
