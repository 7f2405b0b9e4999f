"""Real reports of the sixteenth held-out round, slice db (r2510–r2524: pages hunted for reaching the tables, queried by
the tables' labels with a place or a kind of agency — 赫章县交通运输局 (2021, 三 reached), 子洲县交通运输局 (2021), 彰武县政府办公室
(2019, the 2019 form's 二), 雁塔区民政局 (2023, 三 reached), 石家庄高新区社会发展局 (2022, 二 with its cells left blank),
宝山区人社局 (2022), 天津市人社局 (2022), and the 应急管理局 of 垫江 (2023), 昆明 (2022), 宁国 (2022, a mirror), 漳浦 (2021)
and 高青 (2022), and the 司法局 of 武昌, 盐都 and 东风 (2022)).  Each test reads the real text as it was found and asserts the exact findings;
copies of it (in a tmp folder) show each finding is made only where the report is wrong:

- r2514 (石家庄高新区社会发展局 2022): 二 written a cell per line ended by `` |``, every count but 处罚's 3 left blank — a lone
  ``|`` line for a blank cell, ``| ||`` for a blank count with its row's fillers (as ``3 | ||`` with the count).  On main
  ``| ||`` was read as fillers alone and a table with no value at all was not read: **false RL302 errors** (行政许可,
  行政强制 missing) and a **false RL303 error** (收费's column missing).  Now every row is read, its blanks warned of
  (RL501), and a copy with 规章's cells filled is checked (RL401);
- r2522 (武昌区司法局 2022) stops after the first words under a heading (``3. 基层政务公开…`` then ``我局``): on main ``我局``
  was taken for a signature, the text for whole, and sections 二 to 六 **reported missing (five false RL201 errors)**; now
  a name-like line straight under a heading is where the text was cut (RL209, ``analysis/cutunder``);
- the other sums hold (r2512's 121 = the table's 新公开 121, r2513's 106, r2515's 243, r2516's 212, r2518's 13, r2519's 1376, r2520's 87) and copies one off are
  found (parts one over their total: an error, a warning where the parts' units are kindred, text/kindred)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2510", "r2511", "r2512", "r2513", "r2514", "r2515", "r2516", "r2517", "r2518", "r2519", "r2520", "r2521", "r2522", "r2523", "r2524")

_BLANK = "数字单元格应填写数字，没有发生的填 0"


def test_r2514_blank_cells_with_fillers_are_blank_cells(tmp_path):
    real = corpus("r2514")
    for code in ("RL302", "RL303", "RL304", "RL308"):
        assert findings(real, code) == [], code
    assert findings(real, "RL501") == [
        ("warning", f"“规章”一行有 3 个单元格为空或填了占位符（本年制发件数、本年废止件数、现行有效件数），{_BLANK}"),
        ("warning", f"“规范性文件”一行有 3 个单元格为空或填了占位符（本年制发件数、本年废止件数、现行有效件数），{_BLANK}"),
        ("warning", f"单元格为空（行政许可/本年处理决定数量），{_BLANK}"),
        ("warning", f"单元格为空（行政强制/本年处理决定数量），{_BLANK}"),
        ("warning", f"单元格为空（行政事业性收费/本年收费金额(单位:万元)），{_BLANK}")]
    # 规章's blank cells filled, 制发 5 over 现行有效 1 + 废止 0: the table is read and checked
    (tmp_path / "a").mkdir()
    filled = changed(tmp_path / "a", "r2514", "规章 |\n|\n|\n|\n", "规章 |\n5 |\n0 |\n1 |\n")
    assert findings(filled, "RL401") == [
        ("warning", "本年制发件数大于现行有效件数与本年废止件数之和（规章）：本年制发件数 = 5，现行有效件数+本年废止件数 = 1+0 = 1")]
    # a blank count written with its fillers, then filled as the page writes a count (``3 | ||``): the same row
    (tmp_path / "b").mkdir()
    count = changed(tmp_path / "b", "r2514", "行政许可 |\n| ||", "行政许可 |\n7 | ||")
    assert findings(count, "RL302") == []
    assert ("warning", f"单元格为空（行政许可/本年处理决定数量），{_BLANK}") not in findings(count, "RL501")


def test_the_sums_that_hold_and_copies_one_off(tmp_path):
    # r2513's parts are in 篇 under a total in 条 (kindred units, text/kindred: a warning at most)
    (tmp_path / "k").mkdir()
    assert findings(changed(tmp_path / "k", "r2513", "主动公开政府信息106条", "主动公开政府信息107条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：35篇+8篇+63篇 = 106，写明的合计为 107 条，少 1 条")]
    # r2515's 19件 among parts in 条: kindred units again, a warning; r2516's parts are all in 件, an error
    cases = (("r2515", "政府信息共243条", "政府信息共242条", "warning"),
             ("r2516", "申请212件,其中", "申请211件,其中", "error"),
             ("r2518", "信息公开申请13件", "信息公开申请12件", "error"),
             ("r2519", "政府信息1376条", "政府信息1375条", "error"),
             ("r2520", "数量为87条", "数量为86条", "error"),
             ("r2522", "共计126条", "共计125条", "error"),
             ("r2523", "各类信息76条", "各类信息75条", "error"))
    for ref, old, new, severity in cases:
        # (r2522's other list, 13 + 128 + 2 of 176 media articles, is a warning: a list not said to be whole)
        assert [m for _, m in findings(corpus(ref), "RL701") if "176" not in m] == [], ref
        assert findings(corpus("r2513"), "RL701") == []
        (tmp_path / ref).mkdir()
        copy = changed(tmp_path / ref, ref, old, new)
        assert [sev for sev, m in findings(copy, "RL701") if "176" not in m] == [severity], ref


def test_the_slice_is_quiet_where_it_is_right():
    for ref in _SLICE:
        errors = [(code, msg) for code in ("RL302", "RL303", "RL401", "RL603", "RL701", "RL707")
                  for sev, msg in findings(corpus(ref), code) if sev == "error"]
        assert errors == [], ref


def test_r2522_a_name_like_line_under_a_heading_is_a_cut(tmp_path):
    real = corpus("r2522")
    assert findings(real, "RL201") == []
    assert findings(real, "RL209") == [
        ("warning", "文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“我局”），其后的章节和表格未检查")]
    # the same line under a whole paragraph signs the text: the sections after 一 are missing, not cut off
    (tmp_path / "a").mkdir()
    signed = changed(tmp_path / "a", "r2522", "3. 基层政务公开事项标准目录编制和实施情况\n我局", "我局")
    assert findings(signed, "RL209") == []
    assert len(findings(signed, "RL201")) == 5
