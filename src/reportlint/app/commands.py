"""The commands, as the command line (or a script) asks for them: check, baseline, annotate, rules, rule.

``cli.py`` only parses arguments into one of the requests below and calls the command; everything a
command does — which files, which settings, checking, the cross-year phase, printing, writing a file —
happens here, in one path per command.  A command returns the exit code: 0 nothing at or above
``--fail-on``, 1 something is; usage and configuration errors are raised (the CLI prints them, exit 2).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..model.diagnostics import FileResult, UsageError
from ..model.records import Record
from . import config
from .store import RunStore

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO, TextIO

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CheckRequest(Record):
    """``reportlint check``: what to check, with which settings, and how to print it."""

    __slots__ = ("paths", "selection", "today", "format", "output_file", "color", "quiet", "summary", "statistics",
                 "show_settings", "baseline", "previous", "jobs", "debug", "stdin_filename", "exit_zero")

    def __init__(self, paths: list[str], selection: config.CliOverrides, today: date, format: str = "text",
                 output_file: str | None = None, color: bool | None = None, quiet: bool = False, summary: bool = False,
                 statistics: bool = False, show_settings: bool = False, baseline: str | None = None,
                 previous: str | None = None, jobs: int = 0, debug: bool = False, stdin_filename: str | None = None,
                 exit_zero: bool = False) -> None:
        self.paths = paths
        self.selection = selection  # --pack, --fail-on, --select, --ignore, --isolated
        self.today = today
        self.format = format
        self.output_file = output_file
        self.color = color
        self.quiet = quiet
        self.summary = summary
        self.statistics = statistics
        self.show_settings = show_settings
        self.baseline = baseline
        self.previous = previous
        self.jobs = jobs
        self.debug = debug
        self.stdin_filename = stdin_filename  # the name standard input (path ``-``) is checked as
        self.exit_zero = exit_zero  # exit 0 whatever is found (--exit-zero)


class Outcome(Record):
    """What a run of ``check`` found: the results (in input order, in a store), the cross-year
    findings by file, whether the run fails, the internal errors (one line each, already printed)."""

    __slots__ = ("store", "cross_year", "failed", "internal_errors")

    def __init__(self, store: RunStore, cross_year: dict[int, list], failed: bool, internal_errors: int) -> None:
        self.store = store
        self.cross_year = cross_year
        self.failed = failed
        self.internal_errors = internal_errors

    def results(self) -> Iterator[FileResult]:
        return self.store.results(self.cross_year)


def check(req: CheckRequest, stdout: TextIO, stderr: TextIO, stdin: TextIO | BinaryIO | None = None) -> int:
    """Check the files named (folders searched), or the one report on ``stdin`` when the path is
    ``-``, and print the results; the exit code is the verdict's (``--fail-on``, ``--exit-zero``)."""
    from .stdin import stdin_file, wants_stdin

    config.clear_cache()  # each command reads the configuration files afresh
    if not wants_stdin(req.paths):
        return _check(req, _discover(req.paths, stderr), {}, stdout, stderr)
    stream = getattr(stdin, "buffer", stdin)
    if stream is None:
        raise UsageError("没有标准输入可读（PATH 为 -）")
    with stdin_file(stream, req.stdin_filename) as (name, copy):  # type: ignore[arg-type]
        return _check(req, [name], {name: copy}, stdout, stderr)


def _discover(paths: list[str], stderr: TextIO) -> list[str]:
    from .discover import SUPPORTED, discover

    files = discover(paths)
    if not files:
        stderr.write(f"reportlint: 警告：没有找到要检查的文件（{'、'.join(paths)} 中没有 {SUPPORTED} 文件）\n")
    return files


def _check(req: CheckRequest, files: list[str], read_from: dict[str, str], stdout: TextIO, stderr: TextIO) -> int:
    """Check ``files`` (``read_from``: the file to read for a name, standard input's copy) and print."""
    from ..output import OutputOptions, render
    from ..output.counts import RunStatus

    if req.show_settings:
        stdout.write("\n".join(config.settings_for(path, req.selection).render(path) for path in files))
        return EXIT_OK
    target = _output_target(req.output_file)
    _check_previous(req.previous)  # before any work
    outcome = _check_files(req, files, read_from, stderr)
    if files and not len(outcome.store) and not outcome.internal_errors:
        stderr.write(f"reportlint: 警告：没有检查任何文件（给出的 {len(files)} 个文件都被配置文件的 exclude 排除）\n")
    code = EXIT_ERROR if outcome.internal_errors else EXIT_FINDINGS if outcome.failed and not req.exit_zero else EXIT_OK
    try:
        docs = None
        if req.format == "sarif" and not req.statistics:
            from .ruledocs import rule_docs

            docs = rule_docs([e.facts for e in outcome.store.entries if e.facts is not None])
        options = OutputOptions(format=req.format, color=req.color if target is None else False, quiet=req.quiet,
                                summary=req.summary, statistics=req.statistics, rule_docs=docs,
                                status=RunStatus(code, outcome.failed, outcome.internal_errors))
        if target is None:
            _render_to(stdout, outcome, options)
        else:
            buffer = io.StringIO()
            render(outcome.results(), buffer, options)
            _write(target, buffer.getvalue(), _files_read(req, files))
    finally:
        outcome.store.close()
    return code


def _render_to(stdout: TextIO, outcome: Outcome, options) -> None:  # type: ignore[no-untyped-def]
    """Print the results; a reader that stops reading (``| head -1``) ends the printing, not the run:
    the exit code is the check's all the same."""
    import contextlib

    from ..output import render

    with contextlib.suppress(BrokenPipeError):
        render(outcome.results(), stdout, options)


def _check_files(req: CheckRequest, files: list[str], read_from: dict[str, str], stderr: TextIO) -> Outcome:
    """Check every file (in a pool with ``--jobs``), then the cross-year phase."""
    from ..output.review import progress
    from .workflow import check_many

    baseline = _load_baseline(req.baseline)
    store = RunStore()
    internal_errors = 0
    failed = False
    checks = check_many(files, req.selection, req.today, req.jobs, baseline=baseline, read_from=read_from)
    for path, checked, failure in progress(checks, len(files), enabled=req.format not in ("json", "sarif"), stream=stderr,
                                             color=req.color):
        if failure is None:
            if checked is not None:  # None: excluded by the configuration
                store.add(checked.result, checked.settings, checked.failed)
                failed = failed or checked.failed
            continue
        internal_errors += 1
        if req.debug:
            stderr.write(failure.traceback)
        text = " ".join(str(failure.text).split())[:300]  # one line, whatever the exception says
        from ..output.safetext import display, display_path

        stderr.write(f"reportlint: 内部错误：检查 {display_path(path)} 时出错（{failure.type_name}: {display(text)}）；"
                     "加 --debug 查看详情\n")
    found: dict[int, list] = {}
    if len(store) > 1 or req.previous:  # one file alone has no pair
        from .crossyear import cross_year

        previous = _previous(req)
        found, cross_failed = cross_year(store, previous, baseline)
        failed = failed or cross_failed
    return Outcome(store, found, failed, internal_errors)


def _check_previous(path: str | None) -> None:
    """Refuse a ``--previous`` FILE that cannot be read at all (missing, a folder, a pipe, no
    permission) before anything is checked: it is a mistake on the command line, not a finding."""
    if not path:
        return
    from ..model.diagnostics import InputError
    from ..readers.safeio import open_regular

    try:
        open_regular(path).close()
    except InputError as exc:
        raise UsageError(f"--previous 指定的上一年度报告无法读取：{path}（{exc.reason}）") from None


def _previous(req: CheckRequest) -> FileResult | None:
    """The report given with ``--previous``, checked as the run's files are (its findings are not
    shown); one that the readers cannot read (RL101) is a usage error too."""
    if not req.previous:
        return None
    from .workflow import check_file

    checked = check_file(req.previous, req.selection, req.today)
    if checked is None:
        return None
    unreadable = [d for d in checked.result.diagnostics if d.code == "RL101"]
    if unreadable:
        raise UsageError(f"--previous 指定的上一年度报告无法读取：{req.previous}（{unreadable[0].message}）")
    return checked.result


def _load_baseline(path: str | None):
    if not path:
        return None
    from .baseline import Baseline

    return Baseline.load(path)


def _output_target(name: str | None) -> Path | None:
    """The ``--output-file``, refused at once when it cannot be one (empty, a folder)."""
    if name is None:
        return None
    from ..output.fileio import check_target

    check_target(name)
    return Path(name)


def _files_read(req: CheckRequest, files: Iterable[str]) -> list[str]:
    """Every file this run read, whatever its role — the inputs (excluded and failed ones too), the
    previous year's report, the baseline, the configuration files and the packs: none may be written over."""
    from .engine import pack_loader

    read = [*files, *(p for p in (req.previous, req.baseline) if p)]
    read += sorted({str(s.config) for s in (config.settings_for(f, req.selection) for f in files) if s.config})
    read += sorted(pack_loader().files_read())
    return read


def _write(target: Path, text: str, read: list[str]) -> None:
    from ..output.fileio import write_atomic

    write_atomic(target, text, inputs=read)


# ---------------------------------------------------------------------------------------------
# baseline, annotate


class SelectionRequest(Record):
    """``baseline`` and ``annotate``: the files, the settings, the file to write."""

    __slots__ = ("paths", "selection", "today", "output_file", "author")

    def __init__(self, paths: list[str], selection: config.CliOverrides, today: date, output_file: str | None,
                 author: str = "reportlint") -> None:
        self.paths = paths
        self.selection = selection
        self.today = today
        self.output_file = output_file
        self.author = author


def baseline(req: SelectionRequest, stderr: TextIO) -> int:
    """Record every finding of the files in a baseline file; later checks report only new ones."""
    from .baseline import render
    from .discover import discover
    from .workflow import check_many

    config.clear_cache()
    files = discover(req.paths)
    target = _output_target(req.output_file or "reportlint-baseline.json")
    assert target is not None
    results = []
    for path, checked, failure in check_many(files, req.selection, req.today, jobs=1):
        if failure is not None:
            raise RuntimeError(f"检查 {path} 时出错（{failure.type_name}: {failure.text}）")
        if checked is not None:
            results.append(checked.result)
    from .engine import pack_loader

    _write(target, render(results, target), [*files, *sorted(pack_loader().files_read())])
    count = sum(len(r.diagnostics) for r in results)
    stderr.write(f"reportlint: 已把 {len(results)} 个文件的 {count} 个问题写入基线 {target}\n")
    return EXIT_OK


def annotate(req: SelectionRequest, stderr: TextIO) -> int:
    """A copy of a .docx with each finding as a Word comment (the report itself is never changed)."""
    from ..output.fileio import refuse_input_target
    from .annotate import annotate as write_comments
    from .engine import pack_loader
    from .workflow import check_file

    config.clear_cache()
    [source] = req.paths
    if not source.lower().endswith(".docx"):
        raise UsageError(f"annotate 只处理 .docx 文件：{source}")
    target = _output_target(req.output_file or str(Path(source).with_suffix(".checked.docx")))
    assert target is not None
    refuse_input_target(target, [source])
    checked = check_file(source, req.selection, req.today)
    if checked is None:
        raise UsageError(f"{source} 被配置文件的 exclude 排除")
    refuse_input_target(target, sorted(pack_loader().files_read()))
    count = write_comments(checked.result, target, author=req.author)
    stderr.write(f"reportlint: 已把 {count} 个问题作为批注写入 {target}\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# rules, rule


def rules(pack_ref: str, stdout: TextIO) -> int:
    """Every rule of a pack: code, id, severity, kind, one line, where it comes from."""
    from ..checks.registry import describe_rules
    from ..output.safetext import SafeStream  # a pack's own text may hold control characters
    from .engine import load_pack

    stdout = SafeStream(stdout)  # type: ignore[assignment]
    pack = load_pack(pack_ref)
    described = describe_rules(pack)
    width = max((len(r.id) for r in described), default=10)
    stdout.write(f"{pack.id} — {pack.name}\n")
    for rule in described:
        stdout.write(f"{rule.code}  {rule.id.ljust(width)}  {rule.severity.value:<7}  {rule.check:<10}  {rule.summary}"
                     f"  [{rule.source}]\n")
    return EXIT_OK


def rule(pack_ref: str, rule_id: str, stdout: TextIO) -> int:
    """One rule's documentation (by id or code), with its failing and passing examples."""
    from ..checks.registry import describe_rules
    from .engine import load_pack

    pack = load_pack(pack_ref)
    described = describe_rules(pack)
    matches = [r for r in described if r.id == rule_id] or [r for r in described if r.code == rule_id.upper()]
    if not matches:
        raise UsageError(f"规则包 {pack.id} 中没有规则 {rule_id}（用 reportlint rules 列出全部规则）")
    from ..output.ruledoc import for_terminal
    from ..output.safetext import SafeStream

    stdout = SafeStream(stdout)  # type: ignore[assignment]
    for found in matches:
        name = found.code if found.id == found.code else f"{found.code} {found.id}"
        stdout.write(f"{name}  ({found.check}, {found.severity.value})\n{found.summary}\n\n")
        stdout.write(for_terminal(found.doc.strip()) + "\n\n")
    return EXIT_OK
