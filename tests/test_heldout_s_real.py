"""Real reports of the seventh held-out round, slice s (r1030–r1044: development zones, vertically managed bodies,
public-security bureaus, towns and streets of the west, 2021–2024).  Each test reads the real text as it was found
and asserts the exact findings: a 其中 opening a sentence whose previous sentence states several parallel counts
(r1037) breaks none of them down alone; the real breakdowns that add up give no finding.  A counter-case written
into a copy of the real text (in a tmp folder) shows the finding is still made where it is due."""

from __future__ import annotations

from realcorpus import corpus, findings, line_of, shapes


def test_a_qizhong_after_several_parallel_counts_breaks_none_of_them_down():
    # r1037 (临夏州公安局 2023): 政府网站…754条,…政务新媒体…2808条,…其他方式…54条。其中,…微信公众号…1205条、微博12984条…
    assert shapes(line_of("r1037", "754条")) == []
    assert findings(corpus("r1037"), "RL701") == []


def test_a_qizhong_after_a_single_count_still_breaks_it_down(tmp_path):
    report = corpus("r1037").read_text(encoding="utf-8")
    old = "通过政府网站公开政府信息754条,通过政务新媒体公开政府信息2808条,通过其他方式公开政府信息54条。"
    assert report.count(old) == 1
    path = tmp_path / "r1037-mutated.txt"
    path.write_text(report.replace(old, "通过各种方式公开政府信息54条。"), encoding="utf-8")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：1205+12984+1118+1014+628 = 16949，但写明的合计为 54 条，各分项之和多出 16895 条")]


def test_the_real_breakdowns_add_up():
    assert shapes(line_of("r1033", "311条")) == [(311, [302, 7, 1, 1], None)]
    assert shapes(line_of("r1036", "504条")) == [(504, [140, 42, 14, 3, 2, 21, 234, 48], None)]
    assert shapes(line_of("r1036", "23件")) == [(23, [22, 1], None)]
    assert shapes(line_of("r1043", "1993件")) == [(1993, [1925, 31, 29, 8], None)]
    assert shapes(line_of("r1044", "其中,公告类")) == [(20, [2, 6, 9, 3], None)]
