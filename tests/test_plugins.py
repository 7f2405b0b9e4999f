"""Plugins: a check kind (entry point group ``reportlint.checks``) and a pack (``reportlint.packs``)
from another distribution, installed with pip into a fresh virtual environment next to reportlint
itself (installed from this checkout, not editable), and run through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.18"]
build-backend = "hatchling.build"

[project]
name = "reportlint-todo-plugin"
version = "0.1.0"
dependencies = ["reportlint"]

[project.entry-points."reportlint.checks"]
todo = "reportlint_todo.check"

[project.entry-points."reportlint.packs"]
memo-pack = "reportlint_todo:pack_path"

[tool.hatch.build.targets.wheel]
packages = ["reportlint_todo"]
"""

INIT = '''\
"""A pack shipped by a plugin: reportlint finds it by name through the reportlint.packs entry point."""
from pathlib import Path


def pack_path() -> Path:
    return Path(__file__).with_name("memo-pack.yaml")
'''

CHECK = '''\
"""todo: a draft must not keep placeholders such as TODO or XXX (a check kind from a plugin).

It owns the pack key ``todo`` (``words``: the placeholders to look for).

Failing example: ``Agree the figures. TODO: add the annex.`` → RL990 placeholder TODO left in the text

Passing example: ``Agree the figures.``
"""
import re

from reportlint.checks.base import RuleDef
from reportlint.model.diagnostics import ConfigError, Severity
from reportlint.model.document import Paragraph
from reportlint.packs.compile import src_line

KIND = "todo"
PACK_KEYS = ("todo",)
SCHEMA = {
    "properties": {"todo": {"$ref": "#/$defs/todo"}},
    "$defs": {"todo": {"type": "object", "additionalProperties": False, "required": ["words"],
                       "properties": {"words": {"type": "array", "items": {"type": "string"}}}}},
}
RULES = [RuleDef("todo.placeholder", "RL990", Severity.WARNING, {"en": "a placeholder is left in the text"})]
MESSAGES = {"left": {"en": "placeholder {word} left in the text", "zh": "文中留有占位符 {word}"}}


def compile(raw, pack):
    todo = raw.get("todo")
    if todo is None:
        return None
    words = todo["words"]
    if not words:
        raise ConfigError("todo.words is empty", *src_line(todo, "words"), "todo.words")
    return re.compile(r"\\b(" + "|".join(re.escape(w) for w in words) + r")\\b")


def run(ctx, pattern):
    doc = ctx.document
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for m in pattern.finditer(block.text):
            yield ctx.report("todo.placeholder", ctx.msg("left", word=m.group(1)),
                             doc.span_location(block, m.start(), m.end()), key=(m.group(1),))
'''

PACK = """\
pack: memo-pack
name: Internal memo
language: en
sections:
  numbering: ^(?P<number>\\d)[.]
  items:
    - {id: purpose, title: 1. Purpose}
    - {id: decision, title: 2. Decision}
dates: {report_date: false}
todo: {words: [TODO, XXX, TBD]}
"""

DOC = """\
# Memo on the 2024 Budget Report

## 1. Purpose

Agree the figures. TODO: add the annex.
"""


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)  # the virtual environment's own reportlint, never this checkout's
    return subprocess.run(args, capture_output=True, text=True, env=env, **kwargs)


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("plugin")
    plugin = base / "reportlint-todo-plugin"
    (plugin / "reportlint_todo").mkdir(parents=True)
    (plugin / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (plugin / "reportlint_todo" / "__init__.py").write_text(INIT, encoding="utf-8")
    (plugin / "reportlint_todo" / "check.py").write_text(CHECK, encoding="utf-8")
    (plugin / "reportlint_todo" / "memo-pack.yaml").write_text(textwrap.dedent(PACK), encoding="utf-8")
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)])
    assert made.returncode == 0, made.stderr
    # reportlint from this checkout, not editable (as a user installs it), then the plugin.
    installed = _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(REPO), str(plugin)])
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv


@pytest.mark.slow
def test_plugin_check_kind_and_pack_run(plugin_env, tmp_path):
    doc = tmp_path / "memo.md"
    doc.write_text(DOC, encoding="utf-8")
    result = _run([str(plugin_env / "bin" / "reportlint"), "check", "--format", "json", "--today", "2025-01-01",
                   "--pack", "memo-pack", str(doc)])
    assert result.returncode == 1, result.stderr
    diags = [(d["code"], d["rule"], d["severity"], d["message"], d["location"]["line"])
             for d in json.loads(result.stdout)["files"][0]["diagnostics"]]
    assert diags == [
        ("RL201", "sections.missing", "error", 'section 2 "2. Decision" is missing', 5),
        ("RL990", "todo.placeholder", "warning", "placeholder TODO left in the text", 5),
    ]


@pytest.mark.slow
def test_plugin_pack_key_is_validated_by_its_schema_fragment_and_compile(plugin_env, tmp_path):
    """The plugin's key is part of the pack schema (an unknown sub-key is refused with its line) and
    its compile runs when the pack is loaded (an empty word list is refused before any check)."""
    reportlint = str(plugin_env / "bin" / "reportlint")
    typo = tmp_path / "typo.yaml"
    typo.write_text("pack: typo\nextends: memo-pack\ntodo:\n  words: [TODO]\n  wrods: [XXX]\n", encoding="utf-8")
    result = _run([reportlint, "pack", "check", str(typo)])
    assert (result.returncode, result.stdout.splitlines()[0]) == (
        2, f"{typo}:5: todo.wrods: 未知的键 'wrods'（可用的键：words）")
    empty = tmp_path / "empty.yaml"
    empty.write_text("pack: empty\nextends: memo-pack\ntodo:\n  words: []\n", encoding="utf-8")
    result = _run([reportlint, "pack", "check", str(empty)])
    assert (result.returncode, result.stdout.splitlines()[0]) == (2, f"{empty}:4: todo.words: todo.words is empty")
    doc = tmp_path / "memo.md"
    doc.write_text(DOC, encoding="utf-8")
    result = _run([reportlint, "check", "--pack", str(empty), str(doc)])
    assert (result.returncode, result.stderr) == (2, f"reportlint: {empty}:4: todo.words: todo.words is empty\n")


@pytest.mark.slow
def test_rules_show_where_each_rule_comes_from(plugin_env):
    result = _run([str(plugin_env / "bin" / "reportlint"), "rules", "--pack", "memo-pack"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "memo-pack — Internal memo"
    todo = [line for line in lines if "todo.placeholder" in line]
    assert len(todo) == 1
    assert todo[0].endswith("[plugin reportlint-todo-plugin]")
    assert any("sections.missing" in line and line.endswith("[engine]") for line in lines)


def test_builtin_pack_rules_are_engine_or_pack():
    from reportlint.app.engine import load_pack
    from reportlint.checks.registry import describe_rules

    sources = {r.id: r.source for r in describe_rules(load_pack("cn-gov-disclosure-2021"))}
    assert sources["sections.missing"] == "engine"
    assert sources["t3.balance"] == "pack cn-gov-disclosure-2021"
    assert sources["t2-1.stock"] == "pack cn-gov-disclosure-2021"


@pytest.mark.slow
def test_installed_wheel_ships_the_pack_schema_and_builtin_examples(plugin_env):
    schema = _run([str(plugin_env / "bin" / "reportlint"), "pack", "schema", "--path"])
    assert schema.returncode == 0, schema.stderr
    path = Path(schema.stdout.strip())
    assert path.is_file() and plugin_env in path.parents  # inside the virtual environment, not this checkout
    tested = _run([str(plugin_env / "bin" / "reportlint"), "pack", "test", "cn-gov-disclosure-2021"])
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_one_scan_of_entry_points_files_answers_every_group(tmp_path):
    """The cheap scan (entrypoints.py) reads each entry_points.txt once for all groups; a group no
    file declares is known absent, and a zip on the path makes every answer 'maybe'."""
    from reportlint.packs import entrypoints

    site = tmp_path / "site"
    (site / "a_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "a_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nx = a:main\n\n[ reportlint.packs ]\nmine = a:pack\n", encoding="utf-8")
    (site / "other-2.0.dist-info").mkdir()  # no entry_points.txt
    assert entrypoints._declared_groups((str(site),)) == frozenset({"console_scripts", "reportlint.packs"})
    (tmp_path / "lib.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    assert entrypoints._declared_groups((str(site), str(tmp_path / "lib.zip"))) is None
