"""What a report's text says it carried in from last year and out to next year: ``上年结转政府信息公开申请3件``,
``办结274件(含上年结转3件)``, ``结转下年度继续办理2件``, ``另有2件结转至2024年办理``, ``无上年结转``.

The cross-year rule compares table 三's 结转下年度 of one year with 上年结转 of the next (``checks/crossyear/``), but
many published pages stop before table 三 (a crawled excerpt) or its cell is blank, and the 一、总体情况 section states
the same figures in a sentence.  This module reads them, for the cross-year facts of a file where its table does not
say them; the table wins where it is read.  A number is named by the clause before it or, after a connective alone
(另有, 剩余…), by the words after it — as RL707 reads them (``text/applicationroles.py``):

- carried in: 上年(度)结转 / 结转上年 / 2023年结转… N件 (the year before the report's), also in a bracket after a count of
  all the applications (``办结274件(含上年结转3件)``), not after a part (``予以公开76件(含上年结转5件)``) or appeals;
- carried out: 结转下年(度) / 转入下一年度 / 结转至2025年… N件 (the year after), also with the number first
  (``16件结转至2025年继续办理``);
- none: 无上年结转, 上年度无结转 (in); 无结转下年度, 没有转入下一年度, 无结转2024年 (out, the year after) — not 全部办结,
  which may speak of the new applications only.

A figure is kept only when the text says one value of it: a report that states two (another year's in a comparison, a
part and its whole) says nothing sure, and a count in another unit, an approximate one (3件余), one of consultations or
petitions (信访事项结转下年度1件), or one in a sentence of another year (one that opens on a
year not the report's, or names one further than a year away: a comparison), is none.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model.document import Document, Heading, Location, Paragraph
from ..model.records import FrozenRecord, set_field
from ..text.applicationroles import CLAUSE_STARTS, clause_role, names_other_subject, role_after
from ..text.cnparse import find_numbers
from ..text.lazyregex import LazyRegex
from ..text.mapped import normalize_mapped, original_span
from ..text.sentences import sentences

CARRIED_IN, CARRIED_OUT = "carried_in", "carried_out"
ROLES = (CARRIED_IN, CARRIED_OUT)
_HINTS = ("结转", "转入", "转至", "顺延", "遗留", "未办结")  # a paragraph without one states no carry-over
_CONNECTIVE = LazyRegex(r",?(?:其中|另有|另|还有|尚有|剩余|余下)?,?")
_NEXT = r"(?:下一?年度?|次年|明年)"
_NONE = {
    CARRIED_IN: LazyRegex(r"(?:无|没有)(?:上一?年度?|往年)(?:结转|遗留)|(?:上一?年度?|往年)(?:无|没有)(?:结转|遗留)"),
    CARRIED_OUT: LazyRegex(rf"(?:无|没有)(?:结转|转入?)(?:至|到)?(?:{_NEXT}|(?P<year>20\d\d)年)"),
}
_YEAR = LazyRegex(r"(20\d\d)年")
_OPENING_YEAR = LazyRegex(r"\s*(?:在|于|截至)?(20\d\d)年")  # 2023年,全区收到…: the sentence is of that year
_QUOTE = 40  # characters of its sentence quoted either side of the figure


class Carried(FrozenRecord):
    """One figure the text states: its role (carried in or out), value, where, and the words quoted around it."""

    __slots__ = ("role", "value", "location", "quote")

    def __init__(self, role: str, value: Decimal, location: Location, quote: str) -> None:
        set_field(self, "role", role)
        set_field(self, "value", value)
        set_field(self, "location", location)
        set_field(self, "quote", quote)


def read_carried(doc: Document, year: int | None) -> dict[str, Carried]:
    """The carried-in and carried-out figures the text of ``doc`` (a report of ``year``) states, by role: the first
    statement of each, when every statement of it says the same value."""
    found: dict[str, list[Carried]] = {}
    for block in doc.blocks:
        if isinstance(block, Heading):  # a crawled page on one line that starts with a numbered title
            block = Paragraph(block.location, block.text)
        if not isinstance(block, Paragraph) or not any(hint in block.text for hint in _HINTS):
            continue
        for carried in _read_paragraph(doc, block, year):
            found.setdefault(carried.role, []).append(carried)
    return {role: said[0] for role, said in found.items() if len({c.value for c in said}) == 1}


def _read_paragraph(doc: Document, block: Paragraph, year: int | None) -> Iterator[Carried]:
    norm, idx = normalize_mapped(block.text)
    numbers = find_numbers(norm)
    for start, end in sentences(norm):
        sentence = norm[start:end]
        if _other_year(sentence, year) or (names_other_subject(sentence) and "申请" not in sentence):
            continue
        previous = start  # a clause starts after the number before it
        for number in (n for n in numbers if start <= n.start < end):
            cut = max(norm.rfind(ch, max(start, previous), number.start) for ch in CLAUSE_STARTS)
            clause = norm[max(cut + 1, start, previous):number.start]
            previous = number.end
            role = clause_role(clause, year)
            if role is None and _CONNECTIVE.fullmatch(clause):
                role = role_after(norm, number.end, end, year)
            if role not in ROLES or number.unit != "件" or number.approximate or names_other_subject(clause):
                continue
            if clause.startswith("含") and not _of_all(norm[max(start, *(norm.rfind(ch, start, cut) for ch in ",;")):cut],
                                                         year):
                continue
            yield _carried(doc, block, idx, (start, end), role, number.value, number.start, number.end)
        for role, none in _NONE.items():
            for m in none.finditer(sentence):
                if m.groupdict().get("year") and (year is None or int(m.group("year")) != year + 1):
                    continue  # 无结转2023年… in a 2023 report: no carry-out of its own
                yield _carried(doc, block, idx, (start, end), role, Decimal(0), start + m.start(), start + m.end())


def _of_all(host: str, year: int | None) -> bool:
    """The count a bracket (含上年结转3件) belongs to counts all the year's applications — received, closed or handled
    (``办结274件(含上年结转3件)``) — not a part of them (``予以公开76件(含上年结转5件)``: the carried in that were granted)
    nor appeals (``被申请行政复议9件(含上一年度结转1件)``)."""
    return not names_other_subject(host) and clause_role(host, year) in ("new", "closed", "total")


def _carried(doc: Document, block: Paragraph, idx: list[int], sentence: tuple[int, int], role: str, value: Decimal, at: int,
             end: int) -> Carried:
    """The figure at ``norm[at:end]``, quoted as its sentence says it (cut to ``_QUOTE`` characters either side)."""
    span = original_span(idx, at, end)
    first, last = original_span(idx, sentence[0], min(sentence[1] + 1, len(idx)))
    text = block.text
    left, right = max(first, span[0] - _QUOTE), min(last, span[1] + _QUOTE)
    quote = ("…" if left > first else "") + text[left:right].strip() + ("…" if right < last else "")
    return Carried(role, value, doc.span_location(block, *span), quote)


def _other_year(sentence: str, year: int | None) -> bool:
    """The sentence is of another year than the report's: it opens on one (``2023年,全区收到…结转下年度7件`` in a 2024
    report: last year's figures, compared) or names one further than a year away."""
    if year is None:
        return False
    opening = _OPENING_YEAR.match(sentence)
    return (opening is not None and int(opening.group(1)) != year) or any(abs(int(y) - year) > 1
                                                                          for y in _YEAR.findall(sentence))
