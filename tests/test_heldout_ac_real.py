"""Real reports of the eighth held-out round, slice ac (r1260–r1279: provinces the corpus hardly had — 河南, 海南,
黑龙江, 云南, 江西, 青海, 宁夏, 西藏 — half of them on 2019 and 2020, the 2019 form's tables).  Each test reads the
real text as it was found and asserts the exact findings: a stream of tables a cell per line whose text stops
at the next section's cut heading is read table by table (r1271: before, the first table reached to the end of
the text and the four after it went unread); a 2019 report known only by the topic sub-headings the 2021 pack
lists is checked by the 2019 pack, the same forms' other version (r1263: before, no pack).  A wrong number written
into a copy of the real text (in a tmp folder) shows the finding is made where it is due; the two late department
reports (RL603) and r1272's 其中 part larger than its total (RL701) are errors of the reports."""

from __future__ import annotations

import pytest

from conftest import run_cli
from realcorpus import changed, corpus, findings, line_of, shapes
from reportlint.readers import texttables


def pack_and_year(path) -> tuple[str | None, int | None]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return file["pack"], file["report_year"]


def test_a_table_stream_stopping_at_a_cut_heading_is_read_table_by_table():
    # r1271 (会昌县中村乡 2020): five 2019-form tables a cell per line, then 三、收到 — the text stops there
    lines = corpus("r1271").read_text(encoding="utf-8").split("\n")
    assert [(f.first, f.last) for f in texttables.find(lines)] == [(16, 44), (46, 70), (72, 96), (98, 110), (112, 126)]
    assert findings(corpus("r1271"), "RL209") == [
        ("warning", "文档似乎不完整：正文在“二、主动公开政府信息情况”一节中途结束（最后是“政府集中采购 1 8040”），其后的章节和表格未检查")]


def test_the_last_table_of_that_stream_is_checked():
    # 采购总金额 8040 with no unit (the 2019 header gives none): said as a warning; with its unit, silence
    assert findings(corpus("r1271"), "RL505") == [
        ("warning", "金额“8040”没有单位（政府集中采购/采购总金额），无法确定是元还是万元")]


def test_a_purchase_amount_with_its_unit_is_silent(tmp_path):
    assert findings(changed(tmp_path, "r1271", "\n8040\n", "\n8040元\n"), "RL505") == []


@pytest.mark.parametrize(("new", "code", "message"), [
    ("2.5", "RL504", "件数应为整数：2.5（行政处罚/处理决定数量）"),
    ("-3", "RL503", "件数不能为负数：-3（行政处罚/处理决定数量）"),
])
def test_a_wrong_value_in_a_later_table_of_the_stream_is_found(tmp_path, new, code, message):
    # before the fix these tables were never read: the copies' wrong values passed unseen
    text = corpus("r1271").read_text(encoding="utf-8")
    at = text.index("行政处罚")
    out = tmp_path / corpus("r1271").name
    out.write_text(text[:at] + text[at:].replace(" 0\n\n 0\n\n 0", f" 0\n\n 0\n\n {new}", 1), encoding="utf-8")
    assert findings(out, code) == [("error", message)]


def test_a_report_known_by_the_later_forms_topics_is_checked_by_its_years_pack():
    # r1263 (汝州市 2019): no title, no 报告, no period — only 一、总体情况 and (一)主动公开情况 … (四)…平台建设情况
    assert pack_and_year(corpus("r1263")) == ("cn-gov-disclosure-2019", 2019)
    assert findings(corpus("r1263"), "RL102") == []
    assert findings(corpus("r1263"), "RL103") == [(
        "info", "未找到报告标题，按正文识别为政府信息公开工作年度报告（2019年版格式）（章节标题 1 处，如“一、总体情况”，"
        "表格标签 1 处，如“属于行政查询事项”，应写内容的小标题 4 处，如“主动公开”）；报告年度 2019 年，依据正文“截至2019年12月31日”")]


@pytest.mark.parametrize(("year", "pack"), [
    ("2020", "cn-gov-disclosure-2019"),
    ("2022", "cn-gov-disclosure-2021"),  # the recognising pack's own years
    ("2018", None),  # no version of the form covers 2018: still no pack
])
def test_the_year_picks_the_version(tmp_path, year, pack):
    out = tmp_path / corpus("r1263").name
    out.write_text(corpus("r1263").read_text(encoding="utf-8").replace("2019", year), encoding="utf-8")
    assert pack_and_year(out) == (pack, int(year))
    if pack is None:
        assert findings(out, "RL102") == [
            ("warning", f"没有适用的规则包：{year} 年没有对应的内置规则包；可用 --pack 指定（内置：cn-gov-disclosure-2019, "
                        "cn-gov-disclosure-2021）")]


def test_the_real_breakdowns_add_up():
    assert shapes(line_of("r1263", "20809条")) == [(20809, [18658, 782, 1369], None)]
    assert shapes(line_of("r1263", "67个")) == [(67, [58, 7, 2], "other"), (17, [9, 4], None)]
    assert shapes(line_of("r1267", "1764条")) == [(1764, [137, 152, 134, 144, 161, 162, 186, 392, 157, 139], "other")]
    assert shapes(line_of("r1265", "707条")) == [(707, [213, 386, 108], None)]
    for prefix in ("r1261", "r1263", "r1264", "r1265", "r1267", "r1278"):
        assert findings(corpus(prefix), "RL701") == []


def test_a_share_written_without_its_zhan_is_a_remark_on_the_part_before():
    # r1261 (广昌县长桥乡 2019): 57条:其中部门公告4条,信息公开总量的7.02%;概况信息2条,占信息公开总量的3.50%;…
    # the first share dropped its 占: before, the list ended there and its sum went unread
    assert shapes(line_of("r1261", "57条")) == [(57, [4, 2, 43, 4, 2, 1, 1], None)]
    assert findings(corpus("r1261"), "RL701") == []


@pytest.mark.parametrize(("new", "finding"), [
    ("工作动态46条", ("error", "文中合计不成立：4+2+46+4+2+1+1 = 60，但写明的合计为 57 条，各分项之和多出 3 条")),
    # parts short of the total: a warning (a 其中 may leave kinds out)
    ("工作动态40条", ("warning", "文中各分项之和与合计不符：4+2+40+4+2+1+1 = 54，写明的合计为 57 条，少 3 条")),
])
def test_a_wrong_part_after_that_share_is_found(tmp_path, new, finding):
    assert findings(changed(tmp_path, "r1261", "工作动态43条", new), "RL701") == [finding]


@pytest.mark.parametrize("remark", ["办结率7.02%", "2018年的7.02%", "信息公开总量的七成"])
def test_a_clause_that_is_no_share_still_ends_the_list(remark):
    # a rate with no 的, a 的 after a year, a share not in per cent: not read as a remark (the list stops there)
    text = line_of("r1261", "57条").replace("信息公开总量的7.02%", remark)
    assert shapes(text) == []


def test_a_part_larger_than_its_total_is_an_error():
    # r1272 (彝良县 2020): 主动公开政府信息3747条,其中…门户网站…3758条,…微信公众号…506条
    assert findings(corpus("r1272"), "RL701") == [
        ("error", "文中合计不成立：3758+506 = 4264，但写明的合计为 3747 条，各分项之和多出 517 条")]


def test_the_same_breakdown_adding_up_is_silent(tmp_path):
    assert findings(changed(tmp_path, "r1272", "发布信息3758条", "发布信息3241条"), "RL701") == []


@pytest.mark.parametrize(("prefix", "published"), [
    ("r1264", "2020-02-20"),  # 周口市川汇区人民政府办公室 2019
    ("r1265", "2020-09-15"),  # 黑龙江省林业和草原局 2019
])
def test_a_department_report_published_after_january_is_late(prefix, published):
    assert findings(corpus(prefix), "RL603") == [
        ("error", f"报告日期 {published} 晚于法定期限 2020-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


@pytest.mark.parametrize("prefix", ["r1260", "r1261", "r1273", "r1276", "r1277"])
def test_reports_published_in_time_are_not_late(prefix):
    assert findings(corpus(prefix), "RL603") == []


@pytest.mark.parametrize("prefix", ["r1260", "r1273"])
def test_a_period_whose_page_dropped_a_year_mark_is_the_whole_year(prefix):
    # 20191月1日起到2019年12月31日 (r1260), 20201月1日至202012月31日 (r1273)
    assert findings(corpus(prefix), "RL610") == []
