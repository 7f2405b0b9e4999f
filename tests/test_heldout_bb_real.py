"""Real reports of the ninth held-out round, slice bb (r1540–r1546: towns and streets of 江苏's north outside 沭阳 —
宿迁's 宿城区 and its 经济技术开发区, 连云港's 连云区, 盐城's 亭湖区, 大丰区 and 滨海县, reports on 2023–2025).  One cause
was found and fixed: a list whose last part stands after a stray full stop without its unit (r1540: ``…机构信息16条。
财政信息3。`` of 103条) was read as stopping one part short and warned of (RL701).  Each test reads the real text as it
was found and asserts the exact findings; a copy with one thing changed (written to a tmp folder) shows the finding is
still made where it is due."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings

# --- cause: a list's last part after a full stop, its unit dropped ----------------------------------------------------

_SHORT_BY_3 = ("warning", "文中各分项之和与合计不符：1+1+1+1+1+1+78+16 = 100，写明的合计为 103 条，少 3 条")


def test_a_last_part_after_a_full_stop_without_its_unit_completes_the_list():
    # r1540 (双庄街道 2023): 主动公开政府信息103条,其中:…文件、总结及其他信息78条,机构信息16条。财政信息3。
    assert findings(corpus("r1540"), "RL701") == []


@pytest.mark.parametrize(("old", "new"), [
    ("财政信息3。", "财政信息2。"),  # the bare number does not close the gap: still short
    ("财政信息3。", "财政信息3,收到"),  # it does not end its sentence: not a part standing alone
    ("机构信息16条。财政信息3。", "机构信息16条。财政信息3件。"),  # counted in a unit: not the dropped-unit case
])
def test_a_list_still_short_is_still_warned_of(tmp_path, old, new):
    assert findings(changed(tmp_path, "r1540", old, new), "RL701") == [_SHORT_BY_3]


# --- what the slice's pages make certain: dates of towns and streets ---------------------------------------------------


@pytest.mark.parametrize("prefix", ["r1540", "r1541", "r1543", "r1544", "r1546"])
def test_towns_and_streets_published_in_january_are_in_time(prefix):
    assert findings(corpus(prefix), "RL603") == []


# towns and streets are held to 31 January by practice, not by the 条例: a warning
@pytest.mark.parametrize(("prefix", "old", "new", "date"), [
    ("r1540", "2024-01-22", "2024-02-22", "2024-02-22"),  # 公开日期 line under the page's 名称 line
    ("r1541", "2026-01-15", "2026-02-15", "2026-02-15"),  # 发文日期 in a `| a | b |` metadata row (a 乡)
    ("r1546", "(2024年1月29日)", "(2024年2月29日)", "2024-02-29"),  # a date line in brackets, no title
])
def test_the_same_pages_in_february_are_warned_late(tmp_path, prefix, old, new, date):
    year = date[:4]
    assert findings(changed(tmp_path, prefix, old, new), "RL603") == [
        ("warning", f"报告日期 {date} 晚于法定期限 {year}-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]


@pytest.mark.parametrize("prefix", ["r1540", "r1544"])
def test_a_garbled_period_is_not_another_years(prefix):
    # 202311日至20231231日 / 202411日到20241231日: the day and month digits lost as found
    assert findings(corpus(prefix), "RL605") == []
