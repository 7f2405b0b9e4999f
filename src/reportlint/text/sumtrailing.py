"""Sums whose total comes last: the parts listed clause by clause, then 共/合计/总计 the total of them.

``全年受理依申请公开来件29件,续办上年度结转办件1件,共办理30件`` and ``通过网上申请105件,快递17件,合计122件`` state a sum
as surely as ``…N件,其中…`` does, only in the other order; text/sums reads the parts after a marker, this module reads
them back from a closing total.  Kept apart from text/sums (which finds the forward statements and makes them records)
so that each reading stays one job; it returns plain tuples, which text/sums turns into its statements.

What makes a trailing total (each seen in the corpus of real reports, tests/corpus):

- the total's clause opens with 共/共计/合计/总计 (not 累计, which counts over the years: ``累计公开现行有效规范性文件67件``
  after the year's 23 and 11), with at most ``_VERB_SPAN`` characters before its number and no other number; nor does
  it name what stands at the year's end (现行有效, 现有, 保留…: ``新制定规范性文件5件,废止10件,共保留现行有效规范性文件
  6件`` — the form's 现行有效件数 beside the year's 制发 and 废止, a stock, not their sum);
- the words of that clause do not say the count is of what was closed (``…收到申请9695件,2020年结转312件,共办结9816件,
  结转至2022年19件``: 办结/答复 is a term of the balance, RL707's, not the sum of the counts before it); 办理/处理 says so
  only when a count carried over follows in the sentence (``共办理122件,结转下年度继续办理3件``: 办理 is then what was
  closed), so without one it is the sum of what was handled (``…续办上年度结转办件1件,共办理30件``);
- the parts are the clauses right before it in its sentence, joined by commas or 、, each one count in the total's
  unit, back to a clause with no such count (``2023年,``), the sentence's start or a semicolon, or a clause opening a
  new topic (``另…``, its first part); a run that reaches a clause with two counts, a list marker (其中/包括: the clauses
  after it may be its parts: ``收到20件,其中网上15件,信函5件,上年结转2件,共计22件``), a bracket or a remark on the count
  before it (``同比增加5件``, a share, a rate: text/sumremarks) is no reading — which counts the total sums is not told;
- two parts at least, none a lower bound (``2500余条``);
- a bare 共 total is no sum of parts one of which is itself a 共 count (``共收到…64件,申请人撤回1件,上一年度转办2件,
  共印发…告知书63件``: two counts each of its own verb).
"""

from __future__ import annotations

from .cnparse import NumberMention
from .marks import stretch_end, stretch_start
from .summarkers import (
    CARRIED,
    CLAUSE_PUNCT,
    CLOSE,
    CLOSED,
    MARKERS,
    NEW_TOPIC,
    NOT_TOTAL_AFTER_GONG,
    OPEN,
    SENTENCE_END,
    SKIP_UNITS,
    SPACES,
)
from .sumremarks import is_remark

__all__ = ["trailing_sums"]

_KEYWORDS = ("共计", "合计", "总计", "共")
_VERB_SPAN = 16  # characters from the keyword to the total's number
# any 完成 in the few words between the keyword and its total says closed (共完成办理…, 共办理完成…)
_CLOSED = (*CLOSED, "完成")
_HANDLED = ("办理", "处理")
_STOCK = ("现行有效", "现有", "保留", "存量", "截至", "截止")  # what stands at the year's end, not the year's sum
_RUN_STOPS = frozenset("；;") | SENTENCE_END  # the parts are clauses of the total's sentence, joined by commas


def trailing_sums(text: str, numbers: list[NumberMention]) -> list[tuple[NumberMention, list[NumberMention], list[str]]]:
    """(total, parts, their labels) of each trailing total in ``text`` (its ``numbers``)."""
    out = []
    for i, total in enumerate(numbers):
        if total.unit is None or total.unit in SKIP_UNITS or total.approximate:
            continue
        keyword = _keyword(text, total)
        if keyword is None or _closes(text, keyword, total) or any(w in text[keyword : total.start] for w in _STOCK):
            continue
        parts, labels = _parts_before(text, numbers[:i], total, keyword)
        if len(parts) >= 2 and not _two_counts_of_their_own(text, keyword, labels):
            out.append((total, parts, labels))
    return out


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause mark or 、 before it (0 when none)."""
    return stretch_start(text, CLAUSE_PUNCT + "、", at)


def _keyword(text: str, total: NumberMention) -> int | None:
    """Where 共/共计/合计/总计 opens the total's clause, when nothing but words lies between it and the total."""
    start = _clause_start(text, total.start)
    while start < total.start and text[start] in SPACES:
        start += 1
    word = next((w for w in _KEYWORDS if text.startswith(w, start)), None)
    if word is None or total.start - start > _VERB_SPAN or any(ch.isdigit() for ch in text[start:total.start]):
        return None
    after = text[start + len(word) : start + len(word) + 1]
    if word == "共" and after in NOT_TOTAL_AFTER_GONG:
        return None
    return start


def _closes(text: str, keyword: int, total: NumberMention) -> bool:
    """The total's clause counts what was closed (共办结), or what was handled (共办理) with a count carried over after it
    in the sentence — a term of the balance, not the sum of the clauses before."""
    verb = text[keyword : total.start]
    if any(w in verb for w in _CLOSED):
        return True
    if not any(w in verb for w in _HANDLED):
        return False
    return any(w in text[total.end : stretch_end(text, SENTENCE_END, total.end)] for w in CARRIED)


def _two_counts_of_their_own(text: str, keyword: int, labels: list[str]) -> bool:
    """A bare 共 total after a part that is itself a 共 count (``共收到…64件,申请人撤回1件,上一年度转办2件,共印发…告知书63件``):
    two counts each of its own verb — the second opens the outcomes, it does not close the clauses before it.
    ``…共收到网上申请105件,快递17件,合计122件`` (合计 sums) and ``受理29件,…,共办理30件`` (no 共 before) are read."""
    if text[keyword : keyword + 2] in ("共计",) or not text.startswith("共", keyword):
        return False
    return any(_own_gong(label) for label in labels)


def _own_gong(label: str) -> bool:
    """Whether a clause counts with a 共 of its own (共收到), not 公共, 中共, 共享, 共计…"""
    at = label.find("共")
    while at >= 0:
        before, after = label[at - 1 : at], label[at + 1 : at + 2]
        if before not in ("公", "中") and after not in NOT_TOTAL_AFTER_GONG and after != "计":
            return True
        at = label.find("共", at + 1)
    return False


def _parts_before(text: str, before: list[NumberMention], total: NumberMention,
                  keyword: int) -> tuple[list[NumberMention], list[str]]:
    """The clauses right before the total's, back to the first that is not one count in its unit (see the module
    docstring), in their order in the text, with their words (labels)."""
    parts: list[NumberMention] = []
    labels: list[str] = []
    end = keyword  # the run's clauses end where the next one (the total's, at first) starts
    j = len(before) - 1
    while end > 0:
        mark = end - 1
        while mark >= 0 and text[mark] in SPACES:
            mark -= 1
        if mark < 0 or text[mark] not in "，,、":
            break  # the run is joined by commas: a semicolon, a full stop or the text's start ends it
        start = _clause_start(text, mark)
        clause = text[start:mark]
        inside = []
        while j >= 0 and before[j].start >= start:
            if before[j].end <= mark:
                inside.append(before[j])
            j -= 1
        label = clause.strip(SPACES)
        if not any(n.unit == total.unit for n in inside):
            break  # a clause with no count in the unit (2023年,): the run starts after it
        if len(inside) != 1 or inside[0].approximate or any(w in clause for w in MARKERS) or is_remark(label) \
                or any(ch in OPEN or ch in CLOSE or ch in _RUN_STOPS for ch in clause):
            return [], []  # the run reaches into another list, a bracket or a remark: what the total sums is not told
        parts.insert(0, inside[0])
        labels.insert(0, label)
        if label.startswith(NEW_TOPIC):
            break  # 另收到咨询5件,…: a new topic opens with this part
        end = start
    return parts, labels
