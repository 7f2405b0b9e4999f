"""Real reports of the eighth held-out round, slice z (r1200–r1219: 福建's cities, counties, districts, towns and
departments of 福州, 厦门, 泉州 and 漳州, 2019–2025).  Each test reads the real text as it was found and asserts the
exact findings: a 其中 opening the sentence after a rate that closes the total's sentence (``…信息数116条,全文电子化率达
100%。其中,…``) breaks that total down, so a list adding up to one more than it is an error (r1206, the slice's one
real error) and one that adds up is silent (r1211); a list counted in 份 goes on through parts in a kindred unit
(``…音频解读1份、会议图解32期、会议视频解读15期``, r1204), but a total of copies (``发行1800份。其中,刊登…文件15件``, r465)
takes no parts in 件; a report's name is never read from what is published at a place (``全文发布于“中国福州”门户网站
“政府信息公开年度报告”专栏``, r1200) nor with the verb's own 并向社会公布 (r1210).  A counter-case written into a copy of the real text (in a tmp folder) shows the finding is
still made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes


def test_a_breakdown_after_a_rate_closing_the_sentence_is_an_error_when_it_does_not_add_up():
    # r1206 (晋江市东石镇 2025): 116条,全文电子化率达100%。其中,1+5+26+10+47+26+2 = 117
    assert shapes(line_of("r1206", "116条")) == [(116, [1, 5, 26, 10, 47, 26, 2], "other")]
    assert findings(corpus("r1206"), "RL701") == [
        ("error", "文中合计不成立：1+5+26+10+47+26+2 = 117，但写明的合计为 116 条，各分项之和多出 1 条")]


def test_a_breakdown_after_a_rate_that_adds_up_is_silent_and_a_wrong_part_errs(tmp_path):
    # r1211 (南安市码头镇 2024): 55条,全文电子化率达100%。其中,5+33+1+3+5+8 = 55
    assert shapes(line_of("r1211", "55条")) == [(55, [5, 33, 1, 3, 5, 8], "other")]
    assert findings(corpus("r1211"), "RL701") == []
    path = changed(tmp_path, "r1211", "民政扶贫救灾社会保障类信息33条", "民政扶贫救灾社会保障类信息34条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：5+34+1+3+5+8 = 56，但写明的合计为 55 条，各分项之和多出 1 条")]


def test_past_the_rate_a_sentence_of_parallel_counts_is_still_no_total(tmp_path):
    # two counts before the rate: the 其中 breaks down neither of them alone
    path = changed(tmp_path, "r1206", "主动公开信息数116条,", "主动公开信息数116条,微信公众号发布信息1014条,")
    assert findings(path, "RL701") == []


def test_a_list_in_fen_goes_on_through_parts_in_qi():
    # r1204 (厦门市思明区 2023): 解读信息110份,其中 37份、18份、4份、3份、1份、会议图解32期、会议视频解读15期 = 110
    assert shapes(line_of("r1204", "110份")) == [(110, [37, 18, 4, 3, 1, 32, 15], None)]
    assert findings(corpus("r1204"), "RL701") == []


def test_a_wrong_part_of_a_list_in_fen_is_still_reported(tmp_path):
    # kindred units: a sum that does not hold is a warning, read as far as it stays within the total
    path = changed(tmp_path, "r1204", "会议视频解读15期", "会议视频解读16期")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：37份+18份+4份+3份+1份+32期 = 95，写明的合计为 110 份，少 15 份")]
    path = changed(tmp_path, "r1204", "全年发布解读信息110份", "全年发布解读信息111份")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：37份+18份+4份+3份+1份+32期+15期 = 110，写明的合计为 111 份，少 1 份")]


def test_copies_printed_are_not_broken_down_by_documents():
    # r465 (晋城市 2024): 公报6期,发行1800份。其中,刊登市政府文件15件,…43件,…12件 — documents, not copies
    assert shapes(line_of("r465", "1800份")) == []
    assert findings(corpus("r465"), "RL701") == []


def test_the_real_sums_shares_and_balances_of_the_slice_raise_nothing():
    # 17 = 11+6 (r1205), 110 = 108+2 (r1207), 534 = 509+25 and 217% of 54 (r1208), 43 (r1209), 40 (r1212),
    # 18878 by channel (r1214), 8 = 3+2+3 with shares (r1216), 3 = 1+2 (r1217), 0 = 0+0+0 (r1219), shares of 22679 (r1213)
    for prefix in ("r1205", "r1207", "r1208", "r1209", "r1212", "r1213", "r1214", "r1216", "r1217", "r1219"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


def test_a_column_a_report_is_published_in_is_not_its_name(tmp_path):
    # r1200 (福州市外办 2025): "全文发布于“中国福州”门户网站(…)“政府信息公开年度报告”专栏" was read as the report's name
    assert findings(corpus("r1200"), "RL103") == [
        ("info", "未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（章节标题 1 处，如“一、总体情况”）；"
                 "报告年度 2025 年，依据统计期限“2025年1月1日至2025年12月31日”；机关层级：政府部门，依据正文自称“我办”")]
    # the same verb naming the report itself still gives its name
    path = changed(tmp_path, "r1200", "福州市人民政府外事办公室编制形成本年度报告",
                   "福州市人民政府外事办公室编制形成福州市人民政府外事办公室2025年政府信息公开工作年度报告")
    assert findings(path, "RL103") == [
        ("info", "标题行缺失，按正文中的“福州市人民政府外事办公室2025年政府信息公开工作年度报告”识别为政府信息公开工作年度报告"
                 "（2021年版格式）")]


def test_the_name_after_特编制并向社会公布_leaves_the_verb_out():
    # r1210 (安溪县 2025): "特编制并向社会公布安溪县人民政府2025年政府信息公开工作年度报告"
    assert findings(corpus("r1210"), "RL103") == [
        ("info", "标题行缺失，按正文中的“安溪县人民政府2025年政府信息公开工作年度报告”识别为政府信息公开工作年度报告（2021年版格式）")]
