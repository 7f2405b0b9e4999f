"""A compiled rule pack: what the document must contain (sections, tables), and each check kind's part.

A pack is data.  The parts every check shares — the document's sections and tables, the report
patterns, severities — are compiled by ``packs/compile.py``; every other key belongs to one check kind,
which compiled it into ``parts[kind]`` (``checks/<kind>.py``: its key, schema fragment and compile).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analysis.specs import SectionSpec, TableSpec
from ..model.diagnostics import Severity
from ..model.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class PackPart(Protocol):
        """What the pack loader needs of a check kind: the keys it owns, their schema, how they compile.

        ``compile(raw, pack)`` gets the kind's keys as written (validated against ``SCHEMA``) and the pack
        with its sections and tables already compiled; it returns the compiled part (None: nothing to
        check) or raises a ConfigError naming the file, line and key.  A kind that owns no key may have
        none of the three."""

        KIND: str
        PACK_KEYS: tuple[str, ...]
        SCHEMA: dict[str, Any]

        def compile(self, raw: dict[str, Any], pack: Pack) -> Any: ...


class Pack(Record):
    __slots__ = ("id", "name", "language", "path", "raw", "applies_title", "applies_years", "report", "report_patterns",
                 "sections", "section_order", "section_numbering", "tables", "severity", "examples", "parts", "kinds")

    def __init__(self, id: str, name: str, language: str, path: str, raw: dict, applies_title: re.Pattern[str] | None,
                 applies_years: tuple[int | None, int | None], report: dict, report_patterns: dict[str, re.Pattern[str]],
                 sections: list[SectionSpec], section_order: str, section_numbering: re.Pattern[str] | None,
                 tables: list[TableSpec], severity: dict[str, str], examples: list[dict],
                 parts: dict[str, Any] | None = None, kinds: Sequence[PackPart] = ()) -> None:
        self.id = id
        self.name = name
        self.language = language
        self.path = path
        self.raw = raw
        self.applies_title = applies_title
        self.applies_years = applies_years
        self.report = report
        self.report_patterns = report_patterns  # report.year_pattern / town_title / government_title, vetted
        self.sections = sections
        self.section_order = section_order
        self.section_numbering = section_numbering  # sections.numbering; None: Chinese "一、"
        self.tables = tables
        self.severity = severity
        self.examples = examples
        self.parts = {} if parts is None else parts  # check kind -> its compiled part of the pack
        self.kinds = tuple(kinds)  # the check kinds the pack was compiled for, in running order

    def table(self, table_id: str) -> TableSpec | None:
        return next((t for t in self.tables if t.id == table_id), None)

    def part(self, kind: str) -> Any:
        """A check kind's compiled part (None when the pack has nothing for it)."""
        return self.parts.get(kind)

    def severity_of(self, rule_id: str, default: Severity) -> Severity | None:
        """The severity a rule runs at, or None when the pack turns it off."""
        value = self.severity.get(rule_id)
        if value is None:
            return default
        if value == "off":
            return None
        return Severity(value)
