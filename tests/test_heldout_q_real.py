"""Real reports of the seventh held-out round, slice q (r1000–r1014: the newest reports, on 2024 and 2025).  Each
test reads the real text as it was found and asserts the exact findings: a report that names itself only as 本报告
and retitles its first section (r1000, 一、工作总体推进情况) is still recognised by its topic sub-headings; 督察考核与
责任追究 is the 监督保障 topic of section 一 (r1001).  A copy of a real text changed in a tmp folder shows each
finding is still made where it is due."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from realcorpus import changed, corpus

TODAY = ("--today", "2026-06-30", "--isolated")


def checked(path: Path) -> dict:
    return run_cli("check", "--format", "json", *TODAY, path).json["files"][0]


def findings(file: dict, *codes: str) -> list[tuple[str, str]]:
    return [(d["code"], d["message"]) for d in file["diagnostics"] if d["code"] in codes]


def test_a_report_that_says_it_is_one_is_known_by_its_topics_under_a_retitled_first_section():
    # r1000 (a town of 凌源市 2025): no title, no table, 一、工作总体推进情况 instead of 一、总体情况 — no title or label
    # of the form, so nothing was checked (RL102); its opening says 规定编制本报告 and its four topics are its points
    file = checked(corpus("r1000"))
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", 2025)
    assert findings(file, "RL102", "RL103", "RL204") == [
        ("RL103", "未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（应写内容的小标题 4 处，如“主动公开”，"
                  "正文自述“编制本报告”）；报告年度 2025 年，依据统计期限“2025年1月1日至2025年12月31日”；"
                  "机关层级：乡镇人民政府，依据正文自称“我镇”"),
        ("RL204", "标题“一、工作总体推进情况”与格式规定的“一、总体情况”不一致")]


def test_the_statistics_period_of_the_report_says_it_is_one_too(tmp_path):
    # the same text without 编制本报告: 报告数据统计期限为2025年1月1日… is what it says of itself
    path = changed(tmp_path, "r1000", "规定编制本报告。报告数据", "规定。报告数据")
    file = checked(path)
    assert file["pack"] == "cn-gov-disclosure-2021"
    assert "正文自述“报告数据统计期限为2025年1月1日”" in findings(file, "RL103")[0][1]


def test_without_what_it_says_of_itself_the_topics_alone_are_no_report(tmp_path):
    # a notice on 政务公开 lists the same points: without 编制本报告 or a report's statistics period, nothing is chosen
    path = changed(tmp_path, "r1000", "规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。", "规定。")
    assert checked(path)["pack"] is None


def test_the_topics_need_two_points_beside_what_the_text_says_of_itself(tmp_path):
    # one point and 编制本报告: two of three
    text = ("根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、工作开展情况\n(一)主动公开工作。"
            "我镇及时发布信息。\n")
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    assert checked(path)["pack"] is None


def test_ducha_kaohe_and_zeren_zhuijiu_are_the_jiandu_baozhang_topic():
    # r1001 (建平县 2025): 五是督察考核与责任追究情况 — it was RL205 "第一部分未涉及“监督保障”"
    assert findings(checked(corpus("r1001")), "RL205") == []


def test_an_overview_without_its_jiandu_baozhang_point_is_still_told(tmp_path):
    point = ("五是督察考核与责任追究情况。本年度继续将政务公开工作纳入全县绩效考核体系,采取日常检查和年末汇总的办法进行考核,"
             "通过考核和督导,有效推动了各乡镇场街、部门政务公开工作的规范化开展。\n")
    path = changed(tmp_path, "r1001", point, "")
    assert findings(checked(path), "RL205") == [("RL205", "第一部分未涉及“监督保障”")]
