"""``reportlint annotate report.docx -o report.checked.docx``: a copy of the report with each
finding as a Word comment on its paragraph or table cell (python-docx 1.2 comments).

The paragraphs and tables are numbered exactly as the docx reader numbers them (body paragraphs
through content controls and inserted text; tables in document order, each nested table right
after the table that holds it), so ¶12 and 表1 第5行第2列 land where the finding says.  A finding
with a table but no cell goes on the table's first cell; a finding with no place in the body goes
on the first paragraph.  The comments are in the pack's language and start with the rule code, so
they are never read back as ``reportlint-disable`` suppressions; the original file is not touched
(the copy is written atomically, never over the input).
"""

from __future__ import annotations

import io
from pathlib import Path

from ..model.diagnostics import Diagnostic, FileResult
from .fileio import write_atomic

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
    return paragraphs[ordinal] if ordinal is not None else None


def annotate(result: FileResult, target: Path, author: str = "reportlint") -> int:
    """Write the annotated copy of ``result.path`` to ``target``; returns the number of comments."""
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    from ..readers.docx import body_places

    places = body_places(Path(result.path))
    document = docx.Document(result.path)
    paragraphs = list(document.element.iter(qn("w:p")))
    count = 0
    for d in result.diagnostics:
        p = _target_paragraph(places, paragraphs, d)
        if p is None:
            continue
        paragraph = Paragraph(p, document._body)
        runs = paragraph.runs
        if not runs:  # an empty cell or paragraph: a comment needs a run to hang on
            runs = [paragraph.add_run("")]
        document.add_comment(runs, text=comment_text(d, result.pack_language), author=author, initials="RL")
        count += 1
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(target, buffer.getvalue(), inputs=[result.path])
    return count
