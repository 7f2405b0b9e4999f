"""Word comments written into a copy of a .docx package, without python-docx.

The copy is the original package part for part: only the main document part, its comments part,
its relationships and ``[Content_Types].xml`` are rewritten, and only to add (or take away) the
comments.  The parts are read through the .docx reader's :class:`~reportlint.readers.docx.package.Package`,
so the copy is bounded by the reader's limits (no part inflated beyond its limit, nor the package
beyond ``MAX_PACKAGE``) and every file ``check`` can read can be annotated: python-docx, which
parsed every XML part and inflated every media part of the package, refused a styles, numbering or
comments part it could not parse, a macro-enabled or template content type, and a broken
``[Content_Types].xml`` or relationships part, with an internal error.  A part that must be
rewritten but cannot be parsed (the comments part, the document's relationships or the content
types) is refused with the reader's one-line reason.

Comments reportlint wrote before (initials ``RL``, text starting with a rule code) are taken away
first, so annotating an annotated copy replaces them instead of stacking duplicates; the comments of
people are kept.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

from ..model.diagnostics import InputError
from ..readers.docx.package import HINT_RESAVE, Package, parse_xml
from ..readers.docx.wordml import COMMENTRANGESTART, COMMENTREFERENCE, ID, NS_REL, NS_W, PPR, RPR, P, R, T, W

NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CONTENT_TYPES = "[Content_Types].xml"
INITIALS = "RL"

COMMENTS, COMMENT, COMMENTRANGEEND = W + "comments", W + "comment", W + "commentRangeEnd"
AUTHOR, INITIALS_ATTR, ANNOTATIONREF, PSTYLE, VAL = (
    W + "author", W + "initials", W + "annotationRef", W + "pStyle", W + "val")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_OURS = re.compile(r"[A-Z][A-Z0-9_-]*\d ")  # "RL401 …": how each comment reportlint writes starts


def _xml_bytes(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


class CommentedPackage:
    """A .docx package read within limits, its main document parsed, comments added by paragraph."""

    def __init__(self, pkg: Package) -> None:
        self.main = pkg.main_document_name()
        self.parts = pkg.read_all()
        self.order = [i.filename for i in pkg.zip.infolist() if not i.is_dir()]
        self.dates = {i.filename: i.date_time for i in pkg.zip.infolist()}
        self.document = parse_xml(self.parts[self.main], self.main)
        self.rels_name = _rels_name(self.main)
        self.rels = self._rels()
        self.comments_name = self._comments_name()
        data = self.parts.get(self.comments_name)
        self.comments = parse_xml(data, self.comments_name) if data is not None else etree.Element(
            COMMENTS, nsmap={"w": NS_W})
        if CONTENT_TYPES not in self.parts:  # the reader does without it; Word does not
            raise InputError(f"ZIP 包中没有 {CONTENT_TYPES}，无法写入批注", HINT_RESAVE)
        self.content_types = parse_xml(self.parts[CONTENT_TYPES], CONTENT_TYPES)
        self._next_id = 1 + max((int(c.get(ID)) for c in self.comments.iter(COMMENT)
                                 if (c.get(ID) or "").isdigit()), default=-1)

    def paragraphs(self) -> list:
        """Every w:p of the main document in document order: the order of the reader's body_places."""
        return list(self.document.iter(P))

    # -- the parts that name the comments part -------------------------------------------------

    def _rels(self):
        data = self.parts.get(self.rels_name)
        if data is None:
            return etree.Element(f"{{{NS_REL}}}Relationships", nsmap={None: NS_REL})
        return parse_xml(data, self.rels_name)

    def _comments_name(self) -> str:
        """The comments part the document's relationship names (made when there is none)."""
        folder = posixpath.dirname(self.main)
        for rel in self.rels.iter(f"{{{NS_REL}}}Relationship"):
            target = rel.get("Target") or ""
            if rel.get("Type") == REL_COMMENTS and target and rel.get("TargetMode") != "External":
                return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        lower = {name.lower() for name in self.parts}
        name, n = posixpath.join(folder, "comments.xml"), 0
        while name.lower() in lower:  # a part of that name that the document does not point to
            n += 1
            name = posixpath.join(folder, f"comments{n}.xml")
        ids = {rel.get("Id") for rel in self.rels.iter(f"{{{NS_REL}}}Relationship")}
        rid = next(f"rId{k}" for k in range(len(ids) + 1, len(ids) + 10_002) if f"rId{k}" not in ids)
        etree.SubElement(self.rels, f"{{{NS_REL}}}Relationship", Id=rid, Type=REL_COMMENTS,
                         Target=posixpath.relpath(name, folder or "."))
        return name

    def _declare_content_type(self) -> None:
        part_name = "/" + self.comments_name
        for override in self.content_types.iter(f"{{{NS_CT}}}Override"):
            if (override.get("PartName") or "").lower() == part_name.lower():
                override.set("ContentType", CT_COMMENTS)
                return
        etree.SubElement(self.content_types, f"{{{NS_CT}}}Override", PartName=part_name, ContentType=CT_COMMENTS)

    # -- comments ------------------------------------------------------------------------------

    def remove_earlier(self) -> int:
        """Take away the comments reportlint wrote before (and their marks in the document)."""
        ours = set()
        for comment in list(self.comments.iter(COMMENT)):
            text = "".join(t.text or "" for t in comment.iter(T))
            if comment.get(INITIALS_ATTR) == INITIALS and _OURS.match(text):
                ours.add(comment.get(ID))
                comment.getparent().remove(comment)
        if ours:
            for mark in list(self.document.iter(COMMENTRANGESTART, COMMENTRANGEEND, COMMENTREFERENCE)):
                if mark.get(ID) not in ours:
                    continue
                parent = mark.getparent()
                if mark.tag == COMMENTREFERENCE and parent.tag == R and all(c.tag in (RPR, COMMENTREFERENCE) for c in parent):
                    parent.getparent().remove(parent)  # the run that only held the reference mark
                else:
                    parent.remove(mark)
        return len(ours)

    def add(self, p, text: str, author: str) -> None:
        """A comment on paragraph ``p`` (its whole content), ``text``'s lines as its paragraphs."""
        cid = str(self._next_id)
        self._next_id += 1
        start = etree.Element(COMMENTRANGESTART, {ID: cid})
        first = 1 if len(p) and p[0].tag == PPR else 0
        p.insert(first, start)
        etree.SubElement(p, COMMENTRANGEEND, {ID: cid})
        etree.SubElement(etree.SubElement(p, R), COMMENTREFERENCE, {ID: cid})
        comment = etree.SubElement(self.comments, COMMENT, {ID: cid, AUTHOR: author, INITIALS_ATTR: INITIALS})
        for n, line in enumerate(text.split("\n")):
            para = etree.SubElement(comment, P)
            etree.SubElement(etree.SubElement(para, PPR), PSTYLE, {VAL: "CommentText"})
            if n == 0:
                etree.SubElement(etree.SubElement(para, R), ANNOTATIONREF)
            run_text = etree.SubElement(etree.SubElement(para, R), T)
            run_text.text = line
            run_text.set(_SPACE, "preserve")

    def to_bytes(self) -> bytes:
        """The package with the rewritten parts; every other part as it was, in its place."""
        self._declare_content_type()
        rewritten = {self.main: _xml_bytes(self.document), self.rels_name: _xml_bytes(self.rels),
                     self.comments_name: _xml_bytes(self.comments), CONTENT_TYPES: _xml_bytes(self.content_types)}
        names = self.order + [n for n in rewritten if n not in self.parts]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=self.dates.get(name, (1980, 1, 1, 0, 0, 0)))
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, rewritten.get(name, self.parts.get(name, b"")))
        return buffer.getvalue()

