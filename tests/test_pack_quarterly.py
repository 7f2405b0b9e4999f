"""A second document type from YAML alone: examples/packs/quarterly-financial-report.yaml (English,
numbered "1." sections, a balance sheet) checked in Markdown, text and .docx — no Python of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, diagnostics_of, run_cli

PACKS = REPO / "examples" / "packs"
PACK = PACKS / "quarterly-financial-report.yaml"
SAMPLE_MD = PACKS / "quarterly-report-2024-q2.md"
SAMPLE_TXT = PACKS / "quarterly-report-2024-q2.txt"


def _break(text: str) -> str:
    """The sample with a wrong total, section 5 removed, an impossible date and a report date a year early."""
    text = text.replace("Total assets | 3,990,000 | 3,860,000", "Total assets | 3,990,000 | 3,880,000")
    text = text.replace("Total assets\t3,990,000\t3,860,000", "Total assets\t3,990,000\t3,880,000")
    text = re.sub(r"\n#* ?5\. Approval\n\nApproved by the board of trustees and signed on its behalf by the treasurer.\n", "\n", text)
    text = text.replace("2025-01-15", "2025-02-30")
    return text.replace("\n2024-07-19\n", "\n2023-07-19\n")


def _summary(diags: list[dict]) -> list[tuple]:
    return [(d["code"], d["rule"], d["severity"], d["message"]) for d in diags]


EXPECTED_BROKEN = [
    ("RL602", "dates.report-year", "error",
     "report date 2023-07-19 is not in 2024: the 2024 report is published in 2024"),
    ("RL401", "position.total-assets", "error",
     "Total assets do not add up (prior quarter): cash+receivables+property = 1100000+310000+2450000 = 3860000, "
     "but the table states 3880000; difference 20000"),
    ("RL401", "position.balance", "error",
     "The balance sheet does not balance (prior quarter): total assets 3880000, total liabilities and net assets "
     "3860000; difference 20000"),
    ("RL201", "sections.missing", "error", 'section 5 "5. Approval" is missing'),
    ("RL601", "dates.invalid", "error", 'date "2025-02-30" does not exist'),
]


def _docx(text: str, path: Path) -> Path:
    """The Markdown sample as a Word document: Title and Heading 1 styles, real Word tables."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            rows.clear()

    for line in text.splitlines():
        if line.startswith("| ---"):
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.startswith("# "):
            document.add_paragraph(line[2:], style="Title")
        elif line.startswith("## "):
            document.add_heading(line[3:], level=1)
        elif line.strip():
            document.add_paragraph(line)
    flush()
    document.save(str(path))
    return path


def check(path: Path) -> list[dict]:
    return diagnostics_of(path, "--pack", str(PACK))


def test_pack_is_valid_and_english():
    result = run_cli("pack", "check", PACK)
    assert result.code == 0, result.err
    assert "quarterly-financial-report" in result.out


@pytest.mark.parametrize("sample", [SAMPLE_MD, SAMPLE_TXT], ids=["markdown", "text"])
def test_consistent_sample_passes(sample):
    assert check(sample) == []


def test_consistent_docx_passes(tmp_path):
    assert check(_docx(SAMPLE_MD.read_text(encoding="utf-8"), tmp_path / "q2.docx")) == []


def test_markdown_finds_wrong_total_missing_section_and_bad_dates(tmp_path):
    broken = tmp_path / "q2.md"
    broken.write_text(_break(SAMPLE_MD.read_text(encoding="utf-8")), encoding="utf-8")
    diags = check(broken)
    assert _summary(diags) == EXPECTED_BROKEN
    by_rule = {d["rule"]: d for d in diags}
    total = by_rule["position.total-assets"]
    assert (total["expected"], total["actual"]) == ("3860000", "3880000")
    assert total["location"]["line"] == 19
    assert by_rule["dates.invalid"]["location"]["line"] == 43


def test_text_finds_the_same(tmp_path):
    broken = tmp_path / "q2.txt"
    broken.write_text(_break(SAMPLE_TXT.read_text(encoding="utf-8")), encoding="utf-8")
    assert _summary(check(broken)) == EXPECTED_BROKEN


def test_docx_finds_the_same(tmp_path):
    path = _docx(_break(SAMPLE_MD.read_text(encoding="utf-8")), tmp_path / "q2.docx")
    diags = check(path)
    assert sorted(_summary(diags)) == sorted(EXPECTED_BROKEN)  # .docx findings are ordered by paragraph/table
    total = next(d for d in diags if d["rule"] == "position.total-assets")
    assert (total["location"]["table"], total["location"]["row"], total["location"]["col"]) == (1, 5, 4)
    assert total["location"]["row_label"] == "Assets/Total assets"


def test_renamed_heading_is_a_variant_and_numbering_is_the_packs(tmp_path):
    text = SAMPLE_MD.read_text(encoding="utf-8").replace("## 2. Statement of financial position", "## 2. Balance sheet")
    path = tmp_path / "q2.md"
    path.write_text(text, encoding="utf-8")
    assert _summary(check(path)) == [
        ("RL204", "sections.variant", "warning",
         'heading "2. Balance sheet" differs from the form\'s "2. Statement of financial position"'),
    ]


def test_pack_examples_pass():
    result = run_cli("pack", "test", PACK)
    assert result.code == 0, result.out + result.err
