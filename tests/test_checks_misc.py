"""Issue 3: values, dates, form version, pack loading errors, and `reportlint rules` / `rule`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, diagnostics_of, run_cli
from reportgen import make_report, to_markdown


def write(tmp_path: Path, text: str, name: str = "r.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def codes(diags: list[dict]) -> list[tuple[str, str]]:
    return [(d["code"], d["message"]) for d in diags]


# --- values -------------------------------------------------------------------------------------


def test_placeholder_text_negative_and_fraction_cells(tmp_path):
    report = make_report(2020, seed=3)
    report.s2["t2-1"][1] = ["规范性文件", "—", 2, 15]
    report.s2["t2-5"][0] = ["行政许可", 12, "减4", 340]
    report.s2["t2-6"][0] = ["行政处罚", -8, 0, 57]
    report.s2["t2-6"][1] = ["行政强制", 2, 0, "4.5"]
    diags = [d for d in diagnostics_of(write(tmp_path, to_markdown(report))) if d["check"] == "values"]
    assert [(d["code"], d["rule"], d["location"]["row_label"], d["location"]["col_label"], d["expected"], d["actual"])
            for d in diags] == [
        ("RL501", "values.blank", "规范性文件", "本年新制作数量", "0", "—"),
        ("RL502", "values.not-number", "行政许可", "本年增/减", "-4", "减4"),
        ("RL503", "values.negative", "行政处罚", "上一年项目数量", None, "-8"),
        ("RL504", "values.not-integer", "行政强制", "处理决定数量", None, "4.5"),
    ]
    assert diags[0]["message"] == "单元格填写了“—”（规范性文件/本年新制作数量），应填写数字，没有发生的填 0"
    assert diags[1]["message"] == "单元格“减4”不是数字（行政许可/本年增/减）"
    assert diags[1]["help"] == "应写作 -4"


def test_signed_change_column_accepts_negative_numbers(tmp_path):
    report = make_report(2020, seed=3)
    report.s2["t2-5"][0] = ["行政许可", 12, -4, 340]
    assert diagnostics_of(write(tmp_path, to_markdown(report))) == []


def test_amount_units(tmp_path):
    report = make_report(2020, seed=3)
    report.s2["t2-9"][0] = ["政府集中采购", 5, "400.45887"]
    diags = diagnostics_of(write(tmp_path, to_markdown(report)))
    assert [(d["code"], d["severity"], d["message"]) for d in diags] == [
        ("RL505", "warning", "金额“400.45887”没有单位（政府集中采购/采购总金额），无法确定是元还是万元")]
    report.s2["t2-9"][0] = ["政府集中采购", 5, "251000元"]
    assert diagnostics_of(write(tmp_path, to_markdown(report))) == []


def test_regulations_from_a_department_is_implausible(tmp_path):
    report = make_report(2023, seed=3)
    report.s2["t2-1"][0] = ["规章", 1, 0, 1]
    (d,) = diagnostics_of(write(tmp_path, to_markdown(report)))
    assert (d["code"], d["rule"], d["severity"]) == ("RL506", "plausibility.regulations", "warning")
    city = make_report(2023, seed=3, agency="淮安市人民政府")
    city.s2["t2-1"][0] = ["规章", 1, 0, 1]
    assert diagnostics_of(write(tmp_path, to_markdown(city))) == []


# --- dates --------------------------------------------------------------------------------------


def dated(tmp_path: Path, date_line: str, year: int = 2023, agency: str = "示例县市场监督管理局") -> list[dict]:
    report = make_report(year, seed=3, agency=agency)
    report.date = date_line
    return [d for d in diagnostics_of(write(tmp_path, to_markdown(report))) if d["check"] == "dates"]


def test_report_date_forms_are_accepted(tmp_path):
    assert dated(tmp_path, "2024年1月25日") == []
    assert codes(dated(tmp_path, "二〇二四年一月二十五日")) == [
        ("RL606", "日期“二〇二四年一月二十五日”宜写作“2024年1月25日”")]
    assert codes(dated(tmp_path, "２０２４年１月２５日")) == []
    assert codes(dated(tmp_path, "2024-01-25")) == [("RL606", "日期“2024-01-25”宜写作“2024年1月25日”")]
    assert codes(dated(tmp_path, "2024 年 1 月 25 日")) == [("RL606", "日期“2024 年 1 月 25 日”宜写作“2024年1月25日”")]


def test_impossible_date(tmp_path):
    assert codes(dated(tmp_path, "2024年2月30日")) == [("RL601", "日期“2024年2月30日”不存在：2月没有30日")]


def test_report_date_wrong_year(tmp_path):
    (d,) = dated(tmp_path, "2023年12月25日")
    assert (d["code"], d["expected"], d["actual"]) == ("RL602", "2024", "2023")
    assert d["message"] == "报告日期 2023-12-25 不在 2024 年：2023 年度报告应在 2024 年发布"


def test_deadline_department_government_and_town(tmp_path):
    (d,) = dated(tmp_path, "2024年2月5日")
    assert (d["code"], d["severity"], d["expected"], d["actual"]) == ("RL603", "error", "2024-01-31", "2024-02-05")
    assert "部门报告应于 1 月 31 日前公布" in d["message"]
    assert dated(tmp_path, "2024年3月20日", agency="淮安市人民政府") == []
    (g,) = dated(tmp_path, "2024年4月2日", agency="淮安市人民政府")
    assert (g["code"], g["expected"]) == ("RL603", "2024-03-31")
    (t,) = dated(tmp_path, "2024年2月5日", agency="某县某某镇人民政府")
    assert (t["code"], t["severity"]) == ("RL603", "warning")


def test_report_date_in_the_future(tmp_path):
    report = make_report(2025, seed=3)
    report.date = "2026年1月10日"
    path = write(tmp_path, to_markdown(report))
    result = run_cli("check", "--format", "json", "--today", "2026-01-05", path)
    assert [(d["code"], d["message"]) for d in result.json["files"][0]["diagnostics"]] == [
        ("RL604", "报告日期 2026-01-10 晚于今天（2026-01-05）")]


def test_statistics_period_must_be_the_report_year(tmp_path):
    report = make_report(2023, seed=3)
    text = to_markdown(report).replace("统计期限自2023年1月1日起至2023年12月31日止", "统计期限自2022年1月1日起至2022年12月31日止")
    diags = [d for d in diagnostics_of(write(tmp_path, text)) if d["check"] == "dates"]
    assert [(d["code"], d["expected"], d["actual"]) for d in diags] == [("RL605", "2023", "2022")]


@pytest.mark.parametrize(("period", "actual"), [
    ("统计期限自2023年1月1日起至2024年12月31日止", "2024"),  # the year that is wrong, not the one that is right
    ("统计期限自2022年1月1日~2022年12月31日止", "2022"),  # not the form's words: read by the period pattern
    ("统计期限自20221月1日起至202212月31日止", "2022"),  # 年 dropped by a page
])
def test_a_whole_year_not_the_reports_is_said_with_the_year_that_is_wrong(tmp_path, period, actual):
    text = to_markdown(make_report(2023, seed=3)).replace("统计期限自2023年1月1日起至2023年12月31日止", period)
    diags = [d for d in diagnostics_of(write(tmp_path, text)) if d["check"] == "dates"]
    assert [(d["code"], d["message"], d["expected"], d["actual"]) for d in diags] == [
        ("RL605", f"统计期限“{period.removesuffix('止')}”与报告年度 2023 年不符", "2023", actual)]


def test_missing_report_date_is_info(tmp_path):
    report = make_report(2023, seed=3)
    report.date = ""
    assert codes(dated(tmp_path, "")) == [("RL607", "未找到报告日期（标题下方的成文日期或发布日期）")]


# --- form version -------------------------------------------------------------------------------


def test_2023_report_printing_2019_tables_is_an_error(tmp_path):
    old = make_report(2020, seed=3)
    text = to_markdown(old).replace("2020年", "2023年").replace("2021年1月20日", "2024年1月20日")
    diags = diagnostics_of(write(tmp_path, text))
    version = [d for d in diags if d["check"] == "version"]
    assert [(d["code"], d["severity"], d["message"]) for d in version] == [
        ("RL801", "error", "2023 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的"),
        ("RL802", "warning", "（六）其他处理只有一行：2021 年版格式应分为 3 个子项（逾期不补正、逾期不缴费、其他）"),
    ]


def test_2021_report_with_single_other_row_is_a_warning_and_still_checked(tmp_path):
    report = make_report(2020, seed=3)
    text = to_markdown(report)
    # Turn the 2019 report into a 2023 one with 2021 section-二 tables but the 2019 single （六） row.
    new = make_report(2023, seed=3)
    new_text = to_markdown(new)
    s2_old = text[text.index("## 二、"):text.index("## 三、")]
    s2_new = new_text[new_text.index("## 二、"):new_text.index("## 三、")]
    text = text.replace(s2_old, s2_new).replace("2020年", "2023年").replace("2021年1月20日", "2024年1月20日")
    diags = diagnostics_of(write(tmp_path, text))
    assert [(d["code"], d["rule"]) for d in diags] == [("RL802", "version.single-other")]


# --- packs --------------------------------------------------------------------------------------


def test_bad_expression_exits_2_with_file_and_line(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text(
        "pack: bad\nextends: cn-gov-disclosure-2021\nidentities:\n  - id: x\n    table: t3\n"
        "    assert: new + __import__('os') == total\n", encoding="utf-8")
    report = write(tmp_path, to_markdown(make_report(2023, seed=1)))
    result = run_cli("check", "--pack", pack, report)
    assert result.code == 2
    assert result.err == f"reportlint: {pack}:6: identities.x.assert: 不允许的函数 '__import__'（只允许 sum、abs）\n"


def test_unknown_key_exits_2_with_file_and_line(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: bad\nlanguage: zh\ntables:\n  - id: t\n    colums: {a: b}\n    columns: {a: b}\n"
                    "    rows: {r: x}\n", encoding="utf-8")
    result = run_cli("check", "--pack", pack, REPO / "examples" / "report-2023.md")
    assert result.code == 2
    assert result.err.startswith(f"reportlint: {pack}:5: tables[0].colums: 未知的键 'colums'")


def test_unknown_row_key_in_identity(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: bad\nextends: cn-gov-disclosure-2021\nidentities:\n  - id: y\n    table: t3\n"
                    "    for_each: column\n    assert: newx == total\n", encoding="utf-8")
    result = run_cli("check", "--pack", pack, REPO / "examples" / "report-2023.md")
    assert result.code == 2
    assert result.err.startswith(f"reportlint: {pack}:7: identities.y.assert: 未知的键 'newx'")


def test_2021_pack_extends_2019():
    from reportlint.app.engine import load_pack

    p19, p21 = load_pack("cn-gov-disclosure-2019"), load_pack("cn-gov-disclosure-2021")
    assert [t.id for t in p19.tables] == ["t2-1", "t2-5", "t2-6", "t2-8", "t2-9", "t3", "t4"]
    assert [t.id for t in p21.tables] == ["t2-1", "t2-5", "t2-6", "t2-8", "t3", "t4"]
    assert p21.table("t3") is not None and [c.key for c in p21.table("t2-1").columns] == ["made", "repealed", "valid"]
    assert {i.id for i in p19.part("arithmetic")} - {i.id for i in p21.part("arithmetic")} == {
        "t2-5.decisions-misread", "t2-6.decisions-misread"}
    assert p21.sections[0].topics and not p19.sections[0].topics


# --- rules and rule -----------------------------------------------------------------------------


def test_rules_lists_every_rule():
    result = run_cli("rules", "--pack", "cn-gov-disclosure-2021")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "cn-gov-disclosure-2021 — 政府信息公开工作年度报告（2021年版格式）"
    ids = [line.split()[1] for line in lines[1:]]
    for rule in ("t3.balance", "t3.results-total-2021", "t3.row-total", "t4.review-total", "t2-1.stock",
                 "sections.missing", "tables.row-missing", "values.blank", "dates.deadline", "version.form"):
        assert rule in ids
    balance = next(line for line in lines if " t3.balance " in line)
    assert balance.split()[0] == "RL401" and "[pack cn-gov-disclosure-2021]" in balance


@pytest.mark.parametrize("rule", ["t3.balance", "values.blank", "dates.deadline", "sections.missing"])
def test_rule_documentation_has_failing_and_passing_examples(rule):
    result = run_cli("rule", rule)
    assert result.code == 0
    assert "Failing example" in result.out and "Passing example" in result.out


def test_unknown_rule():
    result = run_cli("rule", "no.such.rule")
    assert result.code == 2
    assert "没有规则 no.such.rule" in result.err


def test_rules_of_a_chinese_pack_are_summarised_in_chinese():
    lines = run_cli("rules", "--pack", "cn-gov-disclosure-2019").out.splitlines()
    missing = next(line for line in lines if " sections.missing " in line)
    assert missing.split()[:5] == ["RL201", "sections.missing", "error", "sections", "缺少必需的章节"]
