"""Hostile input: files made to take minutes or gigabytes are refused (or read) within bounds.

Each input is built here, in code.  Each is checked by the real command in a child process with a
deadline and an address-space limit (``check_bounded``), so that a regression fails the test
instead of hanging the suite or the machine; each test asserts the exact finding and exit code,
and that the input file is byte-for-byte what it was.  The bounds are README's "What reportlint
does with bad input" (readers/docx/limits.py, readers/decoding.py).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from docx_fixtures import build_docx, document_xml, p, raw_docx
from reportgen import make_report, to_markdown, to_text
from reportlint import readers
from reportlint.readers.decoding import unify_line_breaks
from reportlint.readers.docx import limits
from reportlint.readers.docx.numbering import format_number

SECONDS = 60  # generous: each of these takes 0.5-3 s on 2 busy cores
MEMORY = 1024 * 1024 * 1024  # address space of the child: the refused files once took 1.4-3 GB
HINT_SPLIT = "如确为超大文档，请拆分后再检查"


def check_bounded(path: Path) -> tuple[int, list[dict]]:
    """Exit code and findings of ``reportlint check --format json PATH`` in a bounded child."""
    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    before = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "reportlint", "check", "--format", "json", "--today", "2026-01-01", "--isolated", str(path)],
        capture_output=True, text=True, timeout=SECONDS, preexec_fn=limit_memory, env={**os.environ},
    )
    assert path.read_bytes() == before  # nothing is ever written to an input
    assert done.stderr == "" and done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)["files"][0]["diagnostics"]


def refused(path: Path) -> str:
    """The one RL101 message of a file that is refused, after checking that it is the only finding."""
    code, found = check_bounded(path)
    assert code == 1
    assert [(d["code"], d["severity"], d["location"]["line"]) for d in found] == [("RL101", "error", None)]
    assert "\n" not in found[0]["message"]
    return found[0]["message"]


# ---- .docx: numbering -----------------------------------------------------------------------

HOSTILE_NUMBERING = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1000000000000"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="40000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="3999"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%3-"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%4LONG"/></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
""".replace("LONG", "长" * 1000)


def _numbered(text: str, ilvl: int) -> str:
    return p(text, ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="3"/></w:numPr>')


def test_list_numbers_beyond_words_range_are_capped_not_expanded(tmp_path):
    """w:start 1e12 in upperRoman once built a 10^9-character label (minutes, 3 GB).  A start
    beyond the format's 32-bit range is invalid (Word's 1); a number above 32767 is written in
    digits; Roman numerals and letters are computed, not counted out; a level text is cut at 255."""
    body = "".join(_numbered(t, lv) for t, lv in (
        ("甲", 0), ("乙", 1), ("丙", 1), ("丁", 0), ("戊", 2), ("己", 2), ("庚", 3)))
    path = build_docx(tmp_path / "numbering.docx", body, numbering=HOSTILE_NUMBERING)
    texts = [b.text for b in readers.read(path).blocks]
    assert texts == ["I.甲", "40000)乙", "40001)丙", "II.丁", "MMMCMXCIX-戊", "MMMM-己",
                     "1" + "长" * (limits.MAX_LEVEL_TEXT - 2) + "庚"]
    code, found = check_bounded(path)
    assert (code, [d["code"] for d in found]) == (0, ["RL102"])  # read: only "no pack for this document"


def _roman_by_subtraction(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def test_list_numbers_up_to_the_cap_are_words():
    assert all(format_number(n, "upperRoman") == _roman_by_subtraction(n) for n in range(1, limits.MAX_LIST_NUMBER + 1))
    assert format_number(limits.MAX_LIST_NUMBER, "upperLetter") == "G" * 1261  # 32767 = 1260 × 26 + 7
    assert format_number(limits.MAX_LIST_NUMBER + 1, "upperRoman") == "32768"
    assert format_number(limits.MAX_LIST_NUMBER + 1, "chineseCounting") == "32768"


# ---- .docx: size of the body ----------------------------------------------------------------

def test_a_million_and_a_half_empty_paragraphs_are_refused_before_parsing(tmp_path):
    """1.5M ``<w:p/>`` deflate to ~15 KB and once took 30 s and 1.4 GB."""
    path = raw_docx(tmp_path / "paragraphs.docx", document_xml("<w:p/>" * 1_500_000))
    assert path.stat().st_size < 200_000
    assert refused(path) == ("无法读取：word/document.xml 含有超过 1,000,000 个 XML 标记，文档过大，已拒绝读取；"
                             + HINT_SPLIT)


def test_two_million_runs_are_refused_before_parsing(tmp_path):
    path = raw_docx(tmp_path / "runs.docx", document_xml("<w:p>" + "<w:r/>" * 2_000_000 + "</w:p>"))
    assert refused(path) == ("无法读取：word/document.xml 含有超过 1,000,000 个 XML 标记，文档过大，已拒绝读取；"
                             + HINT_SPLIT)


def test_more_paragraphs_than_the_limit_are_refused(tmp_path):
    path = raw_docx(tmp_path / "paragraphs.docx", document_xml("<w:p/>" * (limits.MAX_PARAGRAPHS + 1)))
    assert refused(path) == f"无法读取：文档过大：段落超过 {limits.MAX_PARAGRAPHS:,} 个，已拒绝读取；{HINT_SPLIT}"


def test_more_runs_than_the_limit_are_refused(tmp_path):
    path = raw_docx(tmp_path / "runs.docx", document_xml("<w:p>" + "<w:r/>" * (limits.MAX_RUNS + 1) + "</w:p>"))
    assert refused(path) == f"无法读取：文档过大：文字块（w:r）超过 {limits.MAX_RUNS:,} 个，已拒绝读取；{HINT_SPLIT}"


def test_more_cells_than_the_limit_are_refused(tmp_path):
    row = "<w:tr>" + "<w:tc/>" * 100 + "</w:tr>"
    path = raw_docx(tmp_path / "cells.docx", document_xml("<w:tbl>" + row * (limits.MAX_CELLS // 100 + 1) + "</w:tbl>"))
    assert refused(path) == f"无法读取：文档过大：表格单元格超过 {limits.MAX_CELLS:,} 个，已拒绝读取；{HINT_SPLIT}"


def test_a_symbol_with_an_absurd_code_is_no_text(tmp_path):
    """chr() of a 20-digit code raised OverflowError: an internal error instead of a read."""
    path = build_docx(tmp_path / "sym.docx", p('<w:r><w:sym w:font="Wingdings" w:char="FFFFFFFFFFFFFFFFFFFF"/></w:r>', "后"))
    assert [b.text for b in readers.read(path).blocks] == ["后"]


# ---- .docx: the package -----------------------------------------------------------------------

def test_a_second_word_document_entry_is_refused(tmp_path):
    """zipfile (and so the reader) took the last of two entries of one name, Word may take the
    other: which text was checked was anyone's guess."""
    path = tmp_path / "twice.docx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        raw_docx(path, document_xml(p("审核过的正文")), {"word/document.xml": document_xml(p("另一份正文"))})
    assert refused(path) == ("无法读取：ZIP 包中有多个同名的 word/document.xml 条目，无法确定应读取哪一个，已拒绝读取；"
                             "文件可能已损坏，请重新下载，或用 Word 打开（修复）后另存为 .docx")


def test_entries_differing_only_in_case_are_one_part(tmp_path):
    path = raw_docx(tmp_path / "case.docx", document_xml(p("正文")), {"Word/Document.xml": document_xml(p("另一份"))})
    assert refused(path) == ("无法读取：ZIP 包中有多个同名的 word/document.xml 条目，无法确定应读取哪一个，已拒绝读取；"
                             "文件可能已损坏，请重新下载，或用 Word 打开（修复）后另存为 .docx")


# ---- Markdown and text: comments, encodings, line breaks -------------------------------------

def _report(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _with_a_wrong_number():
    report = make_report(2023, 1)
    return report.set_t3("granted", 0, report.t3["granted"][0] + 3)


def _alone(tmp_path: Path, fmt: str) -> tuple[int, list[dict]]:
    """The clean report's own exit code and findings: what the hostile additions must leave as is."""
    text = to_markdown(_with_a_wrong_number()) if fmt == "md" else to_text(_with_a_wrong_number())
    code, found = check_bounded(_report(tmp_path, f"alone.{fmt}", text))
    assert code == 1 and {d["code"] for d in found} == {"RL401"}
    return code, found


@pytest.mark.parametrize(("fmt", "noise"), [
    ("md", "\n" + "<!--\n" * 50_000),  # one HTML block to the end: 49 s when rescanned at each <!--
    ("md", "\n正文<!--" * 40_000),  # inside a paragraph
    ("txt", "\n" + "<!--\n" * 50_000),
    ("txt", "\n" + "<!-- x -->\n" * 190_000),  # 73 s when each comment's line was counted from the start
], ids=["md-unclosed-block", "md-unclosed-inline", "txt-unclosed", "txt-190k-comments"])
def test_comments_by_the_hundred_thousand_are_read_in_one_pass(tmp_path, fmt, noise):
    report = to_markdown(_with_a_wrong_number()) if fmt == "md" else to_text(_with_a_wrong_number())
    path = _report(tmp_path, f"noisy.{fmt}", report + noise)
    assert path.stat().st_size <= 2 * 1024 * 1024
    assert check_bounded(path) == _alone(tmp_path, fmt)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_ten_thousand_disable_next_line_comments(tmp_path, fmt):
    """Each looked for its next line by splitting the whole text again: 30 s."""
    report = to_markdown(_with_a_wrong_number()) if fmt == "md" else to_text(_with_a_wrong_number())
    path = _report(tmp_path, f"next.{fmt}", report + "\n" + "<!-- reportlint-disable-next-line RL501 -->\n" * 10_000)
    code, found = check_bounded(path)
    first = report.count("\n") + 2
    unused = [d for d in found if d["code"] == "RL105"]
    assert [d["location"]["line"] for d in unused] == list(range(first, first + 10_000))
    assert unused[0]["message"] == "抑制注释“reportlint-disable-next-line RL501”没有抑制任何问题"
    assert (code, [d for d in found if d["code"] != "RL105"]) == _alone(tmp_path, fmt)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_utf16_without_a_bom_is_read(tmp_path, fmt, encoding):
    """一 (U+4E00), 开 (U+5F00) and 需 (U+9700) put a NUL in the low byte, which the old test for
    UTF-16 ("no NUL on that side at all") took for binary content."""
    report = to_markdown(_with_a_wrong_number()) if fmt == "md" else to_text(_with_a_wrong_number())
    assert {"一", "开"} <= set(report)
    path = _report(tmp_path, f"utf16.{fmt}", report, encoding)
    assert readers.read(path).metadata["encoding"] == encoding
    assert check_bounded(path) == _alone(tmp_path, fmt)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\r", "\r\n"])
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_unicode_line_separators_are_line_breaks(tmp_path, fmt, separator):
    """A report whose lines end in U+2028 was one long line: nothing recognised, exit 0."""
    report = to_markdown(_with_a_wrong_number()) if fmt == "md" else to_text(_with_a_wrong_number())
    path = _report(tmp_path, f"separated.{fmt}", report.replace("\n", separator))
    assert check_bounded(path) == _alone(tmp_path, fmt)


def test_line_breaks_unified_each_where_it_stands() -> None:
    text = "一\r\n二\r三\x85四\u2028五\u2029六\n\n七\r\r\n八\u2028\r\n"
    assert unify_line_breaks(text) == "一\n二\n三\n四\n五\n六\n\n七\n\n八\n\n"
    plain = "主动公开 | 12 |\n"
    assert unify_line_breaks(plain) == plain


@pytest.mark.parametrize("blank", ["\f", "\v", "\xa0", "\u3000 "], ids=["FF", "VT", "NBSP", "ideographic"])
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_lines_of_odd_whitespace_are_blank(tmp_path, fmt, blank):
    """CommonMark's blank line has only spaces and tabs: a form feed, vertical tab or no-break
    space alone on a line glued the signature and the date at the end to the last paragraph, and
    RL607 said the report had no date."""
    report = to_markdown(_with_a_wrong_number()) if fmt == "md" else to_text(_with_a_wrong_number())
    report = report.replace("2024年1月20日\n", "", 1).rstrip("\n")  # the date at the end instead

    def signed(line: str) -> str:
        return report + f"\n{line}\n示例县市场监督管理局\n{line}\n2024年1月20日\n{line}\n"

    code, found = check_bounded(_report(tmp_path, f"ws.{fmt}", signed(blank)))
    assert (code, found) == check_bounded(_report(tmp_path, f"blank.{fmt}", signed("")))
    assert sorted({d["code"] for d in found}) == ["RL401"]  # no RL607: the date was found
