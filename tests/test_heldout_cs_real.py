"""Real reports of the fifteenth held-out round, slice cs (r2320–r2339: 江苏 at every level, reports on 2019–2025 — 锡山区's
安镇街道 and 东亭街道, 苏州高新区 (a copy), 盐城市生态环境局, 盐城市水利局, 淮安工业园区 (a mirror), 盐城市 (2021, and 2022 on a
Traditional mirror), 盐城市城市管理局, 沿江街道, 红花街道, 宿迁市 (2020), 宿迁市发展和改革委员会 (2020, a mirror), 宿城区水利局 (2020,
a Traditional mirror), 宿迁市人民政府办公室 (2019), 苏州市人民政府办公室 and 苏州市 (mirrors), 靖江市, 姜堰区政府办公室 and 如皋高新区
on 2025).  Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder) show
each finding is made only where the report is wrong:

- r2338 (姜堰区政府办公室 2025) ``答复政府信息公开申请44件、相比于2024年增长46.7%,其中自然人申请42件、法人申请2件``: the 其中 was
  read back to the percentage, no statement: a copy one over was **missed** on main; worded ``较2024年增加14件`` the change was
  taken for the total, a **false** RL701 error (42+2 of 14).  A clause comparing a count with an earlier year's remarks on
  it, and the 其中 after it breaks down the count (``text/sumtotals._change_lead``) — fails on main;
- r2322 (苏州高新区 2024) ``4796条,其中…1334条,…2476条,…1898条``: 5708 of 4796, a real error, found on main as now;
- the other sums and balances hold (r2320 49, r2321 58, r2323 3862 and 94 = 91 + 3, r2324 7, r2325 1255, r2337 375 =
  371 + 4, r2338 14) and copies one over and one short are found (on main too: they guard what the slice holds)."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, findings

_SLICE = ("r2320", "r2321", "r2322", "r2323", "r2324", "r2325", "r2326", "r2327", "r2328", "r2329", "r2330", "r2331",
          "r2332", "r2333", "r2334", "r2335", "r2336", "r2337", "r2338", "r2339")

_CHANGE = "相比于2024年增长46.7%"


def test_r2338_a_change_between_the_count_and_its_breakdown(tmp_path):
    assert findings(corpus("r2338"), "RL701") == []
    assert findings(changed(tmp_path, "r2338", "自然人申请42件", "自然人申请43件"), "RL701") == [
        ("error", "文中合计不成立：43+2 = 45，但写明的合计为 44 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2338", "法人申请2件", "法人申请1件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：42+1 = 43，写明的合计为 44 件，少 1 件")]


@pytest.mark.parametrize("wording", ["较2024年增加14件", "同比增长46.7%", "较上年增加了14件"])
def test_r2338_other_wordings_of_the_change(tmp_path, wording):
    # the real parts make the count: silent (on main 较…增加14件 was read as the total, a false 42+2 of 14)
    assert findings(changed(tmp_path, "r2338", _CHANGE, wording), "RL701") == []
    copy = changed(tmp_path, "r2338", _CHANGE, wording)
    copy.write_text(copy.read_text(encoding="utf-8").replace("法人申请2件", "法人申请3件"), encoding="utf-8")
    assert findings(copy, "RL701") == [("error", "文中合计不成立：42+3 = 45，但写明的合计为 44 件，各分项之和多出 1 件")]


def test_r2338_a_change_without_a_count_before_it_opens_no_breakdown(tmp_path):
    # "…申请,同比增长46.7%,其中…": no count for the change to remark on, and the percentage is no total
    assert findings(changed(tmp_path, "r2338", "申请44件、" + _CHANGE, "申请、" + _CHANGE), "RL701") == []


def test_r2322_parts_over_their_total():
    assert findings(corpus("r2322"), "RL701") == [
        ("error", "文中合计不成立：1334+2476+1898 = 5708，但写明的合计为 4796 条，各分项之和多出 912 条")]


@pytest.mark.parametrize(("ref", "old", "new", "expected"), [
    ("r2320", "政务信息公开14条", "政务信息公开15条",
     ("error", "文中合计不成立：15+6+27+2 = 50，但写明的合计为 49 条，各分项之和多出 1 条")),
    ("r2320", "通知公告2条", "通知公告1条", ("warning", "文中各分项之和与合计不符：14+6+27+1 = 48，写明的合计为 49 条，少 1 条")),
    ("r2321", "其他各类信息7条", "其他各类信息8条",
     ("error", "文中合计不成立：38+3+1+6+1+1+1+8 = 59，但写明的合计为 58 条，各分项之和多出 1 条")),
    ("r2321", "工作动态信息38条", "工作动态信息37条",
     ("error", "文中合计不成立：37+3+1+6+1+1+1+7 = 57（已列至“其他各类信息”），但写明的合计为 58 条，少 1 条")),
    ("r2323", "门户网站公开818条", "门户网站公开819条",
     ("error", "文中合计不成立：819+1468+1576 = 3863，但写明的合计为 3862 条，各分项之和多出 1 条")),
    ("r2324", "网络申请6件", "网络申请5件", ("warning", "文中各分项之和与合计不符：5+1 = 6，写明的合计为 7 件，少 1 件")),
    ("r2325", "概况类信息更新量64条", "概况类信息更新量65条",
     ("error", "文中合计不成立：937+254+65 = 1256，但写明的合计为 1255 条，各分项之和多出 1 条")),
    ("r2338", "政府办文件11件", "政府办文件12件", ("error", "文中合计不成立：3+12 = 15，但写明的合计为 14 件，各分项之和多出 1 件")),
])
def test_copies_one_off_the_slices_sums(tmp_path, ref, old, new, expected):
    assert findings(changed(tmp_path, ref, old, new), "RL701") == [expected]


@pytest.mark.parametrize(("ref", "old", "new", "expected"), [
    ("r2323", "当年办结91件", "当年办结90件",
     "文中申请数不平衡：新收 94 件，但办结 90 + 结转下年 3 = 93 件，少 1 件（上年结转不能为负）"),
    ("r2337", "已办结371件", "已办结372件", "文中申请数不平衡：处理（含上年结转）375 件，但办结 372 + 结转下年 4 = 376 件，相差 1 件"),
    ("r2337", "继续办理4件", "继续办理3件", "文中申请数不平衡：处理（含上年结转）375 件，但办结 371 + 结转下年 3 = 374 件，相差 1 件"),
])
def test_copies_one_off_the_slices_balances(tmp_path, ref, old, new, expected):
    assert findings(changed(tmp_path, ref, old, new), "RL707") == [("error", expected)]


def test_the_slices_sums_balances_and_dates_hold():
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707", "RL603"):
            if (ref, code) != ("r2322", "RL701"):
                assert findings(corpus(ref), code) == [], (ref, code)
