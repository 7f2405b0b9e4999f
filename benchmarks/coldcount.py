"""Instructions of a cold ``reportlint check`` and of its import floor, counted by callgrind.

    python benchmarks/coldcount.py                      # Markdown, text, .docx and the real PDF
    python benchmarks/coldcount.py --formats text,pdf   # some of them

Why instructions: wall time on a shared host moves with the neighbours' load; callgrind counts the
instructions of the whole process (start-up, the check, interpreter exit) the same way every time,
so a change of a few per cent shows.  Each command is the one ``benchmarks/run.py`` times: a cold
``reportlint check --today 2026-01-01 FILE`` of the ~10 KB generated report (the real 6-page PDF for
``pdf``), output to a pipe, bytecode cached by one unmeasured run first; its floor imports every
module the command imports that is not reportlint's (``run.py::floor_of``).  Needs ``valgrind``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PDF_SAMPLE, child_env, floor_of, padded_markdown, padded_text

FORMATS = ("markdown", "text", "docx", "pdf")
_COLLECTED = re.compile(r"==\d+== Collected : (\d+)")


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """Instructions the whole process runs, as callgrind counts them (its output file discarded)."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    found = _COLLECTED.search(result.stderr)
    if found is None:
        raise SystemExit(f"callgrind counted nothing for {cmd}:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def samples(folder: Path) -> dict[str, Path]:
    """The benchmark's reports: run.py's ~10 KB Markdown and text, its .docx, the real PDF."""
    from reportgen import make_report, to_docx

    report = make_report(2023, seed=7).set_t3("granted", 0, 9)
    paths = {"markdown": folder / "report.md", "text": folder / "report.txt", "docx": folder / "report.docx",
             "pdf": PDF_SAMPLE}
    paths["markdown"].write_text(padded_markdown(report), encoding="utf-8")
    paths["text"].write_text(padded_text(report), encoding="utf-8")
    to_docx(report, paths["docx"])
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default=",".join(FORMATS), help=f"comma-separated, of {', '.join(FORMATS)}")
    args = parser.parse_args(argv)
    wanted = [f for f in args.formats.split(",") if f]
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        parser.error(f"unknown format(s): {', '.join(unknown)}")
    with tempfile.TemporaryDirectory(prefix="reportlint-coldcount-") as tmp:
        work = Path(tmp)
        env = child_env(work / "pycache")
        paths = samples(work)
        print(f"{'file':<10} {'check':>10} {'floor':>10} {'own':>10} {'ratio':>7}")
        for fmt in wanted:
            args_ = ["-m", "reportlint", "check", "--today", "2026-01-01", str(paths[fmt])]
            check = [sys.executable, *args_]
            subprocess.run(check, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            floor = floor_of(args_, env)
            subprocess.run(floor, env=env, check=False)
            spent, base = instructions(check, env), instructions(floor, env)
            print(f"{fmt:<10} {spent / 1e6:9.0f}M {base / 1e6:9.0f}M {(spent - base) / 1e6:9.0f}M {spent / base:6.2f}×",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
