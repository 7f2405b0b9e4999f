"""Outputs: one module per format, each turning FileResults into text.  Outputs know nothing of
checks; they read Diagnostics (and, for table excerpts, the Document a result carries)."""

from __future__ import annotations

from ..model.diagnostics import FileResult, Severity, Status


def summary(results: list[FileResult]) -> dict[str, int]:
    counts = {"files": len(results), "errors": 0, "warnings": 0, "infos": 0, "unverifiable": 0}
    for result in results:
        for d in result.diagnostics:
            if d.status == Status.UNVERIFIABLE:
                counts["unverifiable"] += 1
            if d.severity == Severity.ERROR:
                counts["errors"] += 1
            elif d.severity == Severity.WARNING:
                counts["warnings"] += 1
            else:
                counts["infos"] += 1
    return counts
