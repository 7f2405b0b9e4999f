"""Mutation probe of the date rules (checks/dates.py, RL60x) over the real corpus: is a wrong date found where it is?

    python benchmarks/dateprobe.py              # every document of tests/corpus with a report date or a period
    python benchmarks/dateprobe.py --limit 60   # 60 of them, spread evenly over the corpus
    python benchmarks/dateprobe.py r707 r1140   # only these documents (their rNN prefixes)
    python benchmarks/dateprobe.py --reverse    # legal dates rewritten in another format: every copy must stay silent

Every real report states its dates in its own layout (a date line under the title, a page's 发布日期, a signature,
a period in the preamble, a date in brackets after the title), and the corpus has few real reports with a wrong
date, so how the date rules fare on real layouts is measured here on copies.  The real text is checked first (in
process, ``reportlint check --format json --today 2026-06-30 --isolated``, as benchmarks/tableprobe.py does) and
what reportlint reads there is taken as the place of each date: the report date (``analysis/reportdate.py``), the
statistics period (``text/periods.py``) and the opening's year (``checks.textyears.preamble_year``).  Then, one at a
time, in a copy written to a temporary folder:

- ``late``: the report date moved to the day after its deadline (by the agency's level: 1 February for a
  department or a town, 1 April for a government or a level not told), written as the real date is
  (``2024年2月1日``, ``2024-02-01``, ``二〇二四年二月一日``) → RL603 on its line, expected the deadline, actual the date;
- ``early``: the report date moved to 20 December of the report year → RL602, expected N+1, actual N;
- ``short``: the period's end 12月31日 → 11月30日 → RL610 on the period's line, expected N-01-01至N-12-31, actual
  N-01-01至N-11-30;
- ``year``: the period's years set to last year → RL605 on its paragraph, expected N, actual N-1;
- ``opening``: the opening's year set to last year → RL609 on its paragraph, expected N, actual N-1.

A copy is ``found`` when that finding appears (code, line, expected and actual), ``other`` when another new error
or warning does, ``missed`` when nothing new does.  ``--reverse`` writes legal copies instead: the report date on
its deadline (``ontime``) and rewritten in each other format (``2024年1月5日`` ↔ ``2024-01-05`` ↔ ``2024.1.5`` ↔
``二〇二四年一月五日``); a copy is ``silent`` when no new error or warning appears and the same date is read on the
same line, ``false`` when a new finding appears, ``lost`` when the date is no longer read there.  Misses are
printed grouped by cause (the mutation and where the date stands).  It is a tool for finding causes, not a
test: the tests assert what the findings must be (benchmarks/ACCURACY.md, "Date probe").
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import re
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

from reportlint.analysis.reportdate import find_report_date
from reportlint.checks import dates, textyears
from reportlint.model.document import Paragraph
from reportlint.text.normalize import normalize
from reportlint.text.periods import stated_period

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
TODAY = "2026-06-30"
CN_DIGITS = "〇一二三四五六七八九"
NUMERAL = re.compile(r"[0-9０-９]+|[〇零○Ｏ一二三四五六七八九十]+")


class Seen:
    """What the date check read in the last run: its context and part (captured around ``checks.dates.run``)."""

    ctx = None
    part = None


@contextmanager
def _watching():
    """Run with ``checks.dates.run`` wrapped to keep its context: the places of the dates are the ones the check read."""
    run = dates.run

    def watched(ctx, part):
        Seen.ctx, Seen.part = ctx, part
        return run(ctx, part)

    dates.run = watched
    try:
        yield
    finally:
        dates.run = run


def _diagnostics(path: Path) -> list[dict]:
    from reportlint.cli import main

    Seen.ctx = Seen.part = None
    out = io.StringIO()
    with _watching(), redirect_stdout(out), redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", "--today", TODAY, "--isolated", str(path)])
    return [d for d in json.loads(out.getvalue())["files"][0]["diagnostics"] if d["severity"] in ("error", "warning")]


def _line(d: dict) -> int:
    return (d.get("location") or {}).get("line") or 0


def _cn_number(n: int) -> str:
    """1..31 in Chinese numerals as dates write them (十, 十一, 二十, 二十五, 三十一)."""
    tens, ones = divmod(n, 10)
    return ((CN_DIGITS[tens] if tens > 1 else "") + "十" if tens else "") + (CN_DIGITS[ones] if ones or not tens else "")


def rewrite(text: str, when: datetime.date) -> str | None:
    """``text`` (a date as written) with its year, month and day set to ``when``, each written as it was: Arabic
    digits keep their width (``01``), Chinese numerals stay Chinese (the year digit by digit, with its own zero)."""
    runs = list(NUMERAL.finditer(text))
    if len(runs) != 3:
        return None
    out, at = [], 0
    for m, value in zip(runs, (when.year, when.month, when.day), strict=True):
        old = m.group(0)
        if old[0] in "0123456789":
            new = str(value).zfill(len(old) if old.startswith("0") or len(old) == 2 else 1)
        elif old[0] in "０１２３４５６７８９":
            new = str(value).zfill(len(old) if old.startswith("０") else 1).translate(
                str.maketrans("0123456789", "０１２３４５６７８９"))
        elif m is runs[0]:
            zero = next((c for c in old if c in "〇零○Ｏ"), "〇")
            new = "".join(CN_DIGITS[int(c)] for c in str(value)).replace("〇", zero)
        else:
            new = _cn_number(value)
        out += [text[at:m.start()], new]
        at = m.end()
    return "".join(out + [text[at:]])


def formats(when: datetime.date) -> dict[str, str]:
    """The same date in each format the corpus writes."""
    cn = "".join(CN_DIGITS[int(c)] for c in str(when.year))
    return {"cjk": f"{when.year}年{when.month}月{when.day}日", "iso": when.isoformat(),
            "dotted": f"{when.year}.{when.month}.{when.day}",
            "cjk-numeral": f"{cn}年{_cn_number(when.month)}月{_cn_number(when.day)}日"}


def _place(source: list[str], line: int, text: str) -> tuple[int, int] | None:
    """(line index, column) of ``text`` on 1-based ``line`` of the source, when it stands there once."""
    if not 0 < line <= len(source) or source[line - 1].count(text) != 1:
        return None
    return line - 1, source[line - 1].index(text)


class Mutation:
    """One copy to write: what it is, where the date stands, the source line changed and the finding it must raise
    (code, line, expected, actual) — or, reversed, the date that must still be read on that line."""

    def __init__(self, kind: str, where: str, at: tuple[int, int], old: str, new: str, code: str = "",
                 line: int = 0, expected: str | None = None, actual: str | None = None,
                 date: datetime.date | None = None) -> None:
        self.kind, self.where, self.at, self.old, self.new = kind, where, at, old, new
        self.code, self.line, self.expected, self.actual, self.date = code, line, expected, actual, date

    def apply(self, source: list[str]) -> list[str]:
        i, col = self.at
        return source[:i] + [source[i][:col] + self.new + source[i][col + len(self.old):]] + source[i + 1:]


def _where(found) -> str:
    """Where the report date stands: a page's label, the title's line, the opening's date line or the signature."""
    if found.after_title:
        return "title-line"
    if found.labelled:
        return "labelled"
    return "opening" if Seen.ctx.sections and found.location.line < _section_line() else "signature"


def _section_line() -> int:
    ctx = Seen.ctx
    return ctx.document.blocks[ctx.sections[0].block_index].location.line or 0


def _date_mutations(source: list[str], reverse: bool) -> list[Mutation]:
    ctx, part = Seen.ctx, Seen.part
    year = ctx.report_year
    first = ctx.sections[0].block_index if ctx.sections else len(ctx.document.blocks)
    found = find_report_date(ctx.document, first)
    if found is None or found.match.date is None or year is None or part.publish_year_offset != 1:
        return []
    match, line = found.match, found.location.line or 0
    at = _place(source, line, match.text)
    if at is None:
        return []
    where = f"{_where(found)} {match.form}"
    deadlines = [d for _, d, _ in dates._deadlines(ctx, year, part)]  # the latest first: 1 day past it is late
    late = deadlines[0] + datetime.timedelta(days=1)
    out = []
    if not reverse:
        for kind, when, code, expected, actual in (
                ("late", late, "RL603", deadlines[0].isoformat(), late.isoformat()),
                ("early", datetime.date(year, 12, 20), "RL602", str(year + 1), str(year))):
            new = rewrite(match.text, when)
            if new:
                out.append(Mutation(kind, where, at, match.text, new, code, line, expected, actual))
        return out
    new = rewrite(match.text, deadlines[-1])  # the earliest: a level not told is held to a department's too
    if new:
        out.append(Mutation("ontime", where, at, match.text, new, line=line, date=deadlines[-1]))
    for form, text in formats(found.match.date).items():
        if form != match.form:
            out.append(Mutation(f"as-{form}", where, at, match.text, text, line=line, date=found.match.date))
    return out


def _period_mutations(source: list[str]) -> list[Mutation]:
    """``short`` and ``year`` for the first paragraph stating the report's whole year as its period."""
    ctx = Seen.ctx
    year = ctx.report_year
    for block in ctx.document.blocks:
        if not isinstance(block, Paragraph) or "年" not in block.text:
            continue
        stated = stated_period(normalize(block.text))
        if stated is None:
            continue
        raw = stated_period(block.text)
        if raw is None or not stated.whole_year() or not stated.within(year):
            return []
        text = block.text[raw.span[0]:raw.span[1]]
        loc = ctx.document.span_location(block, *raw.span)
        at = _place(source, loc.line or 0, text)
        if at is None:
            return []
        where = "form" if stated.form else "other"
        out = []
        if "12月31日" in text:
            out.append(Mutation("short", where, at, text, text.replace("12月31日", "11月30日"), "RL610", loc.line,
                                f"{year}-01-01至{year}-12-31", f"{year}-01-01至{year}-11-30"))
        out.append(Mutation("year", where, at, text, text.replace(str(year), str(year - 1)), "RL605",
                            block.location.line, str(year), str(year - 1)))
        return out
    return []


def _opening_mutations(source: list[str]) -> list[Mutation]:
    """``opening`` for the first statement after the title about a year's disclosure work (RL609's reading), changed
    where the source has it (the paragraph's offsets; a paragraph that normalising changes in length is left out)."""
    ctx = Seen.ctx
    year, doc = ctx.report_year, ctx.document
    opening = doc.blocks[:ctx.sections[0].block_index if ctx.sections else 0]
    title = normalize(ctx.title) if ctx.title else ""
    first = textyears.title_block(opening, title)
    for i, block in enumerate(opening[first:], start=first):
        if not isinstance(block, Paragraph):
            continue
        text = normalize(block.text)
        start = text.index(title) + len(title) if i == first and title and title in text else 0
        m = textyears.preamble_year(text, start)
        if m is None:
            continue
        if int(m.group("y")) != year or len(text) != len(block.text) or not block.offsets or doc.source is None:
            return []
        line, col = doc.line_col(block.offsets[m.start("y")])
        if source[line - 1][col - 1:col + 3] != str(year):
            return []
        return [Mutation("opening", "opening", (line - 1, col - 1), str(year), str(year - 1), "RL609",
                         block.location.line, str(year), str(year - 1))]
    return []


def _verdict(real: list[dict], copy: list[dict], mutation: Mutation) -> str:
    seen = {(d["code"], d["message"]) for d in real}
    new = [d for d in copy if (d["code"], d["message"]) not in seen]
    if mutation.date is not None:  # reversed: silent, and the same date read on the same line
        if new:
            return "false"
        ctx = Seen.ctx
        found = find_report_date(ctx.document, ctx.sections[0].block_index if ctx.sections else len(ctx.document.blocks))
        ok = found is not None and found.match.date == mutation.date and found.location.line == mutation.line
        return "silent" if ok else "lost"
    for d in new:
        if (d["code"], _line(d), d.get("expected"), d.get("actual")) == \
                (mutation.code, mutation.line, mutation.expected, mutation.actual):
            return "found"
    return "other" if new else "missed"


def probe(path: Path, reverse: bool = False) -> list[tuple[Mutation, str]]:
    """(mutation, verdict) for each copy of one document: found | other | missed | moot (the copy's report year is
    another: the year changed is where the report year is read, the title or a yearless title's period), reversed
    silent | false | lost."""
    text = path.read_text(encoding="utf-8")
    real = _diagnostics(path)
    if Seen.ctx is None or Seen.ctx.report_year is None:
        return []
    ctx, source = Seen.ctx, text.split("\n")
    mutations = _date_mutations(source, reverse)
    if not reverse:
        mutations += _period_mutations(source) + _opening_mutations(source)
    out = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for mutation in mutations:
            copy.write_text("\n".join(mutation.apply(source)), encoding="utf-8")
            diagnostics = _diagnostics(copy)
            moot = Seen.ctx is None or Seen.ctx.report_year != ctx.report_year
            out.append((mutation, "moot" if moot else _verdict(real, diagnostics, mutation)))
    return out


def documents(prefixes: list[str], limit: int | None) -> list[Path]:
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md") and p.name[0] == "r")
    if prefixes:
        paths = [p for p in paths if any(p.name.startswith(f"{x}_") for x in prefixes)]
    if limit:
        paths = paths[::max(1, len(paths) // limit)][:limit]
    return paths


def run_probe(argv: list[str] | None, description: str, probe_of, reverse_help: str, reverse_names: tuple[str, ...],
              row, kind_width: int) -> int:
    """A probe's command line (shared with yearprobe.py): the documents, each copy's verdict, the copies that went
    wrong (``row`` writes one), the counts by kind and in all."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of documents (default: all)")
    parser.add_argument("--limit", type=int, help="only this many documents, spread evenly over the corpus")
    parser.add_argument("--reverse", action="store_true", help=reverse_help)
    args = parser.parse_args(argv)
    totals: Counter = Counter()
    causes: Counter = Counter()
    for path in documents(args.prefixes, args.limit):
        for mutation, verdict in probe_of(path, args.reverse):
            totals[verdict] += 1
            totals[(mutation.kind, verdict)] += 1
            if verdict not in ("found", "silent", "moot"):
                causes[(verdict, mutation.kind, mutation.where)] += 1
                print(f"{verdict:7} {row(mutation, path)}")
    names = reverse_names if args.reverse else ("found", "other", "missed", "moot")
    for kind in sorted({k[0] for k in totals if isinstance(k, tuple)}):
        print(f"{kind:{kind_width}} " + ", ".join(f"{totals[(kind, n)]} {n}" for n in names))
    for (verdict, kind, where), n in sorted(causes.items()):
        print(f"cause: {n:4} {verdict} {kind} ({where})")
    print(f"{sum(totals[n] for n in names)} copies: " + ", ".join(f"{totals[n]} {n}" for n in names))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_probe(argv, __doc__.split("\n")[0], probe,
                     "legal dates in another format or on the deadline: every copy must stay silent",
                     ("silent", "false", "lost"),
                     lambda m, path: f"{m.kind:14} {m.where:20} {path.name[:40]}:{m.at[0] + 1}  {m.old} → {m.new}", 14)


if __name__ == "__main__":
    sys.exit(main())
