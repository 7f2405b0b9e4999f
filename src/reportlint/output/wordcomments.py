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


class _Layout:
    """The body's paragraphs and tables (lxml elements) numbered as the docx reader numbers them."""

    def __init__(self, body):
        from ..readers.docx import P, _Reader

        walker = _Reader.__new__(_Reader)  # only its stateless _block_children walk is used
        self._children = walker._block_children
        self.paragraphs: list = []
        self.tables: list = []
        for child in self._children(body):
            if child.tag == P:
                self.paragraphs.append(child)
            else:
                self._table(child)

    def _table(self, tbl) -> None:
        from ..readers.docx import TBL, TC, TR, _wrapped

        self.tables.append(tbl)
        nested = []
        for tr in _wrapped(tbl, TR):
            for tc in _wrapped(tr, TC):
                nested.extend(c for c in self._children(tc) if c.tag == TBL)
        for inner in nested:
            self._table(inner)

    def cell(self, table: int, row: int, col: int):
        """The w:tc at 1-based grid position (row, col) of table number ``table``."""
        from ..readers.docx import DEL, GRIDBEFORE, GRIDSPAN, TC, TCPR, TR, TRPR, VAL, _int, _wrapped

        if not 1 <= table <= len(self.tables):
            return None
        r = 0
        for tr in _wrapped(self.tables[table - 1], TR):
            trpr = tr.find(TRPR)
            before = 0
            if trpr is not None:
                if trpr.find(DEL) is not None:
                    continue
                gb = trpr.find(GRIDBEFORE)
                before = _int(gb.get(VAL), 0) if gb is not None else 0
            r += 1
            if r != row:
                continue
            c = (before or 0) + 1
            for tc in _wrapped(tr, TC):
                span = 1
                tcpr = tc.find(TCPR)
                if tcpr is not None and tcpr.find(GRIDSPAN) is not None:
                    span = max(1, _int(tcpr.find(GRIDSPAN).get(VAL), 1) or 1)
                if c <= col < c + span:
                    return tc
                c += span
            return None
        return None


def _target_paragraph(layout: _Layout, d: Diagnostic):
    """The w:p a finding's comment goes on."""
    from ..readers.docx import P

    loc = d.location
    if loc.table is not None:
        tc = layout.cell(loc.table, loc.row or 1, loc.col or 1)
        if tc is None and loc.row is not None:
            tc = layout.cell(loc.table, loc.row, 1)
        if tc is not None:
            first = next(iter(tc.iter(P)), None)
            if first is not None:
                return first
    if loc.paragraph is not None and 1 <= loc.paragraph <= len(layout.paragraphs):
        return layout.paragraphs[loc.paragraph - 1]
    return layout.paragraphs[0] if layout.paragraphs else None


def annotate(result: FileResult, target: Path, author: str = "reportlint") -> int:
    """Write the annotated copy of ``result.path`` to ``target``; returns the number of comments."""
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(result.path)
    layout = _Layout(document.element.body)
    count = 0
    for d in result.diagnostics:
        p = _target_paragraph(layout, d)
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
