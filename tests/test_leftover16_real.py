"""What the fourteenth round left, second pass (branch leftover16): readings found open on copies of real corpus texts,
each made general and shown on the real text (which is right: silent) and on copies — one over, one short, other
wordings.  Every test's first copies were silent on main:

- r2285 (普陀区 石泉路街道 2021): ``共受理政府信息公开申请22件,2件为网络申请,20件为来信申请,答复…22件`` — parts told count first
  with 为 after a total, no marker word (``text/sumcountfirst``);
- r855 (咸阳市秦都区 2024): ``…合计122件,上年结转11件,截至12月底已回复126件,7件正在办理中`` — a count said still open read as
  the carried out when no 结转下年 is written, 回复 as 答复, and 合计 after channels as what arrived (RL707); r2182's
  (临平区 2023) ``另外33件申请…`` in that wording;
- r2206 (荔湾区东漖街道 2024): the outcomes after a lead of examination (``经审核,予以公开2件,…``) break down what was
  answered, as after 其中;
- r2210 (海珠区住建局 2021): ``…新收到…106宗,上年度结转…8宗。…办理…113宗,结转下年度继续办理1宗`` — a paragraph whose only
  word of handling is 办理 is read (RL707's gate), 办理 beside every other term what was closed or all in hand;
- r2208 (白云区大源街 2024): ``…共61条,公开内容主要涵盖项目招标公告公示25条、…`` — 涵盖 opens a list as 包括 does
  (``text/sumleads``);
- r2226 (襄州区水利局 2024) and r43 (a 镇 of 重庆 2022): ``…共发布41条信息:2条政策解读、…`` and ``…171条:基层政务公开领域信息
  124条,…`` — a colon right after a count opens the list it announces (``text/sumleads``)."""

from __future__ import annotations

from realcorpus import balances, changed, corpus, findings, line_of, shapes


def test_r2285_parts_told_count_first_after_their_total(tmp_path):
    line = line_of("r2285", "2件为网络申请")
    assert [s for s in shapes(line) if s[0] == 22] == [(22, [2, 20], None)]
    assert findings(corpus("r2285"), "RL701") == []
    assert findings(changed(tmp_path, "r2285", "2件为网络申请,20件", "2件为网络申请,21件"), "RL701") == [
        ("error", "文中合计不成立：2+21 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]
    # one short: applications split by channel are meant to make their total (a warning)
    assert findings(changed(tmp_path, "r2285", "2件为网络申请,20件", "2件为网络申请,19件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：2+19 = 21，写明的合计为 22 件，少 1 件")]
    # with 其中 before the first part the list no longer runs into the answered 22 after it
    assert findings(changed(tmp_path, "r2285", "22件,2件为网络申请,20件", "22件,其中2件为网络申请,21件"), "RL701") == [
        ("error", "文中合计不成立：2+21 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]
    # other wordings: spaces, 条; one such clause is no list
    assert shapes("全年共收到申请10件,9 件为网上申请,2件为书面申请,均已办结。") == [(10, [9, 2], None)]
    assert shapes("公开信息30条,20条为政策文件,11条为工作动态。") == [(30, [20, 11], None)]
    assert shapes("全年共收到申请10件,3件为上年结转,办结10件。") == []
    # the parts break down the count right before them
    assert shapes("全年共收到申请12件,办结10件,3件为网上申请,8件为书面申请。") == [(10, [3, 8], None)]
    # counts in another unit after 为 are no parts of the total
    assert shapes("全年共收到申请10件,3人为自然人,8人为法人。") == []


def test_r855_a_count_still_open_is_the_carried_out(tmp_path):
    assert balances(line_of("r855", "7件正在办理中"), 2024) == [(133, 133, True)]
    assert findings(corpus("r855"), "RL707") == []
    assert findings(changed(tmp_path, "r855", "7件正在办理中", "8件正在办理中"), "RL707") == [
        ("error", "文中申请数不平衡：新收 122 + 上年结转 11 = 133 件，但办结 126 + 结转下年 8 = 134 件，相差 1 件")]
    assert findings(changed(tmp_path, "r855", "已回复126件", "已回复127件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 122 + 上年结转 11 = 133 件，但办结 127 + 结转下年 7 = 134 件，相差 1 件")]
    assert findings(changed(tmp_path, "r855", "合计122件", "合计121件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 121 + 上年结转 11 = 132 件，但办结 126 + 结转下年 7 = 133 件，相差 1 件")]
    # r2182 worded with 尚在办理中 for its carry-out: as written it balances, one over is found
    old = "另外33件申请依法顺延到下年度答复"
    assert findings(changed(tmp_path, "r2182", old, "另外33件申请尚在办理中"), "RL707") == []
    assert findings(changed(tmp_path, "r2182", old, "另外34件申请尚在办理中"), "RL707") == [
        ("error", "文中申请数不平衡：新收 1137 + 上年结转 32 = 1169 件，但办结 1136 + 结转下年 34 = 1170 件，相差 1 件")]
    # 尚有…正在办理, with no carry-in: the bound 新收 ≤ 办结 + still open
    assert balances("共受理政府信息公开申请35件,办结30件,尚有4件正在办理。", 2024) == [(35, 34, False)]
    assert balances("共受理政府信息公开申请34件,办结30件,尚有4件正在办理。", 2024) == []  # the bound holds
    # a carry-out written beside it: the count still open is of those (not a second carry-out)
    assert balances("受理申请34件,上年结转1件,办结30件,结转下年5件,其中2件尚在办理中。", 2024) == [(35, 35, True)]
    # a channel named without a 合计 after it: 新收 as before
    assert balances("收到网上申请120件,上年结转11件,已回复124件,7件正在办理中。", 2024) == [(131, 131, True)]


def test_r2206_outcomes_after_a_lead_of_examination(tmp_path):
    old = "撤销申请0件。其中,予以公开2件"
    assert findings(corpus("r2206"), "RL701") == []
    assert findings(changed(tmp_path, "r2206", old, "撤销申请0件。经审核,予以公开2件"), "RL701") == []
    assert findings(changed(tmp_path, "r2206", old, "撤销申请0件。经审核,予以公开3件"), "RL701") == [
        ("error", "文中合计不成立：3+2+1+10+0 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2206", old, "撤销申请0件。经审查,予以公开1件"), "RL701") == [
        ("error", "文中合计不成立：1+2+1+10+0 = 14（已列至“其他处理”），但写明的合计为 15 件，少 1 件")]
    # a lead naming a count, or a subset of the applications, opens nothing
    assert shapes("答复申请共15件。经审核3件,予以公开2件,部分公开2件,无法提供10件,其他处理0件。") == []
    assert shapes("答复申请共15件。经审核网上申请,予以公开2件,部分公开2件,无法提供12件,其他处理0件。") == []


def test_r2210_handled_beside_a_carry_in(tmp_path):
    old = "上年度结转政府信息公开申请8宗"
    assert balances(line_of("r2210", "106宗"), 2021) == [(114, 114, True)]
    assert findings(corpus("r2210"), "RL707") == []
    assert findings(changed(tmp_path, "r2210", old, "上年度结转政府信息公开申请9宗"), "RL707") == [
        ("error", "文中申请数不平衡：新收 106 + 上年结转 9 = 115 宗，但办理 113 + 结转下年 1 = 114 宗，相差 1 宗"
                  "（办理数若含结转下年，也应为 115 宗）")]
    assert findings(changed(tmp_path, "r2210", "结转下年度继续办理1宗", "结转下年度继续办理2宗"), "RL707") == [
        ("error", "文中申请数不平衡：新收 106 + 上年结转 8 = 114 宗，但办理 113 + 结转下年 2 = 115 宗，相差 1 宗"
                  "（办理数若含结转下年，也应为 114 宗）")]
    # 7 carried in: 113 is then all in hand (106 + 7) — one reading holds, silent
    assert findings(changed(tmp_path, "r2210", old, "上年度结转政府信息公开申请7宗"), "RL707") == []
    # 处理 for 办理 reads alike
    assert balances("新收到申请106件,上年度结转9件。处理申请113件,结转下年度1件。", 2021) == [(115, 114, False)]


def test_r2208_covers_opens_a_list(tmp_path):
    old = "项目招标公告公示25条"
    assert [s for s in shapes(line_of("r2208", "61条")) if s[0] == 61] == [(61, [25, 12, 2, 7, 3, 12], "etc")]
    assert findings(corpus("r2208"), "RL701") == []
    assert findings(changed(tmp_path, "r2208", old, "项目招标公告公示26条"), "RL701") == [
        ("error", "文中合计不成立：26+12+2+7+3+12 = 62，但写明的合计为 61 条，各分项之和多出 1 条")]
    # one short: 主要涵盖 lists the main contents (open), silent; 涵盖 alone lists them all, a warning
    assert findings(changed(tmp_path, "r2208", old, "项目招标公告公示24条"), "RL701") == []
    path = changed(tmp_path, "r2208", "主要涵盖项目招标公告公示25条", "涵盖项目招标公告公示24条")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：24+12+2+7+3+12 = 60，写明的合计为 61 条，少 1 条")]
    # a 涵盖 of the period a report covers breaks no count down
    assert shapes("本报告涵盖2025年1月1日至12月31日期间的工作情况。全年公开信息30条。") == []


def test_r2226_a_colon_after_a_count_opens_its_list(tmp_path):
    # r2226's 41 (counts before their nouns, two groups across a semicolon) adds up: read, silent
    assert [s for s in shapes(line_of("r2226", "62条")) if s[0] == 41] == [
        (41, [2, 0, 0, 1, 0, 1, 11, 2, 2, 4, 3, 7, 7, 1], None)]
    assert findings(corpus("r2226"), "RL701") == []
    # a copy one off: neither the first group nor both add up — where the list ends is not told, silent (as on main)
    assert findings(changed(tmp_path, "r2226", "2条政策解读", "3条政策解读"), "RL701") == []
    # r43 (a 镇 of 重庆 2022): ``…171条:基层政务公开领域信息124条,…,其他政府信息4条`` — one over and one short found
    assert findings(corpus("r43"), "RL701") == []
    assert findings(changed(tmp_path, "r43", "工作动态34条", "工作动态35条"), "RL701") == [
        ("error", "文中合计不成立：124+35+4+3+2+4 = 172，但写明的合计为 171 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r43", "工作动态34条", "工作动态33条"), "RL701") == [
        ("error", "文中合计不成立：124+33+4+3+2+4 = 170（已列至“其他政府信息”），但写明的合计为 171 条，少 1 条")]
    # other wordings: counts before their nouns after the colon; a colon after a date or a count with a number between
    assert shapes("共发布42条信息:2条政策解读、30条政府信息公开指南、10条工作动态。") == [(42, [2, 30, 10], None)]
    assert shapes("共发布42条信息:2条政策解读、31条政府信息公开指南、10条工作动态。") == [(42, [2, 31, 10], None)]
    assert shapes("截至2024年12月31日:公开信息2条、指南30条、动态10条。") == []
    assert shapes("发布信息42条,2024年:政策解读2条、指南30条、动态10条。") == []
