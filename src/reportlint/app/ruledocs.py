"""Rule summaries and documentation for the rules that appear in results (the SARIF output's help text)."""

from __future__ import annotations

from pathlib import Path

from ..checks import input as input_rules
from ..checks.registry import describe_rules
from ..model.facts import FileFacts
from .engine import pack_loader


def rule_docs(facts: list[FileFacts]) -> dict[str, tuple[str, str]]:
    """rule id -> (summary, documentation): the input rules, then those of the packs the files were
    checked with (summaries in English, SARIF's language)."""
    out: dict[str, tuple[str, str]] = {r.id: (r.summary_in("en"), r.doc) for r in input_rules.RULES}
    packs = {f.pack_path: f.pack for f in facts if f.pack and f.pack_path}
    for path in sorted(packs, key=lambda p: (packs[p], p)):
        try:
            pack = pack_loader().compiled(Path(path))
        except Exception:  # a pack file that is no longer there: no help text, not fatal
            continue
        for rule in describe_rules(pack):
            out.setdefault(rule.id, (rule.summary, rule.doc))
    return out
