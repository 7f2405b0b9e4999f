"""A small parser of Python's regular-expression syntax, as the ``re`` documentation describes it,
into the tree the backtracking check (``regexrisk.py``) walks.

Why our own: the shapes that make ``re`` backtrack for ever are visible only in the structure of a
pattern, and the standard library's parser is a private module (``re._parser``) that may change in
any release.  The pattern has already been compiled by ``re.compile`` when it is parsed here, so
this parser only needs to find the structure of valid patterns; anything it does not know is
parsed as broadly as possible (a character that may be anything), which can only make the check
stricter.

The tree: ``Char`` (one character of a set, kept as its source text and the flags in force, so
that ``re`` itself says which characters it matches), ``Seq``, ``Alt``, ``Repeat(lo, hi)`` (``hi``
None: unbounded), ``Group`` (capturing or not, atomic, lookaround), ``Empty`` (anchors and other
zero-width assertions) and ``Backref``.
"""

from __future__ import annotations

import re

MAX_NESTING = 50  # groups inside groups; a pack pattern is at most 500 characters


class RegexSyntaxError(ValueError):
    """A pattern this parser cannot follow (``re`` accepted it): treated as unsafe by the caller."""


class Node:
    __slots__ = ()


class Char(Node):
    """One character of a set: ``singles``, ``ranges`` (low, high) and class escapes (``classes``:
    letters of ``\\d \\D \\w \\W \\s \\S``), possibly ``negated``; ``dot`` for ``.``; ``flags`` in
    force.  ``literal``: the one character it is, when it is just that (matched case-sensitively).
    ``samples``: characters that belong to it, for the overlap test (which adds its own)."""

    __slots__ = ("classes", "dot", "flags", "key", "literal", "negated", "ranges", "samples", "singles")

    def __init__(self, singles: frozenset[str] = frozenset(), ranges: tuple[tuple[str, str], ...] = (),
                 classes: str = "", negated: bool = False, dot: bool = False, flags: int = 0) -> None:
        self.singles, self.ranges, self.classes, self.negated, self.dot = singles, ranges, classes, negated, dot
        self.flags = flags & (IGNORECASE | DOTALL | ASCII)
        self.literal = next(iter(singles)) if len(singles) == 1 and not (ranges or classes or negated or dot or
                                                                          self.flags & IGNORECASE) else None
        self.key = (singles, ranges, classes, negated, dot, self.flags)
        samples = set(singles)
        for low, high in ranges:
            samples.update((low, high, chr((ord(low) + ord(high)) // 2)))
        for letter in classes:
            samples.update(_ESCAPE_SAMPLES[letter])
        self.samples = frozenset(samples)

    def __contains__(self, ch: str) -> bool:
        if self.dot:
            return ch != "\n" or bool(self.flags & DOTALL)
        if self.flags & IGNORECASE:
            found = any(self._has(c) for c in {ch, ch.lower(), ch.upper()})
        else:
            found = self._has(ch)
        return found != self.negated

    def _has(self, ch: str) -> bool:
        if ch in self.singles or any(low <= ch <= high for low, high in self.ranges):
            return True
        ascii_only = bool(self.flags & ASCII)
        return any(_in_class(letter, ch, ascii_only) for letter in self.classes)


def _in_class(letter: str, ch: str, ascii_only: bool) -> bool:
    """Whether ``ch`` is in ``\\d``, ``\\w``, ``\\s`` (lower case) or outside it (upper case), as ``re``
    defines them for text (Unicode, or ASCII with the ``a`` flag)."""
    if ascii_only and not ch.isascii():
        inside = False
    elif letter in "dD":
        inside = ch.isdecimal()
    elif letter in "wW":
        inside = ch.isalnum() or ch == "_"
    else:
        inside = ch.isspace() or ch in "\x1c\x1d\x1e\x1f"
    return inside if letter.islower() else not inside


class Seq(Node):
    __slots__ = ("items",)

    def __init__(self, items: list[Node]) -> None:
        self.items = items


class Alt(Node):
    __slots__ = ("branches",)

    def __init__(self, branches: list[Node]) -> None:
        self.branches = branches


class Repeat(Node):
    __slots__ = ("body", "hi", "lo", "possessive")

    def __init__(self, body: Node, lo: int, hi: int | None, possessive: bool) -> None:
        self.body, self.lo, self.hi, self.possessive = body, lo, hi, possessive


class Group(Node):
    """``kind``: "group" (capturing or not), "atomic", "lookaround"."""

    __slots__ = ("body", "kind")

    def __init__(self, body: Node, kind: str) -> None:
        self.body, self.kind = body, kind


class Empty(Node):
    """A zero-width assertion (``^ $ \\A \\Z \\b \\B``) or a comment."""

    __slots__ = ()


class Backref(Node):
    __slots__ = ()


# Characters that certainly belong to a class escape (and, for the negated ones, to its complement).
_ESCAPE_SAMPLES = {
    "d": "05٣", "w": "aZ_0一", "s": " \t\n\u3000",
    "D": "a一 。", "W": " 。-,", "S": "a0一。",
}
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
# Plain ints: operations on re.RegexFlag values go through enum and cost more than the parse.
IGNORECASE, VERBOSE, DOTALL, ASCII = int(re.IGNORECASE), int(re.VERBOSE), int(re.DOTALL), int(re.ASCII)
_FLAG_BITS = {"i": IGNORECASE, "m": int(re.MULTILINE), "s": int(re.DOTALL), "x": VERBOSE, "a": int(re.ASCII),
              "u": int(re.UNICODE), "L": int(re.LOCALE)}
# Compiled on first use, by re's own cache (most are needed only by unusual patterns): compiling all
# of them at import was most of this module's import cost.
_PLAIN_RUN = r"[^\\\[\](){}|*+?.^$]+"  # characters that stand for themselves (outside verbose mode)
_QUANTIFIER = r"\{(\d*)(?:(,)(\d*))?\}"
_GLOBAL_FLAGS = r"\(\?([aiLmsux]+)\)"
_SCOPED_FLAGS = r"([aiLmsux]*)(?:-([imsx]*))?:"
_OCTAL_AFTER_ZERO = r"[0-7]{0,2}"
_TWO_DIGITS = r"\d{0,2}"
_OCTAL_IN_CLASS = r"[0-7]{1,3}"
_OCTAL = "01234567"


def _match(pattern: str, text: str, pos: int) -> re.Match[str] | None:
    """``pattern`` (one of the above, compiled once by re's cache) matched at ``pos``."""
    return re.compile(pattern).match(text, pos)


def parse(pattern: str) -> Node:
    """The tree of a pattern that ``re.compile`` accepts."""
    parser = _Parser(pattern)
    flags = parser.global_flags()
    tree = parser.alternation(flags, 0)
    if parser.pos != len(pattern):
        raise RegexSyntaxError(f"unexpected {pattern[parser.pos]!r} at {parser.pos}")
    return tree


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    # -- flags ----------------------------------------------------------------------------------
    def global_flags(self) -> int:
        """Flags of ``(?aiLmsux)`` groups at the start (Python 3.11 allows them only there)."""
        flags = 0
        while True:
            if not self.text.startswith("(?", self.pos):
                return flags
            m = _match(_GLOBAL_FLAGS, self.text, self.pos)
            if m is None:
                return flags
            for letter in m.group(1):
                flags |= _FLAG_BITS[letter]
            self.pos = m.end()

    def skip_verbose(self, flags: int) -> None:
        """In verbose mode, whitespace and ``#`` comments between items are not part of the pattern."""
        if not flags & VERBOSE:
            return
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch in " \t\n\r\f\v":
                self.pos += 1
            elif ch == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end == -1 else end + 1
            else:
                return

    # -- structure ------------------------------------------------------------------------------
    def alternation(self, flags: int, depth: int) -> Node:
        if depth > MAX_NESTING:
            raise RegexSyntaxError(f"groups nested deeper than {MAX_NESTING}")
        branches = [self.sequence(flags, depth)]
        while self.pos < len(self.text) and self.text[self.pos] == "|":
            self.pos += 1
            branches.append(self.sequence(flags, depth))
        return branches[0] if len(branches) == 1 else Alt(branches)

    def sequence(self, flags: int, depth: int) -> Node:
        items: list[Node] = []
        text, verbose = self.text, flags & VERBOSE
        while True:
            if verbose:
                self.skip_verbose(flags)
            elif not flags & IGNORECASE:  # a run of plain characters (most of a Chinese pattern) at once
                run = _match(_PLAIN_RUN, text, self.pos)
                if run is not None:
                    end = run.end()
                    if end < len(text) and text[end] in "*+?{":
                        end -= 1  # the last one may be repeated: it is parsed as an item of its own
                    items += [Char(frozenset(ch), flags=flags) for ch in text[run.start(): end]]
                    self.pos = end
            if self.pos >= len(text) or text[self.pos] in "|)":
                break
            atom = self.atom(flags, depth)
            if verbose:
                self.skip_verbose(flags)
            items.append(self.quantified(atom))
        return items[0] if len(items) == 1 else Seq(items)

    def quantified(self, atom: Node) -> Node:
        text, pos = self.text, self.pos
        if pos >= len(text):
            return atom
        ch = text[pos]
        if ch in "*+?":
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            self.pos += 1
        elif ch == "{":
            m = _match(_QUANTIFIER, text, pos)
            if m is None or (not m.group(2) and not m.group(1)):
                return atom  # "{" that is not a repeat is the character itself
            lo = int(m.group(1) or 0)
            hi = int(m.group(1)) if not m.group(2) else int(m.group(3)) if m.group(3) else None
            self.pos = m.end()
        else:
            return atom
        possessive = False
        if self.pos < len(text) and text[self.pos] in "?+":  # lazy or possessive
            possessive = text[self.pos] == "+"
            self.pos += 1
        return Repeat(atom, lo, hi, possessive)

    def atom(self, flags: int, depth: int) -> Node:
        text = self.text
        ch = text[self.pos]
        if ch == "(":
            return self.group(flags, depth)
        if ch == "[":
            return self.char_class(flags)
        if ch == "\\":
            return self.escape(flags)
        self.pos += 1
        if ch in "^$":
            return Empty()
        if ch == ".":
            return Char(dot=True, flags=flags)
        return _literal(ch, flags)

    def group(self, flags: int, depth: int) -> Node:
        text = self.text
        self.pos += 1  # (
        kind = "group"
        if text.startswith("?", self.pos):
            self.pos += 1
            head = text[self.pos: self.pos + 2]
            if head.startswith("#"):  # a comment
                end = text.index(")", self.pos)
                self.pos = end + 1
                return Empty()
            if head.startswith(":"):
                self.pos += 1
            elif head.startswith("P<"):
                self.pos = text.index(">", self.pos) + 1
            elif head.startswith("P="):
                self.pos = text.index(")", self.pos) + 1
                return Backref()
            elif head.startswith(("=", "!")):
                self.pos += 1
                kind = "lookaround"
            elif head in ("<=", "<!"):
                self.pos += 2
                kind = "lookaround"
            elif head.startswith(">"):
                self.pos += 1
                kind = "atomic"
            elif head.startswith("("):  # (?(id)yes|no)
                self.pos = text.index(")", self.pos) + 1
                body = self.alternation(flags, depth + 1)
                self._close()
                return Group(body if isinstance(body, Alt) else Alt([body, Seq([])]), "group")
            else:  # (?flags-flags:...)
                m = _match(_SCOPED_FLAGS, text, self.pos)
                if m is None:
                    raise RegexSyntaxError(f"unknown group at {self.pos}")
                for letter in m.group(1):
                    flags |= _FLAG_BITS[letter]
                for letter in m.group(2) or "":
                    flags &= ~_FLAG_BITS[letter]
                self.pos = m.end()
        body = self.alternation(flags, depth + 1)
        self._close()
        return Group(body, kind)

    def _close(self) -> None:
        if not self.text.startswith(")", self.pos):
            raise RegexSyntaxError(f"missing ) at {self.pos}")
        self.pos += 1

    # -- characters -----------------------------------------------------------------------------
    def escape(self, flags: int) -> Node:
        text, start = self.text, self.pos
        if start + 1 >= len(text):
            raise RegexSyntaxError("pattern ends with a backslash")
        ch = text[start + 1]
        self.pos = start + 2
        if ch in "AZbB":
            return Empty()
        if ch in _ESCAPE_SAMPLES:
            return Char(classes=ch, flags=flags)
        if ch.isdigit():
            digits = _match(_OCTAL_AFTER_ZERO if ch == "0" else _TWO_DIGITS, text, self.pos).group(0)  # type: ignore[union-attr]
            if ch == "0" or (len(digits) == 2 and ch in _OCTAL and all(d in _OCTAL for d in digits)):
                self.pos += len(digits)
                return _literal(chr(int(ch + digits, 8)), flags)
            self.pos += len(digits[:1])  # \1 to \99: a group's text again
            return Backref()
        value = self._escaped_char(ch)
        return _literal(value, flags) if value is not None else Char(dot=True, flags=flags | DOTALL)  # unknown: anything

    def _escaped_char(self, ch: str) -> str | None:
        """The character of ``\\xhh``, ``\\uhhhh``, ``\\Uhhhhhhhh``, ``\\N{name}``, ``\\n``… or an escaped
        punctuation mark (self.pos is past the letter); None when it is not known (a broad Char)."""
        text = self.text
        width = {"x": 2, "u": 4, "U": 8}.get(ch)
        if width is not None:
            code = text[self.pos: self.pos + width]
            self.pos += width
            try:
                return chr(int(code, 16))
            except ValueError:
                return None
        if ch == "N" and text.startswith("{", self.pos):
            end = text.index("}", self.pos)
            name = text[self.pos + 1: end]
            self.pos = end + 1
            import unicodedata

            try:
                return unicodedata.lookup(name)
            except KeyError:
                return None
        return _SIMPLE_ESCAPES.get(ch, ch)

    def char_class(self, flags: int) -> Node:
        """``[...]``: its characters, ranges and class escapes (``]`` first is a character; ``-``
        first, last or after a range is a character)."""
        text = self.text
        pos = self.pos + 1
        negated = text.startswith("^", pos)
        pos += negated
        singles: set[str] = set()
        ranges: list[tuple[str, str]] = []
        classes = ""
        unknown = False
        first = True
        while True:
            if pos >= len(text):
                raise RegexSyntaxError("unterminated character set")
            if text[pos] == "]" and not first:
                break
            first = False
            item, pos = self._class_item(pos)
            if text.startswith("-", pos) and pos + 1 < len(text) and text[pos + 1] != "]":
                high, after = self._class_item(pos + 1)
                if isinstance(item, str) and len(item) == 1 and isinstance(high, str) and len(high) == 1:
                    ranges.append((item, high))
                    pos = after
                    continue
            if item is None:
                unknown = True
            elif len(item) == 1:
                singles.add(item)
            else:
                classes += item[1]
        self.pos = pos + 1
        if unknown:  # an escape this parser does not know: the set may be anything
            return Char(dot=True, flags=flags | DOTALL)
        return Char(frozenset(singles), tuple(ranges), classes, negated, flags=flags)

    def _class_item(self, pos: int) -> tuple[str | None, int]:
        """(the character at ``pos`` in a set, or "\\" + the letter of a class escape, or None when
        unknown; the position after it)."""
        text = self.text
        if text[pos] != "\\" or pos + 1 >= len(text):
            return text[pos], pos + 1
        esc = text[pos + 1]
        if esc in _ESCAPE_SAMPLES:
            return "\\" + esc, pos + 2
        if esc.isdigit():  # an octal escape
            m = _match(_OCTAL_IN_CLASS, text, pos + 1)
            return (chr(int(m.group(0), 8)), m.end()) if m else (None, pos + 2)
        self.pos = pos + 2
        value = self._escaped_char(esc)
        return value, self.pos


def _literal(ch: str, flags: int) -> Char:
    return Char(frozenset(ch), flags=flags)
