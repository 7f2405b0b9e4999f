"""Real reports of the ninth held-out round, slice av (r1480–r1498: towns, a district and county governments and
offices of the provinces the corpus held fewest of — 新疆, 海南, 广西, 宁夏, 甘肃, 贵州, 云南, 吉林 — and a few of 重庆,
四川, 陕西 and 山东, reports on 2019–2020 in the 2019 form's first years).  No real error was found among them and
reportlint raised nothing false, so no code changed; these tests pin what the slice checked by hand: each real sum
holds and is silent, and the same sentence with one part changed (a copy in a tmp folder) is an error with the
right numbers — in their own layouts (a doubled 其中, a traditional-character mirror, a part equal to its total)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, shapes


def test_a_doubled_qizhong_still_breaks_its_total_down(tmp_path):
    # r1487 (定安县龙河镇 2020): 共7件,其中,其中人事信息公开3件,常规性工作信息4件 — 3 + 4 = 7
    assert (7, [3, 4], None) in shapes(corpus("r1487").read_text(encoding="utf-8"))
    assert findings(corpus("r1487"), "RL701") == []
    path = changed(tmp_path, "r1487", "常规性工作信息4件", "常规性工作信息5件")
    assert findings(path, "RL701") == [("error", "文中合计不成立：3+5 = 8，但写明的合计为 7 件，各分项之和多出 1 件")]


def test_a_five_kind_breakdown_of_a_towns_items(tmp_path):
    # r1495 (大竹县川主乡 2019): 367 = 134 + 92 + 2 + 84 + 55
    assert findings(corpus("r1495"), "RL701") == []
    path = changed(tmp_path, "r1495", "其他信息55条", "其他信息56条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：134+92+2+84+56 = 368，但写明的合计为 367 条，各分项之和多出 1 条")]


def test_a_part_equal_to_its_total_passes_and_one_above_it_is_an_error(tmp_path):
    # r1493 (荣成市成山镇 2019): 主动公开政府信息19条,其中信息公开目录信息更新19条
    assert findings(corpus("r1493"), "RL701") == []
    path = changed(tmp_path, "r1493", "目录信息更新19条", "目录信息更新20条")
    assert findings(path, "RL701") == [
        ("error", "文中分项大于其合计：“信息公开目录信息更新”为 20 条，但写明的合计为 19 条，多出 1 条")]


def test_a_part_of_a_traditional_mirror_above_its_total_is_an_error(tmp_path):
    # r1494 (荣成市港西镇 2019, traditional characters): 主動公開政府信息27條,信息公開目錄信息更新27條,其中,業務工作公開12條
    # (the list cut).  With two counts in 條 before 其中, one part says nothing of which it breaks down (audit10): silent
    # even at 28; with the sentence's one count (the second clause dropped), 28 of 27 is an error
    assert findings(corpus("r1494"), "RL701") == []
    assert findings(changed(tmp_path, "r1494", "業務工作公開12條", "業務工作公開28條"), "RL701") == []
    one_count = tmp_path / "one_count"
    one_count.mkdir()
    path = changed(one_count, "r1494", "27條,信息公開目錄信息更新27條,其中,業務工作公開12條", "27條,其中,業務工作公開28條")
    assert findings(path, "RL701") == [
        ("error", "文中分项大于其合计：“业务工作公开”为 28 条，但写明的合计为 27 条，多出 1 条")]


def test_one_part_of_a_county_total(tmp_path):
    # r1484 (疏勒县 2019): 累计主动公开政府信息8635条,其中政府网站公开254条
    assert findings(corpus("r1484"), "RL701") == []
    path = changed(tmp_path, "r1484", "政府网站公开254条", "政府网站公开9254条")
    assert findings(path, "RL701") == [
        ("error", "文中分项大于其合计：“政府网站公开”为 9254 条，但写明的合计为 8635 条，多出 619 条")]


def test_a_section_title_variant_and_a_renumbered_overview_are_warnings():
    # r1480 (沙依巴克区 2019): 二、 broken from 主要公开政府信息情况; r1485 (疏勒县 2020): 一、概述 pushes 总体情况 to 二
    assert findings(corpus("r1480"), "RL204") == [
        ("warning", "标题“二、主要公开政府信息情况”与格式规定的“二、主动公开政府信息情况”不一致")]
    assert findings(corpus("r1485"), "RL206") == [("warning", "标题“二、总体情况”的编号应为“一、”")]


_SECTION_TWO_TABLES = [
    ("error", "未找到“第二十条第（一）项（规章、规范性文件）”表格"),
    ("error", "未找到“第二十条第（九）项（政府集中采购）”表格"),
    ("error", "未找到“第二十条第（五）项（行政许可等）”表格"),
    ("error", "未找到“第二十条第（八）项（行政事业性收费）”表格"),
    ("error", "未找到“第二十条第（六）项（行政处罚、行政强制）”表格"),
]


def test_a_bare_section_two_before_section_three_lacks_its_tables():
    # r1499 (章贡区水东镇 2019): 二、主动公开政府信息情况 followed at once by 三、收到 — the real error of the slice
    assert findings(corpus("r1499"), "RL301") == _SECTION_TWO_TABLES


def test_a_table_under_section_two_is_found_and_the_others_still_missing(tmp_path):
    table = ("第二十条第(一)项 | ||||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |\n"
             "规章 | 0 | 0 | 0 | |\n规范性文件 | 0 | 0 | 0 | |\n")
    path = changed(tmp_path, "r1499", "二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n" + table)
    assert findings(path, "RL301") == _SECTION_TWO_TABLES[1:]


def _up_to(text: str, line: str) -> str:
    """The real text up to and including ``line`` (a whole section title), nothing after it."""
    return text[: text.index(line) + len(line)]


def test_a_page_ending_on_a_whole_section_title_is_cut_not_missing_its_tables(tmp_path):
    # r1499 kept only up to 二's whole title (as a crawler's excerpt may end): what lay under it is not told — RL209, no RL301
    path = tmp_path / "cut.txt"
    path.write_text(_up_to(corpus("r1499").read_text(encoding="utf-8"), "二、主动公开政府信息情况\n"), encoding="utf-8")
    assert findings(path, "RL301") == []
    assert findings(path, "RL209") == [("warning", "文档似乎不完整：正文在“二、主动公开政府信息情况”一节中途结束"
                                                   "（最后是“二、主动公开政府信息情况”），其后的章节和表格未检查")]


def test_a_text_ending_on_a_title_after_the_last_table_is_whole(tmp_path):
    # ending on 五's title: no table of the form lies at or after it, so the text is read as whole (a draft's), and the
    # tables of 二 it lacks are RL301 as before
    text = _up_to(corpus("r1499").read_text(encoding="utf-8"), "二、主动公开政府信息情况\n") + "五、存在的主要问题及改进情况\n"
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    assert findings(path, "RL209") == []
    assert findings(path, "RL301")[:5] == _SECTION_TWO_TABLES


def test_a_word_file_ending_on_a_section_title_is_whole(tmp_path):
    # a .docx is a whole file: a draft ending on 二's title (a Word heading) lacks its tables (RL301), never "cut"
    from docx import Document

    document = Document()
    for line in _up_to(corpus("r1499").read_text(encoding="utf-8"), "二、主动公开政府信息情况\n").splitlines():
        if line[:2] in ("一、", "二、"):
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    path = tmp_path / "draft.docx"
    document.save(path)
    assert findings(path, "RL209") == []
    assert findings(path, "RL301")[:5] == _SECTION_TWO_TABLES
