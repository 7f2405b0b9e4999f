"""Where a text stops in section 一 on a line that ends as a name ends: a crawler's cut (RL209, the missing sections
untold) or the end of a draft signed by its office (RL201 for each section it lacks).  Both cannot always be told from
the text alone; what tells them apart in the corpus: the stored pages cut on such a line (r1704's ``做好维护街道`` under
the heading ``(四)政府信息公开平台建设``, r1706's ``…1761件,答复政府``, a sentence's fragment) end on the first words of a
paragraph or inside a sentence, and none of the corpus's pages ends on a name alone under a whole sentence — which is
how a draft signed with its office's name ends.  So a name alone (no mark of a sentence, no digit) under a paragraph
whose last sentence is whole ends the report; under a heading, or with a sentence's mark, it is still a cut.  The real
cut pages' own findings are pinned by test_heldout_bj_real."""

from __future__ import annotations

import docx
import pytest

from realcorpus import changed, corpus, findings

_CUT = "2023年,杨浦区共受理政府信息公开申请1761件,答复政府"  # r1706 (上海市杨浦区 2023): the page stops here
_WHOLE = "2023年,杨浦区共受理政府信息公开申请1761件,答复政府信息公开申请1761件。\n\n"
_NAME = "上海市杨浦区人民政府办公室"
_MISSING = [("error", f"缺少第{n}部分“{title}”") for n, title in (
    ("三", "三、收到和处理政府信息公开申请情况"), ("二", "二、主动公开政府信息情况"), ("五", "五、存在的主要问题及改进情况"),
    ("六", "六、其他需要报告的事项"), ("四", "四、政府信息公开行政复议、行政诉讼情况"))]


def _cut_at(last: str) -> list[tuple[str, str]]:
    return [("warning", f"文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“{last}”），其后的章节和表格未检查")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_draft_signed_with_its_offices_name_after_section_one_lacks_the_other_sections(tmp_path, suffix):
    # before (slice bj, audit14): read as a cut, RL209 and no RL201 — the draft's five missing sections untold
    path = changed(tmp_path, "r1706", _CUT, _WHOLE + _NAME)
    path = path.rename(path.with_suffix(suffix))
    assert findings(path, "RL209") == []
    assert findings(path, "RL201") == _MISSING
    assert findings(path, "RL205") == [("warning", "第一部分未涉及“政府信息管理”“政府信息公开平台建设”“监督保障”")]


def test_a_word_draft_so_signed_lacks_them_too(tmp_path):
    # a Word file is whole: its draft's missing sections were reported before as now
    text = changed(tmp_path, "r1706", _CUT, _WHOLE + _NAME).read_text(encoding="utf-8")
    document = docx.Document()
    for line in (x for x in text.split("\n") if x.strip()):
        document.add_paragraph(line)
    path = tmp_path / "r1706.docx"
    document.save(str(path))
    assert findings(path, "RL209") == []
    assert findings(path, "RL201") == _MISSING


@pytest.mark.parametrize(("ending", "last"), [
    ("(三)政府信息管理\n\n" + _NAME, _NAME),  # a name where the heading's paragraph starts: its first words, cut
    (_NAME + ",", _NAME + ","),  # a mark of a sentence: a fragment, not a signature
    ("区政府办公室认真落实", "区政府办公室认真落实"),  # a paragraph's first words
])
def test_a_name_like_line_that_is_no_signature_is_still_a_cut(tmp_path, ending, last):
    path = changed(tmp_path, "r1706", _CUT, _WHOLE + ending)
    assert findings(path, "RL201") == []
    assert findings(path, "RL209") == _cut_at(last)


@pytest.mark.parametrize(("prefix", "last"), [("r1704", "做好维护街道"), ("r1706", "受理政府信息公开申请1761件,答复政府")])
def test_the_real_pages_cut_on_a_name_like_line_stay_cut(prefix, last):
    assert findings(corpus(prefix), "RL201") == []
    assert findings(corpus(prefix), "RL209") == _cut_at(last)
