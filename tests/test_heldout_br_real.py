"""Real reports of the eleventh held-out round, slice br (r1840–r1854: a fifth hunt for real errors, in the kinds of
body nearest the evaluation's — 上海's streets and towns, 江苏's streets and towns, 河北's districts and towns, reports on
2023–2025).  Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp
folder) show each finding is made only where the report is wrong:

- a 其中 after a count and last year's carry-over that breaks both down twice, by applicant and then by channel
  (``收到…申请19件,上年结转1件,其中自然人提交申请20件,通过互联网渠道提交15件,…2件,…3件``: 20, then 15+2+3 = 20), is two
  breakdowns of 19+1 (r1850; an RL701 error before);
- a bracket holding the running count of all years right after the year's count (``主动公开政府信息5条(历年累计314条)``)
  is no breakdown of it (r1854; an RL701 error before);
- a 2025 report counting its documents under 2024 (``2024年,本镇共产生政府文件12件``) is last year's sentence left, RL611
  (r1849, found on main);
- a short 其中 list of a street's website items (181篇 of which 172 are named) is a warning at most (r1847)."""

from __future__ import annotations

from realcorpus import changed, corpus, findings


def test_a_count_and_its_carry_in_broken_down_twice(tmp_path):
    # r1850 (彭浦镇 2023): 收到…申请19件,上年结转1件,其中自然人提交申请20件,…互联网…15件,…邮寄…2件,…当面…3件 — 20 twice
    assert findings(corpus("r1850"), "RL701") == []
    # either breakdown not making 19+1: the list read whole, over its total, as on main
    assert findings(changed(tmp_path, "r1850", "当面申请方式3件", "当面申请方式4件"), "RL701") == [
        ("error", "文中合计不成立：20+15+2+4 = 41，但写明的合计为 1 件，各分项之和多出 40 件")]
    assert findings(changed(tmp_path, "r1850", "自然人提交申请20件", "自然人提交申请21件"), "RL701") == [
        ("error", "文中合计不成立：21+15+2+3 = 41，但写明的合计为 1 件，各分项之和多出 40 件")]
    # the channels short of 20: the first breakdown makes it, the second does not — still an error
    assert findings(changed(tmp_path, "r1850", "当面申请方式3件", "当面申请方式2件"), "RL701") == [
        ("error", "文中合计不成立：20+15+2+2 = 39，但写明的合计为 1 件，各分项之和多出 38 件")]
    # one breakdown of both counts, as before the fix: nothing to say
    once = changed(tmp_path, "r1850", "其中自然人提交申请20件,", "其中")
    assert findings(once, "RL701") == []


def test_the_channels_of_a_count_and_its_carry_in(tmp_path):
    # r1840 (共和新路街道 2024): 收到…申请12件,上年结转…1件,其中:当面申请4件,邮寄申请1件,网络申请8件 — 13 = 12+1
    assert findings(corpus("r1840"), "RL701") == []
    assert findings(changed(tmp_path, "r1840", "网络申请8件", "网络申请9件"), "RL701") == [
        ("error", "文中合计不成立：4+1+9 = 14，但写明的合计为 1 件，各分项之和多出 13 件")]


def test_a_sentence_under_last_year_in_a_2025_report(tmp_path):
    # r1849 (赵巷镇 2025): 一是推进公文主动公开。2024年,本镇共产生政府文件12件,其中主动公开文件7件
    assert findings(corpus("r1849"), "RL611") == [
        ("warning", "正文“2024年,本镇共产生政府文件12件”所述年度 2024 年与报告年度 2025 年不符")]
    assert findings(changed(tmp_path, "r1849", "2024年,本镇共产生", "2025年,本镇共产生"), "RL611") == []


def test_a_short_list_of_website_items_is_a_warning():
    # r1847 (麒麟街道 2023): 共计181篇,其中部门动态公开144篇,政府信息25篇,民意征集2篇,信息公开年报1篇 — 172
    assert findings(corpus("r1847"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：144+25+2+1 = 172，写明的合计为 181 篇，少 9 篇")]


def test_a_running_count_in_brackets_is_no_part(tmp_path):
    # r1854 (金山街道 2023): 金山街道主动公开政府信息5条(历年累计314条)
    assert findings(corpus("r1854"), "RL701") == []
    assert findings(changed(tmp_path, "r1854", "(历年累计314条)", "(累计314条)"), "RL701") == []
    # a bracket that names a part is still read: a part over the count is an error, as on main
    assert findings(changed(tmp_path, "r1854", "(历年累计314条)", "(含规范性文件8条)"), "RL701") == [
        ("error", "文中分项大于其合计：“含规范性文件”为 8 条，但写明的合计为 5 条，多出 3 条")]
    assert findings(changed(tmp_path, "r1854", "(历年累计314条)", "(网站314条)"), "RL701") == [
        ("error", "文中分项大于其合计：“网站”为 314 条，但写明的合计为 5 条，多出 309 条")]
