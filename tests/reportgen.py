"""Generate realistic 政府信息公开工作年度报告 documents for tests and benchmarks.

A report is built from consistent numbers (every identity of the spec holds); a test then changes
one number with ``set_t3`` or ``set_t4`` *without* recomputing the totals, so the expected findings
are exactly the identities that number takes part in.  The same data renders as Markdown, as
PDF-extracted-style text (``|`` tables) and as .docx (bold numbered headings, merged cells).
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

# (key, level-1 label, level-2 label, level-3 label)
T3_ROWS_COMMON = [
    ("new", "一、本年新收政府信息公开申请数量", "", ""),
    ("carried_over", "二、上年结转政府信息公开申请数量", "", ""),
    ("granted", "三、本年度办理结果", "（一）予以公开", ""),
    ("partial", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    ("d1", "", "（三）不予公开", "1.属于国家秘密"),
    ("d2", "", "", "2.其他法律行政法规禁止公开"),
    ("d3", "", "", "3.危及“三安全一稳定”"),
    ("d4", "", "", "4.保护第三方合法权益"),
    ("d5", "", "", "5.属于三类内部事务信息"),
    ("d6", "", "", "6.属于四类过程性信息"),
    ("d7", "", "", "7.属于行政执法案卷"),
    ("d8", "", "", "8.属于行政查询事项"),
    ("u1", "", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("u2", "", "", "2.没有现成信息需要另行制作"),
    ("u3", "", "", "3.补正后申请内容仍不明确"),
    ("n1", "", "（五）不予处理", "1.信访举报投诉类申请"),
    ("n2", "", "", "2.重复申请"),
    ("n3", "", "", "3.要求提供公开出版物"),
    ("n4", "", "", "4.无正当理由大量反复申请"),
    ("n5", "", "", "5.要求行政机关确认或重新出具已获取信息"),
]
T3_OTHER_2019 = [("other_handling", "", "（六）其他处理", "")]
T3_OTHER_2021 = [
    ("other_no_correction", "", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_no_fee", "", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_other", "", "", "3.其他"),
]
T3_TAIL = [
    ("results_total", "", "（七）总计", ""),
    ("carry_forward", "四、结转下年度继续办理", "", ""),
]
RESULT_KEYS_2019 = [k for k, *_ in T3_ROWS_COMMON[2:]] + ["other_handling"]
RESULT_KEYS_2021 = [k for k, *_ in T3_ROWS_COMMON[2:]] + [k for k, *_ in T3_OTHER_2021]

T4_GROUPS = ["行政复议", "未经复议直接起诉", "复议后起诉"]
T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

SECTION_TITLES = [
    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
]


@dataclass
class Layout:
    """How the tables are laid out, as real reports do it (the defaults are the layout the golden dump
    and the speed benchmark were made with).

    ``s2``: section 二 as one combined table with a caption row per block (``combined``), a caption
    paragraph before each small table (``captioned``), or each small table with its caption as a
    merged first row (``caption_row``).  ``text``: how ``to_text`` writes a table — ``pipes`` (every
    row padded, ``a | b | c``), ``tabs`` (tab-separated, merged cells not padded: a row has as many
    fields as visible cells, blank fields kept), ``pipes_unpadded`` (``a | b |`` with the filler
    pipes a crawler writes), ``cells`` (a cell per line, blank lines between), ``cell_pipes`` (a cell
    per line ended by `` |``), ``spaces`` (fields separated by two spaces, merged cells not padded).
    ``path_labels``: section 三's row labels as one path (``三、本年度办理结果 / （三）不予公开 / 1.…``).
    ``page_break``: section 三 continues on a new page after that many data rows (text: a page number
    line; Markdown and .docx: a second table), with its header rows again if ``repeat_header``.
    ``caption_spaced``: captions written ``第二十条 第(一)项`` (a space, half-width brackets).
    ``split_header``: text: each section-二 header cell wrapped over two lines.
    """

    s2: str = "combined"
    text: str = "pipes"
    path_labels: bool = False
    page_break: int | None = None
    repeat_header: bool = False
    caption_spaced: bool = False
    split_header: bool = False


@dataclass
class Report:
    agency: str
    year: int
    date: str  # as written under the title
    t3: dict[str, list[int]]  # row key -> 6 applicant values (totals computed at render)
    t3_totals: dict[str, int] = field(default_factory=dict)  # explicit 总计 overrides
    t4: list[int] = field(default_factory=list)  # 15 values
    s2: dict[str, list] = field(default_factory=dict)
    section_titles: list[str] = field(default_factory=lambda: list(SECTION_TITLES))
    drop_sections: set[int] = field(default_factory=set)
    layout: Layout = field(default_factory=Layout)
    labels: dict[str, str] = field(default_factory=dict)  # a form label -> how this report writes it (typos)
    s2_headers: dict[str, list[str]] = field(default_factory=dict)  # table -> header as written (units, typos)

    @property
    def form(self) -> str:
        return "2019" if self.year <= 2020 else "2021"

    def rows(self) -> list[tuple[str, str, str, str]]:
        other = T3_OTHER_2019 if self.form == "2019" else T3_OTHER_2021
        return T3_ROWS_COMMON + other + T3_TAIL

    def total(self, key: str) -> int:
        return self.t3_totals.get(key, sum(self.t3[key]))

    def set_t3(self, key: str, column: int, value: int) -> Report:
        """A copy with one applicant cell changed and nothing recomputed."""
        other = copy.deepcopy(self)
        for k in other.t3:
            other.t3_totals.setdefault(k, sum(self.t3[k]))
        other.t3[key][column] = value
        return other

    def set_t3_total(self, key: str, value: int) -> Report:
        other = copy.deepcopy(self)
        other.t3_totals[key] = value
        return other

    def set_t4(self, index: int, value: int) -> Report:
        other = copy.deepcopy(self)
        other.t4[index] = value
        return other


def make_report(year: int = 2023, seed: int = 1, agency: str = "示例县市场监督管理局") -> Report:
    rng = random.Random(seed)
    form = "2019" if year <= 2020 else "2021"
    result_keys = RESULT_KEYS_2019 if form == "2019" else RESULT_KEYS_2021
    t3: dict[str, list[int]] = {}
    for key in result_keys:
        t3[key] = [rng.choice([0, 0, 0, 1, 2, 3, 5, 8]) if c in (0, 1, 5) else rng.choice([0, 0, 1])
                   for c in range(6)]
    results = [sum(t3[k][c] for k in result_keys) for c in range(6)]
    carry_forward = [rng.choice([0, 0, 1, 2]) for _ in range(6)]
    carried_over = [rng.choice([0, 1, 2]) if c == 0 else 0 for c in range(6)]
    new = [results[c] + carry_forward[c] - carried_over[c] for c in range(6)]
    for c in range(6):
        if new[c] < 0:
            carry_forward[c] -= new[c]
            new[c] = 0
    t3["new"] = new
    t3["carried_over"] = carried_over
    t3["results_total"] = results
    t3["carry_forward"] = carry_forward
    t4 = []
    for _ in T4_GROUPS:
        parts = [rng.choice([0, 0, 1, 2]) for _ in range(4)]
        t4 += parts + [sum(parts)]
    if form == "2019":
        s2 = {
            "t2-1": [["规章", 0, 0, 0], ["规范性文件", 2, 2, 15]],
            "t2-5": [["行政许可", 12, -1, 340], ["其他对外管理服务事项", 3, 0, 25]],
            "t2-6": [["行政处罚", 8, 0, 57], ["行政强制", 2, 0, 4]],
            "t2-8": [["行政事业性收费", 1, 0]],
            "t2-9": [["政府集中采购", 5, "400.45887 万元"]],
        }
    else:
        s2 = {
            "t2-1": [["规章", 0, 0, 0], ["行政规范性文件", 3, 1, 9]],
            "t2-5": [["行政许可", 1562]],
            "t2-6": [["行政处罚", 318], ["行政强制", 27]],
            "t2-8": [["行政事业性收费", "12.5"]],
        }
    month_day = "1月20日"
    return Report(agency=agency, year=year, date=f"{year + 1}年{month_day}", t3=t3, t4=t4, s2=s2)


S2_HEADERS = {
    "2019": {
        "t2-1": ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]),
        "t2-5": ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]),
        "t2-6": ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]),
        "t2-8": ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"]),
        "t2-9": ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"]),
    },
    "2021": {
        "t2-1": ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
        "t2-5": ("第二十条第（五）项", ["信息内容", "本年处理决定数量"]),
        "t2-6": ("第二十条第（六）项", ["信息内容", "本年处理决定数量"]),
        "t2-8": ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"]),
    },
}


@dataclass
class TableOut:
    """One table as the report prints it: every grid position ("" where a merged cell continues or a
    cell is blank), which positions a merged cell covers (text that pads no merged cell leaves them
    out), how many rows come before the data, how many label columns, and a caption paragraph."""

    kind: str  # s2 | t3 | t4
    grid: list[list[str]]
    merged: set[tuple[int, int]] = field(default_factory=set)
    header_rows: int = 0
    label_cols: int = 1
    caption: str | None = None


def _label(report: Report, text: str) -> str:
    return report.labels.get(text, text)


def _caption(report: Report, caption: str) -> str:
    if report.layout.caption_spaced:
        return caption.replace("第二十条第", "第二十条 第").replace("（", "(").replace("）", ")")
    return caption


def _s2_tables(report: Report) -> list[TableOut]:
    layout = report.layout.s2
    blocks = []
    for key, (caption, header) in S2_HEADERS[report.form].items():
        header = [_label(report, h) for h in report.s2_headers.get(key, header)]
        rows = [[_label(report, str(row[0]))] + [str(v) for v in row[1:]] for row in report.s2[key]]
        blocks.append((_caption(report, caption), header, rows))
    if layout == "combined":
        grid: list[list[str]] = []
        merged: set[tuple[int, int]] = set()
        for caption, header, rows in blocks:
            for cells in [[caption], header, *rows]:
                merged.update((len(grid), c) for c in range(len(cells), 4))
                grid.append(cells + [""] * (4 - len(cells)))
        return [TableOut("s2", grid, merged, 0)]
    out = []
    for caption, header, rows in blocks:
        width = len(header)
        if layout == "caption_row":
            grid = [[caption] + [""] * (width - 1), header, *rows]
            out.append(TableOut("s2", grid, {(0, c) for c in range(1, width)}, 2))
        else:  # captioned
            out.append(TableOut("s2", [header, *rows], set(), 1, caption=caption))
    return out


def _t3_tables(report: Report) -> list[TableOut]:
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    leaves = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    n_labels = 1 if report.layout.path_labels else 3
    header = [
        [note] + [""] * (n_labels - 1) + ["申请人情况"] + [""] * 6,
        [""] * n_labels + ["自然人", "法人或其他组织", "", "", "", "", "总计"],
        [""] * (n_labels + 1) + leaves + [""],
    ]
    data = []
    group: list[str] = ["", ""]  # the level-1 and level-2 labels the row is under
    for key, a, b, c in report.rows():
        labels = [_label(report, x) for x in (a, b, c)]
        values = [str(v) for v in report.t3[key]] + [str(report.total(key))]
        if n_labels == 3:
            data.append(labels + values)
            continue
        if labels[0]:
            group = [labels[0], ""]
        if labels[1]:
            group[1] = labels[1]
        if labels[0] and not labels[1]:  # 一、二、四、: a row of their own
            path = [labels[0]]
        elif labels[2]:
            path = [*group, labels[2]]
        else:
            path = group[:2]
        data.append([" / ".join(x for x in path if x)] + values)
    parts = [data]
    if report.layout.page_break is not None:
        k = report.layout.page_break
        parts = [data[:k], data[k:]]
    out = []
    for n, rows in enumerate(parts):
        head = header if n == 0 or report.layout.repeat_header else []
        grid = [list(r) for r in head] + rows
        merged = {(r, c) for r, row in enumerate(head) for c, text in enumerate(row) if not text}
        merged |= {(len(head) + r, c) for r, row in enumerate(rows) for c in range(n_labels) if not row[c]}
        out.append(TableOut("t3", grid, merged, len(head), n_labels))
    return out


def _t4_tables(report: Report) -> list[TableOut]:
    header = [
        ["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
        T4_RESULTS + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        [""] * 5 + T4_RESULTS * 2,
    ]
    merged = {(r, c) for r, row in enumerate(header) for c, text in enumerate(row) if not text}
    return [TableOut("t4", [*header, [str(v) for v in report.t4]], merged, 3, 0)]


def _tables(report: Report) -> dict[int, list[TableOut]]:
    """Section index -> the tables printed in it."""
    return {1: _s2_tables(report), 2: _t3_tables(report), 3: _t4_tables(report)}


def _paragraphs(report: Report) -> dict[int, list[str]]:
    new_total = report.total("new")
    return {
        0: [f"{report.year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。",
            "（一）主动公开。全年主动公开政府信息412条，其中政策文件85条、行政执法信息327条。",
            f"（二）依申请公开。全年新收政府信息公开申请{new_total}件。",
            "（三）政府信息管理。落实信息发布审核制度。",
            "（四）政府信息公开平台建设。持续优化政府网站信息公开专栏。",
            "（五）监督保障。将政务公开工作纳入年度考核。"],
        4: ["一是政策解读形式还不够丰富；二是答复规范性有待提升。下一步将加强业务培训。"],
        5: ["本年度未收取信息处理费。"],
    }


def to_markdown(report: Report) -> str:
    title = f"{report.agency}{report.year}年政府信息公开工作年度报告"
    out = [f"# {title}", "", report.date, "",
           f"本报告中所列数据统计期限自{report.year}年1月1日起至{report.year}年12月31日止。", ""]
    paragraphs = _paragraphs(report)
    tables = _tables(report)
    for i, heading in enumerate(report.section_titles):
        if i in report.drop_sections:
            continue
        out += [f"## {heading}", ""]
        for p in paragraphs.get(i, []):
            out += [p, ""]
        for n, table in enumerate(tables.get(i, [])):
            if n and table.kind == "t3":  # a table continued on the next page of the PDF it came from
                out += ["- 2 -", ""]
            if table.caption:
                out += [table.caption, ""]
            grid = table.grid
            out.append(_md_row(grid[0]))
            out.append("|" + "---|" * len(grid[0]))
            out += [_md_row(r) for r in grid[1:]]
            out.append("")
    return "\n".join(out)


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def to_text(report: Report) -> str:
    """Text as real reports come: one line per paragraph, tables in the layout's style (by default
    ``a | b`` lines, as the shared real samples are)."""
    title = f"{report.agency}{report.year}年政府信息公开工作年度报告"
    out = [title, report.date,
           f"本报告中所列数据统计期限自{report.year}年1月1日起至{report.year}年12月31日止。"]
    paragraphs = _paragraphs(report)
    tables = _tables(report)
    for i, heading in enumerate(report.section_titles):
        if i in report.drop_sections:
            continue
        out.append(heading)
        out += paragraphs.get(i, [])
        for n, table in enumerate(tables.get(i, [])):
            if n and table.kind == "t3":
                out.append("- 2 -")
            if table.caption:
                out.append(table.caption)
            out += _text_table(table, report.layout)
    return "\n".join(out) + "\n"


def _written(table: TableOut) -> list[list[str]]:
    """Each row's cells as text that pads no merged cell writes them: the merged positions left out."""
    return [[text for c, text in enumerate(row) if (r, c) not in table.merged] for r, row in enumerate(table.grid)]


def _text_table(table: TableOut, layout: Layout) -> list[str]:
    style = layout.text
    if style == "pipes":
        return [" | ".join(r) for r in table.grid]
    rows = _written(table)
    fillers = [len(row) - len(written) for row, written in zip(table.grid, rows, strict=True)]
    if layout.split_header and table.kind == "s2":
        if style in ("cells", "cell_pipes"):  # a cell's text wraps onto the next line
            rows = [[_halves(t, "\n") for t in row] if row and row[0] == "信息内容" else row for row in rows]
        else:  # a row's cells wrap: the second halves on a line of their own
            rows, fillers = _split_headers(rows, fillers)
    if style == "tabs":
        return ["\t".join(r) for r in rows]
    if style == "spaces":
        return ["  ".join(r) for r in rows]
    if style == "pipes_unpadded":  # "a | b |", then the filler pipes of the merged positions
        return [" | ".join(r) + " |" + (" " + "|" * k if k else "") for r, k in zip(rows, fillers, strict=True)]
    out: list[str] = []
    for row, k in zip(rows, fillers, strict=True):
        for text in row:
            if style == "cells":  # a blank cell is one more blank line
                out += [text, ""] if text else [""]
            else:  # cell_pipes
                out.append(f"{text} |" if text else "|")
        if style == "cell_pipes" and k:
            out.append("|" * max(k, 2))
    return out


def _halves(text: str, sep: str | None = None):
    """A header wrapped in the middle: its two halves (joined by ``sep`` when given)."""
    half = (len(text) + 1) // 2
    return (text[:half], text[half:]) if sep is None else text[:half] + sep + text[half:]


def _split_headers(rows: list[list[str]], fillers: list[int]) -> tuple[list[list[str]], list[int]]:
    """A header row whose cells wrap: their first halves on one line, the rest on the next."""
    out, out_fillers = [], []
    for row, k in zip(rows, fillers, strict=True):
        if row and row[0] == "信息内容":
            out += [[_halves(t)[0] for t in row], [_halves(t)[1] for t in row]]
            out_fillers += [k, k]
        else:
            out.append(row)
            out_fillers.append(k)
    return out, out_fillers


def write_report(report: Report, path) -> None:
    """Render the report into ``path`` in the format its suffix names (.md, .txt or .docx)."""
    suffix = str(path).rsplit(".", 1)[-1]
    if suffix == "md":
        Path(path).write_text(to_markdown(report), encoding="utf-8")
    elif suffix == "txt":
        Path(path).write_text(to_text(report), encoding="utf-8")
    elif suffix == "docx":
        to_docx(report, path)
    else:
        raise ValueError(f"no renderer for .{suffix}")


def to_docx(report: Report, path) -> None:
    """A .docx as most reports are typed: bold numbered headings in Normal style, merged cells."""
    from docx import Document as make_document

    doc = make_document()
    title = f"{report.agency}{report.year}年政府信息公开工作年度报告"
    doc.add_paragraph().add_run(title).bold = True
    doc.add_paragraph(report.date)
    doc.add_paragraph(f"本报告中所列数据统计期限自{report.year}年1月1日起至{report.year}年12月31日止。")
    paragraphs = _paragraphs(report)
    tables = _tables(report)
    for i, heading in enumerate(report.section_titles):
        if i in report.drop_sections:
            continue
        doc.add_paragraph().add_run(heading).bold = True
        for p in paragraphs.get(i, []):
            doc.add_paragraph(p)
        for table in tables.get(i, []):
            if table.caption:
                doc.add_paragraph(table.caption)
            _docx_table(doc, table)
    doc.save(str(path))


def _docx_table(doc, out: TableOut) -> None:
    grid = out.grid
    n_rows, n_cols = len(grid), len(grid[0])
    table = doc.add_table(rows=n_rows, cols=n_cols)
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    # Merge as the form does: an empty cell continues the label above (label columns) or the
    # header to its left (header rows), the way Word users build the table.
    if out.kind == "t3":
        _merge_t3(table, out)
    elif out.kind == "t4":
        table.cell(0, 0).merge(table.cell(0, 4))
        table.cell(0, 5).merge(table.cell(0, 14))
        for c in range(5):
            table.cell(1, c).merge(table.cell(2, c))
        table.cell(1, 5).merge(table.cell(1, 9))
        table.cell(1, 10).merge(table.cell(1, 14))
    elif out.kind == "s2":
        for r, row in enumerate(grid):
            if row[0].startswith("第二十条") and n_cols > 1:
                table.cell(r, 0).merge(table.cell(r, n_cols - 1))


def _merge_t3(table, out: TableOut) -> None:
    grid, h, n = out.grid, out.header_rows, out.label_cols
    if h:
        table.cell(0, 0).merge(table.cell(2, n - 1))
        table.cell(0, n).merge(table.cell(0, n + 6))
        table.cell(1, n).merge(table.cell(2, n))
        table.cell(1, n + 1).merge(table.cell(1, n + 5))
        table.cell(1, n + 6).merge(table.cell(2, n + 6))
    if n == 1:
        return
    for r in range(h, len(grid)):
        row = grid[r]
        if row[0] and not row[1]:
            table.cell(r, 0).merge(table.cell(r, 2))
        elif row[1] and not row[2] and not row[0]:
            table.cell(r, 1).merge(table.cell(r, 2))
    # 三、本年度办理结果 spans the result rows; the group labels span their items.
    first = next((i for i in range(h, len(grid)) if grid[i][0].startswith("三、")), None)
    if first is None:
        return
    last = next((i for i in range(h, len(grid)) if grid[i][0].startswith("四、")), len(grid)) - 1
    if last > first:
        table.cell(first, 0).merge(table.cell(last, 0))
    starts = [i for i in range(first, last + 1) if grid[i][1]]
    for k, start in enumerate(starts):
        end = (starts[k + 1] - 1) if k + 1 < len(starts) else last
        if end > start and grid[start][2]:
            table.cell(start, 1).merge(table.cell(end, 1))
