"""Real reports of the seventh held-out round, slice k (r850–r861: town, street and county/district governments and
their offices, 2023–2025).  Each test reads the real text as it was found and asserts the exact findings: a 其中 list
that breaks down the two counts before it together (received + carried over), not only the nearest one; and a
list over its total that is still an error.  A counter-case written into a copy of the real text (in a tmp folder)
shows the finding is still made where it is due."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file as corpus
from conftest import run_cli


def findings(path: Path, code: str) -> list[tuple[str, str, str | None, str | None]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["message"], d["expected"], d["actual"]) for d in file["diagnostics"] if d["code"] == code]


# --- a 其中 list of the received and the carried-over together (r850) ------------------------------------------------

SENTENCE = "2023年共收到政府信息公开申请59件,上年度结转办理2件,其中结转2024年度7件,其余54件全部按时答复。"


def test_a_list_of_the_two_counts_before_it_is_no_sum_of_the_nearest():
    # r850 (红桥区人民政府办公室 2023): 7 + 54 = 59 + 2; before, RL701 error "7+54 = 61, 合计为 2 件"
    assert SENTENCE in corpus("r850").read_text(encoding="utf-8")
    assert findings(corpus("r850"), "RL701") == []


def test_the_same_list_that_adds_up_to_neither_is_still_an_error(tmp_path):
    text = corpus("r850").read_text(encoding="utf-8")
    path = tmp_path / "r850-wrong.txt"
    path.write_text(text.replace("其余54件", "其余64件"), encoding="utf-8")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：7+64 = 71，但写明的合计为 2 件，各分项之和多出 69 件", "71", "2")]


def test_a_count_stated_as_a_total_keeps_its_own_list(tmp_path):
    # "合计2件" says the list is of 2 alone: 7+54 is over it whatever comes before
    text = corpus("r850").read_text(encoding="utf-8")
    path = tmp_path / "r850-total.txt"
    path.write_text(text.replace("上年度结转办理2件", "上年度结转办理合计2件"), encoding="utf-8")
    assert [f[0] for f in findings(path, "RL701")] == ["error"]


# --- parts over their total stay an error (r851) ---------------------------------------------------------------------

def test_two_channels_over_the_total_they_are_said_to_make_up():
    # r851 (勉县 2023): 4042条,其中…共计1495条,信息公开栏公开信息2918条 — 4413 > 4042
    assert findings(corpus("r851"), "RL701") == [
        ("error", "文中合计不成立：1495+2918 = 4413，但写明的合计为 4042 条，各分项之和多出 371 条", "4413", "4042")]


# --- rows printed with no value at all, `行政许可 | ||||` (r852, r554) -------------------------------------------------

def test_rows_left_blank_under_their_caption_are_rows_not_header(tmp_path):
    # r852 (衡东县杨林镇 2023, 2019-form tables): before, the value-less rows were read into a 21-column header
    # (RL302 ×3 "缺少行", RL309 on 集中采购); now each is a row whose cells are blank
    path = corpus("r852")
    assert "行政许可 | ||||\n其他对外管理服务事项 | ||||\n第二十条第(六)项 | ||||" in path.read_text(encoding="utf-8")
    assert findings(path, "RL302") == [] and findings(path, "RL309") == []
    assert [f[1] for f in findings(path, "RL501")] == [
        "单元格为空（行政许可/处理决定数量），数字单元格应填写数字，没有发生的填 0",
        "“处理决定数量”一列有 2 个单元格为空或填了占位符（行政处罚、行政强制），数字单元格应填写数字，没有发生的填 0"]


def test_the_same_tables_read_in_their_own_form(tmp_path):
    # r852 dated 2019 (the 2019 form its tables follow): before, RL302 ×3 and RL305 ×8 errors; now every blank row
    # is a warning, and the town's 规章 1/1/1 is read (RL506)
    text = corpus("r852").read_text(encoding="utf-8")
    path = tmp_path / "r852-2019.txt"
    path.write_text(text.replace("2023", "2019").replace("2024-03-26", "2020-03-26").replace("2024年3", "2020年3"),
                    encoding="utf-8")
    assert findings(path, "RL302") == [] and findings(path, "RL305") == []
    assert [f[1][:6] for f in findings(path, "RL501")] == ["“行政许可”", "“其他对外管", "“行政处罚”", "“行政强制”", "“行政事业性"]
    assert [f[0] for f in findings(path, "RL506")] == ["warning"]


def test_a_second_report_with_blank_rows_has_its_tables_read():
    # r554 (衡阳市商务局 2022): 行政处罚 |, 行政强制 |, 行政事业性收费 | — before, RL308 "未能按表格读取" on 第(六)(八)项
    path = corpus("r554")
    assert findings(path, "RL308") == []
    assert [f[1] for f in findings(path, "RL501")][-2:] == [
        "“本年处理决定数量”一列有 2 个单元格为空或填了占位符（行政处罚、行政强制），数字单元格应填写数字，没有发生的填 0",
        "单元格为空（行政事业性收费/本年收费金额(单位:万元)），数字单元格应填写数字，没有发生的填 0"]


def test_an_excerpt_that_stops_under_a_header_keeps_it_a_header(tmp_path):
    # the text stopping right after 行政许可 | |||| (the table's end): nothing said of cells the excerpt may not hold
    text = corpus("r852").read_text(encoding="utf-8")
    cut = text.index("其他对外管理服务事项 | ||||")
    path = tmp_path / "r852-cut.txt"
    path.write_text(text[:cut], encoding="utf-8")
    assert findings(path, "RL501") == []
