"""The golden dump: every finding reportlint gives on every document of the repository, in one file.

    python benchmarks/golden.py OUT.txt            # dump
    diff -u before.txt after.txt                    # a refactor must leave it identical

For each document (tests/data/samples, tests/corpus, examples, and a generated corpus of 300 reports in
Markdown, text and .docx, both forms, half of them with a wrong number): the JSON output of
``reportlint check --format json --today 2026-01-01`` and the plain text output, and the same for a
folder run (cross-year pairing, ``--summary``).  Paths are written relative to the repository (or the
generated folder) so that two dumps made in different checkouts compare equal.  It is a tool for
behaviour-preserving changes, not a test: the tests assert what the findings must be.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))  # reportgen
sys.path.insert(0, str(HERE))

SUFFIXES = (".docx", ".md", ".markdown", ".txt", ".pdf")


def _run(*args: str) -> tuple[int, str, str]:
    from reportlint.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def documents() -> list[Path]:
    found: list[Path] = []
    for folder in ("tests/data/samples", "tests/corpus", "examples"):
        base = REPO / folder
        if base.is_dir():
            found += sorted(p for p in base.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    return found


def dump(out: io.TextIOBase, generated: Path) -> None:
    from run import make_corpus  # benchmarks/run.py: the benchmark's generated reports

    make_corpus(generated, 300)
    common = ["--today", "2026-01-01", "--isolated", "--jobs", "1"]
    for path in [*documents(), *sorted(generated.iterdir())]:
        base = REPO if REPO in path.parents else generated
        shown = str(path.relative_to(base))
        for fmt in ("json", "text"):
            code, text, err = _run("check", "--format", fmt, "--color", "never", *common, str(path))
            text = text.replace(str(base) + "/", "")
            out.write(f"=== {shown} {fmt} exit {code}\n{text}\n{err}\n")
    for name, folder in (("real/text", REPO / "tests/data/samples/real/text"), ("generated", generated)):
        os.chdir(folder)  # relative paths: the summary table's widths do not depend on where the checkout is
        code, text, err = _run("check", "--summary", "--color", "never", *common, ".")
        out.write(f"=== folder {name} exit {code}\n{text}\n{err}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, args.out.open("w", encoding="utf-8") as out:
        dump(out, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
