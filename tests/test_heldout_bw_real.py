"""Real reports of the twelfth held-out round, slice bw (r1910–r1924: education, industry-and-IT and science bureaus of
provinces and cities outside 河北 — 阜阳, 霞山, 蒙城, 茅箭, 清远, 桐乡, 黔西南, 杭州, 翔安, 于洪, 瑞安, 张家川, 余杭 and 临沧, reports on
2021–2024). Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder)
show each finding is made only where the report is wrong:

- r1910 (阜阳市经信局 2023: 17 + 574 + 308 = 899 items under 893) and r1911 (霞山区教育局 2022: 2 + 5 + 43 + 4 = 54 articles
  under 53, published 2023-12-20) are real errors, found on main;
- r1920 (于洪区教育局 2023) opens its 总体情况 on ``2022年,于洪区教育局认真贯彻落实《条例》…``: last year's opening left in,
  counting nothing, so RL611 (which read only sentences counting work) missed it before the fix — the sentence that
  opens section 一's account sets the year of all it tells;
- r1923 (余杭区教育局 2023): ``…25件,其中20件为…;2件结转下年答复;全年…被申请行政复议1件`` — 全年 opens a new fact of the
  year, not a third part (a false warning 20+2+1 = 23 before the fix);
- r1915 (清远市教育局 2024) counts its decisions in 宗 (``694宗行政許可,其中3宗…,其余691宗``): a count unit now, so a copy
  one off is found (it was not read before);
- the other sums of the slice hold, and copies one off are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R1910_SUM = ("error", "文中合计不成立：17+574+308 = 899，但写明的合计为 893 条，各分项之和多出 6 条")
R1911_SUM = ("error", "文中合计不成立：2+5+43+4 = 54，但写明的合计为 53 篇，各分项之和多出 1 篇")
R1911_LATE = ("error", "报告日期 2023-12-20 晚于法定期限 2023-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")
R1920_YEAR = ("warning", "正文“2022年,于洪区教育局认真贯彻落实《条例》关于政务公开工作要点要求”所述年度 2022 年与报告年度 2023 年不符")
R1920_OPENING = ("2022年,于洪区教育局认真贯彻落实《条例》关于政务公开工作要点要求,进一步加大信息公开力度,深化信息公开内容,"
                 "强化信息公开纪律,创新信息公开方式,不断提升政府信息公开常态化、规范化、制度化工作水平")
R1923_LIST = "其中20件为申请公开招生录取相关信息;2件结转下年答复;"


def test_r1910_parts_over_their_total_are_found(tmp_path):
    assert findings(corpus("r1910"), "RL701") == [R1910_SUM]
    assert findings(changed(tmp_path, "r1910", "信息公开目录信息308条", "信息公开目录信息302条"), "RL701") == []


def test_r1911_parts_over_their_total_and_a_late_date_are_found(tmp_path):
    assert findings(corpus("r1911"), "RL701") == [R1911_SUM]
    assert findings(corpus("r1911"), "RL603") == [R1911_LATE]
    assert findings(changed(tmp_path, "r1911", "累计发布信息53篇", "累计发布信息54篇"), "RL701") == []
    assert findings(changed(tmp_path, "r1911", "2023-12-20", "2023-01-20"), "RL603") == []


def test_r1920_last_years_opening_of_section_one_is_found(tmp_path):
    assert findings(corpus("r1920"), "RL611") == [R1920_YEAR]
    # the report's own year, or a span reaching it: nothing left over
    assert findings(changed(tmp_path, "r1920", "2022年,于洪区", "2023年,于洪区"), "RL611") == []
    assert findings(changed(tmp_path, "r1920", "2022年,于洪区", "2022年以来,于洪区"), "RL611") == []
    # an opening remembering an honour, no disclosure work told: history, not last year's account
    assert findings(changed(tmp_path, "r1920", R1920_OPENING, "2022年,于洪区教育局被评为全区先进单位"), "RL611") == []


def test_an_uncounted_earlier_year_elsewhere_in_section_one_is_not_read(tmp_path):
    # only the sentence opening the section's account needs no count: a later paragraph's is read by its counts alone
    assert findings(changed(tmp_path, "r1920", "为规范制度建设,", "2022年,为规范制度建设,"), "RL611") == [R1920_YEAR]
    # the opening sentence set after another one: no longer the account's first, read by its counts (it has none)
    assert findings(changed(tmp_path, "r1920", R1920_OPENING, "各项工作有序推进。" + R1920_OPENING), "RL611") == []


def test_r1923_a_fact_of_the_whole_year_after_a_list_is_no_part(tmp_path):
    assert findings(corpus("r1923"), "RL701") == []
    # the list before 全年 is still read: outcomes one over the 25 are found
    assert findings(changed(tmp_path, "r1923", R1923_LIST, "其中予以公开20件,部分公开4件,不予公开2件;"), "RL701") == [
        ("error", "文中合计不成立：20+4+2 = 26，但写明的合计为 25 件，各分项之和多出 1 件")]


def test_r1915_counts_in_zong_are_summed(tmp_path):
    assert findings(corpus("r1915"), "RL701") == []
    assert findings(changed(tmp_path, "r1915", "其余691宗", "其余692宗"), "RL701") == [
        ("error", "文中合计不成立：3+692 = 695，但写明的合计为 694 宗，各分项之和多出 1 宗")]


def test_the_slices_other_sums_hold_and_copies_one_off_are_found(tmp_path):
    for prefix in ("r1912", "r1914", "r1916", "r1917", "r1918", "r1919", "r1921", "r1922", "r1924"):
        assert findings(corpus(prefix), "RL701") == [], prefix
    assert findings(changed(tmp_path, "r1916", "政民互动24条", "政民互动25条"), "RL701") == [
        ("error", "文中合计不成立：3+4+4+5+1+2+2+1+5+38+29+2+25 = 121，但写明的合计为 120 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1917", "财政预决算信息2条", "财政预决算信息3条"), "RL701") == [
        ("error", "文中合计不成立：12+13+12+12+17+12+46+24+3 = 151，但写明的合计为 150 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1918", "微博发布1376条", "微博发布1377条"), "RL701") == [
        ("error", "文中合计不成立：752+1377 = 2129，但写明的合计为 2128 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1924", "信息公开年报1条", "信息公开年报2条"), "RL701") == [
        ("error", "文中合计不成立：7+108+6+3+3+10+2 = 139，但写明的合计为 138 条，各分项之和多出 1 条")]
