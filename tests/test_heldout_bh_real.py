"""Real reports of the tenth held-out round, slice bh (r1650–r1669: the newest reports — on 2025, published January
2026 — of streets, towns, county and city bureaus and a government's office of 江苏, 上海, 河北, 福建 and others).  Each test
reads the real text as it was found and asserts the exact findings: a list nested in a list and closed by its own 其他
before a semicolon (``221条,其中,…网站…31条,其中…17条,…4条,其他栏目2条;通过…微信公众号公开信息190条``) ends there and
claims to be complete when the outer list adds up past the semicolon (31+190 = 221): its parts falling short is an error
(r1654); a caption run of only the caption and its corner (``第二十条第(八)项 | 信息内容 |``, the header printed as
``0 |`` cells) starts its own table, not rows of the table before (r1667).  The deadline of 31 January 2026 — a
Saturday — is held as written (the spec gives no extension).  Copies of the real text (in a tmp folder) show each
finding is still made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes

R1654_NESTED = "发布信息31条"


def test_a_nested_list_closed_by_its_catch_all_before_the_outer_list_goes_on_is_complete():
    # r1654 (南通外向型农业综合开发区(苴镇街道) 2025): 221 = 31 (网站) + 190 (微信); the 31's five columns, the last
    # 其他栏目, make 29 — the semicolon after 其他 ends the nested list, it does not go on to 190
    assert shapes(line_of("r1654", R1654_NESTED)) == [(221, [31, 190], None), (31, [17, 4, 2, 4, 2], "other")]
    assert findings(corpus("r1654"), "RL701") == [
        ("error", "文中合计不成立：17+4+2+4+2 = 29（已列至“其他栏目”），但写明的合计为 31 条，少 2 条")]


def test_a_nested_list_whose_outer_list_does_not_add_up_is_still_only_a_warning(tmp_path):
    # 31 + 190 ≠ 222: nothing shows the nested list ended at its 其他 — it may go on after the semicolon
    path = changed(tmp_path, "r1654", "政府信息221条", "政府信息222条")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：17+4+2+4+2 = 29，写明的合计为 31 条，少 2 条")]


def test_a_nested_list_that_adds_up_raises_nothing(tmp_path):
    assert findings(changed(tmp_path, "r1654", "其他栏目2条", "其他栏目4条"), "RL701") == []
    # a list whose 其他 closes a group and which goes on after the semicolon, adding up there, is read whole
    assert shapes("发布信息31条,其中概况栏目17条,其他栏目2条;公告4条,其他8条。") == [(31, [17, 2, 4, 8], "other")]


R1667_FEE = "第二十条第(八)项 |\n信息内容 |\n0 |\n0 |\n0 |\n行政事业性收费 |\n0 |\n"


def test_a_caption_and_corner_alone_start_their_own_table():
    # r1667 (西宁市城中区发展改革和工业信息化局 2025): the 收费 table's column header is printed as 0 | 0 | 0 — the table is
    # there (before: read as rows of the 处罚/强制 table, RL301 said it was missing); its missing column is what is wrong
    assert findings(corpus("r1667"), "RL301") == []
    assert findings(corpus("r1667"), "RL303") == [
        ("error", "“第二十条第（八）项（行政事业性收费）”缺少列“本年收费金额（单位：万元）”")]
    assert findings(corpus("r1667"), "RL304") == [("info", "“第二十条第（八）项（行政事业性收费）”中有格式之外的行“信息内容”")]


def test_the_fee_table_with_its_header_or_without_the_table(tmp_path):
    header = changed(tmp_path, "r1667", "信息内容 |\n0 |\n0 |\n0 |\n行政事业性收费",
                     "信息内容 |\n本年收费金额(单位:万元) |\n行政事业性收费")
    for code in ("RL301", "RL303", "RL304", "RL309"):
        assert findings(header, code) == [], code
    (tmp_path / "gone").mkdir()
    gone = changed(tmp_path / "gone", "r1667", R1667_FEE, "")
    assert findings(gone, "RL301") == [("error", "未找到“第二十条第（八）项（行政事业性收费）”表格")]


def test_the_deadline_on_a_saturday_is_held_as_written(tmp_path):
    # 31 January 2026 is a Saturday; the regulation's date (§1 of the spec) has no extension to the next working day.
    # r1655 (邢台市人民政府办公室, a department) published on Friday 30 January: in time
    assert findings(corpus("r1655"), "RL603") == []
    assert findings(changed(tmp_path, "r1655", "发布时间: 2026-01-30", "发布时间: 2026-02-02"), "RL603") == [
        ("error", "报告日期 2026-02-02 晚于法定期限 2026-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]
    # a town (r1657, 郭仓镇) is held to the same day as a warning
    (tmp_path / "town").mkdir()
    assert findings(changed(tmp_path / "town", "r1657", "发布时间:2026-01-27", "发布时间:2026-02-02"), "RL603") == [
        ("warning", "报告日期 2026-02-02 晚于法定期限 2026-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]


def test_the_newest_reports_raise_no_date_or_year_finding():
    # garbled periods as found: r1659 (2025111231日), r1663 (202511日起至20251231日止), r1669 (202511日—1231日)
    for prefix in ("r1650", "r1651", "r1652", "r1655", "r1656", "r1659", "r1660", "r1663", "r1668", "r1669"):
        for code in ("RL602", "RL603", "RL604", "RL605", "RL609"):
            assert findings(corpus(prefix), code) == [], (prefix, code)


def test_the_real_breakdowns_add_up():
    # r1651 104 = 21+6+75+1+1; r1657 53 = eleven kinds; r1664 171 = nine kinds; r1656 17 = 3+14, 3 = 1+2, 14 = 2+12
    assert shapes(line_of("r1651", "104条")) == [(104, [21, 6, 75, 1, 1], None)]
    assert shapes(line_of("r1664", "171条")) == [(171, [8, 7, 63, 7, 9, 41, 3, 5, 28], None)]
    for prefix in ("r1651", "r1653", "r1656", "r1657", "r1664", "r1665"):
        assert findings(corpus(prefix), "RL701") == [], prefix


def test_an_open_list_of_five_that_falls_short_is_a_warning():
    # r1666 (马鞍山市雨山区 a bureau 2025): 67条次。其中 4+6+4+4+4 — no 其他, no 等
    assert findings(corpus("r1666"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：4+6+4+4+4 = 22，写明的合计为 67 条，少 45 条")]
