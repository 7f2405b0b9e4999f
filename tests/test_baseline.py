"""Baseline: fingerprints of today's findings; later runs report only new ones."""

from __future__ import annotations

import json

from conftest import run_cli
from reportgen import make_report, to_markdown

TODAY = ("--today", "2026-01-01")


def test_baseline_accepts_old_findings_and_reports_new_ones(tmp_path):
    report = make_report(2023, 1)
    bad = report.set_t3("granted", 0, report.t3["granted"][0] + 3)
    path = tmp_path / "r.md"
    path.write_text(to_markdown(bad), encoding="utf-8")
    baseline = tmp_path / "reportlint-baseline.json"
    result = run_cli("baseline", *TODAY, path, "-o", baseline)
    assert (result.code, result.out) == (0, "")
    assert result.err == f"reportlint: 已把 1 个文件的 2 个问题写入基线 {baseline}\n"
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and list(data["files"]) == ["r.md"]
    assert [(e["code"], e["rule"]) for e in data["files"]["r.md"]] == [
        ("RL401", "t3.row-total"), ("RL401", "t3.results-total-2021")]
    before = run_cli("check", "--format", "concise", *TODAY, path)
    assert before.code == 1 and len(before.out.splitlines()) == 2

    result = run_cli("check", "--format", "concise", *TODAY, "--baseline", baseline, path)
    assert (result.code, result.out) == (0, "")

    # A paragraph added above the table moves every line: the old findings stay baselined.
    text = path.read_text(encoding="utf-8").replace(
        "## 三、", "本年度另有补充说明如下。\n\n另起一段，再作说明。\n\n## 三、", 1)
    path.write_text(text, encoding="utf-8")
    moved = run_cli("check", "--format", "concise", *TODAY, path)
    assert moved.out.splitlines()[0].startswith(f"{path}:51:52: RL401")  # was line 47
    result = run_cli("check", "--format", "concise", *TODAY, "--baseline", baseline, path)
    assert (result.code, result.out) == (0, "")

    # A changed number is a new finding.
    bad2 = bad.set_t3("partial", 0, bad.t3["partial"][0] + 1)
    path.write_text(to_markdown(bad2), encoding="utf-8")
    result = run_cli("check", "--format", "concise", *TODAY, "--baseline", baseline, path)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == (f"{path}:48:64: RL401 申请人合计不成立（（二）部分公开）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他"
                        " = 9+5+0+0+0+0 = 14，总计 = 13，相差 1")
    assert lines[1].startswith(f"{path}:68:17: RL401 办理结果总计不成立（自然人）：") and lines[1].endswith("= 54，第三项（七）总计 = 50，相差 4")
    assert len(lines) == 2


def test_baseline_refuses_to_overwrite_an_input_and_bad_baselines_are_config_errors(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    result = run_cli("baseline", path, "-o", path)
    assert (result.code, result.err) == (2, f"reportlint: 不能把输出写到被检查的文件上：{path}\n")
    broken = tmp_path / "b.json"
    broken.write_text('{"files": {}}', encoding="utf-8")
    result = run_cli("check", "--baseline", broken, path)
    assert (result.code, result.err) == (
        2, f"reportlint: {broken}: 不是 reportlint 基线文件（应有 schema = 1 与 files）\n")
