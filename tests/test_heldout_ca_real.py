"""Real reports of the twelfth held-out round, slice ca (r1985–r1993: towns' and streets' reports on 2025, published in January
2026 — 广东's 南塘镇 and 湖东镇 (陆丰), 小三江镇 (连山) and 南岭镇 (紫金), 四川's 永和镇 (金口河), 湖北's 关东街道 (东湖高新区), 汉正街道
and 易家街道 (硚口) and 粮道街道 (武昌)).  Each test reads the real text as it
was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where the report
is wrong:

- r1986 (湖东镇 2025) states its total at a sentence's end and lists the kinds in the next, ``…累计主动公开政府信息67条。
  主要类别包括:组织机构3条、…通知公告6条。``: 3+3+2+1+52+6 = 67 holds, but a copy whose kinds made 68 was **missed** — a
  sentence opening on 主要类别包括 was no marker (only 主要类别有/为 were, 福建's template), so nothing read the 67 back
  across the full stop.  Each head (主要类别, 主要类型) now goes with each verb that announces the kinds (有, 为, 包括, 包含):
  an open list, parts over the total an error, short of it nothing (``text/summarkers.OPEN_PHRASE_MARKERS``);
- r1985 (南塘镇 2025) prints 二, 三 and 四 as bare titles (the page holds no table): RL301, a labelled error;
- the other sums and balances hold (r1985's 66 and 5 + 1 = 6, r1987's 62, r1988's 9, r1989's 238, r1990's 21 + 2 = 18 + 5
  and its 其中 of both, 20 + 3), and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings


def test_r1986_kinds_announced_in_the_next_sentence_are_read_against_the_total(tmp_path):
    # the real text: 3+3+2+1+52+6 = 67, nothing
    assert findings(corpus("r1986"), "RL701") == []
    # a kind one over: the parts over the total the sentence before states
    assert findings(changed(tmp_path, "r1986", "工作动态52条", "工作动态53条"), "RL701") == [
        ("error", "文中合计不成立：3+3+2+1+53+6 = 68，但写明的合计为 67 条，各分项之和多出 1 条")]
    # one short: the main kinds only (主要), no finding
    assert findings(changed(tmp_path, "r1986", "工作动态52条", "工作动态51条"), "RL701") == []
    # the other verb of the same announcement, 包含, and the other head, 主要类型
    assert findings(changed(tmp_path, "r1986", "主要类别包括:组织机构3条", "主要类型包含:组织机构4条"), "RL701") == [
        ("error", "文中合计不成立：4+3+2+1+52+6 = 68，但写明的合计为 67 条，各分项之和多出 1 条")]
    # 包括 without 主要类别 after a full stop names no count of the sentence before: nothing, as ever
    assert findings(changed(tmp_path, "r1986", "主要类别包括:组织机构3条", "内容包括:组织机构4条"), "RL701") == []


def test_r1985_sections_without_tables_are_found():
    assert [f[0] for f in findings(corpus("r1985"), "RL301")] == ["error"] * 6


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in ("r1985", "r1986", "r1987", "r1988", "r1989", "r1990", "r1991", "r1992", "r1993"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r1985", "通知公告10条", "通知公告11条"), "RL701") == [
        ("error", "文中合计不成立：4+1+3+1+46+11+1 = 67，但写明的合计为 66 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1988", "规划计划信息2条", "规划计划信息3条"), "RL701") == [
        ("error", "文中合计不成立：2+2+1+1+1+3 = 10，但写明的合计为 9 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1989", "发布79条", "发布89条"), "RL701") == [
        ("error", "文中合计不成立：159+89 = 248，但写明的合计为 238 条，各分项之和多出 10 条")]
    assert findings(changed(tmp_path, "r1987", "乡镇动态49条", "乡镇动态48条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：48+2+8+1+2 = 61，写明的合计为 62 条，少 1 条")]
    # r1990 (关东街道 2025): 21 + 2 = 18 + 5, its last two counts printed without 件; a copy with them in 件 and one off
    assert findings(changed(tmp_path, "r1990", "已办结18,结转下年度继续办理5。", "已办结19件,结转下年度继续办理5件。"),
                    "RL707") == [("error", "文中申请数不平衡：新收 21 + 上年结转 2 = 23 件，但办结 19 + 结转下年 5 = 24 件，相差 1 件")]
