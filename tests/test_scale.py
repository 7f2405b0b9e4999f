"""A run of any size: results wait on disk, not in memory; the output is the same either way and is
written one file at a time (issue "Census scale")."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli
from reportgen import make_report, write_report
from reportlint.app import store
from reportlint.app.engine import RunOptions, check_path
from reportlint.model.serial import result_data, result_from
from reportlint.output import json as json_output

TEXT = SAMPLES / "real" / "text"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The real 洪泽区 2023/2024 pair (a cross-year finding), the 淮安市 report and generated reports."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("2023-huaian-hongze-district-gov.txt", "2024-huaian-hongze-district-gov.txt", "2024-huaian-city-gov.txt"):
        shutil.copyfile(TEXT / name, folder / name)
    later = folder / "2024-huaian-hongze-district-gov.txt"  # 3 carried over, where 2023 carried 0 forward
    text = later.read_text(encoding="utf-8")
    assert text.count("二、上年结转政府信息公开申请数量 |  |  | 0 |") == 1
    later.write_text(text.replace("二、上年结转政府信息公开申请数量 |  |  | 0 |", "二、上年结转政府信息公开申请数量 |  |  | 3 |"),
                     encoding="utf-8")
    for i, suffix in enumerate((".md", ".txt", ".docx", ".md")):
        report = make_report(2021 + i, seed=i, agency="示例县统计局")
        if i == 2:
            report = report.set_t3("granted", 0, 40)
        write_report(report, folder / f"generated-{i}{suffix}")
    return folder


def _outputs(folder: Path) -> dict[str, tuple[int, str]]:
    out = {}
    for fmt in ("text", "json", "jsonl", "html", "sarif", "concise", "github"):
        args = ["check", "--today", "2026-01-01", "--isolated", "--jobs", "1", "--format", fmt, "--color", "never"]
        if fmt == "text":
            args.append("--summary")
        result = run_cli(*args, folder)
        out[fmt] = (result.code, result.out.replace(str(folder), "DIR"))
    return out


def test_results_on_disk_give_the_same_output_in_every_format(folder: Path, monkeypatch: pytest.MonkeyPatch):
    in_memory = _outputs(folder)
    monkeypatch.setattr(store, "SPOOL_AFTER", 1)  # every result but the first goes to disk
    on_disk = _outputs(folder)
    assert on_disk == in_memory
    codes = {r["path"].rsplit("/", 1)[-1]: [d["code"] for d in r["diagnostics"]]
             for r in json.loads(in_memory["json"][1])["files"]}
    assert "RL901" in codes["2024-huaian-hongze-district-gov.txt"]  # the cross-year finding survived the disk
    assert "RL401" in codes["generated-2.docx"]


def test_jsonl_is_one_files_entry_per_line_then_the_summary(folder: Path):
    document = json.loads(run_cli("check", "--today", "2026-01-01", "--isolated", "--format", "json", folder).out)
    lines = run_cli("check", "--today", "2026-01-01", "--isolated", "--format", "jsonl", folder).out.splitlines()
    assert [json.loads(line) for line in lines[:-1]] == document["files"]
    assert json.loads(lines[-1]) == {"summary": document["summary"]}
    assert len(lines) == 8


def test_streamed_json_is_byte_for_byte_one_dump_of_the_whole():
    results = [check_path(str(TEXT / name), RunOptions(today=date(2026, 1, 1)))
               for name in ("2024-huaian-city-gov.txt", "2023-huaian-hongze-district-gov.txt")]
    for subset in ([], results[:1], results):
        payload = {"schema": 1, "reportlint": json_output.__version__, "files": [r.to_json() for r in subset],
                   "summary": json_output.Counts().as_dict() if not subset else None}
        if subset:
            counts = json_output.Counts()
            for r in subset:
                counts.add(r)
            payload["summary"] = counts.as_dict()
        assert json_output.render(subset) == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def test_a_result_read_back_from_disk_is_the_same_result():
    for path in (TEXT / "2024-huaian-hongze-district-gov.txt", SAMPLES / "docx" / "section3_bad.docx",
                 SAMPLES / "real" / "2023-huaian-hongze-district-gov.pdf"):
        result = check_path(str(path), RunOptions(today=date(2026, 1, 1)))
        again = result_from(json.loads(json.dumps(result_data(result))))
        assert again == result
        assert again.facts == result.facts and again.quoted == result.quoted
        assert [d.fingerprint for d in again.diagnostics] == [d.fingerprint for d in result.diagnostics]
    assert result.facts.tables  # the cells the cross-year rules compare were read back too
