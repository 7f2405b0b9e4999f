"""Real reports of the seventh held-out round, slice n (r870–r885: county/district departments and governments of
the east, 2019–2022).  Each test reads the real text as it was found and asserts the exact findings: a breakdown
opened by 从…分类看 (r883, r884) or by 分布情况为 (r875) instead of 其中 is a sum statement; 200余 against 202 (r873)
and a part printed without its count (r885) give no finding; parts over their total (r870) are an error.  A
counter-case written into a copy of the real text (in a tmp folder) shows each finding is made where it is due."""

from __future__ import annotations

from realcorpus import changed, corpus, findings, line_of, shapes
from reportlint.text.normalize import suggest_number

# --- a breakdown opened by 从…分类看 / 分布情况为 (r883, r884, r875) ------------------------------------------------

def test_a_breakdown_opened_by_cong_fenlei_kan_is_a_sum_statement():
    # r883 (乳山市海洋发展局 2021): 主动公开信息112条。从信息内容分类看,机关职能 4 条,…通知公告27条
    assert shapes(line_of("r883", "112条")) == [(112, [4, 1, 6, 8, 64, 2, 27], None)]
    # r884 (乳山经济开发区 2021, traditional characters): 共主動公開信息13條,從內容分類看,機關職能4條,…
    assert shapes(line_of("r884", "13條")) == [(13, [4, 1, 1, 1, 2, 4], None)]


def test_a_breakdown_opened_by_fenbu_qingkuang_wei_is_a_sum_statement():
    # r875 (杭州市江干区市场监督管理局 2020): …272条,分布情况为:公示公告类103条,…重点领域信息公开24条;
    assert shapes(line_of("r875", "272条")) == [(272, [103, 1, 2, 1, 2, 12, 2, 120, 4, 1, 24], None)]


def test_the_real_breakdowns_add_up():
    for prefix in ("r875", "r883", "r884"):
        assert findings(corpus(prefix), "RL701") == []


def test_a_breakdown_opened_by_cong_fenlei_kan_short_of_its_total_is_flagged(tmp_path):
    # before slice n: no statement was read, so no finding
    path = changed(tmp_path, "r883", "主动公开信息112条", "主动公开信息122条")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：4+1+6+8+64+2+27 = 112，写明的合计为 122 条，少 10 条")]
    path = changed(tmp_path, "r884", "共主動公開信息13條", "共主動公開信息15條")
    assert findings(path, "RL701") == [
        ("warning", "文中各分项之和与合计不符：4+1+1+1+2+4 = 13，写明的合计为 15 条，少 2 条")]


def test_a_breakdown_opened_by_fenbu_qingkuang_wei_over_its_total_is_an_error(tmp_path):
    path = changed(tmp_path, "r875", "主动公开政府信息272条", "主动公开政府信息262条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：103+1+2+1+2+12+2+120+4+1+24 = 272，但写明的合计为 262 条，各分项之和多出 10 条")]


def test_cong_without_fenlei_kan_in_its_clause_opens_nothing():
    # 从 in an earlier clause (a comma between) does not make a later 分类看 a marker
    assert shapes("共发布信息30条,从网站看,分类看A 10条、B 20条。") == []


# --- what is no sum to check (r873, r885) and what is an error (r870) ----------------------------------------------

def test_an_approximate_total_and_a_part_without_a_count_give_no_finding():
    # r873 (嵊泗县人民政府办公室 2022): 200余件 against 66+22+34+12+21+47 = 202; r885 (泰山区行政审批服务局 2021):
    # 机关简介条 — a part printed without its count
    assert findings(corpus("r873"), "RL701") == []
    assert findings(corpus("r885"), "RL701") == []


def test_parts_over_their_total_are_an_error():
    # r870 (奉新县人民政府办公室 2022): 199條,其中…2條,…72條,…127條 — 201
    assert findings(corpus("r870"), "RL701") == [
        ("error", "文中合计不成立：2+72+127 = 201，但写明的合计为 199 条，各分项之和多出 2 条")]


# --- section titles printed without their numbers; 未增未减 in the 本年增/减 cells (r886) --------------------------

def test_section_titles_without_numbers_are_the_sections():
    # r886 (始兴县退役军人事务局 2020): 总体情况 / 主动公开政府信息情况 / 收到和处理政府信息公开申请情况 on lines of their
    # own, the page's list numbering lost; the text stops in 三. Before slice n: RL201 ×6 (一–六 "missing").
    path = corpus("r886")
    assert findings(path, "RL201") == []
    assert findings(path, "RL206") == [
        ("warning", "标题“总体情况”的编号应为“一、”"),
        ("warning", "标题“主动公开政府信息情况”的编号应为“二、”"),
        ("warning", "标题“收到和处理政府信息公开申请情况”的编号应为“三、”"),
    ]
    assert [d[0] for d in findings(path, "RL209")] == ["warning"]


def test_section_titles_without_numbers_in_a_second_report(tmp_path):
    # r872 (从化经济开发区 2022) with the numbers of its five titles taken out: the five sections are still there
    text = corpus("r872").read_text(encoding="utf-8")
    for number in "一二三四五":
        assert text.count(f"\n{number}、") + text.startswith(f"{number}、") == 1
        text = text.replace(f"{number}、", "", 1) if text.startswith(f"{number}、") else text.replace(
            f"\n{number}、", "\n", 1)
    path = tmp_path / "r872-unnumbered.txt"
    path.write_text(text, encoding="utf-8")
    assert findings(path, "RL201") == []
    assert len(findings(path, "RL206")) == 5
    assert len(findings(path, "RL301")) == 6  # its tables are still absent


def test_one_bare_title_alone_is_no_section(tmp_path):
    # a single line that reads like a title could be a caption: two or more, in the form's order, are needed
    path = changed(tmp_path, "r886", "主动公开政府信息情况\n", "")
    text = path.read_text(encoding="utf-8").replace("收到和处理政府信息公开申请情况\n", "")
    path.write_text(text, encoding="utf-8")
    assert findings(path, "RL206") == []
    assert ("error", "缺少第一部分“一、总体情况”") in findings(path, "RL201")


def test_no_change_written_in_words_is_a_value_cell():
    # 行政许可 | 0 | 未增未减 | 0: the columns are all there (was RL303 ×6 once the sections were read); the words
    # in a numeric cell are RL502, suggesting 0
    path = corpus("r886")
    assert findings(path, "RL303") == [] and findings(path, "RL302") == []
    assert findings(path, "RL502") == [
        ("error", f"单元格“未增未减”不是数字（{row}/本年增/减）")
        for row in ("行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费")]
    assert suggest_number("未增未减") == "0"
