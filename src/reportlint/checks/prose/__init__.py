"""prose: numbers stated in the text match the tables, add up, and their percentages are right.

Most errors found in published reports are sentences that contradict the tables ("共受理政府信息公开
申请2件" above a table showing 3).  This kind runs three kinds of rule over every paragraph:

``prose.sum`` (RL701, engine)
    "共计发布政府信息178条，其中信息公开目录信息更新64条、政务新媒体信息发布74条、官网发布40条": the
    parts must add up to the total.  The pack's ``prose_sums`` switches it on.
``prose.percent`` (RL703, engine)
    "…761件，其中予以公开258件，占33.9%": the percentage is recomputed from the part and the total
    stated before it, rounded half-up to the decimals written.  An error when the total is the
    total of a 共…其中 statement; a warning when it is only the nearest stated total.
pack rules (``prose:`` in the pack; RL702, RL703 for percentages, RL704 not verifiable)
    A regex on the normalised paragraph (NFKC, whitespace removed: the spaces PDF extraction puts
    between 汉字 and digits do not matter) with named numbers ``{n}``, each bound to an expression
    over table cells or to accepted alternatives.  A number is taken only where
    :func:`reportlint.cnparse.find_numbers` reads one: Arabic, full-width, ``1,234``, Chinese
    numerals (两件, 十二件), never a date (1月2日), an article or item number (第二十条, 第一项) or a
    document number (〔2021〕30号).  The diagnostic underlines the number in the original text
    (line/column for Markdown and text, paragraph and snippet for .docx) and names every table cell
    involved, with its labels and value; ``expected`` is the table's value (alternatives joined by
    " 或 "), ``actual`` the number in the text.

Pack rule keys::

    prose:
      - id: prose.requests-received
        title: 收到申请数
        pattern: '(?:收到|受理|新收)[^。;,]{0,12}?申请(?:共计|共)?{n}件'
        numbers:
          n: ['t3[new,total]', 't3[new,total] + t3[carried_over,total]']   # accept either
        section: overview            # optional: only paragraphs of this section
        scope:                       # words in the sentence that change what is counted
          - {words: [全市, 全区, 全县, 代表], action: warning}
          - {words: [备案], action: skip}
        severity: error
        message: 文中{title}为 {stated}{unit}，与表格不符：{table}      # optional

Expressions: ``t3[new,total]``, ``t3[d1..d8,total]`` (a range of rows, summed),
``t4[data,d_total] + t4[data,a_total]``.  A percentage: ``p: {percent: {part: n, base: [...]}}``,
where ``part``/``base`` are other named numbers or expressions.  A scope word lowers an error to a
warning (``warning``) or drops the finding (``skip``): the table counts what the reporting agency
(本机关) did, a sentence about 全市/全区 or about what an office did 代表区政府 may count something
else.  A blank table cell makes the number not verifiable (RL704, a warning naming the cell); a
table or row that is not found is left to the tables check.

Failing example (table: 第一项 总计 = 95, 第二项 总计 = 0)::

    2024年，本机关共收到政府信息公开申请17件。
    → RL702 文中收到申请数为 17件，与表格不符：第一项（总计）= 95，或 第一项（总计）+第二项（总计）= 95+0 = 95

    共计发布政府信息178条，其中…64条、…75条、…40条。
    → RL701 文中合计不成立：64+75+40 = 179，但写明共计 178 条，相差 1

Passing example: ``2024年，本机关共收到政府信息公开申请95件。`` and
``共计发布政府信息178条，其中…64条、…74条、…40条。``
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal

from ...model.diagnostics import CellRef, Diagnostic, Severity, Status
from ...model.document import Paragraph
from ...model.records import Record
from ...packs.compile import src_line
from ...packs.templates import check_template, fill
from ...text.cnparse import NumberMention, find_numbers, find_sum_statements, percent_of
from ...text.mapped import normalize_mapped, original_span
from ...text.normalize import CellKind, exact, exact_sum, format_decimal
from ..base import KindContext, RuleDef, RuleInfo, cell_ref
from ..identity import cell_number
from .rules import CellExpr, CellTerm, NumberSpec, ProseRule, compile_prose

KIND = "prose"
PACK_KEYS = ("prose", "prose_sums")
SCHEMA = {
    "properties": {
        "prose": {
            "type": "array",
            "items": {"$ref": "#/$defs/proseRule"},
            "description": "Rules on the running text (patterns that must or must not occur); see docs/packs.md.",
        },
        "prose_sums": {"$ref": "#/$defs/proseSums"},
    },
    "$defs": {
        "proseNumber": {
            "anyOf": [
                {"type": "string", "description": "An expression over cells, e.g. t3[new,total] + t3[carried_over,total]."},
                {
                    "type": "array",
                    "description": "Accepted alternatives: the number matches if it equals any of them.",
                    "items": {"type": "string"},
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "equals": {
                            "description": "An expression over cells, or a list of accepted alternatives.",
                            "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                        },
                        "percent": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["part", "base"],
                            "description": "The number is a percentage: part / base * 100, rounded to the decimals written.",
                            "properties": {
                                "part": {
                                    "type": "string",
                                    "description": "Another named number of the pattern, or an expression over cells.",
                                },
                                "base": {
                                    "description": ("The base: named number(s) or expression(s); any one that gives the stated "
                                                    "percentage passes."),
                                    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                                },
                            },
                        },
                    },
                },
            ],
        },
        "proseRule": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "pattern", "numbers"],
            "properties": {
                "id": {"type": "string", "description": "Stable rule id."},
                "title": {"type": "string", "description": "What the number is, for messages (e.g. 收到申请数)."},
                "pattern": {
                    "type": "string",
                    "description": ("Regex on the normalised paragraph (NFKC, whitespace removed); {name} stands for a number "
                                    "token captured as the named number."),
                },
                "numbers": {
                    "type": "object",
                    "description": ("Each named number of the pattern: an expression over table cells, a list of accepted "
                                    "alternatives, or an object."),
                    "additionalProperties": {"$ref": "#/$defs/proseNumber"},
                },
                "section": {"type": "string", "description": "Id of the section whose paragraphs are searched (default: all)."},
                "scope": {
                    "description": "Scope words that change what the sentence counts: one {words, action} or a list.",
                    "anyOf": [{"$ref": "#/$defs/proseScope"}, {"type": "array", "items": {"$ref": "#/$defs/proseScope"}}],
                },
                "severity": {"$ref": "#/$defs/severity"},
                "message": {"type": "string", "description": "Message template: {title} {stated} {unit} {expected} {table} {scope}."},
                "help": {"type": "string", "description": "The help line of a finding (default: make the text and the table agree)."},
                "doc": {"type": "string", "description": "What the rule checks, shown by reportlint rule ID."},
            },
            "description": "A number stated in the running text, bound to table cells (reportlint rule shows the prose kind).",
        },
        "proseScope": {
            "type": "object",
            "additionalProperties": False,
            "required": ["words", "action"],
            "description": "Words in the sentence that change what the number counts.",
            "properties": {
                "words": {
                    "type": "array",
                    "description": "Words (in the normalised sentence) that mark another scope, e.g. 全区, 代表, 备案.",
                    "items": {"type": "string"},
                },
                "action": {
                    "type": "string",
                    "description": "warning: lower an error to a warning; skip: report nothing.",
                    "enum": ["warning", "skip"],
                },
            },
        },
        "proseSums": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "enabled": {"type": "boolean", "description": "Check totals stated in the text (共计…其中…, RL701); default true."},
            },
            "description": "Totals stated in running text must equal the sum of their parts.",
        },
    },
}

RULES = [
    RuleDef("prose.sum", "RL701", Severity.ERROR, {"en": "a total stated in the text is not the sum of its parts",
                                                   "zh": "文中的合计与各分项之和不符"}),
    RuleDef("prose.table", "RL702", Severity.ERROR, {"en": "a number stated in the text does not match the table",
                                                     "zh": "文中的数字与表格不符"}),
    RuleDef("prose.percent", "RL703", Severity.ERROR,
            {"en": "a percentage stated in the text does not match the part and the total stated with it",
             "zh": "文中的百分比与其基数不符"}),
    RuleDef("prose.unverifiable", "RL704", Severity.WARNING, {"en": "a number in the text cannot be checked: its table cell is blank",
                                                               "zh": "文中的数字无法核对：对应的单元格为空"}),
]
TABLE, PERCENT, UNVERIFIABLE = RULES[1], RULES[2], RULES[3]

MESSAGES = {
    "sum": {
        "zh": "文中合计不成立：{parts} = {sum}，但写明共计 {total} {unit}，相差 {diff}",
        "en": "a stated total does not add up: {parts} = {sum}, but the text says {total} {unit}, difference {diff}",
    },
    "table": {
        "zh": "文中{title}为 {stated} {unit}，与表格不符：{table}",
        "en": "the text gives {title} as {stated}{unit}, but the table has {table}",
    },
    "or": {"zh": "，或 ", "en": ", or "},
    "scope": {
        "zh": "（句中有“{word}”，统计范围可能与表格不同）",
        "en": " (the sentence says \"{word}\": its scope may differ from the table's)",
    },
    "percent": {
        "zh": "文中百分比 {stated}% 与其基数不符：{part} ÷ {base} × 100% = {computed}%",
        "en": "the stated {stated}% does not match its base: {part} / {base} × 100% = {computed}%",
    },
    "unverifiable": {
        "zh": "无法核对文中{title} {stated} {unit}：{blanks}",
        "en": "cannot check {title} {stated}{unit} against the table: {blanks}",
    },
    "blank": {"zh": "“{cell}”为空", "en": "\"{cell}\" is blank"},
    "unreadable": {"zh": "“{cell}”不是数字（{value}）", "en": "\"{cell}\" is not a number ({value})"},
    "unbound": {"zh": "表格中找不到“{label}”", "en": "the table has no \"{label}\""},
    "help": {
        "zh": "改正文中的数字或表格，使二者一致；若统计范围不同，请在句中写明",
        "en": "make the text and the table agree; if they count different things, say so in the sentence",
    },
}

# The placeholders a prose rule's message may use.
MESSAGE_FIELDS = ("title", "stated", "unit", "scope", "expected", "table")

_SENTENCE_END = frozenset("。;!?")
# "…258件,占33.9%", "占总数的33.9%", "占比33.9%" (after normalisation: ASCII comma, no spaces)
_PERCENT_LEAD = re.compile(
    r"[件条个项次人家份篇场期][,(]?占(?:比|总数|总量|全部|申请总数|比例|比重)?的?(?:比例|比重)?(?:为|达)?$")
_TOTAL_BEFORE = re.compile(r"(?:共计|合计|总计|累计|总共|一共|共)[^。;,]{0,12}$")
_QIZHONG_AFTER = re.compile(r",?其中")


class ProsePart(Record):
    __slots__ = ("rules", "sums")

    def __init__(self, rules: list[ProseRule], sums: bool) -> None:
        self.rules = rules
        self.sums = sums  # prose_sums.enabled: check 共计…其中… statements (RL701)


def compile(raw: dict, pack) -> ProsePart | None:
    items = list(raw.get("prose", []) or [])
    rules = compile_prose(items, pack.tables, {s.id for s in pack.sections})
    for item in items:
        for name in ("message", "help"):
            if item.get(name):
                check_template(item[name], MESSAGE_FIELDS, *src_line(item, name), f"prose.{item['id']}.{name}")
    sums = raw.get("prose_sums") or {}
    sums_on = bool(sums) and sums.get("enabled", True)
    if not rules and not sums_on:
        return None
    return ProsePart(rules, sums_on)


def pack_rules(pack, part: ProsePart) -> list[RuleInfo]:
    out = []
    for rule in part.rules:
        severity = pack.severity_of(rule.id, rule.severity) if rule.severity else _override(pack, rule.id)
        if severity is None:
            continue
        doc = (rule.doc or rule.title) + f"\n\n    pattern: {rule.source}\n" + "".join(
            f"    {name}: {_spec_source(spec)}\n" for name, spec in rule.numbers.items())
        out.append(RuleInfo(rule.id, TABLE.code, KIND, severity, rule.title, doc + "\n" + (__doc__ or ""),
                            f"pack {pack.id}"))
    return out


def _override(pack, rule_id: str) -> Severity | None:
    value = pack.severity.get(rule_id)
    return None if value in (None, "off") else Severity(value)


def _spec_source(spec: NumberSpec) -> str:
    if spec.is_percent:
        assert spec.percent_part is not None
        bases = " 或 ".join(b.source for b in spec.percent_base)
        return f"{spec.percent_part.source} ÷ ({bases}) × 100%"
    return " 或 ".join(e.source for e in spec.equals)


def run(ctx: KindContext, part: ProsePart) -> Iterator[Diagnostic]:
    doc = ctx.document
    sums_on = part.sums
    starts = sorted((s.block_index, sid) for sid, s in ctx.section_of.items())
    start_keys = [s[0] for s in starts]
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, Paragraph) or not block.text.strip():
            continue
        if sums_on:
            yield from _sums(ctx, block)
        k = bisect.bisect_right(start_keys, index) - 1
        section = starts[k][1] if k >= 0 else None
        norm, idx = normalize_mapped(block.text)
        numbers = find_numbers(norm)
        if not numbers:
            continue
        by_start = {n.start: n for n in numbers}
        checked: set[int] = set()  # starts of percentages a pack rule already checked
        for rule in part.rules:
            if rule.section is not None and rule.section != section:
                continue
            yield from _run_rule(ctx, rule, block, norm, idx, by_start, checked)
        yield from _percentages(ctx, block, norm, idx, numbers, checked)


# ---------------------------------------------------------------------------------------------
# Sums (共计…其中…)


def _sums(ctx: KindContext, block: Paragraph) -> Iterator[Diagnostic]:
    doc = ctx.document
    for statement in find_sum_statements(block.text):
        parts = exact_sum(p.value for p in statement.parts)
        if parts == statement.total.value:
            continue
        unit = statement.total.unit or ""
        shown = "+".join(format_decimal(p.value) for p in statement.parts)
        text = ctx.msg("sum", parts=shown, sum=format_decimal(parts),
                       total=format_decimal(statement.total.value), unit=unit,
                       diff=format_decimal(exact_sum((parts, -statement.total.value))))
        loc = doc.span_location(block, statement.total.start, statement.total.end)
        d = ctx.report("prose.sum", text, loc,
                           expected=format_decimal(parts), actual=format_decimal(statement.total.value),
                           key=(statement.text[:40],))
        if d:
            yield d


# ---------------------------------------------------------------------------------------------
# Pack rules


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


def _scope_word(rule: ProseRule, norm: str, start: int, end: int) -> tuple[str, str] | None:
    """The first scope word in the sentence around ``[start, end)``, with its action."""
    s = start
    while s > 0 and norm[s - 1] not in _SENTENCE_END:
        s -= 1
    e = end
    while e < len(norm) and norm[e] not in _SENTENCE_END:
        e += 1
    sentence = norm[s:e]
    for scope in rule.scope:
        for word in scope.words:
            if word in sentence:
                return word, scope.action
    return None


def _run_rule(ctx: KindContext, rule: ProseRule, block: Paragraph, norm: str, idx: list[int],
              by_start: dict[int, NumberMention], checked: set[int]) -> Iterator[Diagnostic]:
    severity = rule.severity or _override(ctx.pack, rule.id)
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
        scope = _scope_word(rule, norm, m.start(), m.end())
        if scope is not None and scope[1] == "skip":
            continue
        cap = Severity.WARNING if scope is not None else None
        scope_note = ctx.msg("scope", word=scope[0]) if scope is not None else ""
        for name, mention in stated.items():
            spec = rule.numbers[name]
            start, end = original_span(idx, m.start(name), m.end(name))
            location = ctx.document.span_location(block, start, end)
            if spec.is_percent:
                checked.add(m.start(name))
                yield from _check_percent(ctx, rule, spec, mention, stated, severity, cap, scope_note, location)
            else:
                yield from _check_equals(ctx, rule, spec, mention, stated, severity, cap, scope_note, location)


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
    text = (fill(rule.message, fields) if rule.message else ctx.msg("table", **fields)) + scope_note
    yield ctx.report(rule.id, text, location, code=TABLE.code, default=severity, at_most=cap, expected=expected,
                     actual=value_text, cells=_dedup([c for r in usable for c in r.refs]),
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
        value = percent_of(part.value, base.value, mention.decimals)
        if value == mention.value:
            return
        computed.append((value, base))
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


def _with_label(value: _Value) -> str:
    assert value.value is not None
    shown = format_decimal(value.value)
    return f"{shown}（{value.label}）" if value.label else shown


def _dedup(refs: list[CellRef]) -> list[CellRef]:
    return list(dict.fromkeys(refs))


# ---------------------------------------------------------------------------------------------
# Percentages with their base stated in the same sentence


def _percentages(ctx: KindContext, block: Paragraph, norm: str, idx: list[int],
                 numbers: list[NumberMention], checked: set[int]) -> Iterator[Diagnostic | None]:
    sums = None
    for i, pct in enumerate(numbers):
        if pct.unit != "%" or pct.start in checked or i == 0:
            continue
        lead = _PERCENT_LEAD.search(norm, 0, pct.start)
        if lead is None:
            continue
        part = numbers[i - 1]
        if part.end != lead.start() + 1 or part.unit in (None, "%") or part.approximate:
            continue
        if sums is None:
            sums = find_sum_statements(norm)
        base: NumberMention | None = None
        certain = False
        for statement in sums:
            if any(p.start == part.start for p in statement.parts):
                base, certain = statement.total, True
                break
        if base is None:
            base = _stated_total(norm, numbers[:i - 1], part)
        if base is None or base.value == 0 or base.value < part.value:
            continue
        computed = percent_of(part.value, base.value, pct.decimals)
        if computed == pct.value:
            continue
        core_end = pct.end - 1 if pct.text.endswith("%") else pct.end
        start, end = original_span(idx, pct.start, core_end)
        text = ctx.msg("percent", stated=format_decimal(pct.value), part=format_decimal(part.value),
                       base=format_decimal(base.value), computed=format_decimal(computed))
        yield ctx.report("prose.percent", text, ctx.document.span_location(block, start, end),
                         at_most=None if certain else Severity.WARNING, expected=format_decimal(computed),
                         actual=format_decimal(pct.value), key=(format_decimal(part.value), format_decimal(base.value)))


def _stated_total(norm: str, before: list[NumberMention], part: NumberMention) -> NumberMention | None:
    """The nearest earlier number in the same sentence, in the part's unit, stated as a total
    (共计…N件) or followed by 其中."""
    for cand in reversed(before):
        between = norm[cand.end:part.start]
        if any(ch in _SENTENCE_END for ch in between):
            return None
        if cand.unit != part.unit or cand.approximate:
            continue
        if _QIZHONG_AFTER.match(norm, cand.end) or _TOTAL_BEFORE.search(norm, 0, cand.start):
            return cand
    return None
