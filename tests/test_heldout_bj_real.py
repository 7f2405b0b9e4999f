"""Real reports of the tenth held-out round, slice bj (r1690–r1709: 上海's district bodies — the towns 大场, 徐泾 (2024
and 2025), 新泾, 马桥 and 曹路; the streets 万里, 周家桥, 夏阳, 友谊路 and 吴淞; the districts 长宁 (2021), 黄浦 (2021, 2023)
and 杨浦 (2023); 嘉定's 国防动员办公室, 文化和旅游局 and 工业区管理委员会, 普陀区统计局 and 长宁区司法局; reports on 2021–2025).
Three causes were found and fixed: a page cut in section 一 on a short line that happens to end as an agency's name ends (r1704 ``做好维护街道``,
r1706 ``…申请1761件,答复政府``) was read as ending on a signature, so sections 二–六 were missing (five RL201 errors) and
一's later topics unwritten (RL205); and a title line with the page's date set after it (r1706 ``上海市杨浦区2023年
政府信息公开工作年度报告 2024-02-18``) kept the date in the agency's name, which then had no kind, so a district's
report was held to a department's deadline (RL603); and a page whose date line ran into its preamble (r1708 ``2026年01月12日
来源: 上海普陀本报告根据…``, the statistics period's dates after it) had no date read (RL607), so a late one would pass.  The
slice's one real error, a 其中 list larger than its total (r1709: 38条, 其中 8 + 66), is found.  Each test reads the real text as it was found and asserts the
exact findings; a copy with one thing changed (written to a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings
from reportlint.analysis.identify import agency_of

# --- cause: a short cut line in section 一 that ends as a name ends -----------------------------------------------------


@pytest.mark.parametrize(("prefix", "last"), [("r1704", "做好维护街道"), ("r1706", "受理政府信息公开申请1761件,答复政府")])
def test_a_page_cut_in_section_one_on_a_name_like_line_is_cut_not_signed(prefix, last):
    assert findings(corpus(prefix), "RL201") == []
    assert findings(corpus(prefix), "RL205") == []
    assert findings(corpus(prefix), "RL209") == [
        ("warning", f"文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“{last}”），其后的章节和表格未检查")]


def test_a_signature_standing_in_section_one_is_where_the_page_was_cut(tmp_path):
    # a name right under a heading, where the heading's paragraph should start, is the first words of a cut paragraph
    path = changed(tmp_path, "r1704", "做好维护街道", "上海市宝山区吴淞街道办事处")
    assert findings(path, "RL201") == []
    assert findings(path, "RL209") == [
        ("warning", "文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“上海市宝山区吴淞街道办事处”），其后的章节和表格未检查")]


def test_a_signature_under_a_whole_sentence_in_section_one_ends_a_draft(tmp_path):
    # bj read this copy as cut too; a name alone under a whole sentence signs a text that stops there (branch
    # titlecut, test_sections_ending_real.py): the draft lacks 二–六
    path = changed(tmp_path, "r1704", "(四)政府信息公开平台建设\n做好维护街道", "上海市宝山区吴淞街道办事处")
    assert findings(path, "RL209") == []
    assert findings(path, "RL201") == [*_MISSING[:3], ("error", "缺少第六部分“六、其他需要报告的事项”"), _MISSING[3]]


_MISSING = [("error", f"缺少第{n}部分“{title}”") for n, title in (
    ("三", "三、收到和处理政府信息公开申请情况"), ("二", "二、主动公开政府信息情况"), ("五", "五、存在的主要问题及改进情况"),
    ("四", "四、政府信息公开行政复议、行政诉讼情况"))]


@pytest.mark.parametrize("ending", ["上海市宝山区吴淞街道办事处", "2026年1月20日"])
def test_a_report_signed_or_dated_after_its_last_section_still_lacks_what_it_lacks(tmp_path, ending):
    six = f"本年度未收取信息处理费。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n{ending}"
    path = changed(tmp_path, "r1704", "做好维护街道", six)
    assert findings(path, "RL209") == []
    assert findings(path, "RL201") == _MISSING
    assert findings(path, "RL205") == [("warning", "第一部分未涉及“监督保障”")]


# --- cause: the page's date on the title's line ---------------------------------------------------------------------------


def test_a_date_after_the_title_on_its_line_is_no_part_of_the_agencys_name():
    assert agency_of("上海市杨浦区2023年政府信息公开工作年度报告 2024-02-18") == "上海市杨浦区"
    assert agency_of("上海市杨浦区2023年政府信息公开工作年度报告") == "上海市杨浦区"


@pytest.mark.parametrize("prefix", ["r1706", "r1250"])  # 杨浦区 2023 (dated 2024-02-18) and 2022 (dated 2023-01-20)
def test_a_districts_report_titled_with_its_date_is_held_to_the_governments_deadline(prefix):
    assert findings(corpus(prefix), "RL603") == []


_TITLE = "上海市杨浦区2023年政府信息公开工作年度报告 2024-02-18"


def test_the_same_title_line_of_a_department_is_still_late_after_31_january(tmp_path):
    path = changed(tmp_path, "r1706", _TITLE, _TITLE.replace("杨浦区", "杨浦区统计局"))
    assert findings(path, "RL603") == [
        ("error", "报告日期 2024-02-18 晚于法定期限 2024-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_the_districts_report_is_still_late_after_31_march(tmp_path):
    path = changed(tmp_path, "r1706", _TITLE, _TITLE.replace("2024-02-18", "2024-04-18"))
    assert findings(path, "RL603") == [
        ("error", "报告日期 2024-04-18 晚于法定期限 2024-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）")]


# --- the slice's other pages: what they claim adds up, and the one list that does not is a warning ------------------------


def test_a_partial_list_of_categories_is_a_warning_not_an_error():
    # r1699 (嘉定区国防动员办公室 2024): 政府信息13条,其中机构职能类信息0条,人事任免类信息3条,规划计划类信息3条,公开年报类信息2条
    assert findings(corpus("r1699"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：0+3+3+2 = 8，写明的合计为 13 条，少 5 条")]


@pytest.mark.parametrize("prefix", ["r1693", "r1695", "r1696", "r1703", "r1704"])
def test_the_application_counts_that_add_up_raise_nothing(prefix):
    # 19 = 18 + 1 and 18 = 6+10+1+1 (r1693); 72 = 58 + 17 − 3 (r1695); 11 = 1+4+2+1+3 (r1696); 19 = 2+2+8+1+6 (r1703);
    # 9 = 2+2+5 (r1704)
    assert findings(corpus(prefix), "RL701") == []
    assert findings(corpus(prefix), "RL707") == []


# --- cause: a date line run into the preamble ------------------------------------------------------------------------------

_DATED = "2026年01月12日 来源: 上海普陀本报告根据"


def test_a_date_first_on_a_metadata_line_run_into_the_preamble_is_the_reports_date():
    assert findings(corpus("r1708"), "RL607") == []
    assert findings(corpus("r1708"), "RL603") == []


def test_the_same_line_with_a_late_date_is_late(tmp_path):
    path = changed(tmp_path, "r1708", _DATED, _DATED.replace("01月12日", "02月12日"))
    assert findings(path, "RL603") == [
        ("error", "报告日期 2026-02-12 晚于法定期限 2026-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_a_date_with_no_page_field_after_it_in_a_sentence_is_not_the_reports_date(tmp_path):
    path = changed(tmp_path, "r1708", _DATED, "2026年01月12日上海普陀本报告根据")
    assert findings(path, "RL607") == [("info", "未找到报告日期（标题下方的成文日期或发布日期）")]


# --- the slice's real error --------------------------------------------------------------------------------------------------


def test_a_list_larger_than_its_total_is_an_error():
    # r1709 (长宁区司法局 2024): 主动公开政府信息38条,其中公文政府信息8条、非公文政府信息66条
    assert findings(corpus("r1709"), "RL701") == [("error", "文中合计不成立：8+66 = 74，但写明的合计为 38 条，各分项之和多出 36 条")]
