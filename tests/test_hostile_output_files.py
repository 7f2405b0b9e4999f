"""Hostile input, item 4: what ``-o FILE`` names is written as the user means it, never replaced when
it is not an ordinary file, and a failure is one line with exit code 2.

A symbolic link is written through (the link stays); a device, a pipe or a descriptor of the
process (``/dev/stdout``) is written directly, never replaced by a rename (as root, that replaced
``/dev/full`` and the disk-full error never surfaced); a new file gets the mode the umask gives,
an existing one keeps its own; a temporary file left by a killed run is removed by the next one.
Device nodes are made in the test's own folder, so that a regression can never replace the
system's.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hostile import TODAY, reportlint, snapshot
from reportgen import make_report, to_markdown


@pytest.fixture
def report(tmp_path: Path) -> tuple[Path, str]:
    """A report with findings in its own folder, and the text output of checking it."""
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "r.md"
    path.write_text(to_markdown(make_report(2023, 1).set_t3("new", 0, 99)), encoding="utf-8")
    done = reportlint("check", "--today", TODAY, "--color", "never", path)
    assert done.returncode == 1, done.stderr
    return path, done.stdout


def _check_to(report: tuple[Path, str], target: Path | str, **kwargs) -> subprocess.CompletedProcess:
    return reportlint("check", "--today", TODAY, "--color", "never", "-o", target, report[0], **kwargs)


def _device(path: Path, major: int, minor: int) -> Path:
    """A character device node in the test's folder (the same device as /dev/null or /dev/full)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(major, minor))
        fd = os.open(path, os.O_WRONLY)
        os.close(fd)
    except PermissionError:
        pytest.skip("this user cannot make a device node in a temporary folder (needs root and a folder "
                    "on a file system without nodev)")
    return path


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path, report):
    before = snapshot(report[0].parent)
    real = tmp_path / "out" / "real.txt"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    done = _check_to(report, link)
    assert (done.returncode, done.stderr, done.stdout) == (1, "", "")
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == report[1]
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.txt"]
    assert snapshot(report[0].parent) == before


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path, report):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "new.txt")
    done = _check_to(report, link)
    assert (done.returncode, done.stderr) == (1, "")
    assert link.is_symlink() and (tmp_path / "new.txt").read_text(encoding="utf-8") == report[1]


def test_a_device_is_written_directly_not_replaced(tmp_path, report):
    null = _device(tmp_path / "null", 1, 3)
    done = _check_to(report, null)
    assert (done.returncode, done.stderr, done.stdout) == (1, "", "")
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "reports"]


def test_a_full_device_is_one_line_and_exit_2(tmp_path, report):
    full = _device(tmp_path / "full", 1, 7)
    before = snapshot(report[0].parent)
    done = _check_to(report, full)
    assert done.returncode == 2
    assert done.stderr == f"reportlint: 无法写入 {full}：{os.strerror(errno.ENOSPC)}\n"
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "reports"]
    assert snapshot(report[0].parent) == before


def test_a_named_pipe_is_written_directly(tmp_path, report):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = _check_to(report, fifo)
    reader.join(timeout=60)
    assert (done.returncode, done.stderr) == (1, "")
    assert received == [report[1].encode("utf-8")]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_stdout_of_the_process_is_written_through_its_descriptor(tmp_path, report):
    # /dev/stdout is a link to /proc/self/fd/1; the same link in the test's folder takes the same path
    # through reportlint, and a regression would replace this link, never the system's /dev/stdout.
    stdout_link = tmp_path / "stdout"
    stdout_link.symlink_to("/proc/self/fd/1")
    if not os.path.exists("/proc/self/fd/1"):
        pytest.skip("no /proc/self/fd on this system")
    piped = _check_to(report, stdout_link)
    assert (piped.returncode, piped.stderr, piped.stdout) == (1, "", report[1])
    redirected = tmp_path / "redirected.txt"
    redirected.write_text("kept\n", encoding="utf-8")
    with open(redirected, "a", encoding="utf-8") as handle:  # the shell's  >> redirected.txt
        appended = _check_to(report, stdout_link, stdout=handle)
    assert (appended.returncode, appended.stderr) == (1, "")
    assert redirected.read_text(encoding="utf-8") == "kept\n" + report[1]
    assert os.readlink(stdout_link) == "/proc/self/fd/1"


def test_new_files_get_the_mode_of_the_umask_existing_ones_keep_theirs(tmp_path, report):
    target = tmp_path / "result.txt"
    old = os.umask(0o022)
    try:
        done = _check_to(report, target)
    finally:
        os.umask(old)
    assert (done.returncode, done.stderr) == (1, "")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644
    os.chmod(target, 0o600)
    again = _check_to(report, target)
    assert again.returncode == 1
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == report[1]


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True, timeout=60)
    return int(child.stdout)


def test_a_killed_runs_temporary_file_is_removed_by_the_next_run(tmp_path, report):
    target = tmp_path / "result.txt"
    stale = tmp_path / f".result.txt.{_dead_pid()}-0123abcd.tmp"
    stale.write_text("half of an old result", encoding="utf-8")
    in_use = tmp_path / f".result.txt.{os.getpid()}-89abcdef.tmp"  # a live process's: not ours to remove
    in_use.write_text("being written", encoding="utf-8")
    other = tmp_path / ".other.txt.1-0123abcd.tmp"  # another target's
    other.write_text("x", encoding="utf-8")
    done = _check_to(report, target)
    assert done.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([in_use.name, other.name, "reports", "result.txt"])


def test_a_run_killed_while_writing_leaves_only_what_the_next_run_removes(tmp_path, report):
    target = tmp_path / "result.txt"
    code = ("import os, signal, sys\n"
            "from pathlib import Path\n"
            "from reportlint.output import fileio\n"
            "real_write = os.write\n"
            "def write(fd, data):\n"
            "    real_write(fd, bytes(data[:10]))\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n"
            "os.write = write\n"
            "fileio.write_atomic(Path(sys.argv[1]), 'x' * 1000)\n")
    killed = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, timeout=60, check=False)
    assert killed.returncode == -9
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".result.txt.")]
    assert len(left) == 1 and left[0].endswith(".tmp")
    assert not target.exists()
    done = _check_to(report, target)
    assert done.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports", "result.txt"]


@pytest.mark.parametrize(("target", "message"), [
    ("", "输出文件名为空（-o 需要一个文件名）"),
    ("{dir}", "输出文件是一个目录：{dir}（请给出文件名，例如 {dir}/result.txt）"),
])
def test_an_empty_name_or_a_folder_is_a_usage_error_before_any_check(tmp_path, report, target, message):
    folder = tmp_path / "out"
    folder.mkdir()
    before = snapshot(tmp_path)
    done = _check_to(report, target.format(dir=folder))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"reportlint: {message.format(dir=folder)}\n"
    assert snapshot(tmp_path) == before


def test_a_missing_folder_is_one_line(tmp_path, report):
    target = tmp_path / "nowhere" / "result.txt"
    done = _check_to(report, target)
    assert done.returncode == 2
    assert done.stderr == f"reportlint: 无法写入 {target}：{os.strerror(errno.ENOENT)}\n"


def test_baseline_and_pack_new_write_the_same_way(tmp_path, report):
    real = tmp_path / "real.json"
    real.write_text("{}", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "baseline.json"
    link.symlink_to(real)
    done = reportlint("baseline", "--today", TODAY, "-o", link, report[0])
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and '"schema": 1' in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    old = os.umask(0o022)
    try:
        new = reportlint("pack", "new", tmp_path / "mine", cwd=tmp_path)
    finally:
        os.umask(old)
    assert new.returncode == 0, new.stderr
    assert stat.S_IMODE(os.stat(tmp_path / "mine.yaml").st_mode) == 0o644
