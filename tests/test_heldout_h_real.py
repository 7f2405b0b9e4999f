"""Real reports of the sixth held-out round, slice h (r700–r710: 北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 山东 河南 陕西
甘肃 宁夏 青海 新疆 西藏).  Each test reads the real text as it was found and asserts the exact findings the round's
causes changed; where a finding went away, a copy of the real text with one number or date changed (in a tmp folder)
shows the thing is still checked, not skipped."""

from __future__ import annotations

from conftest import corpus_file as corpus
from conftest import corpus_findings as findings
from realcorpus import changed
from reportlint.analysis.reportdate import date_in_line


def codes(found: list[tuple[str, str, str]], *wanted: str) -> list[tuple[str, str, str]]:
    return [f for f in found if f[0] in wanted]


# --- prose sums: a last part opened by 以及, a rate after the parts -----------------------------------------------------

def test_a_last_part_opened_by_yiji_is_read_to_its_number():
    # r700 兴安盟行署办公室 2025: "2130条。其中,…共90条,征集调查11期,在线访谈2期,以及部门动态,旗县动态等其他信息2027条"
    # before: "90条+11期+2期 = 103 … 少 2027 条" (the 以及 clause, its names over a comma, ended the list)
    assert codes(findings(corpus("r700")), "RL701") == []


def test_a_list_with_a_yiji_part_that_does_not_add_up_is_still_checked(tmp_path):
    path = changed(tmp_path, "r700", "其他信息2027条", "其他信息2026条")
    assert codes(findings(path), "RL701") == [
        ("RL701", "warning", "文中合计不成立：90条+11期+2期+2026条 = 2129（已列至“部门动态,旗县动态等其他信息”），"
                             "但写明的合计为 2130 条，少 1 条")]


def test_a_daily_rate_after_the_parts_is_no_part():
    # r701 高陵区 2025: "8032条,其中…3206条,…544条,…50条,日均发布量23条" (before: 3206+544+50+23 = 3823)
    assert codes(findings(corpus("r701")), "RL701") == [
        ("RL701", "warning", "文中各分项之和与合计不符：3206+544+50 = 3800，写明的合计为 8032 条，少 4232 条")]


def test_a_name_holding_a_rate_word_is_still_a_part():
    # r46 临洮县新添镇 2022: "新华社、新甘肃、今日定西、每日头条等媒体上发布信息80条" is a part (每日 inside a name)
    assert codes(findings(corpus("r46")), "RL701") == [
        ("RL701", "error", "文中合计不成立：35+80+2443 = 2558，但写明的合计为 382 条，各分项之和多出 2176 条")]


# --- the report date on a site's byline ----------------------------------------------------------------------------

def test_a_date_on_the_sites_byline_is_the_report_date():
    # r702 银川市人民政府办公室 2022: "银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28" between blank lines, run by
    # the text reader into one paragraph with the breadcrumb, the title and the preamble (before: RL607)
    found = findings(corpus("r702"))
    assert codes(found, "RL607", "RL602", "RL603") == []


def test_a_late_date_on_the_byline_is_reported(tmp_path):
    path = changed(tmp_path, "r702", "www.yinchuan.gov.cn 2023-01-28", "www.yinchuan.gov.cn 2023-02-08")
    assert codes(findings(path), "RL603") == [
        ("RL603", "error", "报告日期 2023-02-08 晚于法定期限 2023-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_the_byline_line_alone():
    match, labelled = date_in_line("银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28 ")
    assert (match.text, labelled) == ("2023-01-28", True)
    match, _ = date_in_line("中央政府门户网站 www.gov.cn 2007-05-08 10:20")
    assert match.text == "2007-05-08"
    assert date_in_line("浏览 www.yinchuan.gov.cn 了解2023-01-28的活动安排") is None


# --- table captions and labels as pages print them ---------------------------------------------------------------------

def test_a_caption_with_its_xiang_inside_the_brackets_is_read():
    # r703 乌兰察布市区域经济合作局 2020: "第二十条第(一项)"; before: RL308 (the tables' text there, not read)
    found = findings(corpus("r703"))
    assert codes(found, "RL308", "RL301") == []
    assert codes(found, "RL306") == [
        ("RL306", "warning", "“第二十条第（一）项（规章、规范性文件）”中的标签“对外公开数量”与格式规定的“对外公开总数量”不一致"
                             "（已按“对外公开总数量”核对）")]


def test_tables_whose_captions_lost_their_items_are_said_unread_not_missing():
    # r704 徐望镇 2025: every caption a bare "第二十条第", "本年收费金额单位:万元" without brackets; before: RL301 error on
    # 第二十条第（八）项 (its only other label, 行政事业性收费, was one line: too little to say the table is there)
    found = findings(corpus("r704"))
    assert codes(found, "RL301") == []
    assert codes(found, "RL308") == [
        ("RL308", "warning", "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、行政规范性文件）”、“第二十条第（五）项（行政许可）”、"
                             "“第二十条第（六）项（行政处罚、行政强制）”、“第二十条第（八）项（行政事业性收费）”的文字在正文中，但未能按表格读取，"
                             "其中的数字未检查")]


# --- dates: last year's preamble, a report published before its year ended ------------------------------------------

def test_an_opening_about_last_years_work_is_reported():
    # r710 荣成市东山街道 2025: "结合2024年东山街道政府信息公开工作实际,编制发布本报告" over a 2025 statistics period
    assert codes(findings(corpus("r710")), "RL609") == [
        ("RL609", "warning", "报告开头的“2024年东山街道政府信息公开工作实际”与报告年度 2025 年不符")]


def test_an_opening_about_the_report_year_passes():
    # r709 高青县人民政府办公室 2025 and r703 (2020): their openings name their own year's report
    assert codes(findings(corpus("r709")), "RL609") == []
    assert codes(findings(corpus("r703")), "RL609") == []


def test_other_years_reports_listed_above_the_title_are_no_opening(tmp_path):
    # A page's chrome above the title may link to other years' reports; the opening starts at the title. r709
    # (高青县人民政府办公室 2025) with such a link put above its metadata table: no RL609; with a stale
    # sentence put into its opening as well, RL609 quotes that sentence, not the link.
    link = "高青县人民政府\n相关文章:高青县人民政府办公室2024年政府信息公开工作年度报告\n"
    linked = changed(tmp_path, "r709", "高青县人民政府\n", link)
    assert codes(findings(linked), "RL609") == []
    text = linked.read_text(encoding="utf-8").replace(
        "报告中所列数据统计期限", "现将2024年度政府信息公开工作情况报告如下。报告中所列数据统计期限")
    linked.write_text(text, encoding="utf-8")
    assert codes(findings(linked), "RL609") == [
        ("RL609", "warning", "报告开头的“2024年度政府信息公开工作情况”与报告年度 2025 年不符")]


def test_a_report_published_before_its_year_ended_is_an_error():
    # r705 四马路街道 2021: 发布日期 2021-12-23, statistics to 2021-12-31
    assert codes(findings(corpus("r705")), "RL602") == [
        ("RL602", "error", "报告日期 2021-12-23 不在 2022 年：2021 年度报告应在 2022 年发布")]


# --- a title in a page's metadata table -------------------------------------------------------------------------------

def test_a_title_in_a_metadata_table_is_the_title():
    # r709 高青县人民政府办公室 2025: "| 标题: | 高青县人民政府办公室2025年政府信息公开工作年度报告 | ||" (before: RL103 "未找到报告标题")
    assert codes(findings(corpus("r709")), "RL103") == []


def test_the_agency_of_a_metadata_table_title_sets_what_it_may_report():
    # r711 山头街道 2020: "标题: | 山头街道办事处2020年政府信息公开工作年度报告 |"; a 街道 reports 规章 0/1/1 (before: its
    # title unread, its level unknown, nothing said)
    found = findings(corpus("r711"))
    assert codes(found, "RL103") == []
    assert codes(found, "RL506") == [
        ("RL506", "warning", "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是街道办事处"
                             "（依据机关名称“山头街道办事处”）（规章/本年新公开数量 = 1，规章/对外公开总数量 = 1）")]
