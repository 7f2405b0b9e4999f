"""The audit of the ninth held-out round's fixes (audit10): each fix read against sentences other real reports write
in the same construction.  A lone 其中 part above its total is an error only when nothing else in the total's sentence
may be what the 其中 speaks of; 涵盖 introduces the report's period only in a sentence about the report.  The real texts
are copied and changed in a tmp folder; the labelled findings of the real texts stay (tests of slices ao and ar)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, shapes

# r1384 (罗源县发展和改革局 2024): the real sentence, whose one part (36) is a highlight of the 242
_R1384 = "主动公开政府信息242条,其中通过政府门户网站政府信息公开专栏公开36条"


def test_a_lone_part_over_a_change_is_no_statement(tmp_path):
    # "共收到申请25件,较上年减少3件,其中…": the count after 较上年 is a change, and the 其中 speaks of the count before it
    path = changed(tmp_path, "r1384", _R1384, "主动公开政府信息442条,较上年增加242条,其中通过政府门户网站政府信息公开专栏公开336条")
    assert [s for s in shapes(path.read_text(encoding="utf-8")) if s[0] in (242, 442)] == []
    assert findings(path, "RL701") == []


def test_a_lone_part_over_the_last_of_parallel_counts_is_no_statement(tmp_path):
    # "收到申请12件,上年结转3件,其中已办结14件": the 其中 may speak of all the sentence's counts, 300 + 242 here
    path = changed(tmp_path, "r1384", _R1384,
                   "通过政务微信公开信息300条,主动公开政府信息242条,其中通过政府门户网站政府信息公开专栏公开336条")
    assert findings(path, "RL701") == []


def test_a_lone_part_over_the_only_count_of_its_sentence_is_still_an_error(tmp_path):
    # the same copy with the counts in two sentences: 336 of 242 cannot hold
    path = changed(tmp_path, "r1384", _R1384,
                   "通过政务微信公开信息300条。主动公开政府信息242条,其中通过政府门户网站政府信息公开专栏公开336条")
    assert findings(path, "RL701") == [
        ("error", "文中分项大于其合计：“通过政府门户网站政府信息公开专栏公开”为 336 条，但写明的合计为 242 条，多出 94 条")]


def test_what_a_column_covers_is_no_statement_period(tmp_path):
    # r1140 (迁安市大五里镇 2020) states no period; a sentence of what a column covers is not the report's period
    path = changed(tmp_path, "r1140", "主动公开政务信息共217条。",
                   "主动公开政务信息共217条。疫情防控专栏涵盖2020年1月20日至3月31日期间发布的防控信息。")
    assert findings(path, "RL610") == []
    assert findings(path, "RL605") == []


def test_what_the_report_covers_is_its_period(tmp_path):
    # the same copy saying what the report covers, ten days short (as 山阳县 2020, r1442, does): RL610
    for said in ("本报告涵盖2020年1月1日至12月21日期间的工作情况。", "全文包括总体情况等六部分,涵盖2020年1月1日至12月21日期间的工作情况。"):
        path = changed(tmp_path, "r1140", "主动公开政务信息共217条。", "主动公开政务信息共217条。" + said)
        assert findings(path, "RL610") == [
            ("warning", "报告所述期间“涵盖2020年1月1日至12月21日”不是完整的年度：应为2020年1月1日至2020年12月31日")]


def test_outcomes_after_a_carry_in_are_no_second_breakdown_of_what_was_received(tmp_path):
    # r1431 (辽宁省卫生健康委 2020) with a carry-in said beside its channels: the outcomes (52) are of the 49 received
    # and the 3 carried in, so they break down no count the text states; the channels still add up to 49
    path = changed(tmp_path, "r1431", "传真4件,占8.2%。其中,依申请同意公开14件", "传真4件,占8.2%,另有上年结转3件。其中,依申请同意公开14件")
    path.write_text(path.read_text(encoding="utf-8").replace("结转下年度继续办理22件", "结转下年度继续办理25件"), encoding="utf-8")
    assert [s for s in shapes(path.read_text(encoding="utf-8")) if s[0] == 49] == [(49, [8, 35, 2, 4], None)]
    assert findings(path, "RL701") == []


def test_the_content_the_sentence_before_names_is_the_report(tmp_path):
    # r301 (康乐县上湾乡 2019): 编制本年度报告。内容涵盖乡政府2019年1月1日至12月31日期间… — its whole year, silent; the same
    # sentence ten days short is RL610, as 涵盖 after 本报告 is
    assert findings(corpus("r301"), "RL610") == []
    path = changed(tmp_path, "r301", "内容涵盖乡政府2019年1月1日至12月31日期间", "内容涵盖乡政府2019年1月1日至12月21日期间")
    assert findings(path, "RL610") == [
        ("warning", "报告所述期间“涵盖乡政府2019年1月1日至12月21日”不是完整的年度：应为2019年1月1日至2019年12月31日")]
