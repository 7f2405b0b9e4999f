"""Load a pack by name or path, or choose one for a document: by its title, else by its content; then by
its report year, else by the form its tables follow.

A :class:`PackLoader` is made for the check kinds of a run (the built-in ones and those of plugins):
it validates packs against the schema those kinds assemble and compiles each pack once.  A pack is
chosen from its YAML (``applies:``, ``report.year_pattern``, its sections, tables and forms), so only the
chosen pack is compiled.

A document is of a pack's kind when its title matches ``applies.title``, or — a report whose title is
in a page header or an image, or that names itself only in its first sentence — when its content
does: the pack's numbered section titles (``二、主动公开政府信息情况``, or the bare title an opening
sentence lists), its table captions and longer row and column labels (``第二十条第(一)项``,
``本年新收政府信息公开申请数量``, ``本年制发件数``) count one each; three of them are enough, one is
enough when the text also says every ``applies.content.mentions`` (``政府信息公开``, ``报告``).  When they
are not enough but one was found, the topics a section must cover written as its numbered sub-headings
(``(一)主动公开``, ``(二)依申请公开``) count one each too: an excerpt of 一、总体情况 with no title, no table and
no word 报告 (广东省参事室 2022; 青岛 通济街道 2021); a notice that lists the topics is still no report.  With
none of those found, the topics count only beside what the text says of itself as such a report
(``applies.content.states``: ``规定编制本报告``, ``报告数据统计期限为…1月1日``, one more) — a report whose first section
is retitled (凌源 镇 2025: ``一、工作总体推进情况``) and that was cut before its tables.  Then a
text that opens with the form's first section title (nothing above it: a page's body without its title)
counts one more (新疆 2021, cut after its first point).  Among
the packs of that kind the report year picks one (``applies.years``); a pack that knows the same forms
(``version.forms``) and expects another is the same kind's other version, so a report one version
recognised (the 2021 pack's topic sub-headings in a 2019 report) goes to the version of its year; with no year, the form whose
header labels the text has (``version.forms``: 2019 本年新制作数量, 2021 本年制发件数) picks the pack
that expects it; with neither, the pack for the latest years.  Before all that, a pack whose ``applies.exclude``
matches the title or the text before the first section (a university's 学年 report, 《高等学校信息公开办法》) is
not offered: that is another kind of report, which its title alone would have made one of the pack's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..analysis.identify import report_year
from ..model.diagnostics import ConfigError
from ..model.document import Document
from ..model.records import Record
from ..text.normalize import normalize
from ..text.numbering import first_section_at
from . import prebuilt
from .applies import Applies, Evidence
from .compile import compile_pack
from .load import available_packs, is_builtin, load_raw, resolve_pack_ref
from .model import Pack
from .regexes import Vetted, vetted_patterns
from .yamlload import LDict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model import PackPart

class Choice(Record):
    """The pack chosen for a document, and why: matched by ``title`` or ``content``; its year from the
    title or content (``year``), or the ``form`` the tables follow, or ``latest`` when neither is known."""

    __slots__ = ("pack", "matched_by", "evidence", "decided_by", "form_name", "form_header", "year")

    def __init__(self, pack: Pack, matched_by: str, evidence: Evidence | None, decided_by: str, form_name: str = "",
                 form_header: str = "", year: int | None = None) -> None:
        self.pack = pack
        self.matched_by = matched_by  # title | content | year (a pack that names only years)
        self.evidence = evidence
        self.decided_by = decided_by  # year | form | latest
        self.form_name = form_name
        self.form_header = form_header  # a header label of that form found in the text
        self.year = year


class Unchosen(Record):
    """Why no pack was chosen, answered by the same pass that looked for one: the document is of a pack's
    kind but no pack covers its year (``of_kind``: 生态环境部 2018), or a pack's ``applies.exclude`` named
    its kind (``excluded``: a university's 学年 report), or neither."""

    __slots__ = ("of_kind", "excluded")

    def __init__(self, of_kind: bool = False, excluded: str | None = None) -> None:
        self.of_kind = of_kind
        self.excluded = excluded


OPENING_CHARS = 1500  # a text with no numbered section: as much as a preamble takes


def document_opening(doc: Document) -> str:
    """A document's text before its first numbered section (its title, metadata and preamble), normalised:
    where a report says under which rules it was written (《高等学校信息公开办法》)."""
    parts: list[str] = []
    size = 0
    for block in doc.blocks:
        text = getattr(block, "text", None)
        if text is None:
            continue
        cut = first_section_at(text)  # "一、概述", "一、总体情况": the opening ends there
        parts.append(text if cut is None else text[:cut])
        size += len(parts[-1])
        if cut is not None or size >= OPENING_CHARS:
            break
    return normalize("\n".join(parts))[:OPENING_CHARS]


def document_text(doc: Document) -> str:
    """A document's whole text, normalised: its paragraphs, headings and table cells in order."""
    parts: list[str] = []
    for block in doc.blocks:
        text = getattr(block, "text", None)
        if text is not None:
            parts.append(text)
        else:
            parts.extend(c.text for c in getattr(block, "cells", ()))
    return normalize("\n".join(parts))


class PackLoader:
    """Packs for one set of check kinds, each read and compiled once (an edited file is read again)."""

    def __init__(self, kinds: Sequence[PackPart]) -> None:
        self.kinds = tuple(kinds)
        self._schema: dict | None = None
        self._raw: dict[tuple[str, int, int], LDict] = {}
        self._compiled: dict[tuple[str, int, int], Pack] = {}
        self._applies: dict[tuple[str, int, int], Applies] = {}
        self._vetted: dict[tuple[str, int, int], Vetted] = {}  # what a prebuilt pack's build vetted
        self._files: set[str] = set()  # every pack file read (a pack and what it extends)
        self._real: dict[Path, Path] = {}  # a pack path's real path, resolved once per loader (see _file_key)

    @property
    def schema(self) -> dict:
        """The schema of every kind's pack keys, assembled when a YAML pack is first validated."""
        if self._schema is None:
            from .schema import assemble  # a run of prebuilt built-in packs validates no YAML

            self._schema = assemble(self.kinds)
        return self._schema

    def _file_key(self, path: Path) -> tuple[str, int, int] | None:
        """A pack file's identity in this process: its real path, modification time and size.  Choosing
        a pack asks it of every pack for every document; the real path is resolved once per loader (a
        walk of the path's folders), the file is stat'ed each time, so an edited pack is read again."""
        try:
            real = self._real.get(path)
            if real is None:
                real = self._real[path] = path.resolve()
            st = real.stat()
        except OSError:
            return None
        return str(real), st.st_mtime_ns, st.st_size

    def raw(self, path: Path, key: tuple[str, int, int] | None = None) -> LDict:
        """The pack's validated YAML, with what it extends folded in (for a built-in pack, its prebuilt
        JSON when that matches the YAML on disk: packs/prebuilt.py).  ``key``: the file's
        ``_file_key``, when the caller has it."""
        if key is None:
            key = self._file_key(path)
        if key is None:
            return load_raw(path, self.schema)  # raises the usual ConfigError
        if key not in self._raw:
            found = prebuilt.load_vetted(path) if is_builtin(path) else None
            if found is not None:
                self._raw[key], read, self._vetted[key] = found
            else:
                read = []
                self._raw[key] = load_raw(path, self.schema, read=read)
            self._files.update(read)
        return self._raw[key]

    def _choice_raw(self, path: Path, key: tuple[str, int, int] | None) -> LDict:
        """What choosing the pack reads of its tree: a built-in pack's prebuilt parts of it while its
        whole tree is not read (that is read for the chosen pack only), else the tree."""
        if key is not None and key not in self._raw and is_builtin(path):
            found = prebuilt.load_vetted(path, "choice")
            if found is not None:
                choice, read, self._vetted[key] = found
                self._files.update(read)
                return choice
        return self.raw(path, key)

    def files_read(self) -> set[str]:
        """The real paths of every pack file read so far: a run must never write over one."""
        return set(self._files)

    def compiled(self, path: Path, key: tuple[str, int, int] | None = None) -> Pack:
        if key is None:
            key = self._file_key(path)
        if key is not None and key in self._compiled:
            return self._compiled[key]
        raw = self.raw(path, key)
        with vetted_patterns(self._vetted.get(key) if key is not None else None):
            pack = compile_pack(raw, key[0] if key is not None else str(path.resolve()), self.kinds)
        if key is not None:
            self._compiled[key] = pack
        return pack

    def compiled_packs(self) -> list[str]:
        """The ids of the packs compiled so far (a pack is chosen from its YAML, without compiling it)."""
        return sorted(pack.id for pack in self._compiled.values())

    def load(self, ref: str, base_dir: Path | None = None) -> Pack:
        """A pack by name or path (relative to ``base_dir``, the configuration file's folder)."""
        path = resolve_pack_ref(ref, base_dir)
        if path is None or not path.exists():
            names = ", ".join(sorted(available_packs()))
            raise ConfigError(f"找不到规则包 '{ref}'（内置：{names}）", None)
        return self.compiled(path)

    def _applies_of(self, path: Path, key: tuple[str, int, int] | None = None) -> Applies:
        if key is None:
            key = self._file_key(path)
        applies = self._applies.get(key) if key is not None else None
        if applies is None:
            raw = self._choice_raw(path, key)
            with vetted_patterns(self._vetted.get(key) if key is not None else None):
                applies = Applies(raw)
            if key is not None:
                self._applies[key] = applies
        return applies

    def choose(self, title: str | None, year: int | None, doc: Document | None = None) -> Choice | Unchosen:
        """The built-in or plugin pack for a document (see the module's docstring), or why there is none:
        no pack's kind, one excluded, or none for its year.  A pack with its own ``report.year_pattern``
        reads the year from the title itself."""
        text: str | None = None
        opening: str | None = None
        excluded: str | None = None
        kind: list[tuple[Path, Applies, str, Evidence | None]] = []
        offered: list[tuple[Path, Applies]] = []  # the packs not excluded, of the document's kind or not
        keys: dict[Path, tuple[str, int, int] | None] = {}  # each pack file stat'ed once per document
        for _name, path in sorted(available_packs().items()):
            keys[path] = key = self._file_key(path)
            try:
                applies = self._applies_of(path, key)
            except ConfigError:  # a broken pack is not offered
                continue
            if applies.exclude:
                if opening is None:
                    opening = document_opening(doc) if doc is not None else ""
                name = applies.excluded(title, opening)
                if name:
                    excluded = excluded or name
                    continue
            offered.append((path, applies))
            if applies.title_matches(title):
                kind.append((path, applies, "title", None))
            elif applies.title is None and applies.year_pattern is None and any(applies.years):
                kind.append((path, applies, "year", None))
            elif doc is not None:
                if text is None:
                    text = document_text(doc)
                evidence = applies.recognise(text)
                if evidence is not None:
                    kind.append((path, applies, "content", evidence))
        for path, applies, matched_by, evidence in kind:
            pack_year = report_year(title, None, applies.year_pattern) if applies.year_pattern is not None else year
            if applies.year_fits(pack_year):
                return self._choice(path, keys[path], matched_by, evidence, "year", year=pack_year)
        # A report one version of a form recognised (the 2021 pack's topic sub-headings in a 2019 report, 汝州市
        # 2019) is of the kind for every version: the pack of the same forms that covers its year takes it.
        for _, applies, matched_by, evidence in kind:
            for path, other in offered:
                if other.year_pattern is None and other.is_version_of(applies) and other.year_fits(year):
                    return self._choice(path, keys[path], matched_by, evidence, "year", year=year)
        # a pack of the document's kind that would take it without a year: the form or the latest decides
        undated = [entry for entry in kind if entry[2] != "year" and entry[1].year_pattern is None]
        if year is not None or doc is None or not undated:
            return Unchosen(of_kind=year is not None and doc is not None and bool(undated), excluded=excluded)
        if text is None:
            text = document_text(doc)
        scored = [(applies.form_hits(text), path, applies, matched_by, evidence)
                  for path, applies, matched_by, evidence in undated]
        best = max(scored, key=lambda s: s[0][0])
        if best[0][0] > 0 and sum(1 for s in scored if s[0][0] == best[0][0]) == 1:
            (_, form_name, header), path, _, matched_by, evidence = best
            return self._choice(path, keys[path], matched_by, evidence, "form", form_name=form_name,
                                form_header=header)
        latest = max(scored, key=lambda s: (s[2].years[0] or 0))
        return self._choice(latest[1], keys[latest[1]], latest[3], latest[4], "latest")

    def _choice(self, path: Path, key: tuple[str, int, int] | None, matched_by: str, evidence: Evidence | None,
                decided_by: str, **more) -> Choice:
        return Choice(self.compiled(path, key), matched_by, evidence, decided_by, **more)

