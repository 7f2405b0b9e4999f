"""Per-report in-process time of two or more source trees, measured in the same run.

    git archive HEAD | tar -x -C /tmp/before        # the code to compare against
    python benchmarks/compare.py /tmp/before/src src  # first tree = the reference

The same generated corpus (``run.make_corpus``) is checked by each tree in turn, in a fresh process
each time (``run.in_process``: packs compiled, a warm-up pass, then read + check per report), for
several rounds; the figure per tree and format is the median over the rounds of each round's median.
Because the trees take turns, a machine whose speed drifts slows them alike and the ratios hold.
A tree is a folder holding the ``reportlint`` package, with the packs in ``../rules`` (a checkout's
``src``).  Like run.py, it reports and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import json, statistics, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from pathlib import Path
from run import in_process
paths = sorted(Path(sys.argv[3]).iterdir())
print(json.dumps({fmt: statistics.median(v) for fmt, v in in_process(paths).items()}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", metavar="SRC", help="folders holding the reportlint package")
    parser.add_argument("--reports", type=int, default=150, help="corpus size (default 150)")
    parser.add_argument("--rounds", type=int, default=5, help="turns of every tree (default 5)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from run import make_corpus

    trees = [str(Path(t).resolve()) for t in args.trees]
    medians: dict[str, dict[str, list[float]]] = {t: {} for t in trees}
    with tempfile.TemporaryDirectory(prefix="reportlint-compare-") as tmp:
        make_corpus(Path(tmp), args.reports)
        for _ in range(args.rounds):
            for tree in trees:
                out = subprocess.run([sys.executable, "-c", CHILD, tree, str(HERE), tmp], capture_output=True,
                                     text=True, check=True).stdout
                for fmt, value in json.loads(out).items():
                    medians[tree].setdefault(fmt, []).append(value)
    reference = trees[0]
    formats = sorted(medians[reference])
    print(f"{'median per report (ms)':<40}" + "".join(f"{fmt:>18}" for fmt in formats))
    for tree in trees:
        cells = []
        for fmt in formats:
            value = statistics.median(medians[tree][fmt])
            ratio = value / statistics.median(medians[reference][fmt])
            cells.append(f"{value * 1000:9.2f} ({ratio:4.2f}×)")
        print(f"{tree[-40:]:<40}" + "".join(f"{c:>18}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
