"""``--format github``: GitHub Actions workflow commands, one annotation per finding::

    ::error file=report.md,line=70,col=17,endLine=70,endColumn=19,title=RL401 t3.balance::message

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and silently drops
the rest; when that would happen, a ``::notice`` line first says how many findings are not shown
as annotations (they are all still in the log).  .docx findings carry no line: the paragraph or
cell is put in front of the message.
"""

from __future__ import annotations

from ..model.diagnostics import FileResult, Severity
from .safetext import display, display_path

LIMIT = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message: its own escapes for %, CR and LF, and every other character that
    could act on the log's terminal rendering as \\uXXXX (``safetext.display``)."""
    return display(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult]) -> str:
    from .concise import position

    lines = []
    counts = {"error": 0, "warning": 0, "notice": 0}
    for result in results:
        for d in result.diagnostics:
            command = _COMMAND[d.severity]
            counts[command] += 1
            loc = d.location
            props = [f"file={escape_property(display_path(result.path))}"]
            message = d.message
            if loc.line is not None:
                props.append(f"line={loc.line}")
                props.append(f"col={loc.column or 1}")
                if loc.end_line is not None:
                    props.append(f"endLine={loc.end_line}")
                if loc.end_column is not None and loc.end_line == loc.line:
                    props.append(f"endColumn={loc.end_column}")
            else:
                where = position(loc, human=True)
                if where:
                    message = f"{where}：{message}"
            if d.help:
                message += f"\n{d.help}"
            props.append(f"title={escape_property(f'{d.code} {d.rule}')}")
            lines.append(f"::{command} {','.join(props)}::{escape_data(message)}")
    over = any(n > LIMIT for n in counts.values())
    if over:
        # The summary is itself a notice: it comes first so that it is never the one dropped.
        dropped_errors = max(0, counts["error"] - LIMIT)
        dropped_warnings = max(0, counts["warning"] - LIMIT)
        dropped_notices = max(0, counts["notice"] - (LIMIT - 1))
        total = sum(counts.values())
        summary = (f"reportlint: {total} findings ({counts['error']} errors, {counts['warning']} warnings, "
                   f"{counts['notice']} notices); GitHub shows at most {LIMIT} of each kind per step, so "
                   f"{dropped_errors} errors, {dropped_warnings} warnings and {dropped_notices} notices "
                   f"are not shown as annotations: see the log")
        lines.insert(0, f"::notice title=reportlint::{escape_data(summary)}")
    return "".join(line + "\n" for line in lines)
