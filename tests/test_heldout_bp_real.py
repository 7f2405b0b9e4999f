"""Real reports of the eleventh held-out round, slice bp (r1800–r1815: a third hunt for real errors, in provinces and at
levels the first two hunts left — 广东, 湖北, 四川, 辽宁, 内蒙古, 甘肃, 安徽, 江西, 贵州; towns, a street-level office, county-level
bodies and offices, city bureaus and a development zone, reports on 2020–2025).  Each test reads the real text as it was
found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where the report
is wrong:

- a list of published items whose page dropped some counts' unit (``…信息共1223,``, ``…信息2141、视频信息139条``,
  ``…信息45;``) is read whole: its parts over the total are an RL701 error (r1800; before, the list ended at its first
  bare count and nothing was said);
- a sentence stating the work as at the end of an earlier year (``截至2021年底,我镇尚无…收到…申请``, ``截至2020年12月31日,
  我办…公布信息1877条``) is last year's sentence left in, RL611 — in section 三 too (r1801, r1810; silent before);
- a total of issues (``公报共发行公示3期,其中…领导讲话9条、政府文件52条``) is not broken down by the items they printed, and
  a page's date line run into the title below it is no year of the work (r1802: two false warnings before)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_R1800_SUM = "文中合计不成立：1223+2141+139+438+45 = 3986，但写明的合计为 3548 条，各分项之和多出 438 条"


def test_counts_printed_without_their_unit_are_parts_of_the_list(tmp_path):
    # r1800 (大涌镇 2022): 3548, 其中 …共1223, …2141、…139条, …438条, …45 — before, no statement was read at all
    assert findings(corpus("r1800"), "RL701") == [("error", _R1800_SUM)]
    # the total that the five counts make: nothing to say
    assert findings(changed(tmp_path, "r1800", "政府信息3548条", "政府信息3986条"), "RL701") == []
    # the units written out: the same error, as before the fix
    written = changed(tmp_path, "r1800", "共1223,", "共1223条,")
    assert findings(written, "RL701") == [("error", _R1800_SUM)]


def test_a_bare_number_that_is_no_count_is_no_part(tmp_path):
    # a year (信息2022) or an ordinal (第45) ending the clause is not read as a part: the list ends before it, and its
    # four parts are still over the total
    for old, new in (("信息45;", "信息2022;"), ("信息45;", "信息第45;")):
        assert findings(changed(tmp_path, "r1800", old, new), "RL701") == [
            ("error", "文中合计不成立：1223+2141+139+438 = 3941，但写明的合计为 3548 条，各分项之和多出 393 条")], new
    # nor a number inside a clause's words (共3大类): the first clause then counts nothing and no list is read, as before
    assert findings(changed(tmp_path, "r1800", "信息共1223,", "信息共3大类,"), "RL701") == []


def test_a_run_of_glued_bare_counts_is_not_read_as_one_part():
    # r1802 (正蓝旗 2021): 854, 其中 新闻类信息520旗内文件55政策解读60…219、微信平台同步发布信息812条 — 520+55+60+219 = 854
    # holds; reading the clause's last bare number alone would make 219 + 812 = 1031 (the first version of the fix did)
    assert findings(corpus("r1802"), "RL701") == []


def test_a_total_of_issues_is_not_broken_down_by_the_items_they_printed(tmp_path):
    # r1802: 公报共发行公示3期,其中公示发布领导讲话9条、政府文件52条 — an RL701 warning (61 over 3) before
    assert findings(corpus("r1802"), "RL701") == []
    # parts in 期 still break a total in 期 down
    path = changed(tmp_path, "r1802", "其中公示发布领导讲话9条、政府文件52条", "其中领导讲话专刊2期、政府文件专刊2期")
    assert findings(path, "RL701") == [("error", "文中合计不成立：2+2 = 4，但写明的合计为 3 期，各分项之和多出 1 期")]


def test_a_date_line_run_into_the_title_is_no_year_of_the_work(tmp_path):
    # r1802: 发布日期:2022年01月25日 above the repeated title 正蓝旗2021年… — RL609 quoted both as one statement before
    assert findings(corpus("r1802"), "RL609") == []
    # the repeated title naming another year is still said, with its own year
    path = changed(tmp_path, "r1802", "2022年01月25日\n\n正蓝旗2021年", "2022年01月25日\n\n正蓝旗2020年")
    assert findings(path, "RL609") == [
        ("warning", "报告开头的“2020年政府信息公开工作年度报告”与报告年度 2021 年不符")]


def test_a_sentence_as_at_an_earlier_year_end_is_last_years(tmp_path):
    # r1801 (渔洋镇 2022), section 三: 截至2021年底,我镇尚无…收到和处理政府信息公开申请 — silent before (三 was not read,
    # and a year's end was no lead)
    assert findings(corpus("r1801"), "RL611") == [
        ("warning", "正文“截至2021年底,我镇尚无行政机关收到和处理政府信息公开申请情况”所述年度 2021 年与报告年度 2022 年不符")]
    assert findings(changed(tmp_path, "r1801", "截至2021年底", "截至2022年底"), "RL611") == []
    # r1810 (天水市乡村振兴局 2021), section 一: 截至2020年12月31日,我办…公布信息1877条
    assert findings(corpus("r1810"), "RL611") == [
        ("warning", "正文“截至2020年12月31日,我办通过天水市乡村振兴局网站公布信息1877条”所述年度 2020 年与报告年度 2021 年不符")]
    assert findings(changed(tmp_path, "r1810", "截至2020年12月31日", "截至2021年12月31日"), "RL611") == []
    # a date inside the earlier year is no year's end: not read
    assert findings(changed(tmp_path, "r1810", "截至2020年12月31日", "截至2020年6月30日"), "RL611") == []


def test_a_plain_earlier_year_in_section_three_is_read_too(tmp_path):
    # the same sentence opening on the year alone (the reading sections 一 and 二 had) is now read in 三 as well
    path = changed(tmp_path, "r1801", "截至2021年底,我镇尚无", "2021年,我镇未")
    assert findings(path, "RL611") == [
        ("warning", "正文“2021年,我镇未行政机关收到和处理政府信息公开申请情况”所述年度 2021 年与报告年度 2022 年不符")]


def test_reports_without_errors_say_nothing_of_their_sums():
    # r1803 44 = 30+1+10+1+1+1; r1804 106 = 103+3 (97.2%, 2.8%); r1806 269; r1807 98 = 66+32; r1808 13648 and 78;
    # r1813 3603 = 3054+141+408 and 29 = 25+4 = 24+5; r1814 206 = 206+0+0 (a restatement)
    for prefix in ("r1803", "r1804", "r1806", "r1807", "r1808", "r1813", "r1814"):
        assert findings(corpus(prefix), "RL701") == [], prefix
        assert findings(corpus(prefix), "RL703") == [], prefix
        assert findings(corpus(prefix), "RL611") == [], prefix
