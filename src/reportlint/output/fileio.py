"""Writing files safely: atomically (a temporary file, then a rename) and never over an input.

reportlint never modifies the documents it checks; whatever it writes (reports, baselines,
annotated copies) appears whole or not at all.  What ``-o`` names decides how:

- a regular file, or a new one: a temporary file beside it, then a rename.  An existing file keeps
  its mode (and owner, where allowed); a new one gets the mode the umask gives (0644 under 022),
  not the 0600 of a bare temporary file.
- a symbolic link: written through, to the file it points at (atomically there); the link stays.
- anything else (``/dev/stdout``, ``/dev/null``, a terminal, a named pipe), and a path that goes
  through ``/dev/`` or ``/proc/`` (``/dev/stdout`` of a shell redirect ``> out.txt``): written
  directly, never replaced (as root, renaming over ``/dev/full`` would have replaced the device).
- an empty name or a folder: refused before anything is checked.

Every failure (a full disk, a missing folder, no permission) is one ConfigError line (exit 2).
A temporary file is named ``.NAME.PID-XXXXXXXX.tmp``; a run that was killed leaves one behind,
and the next write to the same target removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from ..model.diagnostics import ConfigError

_MAX_LINKS = 40  # as the kernel's own limit on a chain of symbolic links
_DESCRIPTOR_DIRS = ("/dev/", "/proc/")


def refuse_input_target(target: Path, inputs: Iterable[str]) -> None:
    resolved = target.resolve()
    for item in inputs:
        try:
            if Path(item).resolve() == resolved:
                raise ConfigError(f"不能把输出写到被检查的文件上：{target}")
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
            continue


def check_target(target: str | Path) -> None:
    """Refuse, before any work is done, an output name that can never be written: empty, or a folder."""
    if str(target) == "":
        raise ConfigError("输出文件名为空（-o 需要一个文件名）")
    if os.path.isdir(target):
        raise ConfigError(f"输出文件是一个目录：{target}（请给出文件名，例如 {Path(target) / 'result.txt'}）")


def write_atomic(target: Path, data: str | bytes, inputs: Iterable[str] = (), overwrite: bool = True) -> None:
    """Write ``data`` to ``target`` as described in the module's docstring (``overwrite`` False:
    never replace a file that exists by the time of the rename)."""
    check_target(target)
    refuse_input_target(target, inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    final, direct = _destination(Path(target))
    try:
        if direct:
            _write_direct(final, payload)
        else:
            _write_replacing(final, payload, overwrite)
    except OSError as exc:
        raise ConfigError(f"无法写入 {target}：{exc.strerror or exc}") from None


def _destination(target: Path) -> tuple[Path, bool]:
    """(the path to write, write it directly?): symbolic links followed to their end."""
    path = Path(os.path.abspath(target))
    for _ in range(_MAX_LINKS):
        if str(path).startswith(_DESCRIPTOR_DIRS):  # /proc/self/fd/1 -> "pipe:[…]": only open() follows it
            return path, True
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return path, False  # a new file (a dangling link's target is created)
        if not stat.S_ISLNK(st.st_mode):
            return path, not stat.S_ISREG(st.st_mode)
        path = Path(os.path.abspath(path.parent / os.readlink(path)))
    raise ConfigError(f"无法写入 {target}：符号链接层数过多（可能是循环链接）")


def _write_direct(path: Path, payload: bytes) -> None:
    """A device, a pipe, or a descriptor of this process: opened as it is and written in full.  A
    regular file reached through ``/dev/`` or ``/proc/`` is a shell redirect: appended to, as the
    shell's own descriptor would (``>`` has already emptied it, ``>>`` must keep what it holds)."""
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, (flags | os.O_APPEND) if _is_regular(path) else flags)
    try:
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _write_replacing(path: Path, payload: bytes, overwrite: bool) -> None:
    directory = path.parent
    _remove_stale_temporaries(directory, path.name)
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    tmp = directory / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        try:
            if existing is not None:
                os.fchmod(fd, stat.S_IMODE(existing.st_mode))
                if hasattr(os, "fchown"):
                    with contextlib.suppress(OSError):  # not ours to give away: the file becomes the writer's
                        os.fchown(fd, existing.st_uid, existing.st_gid)
            else:
                os.fchmod(fd, 0o666 & ~_umask())
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _link_new(tmp: Path, path: Path) -> None:
    """Give the written file its name only if no file has that name (a hard link fails with
    FileExistsError; where links are not supported, the name is checked just before the rename)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(path):
            raise FileExistsError(17, os.strerror(17), str(path)) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _umask() -> int:
    """The process's umask (set and put back at once: Python has no call that only reads it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp\Z")


def _remove_stale_temporaries(directory: Path, name: str) -> None:
    """Remove the temporary files a killed run left for this target (their process is gone)."""
    try:
        entries = os.listdir(directory)
    except OSError:
        return
    for entry in entries:
        m = _TEMPORARY.match(entry)
        if m is None or m.group("name") != name or _alive(int(m.group("pid"))):
            continue
        try:
            os.unlink(directory / entry)
        except OSError:
            continue


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # elsewhere os.kill(pid, 0) would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError, ValueError):
        return True  # someone else's process, or no way to tell: leave its file alone
    return True
