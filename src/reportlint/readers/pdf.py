"""PDF reader: headings, paragraphs and ruled tables from a text PDF, via pdfplumber.

pdfplumber is an optional extra (``pip install "reportlint[pdf]"``) and is imported inside
:func:`read`.  The work happens in two phases:

1. *Extraction* (the only code that touches pdfplumber/pdfminer): per page, the characters with
   their boxes, the ruled tables found by ``find_tables()`` on the page's *visible* strokes, and
   the number of images.  Any library failure here becomes an :class:`InputError`.
2. *Layout* (plain Python on plain data): characters outside tables are grouped into lines and
   lines into headings and paragraphs; table cells are snapped to a logical grid, and a table
   continued on the next page is stitched onto the one before it.

Things learned from real reports (WPS, LibreOffice) that shape the code:

- WPS paints every prose line over a white filled rectangle; ``find_tables()`` then sees the
  whole page as a one-column "table".  Invisible strokes (white, or fills that are not thin
  rules) are dropped before looking for tables.
- A table split over two pages often lacks its bottom border on the first page and its top
  border on the second (the vertical rules just stop).  Where two or more vertical rules end at
  the same height, a closing horizontal rule is added there.
- Page halves of one table differ by 1–2.5 pt in their column positions, and the second half
  may use only some of the columns (section 二's sub-tables), so column edges are clustered
  across all parts of a stitched table.
- A label cell cut by the page break appears at the top of the continuation as an empty cell,
  or as the tail of its text ("（四）无" / "法提供"); both are merged into the cell above.
- A stray short rule can cut a merged header cell; an empty part whose neighbour's label is
  centred over both is merged back.

Numbers are never guessed: a section whose table is not ruled (or is an image) yields an
``RL307`` finding instead of a table.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from ..model.diagnostics import Diagnostic, InputError, Severity, Status
from ..model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from ..model.records import Record

MAX_PAGES = 200  # refuse longer PDFs: an annual report is a few pages

# Geometry tolerances, in PDF points.
_COL_TOL = 3.0  # column edges of the page halves of one table (seen: up to 2.3 pt apart)
_ROW_TOL = 1.0  # row edges within one page
_CLOSE_TOL = 1.5  # vertical rules "ending at the same height"
_IN_TABLE_MARGIN = 1.0

_H1 = re.compile(r"^[一二三四五六七八九十]+、")
_H2 = re.compile(r"^（[一二三四五六七八九十]+）")
_TERMINAL = tuple("。！？：")
_PAGE_NUMBER = re.compile(
    r"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})$"
)
_NUMBER = re.compile(r"^[-+−]?\d[\d,，]*(?:[.．]\d+)?\s*%?$")
_NUMBERING = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十\d]+)"
)
# Sections whose content is a table (the template's 二, 三 and 四).
_TABLE_SECTIONS = (
    re.compile(r"^二、.*主动公开"),
    re.compile(r"^三、.*(?:收到|处理).*申请"),
    re.compile(r"^四、.*(?:行政复议|行政诉讼)"),
)


# --------------------------------------------------------------------------------------------
# Plain data produced by the extraction phase


class _Char(Record):
    __slots__ = ("text", "x0", "x1", "top", "bottom", "size")

    def __init__(self, text: str, x0: float, x1: float, top: float, bottom: float, size: float) -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size


BBox = tuple[float, float, float, float]


class _PageData(Record):
    __slots__ = ("number", "width", "height", "chars", "tables", "n_images")

    def __init__(self, number: int, width: float, height: float, chars: list[_Char], tables: list[tuple[BBox, list[BBox]]],
                 n_images: int) -> None:
        self.number = number  # 1-based
        self.width = width
        self.height = height
        self.chars = chars
        self.tables = tables  # (table bbox, cell bboxes)
        self.n_images = n_images


class _Line(Record):
    __slots__ = ("page", "chars", "text", "x0", "x1", "top", "bottom", "size")

    def __init__(self, page: int, chars: list[_Char], text: str, x0: float, x1: float, top: float, bottom: float, size: float) -> None:
        self.page = page
        self.chars = chars
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size


class _Segment(Record):
    """The part of a table on one page, with its cells' texts."""

    __slots__ = ("page", "bbox", "cells")

    def __init__(self, page: int, bbox: BBox, cells: list[tuple[BBox, str]]) -> None:
        self.page = page
        self.bbox = bbox
        self.cells = cells


class _TableBuilder(Record):
    __slots__ = ("segments", "section", "block_index")

    def __init__(self, segments: list[_Segment], section: str | None, block_index: int) -> None:
        self.segments = segments
        self.section = section
        self.block_index = block_index  # position in the block list

    @property
    def x_edges(self) -> list[float]:
        return _cluster(
            [v for seg in self.segments for (b, _) in seg.cells for v in (b[0], b[2])], _COL_TOL
        )


class _Item(Record):
    """A body line or a table segment on a page, in reading order."""

    __slots__ = ("top", "line", "segment", "first_on_page", "last_on_page")

    def __init__(self, top: float, line: _Line | None = None, segment: _Segment | None = None, first_on_page: bool = False,
                 last_on_page: bool = False) -> None:
        self.top = top
        self.line = line
        self.segment = segment
        self.first_on_page = first_on_page
        self.last_on_page = last_on_page


class _Layout(Record):
    __slots__ = ("left", "right", "size", "indents")

    def __init__(self, left: float, right: float, size: float, indents: bool = False) -> None:
        self.left = left
        self.right = right
        self.size = size
        self.indents = indents  # paragraphs start with a first-line indent


class _State(Record):
    __slots__ = ("blocks", "para", "section", "open_table", "builders")

    def __init__(self, blocks: list[Block] | None = None, para: list[_Line] | None = None, section: str | None = None,
                 open_table: _TableBuilder | None = None, builders: list[_TableBuilder] | None = None) -> None:
        self.blocks = [] if blocks is None else blocks
        self.para = [] if para is None else para
        self.section = section
        self.open_table = open_table  # the table the previous item belonged to
        self.builders = [] if builders is None else builders


# --------------------------------------------------------------------------------------------
# Entry point


def read(path: Path) -> Document:
    """Read a PDF report into a Document (format "pdf"), or raise InputError."""
    path = Path(path)
    _check_file(path)
    try:
        import pdfplumber
    except ImportError:
        raise InputError("读取 PDF 需要可选组件 pdfplumber", 'pip install "reportlint[pdf]"') from None
    pages = _extract(pdfplumber, path)
    return _build(path, pages)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"找不到文件：{path}", "请检查路径是否正确")
    if not path.is_file():
        raise InputError(f"不是文件：{path}", "请给出一个 PDF 文件的路径")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    except OSError as exc:
        raise InputError(f"无法读取文件：{exc.strerror or exc}", "请检查文件权限") from None
    if b"%PDF-" not in head:
        raise InputError(
            "文件不是 PDF（开头没有 %PDF- 标记）", "请确认文件格式；若是 Word 文档，请使用 .docx 扩展名"
        )
    if b"%%EOF" not in tail:
        raise InputError("PDF 文件不完整（缺少文件结尾，可能下载中断或被截断）", "请重新下载或重新导出该 PDF")


def _extract(pdfplumber: Any, path: Path) -> list[_PageData]:
    """Phase 1: everything that calls pdfplumber.  Library errors become InputError."""
    try:
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n == 0:
                raise InputError("PDF 文件没有页面", "请重新导出该 PDF")
            if n > MAX_PAGES:
                raise InputError(
                    f"PDF 共 {n} 页，超过上限 {MAX_PAGES} 页，未读取",
                    "年度报告通常只有几页；请确认文件是否正确",
                )
            return [_extract_page(page, i + 1) for i, page in enumerate(pdf.pages)]
    except InputError:
        raise
    except Exception as exc:
        raise _library_error(exc) from None


def _library_error(exc: Exception) -> InputError:
    names = " ".join(cls.__name__ for cls in type(exc).__mro__) + " " + str(exc)
    original = getattr(exc, "args", [None])[0] if exc.args else None
    if isinstance(original, Exception):  # pdfplumber wraps pdfminer errors
        names += " " + " ".join(cls.__name__ for cls in type(original).__mro__)
    if "Password" in names or "Encrypt" in names:
        return InputError("PDF 文件已加密，需要密码才能打开", "请导出一份未加密的 PDF 再检查")
    return InputError("PDF 文件已损坏，无法解析", "请用 PDF 阅读器确认文件能打开，或重新导出")


def _visible(obj: dict[str, Any]) -> bool:
    """Keep only strokes a reader can see, so white backgrounds do not make tables."""
    kind = obj.get("object_type")
    if kind == "rect":
        width, height = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        if obj.get("stroke") and not _is_white(obj.get("stroking_color")):
            return True
        # A filled rectangle counts only as a thin rule (some writers draw borders that way).
        return bool(obj.get("fill")) and min(width, height) <= 2 and not _is_white(
            obj.get("non_stroking_color")
        )
    if kind in ("line", "curve"):
        return not _is_white(obj.get("stroking_color"))
    return True


def _is_white(color: Any) -> bool:
    if color is None:
        return False
    if isinstance(color, int | float):
        color = (color,)
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False
    if len(values) in (1, 3):
        return all(v >= 0.95 for v in values)
    if len(values) == 4:  # CMYK
        return all(v <= 0.05 for v in values)
    return False


def _closing_lines(vertical_edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal rules where two or more vertical rules start or end at the same height.

    A table cut by a page break often has no bottom border before the break and no top border
    after it; without these lines the rows at the break are not cells at all.
    """
    lines = []
    for key in ("top", "bottom"):
        ends = sorted((e[key], e["x0"]) for e in vertical_edges if e["bottom"] - e["top"] > 3)
        group: list[tuple[float, float]] = []
        for y, x in [*ends, (float("inf"), 0.0)]:
            if group and y - group[0][0] > _CLOSE_TOL:
                if len(group) >= 2:
                    xs = [g[1] for g in group]
                    level = statistics.fmean(g[0] for g in group)
                    if max(xs) - min(xs) > 5:
                        lines.append({
                            "object_type": "line", "x0": min(xs), "x1": max(xs), "top": level,
                            "bottom": level, "width": max(xs) - min(xs), "height": 0.0,
                        })
                group = []
            group.append((y, x))
    return lines


def _extract_page(page: Any, number: int) -> _PageData:
    chars = [
        _Char(c["text"], float(c["x0"]), float(c["x1"]), float(c["top"]), float(c["bottom"]),
              float(c.get("size") or (c["bottom"] - c["top"])))
        for c in page.chars
        if c.get("text")
    ]
    visible = page.filter(_visible)
    tables: list[tuple[BBox, list[BBox]]] = []
    if visible.edges:
        closing = _closing_lines(visible.vertical_edges)
        found = visible.find_tables(table_settings={"explicit_horizontal_lines": closing})
        for table in found:
            cells = [tuple(float(v) for v in c) for c in table.cells]
            xs = _cluster([v for c in cells for v in (c[0], c[2])], _ROW_TOL)
            if len(xs) < 3 or len(cells) < 2:  # one column: a box around text, not a table
                continue
            tables.append((tuple(float(v) for v in table.bbox), cells))  # type: ignore[arg-type]
    return _PageData(number, float(page.width), float(page.height), chars, tables, len(page.images))


# --------------------------------------------------------------------------------------------
# Text helpers


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
        or 0x3000 <= o <= 0x303F or 0x2000 <= o <= 0x206F or 0x20000 <= o <= 0x3FFFF
    )


def _needs_space(left: str, right: str) -> bool:
    """Whether a gap between two characters is a word space (never next to CJK)."""
    if not left or not right or _is_cjk(left) or _is_cjk(right):
        return False
    return right.isalnum() and (left.isalnum() or left in ",;:)")


def _join_chars(chars: list[_Char]) -> str:
    """Join the characters of one visual line: no spaces next to 汉字, word spaces elsewhere."""
    out: list[str] = []
    prev: _Char | None = None
    pending_space = False
    for c in chars:
        if c.text.isspace():
            pending_space = True
            continue
        if prev is not None:
            if c.text == prev.text and abs(c.x0 - prev.x0) < 1 and abs(c.top - prev.top) < 1:
                continue  # the same glyph drawn twice (fake bold)
            gap = c.x0 - prev.x1
            if (pending_space or gap > 0.25 * max(c.size, prev.size)) and _needs_space(
                out[-1][-1], c.text[0]
            ):
                out.append(" ")
        out.append(c.text)
        prev = c
        pending_space = False
    return "".join(out)


def _join_lines(parts: list[str]) -> str:
    """Join wrapped lines: without a space where either side is CJK (or a hyphen)."""
    text = ""
    for part in parts:
        if not part:
            continue
        if text and _needs_space(text[-1], part[0]):
            text += " "
        text += part
    return text


def _group_lines(chars: list[_Char], page: int) -> list[_Line]:
    """Group characters into visual lines, top to bottom, each left to right."""
    rows: list[list[_Char]] = []
    band_top = band_bottom = 0.0
    for c in sorted(chars, key=lambda c: (c.top, c.x0)):
        mid = (c.top + c.bottom) / 2
        if rows and band_top - 0.5 <= mid <= band_bottom + 0.5:
            rows[-1].append(c)
            band_top, band_bottom = min(band_top, c.top), max(band_bottom, c.bottom)
        else:
            rows.append([c])
            band_top, band_bottom = c.top, c.bottom
    lines = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        text = _join_chars(row).strip()
        if not text:
            continue
        visible = [c for c in row if not c.text.isspace()]
        lines.append(_Line(
            page=page, chars=visible, text=text, x0=min(c.x0 for c in visible),
            x1=max(c.x1 for c in visible), top=min(c.top for c in visible),
            bottom=max(c.bottom for c in visible), size=statistics.median(c.size for c in visible),
        ))
    return lines


def _cluster(values: list[float], tol: float) -> list[float]:
    """Sorted representatives of values closer than tol to their cluster's first member."""
    reps: list[float] = []
    members: list[list[float]] = []
    for v in sorted(values):
        if members and v - members[-1][0] <= tol:
            members[-1].append(v)
        else:
            members.append([v])
    for m in members:
        reps.append(statistics.fmean(m))
    return reps


def _nearest(reps: list[float], v: float) -> int:
    return min(range(len(reps)), key=lambda i: abs(reps[i] - v))


def _union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _inside(c: _Char, box: BBox, margin: float = _IN_TABLE_MARGIN) -> bool:
    cx, cy = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
    return box[0] - margin <= cx <= box[2] + margin and box[1] - margin <= cy <= box[3] + margin


def _cell_text(chars: list[_Char], page: int) -> str:
    return _join_lines([line.text for line in _group_lines(chars, page)])


# --------------------------------------------------------------------------------------------
# Phase 2: layout


def _build(path: Path, pages: list[_PageData]) -> Document:
    doc = Document(path=str(path), format="pdf", blocks=[], metadata={"pages": len(pages)})
    items = _page_items(pages)
    lines = [it.line for it in items if it.line is not None]
    layout = _layout(lines)
    state = _State()

    title_lines = _title_lines(items, pages, layout)
    if title_lines:
        doc.title = _join_lines([ln.text for ln in title_lines])
        state.blocks.append(Heading(
            location=_line_location(title_lines, doc.title, None), level=0, text=doc.title
        ))
        year = re.search(r"((?:19|20)\d{2})\s*年", doc.title)
        if year:
            doc.metadata["report_year"] = int(year.group(1))
        items = [it for it in items if it.line is None or not any(it.line is t for t in title_lines)]

    prev_line: _Line | None = None  # previous body line if it belongs to the open paragraph
    for i, item in enumerate(items):
        if item.segment is not None:
            _flush(state)
            prev_line = None
            _add_segment(state, item)
            continue
        line = item.line
        assert line is not None
        nxt = items[i + 1] if i + 1 < len(items) else None
        starts = prev_line is None or _starts_block(line, prev_line, layout)
        ends = nxt is None or nxt.line is None or _starts_block(nxt.line, line, layout) or (
            _is_short(line, layout)
        )
        heading = _heading_level(line, starts, ends)
        state.open_table = None
        if heading:
            _flush(state)
            if heading == 1:
                state.section = line.text
            state.blocks.append(Heading(
                location=_line_location([line], line.text, state.section), level=heading,
                text=line.text,
            ))
            prev_line = None
            continue
        if starts:
            _flush(state)
        state.para.append(line)
        prev_line = line
    _flush(state)

    for number, builder in enumerate(state.builders, start=1):
        state.blocks[builder.block_index] = _finish_table(builder, number)
    doc.blocks = state.blocks
    doc.findings.extend(_image_findings(pages))
    doc.findings.extend(_table_findings(doc.blocks))
    return doc


def _page_items(pages: list[_PageData]) -> list[_Item]:
    """Body lines (page numbers dropped) and table segments of every page, in reading order."""
    items: list[_Item] = []
    for page in pages:
        boxes = [bbox for bbox, _ in page.tables]
        body = [c for c in page.chars if not any(_inside(c, b) for b in boxes)]
        lines = _group_lines(body, page.number)
        lines = [ln for k, ln in enumerate(lines) if not _is_page_number(ln, k, len(lines), page)]
        page_items = [_Item(top=ln.top, line=ln) for ln in lines]
        for bbox, cells in page.tables:
            in_table = [c for c in page.chars if _inside(c, bbox)]
            texts = []
            for cell in cells:
                own = [c for c in in_table if _inside(c, cell, 0.0)]
                span = (min(c.x0 for c in own), max(c.x1 for c in own)) if own else None
                texts.append((cell, _cell_text(own, page.number), span))
            texts = _join_split_cells(texts)
            page_items.append(_Item(top=bbox[1], segment=_Segment(page.number, bbox, texts)))
        page_items.sort(key=lambda it: it.top)
        if page_items:
            page_items[0].first_on_page = True
            page_items[-1].last_on_page = True
        items.extend(page_items)
    return items


def _join_split_cells(
    cells: list[tuple[BBox, str, tuple[float, float] | None]],
) -> list[tuple[BBox, str]]:
    """Merge an empty cell into its neighbour when the neighbour's label is centred over both.

    A stray rule can cut a merged header cell in two ("行政诉讼" centred over ten columns, with a
    short rule after the third): the empty part is then no cell of its own in the printed form.
    """
    merged = [list(c) for c in cells]
    changed = True
    while changed:
        changed = False
        for empty in merged:
            if empty[1]:
                continue
            eb = empty[0]
            for other in merged:
                ob, text, span = other
                if other is empty or not text or span is None or _NUMBER.match(text):
                    continue
                same_row = abs(ob[1] - eb[1]) < 1 and abs(ob[3] - eb[3]) < 1
                touching = abs(ob[0] - eb[2]) < 1 or abs(eb[0] - ob[2]) < 1
                if not (same_row and touching):
                    continue
                union = _union([ob, eb])
                centre = (span[0] + span[1]) / 2
                to_union = abs(centre - (union[0] + union[2]) / 2)
                to_own = abs(centre - (ob[0] + ob[2]) / 2)
                if to_union * 3 < to_own and to_own > 0.1 * (ob[2] - ob[0]):
                    other[0] = union
                    merged.remove(empty)
                    changed = True
                    break
            if changed:
                break
    return [(c[0], c[1]) for c in merged]


def _is_page_number(line: _Line, k: int, n: int, page: _PageData) -> bool:
    if not _PAGE_NUMBER.match(line.text.strip()):
        return False
    at_edge = line.top > page.height * 0.85 or line.bottom < page.height * 0.15
    return at_edge or k == 0 or k == n - 1


def _layout(lines: list[_Line]) -> _Layout:
    if not lines:
        return _Layout(0.0, 0.0, 12.0)
    # The left margin: the smallest x0 that several lines share (the mode fails when an
    # unruled table's indented rows outnumber the prose lines).
    counts = Counter(round(ln.x0) for ln in lines)
    enough = max(2, len(lines) // 20)
    left = min((x for x, n in counts.items() if n >= enough), default=min(counts))
    right = Counter(round(ln.x1) for ln in lines).most_common(1)[0][0]
    size = statistics.median(ln.size for ln in lines)
    # The most common right edge is the justified width; never let a short-lines page lower it.
    right = max(right, statistics.median(ln.x1 for ln in lines))
    layout = _Layout(float(left), float(right), float(size))
    indented = sum(1 for ln in lines if _is_indented(ln, layout))
    layout.indents = indented >= 3 and indented >= 0.05 * len(lines)
    return layout


def _title_lines(items: list[_Item], pages: list[_PageData], layout: _Layout) -> list[_Line]:
    """The first line(s) on page 1 up to the one completing "年度报告", if they look like a title."""
    first: list[_Line] = []
    for it in items:
        if it.line is None or it.line.page != 1 or len(first) == 3:
            break
        first.append(it.line)
    width = pages[0].width if pages else 0.0
    for k in range(len(first)):
        if "年度报告" in _join_lines([ln.text for ln in first[: k + 1]]).replace(" ", ""):
            candidates = first[: k + 1]
            if all(_title_like(ln, width, layout) for ln in candidates):
                return candidates
            return []
    return []


def _title_like(line: _Line, page_width: float, layout: _Layout) -> bool:
    centred = abs((line.x0 + line.x1) / 2 - page_width / 2) < page_width * 0.1
    return centred or line.size >= layout.size * 1.15


def _is_indented(line: _Line, layout: _Layout) -> bool:
    return line.x0 - layout.left > 0.8 * line.size


def _is_short(line: _Line, layout: _Layout) -> bool:
    return line.x1 < layout.right - 3 * line.size


def _starts_block(line: _Line, prev: _Line, layout: _Layout) -> bool:
    """A line starts a new paragraph with an indent, after a short line, or after a sentence end.

    In a document whose paragraphs start indented, a full-width line ending in 。 followed by
    a line at the margin is one paragraph wrapping at a sentence end, not two paragraphs.
    """
    if _is_indented(line, layout) or _is_short(prev, layout):
        return True
    if abs(line.size - prev.size) > 0.1 * max(line.size, prev.size):  # a heading in a larger font
        return True
    if _row_like(prev) or _row_like(line):  # rows of a table set without rules
        return True
    return not layout.indents and prev.text.endswith(_TERMINAL)


def _heading_level(line: _Line, starts: bool, ends: bool) -> int:
    text = line.text
    if not (starts and ends) or len(text) > 40 or text[-1].isdigit():
        return 0
    if _row_like(line):  # a table row set without rules: "四、结转… 2 1 0 0"
        return 0
    h1, h2 = _H1.match(text), _H2.match(text)
    if h1 and h1.end() < len(text) and not text.endswith("。"):
        return 1
    if h2 and h2.end() < len(text):
        return 2
    return 0


_NUMBERS_AT_END = re.compile(r"(?:\s+[-+]?\d[\d,.]*){3,}$")


def _row_like(line: _Line) -> bool:
    """A line that looks like a row of an unruled table: wide gaps, or a run of numbers."""
    if _NUMBERS_AT_END.search(" " + line.text):
        return True
    return any(b.x0 - a.x1 > 2.5 * line.size for a, b in zip(line.chars, line.chars[1:], strict=False))


def _line_location(lines: list[_Line], text: str, section: str | None) -> Location:
    first_page = lines[0].page
    box = _union([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in lines if ln.page == first_page])
    return Location(page=first_page, bbox=_round_box(box), section=section, snippet=text[:30])


def _round_box(box: BBox) -> BBox:
    return (round(box[0], 1), round(box[1], 1), round(box[2], 1), round(box[3], 1))


def _flush(state: _State) -> None:
    if not state.para:
        return
    text = _join_lines([ln.text for ln in state.para])
    state.blocks.append(Paragraph(location=_line_location(state.para, text, state.section), text=text))
    state.para = []


# --------------------------------------------------------------------------------------------
# Tables


def _add_segment(state: _State, item: _Item) -> None:
    seg = item.segment
    assert seg is not None
    builder = state.open_table
    if (
        builder is not None
        and item.first_on_page
        and builder.segments[-1].page == seg.page - 1
        and _columns_compatible(builder.x_edges, seg)
    ):
        builder.segments.append(seg)
    else:
        builder = _TableBuilder([seg], state.section, len(state.blocks))
        state.builders.append(builder)
        # A placeholder keeps the table's place in reading order; _build swaps in the Table once
        # every page is read (a later page may still add rows to it).
        state.blocks.append(Paragraph(location=Location(), text=""))
    state.open_table = builder if item.last_on_page else None


def _columns_compatible(edges: list[float], seg: _Segment) -> bool:
    """Same outer edges, and one set of column edges contains the other (within tolerance)."""
    new = _cluster([v for b, _ in seg.cells for v in (b[0], b[2])], _ROW_TOL)
    if abs(new[0] - edges[0]) > _COL_TOL or abs(new[-1] - edges[-1]) > _COL_TOL:
        return False

    def covered(a: list[float], b: list[float]) -> bool:
        return all(min(abs(x - y) for y in b) <= 2.0 or x in (a[0], a[-1]) for x in a)

    return covered(new, edges) or covered(edges, new)


def _finish_table(builder: _TableBuilder, index: int) -> Table:
    xs = builder.x_edges
    cells: list[Cell] = []
    boxes: dict[int, BBox] = {}
    pages: dict[int, int] = {}
    offset = 0
    for k, seg in enumerate(builder.segments):
        ys = _cluster([v for b, _ in seg.cells for v in (b[1], b[3])], _ROW_TOL)
        start = len(cells)
        for box, text in sorted(seg.cells, key=lambda c: (round(c[0][1]), c[0][0])):
            r0, r1 = _nearest(ys, box[1]), _nearest(ys, box[3])
            c0, c1 = _nearest(xs, box[0]), _nearest(xs, box[2])
            if r1 <= r0 or c1 <= c0:
                continue
            cell = Cell(row=offset + r0, col=c0, text=text, rowspan=r1 - r0, colspan=c1 - c0)
            boxes[id(cell)] = box
            pages[id(cell)] = seg.page
            cells.append(cell)
        if k > 0:
            _merge_continuation(cells[:start], cells[start:], offset, cells)
        offset += len(ys) - 1
    n_rows, n_cols = offset, len(xs) - 1
    first = builder.segments[0]
    table = Table(
        location=Location(
            page=first.page, table=index, bbox=_round_box(first.bbox), section=builder.section
        ),
        cells=[], n_rows=n_rows, n_cols=n_cols, index=index,
    )
    table.cells = cells
    return _number_table(table, boxes, pages)


def _merge_continuation(before: list[Cell], after: list[Cell], boundary: int, cells: list[Cell]) -> None:
    """Merge label cells cut by a page break into the cell above them.

    In the label columns (left of the first column holding a number), a cell in the first row of
    the continuation that is empty, or holds the unnumbered tail of a group label
    ("（四）无" / "法提供"), continues the cell above it with the same columns.
    """
    numeric_cols = [c.col for c in after if _NUMBER.match(c.text.strip())]
    if not numeric_cols:
        return
    first_numeric = min(numeric_cols)
    above = {(c.col, c.colspan): c for c in before if c.row + c.rowspan == boundary}
    for cell in [c for c in after if c.row == boundary and c.col + c.colspan <= first_numeric]:
        top = above.get((cell.col, cell.colspan))
        if top is None:
            continue
        text = cell.text.strip()
        group_label = cell.col + cell.colspan < first_numeric  # more labels to its right
        if text and not (group_label and top.text and not _NUMBERING.match(text)):
            continue
        top.text = _join_lines([top.text, text])
        top.rowspan += cell.rowspan
        cells.remove(cell)


def _number_table(table: Table, boxes: dict[int, BBox], pages: dict[int, int]) -> Table:
    """Give the table its cells' locations; the index is set by the caller's order."""
    for cell in table.cells:
        cell.location = Location(
            page=pages[id(cell)], table=table.index, row=cell.row + 1, col=cell.col + 1,
            bbox=_round_box(boxes[id(cell)]), snippet=cell.text[:30],
            section=table.location.section,
        )
    table.cells.sort(key=lambda c: (c.row, c.col))
    table.location = table.location.with_(snippet=next((c.text[:30] for c in table.cells if c.text), ""))
    return table


# --------------------------------------------------------------------------------------------
# Findings


def _image_findings(pages: list[_PageData]) -> list[Diagnostic]:
    image_pages = [p for p in pages if p.n_images and not any(not c.text.isspace() for c in p.chars)]
    if not image_pages:
        return []
    if len(image_pages) == len(pages) and len(pages) > 1:
        return [_finding(
            f"该 PDF 全部 {len(pages)} 页都是图片（扫描件），没有可读取的文字，无法检查",
            Location(page=1), "请提供文字版 PDF 或 .docx 原件",
        )]
    return [
        _finding(
            f"第 {p.number} 页是图片，没有可读取的文字，其中的内容无法检查",
            Location(page=p.number), "请提供文字版 PDF 或 .docx 原件",
        )
        for p in image_pages
    ]


def _table_findings(blocks: list[Block]) -> list[Diagnostic]:
    """A section that should hold a table but has no ruled table before the next section."""
    findings = []
    for i, block in enumerate(blocks):
        if not (isinstance(block, Heading) and block.level == 1):
            continue
        name = block.text.replace(" ", "")
        if not any(p.match(name) for p in _TABLE_SECTIONS):
            continue
        has_table = False
        for later in blocks[i + 1:]:
            if isinstance(later, Heading) and later.level <= 1:
                break
            if isinstance(later, Table):
                has_table = True
                break
        if not has_table:
            findings.append(_finding(
                f"“{block.text}”部分的表格无法机器读取（无框线表格或以图片发布），其中的数字未能核对",
                block.location, "请在 PDF 中使用带框线的表格，或提供 .docx 原件",
            ))
    return findings


def _finding(message: str, location: Location, help_text: str) -> Diagnostic:
    return Diagnostic(
        code="RL307", rule="RL307", check="tables", severity=Severity.WARNING, message=message,
        location=location, status=Status.UNVERIFIABLE, help=help_text,
    )
