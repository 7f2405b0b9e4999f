"""Real reports of the seventh held-out round, slice p (r970–r980: pages that reach the tables).  Each test reads the
real text as it was found and asserts the exact findings the round's causes changed:

- a page without a title that never says 我局 names its agency as the subject of the clause opening with the year
  ("2025年,区城乡建设局聚焦…"): the agency's level is read from there, so a district bureau's 规章 is questioned
  (RL506), as it is when a title names the bureau;
- a central organ (国家新闻出版署, a ministry, a 总署/总局) makes 部门规章: its 规章 are no implausibility, whether the
  name comes from the title or from that clause, while a province's department still cannot make them.

Counter-cases are written into copies of the real texts in a tmp folder."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file as corpus
from conftest import corpus_findings as findings

RL506_BUREAU = ("RL506", "warning", "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是政府部门"
                "（依据正文“区城乡建设局”）（规章/本年制发件数 = 2）")



def copy_with(tmp_path: Path, prefix: str, old: str, new: str, count: int = 1) -> Path:
    text = corpus(prefix).read_text(encoding="utf-8")
    assert text.count(old) >= count
    out = tmp_path / corpus(prefix).name
    out.write_text(text.replace(old, new, count), encoding="utf-8")
    return out


def codes(found: list[tuple[str, str, str]]) -> list[str]:
    return [code for code, _, _ in found]


def test_a_bureau_named_only_in_its_first_clause_is_a_department():
    # r980 (区城乡建设局 2025): 规章 2/0/0 and no title, no 我局; before, only the stock warning (RL401)
    found = findings(corpus("r980"))
    assert RL506_BUREAU in found
    assert "机关层级：政府部门，依据正文“区城乡建设局”" in next(m for c, _, m in found if c == "RL103")
    assert codes(found) == ["RL205", "RL607", "RL103", "RL506", "RL401", "RL209"]


def test_the_bureau_without_regulations_is_not_questioned(tmp_path):
    fixed = copy_with(tmp_path, "r980", "规章 |\n2 |\n0 |\n0 |", "规章 |\n0 |\n0 |\n0 |")
    assert codes(findings(fixed)) == ["RL205", "RL607", "RL103", "RL209"]


def test_a_clause_opening_with_a_preposition_names_no_agency(tmp_path):
    # the same page with 一's first clause "2025年,在区委、区政府领导下,区城乡建设局聚焦…": no subject right after the year
    moved = copy_with(tmp_path, "r980", "2025年,区城乡建设局聚焦", "2025年,在区委、区政府领导下,区城乡建设局聚焦")
    assert "RL506" not in codes(findings(moved))


def test_a_central_organ_may_make_regulations():
    # r960 (国家新闻出版署 2022, 规章 现行有效 25): named in 一's first clause; no RL506
    assert "RL506" not in codes(findings(corpus("r960")))


def test_a_central_organ_named_by_the_title_may_make_regulations_too(tmp_path):
    titled = copy_with(tmp_path, "r960", "根据《中华人民共和国", "国家新闻出版署2022年政府信息公开工作年度报告\n根据《中华人民共和国")
    assert "RL506" not in codes(findings(titled))


def test_a_province_department_may_not(tmp_path):
    titled = copy_with(tmp_path, "r960", "根据《中华人民共和国", "江苏省新闻出版局2022年政府信息公开工作年度报告\n根据《中华人民共和国")
    assert any(c == "RL506" and "江苏省新闻出版局" in m for c, _, m in findings(titled))
