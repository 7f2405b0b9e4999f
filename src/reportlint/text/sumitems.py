"""A total stated in one paragraph and its kinds listed in the next: ``1、主动公开政府信息的数量。…主动公开文件6条。`` then
``2、主动公开政府信息的类别。…包含信息公开指南1条、信息公开制度1条、机构概况1条、业务工作3条。`` (万盈镇 2024, r2092; 永泰's
office r1374 alike, its kinds after ``2.主动公开政府信息的主要类别。``).

Sums are read one paragraph at a time (text/sums), so such a list is no statement there.  It is read here against the
paragraph right before — only when the link is certain, since any paragraph may follow any other:

- the paragraph's lead (its words before the first count) announces a classification (类别, 类型, 分类) or a list
  (具体包括, 主要包括, 如下), with no count of its own, and every count after it in the list's unit is a part — the
  paragraph only lists kinds;
- the paragraph before holds exactly one count in that unit that is a count of the year (a running count of all years,
  ``历年累计…2009条``, or a change, ``同比增加…``, is none);
- a lead that names what it classifies (``主动公开政府信息的类别``) names words of the paragraph before; a lead that names
  nothing (``具体包括:``) follows a paragraph whose last sentence ends on that count;
- a lead naming a year names one the paragraph before names too (``2022年,全办主动公开政府信息:`` after ``2022年,全办主动
  公开政府信息123条``), and none before the report's (``去年公开的信息中``: last year's kinds, not this year's count's);
- the list does not run on past a semicolon after parts joined by 、 or ，(``…业务工作3条;依申请公开信息2条``): the
  semicolon may end it before a later fact, as text/sumextent reads it in one paragraph — not certain; unless it goes on
  in parts joined by ；alone to a catch-all ending its sentence (``sumextent.semicolons_to_other``).
- a lead of nothing but 其中 (``其中,政府公文类信息38条,…;其他信息3条。`` after ``…主动公开信息70条。``, 罗泾镇 r2347, the
  page breaking the line after the total) announces a list as 具体包括 does.

Kept apart from text/sums (whose statements are one paragraph's) so that each module stays one job."""

from __future__ import annotations

from .applicationwords import LAST_YEARS
from .cnparse import NumberMention
from .lazyregex import LazyRegex
from .marks import stretch_start
from .sumextent import semicolons_to_other
from .summarkers import CLASS_WORDS, CLAUSE_PUNCT, NAMED_LEAD_TAILS, OPEN_LIST, SENTENCE_END, SPACES
from .sumparts import read_parts
from .sumremarks import is_change
from .sums import SumStatement, ending_of

__all__ = ["item_breakdown"]

# words of a lead that announce a list with no class word: 具体包括: / 主要包括: / …情况如下:
_LIST_LEADS = ("具体包括", "主要包括", "具体包含", "主要包含", "如下", "其中")
_NUMBERING = "0123456789一二三四五六七八九十、.．)）(（ "


def item_breakdown(before: str, before_numbers: list[NumberMention], text: str,
                   numbers: list[NumberMention]) -> SumStatement | None:
    """The statement that the paragraph ``text`` lists the kinds of the one count of the paragraph ``before`` (see the
    module docstring); its total is that count (positions in ``before``), its parts and span in ``text``."""
    first = next((n for n in numbers if n.unit is not None and n.unit not in ("年", "月", "日")
                  and not _numbering(text, n)), None)
    if first is None or first.unit is None:
        return None
    unit = first.unit
    pos = stretch_start(text, CLAUSE_PUNCT, first.start)
    lead = text[:pos]
    subject = _announced(lead)
    if subject is None:
        return None
    total = _one_count(before, before_numbers, unit)
    if total is None or (subject and subject not in before) or (not subject and not _ends_on(before, total)) \
            or not _same_year(lead, before):
        return None
    k = numbers.index(first)
    parts, labels, cut = read_parts(text, pos, numbers, k, unit)
    if len(parts) < 2 or (cut is not None and not semicolons_to_other(text, total, parts, labels, cut)) \
            or any(n.unit == unit and n not in parts for n in numbers[k:]):
        return None  # a paragraph that says more than its kinds (another count in the unit) is no list of them
    ending = ending_of(text, parts[-1], labels[-1], labels[:-1])
    if any(w in lead for w in OPEN_LIST) and ending != "other":
        ending = "etc"
    return SumStatement(total, parts, text[parts[0].start:parts[-1].end], parts[0].start, parts[-1].end, labels,
                        ending=ending, carried=True)


def _numbering(text: str, number: NumberMention) -> bool:
    """The item's own number opening the paragraph (``2、``, ``(二)``): no count."""
    return not text[:number.start].strip(_NUMBERING)


def _announced(lead: str) -> str | None:
    """What a lead announcing a list of kinds names (``主动公开政府信息的类别。…中,包含`` → ``主动公开政府信息``; ``具体包括:``
    → ""), or None when the lead announces none or holds a count of its own (a digit past its item number)."""
    words = lead.lstrip(_NUMBERING)
    if _has_count(words):
        return None
    for word in CLASS_WORDS:
        at = words.find(word)
        if at >= 0:
            subject = words[:at]
            for tail in NAMED_LEAD_TAILS:
                if subject.endswith(tail):
                    subject = subject[: -len(tail)]
                    break
            subject = subject.strip(SPACES + "".join(CLAUSE_PUNCT))
            return subject if len(subject) >= 2 and not any(ch in CLAUSE_PUNCT for ch in subject) else ""
    return "" if any(w in words for w in _LIST_LEADS) else None


def _same_year(lead: str, before: str) -> bool:
    """The lead names no year before the report's (上年, 去年…) and no year the paragraph before does not name."""
    return not any(w in lead for w in LAST_YEARS) and all(year in before for year in _YEAR.findall(lead))


_YEAR = LazyRegex(r"\d{4}年")


def _has_count(words: str) -> bool:
    """A digit in the lead that is not a year (``2022年,``) — a count of the paragraph's own."""
    i = 0
    while i < len(words):
        if words[i].isdigit():
            j = i
            while j < len(words) and words[j].isdigit():
                j += 1
            if words[j:j + 1] != "年":
                return True
            i = j
        i += 1
    return False


def _one_count(text: str, numbers: list[NumberMention], unit: str) -> NumberMention | None:
    """The paragraph's one count of the year in ``unit`` (running counts of all years and changes left out)."""
    counts = []
    for n in numbers:
        if n.unit != unit:
            continue
        clause = text[stretch_start(text, CLAUSE_PUNCT, n.start):n.start]
        if is_change(clause) or "历年" in clause:
            continue
        counts.append(n)
    return counts[0] if len(counts) == 1 else None


def _ends_on(text: str, count: NumberMention) -> bool:
    """The paragraph's last sentence ends on ``count``."""
    return not text[count.end:].strip(SPACES + "".join(SENTENCE_END))
