"""The date probe (benchmarks/dateprobe.py) on three real documents, and the causes it found on the corpus (branch
dateprobe).

r1598 (威海市文登区人民政府办公室 2022, the text from page 9) signs its end ``2023 年 1 月 16 日``; the same date written
as official documents write it, ``二〇二三年一月十六日``, was read as the report date but not as the end of a report:
RL209 said the text stopped in the middle.  A signature's date in Chinese numerals ends a text as one in Arabic digits
does (analysis/structure.py).  RL610 now states its expected and actual period, as RL605 states its years."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO, diagnostics_of
from realcorpus import changed, corpus, findings

sys.path.insert(0, str(REPO / "benchmarks"))
import dateprobe  # benchmarks/dateprobe.py

R1598_CUT = "文档似乎不完整：正文在第一部分之前中途结束（最后是“二〇二三年一月”），其后的章节和表格未检查"


def dated(path: Path, code: str) -> list[tuple[str, int, str | None, str | None]]:
    """Severity, line, expected and actual of each finding ``code`` on one file."""
    return [(d["severity"], d["location"]["line"], d.get("expected"), d.get("actual"))
            for d in diagnostics_of(path, "--isolated") if d["code"] == code]


def verdicts(prefix: str, reverse: bool = False) -> list[tuple[str, str, str]]:
    (path,) = dateprobe.documents([prefix], None)
    return [(m.kind, m.where, verdict) for m, verdict in dateprobe.probe(path, reverse)]


def test_the_probe_finds_every_mutation_of_three_real_layouts():
    # r1393 (宿城区 2022): a date line under the title, the form's period, an opening naming its year; r1426: the day
    # posted after the title; r1598: a signature spaced as a PDF prints it, and no period the probe can move
    assert verdicts("r1393") == [("late", "opening cjk", "found"), ("early", "opening cjk", "found"),
                                 ("short", "form", "found"), ("year", "form", "found"), ("opening", "opening", "found")]
    assert verdicts("r1426") == [("late", "title-line iso", "found"), ("early", "title-line iso", "found"),
                                 ("short", "form", "found"), ("year", "form", "found")]
    assert verdicts("r1598") == [("late", "signature cjk", "found"), ("early", "signature cjk", "found")]


def test_the_probe_reversed_keeps_legal_dates_silent_and_read():
    assert verdicts("r1598", reverse=True) == [
        ("ontime", "signature cjk", "silent"), ("as-iso", "signature cjk", "silent"),
        ("as-dotted", "signature cjk", "silent"), ("as-cjk-numeral", "signature cjk", "silent")]
    # the day posted after the title is read only in the dashed form (tests/test_heldout_aq_real.py): written
    # otherwise it is not taken for the report date (no finding, RL607's information that none was found)
    assert [v for *_, v in (verdicts("r1426", reverse=True))] == ["silent", "lost", "lost", "lost"]


def test_a_signature_dated_in_chinese_numerals_ends_the_text(tmp_path):
    assert findings(corpus("r1598"), "RL209") == []
    path = changed(tmp_path, "r1598", "2023 年 1 月 16 日", "二〇二三年一月十六日")
    assert findings(path, "RL209") == []
    assert dated(path, "RL603") == []  # read, and on time
    late = changed(tmp_path, "r1598", "2023 年 1 月 16 日", "二〇二三年二月十六日")
    assert dated(late, "RL603") == [("error", 23, "2023-01-31", "2023-02-16")]
    assert findings(late, "RL209") == []
    # a date cut after its month is no date: the text still stops there
    cut = changed(tmp_path, "r1598", "2023 年 1 月 16 日", "二〇二三年一月")
    assert findings(cut, "RL209") == [("warning", R1598_CUT)]


def test_a_period_cut_short_states_the_whole_year_and_the_days_it_covers(tmp_path):
    # r1599 (永春县城厢乡 2020): 统计期限自2020年1月1日起至2020年12月31日止 — silent; a month short, RL610 on its line
    assert dated(corpus("r1599"), "RL610") == []
    path = changed(tmp_path, "r1599", "至2020年12月31日止", "至2020年11月30日止")
    assert dated(path, "RL610") == [("warning", 2, "2020-01-01至2020-12-31", "2020-01-01至2020-11-30")]
    # a last day written without its year is in the report's
    path = changed(tmp_path, "r1599", "至2020年12月31日止", "至12月20日止")
    assert dated(path, "RL610") == [("warning", 2, "2020-01-01至2020-12-31", "2020-01-01至2020-12-20")]
