"""The Markdown reader: tables as markdown-it-py's GFM table rule finds them (its public tokens, or
one token a table from ``readers/mdtables.py`` for plain tables: the same document either way), each
cell placed on its source line; paragraphs with their markup dropped and offsets kept."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reportlint.model.document import Location, Paragraph, Table
from reportlint.readers import markdown as md_reader
from reportlint.readers import mdtables
from reportlint.readers.decoding import unify_line_breaks

ROOT = Path(__file__).resolve().parent.parent
FULL = MarkdownIt("commonmark").enable("table")  # with inline parsing, which the reader leaves out
# The reader's parser without its one-token-a-table rule: markdown-it's own table tokens only.
STOCK = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


def _stock_parse(source: str):
    """The document the reader makes of ``source`` from markdown-it's own table tokens."""
    fast = md_reader._markdown_parser
    md_reader._markdown_parser = lambda: STOCK
    try:
        return md_reader.parse(source)
    finally:
        md_reader._markdown_parser = fast


def _assert_tables_placed(source: str) -> None:
    """The tables and rows markdown-it finds (inline parsing on), and each cell's span on its line
    holding exactly the cell's text (an escaped pipe is a pipe; markdown-it reads NUL as U+FFFD)."""
    doc = md_reader.parse(source)
    assert doc == _stock_parse(source)  # every block, cell, text and location
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    # What the reader hands markdown-it: line breaks unified, whitespace-only lines blank.
    tokens = FULL.parse("\n".join(" " * len(line) if line.isspace() else line for line in unify_line_breaks(source).split("\n")))
    lines = doc.source.split("\n")
    rows: list[int] = []  # each row's 0-based line
    counts, header = [], 0
    for tok in tokens:
        if tok.type == "table_open":
            rows, header = [], 0
        elif tok.type == "tr_open":
            rows.append(tok.map[0])
        elif tok.type == "th_open" and len(rows) == 1:
            header += 1
        elif tok.type == "table_close":
            # the lines with no pipe after the last piped row of a table of several columns: text after it
            while header > 1 and len(rows) > 1 and "|" not in lines[rows[-1]]:
                rows.pop()
            counts.append(len(rows))
    assert [t.n_rows for t in tables] == counts
    for table in tables:
        for cell in table.cells:
            loc = cell.location
            assert (loc.end_line, loc.table, loc.row, loc.col) == (loc.line, table.index, cell.row + 1, cell.col + 1)
            shown = lines[loc.line - 1][loc.column - 1:loc.end_column - 1]
            assert shown.replace("\\|", "|").replace("\x00", "\ufffd") == cell.text, (cell, shown)


BASIC = "| 项目 | 数量 |\n|---|---|\n| 收到申请 | 12 |\n| 办结 | 10 |\n"

CASES = {
    "basic": BASIC,
    "no outer pipes": "项目 | 数量\n--- | ---\n收到申请 | 12\n办结 | 10\n",
    "alignment colons": "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
    "escaped pipe": "| a \\| b | c |\n|---|---|\n| x \\| y | z \\|\n| \\\\| w | v |\n| 1 \\\\\\| 2 | 3 |\n",
    "code spans with pipes": "| `a | b` | c |\n|---|---|\n| `x | y` | z |\n| `` ` `` | q |\n",
    "missing and extra cells": "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n|\n| | |\n",
    "empty cells": "|  |  |\n|--|--|\n|  |  |\n| 1 |  |\n",
    "one column": "| a |\n|---|\n| b |\n| c |\n",
    "one column no pipes after header": "| a |\n|---|\nb\nc\n",
    "no pipes after a table of two columns": "| a | b |\n|---|---|\n| 1 | 2 |\n某局\n2024年1月20日\n",
    "delimiter count differs": "| a | b |\n|---|\n| 1 | 2 |\n",
    "header without pipe": "a\n---|---\n1 | 2\n",
    "bad delimiter": "| a | b |\n|---|-x-|\n| 1 | 2 |\n",
    "empty middle delimiter": "| a | b |\n|---||---|\n| 1 | 2 |\n",
    "dash then space delimiter": "a | b\n- | -\n1 | 2\n",
    "ends at blank line": BASIC + "\n后续段落。\n",
    "ends at heading": BASIC + "# 二、标题\n正文。\n",
    "ends at atx-like row": BASIC + "#| x | y |\n",
    "ends at blockquote": BASIC + "> 引用 | 文字\n",
    "ends at bullet lists": BASIC + "- 列表 | 项\n* 星号 | 项\n+ 加号 | 项\n",
    "ends at ordered list": BASIC + "1. 第一 | 项\n",
    "digit rows are rows": BASIC + "1 | 2\n12.5 | 3\n2) | 4\n",
    "dash rows": BASIC + "-1 | 2\n--- | ---\n",
    "ends at hr": BASIC + "***\n",
    "ends at underscore hr": BASIC + "___\n| 1 | 2 |\n",
    "underscore row": BASIC + "_a_ | b\n",
    "ends at backtick fence": BASIC + "```\ncode | x\n```\n",
    "ends at tilde fence": BASIC + "~~~\ncode | x\n~~~\n",
    "short fence is a row": BASIC + "`` | x\n~~ | y\n",
    "ends at html block": BASIC + "<div>\n| 1 | 2 |\n</div>\n",
    "ends at html comment": BASIC + "<!-- reportlint-disable RL001 -->\n| 1 | 2 |\n",
    "inline html row": BASIC + "<b>粗</b> | 2\n",
    "less-than row": BASIC + "< 5 | 2\n",
    "indented table": "   | a | b |\n   |---|---|\n   | 1 | 2 |\n",
    "indented body row is code": BASIC + "    | 1 | 2 |\n",
    "indented header is code": "    | a | b |\n    |---|---|\n    | 1 | 2 |\n",
    "indented delimiter": "| a | b |\n    |---|---|\n| 1 | 2 |\n",
    "tabs": "|\ta\t|\tb\t|\n|---|---|\n|\t1\t|\t2\t|\n\t| 3 | 4 |\n",
    "table in list item": "- 项目：\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n  | 3 | 4 |\n- 下一项\n",
    "table in list item, outdented row": "- | a | b |\n  |---|---|\n  | 1 | 2 |\n| 3 | 4 |\n",
    "table in ordered list": "1. | a | b |\n   |---|---|\n   | 1 | 2 |\n2. 后\n",
    "table in blockquote": "> | a | b |\n> |---|---|\n> | 1 | 2 |\n> > | 3 | 4 |\n",
    "table in blockquote, lazy row": "> | a | b |\n> |---|---|\n> | 1 | 2 |\n| 3 | 4 |\n",
    "quote marker as cell text": "> >|\\\n> ---|---\n> > | 1 |\n>> | 2 |\n",
    "table in nested blockquotes": "> > | a | b |\n> > |---|---|\n> > | 1 | 2 |\n> | 3 | 4 |\n",
    "table in list in blockquote": "> - | a | b |\n>   |---|---|\n>   | 1 | 2 |\n> - x\n",
    "table interrupts paragraph": "说明文字。\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "setext-looking delimiter": "a | b\n--|--\n1 | 2\n---\n",
    "crlf": BASIC.replace("\n", "\r\n") + "\r\n正文。\r\n",
    "cr only": BASIC.replace("\n", "\r"),
    "cjk and ideographic spaces": "|\u3000项目\u3000|\u3000数量\u3000|\n|---|---|\n|\u3000收到\u3000|\u300012\u3000|\n|\u3000\u3000|\xa0|\n",
    "odd whitespace": "| a\x1c | \x85b |\n|---|---|\n|\x1c| \x85 |\n| \u2028 | \u2003x\u2003 |\n\x1c\n| 1 | 2 |\n",
    "space after the last pipe": "| a | b |\u3000\n|---|---|\n| 1 | 2 |\x1c\n| 3 | 4 |\u2003\n",
    "nul character": "| a\x00 | b |\n|---|---|\n| \x00 | 2 |\n",
    "front matter": "---\ntitle: 报告\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "two tables": BASIC + "\n" + BASIC + "| a |\n|---|\n| b |\n",
    "adjacent tables": BASIC + "| x | y |\n|---|---|\n| 5 | 6 |\n",
    "markup in cells": "| **合计** | *5* |\n|---|---|\n| __6__ | `7` |\n",
    "comment in cell": "| a | b |\n|---|---|\n| <!-- x --> | 2 |\n",
    "no trailing newline": BASIC.rstrip("\n"),
    "header only": "| a | b |\n|---|---|",
    "backslash at end": "| a | b \\\n|---|---|\n| 1 | 2 \\|\n| 3 \\\\ | 4 \\\\\n",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_tables_and_cell_places(source):
    _assert_tables_placed(source)


def test_lines_with_no_pipe_under_a_table_of_several_columns_are_text_after_it():
    # GFM reads them as rows (a lazy continuation): a signature and its date under the last table were lost in it
    doc = md_reader.parse(CASES["no pipes after a table of two columns"])
    table, *after = doc.blocks
    assert isinstance(table, Table) and table.n_rows == 2
    assert [(type(b), b.text, b.location.line) for b in after] == [(Paragraph, "某局", 4), (Paragraph, "2024年1月20日", 5)]
    # a table of one column may write its rows bare: kept as GFM reads them
    assert [b.n_rows for b in md_reader.parse(CASES["one column no pipes after header"]).blocks] == [3]


def _table_tokens(source: str) -> list[str]:
    return [t.type for t in md_reader._markdown_parser().parse(source)
            if t.type in (mdtables.TOKEN, "table_open", "td_open", "th_open")]


def test_plain_tables_come_as_one_token_the_others_as_markdown_its():
    assert _table_tokens(CASES["two tables"]) == [mdtables.TOKEN] * 2  # the third is rows of the second
    assert _table_tokens(CASES["table in blockquote"]) == [mdtables.TOKEN]
    # No outer pipes, an escaped pipe, a space markdown-it may or may not trim after the last pipe.
    for name in ("no outer pipes", "escaped pipe", "space after the last pipe"):
        assert _table_tokens(CASES[name])[:2] == ["table_open", "th_open"], name
    assert _table_tokens(BASIC + "尾行 | 无外侧竖线\n") == ["table_open", "th_open", "th_open", "td_open", "td_open",
                                                          "td_open", "td_open", "td_open", "td_open"]


@pytest.mark.parametrize(("text", "cells"), [
    ("| a | b |", ["a", "b"]),
    ("|a|b", ["a", "b"]),
    ("| a | |  \t", ["a", ""]),
    ("|", []),
    ("||", [""]),
    ("| `x | y` |", ["`x", "y`"]),  # markdown-it splits code spans too
    ("| a \\| b |", None),
    ("a | b |", None),
    ("| a |\u3000", None),
    ("| a |\x1c", None),
])
def test_plain_cells(text, cells):
    assert mdtables.plain_cells(text) == cells


def test_example_reports_take_the_one_token_route():
    """The example reports write their tables between outer pipes, as reports do; the sample with an
    escaped pipe in a cell (tests/data/samples/docx/md_sample.md) is read by markdown-it's own rule."""
    kinds = [kind for name in sorted(ROOT.glob("examples/**/*.md")) for kind in _table_tokens(name.read_text(encoding="utf-8"))]
    assert kinds.count(mdtables.TOKEN) >= 2
    assert "table_open" not in kinds
    sample = (ROOT / "tests/data/samples/docx/md_sample.md").read_text(encoding="utf-8")
    assert _table_tokens(sample)[:2] == ["table_open", "th_open"]


def test_cells_of_a_table_in_a_blockquote_are_placed_after_the_markers():
    doc = md_reader.parse(CASES["table in list in blockquote"])
    assert [(c.text, c.location.line, c.location.column, c.location.end_column) for c in doc.tables[0].cells] == [
        ("a", 1, 7, 8), ("b", 1, 11, 12), ("1", 3, 7, 8), ("2", 3, 11, 12)]


def test_a_blank_cell_is_placed_at_the_pipe_that_ends_it():
    # row 3 split on plain pipes, row 4 past an escaped one: each blank cell an empty span at its closing pipe
    doc = md_reader.parse("| a | b |\n|---|---|\n|   | x |\n| \\| | |\n")
    assert [(c.text, c.location.line, c.location.column, c.location.end_column) for c in doc.tables[0].cells] == [
        ("a", 1, 3, 4), ("b", 1, 7, 8), ("", 3, 5, 5), ("x", 3, 7, 8), ("|", 4, 3, 5), ("", 4, 8, 8)]


def test_rows_end_where_markdown_it_ends_them():
    doc = md_reader.parse(BASIC + "1. 第一 | 项\n1 | 2\n")
    table = doc.blocks[0]
    assert isinstance(table, Table)
    assert (table.n_rows, table.n_cols) == (3, 2)
    assert [c.text for c in table.cells] == ["项目", "数量", "收到申请", "12", "办结", "10"]
    assert [(c.location.line, c.location.column, c.location.end_column) for c in table.cells[:2]] == [
        (1, 3, 5), (1, 8, 10)]


def test_autocompleted_cells_limit():
    """markdown-it stops a table once 65 536 empty cells would be filled in."""
    width = 300
    source = "|" + " h |" * width + "\n|" + "---|" * width + "\n" + "| x |\n" * 240
    _assert_tables_placed(source)
    table = md_reader.parse(source).blocks[0]
    assert table.n_rows == 1 + 65536 // (width - 1)


def test_real_markdown_files():
    files = sorted(glob.glob(str(ROOT / "examples" / "**" / "*.md"), recursive=True))
    files += sorted(glob.glob(str(ROOT / "tests" / "**" / "*.md"), recursive=True))
    assert files
    for name in files:
        _assert_tables_placed(Path(name).read_text(encoding="utf-8"))


_FRAGMENTS = ["|", "|", "|", " ", "\t", "\\", "\\|", "`", "-", ":", "a", "1", "12.5", "中文", "\u3000", "\xa0",
              "**", "<b>", "#", ">", "*", "+", "_", "~", "\x1c", "\x85", "\u2003", "\u200b", "\ufeff", "\x00"]
_PREFIXES = ["", "", "", " ", "   ", "    ", "> ", "- ", "  ", "1. ", ">", "\t"]
_CELL = st.lists(st.sampled_from(_FRAGMENTS[3:]), max_size=5).map("".join)


@st.composite
def _table_lines(draw):
    """A header row, a delimiter row (usually of the same width) and rows of any width."""
    width = draw(st.integers(1, 4))
    outer = draw(st.booleans())

    def row(cells):
        body = "|".join(cells)
        return f"|{body}|" if outer else body

    delimiter_width = width if draw(st.integers(0, 4)) else draw(st.integers(1, 5))
    delimiters = [draw(st.sampled_from(["---", ":--", "--:", ":-:", " - ", "", "-x"])) if not draw(st.integers(0, 6))
                  else "---" for _ in range(delimiter_width)]
    lines = [row(draw(st.lists(_CELL, min_size=width, max_size=width))), row(delimiters)]
    lines += [row(cells) for cells in draw(st.lists(st.lists(_CELL, max_size=6), max_size=6))]
    prefix = draw(st.sampled_from(_PREFIXES))
    return [prefix + line if draw(st.integers(0, 5)) else draw(st.sampled_from(_PREFIXES)) + line for line in lines]


_OTHER_LINE = st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)
_CHUNK = st.one_of(_table_lines(), st.lists(_OTHER_LINE, max_size=2), st.just([""]),
                   st.sampled_from([["# 标题"], ["> 引用"], ["- 项"], ["1. 项"], ["```", "x | y", "```"], ["***"],
                                    ["<!-- c -->"], ["    code | x"]]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CHUNK, max_size=6), st.booleans())
# U+001C is whitespace to str.strip, not to markdown-it's row trim: the pipe after it is no outer pipe.
@example([["\x1c|\\", "---|---"]], False)
# markdown-it tries tables before lists: in a blockquote, "* " before a row's pipes is the first cell's text.
@example([[">* |||\\", ">---|---|---|---"]], False)
def test_random_documents(chunks, crlf):
    source = ("\r\n" if crlf else "\n").join(line for chunk in chunks for line in chunk)
    _assert_tables_placed(source)


def _reference_paragraph(lines: list[str], line_starts: list[int], first: int, last: int,
                         location: Location) -> Paragraph:
    """The general path of ``_paragraph_from_lines``: every line dropped character by character."""
    text: list[str] = []
    offsets: list[int] = []
    for ln in range(first, last):
        raw = lines[ln]
        prefix = md_reader._CONTAINER_PREFIX.match(raw)
        start = prefix.end() if prefix else 0
        body = raw[start:].rstrip()
        if body.startswith("#"):
            continue
        drop = {start + i for m in md_reader._MARKUP.finditer(body) for i in range(m.start(), m.end())}
        kept = [(start + i, ch) for i, ch in enumerate(body) if start + i not in drop]
        if not kept:
            continue
        if text and not (md_reader._cjk(text[-1]) or md_reader._cjk(kept[0][1])):
            text.append(" ")
            offsets.append(offsets[-1])
        for pos, ch in kept:
            text.append(ch)
            offsets.append(line_starts[ln] + pos)
    joined = "".join(text)
    return Paragraph(location=location.with_(snippet=joined[:30]), text=joined, offsets=offsets)


_PARAGRAPH_LINE = st.lists(st.sampled_from(["**", "__", "*", "`", "_", " ", "a", "1", "中文", "，", "> ", "- ", "1. ", "#", "\t"]),
                           max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPH_LINE, min_size=1, max_size=5))
def test_paragraph_fast_path(lines):
    starts = [sum(len(line) + 1 for line in lines[:k]) for k in range(len(lines))]
    location = Location(line=1, column=1)
    assert (md_reader._paragraph_from_lines(lines, starts, 0, len(lines), location)
            == _reference_paragraph(lines, starts, 0, len(lines), location))


def test_paragraph_markup_dropped():
    doc = md_reader.parse("本年**共**收到 `12` 件，\n*办结* 10 件。\n")
    (para,) = doc.blocks
    assert para.text == "本年共收到 12 件，办结 10 件。"
    assert para.offsets == [0, 1, 4, 7, 8, 9, 11, 12, 14, 15, 16, 19, 20, 22, 23, 24, 25, 26, 27]


def test_table_rows_skip_the_terminators_only_for_markdown_its_own():
    """mdtables.table_rows does not try the blockquote terminators on a row starting with a pipe when
    they are markdown-it's own (none starts with a pipe): the reader's parser has only those."""
    terminators = md_reader._markdown_parser().block.ruler.getRules("blockquote")
    assert sorted(rule.__module__.rsplit(".", 1)[1] for rule in terminators) == [
        "blockquote", "fence", "heading", "hr", "html_block", "list"]
    # A row that a terminator would take if it did not start with a pipe still ends the table.
    doc = md_reader.parse("| a | b |\n|---|---|\n| 1 | 2 |\n# 三、标题\n| 3 | 4 |\n")
    assert [t.n_rows for t in doc.tables] == [2] and doc.blocks[1].text == "三、标题"
