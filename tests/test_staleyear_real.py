"""RL611 on real reports: a sentence of section 一 that tells the report's own work under an earlier year, last year's text
copied and its year left (``2019年,我镇通过抚松县政府网站公开信息94条`` in 松江河镇's report on 2020, r1606).  The corpus
has five (r1606, r1568, r1639, r407, r706) and no sentence of that shape that is legitimate; the wordings that name an
earlier year for a good reason (history, a date, a comparison, a carry-over, an event remembered) are read here one by
one and say nothing.  Copies of the real texts (in a tmp folder) show the warning goes when the year is the report's."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import changed, corpus, findings
from reportlint.text.yearleads import earlier_year_leads


def _leads(text: str, year: int) -> list[tuple[int, str]]:
    return [(lead.year, lead.clause) for lead in earlier_year_leads(text, year)]


def _lines(path, code: str = "RL611") -> list[tuple[str, int, str, str]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["location"]["line"], d["expected"], d["actual"])
            for d in file["diagnostics"] if d["code"] == code]


def test_a_sentence_opening_on_an_earlier_year_with_a_count_is_read():
    assert _leads("2019年,我镇通过抚松县政府网站公开信息94条。", 2020) == [(2019, "2019年,我镇通过抚松县政府网站公开信息94条")]
    # 年度 and the subject right after it, no comma (r1568); after a topic heading in the same sentence (r706)
    assert _leads("1.加强政务信息公开管理。2021年度我局公开政府信息7条,共发布608条环境信息。", 2023) == [
        (2021, "2021年度我局公开政府信息7条")]
    assert _leads("(三)政府信息管理情况2022年,西柳镇人民政府办公室共制定规范性文件0件。", 2023) == [
        (2022, "2022年,西柳镇人民政府办公室共制定规范性文件0件")]


def test_years_named_for_a_good_reason_are_not_read():
    for text in ("2019年以来,我局累计公开信息300条。",        # since then
                 "自2020年起,我局每年公开信息100条。",        # from then on
                 "截至2022年底,现行有效规范性文件12件。",      # up to the end of a year
                 "较2021年增加12条。",                         # a comparison
                 "2022年12月,我局公开信息20条。",               # a month
                 "2021年结转1件,已办结1件。",                   # a carry-over
                 "《2021年政务公开工作要点》印发后,公开信息5条。",  # a title
                 "2021年,我局公开信息100条,2022年公开120条。",  # compared with the report's year
                 "2019年,在…政务公开评估中,海关总署被评为优秀单位。",  # an event, nothing counted (r958)
                 "2021年,我局获评先进单位1个。",               # counted, but no work of disclosure
                 "2023年,我局将继续公开信息。",                # a later year: a plan
                 "2022年,我局公开信息100条。"):               # the report's year
        assert _leads(text, 2022) == [], text


def test_the_corpus_reports_told_under_an_earlier_year_are_found():
    # r1606 (松江河镇 2020), r1568 (泉港生态环境局 2023), r1639 (建瓯市政府办 2022), r407 (衡阳县行政审批服务局 2023),
    # r706 (西柳镇 2023): the sentence's line, the report's year and the sentence's
    assert _lines(corpus("r1606")) == [("warning", 21, "2020", "2019")]
    assert findings(corpus("r1606"), "RL611") == [
        ("warning", "正文“2019年,我镇通过抚松县政府网站公开信息94条”所述年度 2019 年与报告年度 2020 年不符")]
    assert _lines(corpus("r1568")) == [("warning", 5, "2023", "2021")]
    # r1639's (二) opens on 2021年 too, but the page stops before its count: only (一) is read
    assert _lines(corpus("r1639")) == [("warning", 7, "2022", "2021")]
    assert _lines(corpus("r407")) == [("warning", 3, "2023", "2022")]
    assert _lines(corpus("r706")) == [("warning", 5, "2023", "2022")]


def test_the_same_sentence_under_the_report_year_or_since_an_earlier_one_says_nothing(tmp_path):
    (tmp_path / "own").mkdir()
    (tmp_path / "since").mkdir()
    assert _lines(changed(tmp_path / "own", "r1606", "2019年,我镇通过", "2020年,我镇通过")) == []
    assert _lines(changed(tmp_path / "since", "r1606", "2019年,我镇通过", "2019年以来,我镇通过")) == []
    assert _lines(changed(tmp_path, "r1639", "2021年,我办通过", "2022年,我办通过")) == []


def test_a_year_the_statistics_period_states_against_the_title_is_left_to_rl605(tmp_path):
    # r1400 (宿城区教育局, titled 2023, its period 2022): RL605 says the period is not the title's year; a counted
    # sentence under 2022 then agrees with the period and is not told twice
    path = changed(tmp_path, "r1400", "政府信息公開各項(xiàng)工作取得較好成效", "主動公開政府信息120條")
    assert [(severity, expected, actual) for severity, _, expected, actual in _lines(path, "RL605")] == [
        ("error", "2023", "2022")]
    assert _lines(path) == []


def test_a_pack_or_a_run_can_turn_it_off():
    result = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", "--ignore", "RL611",
                     corpus("r1606"))
    assert [d for d in result.json["files"][0]["diagnostics"] if d["code"] == "RL611"] == []
