"""Real reports of the eighth held-out round, slice ad (r1280–r1296: county-level bodies of 江苏's north — towns and a
street, development zones' and counties' offices, a county bureau and three county governments of 宿迁, 连云港, 淮安, 徐州
and 盐城, 2019–2025).  No report of the slice gave a false finding or hid an error, so each test pins what was judged
right on the real text — the breakdowns and the year's applications that add up, the publication dates in time, the
pack a report's year asks for — and shows on a copy with one thing changed (written to a tmp folder) that the same
text still yields the finding where one is due: a wrong part or count, a cut list whose written parts already
overflow, a date after 31 January."""

from __future__ import annotations

import pytest

from conftest import run_cli
from realcorpus import balances, changed, corpus, findings, line_of, shapes


def test_the_real_breakdowns_add_up():
    # r1281 (宿城区龙河镇 2023) and r1284 (涟水县 2021): a total, 其中, every part named
    assert shapes(line_of("r1281", "109条")) == [(109, [5, 5, 99], "other")]
    assert shapes(line_of("r1284", "8789条")) == [(8789, [38, 3976, 3631, 1144], "other")]
    for prefix in ("r1281", "r1284", "r1286", "r1287"):
        assert findings(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "message"), [
    ("r1281", "机构信息5条", "机构信息6条", "文中合计不成立：5+6+99 = 110，但写明的合计为 109 条，各分项之和多出 1 条"),
    ("r1284", "其余1144条", "其余1145条", "文中合计不成立：38+3976+3631+1145 = 8790，但写明的合计为 8789 条，各分项之和多出 1 条"),
])
def test_a_wrong_part_of_a_real_breakdown_is_an_error(tmp_path, prefix, old, new, message):
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [("error", message)]


def test_a_cut_list_is_silent_until_its_written_parts_overflow(tmp_path):
    # r1287 (宿城街道 2020): 全年公开信息18条,分别包括 3+3+4+2+4 = 16 and 重点… where the page stops: not all parts are there
    assert shapes(line_of("r1287", "18条")) == [(18, [3, 3, 4, 2, 4], None)]
    assert findings(changed(tmp_path, "r1287", "城乡建设类4条", "城乡建设类9条"), "RL701") == [
        ("error", "文中合计不成立：3+3+4+2+9 = 21，但写明的合计为 18 条，各分项之和多出 3 条")]


def test_a_real_statement_of_the_years_applications_balances():
    # r1292 (滨海县人民政府办公室 2025): 受理…136件,已答复98件(含去年结转3件),41件结转下年度继续办理 — 136+3 = 98+41
    assert balances(line_of("r1292", "136件"), 2025) == [(139, 139, True)]
    for prefix in ("r1292", "r1294", "r1296"):
        assert findings(corpus(prefix), "RL707") == []


@pytest.mark.parametrize(("old", "new", "message"), [
    ("已答复98件", "已答复97件", "文中申请数不平衡：新收 136 + 上年结转 3 = 139 件，但办结 97 + 结转下年 41 = 138 件，相差 1 件"),
    ("41件结转", "42件结转", "文中申请数不平衡：新收 136 + 上年结转 3 = 139 件，但办结 98 + 结转下年 42 = 140 件，相差 1 件"),
])
def test_a_wrong_count_in_that_statement_is_an_error(tmp_path, old, new, message):
    assert findings(changed(tmp_path, "r1292", old, new), "RL707") == [("error", message)]


def test_a_statement_with_no_carry_in_and_no_closed_count_is_not_balanced():
    # r1282 (湖滨新区党政办公室 2023): 收到…20件,按时序办理20件,结转下年度办理0件 — 办理 is not 办结 and 上年结转 is unsaid
    assert balances(line_of("r1282", "20件"), 2023) == []
    assert findings(corpus("r1282"), "RL707") == []


@pytest.mark.parametrize("prefix", ["r1282", "r1286", "r1287", "r1288"])
def test_reports_published_in_january_are_in_time(prefix):
    assert findings(corpus(prefix), "RL603") == []


@pytest.mark.parametrize(("prefix", "old", "new", "finding"), [
    # a 管委会's office is a department: late is an error
    ("r1282", "公开日期 2024-01-12", "公开日期 2024-02-12",
     ("error", "报告日期 2024-02-12 晚于法定期限 2024-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")),
    # a street is held to 31 January as a department is, as a warning (the 条例 names no date for it)
    ("r1286", "2022-01-04", "2022-02-04",
     ("warning", "报告日期 2022-02-04 晚于法定期限 2022-01-31（乡镇、街道的报告按 1 月 31 日掌握）")),
])
def test_the_same_reports_published_in_february_are_late(tmp_path, prefix, old, new, finding):
    assert findings(changed(tmp_path, prefix, old, new), "RL603") == [finding]


@pytest.mark.parametrize(("prefix", "pack", "year"), [
    ("r1283", "cn-gov-disclosure-2019", 2019),  # 泗阳县人民政府办公室, named in 《》 only
    ("r1287", "cn-gov-disclosure-2019", 2020),  # a 2020 report: the 2019 form
    ("r1291", "cn-gov-disclosure-2019", 2020),  # traditional characters, the title over two lines
    ("r1286", "cn-gov-disclosure-2021", 2021),
    ("r1289", "cn-gov-disclosure-2021", 2025),  # the period is the only year the text writes
])
def test_the_pack_follows_the_reports_year(prefix, pack, year):
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus(prefix)).json["files"][0]
    assert (file["pack"], file["report_year"]) == (pack, year)


def test_a_title_split_over_two_lines_in_traditional_characters_is_the_title():
    # r1291: 宿城區王官集鎮人民政府 / 2020年政府信息公開工作年度報告 — no "title missing" note
    assert findings(corpus("r1291"), "RL103") == []


def test_a_wrong_statistics_period_is_an_error(tmp_path):
    # r1283: the title (in 《》) says 2019; a period into 2020 does not match it
    assert findings(changed(tmp_path, "r1283", "至2019年12月31日", "至2020年12月31日"), "RL605") == [
        ("error", "统计期限“统计期限为2019年1月1日至2020年12月31日”与报告年度 2019 年不符")]
