"""Real reports of the sixth held-out round, slice j (r800–r804: province departments' reports).  Each test reads
the real text as it was found and asserts the exact findings the round's causes changed: a table of contents
(titles with dot leaders and page numbers) taken for the sections, a heading with a stray full stop taken for a
title run into text, and a 其中 list whose sentence goes on past a semicolon into the part an excerpt cut off.  A
counter-case written into a copy of the real text (in a tmp folder) shows each finding is still made where it is
due."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

CORPUS = Path(__file__).parent / "corpus"


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def codes(path: Path) -> list[str]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [d["code"] for d in file["diagnostics"]]


def messages(path: Path, code: str) -> list[str]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [d["message"] for d in file["diagnostics"] if d["code"] == code]


# --- a table of contents is no section (r802, and r803 with it) -----------------------------------------------------

def test_a_table_of_contents_page_lacks_no_table_and_glues_no_title():
    # r802 (山东省交通运输厅, flipbook page 2: the contents): before, RL208 ×2 and RL301 ×7
    assert codes(corpus("r802")) == ["RL607", "RL209"]


def test_a_report_that_begins_with_its_table_of_contents_finds_its_sections_after_it(tmp_path):
    # r802's contents put before r803's report (广东省生态环境厅): before, RL208, RL301 ×7, RL202 on 一
    contents = corpus("r802").read_text(encoding="utf-8").split("\n", 2)[2]
    report = corpus("r803").read_text(encoding="utf-8")
    assert report.count("  附件:\n") == 1
    path = tmp_path / "with-contents.txt"
    path.write_text(report.replace("  附件:\n", "  附件:\n" + contents + "\n"), encoding="utf-8")
    assert codes(path) == ["RL103", "RL209"]
    assert messages(path, "RL209") == [
        "文档似乎不完整：正文在“一、总体情况”一节中途结束（最后是“有关环境信息。定期公布疫情防控期间城市空”），其后的章节和表格未检查"]


# --- a heading alone on its line with a full stop after it (r801; r803 so written) ----------------------------------

def test_a_heading_with_a_stray_full_stop_is_the_heading():
    # r801 (山东省交通运输厅 2023, Traditional mirror): "一、總體情況。" — before, RL208
    assert codes(corpus("r801")) == ["RL103", "RL607", "RL209"]


def test_the_same_on_another_report(tmp_path):
    report = corpus("r803").read_text(encoding="utf-8")
    assert report.count("  一、总体情况\n") == 1
    path = tmp_path / "stop.txt"
    path.write_text(report.replace("  一、总体情况\n", "  一、总体情况。\n"), encoding="utf-8")
    assert codes(path) == codes(corpus("r803")) == ["RL209"]


# --- a 其中 list that goes on past a semicolon into the cut (r800) --------------------------------------------------

def test_a_list_going_on_past_a_semicolon_into_the_cut_is_not_summed():
    # r800 (江苏省交通运输厅 2023): 473条, 其中 1件、6件、15条; …33条; …68条; … (cut): before, RL701
    assert codes(corpus("r800")) == ["RL607", "RL209"]


def test_the_same_list_ended_by_a_full_stop_is_summed(tmp_path):
    report = corpus("r800").read_text(encoding="utf-8")
    assert report.count("发布政策解读信息15条;") == 1
    path = tmp_path / "ended.txt"
    path.write_text(report.replace("发布政策解读信息15条;", "发布政策解读信息15条。"), encoding="utf-8")
    assert messages(path, "RL701") == ["文中各分项之和与合计不符：1件+6件+15条 = 22，写明的合计为 473 条，少 451 条"]
