"""Real reports of the tenth held-out round, slice bf (r1610–r1629: 福建, 江苏 and 河北 bodies at every level — towns,
a street, a district, a county government and office, city and county bureaus, development zones — on 2019–2020, the
2019 form's years).  Four causes were found and fixed, each tested here with the real text and with copies changed in
one place (written to a tmp folder) that must still be found:

- a part whose unit was dropped and whose clause runs on, with no comma, into another channel's count (r1623:
  ``…20条,其中执法信息公开17条,财政信息3通过微信公众号…发布公开信息85条``) was read as 17+85 — a false RL701 error;
- a page whose period sentence is cut (r1618: ``统计时限自`` and then 一、) had no year and got the 2021 pack, though the
  notice it was compiled under names the year (``《做好2020年政府信息公开工作年度报告编制发布有关事项的通知》``);
- 福建's template lists the main kinds after ``主要类别有:`` (r1615), which no marker read: parts over the total were missed;
- ``历年累计发布政府信息1189条`` after a list was read as one more part of it (r1611, with one part changed)."""

from __future__ import annotations

import pytest

from conftest import run_cli
from realcorpus import changed, corpus, findings, shapes


def pack_and_year(path) -> tuple[str | None, int | None]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return file["pack"], file["report_year"]


# --- cause: a part's unit dropped, its clause running on into another count -------------------------------------------


def test_a_bare_part_running_into_another_channels_count_ends_the_list():
    # r1623 (定州市东留春乡 2020): 主动公开信息20条,其中执法信息公开17条,财政信息3通过微信公众号“魅力东留春”发布公开信息85条
    assert (20, [17, 3], None) in shapes(corpus("r1623").read_text(encoding="utf-8"))
    assert findings(corpus("r1623"), "RL701") == []


@pytest.mark.parametrize(("old", "new", "message"), [
    # the bare number does not close the list: the reading with the next count stays, and it is over
    ("财政信息3通过", "财政信息4通过", "文中合计不成立：17+85 = 102，但写明的合计为 20 条，各分项之和多出 82 条"),
    ("执法信息公开17条", "执法信息公开18条", "文中合计不成立：18+85 = 103，但写明的合计为 20 条，各分项之和多出 83 条"),
])
def test_a_bare_part_that_does_not_make_the_total_leaves_the_error(tmp_path, old, new, message):
    assert findings(changed(tmp_path, "r1623", old, new), "RL701") == [("error", message)]


def test_the_same_part_with_its_unit_is_read_as_before(tmp_path):
    path = changed(tmp_path, "r1623", "财政信息3通过", "财政信息3条通过")
    assert (20, [17, 3], None) in shapes(path.read_text(encoding="utf-8"))
    assert findings(path, "RL701") == []


# --- cause: the year named only by the notice the report was compiled under -----------------------------------------


def test_the_notice_names_the_year_when_nothing_else_does():
    # r1618 (闽侯县发展和改革局 2020): no title, no date, the period sentence stops after 统计时限自
    assert pack_and_year(corpus("r1618")) == ("cn-gov-disclosure-2019", 2020)
    (info,) = findings(corpus("r1618"), "RL103")
    assert "报告年度 2020 年，依据编制依据“《做好2020年政府信息公开工作年度报告编制发布有关事项的通知》”" in info[1]


def test_a_stated_period_outranks_the_notice(tmp_path):
    path = changed(tmp_path, "r1618", "统计时限自\n", "统计时限自2021年1月1日至2021年12月31日。\n")
    assert pack_and_year(path) == ("cn-gov-disclosure-2021", 2021)


def test_notices_of_two_years_name_none(tmp_path):
    path = changed(tmp_path, "r1618", "有关事项的通知》要求", "有关事项的通知》《关于做好2019年政府信息公开工作年度报告的通知》要求")
    assert pack_and_year(path) == ("cn-gov-disclosure-2021", None)


# --- cause: 主要类别有 opens a list (open, as 主要包括) --------------------------------------------------------------------


def test_the_main_kinds_after_zhuyao_leibie_you_add_up():
    # r1615 (闽清县工业和信息化局 2020): 主动公开信息共计11条。主要类别有:…0条,…5条,工作信息6条,…0条
    assert (11, [0, 5, 6, 0], "other") in shapes(corpus("r1615").read_text(encoding="utf-8"))  # 其他应主动公开… last
    assert findings(corpus("r1615"), "RL701") == []


def test_main_kinds_over_their_total_are_an_error_and_short_of_it_only_with_the_catch_all(tmp_path):
    over, short = tmp_path / "over", tmp_path / "short"
    over.mkdir()
    short.mkdir()
    assert findings(changed(over, "r1615", "工作信息6条", "工作信息7条"), "RL701") == [
        ("error", "文中合计不成立：0+5+7+0 = 12，但写明的合计为 11 条，各分项之和多出 1 条")]
    # 其他应主动公开的政府信息 last: every kind is named, one item is missing (audit12)
    assert findings(changed(short, "r1615", "工作信息6条", "工作信息5条"), "RL701") == [
        ("error", "文中合计不成立：0+5+5+0 = 10（已列至“其他应主动公开的政府信息”），但写明的合计为 11 条，少 1 条")]
    # without it, the main kinds may leave some out
    no_catch_all = changed(tmp_path, "r1615", "工作信息6条,其他应主动公开的政府信息0条", "工作信息5条,人事信息0条")
    assert findings(no_catch_all, "RL701") == []


# --- cause: 历年累计 is no part of the year's list ---------------------------------------------------------------------


def test_the_count_of_all_years_is_no_part(tmp_path):
    # r1611 (永春县蓬壶镇 2019): 累计发布政府信息87条,其中主动公开信息42条,不主动公开信息45条,历年累计发布政府信息1189条
    assert (87, [42, 45], None) in shapes(corpus("r1611").read_text(encoding="utf-8"))
    assert findings(changed(tmp_path, "r1611", "不主动公开信息45条", "不主动公开信息46条"), "RL701") == [
        ("error", "文中合计不成立：42+46 = 88，但写明的合计为 87 条，各分项之和多出 1 条")]


# --- what the slice's pages make certain ---------------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "old", "new", "message"), [
    ("r1610", "其他类信息2条", "其他类信息3条", "文中合计不成立：6+1+3+5+12+3 = 30，但写明的合计为 29 条，各分项之和多出 1 条"),
    ("r1616", "5007条", "5008条", "文中合计不成立：78+5008 = 5086，但写明的合计为 5085 条，各分项之和多出 1 条"),
    ("r1616", "21264条", "21265条", "文中合计不成立：2599+21265 = 23864，但写明的合计为 23863 条，各分项之和多出 1 条"),
    ("r1627", "概况类信息更新量76条", "概况类信息更新量77条", "文中合计不成立：666+483+77 = 1226，但写明的合计为 1225 条，各分项之和多出 1 条"),
])
def test_the_real_sums_hold_and_a_changed_part_breaks_them(tmp_path, prefix, old, new, message):
    assert findings(corpus(prefix), "RL701") == []
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [("error", message)]


@pytest.mark.parametrize(("prefix", "pack", "year"), [
    ("r1610", "cn-gov-disclosure-2019", 2019), ("r1611", "cn-gov-disclosure-2019", 2019),
    ("r1612", "cn-gov-disclosure-2019", 2020), ("r1614", "cn-gov-disclosure-2019", 2019),
    ("r1619", "cn-gov-disclosure-2019", 2020), ("r1620", "cn-gov-disclosure-2019", 2019),
    ("r1621", "cn-gov-disclosure-2019", 2019), ("r1622", "cn-gov-disclosure-2019", 2020),
    ("r1624", "cn-gov-disclosure-2019", 2019), ("r1625", "cn-gov-disclosure-2019", 2020),
    ("r1629", "cn-gov-disclosure-2019", 2020),
])
def test_the_2019_forms_years_choose_the_2019_pack(prefix, pack, year):
    assert pack_and_year(corpus(prefix)) == (pack, year)


@pytest.mark.parametrize(("prefix", "table", "cells"), [
    # indented cells, blank lines between them, the headers split by a space (本年新 制作数量)
    ("r1611", "    规章 \n\n    0 \n\n    0 \n\n    0 \n", "（规章/本年新 制作数量 = 1，规章/本年新 公开数量 = 1，规章/对外公开总数量 = 1）"),
    ("r1629", "规章 |\n0 |\n0 |\n0 |\n", "（规章/本年新制作数量 = 1，规章/本年新公开数量 = 1，规章/对外公开总数量 = 1）"),  # `cell |` lines
])
def test_the_2019_forms_first_table_is_read_a_cell_per_line(tmp_path, prefix, table, cells):
    # 永春's towns (2019, 2020): 第二十条第(一)项 of the 2019 form, 规章 0/0/0 — a town's 规章 above 0 is warned of
    assert findings(corpus(prefix), "RL506") == []
    (warning,) = findings(changed(tmp_path, prefix, table, table.replace("0", "1")), "RL506")
    assert warning[0] == "warning"
    assert warning[1].startswith("只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是乡镇人民政府")
    assert warning[1].endswith(cells)


@pytest.mark.parametrize("prefix", ["r1610", "r1617", "r1620", "r1623", "r1628"])
def test_a_garbled_period_is_not_another_years(prefix):
    # 201911日至1231日, 202011日至20201231日…: the day and month digits lost as found
    assert findings(corpus(prefix), "RL605") == []


_TOWN_LATE = "报告日期 {d} 晚于法定期限 {y}-01-31（乡镇、街道的报告按 1 月 31 日掌握）"
_DEPARTMENT_LATE = "报告日期 {d} 晚于法定期限 {y}-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）"


@pytest.mark.parametrize(("prefix", "old", "new", "severity", "template"), [
    ("r1610", "2020-01-10", "2020-02-10", "warning", _TOWN_LATE),  # a town's report on 2019
    ("r1623", "2021-01-11", "2021-02-11", "warning", _TOWN_LATE),  # a 乡's on 2020
    ("r1614", "2020-01-08", "2020-02-08", "error", _DEPARTMENT_LATE),  # a city bureau's on 2019
    ("r1617", "2021-01-07", "2021-02-07", "error", _DEPARTMENT_LATE),  # a city bureau's on 2020
])
def test_published_in_january_in_time_and_in_february_late(tmp_path, prefix, old, new, severity, template):
    assert findings(corpus(prefix), "RL603") == []
    assert findings(changed(tmp_path, prefix, old, new), "RL603") == [
        (severity, template.format(d=new, y=new[:4]))]


def test_old_outline_titles_and_a_title_in_its_paragraph_are_warnings():
    assert findings(corpus("r1626"), "RL204") == [("warning", "标题“一、概述”与格式规定的“一、总体情况”不一致")]
    assert findings(corpus("r1627"), "RL204") == [("warning", "标题“一、工作总体情况”与格式规定的“一、总体情况”不一致")]
    assert findings(corpus("r1619"), "RL208") == [("warning", "标题“一、总体情况”与正文连在同一段中")]
