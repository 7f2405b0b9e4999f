"""``--format concise``: one finding per line, ``path:line:col: CODE message``, for editors, grep
and quickfix lists.  .docx has no lines: ``path:¶12: …`` for a paragraph, ``path:表1:R5C2: …`` for
a table cell (``表1`` alone for a whole table); PDF adds the page, ``path:第3页:表1:R5C2: …``."""

from __future__ import annotations

from ..model.diagnostics import FileResult
from ..model.document import Location
from .safetext import display, display_path


def position(loc: Location, human: bool = False) -> str:
    """The position part (no path): ``12:5``, ``¶12``, ``表1:R5C2``; ``human`` for prose (表1 第5行第2列)."""
    if loc.line is not None:
        return f"{loc.line}:{loc.column or 1}"
    parts = []
    if loc.page is not None:
        parts.append(f"第{loc.page}页")
    if loc.table is not None:
        parts.append(f"表{loc.table}")
        if loc.row is not None and loc.col is not None:
            parts.append(f"第{loc.row}行第{loc.col}列" if human else f"R{loc.row}C{loc.col}")
        elif loc.row is not None:
            parts.append(f"第{loc.row}行" if human else f"R{loc.row}")
    elif loc.paragraph is not None:
        parts.append(f"¶{loc.paragraph}")
    return (" " if human else ":").join(parts)


def render(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        for d in result.diagnostics:
            pos = position(d.location)
            path = display_path(result.path)
            where = f"{path}:{pos}" if pos else path
            lines.append(f"{where}: {display(d.code)} {display(d.message)}".replace("\n", " "))
    return "".join(line + "\n" for line in lines)
