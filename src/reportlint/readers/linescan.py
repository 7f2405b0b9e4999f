"""Two questions about a line of a plain-text report: is it a page number (``- 3 -``, ``—12—``,
``第 3 页``, ``第3页共12页`` — a page in words — or a bare ``7``), and does a run of numbers end it, and
where does the run start (``一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3``: a row of a table laid out
by spaces, not a heading).

Written with ``str`` methods (docs/architecture.md, Conventions), not the four patterns this replaced
(``^\\s*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(?:\\s*共\\s*\\d+\\s*页)?|\\d{1,3})\\s*$``).
``str.strip``/``str.isspace`` take the whitespace ``\\s`` took and ``str.isdecimal`` the digits ``\\d`` took
(Unicode's Nd, full-width ``１`` included), so the answers are the patterns' own:
``tests/data/text_scanners.jsonl`` (keys ``page``, ``trailing`` and ``heading_numbers``) holds them, written by the patterns.
"""

from __future__ import annotations

_DASHES = "-—–－"


def _digits(text: str, most: int | None) -> bool:
    """``\\s*\\d{1,most}\\s*`` (any count when ``most`` is None), the whole of ``text``."""
    text = text.strip()
    return text.isdecimal() and (most is None or len(text) <= most)


def is_page_words(line: str) -> bool:
    """``- 3 -`` or ``第 3 页``/``第3页共12页``, with whitespace around."""
    core = line.strip()
    if len(core) < 3:
        return False
    if core[0] in _DASHES and core[-1] in _DASHES:
        return _digits(core[1:-1], 4)
    if core[0] != "第" or core[-1] != "页":
        return False
    page, marker, total = core[1:-1].partition("页")
    if not marker:
        return _digits(page, 4)
    total = total.strip()
    return _digits(page, 4) and total[:1] == "共" and _digits(total[1:], None)


def page_in_words(line: str) -> int | None:
    """The number a page in words names (``- 4 -``: 4, ``第3页共12页``: 3), else None (a bare ``7`` is no page in
    words: a text may open with a count)."""
    if not is_page_words(line):
        return None
    core = line.strip()[1:-1]
    return int(core.partition("页")[0]) if line.strip()[0] == "第" else int(core)


def is_page_number(line: str) -> bool:
    """A page in words, or a line that is only 1–3 digits (``\\s*\\d{1,3}\\s*``)."""
    return is_bare_page_number(line) or is_page_words(line)


def is_bare_page_number(line: str) -> bool:
    """A line that is only 1–3 digits (``\\s*\\d{1,3}\\s*``): ``is_page_number`` for a line already
    known not to be a page in words."""
    return _digits(line, 3)


def _is_number(token: str, signs: tuple[str, ...]) -> bool:
    """``[signs]?\\d+(?:\\.\\d+)?``, the whole token."""
    if token[:1] in signs:
        token = token[1:]
    whole, dot, fraction = token.partition(".")
    return whole.isdecimal() and (not dot or fraction.isdecimal())


def _number_run(line: str, signs: tuple[str, ...]) -> tuple[int, str]:
    """How many whitespace-separated numbers end ``line``, and the text before them less its trailing
    whitespace.  Tokens are taken from the right by ``str.rsplit`` (C speed); a line whose last
    character is no digit, most prose, is answered at once."""
    head = line.rstrip()
    if not head[-1:].isdecimal():
        return 0, head
    count = 0
    while head:
        parts = head.rsplit(None, 1)
        if not _is_number(parts[-1], signs):
            break
        count += 1
        head = parts[0] if len(parts) == 2 else ""
    return count, head


def trailing_numbers_start(line: str) -> int | None:
    """Where the run of two or more numbers that ends ``line`` starts, where
    ``re.search(r"(?:(?<=\\s)|^)\\s*N(?:\\s+N)+\\s*$", line)`` started (N ``[-−+]?\\d+(?:\\.\\d+)?``):
    one past the first whitespace before the run's first number, or 0 when nothing but whitespace
    precedes it; None without such a run."""
    count, head = _number_run(line, ("-", "−", "+"))
    if count < 2:
        return None
    return len(head) + 1 if head else 0


def ends_in_numbers(line: str) -> bool:
    """``re.search(r"(?:\\s+[-−]?\\d+(?:\\.\\d+)?){2,}\\s*$", line)``: two or more numbers (no ``+``)
    end ``line``, each after whitespace — the first of two needs text or whitespace before it."""
    count, head = _number_run(line, ("-", "−"))
    return count >= 3 or (count == 2 and bool(head or line[:1].isspace()))
