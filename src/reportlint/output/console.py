"""Text output in the style of ruff: ``CODE message``, `` --> path:line:col``, the source line with
the offending span underlined (width-aware for Chinese), a table excerpt with the offending cell
highlighted, a ``help:`` line, and a summary with counts per severity.

For .docx and PDF, which have no source lines, the location is given in terms a Word user can
find: ¶N (paragraph), 表N 第R行第C列 with both labels, the section, and a snippet to search for.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.diagnostics import Diagnostic, FileResult, Severity
from ..model.document import Location
from ..text.normalize import display_width
from .counts import Counts, RunStatus
from .excerpt import cell_excerpt
from .safetext import display, display_path
from .severity import labelled
from .terminal import plain_width

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


OPENING_CHARS = 10  # characters of a paragraph's opening words quoted after ¶N


def where(path: str, loc: Location) -> str:
    """`` --> `` target: path:line:col for text formats; for the others what a Word user can find:
    the page, ¶N with the paragraph's opening words (Word shows no paragraph numbers), 表N 第R行第C列
    — grid columns, said so when the row has merged cells, with the cell's place as Word counts it.
    Shown safely: a control character of the name or of the quoted words as \\uXXXX."""
    path = display_path(path)
    if loc.line is not None:
        return f"{path}:{loc.line}:{loc.column or 1}"
    parts = [path]
    if loc.page is not None:
        parts.append(f"第{loc.page}页")
    if loc.paragraph is not None and loc.table is None:
        opening = " ".join((loc.opening or loc.snippet or "").split())
        quoted = opening[:OPENING_CHARS] + ("…" if len(opening) > OPENING_CHARS else "")
        parts.append(f"¶{loc.paragraph}" + (f"「{display(quoted)}」" if quoted else ""))
    if loc.table is not None:
        cell = f"表{loc.table}"
        if loc.row is not None and loc.col is not None:
            cell += f" 第{loc.row}行第{loc.col}列"
            if loc.cell_number is not None:
                cell += f"（按网格计；本行有合并单元格，是从左数第{loc.cell_number}格）"
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
    shown = display(line_text.replace("\t", "    "))
    prefix = display(line_text[:start].replace("\t", "    "))
    span = display(line_text[start:end].replace("\t", "    ")) or " "
    return [(str(loc.line), shown), ("", " " * display_width(prefix) + "^" * max(1, display_width(span)))]


class _Markup:
    """How a line is marked up for rich: text escaped, styles as ``[style]...[/]``."""

    def __init__(self) -> None:
        from rich.markup import escape

        self.esc = lambda text: escape(display(text))

    @staticmethod
    def styled(style: str, inner: str) -> str:
        return f"[{style}]{inner}[/]"


class _Plain:
    """The same lines without colour: what rich prints for them when it has no colour to show."""

    @staticmethod
    def esc(text: str) -> str:
        return display(text)

    @staticmethod
    def styled(style: str, inner: str) -> str:
        return inner


# Characters rich treats specially when it prints (tabs expanded, some control codes dropped):
# a text holding one goes through rich even without colour.  A set (``isdisjoint``): the class
# ``[\x00-\x09\x0b-\x1f]`` it once was cost a compile at every start for output that holds none.
_RICH_SPECIAL = frozenset(map(chr, (*range(0x0A), *range(0x0B, 0x20))))


def render(results: Iterable[FileResult], stream: TextIO, quiet: bool = False, color: bool | None = None,
           show_summary: bool = True, status: RunStatus | None = None) -> None:
    """Write the findings, file by file as they come, and the summary, whose mark is the exit code's
    (``status``; without one, that of the default ``--fail-on error``).  Without colour (output to a
    file or a pipe, ``--color never``) the lines are written as they are, and rich is not imported
    (``terminal.py``): printing through rich cost more than the whole check of a small report."""
    width = plain_width(stream, color)
    console = None
    if width is None:
        console = _console(stream, color)
        width = console.width
    plain = console is None or console.color_system is None
    form = _Plain() if plain else _Markup()

    def emit(lines: list[str]) -> None:
        nonlocal console
        text = "\n".join(lines)
        if plain and _RICH_SPECIAL.isdisjoint(text):
            stream.write(text + "\n")
        elif plain:
            from rich.markup import escape

            console = console or _console(stream, color)
            console.print(escape(text))  # the plain text, literally: rich expands tabs, drops control codes
        else:
            console.print(text)

    tally = Counts()
    for result in results:
        tally.add(result)
        for d in result.diagnostics:
            # One print per finding: rich's per-call overhead dominated a folder's text output.
            emit(_diagnostic_lines(result, d, quiet, form, width))
    if show_summary and not quiet:
        emit([summary_line(tally.as_dict(), status, form)])


def _console(stream: TextIO, color: bool | None):  # type: ignore[no-untyped-def]
    """rich's Console for the text output (``color``: True always, False never, None on a terminal)."""
    from rich.console import Console

    return Console(file=stream, force_terminal=color, no_color=color is False, highlight=False, soft_wrap=True,
                   emoji=False)


def summary_line(counts: dict[str, int], status: RunStatus | None, form: _Markup | _Plain) -> str:
    """``✗ 4 个错误，0 个警告，0 条提示（检查了 1 个文件）``: ✗ exactly when the exit code is not 0."""
    status = status or RunStatus.from_counts(counts)
    parts = [f"{counts['errors']} 个错误", f"{counts['warnings']} 个警告", f"{counts['infos']} 条提示"]
    if counts["unverifiable"]:
        parts.append(f"{counts['unverifiable']} 项无法核对")
    checked = f"检查了 {counts['files']} 个文件"
    if status.internal_errors:
        checked += f"，{status.internal_errors} 个文件因内部错误未能检查"
    mark = status.mark(counts["files"])
    style = "bold red" if status.exit_code else "bold yellow" if status.failed or counts["warnings"] else "bold green"
    return form.styled(style, f"{mark + ' ' if mark else ''}{'，'.join(parts)}（{checked}）")


def _diagnostic_lines(result: FileResult, d: Diagnostic, quiet: bool, form: _Markup | _Plain, width: int) -> list[str]:
    """The lines of one finding, marked up for rich or plain (the last one empty: a blank line
    between findings)."""
    esc, styled = form.esc, form.styled
    loc = d.location
    lines = [f"{styled(_STYLE[d.severity], esc(d.code) + ' ' + labelled(d, result.pack_language))}{esc(d.message)}"]
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
        lines.extend(cell_excerpt(d, form, width))
    if d.help:
        lines.append(f"{styled('bold cyan', 'help')}: {esc(d.help)}")
    lines.append("")
    return lines
