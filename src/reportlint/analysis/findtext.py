"""What a person types into Word's Find (or a PDF viewer's) to reach a table cell a finding is about,
and how Word counts the cell in its row.

A cell's own text is rarely worth searching for: "0" or "12" is everywhere.  Its row's and column's
label cells are: "3．要求提供公开出版物" leads to the row, "本年制发件数" to the column.  Find cannot
match across cells, so a snippet is one cell's text; the choice prefers, in this order, the cell
itself when it holds words, then the row's labels from the nearest outwards, then the column's,
then the heading of the table's section, taking the first that is at least ``MIN_FIND`` characters
long and unique in the document, else the first unique one, else the first long enough, else the
nearest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..model.document import Document, Table
from ..text.lazyregex import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .tablelabels import TableView

MIN_FIND = 6  # characters: shorter text is found in too many places to lead anywhere
FIND_LENGTH = 30  # characters of a long label kept (what the readers keep of a paragraph)
_WORDS = LazyRegex(r"[^\W\d_]")  # a letter (Chinese characters are letters): not a bare number or a dash


def searchable(candidates: Iterable[str], occurrences: Callable[[str], int]) -> str | None:
    """The best of ``candidates`` (nearest first) to search for, by the order above; None when
    there is none.  A candidate that does not occur (a label the binding renamed to the form's) is
    no candidate."""
    counts = {t: occurrences(t) for t in dict.fromkeys(t.strip() for t in candidates if t and t.strip())}
    texts = [t for t, n in counts.items() if n]
    unique = [t for t in texts if counts[t] == 1]
    for group in ([t for t in unique if len(t) >= MIN_FIND], unique, [t for t in texts if len(t) >= MIN_FIND], texts):
        if group:
            return group[0]
    return None


def cell_find_text(view: TableView, row: int, col: int, document: Document | None = None,
                   section: str | None = None) -> str | None:
    """The snippet for grid cell (row, col) of the view's table (see the module's docstring); the
    heading of the table's ``section`` is the last resort (a table whose labels repeat: 总计, 结果维持)."""
    table = view.table
    cell = table.at(row, col)
    own = [cell.text] if cell is not None and _WORDS.search(cell.text) else []
    row_labels = list(reversed(view.row_paths.get(row, [])))
    col_labels = list(reversed(view.col_paths.get(col, [])))
    count = document.occurrences if document is not None else (lambda t: _in_table(table, t))
    found = searchable([*own, *row_labels, *col_labels, *([section] if section else [])], count)
    return found[:FIND_LENGTH] if found else None


def _in_table(table: Table, text: str) -> int:
    return min(2, sum(cell.text.count(text) for cell in table.cells))


def word_cell_number(table: Table, row: int, col: int) -> int | None:
    """Which cell of its row, counted from the left as Word counts them (a horizontally merged cell
    once), grid cell (row, col) is — or None when the row has no horizontally merged cell, so that
    the grid column is what a person counts too."""
    grid = table.grid()
    if not 0 <= row < len(grid):
        return None
    owners: Sequence = grid[row]
    if all(c is None or c.colspan == 1 for c in owners):
        return None
    seen: list[int] = []
    for c in owners[: col + 1]:
        if c is not None and id(c) not in seen:
            seen.append(id(c))
    return len(seen)
