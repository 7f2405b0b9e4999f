"""Compile a pack's validated YAML: its sections and tables here, every other key by the check kind that owns it.

Everything that can be wrong in a pack is found now, when it is loaded, not while a document is checked:
each regex is compiled and vetted (``regexes.py``), each label path parsed, each reference to a section
or table resolved.  A mistake is a ConfigError naming the file, the line and the key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analysis.specs import CellType, LabelSpec, SectionSpec, Segment, TableSpec, split_label_path
from ..analysis.structure import section_number
from ..model.diagnostics import ConfigError
from ..text.normalize import normalize, normalize_label
from ..text.numbering import listed_number
from .model import Pack
from .regexes import compile_regex, literal_or_regex, pattern_budget
from .yamlload import LDict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .model import PackPart

REPORT_PATTERNS = ("year_pattern", "town_title", "government_title")


def src_line(node: Any, key: str | None = None) -> tuple[str, int]:
    """(file, line) of a YAML node, or of one of its keys."""
    if isinstance(node, LDict):
        return node.src, node.line_of(key) if key else node.line
    return "", 0


def parse_label(text: str, src: str, line: int, key: str) -> list[Segment]:
    """A label path: '/'-separated segments, each normalised; '~' starts a regex segment."""
    segments = []
    for part in split_label_path(text):
        part = part.replace("\\/", "/").strip()
        if not part:
            continue
        if part.startswith("~"):
            segments.append(Segment(part[1:], compile_regex(normalize(part[1:]), src, line, key)))
        else:
            segments.append(Segment(normalize_label(part) or normalize(part)))
    if not segments:
        raise ConfigError("标签路径为空", src, line, key)
    return segments


def _labels(mapping: dict, src: str, key_path: str) -> list[LabelSpec]:
    out = []
    for key, spec in mapping.items():
        line = mapping.line_of(key) if isinstance(mapping, LDict) else 0
        if isinstance(spec, str):
            label, name, aliases, optional = spec, None, [], False
        else:
            label = spec["label"]
            name = spec.get("name")
            aliases = list(spec.get("aliases", []))
            optional = bool(spec.get("optional", False))
        if label == "*":  # the data row of a table without row labels
            out.append(LabelSpec(key, label, name or key, [[Segment("*")]], optional, line))
            continue
        alts = [parse_label(label, src, line, f"{key_path}.{key}")]
        alts += [parse_label(a, src, line, f"{key_path}.{key}.aliases") for a in aliases]
        default_name = label.split("/")[-1].lstrip("~")
        out.append(LabelSpec(key, label, name or default_name, alts, optional, line))
    return out


def _cell_type(spec: dict | None, default: CellType | None = None) -> CellType:
    base = default or CellType()
    if not spec:
        return CellType(base.type, base.unit, base.unit_required, base.required)
    return CellType(
        spec.get("type", base.type), spec.get("unit", base.unit),
        bool(spec.get("unit_required", base.unit_required)), bool(spec.get("required", base.required)),
    )


def _sections(raw: LDict) -> tuple[list[SectionSpec], re.Pattern[str] | None]:
    sections_raw = raw.get("sections", {}) or {}
    numbering = None
    if sections_raw.get("numbering"):
        numbering = compile_regex(normalize(sections_raw["numbering"]), *src_line(sections_raw, "numbering"),
                                  "sections.numbering")
    sections: list[SectionSpec] = []
    for item in sections_raw.get("items", []) or []:
        s_src, s_line = src_line(item)
        title = item["title"]
        if numbering is not None:
            number_m = numbering.match(normalize(title))
            number = section_number(number_m) if number_m else ""
            bare = normalize_label(normalize(title)[number_m.end():] if number_m else title)
        else:
            number = listed_number(normalize(title)) or ""
            bare = normalize_label(title)
        match = compile_regex(normalize(item["match"]) if "match" in item else "^" + re.escape(bare) + "$",
                              s_src, s_line, f"sections.{item['id']}.match")
        variants = [compile_regex(normalize(v), s_src, s_line, f"sections.{item['id']}.variants")
                    for v in item.get("variants", [])]
        topics = [(t["name"], compile_regex(t["match"], s_src, s_line, f"sections.{item['id']}.topics"))
                  for t in item.get("topics", [])]
        sections.append(SectionSpec(item["id"], title, number, match, variants, bool(item.get("required", True)), topics))
    return sections, numbering


def _tables(raw: LDict, section_ids: set[str]) -> list[TableSpec]:
    tables: list[TableSpec] = []
    for t in raw.get("tables", []) or []:
        t_src, t_line = src_line(t)
        if t.get("section") and t["section"] not in section_ids:
            raise ConfigError(f"未知的章节 id '{t['section']}'", t_src, t.line_of("section"), f"tables.{t['id']}.section")
        default_type = _cell_type(t.get("cells"))
        columns = _labels(t["columns"], t_src, f"tables.{t['id']}.columns")
        column_types = {}
        for key, spec in (t.get("column_types", {}) or {}).items():
            if key not in {c.key for c in columns}:
                raise ConfigError(f"column_types 中的列 '{key}' 未在 columns 中定义", t_src,
                                  t.get("column_types").line_of(key), f"tables.{t['id']}.column_types")
            column_types[key] = _cell_type(spec, default_type)
        tables.append(TableSpec(
            id=t["id"], title=t.get("title", t["id"]), section=t.get("section"),
            caption=literal_or_regex(t["caption"], t_src, t.line_of("caption"),
                                     f"tables.{t['id']}.caption") if t.get("caption") else None,
            header_has=[normalize_label(h) for h in t.get("header_has", [])],
            rows_have=[normalize_label(h) for h in t.get("rows_have", [])],
            required=bool(t.get("required", True)),
            columns=columns, rows=_labels(t["rows"], t_src, f"tables.{t['id']}.rows"),
            cells=default_type, column_types=column_types, extra=t.get("extra", "info"),
            require_one_of=[list(g) for g in t.get("require_one_of", []) or []],
            src=t_src, line=t_line,
        ))
    return tables


def compile_report_patterns(report: dict) -> dict[str, re.Pattern[str]]:
    """``report.year_pattern``, ``town_title`` and ``government_title``, compiled and vetted."""
    return {key: compile_regex(report[key], *src_line(report, key), f"report.{key}")
            for key in REPORT_PATTERNS if report.get(key)}


def compile_pack(raw: LDict, path: str, kinds: Sequence[PackPart]) -> Pack:
    """The pack: its own parts, then each check kind's (in the order of ``kinds``); at most
    ``regexes.MAX_PATTERNS`` regexes in all."""
    with pattern_budget():
        return _compile_pack(raw, path, kinds)


def _compile_pack(raw: LDict, path: str, kinds: Sequence[PackPart]) -> Pack:
    applies = raw.get("applies", {}) or {}
    applies_title = compile_regex(applies["title"], *src_line(applies, "title"), "applies.title") \
        if "title" in applies else None
    years = applies.get("years", {}) or {}
    report = raw.get("report", {}) or {}
    sections, numbering = _sections(raw)
    pack = Pack(
        id=raw["pack"], name=raw.get("name", raw["pack"]), language=raw.get("language", "zh"), path=path, raw=raw,
        applies_title=applies_title, applies_years=(years.get("min"), years.get("max")), report=dict(report),
        report_patterns=compile_report_patterns(report), sections=sections,
        section_order=(raw.get("sections", {}) or {}).get("order", "strict"), section_numbering=numbering,
        tables=_tables(raw, {s.id for s in sections}), severity=dict(raw.get("severity", {}) or {}),
        examples=list(raw.get("examples", []) or []), kinds=kinds,
    )
    for kind in kinds:
        compile_part = getattr(kind, "compile", None)
        if compile_part is None:  # a kind that owns no pack key (it always runs)
            continue
        compiled = compile_part({key: raw[key] for key in getattr(kind, "PACK_KEYS", ()) if key in raw}, pack)
        if compiled is not None:
            pack.parts[kind.KIND] = compiled
    return pack
