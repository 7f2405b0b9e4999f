"""Real reports of the thirteenth held-out round, slice cg (r2090–r2103: 江苏's north outside 沭阳 — 淮安's 洪泽区 (2024) and the
city (2024), 盐城's 盐都公安分局, 亭湖区人社局 and 亭湖生态环境局 (2024), 大丰's 万盈镇 (2024) and the district (2023), 东台市 (2024,
2025), 盐龙街道 (2024) and 东亭湖街道 (2025), 连云港's 赣榆区审计局 and 民政局 (2025) and 徐圩新区 (2025)).  Each test reads the real
text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where
the report is wrong:

- r2099 (东台市人民政府 2025) prints the page's metadata as rows whose first cell keeps its field's colon
  (``| 索 引 号: | 组配分类: | 公开年报 | |``): such a row was not the page's (only ``| 索引号 |`` without the colon was), so the
  opening ended at it, the title after it was not found, the level was unknown and 2026-02-10 was warned as past a
  department's 31 January (RL603, **false**).  A row's first cell with its field's colon is now the page's, as the same field
  on a line of its own is (``analysis/identify._CELL_HEADS``);
- r2091 (盐都公安分局 2024) splits its count with 除: ``共收到…15件,除2件结转2025年继续办理,其他13件均按…`` — 2 + 13 = 15 holds, but a
  copy with the rest one over was **missed**: 除 after a count was no marker.  除 opening the clause right after a count, with
  a count of its own and the rest named by a later clause (其他, 其余, 剩余, 余下), is now a closed split
  (``text/summarkers._except_markers``); without a count (``除此之外,``) or a rest it is none;
- r2095 (赣榆区审计局 2025) prints 二, 三 and 四 as bare titles and r2096 (赣榆区民政局 2025) leaves them out: RL301 and RL201,
  labelled errors of the pages;
- the other sums hold (r2092's 6, r2094's 75, r2095's 13, r2096's 104, r2098's 15, r2099's 8430) and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2090", "r2091", "r2092", "r2093", "r2094", "r2095", "r2096", "r2097", "r2098", "r2099", "r2100", "r2101",
          "r2102", "r2103")


def test_r2099_title_after_metadata_rows_whose_fields_keep_their_colon(tmp_path):
    # the real text: the title is found, a county-level city's government is due by 31 March: no date finding
    assert findings(corpus("r2099"), "RL603") == []
    assert findings(corpus("r2099"), "RL103") == []
    # the same page published after 31 March: late for a government (the level is known from the title)
    assert findings(changed(tmp_path, "r2099", "发布日期:2026-02-10", "发布日期:2026-04-10"), "RL603") == [
        ("error", "报告日期 2026-04-10 晚于法定期限 2026-03-31（本级政府报告应于 3 月 31 日前公布，《条例》第四十九条）")]
    # the field without its colon was the page's already: the same reading
    assert findings(changed(tmp_path, "r2099", "| 索 引 号: |", "| 索 引 号 |"), "RL603") == []
    # 东台's 2024 page prints the rows without the leading bar: read as ever
    assert findings(corpus("r2103"), "RL603") == []


def test_r2091_a_count_split_by_except_and_the_rest(tmp_path):
    # the real text: 2 + 13 = 15, nothing
    assert findings(corpus("r2091"), "RL701") == []
    # the rest one over: the split is closed, over its count
    assert findings(changed(tmp_path, "r2091", "其他13件均按", "其他14件均按时办结。"), "RL701") == [
        ("error", "文中合计不成立：2+14 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    # one short: the rest named (其他) says it is all of the count
    assert findings(changed(tmp_path, "r2091", "其他13件均按", "其他12件均按时办结。"), "RL701") == [
        ("error", "文中合计不成立：2+12 = 14（已列至“其他均按时办结”），但写明的合计为 15 件，少 1 件")]
    # 除…外 and 其余: the same split
    assert findings(changed(tmp_path, "r2091", "继续办理,其他13件均按", "继续办理外,其余14件均按时办结。"), "RL701") == [
        ("error", "文中合计不成立：2+14 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    # no count after 除 (除此之外): another fact, no split
    assert findings(changed(tmp_path, "r2091", "除2件结转2025年继续办理,其他13件均按", "除此之外,其他渠道咨询30件。"),
                    "RL701") == []
    # no rest named after the excepted count: no split
    assert findings(changed(tmp_path, "r2091", "其他13件均按", "均按时办结。"), "RL701") == []


def test_r2095_and_r2096_sections_without_tables_are_found():
    assert [f[0] for f in findings(corpus("r2095"), "RL301")] == ["error"] * 6
    assert findings(corpus("r2096"), "RL201") == [
        ("error", "缺少第三部分“三、收到和处理政府信息公开申请情况”"),
        ("error", "缺少第二部分“二、主动公开政府信息情况”"),
        ("error", "缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”")]


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2096", "工作动态98条", "工作动态99条"), "RL701") == [
        ("error", "文中合计不成立：99+4+1+1 = 105，但写明的合计为 104 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2095", "工作动态11条", "工作动态12条"), "RL701") == [
        ("error", "文中合计不成立：12+2 = 14，但写明的合计为 13 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2098", "非本部门掌握3件", "非本部门掌握4件"), "RL701") == [
        ("error", "文中合计不成立：8+4+4 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2099", "概况信息3条", "概况信息4条"), "RL701") == [
        ("error", "文中合计不成立：3627+4800+4 = 8431，但写明的合计为 8430 条，各分项之和多出 1 条")]
