"""``--format sarif``: SARIF 2.1.0 for code-scanning tools.

One run; ``columnKind`` is ``unicodeCodePoints`` (reportlint counts columns in code points, so a
viewer places them right in Chinese text).  ``tool.driver.rules`` lists each rule that has a
finding, with its summary and its documentation as help.  A ``ruleId`` is the rule id
(``t3.balance``), since several rules share a code; the code is in the rule's ``name`` and in the
result's properties.  .docx and PDF findings have no line: their location is the file plus a logical
location naming the paragraph or cell (``表1 第20行第10列``).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model.diagnostics import Diagnostic, FileResult, Severity
from ..model.version import __version__
from .safetext import json_text, uri_path

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """The file's URI: its name's bytes percent-encoded (``safetext.uri_path``), absolute as file://."""
    p = Path(path)
    text = uri_path(p.as_posix())
    return "file://" + text if p.is_absolute() else text


def _location(result: FileResult, d: Diagnostic) -> dict:
    from .concise import position

    loc = d.location
    physical: dict = {"artifactLocation": {"uri": _uri(result.path)}}
    if loc.line is not None:
        region = {"startLine": loc.line, "startColumn": loc.column or 1}
        if loc.end_line is not None:
            region["endLine"] = loc.end_line
        if loc.end_column is not None and (loc.end_line or loc.line) >= loc.line:
            region["endColumn"] = max(loc.end_column, region["startColumn"])
        if loc.snippet:
            region["snippet"] = {"text": loc.snippet}
        physical["region"] = region
    out: dict = {"physicalLocation": physical}
    if loc.line is None:
        where = position(loc, human=True)
        if where:
            out["logicalLocations"] = [{"name": where, "kind": "element"}]
    return out


def render(results: list[FileResult], docs: dict[str, tuple[str, str]]) -> str:
    """The SARIF log; ``docs`` gives each rule's summary and documentation (rule id -> (summary, doc))."""
    rules: list[dict] = []
    index: dict[str, int] = {}
    sarif_results = []
    for result in results:
        for d in result.diagnostics:
            if d.rule not in index:
                index[d.rule] = len(rules)
                summary, doc = docs.get(d.rule, ("", ""))
                rule = {"id": d.rule, "name": d.code,
                        "shortDescription": {"text": summary or d.rule},
                        "help": {"text": (doc or summary or d.rule).strip()},
                        "defaultConfiguration": {"level": _LEVEL[d.severity]},
                        "properties": {"check": d.check}}
                if doc:
                    rule["fullDescription"] = {"text": doc.strip().split("\n\n")[0]}
                rules.append(rule)
            item = {
                "ruleId": d.rule, "ruleIndex": index[d.rule], "level": _LEVEL[d.severity],
                "message": {"text": d.message + (f"\n{d.help}" if d.help else "")},
                "locations": [_location(result, d)],
                "partialFingerprints": {"reportlint/v1": d.fingerprint},
                "properties": {"code": d.code, "status": d.status.value, "expected": d.expected,
                               "actual": d.actual},
            }
            sarif_results.append(item)
    payload = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "reportlint", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }
    return json_text(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"
