"""Numbered points (（一）, 1., 一是) follow on (prose.numbering-*); restarts and real-text quirks are not gaps."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from conftest import REPO
from reportgen import make_report, to_markdown
from reportlint.app.engine import RunOptions, check_path

TODAY = datetime.date(2025, 1, 1)
CORPUS = REPO / "tests" / "corpus"


def enum_findings(path: Path, pack: str | None = None) -> list:
    result = check_path(str(path), RunOptions(today=TODAY, pack=pack))
    return [d for d in result.diagnostics if d.rule.startswith("prose.numbering-")]


def report_with(tmp_path: Path, overview: list[str], problems: str | None = None) -> tuple[Path, list[str]]:
    """The generated 2023 report with the paragraphs of section 一 replaced (and of section 五, if given)."""
    report = make_report(2023, 1)
    md = to_markdown(report)
    start = md.index("（一）主动公开。")
    end = md.index("## 二、")
    md = md[:start] + "\n\n".join(overview) + "\n\n" + md[end:]
    if problems is not None:
        old = "一是政策解读形式还不够丰富；二是答复规范性有待提升。下一步将加强业务培训。"
        assert old in md
        md = md.replace(old, problems)
    path = tmp_path / "r.md"
    path.write_text(md, encoding="utf-8")
    return path, md.split("\n")


def where(d, lines: list[str]) -> tuple[int, str]:
    loc = d.location
    return loc.line, lines[loc.line - 1][loc.column - 1 : loc.end_column - 1]


FIVE = ["（一）主动公开。全年主动公开政府信息412条。", "（二）依申请公开。全年新收政府信息公开申请230件。",
        "（三）政府信息管理。落实信息发布审核制度。", "（四）政府信息公开平台建设。持续优化专栏。", "（五）监督保障。纳入年度考核。"]


def test_consistent_numbering_gives_nothing(tmp_path):
    path, _ = report_with(tmp_path, FIVE)
    assert enum_findings(path) == []


def test_inline_gap(tmp_path):
    text = "一是加强组织领导。二是完善制度；四是强化监督。"
    path, lines = report_with(tmp_path, FIVE, problems=text)
    [d] = enum_findings(path)
    assert (d.code, d.rule, d.severity.value, d.status.value) == ("RL705", "prose.numbering-gap", "warning", "fail")
    assert d.message == "编号不连续：“二是”之后是“四是”，缺少“三是”"
    assert d.help == "补上漏掉的一项，或把后面的编号依次改正"
    line, marked = where(d, lines)
    assert marked == "四是" and lines[line - 1] == text


def test_paragraph_gap_of_two(tmp_path):
    paras = FIVE[:2] + FIVE[4:]  # （一）（二）（五）
    path, lines = report_with(tmp_path, paras)
    [d] = enum_findings(path)
    assert (d.code, d.message) == ("RL705", "编号不连续：“（二）”之后是“（五）”，缺少“（三）”、“（四）”")
    assert where(d, lines)[1] == "（五）"


def test_duplicate_number(tmp_path):
    paras = FIVE[:2] + ["（二）政府信息管理。落实信息发布审核制度。"] + FIVE[3:]
    path, lines = report_with(tmp_path, paras)
    # the repeated （二） takes the third place: （四） after it is right (one mistake, one finding)
    [d] = enum_findings(path)
    assert (d.code, d.rule, d.severity.value) == ("RL706", "prose.numbering-repeat", "warning")
    assert d.message == "编号重复：“（二）”在“（二）”之后再次出现"
    line, marked = where(d, lines)
    assert marked == "（二）" and lines[line - 1] == "（二）政府信息管理。落实信息发布审核制度。"


def test_points_going_on_from_a_repeated_number_are_one_mistake(tmp_path):
    # r404 (西充县罐垭乡, 2023): （一）（二）（二）（三）（四） — the points after the repeated （二） go on from it;
    # one finding, on the second （二）, not a second one saying （三） "appears again"
    path = CORPUS / "r404_2023_xichong-guanyaxiang.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    [d] = enum_findings(path)
    assert (d.code, d.message, d.location.line) == ("RL706", "编号重复：“（二）”在“（二）”之后再次出现", 18)
    assert lines[17] == "(二)政府信息管理"
    # the same in a generated report
    paras = FIVE[:2] + ["（二）政府信息管理。落实信息发布审核制度。", "（三）政府信息公开平台建设。持续优化专栏。",
                        "（四）监督保障。纳入年度考核。"]
    path, lines = report_with(tmp_path, paras)
    [d] = enum_findings(path)
    assert (d.code, d.message) == ("RL706", "编号重复：“（二）”在“（二）”之后再次出现")
    assert where(d, lines)[1] == "（二）"


def test_number_going_back(tmp_path):
    paras = [FIVE[0], FIVE[2], FIVE[1], FIVE[3], FIVE[4]]  # （一）（三）（二）（四）（五）
    path, _ = report_with(tmp_path, paras)
    assert [(d.code, d.message) for d in enum_findings(path)] == [
        ("RL705", "编号不连续：“（一）”之后是“（三）”，缺少“（二）”"),
        ("RL706", "编号重复：“（二）”在“（三）”之后再次出现"),
    ]


@pytest.mark.parametrize("problems", [
    # 1. 2. under each sub-heading: a list starts again under a new point of a higher level
    "（一）存在的问题\n\n1.解读形式单一。\n\n2.答复不够规范。\n\n（二）改进措施\n\n1.加强培训。\n\n2.规范文书。",
    # a new 一是 starts the next topic's list
    "存在的问题：一是解读形式单一；二是答复不够规范。改进措施：一是加强培训；二是规范文书；三是强化考核。",
    # a list carried on into the next paragraph
    "一是解读形式单一。二是答复不够规范。\n\n三是平台功能不全。",
    # words that end in 一是 are no points: 统一是, 唯一是, 其一是
    "一是统一是基础。二是唯一是目标。三是其一是关键。",
    # a citation wrapped at the line end is no point: 第二十条第（五）项
    "一是落实《条例》第二十条第（五）项要求。二是规范答复。",
])
def test_restarts_and_lookalikes_are_not_gaps(tmp_path, problems):
    path, _ = report_with(tmp_path, FIVE, problems=problems)
    assert enum_findings(path) == []


def test_each_section_starts_again(tmp_path):
    # （一）…（五） in section 一, then （二） first in section 五: a list of its own, not a repeat
    path, _ = report_with(tmp_path, FIVE, problems="（二）改进措施。加强培训。")
    assert enum_findings(path) == []


def test_a_line_joined_to_the_previous_paragraph_keeps_its_number(tmp_path):
    # a text reader joins a line without 。 to the next: "(二)…0件" + "(三)…" is one paragraph, the
    # (三) is still at the start of its line
    text = (make_report(2023, 1).agency + "2023年政府信息公开工作年度报告\n\n一、总体情况\n\n"
            "(一)主动公开情况。全年主动公开政府信息32条。\n"
            "(二)依申请公开情况。全年共收到依申请公开0件,行政诉讼0件\n"
            "(三)政府信息管理情况。规范审核发布流程。\n"
            "(四)监督保障情况。修订工作制度。\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert enum_findings(path, pack="cn-gov-disclosure-2021") == []
    path.write_text(text.replace("(三)政府信息管理情况。规范审核发布流程。\n", ""), encoding="utf-8")
    [d] = enum_findings(path, pack="cn-gov-disclosure-2021")
    assert d.message == "编号不连续：“（二）”之后是“（四）”，缺少“（三）”"


@pytest.mark.parametrize(("doc", "quirk"), [
    ("r44", "a line without 。 joined to the next: (三) in the middle of a paragraph"),
    ("r51", "三) with its opening bracket lost"),
    ("r53", "2.2020年，… : a point that starts with a year"),
])
def test_real_reports_quirks_are_not_gaps(doc, quirk):
    [path] = [p for p in CORPUS.glob(f"{doc}_*") if p.suffix == ".txt"]
    pack = "cn-gov-disclosure-2019" if doc in ("r51", "r53") else "cn-gov-disclosure-2021"
    assert enum_findings(path, pack=pack) == [], quirk


def test_rule_documentation_has_a_failing_and_a_passing_example():
    from conftest import run_cli

    result = run_cli("rule", "prose.numbering-gap")
    assert result.code == 0
    assert "Failing example (a point skipped; a point used twice):\n\n    一是加强组织领导。二是完善制度。四是强化监督。\n" in result.out
    assert "Passing example: “一是…。二是…。三是…。”" in result.out


@pytest.mark.parametrize(("text", "marker"), [
    ("（三）政府信息管理", ("paren", 3)), ("三)政府信息管理", ("paren", 3)), ("(十二)其他", ("paren", 12)),
    ("（五）项规定", None),                      # a citation, not a point
    ("一、总体情况", ("top", 1)),
    ("1.属于", ("arabic", 1)), ("1、属于", ("arabic", 1)), ("１．属于", ("arabic", 1)), ("12.其他", ("arabic", 12)),
    ("2.2020年，街道…", ("arabic", 2)),          # a point that starts with a year
    ("1.5万件", None), ("123.其他", None), ("2、3月份", None),  # a decimal, a long number, a range
    ("（1）其他", ("arabic_paren", 1)), ("(１２)其他", ("arabic_paren", 12)),
    ("十一是", None),                            # inline markers are not line markers
])
def test_line_start_markers(text, marker):
    from reportlint.checks.prose import numbering as e

    names = {e.TOP: "top", e.PAREN: "paren", e.ARABIC: "arabic", e.ARABIC_PAREN: "arabic_paren"}
    found = e._start_marker(text, 0)
    assert (None if found is None else (names[found[0]], found[1])) == marker


def test_json_output_of_a_numbering_finding_keeps_the_contract(tmp_path):
    import json

    import jsonschema

    from conftest import run_cli
    from test_foundation import output_schema

    path, _ = report_with(tmp_path, FIVE, problems="一是加强组织领导。二是完善制度；四是强化监督。")
    result = run_cli("check", "--format", "json", "--today", "2025-01-01", str(path))
    payload = json.loads(result.out)
    jsonschema.validate(payload, output_schema())
    [d] = [d for f in payload["files"] for d in f["diagnostics"] if d["code"] == "RL705"]
    assert (d["check"], d["rule"], d["severity"]) == ("prose", "prose.numbering-gap", "warning")
