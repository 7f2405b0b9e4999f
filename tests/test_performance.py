"""Performance guards that are not timings: what a check imports, --jobs giving the same output,
and the benchmark script running in its short mode (its figures are never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from reportgen import make_report, write_report

HEAVY = ("docx", "lxml", "pypdfium2", "rich", "multiprocessing", "importlib.metadata", "jsonschema")

IMPORTS = """
import sys
from reportlint.cli import main
code = main(sys.argv[1:])
print(code, sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r} or m in {heavy!r}))
"""


def _imports_after(*args: str) -> tuple[int, list[str]]:
    """Exit code and heavy modules imported by ``reportlint <args>`` in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", IMPORTS.format(heavy=set(HEAVY)), *args],
                         capture_output=True, text=True, check=True).stdout.splitlines()[-1]
    code, modules = out.split(" ", 1)
    return int(code), eval(modules)  # a printed list of strings


START_UP_EXTRAS = ("difflib", "calendar", "tomllib", "importlib.resources", "zipfile", "reportlint.app.crossyear",
                   "reportlint.app.authoring", "reportlint.app.baseline", "reportlint.output.json")


def test_one_file_check_leaves_what_it_does_not_use_unimported(tmp_path):
    """Start-up (issue 8): fuzzy label matching, TOML (no configuration here), package resources,
    cross-year checks (one file), the pack's rule list, pack tools, baselines and JSON stay unimported."""
    assert _check_importing(_report(tmp_path, ".md"), START_UP_EXTRAS) == (1, [])


def _check_importing(path: Path, names: tuple[str, ...]) -> tuple[int, list[str]]:
    """Exit code of a ``reportlint check`` of ``path`` in a fresh interpreter (run in its folder), and
    which of ``names`` it imported."""
    script = IMPORTS.replace("m.split(\".\")[0] in {heavy!r} or m in {heavy!r}", "m in {heavy!r}")
    out = subprocess.run([sys.executable, "-c", script.format(heavy=set(names)), "check", "--today", "2026-01-01",
                          str(path)], capture_output=True, text=True, check=True, cwd=path.parent)
    code, modules = out.stdout.splitlines()[-1].split(" ", 1)
    return int(code), eval(modules)  # a printed list of strings


def _report(tmp_path: Path, suffix: str) -> Path:
    report = make_report(2023, seed=3).set_t3("granted", 0, 7)
    path = tmp_path / f"report{suffix}"
    write_report(report, path)
    return path


def test_markdown_check_imports_no_docx_lxml_or_pdf_library(tmp_path):
    path = _report(tmp_path, ".md")
    code, modules = _imports_after("check", "--today", "2026-01-01", str(path))
    assert code == 1  # the changed number is a finding: the check really ran
    assert not [m for m in modules if m.split(".")[0] in ("docx", "lxml", "pypdfium2")]
    assert "multiprocessing" not in modules and "importlib.metadata" not in modules


def test_plain_text_output_never_imports_rich_and_colour_does(tmp_path):
    """Output to a pipe (CI, pre-commit) or ``--color never`` is plain text written directly
    (output/terminal.py); only colour needs rich."""
    path = _report(tmp_path, ".md")
    for color in ("auto", "never"):
        code, modules = _imports_after("check", "--color", color, "--today", "2026-01-01", str(path))
        assert (code, [m for m in modules if m.split(".")[0] == "rich"]) == (1, [])
    code, modules = _imports_after("check", "--color", "always", "--today", "2026-01-01", str(path))
    assert (code, "rich.console" in modules) == (1, True)


TEXT_CHECK_LEAVES = ("ast", "reportlint.analysis.exprparse", "reportlint.checks.prose.schema", "string", "typing")


def test_a_text_check_of_a_built_in_pack_imports_no_ast_string_or_typing(tmp_path):
    """A plain text check (no library beside the standard one) takes the built-in pack's identities
    parsed and its message templates checked from its prebuilt JSON (no ``ast``, no ``string``), validates no YAML
    (no prose schema) and names typing's types for annotations only."""
    assert _check_importing(_report(tmp_path, ".txt"), TEXT_CHECK_LEAVES) == (1, [])


def test_a_pyproject_that_cannot_hold_the_table_leaves_tomllib_unimported(tmp_path):
    """A project's pyproject.toml that names reportlint only as a dependency is not parsed; one with
    the table is (and its selection applies: RL4 only, the report's one finding kept)."""
    path = _report(tmp_path, ".txt")
    for text, imported in (('[project]\nname = "x"\ndependencies = ["reportlint"]\n', []),
                           ('[project]\nname = "x"\n\n[tool.reportlint]\nselect = ["RL4"]\n', ["tomllib"])):
        (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
        assert _check_importing(path, ("tomllib",)) == (1, imported)


def test_text_check_imports_no_docx_lxml_or_pdf_library(tmp_path):
    path = _report(tmp_path, ".txt")
    code, modules = _imports_after("check", "--today", "2026-01-01", str(path))
    assert code == 1
    assert not [m for m in modules if m.split(".")[0] in ("docx", "lxml", "pypdfium2")]


def test_json_output_does_not_import_rich(tmp_path):
    path = _report(tmp_path, ".md")
    code, modules = _imports_after("check", "--format", "json", "--today", "2026-01-01", str(path))
    assert code == 1
    assert not [m for m in modules if m.split(".")[0] in ("docx", "lxml", "pypdfium2", "rich")]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(12):
        report = make_report((2020, 2021, 2023)[i % 3], seed=i)
        if i % 2:
            report = report.set_t3("granted", 0, report.t3["granted"][0] + 2)
        write_report(report, folder / f"r{i:02d}.{('md', 'txt', 'docx')[i % 3]}")
    (folder / "broken.docx").write_bytes(b"not a zip")
    return folder


@pytest.mark.slow
def test_jobs_2_gives_byte_identical_json_and_text(tmp_path):
    folder = _folder(tmp_path)
    for fmt in ("json", "text"):
        one = run_cli("check", "--format", fmt, "--today", "2026-01-01", "--jobs", "1", folder)
        two = run_cli("check", "--format", fmt, "--today", "2026-01-01", "--jobs", "2", folder)
        assert (two.code, two.out, two.err) == (one.code, one.out, one.err)
        assert one.code == 1
    out = run_cli("check", "--format", "json", "--today", "2026-01-01", "--jobs", "2", folder).out
    files = json.loads(out)["files"]
    assert [Path(f["path"]).name for f in files] == sorted(p.name for p in folder.iterdir())
    assert '"RL401"' in out
    broken = next(f for f in files if f["path"].endswith("broken.docx"))
    assert [d["code"] for d in broken["diagnostics"]] == ["RL101"]


@pytest.mark.slow
def test_jobs_default_is_the_cpu_count_and_results_keep_input_order(tmp_path):
    from datetime import date

    from reportlint.app.engine import RunOptions
    from reportlint.app.parallel import check_all, default_jobs

    assert default_jobs() >= 1
    folder = _folder(tmp_path)
    paths = sorted(str(p) for p in folder.iterdir())[::-1]  # any order given is the order returned
    options = RunOptions(today=date(2026, 1, 1))
    got = list(check_all([(p, options) for p in paths], jobs=2))
    assert [p for p, _, _ in got] == paths
    assert [r.path for _, r, _ in got] == paths
    assert all(failure is None for _, _, failure in got)


@pytest.mark.slow
def test_benchmark_quick_mode_prints_every_row():
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--reports", "6"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for row in ("reportlint --version", "reportlint check (markdown", "reportlint check (text",
                "reportlint check (docx", "\nmarkdown ", "\ntext ", "\ndocx ",
                "--jobs 1", "--jobs 2"):
        assert row in out, row
    assert "(exit" not in out  # both folder runs ended with 0 or 1
    assert out.count("≤ 1.4× what it imports") >= 4  # each cold command against its own imports


@pytest.mark.slow
def test_jobs_2_cross_year_pairs_and_summary_as_with_jobs_1(tmp_path):
    """Results from workers carry the title, so only files that can pair are checked again; the
    findings (RL901 across a pair), and the --summary table, are those of --jobs 1."""
    folder = tmp_path / "agencies"
    folder.mkdir()
    for i in range(10):
        agency = "示例县市场监督管理局" if i < 4 else f"示例县第{i}局"
        report = make_report((2022, 2023)[i % 2], seed=i, agency=agency)
        if i == 1:
            report = report.set_t3("carried_over", 0, report.t3["carried_over"][0] + 1)
        write_report(report, folder / f"r{i:02d}.md")
    for args in (("--format", "json"), ("--summary",)):
        one = run_cli("check", *args, "--today", "2026-01-01", "--jobs", "1", folder)
        two = run_cli("check", *args, "--today", "2026-01-01", "--jobs", "2", folder)
        assert (two.code, two.out, two.err) == (one.code, one.out, one.err)
    assert "RL90" in run_cli("check", "--format", "json", "--today", "2026-01-01", "--jobs", "2", folder).out


def test_choosing_a_pack_compiles_only_the_chosen_one(tmp_path):
    code = ("import sys; from reportlint.cli import main; from reportlint.app.engine import pack_loader; "
            "main(sys.argv[1:]); print(pack_loader().compiled_packs())")
    path = _report(tmp_path, ".md")
    out = subprocess.run([sys.executable, "-c", code, "check", "--today", "2026-01-01", str(path)],
                         capture_output=True, text=True, check=True).stdout.splitlines()[-1]
    assert out == "['cn-gov-disclosure-2021']"  # of the two built-in packs, only the one of a 2023 report
