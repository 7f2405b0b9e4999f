"""Issue 9: the published PDFs checked end to end — every true inconsistency, and nothing else."""

from __future__ import annotations

import pytest

from conftest import SAMPLES, diagnostics_of, run_cli

REAL = SAMPLES / "real"


def arithmetic(diags: list[dict]) -> list[tuple]:
    return [(d["rule"], d["status"], d["location"]["page"], d["location"]["table"], d["location"]["row"],
             d["location"]["col"], d["location"]["col_label"], d["expected"], d["actual"])
            for d in diags if d["check"] == "arithmetic"]


def test_hongze_2023_pdf_reports_its_two_section_four_errors_and_nothing_else():
    diags = diagnostics_of(REAL / "2023-huaian-hongze-district-gov.pdf")
    assert arithmetic(diags) == [
        ("t4.review-total", "fail", 4, 3, 4, 5, "行政复议/总计", "11", "0"),
        ("t4.after-review-total", "fail", 4, 3, 4, 15, "行政诉讼/复议后起诉/总计", "5", "0"),
    ]
    review = next(d for d in diags if d["rule"] == "t4.review-total")
    assert review["message"] == "行政复议总计不成立（数据行）：结果维持+结果纠正+其他结果+尚未审结 = 10+1+0+0 = 11，总计 = 0，相差 11"
    assert [(c["col_label"], c["value"]) for c in review["cells"]] == [
        ("行政复议/结果维持", "10"), ("行政复议/结果纠正", "1"), ("行政复议/其他结果", "0"),
        ("行政复议/尚未审结", "0"), ("行政复议/总计", "0")]


@pytest.mark.parametrize("name", ["2024-huaian-city-gov.pdf", "2024-huaian-hongze-district-gov.pdf"])
def test_consistent_pdfs_have_no_arithmetic_findings(name):
    diags = diagnostics_of(REAL / name)
    assert arithmetic(diags) == []
    assert [d for d in diags if d["check"] in ("tables", "values") and d["severity"] == "error"] == []


def test_pdf_and_published_text_agree():
    for stem in ("2023-huaian-hongze-district-gov", "2024-huaian-city-gov", "2024-huaian-hongze-district-gov"):
        from_pdf = diagnostics_of(REAL / f"{stem}.pdf")
        from_text = diagnostics_of(REAL / "text" / f"{stem}.txt")
        assert [(d["rule"], d["expected"], d["actual"]) for d in from_pdf] == [
            (d["rule"], d["expected"], d["actual"]) for d in from_text]


def test_pdf_locations_in_text_output():
    result = run_cli("check", "--today", "2026-01-01", "--color", "never", REAL / "2023-huaian-hongze-district-gov.pdf")
    assert f" --> {REAL / '2023-huaian-hongze-district-gov.pdf'} 第4页 表3 第4行第5列  行政复议/总计" in result.out


def test_unruled_table_is_unverifiable_never_guessed():
    diags = diagnostics_of(SAMPLES / "docx" / "section3_noborder.pdf", "--pack", "cn-gov-disclosure-2019")
    assert [d for d in diags if d["check"] == "arithmetic"] == []
    rl307 = [(d["code"], d["status"]) for d in diags if d["code"] == "RL307"]
    assert rl307 == [("RL307", "unverifiable"), ("RL307", "unverifiable")]
