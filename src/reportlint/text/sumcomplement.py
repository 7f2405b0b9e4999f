"""A list's last part named as the complement of an earlier one: 非 and the kind an earlier part's name opens on
(``政府信息共7585条,其中公文类政府信息1838条,非公文信息5747条``; ``共计21条(公文类政府信息2条,非公文类政府信息19条)``).
What is not of that kind is all the rest of the total, so the part closes the list as a catch-all (其他信息) does: the
parts say they are the whole, and one short of the total is as wrong as one over it.

Kept apart from text/sums, whose ``ending_of`` reads the last part's own words; this one reads the names before it too.
Only a name that opens on 非 counts, its kind the two characters after it, and an earlier name must open on that kind:
``…咨询2件,非政府信息1件`` (no part named 政府…) and ``…部分公开4件,非本部门掌握3件`` close nothing."""

from __future__ import annotations

from collections.abc import Sequence

from .summarkers import MARKERS, SPACES

__all__ = ["names_the_rest"]

_NOT = "非"
_KIND = 2  # characters of the kind after 非 that an earlier part's name opens on (公文)
_LEADING = SPACES + ",，、;；:：(（"


def names_the_rest(label: str, number_text: str, earlier: Sequence[str]) -> bool:
    """``label`` (its count ``number_text`` in it) names 非 + the kind an ``earlier`` part's name opens on."""
    name = _name(label, number_text)
    if not name.startswith(_NOT):
        return False
    kind = name[len(_NOT) : len(_NOT) + _KIND]
    if len(kind) < _KIND or not all("\u4e00" <= ch <= "\u9fff" for ch in kind):
        return False
    return any(_name(other, "").startswith(kind) for other in earlier)


def _name(label: str, number_text: str) -> str:
    """The words of a part's label before its count, without the marker or marks that may open it."""
    name = label.split(number_text, 1)[0] if number_text else label
    name = name.lstrip(_LEADING)
    for marker in MARKERS:
        if name.startswith(marker):
            name = name[len(marker) :].lstrip(_LEADING)
            break
    return name
