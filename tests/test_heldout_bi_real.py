"""Real reports of the tenth held-out round, slice bi (r1670–r1687: 宿迁's, 淮安's and 连云港's bodies on 2021–2025 — 宿迁's
city 水利局, 审计局 and the city government's office on three years, 宿城区's government and 城市管理局, 湖滨新区's 管委会 and
财政局, 宿迁经开区's 党政办公室; 涟水's development zone, 淮安经开区's 党政办公室; 连云港经开区's 管委会, 连云区's government, office and
教育局, 海州区's and 赣榆区's government offices; never a body of 沭阳).  One cause was found and fixed: a page's metadata
block whose rows include a field the vocabulary did not hold (``| 内容概述 | … |``, ``| 时 效 | 有效 |``,
``文件下载 | ….doc | ||``) ended the opening lines at that row, so the title line printed after the block was never read
and RL103 said the title line was missing (r1685, r1686, r1678, r1682, and r1187, r1188, r1286–r1288, r1392, r1541 of earlier slices).  No
real error was missed and no false error raised; the one labelled error (r1684, a development zone's report published on
14 February) was found.  Each test reads the real text as it was found; a copy with one thing changed (written to a tmp
folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings, line_of, shapes

# --- cause: a metadata field the vocabulary lacked ended the opening before the title line ------------------------------

_MISSING = "标题行缺失，按正文中的“{}”识别为政府信息公开工作年度报告（2021年版格式）"


@pytest.mark.parametrize("prefix", [
    "r1685", "r1686", "r1187", "r1188", "r1541",  # "| 内容概述 | … |" and "| 时 效 | 有效 | ||" rows, then the title
    "r1678", "r1682",  # "文件下载 | ….doc | ||", "时效 |", then the title
    "r1286", "r1287", "r1288", "r1392",  # "标 题 | … | ||", "时 效 | 有效 | ||", then the title
])
def test_the_title_line_after_the_pages_metadata_rows_is_read(prefix):
    assert findings(corpus(prefix), "RL103") == []


def test_without_the_title_line_the_title_is_still_missing(tmp_path):
    title = "连云区人民政府办公室2024年政府信息公开工作年度报告\n- 时间"
    assert findings(changed(tmp_path, "r1685", title, "- 时间"), "RL103") == [
        ("info", _MISSING.format("|标题|连云区人民政府办公室2024年政府信息公开工作年度报告"))]


@pytest.mark.parametrize(("prefix", "old", "new", "named"), [
    # a row whose first cell is no field of a page is the report's: the opening ends there, as before
    ("r1685", "| 内容概述 |", "| 主动公开 |", "|标题|连云区人民政府办公室2024年政府信息公开工作年度报告"),
    ("r1187", "| 时 效 |", "| 状 态 |", "|标题|连云区人民政府2025年政府信息公开工作年度报告"),
    ("r1678", "文件下载 |", "附件 |", "名称|宿迁市人民政府办公室2024年政府信息公开工作年度报告"),
])
def test_a_row_of_another_first_cell_still_ends_the_opening(tmp_path, prefix, old, new, named):
    assert findings(changed(tmp_path, prefix, old, new), "RL103") == [("info", _MISSING.format(named))]


# --- what the slice's pages make certain -------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", [
    "r1670", "r1671", "r1673", "r1675", "r1678", "r1679", "r1680", "r1681", "r1682", "r1685", "r1687",  # departments
    "r1686",  # a district government, due by 31 March
])
def test_reports_published_in_time_raise_no_date_finding(prefix):
    assert findings(corpus(prefix), "RL602") == []
    assert findings(corpus(prefix), "RL603") == []


def test_a_development_zones_committee_published_in_february_is_late():
    # r1684 (连云港经济技术开发区管理委员会 2024): 发文日期 2025-02-14; a 管委会 is held to a department's 31 January
    assert findings(corpus("r1684"), "RL603") == [
        ("error", "报告日期 2025-02-14 晚于法定期限 2025-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_the_sister_pages_office_a_month_late_is_late_too(tmp_path):
    # r1671 (宿迁经开区党政办公室 2023), published 2024-01-29: a month later it would be late
    assert findings(changed(tmp_path, "r1671", "公开日期 2024-01-29", "公开日期 2024-02-29"), "RL603") == [
        ("error", "报告日期 2024-02-29 晚于法定期限 2024-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


@pytest.mark.parametrize("prefix", ["r1670", "r1680", "r1681", "r1683"])
def test_lists_that_add_up_raise_nothing(prefix):
    # 20 = 11+3+1+2+1+1+1 (and 3 = 2+1 in brackets); 72 = 70+2; 203 = 12件+7份+1场+183条; 254 = 5+232+17
    assert findings(corpus(prefix), "RL701") == []


def test_a_list_with_a_bracketed_breakdown_is_read_as_two_sums():
    assert shapes(line_of("r1670", "20条")) == [(20, [11, 3, 1, 2, 1, 1, 1], None), (3, [2, 1], "etc")]


def test_two_nested_lists_are_read_apart():
    # r1676 (宿迁市审计局 2022): 1045 = 网站846 + 微信199; the 846 包括 the 公开专栏's six categories only
    assert shapes(line_of("r1676", "1045")) == [(1045, [846, 199], None), (846, [4, 8, 2, 5, 14, 2], None)]


@pytest.mark.parametrize(("prefix", "old", "new", "found"), [
    ("r1683", "财政信息17条", "财政信息16条", ("warning", "文中各分项之和与合计不符：5+232+16 = 253，写明的合计为 254 条，少 1 条")),
    ("r1680", "已答复70件", "已答复71件", ("error", "文中合计不成立：71+2 = 73，但写明的合计为 72 件，各分项之和多出 1 件")),
    ("r1670", "部门预算和绩效公开1条", "部门预算和绩效公开2条",
     ("error", "文中合计不成立：2+2 = 4，但写明的合计为 3 条，各分项之和多出 1 条")),
])
def test_the_same_lists_changed_are_still_checked(tmp_path, prefix, old, new, found):
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [found]


@pytest.mark.parametrize(("prefix", "found"), [
    ("r1672", "文中各分项之和与合计不符：111+157+23 = 291，写明的合计为 757 条，少 466 条"),  # the site's columns, some named
    ("r1676", "文中各分项之和与合计不符：4+8+2+5+14+2 = 35，写明的合计为 846 条，少 811 条"),  # the 公开专栏's categories
    ("r1684", "文中各分项之和与合计不符：23+7+74 = 104，写明的合计为 376 条，少 272 条"),  # three columns of the 376
])
def test_partial_lists_far_short_of_their_total_are_only_warnings(prefix, found):
    assert findings(corpus(prefix), "RL701") == [("warning", found)]
