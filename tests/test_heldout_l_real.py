"""Real reports of the seventh held-out round, slice l (r900–r916: city governments and city departments).  Each
test reads the real text as it was found and asserts the exact findings: a count broken down in a bracket right
after it with no 其中 (r914) is a sum statement like one with 其中, and a bracket naming what a total includes
(含, r915) is a partial list.  A counter-case written into a copy of the real text (in a tmp folder) shows each
finding is made where it is due, on two reports."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes

# --- a bracket right after a count that lists its parts, with no 其中 (r914) ----------------------------------------

def test_a_bracketed_breakdown_without_qizhong_is_a_sum_statement():
    # r914 (大连市发展和改革委员会 2024): 受理…152件(信函申请21件、传真申请0件、网络申请131件、当面申请0件)
    assert shapes(line_of("r914", "152件")) == [(152, [21, 0, 131, 0], None)]


def test_the_real_bracketed_breakdown_adds_up():
    assert findings(corpus("r914"), "RL701") == []


def test_a_bracketed_breakdown_over_its_total_is_an_error(tmp_path):
    # before slice l: no statement was read, so no finding
    path = changed(tmp_path, "r914", "网络申请131件", "网络申请132件")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：21+0+132+0 = 153，但写明的合计为 152 件，各分项之和多出 1 件")]


def test_the_same_bracket_in_another_report(tmp_path):
    # r909 (汉中市交通运输局 2025) writes its breakdown as "927条(其中,…)"; without its 其中 it is read the same
    assert shapes(line_of("r909", "927条")) == [(927, [52, 181, 694], None)]
    path = changed(tmp_path, "r909", "927条(其中,概况类信息52条", "927条(概况类信息53条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：53+181+694 = 928，但写明的合计为 927 条，各分项之和多出 1 条")]


# --- a bracket naming what a total includes (含) is a partial list (r915) ------------------------------------------

def test_a_bracket_of_what_a_total_includes_is_no_complete_list():
    # r915 (大连高新区 2024): 答复458件(含上年结转8件) — one part: no statement
    assert shapes(line_of("r915", "458件")) == []
    # two parts under 含 fall short of the total: an open list, so a shortfall says nothing
    assert shapes("共办理20件(含复议3件、诉讼2件)。") == [(20, [3, 2], "etc")]
    assert shapes("共办理20件(含复议13件、诉讼9件)。") == [(20, [13, 9], "etc")]


def test_a_bracket_that_opens_with_qizhong_is_read_once():
    assert shapes("受理依申请公开事项36件(其中:自然人申请32件、企业申请2件、其他组织申请2件),上年结转7件。") == [
        (36, [32, 2, 2], "other")]
