"""The literal text every match of a pattern holds, so that a text without it is passed by.

Why: most paragraphs cannot match most prose rules (a report states a few of the table's numbers in
its text), and a rule whose literals no paragraph holds never needs its regex, whose number token
costs milliseconds to compile; a pack's legacy section titles (``checks/base.py``) are asked of every
heading and found in few reports.  Read from the pattern's text, conservatively: only runs of plain
characters of a top-level branch count (nothing inside a group, a class or under a quantifier), none
after an escape that stands for a character, and none at all with inline flags or comments, or when
a branch has none — fewer literals only means the regex is tried more often, never a match missed.

    required_literals('不予处理(?:的)?(?:申请)?(?:[0-9]+)件')  ->  (('不予处理', '件'),)
    required_literals('上一?年度?结转')                        ->  (('上', '年', '结转'),)
    required_literals('结转(?:[0-9]+)件|(?:[0-9]+)件转入')     ->  (('结转', '件'), ('件转入',))
    required_literals('(?:[0-9]+)|转入')                        ->  ()
"""

from __future__ import annotations

_SPECIAL = set("\\[](){}|*+?.^$")
_QUANTIFIERS = set("*+?{")
_CHARACTER_ESCAPES = set("uUxN0123456789")  # \u3000, \x41, \N{…}, octal and back-references
_REPEAT_CHARS = set("0123456789,")
_UNREAD_GROUPS = ("(?#", "(?i", "(?x", "(?a", "(?L", "(?s", "(?m", "(?u", "(?-")  # comments, inline flags


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Per top-level branch of ``pattern``, runs of plain characters every match of that branch
    contains (see the module's docstring); () when some branch has none."""
    if "(?" in pattern and any(head in pattern for head in _UNREAD_GROUPS):
        return ()
    branches: list[tuple[str, ...]] = []
    runs: list[str] = []
    current: list[str] = []
    reading = True  # False after an escape that stands for a character, up to the next branch
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch not in _SPECIAL:
            if depth == 0 and reading:
                current.append(ch)
            i += 1
            continue
        if depth == 0:
            if ch in _QUANTIFIERS and current:
                current.pop()  # the character before a quantifier may be absent or repeated
            if current:
                runs.append("".join(current))
            current = []
        if ch == "\\":
            if depth == 0 and pattern[i + 1: i + 2] in _CHARACTER_ESCAPES:
                reading = False  # what the escape stands for is not worked out here
            i += 2
        elif ch == "[":
            i = _class_end(pattern, i)
        elif ch == "{":
            i = _repeat_end(pattern, i)
        elif ch == "(":
            depth += 1
            i += 1
        elif ch == ")":
            depth -= 1
            i += 1
        elif ch == "|" and depth == 0:
            branches.append(tuple(runs))
            runs, reading = [], True
            i += 1
        else:
            i += 1
    if current:
        runs.append("".join(current))
    branches.append(tuple(runs))
    return () if not all(branches) else tuple(branches)


def may_hold_a_match(literals: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether ``text`` holds every literal of some branch (``literals``: :func:`required_literals`).
    Each branch by ``map``: a generator costs ~3 k instructions to make and close, more than the look-ups
    (asked of every paragraph and heading, ~66 times a report)."""
    return not literals or any(all(map(text.__contains__, branch)) for branch in literals)


def _class_end(pattern: str, start: int) -> int:
    """The index after the ``]`` closing the class that opens at ``start`` (``[]…]`` and ``[^]…]``
    hold a ``]``; a backslash escapes the next character)."""
    i = start + 1
    if pattern[i: i + 1] == "^":
        i += 1
    if pattern[i: i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _repeat_end(pattern: str, start: int) -> int:
    """The index after a ``{m,n}`` repeat that opens at ``start``, or after the ``{`` when it is a
    plain character (what follows is then read as plain characters, as ``re`` reads them)."""
    end = pattern.find("}", start)
    body = pattern[start + 1: end] if end != -1 else ""
    if body and set(body) <= _REPEAT_CHARS and body.count(",") <= 1:
        return end + 1
    return start + 1
