"""Real reports of the fourteenth held-out round, slice cl (r2180–r2199: 浙江's and 安徽's bodies at every level — a provincial
department (安徽省地震局), district governments (余杭, 临平) and a city's (嘉兴), offices (平阳, 绩溪), city and district bureaus
(瓯海 农业农村局, 余杭/萧山/滨江 发改局, 铜陵 审计局, 旌德 农业农村水利局, 安庆 招商中心), a 开发区管委会 (舒城), towns and streets
(浬浦镇, 水阳镇, 溪口镇, 芦庙镇, 良渚街道, 东郊办事处), reports on 2019–2025).  Each test reads the real text as it was found and
asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where the report is wrong:

- r2180 (瓯海区农业农村局 2020) prints ``447条,其中…2条,…146条,…91条,…11条,其他各类信息199条`` — 449, a real error, found on
  main.  Its ``申请书6条,其中5件…回复申请人,1件仍在处理中`` (the total in 条, the parts in 件) was cut to its first part, so a copy
  one over was **missed**: what was answered (回复) and what is still being handled (处理中) is all of the total
  (``text/sumbreakdowns``), and such a list, or one filling the bracket after its total (r2187's ``28件(其中…25條,…3條)``), keeps
  every part whatever its unit (``text/kindred``);
- r2181 (余杭区 2023) and r2182 (临平区 2023) balance their applications in words RL707 did not read (``1646件已按规定在法定期限内
  予以答复``, ``另外33件申请依法顺延到下年度答复``): copies one off were **missed** (``text/applicationroles``, ``prose/balance``);
- r2183 (余杭区发改局 2022) and r2190 (绩溪县政府办 2024) split the year's applications by channel in a sentence of its own
  (``从申请方式看,网络申请24件,…信函申请8件``): copies one over were **missed** (``text/sumframes``);
- r2191 (安庆市招商中心 2021) lists its kinds straight after the total, no 其中, closed by 其他 (``共…82条,…3条,…2条,…4条,其他信息73条``):
  copies one off were **missed** (``text/sumcatchall``);
- r2195 (旌德县农业农村水利局 2019) glues a quoted part to the count before it (``新闻发布会1条“政策解读数”28条``): the 28 was
  dropped, so a copy whose total is 198 added up by chance (1 + 156 + 41) and was **missed** (``text/sumparts``)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = tuple(f"r{n}" for n in range(2180, 2200))


def test_r2180_the_real_error_and_the_applications_in_another_unit(tmp_path):
    assert findings(corpus("r2180"), "RL701") == [
        ("error", "文中合计不成立：2+146+91+11+199 = 449，但写明的合计为 447 条，各分项之和多出 2 条")]
    # the kinds right: the applications' 5 + 1 = 6 hold
    assert findings(changed(tmp_path, "r2180", "其他各类信息199条", "其他各类信息197条"), "RL701") == []
    over = changed(tmp_path, "r2180", "1件仍在处理中", "2件仍在处理中")
    assert findings(over, "RL701") == [
        ("error", "文中合计不成立：2+146+91+11+199 = 449，但写明的合计为 447 条，各分项之和多出 2 条"),
        ("warning", "文中合计不成立：5件+2件 = 7，但写明的合计为 6 条，各分项之和多出 1 条")]


def test_r2187_a_list_filling_the_bracket_after_its_total(tmp_path):
    assert findings(corpus("r2187"), "RL701") == []
    assert findings(changed(tmp_path, "r2187", "重復(fù)申請(qǐng)3條", "重復(fù)申請(qǐng)4條"), "RL701") == [
        ("warning", "文中合计不成立：25条+4条 = 29，但写明的合计为 28 件，各分项之和多出 1 件")]


def test_r2181_r2182_balances_in_the_words_of_how_and_when(tmp_path):
    assert findings(corpus("r2181"), "RL707") == []
    assert findings(changed(tmp_path, "r2181", "71件结转", "72件结转"), "RL707") == [
        ("error", "文中申请数不平衡：新收 1641 + 上年结转 76 = 1717 件，但办结 1646 + 结转下年 72 = 1718 件，相差 1 件")]
    assert findings(corpus("r2182"), "RL707") == []
    assert findings(changed(tmp_path, "r2182", "另外33件", "另外34件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 1137 + 上年结转 32 = 1169 件，但办结 1136 + 结转下年 34 = 1170 件，相差 1 件")]
    assert findings(changed(tmp_path, "r2182", "已答复1136件", "已答复1135件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 1137 + 上年结转 32 = 1169 件，但办结 1135 + 结转下年 33 = 1168 件，相差 1 件")]


def test_r2183_r2190_applications_split_by_channel_in_a_sentence_of_its_own(tmp_path):
    for ref in ("r2183", "r2190", "r1822"):  # r1822 (瓜沥镇): 按申请方式分:当面申请4件,…10件,…23件 of 37
        assert findings(corpus(ref), "RL701") == [], ref
    assert findings(changed(tmp_path, "r2183", "信函申请8件", "信函申请9件"), "RL701") == [
        ("error", "文中合计不成立：24+9 = 33，但写明的合计为 32 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2190", "网络申请7件", "网络申请8件"), "RL701") == [
        ("error", "文中合计不成立：8+6 = 14，但写明的合计为 13 件，各分项之和多出 1 件")]
    # one short: a channel may go unsaid, a warning
    assert findings(changed(tmp_path, "r2190", "信函申请6件", "信函申请5件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：7+5 = 12，写明的合计为 13 件，少 1 件")]
    # the frame in other words
    assert findings(changed(tmp_path, "r2183", "从申请方式看,网络申请24件", "按申请渠道分:网络申请25件"), "RL701") == [
        ("error", "文中合计不成立：25+8 = 33，但写明的合计为 32 件，各分项之和多出 1 件")]
    # inside a sentence the frame is no breakdown of the count before
    assert findings(changed(tmp_path, "r2190", "答复率100%。\n(三)", "答复率100%。全县从申请方式看,网络8件,信函9件。\n(三)"),
                    "RL701") == []


def test_r2191_a_list_closed_by_its_catch_all_with_no_marker(tmp_path):
    assert findings(corpus("r2191"), "RL701") == []
    assert findings(changed(tmp_path, "r2191", "其他信息73条", "其他信息74条"), "RL701") == [
        ("error", "文中合计不成立：3+2+4+74 = 83，但写明的合计为 82 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2191", "规划计划2条", "规划计划1条"), "RL701") == [
        ("error", "文中合计不成立：3+1+4+73 = 81（已列至“其他信息”），但写明的合计为 82 条，少 1 条")]
    # no catch-all closing it: later counts may be other facts, nothing read
    assert findings(changed(tmp_path, "r2191", "其他信息73条", "工作动态74条"), "RL701") == []
    # a catch-all stating a total of its own (其他…共计): no closing part
    assert findings(changed(tmp_path, "r2191", "其他信息73条", "其他类累计信息共计74条"), "RL701") == []


def test_r2195_a_part_glued_to_the_count_before_by_its_quote(tmp_path):
    assert findings(corpus("r2195"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：1+28+156+41 = 226，写明的合计为 751 条，少 525 条")]
    # the 28 read: a total of 198 no longer adds up by chance
    assert findings(changed(tmp_path, "r2195", "751条", "198条"), "RL701") == [
        ("error", "文中合计不成立：1+28+156+41 = 226，但写明的合计为 198 条，各分项之和多出 28 条")]
    assert findings(changed(tmp_path, "r2195", "751条", "226条"), "RL701") == []


def test_the_slices_other_sums_shares_and_dates_hold(tmp_path):
    silent = {"r2180": ("RL703", "RL707", "RL603"), "r2195": ("RL703", "RL707", "RL603")}
    for ref in _SLICE:
        for code in silent.get(ref, ("RL701", "RL703", "RL707", "RL603")):
            if ref in ("r2184", "r2192", "r2194") and code == "RL701":
                continue  # kinds picked out of a larger total: a warning, labelled may_report
            assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2181", "通过网络申请1156件", "通过网络申请1157件"), "RL701") == [
        ("error", "文中合计不成立：1157+470+15 = 1642，但写明的合计为 1641 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2185", "信息218條", "信息219條"), "RL701") == [
        ("error", "文中合计不成立：63+219 = 282，但写明的合计为 281 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2190", "政务微信1336条", "政务微信1337条"), "RL701") == [
        ("error", "文中合计不成立：943+1337 = 2280，但写明的合计为 2279 条，各分项之和多出 1 条")]
    # a town's report published in April: past its 31 January
    assert findings(changed(tmp_path, "r2193", "2024-01-30", "2024-04-30"), "RL603") == [
        ("warning", "报告日期 2024-04-30 晚于法定期限 2024-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]
