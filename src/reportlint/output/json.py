"""``--format json``: the output contract of ../shared/spec/json-output.md (schema 1).

Scripts depend on it: fields may be added, never renamed or removed.  Keys keep a fixed order and
the encoding is deterministic, so the same inputs give byte-identical output.
"""

from __future__ import annotations

import json

from .. import __version__
from ..model.diagnostics import FileResult
from .counts import summary


def render(results: list[FileResult]) -> str:
    payload = {
        "schema": 1,
        "reportlint": __version__,
        "files": [r.to_json() for r in results],
        "summary": summary(results),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
