"""Text tables of real reports written one cell per line (``tests/corpus``): where one table ends and
the next begins, and cells that are numbers written wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from reportlint import readers
from reportlint.model.document import Table
from reportlint.readers.rowgrid import is_value
from reportlint.text.normalize import CellKind, is_malformed_number, suggest_number, value_kind
from test_sections_real import TODAY, corpus, findings

MISREAD = ("RL301", "RL302", "RL303", "RL305", "RL308", "RL5")  # what a table read wrong gives


def tables(prefix: str | Path) -> list[list[list[str]]]:
    """Each table of the document (a corpus prefix, or a path) as rows of cell texts (a merged cell
    once, at its first column)."""
    out = []
    for block in readers.read(corpus(prefix) if isinstance(prefix, str) else prefix).blocks:
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
    ]  # section 三's table is cut by the excerpt's end: its RL209 says so, no RL402 for the rows cut off


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
    # was two identical ones naming the whole header) — and unread, which RL308 says (tprobe14; was silent).
    assert findings(corpus("r40"), *MISREAD, "RL304") == [
        ("RL502", "warning", 11, "单元格“? 0”的数字前有无法识别的字符（規(guī)章/本年廢止件數(shù)），可能是转换或复制时丢失的字符，请核对原文"),
        ("RL502", "warning", 15, "单元格“? 0”的数字前有无法识别的字符（行政規(guī)範(fàn)性文件/本年廢止件數(shù)），可能是转换或复制时丢失的字符，"
                                 "请核对原文"),
        ("RL308", "warning", 35, "“三、收到和处理政府信息公开申请情况”中“收到和处理政府信息公开申请情况表”的文字在正文中，"
                                 "但未能按表格读取，其中的数字未检查"),
    ]


def test_a_row_that_lost_a_value_is_short_under_the_header_it_printed():
    # r304: 第二十条第(八)项 prints its header (信息内容 / 上一年项目数量 / 本年增/减) and a row with one value of
    # two.  Read as the stream's other tables are (a caption and a corner before the columns), the header
    # names two columns; the row cannot be placed (RL309), its cells left blank.  Before, the table was
    # sized by its one value and the header joined into one cell: RL303 twice, for two printed columns.
    assert tables("r304")[3] == [
        ["第二十条第(八)项", "", ""], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", "", ""],
    ]
    assert findings(corpus("r304"), *MISREAD, "RL309") == [
        ("RL309", "warning", 102, "表4中“行政事业性收费”这一行有 1 个数值（0），与表格的 2 列对不上，无法确定各数值所在的列，本行未核对"),
    ]


def test_the_same_row_with_both_values_is_read(tmp_path):
    path = tmp_path / "report.txt"
    text = corpus("r304").read_text(encoding="utf-8")
    path.write_text(text.replace("行政事业性收费\n\n 0\n", "行政事业性收费\n\n 0\n\n 3\n", 1), encoding="utf-8")
    assert tables(path)[3][2] == ["行政事业性收费", "0", "3"]
    assert findings(path, *MISREAD, "RL309") == []


def test_rows_that_agree_on_their_values_are_not_made_short_by_a_longer_header(tmp_path):
    # The header's count decides only where the rows cannot: r304's 第二十条第(一)项 with a header cell split
    # in two (本年新 / 制作数量 with a blank line between) still has its two rows of three values.
    path = tmp_path / "report.txt"
    text = corpus("r304").read_text(encoding="utf-8")
    path.write_text(text.replace("本年新\n制作数量", "本年新\n\n制作数量", 1), encoding="utf-8")
    assert tables(path)[0][1:] == [["规章", "0", "0", "0"], ["规范性文件", "0", "0", "0"]]
    assert [f[3][:15] for f in findings(path, "RL309")] == ["表4中“行政事业性收费”这一行"]  # 第二十条第(八)项's alone


def variant(line: int, table: str, found: str, label: str) -> tuple[str, str, int, str]:
    """The RL306 finding of a label bound to the form's ``label`` although printed ``found``."""
    return ("RL306", "warning", line, f"“{table}”中的标签“{found}”与格式规定的“{label}”不一致（已按“{label}”核对）")


def test_labels_with_their_definitions_headers_with_a_year_and_a_change_in_brackets():
    # r305: the rows of 第二十条第(一)项 carry their definitions (规章:地方行政规章指…), a header its year
    # (上一年项目数量 2019年), a 本年增/减 cell the increase and the decrease (+(0) -(0)).  Before: 规章 unbound
    # (RL302), 第二十条第(五)项 sized by its one plain value (RL303 ×3) — and the 局's 规章 1/1/1 unseen.
    assert tables("r305")[1][1:] == [
        ["信息内容", "上一年项目数量 2019年", "本年 增/减", "处理决定数量"],
        ["行政许可", "43", "+(0) -(0)", "66"], ["其他对外管理服务事项", "19", "0", "0"],
    ]
    t1, t5 = "第二十条第（一）项（规章、规范性文件）", "第二十条第（五）项（行政许可等）"
    assert findings(corpus("r305"), "RL3", "RL4", "RL5") == [
        variant(8, t1, "本年新", "本年新制作数量"), variant(9, t1, "本年新", "本年新公开数量"),
        variant(12, t1, "规章:地方行政规章指各省、自治区、直辖市…", "规章"),
        ("RL506", "warning", 13, "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0："
                                 "本机关是政府部门（依据机关名称“文教局”）（规章/本年新 = 1，规章/本年新 = 1，规章/对外公开总数量 = 1）"),
        variant(17, t1, "规范性文件:是指各级人民政府及其派出机关…", "规范性文件"),
        variant(25, t5, "上一年项目数量 2019年", "上一年项目数量"),
        ("RL502", "error", 31, "单元格“+(0) -(0)”不是数字（行政许可/本年 增/减）"),
        ("RL402", "warning", 32, "无法核对处理决定数量疑似填成项目数量（行政许可）：“行政许可/本年 增/减”不是数字（+(0) -(0)）"),
    ]
    (change,) = [d for d in run_cli("check", "--format", "json", *TODAY, corpus("r305")).json["files"][0]["diagnostics"]
                 if d["code"] == "RL502"]
    assert (change["help"], change["expected"], change["actual"]) == ("应写作 0", "0", "+(0) -(0)")


def test_a_label_that_only_starts_with_the_forms_is_not_it(tmp_path):
    # What follows the form's label must be a qualifier (a colon, a bracket, a year): "规章制度…" is not 规章.
    path = tmp_path / "report.txt"
    path.write_text(corpus("r305").read_text(encoding="utf-8").replace("规章:地方", "规章制度地方", 1), encoding="utf-8")
    assert findings(path, "RL302", "RL506") == [
        ("RL302", "error", 5, "“第二十条第（一）项（规章、规范性文件）”缺少行“规章”"),
    ]


def test_traditional_labels_with_the_templates_instructions_and_a_row_left_blank():
    # r68 (traditional characters, the provincial template's instructions kept in the labels): 規章(設區的市…)
    # and the headers 上一年項目數量(指2019年事項數)… bind as the form's, said once each (RL306).  行政事業性收費,
    # its cells blank above 第二十條第(九)項, is the last row of its table, not a caption: one RL501 for its
    # blank cells (was RL302 for the row and RL303 for both columns).  規範性檔案(…) (the mirror's 檔案 for 文件,
    # read back as 规范性文件) binds as its row with an RL306 too (was RL302 and an RL304 for it).
    (t,) = tables("r68")
    assert t[13:17] == [["第二十條第(八)項", "", "", ""],
                        ["信息內容", "上一年項目數量(指2019年事項數)", "本年增/減(指2020年增加或減少的事項數,減用負值表示,如-8)", ""],
                        ["行政事業性收費", "", "", ""], ["第二十條第(九)項", "", "", ""]]
    found = findings(corpus("r68"), "RL3", "RL4", "RL5")
    assert [f[:3] for f in found] == [
        ("RL306", "warning", 4), ("RL306", "warning", 5), ("RL304", "info", 6),
        ("RL306", "warning", 8), ("RL306", "warning", 8), ("RL306", "warning", 8), ("RL306", "warning", 10),
        ("RL306", "warning", 12), ("RL306", "warning", 12), ("RL306", "warning", 12),
        ("RL402", "warning", 14), ("RL501", "warning", 14), ("RL306", "warning", 16), ("RL306", "warning", 16),
        ("RL501", "warning", 17),
    ]
    assert found[0][3] == ("“第二十条第（一）项（规章、规范性文件）”中的标签“規章(設區的市、自治州人民政府應提供相關…”与格式规定的"
                           "“规章”不一致（已按“规章”核对）")
    assert found[1][3] == ("“第二十条第（一）项（规章、规范性文件）”中的标签“規範性檔案(行政機關制定發布的決定、公告…”与格式规定的"
                           "“规范性文件”不一致（已按“规范性文件”核对）")
    assert found[4][3] == ("“第二十条第（五）项（行政许可等）”中的标签“本年增/減(指2020年增加或減少的事項…”与格式规定的“本年增/减”"
                           "不一致（已按“本年增/减”核对）")
    assert found[-1][3] == ("“行政事業性收費”一行有 2 个单元格为空或填了占位符（上一年項目數量(指2019年事項數)、本年增/減），"
                            "数字单元格应填写数字，没有发生的填 0")


def test_blank_cells_of_a_row_are_named_in_the_tables_order():
    # r63: 其他对外管理服务事项 blank in its three columns, 本年增/ (a header cut short) bound last; named as the
    # table prints them, and 本年增/ by its whole label (was cut at its slash: an empty name).
    assert findings(corpus("r63"), "RL501") == [
        ("RL501", "warning", 71, "“其他对外管理服务事项”一行有 3 个单元格为空或填了占位符（上一年项目数量、本年增/、处理决定数量），"
                                 "数字单元格应填写数字，没有发生的填 0"),
    ]


@pytest.mark.parametrize(("text", "suggestion"), [
    ("+(0) -(0)", "0"), ("+(2) -(1)", "1"), ("-(3)", "-3"), ("＋（5）", "5"), ("增2 减1", "1"), ("减4", "-4"),
    ("增10", "10"), ("--253", None), ("+-3", None), ("1-2", None), ("(三)", None), ("+(0) -(0) -(1)", None),
])
def test_a_change_written_as_text_and_the_number_to_write(text, suggestion):
    # The 本年增/减 cell written as words or as an increase and a decrease: a value in its column (the
    # values check reports it, RL502), with the change to write instead.
    assert suggest_number(text) == suggestion
    assert is_value(text) is (suggestion is not None or text in ("--253", "+-3"))
    # the table analysis counts it as the reader does: a number
    assert value_kind(text) == (CellKind.NUMBER if is_value(text) else CellKind.TEXT)


@pytest.mark.parametrize(("text", "malformed"), [
    ("--253", True), ("? 0", True), ("+-3", True), ("－－5", True),
    ("-3", False), ("+22", False), ("0", False), ("—", False), ("--", False), ("1.", False), ("(三)", False),
    ("2.2020年", False), ("1-2", False), ("规章", False),
])
def test_malformed_numbers(text, malformed):
    assert is_malformed_number(text) is malformed
    assert is_value(text) is (malformed or text in ("-3", "+22", "0", "—", "--"))
    assert value_kind(text) == (CellKind.NUMBER if malformed or text in ("-3", "+22", "0") else
                                CellKind.BLANK if text in ("—", "--") else CellKind.TEXT)


def test_a_row_whose_values_cannot_be_placed_is_not_also_blank_cells():
    # r41 prints `(三)不予公开 |` and then 64 values with the eight sub-row labels lost: RL309 (not placed,
    # its cells left empty so its sums are unverifiable, never passed) and no RL501 "write 0" for cells
    # the report did fill.
    assert findings(corpus("r41"), "RL309", "RL501") == [
        ("RL309", "warning", 101, "表6中“(三)不予公开”这一行有 64 个数值（0、0、0、0、0、0、0、0、0、0……），与表格的 7 列对不上，"
                                  "无法确定各数值所在的列，本行未核对"),
    ]


@pytest.mark.parametrize(("prefix", "line"), [("r04", 80), ("r15", 105), ("r40", 45)])
def test_identities_over_rows_a_text_cuts_off_inside_its_table_are_one_rl209(prefix, line):
    # Excerpts that stop inside section 三's table: its 总计 and 结转下年度 rows are cut off, not missing.  The one
    # RL209 says so; no RL402 "缺少…" for each identity over them (r04 2, r15 2, r40 2 before).  RL402 over
    # cells the text does hold stays (r04's 规章 `/ / /`, r40's `? 0`).
    found = findings(corpus(prefix), "RL4", "RL209")
    assert [f[0] for f in found if "缺少" in f[3]] == []
    assert [(f[0], f[2]) for f in found if f[0] == "RL209"] == [("RL209", line)]


def test_rows_opened_by_a_lone_pipe_and_closed_by_a_filler_line():
    # r503 (held-out round 4): each row opened by a `|` line, cells ` |`-ended one per line, a row narrower
    # than the table closed by `|||`/`||` on a line of its own. The `|` after such a line opens the next row,
    # as after `X | |||` (r203); read as an empty cell it shifted every row (8 false RL301/RL303/RL305).
    assert tables("r503")[:4] == [
        [["第二十條第(一)項", "", "", ""], ["信息內容", "本年製發件數", "本年廢止件數", "現行有效件數"],
         ["規章", "0", "0", "0"], ["行政規範性文件", "0", "0", "0"]],
        [["第二十條第(五)項", ""], ["信息內容", "本年處理決定數量"], ["行政許可", "4"]],
        [["第二十條第(六)項", ""], ["信息內容", "本年處理決定數量"], ["行政處罰", "0"], ["行政強製", "0"]],
        [["第二十條第(八)項", ""], ["信息內容", "本年收費金額(單位:萬元)"], ["行政事業性收費", "0"]],
    ]
    assert tables("r503")[4][1][2:] == ["0"] * 7  # section 三's rows: seven values, 其他 not blank
    assert findings(corpus("r503"), "RL3", "RL4", "RL5") == []


def test_the_row_the_text_stops_in_does_not_set_the_tables_width():
    # r505: the excerpt stops after two of 规范性文件's three values; the table has three columns (its
    # header and 规章 say so), not two ("表1中“規章”这一行有 4 个数值…与表格的 2 列对不上" before).
    assert tables("r505") == [
        [["第二十條第(一)項(xiàng)", "", "", ""],
         ["信息內(nèi)容", "本年新制作數(shù)量", "本年新公開數(shù)量", "對(duì)外公開總數(shù)量"],
         ["規(guī)章", "0", "0", "0"]],
    ]
    assert [f[0] for f in findings(corpus("r505"), "RL3", "RL4", "RL5", "RL8")] == ["RL801"]


def test_a_rows_blank_cells_on_lone_pipe_lines_then_its_last_value():
    # r1110 (a Guangdong district's 发改局 2020, held-out round 7 slice u): `一、本年新收… | 25 |`, then one lone `|`
    # line per blank cell, then `| 25 |` — the blank 法人 cells and the 总计 of the same row.  Read as rows of
    # their own they gave each row twice (2 false RL305 errors, 4 RL304 notes); the last row stops at `| 1`.
    assert tables("r1110")[1][1:] == [
        ["", "一、本年新收政府信息公开申请数量", "25", "", "", "", "", "", "25"],
        ["", "二、上年结转政府信息公开申请数量", "", "", "", "", "", "", "0"],
        ["三、本年度办理结果", "(一)予以公开", "7", "", "", "", "", "", "7"],
        ["", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "1", "", "", "", "", "", "1"],
    ]
    assert {f[0] for f in findings(corpus("r1110"), "RL3", "RL4", "RL5")} == {"RL401", "RL501", "RL402"}


def test_the_value_that_ends_such_a_row_is_its_total(tmp_path):
    # a 总计 of 26 written on the line that ends row 一 lands in the 总计 column, and a lone `|` line
    # dropped from row 二 leaves it a value short (six, not seven: RL309), not shifted into the next row
    text = corpus("r1110").read_text(encoding="utf-8")
    assert text.count("|\n| 25 |") == 1 and text.count("申请数量 |\n|\n") == 1
    path = tmp_path / "r1110.txt"
    path.write_text(text.replace("|\n| 25 |", "|\n| 26 |").replace("申请数量 |\n|\n", "申请数量 |\n"), encoding="utf-8")
    assert tables(path)[1][1][2:] == ["25", "", "", "", "", "", "26"]
    assert [f[:3] for f in findings(path, "RL3")] == [("RL309", "warning", 32)]
