"""Causes of the misses the prose probe (benchmarks/proseprobe.py) found on the 905-document corpus (branch probe13).

A total whose parts each count an application (or a case) once — split by channel or applicant, or into what was closed
and what is still open — is meant to be made by them: short of it a warning even of two parts, and a part equal to it
leaves the others 0 (a wrong total written equal to the larger part is an error).  Each reads the real text as it was
found (its reading, no finding on its line), copies with one number changed (written to a tmp folder: the exact finding,
its line, the sum and the total written) and counter-cases in place of the real sentence that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from realcorpus import changed, corpus, line_of, shapes
from test_probe12_real import in_place_of, located


def on_line(path: Path, line: int) -> list[tuple[int, str, str]]:
    """The RL701 findings of one line (some of these reports hold other, labelled findings elsewhere)."""
    return [f for f in located(path, "RL701") if f[0] == line]


# --- applications split by channel or applicant (text/sumchannels.applications_by_channel) ----------------------------

# r1003 (会泽县 2024): 共收到申请42件,其中自然人申请41件,科研机构申请1件 — applicants;
# r851 (勉县 2023): 共收到政府信息公开申请10件,其中9件为网上申请,1件为书面申请 — channels named after the count;
# r1002 (遂宁 a county 2025): 共收到政府信息公开申请31件,其中线上办理26件,线下办理5件 — 线上/线下 (summarkers.SUBSETS).
# A two-part list short of its total was a highlight, so a total written 1 higher passed.
R1003 = "共收到申请42件"
R851 = "共收到政府信息公开申请10件"
R1002 = "共收到政府信息公开申请31件"
# r1208 (南安 2024): 受理534件信息公开申请,其中509件在法定期限内予以答复,25件结转2025年办结 — closed, then carried out;
# r1693 (普陀 a street 2022): 共受理…申请19件,其中18件已在法定期限内予以答复,1件结转至2023年度办理 — the same; a total
# written 18 made 18 a restatement of the total (`73条,其中网站73条,微信73条`), so 18+1 over 18 passed too;
# r1191 (淮安 2022): 政府信息公开行政诉讼21件,其中17件结果维持,4件尚未审结 — decided, then still pending.
R1208 = "受理534件"
R1693 = "共受理政府信息公开申请19件"
R1191 = "行政诉讼21件"

CASES = [
    ("r1003", R1003, 5, (42, [41, 1], None)),
    ("r851", R851, 17, (10, [9, 1], None)),
    ("r1002", R1002, 5, (31, [26, 5], None)),
    ("r1208", R1208, 7, (534, [509, 25], None)),
    ("r1693", R1693, 17, (19, [18, 1], None)),
    ("r1191", R1191, 13, (21, [17, 4], None)),
]


@pytest.mark.parametrize(("prefix", "fragment", "line", "expected"), CASES)
def test_the_real_splits_add_up(prefix, fragment, line, expected):
    assert expected in shapes(line_of(prefix, fragment))
    assert on_line(corpus(prefix), line) == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1003", R1003, "共收到申请43件", (5, "warning", "文中各分项之和与合计不符：41+1 = 42，写明的合计为 43 件，少 1 件")),
    ("r851", R851, "共收到政府信息公开申请11件",
     (17, "warning", "文中各分项之和与合计不符：9+1 = 10，写明的合计为 11 件，少 1 件")),
    ("r1002", R1002, "共收到政府信息公开申请32件",
     (5, "warning", "文中各分项之和与合计不符：26+5 = 31，写明的合计为 32 件，少 1 件")),
    ("r1208", R1208, "受理535件", (7, "warning", "文中各分项之和与合计不符：509+25 = 534，写明的合计为 535 件，少 1 件")),
    ("r1208", R1208, "受理509件", (7, "error", "文中合计不成立：509+25 = 534，但写明的合计为 509 件，各分项之和多出 25 件")),
    ("r1693", R1693, "共受理政府信息公开申请20件",
     (17, "warning", "文中各分项之和与合计不符：18+1 = 19，写明的合计为 20 件，少 1 件")),
    ("r1693", R1693, "共受理政府信息公开申请18件",
     (17, "error", "文中合计不成立：18+1 = 19，但写明的合计为 18 件，各分项之和多出 1 件")),
    ("r1191", R1191, "行政诉讼22件", (13, "warning", "文中各分项之和与合计不符：17+4 = 21，写明的合计为 22 件，少 1 件")),
    ("r1191", R1191, "行政诉讼17件", (13, "error", "文中合计不成立：17+4 = 21，但写明的合计为 17 件，各分项之和多出 4 件")),
])
def test_a_wrong_total_over_a_real_split_is_found(tmp_path, prefix, old, new, expected):
    assert on_line(changed(tmp_path, prefix, old, new), expected[0]) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a channel or applicant named inside a topic is no channel of the applications: a highlight of two topics
    ("共收到申请42件,其中涉及企业信息的30件,涉及自然人户籍的10件,均在法定期限内办结。", (42, [30, 10], None)),
    # last year's carry-in among the parts: the total is handled otherwise (r1389's wording)
    ("共受理申请42件,其中,上年结转答复1件,结转下一年答复1件。", (42, [1, 1], None)),
    # the items published per channel: one may be on both, a channel may go unnamed — still a highlight
    ("主动公开政府信息42条,其中门户网站发布30条,微信公众号发布10条。", (42, [30, 10], None)),
    # the list says it goes on
    ("共收到申请42件,其中自然人申请30件,企业申请10件等。", (42, [30, 10], "etc")),
])
def test_a_two_part_highlight_stays_silent(tmp_path, sentence, expected):
    assert shapes(sentence) == [expected]
    assert on_line(in_place_of(tmp_path, "r1003", R1003, sentence), 5) == []


def test_a_part_equal_to_a_total_counted_per_channel_is_still_no_breakdown(tmp_path):
    # the same items counted once per channel (r407's wording): the closed/open split does not reach it
    sentence = "主动公开政府信息42条,其中门户网站发布42条,微信公众号发布10条。"
    assert shapes(sentence) == []
    assert on_line(in_place_of(tmp_path, "r1003", R1003, sentence), 5) == []


# --- outcomes of handling, one to an application (text/sumchannels.restates_total) ----------------------------------

# r982 (汝州 住建局 2021): 共收到自然人依申请公开政府信息2条,均依法按时办理,其中:予以公开1条;其他处理1条 — a total written 1
# made 予以公开1条 equal to it, read as the same items counted per channel, so 1+1 over 1 passed.
R982 = "共收到自然人依申请公开政府信息2条"


def test_the_real_outcome_list_adds_up():
    assert (2, [1, 1], "other") in shapes(line_of("r982", R982))
    assert on_line(corpus("r982"), 28) == []


def test_an_outcome_equal_to_a_wrong_total_is_found(tmp_path):
    path = changed(tmp_path, "r982", R982, "共收到自然人依申请公开政府信息1条")
    assert on_line(path, 28) == [(28, "error", "文中合计不成立：1+1 = 2，但写明的合计为 1 条，各分项之和多出 1 条")]
