"""Patterns a cold check compiled at every start, now answered by ``str`` methods or screened by the text every match
holds (branch cold9): each new answer against the pattern it replaces, written out here as it was (main 0698d42), on
the lines of the corpus and on generated strings of the characters the pattern looks at.  A difference is a changed
finding on some report.  These fail on main, which has none of the new functions."""

from __future__ import annotations

import random
import re

import pytest

from conftest import CORPUS, REPO
from reportlint.analysis import identify
from reportlint.analysis.specs import SectionSpec, split_label_path
from reportlint.analysis.titleagency import _title_part
from reportlint.analysis.titlescan import without_report_phrase, without_years
from reportlint.app.engine import load_pack
from reportlint.output.console import _RICH_SPECIAL
from reportlint.text.lazyregex import LazyRegex
from reportlint.text.literals import written_out
from reportlint.text.normalize import normalize, normalize_label
from reportlint.text.summarkers import headed_markers

_LINES = sorted({line.strip() for path in sorted(CORPUS.glob("*.txt"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()})


def _generated(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_label_path_split_as_the_pattern_split() -> None:
    old = re.compile(r"(?<!\\)/")
    labels = re.findall(r"'([^'\n]*/[^'\n]*)'|\"([^\"\n]*/[^\"\n]*)\"",
                        "".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "rules").glob("*.yaml"))))
    texts = [a or b for a, b in labels] + _generated(["/", "\\", "\\/", "a", "规", " ", "//"], 3000, 8, 1)
    assert len(texts) > 3000
    assert [split_label_path(t) for t in texts] == [old.split(t) for t in texts]


def test_control_characters_are_the_class_it_was() -> None:
    old = re.compile(r"[\x00-\x09\x0b-\x1f]")
    assert {c for c in map(chr, range(0x110000)) if old.search(c)} == _RICH_SPECIAL


def _old_title_part(text: str) -> str:
    parts = re.split(r"[|_]", text)
    if len(parts) == 1:
        return text
    for part in parts:
        bare = without_years(part)
        if without_report_phrase(bare) != bare:
            return part
    return text


def test_title_part_as_the_pattern_split_it() -> None:
    texts = [t for t in _LINES if len(t) <= 80 and ("|" in t or "_" in t or "报告" in t)]
    texts += _generated(["|", "_", "__", " ", "2023年", "某县人民政府", "政府信息公开工作年度报告", "名称", "门户网站"],
                        2000, 7, 2)
    assert len(texts) > 3000
    assert [_title_part(t) for t in texts] == [_old_title_part(t) for t in texts]


_OLD_REPORT_WORD = re.compile(r"报告|年报|\breport\b", re.I)
_OLD_TITLE_FIELD_LINE = re.compile(r"^(?:信\s*息|文\s*章)?\s*(?:标\s*题|名\s*称)\s*(?:[:：]\s*|\s+)(?P<title>\S.*)$")


def test_report_word_found_as_the_pattern_found_it() -> None:
    texts = _LINES[::5] + _generated(["报", "告", "年", "报告", "年报", "report", "Report", "REPORT", "reports", "re", "port",
                                      "ſ", "K", "İ", " ", "_", "1", "a", "中"], 4000, 6, 3)
    assert sum(bool(_OLD_REPORT_WORD.search(t)) for t in texts) > 1000
    assert [identify._names_report(t) for t in texts] == [_OLD_REPORT_WORD.search(t) is not None for t in texts]


def _old_title_cell(text: str) -> str | None:
    if "|" not in text:
        m = _OLD_TITLE_FIELD_LINE.match(text)
        return m.group("title").strip() if m and _OLD_REPORT_WORD.search(m.group("title")) else None
    return identify._title_cell(text)  # a row of cells: unchanged (no pattern)


def test_title_field_line_read_as_the_pattern_read_it() -> None:
    texts = [t for t in _LINES if "|" not in t and len(t) <= 120][::3]
    texts += _generated(["标", "题", "名", "称", "信", "息", "文", "章", " ", "\u3000", ":", "：", "某县2023年度报告", "x"],
                        4000, 8, 4)
    texts += [lead + prefix + field + mark + title for lead in ("", " ", "x") for prefix in ("", "信息", "文 章", "信\u3000息")
              for field in ("标题", "标 题", "名称", "名\t称", "题", "称") for mark in (":", "：", " ", "", " : ")
              for title in ("某县2023年度报告", "x", "", " 年报 ", "Annual Report", "名称")]
    assert sum(_old_title_cell(t) is not None for t in texts) > 200
    assert [identify._title_cell(t) for t in texts] == [_old_title_cell(t) for t in texts]


def test_headed_markers_as_the_pattern_found_them() -> None:
    old = re.compile(r"\(\d+(?:\.\d+)?[件条个项篇份期次]\)[:：]")
    texts = [normalize(t) for t in _LINES if ")" in t or "）" in t]
    texts += _generated(["(", ")", "12", "3.5", "件", "条", "项", ":", "：", "x", " ", "公开"], 4000, 9, 5)
    pieces = ["领域公开" + lb + num + unit + rb + mark for lb in ("(", "（", "") for num in ("67", "3.5", "1.", "", "x")
              for unit in ("件", "条", "人", "次") for rb in (")", "）", "") for mark in (":", "：", ";", "")]
    rng = random.Random(5)
    texts += ["".join(rng.choice(pieces) + rng.choice(("", "52条;", "x")) for _ in range(rng.randint(1, 3))) for _ in range(3000)]
    assert sum(bool(old.search(t)) for t in texts) > 80
    assert [[m[0] for m in headed_markers(t)] for t in texts] == [[m.end() - 2 for m in old.finditer(t)] for t in texts]


@pytest.mark.parametrize("pack", ["cn-gov-disclosure-2019", "cn-gov-disclosure-2021"])
def test_section_titles_found_as_their_patterns_found_them(pack: str) -> None:
    specs = load_pack(pack).sections
    patterns = [p for spec in specs for p in (spec.match, *spec.variants)]
    assert sum(written_out(p) is not None for p in patterns) >= 10  # most titles are written out: not compiled
    titles = {normalize_label(t) for t in _LINES if len(t) <= 60}
    for p in patterns:
        body = p.pattern.removeprefix("^").removesuffix("$")
        titles |= {body, body + "\n", body + "\n\n", "\n" + body, body[:-1], body + "。", " " + body, body + body}
    titles |= set(_generated(["总体情况", "情况", "\n", "的", "主动公开政府信息", "一、", " "], 2000, 5, 6))
    for spec in specs:
        for title in titles:
            assert spec.matches_title(title) == (re.search(spec.match.pattern, title) is not None), (spec.id, title)
            assert spec.matches_variant(title) == any(re.search(v.pattern, title) for v in spec.variants), (spec.id, title)


def test_only_plain_characters_between_anchors_are_written_out() -> None:
    assert written_out(LazyRegex("^总体情况$")) == ("总体情况", "总体情况\n")
    assert written_out(re.compile("^$")) == ("", "\n")
    for pattern in (LazyRegex("^存在(的)?问题$"), LazyRegex("^a.b$"), LazyRegex("总体情况$"), LazyRegex("^总体情况"),
                    LazyRegex(r"^a\$"), LazyRegex("^ab$", re.I), re.compile("^ab$", re.M), LazyRegex("^a b$", re.X),
                    LazyRegex("^"), LazyRegex("$")):
        assert written_out(pattern) is None, pattern.pattern
    spec = SectionSpec("s", "t", "一", LazyRegex("^总体情况$"), [LazyRegex("^存在(的)?问题$")], True, [])
    assert spec.matches_title("总体情况\n") and not spec.matches_title("总体情况\n\n")
    assert spec.matches_variant("存在的问题") and not spec.matches_variant("总体情况")


def test_years_named_as_the_pattern_found_them() -> None:
    from reportlint.text.yearleads import _years_named

    old = re.compile(r"(?:19|20)\d{2}年")
    texts = [t for t in _LINES if "年" in t][::2]
    texts += _generated(["年", "19", "20", "2", "0", "1", "9", "２", "٣", "२०", "度", "x", "2019年"], 5000, 9, 7)
    assert sum(bool(old.search(t)) for t in texts) > 2000
    assert [list(_years_named(t)) for t in texts] == [[int(m.group()[:4]) for m in old.finditer(t)] for t in texts]


def test_header_unit_removed_as_the_pattern_removed_it() -> None:
    from reportlint.analysis.tablelabels import _without_unit

    old = re.compile(r"\((?:单位[:：]?)?(?:万元|亿元|元|件|个|条|项|次|人次|%)\)$")
    texts = [normalize_label(t) for t in _LINES if len(t) <= 60 and ("）" in t or ")" in t)]
    pieces = ["(", ")", "（", "单位", ":", "：", "万元", "亿元", "元", "件", "个", "次", "人次", "人", "%", "金额", "x"]
    texts += _generated(pieces, 6000, 7, 8)
    texts += [normalize_label(f"{label}{lb}{unit_lead}{unit}{rb}") for label in ("收费金额", "", "(元)") for lb in ("(", "（", "")
              for unit_lead in ("", "单位", "单位:", "单位：", "单位 ") for unit in ("万元", "元", "人次", "次", "%", "个人")
              for rb in (")", "）", "", "))")]
    assert all("\n" not in t for t in texts)  # labels come normalised: no line break for $ to pass
    assert sum(bool(old.search(t)) for t in texts) > 300
    assert [_without_unit(t) for t in texts] == [old.sub("", t) or t for t in texts]


def test_places_read_as_the_pattern_read_them() -> None:
    from reportlint.analysis.agency import _place_end

    old = re.compile(
        r"(.{1,12}?(?:自治区|自治州|自治县|自治旗|特别行政区|林区|特区|地区|新区|管理区|省|市|州|盟|县|旗|区|镇|乡|苏木|街道))")
    texts = [normalize(t) for t in _LINES if len(t) <= 60][::4]
    suffixes = ["自治", "自治区", "自治州", "特别行政区", "林区", "地区", "管理区", "省", "市", "州", "县", "区", "镇", "乡", "苏木", "街道",
                "人民政府", "淮安", "x", "\n", "街", "木"]
    texts += _generated(suffixes, 6000, 8, 9) + _generated(["某", "\n", "市", "区"], 2000, 16, 10)
    assert sum(bool(old.match(t)) for t in texts) > 2000
    for text in texts:
        for pos in range(len(text) + 1):
            m = old.match(text, pos)
            assert _place_end(text, pos) == (None if m is None else m.end()), (text, pos)


@pytest.mark.parametrize("pack", ["cn-gov-disclosure-2019", "cn-gov-disclosure-2021"])
def test_captions_found_as_their_patterns_found_them(pack: str) -> None:
    tables = [t for t in load_pack(pack).tables if t.caption is not None]
    assert sum(t._caption_text is not None for t in tables) >= 4  # the plain captions: not compiled
    texts = {normalize(t) for t in _LINES if "第" in t and len(t) <= 80}
    for table in tables:
        body = table._caption_text or "第二十条第(一)项"
        texts |= {body, body + "\n", "\n" + body, body[:-1], body + "。", "(" + body + ")", body + body, ""}
    for table in tables:
        for text in texts:
            assert table.caption_in(text) == (re.search(table.caption.pattern, text) is not None), (table.id, text)
            assert table.is_caption(text) == (re.fullmatch(table.caption.pattern, text) is not None), (table.id, text)


def test_plain_text_is_read_only_from_a_text_escaped() -> None:
    from reportlint.text.literals import plain_text

    for text in ("第二十条第(一)项", "a.b*c?[d]{e}|f^g$h\\i-j&k~l#m n", "", "中\u3000文", "1+1"):
        assert plain_text(LazyRegex(re.escape(text))) == text
    for pattern in (LazyRegex(r"\d"), LazyRegex("a.b"), LazyRegex("ab", re.I), LazyRegex("a b", re.X),
                    LazyRegex("(?:a)"), LazyRegex("a\\"), LazyRegex(r"\1"), LazyRegex(r"\A")):
        assert plain_text(pattern) is None, pattern.pattern
    assert plain_text(LazyRegex(r"\中")) == "中"  # a backslash before a character that is no ASCII letter or digit
