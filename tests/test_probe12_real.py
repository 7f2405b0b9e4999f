"""Causes of the misses the prose probe (benchmarks/proseprobe.py) found on the 724-document corpus (branch probe12).

Each reads the real text as it was found (no finding), copies of it with one number changed (written to a tmp folder:
the exact finding, its line, the sum and the total written), and counter-cases that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from realcorpus import changed, corpus, line_of, shapes


def located(path: Path, code: str) -> list[tuple[int, str, str]]:
    """(line, severity, message) of each finding of ``code`` on one file, as the accuracy benchmark runs it."""
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["location"]["line"], d["severity"], d["message"]) for d in file["diagnostics"] if d["code"] == code]


def in_place_of(tmp_path: Path, prefix: str, fragment: str, sentence: str) -> Path:
    """A copy of a real report with the line holding ``fragment`` replaced by ``sentence`` (read as a report is)."""
    return changed(tmp_path, prefix, line_of(prefix, fragment), sentence)


# --- a long list's joints read past a share or a bracketed breakdown of a part (text/sumextent._joint) ----------------

# r1261 (广昌县长桥乡 2019): seven parts joined by ；, each followed by its share (信息公开总量的7.02%), the last one too;
# r975 (广州 a district's 科技工业商务信息化局 2021, traditional characters): six parts joined by ；, one broken down in a bracket.
# The first parts but the last add up to the total less 1, so a total written 1 lower was taken to end the list there.
R1261 = "主动公开长桥乡人民政府信息57条"
R975 = "主動公開政府信息229 條"


@pytest.mark.parametrize(("prefix", "fragment", "expected"), [
    ("r1261", R1261, (57, [4, 2, 43, 4, 2, 1, 1], None)),
    ("r975", R975, (229, [5, 145, 71, 1, 6, 1], None)),
])
def test_the_real_long_lists_are_read_whole_and_add_up(prefix, fragment, expected):
    assert expected in shapes(line_of(prefix, fragment))
    assert located(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1261", R1261, R1261.replace("57", "56"),
     (9, "error", "文中合计不成立：4+2+43+4+2+1+1 = 57，但写明的合计为 56 条，各分项之和多出 1 条")),
    ("r1261", R1261, R1261.replace("57", "58"),
     (9, "warning", "文中各分项之和与合计不符：4+2+43+4+2+1+1 = 57，写明的合计为 58 条，少 1 条")),
    ("r975", R975, R975.replace("229", "228"),
     (2, "error", "文中合计不成立：5+145+71+1+6+1 = 229，但写明的合计为 228 条，各分项之和多出 1 条")),
])
def test_a_wrong_total_over_a_real_long_list_is_found(tmp_path, prefix, old, new, expected):
    assert located(changed(tmp_path, prefix, old, new), "RL701") == [expected]


@pytest.mark.parametrize("sentence", [
    # the six first parts make the total; the seventh, joined by ，after their ；, is a later fact, not a part
    "主动公开信息56条:其中部门公告4条,占7.02%;概况信息2条,占3.50%;工作动态43条,占75.44%;人事信息4条,占7.02%;"
    "财政信息2条,占3.50%;建议提案办理1条,已公开的信息中涉及国家秘密1条。",
    "主动公开信息56条:其中部门公告4条,占7.02%;概况信息2条,占3.50%;工作动态43条,占75.44%;人事信息4条,占7.02%;"
    "财政信息2条,占3.50%;建议提案办理1条,占1.75%,另转载上级信息1条。",
])
def test_a_list_whose_first_parts_add_up_still_ends_before_a_later_fact(tmp_path, sentence):
    assert shapes(sentence) == [(56, [4, 2, 43, 4, 2, 1], None)]
    assert located(in_place_of(tmp_path, "r1261", R1261, sentence), "RL701") == []


# --- a list enclosed in its own bracket (text/sumextent._bracketed) -------------------------------------------------

# r1341 (绍兴滨海新区 2025): 行政诉讼4件(其中结果维持2件,其他结果1件,尚未审结1件) — 2+1 = 3 made a total written 3 end the list.
R1341 = "行政诉讼4件"


def test_the_real_bracketed_list_adds_up():
    assert (4, [2, 1, 1], None) in shapes(line_of("r1341", R1341))
    assert located(corpus("r1341"), "RL701") == []


@pytest.mark.parametrize(("new", "expected"), [
    ("行政诉讼3件", (18, "error", "文中合计不成立：2+1+1 = 4，但写明的合计为 3 件，各分项之和多出 1 件")),
    ("行政诉讼5件", (18, "warning", "文中各分项之和与合计不符：2+1+1 = 4，写明的合计为 5 件，少 1 件")),
])
def test_a_wrong_total_over_a_real_bracketed_list_is_found(tmp_path, new, expected):
    assert located(changed(tmp_path, "r1341", R1341, new), "RL701") == [expected]


@pytest.mark.parametrize("sentence", [
    # what is carried over is no part, even inside the bracket
    "全年受理申请10件(其中网上申请7件,信函申请3件,结转下年度办理2件)。",
    # the bracket does not close after the last part: the list may end before
    "全年受理申请10件(其中网上申请7件,信函申请3件),当面咨询2件。",
    # what was handled after the channels counts the same applications again
    "全年受理申请10件(其中网上申请7件,信函申请3件,已办结9件)。",
])
def test_a_bracketed_list_with_a_later_fact_stays_silent(tmp_path, sentence):
    assert shapes(sentence) == [(10, [7, 3], None)]
    assert located(in_place_of(tmp_path, "r1341", R1341, sentence), "RL701") == []


# --- a part equal to a total of applications split by channel (text/sumchannels._splits_applications) ---------------------

# r1255 (青浦区财政局 2025): 受理…申请22件,其中,信函申请0件,网上申请22件,当面申请0件,传真申请0件 — a part equal to the total
# was read as the same items counted once per channel (as ``73条,其中网站73条;微信73条``), so a 0 written 1 passed.
R1255 = "信函申请0件"


def test_the_real_channel_split_adds_up():
    assert (22, [0, 22, 0, 0], None) in shapes(line_of("r1255", R1255))
    assert located(corpus("r1255"), "RL701") == []


@pytest.mark.parametrize(("old", "new", "expected"), [
    (R1255, "信函申请1件", (13, "error", "文中合计不成立：1+22+0+0 = 23，但写明的合计为 22 件，各分项之和多出 1 件")),
    ("政府信息公开申请22件,其中", "政府信息公开申请23件,其中",
     (13, "warning", "文中各分项之和与合计不符：0+22+0+0 = 22，写明的合计为 23 件，少 1 件")),
])
def test_a_wrong_channel_of_real_applications_is_found(tmp_path, old, new, expected):
    assert located(changed(tmp_path, "r1255", old, new), "RL701") == [expected]


@pytest.mark.parametrize("sentence", [
    # items published: counted once per channel, a part equal to the total is no breakdown
    "主动公开政府信息73条,其中通过网站公开73条,通过微信公众号公开20条。",
    # the total counts no applications
    "办理答复22件,其中网上答复22件,信函答复1件。",
    # a part names no channel nor applicant: the count of what was closed, not a share of the applications
    "收到政府信息公开申请5件,其中网上申请2件,按时办结5件。",
])
def test_a_part_equal_to_its_total_elsewhere_stays_silent(tmp_path, sentence):
    assert shapes(sentence) == []
    assert located(in_place_of(tmp_path, "r1255", R1255, sentence), "RL701") == []


def test_the_same_sentence_of_applications_is_read_in_place(tmp_path):
    # the counter-cases' control: written of applications split by channel, the part equal to the total is a part
    sentence = "收到政府信息公开申请73件,其中网上申请73件,信函申请20件。"
    assert shapes(sentence) == [(73, [73, 20], None)]
    assert located(in_place_of(tmp_path, "r1255", R1255, sentence), "RL701") == [
        (13, "error", "文中合计不成立：73+20 = 93，但写明的合计为 73 件，各分项之和多出 20 件")]


# --- a list opened in a unit other than its total's (text/kindred.kindred_extent) -----------------------------------

# r1101 (厦门同安区建设局 2020): 依申请公开信息8条,其中:同意公开答复数1件,不属于本行政机关公开数7件 — every part in 件 under a total
# in 条; r1111 (福州仓山区 2024): 发布政策解读26条,其中文字解读10篇,图片解读16篇,重大决策预公开信息15条,… — two parts in 篇, then
# other facts.  A list read on in a kindred unit stops before its sum passes the total (later numbers being other facts),
# so a first part written too big ended the list before it: nothing.  A first part over the total is no later fact: the
# run of parts in the unit the list opens in is the list.
R1101 = "同意公开答复数1件"
R1111 = "发布政策解读26条"


@pytest.mark.parametrize(("prefix", "fragment", "expected"), [
    ("r1101", R1101, (8, [1, 7], None)),
    ("r1111", R1111, (26, [10, 16], None)),
])
def test_the_real_lists_in_another_unit_add_up(prefix, fragment, expected):
    assert expected in shapes(line_of(prefix, fragment))
    assert located(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1101", R1101, "同意公开答复数10件", (2, "warning", "文中合计不成立：10件+7件 = 17，但写明的合计为 8 条，各分项之和多出 9 条")),
    ("r1111", "文字解读10篇", "文字解读100篇",
     (6, "warning", "文中合计不成立：100篇+16篇 = 116，但写明的合计为 26 条，各分项之和多出 90 条")),
])
def test_a_wrong_part_in_another_unit_is_found(tmp_path, prefix, old, new, expected):
    assert located(changed(tmp_path, prefix, old, new), "RL701") == [expected]


@pytest.mark.parametrize("sentence", [
    # the list opens in the total's unit: read on in a kindred unit only within the total, as before
    "主动公开信息30条,其中工作动态5条,办理事务1888件。",
    # the run in the list's own unit stays within the total: the later facts in another unit are cut off, as before
    "依申请公开信息30条,其中规范性文件5件,转载稿件40篇。",
    # a later part of the run passes the total: a later fact in the same unit, cut off as before
    "主动公开信息12条,其中规范性文件5件,受理申请20件。",
])
def test_a_list_wandering_into_other_units_still_stops_within_its_total(tmp_path, sentence):
    assert shapes(sentence) == []
    assert located(in_place_of(tmp_path, "r1101", R1101, sentence), "RL701") == []


# --- a list joined by 、 throughout is one list whatever its units (text/sums, text/sumextent.enumerated) -------------

# r1372 (漳平芦芝镇 2023): 主动公开政府信息5条,其中机构介绍1条、财政信息2条、行政规范性文件1份、工作信息1条 — read on past 1份 only
# within the total, a total written 4 dropped the last part (1+2+1 = 4).
R1372 = "主动公开政府信息5条"


def test_the_real_enumerated_list_of_mixed_units_adds_up():
    assert (5, [1, 2, 1, 1], None) in shapes(line_of("r1372", R1372))
    assert located(corpus("r1372"), "RL701") == []


def test_a_wrong_total_over_an_enumerated_list_of_mixed_units_is_found(tmp_path):
    assert located(changed(tmp_path, "r1372", R1372, "主动公开政府信息4条"), "RL701") == [
        (5, "warning", "文中合计不成立：1条+2条+1份+1条 = 5，但写明的合计为 4 条，各分项之和多出 1 条")]


def test_a_bracket_after_a_part_joins_no_parts():
    # r1529 (徐水 自然资源分局 2024): the 、 inside 其他法定信息91条(包括…、…、…) join no parts; the list ends at the semicolon,
    # closed by its catch-all, and the 件 counts after it are other facts
    assert (105, [14, 91], "other") in shapes(line_of("r1529", "主动公开信息105条"))


def test_a_wrong_total_over_a_list_closed_by_its_catch_all_is_still_found(tmp_path):
    assert located(changed(tmp_path, "r1529", "主动公开信息105条", "主动公开信息106条"), "RL701") == [
        (1, "error", "文中合计不成立：14+91 = 105（已列至“其他法定信息(包括不动产登记、权籍调查、变更等信息)”），"
                     "但写明的合计为 106 条，少 1 条")]


# --- a tail closed by a catch-all short of the total is no second breakdown (text/sumbreakdowns.second_breakdown) ----

# r1305 (石狮锦尚镇 2025): 34条,其中机构职能3条,农村工作4条,民生信息24条,重点工作2条,其他政府信息1条; r205 (瓯海区审计局 2024):
# 22条,其中…人事信息2条,动态信息2条,…,其他信息5条.  A first part written ×10 made the first two parts the total (30+4, 20+2),
# and the rest, within the total, was read as the same total broken down again (by channel, then by outcome).
@pytest.mark.parametrize(("prefix", "fragment", "expected"), [
    ("r1305", "机构职能3条", (34, [3, 4, 24, 2, 1], "other")),
    ("r205", "发布人事信息2条", (22, [2, 2, 2, 5, 1, 4, 1, 5], "other")),
])
def test_the_real_lists_closed_by_a_catch_all_add_up(prefix, fragment, expected):
    assert expected in shapes(line_of(prefix, fragment))
    assert located(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1305", "机构职能3条", "机构职能30条", (5, "error", "文中合计不成立：30+4+24+2+1 = 61，但写明的合计为 34 条，各分项之和多出 27 条")),
    ("r205", "发布人事信息2条", "发布人事信息20条",
     (4, "error", "文中合计不成立：20+2+2+5+1+4+1+5 = 40，但写明的合计为 22 条，各分项之和多出 18 条")),
])
def test_a_wrong_first_part_making_a_prefix_is_found(tmp_path, prefix, old, new, expected):
    assert located(changed(tmp_path, prefix, old, new), "RL701") == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second breakdown closed by its catch-all that makes the total: the first list ends before it, as before
    ("主动公开政府信息34条,其中网站公开30条,微信公开4条,机构职能3条,农村工作4条,民生信息24条,其他政府信息3条。", (34, [30, 4], None)),
    # a second breakdown with no catch-all within the total: as before
    ("主动公开政府信息34条,其中网站公开30条,微信公开4条,机构职能3条,农村工作4条,民生信息24条,重点工作2条。", (34, [30, 4], None)),
])
def test_a_second_breakdown_is_still_no_part_of_the_first(tmp_path, sentence, expected):
    assert shapes(sentence) == [expected]
    assert located(in_place_of(tmp_path, "r1305", "机构职能3条", sentence), "RL701") == []


# --- a total after its parts counting items once over channels (text/sumchannels, ``PUBLISHED``) --------------------------

# audit11's doubtful case: ``网站发布3200条,微信发布1500条,共发布信息3200条`` — the 3200 items published on the site, 1500 of
# them sent again on the account: 共 counts the items once.  It was read as a sum (an error, 4700 over 3200).
@pytest.mark.parametrize("sentence", [
    "本年度网站发布信息3200条,微信发布1500条,共发布信息3200条。",
    "本年度门户网站发布信息50篇,微信转发30篇,共计发布50篇。",
])
def test_a_total_after_its_channels_counting_items_once_says_nothing(tmp_path, sentence):
    assert shapes(sentence) == []
    assert located(in_place_of(tmp_path, "r1255", R1255, sentence), "RL701") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # not equal to a part: a sum, as before (short of it: a warning)
    ("本年度网站发布信息3200条,微信发布1500条,共发布信息3300条。",
     (13, "error", "文中合计不成立：3200+1500 = 4700，但写明的合计为 3300 条，各分项之和多出 1400 条")),
    # applications (件) are not counted once per channel: a total equal to one part is wrong, as before
    ("本年度网上申请105件,快递17件,合计105件。",
     (13, "error", "文中合计不成立：105+17 = 122，但写明的合计为 105 件，各分项之和多出 17 件")),
    ("全年受理29件,续办上年度结转办件1件,共办理29件。",
     (13, "error", "文中合计不成立：29+1 = 30，但写明的合计为 29 件，各分项之和多出 1 件")),
])
def test_a_total_after_its_parts_is_still_read_otherwise(tmp_path, sentence, expected):
    assert located(in_place_of(tmp_path, "r1255", R1255, sentence), "RL701") == [expected]


# --- the channels and applicants an application split names (summarkers.SUBSETS) ------------------------------------

# r1003 (会泽县 2024): 共收到申请42件,其中自然人申请41件,科研机构申请1件; r851 (勉县 2023): 共收到政府信息公开申请10件,其中9件为
# 网上申请,1件为书面申请 — 科研机构 (an applicant of the form) and 书面 (a channel) were not known, so a total written equal to
# the larger part read as the same items counted per channel: nothing.
@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1003", "共收到申请42件", "共收到申请41件", (5, "error", "文中合计不成立：41+1 = 42，但写明的合计为 41 件，各分项之和多出 1 件")),
    ("r851", "共收到政府信息公开申请10件", "共收到政府信息公开申请9件",
     (17, "error", "文中合计不成立：9+1 = 10，但写明的合计为 9 件，各分项之和多出 1 件")),
])
def test_a_total_equal_to_one_channel_of_real_applications_is_found(tmp_path, prefix, old, new, expected):
    real = located(corpus(prefix), "RL701")  # r851 holds an error of its own (1495+2918 over 4042), kept as it is
    assert [f for f in located(changed(tmp_path, prefix, old, new), "RL701") if f not in real] == [expected]
