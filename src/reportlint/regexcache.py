"""Compiled regular expressions kept between runs, so that a cold start does not compile them again.

Why: Python compiles every pattern from its text at each start, in pure Python.  Ours are full of
character classes of scattered CJK characters (Chinese numerals, units, keywords), for which the
compiler builds and compresses a 65 536-entry bitmap: 0.3-3 ms per pattern, about 30 ms of a cold
one-file ``check`` (measured: ~25 % of reportlint's own start-up).  What the compiler produces
(flags, group names and the list of opcodes that ``re`` hands to its C engine) depends only on the
pattern, the flags and the Python build, so it is stored once and given straight to the engine on
later runs: loading it costs ~1 ms for all patterns.

Safety:

- An entry is used only by the Python build that wrote it (version, bytecode tag and the regex
  engine's ``MAGIC`` and code size are checked when the file is read).
- A new entry is stored only after the engine, given it, produced the same pattern as
  ``re.compile`` did (same flags, groups, group names and size of engine code).  The C engine also validates every
  opcode list it is given and rejects a corrupt one; anything that fails falls back to
  ``re.compile``.  So a cache can make a start slower (never), or be ignored, but not change a match.
- The file is written atomically (temporary file, then rename) at exit, only when a run compiled a
  pattern it did not find, and only by the process that loaded it.  It lives beside the pack cache
  (``$XDG_CACHE_HOME/reportlint``); ``REPORTLINT_NO_CACHE=1`` turns both off.

``mark_safe`` / ``known_safe`` keep a second, smaller fact between runs: that a pack's pattern passed
the backtracking check (regexguard.py parses every pattern for it, another ~0.5 ms each).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

FORMAT = 1
MAX_ENTRIES = 400  # beyond this (many edited custom packs), only what the last run used is kept: a
# run of the built-in packs over every format uses ~150, and reading 400 takes ~4 ms

_Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]

_compiled: dict[tuple[str, int], _Entry] | None = None  # None: not read yet
_live: dict[tuple[str, int], re.Pattern[str]] = {}  # compiled in this process
_safe: set[str] = set()
_used: set[tuple[str, int]] = set()
_safe_used: set[str] = set()  # the safe patterns this run asked about
_changed = False
_owner_pid = 0


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this Python compiled it before; the same
    object when asked again in this process (as ``re``'s own cache does)."""
    key = (pattern, int(flags))
    live = _live.get(key)
    if live is not None:
        return live
    live = _live[key] = _compile(key)
    return live


def _compile(key: tuple[str, int]) -> re.Pattern[str]:
    pattern, flags = key
    entries = _entries()
    entry = entries.get(key)
    if entry is not None:
        try:
            compiled = _engine_compile(pattern, entry)
        except Exception:  # a corrupt or foreign entry: compile it afresh below
            entries.pop(key, None)
        else:
            _used.add(key)
            return compiled
    compiled = re.compile(pattern, flags)
    if not key[1] & re.DEBUG:
        _remember(key, compiled)
    return compiled


def known_safe(pattern: str) -> bool:
    """True when an earlier run found ``pattern`` free of the backtracking shapes regexguard rejects."""
    _entries()
    if pattern in _safe:
        _safe_used.add(pattern)
        return True
    return False


def mark_safe(pattern: str) -> None:
    global _changed
    _entries()
    _safe_used.add(pattern)
    if pattern not in _safe:
        _safe.add(pattern)
        _changed = True
        _save_at_exit()


def _engine_compile(pattern: str, entry: _Entry) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = entry  # the engine copies the code and only reads the rest
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _compiler_output(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands to the engine (the same steps, keeping the code list)."""
    from re import _compiler, _parser

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[Any] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), [int(op) for op in code], tree.state.groups - 1, groupindex, tuple(indexgroup)


def _remember(key: tuple[str, int], compiled: re.Pattern[str]) -> None:
    """Store the compiler's output for ``key`` if the engine rebuilds ``compiled`` from it exactly."""
    global _changed
    try:
        entry = _compiler_output(*key)
        again = _engine_compile(key[0], entry)
    except Exception:  # these are CPython internals: where they differ, there is simply no cache
        return
    # The same flags, groups and names, and the same amount of engine code (a Pattern's size
    # counts its code): the steps above are those of re's compiler.
    if ((again.flags, again.groups, again.groupindex, sys.getsizeof(again))
            != (compiled.flags, compiled.groups, compiled.groupindex, sys.getsizeof(compiled))):
        return
    _entries()[key] = entry
    _used.add(key)
    _changed = True
    _save_at_exit()


def _cache_file() -> Path | None:
    from .packcache import cache_dir  # the folder of the pack cache: one place for both

    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"regex-{sys.implementation.cache_tag}.marshal"


def _stamp() -> tuple[Any, ...]:
    import _sre

    return (FORMAT, sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)


def _entries() -> dict[tuple[str, int], _Entry]:
    """The cached entries, read from disk on first use (empty when there is no usable file)."""
    global _compiled, _owner_pid
    if _compiled is None:
        _compiled = {}
        _owner_pid = os.getpid()
        loaded = _read()
        if loaded is not None:
            _compiled.update(loaded[0])
            _safe.update(loaded[1])
    return _compiled


def _read() -> tuple[dict[tuple[str, int], _Entry], set[str]] | None:
    path = _cache_file()
    if path is None:
        return None
    try:
        import marshal

        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # marshal.load(f) reads item by item: ~15x slower
        stamp, compiled, safe = data
        if stamp != _stamp() or not isinstance(compiled, dict) or not isinstance(safe, (set, frozenset)):
            return None
        return compiled, set(safe)
    except Exception:  # missing, unreadable, truncated, foreign: no cache
        return None


_registered = False


def _save_at_exit() -> None:
    global _registered
    if not _registered:
        import atexit

        atexit.register(save)
        _registered = True


def save() -> None:
    """Write the entries if this run added any (the process that read the file only: not a worker)."""
    global _changed
    if not _changed or _compiled is None or os.getpid() != _owner_pid:
        return
    path = _cache_file()
    if path is None:
        return
    compiled, safe = _compiled, _safe
    if len(compiled) > MAX_ENTRIES:
        compiled = {key: entry for key, entry in compiled.items() if key in _used}
    if len(safe) > MAX_ENTRIES:
        safe = _safe & _safe_used
    try:
        import marshal

        from .fileio import write_atomic

        data = marshal.dumps((_stamp(), compiled, frozenset(safe)))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except Exception:  # a cache that cannot be written is no cache
        return
    _changed = False
