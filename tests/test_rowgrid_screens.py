"""The text reader's screens in ``readers/rowgrid`` (branch inproc17) give exactly what the plain tests they stand in
front of give.

The references are the code as it was before each screen (written out here, not imported): generated rows, with
texts drawn from a header's, a data row's and blanks so that repeats and near-repeats are common, must come out alike.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportlint.readers import rowgrid
from reportlint.readers.rowgrid import Written

TEXTS = st.sampled_from(["", "", "信息内容", "本年新制作数量", "自然人", "总计", "行政许可", "0", "5", "1.属于国家秘密"])
ROWS = st.lists(st.lists(TEXTS, max_size=5), max_size=6)


def _rows(texts: list[list[str]], first_line: int = 0) -> list[list[Written]]:
    return [[Written(t, first_line + n, 2 * k) for k, t in enumerate(row)] for n, row in enumerate(texts)]


def reference_drop_repeated_headers(header, data, lines):
    if not header:
        return data, lines
    seen = {tuple(w.text for w in r if w.text) for r in header}
    keep = [(r, ln) for r, ln in zip(data, lines, strict=True)
            if tuple(w.text for w in r if w.text) not in seen or any(w.text.strip() and rowgrid.is_value(w.text) for w in r)]
    return [r for r, _ in keep], [ln for _, ln in keep]


@settings(max_examples=400, deadline=None)
@given(ROWS, ROWS)
def test_repeated_headers_dropped_as_before(header_texts, data_texts):
    header, data = _rows(header_texts), _rows(data_texts, 10)
    lines = [10 + n for n in range(len(data))]
    got = rowgrid._drop_repeated_headers(header, data, lines)
    want = reference_drop_repeated_headers(header, data, lines)
    assert ([[id(w) for w in r] for r in got[0]], got[1]) == ([[id(w) for w in r] for r in want[0]], want[1])


def test_a_header_repeated_after_a_page_break_is_dropped_and_data_rows_kept():
    header = _rows([["信息内容", "本年新制作数量", ""]])
    data = _rows([["规章", "0"], ["", "信息内容", "本年新制作数量"], ["信息内容", "本年新制作数量"], ["行政许可", "总计"]], 1)
    rows, lines = rowgrid._drop_repeated_headers(header, data, [1, 2, 3, 4])
    assert [[w.text for w in r] for r in rows] == [["规章", "0"], ["行政许可", "总计"]]
    assert lines == [1, 4]


def test_every_grid_row_places_its_cells_left_to_right(monkeypatch):
    """``to_table`` takes a table's width from each row's last cell (branch inproc17): over every table the text
    reader finds in the repository's texts, each grid row (a row per line and a cell per line) holds its cells left
    to right, none overlapping the one before — the last cell reaches furthest."""
    from conftest import REPO
    from reportlint.model.diagnostics import InputError
    from reportlint.readers import read, texttables

    rows = []
    find = texttables.find

    def kept(lines):
        found = find(lines)
        rows.extend(row for table in found for row in table.grid)
        return found

    monkeypatch.setattr(texttables, "find", kept)
    for path in sorted((REPO / "tests").rglob("*.txt")):
        try:
            read(path)
        except InputError:  # a hostile or empty file of the tests: no table
            continue
    assert len(rows) > 3000 and any(span > 1 for row in rows for _, span, _ in row.cells)  # merged cells among them
    for row in rows:
        ends = [0] + [c + span for c, span, _ in row.cells]
        assert all(c >= end for (c, _, _), end in zip(row.cells, ends, strict=False)), (row.line, row.cells)


def reference_absorb_padding(labels, values, width_l, width_w):
    values, labels = list(values), list(labels)
    while len(values) > width_w and len(labels) < width_l and values and not values[0].text.strip():
        labels.append(values.pop(0))
    return labels, values


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXTS, max_size=4), st.lists(TEXTS, max_size=8), st.integers(0, 4), st.integers(0, 6))
def test_a_rows_padding_and_chunks_as_before(label_texts, value_texts, width_l, width_w):
    """A row handed back uncopied when nothing moves (branch inproc17) holds the same fields as the copy did.  A row of
    exactly the table's width is its one chunk: ``_fit``'s loops drop fields only past the width."""
    labels, values = _rows([label_texts, value_texts])
    assert rowgrid._absorb_padding(labels, values, width_l, width_w) == reference_absorb_padding(labels, values, width_l,
                                                                                               width_w)
    assert rowgrid._fit(values, len(values)) == [values]
