"""Real reports of the fourteenth held-out round, slice cq (r2280–r2298: reports on 2019, 2020 and 2021, the 2019 form's
years and the 2021 form's first — 江苏's 云林街道 (2019), 东港镇, 兴东街道 (a Traditional mirror) and 清江浦区 (a mirror), 上海's
浦锦街道, 石泉路街道, 吴淞街道 and 青浦区政务服务办公室, 福建's 福州市 (2020), 阳下街道, 泉州市统计局, 吾峰镇 (2020), 猴屿乡 and
百崎回族乡, 河北's 威县 and 石家庄市 (a mirror), 安徽's 苏巷镇 (2020), 浙江's 螺洋街道 and 湖南's 江南镇 (2020)).  Each test reads the
real text as it was found and asserts the exact findings; copies of it (in a tmp folder) show each finding is made only
where the report is wrong:

- r2280 (锡山区云林街道 2019) prints ``172条,其中工作动态信息91条,…,人事信息3条,云林新韵微信公众号发布信息224条`` — seven kinds
  making 172, then the account's posts, a sibling count: read in on main, a **false** RL701 error (396 of 172).  A last run
  of parts each counting what an account posted on a platform, after kinds none of which names a channel, is no part of
  the total (``text/sumextent._before_platform_tail``);
- r2283 (清江浦区 2021) ``处理…92件,其中,本年度新接收91件,2020年结转办理1件``: a copy with 92 received was **missed** — a part
  equal to the total was taken for a count per channel.  This year's received and the carried-over split the applications
  (``text/sumchannels._received_and_carried``);
- r2294 (苏巷镇 2020) ``895条,其中重点领域信息发布523条,占信息发布总量的58.44%``: a copy with 524 was **missed** — a share
  whose whole is named in words before its 总量 was not read; now read, a warning (``checks/prose/shareruns.names_its_base``);
- r2298 (百崎回族乡 2021) ``78条,其中:主动公开文件数60条,依申请公开文件数0条;不予公开文件数18条``: a copy one over was **missed**
  (the list cut at its semicolon); a list announced by ``其中:`` and named alike goes on past it (``sumextent._announced_alike``);
- the other sums and shares hold (r2281 304, r2284 27, r2286 12, r2289 26 and its shares) and copies one over are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2280", "r2281", "r2282", "r2283", "r2284", "r2285", "r2286", "r2287", "r2288", "r2289", "r2290", "r2291",
          "r2292", "r2293", "r2294", "r2295", "r2296", "r2297", "r2298")


def test_r2280_an_accounts_posts_after_the_kinds_are_no_part(tmp_path):
    # the real text: the seven kinds make 172, the WeChat account's 224 posts stand beside them
    assert findings(corpus("r2280"), "RL701") == []
    # one over and one short: the kinds alone are read
    assert findings(changed(tmp_path, "r2280", "工作动态信息91条", "工作动态信息92条"), "RL701") == [
        ("error", "文中合计不成立：92+19+47+7+3+2+3 = 173，但写明的合计为 172 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2280", "人事信息3条,云林新韵", "人事信息2条,云林新韵"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：91+19+47+7+3+2+2 = 171，写明的合计为 172 条，少 1 条")]


def test_r2280_a_kind_or_a_total_over_channels_keeps_the_last_part(tmp_path):
    # the last part a kind, no account: it is one more part of the list, 396 of 172
    wrong = ("error", "文中合计不成立：91+19+47+7+3+2+3+224 = 396，但写明的合计为 172 条，各分项之和多出 224 条")
    assert findings(changed(tmp_path, "r2280", "云林新韵微信公众号发布信息224条", "专题信息224条"), "RL701") == [wrong]
    # the total counts the website's and the account's items together: the account's part may be one of it
    assert findings(changed(tmp_path, "r2280", "主动公开政府信息172条", "通过网站和微信公众号主动公开政府信息172条"),
                    "RL701") == [wrong]


def test_r2283_received_and_carried_over_split_the_applications(tmp_path):
    assert findings(corpus("r2283"), "RL701") == []
    # 92 received and 1 carried over: a part equal to the total leaves no room for the carried one
    assert findings(changed(tmp_path, "r2283", "本年度新接收91件", "本年度新接收92件"), "RL701") == [
        ("error", "文中合计不成立：92+1 = 93，但写明的合计为 92 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2283", "2020年结转办理1件", "2020年结转办理2件"), "RL701") == [
        ("error", "文中合计不成立：91+2 = 93，但写明的合计为 92 件，各分项之和多出 1 件")]


def test_r2294_a_share_of_a_named_whole(tmp_path):
    assert findings(corpus("r2294"), "RL703") == []
    wrong = [("warning", "文中百分比 58.44% 与其基数不符：524 ÷ 895 × 100% = 58.55%")]
    assert findings(changed(tmp_path, "r2294", "重点领域信息发布523条", "重点领域信息发布524条"), "RL703") == wrong
    # 占总量的, no name of its own: read as before
    assert findings(changed(tmp_path, "r2294", "重点领域信息发布523条,占信息发布总量的", "重点领域信息发布524条,占总量的"),
                    "RL703") == wrong
    assert findings(changed(tmp_path, "r2294", "占信息发布总量的58.44%", "占58.44%"), "RL703") == []


def test_r2298_a_list_announced_by_a_colon_goes_on_past_its_semicolon(tmp_path):
    assert findings(corpus("r2298"), "RL701") == []
    assert findings(changed(tmp_path, "r2298", "不予公开文件数18条", "不予公开文件数19条"), "RL701") == [
        ("error", "文中合计不成立：60+0+19 = 79，但写明的合计为 78 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2298", "不予公开文件数18条", "不予公开文件数17条"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：60+0+17 = 77，写明的合计为 78 条，少 1 条")]
    # without the colon the list is cut at its semicolon as before (60 + 0, a part picked out short of 78: silent)
    assert findings(changed(tmp_path, "r2298", "其中:主动公开文件数60条", "其中主动公开文件数60条"), "RL701") == []


def test_the_slices_sums_hold_and_copies_one_over_are_found(tmp_path):
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707", "RL603"):
            assert findings(corpus(ref), code) == [], (ref, code)
    assert findings(changed(tmp_path, "r2281", "工作动态信息31条", "工作动态信息32条"), "RL701") == [
        ("error", "文中合计不成立：32+3+260+2+1+1+1+1+1+1+1+1 = 305，但写明的合计为 304 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2284", "公文类信息21条", "公文类信息22条"), "RL701") == [
        ("error", "文中合计不成立：22+5+1 = 28，但写明的合计为 27 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r2286", "其中1件类型属于主动公开", "其中2件类型属于主动公开"), "RL701") == [
        ("error", "文中合计不成立：2+11 = 13，但写明的合计为 12 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2289", "工作信息7条,占27%", "工作信息7条,占28%"), "RL703") == [
        ("error", "文中百分比 28% 与其基数不符：7 ÷ 26 × 100% = 27%")]
