"""Results and facts as plain data (JSON-able dicts), read back exactly as they were.

A large run keeps each file's result on disk until the output is written (``app/store.py``), so that
memory does not grow with the number of files.  Plain data, never pickle: what is read back can only
be values, whatever the file holds.
"""

from __future__ import annotations

from decimal import Decimal

from .diagnostics import CellRef, Diagnostic, FileResult, Severity, Status
from .document import Location
from .facts import CellFact, FileFacts, TableFacts

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_LOCATION = Location._fields
_CELLREF = CellRef._fields


def location_data(loc: Location) -> list[Any]:
    return [getattr(loc, name) for name in _LOCATION]


def location_from(data: list[Any]) -> Location:
    loc = Location(*data)
    if loc.bbox is not None:
        loc.bbox = tuple(loc.bbox)
    return loc


def _cellref_data(ref: CellRef) -> list[Any]:
    return [getattr(ref, name) for name in _CELLREF]


def diagnostic_data(d: Diagnostic) -> dict[str, Any]:
    return {"code": d.code, "rule": d.rule, "check": d.check, "severity": d.severity.value, "message": d.message,
            "location": location_data(d.location), "status": d.status.value, "expected": d.expected, "actual": d.actual,
            "cells": [_cellref_data(c) for c in d.cells], "help": d.help, "key": list(d.key), "related": list(d.related)}


def diagnostic_from(data: dict[str, Any]) -> Diagnostic:
    return Diagnostic(code=data["code"], rule=data["rule"], check=data["check"], severity=Severity(data["severity"]),
                      message=data["message"], location=location_from(data["location"]), status=Status(data["status"]),
                      expected=data["expected"], actual=data["actual"], cells=[CellRef(*c) for c in data["cells"]],
                      help=data["help"], key=tuple(data["key"]), related=list(data["related"]))


def _cell_data(cell: CellFact) -> list[Any]:
    return [None if cell.ref is None else _cellref_data(cell.ref), cell.label, location_data(cell.location), cell.kind,
            None if cell.value is None else str(cell.value), cell.quote]


def _cell_from(data: list[Any]) -> CellFact:
    ref, label, loc, kind, value, quote = data
    return CellFact(None if ref is None else CellRef(*ref), label, location_from(loc), kind,
                    None if value is None else Decimal(value), quote)


def tables_data(tables: dict[str, TableFacts]) -> dict[str, Any]:
    return {tid: {"location": location_data(t.location), "rows": list(t.rows), "cols": list(t.cols),
                  "cells": [[r, c, _cell_data(cell)] for (r, c), cell in t.cells.items()]}
            for tid, t in tables.items()}


def tables_from(data: dict[str, Any]) -> dict[str, TableFacts]:
    return {tid: TableFacts(tid, location_from(t["location"]), tuple(t["rows"]), tuple(t["cols"]),
                            {(r, c): _cell_from(cell) for r, c, cell in t["cells"]})
            for tid, t in data.items()}


def facts_data(facts: FileFacts) -> dict[str, Any]:
    """Every field of the facts: the plain ones as they are, the location and the tables as data."""
    out = {name: getattr(facts, name) for name in FileFacts._fields}
    out["location"], out["tables"] = location_data(facts.location), tables_data(facts.tables)
    return out


def facts_from(data: dict[str, Any]) -> FileFacts:
    fields = dict(data, location=location_from(data["location"]), tables=tables_from(data["tables"]))
    return FileFacts(**fields)


def result_data(result: FileResult) -> dict[str, Any]:
    return {"path": result.path, "format": result.format, "pack": result.pack, "report_year": result.report_year,
            "diagnostics": [diagnostic_data(d) for d in result.diagnostics], "pack_language": result.pack_language,
            "facts": None if result.facts is None else facts_data(result.facts),
            "quoted": [[n, text] for n, text in sorted(result.quoted.items())]}


def result_from(data: dict[str, Any]) -> FileResult:
    return FileResult(data["path"], data["format"], data["pack"], data["report_year"],
                      [diagnostic_from(d) for d in data["diagnostics"]], pack_language=data["pack_language"],
                      facts=None if data["facts"] is None else facts_from(data["facts"]),
                      quoted={n: text for n, text in data["quoted"]})
