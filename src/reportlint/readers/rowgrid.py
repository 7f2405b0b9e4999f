"""A logical grid from table rows as text writes them.

Text has no merged cells: a table copied from a web page or from Word, or extracted from a PDF,
writes each row with as many fields as it has *visible* cells.  A row under a merged label
(``(三)不予公开`` written once, on its first sub-row) is one field shorter than the row above, and a
header row under ``申请人情况`` holds only its own cells.  Read left to right such rows put labels in
value columns (``单元格“1.属于国家秘密”不是数字``).  A person reads them by their right edge: the
numbers of every data row line up with the value columns.  This module does the same:

- a block (the rows between caption rows) whose rows all have the same number of fields is padded
  and is placed as written;
- otherwise each data row is split into its labels and its values; the values fill the block's
  value columns from the left, the labels the label columns up to them (so an empty label cell
  continues the label above, see :mod:`reportlint.analysis.tablelabels`);
- a row with fewer values than the block has value columns lost cells (blank cells dropped by the
  copy): its values cannot be placed, so they are not — the row is reported and its cells are
  blank, which makes every identity over them unverifiable rather than wrongly passed or failed;
- header rows that cannot be placed (merged header cells written once, a header split into
  fragments) become one cell holding all their text: the binding then names the columns by the
  form's order when every label of the form is in that text (``analysis/binding.py``).

The text and Markdown readers share it; the .docx and PDF readers have real spans and do not.
"""

from __future__ import annotations

from collections import Counter

from ..model.document import Cell, Location, Table
from ..text.normalize import (
    CellKind,
    is_caption_row,
    is_note_row,
    is_one_text_row,
    value_kind,
)
from ..text.numbering import numbering_level


class Written:
    """A field as written: its text, and where it starts (0-based line and column)."""

    __slots__ = ("line", "start", "text")

    def __init__(self, text: str, line: int, start: int) -> None:
        self.text = text
        self.line = line
        self.start = start

    def __repr__(self) -> str:
        return f"Written({self.text!r}, {self.line}, {self.start})"


class ShortRow:
    """A data row whose values could not be placed: fewer values than the block's value columns."""

    __slots__ = ("label", "line", "values", "width")

    def __init__(self, line: int, label: str, values: list[str], width: int) -> None:
        self.line = line
        self.label = label
        self.values = values
        self.width = width


# A grid row: (first column, colspan, field); None as field is an empty cell on ``line``.
Placed = tuple[int, int, Written | None]


class GridRow:
    """A row of the grid: its cells left to right, none overlapping another (as every reader places them, the
    header's over the value columns too), so the last one reaches furthest — the row's width."""

    __slots__ = ("cells", "line")

    def __init__(self, line: int, cells: list[Placed]) -> None:
        self.line = line  # 0-based; empty cells are located at its end
        self.cells = cells


def is_value(text: str) -> bool:
    """A field that belongs in a value column: a number, a placeholder ("/", "—"), a number
    written as words ("减4", "增加2"), as an increase and a decrease ("+(0) -(0)") or with stray signs
    ("--253", "? 0"): the last three a finding of the values check, in its place.  A run of ASCII digits, most of
    a table's fields, is a number without asking ``value_kind``'s cache."""
    if text.isascii() and text.isdecimal():
        return True
    return value_kind(text) != CellKind.TEXT


def _has_value(row: list[Written]) -> bool:
    """A data row has a number or a placeholder somewhere (a header row has neither)."""
    return any(w.text.strip() and is_value(w.text) for w in row)


# --- rows written one per line (tab, pipe or space separated) --------------------------------------------------


def place_rows(rows: list[list[Written]], lines: list[int], at_end: bool = False) -> tuple[list[GridRow], list[ShortRow]]:
    """Grid rows for table rows as written (``lines``: each row's 0-based line; ``at_end``: the
    text stops in the last row — an excerpt — which is not read if it is incomplete)."""
    texts = [[w.text for w in row] for row in rows]
    out: list[GridRow] = []
    short: list[ShortRow] = []
    start = 0
    last_caption: int | None = None
    for k in range(len(rows) + 1):
        nxt = texts[k + 1] if k + 1 < len(rows) else None
        is_caption = k < len(rows) and is_caption_row(texts[k], nxt) and not _blank_last_row(k, last_caption, nxt)
        # (a note that repeats one above is the same table's header again, after a page break)
        is_note = k < len(rows) and k > start and not is_caption and is_note_row(texts[k]) and texts[k] not in texts[:k]
        if k == len(rows) or is_caption or is_note:
            grid, lost = _place_block(rows[start:k], lines[start:k], at_end and k == len(rows))
            out += grid
            short += lost
            if is_caption:
                out.append(GridRow(lines[k], [(0, 1, rows[k][0])] if rows[k] else []))
                start = k + 1
                last_caption = k
            elif is_note:  # the note opens the next table's header: a block of its own from here
                start = k
    return out, short


def _blank_last_row(k: int, last_caption: int | None, nxt: list[str] | None) -> bool:
    """A one-text row under a caption and its header, followed by a caption or a note, is a row whose cells
    were left blank (``行政许可 | ||||`` above ``第二十条第(六)项 | ||||``), the last of its block — as
    ``analysis.tablelabels`` splits the blocks — not a caption: its block's header does not swallow it."""
    return nxt is not None and last_caption is not None and last_caption < k - 1 \
        and (is_one_text_row(nxt) or is_note_row(nxt))


def _blank_rows_under_header(rows: list[list[Written]]) -> bool:
    """A block without a value whose header (two texts or more) is followed only by one-text rows: those are
    rows whose cells were left blank (``行政许可 | ||||``, ``其他对外管理服务事项 | ||||``), not more header."""
    texts = [[w.text for w in r] for r in rows]
    return len(rows) > 1 and len({t.strip() for t in texts[0] if t.strip()}) > 1 \
        and all(is_one_text_row(t) for t in texts[1:])


def _place_block(rows: list[list[Written]], lines: list[int], at_end: bool) -> tuple[list[GridRow], list[ShortRow]]:
    if not rows:
        return [], []
    first = next((k for k, r in enumerate(rows) if _has_value(r)), len(rows))
    blank = first == len(rows) and not at_end and _blank_rows_under_header(rows)
    if blank:
        first = 1
    header, header_lines = join_fragments(rows[:first], lines[:first])
    data, data_lines = _drop_repeated_headers(header, rows[first:], lines[first:])
    if len({len(r) for r in header + data}) == 1:  # padded: every merged cell written as an empty field
        return [GridRow(ln, [(c, 1, w) for c, w in enumerate(r)])
                for r, ln in zip(header + data, header_lines + data_lines, strict=True)], []
    split = [_split_labels(r) for r in data]
    width_l = max((len(labels) for labels, _ in split), default=0)
    extents = [_extent(h) for h in header]
    width_w = _value_width([values for _, values in split], [len(labels) for labels, _ in split], width_l, extents)
    if blank:  # no value written: the header's columns (its trailing empty field aside) are the values'
        header[0] = header[0][:extents[0]]
        width_w = max(width_w, extents[0] - width_l)
    # A header wider than the values has a corner over the label columns ("信息内容").
    width_l = max([width_l] + [n - width_w for n in extents if n - width_w <= 3])
    if data:  # empty fields past the data's columns fill merged positions (``信息内容 | 采购项目数量 | 采购总金额 | |``
        # over ``政府集中采购 | 0 | 0 |``): not header cells
        header = [_within(r, width_l + width_w) for r in header]
    grid: list[GridRow] = list(_place_header(header, header_lines, width_l, width_w))
    levels = label_levels([labels for labels, _ in split], width_l)
    if levels:
        grid = widen_labels(grid, width_l, len(levels) - width_l)
        width_l = len(levels)
    short: list[ShortRow] = []
    for m, ((labels, values), ln) in enumerate(zip(split, data_lines, strict=True)):
        labels, values = _absorb_padding(labels, values, width_l, width_w)
        chunks = _fit(values, width_w)
        if at_end and m == len(split) - 1 and chunks[-1] is None:
            chunks.pop()  # the row the text stops in
        for n, chunk in enumerate(chunks):
            row_labels = labels if n == 0 else []
            if chunk is None and not any(w.text.strip() for w in values):
                chunk = [None] * width_w  # a row of labels only (a group label, a row the text stops in)
            elif chunk is None:
                short.append(ShortRow(ln, " ".join(w.text for w in labels if w.text), [w.text for w in values], width_w))
                chunk = [None] * width_w
            grid.append(GridRow(ln, _data_cells(row_labels, chunk, width_l, levels)))
    return grid, short


def _within(row: list[Written], width: int) -> list[Written]:
    """``row`` without its empty fields past ``width``."""
    return row[:width] if len(row) > width and not any(w.text.strip() for w in row[width:]) else row


def _extent(row: list[Written]) -> int:
    """Fields up to the last non-empty one (looked for from the right)."""
    for k in range(len(row), 0, -1):
        if row[k - 1].text.strip():
            return k
    return 0


def _drop_repeated_headers(header: list[list[Written]], data: list[list[Written]],
                           lines: list[int]) -> tuple[list[list[Written]], list[int]]:
    """A table continued on the next page may repeat its header rows: they are not data.

    A row whose last field is filled with a text no header row holds repeats none of them: it is kept without
    its filled texts gathered (nearly every data row, which ends in a value; its first fields may be blank, under
    a merged label)."""
    if not header:
        return data, lines
    seen = {_filled_texts(r) for r in header}
    header_texts = {text for texts in seen for text in texts}
    keep = [(r, ln) for r, ln in zip(data, lines, strict=True)  # (a row unlike every header row needs no value test)
            if (r and r[-1].text and r[-1].text not in header_texts) or _filled_texts(r) not in seen or _has_value(r)]
    if len(keep) == len(data):  # (nothing repeated: the lists as they came)
        return data, lines
    return [r for r, _ in keep], [ln for _, ln in keep]


def _filled_texts(row: list[Written]) -> tuple[str, ...]:
    """A row's texts without its empty fields: what a header row repeated on the next page writes again.  Built from
    a list, not a generator handed to ``tuple`` (a generator resumed for every field of every data row)."""
    return tuple([w.text for w in row if w.text])


def _split_labels(row: list[Written]) -> tuple[list[Written], list[Written]]:
    """A data row's label fields (up to its last label) and its value fields."""
    for last in range(len(row) - 1, -1, -1):  # from the right: the values after it are read, not the labels before
        text = row[last].text
        if text.strip() and not is_value(text):  # a label
            return row[: last + 1], row[last + 1 :]
    return [], row[:]


def _value_width(values: list[list[Written]], n_labels: list[int], width_l: int, header: list[int]) -> int:
    """How many value columns the block has: the length most rows without a blank field have;
    failing that, the widest extent of written values; widened to the header when every row has
    room for it (a value column blank in every row)."""
    full = [len(v) for v in values if v and all(w.text.strip() for w in v)]
    if full:
        counts = Counter(full)
        best = max(counts.values())
        width = max(n for n, c in counts.items() if c == best)
    else:
        width = 0
        for v, k in zip(values, n_labels, strict=True):
            nonblank = [i for i, w in enumerate(v) if w.text.strip()]
            if nonblank:
                lead = min(nonblank[0], width_l - k) if width_l > k else 0
                width = max(width, nonblank[-1] + 1 - lead)
    for n in header:
        wanted = n - width_l
        if width < wanted and all(len(v) >= wanted for v in values):
            width = wanted
    return width


def _absorb_padding(labels: list[Written], values: list[Written], width_l: int,
                    width_w: int) -> tuple[list[Written], list[Written]]:
    """Empty fields between a row's labels and its values pad the merged label cell when the row
    has more fields than columns (PDF text: ``一、本年新收…\\t\\t0\\t0…``); otherwise they are blank values.
    A row with no field to move (most rows) comes back as it came: nothing copied."""
    if len(values) <= width_w or len(labels) >= width_l:
        return labels, values
    values = list(values)
    labels = list(labels)
    while (len(values) > width_w and len(labels) < width_l and values and not values[0].text.strip()):
        labels.append(values.pop(0))
    return labels, values


def _fit(values: list[Written], width: int) -> list[list[Written] | None]:
    """A row's values as exactly ``width`` fields: empty fields beyond the table (page fillers
    after, label padding before) dropped; a run of several rows' values (their labels lost) cut
    into rows; None when the row has too few values, or too many, to place.  A row of ``width`` fields (most
    rows) is its one chunk as it came: nothing to drop, nothing copied."""
    if len(values) == width:
        return [values]
    values = list(values)
    while len(values) > width and not values[-1].text.strip():
        values.pop()
    while len(values) > width and not values[0].text.strip():
        values.pop(0)
    if width == 0:
        return [[]]
    if len(values) == width:
        return [values]
    if len(values) < width or len(values) % width:
        return [None]
    return [values[i: i + width] for i in range(0, len(values), width)]


def label_levels(label_rows: list[list[Written]], width_l: int) -> dict[int, int] | None:
    """Label columns by numbering level, where the labels by their right edge would be wrong.

    A row of a table whose merged label cells were written once holds only the labels that start in
    it: ``三、本年度办理结果 | （一）予以公开``, then ``（二）部分公开``, then ``（三）不予公开 | 1.属于国家秘密``.
    Placed by their right edge, （三） lands in 三、's column and the rows under it lose 三、 from their
    path.  When every label is numbered, each row's numberings go down in level, and the block has
    more levels than its widest row has labels, each level is a column of its own: level -> column
    (None otherwise: labels are placed by their right edge)."""
    levels: set[int] = set()
    for labels in label_rows:
        row = [numbering_level(w.text) for w in labels if w.text.strip()]
        if None in row or row != sorted(set(row)):  # a label without a numbering, or levels not going down
            return None
        levels.update(row)
    if len(levels) <= width_l:
        return None
    return {level: c for c, level in enumerate(sorted(levels))}


def widen_labels(grid: list[GridRow], width_l: int, extra: int) -> list[GridRow]:
    """Header rows placed over ``width_l`` label columns, over ``extra`` more: the value columns move
    right, a cell reaching the last label column (the corner, a joined header) spans the new ones."""
    def moved(c: int, span: int, w: Written | None) -> Placed:
        if c >= width_l:
            return c + extra, span, w
        return c, span + extra if c + span >= width_l else span, w

    return [GridRow(row.line, [moved(*cell) for cell in row.cells]) for row in grid]


def _data_cells(labels: list[Written], values: list[Written | None], width_l: int,
                levels: dict[int, int] | None = None) -> list[Placed]:
    """A data row's cells, a column each from the first: its labels in the ``width_l`` label columns (which they
    fit), flush right or each in its level's column (``label_levels``), then its values."""
    fields: list[Written | None]
    if levels:
        at = {levels[level]: w for w in labels if w.text.strip() and (level := numbering_level(w.text)) is not None}
        fields = [at.get(c) for c in range(width_l)]
    else:
        fields = [None] * (width_l - len(labels))
        fields += labels
    fields += values
    return [(c, 1, w) for c, w in enumerate(fields)]


def _place_header(rows: list[list[Written]], lines: list[int], width_l: int, width_w: int):
    """Header rows: as written when they fill the table, over the value columns when they fill
    those; otherwise (merged header cells written once) one cell with all their text."""
    total = width_l + width_w
    placeable = all(len(r) in (total, width_w) or len(r) == width_w + 1 for r in rows)
    if rows and not placeable and not any(len(r) == total for r in rows):
        fields = [w for r in rows for w in r if w.text.strip()]
        if fields:
            joined = Written(" ".join(w.text.strip() for w in fields), fields[0].line, fields[0].start)
            yield GridRow(lines[0], [(0, max(total, 1), joined)])
        return
    for r, ln in zip(rows, lines, strict=True):
        if len(r) == total or len(r) > total:
            yield GridRow(ln, [(c, 1, w) for c, w in enumerate(r)])
        elif len(r) == width_w:
            yield GridRow(ln, [(width_l + c, 1, w) for c, w in enumerate(r)])
        elif len(r) == width_w + 1 and width_l > 0:
            yield GridRow(ln, [(0, width_l, r[0])] + [(width_l + c, 1, w) for c, w in enumerate(r[1:])])
        else:  # a short row beside full ones: its left edge, as written
            yield GridRow(ln, [(c, 1, w) for c, w in enumerate(r)])


def join_fragments(rows: list[list[Written]], lines: list[int]) -> tuple[list[list[Written]], list[int]]:
    """Consecutive header rows whose fields continue the fields above, column by column (a header
    cell wrapped over two lines, a header printed one character per line), as one row."""
    out: list[list[Written]] = []
    out_lines: list[int] = []
    for row, ln in zip(rows, lines, strict=True):
        if out and _continues(out[-1], row):
            joined = list(out[-1])
            for k, w in enumerate(row):
                if w.text.strip():
                    joined[k] = Written(joined[k].text + w.text.strip(), joined[k].line, joined[k].start)
            out[-1] = joined
            continue
        out.append(list(row))
        out_lines.append(ln)
    return out, out_lines


def _continues(above: list[Written], row: list[Written]) -> bool:
    """``row`` holds only fragments under ``above``'s fields, and ``above`` has no gap (a gap is a
    merged header cell flattened: the row under it is a level of its own)."""
    filled_above = [k for k, w in enumerate(above) if w.text.strip()]
    filled = {k for k, w in enumerate(row) if w.text.strip()}
    return (len(filled_above) >= 2 and filled_above == list(range(len(filled_above)))
            and bool(filled) and filled <= set(filled_above) and filled != {0})


# --- the Table ------------------------------------------------------------------------------------------------------


def to_table(grid: list[GridRow], line_text: list[str], index: int) -> Table:
    """The Table of grid rows; each cell located on its line (1-based line and column), positions
    no field covers filled with empty cells at the end of their row's line."""
    n_cols = max([row.cells[-1][0] + row.cells[-1][1] for row in grid if row.cells], default=1)  # (GridRow: the last cell)
    n_lines = len(line_text)
    cells: list[Cell] = []
    owners: list[list[Cell | None]] = []  # Table.grid(), filled as the cells are placed
    for r, row in enumerate(grid):
        line_no = row.line + 1
        end = len(line_text[row.line]) + 1 if 0 <= row.line < n_lines else 1
        owner: list[Cell | None] = [None] * n_cols
        owners.append(owner)
        # Most rows place their cells left to right without a gap (``_data_cells``): the positions no
        # cell covers are then those past the last one, and no set of taken columns is needed.
        reach = 0
        taken: set[int] | None = None
        for k, (c, span, w) in enumerate(row.cells):
            if taken is None and c == reach:
                reach = c + span
            else:
                if taken is None:
                    taken = set(range(reach))
                taken.update(range(c, c + span))
            if w is None:  # an empty cell no field stands for: where the next written field starts
                after = next((x for _, _, x in row.cells[k + 1:] if x is not None and x.line == row.line), None)
                column = after.start + 1 if after is not None else end
                cell = Cell(r, c, "", 1, span, table=index, line=line_no, column=column)
            else:
                text = w.text
                cell = Cell(r, c, text, 1, span, table=index, line=w.line + 1, column=w.start + 1,
                            end_column=w.start + len(text) + 1)
            cells.append(cell)
            if span == 1:
                owner[c] = cell
            else:  # (c + span <= n_cols: the slice keeps the row's length)
                owner[c:c + span] = [cell] * span
        for c in range(reach, n_cols) if taken is None else range(n_cols):
            if taken is None or c not in taken:
                cell = Cell(r, c, "", 1, 1, table=index, line=line_no, column=end)
                cells.append(cell)
                owner[c] = cell
    first = grid[0].line if grid else 0
    snippet = line_text[first].strip()[:30] if 0 <= first < len(line_text) else ""
    return Table(location=Location(line=first + 1, column=1, table=index, snippet=snippet),
                 cells=cells, n_rows=len(grid), n_cols=n_cols, index=index, grid=owners)
