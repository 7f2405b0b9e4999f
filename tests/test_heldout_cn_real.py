"""Real reports of the fourteenth held-out round, slice cn (r2220–r2239: 湖北, 湖南 and 江西 bodies at every level —
湘潭县's 云湖桥镇, 衡山县's 长江镇 (a Traditional mirror), its government's office and its 萱洲湿地公园管理处, 大冶市政府办,
孝感市, 襄州区水利局, 东湖风景区管委会办公室, 湘阴县, 樟树市's 中洲乡, 大余县's 吉村镇, 信丰县's 小江镇, 鄱阳县's 莲湖乡,
丰城市's 筱塘乡 (a mirror), 渝水区's 鹄山镇 (a Traditional mirror), 江汉区's 常青街道, 武汉经开区's 湘口街, 东湖高新区's
佛祖岭街道, 奉新县高新区管委会 (a Traditional mirror) and 井冈山经开区 (a spam mirror), reports on 2020–2025).  Each test
reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is
made only where the report is wrong:

- r2220 (云湖桥镇 2023) states in 一 only 2022's count (``2022年,我镇…主动公开政府信息223条``): last year's sentence
  kept, a real error, found (RL611);
- r2221 (长江镇 2023) lists ``23條,其中:機構概況1條、政策文件及通知5條、規劃計劃3條、財政信息2條,重大民生信息11條,政府信息公開
  年報1條。`` — a copy one over was **missed**: 2+5+3+2+11 = 23 by chance, and the list, begun by 、, was taken to end at
  the ，after 11 as at a later fact.  It had gone on by ，before that part: the joint after the prefix is the list's own
  (``text/sumextent._switched_list``);
- r2233 (筱塘乡 2024) lists twelve kinds of 911 by ，, the last two ``政府信息公开年报1条,申请公开0条`` — a copy one over
  was **missed**: the prefix before them adds up, and the 1 and the 0 were read as the same total broken down again.  A
  second breakdown counts two things at least, or all of the total (``text/sumbreakdowns.second_breakdown``);
- r2223 (萱洲湿地公园管理处 2020) gives its total, 13条, two sentences before its ``其中`` — the sentence between names the
  kinds and holds no number — so a copy one over was **missed**: the total is still the last count before a sentence
  with no number (``text/sumtotals.total_before``);
  That reading also reaches r2229 (中洲乡 2024): ``463条,…。全方位展示了…成效。其中…`` — kinds short of the total by 80
  (the 32 run into the next name without its unit is not read: 112), a warning the labels allow;
- r2236 (湘口街 2025) lists ``5条,具体包括:更新领导分工信息1条,…2条,…1条,确保权力运行透明化、政务服务规范化。`` — a copy one
  over was **missed**: 1+1+3 = 5 by chance, and a list of four by ，read to its sentence's end only when it ends there.  A
  list announced by a colon, its sentence counting nothing after its last part, is read to that part
  (``text/sumextent._announced``);
- the other sums and balances hold (r2222's 13 = 5+2+6 and 10 = 6+4, r2225's 1022 = 987 + 35, r2228, r2230,
  r2238) and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, shapes

_SLICE = ("r2220", "r2221", "r2222", "r2223", "r2224", "r2225", "r2226", "r2227", "r2228", "r2229", "r2230", "r2231",
          "r2232", "r2233", "r2234", "r2235", "r2236", "r2237", "r2238", "r2239")


def test_r2220_last_years_count_in_the_report():
    assert findings(corpus("r2220"), "RL611") == [
        ("warning", "正文“2022年,我镇在本单位部门网站主动公开政府信息223条”所述年度 2022 年与报告年度 2023 年不符")]


def test_r2220_the_same_sentence_on_its_own_year(tmp_path):
    assert findings(changed(tmp_path, "r2220", "2022年,我镇", "2023年,我镇"), "RL611") == []


def test_r2221_a_list_switched_to_commas_goes_on(tmp_path):
    # the real text: 1+5+3+2+11+1 = 23
    assert shapes(corpus("r2221").read_text(encoding="utf-8")) == [(23, [1, 5, 3, 2, 11, 1], None)]
    assert findings(corpus("r2221"), "RL701") == []
    # one over: 2+5+3+2+11 = 23 by chance, the list gone on by ，before its 11
    assert findings(changed(tmp_path, "r2221", "機構概況1條", "機構概況2條"), "RL701") == [
        ("error", "文中合计不成立：2+5+3+2+11+1 = 24，但写明的合计为 23 条，各分项之和多出 1 条")]
    # one short, as ever
    assert findings(changed(tmp_path, "r2221", "政府信息公開年報1條", "政府信息公開年報0條"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：1+5+3+2+11+0 = 22，写明的合计为 23 条，少 1 条")]


def test_r2221_a_first_comma_right_after_the_prefix_still_ends_the_list(tmp_path):
    # joined by 、 up to the 11 that closes 23, then ，: a later fact may start there — read as before
    copy = changed(tmp_path, "r2221", "機構概況1條、政策文件及通知5條、規劃計劃3條、財政信息2條,重大民生信息11條",
                   "機構概況2條、政策文件及通知5條、規劃計劃3條、財政信息2條、重大民生信息11條")
    assert findings(copy, "RL701") == []


def test_r2233_the_last_kinds_are_no_second_breakdown(tmp_path):
    assert findings(corpus("r2233"), "RL701") == []
    for old, new, parts in (("规划计划5条", "规划计划6条", "55+16+66+761+1+1+0+6+3+2+1+0"),
                            ("工作动态55条", "工作动态56条", "56+16+66+761+1+1+0+5+3+2+1+0"),
                            ("申请公开0条", "申请公开1条", "55+16+66+761+1+1+0+5+3+2+1+1")):
        assert findings(changed(tmp_path, "r2233", old, new), "RL701") == [
            ("error", f"文中合计不成立：{parts} = 912，但写明的合计为 911 条，各分项之和多出 1 条")], old


def test_r2223_a_total_two_sentences_before_its_breakdown(tmp_path):
    text = corpus("r2223").read_text(encoding="utf-8")
    assert shapes(text) == [(13, [1, 2, 3, 3, 3, 1], None)]
    assert findings(corpus("r2223"), "RL701") == []
    assert findings(changed(tmp_path, "r2223", "机构概况2条", "机构概况3条"), "RL701") == [
        ("error", "文中合计不成立：1+3+3+3+3+1 = 14，但写明的合计为 13 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2223", "信息公开指南1条", "信息公开指南2条"), "RL701") == [
        ("error", "文中合计不成立：2+2+3+3+3+1 = 14，但写明的合计为 13 条，各分项之和多出 1 条")]


def test_r2223_a_sentence_between_with_a_number_or_two_sentences_between(tmp_path):
    # the sentence between counts something: the 其中 is not read as a breakdown of 13
    counted = changed(tmp_path, "r2223", "主要公开了机构概况", "主要公开了4类信息:机构概况")
    assert shapes(counted.read_text(encoding="utf-8")) == []
    # two sentences between: too far
    two = changed(tmp_path, "r2223", "政策文件及通知、规划计划、财政信息。", "政策文件及通知。还有规划计划、财政信息。")
    assert shapes(two.read_text(encoding="utf-8")) == []


def test_r2236_a_list_announced_by_a_colon_runs_to_its_last_count(tmp_path):
    assert shapes(corpus("r2236").read_text(encoding="utf-8")) == [(5, [1, 1, 2, 1], None)]
    assert findings(corpus("r2236"), "RL701") == []
    # one over: 1+1+3 = 5 by chance, the list going on by ，to the sentence's last count
    assert findings(changed(tmp_path, "r2236", "村务居务公开信息2条", "村务居务公开信息3条"), "RL701") == [
        ("error", "文中合计不成立：1+1+3+1 = 6，但写明的合计为 5 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2236", "更新领导分工信息1条", "更新领导分工信息2条"), "RL701") == [
        ("error", "文中合计不成立：2+1+2+1 = 6，但写明的合计为 5 条，各分项之和多出 1 条")]
    # no colon announcing the list, or a later count in the sentence: the prefix that adds up ends it, as before
    no_colon = changed(tmp_path, "r2236", "具体包括:更新领导分工信息1条", "具体包括更新领导分工信息2条")
    assert findings(no_colon, "RL701") == []
    later = changed(tmp_path, "r2236", "村务居务公开信息2条,梳理公布履职事项清单1条,确保",
                    "村务居务公开信息3条,梳理公布履职事项清单1条,另有3条确保")
    assert findings(later, "RL701") == []


def test_r2229_kinds_short_of_their_total_two_sentences_on():
    # 463条,…多个领域。全方位展示了…成效。其中 8、4、52、1、9、3、10、32(no unit)、264: short of the total, a warning —
    # the kinds named all the fields the sentence before names (383 with the 32 run into the next name, unread here)
    assert findings(corpus("r2229"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：8+4+52+1+9+3+10+264 = 351，写明的合计为 463 条，少 112 条")]


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707"):
            if (ref, code) != ("r2229", "RL701"):
                assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2222", "县政府办文件2件", "县政府办文件3件"), "RL701") == [
        ("error", "文中合计不成立：5+3+6 = 14，但写明的合计为 13 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2225", "按时办结987件", "按时办结988件"), "RL707") == [
        ("error", "文中申请数不平衡：处理（含上年结转）1022 件，但办结 988 + 结转下年 35 = 1023 件，相差 1 件")]
    assert findings(changed(tmp_path, "r2228", "发布信息5974条", "发布信息6974条"), "RL701") == [
        ("error", "文中合计不成立：6974+5561+51 = 12586，但写明的合计为 12205 条，各分项之和多出 381 条")]
    assert findings(changed(tmp_path, "r2230", "上年结转0件", "上年结转1件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 0 + 上年结转 1 = 1 件，但办结 0 + 结转下年 0 = 0 件，相差 1 件")]
    assert findings(changed(tmp_path, "r2238", "工作動態44條", "工作動態45條"), "RL701") == [
        ("error", "文中合计不成立：1+45+2+2+2+1 = 53，但写明的合计为 52 条，各分项之和多出 1 条")]
