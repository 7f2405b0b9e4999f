"""The WordprocessingML names the .docx reader looks for, and small helpers for their values.

lxml names an element ``{namespace}local`` (Clark notation); the reader compares tags with these
constants, computed once, rather than spelling namespaces out at each use.
"""

from __future__ import annotations

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

W = f"{{{NS_W}}}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

# Document structure.
DOCUMENT, BODY, P, R, T, TBL, TR, TC = (W + n for n in ("document", "body", "p", "r", "t", "tbl", "tr", "tc"))
PPR, RPR, TCPR, TRPR = W + "pPr", W + "rPr", W + "tcPr", W + "trPr"
# Wrappers the walk looks through: content controls, custom XML, tracked changes, compatibility.
SDT, SDTPR, SDTCONTENT, CUSTOMXML = W + "sdt", W + "sdtPr", W + "sdtContent", W + "customXml"
INS, DEL, MOVEFROM, MOVETO = W + "ins", W + "del", W + "moveFrom", W + "moveTo"
HYPERLINK, SMARTTAG, FLDSIMPLE, DIR, BDO = (
    W + "hyperlink", W + "smartTag", W + "fldSimple", W + "dir", W + "bdo")
ALTCONTENT, CHOICE, FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
# Run content.
TAB, PTAB, BR, CR, FLDCHAR, INSTRTEXT = (
    W + "tab", W + "ptab", W + "br", W + "cr", W + "fldChar", W + "instrText")
NOBREAKHYPHEN, SYM, LRPB = W + "noBreakHyphen", W + "sym", W + "lastRenderedPageBreak"
FOOTNOTEREF, ENDNOTEREF = W + "footnoteReference", W + "endnoteReference"
DRAWING, PICT, TXBXCONTENT = W + "drawing", W + "pict", W + "txbxContent"
OMATH, OMATHPARA, MT = M + "oMath", M + "oMathPara", M + "t"
COMMENTRANGESTART, COMMENTREFERENCE = W + "commentRangeStart", W + "commentReference"
# Properties and attributes.
VAL, TYPE, ID, INSTR = W + "val", W + "type", W + "id", W + "instr"
PSTYLE, RSTYLE, OUTLINE, NUMPR, ILVL, NUMID = (
    W + "pStyle", W + "rStyle", W + "outlineLvl", W + "numPr", W + "ilvl", W + "numId")
B, VANISH = W + "b", W + "vanish"
GRIDSPAN, VMERGE, HMERGE, GRIDBEFORE, GRIDAFTER = (
    W + "gridSpan", W + "vMerge", W + "hMerge", W + "gridBefore", W + "gridAfter")
TBLGRID, GRIDCOL = W + "tblGrid", W + "gridCol"
STYLE, STYLE_ID, NAME, BASED_ON = W + "style", W + "styleId", W + "name", W + "basedOn"
DOCPARTOBJ, DOCPARTLIST, DOCPARTGALLERY = W + "docPartObj", W + "docPartList", W + "docPartGallery"

_FALSE = frozenset({"0", "false", "off", "none"})


def on(el) -> bool:
    """A toggle property element (``w:b``, ``w:vanish``): on unless its val says off."""
    return (el.get(VAL) or "1").lower() not in _FALSE


def child(el, tag: str):
    """The first child of ``el`` (an element, or the list of its children) named ``tag``, or None:
    ``el.find(tag)`` without ElementPath's parsing of the path, for the elements the walk looks
    into at every run and paragraph."""
    for c in el[:]:
        if c.tag == tag:
            return c
    return None


def to_int(value: str | None, default: int | None = None) -> int | None:
    """An attribute's integer value, or ``default`` when it is absent or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
