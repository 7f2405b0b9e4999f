"""A list that breaks down two or more parallel counts together, each part named after the count it is of
(``行政复议案件3件、行政诉讼案件3件,其中行政复议结果维持3件、行政诉讼结果维持3件``): no statement about the last count alone
(``sumtotals.names_a_sibling``), but one about each count and the parts named after it.

Kept apart from ``sums`` (which reads one total's list) and ``sumtotals`` (which finds that total): this pairs the parts
of one list with several totals by their names — parallel counts only, whose names share a word (行政复议案件,
行政诉讼案件: 案件, 行政).  A part belongs to the one count whose name shares two characters with
the part's words that no other count's name holds (复议 of 行政复议案件, not 行政 nor 案件, which both counts' names hold).
Only a count its parts pass is returned: the parts may leave some of a count's outcomes unstated, never exceed it.
"""

from __future__ import annotations

from .cnparse import NumberMention
from .marks import stretch_start
from .normalize import exact_sum
from .summarkers import CLAUSE_PUNCT as _CLAUSE_PUNCT
from .summarkers import SENTENCE_END as _SENTENCE_END
from .summarkers import SPACES as _SPACES

__all__ = ["paired_counts"]

_NAME_MARKS = _CLAUSE_PUNCT + "、，,（("


def paired_counts(text: str, before: list[NumberMention], total: NumberMention, parts: list[NumberMention],
                  labels: list[str]) -> list[tuple[NumberMention, list[NumberMention], list[str]]] | None:
    """The counts of ``total``'s sentence in its unit (``total`` the last, ``before`` the numbers before the marker) each
    with the parts named after it, when every part is named after exactly one of them and every count has a part; of
    those, the counts their parts pass (``[]`` when none does).  None when the list is no such paired breakdown."""
    sentence = stretch_start(text, _SENTENCE_END, total.start)
    counts = [n for n in before if n.start >= sentence and n.end <= total.start and n.unit == total.unit] + [total]
    if len(counts) < 2 or len(parts) < 2 or any(p.unit != total.unit for p in parts):
        return None
    keys = [_pairs(_name(text, c)) for c in counts]
    if not set.intersection(*keys):
        return None  # "除上年度结转的1件…,共收到…申请124件": no parallel counts, named alike but for their subject
    own = [key - set().union(*(other for j, other in enumerate(keys) if j != i)) for i, key in enumerate(keys)]
    owner: list[int] = []
    for label in labels:
        named = [i for i, key in enumerate(own) if any(pair in label for pair in key)]
        if len(named) != 1:
            return None
        owner.append(named[0])
    if set(owner) != set(range(len(counts))):
        return None
    grouped = [([p for p, o in zip(parts, owner, strict=True) if o == i],
                [lab for lab, o in zip(labels, owner, strict=True) if o == i]) for i in range(len(counts))]
    return [(c, ps, ls) for c, (ps, ls) in zip(counts, grouped, strict=True) if exact_sum(p.value for p in ps) > c.value]


def _name(text: str, number: NumberMention) -> str:
    """The words before ``number`` in its clause (its name: 因政府信息公开产生行政复议案件)."""
    return text[stretch_start(text, _NAME_MARKS, number.start) : number.start].strip(_SPACES + "：:")


def _pairs(name: str) -> set[str]:
    """The two-character runs of ``name`` (Chinese words are mostly two characters: 行政 复议 案件)."""
    return {name[i : i + 2] for i in range(len(name) - 1)}
