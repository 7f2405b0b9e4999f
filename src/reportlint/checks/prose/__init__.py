"""prose: numbers stated in the text match the tables, add up, and their percentages are right.

Most errors found in published reports are sentences that contradict the tables ("共受理政府信息公开
申请2件" above a table showing 3) or sums that do not add up.  This kind runs three kinds of rule over
every paragraph, and checks that numbered points follow on (``prose.numbering-gap`` RL705,
``prose.numbering-repeat`` RL706, warnings; pack key ``prose_numbering``: :mod:`.numbering`) and that a
sentence stating the year's applications balances (``prose.balance`` RL707; ``prose_balance``: :mod:`.balance`):

``prose.sum`` (RL701, engine; ``prose_sums`` in the pack switches it on)
    "…N条，其中 A a条、B b条…" must add up: 其中 right after the total or opening the next sentence,
    包括, any unit (件 条 人次 篇 期…), a list ending at the bracket that encloses it (what counts as a
    statement: :mod:`reportlint.text.sums`).  Parts above the total, or a list closed by 其他…: an error;
    an open list of three or more parts that falls short: a warning; a list ending in 等: nothing.
``prose.percent`` (RL703, engine)
    "…761件，其中予以公开258件，占33.9%": the percentage is recomputed from the part and the total
    stated before it (or named by a frame, ``在18件…申请中,``); the printed value passes rounded half-up or
    truncated.  An error when the total is that of a sum statement; a warning when it is only the nearest
    stated total.  Not for a share a pack rule checked against the table.
pack rules (``prose:`` in the pack; RL702, RL703 for percentages, RL704 not verifiable)
    A regex on the normalised paragraph (NFKC, whitespace removed: the spaces PDF extraction puts
    between 汉字 and digits do not matter) with named numbers ``{n}``, each bound to an expression
    over table cells or to accepted alternatives.  A number is taken only where
    :func:`reportlint.cnparse.find_numbers` reads one: Arabic, full-width, ``1,234``, Chinese
    numerals (两件, 十二件), never a date (1月2日), an article or item number (第二十条, 第一项) or a
    document number (〔2021〕30号).  Only sentences about what the table counts are bound (the rule's
    ``subject``; not a sentence dated to another year); scope words lower or skip
    (:mod:`.restated`).  The diagnostic underlines the number in the original text (line/column for
    Markdown and text, paragraph and snippet for .docx) and names every table cell involved, with its
    labels and value, and the part of it the number equals if any; ``expected`` is the table's value
    (alternatives joined by " 或 "), ``actual`` the number in the text.

Pack rule keys::

    prose:
      - id: prose.requests-closed
        title: 办结申请数
        pattern: '(?:办结|答复)(?:申请)?(?:共计|共)?{n}件'
        numbers:
          n: 't3[results_total,total]'   # or a list of accepted alternatives
        section: overview            # optional: only paragraphs of this section
        scope:                       # words in the sentence that change what is counted
          - {words: [全市, 全区, 全县, 代表], action: warning}
          - {words: [备案], action: skip}
        subject:                     # optional: what the sentence must be about
          words: [申请, 依申请公开]
          others: [建议, 提案, 信访, 热线, 咨询]
          otherwise: warning         # no subject word in the paragraph (default: skip)
        severity: error
        message: 文中{title}为 {stated}{unit}，与表格不符：{table}      # optional

Expressions: ``t3[new,total]``, ``t3[d1..d8,total]`` (a range of rows, summed),
``t4[data,d_total] + t4[data,a_total]``.  A percentage: ``p: {percent: {part: n, base: [...]}}``,
where ``part``/``base`` are other named numbers or expressions.  A scope word lowers an error to a
warning (``warning``) or drops the finding (``skip``): the table counts what the reporting agency
(本机关) did, a sentence about 全市/全区 or about what an office did 代表区政府 may count something
else.  A blank table cell makes the number not verifiable (RL704, a warning naming the cell); a
table or row that is not found is left to the tables check.

Failing examples (table: 第一项 总计 = 95, 第二项 总计 = 0; 直接起诉 总计 3, 复议后起诉 总计 1)::

    2024年，本机关共收到政府信息公开申请17件。
    → RL702 文中收到申请数为 17 件，与表格不符：第一项/总计 = 95，或 第一项/总计+第二项/总计 = 95+0 = 95

    因政府信息公开引起行政复议1件、行政诉讼3件。
    → RL702 文中政府信息公开行政诉讼数为 3 件，与表格不符：未经复议直接起诉/总计+复议后起诉/总计 = 3+1 = 4
      （3 等于表中“未经复议直接起诉/总计”）

    共计发布政府信息178条，其中…64条、…75条、…40条。
    → RL701 文中合计不成立：64+75+40 = 179，但写明的合计为 178 条，各分项之和多出 1 条

    全年共计发布政府信息412条，其中…85条（占21.6%）、…327条（占79.4%）。
    → RL703 文中百分比 21.6% 与其基数不符：85 ÷ 412 × 100% = 20.6%

    本机关共收到政府信息公开申请231件。   (第一项 总计 left blank)
    → RL704 无法核对文中收到申请数 231 件：“一、本年新收政府信息公开申请数量/申请人情况/总计”为空

Passing examples: ``2024年，本机关共收到政府信息公开申请95件。``, ``行政诉讼4件``,
``共计发布政府信息178条，其中…64条、…74条、…40条。``, ``其中…64条、…74条等`` (an open list),
``…85条（占20.6%）``, ``…327条（占79.3%）`` (79.37 truncated), and
``办理人大代表建议和政协委员提案12件，答复共12件。`` (not about applications: not bound).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ...model.diagnostics import Diagnostic, Severity
from ...model.document import Heading, Paragraph
from ...model.records import Record
from ...packs.compile import src_line
from ...packs.templates import check_template
from ...text.cnparse import find_numbers
from ...text.mapped import normalize_mapped
from ...text.sumitems import item_breakdown
from ...text.sums import find_sum_statements
from ..base import KindContext, RuleInfo
from .balance import check_balance
from .defs import MESSAGE_FIELDS, MESSAGES, RULES, TABLE
from .numbering import NumberingPart, check_numbering, compile_numbering
from .restated import override, run_rule
from .rules import NumberSpec, ProseRule, compile_prose
from .sharesum import check_share_lists
from .sums import check_percentages, check_sums, runs_into_cut

KIND = "prose"
PACK_KEYS = ("prose", "prose_sums", "prose_numbering", "prose_balance")


def __getattr__(name: str) -> object:
    """``SCHEMA`` (``schema.py``, a large literal) imported when asked: only a YAML pack is validated against it, and a
    plain check reads the built-in pack prebuilt."""
    if name == "SCHEMA":
        from .schema import SCHEMA

        return SCHEMA
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ProsePart(Record):
    __slots__ = ("rules", "sums", "numbering", "balance")

    def __init__(self, rules: list[ProseRule], sums: bool, numbering: NumberingPart | None = None,
                 balance: bool = False) -> None:
        self.rules = rules
        self.balance = balance  # prose_balance.enabled: 新收+上年结转 = 办结+结转下年 stated in a sentence (RL707)
        self.sums = sums  # prose_sums.enabled: check 共计…其中… statements (RL701)
        self.numbering = numbering  # prose_numbering: numbered points follow on (RL705, RL706)


def compile(raw: dict, pack) -> ProsePart | None:
    items = list(raw.get("prose", []) or [])
    rules = compile_prose(items, pack.tables, {s.id for s in pack.sections})
    for item in items:
        for name in ("message", "help"):
            if item.get(name):
                check_template(item[name], MESSAGE_FIELDS, *src_line(item, name), f"prose.{item['id']}.{name}")
    sums = raw.get("prose_sums") or {}
    sums_on = bool(sums) and sums.get("enabled", True)
    numbering = compile_numbering(raw.get("prose_numbering"))
    balance = raw.get("prose_balance") or {}
    balance_on = bool(balance) and balance.get("enabled", True)
    if not rules and not sums_on and numbering is None and not balance_on:
        return None
    return ProsePart(rules, sums_on, numbering, balance_on)


def pack_rules(pack, part: ProsePart) -> list[RuleInfo]:
    out = []
    for rule in part.rules:
        severity = pack.severity_of(rule.id, rule.severity) if rule.severity else override(pack, rule.id)
        if severity is None:
            continue
        doc = (rule.doc or rule.title) + f"\n\n    pattern: {rule.source}\n" + "".join(
            f"    {name}: {_spec_source(spec)}\n" for name, spec in rule.numbers.items())
        out.append(RuleInfo(rule.id, TABLE.code, KIND, severity, rule.title, doc + "\n" + (__doc__ or ""),
                            f"pack {pack.id}"))
    return out


def _spec_source(spec: NumberSpec) -> str:
    if spec.is_percent:
        assert spec.percent_part is not None
        bases = " 或 ".join(b.source for b in spec.percent_base)
        return f"{spec.percent_part.source} ÷ ({bases}) × 100%"
    return " 或 ".join(e.source for e in spec.equals)


def run(ctx: KindContext, part: ProsePart) -> Iterator[Diagnostic | None]:
    doc = ctx.document
    starts = sorted((s.block_index, sid) for sid, s in ctx.section_of.items())
    start_keys = [s[0] for s in starts]
    before: tuple[str, list] = ("", [])  # the paragraph before's text and numbers (text/sumitems)
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            # a paragraph that a reader took for a heading (a whole crawled page on one line that starts
            # with a numbered title) still states numbers; a real heading states none
            block = Paragraph(block.location, block.text)
        if not isinstance(block, Paragraph):
            before = ("", [])  # a table between: no paragraph right before
            continue
        if not block.text.strip():
            continue
        norm, idx = normalize_mapped(block.text)
        numbers = find_numbers(norm)
        before, (before_norm, before_numbers) = (norm, numbers), before
        if not numbers:
            continue
        sums = find_sum_statements(norm, numbers)  # it asks for the numbers a statement needs itself
        if not sums and before_numbers:
            sums = [s for s in (item_breakdown(before_norm, before_numbers, norm, numbers),) if s is not None]
        if part.sums:
            cut_here = index == ctx.cut  # the paragraph a cut text stops in
            yield from check_sums(ctx, block, idx, [s for s in sums if not (cut_here and runs_into_cut(norm, s))],
                                  norm, numbers)
        if part.balance:
            yield from check_balance(ctx, block, norm, idx, numbers)
        k = bisect.bisect_right(start_keys, index) - 1
        section = starts[k][1] if k >= 0 else None
        by_start = {n.start: n for n in numbers}
        checked: set[int] = set()  # starts of percentages a pack rule already checked
        for rule in part.rules:
            if (rule.section is not None and rule.section != section) or not rule.may_match(norm):
                continue
            yield from run_rule(ctx, rule, block, norm, idx, by_start, checked, section)
        yield from check_percentages(ctx, block, norm, idx, numbers, checked, [s for s in sums if not s.carried])
        yield from check_share_lists(ctx, block, norm, idx, numbers)
    if part.numbering is not None:
        yield from check_numbering(ctx, part.numbering)


__all__ = ["KIND", "MESSAGES", "PACK_KEYS", "RULES", "SCHEMA", "Severity", "compile", "pack_rules", "run"]
