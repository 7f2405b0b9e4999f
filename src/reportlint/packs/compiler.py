"""Rule packs: load, validate, resolve ``extends:``, compile, and choose one for a document.

A pack is data (YAML); this module turns it into compiled specs once per run: regexes compiled,
identities parsed, label paths normalised.  Every mistake is a ConfigError naming the pack file,
the line and the key (exit code 2).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ..analysis.expr import ExpressionError, Identity, parse_identity
from ..analysis.structure import report_year, section_number
from ..model.diagnostics import ConfigError, Severity
from ..model.records import FrozenRecord, Record, set_field
from ..text.normalize import normalize, normalize_label
from .yamlload import LDict, LList, load_schema, load_yaml, validate

MAX_REGEX_LEN = 500
# A quantified group that itself contains a quantifier, e.g. (a+)+ or (\d*)*: the shape of
# catastrophic backtracking.  Packs are rejected rather than allowed to hang a run.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")
# A label path's separator: "/" not escaped as "\/".
LABEL_SEPARATOR = re.compile(r"(?<!\\)/")
_CN_NUMBERED = re.compile(r"^([一二三四五六七八九十]+)、")


def builtin_rules_dir() -> Path:
    """Where the built-in packs live: inside the installed package, or in the source tree."""
    from .package_data import PACKAGE_DIR

    packaged = PACKAGE_DIR / "rules"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parents[1] / "rules"


class Segment(FrozenRecord):
    __slots__ = ("text", "regex")

    def __init__(self, text: str, regex: re.Pattern[str] | None = None) -> None:
        set_field(self, "text", text)  # normalised
        set_field(self, "regex", regex)

    def matches(self, label: str) -> bool:
        if self.regex is not None:
            return self.regex.search(label) is not None
        return self.text == label


class LabelSpec(Record):
    __slots__ = ("key", "label", "name", "alternatives", "optional", "line")

    def __init__(self, key: str, label: str, name: str, alternatives: list[list[Segment]], optional: bool = False,
                 line: int = 0) -> None:
        self.key = key
        self.label = label
        self.name = name
        self.alternatives = alternatives
        self.optional = optional
        self.line = line


class CellType(Record):
    __slots__ = ("type", "unit", "unit_required", "required")

    def __init__(self, type: str = "count", unit: str | None = None, unit_required: bool = False, required: bool = True) -> None:
        self.type = type
        self.unit = unit
        self.unit_required = unit_required
        self.required = required


class TableSpec(Record):
    __slots__ = ("id", "title", "section", "caption", "header_has", "rows_have", "required", "columns", "rows", "cells",
                 "column_types", "extra", "require_one_of", "src", "line")

    def __init__(self, id: str, title: str, section: str | None, caption: re.Pattern[str] | None, header_has: list[str],
                 rows_have: list[str], required: bool, columns: list[LabelSpec], rows: list[LabelSpec], cells: CellType,
                 column_types: dict[str, CellType], extra: str = "info", require_one_of: list[list[str]] | None = None, src: str = "",
                 line: int = 0) -> None:
        self.id = id
        self.title = title
        self.section = section
        self.caption = caption
        self.header_has = header_has
        self.rows_have = rows_have
        self.required = required
        self.columns = columns
        self.rows = rows
        self.cells = cells
        self.column_types = column_types
        self.extra = extra
        self.require_one_of = [] if require_one_of is None else require_one_of
        self.src = src
        self.line = line


class IdentitySpec(Record):
    __slots__ = ("id", "table", "for_each", "over", "identity", "when_present", "when_absent", "when_nonzero", "tolerance", "severity",
                 "title", "message", "help", "doc", "src", "line")

    def __init__(self, id: str, table: str, for_each: str, over: list[str] | None, identity: Identity, when_present: list[str],
                 when_absent: list[str], when_nonzero: list[str], tolerance: Any, severity: Severity | None, title: str,
                 message: str | None, help: str | None, doc: str | None, src: str = "", line: int = 0) -> None:
        self.id = id
        self.table = table
        self.for_each = for_each
        self.over = over
        self.identity = identity
        self.when_present = when_present
        self.when_absent = when_absent
        self.when_nonzero = when_nonzero
        self.tolerance = tolerance
        self.severity = severity
        self.title = title
        self.message = message
        self.help = help
        self.doc = doc
        self.src = src
        self.line = line


class SectionSpec(Record):
    __slots__ = ("id", "title", "number", "match", "variants", "required", "topics")

    def __init__(self, id: str, title: str, number: str, match: re.Pattern[str], variants: list[re.Pattern[str]], required: bool,
                 topics: list[tuple[str, re.Pattern[str]]]) -> None:
        self.id = id
        self.title = title
        self.number = number
        self.match = match
        self.variants = variants
        self.required = required
        self.topics = topics


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


class Pack(Record):
    __slots__ = ("id", "name", "language", "path", "raw", "applies_title", "applies_years", "report", "sections", "section_order",
                 "tables", "identities", "value_rules", "dates", "version", "prose", "prose_sums", "crossdoc", "severity", "examples",
                 "section_numbering", "_rules")

    def __init__(self, id: str, name: str, language: str, path: str, raw: dict, applies_title: re.Pattern[str] | None,
                 applies_years: tuple[int | None, int | None], report: dict, sections: list[SectionSpec], section_order: str,
                 tables: list[TableSpec], identities: list[IdentitySpec], value_rules: list[dict], dates: dict, version: dict,
                 prose: list, prose_sums: dict, crossdoc: list[dict], severity: dict[str, str], examples: list[dict],
                 section_numbering: re.Pattern[str] | None = None) -> None:
        self.id = id
        self.name = name
        self.language = language
        self.path = path
        self.raw = raw
        self.applies_title = applies_title
        self.applies_years = applies_years
        self.report = report
        self.sections = sections
        self.section_order = section_order
        self.tables = tables
        self.identities = identities
        self.value_rules = value_rules
        self.dates = dates
        self.version = version
        self.prose = prose  # list[prose_rules.ProseRule]
        self.prose_sums = prose_sums
        self.crossdoc = crossdoc
        self.severity = severity
        self.examples = examples
        self.section_numbering = section_numbering  # sections.numbering; None: Chinese "一、"
        self._rules: list[RuleInfo] | None = None  # described by .rules on first use

    @property
    def rules(self) -> list[RuleInfo]:
        """Every rule of the pack (``reportlint rules``, SARIF's rule list, rule docs): described on
        first use, since a check does not need the list (nor the cross-year module it reads)."""
        if self._rules is None:
            from ..checks import describe_rules

            self._rules = describe_rules(self)
        return self._rules

    def table(self, table_id: str) -> TableSpec | None:
        return next((t for t in self.tables if t.id == table_id), None)

    def severity_of(self, rule_id: str, default: Severity) -> Severity | None:
        """The severity a rule runs at, or None when the pack turns it off."""
        value = self.severity.get(rule_id)
        if value is None:
            return default
        if value == "off":
            return None
        return Severity(value)


def compile_regex(pattern: str, src: str, line: int, key: str) -> re.Pattern[str]:
    """A pack's regex, compiled once it is known to be safe (length, nested quantifiers, syntax,
    backtracking shape); otherwise a ConfigError naming the file, line and key."""
    _vet_text(pattern, src, line, key)
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"正则表达式错误：{exc}", src, line, key) from None
    _vet_shape(pattern, src, line, key)
    return compiled


def vet_regex(pattern: str, src: str, line: int, key: str) -> None:
    """What compile_regex checks, for a pattern that is compiled in another form (a prose pattern
    once its ``{n}`` are expanded): the parse the backtracking check makes also finds syntax errors,
    so the pattern is not compiled twice.  Errors only the compiler finds (a variable-width
    look-behind) surface when the caller's compile fails, through compile_regex."""
    _vet_text(pattern, src, line, key)
    _vet_shape(pattern, src, line, key, strict=True)


def _vet_text(pattern: str, src: str, line: int, key: str) -> None:
    if len(pattern) > MAX_REGEX_LEN:
        raise ConfigError(f"正则表达式过长（{len(pattern)} 个字符，上限 {MAX_REGEX_LEN}）", src, line, key)
    if _NESTED_QUANTIFIER.search(pattern):
        raise ConfigError(
            f"正则表达式 {pattern!r} 含有嵌套量词，可能导致灾难性回溯；请改写，例如把 (a+)+ 写成 a+",
            src, line, key)


def _vet_shape(pattern: str, src: str, line: int, key: str, strict: bool = False) -> None:
    from .regexguard import backtracking_risk  # repeats of repeats or of alternatives (issue 7)

    try:
        risk = backtracking_risk(pattern, strict=strict)
    except re.error as exc:
        raise ConfigError(f"正则表达式错误：{exc}", src, line, key) from None
    if risk:
        raise ConfigError(f"正则表达式 {pattern!r} {risk}，可能导致灾难性回溯；请改写", src, line, key)


def _literal_or_regex(text: str, src: str, line: int, key: str) -> re.Pattern[str]:
    """Plain text matches itself (normalised); a leading '~' makes the rest a regex."""
    if text.startswith("~"):
        return compile_regex(normalize(text[1:]), src, line, key)
    return re.compile(re.escape(normalize(text)))


def parse_label(text: str, src: str, line: int, key: str) -> list[Segment]:
    """A label path: '/'-separated segments, each normalised; '~' starts a regex segment."""
    segments = []
    for part in LABEL_SEPARATOR.split(text):
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


# ---------------------------------------------------------------------------------------------
# Loading and extends


def _read_pack_file(path: Path) -> LDict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("规则包文件不存在", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"无法读取规则包：{exc}", str(path)) from None
    data = load_yaml(text, str(path))
    if not isinstance(data, LDict):
        raise ConfigError("规则包必须是一个 YAML 映射（以 pack: 开头）", str(path), 1)
    return data


def check_schema(data: LDict, src: str) -> list[ConfigError]:
    schema = load_schema("pack.schema.json")
    problems: list[ConfigError] = []
    validate(data, schema, schema, "", src, 1, problems)
    return problems


def _merge_lists_by_id(base: list, child: list) -> LList:
    out = LList(src=getattr(child, "src", ""), line=getattr(child, "line", 0))
    index = {item.get("id"): i for i, item in enumerate(base) if isinstance(item, dict)}
    out.extend(base)
    out.item_lines = list(getattr(base, "item_lines", [0] * len(base)))
    for i, item in enumerate(child):
        item_line = child.item_lines[i] if isinstance(child, LList) and i < len(child.item_lines) else 0
        if isinstance(item, dict) and item.get("id") in index:
            out[index[item["id"]]] = item
        else:
            out.append(item)
            out.item_lines.append(item_line)
    return out


def _merge(base: LDict, child: LDict) -> LDict:
    merged = LDict(src=child.src, line=child.line)
    merged.update(base)
    merged.key_lines.update(base.key_lines)
    merged.pop("examples", None)  # examples test the pack that carries them; they are not inherited
    for key, value in child.items():
        if key in ("extends", "remove"):
            continue
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            merged[key] = _merge_lists_by_id(old, value)
        elif isinstance(old, dict) and isinstance(value, dict) and key != "sections":
            inner = LDict(src=value.src if isinstance(value, LDict) else child.src,
                          line=child.line_of(key))
            inner.update(old)
            inner.update(value)
            if isinstance(old, LDict):
                inner.key_lines.update(old.key_lines)
            if isinstance(value, LDict):
                inner.key_lines.update(value.key_lines)
            merged[key] = inner
        elif key == "sections" and isinstance(old, dict) and isinstance(value, dict):
            inner = LDict(src=child.src, line=child.line_of(key))
            inner.update(old)
            for k, v in value.items():
                if k == "items" and isinstance(inner.get("items"), list):
                    inner["items"] = _merge_lists_by_id(inner["items"], v)
                else:
                    inner[k] = v
            merged[key] = inner
        else:
            merged[key] = value
        merged.key_lines[key] = child.line_of(key)
    for removed in child.get("remove", []) or []:
        for key in ("tables", "identities", "values", "prose", "crossdoc"):
            if isinstance(merged.get(key), list):
                kept = LList(src=merged[key].src, line=merged[key].line)
                kept.extend(i for i in merged[key] if not (isinstance(i, dict) and i.get("id") == removed))
                merged[key] = kept
    return merged


def load_raw(path: Path, _seen: tuple[str, ...] = ()) -> LDict:
    """Read a pack file, validate it, and fold in the pack it extends."""
    resolved = str(path.resolve())
    if resolved in _seen:
        raise ConfigError("extends 形成了循环", str(path))
    data = _read_pack_file(path)
    problems = check_schema(data, str(path))
    if problems:
        raise problems[0]
    parent_ref = data.get("extends")
    if not parent_ref:
        return data
    parent_path = resolve_pack_ref(parent_ref, base_dir=path.parent)
    if parent_path is None or not parent_path.exists():
        raise ConfigError(f"找不到被继承的规则包 '{parent_ref}'", str(path), data.line_of("extends"),
                          "extends")
    if str(parent_path.resolve()) in (*_seen, resolved):
        chain = " → ".join(Path(p).name for p in (*_seen, resolved, str(parent_path.resolve())))
        raise ConfigError(f"extends 形成了循环（{chain}）", str(path), data.line_of("extends"), "extends")
    parent_key = _raw_key(str(parent_path.resolve()))
    parent = _RAW.get(parent_key) if parent_key else None  # already read (e.g. to choose a pack)
    if parent is None:
        parent = load_raw(parent_path, (*_seen, resolved))
    return _merge(parent, data)


def plugin_packs() -> dict[str, Path]:
    """Packs that other installed distributions provide through the ``reportlint.packs`` group."""
    from .entrypoints import entry_points

    found: dict[str, Path] = {}
    for ep in entry_points(group="reportlint.packs"):
        try:
            target = ep.load()
            value = target() if callable(target) else target
            found[ep.name] = Path(str(value))
        except Exception:  # a broken plugin must not stop the run; it is simply not offered
            continue
    return found


@cache
def _builtin_packs() -> tuple[Path, ...]:
    """The built-in pack files (inside the installed package: listed once per process)."""
    return tuple(sorted(builtin_rules_dir().glob("*.yaml")))


def available_packs() -> dict[str, Path]:
    packs = {p.stem: p for p in _builtin_packs()}
    for name, path in plugin_packs().items():
        packs.setdefault(name, path)
    return packs


def resolve_pack_ref(ref: str, base_dir: Path | None = None) -> Path | None:
    """A pack reference is a built-in/plugin pack name or a path to a YAML file."""
    if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
        candidate = Path(ref)
        if not candidate.is_absolute() and base_dir is not None:
            local = base_dir / candidate
            if local.exists():
                return local
        if candidate.exists():
            return candidate
        if base_dir is not None and not candidate.is_absolute():
            return base_dir / candidate
        return candidate
    builtin = builtin_rules_dir() / f"{ref}.yaml"
    if builtin.exists():
        return builtin
    return plugin_packs().get(ref)


# ---------------------------------------------------------------------------------------------
# Compiling


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


def _src_line(node: Any, key: str | None = None) -> tuple[str, int]:
    if isinstance(node, LDict):
        return node.src, node.line_of(key) if key else node.line
    return "", 0


def compile_pack(raw: LDict, path: str) -> Pack:
    pack_id = raw["pack"]
    applies = raw.get("applies", {}) or {}
    applies_title = None
    if "title" in applies:
        applies_title = _applies_title_regex(applies["title"], *_src_line(applies, "title"))
    years = applies.get("years", {}) or {}

    sections: list[SectionSpec] = []
    sections_raw = raw.get("sections", {}) or {}
    numbering = None
    if sections_raw.get("numbering"):
        numbering = compile_regex(normalize(sections_raw["numbering"]), *_src_line(sections_raw, "numbering"),
                                  "sections.numbering")
    for item in sections_raw.get("items", []) or []:
        s_src, s_line = _src_line(item)
        title = item["title"]
        if numbering is not None:
            number_m = numbering.match(normalize(title))
            number = section_number(number_m) if number_m else ""
            bare = normalize_label(normalize(title)[number_m.end():] if number_m else title)
        else:
            number_m = _CN_NUMBERED.match(normalize(title))
            number = number_m.group(1) if number_m else ""
            bare = normalize_label(title)
        match = compile_regex(normalize(item["match"]) if "match" in item else "^" + re.escape(bare) + "$",
                              s_src, s_line, f"sections.{item['id']}.match")
        variants = [compile_regex(normalize(v), s_src, s_line, f"sections.{item['id']}.variants")
                    for v in item.get("variants", [])]
        topics = [(t["name"], compile_regex(t["match"], s_src, s_line, f"sections.{item['id']}.topics"))
                  for t in item.get("topics", [])]
        sections.append(SectionSpec(item["id"], title, number, match,
                                    variants, bool(item.get("required", True)), topics))
    section_ids = {s.id for s in sections}

    tables: list[TableSpec] = []
    for t in raw.get("tables", []) or []:
        t_src, t_line = _src_line(t)
        if t.get("section") and t["section"] not in section_ids:
            raise ConfigError(f"未知的章节 id '{t['section']}'", t_src, t.line_of("section"),
                              f"tables.{t['id']}.section")
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
            caption=_literal_or_regex(t["caption"], t_src, t.line_of("caption"),
                                      f"tables.{t['id']}.caption") if t.get("caption") else None,
            header_has=[normalize_label(h) for h in t.get("header_has", [])],
            rows_have=[normalize_label(h) for h in t.get("rows_have", [])],
            required=bool(t.get("required", True)),
            columns=columns, rows=_labels(t["rows"], t_src, f"tables.{t['id']}.rows"),
            cells=default_type, column_types=column_types, extra=t.get("extra", "info"),
            require_one_of=[list(g) for g in t.get("require_one_of", []) or []],
            src=t_src, line=t_line,
        ))
    table_by_id = {t.id: t for t in tables}

    identities: list[IdentitySpec] = []
    for ident in raw.get("identities", []) or []:
        i_src, i_line = _src_line(ident)
        table = table_by_id.get(ident["table"])
        if table is None:
            raise ConfigError(f"未知的表格 id '{ident['table']}'", i_src, ident.line_of("table"),
                              f"identities.{ident['id']}.table")
        for_each = ident.get("for_each", "column")
        keys = [r.key for r in table.rows] if for_each == "column" else [c.key for c in table.columns]
        try:
            parsed = parse_identity(ident["assert"], keys)
        except ExpressionError as exc:
            raise ConfigError(str(exc), i_src, ident.line_of("assert"),
                              f"identities.{ident['id']}.assert") from None
        axis_keys = [c.key for c in table.columns] if for_each == "column" else [r.key for r in table.rows]
        for key in ident.get("over", []) or []:
            if key not in axis_keys:
                raise ConfigError(f"over 中的键 '{key}' 不在表格 {table.id} 中", i_src, ident.line_of("over"),
                                  f"identities.{ident['id']}.over")
        severity = ident.get("severity")
        identities.append(IdentitySpec(
            id=ident["id"], table=table.id, for_each=for_each, over=ident.get("over"),
            identity=parsed, when_present=list(ident.get("when_present", [])),
            when_absent=list(ident.get("when_absent", [])), when_nonzero=list(ident.get("when_nonzero", [])),
            tolerance=ident.get("tolerance", 0),
            severity=None if severity in (None, "off") else Severity(severity),
            title=ident.get("title", ident["id"]), message=ident.get("message"), help=ident.get("help"),
            doc=ident.get("doc"), src=i_src, line=i_line,
        ))

    pack = Pack(
        id=pack_id, name=raw.get("name", pack_id), language=raw.get("language", "zh"), path=path,
        raw=raw, applies_title=applies_title,
        applies_years=(years.get("min"), years.get("max")), report=dict(raw.get("report", {}) or {}),
        sections=sections, section_order=(raw.get("sections", {}) or {}).get("order", "strict"),
        tables=tables, identities=identities, value_rules=list(raw.get("values", []) or []),
        dates=dict(raw.get("dates", {}) or {}), version=dict(raw.get("version", {}) or {}),
        prose=_compile_prose(raw, tables, section_ids), prose_sums=dict(raw.get("prose_sums", {}) or {}),
        crossdoc=list(raw.get("crossdoc", []) or []), severity=dict(raw.get("severity", {}) or {}),
        examples=list(raw.get("examples", []) or []), section_numbering=numbering,
    )
    return pack


def _compile_prose(raw: LDict, tables: list[TableSpec], section_ids: set[str]) -> list:
    from ..checks.prose_rules import compile_prose

    return compile_prose(list(raw.get("prose", []) or []), tables, section_ids)


# The validated, merged YAML of packs read in this process, by (path, modification time, size):
# an edited pack is read again.  Only packs that loaded without error are kept.
_RAW: dict[tuple[str, int, int], LDict] = {}


def _raw_key(resolved: str) -> tuple[str, int, int] | None:
    try:
        st = Path(resolved).stat()
    except OSError:
        return None
    return resolved, st.st_mtime_ns, st.st_size


def _raw_cached(resolved: str) -> LDict:
    key = _raw_key(resolved)
    if key is None:
        return load_raw(Path(resolved))  # raises the usual ConfigError
    if key not in _RAW:
        _RAW[key] = load_raw(Path(resolved))
    return _RAW[key]


@cache
def _load_cached(resolved: str) -> Pack:
    raw = _raw_cached(resolved)
    return compile_pack(raw, resolved)


def load_pack(ref: str, base_dir: Path | None = None) -> Pack:
    """Load a pack by name or path, compiled once per process."""
    path = resolve_pack_ref(ref, base_dir)
    if path is None or not path.exists():
        names = ", ".join(sorted(available_packs()))
        raise ConfigError(f"找不到规则包 '{ref}'（内置：{names}）", None)
    return _load_cached(str(path.resolve()))


def choose_pack(title: str | None, year: int | None) -> Pack | None:
    """The built-in or plugin pack whose ``applies`` matches the title and the report year.

    A pack with its own ``report.year_pattern`` reads the year from the title itself.
    """
    for _name, path in sorted(available_packs().items()):
        resolved = _resolved(path)
        try:  # decided from the pack's YAML: only the chosen pack is compiled
            if not _applies(_raw_cached(resolved), title, year):
                continue
            return _load_cached(resolved)
        except ConfigError:  # a broken pack is not offered
            continue
    return None


@cache
def _resolved(path: Path) -> str:
    """A pack's real path (asked for every file checked; the answer does not change in a run)."""
    return str(path.resolve())


@cache
def _applies_title_regex(pattern: str, src: str, line: int) -> re.Pattern[str]:
    """``applies.title`` compiled and vetted once, not for every file checked."""
    return compile_regex(pattern, src, line, "applies.title")


def _applies(raw: LDict, title: str | None, year: int | None) -> bool:
    """``applies:`` (and ``report.year_pattern``) of a pack's YAML, as compile_pack reads them."""
    applies = raw.get("applies", {}) or {}
    report = dict(raw.get("report", {}) or {})
    pack_year = report_year(title, None, report["year_pattern"]) if report.get("year_pattern") else year
    if pack_year is None:
        return False
    applies_title = None
    if "title" in applies:
        applies_title = _applies_title_regex(applies["title"], *_src_line(applies, "title"))
    if applies_title is not None and (not title or not applies_title.search(normalize(title))):
        return False
    years = applies.get("years", {}) or {}
    lo, hi = years.get("min"), years.get("max")
    if (lo is not None and pack_year < lo) or (hi is not None and pack_year > hi):
        return False
    return not (applies_title is None and lo is None and hi is None)
