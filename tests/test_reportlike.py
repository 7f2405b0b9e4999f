"""RL102 "no pack applies": a warning for a document with a report's structure (a real report whose
title or year could not be read), information for one without (the README beside the reports)."""

from __future__ import annotations

import pytest

from conftest import REPO
from reportlint.analysis.reportlike import looks_like_report
from reportlint.readers import read

TITLES = ["一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项"]


@pytest.mark.parametrize(("text", "report"), [
    ("# 会议纪要\n\n今天开会。\n", False),
    ("# reportlint\n\nSections are numbered 一、二、… and a row reads 二、上年结转 or 四、结转下年度.\n", False),
    ("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n", False),  # four numbers: a table in a README
    ("现将我局2020年度报告如下。\n\n| 项目 | 数量 |\n|---|---|\n| 甲 | 1 |\n| 乙 | 2 |\n| 丙 | 3 |\n| 丁 | 4 |\n| 戊 | 5 |\n", True),
    ("本报告由总体情况、主动公开政府信息情况等部分组成。\n", True),  # a section title, in a sentence
    ("一、總體情況 根據條例。 二、主動公開政府信息情況 略。 三、收到和處理申請情況 略。\n", True),  # one paragraph, traditional
    ("一、概述\n\n略。\n\n二、数据\n\n略。\n", True),  # two paragraphs numbered as sections
])
def test_report_structure(tmp_path, text, report):
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    assert looks_like_report(read(path), TITLES) is report


@pytest.mark.parametrize(("name", "report"), [
    ("README.md", False), ("CHANGELOG.md", False), ("docs/packs.md", False),
    ("tests/corpus/r11_2020_kaiping-nongyenongcunju-notables.txt", True),
    ("tests/corpus/r68_2020_wuhan-shengtaihuanjingju-trad.txt", True),
    ("tests/corpus/r28_2024_guangyuan-tongjiju.txt", True),
])
def test_report_structure_of_the_repository_files(name, report):
    assert looks_like_report(read(REPO / name), TITLES) is report
