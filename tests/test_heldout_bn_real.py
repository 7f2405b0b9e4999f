"""Real reports of the eleventh held-out round, slice bn (r1770: whole reports kept in public repositories — parsers'
fixtures).  The stored repositories hold one real text that no earlier round had: a PDF's text from its page 4 on
(govnianbao's ``section3_raw_text.txt``).  One cause was found and fixed:

- a text that opens on a later page's printed number (``- 4 -``) starts inside the report, yet was said to lack the
  sections before its first (RL201 ×2, errors): ``structure.page_number`` takes that number as the page the text
  starts on, as it took a flipbook's ``Page N - …``/``P. N``.

Each test reads the real text as it was found and asserts the exact findings; a copy with one thing changed (written to
a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings
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
