"""Which report a real document is — title, year, form, agency and level — from its title or its content,
and what the checks that depend on them (sections, deadline, plausibility) then say.

Every document here is a real published report of tests/corpus (stored as found); the expected values
are those of its labels file and MANIFEST row."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from reportlint import readers
from reportlint.analysis.agency import classify, clause_subject, self_reference
from reportlint.analysis.identify import identify
from reportlint.text.normalize import normalize

CORPUS = Path(__file__).parent / "corpus"
TODAY = ("--today", "2026-06-30", "--isolated")


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def checked(prefix: str) -> dict:
    result = run_cli("check", "--format", "json", *TODAY, corpus(prefix))
    return result.json["files"][0]


def findings(file: dict, *codes: str) -> list[tuple[str, str, int | None, str]]:
    return [(d["code"], d["severity"], d["location"]["line"], d["message"]) for d in file["diagnostics"]
            if d["code"] in codes]


# --- the title, wherever it is ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "title", "how", "year", "agency", "level"), [
    # after breadcrumbs, a metadata block, a site bar
    ("r39", "马水镇2019年政府信息公开年度报告", "line", 2019, "马水镇", "town"),
    ("r55", "2021年迎宾路街道政府信息公开工作年度报告", "line", 2021, "迎宾路街道", "street"),
    ("r62", "甘南州卫生健康委2025年政府信息公开工作年度报告", "line", 2025, "甘南州卫生健康委", "department"),
    ("r77", "木塔乡人民政府2024年政府信息公开工作年度报告", "line", 2024, "木塔乡人民政府", "town"),
    ("r32", "开远市2025年政府信息公开工作年度报告", "line", 2025, "开远市", "city"),
    # split over two lines; the agency on the line before
    ("r13", "市政府研究室2019年政府信息公开工作年度报告", "joined", 2019, "市政府研究室", "department"),
    ("r44", "桃江县松木塘镇人民政府2022年政府信息公开工作年度报告", "joined", 2022, "桃江县松木塘镇人民政府", "town"),
    ("r58", "高平市人民政府办公室2023年政府信息公开工作年度报告", "joined", 2023, "高平市人民政府办公室", "department"),
    # other wordings
    ("r48", "下湿壕镇政府2022年信息公开工作年度报告", "line", 2022, "下湿壕镇", "town"),
    ("r73", "鼎城区公安局2021年度政府信息公开工作报告", "line", 2021, "鼎城区公安局", "department"),
    # named only in the first sentence
    ("r04", "区统计局2023年政府信息公开工作年度报告", "sentence", 2023, "区统计局", "department"),
])
def test_title_found_after_chrome_split_or_in_the_first_sentence(prefix, title, how, year, agency, level):
    found = identify(readers.read(corpus(prefix)))
    assert (found.title_text, found.title_how, found.report_year) == (title, how, year)
    assert (found.agency.value, found.agency_level.level) == (agency, level)


@pytest.mark.parametrize(("prefix", "title"), [
    ("r201", "2021年漳平市人民政府办公室政府信息公开年度报告"),  # "编制形成2021年…"
    ("r218", "2024年政府信息公开工作年度报告"),  # "特编制了2024年…"
])
def test_the_name_in_a_sentence_starts_after_the_verb_and_its_particles(prefix, title):
    found = identify(readers.read(corpus(prefix)))
    assert (found.title_text, found.title_how) == (title, "sentence")


@pytest.mark.parametrize(("prefix", "year", "source", "level", "level_source"), [
    ("r65", 2025, "统计期限“2025年1月1日至2025年12月31日”", "department", "正文自称“我局”"),
    ("r43", 2022, "统计期限“2022年1月1日起至2022年12月31日”", "town", "正文自称“我镇”"),
    ("r56", 2023, "统计期限“2023年1月1日到2023年12月31日”", None, None),
    ("r38", 2023, "正文“汇报我镇2023年政府信息公开工作”", "town", "正文自称“我镇”"),
    ("r40", 2021, "正文“2021年,…”", "department", "正文自称“我局”"),  # traditional characters
    ("r11", 2020, "统计期限“2020年1月1日起至2020年12月31日”", "department", "正文自称“我局”"),
    # last year's report named as an item of a list ("…2021年度政府信息公开工作年度报告1条") is not this report's
    # name: the year is the one the text gives (held-out round 4 read 2021)
    ("r509", 2022, "正文“2022年,…”", "department", "正文自称“我局”"),
])
def test_year_and_level_from_the_content_when_there_is_no_title(prefix, year, source, level, level_source):
    found = identify(readers.read(corpus(prefix)))
    assert found.title is None
    assert (found.report_year, found.year.source) == (year, source)
    assert (found.agency_level.level if found.agency_level else None,
            found.level.source if found.level else None) == (level, level_source)


def test_no_title_a_2025_report_is_checked_with_the_2021_form_and_says_from_what():
    file = checked("r65")
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", 2025)
    assert findings(file, "RL102", "RL103") == [(
        "RL103", "info", 1,
        "未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（章节标题 2 处，如“一、总体情况”，表格标签 7 处，"
        "如“第二十条第(一)项”）；报告年度 2025 年，依据统计期限“2025年1月1日至2025年12月31日”；机关层级：政府部门，依据正文自称“我局”")]


@pytest.mark.parametrize(("prefix", "year", "message"), [
    # 广东省参事室 2022: the text starts at 一、总体情况, the year only in "2022年,我室(馆)…", no word 报告
    ("r400", 2022, "未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（章节标题 1 处，如“一、总体情况”，"
                   "应写内容的小标题 2 处，如“主动公开”）；报告年度 2022 年，依据正文“2022年,…”；机关层级：政府部门，依据正文自称“我室”"),
    # a 街道 of 青岛 (a spam mirror): (一)主动公开。… (五)监督保障。 under 一、总体情况, no title, no 报告
    ("r401", 2021, "未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（章节标题 1 处，如“一、总体情况”，"
                   "应写内容的小标题 5 处，如“主动公开”）；报告年度 2021 年，依据正文“2021年度…”"),
])
def test_an_overview_without_title_tables_or_the_word_report_is_known_by_its_topics(prefix, year, message):
    # one section title and no word 报告 was not enough (RL102, nothing checked); the form's topics of 一 as its
    # numbered sub-headings are the form's own words
    file = checked(prefix)
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", year)
    assert [(d["code"], d["message"]) for d in file["diagnostics"] if d["code"] in ("RL102", "RL103")] == [
        ("RL103", message)]


def test_an_excerpt_opening_with_the_forms_first_title_and_topic_is_a_report():
    # r600 (新疆 2021, a Traditional mirror): no title, no 报告, 一、總體情況 first, then the text is cut inside its
    # first point (一)主動公開…: one section title and one topic were not enough (RL102, nothing checked); the
    # form's first title opening the text (a page's body without its title) counts one more
    file = checked("r600")
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", 2021)
    assert [(d["code"], d["message"]) for d in file["diagnostics"] if d["code"] in ("RL102", "RL103")] == [(
        "RL103", "未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（章节标题 1 处，如“一、总体情况”，"
                 "应写内容的小标题 1 处，如“主动公开”，正文以“一、总体情况”开头）；报告年度 2021 年，依据正文“2021年,…”")]
    # r601 (陕西省财政厅 2022) has four topic points: known without the opening, which is then not named
    assert checked("r601")["pack"] == "cn-gov-disclosure-2021"


@pytest.mark.parametrize("text", [
    "一、总体情况\n\n2021年，我局召开政务公开工作会议，部署全年工作。\n",  # the title first, but no topic point
    "关于印发2022年政务公开工作要点的通知\n\n一、总体情况\n\n(一)主动公开。及时发布信息。\n",  # a title above it
])
def test_the_opening_title_needs_a_topic_point_and_nothing_above_it(tmp_path, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    file = run_cli("check", "--format", "json", *TODAY, path).json["files"][0]
    assert file["pack"] is None


def test_the_topics_alone_do_not_make_a_report(tmp_path):
    # the sub-headings count only beside a section title of the form: a notice that lists them is no report
    path = tmp_path / "notice.txt"
    path.write_text("关于做好政务公开工作的通知\n\n(一)主动公开。及时发布信息。\n(二)依申请公开。依法答复。\n"
                    "(三)政府信息管理。加强审核。\n", encoding="utf-8")
    file = run_cli("check", "--format", "json", *TODAY, path).json["files"][0]
    assert file["pack"] is None


def test_title_in_the_first_sentence_is_said():
    file = checked("r04")
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", 2023)
    assert findings(file, "RL103") == [(
        "RL103", "info", 1, "标题行缺失，按正文中的“区统计局2023年政府信息公开工作年度报告”识别为政府信息公开工作年度报告（2021年版格式）")]


def test_year_unknown_the_form_of_the_tables_chooses_the_pack():
    file = checked("r41")  # a bureau's excerpt that never says its year; 2019-form tables
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2019", None)
    assert findings(file, "RL103")[0][3].split("；")[1] == "报告年度不详，按表格的2019年版格式选用规则包（表头“本年新制作数量”）"


def test_a_title_line_says_nothing_was_inferred():
    assert findings(checked("r44"), "RL102", "RL103") == []


def test_a_document_that_is_no_report_gets_rl102(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于召开政务公开工作会议的通知\n\n各科室：\n\n定于2024年3月5日召开政务公开工作会议，请准时参加。\n",
                    encoding="utf-8")
    file = run_cli("check", "--format", "json", *TODAY, path).json["files"][0]
    assert file["pack"] is None
    assert [(d["code"], d["severity"], d["message"]) for d in file["diagnostics"]] == [(
        "RL102", "info", "未检查：看来不是报告（未找到报告标题，正文也不像任何规则包所检查的报告，也没有报告的章节、编号或数字表格）；"
        "如果是报告，可用 --pack 指定（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）")]


def test_a_year_no_pack_covers_is_named(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("某县统计局2017年政府信息公开工作年度报告\n\n一、总体情况\n\n2017年，我局…。\n", encoding="utf-8")
    file = run_cli("check", "--format", "json", *TODAY, path).json["files"][0]
    assert [(d["code"], d["message"]) for d in file["diagnostics"]] == [(
        "RL102", "没有适用的规则包：2017 年没有对应的内置规则包；可用 --pack 指定（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）")]


# --- traditional characters ------------------------------------------------------------------------------------

def test_traditional_text_is_matched_simplified_and_quoted_as_written():
    assert normalize("政府信息公開工作年度報(bào)告") == "政府信息公开工作年度报告"
    assert normalize("微信(wx) 報告(PDF)") == "微信(wx)报告(PDF)"  # only toned pinyin after a character is dropped
    file = checked("r11")
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2019", 2020)
    assert findings(file, "RL208") == [(
        "RL208", "warning", 1,
        "标题“一、總體情況”“二、主動(dòng)公開政府信息情況”“三、收到和處理政府信息公開申請(qǐng)情況”“四、政府信息公開行政復(fù)議、"
        "行政訴訟情況”“五、存在的主要問題及改進(jìn)情況”“六、其他需要報(bào)告的事項”与正文连在同一段中")]
    assert findings(file, "RL201") == []  # the six sections are there, run into one paragraph


# --- the agency's level ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind", "tier", "level", "may_make_regulations"), [
    ("白城市人民政府", "government", None, "city", None),  # a 市 alone: city or county-level city
    ("开远市", "government", None, "city", None),
    ("红河州开远市人民政府", "government", "county", "county", False),
    ("石家庄市长安区人民政府", "government", "county", "district", False),
    ("上海市人民政府", "government", "province", "province", True),
    ("山东省人民政府办公厅", "general_office", "province", "department", True),
    ("平武县人民政府办公室", "general_office", "county", "department", False),
    ("天门市人民政府办公室", "general_office", None, "department", None),
    ("重庆市大足区人民政府外事办公室", "department", "county", "department", False),
    ("武汉市东湖生态旅游风景区管理委员会卫生健康办公室", "department", "county", "department", False),
    ("桃江县松木塘镇人民政府", "town", None, "town", False),
    ("五常市民意乡", "town", None, "town", False),
    ("潜江市雄口管理区", "town", None, "town", False),
    ("广州市荔湾区人民政府南源街道办事处", "street", None, "street", False),
    ("国家新闻出版署", "department", "national", "department", None),  # central organs make 部门规章
    ("生态环境部", "department", "national", "department", None),
    ("海关总署", "department", "national", "department", None),
    ("市统计局", "department", None, "department", False),
])
def test_agency_kind_and_tier_from_the_name(name, kind, tier, level, may_make_regulations):
    found = classify(name)
    assert (found.kind, found.tier, found.level, found.may_make_regulations) == (kind, tier, level, may_make_regulations)


def test_level_from_how_the_text_names_itself():
    assert self_reference("我局高度重视。本办法自印发之日起施行。我局将继续…") [1] == "我局"
    assert self_reference("我镇…我局…") is None  # neither dominates
    assert classify("我局") is None


def test_level_from_the_subject_of_the_clause_opening_with_the_year():
    found = clause_subject(["一、总体情况", "2025年,区城乡建设局聚焦中心工作和重点领域,积极推进…"])
    assert found is not None and (found[0].kind, found[1]) == ("department", "区城乡建设局")
    assert clause_subject(["2023年,区政府办公室主动公开政府信息125条。"]) is None  # a general office: left out
    assert clause_subject(["2022年,在区委、区政府的坚强领导下,官洲街道办事处认真…"]) is None  # a preposition first
    assert clause_subject(["2023年,全市各级行政机关坚持…"]) is None
    assert clause_subject(["2024年,桐乡市水务集团有限公司积极…"]) is None  # a public enterprise
    assert clause_subject(["2024年,梅子镇认真学习…", "2024年,县统计局认真…"]) is None  # two kinds: none
    # r801: the organ's offices, not its name ("2023年以來,廳機關各處室嚴格落實…", as normalised)
    assert clause_subject(["2023年以来,厅机关各处室严格落实省厅依申请工作办理流程"]) is None


def test_deadline_by_level_government_march_department_january():
    # 开远市人民政府's report (the title names the place: the 本级政府 report), published 2026-02-09.
    assert findings(checked("r32"), "RL603") == []
    assert findings(checked("r30"), "RL603") == []  # 白城市人民政府, 2026-03-12


def test_deadline_unknown_level_is_a_warning_until_march(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# 2023年政府信息公开工作年度报告\n\n2024年2月20日\n\n## 一、总体情况\n\n2023年，本年度工作顺利。\n",
                    encoding="utf-8")
    file = run_cli("check", "--format", "json", *TODAY, path).json["files"][0]
    assert findings(file, "RL603") == [(
        "RL603", "warning", 3, "报告日期 2024-02-20 晚于法定期限 2024-01-31（未能判断是本级政府还是部门的报告；"
        "部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]


def test_a_town_with_regulations_is_warned_and_a_city_government_is_not(tmp_path):
    assert findings(checked("r44"), "RL506") == [(
        "RL506", "warning", 13,
        "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是乡镇人民政府"
        "（依据机关名称“桃江县松木塘镇人民政府”）（规章/本年制发件数 = 2，规章/现行有效件数 = 2）")]
    table = ("\n\n## 二、主动公开政府信息情况\n\n| 第二十条第（一）项 |  |  |  |\n| --- | --- | --- | --- |\n"
             "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 1 | 0 | 11 |\n| 行政规范性文件 | 8 | 26 | 66 |\n")
    city = tmp_path / "city.md"
    city.write_text("# 淮安市人民政府2024年政府信息公开工作年度报告\n\n2025年3月20日" + table, encoding="utf-8")
    assert findings(run_cli("check", "--format", "json", *TODAY, city).json["files"][0], "RL506", "RL603") == []
    county = tmp_path / "county.md"
    county.write_text("# 淮安市洪泽区人民政府2024年政府信息公开工作年度报告\n\n2025年3月20日" + table, encoding="utf-8")
    assert [d[3] for d in findings(run_cli("check", "--format", "json", *TODAY, county).json["files"][0], "RL506")] == [
        "只有省、自治区、直辖市和设区的市、自治州人民政府可以制定规章，本机关填报的规章数量大于 0：本机关是区人民政府"
        "（依据机关名称“淮安市洪泽区人民政府”）（规章/本年制发件数 = 1，规章/现行有效件数 = 11）"]


def test_the_year_opening_a_sentence_without_a_comma():
    # r208 never writes "2025年," — only "2025年中仓街道积极推动…" and "2025年度中仓街道政府信息公开工作主要涉及"
    found = identify(readers.read(corpus("r208")))
    assert (found.title, found.report_year, found.year.source) == (None, 2025, "正文“2025年…”")


def test_the_title_year_and_the_period_disagree():
    # r207 calls itself 《田黄镇2020年政府信息公开工作年度报告》, its statistics period says the year once:
    # "自2021年1月1日起至12月31日止"
    file = checked("r207")
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2019", 2020)
    assert [(d["code"], d["severity"], d["expected"], d["actual"], d["message"]) for d in file["diagnostics"]
            if d["check"] == "dates" and d["code"] != "RL607"] == [
        ("RL605", "error", "2020", "2021", "统计期限“统计期限自2021年1月1日起至12月31日”与报告年度 2020 年不符")]


def test_a_title_year_with_its_nian_dropped_is_read():
    # r403 (粤汉街道) is titled "2022度珠晖区粤汉街道信息公开工作年度报告" (2022年度 with 年 dropped); its period and
    # content are 2023: the title's year is wrong (it was not read, and the report year taken from the period)
    found = identify(readers.read(corpus("r403")))
    assert (found.title_text, found.report_year, found.agency.value) == (
        "2022度珠晖区粤汉街道信息公开工作年度报告", 2022, "珠晖区粤汉街道")
    file = checked("r403")
    assert [(d["code"], d["severity"], d["expected"], d["actual"], d["message"]) for d in file["diagnostics"]
            if d["code"] == "RL605"] == [
        ("RL605", "error", "2022", "2023", "统计期限“统计期限自2023年1月1日起至2023年12月31日”与报告年度 2022 年不符")]


def test_a_period_that_says_its_year_once_is_the_report_year():
    # "统计期限从2023年1月1日到12月31日止" (r202), "统计期为2023年1月1日至2023年12月31日": no RL605
    for prefix in ("r202", "r212", "r214"):
        assert [d["code"] for d in checked(prefix)["diagnostics"] if d["code"] == "RL605"] == [], prefix
