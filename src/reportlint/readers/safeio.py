"""Opening an input file safely: only regular files, never blocking, never more than a limit.

A folder holds whatever users leave in it.  Between listing a folder and reading a file, the file
may be deleted, replaced by a directory, turned into a named pipe (which would block a plain
``open`` forever) or become unreadable.  Every such case ends here as one
:class:`~reportlint.diagnostics.InputError` with a one-line reason and what to do.  Files are
opened read-only: reportlint never writes to its inputs.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..model.diagnostics import InputError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO

_HINT_PATH = "请检查文件是否仍在原处、是否可读，然后重新检查"


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MiB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


def open_regular(path: str | Path) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file, or raise InputError.

    ``O_NONBLOCK`` makes opening a FIFO return at once; ``fstat`` on the opened descriptor then
    tells what was really opened, so a swap between a check and the open cannot fool it.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError("文件是一个失效的符号链接（指向的文件不存在）", "请修正或删除这个链接") from None
        raise InputError("文件不存在（可能在列出目录后被删除或移走）", _HINT_PATH) from None
    except IsADirectoryError:
        raise InputError("这是一个目录，不是文件", "请指定报告文件，或把目录作为参数让 reportlint 查找其中的报告") from None
    except PermissionError:
        raise InputError("没有读取权限，无法打开文件", "请检查文件权限（例如 chmod u+r）") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("文件是循环的符号链接", "请修正这个链接") from None
        raise InputError(f"无法打开文件（{exc.strerror or exc}）", _HINT_PATH) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise InputError(f"无法读取文件信息（{exc.strerror or exc}）", _HINT_PATH) from None
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise InputError("这是一个目录，不是文件", "请指定报告文件，或把目录作为参数让 reportlint 查找其中的报告")
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "命名管道 (FIFO)" if stat.S_ISFIFO(mode) else "套接字" if stat.S_ISSOCK(mode) else "设备文件"
        raise InputError(f"这是{kind}，不是普通文件，未读取", "请只把报告文件放在要检查的目录中")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_limited(path: str | Path, limit: int, hint: str = "请只提供报告本身（一份年度报告通常不到 200 KiB）") -> bytes:
    """The whole file if it is a regular file of at most ``limit`` bytes, else InputError.

    The size is checked before reading and again while reading (a file that grows in between is
    still refused), so memory stays bounded by ``limit``.
    """
    with open_regular(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise InputError(f"文件过大（{_mib(size)}，上限 {_mib(limit)}），未读取", hint)
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(f"读取文件时出错（{exc.strerror or exc}）", _HINT_PATH) from None
    if len(data) > limit:
        raise InputError(f"文件过大（超过 {_mib(limit)} 上限），未读取", hint)
    return data
