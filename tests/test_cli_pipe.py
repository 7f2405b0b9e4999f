"""``reportlint … | head -1``: a reader that stops reading is no error.  Each test runs the real
command in a child process whose standard output is a pipe the test closes: after one line (as
``head -1`` does, with the pipe made small so that the command is still writing), or before reading
anything.  The command must end quietly — nothing on stderr, no "内部错误（BrokenPipeError）", no
"Exception ignored" — with the exit code of what it did (a check's verdict, 0 for the others)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen import make_report, to_markdown

FORMATS = ["text", "json", "jsonl", "sarif", "github", "concise", "html"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty reports, each with a wrong total (RL401): far more output than a pipe holds."""
    folder = tmp_path_factory.mktemp("reports")
    for seed in range(20):
        report = make_report(2023, seed=seed)
        report = report.set_t3("granted", 0, report.t3["granted"][0] + 3)
        (folder / f"r{seed:02}.md").write_text(to_markdown(report), encoding="utf-8")
    return folder


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    return env


def _head_1(*args: str) -> tuple[bytes, int, bytes]:
    """Run ``reportlint ARGS | head -1``: (the line read, the exit code, stderr)."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # the smallest pipe: the command blocks writing
    proc = subprocess.Popen([sys.executable, "-m", "reportlint", *args], stdout=write_end, stderr=subprocess.PIPE,
                            env=_env())
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        line = reader.readline()
    _, err = proc.communicate(timeout=120)
    return line, proc.returncode, err


def _closed_at_once(*args: str) -> tuple[int, bytes]:
    """Run the command with a standard output nobody reads (the read end closed before it starts)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    proc = subprocess.Popen([sys.executable, "-m", "reportlint", *args], stdout=write_end, stderr=subprocess.PIPE,
                            env=_env())
    os.close(write_end)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err


def test_check_piped_into_head_1_exits_quietly(reports: Path):
    line, code, err = _head_1("check", "--today", "2026-01-01", "--isolated", "--jobs", "1", str(reports))
    assert line.decode("utf-8").startswith("RL401 错误：申请人合计不成立")
    assert (code, err) == (1, b"")


def test_rules_piped_into_head_1_exits_quietly():
    line, code, err = _head_1("rules")
    assert line == "cn-gov-disclosure-2021 — 政府信息公开工作年度报告（2021年版格式）\n".encode()
    assert (code, err) == (0, b"")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_with_nobody_reading(reports: Path, fmt: str):
    code, err = _closed_at_once("check", "--format", fmt, "--today", "2026-01-01", "--isolated", "--jobs", "1",
                                str(reports))
    assert (code, err) == (1, b"")


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ("check", "--statistics"), ("check", "--summary"), ("check", "--statistics", "--format", "json"),
])
def test_check_variants_with_nobody_reading(reports: Path, args: tuple[str, ...]):
    code, err = _closed_at_once(*args, "--today", "2026-01-01", "--isolated", "--jobs", "1", str(reports))
    assert (code, err) == (1, b"")


@pytest.mark.slow
@pytest.mark.parametrize("args", [("rules",), ("rule", "RL401"), ("rule", "RL101"), ("pack", "schema"), ("--help",)])
def test_other_commands_with_nobody_reading(args: tuple[str, ...]):
    code, err = _closed_at_once(*args)
    assert (code, err) == (0, b"")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="this system has no /dev/full to fill the output")
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_output_to_a_full_disk_is_one_line_and_exit_2(fmt, tmp_path):
    """Standard output on a full disk (/dev/full: every write fails with ENOSPC) is the user's disk,
    not an internal error: one line naming it, exit 2."""
    report = Path(__file__).resolve().parents[1] / "examples" / "report-2023-with-errors.md"
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "reportlint", "check", "--format", fmt, str(report)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == "reportlint: 无法写出结果（No space left on device）\n"
