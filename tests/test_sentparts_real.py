"""A total's parts told in the sentences after it, and outcomes joined by 、 (branch ``sentparts``).

- r1864 (武山县城关镇 2025): ``主动公开信息共计444条。政府网站发布信息118条,其中…。…公众号共发布信息294条。…视频号发布视频
  32条。`` — each channel in a sentence of its own (text/sumsentences.channel_sentences): a warning when they pass the
  total, or three or more fall short of it;
- r1880 (深圳市市场监管局龙华监管局 2023): ``收到诉讼为3件,其中未经复议直接起诉2件,均尚未审结。复议后起诉1件,结果维持。`` —
  a 其中 of one part going on in the next sentence's parallel part (``continued_parts``): read as any 其中 list;
- r1918 (杭州市经信局 2024): a 其中 in brackets, or a next sentence breaking its own count down, is not read on;
- r78 (钦州市人民政府办公室 2024): ``上年结转7件,予以公开3件、部分公开24件、无法提供12件、结转下年度办理4件`` — the
  outcomes joined by 、 are siblings for RL707's bound, as outcomes joined by commas are (checks/prose/balance).

Each real text is silent (its numbers add up); copies one off are found with their exact code, line, expected and
actual; counter-cases in place of the real sentences are silent."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import changed, corpus


def diagnostics(path, code: str) -> list[tuple[str, int, str, str, str]]:
    """(severity, line, expected, actual, message) of each finding of ``code``."""
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["location"]["line"], d["expected"], d["actual"], d["message"])
            for d in file["diagnostics"] if d["code"] == code]


VIDEO = "“武山城关发布”视频号发布视频32条。"


def test_channels_in_sentences_of_their_own(tmp_path):
    assert diagnostics(corpus("r1864"), "RL701") == []
    # one channel over or under, or the total one off: a warning on the total's line (missed before)
    assert diagnostics(changed(tmp_path, "r1864", "视频32条", "视频33条"), "RL701") == [
        ("warning", 4, "445", "444", "文中合计与其后逐句所列各渠道数量不符：118+294+33 = 445，写明的合计为 444 条，相差 1 条")]
    assert diagnostics(changed(tmp_path, "r1864", "共发布信息294条", "共发布信息293条"), "RL701") == [
        ("warning", 4, "443", "444", "文中合计与其后逐句所列各渠道数量不符：118+293+32 = 443，写明的合计为 444 条，相差 1 条")]
    assert diagnostics(changed(tmp_path, "r1864", "共计444条", "共计454条"), "RL701") == [
        ("warning", 4, "444", "454", "文中合计与其后逐句所列各渠道数量不符：118+294+32 = 444，写明的合计为 454 条，相差 10 条")]
    # the nested 其中 of the website's 118 is still read on its own
    assert diagnostics(changed(tmp_path, "r1864", "工作信息(新闻)70条", "工作信息(新闻)71条"), "RL701") == [
        ("error", 4, "119", "118", "文中合计不成立：71+48 = 119，但写明的合计为 118 条，各分项之和多出 1 条")]


def test_sentences_that_are_no_channel_part(tmp_path):
    # the run stops at a sentence that is no part: the two channels before it fall short of 444, an open highlight
    for sentence in ("全年共发布视频33条。",                          # a total of its own
                     "“武山城关发布”视频号共计发布视频33条。",          # stated as a total (共计)
                     "“武山城关发布”视频号发布视频33个。",             # another unit
                     "计划通过“武山城关发布”视频号发布视频33条。",       # a plan
                     "同时,“武山城关发布”视频号发布视频33条。",         # a new topic
                     "“武山城关发布”视频号发布视频33条,抖音发布视频12条。",  # two counts in the unit beside each other
                     "收到群众留言33条。"):                             # no channel published through
        assert diagnostics(changed(tmp_path, "r1864", VIDEO, sentence), "RL701") == [], sentence
    # a total not stated as one (no 共/合计): the sentences after it are not read as its parts
    assert diagnostics(changed(tmp_path, "r1864", "主动公开信息共计444条", "主动公开信息445条"), "RL701") == []
    # a total in a channel's own clause is that channel's count, a sibling of the channels after it
    assert diagnostics(changed(tmp_path, "r1864", "城关镇主动公开信息共计444条", "城关镇门户网站共发布信息454条"), "RL701") == []
    # a part of the run (its clause names its channel) is no total of the parts after it: one warning, on 444 only
    more = "“武山城关发布”视频号发布视频32条。抖音发布视频300条。快手发布视频50条。"
    assert diagnostics(changed(tmp_path, "r1864", VIDEO, more), "RL701") == [
        ("warning", 4, "794", "444", "文中合计与其后逐句所列各渠道数量不符：118+294+32+300+50 = 794，写明的合计为 444 条，"
                                    "相差 350 条")]
    # a running count of all years (历年累计) is no total of the year's channels
    assert diagnostics(changed(tmp_path, "r1864", "主动公开信息共计444条", "历年累计主动公开信息445条"), "RL701") == []


DIRECT = "其中未经复议直接起诉2件,均尚未审结。复议后起诉1件,结果维持。"


def test_a_qizhong_going_on_in_the_next_sentence(tmp_path):
    assert diagnostics(corpus("r1880"), "RL701") == []
    # the second part, in a sentence of its own, over the total: an error (missed before)
    assert diagnostics(changed(tmp_path, "r1880", "复议后起诉1件", "复议后起诉2件"), "RL701") == [
        ("error", 7, "4", "3", "文中合计不成立：2+2 = 4，但写明的合计为 3 件，各分项之和多出 1 件")]
    assert diagnostics(changed(tmp_path, "r1880", "复议后起诉1件", "复议后起诉11件"), "RL701") == [
        ("error", 7, "13", "3", "文中合计不成立：2+11 = 13，但写明的合计为 3 件，各分项之和多出 10 件")]
    # short of the total, two parts are an open highlight (as in one sentence); a total the first part already makes
    # is not read on (收到诉讼为2件: the 其中 restates it), so neither copy is found
    assert diagnostics(changed(tmp_path, "r1880", "收到诉讼为3件", "收到诉讼为4件"), "RL701") == []
    assert diagnostics(changed(tmp_path, "r1880", "收到诉讼为3件", "收到诉讼为2件"), "RL701") == []
    # counter-cases: the next sentence a total of its own, a count of another unit, a plan, a name not parallel,
    # a new topic — no part; and a first part that already makes the total reads no further
    for text in ("其中未经复议直接起诉2件,均尚未审结。全年共起诉5件,结果维持。",
                 "其中未经复议直接起诉2件,均尚未审结。复议后起诉5人次,结果维持。",
                 "其中未经复议直接起诉2件,均尚未审结。预计复议后起诉5件。",
                 "其中未经复议直接起诉2件,均尚未审结。收到复议决定书5件,结果维持。",
                 "其中未经复议直接起诉2件,均尚未审结。另有复议后起诉5件,结果维持。",
                 "其中未经复议直接起诉3件,均尚未审结。复议后起诉1件,结果维持。"):
        assert diagnostics(changed(tmp_path, "r1880", DIRECT, text), "RL701") == [], text
    # a parallel name of another subject: 诉讼's count after 复议's one part is no part of 复议's 7
    appeals = "其中结果维持6件、结果纠正0件、其他结果0件、尚未审结1件。"
    assert diagnostics(changed(tmp_path, "r1880", appeals, "其中结果维持6件。行政诉讼结果维持3件。"), "RL701") == []



R1918 = "局门户网站共推送各类工作信息1428条(其中包括主动公开政府信息574条)。局“双微”平台共发布信息2128条(其中微信发布752条,微博发布1376条)"


def test_a_qizhong_closed_or_a_next_total_is_not_read_on(tmp_path):
    """r1918 (杭州市经信局 2024): a 其中 in brackets ends at its bracket, and the next sentence's 2128 is broken down in
    its own sentence — a total of its own, no part of the 1428 (a false RL701 error, 574+2128 against 1428, when
    slices bw and sentparts met at merge)."""
    assert diagnostics(corpus("r1918"), "RL701") == []
    unbracketed = R1918.replace("1428条(其中包括主动公开政府信息574条)", "1428条,其中包括主动公开政府信息574条")
    assert diagnostics(changed(tmp_path, "r1918", R1918, unbracketed), "RL701") == []
    # the next total's own list one off is still found, the 1428 read by nothing
    assert diagnostics(changed(tmp_path, "r1918", "微博发布1376条", "微博发布1377条"), "RL701") == [
        ("error", 3, "2129", "2128", "文中合计不成立：752+1377 = 2129，但写明的合计为 2128 条，各分项之和多出 1 条")]

def test_outcomes_joined_by_dun_bound_the_balance(tmp_path):
    # r78: 36 + 7 = 3 + 24 + 12 + 4 = 43, the outcomes joined by 、: silent as it balances
    assert diagnostics(corpus("r78"), "RL707") == []
    # one outcome over: 3+24+13 with 4 carried out is 44 of 43 (missed before: 、 hid the outcomes after the first)
    assert diagnostics(changed(tmp_path, "r78", "无法提供12件", "无法提供13件"), "RL707") == [
        ("error", 8, "43", "44", "文中申请数不平衡：新收 36 + 上年结转 7 = 43 件，但所列办理结果 3+24+13 = 40 与结转下年 4 共 "
                                 "44 件，多出 1 件（未列出的结果不能为负）")]
    # short of it (an outcome may be unlisted), or an outcome inside another's bracket after 、: silent
    assert diagnostics(changed(tmp_path, "r78", "无法提供12件", "无法提供11件"), "RL707") == []
    assert diagnostics(changed(tmp_path, "r78", "予以公开3件、部分公开24件", "予以公开30件(含部分公开24件、不予公开3件)"),
                       "RL707") == []
