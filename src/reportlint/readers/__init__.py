"""Readers: one module per input format, each exposing ``read(path) -> Document``.

A reader raises :class:`reportlint.diagnostics.InputError` (one-line reason plus what to do) for a
file it cannot read; it never lets a library exception escape.  Readers are imported lazily, so
checking a Markdown file never imports python-docx or the PDF library.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..model.diagnostics import InputError
from ..model.document import Document

# suffix -> (module, format name)
READERS: dict[str, tuple[str, str]] = {
    ".md": ("markdown", "markdown"),
    ".markdown": ("markdown", "markdown"),
    ".txt": ("text", "text"),
    ".text": ("text", "text"),
    ".docx": ("docx", "docx"),
    ".pdf": ("pdf", "pdf"),
}

SUPPORTED_SUFFIXES = tuple(READERS)


def format_of(path: str | Path) -> str:
    """The format name reportlint uses for a path, by its suffix ('text' when unknown)."""
    entry = READERS.get(Path(path).suffix.lower())
    return entry[1] if entry else "text"


def read(path: str | Path) -> Document:
    """Read any supported file into a Document, or raise InputError."""
    suffix = Path(path).suffix.lower()
    if suffix in (".doc", ".wps"):
        raise InputError(
            f"{suffix} 是旧版二进制格式，reportlint 无法读取",
            "请在 Word 或 WPS 中“另存为” .docx 后再检查",
        )
    module_name, _ = READERS.get(suffix, ("text", "text"))
    module = importlib.import_module(f".{module_name}", __name__)
    return module.read(Path(path))
