"""Two breakdowns of one total in one list: ``收到申请20件,其中网上申请15件,信函申请5件,予以公开12件,不予公开8件`` breaks the
20 down by channel, then again by outcome — the parts after the first breakdown are no more parts of it.  Kept apart
from text/sums (which reads a list and decides where it ends) as the one question of whether a list is two: told by
the parts after a prefix that adds up staying within the total (``second_breakdown``), or, when nothing adds up, by the
parts turning from the channels or applicants of the applications to the outcomes of handling (``before_outcomes``)."""

from __future__ import annotations

from .applicationwords import CARRIED_IN_HANDLED as _CARRIED_IN
from .applicationwords import CLOSED, OUTCOMES, SUBSETS
from .applicationwords import HANDLING as _HANDLING
from .cnparse import NumberMention
from .marks import stretch_start
from .normalize import exact_sum
from .summarkers import CATCH_ALL, CLAUSE_PUNCT

__all__ = ["STILL_OPEN", "before_outcomes", "closed_and_pending", "public_and_not", "second_breakdown"]

_QUOTES = "“”\"'"
# What is still open at the year's end, the rest of a total whose other parts were closed: carried to the next year
# (applications), or not yet decided (an appeal, a lawsuit); 1件仍在处理中, 正在办理中: still open at the year's end.
STILL_OPEN = ("结转下", "结转至下", "结转到下", "结转次年", "结转至20", "结转到20", "结转20", "转入下", "转下一年", "转下年",
              "尚未审结", "未审结", "尚未办结", "未办结", "处理中", "办理中")
# How an application or a case was closed: answered (summarkers.CLOSED), or an appeal's or a lawsuit's decision.
_DECIDED = ("维持", "纠错", "纠正", "驳回", "撤销", "其他结果", "回复")  # 回复申请人: answered, as 答复
_LAST_YEAR = ("上年", "上一年", "去年", "往年")


def closed_and_pending(labels: list[str]) -> bool:
    """The parts are what was closed, then what is still open (``受理534件,其中509件在法定期限内予以答复,25件结转2025年
    办结``, ``行政诉讼21件,其中17件结果维持,4件尚未审结``): the open part is the rest of the total, as a catch-all is, so the
    parts are meant to make it (checks/prose: a warning when they fall short, even of two — a withdrawal or an unnamed
    decision may go unsaid — and a closed part equal to the total leaves the rest 0: text/sumchannels).  Not when a part
    names last year's carry-in (``13件,其中,上年结转答复1件,结转下一年答复1件``: two highlights of a total handled
    otherwise)."""
    *closed, last = labels
    return bool(closed) and any(word in last for word in STILL_OPEN) \
        and all(any(word in label for word in CLOSED + _DECIDED) for label in closed) \
        and not any(word in label for label in labels for word in _LAST_YEAR)


# The disclosure attribute every document made is given (浙江's 公文公开属性): public of itself, on request, or not at all.
_PUBLIC = ("主动公开",)
_NOT_PUBLIC = ("不予公开", "不公开", "非公开")
_ATTRIBUTES = (*_PUBLIC, "依申请公开", *_NOT_PUBLIC)


def public_and_not(text: str, total: NumberMention, labels: list[str]) -> bool:
    """The parts split what was made by its disclosure attribute, the public ones and those not made public (``制发政府
    信息130件,其中主动公开18件,不予公开112件``; ``其中18件主动公开,112件不予公开``): every document has one, so the parts are
    meant to make the total, even two of them (checks/prose: a warning when they fall short).  Not a count of applications
    (``收到申请20件,其中已主动公开的告知10件,不予公开5件``: two outcomes of many, a highlight)."""
    if "申请" in text[stretch_start(text, CLAUSE_PUNCT, total.start) : total.start]:
        return False
    names = [_name(label) for label in labels]  # not a remark after the count: 111件(不予公开理由…)
    return len(names) >= 2 and all(any(word in name for word in _ATTRIBUTES) for name in names) \
        and any(word in name for name in names for word in _PUBLIC) \
        and any(word in name for name in names for word in _NOT_PUBLIC)


def _name(label: str) -> str:
    """What a part's label names: its words before its count (``不予公开112件(…)``: 不予公开), or after it when it opens
    on the count (``112件不予公开``, its remark in brackets left out)."""
    return next((label[:i] for i, ch in enumerate(label) if ch.isdigit()), label) or label.partition("(")[0]


def second_breakdown(total: NumberMention, rest: list[NumberMention], labels: list[str]) -> bool:
    """The parts after a prefix that adds up are two or more and within the total: the same total broken down again
    another way (``收到申请20件,其中网上申请15件,信函申请5件,予以公开12件,不予公开8件。``: by channel, then by outcome),
    not more parts of one list — however long and evenly joined the sentence is.  Not when they end in a catch-all
    (``labels``, theirs) short of the total: a breakdown closed by 其他 claims to be whole, so one that does not make the
    total is the first list's tail (``34条,其中机构职能30条,农村工作4条,民生信息24条,重点工作2条,其他政府信息1条``: 30 wrong).
    Nor when at most one of them counts anything and they are short of the total (``911条,其中…财政信息2条,政府信息公开年报
    1条,申请公开0条``: 1 and 0 break nothing down — they are the list's last kinds, the prefix adding up by chance)."""
    within = exact_sum(p.value for p in rest)
    if labels and any(word in labels[-1] for word in CATCH_ALL) and within != total.value:
        return False
    return (sum(1 for p in rest if p.value) >= 2 and within <= total.value) or (len(rest) >= 2 and within == total.value)


_APPLICATION_NAMES = ("政府信息公开申请", "信息公开申请", "公开申请")


def _a_share(label: str) -> bool:
    """The part names a share of the applications by kind and no handling (``属于涉企申请的5件``, ``其中涉企申请的5件``):
    the outcomes after it, with nothing binding them to it, are of the whole count (``before_outcomes``)."""
    for name in _APPLICATION_NAMES:
        label = label.replace(name, "")
    return not any(word in label for word in _HANDLING)


def before_outcomes(total: NumberMention, parts: list[NumberMention], labels: list[str],
                    text: str = "") -> tuple[list[NumberMention], list[str]]:
    """The reading in which a list that does not add up turns from the channels or applicants of the applications (or
    shares of them) to the outcomes of handling (``收到申请20件,其中网上申请15件,占75%;予以公开12件,占60%``: a channel,
    then what was done): the outcomes break the same total down again, so the list ends before them — taken only when
    every part before names a channel or applicant (summarkers.SUBSETS) or is a share (``_a_share``), and none an
    outcome, and those from the first outcome on are
    within the total (a second breakdown that is itself over the total is still read whole: wrong either way).  Parts
    of one outcome list in words of their own (``同意公开答复数8件、区分处理后公开的2件、无法提供的27件…``) name no
    channel: one list.  Shares do not tell the two lists apart: right shares of parts that are over their total sum past
    100 % whether the parts are one list or two.  Outcomes over the total end the list too when the channels before them
    add up to it and ``text`` (the paragraph) says a carry-in (``上年结转申请3件。本年度收到申请20件,其中网上申请15件,
    信函申请5件,予以公开15件,…``): what was handled holds what was carried in, so the outcomes may exceed what was
    received — only the channels are a breakdown of it.  One share of the applications by kind, named by no handling
    (``收到申请17件,属于涉企申请的5件,予以公开10件,部分公开3件,不予公开4件``, the same after 其中: ``_a_share``), is read as the
    channels are: the outcomes after it, with no 其中 or 中 binding them to it, are the whole count's (17 = 10+3+4), and
    within the total they are no parts of the share's list — also where they would fit the share alone, since nothing
    says they are its own (``其中涉企申请的5件,予以公开3件,部分公开2件`` of 17: silent; ``其中涉企申请的5件,其中予以公开3件,
    部分公开3件`` and ``涉企申请的5件中,予以公开3件,…`` bind them, read as before).  A share that names a handling or a
    reason of the form's outcomes (``申请人撤回2件``, ``重复申请2件``: an outcome itself) is one of the list.  Two or more
    shares read the same (``其中涉企申请的5件,涉及第三方的2件,予以公开8件,…`` of 30: the outcomes make the 30)."""
    for j in range(1, len(parts)):
        if not (any(word in labels[j - 1] for word in SUBSETS) or _a_share(labels[j - 1])) \
                or any(word in labels[j - 1] for word in OUTCOMES):
            break
        if labels[j].lstrip(_QUOTES).startswith(OUTCOMES):
            rest = exact_sum(p.value for p in parts[j:])
            head = exact_sum(p.value for p in parts[:j])
            if rest <= total.value or (head == total.value and any(w in text for w in _CARRIED_IN)):
                return parts[:j], labels[:j]
            return parts, labels
    return parts, labels
