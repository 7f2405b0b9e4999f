"""The lines of a plain-text report as table material: page numbers and separators, a line split into
the fields of a row (tabs, ``|``, runs of spaces), and each line's kind — what ``texttables`` and
``cellstream`` decide tables from.
"""

from __future__ import annotations

import re

from ..text.asides import is_aside, may_be_aside
from ..text.lazyregex import LazyRegex
from .linescan import is_bare_page_number, is_page_words, trailing_numbers_start
from .rowgrid import GridRow, ShortRow, is_value

_SEPARATOR = LazyRegex(r"^[\s\t]*-{3,}[-\s\t]*$")  # compiled for a line holding --- only
_UNESCAPED_PIPE = LazyRegex(r"(?<!\\)\|")
# Labels written side by side with spaces: split before a numbering ("三、… （一）…") or at a wide gap.
_LABEL_GAP = LazyRegex(r"\s{2,}|\u3000+|\s+(?=[（(][一二三四五六七八九十\d]{1,3}[）)]"
                        r"|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))")
_SENTENCE_END = ("。", "！", "？", "；", "：", ":", "!", "?", ";")
MAX_CELL_CHARS = 60  # a cell of the forms is at most ~40 characters; longer lines are prose
MAX_TABLE_LINES = 20000
MAX_PROSE_CELL = 2 * MAX_CELL_CHARS  # longer than any cell of the forms or a title
INLINE_SECTION = LazyRegex(r"\s[一二三四五六七八九十]{1,3}、\S{2,30}情况\s")  # "… 二、主动公开政府信息情况 …"

# Line kinds (CONT: a cell of the row above, that row's cells broken over lines — ``broken_rows``)
EMPTY, SPACE, SEP, PIPES, MULTI, CELL, PAGE, NUM, SHORT, PROSE, TABROW, PIPE1, SPACEROW, CONT = range(14)


def is_separator(line: str) -> bool:
    """A line of three or more hyphens (and whitespace): a Markdown-style rule or a table's border.  The
    pattern only on a line holding the ``---`` every match holds: most lines have none."""
    return "---" in line and _SEPARATOR.match(line) is not None


class Found:
    """A table of the text: its first and last line (0-based, inclusive) and its grid rows."""

    __slots__ = ("first", "grid", "last", "short")

    def __init__(self, first: int, last: int, grid: list[GridRow], short: list[ShortRow]) -> None:
        self.first = first
        self.last = last
        self.grid = grid
        self.short = short


def split_row(line: str) -> list[tuple[int, str]] | None:
    """Cells of a table row with their start offsets in the line, or None for a text line.

    A tab separates cells only after the line's first text (a tab-indented heading is not a
    row); ``|`` separates cells in lines with two or more of them, escaped ``\\|`` excepted."""
    body = line.lstrip("\t ")
    if "\t" in body and body.strip():
        return _cells(line.split("\t"), 0)
    if line.count("|") >= 2:
        body, base = line.rstrip(), 0
        if body.lstrip().startswith("|") and body.endswith("|"):
            base = body.index("|") + 1
            body = body[base:-1]
        if "\\" in body:  # "\|" is a pipe in the cell text, not a separator
            cells = [(pos, text.replace("\\|", "|")) for pos, text in _cells(_UNESCAPED_PIPE.split(body), base)]
        else:
            cells = _cells(body.split("|"), base)
        if len(cells) >= 2:
            return cells
    return None


def _cells(parts: list[str], pos: int) -> list[tuple[int, str]]:
    """Each part's stripped text and the offset where that text starts, for parts that were
    joined by a one-character separator starting at offset ``pos``."""
    cells = []
    for part in parts:
        size = len(part)
        text = part.lstrip()  # then its end: one pass over each side, not lstrip and then strip
        cells.append((pos + size - len(text), text.rstrip()))
        pos += size + 1
    return cells


def row_fields(line: str) -> list[tuple[int, str]] | None:
    """A row line's fields: ``split_row`` of the line without its trailing filler pipes, a
    ``X |`` line as one field, a line ending in two or more numbers split on spaces; None for a
    line that is not a row."""
    if "|" in line and "\t" not in line.lstrip("\t "):
        filler = filler_start(line)
        if filler is not None and line[:filler].strip():
            line = line[:filler]
            if not line.rstrip().endswith("|"):
                line += " |"
        cells = split_row(line)
        body = line.strip()
        if cells is None and body.endswith("|"):
            text = body[1:-1] if body.startswith("|") and len(body) > 1 else body[:-1]
            if "|" not in text and text.strip():
                start = line.index(text) if text else 0
                return [(start + len(text) - len(text.lstrip()), text.strip())]
        if cells and not cells[-1][1] and body.endswith("|") and not body.startswith("|"):
            cells.pop()  # "a | b |": the last pipe ends the row, it does not open a cell
        return cells
    cells = split_row(line)
    if cells is None and "|" not in line:
        return space_fields(line)
    return cells


def space_fields(line: str) -> list[tuple[int, str]] | None:
    """``一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3``: the numbers at the end, each a field, and the
    labels before them, split where a numbering starts or at a wide gap."""
    start = trailing_numbers_start(line)
    if start is None:
        return None
    fields: list[tuple[int, str]] = []
    label = line[:start]
    pos = 0
    for gap in [*_LABEL_GAP.finditer(label), None]:
        end = gap.start() if gap is not None else len(label)
        part = label[pos:end]
        if part.strip():
            fields.append((pos + len(part) - len(part.lstrip()), part.strip()))
        if gap is not None:
            pos = gap.end()
    for num in re.finditer(r"\S+", line[start:]):
        fields.append((start + num.start(), num.group()))
    return fields


def one_value_fields(line: str) -> list[tuple[int, str]] | None:
    """``行政事业性收费 96171.6``: the label's fields (``gap_fields``) and the value after the line's last space; None
    when the line does not end in a value after a label written in Chinese (``第二十条 第（八）项``, ``总计商 业 企``, a
    lone ``12``, a flipbook's page marker ``P. 9``: the forms' row labels are Chinese)."""
    body = line.rstrip()
    parts = body.rsplit(None, 1)
    if len(parts) != 2 or not is_value(parts[1]) or not any("\u3400" <= ch <= "\u9fff" for ch in parts[0]):
        return None
    return [*gap_fields(parts[0]), (len(body) - len(parts[1]), parts[1])]


def gap_fields(line: str) -> list[tuple[int, str]]:
    """A line's fields where two or more spaces (or an ideographic space) separate them."""
    fields = []
    for m in re.finditer(r"\S+(?:[ \t]\S+)*", line.replace("\u3000", "  ")):
        fields.append((m.start(), m.group()))
    return fields


Fields = list[tuple[int, str]]


def filler_start(line: str) -> int | None:
    """Where the run of two or more pipes that ends ``line`` (``| ||``: pipes filling a row's merged
    positions), with the whitespace around it, starts; None when no such run ends it.

    What ``re.search(r"\\s*\\|{2,}\\s*$", line).start()`` gave, by ``str`` methods: a search tries the pattern at
    every position of every line with a pipe (benchmarks/RESULTS.md, inproc9).
    ``str.rstrip()`` strips the whitespace ``\\s`` takes (``str.isspace``); a match cannot start before the
    whitespace in front of the run, since the character there is no whitespace and no pipe of the run."""
    body = line.rstrip()
    before = body.rstrip("|")
    if len(body) - len(before) < 2:
        return None
    return len(before.rstrip())


def kind_of(line: str) -> int:
    return kind_and_fields(line)[0]


def kind_and_fields(line: str) -> tuple[int, Fields | None]:
    """A line's kind, and for a line that may be a row its fields (``row_fields``, else
    ``pipe1_fields``): finding the kind splits the line, and a table's rows need the same split."""
    stripped = line.strip()
    if not stripped:
        return (SPACE if line else EMPTY), None
    if is_separator(line):
        return SEP, None
    if not stripped.strip("|").strip():
        return PIPES, None
    if may_be_aside(stripped) and is_aside(_joined_fields(stripped)):  # (most rows fail the screen: nothing joined)
        return PAGE, None  # a telephone line, a note, a unit or a date inside a table: no row of it, as a page's number
    if "|" not in line and "\t" not in line and not stripped[-1].isdecimal():
        return _not_a_row(line, stripped)  # no separator and no numbers at its end: no field to split
    fields = row_fields(line)
    if fields and _prose_first(fields):
        return PROSE, None
    if fields is not None and "|" not in line and "\t" not in line.lstrip("\t "):
        return SPACEROW, fields or pipe1_fields(line)
    if fields is not None:
        filled = 0
        for _, t in fields:  # two filled fields make a row: the rest of a long row need not be counted
            if t:
                filled += 1
                if filled == 2:
                    return MULTI, fields
        return (TABROW if "\t" in line else CELL), fields or pipe1_fields(line)
    one_pipe = pipe1_fields(line)
    if one_pipe is not None:
        return PIPE1, one_pipe
    return _not_a_row(line, stripped)


def _joined_fields(stripped: str) -> str:
    """A line's text with its pipes and tabs as spaces (``联系电话 | 0591 8765432 |``: ``联系电话   0591 8765432``)."""
    return stripped.replace("|", " ").replace("\t", " ") if "|" in stripped or "\t" in stripped else stripped


def _not_a_row(line: str, stripped: str) -> tuple[int, None]:
    """The kind of a line that is no row: a page number, a cell on its own line, or prose."""
    if is_page_words(stripped):  # the line's own whitespace changes neither answer
        return PAGE, None
    if is_bare_page_number(stripped):  # is_page_number, words already ruled out
        return NUM, None
    if len(stripped) > MAX_CELL_CHARS or stripped.endswith(_SENTENCE_END):
        return PROSE, None
    return (NUM if is_value(stripped) else SHORT), None


def _prose_first(fields: Fields) -> bool:
    """A "row" whose first field is the report's opening sections (sentences and a section title run
    into them, far longer than any cell of the forms): a web page flattened onto one line, its text
    running into the table's ``|`` cells.  The line is prose — its section titles run into the text
    (RL208), its tables unread (RL308) — not a table row whose one cell holds the sections.  A row
    label that carries its definition (``规章:地方行政规章指…。``) has no section title in it."""
    return flattened_page(fields[0][1])


def flattened_page(text: str) -> bool:
    """Text longer than any cell or title, with sentences and a numbered section title run into them."""
    return len(text) > MAX_PROSE_CELL and "。" in text and INLINE_SECTION.search(text) is not None


def pipe1_fields(line: str) -> list[tuple[int, str]] | None:
    """``行政许可 | 1562``: two cells and one pipe (a two-column table), or None."""
    if line.count("|") != 1:
        return None
    left, right = line.split("|")
    if not left.strip() or not right.strip() or "\t" in line.lstrip("\t "):
        return None
    return [(len(left) - len(left.lstrip()), left.strip()), (len(left) + 1 + len(right) - len(right.lstrip()), right.strip())]


def line_kinds(lines: list[str]) -> list[int]:
    """Each line's kind; a line with one pipe is a row of a table when a row is next to it."""
    return kinds_and_fields(lines)[0]


def kinds_and_fields(lines: list[str]) -> tuple[list[int], list[Fields | None]]:
    """Each line's kind (as ``line_kinds``) and its fields (as ``kind_and_fields``)."""
    pairs = [kind_and_fields(line) for line in lines]
    kinds = [kind for kind, _ in pairs]
    fields = [f for _, f in pairs]
    for head, end in broken_rows(lines, kinds):
        kinds[head] = MULTI
        for ln in range(head + 1, end):
            kinds[ln] = CONT
            fields[ln] = _continued_cell(lines[ln])
    for i, k in enumerate(kinds):
        if k == PIPE1:
            near = [kinds[j] for j in (content_before(kinds, i - 1), content_after(kinds, i + 1)) if j is not None]
            kinds[i] = MULTI if any(x in (MULTI, PIPE1) for x in near) else SHORT
    return kinds, fields


def broken_rows(lines: list[str], kinds: list[int]) -> list[tuple[int, int]]:
    """Rows of ``|`` cells broken over lines (r1591: ``信息内容 | 上一年项目数量``, then ``| 本年增/减``,
    ``| 处理决定数量`` and a lone ``|``): a cell's text ended in a line break, so the crawler's row goes on
    with the next cell's pipe at the start of the next line.  Each is its first line and the end (exclusive)
    of its continued lines — one cell each, opened by its pipe, none closed — which the pipes-only line that
    closes the row must follow; without that closing line a ``| x`` line is not taken for a cell."""
    found: list[tuple[int, int]] = []
    if PIPES not in kinds:
        return found  # no pipes-only line to close a broken row (most texts): no line need be looked at
    for i, k in enumerate(kinds):
        if k not in (PIPE1, MULTI) or lines[i].rstrip().endswith("|") or lines[i].lstrip().startswith("|"):
            continue
        j = i + 1
        while j < len(lines) and _continues_row(lines[j]):
            j += 1
        if j > i + 1 and j < len(lines) and kinds[j] == PIPES:
            found.append((i, j))
    return found


def _continues_row(line: str) -> bool:
    """``| 本年增/减``: one cell opened by its pipe and not closed."""
    body = line.strip()
    return body.startswith("|") and body.count("|") == 1 and bool(body[1:].strip())


def _continued_cell(line: str) -> Fields:
    """The one field of a ``| 本年增/减`` line, where its text starts."""
    bar = line.index("|")
    text = line[bar + 1:]
    return [(bar + 1 + len(text) - len(text.lstrip()), text.strip())]


def content_before(kinds: list[int], i: int) -> int | None:
    while i >= 0 and kinds[i] in (EMPTY, SPACE):
        i -= 1
    return i if i >= 0 else None


def content_after(kinds: list[int], i: int) -> int | None:
    while i < len(kinds) and kinds[i] in (EMPTY, SPACE):
        i += 1
    return i if i < len(kinds) else None
