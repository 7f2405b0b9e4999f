"""Real reports of the eighth held-out round, slice ak (r1340–r1359: the newest reports — on 2025, published January–
February 2026 — of districts, streets, towns and departments of 上海, 江苏, 浙江, 广东, 河北, 福建 and others).  Each test
reads the real text as it was found and asserts the exact findings: a 其中 list that names the two parallel counts
before it *after* its numbers (``行政复议166件,行政诉讼44件,其中37件行政复议、8件行政诉讼尚未审结``) breaks both down,
no sum of 44 (r1353); the same list naming neither is still read against 44 and its wrong total found.  A sentence
opening on the outcomes of handling with no 其中 (``答复…83件,…。予以公开及部分公开4件,占4.82%;…``) breaks down the count of
what was handled ending the sentence before (r1351, r1353), never a count carried over (r907).  Copies of the real text
(in a tmp folder) show each finding is still made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes

R1353_LIST = "其中37件行政复议、8件行政诉讼尚未审结"


def test_a_list_naming_both_counts_after_its_numbers_breaks_both_down():
    # r1353 (上海市松江区 2025): 37 of the 166 复议 and 8 of the 44 诉讼 are pending — no statement about 44 alone
    # (its one statement: the outcomes of the 1292 answered, read since the second fix below)
    assert shapes(line_of("r1353", R1353_LIST)) == [(1292, [389, 63, 100, 540, 23, 177], "other")]
    assert findings(corpus("r1353"), "RL701") == []


def test_the_same_list_naming_neither_count_is_still_read_against_the_total(tmp_path):
    path = changed(tmp_path, "r1353", R1353_LIST, "其中37件结果维持、8件尚未审结")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：37+8 = 45，但写明的合计为 44 件，各分项之和多出 1 件")]


def test_a_list_naming_only_its_own_count_is_still_read_against_it(tmp_path):
    # the sibling's name (行政复议) must be in the list too: 行政诉讼 twice is a breakdown of 44 alone
    path = changed(tmp_path, "r1353", R1353_LIST, "其中37件行政诉讼已审结、8件行政诉讼尚未审结")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：37+8 = 45，但写明的合计为 44 件，各分项之和多出 1 件")]


def test_the_real_breakdowns_add_up_and_a_wrong_part_is_found(tmp_path):
    # r1341 (绍兴滨海新区 2025): nine kinds of 1731; r1358 (福州市工业和信息化局 2025): nine kinds of 141 powers
    assert shapes(line_of("r1341", "1731条")) == [(1731, [6, 6, 224, 475, 838, 3, 132, 30, 17], None)]
    assert shapes(line_of("r1358", "141项")) == [(141, [1, 60, 0, 9, 0, 4, 56, 0, 11], "other")]
    assert findings(corpus("r1341"), "RL701") == []
    assert findings(corpus("r1358"), "RL701") == []
    path = changed(tmp_path, "r1341", "其他17条", "其他18条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：6+6+224+475+838+3+132+30+18 = 1732，但写明的合计为 1731 条，各分项之和多出 1 条")]


def test_the_four_counts_balance_and_a_wrong_one_is_found(tmp_path):
    # r1343 (广州市番禺区 2025): 1408 + 172 = 1519 + 61
    assert findings(corpus("r1343"), "RL707") == []
    path = changed(tmp_path, "r1343", "办结1519件", "办结1520件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 1408 + 上年结转 172 = 1580 件，但办结 1520 + 结转下年 61 = 1581 件，相差 1 件")]


def test_partial_lists_that_fall_short_are_warnings_at_most():
    # r1342 (广州市荔湾区 2025): three kinds of 更新量 of 23117; r1346 (涪陵区增福镇 2025): four kinds of 152
    assert findings(corpus("r1342"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：1+7279+38 = 7318，写明的合计为 23117 条，少 15799 条")]
    assert findings(corpus("r1346"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：19+2+22+72 = 115，写明的合计为 152 条，少 37 条")]


def test_the_newest_reports_raise_no_date_or_year_finding():
    # r1345: the period with its 年/月 dropped (202511日至20251231日); r1356: 微博发布信息2026条, a count like a year
    for prefix in ("r1345", "r1356", "r1353", "r1351"):
        for code in ("RL603", "RL604", "RL605", "RL609"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


R1351_HANDLED = "答复政府信息公开申请83件,均在法定期限内予以答复。"


def test_outcomes_opening_a_sentence_break_down_what_was_handled(tmp_path):
    # r1351 (上海市普陀区 2025): 答复…83件。予以公开及部分公开4件,占4.82%;…其他处理41件 — no 其中, 4+5+33+41 = 83
    assert shapes(line_of("r1351", "予以公开及部分公开4件")) == [(83, [4, 5, 33, 41], "other")]
    assert findings(corpus("r1351"), "RL701") == []
    assert findings(corpus("r1351"), "RL703") == []
    assert findings(changed(tmp_path, "r1351", "其他处理41件", "其他处理42件"), "RL701") == [
        ("error", "文中合计不成立：4+5+33+42 = 84，但写明的合计为 83 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1351", "占39.76%", "占39.67%"), "RL703") == [
        ("error", "文中百分比 39.67% 与其基数不符：33 ÷ 83 × 100% = 39.76%")]


def test_outcomes_after_a_bracketed_carry_over_break_down_the_answered_count(tmp_path):
    # r1353 (上海市松江区 2025): 答复1292件(结转到2026年58件)。予以公开389件,占30.1%;…其他处理177件…,占13.7%
    assert findings(changed(tmp_path, "r1353", "其他处理177件", "其他处理178件"), "RL701") == [
        ("error", "文中合计不成立：389+63+100+540+23+178 = 1293，但写明的合计为 1292 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1353", "占41.8%", "占48.1%"), "RL703") == [
        ("error", "文中百分比 48.1% 与其基数不符：540 ÷ 1292 × 100% = 41.8%")]


def test_outcomes_after_a_count_that_is_not_of_what_was_handled_break_nothing_down():
    # r907 (保山市 2024): …按时办结454件,结转下年继续办理7件。予以公开及部分公开245件,… — 7 was carried over, not handled
    assert shapes(line_of("r907", "予以公开及部分公开245件")) == []
    assert findings(corpus("r907"), "RL701") == []
    # nor after a count of what was received: new applications are broken down by outcome only once handled
    assert shapes("本年新收申请87件。予以公开4件,不予公开5件,其他处理41件。") == []
    assert shapes(R1351_HANDLED + "予以公开4件,不予公开5件,其他处理41件。") == [(83, [4, 5, 41], "other")]
