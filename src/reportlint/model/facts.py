"""FileFacts: the small record of one checked file that the cross-document phase and the review outputs need.

A file is read and checked once.  What outlives the check is its findings and these facts: which
report it is (title, agency, year, form), which pack checked it, and the values of the few bound table
cells that the cross-year rules compare (``checks/crossyear/`` decides which).  Facts are plain
values, so a worker process sends them back with its findings and the parent never reads a file again.
"""

from __future__ import annotations

from decimal import Decimal

from .diagnostics import CellRef
from .document import Location
from .records import FrozenRecord, Record, set_field


class CellFact(FrozenRecord):
    """One bound cell: how a finding names it, where it is, and its value (None: blank or not a number).  Where the
    table does not say it, a sentence of the text may (``上年结转政府信息公开申请3件``): then ``ref`` is None and
    ``quote`` holds the words around the figure, ``location`` the sentence's."""

    __slots__ = ("ref", "label", "location", "kind", "value", "quote")

    def __init__(self, ref: CellRef | None, label: str, location: Location, kind: str, value: Decimal | None,
                 quote: str | None = None) -> None:
        set_field(self, "ref", ref)
        set_field(self, "label", label)  # the cell's row and column labels, as messages name it
        set_field(self, "location", location)
        set_field(self, "kind", kind)  # text.normalize.CellKind
        set_field(self, "value", value)
        set_field(self, "quote", quote)  # the text's words, when the figure comes from a sentence


class TableFacts(Record):
    """What a file's table holds of the keys some rule compares: which keys were found, and their cells."""

    __slots__ = ("id", "location", "rows", "cols", "cells")

    def __init__(self, id: str, location: Location, rows: tuple[str, ...], cols: tuple[str, ...],
                 cells: dict[tuple[str, str], CellFact]) -> None:
        self.id = id
        self.location = location
        self.rows = rows  # the row keys bound in the document
        self.cols = cols
        self.cells = cells  # (row key, column key) -> the cell

    @property
    def from_text(self) -> bool:
        """Only sentences of the text state its figures: the table itself was not found."""
        return bool(self.cells) and all(cell.ref is None for cell in self.cells.values())


class FileFacts(Record):
    """One checked file, as the cross-document phase and ``--summary`` see it."""

    __slots__ = ("path", "format", "title", "agency", "level", "report_year", "form", "form_name", "pack", "pack_path",
                 "pack_language", "location", "tables")

    def __init__(self, path: str, format: str, title: str | None = None, agency: str | None = None,
                 level: str | None = None, report_year: int | None = None, form: str | None = None, form_name: str | None = None,
                 pack: str | None = None, pack_path: str | None = None, pack_language: str = "zh",
                 location: Location | None = None, tables: dict[str, TableFacts] | None = None) -> None:
        self.path = path
        self.format = format
        self.title = title
        self.agency = agency  # the agency the title names ("淮安市洪泽区人民政府")
        # its level (analysis/agency.py): province, city, county, district, town, street, department
        self.level = level
        self.report_year = report_year
        self.form = form  # the form version the tables are in (a pack's version.forms id), when detected
        self.form_name = form_name
        self.pack = pack
        self.pack_path = pack_path
        self.pack_language = pack_language
        self.location = Location() if location is None else location  # the document's first block
        self.tables = {} if tables is None else tables  # only tables a cross-year rule compares
