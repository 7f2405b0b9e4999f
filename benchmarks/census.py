"""Census scale: a whole year's reports on one machine, PDFs included.

    python benchmarks/census.py                          # 20,000 files and 1,000 files, --jobs 1 and 2
    python benchmarks/census.py --pdf-share 0.05         # as above with fewer PDFs (~80 ms of CPU each)
    python benchmarks/census.py --quick                  # 200 and 20 files (the test suite runs this)
    python benchmarks/census.py --keep /var/tmp/census   # generate once, measure again later

A generated folder of reports of many agencies, each agency with two consecutive years (2019–2024,
both forms) so that the cross-year phase has real pairs to check; one agency's two reports are in one
format.  Formats by share of files: PDF (``--pdf-share``, default one half), then text (as extracted
from web pages and PDFs) 60 %, .docx 30 % and Markdown 10 % of the rest.  Most later-year reports
carry over last year's numbers correctly; one in ten has a wrong 上年结转 (RL901), one in ten earlier
or later reports a wrong number in its table (RL401).

How the files are made:

- Markdown, text and .docx come from ``tests/reportgen.py``.  Building a .docx with python-docx takes
  seconds (merged cells), so a few base reports are rendered once per year and form and the agency is
  put into each copy's title (a text replacement in ``word/document.xml``; numbers stay those of the
  base).  Years of one base chain carry over consistently.
- PDFs are copies (hard links where possible) of two real published reports in
  ``tests/data/samples/real/`` (淮安市人民政府 2024, six pages; 洪泽区人民政府 2023, four pages; both
  typeset in WPS), under varied file names: real layout, real fonts, real table rules — what the
  PDF reader's time depends on.  Their titles are not changed, so all copies of one are one agency in
  one year and none of them pair (the pairing work comes from the other formats).

For each folder size and ``--jobs`` value the whole ``reportlint check --format jsonl DIR`` process
tree is measured: wall time, files per second, CPU time (user + system of the tree, from ``wait4``),
the peak of the summed resident memory of the parent and its workers and of the largest single
process (sampled from ``/proc`` every 50 ms, the tree's processes found again every second).  Then:
linearity (the large run's time over ``large/small`` times the small run's; the small folder runs
before and after the large one, so that a host that changed during the run shows), the ``--jobs 2``
speed-up and its extra CPU, and an extrapolation to 10⁵ reports of which half are PDFs: per-format CPU per report measured in process,
scaled to the measured ``--jobs 2`` run.  The load average before and after each run is printed:
the machine may be shared.  Nothing here asserts a timing; ``benchmarks/RESULTS.md`` records runs.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))  # reportgen

REAL = REPO / "tests" / "data" / "samples" / "real"
PDF_SOURCES = ("2024-huaian-city-gov.pdf", "2023-huaian-hongze-district-gov.pdf")
PLACEHOLDER = "甲乙丙丁戊己庚辛壬癸机关"  # the agency in a base report, replaced in each copy
FIRST_YEARS = (2019, 2020, 2021, 2022, 2023)  # an agency reports for FIRST and FIRST + 1
CHAINS = 2  # base reports per year (different numbers)
TARGETS = {"rss_mb": 300.0, "linearity": 1.1, "speedup": 1.8, "hours_1e5": 1.0}
TODAY = "2026-01-01"

# Names for generated agencies: province, city, county and department, as real titles have them.
PROVINCES = ("江苏省", "浙江省", "安徽省", "江西省", "河南省", "湖北省", "湖南省", "四川省", "云南省", "甘肃省")
PLACE = "东南西北安宁平和丰泰永兴长清德华康嘉瑞祥"
DEPARTMENTS = ("人民政府", "人民政府办公室", "发展和改革委员会", "教育局", "公安局", "民政局", "司法局", "财政局",
               "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水务局",
               "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局")


# ---------------------------------------------------------------------------------------------
# The folder


def agency_name(k: int) -> str:
    """The k-th agency: a department of a county of a city of a province, all different for k < 10⁶."""
    n = len(PLACE)
    dept, k = DEPARTMENTS[k % len(DEPARTMENTS)], k // len(DEPARTMENTS)
    county, k = PLACE[k % n] + PLACE[(k // n) % n] + "县", k // (n * n)
    city = PLACE[k % n] + PLACE[(k // n) % n] + "市"
    province = PROVINCES[(k // (n * n)) % len(PROVINCES)]
    return f"{province}{city}{county}{dept}"


def follow(report, prev):
    """``report`` made to carry over ``prev``'s 结转下年度 as its 上年结转 (the totals still hold) and, in
    the 2021 form, to count its 现行有效件数 on from ``prev``'s (RL902 checks both, as real reports do)."""
    report = copy.deepcopy(report)
    if report.form == prev.form == "2021":
        for row, before in zip(report.s2["t2-1"], prev.s2["t2-1"], strict=True):
            row[3] = before[3] + row[1] - row[2]
    t3 = report.t3
    t3["carried_over"] = list(prev.t3["carry_forward"])
    for c in range(6):
        new = t3["results_total"][c] + t3["carry_forward"][c] - t3["carried_over"][c]
        if new < 0:
            t3["carry_forward"][c] -= new
            new = 0
        t3["new"][c] = new
    return report


def base_reports():
    """{(chain, year, variant): Report}: per chain, one report a year, each carrying over the year
    before; variants "ok", "wrong" (a 予以公开 cell off: RL401) and "carry" (上年结转 off by one: RL901)."""
    from reportgen import make_report

    bases = {}
    for chain in range(CHAINS):
        prev = None
        for year in range(FIRST_YEARS[0], FIRST_YEARS[-1] + 2):
            report = make_report(year, seed=100 * chain + year, agency=PLACEHOLDER)
            if prev is not None:
                report = follow(report, prev)
            prev = report
            bases[chain, year, "ok"] = report
            bases[chain, year, "wrong"] = report.set_t3("granted", 0, report.t3["granted"][0] + 1 + chain)
            carry = copy.deepcopy(report)
            carry.t3["carried_over"][0] += 1
            carry.t3["new"][0] = max(0, carry.t3["new"][0] - 1)
            bases[chain, year, "carry"] = carry
    return bases


class Rendered:
    """Each base report in each generated format, as bytes with PLACEHOLDER for the agency; rendered
    when first asked for (a .docx takes python-docx about a second)."""

    def __init__(self) -> None:
        self.reports = base_reports()
        self._bytes: dict[tuple, bytes] = {}

    def __getitem__(self, key: tuple) -> bytes:
        if key not in self._bytes:
            from reportgen import to_docx, to_markdown, to_text

            *base, fmt = key
            report = self.reports[tuple(base)]
            if fmt == "docx":
                with tempfile.TemporaryDirectory() as tmp:
                    to_docx(report, Path(tmp) / "base.docx")
                    self._bytes[key] = (Path(tmp) / "base.docx").read_bytes()
            else:
                self._bytes[key] = (to_markdown(report) if fmt == "md" else to_text(report)).encode("utf-8")
        return self._bytes[key]


def with_agency(data: bytes, fmt: str, agency: str) -> bytes:
    """A base report's bytes with the agency put in (for .docx, in word/document.xml)."""
    placeholder, name = PLACEHOLDER.encode("utf-8"), agency.encode("utf-8")
    if fmt != "docx":
        return data.replace(placeholder, name)
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(placeholder, name)
            target.writestr(info, content)
    return buffer.getvalue()


def plan(n: int, pdf_share: float) -> list[tuple[str, str, int, str, int]]:
    """(relative path, format, year, variant, chain) of each of n files, in a fixed order."""
    n_pdf = round(n * pdf_share)
    rest = n - n_pdf
    shares = {"txt": 0.6, "docx": 0.3, "md": 0.1}
    counts = {fmt: int(rest * share) for fmt, share in shares.items()}
    counts["txt"] += rest - sum(counts.values())
    files = [(f"pdf/{i // 500:03d}/{i:06d}-report.pdf", "pdf", 0, "", i % len(PDF_SOURCES)) for i in range(n_pdf)]
    k = 0  # agency number
    for fmt, count in counts.items():
        for i in range(count):
            pair, later = divmod(i, 2)  # an odd count: the last agency has one report
            agency = k + pair
            first = FIRST_YEARS[agency % len(FIRST_YEARS)]
            roll = (agency * 7 + later * 3) % 10
            variant = "carry" if later and roll == 0 else "wrong" if roll == 5 else "ok"
            files.append((f"{fmt}/{i // 500:03d}/{agency:06d}-{first + later}.{fmt}", fmt, first + later, variant,
                          agency % CHAINS))
        k += (count + 1) // 2
    return files


def make_census(folder: Path, n: int, pdf_share: float = 0.5, bases: Rendered | None = None) -> dict[str, int]:
    """Write n reports below ``folder``; return the count per format.  ``bases``: shared by the
    folders of one run."""
    bases = Rendered() if bases is None else bases
    counts: dict[str, int] = {}
    for rel, fmt, year, variant, chain in plan(n, pdf_share):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        counts[fmt] = counts.get(fmt, 0) + 1
        if fmt == "pdf":
            source = REAL / PDF_SOURCES[chain]
            try:
                os.link(source, path)
            except OSError:
                shutil.copyfile(source, path)
            continue
        agency = agency_name(int(Path(rel).name.split("-")[0]))
        path.write_bytes(with_agency(bases[chain, year, variant, fmt], fmt, agency))
    return counts


class Folders:
    """The census folders below ``root``, each made once (a folder with the same parameters is kept)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._bases: Rendered | None = None

    def get(self, n: int, pdf_share: float) -> tuple[Path, dict[str, int], float]:
        folder = self.root / f"census-{n}-pdf{pdf_share:g}"
        stamp = folder / ".census.json"  # discovery skips it (not a report suffix)
        if stamp.exists():
            return folder, json.loads(stamp.read_text())["counts"], 0.0
        if folder.exists():
            shutil.rmtree(folder)
        start = time.perf_counter()
        if self._bases is None:
            self._bases = Rendered()
        counts = make_census(folder, n, pdf_share, self._bases)
        stamp.write_text(json.dumps({"counts": counts}))
        return folder, counts, time.perf_counter() - start


# ---------------------------------------------------------------------------------------------
# Measuring a run


def reportlint_cmd() -> list[str]:
    script = Path(sys.executable).with_name("reportlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reportlint"]


def _process_tree(root: int) -> list[int]:
    """``root`` and all its descendants, from the parent ids in /proc (a scan of every process)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # ended meanwhile
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _rss_kb(pids: list[int]) -> tuple[int, int]:
    """The summed VmRSS (KB) of the processes and the largest one (a process that ended counts 0)."""
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    sizes = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                sizes.append(int(f.read().split()[1]) * page_kb)
        except (OSError, ValueError, IndexError):
            continue
    return sum(sizes), max(sizes, default=0)


class Run:
    """One ``reportlint check`` process tree: wall and CPU seconds, peak summed and largest RSS (MB)."""

    def __init__(self, wall: float, cpu: float, tree_mb: float, largest_mb: float, code: int, load: tuple[str, str]):
        self.wall, self.cpu, self.tree_mb, self.largest_mb = wall, cpu, tree_mb, largest_mb
        self.code, self.load = code, load


def measure(folder: Path, jobs: int, out: Path, env: dict[str, str]) -> Run:
    """Run ``reportlint check --format jsonl`` over the folder (output to ``out``) and measure it.

    CPU time is from ``wait4``: the process and every worker it waited for.  Memory is sampled (the
    kernel's ``ru_maxrss`` of a child starts from what its parent held when it forked, so it would
    count this script too)."""
    cmd = [*reportlint_cmd(), "check", "--format", "jsonl", "--today", TODAY, "--jobs", str(jobs), str(folder)]
    load_before = Path("/proc/loadavg").read_text().split()[0]
    peak = [0, 0]
    with out.open("wb") as stdout:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
        done = threading.Event()

        def sample() -> None:
            # every 50 ms the tree's memory; every second which processes the tree has (scanning all of
            # /proc every 50 ms cost a tenth of a core, taken from the run measured on a small machine)
            tree, ticks = [proc.pid], 0
            while not done.wait(0.05):
                if ticks % 20 == 0:
                    tree = _process_tree(proc.pid)
                ticks += 1
                total, largest = _rss_kb(tree)
                peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    load_after = Path("/proc/loadavg").read_text().split()[0]
    return Run(wall, usage.ru_utime + usage.ru_stime, peak[0] / 1024, peak[1] / 1024, proc.returncode,
               (load_before, load_after))


PER_FORMAT = """
import json, sys, time
from datetime import date
from pathlib import Path
from reportlint.app.engine import RunOptions, check_path
options = RunOptions(today=date.fromisoformat(sys.argv[1]))
out = {}
for fmt, paths in json.loads(sys.argv[2]).items():
    check_path(paths[0], options)  # warm: imports, the pack
    start = time.process_time()
    for path in paths:
        check_path(path, options)
    out[fmt] = (time.process_time() - start) / len(paths)
print(json.dumps(out))
"""


def per_format_cpu(folder: Path, per_format: int, env: dict[str, str]) -> dict[str, float]:
    """CPU seconds per report by format (read and check, packs compiled), over the folder's files,
    in a process of its own."""
    chosen = {}
    for fmt in ("md", "txt", "docx", "pdf"):
        paths = sorted((folder / fmt).rglob(f"*.{fmt}"))[:per_format]
        if fmt == "pdf":  # the distinct real PDFs, in turn
            paths = (paths[:len(PDF_SOURCES)] * per_format)[:max(2, per_format // 3)]
        if paths:
            chosen[fmt] = [str(p) for p in paths]
    out = subprocess.run([sys.executable, "-c", PER_FORMAT, TODAY, json.dumps(chosen)], env=env, capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def predicted_cpu(counts: dict[str, int], cpu: dict[str, float]) -> float:
    return sum(counts.get(fmt, 0) * cpu.get(fmt, 0.0) for fmt in counts)


def extrapolate(n: int, counts: dict[str, int], cpu: dict[str, float], run: Run, cores: int) -> tuple[dict, float, float]:
    """n reports, half PDF and the other half in the census's shares: (the counts, wall seconds as the
    measured run went — its wall time per second of predicted CPU —, wall seconds on ``cores`` free
    cores — the run's CPU per second of predicted CPU, spread over the cores)."""
    others = {fmt: c for fmt, c in counts.items() if fmt != "pdf"}
    total_others = sum(others.values()) or 1
    target = {"pdf": n // 2, **{fmt: round((n - n // 2) * c / total_others) for fmt, c in others.items()}}
    scale = predicted_cpu(target, cpu) / predicted_cpu(counts, cpu)
    return target, run.wall * scale, run.cpu * scale / cores


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 and 10 files, few PDFs (the test suite)")
    parser.add_argument("--files", type=int, help="the large folder (default 20000; 200 with --quick)")
    parser.add_argument("--small", type=int, help="the small folder, for linearity (default files/20)")
    parser.add_argument("--pdf-share", type=float, help="share of PDFs (default 0.5; 0.02 with --quick)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to run (default 1,2)")
    parser.add_argument("--per-format", type=int, help="reports per format for the CPU per report (default 30; 4 quick)")
    parser.add_argument("--keep", type=Path, help="generate the folders here and keep them for the next run")
    args = parser.parse_args(argv)
    n = args.files or (200 if args.quick else 20_000)
    small = args.small or max(1, n // 20)
    pdf_share = args.pdf_share if args.pdf_share is not None else (0.02 if args.quick else 0.5)
    jobs_list = [int(j) for j in args.jobs.split(",")]
    per_format = args.per_format or (4 if args.quick else 30)

    print(f"reportlint census — {date.today().isoformat()} — {platform.node()} — {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}{' (quick)' if args.quick else ''}")
    with tempfile.TemporaryDirectory(prefix="reportlint-census-") as tmp:
        work = Path(tmp)
        made = Folders(args.keep or work)
        made.root.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "xdg-cache")}
        subprocess.run([*reportlint_cmd(), "check", "--today", TODAY, str(REAL / "text")], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # warm the caches
        folders = {}
        for size in sorted({small, n}):
            folder, counts, seconds = made.get(size, pdf_share)
            folders[size] = (folder, counts)
            mix = ", ".join(f"{fmt} {counts.get(fmt, 0)}" for fmt in ("pdf", "txt", "docx", "md"))
            print(f"folder {size:>6} files: {mix}" + (f"  (made in {seconds:.0f} s)" if seconds else "  (kept)"))
        cpu = per_format_cpu(folders[n][0], per_format, env)
        print("cpu per report, in process: " + ", ".join(f"{fmt} {cpu[fmt] * 1000:.1f} ms" for fmt in cpu))
        print()
        print(f"{'run':<28} {'wall':>9} {'files/s':>8} {'cpu':>9} {'tree peak':>10} {'largest':>8} {'exit':>5}  load")
        runs: dict[tuple[int, int], Run] = {}
        again: dict[int, Run] = {}  # the small folder once more after the large one: did the host drift?
        for jobs in jobs_list:
            for size, label in [(size, "") for size in sorted(folders)] + ([(small, " again")] if small != n else []):
                run = measure(folders[size][0], jobs, work / f"out-{size}-{jobs}.jsonl", env)
                if label:
                    again[jobs] = run
                else:
                    runs[size, jobs] = run
                print(f"{f'{size} files --jobs {jobs}{label}':<28} {run.wall:8.1f}s {size / run.wall:8.1f} {run.cpu:8.1f}s "
                      f"{run.tree_mb:8.0f}MB {run.largest_mb:6.0f}MB {run.code:>5}  {run.load[0]} → {run.load[1]}",
                      flush=True)
        print()
        for jobs in jobs_list:
            if small != n:
                big, little, later = runs[n, jobs], runs[small, jobs], again[jobs]
                small_wall, small_cpu = (little.wall + later.wall) / 2, (little.cpu + later.cpu) / 2
                print(f"linearity --jobs {jobs}: wall {big.wall / (n / small * small_wall):.2f}, "
                      f"cpu {big.cpu / (n / small * small_cpu):.2f}  (target ≤ {TARGETS['linearity']}; against the mean of "
                      f"the small runs before and after, which differ by {abs(later.cpu / little.cpu - 1):.0%} in cpu: "
                      "more than a few per cent means the host changed under the run)")
        if 1 in jobs_list and 2 in jobs_list:
            for size in sorted(folders):
                one, two = runs[size, 1], runs[size, 2]
                print(f"--jobs 2 at {size}: {one.wall / two.wall:.2f}× the files/s of --jobs 1 "
                      f"(target ≥ {TARGETS['speedup']}), cpu {two.cpu / one.cpu:.2f}× --jobs 1's")
        peak = max(r.tree_mb for r in runs.values())
        print(f"peak RSS of the process tree: {peak:.0f} MB (target < {TARGETS['rss_mb']:.0f} MB at 20,000 files)")
        jobs = max(jobs_list)
        target, as_run, free = extrapolate(100_000, folders[n][1], cpu, runs[n, jobs], jobs)
        mix = ", ".join(f"{fmt} {c}" for fmt, c in target.items())
        print(f"extrapolated 100,000 reports ({mix}), --jobs {jobs}: {as_run / 3600:.2f} h as this run went, "
              f"{free / 3600:.2f} h on {jobs} free cores (target < {TARGETS['hours_1e5']:.0f} h on 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
