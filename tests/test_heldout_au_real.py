"""Real reports of the ninth held-out round, slice au (r1460–r1473: mirror and reposted copies — Traditional-character
copies of 开平 (沙塘镇, 政务服务和数据管理局), 台山 (市政府办公室, 赤溪镇), 鹤山市鹤城镇 (pinyin inserted), 杭州市教育局, 永春县桃城镇
and 武汉市市场监督管理局 (a wiki copy); spam mirrors of 上饶市人民政府, 开平's 蚬冈镇, 张家港市教育局 and a city's 合作交流办; a
district 教育局's copy that reaches section 三 — 2019–2025).  Each test reads the
real text as it was found and asserts the exact findings:

- a page cut inside section 五 at ``20`` (the start of ``2025年…``), a bare number the text reader sets aside as a page
  number, stops there: it does not end on the whole title 五 (r1464) — RL209, not RL201 for the 六 that lies after the cut;
  the same text ending on the title is still read as a report that lacks 六;
- a page flattened to one paragraph runs each topic's heading into its sentence (``(一)主動公開情況 2025年,開平市…``,
  r1463): the year opening that clause is the report's year (it was not read: no title, no statistics period).

Counter-cases written into copies of the real text (in a tmp folder) show the findings are made where they are due."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import changed, corpus, findings, line_of, shapes


def _identity(path) -> tuple[str | None, int | None]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return file["pack"], file["report_year"]


def _codes(path) -> list[str]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [d["code"] for d in file["diagnostics"] if d["severity"] != "info"]


def test_a_page_cut_at_a_bare_number_after_a_heading_stops_there():
    # r1464 (蚬冈镇 2025): "五、存在的主要问题及改进情况" then "20" (2025年… cut); 六 is after the cut, not missing
    assert findings(corpus("r1464"), "RL201") == []
    assert findings(corpus("r1464"), "RL209") == [
        ("warning", "文档似乎不完整：正文在“五、存在的主要问题及改进情况”一节中途结束（最后是“五、存在的主要问题及改进情况”），"
                    "其后的章节未检查")]


def test_a_text_ending_on_a_whole_title_still_lacks_the_sections_after_it(tmp_path):
    path = changed(tmp_path, "r1464", "改进情况\n20", "改进情况")
    assert findings(path, "RL201") == [("error", "缺少第六部分“六、其他需要报告的事项”")]
    assert findings(path, "RL209") == []


def test_tables_published_as_images_are_missing_from_the_text():
    # r1464 and r1460 (沙塘镇 2021, Traditional): 二、三、四 are headings with nothing under them
    for ref in ("r1464", "r1460"):
        assert _codes(corpus(ref)).count("RL301") == 6, ref


def test_a_year_opening_a_clause_after_a_run_in_topic_heading_is_the_report_year():
    # r1463 (开平市政务服务和数据管理局 2025): one paragraph, no title, no period; "(一)主動公開情況 2025年,開平市…"
    assert _identity(corpus("r1463")) == ("cn-gov-disclosure-2021", 2025)
    (message,) = [m for _, m in findings(corpus("r1463"), "RL103")]
    assert message.endswith("报告年度 2025 年，依据正文“2025年,…”")


def test_a_year_after_other_words_opens_no_clause(tmp_path):
    path = changed(tmp_path, "r1463", "主動公開情況 2025年,", "主動公開情況 本局2025年,")
    path.write_text(path.read_text(encoding="utf-8").replace("依申請公開情況 2025年,", "依申請公開情況 本局2025年,"),
                    encoding="utf-8")
    assert _identity(path) == ("cn-gov-disclosure-2021", None)


def test_the_real_lists_add_up_and_say_nothing():
    # r1460: 684 = 1+0+9+148+526+0; r1463: 67 = 1+1+3+7+54+1; r1467 (杭州市教育局 2022): 18 = 5+1+1+11
    assert shapes(line_of("r1460", "684條")) == [(684, [1, 0, 9, 148, 526, 0], None)]
    assert shapes(line_of("r1463", "67條")) == [(67, [1, 1, 3, 7, 54, 1], None)]
    assert shapes(line_of("r1467", "18件")) == [(18, [5, 1, 1, 11], None)]
    assert shapes(line_of("r1472", "82條")) == [(82, [5, 3, 2, 55, 1, 0, 1, 15], None)]
    for ref in ("r1460", "r1461", "r1462", "r1463", "r1465", "r1466", "r1467", "r1468", "r1469", "r1470", "r1471",
                "r1472"):
        assert findings(corpus(ref), "RL701") == [], ref
    # r1473 counts in 宗 (a count unit since slice bw): 7 applications, three outcomes named, the seventh's unsaid — the
    # warning its label allows (may_report), never an error
    assert findings(corpus("r1473"), "RL701") == [("warning", "文中各分项之和与合计不符：1+1+4 = 6，写明的合计为 7 宗，少 1 宗")]


def test_a_wrong_part_of_the_real_lists_is_found(tmp_path):
    assert findings(changed(tmp_path, "r1467", "無法提供11件", "無法提供12件"), "RL701") == [
        ("error", "文中合计不成立：5+1+1+12 = 19，但写明的合计为 18 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1460", "其它信息526條", "其它信息527條"), "RL701") == [
        ("error", "文中合计不成立：1+0+9+148+527+0 = 685，但写明的合计为 684 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1463", "工作動態信息54條", "工作動態信息55條"), "RL701") == [
        ("error", "文中合计不成立：1+1+3+7+55+1 = 68，但写明的合计为 67 条，各分项之和多出 1 条")]
    # r1472 (鹤城镇 2023): pinyin inserted after characters (工作動態(tài)類信息為55條)
    assert findings(changed(tmp_path, "r1472", "工作動態(tài)類信息為55條", "工作動態(tài)類信息為56條"), "RL701") == [
        ("error", "文中合计不成立：5+3+2+56+1+0+1+15 = 83，但写明的合计为 82 条，各分项之和多出 1 条")]


def test_a_table_with_pinyin_in_its_labels_is_read(tmp_path):
    # r1472 (鹤城镇 2023): "規(guī)章 | 0 | 0 | 0" — a town makes no 规章: a copy with 1 is said, the real 0s are not
    assert findings(corpus("r1472"), "RL506") == []
    assert [c for c in _codes(corpus("r1472")) if c.startswith("RL3")] == []
    path = changed(tmp_path, "r1472", "規(guī)章 | 0 | 0 | 0", "規(guī)章 | 1 | 0 | 1")
    assert findings(path, "RL506") == [
        ("warning", "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是乡镇人民政府"
                    "（依据正文自称“我镇”）（規(guī)章/本年制發(fā)件數(shù) = 1，規(guī)章/現(xiàn)行有效件數(shù) = 1）")]


def test_a_2021_report_printing_a_2019_header_is_an_error():
    # r1465 (a district 教育局 2021): 第二十条第(一)项 with 本年新制作数量 / 本年新公开数量 / 对外公开总数量
    assert findings(corpus("r1465"), "RL801") == [
        ("error", "2021 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的")]


def test_the_mirrors_dates_and_years_are_the_reports():
    # r1466 (张家港市教育局 2021): the original page's metadata (2022-01-19) under a casino's breadcrumbs: on time;
    # r1467: 發布日期:2023-01-13; r1469 (桃城镇 2024): 公文生成日期:2025-01-15 in a bulleted metadata list;
    # r1462 (上饶市 2022, spam mirror): the period 2022年1月1日至12月31日
    # r1471 (赤溪镇 2019): "| 發布機構: | 本網 | 生成日期: | 2020-01-19 08:51:18 |"; r1473: "• 2024-01-25 17:43:21"
    for ref in ("r1466", "r1467", "r1469", "r1471", "r1473"):
        assert findings(corpus(ref), "RL602") == [] and findings(corpus(ref), "RL603") == [], ref
        assert findings(corpus(ref), "RL607") == [], ref
    assert _identity(corpus("r1466")) == ("cn-gov-disclosure-2021", 2021)
    assert _identity(corpus("r1462")) == ("cn-gov-disclosure-2021", 2022)
    assert _identity(corpus("r1468")) == ("cn-gov-disclosure-2021", 2022)
    assert _identity(corpus("r1469")) == ("cn-gov-disclosure-2021", 2024)
    assert _identity(corpus("r1471")) == ("cn-gov-disclosure-2019", 2019)


def test_a_late_date_on_a_mirror_is_the_reports_and_is_found(tmp_path):
    # the original page's date the mirror kept, a month later: a department's report after 31 January, a town's
    assert findings(changed(tmp_path, "r1473", "2024-01-25 17:43:21", "2024-02-25 17:43:21"), "RL603") == [
        ("error", "报告日期 2024-02-25 晚于法定期限 2024-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]
    assert findings(changed(tmp_path, "r1471", "2020-01-19 08:51:18", "2020-02-19 08:51:18"), "RL603") == [
        ("warning", "报告日期 2020-02-19 晚于法定期限 2020-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]
