"""Pages without a title line, paired with a body's other years by the agency their body names (branch pairing).

A crawler that kept only a report's body (no title line: 闽侯, 漳平, 睢宁开发区…) left the report without an agency, and
the cross-document phase pairs a body's years by agency: such a page was never paired, its carried applications never
checked against last year's.  Its body often says who it is: a signature block at its end (the body, the date below it)
or the sentence saying who compiled it (``本报告由X编制``).  Precedence: the title's name, the signature's, the 编制
sentence's (``analysis/signedagency.py``).

Never a wrong pair: a government's general office compiles, signs and is the contact of the government's report as
well as its own (漳州 2020 is the government's, 2021 the office's, both "由漳州市人民政府办公室编制"), so its name gives no
agency; an organ may compile another body's report (福清市's government report "由福清市政务与外事服务中心编制"), so an
organ's name is taken only when the text speaks as one of its kind (我局, 我镇) or names it as its inner office's organ
(江苏睢宁经济开发区党政办公室); a page whose contact is another organ (a company's page "由南宁市武鸣区行政审批局编制")
says two bodies.  The copies are of the complete real 洪泽区 reports (the government's, compiled by its office), with
their title lines taken away as a crawler does."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file as corpus
from conftest import run_cli
from realcorpus import edit, folder_of
from reportlint.analysis.identify import identify
from reportlint.analysis.signedagency import body_named, compiling_agency
from reportlint.readers import read

TEXT = Path(__file__).resolve().parent / "data" / "samples" / "real" / "text"
HONGZE_2023, HONGZE_2024 = "2023-huaian-hongze-district-gov.txt", "2024-huaian-hongze-district-gov.txt"
TITLE_2023 = "洪泽区人民政府2023年政府信息公开工作年度报告\n"
TITLE_2024 = "淮安市洪泽区人民政府2024年政府信息公开工作年度报告\n"
CARRIED_2024 = "二、上年结转政府信息公开申请数量 |  |  | 0 |"
LAST_2024 = "不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。\n"


def crossdoc(folder: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(code, this year's file, expected, actual) of every cross-year finding of a folder run."""
    data = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", folder).json
    return sorted((d["code"], Path(f["path"]).name[:5], d["expected"], d["actual"])
                  for f in data["files"] for d in f["diagnostics"] if d["check"] == "crossdoc")


def agency(path: Path) -> str | None:
    found = identify(read(path)).agency
    return None if found is None else found.value


def untitled_hongze(tmp_path: Path) -> Path:
    """The two real 洪泽区 reports, their title lines taken away."""
    folder = folder_of(tmp_path, TEXT / HONGZE_2023, TEXT / HONGZE_2024, name="hongze")
    edit(folder / HONGZE_2023, TITLE_2023, "")
    edit(folder / HONGZE_2024, TITLE_2024, "")
    return folder


def sign(path: Path, name: str, day: str) -> None:
    """Add a signature block (the name, the date below it) after the report's last line."""
    path.write_text(path.read_text(encoding="utf-8") + f"{name}\n{day}\n", encoding="utf-8")


def test_a_page_without_a_title_compiled_by_the_governments_office_has_no_agency(tmp_path):
    folder = untitled_hongze(tmp_path)
    # "本报告由淮安市洪泽区人民政府办公室根据…编制": the government's report, compiled by its office
    assert agency(folder / HONGZE_2024) is None
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert crossdoc(folder) == []


def test_signed_pages_pair_and_their_carried_numbers_are_compared(tmp_path):
    folder = untitled_hongze(tmp_path)
    sign(folder / HONGZE_2023, "淮安市洪泽区人民政府", "2024年1月20日")
    sign(folder / HONGZE_2024, "淮安市洪泽区人民政府", "2025年1月20日")
    assert agency(folder / HONGZE_2024) == "淮安市洪泽区人民政府"
    assert crossdoc(folder) == []  # 0 carried out in 2023, 0 carried in in 2024: they agree
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert crossdoc(folder) == [("RL901", "2024-", "0", "3")]  # missed before: no agency, no pair


def test_a_signature_on_one_line_and_a_titled_year_pair(tmp_path):
    folder = folder_of(tmp_path, TEXT / HONGZE_2023, TEXT / HONGZE_2024, name="hongze")  # 2023 keeps its title
    edit(folder / HONGZE_2024, TITLE_2024, "")
    edit(folder / HONGZE_2024, LAST_2024, LAST_2024 + "淮安市洪泽区人民政府  2025年1月20日\n")
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert agency(folder / HONGZE_2024) == "淮安市洪泽区人民政府"
    assert crossdoc(folder) == [("RL901", "2024-", "0", "3")]


def test_the_offices_signature_names_no_body_and_the_title_goes_first(tmp_path):
    folder = untitled_hongze(tmp_path)
    sign(folder / HONGZE_2023, "淮安市洪泽区人民政府", "2024年1月20日")
    sign(folder / HONGZE_2024, "淮安市洪泽区人民政府办公室", "2025年1月20日")  # the government's or the office's own?
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert agency(folder / HONGZE_2024) is None
    assert crossdoc(folder) == []
    # a title names the agency whatever the signature says
    (folder / HONGZE_2024).write_text(TITLE_2024 + (folder / HONGZE_2024).read_text(encoding="utf-8"), encoding="utf-8")
    assert agency(folder / HONGZE_2024) == "淮安市洪泽区人民政府"
    assert crossdoc(folder) == [("RL901", "2024-", "0", "3")]


def test_an_organ_compiling_a_report_that_does_not_speak_as_one_of_its_kind_names_no_body(tmp_path):
    folder = untitled_hongze(tmp_path)
    for name in (HONGZE_2023, HONGZE_2024):  # a department compiling the government's report (as 福清's did)
        edit(folder / name, "本报告由淮安市洪泽区人民政府办公室根据", "本报告由淮安市洪泽区数据局根据")
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert agency(folder / HONGZE_2024) is None  # the text says 我区, never 我局
    assert crossdoc(folder) == []


def test_suining_zones_two_untitled_years_pair_by_their_compiler(tmp_path):
    # r1285 (2022) and r1391 (2023): no title, "由江苏睢宁经济开发区党政办公室编制" — the zone's inner office; both pages
    # stop before table 三, so the pair shows as RL903
    folder = folder_of(tmp_path, corpus("r1285"), corpus("r1391"))
    assert agency(corpus("r1391")) == agency(corpus("r1285")) == "江苏睢宁经济开发区"
    assert crossdoc(folder) == [("RL903", "r1391", None, None)]
    edit(folder / corpus("r1285").name, "由江苏睢宁经济开发区党政办公室编制", "由江苏邳州经济开发区党政办公室编制")
    assert crossdoc(folder) == []


def test_real_compilers_read_or_refused():
    assert agency(corpus("r1384")) == "罗源县发展和改革局"  # "由罗源县发展和改革局办公室…编制", 我局
    assert agency(corpus("r1612")) == "福清市新厝镇人民政府"  # 我镇
    # the government's (2020) and the office's (2021) reports, both "由漳州市人民政府办公室编制而成"
    assert agency(corpus("r1214")) is None and agency(corpus("r1215")) is None
    # a company's page compiled, it says, by a bureau, its contact the company's office
    assert agency(corpus("r1100")) is None
    assert compiling_agency(["本报告由南宁市武鸣区行政审批局编制。"], "department") == "南宁市武鸣区行政审批局"
    assert compiling_agency(["本报告由上海市经济和信息化委员会(以下简称我委)编制。"], "department") == "上海市经济和信息化委员会"
    assert compiling_agency(["由城中区人民政府办公室综合区政府各镇办、各部门的工作情况编制而成"], None) is None


def test_the_body_a_name_stands_for():
    assert body_named("两城镇人民政府党政办公室") == "两城镇人民政府"
    assert body_named("无锡市锡山区人民政府厚桥街道党政办公室综合科") == "无锡市锡山区人民政府厚桥街道"
    assert body_named("闽清县人民政府办公室") is None  # a general office: the government's report or its own
    assert body_named("局办公室") is None and body_named("区财政局") is None  # any district's
    assert body_named("国家税务总局广州市白云区税务局") == "国家税务总局广州市白云区税务局"
