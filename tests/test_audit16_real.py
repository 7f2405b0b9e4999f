"""The audit of this round's later readings (audit16: heldout-bn, tprobe14, formatprobe, carryprose), each read against
plausible real wordings it was not tuned on.  Two read too much and are narrowed:

- heldout-bn's page number first (``- 2 -``, ``第2页 共8页``): a text opening on a later page's number was taken to start
  inside the report, so a section missing before its first found one was excused — but a Word export whose cover page
  was dropped opens on ``- 2 -`` and then the report's own opening (its title, ``现公布…年度报告``): the report starts
  there, and a missing 一 is RL201;
- carryprose (and RL707, one reading of the words): a count after a clause that tells a change (``较上年结转减少2件``,
  ``结转下年度的申请比上年增加2件``) was read as the carried figure, a false RL901 against last year's report.

The readings found right are pinned as they are: a page 1 number first, a bare count first, the page-4 fragment
(r1770, its own tests), a .docx whose title is a plain centred paragraph (judged as the text's first line), and the
prose carry readings below.  Real texts are copied and changed in a tmp folder."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from conftest import corpus_file
from realcorpus import changed, findings
from reportlint.analysis.carried import read_carried
from reportlint.analysis.cut import page_number
from reportlint.analysis.identify import identify
from reportlint.readers import read
from test_crossyear_prose import IN_2024, crossdoc_of, folder_of

# --- heldout-bn: a page number first, then the report's opening (analysis/structure._opens_report) ------------------

# r21 (浑南区国资局 2022): its agency on line 1, then its opening sentence (现公布…年度报告), then 一、总体情况
_R21_ONE = "一、总体情况\n"
_MISSING_ONE = [("error", "缺少第一部分“一、总体情况”")]


def _without_one(tmp_path: Path, first_line: str) -> Path:
    path = changed(tmp_path, "r21", _R21_ONE, "")
    path.write_text(first_line + path.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.parametrize("first_line", ["- 2 -\n", "第2页 共8页\n", "－ 2 －\n", "第2页\n", "- 1 -\n", "第1页 共8页\n", "2\n", ""])
def test_a_page_number_before_the_reports_opening_excuses_no_missing_section(tmp_path, first_line):
    path = _without_one(tmp_path, first_line)
    assert page_number(read(path)) is None
    assert findings(path, "RL201") == _MISSING_ONE


def test_a_page_number_before_a_later_pages_content_is_still_a_later_page(tmp_path):
    # r1770: page 4 of a PDF's text, 二's tables then 三 — no title, no opening: 一 and 二's start are on earlier pages
    assert page_number(read(corpus_file("r1770"))) == 4
    assert findings(corpus_file("r1770"), "RL201") == []


# --- formatprobe: a WPS draft's title a plain centred paragraph in a big font (no Title style, no heading, not bold) ---

@pytest.mark.parametrize("title", [
    ("沈阳市浑南区人民政府国有资产监督管理局2022年政府信息公开工作年度报告",),
    ("沈阳市浑南区人民政府国有资产监督管理局", "2022年政府信息公开工作年度报告"),
    ("沈陽市渾南區人民政府國有資產監督管理局2022年政府信息公開工作年度報告",),
])
def test_a_plain_centred_title_paragraph_is_read_as_the_texts_first_line(tmp_path, title):
    body = [line for line in corpus_file("r21").read_text(encoding="utf-8").split("\n")[1:] if line.strip()]
    document = docx.Document()
    for line in title:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).font.size = Pt(22)
    for line in body:
        document.add_paragraph(line)
    document.save(tmp_path / "draft.docx")
    (tmp_path / "draft.txt").write_text("\n".join([*title, *body]), encoding="utf-8")
    word, text = (identify(read(tmp_path / name)) for name in ("draft.docx", "draft.txt"))
    assert (word.title.value, word.year.value, word.agency.value, word.level.value) == (
        text.title.value, 2022, "沈阳市浑南区人民政府国有资产监督管理局", text.level.value)
    assert word.title.value == "".join(title)


# --- carryprose: a count after a change is a difference, not the carried figure (text/applicationroles._CHANGE) ------

def _said(tmp_path: Path, sentence: str, year: int = 2023) -> dict[str, int]:
    path = tmp_path / "report.txt"
    path.write_text(f"{year}年度政府信息公开工作年度报告\n\n一、总体情况\n\n{sentence}\n", encoding="utf-8")
    return {role: int(c.value) for role, c in read_carried(read(path), year).items()}


@pytest.mark.parametrize("sentence", [
    "较上年结转减少2件。",
    "结转下年度继续办理的申请比上年减少2件。",
    "上年结转申请比上年增加2件。",
    "结转下年度办理的申请同比增长2件。",
    "本年度共收到申请12件,较上年结转的3件增加9件。",
])
def test_a_change_in_the_carried_figure_is_not_the_figure(tmp_path, sentence):
    assert _said(tmp_path, sentence) == {}


@pytest.mark.parametrize(("sentence", "said"), [
    ("上年结转的3件申请已全部办结。", {"carried_in": 3}),
    ("结转下年度办理的2件已于2024年1月办结。", {"carried_out": 2}),
    ("上年度结转申请0件、本年新收12件。", {"carried_in": 0}),
    ("上年结转1件(系2022年度结转)。", {"carried_in": 1}),
    ("行政复议结转1件。", {}),
    ("结转下年度两件。", {"carried_out": 2}),
    ("本年度收到申请10件，上年结转２件，结转下年度１件。", {"carried_in": 2, "carried_out": 1}),
    ("上年结转 3 件,结转下年度 2 件。", {"carried_in": 3, "carried_out": 2}),
    ("全年共办理申请15件(含上年结转3件)。", {"carried_in": 3}),
    ("予以公开6件(含上年结转2件)。", {}),
    ("较上年增加2件,上年结转申请3件。", {"carried_in": 3}),
])
def test_the_carried_figures_said_plainly_are_read(tmp_path, sentence, said):
    assert _said(tmp_path, sentence) == said


def test_a_sentence_about_last_years_report_is_not_this_years_figure(tmp_path):
    assert _said(tmp_path, "2023年度报告显示,结转下年度3件。", 2024) == {}


def test_a_change_in_the_carry_in_makes_no_false_rl901(tmp_path):
    # r1572 (2023) carried out 7; r1573 (2024) said with a change in place of its carry-in: no figure, no RL901 —
    # read as a carry-in of 2 it was a false RL901 (7 ≠ 2)
    later = changed(tmp_path, "r1573", IN_2024, "办结367件,上年结转申请较上年减少2件")
    assert "carried_in" not in read_carried(read(later), 2024)
    assert [f[0] for f in crossdoc_of(folder_of(tmp_path, corpus_file("r1572"), later))[later.name]] == ["RL903"]
