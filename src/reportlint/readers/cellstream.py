"""Tables written a cell per line (web pages flattened by crawlers): every cell on its own line,
separated by blank lines, by ``|`` lines, or ended by `` |`` (then a lone ``|`` is an empty cell and
``||``, ``|||`` fill merged positions).  Rows are not marked: they are recovered from the cells
themselves — a row is its labels followed by its values, the first run of text in a block is its
caption and header, and a section heading among the cells is told from a row label by what follows
it: header text, not values.  How the page marks its cells is ``celltokens``'s: this module reads only the tokens.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from ..text.cnnumerals import run_end
from ..text.normalize import normalize, normalize_label
from .celltokens import BLANK, FILL, TEXT, VALUE, Token, cell_heading_level, cell_tokens
from .rowgrid import GridRow, ShortRow, Written, _data_cells, _fit, _value_width, label_levels, widen_labels
from .textlines import Found


def stream_tables(lines: list[str], start: int, end: int) -> list[Found]:
    tokens = [t for t in cell_tokens(lines, start, end) if t.kind != FILL]
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
    blank = {len(run) for _, run in pairs}
    if not real and len(blank) == 1 and len(head) - min(blank) in (1, 2):
        return min(blank)  # every row left blank (``行政许可 |`` then ``| ||``): its empty cells, as the header says
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
