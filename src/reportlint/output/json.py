"""``--format json``: the output contract of ../shared/spec/json-output.md (schema 1).

Scripts depend on it: fields may be added, never renamed or removed.  Keys keep a fixed order and
the encoding is deterministic, so the same inputs give byte-identical output.  Characters that
could act on a terminal and a file name's undecodable bytes are JSON escapes (``safetext.py``).
"""

from __future__ import annotations

import json

from .. import __version__
from ..model.diagnostics import FileResult
from . import summary
from .safetext import json_text


def render(results: list[FileResult]) -> str:
    payload = {
        "schema": 1,
        "reportlint": __version__,
        "files": [r.to_json() for r in results],
        "summary": summary(results),
    }
    return json_text(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"
