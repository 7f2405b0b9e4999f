"""The twelfth round's open readings, second pass (branch leftover13), on copies of real corpus texts.

- A share named after a count by 属于 or 其中 (``…申请30件,属于涉企申请的4件,予以公开8件,…``), then the outcomes of the
  WHOLE count, was read as one list (4+8+17+2+3 = 34 of 30, a false RL701 error): one share naming no handling, then
  outcomes within the total, is a second breakdown of the total, not the share's list (``sumbreakdowns.before_outcomes``).
- r1959 (安阳县住建局 2025): ``…办理有69件,均为自然人申请。办理结果如下:予以公开35件;…;不属于政府信息1件;结转下年度继续
  办理1件`` — a copy one over whose outcomes before the carried-out part make 69 by chance was read as ending there
  (the carried part dropped as a later fact), so it was missed: of a total of what was handled (办理/处理) the carried on
  are a part (``sumextent._carried_of_handled``).
- RL611's year-end lead ``截至2023年12月31日,已办结8件`` in numerals (``截至二〇二三年十二月三十一日``) was not read: the
  year's last day in numerals is a year-end as the digit form is (``cndates.YEAR_END_DAYS``).
"""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings, shapes
from reportlint.text.yearleads import earlier_year_leads
from test_dateprobe_real import dated

# r1855 (普陀区绿化市容局 2025): ``共受理政府信息公开申请30件,其中予以公开8件,无法提供17件,不予公开2件,申请人主动撤销3件``
R1855 = "申请30件,其中予以公开8件,无法提供17件"


def _rl701(tmp_path, new: str) -> list[tuple[str, str]]:
    return findings(changed(tmp_path, "r1855", R1855, new), "RL701")


def test_r1855_as_published_adds_up():
    assert findings(corpus("r1855"), "RL701") == []


@pytest.mark.parametrize("share", ["属于涉企申请的4件", "其中涉企申请的4件", "其中涉企申请4件"])
def test_a_share_then_the_whole_counts_outcomes_is_no_list_of_the_share(tmp_path, share):
    # 8+17+2+3 = 30 are the outcomes of all 30; the 4 is a share of them (a false error 4+8+17+2+3 = 34 before)
    assert _rl701(tmp_path, f"申请30件,{share},予以公开8件,无法提供17件") == []


@pytest.mark.parametrize("share", ["属于涉企申请的4件", "其中涉企申请的4件"])
def test_outcomes_over_the_whole_after_a_share_are_still_an_error(tmp_path, share):
    assert _rl701(tmp_path, f"申请30件,{share},予以公开10件,无法提供17件") == [
        ("error", "文中合计不成立：4+10+17+2+3 = 36，但写明的合计为 30 件，各分项之和多出 6 件")]


def test_outcomes_over_the_whole_with_no_share_are_an_error(tmp_path):
    assert _rl701(tmp_path, "申请30件,其中予以公开9件,无法提供17件") == [
        ("error", "文中合计不成立：9+17+2+3 = 31，但写明的合计为 30 件，各分项之和多出 1 件")]


@pytest.mark.parametrize("part", ["申请人撤回4件", "重复申请4件"])
def test_a_part_that_is_itself_an_outcome_stays_one_of_the_list(tmp_path, part):
    # withdrawn, or a reason of 不予处理's: one more outcome, no share — the list over 30 is found as before
    assert _rl701(tmp_path, f"申请30件,其中{part},予以公开8件,无法提供17件") == [
        ("error", "文中合计不成立：4+8+17+2+3 = 34，但写明的合计为 30 件，各分项之和多出 4 件")]


@pytest.mark.parametrize(("text", "expected"), [
    # the share's own outcomes, bound to it by a nested 其中 or by 中: read against the share
    ("收到申请17件,其中涉企申请的5件,其中予以公开3件,部分公开3件。", [(5, [3, 3], None)]),
    ("收到申请17件,其中涉企申请的5件中,予以公开3件,部分公开3件。", [(5, [3, 3], None)]),
    # outcomes after a share with nothing binding them: the whole's (within 17), whether or not they would fit the share
    ("收到申请17件,属于涉企申请的5件,予以公开10件,部分公开3件,不予公开4件。", []),
    ("收到申请17件,其中涉企申请的5件,予以公开10件,部分公开3件,不予公开4件。", []),
    ("收到申请17件,其中涉企申请的5件,予以公开3件,部分公开3件。", []),
    # over the whole: wrong either way, read whole
    ("收到申请17件,属于涉企申请的5件,予以公开10件,部分公开3件,不予公开5件。", [(17, [5, 10, 3, 5], None)]),
    # the applications named in full in the share: still a share
    ("收到申请17件,其中涉企政府信息公开申请5件,予以公开10件,部分公开3件,不予公开4件。", []),
    # disclosed in other words (同意公开, r1431's): an outcome, one list with the others (19 over 17)
    ("收到申请17件,其中依申请同意公开5件,部分公开10件,不予公开4件。", [(17, [5, 10, 4], None)]),
    # a channel, as before (summarkers.SUBSETS)
    ("收到申请20件,其中网上申请15件,予以公开12件,不予公开8件。", []),
])
def test_where_a_shares_list_ends(text, expected):
    assert shapes(text) == expected


# r1959 (安阳县住建局 2025), line 5: 35+1+2+29+1+1 = 69, the carried-on 1 last
R1959 = "由于本机关不掌握相关政府信息而无法提供29件"


def test_r1959_as_published_adds_up():
    assert findings(corpus("r1959"), "RL701") == []


@pytest.mark.parametrize(("old", "new", "parts", "over"), [
    # 35+1+2+30+1 = 69 before the carried-on part: read on to it now (was silent)
    (R1959, R1959.replace("29件", "30件"), "35+1+2+30+1+1 = 70", 1),
    ("予以公开35件", "予以公开34件;部分公开2件", "34+2+1+2+29+1+1 = 70", 1),
    # no prefix adding up: found before too
    ("结转下年度继续办理1件", "结转下年度继续办理2件", "35+1+2+29+1+2 = 70", 1),
    ("予以公开35件", "予以公开38件", "38+1+2+29+1+1 = 72", 3),
])
def test_r1959_copies_over_the_handled_total_are_found(tmp_path, old, new, parts, over):
    assert findings(changed(tmp_path, "r1959", old, new), "RL701") == [
        ("error", f"文中合计不成立：{parts}，但写明的合计为 69 件，各分项之和多出 {over} 件")]


@pytest.mark.parametrize(("text", "expected"), [
    # of a count of the handled (办理), the carried on close the list
    ("共办理申请20件,其中予以公开10件,无法提供10件,结转下年度办理1件。", [(20, [10, 10, 1], None)]),
    # of a count of the closed (答复), the carried on are not answered: the list ends before them, as before
    ("共答复申请20件,其中予以公开10件,无法提供10件,结转下年度办理1件。", [(20, [10, 10], None)]),
    # of a count received (收到): a carry-in unsaid may make up the difference, as before
    ("共收到申请20件,其中予以公开10件,无法提供10件,结转下年度办理1件。", [(20, [10, 10], None)]),
])
def test_the_carried_on_are_a_part_of_what_was_handled_only(text, expected):
    assert shapes(text) == expected


# RL611: r1432 (line 13) ``截至2024年12月31日,已办结8件`` — last year's end in numerals, as the digit form, is found
def test_a_year_end_in_chinese_numerals_is_a_year_lead(tmp_path):
    assert [(lead.year, lead.clause) for lead in earlier_year_leads("截至二〇二三年十二月三十一日,已办结8件。", 2024)] \
        == [(2023, "截至二〇二三年十二月三十一日,已办结8件")]
    for text in ("截至二〇二三年六月三十日,已办结8件。", "截至二〇二三年十二月三十一日,已办结8件,2024年办结10件。",
                 "截至二〇二四年十二月三十一日,已办结8件。"):
        assert list(earlier_year_leads(text, 2024)) == [], text
    copy = changed(tmp_path, "r1432", "截至2024年12月31日,已办结8件", "截至二〇二三年十二月三十一日,已办结8件")
    assert dated(copy, "RL611") == [("warning", 13, "2024", "2023")]
    assert findings(copy, "RL611") == [
        ("warning", "正文“截至二〇二三年十二月三十一日,已办结8件”所述年度 2023 年与报告年度 2024 年不符")]
    # the report's own year's end in numerals: silent
    same = changed(tmp_path, "r1432", "截至2024年12月31日,已办结8件", "截至二〇二四年十二月三十一日,已办结8件")
    assert findings(same, "RL611") == []
