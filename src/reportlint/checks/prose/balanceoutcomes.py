"""Outcomes of applications that RL707's four terms do not name (撤回, 终止, 不予处理, 合并办理…): whether a sentence
of the paragraph names one beside the terms, which makes the balance's bound unsaid (what was withdrawn or merged may
be counted in 办结 or beside it).  Kept apart from ``balance`` (at its size limit) as one question asked of a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.lazyregex import LazyRegex
from ...text.marks import stretch_start
from ...text.summarkers import OUTCOMES as _OUTCOMES
from ...text.summarkers import SPACES as _SPACES

__all__ = ["OTHER_OUTCOME", "other_outcomes", "outcome_beside"]

_SENTENCE_END = "。!?"
# outcomes 办结 may or may not hold (合并办理: several applications answered as one, counted once or each)
OTHER_OUTCOME = LazyRegex(r"撤回|撤销申请|视为放弃|放弃申请|终止|中止|不予处理|其他处理|未补正|合并(?:办理|处理|答复)")
# such an outcome counted as none right after it (申请撤回0件, 撤回申请的件数为0, 撤回:零件, 撤回共0个) or before it
# (无申请撤回, 没有撤回): it holds no application, in 办结 or beside it alike
_NONE_AFTER = LazyRegex(r"[:：\s]*(?:的|申请|办理|处理|件数|数量|数|共|计|为|是|有|[:：\s])*(?:0|零|〇)(?![\d.星散碎])")
_NONE_BEFORE = LazyRegex(r"(?:无|没有|未有|未发生)(?:申请人?)?(?:主动)?$")
# a frame naming the count its outcomes break down, as 其中 does: 在已经答复的91件申请中:予以公开22件;…其他处理4件
_FRAME = LazyRegex(r"在[^。;,:!?]{0,24}中[:,]")


def other_outcomes(text: str) -> Iterator[re.Match[str]]:
    """The outcomes the four terms do not name, less those counted as none (``申请撤回0件``, 燕郊高新区 2023 r2373: a
    copy one off beside it was missed; ``撤回申请的件数为0``, ``无申请撤回`` likewise) — a zero is no application, whichever
    side of 办结 the report puts it."""
    return (m for m in OTHER_OUTCOME.finditer(text) if not _NONE_AFTER.match(text, m.end())
            and not _NONE_BEFORE.search(text, max(0, m.start() - _NONE_SPAN), m.start()))


_NONE_SPAN = 8  # 未发生申请人主动 before it at most


def outcome_beside(norm: str, start: int, end: int) -> bool:
    """Another sentence of the paragraph than ``norm[start:end]`` names an outcome the terms do not (``另有2件因申请人
    主动撤回终止办理。``) and is no breakdown of the closed by outcome (a sentence opening on 其中 or on an outcome,
    ``其中予以公开40件,其他处理11件。``): a bound reads the terms of its own sentence, and what was withdrawn or merged
    may be beside them."""
    for m in other_outcomes(norm):
        if start <= m.start() < end:
            continue
        lead = norm[stretch_start(norm, _SENTENCE_END, m.start()) : m.start()].lstrip(_SPACES)
        if "其中" not in lead and not lead.startswith(_OUTCOMES) and not _FRAME.search(lead):
            return True
    return False
