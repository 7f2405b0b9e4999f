"""Writing files safely: atomically (a temporary file, then a rename) and never over an input.

reportlint never modifies the documents it checks; whatever it writes (reports, baselines,
annotated copies) appears whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..model.diagnostics import ConfigError


def refuse_input_target(target: Path, inputs: Iterable[str]) -> None:
    resolved = target.resolve()
    for item in inputs:
        try:
            if Path(item).resolve() == resolved:
                raise ConfigError(f"不能把输出写到被检查的文件上：{target}")
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
            continue


def write_atomic(target: Path, data: str | bytes, inputs: Iterable[str] = ()) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder, then rename."""
    refuse_input_target(target, inputs)
    directory = target.parent if str(target.parent) else Path(".")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ConfigError(f"无法写入 {target}：{exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
