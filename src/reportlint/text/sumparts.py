"""The parts of a sum statement after its marker (其中, 包括, a bracket…): one per clause, read to the list's end.

Each part is the first number in the total's unit of one clause; a clause without one ends the list (a new topic),
except a clause whose count of published items is in a kindred unit (text/kindred), a remark on the part before
(``…85条，占20.6%，…``, ``…50条，同比增加10条，…``: text/sumremarks), skipped, and a clause opened by 以及 without a
number (``…2期，以及部门动态，旗县动态等其他信息2027条``): the last part, its names listed over commas, read on to its number.
A nested list (其中/内有… after a part) breaks the part before down and is skipped to the next semicolon, where the
outer list goes on — past its own semicolons when only that reading adds up to the part.  A list started with 、 or ，
is read on past one semicolon; where it was (``cut``) is returned so that text/sumextent decides which reading holds.
Which statements there are, and their totals, is text/sums' business; this module only reads a list."""

from __future__ import annotations

from itertools import pairwise

from .cnparse import NumberMention
from .kindred import kindred_parts
from .lazyregex import LazyRegex
from .normalize import exact_sum
from .sumchannels import outer_channel_goes_on
from .sumdropped import unit_dropped_part
from .summarkers import CLAUSE_PUNCT as _CLAUSE_PUNCT
from .summarkers import CLAUSE_SEPARATORS as _CLAUSE_SEPARATORS
from .summarkers import CLOSE as _CLOSE
from .summarkers import LIST_OPENERS as _LIST_OPENERS
from .summarkers import NEW_TOPIC as _NEW_TOPIC
from .summarkers import NOT_TOTAL_AFTER_GONG as _NOT_TOTAL_AFTER_GONG
from .summarkers import OPEN as _OPEN
from .summarkers import RESULTS as _RESULTS
from .summarkers import SEMICOLONS as _SEMICOLONS
from .summarkers import SENTENCE_END as _SENTENCE_END
from .sumremarks import is_change, is_remark

__all__ = ["read_parts"]

# A clause opened by 以及 is the list's last part, its names possibly listed over commas before its number.
_LAST_PART = ("以及", "及其他", "及其它")
_LAST_PART_SPAN = 40
# A quote right after a part's count opens the next part's name, as a comma would (``其中新闻发布会1条“政策解读数”28条,
# “重点领域”156条``: the page dropped the comma; normalised, the quote is ASCII)
_QUOTE = '"'
_EXCEPT, _EXCEPT_CLOSE = "除", "外"


def read_parts(text: str, pos: int, numbers: list[NumberMention], k: int,
               unit: str, glued: bool = False) -> tuple[list[NumberMention], list[str], int | None]:
    """The parts after a marker ending at ``pos``: one per clause, the first number in ``unit`` of each
    (``glued``: every number of a clause that runs two parts together, see ``_glued``).

    A list not started with semicolons is read on past one (and past a nested list up to one); the
    third value is then how many parts came before it (``extent`` decides which reading holds)."""
    parts: list[NumberMention] = []
    labels: list[str] = []
    n = len(text)
    depth = 0
    clause_start = pos
    clause: list[NumberMention] = []
    semicolons = False  # parts may be separated by ；: only when the list starts that way
    cut: int | None = None  # parts before the first semicolon of a list started with 、 or ，
    i = pos
    while True:
        while k < len(numbers) and numbers[k].start < i:
            k += 1
        if i < n and k < len(numbers) and numbers[k].start == i:
            if depth == 0:
                clause.append(numbers[k])
            i = numbers[k].end
            k += 1
            continue
        ch = text[i] if i < n else ""
        ends_clause = (not ch or ch in _SENTENCE_END
                       or (depth == 0 and (ch in _CLAUSE_SEPARATORS or ch in _SEMICOLONS)) or (ch in _CLOSE and depth == 0)
                       or (ch == _QUOTE and depth == 0 and bool(clause) and clause[-1].end == i and clause[-1].unit == unit))
        if ends_clause:
            same = [x for x in clause if x.unit == unit] or kindred_parts(clause, unit, parts)
            if not same and depth == 0:
                same = unit_dropped_part(text, clause, i, unit)
            if not same and parts and depth == 0 and ch in _CLAUSE_SEPARATORS and _except_open(labels[-1]):
                # "除2件因申请内容不明确,经补正后仍不明确外,其余14件": the 除 part runs on to its 外, no new topic
                labels[-1] = f"{labels[-1]}{text[clause_start - 1]}{text[clause_start:i]}"
                clause, clause_start = [], i + 1
                i += 1
                continue
            if not same and ch == "、" and depth == 0:
                i += 1  # "新华社、新甘肃、…等媒体上发布信息80条": names listed inside one part
                continue
            label = text[clause_start:i].strip(" \t\u3000，,、；;：:")
            if not same and parts and depth == 0 and ch in _CLAUSE_SEPARATORS and label.startswith(_LAST_PART) \
                    and i - clause_start <= _LAST_PART_SPAN:
                i += 1  # "…2期,以及部门动态,旗县动态等其他信息2027条": 以及 opens the last part, named over clauses
                continue
            if not clause and depth == 0 and ch in _CLAUSE_SEPARATORS and (semicolons or not parts) \
                    and not label.startswith(_LIST_OPENERS + _NEW_TOPIC) and _count_closes_part(text, i, numbers, k, unit, parts):
                i += 1  # "其中:围绕…等会议,发布16条;建议提案办理2条;…": the part's name, then its count after a comma
                continue
            if parts and is_remark(label, labels[-1]):
                # "…85条，占20.6%，…" or "…50条，同比增加10条，…": a remark on the part before, not a part
                if not ch or ch in _SENTENCE_END or ch in _CLOSE:
                    break
                clause, clause_start = [], i + 1
                i += 1
                continue
            if same and parts and label.startswith(_LIST_OPENERS):
                # a nested list breaks the part before down: the outer list goes on after it
                resume = _skip_nested(text, _nested_end(text, clause_start, numbers, unit, parts[-1]) or clause_start)
                if resume is None:
                    break
                if not semicolons and cut is None and not outer_channel_goes_on(
                        labels[0], text[clause_start:resume], text[resume:]):
                    cut = len(parts)
                semicolons = True
                clause, clause_start, i = [], resume, resume
                continue
            if not same or (parts and (label.startswith(_LIST_OPENERS + _NEW_TOPIC) or _RESULTS in label)):
                break  # a clause without a number in the unit, 另/此外, 办理结果为: a new topic or list
            if parts and same[0].unit != unit and _own_total(label):
                break  # "…三公经费5条、全年共接到网友咨询投诉5件": a total of its own in another unit is a new count
            for part in _glued(text, same) if glued else same[:1]:
                parts.append(part)
                labels.append(label)
            clause = []
            clause_start = i + 1
            if ch in _SEMICOLONS:
                if len(parts) == 1:
                    semicolons = True
                elif not semicolons:
                    cut = len(parts)
                    semicolons = True
            if not ch or ch in _SENTENCE_END or ch in _CLOSE:
                break
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        i += 1
    return parts, labels, cut


def _glued(text: str, same: list[NumberMention]) -> list[NumberMention]:
    """The numbers of a clause that each follow the previous one's unit and a name of two characters
    or more, with no punctuation (``5326条互动交流专栏信息91条``); the first number alone otherwise."""
    out = same[:1]
    for prev, cur in pairwise(same):
        gap = text[prev.end : cur.start]
        if len(gap) < 2 or any(ch in _CLAUSE_PUNCT or ch in _OPEN or ch in _CLOSE for ch in gap) \
                or gap.startswith(("中", "内", "含", "占", "其")) or is_change(gap):
            break
        out.append(cur)
    return out


def _count_closes_part(text: str, i: int, numbers: list[NumberMention], k: int, unit: str,
                       parts: list[NumberMention]) -> bool:
    """The clause ending at ``i`` names a part whose count follows after a comma, in the part's own clause of a list
    joined by semicolons (``其中:围绕优化营商环境、…等会议,发布16条;建议提案办理2条;…``): the stretch from ``i`` to the
    next semicolon holds one number, in ``unit``, and no bracket — and ends at that semicolon (at the sentence's end too
    once the list is under way, its last part).  A clause without a number followed by anything else is a new topic."""
    j = i + 1
    while j < len(text) and text[j] not in _SEMICOLONS and text[j] not in _SENTENCE_END:
        if text[j] in _OPEN or text[j] in _CLOSE:
            return False
        j += 1
    if j == len(text) or (text[j] in _SENTENCE_END and not parts):
        return False
    inside = [x for x in numbers[k:] if i < x.start < j]
    return len(inside) == 1 and inside[0].unit == unit


def _skip_nested(text: str, i: int) -> int | None:
    """After a nested list at ``i`` (``…11条,其中镇街动态3条、…;``): where the outer list goes on (after the
    next semicolon outside brackets), or None when its sentence ends first."""
    depth = 0
    for j in range(i, len(text)):
        ch = text[j]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return None
            depth -= 1
        elif depth == 0 and ch in _SEMICOLONS:
            return j + 1
        elif ch in _SENTENCE_END:
            return None
    return None


def _nested_end(text: str, clause_start: int, numbers: list[NumberMention], unit: str,
                broken_down: NumberMention) -> int | None:
    """Where a nested list opened at ``clause_start`` ends when its parts add up to the part it breaks down — read
    on past its semicolons if need be (``…网站…51条,其中机构职能类信息2条,占3.9%;政策法规类信息3条,占5.9%;…其他类信息29条,
    占56.9%。``: 2+3+3+14+29 = 51, the semicolons are its own); None when no reading of it does (the outer list then
    goes on after the next semicolon, ``_skip_nested``)."""
    label_start = clause_start + len(text[clause_start:]) - len(text[clause_start:].lstrip(" \t\u3000，,、；;：:"))
    opener = max((o for o in _LIST_OPENERS if text.startswith(o, label_start)), key=len)
    nested, _, cut = read_parts(text, label_start + len(opener), numbers, 0, unit)
    for reading in (nested[:cut], nested) if cut else (nested,):
        if len(reading) >= 2 and exact_sum(p.value for p in reading) == broken_down.value:
            return reading[-1].end
    return None



def _except_open(label: str) -> bool:
    """A part set apart by 除 whose 除…外 has not closed yet (summarkers._except_markers opened it)."""
    return label.startswith(_EXCEPT) and not label.rstrip(" \t\u3000").endswith(_EXCEPT_CLOSE)


def _own_total(label: str) -> bool:
    """The clause states a total of its own: 共 before its count opens the clause, alone or after the clause's own time
    (``全年共接到网友咨询投诉5件``, ``共接到…``; not 公共, 共同, 共享…).  共 after a name is that part's own count, still a
    part of the list (``…音频解读1份、会议图解共32期、会议视频解读15期``)."""
    at = label.find("共")
    while at >= 0:
        if _OWN_TIME.fullmatch(label[:at]) and label[at + 1:at + 2] not in _NOT_TOTAL_AFTER_GONG:
            return True
        at = label.find("共", at + 1)
    return False



# what may stand before the 共 of a clause's own total: nothing, or the clause's own time (全年, 本年度, 2023年, 年内)
_OWN_TIME = LazyRegex(r"(?:(?:全|本|今|当|(?:19|20)\d{2})年度?(?:内|以来)?|年内)?")
