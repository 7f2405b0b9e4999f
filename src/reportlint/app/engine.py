"""Run a pack over a document: read, find the structure, choose the pack, run the checks.

The engine is the only place that knows the order of things; checks see a CheckContext and yield
diagnostics, readers return Documents, outputs print FileResults.  A file that cannot be read is
still a FileResult with one ``input`` diagnostic, so one bad file never hides the others.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import readers
from ..analysis.structure import assign_sections, find_title, report_year, section_headings
from ..checks import CheckContext, all_modules, module_applies
from ..checks.messages import message
from ..checks.sections import match_sections
from ..model.diagnostics import Diagnostic, FileResult, InputError, Severity
from ..model.document import Document, Location
from ..model.records import Record
from ..packs.compiler import Pack, available_packs, choose_pack, load_pack


class RunOptions(Record):
    __slots__ = ("pack", "today", "pack_base")

    def __init__(self, pack: str | None = None, today: date | None = None, pack_base: Path | None = None) -> None:
        self.pack = pack  # a pack name or path that overrides the automatic choice
        self.today = date.today() if today is None else today
        self.pack_base = pack_base  # where a relative pack path in a config file is resolved


def input_diagnostic(error: InputError, lang: str = "zh") -> Diagnostic:
    reason = error.reason + (f"；{error.hint}" if error.hint and lang == "zh" else
                             f"; {error.hint}" if error.hint else "")
    return Diagnostic(code=error.code, rule=error.code, check="input", severity=Severity.ERROR,
                      message=message(lang, "input.unreadable", reason=reason), location=Location(),
                      key=(error.reason,))


def check_path(path: str, options: RunOptions) -> FileResult:
    """Read and check one file; unreadable input becomes an ``input`` diagnostic."""
    fmt = readers.format_of(path)
    try:
        doc = readers.read(path)
    except InputError as error:
        return FileResult(path=path, format=fmt, pack=None, report_year=None,
                          diagnostics=[input_diagnostic(error)])
    doc.path = path
    from .suppress import apply as apply_suppressions  # inline reportlint-disable comments (RL105)

    return apply_suppressions(check_document(doc, options))


def resolve_pack(doc: Document, title: str | None, year: int | None, options: RunOptions) -> tuple[
        Pack | None, str]:
    if options.pack:
        return load_pack(options.pack, options.pack_base), ""
    pack = choose_pack(title, year)
    if pack is not None:
        return pack, ""
    if not title or year is None:
        return None, message("zh", "input.no_title")
    return None, message("zh", "input.no_year_pack", year=year)


def check_document(doc: Document, options: RunOptions) -> FileResult:
    title = find_title(doc)
    year = report_year(title, doc)
    pack, why = resolve_pack(doc, title, year, options)
    diagnostics: list[Diagnostic] = list(doc.findings)
    if pack is None:
        diagnostics.append(Diagnostic(
            code="RL102", rule="RL102", check="input", severity=Severity.WARNING,
            message=message("zh", "input.no_pack", why=why, packs=", ".join(sorted(available_packs()))),
            location=doc.blocks[0].location if doc.blocks else Location(), key=("no-pack",)))
        return FileResult(doc.path, doc.format, None, year, _finish(diagnostics), document=doc)
    if pack.report.get("year_pattern"):
        year = report_year(title, doc, pack.report["year_pattern"])
    headings = section_headings(doc, pack.section_numbering)
    assign_sections(doc, headings)
    ctx = CheckContext(document=doc, pack=pack, title=title, report_year=year, sections=headings,
                       today=options.today)
    for found, k, _ in match_sections(ctx):
        ctx.section_of.setdefault(pack.sections[k].id, found)
    for _, module in all_modules():
        if module_applies(module, pack):
            diagnostics.extend(module.run(ctx))
    return FileResult(doc.path, doc.format, pack.id, year, _finish(diagnostics), document=doc,
                      pack_language=pack.language, context=ctx)


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
