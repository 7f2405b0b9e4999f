"""Sections on real reports: titles that are paragraphs, titles run into paragraphs, table row labels that
look like titles, indented titles, documents cut short; and the amounts' units."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from reportlint import readers
from reportlint.analysis.cut import document_cut
from reportlint.analysis.structure import section_headings
from reportlint.analysis.tablelabels import split_blocks
from reportlint.app.engine import load_pack
from reportlint.model.document import Table

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
TODAY = ("--today", "2026-06-30", "--isolated")


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def findings(path: Path, *prefixes: str) -> list[tuple[str, str, int | None, str]]:
    file = run_cli("check", "--format", "json", *TODAY, path).json["files"][0]
    return [(d["code"], d["severity"], d["location"]["line"] or d["location"]["paragraph"], d["message"])
            for d in file["diagnostics"] if d["code"].startswith(prefixes)]


def headings(prefix: str) -> list[tuple[str, str]]:
    pack = load_pack("cn-gov-disclosure-2021")
    doc = readers.read(corpus(prefix))
    return [(h.heading.text, h.how) for h in section_headings(doc, None, pack.sections, pack.tables)]


def test_table_row_labels_are_not_sections_again():
    # r42 prints section 三's table one cell per line: "一、本年新收政府信息公开申请数量" stands alone on a line.
    assert headings("r42") == [("一、总体情况", "heading"), ("二、主动公开政府信息情况", "heading"),
                               ("三、收到和处理政府信息公开申请情况", "heading")]
    # Its section-二 tables and the start of section 三's are read (a cell per line); the text stops in
    # the middle of section 三's table, after a whole row: one RL209, no finding per missing part.
    assert findings(corpus("r42"), "RL2", "RL3") == [
        ("RL205", "warning", 3, "第一部分未涉及“依申请公开”“政府信息管理”“监督保障”"),
        ("RL209", "warning", 199, "文档似乎不完整：正文在“三、收到和处理政府信息公开申请情况”一节中途结束（最后是“安全一稳定” 0 0 0 0 0 0 0”），"
                                  "其后的章节和表格未检查"),
    ]


def test_a_tab_indented_title_is_a_heading():
    assert headings("r28") == [("一、总体情况", "heading")]


def test_a_title_run_into_the_first_paragraph():
    assert headings("r46") == [("一、总体情况", "glued")]
    assert [f for f in findings(corpus("r46"), "RL208")] == [("RL208", "warning", 1, "标题“一、总体情况”与正文连在同一段中")]


def test_a_word_paragraph_that_is_a_title_is_the_section_said_as_info():
    path = HERE / "data" / "samples" / "docx" / "section3_bad.docx"
    assert findings(path, "RL20") == [
        ("RL201", "error", 5, "缺少第二部分“二、主动公开政府信息情况”"),
        ("RL201", "error", 7, "缺少第五部分“五、存在的主要问题及改进情况”"),
        ("RL207", "info", 7, "“六、其他需要报告的事项”是正文段落，没有设置为标题"),
    ]


def test_where_a_document_stops():
    ends = {}
    for prefix in ("r04", "r05", "r37", "r44", "r21", "r84"):
        doc = readers.read(corpus(prefix))
        cut = document_cut(doc)
        ends[prefix] = None if cut is None else (type(doc.blocks[cut]).__name__, cut == len(doc.blocks) - 1)
    assert ends == {
        "r04": ("Table", True),  # "(二)部分公": the start of a row of section 三's table
        "r05": ("Paragraph", True),  # "| 三、本年度", a sentence that does not end
        "r37": ("Heading", True),  # "五、存在的主"
        "r44": ("Table", True),  # ends in a header row
        "r21": None,  # whole: "…关注浑南区!"
        "r84": None,  # whole: ends with a full stop
    }


def test_a_text_cut_in_a_section_title_or_a_row_label_stops_there():
    # With the pack, a numbered heading is a whole section title only when its title is the section's:
    # r205 stops in "二、行政机关主动公开政府", r204 in the row label "二、上年结转政府信息" (read as a heading);
    # r203 stops in its table (the row label "三、本年度办").
    pack = load_pack("cn-gov-disclosure-2021")
    ends = {}
    for prefix in ("r203", "r204", "r205", "r84"):
        doc = readers.read(corpus(prefix))
        cut = document_cut(doc, section_headings(doc, None, pack.sections, pack.tables), pack.sections, pack.tables)
        ends[prefix] = None if cut is None else (getattr(doc.blocks[cut], "text", "(table)"), cut == len(doc.blocks) - 1)
    assert ends == {"r203": ("(table)", True), "r204": ("二、上年结转政府信息", True),
                    "r205": ("二、行政机关主动公开政府", True), "r84": None}  # r84: whole, ends with a full stop
    assert findings(corpus("r205"), "RL2", "RL3") == [
        ("RL209", "warning", 9, "文档似乎不完整：正文在“二、主动公开政府信息情况”一节中途结束（最后是“二、行政机关主动公开政府”），"
                                 "其后的章节和表格未检查")]
    # r204 stops in a row label read as a heading: one RL209, no RL201/RL301 for 四, 五, 六 (its section 一 is
    # whole, so its topics are still asked for)
    assert findings(corpus("r204"), "RL2", "RL301") == [
        ("RL205", "warning", 1, "第一部分未涉及“政府信息管理”“政府信息公开平台建设”"),
        ("RL209", "warning", 27, "文档似乎不完整：正文在“三、收到和处理政府信息公开申请情况”一节中途结束（最后是“二、上年结转政府信息”），"
                                 "其后的章节和表格未检查")]


def test_the_topics_of_the_section_a_cut_text_stops_in_are_not_required():
    # r212, r213, r214 stop inside 一、总体情况: its later topics (平台建设, 监督保障…) may be in the part cut off
    for prefix in ("r212", "r213", "r214"):
        assert [f[0] for f in findings(corpus(prefix), "RL20")] == ["RL209"], prefix


def test_the_topics_of_the_overview_as_real_reports_word_them():
    # r353 (冷水滩区高科园): 一是主动加强政务公开… 二是依申请公开… 三是政府信息管理… 四是平台建设… — 主动公开 is
    # there with words between (it was RL205 "未涉及主动公开"); 监督保障 is not
    assert findings(corpus("r353"), "RL205") == [("RL205", "warning", 6, "第一部分未涉及“监督保障”")]
    # what is really missing is still said: r405 (梅子镇) writes 一 as one paragraph of general words, r406
    # (徐闻县 a 局) covers 平台建设 and 主动公开 only
    assert [f[3] for f in findings(corpus("r405"), "RL205")] == [
        "第一部分未涉及“主动公开”“依申请公开”“政府信息管理”“政府信息公开平台建设”“监督保障”"]
    assert [f[3] for f in findings(corpus("r406"), "RL205")] == ["第一部分未涉及“依申请公开”“政府信息管理”“监督保障”"]


def test_the_topics_a_section_lacks_are_one_finding_naming_them_all():
    # r457 (岳阳市信访局 2021) writes 一 as one paragraph about its other work: none of the five topics, one
    # cause — one warning naming the five (it was five), at the section's title
    assert findings(corpus("r457"), "RL205") == [
        ("RL205", "warning", 3, "第一部分未涉及“主动公开”“依申请公开”“政府信息管理”“政府信息公开平台建设”“监督保障”")]
    # it stands at the section's title, under the section's label, as the findings per topic did
    file = run_cli("check", "--format", "json", *TODAY, corpus("r406")).json["files"][0]
    [topic] = [d for d in file["diagnostics"] if d["code"] == "RL205"]
    assert topic["location"]["section"] == "一、总体情况" and topic["rule"] == "sections.topic"


def test_the_topic_words_follow_the_wordings_of_real_reports():
    # the pack's topic patterns on the wordings of real reports, each with words between the form's:
    # 主动向社会公开 (r46), 主动在门户网站公开 (r04), 主动加强政务公开 (r353), 政府信息依申请公开, 未收到公开申请
    # (r404), and from the held-out pages 政府信息资源的规范化、标准化管理 (信阳市林业和茶产业局 2022),
    # 政府信息平台建设 (r78), 政府公开平台建设 (浑南区国资局 2022, r21)
    pack = load_pack("cn-gov-disclosure-2021")
    [overview] = [s for s in pack.sections if s.id == "overview"]
    topics = dict(overview.topics)
    for name, text in [("主动公开", "主动向社会公开"), ("主动公开", "主动在门户网站公开"), ("主动公开", "一是主动加强政务公开"),
                       ("依申请公开", "政府信息依申请公开情况"), ("依申请公开", "我乡未收到公开申请"),
                       ("政府信息管理", "政府信息资源的规范化、标准化管理情况"),
                       ("政府信息公开平台建设", "(四)政府信息平台建设情况"), ("政府信息公开平台建设", "(四)政府公开平台建设")]:
        assert topics[name].search(text), (name, text)
    for name, text in [("主动公开", "增强政府信息公开工作的主动性、实效性"), ("政府信息管理", "信息发布,严格审核。管理")]:
        assert not topics[name].search(text), (name, text)


def test_a_text_ending_on_a_full_stop_in_its_overview_is_cut():
    # r352 (舟山市卫健委) ends after a whole sentence of 一、总体情况, no later section begun: a crawler's cut,
    # not a report missing 二 to 六 (it was five RL201 errors and an RL205 on the cut-off 监督保障)
    assert findings(corpus("r352"), "RL2") == [
        ("RL209", "warning", 18, "文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“作制度,确保信息发布内容准确、"
                                 "表述规范。”），其后的章节和表格未检查"),
    ]


def test_a_row_label_with_blank_cells_is_a_row_not_a_header():
    # r353: "规章 |" then three blank cells under "信息内容 | 本年制发件数 | …" was taken for a header row
    # (a false RL302 "缺少行规章"); it is a row whose values were left blank (RL501, a warning)
    found = findings(corpus("r353"), "RL3", "RL501")
    assert ("RL501", "warning", 16, "“规章”一行有 3 个单元格为空或填了占位符（本年制发件数、本年废止件数、现行有效件数），"
                                    "数字单元格应填写数字，没有发生的填 0") in found
    assert not [f for f in found if f[0] == "RL302"]


def test_a_cut_document_says_so_once_instead_of_each_missing_part():
    assert findings(corpus("r44"), "RL2", "RL3") == [
        ("RL205", "warning", 4, "第一部分未涉及“政府信息公开平台建设”"),
        ("RL209", "warning", 23, "文档似乎不完整：正文在“二、主动公开政府信息情况”一节中途结束（最后是“信息内容 本年收费金额(单位:万”），"
                                 "其后的章节和表格未检查"),
    ]


FEES = """# 示例县人民政府2023年政府信息公开工作年度报告

2024年3月20日

## 二、主动公开政府信息情况

| 第二十条第（八）项 |  |
| --- | --- |
| 信息内容 | 本年收费金额（单位：万元） |
| 行政事业性收费 | 251000元 |
"""


def test_a_cell_unit_that_contradicts_the_header_is_an_error(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(FEES, encoding="utf-8")
    assert findings(path, "RL50") == [(
        "RL507", "error", 10,
        "单元格写的单位“元”与表头的单位“万元”不一致（行政事业性收费/本年收费金额（单位：万元））：251000元")]


def test_an_amount_with_no_unit_anywhere_is_a_warning(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(FEES.replace("（单位：万元）", "").replace("251000元", "25.1"), encoding="utf-8")
    assert findings(path, "RL50") == [(
        "RL505", "warning", 10, "金额“25.1”没有单位（行政事业性收费/本年收费金额），无法确定是元还是万元")]


def test_a_merged_label_written_once_is_read_into_its_row():
    # r27 writes the merged "(三)不予公开" cell once, on the row of "1.属于国家秘密" ("a | b | 0 | … |"):
    # the text reader puts both labels in the label columns and the values under the value columns.
    # The labels' numbering levels (三、 （三） 1.) are the label columns, so 三、本年度办理结果 stays in the
    # path of the rows under （三）.
    doc = readers.read(corpus("r27"))
    table = [b for b in doc.blocks if isinstance(b, Table)][-1]
    grid = [[c.text if c else None for c in row] for row in table.grid()]
    assert grid[3] == ["三、本年度办理结果", "(一)予以公开", "", "2", "1", "0", "0", "0", "0", "3"]
    assert grid[5] == ["", "(三)不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"]
    assert grid[6] == ["", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"]
    assert grid[9] == ["", "", "5.属于三类内部事务信息", "1", "0", "0", "0", "0", "0", "1"]
    view = split_blocks(table)[0]
    assert view.row_label(view.data_rows[5]) == "三、本年度办理结果/(三)不予公开/2.其他法律行政法规禁止公开"
    assert findings(corpus("r27"), "RL3", "RL5") == []


def test_an_amount_of_0_needs_no_unit():
    # r206 (2019 form): 政府集中采购 | 0 | 0 — 0 元 is 0 万元 (an amount that is not 0 without a unit stays a
    # warning: test_an_amount_with_no_unit_anywhere above)
    assert findings(corpus("r206"), "RL505") == []


def test_a_publication_line_with_a_time_of_day_is_the_report_date():
    # r354 "2025-02-14 08:50     来源:…" under the title: a department's 2024 report, due by 31 January (it was
    # not read: RL607 "no report date", the late publication missed); the chrome line "今天:2024年2月22日 星期四"
    # above the title is no date line.  A date the site printed gets no house-style note (RL606).
    assert findings(corpus("r354"), "RL60") == [
        ("RL603", "error", 16, "报告日期 2025-02-14 晚于法定期限 2025-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）"),
    ]
    # r358 "发布时间:2025-01-07 10:24 来源:… 字体:[ ]": on time
    assert findings(corpus("r358"), "RL60") == []
