"""Markdown reports (CommonMark + GFM tables + YAML front matter), read with markdown-it-py.

Positions come from the token line maps plus the raw source lines: ``inline.content`` strips
container prefixes and markup, so numbers are located on the raw lines, which gives exact 1-based
lines and code-point columns even with ``**bold**`` around a number.  GFM tables have no merged
cells; multi-row headers are written as body rows with empty cells, which the label analysis
reads as merges.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..model.diagnostics import InputError
from ..model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from ..text.asides import is_aside
from ..text.htmlcomments import html_comments
from ..text.lazyregex import LazyRegex
from .decoding import MAX_TEXT_BYTES, decode, unify_line_breaks
from .mdtables import TOKEN, table_rows
from .safeio import read_limited

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_CONTAINER_PREFIX = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?")
_LIST_MARKER = LazyRegex(r"(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?")
_MARKUP = re.compile(r"\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])|`")
_NOT_NEWLINE = LazyRegex(r"[^\n]")
# What markdown-it (>= 4.3) trims from a table row before it looks for outer pipes: CommonMark's
# whitespace, not str.strip's (which also drops U+001C-U+001F and U+0085, cell content to CommonMark).
_ROW_TRIM = "\t\n\v\f\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def read(path: Path) -> Document:
    data = read_limited(path, MAX_TEXT_BYTES)  # regular files only, bounded (safeio.py)
    source, encoding = decode(data, str(path))
    doc = parse(source, str(path))
    doc.metadata["encoding"] = encoding
    return doc


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Start and end offsets of each cell of a GFM table row, split on unescaped pipes (a blank cell's
    span is empty, at the pipe that ends it)."""
    body_start = 0
    lead = len(line) - len(line.lstrip(_ROW_TRIM))
    if line[lead:lead + 1] == "|":
        body_start = lead + 1
    end = len(line.rstrip(_ROW_TRIM))
    if end > body_start and line[end - 1] == "|" and (end < 2 or line[end - 2] != "\\"):
        end -= 1
    if "\\" in line:
        return _escaped_cell_spans(line, body_start, end)
    # No backslash, so every pipe between body_start and end separates two cells.
    spans: list[tuple[int, int]] = []
    start = body_start
    for seg in line[body_start:end].split("|"):
        stop = start + len(seg)
        text = seg.lstrip()
        first = stop - len(text)
        spans.append((first, first + len(text.rstrip())))
        start = stop + 1
    return spans


def _escaped_cell_spans(line: str, body_start: int, end: int) -> list[tuple[int, int]]:
    """The general case of ``_cell_spans``: a pipe right after a backslash does not split."""
    spans: list[tuple[int, int]] = []
    start = body_start
    i = body_start
    while i <= end:
        if i == end or (line[i] == "|" and (i == 0 or line[i - 1] != "\\")):
            text = line[start:i].lstrip()
            first = i - len(text)
            spans.append((first, first + len(text.rstrip())))
            start = i + 1
        i += 1
    return spans


def _paragraph_from_lines(lines: list[str], line_starts: list[int], first: int, last: int,
                          location: Location) -> Paragraph:
    """Join raw source lines of a paragraph (CJK without a space), dropping markup characters."""
    pieces: list[str] = []
    offsets: list[int] = []
    for ln in range(first, last):
        raw = lines[ln]
        prefix = _CONTAINER_PREFIX.match(raw)
        start = prefix.end() if prefix else 0
        body = raw[start:].rstrip()
        if body.startswith("#"):
            continue
        base = line_starts[ln] + start
        if _MARKUP.search(body) is None:  # the common case: nothing to drop
            kept, kept_offsets = body, range(base, base + len(body))
        else:
            kept, kept_offsets = _without_markup(body, base)
        if not kept:
            continue
        if pieces and not (_cjk(pieces[-1][-1]) or _cjk(kept[0])):
            pieces.append(" ")
            offsets.append(offsets[-1])
        pieces.append(kept)
        offsets.extend(kept_offsets)
    joined = "".join(pieces)
    return Paragraph(location=location.with_(snippet=joined[:30]), text=joined, offsets=offsets)


def _without_markup(body: str, base: int) -> tuple[str, list[int]]:
    """``body`` without the characters ``_MARKUP`` matches, and each kept character's offset
    (``base`` is the offset of ``body[0]``)."""
    keep = [True] * len(body)
    for m in _MARKUP.finditer(body):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return ("".join(ch for ch, k in zip(body, keep, strict=True) if k),
            [base + i for i, k in enumerate(keep) if k])


@cache
def _markdown_parser():
    """CommonMark with GFM tables, one per process (building it costs more than a parse).  The
    reader takes only the block tokens and each inline token's raw ``content``, so inline parsing
    (half the time of a parse) is switched off; tables whose rows are all plain come as one token."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
    md.block.ruler.before("table", "reportlint_table", table_rows)  # one token a table (mdtables.py)
    return md


MAX_FRONT_MATTER = 64 * 1024  # a title and a few fields; PyYAML read 1.8 MB of it in 69 s


def _front_matter(text: str) -> object:
    """The YAML between the ``---`` lines (None when it is not YAML, as before), read with libyaml
    when installed; too large or too deeply nested is an InputError (RL101), not a hang or a crash."""
    if len(text) > MAX_FRONT_MATTER:
        raise InputError(f"文件开头 --- 之间的 YAML 前置信息过大（{len(text) // 1024} KiB，上限 64 KiB）",
                         "前置信息只需写标题等几项；正文请写在第二个 --- 之后")
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except RecursionError:
        pass
    except yaml.YAMLError as exc:
        if "nesting depth" not in str(getattr(exc, "problem", "")):
            return None
    raise InputError("文件开头 --- 之间的 YAML 前置信息嵌套过深", "前置信息只需写标题等几项，请删去多层嵌套的列表或映射")


def parse(source: str, path: str = "<markdown>") -> Document:
    source = unify_line_breaks(source)
    metadata: dict = {}
    body = source
    fm = _FRONT_MATTER.match(source)
    if fm:
        loaded = _front_matter(fm.group(1) or "")
        if isinstance(loaded, dict):
            metadata["front_matter"] = {str(k): v for k, v in loaded.items()}
        # Keep every offset: blank the front matter out character for character.
        body = _NOT_NEWLINE.sub(" ", fm.group(0)) + source[fm.end():]
    # A line of form feeds, no-break or ideographic spaces is blank to a reader, but CommonMark
    # counts only spaces and tabs: written as spaces (one for one, offsets kept), it ends a paragraph.
    lines = [" " * len(line) if line.isspace() else line for line in body.split("\n")]
    body = "\n".join(lines)
    line_starts, pos = [], 0
    for line in lines:
        line_starts.append(pos)
        pos += len(line) + 1

    tokens = _markdown_parser().parse(body)
    blocks: list[Block] = []
    comments: list[tuple[int, str]] = []
    table_count = 0
    quotes = 0  # blockquotes open around the current token
    item_lines: set[int] = set()  # 0-based lines where a list item opens (its marker is no cell text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.map:
            inline = tokens[i + 1]
            ln = tok.map[0]
            raw = lines[ln]
            text = inline.content.strip()
            col = raw.find(text[:1]) + 1 if text else 1
            blocks.append(Heading(
                location=Location(line=ln + 1, column=max(col, 1), end_line=ln + 1,
                                  end_column=len(raw.rstrip()) + 1, snippet=text[:30]),
                level=int(tok.tag[1]), text=_MARKUP.sub("", text)))
            i += 3
            continue
        if tok.type == "paragraph_open" and tok.map:
            first, last = tok.map
            para = _paragraph_from_lines(lines, line_starts, first, last,
                                         Location(line=first + 1, column=1))
            if para.text:
                blocks.append(para)
            i += 3
            continue
        if tok.type == "html_block" and tok.map:
            comments += [(line, text.strip()) for line, text in html_comments(tok.content, tok.map[0] + 1)]
            i += 1
            continue
        if tok.type == TOKEN:
            table_count += 1
            blocks += _table_and_text_after(tok.meta["rows"], lines, line_starts, table_count, tok.level > 0, quotes,
                                            item_lines)
            i += 1
            continue
        if tok.type == "table_open" and tok.map:
            table_count += 1
            j, rows = _stock_rows(tokens, i)
            blocks += _table_and_text_after(rows, lines, line_starts, table_count, tok.level > 0, quotes, item_lines)
            i = j
            continue
        if tok.type == "blockquote_open":
            quotes += 1
        elif tok.type == "blockquote_close":
            quotes -= 1
        elif tok.type == "list_item_open" and tok.map:
            item_lines.add(tok.map[0])
        elif tok.type == "inline" and tok.map:
            comments += [(line, text.strip()) for line, text in html_comments(tok.content, tok.map[0] + 1)]
        i += 1
    title = None
    fmd = metadata.get("front_matter", {})
    if isinstance(fmd.get("title"), str):
        title = fmd["title"]
    doc = Document(path=path, format="markdown", blocks=blocks, source=source, title=title,
                   metadata=metadata)
    doc.metadata["comments"] = comments
    return doc


def _container_skip(raw: str, quotes: int, opens_item: bool) -> int:
    """Where a table row's text starts on its line inside ``quotes`` blockquotes or a list item: at
    most that many ``>`` markers are the containers' (``> >|x`` in one blockquote is a row whose first
    cell is ``>``), then a list item's marker when a list item opens on this line (markdown-it tries
    tables before lists: in ``>* |x|`` over a delimiter row, ``*`` is the first cell's text)."""
    pos = 0
    while pos < 3 and raw[pos:pos + 1] in (" ", "\t"):
        pos += 1
    for _ in range(quotes):
        if raw[pos:pos + 1] != ">":
            break
        pos += 2 if raw[pos + 1:pos + 2] in (" ", "\t") else 1
    return _LIST_MARKER.match(raw, pos).end() if opens_item else pos


def _table_and_text_after(rows: list[tuple[int, list[str]]], lines: list[str], line_starts: list[int], index: int,
                          in_container: bool, quotes: int, item_lines: set[int]) -> list[Block]:
    """The Table of ``rows``, then a paragraph for each line GFM read into it that is the page's text after it
    (``_rows_and_lines_after``)."""
    rows, after = _rows_and_lines_after(rows, lines)
    return [_table(rows, lines, index, in_container, quotes, item_lines),
            *(_paragraph_from_lines(lines, line_starts, ln, ln + 1, Location(line=ln + 1, column=1)) for ln in after)]


def _rows_and_lines_after(rows: list[tuple[int, list[str]]], lines: list[str]) -> tuple[list, list[int]]:
    """A table's rows without the lines that follow its last row with no pipe of their own, and those lines' 0-based
    numbers: GFM reads a line right under a table as one more row (a lazy continuation), so a signature and its date
    written under the last table (``示例县市场监督管理局``, ``2024年3月20日``) were a row, or an aside dropped with it,
    and the report's date went unread.  A row of a table of several columns is written with pipes; such lines are the
    page's text after the table (a table of one column, its rows maybe written bare, is left as GFM reads it)."""
    end = len(rows)
    while end > 1 and len(rows[0][1]) > 1 and "|" not in lines[rows[end - 1][0]]:
        end -= 1
    return rows[:end], [ln for ln, _ in rows[end:]]


def _stock_rows(tokens: list, i: int) -> tuple[int, list[tuple[int, list[str]]]]:
    """The rows of the table whose ``table_open`` (markdown-it's own rule) is ``tokens[i]``: each
    row's 0-based line and its cells' texts (each cell's inline token between its th/td open and
    close), and the index after its ``table_close``."""
    rows: list[tuple[int, list[str]]] = []
    j = i
    for j in range(i + 1, len(tokens)):
        tok = tokens[j]
        kind = tok.type
        if kind == "inline":
            rows[-1][1].append(tok.content.strip())
        elif kind == "tr_open":
            rows.append((tok.map[0], []))
        elif kind == "table_close":
            break
    return j + 1, rows


def _table(rows: list[tuple[int, list[str]]], lines: list[str], index: int, in_container: bool, quotes: int,
           item_lines: set[int]) -> Table:
    """The Table of ``rows`` (each row's 0-based line and its cells' texts), the first row's line
    being the table's.  A cell's place is the span between pipes on its row's source line (after the
    ``>`` and list markers of a table inside ``quotes`` blockquotes or a list item); a cell markdown-it
    filled in is placed at the line's end.  A row under the first whose first cell is an aside of the page
    (``| 联系电话 | 0591 8765432 |``, ``| 注：… |``: ``text/asides.py``, asked of its cells joined) is no row of the
    table, as in plain text."""
    rows = [r for k, r in enumerate(rows) if k == 0 or not is_aside(" ".join(r[1]))]
    cells: list[Cell] = []
    owners: list[list[Cell | None]] = []  # Table.grid(), filled as the cells are placed
    n_cols = 0
    for row, (ln, texts) in enumerate(rows):
        raw = lines[ln]
        end = len(raw)
        if in_container:
            skip = _container_skip(raw, quotes, ln in item_lines)
            spans = [(a + skip, b + skip) for a, b in _cell_spans(raw[skip:])]
        else:
            spans = _cell_spans(raw)
        line_no = ln + 1
        owner: list[Cell | None] = []
        for col, text in enumerate(texts):
            a, b = spans[col] if col < len(spans) else (end, end)
            owner.append(Cell(row, col, text, table=index, line=line_no, column=a + 1, end_column=b + 1))
        cells += owner
        owners.append(owner)
        n_cols = max(n_cols, len(texts))
    for owner in owners:  # a row shorter than the table: no cell at its last positions
        owner += [None] * (n_cols - len(owner))
    start_line = rows[0][0]
    return Table(location=Location(line=start_line + 1, column=1, table=index, snippet=lines[start_line].strip()[:30]),
                 cells=cells, n_rows=len(rows), n_cols=n_cols, index=index, grid=owners)
