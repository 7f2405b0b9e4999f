"""RL611 on a year in Chinese numerals and on counts before their verb (branch cnyear), and the one sentence splitter of
normalised text (``text/sentences.py``) that RL611 and the carried figures' reader share."""

from __future__ import annotations

from realcorpus import changed, corpus, findings
from reportlint.text.normalize import normalize
from reportlint.text.sentences import sentences
from reportlint.text.yearleads import earlier_year_leads
from test_dateprobe_real import dated


def test_sentences_split_a_real_paragraph_at_full_stops_and_semicolons():
    # r1246 (上海市生态环境局 2020), line 13: its clauses joined by semicolons, each a sentence of its own
    line = normalize(corpus("r1246").read_text(encoding="utf-8").split("\n")[12])
    said = [line[start:stop] for start, stop in sentences(line)]
    assert said[:5] == ["2020年我局积极做好主动公开政府信息工作,公开新制定规范性文件9件,并全部开展政策解读",
                        "规范性文件栏目共公开文件46件,其中失效4件,废止2件", "我局无制作规章的职责权限",
                        "2020年我局行政许可事项13项,比2019年减少3项,行政许可处理决定数量7556件",
                        "其他对外管理服务事项40项,比2019年增加8项,其他对外管理服务事项处理决定数量496件"]
    assert [line[stop] for _, stop in list(sentences(line))[:5]] == [";", "。", "。", ";", "。"]


def test_sentences_keep_an_empty_one_between_two_stops_and_none_after_the_last():
    assert list(sentences("公开5条。。办结2件;")) == [(0, 4), (5, 5), (6, 10)]
    assert list(sentences("公开5条!办结2件")) == [(0, 4), (5, 9)]
    assert list(sentences("")) == []


# RL611 (``text/yearleads.py``): a sentence of 一/二/三 telling counted work under an earlier year.  Its year in Chinese
# numerals was not read (``cndates.digit_years`` now writes it as digits, of the same length), and a count told before
# its verb, or after the year's total (``N年共…``, ``N年累计…``), was not read either.

NUMERALS = [  # (document, text, copy, line, expected, actual)
    ("r906", "2024年,受理政府信息公开申请21件", "二〇二三年,受理政府信息公开申请21件", 9, "2024", "2023"),
    ("r1106", "2025年共受理依申请公开政府信息14件", "二零二四年共受理依申请公开政府信息14件", 4, "2025", "2024"),
    ("r1238", "2024年累计发布解读信息27条", "二〇二三年累计发布解读信息27条", 13, "2024", "2023"),
]
COUNT_FIRST = [  # yearprobe's missed copies (r1121, r1122, r1373, r1558, r1829) and the year's total (r1106, r1238, r1273)
    ("r1121", "2024年,本办做好14件", "2023年,本办做好14件", 4, "2024", "2023"),
    ("r1122", "2024年,区本级和9家单位完成12个", "2023年,区本级和9家单位完成12个", 4, "2024", "2023"),
    ("r1373", "2022年,完成13个", "2021年,完成13个", 5, "2022", "2021"),
    ("r1558", "2020年,厦门市环境卫生中心官方微信公众号共完成42条推文", "2019年,厦门市环境卫生中心官方微信公众号共完成42条推文",
     15, "2020", "2019"),
    ("r1829", "2024年,政府办公室共解读文件23个", "2023年,政府办公室共解读文件23个", 4, "2024", "2023"),
    ("r1106", "2025年共受理依申请公开政府信息14件", "2024年共受理依申请公开政府信息14件", 4, "2025", "2024"),
    ("r1273", "2020年全年,中心路街道办事处未受理", "2019年全年,中心路街道办事处未受理", 18, "2020", "2019"),
    ("r1238", "2024年累计发布解读信息27条", "2023年累计发布解读信息27条", 13, "2024", "2023"),
]


def test_the_real_texts_raise_no_rl611():
    for prefix in sorted({case[0] for case in NUMERALS + COUNT_FIRST} | {"r1177", "r1711", "r1195"}):
        assert findings(corpus(prefix), "RL611") == [], prefix


def test_last_years_year_in_chinese_numerals_is_found_and_quoted_as_written(tmp_path):
    for prefix, old, new, line, expected, actual in NUMERALS:
        assert dated(changed(tmp_path, prefix, old, new), "RL611") == [("warning", line, expected, actual)], prefix
    assert findings(tmp_path / corpus("r906").name, "RL611") == [
        ("warning", "正文“二〇二三年,受理政府信息公开申请21件”所述年度 2023 年与报告年度 2024 年不符")]


def test_chinese_numerals_of_history_a_date_a_comparison_a_plan_or_a_title_stay_silent(tmp_path):
    old = "2024年,受理政府信息公开申请21件"
    for new in ("二〇二三年以来,受理政府信息公开申请21件", "二〇二三年十二月,受理政府信息公开申请21件",
                "较二〇二三年,受理政府信息公开申请21件", "二〇二五年,将依法受理政府信息公开申请21件",
                "《二〇二三年政务公开工作要点》印发后,受理政府信息公开申请21件",
                "二〇二三年,受理政府信息公开申请18件,二〇二四年受理政府信息公开申请21件"):
        assert dated(changed(tmp_path, "r906", old, new), "RL611") == [], new
    # a later year's counted work with no plan word is no plan: read since the round's leftovers (r1913's pattern)
    assert dated(changed(tmp_path, "r906", old, "二〇二五年,受理政府信息公开申请21件"), "RL611") == [
        ("warning", 9, "2024", "2025")]


def test_a_count_before_its_verb_or_after_the_years_total_is_found(tmp_path):
    for prefix, old, new, line, expected, actual in COUNT_FIRST:
        assert dated(changed(tmp_path, prefix, old, new), "RL611") == [("warning", line, expected, actual)], prefix


def test_a_count_of_no_disclosure_work_stays_silent(tmp_path):
    # r1177: departments put to work; r1711: deputies' proposals handled — no work of disclosure, as before
    assert dated(changed(tmp_path, "r1177", "2023年,嘉定区充分发挥30个", "2022年,嘉定区充分发挥30个"), "RL611") == []
    assert dated(changed(tmp_path, "r1711", "2022年,我局共承办", "2021年,我局共承办"), "RL611") == []
    # r1195's 完成…协办件13件: done, but no disclosure work after the count; 共有: what there is, not what was done
    assert list(earlier_year_leads("2023年,完成市政府办公室协办件13件,已按要求答复。", 2024)) == []
    assert list(earlier_year_leads("2023年,我局共有12个科室参与信息公开工作。", 2024)) == []
    assert list(earlier_year_leads("2019年,完成机构改革,设立3个科室。", 2020)) == []
    # r1002: 2025年共收到…31件 with last year's year is set against the next sentence's 2025年度: a comparison
    assert dated(changed(tmp_path, "r1002", "2025年共收到政府信息公开申请31件", "2024年共收到政府信息公开申请31件"),
                 "RL611") == []
    assert [lead.clause for lead in earlier_year_leads("2023年全年,我局公开信息5条。", 2024)] == ["2023年全年,我局公开信息5条"]
