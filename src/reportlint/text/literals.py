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

The other way round, :func:`sure_literals` reads texts whose presence alone makes the pattern match: a
top-level branch of plain characters, with what may match nothing between them left out
(``主动[^。;,:]{0,8}?公开`` matches wherever ``主动公开`` is; ``依申请|公开申请`` wherever either is).  A
section's topics (``checks/sections.py``) are asked whether the section's text holds them at all, and
real reports word them as the form does: the answer is then known without compiling the pattern
(:func:`matches_in`).  A pattern that writes one text out between its anchors (a pack's section title,
``^总体情况$``) matches that text alone: it is compared, not compiled (:func:`written_out`); one that is a text escaped
(a table's caption, ``第二十条第\\(一\\)项``) is found by ``in`` and ``==`` (:func:`plain_text`).
"""

from __future__ import annotations

import re
from functools import cache

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


def sure_literals(pattern: str) -> tuple[str, ...]:
    """Texts each of which, when ``text`` holds it, makes ``pattern`` match somewhere in ``text`` (see
    the module's docstring): per top-level branch read as plain characters and parts that may match
    nothing (a character or class under ``?``, ``*``, ``{0,n}``), those characters; a branch with a
    group, an escape, an anchor, ``.`` or a part that must match something unread (a class) gives none."""
    if "(" in pattern or "\\" in pattern:
        return ()  # groups, inline flags and escapes are not read here
    out: list[str] = []
    current: list[str] = []
    sure, i, n = True, 0, len(pattern)
    while i <= n:
        ch = pattern[i] if i < n else "|"
        if ch == "|":
            if sure and current:
                out.append("".join(current))
            current, sure = [], True
            i += 1
            continue
        if ch in "^$.)":
            sure = False
            i += 1
            continue
        if ch == "[":
            end = _class_end(pattern, i)
            optional, after = _optional_repeat(pattern, end)
            if not optional:
                sure = False  # a class that must match one of its characters: which one is not known
            i = after
            continue
        optional, after = _optional_repeat(pattern, i + 1)
        if ch in _QUANTIFIERS:
            sure = False  # a quantifier on nothing read here (a repeat of a repeat)
            i += 1
            continue
        if not optional and after == i + 1 and pattern[after: after + 1] in _QUANTIFIERS:
            sure = False  # a character under + or {m,n} with m > 0
        elif not optional:
            current.append(ch)
        i = after
    return tuple(out)


def matches_in(pattern, text: str) -> bool:
    """Whether ``pattern`` (a compiled pattern, or a LazyRegex not yet compiled) matches somewhere in
    ``text``, compiled only when its literals do not tell: a text holding one of its sure literals matches,
    one lacking a literal of every branch does not.  For the patterns a pack asks once of a whole text
    (a section's topics, an excluded kind's words), which scatter CJK characters over a class or an
    alternation that ``re`` compiles in ~0.1–0.2 ms at every start."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern.search(text) is not None  # the literals are read as written, whitespace and case too
    sure, required = _literals_of(pattern.pattern)
    if any(word in text for word in sure):
        return True
    if not may_hold_a_match(required, text):
        return False
    return pattern.search(text) is not None


def written_out(pattern) -> tuple[str, str] | None:
    """The texts ``pattern.search`` finds when the pattern is plain characters between ``^`` and ``$`` (a section
    title as ``packs/compile.py`` writes it): the characters, and them before a final line break (where ``$`` also
    matches); None for any other pattern, or one whose flags change what it matches (case, lines, verbose)."""
    source = pattern.pattern
    if (len(source) < 2 or source[0] != "^" or source[-1] != "$" or pattern.flags & (re.I | re.M | re.X)
            or not _SPECIAL.isdisjoint(source[1:-1])):
        return None
    return source[1:-1], source[1:-1] + "\n"


def plain_text(pattern) -> str | None:
    """The text a pattern stands for when it is one escaped as ``re.escape`` escapes (a pack's plain caption): every
    special character after a backslash, no other escape (a backslash before an ASCII letter or digit is a class, an
    anchor or a group), no flag that changes what matches (case, verbose).  ``search`` then finds what ``in`` finds,
    ``fullmatch`` what ``==`` does.  None for any other pattern."""
    if pattern.flags & (re.I | re.X):
        return None
    source, out, i = pattern.pattern, [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            ch = source[i + 1 : i + 2]
            if not ch or (ch.isascii() and ch.isalnum()):
                return None
            i += 1
        elif ch in _SPECIAL:
            return None
        out.append(ch)
        i += 1
    return "".join(out)


def required_literals_of(pattern) -> tuple[tuple[str, ...], ...]:
    """``required_literals`` of a compiled pattern (or a LazyRegex), read once per pattern (``_literals_of``)."""
    return _literals_of(pattern.pattern)[1]


@cache
def _literals_of(source: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The sure and required literals of one pattern, read once: a pack asks the same few patterns of every report
    (reading them again at each was ~0.6 M instructions a report in process).  Keyed by the pattern's text, so the
    cache holds one entry per pattern of the packs in use."""
    return sure_literals(source), required_literals(source)


def _optional_repeat(pattern: str, at: int) -> tuple[bool, int]:
    """Whether a quantifier allowing no repeat (``?``, ``*``, ``{0,n}``, ``{,n}``, each lazy or possessive
    too) opens at ``at``, and the index after it (``at`` when there is none)."""
    head = pattern[at: at + 1]
    if head in ("?", "*"):
        end = at + 1
    elif head == "{" and (pattern.startswith("{0,", at) or pattern.startswith("{,", at)):
        end = _repeat_end(pattern, at)
        if end == at + 1:
            return False, at  # a plain {
    else:
        return False, at
    if pattern[end: end + 1] in ("?", "+"):
        end += 1
    return True, end


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
