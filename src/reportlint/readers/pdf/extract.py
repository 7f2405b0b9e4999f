"""Phase 1 of the PDF reader: the only code that touches the PDF library (PDFium, through pypdfium2).

Per page it returns plain :class:`~.records.PageData`: the characters with their boxes, the
*visible* horizontal and vertical rules (``ruling.py`` finds the tables in them, at layout) and the
number of images.  Pages are
read one at a time and handed on, so a document's characters are never all in memory at once.
Any library failure becomes an :class:`InputError` with a reason a person can act on.

Why PDFium: its C++ core loads a page of a real report and its text many times faster than pdfminer's
Python (benchmarks/RESULTS.md compares pdfminer, pdfplumber and pdftext), and it bounds what a
hostile file can make it do (a string in a content stream holds at most 32,767 characters).  Only its
public API is used: the text page (``FPDFText_*``: each character's code point, origin, font size, matrix and
font) and the page objects (``FPDFPage_*``, ``FPDFPath_*``: each path's segments, matrix, fill and
stroke), through ``pypdfium2.raw``, the documented ctypes binding.

Character boxes are built the way pdfminer built them, so the layout rules tuned on real reports
(and their page locations) hold: ``x0`` is the glyph origin and ``x1`` the origin plus the glyph's
advance width; ``bottom`` is the baseline less the font's descent and ``top`` one font size above
it.  A font whose descent PDFium reports as positive (it makes one up from glyph boxes when the font
declares none, as LibreOffice's CJK fonts do) counts as having none, as pdfminer had it; a made-up
negative one is kept (it cannot be told from a declared one), so LibreOffice's bold and DejaVu
characters sit 0.1–0.2 font sizes lower than pdfminer put them.

Rules: every path is split into its subpaths and each is classified as pdfminer did — a straight
segment is a line, a closed axis-aligned quadrilateral a rectangle, anything else a curve — and only
what a reader can see is kept: a stroked rule that is not white, or a filled rectangle that is thin
enough to be a rule and not white.  WPS paints every prose line over a white filled rectangle; kept,
those would make the whole page a one-column "table".
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from ...model.diagnostics import InputError
from .calls import Calls, calls_for
from .records import Char, Limits, PageData, too_large

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

Edge = list[float]  # [x0, top, x1, bottom]

WHITE = 242  # 0.95 of full intensity, on PDFium's 0-255 RGB scale
FORM_DEPTH = 16  # nested form XObjects followed this deep


def pages(pdfium: Any, path: Path, limits: Limits) -> Iterator[PageData]:
    """Yield the pages of the PDF at ``path`` one at a time, or raise InputError."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:  # pypdfium2 raises PdfiumError (and OSError for unreadable files)
        raise library_error(exc) from None
    try:
        n = len(pdf)
        if n == 0:
            raise InputError("PDF 文件没有页面", "请重新导出该 PDF")
        if n > limits.pages:
            raise InputError(f"PDF 共 {n} 页，超过上限 {limits.pages} 页，未读取", "年度报告通常只有几页；请确认文件是否正确")
        totals = [0, 0]  # characters, drawn objects so far
        for index in range(n):
            yield read_page(pdfium, pdf, index, limits, totals)
    finally:
        pdf.close()


def library_error(exc: Exception) -> InputError:
    text = f"{type(exc).__name__} {exc}"
    if "assword" in text or "ecurity" in text:
        return InputError("PDF 文件已加密，需要密码才能打开", "请导出一份未加密的 PDF 再检查")
    return InputError("PDF 文件已损坏，无法解析", "请用 PDF 阅读器确认文件能打开，或重新导出")


def read_page(pdfium: Any, pdf: Any, index: int, limits: Limits, totals: list[int]) -> PageData:
    raw = pdfium.raw
    lib = calls_for(raw)
    number = index + 1
    try:
        page = pdf[index]
    except Exception as exc:
        raise library_error(exc) from None
    try:
        left, bottom, right, top = page.get_mediabox()
        drawing = Drawing(raw, lib, top, number, limits)
        drawing.walk_page(page.raw)
        totals[1] += drawing.n_drawn
        if totals[1] > limits.file_drawings:
            raise too_large(f"图形对象（线条、矩形、图片）总数超过上限 {limits.file_drawings:,} 个（到第 {number} 页）")
        textpage = page.get_textpage()
        try:
            chars = read_chars(raw, lib, textpage.raw, top, number, limits)
        finally:
            textpage.close()
        totals[0] += len(chars)
        if totals[0] > limits.file_chars:
            raise too_large(f"字符总数超过上限 {limits.file_chars:,} 个（到第 {number} 页）")
    finally:
        page.close()
    return PageData(number, float(right - left), float(top - bottom), chars, drawing.vertical(), drawing.horizontal(),
                    drawing.n_images)


# --------------------------------------------------------------------------------------------
# Characters


def read_chars(raw: Any, lib: Calls, textpage: Any, page_top: float, number: int, limits: Limits) -> list[Char]:
    """The page's characters (PDFium's generated spaces and line breaks left out), with boxes.

    Each call into PDFium costs ~0.3-0.5 us through ``calls.py`` (more than PDFium's own work in it),
    so a character costs two (its origin and its text object; the code points come from one call
    per page); font, size and matrix are asked once per text object (with WPS: every character),
    descent and glyph widths once per font and size, and kept.
    """
    n = raw.FPDFText_CountChars(textpage)
    if n > limits.page_chars:
        raise too_large(f"第 {number} 页有 {n:,} 个字符（每页上限 {limits.page_chars:,} 个）")
    get_unicode, is_generated = lib.FPDFText_GetUnicode, lib.FPDFText_IsGenerated
    get_object, get_origin = lib.FPDFText_GetTextObject, lib.FPDFText_GetCharOrigin
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref = ctypes.byref(origin_x), ctypes.byref(origin_y)
    by_object: dict[int | None, TextRun] = {}
    runs = TextRuns(raw, lib)
    chars: list[Char] = []
    append = chars.append
    codes = page_codes(raw, textpage, n)
    for i in range(n):
        code = codes[i] if codes is not None else get_unicode(textpage, i)
        if code in (32, 13, 10) and is_generated(textpage, i):
            continue
        if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            continue
        obj = get_object(textpage, i)
        key = obj.value  # the handle's address: the same text object gives the same number
        run = by_object.get(key)
        if run is None:  # WPS writes each character as a text object of its own: share runs by font
            run = by_object[key] = runs.get(textpage, i, obj)
        get_origin(textpage, i, x_ref, y_ref)
        widths = run.widths  # code -> box width, shared by the runs of one font, size and scale
        advance = widths[code] if code in widths else widths.setdefault(code, run.advance(lib, code))
        if advance is None:  # rotated text or an unknown width: PDFium's own box
            loose = raw.FS_RECTF()
            raw.FPDFText_GetLooseCharBox(textpage, i, ctypes.byref(loose))
            top, bottom = page_top - loose.top, page_top - loose.bottom
            append(Char(chr(code), loose.left, loose.right, top, bottom, bottom - top))
            continue
        x0 = origin_x.value
        # vertical writing: PDFium's origin is already the box's lower left corner (run.drop is 0)
        base = page_top - (origin_y.value + (0.0 if advance < 0 else run.drop))
        append(Char(chr(code), x0, x0 + abs(advance), base - run.height, base, run.height))
    return chars


class TextRun:
    """What every character of one text object shares: its font, size and scale.

    ``drop`` is how far a character's box reaches below its baseline (the font's descent, scaled);
    ``advance()`` is a glyph's box width, negative for vertical writing (a box one font size wide).
    """

    __slots__ = ("font", "key", "size", "scale_x", "height", "drop", "upright", "widths")

    def __init__(self, font: Any, size: float, scale_x: float, scale_y: float, descent: float, upright: bool) -> None:
        self.font = font
        self.size = size
        self.scale_x = scale_x
        self.height = size * abs(scale_y)
        self.drop = descent * scale_y
        self.upright = upright
        self.key = bytes(font) + bytes(ctypes.c_float(size)) + bytes(ctypes.c_float(scale_x)) if font else b""
        self.widths: dict[int, float | None] = {}  # TextRuns shares one dict among the runs of a key

    def advance(self, lib: Calls, code: int) -> float | None:
        value = ctypes.c_float()
        if not (self.upright and self.font):
            return None
        if not lib.FPDFFont_GetGlyphWidth(self.font, code, ctypes.c_float(self.size), ctypes.byref(value)):
            return None
        if value.value < 0:
            return -abs(self.size * self.scale_x)
        return value.value * self.scale_x


class TextRuns:
    """The distinct runs of a page: one per font, size and scale, whatever the number of text objects."""

    def __init__(self, raw: Any, lib: Calls) -> None:
        self.lib = lib
        self.matrix = raw.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.runs: dict[tuple[bytes, float, float, float, float, float], TextRun] = {}
        self.descents: dict[tuple[bytes, float], float] = {}
        self.widths: dict[bytes, dict[int, float | None]] = {}  # run key -> code -> box width

    def get(self, textpage: Any, i: int, obj: Any) -> TextRun:
        lib, m = self.lib, self.matrix
        font = lib.FPDFTextObj_GetFont(obj)
        size = lib.FPDFText_GetFontSize(textpage, i)
        lib.FPDFText_GetMatrix(textpage, i, self.matrix_ref)
        font_key = bytes(font) if font else b""
        key = (font_key, size, m.a, m.b, m.c, m.d)
        run = self.runs.get(key)
        if run is None:
            upright = abs(m.b) < 1e-6 and abs(m.c) < 1e-6
            run = self.runs[key] = TextRun(font, size, m.a, m.d, self.descent(font, font_key, size), upright)
            run.widths = self.widths.setdefault(run.key, run.widths)
        return run

    def descent(self, font: Any, font_key: bytes, size: float) -> float:
        key = (font_key, size)
        if key not in self.descents:
            value = ctypes.c_float()
            descent = 0.0
            if font and self.lib.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(value)):
                descent = min(value.value, 0.0)  # positive: made up by PDFium, the font declares none
            self.descents[key] = descent
        return self.descents[key]


def page_codes(raw: Any, textpage: Any, n: int) -> list[int] | None:
    """Every character's code point from one call, when the page's text maps one to one onto its
    characters (no surrogate pairs, nothing left out); None otherwise (then one call each)."""
    if n == 0:
        return []
    buffer = (ctypes.c_ushort * (n + 1))()
    written = raw.FPDFText_GetText(textpage, 0, n, buffer)
    if written != n + 1:
        return None
    codes = list(buffer[:n])
    if any(0xD800 <= code <= 0xDFFF for code in codes):
        return None
    return codes


# --------------------------------------------------------------------------------------------
# Rules


class Drawing:
    """The visible rules and the image count of one page, gathered from its page objects."""

    def __init__(self, raw: Any, lib: Calls, page_top: float, number: int, limits: Limits) -> None:
        self.raw = raw
        self.lib = lib
        self.page_top = page_top
        self.number = number
        self.limits = limits
        self.n_objects = 0
        self.n_drawn = 0
        self.n_images = 0
        # pdfplumber's edge order: lines, then rectangle edges, then curve edges
        self.lines: list[tuple[str, Edge]] = []
        self.rects: list[tuple[str, Edge]] = []
        self.curves: list[tuple[str, Edge]] = []

    def vertical(self) -> list[Edge]:
        return [e for kind, e in (*self.lines, *self.rects, *self.curves) if kind == "v"]

    def horizontal(self) -> list[Edge]:
        return [e for kind, e in (*self.lines, *self.rects, *self.curves) if kind == "h"]

    def walk_page(self, page: Any) -> None:
        raw, lib = self.raw, self.lib
        n = lib.FPDFPage_CountObjects(page)
        self.count_objects(n)
        get_object, get_type = lib.FPDFPage_GetObject, lib.FPDFPageObj_GetType
        objects = [get_object(page, k) for k in range(n)]
        kinds = [get_type(obj) for obj in objects]
        # Every path or image is at least one drawn object: refuse a page of too many before reading
        # any path's segments (the costly part).
        drawn = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE)
        if sum(1 for kind in kinds if kind in drawn) > self.limits.page_drawings:
            self.count_drawn(self.limits.page_drawings + 1)
        visited = (*drawn, raw.FPDF_PAGEOBJ_FORM)  # visit() has nothing to do with text (or shading)
        for obj, kind in zip(objects, kinds, strict=True):
            if kind in visited:
                self.visit(obj, kind, None, 0)

    def count_objects(self, n: int) -> None:
        self.n_objects += n
        if self.n_objects > self.limits.page_objects:
            raise too_large(f"第 {self.number} 页的对象超过上限 {self.limits.page_objects:,} 个")

    def count_drawn(self, n: int) -> None:
        self.n_drawn += n
        if self.n_drawn > self.limits.page_drawings:
            raise too_large(f"第 {self.number} 页的图形对象（线条、矩形、图片）超过上限 {self.limits.page_drawings:,} 个")

    def visit(self, obj: Any, kind: int, outer: tuple[float, ...] | None, depth: int) -> None:
        """One page object; ``outer`` maps the space of the form it is in to the page (None: the page)."""
        raw, lib = self.raw, self.lib
        if kind == raw.FPDF_PAGEOBJ_PATH:
            m = self.matrix(obj)
            self.path(obj, m if outer is None else compose(m, outer))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            self.count_drawn(1)
            self.n_images += 1
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < FORM_DEPTH:
            m = self.matrix(obj)
            inner = m if outer is None else compose(m, outer)
            n = max(lib.FPDFFormObj_CountObjects(obj), 0)
            self.count_objects(n)
            for k in range(n):
                child = lib.FPDFFormObj_GetObject(obj, ctypes.c_ulong(k))
                self.visit(child, lib.FPDFPageObj_GetType(child), inner, depth + 1)

    def matrix(self, obj: Any) -> tuple[float, ...]:
        m = self.raw.FS_MATRIX()
        if not self.lib.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def color(self, obj: Any, stroke: bool) -> tuple[int, int, int] | None:
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        get = self.lib.FPDFPageObj_GetStrokeColor if stroke else self.lib.FPDFPageObj_GetFillColor
        if not get(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
            return None
        return (r.value, g.value, b.value)

    def path(self, obj: Any, m: tuple[float, ...]) -> None:
        """Split a path into subpaths and keep the visible axis-aligned rules, as pdfminer saw them."""
        raw, lib = self.raw, self.lib
        fill_mode, stroke_flag = ctypes.c_int(), ctypes.c_int()
        lib.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke_flag))
        fill, stroke = fill_mode.value != raw.FPDF_FILLMODE_NONE, bool(stroke_flag.value)
        n = lib.FPDFPath_CountSegments(obj)
        if n > 5 * self.limits.page_drawings:  # each subpath has at least two segments
            self.count_drawn(n // 2)
        get_segment, get_type = lib.FPDFPath_GetPathSegment, lib.FPDFPathSegment_GetType
        get_point, get_close = lib.FPDFPathSegment_GetPoint, lib.FPDFPathSegment_GetClose
        moveto, lineto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_LINETO, raw.FPDF_SEGMENT_BEZIERTO
        x, y = ctypes.c_float(), ctypes.c_float()
        refs = (ctypes.byref(x), ctypes.byref(y))
        a, b, c, d, e, f = m
        top = self.page_top
        subpaths: list[tuple[str, list[tuple[float, float]]]] = []
        shape: list[str] = []
        points: list[tuple[float, float]] = []
        bezier = 0
        for k in range(max(n, 0)):
            seg = get_segment(obj, k)
            kind = get_type(seg)
            get_point(seg, *refs)
            # PDFium keeps coordinates in single precision; to 1/10,000 pt they are the numbers the
            # file wrote (517.15, not 517.1500244), which decides how a cell edge rounds in messages.
            px, py = round(x.value, 4), round(y.value, 4)
            point = (a * px + c * py + e, top - (b * px + d * py + f))
            if kind == moveto:
                if shape:
                    subpaths.append(("".join(shape), points))
                shape, points, bezier = ["m"], [point], 0
            elif kind == lineto:
                shape.append("l")
                points.append(point)
            elif kind == bezierto:
                bezier += 1
                if bezier % 3 == 0:  # three points make one curve segment; its end is the point
                    shape.append("c")
                    points.append(point)
            if shape and get_close(seg):
                shape.append("h")
                points.append(points[0])
        if shape:
            subpaths.append(("".join(shape), points))
        self.count_drawn(len(subpaths))
        colors: dict[bool, tuple[int, int, int] | None] = {}

        def color(stroked: bool) -> tuple[int, int, int] | None:
            if stroked not in colors:
                colors[stroked] = self.color(obj, stroked)
            return colors[stroked]

        for text, pts in subpaths:
            self.subpath(text, pts, fill, stroke, color)

    def subpath(self, shape: str, pts: list[tuple[float, float]], fill: bool, stroke: bool,
                color: Callable[[bool], tuple[int, int, int] | None]) -> None:
        """Keep one subpath's rules if a reader can see them (the colours are asked only if needed)."""
        if len(shape) < 2 or shape[0] != "m" or "m" in shape[1:]:
            return
        if len(shape) > 3 and shape.endswith("lh") and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts = pts[:-1]
        if shape in ("mlh", "ml"):
            if not is_white(color(True)):
                self.lines.extend(segment_edges(pts[0], pts[1]))
            return
        if shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            closed = pts[0] == pts[4]
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            if closed and square:
                left, right = min(x0, x2), max(x0, x2)
                top, bottom = min(y0, y2), max(y0, y2)
                visible = (stroke and not is_white(color(True))) or (
                    fill and min(right - left, bottom - top) <= 2 and not is_white(color(False)))
                if visible:
                    self.rects.extend([
                        ("h", [left, top, right, top]), ("h", [left, bottom, right, bottom]),
                        ("v", [left, top, left, bottom]), ("v", [right, top, right, bottom]),
                    ])
                return
        if not is_white(color(True)):
            for a, b in itertools.pairwise(pts):
                self.curves.extend(segment_edges(a, b))


def segment_edges(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[str, Edge]]:
    """The segment as a horizontal or vertical rule; a slanted one is no rule."""
    edge = [min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])]
    if a[1] == b[1]:
        return [("h", edge)]
    if a[0] == b[0]:
        return [("v", edge)]
    return []


def is_white(color: tuple[int, int, int] | None) -> bool:
    return color is not None and all(v >= WHITE for v in color)


def compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
