"""Real reports of the twelfth held-out round, slice cb (r2000–r2006: county and district governments of 广西, 贵州 and
广东 on 2023–2024 whose stored text restates section 四 — 行政复议 and 行政诉讼 — in prose, or stops just short of it;
黄平县's 2024 report beside its 2023 one).  Each test reads the real text as it was found and asserts the exact findings;
copies of it (in a tmp folder) show each finding is made only where the report is wrong:

- r2006 (梅县区人民政府 2024) breaks its site's 9289 items down in two groups, ``其中…规范性文件6条、其他文件8条;政务动态类
  信息2128条、…1156条、其他信息5989条。``: 9287, 2 short.  A list started with 、 ended at its first semicolon unless the
  longer reading added up, so the list read was 6+8, two highlights of 9289, and the error was **missed**; a list in
  groups joined by 、, each closed by its catch-all and the last by its sentence's end, is read whole
  (``text/sumextent._groups_closed_by_other``);
- the other six hold every sum and balance they print (四's counts included), and copies one off are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R2006_SUM = ("error", "文中合计不成立：6+8+2128+1156+5989 = 9287（已列至“其他信息”），但写明的合计为 9289 条，少 2 条")


def test_r2006_a_list_in_groups_each_closed_by_its_catch_all_is_read_whole(tmp_path):
    assert findings(corpus("r2006"), "RL701") == [R2006_SUM]
    # the parts adding up: nothing
    assert findings(changed(tmp_path, "r2006", "其他信息5989条", "其他信息5991条"), "RL701") == []
    # a part one more: found with the new sum
    assert findings(changed(tmp_path, "r2006", "政务动态类信息2128条", "政务动态类信息2129条"), "RL701") == [
        ("error", "文中合计不成立：6+8+2129+1156+5989 = 9288（已列至“其他信息”），但写明的合计为 9289 条，少 1 条")]


def test_a_group_not_closed_by_its_catch_all_keeps_the_list_to_its_first_group(tmp_path):
    # the first group not closed by 其他: what follows the semicolon may be another fact, the list is 6+8, open
    assert findings(changed(tmp_path, "r2006", "其他文件8条;", "政策文件8条;"), "RL701") == []
    # the last group not closed by 其他: no claim to be the whole
    assert findings(changed(tmp_path, "r2006", "其他信息5989条", "专题信息5989条"), "RL701") == []
    # the list running on past the last group's catch-all: not its sentence's end
    assert findings(changed(tmp_path, "r2006", "其他信息5989条。", "其他信息5989条,解读信息12条。"), "RL701") == []


def test_the_slices_sums_and_balances_hold(tmp_path):
    for ref in ("r2000", "r2001", "r2002", "r2003", "r2004", "r2005"):
        for code in ("RL701", "RL703", "RL707"):
            got = findings(corpus(ref), code)
            assert all(severity != "error" for severity, _ in got), (ref, code, got)
    # r2005 (瓮安县 2024): the 政府网站 form's three kinds of 9035, 681 short — an open list, a warning at most
    assert findings(corpus("r2005"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：418+4742+3194 = 8354，写明的合计为 9035 条，少 681 条")]
    # …but a part making the parts more than the whole is certain: an error
    assert findings(changed(tmp_path, "r2005", "概况类信息418条", "概况类信息1418条"), "RL701") == [
        ("error", "文中合计不成立：1418+4742+3194 = 9354，但写明的合计为 9035 条，各分项之和多出 319 条")]
