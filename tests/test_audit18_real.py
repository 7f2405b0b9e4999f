"""Audit of slices br and bs's new readings on variants of their real texts (r1854, r1863):
- RL707's bound of the outcomes listed one by one (``listed``): an outcome opening a bracket right after another's count
  (``予以公开5件(部分公开2件)``) is a part of it, as a bracket after a count is everywhere; 部分公开 not above 予以公开 may
  be counted inside it by the writer's habit (``予以公开5件,部分公开2件``), so the bound adds it only when it cannot be;
- a bracket opening on 累计 alone holds a running count only when its count is above the year's: otherwise 累计 says "in
  all" of a breakdown (``5条(累计网站发布4条,微信公众号发布2条)``), read as before slice br; 历年累计 is always one."""

from __future__ import annotations

from realcorpus import balances, changed, corpus, findings

R1863_SENTENCE = "共收到信息公开申请7件,上年度结转1件;予以公开3件,无法提供4件,结转下年继续办理1件。"
OVER = R1863_SENTENCE.replace("无法提供4件", "无法提供5件")  # 3 + 5 + 1 = 9 over 7 + 1


def test_an_outcome_in_a_bracket_after_another_is_its_part():
    # 予以公开5件(部分公开2件),无法提供1件: 5 + 1 + 1 = 7 of 8; added as a sibling, 9 was over
    for part in ("予以公开5件(部分公开2件)", "予以公开5件（部分公开2件）", "予以公开5件( 部分公开2件)"):
        assert balances(R1863_SENTENCE.replace("予以公开3件,无法提供4件", f"{part},无法提供1件"), 2022) == [], part
    # the bracket's outcome aside, the siblings still over: found
    assert balances(OVER.replace("予以公开3件", "予以公开3件(部分公开2件)"), 2022) == [(8, 9, False)]


def test_partly_disclosed_not_above_disclosed_may_be_inside_it(tmp_path):
    # 予以公开5件,部分公开2件,无法提供1件 + 结转1: 5 + 1 + 1 = 7 ≤ 8 when 部分 is inside 予以公开
    assert findings(changed(tmp_path, "r1863", "予以公开3件,无法提供4件", "予以公开5件,部分公开2件,无法提供1件"),
                    "RL707") == []
    assert balances(R1863_SENTENCE.replace("予以公开3件", "予以公开3件,部分公开3件").replace("无法提供4件", "无法提供3件"),
                    2022) == []
    # 部分公开 above 予以公开 cannot be inside it: a sibling, and the outcomes over 8 are an error
    assert findings(changed(tmp_path, "r1863", "予以公开3件,无法提供4件", "予以公开2件,部分公开3件,无法提供3件"),
                    "RL707") == [
        ("error", "文中申请数不平衡：新收 7 + 上年结转 1 = 8 件，但所列办理结果 2+3+3 = 8 与结转下年 1 共 9 件，多出 1 件"
                  "（未列出的结果不能为负）")]
    # 予以公开 over on its own, with 部分公开 beside it: the bound without 部分公开 still broken
    assert findings(changed(tmp_path, "r1863", "予以公开3件,无法提供4件", "予以公开5件,部分公开2件,无法提供3件"),
                    "RL707") == [
        ("error", "文中申请数不平衡：新收 7 + 上年结转 1 = 8 件，但所列办理结果 5+3 = 8 与结转下年 1 共 9 件，多出 1 件"
                  "（未列出的结果不能为负）")]
    # 予以公开 and 部分公开 alone, 部分 inside: one outcome listed, no list — no reading
    assert balances(OVER.replace("予以公开3件,无法提供5件", "予以公开9件,部分公开2件"), 2022) == []


def test_listed_outcomes_variants_kept(tmp_path):
    # found whatever the spacing, full-width marks, Traditional characters or a crawler's line break
    for text in (OVER.replace(",", "，").replace(";", "；").replace("件", " 件"),
                 "共收到資訊公開申請7件,上年度結轉1件;予以公開3件,無法提供5件,結轉下年繼續辦理1件。",
                 OVER.replace("予以公开3件", "予以公开3\n件")):
        assert balances(text, 2022) == [(8, 9, False)], text
    # silent: outcomes in 条, 撤回 under another name, outcomes of last year's carried applications apart, the 2019
    # form's outcome names, 不予公开 broken down into reasons, 无法提供's reasons listed beside it
    for text in (OVER.replace("件", "条"),
                 OVER.replace("结转下年继续办理1件", "申请人主动撤回1件"),
                 OVER.replace("无法提供5件", "无法提供4件;上年度结转的申请予以公开1件"),
                 "共收到信息公开申请7件,上年度结转1件;同意公开3件,不予公开2件,信息不存在2件,非本机关职责范围1件。",
                 OVER.replace("无法提供5件", "不予公开3件(其中国家秘密1件、内部事务信息2件),无法提供1件"),
                 OVER.replace("无法提供5件", "无法提供4件,本机关不掌握相关政府信息3件,没有现成信息需要另行制作1件"),
                 OVER.replace(";", "。")):
        assert balances(text, 2022) == [], text


def test_a_bracket_opening_on_a_running_count(tmp_path):
    # r1854 (金山街道 2023): 主动公开政府信息5条(历年累计314条) — no part; 累计 with a count above 5, no part either
    assert findings(corpus("r1854"), "RL701") == []
    for bracket in ("(累计314条)", "(累计公开314条)", "（ 累计314条）", "(历年累计4条)"):
        assert findings(changed(tmp_path, "r1854", "(历年累计314条)", bracket), "RL701") == [], bracket
    # 累计 opening a breakdown of the 5 (in all, by channel): read, and its parts over 5 are an error
    assert findings(changed(tmp_path, "r1854", "(历年累计314条)", "(累计网站发布4条,微信公众号发布2条)"), "RL701") == [
        ("error", "文中合计不成立：4+2 = 6，但写明的合计为 5 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1854", "(历年累计314条)", "(累计网站发布3条,微信公众号发布2条)"), "RL701") == []
