"""Real reports of the tenth held-out round, slice bg (r1630–r1642: 福建's mountain counties — 龙岩 (武平's 永平镇, 漳平
×2, its 政府办 ×2 and 永福镇, 上杭县民政局), 南平 (邵武市林业局, 建瓯's 政府办 ×2), 泉州's inland counties (安溪 and its 文体旅游局, 永春's
石鼓镇), reports on 2019–2023).  One cause was found and fixed:

- a sentence that names a count of the sentence before and announces its kinds with a colon (r1638, 漳平市政府办 2022:
  ``…55条,其中主动公开政府信息37条,作为依申请公开信息数14条,不予公开信息数4条。主动公开政府信息类别:规范性文件类信息21条,…
  其他类信息4条。``) was read as no breakdown at all, so its kinds adding up to 55, not 37, were missed (RL701).

Each test reads the real text as it was found and asserts the exact findings; a copy with one thing changed (written to
a tmp folder) shows the finding is made only where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings

# --- cause: a classification announced by naming its count, with a colon ----------------------------------------------

_KINDS = "主动公开政府信息类别:规范性文件类信息21条,为民办实事类信息18条,"


def test_kinds_announced_by_the_counts_name_are_added_up():
    # r1638: the six kinds of the 37 made public add up to 55 (the count of all information made)
    assert findings(corpus("r1638"), "RL701") == [
        ("error", "文中合计不成立：21+18+6+2+4+4 = 55，但写明的合计为 37 条，各分项之和多出 18 条")]


@pytest.mark.parametrize("new", [
    "主动公开政府信息类别:规范性文件类信息21条,为民办实事类信息0条,",  # the kinds now add up to 37
    "网站发布信息类别:规范性文件类信息21条,为民办实事类信息18条,",  # a lead naming no count of the sentence before
    "主动公开政府信息21条,为民办实事类信息18条,",  # no announcing lead: a new sentence of counts
])
def test_no_sum_where_the_kinds_hold_or_no_count_is_named(tmp_path, new):
    assert findings(changed(tmp_path, "r1638", _KINDS, new), "RL701") == []


def test_kinds_short_of_a_complete_list_are_found_too(tmp_path):
    # a list closed by 其他 whose kinds fall short of the count named: 21+0+6+2+4+1 = 34 of 37
    path = changed(tmp_path, "r1638", "为民办实事类信息18条,民政扶贫救灾社会保障就业类信息6条,科教文体卫生类信息2条,安全生产、应急管理类信息4条,"
                   "其他类信息4条。",
                   "为民办实事类信息0条,民政扶贫救灾社会保障就业类信息6条,科教文体卫生类信息2条,安全生产、应急管理类信息4条,其他类信息1条。")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：21+0+6+2+4+1 = 34（已列至“其他类信息”），但写明的合计为 37 条，少 3 条")]


_LAST_KINDS = "安全生产、应急管理类信息4条,其他类信息4条。"


@pytest.mark.parametrize(("last", "expected"), [
    # 主要 names the main kinds: an open list, short of its count without a catch-all says nothing (lead's merge, as
    # a 主要类别如下 lead is read since audit12) ...
    ("安全生产、应急管理类信息4条。", []),
    # ... closed by its catch-all last, short is an error; over the count, an error either way
    ("安全生产、应急管理类信息4条,其他类信息0条。",
     [("error", "文中合计不成立：21+0+6+2+4+0 = 33（已列至“其他类信息”），但写明的合计为 37 条，少 4 条")]),
])
def test_a_lead_naming_the_main_kinds_opens_a_list(tmp_path, last, expected):
    text = corpus("r1638").read_text(encoding="utf-8")
    text = text.replace(_KINDS, "主动公开政府信息的主要类别:规范性文件类信息21条,为民办实事类信息0条,").replace(_LAST_KINDS, last)
    path = tmp_path / corpus("r1638").name
    path.write_text(text, encoding="utf-8")
    assert findings(path, "RL701") == expected


def test_a_lead_naming_the_main_kinds_over_its_count_is_an_error(tmp_path):
    path = changed(tmp_path, "r1638", _KINDS, "主动公开政府信息的主要类别:规范性文件类信息21条,为民办实事类信息18条,")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：21+18+6+2+4+4 = 55，但写明的合计为 37 条，各分项之和多出 18 条")]


_COUNTS = "共制作、获取政府信息55条,其中主动公开政府信息37条,作为依申请公开信息数14条,不予公开信息数4条。主动公开政府信息类别:"


@pytest.mark.parametrize(("lead", "expected"), [
    # 类别 or 类型 before a colon, any of 类别/类型/分类 before 如下: the kinds of the 37 ending the sentence before
    ("主动公开政府信息类型:", [("error", "文中合计不成立：21+18+6+2+4+4 = 55，但写明的合计为 37 条，各分项之和多出 18 条")]),
    ("主动公开政府信息分类如下:", [("error", "文中合计不成立：21+18+6+2+4+4 = 55，但写明的合计为 37 条，各分项之和多出 18 条")]),
    # 分类 before a colon is a portal's metadata label (主题分类:), never read as a lead (summarkers.NAMED_CLASSES)
    ("主动公开政府信息分类:", []),
])
def test_which_class_words_open_a_list(tmp_path, lead, expected):
    text = corpus("r1638").read_text(encoding="utf-8")
    assert text.count(_COUNTS) == 1
    text = text.replace(_COUNTS, "主动公开政府信息37条。" + lead)
    path = tmp_path / corpus("r1638").name
    path.write_text(text, encoding="utf-8")
    assert findings(path, "RL701") == expected


def test_a_name_shared_by_two_counts_picks_neither(tmp_path):
    # two counts of the sentence before named 主动公开政府信息: which one the kinds break down is not known
    path = changed(tmp_path, "r1638", "作为依申请公开信息数14条", "历年主动公开政府信息14条")
    assert findings(path, "RL701") == []


# --- the slice's other sums: they hold, and a changed part is still found ---------------------------------------------


@pytest.mark.parametrize("prefix", [
    "r1630", "r1631", "r1633", "r1637", "r1639", "r1640", "r1642", "r1634", "r1632", "r1635", "r1636", "r1641"])
def test_the_slices_sums_hold(prefix):
    assert findings(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "message"), [
    ("r1630", "其他类信息55篇", "其他类信息56篇", "文中合计不成立：20+9+9+1+56 = 95，但写明的合计为 94 篇，各分项之和多出 1 篇"),
    ("r1631", "主动公开信息数905条", "主动公开信息数906条", "文中合计不成立：906+987+1082 = 2975，但写明的合计为 2974 条，各分项之和多出 1 条"),
    ("r1633", "不予公开信息数43条", "不予公开信息数44条", "文中合计不成立：37+19+44 = 100，但写明的合计为 99 条，各分项之和多出 1 条"),
    ("r1637", "科教文体卫生类信息1条", "科教文体卫生类信息2条", "文中合计不成立：2+2+1 = 5，但写明的合计为 4 条，各分项之和多出 1 条"),
    ("r1640", "不予公开信息数137条", "不予公开信息数138条", "文中合计不成立：159+102+138 = 399，但写明的合计为 398 条，各分项之和多出 1 条"),
    ("r1642", "主动公开信息数729条", "主动公开信息数730条", "文中合计不成立：730+881+934 = 2545，但写明的合计为 2544 条，各分项之和多出 1 条"),
    ("r1639", "其他类信息19条", "其他类信息20条",
     "文中合计不成立：20+35+5+5+5+3+3+43+6+4+20 = 149，但写明的合计为 148 条，各分项之和多出 1 条"),
])
def test_a_changed_part_of_the_slices_sums_is_found(tmp_path, prefix, old, new, message):
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [("error", message)]


# --- packs, years and dates of the slice ------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["r1632", "r1635", "r1637", "r1642"])
def test_dated_pages_are_on_time(prefix):
    # 邵武市林业局 2020-01-02, 安溪县 2022-01-07, 石鼓镇 2024-01-09, 漳平市 2024-01-30
    assert findings(corpus(prefix), "RL603") == []
