"""Hostile input, items 10-14: packs, configurations and front matter that used to hang, exhaust
memory or end in "内部错误" are each one ``FILE:LINE: KEY: message`` (exit 2, and ``pack check``
lists it), or an RL101 for the front matter of a Markdown report.

- item 10: YAML alias bombs (six levels of ten aliases in a few hundred bytes took 4.8 s and 490 MB)
- item 12: numbers: infinite and NaN pack constants, 4,000-digit factors, cells of 29+ digits
- item 13: message templates naming unknown fields or attributes; impossible deadlines
- item 14: ``!!python/…`` tags, ``<<:`` merge keys, 10,000-deep YAML/TOML/front matter,
  100,000-term identities, an exclude glob ``[z-a]``
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import TIMEOUT, TODAY, report_folder, reportlint, snapshot
from reportgen import make_report, to_markdown

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return report_folder(tmp_path)


def _pack_refused(folder: Path, text: str, problem: str) -> None:
    """``pack check`` lists exactly ``problem`` (``pack.yaml:LINE: KEY: message``) and exits 2;
    ``check --pack`` stops with it on one line, exit 2; nothing in the folder changes."""
    pack = folder / "pack.yaml"
    pack.write_text(text, encoding="utf-8")
    before = snapshot(folder)
    listed = reportlint("pack", "check", pack, cwd=folder)
    assert (listed.returncode, listed.stderr) == (2, "")
    assert listed.stdout == f"{pack}:{problem}\n✗ 1 个问题（{pack}）\n"
    checked = reportlint("check", "--today", TODAY, "--pack", pack, folder / "report.md", cwd=folder)
    assert (checked.returncode, checked.stdout) == (2, "")
    assert checked.stderr == f"reportlint: {pack}:{problem}\n"
    assert snapshot(folder) == before


def _alias_bomb(levels: int) -> str:
    lines = ["pack: bomb", "name: B", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


# -- item 10: aliases --------------------------------------------------------------------------

@pytest.mark.parametrize("levels", [6, 8])
def test_an_alias_bomb_is_refused_before_it_expands(folder, levels):
    text = _alias_bomb(levels)
    assert len(text.encode()) < 600
    _pack_refused(folder, text, "3: a4[3][3][9][3][2]: YAML 别名（*name）展开后的值过多（超过 50000 个）；请不要层层引用别名")


def test_a_large_pack_without_aliases_is_read(folder):
    """The bound is on what aliases expand to: 20,000 values written out are read."""
    pack = folder / "pack.yaml"
    rows = ", ".join(f"r{i}: 行{i}" for i in range(10_000))
    pack.write_text(f"pack: p\nname: P\ntables:\n  - id: t\n    columns: {{a: 甲}}\n    rows: {{{rows}}}\n",
                    encoding="utf-8")
    done = reportlint("pack", "check", pack)
    assert (done.returncode, done.stderr) == (0, ""), done.stdout
    assert done.stdout.startswith("✓ p — P：0 个章节，1 张表")


def test_too_many_alias_references(folder):
    text = "pack: p\nname: P\nlist: &l [x]\nmany: [" + ", ".join(["*l"] * 1001) + "]\n"
    _pack_refused(folder, text, "3: many[1000]: YAML 别名（*name）过多：超过 1000 处")


def test_the_built_in_packs_use_aliases_and_still_load():
    pack = REPO / "rules" / "cn-gov-disclosure-2019.yaml"
    assert "*scope" in pack.read_text(encoding="utf-8")
    done = reportlint("pack", "check", pack)
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("✓ cn-gov-disclosure-2019 — ")


# -- item 14: tags, merge keys, keys, nesting ----------------------------------------------------

def test_an_extends_chain_of_hundreds_is_refused_at_the_twentieth(folder):
    """Each level is read and merged by a recursive call: 400 levels ended in RecursionError."""
    for i in range(400):
        (folder / f"p{i}.yaml").write_text(f"pack: p{i}\nname: P\n" + (f"extends: p{i + 1}.yaml\n" if i < 399 else ""),
                                           encoding="utf-8")
    before = snapshot(folder)
    done = reportlint("pack", "check", folder / "p0.yaml")
    assert (done.returncode, done.stderr) == (2, "")
    assert done.stdout == (f"{folder / 'p19.yaml'}:3: extends: extends 层数过多（超过 20 层）\n"
                           f"✗ 1 个问题（{folder / 'p0.yaml'}）\n")
    assert snapshot(folder) == before


def test_an_extends_chain_of_twenty_is_read(folder):
    for i in range(18):  # 18 packs, then the two built-in ones
        parent = f"s{i + 1}.yaml" if i < 17 else "cn-gov-disclosure-2021"
        (folder / f"s{i}.yaml").write_text(f"pack: s{i}\nname: S\nextends: {parent}\n", encoding="utf-8")
    done = reportlint("pack", "check", folder / "s0.yaml")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("✓ s0 — S：6 个章节，6 张表")


def test_a_python_tag_never_runs_code(folder):
    marker = folder.parent / "marker"
    text = f"pack: p\nname: !!python/object/apply:os.system ['touch {marker}']\n"
    _pack_refused(folder, text, "2: name: 不支持的 YAML 标签 !!python/object/apply:os.system：规则包只能写普通的映射、列表和文字")
    assert not marker.exists()


def test_a_python_name_tag(folder):
    _pack_refused(folder, "pack: p\nname: !!python/name:os.system\n",
                  "2: name: 不支持的 YAML 标签 !!python/name:os.system：规则包只能写普通的映射、列表和文字")


def test_a_tag_on_a_mapping(folder):
    _pack_refused(folder, "pack: p\nname: P\nsections: !!set {a, b}\n",
                  "3: sections: 不支持的 YAML 标签 !!set：规则包只能写普通的映射、列表和文字")


def test_a_merge_key(folder):
    text = "pack: p\nname: P\nbase: &b {id: t}\ntables:\n  - <<: *b\n    columns: {a: 甲}\n"
    _pack_refused(folder, text, "5: tables[0]: 不支持 YAML 合并键 <<：请把键逐个写出（或用 extends: 继承另一个规则包）")


def test_a_key_that_is_a_list(folder):
    _pack_refused(folder, "pack: p\nname: P\n? [a, b]\n: 1\n", "3: 键必须是文字，不能是列表或映射")


@pytest.mark.parametrize(("text", "line"), [
    ("pack: p\nname: " + "[" * 10_000 + "]" * 10_000 + "\n", 2),
    ("pack: p\nname: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n", 2),
    ("pack: p\nname: P\nsections:\n" + "".join(" " * (i + 1) + "k:\n" for i in range(1_200)), 53),
])
def test_deep_yaml(folder, text, line):
    _pack_refused(folder, text, f"{line}: YAML 嵌套过深（超过 50 层）")


def test_deep_yaml_without_libyaml(folder):
    """Where PyYAML has no libyaml, its pure-Python composer recursed until RecursionError."""
    pack = folder / "pack.yaml"
    pack.write_text("pack: p\nname: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    code = ("import sys, yaml\n"
            "del yaml.CSafeLoader\n"
            "from reportlint.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", code, "pack", "check", str(pack)], capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)
    assert (done.returncode, done.stderr) == (2, "")
    assert done.stdout == f"{pack}:2: YAML 嵌套过深（超过 50 层）\n✗ 1 个问题（{pack}）\n"


@pytest.mark.parametrize(("value", "problem"), [
    ("1" * 5_000, "无法读取的值 '" + "1" * 40 + "'：整数位数过多（5000 位）"),
    ("2001-13-45", "无法读取的值 '2001-13-45'：不是有效的日期或时间"),
    ("2001-02-30 10:00:00", "无法读取的值 '2001-02-30 10:00:00'：不是有效的日期或时间"),
])
def test_a_value_yaml_cannot_make(folder, value, problem):
    _pack_refused(folder, f"pack: p\nname: {value}\n", f"2: name: {problem}")


# -- item 12: numbers ------------------------------------------------------------------------------

IDENTITY = """\
pack: p
name: P
extends: cn-gov-disclosure-2021
identities:
  - id: extra
    table: t3
    for_each: column
    over: [natural]
    assert: "{expr}"
"""


@pytest.mark.parametrize(("value", "shown"), [(".nan", ".nan"), (".inf", ".inf"), ("-.Inf", "-.Inf"),
                                              ("1.0e+999", "1.0e+999")])
def test_non_finite_numbers_in_a_pack(folder, value, shown):
    text = f"pack: p\nname: P\nextends: cn-gov-disclosure-2021\nvalues:\n  - {{id: v, table: t3, row: new, column: natural, max: {value}}}\n"
    _pack_refused(folder, text, f"5: values[0].max: 数值必须是有限的数，不能是 {shown}")


def test_an_infinite_constant_in_an_identity(folder):
    _pack_refused(folder, IDENTITY.format(expr="new == carried_over + 1e999"),
                  "9: identities.extra.assert: 常数必须是有限的数，不能是 inf")


def test_a_100000_term_identity(folder):
    expr = " + ".join(["new"] * 100_000) + " == carried_over"
    _pack_refused(folder, IDENTITY.format(expr=expr),
                  f"9: identities.extra.assert: 表达式过长（{len(expr)} 个字符，上限 20000）")


def test_an_identity_of_more_than_1000_terms(folder):
    expr = "+".join(["new"] * 1_001) + "==new"
    _pack_refused(folder, IDENTITY.format(expr=expr), "9: identities.extra.assert: 表达式的项过多（1002 项，上限 1000）")


def test_an_identity_nested_too_deep(folder):
    expr = "-" * 15_000 + "new == new"
    _pack_refused(folder, IDENTITY.format(expr=expr),
                  "9: identities.extra.assert: 表达式嵌套过深（括号、正负号或乘法层层相套）")


def test_a_4000_digit_factor_is_exact(folder):
    factor = "1" + "0" * 4_000
    pack = folder / "pack.yaml"
    pack.write_text(IDENTITY.format(expr=f"new * {factor} == carried_over * {factor} + 1"), encoding="utf-8")
    report = make_report(2023, 1)
    new, carried = report.t3["new"][0], report.t3["carried_over"][0]
    done = reportlint("check", "--format", "json", "--today", TODAY, "--pack", pack, folder / "report.md")
    assert done.returncode == 1, done.stderr
    found = [d for d in json.loads(done.stdout)["files"][0]["diagnostics"] if d["rule"] == "extra"]
    assert [(d["code"], d["expected"], d["actual"]) for d in found] == [
        ("RL401", str(new * 10**4000), str(carried * 10**4000 + 1))]


def test_cells_of_40_digits_are_added_exactly(folder):
    big = 10**40 + 7
    (folder / "report.md").write_text(to_markdown(make_report(2023, 1).set_t3_total("new", big)), encoding="utf-8")
    done = reportlint("check", "--format", "json", "--today", TODAY, folder / "report.md")
    assert done.returncode == 1, done.stderr
    report = make_report(2023, 1)
    row_sum = sum(report.t3["new"])
    carried, results, forward = (sum(report.t3[k]) for k in ("carried_over", "results_total", "carry_forward"))
    found = [(d["rule"], d["expected"], d["actual"]) for d in json.loads(done.stdout)["files"][0]["diagnostics"]]
    assert found == [("t3.row-total", str(row_sum), str(big)),
                     ("t3.balance", str(big + carried), str(results + forward))]


# -- item 13: templates and deadlines -------------------------------------------------------------

TEMPLATES = {
    "identities": ("identities:\n  - id: t3.balance\n    table: t3\n    for_each: column\n"
                   "    assert: new + carried_over == results_total + carry_forward\n    {key}: \"{template}\"\n",
                   9, "identities.t3.balance", "along, diff, lhs, lhs_expr, lhs_full, lhs_values, rhs, rhs_expr, "
                   "rhs_full, rhs_values, title"),
    "prose": ("prose:\n  - id: mine\n    pattern: '收到申请{{n}}件'\n    numbers: {{n: \"t3[new,total]\"}}\n"
              "    {key}: \"{template}\"\n", 8, "prose.mine", "expected, scope, stated, table, title, unit"),
    "crossdoc": ("crossdoc:\n  - id: mine\n    table: t3\n    assert: carried_over == prev.carry_forward\n"
                 "    {key}: \"{template}\"\n", 8, "crossdoc.mine",
                 "along, current_cells, diff, file, lhs, lhs_expr, lhs_full, lhs_values, previous_cells, "
                 "previous_file, previous_year, rhs, rhs_expr, rhs_full, rhs_values, title, year"),
}


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
@pytest.mark.parametrize("key", ["message", "help"])
@pytest.mark.parametrize(("template", "problem"), [
    ("{{nope}}", "占位符 {{nope}} 未知（可用：{fields}）"),
    ("{{title.__class__.__mro__}}", "占位符 {{title.__class__.__mro__}} 无效：只能写字段名（可用：{fields}）"),
    ("{{title[0]}}", "占位符 {{title[0]}} 无效：只能写字段名（可用：{fields}）"),
    ("{{title:999999999}}", "格式 {{title:999999999}} 宽度过大（上限 1000）"),
])
def test_a_template_naming_what_its_rule_does_not_offer(folder, kind, key, template, problem):
    body, line, where, fields = TEMPLATES[kind]
    text = "pack: p\nname: P\nextends: cn-gov-disclosure-2021\n" + body.format(key=key, template=template.format())
    message = "消息模板中的" + problem.format(fields=fields).replace("{{", "{").replace("}}", "}")
    _pack_refused(folder, text, f"{line}: {where}.{key}: {message}")


@pytest.mark.parametrize(("value", "line"), [("'13-45'", 5), ("'02-30'", 5), ("'00-10'", 5)])
def test_an_impossible_deadline(folder, value, line):
    text = f"pack: p\nname: P\nextends: cn-gov-disclosure-2021\ndates:\n  deadline_department: {value}\n"
    _pack_refused(folder, text, f"{line}: dates.deadline_department: {value} 不是有效的月-日（MM-DD）")


# -- item 14: configuration ---------------------------------------------------------------------

def _config_refused(folder: Path, name: str, text: str, problem: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    before = snapshot(folder)
    done = reportlint("check", "--today", TODAY, folder / "report.md")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"reportlint: {folder / name}:{problem}\n"
    assert snapshot(folder) == before


def test_exclude_glob_with_a_reversed_range(folder):
    _config_refused(folder, "reportlint.toml", 'pack = "cn-gov-disclosure-2021"\nexclude = ["drafts/**", "[z-a]"]\n',
                    "2: exclude: glob '[z-a]' 中的字符范围 z-a 顺序颠倒（应写作 a-z）")


def test_override_glob_with_an_empty_class(folder):
    _config_refused(folder, "pyproject.toml", '[tool.reportlint]\nselect = ["RL4"]\n\n[[tool.reportlint.overrides]]\n'
                    'files = ["ok/**", "a[]"]\n', "5: overrides[0].files: glob 'a[]' 中有空的字符集 []")


def test_deep_toml(folder):
    _config_refused(folder, "reportlint.toml", '# [[[ in a comment\nname = "[[["\nselect = ' + "[" * 10_000
                    + "]" * 10_000 + "\n", "3: TOML 嵌套过深（超过 50 层的数组或内联表）")


def test_a_configuration_list_of_60000_globs(folder):
    """Every glob is matched against every file: 60,000 of them took 8.7 s over seven files."""
    globs = ", ".join(f'"x{i}*y"' for i in range(60_000))
    _config_refused(folder, "reportlint.toml", f"exclude = [{globs}]\n", "1: exclude: 项过多（60000 项，上限 1000）")


def test_globs_of_exclude_and_overrides_together(folder):
    globs = ", ".join(f'"x{i}*y"' for i in range(600))
    _config_refused(folder, "reportlint.toml", f"exclude = [{globs}]\n\n[[overrides]]\nfiles = [{globs}]\n",
                    "3: overrides: glob 过多（exclude 与 overrides 共 1200 个，上限 1000）")


def test_toml_integer_longer_than_python_reads(folder):
    _config_refused(folder, "reportlint.toml", 'fail-on = "error"\nx = ' + "1" * 5_000 + "\n",
                    "2: TOML 中的整数位数过多（5000 位）")


def test_a_glob_that_backtracked_is_matched_in_linear_time(folder):
    name = "a" * 200 + ".md"
    (folder / name).write_text(to_markdown(make_report(2023, 2)), encoding="utf-8")
    (folder / "reportlint.toml").write_text('exclude = ["*a*a*a*a*a*a*a*a*a*a*b"]\n', encoding="utf-8")
    done = reportlint("check", "--format", "json", "--today", TODAY, folder)
    assert done.returncode in (0, 1), done.stderr
    assert sorted(Path(f["path"]).name for f in json.loads(done.stdout)["files"]) == sorted([name, "report.md"])


# -- item 14: front matter ------------------------------------------------------------------------

@pytest.mark.parametrize(("front", "reason", "hint"), [
    ("title: " + "[" * 10_000 + "]" * 10_000, "文件开头 --- 之间的 YAML 前置信息嵌套过深",
     "前置信息只需写标题等几项，请删去多层嵌套的列表或映射"),
    ("x: [" + "1, " * 40_000 + "1]", "文件开头 --- 之间的 YAML 前置信息过大（117 KiB，上限 64 KiB）",
     "前置信息只需写标题等几项；正文请写在第二个 --- 之后"),
])
def test_hostile_front_matter_is_rl101(folder, front, reason, hint):
    body = (folder / "report.md").read_text(encoding="utf-8")
    (folder / "front.md").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    before = snapshot(folder)
    done = reportlint("check", "--format", "json", "--today", TODAY, folder)
    assert done.returncode == 1, done.stderr
    files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    assert [(d["code"], d["message"]) for d in files["front.md"]["diagnostics"]] == [
        ("RL101", f"无法读取：{reason}；{hint}")]
    assert files["report.md"]["pack"] == "cn-gov-disclosure-2021"
    assert snapshot(folder) == before


def test_an_alias_bomb_in_front_matter_is_read_without_expanding(folder):
    body = (folder / "report.md").read_text(encoding="utf-8")
    bomb = _alias_bomb(8).replace("pack: bomb\nname: B\n", "")
    (folder / "front.md").write_text(f"---\n{bomb}---\n{body}", encoding="utf-8")
    done = reportlint("check", "--format", "json", "--today", TODAY, folder)
    assert done.returncode in (0, 1), done.stderr
    files = {Path(f["path"]).name: f["diagnostics"] for f in json.loads(done.stdout)["files"]}
    assert files["front.md"] == files["report.md"]
