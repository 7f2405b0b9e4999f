"""reportlint benchmarks: start-up against the import floor, per-report time, folder throughput.

    python benchmarks/run.py            # the full run (500 reports; about a minute)
    python benchmarks/run.py --quick    # a short run for CI: same table, small corpus, few repeats

Every figure is printed next to its floor or target, measured in the same run on this machine:

- ``reportlint --version`` against ``python -c "import argparse"``;
- a cold ``reportlint check`` of a ~10 KB Markdown report, a plain-text report and a ~40 KB .docx
  report, each against ``python -c "import <exactly the libraries that command needs>"``; and of a
  real published PDF report (6 pages, ruled tables) against ``python -c "import pypdfium2"``, the PDF
  library alone (the target is 1.5x that), with the libraries the command needs as one more row;
- in-process time per report (median, p95) per format over a generated corpus of realistic reports
  (both packs, with and without errors; tests/reportgen.py), and per PDF page over every PDF in
  tests/data/samples (the real reports and the LibreOffice samples);
- ``reportlint check DIR`` over that corpus with ``--jobs 1`` and ``--jobs 2``: wall time, files per
  second, and the peak resident memory of the largest process (getrusage of the children).

Cold runs use a private bytecode cache (PYTHONPYCACHEPREFIX) and reportlint cache (XDG_CACHE_HOME:
packs' YAML, compiled regexes) warmed by one unmeasured run, so the figures are those of an installed
package that has run once, whatever PYTHONDONTWRITEBYTECODE says; one more row shows the Markdown
check with reportlint's caches off (the first run after an install or upgrade).  Each command is
timed in turn with its floor in every round, so a machine whose speed drifts slows both alike.
Nothing here asserts on a timing: the script reports, the reader judges (see benchmarks/RESULTS.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))  # reportgen

# A command's floor is the import of every module it imports that is not reportlint's (the
# libraries and the standard library, as the run loads them): what no reportlint change can save.
LIBRARY_FLOOR = {"pdf": "import pypdfium2"}  # for information: the PDF library alone
TARGETS = {"cold": 1.4, "markdown": 5.0, "text": 5.0, "docx": 10.0, "jobs2_s": 5.0, "rss_mb": 200.0,
           "pdf_cold": 1.5, "pdf_page": 15.0}
PDF_SAMPLE = REPO / "tests" / "data" / "samples" / "real" / "2024-huaian-city-gov.pdf"
FILLER = ("本机关坚持以公开为常态、不公开为例外，围绕优化营商环境、重大建设项目、公共资源配置等重点领域，"
          "持续加大信息公开力度，及时回应社会关切，不断提升政务公开的质量和实效。")


def reportlint_cmd() -> list[str]:
    script = Path(sys.executable).with_name("reportlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reportlint"]


def child_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["XDG_CACHE_HOME"] = str(cache.with_name("xdg-cache"))  # a private pack cache, warmed like the bytecode
    return env


# ---------------------------------------------------------------------------------------------
# Corpus


def padded_markdown(report, target_bytes: int = 10_000) -> str:
    """A generated report with more prose in 五、, to the ~10 KB of a typical real report."""
    from reportgen import to_markdown

    text = to_markdown(report)
    extra = []
    while len(text.encode()) + sum(len(p.encode()) + 2 for p in extra) < target_bytes:
        extra.append(f"{len(extra) + 1}. {FILLER}")
    marker = "## 六、"
    return text.replace(marker, "\n\n".join(extra) + "\n\n" + marker, 1)


def padded_text(report, target_bytes: int = 10_000) -> str:
    from reportgen import to_text

    text = to_text(report)
    extra = []
    while len(text.encode()) + sum(len(p.encode()) + 1 for p in extra) < target_bytes:
        extra.append(f"{len(extra) + 1}. {FILLER}")
    marker = "\n六、"
    return text.replace(marker, "\n" + "\n".join(extra) + marker, 1)


def make_corpus(folder: Path, n: int) -> list[Path]:
    """n reports: 2019 and 2021 forms, every other one with a wrong number, md/txt/docx in turn."""
    from reportgen import make_report, write_report

    years = [2019, 2020, 2021, 2022, 2023, 2024]
    paths = []
    for i in range(n):
        report = make_report(years[i % len(years)], seed=i, agency=f"示例县第{i}局")
        if i % 2:
            report = report.set_t3("granted", 0, report.t3["granted"][0] + 1 + i % 3)
        fmt = ("md", "txt", "docx")[i % 3]
        path = folder / f"report-{i:04d}.{fmt}"
        write_report(report, path)
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# Measurements


def paired_walls(cmds: list[list[str]], env: dict[str, str], repeat: int) -> list[float]:
    """Median wall time of each command, the commands run in turn in every round (after one
    unmeasured warm-up round): a machine whose speed drifts during the run slows all of them alike,
    so their ratio stays true."""
    def timed(cmd: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return time.perf_counter() - start

    for cmd in cmds:
        timed(cmd)
    rounds = [[timed(cmd) for cmd in cmds] for _ in range(repeat)]
    return [statistics.median(times) for times in zip(*rounds, strict=True)]


def imported_modules(cmd: list[str], env: dict[str, str]) -> list[str]:
    """The modules a command imports that are not reportlint's, in the order it imports them."""
    result = subprocess.run([sys.executable, "-X", "importtime", *cmd], env=env, capture_output=True,
                            text=True, check=False)
    names = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package" and not name.startswith("reportlint"):
                names.append(name)
    return names


def floor_of(cmd: list[str], env: dict[str, str]) -> list[str]:
    """A command that imports what ``cmd`` imports, reportlint's own modules excepted."""
    code = "\n".join(f"try:\n import {name}\nexcept ImportError:\n pass" for name in imported_modules(cmd, env))
    return [sys.executable, "-c", code]


def cold_start(samples: dict[str, Path], env: dict[str, str], repeat: int) -> list[tuple[str, float, float]]:
    """(name, median seconds, median seconds of its floor), each command paired with its floor: the
    import of every library and standard module the command itself imports."""
    rows = []
    commands = [("reportlint --version", ["-m", "reportlint", "--version"])]
    commands += [(f"reportlint check ({fmt}, {path.stat().st_size // 1000} KB)",
                  ["-m", "reportlint", "check", "--today", "2026-01-01", str(path)]) for fmt, path in samples.items()]
    if has_pdf_library():
        commands.append((f"reportlint check (pdf, {pdf_pages(PDF_SAMPLE)} pages)",
                         ["-m", "reportlint", "check", "--today", "2026-01-01", str(PDF_SAMPLE)]))
    for name, args in commands:
        check, floor = paired_walls([[sys.executable, *args], floor_of(args, env)], env, repeat)
        rows.append((name, check, floor))
    if has_pdf_library():
        check, library = paired_walls([[sys.executable, *commands[-1][1]],
                                       [sys.executable, "-c", LIBRARY_FLOOR["pdf"]]], env, repeat)
        rows.append(("  same, against pypdfium2 alone", check, library))
    return rows


def has_pdf_library() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def pdf_pages(path: Path) -> int:
    from reportlint.readers import pdf

    return pdf.read(path).metadata["pages"]


def pdf_in_process(repeat: int) -> list[tuple[str, float, int]]:
    """(file, best milliseconds per page of a whole in-process check, pages) for every PDF sample."""
    from reportlint.app.engine import RunOptions, check_path

    options = RunOptions(today=date(2026, 1, 1))
    rows = []
    for path in sorted((REPO / "tests" / "data" / "samples").rglob("*.pdf")):
        check_path(str(path), options)
        best = min(_timed(check_path, str(path), options) for _ in range(max(3, repeat)))
        pages = pdf_pages(path)
        rows.append((path.name, best / pages * 1000, pages))
    return rows


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def in_process(paths: list[Path]) -> dict[str, list[float]]:
    """Seconds per report by format, packs already compiled (a warm-up pass first)."""
    from reportlint.app.engine import RunOptions, check_path

    options = RunOptions(today=date(2026, 1, 1))
    for path in paths[:6]:
        check_path(str(path), options)
    times: dict[str, list[float]] = {}
    for path in paths:
        start = time.perf_counter()
        check_path(str(path), options)
        times.setdefault(path.suffix.lstrip(".").replace("md", "markdown").replace("txt", "text"),
                         []).append(time.perf_counter() - start)
    return times


PEAK_RSS = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def folder_run(folder: Path, jobs: int, env: dict[str, str], repeat: int) -> tuple[float, float, int]:
    """(median seconds, peak RSS in MB of the largest process, exit code) of ``check DIR``."""
    cmd = [*reportlint_cmd(), "check", "--today", "2026-01-01", "--jobs", str(jobs), str(folder)]
    runs = []
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", PEAK_RSS, *cmd], env=env, capture_output=True, text=True,
                             check=True).stdout.split()
        runs.append((float(out[0]), int(out[1]) / 1024, int(out[2])))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


# ---------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run (CI): 12 reports, 1 repeat")
    parser.add_argument("--reports", type=int, help="corpus size (default 500, or 12 with --quick)")
    parser.add_argument("--repeat", type=int, help="runs per cold-start figure (default 11, or 1 with --quick)")
    args = parser.parse_args(argv)
    n = args.reports or (12 if args.quick else 500)
    repeat = args.repeat or (1 if args.quick else 11)

    from reportgen import make_report, to_docx

    with tempfile.TemporaryDirectory(prefix="reportlint-bench-") as tmp:
        work = Path(tmp)
        env = child_env(work / "pycache")
        single = work / "single"
        single.mkdir()
        report = make_report(2023, seed=7).set_t3("granted", 0, 9)
        samples = {"markdown": single / "report.md", "text": single / "report.txt", "docx": single / "report.docx"}
        samples["markdown"].write_text(padded_markdown(report), encoding="utf-8")
        samples["text"].write_text(padded_text(report), encoding="utf-8")
        to_docx(report, samples["docx"])
        corpus = work / "corpus"
        corpus.mkdir()
        paths = make_corpus(corpus, n)

        print(f"reportlint benchmarks — {date.today().isoformat()} — {platform.node()} — "
              f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
              f"Python {platform.python_version()}{' (quick)' if args.quick else ''}")
        print()
        print(f"{'cold start (median of ' + str(repeat) + ')':<34} {'time':>9} {'floor':>9} {'ratio':>7}  target")
        for name, value, floor in cold_start(samples, env, repeat):
            target = f"≤ {TARGETS['cold']}× what it imports"
            if "against" in name:
                target = f"≤ {TARGETS['pdf_cold']}× the PDF library's import"
            print(f"{name:<34} {value * 1000:7.0f}ms {floor * 1000:7.0f}ms {value / floor:6.2f}×  {target}")
        print()
        print(f"{'in process, per report (' + str(n) + ' reports)':<34} {'median':>9} {'p95':>9} {'files':>7}  target")
        for fmt, values in sorted(in_process(paths).items()):
            print(f"{fmt:<34} {statistics.median(values) * 1000:7.2f}ms {percentile(values, 0.95) * 1000:7.2f}ms "
                  f"{len(values):7d}  ≤ {TARGETS[fmt]:.0f} ms median")
        if has_pdf_library():
            print()
            print(f"{'in process, per PDF page':<34} {'best':>9} {'':>9} {'pages':>7}  target")
            for name, ms, pages in pdf_in_process(repeat):
                print(f"{name:<34} {ms:7.2f}ms {'':>9} {pages:7d}  ≤ {TARGETS['pdf_page']:.0f} ms a page (ruled tables)")
        print()
        print(f"{'reportlint check DIR (' + str(n) + ' reports)':<34} {'time':>9} {'files/s':>9} {'peak':>7}  target")
        for jobs in (1, 2):
            seconds, rss, code = folder_run(corpus, jobs, env, max(1, repeat // 4))
            target = f"< {TARGETS['jobs2_s']:.0f} s for 500, < {TARGETS['rss_mb']:.0f} MB" if jobs == 2 else ""
            print(f"{'--jobs ' + str(jobs):<34} {seconds:8.2f}s {n / seconds:9.0f} {rss:5.0f}MB  {target}"
                  + (f"  (exit {code})" if code not in (0, 1) else ""))
        shutil.rmtree(work / "pycache", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
