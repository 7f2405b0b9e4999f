"""``reportlint check -``: one report read from standard input.

Every reader reads a file (the .docx and PDF readers need to seek), so standard input is copied to a
file in a private temporary folder, named like ``--stdin-filename`` (whose suffix chooses the reader;
Markdown without it), and checked from there.  The run knows it by its display name — the
``--stdin-filename`` or ``-`` — which is what the configuration is looked up for and what every
output shows; the temporary folder is removed when the run ends.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from ..model.diagnostics import UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO

STDIN = "-"
DEFAULT_NAME = "stdin.md"  # without --stdin-filename standard input is read as Markdown
MAX_STDIN_BYTES = 256 * 1024 * 1024  # far above any report; the readers' own limits then apply
_CHUNK = 1024 * 1024


def wants_stdin(paths: list[str]) -> bool:
    """Whether the run reads standard input (``-``), which must then be its only path."""
    if STDIN not in paths:
        return False
    if paths != [STDIN]:
        raise UsageError("- （标准输入）只能单独使用，不能与其他文件或目录一起检查")
    return True


@contextlib.contextmanager
def stdin_file(stream: BinaryIO, name: str | None) -> Iterator[tuple[str, str]]:
    """``(display name, file to read)`` for standard input, the file removed afterwards."""
    display = name or STDIN
    suffix_name = Path(name).name if name else DEFAULT_NAME
    import shutil  # only for `check -`: tempfile and shutil cost ~3 ms at start-up
    import tempfile

    folder = tempfile.mkdtemp(prefix="reportlint-stdin-")
    try:
        target = os.path.join(folder, suffix_name or DEFAULT_NAME)
        try:
            _copy_limited(stream, target)
        except OSError as exc:  # a name the file system refuses (too long), a full disk: one line
            raise UsageError(f"无法保存标准输入以供检查（--stdin-filename {display}）：{exc.strerror or exc}") from None
        yield display, target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_limited(stream: BinaryIO, target: str) -> None:
    written = 0
    with open(target, "wb") as out:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return
            written += len(chunk)
            if written > MAX_STDIN_BYTES:
                raise UsageError(f"标准输入超过 {MAX_STDIN_BYTES // (1024 * 1024)} MiB，未检查；请只提供一份报告")
            out.write(chunk)
