"""Real reports of the eleventh held-out round, slice bq (r1820–r1836: a fourth hunt for real errors, where the first
three hunts did not go — 黑龙江, 浙江's towns, 重庆's districts and zones, 云南, 河南, 新疆, 宁夏, 海南, 天津, 甘肃, 山西 and
湖南; towns, a street, districts, city and county governments, offices and bureaus, reports on 2024–2025).  Each test
reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding
is made only where the report is wrong:

- a part of a list that counts what was closed, followed by the parts that add up to it (``共收到37件,其中33件已办结,答复
  27件,主动撤回6件``), is broken down by them: its outcomes are no siblings (r1822; an RL701 error before);
- a share named by its part's words after the list (``共解读文件23个。其中图片解读文件16个,动漫解读文件7个,…,动漫解读占比23%``)
  is checked against the list's total (r1829; missed before);
- a sentence stating its count twice (``累计公开信息80条,主动公开80条。其中,…``) is the total the next sentence's 其中
  breaks down when the parts add up to it, and the shares of its parts are checked (r1834; missed before);
- a part of a list in 件 whose unit the page dropped (``政策解读796件,其中文字解读427、图文解读162件…``) is a part, as one in
  条 or 篇 is (r1835; an RL701 warning before);
- the parts of a list over its total (r1820) are an RL701 error, as on main."""

from __future__ import annotations

from realcorpus import changed, corpus, findings


def test_parts_over_their_total_are_an_error():
    # r1820 (鹤岗市 2024): 规范性文件18件,其中 5件、10件、8件 — 23
    assert findings(corpus("r1820"), "RL701") == [
        ("error", "文中合计不成立：5+10+8 = 23，但写明的合计为 18 件，各分项之和多出 5 件")]


def test_the_closed_count_is_broken_down_by_how_they_were_closed(tmp_path):
    # r1822 (瓜沥镇 2024): 共收到37件,其中33件已办结,答复27件,主动撤回6件 — 27+6 = 33; the 4 still open go unstated
    assert findings(corpus("r1822"), "RL701") == []
    # the outcomes not adding up to the closed ones: the plain reading, over the total, as before the fix
    assert findings(changed(tmp_path, "r1822", "主动撤回6件", "主动撤回7件"), "RL701") == [
        ("error", "文中合计不成立：33+27+7 = 67，但写明的合计为 37 件，各分项之和多出 30 件")]
    # the closed ones over the total: still an error — and the channels the next sentence splits it by (按申请方式分,
    # read since slice cl's text/sumframes) are over it too
    assert findings(changed(tmp_path, "r1822", "共收到37件", "共收到30件"), "RL701") == [
        ("error", "文中合计不成立：33+27+6 = 66，但写明的合计为 30 件，各分项之和多出 36 件"),
        ("error", "文中合计不成立：4+10+23 = 37，但写明的合计为 30 件，各分项之和多出 7 件")]
    # a first part that does not count what was closed is a sibling of the others
    assert findings(changed(tmp_path, "r1822", "33件已办结", "33件网上申请"), "RL701") == [
        ("error", "文中合计不成立：33+27+6 = 66，但写明的合计为 37 件，各分项之和多出 29 件")]


def test_a_share_named_by_its_part_is_checked(tmp_path):
    # r1829 (西夏区政府办 2024): 共解读文件23个。其中图片解读文件16个,动漫解读文件7个,…,动漫解读占比23% — 7/23 = 30.4%
    assert findings(corpus("r1829"), "RL703") == [("error", "文中百分比 23% 与其基数不符：7 ÷ 23 × 100% = 30%")]
    # the right share, of either part: nothing to say
    for share in ("动漫解读占比30.4%", "图片解读占比69.6%"):
        assert findings(changed(tmp_path, "r1829", "动漫解读占比23%", share), "RL703") == [], share
    assert findings(changed(tmp_path, "r1829", "动漫解读占比23%", "图片解读占比60%"), "RL703") == [
        ("error", "文中百分比 60% 与其基数不符：16 ÷ 23 × 100% = 70%")]
    # a name both parts hold (解读), or none does (视频解读), names no part: nothing is read
    for share in ("解读占比23%", "视频解读占比23%"):
        assert findings(changed(tmp_path, "r1829", "动漫解读占比23%", share), "RL703") == [], share


def test_a_count_stated_twice_is_the_total_its_next_sentence_breaks_down(tmp_path):
    # r1834 (原村乡 2024): 累计公开信息80条,主动公开80条。其中,信息公开年报1条,占比1.1%;… — 1/80 = 1.25%
    assert findings(corpus("r1834"), "RL703") == [("error", "文中百分比 1.1% 与其基数不符：1 ÷ 80 × 100% = 1.3%")]
    # the share rounded half-up or truncated: nothing to say
    for share in ("占比1.3%", "占比1.2%"):
        assert findings(changed(tmp_path, "r1834", "占比1.1%", share), "RL703") == [], share
    # two different counts in that sentence: which one the 其中 breaks down is not known; but the six shares make 100%,
    # so they are of their own parts' sum, 80 (slice bz): 1.1% follows from neither, a warning
    assert findings(changed(tmp_path, "r1834", "主动公开80条", "主动公开81条"), "RL703") == [
        ("warning", "文中百分比 1.1% 与其基数不符：1 ÷ 80 × 100% = 1.3%")]
    # the reading is kept only when the parts add up to the count said twice: two equal counts may be parallel facts
    # the 其中 breaks down together (复议5件,诉讼5件。其中…), so parts of 90 say nothing of either 80, as on main (RL701);
    # the shares, closing 100, are of the parts' own 90, and five of them do not follow from it (slice bz)
    mutated = changed(tmp_path, "r1834", "领导信息11条", "领导信息21条")
    assert findings(mutated, "RL701") == []
    assert [message.split("：")[1] for _, message in findings(mutated, "RL703")] == [
        "54 ÷ 90 × 100% = 60%", "21 ÷ 90 × 100% = 23.3%", "7 ÷ 90 × 100% = 7.8%", "4 ÷ 90 × 100% = 4%",
        "3 ÷ 90 × 100% = 3.3%"]
    # the count said once (the other clause dropped): its share checked, as on main
    once = changed(tmp_path, "r1834", "累计公开信息80条,主动公开80条。", "主动公开80条。")
    assert findings(once, "RL703") == [("error", "文中百分比 1.1% 与其基数不符：1 ÷ 80 × 100% = 1.3%")]


def test_a_count_in_jian_whose_unit_was_dropped_is_a_part(tmp_path):
    # r1835 (湖州市 2024): 政策解读796件,其中文字解读427、图文解读162件、视频解读105件、负责人解读40件,媒体解读62件 — 796
    assert findings(corpus("r1835"), "RL701") == []
    # the bare count wrong: the list read whole is over its total
    assert findings(changed(tmp_path, "r1835", "文字解读427、", "文字解读437、"), "RL701") == [
        ("error", "文中合计不成立：437+162+105+40+62 = 806，但写明的合计为 796 件，各分项之和多出 10 件")]
    # a year ending the clause is no part: the list is read without it, short, as before the fix
    assert findings(changed(tmp_path, "r1835", "文字解读427、", "文字解读2024、"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：162+105+40+62 = 369，写明的合计为 796 件，少 427 件")]
