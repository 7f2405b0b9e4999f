"""The accuracy benchmark on the real-report corpus, kept exact.

tests/corpus/expected.json records, for every input file, whether each labelled error is found, which
false findings there are (by code, rule, severity, status and location labels, never by message or
line) and whether the pack and the report year are the expected ones.  The test fails when something
gets worse, and also when something gets better: then the expectation is out of date and must be
rewritten with ``python benchmarks/accuracy.py --update`` (and benchmarks/ACCURACY.md updated).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import accuracy  # noqa: E402  (benchmarks/accuracy.py)

UPDATE = "python benchmarks/accuracy.py --update"


def _diag(check: str = "prose", severity: str = "error", status: str = "fail", **extra) -> dict:
    d = {"code": "RL701", "rule": "prose.sum", "check": check, "severity": severity, "status": status,
         "message": "文中合计不成立：3+3+5+8+12 = 31，但写明共计 32 条，相差 1", "expected": None, "actual": None,
         "location": {"section": "一、总体情况", "row_label": None, "col_label": None, "snippet": None}, "cells": [], "help": None}
    d.update(extra)
    return d


def _labels(**data) -> accuracy.LabelFile:
    data.setdefault("complete", True)
    return accuracy.LabelFile(name="x", path=REPO / "tests" / "corpus" / "x.labels.yaml", data=data, inputs=["x.txt"])


def test_every_corpus_document_has_well_formed_labels():
    files = accuracy.label_files()
    labelled = {doc for labels in files for doc in labels.inputs}
    documents = {str(p.relative_to(REPO)) for p in (REPO / "tests" / "corpus").iterdir()
                 if p.suffix in accuracy.DOCUMENT_SUFFIXES and p.name not in ("README.md", "MANIFEST.md")}
    assert documents - labelled == set()
    assert [p for labels in files for p in accuracy.validate(labels)] == []
    assert len(files) >= 60


def test_a_crash_is_an_input_finding(tmp_path, monkeypatch):
    import reportlint.cli

    def boom(argv):
        raise ValueError("no")

    monkeypatch.setattr(reportlint.cli, "main", boom)
    assert accuracy.run_reportlint(tmp_path / "x.txt") == {"pack": None, "report_year": None, "diagnostics": [
        {"code": "CRASH", "rule": "CRASH", "check": "input", "severity": "error", "status": "fail",
         "message": "reportlint failed on this file (ValueError: no)", "location": {}, "expected": None, "actual": None,
         "cells": []}]}


def test_a_label_matches_by_kind_severity_numbers_and_text():
    item = {"id": "a", "check": "prose", "severity_at_least": "warning", "numbers": ["32"], "text": "合计"}
    assert accuracy.matches(item, _diag())
    assert not accuracy.matches(item, _diag(check="values"))
    assert not accuracy.matches(dict(item, numbers=["3"]), _diag(message="共计 32 条"))  # 3 is not a whole number in 32
    assert not accuracy.matches(dict(item, severity_at_least="error"), _diag(severity="warning"))
    assert accuracy.matches({"id": "b", "any_of": [{"check": "values"}, {"check": "prose", "status": "fail"}]}, _diag())


def test_a_label_matches_cells_by_label_part_and_exact_value():
    d = _diag(check="arithmetic", expected="11", actual="0",
              cells=[{"row_label": "", "col_label": "行政复议/总计", "value": "0"}])
    assert accuracy.matches({"id": "a", "cells": [{"col": "复议/总计", "value": "0"}], "expected": "11"}, d)
    assert not accuracy.matches({"id": "a", "cells": [{"col": "复议/总计", "value": "00"}]}, d)
    assert not accuracy.matches({"id": "a", "expected": "12"}, d)


def test_findings_are_true_allowed_excused_or_false():
    labels = _labels(complete=False, cut_in="二", cut_table="t2-6",
                     errors=[{"id": "e", "check": "prose", "numbers": ["32"]}],
                     may_report=[{"id": "m", "check": "values", "severity_at_most": "warning"}],
                     must_not_report=[{"id": "n", "check": "dates", "severity": "error"}])
    missing_t2_6 = _diag(check="tables", code="RL301", rule="tables.missing", message="未找到“第二十条第（六）项（行政处罚、行政强制）”表格")
    missing_t2_1 = dict(missing_t2_6, message="未找到“第二十条第（一）项（规章、行政规范性文件）”表格")
    missing_four = _diag(check="sections", code="RL201", rule="sections.missing", message="缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”")
    findings = [_diag(), _diag(check="values", severity="warning"), _diag(check="values"), missing_t2_6, missing_t2_1,
                missing_four, _diag(check="dates"), _diag(check="dates", severity="warning"),
                _diag(check="arithmetic", severity="warning", status="fail")]
    result = accuracy.evaluate_input(labels, "x.txt", {"pack": None, "report_year": None, "diagnostics": findings})
    assert result.found == {"e": True}
    assert result.allowed == [findings[1]]
    assert result.excused == [missing_t2_6, missing_four]
    assert [(d, why) for d, why in result.false] == [(findings[2], "not labelled"), (missing_t2_1, "not labelled"),
                                                     (findings[6], "must_not_report n"), (findings[8], "not labelled")]


def test_compare_tells_regressions_from_improvements():
    was = {"documents": {"a.txt": {"pack": True, "errors": {"e1": True, "e2": False}, "false": {"k": 1}}}}
    now = {"documents": {"a.txt": {"pack": False, "errors": {"e1": False, "e2": True}, "false": {"k": 2, "j": 1}}}}
    worse, better = accuracy.compare(was, now)
    assert worse == ["a.txt: pack no longer right", "a.txt: labelled error e1 no longer found",
                     "a.txt: false finding j ×1 (expected ×0)", "a.txt: false finding k ×2 (expected ×1)"]
    assert better == ["a.txt: labelled error e2 now found"]
    worse, better = accuracy.compare(now, was)
    assert worse == ["a.txt: labelled error e2 no longer found"]
    assert better == ["a.txt: pack now right", "a.txt: labelled error e1 now found",
                      "a.txt: false finding j ×0 (expected ×1)", "a.txt: false finding k ×1 (expected ×2)"]


@pytest.mark.slow
def test_accuracy_on_the_corpus_is_as_recorded():
    expected = json.loads(accuracy.EXPECTED.read_text(encoding="utf-8"))
    actual = accuracy.expectation(accuracy.evaluate_corpus())
    worse, better = accuracy.compare(expected, actual)
    assert worse == [], "accuracy got worse on the real corpus:\n  " + "\n  ".join(worse)
    assert better == [], ("accuracy improved — record it: " + UPDATE + " (and update benchmarks/ACCURACY.md):\n  "
                          + "\n  ".join(better))
