"""Parts of a total told in sentences of their own, after the sentence that states it (no marker joins them).

Two shapes real reports write (each seen in the corpus, tests/corpus):

- ``主动公开信息共计444条。政府网站发布信息118条,其中…70条,…48条。政务新媒体平台…公众号共发布信息294条。…视频号
  发布视频32条。`` (r1864) — a total stated as one (共计, 共…) ends its sentence and each of the sentences after it
  opens on one channel's count of published items (``channel_sentences``).  A sentence is such a part only when its
  first clause names a channel (网站, 公众号, 微博…) and a verb of publishing, its count is the sentence's first number
  and in the total's unit, it states no total of its own (``全年共发布…``, 共计…) nor opens on a new topic (另, 此外,
  同时, 其中…), and no other count in that unit follows in it but inside a 其中 that breaks the part down.  The run
  stops at the first sentence that is not a part; two parts at least.  Nothing says the channels are all of it or
  that no item went out twice, so checks/prose reads such a run as a warning at most (``SumStatement.sentences``).
  A total whose own clause names a channel (``门户网站共发布信息444条。微信公众号…``) is that channel's count, a sibling
  of the ones after it (so no part of a run, each naming its channel, is read as the total of the parts after it).
- ``收到诉讼为3件,其中未经复议直接起诉2件,均尚未审结。复议后起诉1件,结果维持。`` (r1880) — a 其中 whose sentence ends
  after its one part goes on in the next sentence, which opens on a parallel part: its count first, in the unit, its
  name ending as the first part's does (起诉 … 起诉) and naming no subject (复议, 诉讼, 咨询…) neither the total's clause
  nor the first part names (``continued_parts``).  Read only when the one part falls short of
  the total (a list that already makes it is done), and sentence after sentence while each opens so; never out of a
  其中 in brackets, closed by its bracket (``…1428条(其中包括主动公开政府信息574条)。局“双微”平台共发布信息2128条``, r1918),
  nor into a sentence that breaks its count down itself (a total of its own).

Kept apart from text/sums, which reads the lists a marker opens inside one sentence.
"""

from __future__ import annotations

from .cnparse import NumberMention
from .lazyregex import LazyRegex
from .marks import stretch_end, stretch_start
from .sumchannels import PUBLISHED
from .summarkers import LIST_OPENERS, NEW_TOPIC, OTHER_SUBJECTS, SENTENCE_END, SPACES, TOTAL_KEYWORDS

__all__ = ["channel_sentences", "continued_parts"]

_CLAUSE_MARKS = ",，;；:：(（"
# a channel items are published through, and a verb of publishing: what a part sentence's first clause names
_CHANNELS = ("网站", "门户网", "公众号", "微信", "微博", "视频号", "抖音", "快手", "头条", "客户端", "新媒体", "公开栏", "公示栏",
             "政务号")
_PUBLISHING = ("发布", "公开", "推送", "刊发", "刊登", "更新")
# 共 opening a clause, alone or after the clause's own time (全年共发布…, 2023年共…): a total of its own
_OWN_TIME_GONG = LazyRegex(r"(?:(?:全|本|今|当|(?:19|20)\d{2})年度?(?:内|以来)?|年内)?共")
# a plan, not what was done (计划通过视频号发布…, 下一步…, 拟…): no part of the year's count
_PLANS = ("计划", "拟", "预计", "力争", "争取", "下一步", "将")
_CLOSING_BRACKETS = ")）"
# a sentence told of another time (上年…, 去年同期…, 以往年度…, a year the total's sentence does not name): a comparison or
# an earlier year's count, no part of the total's year
_PAST = ("上年", "上一年", "去年", "前年", "往年", "以往", "历年", "同期")
_YEAR = LazyRegex(r"(?:19|20)\d{2}(?=年)")
_PARALLEL = 2  # a continued part's name ends in the same characters as the first part's (起诉 … 起诉)


def channel_sentences(text: str, numbers: list[NumberMention]) -> list[tuple[NumberMention, list[NumberMention], list[str]]]:
    """(total, parts, labels) for each count in a published unit ending its sentence whose channels follow in sentences
    of their own (see the module docstring; whether the total is stated as one, 共计…, is text/sums's test)."""
    out = []
    for total in numbers:
        if total.unit not in PUBLISHED or total.approximate:
            continue
        pos = total.end
        while pos < len(text) and text[pos] in SPACES:
            pos += 1
        if pos >= len(text) or text[pos] not in SENTENCE_END:
            continue  # the total does not end its sentence (no slice of the rest: a page may be one long line)
        name = _name(text, total)  # once: inside the test below it was read again for every channel word
        if any(word in name for word in _CHANNELS):
            continue  # a channel's own count (门户网站共发布信息444条。…) is a sibling of the channels after it
        pos += 1
        parts: list[NumberMention] = []
        labels: list[str] = []
        own = text[_sentence_start(text, total.start):total.end]
        while (part := _channel_part(text, numbers, pos, total.unit, own)) is not None:
            parts.append(part[0])
            labels.append(part[1])
            pos = part[2] + 1
        if len(parts) >= 2:
            out.append((total, parts, labels))
    return out


def continued_parts(text: str, numbers: list[NumberMention], total: NumberMention, parts: list[NumberMention],
                    labels: list[str]) -> tuple[list[NumberMention], list[str]]:
    """A 其中 list of one part short of its total, its sentence ending after that part with no other number, read on
    into the sentences that each open on a parallel part (see the module docstring); the list as read otherwise."""
    if len(parts) != 1 or parts[0].value >= total.value or parts[0].approximate:
        return parts, labels
    stop = _sentence_end(text, parts[0].end)
    if stop >= len(text) or any(parts[0].end <= n.start < stop for n in numbers) \
            or any(close in text[parts[0].end:stop] for close in _CLOSING_BRACKETS):
        return parts, labels  # a 其中 in brackets (…1428条(其中包括…574条)。) is closed by its bracket
    name = _name(text, parts[0])
    named = _name(text, total) + name  # the subjects (复议, 诉讼, 咨询…) a continued part may name
    own = text[_sentence_start(text, total.start):parts[0].end]
    parts, labels = list(parts), list(labels)
    while stop < len(text):
        sentence = _sentence(text, numbers, stop + 1)
        if sentence is None:
            break
        first, label, end = sentence
        if first.unit != total.unit or first.approximate or len(name) < _PARALLEL or not label.endswith(name[-_PARALLEL:]) \
                or not _opens_a_part(label) or _other_time(label, own) \
                or any(word in label and word not in named for word in OTHER_SUBJECTS):
            break  # not parallel, or of another subject (复议…其中结果维持6件。诉讼结果维持3件: the appeals' own count)
        after = text[first.end:end]
        if any(opener in after for opener in LIST_OPENERS):
            break  # broken down in its own sentence (…平台共发布信息2128条(其中微信…)): a total of its own, no part
        parts.append(first)
        labels.append(label + first.text)
        stop = end
        if any(first.end <= n.start < end for n in numbers):
            break  # more counts in its sentence: the list reads no further
    return parts, labels


def _channel_part(text: str, numbers: list[NumberMention], pos: int, unit: str | None, own: str) \
        -> tuple[NumberMention, str, int] | None:
    """(count, label, sentence end) when the sentence at ``pos`` gives one channel's count in ``unit``, else None."""
    sentence = _sentence(text, numbers, pos)
    if sentence is None:
        return None
    first, label, end = sentence
    if first.unit != unit or first.approximate or not _opens_a_part(label) or _other_time(label, own) \
            or not any(word in label for word in _CHANNELS) or not any(verb in label for verb in _PUBLISHING):
        return None
    after = text[first.end:end]
    nested = next((at for at in (after.find(opener) for opener in LIST_OPENERS) if at >= 0), len(after))
    if any(first.end <= n.start < first.end + nested and n.unit == unit for n in numbers):
        return None  # another count in the unit beside it, not inside a 其中 that breaks it down: no one channel's count
    return first, label + first.text, end


def _sentence(text: str, numbers: list[NumberMention], pos: int) -> tuple[NumberMention, str, int] | None:
    """The first number of the sentence at ``pos`` when it stands in its first clause, the words before it (stripped)
    and where the sentence ends; None when the sentence opens on no such count."""
    end = _sentence_end(text, pos)
    first = next((n for n in numbers if pos <= n.start < end), None)
    if first is None:
        return None
    label = text[pos:first.start].strip(SPACES)
    if not label or any(mark in label for mark in _CLAUSE_MARKS):
        return None
    return first, label, end


def _opens_a_part(label: str) -> bool:
    """The clause is no new topic (另, 此外, 同时, 其中…), no plan (计划, 拟…), and states no total of its own (共计…, or 共
    opening it, after its own time at most: 全年共发布…)."""
    return not label.startswith(NEW_TOPIC + LIST_OPENERS) and not _OWN_TIME_GONG.match(label) \
        and not any(word in label for word in TOTAL_KEYWORDS + _PLANS)


def _other_time(label: str, own: str) -> bool:
    """The words before a part's count name another time than ``own`` (the total's sentence) does: 上年, 去年同期…, or
    a year ``own`` does not name (``2022年未经复议直接起诉2件`` after ``2023年度收到诉讼为3件``)."""
    return any(word in label for word in _PAST) or any(year not in own for year in _YEAR.findall(label))


def _name(text: str, part: NumberMention) -> str:
    """The words of a part's clause before its count (``其中未经复议直接起诉2件`` → ``未经复议直接起诉``)."""
    start = stretch_start(text, (*_CLAUSE_MARKS, *SENTENCE_END, "、"), part.start)
    return text[start:part.start].strip(SPACES)


def _sentence_start(text: str, pos: int) -> int:
    return stretch_start(text, SENTENCE_END, pos)


def _sentence_end(text: str, pos: int) -> int:
    return stretch_end(text, SENTENCE_END, pos)
