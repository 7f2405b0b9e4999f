"""Real reports of the tenth held-out round, slice bk (r1710–r1724: education, industry-and-IT and science-and-technology
departments of provinces and cities other than the evaluation's — 甘肃省科学技术厅, and the 教育局, 工信局/经信局 and 科技局 of
渭南, 葫芦岛, 温岭, 乌鲁木齐, 宜城, 巴彦淖尔, 淄川, 文山, 白城, 门头沟, 厦门, 南平, 淮安 and 武汉).  Each test reads the real text as it was
found and asserts the exact findings.  The one cause fixed: a total whose own clause names the kinds it counts
(``共承办市人大代表建议、政协委员提案40件。其中,市人大代表建议13件,市政协提案17件``) makes its list of those kinds the
whole — falling short is reported (a warning, as for the places a total was counted in, ``通过A和B…``), not passed as a
highlight of two parts (r1711).  Copies of the real text (in a tmp folder) show where the reading stops."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R1711_NAMED = "句中写明合计由这几部分构成，但各分项之和与合计不符：13+17 = 30，写明的合计为 40 件，少 10 件"
R1711_TOTAL = "共承办市人大代表建议、政协委员提案40件"


def _named(path) -> list[tuple[str, str]]:
    return [f for f in findings(path, "RL701") if "写明的合计为 40 件" in f[1]]


def test_a_total_naming_its_kinds_makes_their_list_whole():
    # r1711 (渭南市工业和信息化局 2022): 40 建议提案 named as 人大代表建议 and 政协委员提案, then 13 and 17 of them
    assert _named(corpus("r1711")) == [("warning", R1711_NAMED)]


def test_a_total_naming_one_kind_leaves_a_short_list_a_highlight(tmp_path):
    # one name for two parts: the two may be highlights of the 40 (as before the fix)
    assert _named(changed(tmp_path, "r1711", R1711_TOTAL, "共承办建议提案40件")) == []


def test_kinds_named_with_deng_or_not_one_for_each_part_claim_nothing(tmp_path):
    (tmp_path / "deng").mkdir()
    deng = changed(tmp_path / "deng", "r1711", R1711_TOTAL, "共承办市人大代表建议、政协委员提案等40件")
    assert _named(deng) == []
    (tmp_path / "three").mkdir()
    three = changed(tmp_path / "three", "r1711", R1711_TOTAL, "共承办市人大代表建议、政协委员提案和群众来信40件")
    assert _named(three) == []


def test_named_kinds_that_add_up_raise_nothing(tmp_path):
    assert _named(changed(tmp_path, "r1711", "市政协提案17件", "市政协提案27件")) == []


def test_a_catch_all_still_makes_the_short_list_an_error(tmp_path):
    path = changed(tmp_path, "r1711", "市政协提案17件。", "市政协提案17件,其他0件。")
    assert _named(path) == [("error", "文中合计不成立：13+17+0 = 30（已列至“其他”），但写明的合计为 40 件，少 10 件")]


def test_the_slice_s_late_department_report():
    # r1723 (淮安市科学技术局 2022): the page's 时间 2023-02-21, a department due by 31 January
    assert findings(corpus("r1723"), "RL603") == [
        ("error", "报告日期 2023-02-21 晚于法定期限 2023-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_the_slice_s_breakdowns_that_add_up_or_stay_open_raise_nothing():
    # 88 = 70+4+14 (r1714), 165 = 0+10+0+0+155 (r1715), 523 = 478+45 (r1716), 61 = 1+43+4+6+7 (r1717),
    # 36 = 9+20+6+1 (r1720); r1713's 104 of six parts ending in 等 (97) is open
    for prefix in ("r1713", "r1714", "r1715", "r1716", "r1717", "r1720"):
        assert findings(corpus(prefix), "RL701") == [], prefix


def test_a_garbled_period_and_dates_before_the_deadline_raise_nothing():
    # r1714: 自202211日至20221231日 is 2022 whole; published 2023-01-01; r1713, r1716, r1717, r1718 on time too
    for prefix in ("r1713", "r1714", "r1716", "r1717", "r1718"):
        for code in ("RL603", "RL605", "RL610"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


R1711_LIST = "文中各分项之和与合计不符：171+75+16+5 = 267，写明的合计为 583 条，少 316 条"


def test_a_clause_in_another_unit_stating_its_own_total_ends_the_list(tmp_path):
    # r1711: 583条,其中…三公经费5条、全年共接到网友咨询投诉5件、已回复5件 — the complaints (共…5件) are a new count, no parts
    # (before: 171条+75条+16条+5条+5件+5件 = 277); the list's own shortfall stays a warning (a part's number is missing)
    assert [f for f in findings(corpus("r1711"), "RL701") if "583" in f[1]] == [("warning", R1711_LIST)]
    # without 共 (and without 全年, which opens a new fact since slice bw) the clause in 件 was read as a kindred part; it
    # names another subject (咨询投诉), so the list ends before it (leftover15)
    path = changed(tmp_path, "r1711", "全年共接到", "接到")
    assert [f for f in findings(path, "RL701") if "583" in f[1]] == [("warning", R1711_LIST)]
