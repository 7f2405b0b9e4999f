"""Real reports of the eighth held-out round, slice ah (r1320–r1331: provincial 科学技术厅 and 工业和信息化厅, and the
municipalities' 教委, 经信委 and 工信局, 2019–2024).  Each test reads the real text as it was found and asserts the exact
findings: a breakdown with a part written as a lower bound (``各类媒体刊发教育新闻2500余条``) is read — the real one
holds (r1327), a copy whose least sum is over its total is an error, one that falls short says nothing (the 余 may
make up the rest).  A counter-case written into a copy of the real text (in a tmp folder) shows the finding is
made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes


def test_a_breakdown_with_a_lower_bound_is_read_and_holds():
    # r1327 (重庆市教育委员会 2023): 4884 = 1184 + 1199 + 2500余 + 1; 8 = 6 + 1 + 1
    assert shapes(line_of("r1327", "4884条")) == [(4884, [1184, 1199, 2500, 1], None)]
    assert shapes(line_of("r1327", "申请8件")) == [(8, [6, 1, 1], None)]
    assert findings(corpus("r1327"), "RL701") == []


def test_parts_whose_least_sum_is_over_the_total_are_an_error(tmp_path):
    path = changed(tmp_path, "r1327", "门户网站主动公开1184条", "门户网站主动公开1284条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：各分项至少为 1284+1199+2500余+1 = 4984，但写明的合计为 4884 条，各分项之和至少多出 100 条")]


def test_parts_short_of_the_total_with_a_lower_bound_say_nothing(tmp_path):
    # 1084 + 1199 + 2500余 + 1 ≥ 4784: the 余 may make up the 100 — no finding, not even a warning
    path = changed(tmp_path, "r1327", "门户网站主动公开1184条", "门户网站主动公开1084条")
    assert findings(path, "RL701") == []


def test_a_lower_bound_written_with_duo_is_read_alike(tmp_path):
    path = changed(tmp_path, "r1327", "教育新闻2500余条", "教育新闻2600多条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：各分项至少为 1184+1199+2600多+1 = 4984，但写明的合计为 4884 条，各分项之和至少多出 100 条")]


def test_exact_parts_over_the_total_keep_their_message(tmp_path):
    path = changed(tmp_path, "r1327", "教育新闻2500余条", "教育新闻2600条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：1184+1199+2600+1 = 4984，但写明的合计为 4884 条，各分项之和多出 100 条")]


def test_the_real_breakdowns_add_up():
    # r1320 (浙江省科学技术厅 2022): 1727 = 61+7+4+2+35+1618 (等); 244 = 59+185, 59 = 29+30, 185 = 83+102
    assert shapes(line_of("r1320", "1727条")) == [
        (1727, [61, 7, 4, 2, 35, 1618], "etc"), (244, [59, 185], None), (59, [29, 30], None), (185, [83, 102], None)]
    assert findings(corpus("r1320"), "RL701") == []
    # r1321 (江苏省科学技术厅 2024): 29 + 1 = 30, of which 29 自然人 + 1 商业企业 (the first read from the 其中, the
    # second from the 共 total after its parts: text/sumtrailing)
    assert shapes(line_of("r1321", "共办理30件")) == [(30, [29, 1], None), (30, [29, 1], None)]
    assert findings(corpus("r1321"), "RL701") == []
    assert findings(corpus("r1321"), "RL707") == []


def test_a_real_list_whose_least_sum_is_over_its_total_is_an_error():
    # r28 (广元市统计局 2024): 276条,其中 216 + 50 + 主动向市政府办报送信息100余条 ≥ 366 — read now (its labels allow it:
    # the third clause may be another fact, but then 216 + 50 falls short of 276 too)
    assert findings(corpus("r28"), "RL701") == [
        ("error", "文中合计不成立：各分项至少为 216+50+100余 = 366，但写明的合计为 276 条，各分项之和至少多出 90 条")]
