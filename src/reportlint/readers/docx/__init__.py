"""Read a .docx into a :class:`~reportlint.model.document.Document`.

The package is read with :mod:`zipfile` and :mod:`lxml` directly, not through python-docx, whose
object layer drops text in content controls, tracked insertions, simple fields and text boxes,
and loses rows and cells wrapped in content controls.  The modules, in the order a read uses them:

* :mod:`.package`: what the file is, its parts within the limits of :mod:`.limits`, safe XML;
* :mod:`.styles` and :mod:`.numbering`: what styles say (headings, bold, numbering) and the labels
  of auto-numbered paragraphs;
* :mod:`.body`: the walk over the body, in document order (a paragraph's runs, fields and text boxes:
  :mod:`.inline`); :mod:`.tables`: tables as grids;
* :mod:`.wordml`: the XML names they all look for.

Besides :func:`read`, :func:`body_places` tells ``reportlint annotate`` where the paragraphs and
table cells the reader numbers are, so that a comment lands where the finding says.
"""

from __future__ import annotations

from pathlib import Path

from ...model.diagnostics import Diagnostic, InputError, Severity
from ...model.document import Block, Document, Heading, Location, Paragraph, Table
from ...model.records import Record
from . import limits
from .body import BodyWalker, Places
from .package import HINT_RESAVE, Package, parse_xml
from .styles import Styles
from .wordml import BODY, DEL, DOCUMENT, ID, INS, MOVEFROM, MOVETO, NS_W_STRICT, P, T, W

REVISION_MESSAGE = "文档含有未接受的修订（修订记录），检查的是接受全部修订后的文本"
_REVISION_TAGS = (INS, DEL, MOVEFROM, MOVETO)


def _open_body(pkg: Package, places: Places | None = None) -> tuple[BodyWalker, object]:
    """The walker over the main document part, and the part's root, the body walked."""
    doc_name = pkg.main_document_name()
    data = pkg.read(doc_name, limits.MAX_DOCUMENT_XML)
    assert data is not None
    root = parse_xml(data, doc_name)
    if root.tag != DOCUMENT:
        if isinstance(root.tag, str) and root.tag.startswith(f"{{{NS_W_STRICT}}}"):
            raise InputError("这是 Strict Open XML 格式的 .docx，reportlint 暂不支持",
                             "请在 Word 中“另存为”标准的 Word 文档 (.docx)")
        raise InputError(f"{doc_name} 不是 Word 正文部件（根元素不是 w:document）", HINT_RESAVE)
    styles_name = pkg.related(doc_name, "/styles", "word/styles.xml")
    styles = Styles(pkg.read(styles_name) if styles_name else None)
    walker = BodyWalker(pkg, doc_name, root, styles, places)
    body = root.find(BODY)
    if body is not None:
        walker.walk(body)
    return walker, root


def read(path: Path) -> Document:
    """Read a .docx, or raise :class:`~reportlint.model.diagnostics.InputError`."""
    path = Path(path)
    with Package(path) as pkg:
        walker, root = _open_body(pkg)
        revisions = sum(1 for _ in root.iter(*_REVISION_TAGS))
        word_comments = _word_comments(walker)
    doc = Document(path=str(path), format="docx", blocks=walker.blocks, source=None)
    doc.title = _title(walker.blocks)
    doc.metadata["paragraphs"] = walker.para_no
    doc.metadata["page_markers"] = walker.paging
    if walker.field_cells:
        doc.metadata["field_cells"] = walker.field_cells
    if word_comments:
        doc.metadata["word_comments"] = word_comments
    if revisions:
        doc.metadata["revisions"] = revisions
        doc.findings.append(Diagnostic(
            code="RL104", rule="RL104", check="input", severity=Severity.INFO,
            message=REVISION_MESSAGE,
            location=walker.first_revision or Location(),
            help="在 Word 中“审阅 → 接受所有修订”后保存，可消除此提示",
        ))
    return doc


class BodyPlaces(Record):
    """Where the paragraphs and table cells the reader numbers are in the main document part, as
    positions that another XML library's parse of the same part agrees on: the ordinal of a w:p
    among all w:p elements of the part in document order (``root.iter(w:p)``).

    ``paragraphs[N - 1]``: body paragraph N (``Location.paragraph``); ``cells[(table, row, col)]``
    (1-based grid position, as ``Location`` gives it): the first w:p of the w:tc covering it.
    """

    __slots__ = ("paragraphs", "cells")

    def __init__(self, paragraphs: list[int], cells: dict[tuple[int, int, int], int]) -> None:
        self.paragraphs = paragraphs
        self.cells = cells

    def paragraph(self, number: int) -> int | None:
        return self.paragraphs[number - 1] if 1 <= number <= len(self.paragraphs) else None

    def cell(self, table: int, row: int, col: int) -> int | None:
        return self.cells.get((table, row, col))


def body_places(path: Path) -> BodyPlaces:
    """Read a .docx as :func:`read` does and say where its numbered paragraphs and cells are."""
    places = Places()
    with Package(Path(path)) as pkg:
        _walker, root = _open_body(pkg, places)
    ordinal = {p: i for i, p in enumerate(root.iter(P))}
    cells = {}
    for key, tc in places.cells.items():
        first = next(tc.iter(P), None)
        if first is not None:
            cells[key] = ordinal[first]
    return BodyPlaces([ordinal[p] for p in places.paragraphs], cells)


def _title(blocks: list[Block]) -> str | None:
    """The title the file marks as one: a paragraph in Word's Title style, else a first paragraph the writer made a
    heading (a heading style, a short bold line) naming a report.  A plain first paragraph is not taken: whether it
    is the title or a sentence that names it (根据…，现公布…年度报告。本报告由…) is for identify to judge, for every
    format alike, from the document's opening."""
    for b in blocks:
        if isinstance(b, Heading) and b.level == 0 and b.text.strip():
            return b.text.strip()
    for b in blocks:
        if isinstance(b, Heading | Paragraph) and b.text.strip():
            text = b.text.strip()
            return text if isinstance(b, Heading) and "报告" in text else None
        if isinstance(b, Table):
            return None
    return None


def _word_comments(walker: BodyWalker) -> list[tuple[str, str, Location]]:
    """(id, text, anchor) of each Word comment anchored in the body (word/comments.xml)."""
    if not walker.comment_anchors:
        return []
    root = walker.part("/comments", "word/comments.xml")
    if root is None:
        return []
    out = []
    for comment in root.iter(W + "comment"):
        cid = comment.get(ID) or ""
        if cid not in walker.comment_anchors:
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(T)) for p in comment.iter(P)]
        out.append((cid, "\n".join(paragraphs).strip(), walker.comment_anchors[cid][1]))
    return out
