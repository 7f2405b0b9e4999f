"""The counts every output ends with: files, findings per severity, unverifiable identities."""

from __future__ import annotations

from collections.abc import Iterable

from ..model.diagnostics import FileResult, Severity, Status


class Counts:
    """Counts kept as results go by, so that an output never needs every result at once."""

    __slots__ = ("errors", "files", "infos", "unverifiable", "warnings")

    def __init__(self) -> None:
        self.files = self.errors = self.warnings = self.infos = self.unverifiable = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        for d in result.diagnostics:
            if d.status == Status.UNVERIFIABLE:
                self.unverifiable += 1
            if d.severity == Severity.ERROR:
                self.errors += 1
            elif d.severity == Severity.WARNING:
                self.warnings += 1
            else:
                self.infos += 1

    def as_dict(self) -> dict[str, int]:
        return {"files": self.files, "errors": self.errors, "warnings": self.warnings, "infos": self.infos,
                "unverifiable": self.unverifiable}


def summary(results: Iterable[FileResult]) -> dict[str, int]:
    """Counts over all results: files, findings per severity, unverifiable identities."""
    counts = Counts()
    for result in results:
        counts.add(result)
    return counts.as_dict()
