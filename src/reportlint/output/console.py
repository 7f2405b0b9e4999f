"""Text output in the style of ruff: ``CODE message``, `` --> path:line:col``, the source line with
the offending span underlined (width-aware for Chinese), a table excerpt with the offending cell
highlighted, a ``help:`` line, and a summary with counts per severity.

For .docx and PDF, which have no source lines, the location is given in terms a Word user can
find: ¶N (paragraph), 表N 第R行第C列 with both labels, the section, and a snippet to search for.
"""

from __future__ import annotations

from typing import TextIO

from ..diagnostics import Diagnostic, FileResult, Severity
from ..model import Document, Location
from ..text import display_width
from . import summary

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


def where(path: str, loc: Location) -> str:
    """`` --> `` target: path:line:col for text formats; ¶, 表, page for the others."""
    if loc.line is not None:
        return f"{path}:{loc.line}:{loc.column or 1}"
    parts = [path]
    if loc.page is not None:
        parts.append(f"第{loc.page}页")
    if loc.paragraph is not None and loc.table is None:
        parts.append(f"¶{loc.paragraph}")
    if loc.table is not None:
        cell = f"表{loc.table}"
        if loc.row is not None and loc.col is not None:
            cell += f" 第{loc.row}行第{loc.col}列"
        parts.append(cell)
    return " ".join(parts)


def _labels(loc: Location) -> str:
    labels = [x for x in (loc.row_label, loc.col_label) if x]
    return " × ".join(labels)


def _source_excerpt(doc: Document | None, d: Diagnostic) -> list[tuple[str, str]]:
    """(gutter, text) lines: the source line and a caret line under the span."""
    loc = d.location
    if doc is None or doc.source is None or loc.line is None:
        return []
    line_text = doc.source_line(loc.line)
    if not line_text.strip():
        return []
    start = (loc.column or 1) - 1
    if loc.end_line == loc.line and loc.end_column:
        end = max(loc.end_column - 1, start + 1)
    else:
        end = len(line_text.rstrip()) if start < len(line_text) else start + 1
    shown = line_text.replace("\t", "    ")
    prefix = line_text[:start].replace("\t", "    ")
    span = line_text[start:end].replace("\t", "    ") or " "
    return [(str(loc.line), shown), ("", " " * display_width(prefix) + "^" * max(1, display_width(span)))]


def render(results: list[FileResult], stream: TextIO, quiet: bool = False, color: bool | None = None,
           show_summary: bool = True) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table as RichTable

    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False,
                      soft_wrap=True, emoji=False)
    for result in results:
        for d in result.diagnostics:
            loc = d.location
            console.print(f"[{_STYLE[d.severity]}]{d.code}[/] {escape(d.message)}"
                          + (" [dim](无法核对)[/]" if d.status.value == "unverifiable" else ""))
            if quiet:
                console.print(f" [blue]-->[/] {escape(where(result.path, loc))}")
                continue
            console.print(f" [blue]-->[/] {escape(where(result.path, loc))}"
                          + (f"  [dim]{escape(_labels(loc))}[/]" if _labels(loc) else ""))
            excerpt = _source_excerpt(result.document, d)
            if excerpt:
                width = max(len(g) for g, _ in excerpt)
                console.print(f"{' ' * width} [blue]|[/]")
                for gutter, text in excerpt:
                    style = _STYLE[d.severity] if not gutter else ""
                    body = f"[{style}]{escape(text)}[/]" if style else escape(text)
                    console.print(f"[blue]{gutter.rjust(width)} |[/] {body}")
            elif loc.line is None and (loc.section or loc.snippet):
                if loc.section:
                    console.print(f"   [dim]章节：{escape(loc.section)}[/]")
                if loc.snippet:
                    console.print(f"   [dim]查找：{escape(loc.snippet)}[/]")
            if d.cells and len(d.cells) > 1:
                console.print(_cells_table(d, RichTable))
            if d.help:
                console.print(f"[bold cyan]help[/]: {escape(d.help)}")
            console.print()
    if show_summary and not quiet:
        counts = summary(results)
        parts = [f"{counts['errors']} 个错误", f"{counts['warnings']} 个警告", f"{counts['infos']} 条提示"]
        if counts["unverifiable"]:
            parts.append(f"{counts['unverifiable']} 项无法核对")
        style = "bold red" if counts["errors"] else "bold yellow" if counts["warnings"] else "bold green"
        mark = "✗" if counts["errors"] or counts["warnings"] else "✓"
        console.print(f"[{style}]{mark} {'，'.join(parts)}（检查了 {counts['files']} 个文件）[/]")


def _cells_table(d: Diagnostic, table_cls):
    """The affected rows of the table, the cell the finding points at highlighted."""
    from rich import box
    from rich.markup import escape

    rows: list[str] = []
    cols: list[str] = []
    values: dict[tuple[str, str], str] = {}
    for c in d.cells:
        if c.row_label not in rows:
            rows.append(c.row_label)
        if c.col_label not in cols:
            cols.append(c.col_label)
        values[(c.row_label, c.col_label)] = c.value
    table = table_cls(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title_justify="left",
                      title=f"表{d.cells[0].table}", title_style="dim")
    table.add_column("", min_width=min(16, max(len(r.split("/")[-1]) for r in rows) * 2), overflow="fold")
    for col in cols:
        table.add_column(escape(col.split("/")[-1]), justify="right", overflow="fold")
    target = (d.location.row_label, d.location.col_label)
    for row in rows:
        cells = []
        for col in cols:
            value = values.get((row, col), "")
            shown = escape(value) if value.strip() else "[dim]（空）[/]"
            # Brackets as well as colour, so the cell stands out when the output is piped or printed.
            cells.append(f"[bold red]【{shown}】[/]" if (row, col) == target else shown)
        table.add_row(escape(row.split("/")[-1]), *cells)
    return table
