"""Tables of the PDF reader: ruled cells to a logical grid, stitched across page breaks.

Cell boxes are snapped to the column edges shared by every page half of a table (they differ by
1–2.5 pt between pages, and a continuation may use only some columns, as section 二's sub-tables
do) and to each page's row edges.  A label cell cut by the page break appears at the top of the
continuation as an empty cell, or as the tail of its text ("（四）无" / "法提供"); both are merged
into the cell above.  A stray short rule can cut a merged header cell; an empty part whose
neighbour's label is centred over both is merged back.

Numbers are never guessed: a section whose table is not ruled (or is an image) yields an
``RL307`` finding instead of a table.
"""

from __future__ import annotations

import re

from ...model.diagnostics import Diagnostic, Severity, Status
from ...model.document import Block, Cell, Heading, Location, Table
from ...model.records import Record
from .lines import join_lines
from .records import COL_TOL, ROW_TOL, BBox, PageSummary, Segment, cluster, nearest, round_box, union

NUMBER = re.compile(r"^[-+−]?\d[\d,，]*(?:[.．]\d+)?\s*%?$")
NUMBERING = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十\d]+)"
)
# Sections whose content is a table (the template's 二, 三 and 四).
TABLE_SECTIONS = (
    re.compile(r"^二、.*主动公开"),
    re.compile(r"^三、.*(?:收到|处理).*申请"),
    re.compile(r"^四、.*(?:行政复议|行政诉讼)"),
)


class TableBuilder(Record):
    __slots__ = ("segments", "section", "block_index")

    def __init__(self, segments: list[Segment], section: str | None, block_index: int) -> None:
        self.segments = segments
        self.section = section
        self.block_index = block_index  # position in the block list

    @property
    def x_edges(self) -> list[float]:
        return cluster(
            [v for seg in self.segments for (b, _) in seg.cells for v in (b[0], b[2])], COL_TOL
        )


def join_split_cells(
    cells: list[tuple[BBox, str, tuple[float, float] | None]],
) -> list[tuple[BBox, str]]:
    """Merge an empty cell into its neighbour when the neighbour's label is centred over both.

    A stray rule can cut a merged header cell in two ("行政诉讼" centred over ten columns, with a
    short rule after the third): the empty part is then no cell of its own in the printed form.
    """
    merged = [list(c) for c in cells]
    changed = True
    while changed:
        changed = False
        for empty in merged:
            if empty[1]:
                continue
            eb = empty[0]
            for other in merged:
                ob, text, span = other
                if other is empty or not text or span is None or NUMBER.match(text):
                    continue
                same_row = abs(ob[1] - eb[1]) < 1 and abs(ob[3] - eb[3]) < 1
                touching = abs(ob[0] - eb[2]) < 1 or abs(eb[0] - ob[2]) < 1
                if not (same_row and touching):
                    continue
                joined = union([ob, eb])
                centre = (span[0] + span[1]) / 2
                to_union = abs(centre - (joined[0] + joined[2]) / 2)
                to_own = abs(centre - (ob[0] + ob[2]) / 2)
                if to_union * 3 < to_own and to_own > 0.1 * (ob[2] - ob[0]):
                    other[0] = joined
                    merged.remove(empty)
                    changed = True
                    break
            if changed:
                break
    return [(c[0], c[1]) for c in merged]





def columns_compatible(edges: list[float], seg: Segment) -> bool:
    """Same outer edges, and one set of column edges contains the other (within tolerance)."""
    new = cluster([v for b, _ in seg.cells for v in (b[0], b[2])], ROW_TOL)
    if abs(new[0] - edges[0]) > COL_TOL or abs(new[-1] - edges[-1]) > COL_TOL:
        return False

    def covered(a: list[float], b: list[float]) -> bool:
        return all(min(abs(x - y) for y in b) <= 2.0 or x in (a[0], a[-1]) for x in a)

    return covered(new, edges) or covered(edges, new)


def finish_table(builder: TableBuilder, index: int) -> Table:
    xs = builder.x_edges
    cells: list[Cell] = []
    boxes: dict[int, BBox] = {}
    pages: dict[int, int] = {}
    offset = 0
    for k, seg in enumerate(builder.segments):
        ys = cluster([v for b, _ in seg.cells for v in (b[1], b[3])], ROW_TOL)
        start = len(cells)
        for box, text in sorted(seg.cells, key=lambda c: (round(c[0][1]), c[0][0])):
            r0, r1 = nearest(ys, box[1]), nearest(ys, box[3])
            c0, c1 = nearest(xs, box[0]), nearest(xs, box[2])
            if r1 <= r0 or c1 <= c0:
                continue
            cell = Cell(row=offset + r0, col=c0, text=text, rowspan=r1 - r0, colspan=c1 - c0)
            boxes[id(cell)] = box
            pages[id(cell)] = seg.page
            cells.append(cell)
        if k > 0:
            merge_continuation(cells[:start], cells[start:], offset, cells)
        offset += len(ys) - 1
    n_rows, n_cols = offset, len(xs) - 1
    first = builder.segments[0]
    table = Table(
        location=Location(
            page=first.page, table=index, bbox=round_box(first.bbox), section=builder.section
        ),
        cells=[], n_rows=n_rows, n_cols=n_cols, index=index,
    )
    table.cells = cells
    return number_table(table, boxes, pages)


def merge_continuation(before: list[Cell], after: list[Cell], boundary: int, cells: list[Cell]) -> None:
    """Merge label cells cut by a page break into the cell above them.

    In the label columns (left of the first column holding a number), a cell in the first row of
    the continuation that is empty, or holds the unnumbered tail of a group label
    ("（四）无" / "法提供"), continues the cell above it with the same columns.
    """
    numeric_cols = [c.col for c in after if NUMBER.match(c.text.strip())]
    if not numeric_cols:
        return
    first_numeric = min(numeric_cols)
    above = {(c.col, c.colspan): c for c in before if c.row + c.rowspan == boundary}
    for cell in [c for c in after if c.row == boundary and c.col + c.colspan <= first_numeric]:
        top = above.get((cell.col, cell.colspan))
        if top is None:
            continue
        text = cell.text.strip()
        group_label = cell.col + cell.colspan < first_numeric  # more labels to its right
        if text and not (group_label and top.text and not NUMBERING.match(text)):
            continue
        top.text = join_lines([top.text, text])
        top.rowspan += cell.rowspan
        remove_cell(cells, cell)


def remove_cell(cells: list[Cell], cell: Cell) -> None:
    """``cells.remove(cell)``: the first cell equal to it goes.  Equal cells share their grid place,
    so only those at its row and column are compared (Cell equality builds both cells' locations)."""
    for k, other in enumerate(cells):
        if other is cell or (other.row == cell.row and other.col == cell.col and other == cell):
            del cells[k]
            return
    raise ValueError("cell not in the table")


def number_table(table: Table, boxes: dict[int, BBox], pages: dict[int, int]) -> Table:
    """Give the table its cells' locations; the index is set by the caller's order."""
    for cell in table.cells:
        cell.location = Location(
            page=pages[id(cell)], table=table.index, row=cell.row + 1, col=cell.col + 1,
            bbox=round_box(boxes[id(cell)]), snippet=cell.text[:30],
            section=table.location.section,
        )
    table.cells.sort(key=lambda c: (c.row, c.col))
    table.location = table.location.with_(snippet=next((c.text[:30] for c in table.cells if c.text), ""))
    return table


# --------------------------------------------------------------------------------------------
# Findings


def image_findings(pages: list[PageSummary]) -> list[Diagnostic]:
    image_pages = [p for p in pages if p.n_images and not p.has_text]
    if not image_pages:
        return []
    if len(image_pages) == len(pages) and len(pages) > 1:
        return [finding(
            f"该 PDF 全部 {len(pages)} 页都是图片（扫描件），没有可读取的文字，无法检查",
            Location(page=1), "请提供文字版 PDF 或 .docx 原件",
        )]
    return [
        finding(
            f"第 {p.number} 页是图片，没有可读取的文字，其中的内容无法检查",
            Location(page=p.number), "请提供文字版 PDF 或 .docx 原件",
        )
        for p in image_pages
    ]


def table_findings(blocks: list[Block]) -> list[Diagnostic]:
    """A section that should hold a table but has no ruled table before the next section."""
    findings = []
    for i, block in enumerate(blocks):
        if not (isinstance(block, Heading) and block.level == 1):
            continue
        name = block.text.replace(" ", "")
        if not any(p.match(name) for p in TABLE_SECTIONS):
            continue
        has_table = False
        for later in blocks[i + 1:]:
            if isinstance(later, Heading) and later.level <= 1:
                break
            if isinstance(later, Table):
                has_table = True
                break
        if not has_table:
            findings.append(finding(
                f"“{block.text}”部分的表格无法机器读取（无框线表格或以图片发布），其中的数字未能核对",
                block.location, "请在 PDF 中使用带框线的表格，或提供 .docx 原件",
            ))
    return findings


def finding(message: str, location: Location, help_text: str) -> Diagnostic:
    return Diagnostic(
        code="RL307", rule="RL307", check="tables", severity=Severity.WARNING, message=message,
        location=location, status=Status.UNVERIFIABLE, help=help_text,
    )
