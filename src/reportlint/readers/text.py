"""Plain-text reports: text copied or extracted from PDFs and web pages.

What such text looks like (see the shared samples): tables as tab-separated lines or as
``a | b | c`` lines, with merged header text interleaved; page-number lines; paragraphs cut at page
breaks; stray ``**bold**`` marks.  Headings are lines with Chinese numbering (一、 （一） 1.) that are
short and are not table rows: "四、结转下年度继续办理	0	0 …" belongs to section 三's table.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from ..text.normalize import CellKind, is_caption_row, parse_cell
from .decoding import MAX_TEXT_BYTES, decode
from .safeio import read_limited

_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3})\s*$")
_SEPARATOR = re.compile(r"^[\s\t]*-{3,}[-\s\t]*$")
_HEADING_PATTERNS = (
    (1, re.compile(r"^[一二三四五六七八九十]{1,3}、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
    (3, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]")),
)
_SENTENCE_END = "。！？；：!?;:”」』）)"
_TRAILING_NUMBERS = re.compile(r"(?:\s+[-−]?\d+(?:\.\d+)?){2,}\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
MAX_HEADING_CHARS = 40
MAX_TABLE_ROWS = 20000


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" <= ch <= "\u303f" or (
        "\uff00" <= ch <= "\uffef"
    )


def heading_level(text: str) -> int | None:
    """Level of a line that looks like a numbered heading, or None."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS or stripped.endswith("。"):
        return None
    if _TRAILING_NUMBERS.search(stripped):
        return None
    for level, pattern in _HEADING_PATTERNS:
        if pattern.match(stripped):
            return level
    return None


def _split_row(line: str) -> list[tuple[int, str]] | None:
    """Cells of a table row with their start offsets in the line, or None for a text line."""
    if "\t" in line and line.strip("\t ").strip():
        return _cells(line.split("\t"), 0)
    if line.count("|") >= 2:
        body, base = line.rstrip(), 0
        if body.lstrip().startswith("|") and body.endswith("|"):
            base = body.index("|") + 1
            body = body[base:-1]
        if "\\" in body:  # "\|" is a pipe in the cell text, not a separator
            cells = [(pos, text.replace("\\|", "|")) for pos, text in _cells(_UNESCAPED_PIPE.split(body), base)]
        else:
            cells = _cells(body.split("|"), base)
        if len(cells) >= 2:
            return cells
    return None


def _beside_row(lines: list[str], i: int) -> bool:
    """Whether the line before line ``i``, or the next line with text, is a table row of two or more
    cells: a one-cell tab-indented line is a table's label row there, and indented text anywhere else."""
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    for k in (i - 1, j):
        if 0 <= k < len(lines):
            row = _split_row(lines[k])
            if row is not None and sum(1 for _, text in row if text) >= 2:
                return True
    return False


def _cells(parts: list[str], pos: int) -> list[tuple[int, str]]:
    """Each part's stripped text and the offset where that text starts, for parts that were
    joined by a one-character separator starting at offset ``pos``."""
    cells = []
    for part in parts:
        cells.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos += len(part) + 1
    return cells


def _strip_marks(line: str, base: int) -> tuple[str, list[int]]:
    """Line text without Markdown bold marks, and each kept character's absolute offset."""
    if "**" not in line and "__" not in line:  # the common case: nothing to drop
        return line, list(range(base, base + len(line)))
    out, offsets = [], []
    i = 0
    while i < len(line):
        if line.startswith("**", i) or line.startswith("__", i):
            i += 2
            continue
        out.append(line[i])
        offsets.append(base + i)
        i += 1
    return "".join(out), offsets


def read(path: Path) -> Document:
    data = read_limited(path, MAX_TEXT_BYTES)  # regular files only, bounded (safeio.py)
    source, encoding = decode(data, str(path))
    return parse(source, str(path), encoding=encoding)


def parse(source: str, path: str = "<text>", encoding: str = "utf-8") -> Document:
    """Parse decoded text into a Document (separate from ``read`` so tests can feed strings)."""
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    lines = source.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1

    blocks: list[Block] = []
    i, n = 0, len(lines)
    para_text: list[str] = []
    para_offsets: list[int] = []
    para_line = 0
    table_count = 0
    seen_title = False

    def flush_paragraph() -> None:
        nonlocal para_text, para_offsets
        if para_text:
            text = "".join(para_text)
            blocks.append(Paragraph(
                location=Location(line=para_line, column=1, snippet=text[:30]),
                text=text, offsets=para_offsets,
            ))
        para_text, para_offsets = [], []

    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped or _PAGE_NUMBER.match(line) or _SEPARATOR.match(line):
            # A paragraph cut by a page break continues after the blank or page-number lines.
            if (para_text and len(para_text[-1]) >= 20
                    and not para_text[-1].endswith(tuple(_SENTENCE_END))):
                j = i
                while j < n and (not lines[j].strip() or _PAGE_NUMBER.match(lines[j])):
                    j += 1
                nxt = lines[j].strip() if j < n else ""
                if nxt and _is_cjk(nxt[0]) and _split_row(lines[j]) is None and heading_level(nxt) is None:
                    i = j
                    continue
            flush_paragraph()
            i += 1
            continue
        row = _split_row(line)
        if row is not None and "\t" not in stripped and not _beside_row(lines, i):
            row = None  # an indented line of text ("\t一、总体情况"), not a one-cell table row
        if row is not None or (_TRAILING_NUMBERS.search(stripped) and para_text == [] and blocks
                               and isinstance(blocks[-1], Table)):
            flush_paragraph()
            j = i
            table_lines: list[int] = []
            table_rows: list[list[tuple[int, str]] | None] = []  # each line's _split_row, for _build_table
            while j < n and len(table_lines) < MAX_TABLE_ROWS:
                cur = lines[j]
                cur_row = _split_row(cur)
                if cur_row is not None and not _SEPARATOR.match(cur):
                    table_lines.append(j)
                    table_rows.append(cur_row)
                    j += 1
                    continue
                if not cur.strip() or _SEPARATOR.match(cur):
                    k = j
                    while k < n and (not lines[k].strip() or _SEPARATOR.match(lines[k])):
                        k += 1
                    if k < n and _split_row(lines[k]) is not None:
                        j = k
                        continue
                break
            if not table_lines:  # a space-separated numbers line with no table: keep as text
                table_lines, table_rows = [i], [None]
                j = i + 1
            table_count += 1
            blocks.append(_build_table(lines, table_lines, table_rows, table_count))
            i = j
            continue
        level = heading_level(stripped)
        clean, offsets = _strip_marks(line, starts[i])
        clean_stripped = clean.strip()
        if not clean_stripped:  # a line of bold marks alone ("**"): nothing to read on it
            i += 1
            continue
        lead = len(clean) - len(clean.lstrip())
        offsets = offsets[lead: lead + len(clean_stripped)]
        if not seen_title and not blocks and not para_text and "报告" in clean_stripped and level is None:
            # The report title, possibly wrapped over two lines.
            title = clean_stripped
            k = i + 1
            if k < n and lines[k].strip() and "年度报告" not in title and "年度报告" in lines[k] \
                    and len(lines[k].strip()) < 30:
                title += lines[k].strip()
                k += 1
            blocks.append(Heading(location=Location(line=i + 1, column=lead + 1, snippet=title[:30]),
                                  level=0, text=title))
            seen_title = True
            i = k
            continue
        if level is not None:
            flush_paragraph()
            blocks.append(Heading(
                location=Location(line=i + 1, column=lead + 1, end_line=i + 1,
                                  end_column=lead + len(clean_stripped) + 1, snippet=clean_stripped[:30]),
                level=level, text=clean_stripped))
            i += 1
            continue
        # Body text: lines of one paragraph are joined until a sentence ends a line.
        # A short line (a date, a signature) is a paragraph of its own, not a wrapped line.
        if para_text and (para_text[-1].endswith(tuple(_SENTENCE_END)) or len(para_text[-1]) < 20):
            flush_paragraph()
        if not para_text:
            para_line = i + 1
        elif not (_is_cjk(para_text[-1][-1]) or _is_cjk(clean_stripped[0])):
            para_text.append(" ")
            para_offsets.append(para_offsets[-1])
        para_text.append(clean_stripped)
        para_offsets.extend(offsets)
        i += 1
    flush_paragraph()
    doc = Document(path=path, format="text", blocks=blocks, source=source)
    doc.metadata["encoding"] = encoding
    return doc


def _build_table(lines: list[str], line_nos: list[int], rows: list[list[tuple[int, str]] | None],
                 index: int) -> Table:
    """Build a logical grid from table lines (``rows``: each line's ``_split_row``, None for a
    "label 0 0 0" line, which is split on spaces).

    Tab-separated rows from PDF extraction are ragged: a data row drops the empty label cells a
    merged label left, so data rows are aligned on their right edge (their numbers line up with
    the value columns) within each captioned block; other rows keep their left edge.
    """
    merged = _join_orphans([_raw_row(lines[ln], row) for ln, row in zip(line_nos, rows, strict=True)], line_nos)

    # Blocks between caption rows, for right-alignment widths.
    row_texts = [[t for _, t in cells] for _, cells, _ in merged]
    block_of: list[int] = []
    block = 0
    for k, texts in enumerate(row_texts):
        if is_caption_row(texts, row_texts[k + 1] if k + 1 < len(row_texts) else None):
            block += 1
        block_of.append(block)
    widths: dict[int, int] = {}
    for (_, cells, _), b in zip(merged, block_of, strict=True):
        widths[b] = max(widths.get(b, 0), len(cells))
    n_cols = max(widths.values(), default=1)

    out_cells: list[Cell] = []
    for r, ((ln, cells, tabbed), b) in enumerate(zip(merged, block_of, strict=True)):
        is_data = tabbed and cells and parse_cell(cells[-1][1]).kind == CellKind.NUMBER
        shift = widths[b] - len(cells) if is_data else 0
        out_cells += _row_cells(lines[ln], ln + 1, r, cells, shift, n_cols, index)
    first = line_nos[0]
    return Table(location=Location(line=first + 1, column=1, table=index,
                                   snippet=lines[first].strip()[:30]),
                 cells=out_cells, n_rows=len(merged), n_cols=n_cols, index=index)


def _raw_row(line: str, row: list[tuple[int, str]] | None) -> tuple[list[tuple[int, str]], bool]:
    """A table line's cells (a copy of ``row``, or the line split on spaces) and whether it is
    tab-separated; a tab-separated row's trailing empty cells are dropped."""
    if row is None:  # a "label 0 0 0" line split on spaces
        cells, pos = [], 0
        for part in line.split():
            pos = line.index(part, pos)
            cells.append((pos, part))
            pos += len(part)
    else:
        cells = list(row)
    tabbed = "\t" in line
    if tabbed:
        while cells and not cells[-1][1]:
            cells.pop()
    return cells, tabbed


def _join_orphans(raw_rows: list[tuple[list[tuple[int, str]], bool]],
                  line_nos: list[int]) -> list[tuple[int, list[tuple[int, str]], bool]]:
    """Rows with their line numbers, an orphan fragment ("息" on its own row under "…已获取信")
    joined to the label above."""
    merged: list[tuple[int, list[tuple[int, str]], bool]] = []
    for ln, (cells, tabbed) in zip(line_nos, raw_rows, strict=True):
        texts = [t for _, t in cells if t]
        if (tabbed and merged and len(texts) == 1 and len(texts[0]) <= 3
                and parse_cell(texts[0]).kind == CellKind.TEXT):
            prev_cells = merged[-1][1]
            for k in range(len(prev_cells) - 1, -1, -1):
                if prev_cells[k][1] and parse_cell(prev_cells[k][1]).kind == CellKind.TEXT:
                    prev_cells[k] = (prev_cells[k][0], prev_cells[k][1] + texts[0])
                    break
            continue
        merged.append((ln, cells, tabbed))
    return merged


def _row_cells(line: str, line_no: int, r: int, cells: list[tuple[int, str]], shift: int, n_cols: int,
               index: int) -> list[Cell]:
    """Grid row ``r``: its cells moved right by ``shift`` columns, empty cells filling the row to
    ``n_cols``.  Each location is the tuple of a Location's positional arguments (line, column,
    end_line, end_column, paragraph, page, table, row, col, …, snippet), built only if something
    asks for it (model.Cell)."""
    out: list[Cell] = []
    row_no = r + 1
    for k, (col_start, text) in enumerate(cells):
        col = k + shift
        out.append(Cell(r, col, text, 1, 1, (
            line_no, col_start + 1, line_no, col_start + len(text) + 1, None, None,
            index, row_no, col + 1, None, None, None, text[:30] or None)))
    for col in range(len(cells) + shift, n_cols):
        out.append(Cell(r, col, "", 1, 1, (line_no, len(line) + 1, None, None, None, None, index, row_no, col + 1)))
    for col in range(shift):
        out.append(Cell(r, col, "", 1, 1, (line_no, 1, None, None, None, None, index, row_no, col + 1)))
    return out
