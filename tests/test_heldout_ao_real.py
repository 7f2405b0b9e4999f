"""Real reports of the ninth held-out round, slice ao (r1370–r1389: 福建's towns, streets, county and district
governments and their offices and bureaus — 安溪, 晋江, 漳平 (龙岩), 闽侯, 永泰, 罗源, 厦门's 湖里, 思明, 同安, 翔安 and 海沧,
福州's 台江区 and 高新区, 泉州's and 漳州's 台商投资区 — 2021–2025).  Each test reads the real text as it was found and asserts the exact findings:
a carry-in written as what the year before left open (``办结180件(含2020年未办结结转5件),结转下年度继续办理3件``, r1382)
is read as 上年结转, so RL707 checks the sentence (it was passed over: a wrong carry-out went unseen); a 其中 naming one
part in the total's unit above it (``242条,其中…专栏公开336条``, a copy of r1384) is an RL701 error (one part was never
read, so a part over its total passed).  A counter-case
written into a copy of the real text (in a tmp folder) shows the finding is made where it is due."""

from __future__ import annotations

from conftest import run_cli
from realcorpus import balances, changed, corpus, findings, line_of, shapes

_R1382_CLOSED = "办结180件(含2020年未办结结转5件),结转下年度继续办理3件"


def test_a_carry_in_left_open_the_year_before_balances():
    # r1382 (翔安区 2021): 178 new + 5 carried in (inside 办结's bracket) = 180 closed + 3 carried out
    assert balances(line_of("r1382", "178件"), 2021) == [(183, 183, True)]
    assert findings(corpus("r1382"), "RL707") == []


def test_a_wrong_carry_out_beside_a_carry_in_left_open_is_an_error(tmp_path):
    path = changed(tmp_path, "r1382", "继续办理3件", "继续办理4件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 178 + 上年结转 5 = 183 件，但办结 180 + 结转下年 4 = 184 件，相差 1 件")]


def test_a_wrong_closed_count_is_an_error(tmp_path):
    path = changed(tmp_path, "r1382", "办结180件(", "办结181件(")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 178 + 上年结转 5 = 183 件，但办结 181 + 结转下年 3 = 184 件，相差 1 件")]


def test_last_year_left_open_is_a_carry_in_too(tmp_path):
    path = changed(tmp_path, "r1382", _R1382_CLOSED, "办结180件(含上年未办结结转5件),结转下年度继续办理4件")
    assert findings(path, "RL707") == [
        ("error", "文中申请数不平衡：新收 178 + 上年结转 5 = 183 件，但办结 180 + 结转下年 4 = 184 件，相差 1 件")]


def test_the_report_years_open_applications_are_no_carry_in(tmp_path):
    # 2021年未办结 in a 2021 report: not what the year before left open — the sentence is not read (silence)
    path = changed(tmp_path, "r1382", _R1382_CLOSED, "办结180件(含2021年未办结结转5件),结转下年度继续办理4件")
    assert findings(path, "RL707") == []


def test_a_carry_in_and_out_inside_a_qizhong_balance(tmp_path):
    # r1389 (福州高新区 2023): 收到13件,已答复13件,其中,上年结转答复1件,结转下一年答复1件 — 13+1 = 13+1
    assert balances(line_of("r1389", "13件"), 2023) == [(14, 14, True)]
    assert findings(corpus("r1389"), "RL707") == []
    assert findings(changed(tmp_path, "r1389", "结转下一年答复1件", "结转下一年答复2件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 13 + 上年结转 1 = 14 件，但办结 13 + 结转下年 2 = 15 件，相差 1 件")]


def test_the_real_lists_add_up_and_say_nothing():
    # r1385 (泉州台商投资区 2023): 934 = eleven categories, 其中 past a rate; r1386: 19 = 9+9+1; r1376 (嘉莲街道 2024):
    # 30 = 0+22+8, the categories after 此外 no parts of it; r1372 (芦芝镇 2023): 5 = 1+2+1份+1; r1371: 1088 = 1057篇+31份
    assert shapes(line_of("r1385", "934条")) == [(934, [82, 33, 33, 414, 3, 18, 20, 3, 56, 74, 198], "other")]
    assert shapes(line_of("r1386", "19篇")) == [(19, [9, 9, 1], None)]
    assert shapes(line_of("r1376", "30条")) == [(30, [0, 22, 8], None)]
    assert shapes(line_of("r1372", "5条,其中")) == [(5, [1, 2, 1, 1], None)]
    assert shapes(line_of("r1371", "1088条")) == [(1088, [1057, 31], None)]
    # r1388 (台江区 2024): 751 = 29+722; the outcomes 47+35+16+35+9 = 142 (the text cut at the next one)
    assert shapes(line_of("r1388", "751条")) == [(751, [29, 722], None)]
    assert shapes(line_of("r1388", "142件")) == [(142, [47, 35, 16, 35, 9], None)]
    for ref in ("r1371", "r1372", "r1374", "r1376", "r1385", "r1386", "r1388", "r1389"):
        assert findings(corpus(ref), "RL701") == [], ref
    assert findings(corpus("r1371"), "RL703") == []  # 6条,占19.35% of 31


def test_a_wrong_part_of_the_real_lists_is_found(tmp_path):
    assert findings(changed(tmp_path, "r1385", "其他类信息198条", "其他类信息199条"), "RL701") == [
        ("error", "文中合计不成立：82+33+33+414+3+18+20+3+56+74+199 = 935，但写明的合计为 934 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1376", "不予公开信息8条", "不予公开信息9条"), "RL701") == [
        ("error", "文中合计不成立：0+22+9 = 31，但写明的合计为 30 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1386", "视频解读1篇", "视频解读2篇"), "RL701") == [
        ("error", "文中合计不成立：9+9+2 = 20，但写明的合计为 19 篇，各分项之和多出 1 篇")]
    # a list joined by 、 throughout is read whole past its part in a kindred unit (1份), so the part over is shown
    # (probe12; it was cut before 2条, read as short by 1): a warning, as kindred lists are
    assert findings(changed(tmp_path, "r1372", "工作信息1条", "工作信息2条"), "RL701") == [
        ("warning", "文中合计不成立：1条+2条+1份+2条 = 6，但写明的合计为 5 条，各分项之和多出 1 条")]


def test_a_variant_first_section_title_is_a_warning():
    # r1380 (凤翔街道 2024): 一、公开工作总体情况
    assert findings(corpus("r1380"), "RL204") == [
        ("warning", "标题“一、公开工作总体情况”与格式规定的“一、总体情况”不一致")]


def test_a_page_opening_on_its_first_section_is_read_for_its_year_and_pack():
    # r1379 (西柯街道 2025): no title, no preamble; the period 2025年1月1日至12月31日; section 二's table cut in its header
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", corpus("r1379")).json["files"][0]
    assert (file["pack"], file["report_year"]) == ("cn-gov-disclosure-2021", 2025)
    assert [d["code"] for d in file["diagnostics"] if d["severity"] != "info"] == ["RL209"]


def test_one_part_within_its_total_is_a_highlight():
    # r1384 (罗源县发展和改革局 2024): 242条,其中通过…专栏公开36条 — one part, no statement
    assert shapes(line_of("r1384", "242条")) == []
    assert findings(corpus("r1384"), "RL701") == []


def test_one_part_above_its_total_is_an_error(tmp_path):
    path = changed(tmp_path, "r1384", "专栏公开36条", "专栏公开336条")
    (line,) = [x for x in path.read_text(encoding="utf-8").split("\n") if "242条" in x]
    assert shapes(line) == [(242, [336], None)]
    assert findings(path, "RL701") == [
        ("error", "文中分项大于其合计：“通过政府门户网站政府信息公开专栏公开”为 336 条，但写明的合计为 242 条，多出 94 条")]


def test_one_part_equal_to_its_total_or_in_another_unit_says_nothing(tmp_path):
    assert findings(changed(tmp_path, "r1384", "专栏公开36条", "专栏公开242条"), "RL701") == []
    # 人次 is no count of the total's 条: never compared
    assert shapes("共开展培训2次,其中参训人员150人次。") == []
    assert shapes("2024年主动公开政府信息242条,其中通过政府门户网站公开336人次。") == []


_R1388 = "办理142件(3件为2023年结转至本年度办理)"
_R1388_BESIDE = "新收到政府信息公开申请148件,办理142件(3件为2023年结转至本年度办理),"


def test_a_carry_in_written_count_first_in_the_bracket_is_read_as_its_inclusion(tmp_path):
    # r1388 (台江区 2024): 新收…148件,办理142件(3件为2023年结转至本年度办理) — read as (含2023年结转3件) is: 办理 holding
    # the carry-in beside 新收 is a pair this reading does not place, so the real text (cut after it) stays silent
    line = line_of("r1388", "142件")
    assert balances(line, 2024) == balances(line.replace(_R1388, "办理142件(含2023年结转3件)"), 2024) == []
    assert findings(corpus("r1388"), "RL707") == []
    # 办结 with the bracket and a carry-out: 148 + 3 = 142 + 9 balances; 19 carried out is an error (before: unread)
    said = "新收到政府信息公开申请148件,办结142件(3件为2023年结转至本年度办理),结转下年度{}件,"
    assert balances(line.replace(_R1388_BESIDE, said.format(9)), 2024) == [(151, 151, True)]
    assert findings(changed(tmp_path, "r1388", _R1388_BESIDE, said.format(9)), "RL707") == []
    assert findings(changed(tmp_path, "r1388", _R1388_BESIDE, said.format(19)), "RL707") == [
        ("error", "文中申请数不平衡：新收 148 + 上年结转 3 = 151 件，但办结 142 + 结转下年 19 = 161 件，相差 10 件")]
    # 上年 is the year before as well
    last = said.format(19).replace("2023年结转至本年度办理", "上年结转")
    assert balances(line.replace(_R1388_BESIDE, last), 2024) == [(151, 161, False)]
    # 办理 holding the carry-in, then 办结 and 结转下年: 142 = 130 + 2 does not hold
    total = "办理142件(3件为2023年结转至本年度办理),办结130件,结转下年度2件,"
    assert findings(changed(tmp_path, "r1388", _R1388_BESIDE, total), "RL707") == [
        ("error", "文中申请数不平衡：处理（含上年结转）142 件，但办结 130 + 结转下年 2 = 132 件，相差 10 件")]


def test_a_count_first_carry_of_the_reports_own_year_is_no_carry_in():
    # 2024年结转 in a 2024 report is not last year's: the bracket is no inclusion, the sentence unread
    line = line_of("r1388", "142件")
    for said in ("新收到政府信息公开申请148件,办结142件(3件为2024年结转至本年度办理),结转下年度19件,",
                 "办理142件(3件为2024年结转至本年度办理),办结130件,结转下年度2件,"):
        assert balances(line.replace(_R1388_BESIDE, said), 2024) == []
