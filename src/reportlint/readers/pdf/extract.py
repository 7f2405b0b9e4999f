"""Phase 1 of the PDF reader: the only code that touches the PDF library (pdfplumber/pdfminer).

Per page it returns plain :class:`~.records.PageData`: the characters with their boxes, the ruled
tables found by ``find_tables()`` on the page's *visible* strokes, and the number of images.  Any
library failure becomes an :class:`InputError` with a reason a person can act on.

WPS paints every prose line over a white filled rectangle; ``find_tables()`` then sees the whole
page as a one-column "table".  Invisible strokes (white, or fills that are not thin rules) are
dropped before looking for tables.  A table split over two pages often lacks its bottom border on
the first page and its top border on the second (the vertical rules just stop): where two or more
vertical rules end at the same height, a closing horizontal rule is added there.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from ...model.diagnostics import InputError
from .records import ROW_TOL, BBox, Char, PageData, cluster

CLOSE_TOL = 1.5  # vertical rules "ending at the same height"


def extract(pdfplumber: Any, path: Path, max_pages: int) -> list[PageData]:
    """Phase 1: everything that calls pdfplumber.  Library errors become InputError."""
    try:
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n == 0:
                raise InputError("PDF 文件没有页面", "请重新导出该 PDF")
            if n > max_pages:
                raise InputError(
                    f"PDF 共 {n} 页，超过上限 {max_pages} 页，未读取",
                    "年度报告通常只有几页；请确认文件是否正确",
                )
            return [extract_page(page, i + 1) for i, page in enumerate(pdf.pages)]
    except InputError:
        raise
    except Exception as exc:
        raise library_error(exc) from None


def library_error(exc: Exception) -> InputError:
    names = " ".join(cls.__name__ for cls in type(exc).__mro__) + " " + str(exc)
    original = getattr(exc, "args", [None])[0] if exc.args else None
    if isinstance(original, Exception):  # pdfplumber wraps pdfminer errors
        names += " " + " ".join(cls.__name__ for cls in type(original).__mro__)
    if "Password" in names or "Encrypt" in names:
        return InputError("PDF 文件已加密，需要密码才能打开", "请导出一份未加密的 PDF 再检查")
    return InputError("PDF 文件已损坏，无法解析", "请用 PDF 阅读器确认文件能打开，或重新导出")


def is_visible(obj: dict[str, Any]) -> bool:
    """Keep only strokes a reader can see, so white backgrounds do not make tables."""
    kind = obj.get("object_type")
    if kind == "rect":
        width, height = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        if obj.get("stroke") and not is_white(obj.get("stroking_color")):
            return True
        # A filled rectangle counts only as a thin rule (some writers draw borders that way).
        return bool(obj.get("fill")) and min(width, height) <= 2 and not is_white(
            obj.get("non_stroking_color")
        )
    if kind in ("line", "curve"):
        return not is_white(obj.get("stroking_color"))
    return True


def is_white(color: Any) -> bool:
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


def closing_lines(vertical_edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Horizontal rules where two or more vertical rules start or end at the same height.

    A table cut by a page break often has no bottom border before the break and no top border
    after it; without these lines the rows at the break are not cells at all.
    """
    lines = []
    for key in ("top", "bottom"):
        ends = sorted((e[key], e["x0"]) for e in vertical_edges if e["bottom"] - e["top"] > 3)
        group: list[tuple[float, float]] = []
        for y, x in [*ends, (float("inf"), 0.0)]:
            if group and y - group[0][0] > CLOSE_TOL:
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


def extract_page(page: Any, number: int) -> PageData:
    chars = [
        Char(c["text"], float(c["x0"]), float(c["x1"]), float(c["top"]), float(c["bottom"]),
              float(c.get("size") or (c["bottom"] - c["top"])))
        for c in page.chars
        if c.get("text")
    ]
    shown = page.filter(is_visible)
    tables: list[tuple[BBox, list[BBox]]] = []
    if shown.edges:
        closing = closing_lines(shown.vertical_edges)
        found = shown.find_tables(table_settings={"explicit_horizontal_lines": closing})
        for table in found:
            cells = [tuple(float(v) for v in c) for c in table.cells]
            xs = cluster([v for c in cells for v in (c[0], c[2])], ROW_TOL)
            if len(xs) < 3 or len(cells) < 2:  # one column: a box around text, not a table
                continue
            tables.append((tuple(float(v) for v in table.bbox), cells))  # type: ignore[arg-type]
    return PageData(number, float(page.width), float(page.height), chars, tables, len(page.images))
