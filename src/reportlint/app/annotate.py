"""``reportlint annotate report.docx``: a copy of the report (``report.checked.docx`` unless ``-o``
says otherwise) with each finding as a Word comment on its paragraph or table cell.

The paragraphs and tables are numbered exactly as the docx reader numbers them (body paragraphs
through content controls and inserted text; tables in document order, each nested table right
after the table that holds it): :func:`~reportlint.readers.docx.body_places` says where each one
is, so ¶12 and 表1 第5行第2列 land where the finding says.  A finding with a table but no cell goes
on the table's first cell; a finding with no place in the body goes on the first paragraph.  The
comments are in the pack's language and start with the rule code, so they are never read back as
``reportlint-disable`` suppressions, and so that annotating the copy again replaces them
(annotate_package.py).  The original file is never touched: the copy is written atomically, never
over an input.
"""

from __future__ import annotations

from pathlib import Path

from ..model.diagnostics import Diagnostic, FileResult, InputError, UsageError
from ..output.fileio import write_atomic

HELP_PREFIX = {"zh": "修改建议：", "en": "How to fix: "}
UNVERIFIABLE = {"zh": "（无法核对）", "en": " (cannot be verified)"}


def comment_text(d: Diagnostic, lang: str) -> str:
    lang = lang if lang in HELP_PREFIX else "zh"
    text = f"{d.code} {d.message}"
    if d.status.value == "unverifiable":
        text += UNVERIFIABLE[lang]
    if d.help:
        text += f"\n{HELP_PREFIX[lang]}{d.help}"
    return text


def _target_paragraph(places, paragraphs: list, d: Diagnostic):
    """The w:p a finding's comment goes on (``places``: the docx reader's body_places)."""
    loc = d.location
    ordinal = None
    if loc.table is not None:
        ordinal = places.cell(loc.table, loc.row or 1, loc.col or 1)
        if ordinal is None and loc.row is not None:
            ordinal = places.cell(loc.table, loc.row, 1)
    if ordinal is None and loc.paragraph is not None:
        ordinal = places.paragraph(loc.paragraph)
    if ordinal is None:
        ordinal = places.paragraph(1)
    return paragraphs[ordinal] if ordinal is not None and ordinal < len(paragraphs) else None


def annotate(result: FileResult, target: Path, author: str = "reportlint") -> int:
    """Write the annotated copy of ``result.path`` to ``target``; returns the number of comments.
    A file the reader refused, or whose comments cannot be written, is a one-line UsageError."""
    from ..readers.docx import body_places
    from ..readers.docx.package import Package
    from .annotate_package import CommentedPackage

    source = result.path
    try:  # a file check could not read fails here too, for the same reason
        places = body_places(Path(source))
        with Package(Path(source)) as pkg:
            package = CommentedPackage(pkg)
    except InputError as exc:
        hint = f"；{exc.hint}" if exc.hint else ""
        raise UsageError(f"无法批注 {source}：{exc.reason}{hint}") from None
    package.remove_earlier()
    paragraphs = package.paragraphs()
    count = 0
    for d in result.diagnostics:
        p = _target_paragraph(places, paragraphs, d)
        if p is not None:
            package.add(p, comment_text(d, result.pack_language), author)
            count += 1
    write_atomic(target, package.to_bytes(), inputs=[source])
    return count
