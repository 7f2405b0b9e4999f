"""Configuration: nearest reportlint.toml / [tool.reportlint], select/ignore/severity, overrides,
exclude (also for files named explicitly), fail-on, --show-settings, errors with file:line: key."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from reportgen import make_report, to_markdown

TODAY = ("--today", "2026-01-01")


def one_error_report(path: Path) -> Path:
    """A generated report with one changed cell: two RL401 findings (row total and column total)."""
    report = make_report(2023, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_markdown(report.set_t3("granted", 0, report.t3["granted"][0] + 3)), encoding="utf-8")
    return path


ROW = ":47:52: RL401 申请人合计不成立（（一）予以公开）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 3+0+0+0+0+8 = 11，总计 = 8，相差 3\n"
COL_PREFIX = ":68:17: RL401 办理结果总计不成立（自然人）："


def concise(*args: str):
    return run_cli("check", "--format", "concise", *TODAY, *args)


def test_without_config_both_findings(tmp_path):
    report = one_error_report(tmp_path / "r.md")
    result = concise(report)
    assert result.code == 1
    lines = result.out.splitlines(keepends=True)
    assert lines[0] == f"{report}{ROW}"
    assert lines[1].startswith(f"{report}{COL_PREFIX}")
    assert len(lines) == 2


def test_pyproject_ignore_and_severity(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.reportlint]\nignore = ["t3.results-total-2021"]\n'
        'severity = { "t3.row-total" = "warning" }\n', encoding="utf-8")
    report = one_error_report(tmp_path / "r.md")
    result = concise(report)
    assert result.out == f"{report}{ROW}"
    assert result.code == 0  # a warning, and fail-on is error
    json_out = run_cli("check", "--format", "json", *TODAY, report).json
    assert [d["severity"] for d in json_out["files"][0]["diagnostics"]] == ["warning"]


def test_fail_on_from_config_and_cli_override(tmp_path):
    (tmp_path / "reportlint.toml").write_text(
        'fail-on = "warning"\nseverity = { RL401 = "warning" }\n', encoding="utf-8")
    report = one_error_report(tmp_path / "r.md")
    assert concise(report).code == 1
    assert concise("--fail-on", "error", report).code == 0


def test_select_by_code_prefix_and_cli_select(tmp_path):
    (tmp_path / "reportlint.toml").write_text('select = ["RL5"]\n', encoding="utf-8")
    report = one_error_report(tmp_path / "r.md")
    assert concise(report).out == ""
    assert concise("--select", "RL4", "--ignore", "t3.results-total-2021", report).out == f"{report}{ROW}"


def test_nearest_config_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.reportlint]\nselect = ["RL5"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "reportlint.toml").write_text('ignore = ["t3.results-total-2021"]\n', encoding="utf-8")
    top = one_error_report(tmp_path / "r.md")
    inner = one_error_report(tmp_path / "sub" / "deeper" / "r.md")
    result = concise(top, inner)
    assert result.out == f"{inner}{ROW}"


def test_overrides_by_glob(tmp_path):
    (tmp_path / "reportlint.toml").write_text(
        'ignore = ["t3.results-total-2021"]\n\n[[overrides]]\nfiles = ["legacy/**"]\nignore = ["RL4"]\n'
        '\n[[overrides]]\nfiles = ["*.strict.md"]\nseverity = { RL401 = "info" }\n', encoding="utf-8")
    normal = one_error_report(tmp_path / "r.md")
    legacy = one_error_report(tmp_path / "legacy" / "2023" / "r.md")
    strict = one_error_report(tmp_path / "r.strict.md")
    result = concise(normal, legacy, strict)
    assert result.out == f"{normal}{ROW}{strict}{ROW}"
    infos = run_cli("check", "--format", "json", *TODAY, strict).json["files"][0]["diagnostics"]
    assert [d["severity"] for d in infos] == ["info"]


def test_exclude_applies_to_explicit_files(tmp_path):
    (tmp_path / "reportlint.toml").write_text('exclude = ["drafts/", "*.tmp.md"]\n', encoding="utf-8")
    draft = one_error_report(tmp_path / "drafts" / "r.md")
    temp = one_error_report(tmp_path / "x.tmp.md")
    result = concise(draft, temp)
    assert (result.code, result.out) == (0, "")
    assert concise("--isolated", temp).code == 1


def test_show_settings(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.reportlint]\npack = "cn-gov-disclosure-2021"\nselect = ["RL4", "RL5"]\nignore = ["dates.style"]\n'
        'severity = { "dates.style" = "off", RL501 = "error" }\nfail-on = "warning"\nexclude = ["drafts/**"]\n\n'
        '[[tool.reportlint.overrides]]\nfiles = ["legacy/*.md"]\nignore = ["RL501"]\n', encoding="utf-8")
    report = one_error_report(tmp_path / "legacy" / "r.md")
    result = run_cli("check", "--show-settings", "--ignore", "RL402", report)
    assert result.code == 0
    assert result.out == (
        f"file: {report}\n"
        f"config: {tmp_path / 'pyproject.toml'}\n"
        "excluded: no\n"
        "pack: cn-gov-disclosure-2021\n"
        "select: RL4, RL5\n"
        "ignore: dates.style, RL501, RL402\n"
        "severity: dates.style = off, RL501 = error\n"
        "fail-on: warning\n"
        "overrides: legacy/*.md\n"
    )
    draft = one_error_report(tmp_path / "drafts" / "r.md")
    assert "excluded: yes\n" in run_cli("check", "--show-settings", draft).out


def test_unknown_key_is_a_config_error_with_line(tmp_path):
    cfg = tmp_path / "reportlint.toml"
    cfg.write_text('select = ["RL4"]\n\ncolour = "red"\n', encoding="utf-8")
    result = concise(one_error_report(tmp_path / "r.md"))
    assert result.code == 2
    assert result.err == (f"reportlint: {cfg}:3: colour: 未知的配置项；可用：exclude, fail-on, ignore, overrides, "
                          "pack, select, severity\n")


def test_wrong_types_are_config_errors_with_line(tmp_path):
    cfg = tmp_path / "pyproject.toml"
    report = one_error_report(tmp_path / "r.md")
    cfg.write_text('[tool.other]\nselect = 1\n\n[tool.reportlint]\nfail-on = "warning"\nselect = "RL4"\n',
                   encoding="utf-8")
    assert concise(report).err == f"reportlint: {cfg}:6: select: 应为字符串数组，例如 [\"RL5\", \"dates.style\"]\n"
    cfg.write_text('[tool.reportlint]\nseverity = { "dates.style" = "loud" }\n', encoding="utf-8")
    assert concise(report).err == (f"reportlint: {cfg}:2: severity.\"dates.style\": 严重程度应为 "
                                   "error | warning | info | off 之一，收到 'loud'\n")
    cfg.write_text('[tool.reportlint]\n\n[[tool.reportlint.overrides]]\nfiles = ["a"]\n\n'
                   '[[tool.reportlint.overrides]]\nfiles = ["b"]\nselct = ["RL4"]\n', encoding="utf-8")
    result = concise(report)
    assert result.code == 2
    assert result.err == (f"reportlint: {cfg}:8: overrides[1].selct: 未知的配置项；overrides 中可用："
                          "files, ignore, pack, select, severity\n")
    cfg.write_text('[tool.reportlint]\nselect = [\n', encoding="utf-8")
    result = concise(report)
    assert result.code == 2 and result.err.startswith(f"reportlint: {cfg}:")


def test_a_pyproject_that_never_mentions_reportlint_is_not_parsed(tmp_path):
    """Another tool's broken pyproject.toml does not stop a check (reportlint cannot have a table
    there); the same breakage in a file that has the table is reported with its line."""
    report = one_error_report(tmp_path / "r.md")
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.black]\nline-length = [\n', encoding="utf-8")
    result = concise(report)
    assert result.code == 1 and result.err == ""
    assert result.out.splitlines(keepends=True)[0] == f"{report}{ROW}"
    cfg.write_text('[tool.black]\nline-length = [\n\n[tool.reportlint]\nselect = ["RL4"]\n', encoding="utf-8")
    result = concise(report)
    assert result.code == 2 and result.err.startswith(f"reportlint: {cfg}:") and "TOML" in result.err


def test_a_pyproject_that_names_reportlint_only_elsewhere_is_not_parsed(tmp_path):
    """A project that depends on reportlint or installs its script names it in pyproject.toml without
    the table: that file is not parsed (a breakage in another tool's part does not stop the check)."""
    report = one_error_report(tmp_path / "r.md")
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[project]\nname = "reportlint"\ndependencies = ["reportlint>=1"]\n\n[project.scripts]\n'
                   'reportlint = "reportlint.cli:run"\n\n[tool.black]\nline-length = [\n', encoding="utf-8")
    result = concise(report)
    assert (result.code, result.err) == (1, "")
    assert result.out.splitlines(keepends=True)[0] == f"{report}{ROW}"


@pytest.mark.parametrize("table", [
    '[tool.reportlint]\nselect = ["RL5"]\n',
    '[ tool . "reportlint" ]\nselect = ["RL5"]\n',
    "['tool'.reportlint]\nselect = ['RL5']\n",
    '[tool]\nreportlint = { select = ["RL5"] }\n',
    '[tool]\nreportlint.select = ["RL5"]\n',
    'tool.reportlint.select = ["RL5"]\n',
    'tool = { reportlint = { select = ["RL5"] } }\n',
    '"tool" = { "reportlint" = { select = ["RL5"] } }\n',
    '[[tool.reportlint.overrides]]\nfiles = ["*.md"]\nselect = ["RL5"]\n',
])
def test_the_table_is_found_however_toml_writes_it(tmp_path, table):
    """Every way TOML can write ``tool.reportlint`` (a header, dotted keys, a [tool] table, inline
    tables, quoted names, spaces around the dots) is parsed: the selection takes effect."""
    from reportlint.app.config import read_config

    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[project]\nname = "x"\n\n' * table.startswith("[") + table, encoding="utf-8")
    found = read_config(cfg)
    assert found is not None
    assert (found.select or found.overrides[0].select) == ["RL5"]
