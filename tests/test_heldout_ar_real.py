"""Real reports of the ninth held-out round, slice ar (r1430–r1444: reports hunted for real errors — departments of
several levels and provinces, and county governments, towns and bodies of 2019–2020, whose prose is the least checked).
Each test reads the real text as it was found and asserts the exact findings; a counter-case written into a copy of
the real text (in a tmp folder) shows the finding is made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes


def test_a_share_that_does_not_follow_from_its_count_is_an_error(tmp_path):
    # r1430 (国家卫生健康委 2024): 当面提交13件,占比1.3% of 1046 — 13 ÷ 1046 = 1.24%, printed 1.3% to make 100%
    assert findings(corpus("r1430"), "RL703") == [
        ("error", "文中百分比 1.3% 与其基数不符：13 ÷ 1046 × 100% = 1.2%")]
    assert findings(changed(tmp_path, "r1430", "占比1.3%", "占比1.2%"), "RL703") == []
    assert findings(corpus("r1430"), "RL701") == []


def test_outcomes_opening_the_next_sentence_break_the_applications_down_again():
    # r1431 (辽宁省卫生健康委 2020): 49 by channel (8+35+2+4), then, a sentence later, by outcome (14+1+1+11+22)
    line = line_of("r1431", "受理政府信息公开申请49件")
    assert shapes(line) == [(49, [8, 35, 2, 4], None), (49, [14, 1, 1, 11, 22], None)]
    assert findings(corpus("r1431"), "RL701") == []
    assert findings(corpus("r1431"), "RL703") == []


def test_outcomes_short_of_the_applications_are_found(tmp_path):
    path = changed(tmp_path, "r1431", "结转下年度继续办理22件", "结转下年度继续办理21件")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：14+1+1+11+21 = 48，写明的合计为 49 件，少 1 件")]


def test_outcomes_over_the_applications_are_an_error(tmp_path):
    # as the same list in one sentence is (``受理…49件,其中,同意公开14件,…``): no carry-in is said
    path = changed(tmp_path, "r1431", "依申请同意公开14件", "依申请同意公开15件")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：15+1+1+11+22 = 50，但写明的合计为 49 件，各分项之和多出 1 件")]


def test_a_second_list_of_other_items_is_no_breakdown_of_the_first_total(tmp_path):
    # the same sentences with a list that is not of outcomes: 4 is a part, no total, and the first total is not taken
    path = changed(tmp_path, "r1431", "其中,依申请同意公开14件", "其中,网上申请14件")
    assert [s for s in shapes(path.read_text(encoding="utf-8")) if s[0] == 49] == [(49, [8, 35, 2, 4], None)]
    assert findings(path, "RL701") == []


def test_a_channel_breakdown_still_checked(tmp_path):
    path = changed(tmp_path, "r1431", "以信函形式申请35件", "以信函形式申请36件")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：8+36+2+4 = 50，但写明的合计为 49 件，各分项之和多出 1 件")]


def test_the_real_breakdowns_hold(tmp_path):
    # r1434 (同心县自然资源局 2021): 195 in thirteen columns; r1435 (绍兴市卫生健康委 2020): 6 = 4+1+1
    assert findings(corpus("r1434"), "RL701") == []
    assert findings(corpus("r1435"), "RL701") == []
    assert findings(changed(tmp_path, "r1434", "发布信息81条", "发布信息82条"), "RL701") == [
        ("error", "文中合计不成立：3+6+5+23+2+1+4+1+9+56+82+2+2 = 196，但写明的合计为 195 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1435", "不予公开1件", "不予公开2件"), "RL701") == [
        ("error", "文中合计不成立：4+1+2 = 7，但写明的合计为 6 件，各分项之和多出 1 件")]


def test_closed_over_received_is_found(tmp_path):
    # r1436 (杭州市卫生健康委 2023): 44 received, 0 carried in, 39 closed — silent; 38 received would close more than held
    assert findings(corpus("r1436"), "RL707") == []
    path = changed(tmp_path, "r1436", "收到政府信息公开申请44件", "收到政府信息公开申请38件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 38 + 上年结转 0 = 38 件，但办结 39 件，多出 1 件（结转下年不能为负）")]


def test_a_received_count_without_the_carry_in_does_not_bound_what_was_closed(tmp_path):
    # r1432 (鄂城区市场监管局 2024): 受理9件, 已办结8件, 1件结转 — silent; 9 closed with 1 carried out may hold a carry-in
    assert findings(corpus("r1432"), "RL707") == []
    assert findings(changed(tmp_path, "r1432", "已办结8件", "已办结9件"), "RL707") == []


def test_a_channel_list_over_its_total_is_an_error():
    # r1437 (清水县 2019): 8769条。其中 2100 + 5469 + 1600余 + 600余 — at least 9769; the county site's 5469 holds
    assert findings(corpus("r1437"), "RL701") == [
        ("error", "文中合计不成立：各分项至少为 2100+5469+1600余+600余 = 9769，但写明的合计为 8769 条，各分项之和至少多出 1000 条")]
    assert shapes(line_of("r1437", "8769条")) == [(8769, [2100, 5469, 1600, 600], "other")]


def test_one_part_above_its_total_is_an_error(tmp_path):
    # r1438 (桐梓县 2019): 公布网上服务事项108项,其中行政许可191项、行政处… (the page stops there)
    assert shapes(line_of("r1438", "108项")) == [(108, [191], None)]
    assert findings(corpus("r1438"), "RL701") == [
        ("error", "文中分项大于其合计：“行政许可”为 191 项，但写明的合计为 108 项，多出 83 项")]
    assert findings(changed(tmp_path, "r1438", "行政许可191项", "行政许可91项"), "RL701") == []


def test_one_part_in_another_unit_is_no_statement(tmp_path):
    # 191 个 of 108 项 are not counted alike: no statement, no finding
    path = changed(tmp_path, "r1438", "行政许可191项", "行政许可191个")
    assert [s for s in shapes(path.read_text(encoding="utf-8")) if s[0] == 108] == []
    assert findings(path, "RL701") == []


def test_a_share_joined_by_a_list_mark_is_checked(tmp_path):
    # r1441 (大英县 2020): (其中概况260条、占2.3%,…其他1439条、占12.76%) — 1439 ÷ 11284 = 12.75%; the others hold
    assert findings(corpus("r1441"), "RL703") == [
        ("error", "文中百分比 12.76% 与其基数不符：1439 ÷ 11284 × 100% = 12.75%")]
    assert findings(changed(tmp_path, "r1441", "占12.76%", "占12.75%"), "RL703") == []
    assert findings(changed(tmp_path, "r1441", "占2.3%", "占2.4%"), "RL703") == [
        ("error", "文中百分比 2.4% 与其基数不符：260 ÷ 11284 × 100% = 2.3%"),
        ("error", "文中百分比 12.76% 与其基数不符：1439 ÷ 11284 × 100% = 12.75%")]


def test_a_heading_broken_after_its_number_is_read_whole(tmp_path):
    # r1441: "一、" alone on its line, 总体情况 on the next — no variant title; a wrong title there still is one
    assert findings(corpus("r1441"), "RL204") == []
    path = changed(tmp_path, "r1441", "一、\n总体情况", "一、\n工作概述")
    assert findings(path, "RL204") == [("warning", "标题“一、工作概述”与格式规定的“一、总体情况”不一致")]


def test_a_period_the_preamble_says_it_covers_is_checked(tmp_path):
    # r1442 (山阳县 2020): 涵盖2020年1月1日至12月21日 — ten days left out
    assert findings(corpus("r1442"), "RL610") == [
        ("warning", "报告所述期间“涵盖2020年1月1日至12月21日”不是完整的年度：应为2020年1月1日至2020年12月31日")]
    assert findings(changed(tmp_path, "r1442", "至12月21日", "至12月31日"), "RL610") == []
    path = changed(tmp_path, "r1442", "涵盖2020年1月1日至12月21日", "涵盖2019年1月1日至12月31日")
    assert findings(path, "RL605") == [("error", "报告所述期间“涵盖2019年1月1日至12月31日”与报告年度 2020 年不符")]
    # the same days said as the form says them are a 统计期限 again
    path = changed(tmp_path, "r1442", "涵盖2020年1月1日至12月21日", "统计期限自2020年1月1日起至12月21日止")
    assert findings(path, "RL610") == [
        ("warning", "统计期限“统计期限自2020年1月1日起至12月21日”不是完整的年度：应为2020年1月1日至2020年12月31日")]
    # r1344 (咸宁市 2025) says it the same way for its whole year: nothing
    assert findings(corpus("r1344"), "RL610") == []
    assert findings(corpus("r1344"), "RL605") == []


def test_a_list_closed_by_other_that_falls_short_is_an_error():
    # r1442: 6391条,其中 1105 + 2896 + …其他信息共计2004 = 6005
    assert findings(corpus("r1442"), "RL701") == [
        ("error", "文中合计不成立：1105+2896+2004 = 6005（已列至“政府文件、工作报告、财务预决算、重大事件等民众关心的其他信息共计”），"
                  "但写明的合计为 6391 条，少 386 条")]


def test_sections_without_their_tables_and_tables_without_values_are_found():
    # r1443 (建水县青龙镇 2019): 二, 三, 四 bare titles; r1444 (莲湖区残联 2020): 二's tables with every cell empty
    assert [severity for severity, _ in findings(corpus("r1443"), "RL301")] == ["error"] * 7
    assert [severity for severity, _ in findings(corpus("r1444"), "RL308")] == ["warning"]
