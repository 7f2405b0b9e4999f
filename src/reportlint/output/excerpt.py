"""The cells of a finding, drawn under it in the text output: the affected rows and columns of the
table with the cell the finding points at highlighted (【3】, and in colour when there is colour).

Laid out here rather than with rich.table (whose layout engine cost more than everything else in a
folder's text output), for the width of the terminal:

* a grid — the title 表N, a bold header with the last label segment of each column, a rule, then
  one line per row label, the row labels left-aligned and the values right-aligned, widths counted
  in terminal cells — with the widest headers folded over several lines when the grid would not
  fit, but never narrower than two Chinese characters a line;
* when even the folded grid does not fit (a row of seven columns under a long row label in 80
  columns), one line per cell: the row label once, then each column's label and value.
"""

from __future__ import annotations

from ..model.diagnostics import Diagnostic
from ..text.normalize import display_width
from .safetext import display

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    class Form(Protocol):
        """How text is marked up: escaped and styled for rich, or plain (``console._Markup``/``_Plain``)."""

        def esc(self, text: str) -> str: ...

        def styled(self, style: str, inner: str) -> str: ...


GAP = "   "  # between columns
LEAST_HEADER = 4  # terminal cells: a folded header keeps at least two Chinese characters a line


def fold(text: str, width: int) -> list[str]:
    """``text`` cut into pieces of at most ``width`` terminal cells (CJK counts two)."""
    pieces, current, used = [], "", 0
    for ch in text:
        w = display_width(ch)
        if current and used + w > width:
            pieces.append(current)
            current, used = "", 0
        current += ch
        used += w
    return [*pieces, current]


def cell_excerpt(d: Diagnostic, form: Form, width: int) -> list[str]:
    """The excerpt's lines, marked up by ``form``, in at most ``width`` terminal cells where it can."""
    rows: list[str] = []
    cols: list[str] = []
    values: dict[tuple[str, str], str] = {}
    for c in d.cells:  # shown as they will be printed (a control character as \\uXXXX), so widths are right
        row, col = display(c.row_label), display(c.col_label)
        if row not in rows:
            rows.append(row)
        if col not in cols:
            cols.append(col)
        values[(row, col)] = display(c.value)
    target = (display(d.location.row_label or ""), display(d.location.col_label or ""))
    # (plain text for the width, markup) of each body cell
    body: list[list[tuple[str, str]]] = []
    for row in rows:
        cells = []
        for col in cols:
            value = values.get((row, col), "")
            if value.strip():
                plain, shown = value, form.esc(value)
            else:
                plain, shown = "（空）", form.styled("dim", "（空）")
            if (row, col) == target:
                # Brackets as well as colour, so the cell stands out when the output is piped or printed.
                plain, shown = f"【{plain}】", form.styled("bold red", f"【{shown}】")
            cells.append((plain, shown))
        body.append(cells)
    title = form.styled("dim", f"表{d.cells[0].table}")
    grid = _grid(rows, cols, body, form, width)
    return [title, *(grid if grid is not None else _listed(rows, cols, body, form))]


def _grid(rows: list[str], cols: list[str], body: list[list[tuple[str, str]]], form: Form, width: int) -> list[str] | None:
    """The grid, or None when it cannot fit ``width`` even with its headers folded."""
    row_names = [r.split("/")[-1] for r in rows]
    headers = [c.split("/")[-1] for c in cols]
    label_width = max(min(16, max(len(r) for r in row_names) * 2), max(display_width(r) for r in row_names))
    value_widths = [max(display_width(row[j][0]) for row in body) for j in range(len(cols))]
    widths = [max(v, display_width(h)) for v, h in zip(value_widths, headers, strict=True)]
    # Too wide for the console: fold the widest headers that are wider than their values.
    while label_width + sum(widths) + len(GAP) * len(widths) > width:
        candidates = [j for j in range(len(widths)) if widths[j] > max(value_widths[j], LEAST_HEADER)]
        if not candidates:
            return None
        j = max(candidates, key=lambda k: widths[k])
        widths[j] = max(value_widths[j], LEAST_HEADER, (widths[j] + 1) // 2)
    header_pieces = [fold(h, w) for h, w in zip(headers, widths, strict=True)]
    depth = max((len(p) for p in header_pieces), default=1)
    lines = []
    for level in range(depth):
        parts = [" " * label_width]
        for pieces, w in zip(header_pieces, widths, strict=True):
            piece = pieces[level - depth + len(pieces)] if level >= depth - len(pieces) else ""
            parts.append(" " * (w - display_width(piece)) + (form.styled("bold", form.esc(piece)) if piece else ""))
        lines.append(GAP.join(parts).rstrip())
    lines.append("─" * (label_width + sum(widths) + len(GAP) * len(widths)))
    for name, cells in zip(row_names, body, strict=True):
        parts = [form.esc(name) + " " * (label_width - display_width(name))]
        for (plain, shown), w in zip(cells, widths, strict=True):
            parts.append(" " * (w - display_width(plain)) + shown)
        lines.append(GAP.join(parts).rstrip())
    return lines


def _listed(rows: list[str], cols: list[str], body: list[list[tuple[str, str]]], form: Form) -> list[str]:
    """One line per cell under its row label: ``  自然人        5``."""
    headers = [c.split("/")[-1] for c in cols]
    label_width = max(display_width(h) for h in headers)
    value_width = max(display_width(plain) for row in body for plain, _ in row)
    lines = []
    for row, cells in zip(rows, body, strict=True):
        lines.append(form.esc(row.split("/")[-1]))
        for header, (plain, shown) in zip(headers, cells, strict=True):
            pad = label_width - display_width(header) + len(GAP) + value_width - display_width(plain)
            lines.append(f"  {form.esc(header)}{' ' * pad}{shown}")
    return lines
