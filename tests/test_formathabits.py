"""Word and WPS writers' habits the format probe does not write leave a report's findings as its text's:
benchmarks/formathabits.py on real reports written as Word files (python-docx) by benchmarks/formatprobe.py, each then
written again with one habit — a caption paragraph above each table, full-width digits in the tables, a line break
(``w:br``) or a second paragraph inside a long label cell.  Over the corpus (2026-12-08, 218 Word copies whose
findings are the text's) none of those four habits changed a finding; a header written over two rows of its own
(no merge) did, in text, Markdown and Word alike (benchmarks/ACCURACY.md, "Format habits").
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document as open_document

from conftest import corpus_file, corpus_findings
from reportlint import readers

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import formathabits  # noqa: E402  (benchmarks/formathabits.py)
import formatprobe  # noqa: E402

HABITS = ("caption", "fullwidth", "linebreak", "paragraphs")


def _as_docx(name: str, folder: Path) -> Path:
    doc, bound = formatprobe.model(corpus_file(name))
    out = folder / f"{name}.docx"
    formatprobe.to_docx(doc, bound, out, heading_styles=False)
    return out


def test_four_habits_leave_three_real_reports_findings_as_the_texts(tmp_path):
    # r05 (2021 form, stops in 三), r06 (RL402s in 三's table), r711 (a metadata table above the report, RL506)
    report = formathabits.probe(formatprobe.documents(["r05", "r06", "r711"]), tmp_path, HABITS)
    assert (report["read"], report["base"]) == (3, 3)
    for habit in HABITS:
        assert report["habits"][habit] == {"identical": 3, "differing": 0, "causes": {}}


def test_full_width_digits_in_a_word_table_are_numbers(tmp_path):
    base = _as_docx("r05", tmp_path)
    out = tmp_path / "r05-fullwidth.docx"
    formathabits.apply("fullwidth", base, out)
    word = open_document(str(out))
    assert word.tables[1].cell(1, 7).text == "３"  # 一、本年新收 / 总计, as typed
    found = corpus_findings(out)
    assert ("RL702", "error", "文中收到申请数为 2 件，与表格不符：第一项/总计 = 3，或 第一项/总计+第二项/总计 = 3+0 = 3") in [
        f[:3] for f in found]
    assert sorted(found) == sorted(corpus_findings(corpus_file("r05")))


def test_a_line_break_or_a_second_paragraph_inside_a_label_cell_is_one_label(tmp_path):
    base = _as_docx("r05", tmp_path)
    for habit in ("linebreak", "paragraphs"):
        out = tmp_path / f"r05-{habit}.docx"
        formathabits.apply(habit, base, out)
        cell = open_document(str(out)).tables[1].cell(1, 0)
        assert len(cell.paragraphs) == (2 if habit == "paragraphs" else 1)
        if habit == "linebreak":
            assert cell._tc.xml.count("<w:br/>") == 1
        read = readers.read(out).tables[1]
        assert read.at(1, 0).text.replace("\n", "") == "一、本年新收政府信息公开申请数量"
        assert sorted(corpus_findings(out)) == sorted(corpus_findings(corpus_file("r05")))


def test_a_caption_paragraph_above_each_table_is_no_section(tmp_path):
    base = _as_docx("r06", tmp_path)
    out = tmp_path / "r06-caption.docx"
    formathabits.apply("caption", base, out)
    texts = [p.text for p in open_document(str(out)).paragraphs]
    assert texts.count("表1") == texts.count("表2") == 1
    assert sorted(corpus_findings(out)) == sorted(corpus_findings(corpus_file("r06")))
