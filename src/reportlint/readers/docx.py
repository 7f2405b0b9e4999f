"""Read a .docx into a :class:`~reportlint.model.Document`.

The package is read with :mod:`zipfile` and :mod:`lxml` directly (see :mod:`.ooxml`), not through
python-docx, whose object layer drops text in content controls, tracked insertions, simple fields
and text boxes, loses rows and cells wrapped in content controls, and costs ~80 ms to import.

What the reader produces:

* Body blocks in document order, descending into content controls (except a table of contents),
  ``w:customXml`` and tracked insertions.  Text is the "accept all revisions" view: ``w:ins`` and
  ``w:moveTo`` kept, ``w:del``/``w:moveFrom``/``w:delText`` dropped, and one INFO finding (RL104)
  when the document holds revisions.  Fields give their cached result; a paragraph whose text
  comes from a DATE/TIME field gets ``from_field=True``.  Text boxes (read once, from
  ``mc:Choice``) and footnotes/endnotes follow the paragraph (or table) that anchors them.
  Headers and footers are not body text.
* Headings by direct outline level, then style name (``heading N``, ``Title`` = level 0, through
  ``w:basedOn``) or style outline level, then GB/T 9704 numbering (一、 /（一）/ 1. /（1）) on short,
  wholly bold paragraphs.  Auto-numbering labels are rendered from numbering.xml and prepended.
* Tables as logical grids (gridSpan, vMerge, gridBefore/After, hMerge, wrapped rows and cells);
  nested tables follow their parent with ``nested_in``.
* Locations: body paragraph number (1-based, counting every body-level paragraph), table index,
  grid row/column, the nearest level-1 heading as ``section``, a snippet, and an approximate page
  when Word left ``w:lastRenderedPageBreak`` markers.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..model.diagnostics import Diagnostic, InputError, Severity
from ..model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from ..model.records import Record
from . import ooxml

W = f"{{{ooxml.NS_W}}}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

# Clark names, computed once.
BODY, P, R, T, TBL, TR, TC = (W + n for n in ("body", "p", "r", "t", "tbl", "tr", "tc"))
PPR, RPR, TCPR, TRPR = W + "pPr", W + "rPr", W + "tcPr", W + "trPr"
SDT, SDTPR, SDTCONTENT, CUSTOMXML = W + "sdt", W + "sdtPr", W + "sdtContent", W + "customXml"
INS, DEL, MOVEFROM, MOVETO = W + "ins", W + "del", W + "moveFrom", W + "moveTo"
HYPERLINK, SMARTTAG, FLDSIMPLE, DIR, BDO = (
    W + "hyperlink", W + "smartTag", W + "fldSimple", W + "dir", W + "bdo")
TAB, PTAB, BR, CR, FLDCHAR, INSTRTEXT = (
    W + "tab", W + "ptab", W + "br", W + "cr", W + "fldChar", W + "instrText")
NOBREAKHYPHEN, SYM, LRPB = W + "noBreakHyphen", W + "sym", W + "lastRenderedPageBreak"
FOOTNOTEREF, ENDNOTEREF = W + "footnoteReference", W + "endnoteReference"
DRAWING, PICT, TXBXCONTENT = W + "drawing", W + "pict", W + "txbxContent"
ALTCONTENT, CHOICE, FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
OMATH, OMATHPARA, MT = M + "oMath", M + "oMathPara", M + "t"
VAL, TYPE, ID, INSTR = W + "val", W + "type", W + "id", W + "instr"
PSTYLE, RSTYLE, OUTLINE, NUMPR, ILVL, NUMID = (
    W + "pStyle", W + "rStyle", W + "outlineLvl", W + "numPr", W + "ilvl", W + "numId")
B, VANISH = W + "b", W + "vanish"
GRIDSPAN, VMERGE, HMERGE, GRIDBEFORE, GRIDAFTER = (
    W + "gridSpan", W + "vMerge", W + "hMerge", W + "gridBefore", W + "gridAfter")
TBLGRID, GRIDCOL = W + "tblGrid", W + "gridCol"
DOCPARTOBJ, DOCPARTGALLERY = W + "docPartObj", W + "docPartGallery"
COMMENTRANGESTART, COMMENTREFERENCE = W + "commentRangeStart", W + "commentReference"

_INLINE_CONTAINERS = frozenset({HYPERLINK, SMARTTAG, CUSTOMXML, DIR, BDO})
_BLOCK_CONTAINERS = frozenset({CUSTOMXML, INS, MOVETO})
_REVISION_TAGS = (INS, DEL, MOVEFROM, MOVETO)
_FALSE = frozenset({"0", "false", "off", "none"})
_VOLATILE_FIELDS = frozenset({"DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE"})

SNIPPET = 30
MAX_HEADING_CHARS = 40

_ZH_DIGITS = "零一二三四五六七八九"
_HEADING_PATTERNS = (
    (re.compile(r"^[一二三四五六七八九十百]+、"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十百]+[）)]"), 2),
    (re.compile(r"^\d+[.．、](?!\d)"), 3),
    (re.compile(r"^[（(]\d+[）)]"), 4),
)
_STYLE_HEADING_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$")
_TOC_STYLE_RE = re.compile(r"^(?:toc|目录)\s*[1-9]$")

REVISION_MESSAGE = "文档含有未接受的修订（修订记录），检查的是接受全部修订后的文本"


def _on(el) -> bool:
    """A toggle property element (``w:b``, ``w:vanish``): on unless its val says off."""
    return (el.get(VAL) or "1").lower() not in _FALSE


def _child(el, tag: str):
    """The first child of ``el`` with the Clark name ``tag``: what ``el.find(tag)`` returns, without
    lxml's ElementPath machinery (~2.5 us a call, ~10x a loop over a run's or a property
    element's few children).  For elements with many children (a row's cells) use
    ``next(el.iterchildren(tag), None)``."""
    for c in el[:]:  # a slice: lxml's child iterator sets up a tag matcher (~1.2k instructions) per loop
        if c.tag == tag:
            return c
    return None


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _snippet(text: str) -> str:
    return text.strip()[:SNIPPET]


# ---------------------------------------------------------------------------------------------
# Styles


class _Style(Record):
    __slots__ = ("name", "based_on", "outline", "bold", "num_id", "ilvl")

    def __init__(self, name: str, based_on: str | None, outline: int | None, bold: bool | None, num_id: str | None,
                 ilvl: int | None) -> None:
        self.name = name
        self.based_on = based_on
        self.outline = outline
        self.bold = bold
        self.num_id = num_id
        self.ilvl = ilvl


_BODY = -1  # a style that says "body text" (outline level 9 or a TOC style)


def _style_from(st) -> tuple[str | None, _Style]:
    name_el = st.find(W + "name")
    based = st.find(W + "basedOn")
    ppr = st.find(PPR)
    outline = num_id = ilvl = None
    if ppr is not None:
        ol = ppr.find(OUTLINE)
        if ol is not None:
            outline = _int(ol.get(VAL))
        numpr = ppr.find(NUMPR)
        if numpr is not None:
            n, lv = numpr.find(NUMID), numpr.find(ILVL)
            num_id = n.get(VAL) if n is not None else None
            ilvl = _int(lv.get(VAL)) if lv is not None else None
    b = st.find(f"{RPR}/{B}")
    return st.get(W + "styleId"), _Style(
        name=" ".join((name_el.get(VAL) or "").split()).lower() if name_el is not None else "",
        based_on=based.get(VAL) if based is not None else None,
        outline=outline, bold=_on(b) if b is not None else None, num_id=num_id, ilvl=ilvl,
    )


_STYLES_ROOT_RE = re.compile(rb"<w:styles\b[^>]*>")
# A style's start tag up to its first ">"; a trailing "/" in the group makes it self-closing.  (Not
# "([^>]*?)(/?)>": the same matches, but the lazy loop costs ~4 us a style, half of the index.)
_STYLE_START_RE = re.compile(rb"<w:style\b([^>]*)>")
_STYLE_ID_RE = re.compile(rb"\bw:styleId\s*=\s*([\"'])(.*?)\1")
_DEFAULT_PARA_RE = re.compile(rb"\bw:default\s*=\s*[\"'](?:1|true|on)[\"']")
_TYPE_PARA_RE = re.compile(rb"\bw:type\s*=\s*[\"']paragraph[\"']")


class _Styles:
    """styles.xml, parsed lazily.

    A python-docx or Word styles.xml runs to 100–350 KiB of table and latent styles of which a
    document uses a handful, and parsing it whole costs more than the rest of the read.  So the
    raw bytes are indexed by ``w:styleId`` with a regular expression and only the styles a
    paragraph actually names (plus their ``basedOn`` chains) are parsed, each as a fragment under
    the original root tag (which carries the namespace declarations).  Anything unusual (another
    prefix for the main namespace) falls back to parsing the whole part.
    """

    def __init__(self, data: bytes | None, name: str = "word/styles.xml"):
        self.by_id: dict[str, _Style | None] = {}
        self.default_para: str | None = None
        self.doc_bold = False
        self._level: dict[str | None, int | None] = {}
        self._bold: dict[str | None, bool] = {}
        self._char_bold: dict[str | None, bool | None] = {}
        self._numpr: dict[str | None, tuple[str | None, int | None]] = {}
        self._data = data
        self._spans: dict[str, tuple[int, int]] = {}
        self._root_tag = b""
        if not data:
            return
        root_m = _STYLES_ROOT_RE.search(data, 0, 8192)
        if root_m is None or f'xmlns:w="{ooxml.NS_W}"'.encode() not in root_m.group(0):
            self._parse_whole(ooxml.parse_xml(data, name))
            return
        if ooxml.has_doctype(data):
            ooxml.parse_xml(data, name)  # raises the proper InputError
        self._root_tag = root_m.group(0)
        defaults_at = data.find(b"<w:docDefaults")
        if defaults_at != -1:
            defaults_end = data.find(b"</w:docDefaults>", defaults_at)
            if defaults_end != -1:
                frag = self._fragment(data[defaults_at:defaults_end + 16], name)
                b = frag.find(f"{W}docDefaults/{W}rPrDefault/{RPR}/{B}")
                if b is not None:
                    self.doc_bold = _on(b)
        pos = 0
        while True:
            m = _STYLE_START_RE.search(data, pos)
            if m is None:
                break
            attrs = m.group(1)
            if attrs.endswith(b"/"):
                attrs = attrs[:-1]
                end = m.end()
            else:
                end = data.find(b"</w:style>", m.end())
                if end == -1:
                    self._parse_whole(ooxml.parse_xml(data, name))
                    return
                end += len(b"</w:style>")
            sid_m = _STYLE_ID_RE.search(attrs)
            if sid_m is not None:
                sid = html.unescape(sid_m.group(2).decode("utf-8", "replace"))
                self._spans.setdefault(sid, (m.start(), end))
                if _DEFAULT_PARA_RE.search(attrs) and _TYPE_PARA_RE.search(attrs):
                    self.default_para = sid
            pos = end

    def _fragment(self, chunk: bytes, name: str):
        root = ooxml.parse_xml(self._root_tag + chunk + b"</w:styles>", name)
        return root

    def _parse_whole(self, root) -> None:
        self._spans = {}
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{RPR}/{B}")
        if defaults is not None:
            self.doc_bold = _on(defaults)
        for st in root.iter(W + "style"):
            sid, style = _style_from(st)
            if sid is None:
                continue
            self.by_id[sid] = style
            if st.get(TYPE) == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                self.default_para = sid

    def get(self, sid: str | None) -> _Style | None:
        if sid is None:
            return None
        if sid in self.by_id:
            return self.by_id[sid]
        span = self._spans.get(sid)
        style = None
        if span is not None and self._data is not None:
            frag = self._fragment(self._data[span[0]:span[1]], "word/styles.xml")
            el = frag.find(W + "style")
            if el is not None:
                style = _style_from(el)[1]
        self.by_id[sid] = style
        return style

    def has(self, sid: str | None) -> bool:
        return sid is not None and (sid in self._spans or self.by_id.get(sid) is not None)

    def _chain(self, sid: str | None):
        seen = set()
        while sid is not None and sid not in seen:
            style = self.get(sid)
            if style is None:
                return
            seen.add(sid)
            yield style
            sid = style.based_on

    def resolve(self, sid: str | None) -> str | None:
        return sid if self.has(sid) else self.default_para

    def is_toc(self, sid: str | None) -> bool:
        style = self.get(sid)
        return style is not None and (_TOC_STYLE_RE.match(style.name) is not None)

    def level(self, sid: str | None) -> int | None:
        """Heading level from the style chain: 0 for Title, 1–9, ``_BODY`` or None (unknown).
        The nearest style that says anything decides (its name first, then its outline level)."""
        if sid in self._level:
            return self._level[sid]
        result = None
        for style in self._chain(sid):
            m = _STYLE_HEADING_RE.match(style.name)
            if m:
                result = int(m.group(1))
                break
            if style.name == "title":
                result = 0
                break
            if _TOC_STYLE_RE.match(style.name) or style.name == "toc heading":
                result = _BODY
                break
            if style.outline is not None:
                result = style.outline + 1 if 0 <= style.outline <= 8 else _BODY
                break
        self._level[sid] = result
        return result

    def bold(self, sid: str | None) -> bool:
        if sid not in self._bold:
            value = next((s.bold for s in self._chain(sid) if s.bold is not None), self.doc_bold)
            self._bold[sid] = value
        return self._bold[sid]

    def char_bold(self, sid: str | None) -> bool | None:
        if sid not in self._char_bold:
            self._char_bold[sid] = next((s.bold for s in self._chain(sid) if s.bold is not None), None)
        return self._char_bold[sid]

    def numpr(self, sid: str | None) -> tuple[str | None, int | None]:
        if sid not in self._numpr:
            num_id = ilvl = None
            for s in self._chain(sid):
                if num_id is None and s.num_id is not None:
                    num_id = s.num_id
                if ilvl is None and s.ilvl is not None:
                    ilvl = s.ilvl
            self._numpr[sid] = (num_id, ilvl)
        return self._numpr[sid]


_STYLES_SEEN: list[tuple[bytes, _Styles]] = []  # (styles.xml bytes, its _Styles), most recent first
_STYLES_SEEN_MAX = 4


def _styles_for(data: bytes | None) -> _Styles:
    """The :class:`_Styles` of a styles part, shared by the documents read in this process whose
    styles.xml is byte-for-byte the same.

    Reports of one agency or made by one tool carry the same Word template, whose styles.xml
    (100–350 KiB) costs ~1 ms to index, plus the parse of each style used.  A ``_Styles`` is a pure
    function of its bytes (its look-ups only memoize), so sharing one changes no result.  The bytes
    are compared whole (a memcmp, ~30 us for 350 KiB), never by hash or size alone; the last few
    distinct parts are kept.
    """
    if not data:
        return _Styles(data)
    for i, (seen, styles) in enumerate(_STYLES_SEEN):
        if seen == data:
            if i:
                _STYLES_SEEN.insert(0, _STYLES_SEEN.pop(i))
            return styles
    styles = _Styles(data)
    _STYLES_SEEN.insert(0, (data, styles))
    del _STYLES_SEEN[_STYLES_SEEN_MAX:]
    return styles


# ---------------------------------------------------------------------------------------------
# Numbering


class _Level(Record):
    __slots__ = ("start", "fmt", "text", "restart", "legal", "pstyle", "suffix")

    def __init__(self, start: int = 1, fmt: str = "decimal", text: str = "", restart: int | None = None, legal: bool = False,
                 pstyle: str | None = None, suffix: str = "tab") -> None:
        self.start = start
        self.fmt = fmt
        self.text = text
        self.restart = restart
        self.legal = legal
        self.pstyle = pstyle
        self.suffix = suffix


def _parse_level(lvl) -> _Level:
    out = _Level()
    for child in lvl:
        tag, val = child.tag, child.get(VAL)
        if tag == W + "start":
            out.start = _int(val, 1) or 0
        elif tag == W + "numFmt":
            out.fmt = val or "decimal"
        elif tag == W + "lvlText":
            out.text = val or ""
        elif tag == W + "lvlRestart":
            out.restart = _int(val)
        elif tag == W + "isLgl":
            out.legal = _on(child)
        elif tag == W + "pStyle":
            out.pstyle = val
        elif tag == W + "suff":
            out.suffix = val or "tab"
    return out


def _zh_number(n: int, digits: str = _ZH_DIGITS, units: str = "十百千") -> str:
    """Chinese counting as Word renders it: 1→一, 10→十, 11→十一, 20→二十, 105→一百零五."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        return str(n)
    parts = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        parts.append(digits[d] + unit)
    text = "".join(parts)
    if 10 <= n < 20 and digits is _ZH_DIGITS:
        text = text[1:]  # 十一, not 一十一
    return text


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word number format (unknown formats fall back to decimal)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "japaneseDigitalTenThousand"):
        return _zh_number(n)
    if fmt == "chineseLegalSimplified":
        return _zh_number(n, "零壹贰叁肆伍陆柒捌玖", "拾佰仟")
    if fmt in ("ideographTraditional", "ideographZodiac"):
        seq = "甲乙丙丁戊己庚辛壬癸" if fmt == "ideographTraditional" else "子丑寅卯辰巳午未申酉戌亥"
        return seq[(n - 1) % len(seq)] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class _Numbering:
    """numbering.xml plus the running counters, one set per ``w:num`` instance."""

    def __init__(self, root, styles: _Styles):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> numStyleLink style id
        self.nums: dict[str, tuple[str, dict[int, _Level]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.styles = styles
        if root is None:
            return
        for absn in root.iter(W + "abstractNum"):
            aid = absn.get(W + "abstractNumId") or ""
            self.abstract[aid] = {
                _int(lvl.get(ILVL), 0) or 0: _parse_level(lvl) for lvl in absn.iter(W + "lvl")}
            link = absn.find(W + "numStyleLink")
            if link is not None and link.get(VAL):
                self.style_link[aid] = link.get(VAL)
        for num in root.iter(W + "num"):
            nid = num.get(NUMID)
            absref = num.find(W + "abstractNumId")
            if nid is None or absref is None:
                continue
            overrides: dict[int, _Level] = {}
            for ov in num.iter(W + "lvlOverride"):
                ilvl = _int(ov.get(ILVL), 0) or 0
                lvl = ov.find(W + "lvl")
                start = ov.find(W + "startOverride")
                level = _parse_level(lvl) if lvl is not None else None
                if start is not None:
                    level = level or _Level(fmt="")  # fmt "" = take the rest from the abstract level
                    level.start = _int(start.get(VAL), 1) or 0
                if level is not None:
                    overrides[ilvl] = level
            self.nums[nid] = (absref.get(VAL) or "", overrides)

    def _levels(self, num_id: str) -> dict[int, _Level]:
        aid, overrides = self.nums.get(num_id, ("", {}))
        levels = self.abstract.get(aid, {})
        if not levels and aid in self.style_link:  # numStyleLink: the style's numbering is the real one
            linked, _ = self.styles.numpr(self.style_link[aid])
            if linked is not None and linked != num_id:
                levels = self.abstract.get(self.nums.get(linked, ("", {}))[0], {})
        if not overrides:
            return levels
        merged = dict(levels)
        for ilvl, ov in overrides.items():
            base = levels.get(ilvl, _Level())
            merged[ilvl] = ov if ov.fmt else _Level(ov.start, base.fmt, base.text, base.restart,
                                                    base.legal, base.pstyle, base.suffix)
        return merged

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        for ilvl, lvl in self._levels(num_id).items():
            if lvl.pstyle is not None and lvl.pstyle == style_id:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num, level) and render the visible label, e.g. "（二）"."""
        levels = self._levels(num_id)
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counters = self.counters.setdefault(num_id, [None] * 10)
        ilvl = max(0, min(ilvl, 9))
        current = counters[ilvl]
        counters[ilvl] = lvl.start if current is None else current + 1
        for deeper in range(ilvl + 1, 10):
            other = levels.get(deeper)
            restart = other.restart if other is not None else None
            if restart is None or (restart != 0 and ilvl < restart):
                counters[deeper] = None
        if lvl.fmt == "bullet":
            return ""

        def render(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            ref = levels.get(k)
            value = counters[k] if 0 <= k < 10 and counters[k] is not None else (ref.start if ref else 1)
            fmt = ref.fmt if ref is not None else "decimal"
            if lvl.legal and fmt not in ("none",):
                fmt = "decimal"
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", render, lvl.text)
        if text and lvl.suffix == "space":
            text += " "
        return text


# ---------------------------------------------------------------------------------------------
# The walk


class _Field(Record):
    __slots__ = ("instr", "in_result", "volatile")

    def __init__(self, instr: list[str] | None = None, in_result: bool = False, volatile: bool | None = None) -> None:
        self.instr = [] if instr is None else instr
        self.in_result = in_result
        self.volatile = volatile

    def is_volatile(self) -> bool:
        if self.volatile is None:
            words = "".join(self.instr).split()
            self.volatile = bool(words) and words[0].upper() in _VOLATILE_FIELDS
        return self.volatile


class _Para(Record):
    """What one paragraph's inline walk collects."""

    __slots__ = ("parts", "all_bold", "has_text", "from_field", "revision", "mark_deleted", "simple_volatile")

    def __init__(self, parts: list[str] | None = None, all_bold: bool = True, has_text: bool = False, from_field: bool = False,
                 revision: bool = False, mark_deleted: bool = False, simple_volatile: int = 0) -> None:
        self.parts = [] if parts is None else parts
        self.all_bold = all_bold
        self.has_text = has_text
        self.from_field = from_field
        self.revision = revision
        self.mark_deleted = mark_deleted
        self.simple_volatile = simple_volatile


class _Reader:
    def __init__(self, pkg: ooxml.Package, doc_name: str, root):
        self.pkg = pkg
        self._rels: dict[str, list[tuple[str, str]]] | None = None
        self._doc_name = doc_name
        self.root = root
        self.styles = _styles_for(self._part_bytes("/styles", "word/styles.xml"))
        self._numbering: _Numbering | None = None
        self._notes: dict[str, dict[str, object]] = {}
        self.blocks: list[Block] = []
        self.para_no = 0
        self.table_no = 0
        self.section: str | None = None
        self.fields: list[_Field] = []
        self.paging = root.find(f".//{LRPB}") is not None
        self.page = 1
        self.pending: list[tuple[str, object, Location]] = []
        self.notes_done: set[tuple[str, str]] = set()
        self.first_revision: Location | None = None
        self.field_cells: list[tuple[int, int, int]] = []
        # Word comment id -> (priority, anchor): where a comment's range starts (0) or, failing
        # that, where it is referenced (1); read into metadata["word_comments"].
        self.comment_anchors: dict[str, tuple[int, Location]] = {}
        # Without a comments part no anchor is ever used (_word_comments): skip the subtree walks.
        self._comment_part = any("comment" in name.lower() for name in pkg.names)

    def _anchor_comments(self, el, loc: Location) -> None:
        if not self._comment_part:
            return
        for mark in el.iter(COMMENTRANGESTART, COMMENTREFERENCE):
            cid = mark.get(ID) or ""
            priority = 0 if mark.tag == COMMENTRANGESTART else 1
            known = self.comment_anchors.get(cid)
            if known is None or priority <= known[0]:
                self.comment_anchors[cid] = (priority, loc)

    # -- parts read on demand -------------------------------------------------------------
    def _part_name(self, kind: str, default: str) -> str | None:
        """The part a relationship of the main document points to (the usual name first: it is
        what every word processor writes, and it saves parsing the relationships)."""
        if self._doc_name == "word/document.xml" and self.pkg.has(default):
            return default
        if self._rels is None:
            self._rels = self.pkg.relationships(self._doc_name)
        names = [n for _rid, n in self._rels.get(kind, []) if self.pkg.has(n)]
        return names[0] if names else None

    def _part_bytes(self, kind: str, default: str) -> bytes | None:
        name = self._part_name(kind, default)
        return self.pkg.read(name) if name else None

    def _part(self, kind: str, default: str):
        name = self._part_name(kind, default)
        return self.pkg.xml(name) if name else None

    @property
    def numbering(self) -> _Numbering:
        if self._numbering is None:
            self._numbering = _Numbering(self._part("/numbering", "word/numbering.xml"), self.styles)
        return self._numbering

    def note(self, kind: str, note_id: str):
        if kind not in self._notes:
            tag = "footnote" if kind == "footnotes" else "endnote"
            root = self._part("/" + kind, f"word/{kind}.xml")
            notes: dict[str, object] = {}
            if root is not None:
                for el in root.iter(W + tag):
                    if el.get(TYPE) in (None, "normal"):
                        notes[el.get(ID) or ""] = el
            self._notes[kind] = notes
        return self._notes[kind].get(note_id)

    # -- inline content -------------------------------------------------------------------
    def _emit_text(self, st: _Para, text: str, rpr, para_bold, styles_char_bold) -> None:
        if self.fields and not all(f.in_result for f in self.fields):
            return  # inside a field instruction
        st.parts.append(text)
        if text.strip():
            if st.simple_volatile or (self.fields and any(f.is_volatile() for f in self.fields)):
                st.from_field = True
            if st.all_bold and para_bold is not None:
                bold = None
                if rpr is not None:
                    b = _child(rpr, B)
                    if b is not None:
                        bold = _on(b)
                    else:
                        rs = _child(rpr, RSTYLE)
                        if rs is not None:
                            bold = styles_char_bold(rs.get(VAL))
                if bold is None:
                    bold = para_bold
                if not bold:
                    st.all_bold = False
            st.has_text = True

    def _run(self, r, st: _Para, para_bold: bool) -> None:
        rpr = _child(r, RPR)
        if rpr is not None:
            v = _child(rpr, VANISH)
            if v is not None and _on(v):
                return  # hidden text is not what a reader sees
        char_bold = self.styles.char_bold
        for c in r[:]:
            tag = c.tag
            if tag == T:
                if c.text:
                    self._emit_text(st, c.text, rpr, para_bold, char_bold)
            elif tag in (TAB, PTAB):
                self._emit_text(st, "\t", rpr, para_bold, char_bold)
            elif tag in (BR, CR):
                if c.get(TYPE) not in ("page", "column"):
                    self._emit_text(st, "\n", rpr, para_bold, char_bold)
            elif tag == FLDCHAR:
                kind = c.get(W + "fldCharType")
                if kind == "begin":
                    self.fields.append(_Field())
                elif kind == "separate":
                    if self.fields:
                        self.fields[-1].in_result = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif tag == INSTRTEXT:
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instr.append(c.text or "")
            elif tag == NOBREAKHYPHEN:
                self._emit_text(st, "-", rpr, para_bold, char_bold)
            elif tag == SYM:
                code = c.get(W + "char")
                try:
                    ch = chr(int(code, 16)) if code else ""
                except ValueError:
                    ch = ""
                if ch and not 0xE000 <= ord(ch) <= 0xF8FF:  # symbol-font private use: no meaning
                    self._emit_text(st, ch, rpr, para_bold, char_bold)
            elif tag in (FOOTNOTEREF, ENDNOTEREF):
                note_id = c.get(ID)
                if note_id is not None:
                    kind = "footnotes" if tag == FOOTNOTEREF else "endnotes"
                    self.pending.append(("note", (kind, note_id), Location()))
            elif tag in (DRAWING, PICT):
                self._textboxes(c)
            elif tag == ALTCONTENT:
                self._alternate_textboxes(c)
            elif tag == LRPB:
                self.page += 1

    def _textboxes(self, el) -> bool:
        """Queue the outermost text box contents under ``el``; True if any was found."""
        found = False
        stack = [el]
        while stack:
            node = stack.pop()
            for child in node:
                if child.tag == TXBXCONTENT:
                    self.pending.append(("txbx", child, Location()))
                    found = True
                elif isinstance(child.tag, str):
                    stack.append(child)
        return found

    def _alternate_textboxes(self, alt) -> None:
        """mc:AlternateContent holds the same text box twice: read the Choice, else the Fallback."""
        choice = alt.find(CHOICE)
        if choice is not None and self._textboxes(choice):
            return
        fallback = alt.find(FALLBACK)
        if fallback is not None:
            self._textboxes(fallback)

    def _inline(self, el, st: _Para, para_bold: bool) -> None:
        for c in el[:]:
            tag = c.tag
            if tag == R:
                self._run(c, st, para_bold)
            elif tag in _INLINE_CONTAINERS:
                self._inline(c, st, para_bold)
            elif tag in (INS, MOVETO):
                st.revision = True
                self._inline(c, st, para_bold)
            elif tag in (DEL, MOVEFROM):
                st.revision = True
            elif tag == SDT:
                content = c.find(SDTCONTENT)
                if content is not None:
                    self._inline(content, st, para_bold)
            elif tag == FLDSIMPLE:
                words = (c.get(INSTR) or "").split()
                volatile = bool(words) and words[0].upper() in _VOLATILE_FIELDS
                st.simple_volatile += volatile
                self._inline(c, st, para_bold)
                st.simple_volatile -= volatile
            elif tag == ALTCONTENT:
                choice = c.find(CHOICE)
                if choice is not None:
                    self._inline(choice, st, para_bold)
            elif tag in (OMATH, OMATHPARA):
                st.parts.append("".join(c.itertext(MT)))
                st.has_text = True

    # -- paragraphs -------------------------------------------------------------------------
    def _paragraph(self, p, want_bold: bool = True) -> tuple[str, _Para, object, str | None, bool]:
        """Text (with the numbering label), the walk state, pPr, resolved style id, label flag."""
        ppr = p[0] if len(p) and p[0].tag == PPR else None
        style_id, mark, numpr = _ppr_parts(ppr)
        style_id = self.styles.resolve(style_id)
        st = _Para()
        para_bold = None
        if mark is not None:
            if _child(mark, INS) is not None:
                st.revision = True
            if _child(mark, DEL) is not None:
                st.revision = st.mark_deleted = True
        if want_bold:
            b = _child(mark, B) if mark is not None else None
            para_bold = _on(b) if b is not None else self.styles.bold(style_id)
        self._inline(p, st, para_bold)
        # a field instruction never spans paragraphs in practice: drop unterminated ones
        while self.fields and not self.fields[-1].in_result:
            self.fields.pop()
        text = "".join(st.parts)
        label = self._label(numpr, style_id) if numpr is not None or style_id is not None else ""
        if label:
            text = label + text
        return text, st, ppr, style_id, bool(label)

    def _label(self, numpr, style_id: str | None) -> str:
        num_id = ilvl = None
        if numpr is not None:
            n, lv = _child(numpr, NUMID), _child(numpr, ILVL)
            if n is not None:
                num_id = n.get(VAL)
            if lv is not None:
                ilvl = _int(lv.get(VAL))
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

    def _heading_level(self, ppr, style_id, text: str, st: _Para, labelled: bool) -> int | None:
        direct = None
        if ppr is not None:
            ol = _child(ppr, OUTLINE)
            if ol is not None:
                direct = _int(ol.get(VAL))
        if direct is not None and 0 <= direct <= 8:
            return direct + 1
        if self.styles.is_toc(style_id):
            return None
        if direct is None:
            level = self.styles.level(style_id)
            if level is not None and level != _BODY:
                return level
        stripped = text.strip()
        if not stripped or len(stripped) > MAX_HEADING_CHARS or stripped.endswith("。"):
            return None
        for pattern, level in _HEADING_PATTERNS:
            if pattern.match(stripped):
                if st.has_text and st.all_bold:
                    return level
                if labelled and level <= 2:  # an auto-numbered 一、/（一） list level is structure
                    return level
                return None
        return None

    def _body_paragraph(self, p) -> None:
        start_page = self.page
        text, st, ppr, style_id, labelled = self._paragraph(p)
        if st.mark_deleted and not text.strip():
            return  # a deleted paragraph: gone once revisions are accepted
        self.para_no += 1
        loc = Location(paragraph=self.para_no, snippet=_snippet(text),
                       page=start_page if self.paging else None)
        if st.revision and self.first_revision is None:
            self.first_revision = loc
        self._anchor_comments(p, loc)
        if text.strip():
            level = self._heading_level(ppr, style_id, text, st, labelled)
            if level is not None:
                heading_text = text.strip()
                if level == 1:
                    self.section = heading_text
                self.blocks.append(Heading(location=loc.with_(section=self.section), level=level,
                                           text=heading_text))
            else:
                self.blocks.append(Paragraph(location=loc.with_(section=self.section), text=text,
                                             from_field=st.from_field))
        self._anchor_pending(loc)

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
                el = self.note(*payload)
                if el is None:
                    continue
                self._aux_blocks(el, anchor)
            else:
                self._aux_blocks(payload, anchor)

    def _aux_blocks(self, container, anchor: Location) -> None:
        """Text box or note content: paragraphs (never headings, not numbered) and tables."""
        saved_fields, self.fields = self.fields, []
        for child in self._block_children(container):
            if child.tag == P:
                text, st, *_ = self._paragraph(child, want_bold=False)
                self._anchor_pending(anchor)
                text = text.strip()
                if text:
                    self.blocks.append(Paragraph(
                        location=anchor.with_(snippet=_snippet(text), section=self.section),
                        text=text, from_field=st.from_field))
            else:
                self._table(child)
                self._anchor_pending(anchor)
        self.fields = saved_fields

    # -- blocks -----------------------------------------------------------------------------
    def _block_children(self, container):
        """w:p and w:tbl children, looking through sdt (but not a TOC), customXml and w:ins."""
        for c in container[:]:
            tag = c.tag
            if tag in (P, TBL):
                yield c
            elif tag == SDT:
                if not _is_toc_sdt(c):
                    content = c.find(SDTCONTENT)
                    if content is not None:
                        yield from self._block_children(content)
            elif tag in _BLOCK_CONTAINERS:
                yield from self._block_children(c)
            elif tag == ALTCONTENT:
                choice = c.find(CHOICE)
                if choice is not None:
                    yield from self._block_children(choice)

    def walk_body(self, body) -> None:
        for child in self._block_children(body):
            if child.tag == P:
                self._body_paragraph(child)
            else:
                loc = self._table(child)
                self._anchor_pending(loc)
            self._flush_pending()

    # -- tables -----------------------------------------------------------------------------
    def _table(self, tbl, nested_in: int | None = None) -> Location:
        self.table_no += 1
        index = self.table_no
        loc = Location(table=index, paragraph=self.para_no or None, section=self.section,
                       page=self.page if self.paging else None)
        table = Table(location=loc, cells=[], n_rows=0, n_cols=0, index=index, nested_in=nested_in)
        self.blocks.append(table)
        grid_cols = _child(tbl, TBLGRID)
        n_grid = len(grid_cols.findall(GRIDCOL)) if grid_cols is not None else 0
        # The cell owning each grid column of the previous and the current row (vMerge continues
        # from the row above, hMerge from the column to the left: no other row is looked at).
        above: dict[int, Cell] = {}
        owner: dict[int, Cell] = {}
        nested: list = []
        cells: list[Cell] = []
        max_col = 0
        r = 0
        for tr in _wrapped(tbl, TR):
            trpr = next(tr.iterchildren(TRPR), None)  # tr.find(TRPR), without ElementPath; cells not visited
            before = after = 0
            if trpr is not None:
                if _child(trpr, DEL) is not None:
                    continue  # a deleted row
                gb, ga = _child(trpr, GRIDBEFORE), _child(trpr, GRIDAFTER)
                before = _int(gb.get(VAL), 0) if gb is not None else 0
                after = _int(ga.get(VAL), 0) if ga is not None else 0
                if _child(trpr, INS) is not None and self.first_revision is None:
                    self.first_revision = Location(table=index, row=r + 1, section=self.section)
            col = max(0, before or 0)
            for tc in _wrapped(tr, TC):
                span, vmerge, hmerge = _cell_props(tc)
                if col + span > ooxml.MAX_TABLE_COLS:  # a corrupt gridSpan/gridBefore (issue 7)
                    raise _too_wide(index, col + span)
                text, revised, from_field = self._cell_text(tc, nested)
                if vmerge == "continue":
                    up = above.get(col)
                    if up is not None and up.col == col:
                        self._anchor_comments(tc, up.location)
                        up.rowspan = r - up.row + 1
                        for c in range(col, col + max(span, 1)):
                            if c < up.col + up.colspan:
                                owner[c] = up
                        col += span
                        continue
                if hmerge == "continue":
                    left = owner.get(col - 1)
                    if left is not None and left.row == r:
                        self._anchor_comments(tc, left.location)
                        left.colspan += span
                        for c in range(col, col + span):
                            owner[c] = left
                        col += span
                        continue
                cell = Cell(row=r, col=col, text=text, colspan=span,
                            location=Location(table=index, row=r + 1, col=col + 1,
                                              snippet=text[:SNIPPET], section=self.section))
                cells.append(cell)
                self._anchor_comments(tc, cell.location)
                for c in range(col, col + span):
                    owner[c] = cell
                if revised and self.first_revision is None:
                    self.first_revision = cell.location
                if from_field:
                    self.field_cells.append((index, r + 1, col + 1))
                col += span
            max_col = max(max_col, col + max(0, after or 0))
            if max(max_col, n_grid) > ooxml.MAX_TABLE_COLS:
                raise _too_wide(index, max(max_col, n_grid))
            r += 1
            above, owner = owner, {}
        table.cells = cells
        table.n_rows = r
        table.n_cols = max(n_grid, max_col)
        for inner in nested:
            self._table(inner, nested_in=index)
        return loc

    def _cell_text(self, tc, nested: list) -> tuple[str, bool, bool]:
        """A cell's text (its paragraphs, labels included, one per line), whether it holds a
        revision, whether its text comes from a DATE field; nested tables are added to ``nested``."""
        lines: list[str] = []
        revised = from_field = False
        for child in self._block_children(tc):
            if child.tag == P:
                text, st, *_ = self._paragraph(child, want_bold=False)
                lines.append(text)
                revised = revised or st.revision
                from_field = from_field or st.from_field
            else:
                nested.append(child)
        return "\n".join(lines).strip("\n"), revised, from_field


def _cell_props(tc) -> tuple[int, str | None, str | None]:
    """gridSpan, vMerge and hMerge of a w:tc, from its leading w:tcPr (the last of each wins)."""
    span, vmerge, hmerge = 1, None, None
    if len(tc) and (tcpr := tc[0]).tag == TCPR:
        for prop in tcpr[:]:
            ptag = prop.tag
            if ptag == GRIDSPAN:
                span = max(1, _int(prop.get(VAL), 1) or 1)
            elif ptag == VMERGE:
                vmerge = prop.get(VAL) or "continue"
            elif ptag == HMERGE:
                hmerge = prop.get(VAL) or "continue"
    return span, vmerge, hmerge


def _ppr_parts(ppr) -> tuple[str | None, object, object]:
    """(pStyle value, paragraph-mark rPr, numPr) of a paragraph's pPr (the last of each wins)."""
    style_id = mark = numpr = None
    if ppr is not None:
        for c in ppr[:]:
            tag = c.tag
            if tag == PSTYLE:
                style_id = c.get(VAL)
            elif tag == RPR:
                mark = c
            elif tag == NUMPR:
                numpr = c
    return style_id, mark, numpr


def _too_wide(index: int, cols: int) -> InputError:
    return InputError(f"表 {index} 声称有 {cols} 列，超过 {ooxml.MAX_TABLE_COLS} 列的上限，文件可能已损坏",
                      "请用 Word 打开（修复）后另存为 .docx")


def _wrapped(parent, tag: str):
    """Children with ``tag``, looking through sdt, customXml and tracked-insertion wrappers."""
    for c in parent[:]:
        ctag = c.tag
        if ctag == tag:
            yield c
        elif ctag == SDT:
            content = c.find(SDTCONTENT)
            if content is not None:
                yield from _wrapped(content, tag)
        elif ctag in _BLOCK_CONTAINERS:
            yield from _wrapped(c, tag)


def _is_toc_sdt(sdt) -> bool:
    pr = sdt.find(SDTPR)
    if pr is None:
        return False
    for obj in (pr.find(DOCPARTOBJ), pr.find(W + "docPartList")):
        if obj is not None:
            gallery = obj.find(DOCPARTGALLERY)
            if gallery is not None and (gallery.get(VAL) or "").strip().lower() == "table of contents":
                return True
    return False


def _title(blocks: list[Block]) -> str | None:
    for b in blocks:
        if isinstance(b, Heading) and b.level == 0 and b.text.strip():
            return b.text.strip()
    for b in blocks:
        if isinstance(b, (Heading, Paragraph)) and b.text.strip():
            text = b.text.strip()
            return text if "报告" in text else None
        if isinstance(b, Table):
            return None
    return None


def _word_comments(reader: _Reader) -> list[tuple[str, str, Location]]:
    """(id, text, anchor) of each Word comment anchored in the body (word/comments.xml)."""
    if not reader.comment_anchors:
        return []
    root = reader._part("/comments", "word/comments.xml")
    if root is None:
        return []
    out = []
    for comment in root.iter(W + "comment"):
        cid = comment.get(ID) or ""
        if cid not in reader.comment_anchors:
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(T)) for p in comment.iter(P)]
        out.append((cid, "\n".join(paragraphs).strip(), reader.comment_anchors[cid][1]))
    return out


def read(path: Path) -> Document:
    """Read a .docx, or raise :class:`~reportlint.diagnostics.InputError`."""
    path = Path(path)
    with ooxml.Package(path) as pkg:
        doc_name = pkg.main_document_name()
        data = pkg.read(doc_name, ooxml.MAX_DOCUMENT_XML)
        assert data is not None
        root = ooxml.parse_xml(data, doc_name)
        if root.tag != W + "document":
            if isinstance(root.tag, str) and root.tag.startswith(f"{{{ooxml.NS_W_STRICT}}}"):
                raise InputError("这是 Strict Open XML 格式的 .docx，reportlint 暂不支持",
                                       "请在 Word 中“另存为”标准的 Word 文档 (.docx)")
            raise InputError(f"{doc_name} 不是 Word 正文部件（根元素不是 w:document）",
                                   "请用 Word 或 WPS 打开后“另存为” .docx 再检查")
        reader = _Reader(pkg, doc_name, root)
        body = root.find(BODY)
        if body is not None:
            reader.walk_body(body)
        revisions = sum(1 for _ in root.iter(*_REVISION_TAGS))
        word_comments = _word_comments(reader)
    doc = Document(path=str(path), format="docx", blocks=reader.blocks, source=None)
    doc.title = _title(reader.blocks)
    doc.metadata["paragraphs"] = reader.para_no
    doc.metadata["page_markers"] = reader.paging
    if reader.field_cells:
        doc.metadata["field_cells"] = reader.field_cells
    if word_comments:
        doc.metadata["word_comments"] = word_comments
    if revisions:
        doc.metadata["revisions"] = revisions
        doc.findings.append(Diagnostic(
            code="RL104", rule="RL104", check="input", severity=Severity.INFO,
            message=REVISION_MESSAGE,
            location=reader.first_revision or Location(),
            help="在 Word 中“审阅 → 接受所有修订”后保存，可消除此提示",
        ))
    return doc
