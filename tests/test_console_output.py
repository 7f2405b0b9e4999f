"""Text output without colour is written directly, not through rich: it must be exactly what rich
prints for the same lines (output/console.py), for real findings and for messages holding markup-like
brackets, backslashes, tabs and control characters (the last two go through rich, which expands tabs
and drops some control codes)."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from conftest import RESULTS_TOTAL, run_cli
from reportgen import make_report, write_report
from reportlint.app.engine import RunOptions, check_path
from reportlint.model.diagnostics import CellRef, Diagnostic, FileResult, Severity, Status
from reportlint.model.document import Location
from reportlint.output import console, terminal
from reportlint.output.counts import RunStatus, summary
from reportlint.text.normalize import display_width


def _through_rich(results: list[FileResult], quiet: bool) -> str:
    """What render printed before the plain path: every finding's markup printed by rich, no colour."""
    out = io.StringIO()
    rich_console = Console(file=out, force_terminal=False, no_color=True, highlight=False, soft_wrap=True, emoji=False)
    for result in results:
        for d in result.diagnostics:
            rich_console.print("\n".join(console._diagnostic_lines(result, d, quiet, console._Markup(), rich_console.width)))
    if not quiet:
        rich_console.print(console.summary_line(summary(results), None, console._Markup()))
    return out.getvalue()


@pytest.mark.parametrize("suffix", [".md", ".txt", ".docx"])
@pytest.mark.parametrize("quiet", [False, True])
def test_plain_output_is_what_rich_prints(tmp_path, suffix, quiet):
    report = make_report(2023, seed=3).set_t3("granted", 0, 40)  # breaks identities: RL401 with cell tables
    path = tmp_path / f"report{suffix}"
    write_report(report, path)
    result = check_path(str(path), RunOptions(today=date(2026, 1, 1)))
    assert result.diagnostics and any(d.code == "RL401" and len(d.cells) > 1 for d in result.diagnostics)
    out = io.StringIO()
    console.render([result], out, quiet=quiet, color=False)
    assert out.getvalue() == _through_rich([result], quiet)
    assert "[/]" not in out.getvalue() and "[dim]" not in out.getvalue()  # no markup leaks into plain text


def _odd_result(message: str) -> FileResult:
    cells = [CellRef(table=2, row=3, col=4, row_label="行[a]", col_label="列\\", value="1[/]"),
             CellRef(table=2, row=4, col=4, row_label="合计", col_label="列\\", value="")]
    d = Diagnostic("RL401", "t.identity", "arithmetic", Severity.ERROR, message,
                   Location(table=2, row=3, col=4, row_label="行[a]", col_label="列\\", section="[b]节"),
                   status=Status.UNVERIFIABLE, cells=cells, help="改为 [bold]12[/bold]")
    return FileResult("x[1].docx", "docx", "p", 2023, [d])


@pytest.mark.parametrize("message", [
    "合计[red]不符[/red] \\[x] 末\\尾",  # markup-like text and backslashes: printed literally
    "制表符\t之后，回车\r之后",  # rich expands the tab and drops the carriage return
    "响铃\x07与换页\x0c",
])
def test_markup_like_text_and_control_characters_print_as_rich_prints_them(message):
    result = _odd_result(message)
    out = io.StringIO()
    console.render([result], out, color=False)
    assert out.getvalue() == _through_rich([result], quiet=False)
    if "\t" not in message and "\r" not in message and "\x07" not in message:
        assert message in out.getvalue() and "help: 改为 [bold]12[/bold]\n" in out.getvalue()


def test_a_trailing_backslash_is_printed_once():
    """rich doubles a backslash that ends an escaped text (its escape() adds one that its markup
    parser then keeps); the plain output prints the text as it is."""
    out = io.StringIO()
    console.render([_odd_result("路径 C:\\")], out, color=False)
    assert out.getvalue().startswith("RL401 无法核对：路径 C:\\\n")


def test_colour_output_still_goes_through_rich():
    result = _odd_result("合计不符")
    out = io.StringIO()
    console.render([result], out, color=True)
    assert "\x1b[1;31mRL401 无法核对：\x1b[0m合计不符" in out.getvalue()



class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("columns", [None, "100", "0", "wide"])
@pytest.mark.parametrize("color", [None, False])
def test_plain_output_and_its_width_are_decided_as_rich_decides(monkeypatch, columns, color):
    """Without rich (output/terminal.py), the same answer as rich's Console: plain, and as wide."""
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    stream = io.StringIO()
    rich_console = console._console(stream, color)
    assert (rich_console.color_system, terminal.plain_width(stream, color)) == (None, rich_console.width)


@pytest.mark.parametrize(("stream", "color", "env"), [
    (_Terminal(), None, {}), (io.StringIO(), True, {}), (io.StringIO(), None, {"FORCE_COLOR": "1"}),
    (io.StringIO(), None, {"TTY_COMPATIBLE": "1"}),
])
def test_what_may_be_coloured_is_left_to_rich(monkeypatch, stream, color, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert terminal.plain_width(stream, color) is None

# ---------------------------------------------------------------------------------------------
# What a person reads: severity in words, the verdict's mark, places a Word user can find.

REPO = Path(__file__).resolve().parents[1]
DOCX = REPO / "tests" / "data" / "samples" / "docx" / "section3_bad.docx"




def _text(*args: str) -> list[str]:
    return run_cli("check", "--color", "never", "--today", "2026-01-01", "--isolated", *map(str, args)).out.splitlines()


def test_severity_in_words_on_each_finding():
    """错误 / 警告 / 提示 / 无法核对 after the code, so that the severity reads without colour."""
    firsts = [line for line in _text(DOCX) if line.startswith("RL")]
    assert firsts[:4] == [
        "RL401 错误：申请人合计不成立（重复申请）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 2+0+0+0+0+0 = 2，总计 = 1，相差 1",
        "RL501 警告：单元格填写了“—”（三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人），应填写数字，没有发生的填 0",
        "RL402 无法核对：无法核对申请人合计（公开出版物）：“三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人”为空",
        # the 自然人 results add up to 12 with the "—" as 0, past the 总计 of 11: no number in its place mends it
        "RL401 错误：" + RESULTS_TOTAL,
    ]
    city = REPO / "tests" / "data" / "samples" / "real" / "text" / "2024-huaian-city-gov.txt"
    assert _text(city)[0] == "RL607 提示：未找到报告日期（标题下方的成文日期或发布日期）"


def test_severity_in_the_words_of_an_english_pack():
    lines = _text("--pack", REPO / "examples" / "packs" / "quarterly-financial-report.yaml", REPO / "examples" / "report-2023.md")
    assert lines[0] == 'RL201 error: section 1 "1. Summary" is missing'


def test_a_table_cell_in_word_terms():
    """The cell's grid place, its labels, the section, and a label cell to search for (never the bare
    value); in a row with merged cells, the grid column is said to be one and the cell's place as
    Word counts it is given."""
    lines = _text(DOCX)
    assert lines[1:4] == [
        f" --> {DOCX} 表1 第20行第10列  三、本年度办理结果/（五）不予处理/2．重复申请 × 申请人情况/总计",
        "   章节：三、收到和处理政府信息公开申请情况",
        "   查找：2．重复申请",
    ]
    i = lines.index("RL401 错误：" + RESULTS_TOTAL)
    assert lines[i + 1:i + 4] == [
        f" --> {DOCX} 表1 第25行第4列（按网格计；本行有合并单元格，是从左数第3格）  三、本年度办理结果/（七）总计 × 申请人情况/自然人",
        "   章节：三、收到和处理政府信息公开申请情况",
        "   查找：三、本年度办理结果",
    ]
    finds = [(lines[k - 2], line[len("   查找："):]) for k, line in enumerate(lines) if line.startswith("   查找：")]
    assert [text for where, text in finds if "表" in where and len(text) < 6] == []  # cells: six characters at least
    assert [text for _, text in finds if not re.search(r"[^\W\d_]", text)] == []  # never a bare number or dash


def test_a_paragraph_in_word_terms(tmp_path):
    """¶N quotes the paragraph's opening words (Word shows no paragraph numbers); 查找 gives the words
    around the number in question."""
    import docx

    from reportgen import to_docx

    path = tmp_path / "report.docx"
    to_docx(make_report(2023, 1), path)
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace("230件", "231件")
    document.save(str(path))
    lines = _text(path)
    assert lines[:4] == [
        "RL702 错误：文中收到申请数为 231 件，与表格不符：第一项/总计 = 230，或 第一项/总计+第二项/总计 = 230+0 = 230",
        f" --> {path} ¶7「（二）依申请公开。全…」",
        "   章节：一、总体情况",
        "   查找：全年新收政府信息公开申请231件。",
    ]
    styled = DOCX.with_name("zh_word_styles.docx")  # RL607 (no report date) points at its title
    title = [line for line in _text(styled) if line.startswith(" --> ") and "¶1" in line]
    assert title[0] == f" --> {styled} ¶1「镜管委2020年政府…」"


@pytest.mark.parametrize(("status", "mark"), [
    (RunStatus(1, True), "✗ "), (RunStatus(0, False), "✓ "), (RunStatus(2, False, 1), "✗ "), (RunStatus(0, True), ""),
])
def test_the_last_line_shows_a_cross_exactly_when_the_exit_code_is_not_zero(status, mark):
    counts = {"files": 1, "errors": 2, "warnings": 0, "infos": 0, "unverifiable": 0}
    checked = "检查了 1 个文件" + ("，1 个文件因内部错误未能检查" if status.internal_errors else "")
    assert console.summary_line(counts, status, console._Plain()) == f"{mark}2 个错误，0 个警告，0 条提示（{checked}）"


EXCERPT_80 = """\
表2
二、上年结转政府信息公开申请数量
  自然人             5
  商业企业           0
  科研机构           0
  社会公益组织       0
  法律服务机构       0
  其他               0
  总计           【3】"""

EXCERPT_100 = """\
表2
                                                                  社会公   法律服
                                   自然人   商业企业   科研机构   益组织   务机构   其他    总计
────────────────────────────────────────────────────────────────────────────────────────────────
二、上年结转政府信息公开申请数量        5          0          0        0        0      0   【3】"""

EXCERPT_200 = """\
表2
                                   自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他    总计
────────────────────────────────────────────────────────────────────────────────────────────────────────────
二、上年结转政府信息公开申请数量        5          0          0              0              0      0   【3】"""


@pytest.mark.parametrize(("columns", "expected"), [(80, EXCERPT_80), (100, EXCERPT_100), (200, EXCERPT_200)])
def test_table_excerpt_at_80_100_and_200_columns(monkeypatch, columns, expected):
    """A row of seven columns under a long row label: one line per cell in 80 columns, headers folded
    (never below two characters a line) in 100, one line of headers in 200."""
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = _text(REPO / "examples" / "report-2023-with-errors.md")
    start = lines.index("RL401 错误：申请人合计不成立（第二项）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 5+0+0+0+0+0 = 5，总计 = 3，相差 2")
    excerpt = lines[start + 5:lines.index("help: 总计（第二项）应为 5（现为 3），或更正参与计算的数字", start)]
    assert "\n".join(excerpt) == expected
    assert max(display_width(line) for line in excerpt) <= columns
