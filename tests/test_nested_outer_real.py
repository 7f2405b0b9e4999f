"""A list nested in another and closed by its own 其他 before a semicolon, where the clause after the semicolon opens on
a channel as the outer list's first part does (r1654: ``221条,其中,在…网站…发布信息31条,其中…17条,…,其他栏目2条;通过单位微信
公众号公开信息190条``): the outer list goes on there and is a statement of its own whether or not it adds up — so a wrong
outer total is found (before, only the nested statement was read when the outer one did not add up).  The real text and
copies of it (in a tmp folder) with the outer total, an outer part or an inner part changed; counter-cases keep the
reading of a list of groups going on past its semicolon."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes

NESTED = "发布信息31条"
WECHAT = "通过单位微信公众号公开信息190条"
INNER_SHORT = ("warning", "文中各分项之和与合计不符：17+4+2+4+2 = 29，写明的合计为 31 条，少 2 条")


def test_the_real_text_raises_only_the_inner_shortfall():
    # 221 = 31 + 190 adds up: nothing on the outer list; the nested 17+4+2+4+2 = 29 of 31 (closed by 其他栏目) as before
    assert shapes(line_of("r1654", NESTED)) == [(221, [31, 190], None), (31, [17, 4, 2, 4, 2], "other")]
    assert findings(corpus("r1654"), "RL701") == [
        ("error", "文中合计不成立：17+4+2+4+2 = 29（已列至“其他栏目”），但写明的合计为 31 条，少 2 条")]


def test_a_wrong_outer_part_is_found(tmp_path):
    # 31 + 191 = 222 ≠ 221: the outer list is read past the semicolon all the same (the next part is a channel)
    assert shapes(line_of("r1654", NESTED).replace(WECHAT, "通过单位微信公众号公开信息191条")) == [
        (221, [31, 191], None), (31, [17, 4, 2, 4, 2], None)]
    path = changed(tmp_path, "r1654", WECHAT, "通过单位微信公众号公开信息191条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：31+191 = 222，但写明的合计为 221 条，各分项之和多出 1 条"), INNER_SHORT]


def test_a_wrong_outer_total_is_found(tmp_path):
    path = changed(tmp_path, "r1654", "政府信息221条", "政府信息220条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：31+190 = 221，但写明的合计为 220 条，各分项之和多出 1 条"), INNER_SHORT]


def test_a_wrong_inner_part_is_found_as_before_and_both_right_raise_nothing(tmp_path):
    assert findings(changed(tmp_path, "r1654", "其他栏目2条", "其他栏目3条"), "RL701") == [
        ("error", "文中合计不成立：17+4+2+4+3 = 30（已列至“其他栏目”），但写明的合计为 31 条，少 1 条")]
    (tmp_path / "right").mkdir()
    assert findings(changed(tmp_path / "right", "r1654", "其他栏目2条", "其他栏目4条"), "RL701") == []


def test_a_part_after_the_semicolon_that_names_no_channel_is_read_as_before(tmp_path):
    # 政策文件191条 opens no channel: the nested list may go on after its semicolon — no outer statement, the inner
    # shortfall a warning (as before this change)
    assert shapes(line_of("r1654", NESTED).replace(WECHAT, "政策文件191条")) == [(31, [17, 4, 2, 4, 2], None)]
    assert findings(changed(tmp_path, "r1654", WECHAT, "政策文件191条"), "RL701") == [INNER_SHORT]
    # nor when the outer list's first part names no channel
    no_channel = line_of("r1654", NESTED).replace("在如东县人民政府门户网站政府信息公开栏目发布信息31条", "网站信息31条")
    assert shapes(no_channel.replace(WECHAT, "通过单位微信公众号公开信息191条")) == [(31, [17, 4, 2, 4, 2], None)]
    # a list of groups whose 其他 closes a group and which adds up past the semicolon is read whole
    assert shapes("发布信息31条,其中概况栏目17条,其他栏目2条;公告4条,其他8条。") == [(31, [17, 2, 4, 8], "other")]
