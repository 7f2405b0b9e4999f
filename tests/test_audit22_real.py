"""Audit of the thirteenth round's new readings (branch audit22) against real wordings the corpus lacks, on copies of
real corpus texts: each reading must fire only on the wording it was meant for.

- slice cg's 除 split (``text/summarkers._except_markers``): ``…15件,除2件结转2025年继续办理外,分局还受理咨询20件,其他13件…``
  took the 还 clause (another fact) into the split, a false RL701 (2+20+13 of 15): the rest is now the clause right after
  the 除 clause or after the clause closing its 除…外;
- slice cc's balance in 项 (``text/applicationroles.counts_other``, RL707's reader only): ``收到依申请公开16项,
  办理行政许可事项12项,结转下年度继续办理1项`` read the matters handled as the applications handled, a false RL707: a count
  of 事项 with no 申请 in its clause is of another subject;
- slice cc's catch-all kept whatever the sum (``text/kindred.kindred_extent``): ``…公示公告524条,其他信息805条,其他新媒体平台
  发布1200条`` kept the second 其他 (a later fact), a false RL701: a 其他 right after another is cut;
- leftover13's share before the outcomes (``text/sumbreakdowns.before_outcomes``) was read only when one: two shares
  (``其中涉企申请的5件,涉及第三方的2件,予以公开8件,…`` of 30) made the outcomes their list, a false RL701 (37 of 30).
"""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R2091 = "除2件结转2025年继续办理,其他13件均按"
R2015 = "共收到依申请公开16项,办理15项,结转下年度继续办理1项"
R2022 = "其他信息805条,总访问量"


def test_r2091_except_then_an_added_fact_is_no_split(tmp_path):
    assert findings(corpus("r2091"), "RL701") == []
    # 除…外,还…: the clause after the frame adds another count, the rest comes later — no split, nothing
    assert findings(changed(tmp_path, "r2091", R2091, "除2件结转2025年继续办理外,分局还受理咨询20件,其他13件均按"),
                    "RL701") == []
    # the rest right after the frame closed by 外, one over: still found
    assert findings(changed(tmp_path, "r2091", R2091, "除2件结转2025年继续办理外,其余14件均按时办结。"), "RL701") == [
        ("error", "文中合计不成立：2+14 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    # 除 in other senses: no count in it, or the rest uncounted — nothing
    for new in ("除涉密信息外,其余均已公开,其他13件均按", "除2件外,其余均在法定期限内答复,其他13件均按",
                "除2人次现场查阅外,其余10件均按", "除2件结转2025年继续办理,其余占86.7%,均按"):
        assert findings(changed(tmp_path, "r2091", R2091, new), "RL701") == [], new


def test_r2015_matters_handled_are_no_applications(tmp_path):
    assert findings(corpus("r2015"), "RL707") == []
    # 办理…事项: matters of the work in 项, not the applications — nothing
    for new in ("共收到依申请公开16项,办理行政许可事项12项,结转下年度继续办理1项",
                "共收到依申请公开16项,公开重点领域事项12项,办理15项,结转下年度继续办理1项"):
        assert findings(changed(tmp_path, "r2015", R2015, new), "RL707") == [], new
    # the applications named 事项 with 申请 in the clause: still read, the copy short is found
    assert findings(changed(tmp_path, "r2015", R2015, "共收到依申请公开事项16项,办理14项,结转下年度继续办理1项"),
                    "RL707") == [
        ("error", "文中申请数不平衡：新收 16 项，但办理 14 + 结转下年 1 = 15 项，少 1 项（办理的不论含不含上年结转，"
                  "与结转下年之和都不能少于新收）")]


def test_r2022_a_catch_all_right_after_the_lists_own_is_a_later_fact(tmp_path):
    assert findings(corpus("r2022"), "RL701") == []
    # a second 其他 right after the list's own: another fact (where else items were published), cut — nothing
    assert findings(changed(tmp_path, "r2022", R2022, "其他信息805条,其他新媒体平台发布1200条,总访问量"), "RL701") == []
    # the list's own 其他 one over: still kept, found one over
    assert findings(changed(tmp_path, "r2022", R2022, "其他信息806条,总访问量"), "RL701") == [
        ("warning", "文中合计不成立：5件+16件+35件+74件+69件+384条+1462条+524条+806条 = 3375，但写明的合计为 3374 条，"
                    "各分项之和多出 1 条")]


R1855 = "申请30件,其中予以公开8件,无法提供17件"


def test_r1855_two_shares_then_the_whole_counts_outcomes(tmp_path):
    # leftover13's one share, twice: the outcomes after the two shares make the 30 — a second breakdown, nothing
    two = "申请30件,其中涉企申请的5件,涉及第三方的2件,予以公开8件,无法提供17件"
    assert findings(changed(tmp_path, "r1855", R1855, two), "RL701") == []
    # an outcome one over: the whole list is over its total either way, found
    over = "申请30件,其中涉企申请的5件,涉及第三方的2件,予以公开9件,无法提供17件"
    assert findings(changed(tmp_path, "r1855", R1855, over), "RL701") == [
        ("error", "文中合计不成立：5+2+9+17+2+3 = 38，但写明的合计为 30 件，各分项之和多出 8 件")]
    # outcomes written number first with no share before them: one list, one over found
    first = "申请30件,其中8件予以公开,18件无法提供"
    assert findings(changed(tmp_path, "r1855", R1855, first), "RL701") == [
        ("error", "文中合计不成立：8+18+2+3 = 31，但写明的合计为 30 件，各分项之和多出 1 件")]
