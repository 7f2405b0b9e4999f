"""Real reports of the ninth held-out round, slice ap (r1390–r1408: county-level bodies of 江苏's north outside 沭阳 —
towns, a street, county and district bureaus, development zones and county and district governments of 宿迁, 盐城, 徐州
and 连云港, 2019–2025).  Two causes were found and fixed: a page in traditional characters never had its statistics
period checked (the check looked for 统计 before normalising, and a mirror writes 統計), so r1400's report named as
2023's over a 2022 period passed; and a development zone named on its own (灌云经济开发区) was read as a district
government, due by 31 March, where its 管委会 is a department, due by 31 January.  Each test reads the real text as it
was found and asserts the exact findings; a copy with one thing changed (written to a tmp folder) shows the finding is
made where it is due and not where it is not."""

from __future__ import annotations

import pytest

from conftest import run_cli
from realcorpus import changed, corpus, findings, line_of, shapes
from reportlint.analysis.agency import classify

# --- cause 1: the statistics period of a page in traditional characters -------------------------------------------


def test_a_traditional_page_named_for_one_year_over_another_years_period_is_an_error():
    # r1400 (宿城区教育局, a traditional mirror with pinyin in brackets): 现公布…教育局2023年…年度报告 over 統(tǒng)計期限自2022年…
    assert findings(corpus("r1400"), "RL605") == [
        ("error", "统计期限“统计期限自2022年1月1日起至2022年12月31日”与报告年度 2023 年不符")]


def test_the_same_page_named_for_its_own_year_passes(tmp_path):
    assert findings(changed(tmp_path, "r1400", "教育局2023年", "教育局2022年"), "RL605") == []


@pytest.mark.parametrize(("prefix", "old", "new", "message"), [
    # 宿豫区人民政府 2021, traditional: 統計期限為…
    ("r1408", "2021年1月1日至2021年12月31日", "2020年1月1日至2020年12月31日",
     "统计期限“统计期限为2020年1月1日至2020年12月31日”与报告年度 2021 年不符"),
    # 耿车镇 2021, traditional: 統計時限為…
    ("r1401", "2021年1月1日至2021年12月31日", "2020年1月1日至2020年12月31日",
     "统计期限“统计时限为2020年1月1日至2020年12月31日”与报告年度 2021 年不符"),
    # 宿城区人民政府 2021, simplified: found before the fix, and the same now
    ("r1404", "2021年1月1日起至2021年12月31日", "2020年1月1日起至2020年12月31日",
     "统计期限“统计期限自2020年1月1日起至2020年12月31日”与报告年度 2021 年不符"),
])
def test_another_years_period_is_an_error_in_either_script(tmp_path, prefix, old, new, message):
    assert findings(corpus(prefix), "RL605") == []
    assert findings(changed(tmp_path, prefix, old, new), "RL605") == [("error", message)]


# --- cause 2: a development zone named on its own is a department ----------------------------------------------------


@pytest.mark.parametrize(("name", "level"), [
    ("灌云经济开发区", "department"),  # r1392's title
    ("江苏睢宁经济开发区", "department"),  # r1391's body (its 党政办公室)
    ("宿迁经济技术开发区", "department"),  # r1184's body
    ("宿迁市宿城区", "district"),  # a 区 is still a district government
    ("宿迁市宿豫区", "district"),
])
def test_a_development_zone_is_a_department_and_a_district_a_government(name, level):
    assert classify(name).level == level


def test_a_development_zones_report_in_january_is_in_time(tmp_path):
    # r1392 (灌云经济开发区 2021): 发文日期 2022-01-18
    assert findings(corpus("r1392"), "RL603") == []


def test_the_same_report_in_february_is_late_as_a_departments(tmp_path):
    assert findings(changed(tmp_path, "r1392", "2022-01-18", "2022-02-18"), "RL603") == [
        ("error", "报告日期 2022-02-18 晚于法定期限 2022-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


@pytest.mark.parametrize(("prefix", "old", "new", "message"), [
    # a county government: due by 31 March
    ("r1390", "2020-03-26", "2020-04-26",
     "报告日期 2020-04-26 晚于法定期限 2020-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）"),
    # a district government, dated in brackets under its metadata table
    ("r1393", "(2023年2月15日)", "(2023年4月15日)",
     "报告日期 2023-04-15 晚于法定期限 2023-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）"),
])
def test_governments_publish_by_31_march(tmp_path, prefix, old, new, message):
    assert findings(corpus(prefix), "RL603") == []
    assert findings(changed(tmp_path, prefix, old, new), "RL603") == [("error", message)]


# --- what was judged right on the real texts -------------------------------------------------------------------------


def test_a_breakdown_whose_parts_exceed_the_total_is_an_error(tmp_path):
    # r1399 (宿城区民政局 2019): 主动公开信息89条,其中 nine kinds adding up to 90
    assert shapes(line_of("r1399", "89条")) == [(89, [2, 2, 1, 5, 4, 4, 2, 5, 65], None)]
    assert findings(corpus("r1399"), "RL701") == [
        ("error", "文中合计不成立：2+2+1+5+4+4+2+5+65 = 90，但写明的合计为 89 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1399", "主动公开信息89条", "主动公开信息90条"), "RL701") == []


def test_outcomes_short_of_the_applications_are_a_warning(tmp_path):
    # r1402 (滨海县东坎街道 2025): 收到…申请46件,其中 12+2+22+8 = 44 — two unaccounted for, not proved wrong
    assert findings(corpus("r1402"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：12+2+22+8 = 44，写明的合计为 46 件，少 2 件")]
    assert findings(changed(tmp_path, "r1402", "申请46件", "申请44件"), "RL701") == []


def test_the_real_breakdowns_add_up():
    assert shapes(line_of("r1390", "24282条")) == [(24282, [3022, 21260], "other")]
    assert shapes(line_of("r1395", "638条")) == [(638, [2, 9, 2, 613, 2, 10], None)]
    assert shapes(line_of("r1396", "315条")) == [(315, [3, 8, 3, 297, 4], None)]
    assert shapes(line_of("r1397", "522条")) == [(522, [114, 365, 43], None)]
    for prefix in ("r1390", "r1395", "r1396", "r1397"):
        assert findings(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "finding"), [
    ("r1390", "发布政府信息3022条", "发布政府信息3023条",
     ("error", "文中合计不成立：3023+21260 = 24283，但写明的合计为 24282 条，各分项之和多出 1 条")),
    ("r1395", "业务信息613条", "业务信息612条",
     ("warning", "文中各分项之和与合计不符：2+9+2+612+2+10 = 637，写明的合计为 638 条，少 1 条")),
    ("r1396", "业务信息297条", "业务信息298条",
     ("error", "文中合计不成立：3+8+3+298+4 = 316，但写明的合计为 315 条，各分项之和多出 1 条")),
    ("r1397", "发布365条", "发布366条",
     ("error", "文中合计不成立：114+366+43 = 523，但写明的合计为 522 条，各分项之和多出 1 条")),
])
def test_a_wrong_part_of_a_real_breakdown_is_found(tmp_path, prefix, old, new, finding):
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [finding]


@pytest.mark.parametrize(("prefix", "line", "shape", "old", "new", "message"), [
    # 耿车镇 2021 (traditional): 58條, eight parts (48) and 人事信… where the page stops
    ("r1401", "58條", (58, [1, 1, 1, 18, 1, 23, 2, 1], None), "業務信息23條", "業務信息43條",
     "文中合计不成立：1+1+1+18+1+43+2+1 = 68，但写明的合计为 58 条，各分项之和多出 10 条"),
    # 宿城区人民政府办公室 2021: 2625条, five parts (138) and 重大项目…征 where the page stops
    ("r1403", "2625条", (2625, [4, 2, 18, 7, 107], None), "业务类信息18条", "业务类信息2518条",
     "文中合计不成立：4+2+2518+7+107 = 2638，但写明的合计为 2625 条，各分项之和多出 13 条"),
])
def test_a_cut_list_is_silent_until_its_written_parts_overflow(tmp_path, prefix, line, shape, old, new, message):
    assert shapes(line_of(prefix, line)) == [shape]
    assert findings(corpus(prefix), "RL701") == []
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [("error", message)]


def test_sections_without_their_tables_are_errors():
    # r1398 (宿城区文化广电和旅游局 2019, traditional): 二, 三 and 四 are bare titles
    assert findings(corpus("r1398"), "RL301") == [
        ("error", "未找到“第二十条第（一）项（规章、规范性文件）”表格"),
        ("error", "未找到“第二十条第（九）项（政府集中采购）”表格"),
        ("error", "未找到“第二十条第（五）项（行政许可等）”表格"),
        ("error", "未找到“第二十条第（八）项（行政事业性收费）”表格"),
        ("error", "未找到“第二十条第（六）项（行政处罚、行政强制）”表格"),
        ("error", "未找到“收到和处理政府信息公开申请情况表”表格"),
        ("error", "未找到“政府信息公开行政复议、行政诉讼情况表”表格"),
    ]


@pytest.mark.parametrize(("prefix", "pack", "year"), [
    ("r1390", "cn-gov-disclosure-2019", 2019),
    ("r1397", "cn-gov-disclosure-2019", 2020),  # a 2020 report: the 2019 form; the page starts at 一
    ("r1398", "cn-gov-disclosure-2019", 2019),  # traditional characters
    ("r1400", "cn-gov-disclosure-2021", 2023),  # the year its name gives (RL605 says the period's is another)
    ("r1402", "cn-gov-disclosure-2021", 2025),
    ("r1408", "cn-gov-disclosure-2021", 2021),
])
def test_the_pack_follows_the_reports_year(prefix, pack, year):
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus(prefix)).json["files"][0]
    assert (file["pack"], file["report_year"]) == (pack, year)
