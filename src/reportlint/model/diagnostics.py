"""Diagnostics: what every check yields and every output prints.

A diagnostic carries enough to act on without opening a calculator: the identity, the expected
and actual values and every cell involved.  Its fingerprint is built from the rule, the labels and
the values, never from line numbers, so baselines and suppressions survive edits elsewhere.
"""

from __future__ import annotations

from enum import StrEnum

from .document import Location
from .records import FrozenRecord, Record, set_field

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Status(StrEnum):
    FAIL = "fail"
    UNVERIFIABLE = "unverifiable"


CHECK_KINDS = (
    "input", "sections", "tables", "arithmetic", "values", "dates", "prose", "version", "crossdoc",
)


class CellRef(FrozenRecord):
    """A table cell a finding involves, with both labels and the value as written."""

    __slots__ = ("table", "row", "col", "row_label", "col_label", "value")

    def __init__(self, table: int, row: int, col: int, row_label: str, col_label: str, value: str) -> None:
        set_field(self, "table", table)
        set_field(self, "row", row)  # 1-based
        set_field(self, "col", col)  # 1-based
        set_field(self, "row_label", row_label)
        set_field(self, "col_label", col_label)
        set_field(self, "value", value)

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table, "row": self.row, "col": self.col,
            "row_label": self.row_label, "col_label": self.col_label, "value": self.value,
        }


class Diagnostic(Record):
    """One finding: what rule, where, what was expected and found, and the cells involved."""

    __slots__ = ("code", "rule", "check", "severity", "message", "location", "status", "expected", "actual", "cells",
                 "help", "key", "related")

    def __init__(
        self,
        code: str,
        rule: str,
        check: str,
        severity: Severity,
        message: str,
        location: Location | None = None,
        status: Status = Status.FAIL,
        expected: str | None = None,
        actual: str | None = None,
        cells: list[CellRef] | None = None,
        help: str | None = None,
        # Extra values that identify the finding for its fingerprint (labels, the number in prose...).
        key: tuple[str, ...] = (),
        # The file it was found in, for cross-document findings that name another file too.
        related: list[str] | None = None,
    ) -> None:
        self.code = code
        self.rule = rule
        self.check = check
        self.severity = severity
        self.message = message
        self.location = Location() if location is None else location
        self.status = status
        self.expected = expected
        self.actual = actual
        self.cells = [] if cells is None else cells
        self.help = help
        self.key = key
        self.related = [] if related is None else related

    def fingerprint_parts(self) -> tuple[str, ...]:
        """What identifies the finding whatever its line: what ``fingerprint`` digests, and what the
        engine compares to report each finding once (no digest needed for that)."""
        loc = self.location
        parts = [
            self.rule, self.check, loc.section or "", loc.row_label or "", loc.col_label or "",
            self.expected or "", self.actual or "", *self.key,
            *(f"{c.row_label}|{c.col_label}|{c.value}" for c in self.cells),
        ]
        if not (loc.row_label or loc.col_label or self.cells or self.key):
            parts.append(loc.snippet or "")
        return tuple(parts)

    @property
    def fingerprint(self) -> str:
        import hashlib  # only JSON/SARIF output and baselines need it: not imported at start-up (~4 ms)

        return hashlib.sha256("\x1f".join(self.fingerprint_parts()).encode("utf-8")).hexdigest()[:16]

    def sort_key(self) -> tuple:
        loc = self.location
        return (
            loc.line or 0, loc.paragraph or 0, loc.page or 0, loc.table or 0, loc.row or 0,
            loc.col or 0, loc.column or 0, self.code, self.rule, self.message,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "check": self.check,
            "severity": self.severity.value,
            "status": self.status.value,
            "message": self.message,
            "location": self.location.to_json(),
            "expected": self.expected,
            "actual": self.actual,
            "cells": [c.to_json() for c in self.cells],
            "fingerprint": self.fingerprint,
            "help": self.help,
            "related": list(self.related),  # other files a cross-document finding names
        }


class FileResult(Record):
    """The outcome for one input file: what was read, which pack ran, what was found.

    ``facts`` is what the cross-document phase and the review outputs need of the file
    (``model/facts.py``); ``quoted`` holds the source lines (Markdown and text) that the text output
    may show under a finding — of the findings and of the cells a cross-year finding may point at —
    so that the file's text is not kept.  Neither is part of the JSON output."""

    __slots__ = ("path", "format", "pack", "report_year", "diagnostics", "pack_language", "facts", "quoted")

    def __init__(self, path: str, format: str, pack: str | None, report_year: int | None, diagnostics: list[Diagnostic],
                 pack_language: str = "zh", facts: Any = None, quoted: dict[int, str] | None = None) -> None:
        self.path = path
        self.format = format
        self.pack = pack
        self.report_year = report_year
        self.diagnostics = diagnostics
        self.pack_language = pack_language
        self.facts = facts  # FileFacts, or None for a file that could not be read
        self.quoted = {} if quoted is None else quoted  # line number -> the source line

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "pack": self.pack,
            "report_year": self.report_year,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


class InputError(Exception):
    """A file that cannot be read as a report.  ``reason`` is one line; ``hint`` says what to do."""

    def __init__(self, reason: str, hint: str = "", code: str = "RL101"):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint
        self.code = code


class ConfigError(Exception):
    """A pack or configuration mistake: names the file, the line and the key; exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 key: str | None = None):
        self.path, self.line, self.key, self.message = path, line, key, message
        where = path or ""
        if line is not None:
            where += f":{line}"
        prefix = f"{where}: " if where else ""
        keypart = f"{key}: " if key else ""
        super().__init__(f"{prefix}{keypart}{message}")


class UsageError(Exception):
    """The command line asks for something impossible (a missing file, a bad date); exit code 2."""
