"""Entry points of the ``reportlint.*`` groups, looked up once per process (and per sys.path).

``importlib.metadata.entry_points()`` reads the metadata of every installed distribution, and importing
importlib.metadata imports email, zipfile, csv and socket.  Here the answer is cached for the current ``sys.path``, and a cheap scan
of the ``entry_points.txt`` files on ``sys.path`` comes first: when no installed distribution
declares the group, which is the usual case, importlib.metadata is never imported.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_cache: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
_declared: dict[tuple[str, ...], frozenset[str] | None] = {}  # per sys.path: the groups declared (None: unsure)


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
    path = tuple(sys.path)
    if path not in _declared:
        _declared[path] = _declared_groups(path)  # one scan answers every group (packs, checks)
    groups = _declared[path]
    return groups is None or group in groups


def _declared_groups(path: tuple[str, ...]) -> frozenset[str] | None:
    """The ``[group]`` headers of every ``entry_points.txt`` on ``path``; None when a zip or an egg
    is on it (only importlib.metadata can look inside)."""
    groups: set[str] = set()
    for entry in path:
        directory = entry or "."
        if not os.path.isdir(directory):
            if os.path.exists(directory):
                return None
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
                    text = handle.read()
            except (OSError, UnicodeDecodeError):
                continue
            groups.update(line.strip()[1:-1].strip() for line in text.splitlines()
                          if line.strip().startswith("[") and line.strip().endswith("]"))
    return frozenset(groups)
