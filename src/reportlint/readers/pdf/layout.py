"""Phase 2 of the PDF reader: headings, paragraphs and tables from lines and table segments.

Plain Python on plain data.  Characters outside tables become lines (``lines.py``); lines become
headings and paragraphs by the page's own typography (its left margin, justified right edge,
body font size, first-line indents); table segments go to ``tables.py``, which stitches a table
continued on the next page onto the one before it.  Page numbers are dropped; a title is the first
line(s) of page 1 up to the one completing "年度报告", if they are centred or larger.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ...model.document import Block, Document, Heading, Location, Paragraph
from ...model.records import Record
from ...text.numbering import bracketed_number, listed_number
from .lines import cell_text, group_lines, join_lines, row_like
from .records import IN_TABLE_MARGIN, BBox, Char, Item, Line, PageData, PageSummary, Segment, median, round_box, union
from .ruling import ruled_tables
from .tables import TableBuilder, columns_compatible, finish_table, image_findings, join_split_cells, table_findings

TERMINAL = tuple("。！？：")
PAGE_NUMBER = re.compile(
    r"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})$"
)


class Layout(Record):
    __slots__ = ("left", "right", "size", "indents")

    def __init__(self, left: float, right: float, size: float, indents: bool = False) -> None:
        self.left = left
        self.right = right
        self.size = size
        self.indents = indents  # paragraphs start with a first-line indent


class State(Record):
    __slots__ = ("blocks", "para", "section", "open_table", "builders")

    def __init__(self, blocks: list[Block] | None = None, para: list[Line] | None = None, section: str | None = None,
                 open_table: TableBuilder | None = None, builders: list[TableBuilder] | None = None) -> None:
        self.blocks = [] if blocks is None else blocks
        self.para = [] if para is None else para
        self.section = section
        self.open_table = open_table  # the table the previous item belonged to
        self.builders = [] if builders is None else builders


def build(path: Path, pages: Iterable[PageData], max_crossings: int) -> Document:
    """The Document of a PDF whose pages arrive one at a time (each page's characters are dropped
    once its lines and table cells are made: a page, not the file, is ever in memory as characters)."""
    items: list[Item] = []
    summaries: list[PageSummary] = []
    for page in pages:
        items.extend(page_items(page, max_crossings))
        summaries.append(PageSummary(page.number, page.width, page.n_images,
                                     any(not c.text.isspace() for c in page.chars)))
        del page  # or this page's characters live on while the next page is extracted
    doc = Document(path=str(path), format="pdf", blocks=[], metadata={"pages": len(summaries)})
    lines = [it.line for it in items if it.line is not None]
    layout = measure_layout(lines)
    state = State()

    title_lines = find_title_lines(items, summaries[0].width if summaries else 0.0, layout)
    if title_lines:
        doc.title = join_lines([ln.text for ln in title_lines])
        state.blocks.append(Heading(
            location=line_location(title_lines, doc.title, None), level=0, text=doc.title
        ))
        year = re.search(r"((?:19|20)\d{2})\s*年", doc.title)
        if year:
            doc.metadata["report_year"] = int(year.group(1))
        items = [it for it in items if it.line is None or not any(it.line is t for t in title_lines)]

    prev_line: Line | None = None  # previous body line if it belongs to the open paragraph
    for i, item in enumerate(items):
        if item.segment is not None:
            flush(state)
            prev_line = None
            add_segment(state, item)
            continue
        line = item.line
        assert line is not None
        nxt = items[i + 1] if i + 1 < len(items) else None
        starts = prev_line is None or starts_block(line, prev_line, layout)
        ends = nxt is None or nxt.line is None or starts_block(nxt.line, line, layout) or (
            is_short(line, layout)
        )
        heading = heading_level(line, starts, ends)
        state.open_table = None
        if heading:
            flush(state)
            if heading == 1:
                state.section = line.text
            state.blocks.append(Heading(
                location=line_location([line], line.text, state.section), level=heading,
                text=line.text,
            ))
            prev_line = None
            continue
        if starts:
            flush(state)
        state.para.append(line)
        prev_line = line
    flush(state)

    for number, builder in enumerate(state.builders, start=1):
        state.blocks[builder.block_index] = finish_table(builder, number)
    doc.blocks = state.blocks
    doc.findings.extend(image_findings(summaries))
    doc.findings.extend(table_findings(doc.blocks))
    return doc


def page_items(page: PageData, max_crossings: int) -> list[Item]:
    """Body lines (page numbers dropped) and table segments of a page, in reading order."""
    tables = ruled_tables(page.vertical, page.horizontal, page.number, max_crossings)
    body, in_tables = _split_chars(page.chars, [bbox for bbox, _ in tables])
    lines = group_lines(body, page.number)
    lines = [ln for k, ln in enumerate(lines) if not is_page_number(ln, k, len(lines), page)]
    items = [Item(top=ln.top, line=ln) for ln in lines]
    for (bbox, cells), in_table in zip(tables, in_tables, strict=True):
        texts = []
        for cell, own in zip(cells, chars_in_cells(in_table, cells), strict=True):
            span = (min(c.x0 for c in own), max(c.x1 for c in own)) if own else None
            texts.append((cell, cell_text(own), span))
        items.append(Item(top=bbox[1], segment=Segment(page.number, bbox, join_split_cells(texts))))
    items.sort(key=lambda it: it.top)
    if items:
        items[0].first_on_page = True
        items[-1].last_on_page = True
    return items


def _split_chars(chars: list[Char], boxes: list[BBox]) -> tuple[list[Char], list[list[Char]]]:
    """The characters outside every table box, and each box's characters, in page order: one look
    at each character (most pages have no table, a few have one or two)."""
    if not boxes:
        return list(chars), []
    body: list[Char] = []
    in_boxes: list[list[Char]] = [[] for _ in boxes]
    # a character is in a box when its centre is, within IN_TABLE_MARGIN (each box widened once)
    margin = IN_TABLE_MARGIN
    bands = [(box[0] - margin, box[2] + margin, box[1] - margin, box[3] + margin, in_box)
             for box, in_box in zip(boxes, in_boxes, strict=True)]
    for c in chars:
        cx, cy = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        outside = True
        for left, right, top, bottom, in_box in bands:
            if left <= cx <= right and top <= cy <= bottom:
                in_box.append(c)
                outside = False
        if outside:
            body.append(c)
    return body, in_boxes


def chars_in_cells(chars: list[Char], cells: list[BBox]) -> list[list[Char]]:
    """For each cell, the characters whose centre lies in it (borders included), in page order.

    The characters are sorted once by the x of their centre, so each cell looks only at those in
    its column band instead of at every character of the table.
    """
    centres = sorted(((c.x0 + c.x1) / 2, i) for i, c in enumerate(chars))
    xs = [x for x, _ in centres]
    order = [i for _, i in centres]
    middles = [(c.top + c.bottom) / 2 for c in chars]  # each character's vertical centre, once
    out = []
    for x0, top, x1, bottom in cells:
        lo, hi = bisect.bisect_left(xs, x0), bisect.bisect_right(xs, x1)
        picked = sorted(i for i in order[lo:hi] if top <= middles[i] <= bottom)
        out.append([chars[i] for i in picked])
    return out


def is_page_number(line: Line, k: int, n: int, page: PageData) -> bool:
    if not PAGE_NUMBER.match(line.text.strip()):
        return False
    at_edge = line.top > page.height * 0.85 or line.bottom < page.height * 0.15
    return at_edge or k == 0 or k == n - 1


def measure_layout(lines: list[Line]) -> Layout:
    if not lines:
        return Layout(0.0, 0.0, 12.0)
    # The left margin: the smallest x0 that several lines share (the mode fails when an
    # unruled table's indented rows outnumber the prose lines).
    counts = Counter(round(ln.x0) for ln in lines)
    enough = max(2, len(lines) // 20)
    left = min((x for x, n in counts.items() if n >= enough), default=min(counts))
    right = Counter(round(ln.x1) for ln in lines).most_common(1)[0][0]
    size = median([ln.size for ln in lines])
    # The most common right edge is the justified width; never let a short-lines page lower it.
    right = max(right, median([ln.x1 for ln in lines]))
    layout = Layout(float(left), float(right), float(size))
    indented = sum(1 for ln in lines if is_indented(ln, layout))
    layout.indents = indented >= 3 and indented >= 0.05 * len(lines)
    return layout


def find_title_lines(items: list[Item], width: float, layout: Layout) -> list[Line]:
    """The first line(s) on page 1 up to the one completing "年度报告", if they look like a title."""
    first: list[Line] = []
    for it in items:
        if it.line is None or it.line.page != 1 or len(first) == 3:
            break
        first.append(it.line)
    for k in range(len(first)):
        if "年度报告" in join_lines([ln.text for ln in first[: k + 1]]).replace(" ", ""):
            candidates = first[: k + 1]
            if all(title_like(ln, width, layout) for ln in candidates):
                return candidates
            return []
    return []


def title_like(line: Line, page_width: float, layout: Layout) -> bool:
    centred = abs((line.x0 + line.x1) / 2 - page_width / 2) < page_width * 0.1
    return centred or line.size >= layout.size * 1.15


def is_indented(line: Line, layout: Layout) -> bool:
    return line.x0 - layout.left > 0.8 * line.size


def is_short(line: Line, layout: Layout) -> bool:
    return line.x1 < layout.right - 3 * line.size


def starts_block(line: Line, prev: Line, layout: Layout) -> bool:
    """A line starts a new paragraph with an indent, after a short line, or after a sentence end.

    In a document whose paragraphs start indented, a full-width line ending in 。 followed by
    a line at the margin is one paragraph wrapping at a sentence end, not two paragraphs.
    """
    if is_indented(line, layout) or is_short(prev, layout):
        return True
    if abs(line.size - prev.size) > 0.1 * max(line.size, prev.size):  # a heading in a larger font
        return True
    if row_like(prev) or row_like(line):  # rows of a table set without rules
        return True
    return not layout.indents and prev.text.endswith(TERMINAL)


def heading_level(line: Line, starts: bool, ends: bool) -> int:
    text = line.text
    if not (starts and ends) or len(text) > 40 or text[-1].isdigit():
        return 0
    if row_like(line):  # a table row set without rules: "四、结转… 2 1 0 0"
        return 0
    h1, h2 = listed_number(text), bracketed_number(text)  # 一、 and （一） before a title
    if h1 and len(h1) + 1 < len(text) and not text.endswith("。"):
        return 1
    if h2 and len(h2) + 2 < len(text):
        return 2
    return 0



def line_location(lines: list[Line], text: str, section: str | None) -> Location:
    first_page = lines[0].page
    box = union([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in lines if ln.page == first_page])
    return Location(page=first_page, bbox=round_box(box), section=section, snippet=text[:30])


def flush(state: State) -> None:
    if not state.para:
        return
    text = join_lines([ln.text for ln in state.para])
    state.blocks.append(Paragraph(location=line_location(state.para, text, state.section), text=text))
    state.para = []


def add_segment(state: State, item: Item) -> None:
    seg = item.segment
    assert seg is not None
    builder = state.open_table
    if (
        builder is not None
        and item.first_on_page
        and builder.segments[-1].page == seg.page - 1
        and columns_compatible(builder.x_edges, seg)
    ):
        builder.segments.append(seg)
    else:
        builder = TableBuilder([seg], state.section, len(state.blocks))
        state.builders.append(builder)
        # A placeholder keeps the table's place in reading order; build swaps in the Table once
        # every page is read (a later page may still add rows to it).
        state.blocks.append(Paragraph(location=Location(), text=""))
    state.open_table = builder if item.last_on_page else None
