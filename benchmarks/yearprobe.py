"""Mutation probe of RL611 (``checks.textyears.body_years``, ``text/yearleads.py``) over the real corpus: is a body
sentence's year left from last year found, and is a year that is history, a date or a comparison left alone?

    python benchmarks/yearprobe.py              # every document of tests/corpus with such a sentence
    python benchmarks/yearprobe.py --limit 60   # 60 of them, spread evenly over the corpus
    python benchmarks/yearprobe.py r707 r1140   # only these documents (their rNN prefixes)
    python benchmarks/yearprobe.py --reverse    # the year made history, a date or a comparison: copies stay silent

The probe reads each document as benchmarks/dateprobe.py does (its ``_diagnostics`` and the context it keeps) and
looks, independently of the rule's own reading, for the sentences of sections 一/二/三 that open on the report's own
year (after at most a number and a short heading) and count something: ``2023年,我局主动公开…N条``, ``2023年度…``,
``2023年共…``, ``2023年全年…``, ``2023年累计…``, ``截至2023年底…``.  The year is changed where the source has it (a
paragraph that normalising changes in length is left out), one copy at a time:

- ``lastyear``: the year set to last year → RL611 on the paragraph's line, expected N, actual N-1;
- ``numerals``: the same, last year written in Chinese numerals (``二〇二二``) → the same finding.

``--reverse`` writes copies that must stay silent (no new error or warning):

- ``since``: the year made last year's ``N-1年以来`` (history up to now);
- ``month``: the year made a date, ``N-1年12月``;
- ``compare``: the year set to last year and the sentence given a comparison with the report's year before its
  stop (``…,N年同比有所增加``);
- ``numsince``, ``numcompare``: ``since`` and ``compare`` with both years in Chinese numerals.

A sentence that names the report's year again (or 今年/本年), or whose next sentence does, is ``moot`` forward: the
rule reads it as a comparison, rightly.  Verdicts and causes are printed as dateprobe prints them; causes are
where the year stands (``lead``: a comma or subject after it; ``heading``: after a topic heading; ``end``: 截至…底)
and what the sentence counts (``work``: a verb of the disclosure work before the count; ``other``: none).  It is a
tool for finding causes, not a test (benchmarks/ACCURACY.md, "Year probe").
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import dateprobe
from dateprobe import Mutation, Seen, _diagnostics, _line

from reportlint.checks import textyears
from reportlint.model.document import Heading, Paragraph
from reportlint.text.normalize import normalize
from reportlint.text.sentences import sentences
from reportlint.text.yearleads import counts_work, names_report_year

# a sentence's opening: a number, a short heading with its stop, then the year standing alone or its end
_OPENING = re.compile(r"(?P<num>[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．])?(?P<head>[^,，。;:：\d]{1,20}?[。.:：])?"
                      r"(?:(?P<end>截[至止])?(?P<y>(?:19|20)\d{2})年(?(end)(?:底|末|12月31日)|度?(?=[,，我本共]|全年|累计)))")
_COUNTED = re.compile(r"\d+(?:条|件|篇|次|个|项)")


def _numerals(year: int) -> str:
    """A year in Chinese numerals, as an official document writes it: 2022 → 二〇二二."""
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(year))


class YearMutation(Mutation):
    """A Mutation with, for ``compare``, a second insertion on the same line after the first (the sentence's end)."""

    def __init__(self, *args, insert: tuple[int, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.insert = insert

    def apply(self, source: list[str]) -> list[str]:
        if self.insert is not None:
            col, text = self.insert
            i = self.at[0]
            source = source[:i] + [source[i][:col] + text + source[i][col:]] + source[i + 1:]
        return super().apply(source)


def _candidates(source: list[str]):
    """(block, sentence, match, column in the normalised text, where) of each body sentence opening on the year."""
    ctx = Seen.ctx
    year, doc = ctx.report_year, ctx.document
    sections = ctx.sections
    for k, section in enumerate(sections):
        if section.number not in textyears.BODY_SECTIONS:
            continue
        end = sections[k + 1].block_index if k + 1 < len(sections) else len(doc.blocks)
        for block in doc.blocks[section.block_index:end]:
            if not isinstance(block, Paragraph | Heading) or str(year) not in block.text:
                continue
            text = normalize(block.text)
            if len(text) != len(block.text) or not getattr(block, "offsets", None) or doc.source is None:
                continue
            said = [(start, text[start:stop + 1]) for start, stop in sentences(text)]
            for n, (at, sentence) in enumerate(said):
                m = _OPENING.match(sentence)
                if m and int(m.group("y")) == year and _COUNTED.search(sentence, m.end()):
                    where = ("end" if m.group("end") else "heading" if m.group("head") else "lead") + \
                            (" work" if counts_work(sentence, m.end()) else " other")
                    rest = sentence[m.end():] + "".join(s for _, s in said[n + 1:n + 2])
                    moot = names_report_year(rest, year)
                    yield block, sentence, m, at, where, moot


def _mutations(source: list[str], reverse: bool) -> list[tuple[YearMutation, bool]]:
    ctx = Seen.ctx
    year, doc = ctx.report_year, ctx.document
    out = []
    for block, sentence, m, at, where, moot in _candidates(source):
        line, col = doc.line_col(block.offsets[at + m.start("y")])
        if source[line - 1][col - 1:col + 3] != str(year):
            continue
        here = (line - 1, col - 1)
        last = str(year - 1)
        if not reverse:
            for kind, written in (("lastyear", last), ("numerals", _numerals(year - 1))):
                out.append((YearMutation(kind, where, here, str(year), written, "RL611", block.location.line,
                                         str(year), last), moot))
            continue
        if m.group("end"):
            continue  # 截至N年底 has no 以来 or month form
        written = sentence[m.start("y"):m.end()]  # 2023年 or 2023年度
        if source[line - 1][col - 1:col - 1 + len(written)] != written:
            continue
        out.append((YearMutation("since", where, here, written, f"{last}年以来"), False))
        out.append((YearMutation("numsince", where, here, written, f"{_numerals(year - 1)}年以来"), False))
        out.append((YearMutation("month", where, here, written, f"{last}年12月"), False))
        stop = len(sentence) - 1 if sentence[-1] in "。;；!！?？" else len(sentence)
        end_line, end_col = doc.line_col(block.offsets[at + stop]) if at + stop < len(block.offsets) else (0, 0)
        if end_line == line:
            out.append((YearMutation("compare", where, here, str(year), last,
                                     insert=(end_col - 1, f",{year}年同比有所增加")), False))
            out.append((YearMutation("numcompare", where, here, str(year), _numerals(year - 1),
                                     insert=(end_col - 1, f",{_numerals(year)}年同比有所增加")), False))
    return out


def _verdict(real: list[dict], copy: list[dict], mutation: Mutation, reverse: bool) -> str:
    """dateprobe's verdict: found | other | missed; reversed (no finding asked for) a new finding is false — one
    the real text raises on the same line is not new, its message quoting the changed text (RL209 on an excerpt
    cut in the sentence changed quotes its last words)."""
    if not reverse:
        return dateprobe._verdict(real, copy, mutation)
    known = {(d["code"], _line(d)) for d in real}
    return "false" if any((d["code"], _line(d)) not in known for d in copy) else "silent"


def probe(path: Path, reverse: bool = False) -> list[tuple[Mutation, str]]:
    """(mutation, verdict) for each copy of one document: found | other | missed | moot (the sentence names the
    report's year again, or the copy's report year is another), reversed silent | false."""
    real = _diagnostics(path)
    if Seen.ctx is None or Seen.ctx.report_year is None:
        return []
    year, source = Seen.ctx.report_year, path.read_text(encoding="utf-8").split("\n")
    out = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for mutation, moot in _mutations(source, reverse):
            copy.write_text("\n".join(mutation.apply(source)), encoding="utf-8")
            diagnostics = _diagnostics(copy)
            moot = moot or Seen.ctx is None or Seen.ctx.report_year != year
            out.append((mutation, "moot" if moot else _verdict(real, diagnostics, mutation, reverse)))
    return out


def main(argv: list[str] | None = None) -> int:
    return dateprobe.run_probe(argv, __doc__.split("\n")[0], probe,
                               "the year made history, a date or a comparison: every copy must stay silent",
                               ("silent", "false"),
                               lambda m, path: f"{m.kind:10} {m.where:13} {path.name[:40]}:{m.at[0] + 1}", 10)


if __name__ == "__main__":
    sys.exit(main())
