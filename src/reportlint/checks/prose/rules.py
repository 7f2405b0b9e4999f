"""Prose rules of a pack: compiled patterns, named numbers and their cell expressions.

A prose rule (``prose:`` in a pack) finds a sentence with a regex and binds each named number in it
to table cells.  This module compiles the YAML into :class:`ProseRule` objects once, when the pack
is loaded (patterns vetted and their syntax checked, cell expressions resolved against the pack's
tables); a pattern is compiled on first use, and tried only on paragraphs that hold its literals
(:mod:`.literals`): most paragraphs hold a few rules' at most.

Pattern syntax: a Python regex on the *normalised* paragraph (NFKC: full-width digits, letters and
``，；：（）％`` become ASCII; all whitespace removed, so the spaces that PDF extraction puts between
汉字 and digits do not matter).  ``{n}`` stands for a number token captured as the named number
``n``: Arabic or full-width digits, thousands separators, decimals, or Chinese numerals (两, 十二).
A captured number counts only if :func:`reportlint.cnparse.find_numbers` reads a number at exactly
that place, so dates (1月2日), article and item numbers (第二十条, 第一项) and document numbers
(〔2021〕30号) are never taken.

Expressions over cells: ``t3[new,total]``, ``t3[new,total] + t3[carried_over,total]``,
``t3[d1..d8,total]`` (the sum of a range of rows, in the pack's declaration order),
``t3[new,commercial..other_org]``, integer constants, ``+`` and ``-``.  In a ``percent`` number a
bare name (``n``) is another named number of the same pattern.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...analysis.specs import TableSpec
from ...model.diagnostics import ConfigError, Severity
from ...model.records import FrozenRecord, Record, set_field
from ...packs.regexes import compile_regex, named_groups, vet_regex
from ...packs.yamlload import LDict
from ...text.lazyregex import LazyRegex
from ...text.literals import may_hold_a_match, required_literals

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# A number token on the normalised text: digits (thousands separators, decimals) or Chinese
# numerals.  Loose on purpose (it is expanded into every prose pattern, and compiling is paid on every
# run): whether it is a quantity, and exactly that one, is decided by find_numbers — the run takes a
# match only where find_numbers reads a number that starts and ends with it.
NUMBER_TOKEN = r"(?<![0-9.,])[0-9][0-9,]*(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万两]+"
_NUMBER_SHAPE = "(?:[0-9〇零一二三四五六七八九十百千万两]+)"  # what NUMBER_TOKEN can take, for the backtracking check
_PLACEHOLDER = re.compile(r"(?<![\\{])\{([A-Za-z_]\w*)\}")
_CELL_TERM = re.compile(
    r"\s*(?P<op>[+-])?\s*(?:(?P<table>[A-Za-z_][\w-]*)\s*\[\s*(?P<rows>[^\],]+?)\s*,\s*(?P<cols>[^\]]+?)\s*\]"
    r"|(?P<num>\d+)|(?P<name>[A-Za-z_]\w*))\s*"
)
_RANGE = re.compile(r"^([A-Za-z_]\w*)\s*\.\.\s*([A-Za-z_]\w*)$")


class CellTerm(FrozenRecord):
    """``sign × Σ table[rows × cols]``."""

    __slots__ = ("table", "rows", "cols", "sign")

    def __init__(self, table: str, rows: tuple[str, ...], cols: tuple[str, ...], sign: int) -> None:
        set_field(self, "table", table)
        set_field(self, "rows", rows)
        set_field(self, "cols", cols)
        set_field(self, "sign", sign)


class CellExpr(FrozenRecord):
    """A sum of cell terms, constants and (in percentages) other named numbers."""

    __slots__ = ("source", "terms", "constant", "names")

    def __init__(self, source: str, terms: tuple[CellTerm, ...] = (), constant: Decimal = Decimal(0),
                 names: tuple[tuple[str, int], ...] = ()) -> None:
        set_field(self, "source", source)
        set_field(self, "terms", terms)
        set_field(self, "constant", constant)
        set_field(self, "names", names)  # (named number, sign)


class NumberSpec(FrozenRecord):
    __slots__ = ("name", "equals", "percent_part", "percent_base")

    def __init__(self, name: str, equals: tuple[CellExpr, ...] = (), percent_part: CellExpr | None = None,
                 percent_base: tuple[CellExpr, ...] = ()) -> None:
        set_field(self, "name", name)
        set_field(self, "equals", equals)
        set_field(self, "percent_part", percent_part)
        set_field(self, "percent_base", percent_base)

    @property
    def is_percent(self) -> bool:
        return self.percent_part is not None


class ScopeSpec(FrozenRecord):
    __slots__ = ("words", "action")

    def __init__(self, words: tuple[str, ...], action: str) -> None:
        set_field(self, "words", words)
        set_field(self, "action", action)  # warning | skip


class SubjectSpec(FrozenRecord):
    """What a sentence must be about for a rule's number to be the table's.

    The subject word nearest before the number, looking back through the paragraph, decides: one of
    ``words`` (申请, 依申请公开…) binds the number; one of ``others`` (建议, 提案, 信访, 热线…) means the
    sentence counts something else, and the rule says nothing; with neither, ``otherwise`` applies
    (``skip``, or ``warning``: check, but as a warning) unless the paragraph lies in one of
    ``sections``, where the subject goes without saying (section 四 is about disclosure cases)."""

    __slots__ = ("words", "others", "sections", "otherwise")

    def __init__(self, words: tuple[str, ...], others: tuple[str, ...], sections: tuple[str, ...], otherwise: str) -> None:
        set_field(self, "words", words)
        set_field(self, "others", others)
        set_field(self, "sections", sections)
        set_field(self, "otherwise", otherwise)  # skip | warning


class ProseRule(Record):
    __slots__ = ("id", "title", "source", "regex", "numbers", "section", "scope", "subject", "severity", "message", "help", "doc",
                 "src", "line", "tables", "literals")

    def __init__(self, id: str, title: str, source: str, regex: re.Pattern[str] | LazyRegex, numbers: dict[str, NumberSpec],
                 section: str | None, scope: list[ScopeSpec], severity: Severity | None, message: str | None, help: str | None,
                 doc: str | None, src: str = "", line: int = 0, tables: list[str] | None = None,
                 subject: SubjectSpec | None = None, literals: tuple[tuple[str, ...], ...] = ()) -> None:
        self.id = id
        self.title = title
        self.source = source
        self.regex = regex
        self.numbers = numbers
        self.section = section
        self.scope = scope
        self.subject = subject
        self.severity = severity
        self.message = message
        self.help = help
        self.doc = doc
        self.src = src
        self.line = line
        self.tables = [] if tables is None else tables
        self.literals = literals  # per branch, text every match holds (literals.py)

    def may_match(self, text: str) -> bool:
        """False when ``text`` lacks a literal every match holds: the regex is then neither tried nor compiled."""
        return may_hold_a_match(self.literals, text)


# ---------------------------------------------------------------------------------------------
# Compiling


def _keys_of(spec: list, part: str, table: TableSpec, axis: str, where: tuple[str, int, str]) -> tuple[str, ...]:
    keys = [s.key for s in spec]
    m = _RANGE.match(part)
    names = [m.group(1), m.group(2)] if m else [part.strip()]
    for name in names:
        if name not in keys:
            raise ConfigError(f"表格 {table.id} 没有{axis}键 '{name}'（可用：{', '.join(keys)}）", *where)
    if not m:
        return (names[0],)
    a, b = keys.index(names[0]), keys.index(names[1])
    if a > b:
        raise ConfigError(f"范围 {part} 的顺序颠倒", *where)
    return tuple(keys[a : b + 1])


def parse_cell_expr(source: str, tables: dict[str, TableSpec], where: tuple[str, int, str],
                    names: set[str] | None = None) -> CellExpr:
    """Parse ``t3[new,total] + t3[carried_over,total]``; ``names`` allows bare named numbers."""
    pos = 0
    terms: list[CellTerm] = []
    refs: list[tuple[str, int]] = []
    constant = Decimal(0)
    first = True
    while pos < len(source):
        m = _CELL_TERM.match(source, pos)
        if m is None or m.end() == pos or (not first and m.group("op") is None):
            raise ConfigError(f"无法解析的表达式 {source!r}（第 {pos + 1} 个字符附近）；"
                              "应写作 表格[行键,列键] 之和，例如 t3[new,total] + t3[carried_over,total]", *where)
        sign = -1 if m.group("op") == "-" else 1
        if m.group("table"):
            table = tables.get(m.group("table"))
            if table is None:
                raise ConfigError(f"未知的表格 id '{m.group('table')}'", *where)
            rows = _keys_of(table.rows, m.group("rows"), table, "行", where)
            cols = _keys_of(table.columns, m.group("cols"), table, "列", where)
            terms.append(CellTerm(table.id, rows, cols, sign))
        elif m.group("num"):
            constant += sign * Decimal(m.group("num"))
        else:
            name = m.group("name")
            if names is None or name not in names:
                raise ConfigError(f"表达式中的 '{name}' 不是本规则的具名数字", *where)
            refs.append((name, sign))
        first = False
        pos = m.end()
    if not terms and not refs and constant == 0:
        raise ConfigError("表达式为空", *where)
    return CellExpr(source, tuple(terms), constant, tuple(refs))


def _as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def compile_prose(items: list, tables: list[TableSpec], section_ids: set[str]) -> list[ProseRule]:
    """Compile the ``prose:`` list of a pack (already validated against the schema)."""
    by_id = {t.id: t for t in tables}
    out: list[ProseRule] = []
    for item in items:
        src = item.src if isinstance(item, LDict) else ""

        def line(key: str, _item: Any = item) -> int:
            return _item.line_of(key) if isinstance(_item, LDict) else 0

        rid = item["id"]
        source = item["pattern"]
        # The pattern as written is checked (length, syntax, backtracking shape) with each {n} as a
        # run of digits (so that \d*{n} is a chain of repeats); it is compiled only in its expanded form.
        as_written = _PLACEHOLDER.sub(_NUMBER_SHAPE, source)
        vet_regex(as_written, src, line("pattern"), f"prose.{rid}.pattern", shown=source)
        placeholders = _PLACEHOLDER.findall(source)
        expanded = _PLACEHOLDER.sub(lambda m: f"(?P<{m.group(1)}>{NUMBER_TOKEN})", source)
        groups = _group_names(source, expanded, as_written, (src, line("pattern"), f"prose.{rid}.pattern"))
        numbers_raw = item["numbers"]
        numbers: dict[str, NumberSpec] = {}
        used: list[str] = []
        for name, spec in numbers_raw.items():
            where = (src, numbers_raw.line_of(name) if isinstance(numbers_raw, LDict) else line("numbers"),
                     f"prose.{rid}.numbers.{name}")
            if name not in groups:
                raise ConfigError(f"模式中没有名为 '{name}' 的数字（写作 {{{name}}} 或 (?P<{name}>…)）", *where)
            if isinstance(spec, dict):
                equals = tuple(parse_cell_expr(e, by_id, where) for e in _as_list(spec.get("equals")))
                pct = spec.get("percent")
                part = base = None
                if pct:
                    others = set(numbers_raw) - {name}
                    part = parse_cell_expr(pct["part"], by_id, where, others)
                    base = tuple(parse_cell_expr(b, by_id, where, others) for b in _as_list(pct["base"]))
                if not equals and part is None:
                    raise ConfigError("数字需要 equals 或 percent", *where)
                numbers[name] = NumberSpec(name, equals, part, base or ())
            else:
                numbers[name] = NumberSpec(name, tuple(parse_cell_expr(e, by_id, where) for e in _as_list(spec)))
            for expr in (*numbers[name].equals, *numbers[name].percent_base,
                         *((numbers[name].percent_part,) if numbers[name].percent_part else ())):
                used += [t.table for t in expr.terms if t.table not in used]
        for name in placeholders:
            if name not in numbers:
                raise ConfigError(f"模式中的 {{{name}}} 没有在 numbers 中说明对应的单元格", src, line("pattern"),
                                  f"prose.{rid}.numbers")
        section = item.get("section")
        if section is not None and section not in section_ids:
            raise ConfigError(f"未知的章节 id '{section}'", src, line("section"), f"prose.{rid}.section")
        scope_raw = item.get("scope") or []
        scopes = [ScopeSpec(tuple(s["words"]), s["action"])
                  for s in ([scope_raw] if isinstance(scope_raw, dict) else scope_raw)]
        severity = item.get("severity", "error")
        subject = _compile_subject(item.get("subject"), section_ids, (src, line("subject"), f"prose.{rid}.subject"))
        out.append(ProseRule(
            id=rid, title=item.get("title", rid), source=source, regex=LazyRegex(expanded), numbers=numbers,
            section=section, scope=scopes, severity=None if severity == "off" else Severity(severity),
            message=item.get("message"), help=item.get("help"), doc=item.get("doc"), src=src,
            line=item.line if isinstance(item, LDict) else 0, tables=used, subject=subject,
            literals=required_literals(as_written),
        ))
    return out


def _group_names(source: str, expanded: str, as_written: str, where: tuple[str, int, str]) -> set[str]:
    """The named groups of a prose pattern, its syntax checked now by compiling it with each ``{n}``
    as a run of ASCII digits (the expanded pattern, whose number token is what costs to compile, is
    compiled on first use); a ConfigError with ``re``'s own message for the expanded pattern."""
    try:
        return named_groups(_PLACEHOLDER.sub(lambda m: f"(?P<{m.group(1)}>[0-9]+)", source))
    except re.error:
        pass
    try:
        return named_groups(expanded)
    except re.error as exc:
        compile_regex(as_written, *where)  # its own error first, as written
        raise ConfigError(f"正则表达式错误：{exc}", *where) from None


def _compile_subject(raw: dict | None, section_ids: set[str], where: tuple[str, int, str]) -> SubjectSpec | None:
    if not raw:
        return None
    sections = tuple(raw.get("sections") or ())
    for sid in sections:
        if sid not in section_ids:
            raise ConfigError(f"未知的章节 id '{sid}'", *where)
    return SubjectSpec(tuple(raw.get("words") or ()), tuple(raw.get("others") or ()), sections,
                       raw.get("otherwise", "skip"))
