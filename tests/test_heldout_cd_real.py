"""Real reports of the thirteenth held-out round, slice cd (r2030–r2047: general offices of city and district governments
— 硚口区 (2023–2025), 泰安市, 温州市, 番禺区, 瑶海区, 清新区, 阿拉善左旗, 大同市, 嘉兴市, 鄂州市 — and governments' own reports —
鄂州市, 昭通市, 兴仁市, 沙依巴克区, 城中区, 浦东新区, 东湖高新区 — on 2020–2025).  Each test reads the real text as it was found and asserts the
exact findings; copies of it (in a tmp folder) show each finding is made only where the report is wrong:

- r2030 (硚口区政府办公室 2025) says ``新收到…78件,结转上年度办理3件。其中,答复…75件,…结转下年度继续办理3件``: 81 in hand, 78
  accounted for — RL707, found on main; its carry-in, 3, is the 2024 report's (r1060) carry-over: RL901 silent;
- r2034 (番禺区政府办公室 2024): ``行政复议5宗、行政诉讼0宗,其中2宗维持原答复,1宗结果纠正,1宗其他结果,1宗尚未审结`` holds
  (5 + 0).  A copy with a 复议 count the outcomes do not make was reported against the 0 (``写明的合计为 0 宗``): a list of
  something is no breakdown of a count of none, it is checked against the clause before
  (``checks/prose/sums._past_a_count_of_none``);
- r2046 (东湖高新区 2025): three kinds closed by 其他 making 3250 of 3257 — 7 short, exactly the 2 interpretations and 5
  responses the next sentences count: RL701 as ever (``may_report``); r2047 (鄂州市政府办 2025): an open list, a warning;
- the other fourteen hold every sum, share and balance they print (兴仁市's eighteen kinds making 12888 among them), and
  copies one off are found."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from realcorpus import changed, corpus, edit, findings, folder_of

R2030_BALANCE = ("error", "文中申请数不平衡：新收 78 + 上年结转 3 = 81 件，但办结 75 + 结转下年 3 = 78 件，相差 3 件")


def test_r2030_a_balance_three_short_is_found():
    assert findings(corpus("r2030"), "RL707") == [R2030_BALANCE]


def test_r2030_copies_that_balance_are_silent(tmp_path):
    assert findings(changed(tmp_path, "r2030", "答复依申请公开政府信息75件", "答复依申请公开政府信息78件"), "RL707") == []


def _cross_year(folder: Path) -> list[tuple[str, str]]:
    data = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", folder).json
    return sorted((d["code"], Path(f["path"]).name.split("_")[0])
                  for f in data["files"] for d in f["diagnostics"] if d["check"] == "crossdoc")


def test_r2030_carries_in_what_r1060_carried_over(tmp_path):
    # 硚口区政府办's three years (r2045 2023, r1060 2024, r2030 2025): only 2024→2025 states both ends, 3 = 3
    assert _cross_year(folder_of(tmp_path, corpus("r2045"), corpus("r1060"), corpus("r2030"))) == []
    # a carry-in the 2024 report did not carry over: found across the years
    folder = folder_of(tmp_path, corpus("r1060"), corpus("r2030"), name="changed")
    edit(folder / corpus("r2030").name, "结转上年度办理3件", "结转上年度办理4件")
    assert _cross_year(folder) == [("RL901", "r2030")]


def test_r2034_outcomes_after_a_count_and_a_count_of_none(tmp_path):
    assert findings(corpus("r2034"), "RL701") == []
    # one outcome more than the 复议 count: checked against it, not against the 诉讼's 0
    assert findings(changed(tmp_path, "r2034", "1宗尚未审结", "2宗尚未审结"), "RL701") == [
        ("error", "文中合计不成立：2+1+1+2 = 6，但写明的合计为 5 宗，各分项之和多出 1 宗")]
    # a 复议 count the four outcomes fall short of: a warning, as any list of outcomes short of its count
    assert findings(changed(tmp_path, "r2034", "行政复议5宗", "行政复议6宗"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：2+1+1+1 = 5，写明的合计为 6 宗，少 1 宗")]


def test_r2034_a_count_of_none_alone_keeps_its_reading(tmp_path):
    # no count in the clause before: the 0 is the total, and parts over it are an error against it
    assert findings(changed(tmp_path, "r2034", "因政府信息公开申请被行政复议5宗、行政诉讼0宗", "因政府信息公开申请被行政诉讼0宗"),
                    "RL701") == [("error", "文中合计不成立：2+1+1+1 = 5，但写明的合计为 0 宗，各分项之和多出 5 宗")]


def test_the_slices_sums_shares_and_balances_hold(tmp_path):
    for ref in ("r2031", "r2032", "r2033", "r2034", "r2035", "r2036", "r2037", "r2038", "r2039", "r2040", "r2041", "r2042",
                "r2043", "r2044", "r2045"):
        for code in ("RL701", "RL703", "RL707"):
            assert findings(corpus(ref), code) == [], (ref, code)
    # r2037 (清新区政府办 2022): nine kinds closed by 其他 making 643; one more is found
    assert findings(changed(tmp_path, "r2037", "其他信息397条", "其他信息398条"), "RL701") == [
        ("error", "文中合计不成立：9+12+19+88+8+4+2+104+398 = 644，但写明的合计为 643 条，各分项之和多出 1 条")]
    # r2038 (沙依巴克区 2022): eight kinds after 包括 making 449
    assert findings(changed(tmp_path, "r2038", "其他类信息103条", "其他类信息104条"), "RL701") == [
        ("error", "文中合计不成立：78+57+92+102+11+4+2+104 = 450，但写明的合计为 449 条，各分项之和多出 1 条")]
    # r2036 (瑶海区政府办 2024): 103 + 5 = 106 + 2
    assert findings(changed(tmp_path, "r2036", "已办结106件", "已办结105件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 103 + 上年结转 5 = 108 件，但办结 105 + 结转下年 2 = 107 件，相差 1 件")]
    # r2039 (城中区 2024): the channels' shares are of the 47 new ones, the outcomes' of the 59 handled
    assert findings(changed(tmp_path, "r2039", "占83%", "占85%"), "RL703") == [
        ("warning", "文中百分比 85% 与其基数不符：39 ÷ 47 × 100% = 83%")]
    assert findings(changed(tmp_path, "r2039", "“无法提供”18件", "“无法提供”19件"), "RL703") == [
        ("error", "文中百分比 30.5% 与其基数不符：19 ÷ 59 × 100% = 32.2%")]
    # r2031 (鄂州市 2021): no carry-in stated, no balance read; a carry-in that does not make it up is found
    assert findings(changed(tmp_path, "r2031", "本年度办结126件", "上年结转2件,本年度办结126件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 128 + 上年结转 2 = 130 件，但办结 126 + 结转下年 5 = 131 件，相差 1 件")]


def test_r2046_and_r2047_lists_of_the_site_form():
    assert findings(corpus("r2046"), "RL701") == [
        ("error", "文中合计不成立：1082+1674+494 = 3250（已列至“其他概况类信息更新量”），但写明的合计为 3257 条，少 7 条")]
    assert findings(corpus("r2047"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：95条+3732条+14条+3457条+13期+25件+9期 = 7345，写明的合计为 11687 条，少 4342 条")]
    assert findings(corpus("r2047"), "RL707") == []
