"""prose.balance (RL707): a sentence stating the year's applications balances (新收 + 上年结转 = 办结 + 结转下年).

The statements are real (tests/data/balance/statements.yaml names the corpus line and the page of each): the rule
reads the ones that state every term and stays silent on the ones that leave a term out.  A wrong number written
into a copy of the real text (in a tmp folder) shows the finding is made where it is due, with its numbers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_cli
from reportlint.checks.prose.balance import read_balances
from reportlint.text.cnparse import find_numbers
from reportlint.text.mapped import normalize_mapped

CORPUS = REPO / "tests" / "corpus"
STATEMENTS = yaml.safe_load((REPO / "tests" / "data" / "balance" / "statements.yaml").read_text(encoding="utf-8"))


def readings(text: str, year: int) -> list[tuple[int, int, bool]]:
    norm, _ = normalize_mapped(text)
    return [(int(b.left), int(b.right), b.implied) for b in read_balances(norm, find_numbers(norm), year)]


def line_of(name: str, fragment: str) -> str:
    (line,) = [x for x in (CORPUS / name).read_text(encoding="utf-8").split("\n") if fragment in x]
    return line


def findings(path: Path, code: str = "RL707") -> list[tuple[str, str, str, str]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["message"], d.get("expected"), d.get("actual"))
            for d in file["diagnostics"] if d["code"] == code]


def mutated(tmp_path: Path, name: str, old: str, new: str) -> Path:
    report = (CORPUS / name).read_text(encoding="utf-8")
    assert report.count(old) == 1
    path = tmp_path / name
    path.write_text(report.replace(old, new), encoding="utf-8")
    return path


def test_there_are_enough_real_statements():
    assert len(STATEMENTS) == 35
    assert sum(s["reads"] is not None for s in STATEMENTS) == 14


@pytest.mark.parametrize("statement", STATEMENTS, ids=[s.get("corpus", "page")[:5] + ":" + s["fragment"][:8]
                                                      for s in STATEMENTS])
def test_real_statements_are_read_as_labelled(statement):
    text = statement.get("text") or line_of(statement["corpus"], statement["fragment"])
    assert statement["fragment"] in text
    got = readings(text, statement["year"])
    if statement["reads"] is None:
        assert got == []
    else:
        assert got == [(statement["reads"]["left"], statement["reads"]["right"], False)]


@pytest.mark.parametrize("name", sorted({s["corpus"] for s in STATEMENTS if "corpus" in s}))
def test_the_real_documents_give_no_balance_finding(name):
    assert findings(CORPUS / name) == []


@pytest.mark.parametrize(("name", "old", "new", "message", "expected", "actual"), [
    ("r907_2024_baoshan-city.txt", "申请452件", "申请453件",
     "文中申请数不平衡：新收 453 + 上年结转 9 = 462 件，但办结 454 + 结转下年 7 = 461 件，相差 1 件", "462", "461"),
    ("r57_2023_sichuan-province-bangongting-mirror.txt", "答复1181件", "答复1180件",
     "文中申请数不平衡：处理（含上年结转）1261 件，但办结 1180 + 结转下年 80 = 1260 件，相差 1 件", "1261", "1260"),
    ("r708_2021_hebei-fagaiwei-repost.txt", "结转下一年7件", "结转下一年9件",
     "文中申请数不平衡：新收 161 + 上年结转 14 = 175 件，但办结 168 + 结转下年 9 = 177 件，相差 2 件", "175", "177"),
    ("r915_2024_dalian-gaoxinqu.txt", "含上年结转8件", "含上年结转6件",
     "文中申请数不平衡：新收 454 + 上年结转 6 = 460 件，但办结 458 + 结转下年 4 = 462 件，相差 2 件", "460", "462"),
    ("r350_2023_jiaxing-zfb.txt", "依法办结122件", "依法办结121件",
     "文中申请数不平衡：新收 132 + 上年结转 2 = 134 件，但办结 121 + 结转下年 12 = 133 件，相差 1 件", "134", "133"),
])
def test_a_wrong_number_in_a_real_statement_is_an_error(tmp_path, name, old, new, message, expected, actual):
    assert findings(mutated(tmp_path, name, old, new)) == [("error", message, expected, actual)]


@pytest.mark.parametrize("text", [
    # another subject: consultations, petitions, persons
    "全年受理政府信息公开咨询120件,上年结转2件,办结118件,结转下年3件。",
    "全年收到依申请公开申请30件,上年结转2件,接待群众咨询40人次,结转下年1人次。",
    # 上年结转 stated, 结转下年 not: silence
    "2024年共收到政府信息公开申请30件,上年结转2件,已办结31件。",
    # a clause of another year
    "2024年共收到政府信息公开申请30件,上年结转2件,2023年办结28件,结转下年度继续办理3件。",
    # two readings of 办结
    "2024年共收到政府信息公开申请30件,上年结转2件,办结31件,其中按时办结29件,结转下年度1件。",
    # a paragraph read as one: a sentence about petitions gives it no term
    "2024年共收到政府信息公开申请30件,上年结转2件,办结31件。信访事项结转下年度继续办理3件。",
    "2024年共收到政府信息公开申请30件,上年结转2件,办结31件,信访件结转下年度3件。",
    # an approximate count
    "2024年共收到政府信息公开申请30余件,上年结转2件,办结31件,结转下年度3件。",
    # an outcome the four terms do not name: the report may count it in 办结 or beside it
    "2023年共收到政府信息公开申请52件,上年结转2件,办结50件,申请人撤回2件,结转下年度继续办理2件。",
    "2023年共收到政府信息公开申请52件,上年结转2件,办结50件,终止办理2件,结转下年度继续办理2件。",
    "2023年共收到政府信息公开申请52件,上年结转2件,办结50件,不予处理2件,结转下年度继续办理2件。",
])
def test_false_readings_give_nothing(text):
    assert readings(text, 2024) == []


def test_the_same_sentence_without_the_withdrawals_or_with_them_inside_closed_is_read():
    assert readings("2023年共收到政府信息公开申请52件,上年结转2件,办结50件,结转下年度继续办理2件。", 2023) == [(54, 52, False)]
    # in the 其中 that breaks 办结 down, a withdrawal is one of its parts
    assert readings("2023年共收到政府信息公开申请52件,上年结转2件,办结50件,其中申请人撤回2件,结转下年度继续办理3件。",
                    2023) == [(54, 53, False)]


def test_a_carry_over_the_words_say_is_none_is_read_as_zero():
    assert readings("2024年共收到政府信息公开申请30件,无上年结转,办结28件,结转下年度继续办理3件。", 2024) == [(30, 31, True)]
    assert readings("2024年共收到政府信息公开申请30件,上年结转2件,办结31件,均已办结。", 2024) == [(32, 31, True)]


def test_a_zero_the_words_imply_is_only_a_warning(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("# 某县人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n"
                    "2024年共收到政府信息公开申请30件,无上年结转,办结28件,结转下年度继续办理3件。\n", encoding="utf-8")
    assert findings(path) == [("warning", "文中申请数不平衡：新收 30 + 上年结转 0 = 30 件，但办结 28 + 结转下年 3 = 31 件，"
                                          "相差 1 件", "30", "31")]


def test_a_year_after_the_reports_is_carried_out_and_one_before_carried_in():
    text = "全年共收到申请9695件,2020年结转312件,共办结9816件,结转至2022年191件。"
    assert readings(text, 2021) == [(10007, 10007, False)]
    assert readings(text.replace("191件", "190件"), 2021) == [(10007, 10006, False)]
    assert Decimal(10007) == Decimal(9695 + 312)


def test_the_rule_is_documented_with_a_failing_and_a_passing_example():
    result = run_cli("rule", "prose.balance")
    assert result.code == 0
    assert result.out.startswith("RL707 prose.balance  (prose, error)")
    assert "Failing example" in result.out and "Passing example" in result.out


def test_a_carry_over_to_a_named_later_year_is_carried_out():
    # 荆门市东宝区 2024 (tests/data/balance/statements.yaml): 结转到2025年办理7件
    (page,) = [s for s in STATEMENTS if "text" in s]
    assert readings(page["text"], 2024) == [(31, 31, False)]
    assert readings(page["text"].replace("共办结24件", "共办结23件"), 2024) == [(31, 30, False)]
    assert readings(page["text"], 2025) == []  # in a 2025 report, 结转到2025年 is not carried out


# The prose probe (benchmarks/proseprobe.py) listed r1176 (崇明区 2024) among the statements no rule read: the count of
# applicants inside the new term's clause (收到187个申请人提出的…申请583件) cut that clause off its verb, and the change
# after the four terms (收到申请数量同比增长75%) was taken for a term not in 件.  Neither is a term.
R1176 = "r1176_2024_chongming-district.txt"


def test_a_count_of_applicants_and_a_change_are_no_terms():
    assert readings(line_of(R1176, "答复579件"), 2024) == [(594, 594, False)]
    assert findings(CORPUS / R1176) == []


@pytest.mark.parametrize(("old", "new", "message", "expected", "actual"), [
    ("答复579件", "答复578件", "文中申请数不平衡：新收 583 + 上年结转 11 = 594 件，但办结 578 + 结转下年 15 = 593 件，相差 1 件",
     "594", "593"),
    ("申请583件", "申请585件", "文中申请数不平衡：新收 585 + 上年结转 11 = 596 件，但办结 579 + 结转下年 15 = 594 件，相差 2 件",
     "596", "594"),
])
def test_a_wrong_number_in_r1176_is_an_error(tmp_path, old, new, message, expected, actual):
    assert findings(mutated(tmp_path, R1176, old, new)) == [("error", message, expected, actual)]


@pytest.mark.parametrize(("text", "expected"), [
    # the applicants counted in a clause of their own still name nothing; a term in 人 still silences
    ("2024年收到申请583件,涉及申请人187个,上年结转11件,答复579件,结转下年15件。", [(594, 594, False)]),
    ("2024年收到申请583件,上年结转11人,答复579件,结转下年15件。", []),
    # a share among the terms is no term either
    ("2024年收到申请583件,同比增长75%,上年结转11件,答复579件,占97.5%,结转下年15件。", [(594, 594, False)]),
])
def test_applicants_and_shares_beside_the_terms(text, expected):
    assert readings(text, 2024) == expected
