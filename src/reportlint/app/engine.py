"""Check one file: read it, find what it is and its structure, choose the pack, run every check kind.

The engine is the only place that knows the order of things: readers return Documents, the analysis
finds the title, year and sections, the pack says what to check, each check kind yields findings.
What comes out is a FileResult: the findings, and the file's facts (``model/facts.py``) for the
cross-document phase and the review outputs — so no file is ever read twice.  A file that cannot be
read is still a FileResult with one ``input`` finding, so one bad file never hides the others.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from .. import readers
from ..analysis.agency import describe
from ..analysis.cut import document_cut
from ..analysis.identify import Identity, identify, report_year
from ..analysis.structure import assign_sections, match_sections, section_headings
from ..checks import input as input_rules
from ..checks.base import CheckContext, message_in
from ..checks.registry import all_kinds, runs
from ..model.diagnostics import ConfigError, Diagnostic, FileResult, InputError, Severity
from ..model.document import Document, Location
from ..model.facts import FileFacts
from ..model.records import Record
from ..packs.choose import Choice, PackLoader
from ..packs.load import available_packs
from ..packs.model import Pack
from .suppress import apply as apply_suppressions

MESSAGES = {
    "unreadable": {"zh": "无法读取：{reason}", "en": "cannot read: {reason}"},
    "no_pack": {
        "zh": "没有适用的规则包：{why}；可用 --pack 指定（内置：{packs}）",
        "en": "no rule pack applies: {why}; choose one with --pack (built in: {packs})",
    },
    "no_title": {"zh": "未找到报告标题，正文也不像任何规则包所检查的报告",
                 "en": "no report title, and the content is not that of a report any pack checks"},
    "not_report": {
        "zh": "未检查：看来不是报告（{why}，也没有报告的章节、编号或数字表格）；如果是报告，可用 --pack 指定（内置：{packs}）",
        "en": "not checked: it seems no report ({why}, and no sections, numbering or tables of numbers); if it is one, "
              "choose a pack with --pack (built in: {packs})",
    },
    "no_year_pack": {"zh": "{year} 年没有对应的内置规则包", "en": "no built-in pack for year {year}"},
    "other_kind": {
        "zh": "未检查：这是{kind}，不是规则包所检查的报告；如需按某个规则包检查，可用 --pack 指定（内置：{packs}）",
        "en": "not checked: this is a {kind}, not a report any pack checks; to check it against one, choose it with "
              "--pack (built in: {packs})",
    },
}
UNREADABLE, NO_PACK, INFERRED = input_rules.RULES[0], input_rules.RULES[1], input_rules.RULES[2]


class RunOptions(Record):
    __slots__ = ("pack", "today", "pack_base")

    def __init__(self, pack: str | None = None, today: date | None = None, pack_base: Path | None = None) -> None:
        self.pack = pack  # a pack name or path that overrides the automatic choice
        self.today = date.today() if today is None else today
        self.pack_base = pack_base  # where a relative pack path in a config file is resolved


@cache
def pack_loader() -> PackLoader:
    """The packs of this process, compiled for every check kind it has (built-in and plugins)."""
    return PackLoader(all_kinds())


def load_pack(ref: str, base_dir: Path | None = None) -> Pack:
    return pack_loader().load(ref, base_dir)


def input_diagnostic(error: InputError, lang: str = "zh") -> Diagnostic:
    reason = error.reason + (f"；{error.hint}" if error.hint and lang == "zh" else
                             f"; {error.hint}" if error.hint else "")
    return Diagnostic(code=error.code, rule=error.code, check=input_rules.KIND, severity=UNREADABLE.severity,
                      message=message_in(MESSAGES, lang, "unreadable", reason=reason), location=Location(),
                      key=(error.reason,))


def check_path(path: str, options: RunOptions) -> FileResult:
    """Read and check one file; unreadable input becomes an ``input`` diagnostic."""
    fmt = readers.format_of(path)
    try:
        doc = readers.read(path)
    except InputError as error:
        return FileResult(path=path, format=fmt, pack=None, report_year=None, diagnostics=[input_diagnostic(error)],
                          facts=FileFacts(path, fmt))
    doc.path = path
    result = apply_suppressions(check_document(doc, options), doc)
    result.quoted = quoted_lines(doc, result)
    return result


def quoted_lines(doc: Document, result: FileResult) -> dict[int, str]:
    """The source lines an output may show: those of the findings, and those of the cells the
    cross-year phase may point at (its findings come later, when the text is gone)."""
    if doc.source is None:
        return {}
    lines = {d.location.line for d in result.diagnostics if d.location.line}
    if result.facts is not None:
        lines |= {c.location.line for t in result.facts.tables.values() for c in t.cells.values() if c.location.line}
    return {n: doc.source_line(n) for n in sorted(lines)}


class Unchecked(Record):
    """Why no pack checks a document: the message's reason, and whether the document is a report of a
    pack's kind (only its year has no pack), of another kind a pack names (``applies.exclude``), or neither."""

    __slots__ = ("why", "of_kind", "other_kind")

    def __init__(self, why: str = "", of_kind: bool = False, other_kind: str | None = None) -> None:
        self.why = why
        self.of_kind = of_kind
        self.other_kind = other_kind


def resolve_pack(doc: Document, identity: Identity, options: RunOptions) -> tuple[Pack | None, Choice | None, Unchecked]:
    """The pack to check with (forced, or chosen from the title, the content and the year), how it was
    chosen, or None and why not."""
    if options.pack:
        return load_pack(options.pack, options.pack_base), None, Unchecked()
    choice = pack_loader().choose(identity.title_text, identity.report_year, doc)
    if isinstance(choice, Choice):
        return choice.pack, choice, Unchecked()
    if choice.of_kind:  # a report of a pack's kind (its title or content matched) whose year no pack covers (生态环境部 2018)
        return None, None, Unchecked(message_in(MESSAGES, "zh", "no_year_pack", year=identity.report_year),
                                     of_kind=True)
    if choice.excluded:  # the packs say this kind of report is not theirs (a university's 学年 report)
        return None, None, Unchecked(other_kind=choice.excluded)
    return None, None, Unchecked(message_in(MESSAGES, "zh", "no_title"))


def _has_report_structure(doc: Document) -> bool:
    """Whether the document has a report's structure (analysis/reportlike.py), by the sections of
    every available pack: a report whose title or year could not be read deserves the RL102 warning;
    a README or a CHANGELOG beside the reports gets RL102 as information only."""
    from ..analysis.reportlike import looks_like_report  # asked only of a document whose title or year is unread

    titles = []
    for _name, path in sorted(available_packs().items()):
        try:
            titles += [section.title for section in pack_loader().compiled(path).sections]
        except ConfigError:  # a broken pack is not offered (as when choosing one)
            continue
    return looks_like_report(doc, titles)


def check_document(doc: Document, options: RunOptions) -> FileResult:
    """Every check kind of the pack over one document, and the document's facts."""
    identity = identify(doc)
    doc.metadata["identity"] = identity
    title, year = identity.title_text, identity.report_year
    pack, choice, unchecked = resolve_pack(doc, identity, options)
    diagnostics: list[Diagnostic] = list(doc.findings)
    first = doc.blocks[0].location if doc.blocks else Location()
    level = identity.agency_level
    facts = FileFacts(doc.path, doc.format, title=title, agency=identity.agency.value if identity.agency else None,
                      level=level.level if level else None, report_year=year, location=first)
    if pack is None:
        packs = ", ".join(sorted(available_packs()))
        if unchecked.other_kind:  # a report of another kind is not one left unchecked: information
            report = False
            message = message_in(MESSAGES, "zh", "other_kind", kind=unchecked.other_kind, packs=packs)
        else:
            report = unchecked.of_kind or _has_report_structure(doc)
            message = message_in(MESSAGES, "zh", "no_pack" if report else "not_report", why=unchecked.why,
                                 packs=packs)
        diagnostics.append(Diagnostic(
            code=NO_PACK.code, rule=NO_PACK.id, check=input_rules.KIND,
            severity=NO_PACK.severity if report else Severity.INFO,
            message=message,
            location=first, key=("no-pack",)))
        return FileResult(doc.path, doc.format, None, year, _finish(diagnostics), facts=facts)
    inferred = _inferred(identity, choice, pack, first)
    if inferred is not None:
        diagnostics.append(inferred)
    if "year_pattern" in pack.report_patterns:
        year = facts.report_year = report_year(title, doc, pack.report_patterns["year_pattern"])
    headings = section_headings(doc, pack.section_numbering, pack.sections, pack.tables)
    assign_sections(doc, headings)
    ctx = CheckContext(document=doc, pack=pack, title=title, report_year=year, sections=headings, today=options.today,
                       identity=identity, cut=document_cut(doc, headings, pack.sections, pack.tables))
    for found, k, _ in match_sections(headings, pack.sections):
        ctx.section_of.setdefault(pack.sections[k].id, found)
    for kind in pack.kinds:
        if not runs(kind, pack):
            continue
        part = pack.part(kind.KIND)
        run = getattr(kind, "run", None)
        if run is not None:
            diagnostics.extend(d for d in run(ctx.for_kind(kind), part) if d is not None)
        contribute = getattr(kind, "facts", None)
        if contribute is not None and part is not None:
            for name, value in contribute(ctx, part).items():
                setattr(facts, name, value)
    facts.pack, facts.pack_path, facts.pack_language = pack.id, pack.path, pack.language
    return FileResult(doc.path, doc.format, pack.id, year, _finish(diagnostics), pack_language=pack.language, facts=facts)


def _inferred(identity: Identity, choice: Choice | None, pack: Pack, first: Location) -> Diagnostic | None:
    """The RL103 finding: what was inferred from the content to check the report, and from what."""
    severity = pack.severity_of(INFERRED.id, INFERRED.severity)
    if severity is None:
        return None
    evidence = choice.evidence if choice is not None else None
    level = identity.agency_level
    message = input_rules.inferred_message(
        pack.language, pack_name=pack.name, title=identity.title_text, title_how=identity.title_how,
        matched_by=choice.matched_by if choice else "forced",
        evidence=(evidence.sections, evidence.section_example, evidence.labels, evidence.label_example,
                  evidence.topics, evidence.topic_example, evidence.opens, evidence.states) if evidence else None,
        year=identity.report_year, year_source=identity.year.source if identity.year else None,
        decided_by=choice.decided_by if choice else "forced", form_name=choice.form_name if choice else "",
        form_header=choice.form_header if choice else "", level=describe(level) if level else None,
        level_source=identity.level.source if identity.level else None)
    if message is None:
        return None
    where = identity.year.location if identity.year is not None and identity.year.location != Location() else None
    return Diagnostic(code=INFERRED.code, rule=INFERRED.id, check=input_rules.KIND, severity=severity,
                      message=message, location=where or (identity.title.location if identity.title else first),
                      key=("inferred",))


def _finish(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Sorted by place, each finding once."""
    seen: set[tuple] = set()
    out = []
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        ident = (d.rule, d.fingerprint_parts(), d.location.line, d.location.row, d.location.col, d.location.paragraph)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(d)
    return out

