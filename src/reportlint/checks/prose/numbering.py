"""Numbered points follow on — no number skipped, none used twice (rules of the prose kind).

Reports number their points at three levels below the section headings, and inline:

- ``（一）…（二）…`` at the start of a paragraph (sub-sections of 一、总体情况: 主动公开, 依申请公开…);
- ``1. 2.`` / ``1、2、`` and ``（1）（2）`` at the start of a paragraph;
- ``一是…二是…三是…`` inside the text (the points of a sub-section, one paragraph or several).

A list restarts at 1 whenever a point of a higher level begins (``1. 2.`` under （一）, ``1.`` again under
（二）), in a new section, and wherever its own first number comes again (``一是`` of the next topic).  What
real reports also write, and is not a skipped number: ``三)`` with its opening bracket lost, ``2.2020年，…``
(a point that starts with a year), a line without 。 that a text reader joins to the next one (the
marker is then in the middle of a paragraph, at the start of its source line).  Only the sections the
pack names are read (一, 五, 六 in the built-in packs: the table sections' row labels, 1.属于国家秘密…,
are the tables' business).  The top level (一、二、) is the sections kind's.

``prose.numbering-gap`` (RL705, warning) and ``prose.numbering-repeat`` (RL706, warning).

Failing example (a point skipped; a point used twice)::

    一是加强组织领导。二是完善制度。四是强化监督。
    → RL705 编号不连续：“二是”之后是“四是”，缺少“三是”

    （一）主动公开 … （二）依申请公开 … （二）政府信息管理
    → RL706 编号重复：“（二）”在“（二）”之后再次出现

(one finding for the mistake, whether the points after it go on from the repeated number, （三）（四）,
as a real town report's do, or from the place it took, （四）（五）)

Passing example: ``一是…。二是…。三是…。``; ``（一）（二）（三）``; ``1. 2.`` under （一） followed by
``1. 2.`` under （二）.

Pack key::

    prose_numbering:
      sections: [overview, problems, other]   # ids of the sections whose paragraphs are read
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ...model.diagnostics import Diagnostic
from ...model.document import Heading, Paragraph
from ...model.records import Record
from ...text.cnnumerals import cn_to_int
from ..base import KindContext

# Levels, outermost first; a marker of one level restarts every deeper one.  Markers are read with
# plain string tests on the text as written (full-width and ASCII alike): no regular expression to
# compile on every run, no normalised copy of each paragraph.
TOP, PAREN, ARABIC, ARABIC_PAREN, INLINE = range(5)
_CN_DIGITS = "一二三四五六七八九十"
_CN = frozenset(_CN_DIGITS)
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_OPEN = frozenset("(（")
_CLOSE = frozenset(")）")
_DOT = frozenset(".．")
_CITED = frozenset("项条款目")  # "（五）项" is a citation, not a point
# what may come right before an inline 一是 (the end of a sentence or clause, a closing bracket or quote)
_BEFORE_INLINE = frozenset("。；;：:，,！!？?）)]】*\"“”'‘’、")
_SPACES = " \t\u3000\u00a0"
_LEADING = "#>*" + _SPACES


class NumberingPart(Record):
    __slots__ = ("sections",)

    def __init__(self, sections: tuple[str, ...] | None) -> None:
        self.sections = sections  # None: every section


def compile_numbering(raw: dict | None) -> NumberingPart | None:
    """The pack's ``prose_numbering:`` (None: not checked)."""
    if not raw or not raw.get("enabled", True):
        return None
    sections = raw.get("sections")
    return NumberingPart(tuple(sections) if sections is not None else None)


class _Marker(Record):
    __slots__ = ("level", "number", "text", "block", "start", "end", "at")

    def __init__(self, level: int, number: int, text: str, block: Paragraph, start: int, end: int, at: int) -> None:
        self.level = level
        self.number = number
        self.text = text  # as written, normalised: "（三）" "3." "三是"
        self.block = block
        self.start = start  # in the block's original text
        self.end = end
        self.at = at  # in the normalised text: markers are taken in this order


def check_numbering(ctx: KindContext, part: NumberingPart) -> Iterator[Diagnostic | None]:
    """RL705/RL706 over the paragraphs (and headings) of the sections ``part`` names, in order."""
    starts = sorted((s.block_index, sid) for sid, s in ctx.section_of.items())
    keys = [s[0] for s in starts]
    last: dict[int, tuple[_Marker, int]] = {}  # level -> (its last marker, the place it holds in its list)
    # level -> the last marker that opened a paragraph, with its place: 四是's paragraph may hold a list of its own
    # (一是…二是…), and the next paragraph's 五是 goes on from 四是, not from that list
    opening: dict[int, tuple[_Marker, int]] = {}
    restarted: set[int] = set()  # levels whose list restarted at 一 inside the paragraph their opening marker opened
    current = None
    for index, block in enumerate(ctx.document.blocks):
        if not isinstance(block, Paragraph | Heading) or not block.text.strip():
            continue
        k = bisect.bisect_right(keys, index) - 1
        section = starts[k][1] if k >= 0 else None
        if section != current:
            last.clear()  # a new section: every list starts again
            opening.clear()
            restarted.clear()
            current = section
        if section is None or (part.sections is not None and section not in part.sections):
            continue
        para = block if isinstance(block, Paragraph) else Paragraph(block.location, block.text)
        lead = len(para.text) - len(para.text.lstrip(_LEADING))
        for marker in sorted(_markers(para, ctx.document.source), key=lambda m: m.at):
            for deeper in [lv for lv in last if lv > marker.level]:
                del last[deeper]  # a point of this level starts: the lists below it start again
                opening.pop(deeper, None)
                restarted.discard(deeper)
            prev = last.get(marker.level)
            outer = opening.get(marker.level) if marker.at == lead else None
            if outer is not None and prev is not None and prev[0].block is outer[0].block \
                    and (prev[1] < outer[1] or marker.level in restarted) and outer[1] < marker.number:
                # the paragraphs' own list goes on past the one restarted inside the paragraph before, however far that
                # one went (一是…五是 inside 四是's paragraph, then 五是)
                prev = outer
            if marker.at != lead and marker.number == 1 and marker.level in opening \
                    and opening[marker.level][0].block is para:
                restarted.add(marker.level)
            yield from _follow(ctx, prev, marker)
            place = marker.number
            if prev is not None and 1 < marker.number <= prev[1]:
                # the same number again takes the next place (一 二 二 四: one mistake, not two); an
                # earlier number out of order keeps the list where it was (一 三 二 四)
                place = prev[1] + 1 if marker.number == prev[0].number else prev[1]
            last[marker.level] = (marker, place)
            if marker.at == lead:
                opening[marker.level] = (marker, place)
                restarted.discard(marker.level)


def _markers(para: Paragraph, source: str | None) -> Iterator[_Marker]:
    """The paragraph's markers in order: one at the start of each of its source lines (a reader may
    join a line that ends without 。 to the next: "…行政诉讼0件" + "(三)政府信息管理情况。…"), and the
    inline 一是/二是."""
    text = para.text
    for at in _line_starts(para, source):
        while at < len(text) and text[at] in _LEADING:
            at += 1
        if _char_before(text, at) == "第":
            continue  # "第" + a line break + "（五）项": a citation wrapped by a PDF extraction
        found = _start_marker(text, at)
        if found is not None:
            level, number, end = found
            yield _Marker(level, number, text[at:end], para, at, end, at)
    i = text.find("是")
    while i >= 0:
        j = i
        while j > 0 and i - j < 3 and text[j - 1] in _CN:
            j -= 1
        before = _char_before(text, j)
        if j < i and (j == 0 or text[j - 1] not in _CN) and (not before or before in _BEFORE_INLINE):
            number = cn_to_int(text[j:i])
            if number is not None:
                yield _Marker(INLINE, number, text[j : i + 1], para, j, i + 1, j)
        i = text.find("是", i + 1)


def _char_before(text: str, i: int) -> str:
    """The character before ``text[i]``, past spaces ("" at the start)."""
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    return text[i - 1] if i > 0 else ""


def _start_marker(text: str, at: int) -> tuple[int, int, int] | None:
    """(level, number, end) of the point marker at ``text[at:]``: （一） or 一) (its opening bracket lost),
    一、, 1. or 1、 (also 2.2020年…, a point that starts with a year), （1）; None if there is none."""
    n = len(text)
    i = at + 1 if at < n and text[at] in _OPEN else at
    run = _run(text, i, _CN, 3)
    if run:
        number = cn_to_int(text[i : i + run])
        after = text[i + run] if i + run < n else ""
        if number is None:
            return None
        if after in _CLOSE and after and text[i + run + 1 : i + run + 2] not in _CITED:
            return PAREN, number, i + run + 1
        if after == "、" and i == at:
            return TOP, number, i + run + 1
        return None
    run = _run(text, i, _DIGITS, 2)
    if not run or (i + run < n and text[i + run] in _DIGITS):
        return None
    value = int(text[i : i + run].translate(_ASCII_DIGITS))
    after = text[i + run] if i + run < n else ""
    nxt = text[i + run + 1 : i + run + 6]
    if i > at:
        return (ARABIC_PAREN, value, i + run + 1) if after in _CLOSE and after else None
    if after == "、" or (after in _DOT and after):
        starts_year = len(nxt) == 5 and nxt[:2] in ("19", "20") and nxt[:4].isdigit() and nxt[4] == "年"
        if not (nxt[:1] and nxt[:1] in _DIGITS) or (after in _DOT and starts_year):
            return ARABIC, value, i + run + 1
    return None


def _run(text: str, i: int, chars: frozenset[str], most: int) -> int:
    """How many of ``chars`` start at ``text[i]`` (at most ``most``; 0 if there are more)."""
    j = i
    while j < len(text) and j - i <= most and text[j] in chars:
        j += 1
    return 0 if j - i > most else j - i


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _line_starts(para: Paragraph, source: str | None) -> list[int]:
    """Offsets in the paragraph where a line of the source begins: its start, and the first character
    after each line break the reader joined away."""
    out = [0]
    offsets = para.offsets
    if source is None or offsets is None or len(offsets) != len(para.text) or not offsets:
        return out
    q = source.find("\n", offsets[0], offsets[-1])
    while q >= 0:
        i = bisect.bisect_right(offsets, q)
        if 0 < i < len(offsets) and i != out[-1]:
            out.append(i)
        q = source.find("\n", q + 1, offsets[-1])
    return out


def _follow(ctx: KindContext, prev: tuple[_Marker, int] | None, this: _Marker) -> Iterator[Diagnostic | None]:
    """A finding when ``this`` does not follow ``prev`` (None: the first of its list).  The top level
    (一、二、) is the sections' numbering, which the sections kind checks."""
    if prev is None or this.level == TOP or this.number == 1 or this.number == prev[1] + 1:
        return
    if this.number == prev[0].number + 1 and prev[0].number < prev[1]:
        return  # after a repeated number the list goes on from it (（二）（二）（三）: one mistake, said once)
    loc = ctx.document.span_location(this.block, this.start, this.end)
    shown, before = _display(this), _display(prev[0])
    if this.number > prev[1] + 1:
        missing = ctx.msg("numbering_and").join(ctx.msg("numbering_missing", marker=_display(this, n))
                                      for n in range(prev[1] + 1, this.number))
        yield ctx.report("prose.numbering-gap", ctx.msg("numbering_gap", prev=before, this=shown, missing=missing), loc,
                         help=ctx.msg("numbering_gap_help"), key=(before, shown))
    else:
        yield ctx.report("prose.numbering-repeat", ctx.msg("numbering_repeat", prev=before, this=shown), loc,
                         help=ctx.msg("numbering_repeat_help"), key=(before, shown))


def _display(marker: _Marker, number: int | None = None) -> str:
    """The marker as the reader knows it (full-width brackets), with another number if given."""
    n = marker.number if number is None else number
    if marker.level == PAREN:
        return f"（{_cn(n)}）"
    if marker.level == INLINE:
        return f"{_cn(n)}是"
    if marker.level == ARABIC_PAREN:
        return f"（{n}）"
    if marker.level == ARABIC:
        sep = "、" if "、" in marker.text else "."
        return f"{n}{sep}"
    return f"{_cn(n)}、"


def _cn(n: int) -> str:
    """1–99 in Chinese numerals (一, 十, 十一, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens - 1] + "十")
    return head + (_CN_DIGITS[ones - 1] if ones else "") if n else "〇"
