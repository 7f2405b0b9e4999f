"""The audit of the prose leftovers' readings (audit11): each new reading read against sentences other real reports
write in the same construction.  A count of what was handled is the whole's, not a 其中 part's nor a consultation's;
a total after its parts that names what stands at the year's end (现行有效) is no sum of them; a withdrawal or a merge
said beside RL707's terms leaves the bound on 新收 unsaid; a change is no total of a lone part.  The real texts are
copied and changed in a tmp folder; the real texts' own findings are pinned by the tests of the prose leftovers."""

from __future__ import annotations

import pytest

from realcorpus import changed, findings, shapes

# r1340 (崇川区数据局 2025): the paragraph's one count of what was handled is 17 (均在法定期限内办结)
_R1340 = "申请17件,均在法定期限内办结。"
# r1355 (燕郊高新区 2025): 收到…申请55件。当年办结53件,结转至2026年办理2件,申请撤回0件,…
_R1355 = "申请55件。当年办结53件,结转至2026年办理2件,申请撤回0件,"
# r1176 (崇明区 2024): the year's 23 and 11, then a stock over the years (累计), no sum
_R1176 = "累计公开现行有效规范性文件67件"
# r1384 (罗源县发展和改革局 2024): the real sentence, whose one part (36) is a highlight of the 242
_R1384 = "主动公开政府信息242条,其中通过政府门户网站政府信息公开专栏公开36条"


@pytest.mark.parametrize("new", [
    # a part of the 其中 list after 17: those closed in time, not all the outcomes break down
    "申请17件,其中按期办结申请16件,延期办结1件。",
    # a count of consultations answered (答复…咨询): another subject beside the 17 applications
    "申请17件,电话答复申请人咨询20件。",
])
def test_outcomes_are_not_read_against_a_part_or_a_consultation_count(tmp_path, new):
    path = changed(tmp_path, "r1340", _R1340, new)
    assert [s for s in shapes(path.read_text(encoding="utf-8")) if s[1] == [2, 5, 8, 2]] == []
    assert findings(path, "RL701") == []


def test_outcomes_over_the_one_count_handled_are_still_found(tmp_path):
    # the same paragraph with 16 handled in the whole: 17 outcomes cannot hold
    path = changed(tmp_path, "r1340", _R1340, "申请16件,均在法定期限内办结。")
    assert findings(path, "RL701") == [("error", "文中合计不成立：2+5+8+2 = 17，但写明的合计为 16 件，各分项之和多出 1 件")]


@pytest.mark.parametrize("new", [
    # a 其中 of what was received, before 办结: the withdrawn are beside the closed, as r1355 writes 申请撤回 apart
    "申请55件,其中2件申请人主动撤回,当年办结51件,结转至2026年办理2件,",
    # applications merged and answered as one
    "申请55件,经合并办理,当年办结51件,结转至2026年办理2件,",
    # the withdrawal in the sentence after the terms
    "申请55件,当年办结51件,结转至2026年办理2件。另有2件因申请人主动撤回终止办理,",
])
def test_a_withdrawal_or_merge_beside_the_terms_leaves_the_bound_unsaid(tmp_path, new):
    assert findings(changed(tmp_path, "r1355", _R1355, new), "RL707") == []


@pytest.mark.parametrize("new", [
    "申请55件,当年办结51件,结转至2026年办理2件,",
    # the outcomes of the closed in the next sentence are no withdrawal beside them
    "申请55件,当年办结51件,结转至2026年办理2件。其中予以公开40件,其他处理11件,",
])
def test_new_applications_over_closed_and_carried_out_are_still_an_error(tmp_path, new):
    assert findings(changed(tmp_path, "r1355", _R1355, new), "RL707") == [
        ("error", "文中申请数不平衡：新收 55 件，但办结 51 + 结转下年 2 = 53 件，少 2 件（上年结转不能为负）")]


@pytest.mark.parametrize("new", ["共保留现行有效规范性文件27件", "共有现行有效规范性文件27件"])
def test_a_stock_after_the_years_counts_is_no_trailing_total(tmp_path, new):
    # the form's 现行有效件数 beside the year's 制发 (23) and 废止 (11): what stands, not their sum
    assert findings(changed(tmp_path, "r1176", _R1176, new), "RL701") == []


def test_a_trailing_total_of_the_years_counts_is_still_read(tmp_path):
    assert findings(changed(tmp_path, "r1176", _R1176, "共制发和废止规范性文件33件"), "RL701") == [
        ("error", "文中合计不成立：23+11 = 34，但写明的合计为 33 件，各分项之和多出 1 件")]


def test_a_lone_part_over_a_change_is_no_statement(tmp_path):
    # the change is the sentence's first count: the 其中 may speak of what was published, not of the increase
    path = changed(tmp_path, "r1384", _R1384, "主动公开政府信息较上年增加27条,其中,通过政府门户网站政府信息公开专栏公开28条")
    assert findings(path, "RL701") == []
    path = changed(tmp_path, "r1384", _R1384, "主动公开政府信息27条,其中,通过政府门户网站政府信息公开专栏公开28条")
    assert findings(path, "RL701") == [
        ("error", "文中分项大于其合计：“通过政府门户网站政府信息公开专栏公开”为 28 条，但写明的合计为 27 条，多出 1 条")]


# r873 (嵊泗县 2022): 共受理依申请公开7件(网上5、信函2),…其中予以公开5件,…无法提供2件,未发生…
_R873 = "全年,共受理依申请公开7件(网上申请5件、信函申请2件),均在法定期限内予以答复,其中予以公开5件,因本机关不掌握、没有现成信息等原因无法提供2件,未发生"
# the same written as one list ending its sentence, the outcomes (8) over the 7 received
_R873_ONE_LIST = "全年,共受理依申请公开7件,其中网上申请5件,信函申请2件,予以公开5件,部分公开1件,不予公开2件。未发生"


def test_outcomes_over_the_received_after_a_carry_in_end_the_channel_list(tmp_path):
    # the channels add up to 7 and the outcomes hold the carry-in the paragraph states: two breakdowns, no error
    path = changed(tmp_path, "r873", _R873, "上年结转申请1件。" + _R873_ONE_LIST)
    assert [s for s in shapes(path.read_text(encoding="utf-8")) if s[0] == 7] == [(7, [5, 2], None)]
    assert findings(path, "RL701") == []


def test_outcomes_over_the_received_with_no_carry_in_are_still_read_whole(tmp_path):
    path = changed(tmp_path, "r873", _R873, _R873_ONE_LIST)
    assert findings(path, "RL701") == [("error", "文中合计不成立：5+2+5+1+2 = 15，但写明的合计为 7 件，各分项之和多出 8 件")]
