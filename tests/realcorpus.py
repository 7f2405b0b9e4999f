"""Helpers of the tests that read the real reports of tests/corpus as they were found: one document by its number,
one line of it, the sum statements and the application balances of a text, and one code's findings, a text edited in one
place and a folder of several texts for the cross-year phase (so each held-out slice's tests say only what they assert)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import corpus_file as corpus
from conftest import run_cli
from reportlint.checks.prose.balance import read_balances
from reportlint.text.cnparse import find_numbers
from reportlint.text.mapped import normalize_mapped
from reportlint.text.normalize import normalize
from reportlint.text.sums import find_sum_statements


def line_of(prefix: str, fragment: str) -> str:
    (line,) = [x for x in corpus(prefix).read_text(encoding="utf-8").split("\n") if fragment in x]
    return line


def shapes(text: str) -> list[tuple[int, list[int], str | None]]:
    return [(int(s.total.value), [int(p.value) for p in s.parts], s.ending)
            for s in find_sum_statements(normalize(text))]


def balances(text: str, year: int) -> list[tuple[int, int, bool]]:
    """(新收 + 上年结转, 办结 + 结转下年, balanced) of each statement RL707 reads in ``text`` of a report on ``year``."""
    norm, _ = normalize_mapped(text)
    return [(int(b.left), int(b.right), b.balanced) for b in read_balances(norm, find_numbers(norm), year)]


def findings(path: Path, code: str) -> list[tuple[str, str]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["message"]) for d in file["diagnostics"] if d["code"] == code]


def changed(tmp_path: Path, prefix: str, old: str, new: str) -> Path:
    """The real text with one piece of it replaced, written to ``tmp_path`` under its own name."""
    text = corpus(prefix).read_text(encoding="utf-8")
    assert text.count(old) == 1
    out = tmp_path / corpus(prefix).name
    out.write_text(text.replace(old, new), encoding="utf-8")
    return out


def edit(path: Path, old: str, new: str) -> None:
    """``path`` with its one ``old`` replaced by ``new``, in place."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def folder_of(tmp_path: Path, *files: Path, name: str = "reports") -> Path:
    """A folder ``tmp_path / name`` holding copies of ``files``: the run of a folder pairs a body's years."""
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    for f in files:
        shutil.copyfile(f, folder / f.name)
    return folder
