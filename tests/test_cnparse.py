"""Tests for reportlint.cnparse: Chinese numerals, dates, numbers and percentages in prose (sums: test_sums.py)."""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SAMPLES
from reportlint.text.cndates import DateMatch, find_dates
from reportlint.text.cnnumerals import cn_to_int
from reportlint.text.cnparse import NumberMention, find_numbers, percent_accepts, percent_of

SAMPLE = SAMPLES / "2020-jingpohu-pdf-extracted.txt"


def _sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _nums(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(n.text, n.value, n.unit) for n in find_numbers(text)]


# ---------------------------------------------------------------------------------------------
# cn_to_int
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十五", 25),
        ("一百", 100),
        ("一百零三", 103),
        ("一百一十", 110),
        ("一千零十", 1010),
        ("一千二百三十四", 1234),
        ("两万三千", 23000),
        ("两万三", 23000),
        ("一百三", 130),
        ("三千五", 3500),
        ("三十万", 300000),
        ("十万", 100000),
        ("一亿二千万", 120000000),
        ("两", 2),
        ("两百", 200),
        ("零", 0),
        ("〇", 0),
        ("五", 5),
        ("二〇二一", 2021),
        ("二零二一", 2021),
        ("一九九九", 1999),
        ("壹", 1),
        ("拾", 10),
        ("壹拾贰", 12),
        ("壹佰零叁", 103),
        ("壹仟贰佰叁拾肆", 1234),
        ("贰萬", 20000),
        (" 十二 ", 12),
    ],
)
def test_cn_to_int(text: str, expected: int) -> None:
    assert cn_to_int(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "  ", "12", "１２", "abc", "百", "千", "万", "十十", "一百零", "一百百", "二十大", "三中全会",
     "十四五规划", "第二十", "一是", "两〇二一", "3万"],
)  # fmt: skip
def test_cn_to_int_rejects(text: str) -> None:
    assert cn_to_int(text) is None


def _int_to_cn(n: int) -> str:
    """Reference converter for the round-trip property (standard written form)."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"

    def section(v: int) -> str:
        out = ""
        zero = False
        for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = v // unit_value % 10
            if d == 0:
                if out:
                    zero = True
                continue
            if zero:
                out += "零"
                zero = False
            out += digits[d] + unit
        return out

    parts = []
    for big_value, big in ((10**8, "亿"), (10**4, "万"), (1, "")):
        v = n // big_value % 10**4
        if v == 0:
            continue
        s = section(v)
        if parts and v < 1000:
            s = "零" + s
        parts.append(s + big)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


@given(st.integers(min_value=0, max_value=999_999_999))
def test_cn_to_int_round_trip(n: int) -> None:
    assert cn_to_int(_int_to_cn(n)) == n


@given(st.text(alphabet="〇零一二两三四五六七八九十百千万亿余第年", max_size=8))
def test_cn_to_int_never_raises(s: str) -> None:
    result = cn_to_int(s)
    assert result is None or result >= 0


# ---------------------------------------------------------------------------------------------
# find_dates
# ---------------------------------------------------------------------------------------------


def _one_date(text: str) -> DateMatch:
    dates = find_dates(text)
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize(
    ("text", "matched", "ymd", "form", "spaced"),
    [
        ("发布日期：2021年1月25日。", "2021年1月25日", (2021, 1, 25), "cjk", False),
        ("2021 年 1 月 25 日", "2021 年 1 月 25 日", (2021, 1, 25), "cjk", True),
        ("2021年1月25号", "2021年1月25号", (2021, 1, 25), "cjk", False),
        ("２０２１年１月２５日", "２０２１年１月２５日", (2021, 1, 25), "cjk", False),
        ("２０２１\u3000年１月２５日", "２０２１\u3000年１月２５日", (2021, 1, 25), "cjk", True),
        ("二〇二一年一月二十五日", "二〇二一年一月二十五日", (2021, 1, 25), "cjk-numeral", False),
        ("二〇二一年十二月三十一日", "二〇二一年十二月三十一日", (2021, 12, 31), "cjk-numeral", False),
        ("二零二零年十月十日", "二零二零年十月十日", (2020, 10, 10), "cjk-numeral", False),
        ("于2021-01-25发布", "2021-01-25", (2021, 1, 25), "iso", False),
        ("2021.1.25", "2021.1.25", (2021, 1, 25), "dotted", False),
        ("2021/1/25", "2021/1/25", (2021, 1, 25), "dotted", False),
        ("2021/01/05", "2021/01/05", (2021, 1, 5), "dotted", False),
        ("截至2021年1月，", "2021年1月", (2021, 1, None), "cjk", False),
        ("二〇二一年一月", "二〇二一年一月", (2021, 1, None), "cjk-numeral", False),
        ("1900年1月1日", "1900年1月1日", (1900, 1, 1), "cjk", False),
        ("2100年12月31日", "2100年12月31日", (2100, 12, 31), "cjk", False),
    ],
)
def test_find_dates_forms(text: str, matched: str, ymd: tuple, form: str, spaced: bool) -> None:
    d = _one_date(text)
    assert d.text == matched
    assert text[d.start : d.end] == matched
    assert (d.year, d.month, d.day) == ymd
    assert d.form == form
    assert d.spaced is spaced
    assert d.valid is True
    assert d.error is None
    if ymd[2] is None:
        assert d.date is None
    else:
        assert d.date == datetime.date(*ymd)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("2021年2月30日", "2月没有30日"),
        ("2021年4月31日", "4月没有31日"),
        ("2021年2月29日", "2月没有29日（2021年不是闰年）"),
        ("2021年13月1日", "月份13无效"),
        ("2021年0月1日", "月份0无效"),
        ("2021年1月0日", "1月没有0日"),
        ("2021年13月", "月份13无效"),
        ("二〇二一年二月三十日", "2月没有30日"),
    ],
)
def test_find_dates_invalid(text: str, error: str) -> None:
    d = _one_date(text)
    assert d.text == text
    assert d.valid is False
    assert d.error == error
    assert d.date is None


def test_find_dates_leap_day_is_valid() -> None:
    d = _one_date("2020年2月29日")
    assert d.valid is True
    assert d.date == datetime.date(2020, 2, 29)


def test_find_dates_in_order_non_overlapping() -> None:
    text = "自2024年1月1日起至2024年12月31日止，另见2024-06-01与2024.7.1。"
    dates = find_dates(text)
    assert [d.text for d in dates] == ["2024年1月1日", "2024年12月31日", "2024-06-01", "2024.7.1"]
    assert [d.form for d in dates] == ["cjk", "cjk", "iso", "dotted"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(dates))


@pytest.mark.parametrize(
    "text",
    [
        "2020年",  # a year alone is not a date
        "2020年度工作",
        "1月25日",  # no year
        "电话：0517-87290606",
        "0517-8729-0606",
        "12021年1月5日",  # inside a longer digit run
        "20210-1-25",
        "2021.1/25",  # mixed separators
        "2021-1.25",
        "1850年1月1日",  # year out of range
        "2101-01-01",
        "2021.13.5",  # not a month: a code, not a date
        "版本1.2021.1.25.3",
        "2021年1-6月",
        "",
    ],
)
def test_find_dates_traps(text: str) -> None:
    assert find_dates(text) == []


def test_find_dates_sample() -> None:
    text = _sample()
    dates = find_dates(text)
    assert [d.text for d in dates] == ["2021 年 1 月 25 日", "2020 年 1 月 2 日"]
    first, second = dates
    lines = text.split("\n")
    assert lines[4] == "2021 年 1 月 25 日"  # line 5
    assert text.count("\n", 0, first.start) == 4 and first.spaced and first.form == "cjk"
    assert first.date == datetime.date(2021, 1, 25)
    assert second.date == datetime.date(2020, 1, 2) and second.spaced
    assert text.count("\n", 0, second.start) == 12  # line 13


@given(st.text(alphabet="0123456789年月日号-./ 〇一二十", max_size=30))
def test_find_dates_never_raises(text: str) -> None:
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text
        assert 1900 <= d.year <= 2100


def test_date_match_is_frozen_with_slots() -> None:
    d = _one_date("2021年1月25日")
    with pytest.raises(AttributeError):
        d.year = 2020  # type: ignore[misc]
    assert not hasattr(d, "__dict__")


# ---------------------------------------------------------------------------------------------
# find_numbers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年公开政务信息178条", [("178条", Decimal(178), "条")]),
        ("全年公开政务信息 178 条。", [("178 条", Decimal(178), "条")]),
        ("共收到申请１２件", [("１２件", Decimal(12), "件")]),
        ("金额1,234元", [("1,234元", Decimal(1234), "元")]),
        ("金额1，234，567元", [("1，234，567元", Decimal(1234567), "元")]),
        ("采购总金额400.45887 万元", [("400.45887 万元", Decimal("400.45887"), "万元")]),
        ("占比33.9%", [("33.9%", Decimal("33.9"), "%")]),
        ("占比３３．９％", [("３３．９％", Decimal("33.9"), "%")]),
        ("千分之 5‰", [("5‰", Decimal(5), "‰")]),
        ("两件", [("两件", Decimal(2), "件")]),
        ("十二件", [("十二件", Decimal(12), "件")]),
        ("三百余条", [("三百余条", Decimal(300), "条")]),
        ("三十多个", [("三十多个", Decimal(30), "个")]),
        ("300余条", [("300余条", Decimal(300), "条")]),
        ("两万三千件", [("两万三千件", Decimal(23000), "件")]),
        ("三万元", [("三万元", Decimal(3), "万元")]),
        ("1.5亿元", [("1.5亿元", Decimal("1.5"), "亿元")]),
        ("2.3万条", [("2.3万条", Decimal("2.3"), "万条")]),
        ("培训120人次", [("120人次", Decimal(120), "人次")]),
        ("召开发布会 3 场、发布文章 5 篇、印发 200 份", [
            ("3 场", Decimal(3), "场"), ("5 篇", Decimal(5), "篇"), ("200 份", Decimal(200), "份")]),
        ("办理 12 项，涉及 4 家企业、10 人，开展 2 次、共 6 期", [
            ("12 项", Decimal(12), "项"), ("4 家", Decimal(4), "家"), ("10 人", Decimal(10), "人"),
            ("2 次", Decimal(2), "次"), ("6 期", Decimal(6), "期")]),
        ("本年增/减 -3", [("-3", Decimal(-3), None)]),
        ("较上年-2.3个百分点", [("-2.3个百分点", Decimal("-2.3"), "个百分点")]),
        ("受理 1，234 件", [("1，234 件", Decimal(1234), "件")]),
        ("1,2345条", [("1", Decimal(1), None), ("2345条", Decimal(2345), "条")]),  # not groups of 3
        ("20个工作日内", [("20个", Decimal(20), "个")]),
        ("第一批3家", [("3家", Decimal(3), "家")]),
        ("（共15条）", [("15条", Decimal(15), "条")]),
        ("咨询电话 35 个", [("35 个", Decimal(35), "个")]),
        ("数量为 7 ", [("7", Decimal(7), None)]),
        ("分别为5，6件", [("5", Decimal(5), None), ("6件", Decimal(6), "件")]),
        # 起 counts cases (r2120: 行政许可共处理决定62起), but not "from" a number on nor 一起 "together"
        ("行政处罚案件25起，被申请行政复议 3 起、发生两起", [
            ("25起", Decimal(25), "起"), ("3 起", Decimal(3), "起"), ("两起", Decimal(2), "起")]),
        ("从3起", [("3", Decimal(3), None)]),
        ("自2024起施行", [("2024", Decimal(2024), None)]),
    ],
)  # fmt: skip
def test_find_numbers(text: str, expected: list) -> None:
    assert _nums(text) == expected
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def test_find_numbers_decimals() -> None:
    (n,) = find_numbers("400.45887 万元")
    assert n.decimals == 5
    (n,) = find_numbers("33.90%")
    assert (n.value, n.decimals) == (Decimal("33.90"), 2)
    (n,) = find_numbers("178 条")
    assert n.decimals == 0 and n.approximate is False
    (n,) = find_numbers("三百余条")
    assert n.approximate is True


@pytest.mark.parametrize(
    "text",
    [
        # parts of dates
        "1月2日",
        "2021年",
        "2020 年度",
        "2024年1月1日起至2024年12月31日止",
        "二〇二一年一月二十五日",
        "第一季度",
        "1-6月",
        # article and item numbers
        "第二十条",
        "第一项",
        "第（九）项",
        "第(3)项",
        "第3条",
        "第 3 条",
        "第3、4条",
        "第二十条第（一）项",
        # document numbers
        "〔2021〕30号",
        "[2021]30号",
        "［2021］30号",
        "国令第711号",
        "牡政办发〔2020〕17 号",
        "（2021）5号",
        # ordinal list markers
        "一是加强",
        "二、主动公开",
        "（三）不予公开",
        "1.属于国家秘密",
        "\t1. 属于国家秘密",
        "（1）加强",
        "(2)完善",
        "3）规范",
        "。4、推进",
        "①②",
        # phone numbers and postcodes
        "0517-87290606",
        "电话：0517-87290606",
        "电话：(0517)87290606",
        "联系电话：13812345678",
        "邮编：223100",
        "邮政编码 223100",
        "拨打12345热线",
        "“12345”政务服务便民热线",
        # numbers inside Latin words, URLs
        "COVID-19",
        "5G基站",
        "A4纸",
        "H5N1",
        "http://www.gov.cn/2021/01/a.html",
        # names with numerals
        "十四五规划",
        "“十四五”",
        "党的二十大",
        "十九届三中全会",
        "三安全一稳定",
        "三审三校",
        "先审后发",
        "一事一审",
        "两会期间",
        "属于三类内部事务信息",
        "四类过程性信息",
        "一次性告知",
        "一条龙服务",
        "零件",
        # 起 after a date, a time, an ordinal or as "together" (r1435: 同步起草政策解读材料一起报批)
        "自2024年1月1日起施行",
        "10时起",
        "即日起",
        "第1起",
        "解读材料一起报批",
        # magnitudes without a known unit are not guessed
        "3万人",
        # times, versions, ranges
        "9:30",
        "1.2.3",
        "3-5件",
    ],
)
def test_find_numbers_traps(text: str) -> None:
    assert find_numbers(text) == []


def test_find_numbers_mixed_traps_keep_real_counts() -> None:
    text = (
        "根据《条例》第二十条第（一）项和国办发〔2021〕30号文件，2021年1月至12月，"
        "一是制发规范性文件 3 件，二是“十四五”期间累计答复 12 件，联系电话：0517-87290606。"
    )
    assert _nums(text) == [("3 件", Decimal(3), "件"), ("12 件", Decimal(12), "件")]


def test_find_numbers_sample() -> None:
    text = _sample()
    numbers = find_numbers(text)
    date_spans = [(d.start, d.end) for d in find_dates(text)]
    for n in numbers:
        for s, e in date_spans:
            assert n.end <= s or n.start >= e, n
        assert text[n.start : n.end] == n.text
    # no year, month or day value appears as a number anywhere
    values_with_units = [(n.value, n.unit) for n in numbers]
    assert (Decimal(2020), None) not in values_with_units
    assert (Decimal(2021), None) not in values_with_units
    assert all(n.value in (0, 1) or n.unit is not None or n.value == 5 for n in numbers)

    (line,) = [ln for ln in text.split("\n") if "全年公开政务信息 178 条" in ln]
    line_numbers = _nums(line)
    assert line_numbers[0] == ("178 条", Decimal(178), "条")
    assert [v for _, v, _ in line_numbers] == [178, 2, 7, 14, 16, 2, 74, 178, 64]
    assert all(u == "条" for _, _, u in line_numbers)

    assert find_numbers("（牡政办发〔2020〕17 号）") == []
    (line7,) = [ln for ln in text.split("\n") if "〔2020〕17 号" in ln]
    assert find_numbers(line7) == []

    assert [(n.text, n.value, n.unit, n.decimals) for n in numbers if n.unit == "万元"] == [
        ("400.45887 万元", Decimal("400.45887"), "万元", 5)
    ]
    # the list markers "1." ... "8." of section three are not numbers
    sec3 = text[text.index("三、收到和处理") : text.index("四、政府信息公开行政复议")]
    assert {n.value for n in find_numbers(sec3)} == {Decimal(0)}


def test_number_mention_is_frozen_with_slots() -> None:
    (n,) = find_numbers("5件")
    assert isinstance(n, NumberMention)
    with pytest.raises(AttributeError):
        n.value = Decimal(6)  # type: ignore[misc]
    assert not hasattr(n, "__dict__")


@given(
    st.text(
        alphabet="0123456789,，.．年月日号第条件个%-〔〕（）()一二十百两余 \t\n、：电话邮编Ab", max_size=40
    )
)
def test_find_numbers_never_raises(text: str) -> None:
    last_end = 0
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
        assert n.start >= last_end
        last_end = n.end


# ---------------------------------------------------------------------------------------------
# percent_of
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "base", "decimals", "expected"),
    [
        (64, 178, 1, Decimal("36.0")),
        (74, 178, 1, Decimal("41.6")),
        (40, 178, 2, Decimal("22.47")),
        (1, 8, 1, Decimal("12.5")),
        (1, 8, 0, Decimal("13")),  # 12.5 rounds half up
        (1, 40, 2, Decimal("2.50")),
        (1, 3, 0, Decimal("33")),
        (2, 3, 1, Decimal("66.7")),
        (Decimal("0.5"), 2, 1, Decimal("25.0")),
        (0, 7, 1, Decimal("0.0")),
    ],
)
def test_percent_of(part: int, base: int, decimals: int, expected: Decimal) -> None:
    result = percent_of(Decimal(part), Decimal(base), decimals)
    assert result == expected
    assert result.as_tuple().exponent == -decimals


def test_percent_of_zero_base() -> None:
    with pytest.raises(ZeroDivisionError):
        percent_of(Decimal(1), Decimal(0), 1)


@pytest.mark.parametrize(
    ("stated", "part", "base", "decimals", "accepted"),
    [
        ("4.35", 1, 23, 2, True),   # 4.3478…%: rounded
        ("4.34", 1, 23, 2, True),   # …and truncated: both what an author computes
        ("4.3", 1, 23, 1, True),
        ("4.33", 1, 23, 2, False),  # neither
        ("4.36", 1, 23, 2, False),
        ("36.0", 64, 178, 1, True),  # 35.955…: rounded up
        ("35.9", 64, 178, 1, True),  # truncated
        ("35.8", 64, 178, 1, False),
        ("13", 1, 8, 0, True),       # 12.5 half up
        ("12", 1, 8, 0, True),       # 12.5 truncated
        ("14", 1, 8, 0, False),
        ("50", 1, 0, 0, False),      # a share of nothing is never right
    ],
)
def test_percent_accepts_rounded_or_truncated(stated: str, part: int, base: int, decimals: int, accepted: bool) -> None:
    assert percent_accepts(Decimal(stated), Decimal(part), Decimal(base), decimals) is accepted


# ---------------------------------------------------------------------------------------------
# Speed
# ---------------------------------------------------------------------------------------------


def _ten_kb(chunk: str) -> str:
    text = chunk
    while len(text.encode("utf-8")) < 10_240:
        text += chunk
    return text.encode("utf-8")[:10_240].decode("utf-8", "ignore")

