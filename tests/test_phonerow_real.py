"""Lines a page prints inside or right after a table that are no row of it (branch phonerow): a telephone line, a
postcode, a note, the table's unit, its source, a date line, a site's footer (``text/asides.py``).  Before, the text
reader split ``联系电话 0591 8765432`` into a label and two values — a row of 二's table of one value (audit16's left
item) — and a note or a unit between two rows cut a table in two (RL302, RL308); a .docx or Markdown row so labelled
was a row the form lacks.  Now such a line is skipped as a page's number is, and the tables and findings of the copy
are the real report's own.  Real rows are still read (``行政强制 88283``, a row of values only, a one-value row, a label
wrapped over two lines), and a real error is still found with such a line beside it.

Also the leftover of slice br: ``5条(其中累计314条)``, a running count after 其中, was read as a part over its total.

Real texts are copied and changed in a tmp folder (``benchmarks/rowprobe.py`` measures the same over 40 documents).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import docx
import pytest
from docx.table import _Row

from conftest import REPO, corpus_file, corpus_findings
from realcorpus import changed, findings, shapes
from reportgen import make_report, to_docx, to_text
from reportlint.readers import read
from reportlint.readers.textlines import MULTI, PAGE, SHORT, SPACEROW, kind_of
from reportlint.text.asides import is_aside

ASIDES = ["联系电话 0591 8765432", "联系电话：0591-87654321", "电话 13812345678", "传真 0591 8765433", "邮编 350001",
          "邮政编码：350001", "地址：福州市鼓楼区东街88号 邮编 350001", "注：本表数据由各科室填报", "说明：以上数据单位为件",
          "备注 无", "单位:件", "（单位：万元）", "数据来源：本机关政务公开办公室", "2024年1月15日", "2024-01-15",
          "网站标识码 3501000001", "闽公网安备 35010202000123号"]


@pytest.mark.parametrize("line", ASIDES + ["联系电话 | 0591 8765432 |", "邮编\t350001", "| 注：本表数据由各科室填报 |"])
def test_an_aside_of_the_page_is_no_row(line):
    assert kind_of(line) == PAGE


@pytest.mark.parametrize(("line", "kind"), [
    ("行政强制 88283", SHORT), ("行政处罚 3985758", SHORT), ("注册登记 3", SHORT), ("电子政务 3", SHORT),
    ("1 2 3", SPACEROW), ("2024 1 15", SPACEROW), ("行政许可 | 5 |", MULTI),
    ("形，不计其他情形） 447 7 0 0 0 0 454", SPACEROW),
])
def test_a_real_row_is_still_a_row(line, kind):
    # as on main: a one-value row is a short line (the cell-per-line reader splits it at its last space), a row of
    # values only (its label lost or wrapped above) and a date's numbers spaced as a row's are rows, as written
    assert not is_aside(line)
    assert kind_of(line) == kind


@pytest.mark.parametrize("word", ["备注", "联系电话", "说明：", "单位", "注"])
def test_a_word_alone_may_head_a_column(word):
    # a table with a 备注 or 联系电话 column writes the word alone in its header cell: a cell, not an aside
    assert not is_aside(word)
    assert kind_of(word + " |") != PAGE
    assert kind_of("信息内容 | 本年制发件数 | " + word + " |") == MULTI


def _row_of(path: Path, label: str) -> list[str]:
    for table in read(path).tables:
        for cell in table.cells:
            if cell.text == label:
                return [c.text for c in table.cells if c.row == cell.row and c.text]
    return []


def test_r1770s_rows_are_read_as_before(tmp_path):
    # a one-value row of 7 digits, the label wrapped over two lines, beside a telephone line and a date line
    path = _inserted(tmp_path, "r1770", "行政强制 88283\n", "联系电话 0591 8765432\n2024-01-15")
    for text in (corpus_file("r1770"), path):
        assert _row_of(text, "行政处罚") == ["行政处罚", "3985758"]
        assert _row_of(text, "行政强制") == ["行政强制", "88283"]
        assert _row_of(text, "（二）部分公开（区分处理的，只计这一情")[-7:] == [
            "447", "7", "0", "0", "0", "0", "454"]


def _tables(path: Path) -> list[list[tuple[int, int, str]]]:
    return [[(c.row, c.col, c.text) for c in t.cells] for t in read(path).tables]


def _inserted(tmp_path: Path, prefix: str, after: str, line: str) -> Path:
    return changed(tmp_path, prefix, after, after + line + "\n")


# r1770 (a city's 2024 report, page 4 of its PDF's text): 二's and 三's rows laid out by spaces
# r1032 (荔湾区桥中街道 2023): a row per line, cells apart by pipes
# r04 (杨凌统计局 2023): a cell per line, each ended by its pipe
PLACES = [
    ("r1770", "行政强制 88283\n", "{line}"),
    ("r1770", "行政事业性收费 96171.6\n", "{line}"),
    ("r1770", "（一）予以公开 1288 21 0 0 50 3 1362\n", "{line}"),
    ("r1032", "行政处罚 | 123 |\n", "{line}"),
    ("r1032", "规章 | 0 | 0 | 0 |\n", "{label} | {rest} |"),
    ("r1032", "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", "{label} | {rest} |"),
    ("r04", "规章 |\n", "{line} |"),
    ("r04", "规章 |\n", "{line}"),
]


@pytest.mark.parametrize(("prefix", "after", "shape"), PLACES)
@pytest.mark.parametrize("line", ["联系电话 0591 8765432", "邮政编码：350001", "注：本表数据由各科室填报", "（单位：万元）",
                                  "2024-01-15", "网站标识码 3501000001"])
def test_an_aside_inside_a_real_table_leaves_its_tables_and_findings(tmp_path, prefix, after, shape, line):
    label, _, rest = line.replace("：", " ").partition(" ")
    if not rest.strip():  # a line of one field (a date): one cell
        shape = shape.replace("{label} | {rest} |", "{line} |")
    path = _inserted(tmp_path, prefix, after, shape.format(line=line, label=label, rest=rest.strip()))
    assert _tables(path) == _tables(corpus_file(prefix))
    assert corpus_findings(path) == corpus_findings(corpus_file(prefix))


@pytest.mark.parametrize("prefix", ["r53", "r916"])
@pytest.mark.parametrize("line", ["- 3 -", "第3页", "第 3 页 共 8 页", "联系电话 0591 8765432", "注：本表数据由各科室填报"])
def test_a_page_number_or_an_aside_between_wrapped_cells(tmp_path, prefix, line):
    # r53 (双塔区前进街道 2020), r916 (葫芦岛高新区 2024): a cell per line between blank lines, a cell's text wrapped over
    # lines not apart by one.  main: a page's number in words there (as an aside) ended no cell, so the cell after it
    # was joined to the one before — 规章 with its first value lost, RL302 (a page number dropped where it stands was
    # read as a wrapped cell's break).  Now the real report's tables and findings.
    path = _inserted(tmp_path, prefix, "规章\n", line)
    assert _tables(path) == _tables(corpus_file(prefix))
    assert corpus_findings(path) == corpus_findings(corpus_file(prefix))


@pytest.mark.parametrize("after", ["行政事业性收费 96171.6\n", "（一）予以公开 1288 21 0 0 50 3 1362\n"])
def test_the_telephone_line_of_audit16_is_no_row(tmp_path, after):
    # main: a row 联系电话 of two values (0591, 8765432) — RL309 in 三's table of 7 columns; after 二's (八) row also
    # RL304 (an extra row 联系电话, an extra column) and RL309 for 行政事业性收费 itself.  Now the real report's findings.
    path = _inserted(tmp_path, "r1770", after, "联系电话 0591 8765432")
    assert findings(path, "RL309") == findings(path, "RL304") == []
    assert corpus_findings(path) == corpus_findings(corpus_file("r1770"))


def test_a_real_error_is_still_found_beside_an_aside(tmp_path):
    # r1770's 予以公开 row with its total one over (1362 → 1363): the row's sum error, with a telephone line and a note
    # after the row as without them
    wrong = "（一）予以公开 1288 21 0 0 50 3 1363\n"
    plain = changed(tmp_path, "r1770", "（一）予以公开 1288 21 0 0 50 3 1362\n", wrong)
    expected = corpus_findings(plain)
    assert ("RL401", "error") in [(code, severity) for code, severity, _ in expected]
    for line in ("联系电话 0591 8765432", "注：本表数据由各科室填报"):
        path = plain.with_name("aside.txt")
        path.write_text(plain.read_text(encoding="utf-8").replace(wrong, wrong + line + "\n"), encoding="utf-8")
        assert corpus_findings(path) == expected


def test_a_row_the_form_lacks_is_still_one(tmp_path):
    # a real row's label beside the form's rows is RL304, where an aside is nothing
    path = _inserted(tmp_path, "r1032", "行政处罚 | 123 |\n", "行政征收 | 5 |")
    assert findings(path, "RL304") == [("info", "“第二十条第（六）项（行政处罚、行政强制）”中有格式之外的行“行政征收”")]


# --- Markdown: r84 (上海市科委 2024, a PDF's text in Markdown), 二's table of 规章 and 规范性文件 -------------------------

@pytest.mark.parametrize("row", ["| 联系电话 | 0591 8765432 |  |  |", "| 注：本表数据由各科室填报 |  |  |  |", "| 单位：件 |  |  |  |"])
def test_an_aside_row_of_a_markdown_table_is_no_row(tmp_path, row):
    path = _inserted(tmp_path, "r84", "| 规章 | 0 | 0 | 0 |\n", row)
    assert _tables(path) == _tables(corpus_file("r84"))
    assert corpus_findings(path) == corpus_findings(corpus_file("r84"))


# --- .docx: a generated report's 二 table with a row typed into it --------------------------------------------------

def _docx_with_row(tmp_path: Path, texts: list[str], merged: bool) -> Path:
    source = tmp_path / "report.docx"
    to_docx(make_report(2023, seed=3), source)
    document = docx.Document(source)
    table = document.tables[0]
    after = next(row for row in table.rows if row.cells[0].text == "规章")
    new = copy.deepcopy(after._tr)
    after._tr.addnext(new)
    row = _Row(new, table)
    for k, cell in enumerate(row.cells):
        cell.text = texts[k] if k < len(texts) else ""
    if merged:
        row.cells[0].merge(row.cells[-1]).text = texts[0]
    out = tmp_path / "changed.docx"
    document.save(out)
    return out


@pytest.mark.parametrize(("texts", "merged"), [
    (["联系电话", "0591 8765432"], False), (["联系电话 0591 8765432"], True), (["注：本表数据由各科室填报"], True),
    (["（单位：件）"], True),
])
def test_an_aside_row_of_a_docx_table_is_no_extra_row(tmp_path, texts, merged):
    # main: RL304 "中有格式之外的行“联系电话”" (and the note's, the unit's)
    assert corpus_findings(_docx_with_row(tmp_path, texts, merged)) == []


def test_a_docx_row_the_form_lacks_is_still_one(tmp_path):
    path = _docx_with_row(tmp_path, ["行政征收", "5", "0", "5"], False)
    assert findings(path, "RL304") == [("info", "“第二十条第（一）项（规章、行政规范性文件）”中有格式之外的行“行政征收”")]


# --- a running count after 其中 (slice br's leftover) ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("主动公开政府信息5条(其中累计314条)。", []),
    ("主动公开政府信息5条,其中累计314条。", []),
    ("主动公开政府信息5条(其中历年累计314条)。", []),
    ("主动公开政府信息5条(其中累计公开314条)。", []),
    ("共5条(其中主动公开3条,依申请公开2条)。", [(5, [3, 2], None)]),
    ("共5条(其中主动公开3条,依申请公开3条)。", [(5, [3, 3], None)]),
    ("主动公开5条(其中累计网站发布4条,微信公众号发布2条)。", [(5, [4, 2], None)]),
])
def test_a_running_count_after_qizhong_is_no_part(text, expected):
    # 累计 under the year's count (累计网站发布4条) is a part in all, as in brackets without 其中
    assert shapes(text) == expected


def test_r1854_with_qizhong_before_its_running_count(tmp_path):
    # r1854 (金山街道 2023): 5条(历年累计314条) written 5条(其中累计314条) — main: RL701, part 314 over 5
    path = changed(tmp_path, "r1854", "5条(历年累计314条)", "5条(其中累计314条)")
    assert findings(path, "RL701") == []
    over = changed(tmp_path, "r1854", "5条(历年累计314条)", "5条(其中网站314条)")
    assert [severity for severity, _ in findings(over, "RL701")] == ["error"]


# --- 四's table: no text of the corpus reaches it read (15 name 结果维持, none in a table), so a generated report's ------

_FOUR_ROW = "1 | 2 | 1 | 1 | 5 | 1 | 2 | 0 | 0 | 3 | 0 | 1 | 1 | 2 | 4\n"


@pytest.mark.parametrize("total", ["5", "6"])
@pytest.mark.parametrize("line", ["联系电话 0591 8765432", "注：本表数据由各科室填报", "（单位：件）", "2024-01-15"])
@pytest.mark.parametrize("where", ["inside", "after"])
def test_an_aside_in_or_after_the_table_of_four(tmp_path, total, line, where):
    # the generated 2023 report's 四 (复议 1+2+1+1 = 5): silent, and with its 总计 one over (6) the sum error — the same
    # findings with a telephone line, a note, a unit or a date before its data row or after the table
    text = to_text(make_report(2023, seed=3)).replace(_FOUR_ROW, _FOUR_ROW.replace("| 5 |", f"| {total} |", 1))
    plain = tmp_path / "plain.txt"
    plain.write_text(text, encoding="utf-8")
    row = _FOUR_ROW.replace("| 5 |", f"| {total} |", 1)
    changed_text = text.replace(row, line + "\n" + row) if where == "inside" else text.replace(row, row + line + "\n")
    path = tmp_path / "aside.txt"
    path.write_text(changed_text, encoding="utf-8")
    expected = corpus_findings(plain)
    assert [code for code, _, _ in expected] == ([] if total == "5" else ["RL401"])
    assert corpus_findings(path) == expected


# --- the probe (benchmarks/rowprobe.py): where it puts a line, and how it writes it -----------------------------------

def test_the_probe_places_lines_in_and_after_real_tables():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import rowprobe  # benchmarks/rowprobe.py

    # r1032: after 规章's row, after 二's last table (行政事业性收费, line 17), after 三's 予以公开 row; 三 cut: no "after"
    assert rowprobe._places(corpus_file("r1032")) == [("二 inside", 6), ("二 after", 17), ("三 inside", 24)]
    assert rowprobe._written("联系电话 0591 8765432", "pipes") == ["联系电话 0591 8765432", "联系电话 | 0591 8765432 |"]
    assert rowprobe._written("注：本表数据由各科室填报", "tabs") == ["注：本表数据由各科室填报", "注\t本表数据由各科室填报"]
    assert rowprobe._written("- 3 -", "markdown") == ["- 3 -", "| - 3 - |"]
    assert rowprobe._written("邮编 350001", "cells") == ["邮编 350001", "邮编 350001 |"]
