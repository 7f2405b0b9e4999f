"""The cross-year carry-over (RL901) from the text's sentence where table 三 is not read: the real 2023 and 2024 reports
of 重庆两江新区 (r1572, r1573 — crawled excerpts that stop in section 一) and copies of them changed in one place, and
each of them against the real 洪泽区 reports, whose table 三 is read (a pair with a table in one year, prose in the other)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import corpus_file, run_cli
from realcorpus import changed, folder_of
from reportlint.analysis.carried import read_carried
from reportlint.app import crossyear
from reportlint.app.engine import RunOptions, check_path, pack_loader
from reportlint.model.diagnostics import ConfigError
from reportlint.readers import read

SAMPLES = Path(__file__).resolve().parent / "data" / "samples" / "real" / "text"
HONGZE_2023, HONGZE_2024 = SAMPLES / "2023-huaian-hongze-district-gov.txt", SAMPLES / "2024-huaian-hongze-district-gov.txt"
OUT_2023 = "结转下年度继续办理政府信息公开申请7件"  # r1572: carried out of 2023
IN_2024 = "办结367件(含2023年结转13件)"  # r1573: carried into 2024
SAID_2024 = "本报告第 10 行文字“2024年,新区收到政府信息公开申请383件,办结367件(含2023年结转13件);”所述“上年结转政府信息公开申请数量”为 13"
SAID_2023 = "第 7 行文字“…申请278件,办结274件(含上年结转3件),结转下年度继续办理政府信息公开申请7件。”所述“结转下年度继续办理”为 7"


def crossdoc_of(*args: object) -> dict[str, list[tuple]]:
    """The cross-year findings of a CLI run, by file: code, expected, actual, message, line."""
    data = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", *args).json
    return {Path(f["path"]).name: [(d["code"], d["expected"], d["actual"], d["message"], d["location"]["line"])
                                   for d in f["diagnostics"] if d["check"] == "crossdoc"] for f in data["files"]}


def test_the_text_states_what_each_year_carried():
    said_2023 = read_carried(read(corpus_file("r1572")), 2023)
    said_2024 = read_carried(read(corpus_file("r1573")), 2024)
    assert {role: (int(c.value), c.location.line) for role, c in said_2023.items()} == {
        "carried_in": (3, 7), "carried_out": (7, 7)}
    assert {role: (int(c.value), c.location.line) for role, c in said_2024.items()} == {
        "carried_in": (13, 10), "carried_out": (16, 10)}


def test_lianjiang_2024_carried_in_13_where_2023_carried_out_7_folder_run(tmp_path: Path):
    folder = folder_of(tmp_path, corpus_file("r1572"), corpus_file("r1573"))
    found = crossdoc_of(folder)
    assert found[corpus_file("r1572").name] == []
    assert found[corpus_file("r1573").name] == [(
        "RL901", "7", "13",
        f"上年结转与上年报告不一致（总计）：{SAID_2024}，上年报告 {folder / corpus_file('r1572').name} 中{SAID_2023}", 10)]


def test_lianjiang_pair_through_the_library_call():
    options = RunOptions(today=date(2026, 6, 30))
    r2023, r2024 = (check_path(str(corpus_file(p)), options) for p in ("r1572", "r1573"))
    crossyear.run([r2023, r2024])
    assert [d for d in r2023.diagnostics if d.check == "crossdoc"] == []
    [d] = [d for d in r2024.diagnostics if d.check == "crossdoc"]
    assert (d.code, d.rule, d.expected, d.actual, d.location.line, d.location.column) == (
        "RL901", "crossdoc.carry-over", "7", "13", 10, 123)
    assert d.related == [str(corpus_file("r1572"))]
    assert d.cells == []  # no table cell: both figures are the text's
    assert SAID_2024 in d.message and SAID_2023 in d.message


def test_a_carry_out_that_agrees_is_silent(tmp_path: Path):
    earlier = changed(tmp_path, "r1572", OUT_2023, "结转下年度继续办理政府信息公开申请13件")
    assert crossdoc_of(folder_of(tmp_path, earlier, corpus_file("r1573")))[corpus_file("r1573").name] == []


def test_no_carry_out_said_in_words_or_as_0_is_0(tmp_path: Path):
    for n, said in enumerate(("无结转下年度继续办理的政府信息公开申请", "结转下年度继续办理政府信息公开申请0件")):
        folder = tmp_path / str(n)
        folder.mkdir()
        earlier = changed(folder, "r1572", OUT_2023, said)
        [(code, expected, actual, message, line)] = crossdoc_of(folder_of(folder, earlier, corpus_file("r1573")))[
            corpus_file("r1573").name]
        assert (code, expected, actual, line) == ("RL901", "0", "13", 10)
        assert "中第 7 行文字“" in message and f"(含上年结转3件),{said}。”所述“结转下年度继续办理”为 0" in message


def test_no_carry_in_said_in_words_is_0(tmp_path: Path):
    later = changed(tmp_path, "r1573", IN_2024, "办结367件,无上年结转申请")
    [(code, expected, actual, _, line)] = crossdoc_of(folder_of(tmp_path, corpus_file("r1572"), later))[later.name]
    assert (code, expected, actual, line) == ("RL901", "7", "0", 10)


def test_a_figure_said_twice_differently_is_not_read(tmp_path: Path):
    later = changed(tmp_path, "r1573", IN_2024, "办结367件(含2023年结转13件),上年结转申请7件")
    assert "carried_in" not in read_carried(read(later), 2024)
    [(code, _, _, message, _)] = crossdoc_of(folder_of(tmp_path, corpus_file("r1572"), later))[later.name]
    assert (code, message.split("：")[-1]) == ("RL903", "本报告中未找到“收到和处理政府信息公开申请情况表”表格")  # as without prose


def test_table_in_one_year_prose_in_the_other():
    # 洪泽区 2023's table 三 carries 0 forward; 两江新区 2024's text says 13 came in
    found = crossdoc_of(corpus_file("r1573"), "--previous", HONGZE_2023)
    [(code, expected, actual, message, line)] = found[corpus_file("r1573").name]
    assert (code, expected, actual, line) == ("RL901", "0", "13", 10)
    assert message == (f"上年结转与上年报告不一致（总计）：{SAID_2024}，上年报告 {HONGZE_2023} 中"
                       "“四、结转下年度继续办理/申请人情况/总计”为 0")
    # 两江新区 2023's text says 7 went out; 洪泽区 2024's table 三 says 0 came in (its cell, line 30)
    [(code, expected, actual, message, line)] = crossdoc_of(HONGZE_2024, "--previous", corpus_file("r1572"))[
        HONGZE_2024.name]
    assert (code, expected, actual, line) == ("RL901", "7", "0", 30)
    assert message == ("上年结转与上年报告不一致（总计）：本报告“二、上年结转政府信息公开申请数量/申请人情况/总计”为 0，"
                       f"上年报告 {corpus_file('r1572')} 中{SAID_2023}")


def test_the_table_wins_where_it_is_read(tmp_path: Path):
    # a sentence that says 5 came in beside table 三's 0: the table is compared (0 = 0), nothing said
    later = tmp_path / HONGZE_2024.name
    text = HONGZE_2024.read_text(encoding="utf-8")
    first = text.index("\n", text.index("一、总体情况")) + 1
    later.write_text(text[:first] + "本年度上年结转政府信息公开申请5件。\n" + text[first:], encoding="utf-8")
    assert int(read_carried(read(later), 2024)["carried_in"].value) == 5
    assert crossdoc_of(later, "--previous", HONGZE_2023)[later.name] == []


def test_jobs_2_gives_what_jobs_1_gives(tmp_path: Path):
    folder = folder_of(tmp_path, corpus_file("r1572"), corpus_file("r1573"), HONGZE_2023, HONGZE_2024)
    one, two = (run_cli("check", "--today", "2026-06-30", "--isolated", "--jobs", jobs, folder) for jobs in ("1", "2"))
    assert "RL901" in one.out
    assert (one.code, one.out) == (two.code, two.out)


def test_a_bracket_counts_only_after_all_the_years_applications():
    # r1351: the carried in of appeals (被申请行政复议9件(含上一年度结转1件)); r965: of one outcome (予以公开76件(含上年结转5件))
    assert read_carried(read(corpus_file("r1351")), 2025) == {}
    assert read_carried(read(corpus_file("r965")), 2025) == {}


def test_a_sentence_of_last_year_is_not_this_years_figure(tmp_path: Path):
    # a comparison with 2022 beside the year's own sentence: 7 is still what 2023 carried out
    earlier = changed(tmp_path, "r1572", "未发生政府信息公开收费情况。", "2022年,全区结转下年度继续办理3件。未发生政府信息公开收费情况。")
    assert {role: int(c.value) for role, c in read_carried(read(earlier), 2023).items()} == {"carried_in": 3, "carried_out": 7}


def test_pack_prose_keys_are_checked_naming_the_line(tmp_path: Path):
    pack = tmp_path / "p.yaml"
    head = "pack: p\nextends: cn-gov-disclosure-2021\ncrossdoc:\n  - id: x\n    table: t3\n    assert: carried_over == prev.carry_forward\n"
    pack.write_text(head + "    prose: {nonexistent: carried_in}\n    prose_along: total\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        pack_loader().load(str(pack))
    assert str(info.value).startswith(f"{pack}:7: crossdoc.x.prose: prose 中的键 'nonexistent' 不在表格 t3 中")
    pack.write_text(head + "    prose: {carried_over: carried_in}\n    prose_along: nowhere\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        pack_loader().load(str(pack))
    assert str(info.value).startswith(f"{pack}:8: crossdoc.x.prose_along: prose_along 应为表格 t3 的键")
