"""Inline suppressions, and the report of those that suppress nothing (RL105).

Markdown and text::

    <!-- reportlint-disable RL501 t3.balance -->   … <!-- reportlint-enable -->
    <!-- reportlint-disable-next-line RL401 -->      (the next non-blank line)
    <!-- reportlint-disable -->                      (no codes: everything; no enable: to the end)

A code, a code prefix (``RL5``) or a rule id (``t3.balance``); several separated by spaces or
commas; anything after the codes (``-- 原表如此``) is a free-text reason.  A finding without a line
(a whole-document finding) is suppressed only by a ``disable`` that is never re-enabled.

.docx: a Word comment whose text starts with ``reportlint-disable CODE`` suppresses the findings
located in the paragraph or table cell it is anchored on (read by the docx reader into
``document.metadata["word_comments"]``).  Other Word comments (a reviewer's, or those written by
``reportlint annotate``) are not suppressions.
"""

from __future__ import annotations

import re

from ..model.diagnostics import Diagnostic, FileResult, Severity
from ..model.document import Document, Location
from ..model.records import Record
from ..text.htmlcomments import html_comments, is_comment_line
from ..text.lazyregex import LazyRegex
from .config import matches

_DIRECTIVE = LazyRegex(r"^\s*reportlint-(disable-next-line|disable|enable)\b(.*)$", re.S)
_SELECTOR = LazyRegex(r"(?:ALL|RL\d*|[A-Za-z][\w-]*(?:\.[\w-]+)+)", re.I)
_CODE_SEPARATOR = LazyRegex(r"[\s,，]+")

MESSAGES = {
    "zh": "抑制注释“{text}”没有抑制任何问题",
    "en": "the suppression \"{text}\" suppresses nothing",
}
HELP = {"zh": "删除这条注释，或改正其中的代码", "en": "remove the comment or correct its codes"}


class Suppression(Record):
    __slots__ = ("kind", "selectors", "text", "location", "start", "end", "used")

    def __init__(self, kind: str, selectors: list[str], text: str, location: Location, start: int | None = None,
                 end: int | None = None, used: bool = False) -> None:
        self.kind = kind  # region | next-line | word
        self.selectors = selectors
        self.text = text
        self.location = location
        self.start = start  # first line covered (region, next-line)
        self.end = end  # last line covered; None = to the end of the document
        self.used = used

    def covers(self, d: Diagnostic) -> bool:
        if self.selectors and not any(matches(s, d) for s in self.selectors):
            return False
        loc = d.location
        if self.kind == "word":
            a = self.location
            if a.row is not None:
                return (loc.table, loc.row, loc.col) == (a.table, a.row, a.col)
            return loc.table is None and loc.paragraph == a.paragraph
        if loc.line is None:
            return self.kind == "region" and self.end is None
        if self.start is None or loc.line < self.start:
            return False
        return self.end is None or loc.line <= self.end


def parse_selectors(rest: str) -> list[str]:
    """The codes at the start of ``rest`` (after the directive); stops at the first non-code."""
    out = []
    for token in _CODE_SEPARATOR.split(rest.strip()):
        if not token:
            continue
        if not _SELECTOR.fullmatch(token):
            break
        out.append(token.upper() if token.upper().startswith("RL") or token.upper() == "ALL" else token)
    return out


def _text_comments(doc: Document) -> list[tuple[int, str]]:
    """(line, text) of each comment: the Markdown reader's (it knows which are in code), or the text's."""
    if "comments" in doc.metadata:
        return list(doc.metadata["comments"])
    if doc.source is None:
        return []
    return [(line, text.strip()) for line, text in html_comments(doc.source)]


def _next_content_lines(doc: Document) -> list[int]:
    """For each line number N (1-based, index N), the first line after N that is neither blank nor
    only comments: what ``disable-next-line`` on line N covers.  One pass, from the end."""
    if doc.source is None:
        return []
    lines = doc.source.split("\n")
    following = [0] * (len(lines) + 2)
    following[len(lines)] = following[len(lines) + 1] = len(lines) + 1
    for k in range(len(lines) - 1, -1, -1):  # line k + 1
        stripped = lines[k].strip()
        following[k] = following[k + 1] if not stripped or is_comment_line(stripped) else k + 1
    return following


def collect(doc: Document) -> list[Suppression]:
    out: list[Suppression] = []
    if doc.format == "docx":
        for _cid, text, anchor in doc.metadata.get("word_comments", []):
            m = _DIRECTIVE.match(text)
            if m and m.group(1) == "disable":
                out.append(Suppression("word", parse_selectors(m.group(2)), _first_line(text), anchor))
        return out
    open_regions: list[Suppression] = []
    next_content: list[int] | None = None
    for line, text in sorted(_text_comments(doc), key=lambda c: c[0]):
        m = _DIRECTIVE.match(text)
        if not m:
            continue
        kind, selectors = m.group(1), parse_selectors(m.group(2))
        loc = Location(line=line, column=1)
        if kind == "disable-next-line":
            if next_content is None:
                next_content = _next_content_lines(doc)
            target = next_content[line] if line < len(next_content) else line + 1
            out.append(Suppression("next-line", selectors, _first_line(text), loc, start=target, end=target))
        elif kind == "disable":
            region = Suppression("region", selectors, _first_line(text), loc, start=line + 1)
            out.append(region)
            open_regions.append(region)
        else:
            for region in list(open_regions):
                if not selectors or set(selectors) & set(region.selectors):
                    region.end = line - 1
                    open_regions.remove(region)
    return out


def _first_line(text: str) -> str:
    return " ".join(text.strip().split("\n")[0].split())


def apply(result: FileResult, doc: Document) -> FileResult:
    """Drop the suppressed findings of a result; add RL105 for each suppression that matched none."""
    suppressions = collect(doc)
    if not suppressions:
        return result
    kept = []
    for d in result.diagnostics:
        hit = [s for s in suppressions if s.covers(d)]
        for s in hit:
            s.used = True
        if not hit:
            kept.append(d)
    lang = result.pack_language if result.pack_language in MESSAGES else "zh"
    for s in suppressions:
        if not s.used:
            kept.append(Diagnostic(
                code="RL105", rule="RL105", check="input", severity=Severity.WARNING,
                message=MESSAGES[lang].format(text=s.text), location=s.location, help=HELP[lang],
                key=("unused-suppression", s.text)))
    kept.sort(key=Diagnostic.sort_key)
    result.diagnostics = kept
    return result
