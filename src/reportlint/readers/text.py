"""Plain-text reports: text copied or extracted from PDFs and web pages.

What such text looks like (see the shared samples): tables as tab-separated lines or as
``a | b | c`` lines, with merged header text interleaved; page-number lines; paragraphs cut at page
breaks; stray ``**bold**`` marks.  Headings are lines with Chinese numbering (一、 （一） 1.) that are
short and are not table rows: "四、结转下年度继续办理	0	0 …" belongs to section 三's table.
"""

from __future__ import annotations

from pathlib import Path

from ..model.diagnostics import Diagnostic, Severity, Status
from ..model.document import Block, Document, Heading, Location, Paragraph
from ..text.htmlcomments import is_comment_line
from ..text.lazyregex import LazyRegex
from ..text.numbering import heading_number_level
from . import linewidth, rowgrid, textlines, texttables
from .decoding import MAX_TEXT_BYTES, decode, unify_line_breaks
from .linescan import ends_in_numbers, is_page_number
from .safeio import read_limited

# Marks a PDF's full line may end in with its sentence going on (a list's item, a quotation, a bracket); with the
# full stops, the marks that end a paragraph's line in text a paragraph to a line.
_SOFT_END = tuple("；：;:”」』）)")
_HARD_END = tuple("。！？!?")
_SENTENCE_END = _HARD_END + _SOFT_END
MAX_HEADING_CHARS = 40
# A numbered line this long that goes on in the next line is a paragraph's first line, not a title: the form's
# longest titles (四、政府信息公开行政复议、行政诉讼情况) have under 25 characters.
_RUN_IN_CHARS = 30
_LEADERS = ("...", "……", "···", "．．．")
# a line holding a date alone (2023年1月16日, 2023 年 1 月 16 日), and the words a date goes on from (…至 / 2023年12月31日)
_DATE_ALONE = LazyRegex(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_DATE_GOES_ON = ("至", "到", "自", "从", "为", "于", "是", "止", "在", "截", ":", "：", "-", "—")
# what tells a long numbered line's prose from a title: a comma, or a count (21件, 15条)
_RUN_IN_PROSE = LazyRegex(r"[，,]|\d\s*[件条项篇个次份期人]")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" <= ch <= "\u303f" or (
        "\uff00" <= ch <= "\uffef"
    )


def _splits_a_number(line: str, following: str) -> bool:
    """A line of Chinese prose that ends inside a number the next line goes on with (``…共发布信息15`` / ``43条…``):
    text extracted from a PDF breaks its lines where the page's lines ended, numbers included.  Latin text (a page's
    ``浏览次数:123``, a time) keeps the space its words need."""
    last, first = line[-1], following[0]
    if not (last.isdigit() or last == ".") or not (first.isdigit() or first == ".") or last == first == ".":
        return False
    head = line.rstrip("0123456789.")
    return bool(head) and _is_cjk(head[-1])


def _runs_on(stripped: str, full: bool = False) -> bool:
    """A numbered line that is a run-in title and the first line of its paragraph, broken where the PDF's line ended:
    a sentence end inside it and none at its end (``(一)主动公开方面。2023年,…共发布信息约15``), or as long as a
    page's line and no title's (``(二)政府信息依申请公开情况2025关东街共受理政府信息公开申请21件,结转``) — prose, with a
    comma or a count in it: the form's own long titles (``四、本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况``, 31
    characters) have neither.  A line that fills the page's line (``full``) goes on past a soft mark at its end
    (``…共主动公开信息57条,其中:``)."""
    if any(leader in stripped for leader in _LEADERS):
        return False  # (a contents page's entry leads its dots to a page number: a title)
    if stripped.endswith(_SENTENCE_END) and not (full and stripped.endswith(_SOFT_END)):
        return False
    return (len(stripped) >= _RUN_IN_CHARS and _RUN_IN_PROSE.search(stripped) is not None) \
        or any(mark in stripped[:-1] for mark in "。；;")


def _dates_alone(previous: str, line: str) -> bool:
    """``line`` is a date and nothing else (a report's date under its signature or its closing words) after a line
    the date cannot go on (``…联系电话5212345`` / ``2023年1月16日``): a paragraph of its own — unless the line before
    leaves a period or a phrase open (``…统计期限为2023年1月1日至`` / ``2023年12月31日``)."""
    return _DATE_ALONE.fullmatch(line) is not None and not previous.endswith(_DATE_GOES_ON)


def _continues(lines: list[str], j: int, tables: dict) -> bool:
    """Whether line ``j`` goes on with the text of the line before: body text, not a heading or a table."""
    nxt = lines[j].strip() if j < len(lines) else ""
    return bool(nxt) and j not in tables and heading_level(nxt) is None and not is_page_number(nxt)


def _ends_paragraph(last: str, full: bool, line: str, width: int | None, indents: bool) -> bool:
    """Whether the paragraph ends with its line ``last`` (stripped) before the body line ``line``.

    A short line (a date, a signature) is a paragraph of its own, and a sentence end at a line's end ends the
    paragraph — except on a PDF's full line (``full``: the page's line ended there, not the paragraph), whose
    ``；``, ``：``, ``）`` or ``”`` goes on with the next line unless that line is indented or numbered, as a new
    paragraph is.  A ``。`` there goes on before ``其中`` (``…主动公开我镇政府信息3548条。`` / ``其中,…``), and otherwise
    only where the text keeps its paragraphs' indentation (``indents``) and the next line is prose (full, or ending a
    sentence), not a signature or a title."""
    if not full:
        return len(last) < 20 or last.endswith(_SENTENCE_END)
    if not last.endswith(_SENTENCE_END):
        return False
    nxt = line.strip()
    if line[:1].isspace() or heading_number_level(nxt) is not None:
        return True
    if last.endswith(_SOFT_END) or nxt.startswith("其中"):
        return False  # (其中 names the parts of the count before it: no paragraph opens with it)
    return not (indents and (linewidth.is_full(line, width) or nxt.endswith(_HARD_END)))


def heading_level(text: str) -> int | None:
    """Level of a line that looks like a numbered heading, or None."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS or stripped.endswith("。"):
        return None
    if ends_in_numbers(stripped):
        return None
    return heading_number_level(stripped)  # bounded: a line of text has no bold to tell a heading


_DEBRIS = LazyRegex(r"^\s*\?{2,}|(?<=[\s。])\?+\s*$")  # "??一、总体情况", "一、总体情况 ?", "…11期。?"


def _without_debris(line: str) -> str:
    """A mirror that stored its page in an encoding without the ideographic space leaves "?" where
    the indentation (``　　``) or a trailing space was: at a line's start (two or more) or after its
    last word.  They are blanked (same length: offsets hold), so the heading under them is read."""
    if "?" not in line:
        return line
    return _DEBRIS.sub(lambda m: " " * len(m.group(0)), line)


def _strip_marks(line: str, base: int) -> tuple[str, list[int]]:
    """Line text without Markdown bold marks, and each kept character's absolute offset."""
    if "**" not in line and "__" not in line:  # the common case: nothing to drop
        return line, list(range(base, base + len(line)))
    out, offsets = [], []
    i = 0
    while i < len(line):
        if line.startswith("**", i) or line.startswith("__", i):
            i += 2
            continue
        out.append(line[i])
        offsets.append(base + i)
        i += 1
    return "".join(out), offsets


def read(path: Path) -> Document:
    data = read_limited(path, MAX_TEXT_BYTES)  # regular files only, bounded (safeio.py)
    source, encoding = decode(data, str(path))
    return parse(source, str(path), encoding=encoding)


def parse(source: str, path: str = "<text>", encoding: str = "utf-8") -> Document:
    """Parse decoded text into a Document (separate from ``read`` so tests can feed strings)."""
    source = unify_line_breaks(source)
    lines = [_without_debris(line) for line in source.split("\n")]
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1

    blocks: list[Block] = []
    tables = {f.first: f for f in texttables.find(lines)}
    findings: list[Diagnostic] = []
    i, n = 0, len(lines)
    para_text: list[str] = []
    para_offsets: list[int] = []
    para_line = 0
    table_count = 0
    seen_title = False
    width = linewidth.page_width(lines)  # None for a web page's text: a paragraph a line
    indents = width is not None and linewidth.keeps_indents(lines)
    last_full = False

    def flush_paragraph() -> None:
        nonlocal para_text, para_offsets
        if para_text:
            text = "".join(para_text)
            blocks.append(Paragraph(
                location=Location(line=para_line, column=1, snippet=text[:30]),
                text=text, offsets=para_offsets,
            ))
        para_text, para_offsets = [], []

    while i < n:
        line = lines[i]
        stripped = line.strip()
        found = tables.get(i)
        if found is not None:
            flush_paragraph()
            table_count += 1
            blocks.append(rowgrid.to_table(found.grid, lines, table_count))
            findings += [_short_row_finding(s, lines, table_count) for s in found.short]
            i = found.last + 1
            continue
        if (not stripped or is_page_number(stripped) or textlines.is_separator(line) or not stripped.strip("|").strip()
                or is_comment_line(stripped)):
            # A paragraph cut by a page break continues after the blank or page-number lines.  An
            # HTML comment alone on its line is a suppression (app/suppress.py), not report text.
            if (para_text and len(para_text[-1]) >= 20
                    and not para_text[-1].endswith(_SENTENCE_END)):
                j = i
                while j < n and (not lines[j].strip() or is_page_number(lines[j])
                                 or is_comment_line(lines[j].strip())) and j not in tables:
                    j += 1
                nxt = lines[j].strip() if j < n else ""
                if nxt and _is_cjk(nxt[0]) and j not in tables and heading_level(nxt) is None:
                    i = j
                    continue
            flush_paragraph()
            i += 1
            continue
        level = heading_level(stripped)
        if level is not None and _runs_on(stripped, linewidth.is_full(line, width)) and _continues(lines, i + 1,
                                                                                                  tables):
            level = None  # a run-in title and its paragraph's first line: read as the paragraph (as a page's one line)
        clean, offsets = _strip_marks(line, starts[i])
        clean_stripped = clean.strip()
        if not clean_stripped:  # a line of bold marks alone ("**"): nothing to read on it
            i += 1
            continue
        lead = len(clean) - len(clean.lstrip())
        offsets = offsets[lead: lead + len(clean_stripped)]
        if not seen_title and not blocks and not para_text and "报告" in clean_stripped and level is None \
                and not textlines.flattened_page(clean_stripped):
            # (a first line holding the report's sections, a page flattened by a crawler, is no title)
            # The report title, possibly wrapped over two lines.
            title = clean_stripped
            k = i + 1
            if k < n and lines[k].strip() and "年度报告" not in title and "年度报告" in lines[k] \
                    and len(lines[k].strip()) < 30:
                title += lines[k].strip()
                k += 1
            blocks.append(Heading(location=Location(line=i + 1, column=lead + 1, snippet=title[:30]),
                                  level=0, text=title))
            seen_title = True
            i = k
            continue
        if level is not None:
            flush_paragraph()
            blocks.append(Heading(
                location=Location(line=i + 1, column=lead + 1, end_line=i + 1,
                                  end_column=lead + len(clean_stripped) + 1, snippet=clean_stripped[:30]),
                level=level, text=clean_stripped))
            i += 1
            continue
        # Body text: lines of one paragraph are joined until a sentence ends a line.
        # A short line (a date, a signature) is a paragraph of its own, not a wrapped line.
        if para_text and (_ends_paragraph(para_text[-1], last_full, clean, width, indents)
                          or _dates_alone(para_text[-1], clean_stripped)):
            flush_paragraph()
        if not para_text:
            para_line = i + 1
        elif not (_is_cjk(para_text[-1][-1]) or _is_cjk(clean_stripped[0]) or _splits_a_number(para_text[-1],
                                                                                                 clean_stripped)):
            para_text.append(" ")
            para_offsets.append(para_offsets[-1])
        para_text.append(clean_stripped)
        para_offsets.extend(offsets)
        last_full = linewidth.is_full(line, width)
        i += 1
    flush_paragraph()
    doc = Document(path=path, format="text", blocks=blocks, source=source, findings=findings)
    doc.metadata["encoding"] = encoding
    return doc


def _short_row_finding(short: rowgrid.ShortRow, lines: list[str], index: int) -> Diagnostic:
    """A row whose values cannot be placed (blank cells dropped when the table became text)."""
    label = f"“{short.label}”" if short.label else ""
    shown = "、".join(v or "空" for v in short.values[:10]) + ("……" if len(short.values) > 10 else "")
    line = lines[short.line]
    column = len(line) - len(line.lstrip()) + 1
    return Diagnostic(
        code="RL309", rule="RL309", check="tables", severity=Severity.WARNING, status=Status.UNVERIFIABLE,
        message=(f"表{index}中{label}这一行有 {len(short.values)} 个数值（{shown}），与表格的 {short.width} 列对不上，"
                 f"无法确定各数值所在的列，本行未核对"),
        location=Location(line=short.line + 1, column=column, table=index, snippet=line.strip()[:30]),
        help="空单元格在文本中应保留分隔符（或填写 0）；也可提供 .docx 原件核对",
    )
