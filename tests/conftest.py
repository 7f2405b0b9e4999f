"""Shared test helpers: where the shared samples are, and running the real CLI in process."""

from __future__ import annotations

import io
import json
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTLINT_SHARED", REPO.parent / "shared"))
SAMPLES = SHARED / "samples"
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


@pytest.fixture
def samples() -> Path:
    return SAMPLES
