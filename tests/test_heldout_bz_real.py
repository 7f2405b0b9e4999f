"""Real reports of the twelfth held-out round, slice bz (r1970–r1984: reports on 2021, the new form's first year, and on
2020, the old form's last — 四川, 江西, 陕西, 青海, 山西, 贵州, 广东, 山东, 重庆 and 湖北; county governments, bureaus, streets, a town,
two spam mirrors; 山阳县's 2021 report beside its 2020 one, r1442).  Each test reads the real text as it was found and
asserts the exact findings; copies of it (in a tmp folder) show each finding is made only where the report is wrong:

- r1970 (船山区统计局 2021) gives the shares of three kinds of information, ``在2021年公开信息中,…48条,占18.8%;…207条,
  占80.5%;…2条,占0.7%``, their total (257) standing in the sentence before: 48 of 257 is 18.7%, the printed 18.8% was made
  to close 100 by hand.  No total was found in the sentence, so the share was **missed**; a run of shares that make 100%
  is of its own parts' sum (``checks/prose/sums._shares_own_total``), a warning since the total is inferred;
- the other fourteen hold every sum and balance they print, and copies one off are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R1970_SHARE = ("warning", "文中百分比 18.8% 与其基数不符：48 ÷ 257 × 100% = 18.7%")


def test_r1970_a_share_of_a_run_that_closes_100_is_found(tmp_path):
    assert findings(corpus("r1970"), "RL703") == [R1970_SHARE]
    # the share as computed: nothing (0.7% is 2/257 truncated, accepted as ever)
    assert findings(changed(tmp_path, "r1970", "占18.8%", "占18.7%"), "RL703") == []
    # a count off: the shares no longer follow from their own sum, 267
    assert findings(changed(tmp_path, "r1970", "信息207条", "信息217条"), "RL703") == [
        ("warning", "文中百分比 18.8% 与其基数不符：48 ÷ 267 × 100% = 18%"),
        ("warning", "文中百分比 80.5% 与其基数不符：217 ÷ 267 × 100% = 81.3%")]
    # the total stated in the same sentence with 其中: the sum statement's total, certain, an error
    assert findings(changed(tmp_path, "r1970", "257条。在2021年公开信息中,", "257条,其中"), "RL703") == [
        ("error", "文中百分比 18.8% 与其基数不符：48 ÷ 257 × 100% = 18.7%")]


def test_shares_that_do_not_close_100_name_no_total(tmp_path):
    # 18.8 + 80.5 + 5.7 = 105: not the whole, no total read
    assert findings(changed(tmp_path, "r1970", "占0.7%", "占5.7%"), "RL703") == []
    # a full stop ends the run: two shares making 99.3 are no whole either
    assert findings(changed(tmp_path, "r1970", "占80.5%;", "占80.5%。"), "RL703") == []


def test_the_slices_sums_and_balances_hold(tmp_path):
    for ref in ("r1971", "r1972", "r1973", "r1974", "r1975", "r1976", "r1977", "r1978", "r1979", "r1980", "r1981",
                "r1982", "r1983", "r1984"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    # r1974 (大同市 2021, a spam mirror): 308 + 1 = 306 + 3
    assert findings(changed(tmp_path, "r1974", "结转下年3件", "结转下年4件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 308 + 上年结转 1 = 309 件，但办结 306 + 结转下年 4 = 310 件，相差 1 件")]
    # r1977 (泰安市商务局 2020): 837 + 202 + 209 = 1248
    assert findings(changed(tmp_path, "r1977", "通过局网站发布信息837条", "通过局网站发布信息847条"), "RL701") == [
        ("error", "文中合计不成立：847+202+209 = 1258，但写明的合计为 1248 条，各分项之和多出 10 条")]
    # r1978 (北京街道 2020, a spam mirror): eight kinds making 86
    assert findings(changed(tmp_path, "r1978", "其他信息1条。", "其他信息2条。"), "RL701") == [
        ("error", "文中合计不成立：2+5+73+2+1+1+1+2 = 87，但写明的合计为 86 条，各分项之和多出 1 条")]
    # r1984 (冯原镇 2021): 18 = 14 + 4; r1976 (公明街道 2020): 498 = 261 + 237
    assert findings(changed(tmp_path, "r1984", "其中新闻报道14条", "其中新闻报道15条"), "RL701") == [
        ("error", "文中合计不成立：15+4 = 19，但写明的合计为 18 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1976", "其他信息237条", "其他信息247条"), "RL701") == [
        ("error", "文中合计不成立：261+247 = 508，但写明的合计为 498 条，各分项之和多出 10 条")]
