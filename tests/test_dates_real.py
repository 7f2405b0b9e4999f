"""The report date on real pages: where web pages print it (a metadata line with 来源/作者/浏览次数 around the
date, a label before it), and what is not one (the statistics period)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from realcorpus import changed

CORPUS = Path(__file__).parent / "corpus"


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def date_findings(path: Path, today: str) -> list[tuple[str, str]]:
    """The dates findings, with --today before the page's date so that RL604 names the date it read."""
    file = run_cli("check", "--format", "json", "--today", today, "--isolated", path).json["files"][0]
    return [(d["code"], d["message"]) for d in file["diagnostics"] if d["code"] in ("RL603", "RL604", "RL606", "RL607")]


@pytest.mark.parametrize(("prefix", "line", "date"), [
    # the date after another field of the page's metadata line
    ("r45", "来源:原创     发布时间:2023-01-31 13:24    浏览次数:次", "2023-01-31"),
    ("r209", "信息来源:正阳镇 作者:佚名 发布时间:2022-01-26 16:32 【 字体:", "2022-01-26"),
    ("r77", "来源:木塔乡人民政府 发布时间: 2025-01-20 10:00", "2025-01-20"),
    # the date first, the page's other fields after it
    ("r54", "发布时间: 2021-01-18 来源: 南源街 浏览次数:-", "2021-01-18"),
    ("r55", "2022年01月18日来源:1", "2022-01-18"),
    ("r72", "发布时间:2021-01-26", "2021-01-26"),
    # the page's metadata printed as a table
    ("r217", "| 生成日期 | 2026-01-23 16:24:38 | 是否有效 |", "2026-01-23"),
])
def test_the_publication_date_of_a_page_metadata_line(prefix, line, date):
    assert line in corpus(prefix).read_text(encoding="utf-8")
    assert date_findings(corpus(prefix), "2019-01-01") == [("RL604", f"报告日期 {date} 晚于今天（2019-01-01）")]
    # published on time, and found (no RL607); written the site's way, not the writer's: no RL606
    assert date_findings(corpus(prefix), "2026-06-30") == []


@pytest.mark.parametrize(("prefix", "line", "date"), [
    ("r301", "来源: 浏览次数: 发布时间: 2020-02-20 16:53", "2020-02-20"),
    ("r302", "发布机构 | 阿图什政府网 | 发布日期 | 2020-02-19 16:39 |", "2020-02-19"),
])
def test_a_town_report_published_after_31_january_on_a_page(prefix, line, date):
    assert line in corpus(prefix).read_text(encoding="utf-8")
    assert date_findings(corpus(prefix), "2026-06-30") == [
        ("RL603", f"报告日期 {date} 晚于法定期限 2020-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]


def test_a_date_in_the_page_metadata_bullet_list():
    # r402 (宣威市落水镇, 2024): the page lists its source and time as bullets under the title
    # ("  • 宣威市人民政府门户网" / "  • 2025-02-10 15:59"); the bullet is no part of the line (it was RL607
    # "no report date", the late publication missed)
    text = corpus("r402").read_text(encoding="utf-8")
    assert "\n  • 2025-02-10 15:59\n" in text
    assert date_findings(corpus("r402"), "2026-06-30") == [
        ("RL603", "报告日期 2025-02-10 晚于法定期限 2025-01-31（乡镇、街道的报告按 1 月 31 日掌握）")]


def test_a_date_the_writer_typed_keeps_its_house_style_note():
    # the sample's own date line (a PDF's text), not a page's metadata
    path = Path(__file__).parent / "data" / "samples" / "2020-jingpohu-pdf-extracted.txt"
    assert date_findings(path, "2026-06-30") == [("RL606", "日期“2021 年 1 月 25 日”宜写作“2021年1月25日”")]


def test_a_deadline_in_the_closing_lines_is_no_report_date(tmp_path):
    # the page rules (a date after 时间:) are for the lines above the text; in its last paragraphs a
    # "整改完成时间" is a plan, not the date the report was published
    from reportgen import make_report, to_markdown

    report = make_report(2023, seed=3, agency="示例县市场监督管理局")
    report.date = ""
    path = tmp_path / "r.md"
    path.write_text(to_markdown(report) + "\n整改完成时间：2024年6月30日\n", encoding="utf-8")
    assert date_findings(path, "2026-06-30") == [("RL607", "未找到报告日期（标题下方的成文日期或发布日期）")]


@pytest.mark.parametrize("prefix,line,fullwidth,expected", [
    ("r402", "  • 2025-02-10 15:59", "  • 2025-02-10 15：59",
     ("RL603", "报告日期 2025-02-10 晚于法定期限 2025-01-31（乡镇、街道的报告按 1 月 31 日掌握）")),
    ("r2177", "2021-02-22 14:29", "2021-02-22\u300014：29：05",
     ("RL603", "报告日期 2021-02-22 晚于法定期限 2021-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")),
])
def test_a_page_date_with_its_time_in_full_width_punctuation(tmp_path, prefix, line, fullwidth, expected):
    # a page set in full-width punctuation writes the time after the date as "15：59": the line is still the page's
    # publication line (it was RL607 "no report date", the late publication missed)
    assert date_findings(corpus(prefix), "2026-06-30") == [expected]
    assert date_findings(changed(tmp_path, prefix, line, fullwidth), "2026-06-30") == [expected]
