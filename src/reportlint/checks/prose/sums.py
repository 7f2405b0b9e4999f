"""Sums and shares stated in a sentence, checked against the sentence itself (no table involved).

``prose.sum`` (RL701): "…N条，其中 A a条、B b条…" must add up (what counts as such a statement:
:mod:`reportlint.text.sums`).  How sure the finding is depends on what the list claims:

- the parts add up to **more** than the total: an error (no reading makes that right) — also when some part is
  a lower bound (``2500余条``) and the least the parts can be is already over it; short of it such a list says
  nothing (the 余 may make up the rest); a list of one part is read only then (``网上服务事项108项,其中行政许可191项``);
- the parts fall short and the last one is a catch-all (``其他信息33条``): an error (the list says it
  is complete — also a list of the main kinds, ``主要类别有:…其它类信息0条``);
- the parts fall short and the total's own clause names where it was counted, each of those a part in turn
  (``通过省政府网站信息公开专栏和厅网站主动公开各类信息15329条,其中,省政府网站信息公开专栏…4288条,厅网站…11040条``), or
  the kinds it counts (``承办市人大代表建议、政协委员提案40件。其中,市人大代表建议13件,市政协提案17件``): a
  warning even of two parts (the words make the list the whole, but a part may name a narrower kind of its place's
  items — ``厅网站公开各类政务动态信息`` — so no reading is proved wrong);
- the parts fall short and split applications that each fall in one part — by channel or applicant
  (``收到申请42件,其中自然人申请41件,科研机构申请1件``: text/sumchannels) or into what was closed and what is carried to the
  next year or still pending (``受理534件,其中509件…予以答复,25件结转2025年办结``, ``行政诉讼21件,其中17件结果维持,4件尚未审结``:
  text/sumbreakdowns): a warning even of two parts (an unnamed channel, a withdrawal or an unnamed decision may make
  up the rest, so no reading is proved wrong) — nothing when the writer names the rest right after the last part
  (``…,信函申请15件,其余为当面申请``: ``_rest_named_after``);
- the parts fall short, the list has three or more parts and does not say it goes on (``等``, ``主要包括``):
  a warning — authors often list only the larger categories, and the reader decides;
- shorter open lists (``其中 A 58件，B 14件`` of 206) are highlights, not breakdowns: nothing;
- a list that adds up with last year's carry-over the total leaves out in a bracket (``收到申请208件(不含上年结转5件),
  其中已办结196件,结转下年办理17件``: 196+17 = 208+5) breaks down both: nothing;
- a list that falls short by exactly the number of the next clause, counted in another word (``…抖音发布76条，各类媒体
  刊登稿件378篇。`` of 3911条), goes on in that unit and adds up: nothing.
- a list that falls short by exactly a bare number ending the next sentence, a part whose unit the writer dropped
  after a stray full stop (``…机构信息16条。财政信息3。`` of 103条), goes on there and adds up: nothing.
- a total after its parts, closing them (``受理29件,续办上年度结转1件,共办理30件``: ``trailing``): more than it is an
  error; short of it a warning — the 共 sums what was listed, but a writer may total more than the clauses before name;
- a total whose channels follow in sentences of their own (``…共计444条。政府网站发布信息118条,…。…公众号共发布信息
  294条。…视频号发布视频32条。``: ``sentences``): a warning when they pass it, or fall short in three parts or more — no
  marker says the channels are all of it, nor that no item went out on two;
- parts in several units (``558条，其中…118篇、…356条，…4条``: ``mixed_units``) may not be counted alike: a
  warning at most, whichever way they miss, the parts shown with their units — unless the parts in the total's own
  unit already pass it (``121条,含规范性文件2件、…执法动态50条、公示公告28条``: 147 条 alone): an error as ever.

``prose.percent`` (RL703): "…761件，其中予以公开258件，占33.9%": the share is recomputed from the part
and the total stated before it (``共…N件``, ``N件,其中``, or a frame opening the sentence, ``在18件政府信息公开申请中,予以
公开5件,占27.8%;部分公开1件,占5.6%``, whose shares run on past semicolons).  A share a pack rule checks against the
table is not checked again; one the pack rule cannot check (no table in an excerpt, a blank cell) is checked here.
The share may follow its count after a comma, a bracket or 、 (``(其中概况260条、占2.3%,…其他1439条、占12.76%)``).
A run of parts each with its share whose shares make 100% is of its own parts' sum when no total is stated in the
sentence (``在2021年公开信息中,…48条,占18.8%;…207条,占80.5%;…2条,占0.7%``, the 257 in the sentence before), and so
is one whose shares pass 100 when all but one of them follow from that sum (``…2条,占比5.5%,…42条,占比95.5%``); a run two
or more of whose shares, and at least half, follow from one total stated in its sentence or the one before is of
that total (``共计38条,…。…②…5条,占15.7%;③…1条,占2.63%;…⑤…2条,占5.26%``: :mod:`.shareruns`).
The printed value passes when it is the share rounded half-up or truncated to the printed decimals.  An error when
the total is that of a sum statement; a warning when it is only the nearest stated total or one the run tells.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ...model.diagnostics import Diagnostic, Severity
from ...model.document import Paragraph
from ...text.cnparse import NumberMention, percent_accepts, percent_of
from ...text.lazyregex import LazyRegex
from ...text.mapped import original_span
from ...text.marks import stretch_end, stretch_start
from ...text.normalize import exact_sum, format_decimal
from ...text.sumbreakdowns import closed_and_pending, public_and_not
from ...text.sumchannels import applications_by_channel
from ...text.sumlevels import splits_by_named_levels
from ...text.sums import SumStatement
from ..base import KindContext
from .shareruns import QIZHONG_AFTER, TOTAL_BEFORE, bare_share, continued_total, names_its_base, percent_lead, run_total

_SENTENCE_END = frozenset("。;!?")
_FULL_STOP = frozenset("。!?")
# "…,动漫解读占比23%": a share named by its part's words (at least two characters, right after a clause mark)
_NAMED_LEAD = LazyRegex(r"[,;、:]([\u4e00-\u9fff]{2,12})占(?:比|比例|比重)(?:为|达)?$")
# a frame naming the total the shares after it are of: 在18件政府信息公开申请中, / 在收到的18件申请中,
_AMONG_BEFORE = LazyRegex(r"在[^。;,!?]{0,8}$")
_AMONG_AFTER = LazyRegex(r"[^。;,!?\d]{0,16}中,")
_MIN_OPEN_PARTS = 3  # an open list shorter than this that falls short is a highlight, not a breakdown


def check_sums(ctx: KindContext, block: Paragraph, idx: list[int], statements: list[SumStatement],
               norm: str = "", numbers: list[NumberMention] | None = None) -> Iterator[Diagnostic | None]:
    """RL701 on every sum statement of the paragraph that does not add up (see the module docstring).
    ``statements`` were found on the normalised paragraph ``norm`` (its ``numbers``); ``idx`` maps them
    back to its text."""
    for statement in statements:
        if statement.carried:
            yield from _check_carried(ctx, block, idx, statement)
            continue
        statement = _past_a_count_of_none(norm, numbers or [], statement)
        total = statement.total.value
        parts = statement.parts_sum
        if parts == total:
            continue
        if statement.trailing:
            key, cap = ("sum", None) if parts > total else ("sum_trailing", Severity.WARNING)
            yield _report_sum(ctx, block, idx, statement, key, cap)
            continue
        if statement.sentences:  # channels in sentences of their own: over, or three or more short, is a warning
            if parts > total or (len(statement.parts) >= _MIN_OPEN_PARTS and not _rest_named_after(norm, statement)):
                yield _report_sum(ctx, block, idx, statement, "sum_sentences", Severity.WARNING)
            continue
        if _covers_clause_before(norm, numbers or [], statement) or _leaves_out_carry_in(norm, numbers or [], statement):
            continue
        if statement.approximate:
            if parts < total:
                continue  # a part is "N余": the parts may well make up the total
            key, cap = "sum_at_least", None
        elif parts > total:
            key, cap = ("sum_part" if len(statement.parts) == 1 else "sum"), None
        elif statement.ending == "other":
            key, cap = "sum_complete", None
        elif _names_its_parts(norm, statement):
            key, cap = "sum_named", Severity.WARNING
        elif statement.ending != "etc" and (closed_and_pending(statement.labels) or any(
                whole(norm, statement.total, statement.labels) for whole in (applications_by_channel, public_and_not))):
            if _rest_named_after(norm, statement):
                continue
            key, cap = "sum_whole", Severity.WARNING
        elif statement.ending == "etc" or len(statement.parts) < _MIN_OPEN_PARTS \
                or _goes_on_in_other_unit(norm, numbers or [], statement) \
                or _goes_on_without_unit(norm, numbers or [], statement) \
                or _goes_on_past_a_lead(norm, numbers or [], statement):
            continue
        else:
            key, cap = "sum_partial", Severity.WARNING
        if statement.mixed_units and not _own_unit_over(statement):
            cap = Severity.WARNING
        yield _report_sum(ctx, block, idx, statement, key, cap)


def _check_carried(ctx: KindContext, block: Paragraph, idx: list[int],
                   statement: SumStatement) -> Iterator[Diagnostic | None]:
    """A paragraph listing the kinds of the count of the paragraph before (text/sumitems): over it an error, short of it
    an error when closed by 其他, a warning in three parts or more that do not say they go on — as in one paragraph,
    the clause-bound readings of check_sums aside (the total is not in this paragraph's text)."""
    total, parts = statement.total.value, statement.parts_sum
    if parts > total:
        yield _report_sum(ctx, block, idx, statement, "sum", None)
    elif parts < total and statement.ending == "other":
        yield _report_sum(ctx, block, idx, statement, "sum_complete", None)
    elif parts < total and statement.ending is None and len(statement.parts) >= _MIN_OPEN_PARTS:
        yield _report_sum(ctx, block, idx, statement, "sum_partial", Severity.WARNING)


def _own_unit_over(statement: SumStatement) -> bool:
    """The parts in the total's own unit already pass it (``121条,含…2件、…2条、…51条、…50条、…28条``: 147 条 of
    149): no count of the kindred parts can make the list right, so their units leave no doubt."""
    own = exact_sum(p.value for p in statement.parts if p.unit == statement.total.unit)
    return not statement.approximate and own > statement.total.value


_COUNT_UNITS = frozenset("件条个项次篇份期")
_LIST_WORDS = ("其中", "包括", "包含")
_NEXT_CLAUSE = frozenset(",、")
# last year's carry-over named right before its count (上年度结转的1件, 结转上年2件)
_CARRIED_IN = LazyRegex(r"(?:上一?年度?|去年)(?:度)?(?:结转|遗留)|结转上一?年度?")
_CARRY_SPAN = 12
# a bracket right after the total that leaves last year's carry-over out of it: (不含上年结转5件), (另有上年度结转…)
_LEAVES_OUT = LazyRegex(r"\((?:不含|未含|不包括|另有)")


# what opens a clause naming the rest of a total: ``…,其余为当面申请``, ``…,另有2件申请人撤回``
_REST_OPENERS = ("其余", "其他", "其它", "剩余", "余下", "另有", "另外")


def _rest_named_after(norm: str, statement: SumStatement) -> bool:
    """The clause (or the sentence) after a split's last part names the rest of its total (``其中网上申请30件,信函
    申请15件,其余为当面申请`` of 50; ``其中17件维持,2件尚未审结,另有2件申请人撤回`` of 21): the writer says the parts fall
    short and what makes up the rest, counted or not, so the split is not read as meant to make the total."""
    rest = norm[statement.end:]
    cut = min((i for i in (rest.find(c) for c in ",、。;!?") if i >= 0), default=-1)  # the last part's clause ends
    return cut >= 0 and rest[cut] in ",、。;" and rest[cut + 1:].startswith(_REST_OPENERS)


def _goes_on_in_other_unit(norm: str, numbers: list[NumberMention], statement: SumStatement) -> bool:
    """The list falls short by exactly the number of the next clause of the same sentence, counted in
    another word (``…官方抖音发布76条,各类媒体共刊登刊播税收工作稿件378篇。`` of 3911 条): the list goes
    on in that unit, which ended its reading, and adds up with it — no finding."""
    following = next((n for n in numbers if n.start >= statement.end), None)
    if following is None or following.unit == statement.total.unit or following.unit not in _COUNT_UNITS:
        return False
    between = norm[statement.end:following.start]
    if any(ch in _SENTENCE_END for ch in between) or sum(ch in _NEXT_CLAUSE for ch in between) != 1:
        return False
    return exact_sum((statement.parts_sum, following.value)) == statement.total.value


def _goes_on_past_a_lead(norm: str, numbers: list[NumberMention], statement: SumStatement) -> bool:
    """The list falls short by exactly the counts the rest of its sentence gives in the total's unit, after a clause
    with no number that leads them in (``…保障性住房信息17条,新增设市政服务信息栏目,公开…相关信息7条,涉企行政检查7条。``
    of 127 条: the lead ended the reading, the list goes on after it and adds up) — no finding."""
    stop = stretch_end(norm, _SENTENCE_END, statement.end)
    following = [n for n in numbers if statement.end <= n.start < stop]
    if not following or any(n.unit != statement.total.unit for n in following):
        return False
    lead = norm[statement.end:following[0].start]
    if sum(ch in _NEXT_CLAUSE for ch in lead) < 2:
        return False  # no clause of its own between the last part and the next count
    return exact_sum((statement.parts_sum, *(n.value for n in following))) == statement.total.value


def _goes_on_without_unit(norm: str, numbers: list[NumberMention], statement: SumStatement) -> bool:
    """The list falls short by exactly a bare number (no unit) that ends the next sentence, which holds no other
    number (``…文件、总结及其他信息78条,机构信息16条。财政信息3。`` of 103 条): a part whose unit the writer dropped,
    after a full stop put one part too early — the list goes on there and adds up with it: no finding."""
    following = next((n for n in numbers if n.start >= statement.end), None)
    if following is None or following.unit is not None or following.approximate:
        return False
    between = norm[statement.end:following.start]
    if sum(ch in _SENTENCE_END for ch in between) != 1 or any(ch in _NEXT_CLAUSE for ch in between):
        return False
    if norm[following.end:following.end + 1] not in _SENTENCE_END:  # the number ends its sentence
        return False
    return exact_sum((statement.parts_sum, following.value)) == statement.total.value


def _leaves_out_carry_in(norm: str, numbers: list[NumberMention], statement: SumStatement) -> bool:
    """The total leaves last year's carry-over out in a bracket right after it, and its 其中 breaks down both
    (``共收到政府信息公开申请208件(不含上年结转5件),其中已办结196件,结转下年办理17件``: 196+17 = 208+5) — no finding."""
    lead = _LEAVES_OUT.match(norm, statement.total.end)
    close = norm.find(")", statement.total.end)
    if lead is None or close < 0 or not _CARRIED_IN.search(norm, lead.end(), close):
        return False
    inside = [n for n in numbers if lead.end() <= n.start < close]
    if len(inside) != 1 or inside[0].unit != statement.total.unit or inside[0].approximate:
        return False
    return exact_sum((statement.total.value, inside[0].value)) == statement.parts_sum


def _covers_clause_before(norm: str, numbers: list[NumberMention], statement: SumStatement) -> bool:
    """The list adds up to its total and the count of the clause before (``_clause_before``) together (``收到申请59件,
    上年度结转办理2件,其中结转2024年度7件,其余54件``: 7+54 = 59+2): its 其中 breaks down both — no finding."""
    prev = _clause_before(norm, numbers, statement)
    return prev is not None and _breakdowns_of(statement.parts, exact_sum((prev.value, statement.total.value)))


def _clause_before(norm: str, numbers: list[NumberMention], statement: SumStatement) -> NumberMention | None:
    """The count of the clause right before the total's, in its unit and sentence, that a 其中 after both may break down
    too.  Not when the total is stated as one (共计…) or that count is a part of a list — unless it is last year's
    carry-over, which a 共 total of the new ones leaves out (``除上年度结转的1件…,共收到…124件,其中…办理122件,结转…3件``)."""
    prev = next((n for n in reversed(numbers) if n.end <= statement.total.start), None)
    if prev is None or prev.unit != statement.total.unit or prev.approximate:
        return None
    if statement.keyword and not _CARRIED_IN.search(norm, max(0, prev.start - _CARRY_SPAN), prev.start):
        return None
    between = norm[prev.end:statement.total.start]
    if any(ch in _SENTENCE_END for ch in between) or sum(ch in _NEXT_CLAUSE for ch in between) != 1:
        return None
    sentence = stretch_start(norm, _SENTENCE_END, prev.start)
    if any(word in norm[sentence:prev.start] for word in _LIST_WORDS):
        return None
    return prev


def _past_a_count_of_none(norm: str, numbers: list[NumberMention], statement: SumStatement) -> SumStatement:
    """A list of something is no breakdown of a count of none: ``行政复议6宗、行政诉讼0宗,其中2宗维持…`` is checked against 6."""
    if statement.total.value != 0 or statement.parts_sum == 0:
        return statement
    prev = _clause_before(norm, numbers, statement)
    return statement if prev is None else statement.replace(total=prev)


def _breakdowns_of(parts: list[NumberMention], whole: Decimal) -> bool:
    """The parts, in order, make ``whole`` exactly once or more, each run of them adding up to it: one breakdown, or the
    same count broken down again another way (``收到…申请19件,上年结转1件,其中自然人提交申请20件,通过互联网渠道提交15件,
    …邮寄…2件,…当面…3件``: by applicant, 20, then by channel, 15+2+3 — as sumbreakdowns.second_breakdown reads a list
    under one stated total).  A run that passes the whole, or parts left over, is no such reading."""
    run = Decimal(0)
    for part in parts:
        run = exact_sum((run, part.value))
        if run == whole:
            run = Decimal(0)
        elif run > whole:
            return False
    return run == 0 and bool(parts)


# "通过A和B主动公开…N条": where the total was counted, named before it; 等 leaves that list open
_VIA = "通过"
_NAME_JOINS = LazyRegex(r"[和及与、]")
_CLAUSE_ENDS = "。;,"
_QUOTES = "\"“”'"
_MIN_NAME = 2  # a name shorter than this (网, 厅) names nothing


def _names_its_parts(norm: str, statement: SumStatement) -> bool:
    """The total's own clause names its parts, one name for each part in turn — the places it was counted in
    (``通过A和B…N条``) or the kinds it counts (``承办市人大代表建议、政协委员提案40件``): the sentence makes the list the
    whole, so falling short is reported (a warning: a part may still name a narrower kind of its place's items), not
    passed as a highlight.  A list of names that ends in 等 leaves the whole open."""
    start = stretch_start(norm, _CLAUSE_ENDS, statement.total.start)
    clause = norm[start:statement.total.start]
    if len(statement.parts) < 2:
        return False
    return _names_its_places(clause, statement) or _names_its_kinds(clause, statement) \
        or splits_by_named_levels(clause, statement.labels)


def _names_its_places(clause: str, statement: SumStatement) -> bool:
    """``通过A和B…``: each part opens with its place in turn.  The last name runs on into the verb
    (``厅网站主动公开各类信息``): it need only share its opening with its part (``厅网站公开…``)."""
    at = clause.find(_VIA)
    if at < 0 or "等" in clause[at:]:
        return False
    names = _NAME_JOINS.split(clause[at + len(_VIA):])
    if len(names) != len(statement.parts):
        return False
    labels = [label.lstrip(_QUOTES) for label in statement.labels]
    *leading, last = names
    if any(len(name) < _MIN_NAME or not label.startswith(name) for name, label in zip(leading, labels[:-1], strict=True)):
        return False
    return labels[-1][:_MIN_NAME] == last[:_MIN_NAME] and len(last) >= _MIN_NAME


def _names_its_kinds(clause: str, statement: SumStatement) -> bool:
    """``…承办市人大代表建议、政协委员提案40件。其中,市人大代表建议13件,市政协提案17件``: the kinds the total counts are
    named before it, joined by 、/和/及/与, as many as the parts, and each part's head noun (the last two characters of its
    name, ``建议``, ``提案``) is in its own name and in no other — a name's words before it (the verb, ``我局共承办``) and
    a part's qualifier (``市``) may differ.  Heads shared by two parts (``…信息``, ``…信息``) name no kind apart."""
    if "等" in clause:
        return False
    names = _NAME_JOINS.split(clause)
    if len(names) != len(statement.parts):
        return False
    heads = []
    for label, part in zip(statement.labels, statement.parts, strict=True):
        if not label.endswith(part.text) or len(label) - len(part.text) < _MIN_NAME:
            return False
        heads.append(label[len(label) - len(part.text) - _MIN_NAME:len(label) - len(part.text)])
    return all(sum(head in name for name in names) == 1 and head in own for head, own in zip(heads, names, strict=True))


def runs_into_cut(norm: str, statement: SumStatement) -> bool:
    """Whether a list that falls short of its total runs into the end of a text that stops in the middle
    (no sentence ends after it: "…不予公开的11件,…无法提供的33件,申请信息属于信访举报投诉类、重复申请、要求行政机关确"):
    its later parts are in the part cut off, so the shortfall says nothing.  A semicolon does not end that
    sentence: its clauses go on with the list's later kinds ("…共主动发布政府信息473条,其中…政策解读信息15条;…阶段性成效
    33条;…68条;…及时公开省人大代表", the text stopping before the sentence's full stop).  A list already over
    its total is wrong whatever follows."""
    return statement.parts_sum < statement.total.value and not any(ch in _FULL_STOP for ch in norm[statement.end:])


def _report_sum(ctx: KindContext, block: Paragraph, idx: list[int], statement: SumStatement, key: str,
                cap: Severity | None) -> Diagnostic | None:
    total, parts = statement.total.value, statement.parts_sum
    unit = statement.total.unit or ""
    mixed = statement.mixed_units
    shown = "+".join(format_decimal(p.value) + _bound(p) + (p.unit or "" if mixed else "") for p in statement.parts)
    text = ctx.msg(key, parts=shown, sum=format_decimal(parts),
                   total=format_decimal(total), unit=unit, diff=format_decimal(abs(exact_sum((parts, -total)))),
                   last=_category(statement.labels[-1], statement.parts[-1]))
    at = statement.parts[0] if statement.carried else statement.total  # a carried total is in the paragraph before
    start, end = original_span(idx, at.start, at.end)
    loc = ctx.document.span_location(block, start, end)
    first, last = original_span(idx, statement.start, statement.end)
    help_text = ctx.msg(key + "_help")
    if mixed and cap is Severity.WARNING:
        units = "、".join(dict.fromkeys(p.unit or "" for p in statement.parts))
        help_text = ctx.msg("sum_mixed_help", units=units) + help_text
    return ctx.report("prose.sum", text, loc, at_most=cap, expected=format_decimal(parts),
                      actual=format_decimal(total), help=help_text, key=(block.text[first:last][:40],))


def _bound(part: NumberMention) -> str:
    """余 or 多 as the text writes it after a number that is a lower bound (``2500余条`` → ``余``), else nothing."""
    return next((ch for ch in "余多" if ch in part.text), "")


def _category(label: str, part: NumberMention) -> str:
    """The name of a part for a message: its clause without its number (``其他信息33条`` → ``其他信息``)."""
    name = label.replace(part.text, "").strip(" \t\u3000“”\"")
    name = name.removeprefix("以及")  # "以及部门动态,旗县动态等其他信息2027条": the part's name without its conjunction
    return name or label


# ---------------------------------------------------------------------------------------------
# Percentages with their base stated in the same sentence


def check_percentages(ctx: KindContext, block: Paragraph, norm: str, idx: list[int], numbers: list[NumberMention],
                      checked: set[int], sums: list[SumStatement]) -> Iterator[Diagnostic | None]:
    """RL703 on "…a件，占X%" where the total a is a part of is stated before it (``checked``: the
    percentages a pack rule already checked against the tables; ``sums``: the paragraph's sum statements)."""
    for i, pct in enumerate(numbers):
        if pct.unit != "%" or pct.start in checked or i == 0:
            continue
        lead = percent_lead(norm, pct.start)
        if lead is None:
            named = _named_share(norm, pct, sums)
            if named is None and bare_share(norm, numbers, i):  # "…4条,占0.06%。政策文件1条,0.16%,…"
                part = numbers[i - 1]
                named = part, _stated_total(norm, numbers[:i - 1], part) or continued_total(norm, numbers, i), False
            if named is None:
                continue
            part, base, certain = named
        else:
            part = numbers[i - 1]
            if part.end != lead.start() + 1 or part.unit in (None, "%") or part.approximate:
                continue
            base, certain = None, False
            for statement in sums:
                if any(p.start == part.start for p in statement.parts):
                    base, certain = statement.total, not statement.mixed_units  # 篇 of a total of 条: not sure
                    certain = certain and not names_its_base(lead)  # 占信息发布总量的: the total taken for it
                    break
            if base is None:
                base = (_stated_total(norm, numbers[:i - 1], part) or run_total(norm, numbers, i)
                        or continued_total(norm, numbers, i))
        if base is None or base.value == 0 or base.value < part.value:
            continue
        if percent_accepts(pct.value, part.value, base.value, pct.decimals):
            continue
        computed = percent_of(part.value, base.value, pct.decimals)
        core_end = pct.end - 1 if pct.text.endswith("%") else pct.end
        start, end = original_span(idx, pct.start, core_end)
        text = ctx.msg("percent", stated=format_decimal(pct.value), part=format_decimal(part.value),
                       base=format_decimal(base.value), computed=format_decimal(computed))
        yield ctx.report("prose.percent", text, ctx.document.span_location(block, start, end),
                         at_most=None if certain else Severity.WARNING, expected=format_decimal(computed),
                         actual=format_decimal(pct.value), key=(format_decimal(part.value), format_decimal(base.value)))


def _named_share(norm: str, pct: NumberMention,
                 sums: list[SumStatement]) -> tuple[NumberMention, NumberMention, bool] | None:
    """A share named by its part rather than printed after its count (``共解读文件23个。其中图片解读文件16个,动漫解读
    文件7个,…,动漫解读占比23%``): the clause before 占比 names one part of a list that ends before it in the same sentence
    — the part, the list's total, and whether they are counted alike.  A name that more than one part's clause holds
    (``解读占比``) or none names no part: nothing is read."""
    lead = _NAMED_LEAD.search(norm, 0, pct.start) if "占" in norm[:pct.start] else None
    if lead is None:
        return None
    name = lead.group(1)
    for statement in sums:
        if statement.end > lead.start() or any(ch in _FULL_STOP for ch in norm[statement.end:lead.start()]):
            continue
        named = [p for p, label in zip(statement.parts, statement.labels, strict=True) if name in label]
        if len(named) == 1 and named[0].unit not in (None, "%") and not named[0].approximate:
            return named[0], statement.total, not statement.mixed_units
    return None


def _stated_total(norm: str, before: list[NumberMention], part: NumberMention) -> NumberMention | None:
    """The nearest earlier number in the same sentence, in the part's unit, stated as a total
    (共计…N件) or followed by 其中; or the total a frame opening the sentence names (``在18件政府信息公开申请中,
    予以公开5件,占27.8%;部分公开1件,占5.6%;…``), which holds past the semicolons of its shares.  The frame
    names the total only of the run of parts right after it, each one clause with its share: a count without a
    share, or a clause without a number, between is another fact (``在18件申请中,予以公开5件,占27.8%;另有上年结转3件,
    其中予以公开2件,占66.7%``; ``…;此外,办理人大建议5件,占比100%``), whose shares are not of the frame's total."""
    crossed = False  # a semicolon lies between: only a frame still names the part's total
    run = True  # the numbers walked past are parts, each with its share, one clause apart
    after = part
    for cand in reversed(before):
        between = norm[cand.end:part.start]
        if any(ch in _FULL_STOP for ch in between):
            return None
        crossed = crossed or any(ch in _SENTENCE_END for ch in between)
        framed = run and _AMONG_BEFORE.search(norm, 0, cand.start) and _AMONG_AFTER.match(norm, cand.end)
        run = run and _runs_on(norm, cand, after)
        after = cand
        if cand.unit != part.unit or cand.approximate:
            continue
        if framed:
            return cand
        if not crossed and (QIZHONG_AFTER.match(norm, cand.end) or TOTAL_BEFORE.search(norm, 0, cand.start)):
            return cand
    return None


_RUN_JOINTS = ",;、"


def _runs_on(norm: str, cand: NumberMention, after: NumberMention) -> bool:
    """Whether ``cand`` and the number ``after`` it are links of a run of shares (``予以公开5件,占27.8%;部分公开1件``):
    a count followed by its share, or a share followed by the next count one clause on."""
    if after.unit == "%":
        return cand.unit != "%"
    return cand.unit == "%" and sum(ch in _RUN_JOINTS for ch in norm[cand.end:after.start]) == 1
