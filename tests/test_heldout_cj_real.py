"""Real reports of the thirteenth held-out round, slice cj (r2135–r2152: the newest reports, on 2025, of county and district
governments, their offices, towns and streets — 湖南's 三墩乡, 高椅乡, 油洋乡 and 南湖洲镇, 重庆's 复兴街道, 大石坝街道, 朝天门街道 and
中山路街道, 山东's 天桥区, 燕山街道 and 钢城区信访局, 四川's 大竹县政府办, 江西's 大垅乡, 辽宁's 喀左县, 河南's 南召县政府办 and 城郊乡,
安徽's 朱备镇 and 杨柳镇 (a mirror)).  Each test reads the real text as
it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where the report
is wrong:

- r2135 (平江县三墩乡 2025) prints ``18 条,其中财政信息 2 条、人事信息 1 条、机构信息 15 条、规划计划信息 1 条、…年度报告 1 条`` —
  six kinds making 21 of 18, a real error, **missed**: 2+1+15 = 18 by chance, and a prefix that adds up was taken as where
  the list ends although the next part is joined to it by 、.  A list never ends at its 、 (``text/sumextent._enumeration_goes_on``);
  a later fact is set apart by ，or ；, and a later part naming what was handled or carried over counts the same applications
  again;
- r2137 (溆浦县油洋乡 2025) runs 一's title into its preamble (``…具体内容如下:一、总体情况``), a paragraph the reader made of
  the byline ``发布时间: 2026-01-23 13:59 …`` and the preamble: the opening was taken to end before that block, so the date
  was not read (RL607) and a late one would have been **missed**.  The opening now ends after the block a first section's
  title is run into (``checks/dates._opening_end``);
- the other sums and balances hold (r2136's 25, r2137's 14, r2138's 11, r2139's 5 + 3 = 7 + 1) and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2135", "r2136", "r2137", "r2138", "r2139", "r2140", "r2141", "r2142", "r2143", "r2144", "r2145", "r2146",
          "r2147", "r2148", "r2149", "r2150", "r2151", "r2152")


def test_r2135_a_list_does_not_end_at_its_enumeration_comma(tmp_path):
    # the real text: six kinds joined by 、 making 21 of 18 (with the next clause's 1 条 read in, 22)
    assert findings(corpus("r2135"), "RL701") == [
        ("error", "文中合计不成立：2+1+15+1+1+1+1 = 22，但写明的合计为 18 条，各分项之和多出 4 条")]
    # the kinds as printed but the total right: nothing
    assert findings(changed(tmp_path, "r2135", "政府信息 18 条", "政府信息 22 条"), "RL701") == []
    # without the clause after it: the six kinds alone, 21 of 18
    assert findings(changed(tmp_path, "r2135", ",同步公开业务事项 50 余项及其他相关信息 1 条", ""), "RL701") == [
        ("error", "文中合计不成立：2+1+15+1+1+1 = 21，但写明的合计为 18 条，各分项之和多出 3 条")]
    # a later fact after ，still ends the list where its first parts add up
    assert findings(changed(tmp_path, "r2135", "机构信息 15 条、规划计划信息", "机构信息 15 条,上年结转规划计划信息"),
                    "RL701") == []
    # after 、, a part naming what was handled counts the same applications again: the prefix 5 + 3 = 8 holds
    assert findings(changed(tmp_path, "r2139", "其中本机关新收5件,上年度未办结3件。办结7件",
                            "其中本机关新收5件、上年度未办结3件、已办结7件"), "RL701") == []


def test_r2137_date_before_a_title_run_into_the_preamble(tmp_path):
    # the real text: the date is read, a town's report of 23 January is in time
    assert findings(corpus("r2137"), "RL607") == []
    assert findings(corpus("r2137"), "RL603") == []
    # the same page published in April: past a town's 31 January
    assert findings(changed(tmp_path, "r2137", "2026-01-23", "2026-04-23"), "RL603") == [
        ("warning", "报告日期 2026-04-23 晚于法定期限 2026-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]
    # the title on its own line: the same date, read as ever
    assert findings(changed(tmp_path, "r2137", "具体内容如下:一、总体情况", "具体内容如下:\n一、总体情况"), "RL607") == []


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in _SLICE[1:]:
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2136", "通知公告12条", "通知公告13条"), "RL701") == [
        ("error", "文中合计不成立：4+13+2+2+3+1+1 = 26，但写明的合计为 25 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2138", "资金信息3条", "资金信息4条"), "RL701") == [
        ("error", "文中合计不成立：3+1+2+1+4+1 = 12，但写明的合计为 11 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2137", "通知公告2条等", "通知公告3条等"), "RL701") == [
        ("error", "文中合计不成立：1+1+1+3+2+3+1+3 = 15，但写明的合计为 14 条，各分项之和多出 1 条")]
    carried_over = changed(tmp_path, "r2139", "上年度未办结3件", "上年度未办结4件")
    assert findings(carried_over, "RL701") == [("error", "文中合计不成立：5+4 = 9，但写明的合计为 8 件，各分项之和多出 1 件")]
    assert findings(carried_over, "RL707") == [
        ("error", "文中申请数不平衡：新收 5 + 上年结转 4 = 9 件，但办结 7 + 结转下年 1 = 8 件，相差 1 件")]
