"""Audit of the twelfth round's new prose-sum readings (slices bv, bw, bx, sentparts, phonerow) on wordings the corpus
lacks: real texts (r1880, r1864, r1907, r1940) with one piece varied the way reports write.  Three readings were
narrowed, each shown silent on the varied copies and still finding an error where the copy is wrong:

- a count, words, then 中 and a comma opens a breakdown of the count (``办结的29件中,``) only when the words are none or
  name the items counted (申请, 答复, 信息…): ``1件补正中,`` or ``1件征求第三方意见中,`` is a state, no set, and the counts
  after it were read as parts of 1 (text/summarkers.within_markers);
- a part told in a sentence of its own (a channel after its total, or a 其中 going on in the next sentence) is no part
  when it is told of another time (``上年…``, ``去年同期…``, ``2022年…`` after a 2023 total): a comparison, not the year's
  (text/sumsentences);
- ``结果为`` right after a count opens its outcomes only when that count's clause is no part (``其中上年结转10件,``) nor a
  change (``较上年增加12件,``): the outcomes are the total's (text/summarkers); and a list of parts ends before a clause
  that opens the outcomes (``其中上年结转10件,办理结果为:…``: text/sums)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R1940 = "办结的29件中,予以公开20件,部分公开6件,不予公开2件,不予处理1件。"
R1880 = "其中未经复议直接起诉2件,均尚未审结。复议后起诉1件,结果维持。"
R1864 = "。“武山城关发布”视频号发布视频32条。"
R1907 = "行政复议案件102件,办理结果为"


def test_a_count_in_a_state_is_no_total(tmp_path):
    for state in ("1件补正中", "尚有1件征求第三方意见中", "1件待补正中", "1件延期答复中", "1件待答复中"):
        copy = changed(tmp_path, "r1940", "办结的29件中", state)
        assert findings(copy, "RL701") == [], state
    # words naming the items counted still open the breakdown, and parts over it are found
    for among in ("办结的29件申请中", "在29件答复中", "在办结的29件政府信息公开申请中"):
        copy = changed(tmp_path, "r1940", R1940, R1940.replace("办结的29件中", among).replace("不予处理1件", "不予处理2件"))
        assert findings(copy, "RL701") == [
            ("error", "文中合计不成立：20+6+2+2 = 30，但写明的合计为 29 件，各分项之和多出 1 件")], among
    assert findings(corpus("r1940"), "RL701") == []


def test_a_continued_part_of_another_time_is_no_part(tmp_path):
    # r1880 (2023): 收到诉讼为3件,其中未经复议直接起诉2件,均尚未审结。复议后起诉1件 — 2 + 1 = 3
    assert findings(corpus("r1880"), "RL701") == []
    for other in ("2022年未经复议直接起诉2件。", "上年未经复议直接起诉4件。", "去年同期直接起诉4件。",
                  "以往年度复议后起诉5件,均已审结。", "上年度结转的复议后起诉4件,结果维持。"):
        copy = changed(tmp_path, "r1880", R1880, R1880.split("。")[0] + "。" + other)
        assert findings(copy, "RL701") == [], other
    # the year's own part, with or without its year: over 3, found
    for part in ("复议后起诉2件,结果维持。", "2023年复议后起诉2件,结果维持。"):
        copy = changed(tmp_path, "r1880", R1880, R1880.split("。")[0] + "。" + part)
        assert findings(copy, "RL701") == [
            ("error", "文中合计不成立：2+2 = 4，但写明的合计为 3 件，各分项之和多出 1 件")], part


def test_a_channel_sentence_of_another_time_is_no_part(tmp_path):
    # r1864 (2025): 共计444条。政府网站…118条…。…公众号共发布信息294条。…视频号发布视频32条。
    assert findings(corpus("r1864"), "RL701") == []
    for other in ("。去年视频号发布视频132条。", "。2024年视频号发布视频132条。", "。上年同期视频号发布视频132条。"):
        assert findings(changed(tmp_path, "r1864", R1864, other), "RL701") == [], other
    # this year's channel over the total: the warning stays, whether or not it names the year
    for part in ("。视频号发布视频132条。", "。2025年视频号发布视频132条。"):
        assert findings(changed(tmp_path, "r1864", R1864, part), "RL701") == [
            ("warning", "文中合计与其后逐句所列各渠道数量不符：118+294+132 = 544，写明的合计为 444 条，相差 100 条")], part


def test_results_after_a_change_are_the_totals(tmp_path):
    # r1907: 行政复议案件102件,办理结果为:结果维持18件,结果纠正62件,其他结果16件,尚未审结6件 — 102 ✔
    assert findings(corpus("r1907"), "RL701") == []
    for lead in ("行政复议案件102件,较上年增加12件,办理结果为", "行政复议案件102件,其中上年结转10件,办理结果为"):
        # a change, or a part whose 其中 list would run on into the outcomes (10+18+62+16+6 over 102): no reading
        assert findings(changed(tmp_path, "r1907", R1907, lead), "RL701") == [], lead
    copy = changed(tmp_path, "r1907", "结果纠正62件", "结果纠正63件")
    assert findings(copy, "RL701") == [("error", "文中合计不成立：18+63+16+6 = 103，但写明的合计为 102 件，各分项之和多出 1 件")]
