"""Real reports of the eighth held-out round, slice an (r1360–r1365: 河北's city and county 教育局, 工信局 and 科技局 and
two development zones, 2019–2025).  Each test reads the real text as it was found and asserts the exact findings; a
counter-case written into a copy of the real text (in a tmp folder) shows the finding is made where it is due."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import changed, corpus, findings, line_of, shapes


def test_a_breakdown_with_a_lower_bound_under_its_total_holds(tmp_path):
    # r1360 (石家庄市教育局 2021): 13921条, 其中 12766 + 1100余 — the 余 may make up the 55; 留言/热线 are other facts
    assert shapes(line_of("r1360", "13921条")) == [(13921, [12766, 1100], None)]
    assert findings(corpus("r1360"), "RL701") == []
    path = changed(tmp_path, "r1360", "公开信息12766条", "公开信息12866条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：各分项至少为 12866+1100余 = 13966，但写明的合计为 13921 条，各分项之和至少多出 45 条")]


def test_a_late_department_report_is_an_error(tmp_path):
    # r1363 (石家庄市桥西区科学技术局 2020): 发布时间 2021年02月10日, due by 2021-01-31
    assert findings(corpus("r1363"), "RL603") == [
        ("error", "报告日期 2021-02-10 晚于法定期限 2021-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]
    assert findings(changed(tmp_path, "r1363", "发布时间:2021年02月10日", "发布时间:2021年01月29日"), "RL603") == []


def test_a_report_on_time_says_nothing(tmp_path):
    # r1361 (巨鹿县教育局 2024): 发布时间 2025-01-16
    assert findings(corpus("r1361"), "RL603") == []
    assert findings(changed(tmp_path, "r1361", "发布时间:2025-01-16", "发布时间:2025-02-16"), "RL603") == [
        ("error", "报告日期 2025-02-16 晚于法定期限 2025-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_a_traditional_mirror_is_read_for_its_year_and_pack():
    # r1362 (石家庄市工业和信息化局 2019, in traditional characters): 2019 form, no false prose finding
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus("r1362")).json["files"][0]
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2019", 2019)
    assert [d["code"] for d in file["diagnostics"]] == ["RL607", "RL209"]


def test_the_real_application_counts_say_nothing():
    # r1364 (唐山高新区管委会 2022): 17 new + 1 carried in = 18 closed; r1365 (燕郊高新区 2025): 55 = 53 + 2
    assert findings(corpus("r1364"), "RL707") == []
    assert findings(corpus("r1365"), "RL707") == []
    assert findings(corpus("r1365"), "RL701") == []


def test_more_closed_than_received_and_carried_in_is_an_error(tmp_path):
    # r1364 (唐山高新区管委会 2022): 申请17件, 当年办结18件(含上年结转1件) — the carry-out is unsaid, but never below 0
    path = changed(tmp_path, "r1364", "当年办结18件", "当年办结19件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 17 + 上年结转 1 = 18 件，但办结 19 件，多出 1 件（结转下年不能为负）")]


def test_fewer_closed_than_received_says_nothing_without_the_carry_out(tmp_path):
    # 17 + 1 = 18, 17 closed: 1 may be carried out — the sentence does not say, so nothing is said
    assert findings(changed(tmp_path, "r1364", "当年办结18件", "当年办结17件"), "RL707") == []


def test_without_the_carry_in_written_closed_is_not_bounded(tmp_path):
    # 办结19件 of 17 new with no 上年结转 written: the carry-in may be 2 — silence
    path = changed(tmp_path, "r1364", "当年办结18件(含上年结转1件)", "当年办结19件")
    assert findings(path, "RL707") == []


def test_a_paragraph_that_states_all_four_terms_is_read_before_the_bound(tmp_path):
    # a later sentence giving the carry-out: the paragraph's four terms are read (17 + 1 = 18 ≠ 18 + 2)
    path = changed(tmp_path, "r1364", "当年办结18件(含上年结转1件)。", "当年办结18件(含上年结转1件)。结转下年度2件。")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 17 + 上年结转 1 = 18 件，但办结 18 + 结转下年 2 = 20 件，相差 2 件")]
