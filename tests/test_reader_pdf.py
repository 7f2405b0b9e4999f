"""Tests for the PDF reader, on the real published reports and the LibreOffice samples.

Expected numbers were read off the published PDFs (and their text versions in
``tests/data/samples/real/text``); they include the reports' own errors and typos.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from reportlint.model.diagnostics import InputError, Severity, Status
from reportlint.model.document import Heading, Location, Paragraph, Table
from reportlint.readers import pdf as pdf_reader
from reportlint.readers.pdf import layout as pdf_layout
from reportlint.readers.pdf import lines as pdf_lines
from reportlint.readers.pdf.records import Char

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
REAL = SAMPLES / "real"

_cache: dict[str, object] = {}


def read(path: Path):
    key = str(path)
    if key not in _cache:
        _cache[key] = pdf_reader.read(path)
    return _cache[key]


# ------------------------------------------------------------------------------------------
# Helpers


def rendered(table: Table) -> list[str]:
    """Rows as the text versions write them: a merged cell once, covered positions empty."""
    out = []
    for r, row in enumerate(table.grid()):
        out.append(_trim(" | ".join(
            c.text if c is not None and c.row == r and c.col == k else "" for k, c in enumerate(row)
        )))
    return out


def _trim(line: str) -> str:
    """Drop trailing empty cells."""
    return re.sub(r"(?:\s*\|)+\s*$", "", line)


def data_rows(table: Table, n_labels: int = 3) -> list[str]:
    """Section 三's data rows as 'label/path | v1 … v7' (label cells of merged groups repeated)."""
    out = []
    for r in range(table.n_rows):
        texts = table.row_texts(r)
        values = texts[n_labels:]
        if not all(v.replace(".", "").isdigit() for v in values):
            continue
        path: list[str] = []
        for t in texts[:n_labels]:
            if t and (not path or path[-1] != t):
                path.append(t)
        out.append(f"{'/'.join(path)} | {' '.join(values)}")
    return out


def level1(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]


def section_tables(doc, prefix: str) -> list[Table]:
    return [t for t in doc.tables if (t.location.section or "").startswith(prefix)]


SIX_SECTIONS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]

SECTION2_HEADER = [
    "第二十条第（一）项",
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
]

T3_HEADER = [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况",
    " |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计",
    " |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他",
]

T4_HEADER = [
    "行政复议 |  |  |  |  | 行政诉讼",
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉",
    " |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计",
]

EXPECTED = {
    "2024-huaian-city-gov": {
        "title": "淮安市人民政府2024年政府信息公开工作年度报告",
        "year": 2024,
        "pages": 6,
        "section_pages": [1, 3, 4, 5, 5, 6],
        "section2": [
            "规章 | 1 | 0 | 11",
            "行政规范性文件 | 8 | 26 | 66",
            "第二十条第（五）项",
            "信息内容 | 本年处理决定数量",
            "行政许可 | 447228",
            "第二十条第（六）项",
            "信息内容 | 本年处理决定数量",
            "行政处罚 | 3985758",
            "行政强制 | 88283",
            "第二十条第（八）项",
            "信息内容 | 本年收费金额（单位：万元）",
            "行政事业性收费 | 96171.6",
        ],
        "t3_pages": (4, 5),
        "t3": """
一、本年新收政府信息公开申请数量 | 3001 53 0 0 61 4 3119
二、上年结转政府信息公开申请数量 | 34 0 0 0 0 0 34
三、本年度办理结果/（一）予以公开 | 1288 21 0 0 50 3 1362
三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 447 7 0 0 0 0 454
三、本年度办理结果/（三）不予公开/1.属于国家秘密 | 2 0 0 0 0 0 2
三、本年度办理结果/（三）不予公开/2.其他法律行政法规禁止公开 | 30 1 0 0 0 0 31
三、本年度办理结果/（三）不予公开/3.危及“三安全一稳定” | 5 0 0 0 0 0 5
三、本年度办理结果/（三）不予公开/4.保护第三方合法权益 | 6 0 0 0 0 0 6
三、本年度办理结果/（三）不予公开/5.属于三类内部事务信息 | 7 1 0 0 0 0 8
三、本年度办理结果/（三）不予公开/6.属于四类过程性信息 | 12 0 0 0 0 0 12
三、本年度办理结果/（三）不予公开/7.属于行政执法案卷 | 9 0 0 0 0 0 9
三、本年度办理结果/（三）不予公开/8.属于行政查询事项 | 105 0 0 0 0 0 105
三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息 | 746 12 0 0 10 1 769
三、本年度办理结果/（四）无法提供/2.没有现成信息需要另行制作 | 11 0 0 0 0 0 11
三、本年度办理结果/（四）无法提供/3.补正后申请内容仍不明确 | 1 0 0 0 0 0 1
三、本年度办理结果/（五）不予处理/1.信访举报投诉类申请 | 56 6 0 0 0 0 62
三、本年度办理结果/（五）不予处理/2.重复申请 | 25 0 0 0 0 0 25
三、本年度办理结果/（五）不予处理/3.要求提供公开出版物 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/4.无正当理由大量反复申请 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/5.要求行政机关确认或重新出具已获取信息 | 1 0 0 0 0 0 1
三、本年度办理结果/（六）其他处理/1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 67 3 0 0 1 0 71
三、本年度办理结果/（六）其他处理/2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 6 0 0 0 0 0 6
三、本年度办理结果/（六）其他处理/3、其他 | 108 2 0 0 0 0 110
三、本年度办理结果/（七）总计 | 2932 53 0 0 61 4 3050
四、结转下年度继续办理 | 103 0 0 0 0 0 103
""",
        "t3_shape": (28, 10, 215),
        "t4": "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20",
    },
    "2023-huaian-hongze-district-gov": {
        "title": "洪泽区人民政府2023年政府信息公开工作年度报告",
        "year": 2023,
        "pages": 5,
        "section_pages": [1, 2, 3, 4, 4, 5],
        "section2": [
            "规章 | 0 | 0 | 0",
            "行政规范性文件 | 0 | 5 | 5",
            "第二十条第（五）项",
            "信息内容 | 本年处理决定数量",
            "行政许可 | 550",
            "第二十条第（六）项",
            "信息内容 | 本年处理决定数量",
            "行政处罚 | 4119",
            "行政强制 | 195",
            "第二十条第（八）项",
            "信息内容 | 本年收费金额（单位：万元）",
            "行政事业性收费 | 7730.28",
        ],
        "t3_pages": (3, 4),
        "t3": """
一、本年新收政府信息公开申请数量 | 21 0 0 0 0 0 21
二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0
三、本年度办理结果/（一）予以公开 | 0 0 0 0 0 0 0
三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 4 0 0 0 0 0 4
三、本年度办理结果/（三）不予公开/1.属于国家秘密 | 1 0 0 0 0 0 1
三、本年度办理结果/（三）不予公开/2.其他法律行政止公开 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/3.危及“三安全一稳定” | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/4.保护第三方合法权益 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/5.属于三类内部事务信息 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/6.属于四类过程性信息 | 1 0 0 0 0 0 1
三、本年度办理结果/（三）不予公开/7.属于行政执法案卷 | 1 0 0 0 0 0 1
三、本年度办理结果/（三）不予公开/8.属于行政查询事项 | 0 0 0 0 0 0 0
三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息 | 10 0 0 0 0 0 10
三、本年度办理结果/（四）无法提供/2.没有现成信息需要另行制作 | 3 0 0 0 0 0 3
三、本年度办理结果/（四）无法提供/3.补正后申请内容仍不明确 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/1.信访举报投诉类申请 | 1 0 0 0 0 0 1
三、本年度办理结果/（五）不予处理/2.重复申请 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/3.要求提供公开出版物 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/4.无正当理由大量反复申请 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/5.要求行政机关确认或重新出具已获取信息 | 0 0 0 0 0 0 0
三、本年度办理结果/（六）其他处理 | 0 0 0 0 0 0 0
三、本年度办理结果/（七）总计 | 21 0 0 0 0 0 21
四、结转下年度继续办理 | 0 0 0 0 0 0 0
""",
        "t3_shape": (26, 10, 198),
        # As published: 行政复议 10 1 0 0 with total 0 (the report's own inconsistency).
        "t4": "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0",
    },
    "2024-huaian-hongze-district-gov": {
        "title": "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
        "year": 2024,
        "pages": 5,
        "section_pages": [1, 2, 3, 4, 4, 5],
        "section2": [
            "规章 | 0 | 0 | 0",
            "行政规范性文件 | 3 | 0 | 8",
            "第二十条第（五）项",
            "信息内容 | 本年处理决定数量",
            "行政许可 | 9487",
            "第二十条第（六）项",
            "信息内容 | 本年处理决定数量",
            "行政处罚 | 2776",
            "行政强制 | 84",
            "第二十条第（八）项",
            "信息内容 | 本年收费金额（单位：万元）",
            "行政事业性收费 | 7545",
        ],
        "t3_pages": (3, 4),
        "t3": """
一、本年新收政府信息公开申请数量 | 95 0 0 0 0 0 95
二、上年结转政府信息公开申请数量 | 0 0 0 0 0 0 0
三、本年度办理结果/（一）予以公开 | 50 0 0 0 0 0 50
三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 9 0 0 0 0 0 9
三、本年度办理结果/（三）不予公开/1.属于国家秘密 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/2.其他法律行政止公开 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/3.危及“三安全一稳定” | 1 0 0 0 0 0 1
三、本年度办理结果/（三）不予公开/4.保护第三方合法权益 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/5.属于三类内部事务信息 | 0 0 0 0 0 0 0
三、本年度办理结果/（三）不予公开/6.属于四类过程性信息 | 1 0 0 0 0 0 1
三、本年度办理结果/（三）不予公开/7.属于行政执法案卷 | 1 0 0 0 0 0 1
三、本年度办理结果/（三）不予公开/8.属于行政查询事项 | 0 0 0 0 0 0 0
三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息 | 31 0 0 0 0 0 31
三、本年度办理结果/（四）无法提供/2.没有现成信息需要另行制作 | 1 0 0 0 0 0 1
三、本年度办理结果/（四）无法提供/3.补正后申请内容仍不明确 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/1.信访举报投诉类申请 | 1 0 0 0 0 0 1
三、本年度办理结果/（五）不予处理/2.重复申请 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/3.要求提供公开出版物 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/4.无正当理由大量反复申请 | 0 0 0 0 0 0 0
三、本年度办理结果/（五）不予处理/5.要求行政机关确认或重新出具已获取信息 | 0 0 0 0 0 0 0
三、本年度办理结果/（六）其他处理 | 0 0 0 0 0 0 0
三、本年度办理结果/（七）总计 | 95 0 0 0 0 0 95
四、结转下年度继续办理 | 0 0 0 0 0 0 0
""",
        "t3_shape": (26, 10, 200),  # （六）其他处理 and （七）总计 each have an empty ruled third label cell
        "t4": "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3",
    },
}

NAMES = sorted(EXPECTED)


# ------------------------------------------------------------------------------------------
# The three real reports


@pytest.mark.parametrize("name", NAMES)
def test_real_title_and_sections(name):
    exp = EXPECTED[name]
    doc = read(REAL / f"{name}.pdf")
    assert doc.format == "pdf"
    assert doc.title == exp["title"]
    assert doc.metadata == {"pages": exp["pages"], "report_year": exp["year"]}
    first = doc.blocks[0]
    assert isinstance(first, Heading) and first.level == 0 and first.text == exp["title"]
    assert first.location.page == 1
    assert level1(doc) == SIX_SECTIONS
    headings = [b for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    assert [h.location.page for h in headings] == exp["section_pages"]
    assert [h.location.section for h in headings] == SIX_SECTIONS
    assert doc.findings == []


@pytest.mark.parametrize("name", NAMES)
def test_real_section2_table(name):
    exp = EXPECTED[name]
    doc = read(REAL / f"{name}.pdf")
    (table,) = section_tables(doc, "二、")
    # Stitched over a page break: the 第二十条 sub-tables with 2 columns reuse the 4-column grid.
    assert (table.n_rows, table.n_cols, table.index) == (14, 4, 1)
    assert rendered(table) == SECTION2_HEADER + exp["section2"]


@pytest.mark.parametrize("name", NAMES)
def test_real_section3_table(name):
    exp = EXPECTED[name]
    doc = read(REAL / f"{name}.pdf")
    (table,) = section_tables(doc, "三、")
    assert (table.n_rows, table.n_cols, len(table.cells)) == exp["t3_shape"]
    assert table.index == 2
    assert rendered(table)[:3] == T3_HEADER
    assert data_rows(table) == exp["t3"].strip().splitlines()
    # Rows on both pages, and every position covered exactly once.
    assert {c.location.page for c in table.cells} == set(exp["t3_pages"])
    assert all(cell is not None for row in table.grid() for cell in row)
    assert sum(c.rowspan * c.colspan for c in table.cells) == table.n_rows * table.n_cols


@pytest.mark.parametrize("name", NAMES)
def test_real_section4_row(name):
    exp = EXPECTED[name]
    doc = read(REAL / f"{name}.pdf")
    (table,) = section_tables(doc, "四、")
    assert (table.n_rows, table.n_cols, table.index) == (4, 15, 3)
    assert " ".join(table.row_texts(3)) == exp["t4"]
    assert [c.text for c in table.cells if c.row == 3] == exp["t4"].split()


def test_real_section4_header_city():
    doc = read(REAL / "2024-huaian-city-gov.pdf")
    assert rendered(section_tables(doc, "四、")[0])[:3] == T4_HEADER


def test_real_section4_header_split_by_stray_rule_hongze_2024():
    # This PDF draws a short vertical rule through the 行政诉讼 header cell; the label is centred
    # over all ten columns, so the empty left part is merged back into one cell.
    doc = read(REAL / "2024-huaian-hongze-district-gov.pdf")
    table = section_tables(doc, "四、")[0]
    assert rendered(table)[:3] == T4_HEADER
    assert [(c.col, c.colspan, c.text, c.location.bbox) for c in table.cells if c.row == 0] == [
        (0, 5, "行政复议", (77.2, 319.3, 230.9, 343.0)),
        (5, 10, "行政诉讼", (230.9, 319.3, 515.6, 343.0)),
    ]


@pytest.mark.parametrize("name", NAMES)
def test_real_text_matches_published_text_version(name):
    """Every heading, paragraph and table row equals the published text, line for line."""
    doc = read(REAL / f"{name}.pdf")
    lines: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            lines.extend(rendered(block))
        else:
            lines.append(block.text)
    expected = [_trim(ln) for ln in (REAL / "text" / f"{name}.txt").read_text("utf-8").splitlines()]
    assert lines == expected


def test_city_paragraphs_and_locations():
    doc = read(REAL / "2024-huaian-city-gov.pdf")
    paras = [b for b in doc.blocks if isinstance(b, Paragraph)]
    # Lines joined without spaces between 汉字 and digits; a sentence end at a line end in an
    # indented document does not split the paragraph.
    assert paras[0].text.startswith("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）")
    assert "统计期限自2024年1月1日至2024年12月31日。如对本报告有疑问" in paras[0].text
    assert paras[0].text.endswith("电子邮箱：hazwgkc@163.com）。")
    assert paras[0].location == Location(
        page=1, bbox=(74.3, 276.1, 526.6, 433.1),
        snippet="本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开", section=None,
    )
    assert paras[0].offsets is None
    # A paragraph cut by a page break is one paragraph located where it starts.
    (cut,) = [p for p in paras if p.text.startswith("（一）主动公开情况。")]
    assert "“建设‘四最’一流营商环境高质量推进产业发展”" in cut.text
    assert cut.location.page == 1 and cut.location.section == "一、总体情况"
    # Page numbers and table text are not prose.
    assert not any("- 1 -" in p.text or p.text.strip("- ").isdigit() for p in paras)
    assert not any("本年制发件数" in p.text or "3119 " in p.text for p in paras)
    assert [p.location.section for p in paras][-1] == "六、其他需要报告的事项"
    assert paras[-1].text == "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。"


def test_city_cell_locations():
    doc = read(REAL / "2024-huaian-city-gov.pdf")
    table = doc.tables[1]
    assert table.location.page == 4 and table.location.table == 2
    total = table.at(3, 9)
    assert total.text == "3119"
    assert total.location == Location(
        page=4, table=2, row=4, col=10, bbox=(486.4, 456.5, 520.4, 480.7), snippet="3119",
        section="三、收到和处理政府信息公开申请情况",
    )
    # A group label cut by the page break ("（四）无" | "法提供") is one cell spanning both pages.
    group = table.at(17, 1)
    assert (group.row, group.col, group.rowspan, group.colspan, group.text) == (15, 1, 3, 1, "（四）无法提供")
    assert group.location.page == 4
    # The empty top-left cell of the continuation extends 三、本年度办理结果 downwards.
    outer = table.at(20, 0)
    assert (outer.row, outer.rowspan, outer.text) == (5, 22, "三、本年度办理结果")
    assert table.at(20, 3).location.page == 5


def test_missing_borders_at_page_break_are_closed():
    # 2023 洪泽: the section-三 table has no bottom rule on page 3 and no top rule on page 4.
    doc = read(REAL / "2023-huaian-hongze-district-gov.pdf")
    table = section_tables(doc, "三、")[0]
    row = next(r for r in range(table.n_rows) if table.row_texts(r)[2] == "2.没有现成信息需要另行制作")
    assert table.row_texts(row)[3:] == ["3", "0", "0", "0", "0", "0", "3"]
    assert table.at(row, 3).location.page == 3
    nxt = table.at(row + 1, 2)
    assert (nxt.text, nxt.location.page) == ("3.补正后申请内容仍不明确", 4)
    assert table.at(row + 1, 1).text == "（四）无法提供"


# ------------------------------------------------------------------------------------------
# LibreOffice samples


def test_section3_pdf_stitched_grid():
    doc = read(SAMPLES / "docx" / "section3.pdf")
    assert doc.title == "镜管委2020年政府信息公开工作年度报告"
    assert level1(doc) == ["一、总体情况", "三、收到和处理政府信息公开申请情况",
                           "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项"]
    t3, t4 = doc.tables
    # The notes (§2, §4.2): 26 rows × 10 columns and 198 logical cells, as the .docx walker.
    assert (t3.n_rows, t3.n_cols, len(t3.cells), t3.index) == (26, 10, 198, 1)
    assert (t4.n_rows, t4.n_cols, len(t4.cells), t4.index) == (4, 15, 34, 2)
    spans = {(c.row, c.col): (c.rowspan, c.colspan, c.text) for c in t3.cells}
    assert spans[(0, 0)] == (3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    assert spans[(0, 3)] == (1, 7, "申请人情况")
    assert spans[(1, 4)] == (1, 5, "法人或其他组织")
    assert spans[(2, 5)] == (1, 1, "科研机构")
    assert spans[(5, 0)] == (20, 1, "三、本年度办理结果")  # continued across the page break
    assert spans[(18, 1)] == (5, 1, "（五）不予处理")
    assert t3.at(18, 1).location.page == 2 and t3.at(17, 2).location.page == 1
    values = [c.text for c in t3.cells if c.col >= 3 and c.row >= 3]
    assert len(values) == 161
    assert [" ".join(t3.row_texts(r)[3:]) for r in (3, 4, 5, 6, 7, 15, 19, 24, 25)] == [
        "12 3 0 0 1 0 16", "1 0 0 0 0 0 1", "6 1 0 0 0 0 7", "1 0 0 0 0 0 1", "1 0 0 0 0 0 1",
        "2 1 0 0 1 0 4", "1 0 0 0 0 0 1", "11 2 0 0 1 0 14", "2 1 0 0 0 0 3",
    ]
    assert sorted({v for v in values}) == ["0", "1", "11", "12", "14", "16", "2", "3", "4", "6", "7"]
    assert " ".join(t4.row_texts(3)) == "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0"
    assert doc.findings == []
    date = doc.blocks[1]
    assert isinstance(date, Paragraph) and date.text == "2021年1月25日"


def test_section3_noborder_gives_rl307_and_no_numbers():
    doc = read(SAMPLES / "docx" / "section3_noborder.pdf")
    assert doc.tables == []
    assert level1(doc) == ["一、总体情况", "三、收到和处理政府信息公开申请情况",
                           "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项"]
    assert [(d.code, d.rule, d.check, d.severity, d.status) for d in doc.findings] == [
        ("RL307", "RL307", "tables", Severity.WARNING, Status.UNVERIFIABLE)
    ] * 2
    first, second = doc.findings
    assert first.message == (
        "“三、收到和处理政府信息公开申请情况”部分的表格无法机器读取（无框线表格或以图片发布），其中的数字未能核对"
    )
    assert first.location.page == 1 and first.location.section == "三、收到和处理政府信息公开申请情况"
    assert first.location.snippet == "三、收到和处理政府信息公开申请情况"
    assert second.location.page == 2
    assert second.message.startswith("“四、政府信息公开行政复议、行政诉讼情况”部分的表格无法机器读取")
    assert first.expected is None and first.actual is None and first.cells == []


# ------------------------------------------------------------------------------------------
# Bad input


def _make_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


_CATALOG = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]


def _image_only_pdf() -> bytes:
    content = b"q 200 0 0 200 100 300 cm /Im0 Do Q"
    return _make_pdf([
        *_CATALOG,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
    ])


def _encrypted_pdf() -> bytes:
    # Standard security handler whose password is not empty: cannot be opened without it.
    return _make_pdf([
        *_CATALOG,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ], b"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ")


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        pdf_reader.read(path)
    return info.value


def test_not_a_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("一、总体情况\n", encoding="utf-8")
    err = _error(path)
    assert err.reason == "文件不是 PDF（开头没有 %PDF- 标记）"
    assert err.code == "RL101" and "\n" not in err.reason and err.hint


def test_empty_and_missing_file(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _error(tmp_path / "empty.pdf").reason == "文件不是 PDF（开头没有 %PDF- 标记）"
    assert _error(tmp_path / "missing.pdf").reason.startswith("找不到文件：")


def test_truncated_pdf(tmp_path):
    data = (REAL / "2024-huaian-city-gov.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert _error(path).reason == "PDF 文件不完整（缺少文件结尾，可能下载中断或被截断）"


def test_damaged_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    err = _error(path)
    assert err.reason == "PDF 文件已损坏，无法解析"
    assert err.hint == "请用 PDF 阅读器确认文件能打开，或重新导出"


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    err = _error(path)
    assert err.reason == "PDF 文件已加密，需要密码才能打开"
    assert err.hint == "请导出一份未加密的 PDF 再检查"


def test_page_limit(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    err = _error(SAMPLES / "docx" / "section3.pdf")
    assert err.reason == "PDF 共 2 页，超过上限 1 页，未读取"


def test_page_limit_constant():
    assert pdf_reader.MAX_PAGES == 200


def test_missing_pdf_library(tmp_path, monkeypatch):
    path = tmp_path / "x.pdf"
    path.write_bytes(_image_only_pdf())
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # makes `import pypdfium2` fail
    err = _error(path)
    assert (err.reason, err.hint) == ("读取 PDF 需要可选组件 pypdfium2", 'pip install "reportlint[pdf]"')


def test_image_only_page(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_image_only_pdf())
    doc = pdf_reader.read(path)
    assert doc.blocks == [] and doc.title is None
    (finding,) = doc.findings
    assert (finding.code, finding.severity, finding.status) == ("RL307", Severity.WARNING, Status.UNVERIFIABLE)
    assert finding.message == "第 1 页是图片，没有可读取的文字，其中的内容无法检查"
    assert finding.location.page == 1


def test_registry_dispatches_pdf():
    from reportlint.readers import READERS, format_of

    assert READERS[".pdf"] == ("pdf", "pdf")
    assert format_of("a.PDF") == "pdf"


# ------------------------------------------------------------------------------------------
# Small pieces


def _chars(spec: list[tuple[str, float]], size: float = 16.0) -> list:
    return [Char(t, x, x + (size if ord(t[0]) > 0x2E80 else size / 2), 100, 100 + size, size)
            for t, x in spec]


def test_join_chars_spacing():
    # "2024 年" with a gap: no space between a digit and 汉字; "第 711 号" likewise.
    assert pdf_lines.join_chars(_chars([("2", 0), ("0", 8), ("2", 16), ("4", 24), ("年", 40)])) == "2024年"
    assert pdf_lines.join_chars(_chars([("第", 0), ("7", 22), ("1", 30), ("1", 38), ("号", 52)])) == "第711号"
    # Latin words keep their space; a glyph drawn twice (fake bold) is kept once.
    assert pdf_lines.join_chars(_chars([("a", 0), (" ", 8), ("b", 16)])) == "a b"
    assert pdf_lines.join_chars(_chars([("总", 0), ("总", 0.2), ("计", 16)])) == "总计"
    assert pdf_lines.join_lines(["（本列数据的勾稽关系为：第一项加", "第二项之和）"]) == "（本列数据的勾稽关系为：第一项加第二项之和）"
    assert pdf_lines.join_lines(["see page", "two"]) == "see page two"


@pytest.mark.parametrize("text", ["-1-", "- 2 -", "— 3 —", "第 1 页", "第1页 共6页", "7", "3/6"])
def test_page_number_forms(text):
    assert pdf_layout.PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["2024年", "一、总体情况", "-1-2", "12345"])
def test_not_page_numbers(text):
    assert not pdf_layout.PAGE_NUMBER.match(text)



# ------------------------------------------------------------------------------------------
# PDFs built here: extraction details, and hostile files that must be refused quickly


def _pdf(pages: list[bytes], form: bytes | None = None, form_matrix: bytes = b"1 0 0 1 0 0") -> bytes:
    """A PDF whose pages draw the given content streams (Flate-compressed), with Helvetica as /F1
    and, if given, a form XObject /Fm1 that the pages may paint with ``/Fm1 Do``."""
    n = len(pages)
    font = 3 + 2 * n
    xobject = b" /XObject << /Fm1 %d 0 R >>" % (font + 1) if form is not None else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n)), n)]
    for i, content in enumerate(pages):
        data = zlib.compress(content, 9)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >>%s >> "
                       b"/Contents %d 0 R >>" % (font, xobject, 4 + 2 * i))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if form is not None:
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [%s] "
                       b"/Resources << /Font << /F1 %d 0 R >> >> /Length %d >>\nstream\n" % (form_matrix, font, len(form))
                       + form + b"\nendstream")
    return _make_pdf(objects)


def _runs(n_chars: int, per_run: int = 1000) -> bytes:
    """One page's text: n_chars letters in runs of per_run (each run one string in the content)."""
    return b"BT /F1 1 Tf 10 10 Td " + (b"(" + b"a" * per_run + b") Tj ") * (n_chars // per_run) + b"ET"


def _rects(n: int) -> bytes:
    """n stroked 3 x 3 pt squares, 100 to a row, 5 pt apart."""
    return b"0 G 0.5 w " + b"".join(b"%d %d 3 3 re S " % (10 + i % 100 * 5, 10 + i // 100 * 5) for i in range(n))


def _grid(x0: float, top: float, widths: list[float], heights: list[float]) -> bytes:
    """The ruling lines of a grid, as LibreOffice draws a table (one path per border), top-down."""
    xs = [x0 + sum(widths[:k]) for k in range(len(widths) + 1)]
    ys = [842 - (top + sum(heights[:k])) for k in range(len(heights) + 1)]
    out = [b"0 G 0.75 w"]
    out += [b"%.2f %.2f m %.2f %.2f l S" % (xs[0], y, xs[-1], y) for y in ys]
    out += [b"%.2f %.2f m %.2f %.2f l S" % (x, ys[0], x, ys[-1]) for x in xs]
    return b" ".join(out)


def _text(x: float, top: float, s: bytes, size: int = 10) -> bytes:
    return b"BT /F1 %d Tf %.2f %.2f Td (%s) Tj ET" % (size, x, 842 - top - size, s)


def test_table_drawn_in_a_form_xobject_is_found():
    # The grid and its text are drawn inside a form XObject shifted by its /Matrix (50 pt right,
    # 100 pt down): the cells are where the page shows them.
    grid = _grid(50, 100, [100, 60, 60], [20, 20])
    texts = b" ".join([_text(55, 105, b"Label"), _text(155, 105, b"A"), _text(215, 105, b"B"),
                       _text(55, 125, b"Row"), _text(155, 125, b"12"), _text(215, 125, b"7")])
    data = _pdf([b"q /Fm1 Do Q"], form=grid + b" " + texts, form_matrix=b"1 0 0 1 50 -100")
    doc = _read_bytes(data)
    (table,) = doc.tables
    assert (table.n_rows, table.n_cols) == (2, 3)
    assert [table.row_texts(r) for r in range(2)] == [["Label", "A", "B"], ["Row", "12", "7"]]
    assert table.at(1, 1).location.bbox == (200.0, 220.0, 260.0, 240.0)


def test_white_backgrounds_are_no_rules_and_thin_fills_are():
    # White filled boxes behind text (as WPS draws them) make no table; a grid of thin black
    # filled rectangles (as some writers draw borders) does.
    white = b"1 g 40 600 500 30 re f 40 560 500 30 re f"
    xs, tops = [50, 150, 250, 350], [100, 120, 140]
    bars = [b"0 g %d %d 300 0.5 re f" % (50, 842 - t) for t in tops]
    bars += [b"0 g %d %d 0.5 40 re f" % (x, 842 - 140) for x in xs]
    texts = b" ".join(_text(x + 5, t + 4, s) for x, t, s in [(50, 100, b"a"), (150, 100, b"b"), (250, 100, b"c"),
                                                              (50, 120, b"d"), (150, 120, b"1"), (250, 120, b"2")])
    doc = _read_bytes(_pdf([white + b" " + b" ".join(bars) + b" " + texts]))
    (table,) = doc.tables
    assert [table.row_texts(r) for r in range(2)] == [["a", "b", "c"], ["d", "1", "2"]]


def _read_bytes(data: bytes):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "built.pdf"
        path.write_bytes(data)
        return pdf_reader.read(path)


def _check_hostile(tmp_path: Path, data: bytes) -> tuple[int, list[dict], float]:
    """``reportlint check --format json`` in a child process (killed after 60 s, so the suite never
    hangs); the input must be byte-identical afterwards."""
    path = tmp_path / "hostile.pdf"
    path.write_bytes(data)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "reportlint", "check", "--format", "json", "--today", "2026-01-01",
                           str(path)], capture_output=True, text=True, timeout=60, check=False)
    elapsed = time.perf_counter() - start
    assert path.read_bytes() == data
    assert "Traceback" not in done.stderr
    return done.returncode, json.loads(done.stdout)["files"][0]["diagnostics"], elapsed


def _refused(tmp_path: Path, data: bytes) -> str:
    code, diagnostics, _ = _check_hostile(tmp_path, data)
    assert code == 1
    (d,) = diagnostics
    assert (d["code"], d["check"], d["severity"]) == ("RL101", "input", "error")
    assert "\n" not in d["message"]
    assert d["message"].endswith("未读取；年度报告每页通常不到 2,000 个字符、几百条表格线，请确认文件是否正确")
    return d["message"].split("；")[0]


def test_a_million_characters_in_one_string_is_refused(tmp_path):
    data = _pdf([b"BT /F1 1 Tf 10 10 Td (" + b"a" * 1_000_000 + b") Tj ET"])
    assert len(data) < 2000
    # PDFium keeps the first 32,767 characters of a string in a content stream.
    assert _refused(tmp_path, data) == "无法读取：PDF 内容过大：第 1 页有 32,767 个字符（每页上限 20,000 个），未读取"


def test_a_million_characters_in_runs_is_refused(tmp_path):
    data = _pdf([_runs(1_000_000)])
    assert len(data) < 3000
    assert _refused(tmp_path, data) == "无法读取：PDF 内容过大：第 1 页有 1,000,000 个字符（每页上限 20,000 个），未读取"


def test_ten_pages_of_200k_characters_are_refused_at_the_first(tmp_path):
    data = _pdf([_runs(200_000)] * 10)
    assert _refused(tmp_path, data) == "无法读取：PDF 内容过大：第 1 页有 200,000 个字符（每页上限 20,000 个），未读取"


def test_characters_are_capped_per_file(tmp_path):
    data = _pdf([_runs(19_000)] * 6)  # each page under the page limit, the file over its own
    assert _refused(tmp_path, data) == "无法读取：PDF 内容过大：字符总数超过上限 100,000 个（到第 6 页），未读取"


def test_15k_rectangles_on_a_page_are_refused(tmp_path):
    assert _refused(tmp_path, _pdf([_rects(15_000)])) == (
        "无法读取：PDF 内容过大：第 1 页的图形对象（线条、矩形、图片）超过上限 10,000 个，未读取")


def test_ten_pages_of_15k_rectangles_are_refused_at_the_first(tmp_path):
    assert _refused(tmp_path, _pdf([_rects(15_000)] * 10)) == (
        "无法读取：PDF 内容过大：第 1 页的图形对象（线条、矩形、图片）超过上限 10,000 个，未读取")


def test_drawn_objects_are_capped_per_file(tmp_path):
    assert _refused(tmp_path, _pdf([_rects(9_000)] * 5)) == (
        "无法读取：PDF 内容过大：图形对象（线条、矩形、图片）总数超过上限 40,000 个（到第 5 页），未读取")


def test_ruling_crossings_are_capped_per_page(tmp_path):
    # 150 x 150 lines: 300 drawn objects, but 22,500 table corners.
    assert _refused(tmp_path, _pdf([_grid(20, 20, [3.5] * 149, [5.0] * 149)])) == (
        "无法读取：PDF 内容过大：第 1 页的表格线交点超过上限 20,000 个，未读取")


def test_pages_are_read_one_at_a_time():
    """Four pages of 2,500 characters take about the memory of one: no page's characters are kept."""
    def peak(n_pages: int) -> int:
        data = _pdf([_runs(2_500, 100)] * n_pages)
        tracemalloc.start()
        try:
            _read_bytes(data)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    one, four = peak(1), peak(4)
    assert four < 1.3 * one


def test_limits_are_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### What reportlint does with bad input"):]
    for value in (pdf_reader.MAX_PAGES, pdf_reader.MAX_PAGE_CHARS, pdf_reader.MAX_FILE_CHARS,
                  pdf_reader.MAX_PAGE_DRAWINGS, pdf_reader.MAX_FILE_DRAWINGS, pdf_reader.MAX_PAGE_OBJECTS,
                  pdf_reader.MAX_CROSSINGS):
        assert f"{value:,}" in section


def test_the_pdf_library_is_imported_only_to_read_a_pdf():
    code = ("import sys; from reportlint.readers import pdf; from reportlint.readers.pdf import layout, ruling; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pypdfium2', 'pypdfium2_raw', 'pdfplumber', 'pdfminer')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
