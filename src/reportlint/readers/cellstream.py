"""Tables written a cell per line (web pages flattened by crawlers): every cell on its own line,
separated by blank lines, by ``|`` lines, or ended by `` |`` (then a lone ``|`` is an empty cell and
``||``, ``|||`` fill merged positions).  Rows are not marked: they are recovered from the cells
themselves — a row is its labels followed by its values, the first run of text in a block is its
caption and header, and a section heading among the cells is told from a row label by what follows
it: header text, not values.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from ..text.asides import is_aside
from ..text.cnnumerals import run_end
from ..text.normalize import normalize, normalize_label
from ..text.numbering import heading_number_level
from ..text.sectiontitles import is_unnumbered_section_title
from .linescan import is_page_words
from .rowgrid import GridRow, ShortRow, Written, _data_cells, _fit, _value_width, is_value, label_levels, widen_labels
from .textlines import (
    CELL,
    NUM,
    PAGE,
    PIPES,
    SHORT,
    SPACEROW,
    Found,
    filler_start,
    gap_fields,
    kind_of,
    one_value_fields,
    space_fields,
)

# --- a cell per line ----------------------------------------------------------------------------------------------

TEXT, VALUE, BLANK, FILL = "T", "V", "B", "X"


class Token:
    __slots__ = ("kind", "where")

    def __init__(self, kind: str, where: Written) -> None:
        self.kind = kind
        self.where = where

    @property
    def text(self) -> str:
        return self.where.text


def _tokens(lines: list[str], start: int, end: int) -> list[Token]:
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
            tokens += [Token(FILL, Written("", ln, 0))] * (len(parts) - 1)
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


def stream_tables(lines: list[str], start: int, end: int) -> list[Found]:
    tokens = [t for t in _tokens(lines, start, end) if t.kind != FILL]
    if _blanks_dropped(tokens):
        return []
    # A text that stops in the middle of a table (a crawler's excerpt) ends with a row label.
    at_end = not any(line.strip() for line in lines[end:])
    found: list[Found] = []
    segments = _segments(tokens, at_end)
    for n, segment in enumerate(segments):
        found += _stream_table(segment, at_end and n == len(segments) - 1)
    return found


_ARTICLE_NUMERALS = frozenset("一二三四五六七八九十百")


def is_article_caption(text: str) -> bool:
    """Whether ``text`` opens with an article of the regulations, 第二十条(第（一）项): a caption starts a
    table (``str`` methods, as the pattern ``^第[一二三四五六七八九十百]+条`` it replaced;
    ``tests/data/text_scanners.jsonl`` holds what it gave)."""
    if not text.startswith("第"):
        return False
    end = run_end(text, 1, _ARTICLE_NUMERALS)
    return end > 1 and text[end : end + 1] == "条"


def _blanks_dropped(tokens: list[Token]) -> bool:
    """A page that drops its empty cells and marks none (no ``|``, no blank lines): a row label right
    before the next table's caption had its values dropped, so no cell of the stream can be placed —
    its tables are left unread (RL308 says so) rather than read into wrong rows and columns."""
    if any(t.kind == BLANK for t in tokens):
        return False
    return any(tok.kind == TEXT and is_article_caption(tok.text) and prev.kind == TEXT and not cell_heading_level(prev.text)
               and not is_article_caption(prev.text) for prev, tok in pairwise(tokens))


def _segments(tokens: list[Token], at_end: bool = False) -> list[list[Token]]:
    """The cells between section headings: a numbered line followed by three or more text cells
    before the next value is a heading, not a row label."""
    out: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        if tok.kind == TEXT and cell_heading_level(tok.text) and _texts_before_value(tokens, i + 1, at_end) >= 3:
            if current:
                out.append(current)
            current = []
            continue
        current.append(tok)
    if current:
        out.append(current)
    return out


def _texts_before_value(tokens: list[Token], i: int, at_end: bool = False) -> int:
    """Text cells from ``i`` to the next value (or the next run of three empty cells: a row's
    blank values)."""
    n = blanks = 0
    while i < len(tokens) and tokens[i].kind != VALUE and blanks < 3:
        if tokens[i].kind == TEXT:
            n += 1
            blanks = 0
        else:
            blanks += 1
        i += 1
    return n if i < len(tokens) or (at_end and n < 2) else max(n, 3)


def _runs(tokens: list[Token]) -> list[tuple[str, list[Token]]]:
    """Alternating runs of text cells and of value cells (empty cells count as values)."""
    runs: list[tuple[str, list[Token]]] = []
    for tok in tokens:
        kind = TEXT if tok.kind == TEXT else VALUE
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(tok)
        else:
            runs.append((kind, [tok]))
    return runs


def _starts_block(run: list[Token]) -> bool:
    """A run of text cells that holds a caption and a header, not a row's labels (which are
    numbered, "三、本年度办理结果 / （一）予以公开", or a single name, "规章") — or a caption and its corner
    alone, ``第二十条第(八)项 / 信息内容``, whose header the page printed as values (``0 | 0 | 0``): an article
    of the regulations opens a table, never a row."""
    unnumbered = sum(1 for t in run if not _numbered(t.text))
    return (len(run) >= 3 and unnumbered >= 2) or (len(run) == 2 and is_article_caption(run[0].text))


def _numbered(text: str) -> bool:
    return normalize_label(text) != normalize(text)


def _stream_table(tokens: list[Token], at_end: bool = False) -> list[Found]:
    runs = _runs(tokens)
    cut: list[Token] = []
    if runs and runs[-1][0] == TEXT:  # text after the last value is not the table's,
        tail = runs.pop()[1]
        if at_end and len(tail) <= 2 and all(_numbered(t.text) for t in tail):
            cut = tail  # unless the text stops there, in the middle of the table's next row
    while runs and runs[0][0] == VALUE:  # nor values before the first text
        runs.pop(0)
    values = [t for kind, run in runs if kind == VALUE for t in run]
    if len(runs) < 2 or len(values) < 2 or not any(t.text for t in values):
        return []

    # Empty cells between two texts are a blank row's values only if there are as many as the
    # block has value columns; fewer mark where the page starts a row.
    width_of: dict[int, int] = {}  # each text cell's block's number of value columns
    for block in _blocks(_without_blank_runs(runs)):
        width = _block_width(block)
        width_of.update((id(t), width) for kind, run in block if kind == TEXT for t in run)
    kept: list[tuple[str, list[Token]]] = []
    for kind, run in runs:
        if kind == VALUE and not any(t.text for t in run) and kept and kept[-1][0] == TEXT \
                and len(run) < width_of.get(id(kept[-1][1][-1]), 0):
            continue
        if kept and kept[-1][0] == kind:
            kept[-1] = (kind, kept[-1][1] + run)
        else:
            kept.append((kind, list(run)))
    if len(kept) < 2 or len(kept[0][1]) < 2:  # a table has a header, or a caption, above its first row
        return []
    found = []
    blocks = _continue_blocks(_blocks(kept))
    lead = _header_lead(blocks)
    for n, blk in enumerate(blocks):  # a table each: a block whose header is one cell has no caption row
        last = n == len(blocks) - 1
        grid, short = _block_rows(blk, at_end and not cut and last, lead)
        if grid:
            # The cut row the text stops in is the last table's: an earlier table that took its line
            # would reach over the tables (and the text) after it, and they would go unread.
            lines_of = [t.where.line for _, run in blk for t in run] + [t.where.line for t in cut if last]
            found.append(Found(min(lines_of), max(lines_of), grid, short))
    return found


def _without_blank_runs(runs: list[tuple[str, list[Token]]]) -> list[tuple[str, list[Token]]]:
    out: list[tuple[str, list[Token]]] = []
    for kind, run in runs:
        if kind == VALUE and not any(t.text for t in run):
            continue
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + run)
        else:
            out.append((kind, list(run)))
    return out


def _continue_blocks(blocks: list[list[tuple[str, list[Token]]]]) -> list[list[tuple[str, list[Token]]]]:
    """A block whose caption and header repeat the block before it (a table continued on the next
    page, its header printed again) is that block's continuation."""
    out: list[list[tuple[str, list[Token]]]] = []
    heads: list[list[str]] = []
    for block in blocks:
        head, _ = _head_and_pairs(block)
        texts = [t.text for t in head]
        if out and heads[-1] and texts[: len(heads[-1])] == heads[-1]:
            first = block[0][1][len(heads[-1]):]  # the repeated header dropped, the row labels kept
            out[-1] = out[-1] + ([(TEXT, first)] if first else []) + block[1:]
            continue
        out.append(block)
        heads.append(texts)
    return out


def _blocks(runs: list[tuple[str, list[Token]]]) -> list[list[tuple[str, list[Token]]]]:
    """Runs grouped into blocks: a block starts with a caption-and-header run of text."""
    blocks: list[list[tuple[str, list[Token]]]] = []
    for kind, run in runs:
        if kind == TEXT and (not blocks or _starts_block(run)):
            blocks.append([])
        if blocks:
            blocks[-1].append((kind, run))
    return blocks


def _block_width(block: list[tuple[str, list[Token]]], lead: int | None = None, at_end: bool = False) -> int:
    """A block's number of value columns: the values' (``rowgrid._value_width``), widened to the
    header's where the rows cannot say it (``lead``: see ``_header_lead``; ``at_end``: the text stops
    in the block's last row, whose values say nothing of the width)."""
    head, pairs = _head_and_pairs(block)
    if at_end and len(pairs) > 1:
        pairs = pairs[:-1]
    real = [(lab, run) for lab, run in pairs if any(t.text for t in run)]
    width_l = max((len(lab) for lab, _ in pairs), default=0)
    width_w = _value_width([[t.where for t in run] for _, run in real], [len(lab) for lab, _ in real], width_l, [])
    if len(head) not in (width_w + 1, width_w + 2):  # a column blank in every row: the header says it is there
        for corner in (2, 1):
            wanted = len(head) - corner
            if width_w < wanted and real and all(len(run) >= wanted for _, run in real):
                return wanted
        # A value lost by the page (``行政事业性收费`` printing one value under two columns): the header,
        # read as the stream's other tables read, has more columns than the row has values.  The row is
        # then short (reported, not placed), never a table missing its columns.  Rows that agree on
        # their number of values (two or more) say the width themselves: a header split into more
        # cells than columns must not make every row short.
        wanted = len(head) - lead if lead else 0
        filled = Counter(sum(1 for t in run if t.text) for _, run in real)
        if width_w < wanted and real and max(filled) < wanted and max(filled.values()) < 2:
            return wanted
    return width_w


def _header_lead(blocks: list[list[tuple[str, list[Token]]]]) -> int | None:
    """How many cells of a header run come before the value columns' headers (a caption and a corner,
    ``第二十条第(五)项 / 信息内容``: 2), when every table of the stream whose header fits its rows says
    the same; None when none does or they disagree."""
    leads = set()
    for block in blocks:
        head, _ = _head_and_pairs(block)
        lead = len(head) - _block_width(block)
        if lead in (1, 2):
            leads.add(lead)
    return leads.pop() if len(leads) == 1 else None


def _head_and_pairs(block: list[tuple[str, list[Token]]]) -> tuple[list[Token], list[tuple[list[Token], list[Token]]]]:
    """A block's caption-and-header cells, and each row's labels with its values."""
    pairs: list[tuple[list[Token], list[Token]]] = []
    labels: list[Token] = []
    head: list[Token] = []
    for n, (kind, run) in enumerate(block):
        if kind == TEXT:
            if n == 0:
                head = list(run)
                labels = [head.pop()] if head else []
                if labels and any(t.text == labels[0].text for t in head):
                    head.append(labels.pop())  # a header word again ("总计"): the row has no label
            else:
                labels = list(run)
        else:
            pairs.append((labels, run))
            labels = []
    return head, pairs


def _block_rows(block: list[tuple[str, list[Token]]], at_end: bool,
                lead: int | None = None) -> tuple[list[GridRow], list[ShortRow]]:
    """Grid rows of one block: caption and header from its first text run, then a row for each
    run of labels and the values after it (``at_end``: the text stops in the block's last row,
    which is not read)."""
    head, pairs = _head_and_pairs(block)
    width_w = _block_width(block, lead, at_end)
    width_l = max((len(lab) for lab, _ in pairs), default=0)
    if width_l == 0 and len(head) in (width_w + 1, width_w + 2):
        width_l = 1  # a corner cell ("信息内容") over a label column
    grid: list[GridRow] = list(_stream_header(head, width_l, width_w))
    # The row the text stops in, when none of it can be placed, is not read: its labels (a third level,
    # ``（三）不予公开 / 1.属于国家秘密``) must not widen the label columns of the rows that are.
    placed = pairs[:-1] if at_end and pairs and _fit([t.where for t in pairs[-1][1]], width_w) == [None] else pairs
    levels = label_levels([[t.where for t in lab] for lab, _ in placed], width_l)
    if levels:
        grid = widen_labels(grid, width_l, len(levels) - width_l)
        width_l = len(levels)
    short: list[ShortRow] = []
    for n, (lab, run) in enumerate(pairs):
        written = [t.where for t in run]
        line = (lab[0] if lab else run[0]).where.line
        chunks = _fit(written, width_w)
        if at_end and n == len(pairs) - 1 and chunks[-1] is None:
            chunks.pop()  # the row the text stops in
        for k, chunk in enumerate(chunks):
            row_labels = [t.where for t in lab] if k == 0 else []
            if chunk is None and not any(t.text for t in run):
                chunk = [None] * width_w
            elif chunk is None:
                short.append(ShortRow(line, " ".join(t.text for t in lab), [w.text for w in written], width_w))
                chunk = [None] * width_w
            grid.append(GridRow(line, _data_cells(row_labels, chunk, width_l, levels)))
    return grid, short


def _stream_header(head: list[Token], width_l: int, width_w: int):
    """The caption and header cells of a block: a caption, a corner and one cell per value
    column when the counts say so; otherwise one cell with all the text."""
    if not head:
        return
    cells = [t.where for t in head]
    if len(cells) == width_w + 2:
        yield GridRow(cells[0].line, [(0, 1, cells[0])])
        cells = cells[1:]
    if len(cells) == width_w + 1 and width_l:
        yield GridRow(cells[0].line, [(0, width_l, cells[0])] + [(width_l + k, 1, w) for k, w in enumerate(cells[1:])])
    elif len(cells) == width_w:
        yield GridRow(cells[0].line, [(width_l + k, 1, w) for k, w in enumerate(cells)])
    else:
        joined = Written(" ".join(w.text for w in cells), cells[0].line, cells[0].start)
        yield GridRow(cells[0].line, [(0, width_l + width_w, joined)])
