"""Real reports of the fourteenth held-out round, slice co (r2240–r2259: the west — 四川's towns 杨村镇, 大村镇, 茅溪镇, 龙山镇 and
龙安镇, 重庆's 大进镇, 丛林镇, 大足区政府办, 綦江区发改委 and 渝中区大数据局, 贵州's 黔南州 and 省机关事务管理局, 甘肃's 永靖县, 云南's
紫溪镇, 陕西's 地方志办公室, 渭南市 (a mirror) and 高陵区, 新疆's 乌恰县政府办, 西藏's 林芝市林草局, 宁夏's 兴庆区; reports on
2023–2025).  Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder)
show each finding is made only where the report is wrong:

- r2240 (剑阁县杨村镇 2024) prints ``公示公告栏318条,其中政府职能25条;…其他信息45条`` — eight kinds closed by 其他 making 316
  of 318, a real error, found on main; the 378 = 60 + 318 before it holds;
- r2241 (开州区大进镇 2024) prints ``213条,其中,工作动态184条;法定主动公开35条(其中…);…年度报告1条;…指南1条`` — 221 of
  213, a real error, found on main; the bracket's nine kinds make its 35;
- r2242 (古蔺县大村镇 2024) breaks its 427 down by channel in the sentence after it, opened by ``从公开渠道来看,`` instead
  of 其中: no statement was read, so a copy one over was **missed**.  A 从…看 naming the dimension the count is split
  along (渠道, 内容, 载体, 平台, as 分类 before) now opens a breakdown (``text/summarkers.PHRASE_MARKERS``); a 从…看 of a time
  or a view (从全年来看) opens nothing;
- r2253 (楚雄市紫溪镇 2025) heads each group of its 102 by its count in brackets, its parts after a colon
  (``重点领域及基层公开(67条):…公开信息52条;公开乡镇基层政务信息15条。``): no marker opened them (the count in a bracket
  closed before any marker is skipped), so a copy one over was **missed**.  A bracketed count alone before a colon now
  opens its breakdown (``text/summarkers._headed_markers``); a bracket holding more (``(含上年结转2件):``) opens nothing;
- r2259 (西安市高陵区人民政府 2024) names itself only in its preamble, ``现公开西安市高陵区人民政府2024年政府信息公开工作年度报告,``:
  公开 was no verb of publishing there, so the name was not read and the body was taken for a department from
  ``通过区政府门户网站`` — a copy dated 2025-02-20 was a false RL603 error against a department's 31 January, where a
  district government has to 31 March.  现公开 and 现/特向社会公开 now name the report as 现公布 does
  (``analysis/identify._NAMED``); 公开 alone, the 公开 of 信息公开, still names nothing;
- the other sums and balances hold and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, edit, findings, line_of, shapes

_SLICE = ("r2240", "r2241", "r2242", "r2243", "r2244", "r2245", "r2246", "r2247", "r2248", "r2249", "r2250", "r2251",
          "r2252", "r2253", "r2254", "r2255", "r2256", "r2257", "r2258", "r2259")


def test_r2240_kinds_closed_by_qita_short_of_their_total(tmp_path):
    assert findings(corpus("r2240"), "RL701") == [
        ("error", "文中合计不成立：25+66+72+2+21+50+35+45 = 316（已列至“其他信息”），但写明的合计为 318 条，少 2 条")]
    # the catch-all two more: the kinds make the 318, and 60 + 318 the 378
    assert findings(changed(tmp_path, "r2240", "其他信息45条", "其他信息47条"), "RL701") == []


def test_r2241_parts_over_their_total_a_bracketed_list_inside(tmp_path):
    assert findings(corpus("r2241"), "RL701") == [
        ("error", "文中合计不成立：184+35+1+1 = 221，但写明的合计为 213 条，各分项之和多出 8 条")]
    assert findings(changed(tmp_path, "r2241", "主动公开信息213条", "主动公开信息221条"), "RL701") == []
    # one of the bracket's kinds one over: its 35 is wrong as well
    assert findings(changed(tmp_path, "r2241", "社会救助5条", "社会救助6条"), "RL701") == [
        ("error", "文中合计不成立：184+35+1+1 = 221，但写明的合计为 213 条，各分项之和多出 8 条"),
        ("error", "文中合计不成立：6+4+6+3+6+2+5+2+2 = 36，但写明的合计为 35 条，各分项之和多出 1 条")]


def test_r2242_a_breakdown_opened_by_cong_qudao_laikan(tmp_path):
    # the real text: the five channels after 从公开渠道来看 make the 427 of the sentence before
    assert shapes(line_of("r2242", "427条")) == [(427, [11, 64, 33, 191, 128], None)]
    assert findings(corpus("r2242"), "RL701") == []
    # before slice co: no statement was read, so neither copy gave a finding
    assert findings(changed(tmp_path, "r2242", "县级平台公开信息191条", "县级平台公开信息192条"), "RL701") == [
        ("error", "文中合计不成立：11+64+33+192+128 = 428，但写明的合计为 427 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2242", "县级平台公开信息191条", "县级平台公开信息190条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：11+64+33+190+128 = 426，写明的合计为 427 条，少 1 条")]
    # other wordings of the dimension: 从发布平台看, 从公开载体来看, 从信息内容看
    for lead in ("从发布平台看,", "从公开载体来看,", "从信息内容看,"):
        assert shapes(line_of("r2242", "427条").replace("从公开渠道来看,", lead)) == [
            (427, [11, 64, 33, 191, 128], None)], lead


def test_a_cong_kan_of_a_time_or_a_view_opens_nothing():
    assert shapes("共公开信息50条,从全年来看,网站公开20条,微信公开10条。") == []
    assert shapes("共公开信息50条,从目前看,网站公开20条,微信公开10条。") == []
    # 从 in an earlier clause (a comma between) does not make a later 渠道看 a marker
    assert shapes("共发布信息30条,从网站,渠道看A 10条、B 20条。") == []


def test_r2243_the_content_breakdown_after_its_own_sentence_is_not_read_against_a_channel():
    # 从公开内容来看 ends its sentence (重点推进五个方面的信息公开。): no part follows it there, nothing is read
    assert shapes(line_of("r2243", "1024条")) == [(1024, [52, 568, 404], None)]


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in _SLICE[2:]:
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2252", "其他1389条", "其他1390条"), "RL701") == [
        ("error", "文中合计不成立：1086+4345+2533+2223+2513+293+11983+1390 = 26366，但写明的合计为 26365 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2243", "融媒体公开信息568条", "融媒体公开信息569条"), "RL701") == [
        ("error", "文中合计不成立：52+569+404 = 1025，但写明的合计为 1024 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2250", "微博5548条", "微博5549条"), "RL701") == [
        ("error", "文中合计不成立：5549+1771 = 7320，但写明的合计为 7319 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2254", "概况类信息265条", "概况类信息266条"), "RL701") == [
        ("error", "文中合计不成立：266+153+8 = 427，但写明的合计为 426 条，各分项之和多出 1 条")]


def test_r2259_a_report_named_after_xian_gongkai_is_a_district_governments(tmp_path):
    assert findings(corpus("r2259"), "RL103") == [
        ("info", "标题行缺失，按正文中的“西安市高陵区人民政府2024年政府信息公开工作年度报告”识别为政府信息公开工作年度报告（2021年版格式）")]
    # dated 20 February: within a district government's 31 March (before slice co: a department's, a false RL603 error)
    path = changed(tmp_path, "r2259", "根据《中华人民共和国", "发布日期:2025-02-20\n根据《中华人民共和国")
    assert findings(path, "RL603") == []
    # dated 20 April: past 31 March
    edit(path, "2025-02-20", "2025-04-20")
    assert [severity for severity, _ in findings(path, "RL603")] == ["error"]
    # other wordings: 现向社会公开, 特向社会公开
    for verb in ("现向社会公开", "特向社会公开"):
        path = changed(tmp_path, "r2259", "现公开西安市", verb + "西安市")
        assert findings(path, "RL103") == [
            ("info", "标题行缺失，按正文中的“西安市高陵区人民政府2024年政府信息公开工作年度报告”识别为政府信息公开工作年度报告（2021年版格式）")], verb


def test_r2253_a_group_headed_by_its_bracketed_count_before_a_colon(tmp_path):
    assert shapes(line_of("r2253", "(67条)")) == [(67, [52, 15], None)]
    # 26's items end in 等: an open list, short of its count, says nothing
    assert shapes(line_of("r2253", "(26条)")) == [(26, [1, 1, 1, 9, 1], "etc")]
    assert findings(corpus("r2253"), "RL701") == []
    # before slice co: no statement was read, so the copy one over gave nothing
    assert findings(changed(tmp_path, "r2253", "基层政务信息15条", "基层政务信息16条"), "RL701") == [
        ("error", "文中合计不成立：52+16 = 68，但写明的合计为 67 条，各分项之和多出 1 条")]
    # a group closed by its catch-all; a bracket holding more than the count opens nothing
    assert shapes("网站发布信息(67条):政策文件52条;其他16条。") == [(67, [52, 16], "other")]
    assert shapes("收到申请10件(含上年结转2件):予以公开5件,部分公开3件,无法提供2件。") == []
