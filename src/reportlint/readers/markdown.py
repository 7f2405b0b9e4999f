"""Markdown reports (CommonMark + GFM tables + YAML front matter), read with markdown-it-py.

Positions come from the token line maps plus the raw source lines: ``inline.content`` strips
container prefixes and markup, so numbers are located on the raw lines, which gives exact 1-based
lines and code-point columns even with ``**bold**`` around a number.  GFM tables have no merged
cells; multi-row headers are written as body rows with empty cells, which the label analysis
reads as merges.
"""

from __future__ import annotations

import re
from functools import cache, partial
from pathlib import Path

from ..model.diagnostics import InputError
from ..model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from .decoding import MAX_TEXT_BYTES, decode
from .safeio import read_limited

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_CONTAINER_PREFIX = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?")
_MARKUP = re.compile(r"\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])|`")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_NOT_NEWLINE = re.compile(r"[^\n]")


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def read(path: Path) -> Document:
    data = read_limited(path, MAX_TEXT_BYTES)  # regular files only, bounded (safeio.py)
    source, encoding = decode(data, str(path))
    doc = parse(source, str(path))
    doc.metadata["encoding"] = encoding
    return doc


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Start and end offsets of each cell of a GFM table row, split on unescaped pipes."""
    body_start = 0
    lead = len(line) - len(line.lstrip())
    if line[lead:lead + 1] == "|":
        body_start = lead + 1
    end = len(line.rstrip())
    if end > body_start and line[end - 1] == "|" and (end < 2 or line[end - 2] != "\\"):
        end -= 1
    if "\\" in line:
        return _escaped_cell_spans(line, body_start, end)
    # No backslash, so every pipe between body_start and end separates two cells.
    spans: list[tuple[int, int]] = []
    start = body_start
    for seg in line[body_start:end].split("|"):
        stop = start + len(seg)
        spans.append((stop - len(seg.lstrip()), start + len(seg.rstrip())))
        start = stop + 1
    return spans


def _escaped_cell_spans(line: str, body_start: int, end: int) -> list[tuple[int, int]]:
    """The general case of ``_cell_spans``: a pipe right after a backslash does not split."""
    spans: list[tuple[int, int]] = []
    start = body_start
    i = body_start
    while i <= end:
        if i == end or (line[i] == "|" and (i == 0 or line[i - 1] != "\\")):
            seg = line[start:i]
            lead_ws = len(seg) - len(seg.lstrip())
            trail_ws = len(seg) - len(seg.rstrip())
            spans.append((start + lead_ws, i - trail_ws))
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
    """One CommonMark parser (with tables) per process: building it costs more than a parse."""
    return _build_parser(fast_tables=True)


def _build_parser(fast_tables: bool):
    """A CommonMark parser with GFM tables.  The reader takes only the block tokens and the raw
    ``inline.content``, so inline parsing (half the time of a parse) is switched off.

    With ``fast_tables`` (and a markdown-it-py that has the table helpers ``_gfm_table_rows``
    relies on) a table is one ``gfm_table`` token carrying its rows; otherwise markdown-it's own
    table rule runs, pushing light tokens.  Both give the same Document (tests/test_reader_markdown.py).
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
    rule = next(r for r in md.block.ruler.__rules__ if r.name == "table")
    fast_rule = _gfm_table_rows(rule.fn) if fast_tables else None
    md.block.ruler.at("table", fast_rule or _light_tokens(rule.fn), {"alt": list(rule.alt)})
    return md


# What can start a line that ends a table: the first character the block rules that end a
# blockquote (fence, blockquote, hr, list, html_block, heading: markdown-it's terminators for a
# table) look for.  A line starting with anything else is not tried against them.
_TERMINATOR_STARTS = frozenset("`~>*-_+<#0123456789")
_TERMINATOR_NAMES = ("_fence_rule", "blockquote", "hr", "list_block", "html_block", "heading")


def _gfm_table_rows(gfm_table):
    """A table rule deciding the same tables, rows and cells as markdown-it's GFM rule
    ``gfm_table`` but pushing one ``gfm_table`` token whose ``meta["rows"]`` lists each row as
    (0-based line, cell texts): a table was ~1 300 tokens per report, most of a parse.

    markdown-it's rule itself decides whether a table starts here (header and delimiter rows,
    column count); the body rows end where it ends them: a line outdented out of the container,
    a line a terminator rule claims, a blank line, an indented code line, or too many missing
    cells.  Rows are split as markdown-it splits them (``escapedSplit`` when a backslash is
    present, else ``str.split``), padded or cut to the header's column count.  None when this
    markdown-it-py lacks the helpers (the caller then keeps markdown-it's own rule).
    """
    try:
        from markdown_it.common.utils import mdTrim
        from markdown_it.rules_block.table import MAX_AUTOCOMPLETED_CELLS, escapedSplit
    except ImportError:
        return None

    def split_row(text: str) -> list[str]:
        """markdown-it's split of a trimmed row: on unescaped pipes, outer empty cells dropped."""
        columns = escapedSplit(text) if "\\" in text else text.split("|")
        if columns and columns[0] == "":
            columns.pop(0)
        if columns and columns[-1] == "":
            columns.pop()
        return columns

    def rule(state, start_line: int, end_line: int, silent: bool) -> bool:
        is_table = gfm_table(state, start_line, end_line, True)
        if silent or not is_table:
            return is_table
        src, b_marks, e_marks, t_shift, s_count = state.src, state.bMarks, state.eMarks, state.tShift, state.sCount
        header = split_row(mdTrim(src[b_marks[start_line] + t_shift[start_line]:e_marks[start_line]]))
        n_cols = len(header)
        # A cell's text is its inline content (mdTrim'd) stripped by the reader: str.strip alone,
        # as mdTrim's characters are all whitespace to str.strip.
        rows = [(start_line, [c.strip() for c in header])]
        terminators = state.md.block.ruler.getRules("blockquote")
        # Skip the terminator rules for a line none of them can claim; any other rule set: try them all.
        screen = tuple(t.__name__ for t in terminators) == _TERMINATOR_NAMES
        old_parent_type, state.parentType = state.parentType, "table"
        autocompleted = 0
        line = start_line + 2
        while line < end_line and s_count[line] >= state.blkIndent:
            start = b_marks[line] + t_shift[line]
            if ((not screen or src[start:start + 1] in _TERMINATOR_STARTS)
                    and any(t(state, line, end_line, True) for t in terminators)):
                break
            text = mdTrim(src[start:e_marks[line]])
            if not text or state.is_code_block(line):
                break
            columns = split_row(text)
            autocompleted += n_cols - len(columns)
            if autocompleted > MAX_AUTOCOMPLETED_CELLS:
                break
            rows.append((line, [c.strip() for c in columns[:n_cols]] + [""] * (n_cols - len(columns))))
            line += 1
        state.parentType = old_parent_type
        token = state.push("gfm_table", "table", 0)
        token.map = [start_line, line]
        token.meta = {"rows": rows}
        state.line = line
        return True

    return rule


class _LightToken:
    """What the reader reads of a token (type, map, content), without markdown-it's Token dataclass:
    a table makes three tokens per cell, and building them was most of the table rule's time."""

    __slots__ = ("attrs", "block", "children", "content", "level", "map", "nesting", "tag", "type")

    def __init__(self, ttype: str, tag: str, nesting: int, level: int) -> None:
        self.type = ttype
        self.tag = tag
        self.nesting = nesting
        self.level = level
        self.map = None
        self.content = ""
        self.attrs: dict = {}
        self.children = None
        self.block = True


def _light_tokens(table_rule):
    """markdown-it's own GFM table rule (same tables, same cells), pushing light tokens."""

    def rule(state, start_line: int, end_line: int, silent: bool) -> bool:
        if silent:
            return table_rule(state, start_line, end_line, silent)
        tokens = state.tokens

        def push(ttype: str, tag: str, nesting: int) -> _LightToken:
            if nesting < 0:
                state.level -= 1
            token = _LightToken(ttype, tag, nesting, state.level)
            if nesting > 0:
                state.level += 1
            tokens.append(token)
            return token

        state.push = push  # shadows StateBlock.push for this call only
        try:
            return table_rule(state, start_line, end_line, silent)
        finally:
            del state.push

    return rule


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
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    metadata: dict = {}
    body = source
    fm = _FRONT_MATTER.match(source)
    if fm:
        loaded = _front_matter(fm.group(1) or "")
        if isinstance(loaded, dict):
            metadata["front_matter"] = {str(k): v for k, v in loaded.items()}
        # Keep every offset: blank the front matter out character for character.
        body = _NOT_NEWLINE.sub(" ", fm.group(0)) + source[fm.end():]
    lines = body.split("\n")
    line_starts, pos = [], 0
    for line in lines:
        line_starts.append(pos)
        pos += len(line) + 1

    tokens = _markdown_parser().parse(body)
    blocks: list[Block] = []
    comments: list[tuple[int, str]] = []
    table_count = 0
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
            for m in _COMMENT.finditer(tok.content):
                comments.append((tok.map[0] + tok.content[: m.start()].count("\n") + 1, m.group(1).strip()))
            i += 1
            continue
        if tok.type == "gfm_table":
            table_count += 1
            blocks.append(_table_from_rows(tok.meta["rows"], lines, table_count))
            i += 1
            continue
        if tok.type == "table_open" and tok.map:
            table_count += 1
            j, table = _read_table(tokens, i, lines, table_count)
            blocks.append(table)
            i = j
            continue
        if tok.type == "inline":
            for m in _COMMENT.finditer(tok.content):
                ln = tok.map[0] + 1 if tok.map else 0
                comments.append((ln, m.group(1).strip()))
        i += 1
    title = None
    fmd = metadata.get("front_matter", {})
    if isinstance(fmd.get("title"), str):
        title = fmd["title"]
    doc = Document(path=path, format="markdown", blocks=blocks, source=source, title=title,
                   metadata=metadata)
    doc.metadata["comments"] = comments
    return doc


class _RowPlace:
    """Where a table row is in the source: its cells' spans on the line are found when the first
    of its cells is located (most never are: a finding points at a few cells of a report)."""

    __slots__ = ("raw", "line_no", "row_no", "index", "n_texts", "_spans")

    def __init__(self, raw: str, line_no: int, row_no: int, index: int, n_texts: int) -> None:
        self.raw = raw
        self.line_no = line_no
        self.row_no = row_no
        self.index = index
        self.n_texts = n_texts
        self._spans: list[tuple[int, int]] | None = None

    def location(self, c: int, text: str) -> Location:
        spans = self._spans
        if spans is None:
            raw = self.raw
            spans = self._spans = _cell_spans(raw)
            if len(spans) < self.n_texts:  # cells markdown-it filled in: an empty span at the line's end
                spans += [(len(raw), len(raw))] * (self.n_texts - len(spans))
        a, b = spans[c]
        return Location(self.line_no, a + 1, self.line_no, max(b, a) + 1, None, None,
                        self.index, self.row_no, c + 1, None, None, None, text[:30] or None)


def _table_from_rows(rows: list[tuple[int, list[str]]], lines: list[str], index: int) -> Table:
    """A table from a ``gfm_table`` token's rows: cell texts as markdown-it split them, spans on
    the raw source lines (the Table ``_read_table`` builds from markdown-it's own tokens).

    Each cell is given the function that locates it (``_RowPlace.location``), called only if
    something asks for the cell's location (model.Cell).  tests/test_reader_markdown.py compares
    the two builders."""
    cells: list[Cell] = []
    for r, (ln, texts) in enumerate(rows):
        place = _RowPlace(lines[ln], ln + 1, r + 1, index, len(texts)).location
        for c, text in enumerate(texts):
            cells.append(Cell(r, c, text, 1, 1, partial(place, c, text)))
    start_line = rows[0][0]
    return Table(location=Location(line=start_line + 1, column=1, table=index,
                                   snippet=lines[start_line].strip()[:30]),
                 cells=cells, n_rows=len(rows), n_cols=len(rows[0][1]), index=index)


def _read_table(tokens: list, i: int, lines: list[str], index: int) -> tuple[int, Table]:
    """A table from markdown-it's own table tokens (table_open … table_close)."""
    cells: list[Cell] = []
    row = -1
    col = 0
    spans: list[tuple[int, int]] = []
    row_line = 0
    start_line = tokens[i].map[0]
    n_cols = 0
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "tr_open":
            row += 1
            col = 0
            row_line = tok.map[0] if tok.map else row_line + 1
            spans = _cell_spans(lines[row_line])
        elif tok.type in ("th_open", "td_open"):
            inline = tokens[i + 1]
            text = inline.content.strip() if inline.type == "inline" else ""
            a, b = spans[col] if col < len(spans) else (len(lines[row_line]), len(lines[row_line]))
            cells.append(Cell(row=row, col=col, text=text, location=Location(
                line=row_line + 1, column=a + 1, end_line=row_line + 1, end_column=max(b, a) + 1,
                table=index, row=row + 1, col=col + 1, snippet=text[:30] or None)))
            col += 1
            n_cols = max(n_cols, col)
        i += 1
    table = Table(location=Location(line=start_line + 1, column=1, table=index,
                                    snippet=lines[start_line].strip()[:30]),
                  cells=cells, n_rows=row + 1, n_cols=n_cols, index=index)
    return i + 1, table
