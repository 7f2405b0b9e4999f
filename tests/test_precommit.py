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


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path):
    work = tmp_path / "reports"
    work.mkdir()
    shutil.copy(SAMPLES / "docx" / "section3_bad.docx", work / "bad.docx")
    (work / "good.md").write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.invalid", PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
               PRE_COMMIT_COLOR="never")
    _git(work, "init", "-q")
    _git(work, "add", "bad.docx", "good.md")
    subprocess.run(["git", "commit", "-q", "-m", "reports"], cwd=work, check=True, env=env, capture_output=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, check=True, capture_output=True,
                          text=True).stdout.strip()
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "reportlint", "--ref", head,
                  "--verbose"]

    good = subprocess.run([*pre_commit, "--files", "good.md"], cwd=work, env=env, capture_output=True,
                          text=True, timeout=900)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "reportlint" in good.stdout and "Passed" in good.stdout

    bad = subprocess.run([*pre_commit, "--files", "bad.docx"], cwd=work, env=env, capture_output=True,
                         text=True, timeout=900)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "- exit code: 1" in bad.stdout
    assert "RL401 申请人合计不成立（重复申请）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 2+0+0+0+0+0 = 2，总计 = 1，相差 1" in bad.stdout
    assert " --> bad.docx 表1 第20行第10列" in bad.stdout
