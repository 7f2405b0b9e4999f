"""Instructions per report of a whole in-process check (read + every check, packs compiled), per format.

    python benchmarks/instructions.py                  # 30 generated reports per format, and the real PDFs
    python benchmarks/instructions.py --reports 10 --formats md,txt

CPU time on a shared host drifts by 2x within minutes; an instruction count does not.  For each format
a child process checks two warm-up reports (imports, both forms' packs compiled) and then N reports, under
``valgrind --tool=callgrind``; the same child checking the warm-up reports alone is the floor (both after
an uncounted run, so that both read the modules' bytecode and neither compiles it).  The difference over N
is the work of one report, repeatable to a few instructions.  The reports are
``run.make_corpus``'s (what ``run.py`` and ``compare.py`` time) and, for PDF, the real reports of
tests/data/samples/real in turn (per page as well).  Like run.py, it reports and asserts nothing.

A full (generation-2) collection of the warm child (~20,000 tracked objects) costs ~7 M instructions, but
5–16 ms of CPU: it waits on memory, which an instruction count does not see (benchmarks/RESULTS.md,
inproc6).  Whether one falls among the N reports depends on how many objects earlier work left:
``--freeze-gc`` freezes what the warm-up left alive (in the floor's child too), so the figure is the
check's own work alone; the default counts the collections a long in-process run pays.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))  # reportgen

REAL_PDFS = sorted((REPO / "tests" / "data" / "samples" / "real").glob("*.pdf"))

CHILD = """
import json, sys
from datetime import date
from reportlint.app.engine import RunOptions, check_path
options = RunOptions(today=date(2026, 1, 1))
warm, paths = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for path in warm:
    check_path(path, options)
if sys.argv[3] == "freeze":  # a full collection landing in the window or not swings the figure by ~40 M a report
    import gc
    gc.collect()
    gc.freeze()
for path in paths:
    check_path(path, options)
"""


def child(warm: list[str], paths: list[str], gc_mode: str = "") -> list[str]:
    """The command of a child process checking ``warm`` and then ``paths``."""
    return [sys.executable, "-c", CHILD, json.dumps(warm), json.dumps(paths), gc_mode]


def instructions(warm: list[str], paths: list[str], gc_mode: str = "") -> int:
    """Instructions of the child process checking ``warm`` and then ``paths``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *child(warm, paths, gc_mode)],
                       check=True, capture_output=True)
        summary = re.search(r"^(?:summary|totals):\s*(\d+)", out.read_text(errors="replace"), re.M)
    assert summary is not None, "no total in callgrind's output"
    return int(summary.group(1))


def per_report(warm: list[str], paths: list[str], gc_mode: str = "") -> float:
    # An uncounted run first writes the bytecode of every module the check imports: else the first counted
    # child compiles what it imports and the floor's reads it back, and compiling counts as the reports'
    # work (up to ~77 M a report on the first Markdown count after a checkout; inproc5's 76.52 M was this).
    subprocess.run(child(warm, paths, gc_mode), check=True, capture_output=True)
    return (instructions(warm, paths, gc_mode) - instructions(warm, [], gc_mode)) / len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=30, help="reports per format (default 30)")
    parser.add_argument("--formats", default="md,txt,docx,pdf", help="formats to measure (default md,txt,docx,pdf)")
    parser.add_argument("--freeze-gc", action="store_true",
                        help="freeze what the warm-up left alive, so that no full collection counts (the check's own work)")
    args = parser.parse_args(argv)
    gc_mode = "freeze" if args.freeze_gc else ""
    from run import make_corpus

    with tempfile.TemporaryDirectory(prefix="reportlint-instr-") as tmp:
        paths = make_corpus(Path(tmp), 3 * (args.reports + 2))
        for fmt in args.formats.split(","):
            if fmt == "pdf":
                pdfs = [str(p) for p in REAL_PDFS]
                pages = sum(_pages(p) for p in pdfs)
                total = per_report(pdfs, pdfs, gc_mode) * len(pdfs)
                print(f"pdf   {total / len(pdfs) / 1e6:8.2f} M per report  {total / pages / 1e6:6.2f} M per page "
                      f"({len(pdfs)} real reports, {pages} pages)", flush=True)
                continue
            mine = [str(p) for p in paths if p.suffix == f".{fmt}"]
            print(f"{fmt:<5} {per_report(mine[:2], mine[2:], gc_mode) / 1e6:8.2f} M per report ({len(mine) - 2} reports)",
                  flush=True)
    return 0


def _pages(path: str) -> int:
    from reportlint.readers import pdf

    return pdf.read(Path(path)).metadata["pages"]


if __name__ == "__main__":
    sys.exit(main())
