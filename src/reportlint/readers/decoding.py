"""Decode text files without asking the user which encoding they used.

Reports saved on Chinese Windows are GBK/GB18030; Notepad writes UTF-16 with a BOM or UTF-8 with a
BOM; everything else is UTF-8.  Undecodable bytes are an InputError naming what to do, never a crash
and never silently replaced characters (which would change numbers).
"""

from __future__ import annotations

import codecs

from ..model.diagnostics import InputError

# Larger text files are refused (README, "What reportlint does with bad input").  A report as
# text is 10-200 KiB; checking a 2 MiB file of repeated reports takes ~15 s and ~300 MiB, while
# 50 MB took minutes and gigabytes, so the limit keeps every run bounded.
MAX_TEXT_BYTES = 2 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of UTF-16 without a BOM, or None.

    UTF-8 and GB18030 text never holds a NUL byte; UTF-16 holds one in the high byte of every
    ASCII character (newlines, digits) and in the low byte of a few CJK ones (一 U+4E00, 开 U+5F00,
    需 U+9700).  So the side with more NULs is the high byte, which gives the byte order; the
    result must decode strictly and read as Chinese text (random bytes do not).
    """
    if len(data) < 4 or len(data) % 2:
        return None
    low_nuls, high_nuls = data[0::2].count(0), data[1::2].count(0)  # NULs at even and odd offsets
    if low_nuls == high_nuls:
        return None
    encoding = "utf-16-le" if high_nuls > low_nuls else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if "\x00" not in text and _plausible_chinese(text) else None


def decode(data: bytes, path: str = "") -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError."""
    if not data.strip():
        raise InputError("文件是空的", "请确认保存的是报告全文")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), name + "-bom"
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"文件以 {name} 标记开头，但第 {exc.start} 字节处无法按 {name} 解码",
                    "请用记事本或 Word 重新以 UTF-8 编码保存",
                ) from None
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise InputError("这不是文本文件（含有二进制内容）", "请提供 .docx、.md、.txt 或 .pdf 格式的报告")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"无法识别文件编码：第 {utf8_error.start} 字节处既不是 UTF-8 也不是 GBK/GB18030",
                "请用记事本“另存为”并选择 UTF-8 编码",
            ) from None
        if _plausible_chinese(text):
            return text, "gb18030"
        raise InputError(
            f"无法识别文件编码：第 {utf8_error.start} 字节处不是 UTF-8，按 GBK 解码得到的也不像中文",
            "请用记事本“另存为”并选择 UTF-8 编码",
        ) from None


def _plausible_chinese(text: str) -> bool:
    """Random bytes decode as GB18030 (or UTF-16) too; real Chinese text is mostly ASCII, common
    CJK characters and CJK punctuation."""
    if not text:
        return False
    good = sum(1 for ch in text if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
               or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f")
    return good / len(text) > 0.9


def unify_line_breaks(text: str) -> str:
    """Every line break as ``\n``: CR LF, CR, NEL, U+2028 LINE and U+2029 PARAGRAPH SEPARATOR (a text
    whose lines end in U+2028 would otherwise be one long line).  A replace each, not ``str.translate``:
    translate looks every character up in its table, and a character not in it (all of a report's but
    these three) raises and clears a KeyError inside, ~0.7k instructions a character (~2 M a report)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for other in _OTHER_BREAKS:
        text = text.replace(other, "\n")
    return text


_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")
