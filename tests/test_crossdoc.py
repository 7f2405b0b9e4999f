"""Cross-year checks (RL9xx) on the real 2023 and 2024 reports of 洪泽区 (copied, never modified in place)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from realcorpus import edit, folder_of
from reportlint.analysis.identify import agency_of
from reportlint.app import crossyear as crossdoc
from reportlint.app.engine import RunOptions, check_path, pack_loader
from reportlint.cli import main
from reportlint.model.diagnostics import CellRef, ConfigError, Severity, Status
from reportlint.packs.load import load_raw

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
TEXT = SAMPLES / "real" / "text"
Y2023, Y2024 = "2023-huaian-hongze-district-gov.txt", "2024-huaian-hongze-district-gov.txt"
CARRIED_2024 = "二、上年结转政府信息公开申请数量 |  |  | 0 |"
NORMATIVE_2024 = "行政规范性文件 | 3 | 0 | 8"


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    return folder_of(tmp_path, TEXT / Y2023, TEXT / Y2024)


def results_of(*paths: Path):
    options = RunOptions(today=date(2025, 6, 1))
    return [check_path(str(p), options) for p in paths]


def crossdoc_findings(result):
    return [d for d in result.diagnostics if d.check == "crossdoc"]


def test_agency_from_title():
    assert agency_of("洪泽区人民政府2023年政府信息公开工作年度报告") == "洪泽区人民政府"
    assert agency_of("淮安市洪泽区人民政府2024年政府信息公开工作年度报告") == "淮安市洪泽区人民政府"
    assert agency_of("关于淮安市人民政府2024年度政府信息公开工作年度报告") == "淮安市人民政府"
    assert crossdoc.same_agency("洪泽区人民政府", "淮安市洪泽区人民政府")
    assert not crossdoc.same_agency("淮安市人民政府", "淮安市洪泽区人民政府")
    assert not crossdoc.same_agency("洪泽区人民政府", "淮阴区人民政府")


def test_hongze_2023_and_2024_pass_the_carry_over_check(pair: Path):
    r2023, r2024 = results_of(pair / Y2023, pair / Y2024)
    assert crossdoc.pairs([r2023.facts, r2024.facts]) == [(1, 0)]  # paired although the titles differ by 淮安市
    crossdoc.run([r2023, r2024])
    assert crossdoc_findings(r2023) == []
    assert crossdoc_findings(r2024) == []


def test_a_changed_carried_number_fails_naming_both_files_and_cells(pair: Path):
    edit(pair / Y2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    r2023, r2024 = results_of(pair / Y2023, pair / Y2024)
    crossdoc.run([r2023, r2024])
    assert crossdoc_findings(r2023) == []
    [d] = crossdoc_findings(r2024)
    assert (d.code, d.rule, d.severity, d.status) == ("RL901", "crossdoc.carry-over", Severity.ERROR, Status.FAIL)
    assert d.message == (
        "上年结转与上年报告不一致（自然人）：本报告“二、上年结转政府信息公开申请数量/申请人情况/自然人”为 3，"
        f"上年报告 {pair / Y2023} 中“四、结转下年度继续办理/申请人情况/自然人”为 0")
    assert (d.expected, d.actual) == ("0", "3")
    assert d.related == [str(pair / Y2023)]
    assert d.cells == [
        CellRef(2, 5, 4, "二、上年结转政府信息公开申请数量", "申请人情况/自然人", "3"),
        CellRef(2, 26, 4, "四、结转下年度继续办理", "申请人情况/自然人", "0"),
    ]
    loc = d.location
    assert (loc.line, loc.column, loc.row_label, loc.col_label) == (30, 26, "二、上年结转政府信息公开申请数量", "申请人情况/自然人")
    assert d.help == "本年度的“二、上年结转政府信息公开申请数量”应等于上一年度报告的“四、结转下年度继续办理”"


def test_stock_of_normative_documents_follows_last_year(pair: Path):
    edit(pair / Y2024, NORMATIVE_2024, "行政规范性文件 | 3 | 0 | 9")
    r2023, r2024 = results_of(pair / Y2023, pair / Y2024)
    crossdoc.run([r2023, r2024])
    [d] = crossdoc_findings(r2024)
    assert (d.code, d.rule, d.severity) == ("RL902", "crossdoc.stock", Severity.WARNING)
    assert d.message == (
        "现行有效件数与上年报告不衔接（行政规范性文件）：现行有效件数 = 9，"
        f"上年现行有效件数+本年制发件数-本年废止件数 = 5+3-0 = 8（上年报告 {pair / Y2023}），相差 1")
    assert (d.expected, d.actual) == ("8", "9")
    assert [(c.row_label, c.col_label, c.value) for c in d.cells] == [
        ("行政规范性文件", "现行有效件数", "9"), ("行政规范性文件", "本年制发件数", "3"),
        ("行政规范性文件", "本年废止件数", "0"), ("行政规范性文件", "现行有效件数", "5")]


def run_json(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "out.json"
    main(["check", "--format", "json", "--today", "2025-06-01", "-o", str(out), *args])
    return json.loads(out.read_text(encoding="utf-8"))


def test_cli_pairs_a_folder_and_reports_in_json(pair: Path, tmp_path: Path):
    edit(pair / Y2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    data = run_json(tmp_path, str(pair))
    found = {f["path"]: [d for d in f["diagnostics"] if d["check"] == "crossdoc"] for f in data["files"]}
    assert found[str(pair / Y2023)] == []
    [d] = found[str(pair / Y2024)]
    assert (d["code"], d["expected"], d["actual"], d["related"]) == ("RL901", "0", "3", [str(pair / Y2023)])


def test_previous_pairs_explicitly(pair: Path, tmp_path: Path):
    edit(pair / Y2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    edit(pair / Y2023, "洪泽区人民政府2023年", "某某局2023年")  # another agency by its title: no automatic pair
    assert [d for f in run_json(tmp_path, str(pair))["files"] for d in f["diagnostics"] if d["check"] == "crossdoc"] == []
    data = run_json(tmp_path, str(pair / Y2024), "--previous", str(pair / Y2023))
    [only] = data["files"]  # last year's report is read for the check, not reported
    assert [d["code"] for d in only["diagnostics"] if d["check"] == "crossdoc"] == ["RL901"]


def test_previous_of_another_year_is_a_warning(pair: Path, tmp_path: Path):
    data = run_json(tmp_path, str(pair / Y2024), "--previous", str(SAMPLES / "2020-jingpohu-pdf-extracted.txt"))
    [d] = [d for d in data["files"][0]["diagnostics"] if d["check"] == "crossdoc"]
    assert (d["code"], d["severity"]) == ("RL904", "warning")
    assert d["message"] == (
        f"--previous 指定的 {SAMPLES / '2020-jingpohu-pdf-extracted.txt'} 是 2020 年度报告，"
        "本报告是 2024 年度报告，应为上一年度（2023 年度）的报告；未做跨年度核对")


def test_pack_crossdoc_rule_errors_name_the_line(tmp_path: Path):
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "pack: p\nextends: cn-gov-disclosure-2021\ncrossdoc:\n"
        "  - id: x\n    table: t3\n    assert: carried_over == prev.nonexistent\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        pack_loader().load(str(pack))
    assert str(info.value).startswith(f"{pack}:6: crossdoc.x.assert: 未知的键 'prev.nonexistent'")
    pack.write_text("pack: p\ncrossdoc:\n  - id: x\n    table: t3\n    assert: a == b\n    bogus: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_raw(pack, pack_loader().schema)
