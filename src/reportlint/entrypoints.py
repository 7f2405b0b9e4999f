"""Entry points of the ``reportlint.*`` groups, looked up once per process (and per sys.path).

``importlib.metadata.entry_points()`` reads the metadata of every installed distribution: ~10 ms,
plus ~15 ms to import importlib.metadata (email, zipfile, csv, socket) at start-up.  It used to run
for every checked file.  Here the answer is cached for the current ``sys.path``, and a cheap scan
of the ``entry_points.txt`` files on ``sys.path`` comes first: when no installed distribution
declares the group, which is the usual case, importlib.metadata is never imported.
"""

from __future__ import annotations

import os
import sys
from typing import Any

_cache: dict[tuple[str, tuple[str, ...]], list[Any]] = {}


def entry_points(group: str) -> list[Any]:
    """The entry points of ``group``, as ``importlib.metadata.entry_points(group=...)`` gives them."""
    key = (group, tuple(sys.path))
    found = _cache.get(key)
    if found is None:
        if _declared_anywhere(group):
            from importlib.metadata import entry_points as lookup

            found = list(lookup(group=group))
        else:
            found = []
        _cache[key] = found
    return found


def _declared_anywhere(group: str) -> bool:
    """Whether any distribution on sys.path may declare ``group`` (True when unsure)."""
    header = f"[{group}]"
    for entry in sys.path:
        directory = entry or "."
        if not os.path.isdir(directory):
            if os.path.exists(directory):
                return True  # a zip or an egg on sys.path: let importlib.metadata look inside
            continue
        try:
            names = os.listdir(directory)
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(directory, name, "entry_points.txt"), encoding="utf-8") as handle:
                    if header in handle.read():
                        return True
            except (OSError, UnicodeDecodeError):
                continue
    return False
