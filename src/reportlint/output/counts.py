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


class RunStatus:
    """How the run ends, for the line the text output ends with: its exit code, whether something
    reached ``--fail-on`` (with ``--exit-zero`` the code is 0 all the same), and how many files
    could not be checked for an internal error."""

    __slots__ = ("exit_code", "failed", "internal_errors")

    def __init__(self, exit_code: int, failed: bool, internal_errors: int = 0) -> None:
        self.exit_code = exit_code
        self.failed = failed
        self.internal_errors = internal_errors

    @classmethod
    def from_counts(cls, counts: dict[str, int]) -> RunStatus:
        """The status of the default ``--fail-on error``, for a caller that ran no command."""
        return cls(1 if counts["errors"] else 0, bool(counts["errors"]))

    def mark(self, files: int) -> str:
        """✗ exactly when the exit code is not 0; ✓ when nothing reached --fail-on in at least one
        file; nothing when there is nothing to pass (no file) or --exit-zero hid a failure."""
        if self.exit_code:
            return "✗"
        return "✓" if files and not self.failed else ""
