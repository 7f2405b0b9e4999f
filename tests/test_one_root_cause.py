"""One root cause, one finding: blank cells of a row or a column (RL501), a table of the other form
version (RL801), a section missing with its tables (RL201)."""

from __future__ import annotations

import re

import pytest

from conftest import run_cli
from reportgen import make_report, write_report
from test_sections_real import TODAY, corpus, findings

BLANK_NOTE = "数字单元格应填写数字，没有发生的填 0"
APPLICANTS = "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他"


def test_the_blank_cells_of_a_row_are_one_finding_naming_them():
    # r06 leaves section 三's applicant cells blank instead of 0: 53 cells, one finding per row.
    rows = [(24, "一、本年新收政府信息公开申请数量", 5, APPLICANTS.removeprefix("自然人、")),
            (25, "二、上年结转政府信息公开申请数量", 6, APPLICANTS),
            (26, "三、本年度办理结果/(一)予以公开", 6, APPLICANTS),
            (27, "三、本年度办理结果/(二)部分公开(区分处理的,只计这一情形,不计其他情形)", 6, APPLICANTS),
            (28, "(三)不予公开/1.属于国家秘密", 6, APPLICANTS),
            (29, "(三)不予公开/2.其他法律行政法规禁止公开", 6, APPLICANTS),
            (30, "(三)不予公开/3.危及“三安全一稳定”", 6, APPLICANTS),
            (31, "(三)不予公开/4.保护第三方合法权益", 6, APPLICANTS),
            (32, "(三)不予公开/5.属于三类内部事务信息", 6, APPLICANTS)]
    assert findings(corpus("r06"), "RL501") == [
        ("RL501", "warning", line, f"“{row}”一行有 {n} 个单元格为空或填了占位符（{cells}），{BLANK_NOTE}")
        for line, row, n, cells in rows]


def test_the_blank_cells_of_a_column_are_one_finding_and_their_sums_unverifiable(tmp_path):
    path = tmp_path / "report.md"
    write_report(make_report(), path)
    text = path.read_text(encoding="utf-8")
    for label in ("1.属于国家秘密", "2.其他法律行政法规禁止公开"):  # 商业企业 left blank in two rows
        text = re.sub(rf"(\| {re.escape(label)} \| \d+ \| )\d+ \|", r"\1 |", text)
    path.write_text(text, encoding="utf-8")
    assert findings(path, "RL501") == [
        ("RL501", "warning", 49, "“申请人情况/法人或其他组织/商业企业”一列有 2 个单元格为空或填了占位符（1.属于国家秘密、"
                                 f"2.其他法律行政法规禁止公开），{BLANK_NOTE}"),
    ]
    # Every sum over them is said to be unverifiable, naming the blank cell; none passed, none failed.
    d1 = "三、本年度办理结果/（三）不予公开/1.属于国家秘密/申请人情况/法人或其他组织/商业企业"
    d2 = "三、本年度办理结果/（三）不予公开/2.其他法律行政法规禁止公开/申请人情况/法人或其他组织/商业企业"
    assert findings(path, "RL4") == [
        ("RL402", "warning", 49, f"无法核对申请人合计（国家秘密）：“{d1}”为空"),
        ("RL402", "warning", 50, f"无法核对申请人合计（法律行政法规禁止公开）：“{d2}”为空"),
        ("RL402", "warning", 68, f"无法核对办理结果总计（商业企业）：“{d1}”为空；“{d2}”为空"),
    ]


def test_a_table_of_the_other_form_is_one_rl801_and_no_row_or_column_finding():
    # r07 (2023) and r204 (2022) print the 2019 form's section-二 tables (其他对外管理服务事项 row, 上一年项目数量
    # columns): one RL801; no table finding about the other form's rows or columns.
    assert findings(corpus("r07"), "RL3", "RL8") == [
        ("RL801", "error", 8, "2023 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的"),
    ]
    assert findings(corpus("r204"), "RL3", "RL8") == [
        ("RL801", "error", 4, "2022 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的"),
    ]


def test_identities_over_columns_the_other_form_does_not_have_are_not_also_unverifiable():
    # r07 and r204 print the 2019 第二十条第（一）项 (本年新制作数量…) in a 2021-form year: the 2021 stock identity
    # (本年制发件数 ≤ 现行有效件数 + 本年废止件数) has none of its columns there.  RL801 says why; no RL402
    # "无法核对存量关系：缺少…" after it.  r204's text stops in section 三's table: its RL209 says so, no RL402
    # for the rows cut off either.
    assert findings(corpus("r07"), "RL4", "RL8") == [
        ("RL801", "error", 8, "2023 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的"),
    ]
    assert findings(corpus("r204"), "RL4", "RL8") == [
        ("RL801", "error", 4, "2022 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的"),
    ]


def test_a_section_missing_from_the_whole_document_is_not_also_each_of_its_tables():
    # r84 (a whole report, extracted from its PDF) restarts its numbering, so that only 一、总体情况 is a
    # section the form knows: five RL201, no RL301 for the tables of those sections.
    missing = [("RL201", "error", 207, f"缺少{part}") for part in (
        "第三部分“三、收到和处理政府信息公开申请情况”", "第二部分“二、主动公开政府信息情况”",
        "第五部分“五、存在的主要问题及改进情况”", "第六部分“六、其他需要报告的事项”",
        "第四部分“四、政府信息公开行政复议、行政诉讼情况”")]
    assert findings(corpus("r84"), "RL201", "RL301") == missing


@pytest.mark.parametrize(("prefix", "line", "last"), [
    ("r35", 12, "年没有因政府信息公开被追究责任问题发生。"),
    ("r303", 23, "300余条;不断加强新闻发布和政策解读。"),
])
def test_an_excerpt_that_stops_in_section_one_at_a_full_stop_is_one_rl209(prefix, line, last):
    # r35 and r303 (a crawler's first ~1,500 characters) stop in 一、总体情况 at the end of a sentence: the
    # form has tables in the sections after it and the text none, so the text was cut — one RL209, no RL201.
    assert findings(corpus(prefix), "RL2", "RL3") == [
        ("RL209", "warning", line, f"文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“{last}”），其后的章节和表格未检查"),
    ]


def test_the_form_of_tables_printed_a_cell_per_line_is_told_by_their_header_lines():
    # r45 (2022) prints the 2019 form's section-二 tables a cell per line with no values (RL308: not
    # readable as tables); its header lines 本年新制作数量, 上一年项目数量, 采购项目数量 still tell the form.
    assert findings(corpus("r45"), "RL3", "RL8") == [
        ("RL308", "warning", 11, "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、行政规范性文件）”、"
                                 "“第二十条第（五）项（行政许可）”、“第二十条第（六）项（行政处罚、行政强制）”、"
                                 "“第二十条第（八）项（行政事业性收费）”的文字在正文中，但未能按表格读取，其中的数字未检查"),
        ("RL801", "error", 15, "2022 年度报告应使用2021年版格式的表格，但第二部分的表头是2019年版格式的"),
    ]


def test_one_header_line_alone_does_not_tell_the_form(tmp_path):
    # The same report cut down to a single 2019 header line: too little to call the form.
    lines = corpus("r45").read_text(encoding="utf-8").splitlines()
    start, end = lines.index("本年新公开数量"), lines.index("三、收到和处理政府信息公开申请情况")
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    assert findings(path, "RL801") == []


OLD_STRUCTURE = "报告沿用了2019年以前的年度报告结构"


def test_a_report_in_the_structure_before_the_forms_is_one_rl803():
    # r403 (粤汉街道 2023) and r407 (衡阳县行政审批服务局 2023) are written in the 2008 structure (概述,
    # 依申请公开政府信息情况, 申请行政复议和提起行政诉讼, 收费及减免) with no table: one RL803 naming the old titles
    # and what the form needs, in place of an RL301 per table, the RL201 for 一、总体情况, an RL204/RL206 per old
    # title and an RL205 per topic of the old 概述 (r403 had 11 findings of these, r407 9).
    assert findings(corpus("r403"), "RL2", "RL3", "RL8") == [
        ("RL803", "error", 12, f"{OLD_STRUCTURE}（“二、依申请公开政府信息情况”“三、申请行政复议和提起行政诉讼情况”"
                               "“四、政府信息公开的收费及减免情况”），不符合2021年版格式：缺少“一、总体情况”；没有格式规定的统计表格"),
        ("RL209", "warning", 26, "文档似乎不完整：正文在“五、存在的主要问题及改进情况”一节中途结束"
                                 "（最后是“一是信息公开工作人员的专业能力不够强;二”），其后的章节未检查"),
    ]
    assert findings(corpus("r407"), "RL2", "RL3", "RL8") == [
        ("RL803", "error", 2, f"{OLD_STRUCTURE}（“一、概述”“三、依申请公开政府信息办理情况”），不符合2021年版格式："
                              "没有格式规定的统计表格"),
        ("RL209", "warning", 11, "文档似乎不完整：正文在“三、收到和处理政府信息公开申请情况”一节中途结束（最后是“2023年”），"
                                 "其后的章节和表格未检查"),
    ]


def test_the_rl803_help_names_the_forms_sections_and_tables():
    file = run_cli("check", "--format", "json", *TODAY, corpus("r407")).json["files"][0]
    [old] = [d for d in file["diagnostics"] if d["code"] == "RL803"]
    assert (old["rule"], old["check"], old["location"]["snippet"]) == ("version.legacy", "version", "一、概述")
    assert old["help"] == ("应按2021年版格式分6个部分编写（“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”"
                           "“四、政府信息公开行政复议、行政诉讼情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”），"
                           "第二、三、四部分填写格式规定的统计表格")


def test_old_titles_over_the_forms_tables_are_titles_only(tmp_path):
    # Two old titles in a report that prints the form's tables: not the old structure — each title is an
    # RL204, and no RL803.
    path = tmp_path / "report.md"
    write_report(make_report(), path)
    text = path.read_text(encoding="utf-8")
    text = text.replace("三、收到和处理政府信息公开申请情况", "三、依申请公开政府信息情况", 1)
    text = text.replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开的收费及减免情况", 1)
    path.write_text(text, encoding="utf-8")
    assert [f[0] for f in findings(path, "RL2", "RL3", "RL8")] == ["RL204", "RL204"]


def test_a_single_old_title_is_not_the_old_structure(tmp_path):
    # r403 with only its 收费及减免 title left old (the others written as the form's): one old title is not
    # enough to call the structure, so the missing tables are each said again (RL301).
    text = corpus("r403").read_text(encoding="utf-8")
    text = text.replace("二、依申请公开政府信息情况", "三、收到和处理政府信息公开申请情况")
    text = text.replace("三、申请行政复议和提起行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    codes = [f[0] for f in findings(path, "RL3", "RL8")]
    assert "RL803" not in codes and codes.count("RL301") >= 4


def test_a_pack_that_turns_rl803_off_gets_each_finding_back(tmp_path):
    # the folding follows the pack's severity: with version.legacy off, r403's missing tables, section and
    # titles are each said again (as RL201 does for the tables of a missing section)
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: old-off\nname: 测试\nlanguage: zh\nextends: cn-gov-disclosure-2021\n"
                    "severity:\n  version.legacy: 'off'\n", encoding="utf-8")
    file = run_cli("check", "--format", "json", *TODAY, "--pack", pack, corpus("r403")).json["files"][0]
    codes = [d["code"] for d in file["diagnostics"] if d["code"].startswith(("RL2", "RL3", "RL8"))]
    assert codes == ["RL201", "RL206", "RL301", "RL301", "RL301", "RL301", "RL204", "RL301", "RL204", "RL301",
                     "RL204", "RL209"]
