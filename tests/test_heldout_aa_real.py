"""Real reports of the eighth held-out round, slice aa (r1220–r1239: the governments of 北京, 天津 and 重庆, provincial
governments of 江苏, 河北, 福建, 四川 and 广东, provincial departments, and a district stating its city's figures, 2019–2024).  Each test reads the real text as it
was found and asserts the exact findings: a total whose own clause names where it was counted, each place a part in
turn (``通过省政府网站信息公开专栏和厅网站主动公开各类信息15329条,其中,…4288条,…11040条``), is a complete list, so one short is
a warning even with two parts (r1234; a part may still name a narrower kind of its place's items); a page's update time (``来源:中国电子政务网 更新时间:2020-05-25``) is no publication date, so a late one is
a warning, not an error (r1221); the balance ``答覆13870件(含上年結轉申請397件,另有810件順延到下年度答覆)`` is read (r1223);
a 其中 that breaks down a total and the carry-over its bracket leaves out (``208件(不含上年結轉5件),其中已辦結196件,結轉下年
辦理17件``) adds up (r1239).
A counter-case written into a copy of the real text (in a tmp folder) shows the finding is still made where it is due,
and not made where the words leave the list open."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

JIANGXI_SUM = "句中写明合计由这几部分构成，但各分项之和与合计不符：4288+11040 = 15328，写明的合计为 15329 条，少 1 条"


def test_a_total_whose_clause_names_each_part_is_a_complete_list():
    # r1234 (江西省农业农村厅 2022): 通过省政府网站信息公开专栏和厅网站…15329条, 其中 the two of them: 4288+11040 = 15328
    assert findings(corpus("r1234"), "RL701") == [("warning", JIANGXI_SUM)]


def test_the_named_list_that_adds_up_raises_nothing(tmp_path):
    path = changed(tmp_path, "r1234", "信息更新4288條", "信息更新4289條")
    assert findings(path, "RL701") == []


def test_a_list_of_places_left_open_by_deng_stays_a_highlight(tmp_path):
    # 等 after the places: the total may count more than the two parts, as before
    path = changed(tmp_path, "r1234", "和廳網站主動公開", "和廳網站等主動公開")
    assert findings(path, "RL701") == []
    # r1229 (浙江省水利厅 2022): 通过门户网站、政务微博、政务微信等…8731条: 7717+1014 holds; one short is still silent
    assert findings(corpus("r1229"), "RL701") == []
    assert findings(changed(tmp_path, "r1229", "发布信息1014条", "发布信息1013条"), "RL701") == []


def test_parts_that_do_not_open_with_the_places_named_stay_highlights(tmp_path):
    # the second part no longer names the 厅网站: not the list the clause announced
    path = changed(tmp_path, "r1234", "廳網站公開各類政務動態信息", "公開各類政務動態信息")
    assert findings(path, "RL701") == []


def test_a_pages_update_time_is_no_proof_of_a_late_report():
    # r1221 (北京市 2019, a mirror): 来源:中国电子政务网 更新时间:2020-05-25 — the repost's, not the city's date
    assert findings(corpus("r1221"), "RL603") == [
        ("warning", "页面更新时间 2020-05-25 晚于法定期限 2020-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）；"
                    "更新时间未必是报告的发布日期")]


def test_a_late_publication_date_is_still_an_error(tmp_path):
    path = changed(tmp_path, "r1221", "更新时间:2020-05-25", "发布时间:2020-05-25")
    assert findings(path, "RL603") == [
        ("error", "报告日期 2020-05-25 晚于法定期限 2020-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）")]


def test_the_publication_date_is_read_before_the_update_time_on_its_line(tmp_path):
    path = changed(tmp_path, "r1221", "更新时间:2020-05-25", "更新时间:2020-05-25 发布时间:2020-03-30")
    assert findings(path, "RL603") == []


def test_a_carry_over_after_another_in_the_bracket_is_read_and_balances():
    # r1223 (天津市 2021): 接收14283件…答覆13870件(含上年結轉申請397件,另有810件順延到下年度答覆): 14283+397 = 13870+810
    assert findings(corpus("r1223"), "RL707") == []


def test_that_balance_with_a_wrong_count_is_an_error(tmp_path):
    path = changed(tmp_path, "r1223", "另有810件", "另有800件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 14283 + 上年结转 397 = 14680 件，但办结 13870 + 结转下年 800 = 14670 件，相差 10 件")]


def test_an_aside_that_is_no_carry_over_leaves_the_balance_unread(tmp_path):
    # 另有800件正在核实: not a term of the balance, so the carry-out is missing and the sentence is silence
    path = changed(tmp_path, "r1223", "另有810件順延到下年度答覆", "另有800件正在核實")
    assert findings(path, "RL707") == []


def test_the_real_sums_and_shares_of_the_slice_raise_nothing():
    # 152万 = 62.8+89.2 (r1224), 160万余 = 67+93 (r1225), 8731 = 7717+1014 and 22 = 16+6 (r1229), 四川's shares (r1235)
    for prefix in ("r1224", "r1225", "r1229", "r1235"):
        assert findings(corpus(prefix), "RL701") == []
        assert findings(corpus(prefix), "RL703") == []
    # 1812条 其中 13件+105件+14件 (r1228): highlights in another unit — a warning at most
    assert [severity for severity, _ in findings(corpus("r1228"), "RL701")] == ["warning"]


def test_a_breakdown_of_the_total_and_the_carry_over_its_bracket_leaves_out_adds_up():
    # r1239 (武汉市黄陂区 2022, the city's figures): 208件(不含上年結轉5件),其中已辦結196件,結轉下年辦理17件: 196+17 = 208+5
    assert findings(corpus("r1239"), "RL701") == []
    assert findings(corpus("r1239"), "RL707") == []


def test_that_breakdown_with_a_wrong_part_is_still_an_error(tmp_path):
    path = changed(tmp_path, "r1239", "已辦結196件", "已辦結197件")
    assert findings(path, "RL701") == [("error", "文中合计不成立：197+17 = 214，但写明的合计为 208 件，各分项之和多出 6 件")]
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 208 + 上年结转 5 = 213 件，但办结 197 + 结转下年 17 = 214 件，相差 1 件")]


def test_a_bracket_that_leaves_out_something_else_is_no_carry_over(tmp_path):
    path = changed(tmp_path, "r1239", "(不含上年結轉5件)", "(不含諮詢5件)")
    assert findings(path, "RL701") == [("error", "文中合计不成立：196+17 = 213，但写明的合计为 208 件，各分项之和多出 5 件")]
