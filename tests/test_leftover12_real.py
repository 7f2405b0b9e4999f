"""Leftovers of the twelfth held-out round: real texts whose errors, or copies' errors, no rule read.

- r1913 (蒙城县工业和信息化局, its 2025 page): the preamble is the 2024 report's, word for word
  (``现发布《蒙城县工业和信息化局2024年政府信息公开工作年度报告》``), while section 一 counts 2025's work
  (``…,2025年累计发布政策解读信息2条``).  RL611 read only earlier years opening a sentence; work counted under a LATER
  year than the report's cannot have been done in it, so such a year is read at any clause's start (and before 以来),
  a plan (将, 计划…) not.  A warning: a preamble kept from last year and a body year mistyped read the same.  r1415
  (溧水区政府办公室 2025, slice aq) shows the same pattern and is found too.
- r1907 (渭南市人民政府 2024, a mirror): ``共收到政府信息公开申请804件,上一年度转办15件。办理结果为:予以公开465件,…,
  因"属于国家秘密"等原因不予公开38件,…,不予处理38件,其他处理12件,结转下年度继续办理16件`` — the outcomes open their
  own sentence, after one that holds only received and carried-in counts: the two are read as one (RL707's bound on
  the outcomes listed).  上一年度转办 is a carry-in (r1519 writes it too, beside 转下一年度转办), 不予处理 and 其他处理 are
  outcomes though 处理 names a total elsewhere, and an outcome after its reason (因…原因不予公开) is read.
"""

from __future__ import annotations

from realcorpus import balances, changed, corpus, edit, findings, line_of

R1913_YEAR = ("warning", "正文“2025年累计发布政策解读信息2条”所述年度 2025 年与报告年度 2024 年不符")
R1913_PREAMBLE = "现发布《蒙城县工业和信息化局2024年"
R1913_FIRST = "2025年累计发布政策解读信息2条"
R1913_SECOND = "2025年累计发布相关信息12条"
R1907_OVER = ("error", "文中申请数不平衡：新收 804 + 上年结转 15 = 819 件，但所列办理结果 465+38+260+38+12 = 813 与结转下年 16 "
                       "共 829 件，多出 10 件（未列出的结果不能为负）")


def test_r1913_work_counted_under_a_later_year_is_found(tmp_path):
    assert findings(corpus("r1913"), "RL611") == [R1913_YEAR]
    # the preamble naming 2025: the report's year, nothing left over
    assert findings(changed(tmp_path, "r1913", R1913_PREAMBLE, "现发布《蒙城县工业和信息化局2025年"), "RL611") == []
    # the first clause set right: the second is read
    copy = changed(tmp_path, "r1913", R1913_FIRST, "2024年累计发布政策解读信息2条")
    assert findings(copy, "RL611") == [
        ("warning", "正文“2025年累计发布相关信息12条”所述年度 2025 年与报告年度 2024 年不符")]
    # both set right: silent; a later year before 以来, even counting work, is not read (a report published early in
    # the next year may tell what has come since: 2025年以来发布… in a 2024 report)
    edit(copy, R1913_SECOND, "2024年累计发布相关信息12条")
    assert findings(copy, "RL611") == []
    edit(copy, "2025年以来收录", "2025年以来发布")
    assert findings(copy, "RL611") == []
    edit(copy, "2025年以来发布", "2025年,发布")
    assert findings(copy, "RL611") == [
        ("warning", "正文“2025年,发布上级部门政策文件1条、部门政策文件1条”所述年度 2025 年与报告年度 2024 年不符")]


def test_r1415_the_same_pattern_found_in_the_corpus(tmp_path):
    # 溧水区政府办公室's 2025 report calls itself 2024年度 in its preamble (slice aq: `may_report`, no rule read it)
    assert findings(corpus("r1415"), "RL611") == [
        ("warning", "正文“2025年,我办持续完善政府信息主动公开”所述年度 2025 年与报告年度 2024 年不符"),
        ("warning", "正文“2025年共办理政府信息公开申请34件”所述年度 2025 年与报告年度 2024 年不符")]
    assert findings(changed(tmp_path, "r1415", "编制的2024年度", "编制的2025年度"), "RL611") == []


def test_a_plan_or_a_date_under_a_later_year_is_not_read(tmp_path):
    copy = changed(tmp_path, "r1913", R1913_FIRST, "2025年,将发布政策解读信息2条")
    edit(copy, R1913_SECOND, "2025年,力争发布相关信息12条")
    assert findings(copy, "RL611") == []
    copy = changed(tmp_path, "r1913", R1913_FIRST, "截至2025年1月累计发布政策解读信息2条")
    edit(copy, R1913_SECOND, "2025年1月,累计发布相关信息12条")
    assert findings(copy, "RL611") == []


def test_a_later_year_the_statistics_period_states_is_rl605s(tmp_path):
    # the period says 2025 against the preamble's 2024: RL605 says which years disagree, RL611 does not repeat it
    copy = changed(tmp_path, "r1913", "邮编233500)。", "邮编233500)。本报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。")
    assert findings(copy, "RL605") == [
        ("error", "统计期限“统计期限自2025年1月1日起至2025年12月31日”与报告年度 2024 年不符")]
    assert findings(copy, "RL611") == []


def test_r1907_outcomes_opening_their_own_sentence_are_bounded(tmp_path):
    assert findings(corpus("r1907"), "RL707") == []
    line = line_of("r1907", "804件")
    # read as one: 804 + 15 against the outcomes listed (部分公开 50, not above 予以公开, left out) and the 16 carried on
    assert balances(line, 2024)[:1] == []  # the real text holds: no bound broken, none yielded
    assert findings(changed(tmp_path, "r1907", "无法提供200件", "无法提供260件"), "RL707") == [R1907_OVER]
    # 上一年度转办 is the carry-in: a copy with 上年结转 reads the same
    copy = changed(tmp_path, "r1907", "无法提供200件", "无法提供260件")
    edit(copy, "上一年度转办15件", "上年结转15件")
    assert findings(copy, "RL707") == [R1907_OVER]


def test_outcomes_after_a_sentence_counting_more_than_the_received_stay_unplaced(tmp_path):
    # the sentence before also counts the closed: the outcomes may break those down, not read with it
    copy = changed(tmp_path, "r1907", "无法提供200件", "无法提供260件")
    edit(copy, "上一年度转办15件。", "上一年度转办15件,办结803件。")
    assert findings(copy, "RL707") == []
    # no lead of outcomes: a sentence of its own, not read with the one before
    copy = changed(tmp_path, "r1907", "无法提供200件", "无法提供260件")
    edit(copy, "15件。办理结果为:", "15件。")
    assert findings(copy, "RL707") == []
