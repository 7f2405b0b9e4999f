"""A paragraph's inline content, as a person reading sees it: the half of the body walk below the paragraph.

* Text is the "accept all revisions" view: ``w:ins`` and ``w:moveTo`` kept, ``w:del``,
  ``w:moveFrom`` and ``w:delText`` dropped.  Fields give their cached result, not their instruction
  (a DATE/TIME field marks its paragraph ``from_field``); hidden runs (``w:vanish``) are left out.
* A run is bold by its own ``w:b``, then its character style, then the paragraph's.
* Text boxes (read once, from ``mc:Choice``) and footnote/endnote references met in a run are queued
  (``pending``) for :mod:`.body` to read after the block that anchors them.

Kept apart from :mod:`.body`, which walks the blocks in order, numbers the paragraphs and tells a heading:
what a run's children mean is one job, where a paragraph stands in the document another.
"""

from __future__ import annotations

from ...model.document import Location
from ...model.records import Record
from . import limits
from . import wordml as w
from .package import too_large
from .wordml import child, on

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .styles import Styles

_INLINE_CONTAINERS = frozenset({w.HYPERLINK, w.SMARTTAG, w.CUSTOMXML, w.DIR, w.BDO})
_VOLATILE_FIELDS = frozenset({"DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE"})


def _volatile(instr: str) -> bool:
    """A field instruction Word recomputes on opening (DATE, TIME …)."""
    words = instr.split()
    return bool(words) and words[0].upper() in _VOLATILE_FIELDS


class _Field(Record):
    """A complex field (``w:fldChar`` begin … separate … end) open while the walk goes on."""

    __slots__ = ("instr", "in_result", "volatile")

    def __init__(self) -> None:
        self.instr: list[str] = []
        self.in_result = False  # past "separate": its text is the field's shown result
        self.volatile: bool | None = None

    def is_volatile(self) -> bool:
        """A field Word recomputes on opening (DATE, TIME …)."""
        if self.volatile is None:
            self.volatile = _volatile("".join(self.instr))
        return self.volatile


class ParagraphText(Record):
    """What the inline walk of one paragraph collects."""

    __slots__ = ("parts", "all_bold", "has_text", "from_field", "revision", "mark_deleted", "simple_volatile")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.all_bold = True
        self.has_text = False
        self.from_field = False
        self.revision = False
        self.mark_deleted = False
        self.simple_volatile = 0  # depth of volatile w:fldSimple around the walk


class InlineWalk:
    """The walk of a paragraph's runs (:class:`.body.BodyWalker` is one): the state it keeps across runs
    and paragraphs — the complex fields open, the page reached, the runs read against the limits, and
    the text boxes and notes met and not yet read."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.fields: list[_Field] = []
        self.page = 1
        self.runs_read = 0
        # Text boxes and notes met in a paragraph or table, read after it: (kind, what, anchor).
        self.pending: list[tuple[str, object, Location]] = []

    def _emit_text(self, st: ParagraphText, text: str, rpr, para_bold: bool | None) -> None:
        """Add a run's piece of text, unless it belongs to a field's instruction."""
        if self.fields and not all(f.in_result for f in self.fields):
            return
        st.parts.append(text)
        if text.strip():
            if st.simple_volatile or (self.fields and any(f.is_volatile() for f in self.fields)):
                st.from_field = True
            if st.all_bold and para_bold is not None and not self._run_bold(rpr, para_bold):
                st.all_bold = False
            st.has_text = True

    def _run_bold(self, rpr, para_bold: bool) -> bool:
        """Whether a run is bold: its own w:b, else its character style, else the paragraph's."""
        if rpr is not None:
            b = child(rpr, w.B)
            if b is not None:
                return on(b)
            rs = child(rpr, w.RSTYLE)
            if rs is not None:
                bold = self.styles.char_bold(rs.get(w.VAL))
                if bold is not None:
                    return bold
        return para_bold

    def _run(self, r, st: ParagraphText, para_bold: bool | None) -> None:
        self.runs_read += 1
        if self.runs_read > limits.MAX_RUNS:
            raise too_large("文字块（w:r）", limits.MAX_RUNS)
        children = r[:]
        rpr = child(children, w.RPR)
        if rpr is not None:
            v = child(rpr, w.VANISH)
            if v is not None and on(v):
                return  # hidden text is not what a reader sees
        for c in children:
            tag = c.tag
            if tag == w.T:
                text = c.text
                if text:
                    self._emit_text(st, text, rpr, para_bold)
            elif tag == w.TAB or tag == w.PTAB:
                self._emit_text(st, "\t", rpr, para_bold)
            elif tag == w.BR or tag == w.CR:
                if c.get(w.TYPE) not in ("page", "column"):
                    self._emit_text(st, "\n", rpr, para_bold)
            elif tag == w.FLDCHAR:
                self._field_char(c.get(w.W + "fldCharType"))
            elif tag == w.INSTRTEXT:
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instr.append(c.text or "")
            elif tag == w.NOBREAKHYPHEN:
                self._emit_text(st, "-", rpr, para_bold)
            elif tag == w.SYM:
                ch = _symbol(c.get(w.W + "char"))
                if ch:
                    self._emit_text(st, ch, rpr, para_bold)
            elif tag == w.FOOTNOTEREF or tag == w.ENDNOTEREF:
                note_id = c.get(w.ID)
                if note_id is not None:
                    kind = "footnotes" if tag == w.FOOTNOTEREF else "endnotes"
                    self.pending.append(("note", (kind, note_id), Location()))
            elif tag == w.DRAWING or tag == w.PICT:
                self._textboxes(c)
            elif tag == w.ALTCONTENT:
                self._alternate_textboxes(c)
            elif tag == w.LRPB:
                self.page += 1

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate":
            if self.fields:
                self.fields[-1].in_result = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _textboxes(self, el) -> bool:
        """Queue the outermost text box contents under ``el``; True if any was found."""
        found = False
        stack = [el]
        while stack:
            node = stack.pop()
            for c in node:
                if c.tag == w.TXBXCONTENT:
                    self.pending.append(("txbx", c, Location()))
                    found = True
                elif isinstance(c.tag, str):
                    stack.append(c)
        return found

    def _alternate_textboxes(self, alt) -> None:
        """mc:AlternateContent holds the same text box twice: read the Choice, else the Fallback."""
        choice = alt.find(w.CHOICE)
        if choice is not None and self._textboxes(choice):
            return
        fallback = alt.find(w.FALLBACK)
        if fallback is not None:
            self._textboxes(fallback)

    def _inline(self, el, st: ParagraphText, para_bold: bool | None) -> None:
        """Walk a paragraph's content (``el``: an element or the list of its children)."""
        for c in el[:]:
            tag = c.tag
            if tag == w.R:
                self._run(c, st, para_bold)
            elif tag in _INLINE_CONTAINERS:
                self._inline(c, st, para_bold)
            elif tag == w.INS or tag == w.MOVETO:
                st.revision = True
                self._inline(c, st, para_bold)
            elif tag == w.DEL or tag == w.MOVEFROM:
                st.revision = True
            elif tag == w.SDT:
                content = c.find(w.SDTCONTENT)
                if content is not None:
                    self._inline(content, st, para_bold)
            elif tag == w.FLDSIMPLE:
                volatile = _volatile(c.get(w.INSTR) or "")
                st.simple_volatile += volatile
                self._inline(c, st, para_bold)
                st.simple_volatile -= volatile
            elif tag == w.ALTCONTENT:
                choice = c.find(w.CHOICE)
                if choice is not None:
                    self._inline(choice, st, para_bold)
            elif tag == w.OMATH or tag == w.OMATHPARA:
                st.parts.append("".join(c.itertext(w.MT)))
                st.has_text = True


def _symbol(code: str | None) -> str:
    """The character of a ``w:sym`` (a symbol font's private-use code has no meaning as text)."""
    try:
        ch = chr(int(code, 16)) if code else ""
    except (ValueError, OverflowError):
        return ""
    return "" if not ch or 0xE000 <= ord(ch) <= 0xF8FF else ch
