"""``--summary``: one row per file for an office that reviews a folder of reports, and the progress
bar shown on stderr while a large folder is checked.

Columns: agency (from the title), year, the form version the tables are in, the pack (all from the
file's facts, ``model/facts.py``), errors, warnings, unverifiable identities and the worst finding.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

from ..model.diagnostics import Diagnostic, FileResult, Severity, Status
from ..model.records import Record
from ..text.normalize import display_width

T = TypeVar("T")
PROGRESS_MIN_FILES = 5  # below this a progress bar only flickers
WORST_WIDTH = 48  # display cells of the worst finding's message shown in the table
FILE_WIDTH = 1000  # the widest summary table written to a file or pipe (no wrapping below that)


class SummaryRow(Record):
    __slots__ = ("path", "agency", "year", "form", "pack", "errors", "warnings", "unverifiable", "worst")

    def __init__(self, path: str, agency: str, year: str, form: str, pack: str, errors: int, warnings: int, unverifiable: int,
                 worst: str) -> None:
        self.path = path
        self.agency = agency
        self.year = year
        self.form = form
        self.pack = pack
        self.errors = errors
        self.warnings = warnings
        self.unverifiable = unverifiable
        self.worst = worst


def form_version(result: FileResult) -> str:
    """The form version the report's tables are in ("2021年版格式"), or "" when not detected."""
    facts = result.facts
    return (facts.form_name or facts.form or "") if facts is not None else ""


def worst(diagnostics: list[Diagnostic]) -> Diagnostic | None:
    """The most severe finding (a failure before an unverifiable one), the first in the file on a tie."""
    best: Diagnostic | None = None
    for d in diagnostics:
        rank = (d.severity.rank, d.status == Status.FAIL)
        if best is None or rank > (best.severity.rank, best.status == Status.FAIL):
            best = d
    return best


def clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def row(result: FileResult) -> SummaryRow:
    """One file's line of the review table."""
    d = worst(result.diagnostics)
    return SummaryRow(
        path=result.path,
        agency=(result.facts.agency if result.facts is not None and result.pack else None) or "",
        year=str(result.report_year) if result.report_year is not None else "",
        form=form_version(result), pack=result.pack or "",
        errors=sum(1 for x in result.diagnostics if x.severity == Severity.ERROR),
        warnings=sum(1 for x in result.diagnostics if x.severity == Severity.WARNING),
        unverifiable=sum(1 for x in result.diagnostics if x.status == Status.UNVERIFIABLE),
        worst=f"{d.code} {clip(d.message, WORST_WIDTH)}" if d is not None else "",
    )


def rows(results: Iterable[FileResult]) -> list[SummaryRow]:
    return [row(result) for result in results]


def render(summary_rows: list[SummaryRow], stream: TextIO, color: bool | None = None) -> None:
    """The review table, after the findings."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    terminal = _is_terminal(stream)
    table = Table(title="审阅汇总", box=box.SIMPLE_HEAVY, title_justify="left")
    for name, justify in (("文件", "left"), ("机关", "left"), ("年度", "right"), ("格式版本", "left"),
                          ("规则包", "left"), ("错误", "right"), ("警告", "right"), ("无法核对", "right"),
                          ("最严重的问题", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for line in summary_rows:
        style = "red" if line.errors else "yellow" if line.warnings else "green"
        table.add_row(escape(line.path), escape(line.agency or "—"), line.year or "—", escape(line.form or "—"),
                      escape(line.pack or "—"), f"[{style}]{line.errors}[/]", str(line.warnings), str(line.unverifiable),
                      escape(line.worst or "✓"))
    width = None
    if not terminal:  # a file or a pipe: as wide as the table needs, so that no cell is cut or wrapped
        wide = Console(width=FILE_WIDTH, file=io.StringIO())
        width = min(FILE_WIDTH, wide.measure(table).maximum)
    console = Console(file=stream, force_terminal=color, no_color=color is False, highlight=False, emoji=False,
                      width=width)
    console.print(table)


def progress(items: Iterable[T], total: int, enabled: bool, stream: TextIO) -> Iterator[T]:
    """Yield the items (``(path, ...)`` outcomes as they complete), with a progress bar on ``stream``
    when it is a terminal and the run is large.  The bar is transient: nothing of it stays."""
    if not enabled or total < PROGRESS_MIN_FILES or not _is_terminal(stream):
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=stream)
    with Progress(TextColumn("检查中"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=console, transient=True) as bar:
        task = bar.add_task("", total=total)
        for item in items:
            bar.update(task, description=str(item[0]) if isinstance(item, tuple) and item else "")
            yield item
            bar.advance(task)


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


__all__: Iterable[str] = ["SummaryRow", "form_version", "progress", "render", "rows", "worst"]
