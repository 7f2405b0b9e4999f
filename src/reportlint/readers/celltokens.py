"""The cells of a table written a cell per line, in the order written: each a ``Token`` — text, a value, an empty
cell or a filler of merged positions — with where it is written.  How the page marks its cells (``|`` lines, blank
lines, a cell per line, fields separated by spaces) is this module's job alone, so that ``cellstream`` recovers rows
and tables from the tokens without knowing how they were written.
"""

from __future__ import annotations

from ..text.asides import is_aside
from ..text.normalize import normalize_label
from ..text.numbering import heading_number_level
from ..text.sectiontitles import is_unnumbered_section_title
from .linescan import is_page_words
from .rowgrid import Written, is_value
from .textlines import (
    CELL,
    NUM,
    PAGE,
    PIPES,
    SHORT,
    SPACEROW,
    filler_start,
    gap_fields,
    kind_of,
    one_value_fields,
    space_fields,
)

TEXT, VALUE, BLANK, FILL = "T", "V", "B", "X"


class Token:
    __slots__ = ("kind", "where")

    def __init__(self, kind: str, where: Written) -> None:
        self.kind = kind
        self.where = where

    @property
    def text(self) -> str:
        return self.where.text


def cell_tokens(lines: list[str], start: int, end: int) -> list[Token]:
    if any("|" in lines[k] for k in range(start, end)):
        tokens = _pipe_tokens(lines, start, end)
    elif any(kind_of(lines[k]) == SPACEROW for k in range(start, end)):
        tokens = _space_tokens(lines, start, end)
    else:
        tokens = _line_tokens(lines, start, end)
    return _join_text(tokens)


def _space_tokens(lines: list[str], start: int, end: int) -> list[Token]:
    """Rows whose cells are separated by spaces (a table copied from a page laid out with spaces):
    each field a cell; the rows' structure is recovered as for a cell per line.  A row of one value (``行政处罚
    3985758``: 二's tables, a label and its count) is split at its last space too, as the rows of several are."""
    tokens: list[Token] = []
    for ln in range(start, end):
        line = lines[ln]
        if not line.strip() or is_page_words(line) or is_aside(line):
            continue
        fields = space_fields(line) or one_value_fields(line) or gap_fields(line)
        for pos, text in fields:
            token = _classify(text, ln, pos)
            if token is not None:
                tokens.append(token)
    return tokens


def _classify(text: str, line: int, col: int) -> Token | None:  # None: a page's number or an aside (text/asides)
    if is_page_words(text) or is_aside(text):
        return None
    return Token(VALUE if is_value(text) else TEXT, Written(text, line, col))


def _pipe_tokens(lines: list[str], start: int, end: int) -> list[Token]:
    """Cells ended by ``|``: the text since the previous pipe (over line breaks: a cell wrapped
    over lines is one cell); nothing between two adjacent pipes is a filler, whitespace is an
    empty cell."""
    tokens: list[Token] = []
    pending: list[str] = []
    first: tuple[int, int] | None = None
    crossed = False
    kinds = [kind_of(lines[ln]) for ln in range(start, end)]
    # Cells ended by " |" on their own lines: a line without a pipe is not part of the next cell.
    ended = kinds.count(CELL) >= kinds.count(SHORT) + kinds.count(NUM)
    seen_pipe = False  # lines before the first pipe (a heading, a caption) are not wrapped cells
    closed = False  # the last line ended its row with fillers ("8 | |||"): a lone "|" next separates rows
    for ln in range(start, end):
        line = lines[ln]
        if kinds[ln - start] == PAGE:
            continue
        if closed and not pending and line.strip() == "|":
            closed = False
            continue
        if ended and pending and "|" not in line and line.strip():
            token = _classify("".join(pending), *first) if first else None
            if token is not None:
                tokens.append(token)
            pending, first = [], None
        crossed = True
        pos = 0
        parts = line.split("|")
        if not pending and kinds[ln - start] == PIPES and len(parts) > 2:  # "||", "|||": fillers only
            blank = _blank_then_fillers(line, closed)
            tokens += [Token(BLANK, Written("", ln, 0))] * blank
            tokens += [Token(FILL, Written("", ln, 0))] * (len(parts) - 1 - blank)
            closed = True  # fillers on a line of their own end the row as "X | |||" does
            continue
        filler = filler_start(line)  # "X | |||": after a cell, the pipes and the space between them fill
        fill_from = filler if filler is not None and line[:filler].strip() else len(line) + 1
        closed = fill_from <= len(line) or (closed and not line.strip())
        for idx, part in enumerate(parts):
            if part.strip():
                if first is None:
                    first = (ln, pos + len(part) - len(part.lstrip()))
                pending.append(part.strip())
            if idx < len(parts) - 1:  # ended by a pipe
                if pending:
                    token = _classify("".join(pending), *first) if first else None
                    if token is not None:
                        tokens.append(token)
                elif (part or crossed) and pos < fill_from:
                    tokens.append(Token(BLANK, Written("", ln, pos)))
                else:
                    tokens.append(Token(FILL, Written("", ln, pos)))
                pending, first, crossed = [], None, False
            pos += len(part) + 1
        seen_pipe = seen_pipe or "|" in line
        if (ended or not seen_pipe) and pending and "|" not in line and first is not None:
            token = _classify("".join(pending), *first)
            if token is not None:
                tokens.append(token)
            pending, first = [], None
    if pending and first is not None:
        token = _classify("".join(pending), *first)
        if token is not None:
            tokens.append(token)
    return tokens


def _blank_then_fillers(line: str, closed: bool) -> int:
    """1 where a line of pipes is a blank cell and its row's fillers (``行政许可 |`` then ``| ||``: the count left
    blank, written as ``3 | ||`` is with the count — the first pipe ends the empty cell, a space parts it from
    the run of pipes that fills the merged positions); 0 for fillers alone (``|||``, or after a row the line
    before closed)."""
    body = line.strip()
    return int(not closed and body[1:2].isspace() and filler_start(body) == 1)


def _line_tokens(lines: list[str], start: int, end: int) -> list[Token]:
    """A cell per line; where blank lines separate the cells, lines not separated by one are one
    cell wrapped, and each further blank line, or a line of spaces, is an empty cell."""
    content = [k for k in range(start, end) if lines[k].strip()]
    empties = sum(1 for k in range(start, end) if not lines[k])
    wrapped = empties >= len(content) // 2
    tokens: list[Token] = []
    prev = -2
    gap = 0  # empty lines since the last cell
    for ln in range(start, end):
        line = lines[ln]
        if not line.strip():
            if line:
                tokens.append(Token(BLANK, Written("", ln, 0)))
                prev = -2
                gap = 0
            elif wrapped and tokens:
                gap += 1
                if gap >= 2:
                    tokens.append(Token(BLANK, Written("", ln, 0)))
            continue
        gap = 0
        text = line.strip()
        col = len(line) - len(line.lstrip())
        if is_aside(text) or is_page_words(text):
            continue  # no cell, nor a wrapped cell's end: the cell before it may go on after it
        if wrapped and prev == ln - 1 and tokens and tokens[-1].kind == TEXT and not is_value(text) \
                and cell_heading_level(tokens[-1].text) != 1:  # a section heading is a line of its own
            last = tokens[-1].where
            tokens[-1] = Token(TEXT, Written(last.text + text, last.line, last.start))
        else:
            token = _classify(text, ln, col)
            if token is not None:
                tokens.append(token)
        prev = ln
    return tokens


def _join_text(tokens: list[Token]) -> list[Token]:
    """A numbering on its own ("(三)") joined to the label after it; a header printed one
    character per line joined into its words."""
    out: list[Token] = []
    singles = False  # the last token was built of one-character cells
    for tok in tokens:
        if tok.kind == TEXT and out and out[-1].kind == TEXT:
            prev = out[-1].where
            one = len(tok.text) == 1
            if not normalize_label(prev.text) or (one and (singles or len(prev.text) == 1)):
                out[-1] = Token(TEXT, Written(prev.text + tok.text, prev.line, prev.start))
                singles = one and (singles or len(prev.text) == 1)
                continue
        singles = tok.kind == TEXT and len(tok.text) == 1
        out.append(tok)
    return out


def cell_heading_level(text: str) -> int | None:
    """1 for a section heading (一、…, or a form's section title alone: its numbering lost), 2 for a
    sub-section's （一）…; None for any other cell, a numbering with no words after it included."""
    level = 1 if is_unnumbered_section_title(text) else heading_number_level(text)
    return level if level is not None and level <= 2 and normalize_label(text) else None
