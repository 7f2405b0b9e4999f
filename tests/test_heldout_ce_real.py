"""Real reports of the thirteenth held-out round, slice ce (r2050–r2069: 福建's bodies outside 三明, 莆田 and 平潭 — 宁德's
福鼎 (its 交通运输局 and 龙安开发区), 福州's 自然资源和规划局, 公安局, 科学技术局 and 商务局, 马尾区's office, 晋安区, 鼓楼区's
市场监督管理局, 闽侯's 自然资源和规划局 and 长乐's 罗联乡, 厦门's 人社局 on 2022 and 2024 and 同安区, 泉州's 丰泽区卫健局,
漳州市 on 2023 and 2024 and its office, 福建省公安厅 in a Traditional-character copy and 福建省发改委, reports on 2021–2025).  Each test reads the real text as it was found and asserts the exact findings; copies of it
(in a tmp folder) show each finding is made only where the report is wrong:

- r2051 (福鼎市龙安开发区管委会 2021, a spam mirror) prints its main kinds ①–⑥ each with its share, their total 38 in the
  sentence before beside 历年累计665条: ``②机构职能类信息5条,占15.7%;③为民办实事信息1条,占2.63%;④…5条,占15.7%;⑤…2条,
  占5.26%`` — 5 of 38 is 13.2%.  The sentence states no total and the shares (cut) do not make 100, so no base was read
  and the error was **missed**; a run of shares two or more of which, and at least half, follow exactly from one total
  stated in the run's sentence or the one before is of that total (``checks/prose/shareruns._total_the_run_confirms``),
  and the item numbers ②③ between the shares no longer break the run;
- r2050 (福鼎市交通运输局 2023): 156篇 of which 1篇 + 65条 + 13条 + 其他信息71条 = 150, found on main (a warning: the parts
  mix 篇 and 条);
- the other eighteen hold every sum, share and balance they print (同安区's 123 + 4 = 118 + 9 counted partly in 条)."""

from __future__ import annotations

from realcorpus import changed, corpus, edit, findings

R2051_SHARE = ("warning", "文中百分比 15.7% 与其基数不符：5 ÷ 38 × 100% = 13.2%")
R2050_SUM = ("warning", "文中合计不成立：1篇+65条+13条+71条 = 150（已列至“其他信息”），但写明的合计为 156 篇，少 6 篇")


def test_r2051_a_run_of_shares_is_of_the_total_its_other_shares_follow_from(tmp_path):
    assert findings(corpus("r2051"), "RL703") == [R2051_SHARE]
    # the shares right: nothing
    right = changed(tmp_path, "r2051", "机构职能类信息5条,占15.7%", "机构职能类信息5条,占13.2%")
    edit(right, "就业类信息5条,占15.7%", "就业类信息5条,占13.2%")
    assert findings(right, "RL703") == []
    # …and then another share wrong, the other three of 38: found with its own count
    edit(right, "环保能源类信息2条,占5.26%", "环保能源类信息3条,占5.26%")
    assert findings(right, "RL703") == [("warning", "文中百分比 5.26% 与其基数不符：3 ÷ 38 × 100% = 7.89%")]


def test_a_run_no_stated_total_is_confirmed_by_tells_no_base(tmp_path):
    # one share alone following from 38: the run tells no whole, nothing is read
    assert findings(changed(tmp_path, "r2051", "1条,占2.63%", "1条,占3.1%"), "RL703") == []
    # 38 not stated as a total (no 共计 before it, no 其中 after): no candidate
    assert findings(changed(tmp_path, "r2051", "政府信息共计38条", "政府信息38条"), "RL703") == []
    # the total two sentences before the run: too far to be its whole
    assert findings(changed(tmp_path, "r2051", "共计38条,历年累计", "共计38条。历年累计"), "RL703") == []


def test_r2050_a_list_closed_by_its_catch_all_in_two_units_is_a_warning(tmp_path):
    assert findings(corpus("r2050"), "RL701") == [R2050_SUM]
    assert findings(changed(tmp_path, "r2050", "信息156篇", "信息150篇"), "RL701") == []


def test_the_slices_other_sums_and_shares_hold():
    for ref in ("r2052", "r2053", "r2054", "r2055", "r2056", "r2057", "r2059", "r2060", "r2061", "r2062", "r2063", "r2064",
                "r2065", "r2066", "r2067", "r2068", "r2069"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    # r2058 (马尾区政府办 2023): three forms of 19 interpretations, 11, an open list — a warning at most
    assert findings(corpus("r2058"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：6+2+3 = 11，写明的合计为 19 篇，少 8 篇")]


def test_r2067_outcomes_and_channels_add_up_and_a_copy_one_over_is_found(tmp_path):
    # 晋安区 2023: 179 = 网上88 + 信函91, and the six outcomes of the 179 make 179
    assert findings(changed(tmp_path, "r2067", "“其他处理”1件", "“其他处理”2件"), "RL701") == [
        ("error", "文中合计不成立：86+6+64+20+2+2 = 180，但写明的合计为 179 件，各分项之和多出 1 件")]
