"""``prose.balance`` (RL707): the year's applications balance in a sentence that states them.

Section 三's table has the identity 新收 + 上年结转 = 办结 + 结转下年 (its rows 一/二 against 三/四), and
reports restate it in prose without 其中, so RL701 never reads it: ``受理政府信息公开申请452件,结转上年9件,
按时办结454件,结转下年继续办理7件``.  Without a table (an excerpt) nothing else checks such a sentence, and
with one the pack's prose rules bind only some of its numbers.  This rule reads the sentence alone.
It is engine code, not pack ``prose:`` rules: those bind each number to a table cell (so an excerpt without
its table checks nothing, and a sentence whose numbers each match the table but not each other cannot
disagree with it), and one regex per word order could not follow the forms below.  When no sentence of a
paragraph holds every term, the paragraph is read as one (``收到132件,上年结转2件,共计134件。目前依法办结122件,
其中…。结转下年度继续办理的12件。``) under the same rules, a sentence's end ending a clause as a comma does
(``…上年度结转3件。共按时办结10件,予以公开4件。8件结转下年度继续办理。``: 8 is named by the words after it).

How a term is read: a number in 件 is named by the clause before it (from the last , ; ( or sentence start),
or, when that clause names nothing, by the words right after it (``2件结转下年办理``):

- new: 收到/受理/接收/新收/新增…N件; carried in: 上年(度)结转 / 结转上年 / 上一年度转办 / 2023年结转…N件, also the bracket
  ``答复458件(含上年结转8件)`` or a clause ``…,含2023年转至今年办理的3件``, or the count first in the bracket
  ``办理142件(3件为2023年结转至本年度办理)`` (a year before the report's); the words may
  say the carried were left open that year (``办结180件(含2020年未办结结转5件)``, 上年未办结结转);
  closed: 办结/答复/办理完毕/办理完成/办件…N件; carried out: 结转下年(度) / 转下年 / 顺延到下年度 / 结转至2025年…N件 (a
  year after the report's), also with the number first (``16件结转至2025年继续办理``);
- a number whose clause is only a connective (其中, 另有, 剩余…) is named by the words after it:
  ``答复108件(含上年度结转申请2件,另有3件顺延到下年度答复)``, ``另有4件申请顺延到下年度答复``, ``剩余1件结转下一年度处理``; 答覆
  (a Traditional mirror's 答复) closes too; 另外 is a connective, and how and when may come between (``依法顺延到``);
- a count said still open (``另有4件尚在办理中``, ``截至12月底已回复126件,7件正在办理中``) is the carried out when no 结转下年
  is written (at the year's end it goes on to the next); 回复 closes as 答复 does; and 合计 after counts by channel
  (``收到网上申请105件,快递17件,合计122件``) is what arrived;
- ``新收1081件,办理1104件(含上年度结转申请27件,另有4件申请顺延到下年度答复)``: a carried-out count said to be
  beside the others (另有, 另, 还有) is not inside 办理's count, so that 办理 is what was closed, as 答复 is above;
- ``处理1261件(含上年度结转申请74件)``, ``办理69件,含2023年转至今年办理的3件``: a total that already holds the
  carry-over (= 办结 + 结转下年);
- ``共办理74件,办结71件,剩余3件结转下一年度``: 办理 with no 含 counts what arrived or all in hand, not said which — when the
  sentence names no 新收 and no carry-in it is read as 新收 for the bound below (``open_in``: not above 办结 + 结转下年), which
  holds under both readings; beside a carry-in without 新收 or 结转下年 it is not read, beside a 新收 with 结转下年
  (``收到16项,办理15项,结转下年1项``) it stands for 办结 in that bound only (新收 ≤ 办理 + 结转下年 under both readings);
  beside 新收, a carry-in and 结转下年 all written (``接收…1554件,2023年结转132件;全年办理1503件,结转2025年183件``) it
  is what was closed or all in hand: the sentence balances when either reading holds (``Balance.either``) and is
  wrong when neither does;
- the text may state a term as none: 无上年结转 (carried in 0), 全部办结 / 均已办结 / 无结转下年 (carried out 0); with both
  said none, 办理 is what was closed (``新收到…2件,上年无结转,已办理2件,无结转下年度``: two counts are then a reading).

Only when every term is there, each read once, all in one unit — 件, or 项, 宗 or 起 as some pages write (``text/applicationroles.
COUNT_UNITS``) — (but for the two bounds below): a term missing is silence (the sentence may
not mean to balance — ``收到16件,其中15件按时办结`` says nothing of the carry-over), two readings of one
term (``办结50件,其中按时办结48件``) make the sentence ambiguous, and so does a clause dated to another
year (``2023年受理…``) or one about 咨询/信访/建议/提案/复议/诉讼 counts (another subject, another identity).
Counts of persons (人次) or items (条) are not applications — but 条 in a sentence naming 依申请 before it and no 主动
(``依申请公开政府信息全年办结118条,结转…9条``) beside terms in 件: what was applied for, read as in 件.
A count of applicants inside a clause
(``收到187个申请人提出的…申请583件``) and a share or a change (``收到申请数量同比增长75%``) are no terms: they are passed
over, the clause read across them.  A sentence that names an outcome the four terms do
not (``申请人撤回2件``, 终止, 视为放弃, 不予处理, 合并办理 — beside 办结, not in the 其中 that breaks 办结 down) is silence too:
whether the report counts it in 办结 is its own choice.

When only the carried-out term is missing (``申请17件,当年办结18件(含上年结转1件)``), the sentence still bounds 办结:
what is closed was received this year or carried in, so 办结 may not exceed 新收 + 上年结转 (the carry-out, unsaid, is
never below 0).  Such a reading (``open_out``) is yielded only when 办结 is over that sum, and only when no sentence, nor the
paragraph read as one, states all four terms.

When only the carried-in term is missing — neither written nor said to be none (``受理…7件,办结5件,结转下年度办理2件``) —
the sentence bounds 新收 the other way: what was received this year was closed or carried out, with what was carried in
besides (never below 0), so 新收 may not exceed 办结 + 结转下年.  Such a reading (``open_in``) is yielded as ``open_out`` is:
only when 新收 is over that sum, and only when no sentence, nor the paragraph read as one, states all four terms.

When the carry-over is named only inside 办结's bracket (``受理116件,办结103件(含2024年结转1件),结转至2026年
办理13件``), 受理 may count it too (as ``共受理114件,其中2件来自上一年度结转`` does): if 受理 alone equals 办结 +
结转下年, that reading makes the sentence right and nothing is said.

When no count of the closed is written but the sentence lists the outcomes one by one, as the rows of 三's table
(``共收到信息公开申请7件,上年度结转1件;予以公开3件,无法提供4件,结转下年继续办理1件``: 3 + 4 + 1 = 7 + 1), the outcomes
listed (two or more of 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理, each once, in 件) stand for 办结 — as a
bound (``listed``): an outcome the sentence leaves out is never below 0, so the outcomes and 结转下年 may not exceed 新收 +
上年结转 (上年结转 written, or said to be none).  An outcome inside another's bracket (``予以公开10件(含部分公开3件)``,
``予以公开10件(部分公开3件)``) or after a 其中 (``予以公开10件,其中部分公开3件``) is a part of it, not a sibling, and is
not read; 部分公开 not above 予以公开 is left out of the sum, since many writers count the partly disclosed among the
disclosed (``予以公开5件,部分公开2件`` of 5); a sentence naming an outcome the form has not (撤回, 终止…) is silence, as
above.  不予处理 and 其他处理 are outcomes there, though 处理 alone names a total; an outcome may follow its reason
(``因"属于国家秘密"等原因不予公开38件``).  The outcomes may open a sentence of their own (``办理结果为:``, ``处理结果如下:``)
after one that holds nothing but the counts received and carried in (``共收到政府信息公开申请804件,上一年度转办15件。
办理结果为:予以公开465件,…,结转下年度继续办理16件``): the two are read as one sentence; after a sentence counting anything
else (办结, 复议…) they stay unplaced.

Severity: an error when the four numbers are all written out and do not balance — no reading of the
identity makes them right (the form defines the four rows that way, and a report that uses the words
uses them in the form's sense); an error too when a bound is broken (``open_out``, ``open_in``: no value of the
unsaid term, never below 0, makes the sentence right).  A warning when the numbers balance only with the carry-over outside the
total said to hold it (``收到2076件(含2022年结转67件)``, 2076 + 67 = 2062 + 81: the 含 or a number is wrong).  A
warning when a term is a zero the words imply (全部办结): 全部 may
speak of the new applications only.

Failing examples::

    本年度共受理政府信息公开申请452件,上年结转9件,办结454件,结转下年度继续办理8件。
    → RL707 文中申请数不平衡：新收 452 + 上年结转 9 = 461 件，但办结 454 + 结转下年 8 = 462 件，相差 1 件
    全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1180件,结转下年度继续办理80件。
    → RL707 …处理（含上年结转）1261 件，但办结 1180 + 结转下年 80 = 1260 件，相差 1 件

Passing examples: ``受理452件,结转上年9件,按时办结454件,结转下年继续办理7件``, ``收到申请454件,答复458件
(含上年结转8件),结转下年办理4件``, ``受理307件,已办结304件,转下年办理3件`` (上年结转 not stated:
the bound 307 ≤ 304 + 3 holds), ``受理咨询120件,办结118件`` (not applications).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ...model.diagnostics import Diagnostic, Severity
from ...model.document import Paragraph
from ...text.applicationroles import CLOSED_HINTS as _CLOSED_HINTS
from ...text.applicationroles import COUNT_UNITS as _UNITS
from ...text.applicationroles import LAST as _LAST
from ...text.applicationroles import NEXT as _NEXT
from ...text.applicationroles import UNFINISHED as _UNFINISHED
from ...text.applicationroles import YEAR as _YEAR
from ...text.applicationroles import clause_role, counts_other, listed_outcome, names_other_subject, role_after
from ...text.applicationwords import TOTAL_WORDS as _TOTAL_WORDS
from ...text.cnparse import NumberMention
from ...text.lazyregex import LazyRegex
from ...text.mapped import original_span
from ...text.marks import stretch_end, stretch_start
from ...text.normalize import exact_sum, format_decimal
from ...text.summarkers import OUTCOMES as _OUTCOMES
from ...text.summarkers import SUBSETS as _SUBSETS
from ..base import KindContext
from .balanceoutcomes import other_outcomes, outcome_beside
from .balanceterms import Balance

_SENTENCE_END = "。!?"
_CLAUSE_START = ",;:(。!?"
# a number's carry-over inside it: 458件(含上年结转8件), 69件,含2023年转至今年办理的3件
_INCLUDES_IN = LazyRegex(rf"[(,]含(?:{_LAST}{_UNFINISHED}结转|(?P<year>{_YEAR})年度?{_UNFINISHED}(?:结转|转至今年|转入))"
                         r"(?:办理)?(?:的)?(?:政府信息公开)?(?:申请)?")
# the same said count first, inside the bracket: 办理142件(3件为2023年结转至本年度办理) — the words after the count
_COUNT_IN = LazyRegex(rf"为(?:{_LAST}{_UNFINISHED}结转|(?P<year>{_YEAR})年度?{_UNFINISHED}(?:结转|转入))"
                      r"(?:至|到)?(?:本年度?|今年)?(?:办理)?(?:的)?(?:申请)?[),]")
# a clause that names nothing: its number is named by the words after it (另有3件顺延到下年度答复)
_CONNECTIVE = LazyRegex(r",?(?:其中|另有|另外|另|还有|尚有|剩余|余下)?,?")
_AMONG = "其中"  # a carry-in after it, right after 新收, may be inside 新收 or beside it (Balance.in_new)
_BESIDES = ("另", "还有")  # a connective that puts its count beside the one before (另有, 另: not inside it)
# what else a count may be of (words found with ``in``, as those above)
_SUBJECT = "申请"
_ITEMS, _ON_APPLICATION, _PROACTIVE = "条", "依申请", "主动"  # 条 of what was applied for: _applications_in_items
_APPLICANTS = "申请人"  # right after a count (187个申请人): the applicants, not a term
_RATES = frozenset({"%", "‰", "个百分点"})  # a share or a change: never one of the terms
_NO_IN = LazyRegex(r"(?:无|没有)(?:上一?年度?|往年)(?:结转|遗留)|(?:上一?年度?|往年)(?:无|没有)(?:结转|遗留)")
_NO_OUT = LazyRegex(rf"全部办结|均已办结|均已按时办结|全部按时办结|全部已办结|(?:无|没有)(?:结转|转入?)(?:至|到)?{_NEXT}")
_ZERO = Decimal(0)
# a word every reading needs one of (the cheap test a paragraph passes first): a closed term, an outcome, or 办理/处理 —
# beside every other term what was closed or all in hand (``新收…106宗,上年度结转…8宗。…办理…113宗,结转下年度…1宗``, r2210)
_GATE = (*_CLOSED_HINTS, *_OUTCOMES, *_TOTAL_WORDS)
_SUMMED = ("合计", "共计", "总计", "共")  # a clause of nothing but these: the sum of the counts before it
_IN_PROGRESS = ("正在", "尚在", "仍在", "办理中", "处理中")  # 正在办理3件: still open, not the count handled
# a count said to be still open after it (另有4件尚在办理中, 尚有2件正在办理, 1件仍在处理): at the year's end, what goes
# on to the next — read as the carried out when no sentence term says 结转下年
_PENDING_AFTER = LazyRegex(r"(?:申请)?(?:尚|仍|正|还)在(?:办理|处理|答复)|(?:申请)?(?:尚未|仍未)(?:办结|答复|办理完毕)")
_ANY_YEAR = LazyRegex(rf"(?P<year>{_YEAR})年")
# the year before named as the clause's own time (上年度受理…97件, 去年办结…): not its carry-in (上年结转, 上年未办结…),
# nor a comparison with it (较上年, 比去年)
_LAST_YEARS = LazyRegex(rf"(?<![较比同])(?:{_LAST})(?!度?{_UNFINISHED}(?:结转|转|遗留))")
# a sentence opening on the outcomes of the counts before its full stop (a verb of handling at most before 结果)
_RESULTS_OPENING = LazyRegex(r"[ \t\u3000]*(?:办理|处理)?结果(?:为|如下)")
# the end of a frame naming the count its outcomes break down (在已经答复的91件申请中:…), read from the closed count on
_FRAME_CLOSE = LazyRegex(r"[^。;,:!?\d]{0,16}中[:,]")


def check_balance(ctx: KindContext, block: Paragraph, norm: str, idx: list[int],
                  numbers: list[NumberMention]) -> Iterator[Diagnostic | None]:
    """RL707 on every sentence of the paragraph (normalised ``norm``, its ``numbers``) that states the four
    terms of the year's applications and they do not balance (see the module docstring)."""
    for terms in read_balances(norm, numbers, ctx.report_year):
        if terms.balanced:
            continue
        left, right, unit = terms.left, terms.right, terms.stated[0].unit
        if terms.total is not None:
            left_text = ctx.msg("balance_total", total=format_decimal(left), unit=unit)
        else:
            left_text = ctx.msg("balance_new", new=format_decimal(terms.new.value if terms.new else _ZERO),
                                carried_in=format_decimal(terms.carried_in.value if terms.carried_in else _ZERO),
                                left=format_decimal(left), unit=unit)
        diff = format_decimal(abs(exact_sum((left, -right))))
        closed = format_decimal(terms.closed_value)
        carried_out = format_decimal(terms.carried_out.value if terms.carried_out else _ZERO)
        if terms.listed:
            parts = "+".join(format_decimal(n.value) for n in terms.counted)
            text = ctx.msg("balance_listed", left=left_text, parts=f"{parts} = {closed}", carried_out=carried_out,
                           right=format_decimal(right), diff=diff, unit=unit)
        elif terms.open_out:
            text = ctx.msg("balance_over", left=left_text, closed=closed, diff=diff, unit=unit)
        elif terms.open_in:
            key = "balance_under" if terms.handled is None else \
                "balance_handled_under" if terms.handled is terms.new else "balance_under_handled"
            text = ctx.msg(key, new=format_decimal(left), closed=closed, carried_out=carried_out,
                           right=format_decimal(right), diff=diff, unit=unit)
        else:
            text = ctx.msg("balance_either" if terms.either else "balance", left=left_text, closed=closed,
                           right=format_decimal(right), diff=diff, carried_out=carried_out, unit=unit,
                           total=format_decimal(left))
        stated = terms.stated
        span = original_span(idx, min(n.start for n in stated), max(n.end for n in stated))
        loc = ctx.document.span_location(block, *span)
        outside = terms.carry_over_outside_total()
        help_text = ctx.msg("balance_outside_help", total=format_decimal(left), carried_in=outside, unit=unit) \
            if outside else ctx.msg("balance_help")
        yield ctx.report("prose.balance", text, loc, at_most=Severity.WARNING if terms.implied or outside else None,
                         expected=format_decimal(left), actual=format_decimal(right), help=help_text,
                         key=(block.text[span[0]:span[1]][:40],))


def read_balances(norm: str, numbers: list[NumberMention], year: int | None) -> Iterator[Balance]:
    """Every sentence of normalised text ``norm`` (its ``numbers``, the report's ``year``) that states all the terms of the
    balance, each once, in 件 — whether or not they balance; failing those, every sentence that states all but the
    carried-out term and closes more than it had.  When no sentence does, the paragraph as a whole (``收到132件,上年结转2件,
    共计134件。目前依法办结122件,其中…。结转下年度继续办理的12件。``), under the same rule: a term read twice in it is no reading;
    and when no sentence states even a bound, the bound the paragraph states with one term unsaid (``受理…96件。在已经答复的91件
    申请中:…;结转下年度办理5件。``: 新收 not over 办结 + 结转下年), unless another sentence names an outcome the terms do not."""
    if "申请" not in norm or not (any(word in norm for word in _GATE) or _NO_OUT.search(norm)):
        return  # every reading needs 申请 and a closed term (or outcomes): most paragraphs are passed over unsearched
    start, found, sentences, before = 0, False, 0, 0
    bounds: list[Balance] = []  # sentences with a term unsaid (open_out, open_in): read only when nothing fuller is
    while start < len(norm):
        end = stretch_end(norm, _SENTENCE_END, start)
        terms = _read_span(norm, start, end, numbers, year)
        if terms is None and sentences and _results_of_before(norm, before, start, end, numbers, year):
            terms = _read_span(norm, before, end, numbers, year)  # …上一年度转办15件。办理结果为:予以公开465件,…
        before = start
        if terms is not None and terms.bound:
            if not outcome_beside(norm, start, end):
                bounds.append(terms)
        elif terms is not None:
            found = True
            yield terms
        start, sentences = end + 1, sentences + 1
    if not found and sentences > 1:
        kept = [n for n in numbers if not _about_another_subject(norm, n)]
        terms = _read_span(norm, 0, len(norm), kept, year)
        if terms is not None and not terms.bound:
            found = True
            yield terms
        elif terms is not None and not bounds and not terms.listed and _across_sentences(norm, terms) \
                and not outcome_beside(norm, 0, 0):
            bounds.append(terms)  # "受理…97件。在已经答复的91件申请中:…;结转下年度办理5件。": the bound only the paragraph states
    if not found:
        yield from (terms for terms in bounds if not terms.balanced)  # a bound that holds is no reading


def _across_sentences(norm: str, terms: Balance) -> bool:
    """The terms the paragraph read as one states are not all in one sentence: a sentence left unread on its own (a
    carry of the report's own year, ``办理142件(3件为2024年结转至本年度办理),办结130件,…``) stays unread."""
    return len({stretch_start(norm, _SENTENCE_END, n.start) for n in terms.stated}) > 1


def _results_of_before(norm: str, before: int, start: int, end: int, numbers: list[NumberMention],
                       year: int | None) -> bool:
    """Whether the sentence ``norm[start:end]`` opens on the outcomes (``办理结果为:``, ``处理结果如下:``) of the counts
    of the sentence before it (from ``before``), which holds nothing but them: received and carried in, in 件
    (``共收到政府信息公开申请804件,上一年度转办15件。办理结果为:予以公开465件,…``).  The two are then read as one
    sentence; a sentence before that counts anything else (复议, 办结…) leaves the outcomes unplaced."""
    if not _RESULTS_OPENING.match(norm, start):
        return False
    roles, previous = [], before
    for number in (n for n in numbers if before <= n.start < start):
        roles.append(clause_role(_clause_before(norm, max(before, previous), number.start), year)
                     if number.unit in _UNITS else None)
        previous = number.end
    return "new" in roles and all(role in ("new", "carried_in") for role in roles)


def _about_another_subject(norm: str, number: NumberMention) -> bool:
    """The number's sentence speaks of consultations, petitions, appeals… and not of applications: in a
    paragraph read as one, its counts are not the applications' (``信访事项结转下年度1件。``)."""
    start = stretch_start(norm, _SENTENCE_END, number.start)
    sentence = norm[start:stretch_end(norm, _SENTENCE_END, number.end)]
    return names_other_subject(sentence) and _SUBJECT not in sentence


def _read_span(norm: str, start: int, end: int, numbers: list[NumberMention], year: int | None) -> Balance | None:
    inside = [n for n in numbers if start <= n.start < end]
    if len(inside) < 2 or _SUBJECT not in norm[start:end]:
        return None
    terms = _read_sentence(norm, start, end, inside, year)
    if len(inside) == 2 and terms is not None and not (terms.implied_in and terms.implied_out):
        return None  # two counts are a reading only when both carries are said to be none (上年无结转…无结转下年度)
    return terms


def _read_sentence(norm: str, start: int, end: int, numbers: list[NumberMention], year: int | None) -> Balance | None:
    terms = Balance()
    consumed: set[int] = set()  # starts of carry-overs read from a bracket (含上年结转…)
    previous = start  # a clause starts after the number before it (予以公开3件、部分公开24件)
    besides_out = False  # the carried-out count is said to be beside the others (另有4件申请顺延到下年度)
    pending, pending_besides = None, False  # a count said still open (另有4件尚在办理中): _PENDING_AFTER
    by_channel = False  # 新收 read from a clause naming a channel (网上申请105件): a 合计 after it is the whole
    for number in numbers:
        if number.start in consumed:
            previous = number.end
            continue
        if norm.startswith(_APPLICANTS, number.end) or number.unit in _RATES:
            continue  # 收到187个申请人提出的…申请583件: who applied; 收到申请数量同比增长75%: a change, no count
        clause = _clause_before(norm, max(start, previous), number.start)
        previous = number.end
        if clause.startswith("含"):
            continue  # (含上年结转5件) of a number this reading does not place
        role = clause_role(clause, year)
        if role is None and by_channel and clause.strip(",") in _SUMMED:
            # 收到网上申请105件,快递17件,合计122件: the channels' sum is what arrived — but after a carry-in read past the
            # channels (…当面申请17件,上年结转11件,合计133件) the sum holds it too: all in hand
            after_in = terms.carried_in is not None and terms.new is not None and terms.carried_in.start > terms.new.start
            if after_in:
                terms.new, terms.total = None, number
            else:
                terms.new = number
            continue
        if role is None and _CONNECTIVE.fullmatch(clause):
            role = role_after(norm, number.end, end, year)
            if role is None and _PENDING_AFTER.match(norm, number.end, end) and number.unit in _UNITS:
                pending = number
                pending_besides = any(w in clause for w in _BESIDES)
                continue
            besides_out = besides_out or (role == "carried_out" and any(w in clause for w in _BESIDES))
        # 不予处理38件, 其他处理12件: outcomes of the form, though 处理 names a total elsewhere
        outcome = listed_outcome(clause) if role in (None, "total") else None
        if outcome is not None:
            if number.unit not in _UNITS or number.approximate or outcome in terms.outcomes:
                terms.ambiguous = True  # 予以公开 twice, or a share or an approximate count: not the table's rows
            terms.outcomes[outcome] = number
            continue
        included = _included_carry_over(norm, number.end, year, numbers)
        if role == "total" and included is None:
            if any(w in clause for w in (*_OUTCOMES, *_IN_PROGRESS)):
                continue  # 不予处理的5件, 正在办理3件: an outcome or what is still open, no count of the handled
            role = "handled"  # 办理N件 alone: whether it holds the carry-over is not said
        if role is None:
            continue
        if (number.unit not in _UNITS and not _applications_in_items(norm, number)) or number.approximate:
            if getattr(terms, role) is not None and _SUBJECT not in clause:
                continue  # 收到申请190件 … 收到感谢信2封: a second count of the term's kind in its own unit, of letters
            return None  # one of the terms not counted in 件: not the form's count
        if role in ("new", "closed") and _other_year(clause, year):
            return None
        if counts_other(clause) or (role in ("new", "handled") and _SUBJECT not in norm[start:number.end]):
            return None  # a count of consultations, petitions, appeals…: another identity
        if included is not None:
            carried = next((n for n in numbers if n.start == included), None)
            if carried is None or carried.unit not in _UNITS:
                return None
            consumed.add(carried.start)
            terms.set("carried_in", carried)
            if role in ("new", "total"):
                role = "total"
            terms.in_closed = role == "closed"
        if role == "carried_in" and clause.lstrip(",，").startswith(_AMONG) and terms.new is not None \
                and terms.carried_in is None and terms.closed is None and terms.carried_out is None:
            # 受理…455件,其中4件来自上一年度结转 (beside: 455 + 4 = 451 + 8) or …123件,其中上年结转4件 (inside: 123 =
            # 114 + 9): 其中 does not say which — the sentence is wrong only when neither holds
            terms.in_new = True
        by_channel = by_channel or (role == "new" and any(word in clause for word in _SUBSETS))
        terms.set(role, number)
    if pending is not None and terms.carried_out is None:
        terms.set("carried_out", pending)  # 受理34件,办结30件,另有4件尚在办理中: no 结转下年 written, the 4 go on
        besides_out = besides_out or pending_besides
    if besides_out and terms.new is not None and terms.total is not None and terms.closed is None:
        # 新收1081件,办理1104件(含上年度结转27件,另有4件申请顺延到下年度): the carried-out are beside the 1104, so
        # 办理 is what was closed (as 答复 in 答复108件(含上年度结转申请2件,另有3件顺延…)), not a total holding them
        terms.closed, terms.total, terms.in_closed = terms.total, None, True
    if terms.handled is not None and terms.new is None and terms.total is None and terms.carried_in is None:
        # 共办理74件,办结71件,剩余3件结转下一年度: 74 counts what arrived (the carry-in unsaid) or all in hand (= 71 + 3);
        # either way it is not above 办结 + 结转下年 — read as 新收, the bound (open_in) holds for both.  Beside a carry-in
        # alone, which it is stays unsaid: not read; beside a 新收 it may stand for 办结, beside all three terms either (below)
        terms.new = terms.handled
    elif terms.handled is not None and terms.new is not None and terms.closed is None and terms.carried_in is None \
            and terms.carried_out is not None:
        # 共收到依申请公开16项,办理15项,结转下年度继续办理1项: 办理 beside 新收 is what was closed or all in hand (新收 + 上年
        # 结转, unsaid); either way 新收 is not above 办理 + 结转下年 — read as 办结 for that bound (open_in) only
        terms.closed = terms.handled
    elif terms.handled is not None and terms.new is not None and terms.carried_in is not None \
            and terms.carried_out is not None and terms.closed is None and terms.total is None:
        # 接收1554件,2023年结转132件;办理1503件,结转2025年183件: beside every other term, 办理 is what was closed
        # (1554 + 132 = 1503 + 183) or all in hand (= 1554 + 132) — the sentence is wrong only when neither holds
        terms.closed, terms.handled, terms.either = terms.handled, None, True
    elif terms.handled is not None and terms.new is not None and terms.closed is None and terms.carried_in is None \
            and terms.carried_out is None and terms.total is None \
            and _NO_IN.search(norm, start, end) and _NO_OUT.search(norm, start, end):
        # 新收到…2件,上年无结转,已办理2件,无结转下年度: with none carried in or out, what was handled, all in hand or closed,
        # is what was closed either way
        terms.closed, terms.handled = terms.handled, None
    else:
        terms.handled = None
    if terms.ambiguous or (terms.total is not None and terms.new is not None) or len(terms.units) > 1:
        return None  # a term read twice, a total beside 新收, or terms in two units (件 and 项): not one statement
    if terms.stated and all(n.unit == _ITEMS for n in terms.stated):
        return None  # every term in 条: items published on application, read as applications only beside counts in 件
    sentence = norm[start:end]
    if terms.closed is None:
        return _read_listed(terms, sentence)
    closed_at = terms.closed.end - start
    if not _FRAME_CLOSE.match(sentence, closed_at) and any(
            "其中" not in sentence[closed_at:m.start()] for m in other_outcomes(sentence)):
        # 撤回2件 beside 办结, not in the 其中 that breaks 办结 down (a 其中 of 新收 before it: 新收55件,其中2件申请人撤回,
        # 办结51件) nor in a frame naming 办结 (在已经答复的91件申请中:…其他处理4件): outside the four terms or not, unsaid
        return None
    if terms.carried_in is None and terms.total is None:
        if _NO_IN.search(sentence) and terms.closed is not terms.handled:
            terms.implied_in = True
        elif terms.new is not None and terms.carried_out is not None:
            terms.open_in = True  # 新收 is bounded by 办结 + 结转下年 (the carry-in, unsaid, is never below 0)
        else:
            return None
    if terms.carried_out is None:
        if _NO_OUT.search(sentence):
            terms.implied_out = True
        elif terms.implied_in or (terms.total is None and terms.new is None):
            return None  # the bound needs 新收 and 上年结转 both written (or a total holding them)
        else:
            terms.open_out = True
    if terms.total is None and terms.new is None:
        return None
    return terms


def _applications_in_items(norm: str, number: NumberMention) -> bool:
    """条 counts items, not applications — but in a sentence naming 依申请 before it and no 主动 it counts what was
    applied for (``依申请公开政府信息全年办结118条,结转2025年度继续办理9条``, 同安区 2024 r2064, beside its 新增…123件 in
    件): a term, read as if in 件 (``Balance.units``) — only beside terms in 件 (``_read_sentence``: all in 条, ``收到依申请公开
    16条,办理15条,…``, they may count the items disclosed).  Elsewhere (``主动公开信息50条,依申请公开信息3条``) it stays an item."""
    if number.unit != _ITEMS:
        return False
    sentence = norm[stretch_start(norm, _SENTENCE_END, number.start) : number.start]
    return _ON_APPLICATION in sentence and _PROACTIVE not in sentence


def _read_listed(terms: Balance, sentence: str) -> Balance | None:
    """The bound of a sentence that lists the outcomes with no 办结 written: its terms when they read (新收 and 上年结转
    written or said to be none, or a total holding them), None otherwise — also when the sentence names an outcome the
    form has not (撤回, 终止…: counted among the listed or not, unsaid)."""
    if not terms.listed or (terms.new is None and terms.total is None):
        return None
    if any(m.group() not in _OUTCOMES for m in other_outcomes(sentence)):
        return None
    if terms.carried_in is None and terms.total is None:
        if not _NO_IN.search(sentence):
            return None  # the carried in unsaid: the outcomes may count them, nothing bounds the sum
        terms.implied_in = True
    return terms


def _included_carry_over(norm: str, at: int, year: int | None, numbers: list[NumberMention]) -> int | None:
    """Where the carried count starts when the words right after a number say it holds last year's carry-over: the
    count after them (``(含上年结转8件``, ``,含2023年转至今年办理的3件``) or first in the bracket (``(3件为2023年结转至
    本年度办理)``); None without them, or when the year they name is not before the report's (no carry-in)."""
    included = _INCLUDES_IN.match(norm, at)
    if included is not None:
        return included.end() if _before(included.group("year"), year) else None
    if not norm.startswith("(", at):
        return None
    count = next((n for n in numbers if n.start == at + 1), None)
    said = _COUNT_IN.match(norm, count.end) if count is not None else None
    return count.start if said is not None and _before(said.group("year"), year) else None  # type: ignore[union-attr]


def _before(said: str | None, year: int | None) -> bool:
    """Whether a carry-in's year (None: 上年, the year before) is before the report's."""
    return said is None or (year is not None and int(said) < year)


def _clause_before(norm: str, sentence_start: int, at: int) -> str:
    """The words before a number from the last , ; : ( — or the number before it, or the sentence start."""
    cut = max(norm.rfind(ch, sentence_start, at) for ch in _CLAUSE_START)
    return norm[max(cut + 1, sentence_start):at]


def _other_year(clause: str, year: int | None) -> bool:
    """The clause dates its count to another year than the report's: by its number, or as the year before (a copy of
    r2174 with ``上年度我办受理政府信息公开申请97件。`` was read with the paragraph's outcomes of this year)."""
    return (year is not None and any(int(m.group("year")) != year for m in _ANY_YEAR.finditer(clause))) \
        or _LAST_YEARS.search(clause) is not None
