"""Table structure: blocks, header rows, label columns and the label path of every row and column.

Rules address cells by label paths (``本年度办理结果/不予公开/属于国家秘密``), never by index, so a
rule survives an extra subtotal column, a split header or a table typed flat in Markdown.  The same
analysis serves every reader: real merges (.docx, PDF) arrive as spans; flattened tables (Markdown,
text) arrive as empty cells, which are filled the way a person reads them — an empty label cell
under a label continues the label above, an empty header cell over a subdivided column continues
the header to its left.
"""

from __future__ import annotations

from ..model.document import Cell, Document, Paragraph, Table
from ..model.records import Record
from ..text.lazyregex import LazyRegex
from ..text.normalize import (
    CellKind,
    is_caption_row,
    is_note_row,
    is_one_text_row,
    normalize,
    normalize_label,
    value_kind,
)
from ..text.numbering import numbering_level
from .wrappedheader import unwrap

# A header's unit ("采购总金额（元）", "本年收费金额（单位：万元）"): the column is the same whatever the unit.  The tails
# ``\((?:单位[:：]?)?(?:万元|亿元|元|件|个|条|项|次|人次|%)\)$`` matched, written out (the pattern was compiled at every
# start): a normalised label has no final line break for ``$`` to pass, and no two tails end one label.
_UNIT_TAILS = tuple(lead + unit + ")" for unit in ("万元", "亿元", "元", "件", "个", "条", "项", "次", "人次", "%")
                    for lead in ("(", "(单位", "(单位:", "(单位："))


def _without_unit(label: str) -> str:
    if ")" not in label or not label.endswith(_UNIT_TAILS):  # most headers have no bracket: the tails not tried
        return label
    tail = next(tail for tail in _UNIT_TAILS if label.endswith(tail))
    return label[: -len(tail)] or label


class TableView(Record):
    """A rectangular part of a table (the whole table, or one captioned block of it)."""

    __slots__ = ("table", "row_start", "row_end", "caption", "header_rows", "data_rows", "label_cols", "value_cols", "row_paths",
                 "col_paths", "header_text", "_norm_rows", "_norm_cols")

    def __init__(self, table: Table, row_start: int, row_end: int, caption: str | None = None, header_rows: list[int] | None = None,
                 data_rows: list[int] | None = None, label_cols: list[int] | None = None, value_cols: list[int] | None = None,
                 row_paths: dict[int, list[str]] | None = None, col_paths: dict[int, list[str]] | None = None,
                 header_text: str = "") -> None:
        self.table = table
        self.row_start = row_start
        self.row_end = row_end  # exclusive
        self.caption = caption
        self.header_rows = [] if header_rows is None else header_rows
        self.data_rows = [] if data_rows is None else data_rows
        self.label_cols = [] if label_cols is None else label_cols
        self.value_cols = [] if value_cols is None else value_cols
        self.row_paths = {} if row_paths is None else row_paths  # grid row -> original segments
        self.col_paths = {} if col_paths is None else col_paths  # grid col -> original segments
        self.header_text = header_text
        # Normalised paths, memoised: every table spec scores and binds every view by them; naming a
        # row or a column (binding) forgets its entry.
        self._norm_rows: dict[int, list[str]] = {}
        self._norm_cols: dict[int, list[str]] = {}

    def norm_row_path(self, row: int) -> list[str]:
        path = self._norm_rows.get(row)
        if path is None:
            path = self._norm_rows[row] = [s for s in (normalize_label(p) for p in self.row_paths.get(row, [])) if s]
        return path

    def norm_col_path(self, col: int) -> list[str]:
        path = self._norm_cols.get(col)
        if path is None:
            path = self._norm_cols[col] = [s for s in (_without_unit(normalize_label(p))
                                                       for p in self.col_paths.get(col, [])) if s]
        return path

    def name_row(self, row: int, label: str) -> None:
        """Call the row's own label ``label`` (binding: a label printed with its explanation)."""
        path = self.row_paths.get(row)
        if path:
            self.row_paths[row] = [*path[:-1], label]
            self._norm_rows.pop(row, None)

    def name_col(self, col: int, label: str) -> None:
        path = self.col_paths.get(col)
        if path:
            self.col_paths[col] = [*path[:-1], label]
            self._norm_cols.pop(col, None)

    def set_col_path(self, col: int, path: list[str]) -> None:
        """Give the column a path of its own (binding: a header named as the form does)."""
        self.col_paths[col] = path
        self._norm_cols.pop(col, None)

    def row_label(self, row: int) -> str:
        return "/".join(self.row_paths.get(row, []))

    def cell_label(self, row: int, col: int) -> str:
        """"row/column" as a person reads the table ("column" alone where rows have no label)."""
        return "/".join(x for x in (self.row_label(row), self.col_label(col)) if x)

    def col_label(self, col: int) -> str:
        return "/".join(self.col_paths.get(col, []))

    def cell(self, row: int, col: int) -> Cell | None:
        return self.table.at(row, col)


def _own_text(table: Table, r: int, c: int) -> str:
    cell = table.at(r, c)
    if cell is None:
        return ""
    return cell.text.strip()


def _row_has_values(table: Table, r: int) -> bool:
    for c, cell in enumerate(table.grid()[r]):
        if cell is None or cell.row != r or cell.col != c:
            continue
        kind = value_kind(cell.text)
        if kind == CellKind.NUMBER or (kind == CellKind.BLANK and cell.text.strip()):
            return True
    return False


def _label_only(table: Table, r: int) -> bool:
    """A row with text in its first cell only (a row label whose values were left blank)."""
    texts = [cell.text.strip() for c, cell in enumerate(table.grid()[r])
             if cell is not None and cell.row == r and cell.col == c]
    return len(texts) > 1 and bool(texts[0]) and not any(texts[1:])


# A page number between the two parts of a table continued on the next page.
# (Markdown reads "- 2 -" as a list item "2 -".)  Compiled on first use: few tables go on over a page.
_PAGE_FURNITURE = LazyRegex(r"^\s*(?:[-—–－]?\s*\d{1,4}\s*[-—–－]?|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|[-—–－]+)\s*$")


def continued(doc: Document, table: Table) -> Table:
    """The table with the tables that continue it on the next pages: tables right after it (page
    numbers between at most) with as many columns, whose first rows are data or repeat its header.

    A PDF converted to Markdown or Word splits a long table at each page break.  The parts become
    one grid: a part's repeated header rows are dropped; every cell keeps its own location."""
    blocks = doc.blocks
    at = next((i for i, b in enumerate(blocks) if b is table), None)
    if at is None:
        return table
    parts = [table]
    header: list[list[str]] | None = None
    i = at + 1
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Paragraph) and _PAGE_FURNITURE.match(block.text):
            i += 1
            continue
        if not isinstance(block, Table) or block.n_cols != table.n_cols or not block.n_rows:
            break
        if header is None:
            first = split_blocks(table)[0]
            header = [table.row_texts(r) for r in first.header_rows]
        skip = _repeated_header(block, header)
        if skip is None:
            break
        parts.append((block, skip))
        i += 1
    if len(parts) == 1:
        return table
    cells = list(table.cells)
    n_rows = table.n_rows
    for part, skip in parts[1:]:
        for cell in part.cells:
            if cell.row >= skip:
                cells.append(Cell(n_rows + cell.row - skip, cell.col, cell.text, cell.rowspan, cell.colspan, cell.location))
        n_rows += part.n_rows - skip
    return Table(location=table.location, cells=cells, n_rows=n_rows, n_cols=table.n_cols, index=table.index,
                 nested_in=table.nested_in)


def _repeated_header(part: Table, header: list[list[str]]) -> int | None:
    """How many rows of ``part`` repeat ``header`` (0 when it starts with data); None when it is
    a table of its own (a header of its own, a caption)."""
    if header and all(part.row_texts(k) == row for k, row in enumerate(header) if k < part.n_rows) \
            and part.n_rows > len(header):
        return len(header)
    return 0 if _row_has_values(part, 0) else None


def split_blocks(table: Table) -> list[TableView]:
    """Split a table at caption rows; a table without captions is one block."""
    starts: list[tuple[int, str | None]] = []
    row_texts = [table.row_texts(r) for r in range(table.n_rows)]  # each row once, not twice
    for r, texts in enumerate(row_texts):
        if not texts or not texts[0].strip():  # is_caption_row's cheapest test, without the call
            continue
        nxt = row_texts[r + 1] if r + 1 < table.n_rows else None
        # A caption is followed by its header; a one-text row followed by a caption (or by the note that
        # opens the next table) is a row whose cells were left blank, the last of its block
        # ("行政事业性收费 | | |" above "第二十条第(九)项 | | |").
        if is_caption_row(texts, nxt) and not (nxt and starts and starts[-1][0] < r - 1
                                               and (is_one_text_row(nxt) or is_note_row(nxt))):
            starts.append((r, texts[0].strip()))
        elif r and is_note_row(texts) and (first := table.at(r, 0)) is not None and first.row == r \
                and texts not in row_texts[:r]:
            # (the note's own row, not a row its merged cell spans down over nor the header repeated after a page break)
            starts.append((r, None))
    if not starts:
        return [analyse(TableView(table, 0, table.n_rows))]
    views = []
    if starts[0][0] > 0:
        views.append(analyse(TableView(table, 0, starts[0][0])))
    for i, (r, caption) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else table.n_rows
        # a caption row is the block's name; a note row is the first row of its header
        views.append(analyse(TableView(table, r + 1, end, caption=caption) if caption is not None
                             else TableView(table, r, end)))
    return [v for v in views if v.row_end > v.row_start]


def analyse(view: TableView) -> TableView:
    """Find header rows, label and value columns, and every row's and column's label path."""
    table = view.table
    rows = range(view.row_start, view.row_end)
    first_data = next((r for r in rows if _row_has_values(table, r)), None)
    if first_data is None:
        first_data = view.row_start + 1 if view.row_end - view.row_start > 1 else view.row_start
    while first_data - 1 > view.row_start and _label_only(table, first_data - 1) and not _label_only(table, first_data - 2):
        first_data -= 1  # "规章 | | | |" under "信息内容 | 本年制发件数 | …": a data row left blank, not a header
    view.header_rows = list(range(view.row_start, first_data))
    end = view.row_end
    while end > first_data + 1 and not any(t.strip() for t in table.row_texts(end - 1)):
        end -= 1  # a filler row after the last one ("| | | |" under 政府集中采购 | 0 | 0 |) is no row of the table
    view.data_rows = list(range(first_data, end))
    _split_columns(view)
    _row_paths(view)
    _col_paths(view)
    parts = []
    grid = table.grid()
    for r in view.header_rows:
        for c, cell in enumerate(grid[r]):
            if cell is not None and cell.row == r and cell.col == c and cell.text.strip():
                parts.append(cell.text)
    view.header_text = normalize("".join(parts))
    unwrap(view)  # a header row typed over two rows of cells: its labels read down (wrappedheader)
    return view


def _split_columns(view: TableView) -> None:
    """Label columns hold text in data rows; value columns hold mostly numbers (or nothing)."""
    table = view.table
    n_num = [0] * table.n_cols
    n_txt = [0] * table.n_cols
    grid = table.grid()
    for r in view.data_rows:
        for c, cell in enumerate(grid[r]):
            if cell is None or cell.row != r or cell.col != c:
                continue
            kind = value_kind(cell.text)
            if kind == CellKind.NUMBER:
                n_num[c] += 1
            elif kind == CellKind.TEXT:
                n_txt[c] += 1
    boundary = table.n_cols
    for c in range(table.n_cols - 1, -1, -1):
        if n_num[c] >= n_txt[c]:
            boundary = c
        else:
            break
    # Trailing columns with nothing at all in any row (ragged text rows) are not value columns.
    last = table.n_cols
    while last > boundary and n_num[last - 1] == 0 and not any(
        _own_text(table, r, last - 1) for r in range(view.row_start, view.row_end)
    ):
        last -= 1
    view.label_cols = list(range(boundary))
    # A column in which no cell starts, in any row, is merged whole into its left neighbour
    # (a header and its values spanning three grid columns): it is not a column of its own.
    view.value_cols = [c for c in range(boundary, last) if _cell_starts_in(grid, c, view.row_start, view.row_end)]


def _cell_starts_in(grid: list[list[Cell | None]], c: int, start: int, end: int) -> bool:
    """Whether a cell starts in column ``c`` in a row of ``start:end`` (most columns: in the first)."""
    for r in range(start, end):
        cell = grid[r][c]
        if cell is not None and cell.col == c and cell.row <= r:
            return True
    return False


def _dedupe(segments: list[tuple[object, str]]) -> list[str]:
    out: list[str] = []
    last_key: object = None
    for key, text in segments:
        if key is last_key or not text:
            continue
        if out and normalize(out[-1]) == normalize(text):
            continue
        out.append(text)
        last_key = key
    # A segment that is only numbering ("(六)") belongs to the next one ("其他处理").
    merged: list[str] = []
    pending = ""
    for seg in out:
        if not normalize_label(seg):
            pending += seg
            continue
        merged.append(f"{pending} {seg}".strip() if pending else seg)
        pending = ""
    if pending:
        merged.append(pending)
    return merged


_PATH_SEPARATOR = LazyRegex(r"\s*[/／]\s*")


def _own_segments(cell: Cell) -> list[tuple[object, str]]:
    """A label cell's segments: its text, or the parts of a path written in one cell
    ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密")."""
    text = cell.text.strip()
    if "/" in text or "／" in text:
        parts = [p for p in _PATH_SEPARATOR.split(text) if p]
        if len(parts) >= 2 and all(normalize_label(p) for p in parts):
            return [((cell, k), p) for k, p in enumerate(parts)]
    return [(cell, text)]


def _row_paths(view: TableView) -> None:
    table = view.table
    above: dict[int, tuple[object, str]] = {}
    for r in view.data_rows:
        segments: list[tuple[object, str]] = []
        inherited: list[bool] = []
        inherited_so_far = True
        resolved: dict[int, tuple[object, str]] = {}
        for c in view.label_cols:
            cell = table.at(r, c)
            if cell is None:
                continue
            text = cell.text.strip()
            if cell.row < r:  # a real vertical merge
                resolved[c] = (cell, text)
            elif cell.col < c or text:  # a real horizontal merge: same owner as the left
                resolved[c] = (cell, text)
                inherited_so_far = False
                if cell.col == c:
                    own = _own_segments(cell)
                    segments += own
                    inherited += [False] * len(own)
                    continue
            elif inherited_so_far and c in above:  # empty under a label: it continues
                resolved[c] = above[c]
                segments.append(resolved[c])
                inherited.append(True)
                continue
            else:
                continue
            segments.append(resolved[c])
            inherited.append(False)
        above = {**above, **resolved}
        # A fresh label in column c ends the labels that column c's right neighbours continued.
        for c in view.label_cols:
            if c not in resolved:
                above.pop(c, None)
        view.row_paths[r] = _dedupe(_outranked(segments, inherited))


def _outranked(segments: list[tuple[object, str]], inherited: list[bool]) -> list[tuple[object, str]]:
    """Without the labels a flattened table carries down that the row's own label outranks: under
    "（六）其他处理", the row "（七）总计" is not a part of it (a label of the same or a higher
    numbering level ends the group above)."""
    if not any(inherited):  # nothing carried down: the row's own level is not needed
        return segments
    own = next((numbering_level(t) for (_, t), inh in zip(segments, inherited, strict=True) if not inh and t), None)
    if own is None:
        return segments
    return [seg for seg, inh in zip(segments, inherited, strict=True)
            if not inh or (level := numbering_level(seg[1])) is None or level < own]


def _col_paths(view: TableView) -> None:
    grid = view.table.grid()
    header_rows = view.header_rows
    texts = [[cell.text.strip() if cell is not None else "" for cell in grid[h]] for h in header_rows]  # each once
    for c in view.value_cols:
        segments: list[tuple[object, str]] = []
        for i, h in enumerate(header_rows):
            cell = grid[h][c]
            if cell is None:
                continue
            text = texts[i][c]
            if text:
                segments.append((cell, text))
                continue
            if cell.row != h or cell.col != c:
                continue
            # An empty header cell over a column that is subdivided below continues the
            # nearest header to its left (a horizontal merge flattened into empty cells).
            deeper = any(below[c] for below in texts[i + 1 :])
            if not deeper:
                continue
            for left in range(c - 1, -1, -1):
                if texts[i][left]:
                    segments.append((grid[h][left], texts[i][left]))
                    break
        view.col_paths[c] = _dedupe(segments)
