"""Real reports of the eighth held-out round, slice ae (r1300–r1319: 福建's county-level bodies — towns, a street,
county governments and their offices and bureaus of 福州's 连江, 福清, 闽侯, 罗源 and 长乐 and 泉州's 惠安, 石狮, 永春, 安溪
and 南安, 2020–2025).  Each test reads the real text as it was found and asserts the exact findings: the last parts of a
list that add up to an earlier part break that part down, with no marker (``202条,其中主动公开信息4条,依申请公开信息0条,
机构设置类信息2条;…1条;其他类信息 1条``: 2+1+1 = 4, r1309) when their punctuation sets them apart (；after ，), so they are
not read as more parts of the total; a list joined alike throughout is never split so, where a run adds up to an earlier
part by chance (r509 by 、, r508 by ，, r1261 by ；).  A
counter-case written into a copy of the real text (in a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes


def test_the_categories_after_two_kinds_of_the_total_break_down_the_first_kind():
    # r1309 (石狮市湖滨街道 2023): 202条,其中主动公开4条,依申请公开0条, then the categories of the 4 (2+1+1)
    assert shapes(line_of("r1309", "202条")) == [(202, [4, 0], None)]
    assert findings(corpus("r1309"), "RL701") == []


def test_a_run_that_does_not_add_up_to_the_part_is_read_as_before(tmp_path):
    path = changed(tmp_path, "r1309", "国土资源城乡建设环保能源类信息 1条", "国土资源城乡建设环保能源类信息 2条")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：4+0+2 = 6，写明的合计为 202 条，少 196 条")]


def test_the_kinds_before_the_breakdown_are_still_summed(tmp_path):
    # a third kind named: the three kinds are checked against the total, the categories left aside
    path = changed(tmp_path, "r1309", "依申请公开信息0条,", "依申请公开信息0条,不予公开信息197条,")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：4+0+197 = 201，写明的合计为 202 条，少 1 条")]
    path = changed(tmp_path, "r1309", "依申请公开信息0条,", "依申请公开信息0条,不予公开信息198条,")
    assert findings(path, "RL701") == []


def test_a_list_joined_alike_throughout_is_never_split():
    # r509 (福州市建设局 2022): 1、14、126、5、8、1 = 155 of 154 — 5+8+1 = 14 by chance, still one list
    assert shapes(line_of("r509", "154条")) == [(154, [1, 14, 126, 5, 8, 1], None)]
    assert findings(corpus("r509"), "RL701") == [
        ("error", "文中合计不成立：1+14+126+5+8+1 = 155，但写明的合计为 154 条，各分项之和多出 1 条")]
    # r508 (和平县合水镇 2024): 4,5,4,0,1 of 21 joined by ，— 4+0+1 = 5 by chance
    assert findings(corpus("r508"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：4+5+4+0+1 = 14，写明的合计为 21 条，少 7 条")]


def test_four_named_areas_of_a_larger_count_are_a_partial_list():
    # r1314 (长乐区政府办 2024): 重点领域信息3793条,其中 four areas of the 26 — a warning, as every list without 等
    assert findings(corpus("r1314"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：759+107+101+261 = 1228，写明的合计为 3793 条，少 2565 条")]


def test_the_real_sums_shares_and_balances_of_the_slice_raise_nothing():
    # 34 of the year past 歷年累計1012 (r1300), 4 = 100% (r1301), 15 = 1+1+13 and 1 = 0+1+0 (r1304), 34 (r1305),
    # 212.50% with no base stated (r1308), 72 = 71+1 (r1310), 1742 cut in its second part (r1318)
    for prefix in ("r1300", "r1301", "r1304", "r1305", "r1308", "r1310", "r1318"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


def test_a_bureau_report_on_2020_is_read_in_the_2019_form():
    # r1317 (闽侯县农业农村局 2020): no title, the period alone gives the year
    assert findings(corpus("r1317"), "RL103") == [
        ("info", "未找到报告标题，按正文识别为政府信息公开工作年度报告（2019年版格式）（章节标题 5 处，如“一、总体情况”）；"
                 "报告年度 2020 年，依据统计期限“2020年1月1日起至2020年12月31日”；机关层级：政府部门，依据正文自称“我局”")]
