"""Real reports of the eleventh held-out round, slice bt (r1880–r1887: a seventh hunt for real errors, in municipal
departments of big cities — 深圳's 城管局 and 市场监管局's 龙华监管局, 杭州's 城管局, 武汉's 机关事务管理局 and 审计局, 郑州's
自然资源和规划局, 南京's 秦淮区数据局, 昆明's 政务服务管理局, on 2023–2025, pages restating counts in prose).
Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each
finding is made only where the report is wrong:

- r1880's kinds of 197 items and its 复议 7 = 6+0+0+1, r1882's outcomes 6+2+8+2 in the bracket after 受理18件, r1883's
  partial list 221+9 of 231, r1887's channels 361+335+1882 = 2578: silent on the real text, found in copies one over (as on main);
- outcomes listed after ``已答复119件,属于…`` (r1880) are read as a breakdown of the answered, as after 其中."""

from __future__ import annotations

from realcorpus import changed, corpus, findings


def test_prose_sums_of_municipal_departments(tmp_path):
    for prefix in ("r1880", "r1881", "r1882", "r1883", "r1884", "r1885", "r1886", "r1887"):
        assert findings(corpus(prefix), "RL701") == [], prefix
        assert findings(corpus(prefix), "RL707") == [], prefix
    # r1880 (深圳市市场监督管理局龙华监管局 2023): 197 = 67+2+1+4+2+1+50+70, 复议 7 = 6+0+0+1
    assert findings(changed(tmp_path, "r1880", "公开其他信息70篇", "公开其他信息80篇"), "RL701") == [
        ("error", "文中合计不成立：67+2+1+4+2+1+50+80 = 207，但写明的合计为 197 篇，各分项之和多出 10 篇")]
    assert findings(changed(tmp_path, "r1880", "尚未审结1件", "尚未审结2件"), "RL701") == [
        ("error", "文中合计不成立：6+0+0+2 = 8，但写明的合计为 7 件，各分项之和多出 1 件")]
    # r1882 (杭州市城市管理局 2023): 受理18件(予以公开6件,部分公开2件,不属于本机关公开8件,信息不存在2件)
    assert findings(changed(tmp_path, "r1882", "信息不存在2件", "信息不存在3件"), "RL701") == [
        ("error", "文中合计不成立：6+2+8+3 = 19，但写明的合计为 18 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1882", "受理18件", "受理19件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：6+2+8+2 = 18，写明的合计为 19 件，少 1 件")]
    # r1887 (昆明市政务服务管理局 2023): 2578 = 361+335+1882
    assert findings(changed(tmp_path, "r1887", "微博1882条", "微博1883条"), "RL701") == [
        ("error", "文中合计不成立：361+335+1883 = 2579，但写明的合计为 2578 条，各分项之和多出 1 条")]
    # r1883 (武汉市机关事务管理局 2025): 221 + 9 under 231 is a partial list; over it, an error
    assert findings(changed(tmp_path, "r1883", "概况类信息数9条", "概况类信息数19条"), "RL701") == [
        ("error", "文中合计不成立：221+19 = 240，但写明的合计为 231 条，各分项之和多出 9 条")]


R1880_ANSWERED = "已答复119件,属于同意公开的60件,部分公开13件,不同意公开的6件,无法提供的26件,不予处理3件,其他处理11件"


def test_outcomes_after_a_count_and_shu_yu_are_its_parts(tmp_path):
    # r1880: 119 = 60+13+6+26+3+11; a copy one over, or one short down to the closing 其他处理, was missed before the fix
    assert findings(changed(tmp_path, "r1880", "其他处理11件", "其他处理12件"), "RL701") == [
        ("error", "文中合计不成立：60+13+6+26+3+12 = 120，但写明的合计为 119 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1880", "已答复119件", "已答复118件"), "RL701") == [
        ("error", "文中合计不成立：60+13+6+26+3+11 = 119，但写明的合计为 118 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1880", "其他处理11件", "其他处理10件"), "RL701") == [
        ("error", "文中合计不成立：60+13+6+26+3+10 = 118（已列至“其他处理”），但写明的合计为 119 件，少 1 件")]


def test_shu_yu_inside_a_clause_is_no_marker(tmp_path):
    # 属于 as the verb of its own clause (3件属于…, 8件不属于…): no breakdown, even when the counts would not add up
    sentence = "已答复119件,其中3件属于本机关职能范围,8件不属于本机关职能范围"
    assert findings(changed(tmp_path, "r1880", R1880_ANSWERED, sentence), "RL701") == []
    # after a count with no comma, or after a comma with no count before it: no marker either
    for text in ("已答复119件属于同意公开的120件,部分公开13件", "已答复,属于同意公开的120件,部分公开13件"):
        assert findings(changed(tmp_path, "r1880", R1880_ANSWERED, text), "RL701") == [], text
