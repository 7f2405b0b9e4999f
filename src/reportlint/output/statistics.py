"""``--statistics``: how many findings of each rule, most frequent first (then by code and rule)."""

from __future__ import annotations

from collections import Counter

from ..model.diagnostics import FileResult
from .safetext import display


def render(results: list[FileResult]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    severity: dict[tuple[str, str], str] = {}
    for result in results:
        for d in result.diagnostics:
            counts[(d.code, d.rule)] += 1
            severity.setdefault((d.code, d.rule), d.severity.value)
    rows = [((display(code), display(rule)), n) for (code, rule), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    severity = {(display(code), display(rule)): level for (code, rule), level in severity.items()}
    if not rows:
        return ""
    width = max(len(str(n)) for _, n in rows)
    rule_width = max(len(rule) for (_, rule), _ in rows)
    return "".join(f"{str(n).rjust(width)}  {code}  {rule.ljust(rule_width)}  {severity[(code, rule)]}\n"
                   for (code, rule), n in rows)
