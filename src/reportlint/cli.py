"""Command line: argument parsing and exit codes only.

The arguments become a request (``app/commands.py``) and the command runs it.  Exit codes: 0 nothing
at or above ``--fail-on``; 1 something is; 2 a usage, configuration or internal error.  No traceback
reaches a user: an internal error prints one line naming the file it was checking, and ``--debug``
shows the traceback.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys

from . import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported where used: ``reportlint --version`` needs neither
    from collections.abc import Sequence
    from datetime import date

    from .app.config import CliOverrides

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "jsonl", "sarif", "github", "concise", "html")  # output/__init__.py: FORMATS

# Subcommands in the order ``reportlint --help`` lists them.
COMMANDS = {
    "check": "检查报告文件或目录",
    "baseline": "把当前的全部问题记入基线文件，以后只报告新问题",
    "annotate": "把问题作为批注写入 .docx 的副本（不修改原文件）",
    "rules": "列出规则包中的全部规则",
    "rule": "显示一条规则的说明（含不通过与通过的示例）",
    "pack": "规则包作者工具：check / new / schema / test",
}

EXAMPLES = """\
示例：
  reportlint check 报告.docx                 检查一个文件
  reportlint check reports/ --summary        检查目录中的全部报告，最后输出审阅汇总表
  reportlint check --format json 报告.md     JSON 输出，供脚本使用
  cat 报告.md | reportlint check -           从标准输入读取（按 Markdown 读）
  reportlint rule RL401                      一条规则的说明
  reportlint COMMAND --help                  一个命令的全部选项
"""

CHECK_EXAMPLES = """\
示例：
  reportlint check 报告.docx
  reportlint check reports/ --summary --fail-on warning
  reportlint check 2024.docx --previous 2023.docx
  reportlint check reports/ --format html -o review.html
  reportlint check - --stdin-filename 报告.txt < 报告.txt

退出码：0 没有达到 --fail-on 的问题；1 有；2 用法、配置或内部错误。
"""

# argparse's own messages (Python 3.11–3.13), in the CLI's language.  Matched in the text argparse
# hands to ``error()``; a message not listed here is shown as argparse wrote it.
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.+)", "无法识别的参数：{0}"),
    (r"invalid choice: (.+?) \(choose from (.+)\)", "无效的选择：{0}（可选：{1}）"),
    (r"invalid int value: (.+)", "不是整数：{0}"),
    (r"invalid (\S+) value: (.+)", "无效的 {0} 值：{1}"),
    (r"expected one argument", "需要一个值"),
    (r"expected at least one argument", "至少需要一个值"),
    (r"expected at most one argument", "最多只能有一个值"),
    (r"expected (\d+) arguments?", "需要 {0} 个值"),
    (r"ambiguous option: (.+?) could match (.+)", "选项 {0} 有歧义，可能是：{1}"),
    (r"not allowed with argument (.+)", "不能与参数 {0} 同时使用"),
    (r"ignored explicit argument (.+)", "不接受值 {0}"),
    (r"one of the arguments (.+) is required", "必须给出参数 {0} 之一"),
    (r"unknown parser (.+?) \(choices: (.+)\)", "未知的命令 {0}（可选：{1}）"),
)


def translate_argparse(message: str) -> str:
    """An argparse error message in Chinese (``argument X: …`` becomes ``参数 X：…``)."""
    import re

    found = re.fullmatch(r"argument (.+?): (.+)", message, re.S)
    if found:
        return f"参数 {found[1]}：{translate_argparse(found[2])}"
    for pattern, template in _ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message, re.S)
        if found:
            return template.format(*found.groups())
    return message


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter in Chinese ("用法："), with descriptions and epilogs kept as written, and
    sized without ``shutil`` (which argparse imports for every parser it makes, and which imports the
    bz2 and lzma modules): the same COLUMNS / terminal / 80 rule."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 30,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Chinese: its own ``-h`` help, arguments and options under Chinese
    headings (argument groups of ours, argparse's default ones stay empty and are not shown), and its
    error messages translated (``error`` is the documented place to change how errors are shown)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
        self._zh_arguments = self.add_argument_group("参数")
        self._zh_options = self.add_argument_group("选项")
        self._zh_options.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def add_argument(self, *names, **kwargs):  # type: ignore[no-untyped-def]
        optional = bool(names) and names[0][:1] in self.prefix_chars and names[0] != "-"
        return (self._zh_options if optional else self._zh_arguments).add_argument(*names, **kwargs)

    def error(self, message: str):  # type: ignore[no-untyped-def]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}：错误：{translate_argparse(message)}\n")


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
    """The command line parser.  Only the subcommand being run is made, with its options (argparse
    makes a help formatter and looks up translations for every option it adds); the others are made
    only when no known subcommand is named (``--help``, a mistyped command)."""
    parser = _Parser(
        prog="reportlint", usage="reportlint [-h] [--version] COMMAND ...", epilog=EXAMPLES,
        description="检查报告文档（.docx、Markdown、文本、PDF）是否符合规则包：章节、表格、勾稽关系、数值、日期。",
    )
    parser.add_argument("--version", action="version", version=f"reportlint {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(title="命令", dest="command", metavar="COMMAND")
    wanted = next((a for a in args if not a.startswith("-")), None)
    for name in [wanted] if wanted in COMMANDS else list(COMMANDS):
        command = sub.add_parser(name, prog=f"reportlint {name}", help=COMMANDS[name], description=COMMANDS[name])
        if name == wanted:
            _DEFINE[name](command)
    return parser


def _define_check(check: argparse.ArgumentParser) -> None:
    check.usage = "reportlint check [选项] PATH [PATH ...]"
    check.epilog = CHECK_EXAMPLES
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="文件或目录（目录中查找 .docx .md .markdown .txt .pdf）；从标准输入读取时写 -")
    check.add_argument("--format", choices=FORMATS, default="text", help="输出格式（默认 text）")
    check.add_argument("--pack", metavar="NAME|PATH", help="指定规则包（名称或 YAML 文件路径），不按年份自动选择")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None,
                       help="达到该严重程度时退出码为 1（默认 error，或配置文件中的 fail-on）")
    check.add_argument("--exit-zero", action="store_true", help="有问题时退出码也为 0（用法、配置或内部错误仍为 2）")
    check.add_argument("-q", "--quiet", action="store_true", help="只输出问题本身，不输出摘录和汇总")
    check.add_argument("--output-file", "-o", metavar="FILE", help="把结果写入文件（原子写入）")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="PATH 为 - 时标准输入的文件名：按它的扩展名选择读取方式（.docx .md .txt .pdf），"
                            "按它的位置查找配置文件，输出中也用这个名称；不给时按 Markdown 读取")
    check.add_argument("--today", metavar="YYYY-MM-DD", help="把这一天当作今天（用于核对日期，便于复现）")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                       help="何时使用颜色：auto 输出到终端时（默认），always 总是，never 从不；也遵守环境变量 NO_COLOR")
    check.add_argument("--debug", action="store_true", help="内部错误时显示完整的 traceback")
    check.add_argument("--previous", metavar="FILE",
                       help="上一年度的报告：与本次检查的报告做跨年度核对（不按标题配对）")
    check.add_argument("--summary", action="store_true", help="最后输出审阅汇总表（每个文件一行）")
    check.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                       help="并行检查的进程数（默认：CPU 个数；1 表示不并行）")
    check.add_argument("--select", action="append", metavar="CODES",
                       help="只报告这些代码前缀或规则 ID（逗号分隔，可重复；覆盖配置文件的 select）")
    check.add_argument("--ignore", action="append", metavar="CODES",
                       help="不报告这些代码前缀或规则 ID（逗号分隔，可重复；追加到配置文件的 ignore）")
    check.add_argument("--isolated", action="store_true", help="不读取任何配置文件")
    check.add_argument("--show-settings", action="store_true", help="显示对每个文件生效的设置，不检查")
    check.add_argument("--baseline", metavar="FILE", help="只报告基线文件（reportlint baseline 生成）中没有的问题")
    check.add_argument("--statistics", action="store_true", help="只输出每条规则的问题数（按数量排序）")


def _define_selection(parser: argparse.ArgumentParser) -> None:
    """What baseline and annotate share with check: the pack, the day, the selection."""
    parser.add_argument("--pack", metavar="NAME|PATH", help="指定规则包（名称或 YAML 文件路径），不按年份自动选择")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="把这一天当作今天（用于核对日期，便于复现）")
    parser.add_argument("--select", action="append", metavar="CODES", help="只包括这些代码前缀或规则 ID（逗号分隔，可重复）")
    parser.add_argument("--ignore", action="append", metavar="CODES", help="不包括这些代码前缀或规则 ID（逗号分隔，可重复）")
    parser.add_argument("--isolated", action="store_true", help="不读取任何配置文件")


def _define_baseline(baseline: argparse.ArgumentParser) -> None:
    baseline.epilog = "示例：\n  reportlint baseline reports/ -o reportlint-baseline.json\n" \
                      "  reportlint check --baseline reportlint-baseline.json reports/\n"
    baseline.add_argument("paths", nargs="+", metavar="PATH", help="要记入基线的文件或目录（与 check 的 PATH 相同）")
    baseline.add_argument("--output-file", "-o", default="reportlint-baseline.json", metavar="FILE",
                          help="基线文件（默认 reportlint-baseline.json）")
    _define_selection(baseline)


def _define_annotate(annotate: argparse.ArgumentParser) -> None:
    annotate.epilog = "示例：\n  reportlint annotate 报告.docx              写出 报告.checked.docx\n"
    annotate.add_argument("paths", nargs=1, metavar="REPORT.docx", help="要批注的 .docx 报告（不会被修改）")
    annotate.add_argument("--output-file", "-o", metavar="OUT.docx", help="写出的副本（默认 NAME.checked.docx）")
    annotate.add_argument("--author", default="reportlint", help="批注作者（默认 reportlint）")
    _define_selection(annotate)


def _define_rules(rules: argparse.ArgumentParser) -> None:
    rules.add_argument("--pack", default="cn-gov-disclosure-2021", metavar="NAME|PATH",
                       help="规则包的名称或 YAML 文件路径（默认 cn-gov-disclosure-2021）")


def _define_rule(rule: argparse.ArgumentParser) -> None:
    rule.epilog = "示例：\n  reportlint rule RL401\n  reportlint rule t3.balance\n  reportlint rule RL101\n"
    rule.add_argument("rule_id", metavar="ID|CODE", help="规则 ID（如 t3.balance）或代码（如 RL401、RL101）")
    _define_rules(rule)


def _define_pack(pack: argparse.ArgumentParser) -> None:
    """``reportlint pack check|new|schema|test`` (``app/authoring.py``)."""
    pack.epilog = "示例：\n  reportlint pack new my-report\n  reportlint pack check my-report.yaml\n" \
                  "  reportlint pack test my-report.yaml\n"
    pack_sub = pack.add_subparsers(title="子命令", dest="pack_command", metavar="SUBCOMMAND")
    check = pack_sub.add_parser("check", prog="reportlint pack check", help="校验规则包文件，列出全部问题（行号和键）")
    check.add_argument("file", metavar="FILE", help="规则包 YAML 文件")
    new = pack_sub.add_parser("new", prog="reportlint pack new", help="写一个带注释的起始规则包 NAME.yaml（不覆盖已有文件）")
    new.add_argument("name", metavar="NAME", help="规则包的名称（也是文件名，可带路径）")
    new.add_argument("--language", choices=["zh", "en"], default="zh", help="规则包语言（默认 zh）")
    schema = pack_sub.add_parser("schema", prog="reportlint pack schema", help="输出规则包的 JSON Schema（供编辑器补全和校验）")
    schema.add_argument("--path", action="store_true", help="只输出 schema 文件的路径")
    test = pack_sub.add_parser("test", prog="reportlint pack test", help="运行规则包中的 examples（示例文档及应得的诊断）")
    test.add_argument("file", metavar="FILE|NAME", help="规则包 YAML 文件或内置规则包的名称")


_DEFINE = {"check": _define_check, "baseline": _define_baseline, "annotate": _define_annotate, "rules": _define_rules,
           "rule": _define_rule, "pack": _define_pack}


def _today(value: str | None) -> date:
    from datetime import date

    from .model.diagnostics import UsageError

    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--today 应为 YYYY-MM-DD，收到 {value!r}") from None


def _codes(values: list[str] | None) -> list[str] | None:
    """``--select RL4,t3.balance --select RL5`` -> ["RL4", "t3.balance", "RL5"]."""
    if values is None:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _selection(args: argparse.Namespace) -> CliOverrides:
    from .app.config import CliOverrides

    return CliOverrides(pack=args.pack, fail_on=getattr(args, "fail_on", None), select=_codes(args.select),
                        ignore=_codes(args.ignore) or [], isolated=args.isolated)


def _run_command(args: argparse.Namespace) -> int:
    from .app import commands

    if args.command == "check":
        request = commands.CheckRequest(
            paths=args.paths, selection=_selection(args), today=_today(args.today), format=args.format,
            output_file=args.output_file, color={"always": True, "never": False}.get(args.color), quiet=args.quiet,
            summary=args.summary, statistics=args.statistics, show_settings=args.show_settings, baseline=args.baseline,
            previous=args.previous, jobs=args.jobs, debug=args.debug, stdin_filename=args.stdin_filename,
            exit_zero=args.exit_zero)
        return commands.check(request, sys.stdout, sys.stderr, stdin=sys.stdin)
    if args.command in ("baseline", "annotate"):
        request = commands.SelectionRequest(paths=args.paths, selection=_selection(args), today=_today(args.today),
                                            output_file=args.output_file, author=getattr(args, "author", "reportlint"))
        return (commands.baseline if args.command == "baseline" else commands.annotate)(request, sys.stderr)
    if args.command == "rules":
        return commands.rules(args.pack, sys.stdout)
    if args.command == "rule":
        return commands.rule(args.pack, args.rule_id, sys.stdout)
    from .app import authoring
    from .output.safetext import SafeStream  # a pack's own text may hold control characters

    return authoring.run(getattr(args, "pack_command", None), args, SafeStream(sys.stdout))


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
    from .model.diagnostics import ConfigError, UsageError

    try:
        return _run_command(args)
    except (ConfigError, UsageError) as exc:
        from .output.safetext import display_path  # a file name in it may hold control characters

        print(f"reportlint: {display_path(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reportlint: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of the output has gone (``| head``): nothing to say about it
        discard_stdout()
        return EXIT_OK
    except OSError as exc:
        if exc.errno not in _OUTPUT_FULL or getattr(args, "debug", False):
            return _internal_error(exc, args)
        return _output_failed(exc)
    except Exception as exc:
        return _internal_error(exc, args)


def _internal_error(exc: Exception, args: argparse.Namespace) -> int:
    """The last line of defence: one line, never a traceback (``--debug`` raises it again)."""
    if getattr(args, "debug", False):
        raise exc
    text = " ".join(str(exc).split())[:300]
    from .output.safetext import display

    print(f"reportlint: 内部错误（{type(exc).__name__}: {display(text)}）；加 --debug 查看详情", file=sys.stderr)
    return EXIT_ERROR


# Writing the output failed for want of room (ENOSPC, EDQUOT, EFBIG): the user's disk, not a bug.
_OUTPUT_FULL = {getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name)}


def _output_failed(exc: OSError) -> int:
    """Output that could not be written: one line on stderr, exit 2, and nothing more tried on stdout."""
    discard_stdout()
    print(f"reportlint: 无法写出结果（{exc.strerror or exc}）", file=sys.stderr)
    return EXIT_ERROR


def discard_stdout() -> None:
    """Send what is still buffered for standard output nowhere, once its reader has gone (``| head``
    closed the pipe): without this, Python's final flush would fail again and print "Exception
    ignored … BrokenPipeError" on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's StringIO): nothing to redirect
        pass


def _settle_collector() -> None:
    """Keep Python's cyclic garbage collector from walking, again and again, what lives for the whole
    run: ``gc.freeze`` moves what is alive at the start out of its sight (and keeps those pages shared
    with forked ``--jobs`` workers); collections come less often.  Cyclic garbage is still collected."""
    import gc

    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def _spare_exit_collections() -> None:
    """Keep the interpreter's exit from walking every object of the run for cycles (~12 M
    instructions of a one-file check, 3 %): what is alive now is frozen, so the collections of the
    exit pass it by; modules are still torn down and objects freed as before (open files flushed)."""
    import gc

    gc.freeze()


def run() -> None:
    """The ``reportlint`` command (console script and ``python -m reportlint``): main(), then a normal
    exit.  Output is flushed here so that a reader that went away (``| head``) is no error."""
    _settle_collector()
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        discard_stdout()
    except OSError as exc:
        code = _output_failed(exc)
    _spare_exit_collections()
    sys.exit(code)
