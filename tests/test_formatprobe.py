"""A report's findings do not depend on its format: benchmarks/formatprobe.py on three real reports, and the two
reader causes it found, each on a real report written as a Word file (python-docx) by the probe's writer.

- A .docx whose first paragraph is a sentence naming the report (根据…，现公布区统计局2023年…年度报告。本报告由…)
  took that whole sentence as its title: the .docx reader named any first paragraph holding 报告 the title.  The
  reader now names only what Word marks a title (the Title style); identify judges the opening's paragraphs as it
  judges a text's lines (r04: "标题行缺失，按正文中的…识别", as in the text).
- A .docx opening with a web page's metadata table (``标题: | 山头街道办事处2020年…年度报告``) had no title: identify
  stopped at a .docx's first table, where it reads a text's metadata rows (r711: the agency, a 街道, is then known
  and its 规章 are RL506, as in the text).
"""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import corpus_file, corpus_findings
from realcorpus import changed
from reportlint import readers
from reportlint.analysis.identify import find_title

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import formatprobe  # noqa: E402  (benchmarks/formatprobe.py)


def _as_docx(text: Path, out: Path, heading_styles: bool = False) -> Path:
    doc, bound = formatprobe.model(text)
    formatprobe.to_docx(doc, bound, out, heading_styles=heading_styles)
    return out


def test_three_real_reports_give_the_same_findings_in_docx_and_markdown(tmp_path):
    # r05 (a 2021-form report stopping in section 三), r04 and r711 (the two causes below)
    report = formatprobe.probe(formatprobe.documents(["r04", "r05", "r711"]), None, tmp_path)
    assert report["read"] == 3
    assert report["lost"] == []
    for fmt in ("docx", "md"):
        assert report["formats"][fmt] == {"identical": 3, "differing": 0, "causes": {}}


def test_a_first_paragraph_that_is_a_sentence_is_no_title_in_a_word_file(tmp_path):
    for heading_styles in (False, True):  # bold paragraphs, Word's Heading styles
        path = _as_docx(corpus_file("r04"), tmp_path / f"r04-{heading_styles}.docx", heading_styles)
        doc = readers.read(path)
        assert doc.title is None
        title, how, where = find_title(doc)
        assert (title, how, where.paragraph) == ("区统计局2023年政府信息公开工作年度报告", "sentence", 1)
        found = corpus_findings(path)
        assert ("RL103", "info", "标题行缺失，按正文中的“区统计局2023年政府信息公开工作年度报告”识别为政府信息公开工作年度报告"
                "（2021年版格式）") in found
        assert sorted(found) == sorted(corpus_findings(corpus_file("r04")))


def test_a_title_line_above_the_sentence_is_the_title_in_text_and_word_alike(tmp_path):
    # The same report with its title written on a line of its own above the sentence: the line is the title.
    text = changed(tmp_path, "r04", "根据《中华人民共和国政府信息公开条例》规定,现公布",
                   "区统计局2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定,现公布")
    path = _as_docx(text, tmp_path / "titled.docx")
    title, how, where = find_title(readers.read(path))
    assert (title, how, where.paragraph) == ("区统计局2023年政府信息公开工作年度报告", "line", 1)
    found = corpus_findings(path)
    assert [f for f in found if f[0] == "RL103"] == []
    assert sorted(found) == sorted(corpus_findings(text))


def test_a_title_in_a_metadata_table_opening_a_word_file_is_the_title(tmp_path):
    path = _as_docx(corpus_file("r711"), tmp_path / "r711.docx")
    title, how, where = find_title(readers.read(path))
    assert (title, how, (where.table, where.row, where.col)) == ("山头街道办事处2020年政府信息公开工作年度报告", "line",
                                                                 (1, 1, 2))
    found = corpus_findings(path)
    assert ("RL506", "warning", "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是"
            "街道办事处（依据机关名称“山头街道办事处”）（规章/本年新公开数量 = 1，规章/对外公开总数量 = 1）") in found
    assert [f for f in found if f[0] == "RL103"] == []
    assert sorted(found) == sorted(corpus_findings(corpus_file("r711")))


def test_a_metadata_row_without_its_title_field_is_read_alike_in_text_and_word(tmp_path):
    # "标题 |" without its colon is a page's row, not the field giving the title: the opening goes on, in the
    # text's lines and in the Word table's rows alike (what identify then makes of the opening is the same).
    text = changed(tmp_path, "r711", "标题: |", "标题 |")
    path = _as_docx(text, tmp_path / "untitled.docx")
    assert find_title(readers.read(path))[:2] == find_title(readers.read(text))[:2]
    assert sorted(corpus_findings(path)) == sorted(corpus_findings(text))
