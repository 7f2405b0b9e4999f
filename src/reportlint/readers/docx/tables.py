"""Word tables as logical grids: each merged cell once, with its row and column spans.

Word stores a table row by row; a cell spans columns with ``w:gridSpan`` (or the legacy
``w:hMerge``), rows with ``w:vMerge`` (a "continue" cell under a "restart" one), and a row may
start or end short of the grid (``w:gridBefore``/``w:gridAfter``).  Rows and cells may be wrapped
in content controls, custom XML or tracked insertions; a deleted row is left out.  Tables are
numbered in document order, each nested table right after the table holding it (``nested_in``).
"""

from __future__ import annotations

from ...model.diagnostics import InputError
from ...model.document import Cell, Location, Table
from . import limits
from . import wordml as w
from .package import too_large
from .wordml import child, to_int

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Walker(Protocol):
        """What a table needs of the body walk (body.BodyWalker), named here so that this module need
        not import the walk that imports it: counters, the blocks so far, and the walk's handling of a
        cell's paragraphs, comments and nested tables."""

        blocks: list
        table_no: int
        para_no: int
        section: str | None
        page: int
        paging: bool
        cells_read: int
        first_revision: Location | None
        field_cells: list[tuple[int, int, int]]
        has_comments: bool  # the package has a comments part
        places: Any  # body.Places (a table cell's w:tc by grid place), or None when not kept

        def cell_text(self, tc, nested: list) -> tuple[str, bool, bool]: ...

        def anchor_comments(self, el, loc: Location) -> None: ...

        def table(self, tbl, nested_in: int | None = None) -> Location: ...

_WRAPPERS = frozenset({w.CUSTOMXML, w.INS, w.MOVETO})


def wrapped(parent, tag: str):
    """Children of ``parent`` named ``tag``, looking through content controls, custom XML and
    tracked-insertion wrappers (python-docx loses rows and cells wrapped so)."""
    for c in parent[:]:
        ctag = c.tag
        if ctag == tag:
            yield c
        elif ctag == w.SDT:
            content = c.find(w.SDTCONTENT)
            if content is not None:
                yield from wrapped(content, tag)
        elif ctag in _WRAPPERS:
            yield from wrapped(c, tag)


def _cell_props(children: list) -> tuple[int, str | None, str | None]:
    """gridSpan, vMerge and hMerge of a w:tc (given its children), from its leading w:tcPr (the
    last of each wins)."""
    span, vmerge, hmerge = 1, None, None
    if children and (tcpr := children[0]).tag == w.TCPR:
        for prop in tcpr[:]:
            ptag = prop.tag
            if ptag == w.GRIDSPAN:
                span = max(1, to_int(prop.get(w.VAL), 1) or 1)
            elif ptag == w.VMERGE:
                vmerge = prop.get(w.VAL) or "continue"
            elif ptag == w.HMERGE:
                hmerge = prop.get(w.VAL) or "continue"
    return span, vmerge, hmerge


def _too_wide(index: int, cols: int) -> InputError:
    return InputError(f"表 {index} 声称有 {cols} 列，超过 {limits.MAX_TABLE_COLS} 列的上限，文件可能已损坏",
                      "请用 Word 打开（修复）后另存为 .docx")


def read_table(walker: Walker, tbl, nested_in: int | None = None) -> Location:
    """Add the table (then its nested tables) to ``walker.blocks``; return the table's location."""
    walker.table_no += 1
    index = walker.table_no
    section = walker.section
    loc = Location(table=index, paragraph=walker.para_no or None, section=section,
                   page=walker.page if walker.paging else None)
    table = Table(location=loc, cells=[], n_rows=0, n_cols=0, index=index, nested_in=nested_in)
    walker.blocks.append(table)
    grid = child(tbl, w.TBLGRID)
    n_grid = len(grid.findall(w.GRIDCOL)) if grid is not None else 0
    # The cell owning each grid column of the previous and the current row: vMerge continues the
    # cell above, hMerge the cell to the left; no other row is looked at.
    above: dict[int, Cell] = {}
    owner: dict[int, Cell] = {}
    nested: list = []
    cells: list[Cell] = []
    elements: list[tuple[Cell, object]] = []  # each cell's w:tc, when the walker keeps places
    max_col = 0
    r = 0
    for tr in wrapped(tbl, w.TR):
        trpr = next(tr.iterchildren(w.TRPR), None)
        before = after = 0
        if trpr is not None:
            if child(trpr, w.DEL) is not None:
                continue  # a deleted row
            gb, ga = child(trpr, w.GRIDBEFORE), child(trpr, w.GRIDAFTER)
            before = to_int(gb.get(w.VAL), 0) if gb is not None else 0
            after = to_int(ga.get(w.VAL), 0) if ga is not None else 0
            if child(trpr, w.INS) is not None and walker.first_revision is None:
                walker.first_revision = Location(table=index, row=r + 1, section=section)
        col = max(0, before or 0)
        for tc in wrapped(tr, w.TC):
            walker.cells_read += 1
            if walker.cells_read > limits.MAX_CELLS:
                raise too_large("表格单元格", limits.MAX_CELLS)
            children = tc[:]  # listed once: lxml makes a new Python object for an element at each look
            span, vmerge, hmerge = _cell_props(children)
            if col + span > limits.MAX_TABLE_COLS:  # a corrupt gridSpan/gridBefore
                raise _too_wide(index, col + span)
            text, revised, from_field = walker.cell_text(children, nested)
            if vmerge == "continue":
                up = above.get(col)
                if up is not None and up.col == col:
                    if walker.has_comments:
                        walker.anchor_comments(tc, up.location)
                    up.rowspan = r - up.row + 1
                    for c in range(col, col + max(span, 1)):
                        if c < up.col + up.colspan:
                            owner[c] = up
                    col += span
                    continue
            if hmerge == "continue":
                left = owner.get(col - 1)
                if left is not None and left.row == r:
                    if walker.has_comments:
                        walker.anchor_comments(tc, left.location)
                    left.colspan += span
                    for c in range(col, col + span):
                        owner[c] = left
                    col += span
                    continue
            cell = Cell(row=r, col=col, text=text, colspan=span, table=index, section=section)
            cells.append(cell)
            if walker.places is not None:
                elements.append((cell, tc))
            if walker.has_comments:  # a cell's location is built when something points at it
                walker.anchor_comments(tc, cell.location)
            for c in range(col, col + span):
                owner[c] = cell
            if revised and walker.first_revision is None:
                walker.first_revision = cell.location
            if from_field:
                walker.field_cells.append((index, r + 1, col + 1))
            col += span
        max_col = max(max_col, col + max(0, after or 0))
        if max(max_col, n_grid) > limits.MAX_TABLE_COLS:
            raise _too_wide(index, max(max_col, n_grid))
        r += 1
        above, owner = owner, {}
    table.cells = cells
    table.n_rows = r
    table.n_cols = max(n_grid, max_col)
    if walker.places is not None:
        for cell, tc in elements:
            for row in range(cell.row, cell.row + cell.rowspan):
                for col in range(cell.col, cell.col + cell.colspan):
                    walker.places.cells[(index, row + 1, col + 1)] = tc
    for inner in nested:
        walker.table(inner, nested_in=index)
    return loc
