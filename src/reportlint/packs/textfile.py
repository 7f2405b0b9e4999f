"""Reading the files that configure a run (packs, what they extend, reportlint.toml and pyproject.toml,
baselines): only regular files, never blocking, never more than a limit.

A pack or a configuration names other files, and any name can be a named pipe (an ``open`` that
blocks forever), ``/dev/zero`` (read until memory runs out), a folder or a huge file.  Each is
refused here as one ConfigError naming the file, before anything is read.  Reports themselves are
read by ``readers/`` under their own limits.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model.diagnostics import ConfigError, InputError

MIB = 1024 * 1024
MAX_PACK_BYTES = 1 * MIB  # a built-in pack is 13-29 KiB
MAX_CONFIG_BYTES = 1 * MIB  # reportlint.toml, pyproject.toml
MAX_BASELINE_BYTES = 32 * MIB  # ~100,000 recorded findings


def read_text_file(path: str | Path, what: str, limit: int) -> str:
    """The UTF-8 text of ``path`` (``what``: 规则包文件, 配置文件…, for the message), or a ConfigError:
    missing, not a regular file (a pipe, a device, a folder), larger than ``limit``, not UTF-8."""
    from ..readers.safeio import read_limited

    name = str(path)
    if not os.path.lexists(path):
        raise ConfigError(f"{what}不存在", name)
    try:
        data = read_limited(path, limit)
    except InputError as exc:
        raise ConfigError(f"无法读取{what}：{exc.reason}", name) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{what}不是 UTF-8 编码（第 {exc.start + 1} 个字节无法解码）；请另存为 UTF-8", name,
                          line) from None
