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

from ..model import Block, Cell, Document, Heading, Location, Paragraph, Table
from .decoding import MAX_TEXT_BYTES, decode
from .safeio import read_limited

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_CONTAINER_PREFIX = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?")
_MARKUP = re.compile(r"\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])|`")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)


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
    spans: list[tuple[int, int]] = []
    body_start = 0
    stripped_end = len(line.rstrip())
    lead = len(line) - len(line.lstrip())
    if line[lead:lead + 1] == "|":
        body_start = lead + 1
    end = stripped_end
    if end > body_start and line[end - 1] == "|" and (end < 2 or line[end - 2] != "\\"):
        end -= 1
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
    text: list[str] = []
    offsets: list[int] = []
    for ln in range(first, last):
        raw = lines[ln]
        prefix = _CONTAINER_PREFIX.match(raw)
        start = prefix.end() if prefix else 0
        body = raw[start:].rstrip()
        if body.startswith("#"):
            continue
        kept = [(start + m_i, ch) for m_i, ch in enumerate(body)]
        drop: set[int] = set()
        for m in _MARKUP.finditer(body):
            drop.update(range(start + m.start(), start + m.end()))
        kept = [(pos, ch) for pos, ch in kept if pos not in drop]
        if not kept:
            continue
        if text and not (_cjk(text[-1]) or _cjk(kept[0][1])):
            text.append(" ")
            offsets.append(offsets[-1])
        for pos, ch in kept:
            text.append(ch)
            offsets.append(line_starts[ln] + pos)
    joined = "".join(text)
    return Paragraph(location=location.with_(snippet=joined[:30]), text=joined, offsets=offsets)


@cache
def _markdown_parser():
    """One CommonMark parser (with tables) per process: building it costs more than a parse.  The
    reader takes only the block tokens and the raw ``inline.content``, so inline parsing (half the
    time of a parse) is switched off."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
    rule = next(r for r in md.block.ruler.__rules__ if r.name == "table")
    md.block.ruler.at("table", _light_tokens(rule.fn), {"alt": list(rule.alt)})
    return md


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


def parse(source: str, path: str = "<markdown>") -> Document:
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    metadata: dict = {}
    body = source
    fm = _FRONT_MATTER.match(source)
    if fm:
        import yaml

        try:
            loaded = yaml.safe_load(fm.group(1) or "")
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            metadata["front_matter"] = {str(k): v for k, v in loaded.items()}
        # Keep every offset: blank the front matter out character for character.
        body = re.sub(r"[^\n]", " ", fm.group(0)) + source[fm.end():]
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


def _read_table(tokens: list, i: int, lines: list[str], index: int) -> tuple[int, Table]:
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
