"""Outputs: one module per format, each turning FileResults into text, and one place that picks it.

Outputs know nothing of checks: they render findings and each file's facts (agency, year, form), and,
for the text format's excerpts, the source text a result carries.  ``render`` is the only way the
application prints results, whatever the format, so every format gets the same results in the same
order (and ``--jobs N`` cannot make one format differ from another).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..model.diagnostics import FileResult
from ..model.records import Record
from .counts import RunStatus

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

FORMATS = ("text", "json", "jsonl", "sarif", "github", "concise", "html")


class OutputOptions(Record):
    """How results are printed: the format and what the text format adds."""

    __slots__ = ("format", "color", "quiet", "summary", "statistics", "rule_docs", "status")

    def __init__(self, format: str = "text", color: bool | None = None, quiet: bool = False, summary: bool = False,
                 statistics: bool = False, rule_docs: dict[str, tuple[str, str]] | None = None,
                 status: RunStatus | None = None) -> None:
        self.format = format
        self.color = color  # None: colour when the stream is a terminal
        self.quiet = quiet
        self.summary = summary  # the review table after the findings (text)
        self.statistics = statistics  # counts per rule instead of the findings
        self.rule_docs = rule_docs  # rule id -> (summary, documentation), for SARIF's rule list
        self.status = status  # the exit code and why, for the text output's last line (None: from the counts)


def render(results: Iterable[FileResult], stream: TextIO, options: OutputOptions) -> None:
    """Write the results to ``stream`` in the chosen format.  The text, JSON, JSON Lines, concise and
    statistics outputs take the results one at a time; SARIF, GitHub annotations and the HTML page
    need them all (their size is that of one review).  Each format's module is imported only when it
    is used (the JSON output never imports rich)."""
    fmt = options.format
    if options.statistics:
        from . import statistics

        stream.write(statistics.render(results, fmt))
    elif fmt == "text":
        from . import console, review

        rows: list = []
        console.render(_tap(results, rows, review.row) if options.summary else results, stream, quiet=options.quiet,
                       color=options.color, status=options.status)
        if options.summary:
            review.render(rows, stream, color=options.color)
    elif fmt in ("json", "jsonl"):
        from . import json

        (json.write if fmt == "json" else json.write_lines)(results, stream)
    elif fmt == "concise":
        from . import concise

        for result in results:
            stream.write(concise.render([result]))
    elif fmt == "sarif":
        from . import sarif

        stream.write(sarif.render(list(results), options.rule_docs or {}))
    elif fmt == "github":
        from . import github

        stream.write(github.render(list(results)))
    elif fmt == "html":
        from . import html

        stream.write(html.render(list(results)))
    else:
        raise ValueError(f"unknown output format {fmt!r}")


def _tap(results: Iterable[FileResult], rows: list, make_row: Callable[[FileResult], object]) -> Iterator[FileResult]:
    """The results, each also made into a row of the review table on its way."""
    for result in results:
        rows.append(make_row(result))
        yield result
