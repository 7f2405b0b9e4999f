"""Real reports of the seventh held-out round, slice o (r920–r931: 北京, 天津, 河北, 山西, 内蒙古 and provincial
capitals).  Each test reads the real text as it was found and asserts the exact findings the round's cause changed:
a page that drops only 年 from its dates runs the year into the month (``自20231月1日起至202312月31日止``), a
statistics period that was read by neither period reader, so that a wrong year (RL605) or a period stopping short
of 31 December (RL610) went unreported.  The real periods are right: the errors are written into copies of the real
texts (in a tmp folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import corpus_file as corpus
from conftest import run_cli


def period_findings(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["code"], d["message"], d["expected"], d["actual"])
            for d in file["diagnostics"] if d["code"] in ("RL605", "RL610")]


# (document, the period as its page prints it, the report year)
GARBLED = [
    ("r920", "统计期限自20231月1日起至202312月31日止", 2023),  # 宽城满族自治县人民政府办公室 2023
    ("r921", "统计期限自20231月1日起至202312月31日止", 2023),  # 正蓝旗扎格斯台苏木 2023
    ("r922", "统计期限自20211月1日起至202112月31日止", 2021),  # 包头市文化旅游广电局 2021
]


@pytest.mark.parametrize(("prefix", "period", "year"), GARBLED)
def test_a_garbled_whole_year_period_is_no_finding(prefix, period, year):
    assert period in corpus(prefix).read_text(encoding="utf-8")
    assert period_findings(corpus(prefix)) == []


@pytest.mark.parametrize(("prefix", "period", "year"), GARBLED)
def test_a_garbled_period_of_another_year_is_rl605(tmp_path, prefix, period, year):
    # before: nothing (neither reader took "20221月1日" for a date)
    wrong = period.replace(str(year), str(year - 1))
    path = tmp_path / f"{prefix}.txt"
    path.write_text(corpus(prefix).read_text(encoding="utf-8").replace(period, wrong), encoding="utf-8")
    assert period_findings(path) == [
        ("RL605", f"统计期限“{wrong.removesuffix('止')}”与报告年度 {year} 年不符", str(year), str(year - 1))]


def test_a_garbled_period_stopping_short_is_rl610(tmp_path):
    # r920 with its period ended on 20 December (before: nothing)
    text = corpus("r920").read_text(encoding="utf-8")
    path = tmp_path / "short.txt"
    path.write_text(text.replace("202312月31日止", "202312月20日止"), encoding="utf-8")
    assert period_findings(path) == [
        ("RL610", "统计期限“统计期限自20231月1日起至202312月20日”不是完整的年度：应为2023年1月1日至2023年12月31日",
         "2023-01-01至2023-12-31", "2023-01-01至2023-12-20")]  # the garbled days read (expected/actual: dateprobe)
