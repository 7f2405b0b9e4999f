"""Real reports of the eleventh held-out round, slice bo (r1790–r1796: the same bodies over consecutive years — 高平市's
government (2022, 2023, 2025) and its office (2021, 2022; its 2023 is r58), 汾阳市's office (2022, 2023)), and the series the
corpus already held.  Users check a folder of a body's years together: the cross-document phase pairs the reports of one
body for years N and N+1 and checks 上年结转 against last year's 结转下年.

Each test runs the real texts, as they were found, through ``reportlint check`` on one folder and asserts which reports
were paired (every pair gets a cross-year finding naming last year's file: RL903 where a cut page lost table 三, RL901
where the carried numbers differ — but for a pair whose texts state the carried figures and agree, branch carryprose,
whose pairing is asserted directly).  Before the fixes a body was paired only when its titles used the same words, so
高平市's 2025 report (titled by the bare place, 高平市) and 杨浦区's (上海市杨浦区 against 上海市杨浦区政府) went unpaired, as
did 宿城街道 against 宿城街道办事处 and 玉田镇政府 against 玉田镇人民政府; and a title's place was split anywhere a character
of a division stood, so 天门's office titled without its place ("市人民政府办公室") was paired with 温州's and 钦州's offices
(温州 read as a 州 and its 市 as the name that was left), and 义乌's 商务局 with 哈尔滨市商务局.  Copies of the real 洪泽区
reports (complete, with table 三) show a carried number that differs is still found when the titles' words differ,
and never between a government and its office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import corpus_file as corpus
from conftest import run_cli
from realcorpus import edit, folder_of
from reportlint.analysis.agency import body_key
from reportlint.analysis.identify import agency_of
from reportlint.app.crossyear import pairs, same_agency, shorter_names
from reportlint.app.engine import RunOptions, check_path

TEXT = Path(__file__).resolve().parent / "data" / "samples" / "real" / "text"
HONGZE_2023, HONGZE_2024 = "2023-huaian-hongze-district-gov.txt", "2024-huaian-hongze-district-gov.txt"
CARRIED_2024 = "二、上年结转政府信息公开申请数量 |  |  | 0 |"


def series(tmp_path: Path, *prefixes: str) -> Path:
    return folder_of(tmp_path, *map(corpus, prefixes), name="series")


def cross_year(folder: Path) -> list[tuple[str, str, str]]:
    """(code, this year's file, last year's file) of every cross-year finding of a folder run."""
    data = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", folder).json
    return sorted((d["code"], Path(f["path"]).name.split("_")[0], Path(d["related"][0]).name.split("_")[0])
                  for f in data["files"] for d in f["diagnostics"] if d["check"] == "crossdoc")


def paired(folder: Path) -> list[tuple[str, str]]:
    """(this year's file, last year's file) of every pair the cross-document phase makes of a folder's reports."""
    files = sorted(folder.iterdir())
    facts = [check_path(str(f), RunOptions(today=date(2026, 6, 30))).facts for f in files]
    return sorted((files[later].name.split("_")[0], files[earlier].name.split("_")[0]) for later, earlier in pairs(facts))


def test_a_body_goes_by_one_key_whatever_words_its_titles_use():
    assert body_key("高平市") == body_key("高平市政府") == body_key("高平市人民政府") == "高平市人民政府"
    assert body_key("县政府办") == body_key("县人民政府办公室") == "县人民政府办公室"
    assert body_key("福州市长乐区玉田镇政府") == body_key("福州市长乐区玉田镇人民政府") == "福州市长乐区玉田镇人民政府"
    assert body_key("宿城街道") == body_key("宿城街道办事处") == "宿城街道"
    assert body_key("山东省人民政府办公厅") == "山东省人民政府办公厅"  # a 办公厅 is not read as a 办公室
    # a government and its office are two bodies, however they are written
    assert body_key("高平市人民政府办公室") != body_key("高平市人民政府")
    assert not same_agency("高平市", "高平市政府办公室")
    assert same_agency("上海市杨浦区", "上海市杨浦区政府")
    # a name of no kind stays whole: a title that is all report words and a bracket is no body's name
    assert body_key("政府信息公开工作年度报告(2024-01-31)") == "政府信息公开工作年度报告(2024-01-31)"


def test_a_shorter_name_keeps_a_place_of_its_own():
    assert shorter_names("淮安市洪泽区人民政府") == ["洪泽区人民政府"]
    assert shorter_names("徐州市沛县人民政府") == ["沛县人民政府"]
    # 温州 is no division with a name left after it, and a title without its place names any city's office or bureau
    assert shorter_names("温州市人民政府办公室") == []
    assert shorter_names("哈尔滨市商务局") == []
    # 城区, 城市: a word any city has, not one body's place
    assert shorter_names("晋城市城区人民政府办公室") == []
    assert shorter_names("宿迁市宿城区城市管理局") == ["宿城区城市管理局"]
    assert not same_agency("市人民政府办公室", "温州市人民政府办公室")


def test_the_title_cell_of_a_metadata_row_and_a_browser_title_name_the_agency():
    assert agency_of("名称 | 宿城区人民政府2022年政府信息公开工作年度报告 | ||") == "宿城区人民政府"
    assert agency_of("上海市宝山区生态环境局2024年政府信息公开工作年度报告_政府信息公开年度报告_上海市宝山区人民政府门户网站") \
        == "上海市宝山区生态环境局"


def test_gaoping_government_and_office_are_two_series(tmp_path):
    # the office 2021 → 2022 → 2023 (r58), the government 2022 → 2023 and 2025 (its 2024 not found; its title names the
    # bare place): each report paired with its own body's year before, never the government with its office
    folder = series(tmp_path, "r1790", "r1791", "r58", "r1792", "r1793", "r1794")
    # r1791 → r1790 is paired and checked from the text (转下一年办理0件 in 2021, 上年度结转…0件 in 2022: they agree, no finding)
    assert paired(folder) == [("r1791", "r1790"), ("r1793", "r1792"), ("r58", "r1791")]
    assert cross_year(folder) == [("RL903", "r1793", "r1792"), ("RL903", "r58", "r1791")]


def test_gaoping_2025_titled_by_its_place_pairs_with_the_government_not_the_office(tmp_path):
    folder = series(tmp_path, "r1793", "r1794")
    text = (folder / corpus("r1793").name).read_text(encoding="utf-8")
    # the 2023 report as if it were the 2024 one: 高平市2025年… pairs with 高平市人民政府
    (folder / corpus("r1793").name).write_text(text.replace("2023年", "2024年"), encoding="utf-8")
    assert cross_year(folder) == [("RL903", "r1794", "r1793")]
    (folder / corpus("r1793").name).write_text(
        text.replace("2023年", "2024年").replace("高平市人民政府\n", "高平市人民政府办公室\n", 1), encoding="utf-8")
    assert cross_year(folder) == []  # its office's report is another body's


def test_fenyang_office_pairs_its_two_years(tmp_path):
    assert cross_year(series(tmp_path, "r1795", "r1796")) == [("RL903", "r1796", "r1795")]


def test_series_the_corpus_held_are_paired_whatever_the_titles_say(tmp_path):
    # 宿城区 2021 (宿迁市宿城区人民政府) → 2022 and 2023 (`名称 | 宿城区人民政府2022年…` rows); 宿城街道 2019 → 2020 (街道办事处)
    # → 2021; 玉田镇政府 → 玉田镇人民政府; 上海市杨浦区政府 → 上海市杨浦区; 宝山区生态环境局 → its page's browser title
    folder = series(tmp_path, "r1404", "r1393", "r1674", "r1288", "r1287", "r1286", "r1312", "r1311", "r1250", "r1706",
                       "r1242", "r1243")
    assert cross_year(folder) == [
        ("RL903", "r1243", "r1242"), ("RL903", "r1286", "r1287"), ("RL903", "r1287", "r1288"),
        ("RL903", "r1311", "r1312"), ("RL903", "r1393", "r1404"), ("RL903", "r1674", "r1393"),
        ("RL903", "r1706", "r1250")]


def test_bodies_without_their_place_are_not_paired_with_another_citys(tmp_path):
    # 天门's office titled 市人民政府办公室 (2025) beside 温州's and 钦州's offices (2024); 义乌's 商务局 (2023) beside
    # 哈尔滨市商务局 (2022); 文登区信访局 (2022) beside 大通县's page titled 信访局 (2021)
    assert cross_year(series(tmp_path, "r33", "r1508", "r78", "r356", "r913", "r650", "r1601")) == []


def hongze(tmp_path: Path) -> Path:
    return folder_of(tmp_path, TEXT / HONGZE_2023, TEXT / HONGZE_2024, name="hongze")


def carry_findings(folder: Path) -> list[tuple[str, str, str | None, str | None]]:
    data = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", folder).json
    return [(d["code"], Path(f["path"]).name[:4], d["expected"], d["actual"])
            for f in data["files"] for d in f["diagnostics"] if d["check"] == "crossdoc"]


def test_a_carried_number_that_differs_is_found_when_the_titles_words_differ(tmp_path):
    folder = hongze(tmp_path)
    edit(folder / HONGZE_2024, "淮安市洪泽区人民政府2024年", "淮安市洪泽区政府2024年")
    assert carry_findings(folder) == []  # 0 carried in every column, both years
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert carry_findings(folder) == [("RL901", "2024", "0", "3")]  # missed before: 政府 and 人民政府 were two names


def test_a_government_is_not_checked_against_its_office(tmp_path):
    folder = hongze(tmp_path)
    edit(folder / HONGZE_2023, "洪泽区人民政府2023年", "洪泽区人民政府办公室2023年")
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert carry_findings(folder) == []
    edit(folder / HONGZE_2024, "淮安市洪泽区人民政府2024年", "淮安市洪泽区政府办2024年")  # the office both years
    assert carry_findings(folder) == [("RL901", "2024", "0", "3")]
