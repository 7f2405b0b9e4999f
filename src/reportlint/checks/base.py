"""The check-kind contract: what a kind declares, what it sees of a document, how it reports.

A check kind is one module (``checks/tables.py``, a plugin's module) that declares:

``KIND``
    its name (the ``check`` field of its findings);
``PACK_KEYS`` and ``SCHEMA``
    the pack keys it owns and their JSON Schema fragment (``{"properties": …, "$defs": …}``);
``compile(raw, pack)``
    its keys as written → its compiled part of the pack (None: nothing to check); every regex is
    compiled and vetted here, so a bad pack is refused by ``pack check`` and never reaches ``check``;
``RULES``
    the rules it raises (:class:`RuleDef`: id, code, default severity, a one-line summary in each
    language, documentation with a failing and a passing example);
``MESSAGES``
    its message templates, ``{key: {"zh": …, "en": …}}``;
``run(ctx, part)``
    the findings on one document, yielded through ``ctx.report(rule_id, …)``, which takes the code
    and the severity from the rule's declaration and the pack's severity overrides;

and, optionally, ``pack_rules(pack, part)`` for rules the pack itself declares (its identities).
Checks do no I/O.  Adding a kind is its module and one line in ``checks/registry.py`` (or an entry
point of the ``reportlint.checks`` group for a plugin).
"""

from __future__ import annotations

from datetime import date

from ..analysis.findtext import cell_find_text, word_cell_number
from ..model.diagnostics import CellRef, Diagnostic, Severity, Status
from ..model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from ..model.records import FrozenRecord, Record, set_field
from ..text.literals import may_hold_a_match, required_literals_of
from ..text.normalize import normalize

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..analysis.binding import BoundTable
    from ..analysis.identify import Identity
    from ..analysis.structure import SectionHeading
    from ..analysis.tablelabels import TableView
    from ..packs.model import Pack


class RuleDef(FrozenRecord):
    """A rule of a check kind: stable id and code, default severity, one line per language, documentation."""

    __slots__ = ("id", "code", "severity", "summary", "doc")

    def __init__(self, id: str, code: str, severity: Severity, summary: str | dict[str, str], doc: str = "") -> None:
        set_field(self, "id", id)
        set_field(self, "code", code)
        set_field(self, "severity", severity)
        set_field(self, "summary", {"en": summary} if isinstance(summary, str) else dict(summary))
        set_field(self, "doc", doc)

    def summary_in(self, lang: str) -> str:
        return self.summary.get(lang) or self.summary.get("en") or next(iter(self.summary.values()), "")


class RuleInfo(Record):
    """One rule of a pack as ``reportlint rules`` lists it."""

    __slots__ = ("id", "code", "check", "severity", "summary", "doc", "source")

    def __init__(self, id: str, code: str, check: str, severity: Severity, summary: str, doc: str = "", source: str = "") -> None:
        self.id = id
        self.code = code
        self.check = check
        self.severity = severity
        self.summary = summary
        self.doc = doc
        self.source = source


def message_in(messages: dict[str, dict[str, str]], lang: str, key: str, **values: object) -> str:
    """A message template of a kind in the pack's language (Chinese when it has no such language)."""
    entry = messages[key]
    return (entry.get(lang) or entry["zh"]).format(**values)


class CheckContext(Record):
    """What every check sees of one document: the document, the pack and the structure found in it."""

    __slots__ = ("document", "pack", "title", "report_year", "sections", "today", "section_of", "identity", "cut",
                 "_bound", "_views", "_legacy")

    def __init__(self, document: Document, pack: Pack, title: str | None, report_year: int | None, sections: list[SectionHeading],
                 today: date, section_of: dict[str, SectionHeading] | None = None, identity: Identity | None = None,
                 cut: int | None = None) -> None:
        self.document = document
        self.pack = pack
        self.title = title
        self.report_year = report_year
        self.sections = sections
        self.today = today
        self.section_of = {} if section_of is None else section_of
        self.identity = identity  # title, year, agency and level, each with where it came from (analysis/identify.py)
        self.cut = cut  # the last block's index when the document visibly stops in the middle (analysis.cut.document_cut)
        self._bound: dict[str, BoundTable | None] = {}  # bound(): each table located once per document
        self._views: dict[int, list[TableView]] = {}  # each table's views (by id), split once for every bound()
        self._legacy: tuple | bool | None = False  # legacy_structure(), computed once (False: not yet)

    @property
    def lang(self) -> str:
        return self.pack.language

    def section_blocks(self, section_id: str | None) -> list[Block] | None:
        """The blocks from the section's heading (included: a heading may stand in a table) up to the
        next section heading."""
        if section_id is None or section_id not in self.section_of:
            return None
        start = self.section_of[section_id].block_index
        later = [s.block_index for s in self.sections if s.block_index > start]
        end = min(later) if later else len(self.document.blocks)
        return self.document.blocks[start:end]

    def section_tables(self, section_id: str | None) -> list[Table] | None:
        """Tables between the section's heading and the next section heading."""
        blocks = self.section_blocks(section_id)
        return None if blocks is None else [b for b in blocks if isinstance(b, Table)]

    def bound(self, table_id: str) -> BoundTable | None:
        """The pack's table found and bound in this document (computed once per document)."""
        if table_id not in self._bound:
            from ..analysis.binding import locate

            spec = self.pack.table(table_id)
            self._bound[table_id] = None if spec is None else locate(
                spec, self.document, self.section_tables(spec.section), self._views)
        return self._bound[table_id]

    def for_kind(self, kind: Any) -> KindContext:
        return KindContext(self, kind)


class KindContext:
    """The document as one check kind sees it: the shared context, plus reporting under its own rules
    and messages."""

    __slots__ = ("_kind_name", "_messages", "_rules", "shared")

    def __init__(self, shared: CheckContext, kind: Any) -> None:
        self.shared = shared
        self._kind_name: str = kind.KIND
        self._rules: dict[str, RuleDef] = {r.id: r for r in getattr(kind, "RULES", ())}
        self._messages: dict[str, dict[str, str]] = getattr(kind, "MESSAGES", {})

    # What every kind reads, from the shared context.
    document = property(lambda self: self.shared.document)
    pack = property(lambda self: self.shared.pack)
    title = property(lambda self: self.shared.title)
    report_year = property(lambda self: self.shared.report_year)
    sections = property(lambda self: self.shared.sections)
    today = property(lambda self: self.shared.today)
    section_of = property(lambda self: self.shared.section_of)
    identity = property(lambda self: self.shared.identity)
    cut = property(lambda self: self.shared.cut)
    lang = property(lambda self: self.shared.lang)

    def bound(self, table_id: str) -> BoundTable | None:
        return self.shared.bound(table_id)

    def section_blocks(self, section_id: str | None) -> list[Block] | None:
        return self.shared.section_blocks(section_id)

    def section_tables(self, section_id: str | None) -> list[Table] | None:
        return self.shared.section_tables(section_id)

    def msg(self, key: str, **values: object) -> str:
        return message_in(self._messages, self.lang, key, **values)

    def report(self, rule_id: str, message: str, location: Location, *, code: str | None = None,
               default: Severity | None = None, at_most: Severity | None = None, **fields: Any) -> Diagnostic | None:
        """A finding of ``rule_id`` at the severity the pack gives it (None when the pack turns it off).

        A rule the kind declares gives its code and default severity; a rule the pack declares (an
        identity, a prose rule) passes them as ``code`` and ``default``.  ``at_most`` caps the
        severity where the finding is less certain (a sentence whose scope may differ from the table's)."""
        declared = self._rules.get(rule_id)
        if declared is not None:
            code = code or declared.code
            default = default or declared.severity
        if code is None or default is None:
            raise ValueError(f"rule {rule_id!r} is not declared by check kind {self._kind_name!r}")
        severity = self.pack.severity_of(rule_id, default)
        if severity is None:
            return None
        if at_most is not None and severity.rank > at_most.rank:
            severity = at_most
        return Diagnostic(code=code, rule=rule_id, check=self._kind_name, severity=severity, message=message,
                          location=location, **fields)


def of_another_form(ctx: KindContext, view: TableView) -> bool:
    """The view's header names columns of a form version other than the one the pack expects (the
    pack's ``version.forms``), and none of the expected one's: a 2019-form table in a 2021-form year.
    The version kind says so once (RL801); the kinds that would say a consequence of it again, for
    each column or identity the other form does not have, ask this and stay silent."""
    return another_form(ctx, view) is not None


def another_form(ctx: KindContext, view: TableView) -> dict | None:
    """The pack's form (``version.forms`` item) whose columns the view's header names when that is not the
    expected form, as ``of_another_form`` tells; None otherwise.  Its ``rows`` say which of a table's rows
    that form prints (the tables kind reports only those missing)."""
    version = ctx.pack.raw.get("version") or {}
    expect = version.get("expect")
    if not expect:
        return None
    seen = {form.get("id"): any(normalize(h) in view.header_text for h in form.get("headers") or [])
            for form in version.get("forms") or []}
    if seen.get(expect, False):
        return None
    return next((form for form in version.get("forms") or [] if form.get("id") != expect and seen[form.get("id")]),
                None)


def stops_inside(ctx: KindContext, bound: BoundTable) -> bool:
    """Whether the text stops inside this table (RL209 says it once): the document's last block is the
    table, or a fragment of its next row ("行政" after the last block's header); the later rows and
    columns of the table's last block are not missing, they were cut off — neither the tables kind
    (RL302/RL303) nor an identity over them (RL402) says so again."""
    if ctx.cut is None:
        return False
    blocks = ctx.document.blocks
    last = blocks[ctx.cut] is bound.table or (ctx.cut == len(blocks) - 1 and ctx.cut > 0
                                              and blocks[ctx.cut - 1] is bound.table)
    return last and bound.view.row_end >= bound.table.n_rows


def legacy_structure(ctx: CheckContext | KindContext) -> tuple[Any, list[SectionHeading]] | None:
    """The pack's older structure (``version.legacy``) and the section headings that follow it, when
    the report is written in it: at least ``min_titles`` of its own titles (概述, 依申请公开政府信息情况,
    收费及减免 …) and none of the form's tables.  The version kind says so once (RL803); the sections and
    tables kinds, whose findings would each repeat it (a table, a section, a title missing or different
    because the whole report has the old structure), ask this and stay silent.  None when the pack
    knows no older structure or turns its rule off."""
    shared = ctx.shared if isinstance(ctx, KindContext) else ctx
    if shared._legacy is False:
        shared._legacy = _find_legacy(shared)
    return shared._legacy  # type: ignore[return-value]


def _find_legacy(ctx: CheckContext) -> tuple[Any, list[SectionHeading]] | None:
    legacy = getattr(ctx.pack.part("version"), "legacy", None)
    if legacy is None or ctx.pack.severity_of(legacy.id, Severity.ERROR) is None:
        return None
    # a title without the literals every match holds is passed by, the pattern not compiled (most reports have none)
    literals = [required_literals_of(pattern) for pattern in legacy.titles]  # read once per pattern
    headings, kinds = [], set()
    for heading in ctx.sections:
        hits = {k for k, pattern in enumerate(legacy.titles)
                if may_hold_a_match(literals[k], heading.title) and pattern.search(heading.title)}
        if hits:
            headings.append(heading)
            kinds |= hits
    if len(kinds) < legacy.min_titles or any(ctx.bound(t.id) is not None for t in ctx.pack.tables):
        return None
    return legacy, headings


def block_texts(block: Block) -> list[str]:
    """A block's texts as the lines a page may print them: a paragraph's joined one-cell lines ("a | b"), a
    table's cells."""
    if isinstance(block, Heading | Paragraph):
        return block.text.split("|")
    return [c.text for c in block.cells] if isinstance(block, Table) else []


def cell_ref(bound: BoundTable, row: int, col: int, cell: Cell | None) -> CellRef:
    """A grid cell as a finding lists it: its table, 1-based place, labels and value."""
    view = bound.view
    return CellRef(
        table=bound.table.index, row=row + 1, col=col + 1, row_label=view.row_label(row),
        col_label=view.col_label(col), value=cell.text if cell is not None else "",
    )


def cell_location(bound: BoundTable, row: int, col: int) -> Location:
    """Where a finding about a grid cell points: the cell's place, its labels, its section (the
    table's, unless the reader gave the cell one: structure.assign_sections), and for finding it in
    Word a snippet of a label cell and the cell's number in a row with merged cells
    (``analysis/findtext.py``)."""
    table = bound.table
    cell = table.at(row, col)
    base = cell.location if cell is not None else table.location
    if base.table is not None and base.table != table.index:  # a part of the table on a later page
        return base.with_(row_label=bound.view.row_label(row), col_label=bound.view.col_label(col),
                          section=base.section if base.section is not None else table.location.section)
    return base.with_(table=table.index, row=row + 1, col=col + 1,
                      row_label=bound.view.row_label(row), col_label=bound.view.col_label(col),
                      snippet=_cell_snippet(bound, row, col, base),
                      cell_number=word_cell_number(table, row, col),
                      section=base.section if base.section is not None else table.location.section)


def _cell_snippet(bound: BoundTable, row: int, col: int, base: Location) -> str | None:
    """The cell's text where a line and column find it (Markdown, text: the snippet of a SARIF
    region is the text in it); else what to type into Find to reach it."""
    cell = bound.table.at(row, col)
    if base.line is not None:
        return cell.text[:30] if cell is not None and cell.text else base.snippet
    section = base.section if base.section is not None else bound.table.location.section
    return cell_find_text(bound.view, row, col, bound.document, section) or base.snippet


__all__ = [
    "CheckContext",
    "KindContext",
    "RuleDef",
    "RuleInfo",
    "Status",
    "another_form",
    "cell_location",
    "cell_ref",
    "legacy_structure",
    "message_in",
    "of_another_form",
]
