"""Which files a run checks: the files named, and the report files found below the folders named."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..model.diagnostics import UsageError
from ..readers import SUPPORTED_SUFFIXES

SUPPORTED = " ".join(SUPPORTED_SUFFIXES)  # as messages name them: ".md .markdown .txt …"
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


def discover(paths: Sequence[str]) -> list[str]:
    """Files to check: given files as they are, directories searched for report files (sorted; hidden
    folders, version-control and virtual-environment folders and Word's ``~$`` lock files skipped)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in files:
                    if name.lower().endswith(SUPPORTED_SUFFIXES) and not name.startswith("~$"):
                        found.append(os.path.join(root, name))
            out.extend(sorted(found))
        elif path.exists() or path.is_symlink():
            out.append(raw)
        else:
            raise UsageError(f"找不到文件或目录：{raw}")
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]
