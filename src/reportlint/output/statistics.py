"""``--statistics``: how many findings of each rule, most frequent first (then by code and rule).

As text, one line per rule (``  12  RL501  values.blank  warning``); with ``--format json``, a JSON
document (``{"schema": 1, "statistics": [{"code", "rule", "severity", "count"}, …]}``) for scripts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model.diagnostics import FileResult
from .safetext import display, json_text


def _rows(results: Iterable[FileResult]) -> list[tuple[str, str, str, int]]:
    counts: Counter[tuple[str, str]] = Counter()
    severity: dict[tuple[str, str], str] = {}
    for result in results:
        for d in result.diagnostics:
            counts[(d.code, d.rule)] += 1
            severity.setdefault((d.code, d.rule), d.severity.value)
    return [(code, rule, severity[(code, rule)], n)
            for (code, rule), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def render(results: Iterable[FileResult], fmt: str = "text") -> str:
    rows = _rows(results)
    if fmt == "json":
        import json

        from ..model.version import __version__

        payload = {"schema": 1, "reportlint": __version__,
                   "statistics": [{"code": c, "rule": r, "severity": s, "count": n} for c, r, s, n in rows]}
        return json_text(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"
    if not rows:
        return ""
    width = max(len(str(n)) for *_, n in rows)
    rows = [(display(code), display(rule), sev, n) for code, rule, sev, n in rows]  # a pack's ids may hold controls
    rule_width = max(len(rule) for _, rule, _, _ in rows)
    return "".join(f"{str(n).rjust(width)}  {code}  {rule.ljust(rule_width)}  {sev}\n" for code, rule, sev, n in rows)
