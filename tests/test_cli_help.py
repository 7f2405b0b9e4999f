"""Help and usage errors in the CLI's language (Chinese), every option with its help text, examples,
and ``reportlint rule CODE`` for every code the engine emits, its documentation rendered for a
terminal (no reST markup, no names of reportlint's insides)."""

from __future__ import annotations

import argparse
import re

import pytest

from conftest import run_cli
from reportlint import cli
from reportlint.app.engine import load_pack
from reportlint.checks import input as input_rules
from reportlint.checks.registry import describe_rules
from reportlint.output.ruledoc import for_terminal

COMMANDS = list(cli.COMMANDS)


def test_top_level_help_is_chinese_with_examples(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = run_cli("--help")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[:8] == [
        "用法：reportlint [-h] [--version] COMMAND ...",
        "",
        "检查报告文档（.docx、Markdown、文本、PDF）是否符合规则包：章节、表格、勾稽关系、数值、日期。",
        "",
        "选项:",
        "  -h, --help  显示本帮助并退出",
        "  --version   显示版本号并退出",
        "",
    ]
    assert lines[8:11] == ["命令:", "  COMMAND", "    check     检查报告文件或目录"]
    assert "示例：" in lines
    assert "  cat 报告.md | reportlint check -           从标准输入读取（按 Markdown 读）" in lines
    assert not re.search(r"usage:|positional arguments|options:|show this help", result.out)


def test_check_help_lists_every_option_in_chinese(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    out = run_cli("check", "--help").out
    assert out.startswith("用法：reportlint check [选项] PATH [PATH ...]\n\n检查报告文件或目录\n\n参数:\n")
    words = " ".join(out.split())  # as the terminal's width wraps it
    assert "--color {auto,always,never} 何时使用颜色：auto 输出到终端时（默认），always 总是，never 从不；也遵守环境变量 NO_COLOR" in words
    assert "--exit-zero 有问题时退出码也为 0（用法、配置或内部错误仍为 2）" in words
    assert "--stdin-filename NAME PATH 为 - 时标准输入的文件名" in words
    assert "\n退出码：0 没有达到 --fail-on 的问题；1 有；2 用法、配置或内部错误。\n" in out
    assert not re.search(r"usage:|positional arguments|options:|show this help", out)


def _actions(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)
        else:
            yield parser.prog, action


@pytest.mark.parametrize("command", COMMANDS)
def test_every_argument_and_option_has_help(command):
    """Every positional argument and option of every command, ``pack``'s subcommands included."""
    parser = cli._parser([command])
    missing = [(prog, action.dest) for prog, action in _actions(parser)
               if not action.help or action.help == argparse.SUPPRESS]
    assert missing == []


@pytest.mark.parametrize(("args", "stderr"), [
    (["check"], "用法：reportlint check [选项] PATH [PATH ...]\nreportlint check：错误：缺少必需的参数：PATH\n"),
    (["check", "--jobs", "x", "r.md"],
     "用法：reportlint check [选项] PATH [PATH ...]\nreportlint check：错误：参数 --jobs/-j：不是整数：'x'\n"),
    (["check", "--format", "xml", "r.md"],
     "用法：reportlint check [选项] PATH [PATH ...]\nreportlint check：错误：参数 --format：无效的选择：'xml'"
     "（可选：'text', 'json', 'jsonl', 'sarif', 'github', 'concise', 'html'）\n"),
    (["check", "--fail-on"], "用法：reportlint check [选项] PATH [PATH ...]\nreportlint check：错误：参数 --fail-on：需要一个值\n"),
    (["rules", "--nope"], "用法：reportlint [-h] [--version] COMMAND ...\nreportlint：错误：无法识别的参数：--nope\n"),
    (["pack", "new"], "用法：reportlint pack new [-h] [--language {zh,en}] NAME\nreportlint pack new：错误：缺少必需的参数：NAME\n"),
])
def test_usage_errors_are_chinese(args, stderr):
    result = run_cli(*args)
    assert (result.code, result.out, result.err) == (2, "", stderr)


def test_a_mistyped_command():
    result = run_cli("chek", "r.md")
    assert result.code == 2
    assert result.err == ("用法：reportlint [-h] [--version] COMMAND ...\nreportlint：错误：参数 COMMAND：无效的选择：'chek'"
                          "（可选：'check', 'baseline', 'annotate', 'rules', 'rule', 'pack'）\n")


@pytest.mark.parametrize(("english", "chinese"), [
    ("the following arguments are required: PATH, --x", "缺少必需的参数：PATH, --x"),
    ("argument -o/--output-file: expected one argument", "参数 -o/--output-file：需要一个值"),
    ("argument --today: expected at least one argument", "参数 --today：至少需要一个值"),
    ("argument X: invalid float value: 'a'", "参数 X：无效的 float 值：'a'"),
    ("ambiguous option: --s could match --select, --summary", "选项 --s 有歧义，可能是：--select, --summary"),
    ("argument --a: not allowed with argument --b", "参数 --a：不能与参数 --b 同时使用"),
    ("argument --a: ignored explicit argument 'x'", "参数 --a：不接受值 'x'"),
    ("one of the arguments --a --b is required", "必须给出参数 --a --b 之一"),
    ("something argparse may say one day", "something argparse may say one day"),
])
def test_argparse_messages_translated(english, chinese):
    assert cli.translate_argparse(english) == chinese


RL101_DOC = """\
RL101  (input, error)
文件无法作为报告读取

The file is not a readable .docx, Markdown, text or PDF report: empty, damaged, encrypted, a legacy
.doc, binary content, an undecodable encoding, or larger than the limits of the README's section
"What reportlint does with bad input".  The reason and what to do are in the message.

Failing example (a legacy Word file renamed):

    report.docx  →  RL101 无法读取：这是旧版 Word 97-2003（.doc）文件，不是 .docx；用 Word 另存为 .docx 后再检查

Passing example: the same report saved by Word as .docx.

"""


def test_rule_rl101_prints_its_documentation():
    result = run_cli("rule", "RL101")
    assert (result.code, result.err) == (0, "")
    assert result.out == RL101_DOC


def _engine_codes() -> list[str]:
    """Every code the engine emits: RL1xx declared by checks/input.py, and each check kind's."""
    pack = load_pack("cn-gov-disclosure-2021")
    return sorted({r.code for r in describe_rules(pack)} | {r.code for r in input_rules.RULES})


@pytest.mark.parametrize("code", _engine_codes())
def test_every_engine_code_has_documentation(code):
    result = run_cli("rule", code)
    assert result.code == 0, result.err
    assert result.out.startswith(code)
    assert "\nFailing example" in result.out and "\nPassing example" in result.out


# What must not reach a terminal reader: reST literals and roles, a trailing "::", and the names of
# reportlint's insides (module files, Class.member, dotted reportlint names).
LEAK = re.compile(r"``|::\s*$|:(?:func|mod|class|meth|attr):|[\w/]+\.py\b|\breportlint\.[a-z]|\b[A-Z][a-z]+[A-Z]\w*\.\w",
                  re.M)


@pytest.mark.parametrize("pack", ["cn-gov-disclosure-2021", "cn-gov-disclosure-2019"])
def test_rule_docs_have_no_markup_or_internal_names(pack):
    for rule in describe_rules(load_pack(pack)):
        shown = for_terminal(rule.doc)
        assert not LEAK.findall(shown), (rule.id, LEAK.findall(shown))


def test_rule_doc_rendering():
    doc = ("Runs over the facts (``model/facts.py``): while a file is checked, :func:`facts` keeps\n"
           "them (the other one also in\n``Diagnostic.related``) and ``prev.KEY`` names last year's (see :mod:`reportlint.binding`).\n"
           "Failing example::\n\n    x\n\nAnother ::\n\n    y\n\n::\n\n    z")
    assert for_terminal(doc) == (
        "Runs over the facts: while a file is checked, reportlint keeps\n"
        "them\nand “prev.KEY” names last year's.\n"
        "Failing example:\n\n    x\n\nAnother\n\n    y\n\n\n    z")
