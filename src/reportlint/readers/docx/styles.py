"""Paragraph and character styles (word/styles.xml): what a style says about headings, bold text
and numbering, following ``w:basedOn`` chains.

A Word styles.xml holds 100–350 KiB of styles, latent styles and table styles of which a report
uses a handful, and parsing it whole costs more than reading the rest of the document (figures in
benchmarks/RESULTS.md).  So the part is indexed by ``w:styleId`` with regular expressions over its
bytes, and only the styles a paragraph names (with their ``basedOn`` chains) are parsed, each as a
fragment under the part's own root tag, which declares the namespaces.  A part that writes the
main namespace with another prefix, or that the index cannot follow, is parsed whole.
"""

from __future__ import annotations

import html
import re

from ...model.records import Record
from .package import has_doctype, parse_xml
from .wordml import BASED_ON, ILVL, NAME, NS_W, NUMID, NUMPR, OUTLINE, PPR, RPR, STYLE, STYLE_ID, TYPE, B, W, on, to_int

BODY_LEVEL = -1  # what ``Styles.level`` says of a style that means body text (outline level 9, a TOC style)

_HEADING_NAME_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$")
_TOC_NAME_RE = re.compile(r"^(?:toc|目录)\s*[1-9]$")

_ROOT_RE = re.compile(rb"<w:styles\b[^>]*>")
_AFTER_NAME = (b" ", b"\t", b"\r", b"\n", b"/", b"")  # what may follow "<w:style" in a style's start tag
_DEFAULT_RE = re.compile(rb"""\bw:default\s*=\s*["'](?:1|true|on)["']""")
_STYLE_ID_RE = re.compile(rb"""\bw:styleId\s*=\s*(["'])(.*?)\1""")
_PARAGRAPH_TYPE_RE = re.compile(rb"""\bw:type\s*=\s*["']paragraph["']""")
_STYLE_END = b"</w:style>"


def _text(raw: bytes) -> str:
    """An attribute value as text (entities such as &amp; resolved)."""
    text = raw.decode("utf-8", "replace")
    return html.unescape(text) if "&" in text else text


class Style(Record):
    """What one ``w:style`` says itself (its chain is followed by :class:`Styles`)."""

    __slots__ = ("name", "based_on", "outline", "bold", "num_id", "ilvl")

    def __init__(self, name: str, based_on: str | None, outline: int | None, bold: bool | None, num_id: str | None,
                 ilvl: int | None) -> None:
        self.name = name  # lower case, spaces collapsed: "heading 1", "toc 2", "title"
        self.based_on = based_on
        self.outline = outline
        self.bold = bold
        self.num_id = num_id
        self.ilvl = ilvl


def _style_from(el) -> tuple[str | None, Style]:
    """(w:styleId, Style) of a ``w:style`` element."""
    name_el = el.find(NAME)
    based = el.find(BASED_ON)
    ppr = el.find(PPR)
    outline = num_id = ilvl = None
    if ppr is not None:
        ol = ppr.find(OUTLINE)
        if ol is not None:
            outline = to_int(ol.get(W + "val"))
        numpr = ppr.find(NUMPR)
        if numpr is not None:
            n, lv = numpr.find(NUMID), numpr.find(ILVL)
            num_id = n.get(W + "val") if n is not None else None
            ilvl = to_int(lv.get(W + "val")) if lv is not None else None
    b = el.find(f"{RPR}/{B}")
    return el.get(STYLE_ID), Style(
        name=" ".join((name_el.get(W + "val") or "").split()).lower() if name_el is not None else "",
        based_on=based.get(W + "val") if based is not None else None,
        outline=outline, bold=on(b) if b is not None else None, num_id=num_id, ilvl=ilvl,
    )


class Styles:
    """The styles of one document, parsed as they are asked for (see the module docstring)."""

    def __init__(self, data: bytes | None, name: str = "word/styles.xml"):
        self._name = name
        self._data = data
        self._root_tag = b""
        self._starts: dict[str, int] = {}  # styleId -> where its start tag is in the bytes
        self._parsed: dict[str, Style | None] = {}
        self.default_paragraph: str | None = None
        self.default_bold = False
        # Answers per style id, each a walk up the basedOn chain.
        self._level: dict[str | None, int | None] = {}
        self._bold: dict[str | None, bool] = {}
        self._char_bold: dict[str | None, bool | None] = {}
        self._numpr: dict[str | None, tuple[str | None, int | None]] = {}
        if data and not self._index(data):
            self._starts = {}
            self._parse_whole(parse_xml(data, name))

    def _index(self, data: bytes) -> bool:
        """Index the styles by id; False when the bytes are not as Word and WPS write them."""
        root = _ROOT_RE.search(data, 0, 8192)
        if root is None or f'xmlns:w="{NS_W}"'.encode() not in root.group(0):
            return False
        if has_doctype(data[:root.start()]):  # a DOCTYPE can only come before the root element
            parse_xml(data, self._name)  # raises the proper InputError
        self._root_tag = root.group(0)
        start = data.find(b"<w:docDefaults")
        end = data.find(b"</w:docDefaults>", start) if start != -1 else -1
        if end != -1:
            defaults = self._fragment(data[start:end + len(b"</w:docDefaults>")])
            b = defaults.find(f"{W}docDefaults/{W}rPrDefault/{RPR}/{B}")
            if b is not None:
                self.default_bold = on(b)
        pos = 0
        while (start := data.find(b"<w:style", pos)) != -1:
            tag_end = data.find(b">", start)
            if tag_end == -1:
                return False
            attrs = data[start + len(b"<w:style"):tag_end]
            if attrs[:1] not in _AFTER_NAME:
                pos = start + 1  # <w:styles>, the root
                continue
            sid = _STYLE_ID_RE.search(attrs)
            if sid is not None:
                style_id = _text(sid.group(2))
                self._starts.setdefault(style_id, start)
                if b"w:default" in attrs and _DEFAULT_RE.search(attrs) and _PARAGRAPH_TYPE_RE.search(attrs):
                    self.default_paragraph = style_id
            if attrs.endswith(b"/"):
                pos = tag_end + 1
            else:
                end = data.find(_STYLE_END, tag_end)
                if end == -1:
                    return False
                pos = end + len(_STYLE_END)
        return True

    def _span(self, start: int) -> tuple[int, int] | None:
        """Where the style whose start tag begins at ``start`` ends."""
        data = self._data
        assert data is not None
        tag_end = data.find(b">", start)
        if tag_end == -1:
            return None
        if data[tag_end - 1:tag_end] == b"/":
            return start, tag_end + 1
        end = data.find(_STYLE_END, tag_end)
        return (start, end + len(_STYLE_END)) if end != -1 else None

    def _fragment(self, chunk: bytes):
        return parse_xml(self._root_tag + chunk + b"</w:styles>", self._name)

    def _parse_whole(self, root) -> None:
        b = root.find(f"{W}docDefaults/{W}rPrDefault/{RPR}/{B}")
        if b is not None:
            self.default_bold = on(b)
        for el in root.iter(STYLE):
            style_id, style = _style_from(el)
            if style_id is None:
                continue
            self._parsed[style_id] = style
            if el.get(TYPE) == "paragraph" and el.get(W + "default") in ("1", "true", "on"):
                self.default_paragraph = style_id

    def get(self, style_id: str | None) -> Style | None:
        if style_id is None:
            return None
        if style_id not in self._parsed:
            start = self._starts.get(style_id)
            span = self._span(start) if start is not None else None
            style = None
            if span is not None:
                el = self._fragment(self._data[span[0]:span[1]]).find(STYLE)
                if el is not None:
                    style = _style_from(el)[1]
            self._parsed[style_id] = style
        return self._parsed[style_id]

    def has(self, style_id: str | None) -> bool:
        return style_id is not None and (style_id in self._starts or self._parsed.get(style_id) is not None)

    def _chain(self, style_id: str | None):
        """The style and the styles it is based on, nearest first (a loop is cut)."""
        seen = set()
        while style_id is not None and style_id not in seen:
            style = self.get(style_id)
            if style is None:
                return
            seen.add(style_id)
            yield style
            style_id = style.based_on

    def resolve(self, style_id: str | None) -> str | None:
        """The style a paragraph has: the one it names if it exists, else the default paragraph style."""
        return style_id if self.has(style_id) else self.default_paragraph

    def is_toc(self, style_id: str | None) -> bool:
        style = self.get(style_id)
        return style is not None and _TOC_NAME_RE.match(style.name) is not None

    def level(self, style_id: str | None) -> int | None:
        """Heading level from the style chain: 0 for Title, 1–9, ``BODY_LEVEL`` or None (unknown).
        The nearest style that says anything decides (its name first, then its outline level)."""
        if style_id not in self._level:
            self._level[style_id] = next(
                (lv for lv in map(_level_of, self._chain(style_id)) if lv is not None), None)
        return self._level[style_id]

    def bold(self, style_id: str | None) -> bool:
        """Whether a paragraph of this style is bold (the document default when no style says)."""
        if style_id not in self._bold:
            self._bold[style_id] = next((s.bold for s in self._chain(style_id) if s.bold is not None),
                                        self.default_bold)
        return self._bold[style_id]

    def char_bold(self, style_id: str | None) -> bool | None:
        """Whether a character style makes its runs bold (None: it does not say)."""
        if style_id not in self._char_bold:
            self._char_bold[style_id] = next((s.bold for s in self._chain(style_id) if s.bold is not None), None)
        return self._char_bold[style_id]

    def numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph of this style is numbered with, each from the nearest style giving it."""
        if style_id not in self._numpr:
            num_id = ilvl = None
            for s in self._chain(style_id):
                if num_id is None:
                    num_id = s.num_id
                if ilvl is None:
                    ilvl = s.ilvl
            self._numpr[style_id] = (num_id, ilvl)
        return self._numpr[style_id]


def _level_of(style: Style) -> int | None:
    """What one style says of the heading level (None: nothing; the chain goes on)."""
    m = _HEADING_NAME_RE.match(style.name)
    if m:
        return int(m.group(1))
    if style.name == "title":
        return 0
    if _TOC_NAME_RE.match(style.name) or style.name == "toc heading":
        return BODY_LEVEL
    if style.outline is not None:
        return style.outline + 1 if 0 <= style.outline <= 8 else BODY_LEVEL
    return None
