"""reportlint pack check / new / schema / test, and the built-in packs' examples (run in CI)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from reportlint.packs.load import available_packs

BUILTIN = sorted(p.stem for p in (REPO / "rules").glob("*.yaml"))


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_pack_examples_pass(name):
    result = run_cli("pack", "test", name)
    assert result.code == 0, result.out + result.err
    assert "✗" not in result.out


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_packs_have_passing_and_failing_examples(name):
    from reportlint.app.engine import load_pack

    pack = load_pack(name)
    assert any(not e.get("expect") for e in pack.examples)
    assert sum(1 for e in pack.examples if e.get("expect")) >= 2


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_packs_check_clean(name):
    result = run_cli("pack", "check", available_packs()[name])
    assert result.code == 0, result.out
    assert result.out.startswith(f"✓ {name} — ")


def test_check_reports_every_schema_problem_with_line_and_key(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("pack: p\nlanguage: fr\nsections:\n  items:\n    - id: a\n      title: 一、总体情况\n      colour: red\n"
                    "tables:\n  - id: t\n    rows: {a: A}\n", encoding="utf-8")
    result = run_cli("pack", "check", path)
    assert result.code == 2
    assert result.out.splitlines() == [
        f"{path}:2: language: 取值 'fr' 无效，可选：zh, en",
        f"{path}:7: sections.items[0].colour: 未知的键 'colour'（可用的键：id, match, numbering, required, title, topics, variants）"
        if False else f"{path}:7: sections.items[0].colour: 未知的键 'colour'（可用的键：id, match, required, title, topics, variants）",
        f"{path}:9: tables[0]: 缺少必需的键 'columns'",
        f"✗ 3 个问题（{path}）",
    ]


def test_check_reports_every_compile_problem(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(
        "pack: p\nsections:\n  items:\n    - id: a\n      title: 一、总体情况\n      match: '(unclosed'\n"
        "tables:\n  - id: t\n    section: nowhere\n    columns: {x: X}\n    rows: {a: A}\n"
        "  - id: u\n    columns: {x: X}\n    rows: {a: A, b: B, total: Total}\n"
        "identities:\n  - id: u.sum\n    table: u\n    assert: a + c == total\n"
        "  - id: u.other\n    table: missing\n    assert: a == b\n", encoding="utf-8")
    result = run_cli("pack", "check", path)
    assert result.code == 2
    assert result.out.splitlines() == [
        f"{path}:4: sections.a.match: 正则表达式错误：missing ), unterminated subpattern at position 0",
        f"{path}:9: tables.t.section: 未知的章节 id 'nowhere'",
        f"{path}:18: identities.u.sum.assert: 未知的键 'c'（可用：a, b, total）",
        f"{path}:20: identities.u.other.table: 未知的表格 id 'missing'",
        f"✗ 4 个问题（{path}）",
    ]


def test_check_reports_unknown_rule_in_severity_and_yaml_errors(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("pack: p\nseverity:\n  values.blank: 'off'\n  no.such.rule: warning\n", encoding="utf-8")
    result = run_cli("pack", "check", path)
    assert result.code == 2
    assert result.out.splitlines()[0] == (
        f"{path}:4: severity.no.such.rule: 没有 id 为 'no.such.rule' 的规则（reportlint rules --pack FILE 列出全部规则）")
    path.write_text("pack: p\ntables: [\n", encoding="utf-8")
    result = run_cli("pack", "check", path)
    assert result.code == 2
    assert result.out.startswith(f"{path}:3: YAML 语法错误")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_new_writes_a_pack_that_passes_check_and_test(tmp_path, language):
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run_cli("pack", "new", "my-report", "--language", language)
        assert result.code == 0, result.err
        path = tmp_path / "my-report.yaml"
        text = path.read_text(encoding="utf-8")
        assert "\n# yaml-language-server: $schema=pack.schema.json\n" in text
        assert "pack: my-report\n" in text
        assert run_cli("pack", "check", "my-report.yaml").code == 0
        tested = run_cli("pack", "test", "my-report.yaml")
        assert tested.code == 0, tested.out
        again = run_cli("pack", "new", "my-report")
        assert again.code == 2
        assert again.err == "reportlint: my-report.yaml: 文件已存在，不会覆盖；请换一个名称或先删除它\n"
        assert path.read_text(encoding="utf-8") == text
    finally:
        os.chdir(cwd)


def test_schema_prints_content_and_path():
    result = run_cli("pack", "schema")
    assert result.code == 0
    schema = json.loads(result.out)
    assert schema["title"] == "reportlint rule pack"
    path = run_cli("pack", "schema", "--path").out.strip()
    assert json.loads(Path(path).read_text(encoding="utf-8")) == schema


def test_every_schema_property_is_described():
    schema = json.loads(run_cli("pack", "schema").out)
    undocumented = []

    def walk(node, where):
        if isinstance(node, dict):
            for key, prop in (node.get("properties") or {}).items():
                if "description" not in prop and "$ref" not in prop:
                    undocumented.append(f"{where}.{key}")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    walk(schema, "")
    assert undocumented == []


def test_schema_is_valid_json_schema_and_accepts_the_packs():
    import jsonschema
    import yaml

    schema = json.loads(run_cli("pack", "schema").out)
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in [*sorted((REPO / "rules").glob("*.yaml")), *sorted((REPO / "examples" / "packs").glob("*.yaml"))]:
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


FAILING = """\
pack: t
language: en
sections:
  numbering: ^(?P<number>\\d)[.]
  items:
    - {id: a, title: 1. Alpha}
    - {id: b, title: 2. Beta}
dates: {report_date: false}
examples:
  - name: passes
    document: |
      # Test Report 2024

      ## 1. Alpha

      ## 2. Beta
  - name: fails
    document: |
      # Test Report 2024

      ## 1. Alpha
    expect:
      - {code: RL201, rule: sections.missing, line: 4}
      - {code: RL999, message: never}
"""


def test_pack_test_shows_a_diff_and_exits_1(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(FAILING, encoding="utf-8")
    result = run_cli("pack", "test", path)
    assert result.code == 1
    assert result.out.splitlines() == [
        "t：2 个示例",
        "  ✓ passes",
        "  ✗ fails",
        "      - expected, not produced: RL201  sections.missing  line 4",
        "      - expected, not produced: RL999  “never”",
        '      + produced, not expected: RL201  sections.missing  error  line 3  section 2 "2. Beta" is missing',
        "✗ 1 个示例未通过",
    ]


def test_examples_are_not_inherited(tmp_path):
    child = tmp_path / "child.yaml"
    child.write_text("pack: child\nextends: cn-gov-disclosure-2021\n", encoding="utf-8")
    result = run_cli("pack", "test", child)
    assert result.code == 0
    assert result.out.splitlines()[0] == "child：0 个示例"


def test_the_shipped_pack_schema_is_the_one_the_check_kinds_assemble():
    """``schemas/pack.schema.json`` (for editors) is exactly the core keys plus each built-in kind's
    fragment; regenerate it with ``reportlint pack schema > src/reportlint/schemas/pack.schema.json``."""
    from reportlint.checks.registry import builtin_kinds
    from reportlint.packs.package_data import package_file
    from reportlint.packs.schema import assemble, to_text

    assert package_file("schemas", "pack.schema.json").read_text(encoding="utf-8") == to_text(assemble(builtin_kinds()))
    assert run_cli("pack", "schema").out == to_text(assemble(builtin_kinds()))
