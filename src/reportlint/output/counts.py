"""The counts every output ends with: files, findings per severity, unverifiable identities."""

from __future__ import annotations

from ..model.diagnostics import FileResult, Severity, Status


def summary(results: list[FileResult]) -> dict[str, int]:
    """Counts over all results: files, findings per severity, unverifiable identities."""
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
