"""Audit of the fifteenth round's readings, part 2 (branch audit26b): copies of real corpus texts in wordings the corpus
lacks but real reports use, each trying to make a new reading raise a false finding or miss a real error.  Every test
below failed on ``integ`` (the wave's start) and passes with the general fix named in its docstring.

- slice cs (``sumtotals._change_lead``): a change clause 同比降低…, 同比增长约…%, a second clause giving its rate (增幅46.7%),
  and a count in Chinese numerals before it (申请四十四件) — each read no total, a one-over copy of r2338 silent;
- slice ct (属于 after a count naming a subset): ``已答复网上申请119件,属于同意公开的…`` is the whole the 属于 clauses split;
- leftover16 (``sumcountfirst``): a rest told count first (其余17件为…) closes the list, a share clause (占9.1%) between
  parts is passed over, and two breakdowns of one total (by channel, then by applicant) are two lists, not one of 44;
- leftover16 (RL707's 合计 after channels): after a carry-in read past the channels, 合计 holds it too;
- leftover16 (``sumleads``): a colon after a count in Chinese numerals (总数一百七十一条:) opens its list;
- the PDF-lines reader (``readers/text._runs_on``): the form's own long section title (31 characters) followed by a body
  line stays a heading — read as a run-in title it was a false RL201; and a date alone on its line after closing words
  that end on no sentence end (``…联系电话5212345`` / ``2023 年 1 月 16 日``) is a paragraph of its own, the report's date
  (it was joined to them: a false RL607)."""

from __future__ import annotations

import pytest

from realcorpus import balances, changed, corpus, findings, shapes

_CHANGE = "相比于2024年增长46.7%"
_R2338_OVER = ("error", "文中合计不成立：43+2 = 45，但写明的合计为 44 件，各分项之和多出 1 件")


@pytest.mark.parametrize("wording", ["同比降低12.5%", "较上年增长14件,增幅46.7%", "同比增长约46.7%", "同比下降了约6.2%"])
def test_r2338_other_change_clauses_remark_on_the_count(tmp_path, wording):
    # 降低 is a change as 下降 is; 约/达 may stand before the amount; a rate of the change after it is a remark too
    assert findings(changed(tmp_path, "r2338", _CHANGE, wording), "RL701") == []
    over = changed(tmp_path, "r2338", _CHANGE + ",其中自然人申请42件", wording + ",其中自然人申请43件")
    assert findings(over, "RL701") == [_R2338_OVER]


def test_r2338_a_count_in_chinese_numerals_before_the_change(tmp_path):
    old = "申请44件、" + _CHANGE + ",其中自然人申请42件"
    assert findings(changed(tmp_path, "r2338", old, "申请四十四件、" + _CHANGE + ",其中自然人申请42件"), "RL701") == []
    assert findings(changed(tmp_path, "r2338", old, "申请四十四件、" + _CHANGE + ",其中自然人申请43件"), "RL701") == [
        _R2338_OVER]
    # a change with no count right before it still opens no breakdown
    assert shapes("收到申请、同比增长46.7%,其中自然人申请43件、法人申请2件。") == []


@pytest.mark.parametrize("subset", ["网上申请", "书面申请", "企业申请"])
def test_r1880_shu_yu_after_a_count_of_a_subset(tmp_path, subset):
    # r1880 (``已答复119件,属于同意公开的60件,…``) with the count naming a channel or applicant: its 属于 clauses still
    # split it — a sibling only after an outcome, a carry-over or a withdrawal (``其中予以公开3件,属于…``, r2342)
    assert findings(changed(tmp_path, "r1880", "已答复119件", f"已答复{subset}119件"), "RL701") == []
    assert findings(changed(tmp_path, "r1880", "已答复119件,属于同意公开的60件", f"已答复{subset}119件,属于同意公开的61件"),
                    "RL701") == [("error", "文中合计不成立：61+13+6+26+3+11 = 120，但写明的合计为 119 件，各分项之和多出 1 件")]
    # the slice's own sentence keeps its reading: the outcome before 属于 makes it a sibling
    assert shapes("全年共受理申请11件,完成答复11件,其中予以公开3件,属于内部事务信息不予公开1件,无法提供7件。") == [
        (11, [3, 1, 7], None)]


_R2285 = "2件为网络申请,20件为来信申请,"


def test_r2285_a_rest_told_count_first_closes_the_list(tmp_path):
    assert findings(changed(tmp_path, "r2285", _R2285, "2件为网络申请,3件为来信申请,其余17件为当面申请,"), "RL701") == []
    assert findings(changed(tmp_path, "r2285", _R2285, "2件为网络申请,3件为来信申请,其余18件为当面申请,"), "RL701") == [
        ("error", "文中合计不成立：2+3+18 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2285", _R2285, "2件为网络申请,3件为来信申请,其余16件为当面申请,"), "RL701") == [
        ("error", "文中合计不成立：2+3+16 = 21（已列至“其余为当面申请”），但写明的合计为 22 件，少 1 件")]
    # a rest with no count says the list goes on: silent
    assert findings(changed(tmp_path, "r2285", _R2285, "2件为网络申请,3件为来信申请,其余为当面申请,"), "RL701") == []


def test_r2285_a_share_between_the_parts(tmp_path):
    assert findings(changed(tmp_path, "r2285", _R2285, "2件为网络申请,占9.1%,20件为来信申请,占90.9%,"), "RL701") == []
    assert findings(changed(tmp_path, "r2285", _R2285, "2件为网络申请,占9.1%,21件为来信申请,占90.9%,"), "RL701") == [
        ("error", "文中合计不成立：2+21 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]


def test_r2285_the_total_broken_down_twice(tmp_path):
    # by channel, then by applicant, in one run of N件为X clauses: on integ a false 20+2+20+2 = 44 of 22
    twice = "20件为网络申请,2件为来信申请,20件为自然人申请,2件为法人申请,"
    assert findings(changed(tmp_path, "r2285", _R2285, twice), "RL701") == []
    assert findings(changed(tmp_path, "r2285", _R2285, twice.replace("20件为自然人", "21件为自然人")), "RL701") == [
        ("error", "文中合计不成立：21+2 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2285", _R2285, twice.replace("2件为来信", "3件为来信")), "RL701") == [
        ("error", "文中合计不成立：20+3 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]
    # zeros after a list that adds up close it, no second breakdown
    assert shapes("共受理申请22件,20件为网络申请,2件为来信申请,0件为当面申请,0件为传真申请。") == [(22, [20, 2, 0, 0], None)]


def test_r855_a_sum_after_the_carry_in_holds_it(tmp_path):
    # ``…快递17件,上年结转11件,合计133件``: 合计 sums the channels and the carry-in — all in hand, not what arrived (on
    # integ a false 新收 133 + 上年结转 11 = 144 against 133)
    old = "快递17件,合计122件,上年结转11件"
    assert findings(changed(tmp_path, "r855", old, "快递17件,上年结转11件,合计133件"), "RL707") == []
    assert findings(changed(tmp_path, "r855", old, "快递17件,上年结转11件,合计134件"), "RL707") == [
        ("error", "文中申请数不平衡：处理（含上年结转）134 件，但办结 126 + 结转下年 7 = 133 件，相差 1 件")]
    # the carry-in before the channels: 合计 is what arrived, as before
    assert balances("上年结转11件,本年度收到网上申请105件,当面申请17件,合计122件,已答复127件,7件正在办理中。", 2024) == [
        (133, 134, False)]


def test_r43_a_colon_after_a_count_in_chinese_numerals(tmp_path):
    assert findings(changed(tmp_path, "r43", "总数171条:", "总数一百七十一条:"), "RL701") == []
    assert findings(changed(tmp_path, "r43", "总数171条:基层政务公开领域信息124条,工作动态34条",
                            "总数一百七十一条:基层政务公开领域信息124条,工作动态35条"), "RL701") == [
        ("error", "文中合计不成立：124+35+4+3+2+4 = 172，但写明的合计为 171 条，各分项之和多出 1 条")]
    # an ordinal (第二十一条:) names one article, no count
    assert shapes("根据《条例》第二十一条:申请人提出申请2件、3件。") == []


@pytest.mark.parametrize("ref", ["r2095", "r2209"])
def test_a_long_section_title_followed_by_its_text_stays_a_title(tmp_path, ref):
    # the form's section four worded in full (31 characters) and a body line right under it, as a web page prints it:
    # on integ read as a run-in title (the PDF reader's rule for lines as long as a page's), a false RL201
    title = "四、本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况"
    body = "本年度本机关未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况,具体如下。"
    copy = changed(tmp_path, ref, "\n四、政府信息公开行政复议、行政诉讼情况\n", f"\n{title}\n{body}\n")
    assert findings(copy, "RL201") == findings(corpus(ref), "RL201") == []


@pytest.mark.parametrize("contact", ["联系电话5212345", "联系电话:5212345", "邮政编码264400"])
def test_r1598_a_date_line_under_closing_words_left_open(tmp_path, contact):
    # r1598 (文登区 办公室 2022) closes on its signature and `2023 年 1 月 16 日`; with closing words in the signature's place
    # that end on no sentence end (a contact number, as web pages print it) the date line was joined to them: no report
    # date, a false RL607 (and a number 52123452023 on integ)
    copy = changed(tmp_path, "r1598", "威海市文登区人民政府办公室\n", f"如对本报告有任何疑问,请与本办公室联系,{contact}\n")
    assert findings(copy, "RL607") == []
    assert findings(copy, "RL606") == findings(corpus("r1598"), "RL606") == [
        ("info", "日期“2023 年 1 月 16 日”宜写作“2023年1月16日”")]
