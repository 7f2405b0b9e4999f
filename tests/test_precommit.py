"""The pre-commit hook, run by the real pre-commit framework (``pre-commit try-repo``) against
this repository, in a temporary git repository holding a bad .docx and a good Markdown report.

try-repo installs reportlint from this repository at HEAD (``--ref``: without it try-repo adds the
uncommitted changes of tracked files but not new files, which in a working tree with work in
progress gives an install that matches neither) into pre-commit's own virtual environment, which
needs PyPI for the dependencies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from conftest import SAMPLES
from reportgen import make_report, to_markdown

REPO = Path(__file__).resolve().parents[1]


def test_hook_manifest():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "reportlint")
    assert hook["files"] == r"\.(docx|md|markdown|txt|pdf)$"
    assert "types" not in hook and "types_or" not in hook  # identify tags .docx as binary only
    assert hook["language"] == "python" and hook["entry"] == "reportlint check"
    # PDFs out of the box: the hook's environment gets reportlint with its pdf extra, whatever it holds.
    assert hook["additional_dependencies"] == [".[pdf]"]
    assert "pdf" in tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.invalid", PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
               PRE_COMMIT_COLOR="never")
    return env


def _try_repo(work: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "reportlint", "--ref", head,
                           "--verbose", *args], cwd=work, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path):
    work = tmp_path / "reports"
    work.mkdir()
    shutil.copy(SAMPLES / "docx" / "section3_bad.docx", work / "bad.docx")
    (work / "good.md").write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    env = _environment(tmp_path)
    _git(work, "init", "-q")
    _git(work, "add", "bad.docx", "good.md")
    subprocess.run(["git", "commit", "-q", "-m", "reports"], cwd=work, check=True, env=env, capture_output=True)

    good = _try_repo(work, env, "--files", "good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "reportlint" in good.stdout and "Passed" in good.stdout

    bad = _try_repo(work, env, "--files", "bad.docx")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "- exit code: 1" in bad.stdout
    assert "RL401 错误：申请人合计不成立（重复申请）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 2+0+0+0+0+0 = 2，总计 = 1，相差 1" in bad.stdout
    assert " --> bad.docx 表1 第20行第10列" in bad.stdout


@pytest.mark.slow
def test_pre_commit_reads_pdfs_and_lets_docs_be(tmp_path):
    """A repository of reports and docs: the PDF report is read (the hook installs the pdf extra) and
    README.md / CHANGELOG.md, which the hook's pattern matches, get no warning — RL102 as information,
    which neither fails the commit nor shows unless asked (--verbose here)."""
    work = tmp_path / "reports"
    work.mkdir()
    shutil.copy(SAMPLES / "real" / "2024-huaian-city-gov.pdf", work / "2024.pdf")
    (work / "README.md").write_text("# 年度报告\n\n本仓库存放历年报告。运行 `pre-commit install` 启用检查。\n", encoding="utf-8")
    (work / "CHANGELOG.md").write_text("# Changelog\n\n## 2024\n\n- 2024 年报告定稿。\n", encoding="utf-8")
    env = _environment(tmp_path)
    _git(work, "init", "-q")
    _git(work, "add", ".")
    subprocess.run(["git", "commit", "-q", "-m", "reports"], cwd=work, check=True, env=env, capture_output=True)
    done = _try_repo(work, env, "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr
    findings = {line for line in done.stdout.splitlines() if line.startswith(("RL", " --> "))}
    not_report = ("RL102 提示：未检查：看来不是报告（{}，也没有报告的章节、编号或数字表格）；如果是报告，可用 --pack 指定"
                  "（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）")
    assert findings == {not_report.format("未找到报告标题，正文也不像任何规则包所检查的报告"), " --> README.md:1:3",
                        " --> CHANGELOG.md:1:3",
                        "RL607 提示：未找到报告日期（标题下方的成文日期或发布日期）", " --> 2024.pdf 第1页"}
    assert "✓ 0 个错误，0 个警告" in done.stdout
