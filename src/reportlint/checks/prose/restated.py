"""Numbers in the text that restate table cells: the pack's ``prose:`` rules, run on one paragraph.

A rule's regex finds the sentence; each named number is compared with its cell expressions.  Before a
number is taken for the table's, the sentence must be about what the table counts:

- **subject** (the rule's ``subject``): the subject word nearest before the number decides — 申请 binds
  "办结N件" to the table, 建议/提案/信访/热线/咨询 mean the sentence counts something else (a sentence on
  proposals "…答复共N件" is not about applications);
- **another year**: a sentence that names a year other than the report's ("2022年收到申请12件" in a
  2023 report) counts that year, and so does a clause that names last year before the number ("上年行政处罚处理决定3件",
  "去年收到申请12件" — not its carry-in, "上年结转…", a part of this year's work): nothing is said;
- **scope words** (the rule's ``scope``): 全市/全区/代表… lower an error to a warning, 备案 skips.

A number that does not match is reported with every cell involved (labels and values); when it equals
a part of what the sentence names — one sub-item of （四）无法提供, one of the two kinds of 行政诉讼, one
applicant column of a row — the message says which, since that is usually how the mistake was made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ...model.diagnostics import CellRef, Diagnostic, Severity, Status
from ...model.document import Paragraph
from ...packs.templates import fill
from ...text.cnparse import NumberMention, percent_accepts, percent_of
from ...text.mapped import original_span
from ...text.marks import stretch_end, stretch_start
from ...text.normalize import CellKind, exact, format_decimal
from ..base import KindContext, cell_ref
from ..identity import cell_number
from .defs import PERCENT, TABLE, UNVERIFIABLE
from .rules import CellExpr, CellTerm, NumberSpec, ProseRule, SubjectSpec

_SENTENCE_END = frozenset("。;!?")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")


class _Value:
    """An expression evaluated against the document's tables."""

    __slots__ = ("absent", "display", "label", "problems", "refs", "value")

    def __init__(self) -> None:
        self.value: Decimal | None = Decimal(0)
        self.refs: list[CellRef] = []
        self.problems: list[str] = []
        self.absent = False
        self.display = ""
        self.label = ""  # the cells by name, without values


def override(pack, rule_id: str) -> Severity | None:
    value = pack.severity.get(rule_id)
    return None if value in (None, "off") else Severity(value)


def run_rule(ctx: KindContext, rule: ProseRule, block: Paragraph, norm: str, idx: list[int],
             by_start: dict[int, NumberMention], checked: set[int], section: str | None) -> Iterator[Diagnostic | None]:
    """The findings of one pack rule on one paragraph (``norm``: its normalised text, ``idx`` the map back)."""
    severity = rule.severity or override(ctx.pack, rule.id)
    if severity is None or ctx.pack.severity_of(rule.id, severity) is None:
        return
    for m in rule.regex.finditer(norm):
        stated: dict[str, NumberMention] = {}
        for name, spec in rule.numbers.items():
            if m.group(name) is None:
                continue
            mention = by_start.get(m.start(name))
            if mention is None or mention.end < m.end(name) or mention.approximate:
                continue  # not a quantity here: a date, an article number, a document number...
            if (mention.unit == "%") != spec.is_percent:
                continue
            stated[name] = mention
        if not stated:
            continue
        first = min(n.start for n in stated.values())
        about = _subject(rule.subject, norm, first, section)
        if about == "skip" or _other_year(norm, first, ctx.report_year) or _last_year(norm, m.start()):
            continue
        scope = _scope_word(rule, norm, m.start(), m.end())
        if scope is not None and scope[1] == "skip":
            continue
        cap = Severity.WARNING if scope is not None or about == "warning" else None
        scope_note = ctx.msg("scope", word=scope[0]) if scope is not None else ""
        for name, mention in stated.items():
            spec = rule.numbers[name]
            start, end = original_span(idx, m.start(name), m.end(name))
            location = ctx.document.span_location(block, start, end)
            if spec.is_percent:
                if _has_base(ctx, spec, stated):
                    checked.add(m.start(name))  # checked against the table: not again against the sentence's total
                yield from _check_percent(ctx, rule, spec, mention, stated, severity, cap, scope_note, location)
            else:
                yield from _check_equals(ctx, rule, spec, mention, stated, severity, cap, scope_note, location)


# ---------------------------------------------------------------------------------------------
# What the sentence is about


def _subject(subject: SubjectSpec | None, norm: str, pos: int, section: str | None) -> str:
    """``bind``, ``skip`` or ``warning``: the subject word that ends nearest before ``pos`` in the paragraph
    decides (of two ending at the same place the longer: 复议申请 is not 申请)."""
    if subject is None:
        return "bind"
    own = _nearest(subject.words, norm, pos)
    other = _nearest(subject.others, norm, pos)
    if own is None and other is None:
        return "bind" if section in subject.sections else subject.otherwise
    if other is None or (own is not None and own > other):
        return "bind"
    return "skip"


def _nearest(words: tuple[str, ...], norm: str, pos: int) -> tuple[int, int] | None:
    """(end, length) of the word occurrence ending last before ``pos``."""
    best = None
    for word in words:
        i = norm.rfind(word, 0, pos)
        if i >= 0 and (best is None or (i + len(word), len(word)) > best):
            best = (i + len(word), len(word))
    return best


def _other_year(norm: str, pos: int, report_year: int | None) -> bool:
    """Whether the sentence, up to ``pos``, is dated to another year than the report's (its latest year
    mention before the number is not the report year)."""
    if report_year is None:
        return False
    s = pos
    while s > 0 and norm[s - 1] not in _SENTENCE_END:
        s -= 1
    years = _YEAR.findall(norm, s, pos)
    return bool(years) and int(years[-1]) != report_year


_CLAUSE_MARKS = frozenset("，,；;。：:")
_LAST_YEAR = ("上年", "上一年", "去年")
_CARRIED_IN = "结转"


def _last_year(norm: str, start: int) -> bool:
    """Whether the clause before a match starting at ``start`` names last year (上年, 上一年(度), 去年) as its time, not
    last year's carry-in (上年结转…, 上一年度结转…)."""
    lead = norm[stretch_start(norm, _CLAUSE_MARKS, start):start]
    for word in _LAST_YEAR:
        i = lead.find(word)
        while i >= 0:
            if not lead[i + len(word) :].lstrip("度").startswith(_CARRIED_IN):
                return True
            i = lead.find(word, i + 1)
    return False


def _scope_word(rule: ProseRule, norm: str, start: int, end: int) -> tuple[str, str] | None:
    """The first scope word in the sentence around ``[start, end)``, with its action."""
    sentence = norm[stretch_start(norm, _SENTENCE_END, start):stretch_end(norm, _SENTENCE_END, end)]
    for scope in rule.scope:
        for word in scope.words:
            if word in sentence:
                return word, scope.action
    return None


# ---------------------------------------------------------------------------------------------
# Cell expressions


def _axis_name(specs: list, keys: tuple[str, ...]) -> str:
    by_key = {s.key: s for s in specs}

    def one(key: str) -> str:
        spec = by_key[key]
        if spec.label == "*":
            return ""
        same = [s for s in specs if s.name == spec.name]
        return spec.label.lstrip("~") if len(same) > 1 else spec.name

    if len(keys) == 1:
        return one(keys[0])
    return f"{one(keys[0])}至{one(keys[-1])}"


def _term_name(ctx: KindContext, term: CellTerm) -> str:
    spec = ctx.pack.table(term.table)
    assert spec is not None
    rows = _axis_name(spec.rows, term.rows)
    cols = _axis_name(spec.columns, term.cols)
    return f"{rows}/{cols}" if rows else cols


@exact
def _evaluate(ctx: KindContext, expr: CellExpr, stated: dict[str, NumberMention]) -> _Value:
    out = _Value()
    shown: list[str] = []
    names: list[str] = []
    total = expr.constant
    for i, term in enumerate(expr.terms):
        names.append(("-" if term.sign < 0 else ("+" if i else "")) + _term_name(ctx, term))
        bound = ctx.bound(term.table)
        if bound is None:
            out.absent = True
            continue
        spec = bound.spec
        term_sum = Decimal(0)
        for r_key in term.rows:
            for c_key in term.cols:
                r, c = bound.rows.get(r_key), bound.cols.get(c_key)
                if r is None or c is None:
                    out.absent = True
                    continue
                cell = bound.table.at(r, c)
                out.refs.append(cell_ref(bound, r, c, cell))
                kind, value = cell_number(cell.text if cell else "", spec.column_types.get(c_key, spec.cells))
                if value is None:
                    label = bound.view.cell_label(r, c)
                    out.problems.append(ctx.msg("unreadable", cell=label, value=cell.text if cell else "")
                                        if kind == CellKind.TEXT else ctx.msg("blank", cell=label))
                    continue
                term_sum += value
                shown.append(("-" if term.sign < 0 else ("+" if shown else "")) + format_decimal(value))
        total += term.sign * term_sum
    for name, sign in expr.names:
        mention = stated.get(name)
        if mention is None:
            out.absent = True
            continue
        total += sign * mention.value
    if out.absent or out.problems:
        out.value = None
    else:
        out.value = total
        out.label = "".join(names)
        parts = ["".join(names)] if names else []
        values = "".join(shown)
        if len(out.refs) > 1 and len(out.refs) <= 6:
            parts.append(values)
        parts.append(format_decimal(total))
        out.display = " = ".join(parts)
    return out


def _parts_of(ctx: KindContext, exprs: tuple[CellExpr, ...]) -> Iterator[CellTerm]:
    """The parts of what a number names, most telling first: each term of a sum (直接起诉 of 行政诉讼),
    each row of a range (one sub-item of （四）), each column of a range, and the columns a total column
    adds up (those whose label shares its path: 申请人情况/自然人 … for 申请人情况/总计)."""
    seen: set[CellTerm] = set()

    def new(term: CellTerm) -> bool:
        if term in seen:
            return False
        seen.add(term)
        return True

    for expr in exprs:
        if len(expr.terms) > 1:
            yield from (t for t in (CellTerm(t.table, t.rows, t.cols, 1) for t in expr.terms) if new(t))
    for expr in exprs:
        for t in expr.terms:
            if len(t.rows) > 1:
                yield from (x for x in (CellTerm(t.table, (r,), t.cols, 1) for r in t.rows) if new(x))
            if len(t.cols) > 1:
                yield from (x for x in (CellTerm(t.table, t.rows, (c,), 1) for c in t.cols) if new(x))
    for expr in exprs:
        for t in expr.terms:
            spec = ctx.pack.table(t.table)
            if spec is None or len(t.cols) != 1:
                continue
            by_key = {c.key: c for c in spec.columns}
            head, _, last = by_key[t.cols[0]].label.rpartition("/")
            if last not in ("总计", "合计", "小计") or not head:
                continue
            for col in spec.columns:
                if col.key != t.cols[0] and col.label.startswith(head + "/"):
                    term = CellTerm(t.table, t.rows, (col.key,), 1)
                    if new(term):
                        yield term


def _equal_part(ctx: KindContext, exprs: tuple[CellExpr, ...], value: Decimal) -> tuple[str, list[CellRef]] | None:
    """The first part (see ``_parts_of``) whose value is ``value``: its name and cells."""
    if value == 0:
        return None  # zeros are everywhere: that a 0 equals some cell says nothing
    for term in _parts_of(ctx, exprs):
        got = _evaluate(ctx, CellExpr(term.table, (term,)), {})
        if got.value == value:
            return _term_name(ctx, term), got.refs
    return None


# ---------------------------------------------------------------------------------------------
# Checking a number


def _check_equals(ctx: KindContext, rule: ProseRule, spec: NumberSpec, mention: NumberMention,
                  stated: dict[str, NumberMention], severity: Severity, cap: Severity | None, scope_note: str,
                  location) -> Iterator[Diagnostic | None]:
    results = [_evaluate(ctx, expr, stated) for expr in spec.equals]
    if any(r.value == mention.value for r in results):
        return
    usable = [r for r in results if r.value is not None]
    unit = mention.unit or ""
    value_text = format_decimal(mention.value)
    fields = {"title": rule.title, "stated": value_text, "unit": unit, "scope": scope_note}
    if not usable:
        problems = [p for r in results for p in r.problems]
        if not problems:
            return  # the table or a row is missing: the tables check reports that
        text = ctx.msg("unverifiable", blanks="；".join(dict.fromkeys(problems)), **fields)
        yield ctx.report(rule.id, text, location, code=UNVERIFIABLE.code, default=UNVERIFIABLE.severity,
                         at_most=UNVERIFIABLE.severity, status=Status.UNVERIFIABLE, actual=value_text,
                         cells=_dedup([c for r in results for c in r.refs]), key=(spec.name, value_text))
        return
    expected = " 或 ".join(dict.fromkeys(format_decimal(r.value) for r in usable if r.value is not None))
    table = ctx.msg("or").join(r.display for r in usable)
    fields.update(expected=expected, table=table)
    refs = [c for r in usable for c in r.refs]
    text = fill(rule.message, fields) if rule.message else ctx.msg("table", **fields)
    part = _equal_part(ctx, spec.equals, mention.value)
    if part is not None:
        text += ctx.msg("equals_part", stated=value_text, part=part[0])
        refs += part[1]
    text += scope_note
    yield ctx.report(rule.id, text, location, code=TABLE.code, default=severity, at_most=cap, expected=expected,
                     actual=value_text, cells=_dedup(refs),
                     help=fill(rule.help, fields) if rule.help else ctx.msg("help"), key=(spec.name, value_text))


def _check_percent(ctx: KindContext, rule: ProseRule, spec: NumberSpec, mention: NumberMention,
                   stated: dict[str, NumberMention], severity: Severity, cap: Severity | None, scope_note: str,
                   location) -> Iterator[Diagnostic | None]:
    assert spec.percent_part is not None
    part = _evaluate(ctx, spec.percent_part, stated)
    if part.value is None:
        return
    computed: list[tuple[Decimal, _Value]] = []
    for expr in spec.percent_base:
        base = _evaluate(ctx, expr, stated)
        if base.value is None or base.value == 0:
            continue
        if percent_accepts(mention.value, part.value, base.value, mention.decimals):
            return
        computed.append((percent_of(part.value, base.value, mention.decimals), base))
    if not computed:
        return
    value, base = computed[0]
    expected = " 或 ".join(dict.fromkeys(format_decimal(v) for v, _ in computed))
    text = ctx.msg("percent", stated=format_decimal(mention.value), part=_with_label(part),
                   base=_with_label(base), computed=format_decimal(value)) + scope_note
    yield ctx.report(rule.id, text, location, code=PERCENT.code, default=severity, at_most=cap, expected=expected,
                     actual=format_decimal(mention.value),
                     cells=_dedup(part.refs + [c for _, b in computed for c in b.refs]),
                     help=fill(rule.help, {"title": rule.title, "stated": format_decimal(mention.value), "unit": "%",
                                           "scope": scope_note, "expected": expected, "table": ""}) if rule.help else None,
                     key=(spec.name, format_decimal(mention.value)))


def _has_base(ctx: KindContext, spec: NumberSpec, stated: dict[str, NumberMention]) -> bool:
    """Whether a percentage can be checked against the table: its part and a base hold values.  A text cut before
    the table (or a blank cell) leaves it to the sentence's own total (``在18件政府信息公开申请中,予以公开5件,占27.8%``,
    checks/prose/sums)."""
    assert spec.percent_part is not None
    if _evaluate(ctx, spec.percent_part, stated).value is None:
        return False
    return any(_evaluate(ctx, expr, stated).value for expr in spec.percent_base)


def _with_label(value: _Value) -> str:
    assert value.value is not None
    shown = format_decimal(value.value)
    return f"{shown}（{value.label}）" if value.label else shown


def _dedup(refs: list[CellRef]) -> list[CellRef]:
    return list(dict.fromkeys(refs))
