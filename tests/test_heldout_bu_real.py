"""Real report of the eleventh held-out round, slice bu (r1890: two possible real errors slice bt saw outside its
scope). Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder)
show the finding is made only where the counts disagree.

- r1890 (咸阳市人民政府 2022) says 受理758件, 上年结转10件, 办结731件, 结转下年度27件: 758 + 10 = 768 against
  731 + 27 = 758. Its 办结率96% (731/758) suggests the 758 already counts the 10, so the label is ``may_report``;
  reportlint's RL707 is pinned exactly, and copies where the four numbers balance are silent.
- The other page (亳州市人民政府办公室 2025, outcomes 57 of 70) is already r758 of the corpus, labelled there."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R1890_BALANCE = ("error", "文中申请数不平衡：新收 758 + 上年结转 10 = 768 件，但办结 731 + 结转下年 27 = 758 件，相差 10 件")


def test_r1890_balance_is_reported_exactly():
    assert findings(corpus("r1890"), "RL707") == [R1890_BALANCE]
    assert findings(corpus("r1890"), "RL701") == []


def test_r1890_copies_that_balance_are_silent(tmp_path):
    # nothing carried in: 758 = 731 + 27
    assert findings(changed(tmp_path, "r1890", "上年结转10件", "上年结转0件"), "RL707") == []
    # 748 new + 10 carried in = 731 + 27
    assert findings(changed(tmp_path, "r1890", "申请758件", "申请748件"), "RL707") == []


def test_r1890_copies_further_off_are_still_found(tmp_path):
    assert findings(changed(tmp_path, "r1890", "结转下年度办理27件", "结转下年度办理17件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 758 + 上年结转 10 = 768 件，但办结 731 + 结转下年 17 = 748 件，相差 20 件")]
