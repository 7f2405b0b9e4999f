"""The year probe (benchmarks/yearprobe.py) on three real documents, and the cause it found on the corpus (branch
yearprobe).

RL611 reads a sentence opening on an earlier year only when it counts work of disclosure done (``text/yearleads.py``).
Two verbs of that work were not among those read: 办结 (applications concluded, r1432 鄂城区市场监管局 2024:
``截至2024年12月31日,已办结8件``) and 审查 (documents reviewed before publishing, r1010 正定县政府办 2025:
``2025年,累计审查39件``).  With last year's year in a copy both were missed; now RL611 is on their line."""

from __future__ import annotations

import sys

from conftest import REPO
from realcorpus import changed, corpus, findings
from reportlint.text.yearleads import earlier_year_leads
from test_dateprobe_real import dated

sys.path.insert(0, str(REPO / "benchmarks"))
import dateprobe  # benchmarks/dateprobe.py: the corpus's documents, for both probes
import yearprobe  # benchmarks/yearprobe.py


def verdicts(prefix: str, reverse: bool = False) -> list[tuple[str, str, int, str]]:
    (path,) = dateprobe.documents([prefix], None)
    return [(m.kind, m.where, m.at[0] + 1, verdict) for m, verdict in yearprobe.probe(path, reverse)]


def test_the_probe_finds_last_years_year_on_three_real_documents():
    # r1432: 截至…12月31日 in (二) and a year's lead in 三; r1010: (三)'s review count; r906 (乌海市生态环境局 2024)
    # each also with last year in Chinese numerals (``numerals``, branch cnyear)
    assert verdicts("r1432") == [("lastyear", "end work", 13, "found"), ("numerals", "end work", 13, "found"),
                                 ("lastyear", "lead work", 23, "found"), ("numerals", "lead work", 23, "found")]
    assert verdicts("r1010") == [("lastyear", "lead work", 13, "found"), ("numerals", "lead work", 13, "found")]
    assert verdicts("r906") == [("lastyear", "lead work", 9, "found"), ("numerals", "lead work", 9, "found")]


def test_the_probe_reversed_keeps_history_dates_and_comparisons_silent():
    # r906's text is an excerpt cut in 一: RL209 quotes its last words, changed by ``compare``, on its own line
    for prefix, line in (("r1432", 23), ("r1010", 13), ("r906", 9)):
        assert verdicts(prefix, reverse=True) == [("since", "lead work", line, "silent"),
                                                  ("numsince", "lead work", line, "silent"),
                                                  ("month", "lead work", line, "silent"),
                                                  ("compare", "lead work", line, "silent"),
                                                  ("numcompare", "lead work", line, "silent")]


def test_applications_concluded_and_documents_reviewed_are_counted_work(tmp_path):
    assert [(lead.year, lead.clause) for lead in earlier_year_leads("截至2023年12月31日,已办结8件,1件正在办理中。", 2024)] \
        == [(2023, "截至2023年12月31日,已办结8件")]
    assert [(lead.year, lead.clause) for lead in earlier_year_leads("2024年,累计审查39件;", 2025)] == [(2024, "2024年,累计审查39件")]
    # the real texts say nothing; last year's year in a copy is found on the sentence's line, expected and actual
    assert findings(corpus("r1432"), "RL611") == findings(corpus("r1010"), "RL611") == []
    r1432 = changed(tmp_path, "r1432", "截至2024年12月31日,已办结8件", "截至2023年12月31日,已办结8件")
    assert dated(r1432, "RL611") == [("warning", 13, "2024", "2023")]
    r1010 = changed(tmp_path, "r1010", "2025年,累计审查39件", "2024年,累计审查39件")
    assert dated(r1010, "RL611") == [("warning", 13, "2025", "2024")]
    assert findings(r1010, "RL611") == [("warning", "正文“2024年,累计审查39件”所述年度 2024 年与报告年度 2025 年不符")]


def test_a_year_of_history_or_a_date_with_the_new_verbs_stays_silent():
    for text in ("2023年以来,累计审查39件。", "2023年12月,已办结8件。", "截至2023年6月,已办结8件。",
                 "截至2023年底,已办结8件,2024年办结10件。"):
        assert list(earlier_year_leads(text, 2024)) == [], text
