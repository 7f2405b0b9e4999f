"""Sum statements in prose: "…N条，其中 A a条、B b条、…" — a total and the parts it is said to be made of.

What real reports write (each seen in the corpus of real reports, tests/corpus):

- ``共计发布政府信息178条，其中…64条、…74条、…40条`` — a total keyword, 其中 right after the total;
- ``主动公开政务信息数32条。其中:部门文件3条,规划计划3条,…`` — 其中 opens the next sentence;
- ``主动公开信息数116条,全文电子化率达100%。其中,机构职能类信息1条,…`` — past a rate closing the sentence before;
- ``主动公开政府信息212条。主动公开政府信息的主要类别如下:机构职能类信息7条,…`` — a sentence announcing a
  classification (类别, 类型 or 分类, then 如下, no number) opens the next as 其中 would (open after 主要);
- ``主动公开政府信息数465条,内容涉及…等多面内容。其中信息公开年度报告1条、…`` — a clause without
  numbers between the total and 其中;
- ``主动公开政务信息382条,包括政府网站35条,…媒体…80条,…微信公众号2443条,其中乡村振兴228条、…`` —
  包括 for 其中, and a nested 其中 that breaks the last part down (the outer list stops there);
- ``受理依申请公开事项36件(其中:自然人申请32件、企业申请2件、其他组织申请2件),上年结转7件,…`` — the
  list ends at the bracket that encloses it; the numbers after it are other facts;
- ``答复政府信息公开申请83件,均在法定期限内予以答复。予以公开及部分公开4件,占4.82%;…其他处理41件`` — no marker: a sentence
  opening on an outcome of handling (summarkers.outcome_markers) breaks down the count of what was handled ending the
  sentence before (not a count carried over: ``办结454件,结转下年继续办理7件。予以公开…`` is no breakdown of 7); with no
  count ending the sentence before, or after a lead clause that only says they were handled (``…答复政府信息公开申请202件
  (…),…。申请内容主要涉及…。已办结申请中,予以公开及部分公开55件,…其他处理42件``), it breaks down the paragraph's one count
  of what was handled (sumtotals.handled_count);
- ``办结的29件中,予以公开20件,部分公开6件,不予公开2件,不予处理1件`` — a count, a few words naming it, then 中 and a comma
  (``在97件信息公开申请答复中,``) open its breakdown as 其中 does (summarkers.within_markers; not ``1件正在办理中,``, a state);
- ``受理政府信息依申请公开数量152件(信函申请21件、传真申请0件、网络申请131件、当面申请0件)`` — the bracket right
  after the total is the marker, no 其中 (``答复458件(含上年结转8件)``: 含 names what it includes, an open list);
- ``…188条,其中:工作动态类信息38条;公示公告类信息1条;…;其他主动公开类信息4条`` — parts separated by
  semicolons when the list starts that way (a list started with 、 or ， ends at a semicolon);
- ``受理政府信息咨询372人次，其中现场咨询331人次，电话咨询61人次`` — any unit (件 条 人次 次 篇 期 场…);
- ``…345条,其中规章11条、…、其他文件102条;省政府工作报告2条、…、政府信息公开工作年度报告2条`` — groups of
  a list started with 、 separated by semicolons: the list goes on past a semicolon when only the longer
  reading adds up (its 其他 then closes a group, not the list);
- ``…50条。其中机构类信息20条,内有领导成员10条、…;工作类信息11条,其中镇街动态3条、…;政策文件类信息4条;…`` —
  a nested list (其中/内有…) breaking a part down is skipped up to the next semicolon, where the outer
  list goes on; past its own semicolons when only that reading adds up to the part (``…883条;…网站…51条,其中
  机构职能类信息2条,占3.9%;政策法规类信息3条,占5.9%;…其他类信息29条,占56.9%。``: 934 = 883+51, 51 = 2+3+3+14+29); a
  list of channels goes on past a nested list closed by 其他 whatever its sum (``sumchannels.outer_channel_goes_on``);
- ``…202条,其中主动公开信息4条,依申请公开信息0条,机构设置类信息2条;…1条;其他类信息 1条`` — the last parts add up to an
  earlier one (2+1+1 = 4) and are joined by a mark none of the parts before them is (；after ，): they break it down,
  with no marker, and are no parts of the total;
- ``主动公开政府信息32条,包括领导信息类1条、机构职能类2条、…(14 parts)`` — long lists;
- ``…423条,其中工作总结1条,…,重点领域信息85条,…`` — a part named 重点… (重点/主要 open a list only before 包括/其中);
- ``…16872条,其中政府信息公开专栏信息5326条互动交流专栏信息91条,…`` — two parts run together, a comma dropped
  (read as two only when that reading adds up);
- ``…20条,其中执法信息公开17条,财政信息3通过微信公众号…发布公开信息85条`` — a part's unit dropped and its clause run on,
  with no comma, into another channel's count: the list ends at the bare number (read so only when that adds up);
- ``3548条。其中,…信息共1223,…政务微信信息2141、视频信息139条,…信息438条,…信息45;`` — counts whose unit the page
  dropped, each its clause's only number right after a name: parts in the list's unit, unless the list adds up
  without them (``sumdropped``);
- ``主动公开信息共计11条。主要类别有:…0条,…5条,工作信息6条,…0条`` — 主要类别有 opens a list as 主要包括 does (open);
- ``…55条,其中主动公开政府信息37条,…不予公开信息数4条。主动公开政府信息类别:…21条,…其他类信息4条`` — a sentence naming a
  count of the sentence before and announcing its kinds with a colon breaks that count down (37: the count so named, not the
  4 ending the sentence; none when no count, or two, are so named);
- ``…154条。其中,…1条、…14条、…126条、…5条、…8条、…年度报告1条。`` — parts joined by 、 to the end are one list,
  even where a prefix happens to add up (155 ≠ 154);
- ``主动公开政府信息73条,其中依托…网站…73条;通过…微信公众号…73条;通过…公开栏…73条`` — the same
  items counted once per channel: a part equal to the total is not a breakdown (no statement) — but applications split
  by channel or applicant (``受理…申请22件,其中,信函申请0件,网上申请22件,当面申请0件,…``) arrive once: the others must be 0,
  as they must beside what was closed and what is still open (``19件,其中18件…予以答复,1件结转…``) or among the outcomes;
  a total after its parts in 条 or 篇 equal to one of them counts the items once too (``网站发布3200条,微信发布1500条,
  共发布信息3200条``).

Each part (read by text/sumparts) is the first number in the total's unit of one clause; a clause without one ends the list
(a new topic), except a clause whose count of published items is in a kindred unit (条, 篇, 件, 份, 期: ``…558条，其中
门户网公开118篇、“魅力二街”发布356条，…信息4条``; ``解读信息110份,其中文字解读37份、…音频解读1份、会议图解32期、
会议视频解读15期``), which is a part too (not when the clause states a total of its own,
``…三公经费5条、全年共接到网友咨询投诉5件``: a new count) — the statement is then ``mixed_units``: its parts may not be counted
alike (an article of 篇 may be several items of 条), so a sum that holds says the list is consistent and one that
does not is never certain (checks/prose: a warning at most; which units are kindred: text/kindred); and except a
remark on the part before it (``…85条，占20.6%，…``, ``…50条，同比增加10条，…``, ``…711条,全文电子化主动公开711条,…``)
or a rate (``…50条，日均发布量23条``), which is skipped; and except a clause opened by 以及 without a number
(``…2期，以及部门动态，旗县动态等其他信息2027条``): the last part, its names listed over commas, read on to its number.
Which reading of the parts holds is decided by ``sumextent``: when the parts do not add up but a prefix of them does,
the list is taken to end there: later numbers of the sentence are other facts (``…36件，其中 32、2、2，上年结转7件…``)
— unless the later parts are named alike, every part is joined by 、, the one part after the prefix is a catch-all
(``…“无法提供”13件,“其他处理”1件``), or the list has four parts or more joined alike (，or ；) to its sentence's end
(``53条。其中,…49条,…2条,…年度报告1条,…指南1条。``): then they are parts too, and a wrong total is found.

A 其中 that opens a sentence breaks down the last number of the sentence before only when that number is
a total, not itself a part of a list (``…其中:…其他类信息9条。其中主动公开…17条,…`` is no sum of 9), nor the
last of several counts of that sentence in its unit (``通过政府网站公开…754条,通过政务新媒体…2808条,通过其他方式…54条。
其中,…微信公众号…1205条、微博12984条…``: the 其中 is no breakdown of 54) — unless the list opens on the outcomes of
handling (予以公开, 不予公开, 无法提供…) and that number counts what was handled (``新收…1081件,办理1104件(…)。其中,予以公开及
部分公开147件;…其他处理155件``: 1104).  A list that names both the last count and an earlier one of its sentence
(``行政复议192件,行政诉讼73件,其中:140件行政复议、49件行政诉讼获维持,…``) breaks them down together: no sum of 73.

A part written as a lower bound (``…4884条。其中,门户网站…1184条,…微博微信推送1199条,各类媒体刊发教育新闻2500余条,
新闻发布会…1条``) is read like any other; the statement is then ``approximate`` (checks/prose: only parts whose least
sum is over the total are wrong).

A sentence opening on how the applications are split (``从申请方式看,网络申请24件,…``) breaks down the count received in
the sentence before (text/sumframes); a total followed straight by its parts, no marker, is a list when a catch-all
closes it (``共…82条,…3条,…2条,…4条,其他信息73条。``: text/sumcatchall).

A total may also come last, closing the clauses before it (``受理…29件,续办上年度结转办件1件,共办理30件``): those are read
by text/sumtrailing and made statements here (``trailing``).  Parts told in sentences of their own after a total
(``…共计444条。政府网站发布信息118条,…。…公众号共发布信息294条。``), or a 其中 of one part going on in the next sentence,
are read by text/sumsentences (``sentences``; ``continued_parts``).

Whether the list claims to be complete is read from its end: a last part named 其他/其它/其余/剩余
(``其他信息33条``, ``剩余2件结转下年度继续办理``) closes the list (``ending == "other"``); a list ending in 等
(``…40条等``, ``…等48条``) or introduced by 主要/重点 is open (``ending == "etc"``) — but a list of the main kinds
that ends in its catch-all (``主要类别有:…其它类信息0条``) names them all: closed, as ``主要类别如下`` is read.  A 其他
followed by more parts after a semicolon closed only a group of a longer list — unless the list is nested in another
that adds up with the parts after the semicolon (``221条,其中,…网站…31条,其中…,其他栏目2条;…微信公众号…190条``:
31+190 = 221), which then are the outer list's: the nested list ended at its 其他.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..model.records import FrozenRecord, set_field
from .cnparse import NumberMention, find_numbers
from .kindred import announced, kindred_extent
from .marks import stretch_start
from .normalize import exact_sum
from .sumbrackets import before_running_count, bracket_markers
from .sumbreakdowns import before_outcomes, closed_and_pending
from .sumcatchall import catch_all_markers
from .sumchannels import PUBLISHED, counts_per_form, restates_total
from .sumclauseleads import clause_lead_markers
from .sumcomplement import names_the_rest
from .sumcountfirst import count_first_parts
from .sumdropped import without_needless_bare
from .sumextent import enumerated, extent, without_nested_tail
from .sumframes import frame_markers, framed_total
from .sumleads import colon_markers, cover_markers
from .summarkers import CATCH_ALL as _CATCH_ALL
from .summarkers import CLAUSE_PUNCT as _CLAUSE_PUNCT
from .summarkers import NOT_TOTAL_AFTER_GONG as _NOT_TOTAL_AFTER_GONG
from .summarkers import NOT_TOTAL_BEFORE_GONG as _NOT_TOTAL_BEFORE_GONG
from .summarkers import SENTENCE_END as _SENTENCE_END
from .summarkers import SPACES as _SPACES
from .summarkers import TOTAL_KEYWORDS as _TOTAL_KEYWORDS
from .summarkers import (
    classification_markers,
    headed_markers,
    markers,
    named_classification_markers,
    outcome_markers,
    phrase_markers,
    within_markers,
)
from .sumoutcomeleads import outcome_leads, outcome_over_closed, received_beside_none_carried, received_total
from .sumpaired import paired_counts
from .sumparts import read_parts
from .sumremarks import is_change
from .sumsentences import channel_sentences, continued_parts
from .sumtotals import counts_handled, handled_count, has_sibling_count, named_total, names_a_sibling, total_before
from .sumtrailing import trailing_sums

__all__ = ["SumStatement", "ending_of", "find_sum_statements"]


class SumStatement(FrozenRecord):
    """``total`` is stated to be made up of ``parts`` (all in the total's unit).

    ``labels[i]`` is the text of part i's clause (its category and its number);
    ``keyword``: the total is stated as a total (共计, 合计, 累计…); ``ending``: ``"other"`` when the last
    part is a catch-all (the list claims to be complete), ``"etc"`` when the list says it is not
    (等, 主要), else ``None``; ``mixed_units``: some part is in a kindred unit, not the total's; ``trailing``: the
    total comes after its parts and closes them (``受理29件,续办上年度结转1件,共办理30件``: text/sumtrailing); ``sentences``: the
    parts follow the total in sentences of their own, one channel each (text/sumsentences); ``carried``: the total is
    the paragraph before's, ``start``/``end`` and the parts this paragraph's (text/sumitems)."""

    __slots__ = ("total", "parts", "labels", "text", "start", "end", "keyword", "ending", "trailing", "sentences",
                 "carried")

    def __init__(self, total: NumberMention, parts: list[NumberMention], text: str, start: int, end: int,
                 labels: list[str] | None = None, keyword: bool = False, ending: str | None = None,
                 trailing: bool = False, sentences: bool = False, carried: bool = False) -> None:
        set_field(self, "total", total)
        set_field(self, "parts", parts)
        set_field(self, "text", text)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "labels", labels if labels is not None else ["" for _ in parts])
        set_field(self, "keyword", keyword)
        set_field(self, "ending", ending)
        set_field(self, "trailing", trailing)
        set_field(self, "sentences", sentences)
        set_field(self, "carried", carried)

    @property
    def mixed_units(self) -> bool:
        return any(p.unit != self.total.unit for p in self.parts)

    @property
    def parts_sum(self):
        return exact_sum(p.value for p in self.parts)  # exact: sum() rounds at 28 digits

    @property
    def approximate(self) -> bool:
        """Some part is a lower bound (``各类媒体刊发教育新闻2500余条``): ``parts_sum`` is then the least the parts
        can add up to — over the total it is still wrong, short of it nothing is known."""
        return any(p.approximate for p in self.parts)




def find_sum_statements(text: str, numbers: list[NumberMention] | None = None) -> list[SumStatement]:
    """Every statement in ``text`` that a total is made up of parts (see the module docstring).

    At least two parts are required (one when it is above the total: ``_lone_part_over``); a statement whose parts
    restate the total (a part equal to it, the others not all 0) is not one.  ``numbers``: ``find_numbers(text)``,
    when the caller has it."""
    if numbers is None:
        numbers = find_numbers(text)
    if len(numbers) < 2:
        return []  # a total and one part at least (one part only when above it)
    starts = [n.start for n in numbers]
    out: list[SumStatement] = []
    leads = set(outcome_leads(text))  # 依申请予以公开…, 具体情况:予以公开…
    implicit = set(outcome_markers(text)) | leads
    went_past_other: list[int] = []  # statements whose 其他 ended a group of a list that went on past a semicolon
    named = set(named_classification_markers(text))
    framed = set(frame_markers(text))  # 从申请方式看,…: the applications received in the sentence before, by channel
    headed = [m[0] for m in headed_markers(text)]  # 重点领域公开(67条):…: a group headed by its count
    found = markers(text) + phrase_markers(text) + classification_markers(text) + list(implicit) + list(named) \
        + list(framed) + catch_all_markers(text, numbers) + cover_markers(text) \
        + bracket_markers(text, numbers) + within_markers(text, numbers) + clause_lead_markers(text, numbers)
    ends = {m[1] for m in found}  # a colon another marker ends on (在…91件申请中:, (67条):) is that marker's
    colons = {m for m in colon_markers(text) if m[1] not in ends}  # 共发布41条信息:2条政策解读、…: the list a count announces
    found += list(colons)
    for m_start, m_end, is_open in sorted(found):
        k = bisect.bisect_left(starts, m_start)  # numbers[k:] come after the marker
        if (m_start, m_end, is_open) in named:
            total = named_total(text, numbers[:k], m_start, m_end)  # the count its lead names, in the sentence before
        elif (m_start, m_end, is_open) in framed:
            total = framed_total(text, numbers[:k], m_start)  # the count received, in the sentence before
        else:
            total = total_before(text, numbers, k, m_start)
        restated = None
        if total is None and (m_start, m_end, is_open) not in named and (m_start, m_end, is_open) not in framed:
            # "累计公开信息80条,主动公开80条。其中,…": the count said twice, kept only when its parts add up to it
            total = restated = total_before(text, numbers, k, m_start, restated=True)
        if (m_start, m_end, is_open) in implicit:
            if total is None:
                total = handled_count(text, numbers[:k])  # 已办结申请中,予以公开…: the paragraph's count of what was handled
            elif not counts_handled(text, total):
                total = None  # an outcome list with no marker breaks down only a count of what was handled…
            if total is None and (m_start, m_end, is_open) in leads:  # …or, after a lead, of what was received when
                # nothing closed or carried is told (受理…41件。依申请予以主动公开的4件,…); a bare outcome is of the handled
                total, restated = received_total(text, numbers[:k], m_start), None
        elif k and (m_start, m_end, is_open) not in named and (m_start, m_end, is_open) not in framed:
            received = received_beside_none_carried(text, numbers[:k], m_start, m_end)  # 新收68件,上年结转0件。其中,予以公开…
            total, restated = (received, None) if received is not None else (total, restated)
        if total is None:
            continue
        parts, labels, cut = read_parts(text, m_end, numbers, k, total.unit or "")
        if m_start in headed:
            parts, labels = _within_group(text, parts, labels, headed, m_end)
        parts, labels = before_running_count(total, parts, labels)
        parts, labels = kindred_extent(total, parts, labels, enumerated(text, parts),
                                       whole=_said_whole(text, total, parts, labels), opened=announced(text, m_end, parts),
                                       closes=_closes_sentence(text, parts))
        parts, labels, cut = without_nested_tail(total, parts, labels, cut, text)
        read = len(parts)
        parts, labels, went_on = extent(total, parts, labels, cut, text)
        if (m_start, m_end, is_open) in colons and cut is not None and len(parts) <= cut < read \
                and exact_sum(p.value for p in parts) != total.value:
            continue  # groups past a semicolon, neither reading adding up: where a colon's list ends is not told
        parts, labels = without_needless_bare(total, parts, labels)  # 覆盖村居12 among counts that add up: no part
        if exact_sum(p.value for p in parts) != total.value:
            parts, labels, went_on = _unglued(text, m_end, numbers, k, total) or (parts, labels, went_on)
            parts, labels = before_outcomes(total, parts, labels, text)
        if exact_sum(p.value for p in parts) != total.value:
            parts, labels, went_on = _unit_dropped(text, m_end, numbers, total, parts, labels) or (parts, labels, went_on)
        parts, labels = continued_parts(text, numbers, total, parts, labels)  # 其中…2件,…。复议后起诉1件
        paired = paired_counts(text, numbers[:k], total, parts, labels)
        if paired is not None:  # "复议3件、诉讼3件,其中复议结果维持3件、诉讼结果维持3件": each count and its own parts
            out.extend(SumStatement(count, ps, text[count.start : ps[-1].end], count.start, ps[-1].end, ls)
                       for count, ps, ls in paired)
            continue
        if (len(parts) < 2 and not _lone_part_over(text, numbers[:k], total, parts)) \
                or restates_total(text, total, parts, labels) or counts_per_form(text, total, parts) \
                or (restated is not None and exact_sum(p.value for p in parts) != total.value):
            continue
        if names_a_sibling(text, numbers[:k], total, m_end, parts[-1].end):
            continue  # "复议166件,诉讼44件,其中37件复议、8件诉讼尚未审结": a breakdown of both, not of 44 alone
        ending = ending_of(text, parts[-1], labels[-1], labels[:-1])
        if ending == "other" and all(p.unit not in (None, total.unit) for p in parts):
            ending = None  # 信息6238条,其中规范性文件3件,其他文件28件: parts all in another unit count another kind of item
        if is_open and ending != "other":
            ending = "etc"  # a list of the main kinds may leave some out — unless it ends in its catch-all (其他类)
        if went_on and ending == "other":
            ending = None  # its 其他 closed a group; the list went on after the semicolon (unless it is the outer list's)
            went_past_other.append(len(out))
        kw = _total_keyword(text, total.start)
        start = kw if kw is not None else total.start
        end = parts[-1].end
        out.append(SumStatement(total, parts, text[start:end], start, end, labels, kw is not None, ending))
    for i in went_past_other:  # the outer lists are all read now
        if _outer_list_goes_on(out, out[i]):
            out[i] = out[i].replace(ending="other")
    out = [s for s in (_without_outer_parts(text, out, inner) for inner in out) if s is not None]
    for total, parts, labels in trailing_sums(text, numbers):
        if total.unit in PUBLISHED and restates_total(text, total, parts, labels) \
                and all(p.value <= total.value for p in parts):
            continue  # "网站发布3200条,微信发布1500条,共发布信息3200条": the items counted once over the channels
        start, end = parts[0].start, total.end
        out.append(SumStatement(total, parts, text[start:end], start, end, labels, True, None, trailing=True))
    read = {s.total.start for s in out}  # a total read from a marker already (其中2件为…); two lists of one total are kept
    for total, parts, labels in count_first_parts(text, numbers):  # 22件,2件为网络申请,20件为来信申请
        if total.start not in read:
            kw = _total_keyword(text, total.start)
            start = kw if kw is not None else total.start
            out.append(SumStatement(total, parts, text[start:parts[-1].end], start, parts[-1].end, labels, kw is not None,
                                    ending_of(text, parts[-1], labels[-1], labels[:-1])))
    for closed, outcome, label in outcome_over_closed(text, numbers):  # 办结93件,…,不予公开94件: no marker, over
        if closed.start not in read:
            out.append(SumStatement(closed, [outcome], text[closed.start : outcome.end], closed.start, outcome.end, [label]))
    for total, parts, labels in channel_sentences(text, numbers):
        kw = _total_keyword(text, total.start)  # stated as a total (共计…), not a running count of all years (历年累计)
        if kw is not None and "历年" not in text[max(0, kw - 2):kw] and all(s.total.start != total.start for s in out):
            out.append(SumStatement(total, parts, text[kw:parts[-1].end], kw, parts[-1].end, labels, True, sentences=True))
    return out


def _within_group(text: str, parts: list[NumberMention], labels: list[str], headed: list[int],
                  m_end: int) -> tuple[list[NumberMention], list[str]]:
    """A group headed by its count ends where the next group's name opens (``…基层政务信息14条;决策与文件公开(9条):规范性
    文件3条,…``): the next group's parts are its own, never more of this one's — read on, one short was over."""
    after = [s for s in headed if s > m_end]
    if not after:
        return parts, labels
    name = stretch_start(text, _CLAUSE_PUNCT, after[0])
    kept = [i for i, p in enumerate(parts) if p.end <= name]
    return [parts[i] for i in kept], [labels[i] for i in kept]


def _without_outer_parts(text: str, statements: list[SumStatement], inner: SumStatement) -> SumStatement | None:
    """A nested list ends before a part of the list holding it (``32件。从申请方式看,网络申请24件,其中通过政务服务网申请20件;
    信函申请8件``: 8 is the outer list's, 24 + 8 = 32, never one of the 24's): when an outer list that adds up holds the
    nested total and reads a later part the nested list reads too, the nested list stops before it — None when fewer
    than two parts are left.  An outer list that does not add up may be the one read too far (r1162's 934 run into its
    nested 51's parts): both are kept."""
    outer = next((o for o in statements if o is not inner and not o.trailing and o.parts_sum == o.total.value
                  and any(p.start == inner.total.start for p in o.parts)), None)
    if outer is None or inner.trailing:
        return inner
    theirs = {p.start for p in outer.parts if p.start > inner.total.start}
    cut = next((j for j, p in enumerate(inner.parts) if p.start in theirs), None)
    if cut is None:
        return inner
    if cut < 2:
        return None
    parts, labels = inner.parts[:cut], inner.labels[:cut]
    end = parts[-1].end
    return inner.replace(parts=parts, labels=labels, end=end, text=text[inner.start:end],
                         ending=ending_of(text, parts[-1], labels[-1], labels[:-1]))


def _said_whole(text: str, total: NumberMention, parts: list[NumberMention], labels: list[str]) -> bool:
    """The list fills the bracket opened right after its total, or it is what was closed and what is still open
    (text/sumbreakdowns): it says itself it is all of the total (text/kindred keeps every part of such a list)."""
    if not parts:
        return False
    bracketed = text[total.end : total.end + 1] in "(（" and text[parts[-1].end :].lstrip(_SPACES)[:1] in ")）"
    return bracketed or closed_and_pending(labels)


def _closes_sentence(text: str, parts: list[NumberMention]) -> bool:
    """The list's last part ends its sentence, its clause the sentence's last with no other number (``…各领域信息110条。``,
    ``…;2条本机关不掌握相关政府信息。``), or the text (text/kindred)."""
    if not parts:
        return False
    rest = text[parts[-1].end :]
    end = next((i for i, ch in enumerate(rest) if ch in _CLAUSE_PUNCT or ch in "、，,"), len(rest))
    return (end == len(rest) or rest[end] in _SENTENCE_END) and not any(ch.isdigit() for ch in rest[:end])


def _outer_list_goes_on(statements: list[SumStatement], inner: SumStatement) -> bool:
    """What followed the semicolon after a nested list's 其他 is the next part of the list that holds it, not more of its
    own (``221条,其中,在…网站发布信息31条,其中…17条,…4条,其他栏目2条;通过…微信公众号公开信息190条``: 31+190 = 221): the
    nested list ended at its 其他 and claims to be complete.  Only when that outer list adds up, its total before the
    nested one's and a part of it after."""
    return any(outer is not inner and outer.total.start < inner.total.start
               and any(p.start == inner.total.start for p in outer.parts)
               and any(p.start > inner.end for p in outer.parts)
               and outer.parts_sum == outer.total.value for outer in statements)


def _total_keyword(text: str, total_start: int) -> int | None:
    """Where 共计/合计/累计/共… introduces the total, in its clause and at most 40 characters before it."""
    lo = max(0, total_start - 40)
    cut = max(text.rfind(c, lo, total_start) for c in _CLAUSE_PUNCT)
    lo = max(lo, cut + 1)
    best = None
    for kw in _TOTAL_KEYWORDS:
        i = text.find(kw, lo, total_start)
        if i >= 0 and (best is None or i < best):
            best = i
    i = text.find("共", lo, total_start)
    while i >= 0 and (best is None or i < best):
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before not in _NOT_TOTAL_BEFORE_GONG and after not in _NOT_TOTAL_AFTER_GONG:
            best = i
            break
        i = text.find("共", i + 1, total_start)
    return best


def _unglued(text: str, pos: int, numbers: list[NumberMention], k: int,
             total: NumberMention) -> tuple[list[NumberMention], list[str], bool] | None:
    """The reading in which a clause holding two parts with no punctuation between them is two parts
    (``…专栏信息5326条互动交流专栏信息91条,…``: a comma dropped) — taken only when it adds up."""
    parts, labels, cut = read_parts(text, pos, numbers, k, total.unit or "", glued=True)
    found = extent(total, parts, labels, cut, text)
    return found if exact_sum(p.value for p in found[0]) == total.value else None


def _unit_dropped(text: str, pos: int, numbers: list[NumberMention], total: NumberMention, parts: list[NumberMention],
                  labels: list[str]) -> tuple[list[NumberMention], list[str], bool] | None:
    """The reading in which a part's clause opens on a bare number, its unit dropped, and runs on with no punctuation
    into another topic that has its own count (``…其中执法信息公开17条,财政信息3通过微信公众号…发布公开信息85条`` of 20:
    the part is 3, and 85 counts another channel) — the list ends at that number; taken only when it adds up and the
    count run into is over the total, so no part of it: a bare number inside a part's name (``在3大平台公开财政信息5条``)
    is no part, and the list with that part's 5 is read as written."""
    before = pos
    for i, part in enumerate(parts):
        bare = next((n for n in reversed(numbers) if before <= n.start and n.end <= part.start), None)
        before = part.end
        if bare is None or bare.unit is not None or bare.approximate or bare.decimals or part.value <= total.value \
                or any(ch in _CLAUSE_PUNCT for ch in text[bare.end : part.start]):
            continue
        if exact_sum((*(p.value for p in parts[:i]), bare.value)) == total.value:
            return [*parts[:i], bare], labels[: i + 1], False
    return None



def _lone_part_over(text: str, before: list[NumberMention], total: NumberMention, parts: list[NumberMention]) -> bool:
    """One part, in the total's unit, above it (``公布网上服务事项108项,其中行政许可191项、…``): whatever the rest of the
    list is (a page may stop there), a part cannot exceed what it is part of — a statement of one part.  Not when the
    total's sentence counts in its unit before it (``before``: the numbers before the marker): the 其中 may then speak
    of the earlier count or of all of them (``收到申请12件,上年结转3件,其中已办结14件``; ``申请25件,较上年减少3件,其中
    网上申请20件``; ``网站发布信息300条,微信发布150条,其中原创200条``), and one part says nothing of which.  Nor when
    the total is a change (``主动公开政府信息较上年增加27条,其中…28条``): the 其中 may speak of what was published, not
    of the increase."""
    clause = text[stretch_start(text, _CLAUSE_PUNCT, total.start) : total.start]
    return len(parts) == 1 and parts[0].unit == total.unit and parts[0].value > total.value \
        and not has_sibling_count(text, [n for n in before if n.start < total.start], total) and not is_change(clause)


def ending_of(text: str, last: NumberMention, label: str, earlier: Sequence[str] = ()) -> str | None:
    """"other" when the last part is a catch-all (其他信息33条) or the complement of an ``earlier`` part's kind
    (公文类…2条,非公文类…19条: text/sumcomplement), "etc" when the list says it goes on (等)."""
    before = label.split(last.text, 1)[0]
    if text[last.end:].lstrip(_SPACES).startswith("等") or before.rstrip(_SPACES).endswith("等"):
        return "etc"
    if any(word in label for word in _CATCH_ALL) or names_the_rest(label, last.text, earlier):
        return "other"
    return None
