"""Real reports of the fourth held-out round, slice f (r550–r561): State Council bodies' local branches (气象, 税务),
provincial and city governments and departments, 2019–2025.  Each test reads the real text as it was found and
asserts the exact findings that the round's causes changed: a page flattened onto one line, a cell-per-line table
whose empty cells were dropped, one table printed from the older form's template, a list that goes on in another
counting word, a mirror's ``?`` debris where ideographic spaces were, and menu chrome above a title."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from reportlint import readers
from reportlint.analysis.identify import identify
from reportlint.model.document import Heading, Table
from reportlint.readers.textlines import PROSE, kind_of

CORPUS = Path(__file__).parent / "corpus"


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def findings(prefix: str) -> list[tuple[str, str, str]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus(prefix)).json["files"][0]
    return [(d["code"], d["severity"], d["message"]) for d in file["diagnostics"]]


def codes(prefix: str, *wanted: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(prefix) if f[0] in wanted]


# --- a page flattened onto one line (r553) -------------------------------------------------------------------------

def test_a_page_flattened_onto_one_line_is_prose_with_its_titles_run_in_not_a_table_row():
    # r553 (衡阳市商务局 2022, a mirror): 编制说明, 一、总体情况, 二、… and the tables' cells all on line 1
    first = corpus("r553").read_text(encoding="utf-8").split("\n")[0]
    assert " 一、总体情况 " in first and " 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 |" in first
    assert kind_of(first) == PROSE
    doc = readers.read(corpus("r553"))
    assert not any(isinstance(b, Table | Heading) for b in doc.blocks)  # no title, no table: the line is text
    assert identify(doc).report_year == 2022  # 统计期限自2022年1月1日起至2022年12月31日止, now read
    assert codes("r553", "RL201", "RL208", "RL301", "RL308") == [
        ("RL308", "warning", "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、行政规范性文件）”、“第二十条第（五）项（行政许可）”、"
                             "“第二十条第（六）项（行政处罚、行政强制）”、“第二十条第（八）项（行政事业性收费）”的文字在正文中，但未能按表格读取，"
                             "其中的数字未检查"),
        ("RL208", "warning", "标题“一、总体情况”“二、主动公开政府信息情况”与正文连在同一段中"),
        ("RL208", "warning", "标题“三、收到和处理政府信息公开申请情况”与正文连在同一段中"),
    ]


def test_a_row_label_that_carries_its_definition_is_still_a_table_row():
    # r305 (长春经开区文教局 2020): "规范性文件:是指…行政规范。 |" is long and has full stops, but no section title
    line = next(x for x in corpus("r305").read_text(encoding="utf-8").split("\n") if x.startswith("规范性文件:是指"))
    assert len(line) > 120 and "。" in line
    assert kind_of(line) != PROSE


# --- a cell per line with the empty cells dropped (r551) --------------------------------------------------------

def test_cells_whose_empty_cells_were_dropped_are_left_unread_not_read_into_wrong_rows():
    # r551 (宣城市气象局 2020): "对外公开总数量 / 0 / 规范性文件 / 第二十条第(五)项 / 上一年项目数量 …" — 规章's row is gone
    text = corpus("r551").read_text(encoding="utf-8")
    assert "对外公开总数量\n0\n规范性文件\n第二十条第(五)项\n" in text
    assert not any(isinstance(b, Table) for b in readers.read(corpus("r551")).blocks)
    assert codes("r551", "RL302", "RL303", "RL308", "RL309") == [
        ("RL308", "warning", "“二、主动公开政府信息情况”中“第二十条第（一）项（规章、规范性文件）”、“第二十条第（五）项（行政许可等）”、"
                             "“第二十条第（六）项（行政处罚、行政强制）”、“第二十条第（八）项（行政事业性收费）”、“第二十条第（九）项（政府集中采购）”"
                             "的文字在正文中，但未能按表格读取，其中的数字未检查"),
    ]


def test_cells_with_their_blanks_marked_are_still_read():
    # r457 (岳阳市信访局 2021): a cell per line with `|` lines for the empty cells — the tables are read as before
    assert any(isinstance(b, Table) for b in readers.read(corpus("r457")).blocks)


# --- one table from the older form's template (r550) ------------------------------------------------------------

def test_one_table_in_the_older_forms_columns_is_said_once():
    # r550 (黑河市气象局 2021): 第二十条第（一）项 has 本年新 | 本年新 | 对外公开总数量 (2019), (五)(六)(八) the 2021 form
    assert "信息内容 | 本年新 | 本年新 | 对外公开总数量 |" in corpus("r550").read_text(encoding="utf-8")
    assert codes("r550", "RL801", "RL303") == [
        ("RL801", "error", "2021 年度报告应使用2021年版格式的表格，但“第二十条第（一）项（规章、行政规范性文件）”的表头是2019年版格式的"),
    ]


def test_a_report_whose_tables_are_all_the_right_form_gets_no_form_finding():
    # r554 (衡阳市商务局 2022): every table of 二 has the 2021 columns
    assert codes("r554", "RL801") == []


# --- a list that goes on in another counting word (r552, r561) --------------------------------------------------

def test_a_list_that_adds_up_with_its_last_part_counted_in_pian_is_no_shortfall():
    # r552 (东莞市税务局 2020): 3911条 = 2153+59+625+620+76 条 + 稿件378篇
    assert "官方抖音发布76条,各类媒体共刊登刊播税收工作稿件378篇。" in corpus("r552").read_text(encoding="utf-8")
    assert codes("r552", "RL701") == []
    # r561 (乐山市气象局 2020): 93条 = 44条 + 45条 + 发稿4篇, the same pattern
    assert "在省级以上媒体发稿4篇" in corpus("r561").read_text(encoding="utf-8")
    assert codes("r561", "RL701") == []


def test_a_list_short_of_its_total_without_such_a_part_is_still_said():
    # r560 (淮北市气象局 2021): 502条 其中包括 nineteen parts = 498, nothing after them
    assert codes("r560", "RL701") == [
        ("RL701", "warning", "文中各分项之和与合计不符：45+8+4+9+29+15+12+13+193+2+10+6+81+7+8+8+4+9+35 = 498，写明的合计为 502 条，"
                             "少 4 条"),
    ]


# --- a mirror's "?" where the ideographic spaces were (r557, r558) ---------------------------------------------

def test_question_marks_left_for_indentation_do_not_hide_a_section_title():
    # r557 (辽宁省政府办公厅 2025, a mirror): "??一、总体情况"; the text stops in 一
    assert "\n??一、总体情况\n" in corpus("r557").read_text(encoding="utf-8")
    doc = readers.read(corpus("r557"))
    assert [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1] == ["一、总体情况"]
    assert codes("r557", "RL201", "RL208") == []
    # r558 (辽阳市 2019, another mirror of the same site): "一、总体情况 ?" is the form's title
    assert "  一、总体情况 ?\n" in corpus("r558").read_text(encoding="utf-8")
    assert codes("r558", "RL204") == []


# --- menu chrome above the title (r555, r556) -----------------------------------------------------------------

def test_a_title_below_a_menu_of_lone_pipes_is_found_and_its_deadline_applied():
    # r555 (广西壮族自治区人民政府办公厅 2020): "|" lines between menu items; published 2021-02-07
    ident = identify(readers.read(corpus("r555")))
    assert ident.title_text == "广西壮族自治区人民政府办公厅2020年政府信息公开工作年度报告"
    assert codes("r555", "RL603", "RL103") == [
        ("RL603", "error", "报告日期 2021-02-07 晚于法定期限 2021-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）"),
    ]


def test_a_title_below_a_language_switch_is_found():
    # r556 (自治区北部湾办 2022): "| 简体版|繁体版|智能问答 支持IPv6" above the title
    ident = identify(readers.read(corpus("r556")))
    assert ident.title_text == "自治区北部湾办2022年政府信息公开工作年度报告"
    assert codes("r556", "RL103", "RL603") == []
