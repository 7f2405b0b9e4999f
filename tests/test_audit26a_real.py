"""Audit of the fifteenth round's readings, part 1 (slices cu, cr, cv): copies of real corpus texts written in wordings
the corpus lacks but real reports use.  Each test here fails on integ (the wave's start) unless it says it holds there:

- RL707 (``checks/prose/balanceoutcomes.other_outcomes``, r2373 燕郊高新区 2023): an outcome counted as none silenced the
  balance only when written ``申请撤回0件``; ``撤回申请的件数为0``, ``申请撤回:零件``, ``终止办理0件``, ``无申请撤回`` — each a zero
  as plain — still silenced it, a copy one short **missed**;
- RL701 (``text/sumlevels``, r2360 邢台市 2023): levels run together before their count (``市县两级``, Traditional ``市縣兩級``)
  were not read as named, a copy one short **missed**; a part opening on 市民 was taken for the city's level (a copy one
  short warned where nothing says the list is whole — a **false** finding);
- RL701 (``text/summarkers.markers``, r2314 安泰街道 2024): 分别为 after its own subjects (``2023年、2022年分别为5条、4条``:
  the values of those years) was read as opening a list of the count before it, a **false** error."""

from __future__ import annotations

import pytest

from realcorpus import changed, edit, findings

_R2373_SHORT = ("error", "文中申请数不平衡：新收 93 件，但办结 92 + 结转下年 0 = 92 件，少 1 件（上年结转不能为负）")


@pytest.mark.parametrize("none", ["撤回申请的件数为0", "申请撤回:零件", "申请撤回共0件", "终止办理0件", "終止辦理〇件",
                                  "无申请撤回", "没有申请人主动撤回的情况"])
def test_r2373_an_outcome_counted_as_none_in_other_words(tmp_path, none):
    path = changed(tmp_path, "r2373", "当年办结93件", "当年办结92件")
    edit(path, "申请撤回0件", none)
    assert findings(path, "RL707") == [_R2373_SHORT]


@pytest.mark.parametrize("some", ["申请撤回1件", "申请撤回10件", "终止办理3件", "无法提供1件,申请撤回1件"])
def test_r2373_an_outcome_that_counts_some_still_silences(tmp_path, some):
    """Holds on integ: 92 closed and one withdrawn may make the 93 — nothing is proved wrong."""
    path = changed(tmp_path, "r2373", "当年办结93件", "当年办结92件")
    edit(path, "申请撤回0件", some)
    assert findings(path, "RL707") == []


_R2360_SHORT = ("warning", "句中写明合计由这几部分构成，但各分项之和与合计不符：89289+13993 = 103282，写明的合计为 103283 条，少 1 条")


@pytest.mark.parametrize("levels", ["市县两级政府信息公开平台", "市縣兩級政府信息公开平台"])
def test_r2360_levels_run_together_before_their_count(tmp_path, levels):
    path = changed(tmp_path, "r2360", "发布13994条", "发布13993条")
    edit(path, "市、县政府信息公开平台", levels)
    assert findings(path, "RL701") == [_R2360_SHORT]


@pytest.mark.parametrize("levels", ["市县政府信息公开平台", "县乡两级政府信息公开平台", "市县乡三级政府信息公开平台"])
def test_r2360_levels_not_named_or_not_the_parts(tmp_path, levels):
    """Holds on integ: 市县 alone (县区, 乡镇 read so would be two levels), levels other than the parts', or three levels
    for two parts — a highlight, silent."""
    path = changed(tmp_path, "r2360", "发布13994条", "发布13993条")
    edit(path, "市、县政府信息公开平台", levels)
    assert findings(path, "RL701") == []


def test_r2360_a_part_on_the_citys_residents_is_no_level(tmp_path):
    path = changed(tmp_path, "r2360", "发布13994条", "发布13993条")
    edit(path, "市政府各部门发布", "市民留言")
    assert findings(path, "RL701") == []


_R2314_LIST = "共计公开政府信息6条,分别是机构职能类信息1条,其他应当主动公开的政府信息5条。"


@pytest.mark.parametrize("other", ["共计公开政府信息6条,2023年、2022年分别为5条、4条。",
                                   "共计公开政府信息6条,网站和公众号发布的分别为5条和4条。"])
def test_r2314_each_after_its_own_subjects_opens_no_list(tmp_path, other):
    assert findings(changed(tmp_path, "r2314", _R2314_LIST, other), "RL701") == []


@pytest.mark.parametrize("opening", ["6条,分别为:", "6条:分别是", "六条,分别是"])
def test_r2314_each_opening_its_clause_still_opens_the_list(tmp_path, opening):
    """Holds on integ (and must go on holding): 分别是/分别为 right after the count open its list."""
    path = changed(tmp_path, "r2314", "6条,分别是", opening)
    edit(path, "其他应当主动公开的政府信息5条", "其他应当主动公开的政府信息6条")
    assert findings(path, "RL701") == [("error", "文中合计不成立：1+6 = 7，但写明的合计为 6 条，各分项之和多出 1 条")]


_R2300_CLOSED = ("warning", "文中各分项之和与合计不符：14+4+5+3+6 = 32，写明的合计为 33 件，少 1 件")


@pytest.mark.parametrize("carried", ["剩余2件正在办理中", "2件结转至2024年办理", "尚有2件结转到2024年度办理"])
def test_r2300_the_rest_still_open_in_other_words(tmp_path, carried):
    """On integ a false error (34 of 33): the rest told as in progress or carried to a year by its number was read as a
    sixth part of the closed (``text/sumextent`` now reads text/sumbreakdowns.STILL_OPEN, one list of what is open)."""
    assert findings(changed(tmp_path, "r2300", "剩余2件结转下一年度办理", carried), "RL701") == [_R2300_CLOSED]


def test_r2300_outcomes_short_of_the_closed_made_up_by_the_carried_over(tmp_path):
    """On integ silent: 31 outcomes and 2 carried make 33, the count of the closed — but the carried-over are no part of
    it, so the outcomes fall 2 short, as when nothing adds up."""
    assert findings(changed(tmp_path, "r2300", "告知补正6件", "告知补正5件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：14+4+5+3+5 = 31，写明的合计为 33 件，少 2 件")]
    # the outcomes making the 33 themselves: nothing wrong, as on integ
    assert findings(changed(tmp_path, "r2300", "告知补正6件", "告知补正7件"), "RL701") == []


_R2385_MADE = "共制发政府信息130件,其中主动公开18件,不予公开112件"


def test_r2385_public_and_not_told_count_first(tmp_path):
    """On integ missed: ``其中18件主动公开,112件不予公开`` named nothing before its counts."""
    assert findings(changed(tmp_path, "r2385", _R2385_MADE, "共制发政府信息131件,其中18件主动公开,112件不予公开"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：18+112 = 130，写明的合计为 131 件，少 1 件")]
    # count first, the second part a kind of document in a remark's company: a highlight, silent
    other = "共制发政府信息131件,其中18件主动公开,112件为规范性文件"
    assert findings(changed(tmp_path, "r2385", _R2385_MADE, other), "RL701") == []


def test_r2385_outcomes_of_applications_are_no_disclosure_attributes(tmp_path):
    """On integ a false warning: two outcomes of a count of applications (已主动公开的告知, 不予公开) read as the attributes
    that split what was made."""
    text = _R2385_MADE + ";收到申请20件,其中主动公开后告知10件,不予公开5件"
    assert findings(changed(tmp_path, "r2385", _R2385_MADE, text), "RL701") == []


_R2381_INNER = "二是充分利用医保中心便民大厅,公开办事方式和办事流程,让群众了解办理方式。"
_R2381_LONG = "二是充分利用医保中心便民大厅,公开办事方式和办事流程,三是公开服务电话,四是公开投诉渠道,五是公开办理时限。"


@pytest.mark.parametrize("inner", [_R2381_LONG, _R2381_LONG.replace("时限。", "时限,六是公开监督电话。")])
def test_r2381_an_inner_list_as_long_as_the_points(tmp_path, inner):
    """On integ a false RL706: 四是's paragraph holding a list 一是…五是 (or …六是) of its own, the next paragraph's 五是 was
    read after the inner 五是 — a repeat — not after 四是."""
    path = changed(tmp_path, "r2381", _R2381_INNER, inner)
    assert findings(path, "RL706") == []
    assert findings(path, "RL705") == []


def test_r2381_a_point_skipped_after_a_long_inner_list(tmp_path):
    """On integ missed: 六是 after 四是's paragraph whose inner list reached 五是 read as going on from it."""
    path = changed(tmp_path, "r2381", _R2381_INNER, _R2381_LONG)
    edit(path, "五是督察", "六是督察")
    assert findings(path, "RL705") == [("warning", "编号不连续：“四是”之后是“六是”，缺少“五是”")]


def test_r2381_a_paragraph_going_on_with_its_own_points(tmp_path):
    """Holds on integ: 五是…六是 run on inside one paragraph, the next opens on 七是 — one list, nothing restarted."""
    path = changed(tmp_path, "r2381", "一是依托政府门户网站", "五是依托政府门户网站")
    edit(path, "二是充分利用", "六是充分利用")
    edit(path, "五是督察", "七是督察")
    assert findings(path, "RL705") == []
    assert findings(path, "RL706") == []


@pytest.mark.parametrize("cut", ["为贯彻落实市政府办公厅", "在区政务和大数据局", "按市政务和大数据局", "经区政务和大数据局",
                                 "积极配合区政务和大数据局", "及时向区政务和大数据局"])
def test_r2394_other_first_words_of_a_sentence_are_no_signature(tmp_path, cut):
    """On integ five false RL201: a cut line opening on 为贯彻, 积极, or a one-character preposition before a body's level
    (在区…, 按市…) was taken for the signature of a whole text (``text/clauseopeners``)."""
    path = changed(tmp_path, "r2394", "按照政务和大数据局", cut)
    assert findings(path, "RL201") == []
    assert [s for s, _ in findings(path, "RL209")] == ["warning"]


@pytest.mark.parametrize("name", ["经开区教育局", "向阳区教育局", "市教育局"])
def test_r2394_a_name_opening_like_a_preposition_still_signs(tmp_path, name):
    """Holds on integ: 经开区, 向阳区 are places — the name signs a text that stops after 一, which lacks the rest."""
    assert len(findings(changed(tmp_path, "r2394", "按照政务和大数据局", name), "RL201")) == 5
