"""Real reports of the tenth held-out round, slice bd (r1570–r1589: zones run by a 管理委员会 and their bureaus — 重庆's
两江新区 (its committee's office and the area's own report) and 高新区, 西咸's 空港新城 and 西安's 桃园开发区, 兰州新区, 贵安新区,
贵阳高新区, 深汕特别合作区, 合川工业园区, 南京江北新区, 厦门火炬高新区, 福州's 自贸试验区片区, 石家庄经开区, 廊坊临空经济区 and 赣州's
蓉江新区 and 经开区, reports on 2020–2025).  One cause was found and fixed: a title that puts 关于 between the agency and
the year (``兰州新区经济合作局关于2023年政府信息公开工作年度报告``, ``宁强县自然资源局关于2021年度政府信息公开情况的报告``)
left the 关于 (and a report phrase joined by 的) on the agency's name, so its kind was not read from the name: without a
self-reference (我局) a late date was only a warning of an unknown kind of body.  Each test reads the real text as it was
found and asserts the exact findings; a copy with one thing changed (written to a tmp folder) shows the finding is
still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings, line_of, shapes
from reportlint.analysis.identify import identify
from reportlint.readers import read

_LATE = "报告日期 {} 晚于法定期限 {}（{}报告应于 {} 月 31 日前公布，《条例》第四十九条）"


def _late_department(day: str) -> tuple[str, str]:
    return "error", _LATE.format(day, day[:4] + "-01-31", "部门", 1)


def _late_government(day: str) -> tuple[str, str]:
    return "error", _LATE.format(day, day[:4] + "-03-31", "本级政府", 3)


def _agency(path) -> tuple[str | None, str | None, str | None]:
    """The agency read from the title, its kind, and what the kind was read from."""
    ident = identify(read(path))
    level = ident.level
    return (ident.agency.value if ident.agency else None, level.value.kind if level else None,
            level.source if level else None)


# --- cause: 关于 between the agency and the year ---------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "agency"), [
    ("r1577", "兰州新区经济合作局"),  # 蘭州新區經濟合作局關于2023年政府信息公開工作年度報告 (traditional)
    ("r1155", "宁强县自然资源局"),  # 宁强县自然资源局关于2021年度政府信息公开情况的报告: 的 before 报告 too
])
def test_an_agency_before_guanyu_is_read_from_the_title(prefix, agency):
    assert _agency(corpus(prefix)) == (agency, "department", f"机关名称“{agency}”")


def test_a_bureau_named_before_guanyu_is_held_to_the_departments_deadline(tmp_path):
    # r1577 without its 我局 (the self-reference that used to stand in for the name), published on 15 February
    late = changed(tmp_path, "r1577", "2024/01/31/", "2024/02/15/")
    text = late.read_text(encoding="utf-8").replace("我局", "經合局")
    late.write_text(text, encoding="utf-8")
    assert "我局" not in text
    assert findings(late, "RL603") == [_late_department("2024-02-15")]


def test_a_government_named_before_guanyu_keeps_its_own_deadline(tmp_path):
    # the same page as a county government's letter: due by 31 March, not 31 January
    title = "蘭州新區經濟合作局關于2023年政府信息公開工作年度報告"
    government = "榆中縣人民政府關于2023年度政府信息公開工作情況的報告"
    in_time = changed(tmp_path, "r1577", title, government)
    assert findings(in_time, "RL603") == []
    late = in_time.read_text(encoding="utf-8").replace("2024/01/31/", "2024/04/02/")
    in_time.write_text(late, encoding="utf-8")
    assert findings(in_time, "RL603") == [_late_government("2024-04-02")]


# --- what the slice's pages make certain: the zones' committees, offices and bureaus are departments ---------------


@pytest.mark.parametrize(("prefix", "agency"), [
    ("r1570", "重庆两江新区管理委员会办公室"),
    ("r1574", "重庆高新技术产业开发区管理委员会办公室"),
    ("r1575", "桃园开发区管委会"),
    ("r1576", "空港新城管委会"),  # named in the opening sentence of a traditional-character mirror
    ("r1578", "贵安新区经济发展局"),
    ("r1580", "深圳市深汕特别合作区管理委员会"),
    ("r1581", "重庆合川工业园区管理委员会"),  # title over two lines
    ("r1586", "石家庄经济技术开发区"),  # a zone named on its own: its 管委会's report
    ("r1587", "北京大兴国际机场临空经济区(廊坊)管理委员会"),
    ("r1588", "赣州蓉江新区经济发展局"),  # title broken inside 政府信息公开
])
def test_zone_committees_and_bureaus_are_departments(prefix, agency):
    assert _agency(corpus(prefix)) == (agency, "department", f"机关名称“{agency}”")


def test_a_new_area_named_on_its_own_stays_a_place():
    # r1572 重庆两江新区2023年…: the area's own report (its bureaus and streets), no date to hold it to
    assert _agency(corpus("r1572"))[:2] == ("重庆两江新区", "government")
    assert findings(corpus("r1572"), "RL603") == []


@pytest.mark.parametrize("prefix", ["r1570", "r1577", "r1578", "r1581", "r1583", "r1584", "r1587"])
def test_zone_reports_published_in_january_are_in_time(prefix):
    assert findings(corpus(prefix), "RL603") == []


@pytest.mark.parametrize(("prefix", "old", "new", "day"), [
    ("r1570", "日期:2024-01-29", "日期:2024-02-29", "2024-02-29"),  # a new area's committee's office
    ("r1578", "2024-01-18", "2024-02-18", "2024-02-18"),  # a new area's bureau
    ("r1581", "日期:2021-01-22来源", "日期:2021-02-22来源", "2021-02-22"),  # a park's committee, date and source run on
    ("r1584", "2022-01-04", "2022-02-04", "2022-02-04"),  # a high-tech zone's committee
    ("r1587", "2023-01-19 15:54:20", "2023-02-19 15:54:20", "2023-02-19"),  # 撰写时间 line
])
def test_the_same_pages_in_february_are_late(tmp_path, prefix, old, new, day):
    assert findings(changed(tmp_path, prefix, old, new), "RL603") == [_late_department(day)]


# --- prose the slice's pages hold -------------------------------------------------------------------------------------


def test_an_open_list_of_the_larger_kinds_is_a_warning():
    # r1574 (重庆高新区管委会办公室 2023): 2874项,其中 政策文件29, 解读54, 重大民生939, 监督检查60, 重要会议30
    assert findings(corpus("r1574"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：29+54+939+60+30 = 1112，写明的合计为 2874 项，少 1762 项")]


@pytest.mark.parametrize("prefix", ["r1571", "r1576", "r1577", "r1588"])
def test_lists_that_add_up_say_nothing(prefix):
    # 31 = 4+4+7+4+4+1+7; 3123 = 2282+841; 13 = 10+2+1; 2 = 1+1
    assert findings(corpus(prefix), "RL701") == []


# --- cause: a classification announced in its own sentence (…类别如下:) -------------------------------------------------

_R1584_PARTS = "机构职能类信息7条,政策法规类信息11条,规划计划类信息3条,行政许可类信息0条,重大建设项目、为民办实事类信息184条"


def test_a_classification_announced_after_the_count_is_read_as_its_breakdown():
    # r1584 (厦门火炬高新区 2021): 主动公开政府信息212条。主动公开政府信息的主要类别如下:机构职能类信息7条,…其它类信息0条。
    assert shapes(line_of("r1584", "212条")) == [(212, [7, 11, 3, 0, 184, 0, 0, 0, 7, 0], "other")]
    assert findings(corpus("r1584"), "RL701") == []


@pytest.mark.parametrize(("old", "new", "finding", "last"), [
    # short of the total with 其它类 last: the list says it is complete — before the fix no statement was read at all
    ("实事类信息184条", "实事类信息183条",
     ("error", "文中合计不成立：7+11+3+0+183+0+0+0+7+0 = 211（已列至“其它类信息”），但写明的合计为 212 条，少 1 条"),
     "其它类信息0条"),
    ("实事类信息184条", "实事类信息185条",
     ("error", "文中合计不成立：7+11+3+0+185+0+0+0+7+0 = 213，但写明的合计为 212 条，各分项之和多出 1 条"),
     "其它类信息0条"),
])  # without its catch-all the main kinds (主要类别) may leave some out: nothing, as for 主要类别有 (test_audit12_real)
def test_a_wrong_classification_is_found(tmp_path, old, new, finding, last):
    assert _R1584_PARTS in line_of("r1584", "212条")
    wrong = changed(tmp_path, "r1584", old, new)
    wrong.write_text(wrong.read_text(encoding="utf-8").replace("其它类信息0条", last), encoding="utf-8")
    assert findings(wrong, "RL701") == [finding]


@pytest.mark.parametrize(("old", "new"), [
    ("主要类别如下", "主要做法如下"),  # no 类: measures, not the count's parts
    ("主动公开政府信息的主要类别如下", "主动公开政府信息的12个主要类别如下"),  # a number in the lead: another count
    ("主动公开政府信息的主要类别如下", "主动公开政府信息,主要类别如下"),  # a clause before: not a sentence that only announces
])
def test_other_sentences_ending_in_rufa_open_no_breakdown(tmp_path, old, new):
    wrong = changed(tmp_path, "r1584", old, new)
    text = wrong.read_text(encoding="utf-8").replace("实事类信息184条", "实事类信息183条")
    wrong.write_text(text, encoding="utf-8")
    assert findings(wrong, "RL701") == []


def test_a_garbled_period_is_not_another_years():
    # r1589 (赣州经开区 2023): 自20231月1日起至202312月31日止, the years run into their months as found
    assert findings(corpus("r1589"), "RL605") == []
