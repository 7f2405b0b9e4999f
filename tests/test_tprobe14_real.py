"""Copies the table probe (benchmarks/tableprobe.py) still missed on the corpus (branch tprobe14), and the ones it
counts as said unverifiable.

r04 (杨凌 a 局 2023) and r15 (岳阳南湖 a 局 2019) write section 三's two-level header a cell per line (自然人 / 法人或其他组织 /
总计 / 商业企业 / …), which the text reader keeps as one cell over all the values: rows are found, no column is. Both
texts stop inside the table, and a text that stops in a table excused its missing columns as cut off — so their
numbers were checked against nothing and nothing said so; a wrong 总计 passed silently.  The columns are not cut
off (the header is whole, rows follow it): the table's numbers are unread, one RL308, whether the text stops there
or not.  A table the text stops in whose columns were placed (r707) keeps its identities and says 无法核对 for a row
with blanks, as a 总计 above blank cells (r06) does."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from realcorpus import changed, corpus

UNREAD_THREE = "“三、收到和处理政府信息公开申请情况”中“收到和处理政府信息公开申请情况表”的文字在正文中，但未能按表格读取，其中的数字未检查"
R15_SHORT_ROW = ("RL309", "warning", "表6中“(二)部分公开(区分处理的,只计这一情形,不计其他情形)”这一行有 1 个数值（0），"
                 "与表格的 2 列对不上，无法确定各数值所在的列，本行未核对", 105)


def table_findings(path: Path) -> list[tuple[str, str, str, int]]:
    """(code, severity, message, line) of each table finding (RL3xx, RL4xx) on one file."""
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["code"], d["severity"], d["message"], d["location"]["line"])
            for d in file["diagnostics"] if d["code"][:3] in ("RL3", "RL4")]


def with_line(tmp_path: Path, prefix: str, number: int, new: str) -> Path:
    """The real text with its line ``number`` (1-based) replaced, as the probe's copies are made."""
    lines = corpus(prefix).read_text(encoding="utf-8").split("\n")
    lines[number - 1] = new
    out = tmp_path / corpus(prefix).name
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


R04_RULES_BLANK = ("RL402", "warning", "无法核对存量关系（规章）：“规章/本年制发件数”为空；“规章/现行有效件数”为空；“规章/本年废止件数”为空", 17)


def test_a_header_written_a_cell_per_line_is_said_unread_in_the_real_texts():
    assert table_findings(corpus("r04")) == [R04_RULES_BLANK, ("RL308", "warning", UNREAD_THREE, 49)]
    assert table_findings(corpus("r15")) == [("RL308", "warning", UNREAD_THREE, 79), R15_SHORT_ROW]


@pytest.mark.parametrize(("line", "old", "new"), [(69, "0 |", "7 |"), (78, "0 |", "7 |")])  # 新收's, 结转's 总计
def test_a_wrong_total_under_that_header_is_not_passed_silently(tmp_path, line, old, new):
    assert corpus("r04").read_text(encoding="utf-8").split("\n")[line - 1] == old
    assert table_findings(with_line(tmp_path, "r04", line, new)) == [R04_RULES_BLANK,
                                                                     ("RL308", "warning", UNREAD_THREE, 49)]


@pytest.mark.parametrize(("line", "old", "new"), [(93, "3 |", "10 |"), (98, "0 |", "7 |"), (103, "3 |", "10 |")])
def test_rows_of_two_values_under_that_header_are_not_passed_silently(tmp_path, line, old, new):
    assert corpus("r15").read_text(encoding="utf-8").split("\n")[line - 1] == old
    assert table_findings(with_line(tmp_path, "r15", line, new)) == [("RL308", "warning", UNREAD_THREE, 79),
                                                                     R15_SHORT_ROW]


def test_a_table_the_text_stops_in_with_its_columns_placed_is_not_said_unread(tmp_path):
    """r707 stops in 三's table; its columns are placed: no RL308, and 予以公开 changed beside its blank 总计 (18 → 25)
    is said 无法核对 on the row, as on the real text."""
    real = table_findings(corpus("r707"))
    assert [f for f in real if f[0] == "RL308"] == []
    (row,) = [f for f in real if f[2].startswith("无法核对申请人合计（（一）予以公开）")]
    assert row[:2] == ("RL402", "warning") and row[3] == 85
    assert table_findings(with_line(tmp_path, "r707", 79, "25 |")) == real


def test_a_total_above_blank_cells_is_said_unverifiable(tmp_path):
    """r06's 新收 row: 自然人 0, five blanks, 总计 0 → 7: the blanks could make up 7, so the row is 无法核对, never
    RL401 and never silent."""
    copy = changed(tmp_path, "r06", "一、本年新收政府信息公开申请数量 | 0 | | | | | | 0 |",
                   "一、本年新收政府信息公开申请数量 | 0 | | | | | | 7 |")
    findings = table_findings(copy)
    assert findings == table_findings(corpus("r06"))
    (row,) = [f for f in findings if f[3] == 24]
    assert row[:2] == ("RL402", "warning") and row[2].startswith("无法核对申请人合计（第一项）：")
    assert not any(f[0] == "RL401" for f in findings)


def test_that_header_in_a_text_that_goes_on_is_one_rl308_not_seven_missing_columns(tmp_path):
    """r04 with sections 四 to 六 after its table (the text no longer stops in it): the columns are in the header, so
    not seven RL303 errors 缺少列 (main's answer) but the one RL308; the rows the table truly lacks stay RL302."""
    text = corpus("r04").read_text(encoding="utf-8") + (
        "\n四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n"
        "信息公开工作还有不足。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n")
    copy = tmp_path / corpus("r04").name
    copy.write_text(text, encoding="utf-8")
    findings = table_findings(copy)
    assert [f for f in findings if f[0] in ("RL303", "RL308")] == [("RL308", "warning", UNREAD_THREE, 49)]
    assert [f[:2] + (f[3],) for f in findings if f[0] == "RL302"] == [("RL302", "error", 49)]


def test_other_tables_whose_header_names_the_columns_are_said_unread():
    """r1516 (荆门 2021): 二's 规章 table, its header a cell per line, each row's three numbers run together (`104`) —
    one RL308, not three RL303 `缺少列` for columns its header prints; r40 (a traditional mirror whose words carry
    pinyin, `數(shù)量`): 三's two values a row under a header of one cell, the text stopping in it — RL308, was silent."""
    unread_two = "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、行政规范性文件）”的文字在正文中，但未能按表格读取，其中的数字未检查"
    assert [f for f in table_findings(corpus("r1516")) if f[0][:4] == "RL30"] == [("RL308", "warning", unread_two, 13)]
    assert [f for f in table_findings(corpus("r40")) if f[0][:4] == "RL30"] == [("RL308", "warning", UNREAD_THREE, 35)]


def test_a_header_naming_no_column_keeps_its_column_missing():
    """r1667's 收费 table prints its header as `0 | 0 | 0`: no column named, so the column is missing (RL303), not unread."""
    assert [f[:3] for f in table_findings(corpus("r1667")) if f[0] in ("RL303", "RL308")] == [
        ("RL303", "error", "“第二十条第（八）项（行政事业性收费）”缺少列“本年收费金额（单位：万元）”")]
