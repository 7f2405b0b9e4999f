"""Outputs: one module per format, each turning FileResults into text, and one place that picks it.

Outputs know nothing of checks: they render findings and each file's facts (agency, year, form), and,
for the text format's excerpts, the source text a result carries.  ``render`` is the only way the
application prints results, whatever the format, so every format gets the same results in the same
order (and ``--jobs N`` cannot make one format differ from another).
"""

from __future__ import annotations

from typing import TextIO

from ..model.diagnostics import FileResult
from ..model.records import Record

FORMATS = ("text", "json", "sarif", "github", "concise", "html")


class OutputOptions(Record):
    """How results are printed: the format and what the text format adds."""

    __slots__ = ("format", "color", "quiet", "summary", "statistics", "rule_docs")

    def __init__(self, format: str = "text", color: bool | None = None, quiet: bool = False, summary: bool = False,
                 statistics: bool = False, rule_docs: dict[str, tuple[str, str]] | None = None) -> None:
        self.format = format
        self.color = color  # None: colour when the stream is a terminal
        self.quiet = quiet
        self.summary = summary  # the review table after the findings (text)
        self.statistics = statistics  # counts per rule instead of the findings
        self.rule_docs = rule_docs  # rule id -> (summary, documentation), for SARIF's rule list


def render(results: list[FileResult], stream: TextIO, options: OutputOptions) -> None:
    """Write the results to ``stream`` in the chosen format.  Each format's module is imported only
    when it is used (the JSON output never imports rich)."""
    fmt = options.format
    if options.statistics:
        from . import statistics

        stream.write(statistics.render(results, fmt))
        return
    if fmt == "text":
        from . import console

        console.render(results, stream, quiet=options.quiet, color=options.color)
        if options.summary:
            from . import review

            review.render(results, stream, color=options.color)
        return
    if fmt == "json":
        from . import json

        stream.write(json.render(results))
    elif fmt == "sarif":
        from . import sarif

        stream.write(sarif.render(results, options.rule_docs or {}))
    elif fmt == "github":
        from . import github

        stream.write(github.render(results))
    elif fmt == "concise":
        from . import concise

        stream.write(concise.render(results))
    elif fmt == "html":
        from . import html

        stream.write(html.render(results))
    else:
        raise ValueError(f"unknown output format {fmt!r}")
