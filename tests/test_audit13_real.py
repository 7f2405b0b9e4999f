"""The audit of the tenth round's later readings (audit13): each read against what other real reports plausibly write
in the same place.  A bare date line yields to a labelled publication date only while it is the page's chrome — a date
line signing the writer's prose above it (a cover letter, r1553) is the writer's, and a 发布日期 below it may be a
mirror's repost; a trailing total in 条/篇 equal to one part restates the items counted once over the channels only
when no part passes it; the website's form (以网站形式) is a remark on the part before only when that part names no form
of its own.  The real texts are copied and changed in a tmp folder; the real texts' own findings are pinned by the
slices' tests (test_heldout_bc_real, test_probe12_real)."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings, shapes
from test_probe12_real import R1255, in_place_of, located

# --- a bare date line signing the writer's prose (r1553, 福州市防震减灾中心 2020: a cover letter above the report) --------

_R1553_TITLE = "福州市防震减灾中心2020年政府信息公开年度报告\n"
_REPOST = _R1553_TITLE + "发布日期:2021-06-10 来源:福州市人民政府\n"  # a portal reposting the report months later
_LETTER = "根据《中华人民共和国政府信息公开条例》要求,我中心编制完成了《福州市防震减灾中心2020年政府信息公开年度报告》,现予报送。\n"


def test_the_real_letters_date_is_the_reports():
    assert findings(corpus("r1553"), "RL602") == []
    assert findings(corpus("r1553"), "RL603") == []


def test_a_reposts_publication_date_below_the_signed_date_is_not_the_reports(tmp_path):
    # before the audit the bare line 2021年1月14日 yielded to the repost's date: RL603 "2021-06-10 晚于法定期限 2021-01-31"
    path = changed(tmp_path, "r1553", _R1553_TITLE, _REPOST)
    assert findings(path, "RL602") == []
    assert findings(path, "RL603") == []


def test_the_signed_date_in_the_wrong_year_is_still_an_error_above_a_repost(tmp_path):
    path = changed(tmp_path, "r1553", _R1553_TITLE, _REPOST)
    path.write_text(path.read_text(encoding="utf-8").replace("2021年1月14日\n", "2020年1月14日\n"), encoding="utf-8")
    assert findings(path, "RL602") == [("error", "报告日期 2020-01-14 不在 2021 年：2020 年度报告应在 2021 年发布")]


def test_with_no_prose_above_the_bare_date_line_the_labelled_publication_date_is_read(tmp_path):
    # the letter's sentence gone, the date line is chrome again (as r1554's): the labelled 发布日期 is the report's
    path = changed(tmp_path, "r1553", _R1553_TITLE, _REPOST)
    path.write_text(path.read_text(encoding="utf-8").replace(_LETTER, ""), encoding="utf-8")
    assert findings(path, "RL603") == [
        ("error", "报告日期 2021-06-10 晚于法定期限 2021-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


# --- a trailing total in 条/篇 equal to one part, another part over it (text/sumchannels, ``PUBLISHED``) ----------------------

# probe12 silenced ``网站发布3200条,微信发布1500条,共发布信息3200条`` (the items counted once over the channels); the same
# silence hid a total copied from the first part when a later part passes it — no channel has more items than all.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年度网站发布信息1200条,微信发布2000条,共发布信息1200条。",
     (13, "error", "文中合计不成立：1200+2000 = 3200，但写明的合计为 1200 条，各分项之和多出 2000 条")),
    ("本年度网站发布信息3200条,微信发布3500条,共发布信息3200条。",
     (13, "error", "文中合计不成立：3200+3500 = 6700，但写明的合计为 3200 条，各分项之和多出 3500 条")),
    ("本年度门户网站发布信息50篇,微信转发80篇,共计发布50篇。",
     (13, "error", "文中合计不成立：50+80 = 130，但写明的合计为 50 篇，各分项之和多出 80 篇")),
])
def test_a_trailing_total_equal_to_one_part_with_a_part_over_it_is_found(tmp_path, sentence, expected):
    assert located(in_place_of(tmp_path, "r1255", R1255, sentence), "RL701") == [expected]


def test_a_trailing_total_counting_the_items_once_still_says_nothing(tmp_path):
    sentence = "本年度网站发布信息3200条,微信发布1500条,共发布信息3200条。"
    assert shapes(sentence) == []
    assert located(in_place_of(tmp_path, "r1255", R1255, sentence), "RL701") == []


# --- forms of publishing side by side (text/sumremarks, ``FORM``; r1566, 厦门市发改委 2019) ----------------------------

_R1566 = "2048条"  # the line of r1566's count of the items made, broken down with a 全文电子化 remark


def test_forms_side_by_side_that_add_up_say_nothing(tmp_path):
    # before the audit 以网站形式公开80条 was a remark: 10+10 = 20 of 100, closed by 其他 — a false error
    sentence = "本年度主动公开政府信息100条,其中以政府公报形式公开10条,以网站形式公开80条,以其他形式公开10条。"
    assert shapes(sentence) == [(100, [10, 80, 10], "other")]
    assert located(in_place_of(tmp_path, "r1566", _R1566, sentence), "RL701") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年度主动公开政府信息100条,其中以政府公报形式公开10条,以网站形式公开81条,以其他形式公开10条。",
     (8, "error", "文中合计不成立：10+81+10 = 101，但写明的合计为 100 条，各分项之和多出 1 条")),
    # before the audit: 40 alone, no statement
    ("本年度主动公开政府信息100条,其中以公开栏形式发布40条,以网站形式发布61条。",
     (8, "error", "文中合计不成立：40+61 = 101，但写明的合计为 100 条，各分项之和多出 1 条")),
])
def test_a_wrong_part_among_forms_side_by_side_is_found(tmp_path, sentence, expected):
    assert located(in_place_of(tmp_path, "r1566", _R1566, sentence), "RL701") == [expected]


def test_the_website_form_after_a_part_naming_none_is_still_a_remark():
    # r1566's own wording with the website's form in place of 全文电子化: a count of the 711 items, no part
    sentence = "政府信息2048条,其中主动公开文件711条,以网站形式公开711条,作为可依申请公开文件609条,不予公开文件728条。"
    assert shapes(sentence) == [(2048, [711, 609, 728], None)]
