"""Real reports of the ninth held-out round, slice aq (r1410–r1429: the general offices of big governments — 广州, 深圳,
南京, 杭州, 青岛, 厦门, 重庆, 西安's 临潼 and 雁塔, 天津's 和平, 上海's 长宁 and 杨浦 — and other offices, 2019–2025).  Each
test reads the real text as it was found and asserts the exact findings; a counter-case written into a copy of the
real text (in a tmp folder) shows the finding is made where it is due."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import balances, changed, corpus, findings, line_of, shapes

_LATE_DEPARTMENT = "报告日期 {} 晚于法定期限 2025-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）"


def test_a_carry_out_written_number_first_with_its_year_is_read():
    # r1416 (杭州市人民政府办公厅 2024): 新受理227件,上年结转18件;答复229件,16件结转至2025年继续办理 — 245 = 245
    line = line_of("r1416", "新受理政府信息公开申请件227件")
    assert balances(line, 2024) == [(245, 245, True)]
    assert findings(corpus("r1416"), "RL707") == []


def test_a_wrong_count_beside_a_carry_out_written_number_first_is_an_error(tmp_path):
    # before the fix the 16 was not read as carried out: 办结 230 ≤ 245 was only bounded, and nothing was said
    path = changed(tmp_path, "r1416", "答复229件", "答复230件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 227 + 上年结转 18 = 245 件，但办结 230 + 结转下年 16 = 246 件，相差 1 件")]


def test_a_number_first_carry_to_the_report_year_itself_is_no_carry_out(tmp_path):
    # 结转至2024年 in a 2024 report is not the next year: the 16 is no term, 230 ≤ 245 holds as a bound — silence
    line = line_of("r1416", "新受理政府信息公开申请件227件").replace("答复229件", "答复230件")
    assert balances(line.replace("结转至2025年", "结转至2024年"), 2024) == []
    assert balances(line.replace("结转至2025年", "结转至2023年"), 2024) == []
    assert balances(line, 2024) == [(245, 246, False)]


def test_the_real_balances_and_sums_of_the_offices_say_nothing():
    # r1427 (临潼区政府办公室 2025): 7604 = 4103 + 3501, 16 = 2 + 11 + 3, 32 + 3 = 35; r1429 (普陀区 2024): 60 + 4 = 64,
    # 6 + 2 + 23 + 4 + 29 = 64 and its six shares of 64; r1415 (溧水区政府办公室): 34 = 7 + 5 + 22
    assert shapes(line_of("r1427", "7604条")) == [(7604, [4103, 3501], None), (16, [2, 11, 3], None)]
    for prefix in ("r1427", "r1429", "r1415"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


def test_a_wrong_part_or_share_of_the_real_counts_is_an_error(tmp_path):
    path = changed(tmp_path, "r1427", "领导解读11条", "领导解读12条")
    assert findings(path, "RL701") == [("error", "文中合计不成立：2+12+3 = 17，但写明的合计为 16 条，各分项之和多出 1 条")]
    path = changed(tmp_path, "r1429", "占9.4%", "占9.9%")
    assert findings(path, "RL703") == [("error", "文中百分比 9.9% 与其基数不符：6 ÷ 64 × 100% = 9.4%")]
    path = changed(tmp_path, "r1415", "本机关不掌握的22件", "本机关不掌握的23件")
    assert findings(path, "RL701") == [("error", "文中合计不成立：7+5+23 = 35，但写明的合计为 34 件，各分项之和多出 1 件")]


def test_a_date_after_the_title_on_its_line_is_the_report_date(tmp_path):
    # r1426 (杨浦区信访办公室 2024): "…2024年政府信息公开工作年度报告 2025-01-23" — the page's posting date, on time
    assert findings(corpus("r1426"), "RL607") == []
    assert findings(corpus("r1426"), "RL603") == []
    path = changed(tmp_path, "r1426", "年度报告 2025-01-23", "年度报告 2025-02-23")
    assert findings(path, "RL603") == [("error", _LATE_DEPARTMENT.format("2025-02-23"))]


def test_a_date_after_a_title_needs_the_space_the_dash_form_and_the_line_end(tmp_path):
    # a sentence's date in 年月日, a date run into the title or followed by more words is no posting date
    for new in ("年度报告 2025年2月23日", "年度报告2025-02-23", "年度报告 2025-02-23 已修订"):
        path = changed(tmp_path, "r1426", "年度报告 2025-01-23", new)
        assert findings(path, "RL603") == [], new


def test_the_general_offices_are_read_for_their_year_and_pack():
    expected = {"r1410": ("cn-gov-disclosure-2021", 2024), "r1412": ("cn-gov-disclosure-2019", 2020),
                "r1413": ("cn-gov-disclosure-2021", 2023), "r1414": ("cn-gov-disclosure-2019", 2019),
                "r1418": ("cn-gov-disclosure-2019", 2020), "r1421": ("cn-gov-disclosure-2021", 2021)}
    for prefix, (pack, year) in expected.items():
        file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus(prefix)).json["files"][0]
        assert (file["pack"], file["report_year"]) == (pack, year), prefix


def test_a_page_of_empty_markup_before_the_title_says_only_that_it_is_cut():
    # r1414 (南京市人民政府办公厅 2019, a mirror): 30 lines of empty HTML tags before the breadcrumb and the title
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus("r1414")).json["files"][0]
    assert [d["code"] for d in file["diagnostics"]] == ["RL209"]
