"""``--summary`` (the review table) and ``--format html`` (the review page, driven in headless Chromium)."""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportlint.app import crossyear as crossdoc
from reportlint.app.engine import RunOptions, check_path
from reportlint.cli import main
from reportlint.output import html as html_output
from reportlint.output import review, summarytable
from reportlint.text.normalize import display_width

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
TEXT = SAMPLES / "real" / "text"
Y2023, Y2024 = "2023-huaian-hongze-district-gov.txt", "2024-huaian-hongze-district-gov.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The 洪泽区 pair, 2024 with one carried number changed (RL901, and RL401 on the changed row and column)."""
    out = tmp_path / "reports"
    out.mkdir()
    for name in (Y2023, Y2024):
        shutil.copyfile(TEXT / name, out / name)
    p = out / Y2024
    p.write_text(p.read_text(encoding="utf-8").replace(
        "二、上年结转政府信息公开申请数量 |  |  | 0 |", "二、上年结转政府信息公开申请数量 |  |  | 3 |"), encoding="utf-8")
    return out


# Only the identities, the form version and the cross-year checks: the assertions below stay exact
# while other kinds of checks grow.
SELECT = ("RL4", "RL8", "RL9")


def checked(folder: Path):
    options = RunOptions(today=date(2025, 6, 1))
    results = [check_path(str(folder / n), options) for n in (Y2023, Y2024)]
    crossdoc.run(results)
    for r in results:
        r.diagnostics = [d for d in r.diagnostics if d.code.startswith(SELECT)]
    return results


def cli(*args: str) -> int:
    return main(["check", *args, "--today", "2025-06-01", "--isolated", "--select", ",".join(SELECT)])


def test_summary_rows(folder: Path):
    rows = review.rows(checked(folder))
    assert [(r.agency, r.year, r.form, r.pack, r.errors, r.warnings, r.unverifiable) for r in rows] == [
        ("洪泽区人民政府", "2023", "2021年版格式", "cn-gov-disclosure-2021", 2, 1, 0),
        ("淮安市洪泽区人民政府", "2024", "2021年版格式", "cn-gov-disclosure-2021", 3, 1, 0),
    ]
    assert rows[0].worst == "RL401 行政复议总计不成立（数据行）：结果维持+结果纠正…"
    assert rows[1].worst == "RL901 上年结转与上年报告不一致（自然人）：本报告“二、…"


def test_summary_table_ends_the_text_output(folder: Path, tmp_path: Path):
    """In a file: the wide layout, as wide as it needs; the folder the files share said once, in the title."""
    out = tmp_path / "review.txt"
    assert cli(str(folder), "--summary", "--color", "never", "-o", str(out)) == 1
    text = out.read_text(encoding="utf-8")
    tail = [line.strip() for line in text[text.index("审阅汇总"):].splitlines() if line.strip()]
    assert tail[0] == f"审阅汇总：{folder}/"
    assert re.split(r"\s{2,}", tail[1]) == ["文件", "机关", "年度", "格式版本", "规则包", "错误", "警告", "无法核对", "最严重的问题"]
    assert re.split(r"\s{2,}", tail[3]) == [
        Y2023, "洪泽区人民政府", "2023", "2021年版格式", "cn-gov-disclosure-2021", "2", "1", "0",
        "RL401 行政复议总计不成立（数据行）：结果维持+结果纠正…"]
    assert re.split(r"\s{2,}", tail[4]) == [
        Y2024, "淮安市洪泽区人民政府", "2024", "2021年版格式", "cn-gov-disclosure-2021", "3", "1", "0",
        "RL901 上年结转与上年报告不一致（自然人）：本报告“二、…"]
    assert len(tail) == 5


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as rich and the review table ask."""

    def isatty(self) -> bool:
        return True


TABLE_80 = """\
审阅汇总：reports/（规则包 cn-gov-disclosure-2021）

 文件               报告              错误   警告   无法核对   最严重的问题
 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 2023-huaian-hong   洪泽区人民政府       2      1          0   RL401
 ze-district-gov.   2023                                       行政复议总计不成
 txt                2021年版格式                               立（数据行）：结
                                                               果维持+结果纠正…
 2024-huaian-hong   淮安市洪泽区人       3      1          0   RL901
 ze-district-gov.   民政府                                     上年结转与上年报
 txt                2024                                       告不一致（自然人
                    2021年版格式                               ）：本报告“二、…
"""

TABLE_100 = """\
审阅汇总：reports/（规则包 cn-gov-disclosure-2021）

 文件                      报告                   错误   警告   无法核对   最严重的问题
 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 2023-huaian-hongze-dist   洪泽区人民政府            2      1          0   RL401
 rict-gov.txt              2023                                            行政复议总计不成立（数据
                           2021年版格式                                    行）：结果维持+结果纠正…
 2024-huaian-hongze-dist   淮安市洪泽区人民政府      3      1          0   RL901
 rict-gov.txt              2024                                            上年结转与上年报告不一致
                           2021年版格式                                    （自然人）：本报告“二、…
"""

TABLE_200 = """\
审阅汇总：reports/

  文件                                  机关                   年度   格式版本       规则包                   错误   警告   无法核对   最严重的问题
 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  2023-huaian-hongze-district-gov.txt   洪泽区人民政府         2023   2021年版格式   cn-gov-disclosure-2021      2      1          0   RL401 行政复议总计不成立（数据行）：结果维持+结果纠正…
  2024-huaian-hongze-district-gov.txt   淮安市洪泽区人民政府   2024   2021年版格式   cn-gov-disclosure-2021      3      1          0   RL901 上年结转与上年报告不一致（自然人）：本报告“二、…
"""


@pytest.mark.parametrize(("columns", "expected"), [(80, TABLE_80), (100, TABLE_100), (200, TABLE_200)])
def test_summary_table_in_a_terminal_of_80_100_and_200_columns(folder: Path, monkeypatch, columns, expected):
    """The terminal's width (COLUMNS, as rich reads it): file names relative to the working folder, the
    shared folder in the title; wide enough, one column per fact; narrower, the report's facts in one
    column, every cell wrapped within its column and no header folded."""
    monkeypatch.chdir(folder.parent)
    monkeypatch.setenv("COLUMNS", str(columns))
    stream = Terminal()
    review.render(review.rows(checked(Path("reports"))), stream, color=False)
    lines = [line.rstrip() for line in stream.getvalue().splitlines()]
    assert "\n".join(lines).strip("\n") + "\n" == expected
    assert max(display_width(line) for line in lines) <= columns


def test_summary_blocks_below_the_narrowest_table(folder: Path, monkeypatch):
    monkeypatch.chdir(folder.parent)
    stream = Terminal()
    review.render(review.rows(checked(Path("reports"))), stream, color=False, width=60)
    assert [line.rstrip() for line in stream.getvalue().splitlines()] == [
        "审阅汇总：reports/",
        Y2023,
        "  洪泽区人民政府 · 2023 · 2021年版格式 ·",
        "  cn-gov-disclosure-2021",
        "  错误 2 · 警告 1 · 无法核对 0",
        "  RL401 行政复议总计不成立（数据行）：结果维持+结果纠正…",
        Y2024,
        "  淮安市洪泽区人民政府 · 2024 · 2021年版格式 ·",
        "  cn-gov-disclosure-2021",
        "  错误 3 · 警告 1 · 无法核对 0",
        "  RL901 上年结转与上年报告不一致（自然人）：本报告“二、…",
    ]


def test_short_paths():
    assert summarytable.short_paths(["/w/reports/a/x.docx", "/w/reports/b/y.md"], cwd="/w") == ("reports/", ["a/x.docx", "b/y.md"])
    assert summarytable.short_paths(["./x.md", "y.md"], cwd="/w") == ("", ["x.md", "y.md"])
    assert summarytable.short_paths(["/elsewhere/r/x.md", "/elsewhere/r/y.md"], cwd="/w") == ("/elsewhere/r/", ["x.md", "y.md"])


def test_progress_only_on_a_terminal():
    stream = io.StringIO()  # not a terminal: the items pass through, nothing is drawn
    assert list(review.progress(iter(range(10)), 10, enabled=True, stream=stream)) == list(range(10))
    assert stream.getvalue() == ""


SGR = re.compile(r"\x1b\[[0-9;]*m")  # a colour or another text style


@pytest.mark.parametrize(("color", "no_color", "styled"), [(None, "", True), (False, "", False), (None, "1", False),
                                                          (True, "", True)])
def test_progress_bar_honours_color_never_and_no_color(monkeypatch, color, no_color, styled):
    """--color never (color False) and NO_COLOR draw the bar without any style; the bar is still drawn."""
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setenv("TERM", "xterm-256color")
    stream = Terminal()
    items = [(f"r{i}.md", None, None) for i in range(6)]
    assert list(review.progress(iter(items), 6, enabled=True, stream=stream, color=color)) == items
    drawn = stream.getvalue()
    assert "检查中" in drawn and "6/6" in drawn
    assert bool(SGR.search(drawn)) is styled


class Findings(HTMLParser):
    """The finding rows of a page, in document order, with whether each is hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | None]] = []
        self.hits: list[str] = []
        self.shown = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "finding" in (a.get("class") or ""):
            self.rows.append(a)
        if tag == "td" and "hit" in (a.get("class") or "").split():
            self._in = "hit"
        if a.get("id") == "shown":
            self._in = "shown"

    def handle_data(self, data):
        if self._in == "hit":
            self.hits.append(data)
        elif self._in == "shown":
            self.shown += data

    def handle_endtag(self, tag):
        self._in = None


def parse(page: str) -> Findings:
    p = Findings()
    p.feed(page)
    return p


def test_html_page_content(folder: Path):
    page = html_output.render(checked(folder))
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing fetched
    assert "<script src" not in page and "<link" not in page
    found = parse(page)
    assert [(r["data-code"], r["data-rule"], r["data-severity"]) for r in found.rows] == [
        ("RL802", "version.single-other", "warning"), ("RL401", "t4.review-total", "error"),
        ("RL401", "t4.after-review-total", "error"),
        ("RL901", "crossdoc.carry-over", "error"), ("RL401", "t3.row-total", "error"),
        ("RL802", "version.single-other", "warning"), ("RL401", "t3.balance", "error"),
    ]
    assert found.shown == "显示 7 / 7 条"
    # Each identity finding shows its cells, the one it points at highlighted: RL901 → 3 (上年结转), t3.row-total → 0 (总计),
    # t3.balance → 95 (（七）总计).
    assert found.hits == ["0", "0", "3", "0", "95"]
    assert "<th>四、结转下年度继续办理</th>" in page and "另见：" + str(folder / Y2023) in page
    assert "<td>淮安市洪泽区人民政府</td><td>2024</td><td>2021年版格式</td><td>cn-gov-disclosure-2021</td>" in page


def chromium() -> str:
    """The browser, or a skip that says how to get one; REPORTLINT_REQUIRE_BROWSER=1 (set by .ci/run)
    turns that skip into a failure, so CI always runs the browser test."""
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        reason = "no Chromium found: install it (Debian/Ubuntu: apt-get install chromium) to run the HTML page's browser test"
        if os.environ.get("REPORTLINT_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (REPORTLINT_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    return found


def browse(page: Path, fragment: str, profile: Path, *extra: str) -> str:
    """Open the page in headless Chromium (no network, no background services) and return the DOM
    after its scripts ran: the filter and sort come from the URL hash, as a bookmarked view would."""
    args = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
            f"--user-data-dir={profile}", *extra, page.as_uri() + fragment]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.mark.slow
def test_html_filters_and_sorts_in_a_real_browser(folder: Path, tmp_path: Path):
    page = tmp_path / "review.html"
    assert cli(str(folder), "--format", "html", "--output-file", str(page)) == 1
    profile = tmp_path / "chromium-profile"

    errors = parse(browse(page, "#severity=error", profile, "--dump-dom"))
    visible = [(r["data-code"], r["data-rule"]) for r in errors.rows if "hidden" not in r]
    assert visible == [("RL401", "t4.review-total"), ("RL401", "t4.after-review-total"),
                       ("RL901", "crossdoc.carry-over"), ("RL401", "t3.row-total"), ("RL401", "t3.balance")]
    assert errors.shown == "显示 5 / 7 条"

    by_rule = parse(browse(page, "#rule=crossdoc.carry-over", profile, "--dump-dom"))
    assert [(r["data-code"], r["data-file"]) for r in by_rule.rows if "hidden" not in r] == [("RL901", str(folder / Y2024))]

    by_code = parse(browse(page, "#sort=code&dir=desc", profile, "--dump-dom"))  # ties keep the file order
    assert [(r["data-code"], r["data-rule"]) for r in by_code.rows if "hidden" not in r] == [
        ("RL901", "crossdoc.carry-over"), ("RL802", "version.single-other"), ("RL802", "version.single-other"),
        ("RL401", "t4.review-total"), ("RL401", "t4.after-review-total"), ("RL401", "t3.row-total"),
        ("RL401", "t3.balance")]

    warnings = parse(browse(page, "#severity=warning", profile, "--dump-dom"))
    assert [r["data-file"] for r in warnings.rows if "hidden" not in r] == [str(folder / Y2023), str(folder / Y2024)]
    assert warnings.shown == "显示 2 / 7 条"

    shot = tmp_path / "review.png"  # a test artefact, kept out of the repository
    browse(page, "#severity=error", profile, f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class Options(HTMLParser):
    """The options of the page's rule filter: (value, text, selected)."""

    def __init__(self) -> None:
        super().__init__()
        self.options: list[tuple[str, str, bool]] = []
        self._in_rule = False
        self._open: tuple[str, bool] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "select":
            self._in_rule = a.get("id") == "f-rule"
        elif tag == "option" and self._in_rule:
            self._open = (a.get("value") or "", "selected" in a)

    def handle_data(self, data):
        if self._open is not None:
            self.options.append((self._open[0], data, self._open[1]))
            self._open = None

    def handle_endtag(self, tag):
        if tag == "select":
            self._in_rule = False


def rule_options(page: str) -> list[tuple[str, str, bool]]:
    parser = Options()
    parser.feed(page)
    return parser.options


DOCX = SAMPLES / "docx" / "section3_bad.docx"


def test_html_rule_filter_offers_code_and_rule():
    """RL401 and RL402 of one rule (t3.row-total) are two choices; a code several rules share (RL401: t3.row-total and
    t3.results-total) is one more."""
    result = check_path(str(DOCX), RunOptions(today=date(2026, 1, 1)))
    assert rule_options(html_output.render([result])) == [
        ("", "全部", False),
        ("RL201 sections.missing", "RL201 sections.missing", False),
        ("RL207 sections.not-heading", "RL207 sections.not-heading", False),
        ("RL401", "RL401（全部规则）", False),
        ("RL401 t3.results-total", "RL401 t3.results-total", False),
        ("RL401 t3.row-total", "RL401 t3.row-total", False),
        ("RL402 t3.row-total", "RL402 t3.row-total", False),
        ("RL501 values.blank", "RL501 values.blank", False),
    ]


@pytest.mark.slow
def test_html_rule_filter_in_a_real_browser(tmp_path: Path):
    """Choosing "RL402 t3.row-total" shows that RL402 only, not the rule's RL401; the dropdown shows
    what the URL hash asked for, an option or not."""
    page = tmp_path / "review.html"
    assert main(["check", str(DOCX), "--today", "2026-01-01", "--isolated", "--format", "html", "-o", str(page)]) == 1
    profile = tmp_path / "chromium-profile"
    dom = browse(page, "#rule=RL402%20t3.row-total", profile, "--dump-dom")
    assert [(r["data-code"], r["data-rule"]) for r in parse(dom).rows if "hidden" not in r] == [("RL402", "t3.row-total")]
    assert [value for value, _, selected in rule_options(dom) if selected] == ["RL402 t3.row-total"]
    # a code alone shows every rule's finding of that code (the results total is RL401: its blank cell cannot mend it)
    dom = browse(page, "#rule=RL401", profile, "--dump-dom")
    assert [(r["data-code"], r["data-rule"]) for r in parse(dom).rows if "hidden" not in r] == [
        ("RL401", "t3.row-total"), ("RL401", "t3.results-total")]
    assert [value for value, _, selected in rule_options(dom) if selected] == ["RL401"]
    dom = browse(page, "#rule=values.blank", profile, "--dump-dom")  # a rule id alone: not an option, shown all the same
    assert [(r["data-code"], r["data-rule"]) for r in parse(dom).rows if "hidden" not in r] == [("RL501", "values.blank")]
    assert [(value, text) for value, text, selected in rule_options(dom) if selected] == [("values.blank", "values.blank")]


def test_html_page_is_written_with_the_normal_file_mode(tmp_path: Path):
    page = tmp_path / "review.html"
    assert main(["check", str(DOCX), "--today", "2026-01-01", "--isolated", "--format", "html", "-o", str(page)]) == 1
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(page.stat().st_mode) == 0o666 & ~umask
