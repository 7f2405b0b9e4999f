"""Hostile input, item 9: a file reportlint reads that is not a report (a pack, what it ``extends:``,
``reportlint.toml``, ``pyproject.toml``, a ``--baseline``, the ``--previous`` report) must be a
regular file under a size limit.  A named pipe used to block forever, ``/dev/zero`` as ``extends:``
was read until the OOM killer came; each is now one ``reportlint: FILE[:LINE]: KEY: message`` line,
exit code 2, within a generous time bound, and nothing in the folder changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import TIMEOUT, TODAY, good_report, report_folder, reportlint, snapshot

FIFO = "这是命名管道 (FIFO)，不是普通文件，未读取"
DEVICE = "这是设备文件，不是普通文件，未读取"
FOLDER = "这是一个目录，不是文件"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return report_folder(tmp_path)


def _refused(folder: Path, *args: str | Path, cwd: Path | None = None) -> str:
    """Run ``reportlint ARGS``; assert exit 2, nothing on stdout, one line on stderr, no change."""
    before = snapshot(folder)
    done = reportlint(*args, cwd=cwd)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert snapshot(folder) == before
    return done.stderr


def _check(folder: Path, *extra: str | Path) -> str:
    return _refused(folder, "check", "--format", "json", "--today", TODAY, *extra, folder / "report.md")


# -- packs and what they extend ------------------------------------------------------------------

def test_a_pack_that_is_a_named_pipe(folder):
    os.mkfifo(folder / "pack.yaml")
    assert _check(folder, "--pack", folder / "pack.yaml") == f"reportlint: {folder / 'pack.yaml'}: 无法读取规则包文件：{FIFO}\n"


def test_extends_dev_zero_is_refused_at_the_extends_line(folder):
    (folder / "pack.yaml").write_text("pack: p\nname: P\nextends: /dev/zero\n", encoding="utf-8")
    assert _check(folder, "--pack", folder / "pack.yaml") == (
        f"reportlint: {folder / 'pack.yaml'}:3: extends: 被继承的规则包 '/dev/zero'：无法读取规则包文件：{DEVICE}\n")


def test_extends_a_named_pipe_a_folder_and_a_huge_file(folder):
    os.mkfifo(folder / "pipe.yaml")
    (folder / "dir.yaml").mkdir()
    (folder / "huge.yaml").write_text("pack: h\n" + "#" * (1024 * 1024) + "\n", encoding="utf-8")
    for parent, reason in (("pipe.yaml", FIFO), ("dir.yaml", FOLDER),
                           ("huge.yaml", "文件过大（1 MiB，上限 1 MiB），未读取")):
        (folder / "child.yaml").write_text(f"pack: c\nname: C\nextends: {parent}\n", encoding="utf-8")
        assert _check(folder, "--pack", folder / "child.yaml") == (
            f"reportlint: {folder / 'child.yaml'}:3: extends: 被继承的规则包 '{parent}'：无法读取规则包文件：{reason}\n")


def test_pack_check_lists_an_unreadable_pack(folder):
    os.mkfifo(folder / "pack.yaml")
    before = snapshot(folder)
    done = reportlint("pack", "check", folder / "pack.yaml")
    assert done.returncode == 2
    assert done.stdout == f"{folder / 'pack.yaml'}: 无法读取规则包文件：{FIFO}\n✗ 1 个问题（{folder / 'pack.yaml'}）\n"
    assert snapshot(folder) == before


def test_a_pack_that_is_not_utf8(folder):
    (folder / "pack.yaml").write_bytes("pack: p\nname: 规则\n".encode("gbk"))
    assert _check(folder, "--pack", folder / "pack.yaml") == (
        f"reportlint: {folder / 'pack.yaml'}:2: 规则包文件不是 UTF-8 编码（第 15 个字节无法解码）；请另存为 UTF-8\n")


# -- configuration -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["reportlint.toml", "pyproject.toml"])
def test_a_configuration_that_is_a_named_pipe(folder, name):
    os.mkfifo(folder / name)
    assert _check(folder) == f"reportlint: {folder / name}: 无法读取配置文件：{FIFO}\n"


def test_a_configuration_linked_to_dev_zero(folder):
    (folder / "reportlint.toml").symlink_to("/dev/zero")
    assert _check(folder) == f"reportlint: {folder / 'reportlint.toml'}: 无法读取配置文件：{DEVICE}\n"


def test_a_configuration_over_the_size_limit(folder):
    (folder / "reportlint.toml").write_text('fail-on = "error"\n' + "#" * (1024 * 1024) + "\n", encoding="utf-8")
    assert _check(folder) == (f"reportlint: {folder / 'reportlint.toml'}: 无法读取配置文件：文件过大（1 MiB，上限 1 MiB），"
                              "未读取\n")


def test_a_broken_link_as_configuration_is_named(folder):
    (folder / "reportlint.toml").symlink_to(folder / "gone.toml")
    assert _check(folder) == (f"reportlint: {folder / 'reportlint.toml'}: 无法读取配置文件：文件是一个失效的符号链接"
                              "（指向的文件不存在）\n")


# -- baseline ----------------------------------------------------------------------------------

def test_a_baseline_that_is_a_named_pipe_or_a_device(folder):
    os.mkfifo(folder / "baseline.json")
    assert _check(folder, "--baseline", folder / "baseline.json") == (
        f"reportlint: {folder / 'baseline.json'}: 无法读取基线文件：{FIFO}\n")
    assert _check(folder, "--baseline", "/dev/zero") == f"reportlint: /dev/zero: 无法读取基线文件：{DEVICE}\n"


def test_a_baseline_nested_deeper_than_json_can_read(folder):
    (folder / "baseline.json").write_text('{"schema": 1, "files": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                          encoding="utf-8")
    assert _check(folder, "--baseline", folder / "baseline.json") == (
        f"reportlint: {folder / 'baseline.json'}: 基线文件不是有效的 JSON：嵌套过深\n")


def test_a_baseline_with_a_syntax_error_names_its_line(folder):
    (folder / "baseline.json").write_text('{"schema": 1,\n "files": {,}\n}\n', encoding="utf-8")
    assert _check(folder, "--baseline", folder / "baseline.json") == (
        f"reportlint: {folder / 'baseline.json'}:2: 基线文件不是有效的 JSON：Expecting property name enclosed in "
        "double quotes\n")


# -- --previous --------------------------------------------------------------------------------

def test_previous_that_cannot_be_opened_is_a_usage_error(folder):
    os.mkfifo(folder / "pipe.md")
    (folder / "empty.md").write_bytes(b"")
    cases = [("missing.md", "文件不存在（可能在列出目录后被删除或移走）"), ("pipe.md", FIFO),
             ("sub", FOLDER), ("empty.md", "无法读取：文件是空的；请确认保存的是报告全文")]
    (folder / "sub").mkdir()
    for name, reason in cases:
        assert _check(folder, "--previous", folder / name) == (
            f"reportlint: --previous 指定的上一年度报告无法读取：{folder / name}（{reason}）\n")


def test_previous_that_reads_is_still_paired(folder):
    previous = good_report(folder, "2022.md", year=2022)
    done = reportlint("check", "--format", "json", "--today", TODAY, "--previous", previous, folder / "report.md")
    assert done.returncode in (0, 1), done.stderr
    assert [f["path"] for f in json.loads(done.stdout)["files"]] == [str(folder / "report.md")]


# -- XDG_CACHE_HOME ----------------------------------------------------------------------------

@pytest.mark.parametrize("cache", ["relative-cache", ""])
def test_no_cache_folder_is_made_whatever_xdg_cache_home_says(folder, tmp_path, cache):
    """reportlint keeps no cache; a relative XDG_CACHE_HOME (which the XDG spec says to ignore) or
    an empty one never makes a folder where the command runs."""
    plain = reportlint("check", "--format", "json", "--today", TODAY, folder / "report.md", cwd=folder)
    before = snapshot(tmp_path)
    done = reportlint("check", "--format", "json", "--today", TODAY, folder / "report.md", cwd=folder,
                      env={"XDG_CACHE_HOME": cache, "HOME": str(folder)})
    assert (done.returncode, done.stdout, done.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    assert snapshot(tmp_path) == before


# -- the name standard input is checked as ----------------------------------------------------

def test_a_stdin_filename_the_file_system_refuses_is_one_line(folder):
    """``check -`` copies standard input to a file named like ``--stdin-filename``: a name too long
    for the file system was an internal error; it is a usage error, one line, exit 2."""
    name = "a" * 300 + ".md"
    before = snapshot(folder)
    done = subprocess.run([sys.executable, "-m", "reportlint", "check", "-", "--stdin-filename", name, "--today", TODAY],
                          input=(folder / "report.md").read_bytes(), capture_output=True, timeout=TIMEOUT, check=False)
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode("utf-8") == (f"reportlint: 无法保存标准输入以供检查（--stdin-filename {name}）："
                                           "File name too long\n")
    assert snapshot(folder) == before
