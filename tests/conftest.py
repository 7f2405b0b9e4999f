"""Shared test helpers: where the sample documents are, and running the real CLI in process."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "data" / "samples"  # real and realistic documents, copied in (README.md there)
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/reportgen.py


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def json(self) -> dict:
        return json.loads(self.out)


def run_cli(*args: str) -> CliResult:
    """Run ``reportlint`` in process with the given arguments; capture stdout and stderr."""
    from reportlint.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return CliResult(code, out.getvalue(), err.getvalue())


def diagnostics_of(path: Path | str, *extra: str) -> list[dict]:
    """The JSON diagnostics of one file (with --today fixed so dates are reproducible)."""
    result = run_cli("check", "--format", "json", "--today", "2026-01-01", *extra, str(path))
    assert result.code in (0, 1), result.err
    return result.json["files"][0]["diagnostics"]


# section3_bad.docx: its 自然人 results add up to 12 with the "—" counted as 0, past the (七)总计 of 11 — RL401 whatever the
# "—" stands for (what console, concise and annotate output all show at R25C4)
RESULTS_TOTAL = ("办理结果总计不成立（自然人）：（一）予以公开+（二）部分公开+国家秘密+法律行政法规禁止公开+危及“三安全一稳定”+"
                 "保护第三方合法权益+三类内部事务信息+四类过程性信息+行政执法案卷+行政查询事项+本机关不掌握+需另行制作+补正后仍不明确+"
                 "信访举报投诉类+重复申请+公开出版物+大量反复申请+确认或重新出具+（六）其他处理 = "
                 "6+1+1+0+0+0+0+0+0+0+2+0+0+0+2+0+0+0+0 = 12，第三项（七）总计 = 11，相差 1"
                 "（空白按 0 计；空白处填入任何数都不能使其成立：“三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人”为空）")

CORPUS = REPO / "tests" / "corpus"  # the real-report corpus (README.md there)


def corpus_file(prefix: str) -> Path:
    """The one document of the corpus whose name starts with ``prefix`` (``r650``), not its labels."""
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def corpus_findings(path: Path) -> list[tuple[str, str, str]]:
    """Code, severity and message of every finding on one file, as the accuracy benchmark runs it."""
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["code"], d["severity"], d["message"]) for d in file["diagnostics"]]


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache folder: the suite never writes into the user's home, and no
    test sees what another one cached."""
    cache = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


_SESSION_CACHE: tempfile.TemporaryDirectory | None = None


def pytest_configure(config: pytest.Config) -> None:
    # Before any fixture: what runs outside a test's own cache folder (module fixtures that install
    # into a venv, subprocesses they start) caches into a folder of this session, never the home.
    global _SESSION_CACHE
    _SESSION_CACHE = tempfile.TemporaryDirectory(prefix="reportlint-tests-")
    os.environ["XDG_CACHE_HOME"] = _SESSION_CACHE.name
    config.addinivalue_line("markers", "slow: takes seconds (a venv, pre-commit, a process pool, a browser); "
                                       "deselect with -m 'not slow' for a quick loop")


def pytest_unconfigure(config: pytest.Config) -> None:
    if _SESSION_CACHE is not None:
        _SESSION_CACHE.cleanup()
