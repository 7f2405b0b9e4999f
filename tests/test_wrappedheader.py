"""A header row typed over two rows of cells of its own (``信息 | 本年制 | …`` over ``内容 | 发件数 | …``, no merge), as a
Word or WPS writer narrowing the columns or a PDF converted to Word writes it, is one header: each column's label is
read down (analysis/wrappedheader.py).  Before, no label of the form was in it: the table was not found (RL301 in a
Word file, RL308 in Markdown).  Real reports of three bodies written as Word files by benchmarks/formatprobe.py, their
first tables' headers then wrapped by benchmarks/formathabits.py (``header2``); a Markdown copy; a table in raw XML.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document as make_document
from docx.oxml import parse_xml

from conftest import corpus_file, corpus_findings
from reportlint import readers
from reportlint.analysis.tablelabels import split_blocks
from reportlint.analysis.wrappedheader import wrapped_rows

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import formathabits  # noqa: E402  (benchmarks/formathabits.py)
import formatprobe  # noqa: E402


def _same(found: list, text: list) -> None:
    """The text's findings; RL103's evidence (how many of the form's labels the text holds, counted in the cells as
    written: a wrapped label's halves are no label) may count fewer — the same pack, year and level."""
    assert sorted(f for f in found if f[0] != "RL103") == sorted(f for f in text if f[0] != "RL103")
    assert [f[2].split("（章节标题")[0] for f in found if f[0] == "RL103"] == [
        f[2].split("（章节标题")[0] for f in text if f[0] == "RL103"]
    assert [f[2].split("）；")[1:] for f in found if f[0] == "RL103"] == [
        f[2].split("）；")[1:] for f in text if f[0] == "RL103"]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _wrapped(name: str, folder: Path) -> Path:
    doc, bound = formatprobe.model(corpus_file(name))
    base = folder / f"{name}.docx"
    formatprobe.to_docx(doc, bound, base, heading_styles=False)
    out = folder / f"{name}-wrapped.docx"
    formathabits.apply("header2", base, out)
    return out


def test_a_wrapped_header_in_a_word_file_gives_the_texts_findings(tmp_path):
    # r210 (通州区 a 局, 2019 form), r755 (濉溪县北坡镇, traditional characters), r1152 (略阳县自然资源局: the (八)
    # table's caption row wrapped with its header)
    for name, table, upper, lower in (("r210", 0, ["信息", "本年新制", "本年新公", "对外公开"], ["内容", "作数量", "开数量", "总数量"]),
                                      ("r755", 0, ["信息", "本年制", "本年廢", "現行有"], ["內容", "發件數", "止件數", "效件數"]),
                                      ("r1152", 3, ["第二十條第", "信息", "上一年項"], ["(八)項", "內容", "目數量"])):
        path = _wrapped(name, tmp_path)
        rows = make_document(str(path)).tables[table].rows
        assert ([c.text for c in rows[0].cells], [c.text for c in rows[1].cells]) == (upper, lower)
        found = corpus_findings(path)
        assert [f for f in found if f[0] in ("RL301", "RL308")] == []
        _same(found, corpus_findings(corpus_file(name)))


def test_a_wrapped_header_in_markdown_gives_the_texts_findings(tmp_path):
    doc, bound = formatprobe.model(corpus_file("r210"))
    text = formatprobe.to_markdown(doc, bound)
    header = "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n|---|---|---|---|\n"
    assert text.count(header) == 1
    path = tmp_path / "r210.md"
    path.write_text(text.replace(header, "| 信息 | 本年新制 | 本年新公 | 对外公开 |\n|---|---|---|---|\n"
                                         "| 内容 | 作数量 | 开数量 | 总数量 |\n"), encoding="utf-8")
    found = corpus_findings(path)
    assert [f for f in found if f[0] in ("RL301", "RL308")] == []
    _same(found, corpus_findings(corpus_file("r210")))
    assert ("RL103", "info", "未找到报告标题，按正文识别为政府信息公开工作年度报告（2019年版格式）（章节标题 3 处，如“一、总体情况”，表格标签 14 处，"
            "如“第二十条第(五)项”）；报告年度 2019 年，依据正文“2019年,…”；机关层级：政府部门，依据正文自称“我局”") in found


def _row(*texts: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>" for t in texts) + "</w:tr>"


def _views(tmp_path: Path, *rows: str):
    word = make_document()
    word.element.body.insert(0, parse_xml(f"<w:tbl {W}><w:tblGrid>" + "<w:gridCol/>" * 4 + "</w:tblGrid>"
                                          + "".join(rows) + "</w:tbl>"))
    path = tmp_path / "table.docx"
    word.save(str(path))
    return split_blocks(readers.read(path).tables[0])


def test_a_wrapped_header_in_raw_xml_is_read_down_each_column(tmp_path):
    (view,) = _views(tmp_path, _row("信息", "本年制", "本年废", "现行有"), _row("内容", "发件数", "止件数", "效件数"),
                     _row("规章", "1", "0", "3"), _row("行政规范性文件", "2", "1", "5"))
    assert view.header_rows == [0, 1]
    assert wrapped_rows(view.table, view.header_rows) == 0
    assert [view.col_label(c) for c in view.value_cols] == ["本年制发件数", "本年废止件数", "现行有效件数"]
    assert view.header_text == "信息内容本年制发件数本年废止件数现行有效件数"


def test_a_group_label_typed_into_each_column_is_a_level_not_half_a_label(tmp_path):
    # A Markdown-like flattened merge (申请人情况 over each column) and a repeated header stay two levels.
    (view,) = _views(tmp_path, _row("申请人情况", "申请人情况", "申请人情况", "总计"), _row("类别", "自然人", "法人", "合计"),
                     _row("一、本年新收", "1", "2", "3"))
    assert wrapped_rows(view.table, view.header_rows) is None
    assert [view.col_label(c) for c in view.value_cols] == ["申请人情况/自然人", "申请人情况/法人", "总计/合计"]
    (view,) = _views(tmp_path, _row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                     _row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), _row("规章", "1", "0", "3"))
    assert wrapped_rows(view.table, view.header_rows) is None
