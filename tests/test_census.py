"""benchmarks/census.py in its quick mode: it runs and prints every row (no timing is asserted), its
folder is what it says, and over that folder --jobs 1 and --jobs 2 print the same bytes."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import REPO, run_cli

sys.path.insert(0, str(REPO / "benchmarks"))
import census  # benchmarks/census.py


def test_the_plan_pairs_agencies_in_consecutive_years_in_one_format():
    files = census.plan(200, 0.02)
    assert Counter(fmt for _, fmt, *_ in files) == {"pdf": 4, "txt": 119, "docx": 58, "md": 19}
    years: dict[tuple[str, str], list[int]] = {}
    for rel, fmt, year, _variant, _chain in files:
        if fmt != "pdf":
            years.setdefault((fmt, Path(rel).name.split("-")[0]), []).append(year)
    assert sorted(Counter(tuple(sorted(y)) for y in years.values()).items()) == [
        ((2019, 2020), 20), ((2020, 2021), 20), ((2021, 2022), 20), ((2022,), 1), ((2022, 2023), 19),
        ((2023,), 1), ((2023, 2024), 18)]  # 119 text and 19 Markdown files: their last agency has one report
    variants = Counter(variant for _, fmt, _, variant, _ in files if fmt != "pdf")
    assert variants == {"ok": 166, "wrong": 20, "carry": 10}
    assert len({rel for rel, *_ in census.plan(20_000, 0.5)}) == 20_000
    assert len({census.agency_name(k) for k in range(20_000)}) == 20_000


@pytest.mark.slow
def test_quick_census_prints_every_row_and_jobs_2_prints_what_jobs_1_prints(tmp_path: Path):
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "census.py"), "--quick", "--keep", str(tmp_path)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    print(out)
    for row in ("folder     10 files: pdf 0, txt 6, docx 3, md 1", "folder    200 files: pdf 4, txt 119, docx 58, md 19",
                "cpu per report, in process: md ", "10 files --jobs 1 ", "10 files --jobs 2 ", "200 files --jobs 1 ",
                "200 files --jobs 2 ", "10 files --jobs 1 again ", "10 files --jobs 2 again ", "linearity --jobs 1: wall ", "linearity --jobs 2: wall ", "--jobs 2 at 200: ",
                "peak RSS of the process tree: ", "extrapolated 100,000 reports (pdf 50000, "):
        assert row in out, row
    for line in out.splitlines():
        if " files --jobs " in line:
            assert line.split()[-4] == "1", line  # exit 1: the folder has errors, and nothing failed (2)

    folder = tmp_path / "census-200-pdf0.02"
    for fmt in ("text", "json", "jsonl"):
        args = ["check", "--format", fmt, "--today", "2026-01-01", "--color", "never", folder]
        one, two = run_cli(*args, "--jobs", "1"), run_cli(*args, "--jobs", "2")
        assert (two.code, two.out, two.err) == (one.code, one.out, one.err), fmt
        assert one.code == 1
        if fmt == "jsonl":
            codes = Counter(code for code in ("RL101", "RL401", "RL901", "RL902") for line in one.out.splitlines()
                            if f'"code": "{code}"' in line)
            # a line per file that has the finding: the 20 "wrong" and 10 "carry" reports of the plan, and
            # the two copies of the 2023 洪泽区 PDF (its real 表四 total errors); no unplanned cross-year finding
            assert codes == {"RL401": 22, "RL901": 10}, codes
