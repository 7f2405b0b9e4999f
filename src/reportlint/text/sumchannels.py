"""Whether a list of parts counts its total's items once per channel rather than splitting them (``73条，其中网站73条;
微信73条``): then the parts restate the total and are no breakdown of it.

Kept apart from text/sums (which reads the total and its parts) because it is one question asked of a list already
read, for the forward lists and the trailing totals (text/sumtrailing) alike: which units count an item once in every
channel it is published in (``PUBLISHED``), and which parts split a total instead (applications, which arrive once).
"""

from __future__ import annotations

from .cnparse import NumberMention
from .summarkers import CLAUSE_PUNCT, SUBSETS

__all__ = ["PUBLISHED", "restates_total"]

# Units of what is published, each item counted in every channel it is published in: a total after its parts in them
# that equals one part counts the items once over the channels (``…3200条,微信发布1500条,共发布信息3200条``); not
# applications or cases (件: ``受理29件,续办上年度结转1件,共办理29件`` would be a wrong total), nor when a part passes
# the total — no channel has more items than all of them once (``网站发布1200条,微信发布2000条,共发布信息1200条``:
# the first part copied as the total, 3200 due).
PUBLISHED = frozenset("条篇")


def restates_total(text: str, total: NumberMention, parts: list[NumberMention], labels: list[str]) -> bool:
    """The same items counted per channel ("73条，其中网站73条;微信73条"): not a breakdown — unless the total counts
    applications and every part names a channel or an applicant (``受理政府信息公开申请22件,其中,信函申请0件,网上申请22件,
    当面申请0件,传真申请0件``): an application arrives once, by one channel, from one applicant, so those parts split the
    total and a part equal to it leaves the others 0."""
    if not any(p.value == total.value for p in parts) or _splits_applications(text, total, labels):
        return False
    return any(p.value != 0 for p in parts if p.value != total.value) or sum(1 for p in parts if p.value == total.value) > 1


def _splits_applications(text: str, total: NumberMention, labels: list[str]) -> bool:
    """The total's clause names 申请 and every part's clause a channel or an applicant (``summarkers.SUBSETS``)."""
    clause = text[max(text.rfind(c, 0, total.start) for c in CLAUSE_PUNCT) + 1 : total.end]
    return "申请" in clause and all(any(word in label for word in SUBSETS) for label in labels)
