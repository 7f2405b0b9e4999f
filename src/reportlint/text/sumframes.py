"""A sentence that opens by framing a split of the year's applications — by channel or by applicant — and goes on to its
parts with no count of its own (``…申请共32件,办结30件,…。从申请方式看,网络申请24件,占75%;信函申请8件,占25%。``,
``…共收到37件,其中33件已办结,…。按申请方式分:当面申请4件,通过网络提交申请10件,邮寄申请23件。``): a breakdown of the count
of applications received that the sentence before states, as a 其中 after that count would be.  An application arrives by
one channel, from one applicant, so the parts are meant to make the count (text/sumchannels reads them as such a split:
checks/prose then reports parts over it as an error and parts short of it as a warning).

The frame names only the way of splitting (方式, 渠道, 途径, 主体…), never a count; the total is the one count of the sentence
before whose clause says it was received (收到/受理/接收/新收…, text/applicationroles), in a unit applications are
counted in — none, or two such counts, and the frame breaks nothing down that this reading can place.  A frame of
outcomes (``…按法定时限办结18件。从办理结果来看,“予以公开”的12件,“无法提供”的3件,“其他处理”的3件。``) splits the
count closed (办结/答复…) instead, as a 其中 after that count would.

Kept apart from text/summarkers (the markers whose total is the count right before them) because both the marker and
the way its total is found are of their own.
"""

from __future__ import annotations

from .applicationroles import COUNT_UNITS, clause_role
from .cnparse import NumberMention
from .lazyregex import LazyRegex
from .marks import stretch_start
from .summarkers import CLAUSE_PUNCT, SEMICOLONS, SENTENCE_END, SPACES

__all__ = ["frame_markers", "framed_total"]

# 从申请方式看, 从申请方式上看, 按申请方式分, 按照申请渠道划分, 从申请主体来看 …: the way the applications are split, then a
# verb of looking or dividing, then a comma or a colon (or nothing) before the first part
_FRAME = LazyRegex(r"(?:从|按|按照)(?:申请)?(?:人)?(?:方式|渠道|途径|形式|主体|类型|来源)(?:上)?(?:来)?"
                   r"(?:看|分|划分|区分|统计)[,，:：]?")


# 从办理结果来看, 按答复结果分 …: the applications split by how they were closed — their total the count closed before
_OUTCOME_FRAME = LazyRegex(r"(?:从|按|按照)(?:办理|答复|处理)结果(?:上)?(?:来)?(?:看|分|划分|统计)[,，:：]?")


# a frame opens its sentence, or the group after a semicolon (``…信函申请8件;从申请主体看,…``: the same count split again)
_OPENINGS = (*SENTENCE_END, *SEMICOLONS)


def frame_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of each frame that opens its sentence (see the module docstring); the list it opens is
    read as a closed one (the channels of all the applications)."""
    if "申请" not in text:
        return []
    out: list[tuple[int, int, bool]] = []
    for m in (*_FRAME.finditer(text), *_OUTCOME_FRAME.finditer(text)):
        start = stretch_start(text, _OPENINGS, m.start())
        if text[start : m.start()].strip(SPACES):
            continue  # inside a sentence: a clause of something else (…情况按申请方式分别统计)
        out.append((m.start(), m.end(), False))
    return out


def framed_total(text: str, before: list[NumberMention], start: int) -> NumberMention | None:
    """The count of applications received in the sentence before the frame at ``start`` (``before``: the numbers ahead
    of it): the one whose clause reads as received, in a unit applications are counted in; None when there is none,
    or more than one."""
    this = stretch_start(text, SENTENCE_END, start)
    if this == 0:
        return None
    previous = stretch_start(text, SENTENCE_END, this - 1)
    while previous > 0 and _opens_on_frame(text, previous):
        previous = stretch_start(text, SENTENCE_END, previous - 1)  # 从申请主体看 after 从申请方式看: the same count split again
    role = "closed" if _OUTCOME_FRAME.match(text, start) else "new"
    received = [n for n in before if previous <= n.start < this and n.unit in COUNT_UNITS and not n.approximate
                and _received(text, previous, n, role)]
    return received[0] if len(received) == 1 else None


def _opens_on_frame(text: str, sentence: int) -> bool:
    """The sentence from ``sentence`` opens on a frame itself (``从申请方式看,网络申请24件,信函申请8件;从申请主体看,…``):
    a split of the count before it, so a frame after it splits that count too."""
    m = _FRAME.search(text, sentence)
    return m is not None and not text[sentence : m.start()].strip(SPACES)


def _received(text: str, sentence: int, number: NumberMention, role: str = "new") -> bool:
    """``number`` counts applications in the ``role`` its frame splits: received (``new``), or closed, for a frame of
    outcomes (``…共收到申请18件,按法定时限办结18件。从办理结果来看,“予以公开”的12件,…``: the 18 closed)."""
    clause = text[max(sentence, stretch_start(text, CLAUSE_PUNCT + "(", number.start)) : number.start]
    return "申请" in text[sentence : number.start] and clause_role(clause, None) == role
