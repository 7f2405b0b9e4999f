"""The audit of the tenth held-out round's readings (audit12): each new reading read against what other real reports
write in the same place.  历年 alone names earlier years' part of a stock, not a new topic (only 历年累计 counts all
years); a sentence announcing a classification (…如下) needs a classification word, not any 类 (各类新媒体 are channels),
and reads as 主要类别有 does: open for the main kinds, closed when it ends in its catch-all; a bare number inside a part's
name is no part when the count it runs into could be one; a flipbook page with section titles still lacks the ones it
skips; a notice quoted in the body names no year.  The real texts are copied and changed in a tmp folder; the real
texts' own findings are pinned by the slices' tests (test_heldout_bd_real, test_heldout_bf_real, test_heldout_be_real)."""

from __future__ import annotations

import pytest

from conftest import run_cli
from realcorpus import changed, findings, shapes

# --- 历年: earlier years' part of a stock, unless 历年累计 (r1611, 永春县蓬壶镇 2019) -------------------------------------

_R1611 = "累计发布政府信息87条,其中主动公开信息42条,不主动公开信息45条,历年累计发布政府信息1189条"


@pytest.mark.parametrize("new", [
    "累计发布政府信息87条,其中本年新增信息42条,历年发布信息46条",
    "现行有效规范性文件87条,其中本年度制发42条,历年制发46条",
])
def test_earlier_years_part_of_a_stock_is_a_part(tmp_path, new):
    # before the audit the list ended before 历年: one part left, no statement, the error unseen
    assert findings(changed(tmp_path, "r1611", _R1611, new), "RL701") == [
        ("error", "文中合计不成立：42+46 = 88，但写明的合计为 87 条，各分项之和多出 1 条")]


def test_earlier_years_part_that_adds_up_says_nothing(tmp_path):
    path = changed(tmp_path, "r1611", _R1611, "现行有效规范性文件87条,其中本年度制发42条,历年制发45条")
    assert (87, [42, 45], None) in shapes(path.read_text(encoding="utf-8"))
    assert findings(path, "RL701") == []


# --- a classification announced in its own sentence (r1584, 厦门火炬高新区 2021) ----------------------------------------

_R1584_LEAD = "主动公开政府信息的主要类别如下:"
_R1584_LIST = ("机构职能类信息7条,政策法规类信息11条,规划计划类信息3条,行政许可类信息0条,重大建设项目、为民办实事类信息184条,"
               "民政扶贫救灾社会社保就业类信息0条,国土资源城乡建设环保能源类信息0条,科教文体卫生类信息0条,安全生产、应急管理类信息7条,"
               "其它类信息0条。")


@pytest.mark.parametrize("lead", ["各类新媒体发布情况如下:", "各类平台发布情况如下:"])
def test_channels_announced_with_a_lei_are_no_classification(tmp_path, lead):
    # the same items go out on several channels: their counts (150 + 90 > 212) break nothing down
    path = changed(tmp_path, "r1584", _R1584_LEAD + _R1584_LIST, lead + "政务微博发布信息150条,微信公众号发布信息90条。")
    assert findings(path, "RL701") == []


def test_a_classification_word_still_opens_the_breakdown(tmp_path):
    path = changed(tmp_path, "r1584", _R1584_LEAD + _R1584_LIST,
                   "按信息类别统计如下:" + _R1584_LIST.replace("实事类信息184条", "实事类信息183条"))
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：7+11+3+0+183+0+0+0+7+0 = 211（已列至“其它类信息”），但写明的合计为 212 条，少 1 条")]


_SHORT_TO_OTHER = ("error", "文中合计不成立：7+11+3+0+183+0+0+0+7+0 = 211（已列至“其它类信息”），但写明的合计为 212 条，少 1 条")
_OVER = ("error", "文中合计不成立：7+11+3+0+185+0+0+0+7+0 = 213，但写明的合计为 212 条，各分项之和多出 1 条")


@pytest.mark.parametrize("lead", ["主动公开政府信息的主要类别如下:", "主要类别有:", "主要类别为:"])
@pytest.mark.parametrize(("part", "last", "expected"), [
    ("实事类信息183条", "其它类信息0条", [_SHORT_TO_OTHER]),  # the catch-all last: every kind named, 1 missing
    ("实事类信息185条", "其它类信息0条", [_OVER]),
    ("实事类信息183条", "社会事业类信息0条", []),  # the main kinds only: some may be left out
    ("实事类信息185条", "社会事业类信息0条", [_OVER]),
])
def test_the_main_kinds_read_alike_however_announced(tmp_path, lead, part, last, expected):
    # 主要类别如下 (slice bd) and 主要类别有/为 (slice bf) say the same: one reading for all three
    new = lead + _R1584_LIST.replace("实事类信息184条", part).replace("其它类信息0条", last)
    assert findings(changed(tmp_path, "r1584", _R1584_LEAD + _R1584_LIST, new), "RL701") == expected


def test_a_classification_without_zhuyao_is_the_whole(tmp_path):
    # 类别如下 without 主要 and without a catch-all: a full breakdown falling short, warned of
    new = "主动公开政府信息的类别如下:" + _R1584_LIST.replace("实事类信息184条", "实事类信息183条").replace(
        "其它类信息0条", "社会事业类信息0条")
    assert findings(changed(tmp_path, "r1584", _R1584_LEAD + _R1584_LIST, new), "RL701") == [
        ("warning", "文中各分项之和与合计不符：7+11+3+0+183+0+0+0+7+0 = 211，写明的合计为 212 条，少 1 条")]


# --- a bare number run into another count (r1623, 定州市东留春乡 2020) -------------------------------------------------


def test_a_bare_number_inside_a_parts_name_is_no_part(tmp_path):
    # 17 + 3 makes the 20, but the 3 names platforms and the clause's own count, 5, is a part: 17 + 5 is over
    path = changed(tmp_path, "r1623", "财政信息3通过", "在3大平台公开财政信息5条,通过")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：17+5+85 = 107，但写明的合计为 20 条，各分项之和多出 87 条")]


# --- a flipbook page still lacks the sections it skips ----------------------------------------------------------------


def test_a_page_that_skips_a_section_still_lacks_it(tmp_path):
    # r650 (文登区信访局 2022, page 8) holds 四 and 五: with 五's title turned into 六's, 五 is missing in the page
    path = changed(tmp_path, "r650", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项")
    assert findings(path, "RL201") == [("error", "缺少第五部分“五、存在的主要问题及改进情况”")]


def test_a_last_page_with_a_section_title_still_needs_the_ones_after(tmp_path):
    # r1598 (page 9) ends in the signature and the date: with a 五 title in it, 六 is missing, not on a later page
    path = changed(tmp_path, "r1598", "(五)其他报告事项", "五、存在的主要问题及改进情况")
    assert findings(path, "RL201") == [("error", "缺少第六部分“六、其他需要报告的事项”")]


# --- the notice's year: only the opening's (r1618, 闽侯县发展和改革局 2020) --------------------------------------------


def test_a_notice_quoted_in_the_body_names_no_year(tmp_path):
    # the notice moved from the opening into 一's paragraph: other work quoted there, no year read from it
    path = changed(tmp_path, "r1618", "、《做好2020年政府信息公开工作年度报告编制发布有关事项的通知》要求,闽侯县", "要求,闽侯县")
    text = path.read_text(encoding="utf-8")
    body = "根据《中华人民共和国政府信息公开条例》、《福建省政府信息公开办法》,我局"
    assert text.count(body) == 1
    path.write_text(text.replace(body, "根据《做好2020年政府信息公开工作年度报告编制发布有关事项的通知》,我局"), encoding="utf-8")
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", None)
