"""Text output in the style of ruff: ``CODE message``, `` --> path:line:col``, the source line with
the offending span underlined (width-aware for Chinese), a table excerpt with the offending cell
highlighted, a ``help:`` line, and a summary with counts per severity.

For .docx and PDF, which have no source lines, the location is given in terms a Word user can
find: ¶N (paragraph), 表N 第R行第C列 with both labels, the section, and a snippet to search for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from ..model.diagnostics import Diagnostic, FileResult, Severity
from ..model.document import Location
from ..text.normalize import display_width
from .counts import Counts

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


def _source_excerpt(quoted: dict[int, str], d: Diagnostic) -> list[tuple[str, str]]:
    """(gutter, text) lines: the source line and a caret line under the span."""
    loc = d.location
    if loc.line is None:
        return []
    line_text = quoted.get(loc.line, "")
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


class _Markup:
    """How a line is marked up for rich: text escaped, styles as ``[style]...[/]``."""

    def __init__(self) -> None:
        from rich.markup import escape

        self.esc = escape

    @staticmethod
    def styled(style: str, inner: str) -> str:
        return f"[{style}]{inner}[/]"


class _Plain:
    """The same lines without colour: what rich prints for them when it has no colour to show."""

    @staticmethod
    def esc(text: str) -> str:
        return text

    @staticmethod
    def styled(style: str, inner: str) -> str:
        return inner


# Characters rich treats specially when it prints (tabs expanded, some control codes dropped):
# a text holding one goes through rich even without colour.
_RICH_SPECIAL = re.compile(r"[\x00-\x09\x0b-\x1f]")


def render(results: Iterable[FileResult], stream: TextIO, quiet: bool = False, color: bool | None = None,
           show_summary: bool = True) -> None:
    """Write the findings, file by file as they come, and the summary.  Without colour (output to a
    file or a pipe, ``--color never``) the lines are written as they are: printing them through rich
    cost more than the whole check of a small report (markup parsed and rendered again for every finding)."""
    from rich.console import Console

    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False,
                      soft_wrap=True, emoji=False)
    plain = console.color_system is None
    form = _Plain() if plain else _Markup()

    def emit(lines: list[str]) -> None:
        text = "\n".join(lines)
        if plain and not _RICH_SPECIAL.search(text):
            stream.write(text + "\n")
        elif plain:
            from rich.markup import escape

            console.print(escape(text))  # the plain text, literally: rich expands tabs, drops control codes
        else:
            console.print(text)

    tally = Counts()
    for result in results:
        tally.add(result)
        for d in result.diagnostics:
            # One print per finding: rich's per-call overhead dominated a folder's text output.
            emit(_diagnostic_lines(result, d, quiet, form, console.width))
    if show_summary and not quiet:
        counts = tally.as_dict()
        parts = [f"{counts['errors']} 个错误", f"{counts['warnings']} 个警告", f"{counts['infos']} 条提示"]
        if counts["unverifiable"]:
            parts.append(f"{counts['unverifiable']} 项无法核对")
        style = "bold red" if counts["errors"] else "bold yellow" if counts["warnings"] else "bold green"
        mark = "✗" if counts["errors"] or counts["warnings"] else "✓"
        emit([form.styled(style, f"{mark} {'，'.join(parts)}（检查了 {counts['files']} 个文件）")])


def _diagnostic_lines(result: FileResult, d: Diagnostic, quiet: bool, form: _Markup | _Plain, width: int) -> list[str]:
    """The lines of one finding, marked up for rich or plain (the last one empty: a blank line
    between findings)."""
    esc, styled = form.esc, form.styled
    loc = d.location
    lines = [f"{styled(_STYLE[d.severity], d.code)} {esc(d.message)}"
             + (" " + styled("dim", "(无法核对)") if d.status.value == "unverifiable" else "")]
    if quiet:
        lines.append(f" {styled('blue', '-->')} {esc(where(result.path, loc))}")
        return lines
    labels = _labels(loc)
    lines.append(f" {styled('blue', '-->')} {esc(where(result.path, loc))}"
                 + (f"  {styled('dim', esc(labels))}" if labels else ""))
    excerpt = _source_excerpt(result.quoted, d)
    if excerpt:
        gutter_width = max(len(g) for g, _ in excerpt)
        lines.append(f"{' ' * gutter_width} {styled('blue', '|')}")
        for gutter, text in excerpt:
            body = styled(_STYLE[d.severity], esc(text)) if not gutter else esc(text)
            lines.append(f"{styled('blue', gutter.rjust(gutter_width) + ' |')} {body}")
    elif loc.line is None and (loc.section or loc.snippet):
        if loc.section:
            lines.append("   " + styled("dim", f"章节：{esc(loc.section)}"))
        if loc.snippet:
            lines.append("   " + styled("dim", f"查找：{esc(loc.snippet)}"))
    if d.cells and len(d.cells) > 1:
        lines.extend(_cells_lines(d, form, width))
    if d.help:
        lines.append(f"{styled('bold cyan', 'help')}: {esc(d.help)}")
    lines.append("")
    return lines


_GAP = "   "  # between columns


def _fold(text: str, width: int) -> list[str]:
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


def _cells_lines(d: Diagnostic, form: _Markup | _Plain, width: int) -> list[str]:
    """The affected rows of the table as markup lines, the cell the finding points at highlighted.

    Laid out here rather than with rich.table (whose layout engine cost more than everything else
    in a folder's text output): the title 表N, a bold header with the last label segment of each column
    (folded over several lines when the table would not fit the console width), a rule, then one
    line per row label, the row labels left-aligned and the values right-aligned, widths counted
    in terminal cells.
    """
    escape, styled = form.esc, form.styled
    rows: list[str] = []
    cols: list[str] = []
    values: dict[tuple[str, str], str] = {}
    for c in d.cells:
        if c.row_label not in rows:
            rows.append(c.row_label)
        if c.col_label not in cols:
            cols.append(c.col_label)
        values[(c.row_label, c.col_label)] = c.value
    target = (d.location.row_label, d.location.col_label)
    row_names = [r.split("/")[-1] for r in rows]
    headers = [c.split("/")[-1] for c in cols]
    # (plain text for the width, markup) of each body cell
    body: list[list[tuple[str, str]]] = []
    for row in rows:
        cells = []
        for col in cols:
            value = values.get((row, col), "")
            if value.strip():
                plain, shown = value, escape(value)
            else:
                plain, shown = "（空）", styled("dim", "（空）")
            if (row, col) == target:
                # Brackets as well as colour, so the cell stands out when the output is piped or printed.
                plain, shown = f"【{plain}】", styled("bold red", f"【{shown}】")
            cells.append((plain, shown))
        body.append(cells)
    label_width = max(min(16, max(len(r) for r in row_names) * 2), max(display_width(r) for r in row_names))
    value_widths = [max(display_width(row[j][0]) for row in body) for j in range(len(cols))]
    header_widths = [display_width(h) for h in headers]
    widths = [max(v, h) for v, h in zip(value_widths, header_widths, strict=True)]
    # Too wide for the console: fold the widest headers that are wider than their values.
    while label_width + sum(widths) + len(_GAP) * len(widths) > width:
        candidates = [j for j in range(len(widths)) if widths[j] > max(value_widths[j], 2)]
        if not candidates:
            break
        j = max(candidates, key=lambda k: widths[k])
        widths[j] = max(value_widths[j], 2, (widths[j] + 1) // 2)
    header_pieces = [_fold(h, w) for h, w in zip(headers, widths, strict=True)]
    depth = max((len(p) for p in header_pieces), default=1)
    lines = [styled("dim", f"表{d.cells[0].table}")]
    for level in range(depth):
        parts = [" " * label_width]
        for pieces, w in zip(header_pieces, widths, strict=True):
            piece = pieces[level - depth + len(pieces)] if level >= depth - len(pieces) else ""
            parts.append(" " * (w - display_width(piece)) + (styled("bold", escape(piece)) if piece else ""))
        lines.append(_GAP.join(parts).rstrip())
    lines.append("─" * (label_width + sum(widths) + len(_GAP) * len(widths)))
    for name, cells in zip(row_names, body, strict=True):
        parts = [escape(name) + " " * (label_width - display_width(name))]
        for (plain, shown), w in zip(cells, widths, strict=True):
            parts.append(" " * (w - display_width(plain)) + shown)
        lines.append(_GAP.join(parts).rstrip())
    return lines
