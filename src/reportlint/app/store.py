"""The results of a run, kept in input order until the output is written — on disk when the run is large.

Output waits for the whole run: any file may receive cross-year findings once its previous year's
report is checked, and that report may come last.  What waits is a file's result (findings, facts,
quoted lines); so that memory does not grow with the number of files, past ``SPOOL_AFTER`` files the
results go to a temporary file as plain data (``model/serial.py``, never pickle) and only a small entry
per file stays in memory: what pairing, ``--summary`` and the exit code need.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model.diagnostics import Diagnostic, FileResult, Severity
from ..model.facts import FileFacts
from ..model.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SPOOL_AFTER = 200  # files held in memory before the results move to disk


class Entry(Record):
    """What stays in memory of each file: its facts without their cells, its settings, whether it failed."""

    __slots__ = ("path", "pack", "report_year", "facts", "settings", "failed")

    def __init__(self, path: str, pack: str | None, report_year: int | None, facts: FileFacts | None, settings: Any,
                 failed: bool) -> None:
        self.path = path
        self.pack = pack
        self.report_year = report_year
        self.facts = facts  # without its tables (those are in the stored result)
        self.settings = settings  # config.Settings of the file (selection, severities, fail-on)
        self.failed = failed

    def fails_with(self, severity: Severity) -> bool:
        """Whether a finding of this severity fails the run under the file's ``fail-on``."""
        fail_on = self.settings.fail_on
        return fail_on != "never" and severity.rank >= Severity(fail_on).rank


class RunStore:
    """The results of a run in input order (memory first, then a temporary file)."""

    def __init__(self, spool_after: int | None = None) -> None:
        self.entries: list[Entry] = []
        self._spool_after = SPOOL_AFTER if spool_after is None else spool_after
        self._memory: list[FileResult] = []
        self._file: Any = None  # the temporary file, once the run is large
        self._offsets: list[int] = []

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, result: FileResult, settings: Any, failed: bool) -> None:
        facts = result.facts
        light = facts.replace(tables={}) if facts is not None else None
        self.entries.append(Entry(result.path, result.pack, result.report_year, light, settings, failed))
        if self._file is None and len(self._memory) < self._spool_after:
            self._memory.append(result)
            return
        if self._file is None:
            import tempfile  # only past the in-memory limit: ~3 ms at start-up otherwise

            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - kept open for the run; close() removes it
            for kept in self._memory:
                self._write(kept)
            self._memory = []
        self._write(result)

    def _write(self, result: FileResult) -> None:
        from ..model.serial import result_data  # only a run past the in-memory limit serialises its results

        self._file.seek(0, 2)
        self._offsets.append(self._file.tell())
        # surrogatepass: a file name's undecodable bytes (lone surrogates) go to disk and come back as they were
        self._file.write(json.dumps(result_data(result), ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")

    def result(self, index: int) -> FileResult:
        """The full result of the file at ``index`` (read back from disk for a large run)."""
        if self._file is None:
            return self._memory[index]
        from ..model.serial import result_from

        self._file.seek(self._offsets[index])
        return result_from(json.loads(self._file.readline().decode("utf-8", "surrogatepass")))

    def results(self, added: dict[int, list[Diagnostic]] | None = None) -> Iterator[FileResult]:
        """Every result, in input order, with the findings ``added`` to it since (the cross-year ones)
        in their place."""
        for index in range(len(self.entries)):
            result = self.result(index)
            if added and index in added:
                result.diagnostics = sorted(result.diagnostics + added[index], key=Diagnostic.sort_key)
            yield result

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
