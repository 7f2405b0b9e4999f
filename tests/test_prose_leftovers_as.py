"""The prose checks' leftovers closed on branch prose-as: a total written after its parts (``…29件,续办上年度结转1件,共办理
30件``, RL701), a list that turns from one breakdown of its total to the outcomes (``其中网上申请15件,…予以公开12件``:
two breakdowns, not one over its total) and RL707's bound with the carry-in unsaid (新收 may not exceed 办结 + 结转下年).
Each reads the real text as it was found, and copies of it with one number or phrase changed (written to a tmp folder):
the wrong ones found, the right ones silent."""

from __future__ import annotations

import pytest

from realcorpus import balances, changed, corpus, findings, line_of, shapes

# --- a total after its parts (text/sumtrailing) ---------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "fragment", "expected"), [
    # r350 (嘉兴市人民政府办公室 2023): 132 new + 2 carried in, 共计134
    ("r350", "共计134件", (134, [132, 2], None)),
    # r1321 (江苏省科学技术厅 2024): 受理29, 续办上年度结转1, 共办理30 (then its own 其中: 29 自然人 + 1 商业企业)
    ("r1321", "共办理30件", (30, [29, 1], None)),
    # r855 (咸阳市秦都区 2024): 网上105, 快递17, 合计122
    ("r855", "合计122件", (122, [105, 17], None)),
    # r461 (甘肃省退役军人事务厅 2022): five kinds, 总计1554
    ("r461", "总计1554条", (1554, [397, 140, 264, 92, 661], None)),
    # r1150 (武隆区接龙乡 2022): five kinds (one 0), 合计22
    ("r1150", "合计22条", (22, [15, 2, 3, 2, 0], None)),
])
def test_a_real_total_after_its_parts_is_read_and_adds_up(prefix, fragment, expected):
    assert expected in shapes(line_of(prefix, fragment))


@pytest.mark.parametrize("prefix", ["r350", "r1321", "r461", "r1150"])
def test_the_real_totals_after_their_parts_say_nothing(prefix):
    assert findings(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    # over: no reading makes parts above their total right
    ("r350", "共计134件", "共计133件", ("error", "文中合计不成立：132+2 = 134，但写明的合计为 133 件，各分项之和多出 1 件")),
    ("r1150", "合计22条", "合计21条", ("error", "文中合计不成立：15+2+3+2+0 = 22，但写明的合计为 21 条，各分项之和多出 1 条")),
    # short: a warning (the 共 sums what was listed, but a writer may total more than the clauses before name)
    ("r350", "共计134件", "共计135件", ("warning", "文中合计不成立：132+2 = 134，但其后写明的合计为 135 件，少 1 件")),
    ("r1321", "共办理30件", "共办理31件", ("warning", "文中合计不成立：29+1 = 30，但其后写明的合计为 31 件，少 1 件")),
    ("r1321", "来件29件", "来件28件", ("warning", "文中合计不成立：28+1 = 29，但其后写明的合计为 30 件，少 1 件")),
    ("r461", "总计1554条", "总计1555条",
     ("warning", "文中合计不成立：397+140+264+92+661 = 1554，但其后写明的合计为 1555 条，少 1 条")),
])
def test_a_wrong_total_after_real_parts_is_found(tmp_path, prefix, old, new, expected):
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [expected]


def test_a_wrong_total_after_real_parts_is_found_beside_another_finding(tmp_path):
    # r855 holds one warning of its own (a list of 3659 条 that names 1257 of them), which stays as it is
    real = findings(corpus("r855"), "RL701")
    assert real == [("warning", "文中各分项之和与合计不符：352+854+19+32 = 1257，写明的合计为 3659 条，少 2402 条")]
    assert findings(changed(tmp_path, "r855", "合计122件", "合计121件"), "RL701") == [
        *real, ("error", "文中合计不成立：105+17 = 122，但写明的合计为 121 件，各分项之和多出 1 件")]


@pytest.mark.parametrize(("prefix", "fragment"), [
    # 共办结 counts what was closed, a term of the balance: 9695 + 312 is no sum of 9816 (RL707's, with 19 carried out)
    ("r463", "共办结9816件"),
    # the same with 24 closed and 7 carried out
    ("r1011", "共办结24件"),
    # 累计 counts over the years: 23 made and 11 repealed this year are no parts of the 67 in force
    ("r1176", "累计公开现行有效规范性文件67件"),
])
def test_a_closed_or_cumulative_count_after_other_counts_is_no_total(prefix, fragment):
    line = line_of(prefix, fragment)
    total = int("".join(ch for ch in fragment if ch.isdigit()))
    assert [s for s in shapes(line) if s[0] == total] == []
    assert findings(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the plain case: two counts, then 共计 their sum
    ("收到申请20件,上年结转2件,共计22件。", [(22, [20, 2], None)]),
    # 办理 with a count carried over after it is what was closed, as 办结: no total
    ("收到申请20件,上年结转2件,共办理20件,结转下年2件。", []),
    # a semicolon ends the run before it holds two parts
    ("收到申请20件;上年结转2件,共计22件。", []),
    # a change (同比增加) remarks on the count before it, a 其中 list's parts and a bracket's counts may be what is
    # totalled: which counts the total sums is not told, no trailing reading (the 其中 or bracket list is read as ever)
    ("收到申请20件,同比增加2件,共计22件。", []),
    ("收到申请20件,其中网上申请15件,信函申请5件,上年结转2件,共计22件。", [(20, [15, 5], None)]),
    ("收到申请20件(网上申请15件,信函申请5件),上年结转2件,共计22件。", [(20, [15, 5], None)]),
    # a new topic (另…) opens with its first part
    ("收到申请20件。另收到咨询5件,电话咨询3件,共计8件。", [(8, [5, 3], None)]),
    # 共享 (as 共同, 共建…) is no total
    ("收到申请20件,上年结转2件,共享信息22件。", []),
    # a clause with a list marker: the run reaching it is no reading (only the 其中 list is read)
    ("发布信息100条,其中动态50条,通知50条,共计100条。", [(100, [50, 50], None)]),
])
def test_a_total_after_parts_is_read_only_where_the_words_make_one(text, expected):
    assert shapes(text) == expected


# --- a second breakdown of the same total, by outcome (text/sumbreakdowns.before_outcomes) ------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a channel, then the outcomes: two breakdowns of 20 (15 + 12 is no sum of it; the shares are right)
    ("收到申请20件,其中网上申请15件,占75%;予以公开12件,占60%。", []),
    # one channel over the total: still read (the outcomes after it are within 20)
    ("收到申请20件,其中网上申请15件,信函申请6件,予以公开12件,不予公开8件。", [(20, [15, 6], None)]),
    # the outcomes alone over the total: one list, read as before
    ("收到申请20件,其中予以公开15件,不予公开6件。", [(20, [15, 6], None)]),
    # a second breakdown itself over the total: the list is read whole, wrong either way
    ("收到申请20件,其中网上申请15件,信函申请5件,予以公开12件,不予公开9件。", [(20, [15, 5, 12, 9], None)]),
    # shares past 100 % within one breakdown (no kind change): the over-sum stands
    ("收到申请20件,其中网上申请15件,占75%;信函申请6件,占30%。", [(20, [15, 6], None)]),
])
def test_the_outcomes_after_another_breakdown_are_a_second_one(text, expected):
    assert shapes(text) == expected


_R873_REAL = "(网上申请5件、信函申请2件),均在法定期限内予以答复,其中予以公开5件"


def test_a_real_channel_then_outcome_breakdown_written_as_one_list_says_nothing(tmp_path):
    # r873 (嵊泗县 2022): 共受理7件(网上5、信函2),…其中予以公开5件,…无法提供2件 — two breakdowns of 7, kept apart by the
    # bracket; written as one 其中 list (channel, then outcomes) it was a false RL701 error (5+5+2 = 12 of 7)
    assert findings(corpus("r873"), "RL701") == []
    path = changed(tmp_path, "r873", _R873_REAL, ",其中网上申请5件,予以公开5件")
    assert findings(path, "RL701") == []


@pytest.mark.parametrize(("new", "expected"), [
    # the channels over 7: an error of the first breakdown
    (",其中网上申请5件,信函申请3件,予以公开5件", "文中合计不成立：5+3 = 8，但写明的合计为 7 件，各分项之和多出 1 件"),
])
def test_a_wrong_first_breakdown_before_the_outcomes_is_an_error(tmp_path, new, expected):
    assert findings(changed(tmp_path, "r873", _R873_REAL, new), "RL701") == [("error", expected)]


def test_outcomes_over_the_total_after_a_channel_are_an_error(tmp_path):
    old = _R873_REAL + ",因本机关不掌握、没有现成信息等原因无法提供2件"
    new = ",其中网上申请5件,予以公开5件,因本机关不掌握、没有现成信息等原因无法提供3件"
    assert findings(changed(tmp_path, "r873", old, new), "RL701") == [
        ("error", "文中合计不成立：5+5+3 = 13，但写明的合计为 7 件，各分项之和多出 6 件")]


# --- RL707 with the carry-in unsaid (checks/prose/balance: open_in) --------------------------------------------------


@pytest.mark.parametrize(("prefix", "fragment", "year", "expected"), [
    # r1310 (闽侯县人民政府办公室 2025): 72 received, 71 answered, 1 carried out — the carry-in unsaid: a bound that holds
    ("r1310", "依申请公开政府信息72件", 2025, []),
    # r928 (太原市小店区 2024): 307 = 304 + 3
    ("r928", "依申请公开政府信息件307件", 2024, []),
])
def test_real_three_term_statements_hold(prefix, fragment, year, expected):
    assert balances(line_of(prefix, fragment), year) == expected
    assert findings(corpus(prefix), "RL707") == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1310", "依申请公开政府信息72件", "依申请公开政府信息73件",
     "文中申请数不平衡：新收 73 件，但办结 71 + 结转下年 1 = 72 件，少 1 件（上年结转不能为负）"),
    ("r928", "依申请公开政府信息件307件", "依申请公开政府信息件308件",
     "文中申请数不平衡：新收 308 件，但办结 304 + 结转下年 3 = 307 件，少 1 件（上年结转不能为负）"),
    ("r1310", "已答复71件", "已答复70件",
     "文中申请数不平衡：新收 72 件，但办结 70 + 结转下年 1 = 71 件，少 1 件（上年结转不能为负）"),
])
def test_more_received_than_closed_and_carried_out_is_an_error(tmp_path, prefix, old, new, expected):
    assert findings(changed(tmp_path, prefix, old, new), "RL707") == [("error", expected)]


@pytest.mark.parametrize(("old", "new"), [
    # fewer received than closed + carried out: the carry-in, unsaid, may make up the 1
    ("依申请公开政府信息72件", "依申请公开政府信息71件"),
    ("已答复71件", "已答复72件"),
])
def test_fewer_received_than_closed_and_carried_out_says_nothing(tmp_path, old, new):
    assert findings(changed(tmp_path, "r1310", old, new), "RL707") == []


def test_the_carry_in_written_makes_it_the_full_balance_again(tmp_path):
    # 无上年结转 states the carry-in as none: the four-term reading, a warning as before (the zero is implied)
    path = changed(tmp_path, "r1310", "依申请公开政府信息72件", "依申请公开政府信息73件,无上年结转")
    assert findings(path, "RL707") == [
        ("warning", "文中申请数不平衡：新收 73 + 上年结转 0 = 73 件，但办结 71 + 结转下年 1 = 72 件，相差 1 件")]


# --- an outcome list whose total is the paragraph's count of what was handled (sumtotals.handled_count) -------------


@pytest.mark.parametrize(("prefix", "fragment", "expected"), [
    # r1352 (宝山区人民政府办公室 2025): 答复…202件(含上年度结转35件) two sentences back; 已办结申请中, 55+10+95+42 = 202
    ("r1352", "已办结申请中", (202, [55, 10, 95, 42], "other")),
    # r1340 (崇川区数据局 2025): 申请17件,均在法定期限内办结 two sentences back (the channels between); 经审核分类办理, 2+5+8+2
    ("r1340", "以信函申请为主", (17, [2, 5, 8, 2], None)),
])
def test_a_real_outcome_list_is_read_against_the_paragraphs_count_handled(prefix, fragment, expected):
    assert expected in shapes(line_of(prefix, fragment))
    assert findings(corpus(prefix), "RL701") == []


@pytest.mark.parametrize(("prefix", "old", "new", "expected"), [
    ("r1352", "其他处理42件", "其他处理43件", ("error", "文中合计不成立：55+10+95+43 = 203，但写明的合计为 202 件，各分项之和多出 1 件")),
    ("r1352", "其他处理42件", "其他处理41件",
     ("error", "文中合计不成立：55+10+95+41 = 201（已列至“其他处理”），但写明的合计为 202 件，少 1 件")),
    ("r1340", "部分公开5件", "部分公开6件", ("error", "文中合计不成立：2+6+8+2 = 18，但写明的合计为 17 件，各分项之和多出 1 件")),
    ("r1340", "部分公开5件", "部分公开4件", ("warning", "文中各分项之和与合计不符：2+4+8+2 = 16，写明的合计为 17 件，少 1 件")),
])
def test_a_wrong_outcome_of_a_real_list_is_found(tmp_path, prefix, old, new, expected):
    assert findings(changed(tmp_path, prefix, old, new), "RL701") == [expected]


@pytest.mark.parametrize(("prefix", "old", "new"), [
    # a lead clause naming a subset (网上申请中): its outcomes are not of all that was handled
    ("r1352", "已办结申请中", "网上申请中"),
    ("r1340", "经审核分类办理", "网上申请中"),
    # two counts of what was handled in the paragraph: which one the outcomes break down is not told
    ("r1352", "答复政府信息公开申请202件", "答复政府信息公开申请202件,办结申请200件"),
    # no count said to be handled (受理 is what came in): nothing to read the outcomes against
    ("r1340", "均在法定期限内办结", "均在法定期限内受理"),
])
def test_no_total_is_taken_where_the_paragraph_does_not_name_one(tmp_path, prefix, old, new):
    path = changed(tmp_path, prefix, old, new)
    assert findings(path, "RL701") == []
    text = path.read_text(encoding="utf-8")
    (line,) = [x for x in text.split("\n") if new in x]
    assert [s for s in shapes(line) if s[0] in (202, 17)] == []


# --- RL707 over a paragraph whose sentences each hold a term (checks/prose/balance._CLAUSE_START) --------------------


def test_a_real_balance_over_four_sentences_is_read():
    # r1160 (漕河泾街道 2023): 收到15件,…。上年度结转3件。共按时办结10件,予以公开4件。8件结转下年度继续办理。— 15+3 = 10+8;
    # 8 opens its sentence and is named by the words after it, as it would be after a comma
    assert balances(line_of("r1160", "上年度结转3件"), 2023) == [(18, 18, True)]
    assert findings(corpus("r1160"), "RL707") == []


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("8件结转下年度继续办理", "9件结转下年度继续办理",
     "文中申请数不平衡：新收 15 + 上年结转 3 = 18 件，但办结 10 + 结转下年 9 = 19 件，相差 1 件"),
    ("共按时办结10件", "共按时办结11件",
     "文中申请数不平衡：新收 15 + 上年结转 3 = 18 件，但办结 11 + 结转下年 8 = 19 件，相差 1 件"),
])
def test_a_wrong_term_of_a_real_paragraph_balance_is_an_error(tmp_path, old, new, expected):
    assert findings(changed(tmp_path, "r1160", old, new), "RL707") == [("error", expected)]


def test_a_count_not_said_to_be_carried_over_is_no_term(tmp_path):
    # 8件继续办理 names no carry-over: the paragraph states three terms, and 10 closed of 18 is within the bound
    assert findings(changed(tmp_path, "r1160", "8件结转下年度继续办理", "8件继续办理"), "RL707") == []
