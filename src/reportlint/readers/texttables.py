"""Where the tables of a plain-text report are, and their rows as written.

Two shapes are met in real reports (``tests/corpus``):

- **a row per line**: fields separated by tabs (PDF extraction, a Word or web table copied as
  text) or by ``|`` (``a | b |``, a crawler's rendering of an HTML table), where a line holding a
  single ``X |`` is a one-cell row (the ``第二十条第（一）项`` caption), a trailing run of pipes
  (``| ||``) fills the merged positions of the row and is not a cell, and lines ``| x`` under a row
  not closed by its pipe are its next cells, broken over lines (``textlines.broken_rows``);
- **a cell per line** (web pages flattened by crawlers): every cell on its own line, separated by
  blank lines, by ``|`` lines, or ended by `` |`` (then a lone ``|`` is an empty cell and ``||``,
  ``|||`` fill merged positions).  Rows are not marked: they are recovered from the cells
  themselves — a row is its labels followed by its values, the first run of text in a block is its
  caption and header, and a section heading (``三、收到和处理政府信息公开申请情况``) among the cells is
  told from a row label (``三、本年度办理结果``) by what follows it: header text, not values.

``find`` returns each table's line span and its grid rows (``rowgrid``); the reader turns the
remaining lines into headings and paragraphs.  What a line is: ``textlines``; the cell-per-line
shape: ``cellstream``; this module finds the tables and reads the row-per-line shape.
"""

from __future__ import annotations

from .cellstream import stream_tables
from .rowgrid import Written, is_value, place_rows
from .textlines import (
    CELL,
    CONT,
    EMPTY,
    MAX_TABLE_LINES,
    MULTI,
    NUM,
    PAGE,
    PIPES,
    SEP,
    SHORT,
    SPACE,
    SPACEROW,
    TABROW,
    Fields,
    Found,
    content_before,
    kinds_and_fields,
)


def find(lines: list[str]) -> list[Found]:
    """Every table of the text, in order."""
    kinds, fields = kinds_and_fields(lines)
    found: list[Found] = []
    i, n = 0, len(lines)
    last = content_before(kinds, n - 1)  # the text's last line with content: a table there ends the text
    last = -1 if last is None else last
    while i < n:
        k = kinds[i]
        if k == MULTI or (k in (CELL, TABROW) and _next_content(kinds, i + 1) == MULTI):
            j = _row_end(lines, kinds, _extent(kinds, i, {MULTI, CONT, CELL, TABROW, PIPES, EMPTY, SPACE, SEP, PAGE,
                                                          SPACEROW}))
            padded = sum(1 for ln in range(i, j) if kinds[ln] == CELL and _padded(lines[ln]))
            multi = sum(1 for x in kinds[i:j] if x in (MULTI, TABROW, SPACEROW)) + padded
            cells = sum(1 for x in kinds[i:j] if x == CELL) - padded
            if multi >= cells:
                found.append(_line_table(lines, kinds, fields, i, j, last < j))
            else:
                found += stream_tables(lines, i, j)
            i = j
            continue
        if k in (SHORT, CELL, NUM, SPACEROW):
            j = _extent(kinds, i, {SHORT, CELL, NUM, PIPES, EMPTY, SPACE, PAGE, SPACEROW})
            if _may_hold_table(lines, kinds, i, j):
                found += stream_tables(lines, i, j)
            nxt = max(j, i + 1)
            if _next_content(kinds, j) == MULTI:  # "第二十条第（一）项 |" above "a | b |" rows: the rows' caption
                while nxt > i + 1 and kinds[nxt - 1] in (CELL, TABROW, EMPTY, SPACE, PIPES):
                    nxt -= 1
                if found and found[-1].last >= nxt:
                    nxt = found[-1].last + 1
            i = nxt
            continue
        i += 1
    return found


def _may_hold_table(lines: list[str], kinds: list[int], i: int, j: int) -> bool:
    """Whether the cell-per-line reader can find a table in lines ``i:j``: not in one line of one cell (a
    heading), nor in lines of text alone (a title and its date) — without a number, a pipe or a row of fields
    each line is one text cell, and a table has values.  Handing it such lines, it classified them again and
    tokenized them to find nothing."""
    if j == i + 1 and kinds[i] != SPACEROW and "|" not in lines[i]:
        return False
    return any(kinds[ln] in (NUM, SPACEROW) or "|" in lines[ln] for ln in range(i, j))


def _row_end(lines: list[str], kinds: list[int], j: int) -> int:
    """A table that stops at lone ``|`` lines followed by ``| 1`` (a number after a pipe, the closing pipe lost
    where the text stops) ends with that line: it ends the row above (``_continued``)."""
    k = j
    while k < len(kinds) and kinds[k] == PIPES:
        k += 1
    return k + 1 if k > j and k < len(kinds) and kinds[k] in (NUM, SHORT) and lines[k].lstrip().startswith("|") else j


def _padded(line: str) -> bool:
    """``行政许可 | ||||``: one cell and the run of pipes that fills its row's merged positions — a row of a
    row-per-line table (a caption, or a row whose cells were left blank), not a cell of the cell-per-line
    shape, whose fillers stand on lines of their own."""
    return line.rstrip().endswith("||")


def _next_content(kinds: list[int], i: int) -> int | None:
    while i < len(kinds) and kinds[i] in (EMPTY, SPACE, PIPES):
        i += 1
    return kinds[i] if i < len(kinds) else None


def _extent(kinds: list[int], i: int, allowed: set[int]) -> int:
    """End (exclusive) of the run of lines from ``i`` whose kinds are allowed, without trailing
    empty lines."""
    j = i
    limit = min(len(kinds), i + MAX_TABLE_LINES)
    while j < limit and kinds[j] in allowed:
        j += 1
    while j > i + 1 and kinds[j - 1] in (EMPTY, SPACE, PIPES, PAGE):
        j -= 1
    return j


# --- a row per line ---------------------------------------------------------------------------------------------


def _line_table(lines: list[str], kinds: list[int], line_fields: list[Fields | None], start: int, end: int,
                at_end: bool) -> Found:
    """The table of lines ``start:end``, a row per line (``line_fields``: each line's fields, from
    ``kinds_and_fields``)."""
    rows: list[list[Written]] = []
    row_lines: list[int] = []
    pipes: list[int] = []  # lone "|" lines since the last row
    for ln in range(start, end):
        if kinds[ln] == PIPES and lines[ln].strip() == "|":
            pipes.append(ln)
            continue
        if rows and pipes and lines[ln].lstrip().startswith("|") and kinds[ln] in (CELL, NUM, SHORT):
            rows[-1] += _continued(rows[-1], len(pipes), lines[ln])
            pipes = []
            continue
        if rows and kinds[ln] == CONT:  # the next cell of a row broken over lines, where it stands
            rows[-1] += [Written(text, ln, pos) for pos, text in line_fields[ln] or ()]
            continue
        if kinds[ln] not in (MULTI, CELL, TABROW, SPACEROW):
            pipes = []
            continue
        fields = list(line_fields[ln] or ())
        pipes = []
        tabbed = "\t" in lines[ln]
        if tabbed:  # trailing empty fields of PDF-extracted tab rows are the extraction's, not cells
            while fields and not fields[-1][1]:
                fields.pop()
        row = [Written(text, ln, pos) for pos, text in fields]
        if tabbed and rows and _is_orphan(row):
            _join_orphan(rows[-1], row[0] if row[0].text else next(w for w in row if w.text))
            continue
        rows.append(row)
        row_lines.append(ln)
    grid, short = place_rows(rows, row_lines, at_end)
    return Found(start, end - 1, grid, short)


def _continued(row: list[Written], pipes: int, text: str) -> list[Written]:
    """The rest of a row whose blank cells went each onto a line of its own (``一、本年新收… | 25 |``, four lone ``|``
    lines, then ``| 25 |``: 自然人 25, five blank 法人 cells, 总计 25): a blank cell per lone ``|`` and one for the
    leading pipe of the line that ends the row, then that line's fields — all placed on the row's line, after it."""
    line = row[0].line
    pos = max(w.start + len(w.text) for w in row) + 2
    out = [Written("", line, pos + 2 * k) for k in range(pipes + 1)]
    pos += 2 * (pipes + 1)
    values = [v.strip() for v in text.strip().strip("|").split("|")]
    return out + [Written(v, line, pos + k) for k, v in enumerate(values)]


def _is_orphan(row: list[Written]) -> bool:
    """A lone fragment ("息" under "…已获取信"): the end of the label above, wrapped."""
    texts = [w.text for w in row if w.text]
    return len(texts) == 1 and len(texts[0]) <= 3 and not is_value(texts[0])


def _join_orphan(above: list[Written], fragment: Written) -> None:
    for k in range(len(above) - 1, -1, -1):
        if above[k].text and not is_value(above[k].text):
            above[k] = Written(above[k].text + fragment.text, above[k].line, above[k].start)
            return
