"""Audit of the fourteenth round's new readings, part 2 (slices cp and cn, the leftovers of the thirteenth): wordings the
corpus lacks, written on copies of real corpus texts, read by the new readings without a false finding, real errors
still found:

- outcomes after a lead ending in 为 (slice cp, ``summarkers._handling_lead``) and a count said all answered with a bare
  已 (``sumtotals._all_handled_after``) are read in Traditional too (``申請回覆為``, ``已在規定期限內答覆``: 覆 stays 覆, so
  答覆 and 回覆 were not words of handling), and 回复 says a count was answered as 答复 does (``已在规定期限内回复``);
- outcomes of the form read on to a withdrawal (slice cp, ``sumextent._outcomes_go_on``) stop before one of an earlier year
  (``…不予公开1件,上年度申请撤销1件``), as before one carried over;
- a paragraph listing kinds read against the count of the paragraph before (``text/sumitems``) is not read when its lead
  names another year (``我镇去年公开的信息中,包含…``) or when its list runs on past a semicolon after parts joined by 、
  (``…业务工作3条;依申请公开信息2条``: a later fact may start there);
- RL707 reads a carry-in after 其中 right after 新收 (``受理…123件,其中4件为上年结转``) as inside 新收 or beside it — the
  real texts write both (``共受理…455件,其中4件来自上一年度结转,本年度完成451件…,8件结转至2025年度``: beside) — and says
  the sentence is wrong only when neither holds."""

from __future__ import annotations

from realcorpus import balances, changed, corpus, findings

R2262_ANSWERED = "已在规定期限内答复。申请人的类别为自然人,均通过邮箱发送信息申请。申请回复为予以公开2件"


def test_outcomes_after_a_lead_in_traditional_or_with_hui_fu(tmp_path):
    over = ("error", "文中合计不成立：3+1 = 4，但写明的合计为 3 件，各分项之和多出 1 件")
    two_over = ("error", "文中合计不成立：2+2 = 4，但写明的合计为 3 件，各分项之和多出 1 件")
    # 回覆 / 答覆 in the lead (Traditional): one over was missed, now found; as printed, nothing
    for lead in ("申请回覆为", "申请答覆为", "申請回覆為"):
        assert findings(changed(tmp_path, "r2262", "申请回复为予以公开2件,无法提供1件",
                                f"{lead}予以公开2件,无法提供2件"), "RL701") == [two_over], lead
        assert findings(changed(tmp_path, "r2262", "申请回复为予以公开2件,无法提供1件",
                                f"{lead}予以公开2件,无法提供1件"), "RL701") == [], lead
    # the count said answered with a bare 已 in Traditional, or with 回复: all handled, one over found
    for said in ("已在规定期限内答覆", "已在规定期限内回复"):
        assert findings(changed(tmp_path, "r2262", R2262_ANSWERED,
                                R2262_ANSWERED.replace("已在规定期限内答复", said).replace("2件", "3件")), "RL701") == [over]
    # a count of some of them answered (已回复2件), or one still open: not all handled, nothing read
    assert findings(changed(tmp_path, "r2262", R2262_ANSWERED,
                            R2262_ANSWERED.replace("已在规定期限内答复", "已回复2件").replace("2件,", "3件,")), "RL701") == []
    assert findings(changed(tmp_path, "r2262", "新收到政府信息公开申请数量3件,已在规定期限内答复",
                            "新收到政府信息公开申请数量4件,已在规定期限内回复,尚有1件在办理中"), "RL701") == []


R2261_OUTCOMES = "予以公开3件,因属于行政执法案卷信息不予公开1件,申请撤销1件"


def test_a_withdrawal_of_an_earlier_year_ends_the_outcomes(tmp_path):
    published = ("warning", "文中各分项之和与合计不符：2+51+97 = 150，写明的合计为 212 条，少 62 条")
    # last year's withdrawal after outcomes adding up to the 5 closed: no outcome of them (a false error before)
    for later in ("上年度申请撤销1件", "去年申请人撤回申请1件"):
        assert findings(changed(tmp_path, "r2261", R2261_OUTCOMES,
                                f"予以公开4件,因属于行政执法案卷信息不予公开1件,{later}"), "RL701") == [published], later
    # this year's withdrawal still read on: one over found
    assert findings(changed(tmp_path, "r2261", R2261_OUTCOMES, R2261_OUTCOMES.replace("3件", "4件")), "RL701") == [
        published, ("error", "文中合计不成立：4+1+1 = 6，但写明的合计为 5 件，各分项之和多出 1 件")]


R2092_KINDS = "我镇今年公开的信息中,包含信息公开指南1条、信息公开制度1条、机构概况1条、业务工作3条。"


def test_kinds_in_the_next_paragraph_of_another_year_or_past_a_semicolon(tmp_path):
    over = ("error", "文中合计不成立：1+1+1+4 = 7，但写明的合计为 6 条，各分项之和多出 1 条")
    # the kinds of another year than the count's: not read (a false error before)
    for lead in ("我镇去年公开的信息中", "我镇2023年公开的信息中"):
        assert findings(changed(tmp_path, "r2092", R2092_KINDS,
                                R2092_KINDS.replace("我镇今年公开的信息中", lead).replace("3条", "4条")), "RL701") == [], lead
    # a later fact after a semicolon: not read (1+1+1+3+2 = 8 was an error)
    assert findings(changed(tmp_path, "r2092", R2092_KINDS,
                            R2092_KINDS.replace("3条。", "3条;依申请公开信息2条。")), "RL701") == []
    # one over still found, spaced or Traditional; the year named in both paragraphs (r1374's 2022年) still read
    assert findings(changed(tmp_path, "r2092", R2092_KINDS, R2092_KINDS.replace("3条", " 4 条")), "RL701") == [over]
    assert findings(changed(tmp_path, "r2092", R2092_KINDS,
                            "我鎮今年公開的信息中,包含信息公開指南1條、信息公開制度1條、機構概況1條、業務工作4條。"), "RL701") == [over]
    assert findings(changed(tmp_path, "r1374", "其他类信息数27条", "其他类信息数28条"), "RL701") == [
        ("error", "文中合计不成立：0+9+7+0+0+1+0+73+5+1+28 = 124，但写明的合计为 123 条，各分项之和多出 1 条")]


R2064_BALANCE = "2024年全区新增政府信息依申请公开123件,4件2023年度结转继续办理。依申请公开政府信息全年办结118条,结转2025年度继续办理9条。"


def test_a_carry_in_after_qi_zhong_may_be_inside_the_new_count_or_beside_it(tmp_path):
    # inside: 123 = 114 + 9 (a false error before, read only as 123 + 4); beside: 123 + 4 = 118 + 9
    for among in ("其中4件2023年度结转继续办理", "其中上年结转4件", "其中4件为上年结转"):
        inside = f"2024年全区受理政府信息依申请公开123件,{among}。依申请公开政府信息全年办结114件,结转2025年度继续办理9件。"
        assert findings(changed(tmp_path, "r2064", R2064_BALANCE, inside), "RL707") == [], among
        assert findings(changed(tmp_path, "r2064", R2064_BALANCE, inside.replace("114件", "118件")), "RL707") == [], among
    assert balances("2024年受理政府信息公开申请123件,其中上年结转4件,办结114件,结转下年度9件。", 2024) == [(127, 123, True)]
    assert balances("2024年受理政府信息公开申请123件,其中上年结转4件,办结118件,结转下年度9件。", 2024) == [(127, 127, True)]
    assert balances("2024年受理政府信息公开申请123件,其中上年结转4件,办结116件,结转下年度9件。", 2024) == [(127, 125, False)]
    # the real texts writing the carry-in beside (r1121, r1122: 455 + 4 = 451 + 8 in words) stay silent
    assert findings(corpus("r1122"), "RL707") == []
    # neither reading: found
    assert findings(changed(tmp_path, "r2064", R2064_BALANCE,
                            "2024年全区受理政府信息依申请公开123件,其中4件为上年结转。依申请公开政府信息全年办结115件,"
                            "结转2025年度继续办理9件。"), "RL707") == [
        ("error", "文中申请数不平衡：新收 123 + 上年结转 4 = 127 件，但办结 115 + 结转下年 9 = 124 件，相差 3 件")]
    # beside, not after 其中 (the real text, one over): one reading only
    assert findings(changed(tmp_path, "r2064", R2064_BALANCE, R2064_BALANCE.replace("办结118条", "办结114条")), "RL707") == [
        ("error", "文中申请数不平衡：新收 123 + 上年结转 4 = 127 件，但办结 114 + 结转下年 9 = 123 件，相差 4 件")]
    assert findings(corpus("r2064"), "RL707") == []


R2236_LIST = "村务居务公开信息2条,梳理公布履职事项清单1条,确保"


def test_an_announced_list_read_past_a_share_of_its_last_part(tmp_path):
    over = ("error", "文中合计不成立：1+1+3+1 = 6，但写明的合计为 5 条，各分项之和多出 1 条")
    # one over, a share after the last part and a comment after it: was missed (1+1+3 = 5 by chance), now found
    assert findings(changed(tmp_path, "r2236", R2236_LIST, "村务居务公开信息3条,梳理公布履职事项清单1条,占比20%,确保"),
                    "RL701") == [over]
    # as printed with its share: nothing; a later count that is no remark still ends the list at the prefix
    assert findings(changed(tmp_path, "r2236", R2236_LIST, "村务居务公开信息2条,梳理公布履职事项清单1条,占比20%,确保"),
                    "RL701") == []
    assert findings(changed(tmp_path, "r2236", R2236_LIST, "村务居务公开信息3条,梳理公布履职事项清单1条,其中1条为转载,确保"),
                    "RL701") == []
