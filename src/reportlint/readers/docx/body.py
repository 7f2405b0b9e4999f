"""The walk over word/document.xml's body: blocks in document order, as a person reading sees them.

* Blocks: ``w:p`` and ``w:tbl``, looking through content controls (except a table of contents),
  ``w:customXml``, tracked insertions and ``mc:AlternateContent``.
* A paragraph's text is read by :mod:`.inline` (the "accept all revisions" view, fields by their
  cached result, hidden runs left out); this module adds its auto-numbering label.
* Text boxes (read once, from ``mc:Choice``) and footnotes/endnotes follow the paragraph or table
  that anchors them, as paragraphs (never headings).  Headers and footers are not body text.
* A paragraph is a heading by its direct outline level, then its style chain (name ``heading N``,
  ``Title`` = level 0, outline level), then GB/T 9704 numbering (一、 /（一）/ 1. /（1）) on a short,
  wholly bold or auto-numbered paragraph.  Auto-numbering labels are prepended to the text.
* Body paragraphs are numbered from 1 (every body-level paragraph, empty ones too; a deleted one
  is not), as ``Location.paragraph``; tables are read by :mod:`.tables`.
"""

from __future__ import annotations

from ...model.document import Block, Heading, Location, Paragraph
from ...model.records import Record
from ...text.numbering import heading_number_level
from . import limits
from . import wordml as w
from .inline import InlineWalk, ParagraphText
from .numbering import Numbering
from .package import Package, too_large
from .styles import BODY_LEVEL, Styles
from .tables import read_table
from .wordml import child, on, to_int

SNIPPET = 30
MAX_HEADING_CHARS = 40

_BLOCK_CONTAINERS = frozenset({w.CUSTOMXML, w.INS, w.MOVETO})


def snippet(text: str) -> str:
    return text.strip()[:SNIPPET]


def block_children(container):
    """The w:p and w:tbl children of a body, cell, text box or note (or of the list of its
    children), in order, looking through
    content controls (but not a table of contents), ``w:customXml``, ``w:ins`` and ``w:moveTo``,
    and ``mc:AlternateContent`` (its Choice)."""
    for c in container[:]:
        tag = c.tag
        if tag == w.P or tag == w.TBL:
            yield c
        elif tag == w.SDT:
            if not _is_toc(c):
                content = c.find(w.SDTCONTENT)
                if content is not None:
                    yield from block_children(content)
        elif tag in _BLOCK_CONTAINERS:
            yield from block_children(c)
        elif tag == w.ALTCONTENT:
            choice = c.find(w.CHOICE)
            if choice is not None:
                yield from block_children(choice)


def _is_toc(sdt) -> bool:
    """A content control holding a table of contents, whose entries would look like headings."""
    pr = sdt.find(w.SDTPR)
    if pr is None:
        return False
    for obj in (pr.find(w.DOCPARTOBJ), pr.find(w.DOCPARTLIST)):
        if obj is not None:
            gallery = obj.find(w.DOCPARTGALLERY)
            if gallery is not None and (gallery.get(w.VAL) or "").strip().lower() == "table of contents":
                return True
    return False


def _ppr_parts(ppr) -> tuple[str | None, object, object]:
    """(pStyle value, paragraph-mark rPr, numPr) of a paragraph's pPr (the last of each wins)."""
    style_id = mark = numpr = None
    if ppr is not None:
        for c in ppr[:]:
            tag = c.tag
            if tag == w.PSTYLE:
                style_id = c.get(w.VAL)
            elif tag == w.RPR:
                mark = c
            elif tag == w.NUMPR:
                numpr = c
    return style_id, mark, numpr


class Places(Record):
    """The elements behind the reader's numbers, kept when asked for (``reportlint annotate``):
    body paragraph N → its w:p, and each grid position (table, row, col) → the w:tc owning it."""

    __slots__ = ("paragraphs", "cells")

    def __init__(self) -> None:
        self.paragraphs: list = []
        self.cells: dict[tuple[int, int, int], object] = {}


class BodyWalker(InlineWalk):
    """Reads the body into blocks; one per document (it holds the walk's running state)."""

    def __init__(self, pkg: Package, doc_name: str, root, styles: Styles, places: Places | None = None):
        super().__init__(styles)
        self.pkg = pkg
        self.doc_name = doc_name
        self.places = places
        self._numbering: Numbering | None = None
        self._notes: dict[str, dict[str, object]] = {}
        self.blocks: list[Block] = []
        self.para_no = 0  # body paragraphs, as Location.paragraph counts them
        self.table_no = 0
        self.paragraphs_read = 0  # every paragraph and cell walked, against the limits (runs: InlineWalk)
        self.cells_read = 0
        self.section: str | None = None  # the last level-1 heading
        self.paging = root.find(f".//{w.LRPB}") is not None  # else Location.page is not given
        self.notes_done: set[tuple[str, str]] = set()
        self.first_revision: Location | None = None
        self.field_cells: list[tuple[int, int, int]] = []
        # Word comment id -> (priority, anchor): where a comment's range starts (0) or, failing
        # that, where it is referenced (1); read into metadata["word_comments"].
        self.comment_anchors: dict[str, tuple[int, Location]] = {}
        # Without a comments part no anchor is ever used: the marks are not looked for.
        self.has_comments = any("comment" in name.lower() for name in pkg.names)

    def walk(self, body) -> None:
        for el in block_children(body):
            if el.tag == w.P:
                self._body_paragraph(el)
            else:
                self._anchor_pending(self.table(el))
            self._flush_pending()

    def anchor_comments(self, el, loc: Location) -> None:
        """Remember ``loc`` for the Word comments anchored inside ``el``."""
        if not self.has_comments:
            return
        for mark in el.iter(w.COMMENTRANGESTART, w.COMMENTREFERENCE):
            cid = mark.get(w.ID) or ""
            priority = 0 if mark.tag == w.COMMENTRANGESTART else 1
            known = self.comment_anchors.get(cid)
            if known is None or priority <= known[0]:
                self.comment_anchors[cid] = (priority, loc)

    # -- parts read on demand -------------------------------------------------------------
    def part(self, kind: str, default: str):
        """The parsed part a relationship of the main document points to, or None."""
        name = self.pkg.related(self.doc_name, kind, default)
        return self.pkg.xml(name) if name else None

    @property
    def numbering(self) -> Numbering:
        if self._numbering is None:
            self._numbering = Numbering(self.part("/numbering", "word/numbering.xml"), self.styles.numpr)
        return self._numbering

    def _note(self, kind: str, note_id: str):
        if kind not in self._notes:
            tag = "footnote" if kind == "footnotes" else "endnote"
            root = self.part("/" + kind, f"word/{kind}.xml")
            notes: dict[str, object] = {}
            if root is not None:
                for el in root.iter(w.W + tag):
                    if el.get(w.TYPE) in (None, "normal"):
                        notes[el.get(w.ID) or ""] = el
            self._notes[kind] = notes
        return self._notes[kind].get(note_id)

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph(self, p, want_bold: bool = True) -> tuple[str, ParagraphText, object, str | None, bool]:
        """Text (with the numbering label), the walk state, pPr, resolved style id, whether a label
        was added.  ``want_bold``: work out whether the whole paragraph is bold (for headings)."""
        self.paragraphs_read += 1
        if self.paragraphs_read > limits.MAX_PARAGRAPHS:
            raise too_large("段落", limits.MAX_PARAGRAPHS)
        children = p[:]
        ppr = children[0] if children and children[0].tag == w.PPR else None
        style_id, mark, numpr = _ppr_parts(ppr)
        style_id = self.styles.resolve(style_id)
        st = ParagraphText()
        para_bold = None
        if mark is not None:
            if child(mark, w.INS) is not None:
                st.revision = True
            if child(mark, w.DEL) is not None:
                st.revision = st.mark_deleted = True
        if want_bold:
            b = child(mark, w.B) if mark is not None else None
            para_bold = on(b) if b is not None else self.styles.bold(style_id)
        self._inline(children, st, para_bold)
        # a field instruction never spans paragraphs in practice: drop unterminated ones
        while self.fields and not self.fields[-1].in_result:
            self.fields.pop()
        text = "".join(st.parts)
        label = self._label(numpr, style_id) if numpr is not None or style_id is not None else ""
        if label:
            text = label + text
        return text, st, ppr, style_id, bool(label)

    def _label(self, numpr, style_id: str | None) -> str:
        """The auto-numbering label of a paragraph (its counter advanced), or ""."""
        num_id = ilvl = None
        if numpr is not None:
            n, lv = child(numpr, w.NUMID), child(numpr, w.ILVL)
            if n is not None:
                num_id = n.get(w.VAL)
            if lv is not None:
                ilvl = to_int(lv.get(w.VAL))
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self.styles.numpr(style_id)
            if num_id is None:
                num_id = s_num
            if ilvl is None:
                ilvl = s_ilvl
        if num_id is None or num_id == "0":
            return ""
        numbering = self.numbering
        if ilvl is None:
            ilvl = numbering.level_for_style(num_id, style_id) or 0
        return numbering.label(num_id, ilvl)

    def _heading_level(self, ppr, style_id, text: str, st: ParagraphText, labelled: bool) -> int | None:
        direct = None
        if ppr is not None:
            ol = child(ppr, w.OUTLINE)
            if ol is not None:
                direct = to_int(ol.get(w.VAL))
        if direct is not None and 0 <= direct <= 8:
            return direct + 1
        if self.styles.is_toc(style_id):
            return None
        if direct is None:
            level = self.styles.level(style_id)
            if level is not None and level != BODY_LEVEL:
                return level
        stripped = text.strip()
        if not stripped or len(stripped) > MAX_HEADING_CHARS or stripped.endswith("。"):
            return None
        level = heading_number_level(stripped, bounded=False)  # any count: the paragraph is bold or auto-numbered too
        if level is None:
            return None
        if st.has_text and st.all_bold:
            return level
        if labelled and level <= 2:  # an auto-numbered 一、/（一） list level is structure
            return level
        return None

    def _body_paragraph(self, p) -> None:
        start_page = self.page
        text, st, ppr, style_id, labelled = self.paragraph(p)
        if st.mark_deleted and not text.strip():
            return  # a deleted paragraph: gone once revisions are accepted
        self.para_no += 1
        if self.places is not None:
            self.places.paragraphs.append(p)
        loc = Location(paragraph=self.para_no, snippet=snippet(text), page=start_page if self.paging else None)
        if st.revision and self.first_revision is None:
            self.first_revision = loc
        self.anchor_comments(p, loc)
        if text.strip():
            level = self._heading_level(ppr, style_id, text, st, labelled)
            if level is not None:
                heading_text = text.strip()
                if level == 1:
                    self.section = heading_text
                self.blocks.append(Heading(location=loc.with_(section=self.section), level=level, text=heading_text))
            else:
                self.blocks.append(Paragraph(location=loc.with_(section=self.section), text=text,
                                             from_field=st.from_field))
        self._anchor_pending(loc)

    def cell_text(self, tc, nested: list) -> tuple[str, bool, bool]:
        """A table cell's text (``tc``: a w:tc or the list of its children) (its paragraphs, labels included, one per line), whether
        it holds a revision, whether its text comes from a DATE field; nested tables go to ``nested``."""
        lines: list[str] = []
        revised = from_field = False
        for el in block_children(tc):
            if el.tag == w.P:
                text, st, *_ = self.paragraph(el, want_bold=False)
                lines.append(text)
                revised = revised or st.revision
                from_field = from_field or st.from_field
            else:
                nested.append(el)
        return "\n".join(lines).strip("\n"), revised, from_field

    def table(self, tbl, nested_in: int | None = None) -> Location:
        return read_table(self, tbl, nested_in)

    # -- text boxes and notes: read after the block that anchors them ------------------------
    def _anchor_pending(self, loc: Location) -> None:
        for i, (kind, payload, anchor) in enumerate(self.pending):
            if anchor == Location():
                self.pending[i] = (kind, payload, loc)

    def _flush_pending(self) -> None:
        while self.pending:
            kind, payload, anchor = self.pending.pop(0)
            if kind == "note":
                if payload in self.notes_done:
                    continue
                self.notes_done.add(payload)
                el = self._note(*payload)
                if el is None:
                    continue
                self._aux_blocks(el, anchor)
            else:
                self._aux_blocks(payload, anchor)

    def _aux_blocks(self, container, anchor: Location) -> None:
        """Text box or note content: paragraphs (never headings, not numbered) and tables."""
        saved_fields, self.fields = self.fields, []
        for el in block_children(container):
            if el.tag == w.P:
                text, st, *_ = self.paragraph(el, want_bold=False)
                self._anchor_pending(anchor)
                text = text.strip()
                if text:
                    self.blocks.append(Paragraph(location=anchor.with_(snippet=snippet(text), section=self.section),
                                                 text=text, from_field=st.from_field))
            else:
                self.table(el)
                self._anchor_pending(anchor)
        self.fields = saved_fields

