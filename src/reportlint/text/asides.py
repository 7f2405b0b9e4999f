"""Lines a page prints inside or right after a table that are no row of it: a contact line (``联系电话 0591 8765432``,
``邮编 350001``, ``地址：…``), a note (``注：…``, ``说明：…``, ``备注``), the table's unit (``单位：件``, ``（单位：万元）``),
its source (``数据来源：…``), a date line (``2024年1月15日``, ``2024-01-15``) or a site's footer (``网站标识码 …``,
``…公网安备…号``).

Why: a reader of plain text splits a line ending in numbers into a label and its values (``readers/textlines``), so
``联系电话 0591 8765432`` was a row of two values in 二's table of one (RL309, and RL304 over its lost cells), and a note
or a unit line between a table's rows cut the table in two (RL302, RL308).  What the line is, is told by what opens it:
none of the forms' row labels opens with these words (the labels are kinds of documents, of decisions, of applicants
and of outcomes), and each word must be followed by a mark, a space or a digit, then by what it says (``注：…``, not ``注册``;
``单位：件``, not ``单位名称``, a page's metadata; a word alone, ``备注`` or ``联系电话``, may head a column and is kept — the
readers of a row ask its fields joined, ``联系电话 0591 8765432``).  A line of only a date is no row either: a row has a label.  A
bare page number (``3``) is not told here — a line of one number is a value in a table written a cell per line.
Written with ``str`` methods (docs/architecture.md, Conventions): the readers ask every line of a text.
"""

from __future__ import annotations

from .cndates import find_dates

__all__ = ["is_aside", "may_be_aside"]

# What opens an aside line, longest first where one opens another (联系电话 before 电话).
_HEADS = (
    "联系电话", "咨询电话", "服务电话", "监督电话", "投诉电话", "举报电话", "办公电话", "值班电话", "受理电话",
    "电话", "传真", "手机", "热线", "联系人", "邮政编码", "邮编", "联系地址", "通讯地址", "办公地址", "地址",
    "电子邮箱", "邮箱", "备注", "附注", "注", "说明", "计量单位", "单位", "数据来源", "资料来源", "网站标识码",
    "主办单位", "承办单位", "技术支持",
)
_FIRST = frozenset(h[0] for h in _HEADS)
# what may follow the word: a colon, a space, an opening bracket (注(1), 电话(传真)) or a digit
_AFTER = frozenset(":：  \u3000\t(（")
_MARKS = ":：  \u3000\t"
_OPEN = "(（[【"
# what may stand before an aside's first word in a line: whitespace, an opening bracket, a row's pipes and tabs
_LEAD = " \t|\u3000" + _OPEN


def is_aside(text: str) -> bool:
    """``text`` (a line, or a row's fields joined by spaces) is an aside of the page, not a row of a table: it opens
    with a contact, note, unit, source or footer word followed by a mark, a space or a digit and then by more; it is a
    footer's registration (``…公网安备…号``); or it is only a date."""
    body = text.strip().lstrip(_OPEN).lstrip()
    if not body:
        return False
    if body[0] in _FIRST:
        for head in _HEADS:
            if body.startswith(head):
                rest = body[len(head):]
                return bool(rest.strip(_MARKS)) and (rest[0] in _AFTER or rest[0].isdecimal())
    if "公网安备" in body or "ICP备" in body or "ICP证" in body:  # a footer's registration (no generator: every line)
        return True
    return body[:4].isdecimal() and _only_a_date(body)  # a date alone opens on its four-digit year


def may_be_aside(text: str) -> bool:
    """A screen for ``is_aside``: False only where it says no, of ``text`` and of ``text`` with its pipes and tabs as
    spaces (a row's fields joined), so a reader asks it before joining a row's fields.  Exact: a yes of ``is_aside`` has
    a footer's 备 or ICP in the text, or its first character outside whitespace and brackets is a head word's first
    character or a digit — ``lstrip`` here stops at that character, or earlier at other whitespace (then: maybe)."""
    lead = text.lstrip(_LEAD)
    if not lead:
        return False
    first = lead[0]
    return first in _FIRST or first.isdecimal() or first.isspace() or "备" in text or "ICP" in text


def _only_a_date(body: str) -> bool:
    """The text is one full date and nothing else (``2024年1月15日``, ``2024-01-15``, ``2024.1.15``)."""
    if not (body[-1] in "日号" or body[-1].isdecimal()):
        return False  # it does not end on a day (2023年,本机关…。): find_dates not asked
    dates = find_dates(body)
    return len(dates) == 1 and dates[0].day is not None and dates[0].start == 0 and not body[dates[0].end:].strip()
