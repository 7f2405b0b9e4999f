"""Audit of the thirteenth round's second half (slices cd, cf, ci, cj): wordings the corpus lacks, written on copies of
real corpus texts, read by the new readings without a false finding, real errors still found:

- outcomes straight after a count of applications (slice cf, ``text/summarkers._decision_markers``) are no breakdown
  of it when last year's carry-in is named after them with no outcomes of its own (``…无法提供2件,加上年结转1件,共办结
  18件``): the outcomes may be of all handled, the carry-in too;
- a list whose first parts add up is ended there when a later part names another subject none of them names
  (``其中自然人申请41件、科研机构申请1件、接受群众咨询3件``: the consultations are a later fact run on with 、 —
  ``text/sumextent._another_subject_after``), whatever the joint;
- a pack's prose rule (slice ci's 处理决定 counts, RL702) says nothing on a clause that names last year before its number
  (``上年行政处罚处理决定3件``): it counts that year, as a clause dated to another year does
  (``checks/prose/restated._last_year``) — last year's carry-in (``上年结转…``) stays this year's;
- a run of shares over 100 with one share off the counts' sum (slice cf's ``_one_share_off``) names no base when
  another base, near the one the odd share implies, makes every share follow (``网站3条,占比7%,现场宣传40条,占比95%,
  政务微博1条,占比2%``: all of 42, the channels overlapping) — ``checks/prose/shareruns._another_base_fits``;
- the report date is not taken from another date of a glued first section's paragraph (a policy's 起施行, 截至…)."""

from __future__ import annotations

from realcorpus import changed, corpus, edit, findings, shapes

R2120_DECISIONS = "行政许可共处理决定62起,行政处罚共处理决定0起"

R2073_OUTCOMES = "予以公开13件,不予公开2件,无法提供2件;上年结转办理1件,予以公开1件。"


def test_outcomes_with_last_years_carry_in_named_after_them_are_no_breakdown_of_the_new_count(tmp_path):
    # r2073's 17 new applications, the outcomes of the 18 handled (1 carried in) told after them
    assert findings(changed(tmp_path, "r2073", R2073_OUTCOMES,
                            "予以公开14件,不予公开2件,无法提供2件,加上年结转1件,共办结18件。"), "RL701") == []
    assert shapes("本年度新收申请17件,予以公开15件,不予公开3件,无法提供2件(含上年结转3件)。") == []
    # the carry-in with outcomes of its own: the outcomes before stay the count's, one off is found
    assert findings(corpus("r2073"), "RL701") == []
    assert findings(changed(tmp_path, "r2073", R2073_OUTCOMES, R2073_OUTCOMES.replace("13件", "14件", 1)), "RL701") == [
        ("error", "文中合计不成立：14+2+2 = 18，但写明的合计为 17 件，各分项之和多出 1 件")]
    # a change after the outcomes names no carry-in
    assert shapes("本年度新收申请17件,予以公开14件,不予公开2件,无法提供2件,较上年增加3件。") == [(17, [14, 2, 2], None)]


def test_a_later_part_of_another_subject_ends_a_list_whose_first_parts_add_up(tmp_path):
    old = "其中自然人申请41件,科研机构申请1件"
    # r1003's own finding (a warning on its channels' mixed units, labelled) and nothing else
    (own,) = findings(corpus("r1003"), "RL701")
    assert own[0] == "warning"
    assert findings(changed(tmp_path, "r1003", old, "其中自然人申请41件、科研机构申请1件、接受群众咨询3件"), "RL701") == [own]
    assert findings(changed(tmp_path, "r1003", old, "其中自然人申请41件,科研机构申请1件,接受群众咨询3件"), "RL701") == [own]
    # the applicants one off: found, the list ending before the consultations though no prefix adds up (leftover15)
    assert ("error", "文中合计不成立：40+3 = 43，但写明的合计为 42 件，各分项之和多出 1 件") in findings(
        changed(tmp_path, "r1003", old, "其中自然人申请40件、科研机构申请3件、接受群众咨询3件"), "RL701")
    # a list of kinds joined by 、 still goes on past a prefix adding up by chance (slice cj)
    assert shapes("主动公开政府信息18条,其中财政信息2条、人事信息1条、机构信息15条、规划计划信息1条、其他信息2条。") == [
        (18, [2, 1, 15, 1, 2], "other")]


def test_a_decision_count_of_last_year_is_not_compared_with_this_years_cell(tmp_path):
    for new in ("行政许可共处理决定62起,上年行政处罚处理决定3件,行政处罚共处理决定0起",
                "行政许可共处理决定62起,去年全年行政处罚处理决定3件,行政处罚共处理决定0起"):
        assert findings(changed(tmp_path, "r2120", R2120_DECISIONS, new), "RL702") == []
    # this year's count one off is still found, with last year's named in the clause before
    assert findings(changed(tmp_path, "r2120", R2120_DECISIONS,
                            "行政许可共处理决定62起,上年为3件,行政处罚共处理决定1起"), "RL702") == [
        ("error", "文中行政处罚处理决定数为 1 起，与表格不符：行政处罚/本年处理决定数量 = 0")]
    # a clause naming last year's carry-in is this year's work: compared
    assert findings(changed(tmp_path, "r2120", R2120_DECISIONS,
                            "上年度结转后行政许可共处理决定63起,行政处罚共处理决定0起"), "RL702") == [
        ("error", "文中行政许可处理决定数为 63 起，与表格不符：行政许可/本年处理决定数量 = 62")]


R2085_RUN = "政府网站公开信息2条,占比4.5%,现场公开宣传42条,占比95.5%"


def test_a_run_of_shares_all_of_another_base_names_no_base(tmp_path):
    # overlapping channels: 3, 40 and 1 of 42 items (7%, 95%, 2%), their counts making 44
    assert findings(changed(tmp_path, "r2085", R2085_RUN,
                            "政府网站公开信息3条,占比7%,现场公开宣传40条,占比95%,政务微博1条,占比2%"), "RL703") == []
    # one share off that no other base explains: found, of the counts' sum
    assert findings(changed(tmp_path, "r2085", R2085_RUN, "政府网站公开信息20条,占比20%,现场公开宣传80条,占比85%"),
                    "RL703") == [("warning", "文中百分比 85% 与其基数不符：80 ÷ 100 × 100% = 80%")]
    assert findings(changed(tmp_path, "r2085", R2085_RUN,
                            "政府网站公开信息3条,占比6.8%,现场公开宣传40条,占比92.9%,政务微博1条,占比2.3%"), "RL703") == [
        ("warning", "文中百分比 92.9% 与其基数不符：40 ÷ 44 × 100% = 90.9%")]


R2137_PREAMBLE = "(国办公开办函〔2021〕30号)要求编制而成"
R2137_BYLINE = "发布时间: 2026-01-23 13:59 信息来源:溆浦县油洋乡\n\n"


def test_another_date_of_a_glued_first_paragraph_is_no_report_date(tmp_path):
    policy = "(国办公开办函〔2021〕30号)和2025年1月1日起施行的《湖南省政务公开规定》要求编制而成"
    copy = changed(tmp_path, "r2137", R2137_PREAMBLE, policy)
    assert findings(copy, "RL607") == [] and findings(copy, "RL603") == []
    # without the byline the policy's date is not taken for the report's: no date found, as before
    edit(copy, R2137_BYLINE, "")
    assert findings(copy, "RL607") == [("info", "未找到报告日期（标题下方的成文日期或发布日期）")]
    assert findings(copy, "RL603") == []
