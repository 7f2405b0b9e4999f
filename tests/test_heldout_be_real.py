"""Real reports of the tenth held-out round, slice be (r1590–r1606: pages hunted for reaching section 三's and 四's
tables — 江苏 (武进, 浦口, 句容), 福建 (永春 ×2, 安溪), 河北 (蠡县, 徐水), 湖北 (潜江, 黄陂), 湖南, 云南, 吉林 ×2, 辽宁, 青海 and a
flipbook's last page of 文登, reports on 2020–2025).  Two causes were found and fixed:

- a later page of a flipbook with no section title of its own (r1598: the last page, 六's closing items and the date)
  was said to lack all six sections (RL201 ×6, errors);
- a ``|`` row whose cells broke over lines (r1591: ``信息内容 | 上一年项目数量``, ``| 本年增/减``, ``| 处理决定数量``, ``|``) was
  not read, so three tables of 二 went unchecked (RL308), and a header closed by a filler ``| |`` hid the next caption.

Each test reads the real text as it was found and asserts the exact findings; a copy with one thing changed (written to
a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings

# --- cause: a later flipbook page with no section title ---------------------------------------------------------------

_ALL_MISSING = sorted([
    ("error", "缺少第一部分“一、总体情况”"),
    ("error", "缺少第二部分“二、主动公开政府信息情况”"),
    ("error", "缺少第三部分“三、收到和处理政府信息公开申请情况”"),
    ("error", "缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”"),
    ("error", "缺少第五部分“五、存在的主要问题及改进情况”"),
    ("error", "缺少第六部分“六、其他需要报告的事项”"),
])
_FLIPBOOK_HEAD = "Page 9 - 威海市文登人民政府办公室2022年政府信息公开工作年度报告\nP. 9\n"


def test_the_last_page_of_a_flipbook_lacks_no_section():
    # r1598 (文登区政府办公室 2022, page 9): 六's items (三) to (五), the signature and 2023 年 1 月 16 日, no title
    assert findings(corpus("r1598"), "RL201") == []


@pytest.mark.parametrize("new", [
    "Page 1 - 威海市文登人民政府办公室2022年政府信息公开工作年度报告\nP. 1\n",  # the first page: nothing before it
    "威海市文登人民政府办公室2022年政府信息公开工作年度报告\n",  # a text of its own, not a flipbook's page
])
def test_a_text_that_is_no_later_page_still_lacks_its_sections(tmp_path, new):
    assert sorted(findings(changed(tmp_path, "r1598", _FLIPBOOK_HEAD, new), "RL201")) == _ALL_MISSING


# --- cause: a row's cells broken over lines ---------------------------------------------------------------------------


def test_header_rows_broken_over_lines_are_read():
    # r1591 (周矶街道 2020): the headers of (五), (六) and (八) go on over lines opened by their pipe; (九)'s header ends `| |`
    path = corpus("r1591")
    assert findings(path, "RL308") == []
    assert findings(path, "RL301") == []


@pytest.mark.parametrize(("old", "new", "code", "expected"), [
    ("行政许可 | 0 | 0 | 0 |", "行政许可 | 3 | 2 | 5 |", "RL401",
     ("warning", "“处理决定数量”（行政许可）恰好等于“上一年项目数量 + 本年增/减”（3+2 = 5），疑似把项目数量填进了处理决定数量")),
    ("行政处罚 | 0 | 0 | 0 |", "行政处罚 | 0 | 0 | -2 |", "RL503", ("error", "件数不能为负数：-2（行政处罚/处理决定数量）")),
    ("政府集中采购 | 0 | 0 |", "政府集中采购 | -1 | 0 |", "RL503", ("error", "件数不能为负数：-1（政府集中采购/采购项目数量）")),
])
def test_the_tables_under_broken_headers_are_checked(tmp_path, old, new, code, expected):
    assert findings(changed(tmp_path, "r1591", old, new), code) == [expected]


def test_a_pipe_line_without_the_row_closing_below_is_no_cell(tmp_path):
    # without the lone `|` that closes (五)'s header, `| 本年增/减` and `| 处理决定数量` are not taken for its cells
    path = changed(tmp_path, "r1591", "| 处理决定数量\n|\n行政许可", "| 处理决定数量\n行政许可")
    assert findings(path, "RL308") == [
        ("warning", "“二、主动公开政府信息情况”中“第二十条第（五）项（行政许可等）”的文字在正文中，但未能按表格读取，其中的数字未检查")]


# --- the slice's labelled error: tables published without values -----------------------------------------------------


def test_tables_printed_without_values_are_not_passed():
    # r1590 (武进区退役军人事务局 2022): 二 holds one `0` (规章) and 三 every label without a value
    assert findings(corpus("r1590"), "RL308") == [
        ("warning", "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、行政规范性文件）”、“第二十条第（五）项（行政许可）”、"
                    "“第二十条第（六）项（行政处罚、行政强制）”、“第二十条第（八）项（行政事业性收费）”的文字在正文中，但未能按表格读取，"
                    "其中的数字未检查")]


# --- what the slice's pages make certain ------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["r1598", "r1600"])
def test_reports_dated_by_31_january_are_in_time(prefix):
    assert findings(corpus(prefix), "RL603") == []


@pytest.mark.parametrize("prefix", ["r1590", "r1594", "r1603"])
def test_prose_sums_that_hold_raise_nothing(prefix):
    # 15 = 6+2+7; 4 = 1+1+2; 2331 = 17+1915+399
    assert findings(corpus(prefix), "RL701") == []
