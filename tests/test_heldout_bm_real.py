"""Real reports of the tenth held-out round, slice bm (r1750–r1758: reports hunted for real errors — towns, streets, a
county-level city and a bureau of 山东, 吉林, 浙江, 江苏, 江西, 陕西 and 湖南, on 2020–2024).  Each test reads the real text as it was found and asserts the
exact findings: a statistics period whose year is written with more than four digits (``至202020年12月31日``: the year
typed over again) is a year no report covers, RL605 — before, the period went unread and nothing was said (r1750).
Copies of the real text (in a tmp folder) show the finding is made only where the year is wrong."""

from __future__ import annotations

from realcorpus import changed, corpus, findings
from reportlint.text.periods import stated_period

_R1750 = "统计期限自2020年1月1日起至202020年12月31日"


def test_a_period_year_typed_over_again_is_read_as_written():
    period = stated_period(f"本报告中所列数据的{_R1750}止。")
    assert (period.text, period.start, period.end) == (_R1750, (2020, 1, 1), (202020, 12, 31))
    # a page that lost 年 still reads its year from the first four digits (20201月1日: 2020, January)
    garbled = stated_period("统计期限自20201月1日起至202012月31日止")
    assert (garbled.start, garbled.end) == ((2020, 1, 1), (2020, 12, 31))


def test_a_period_ending_in_an_impossible_year_is_an_error(tmp_path):
    # r1750 (中埠镇 2020): before, the period went unread and RL605 was silent
    assert findings(corpus("r1750"), "RL605") == [("error", f"统计期限“{_R1750}”与报告年度 2020 年不符")]
    # the same statement with its year written once is the report's year
    assert findings(changed(tmp_path, "r1750", "至202020年12月31日", "至2020年12月31日"), "RL605") == []
    # a year run into its month by a page that lost 年 is still the report's
    assert findings(changed(tmp_path, "r1750", "至202020年12月31日", "至202012月31日"), "RL605") == []


def test_a_period_starting_in_an_impossible_year_is_an_error(tmp_path):
    path = changed(tmp_path, "r1750", "自2020年1月1日起至202020年", "自202020年1月1日起至2020年")
    assert findings(path, "RL605") == [
        ("error", "统计期限“统计期限自202020年1月1日起至2020年12月31日”与报告年度 2020 年不符")]


def test_reports_without_errors_say_nothing_of_their_sums():
    # r1752 (金屯镇 2024) 35 = 8 + 6 + 1 + 20; r1755 (东湖街道 2023) 47 = 22 + 16 + 5 + 2 + 1 + 1;
    # r1756 (厚桥街道 2023) 42 = 28 + 7 + 7; r1751 (兴华镇 2024): 424 over channels of which one is uncounted
    for prefix in ("r1751", "r1752", "r1755", "r1756"):
        assert findings(corpus(prefix), "RL701") == [], prefix
        assert findings(corpus(prefix), "RL605") == [], prefix


def test_a_closed_list_over_its_total_is_found(tmp_path):
    # r1757 (子长市 2023): 共计3437条,包括 12 + 1740 + 225 + 110 + 1827 (其他类) = 3914, found before and after
    assert findings(corpus("r1757"), "RL701") == [
        ("error", "文中合计不成立：12+1740+225+110+1827 = 3914，但写明的合计为 3437 条，各分项之和多出 477 条")]
    # the list summing to its total says nothing
    assert findings(changed(tmp_path, "r1757", "共计3437条", "共计3914条"), "RL701") == []
