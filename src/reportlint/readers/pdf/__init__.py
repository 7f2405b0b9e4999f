"""PDF reader: headings, paragraphs and ruled tables from a text PDF.

The PDF library is an optional extra (``pip install "reportlint[pdf]"``), imported only when a PDF
is read.  The work happens in two phases, each in its own module:

1. *Extraction* (``extract.py``, the only code that touches the PDF library, PDFium through
   pypdfium2): per page, the characters with their boxes, the visible ruling lines and the number
   of images.  Any library failure becomes an :class:`InputError`, and so does a file past the
   limits below ("too large").
2. *Layout* (``ruling.py``, ``lines.py``, ``layout.py``, ``tables.py``: plain Python on plain
   data): ruled tables are found where the rules cross; characters outside tables are grouped
   into lines and lines into headings and paragraphs; table cells are snapped to a logical grid,
   and a table continued on the next page is stitched onto the one before it.

Pages are extracted and laid out one at a time: only the current page's characters are in memory.

Numbers are never guessed: a section whose table is not ruled (or is an image) yields an
``RL307`` finding instead of a table.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ...model.diagnostics import InputError
from ...model.document import Document

# Limits (README, "What reportlint does with bad input"): a real report has 5-10 pages of at most
# ~700 characters and ~200 drawn objects each; these are one to two orders of magnitude above.
MAX_PAGES = 200
MAX_PAGE_CHARS = 20_000
MAX_FILE_CHARS = 100_000
MAX_PAGE_DRAWINGS = 10_000  # subpaths (lines, rectangles, curves) and images
MAX_FILE_DRAWINGS = 40_000
MAX_PAGE_OBJECTS = 50_000  # page objects of any kind, text runs included
MAX_CROSSINGS = 20_000  # ruling-line crossings (table corners) per page


def read(path: Path) -> Document:
    """Read a PDF report into a Document (format "pdf"), or raise InputError."""
    path = Path(path)
    check_file(path)
    try:
        import pypdfium2
        import pypdfium2.raw
    except ImportError:
        raise InputError("读取 PDF 需要可选组件 pypdfium2", 'pip install "reportlint[pdf]"') from None
    from .extract import pages
    from .layout import build
    from .records import Limits

    limits = Limits(MAX_PAGES, MAX_PAGE_CHARS, MAX_FILE_CHARS, MAX_PAGE_DRAWINGS, MAX_FILE_DRAWINGS,
                    MAX_PAGE_OBJECTS, MAX_CROSSINGS)
    with contextlib.closing(pages(pypdfium2, path, limits)) as each_page:  # closes the PDF on a refusal too
        return build(path, each_page, limits.crossings)


def check_file(path: Path) -> None:
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

