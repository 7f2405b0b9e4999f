"""Build small .docx files for the reader tests: raw WordprocessingML (checked with lxml) or
python-docx, written into a test's tmp_path.  Nothing here touches the sample documents."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'mc:Ignorable="wps"'
)

# Styles as a Chinese-language Word writes them: numeric / letter ids, English names.
BASE_STYLES = """
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>
  <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="character" w:styleId="a4"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
"""

_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="/word/{part}" ContentType="{_CT}{kind}+xml"/>' for part, kind in (
        ("document.xml", "document.main"), ("styles.xml", "styles"), ("numbering.xml", "numbering"),
        ("footnotes.xml", "footnotes"), ("header1.xml", "header")))
    + "</Types>"
)

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _checked(xml: str) -> bytes:
    data = xml.encode("utf-8")
    etree.fromstring(data)  # a fixture typo fails here, not inside the reader
    return data


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:document {NSDECL}><w:body>{body}<w:sectPr/></w:body></w:document>")


def build_docx(path: Path, body: str, *, styles: str = "", numbering: str | None = None,
               footnotes: str | None = None, header: str | None = None,
               document: str | None = None) -> Path:
    """A .docx whose body is ``body`` (raw w:p / w:tbl / w:sdt ... XML with the usual prefixes)."""
    rels = [("styles", "styles.xml")]
    parts = {
        "word/document.xml": _checked(document if document is not None else document_xml(body)),
        "word/styles.xml": _checked(f'<w:styles {NSDECL}>{BASE_STYLES}{styles}</w:styles>'),
    }
    if numbering is not None:
        parts["word/numbering.xml"] = _checked(f"<w:numbering {NSDECL}>{numbering}</w:numbering>")
        rels.append(("numbering", "numbering.xml"))
    if footnotes is not None:
        parts["word/footnotes.xml"] = _checked(f"<w:footnotes {NSDECL}>{footnotes}</w:footnotes>")
        rels.append(("footnotes", "footnotes.xml"))
    if header is not None:
        parts["word/header1.xml"] = _checked(f"<w:hdr {NSDECL}>{header}</w:hdr>")
        rels.append(("header", "header1.xml"))
    doc_rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(rels, 1))
    parts["word/_rels/document.xml.rels"] = _checked(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{doc_rels}</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def raw_docx(path: Path, document: bytes | str, extra: dict[str, bytes | str] | None = None) -> Path:
    """A package holding ``document`` as word/document.xml as it is (no check: it may be broken),
    plus ``extra`` parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


# ---- tiny XML helpers -------------------------------------------------------------------

def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def r(text: str, *, bold: bool = False, rstyle: str | None = None) -> str:
    rpr = ""
    if bold or rstyle:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + (
            "<w:b/>" if bold else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def p(*runs: str, style: str | None = None, ppr: str = "") -> str:
    """A paragraph; bare strings become plain runs, strings starting with '<' are raw XML."""
    inner = "".join(x if x.startswith("<") else r(x) for x in runs)
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    pp = f"<w:pPr>{style_xml}{ppr}</w:pPr>" if (style_xml or ppr) else ""
    return f"<w:p>{pp}{inner}</w:p>"


def tc(*content: str, span: int = 1, vmerge: str | None = None) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    body = "".join(c if c.startswith("<") else p(c) for c in content) or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def tr(*cells: str, before: int = 0, after: int = 0) -> str:
    trpr = ""
    if before or after:
        trpr = "<w:trPr>" + (f'<w:gridBefore w:val="{before}"/>' if before else "") + (
            f'<w:gridAfter w:val="{after}"/>' if after else "") + "</w:trPr>"
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def tbl(*rows: str, cols: int) -> str:
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(cols))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def sdt(content: str, *, toc: bool = False) -> str:
    pr = ("<w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
          "<w:docPartUnique/></w:docPartObj></w:sdtPr>") if toc else "<w:sdtPr/>"
    return f"<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sample_dir() -> Path:
    """The sample documents kept in the repository (tests/data/samples, README.md there)."""
    return Path(__file__).resolve().parent / "data" / "samples"
