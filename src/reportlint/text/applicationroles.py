"""What a count of applications is, by the words before or after it: received (收到/受理…N件), closed (办结/答复…N件),
a total that may hold the carry-over (处理/办理…N件), carried in from last year (上年结转 / 上一年度转办 / 2023年结转…N件) or carried
out to next year (结转下年度 / 结转至2025年…N件; ``16件结转至2025年继续办理``) — or one outcome of the form's, listed beside
the others (``予以公开465件,…,因"属于国家秘密"等原因不予公开38件,…,不予处理38件``: ``listed_outcome``).

Read by the balance of a sentence (RL707, ``checks/prose/balance.py``) and by the figures the cross-year phase takes from
the text (``analysis/carried.py``): one reading of the words for both.
"""

from __future__ import annotations

from .applicationwords import CLOSED_WORDS, OUTCOMES, REPLIED
from .applicationwords import NEW_WORDS as _NEW_WORDS
from .applicationwords import NOT_CLOSED_WORDS as _NOT_CLOSED_WORDS
from .applicationwords import OTHER_SUBJECTS as _OTHER_SUBJECTS
from .applicationwords import TOTAL_WORDS as _TOTAL_WORDS
from .lazyregex import LazyRegex
from .summarkers import SPACES

# the units a count of applications is written in: 件 (the form's), 项 (``共收到依申请公开16项,办理15项``), 宗 (广东's and
# 广西's pages, ``申请124宗``) and 起 (``共收到信息公开申请22起``); a sentence's terms share one — 条 and 人次 count items
# and persons, not applications
COUNT_UNITS = ("件", "项", "宗", "起")
YEAR = r"(?:20\d\d)"
NEXT = r"(?:下一?年度?|次年|明年)"
CARRY = r"(?:结转|转入?|转至|顺?延至|顺延)(?:至|到|入)?"  # carried (over) to
LAST = r"(?:上一?年度?|去年)(?:度)?"  # the year before
UNFINISHED = r"(?:未办结的?)?"  # 上年未办结结转, 2020年未办结结转: what the year left open, carried in
# the clause before a number: what it counts
_OUT = LazyRegex(rf"{CARRY}(?:{NEXT}|(?P<year>{YEAR})年)")
# 上一年度转办15件 (渭南's reports: what last year passed on to this one, beside 转下一年度转办2件 carried out)
_IN = LazyRegex(rf"{LAST}(?:结转|转结|转办|遗留|未办结)|结转上一?年度?|(?P<year>{YEAR})年度?{UNFINISHED}结转")
# the words of a clause counting the closed: CLOSED_WORDS, and 回复 as pages write 答复 (``截至12月底已回复126件,7件正在
# 办理中``, r855)
_CLOSING = (*CLOSED_WORDS, *REPLIED)
# every word a clause counting the closed holds (the cheap test a paragraph passes before it is read): _CLOSING, 办件
CLOSED_HINTS = (*_CLOSING, "办件")
# 办件 as its clause's verb (``受理依申请公开1件,上年结转0件,办件0件,结转下年度继续办理0件``): the cases handled, in the
# closed's place — only alone (a year, 共/已/累计 before it, 量/数 after); after other words 办件 is a noun naming cases
# received, passed on or of a hotline (受理办件, 交办件, 协办件, 热线办件, 结转办件), not those closed
_HANDLED_CASES = LazyRegex(rf"(?:(?:{YEAR}|本)年度?)?(?:共|已|累计|全年)?办件(?:量|数)?")
# a clause that tells a change or sets against one: the number after it is a difference or the other year's (较上年减少2件,
# 同比增长2件, 较上年结转的3件增加9件)
_CHANGE = LazyRegex(r"增加|减少|增长|下降|上升|降低|提高|持平|同比|环比|^(?:较|比)")
# the words right after a number that opens its clause (2件结转下年办理, 15件按时办结)
# how, and within what time, a count was closed or carried over, between it and the verb (``71件…依法顺延到下年度答复``,
# ``1646件已按规定在法定期限内予以答复``)
_MANNER = r"(?:按时|依法|按期|按规定|依规|依法依规)?(?:在(?:法定|规定)(?:期限|时限|时间)内)?"
_OUT_AFTER = LazyRegex(rf"(?:申请)?(?:均|全部)?{_MANNER}{CARRY}(?:{NEXT}|(?P<year>{YEAR})年)")
_CLOSED_AFTER = LazyRegex(rf"(?:已|均已|全部|已经)?{_MANNER}(?:予以)?(?:办结|答复|答覆|回复|回覆)")
# carried in, the number first: 4件2023年度结转继续办理 (a year before the report's), 2件上年结转
_IN_AFTER = LazyRegex(rf"(?:申请)?(?:为|系)?(?:{LAST}|(?P<year>{YEAR})年度?){UNFINISHED}(?:结转|转入)")


# what else a count in 项 (or 件) is of: matters of the work (``办理行政许可事项12项``, ``公开重点领域事项12项``) — unless the
# text names the applications too (``收到依申请公开事项16项``)
_MATTERS = "事项"


def names_other_subject(text: str) -> bool:
    """Whether a text names consultations, petitions, appeals… (``_OTHER_SUBJECTS``): what else a count may be of."""
    return _holds_any(text, _OTHER_SUBJECTS)


def counts_other(clause: str) -> bool:
    """Whether the count after ``clause`` is of something else than the applications: another subject
    (``names_other_subject``), or matters of the work (``_MATTERS``) where the clause names no application."""
    return names_other_subject(clause) or (_MATTERS in clause and "申请" not in clause)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def clause_role(clause: str, year: int | None) -> str | None:
    """What the number after ``clause`` counts, or None — none when the clause tells a change (``较上年结转减少2件``,
    ``结转下年度的申请比上年增加2件``: the number is a difference, not the count)."""
    if _CHANGE.search(clause):
        return None
    out = _OUT.search(clause)
    if out is not None and (out.group("year") is None or (year is not None and int(out.group("year")) > year)):
        return "carried_out"
    carried = _IN.search(clause)
    if carried is not None and (carried.group("year") is None or (year is not None and int(carried.group("year")) < year)):
        return "carried_in"
    if "结转" in clause or "转下" in clause:
        return None  # a carry-over this reading cannot place
    if _holds_any(clause, _CLOSING):
        return None if _holds_any(clause, _NOT_CLOSED_WORDS) else "closed"
    if _HANDLED_CASES.fullmatch(clause.strip(SPACES + CLAUSE_STARTS)):
        return "closed"
    if _holds_any(clause, _NEW_WORDS):
        return "new"
    if _holds_any(clause, _TOTAL_WORDS):
        return "total"
    return None


def role_after(norm: str, at: int, end: int, year: int | None = None) -> str | None:
    """The role a number that opens its clause takes from the words after it (``2件结转下年办理``, and with the
    report's ``year`` known, ``16件结转至2025年继续办理`` in a 2024 report: a year after it, as ``clause_role`` reads;
    ``4件2023年度结转继续办理``: a year before it, carried in)."""
    out = _OUT_AFTER.match(norm, at, end)
    if out is not None and (out.group("year") is None or (year is not None and int(out.group("year")) > year)):
        return "carried_out"
    if _CLOSED_AFTER.match(norm, at, end) and not norm.startswith(_NOT_CLOSED_WORDS, at, end):
        return "closed"
    carried = _IN_AFTER.match(norm, at, end)
    if carried is not None and (carried.group("year") is None or (year is not None and int(carried.group("year")) < year)):
        return "carried_in"
    return None


# what stands between a count and a 、 that joins the next outcome to it: the count's unit (the clause starts at the number)
_JOINED_AFTER = ("件", "")
# the marks a clause of a normalised text starts after (the reader of carried figures cuts at them too)
CLAUSE_STARTS = ",;:(。!?"
# the reason an outcome is given for, before it (因"属于国家秘密"等原因不予公开)
_REASON = LazyRegex(r"因[^,;:()]{1,24}?原因")


def listed_outcome(clause: str) -> str | None:
    """The outcome of the form a clause names as a sibling of the others (``予以公开``, ``;无法提供``), or None — also for
    one inside a bracket (``(含部分公开``, ``(部分公开2件)``: a bracket right after a count breaks it down) or after 其中
    (``其中部分公开``): a part of the outcome before it."""
    if "其中" in clause or clause.lstrip(SPACES).startswith("("):
        return None
    head, joined, tail = clause.rpartition("、")
    if joined and head.strip(SPACES) in _JOINED_AFTER:
        clause = tail  # 予以公开30件、无法提供20件: 、 right after the count before joins the next outcome, as a comma does
    words = clause.lstrip(SPACES + CLAUSE_STARTS)
    reason = _REASON.match(words)  # 因"属于国家秘密"等原因不予公开38件: the outcome after its reason
    if reason is not None:
        words = words[reason.end():]
    return next((word for word in OUTCOMES if words.startswith(word)), None)
