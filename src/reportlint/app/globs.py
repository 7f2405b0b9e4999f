"""The file globs of the configuration (``exclude``, ``overrides.files``), matched without regexes.

``*`` and ``?`` stay inside one path segment, ``**`` crosses segments, ``**/`` is any number of
folders (none included), ``[abc]`` ``[a-z]`` ``[!a-z]`` (or ``[^a-z]``) are character classes; any
other character is itself.  A glob is matched by walking all the places it can be at once (a
Thompson simulation): time grows with the glob's length times the path's, whatever the glob, where a
regex made from ``*a*a*a*a*a*a*b`` backtracked for minutes on a long file name.  A glob that cannot
mean anything (``[z-a]``, ``[]``) is a ValueError when the configuration is read.
"""

from __future__ import annotations

from functools import lru_cache

# Token kinds: a literal character, ? (one character but /), * (any run without /), ** (any run),
# **/ (nothing, or any run that ends with /), a character class.
LITERAL, ONE, STAR, ANY, FOLDERS, CLASS = range(6)


class CharClass:
    """``[...]``: characters and ranges, possibly negated."""

    __slots__ = ("chars", "negated", "ranges")

    def __init__(self, chars: frozenset[str], ranges: tuple[tuple[str, str], ...], negated: bool) -> None:
        self.chars, self.ranges, self.negated = chars, ranges, negated

    def __contains__(self, ch: str) -> bool:
        found = ch in self.chars or any(lo <= ch <= hi for lo, hi in self.ranges)
        return found != self.negated


class Glob:
    """A compiled glob: ``match(text)`` is True when the glob matches the whole of ``text``."""

    __slots__ = ("pattern", "tokens")

    def __init__(self, pattern: str, tokens: tuple[tuple[int, object], ...]) -> None:
        self.pattern, self.tokens = pattern, tokens

    def _closure(self, states: set[tuple[int, bool]]) -> set[tuple[int, bool]]:
        """The states plus those reachable without a character: past a repeat that matches nothing.
        A state is (token index, inside a ``**/`` that has consumed characters and still needs a /)."""
        out, todo = set(states), list(states)
        while todo:
            i, inside = todo.pop()
            if not inside and i < len(self.tokens) and self.tokens[i][0] in (STAR, ANY, FOLDERS) \
                    and (i + 1, False) not in out:
                out.add((i + 1, False))
                todo.append((i + 1, False))
        return out

    def match(self, text: str) -> bool:
        end = (len(self.tokens), False)
        states = self._closure({(0, False)})
        for ch in text:
            following: set[tuple[int, bool]] = set()
            for state in states:
                if state == end:
                    continue
                i = state[0]
                kind, arg = self.tokens[i]
                if kind == LITERAL:
                    if ch == arg:
                        following.add((i + 1, False))
                elif kind == ONE:
                    if ch != "/":
                        following.add((i + 1, False))
                elif kind == CLASS:
                    if ch in arg:  # type: ignore[operator]
                        following.add((i + 1, False))
                elif kind == STAR:
                    if ch != "/":
                        following.add(state)
                elif kind == ANY:
                    following.add(state)
                else:  # FOLDERS: characters up to a /, after which the glob goes on (or more folders)
                    following.add((i, True))
                    if ch == "/":
                        following.add((i + 1, False))
            if not following:
                return False
            states = self._closure(following)
        return end in states


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> Glob:
    """The glob, or a ValueError with a Chinese message saying what is wrong in it."""
    tokens: list[tuple[int, object]] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            tokens.append((FOLDERS, None))
            i += 3
        elif pattern.startswith("**", i):
            tokens.append((ANY, None))
            i += 2
        elif pattern[i] == "*":
            tokens.append((STAR, None))
            i += 1
        elif pattern[i] == "?":
            tokens.append((ONE, None))
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 1:]:
            end = pattern.index("]", i + 1)
            tokens.append((CLASS, _char_class(pattern[i + 1:end], pattern)))
            i = end + 1
        else:
            tokens.append((LITERAL, pattern[i]))
            i += 1
    return Glob(pattern, tuple(tokens))


def _char_class(body: str, pattern: str) -> CharClass:
    negated = body[:1] in ("!", "^")
    if negated:
        body = body[1:]
    if not body:
        raise ValueError(f"glob '{pattern}' 中有空的字符集 []")
    chars: set[str] = set()
    ranges: list[tuple[str, str]] = []
    items: list[tuple[str, bool]] = []  # (character, written with a backslash)
    j = 0
    while j < len(body):
        escaped = body[j] == "\\" and j + 1 < len(body)
        items.append((body[j + 1], True) if escaped else (body[j], False))
        j += 2 if escaped else 1
    k = 0
    while k < len(items):
        ch = items[k][0]
        if k + 2 < len(items) and items[k + 1] == ("-", False):
            hi = items[k + 2][0]
            if hi < ch:
                raise ValueError(f"glob '{pattern}' 中的字符范围 {ch}-{hi} 顺序颠倒（应写作 {hi}-{ch}）")
            ranges.append((ch, hi))
            k += 3
        else:
            chars.add(ch)
            k += 1
    return CharClass(frozenset(chars), tuple(ranges), negated)
