"""Where a list of parts ends: which reading of the numbers after a marker is the breakdown of the total.

``sums`` reads the parts after a marker, clause by clause, and may read past where the list ends — a semicolon, a
later fact of the sentence (``…36件，其中 32、2、2，上年结转7件…``), a run that breaks an earlier part down.  This module
decides, from the numbers and how they are joined, which reading holds:

- when the parts do not add up but a prefix of them does, the list ends there — at once when the next part counts again
  what the total counts under another subject (its name, ``发布信息``: ``_counts_again``); else unless the later parts are named
  alike, every part is joined by 、, the one part after the prefix is a catch-all (``…“无法提供”13件,“其他处理”1件``),
  or the list has four parts or more joined alike (，or ；) to its sentence's end (``_consistent_prefix``);
- a last run of parts counting what an account posted on a platform (``…人事信息3条,云林新韵微信公众号发布信息224条``), after
  kinds none of which names a channel, is a sibling count, never a part (``_before_platform_tail``);
- a list started with 、 or ， ends at its first semicolon, unless only the longer reading adds up, the list is in
  groups joined by 、, each closed by its catch-all, the last by its sentence's end, or it is announced by ``其中:`` and
  named alike throughout (``_announced_alike``) (``extent``);
- a part followed by the parts that break it down with no marker (``…行政复议7件,结果维持6件,尚未审结1件;…``) is
  read as one (``_collapsed``), and a last run set apart by its punctuation that adds up to an earlier part is no
  part of the total (``without_nested_tail``) — each only when the plain reading does not add up.

Kept apart from ``sums`` so that each module stays one job: reading the parts is a walk over the text, choosing
among the readings is arithmetic on the parts and their joints.
"""

from __future__ import annotations

from itertools import pairwise

from .applicationwords import LAST_YEARS as _LAST_YEARS
from .cnparse import NumberMention
from .marks import stretch_end, stretch_start
from .normalize import exact, exact_sum
from .sumbreakdowns import STILL_OPEN as _CARRIED_OUT  # 结转下…, 结转至2024年, 正在办理中: not closed
from .sumbreakdowns import second_breakdown
from .sumchannels import names_channel, names_platform
from .summarkers import CARRIED as _CARRIED
from .summarkers import CATCH_ALL as _CATCH_ALL
from .summarkers import CLAUSE_PUNCT as _CLAUSE_PUNCT
from .summarkers import CLAUSE_SEPARATORS as _CLAUSE_SEPARATORS
from .summarkers import CLOSE as _CLOSE
from .summarkers import CLOSED as _CLOSED
from .summarkers import FORM_RESULTS as _FORM_RESULTS
from .summarkers import HANDLED as _HANDLED
from .summarkers import OPEN as _OPEN
from .summarkers import OTHER_SUBJECTS as _OTHER_SUBJECTS
from .summarkers import OUTCOMES as _OUTCOMES
from .summarkers import SEMICOLONS as _SEMICOLONS
from .summarkers import SENTENCE_END as _SENTENCE_END
from .summarkers import SPACES as _SPACES
from .sumremarks import is_remark
from .sumtotals import names_the_total

__all__ = ["enumerated", "extent", "semicolons_to_other", "without_nested_tail"]

_LONG_LIST = 4  # parts of a list joined alike long enough to be read to its sentence end (_long_list)
_LIST_JOINTS = (",", ";")  # the joints of such a list (``_joint``): ，throughout or ；throughout
_NESTED_TAIL = 3  # parts a list's last run must have to be read as the breakdown of an earlier part


def extent(total: NumberMention, parts: list[NumberMention], labels: list[str],
            cut: int | None, text: str = "") -> tuple[list[NumberMention], list[str], bool]:
    """Which reading of a list holds: up to its first semicolon (``cut`` parts), or on past it (only
    when that adds up and the shorter one does not).  The third value: the list went on past where it
    is taken to end."""
    if cut is None:
        found = _consistent_prefix(total, parts, labels, text)
        return *(_collapsed(total, parts, labels) or found), False
    head, head_labels = _consistent_prefix(total, parts[:cut], labels[:cut], text)
    if sum(p.value for p in head) != total.value and len(parts) > cut:
        longer, longer_labels = _consistent_prefix(total, parts, labels, text)
        if len(longer) > cut and sum(p.value for p in longer) == total.value:
            return longer, longer_labels, False
        collapsed = _collapsed(total, parts, labels)
        if collapsed:
            return *collapsed, False
        if _groups_closed_by_other(text, parts, labels) or _announced_alike(text, total, parts, labels) \
                or semicolons_to_other(text, total, parts, labels, cut):
            return parts, labels, False
    return head, head_labels, len(parts) > cut


@exact
def without_nested_tail(total: NumberMention, parts: list[NumberMention], labels: list[str],
                         cut: int | None, text: str) -> tuple[list[NumberMention], list[str], int | None]:
    """The reading in which the last parts of a list break down an earlier one, with no marker (``…202条,其中主动公开
    信息4条,依申请公开信息0条,机构设置类信息2条;…1条;其他类信息 1条``: 2+1+1 = 4, the categories of what was published,
    not more kinds of the 202) — taken only when the whole list does not add up, the run has ``_NESTED_TAIL`` parts at
    least, two parts are left before it, and its punctuation sets it apart: its parts are joined by one mark that joins
    none of the parts before it (here ；after ，).  A list joined alike throughout is one list, where a run may add up
    to an earlier part by chance: ``…154条。其中,…1条、…14条、…126条、…5条、…8条、…年度报告1条。`` (5+8+1 = 14) is six
    parts adding up to 155, ``57条:其中部门公告4条,…;概况信息2条,…;…43条,…;…4条,…;…2条,…;…1条,…;…1条`` (2+1+1 = 4) seven."""
    if exact_sum(p.value for p in parts) == total.value:
        return parts, labels, cut
    joints = [marks[-1:] for marks in _gap_marks(text, parts)]
    for j in range(2, len(parts) - _NESTED_TAIL + 1):
        run = exact_sum(p.value for p in parts[j:])
        inside = set(joints[j:])
        if run and any(p.value == run for p in parts[:j]) and len(inside) == 1 and not inside & set(joints[:j]):
            return parts[:j], labels[:j], cut if cut is not None and cut < j else None
    return parts, labels, cut


_MARK = str.maketrans({"，": ",", "；": ";", "：": ":"})


def _gap_marks(text: str, parts: list[NumberMention]) -> list[str]:
    """The clause marks (、 , ; : and sentence ends) between each part and the next, full-width ones written as ASCII:
    how a list joins its parts, read by ``without_nested_tail`` (the mark that opens each part's clause, its last);
    ``_long_list`` and ``enumerated`` read them past remarks and brackets (``_joint``)."""
    return ["".join(ch for ch in _unquoted(text[prev.end : cur.start]) if ch in _CLAUSE_PUNCT or ch in _CLAUSE_SEPARATORS)
            .translate(_MARK) for prev, cur in pairwise(parts)]


def _unquoted(gap: str) -> str:
    """``gap`` without the names quoted in it (``…1件,“双随机、一公开”监管2件``): a 、 or ， inside “…” is part of a name,
    no mark joining two parts — read as one, a list joined by commas would look joined two ways."""
    for left, right in _QUOTES:
        while (start := gap.find(left)) >= 0 and (end := gap.find(right, start + 1)) >= 0:
            gap = gap[:start] + gap[end + 1 :]
    return gap


_QUOTES = (("“", "”"), ('"', '"'))  # as published, and as the checks' normalised text writes them


@exact
def _collapsed(total: NumberMention, parts: list[NumberMention],
               labels: list[str]) -> tuple[list[NumberMention], list[str]] | None:
    """The reading in which a part is broken down by the parts right after it, with no marker
    (``…11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,结果维持2件,尚未审结2件``: 7 = 6+1,
    4 = 2+2, 11 = 7+4) — taken only when it adds up and the plain reading does not; or, short of the total, when the
    list's first part counts what was closed and all the others add up to it (``共收到37件,其中33件已办结,答复27件,主动撤回
    6件``: 33 = 27+6, how the closed ones were closed; the 4 still open go unstated) — its outcomes, never its siblings.
    A list going on past them (``其中18件已…答复,1件结转…;予以公开6件;…10件;…1件;咨询1件``) is read as written."""
    if exact_sum(p.value for p in parts) == total.value:
        return None
    kept: list[int] = []
    broken: list[int] = []
    i = 0
    while i < len(parts):
        kept.append(i)
        running, j = 0, i + 1
        while j < len(parts) and running < parts[i].value:
            running += parts[j].value
            j += 1
        if j - i > 2 and running == parts[i].value:
            broken.append(i)
            i = j
        else:
            i += 1
    if len(kept) == len(parts):
        return None
    kept_sum = exact_sum(parts[k].value for k in kept)
    if not (len(kept) >= 2 and kept_sum == total.value) and not (
            kept == broken == [0] and kept_sum <= total.value and any(w in labels[0] for w in _CLOSED)):
        return None
    return [parts[k] for k in kept], [labels[k] for k in kept]


@exact
def _consistent_prefix(total: NumberMention, parts: list[NumberMention],
                       labels: list[str], text: str = "") -> tuple[list[NumberMention], list[str]]:
    """Parts that do not add up but whose first k (k ≥ 2) do: the list ends after those k — unless the
    later parts belong to it (named alike, or every part joined to the next by 、)."""
    if exact_sum(p.value for p in parts) == total.value:  # less what was carried on, no part of the closed (r2300)
        return (parts[:-1], labels[:-1]) if _carried_after_other(text, total, labels) else (parts, labels)
    kinds = _before_platform_tail(text, total, labels)
    parts, labels = parts[:kinds], labels[:kinds]
    added_up = False
    running = parts[0].value if parts else 0
    for k in range(1, len(parts)):
        running += parts[k].value
        if running == total.value:
            added_up = True
            if _another_subject_after(labels, k + 1):
                return parts[: k + 1], labels[: k + 1]  # "…信函申请2件、接受咨询3件": a later fact, whatever the joint
            if _enumeration_goes_on(text, parts, labels, k):
                continue  # "…机构信息 15 条、规划计划信息 1 条、…": a list never ends at its 、
            if not _closes_with_other(labels, k + 1) and _counts_again(text, total, parts, k + 1):
                return parts[: k + 1], labels[: k + 1]
            if _parallel(parts, labels, k + 1) or _outcomes_alike(labels) or enumerated(text, parts) \
                    or _closes_with_other(labels, k + 1) \
                    or _carried_of_handled(text, total, labels, k + 1) or _outcomes_go_on(labels, k + 1) \
                    or ((_long_list(text, parts) or _switched_list(text, parts, k)
                         or (_bracketed(text, total, parts) and not _handled_after(labels, k + 1)))
                        and not any(w in lab for lab in labels[k + 1:] for w in _CARRIED)
                        and not second_breakdown(total, parts[k + 1:], labels[k + 1:])):
                break  # "…205篇,其中文字解读144篇,图片解读61篇,视频解读1篇": the last is a part too
            return parts[: k + 1], labels[: k + 1]
    if _carried_after_other(text, total, labels):
        return parts[:-1], labels[:-1]  # "在已经答复的91件申请中:…其他处理4件;结转下年度办理5件": 5 not answered
    if not added_up and (k := _first_other_subject(labels)) >= 2:
        return parts[:k], labels[:k]  # "…概况类信息7条,互动交流留言收到1465条、…": 7 of 6 is wrong whatever follows
    return parts, labels


def _before_platform_tail(text: str, total: NumberMention, labels: list[str]) -> int:
    """How many parts the list keeps before a last run of parts each counting what an account posted on a platform
    (``sumchannels.names_platform``), after two parts at least none of which names a channel, the total's clause naming
    none either (``主动公开政府信息172条,其中工作动态信息91条,…,人事信息3条,云林新韵微信公众号发布信息224条``): the kinds
    are of the items the total counts, the account's posts a sibling count beside it — a later fact, whatever they add up
    to (a copy with 92 for 91 is 173 of 172, not 397).  All the parts when there is no such run.  Read only when the whole
    list does not add up; a list split by channel from its first part (``其中网站发布100条,微信公众号发布200条``) is kept."""
    first = len(labels)
    while first > 0 and names_platform(labels[first - 1]):
        first -= 1
    if first < 2 or first == len(labels) or any(names_channel(label) for label in labels[:first]):
        return len(labels)
    clause = text[stretch_start(text, _CLAUSE_PUNCT, total.start) : total.end] if text else ""
    return len(labels) if names_channel(clause) else first


def _announced_alike(text: str, total: NumberMention, parts: list[NumberMention], labels: list[str]) -> bool:
    """A list announced by a colon right after its total's 其中 and named alike throughout (``78条,其中:主动公开文件数60条,
    依申请公开文件数0条;不予公开文件数18条``: each …文件数), the writer switching from ，to ；inside it: one list past the
    semicolon, whether or not it adds up (a copy with 19 is 79 of 78, not 60 + 0 short of it).  Not when a later part
    names a carry-over or the same total broken down again (the guards of ``_long_list``)."""
    if not text or len(parts) < 3:
        return False
    colon = stretch_start(text, _CLAUSE_PUNCT, parts[0].start) - 1
    return colon > total.end and text[colon] in ":：" and text[total.end : colon].rstrip(_SPACES).endswith("其中") \
        and _parallel(parts, labels, len(parts)) \
        and not any(w in lab for lab in labels[1:] for w in _CARRIED) and not second_breakdown(total, parts[1:], labels[1:])
def semicolons_to_other(text: str, total: NumberMention, parts: list[NumberMention], labels: list[str], cut: int) -> bool:
    """A list going on past its first semicolon in three parts or more joined by ；alone, to its sentence's end, the last
    a catch-all (``70条。其中,政府公文类信息38条,…,行政处罚信息0条;政府工作报告1条;…;其他信息3条。``, 罗泾镇 r2347): its 其他
    closes the kinds of the total, the semicolons are the list's own joints — read whole, whether or not it adds up (a
    copy with 39 is 71 of 70, not 39 + 4 + 0 short of it).  Not when a later part names a carry-over or breaks the same
    total down again (the guards of ``_announced_alike``)."""
    if not text or cut < 1 or len(parts) - cut < 3 or not any(w in labels[-1] for w in _CATCH_ALL):
        return False
    gaps = [_joint(text, prev.end, cur.start) for prev, cur in pairwise(parts[cut - 1 :])]
    return all(gap == ";" for gap in gaps) and _joint(text, parts[-1].end, len(text), tail=True)[:1] in _SENTENCE_END \
        and not any(w in lab for lab in labels[cut:] for w in _CARRIED) and not second_breakdown(total, parts[cut:], labels[cut:])


def _first_other_subject(labels: list[str]) -> int:
    """Where the first part naming another subject stands (``_another_subject_after``), 0 when none does: the list ends
    before it even when no prefix adds up (``5648条。其中,…目录信息4804条、…动态信息838条、概况类信息7条,互动交流留言收到1465条、
    办结1213条…``: the messages are another count, not a fourth kind of what was published — a copy one over is 5649 of
    5648, not 8346).  ``_consistent_prefix`` reads it only when no prefix adds up; a title or name quoted in a label is
    passed over (``_untitled``)."""
    return next((i for i, label in enumerate(labels) if any(word in _untitled(label) for word in _ANOTHER_SUBJECT)), 0)


def _untitled(label: str) -> str:
    """``label`` without the titles and names it quotes: a document's title names no subject of the count (``…《…律师违法违规
    行为投诉查处办法》等规范性文件6件``: documents, not complaints)."""
    for left, right in (("《", "》"), *_QUOTES):
        while (start := label.find(left)) >= 0 and (end := label.find(right, start + 1)) >= 0:
            label = label[:start] + label[end + 1 :]
    return label


def _carried_after_other(text: str, total: NumberMention, labels: list[str]) -> bool:
    """The last part is what was carried to next year and the total counts what was closed — told right after a catch-all
    closing the outcomes (``在已经答复的91件申请中:予以公开22件;…;其他处理4件;结转下年度办理5件``) or after the outcomes
    themselves (``全年共办结33件,其中,予以公开的14件…,告知补正6件,剩余2件结转下一年度办理``: the rest of the 35 received):
    those carried on were not closed, a later fact — when the outcomes add up and when they do not."""
    if len(labels) < 3 or not any(w in labels[-1] for w in _CARRIED_OUT):
        return False
    clause = text[stretch_start(text, _CLAUSE_PUNCT, total.start) : total.start]
    return any(word in clause for word in _CLOSED)


def _enumeration_goes_on(text: str, parts: list[NumberMention], labels: list[str], k: int) -> bool:
    """The part after the first ``k + 1`` is joined to them by 、, the enumeration comma: the list goes on there, whatever
    the first parts add up to (``18 条,其中财政信息 2 条、人事信息 1 条、机构信息 15 条、规划计划信息 1 条、…``: 2+1+15 = 18
    by chance, the six kinds making 21).  A later fact is set apart by ，or ；(``…32件、2件、2件，上年结转7件``), never by 、 —
    unless a later part names what was handled or carried over (``其中新收5件、上年未办结3件、已办结7件``: the same
    applications counted again, as ``_handled_after`` reads them in a bracket)."""
    return bool(text) and k + 1 < len(parts) and _joint(text, parts[k].end, parts[k + 1].start) == "、" \
        and not _handled_after(labels, k + 1) and not any(w in lab for lab in labels[k + 1:] for w in _CARRIED)


# What a later part may count beside the total's kinds, when none of the first parts does: another subject than the
# applications or the information published (summarkers.OTHER_SUBJECTS: consultations, petitions, appeals, persons) — but
# 建议 and 提案: 建议提案办理结果 is a kind of information published.
_ANOTHER_SUBJECT = tuple(word for word in _OTHER_SUBJECTS if word not in ("建议", "提案"))


def _another_subject_after(labels: list[str], k: int) -> bool:
    """A part after the first ``k`` (which add up) names another subject and none of those ``k`` does (``受理申请17件,
    其中网上申请15件、信函申请2件、接受咨询3件``): a later fact run on with the list, 、 or not — it ends after the ``k``."""
    def other(label: str) -> bool:
        return any(word in label for word in _ANOTHER_SUBJECT)
    return any(other(label) for label in labels[k:]) and not any(other(label) for label in labels[:k])


def _counts_again(text: str, total: NumberMention, parts: list[NumberMention], k: int) -> bool:
    """The part after the first ``k`` (which add up) counts again what the total counts, under another subject, and none
    of those ``k`` does (``局官网全年共发布信息2660条,其中公告类信息930条,工作动态类信息1730条,“燕赵体育”微信公众号发布信息
    2715条``: the account's 2715 is a sibling of the website's 2660, not a third kind of it, though every name ends in 信息)."""
    return k < len(parts) and names_the_total(text, total, parts[k]) \
        and not any(names_the_total(text, total, part) for part in parts[:k])


def enumerated(text: str, parts: list[NumberMention]) -> bool:
    """Whether every part is joined to the next by 、 (the enumeration comma: one list, ``…信息8条、…年度报告1条。``
    — 154 vs 155, r509), rather than a later fact after ，(``…32件、2件、2件，上年结转7件``).  A bracket after a part is
    passed over (``其他法定信息91条(包括不动产登记、权籍调查、变更等信息);…135件``: its 、 join no parts)."""
    if not text or len(parts) < 3:
        return False
    return all(_joint(text, prev.end, cur.start).startswith("、") for prev, cur in pairwise(parts))


def _long_list(text: str, parts: list[NumberMention]) -> bool:
    """A list of ``_LONG_LIST`` parts or more, each joined to the next alike — by ，throughout or by ；throughout — and
    ending its sentence (``77条,其中…提案办理公开2条,机构职能1条。`` — 78 vs 77; ``53条。其中,招投标公示类49条,
    财政预算信息2条,政府信息公开工作年度报告1条,政府信息公开指南1条。``; ``109条。其中:机构简介1条;…;年度报告1条。``), or,
    joined by ，, ending at a semicolon (``18篇,其中,…1篇,…6篇,…10篇,城市规划1篇;``): its last clause is one more
    category, not a new fact — unless it is what is carried over (``答复1641件,其中…其他处理121件,结转下一年度继续办理79件``:
    not answered; the caller checks ``_CARRIED``).  A later fact is told apart by a change of joint (``…3件、…7件,上年
    结转2件``) or by running on past the list (``…1条,已公开的政府信息中未涉及…``).  The joint is read past what only
    comments on the part before it (``_joint``): its share (``部门公告4条,信息公开总量的7.02%;概况信息2条,…``) or its own
    breakdown in a bracket (``部门文件类信息145条(规范性文件2条、其他文件143条);工作动态类信息71条``)."""
    if len(parts) < _LONG_LIST:
        return False
    gaps = [_joint(text, prev.end, cur.start) for prev, cur in pairwise(parts)]
    if any(len(marks) != 1 or marks not in _LIST_JOINTS for marks in gaps):
        return False
    joints = set(gaps)
    after = _joint(text, parts[-1].end, len(text), tail=True)[:1]
    return len(joints) == 1 and (after in _SENTENCE_END or (after in _SEMICOLONS and joints == {","})
                                 or (joints == {","} and _announced(text, parts)))


def _announced(text: str, parts: list[NumberMention]) -> bool:
    """The list is announced by a colon opening its first part's clause and its sentence counts nothing after its last
    part (``5条,具体包括:更新领导分工信息1条,公示行政处罚1条,村务居务公开信息2条,梳理公布履职事项清单1条,确保权力运行透明化、…。``):
    what runs on after it is a comment on the list, no later fact — read by ``_long_list`` for a list joined by ，.  A
    clause remarking on the last part (its share, ``…1条,占比20%,确保…``: ``sumremarks.is_remark``) counts nothing new."""
    opening = stretch_start(text, _CLAUSE_PUNCT, parts[0].start) - 1
    end = stretch_end(text, _SENTENCE_END, parts[-1].end)
    clauses = "".join("\n" if ch in _CLAUSE_PUNCT else ch for ch in text[parts[-1].end : end]).split("\n")
    return opening >= 0 and text[opening] in ":：" \
        and not any(ch.isdigit() for clause in clauses if not is_remark(clause.strip(_SPACES)) for ch in clause)


def _switched_list(text: str, parts: list[NumberMention], k: int) -> bool:
    """A list of ``_LONG_LIST`` parts or more begun by 、 and gone on by ，(or ；) before its part ``k`` — the last of a
    prefix that adds up — each part after the switch joined alike to its sentence's end (``23條,其中:機構概況2條、政策文件
    及通知5條、規劃計劃3條、財政信息2條,重大民生信息11條,政府信息公開年報1條。``: 2+5+3+2+11 = 23 by chance, the six
    kinds making 24).  The joint after the prefix is the list's own, no change of joint, so no later fact starts there —
    unlike ``…32件、2件、2件，上年结转7件``, where ，comes first right after the prefix.  Read with the caller's guards of
    ``_long_list`` (a carry-over, a second breakdown of the same total)."""
    if not text or len(parts) < _LONG_LIST:
        return False
    gaps = [_joint(text, prev.end, cur.start) for prev, cur in pairwise(parts)]
    switch = next((i for i, gap in enumerate(gaps) if gap != "、"), len(gaps))
    rest = set(gaps[switch:])
    if switch >= k or len(rest) != 1 or not rest <= set(_LIST_JOINTS):
        return False
    after = _joint(text, parts[-1].end, len(text), tail=True)[:1]
    return after in _SENTENCE_END or (after in _SEMICOLONS and rest == {","})


def _bracketed(text: str, total: NumberMention, parts: list[NumberMention]) -> bool:
    """A list enclosed in a bracket opened after its total and closed right after its last part (``行政诉讼4件(其中结果
    维持2件,其他结果1件,尚未审结1件)``): the bracket marks where the list ends, so its last parts are no later fact,
    even where the first ones happen to add up.  Read with the caller's guards of ``_long_list`` (a carry-over, a
    second breakdown of the same total)."""
    if not text or not parts or len(parts) < 3:
        return False
    opening = text[total.end : parts[0].start]
    inside = text[parts[0].start : parts[-1].end]
    return any(ch in _OPEN for ch in opening) and not any(ch in _CLOSE for ch in opening + inside) \
        and text[parts[-1].end :].lstrip(_SPACES)[:1] in _CLOSE


# What else an application handled may end in beside the form's outcomes: withdrawn by its applicant (撤回, 撤销).
_WITHDRAWN = ("撤回", "撤销")


def _outcomes_go_on(labels: list[str], k: int) -> bool:
    """The first ``k`` parts (which add up) each name an outcome of the form and every later part names an outcome of
    handling too, the form's or a withdrawal (``在办结的5件申请中,予以公开3件,…不予公开1件,申请撤销1件``): one breakdown of
    what was handled, read to its end — a copy one over (予以公开4件) makes 6 of 5, not a prefix that adds up.  Not when a
    later part names a carry-over or an earlier year (``…不予公开1件,上年结转申请撤回1件``, ``…,上年度撤销申请1件``: last
    year's, no outcome of the total's)."""
    def outcome(label: str, words: tuple[str, ...]) -> bool:
        return any(word in label for word in words)
    return k < len(labels) and all(outcome(label, _OUTCOMES) for label in labels[:k]) \
        and all(outcome(label, (*_OUTCOMES, *_WITHDRAWN)) and not outcome(label, (*_CARRIED, *_LAST_YEARS))
                for label in labels[k:])


def _handled_after(labels: list[str], k: int) -> bool:
    """A part after the first ``k`` names what was handled or an outcome (``共收到申请10件(其中网上申请8件,信函申请2件,
    已办结9件)``) and none of those ``k`` does: the same applications counted again, not one more part of the list."""
    def handled(label: str) -> bool:
        return any(word in label for word in (*_HANDLED, *_OUTCOMES))
    return any(handled(label) for label in labels[k:]) and not any(handled(label) for label in labels[:k])


def _joint(text: str, start: int, end: int, tail: bool = False) -> str:
    """The clause marks between a part ending at ``start`` and the next one starting at ``end``, full-width ones written
    as ASCII, with a bracket and the clauses that remark on the part (a share, a change: ``sumremarks.is_remark``) left
    out: the mark that joins the two parts (``4条,信息公开总量的7.02%;概况信息2条``: ``;``).  ``tail``: after the last
    part, the first mark not followed by such a remark (``…1条,占信息公开总量的1.75%。``: ``。``), where the list ends."""
    marks: list[str] = []
    clauses = [""]  # clauses[i + 1] follows marks[i]
    depth = 0
    for ch in _unquoted(text[start:end]):
        if ch in _OPEN or (depth and ch in _CLOSE):
            depth += 1 if ch in _OPEN else -1
        elif depth:
            continue
        elif ch in _CLAUSE_PUNCT or ch in _CLAUSE_SEPARATORS:
            if tail and marks and marks[-1] in _SENTENCE_END:
                break
            marks.append(ch.translate(_MARK))
            clauses.append("")
        else:
            clauses[-1] += ch
    if tail:
        return next((m for m, after in zip(marks, clauses[1:], strict=True) if not is_remark(after.strip(_SPACES))), "")
    if marks and all(is_remark(clause.strip(_SPACES)) for clause in clauses[1:-1]):
        return marks[-1]
    return "".join(marks)


def _groups_closed_by_other(text: str, parts: list[NumberMention], labels: list[str]) -> bool:
    """A list in groups, each of two parts or more joined by 、, the groups by ；, each group closed by its catch-all and
    the last one by its sentence's end (``9289条,其中…规范性文件6条、其他文件8条;政务动态类信息2128条、…、其他信息5989条。``):
    the documents, then the other kinds of information, the 广东 way of telling the 政府网站 figures — read whole, past
    the semicolon, even where no reading adds up (9287: a wrong total, not a list of two).  A group not closed by its
    catch-all (``…A 100条、B 50条;通过微信发布200条、其他渠道30条。``) may be another fact: ``extent`` keeps its first."""
    if not text or len(parts) < 4:
        return False
    gaps = [_joint(text, prev.end, cur.start) for prev, cur in pairwise(parts)]
    if any(gap not in ("、", ";") for gap in gaps) or ";" not in gaps \
            or _joint(text, parts[-1].end, len(text), tail=True)[:1] not in _SENTENCE_END:
        return False
    ends = [i for i, gap in enumerate(gaps) if gap == ";"] + [len(parts) - 1]  # the last part of each group
    starts = [0] + [i + 1 for i in ends[:-1]]
    return all(end > start and any(word in labels[end] for word in _CATCH_ALL) for start, end in zip(starts, ends, strict=True))


def _closes_with_other(labels: list[str], k: int) -> bool:
    """The one part after the first ``k`` is a catch-all (``…“无法提供”13件,“其他处理”1件。``): it closes the list, so it
    is a part of it, not a later fact."""
    return len(labels) == k + 1 and any(word in labels[k] for word in _CATCH_ALL)


def _carried_of_handled(text: str, total: NumberMention, labels: list[str], k: int) -> bool:
    """The one part after the first ``k`` is what was carried to next year, and the total counts what was handled —
    办理/处理, no word of closing (``…依申请信息公开办理有69件,…。办理结果如下:予以公开35件;…;不属于政府信息1件;结转下年度
    继续办理1件``): those carried on were handled too, so the last part closes the list of the handled, no later fact.  Not of
    a count of the closed (``答复1641件,其中…其他处理121件,结转下一年度继续办理79件``: not answered)."""
    if len(labels) != k + 1 or not any(word in labels[k] for word in _CARRIED_OUT):
        return False
    clause = text[stretch_start(text, _CLAUSE_PUNCT, total.start) : total.start]
    return any(word in clause for word in _HANDLING_TOTAL) and not any(word in clause for word in _CLOSED)


# what a count of handled applications that holds the carried-over is named by (处理/办理, not 办结/答复: _CLOSED)
_HANDLING_TOTAL = ("办理", "处理")


# The outcomes the form's finer result names (summarkers.FORM_RESULTS) are rows of: beside one of them, such a name may
# break it down (``无法提供3件,本机关不掌握2件,没有现成信息1件``), no sibling.
_PARENT_OUTCOMES = ("无法提供", "不予处理")


def _outcomes_alike(labels: list[str]) -> bool:
    """Every part names a different outcome of handling (``予以公开8件,不予公开2件,无法提供1件``; ``信息不存在2件,不属于本单位
    公开1件,不予公开1件``): siblings that cannot overlap, so one list whatever a prefix adds up to — not when a finer result
    name stands beside the outcome it is a row of (see ``_PARENT_OUTCOMES``)."""
    heads = [next((w for w in (*_OUTCOMES, *_FORM_RESULTS) if label.lstrip("“\"").startswith(w)), None) for label in labels]
    if None in heads or len(set(heads)) != len(heads):
        return False
    return all(h in _OUTCOMES for h in heads) or not any(h in _PARENT_OUTCOMES for h in heads)


def _parallel(parts: list[NumberMention], labels: list[str], k: int) -> bool:
    """Whether the parts after the first ``k`` are named like all of those (their names end in the same
    two characters: 文字解读, 图片解读 … 视频解读), so they belong to the list rather than to a new fact
    (``…32件、…2件、…2件，上年结转7件``)."""
    names = [label.replace(part.text, "").strip(" \t\u3000“”\"'") for part, label in zip(parts, labels, strict=True)]
    ends = {name[-2:] for name in names if len(name) >= 3}
    return len(ends) == 1 and all(len(name) >= 3 for name in names)
