"""What the fourteenth round's slices left (branch leftover15): misses seen on copies of real corpus texts, each fixed
generally and shown on the real text (which is right) and on copies — one over, one short, other wordings:

- r2167 (济南 文化东路街道 2025): ``…29条。主要包括…等,其中:围绕…等会议,发布16条;建议提案办理2条;…`` — a part named in a clause
  of its own and counted after a comma, in a list joined by semicolons (``sumparts._count_closes_part``), was read as a new
  topic: no list at all;
- r2174 (林州市 2023): ``…概况类信息6条,互动交流留言收到1465条、办结1213条…`` — with no prefix adding up, the list read on
  into the messages, another subject: it ends before them now (``sumextent._first_other_subject``);
- r2226 (襄州区水利局 2024): ``新收到…2件,上年无结转,已办理2件,无结转下年度`` — two counts with both carries said to be none,
  办理 then what was closed either way (RL707);
- r2248 (綦江区发改委 2024): ``…16件,包括…。其中8件已公开;6件部分公开;2条本机关不掌握…`` — outcomes written after their counts
  open a second breakdown (``sumtotals._AGAIN_OUTCOMES``), and a last part in a kindred unit ending the sentence is no later
  fact (``kindred.kindred_extent``'s ``closes``); so is r2246's (万盛 丛林镇 2024) ``…工作信息28条,基层政务公开各领域信息110条。``;
- r2247 (大足区政府办 2024): ``行政复议案件3件、行政诉讼案件3件,其中行政复议结果维持3件、行政诉讼结果维持3件`` — each count with
  the parts named after it (``text/sumpaired``);
- r2186 (平阳县政府办 2021): ``其中工作信息类占75%,其次是民生事项类10%,再次是政策文件类15%`` — shares without counts, whose sum
  may not pass 100% by more than rounding explains (``text/sharelists``, RL703): 101% of three whole shares may be rounding
  (33.5+33.5+33), 102% may not."""

from __future__ import annotations

from realcorpus import balances, changed, corpus, edit, findings, line_of, shapes


def test_r2167_parts_counted_after_a_comma_in_their_own_clause(tmp_path):
    line = line_of("r2167", "其中:围绕")
    assert [s for s in shapes(line) if s[0] == 29] == [(29, [16, 2, 7, 4], "etc")]  # 主要包括…等: an open list
    assert findings(corpus("r2167"), "RL701") == []
    assert findings(changed(tmp_path, "r2167", "建议提案办理2条", "建议提案办理3条"), "RL701") == [
        ("error", "文中合计不成立：16+3+7+4 = 30，但写明的合计为 29 条，各分项之和多出 1 条")]
    # one short: an open list (主要包括…等) may leave a part out
    assert findings(changed(tmp_path, "r2167", "建议提案办理2条", "建议提案办理1条"), "RL701") == []
    # without 主要包括…等 the list is closed: one short is found too
    path = changed(tmp_path, "r2167", "主要包括街道会议、人大政协提案、财政预决算等,其中:", "其中:")
    assert shapes(line_of("r2167", "其中:围绕").replace("主要包括街道会议、人大政协提案、财政预决算等,", "")) == [
        (29, [16, 2, 7, 4], None)]
    edit(path, "发布16条", "发布15条")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：15+2+7+4 = 28，写明的合计为 29 条，少 1 条")]
    # other wordings: every part named before its comma, the last closing the sentence
    assert shapes("公开信息29条。其中:围绕会议,发布16条;围绕提案,办理2条;围绕财政,公开7条;围绕便民,发布5条。") == [
        (29, [16, 2, 7, 5], None)]
    # a clause of another count in another unit is no name of the next part (许可481件,其中…认定275人,补办…10件;…)
    assert shapes("许可481件,其中办理认定275人,补办证书10件;延缓入学45件;其他103件。") == []
    # a clause followed by more than one count is no part's name: a new topic
    assert shapes("公开信息29条。其中:围绕会议,发布16条,转载3条;提案2条;财政7条。") == []


def test_r2174_a_list_ends_before_another_subject(tmp_path):
    assert shapes(line_of("r2174", "概况类")) == [(5648, [4804, 838, 6], None)]
    assert findings(corpus("r2174"), "RL701") == []
    assert findings(changed(tmp_path, "r2174", "概况类信息6条", "概况类信息7条"), "RL701") == [
        ("error", "文中合计不成立：4804+838+7 = 5649，但写明的合计为 5648 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2174", "概况类信息6条", "概况类信息5条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：4804+838+5 = 5647，写明的合计为 5648 条，少 1 条")]
    # r857 (甘谷县政府办 2024): the 56 messages received after the channels are no part of the 10300 items
    assert [s for s in shapes(line_of("r857", "10300条")) if s[0] == 10300] == [
        (10300, [32, 3129, 4282, 152, 75], None)]
    # other wordings: consultations after the kinds, joined by 、
    assert shapes("发布信息100条,其中动态信息60条、公告信息41条、咨询答复30条。") == [(100, [60, 41], None)]
    # a list that names the other subject from its first part reads on as before
    assert shapes("收到来信10件,其中咨询来信6件,投诉来信3件,建议来信2件。") == [(10, [6, 3, 2], None)]


def test_r2226_both_carries_said_to_be_none(tmp_path):
    line = line_of("r2226", "上年无结转")
    assert balances(line, 2024) == [(2, 2, True)]
    assert balances(line.replace("已办理2件", "已办理3件"), 2024) == [(2, 3, False)]
    assert findings(corpus("r2226"), "RL707") == []
    assert findings(changed(tmp_path, "r2226", "已办理2件", "已办理3件"), "RL707") == [
        ("warning", "文中申请数不平衡：新收 2 + 上年结转 0 = 2 件，但办结 3 + 结转下年 0 = 3 件，相差 1 件")]
    assert findings(changed(tmp_path, "r2226", "已办理2件", "已办结1件"), "RL707") == [
        ("warning", "文中申请数不平衡：新收 2 + 上年结转 0 = 2 件，但办结 1 + 结转下年 0 = 1 件，相差 1 件")]
    # other wordings: 无上年结转 and 全部办结
    assert balances("收到政府信息公开申请5件,无上年结转,办结6件,无结转下年度。", 2024) == [(5, 6, False)]
    # one carry said none, the other unsaid: two counts are no reading
    assert balances("收到政府信息公开申请5件,上年无结转,办结6件。", 2024) == []
    assert balances("收到政府信息公开申请5件,办理6件,无结转下年度。", 2024) == []


def test_r2248_outcomes_after_their_counts_and_a_last_part_in_a_kindred_unit(tmp_path):
    assert shapes(line_of("r2248", "其中8件")) == [(16, [15, 1], "other"), (16, [8, 6, 2], None)]
    assert findings(corpus("r2248"), "RL701") == []
    assert findings(changed(tmp_path, "r2248", "其中8件已公开", "其中9件已公开"), "RL701") == [
        ("warning", "文中合计不成立：9件+6件+2条 = 17，但写明的合计为 16 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2248", "2条本机关不掌握", "3条本机关不掌握"), "RL701") == [
        ("warning", "文中合计不成立：8件+6件+3条 = 17，但写明的合计为 16 件，各分项之和多出 1 件")]
    # a last part in another unit of a list of kinds is still a later fact (r1883: the 5篇 are no kind of the 231)
    assert shapes(line_of("r1883", "主动公开信息231条")) == [(231, [221, 9], None)]
    assert findings(corpus("r1883"), "RL701") == []
    # a last part alone over the total, or after parts already over it, is still a later fact
    assert shapes("发布100条，其中网站80条、微信40条、简报5期。") == [(100, [80, 40], None)]
    assert shapes("发布120条,其中规范性文件5件,政策解读10件,办理事务188件。") == [(120, [5, 10], None)]


def test_r2246_a_last_part_in_the_totals_unit_after_a_kindred_one(tmp_path):
    assert findings(corpus("r2246"), "RL701") == []
    assert findings(changed(tmp_path, "r2246", "工作信息28条", "工作信息29条"), "RL701") == [
        ("warning", "文中合计不成立：4件+29条+110条 = 143，但写明的合计为 142 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2246", "各领域信息110条", "各领域信息111条"), "RL701") == [
        ("warning", "文中合计不成立：4件+28条+111条 = 143，但写明的合计为 142 条，各分项之和多出 1 条")]


def test_r2247_parallel_counts_each_with_its_parts(tmp_path):
    assert shapes(line_of("r2247", "复议案件3件")) == []
    assert findings(corpus("r2247"), "RL701") == []
    assert findings(changed(tmp_path, "r2247", "行政复议结果维持3件", "行政复议结果维持4件"), "RL701") == [
        ("error", "文中分项大于其合计：“行政复议结果维持”为 4 件，但写明的合计为 3 件，多出 1 件")]
    assert findings(changed(tmp_path, "r2247", "行政诉讼结果维持3件", "行政诉讼结果维持4件"), "RL701") == [
        ("error", "文中分项大于其合计：“行政诉讼结果维持”为 4 件，但写明的合计为 3 件，多出 1 件")]
    # other wordings: two parts of one count, the name after the number
    assert shapes("行政复议3件、行政诉讼2件,其中复议维持2件、复议纠正2件、诉讼维持1件。") == [(3, [2, 2], None)]
    assert shapes("政府信息公开类行政复议192件,行政诉讼73件,其中:140件行政复议、49件行政诉讼获维持。") == []
    # counts not named alike are no parallel counts: the list is the last count's
    assert shapes("除上年度结转的1件申请,共收到依申请公开124件,其中,全年共办理依申请公开122件,结转下年度继续办理3件。") == [
        (124, [122, 3], None)]


def test_r2186_shares_printed_without_their_counts(tmp_path):
    assert findings(corpus("r2186"), "RL703") == []
    assert findings(changed(tmp_path, "r2186", "再次是政策文件类15%", "再次是政策文件类17%"), "RL703") == [
        ("error", "文中所列各部分占比之和超过 100%：75+10+17 = 102%")]
    # 101% of three whole shares may be rounding (33.5% + 33.5% + 33%): not found
    assert findings(changed(tmp_path, "r2186", "再次是政策文件类15%", "再次是政策文件类16%"), "RL703") == []
    # one short: shares need not name every part
    assert findings(changed(tmp_path, "r2186", "再次是政策文件类15%", "再次是政策文件类14%"), "RL703") == []
