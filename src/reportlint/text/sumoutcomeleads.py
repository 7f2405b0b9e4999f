"""The outcomes of handling told in a sentence of their own after their count, where ``summarkers.outcome_markers``
(a sentence opening on the outcome itself, or after a lead saying the applications were handled) does not reach:

- a sentence opening on 依申请 right before an outcome (``…申请41件。依申请予以主动公开的4件,本机关不掌握…15件,…``: 依申请公开
  alone is the channel's name, no outcome, and stays unread);
- a short lead ending on a colon with no count of its own (``…受理申请20件。具体情况:予以公开10件,…``, ``办理结果:``);
- and the count such a list breaks down when the paragraph states no count of what was handled: the count received in the
  sentence before (the one ``sumframes.framed_total`` finds), when no count closed and no carry-in or carry-out other than
  none is named near the list (``共受理…申请41件。…``: received and handled are then the same applications; with one
  carried they are not).  A bare outcome opening the sentence after a count received stays unread (text/sums: received
  applications are broken down only once handled; the lead is what says the list is of that count).  A 其中
  whose count right before is a carry-in of none (``新收…申请68件,上年结转…申请0件。其中,予以公开的有12件,…``) breaks down
  that received count too (68 + 0);
- an outcome after the one count closed in its sentence, no marker between, above it (``当年办结93件,结转至2024年办理0件,
  申请撤回0件,不予公开94件``): an outcome is of applications closed, so it cannot pass them — a statement of one part.

Kept apart from text/summarkers (at its size limit) and text/sumtotals (the count right before a marker): the opening and
the total are both read from the sentence before here.
"""

from __future__ import annotations

from .applicationroles import COUNT_UNITS, clause_role
from .applicationwords import CARRIED, LAST_YEARS, OTHER_SUBJECTS, OUTCOMES, SUBSETS
from .cnparse import NumberMention
from .marks import stretch_end, stretch_start
from .sumframes import framed_total
from .summarkers import CLAUSE_PUNCT, MARKERS, SENTENCE_END, SPACES

__all__ = ["outcome_leads", "outcome_over_closed", "received_beside_none_carried", "received_total"]

# 依申请 right before an outcome, at a sentence's start: 予以主动公开 (answered by what was published) counts as one here
_ON_APPLICATION = "依申请"
_LEAD_OUTCOMES = (*OUTCOMES, "予以主动公开", "同意公开")
_COLONS = ("：", ":")
_LEAD_MAX = 10  # the words of a lead before its colon (具体情况, 办理结果, 具体办理情况如下)
# A lead naming any of these splits something else than all the applications handled (网上申请:, 咨询:, 上年结转:)
_NOT_ALL = (*SUBSETS, *OTHER_SUBJECTS, *CARRIED, *LAST_YEARS, "其中")
# What the list the marker opens must start with to be outcomes (the 其中 after a carry-in of none)
_OUTCOME_SPAN = 12


def outcome_leads(text: str) -> list[tuple[int, int, bool]]:
    """(start, start, False) of each list of outcomes opening a sentence on 依申请 or after a short lead and a colon
    (see the module docstring)."""
    if not any(w in text for w in OUTCOMES):
        return []
    out: list[tuple[int, int, bool]] = []
    for word in _LEAD_OUTCOMES:
        at = text.find(word)
        while at >= 0:
            start = _opening(text, at)
            if start is not None:
                out.append((start, start, False))
            at = text.find(word, at + 1)
    return sorted(set(out))


def _opening(text: str, at: int) -> int | None:
    """Where the list whose first outcome is at ``at`` starts, when it opens so; None otherwise."""
    start = at
    if text[max(0, at - len(_ON_APPLICATION)) : at] == _ON_APPLICATION:
        start = at - len(_ON_APPLICATION)
    elif text[at:].startswith(("予以主动公开", "同意公开")):
        return None  # these are outcomes only after 依申请 (予以主动公开政府信息120条 tells what was published)
    j = start
    while j > 0 and text[j - 1] in SPACES:
        j -= 1
    if j == 0:
        return None
    if text[j - 1] in SENTENCE_END:
        return start if start < at else None  # an outcome alone opening a sentence: summarkers.outcome_markers
    if text[j - 1] not in _COLONS:
        return None
    lead = text[stretch_start(text, SENTENCE_END, j - 1) : j - 1]
    words = lead.strip(SPACES)
    if not words or len(words) > _LEAD_MAX or any(ch.isdigit() or ch in CLAUSE_PUNCT for ch in words) \
            or any(w in words for w in _NOT_ALL):
        return None
    return start


def received_total(text: str, before: list[NumberMention], marker: int) -> NumberMention | None:
    """The count received in the sentence before the outcomes at ``marker`` that they break down, when the paragraph
    names no carry-in but none before them (see the module docstring); None otherwise."""
    this = stretch_start(text, SENTENCE_END, marker)
    near = this  # the sentence before and the one before it (a text flattened into one line holds the whole report)
    for _ in range(2):
        near = stretch_start(text, SENTENCE_END, near - 1) if near > 0 else 0
    if any(n.start >= near and _not_all_handled(text, n) for n in before):
        return None
    return framed_total(text, before, marker)


def _not_all_handled(text: str, number: NumberMention) -> bool:
    """``number`` tells that the applications handled are not just those received: some carried in or out, or a count
    of those closed, which the outcomes break down (``收到…申请信件22件,其中本年度答复21件,结转下年度办理1件。在已答复的信件中,
    予以公开7件,…``, 六盘水 r908: of the 21)."""
    role = clause_role(_clause(text, number), None)
    return role == "closed" or (number.value != 0 and (role in ("carried_in", "carried_out") or _carried_in(text, number)))


def received_beside_none_carried(text: str, before: list[NumberMention], marker: int, end: int) -> NumberMention | None:
    """The count received in the sentence before a marker whose list opens on an outcome, when that sentence ends on a
    carry-in of none (``新收…申请68件,上年结转…申请0件。其中,予以公开的有12件,…``: 68); None otherwise."""
    last = before[-1]
    if last.value != 0 or last.start < stretch_start(text, SENTENCE_END, stretch_start(text, SENTENCE_END, marker) - 1) \
            or not _carried_in(text, last) or not any(w in text[end : end + _OUTCOME_SPAN] for w in OUTCOMES):
        return None
    return received_total(text, before, marker)


def _carried_in(text: str, number: NumberMention) -> bool:
    """``number`` is carried in from an earlier year (or carried, its direction untold)."""
    clause = _clause(text, number)
    role = clause_role(clause, None)
    return role == "carried_in" or (role is None and "结转" in clause)


def _clause(text: str, number: NumberMention) -> str:
    return text[stretch_start(text, CLAUSE_PUNCT + "(（", number.start) : number.start]


# A count closed in time, late or by one channel is some of those closed: the outcomes may be of all (and a count of
# consultations or petitions closed is of no applications)
_SOME_CLOSED = (*SUBSETS, *OTHER_SUBJECTS, "按时", "按期", "逾期", "延期", "超期", "限期", "历年", "累计")


def outcome_over_closed(text: str, numbers: list[NumberMention]) -> list[tuple[NumberMention, NumberMention, str]]:
    """(closed, outcome, its label) for each outcome above the one count closed before it in its sentence, no marker
    between (see the module docstring)."""
    if not any(w in text for w in OUTCOMES):
        return []
    out = []
    for i, closed in enumerate(numbers):
        if closed.unit not in COUNT_UNITS or closed.approximate or clause_role(_clause(text, closed), None) != "closed" \
                or any(w in _clause(text, closed) for w in _SOME_CLOSED):
            continue
        sentence = stretch_start(text, SENTENCE_END, closed.start)
        ends = stretch_end(text, SENTENCE_END, closed.end)
        if any(clause_role(_clause(text, n), None) == "closed" for n in numbers if sentence <= n.start < ends and n is not closed):
            continue  # two counts closed (办结18件,其中按时办结16件…): which the outcomes are of is not told
        for n in numbers[i + 1 :]:
            if n.start >= ends:
                break
            clause = _clause(text, n)
            if n.unit == closed.unit and any(w in clause for w in OUTCOMES) and n.value > closed.value \
                    and not any(w in text[closed.end : n.start] for w in MARKERS):
                out.append((closed, n, clause))
    return out
