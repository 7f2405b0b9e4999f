"""Real reports of the seventh held-out round, slice m (r950–r959: universities, public enterprises, State Council
and province departments).  Each test reads the real text as it was found and asserts the exact findings the round's
causes changed: a university's 学年 report (《高等学校信息公开办法》) and a power company's report (供电企业信息公开 rules)
are other kinds of report than the government form the packs check (``applies.exclude``): RL102 as information,
naming the kind, where they were checked as government reports before (RL204 on 一、概述).  A counter-case written
into a copy of the real text (in a tmp folder) shows the exclusion reads only the title and the text before the
first section, so a government report that mentions those rules later is still checked."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file as corpus
from conftest import run_cli

CORPUS = Path(__file__).parent / "corpus"
UNIVERSITY = "未检查：这是高等学校信息公开年度报告（按《高等学校信息公开办法》编制），不是规则包所检查的报告；如需按某个规则包检查，" \
             "可用 --pack 指定（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）"
POWER = "未检查：这是供电企业信息公开年度报告（按供电企业信息公开的规定编制），不是规则包所检查的报告；如需按某个规则包检查，" \
        "可用 --pack 指定（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）"



def findings(path: Path, *args: str) -> tuple[str | None, list[tuple[str, str, str]]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", *args, path).json["files"][0]
    return file["pack"], [(d["code"], d["severity"], d["message"]) for d in file["diagnostics"]]


def test_a_universitys_school_year_report_is_not_checked_as_a_government_report():
    # r950, r952 (中山大学, titles "…学年信息公开…年度报告"): before, the 2021 pack and RL204 on 一、概述
    for prefix in ("r950", "r952"):
        assert findings(corpus(prefix)) == (None, [("RL102", "info", UNIVERSITY)])


def test_a_university_report_without_its_title_is_known_by_its_preamble():
    # r951 (长江大学): no title; the preamble names 《高等学校信息公开办法》 (before: RL102 "it seems no report")
    assert findings(corpus("r951")) == (None, [("RL102", "info", UNIVERSITY)])


def test_a_power_companys_report_is_not_checked_as_a_government_report():
    # r953 (国网洪泽区供电公司 2020, Traditional mirror): before, the 2019 pack; r954 (福州电业局 2011): before, RL102 as a
    # warning "2011 年没有对应的内置规则包"
    for prefix in ("r953", "r954"):
        assert findings(corpus(prefix)) == (None, [("RL102", "info", POWER)])


def test_a_forced_pack_still_checks_it():
    pack, found = findings(corpus("r950"), "--pack", "cn-gov-disclosure-2021")
    assert pack == "cn-gov-disclosure-2021"
    assert ("RL204", "warning", "标题“一、概述”与格式规定的“一、总体情况”不一致") in found


def test_a_power_company_in_the_government_form_is_checked():
    # r955 (台州电业局 2021): its section 一 cites 《供电企业信息公开实施办法》, after the first section's heading
    pack, found = findings(corpus("r955"))
    assert pack == "cn-gov-disclosure-2021"
    assert [code for code, _, _ in found] == ["RL103", "RL209"]


def test_the_rules_named_only_after_the_first_section_do_not_exclude(tmp_path):
    # r950's preamble moved below its 一、概述 heading (and 学年 out of its title): the packs check it again
    text = corpus("r950").read_text(encoding="utf-8")
    title, preamble, rest = text.split("\n", 2)
    head, body = rest.split("一、概述\n", 1)
    path = tmp_path / "moved.txt"
    path.write_text(title.replace("2024—2025学年", "2025年") + "\n一、概述\n" + preamble + "\n" + head + body,
                    encoding="utf-8")
    pack, found = findings(path)
    assert pack == "cn-gov-disclosure-2021"
    assert ("RL204", "warning", "标题“一、概述”与格式规定的“一、总体情况”不一致") in found


def test_a_university_report_is_known_by_its_preamble_on_another_page():
    # r962 (a 天津 university, 2015-2016学年, no title): before, RL102 as a warning "未找到报告标题…"
    assert findings(corpus("r962")) == (None, [("RL102", "info", UNIVERSITY)])


# --- last year's report quoted in section 一 is not this report's name (r960) -----------------------------------------

def year_of(path: Path) -> int | None:
    return run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]["report_year"]


def test_last_years_report_published_this_year_does_not_give_the_year():
    # r960 (国家新闻出版署 2022, no title): 一 says "公开发布《国家新闻出版署2021年政府信息公开工作年度报告》"; before, year 2021
    assert year_of(corpus("r960")) == 2022


def test_a_report_quoting_its_own_name_before_section_one_still_gives_the_year(tmp_path):
    # the same sentence put in r960's opening, before 一、总体情况: there it names the report itself
    text = corpus("r960").read_text(encoding="utf-8")
    opening = "现发布《国家新闻出版署2021年政府信息公开工作年度报告》。\n"
    path = tmp_path / "named.txt"
    path.write_text(opening + text, encoding="utf-8")
    assert year_of(path) == 2021


# --- a report of a pack's kind whose year no pack covers is a report (r961) ------------------------------------------

def test_a_2018_report_with_its_title_read_keeps_the_warning():
    # r961 (生态环境部 2018, PDF text whose section numbers were lost): before, RL102 information "看来不是报告"
    assert findings(corpus("r961")) == (None, [(
        "RL102", "warning",
        "没有适用的规则包：2018 年没有对应的内置规则包；可用 --pack 指定（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）")])


def test_the_same_on_another_report_without_its_own_name(tmp_path):
    # r966 (陕西省知识产权局 2023): its 一 names the report, then quotes last year's; without its own sentence the year
    # still comes from "2023年,省知识产权局…", not from 《陕西省知识产权局2022年政府信息公开工作年度报告》
    text = corpus("r966").read_text(encoding="utf-8")
    assert year_of(corpus("r966")) == 2023
    own = "现将2023年度政府信息公开工作报告如下:"
    assert text.count(own) == 1
    path = tmp_path / "unnamed.txt"
    path.write_text(text.replace(own, ""), encoding="utf-8")
    assert year_of(path) == 2023


# --- a statistics period that is not the whole year (r963, r222) ------------------------------------------------------

def period_findings(path: Path) -> list[tuple[str, str]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["message"]) for d in file["diagnostics"] if d["code"] in ("RL605", "RL610")]


def test_a_period_ending_before_the_years_end_is_a_warning():
    # r963 (淮北市人民医院 2022): "统计期限自2022年1月1日起至2022年12月20日止" — before, nothing
    assert period_findings(corpus("r963")) == [
        ("warning", "统计期限“统计期限自2022年1月1日起至2022年12月20日”不是完整的年度：应为2022年1月1日至2022年12月31日")]


def test_the_same_in_a_period_the_page_garbled():
    # r222 (吴起县周湾镇 2021): its page dropped 年 and 月 — "自202111日起至20211230日止" ends on 30 December
    assert period_findings(CORPUS / "r222_2021_wuqi-zhouwanzhen.txt") == [
        ("warning", "统计期限“统计期限自202111日起至20211230日”不是完整的年度：应为2021年1月1日至2021年12月31日")]


def test_the_whole_year_is_no_finding(tmp_path):
    # r963 with its period ended on 31 December; r354's garbled whole year ("自202411日起至1231日")
    text = corpus("r963").read_text(encoding="utf-8")
    path = tmp_path / "whole.txt"
    path.write_text(text.replace("2022年12月20日止", "2022年12月31日止"), encoding="utf-8")
    assert period_findings(path) == []
    assert period_findings(CORPUS / "r354_2024_fangchenggang-shenpiju.txt") == []
