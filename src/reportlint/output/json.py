"""``--format json``: the output contract of ../shared/spec/json-output.md (schema 1); ``--format jsonl``.

Scripts depend on it: fields may be added, never renamed or removed.  Keys keep a fixed order and the
encoding is deterministic, so the same inputs give byte-identical output.  The document is written one
file at a time (the same bytes as one ``json.dumps`` of the whole), so a run of any size is printed
without holding every file's findings.  ``jsonl`` is one ``files[]`` entry per line, then one line
``{"summary": {...}}``, for very large runs and line-oriented tools.  Characters that could act on a
terminal and a file name's undecodable bytes are JSON escapes (``safetext.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..model.diagnostics import FileResult
from ..model.version import __version__
from .counts import Counts
from .safetext import json_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO


def write(results: Iterable[FileResult], stream: TextIO) -> None:
    counts = Counts()
    stream.write(f'{{\n  "schema": 1,\n  "reportlint": {json.dumps(__version__)},\n  "files": [')
    first = True
    for result in results:
        counts.add(result)
        entry = json_text(json.dumps(result.to_json(), ensure_ascii=False, indent=2)).replace("\n", "\n    ")
        stream.write(("\n    " if first else ",\n    ") + entry)
        first = False
    summary = json_text(json.dumps(counts.as_dict(), ensure_ascii=False, indent=2)).replace("\n", "\n  ")
    stream.write(("],\n" if first else "\n  ],\n") + f'  "summary": {summary}\n}}\n')


def write_lines(results: Iterable[FileResult], stream: TextIO) -> None:
    counts = Counts()
    for result in results:
        counts.add(result)
        stream.write(json_text(json.dumps(result.to_json(), ensure_ascii=False)) + "\n")
    stream.write(json_text(json.dumps({"summary": counts.as_dict()}, ensure_ascii=False)) + "\n")


def render(results: Iterable[FileResult]) -> str:
    """The whole document as one string (for a caller that wants it so)."""
    import io

    buffer = io.StringIO()
    write(results, buffer)
    return buffer.getvalue()
