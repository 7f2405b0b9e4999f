"""Real reports of the eleventh held-out round, slice bn (r1770: whole reports kept in public repositories — parsers'
fixtures).  The stored repositories hold one real text that no earlier round had: a PDF's text from its page 4 on
(govnianbao's ``section3_raw_text.txt``).  One cause was found and fixed:

- a text that opens on a later page's printed number (``- 4 -``) starts inside the report, yet was said to lack the
  sections before its first (RL201 ×2, errors): ``structure.page_number`` takes that number as the page the text
  starts on, as it took a flipbook's ``Page N - …``/``P. N``;
- the same text's 三 rows (``一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119``, laid out by spaces) went unread, and
  nothing said so: a line of a label and one value (``行政强制 88283``) stood as one text cell right before the (八)
  caption, so the stream was taken for one that drops its blank cells and left whole.  ``cellstream`` now splits such
  a line at its last space, as it splits a row of several values.

Each test reads the real text as it was found and asserts the exact findings; a copy with one thing changed (written to
a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings
from reportlint.readers.cellstream import stream_tables
from reportlint.readers.linescan import page_in_words

_BOTH_MISSING = [
    ("error", "缺少第一部分“一、总体情况”"),
    ("error", "缺少第二部分“二、主动公开政府信息情况”"),
]


def test_a_text_from_page_4_on_lacks_no_earlier_section():
    # r1770 (a city's 2024 report, PDF text from page 4: the end of 二's tables, 三's table to (四)1)
    path = corpus("r1770")
    assert findings(path, "RL201") == []
    assert findings(path, "RL209") == [
        ("warning", "文档似乎不完整：正文在“三、收到和处理政府信息公开申请情况”一节中途结束（最后是“ 746 12 0 0 10 1 769”），"
                    "其后的章节和表格未检查")]


@pytest.mark.parametrize("new", ["第4页\n", "—4—\n", "第 4 页共 12 页\n"])
def test_a_later_page_in_other_words_starts_there_too(tmp_path, new):
    assert findings(changed(tmp_path, "r1770", "- 4 -\n", new), "RL201") == []


@pytest.mark.parametrize("new", [
    "- 1 -\n",  # the first page: nothing before it
    "",  # no page number: a text of its own
    "4\n",  # a bare number is no page in words (a text may open with a count)
])
def test_a_text_that_does_not_open_on_a_later_page_still_lacks_its_sections(tmp_path, new):
    assert findings(changed(tmp_path, "r1770", "- 4 -\n", new), "RL201") == _BOTH_MISSING


@pytest.mark.parametrize(("line", "number"), [
    ("- 4 -", 4), ("—12—", 12), ("第 3 页", 3), ("第3页共12页", 3), ("－１－", 1), ("7", None), ("行政处罚 3985758", None),
])
def test_the_number_of_a_page_in_words(line, number):
    assert page_in_words(line) == number


# --- cause: space-laid rows after a line of one value -----------------------------------------------------------------

_ROW = "申请人合计不成立（{label}）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = {parts} = {total}，总计 = {wrong}，相差 1"


def test_the_space_laid_rows_of_a_pdf_text_are_read():
    # r1770: every row of 三 present adds up (no RL401); (八) read as a table, (六)'s header on the page before (RL308)
    path = corpus("r1770")
    assert findings(path, "RL401") == []
    assert findings(path, "RL308") == [
        ("warning", "“二、主动公开政府信息情况”中“第二十条第（六）项（行政处罚、行政强制）”的文字在正文中，但未能按表格读取，其中的数字未检查")]


@pytest.mark.parametrize(("old", "new", "label", "parts", "total"), [
    ("3001 53 0 0 61 4 3119", "3001 53 0 0 61 4 3120", "第一项", "3001+53+0+0+61+4", 3119),
    ("34 0 0 0 0 0 34", "34 0 0 0 0 0 35", "第二项", "34+0+0+0+0+0", 34),
    ("447 7 0 0 0 0 454", "447 7 0 0 0 0 455", "（二）部分公开", "447+7+0+0+0+0", 454),  # its label over two lines
    ("105 0 0 0 0 0 105", "105 0 0 0 0 0 106", "行政查询事项", "105+0+0+0+0+0", 105),
    ("746 12 0 0 10 1 769", "746 12 0 0 10 1 770", "本机关不掌握", "746+12+0+0+10+1", 769),  # the text's last line
])
def test_a_wrong_row_total_in_the_space_laid_rows_is_found(tmp_path, old, new, label, parts, total):
    expected = ("error", _ROW.format(label=label, parts=parts, total=total, wrong=total + 1))
    assert findings(changed(tmp_path, "r1770", old, new), "RL401") == [expected]


def test_a_negative_fee_in_a_row_of_one_value_is_found(tmp_path):
    path = changed(tmp_path, "r1770", "行政事业性收费 96171.6", "行政事业性收费 -5")
    assert findings(path, "RL503") == [("error", "金额不能为负数：-5（行政事业性收费/信息内容 本年收费金额（单位：万元））")]


def test_a_row_label_whose_value_was_dropped_still_leaves_the_stream_unread():
    # the guard the split must not defeat: a label with no value right before the next caption (its blanks dropped)
    lines = ["行政处罚 3985758", "行政强制", "第二十条 第（八）项", "信息内容 本年收费金额（单位：万元）", "行政事业性收费",
             "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3"]
    assert stream_tables(lines, 0, len(lines)) == []


def test_a_flipbook_page_marker_is_no_row_of_one_value():
    # r651 (a flipbook's page 9): `P. 9` under `Page 9 - …` ends in a number, but its label is no Chinese row label
    assert findings(corpus("r651"), "RL309") == []
