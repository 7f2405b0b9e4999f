"""Real reports of the tenth held-out round, slice bl (r1730–r1739: provincial-level general offices — 浙江, 湖南, 重庆, 江西,
山东, 陕西 — and the provinces' own reports the offices compile — 浙江, 云南, 湖北, 河北 — on 2019–2021).  Each test reads
the real text as it was found and asserts the exact findings: a page whose one paragraph holds its run-in title
(``一、总体情况 2019年,…``) and stops after a closing quotation mark is cut inside that section, not a report lacking 二 to 六
(r1731); a page's date run into its time (``2020-03-2710:40``) is its date (r1739, r1232); 办理完成 counts what was closed,
and 收到感谢信2封 after 收到申请190件 is a count of letters, not a second 新收 (r1732).  The office is a department of its
government (due 31 January), the province's report a government's (31 March), whoever the 来源 line names (r1737).
Copies of the real text (in a tmp folder) show each finding is still made where it is due."""

from __future__ import annotations

from realcorpus import balances, changed, corpus, findings
from reportlint.text.cndates import find_dates


def test_a_title_run_into_the_last_paragraph_opens_the_section_the_text_stops_in(tmp_path):
    # r1731 (浙江省 2019): the page's one paragraph holds 一、总体情况 and ends on ”; before: RL201 for 二 to 六, false
    assert findings(corpus("r1731"), "RL201") == []
    assert findings(corpus("r1731"), "RL209") == [
        ("warning", "文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“行政决策清单,开设“规范性文件意见征集””），"
                    "其后的章节和表格未检查")]
    # the same paragraph ending on a full stop is cut there too
    stop = changed(tmp_path, "r1731", "开设“规范性文件意见征集”", "开设“规范性文件意见征集”。")
    assert findings(stop, "RL201") == []
    assert len(findings(stop, "RL209")) == 1


def test_a_text_that_reaches_its_last_section_still_lacks_the_sections_it_skips(tmp_path):
    # the run-in 一 then 六 and its closing line: the text ends as a report ends, 二 to 五 are missing
    path = changed(tmp_path, "r1731", "开设“规范性文件意见征集”", "开设“规范性文件意见征集”\n六、其他需要报告的事项\n无。")
    assert findings(path, "RL209") == []
    assert sorted(findings(path, "RL201")) == [
        ("error", "缺少第三部分“三、收到和处理政府信息公开申请情况”"),
        ("error", "缺少第二部分“二、主动公开政府信息情况”"),
        ("error", "缺少第五部分“五、存在的主要问题及改进情况”"),
        ("error", "缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”"),
    ]


def test_a_pages_date_run_into_its_time_is_read():
    assert [(d.text, d.year, d.month, d.day) for d in find_dates("2021-03-2918:26")] == [("2021-03-29", 2021, 3, 29)]
    assert [(d.text, d.day) for d in find_dates("发布时间:2020-03-2710:40:05")] == [("2020-03-27", 27)]
    assert find_dates("2020-03-2799:40") == []  # 99 is no hour: four digits are no day
    assert find_dates("编号2020-03-2710") == []  # no time after them
    # r1739 (河北省 2019) and r1232 (河北省 2020): before, RL607 (no date found); both in time for a government
    for prefix in ("r1739", "r1232"):
        for code in ("RL602", "RL603", "RL607"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


def test_a_late_date_run_into_its_time_is_found(tmp_path):
    path = changed(tmp_path, "r1739", "2020-03-2710:40", "2020-04-0110:40")
    assert findings(path, "RL603") == [
        ("error", "报告日期 2020-04-01 晚于法定期限 2020-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）")]


def test_the_province_is_a_government_whoever_compiled_it(tmp_path):
    # r1737 (云南省 2019, 来源:云南省人民政府办公厅): the title names the province — due 31 March, published 2020-03-31
    assert findings(corpus("r1737"), "RL603") == []
    office = changed(tmp_path, "r1737", "\n2019年云南省政府信息公开工作年度报告\n",
                     "\n云南省人民政府办公厅2019年政府信息公开工作年度报告\n")
    assert findings(office, "RL603") == [
        ("error", "报告日期 2020-03-31 晚于法定期限 2020-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_the_general_office_is_a_department(tmp_path):
    # r1736 (陕西省人民政府办公厅 2019): published 2020-01-23, in time; a week later it is late
    assert findings(corpus("r1736"), "RL603") == []
    late = changed(tmp_path, "r1736", "2020-01-23 10:52", "2020-02-03 10:52")
    assert findings(late, "RL603") == [
        ("error", "报告日期 2020-02-03 晚于法定期限 2020-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]
    # r1733 (重庆市人民政府办公厅 2021, a spam mirror): the only date is the mirror's; said, labelled may-report
    assert findings(corpus("r1733"), "RL603") == [
        ("error", "报告日期 2022-09-20 晚于法定期限 2022-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


R1732 = "2020年收到政府信息公開申請190件,結轉上年度政府信息公開申請10件,共辦理完成198件,結轉下年度繼續辦理2件,收到感謝信2封;"


def test_handled_in_full_is_closed_and_a_thank_you_letter_is_no_application(tmp_path):
    # r1732 (湖南省人民政府办公厅 2020): 190 + 10 = 198 + 2 — read, and it holds
    assert balances(R1732, 2020) == [(200, 200, True)]
    assert findings(corpus("r1732"), "RL707") == []
    wrong = changed(tmp_path, "r1732", "共辦理完成198件", "共辦理完成197件")
    assert findings(wrong, "RL707") == [
        ("error", "文中申请数不平衡：新收 190 + 上年结转 10 = 200 件，但办结 197 + 结转下年 2 = 199 件，相差 1 件")]
    # a term itself in another unit is still no reading of the form's count
    assert balances("收到申请190条,上年结转10件,办结197件,结转下年2件。", 2020) == []


def test_the_offices_and_provinces_raise_nothing_false():
    for prefix in ("r1730", "r1731", "r1732", "r1734", "r1735", "r1736", "r1737", "r1739"):
        for code in ("RL201", "RL602", "RL603", "RL605", "RL609", "RL701", "RL707"):
            assert findings(corpus(prefix), code) == [], (prefix, code)
    # r1738 (湖北省 2019, reposted): the host's date 2019-07-07, before the year ended — said, labelled may-report
    assert findings(corpus("r1738"), "RL602") == [("error", "报告日期 2019-07-07 不在 2020 年：2019 年度报告应在 2020 年发布")]
