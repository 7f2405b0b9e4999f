"""Real reports of the seventh held-out round, slice v (r1120–r1130: districts, towns, streets and departments of
the Yangtze delta, 2021–2024).  Each test reads the real text as it was found and asserts the exact findings: a
共 total of the new applications broken down with last year's carry-over named right before it (``除上年度结转的1件…,
共收到…124件,其中…122件,…3件``) covers both counts (r1120); a sentence whose four counts do not balance is still an
error (r1126).  A counter-case written into a copy of the real text (in a tmp folder) shows the finding is still
made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes


def test_a_breakdown_after_the_carry_over_covers_it_and_the_new_ones():
    # r1120 (南京市江宁区人民政府办公室 2023): 1 + 124 = 122 + 3
    assert shapes(line_of("r1120", "124件")) == [(124, [122, 3], None)]
    assert findings(corpus("r1120"), "RL701") == []
    assert findings(corpus("r1120"), "RL707") == []


def test_a_breakdown_after_the_carry_over_that_misses_both_is_still_an_error(tmp_path):
    path = changed(tmp_path, "r1120", "全年共办理依申请公开122件", "全年共办理依申请公开125件")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：125+3 = 128，但写明的合计为 124 件，各分项之和多出 4 件")]


def test_a_total_stated_with_gong_after_another_count_still_stands_alone(tmp_path):
    # the clause before is not a carry-over: 共 states the total on its own, as before
    path = changed(tmp_path, "r1120", "除上年度结转的1件政府信息公开申请", "另有咨询1件政府信息公开申请")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：122+3 = 125，但写明的合计为 124 件，各分项之和多出 1 件")]


def test_four_counts_that_do_not_balance_are_an_error():
    # r1126 (南京市江宁区人民政府 2022): 8 + 783 = 791, 788 + 2 = 790
    assert findings(corpus("r1126"), "RL707") == [
        ("error", "文中申请数不平衡：新收 783 + 上年结转 8 = 791 件，但办结 788 + 结转下年 2 = 790 件，相差 1 件")]


def test_the_real_breakdowns_add_up():
    assert shapes(line_of("r1127", "117条")) == [(117, [47, 70], None)]
    assert findings(corpus("r1127"), "RL701") == []
    assert findings(corpus("r1122"), "RL701") == []
    assert findings(corpus("r1125"), "RL701") == []
