"""The agency a title names, when its line goes on after the report's name: the day the page posted it
(``( 2024-01-25 )``), the year again (``(2024年度)``), a version (``(全文)``, ``(图解)``, ``(修订版)``), the site's or
column's name (``-九游会旧版``, ``_政府信息公开年度报告_…门户网站``), a file's extension (``.docx``), table bars or a
metadata field — none of it is the agency's name, which kept it before (``上海市宝山区生态环境局政府信息公开工作年度报告_…
门户网站``): its level was unknown or read from the text, the summary printed it and the cross-year pairing missed the
same body's other years.  A name in brackets there is the agency when none stands before (``2024年政府信息公开工作年度报告
(上海市嘉定区国防动员办公室)``), and the 政府 of ``洪山区人民政府信息公开工作年度报告`` is the name's (it was ``洪山区人民``).
A date in brackets after the title is the report's date when the text signs none; a signed date wins over it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realcorpus import changed, corpus, findings
from reportlint.analysis.identify import agency_of, identify
from reportlint.app import crossyear
from reportlint.app.engine import RunOptions, check_path
from reportlint.readers import read


def _agency(path: Path) -> tuple[str | None, str | None, str | None]:
    identity = identify(read(path))
    level = identity.agency_level
    return (identity.agency.value if identity.agency else None, level.level if level else None,
            identity.level.source if identity.level else None)


@pytest.mark.parametrize(("prefix", "agency", "level"), [
    ("r1166", "上海市民政局", "department"),  # …工作报告 ( 2024-01-25 ): was 上海市民政局政府信息公开工作报告(2024-01-25)
    ("r1243", "上海市宝山区生态环境局", "department"),  # …年度报告_政府信息公开年度报告_上海市宝山区人民政府门户网站
    ("r1333", "福建省教育厅", "department"),  # …年度报告 -九游会旧版
    ("r1432", "鄂城区市场监管局", "department"),  # …年度报告(2024年度)
    ("r1252", "闵行区经济委员会", "department"),  # …年度报告 (2022年): level unknown before
    ("r1087", "洪山区人民政府", "district"),  # 洪山区人民政府信息公开工作年度报告(2023年度): was 洪山区人民政府信息公开工作年度报告()
    ("r1699", "上海市嘉定区国防动员办公室", "department"),  # 2024年…年度报告(上海市嘉定区国防动员办公室)
    ("r1707", "上海市浦东新区曹路镇人民政府", "town"),  # 2024年…年度报告 (上海市浦东新区曹路镇人民政府)
    ("r507", "乌拉特中旗巴音乌兰苏木", "town"),  # …年度报告.docx
    ("r931", "天津港保税区", "department"),  # …工作报告 | |
    ("r1173", "建瓯市人民政府", "city"),  # 2023年建瓯市人民政府信息公开工作年度报告: was 建瓯市人民, no level
    ("r1621", "清江浦区人民政府", "district"),  # was 清江浦区人民, no level
    ("r1260", "大路镇人民政府", "town"),  # was 大路镇人民
])
def test_the_agency_of_a_real_title_is_its_name_alone(prefix, agency, level):
    assert _agency(corpus(prefix)) == (agency, level, f"机关名称“{agency}”")


def test_a_title_without_a_name_before_its_date_names_no_agency():
    # r1256 (上海市住建委 2021): "2021年政府信息公开工作年度报告 ( 2022-01-29 )" — the level from the text's 我委; the
    # agency is the compiler its 编制 sentence names ("由上海市住房和城乡建设管理委员会编制而成", branch pairing), not the title's
    identity = identify(read(corpus("r1256")))
    assert agency_of(identity.title_text) is None
    assert (identity.agency.value, identity.agency.source) == ("上海市住房和城乡建设管理委员会", "编制说明")
    assert _agency(corpus("r1256")) == ("上海市住房和城乡建设管理委员会", "department", "正文自称“我委”")


_R1087_TITLE = "洪山区人民政府信息公开工作年度报告(2023年度)"


@pytest.mark.parametrize("tail", ["(2024年1月30日)", "(2024年1月)", "(全文)", "（图解）", "(修订版)", " — 武汉市洪山区人民政府网",
                                  "_政府信息公开年报_武汉市洪山区人民政府", " 发布日期：2024-01-30", " 来源：区政府办公室", ".pdf",
                                  " 2024-01-30"])
def test_whatever_the_line_prints_after_the_report_is_no_part_of_the_name(tmp_path, tail):
    path = changed(tmp_path, "r1087", _R1087_TITLE, "洪山区人民政府2023年政府信息公开工作年度报告" + tail)
    assert _agency(path) == ("洪山区人民政府", "district", "机关名称“洪山区人民政府”")


@pytest.mark.parametrize(("title", "agency"), [
    ("2024年北京市“政府信息公开工作年度报告”集中公开专题页面", "北京市政府信息公开工作年度报告集中公开专题页面"),  # words go on: kept
    ("2021年政府信息公开工作年度报告 (全文)", None),  # a bracket that names no agency
    ("2024年政府信息公开工作年度报告（上海市嘉定区国防动员办公室）", "上海市嘉定区国防动员办公室"),
    ("上海市嘉定区2024年政府信息公开工作年度报告（上海市嘉定区国防动员办公室）", "上海市嘉定区"),  # the name before comes first
])
def test_what_is_kept_after_the_report_and_what_a_bracket_names(title, agency):
    assert agency_of(title) == agency


def test_a_body_whose_title_varies_is_paired_with_its_other_year():
    # r1242 (2023) and r1243 (2024), 上海市宝山区生态环境局: r1243's title carries its column's and site's names, so the
    # two were never paired (no cross-year finding at all); r1243 is a page cut in 一, its table not reached (RL903)
    options = RunOptions(today=date(2026, 6, 30))
    results = [check_path(str(corpus(prefix)), options) for prefix in ("r1242", "r1243")]
    assert [r.facts.agency for r in results] == ["上海市宝山区生态环境局", "上海市宝山区生态环境局"]
    assert crossyear.pairs([r.facts for r in results]) == [(1, 0)]
    crossyear.run(results)
    assert [d for d in results[0].diagnostics if d.check == "crossdoc"] == []
    later = [d for d in results[1].diagnostics if d.check == "crossdoc"]
    assert [(d.code, d.message) for d in later] == [(
        "RL903", f"无法与上年报告 {corpus('r1242')} 核对“上年结转与上年报告衔接”（收到和处理政府信息公开申请情况表）："
                 "本报告中未找到“收到和处理政府信息公开申请情况表”表格")]


# --- the date in brackets after the title (r1256, its title's posted date changed) ------------------------------------

_R1256_TITLE = "2021年政府信息公开工作年度报告 ( 2022-01-29 )"
_LATE = [("error", "报告日期 2022-02-15 晚于法定期限 2022-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")]
_SIGNED = "\n\n上海市住房和城乡建设管理委员会\n\n{}\n"


def test_a_date_in_brackets_after_the_title_is_the_report_date_when_none_is_signed(tmp_path):
    path = changed(tmp_path, "r1256", _R1256_TITLE, "2021年政府信息公开工作年度报告(2022年2月15日)")
    assert findings(path, "RL603") == _LATE


def test_a_signed_date_wins_over_the_date_after_the_title(tmp_path):
    text = corpus("r1256").read_text(encoding="utf-8")
    late_title = tmp_path / "late_title.txt"  # the title's date late, the signed one in time: no finding
    late_title.write_text(text.replace(_R1256_TITLE, "2021年政府信息公开工作年度报告(2022年2月15日)")
                          + _SIGNED.format("2022年1月20日"), encoding="utf-8")
    assert findings(late_title, "RL603") == []
    late_signed = tmp_path / "late_signed.txt"  # before: the title's 2022-01-20 was read, the late signature missed
    late_signed.write_text(text.replace(_R1256_TITLE, "2021年政府信息公开工作年度报告(2022年1月20日)")
                           + _SIGNED.format("2022年2月15日"), encoding="utf-8")
    assert findings(late_signed, "RL603") == _LATE


def test_a_month_in_brackets_is_no_report_date(tmp_path):
    # (2022年1月) names no day: the deadline cannot be held to it, the report date is said to be missing (information)
    path = changed(tmp_path, "r1256", _R1256_TITLE, "2021年政府信息公开工作年度报告（2022年1月）")
    assert findings(path, "RL603") == []
    assert findings(path, "RL607") == [("info", "未找到报告日期（标题下方的成文日期或发布日期）")]
