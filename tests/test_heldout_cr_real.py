"""Real reports of the fifteenth held-out round, slice cr (r2300–r2319: 福建's bodies at every level outside 三明, 莆田 and
平潭, reports on 2019–2025 — 厦门市市政园林局, 祥平街道, 蓬华镇, 闽侯县土地储备发展中心, 海沧区行政审批管理局, 晋安区发改局 and
财政局, 晋江市文旅局, 泉州市 (2019), 福建省商务厅 (a Traditional mirror), 仓山区商务局, 福州市民政局 (a spam mirror), 泉港区 and its
office, 安泰街道, 鲤城区 (2025), 泉州台商投资区管委会办公室, 福建省审计厅, 常泰街道 and 福州市国资委).  Each test reads the real text
as it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where the
report is wrong:

- r2300 (厦门市市政园林局 2023) ``全年共办结33件,其中,予以公开的14件…,告知补正6件,剩余2件结转下一年度办理``: the rest of the
  35 received, carried on, read as a sixth part of the 33 closed — a **false** RL701 error on main (34 of 33).  Those
  carried to next year are no part of a count of the closed, whether told as the rest or right after the outcomes
  (``text/sumextent._carried_after_other``); the five outcomes make 32 of 33, a warning;
- r2301 (祥平街道 2023) ``8条,其中:应急管理类信息7条、其他类信息1条``: a copy with 8 was **missed** — a part equal to the total
  was taken for a count per channel.  Kinds of information split their total (``text/sumchannels._kinds``); r2314's copy
  with 6 (``6条,分别是…1条,其他…6条``, a list closed by its catch-all) likewise;
- r2312 (泉港区政府办 2024) ``…按法定时限办结18件,…。从办理结果来看,“予以公开”的12件,“无法提供”的3件,“其他处理”的3件``:
  copies one over and one short were **missed** — the frame of outcomes opened nothing; it splits the count closed in the
  sentence before, as a frame of channels splits the count received (``text/sumframes``);
- r2314 (安泰街道 2024) ``6条,分别是机构职能类信息1条,其他…5条``: copies were **missed** — 分别是 opened no list; it opens one as
  其中 does (``text/summarkers.MARKERS``);
- the other sums hold (r2307 34, r2305's 12 so far) and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2300", "r2301", "r2302", "r2303", "r2304", "r2305", "r2306", "r2307", "r2308", "r2309", "r2310", "r2311",
          "r2312", "r2313", "r2314", "r2315", "r2316", "r2317", "r2318", "r2319")

_CLOSED_32 = ("warning", "文中各分项之和与合计不符：14+4+5+3+6 = 32，写明的合计为 33 件，少 1 件")


def test_r2300_the_carried_over_are_no_part_of_the_closed(tmp_path):
    # the real text: five outcomes making 32 of the 33 closed; the 2 carried on are the rest of the 35 received
    assert findings(corpus("r2300"), "RL701") == [_CLOSED_32]
    assert findings(corpus("r2300"), "RL707") == []
    # the carried-over told without 剩余, or as 其余: still no part of the closed
    assert findings(changed(tmp_path, "r2300", "剩余2件结转", "2件结转"), "RL701") == [_CLOSED_32]
    assert findings(changed(tmp_path, "r2300", "剩余2件结转", "其余2件结转"), "RL701") == [_CLOSED_32]
    # an outcome over: 34 of 33 from the outcomes themselves
    assert findings(changed(tmp_path, "r2300", "予以公开的14件", "予以公开的16件"), "RL701") == [
        ("error", "文中合计不成立：16+4+5+3+6 = 34，但写明的合计为 33 件，各分项之和多出 1 件")]
    # the balance: 36 received against 33 closed + 2 carried
    assert findings(changed(tmp_path, "r2300", "共受理政府信息公开申请35件", "共受理政府信息公开申请36件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 36 件，但办结 33 + 结转下年 2 = 35 件，少 1 件（上年结转不能为负）")]
    # a count of the handled (办理) holds what is carried on: 剩余 closes its list, as before
    assert findings(changed(tmp_path, "r2300", "全年共办结33件", "全年共办理34件"), "RL701") == []


def test_r2301_kinds_split_their_total(tmp_path):
    assert findings(corpus("r2301"), "RL701") == []
    assert findings(changed(tmp_path, "r2301", "应急管理类信息7条", "应急管理类信息8条"), "RL701") == [
        ("error", "文中合计不成立：8+1 = 9，但写明的合计为 8 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2301", "应急管理类信息7条", "应急管理类信息6条"), "RL701") == [
        ("error", "文中合计不成立：6+1 = 7（已列至“其他类信息”），但写明的合计为 8 条，少 1 条")]
    # channels, each carrying the same items, still restate the total
    assert findings(changed(tmp_path, "r2301", "其中:应急管理类信息7条、其他类信息1条", "其中:门户网站发布8条、微信公众号发布1条"),
                    "RL701") == []


def test_r2312_a_frame_of_outcomes_splits_the_count_closed(tmp_path):
    assert findings(corpus("r2312"), "RL701") == []
    assert findings(changed(tmp_path, "r2312", "“予以公开”的12件", "“予以公开”的13件"), "RL701") == [
        ("error", "文中合计不成立：13+3+3 = 19，但写明的合计为 18 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2312", "“予以公开”的12件", "“予以公开”的11件"), "RL701") == [
        ("error", "文中合计不成立：11+3+3 = 17（已列至“其他处理\"的”），但写明的合计为 18 件，少 1 件")]
    # no count closed in the sentence before: the frame has no total (the received may not all be closed)
    assert findings(changed(tmp_path, "r2312", ",按法定时限办结18件,无延期、无逾期。", "。"), "RL701") == []


def test_r2314_a_list_opened_by_fenbieshi(tmp_path):
    assert findings(corpus("r2314"), "RL701") == []
    assert findings(changed(tmp_path, "r2314", "其他应当主动公开的政府信息5条", "其他应当主动公开的政府信息6条"), "RL701") == [
        ("error", "文中合计不成立：1+6 = 7，但写明的合计为 6 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2314", "其他应当主动公开的政府信息5条", "其他应当主动公开的政府信息4条"), "RL701") == [
        ("error", "文中合计不成立：1+4 = 5（已列至“其他应当主动公开的政府信息”），但写明的合计为 6 条，少 1 条")]


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    quiet = {"r2300": {"RL701"}, "r2315": {"RL701"}}  # r2300 above; r2315's four kinds picked out of 7630, a warning
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707", "RL603"):
            if code not in quiet.get(ref, ()):
                assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(corpus("r2315"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：328+311+114+58 = 811，写明的合计为 7630 条，少 6819 条")]
    assert findings(changed(tmp_path, "r2307", "行政许可类23条", "行政许可类24条"), "RL701") == [
        ("error", "文中合计不成立：24+1+10 = 35，但写明的合计为 34 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2305", "9件;“不予处理”", "11件;“不予处理”"), "RL701") == [
        ("error", "文中合计不成立：1+1+0+11+0 = 13，但写明的合计为 12 件，各分项之和多出 1 件")]
