"""How the ``--summary`` table is laid out for the width it has.

A reviewer reads it in a terminal of 80 or 100 columns as often as in a wide one, and a header
folded one character per line, or a file name cut to "./2023…", is no table at all.  So:

* file names are short: relative to the working folder when they are in it, and the folder all
  the files share is said once, in the title;
* the wide layout (one column per fact, nothing wrapped) is used when it fits, and always in a
  file or a pipe (as wide as it needs, up to ``FILE_WIDTH``);
* a narrower terminal gets the file names, then the worst findings wrapped within their columns;
  narrower still, six columns — the file, the report (agency, year, form version and pack, each on
  its own line), the three counts and the worst finding — each wrapped within its column and never
  narrower than its header; a pack all the files share is then said in the title;
* below the width even that needs (``NARROW_MIN``), one block of lines per file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

from ..text.normalize import display_width

FILE_WIDTH = 1000  # the widest table written to a file or pipe (no wrapping below that)
_WIDE = (("文件", "left"), ("机关", "left"), ("年度", "right"), ("格式版本", "left"), ("规则包", "left"),
         ("错误", "right"), ("警告", "right"), ("无法核对", "right"), ("最严重的问题", "left"))
_NARROW = (("文件", "left", 12), ("报告", "left", 14), ("错误", "right", 4), ("警告", "right", 4),
           ("无法核对", "right", 8), ("最严重的问题", "left", 16))  # (header, justify, least width)
_FOLDED = {"文件": 20, "最严重的问题": 24}  # the least width of the two columns the wide layout may wrap
_GAPS = 3  # between two columns of the SIMPLE_HEAVY box (padding, rule, padding)
NARROW_MIN = sum(w for *_, w in _NARROW) + _GAPS * (len(_NARROW) - 1) + 2


def short_paths(paths: Sequence[str], cwd: str | None = None) -> tuple[str, list[str]]:
    """(the folder every file is in, or "", each file's name below it): relative to the working
    folder for files inside it, as given for the others."""
    cwd = os.path.abspath(cwd or os.getcwd())
    shown = []
    for path in paths:
        absolute = os.path.normpath(os.path.join(cwd, path))
        inside = absolute == cwd or absolute.startswith(cwd.rstrip(os.sep) + os.sep)
        shown.append(os.path.relpath(absolute, cwd) if inside else path)
    folders = [p.split("/")[:-1] for p in (s.replace(os.sep, "/") for s in shown)]
    common: list[str] = []
    if folders:
        for parts in zip(*folders, strict=False):
            if len(set(parts)) != 1:
                break
            common.append(parts[0])
    if not common or common == [""]:
        return "", shown
    prefix = "/".join(common) + "/"
    return prefix, [s.replace(os.sep, "/")[len(prefix):] for s in shown]


def render(rows: Sequence, stream, color: bool | None, terminal: bool, width: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """Print the table for ``rows`` (``review.SummaryRow``) on ``stream``, laid out for ``width``
    (None: the terminal's, from COLUMNS or the terminal itself)."""
    from rich.console import Console

    folder, names = short_paths([r.path for r in rows])
    title = "审阅汇总" + (f"：{folder}" if folder else "")
    wide = _wide(title, rows, names)
    natural = _measure(wide)
    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False, emoji=False,
                      width=min(FILE_WIDTH, natural) if not terminal else width)
    widths = _column_widths(rows, names)
    spare = console.width - (sum(widths) - widths[0]) - _GAPS * (len(widths) - 1) - 4  # left for the file names
    if not terminal or natural <= console.width:
        console.print(wide)
    elif spare >= _FOLDED["文件"]:  # only the file names wrap
        console.print(_wide(title, rows, names, fold={"文件": spare}))
    elif sum(min(w, _FOLDED.get(h, w)) for w, (h, _) in zip(widths, _WIDE, strict=True)) \
            + _GAPS * (len(widths) - 1) + 4 <= console.width:  # the file names and the worst findings wrap
        console.print(_wide(title, rows, names, fold=_FOLDED))
    elif console.width >= NARROW_MIN:
        console.print(_narrow(title, rows, names))
    else:
        _blocks(console, title, rows, names)


def _measure(table) -> int:  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(width=FILE_WIDTH, file=io.StringIO()).measure(table).maximum


def _column_widths(rows: Sequence, names: list[str]) -> list[int]:
    """The natural width of each column of the wide layout."""
    columns = list(zip(*(_wide_cells(row, name) for row, name in zip(rows, names, strict=True)), strict=True))
    return [max(display_width(text) for text in (header, *cells)) for (header, _), cells in zip(_WIDE, columns, strict=True)]


def _wide_cells(row, name: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """A row of the wide layout as plain text."""
    return (name, row.agency or "—", row.year or "—", row.form or "—", row.pack or "—", str(row.errors),
            str(row.warnings), str(row.unverifiable), row.worst or "✓")


def _style(row) -> str:  # type: ignore[no-untyped-def]
    return "red" if row.errors else "yellow" if row.warnings else "green"


def _wide(title: str, rows: Sequence, names: list[str], fold: dict[str, int] | None = None):  # type: ignore[no-untyped-def]
    """One column per fact; the columns named in ``fold`` wrap, at least that wide, every other
    cell stays on one line."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left")
    for name, justify in _WIDE:
        least = (fold or {}).get(name)
        table.add_column(name, justify=justify, no_wrap=least is None, overflow="fold",  # type: ignore[arg-type]
                         min_width=least)
    for row, name in zip(rows, names, strict=True):
        cells = [escape(text) for text in _wide_cells(row, name)]
        cells[5] = f"[{_style(row)}]{cells[5]}[/]"
        table.add_row(*cells)
    return table


def _narrow(title: str, rows: Sequence, names: list[str]):  # type: ignore[no-untyped-def]
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    packs = {row.pack for row in rows}
    shared = packs.pop() if len(packs) == 1 and rows[0].pack else None
    table = Table(title=title + (f"（规则包 {shared}）" if shared else ""), box=box.SIMPLE_HEAVY, title_justify="left",
                  pad_edge=False)
    for name, justify, least in _NARROW:
        numeric = justify == "right"
        table.add_column(name, justify=justify, min_width=max(least, display_width(name)),  # type: ignore[arg-type]
                         no_wrap=numeric, overflow="fold", ratio=None if numeric else least)
    for row, name in zip(rows, names, strict=True):
        report = [row.agency or "—", *(x for x in (row.year, row.form) if x)]
        if not shared:
            report.append(row.pack or "—")
        table.add_row(escape(name), escape("\n".join(report)), f"[{_style(row)}]{row.errors}[/]", str(row.warnings),
                      str(row.unverifiable), escape(row.worst or "✓"))
    return table


def _blocks(console, title: str, rows: Sequence, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """One block per file, for a terminal too narrow for any table: the name, then its facts, its
    counts and its worst finding indented below it (wrapped lines indented too)."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.text import Text

    console.print(Text(title, style="italic"), overflow="fold")
    for row, name in zip(rows, names, strict=True):
        facts = " · ".join(x for x in (row.agency, row.year, row.form, row.pack) if x) or "—"
        console.print(Text(name, style="bold"), overflow="fold")
        counts = f"错误 [{_style(row)}]{row.errors}[/] · 警告 {row.warnings} · 无法核对 {row.unverifiable}"
        for line in (escape(facts), counts, escape(row.worst or "✓")):
            console.print(Padding(Text.from_markup(line, overflow="fold"), (0, 0, 0, 2)))
