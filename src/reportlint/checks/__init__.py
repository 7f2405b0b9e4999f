"""Check kinds: one module per kind, each reading its part of the pack and the Document.

A check module exposes ``KIND``, ``RULES`` (the engine rules it can raise, each a :class:`RuleDef`
with documentation and a failing and a passing example), optionally ``pack_rules(pack)`` (rules
the pack itself declares, such as identities), and ``run(ctx)`` yielding Diagnostics.  Checks do no
I/O.  Third parties add kinds through the ``reportlint.checks`` entry point group.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Protocol

from ..model.diagnostics import CellRef, Diagnostic, Severity, Status
from ..model.document import Cell, Document, Location, Table
from ..model.records import FrozenRecord, Record, set_field
from .messages import RULE_SUMMARIES_ZH, message

if TYPE_CHECKING:
    from ..analysis.binding import BoundTable
    from ..analysis.structure import SectionHeading
    from ..analysis.tablelabels import TableView
    from ..packs.compiler import Pack, RuleInfo


class RuleDef(FrozenRecord):
    """An engine rule: stable code, default severity, one line, and its documentation."""

    __slots__ = ("id", "code", "severity", "summary", "doc")

    def __init__(self, id: str, code: str, severity: Severity, summary: str, doc: str = "") -> None:
        set_field(self, "id", id)
        set_field(self, "code", code)
        set_field(self, "severity", severity)
        set_field(self, "summary", summary)
        set_field(self, "doc", doc)


class CheckModule(Protocol):
    KIND: str
    RULES: list[RuleDef]

    def run(self, ctx: CheckContext) -> Iterator[Diagnostic]: ...


BUILTIN_KINDS = ("sections", "tables", "arithmetic", "values", "dates", "version", "prose")


def builtin_modules() -> list[CheckModule]:
    return [importlib.import_module(f".{kind}", __name__) for kind in BUILTIN_KINDS]  # type: ignore[misc]


def plugin_modules() -> list[tuple[str, CheckModule]]:
    """Check kinds from other distributions (entry point group ``reportlint.checks``)."""
    from ..packs.entrypoints import entry_points

    found = []
    for ep in sorted(entry_points(group="reportlint.checks"), key=lambda e: e.name):
        try:
            module = ep.load()
        except Exception:  # a broken plugin is skipped, not fatal
            continue
        if hasattr(module, "run") and hasattr(module, "KIND"):
            found.append((ep.dist.name if ep.dist else ep.value, module))
    return found


def all_modules() -> list[tuple[str, CheckModule]]:
    return [("reportlint", m) for m in builtin_modules()] + plugin_modules()


def describe_rules(pack: Pack) -> list[RuleInfo]:
    """Every rule of a pack, engine rules and pack-declared ones, as ``reportlint rules`` lists."""
    from ..packs.compiler import RuleInfo

    out: list[RuleInfo] = []
    for source, module in all_modules():
        declared = getattr(module, "pack_rules", None)
        if declared is not None:
            for info in declared(pack):
                out.append(info)
        if not module_applies(module, pack):
            continue
        for rule in module.RULES:
            sev = pack.severity_of(rule.id, rule.severity)
            if sev is None:
                continue
            origin = "engine" if source == "reportlint" else f"plugin {source}"
            summary = RULE_SUMMARIES_ZH.get(rule.id, rule.summary) if pack.language == "zh" else rule.summary
            out.append(RuleInfo(rule.id, rule.code, module.KIND, sev, summary,
                                rule.doc or (module.__doc__ or ""), origin))
    from .crossyear import pack_rules as crossdoc_rules  # run after all files, not per document

    out.extend(crossdoc_rules(pack))
    return out


def module_applies(module: CheckModule, pack: Pack) -> bool:
    applies = getattr(module, "applies", None)
    return True if applies is None else bool(applies(pack))


class CheckContext(Record):
    """What a check sees: the document, the pack, and the structure found in the document."""

    __slots__ = ("document", "pack", "title", "report_year", "sections", "today", "section_of", "_bound", "_views")

    def __init__(self, document: Document, pack: Pack, title: str | None, report_year: int | None, sections: list[SectionHeading],
                 today: date, section_of: dict[str, SectionHeading] | None = None) -> None:
        self.document = document
        self.pack = pack
        self.title = title
        self.report_year = report_year
        self.sections = sections
        self.today = today
        self.section_of = {} if section_of is None else section_of
        self._bound: dict[str, BoundTable | None] = {}  # bound(): each table located once per document
        self._views: dict[int, list[TableView]] = {}  # each table's views (by id), split once for every bound()

    @property
    def lang(self) -> str:
        return self.pack.language

    def msg(self, key: str, **values: object) -> str:
        return message(self.lang, key, **values)

    def section_tables(self, section_id: str | None) -> list[Table] | None:
        """Tables between the section's heading and the next section heading."""
        if section_id is None or section_id not in self.section_of:
            return None
        start = self.section_of[section_id].block_index
        later = [s.block_index for s in self.sections if s.block_index > start]
        end = min(later) if later else len(self.document.blocks)
        return [b for b in self.document.blocks[start:end] if isinstance(b, Table)]

    def bound(self, table_id: str) -> BoundTable | None:
        """The pack's table found and bound in this document (computed once per document)."""
        if table_id not in self._bound:
            from ..analysis.binding import locate

            spec = self.pack.table(table_id)
            self._bound[table_id] = None if spec is None else locate(
                spec, self.document, self.section_tables(spec.section), self._views)
        return self._bound[table_id]

    def diagnostic(self, rule_id: str, code: str, check: str, default: Severity, text: str,
                   location: Location, **fields: object) -> Diagnostic | None:
        """A diagnostic at the severity the pack gives the rule (None when turned off)."""
        severity = self.pack.severity_of(rule_id, default)
        if severity is None:
            return None
        return Diagnostic(code=code, rule=rule_id, check=check, severity=severity, message=text,
                          location=location, **fields)  # type: ignore[arg-type]


def cell_ref(bound: BoundTable, row: int, col: int, cell: Cell | None) -> CellRef:
    view = bound.view
    return CellRef(
        table=bound.table.index, row=row + 1, col=col + 1, row_label=view.row_label(row),
        col_label=view.col_label(col), value=cell.text if cell is not None else "",
    )


def cell_location(bound: BoundTable, row: int, col: int) -> Location:
    """Where a finding about a grid cell points: the cell's place, its labels, and its section
    (the table's, unless the reader gave the cell one: structure.assign_sections)."""
    table = bound.table
    cell = table.at(row, col)
    base = cell.location if cell is not None else table.location
    return base.with_(table=table.index, row=row + 1, col=col + 1,
                      row_label=bound.view.row_label(row), col_label=bound.view.col_label(col),
                      snippet=(cell.text[:30] if cell is not None and cell.text else base.snippet),
                      section=base.section if base.section is not None else table.location.section)


__all__ = ["CheckContext", "RuleDef", "Status", "cell_location", "cell_ref", "describe_rules"]
