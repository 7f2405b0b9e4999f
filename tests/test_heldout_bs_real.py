"""Real reports of the eleventh held-out round, slice bs (r1860–r1872: a sixth hunt for real errors, on pages that reach
tables 三 and 四 with their values, or restate them in prose — 广东, 四川, 陕西, 浙江, 甘肃, 重庆, 天津, 辽宁, 江西, 湖南 on
2021–2025).
Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each
finding is made only where the report is wrong:

- a sentence restating 三's rows outcome by outcome, with no 办结 count (``共收到信息公开申请7件,上年度结转1件;予以公开3件,
  无法提供4件,结转下年继续办理1件``), is RL707's balance: the outcomes listed and 结转下年 may not exceed 新收 + 上年结转
  (r1863 balances; a copy one over was missed before the fix);
- the cells of 三's table these pages print are checked by row (RL401), as on main (r1860);
- prose sums of the channels (r1865, r1868) and the balance stated with 办结 (r1867) are found wrong in copies, as on main."""

from __future__ import annotations

from realcorpus import balances, changed, corpus, findings

R1863_SENTENCE = "共收到信息公开申请7件,上年度结转1件;予以公开3件,无法提供4件,结转下年继续办理1件。"


def test_outcomes_listed_one_by_one_balance_the_applications(tmp_path):
    # r1863 (廿三里街道 2022): 7 + 1 = 3 + 4 + 1
    assert findings(corpus("r1863"), "RL707") == []
    assert balances(R1863_SENTENCE.replace("无法提供4件", "无法提供5件"), 2022) == [(8, 9, False)]
    # an outcome one over, or the carry-out: the listed outcomes exceed what there was to handle
    assert findings(changed(tmp_path, "r1863", "无法提供4件", "无法提供5件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 7 + 上年结转 1 = 8 件，但所列办理结果 3+5 = 8 与结转下年 1 共 9 件，多出 1 件"
                  "（未列出的结果不能为负）")]
    assert findings(changed(tmp_path, "r1863", "结转下年继续办理1件", "结转下年继续办理2件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 7 + 上年结转 1 = 8 件，但所列办理结果 3+4 = 7 与结转下年 2 共 9 件，多出 1 件"
                  "（未列出的结果不能为负）")]


def test_outcomes_listed_short_of_the_applications_say_nothing(tmp_path):
    # fewer handled than there was: an outcome the sentence leaves out may hold the rest
    assert findings(changed(tmp_path, "r1863", "无法提供4件", "无法提供3件"), "RL707") == []
    # the carried in unsaid: nothing bounds the outcomes (the carry-over may be any number)
    assert findings(changed(tmp_path, "r1863", "上年度结转1件;", ""), "RL707") == []
    # said to be none: the bound holds with 0 carried in, at most a warning (无 may speak of part of them)
    assert balances(R1863_SENTENCE.replace("上年度结转1件", "无上年结转"), 2022) == [(7, 8, False)]


def test_an_outcome_inside_another_is_no_sibling():
    # a part of 予以公开 in its bracket or after 其中: not added to it (added, 3+2+4+1 = 10 would be over the 8)
    for part in ("予以公开3件(含部分公开2件)", "予以公开3件,其中部分公开2件"):
        assert balances(R1863_SENTENCE.replace("予以公开3件", part), 2022) == [], part
    over = R1863_SENTENCE.replace("无法提供4件", "无法提供5件")
    # an outcome the form has not (撤回): counted among the others or not, unsaid — no reading
    assert balances(over.replace("无法提供5件", "无法提供5件,申请人撤回2件"), 2022) == []
    # one outcome alone is no list of them: no reading (收到7件,予以公开9件 may say 9 of all, a table's row aside)
    assert balances(over.replace("予以公开3件,无法提供5件", "予以公开9件"), 2022) == []
    # 予以公开 twice: which is meant is not known
    assert balances(over.replace("无法提供5件", "予以公开5件"), 2022) == []


def test_the_table_rows_on_a_page_that_reaches_them(tmp_path):
    # r1860 (海珠区投资促进局 2023): every cell of 三 printed is 0
    assert findings(corpus("r1860"), "RL401") == []
    mutated = changed(tmp_path, "r1860", "一、本年新收政府信息公开申请数量 |\n0 |", "一、本年新收政府信息公开申请数量 |\n2 |")
    assert findings(mutated, "RL401") == [
        ("error", "申请人合计不成立（第一项）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 2+0+0+0+0+0 = 2，"
                  "总计 = 0，相差 2")]


def test_prose_restating_the_channels_and_the_balance(tmp_path):
    # r1865 (二郎街道 2022): 314 = 3+2+1+8+12+20+268; r1868 (辽阳市 2023): 53393 over four channels; r1867 (河东区 2023)
    for prefix in ("r1865", "r1867", "r1868"):
        assert findings(corpus(prefix), "RL701") == [], prefix
        assert findings(corpus(prefix), "RL707") == [], prefix
    assert findings(changed(tmp_path, "r1865", "共公开信息314条", "共公开信息324条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：3+2+1+8+12+20+268 = 314，写明的合计为 324 条，少 10 条")]
    assert findings(changed(tmp_path, "r1868", "门户网站5200条", "门户网站5300条"), "RL701") == [
        ("error", "文中合计不成立：5300+14541+14650+19002 = 53493，但写明的合计为 53393 条，各分项之和多出 100 条")]
    assert findings(changed(tmp_path, "r1867", "答复94件", "答复95件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 92 + 上年结转 2 = 94 件，但办结 95 件，多出 1 件（结转下年不能为负）")]
