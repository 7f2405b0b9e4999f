"""Command line: argument parsing and exit codes only.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something is; 2 a usage, configuration or
internal error.  No traceback reaches a user: an internal error prints one line naming the file it
was checking, and ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from . import __version__

TYPE_CHECKING = False  # not typing's: importing typing is ~10 % of ``reportlint --version``
if TYPE_CHECKING:  # imported where used: ``reportlint --version`` needs neither
    from collections.abc import Sequence
    from datetime import date

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


class UsageError(Exception):
    pass


# Subcommands in the order ``reportlint --help`` lists them.
COMMANDS = {
    "check": "检查报告文件或目录",
    "baseline": "把当前的全部问题记入基线文件，以后只报告新问题",
    "annotate": "把问题作为批注写入 .docx 的副本（不修改原文件）",
    "rules": "列出规则包中的全部规则",
    "rule": "显示一条规则的说明（含不通过与通过的示例）",
    "pack": "规则包作者工具：check / new / schema / test",
}


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, sized without ``shutil`` (which argparse imports for every parser it
    makes, and which imports the bz2 and lzma modules): the same COLUMNS / terminal / 80 rule."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)


def _terminal_columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _parser(args: Sequence[str]) -> argparse.ArgumentParser:
    """The command line parser.  Only the subcommand being run is made, with its options: argparse
    makes a help formatter (and asks gettext and the terminal) for every option it adds, and looks
    up three translations on disk for every parser, a visible part of a one-file check's start-up.
    The others are made only when no known subcommand is named (``--help``, a mistyped command)."""
    parser = argparse.ArgumentParser(
        prog="reportlint", formatter_class=_HelpFormatter,
        description="检查报告文档（.docx、Markdown、文本、PDF）是否符合规则包：章节、表格、勾稽关系、数值、日期。",
    )
    parser.add_argument("--version", action="version", version=f"reportlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = next((a for a in args if not a.startswith("-")), None)
    for name in [wanted] if wanted in COMMANDS else list(COMMANDS):
        command = sub.add_parser(name, help=COMMANDS[name], formatter_class=_HelpFormatter)
        if name == wanted:
            _define(name, command)
    return parser


def _define(name: str, command: argparse.ArgumentParser) -> None:
    if name == "check":
        _define_check(command)
    elif name in ("baseline", "annotate"):
        from .app import workflow

        (workflow.define_baseline if name == "baseline" else workflow.define_annotate)(command)
    elif name in ("rules", "rule"):
        if name == "rule":
            command.add_argument("rule_id", metavar="ID|CODE")
        command.add_argument("--pack", default="cn-gov-disclosure-2021", metavar="NAME|PATH")
    else:
        from .app.authoring import define_pack

        define_pack(command)  # reportlint pack check|new|schema|test (packtools.py)


def _define_check(check: argparse.ArgumentParser) -> None:
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="文件或目录（目录中查找 .docx .md .markdown .txt .pdf）")
    check.add_argument("--format", choices=["text", "json", "sarif", "github", "concise", "html"], default="text",
                       help="输出格式（默认 text）")
    check.add_argument("--pack", metavar="NAME|PATH", help="指定规则包（名称或 YAML 文件路径），不按年份自动选择")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None,
                       help="达到该严重程度时退出码为 1（默认 error，或配置文件中的 fail-on）")
    check.add_argument("-q", "--quiet", action="store_true", help="只输出问题本身，不输出摘录和汇总")
    check.add_argument("--output-file", "-o", metavar="FILE", help="把结果写入文件（原子写入）")
    check.add_argument("--today", metavar="YYYY-MM-DD", help="把这一天当作今天（用于核对日期，便于复现）")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    check.add_argument("--debug", action="store_true", help="内部错误时显示完整的 traceback")
    check.add_argument("--previous", metavar="FILE",
                       help="上一年度的报告：与本次检查的报告做跨年度核对（不按标题配对）")
    check.add_argument("--summary", action="store_true", help="最后输出审阅汇总表（每个文件一行）")
    check.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                       help="并行检查的进程数（默认：CPU 个数；1 表示不并行）")
    from .app.workflow import add_check_options

    add_check_options(check)


def discover(paths: Sequence[str]) -> list[str]:
    """Files to check: given files as they are, directories searched for report files, sorted."""
    from pathlib import Path

    from .readers import SUPPORTED_SUFFIXES

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in files:
                    if name.lower().endswith(SUPPORTED_SUFFIXES) and not name.startswith("~$"):
                        found.append(os.path.join(root, name))
            out.extend(sorted(found))
        elif path.exists() or path.is_symlink():
            out.append(raw)
        else:
            raise UsageError(f"找不到文件或目录：{raw}")
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]


def _today(value: str | None) -> date:
    from datetime import date

    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--today 应为 YYYY-MM-DD，收到 {value!r}") from None


def cmd_check(args: argparse.Namespace) -> int:
    from .app.workflow import check_many, cli_overrides, load_baseline, show_settings

    cli = cli_overrides(args)
    if args.output_file is not None:  # an empty name or a folder: refused before anything is checked
        from .output.fileio import check_target

        check_target(args.output_file)
    if args.previous:  # last year's report must at least open: a usage error otherwise, before any work
        from .app.crossyear import check_previous

        check_previous(args.previous)
    files = discover(args.paths)
    if args.show_settings:
        return show_settings(files, cli)
    results = []
    internal_errors = 0
    failed = False
    from .output.review import progress

    baseline, all_checked = load_baseline(args), []
    for path, checked, failure in progress(check_many(files, cli, _today(args.today), getattr(args, "jobs", 1),
                                                      keep_source=args.format == "text", baseline=baseline),
                                           len(files), enabled=args.format != "json", stream=sys.stderr):
        if failure is None:
            if checked is not None:  # None: excluded by the configuration
                all_checked.append(checked)
                results.append(checked.result)
                failed = failed or checked.failed
            continue
        internal_errors += 1
        if args.debug:
            sys.stderr.write(failure.traceback)
        text = " ".join(str(failure.text).split())[:300]  # one line, whatever the exception says
        from .output.safetext import display, display_path

        print(f"reportlint: 内部错误：检查 {display_path(path)} 时出错（{failure.type_name}: {display(text)}）；"
              "加 --debug 查看详情", file=sys.stderr)
    if len(all_checked) > 1 or args.previous:  # one file alone has no pair: no cross-year module to import
        from .app.crossyear import after_run  # cross-year checks, once every file is checked

        failed = after_run(all_checked, args.previous, cli, _today(args.today), baseline) or failed
    _emit(args, results)
    if internal_errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK


def _emit(args: argparse.Namespace, results: list) -> None:
    color = {"always": True, "never": False}.get(args.color)
    from .app.workflow import render_other

    other = render_other(args, results)
    if other is not None:
        text = other
    elif args.format == "json":
        from .output import json as json_output

        text = json_output.render(results)
    elif args.format == "html":
        from .output import html as html_output

        text = html_output.render(results)
    else:
        import io

        from .output import console

        if args.output_file is None:
            console.render(results, sys.stdout, quiet=args.quiet, color=color)
            if args.summary:
                from .output import review as summary_output

                summary_output.render(results, sys.stdout, color=color)
            return
        buffer = io.StringIO()
        console.render(results, buffer, quiet=args.quiet, color=False)
        if args.summary:
            from .output import review as summary_output

            summary_output.render(results, buffer, color=False)
        text = buffer.getvalue()
    if args.output_file:
        from pathlib import Path

        from .output.fileio import write_atomic

        write_atomic(Path(args.output_file), text, inputs=[r.path for r in results])
    else:
        sys.stdout.write(text)


def cmd_rules(args: argparse.Namespace) -> int:
    from .app.engine import load_pack
    from .checks.registry import describe_rules
    from .output.safetext import SafeStream  # a pack's own text may hold control characters

    pack = load_pack(args.pack)
    rules = describe_rules(pack)
    width = max((len(r.id) for r in rules), default=10)
    out = SafeStream(sys.stdout)
    print(f"{pack.id} — {pack.name}", file=out)
    for rule in rules:
        print(f"{rule.code}  {rule.id.ljust(width)}  {rule.severity.value:<7}  {rule.check:<10}  {rule.summary}"
              f"  [{rule.source}]", file=out)
    return EXIT_OK


def cmd_rule(args: argparse.Namespace) -> int:
    from .app.engine import load_pack
    from .checks.registry import describe_rules

    pack = load_pack(args.pack)
    rules = describe_rules(pack)
    matches = [r for r in rules if r.id == args.rule_id] or [r for r in rules if r.code == args.rule_id.upper()]
    if not matches:
        raise UsageError(f"规则包 {pack.id} 中没有规则 {args.rule_id}（用 reportlint rules 列出全部规则）")
    from .output.safetext import SafeStream

    out = SafeStream(sys.stdout)
    for rule in matches:
        print(f"{rule.code} {rule.id}  ({rule.check}, {rule.severity.value})", file=out)
        print(f"{rule.summary}\n", file=out)
        print(rule.doc.strip(), file=out)
        print(file=out)
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    from .app.authoring import run
    from .output.safetext import SafeStream

    return run(args, SafeStream(sys.stdout))


def _settle_collector() -> None:
    """Keep Python's cyclic garbage collector from walking, again and again, what lives for the
    whole run.

    A one-file check allocates a great many long-lived objects (the libraries, our modules, the
    pack, the report's model) and hardly any cyclic garbage, yet the collector kept running full
    collections over all of it: measured, half of what a one-file check spent beyond its import
    floor (~90 M of ~180 M instructions).  ``gc.freeze`` moves what is alive at the start out of
    its sight (and keeps those pages shared with forked ``--jobs`` workers); the first
    generation's threshold goes from 700 to 10 000 allocations, so that collections, full ones
    included, come far less often.  Cyclic garbage is still collected.  Together these measured
    the same as turning the collector off (text report: 484 M -> 385 M instructions)."""
    import gc

    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def run() -> None:
    """The ``reportlint`` command (console script and ``python -m reportlint``): main(), then leave
    without tearing the interpreter down.

    At exit Python frees every object of the libraries and of the run, one by one: measured ~20 ms
    of a one-file check (more than reading and checking the report), for nothing a short-lived
    command needs.  So the output is flushed, the exit handlers run (the regex cache is saved
    there), and the process ends with ``os._exit``.  Where that cannot be done safely (a handler
    API this Python lacks, an output that cannot be flushed, such as a closed pipe), the normal
    exit happens instead, as before.  The collector is settled here too (``_settle_collector``):
    both are about the process, not about a caller of main()."""
    _settle_collector()
    code = main()
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        run_exit_handlers = None
    if run_exit_handlers is None:
        sys.exit(code)
    run_exit_handlers()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # without building the parser
        sys.stdout.write(f"reportlint {__version__}\n")
        return EXIT_OK
    parser = _parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (argparse printed it)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    from .model.diagnostics import ConfigError

    try:
        from .app.workflow import cmd_annotate, cmd_baseline

        handler = {"pack": cmd_pack, "check": cmd_check, "rules": cmd_rules, "rule": cmd_rule, "baseline": cmd_baseline,
                   "annotate": cmd_annotate}[args.command]
        return handler(args)
    except (ConfigError, UsageError) as exc:
        from .output.safetext import display_path  # a file name in it may hold control characters

        print(f"reportlint: {display_path(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reportlint: 已中断", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if getattr(args, "debug", False):
            raise
        text = " ".join(str(exc).split())[:300]
        print(f"reportlint: 内部错误（{type(exc).__name__}: {text}）；加 --debug 查看详情", file=sys.stderr)
        return EXIT_ERROR
