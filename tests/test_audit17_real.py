"""Slices bp's and bq's readings read again for over-reach (audit17), on real texts and copies of them (in a tmp folder):

- a bare number among the counts of a list (slice bp's and bq's ``unit_dropped_part``) is a part whose unit the page
  dropped only when the list needs it: when the list adds up to its total without it, it counts something else
  (``覆盖县区12``, ``转办12345``, an address's number) — an RL701 error before;
- RL611's "none of it" (slice bp: ``截至2021年底,我镇尚无…收到…申请``) is none of the disclosure work: its verb's object
  is an application or information, not a decision, a lawsuit or an applicant's papers (``截至2021年底,我镇尚未收到行政
  复议决定书``: history, an RL611 warning before)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

# r1835 (湖州市 2024): 政策解读796件,其中文字解读427、图文解读162件、视频解读105件、负责人解读40件,媒体解读62件
_LIST = "其中文字解读427、图文解读162件、视频解读105件、负责人解读40件,媒体解读62件"


def test_a_bare_number_the_list_adds_up_without_is_no_part(tmp_path):
    assert findings(corpus("r1835"), "RL701") == []
    # a count of something else among the parts, or after them: the list adds up without it
    for other in ("图文解读162件、覆盖县区12、", "图文解读162件、转办12345、", "图文解读162件、地址文化路15、"):
        path = changed(tmp_path, "r1835", _LIST, _LIST.replace("图文解读162件、", other))
        assert findings(path, "RL701") == [], other
    path = changed(tmp_path, "r1835", _LIST, _LIST + ",涉及部门12")
    assert findings(path, "RL701") == []
    # every count printed with its unit and one bare number besides: the list adds up without it
    path = changed(tmp_path, "r1835", _LIST, _LIST.replace("解读427、图文解读162件、", "解读427件、图文解读162件、覆盖县区12、"))
    assert findings(path, "RL701") == []
    # the list wrong: the bare part still read (437), and the other bare number with it — the list does not add up
    path = changed(tmp_path, "r1835", _LIST, _LIST.replace("解读427、", "解读437、"))
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：437+162+105+40+62 = 806，但写明的合计为 796 件，各分项之和多出 10 件")]
    path = changed(tmp_path, "r1835", _LIST, _LIST.replace("解读427、图文解读162件、", "解读437、图文解读162件、覆盖县区12、"))
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：437+162+12+105+40+62 = 818，但写明的合计为 796 件，各分项之和多出 22 件")]
    # a list in 条 alike: the bare part kept when it is needed, another bare number dropped when it is not
    in_tiao = changed(tmp_path, "r1835", "政策解读796件," + _LIST, "信息796条," + _LIST.replace("件", "条"))
    assert findings(in_tiao, "RL701") == []
    path = changed(tmp_path, "r1835", "政策解读796件," + _LIST,
                   "信息796条," + _LIST.replace("件", "条").replace("图文解读162条、", "图文解读162条、开设栏目12、"))
    assert findings(path, "RL701") == []


def test_none_of_the_work_names_an_application_or_information(tmp_path):
    # r1801 (渔洋镇 2022), section 三: 截至2021年底,我镇尚无行政机关收到和处理政府信息公开申请情况 — last year's sentence
    said = "截至2021年底,我镇尚无行政机关收到和处理政府信息公开申请情况"
    assert findings(corpus("r1801"), "RL611") == [("warning", f"正文“{said}”所述年度 2021 年与报告年度 2022 年不符")]
    # what befell the work, not the work: history, nothing to say
    for history in ("截至2021年底,我镇尚未收到行政复议决定书", "截至2021年底,我镇尚未收到申请人补正材料",
                    "截至2021年底,我镇未发生因政府信息公开引起的行政诉讼", "截至2021年底,我镇无逾期未答复情况",
                    "2021年,我镇无因政府信息公开被复议、诉讼情况"):
        assert findings(changed(tmp_path, "r1801", said, history), "RL611") == [], history
    # none of the work, however worded: RL611
    for stale in ("截至2021年底,我镇未主动公开政府信息", "截止2021年底,我镇没有收到政府信息公开申请",
                  "截至2021年末,我镇未受理依申请公开事项", "2021年,我镇未收到政府信息公开申请"):
        assert findings(changed(tmp_path, "r1801", said, stale), "RL611") == [
            ("warning", f"正文“{stale}”所述年度 2021 年与报告年度 2022 年不符")], stale
