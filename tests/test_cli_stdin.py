"""``reportlint check -``: a report on standard input — Markdown unless ``--stdin-filename`` names
another kind, that name choosing the configuration and shown in every output; ``--exit-zero``;
and a run that checks no file says so."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from reportgen import make_report, to_markdown, to_text

TODAY = ("--today", "2026-01-01")


@pytest.fixture
def bad_report():
    report = make_report(2023, 1)
    return report.set_t3("granted", 0, report.t3["granted"][0] + 3)


def with_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_is_read_as_markdown(monkeypatch, tmp_path, bad_report):
    text = to_markdown(bad_report)
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    from_file = run_cli("check", "--format", "concise", *TODAY, "--isolated", path)
    with_stdin(monkeypatch, text.encode("utf-8"))
    from_stdin = run_cli("check", "--format", "concise", *TODAY, "--isolated", "-")
    assert from_stdin.code == from_file.code == 1
    assert from_stdin.err == ""
    assert from_stdin.out == from_file.out.replace(f"{path}:", "-:")
    assert from_stdin.out.startswith("-:47:52: RL401 申请人合计不成立（（一）予以公开）")


def test_stdin_filename_chooses_the_reader_the_name_and_the_configuration(monkeypatch, tmp_path, bad_report):
    (tmp_path / "reportlint.toml").write_text('ignore = ["RL401"]\n', encoding="utf-8")
    with_stdin(monkeypatch, to_text(bad_report).encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "--format", "json", *TODAY, "-", "--stdin-filename", "reports/2023.txt")
    (entry,) = result.json["files"]
    assert (result.code, entry["path"], entry["format"], entry["pack"]) == (0, "reports/2023.txt", "text", "cn-gov-disclosure-2021")
    assert entry["diagnostics"] == []  # its two RL401 ignored by the reportlint.toml above the name
    with_stdin(monkeypatch, to_text(bad_report).encode("utf-8"))
    isolated = run_cli("check", "--format", "json", *TODAY, "--isolated", "-", "--stdin-filename", "reports/2023.txt")
    assert [d["code"] for d in isolated.json["files"][0]["diagnostics"]] == ["RL401", "RL401"]


def test_stdin_docx(monkeypatch):
    with_stdin(monkeypatch, (SAMPLES / "docx" / "section3_bad.docx").read_bytes())
    result = run_cli("check", "--format", "concise", *TODAY, "--isolated", "-", "--stdin-filename", "报告.docx")
    assert result.code == 1
    assert result.out.splitlines()[0] == ("报告.docx:表1:R20C10: RL401 申请人合计不成立（重复申请）：自然人+商业企业+科研机构+社会公益组织"
                                          "+法律服务机构+其他 = 2+0+0+0+0+0 = 2，总计 = 1，相差 1")


def test_stdin_must_be_alone(tmp_path):
    result = run_cli("check", "-", str(tmp_path))
    assert (result.code, result.err) == (2, "reportlint: - （标准输入）只能单独使用，不能与其他文件或目录一起检查\n")


def test_stdin_from_a_real_pipe(bad_report):
    done = subprocess.run([sys.executable, "-m", "reportlint", "check", "--color", "never", *TODAY, "--isolated", "-"],
                          input=to_markdown(bad_report).encode("utf-8"), capture_output=True, timeout=120)
    out = done.stdout.decode("utf-8")
    assert (done.returncode, done.stderr) == (1, b"")
    assert out.splitlines()[:2] == [
        "RL401 错误：申请人合计不成立（（一）予以公开）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 3+0+0+0+0+8 = 11，"
        "总计 = 8，相差 3", " --> -:47:52  三、本年度办理结果/（一）予以公开 × 申请人情况/总计"]
    assert out.splitlines()[-1] == "✗ 2 个错误，0 个警告，0 条提示（检查了 1 个文件）"


def test_exit_zero(tmp_path, bad_report):
    path = tmp_path / "r.md"
    path.write_text(to_markdown(bad_report), encoding="utf-8")
    result = run_cli("check", "--exit-zero", "--color", "never", *TODAY, "--isolated", path)
    assert result.code == 0
    assert result.out.splitlines()[-1] == "2 个错误，0 个警告，0 条提示（检查了 1 个文件）"  # no ✓ beside two errors
    assert run_cli("check", "--exit-zero", *TODAY, "--isolated", tmp_path / "missing.md").code == 2


def test_no_file_to_check_is_said(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.rst").write_text("x", encoding="utf-8")
    result = run_cli("check", "--color", "never", str(empty))
    assert result.code == 0
    assert result.err == f"reportlint: 警告：没有找到要检查的文件（{empty} 中没有 .md .markdown .txt .text .docx .pdf 文件）\n"
    assert result.out == "0 个错误，0 个警告，0 条提示（检查了 0 个文件）\n"


def test_every_file_excluded_is_said(tmp_path):
    shutil.copy(Path(__file__).parent.parent / "examples" / "report-2023.md", tmp_path / "r.md")
    (tmp_path / "reportlint.toml").write_text('exclude = ["*.md"]\n', encoding="utf-8")
    result = run_cli("check", "--color", "never", str(tmp_path / "r.md"))
    assert result.code == 0
    assert result.err == "reportlint: 警告：没有检查任何文件（给出的 1 个文件都被配置文件的 exclude 排除）\n"


def test_an_internal_error_ends_with_a_cross(tmp_path, monkeypatch, bad_report):
    """An internal error is exit code 2: the last line says ✗ and how many files could not be checked."""
    from reportlint.app import parallel

    def broken(path, options):
        raise RuntimeError("boom")

    monkeypatch.setattr(parallel, "check_path", broken)
    path = tmp_path / "r.md"
    path.write_text(to_markdown(bad_report), encoding="utf-8")
    result = run_cli("check", "--color", "never", *TODAY, "--isolated", path)
    assert result.code == 2
    assert result.err == f"reportlint: 内部错误：检查 {path} 时出错（RuntimeError: boom）；加 --debug 查看详情\n"
    assert result.out == "✗ 0 个错误，0 个警告，0 条提示（检查了 0 个文件，1 个文件因内部错误未能检查）\n"


def test_warnings_below_fail_on_end_with_a_tick(tmp_path):
    report = make_report(2023, 1)
    text = to_markdown(report).replace("| 行政强制 | 27 |", "| 行政强制 | — |", 1)
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--color", "never", *TODAY, "--isolated", path)
    assert result.code == 0
    assert result.out.splitlines()[0] == "RL501 警告：单元格填写了“—”（行政强制/本年处理决定数量），应填写数字，没有发生的填 0"
    assert result.out.splitlines()[-1] == "✓ 0 个错误，1 个警告，0 条提示（检查了 1 个文件）"
    failing = run_cli("check", "--color", "never", "--fail-on", "warning", *TODAY, "--isolated", path)
    assert failing.code == 1
    assert failing.out.splitlines()[-1] == "✗ 0 个错误，1 个警告，0 条提示（检查了 1 个文件）"
