"""Issue 8: each fast path gives exactly what the plain algorithm it replaces gives.

The references below are the straightforward versions the code had before (written out here, not
imported), so a fast path that drifts from them fails with the input that shows it.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reportlint.model.diagnostics import InputError
from reportlint.model.document import Cell, Table
from reportlint.text.mapped import normalize_mapped, normalize_mapped_by_char

# Characters that exercise every branch: kept, NFKC-replaced (full-width), dropped (spaces, zero
# width), folded quotes, and expanded by NFKC into several characters (㈠, ﬁ, ¼).
PROSE = st.text(alphabet=st.sampled_from(list("本年度共收到申请１２３件，。（一）“予以公开”‘’ ㈠ﬁ¼²ｱ\u3000\u200b\ufeff\t\nabcＡ：；％")),
                max_size=40)


def reference_normalize_mapped(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    idx: list[int] = []
    quotes = {"“": '"', "”": '"', "‘": "'", "’": "'"}
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\u200b\ufeff":
            continue
        for c in quotes.get(ch) or unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                out.append(c)
                idx.append(i)
    return "".join(out), idx


@settings(max_examples=300, deadline=None)
@given(PROSE)
def test_normalize_mapped_matches_the_per_character_definition(text):
    expected = reference_normalize_mapped(text)
    assert normalize_mapped(text) == expected
    assert normalize_mapped_by_char(text) == expected


def test_normalize_mapped_examples():
    assert normalize_mapped("共 １２ 件，“公开”") == ('共12件,"公开"', [0, 2, 3, 5, 6, 7, 8, 9, 10])
    assert normalize_mapped("㈠受理") == ("(一)受理", [0, 0, 0, 1, 2])  # an expansion: per character
    assert normalize_mapped("") == ("", [])


def reference_grid(table: Table) -> list[list[Cell | None]]:
    grid: list[list[Cell | None]] = [[None] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        for r in range(cell.row, min(cell.row + cell.rowspan, table.n_rows)):
            for c in range(cell.col, min(cell.col + cell.colspan, table.n_cols)):
                grid[r][c] = cell
    return grid


SPANS = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(1, 3), st.integers(1, 3)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 4), st.integers(0, 4))
def test_grid_matches_the_span_loops(spans, n_rows, n_cols):
    """Overlapping and out-of-range positions included: the later cell wins, as before."""
    cells = [Cell(r, c, f"{i}", rowspan=rs, colspan=cs) for i, (r, c, rs, cs) in enumerate(spans)]
    table = Table(location=None, cells=cells, n_rows=n_rows, n_cols=n_cols)  # type: ignore[arg-type]
    assert table.grid() == reference_grid(table)


def test_a_finding_in_a_table_cell_takes_the_tables_section(tmp_path):
    """structure.assign_sections no longer visits cells: checks.cell_location gives a cell the
    section of its table (the section heading above it)."""
    from datetime import date

    from reportgen import make_report, write_report
    from reportlint.app.engine import RunOptions, check_path

    path = tmp_path / "r.md"
    write_report(make_report(2023, seed=5).set_t3("granted", 0, 60), path)
    result = check_path(str(path), RunOptions(today=date(2026, 1, 1)))
    in_t3 = [d for d in result.diagnostics if d.code == "RL401"]
    assert in_t3 and {d.location.section for d in in_t3} == {"三、收到和处理政府信息公开申请情况"}
    assert all(d.location.table is not None and d.location.line is not None for d in in_t3)


def reference_nearest(reps: list[float], v: float) -> int:
    return min(range(len(reps)), key=lambda i: abs(reps[i] - v))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0.0, 10.0, 10.0, 12.5, 20.25, 31.0, 31.0, 40.0]), min_size=1, max_size=8),
       st.sampled_from([-5.0, 0.0, 5.0, 10.0, 11.25, 15.0, 16.375, 20.25, 25.625, 31.0, 35.5, 40.0, 99.0]))
def test_pdf_nearest_edge_matches_the_linear_scan(values, v):
    """records.nearest bisects the sorted edges ``cluster`` gives; of two as near, the first wins."""
    from reportlint.readers.pdf.records import nearest

    reps = sorted(values)
    assert nearest(reps, v) == reference_nearest(reps, v)


def test_pdf_nearest_edge_examples():
    from reportlint.readers.pdf.records import nearest

    assert nearest([0.0, 10.0, 20.0], 5.0) == 0  # halfway: the first
    assert nearest([0.0, 10.0, 10.0, 20.0], 14.0) == 1  # the first of equal edges
    assert nearest([0.0, 10.0, 20.0], 16.0) == 2
    assert nearest([0.0, 10.0, 20.0], 99.0) == 2
    assert nearest([0.0, 10.0, 20.0], -3.0) == 0


def test_the_grid_a_text_reader_hands_over_is_the_one_grid_builds():
    """The text and Markdown readers fill each position's owner as they place the cells (branch inproc16): for every
    table of the repository's texts and Markdown files, the very cells the span loops put there."""
    from conftest import REPO
    from reportlint.readers import read

    paths = sorted([*(REPO / "tests").rglob("*.txt"), *(REPO / "tests").rglob("*.md"), *(REPO / "examples").rglob("*.md")])
    tables = [b for path in paths for b in _blocks(read, path) if isinstance(b, Table)]
    assert len(tables) > 500 and any(c.colspan > 1 for t in tables for c in t.cells)  # merged cells among them
    for table in tables:
        handed = table.grid()
        assert [[id(c) for c in row] for row in handed] == [[id(c) for c in row] for row in reference_grid(table)]


def _blocks(read, path):
    try:
        return read(path).blocks
    except InputError:  # a hostile or empty file of the tests: no table to compare
        return []
