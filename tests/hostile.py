"""Helpers of the hostile-input tests (tests/test_hostile_*.py): run the real command in a child
process with a generous time bound, and snapshot a folder to show that nothing in it changed.

Each hostile input is built by the test in a temporary folder.  The command runs as a user runs it
(``python -m reportlint``), so that a hang is a failed test after TIMEOUT seconds rather than a
suite that never ends; the bound is generous (the work itself takes well under a second).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from reportgen import make_report, to_markdown

TIMEOUT = 60  # seconds: a hang, not a slow machine
TODAY = "2024-06-01"


def reportlint(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
               stdout: int | object = subprocess.PIPE) -> subprocess.CompletedProcess:
    """``reportlint ARGS`` in a child process; stdout and stderr as text (stdout may be a file)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "reportlint", *map(str, args)], cwd=cwd, env=full_env,
                          stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=TIMEOUT, check=False)


def good_report(folder: Path, name: str = "good.md", year: int = 2023, seed: int = 1) -> Path:
    path = folder / name
    path.write_text(to_markdown(make_report(year, seed)), encoding="utf-8")
    return path


def write_named(folder: Path, name: bytes | str, text: str) -> None:
    """A file of ``text`` whose name is these bytes (not necessarily UTF-8)."""
    with open(os.path.join(os.fsencode(folder), os.fsencode(name)), "wb") as handle:
        handle.write(text.encode("utf-8"))


def report_folder(tmp_path: Path) -> Path:
    """A folder ``work`` holding one good report, ``report.md`` (2023, 2021 form)."""
    folder = tmp_path / "work"
    folder.mkdir()
    good_report(folder, "report.md")
    return folder


def snapshot(folder: Path) -> dict[str, tuple[str, int, bytes | str]]:
    """Every entry below ``folder`` (not following links): its kind, mode and bytes (a link: its target)."""
    out: dict[str, tuple[str, int, bytes | str]] = {}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(root) / name
            st = os.lstat(path)
            rel = str(path.relative_to(folder))
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", stat.S_IMODE(st.st_mode), os.readlink(path))
            elif stat.S_ISREG(st.st_mode):
                out[rel] = ("file", stat.S_IMODE(st.st_mode), path.read_bytes())
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir", stat.S_IMODE(st.st_mode), b"")
            else:
                out[rel] = ("special", st.st_mode, b"")
    return out
