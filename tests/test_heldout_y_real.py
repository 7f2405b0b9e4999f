"""Real reports of the eighth held-out round, slice y (r1180–r1199: 江苏's north — 宿迁, 徐州, 连云港, 淮安, 盐城 —
and two 河北省 provincial departments, 2019–2025).  Each test reads the real text as it was found and asserts the
exact findings: a statement of the year's applications is read when its carried-out count follows a connective
(``另有3件顺延到下年度答复``, r1191) and when its total says it holds the carry-over in a clause of its own
(``办理69件,含2023年转至今年办理的3件``, r1195); a carry-over named only inside 办结's bracket leaves 受理 free to
hold it (r1187).  A wrong number written into a copy of the real text (in a tmp folder) shows the finding is made
where it is due; the three late department reports are errors of the reports (RL603)."""

from __future__ import annotations

import pytest

from realcorpus import balances, changed, corpus, findings, line_of, shapes


def test_a_carried_out_count_after_a_connective_is_read():
    # r1191 (淮安市人民政府办公室 2022): 受理109件,答复108件(含上年度结转申请2件,另有3件顺延到下年度答复)
    assert balances(line_of("r1191", "答复108件"), 2022) == [(111, 111, True)]
    assert findings(corpus("r1191"), "RL707") == []


@pytest.mark.parametrize(("old", "new", "message"), [
    ("答复108件", "答复107件", "文中申请数不平衡：新收 109 + 上年结转 2 = 111 件，但办结 107 + 结转下年 3 = 110 件，相差 1 件"),
    ("另有3件", "另有4件", "文中申请数不平衡：新收 109 + 上年结转 2 = 111 件，但办结 108 + 结转下年 4 = 112 件，相差 1 件"),
])
def test_a_wrong_count_in_that_statement_is_an_error(tmp_path, old, new, message):
    assert findings(changed(tmp_path, "r1191", old, new), "RL707") == [("error", message)]


def test_a_connective_before_other_words_names_nothing():
    # 另有3件 followed by words that carry nothing over: the fourth term is not there, silence
    text = line_of("r1191", "答复108件").replace("另有3件顺延到下年度答复", "另有3件正在补正材料")
    assert balances(text, 2022) == []


def test_a_total_that_holds_the_carry_over_in_a_clause_is_read():
    # r1195 (盐城市大丰区 2024): 办理…69件,含2023年转至今年办理的3件,办结68件,剩余1件结转下一年度处理
    assert balances(line_of("r1195", "69件"), 2024) == [(69, 69, True)]
    assert findings(corpus("r1195"), "RL707") == []


def test_a_wrong_count_against_that_total_is_an_error(tmp_path):
    assert findings(changed(tmp_path, "r1195", "办结68件", "办结67件"), "RL707") == [
        ("error", "文中申请数不平衡：处理（含上年结转）69 件，但办结 67 + 结转下年 1 = 68 件，相差 1 件")]


def test_a_year_not_before_the_reports_is_no_carry_over_held():
    # 含2024年… in a 2024 report is not last year's: the clause is no inclusion and 69 stays unplaced
    text = line_of("r1195", "69件").replace("含2023年转至今年", "含2024年转至今年")
    assert balances(text, 2024) == []


def test_a_carry_over_inside_closed_leaves_the_received_count_free_to_hold_it():
    # r1187 (连云港市连云区 2025): 受理116件,办结103件(含2024年结转1件),结转至2026年办理13件 — 116 = 103 + 13
    assert balances(line_of("r1187", "116件"), 2025) == [(117, 116, True)]
    assert findings(corpus("r1187"), "RL707") == []


@pytest.mark.parametrize(("old", "new", "message"), [
    ("申请116件", "申请117件", "文中申请数不平衡：新收 117 + 上年结转 1 = 118 件，但办结 103 + 结转下年 13 = 116 件，相差 2 件"),
    ("办理13件", "办理15件", "文中申请数不平衡：新收 116 + 上年结转 1 = 117 件，但办结 103 + 结转下年 15 = 118 件，相差 1 件"),
])
def test_a_statement_neither_reading_balances_is_still_an_error(tmp_path, old, new, message):
    assert findings(changed(tmp_path, "r1187", old, new), "RL707") == [("error", message)]


@pytest.mark.parametrize(("prefix", "published", "deadline"), [
    ("r1184", "2024-02-19", "2024-01-31"),  # 宿迁经济技术开发区管理委员会 2023
    ("r1191", "2023-02-21", "2023-01-31"),  # 淮安市人民政府办公室 2022
    ("r1193", "2023-02-21", "2023-01-31"),  # 淮安市文化广电和旅游局 2022
])
def test_a_department_report_published_after_january_is_late(prefix, published, deadline):
    assert findings(corpus(prefix), "RL603") == [
        ("error", f"报告日期 {published} 晚于法定期限 {deadline}（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


@pytest.mark.parametrize("prefix", ["r1180", "r1187", "r1188", "r1189", "r1190", "r1192", "r1198"])
def test_reports_published_in_time_are_not_late(prefix):
    assert findings(corpus(prefix), "RL603") == []


def test_the_real_breakdowns_add_up():
    assert shapes(line_of("r1183", "50条")) == [(50, [1, 2, 2, 34, 8, 3], None)]
    assert shapes(line_of("r1188", "62件")) == [(62, [23, 1, 15, 6, 6, 3, 8], None)]
    assert shapes(line_of("r1192", "110件")) == [(110, [38, 1, 5, 59, 7], None)]
    assert shapes(line_of("r1193", "共收到7件")) == [(7, [4, 1, 2], None)]
    for prefix in ("r1183", "r1186", "r1187", "r1188", "r1189", "r1192", "r1193", "r1196"):
        assert findings(corpus(prefix), "RL701") == []


def test_a_wrong_part_of_a_real_breakdown_is_an_error(tmp_path):
    assert findings(changed(tmp_path, "r1188", "不予公开1件", "不予公开2件"), "RL701") == [
        ("error", "文中合计不成立：23+2+15+6+6+3+8 = 63，但写明的合计为 62 件，各分项之和多出 1 件")]
