"""Text tables of real reports written one cell per line (``tests/corpus``): where one table ends and
the next begins, and cells that are numbers written wrong."""

from __future__ import annotations

import pytest

from reportlint import readers
from reportlint.model.document import Table
from reportlint.readers.rowgrid import is_value
from reportlint.text.normalize import is_malformed_number
from test_sections_real import corpus, findings

MISREAD = ("RL301", "RL302", "RL303", "RL305", "RL308", "RL5")  # what a table read wrong gives


def tables(prefix: str) -> list[list[list[str]]]:
    """Each table of the document as rows of cell texts (a merged cell once, at its first column)."""
    out = []
    for block in readers.read(corpus(prefix)).blocks:
        if isinstance(block, Table):
            rows: list[list[str]] = [[] for _ in range(block.n_rows)]
            for cell in sorted(block.cells, key=lambda c: (c.row, c.col)):
                rows[cell.row].append(cell.text)
            out.append(rows)
    return out


def test_captions_in_a_cell_per_line_stream_start_new_tables():
    # r203: `cell |` per line, a `|` line after each row, `第二十条第(五)项 | |||`: the pipes after a cell that
    # ends its row fill the row's merged positions, and the `|` line after them separates rows.
    assert tables("r203")[:4] == [
        [["第二十条第(一)项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数 (历史累计)"],
         ["规章", "0", "0", ""], ["行政规范性文件", "5", "12", "8"]],
        [["第二十条第(五)项", ""], ["信息内容", "本年处理决定数量"], ["行政许可", "0"]],
        [["第二十条第(六)项", ""], ["信息内容", "本年处理决定数量"], ["行政处罚", "0"], ["行政强制", "0"]],
        [["第二十条第(八)项", ""], ["信息内容", "本年收费金额(单位:万元)"], ["行政事业性收费", "0"]],
    ]
    # Section 三's rows have their seven values, no eighth blank one (the `|` separator line).
    assert tables("r203")[4][1:] == [
        ["一、本年新收政府信息公开申请数量", "8", "0", "0", "0", "0", "0", "8"],
        ["二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"],
    ]
    # No table reported missing, no blank cell but the real one (规章 现行有效件数).
    assert findings(corpus("r203"), "RL3", "RL4", "RL5") == [
        ("RL306", "warning", 11, "“第二十条第（一）项（规章、行政规范性文件）”中的标签“现行有效件数 (历史累计)”与格式规定的“现行有效件数”"
                                 "不一致（已按“现行有效件数”核对）"),
        ("RL402", "warning", 16, "无法核对存量关系（规章）：“规章/现行有效件数 (历史累计)”为空"),
        ("RL501", "warning", 16, "单元格为空（规章/现行有效件数 (历史累计)），数字单元格应填写数字，没有发生的填 0"),
        ("RL402", "warning", 52, "无法核对本列勾稽关系（收到和处理政府信息公开申请情况表）：缺少“本年度办理结果/总计、结转下年度继续办理”"),
    ]


def test_the_same_layout_with_spaces_around_the_cells():
    # r43: ` 第二十条第(一)项  | |||` between `| ` lines; the text stops after 第二十条第(六)项's header.
    assert tables("r43") == [
        [["第二十条第(一)项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         ["规章", "0", "0", "0"], ["行政规范性文件", "0", "0", "0"]],
        [["第二十条第(五)项", ""], ["信息内容", "本年处理决定数量"], ["行政许可", "0"]],
    ]


def test_a_number_with_stray_signs_is_a_bad_value_not_a_row_label():
    # r210: 行政处罚 | 253 | --253 | 0 — before, `--253` began a row of its own.
    assert tables("r210")[2] == [
        ["第二十条第(六)项", "", "", ""], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政处罚", "253", "--253", "0"], ["行政强制", "0", "0", "0"],
    ]
    assert findings(corpus("r210"), *MISREAD) == [
        ("RL502", "error", 39, "单元格“--253”不是数字（行政处罚/本年增/减）"),
    ]


def test_a_table_without_its_caption_is_the_table_its_labels_name():
    # r210 goes from the section title straight to `信息内容 |`: no 第二十条第(一)项 caption.  Its rows
    # (规章, 规范性文件) and columns (本年新制作数量…) are the 2019 form's t2-1, every one, exactly: it is read
    # as that table (was RL308, its numbers unchecked).
    assert tables("r210")[0] == [
        ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
        ["规章", "0", "0", "0"], ["规范性文件", "0", "0", "0"],
    ]
    assert findings(corpus("r210"), "RL3") == [
        ("RL306", "warning", 59, "“第二十条第（九）项（政府集中采购）”中的标签“采购总金额(万元,保留四位小数)”与格式规定的“采购总金额”"
                                 "不一致（已按“采购总金额”核对）"),
    ]


def test_a_table_without_its_caption_whose_labels_are_not_the_forms_is_not_guessed(tmp_path):
    # The same text with a row the form's t2-1 does not have: the labels do not make it that table, so it
    # is not read as one, and its text stays one RL308.
    path = tmp_path / "report.txt"
    path.write_text(corpus("r210").read_text(encoding="utf-8").replace("规范性文件 |", "其他文件 |", 1), encoding="utf-8")
    assert findings(path, "RL308") == [
        ("RL308", "warning", 5, "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、规范性文件）”的文字在正文中，但未能按表格读取，"
                                "其中的数字未检查"),
    ]


def test_a_number_after_a_lost_character_is_a_value_and_a_warning():
    # r40 (a mirror that writes `?` for what it could not encode): 规章 | 0 | ? 0 | 0.
    assert tables("r40")[0][2:] == [["規(guī)章", "0", "? 0", "0"], ["行政規(guī)範(fàn)性文件", "0", "? 0", "0"]]
    # Section 三's two-level header flattened into one line cannot be placed (one cell of all its text)
    # and the text stops two values into the first row: its columns are unnamed, not extra (no RL304,
    # was two identical ones naming the whole header).
    assert findings(corpus("r40"), *MISREAD, "RL304") == [
        ("RL502", "warning", 11, "单元格“? 0”的数字前有无法识别的字符（規(guī)章/本年廢止件數(shù)），可能是转换或复制时丢失的字符，请核对原文"),
        ("RL502", "warning", 15, "单元格“? 0”的数字前有无法识别的字符（行政規(guī)範(fàn)性文件/本年廢止件數(shù)），可能是转换或复制时丢失的字符，"
                                 "请核对原文"),
    ]


@pytest.mark.parametrize(("text", "malformed"), [
    ("--253", True), ("? 0", True), ("+-3", True), ("－－5", True),
    ("-3", False), ("+22", False), ("0", False), ("—", False), ("--", False), ("1.", False), ("(三)", False),
    ("2.2020年", False), ("1-2", False), ("规章", False),
])
def test_malformed_numbers(text, malformed):
    assert is_malformed_number(text) is malformed
    assert is_value(text) is (malformed or text in ("-3", "+22", "0", "—", "--"))


def test_a_row_whose_values_cannot_be_placed_is_not_also_blank_cells():
    # r41 prints `(三)不予公开 |` and then 64 values with the eight sub-row labels lost: RL309 (not placed,
    # its cells left empty so its sums are unverifiable, never passed) and no RL501 "write 0" for cells
    # the report did fill.
    assert findings(corpus("r41"), "RL309", "RL501") == [
        ("RL309", "warning", 101, "表6中“(三)不予公开”这一行有 64 个数值（0、0、0、0、0、0、0、0、0、0……），与表格的 7 列对不上，"
                                  "无法确定各数值所在的列，本行未核对"),
    ]
