"""Real reports of the eighth held-out round, slice x (r1160–r1179: 上海's districts, streets, towns and commissions and
福建's counties, districts and departments, 2019–2025).  Each test reads the real text as it was found and asserts the
exact findings: a nested list whose own parts are joined by semicolons (``…网站…51条,其中机构职能类信息2条,占3.9%;政策法规类
信息3条,占5.9%;…其他类信息29条,占56.9%。``) is read whole when that adds up to the part it breaks down, so the outer list
(934 = 883+51) and the shares (of 51) are checked against the right totals (r1162); a metadata row opening with
``发文日期:`` is page chrome, so the title under it is found (r1177); the two real errors of the slice, a statistics
period of last year (r1167) and another body's last-year preamble (r1171), are reported.  A counter-case written into a
copy of the real text (in a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes


def test_a_nested_list_joined_by_semicolons_is_read_whole_when_it_adds_up():
    # r1162 (上海市黄浦区南京东路街道 2023): 934 = 883 + 51, and the 51 = 2+3+3+14+29
    assert shapes(line_of("r1162", "934条")) == [(934, [883, 51], None), (51, [2, 3, 3, 14, 29], "other")]
    assert findings(corpus("r1162"), "RL701") == []
    assert findings(corpus("r1162"), "RL703") == []


def test_a_share_of_the_nested_list_is_checked_against_its_own_total(tmp_path):
    path = changed(tmp_path, "r1162", "业务类信息14条,占27.5%", "业务类信息14条,占37.5%")
    assert findings(path, "RL703") == [("error", "文中百分比 37.5% 与其基数不符：14 ÷ 51 × 100% = 27.5%")]
    assert findings(path, "RL701") == []


def test_the_outer_list_of_a_whole_nested_list_still_errs(tmp_path):
    path = changed(tmp_path, "r1162", "政务微信主动公开政府信息883条", "政务微信主动公开政府信息884条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：884+51 = 935，但写明的合计为 934 条，各分项之和多出 1 条")]
    assert findings(path, "RL703") == []


def test_a_nested_list_that_does_not_add_up_is_still_an_error(tmp_path):
    # no reading of the nested list adds up: it is skipped to its first semicolon, as before, and both lists err
    path = changed(tmp_path, "r1162", "其他类信息29条", "其他类信息30条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：883+51+3+3+14+30 = 984，但写明的合计为 934 条，各分项之和多出 50 条"),
        ("error", "文中合计不成立：2+3+3+14+30 = 52，但写明的合计为 51 条，各分项之和多出 1 条")]


def test_a_title_under_a_metadata_row_opening_with_its_date_is_found():
    # r1177 (上海市嘉定区 2023): "发文日期: | 2024年02月20日 | 主题分类: | … |" above the title
    assert findings(corpus("r1177"), "RL103") == []
    assert findings(corpus("r1177"), "RL603") == []  # a district government's report: due by 31 March


def test_the_government_deadline_read_from_that_title_still_applies(tmp_path):
    path = changed(tmp_path, "r1177", "发文日期: | 2024年02月20日", "发文日期: | 2024年04月20日")
    assert findings(path, "RL603") == [
        ("error", "报告日期 2024-04-20 晚于法定期限 2024-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）")]


def test_a_statistics_period_of_last_year_is_an_error():
    # r1167 (上海市松江区小昆山镇 2025): 统计期限自2024年1月1日起至12月31日止
    assert findings(corpus("r1167"), "RL605") == [
        ("error", "统计期限“统计期限自2024年1月1日起至12月31日”与报告年度 2025 年不符")]


def test_another_bodys_last_year_preamble_is_reported():
    # r1171 (厦门市思明区统计局 2022): 总结厦门市思明区人民政府办公室2021年政府信息公开工作情况
    assert findings(corpus("r1171"), "RL609") == [
        ("warning", "报告开头的“2021年政府信息公开工作情况”与报告年度 2022 年不符")]


def test_the_real_balances_of_the_slice_raise_nothing():
    # 15+3 = 10+8 (r1160), 64+4 = 64+4 (r1164), 83+1 answered of 84 (r1172), 583+11 = 579+15 (r1176)
    for prefix in ("r1160", "r1164", "r1172", "r1176"):
        assert findings(corpus(prefix), "RL707") == []
        assert findings(corpus(prefix), "RL701") == []
