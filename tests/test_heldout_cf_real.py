"""Real reports of the thirteenth held-out round, slice cf (r2070–r2089: bodies of zones run by a 管理委员会 — 新区 (西咸's
沣东 and 沣西, 西安's 大兴新区, 江门's 银湖湾滨海新区), 开发区 and 高新区 (遂宁, 雅安, 番禺, 太仓, 乐清, 临潼, 天津滨海, 苏州),
工业园区 (广元, 甘眉, 五华), 天津港保税区, 曹娥江旅游度假区, and a street of 滨海新区 — on 2021–2025).  Each test reads the real
text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where
the report is wrong:

- r2070 (广元市天然气综合利用工业园区管委会 2023) breaks its site's 201 items down into five kinds that make 265: found;
- r2071 (遂宁经济技术开发区管委会 2024, a mirror) counts its first channel under ``2023年,`` in the 2024 report: found (RL611);
- a count of applications, or of appeals and lawsuits, followed straight by the outcomes of handling with no 其中
  (r2073 ``…申请17件,予以公开13件,不予公开2件,无法提供2件;``, r2077 ``…行政复议的案件有9件,结果维持2件,结果纠正3件,其他结果
  4件``, r931 ``…申请56件,予以公开23件,…结转下年度继续办理3件``) was no breakdown, so a wrong outcome **would have been
  missed**; the outcomes opening the clause after such a count are read as its parts (``text/summarkers._decision_markers``)
  — not after a count that is itself an outcome, a carry-over, a withdrawal or a subset, nor after the sentence's first
  count (the list before goes on);
- a run of shares printed after their counts that misses 100 by one wrong share (a copy of r2085's ``政府网站公开信息2条,
  占比4.5%,现场公开宣传42条,占比95.5%`` with 5.5%, its total 44 in the paragraph before) named no base, so the wrong share
  **would have been missed**; when the shares pass 100 and every share but one follows from its count over the counts'
  sum, that sum is the base (``checks/prose/sums._one_share_off``): the odd share is a warning — two off, or shares short
  of 100 (a part may be left out), name none;
- the other reports hold every sum, share and balance they print, and copies one off are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, shapes

R2070_SUM = ("error", "文中合计不成立：54+57+138+15+1 = 265，但写明的合计为 201 条，各分项之和多出 64 条")
R2071_YEAR = ("warning", "正文“2023年,经开区通过政府网站主动公开各类政府信息915条”所述年度 2023 年与报告年度 2024 年不符")


def test_r2070_five_kinds_over_the_sites_total_are_found(tmp_path):
    assert findings(corpus("r2070"), "RL701") == [R2070_SUM]
    # the kinds adding up: nothing
    assert findings(changed(tmp_path, "r2070", "转载国家省市重要信息138条", "转载国家省市重要信息74条"), "RL701") == []


def test_r2071_last_years_channel_count_in_the_2024_report_is_found(tmp_path):
    assert findings(corpus("r2071"), "RL611") == [R2071_YEAR]
    assert findings(changed(tmp_path, "r2071", "2023年,经开区", "2024年,经开区"), "RL611") == []
    # its applications hold: 17 answered + 2 carried = 19
    assert findings(corpus("r2071"), "RL701") == []


def test_outcomes_straight_after_a_count_of_applications_break_it_down(tmp_path):
    assert shapes("2023年共新收到和处理政府信息依申请公开申请17件,予以公开13件,不予公开2件,无法提供2件;上年结转办理1件,"
                  "予以公开1件。") == [(17, [13, 2, 2], None)]
    assert findings(corpus("r2073"), "RL701") == []
    assert findings(changed(tmp_path, "r2073", "予以公开13件", "予以公开14件"), "RL701") == [
        ("error", "文中合计不成立：14+2+2 = 18，但写明的合计为 17 件，各分项之和多出 1 件")]
    # r931 (天津港保税区 2024, the same body's next year): the carry-over closes the list
    assert findings(corpus("r931"), "RL701") == []
    assert findings(changed(tmp_path, "r931", "予以公开23件", "予以公开24件"), "RL701") == [
        ("error", "文中合计不成立：24+2+28+3 = 57，但写明的合计为 56 件，各分项之和多出 1 件")]


def test_outcomes_straight_after_a_count_of_appeals_break_it_down(tmp_path):
    assert shapes("因政务信息公开工作被申请行政复议的案件有9件,结果维持2件,结果纠正3件,其他结果4件;") == [(9, [2, 3, 4], "other")]
    assert findings(corpus("r2077"), "RL701") == []
    assert findings(changed(tmp_path, "r2077", "结果维持2件", "结果维持3件"), "RL701") == [
        ("error", "文中合计不成立：3+3+4 = 10，但写明的合计为 9 件，各分项之和多出 1 件")]


def test_outcomes_after_a_part_a_subset_or_another_subject_are_no_breakdown_of_it():
    # a withdrawal in a list: the 其他处理 after it is the list's next part, not its breakdown (r1188)
    assert shapes("受理申请62件。其中,予以公开23件,不予处理6件,申请人主动撤销申请6件,其他处理3件,结转8件。") == [
        (62, [23, 6, 6, 3, 8], None)]
    # a subset (网上申请) or another subject (咨询): the outcomes may be of all the applications
    assert shapes("收到网上申请15件,予以公开10件,不予公开5件。") == []
    assert shapes("收到咨询15件,予以公开10件,不予公开5件。") == []
    # a change between: the count's clause is no total of what follows
    assert shapes("本年新收申请20件,较上年增加5件,予以公开13件,不予公开2件。") == []


def test_the_slices_sums_shares_and_balances_hold(tmp_path):
    for ref in ("r2072", "r2073", "r2074", "r2075", "r2076", "r2077", "r2078", "r2079", "r2080", "r2081", "r2082",
                "r2083", "r2084", "r2085", "r2086", "r2087", "r2088", "r2089"):
        for code in ("RL701", "RL703", "RL707", "RL611"):
            got = findings(corpus(ref), code)
            assert all(severity != "error" for severity, _ in got), (ref, code, got)
    # copies one off are found
    assert findings(changed(tmp_path, "r2075", "政务微信417条", "政务微信418条"), "RL701") == [
        ("error", "文中合计不成立：6148+1473+418 = 8039，但写明的合计为 8038 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2086", "抖音74条", "抖音75条"), "RL701") == [
        ("error", "文中合计不成立：2905+6128+1540+5135+2487+75 = 18270，但写明的合计为 18269 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2081", "环评类公示信息1条", "环评类公示信息2条"), "RL701") == [
        ("error", "文中合计不成立：8+2+2+2 = 14，但写明的合计为 13 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2078", "自然人申请22件", "自然人申请23件"), "RL701") == [
        ("error", "文中合计不成立：23+1 = 24，但写明的合计为 23 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2085", "现场公开宣传42条", "现场公开宣传43条"), "RL703") == [
        ("warning", "文中百分比 4.5% 与其基数不符：2 ÷ 45 × 100% = 4.4%")]


def test_a_run_of_shares_one_off_takes_the_counts_sum_as_its_base(tmp_path):
    assert findings(corpus("r2085"), "RL703") == []
    assert findings(changed(tmp_path, "r2085", "占比4.5%", "占比5.5%"), "RL703") == [
        ("warning", "文中百分比 5.5% 与其基数不符：2 ÷ 44 × 100% = 4.5%")]
    assert findings(changed(tmp_path, "r2085", "占比95.5%", "占比96.5%"), "RL703") == [
        ("warning", "文中百分比 96.5% 与其基数不符：42 ÷ 44 × 100% = 95.5%")]
    # both off: no base is named (the run may be part of a larger total)
    assert findings(changed(tmp_path, "r2085", "占比4.5%,现场公开宣传42条,占比95.5%", "占比5.5%,现场公开宣传42条,占比96.5%"),
                    "RL703") == []
    # short of 100: a part may be left out of the run, its shares of a larger total — nothing
    assert findings(changed(tmp_path, "r2085", "占比95.5%", "占比94.5%"), "RL703") == []
