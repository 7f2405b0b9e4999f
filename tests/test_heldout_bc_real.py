"""Real reports of the tenth held-out round, slice bc (r1550–r1568: city-level departments of 福建 — 福州's 财政局,
发展和改革委员会, 外事办公室, 防震减灾中心, 大数据发展管理委员会 and 城市管理委员会; 厦门's 自然资源和规划局, 发展和改革委员会,
外事办公室, 统计局, 民政局, 生态环境局, 行政审批管理局 and the 数据管理局 it became, 环境卫生中心 and 火炬高新区管委会; 漳州市统计局;
泉州's 泉港生态环境局; reports on 2019–2025).  Two causes were found and fixed: a page whose chrome prints a bare date line
above its metadata (r1554: ``2021年10月29日``, then ``• 发布日期:2022-01-06``, the title and ``发布时间:2022-01-06 11:47``)
had that date read as the report's and an error raised (RL602, a 2021 report dated 2021); and the old form's count of
the published items in full text, written inside the list of what was made (r1566: ``2048条,其中主动公开文件711条,
全文电子化主动公开711条,作为可依申请公开文件609条,不予公开文件728条``), was read as a fourth part (RL701, 2759 for 2048).
Each test reads the real text as it was found and asserts the exact findings; a copy with one thing changed (written to
a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings, line_of, shapes

# --- cause: a bare date line of the page's chrome above a labelled publication date -----------------------------------

_TITLE = "厦门市自然资源和规划局2021年政府信息公开工作年度报告"
_LABELLED = f"发布日期:2022-01-06\n    {_TITLE}\n    发布时间:2022-01-06 11:47"


def test_a_bare_date_line_above_the_pages_publication_date_is_not_the_reports_date():
    assert findings(corpus("r1554"), "RL602") == []
    assert findings(corpus("r1554"), "RL603") == []


def test_the_bare_line_changed_does_not_matter_while_the_publication_date_stands(tmp_path):
    assert findings(changed(tmp_path, "r1554", "2021年10月29日\n", "2020年10月29日\n"), "RL602") == []


@pytest.mark.parametrize(("old", "new"), [
    # nothing labels the day of publication: the bare date line is the report's date again
    (f"    • {_LABELLED}\n", f"    {_TITLE}\n"),
    # a date written (成文日期) and the source: no publication label either
    (_LABELLED, f"成文日期:2022-01-06\n    {_TITLE}\n    来源:厦门市自然资源和规划局"),
])
def test_without_a_labelled_publication_date_the_bare_date_line_is_still_read(tmp_path, old, new):
    assert findings(changed(tmp_path, "r1554", old, new), "RL602") == [
        ("error", "报告日期 2021-10-29 不在 2022 年：2021 年度报告应在 2022 年发布")]


def test_a_labelled_publication_date_in_the_wrong_year_is_still_an_error(tmp_path):
    wrong = _LABELLED.replace("2022-01-06", "2021-01-06")
    assert findings(changed(tmp_path, "r1554", _LABELLED, wrong), "RL602") == [
        ("error", "报告日期 2021-01-06 不在 2022 年：2021 年度报告应在 2022 年发布")]


def test_a_labelled_publication_date_past_the_deadline_is_still_late(tmp_path):
    late = _LABELLED.replace("2022-01-06", "2022-03-06")
    assert findings(changed(tmp_path, "r1554", _LABELLED, late), "RL603") == [
        ("error", "报告日期 2022-03-06 晚于法定期限 2022-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


# The same preference on older pages: a metadata value standing bare on its line (its label a line above, or in a
# cell of its own) yields to the 发布时间 line after it, whose format is the site's — no house-style note (RL606).
@pytest.mark.parametrize("prefix", ["r356", "r982", "r1466"])
def test_a_bare_metadata_date_yields_to_the_labelled_publication_date(prefix):
    assert findings(corpus(prefix), "RL606") == []


@pytest.mark.parametrize(("prefix", "old", "date", "style"), [
    ("r356", "发布时间:2024-01-23", "2024-01-23", "2024年1月23日"),  # 成文日期: on the line above its value
    ("r982", "发布时间: 2022-01-27", "2022-01-27", "2022年1月27日"),  # • 发布日期 and its value in two list items
])
def test_without_the_publication_label_the_bare_date_is_read_as_before(tmp_path, prefix, old, date, style):
    assert findings(changed(tmp_path, prefix, old, "来源:"), "RL606") == [("info", f"日期“{date}”宜写作“{style}”")]


# --- cause: the old form's 全文电子化 count of the published items read as another part ----------------------------------


def test_a_count_of_the_published_items_in_full_text_is_no_part():
    # r1566 (厦门市发改委 2019): 政府信息2048条,其中主动公开文件711条,全文电子化主动公开711条,作为可依申请公开文件609条,
    # 不予公开文件728条 — 2048 = 711+609+728; the 711 in full text are the 711 published (was RL701 "711+711+609+728 = 2759")
    assert findings(corpus("r1566"), "RL701") == []
    assert shapes(line_of("r1566", "2048条")) == [(2048, [711, 609, 728], None)]


def test_the_old_forms_rows_under_the_published_count_are_skipped_inside_a_list():
    # r1178 (漳州市商务局 2019) writes them as a sentence of their own; run into the list they are no parts either
    line = line_of("r1178", "217条").replace("不予公开文件数2条。全文", "不予公开文件数2条,全文")
    assert shapes(line)[0] == (217, [87, 128, 2], None)


@pytest.mark.parametrize(("old", "new", "found"), [
    # a part short: still warned of, with the three parts
    ("作为可依申请公开文件609条", "作为可依申请公开文件608条",
     ("warning", "文中各分项之和与合计不符：711+608+728 = 2047，写明的合计为 2048 条，少 1 条")),
    # a second 主动公开 count with no 全文电子化: a part, and the sum is over
    ("全文电子化主动公开711条", "主动公开文件711条",
     ("error", "文中合计不成立：711+711+609+728 = 2759，但写明的合计为 2048 条，各分项之和多出 711 条")),
])
def test_the_same_list_changed_is_still_checked(tmp_path, old, new, found):
    assert findings(changed(tmp_path, "r1566", old, new), "RL701") == [found]


# --- what the slice's pages make certain -------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["r1550", "r1551", "r1553", "r1555", "r1557", "r1558", "r1566", "r1567"])
def test_departments_published_in_january_are_in_time(prefix):
    assert findings(corpus(prefix), "RL602") == []
    assert findings(corpus(prefix), "RL603") == []


@pytest.mark.parametrize(("prefix", "old", "new", "date"), [
    ("r1550", "发布时间:2023-01-13", "发布时间:2023-02-13", "2023-02-13"),  # `发布时间:… | 来源:财政局` under the title
    ("r1553", "2021年1月14日\n福州市防震减灾中心2020", "2021年2月14日\n福州市防震减灾中心2020", "2021-02-14"),  # a letter's date
])
def test_the_same_pages_in_february_are_late(tmp_path, prefix, old, new, date):
    year = date[:4]
    assert findings(changed(tmp_path, prefix, old, new), "RL603") == [
        ("error", f"报告日期 {date} 晚于法定期限 {year}-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


@pytest.mark.parametrize("prefix", ["r1555", "r1557", "r1562"])
def test_lists_that_add_up_raise_nothing(prefix):
    # 25件 = 14+6+3+1+1; 1771 = 351+1420 and 351 = 260+8+83; 798 = 176+622, 176 = 95+3+62+16, 214 = 35+11+31+137
    assert findings(corpus(prefix), "RL701") == []


def test_the_same_list_one_short_is_warned_of(tmp_path):
    assert findings(changed(tmp_path, "r1555", "人事信息14件", "人事信息13件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：13+6+3+1+1 = 24，写明的合计为 25 件，少 1 件")]


def test_a_section_heading_off_the_form_is_a_warning():
    assert findings(corpus("r1557"), "RL204") == [("warning", "标题“一、基本情况”与格式规定的“一、总体情况”不一致")]
