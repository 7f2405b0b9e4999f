"""Real reports of the twelfth held-out round, slice bv (r1891–r1906: the newest reports, on 2025, of 天津's and 北京's
bureaus, 山东's and 江苏's city-level bodies, 山西, 吉林, 陕西, 西藏 and 广西). Each test reads the real text as it was found and
asserts the exact findings; copies of it (in a tmp folder) show the finding is made only where the counts disagree.

- r1892 (天津东疆综保区 2025): ``受理…17件,其中:属于公开范围5件,属于部分公开范围4件,…`` — each 属于 names one part; the
  second is no marker opening the parts of the first (text/summarkers ``_after_count``).
- r1898 (厚桥街道 2025): ``主动公开信息32条,具体分类如下:工作动态信息25条、…`` — a classification announced by 如下 right
  after the count's comma opens its parts, as 其中 (``classification_markers``).
- r1896 (滕州市人民政府办公室 2025): ``多形式、多角度解读政策文件17篇,其中文字解读…16篇,…`` — the forms of the same documents'
  interpretations overlap: parts over such a total are no breakdown (text/sumchannels ``counts_per_form``).
- r1907 (渭南市人民政府 2024, a mirror): ``行政复议案件102件,办理结果为:结果维持18件,…`` — 结果为 opening the clause right after
  a count opens that count's outcomes (text/summarkers ``_result_markers``); at a sentence's start it is no marker."""

from __future__ import annotations

from realcorpus import changed, corpus, edit, findings

R1892_OVER = ("error", "文中合计不成立：5+4+3+3+1+2 = 18，但写明的合计为 17 件，各分项之和多出 1 件")
R1898_OVER = ("error", "文中合计不成立：26+3+4 = 33，但写明的合计为 32 条，各分项之和多出 1 条")


def test_r1892_sibling_parts_opening_on_belongs_to_are_silent():
    assert findings(corpus("r1892"), "RL701") == []


def test_r1892_copies_off_by_one_are_found(tmp_path):
    assert findings(changed(tmp_path, "r1892", "转下年度继续办理1件", "转下年度继续办理2件"), "RL701") == [R1892_OVER]
    assert findings(changed(tmp_path, "r1892", "不予公开3件", "不予公开6件"), "RL701") == [
        ("error", "文中合计不成立：5+4+6+3+1+1 = 20，但写明的合计为 17 件，各分项之和多出 3 件")]


def test_belongs_to_after_a_total_still_opens_its_parts(tmp_path):
    # 属于 right after a count whose own clause does not open with 属于 opens the parts of that count (slice bt's r1880)
    copy = changed(tmp_path, "r1892", "其中:属于公开范围5件", "属于公开范围5件")
    assert findings(copy, "RL701") == []
    edit(copy, "转下年度继续办理1件", "转下年度继续办理2件")
    assert findings(copy, "RL701") == [R1892_OVER]


def test_r1898_classification_as_follows_is_read(tmp_path):
    assert findings(corpus("r1898"), "RL701") == []
    assert findings(changed(tmp_path, "r1898", "工作动态信息25条", "工作动态信息26条"), "RL701") == [R1898_OVER]


def test_r1896_forms_of_the_same_documents_are_silent(tmp_path):
    assert findings(corpus("r1896"), "RL701") == []
    # without the words that say each document is given in several forms, the parts over 17 are an error
    assert findings(changed(tmp_path, "r1896", "多形式、多角度解读政策文件17篇", "解读政策文件17篇"), "RL701") == [
        ("error", "文中合计不成立：16+3+2+4+6+7 = 38，但写明的合计为 17 篇，各分项之和多出 21 篇")]
    # parts short of such a total are still read as its breakdown
    assert findings(changed(tmp_path, "r1896", "多角度解读政策文件17篇", "多角度解读政策文件47篇"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：16+3+2+4+6+7 = 38，写明的合计为 47 篇，少 9 篇")]


def test_the_other_reports_are_silent_on_sums():
    for prefix in ("r1891", "r1893", "r1895", "r1899", "r1900", "r1901", "r1902", "r1903", "r1904", "r1905", "r1906", "r1907", "r1909"):
        assert findings(corpus(prefix), "RL701") == [], prefix


def test_partial_lists_are_warnings():
    assert findings(corpus("r1894"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：49+41+7+1 = 98，写明的合计为 386 条，少 288 条")]
    assert findings(corpus("r1897"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：159+118+100 = 377，写明的合计为 1287 条，少 910 条")]
    assert findings(corpus("r1908"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：3011+1530+814 = 5355，写明的合计为 8662 条，少 3307 条")]


def test_r1907_outcomes_after_results_are_read(tmp_path):
    assert findings(corpus("r1907"), "RL701") == []
    assert findings(changed(tmp_path, "r1907", "结果纠正62件", "结果纠正63件"), "RL701") == [
        ("error", "文中合计不成立：18+63+16+6 = 103，但写明的合计为 102 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r1907", "其他结果5件,尚未审结9件", "其他结果5件,尚未审结8件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：11+5+8 = 24，写明的合计为 25 件，少 1 件")]


def test_results_at_a_sentence_start_are_no_marker(tmp_path):
    copy = changed(tmp_path, "r1907", "行政复议案件102件,办理结果为", "行政复议案件102件。办理结果为")
    edit(copy, "结果纠正62件", "结果纠正63件")
    assert findings(copy, "RL701") == []


def test_r1908_balance_and_r1909_shares_are_checked(tmp_path):
    assert findings(corpus("r1908"), "RL707") == []
    assert findings(changed(tmp_path, "r1908", "结转下年度13件", "结转下年度14件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 620 + 上年结转 5 = 625 件，但办结 612 + 结转下年 14 = 626 件，相差 1 件")]
    assert findings(corpus("r1909"), "RL703") == []
    # an error since slice cf: the outcomes right after the 12 received are read as its parts (6 + 6 = 12), so the base
    # of each share is certain (tests/test_heldout_cf_real.py)
    assert findings(changed(tmp_path, "r1909", "有6件,占50%;无法", "有6件,占40%;无法"), "RL703") == [
        ("error", "文中百分比 40% 与其基数不符：6 ÷ 12 × 100% = 50%")]
    assert findings(changed(tmp_path, "r1909", "政务动态1215条", "政务动态1216条"), "RL701") == [
        ("error", "文中合计不成立：1216+1129+62 = 2407，但写明的合计为 2406 条，各分项之和多出 1 条")]
