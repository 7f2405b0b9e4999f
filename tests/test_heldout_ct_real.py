"""Real reports of the fifteenth held-out round, slice ct (r2340–r2359: bodies of 上海 on 2019–2025 — towns (庙行镇, 新泾镇,
安亭镇, 罗泾镇, 朱家角镇, 七宝镇 (no year on the page) and an unnamed 宝山 town), streets (吴淞街道 on 2019, 新江湾城街道,
长寿路街道 on 2020), district bureaus and committees
(普陀区民政局, 宝山区发改委, 建管委 and 滨江委), the city's 外事办公室, and districts (嘉定 2022, 黄浦 2019, 崇明 2019, 杨浦 2020,
徐汇 2022 on a Traditional wiki mirror)).  Each test reads the real text as it was found and asserts the exact findings;
copies of it (in a tmp folder) show each finding is made only where the report is wrong:

- r2342 (普陀区民政局 2025) ``其中予以公开3件,属于内部事务信息不予公开1件,本机关不掌握…无法提供5件`` — outcomes, siblings: on
  main the 属于 after the 3 opened a breakdown of it, a **false** RL701 error (1+5 of 3).  A count whose clause opens with
  其中 or names an outcome is no total of the 属于 clause after it (``text/summarkers._counts_a_total``);
- r2344 (宝山区建管委 2021) ``依申请予以主动公开的4件,本机关不掌握…15件,…16件,…6件`` — four outcomes of the 41 applications:
  on main the 4 was read as a count of applications (依申请) that the outcomes after it break down, a **false** RL701 error
  (15+16+6 of 4).  予以主动公开 names an outcome, no whole (``text/applicationwords.NOT_A_WHOLE``);
- r2347 (罗泾镇 2022) ``…主动公开信息70条。`` then, on the next line, ``其中,政府公文类信息38条,…,行政处罚信息0条;政府工作报告1条;
  …;其他信息3条。`` — eleven kinds making 70: copies one over or short were **missed** on main (a paragraph opened by 其中
  was no list of the count before, and its semicolons cut it; on one line the copy was read to its first semicolon,
  39+4+0 of 70, a warning).  A list joined by ；alone to a catch-all ending its sentence is read whole
  (``text/sumextent.semicolons_to_other``), and 其中 alone leads a paragraph of kinds (``text/sumitems``);
- r2356 (徐汇区 2022, a mirror) prints 部分公开 4 of 1245 as ``占比1%`` (0.32%): a real error, found on main;
- the other sums and balances hold (r2340 21, r2341 73, 19 and 44 + 3 = 43 + 4, r2343 31, r2348 14 + 4 = 18, r2349 53
  and 7, r2355 13 and 13 + 1 = 14, r2358 68) and copies one over are found — but r2358's outcomes after ``新收…68件,上年结转…
  0件。其中,…`` are read neither as a sum nor as a balance (left: a copy one over is silent)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2340", "r2341", "r2342", "r2343", "r2344", "r2345", "r2346", "r2347", "r2348", "r2349", "r2350", "r2351",
          "r2352", "r2353", "r2354", "r2355", "r2356", "r2357", "r2358", "r2359")


def test_r2342_an_outcome_before_a_clause_opened_by_shuyu_is_no_total(tmp_path):
    # the real text: 予以公开3件 then its siblings; on main 1+5 = 6 of 3, an error
    assert findings(corpus("r2342"), "RL701") == []
    # without its 其中 the count still names an outcome: a sibling
    assert findings(changed(tmp_path, "r2342", "其中予以公开3件,属于", "予以公开3件,属于"), "RL701") == []
    # the outcomes are still read against the 11 answered, and 属于 after a count of what was answered still opens them
    assert findings(changed(tmp_path, "r2342", "无法提供5件", "无法提供12件"), "RL701") == [
        ("error", "文中合计不成立：3+1+12 = 16，但写明的合计为 11 件，各分项之和多出 5 件")]
    assert findings(changed(tmp_path, "r2342", "完成答复11件,且均在规定时间内答复申请人,其中予以公开3件,属于内部事务信息不予公开1件,"
                                                "本机关不掌握相关政府信息无法提供5件",
                            "完成答复11件,属于予以公开的3件,内部事务信息不予公开1件,本机关不掌握相关政府信息无法提供8件"), "RL701") == [
        ("error", "文中合计不成立：3+1+8 = 12，但写明的合计为 11 件，各分项之和多出 1 件")]


def test_r2344_an_outcome_granted_on_application_is_no_count_of_applications(tmp_path):
    open_list = ("warning", "文中各分项之和与合计不符：44+2+9 = 55，写明的合计为 113 件，少 58 件")
    # the real text: 4 + 15 + 16 + 6 = 41 in the sentence after the 41; on main 15+16+6 = 37 of 4, an error
    assert findings(corpus("r2344"), "RL701") == [open_list]
    assert findings(changed(tmp_path, "r2344", "依申请予以主动公开的4件", "予以主动公开4件"), "RL701") == [open_list]
    # a count of applications received is still broken down by the outcomes after it
    assert findings(changed(tmp_path, "r2344", "依申请予以主动公开的4件", "依申请受理的4件"), "RL701") == [
        open_list, ("error", "文中合计不成立：15+16+6 = 37，但写明的合计为 4 件，各分项之和多出 33 件")]


def test_r2347_kinds_on_the_line_after_their_total_closed_by_other(tmp_path):
    assert findings(corpus("r2347"), "RL701") == []
    assert findings(changed(tmp_path, "r2347", "政府公文类信息38条", "政府公文类信息39条"), "RL701") == [
        ("error", "文中合计不成立：39+4+0+1+20+1+2+0+0+1+3 = 71，但写明的合计为 70 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2347", "其他信息3条", "其他信息2条"), "RL701") == [
        ("error", "文中合计不成立：38+4+0+1+20+1+2+0+0+1+2 = 69（已列至“其他信息”），但写明的合计为 70 条，少 1 条")]
    # on one line: read past the semicolons to the 其他 (was 39+4+0 = 43 of 70, a warning)
    assert findings(changed(tmp_path, "r2347", "70条。\n其中,政府公文类信息38条", "70条。其中,政府公文类信息39条"), "RL701") == [
        ("error", "文中合计不成立：39+4+0+1+20+1+2+0+0+1+3 = 71，但写明的合计为 70 条，各分项之和多出 1 条")]
    # no catch-all closing it: the semicolon may end the list before other facts, not certain — silent as before
    assert findings(changed(tmp_path, "r2347", "其他信息3条", "宣传信息4条"), "RL701") == []


def test_r2356_a_share_raised_to_one_percent(tmp_path):
    wrong = ("error", "文中百分比 1% 与其基数不符：4 ÷ 1245 × 100% = 0%")
    assert findings(corpus("r2356"), "RL703") == [wrong]
    assert findings(changed(tmp_path, "r2356", "部分公開4件,占比1%", "部分公開4件,占比0%"), "RL703") == []
    assert findings(changed(tmp_path, "r2356", "予以公開307件,占比25%", "予以公開307件,占比26%"), "RL703") == [
        ("error", "文中百分比 26% 与其基数不符：307 ÷ 1245 × 100% = 25%"), wrong]


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707", "RL603"):
            if (ref, code) not in (("r2344", "RL701"), ("r2356", "RL703")):
                assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2340", "自然人的19件", "自然人的20件"), "RL701") == [
        ("error", "文中合计不成立：20+2 = 22，但写明的合计为 21 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2341", "被纠错9件", "被纠错10件"), "RL701") == [
        ("error", "文中合计不成立：8+10+2 = 20，但写明的合计为 19 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2341", "答复信息公开申请43件", "答复信息公开申请44件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 44 + 上年结转 3 = 47 件，但办结 44 + 结转下年 4 = 48 件，相差 1 件")]
    assert findings(changed(tmp_path, "r2343", "非公文类政府信息25件", "非公文类政府信息26件"), "RL701") == [
        ("error", "文中合计不成立：6+26 = 32，但写明的合计为 31 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2348", "完成答复18件", "完成答复19件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 14 + 上年结转 4 = 18 件，但办结 19 件，多出 1 件（结转下年不能为负）")]
    assert findings(changed(tmp_path, "r2349", "其他处理1件", "其他处理2件"), "RL701") == [
        ("error", "文中合计不成立：3+1+1+2+1 = 8，但写明的合计为 7 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2355", "答复14件", "答复15件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 13 + 上年结转 1 = 14 件，但办结 15 件，多出 1 件（结转下年不能为负）")]
