"""Plain records passed between the PDF reader's stages, and the small geometry they share.

Extraction fills :class:`Char` and :class:`PageData` from the PDF library; everything after it
works on these plain values only, so the layout rebuild can be tested (and reasoned about)
without a PDF library in sight.  Coordinates are PDF points with the origin at the top left of
the page (``top`` grows downwards), as a reader of the page sees them.
"""

from __future__ import annotations

import bisect
import math

from ...model.diagnostics import InputError
from ...model.records import Record

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

# Geometry tolerances, in PDF points.
COL_TOL = 3.0  # column edges of the page halves of one table (seen: up to 2.3 pt apart)
ROW_TOL = 1.0  # row edges within one page
IN_TABLE_MARGIN = 1.0


class Char(Record):
    __slots__ = ("text", "x0", "x1", "top", "bottom", "size")

    def __init__(self, text: str, x0: float, x1: float, top: float, bottom: float, size: float) -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size



class PageData(Record):
    """One page as extraction hands it on; layout reduces it to lines and table segments."""

    __slots__ = ("number", "width", "height", "chars", "vertical", "horizontal", "n_images")

    def __init__(self, number: int, width: float, height: float, chars: list[Char], vertical: list[list[float]],
                 horizontal: list[list[float]], n_images: int) -> None:
        self.number = number  # 1-based
        self.width = width
        self.height = height
        self.chars = chars
        self.vertical = vertical  # visible vertical rules [x0, top, x1, bottom], in drawing order
        self.horizontal = horizontal  # visible horizontal rules
        self.n_images = n_images


class Limits(Record):
    """How much of a PDF reportlint reads before refusing it as too large (README, bad input)."""

    __slots__ = ("pages", "page_chars", "file_chars", "page_drawings", "file_drawings", "page_objects", "crossings")

    def __init__(self, pages: int, page_chars: int, file_chars: int, page_drawings: int, file_drawings: int,
                 page_objects: int, crossings: int) -> None:
        self.pages = pages
        self.page_chars = page_chars
        self.file_chars = file_chars
        self.page_drawings = page_drawings  # subpaths (lines, rectangles, curves) and images
        self.file_drawings = file_drawings
        self.page_objects = page_objects  # page objects of any kind, text runs included
        self.crossings = crossings  # ruling-line crossings (table corners)


def too_large(what: str) -> InputError:
    return InputError(f"PDF 内容过大：{what}，未读取", "年度报告每页通常不到 2,000 个字符、几百条表格线，请确认文件是否正确")


class PageSummary(Record):
    """What the document needs of a page once its characters are gone."""

    __slots__ = ("number", "width", "n_images", "has_text")

    def __init__(self, number: int, width: float, n_images: int, has_text: bool) -> None:
        self.number = number
        self.width = width
        self.n_images = n_images
        self.has_text = has_text


class Line(Record):
    """One visual line of body text.  Its characters are not kept: only what layout asks of them."""

    __slots__ = ("page", "text", "x0", "x1", "top", "bottom", "size", "wide_gap")

    def __init__(self, page: int, text: str, x0: float, x1: float, top: float, bottom: float, size: float,
                 wide_gap: bool = False) -> None:
        self.page = page
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size
        self.wide_gap = wide_gap  # a gap of more than 2.5 font sizes between two characters


class Segment(Record):
    """The part of a table on one page, with its cells' texts."""

    __slots__ = ("page", "bbox", "cells")

    def __init__(self, page: int, bbox: BBox, cells: list[tuple[BBox, str]]) -> None:
        self.page = page
        self.bbox = bbox
        self.cells = cells


class Item(Record):
    """A body line or a table segment on a page, in reading order."""

    __slots__ = ("top", "line", "segment", "first_on_page", "last_on_page")

    def __init__(self, top: float, line: Line | None = None, segment: Segment | None = None, first_on_page: bool = False,
                 last_on_page: bool = False) -> None:
        self.top = top
        self.line = line
        self.segment = segment
        self.first_on_page = first_on_page
        self.last_on_page = last_on_page


def cluster(values: list[float], tol: float) -> list[float]:
    """Sorted representatives of values closer than tol to their cluster's first member."""
    reps: list[float] = []
    members: list[list[float]] = []
    for v in sorted(values):
        if members and v - members[-1][0] <= tol:
            members[-1].append(v)
        else:
            members.append([v])
    for m in members:
        reps.append(fmean(m))
    return reps


def fmean(values: list[float]) -> float:
    """statistics.fmean, without importing statistics (which imports decimal, fractions and random:
    ~18 ms of a cold PDF check)."""
    return math.fsum(values) / len(values)


def median(values: list[float]) -> float:
    """statistics.median (the mean of the two middle values for an even count)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def nearest(reps: list[float], v: float) -> int:
    """The index of the representative nearest ``v`` (of equals, the first), in ``reps`` sorted as
    ``cluster`` gives them: only the two around ``v`` can be nearest (every cell edge of a table asks)."""
    i = bisect.bisect_left(reps, v)
    if i == len(reps) or (i > 0 and abs(reps[i - 1] - v) <= abs(reps[i] - v)):
        i = bisect.bisect_left(reps, reps[i - 1]) if i > 0 else i
    return i


def union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def round_box(box: BBox) -> BBox:
    return (round(box[0], 1), round(box[1], 1), round(box[2], 1), round(box[3], 1))
