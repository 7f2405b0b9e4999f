"""Leftovers of the thirteenth round (branch ``leftover14``): readings earlier rounds left open, each on the real text and
on copies of it (one over, one short, other wordings) — see benchmarks/ACCURACY.md, "Leftovers of the thirteenth round":

- a total stated in one numbered item and its kinds listed in the next paragraph (万盈镇 r2092, 永泰's office r1374):
  read against the paragraph right before when the list is announced as that count's kinds (text/sumitems);
- 新港街 r2074's ``申请 4件,申请人均为自然人,信息不存在2件,…``: the form's finer result names (信息不存在, 本机关不掌握, 重复申请…)
  open the outcomes of a count of applications, past one clause that adds no fact (summarkers._decision_markers), and
  outcomes that cannot overlap are one list whatever a prefix adds up to (sumextent._outcomes_alike);
- r2091's ``15件,除2件…,其他13件``: a 除…外 over two clauses is one part (sumparts), and 除 may open the sentence after
  the count it splits (summarkers._except_markers);
- r2064 (同安区 2024)'s balance ``新增…123件,4件2023年度结转…。…办结118条,结转…9条``: 新增 counts what was received, a number
  before 2023年度结转 is carried in (applicationroles), and 条 in a sentence naming 依申请 before it counts applications (balance).
"""

from __future__ import annotations

from realcorpus import balances, changed, corpus, findings, line_of, shapes
from reportlint.text.cnparse import find_numbers
from reportlint.text.normalize import normalize
from reportlint.text.sumitems import item_breakdown


def _items(before: str, text: str) -> tuple[int, list[int], str | None] | None:
    before, text = normalize(before), normalize(text)
    s = item_breakdown(before, find_numbers(before), text, find_numbers(text))
    return s and (int(s.total.value), [int(p.value) for p in s.parts], s.ending)


def test_kinds_in_the_next_item_are_read_against_its_count(tmp_path):
    # the real texts: 6 = 1+1+1+3 and 123 = eleven kinds closed by 其他: nothing
    assert findings(corpus("r2092"), "RL701") == []
    assert findings(corpus("r1374"), "RL701") == []
    assert _items(line_of("r2092", "1、主动公开政府信息的数量"), line_of("r2092", "2、主动公开政府信息的类别")) == \
        (6, [1, 1, 1, 3], None)
    # one over: an error; one short: four kinds that do not say they go on, a warning
    assert findings(changed(tmp_path, "r2092", "业务工作3条", "业务工作4条"), "RL701") == [
        ("error", "文中合计不成立：1+1+1+4 = 7，但写明的合计为 6 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2092", "业务工作3条", "业务工作2条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：1+1+1+2 = 5，写明的合计为 6 条，少 1 条")]
    # r1374: closed by 其他, one over and one short are errors; the running count of all years (2009) is no total
    assert findings(changed(tmp_path, "r1374", "其他类信息数27条", "其他类信息数28条"), "RL701") == [
        ("error", "文中合计不成立：0+9+7+0+0+1+0+73+5+1+28 = 124，但写明的合计为 123 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1374", "其他类信息数27条", "其他类信息数26条"), "RL701") == [
        ("error", "文中合计不成立：0+9+7+0+0+1+0+73+5+1+26 = 122（已列至“其他类信息数”），但写明的合计为 123 条，少 1 条")]


def test_kinds_in_the_next_paragraph_only_when_the_link_is_certain():
    count = "1、主动公开政府信息的数量。今年我镇通过区政府网站主动公开文件6条。"
    kinds = "2、主动公开政府信息的类别。我镇今年公开的信息中,包含信息公开指南1条、信息公开制度1条、机构概况1条、业务工作4条。"
    assert _items(count, kinds) == (6, [1, 1, 1, 4], None)
    # a lead naming no subject after a paragraph ending on its count: read; 主要 makes the list open
    assert _items("全年主动公开政府信息50条。", "具体包括:工作动态20条,通知公告20条,其他信息11条。") == (50, [20, 20, 11], "other")
    assert _items("全年主动公开政府信息50条。", "主要包括:工作动态20条,通知公告20条,政策文件11条。") == (50, [20, 20, 11], "etc")
    # not read: the count not ending the paragraph before, two counts of the year there, a subject the paragraph
    # before does not name, another count in the list's unit, a lead with a count of its own
    assert _items("全年主动公开政府信息50条,群众满意。", "具体包括:工作动态20条,通知公告20条,其他信息11条。") is None
    assert _items("全年主动公开政府信息50条,依申请公开3条。", "具体包括:工作动态20条,通知公告20条,其他信息11条。") is None
    assert _items("1、依申请公开情况。今年收到申请6条。", kinds) is None
    assert _items(count, kinds + "另有咨询2条。") is None
    assert _items(count, "2、主动公开政府信息的类别。今年公开文件8条,包含信息公开指南1条、业务工作4条。") is None
    # a change is no count of the year: the paragraph's one count is still 6
    assert _items(count.replace("6条。", "6条,同比增加2条。"), kinds) == (6, [1, 1, 1, 4], None)


def test_outcomes_after_a_clause_about_the_applicants(tmp_path):
    # the real text: 4 = 2+1+1, read now (信息不存在 an outcome word, the applicants' clause between)
    line = line_of("r2074", "申请人均为自然人")
    assert shapes(line) == [(4, [2, 1, 1], None)]
    assert findings(corpus("r2074"), "RL701") == []
    # one over, on any part (信息不存在3件: 3+1 = 4 is a prefix by chance, but outcomes cannot overlap): an error
    assert findings(changed(tmp_path, "r2074", "信息不存在2件", "信息不存在3件"), "RL701") == [
        ("error", "文中合计不成立：3+1+1 = 5，但写明的合计为 4 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2074", "不予公开1件。", "不予公开2件。"), "RL701") == [
        ("error", "文中合计不成立：2+1+2 = 5，但写明的合计为 4 件，各分项之和多出 1 件")]
    # other wordings: the finer result names of the form, a clause saying all were answered
    assert shapes("本年度收到政府信息公开申请10件,均已按时答复,予以公开6件,本机关不掌握3件,重复申请2件。") == \
        [(10, [6, 3, 2], None)]
    assert shapes("本年度收到政府信息公开申请10件,予以公开8件,不予公开2件,无法提供1件。") == [(10, [8, 2, 1], None)]
    # not read as the count's outcomes: a clause between that adds a fact (another subject, a carry-over, a number)
    assert shapes("本年度收到政府信息公开申请10件,另有咨询,予以公开6件,本机关不掌握3件,重复申请2件。") == []
    assert shapes("本年度收到政府信息公开申请10件,上年结转,予以公开6件,本机关不掌握3件,重复申请2件。") == []
    # a finer result name beside the outcome it is a row of breaks that one down: the prefix that adds up ends the list
    assert shapes("本年度收到政府信息公开申请10件,予以公开7件,无法提供3件,本机关不掌握2件,没有现成信息1件。") == \
        [(10, [7, 3], None)]
    assert shapes("本年度收到政府信息公开申请10件,予以公开8件,不予公开2件,结转1件。") == [(10, [8, 2], None)]


def test_except_over_clauses_and_after_a_full_stop(tmp_path):
    real = "共收到政府信息依申请公开件15件,除2件结转2025年继续办理,其他13件均按"
    assert real in line_of("r2091", "除2件结转")
    assert findings(corpus("r2091"), "RL701") == []
    # 除…外 over two clauses: one over was missed (the part ended at its first comma), now found; as printed, silent
    two = "共收到政府信息依申请公开件15件,除2件因申请内容不明确,经补正后仍不明确外,其他14件均按"
    assert findings(changed(tmp_path, "r2091", real, two), "RL701") == [
        ("error", "文中合计不成立：2+14 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    assert shapes(two.replace("14件", "13件")) == [(15, [2, 13], "other")]
    assert shapes("申请15件,除2件因内容不明确,经补正仍不明确,申请人未再提交外,其余12件均已办结。") == [(15, [2, 12], "other")]
    # 除 opening the sentence after the count: read as a 其中 there is; one over is an error (the page stops in the
    # sentence, so one short says nothing there: its later words are cut off)
    after = "共收到政府信息依申请公开件15件。除2件结转2025年继续办理外,其余14件均按"
    assert findings(changed(tmp_path, "r2091", real, after), "RL701") == [
        ("error", "文中合计不成立：2+14 = 16，但写明的合计为 15 件，各分项之和多出 1 件")]
    assert shapes(after.replace("14件", "13件")) == [(15, [2, 13], "other")]
    # still none: 除此之外 (no count), the rest uncounted, a count listed in the sentence before
    assert shapes("共收到申请15件。除此之外,其余咨询13件均按时办结。") == []
    assert shapes("共收到申请15件。除2件外,其余均按时办结。") == []


def test_balance_in_items_beside_new_applications(tmp_path):
    line = line_of("r2064", "新增政府信息依申请公开123件")
    # the real text: 123 + 4 = 118 + 9, read now (新增 a count received, 4件2023年度结转 carried in, 条 of 依申请 as 件)
    assert balances(line, 2024) == [(127, 127, True)]
    assert findings(corpus("r2064"), "RL707") == []
    # one off in any term: an error
    assert findings(changed(tmp_path, "r2064", "办结118条", "办结119条"), "RL707") == [
        ("error", "文中申请数不平衡：新收 123 + 上年结转 4 = 127 件，但办结 119 + 结转下年 9 = 128 件，相差 1 件")]
    assert findings(changed(tmp_path, "r2064", "4件2023年度结转", "5件2023年度结转"), "RL707") == [
        ("error", "文中申请数不平衡：新收 123 + 上年结转 5 = 128 件，但办结 118 + 结转下年 9 = 127 件，相差 1 件")]
    # other wordings: all in 件; the carry-in named before its number
    assert balances("2024年新增政府信息公开申请123件,4件2023年度结转继续办理,办结118件,结转2025年度继续办理9件。", 2024) == \
        [(127, 127, True)]
    assert balances("2024年新增政府信息公开申请123件,上年结转4件,办结118条,结转下年度继续办理10条。", 2024) == []
    assert balances("依申请公开:2024年新增政府信息公开申请123件,上年结转4件,办结118条,结转下年度继续办理10条。", 2024) == \
        [(127, 128, False)]
    # 条 stays items where the sentence names 主动 or no 依申请; a year after the report's is no carry-in
    assert balances("主动公开信息50条,依申请公开信息3条,办结3条,结转下年1条。", 2024) == []
    assert balances("2024年新增政府信息公开申请123件,4件2025年度结转继续办理,办结118件,结转下年9件。", 2024) == []
    # every term in 条 (a copy of r2015 in 条): items disclosed on application, as before — not read
    assert balances("依申请公开:2024年新增政府信息公开申请123条,上年结转4条,办结118条,结转下年度继续办理10条。", 2024) == []
