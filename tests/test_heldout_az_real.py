"""Real reports of the ninth held-out round, slice az (r1520–r1531: 河北's departments and bureaus — 河北省体育局 and
河北省司法厅 (a mirror), the city bureaus of 衡水 (水利, 生态环境), 沧州 (卫生健康委), 石家庄 (民政, 卫生健康委 on a spam mirror)
and 秦皇岛 (生态环境), 雄安's 自贸试验区片区管委会, 路北区住建局, 巨鹿县文广旅局 and 徐水's 自然资源 分局, 2020–2024).  Each test
reads the real text as it was found and asserts the exact findings; a counter-case written into a copy of the real
text (in a tmp folder) shows the finding is made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings
from reportlint.text.sums import find_sum_statements

_MEDIA = ("error", "文中合计不成立：各分项至少为 30余+200余+40+37+100余 = 407，但写明的合计为 400 篇，各分项之和至少多出 7 篇")


def _sums(text: str) -> list[tuple[int, list[int]]]:
    return [(int(s.total.value), [int(p.value) for p in s.parts]) for s in find_sum_statements(text)]


def test_a_sibling_count_named_as_the_total_is_no_part_of_it():
    # r1531 (河北省体育局 2023): "局官网全年共发布信息2660条,其中公告类信息930条,工作动态类信息1730条,“燕赵体育”微信公众号
    # 发布信息2715条" — the account's 2715 counts what the website's 2660 counts (发布信息), under another subject.
    # Before the fix: RL701 "930+1730+2715 = 5375，但写明的合计为 2660 条".  The real error of the page is still found:
    # 400篇 of national media, its parts at least 407.
    assert findings(corpus("r1531"), "RL701") == [_MEDIA]
    text = "局官网全年共发布信息2660条,其中公告类信息930条,工作动态类信息1730条,“燕赵体育”微信公众号发布信息2715条。"
    assert _sums(text) == [(2660, [930, 1730])]


def test_a_third_kind_named_otherwise_is_still_a_part(tmp_path):
    # a third category (not named as the total) belongs to the list: the parts over the total are found
    path = changed(tmp_path, "r1531", "“燕赵体育”微信公众号发布信息2715条", "专题类信息2715条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：930+1730+2715 = 5375，但写明的合计为 2660 条，各分项之和多出 2715 条"), _MEDIA]


def test_a_wrong_part_beside_the_sibling_count_is_still_found(tmp_path):
    # with a wrong part no prefix adds up; the account's posts, after kinds naming no channel, are still no part
    # (slice cq: text/sumextent._before_platform_tail — before it the whole list was read, 930+1830+2715 = 5475)
    path = changed(tmp_path, "r1531", "工作动态类信息1730条", "工作动态类信息1830条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：930+1830 = 2760，但写明的合计为 2660 条，各分项之和多出 100 条"), _MEDIA]
    path = changed(tmp_path, "r1531", "局官网全年共发布信息2660条", "局官网全年共发布信息2600条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：930+1730 = 2660，但写明的合计为 2600 条，各分项之和多出 60 条"), _MEDIA]


def test_a_part_that_only_mentions_the_totals_name_stays_a_part():
    # r1086's list (the probe's copy with 109 lowered to 108): 政府信息公开工作年度报告 mentions 政府信息 but is named
    # 年度报告 — a fifth kind, so 1+1+64+42+1 = 109 over 108 is still read as one list
    text = "主动公开政府信息108条。其中:机构简介1条;政策文件1条;工作动态类信息64条;公示公告42条;政府信息公开工作年度报告1条。"
    assert _sums(text) == [(108, [1, 1, 64, 42, 1])]


def test_full_channel_lists_of_the_slice_raise_nothing():
    # r1530 (河北省司法厅 2020): 2500 = 1372 + 76 + 1052; r1528 (石家庄市卫健委 2020): 3548 = 1107 + 1643 + 798;
    # r1529 (徐水 分局 2024): 105 = 14 + 91 and 9472.93万元 = 1.84 + 212.45 + 9013.44 + 245.20, its 43 cut before 结转
    for prefix in ("r1530", "r1528", "r1529"):
        assert findings(corpus(prefix), "RL701") == []
        assert findings(corpus(prefix), "RL707") == []


def test_placeholders_in_section_two_are_warnings_only():
    # r1527 (路北区住建局 2022): every cell of 二 but 行政处罚 written 无 — a warning per row, never an error
    found = findings(corpus("r1527"), "RL501")
    assert found and {severity for severity, _ in found} == {"warning"}
    assert ("warning", "单元格填写了“无”（行政许可/本年处理决定数量），应填写数字，没有发生的填 0") in found
