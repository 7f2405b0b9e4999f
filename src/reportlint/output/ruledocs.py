"""Rule summaries and documentation for the rules that appear in results (SARIF help text)."""

from __future__ import annotations

from ..model.diagnostics import FileResult

# Input rules raised outside the packs' rule lists.
INPUT_RULES = {
    "RL101": ("the file cannot be read as a report", "The file is not a readable .docx, Markdown, text or PDF report."),
    "RL102": ("no rule pack applies",
              "No pack matches the report title and year; choose one with --pack or `pack` in the configuration."),
    "RL104": ("the document has tracked changes", "The .docx has unaccepted revisions; the text was read as if they were accepted."),
    "RL105": ("a suppression suppresses nothing",
              "An inline suppression (<!-- reportlint-disable CODE --> or a Word comment starting with "
              "reportlint-disable) matched no finding: remove it or correct its codes."),
}


def rule_docs(results: list[FileResult]) -> dict[str, tuple[str, str]]:
    """rule id -> (summary, documentation), from the packs the results were checked with."""
    from ..packs.compiler import load_pack

    out: dict[str, tuple[str, str]] = dict(INPUT_RULES)
    for pack_id in sorted({r.pack for r in results if r.pack}):
        try:
            pack = load_pack(pack_id)
        except Exception:  # a pack given by path that is no longer there: no help text, not fatal
            continue
        for rule in pack.rules:
            out.setdefault(rule.id, (rule.summary, rule.doc))
    return out
