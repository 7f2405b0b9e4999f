"""A header row wrapped over two rows of cells: each column's label is its two halves, read down.

A writer who narrows a table's columns in Word or WPS may type each header's label over two rows of cells of its own
instead of letting the cell wrap it (``信息 | 本年制 | 本年废 | 现行有`` over ``内容 | 发件数 | 止件数 | 效件数``), and a
PDF converted to Word (WPS's PDF转Word) or to text gives its wrapped header cells so; a Markdown writer types it so too.
Read row by row, the header is ``信息本年制本年废现行有内容…`` and each column's path two segments (``本年制/发件数``):
no label of the form is in it, and the table is not found (RL301/RL308).  Read down each column, it is the form's.

Two consecutive header rows are one wrapped row when every column has a cell of its own in both (no merge: a group's
label spans the columns it groups), each with text, and no column holds the same text twice; a group's label typed
into each column of its group (a Markdown writer's flattened merge: ``申请人情况 | 申请人情况``) is a level of its own,
not half of a label, so an upper row repeating a text in two adjacent columns is not wrapped.
"""

from __future__ import annotations

from itertools import pairwise

from ..model.document import Table
from ..text.normalize import normalize


def wrapped_rows(table: Table, header_rows: list[int]) -> int | None:
    """The first of two consecutive header rows that are one row wrapped (see the module), or None."""
    grid = table.grid()
    for h in header_rows[:-1]:
        if h + 1 not in header_rows:
            continue
        upper, lower = grid[h], grid[h + 1]
        if not all(a is not None and b is not None and (a.row, a.col, b.row, b.col) == (h, c, h + 1, c)
                   and a.colspan == a.rowspan == b.colspan == b.rowspan == 1
                   and a.text.strip() and b.text.strip() and normalize(a.text) != normalize(b.text)
                   for c, (a, b) in enumerate(zip(upper, lower, strict=True))):
            continue
        texts = [normalize(cell.text) for cell in upper]
        if len(texts) < 2 or any(x == y for x, y in pairwise(texts)):
            continue
        return h
    return None


def unwrap(view) -> None:
    """Join a wrapped header's halves (tablelabels.TableView: its column paths and header text), read down."""
    h = wrapped_rows(view.table, view.header_rows)
    if h is None:
        return
    grid = view.table.grid()
    for c in view.value_cols:
        upper, lower = grid[h][c].text.strip(), grid[h + 1][c].text.strip()
        path = view.col_paths.get(c, [])
        for k in range(len(path) - 1):
            if (path[k], path[k + 1]) == (upper, lower):
                view.col_paths[c] = [*path[:k], upper + lower, *path[k + 2:]]
                break
    parts = []
    for r in view.header_rows:
        if r == h + 1:
            continue
        for c, cell in enumerate(grid[r]):
            if cell is not None and cell.row == r and cell.col == c and cell.text.strip():
                parts.append(cell.text + (grid[h + 1][c].text if r == h else ""))
    view.header_text = normalize("".join(parts))
