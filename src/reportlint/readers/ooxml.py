"""Safe access to an OOXML (.docx) package: sniffing, size limits and hardened XML parsing.

Everything that can go wrong with a file that is not a healthy .docx ends here as an
:class:`~reportlint.diagnostics.InputError` with a one-line Chinese reason and a hint, never a
library traceback: an empty file, a legacy ``.doc`` or a password-protected document (both OLE
compound files), a file that is not a ZIP at all, a truncated ZIP, a ZIP without a Word body, a
"zip bomb" and malformed or entity-laden XML.

Only :mod:`zipfile` and :mod:`lxml` are used; python-docx is not needed to read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ..model.diagnostics import InputError

# Limits.  A real annual report's document.xml is a few hundred KiB; these are generous.
MAX_DOCUMENT_XML = 64 * 1024 * 1024  # uncompressed word/document.xml
MAX_PART = 32 * 1024 * 1024  # any other part we read (styles, numbering, notes, rels)
MAX_ZIP_MEMBERS = 10_000  # more entries than any word processor writes
MAX_SNIFF_BYTES = 64 * 1024 * 1024  # how much of an OLE file we scan for "EncryptionInfo"
MAX_XML_DEPTH = 256  # libxml2's element nesting limit without huge_tree (never raised here)
MAX_TABLE_COLS = 1000  # a grid column index beyond this (gridSpan, gridBefore) is a corrupt table

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 16
# Parts are inflated this much at a time (the size limit is checked after each piece): one piece for
# nearly every part; 64 KiB pieces cost ~0.1 ms more on a Word styles.xml of 350 KiB.
_INFLATE_CHUNK = 1 << 20

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_OFFICE_DOCUMENT = "/officeDocument"

_HINT_RESAVE = "请用 Word 或 WPS 打开后“另存为” .docx 再检查"
_HINT_REEXPORT = "文件可能已损坏，请重新下载，或用 Word 打开（修复）后另存为 .docx"

_DOCTYPE_RE = re.compile(rb"<\x00?!\x00?D\x00?O\x00?C\x00?T\x00?Y\x00?P\x00?E", re.IGNORECASE)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


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
    tricks such as "billion laughs" are never even seen by the parser."""
    if has_doctype(data):
        raise InputError(
            f"{name} 含有 DOCTYPE/实体声明（Word 从不写入），已拒绝读取",
            "文件可能被篡改或由不兼容的工具生成；" + _HINT_RESAVE,
        )
    try:
        root = etree.fromstring(data, make_parser())
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc.msg):  # libxml2 stops at 256 levels (tables nested ~80 deep)
            raise InputError(f"{name} 的 XML 嵌套超过 {MAX_XML_DEPTH} 层（例如表格套表格过深），已拒绝读取",
                             "请减少表格嵌套层数后另存为 .docx") from None
        line = getattr(exc, "lineno", None)
        where = f"（第 {line} 行）" if line else ""
        raise InputError(f"{name} 不是合法的 XML{where}：{_one_line(exc.msg)}", _HINT_REEXPORT) from None
    except (ValueError, etree.LxmlError) as exc:
        raise InputError(f"{name} 无法解析：{_one_line(exc)}", _HINT_REEXPORT) from None
    if root is None:
        raise InputError(f"{name} 是空的", _HINT_REEXPORT)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(f"{name} 含有 DOCTYPE 声明（Word 从不写入），已拒绝读取", _HINT_RESAVE)
    return root


def _sniff(path: Path, head: bytes) -> None:
    """Explain a file that is not a ZIP package, or return quietly if it looks like one."""
    if not head:
        raise InputError("文件是空的（0 字节）", "请确认文件已完整保存或下载后再检查")
    if head.startswith(OLE_MAGIC):
        encrypted = False
        try:
            with path.open("rb") as fh:
                tail = b""
                read = 0
                while read < MAX_SNIFF_BYTES:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    read += len(chunk)
                    if _ENCRYPTION_INFO in tail + chunk:
                        encrypted = True
                        break
                    tail = chunk[-len(_ENCRYPTION_INFO):]
        except OSError:
            pass
        if encrypted:
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
        raise InputError("这是 RTF 文件，不是 .docx", _HINT_RESAVE)
    low = head[:512].lower()
    if b"<html" in low or b"mime-version" in low or b"<?xml" in low:
        raise InputError("这是网页 (HTML/MHT) 或 XML 文件，不是 .docx", _HINT_RESAVE)
    raise InputError("不是 .docx 文件：内容不是 ZIP 压缩包（.docx 实为 ZIP 包）", _HINT_RESAVE)


class Package:
    """A .docx opened as a ZIP, read part by part within size limits."""

    def __init__(self, path: Path):
        self.path = path
        from .safeio import open_regular  # regular files only: no FIFO, no directory (safeio.py)

        try:
            with open_regular(path) as fh:
                head = fh.read(8)
        except OSError as exc:
            raise InputError(f"无法读取文件：{_one_line(exc.strerror or exc)}",
                             "请检查路径和读取权限") from None
        _sniff(path, head)
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
            raise InputError(f"文件已损坏或不完整：ZIP 结构无法读取（{_one_line(exc)}）",
                             _HINT_REEXPORT) from None
        if len(infos) > MAX_ZIP_MEMBERS:
            self.zip.close()
            raise InputError(f"ZIP 包含 {len(infos)} 个条目，超过 {MAX_ZIP_MEMBERS} 的上限",
                             "这不像 Word 文档；" + _HINT_RESAVE)
        self.names = {i.filename: i for i in infos}

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str, limit: int = MAX_PART) -> bytes | None:
        """The bytes of one part, or None if absent.  Refuses a part that is (or claims to be, or
        turns out while inflating to be) larger than ``limit``."""
        info = self.names.get(name)
        if info is None:
            return None
        mib = limit // (1024 * 1024)
        bomb = InputError(
            f"{name} 解压后超过 {mib} MiB 上限，疑似压缩炸弹或异常文件，已拒绝读取",
            "如确为超大文档，请拆分后再检查",
        )
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
            raise InputError(f"{name} 已加密，无法读取（{_one_line(exc)}）",
                             "请取消密码保护后另存为 .docx") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise InputError(f"文件已损坏或不完整：无法解压 {name}（{_one_line(exc)}）",
                             _HINT_REEXPORT) from None
        return b"".join(parts)

    def xml(self, name: str, limit: int = MAX_PART) -> etree._Element | None:
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
        raise InputError("ZIP 包中没有 word/document.xml，不是 Word 文档", _HINT_RESAVE)
