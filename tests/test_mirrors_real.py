"""Real reports as mirror sites and page templates print them (third held-out round, slice d: r450–r465):
Traditional copies in Taiwan's vocabulary (檔案 for 文件, 資訊 for 信息), Traditional title lines and page labels
(發布時間), a title year written without 年, city names whose stem ends in 州 (兰州市, 贵州省), and a 其中 list that
runs into the point where a crawled excerpt stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from reportlint import readers
from reportlint.analysis.agency import classify, places
from reportlint.analysis.identify import identify
from reportlint.checks.prose.sums import runs_into_cut
from reportlint.text.cnparse import find_numbers
from reportlint.text.normalize import normalize
from reportlint.text.sums import find_sum_statements

CORPUS = Path(__file__).parent / "corpus"


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def findings(prefix: str, today: str = "2026-06-30") -> list[tuple[str, str, str]]:
    file = run_cli("check", "--format", "json", "--today", today, "--isolated", corpus(prefix)).json["files"][0]
    return [(d["code"], d["severity"], d["message"]) for d in file["diagnostics"]]


# --- Taiwan vocabulary: 檔案 for 文件, 資訊 for 信息 ---------------------------------------------------------------

def test_taiwan_phrases_are_matched_as_the_forms_words_and_only_in_traditional_spelling():
    assert normalize("規範性檔案") == "规范性文件"
    assert normalize("二、主動公開政府資訊情況") == "二、主动公开政府信息情况"
    assert normalize("市档案馆") == "市档案馆"  # a simplified text's 档案 (archives) is kept
    assert normalize("新闻资讯") == "新闻资讯"


def test_a_normative_documents_row_written_in_taiwan_vocabulary_is_the_row():
    # r450 (广州市国资委 2020, newton.com.tw mirror): "  規範性檔案 / 4 / 4 / 130" is the row 规范性文件
    assert "  規範性檔案\n4\n4\n130" in corpus("r450").read_text(encoding="utf-8")
    found = findings("r450")
    assert [f for f in found if f[0] in ("RL302", "RL304")] == []
    assert ("RL201", "error", "缺少第一部分“一、总体情况”") in found  # the heading is really not in the text


def test_a_section_title_written_with_taiwan_vocabulary_is_no_variant():
    # r451 (海南海事局 2020, the big5 gateway of xxgk.mot.gov.cn): 信息 is 資訊 throughout
    assert "二、主動公開政府資訊情況" in corpus("r451").read_text(encoding="utf-8")
    assert [f for f in findings("r451") if f[0] == "RL204"] == []


# --- Traditional title lines and page labels ------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "title", "year", "agency"), [
    ("r454", "陜西省人民政府辦公廳2022年政府信息公開工作年度報告", 2022, "陜西省人民政府办公厅"),
    ("r450", "廣州市國資委2020年政府信息公開工作年度報告", 2020, "广州市国资委"),
    ("r464", "杭州市經濟和信息化局2023年度政府信息公開工作年度報告", 2023, "杭州市经济和信息化局"),
])
def test_a_traditional_title_line_is_the_title(prefix, title, year, agency):
    found = identify(readers.read(corpus(prefix)))
    assert (found.title_text, found.title_how, found.report_year, found.agency.value) == (title, "line", year, agency)
    assert [f for f in findings(prefix) if f[0] == "RL103"] == []  # nothing had to be inferred


def test_a_traditional_pages_publication_label_gives_the_report_date():
    line = "來源: 省政府辦公廳 發布時間: 2023-01-28 09:20"
    assert line in corpus("r454").read_text(encoding="utf-8")
    assert [f for f in findings("r454", "2019-01-01") if f[0].startswith("RL60")] == [
        ("RL604", "error", "报告日期 2023-01-28 晚于今天（2019-01-01）")]
    assert [f for f in findings("r454") if f[0].startswith("RL60")] == []  # on time, and found (no RL607)


# --- the title's year without 年 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "title", "how", "agency"), [
    ("r455", "浙江省经济和信息化厅2022政府信息公开工作年度报告", "line", "浙江省经济和信息化厅"),
    # split as "自治区人民政府办公厅2022" / "政府信息公开工作年度报告"
    ("r459", "自治区人民政府办公厅2022政府信息公开工作年度报告", "joined", "自治区人民政府办公厅"),
])
def test_a_title_year_without_nian(prefix, title, how, agency):
    found = identify(readers.read(corpus(prefix)))
    assert (found.title_text, found.title_how, found.report_year, found.agency.value) == (title, how, 2022, agency)
    assert found.agency_level.level == "department"


# --- names whose stem ends in 州 ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "found", "kind", "tier"), [
    ("兰州市", ["兰州市"], "government", None),  # a bare city name: the government's own report
    ("贵州省机关事务管理局", ["贵州省"], "department", "province"),
    ("北京市通州区中仓街道办事处", ["北京市", "通州区", "中仓街道"], "street", None),
    ("恩施州来凤县人民政府", ["恩施州", "来凤县"], "government", "county"),  # 州 then another name: no change
])
def test_a_place_name_whose_stem_ends_in_zhou(name, found, kind, tier):
    assert places(name) == found
    level = classify(name)
    assert (level.kind, level.tier) == (kind, tier)


def test_a_city_governments_report_named_by_its_city_is_due_by_31_march():
    # r452: 兰州市2020年政府信息公开工作年度报告, 发布日期:2021-03-09
    assert [f for f in findings("r452") if f[0].startswith("RL60")] == []
    assert [f for f in findings("r452", "2019-01-01") if f[0].startswith("RL60")] == [
        ("RL604", "error", "报告日期 2021-03-09 晚于今天（2019-01-01）")]


# --- a list cut by the excerpt --------------------------------------------------------------------------------

def test_a_list_that_runs_into_the_cut_says_nothing_about_its_total():
    # r453 stops inside the list of results: "…無法提供的33件,申請信息屬於信訪舉報投訴類、重複申請、要求行政機關確"
    assert corpus("r453").read_text(encoding="utf-8").endswith("重複申請、要求行政機關確")
    assert [f for f in findings("r453") if f[0] == "RL701"] == []
    # the same list where the sentence ends is a statement that falls short
    norm = normalize("共收到申请70件,其中,予以公开的21件,部分公开的0件,不予公开的11件,无法提供的33件。")
    (statement,) = find_sum_statements(norm, find_numbers(norm))
    assert not runs_into_cut(norm, statement)
    # a list already over its total is wrong whatever follows the cut
    norm = normalize("共收到申请70件,其中,予以公开的41件,部分公开的0件,不予公开的11件,无法提供的33件,其他")
    (statement,) = find_sum_statements(norm, find_numbers(norm))
    assert not runs_into_cut(norm, statement)


def test_a_list_in_the_middle_of_a_cut_text_is_still_checked():
    # r462 (海南省司法厅 2021): 708條 of which the larger categories only — a partial list, said as a warning; its
    # 規範性檔案6件 is a part too (a kindred unit: the parts are then shown with their units)
    assert [f for f in findings("r462") if f[0] == "RL701"] == [
        ("RL701", "warning", "文中各分项之和与合计不符：118条+63条+16条+11条+6件+24条 = 238，写明的合计为 708 条，少 470 条")]
