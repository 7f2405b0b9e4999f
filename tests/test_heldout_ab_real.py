"""Real reports of the eighth held-out round, slice ab (r1240–r1259: 上海's municipal commissions and bureaus and its
districts and their bureaus, 2019–2025).  Each test reads the real text as it was found and asserts the exact findings:
a 其中 list that names two parallel counts of its sentence (``行政复议192件,行政诉讼73件,其中:140件行政复议、49件行政诉讼
获维持,…``) breaks them down together, so it is no sum of the last (r1259); a 其中 opening on the outcomes of handling
(予以公开, 不予公开, 无法提供…) breaks down the count of what was handled even after the new applications
(``新收…1081件,办理1104件(…)。其中,…``, r1257, r1258); the four-term statement ``办理1104件(含上年度结转申请27件,另有4件申请
顺延到下年度答复)`` is read (r1256–r1258); the slice's three real errors — two statistics periods of another year (r1243,
r1252) and a total holding the carry-over that its answered and carried-out counts exceed (r1248) — are reported; a
date in brackets ending the title's line (``2023年政府信息公开工作年度报告 ( 2024-01-31 )``) is the report date.  A
counter-case written into a copy of the real text (in a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings, line_of, shapes
from reportlint.analysis.reportdate import date_in_line

R1259_LIST = "其中:140件行政复议、49件行政诉讼获维持,8件行政复议结果纠正,16件行政复议、14件行政诉讼为其他结果"


def test_a_list_naming_two_parallel_counts_is_no_sum_of_the_last():
    # r1259 (上海市松江区 2024): 复议 164 of 192 and 诉讼 63 of 73 decided, 其余尚未审结
    # (the line's one statement: its outcomes of the 1336 answered, a sentence opening on 予以公开 with no 其中, slice ak)
    assert shapes(line_of("r1259", "行政诉讼73件")) == [(1336, [376, 24, 65, 603, 49, 219], "other")]
    assert findings(corpus("r1259"), "RL701") == []


@pytest.mark.parametrize("parts", [
    "其中:49件获维持,30件为其他结果",  # names nothing: read as before, a breakdown of 73
    "其中:49件行政诉讼获维持,30件行政诉讼为其他结果",  # names the lawsuits alone
])
def test_a_list_of_the_last_count_alone_is_still_checked(tmp_path, parts):
    path = changed(tmp_path, "r1259", R1259_LIST, parts)
    assert findings(path, "RL701") == [("error", "文中合计不成立：49+30 = 79，但写明的合计为 73 件，各分项之和多出 6 件")]


def test_the_outcomes_break_down_what_was_handled():
    # r1257 (上海市住建委 2023): 新收1081件,办理1104件(…)。其中 147+27+763+12+155 = 1104
    assert shapes(line_of("r1257", "办理1104件")) == [(1104, [147, 27, 763, 12, 155], "other")]
    assert shapes(line_of("r1258", "办理1187件")) == [(1187, [101, 12, 846, 24, 204], "other")]
    assert findings(corpus("r1257"), "RL701") == []
    assert findings(corpus("r1258"), "RL703") == []  # 9% 1% 71% 2% 17% of 1187


def test_a_wrong_outcome_or_share_is_an_error(tmp_path):
    path = changed(tmp_path, "r1257", "无法提供763件", "无法提供764件")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：147+27+764+12+155 = 1105，但写明的合计为 1104 件，各分项之和多出 1 件")]
    path = changed(tmp_path, "r1258", "无法提供846件,占71%", "无法提供846件,占61%")
    assert findings(path, "RL703") == [("error", "文中百分比 61% 与其基数不符：846 ÷ 1187 × 100% = 71%")]


def test_outcomes_alone_open_that_reading():
    # a list of channels after 受理 and 答复 still breaks down neither
    assert shapes("受理30件,答复28件。其中,网上申请20件,信函申请10件。") == []


@pytest.mark.parametrize(("prefix", "old", "new", "message"), [
    ("r1256", "另有5件", "另有6件",
     "文中申请数不平衡：新收 408 + 上年结转 5 = 413 件，但办结 408 + 结转下年 6 = 414 件，相差 1 件"),
    ("r1257", "申请1081件", "申请1080件",
     "文中申请数不平衡：新收 1080 + 上年结转 27 = 1107 件，但办结 1104 + 结转下年 4 = 1108 件，相差 1 件"),
    ("r1258", "另有52件", "另有53件",
     "文中申请数不平衡：新收 1182 + 上年结转 57 = 1239 件，但办结 1187 + 结转下年 53 = 1240 件，相差 1 件"),
])
def test_a_wrong_count_in_a_handled_statement_is_an_error(tmp_path, prefix, old, new, message):
    # the real statements balance (tests/data/balance/statements.yaml); one number changed does not
    assert findings(corpus(prefix), "RL707") == []
    assert findings(changed(tmp_path, prefix, old, new), "RL707") == [("error", message)]


R1248 = "文中申请数不平衡：处理（含上年结转）2076 件，但办结 2062 + 结转下年 81 = 2143 件，相差 67 件"


def test_a_total_that_balances_only_without_its_carry_over_is_a_warning():
    # r1248 (上海市静安区 2023): 收到2076件(含2022年结转67件), 作出答复2062件, 结转至下一年81件 — 2076 + 67 = 2143:
    # the numbers balance if the 67 are outside the 2076, so the 含 or a number is wrong, and which is not told
    assert findings(corpus("r1248"), "RL707") == [("warning", R1248)]


def test_a_total_its_counts_exceed_by_more_than_the_carry_over_is_an_error(tmp_path):
    path = changed(tmp_path, "r1248", "作出答复2062件", "作出答复2063件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：处理（含上年结转）2076 件，但办结 2063 + 结转下年 81 = 2144 件，相差 68 件")]


@pytest.mark.parametrize(("prefix", "message"), [
    # r1243 (上海市宝山区生态环境局 2024, published 2025-01-20): 统计期限自202511日起至20251231日止
    ("r1243", "统计期限“统计期限自202511日起至20251231日”与报告年度 2024 年不符"),
    # r1252 (上海市闵行区经济委员会 2022, published 2023-01-18): 统计期限自202111日起至1231日止
    ("r1252", "统计期限“统计期限自202111日起至1231日”与报告年度 2022 年不符"),
])
def test_a_statistics_period_of_another_year_is_an_error(prefix, message):
    assert findings(corpus(prefix), "RL605") == [("error", message)]


@pytest.mark.parametrize("prefix", ["r1241", "r1251"])
def test_a_period_whose_page_dropped_its_year_and_month_words_is_read(prefix):
    # r1241 (浦东新区 2023) 统计期限202311日到1231; r1251 (闵行区 2025) 自 2025 1  1 日到 12  31 日
    assert findings(corpus(prefix), "RL605") == []
    assert findings(corpus(prefix), "RL610") == []


@pytest.mark.parametrize("prefix", ["r1166", "r1256", "r1257", "r1258"])
def test_a_date_in_brackets_ending_the_title_line_is_the_report_date(prefix):
    # 上海's municipal sites: "2023年政府信息公开工作年度报告 ( 2024-01-31 )" — posted by 31 January, in time
    assert findings(corpus(prefix), "RL607") == []
    assert findings(corpus(prefix), "RL603") == []


def test_a_late_date_in_those_brackets_is_an_error(tmp_path):
    path = changed(tmp_path, "r1257", "( 2024-01-31 )", "( 2024-02-21 )")
    assert findings(path, "RL603") == [
        ("error", "报告日期 2024-02-21 晚于法定期限 2024-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


@pytest.mark.parametrize("line", ["关于印发办法的通知(2022年1月20日修订)", "统计期限(2023年1月1日)", "数据截至(2023年12月31日)"])
def test_other_bracketed_dates_are_no_report_date(line):
    assert date_in_line(line) is None
