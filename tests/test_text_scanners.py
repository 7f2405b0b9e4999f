"""The prose scanners against a table of inputs and the outputs they must give.

``tests/data/text_scanners.jsonl`` holds, a text a line, what ``find_dates``, ``find_numbers`` (with
the spans it skips as no quantity: article references, document numbers, contact numbers, Latin
words), ``normalize_label`` and ``numbering_level`` (list numbering), ``to_simplified`` (inserted pinyin) and ``parse_cell``
give for it.  The texts: hand-picked edge cases (full-width digits, 〇/零/两, 万/亿, ranges, every date
form), the clauses of the texts in ``tests/`` that together hold every three-character shape of
digits, numerals, units, brackets and separators found there (at most 100 characters each), and
generated strings of the characters the scanners look at.  The outputs were written by the
regular-expression implementation these scanners replaced (main 44a9090), so the table pins that
behaviour: a changed output is a changed finding on some report.  One output was changed on purpose since:
``to_simplified`` of r68's `規範性檔案` row reads Taiwan's vocabulary back (檔案→文件, branch heldout-d).
``agency`` of a name ending in 部/署 with no place (``X部``, ``某某署``) or opening with 国务院 is of the ``national`` tier:
a central organ that may make 部门规章 (branch heldout-p; 部署 is no 署).  ``agency`` of a development zone named on its
own (``赤壁市蒲纺工业园区``, ``张江高新区``, ``高新区``) is a department, its 管委会 an agency of the government (branch heldout-ap).

Rows added later for two more rewrites (branch cold4), their outputs written by the patterns replaced
(main e4bb133): ``agency`` (what ``classify`` makes of a name, once its ``…$`` tails were patterns), for
every kind and tier seen on the clauses of the texts and YAML in ``tests/`` (at most 40 a kind) and for
place names × every tail; ``page`` (``is_page_number``, ``is_page_words``, once ``textlines``' two
patterns), for the short lines with a digit in ``tests/`` and generated strings of whitespace, dashes,
digits (full-width, Arabic-Indic) and 第/页/共; ``trailing`` (``trailing_numbers_start``, once
``textlines``' trailing-numbers pattern), for lines of ``tests/`` (every one that matched, a sample of
the rest) and generated labels followed by runs of signed, decimal and malformed numbers, and
``heading_numbers`` (``ends_in_numbers``, once ``readers/text.py``'s pattern) for the same texts;
``agency_of`` (the agency a title names, once its quotes were dropped by a pattern), for the first
lines of the texts in ``tests/`` and some of them with quotes inserted.

Rows added by branch cold5, their outputs written by the patterns replaced (main 976aed0):
``section_number`` (``^([一二三四五六七八九十]{1,3})[、.．]``, once ``analysis/structure.py``'s and
``identify.py``'s, as [number, end]) and ``listed_number`` (``^([一二三四五六七八九十]+)、``, once
``packs/compile.py``'s and ``choose.py``'s), for 900 lines of ``tests/`` that open with a Chinese numeral (as
written and normalised) and generated strings of numerals, marks, brackets and other characters;
``bullet`` (``^[•·\\-*]\\s*`` removed, once ``analysis/reportdate.py``'s) for 250 lines of ``tests/`` that open
with one of those bullets and generated strings of bullets, look-alikes and whitespace (Unicode's too);
``signed`` (a normalised line ending as an agency's name, ``(?:政府|办公室|…|乡)$``, once ``structure.py``'s),
``header_unit`` (``亿元|万元|元`` searched, once ``checks/values.py``'s) and ``article_caption``
(``^第[一二三四五六七八九十百]+条``, once ``readers/cellstream.py``'s), for lines of ``tests/`` (ending, or not,
as an agency; with 元 or without; opening with 第) and generated strings of their characters;
``title_year`` (``((?:19|20)\\d{2})(?:年|度|(?=(?:政府|政务)?信息公开|$))`` searched), ``year_removed`` (that year
or ``[〇零一二三四五六七八九]{4}年度?`` substituted away) and ``report_removed`` (``(?:政府|政务)?信息公开…(?:报告|年报)$``
substituted away), once ``analysis/identify.py``'s, for lines of ``tests/`` naming a year, a report or 信息公开 (as
written and normalised) and generated strings of years (Arabic, full-width, Arabic-Indic, Chinese) and the
phrase's words, line breaks among them; and more ``cell`` rows (``parse_cell``, once its number and unit were the
pattern ``\\s*(?P<num>…)\\s*(?P<unit>…)?$``), for 2,500 generated cells of digits (Arabic, full-width,
Arabic-Indic), commas (Latin and full-width), points, signs, spaces and units; ``date_label_removed``
(``(发布|成文|印发|报告)?日期[:：]?`` substituted away) and ``label_before`` (``(?<!统计)(?<!起止)(?<!截止)(?:发布|…|提供)?
(?:日期|时间)[\\s:：|]*$`` searched), once ``analysis/reportdate.py``'s, for 700 lines of ``tests/`` naming 日期 or 时间
(whole, and cut after the label) and generated strings of the labels' words, colons, bars and spaces; ``period``
(the statistics period ``统计(?:期限|…)?…(?P<y1>\\d{4})年1月1日…12月31日`` searched, once ``checks/dates.py``'s, as
[text, y1, y2]; now ``text.periods.form_statement``, the first step of the one period reader) for the normalised
lines of ``tests/`` that say 统计 and generated periods, whole and broken.

Rows added by the lead (main 6771f7f), their outputs written by the pattern replaced: ``first_section``
(``first_section_at``, once ``(?:^|\\s)一、(?=[\\u4e00-\\u9fff])`` searched by ``identify.py`` and ``choose.py``, as the
match's start or null), for 500 passages of ``tests/`` around a 一、 and generated strings of 一、, titles, spaces
(Unicode's too), line breaks and other characters.

Rows added by branch house9, their outputs written by the patterns replaced (main 1b89321): ``heading``
(``heading_number_level`` of the text bounded and not, as [text, docx]: once ``readers/text.py``'s four patterns,
``^[一…十]{1,3}、`` ``^[（(][一…十]{1,3}[）)]`` ``^\\d{1,2}[.．、](?!\\d)`` ``^[（(]\\d{1,2}[）)]``, and ``readers/docx/body.py``'s,
the same with 百 and any count) and ``stream_heading`` (``celltokens.cell_heading_level``, once ``textlines.HEADING``'s
two patterns, 一、 or a form's unnumbered section title, and （一）), for 1,500 lines of ``tests/`` that open with a
numeral, a digit, a bracket or a section title and generated strings of numerals (百 too), digits (full-width,
Arabic-Indic), brackets, marks, titles and whitespace.

Rows added by branch cold7, their outputs written by the code replaced (main 41d3f4e): ``chrome``
(``identify.is_chrome`` and ``has_sentence_punct`` of the normalised text, as [chrome, punct]: once the patterns
``^(?:[-*•·]?(?:{fields})[:：]|\\|?(?:{fields}|{title fields})\\|)`` matched, ``当前(?:位置|页面)|…|老年人?模式|长者模式``
searched and ``[。，,；;:：!！?？]`` searched), for every line of the texts in ``tests/`` that was chrome and 1,500 that
were not, and 3,000 generated strings of the words, fields, bullets, bars, colons and punctuation; ``suggest``
(``suggest_number``, whose number pattern is now tried only on a text of its characters, its change pattern on
one opening with a sign), for the lines of ``tests/`` of at most 20 characters and generated cells of words (增, 减少,
共, 约…), signs, brackets, digits (full-width, Arabic-Indic), spaces and units, shaped and random; ``preamble_year``
(``checks.textyears.preamble_year``, once ``_PREAMBLE_YEAR`` searched in the text with its ``《…》`` masked, as [match, year,
start]; now passed by without compiling on a text without 信息) for the normalised lines of ``tests/`` that it matched,
1,000 that name 年 or 信息 and did not, and 2,500 generated strings of years, 年度, 政府/政务, 信息, 公开, 工作, the
closing words, 《》 and clause marks; ``other_subject`` (``checks.prose.balance.names_other_subject``, once
``咨询|信访|…|诉讼|人次`` searched) for 1,900 normalised clauses of ``tests/`` (every one it matched) and generated
strings of its words, their halves and 申请; ``balance_role`` (``checks.prose.balance``'s ``clause_role`` for the
year 2023 and ``role_after`` of the whole text, as [role, role after]: once ``办结|答复|…``, ``未办结|…|超期``,
``收到|…|提交`` and ``处理|办理`` were searched, and ``未办结|…`` matched) for 3,000 normalised clauses of ``tests/``
(cut at marks and numbers; 2,500 of them naming one of those words) and generated strings of the words, 已, 按时,
申请, 结转, halves of the words (one output changed on purpose since: 办理完成 closes, ``所有申请均已按要求办理完成``
is ``closed``, no longer ``total``, branch heldout-bl; a clause telling a change gives its number no role,
``有效减少或避免因…`` is no longer ``closed``, branch audit16; a number before 上年度结转… is carried in, ``role_after``
of ``上年度结转办理件`` is ``carried_in``, branch leftover14); ``bracketed_number`` (``text.numbering.bracketed_number``, once the PDF reader's
``^（[一二三四五六七八九十]+）``, as the numerals or null) for 1,500 lines of ``tests/`` that open with a bracket and generated
strings of brackets (full-width and ASCII), numerals (百 〇 两 too), digits, marks and titles; ``percent_lead``
(``checks.prose.shareruns.percent_lead`` up to the text's end, once ``_PERCENT_LEAD`` searched, as [match, start]; now
passed by without compiling on a text without 占) for the normalised text before every percentage in ``tests/`` (its
sentence, at most 60 characters) and generated strings of units, commas, brackets, 占, 比, 比例, 的, 为, digits (three
outputs changed on purpose since: a whole named in words before its 总数/总量 is a lead, ``…4条,占信息公开总量的`` and
``15件,占解读总量的`` are matched, branch heldout-cq).

Trimmed by branch house10 (51,825 rows, 4.6 MB → 6,262 rows, 0.53 MB), each answer kept as written. For each key a
row stays when its text takes the scanner down a way no earlier row of that key took (the set of source-line
transitions in ``reportlint`` the call runs through) or gives an answer of a new shape (categories, booleans and short
strings as they are, positions and long strings by kind); below 200 rows a key, rows evenly spaced over that key's
texts (hand-picked, from ``tests/`` and generated alike) are added, and every text
``test_table_covers_every_form_and_skip`` names stays.  Then 216 mutants of the scanners' modules (an operator or
constant changed on one line): the 5 that the whole table told apart and these rows did not each added the row that
told it apart; 64 of the 64 the whole table tells apart are told apart here (147 changed nothing the whole table
sees, 5 did not run).  Of a second sample of 216 (another seed), the whole table told 62 apart, and these rows all 62.
What runs inside ``re`` or ``str`` methods is not traced: a boundary there is pinned by the rows kept, not by a way
of its own.

Rows added by branch inproc9 after the trim (not trimmed), their outputs written by the pattern replaced (main 76b553b): ``filler``
(``readers.textlines.filler_start``, once ``textlines.FILLER``, ``\\s*\\|{2,}\\s*$`` searched, as the match's start or
null) for every line of ``tests/`` with a pipe that it matched, 300 that it did not, and generated strings of pipes,
whitespace (Unicode's too), backslashes, line breaks and cell text, shaped as a cell and its fillers and random.

Rows added by branch cold8 (not trimmed), their outputs written by the patterns' search (main 7ea1f04): ``pack_words``
(``text.literals.matches_in`` of ``PACK_WORDS``, the 2021 pack's five topics of 一、总体情况 and the 2019 pack's two
excluded kinds, once each searched: now answered by their literals when those tell) for 400 normalised lines of
``tests/`` that some pattern matched, 200 that name a topic's first word and none matched, and 565 generated strings
of the patterns' words, stop marks and filler (a first word, 0–14 characters, a last word; every one naming 供电企业);
``markup`` (``analysis.identify.without_markup``, once ``_MARKUP.sub("", line.strip()).strip()`` on every opening line: now
the pattern only on a line opening with # - * + > or holding ** or __) for the 83 lines of ``tests/`` it changed, 100 it
did not, and 300 generated strings of #, -, *, +, >, **, _, whitespace (Unicode's too), bars, line breaks and words.
"""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from reportlint.analysis.agency import classify
from reportlint.analysis.cut import looks_signed
from reportlint.analysis.identify import agency_of, has_sentence_punct, is_chrome, without_markup
from reportlint.analysis.reportdate import label_before, without_bullet, without_date_labels
from reportlint.analysis.titlescan import title_year, without_report_phrase, without_years
from reportlint.checks.prose.balance import clause_role, names_other_subject, role_after
from reportlint.checks.prose.shareruns import percent_lead
from reportlint.checks.textyears import preamble_year
from reportlint.checks.values import unit_of_header
from reportlint.readers.cellstream import is_article_caption
from reportlint.readers.celltokens import cell_heading_level
from reportlint.readers.linescan import (
    ends_in_numbers,
    is_bare_page_number,
    is_page_number,
    is_page_words,
    trailing_numbers_start,
)
from reportlint.readers.textlines import filler_start
from reportlint.text.cndates import find_dates
from reportlint.text.cnparse import find_numbers
from reportlint.text.lazyregex import LazyRegex
from reportlint.text.literals import matches_in
from reportlint.text.normalize import normalize, normalize_label, parse_cell, suggest_number, to_simplified
from reportlint.text.numbering import (
    bracketed_number,
    first_section_at,
    heading_number_level,
    listed_number,
    numbering_level,
    section_number,
)
from reportlint.text.periods import form_statement

ROWS = [json.loads(line) for line in
        (REPO / "tests" / "data" / "text_scanners.jsonl").read_text(encoding="utf-8").splitlines()]


def _dates(text: str) -> list:
    found = find_dates(text)
    assert all(d.text == text[d.start:d.end] for d in found)
    return [[d.start, d.end, d.year, d.month, d.day, d.form, d.valid, d.error, d.spaced] for d in found]


def _numbers(text: str) -> list:
    found = find_numbers(text)
    assert all(n.text == text[n.start:n.end] for n in found)
    return [[n.start, n.end, str(n.value), n.unit, n.decimals] for n in found]


def _cell(text: str) -> list:
    cell = parse_cell(text)
    return [cell.kind, None if cell.value is None else str(cell.value), cell.unit, cell.decimals]


def _agency(text: str) -> list | None:
    found = classify(text)
    return None if found is None else [found.kind, found.tier, found.district]


def _section_number(text: str) -> list | None:
    found = section_number(text)
    return None if found is None else list(found)


def _heading(text: str) -> list:
    return [heading_number_level(text), heading_number_level(text, bounded=False)]


def _period(text: str) -> list | None:
    found = form_statement(text)
    return None if found is None else [text[found[0] : found[1]], found[2], found[3]]


def _chrome(text: str) -> list:
    norm = normalize(text)
    return [is_chrome(norm), has_sentence_punct(norm)]


def _preamble_year(text: str) -> list | None:
    found = preamble_year(text)
    return None if found is None else [found.group(0), found.group("y"), found.start()]


def _balance_role(text: str) -> list:
    return [clause_role(text, 2023), role_after(text, 0, len(text))]


def _percent_lead(text: str) -> list | None:
    found = percent_lead(text, len(text))
    return None if found is None else [found.group(), found.start()]


PACK_WORDS = tuple(LazyRegex(p) for p in (
    "主动[^。;,:]{0,8}?公开", "依申请|公开申请|申请公开", "信息[^。;,:]{0,12}?管理", "平台[^。;,:]{0,6}?建设|公开平台",
    "监督保障|监督考核|督[察查]考核|责任追究|保障", "学年|高等学校信息公开|高校信息公开", "供电企业(?:供电)?信息公开"))


def _pack_words(text: str) -> list:
    return [matches_in(pattern, text) for pattern in PACK_WORDS]


def _page(text: str) -> list:
    return [is_page_number(text), is_page_words(text)]


FUNCTIONS = {"dates": _dates, "numbers": _numbers, "label": normalize_label, "level": numbering_level,
             "simplified": to_simplified, "cell": _cell, "agency": _agency,
             "page": _page, "trailing": trailing_numbers_start, "agency_of": agency_of,
             "heading_numbers": ends_in_numbers, "section_number": _section_number,
             "listed_number": listed_number, "bullet": without_bullet,
             "signed": looks_signed, "header_unit": unit_of_header, "article_caption": is_article_caption,
             "title_year": title_year, "year_removed": without_years, "report_removed": without_report_phrase,
             "date_label_removed": without_date_labels, "label_before": label_before,
             "period": _period, "first_section": first_section_at,
             "heading": _heading, "stream_heading": cell_heading_level, "chrome": _chrome,
             "suggest": suggest_number, "preamble_year": _preamble_year,
             "other_subject": names_other_subject, "balance_role": _balance_role,
             "bracketed_number": bracketed_number, "percent_lead": _percent_lead, "filler": filler_start,
             "pack_words": _pack_words, "markup": without_markup}


@pytest.mark.parametrize("key", sorted(FUNCTIONS))
def test_scanner_gives_the_tabled_output(key: str) -> None:
    cases = [(row["text"], row[key]) for row in ROWS if key in row]
    assert len(cases) >= 150  # every key keeps its distinct ways and ~200 rows at least (see above)
    wrong = [(text, expected, got) for text, expected in cases if (got := FUNCTIONS[key](text)) != expected]
    assert wrong == []


def test_page_asked_of_the_stripped_line_as_the_text_reader_asks() -> None:
    """``textlines`` asks a line that is no row whether it is a page in words and then whether it is a bare
    number, both of the stripped line: the tabled answers of ``is_page_number`` and ``is_page_words``."""
    cases = [(row["text"], row["page"]) for row in ROWS if "page" in row]
    assert sum(1 for _, (number, words) in cases if number and not words) > 10  # bare numbers are there
    got = [(text, [is_page_words(text.strip()) or is_bare_page_number(text.strip()), is_page_words(text.strip())])
           for text, _ in cases]
    assert got == cases


def test_table_covers_every_form_and_skip() -> None:
    """The table holds what it claims to: each date form, numbers with and without units, Chinese
    numerals, and texts whose numbers are all skipped (references, document and phone numbers)."""
    forms = {date[5] for row in ROWS for date in row.get("dates", [])}
    assert forms == {"cjk", "cjk-numeral", "iso", "dotted"}
    units = {number[3] for row in ROWS for number in row.get("numbers", [])}
    assert {None, "件", "万元", "个百分点", "%"} <= units
    numbers = {row["text"]: row["numbers"] for row in ROWS if "numbers" in row}
    for skipped in ("第3、第4条", "〔2021〕30号", "电话：0517-87290606", "GB2312"):
        assert numbers[skipped] == []
    assert numbers["两万三千人次"] == [[0, 6, "23000", "人次", 0]]
    assert numbers["1,2345件"] == [[0, 1, "1", None, 0], [2, 7, "2345", "件", 0]]  # groups are of three
