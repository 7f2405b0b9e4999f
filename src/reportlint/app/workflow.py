"""The everyday pipeline around the engine, per file: the settings in force (configuration and
command-line flags), exclusion, the check itself (the engine applies inline suppressions, which
need the parsed document), then selection and severity, then the baseline.  ``check``,
``baseline`` and ``annotate`` all go through here, so they agree on what a file's findings are.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from ..model.diagnostics import FileResult, Severity
from ..model.records import Record
from . import config


class Checked(Record):
    __slots__ = ("result", "settings")

    def __init__(self, result: FileResult, settings: config.Settings) -> None:
        self.result = result
        self.settings = settings

    @property
    def failed(self) -> bool:
        if self.settings.fail_on == "never":
            return False
        threshold = Severity(self.settings.fail_on).rank
        return any(d.severity.rank >= threshold for d in self.result.diagnostics)


def check_file(path: str, cli: config.CliOverrides, today: date, baseline=None) -> Checked | None:
    """The findings of one file as configured, or None when the configuration excludes it."""
    from .engine import RunOptions, check_path, load_pack

    settings = config.settings_for(path, cli)
    if settings.excluded:
        return None
    if settings.pack:
        load_pack(settings.pack, settings.pack_base)  # a bad pack is a configuration error
    options = RunOptions(pack=settings.pack, today=today, pack_base=settings.pack_base)
    return finish(check_path(path, options), settings, baseline)


def finish(result: FileResult, settings: config.Settings, baseline=None) -> Checked:
    result.diagnostics = config.apply(result.diagnostics, settings)
    if baseline is not None:
        result = baseline.filter(result)
    return Checked(result, settings)


def check_many(files: Sequence[str], cli: config.CliOverrides, today: date, jobs: int | None = None,
               keep_source: bool = True, baseline=None) -> Iterator[tuple[str, Checked | None, object]]:
    """``(path, Checked or None when excluded, failure or None)`` in the order given.  Files are
    checked in groups that share a pack setting (with ``--jobs``, a group runs in the pool)."""
    from .engine import RunOptions, load_pack

    try:
        from .parallel import check_all
    except ImportError:  # without the process pool: one file after another
        check_all = _sequential
    settings = {path: config.settings_for(path, cli) for path in files}
    groups: dict[tuple, list[str]] = {}
    for path in files:
        s = settings[path]
        if s.excluded:
            continue
        if s.pack:
            load_pack(s.pack, s.pack_base)  # a bad pack is a configuration error before any file is read
        groups.setdefault((s.pack, str(s.pack_base) if s.pack_base else None), []).append(path)
    done: dict[str, tuple[Checked | None, object]] = {}
    for (pack, _), paths in groups.items():
        options = RunOptions(pack=pack, today=today, pack_base=settings[paths[0]].pack_base)
        for path, result, failure in check_all(paths, options, jobs, keep_source=keep_source):
            done[path] = (None, failure) if failure is not None else (finish(result, settings[path], baseline), None)
    for path in files:
        checked, failure = done.get(path, (None, None))
        yield path, checked, failure


def _sequential(paths, options, jobs=None, keep_source=True):
    from .engine import check_path

    for path in paths:
        yield path, check_path(path, options), None


def split_codes(values: list[str] | None) -> list[str] | None:
    """``--select RL4,t3.balance --select RL5`` -> ["RL4", "t3.balance", "RL5"]."""
    if values is None:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


# -- command line -------------------------------------------------------------------------------
def add_check_options(check) -> None:
    check.add_argument("--select", action="append", metavar="CODES",
                       help="只报告这些代码前缀或规则 ID（逗号分隔，可重复；覆盖配置文件的 select）")
    check.add_argument("--ignore", action="append", metavar="CODES",
                       help="不报告这些代码前缀或规则 ID（逗号分隔，可重复；追加到配置文件的 ignore）")
    check.add_argument("--isolated", action="store_true", help="不读取任何配置文件")
    check.add_argument("--show-settings", action="store_true", help="显示对每个文件生效的设置，不检查")
    check.add_argument("--baseline", metavar="FILE", help="只报告基线文件（reportlint baseline 生成）中没有的问题")
    check.add_argument("--statistics", action="store_true", help="只输出每条规则的问题数（按数量排序）")


def define_baseline(baseline) -> None:
    baseline.add_argument("paths", nargs="+", metavar="PATH")
    baseline.add_argument("--output-file", "-o", default="reportlint-baseline.json", metavar="FILE",
                          help="基线文件（默认 reportlint-baseline.json）")
    _add_selection_options(baseline)


def define_annotate(annotate) -> None:
    annotate.add_argument("paths", nargs=1, metavar="REPORT.docx")
    annotate.add_argument("--output-file", "-o", required=True, metavar="OUT.docx", help="写出的副本")
    annotate.add_argument("--author", default="reportlint", help="批注作者（默认 reportlint）")
    _add_selection_options(annotate)


def _add_selection_options(parser) -> None:
    """What baseline and annotate share with check: the pack, the day, the selection."""
    parser.add_argument("--pack", metavar="NAME|PATH")
    parser.add_argument("--today", metavar="YYYY-MM-DD")
    parser.add_argument("--select", action="append", metavar="CODES")
    parser.add_argument("--ignore", action="append", metavar="CODES")
    parser.add_argument("--isolated", action="store_true")


def cli_overrides(args) -> config.CliOverrides:
    config.clear_cache()  # each command reads the configuration files afresh
    return config.CliOverrides(pack=args.pack, fail_on=getattr(args, "fail_on", None),
                               select=split_codes(args.select), ignore=split_codes(args.ignore) or [],
                               isolated=args.isolated)


def load_baseline(args):
    if not getattr(args, "baseline", None):
        return None
    from .baseline import Baseline

    return Baseline.load(args.baseline)


def show_settings(files: Sequence[str], cli: config.CliOverrides) -> int:
    import sys

    sys.stdout.write("\n".join(config.settings_for(path, cli).render(path) for path in files))
    return 0


def render_other(args, results: list[FileResult]) -> str | None:
    """The text of the formats and modes this module adds (None: the CLI's own text or json)."""
    if getattr(args, "statistics", False):
        from ..output import statistics

        return statistics.render(results)
    if args.format == "sarif":
        from ..output import sarif
        from .ruledocs import rule_docs

        return sarif.render(results, rule_docs(results))
    if args.format in ("github", "concise"):
        import importlib

        return importlib.import_module(f"..output.{args.format}", __package__).render(results)
    return None


def _run(args) -> list[FileResult]:
    from ..cli import _today, discover

    results = []
    for path, checked, failure in check_many(discover(args.paths), cli_overrides(args), _today(args.today), jobs=1):
        if failure is not None:  # the CLI's last line of defence prints it as one line, exit 2
            raise RuntimeError(f"检查 {path} 时出错（{failure.type_name}: {failure.text}）")
        if checked is not None:
            results.append(checked.result)
    return results


def cmd_baseline(args) -> int:
    import sys
    from pathlib import Path

    from ..output.fileio import write_atomic
    from .baseline import render

    results = _run(args)
    target = Path(args.output_file)
    write_atomic(target, render(results, target), inputs=[r.path for r in results])
    count = sum(len(r.diagnostics) for r in results)
    print(f"reportlint: 已把 {len(results)} 个文件的 {count} 个问题写入基线 {target}", file=sys.stderr)
    return 0


def cmd_annotate(args) -> int:
    import sys
    from pathlib import Path

    from ..cli import UsageError, _today
    from ..output.wordcomments import annotate

    source = args.paths[0]
    if not source.lower().endswith(".docx"):
        raise UsageError(f"annotate 只处理 .docx 文件：{source}")
    from ..output.fileio import refuse_input_target

    refuse_input_target(Path(args.output_file), [source])
    checked = check_file(source, cli_overrides(args), _today(args.today))
    if checked is None:
        raise UsageError(f"{source} 被配置文件的 exclude 排除")
    count = annotate(checked.result, Path(args.output_file), author=args.author)
    print(f"reportlint: 已把 {count} 个问题作为批注写入 {args.output_file}", file=sys.stderr)
    return 0
