"""The plain-text reader: its fast paths (rows without backslashes split with str.split, lines
without bold marks kept whole, each line split once) against the general ones, and exact
tables and positions on crafted reports."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportlint.app.engine import load_pack
from reportlint.model.document import Heading, Paragraph, Table
from reportlint.readers import text as text_reader
from reportlint.readers import textlines
from reportlint.text.sectiontitles import FORM_SECTION_TITLES, is_unnumbered_section_title

_FRAGMENTS = ["|", "|", "\t", " ", "  ", "\\", "\\|", "a", "12", "-3", "中文", "\u3000", "\xa0", "**", "__", "*", "_", "合计"]
LINE = st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map("".join)


def _reference_split_row(line: str) -> list[tuple[int, str]] | None:
    """The general path of ``split_row``: every row split with the escaped-pipe regex; a tab
    separates cells only after the line's first text."""
    if "\t" in line.lstrip("\t ") and line.strip("\t ").strip():
        cells, pos = [], 0
        for part in line.split("\t"):
            cells.append((pos + len(part) - len(part.lstrip()), part.strip()))
            pos += len(part) + 1
        return cells
    if line.count("|") >= 2:
        body, base = line.rstrip(), 0
        if body.lstrip().startswith("|") and body.endswith("|"):
            base = body.index("|") + 1
            body = body[base:-1]
        cells, pos = [], base
        for part in re.split(r"(?<!\\)\|", body):
            cells.append((pos + len(part) - len(part.lstrip()), part.strip().replace("\\|", "|")))
            pos += len(part) + 1
        if len(cells) >= 2:
            return cells
    return None


def _reference_strip_marks(line: str, base: int) -> tuple[str, list[int]]:
    """The general path of ``_strip_marks``: character by character."""
    out, offsets, i = [], [], 0
    while i < len(line):
        if line.startswith(("**", "__"), i):
            i += 2
            continue
        out.append(line[i])
        offsets.append(base + i)
        i += 1
    return "".join(out), offsets


@settings(max_examples=400, deadline=None)
@given(LINE)
def test_split_row_fast_path(line):
    assert textlines.split_row(line) == _reference_split_row(line)


@settings(max_examples=300, deadline=None)
@given(LINE, st.integers(0, 50))
def test_strip_marks_fast_path(line, base):
    assert text_reader._strip_marks(line, base) == _reference_strip_marks(line, base)


_NO_ROW_FRAGMENTS = [*_FRAGMENTS, "３", "٣", "5 ", "5\u3000", "页", "第", "-", "—", "。", "1.5", " 7", "\xa0"]


def _no_row_shortcut_holds(line: str) -> None:
    """``kind_and_fields`` takes a line without ``|`` or tab whose last character is no digit to be no
    row without splitting it: then no split finds fields."""
    stripped = line.strip()
    if stripped and "|" not in line and "\t" not in line and not stripped[-1].isdecimal():
        assert textlines.row_fields(line) is None and textlines.pipe1_fields(line) is None, line


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NO_ROW_FRAGMENTS), max_size=14).map("".join))
def test_a_line_without_separators_or_end_digits_is_no_row(line):
    _no_row_shortcut_holds(line)


def test_no_row_shortcut_on_the_corpus_lines():
    from pathlib import Path

    lines = [line for path in sorted((Path(__file__).parent / "corpus").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    assert len(lines) > 5000
    for line in lines:
        _no_row_shortcut_holds(line)
    # Lines the shortcut does not take still split: the numbers at a line's end, fullwidth included.
    assert textlines.kind_and_fields("行政许可  3  ３") == (textlines.SPACEROW, [(0, "行政许可"), (6, "3"), (9, "３")])


def test_split_row_examples():
    assert textlines.split_row("| 项目 | a \\| b | 数量 |") == [(2, "项目"), (7, "a | b"), (16, "数量")]
    assert textlines.split_row("规章 | 0 |\u30003") == [(0, "规章"), (5, "0"), (9, "3")]
    assert textlines.split_row("\t5\t") == [(0, ""), (1, "5"), (3, "")]
    assert textlines.split_row("只有一个 | 竖线") is None
    assert textlines.split_row("| 单格 |") is None


def _cells(table: Table) -> list[tuple]:
    return [(c.row, c.col, c.text, c.location.line, c.location.column, c.location.end_column, c.location.row,
             c.location.col, c.location.table, c.location.snippet) for c in table.cells]


def test_tab_table_with_caption_orphan_and_ragged_row():
    source = ("第二十条第（一）项\t\t\t\n"
              "信息内容\t本年新制作数量\t本年新公开数量\n"
              "已获取信\t\t\n"
              "息\t\t\n"
              "3\t4\n")
    (table,) = text_reader.parse(source).blocks
    assert isinstance(table, Table)
    assert (table.n_rows, table.n_cols, table.index) == (4, 3, 1)
    assert _cells(table) == [
        (0, 0, "第二十条第（一）项", 1, 1, 10, 1, 1, 1, "第二十条第（一）项"),
        (0, 1, "", 1, 13, None, 1, 2, 1, None),
        (0, 2, "", 1, 13, None, 1, 3, 1, None),
        (1, 0, "信息内容", 2, 1, 5, 2, 1, 1, "信息内容"),
        (1, 1, "本年新制作数量", 2, 6, 13, 2, 2, 1, "本年新制作数量"),
        (1, 2, "本年新公开数量", 2, 14, 21, 2, 3, 1, "本年新公开数量"),
        (2, 0, "已获取信息", 3, 1, 6, 3, 1, 1, "已获取信息"),  # the orphan "息" joined
        (2, 1, "", 3, 7, None, 3, 2, 1, None),
        (2, 2, "", 3, 7, None, 3, 3, 1, None),
        (3, 0, "", 5, 1, None, 4, 1, 1, None),  # a data row aligned on its right edge: its values under the header's
        (3, 1, "3", 5, 1, 2, 4, 2, 1, "3"),
        (3, 2, "4", 5, 3, 4, 4, 3, 1, "4"),
    ]
    assert table.location.line == 1 and table.location.snippet == "第二十条第（一）项"


def test_pipe_table_escaped_pipe_numbers_line_and_bold_marks():
    source = ("2023年度政府信息公开工作年度报告\n"
              "一、总体情况\n"
              "本机关**认真**贯彻落实条例，__全面__推进政务公开。\n"
              "\n"
              "| 项目 | a \\| b | 数量 |\n"
              "| 合计 |  | 7 |\n"
              "其他 1 2\n")
    title, heading, para, table = text_reader.parse(source).blocks
    assert isinstance(title, Heading) and (title.level, title.text) == (0, "2023年度政府信息公开工作年度报告")
    assert isinstance(heading, Heading) and (heading.level, heading.text) == (1, "一、总体情况")
    assert isinstance(para, Paragraph) and para.text == "本机关认真贯彻落实条例，全面推进政务公开。"
    line_start = source.index("本机关")
    assert para.offsets == [line_start + i for i in [0, 1, 2, 5, 6, *range(9, 16), 18, 19, *range(22, 29)]]
    # A "label 0 0" line under the table is a row of it, split on spaces.
    assert isinstance(table, Table) and (table.n_rows, table.n_cols) == (3, 3)
    assert [(c.text, c.location.line, c.location.column, c.location.end_column) for c in table.cells] == [
        ("项目", 5, 3, 5), ("a | b", 5, 8, 13), ("数量", 5, 17, 19), ("合计", 6, 3, 5), ("", 6, 9, 9), ("7", 6, 11, 12),
        ("其他", 7, 1, 3), ("1", 7, 4, 5), ("2", 7, 6, 7)]


def test_section_titles_the_stream_reader_stops_at_are_the_built_in_packs_titles() -> None:
    """``text.sectiontitles`` holds the titles a cell-per-line table ends at when printed without their number
    (the reader runs before a pack is chosen): they are each built-in pack's six section titles, numbering cut."""
    for name in ("cn-gov-disclosure-2019", "cn-gov-disclosure-2021"):
        titles = tuple(spec.title.split("、", 1)[1] for spec in load_pack(name).sections)
        assert titles == FORM_SECTION_TITLES
    assert [is_unnumbered_section_title(t) for t in ("主动公开政府信息情况", "主动公开政府信息情况 \t", "主动公开政府信息情况。",
                                                     " 主动公开政府信息情况", "二、主动公开政府信息情况", "主动公开")] == [
        True, True, False, False, False, False]
