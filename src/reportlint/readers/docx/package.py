"""A .docx opened safely: what the file is, its parts within the size limits, hardened XML parsing.

Everything that can go wrong with a file that is not a healthy .docx ends here as an
:class:`~reportlint.model.diagnostics.InputError` with a one-line Chinese reason and a hint, never
a library traceback: an empty file, a legacy ``.doc`` or a password-protected document (both OLE
compound files), a file that is not a ZIP at all, a truncated ZIP, a ZIP with two entries of one
name, a ZIP without a Word body, a "zip bomb", and malformed, entity-laden or oversized XML.

Only :mod:`zipfile` and :mod:`lxml` are used; python-docx is not needed to read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path

from lxml import etree

from ...model.diagnostics import InputError
from . import limits
from .wordml import NS_REL

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 16
_INFLATE_CHUNK = 1 << 20  # a part is inflated this much at a time, its limit checked after each piece
REL_OFFICE_DOCUMENT = "/officeDocument"

HINT_RESAVE = "请用 Word 或 WPS 打开后“另存为” .docx 再检查"
HINT_REEXPORT = "文件可能已损坏，请重新下载，或用 Word 打开（修复）后另存为 .docx"
HINT_SPLIT = "如确为超大文档，请拆分后再检查"

_DOCTYPE_RE = re.compile(rb"<\x00?!\x00?D\x00?O\x00?C\x00?T\x00?Y\x00?P\x00?E", re.IGNORECASE)


def one_line(text: object) -> str:
    return " ".join(str(text).split())


def _mib(limit: int) -> int:
    return limit // (1024 * 1024)


def too_large(what: str, limit: int) -> InputError:
    """The refusal of a document with more of ``what`` than ``limit`` (limits.py)."""
    return InputError(f"文档过大：{what}超过 {limit:,} 个，已拒绝读取", HINT_SPLIT)


def make_parser() -> etree.XMLParser:
    """An lxml parser that never loads a DTD, resolves an entity or touches the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        dtd_validation=False, remove_comments=True, remove_pis=True,
    )


def has_doctype(data: bytes) -> bool:
    """True if the bytes hold a DOCTYPE or an entity declaration (Word writes neither)."""
    return _DOCTYPE_RE.search(data[:4096]) is not None or b"<!ENTITY" in data


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse one part.  A DOCTYPE (Word never writes one) is refused before parsing, so entity
    tricks such as "billion laughs" are never even seen by the parser; so is a part with more tags
    than :data:`~.limits.MAX_XML_TAGS`, whose tree would not fit in a sane amount of memory."""
    if has_doctype(data):
        raise InputError(
            f"{name} 含有 DOCTYPE/实体声明（Word 从不写入），已拒绝读取",
            "文件可能被篡改或由不兼容的工具生成；" + HINT_RESAVE,
        )
    if data.count(b"<") > limits.MAX_XML_TAGS:
        raise InputError(f"{name} 含有超过 {limits.MAX_XML_TAGS:,} 个 XML 标记，文档过大，已拒绝读取", HINT_SPLIT)
    try:
        root = etree.fromstring(data, make_parser())
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc.msg):  # libxml2 stops at 256 levels (tables nested ~80 deep)
            raise InputError(f"{name} 的 XML 嵌套超过 {limits.MAX_XML_DEPTH} 层（例如表格套表格过深），已拒绝读取",
                             "请减少表格嵌套层数后另存为 .docx") from None
        line = getattr(exc, "lineno", None)
        where = f"（第 {line} 行）" if line else ""
        raise InputError(f"{name} 不是合法的 XML{where}：{one_line(exc.msg)}", HINT_REEXPORT) from None
    except (ValueError, etree.LxmlError) as exc:
        raise InputError(f"{name} 无法解析：{one_line(exc)}", HINT_REEXPORT) from None
    if root is None:
        raise InputError(f"{name} 是空的", HINT_REEXPORT)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(f"{name} 含有 DOCTYPE 声明（Word 从不写入），已拒绝读取", HINT_RESAVE)
    return root


def _sniff(path: Path, head: bytes) -> None:
    """Explain a file that is not a ZIP package, or return quietly if it looks like one."""
    if not head:
        raise InputError("文件是空的（0 字节）", "请确认文件已完整保存或下载后再检查")
    if head.startswith(OLE_MAGIC):
        if _ole_is_encrypted(path):
            raise InputError(
                "这是设置了密码保护（加密）的 Word 文档，reportlint 无法读取其内容",
                "请取消密码保护后另存为 .docx",
            )
        raise InputError(
            "这是旧版 Word (.doc) 或加密的文档（OLE 复合文件），不是 .docx",
            "请在 Word 或 WPS 中“另存为” .docx 后再检查；如设置了密码，请先取消密码保护",
        )
    if head.startswith(b"PK"):
        return
    if head.startswith(b"%PDF"):
        raise InputError("这是 PDF 文件，不是 .docx", "请把扩展名改为 .pdf 后再检查，或提供 Word 原稿")
    if head.lstrip().startswith(b"{\\rtf"):
        raise InputError("这是 RTF 文件，不是 .docx", HINT_RESAVE)
    low = head[:512].lower()
    if b"<html" in low or b"mime-version" in low or b"<?xml" in low:
        raise InputError("这是网页 (HTML/MHT) 或 XML 文件，不是 .docx", HINT_RESAVE)
    raise InputError("不是 .docx 文件：内容不是 ZIP 压缩包（.docx 实为 ZIP 包）", HINT_RESAVE)


def _ole_is_encrypted(path: Path) -> bool:
    """An encrypted OOXML document is an OLE file with an "EncryptionInfo" stream."""
    try:
        with path.open("rb") as fh:
            tail = b""
            read = 0
            while read < limits.MAX_SNIFF_BYTES:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    return False
                read += len(chunk)
                if _ENCRYPTION_INFO in tail + chunk:
                    return True
                tail = chunk[-len(_ENCRYPTION_INFO):]
    except OSError:
        pass
    return False


class Package:
    """A .docx opened as a ZIP, read part by part within the size limits."""

    def __init__(self, path: Path):
        self.path = path
        from ..safeio import open_regular  # regular files only: no FIFO, no directory (safeio.py)

        try:
            with open_regular(path) as fh:
                head = fh.read(8)
        except OSError as exc:
            raise InputError(f"无法读取文件：{one_line(exc.strerror or exc)}",
                             "请检查路径和读取权限") from None
        _sniff(path, head)
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError) as exc:
            # NotImplementedError: zipfile's answer to a ZIP version it does not know (a damaged header)
            raise InputError(f"文件已损坏或不完整：ZIP 结构无法读取（{one_line(exc)}）",
                             HINT_REEXPORT) from None
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            self.zip.close()
            raise InputError(f"ZIP 包含 {len(infos)} 个条目，超过 {limits.MAX_ZIP_MEMBERS} 的上限",
                             "这不像 Word 文档；" + HINT_RESAVE)
        # Part names are case-insensitive (OPC): two entries of one name leave it open which one a
        # word processor shows, so the file is refused rather than one of them read silently.
        twice = [n for n, k in Counter(i.filename.lower() for i in infos).items() if k > 1]
        if twice:
            self.zip.close()
            name = next(i.filename for i in infos if i.filename.lower() == twice[0])
            raise InputError(f"ZIP 包中有多个同名的 {name} 条目，无法确定应读取哪一个，已拒绝读取", HINT_REEXPORT)
        self.names = {i.filename: i for i in infos}
        self._relationships: dict[str, dict[str, list[tuple[str, str]]]] = {}

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str, limit: int | None = None) -> bytes | None:
        """The bytes of one part, or None if absent.  Refuses a part that is (or claims to be, or
        turns out while inflating to be) larger than ``limit`` (default: limits.MAX_PART)."""
        info = self.names.get(name)
        if info is None:
            return None
        limit = limits.MAX_PART if limit is None else limit
        bomb = InputError(
            f"{name} 解压后超过 {_mib(limit)} MiB 上限，疑似压缩炸弹或异常文件，已拒绝读取", HINT_SPLIT)
        if info.file_size > limit:
            raise bomb
        try:
            with self.zip.open(info) as fh:
                parts: list[bytes] = []
                total = 0
                while True:
                    chunk = fh.read(_INFLATE_CHUNK)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > limit:
                        raise bomb
                    parts.append(chunk)
        except InputError:
            raise
        except RuntimeError as exc:  # encrypted ZIP entry
            raise InputError(f"{name} 已加密，无法读取（{one_line(exc)}）",
                             "请取消密码保护后另存为 .docx") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise InputError(f"文件已损坏或不完整：无法解压 {name}（{one_line(exc)}）",
                             HINT_REEXPORT) from None
        return b"".join(parts)

    def read_all(self) -> dict[str, bytes]:
        """Every entry's bytes (folders left out), each within its limit and all of them within
        :data:`~.limits.MAX_PACKAGE`: checked from the declared sizes before anything is inflated."""
        main = self.main_document_name()
        infos = [i for i in self.names.values() if not i.is_dir()]
        declared = sum(i.file_size for i in infos)
        if declared > limits.MAX_PACKAGE:
            raise InputError(f"文档包中的各部件解压后共 {_mib(declared)} MiB，超过 {_mib(limits.MAX_PACKAGE)} MiB 上限，"
                             "已拒绝处理", HINT_SPLIT)
        out = {}
        for info in infos:
            data = self.read(info.filename, limits.MAX_DOCUMENT_XML if info.filename == main else limits.MAX_PART)
            assert data is not None
            out[info.filename] = data
        return out

    def xml(self, name: str, limit: int | None = None) -> etree._Element | None:
        data = self.read(name, limit)
        if data is None:
            return None
        return parse_xml(data, name)

    def relationships(self, part: str) -> dict[str, list[tuple[str, str]]]:
        """Relationships of a part as ``{type-suffix: [(id, target-part-name)]}``."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels") if part else "_rels/.rels"
        root = self.xml(rels_name)
        out: dict[str, list[tuple[str, str]]] = {}
        if root is None:
            return out
        for rel in root.iter(f"{{{NS_REL}}}Relationship"):
            rtype, target = rel.get("Type") or "", rel.get("Target") or ""
            if not target or rel.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            suffix = rtype[rtype.rfind("/"):]
            out.setdefault(suffix, []).append((rel.get("Id") or "", name))
        return out

    def related(self, source: str, kind: str, default: str) -> str | None:
        """The part a relationship of type ``kind`` ("/styles") of part ``source`` points to.  For
        word/document.xml, ``default`` (the name every word processor writes) is taken when present,
        which spares parsing the relationships."""
        if source == "word/document.xml" and default in self.names:
            return default
        if source not in self._relationships:
            self._relationships[source] = self.relationships(source)
        return next((n for _rid, n in self._relationships[source].get(kind, []) if n in self.names), None)

    def main_document_name(self) -> str:
        """The main document part: word/document.xml as every word processor names it, else the
        target of the package's officeDocument relationship."""
        if "word/document.xml" in self.names:
            return "word/document.xml"
        for _rid, name in self.relationships("").get(REL_OFFICE_DOCUMENT, []):
            if name in self.names:
                return name
        if any(n.startswith("xl/") for n in self.names):
            raise InputError("这是 Excel (.xlsx) 文件，不是 Word 文档", "请提供 Word (.docx) 格式的报告")
        if any(n.startswith("ppt/") for n in self.names):
            raise InputError("这是 PowerPoint (.pptx) 文件，不是 Word 文档", "请提供 Word (.docx) 格式的报告")
        raise InputError("ZIP 包中没有 word/document.xml，不是 Word 文档", HINT_RESAVE)
