"""Text output without colour is written directly, not through rich: it must be exactly what rich
prints for the same lines (output/console.py), for real findings and for messages holding markup-like
brackets, backslashes, tabs and control characters (the last two go through rich, which expands tabs
and drops some control codes)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from rich.console import Console

from reportgen import make_report, write_report
from reportlint.app.engine import RunOptions, check_path
from reportlint.model.diagnostics import CellRef, Diagnostic, FileResult, Severity, Status
from reportlint.model.document import Location
from reportlint.output import console
from reportlint.output.counts import summary


def _through_rich(results: list[FileResult], quiet: bool) -> str:
    """What render printed before the plain path: every finding's markup printed by rich, no colour."""
    out = io.StringIO()
    rich_console = Console(file=out, force_terminal=False, no_color=True, highlight=False, soft_wrap=True, emoji=False)
    for result in results:
        for d in result.diagnostics:
            rich_console.print("\n".join(console._diagnostic_lines(result, d, quiet, console._Markup(), rich_console.width)))
    if not quiet:
        counts = summary(results)
        mark = "✗" if counts["errors"] or counts["warnings"] else "✓"
        rich_console.print(f"[bold red]{mark} {counts['errors']} 个错误，{counts['warnings']} 个警告，{counts['infos']} 条提示"
                           + (f"，{counts['unverifiable']} 项无法核对" if counts["unverifiable"] else "")
                           + f"（检查了 {counts['files']} 个文件）[/]")
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
    assert out.getvalue().startswith("RL401 路径 C:\\ (无法核对)\n")


def test_colour_output_still_goes_through_rich():
    result = _odd_result("合计不符")
    out = io.StringIO()
    console.render([result], out, color=True)
    assert "\x1b[1;31mRL401\x1b[0m 合计不符" in out.getvalue()
