"""On-disk cache of packs' validated YAML, so that a cold ``reportlint check`` neither parses nor
validates the built-in packs (nor imports PyYAML) when they have not changed.

An entry holds the merged, schema-checked YAML of one pack (``packs.load_raw``: the pack and every
pack it extends) with the bytes of each of those files.  It is used only when the reportlint
version, the Python version and every file's contents are the same as when it was written (the
files are compared byte for byte: exact, and cheaper at start-up than importing hashlib, ~3 ms), so
a cache never serves a pack whose text differs.  Any problem with the cache (missing,
unreadable, corrupt, from another version, a directory that cannot be written) is ignored: the pack
is simply read from its files.  Entries are written atomically (a temporary file, then a rename).

Location: ``$XDG_CACHE_HOME/reportlint`` or ``~/.cache/reportlint``.  ``REPORTLINT_NO_CACHE=1``
turns it off.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from . import __version__

FORMAT = 2  # 2: files kept as their bytes (1: as SHA-256 digests)


def cache_dir() -> Path | None:
    if os.environ.get("REPORTLINT_NO_CACHE", "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reportlint"


def _contents(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def _entry_path(folder: Path, resolved: str) -> Path:
    """One file per pack path (and reportlint and Python version).  The name only spreads entries
    out: each entry records its own path and is checked against it, so a clash costs a re-read."""
    import zlib

    name = f"{zlib.crc32(resolved.encode()):08x}{zlib.crc32(f'{__version__}{sys.version}'.encode()):08x}"
    return folder / f"pack-{name}.pickle"


def load(resolved: str) -> Any | None:
    """What ``store`` kept for this path, or None (no entry, or any file of it has changed)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        import pickle

        with open(_entry_path(folder, resolved), "rb") as f:
            entry = pickle.load(f)
        if entry.get("format") != FORMAT or entry.get("version") != __version__ or entry.get("path") != resolved:
            return None
        files = entry["files"]
        if not files or any(_contents(path) != contents for path, contents in files):
            return None
        return entry["raw"]
    except Exception:  # a missing, corrupt or foreign entry is as good as none
        return None


def store(resolved: str, raw: Any, files: list[str]) -> None:
    """Remember ``raw`` (what was read from these files) (their contents as they are now)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        import pickle

        from .fileio import write_atomic

        contents = [(path, _contents(path)) for path in dict.fromkeys(files)]
        if any(c is None for _, c in contents):
            return
        data = pickle.dumps({"format": FORMAT, "version": __version__, "path": resolved, "files": contents,
                             "raw": raw}, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(_entry_path(folder, resolved), data)
    except Exception:  # a cache that cannot be written is no cache
        return
