"""``--summary``: one row per file for an office that reviews a folder of reports, and the progress
bar shown on stderr while a large folder is checked.

Columns: agency (from the title), year, the form version the tables are in, the pack (all from the
file's facts, ``model/facts.py``), errors, warnings, unverifiable identities and the worst finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model.diagnostics import Diagnostic, FileResult, Severity, Status
from ..model.records import Record
from ..text.normalize import display_width
from .safetext import display, display_path
from .terminal import is_terminal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO, TypeVar

    T = TypeVar("T")

PROGRESS_MIN_FILES = 5  # below this a progress bar only flickers
WORST_WIDTH = 48  # display cells of the worst finding's message shown in the table


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
    """One file's line of the review table, as shown: a control character or an undecodable byte as \\uXXXX."""
    d = worst(result.diagnostics)
    return SummaryRow(
        path=display_path(result.path),
        agency=display((result.facts.agency if result.facts is not None and result.pack else None) or ""),
        year=str(result.report_year) if result.report_year is not None else "",
        form=display(form_version(result)), pack=display(result.pack or ""),
        errors=sum(1 for x in result.diagnostics if x.severity == Severity.ERROR),
        warnings=sum(1 for x in result.diagnostics if x.severity == Severity.WARNING),
        unverifiable=sum(1 for x in result.diagnostics if x.status == Status.UNVERIFIABLE),
        worst=display(f"{d.code} {clip(d.message, WORST_WIDTH)}") if d is not None else "",
    )


def rows(results: Iterable[FileResult]) -> list[SummaryRow]:
    return [row(result) for result in results]


def render(summary_rows: list[SummaryRow], stream: TextIO, color: bool | None = None, width: int | None = None) -> None:
    """The review table, after the findings, laid out for the terminal's width (``width``: None for
    the terminal's own) or, in a file or a pipe, as wide as it needs (``summarytable.py``)."""
    from . import summarytable

    summarytable.render(summary_rows, stream, color, is_terminal(stream), width)


def progress(items: Iterable[T], total: int, enabled: bool, stream: TextIO, color: bool | None = None) -> Iterator[T]:
    """Yield the items (``(path, ...)`` outcomes as they complete), with a progress bar on ``stream``
    when it is a terminal and the run is large.  The bar is transient: nothing of it stays.  It is
    drawn without colour or any other style with ``--color never`` or ``NO_COLOR`` (only the cursor
    moves that redraw it)."""
    if not enabled or total < PROGRESS_MIN_FILES or not is_terminal(stream):
        yield from items
        return
    import os

    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    plain = color is False or (color is None and os.environ.get("NO_COLOR", "") != "")
    console = Console(file=stream, force_terminal=True, color_system=None if plain else "auto")
    with Progress(TextColumn("检查中"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=console, transient=True) as bar:
        task = bar.add_task("", total=total)
        for item in items:
            bar.update(task, description=escape(display_path(str(item[0]))) if isinstance(item, tuple) and item else "")
            yield item
            bar.advance(task)


__all__: Iterable[str] = ["SummaryRow", "form_version", "progress", "render", "rows", "worst"]
