"""Kindred units of published items in a list of prose counts (``…558条，其中门户网公开118篇、“魅力二街”发布356条，…``).

A report counts what it published in several units — items 条, articles 篇, documents 件, copies or documents 份,
issues 期 — and one list may mix them (``解读信息110份,其中文字解读37份、…音频解读1份、会议图解32期、会议视频解读15期``).
text/sums reads such a part as a part of the list (the statement is then ``mixed_units``: a sum that does not hold is
never certain, as an article of 篇 may be several items of 条).  Kept apart from text/sums so that the reading of a
list and the question of which units may meet in it can each be read on their own.
"""

from __future__ import annotations

from .applicationwords import HANDLING
from .cnparse import NumberMention
from .normalize import exact, exact_sum
from .summarkers import CATCH_ALL

__all__ = ["announced", "kindred_extent", "kindred_parts"]

# Units a count of published items is written in (items, articles, notices 则, documents, copies, issues): a part in one
# of them belongs to a list whose total is in another.
_ITEM_UNITS = frozenset({"条", "篇", "则", "件", "份", "期"})
# 份 counts copies of one publication as well (发行1800份。其中,刊登…文件15件,…), and 期 its issues (公报共发行公示3期,
# 其中公示发布领导讲话9条、政府文件52条: what the issues printed, no part of them): a total in either takes parts in a
# kindred unit only after a part in its own unit (解读信息110份,其中文字解读37份、…会议图解32期,…).
_COPY_UNITS = frozenset({"份", "期"})


def kindred_parts(clause: list[NumberMention], unit: str, parts: list[NumberMention]) -> list[NumberMention]:
    """The numbers of ``clause`` in a unit kindred to ``unit``, the total's, when the list (its ``parts`` so far)
    takes one here; [] otherwise."""
    if unit not in _ITEM_UNITS or (unit in _COPY_UNITS and not any(p.unit == unit for p in parts)):
        return []
    return [x for x in clause if x.unit in _ITEM_UNITS]


@exact
def announced(text: str, marker_end: int, parts: list[NumberMention]) -> bool:
    """The list's first part follows a colon after its marker, no other clause between (``10条,其中主要发布内容包括:
    公示公告6则,…``): the colon says what comes next is the list."""
    if not parts:
        return False
    between = text[marker_end:parts[0].start]
    colon = between.rfind(":")
    return colon >= 0 and not any(mark in between[colon + 1:] for mark in ",;。")


def kindred_extent(total: NumberMention, parts: list[NumberMention], labels: list[str],
                   enumerated: bool = False, whole: bool = False, opened: bool = False,
                   closes: bool = False) -> tuple[list[NumberMention], list[str]]:
    """A list read on past its first part in a kindred unit goes only as far as its sum stays within the
    total: later numbers are other facts (``708条,其中…11条,…规范性文件6件,…24条,通过…新媒体…发布信息3718条,…
    办理事务1888件``: the list is the six parts up to 24条).  The parts before that first one are kept
    whatever they sum to, as they were read before kindred units were (a list over its total there is
    still an error).  A first part that alone passes the total is no later fact: a list opened in a kindred unit by
    such a part (``依申请公开信息8条,其中:同意公开答复数10件,不属于本行政机关公开数7件``; ``发布政策解读26条,其中文字解读100篇,
    图片解读16篇,重大决策预公开信息15条,…``) is the run of parts in that unit, kept whole (a warning at most, as any list of
    mixed units).  A later part of the run passing the total is still cut (``120条,其中规范性文件5件,政策解读10件,办理事务
    188件``: a later fact in the same unit) — unless the list is ``opened`` by a colon (``announced``): then its run in
    the kindred unit is kept whole too (``10条,其中主要发布内容包括:公示公告6则,政务报告2则,项目招标2则``), the colon
    saying the run is the list.
    ``enumerated``: the parts are joined by 、 throughout (text/sumextent), one
    list — not cut before a later part in the total's own unit (``5条,其中机构介绍1条、财政信息2条、行政规范性文件1份、
    工作信息1条``); a last part in another unit is still left out (``100条，其中网站80条、微信40条、简报5期``).  A last
    part named 其他 is kept whatever the sum (``3374条,其中,…规范性文件5件、…提案69件,…公示公告524条,其他信息805条``):
    the catch-all that closes the list is one of its parts, never a later fact — cut, a total one under the parts read as
    hundreds short.  But a 其他 right after another names no rest of the list the first closed: a later fact
    (``…其他信息805条,其他新媒体平台发布1200条``), cut.  ``whole``: the list says itself it is all of the total — it
    fills a bracket opened right after the total (``28件(其中依申请公开25条,重复申请3条)``), or it is what was closed
    and what is still open (``申请书6条,其中5件…回复申请人,1件仍在处理中``) —: no part of it is a later fact, all are kept.
    ``closes``: the last part ends its sentence; when it is the one part past the total, and neither it alone nor the parts
    before it pass the total, it is the list's last part, no later fact (``142条,其中,政策文件4件、工作信息28条,基层政务公开
    各领域信息110条。``), or every part names an outcome of handling (``16件…。其中8件已公开;6件部分公开;2条本机关不掌握…。``):
    a copy one over is over, not cut short.  A last part in another unit of a list of kinds is still cut (``231条,其中,…信息数
    221条,…信息数9条,发布政策解读稿件5篇``; ``100条,其中网站60篇、微信公众号30条、公开栏20期``: another count)."""
    first = next((i for i, p in enumerate(parts) if p.unit != total.unit), None)
    if first is None or whole:
        return parts, labels
    if first == 0 and (parts[0].value > total.value or opened):
        run = next((i for i, p in enumerate(parts) if p.unit != parts[0].unit), len(parts))
        return parts[:run], labels[:run]
    running = exact_sum(p.value for p in parts[:first])
    end = first
    while end < len(parts) and running + parts[end].value <= total.value:
        running += parts[end].value
        end += 1
    if enumerated and any(p.unit == total.unit for p in parts[end:]):
        return parts, labels
    if closes and end == len(parts) - 1 and running <= total.value and parts[end].value <= total.value \
            and (parts[end].unit == total.unit or all(any(w in label for w in HANDLING) for label in labels)):
        return parts, labels  # the last part, ending the sentence, made the list pass its total
    if end == len(parts) - 1 and _catch_all(labels[end]) and not _catch_all(labels[end - 1]):
        return parts, labels  # its catch-all closes the list (…公示公告524条,其他信息805条): a part, whatever the sum
    return parts[:end], labels[:end]


def _catch_all(label: str) -> bool:
    return any(word in label for word in CATCH_ALL)
