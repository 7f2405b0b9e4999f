"""Real reports of the ninth held-out round, slice ay (r1500–r1519: governments' general offices and the same
governments' own reports — 府谷, 扶风, 渭南 (the city and its office), 长春 and its 绿园区 and 新区, 吉林省, 温州, 云和, 武定, 通榆, 合江, 秀山, 綦江, 荆门,
贵阳 — 2019–2025).  An office's report is a department's, due by 31 January; the government's own by 31 March
(《条例》第四十九条).  Each test reads the real text as it was found and asserts the exact findings; a counter-case
written into a copy of the real text (in a tmp folder) shows the finding is made where it is due."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import changed, corpus, findings
from reportlint.analysis.agency import classify
from reportlint.analysis.identify import identify
from reportlint.readers import read
from reportlint.text.cndates import find_dates

_LATE = "报告日期 {} 晚于法定期限 {}（{}报告应于 {} 月 31 日前公布，《条例》第四十九条）"


def _late_department(day: str) -> tuple[str, str]:
    return "error", _LATE.format(day, day[:4] + "-01-31", "部门", 1)


def _late_government(day: str) -> tuple[str, str]:
    return "error", _LATE.format(day, day[:4] + "-03-31", "本级政府", 3)


def _body(path) -> tuple[str | None, str | None, str | None]:
    ident = identify(read(path))
    level = ident.agency_level
    return ident.title_text, ident.agency.value if ident.agency else None, level.kind if level else None


def test_a_page_date_with_spaces_after_its_dashes_is_read():
    # r1508/r1509 (温州): "发布日期: 2025- 01- 14 10: 13" — the site's own way of printing its page dates
    assert [(d.year, d.month, d.day) for d in find_dates("发布日期: 2025- 01- 14 10: 13")] == [(2025, 1, 14)]
    assert [(d.year, d.month, d.day) for d in find_dates("2024- 03- 08")] == [(2024, 3, 8)]
    assert find_dates("2021. 1. 25") == []  # a dotted date keeps its parts together
    assert find_dates("2021- 13- 40") == []


def test_the_period_after_a_page_date_run_into_the_preamble_is_no_report_date():
    # before the fix the unread page date left "日期" before the period's first day: RL602 "2024-01-01 不在 2025 年"
    for prefix in ("r1508", "r1509"):
        assert findings(corpus(prefix), "RL602") == []
        assert findings(corpus(prefix), "RL603") == []


def test_the_period_end_labelled_jiezhi_riqi_is_no_report_date(tmp_path):
    # r1512 (通榆县政府办公室 2025): "所列数据截止日期为2025年12月31日" — the period's end: the report has no date
    assert findings(corpus("r1512"), "RL602") == []
    assert findings(corpus("r1512"), "RL607") == [("info", "未找到报告日期（标题下方的成文日期或发布日期）")]
    # a publication date written in the same sentence is still the report's
    path = changed(tmp_path, "r1512", "所列数据截止日期为2025年12月31日", "本报告发布日期为2026年2月15日")
    assert findings(path, "RL603") == [_late_department("2026-02-15")]


def test_the_office_and_the_government_of_one_city_are_held_to_their_own_deadlines(tmp_path):
    # r1508 温州市人民政府办公室 (2025-01-14) and r1509 温州市人民政府 (2024-03-08): the same day is late for the office
    assert _body(corpus("r1508"))[1:] == ("温州市人民政府办公室", "general_office")
    assert _body(corpus("r1509"))[1:] == ("温州市人民政府", "government")
    office_late = changed(tmp_path, "r1508", "2025- 01- 14", "2025- 02- 15")
    assert findings(office_late, "RL603") == [_late_department("2025-02-15")]
    government_in_time = changed(tmp_path, "r1509", "2024- 03- 08", "2024- 02- 15")
    assert findings(government_in_time, "RL603") == []
    government_late = changed(tmp_path, "r1509", "2024- 03- 08", "2024- 04- 02")
    assert findings(government_late, "RL603") == [_late_government("2024-04-02")]


def test_a_breadcrumb_is_no_title(tmp_path):
    # r1509: "> 信息公开年报 > 温州市人民政府 > 2023年度" was the title (its first ">" read as a quote's): with the
    # office's title under it, the breadcrumb's government hid the office and its late date went unsaid
    assert _body(corpus("r1509"))[0] == "温州市人民政府2023年政府信息公开工作年度报告"
    path = tmp_path / "office"
    path.mkdir()
    office = changed(path, "r1509", "\n温州市人民政府2023年", "\n温州市人民政府办公室2023年")
    assert _body(office) == ("温州市人民政府办公室2023年政府信息公开工作年度报告", "温州市人民政府办公室", "general_office")
    assert findings(office, "RL603") == [_late_department("2024-03-08")]


def test_a_title_field_with_spaces_for_its_colon_is_not_the_agency(tmp_path):
    # r1500 (府谷): "标   题 县政府办2022年度…" gave the body "标题县政府办"
    assert _body(corpus("r1500")) == ("县政府办2022年度政府信息公开工作年度报告", "县政府办", "general_office")
    colon = changed(tmp_path, "r1500", "标   题 县政府办", "标题：县政府办")
    assert _body(colon)[1] == "县政府办"


def test_the_publication_date_is_preferred_to_the_date_written(tmp_path):
    # r1500: "成文日期 2023-01-18 发布日期 2023-01-18" — in time; published on 2月15日 the office's report is late
    assert findings(corpus("r1500"), "RL603") == []
    late = changed(tmp_path, "r1500", "发布日期 2023-01-18", "发布日期 2023-02-15")
    assert findings(late, "RL603") == [_late_department("2023-02-15")]
    written_late = changed(tmp_path, "r1500", "成文日期 2023-01-18", "成文日期 2023-02-15")
    assert findings(written_late, "RL603") == []  # the page says it was published on 18 January


def test_a_government_report_compiled_by_its_office_is_the_governments(tmp_path):
    # r1517: 《贵阳市人民政府(市人民政府办公厅)2021年…报告》 — the bracket says who compiled it
    assert (classify("贵阳市人民政府(市人民政府办公厅)").kind, classify("贵阳市人民政府（市人民政府办公厅）").level) == (
        "government", "city")
    assert _body(corpus("r1517"))[2] == "government"
    opening = "根据《中华人民共和国政府信息公开条例》(国务院令第711号"
    assert findings(changed(tmp_path, "r1517", opening, "发布日期:2022-02-15\n" + opening), "RL603") == []
    assert findings(changed(tmp_path, "r1517", opening, "发布日期:2022-04-02\n" + opening), "RL603") == [
        _late_government("2022-04-02")]


def test_dated_offices_and_governments_in_time_say_nothing(tmp_path):
    # r1505 绿园区政府办公室 2026-01-27, r1507 吉林省政府办公厅 2026-01-29, r1504 长春市 (the city) 2020-03-02
    for prefix in ("r1505", "r1507", "r1504", "r1514", "r1516"):
        assert findings(corpus(prefix), "RL603") == []
    assert findings(changed(tmp_path, "r1505", "2026-01-27", "2026-02-15"), "RL603") == [_late_department("2026-02-15")]
    assert findings(changed(tmp_path, "r1507", "2026-01-29", "2026-02-15"), "RL603") == [_late_department("2026-02-15")]
    assert findings(changed(tmp_path, "r1504", "2020-03-02", "2020-04-02"), "RL603") == [_late_government("2020-04-02")]


def test_a_new_areas_committee_is_held_to_the_departments_deadline():
    # r1506 长春新区管委会, 发布日期 2026-02-03: a 管委会 is no 本级政府 (labelled as may: 长春新区 also governs streets)
    assert findings(corpus("r1506"), "RL603") == [_late_department("2026-02-03")]


def test_the_chosen_pack_and_year_of_the_pairs():
    for prefix, pack, year in (("r1504", "cn-gov-disclosure-2019", 2019), ("r1503", "cn-gov-disclosure-2021", 2024),
                               ("r1511", "cn-gov-disclosure-2019", 2020), ("r1512", "cn-gov-disclosure-2021", 2025)):
        file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus(prefix)).json["files"][0]
        assert (file["pack"], file["report_year"]) == (pack, year)


def test_a_total_that_opens_the_outcomes_is_no_sum_of_the_clauses_before(tmp_path):
    # r1519 (渭南市人民政府办公室 2024): 共收到64件, 撤回1件, 上年转办2件, 共印发告知书63件, 补正告知书1件, 转下一年度2件 —
    # before the fix "共印发…63件" closed 64 + 1 + 2 = 67 (a false RL701 error): two 共 counts, each of its own verb
    assert findings(corpus("r1519"), "RL701") == []
    summed = changed(tmp_path, "r1519", "共印发政府信息公开告知书63件", "合计63件")
    assert findings(summed, "RL701") == [("error", "文中合计不成立：64+1+2 = 67，但写明的合计为 63 件，各分项之和多出 4 件")]
    no_own_gong = changed(tmp_path, "r1519", "市政府办公室共收到依申请公开64件", "市政府办公室收到依申请公开64件")
    assert findings(no_own_gong, "RL701") == [("error", "文中合计不成立：64+1+2 = 67，但写明的合计为 63 件，各分项之和多出 4 件")]
    # its prose sums hold: 6549 = 2134 + 469 + 3501 + 445; a part changed is found
    wrong = changed(tmp_path, "r1519", "专题信息445条", "专题信息446条")
    assert [severity for severity, _ in findings(wrong, "RL701")] == ["error"]


def test_the_city_and_its_office_of_one_year(tmp_path):
    # r1518 渭南市人民政府 2022 (486 = 260+15+21+113+10+19+48) and r1502 its office's 2022 report: no date in either text;
    # dated 2月15日 the government is in time, the office late
    assert findings(corpus("r1518"), "RL701") == []
    assert _body(corpus("r1518"))[2] == "government"
    assert _body(corpus("r1502"))[2] == "general_office"
    opening = "按照《中华人民共和国政府信息公开条例》《国务院办公厅"
    assert findings(changed(tmp_path, "r1518", opening, "发布日期:2023-02-15\n" + opening), "RL603") == []
    assert findings(changed(tmp_path, "r1502", opening, "发布日期:2023-02-15\n" + opening), "RL603") == [
        _late_department("2023-02-15")]
