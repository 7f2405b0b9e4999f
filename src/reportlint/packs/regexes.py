"""A pack's regular expressions: compiled once, at load time, and only when they cannot hang a run.

Python's ``re`` backtracks and cannot be interrupted, so a pack regex such as ``(a+)+b``, ``(a|a)*b``
or ``a*a*a*a*a*a*b`` can hang a run on one line of text.  Every regex a pack holds is vetted here
when the pack is loaded (length, syntax, then the shapes ``regexrisk.py`` finds in the tree our own
parser, ``regexparse.py``, makes of it: the standard library's parser is private) and a mistake is a
ConfigError naming the file, the line and the key, so that ``pack check`` reports it and ``check``
never meets it.  The built-in packs are vetted once, when their prebuilt JSON is built: a run of a
matching one is handed that record (``vetted_patterns``) and vets only what it does not name.

Why not a time limit per match instead (the ``regex`` package's ``timeout=``): importing it costs
~40 ms of a one-file check's start-up on the CI machine, and a limit reached would leave a finding
neither passed nor failed; a pattern refused when the pack is written is fixed once, by its author.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from ..analysis.expr import Identity
from ..model.diagnostics import ConfigError
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize

MAX_REGEX_LEN = 500
MAX_PATTERNS = 2_000  # regexes in one pack: compiling one with a CJK class costs ~1 ms (12,000 took 12.7 s)

# The regexes compiled so far for the pack being compiled (``pattern_budget``): a counter scoped to
# one compile_pack call, so that every check kind's compile counts without being handed it.
_pack_patterns: ContextVar[list[int] | None] = ContextVar("reportlint_pack_patterns", default=None)


@contextmanager
def pattern_budget() -> Iterator[None]:
    """Count the regexes compiled inside the block: past MAX_PATTERNS, a ConfigError."""
    token = _pack_patterns.set([0])
    try:
        yield
    finally:
        _pack_patterns.reset(token)


def _count(src: str, line: int, key: str) -> None:
    counter = _pack_patterns.get()
    if counter is not None:
        counter[0] += 1
        if counter[0] > MAX_PATTERNS:
            raise ConfigError(f"规则包中的正则表达式过多（超过 {MAX_PATTERNS} 个）", src, line, key)


class Vetted:
    """What a prebuilt built-in pack's build found of its patterns (``packs/prebuilt.py``): those that
    compile and passed the backtracking vetting (``compiled``), those only vetted (``shapes``: prose
    patterns as written, compiled in another form) and the named groups of the prose patterns; its
    identity expressions as parsed, by (expression, keys) (``packs/expressions.py``), and its message
    templates that passed ``templates.check_template``.  Data read from the JSON, trusted only while the
    JSON matches the pack's YAML on disk."""

    __slots__ = ("compiled", "groups", "shapes", "identities", "templates")

    def __init__(self, compiled: Collection[str] = (), shapes: Collection[str] = (),
                 groups: Mapping[str, Collection[str]] | None = None,
                 identities: Mapping[tuple[str, tuple[str, ...]], Identity] | None = None,
                 templates: Collection[str] = ()) -> None:
        self.compiled = set(compiled)
        self.shapes = set(shapes)
        self.groups = {pattern: sorted(names) for pattern, names in (groups or {}).items()}
        self.identities = dict(identities or {})
        self.templates = set(templates)


# The vetting a matching prebuilt pack records (``vetted_patterns``), or, while a built-in pack's
# prebuilt JSON is made, the record being written (``recording``): both scoped to one pack's compile.
_vetted: ContextVar[Vetted | None] = ContextVar("reportlint_vetted", default=None)
_recording: ContextVar[Vetted | None] = ContextVar("reportlint_recording", default=None)


@contextmanager
def vetted_patterns(vetted: Vetted | None) -> Iterator[None]:
    """Inside the block, a pattern ``vetted`` names is not vetted again, and one it names as compiled
    is compiled on first use (a report needs few of a pack's patterns).  Every other pattern is vetted."""
    token = _vetted.set(vetted)
    try:
        yield
    finally:
        _vetted.reset(token)


@contextmanager
def recording() -> Iterator[Vetted]:
    """Collect what is vetted inside the block (``vetted_patterns`` reads it back); the Vetted yielded
    is filled as patterns are vetted."""
    record = Vetted()
    token = _recording.set(record)
    try:
        yield record
    finally:
        _recording.reset(token)


def vetting() -> tuple[Vetted | None, Vetted | None]:
    """The record in force for the pack being compiled (``vetted_patterns``) and the one being written
    (``recording``), each None outside such a block."""
    return _vetted.get(), _recording.get()


def named_groups(pattern: str) -> set[str]:
    """The named groups of a pattern (raising re.error if it does not compile), from the vetting
    record when it names them, else by compiling it."""
    vetted = _vetted.get()
    if vetted is not None and pattern in vetted.groups:
        return set(vetted.groups[pattern])
    groups = set(re.compile(pattern).groupindex)
    record = _recording.get()
    if record is not None:
        record.groups[pattern] = sorted(groups)
    return groups


def compile_regex(pattern: str, src: str, line: int, key: str) -> re.Pattern[str]:
    """A pack's regex, compiled once it is known to be safe (length, syntax, backtracking shape);
    otherwise a ConfigError naming the file, line and key.  One the prebuilt pack's build vetted
    (``vetted_patterns``) is compiled on first use."""
    _vet_length(pattern, src, line, key)
    _count(src, line, key)
    vetted, record = _vetted.get(), _recording.get()
    if vetted is not None and pattern in vetted.compiled:
        return LazyRegex(pattern)  # type: ignore[return-value]  # used like the pattern it stands for
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"正则表达式错误：{exc}", src, line, key) from None
    _vet_shape(pattern, src, line, key)
    if record is not None:
        record.compiled.add(pattern)
    return compiled


def vet_regex(pattern: str, src: str, line: int, key: str, shown: str | None = None) -> None:
    """What compile_regex checks but the syntax, for a pattern the caller compiles in another form
    (a prose pattern, vetted with each ``{n}`` as a run of digits and compiled once they are
    expanded: ``shown`` is what the author wrote, named in the message)."""
    _vet_length(pattern if shown is None else shown, src, line, key)
    _count(src, line, key)
    vetted, record = _vetted.get(), _recording.get()
    if vetted is not None and pattern in vetted.shapes:
        return
    _vet_shape(pattern, src, line, key, shown)  # not compiled here: CJK classes compile slowly
    if record is not None:
        record.shapes.add(pattern)


def literal_or_regex(text: str, src: str, line: int, key: str) -> re.Pattern[str]:
    """Plain text matches itself (normalised); a leading '~' makes the rest a regex."""
    if text.startswith("~"):
        return compile_regex(normalize(text[1:]), src, line, key)
    return LazyRegex(re.escape(normalize(text)))  # read as text where it is asked (TableSpec.caption_in, is_caption)


def _vet_length(pattern: str, src: str, line: int, key: str) -> None:
    if len(pattern) > MAX_REGEX_LEN:
        raise ConfigError(f"正则表达式过长（{len(pattern)} 个字符，上限 {MAX_REGEX_LEN}）", src, line, key)


def _vet_shape(pattern: str, src: str, line: int, key: str, shown: str | None = None) -> None:
    try:
        reason = backtracking_risk(pattern)
    except re.error as exc:
        raise ConfigError(f"正则表达式错误：{exc}", src, line, key) from None
    if reason:
        raise ConfigError(f"正则表达式 {pattern if shown is None else shown!r} {reason}，可能导致灾难性回溯；请改写",
                          src, line, key)


# A repeat that can take a run (*, +, {m,n}) or a back-reference: without one, a pattern whose
# optional items (?) are fewer than 20 cannot split a text in more than 2^19 ways (regexrisk.BUDGET).
_RUNS = LazyRegex(r"[*+{]|\\[1-9]|\(\?P=")


@lru_cache(maxsize=1024)
def backtracking_risk(pattern: str) -> str | None:
    """A short Chinese reason if ``pattern`` has a shape that can make ``re`` backtrack for ever
    (``regexrisk.py``), else None.  A pattern ``re`` cannot compile raises its ``re.error``."""
    if not _RUNS.search(pattern) and pattern.count("?") < 20:
        return None
    from .regexparse import RegexSyntaxError, parse
    from .regexrisk import risk

    try:
        return risk(parse(pattern))
    except (RegexSyntaxError, RecursionError, IndexError, ValueError):
        re.compile(pattern)  # a pattern re refuses: its own error, for the message
        return "的结构无法分析（分组嵌套过深或写法少见）"
