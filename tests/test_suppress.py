"""Inline suppressions: Markdown/text comments, Word comments in .docx, and RL105 for unused ones."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from reportgen import make_report, to_docx, to_markdown, to_text

ROW = "RL401 申请人合计不成立（（一）予以公开）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 3+0+0+0+0+8 = 11，总计 = 8，相差 3"


def bad_report():
    report = make_report(2023, 1)
    return report.set_t3("granted", 0, report.t3["granted"][0] + 3)


def concise(path: Path) -> list[str]:
    result = run_cli("check", "--format", "concise", "--today", "2026-01-01", path)
    assert result.code in (0, 1), result.err
    return result.out.splitlines()


def insert_lines(text: str, before: str, *new: str) -> str:
    lines = text.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith(before))
    return "\n".join(lines[:k] + list(new) + lines[k:])


def test_markdown_region_and_unused_suppression(tmp_path):
    text = to_markdown(bad_report())
    text = insert_lines(text, "## 三、", "<!-- reportlint-disable t3.row-total, RL7 -->", "")
    text = insert_lines(text, "## 四、", "<!-- reportlint-enable -->", "", "<!-- reportlint-disable RL601 -- 无日期问题 -->", "")
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    lines = concise(path)
    region_line = text.split("\n").index("<!-- reportlint-disable RL601 -- 无日期问题 -->") + 1
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:70:17: RL401 办理结果总计不成立（自然人）：（一）予以公开+（二）部分公开+")
    assert lines[1] == f"{path}:{region_line}:1: RL105 抑制注释“reportlint-disable RL601 -- 无日期问题”没有抑制任何问题"


def test_markdown_disable_all_until_the_end(tmp_path):
    text = insert_lines(to_markdown(bad_report()), "## 三、", "<!-- reportlint-disable -->", "")
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    assert concise(path) == []


def test_disable_next_line(tmp_path):
    report = make_report(2023, 1)
    report.date = "2024年2月30日"
    text = to_markdown(report)
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    assert concise(path) == [f"{path}:3:1: RL601 日期“2024年2月30日”不存在：2月没有30日"]
    path.write_text(insert_lines(text, "2024年2月30日", "<!-- reportlint-disable-next-line dates.invalid -->", ""),
                    encoding="utf-8")
    assert concise(path) == []
    path.write_text(insert_lines(text, "2024年2月30日", "<!-- reportlint-disable-next-line RL4 -->"), encoding="utf-8")
    assert concise(path) == [f"{path}:3:1: RL105 抑制注释“reportlint-disable-next-line RL4”没有抑制任何问题",
                             f"{path}:4:1: RL601 日期“2024年2月30日”不存在：2月没有30日"]


def test_text_comments(tmp_path):
    text = to_text(bad_report())
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    before = concise(path)
    assert len(before) == 2 and before[0].endswith(ROW)
    text = insert_lines(text, "三、", "<!-- reportlint-disable t3.row-total -->")
    text = insert_lines(text, "四、政府信息公开行政复议", "<!-- reportlint-enable -->")
    path.write_text(text, encoding="utf-8")
    after = concise(path)
    assert after == [before[1].replace(before[1].split(": ")[0], after[0].split(": ")[0])]
    assert after[0].split(": ")[0] != before[1].split(": ")[0]  # the line moved, the finding is the same


def _comment_on(document, runs_owner, text: str) -> None:
    runs = runs_owner.runs or [runs_owner.add_run("")]
    document.add_comment(runs, text=text, author="审核人", initials="SH")


def test_word_comment_suppresses_its_cell_and_reports_unused(tmp_path):
    import docx

    path = tmp_path / "r.docx"
    to_docx(bad_report(), path)
    before = concise(path)
    assert before == [f"{path}:表2:R6C10: {ROW}", before[1]]
    assert before[1].startswith(f"{path}:表2:R27C4: RL401 办理结果总计不成立（自然人）")
    document = docx.Document(str(path))
    t3 = document.tables[1]
    _comment_on(document, t3.cell(5, 9).paragraphs[0], "reportlint-disable RL401 已核实：原表如此")
    _comment_on(document, t3.cell(26, 3).paragraphs[0], "请再核对一下这个数")  # not a suppression
    _comment_on(document, document.paragraphs[1], "reportlint-disable RL6")
    document.save(str(path))
    assert concise(path) == [before[1], f"{path}:¶2: RL105 抑制注释“reportlint-disable RL6”没有抑制任何问题"]
