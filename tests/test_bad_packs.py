"""Issue 7: bad packs and configuration end in exit 2 with ``file:line: key: message`` on stderr,
never a traceback; and an internal error (a real plugin check that raises) prints one line naming
the file it was checking and ``--debug``, exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import run_cli
from reportgen import make_report, to_markdown

IDENTITY_PACK = """\
pack: e
name: E
tables:
  - id: t
    title: T
    columns: {{a: 甲}}
    rows: {{x: 一, y: 二}}
identities:
  - id: bad
    table: t
    assert: "{expr}"
"""


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    return path


def _pack_error(tmp_path: Path, name: str, text: str) -> str:
    pack = tmp_path / name
    pack.write_text(text, encoding="utf-8")
    result = run_cli("check", "--format", "json", "--pack", str(pack), str(_report(tmp_path)))
    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    return result.err


def test_malformed_yaml(tmp_path):
    err = _pack_error(tmp_path, "bad.yaml", "pack: x\n  name: [\n")
    assert err == f"reportlint: {tmp_path / 'bad.yaml'}:2: YAML 语法错误：mapping values are not allowed here\n"


def test_unknown_key(tmp_path):
    err = _pack_error(tmp_path, "unknown.yaml", "pack: x\nname: X\nfrobnicate: 1\n")
    assert err.startswith(f"reportlint: {tmp_path / 'unknown.yaml'}:3: frobnicate: 未知的键 'frobnicate'（可用的键：")


def test_wrong_type(tmp_path):
    err = _pack_error(tmp_path, "type.yaml", "pack: x\nname: X\nlanguage: 3\n")
    assert err == f"reportlint: {tmp_path / 'type.yaml'}:3: language: 应为字符串，实际是 3\n"


@pytest.mark.parametrize(("expr", "message"), [
    ("x + == y", "表达式语法错误：invalid syntax（第 5 个字符附近）"),
    ("__import__('os') == x", "不允许的函数 '__import__'（只允许 sum、abs）"),
    ("x.real == y", "不允许的表达式成分：Attribute"),
    ("(lambda: 1)() == y", "不允许的表达式成分：Call"),
    ("open('/etc/passwd') == y", "不允许的函数 'open'（只允许 sum、abs）"),
    ("z == y", "未知的键 'z'（可用：x, y）"),
])
def test_bad_expression(tmp_path, expr, message):
    err = _pack_error(tmp_path, "expr.yaml", IDENTITY_PACK.format(expr=expr.replace('"', '\\"')))
    assert err == f"reportlint: {tmp_path / 'expr.yaml'}:11: identities.bad.assert: {message}\n"


@pytest.mark.parametrize(("pattern", "why"), [
    ("(a|a)*b", "在重复的分组中使用了可以匹配相同文字的 | 分支（例如 (a|ab)*），可能导致灾难性回溯；请改写"),
    ("(?:报告|报)+x", "在重复的分组中使用了可以匹配相同文字的 | 分支（例如 (a|ab)*），可能导致灾难性回溯；请改写"),
    ("((a+))+b", "含有嵌套量词（重复里又有重复，例如 (a+)+），可能导致灾难性回溯；请改写"),
    ("(a+)+b", "含有嵌套量词（重复里又有重复，例如 (a+)+），可能导致灾难性回溯；请改写"),
])
def test_catastrophic_regex_is_rejected(tmp_path, pattern, why):
    err = _pack_error(tmp_path, "re.yaml", f"pack: r\nname: R\napplies:\n  title: '{pattern}'\n")
    assert err == f"reportlint: {tmp_path / 're.yaml'}:4: applies.title: 正则表达式 {pattern!r} {why}\n"


def test_safe_regexes_are_accepted():
    from reportlint.packs.regexes import backtracking_risk

    for pattern in ("(ab|ac)*b", "(镇|乡|街道)(人民政府|办事处)?", "[^。;]{0,30}?行政复议", "(?:abc){2,}", "\\d+件",
                    "(?:报告|年度)+x"):
        assert backtracking_risk(pattern) is None, pattern


def test_missing_pack_file(tmp_path):
    result = run_cli("check", "--pack", str(tmp_path / "missing.yaml"), str(_report(tmp_path)))
    assert result.code == 2
    assert result.err == (f"reportlint: 找不到规则包 '{tmp_path / 'missing.yaml'}'"
                          "（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）\n")


def test_extends_a_missing_pack(tmp_path):
    err = _pack_error(tmp_path, "child.yaml", "pack: c\nname: C\nextends: nowhere.yaml\n")
    assert err == f"reportlint: {tmp_path / 'child.yaml'}:3: extends: 找不到被继承的规则包 'nowhere.yaml'\n"


def test_pack_that_extends_itself(tmp_path):
    err = _pack_error(tmp_path, "self.yaml", "pack: self\nname: S\nextends: self.yaml\n")
    assert err == f"reportlint: {tmp_path / 'self.yaml'}:3: extends: extends 形成了循环（self.yaml → self.yaml）\n"


def test_extends_cycle_of_two(tmp_path):
    (tmp_path / "b.yaml").write_text("pack: b\nname: B\nextends: a.yaml\n", encoding="utf-8")
    err = _pack_error(tmp_path, "a.yaml", "pack: a\nname: A\nextends: b.yaml\n")
    assert err == f"reportlint: {tmp_path / 'b.yaml'}:3: extends: extends 形成了循环（a.yaml → b.yaml → a.yaml）\n"


# ---- an internal error ------------------------------------------------------------------------

PLUGIN = '''\
"""A check kind from an installed distribution that fails on every document."""
from reportlint.checks.base import RuleDef
from reportlint.model.diagnostics import Severity

KIND = "boom"
RULES = [RuleDef("boom.always", "RL991", Severity.WARNING, "always fails")]


def run(ctx, part):
    raise RuntimeError("插件出错了\\n第二行")
'''


def _install_failing_plugin(root: Path) -> dict[str, str]:
    """A real distribution on sys.path (a .dist-info with an entry point), no pip needed."""
    root.mkdir()
    (root / "boom_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "boom_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: boom-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[reportlint.checks]\nboom = boom_plugin\n", encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def test_internal_error_is_one_line_with_the_file_and_exit_2(tmp_path):
    env = _install_failing_plugin(tmp_path / "site")
    folder = tmp_path / "reports"
    folder.mkdir()
    good = folder / "a.md"
    good.write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    (folder / "b.md").write_bytes(b"")  # unreadable: an input diagnostic, no plugin runs
    cmd = [sys.executable, "-m", "reportlint", "check", "--format", "json", "--today", "2024-06-01", str(folder)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr == (f"reportlint: 内部错误：检查 {good} 时出错（RuntimeError: 插件出错了 第二行）；"
                           "加 --debug 查看详情\n")
    out = json.loads(done.stdout)  # the other file is still reported
    assert [(Path(f["path"]).name, [d["code"] for d in f["diagnostics"]]) for f in out["files"]] == [
        ("b.md", ["RL101"])]
    debug = subprocess.run([*cmd, "--debug"], capture_output=True, text=True, env=env, timeout=120)
    assert debug.returncode == 2
    assert "Traceback (most recent call last)" in debug.stderr
    assert 'raise RuntimeError("插件出错了\\n第二行")' in debug.stderr
    assert debug.stderr.endswith("加 --debug 查看详情\n")


def test_plugin_is_really_loaded(tmp_path):
    env = _install_failing_plugin(tmp_path / "site")
    code = textwrap.dedent("""
        from reportlint.checks.registry import plugin_kinds
        print([m.KIND for m in plugin_kinds()])
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == "['boom']"
