"""The library API (``reportlint.check_paths``, ``reportlint.cross_year``) and the examples of
docs/scaling.md: the findings of ``reportlint check``, results that pickle, no import until a call."""

from __future__ import annotations

import json
import pickle
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import reportlint
from conftest import REPO, SAMPLES, run_cli
from reportgen import make_report, write_report
from reportlint.model.diagnostics import ConfigError, UsageError

REAL = SAMPLES / "real"
TODAY = date(2026, 1, 1)
CARRIED = "二、上年结转政府信息公开申请数量 |  |  | {} |"


def _findings(results) -> list[tuple[str, str, str, int | None, int | None]]:
    return [(Path(r.path).name, d.code, d.rule, d.location.line, d.location.page) for r in results for d in r.diagnostics]


def test_check_paths_gives_each_real_reports_findings_in_order():
    results = list(reportlint.check_paths([REAL], today=TODAY, isolated=True))
    assert [(Path(r.path).name, r.format, r.pack, r.report_year, r.facts.agency) for r in results] == [
        ("2023-huaian-hongze-district-gov.pdf", "pdf", "cn-gov-disclosure-2021", 2023, "洪泽区人民政府"),
        ("2024-huaian-city-gov.pdf", "pdf", "cn-gov-disclosure-2021", 2024, "淮安市人民政府"),
        ("2024-huaian-hongze-district-gov.pdf", "pdf", "cn-gov-disclosure-2021", 2024, "淮安市洪泽区人民政府"),
        ("2023-huaian-hongze-district-gov.txt", "text", "cn-gov-disclosure-2021", 2023, "洪泽区人民政府"),
        ("2024-huaian-city-gov.txt", "text", "cn-gov-disclosure-2021", 2024, "淮安市人民政府"),
        ("2024-huaian-hongze-district-gov.txt", "text", "cn-gov-disclosure-2021", 2024, "淮安市洪泽区人民政府"),
    ]
    assert _findings(results) == [
        ("2023-huaian-hongze-district-gov.pdf", "RL607", "dates.missing", None, 1),
        ("2023-huaian-hongze-district-gov.pdf", "RL306", "tables.label-variant", None, 3),
        ("2023-huaian-hongze-district-gov.pdf", "RL802", "version.single-other", None, 4),
        ("2023-huaian-hongze-district-gov.pdf", "RL401", "t4.review-total", None, 4),
        ("2023-huaian-hongze-district-gov.pdf", "RL401", "t4.after-review-total", None, 4),
        ("2024-huaian-city-gov.pdf", "RL607", "dates.missing", None, 1),
        ("2024-huaian-hongze-district-gov.pdf", "RL607", "dates.missing", None, 1),
        ("2024-huaian-hongze-district-gov.pdf", "RL702", "prose.requests-received", None, 1),
        ("2024-huaian-hongze-district-gov.pdf", "RL306", "tables.label-variant", None, 3),
        ("2024-huaian-hongze-district-gov.pdf", "RL802", "version.single-other", None, 4),
        ("2023-huaian-hongze-district-gov.txt", "RL607", "dates.missing", 1, None),
        ("2023-huaian-hongze-district-gov.txt", "RL306", "tables.label-variant", 35, None),
        ("2023-huaian-hongze-district-gov.txt", "RL802", "version.single-other", 50, None),
        ("2023-huaian-hongze-district-gov.txt", "RL401", "t4.review-total", 57, None),
        ("2023-huaian-hongze-district-gov.txt", "RL401", "t4.after-review-total", 57, None),
        ("2024-huaian-city-gov.txt", "RL607", "dates.missing", 1, None),
        ("2024-huaian-hongze-district-gov.txt", "RL607", "dates.missing", 1, None),
        ("2024-huaian-hongze-district-gov.txt", "RL702", "prose.requests-received", 6, None),
        ("2024-huaian-hongze-district-gov.txt", "RL306", "tables.label-variant", 34, None),
        ("2024-huaian-hongze-district-gov.txt", "RL802", "version.single-other", 49, None),
    ]
    review = next(d for d in results[3].diagnostics if d.rule == "t4.review-total")
    assert (review.expected, review.actual, review.message) == (
        "11", "0", "行政复议总计不成立（数据行）：结果维持+结果纠正+其他结果+尚未审结 = 10+1+0+0 = 11，总计 = 0，相差 11")


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    """The real 洪泽区 2023 and 2024 reports as text, the later one carrying over 3 where 2023 carried 0."""
    folder = tmp_path / "pair"
    folder.mkdir()
    for name in ("2023-huaian-hongze-district-gov.txt", "2024-huaian-hongze-district-gov.txt"):
        shutil.copyfile(REAL / "text" / name, folder / name)
    later = folder / "2024-huaian-hongze-district-gov.txt"
    text = later.read_text(encoding="utf-8")
    assert text.count(CARRIED.format(0)) == 1
    later.write_text(text.replace(CARRIED.format(0), CARRIED.format(3)), encoding="utf-8")
    return folder


def test_cross_year_adds_the_carry_over_finding_to_the_later_year(pair: Path):
    results = list(reportlint.check_paths([pair], today=TODAY, isolated=True))
    assert not [d for r in results for d in r.diagnostics if d.code.startswith("RL9")]
    assert reportlint.cross_year(results, isolated=True) == results
    earlier, later = results
    assert not [d for d in earlier.diagnostics if d.code.startswith("RL9")]
    [found] = [d for d in later.diagnostics if d.code.startswith("RL9")]
    assert (found.code, found.rule, found.severity.value, found.expected, found.actual, found.location.line,
            found.location.col_label, found.related) == (
        "RL901", "crossdoc.carry-over", "error", "0", "3", 30, "申请人情况/自然人", [str(pair / earlier.path.split("/")[-1])])
    assert found.message == (f"上年结转与上年报告不一致（自然人）：本报告“二、上年结转政府信息公开申请数量/申请人情况/自然人”为 3，"
                             f"上年报告 {pair}/2023-huaian-hongze-district-gov.txt 中“四、结转下年度继续办理/申请人情况/自然人”为 0")
    assert [d.location.line for d in later.diagnostics] == sorted(d.location.line for d in later.diagnostics)


def test_results_survive_pickle_and_pair_as_before(pair: Path):
    results = list(reportlint.check_paths([pair], today=TODAY, isolated=True))
    again = pickle.loads(pickle.dumps(results))
    assert again == results
    assert [r.facts for r in again] == [r.facts for r in results]
    assert [r.quoted for r in again] == [r.quoted for r in results]
    assert again[1].facts.tables  # the cells the cross-year rules compare came along
    reportlint.cross_year(results, isolated=True)
    reportlint.cross_year(again, isolated=True)
    assert [r.to_json() for r in again] == [r.to_json() for r in results]
    assert "RL901" in [d.code for d in again[1].diagnostics]


@pytest.fixture
def configured(pair: Path) -> Path:
    """The pair, the real 淮安市 report, generated reports (one wrong number) and a configuration that
    ignores RL607 and makes RL901 a warning."""
    shutil.copyfile(REAL / "text" / "2024-huaian-city-gov.txt", pair / "2024-huaian-city-gov.txt")
    for i, suffix in enumerate((".md", ".docx", ".txt")):
        report = make_report(2022 + i, seed=i, agency=f"示例县第{i}局")
        if i == 1:
            report = report.set_t3("granted", 0, 40)
        write_report(report, pair / f"generated-{i}{suffix}")
    (pair / "reportlint.toml").write_text('ignore = ["RL607"]\nseverity = { RL901 = "warning" }\n', encoding="utf-8")
    return pair


def test_the_same_findings_as_the_cli_json_with_the_configuration(configured: Path):
    results = reportlint.cross_year(reportlint.check_paths([configured], today=TODAY))
    cli = run_cli("check", "--format", "json", "--today", "2026-01-01", "--jobs", "1", configured).json
    assert [r.to_json() for r in results] == cli["files"]
    codes = [d.code for r in results for d in r.diagnostics]
    assert "RL607" not in codes and codes.count("RL901") == 1
    assert [d.severity.value for r in results for d in r.diagnostics if d.code == "RL901"] == ["warning"]
    assert "RL401" in [d.code for d in results[-2].diagnostics]  # generated-1.docx, the wrong number
    isolated = [d.code for r in reportlint.check_paths([configured], today=TODAY, isolated=True) for d in r.diagnostics]
    assert "RL607" in isolated


@pytest.mark.slow
def test_jobs_2_gives_the_same_results(configured: Path):
    one = [r.to_json() for r in reportlint.cross_year(reportlint.check_paths([configured], today=TODAY, jobs=1))]
    two = [r.to_json() for r in reportlint.cross_year(reportlint.check_paths([configured], today=TODAY, jobs=2))]
    assert two == one


def test_pack_forces_a_pack_and_errors_are_raised(pair: Path, tmp_path: Path):
    [first, _] = reportlint.check_paths([pair], today=TODAY, isolated=True, pack="cn-gov-disclosure-2019")
    assert first.pack == "cn-gov-disclosure-2019"
    with pytest.raises(UsageError, match="找不到文件或目录"):
        list(reportlint.check_paths([tmp_path / "missing"]))
    with pytest.raises(ConfigError):
        list(reportlint.check_paths([pair], pack="no-such-pack"))


def test_importing_reportlint_imports_no_stage():
    out = subprocess.run([sys.executable, "-c", "import sys, reportlint; print(sorted(m for m in sys.modules "
                          "if m.startswith('reportlint')), reportlint.__version__)"],
                         capture_output=True, text=True, check=True).stdout
    assert out == f"['reportlint', 'reportlint.model', 'reportlint.model.version'] {reportlint.__version__}\n"


# ---------------------------------------------------------------------------------------------
# docs/scaling.md: its examples run, and write what the CLI writes


def _example(name: str) -> str:
    text = (REPO / "docs" / "scaling.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- example: {name} -->\n```python\n(.*?)```", text, re.S)
    assert match, name
    return match.group(1)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["futures", "dask"])
def test_the_scaling_examples_write_the_files_entries_of_the_cli(name: str, configured: Path, tmp_path: Path):
    script = tmp_path / f"example_{name}.py"  # not dask.py: it would hide the package
    script.write_text(_example(name), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, str(script), str(configured), str(output)], check=True, timeout=600, cwd=tmp_path)
    today = date.today().isoformat()  # the examples check against today, as the CLI does by default
    cli = run_cli("check", "--format", "jsonl", "--today", today, "--jobs", "1", configured).out.splitlines()
    got = output.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in got] == [json.loads(line) for line in cli[:-1]]
    assert len(got) == 6
    assert "RL901" in output.read_text(encoding="utf-8")
