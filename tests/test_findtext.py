"""What a finding on a table cell tells a Word user to type into Find, and how Word counts the cell."""

from __future__ import annotations

from reportlint.analysis.findtext import searchable, word_cell_number
from reportlint.model.document import Cell, Location, Table


def test_searchable_prefers_six_characters_and_unique_then_unique_then_long_then_nearest():
    counts = {"（七）总计": 1, "三、本年度办理结果": 1, "自然人": 5, "总计": 9, "行政复议": 3, "重复申请x": 0}
    count = counts.__getitem__
    assert searchable(["（七）总计", "三、本年度办理结果", "自然人"], count) == "三、本年度办理结果"
    assert searchable(["（七）总计", "自然人"], count) == "（七）总计"  # unique beats long
    assert searchable(["总计", "行政复议"], count) == "总计"  # neither: the nearest
    assert searchable(["重复申请x", "总计"], count) == "总计"  # not in the document: no candidate
    assert searchable(["", "  "], count) is None


def test_word_cell_number_counts_a_merged_cell_once():
    cells = [Cell(0, 0, "（七）总计", colspan=3), Cell(0, 3, "5"), Cell(0, 4, "6"),
             Cell(1, 0, "a"), Cell(1, 1, "b"), Cell(1, 2, "c"), Cell(1, 3, "d"), Cell(1, 4, "e")]
    table = Table(Location(), cells, 2, 5)
    assert word_cell_number(table, 0, 3) == 2  # grid column 4 is the row's second cell
    assert word_cell_number(table, 0, 4) == 3
    assert word_cell_number(table, 1, 3) is None  # no merged cell in the row: the grid column is Word's
