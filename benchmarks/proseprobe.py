"""Mutation probe of the real prose: is a wrong number written into a sentence reportlint reads found?

    python benchmarks/proseprobe.py                 # every .txt/.md document of tests/corpus
    python benchmarks/proseprobe.py r707 r1140      # only these documents (their rNN prefixes)
    python benchmarks/proseprobe.py --per-rule 3    # up to 3 readings per rule and document (default: all)
    python benchmarks/proseprobe.py --unread        # list only the statements no rule reads (fast: no copies)
    python benchmarks/proseprobe.py --missed        # print every copy that is not found, with its sentence

The corpus has few real reports with a wrong number in their prose, so how the prose checks fare on real
wording is measured here on copies.  The real document is checked once (``reportlint check --format json
--today 2026-06-30 --isolated``, in process) with the prose kind's readers watched: every statement a rule
reads is recorded with the place of its numbers in the file —

- RL701 ``prose.sum``: a total and its parts that add up (``共…N条，其中 A a条、B b条``);
- RL702 a pack rule's number that restates a table cell (``共收到政府信息公开申请95件``);
- RL703 a share, of a pack rule (against the table) or of the sentence's own total (``…258件，占33.9%``);
- RL707 ``prose.balance``: new + carried in = closed + carried out stated in a sentence.

For each rule up to ``--per-rule`` readings per document are taken, and each is written into a copy in a
temporary folder with one number changed: a sum's total ±1 and its first part ×10 (+1 when that is 0), a
restated cell +1 and ×10, a share's percentage +1, a balance's closed and carried-in terms +1.  A copy is
``found`` when a new finding of the reading's rule appears (RL704 counts for RL702: the cell is blank),
``other`` when only another finding changes, ``missed`` when nothing does.  Some misses are by design: a
total raised above an open list of fewer than three parts is a highlight, not a breakdown (checks/prose/sums).

``--reverse`` turns it round: for each RL701 reading, every other number of its sentence written in digits — a date, a
change over last year, a share, a count of another kind — is raised by 1 in a copy (one at a time; numbers that any
reading of the document takes as a total or a part are left alone), and the copy must raise no new RL701: a number
that is no part must not make a sum wrong.  Copies are ``silent`` or ``raised`` (printed with ``--missed``), by kind:
``date``, ``share``, ``count`` (outside every read statement) and ``nested`` (inside one: a part of a breakdown of one
of its parts, ``351条,含动态信息类260条,…``, whose change may rightly make the copy's numbers disagree).

It also lists the statements no rule reads: a number in a count unit followed by 其中 / 包括 / a bracket (not
``(含…``) and two or more exact numbers of the same unit in its sentence that no sum statement takes as its total, and a sentence
naming 上年结转, 办结 and 结转下年 with three or more counts in 件 that the balance does not read.  It is a
tool for finding causes, not a test: the tests assert what the findings must be.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
SAMPLES = REPO / "tests" / "data" / "samples" / "real" / "text"  # whole real reports, tables and all
RULES = ("RL701", "RL702", "RL703", "RL707")
DIGITS = re.compile(r"(?:[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[〇零一二三四五六七八九十百千万两]+)")
COUNT_UNITS = frozenset("件条个项次篇份期") | {"人次"}
SENTENCE_END = "。;；!?！？"
LIST_OPENER = re.compile(r"[,，:：]?(?:其中|包括|[(（](?!含|包含|不含|另有))")  # (含上年结转…) names no parts


@dataclass
class Reading:
    """One statement a rule reads: the file offsets of its numbers (start, end of the digits) and their values."""

    rule: str
    sentence: str
    numbers: list[tuple[int, int, Decimal]]
    line: int = 0
    copies: list[tuple[str, str]] = field(default_factory=list)  # (what was changed, found | other | missed)


@dataclass
class Watch:
    """What the prose kind read on one run of the check."""

    readings: list[Reading] = field(default_factory=list)
    unread: list[tuple[str, str]] = field(default_factory=list)  # (rule, sentence)
    cut: Counter = field(default_factory=Counter)  # readings of a table the text does not hold: not copied
    source: str = ""


WATCH: Watch | None = None


def _place(ctx, block, idx, mention) -> tuple[int, int, Decimal] | None:
    """File offsets of the digits of a number mention of a paragraph (``idx`` maps the normalised text back)."""
    from reportlint.text.mapped import original_span

    if block.offsets is None or not block.offsets:
        return None
    start, end = original_span(idx, mention.start, mention.end)
    m = DIGITS.match(block.text[start:end])
    if m is None or start + m.end() > len(block.offsets):
        return None
    first, last = block.offsets[start], block.offsets[start + m.end() - 1] + 1
    return first, last, mention.value


def _sentence(norm: str, start: int, end: int) -> str:
    first = max(norm.rfind(ch, 0, start) for ch in SENTENCE_END) + 1
    ends = [i for i in (norm.find(ch, end) for ch in SENTENCE_END) if i >= 0]
    return norm[first:min(ends, default=len(norm)) + 1]


def _record(rule: str, ctx, block, idx, norm: str, mentions) -> None:
    places = [_place(ctx, block, idx, m) for m in mentions]
    if WATCH is None or any(p is None for p in places):
        return
    WATCH.source = ctx.document.source or ""
    text = _sentence(norm, min(m.start for m in mentions), max(m.end for m in mentions))
    WATCH.readings.append(Reading(rule, text, [p for p in places if p is not None]))


def _unread_sums(norm: str, numbers, statements) -> list[str]:
    totals = {s.total.start for s in statements}
    out = []
    for i, n in enumerate(numbers):
        if n.unit not in COUNT_UNITS or n.start in totals or n.approximate:
            continue
        opener = LIST_OPENER.match(norm, n.end)
        if opener is None:
            continue
        ends = [e for e in (norm.find(ch, n.end) for ch in SENTENCE_END) if e >= 0]
        end = min(ends, default=len(norm))
        same = [m for m in numbers[i + 1:] if m.start < end and m.unit == n.unit]
        if len(same) >= 2 and any(m.value < n.value for m in same) and not any(m.approximate for m in same):
            out.append(_sentence(norm, n.start, n.end))
    return out


def _install() -> None:
    """Watch the prose kind's readers: each wrapper records what it is given, then does what it did."""
    import reportlint.checks.prose as prose
    from reportlint.checks.prose import balance, restated, sums

    check_sums, check_balance, check_percentages = prose.check_sums, prose.check_balance, prose.check_percentages
    check_equals, check_percent, accepts = restated._check_equals, restated._check_percent, sums.percent_accepts

    def watched_sums(ctx, block, idx, statements, norm="", numbers=None):
        for s in statements:
            if s.parts_sum == s.total.value:
                _record("RL701", ctx, block, idx, norm, [s.total, *s.parts])
        if WATCH is not None and numbers:
            WATCH.unread += [("RL701", text) for text in _unread_sums(norm, numbers, statements)]
        return check_sums(ctx, block, idx, statements, norm, numbers)

    def watched_balance(ctx, block, norm, idx, numbers):
        read = list(balance.read_balances(norm, numbers, ctx.report_year))
        for terms in read:
            if terms.balanced:
                _record("RL707", ctx, block, idx, norm, terms.stated)
        if WATCH is not None and not read and all(w in norm for w in ("上年", "办结", "结转下")) \
                and sum(n.unit == "件" for n in numbers) >= 3:
            WATCH.unread.append(("RL707", norm[:160]))
        return check_balance(ctx, block, norm, idx, numbers)

    def watched_percentages(ctx, block, norm, idx, numbers, checked, statements):
        seen: list[tuple] = []

        def accepts_watched(pct, part, base, decimals):
            seen.append((pct, part))
            return accepts(pct, part, base, decimals)

        sums.percent_accepts = accepts_watched
        try:
            found = list(check_percentages(ctx, block, norm, idx, numbers, checked, statements))
        finally:
            sums.percent_accepts = accepts
        for pct, part in seen:
            for i, n in enumerate(numbers):
                if n.unit == "%" and n.value == pct and i and numbers[i - 1].value == part and n.start not in checked:
                    _record("RL703", ctx, block, idx, norm, [n])
        return iter(found)

    def watched_equals(ctx, rule, spec, mention, stated, severity, cap, scope_note, location):
        cells = [restated._evaluate(ctx, expr, stated) for expr in spec.equals]
        verifiable = any(c.value is not None or c.problems for c in cells)  # a cut text holds no table
        _record_restated("RL702" if verifiable else "RL702 table cut", ctx, mention, location)
        return check_equals(ctx, rule, spec, mention, stated, severity, cap, scope_note, location)

    def watched_percent(ctx, rule, spec, mention, stated, severity, cap, scope_note, location):
        assert spec.percent_part is not None
        verifiable = restated._evaluate(ctx, spec.percent_part, stated).value is not None \
            and any(restated._evaluate(ctx, expr, stated).value for expr in spec.percent_base)
        _record_restated("RL703" if verifiable else "RL703 table cut", ctx, mention, location)
        return check_percent(ctx, rule, spec, mention, stated, severity, cap, scope_note, location)

    prose.check_sums, prose.check_balance, prose.check_percentages = watched_sums, watched_balance, watched_percentages
    restated._check_equals, restated._check_percent = watched_equals, watched_percent


def _record_restated(rule: str, ctx, mention, location) -> None:
    """A pack rule's number: its place is the location's line and column, its digits read from the source."""
    source = ctx.document.source
    if WATCH is None or source is None or not location.line or not location.column:
        return
    lines = source.split("\n")
    start = sum(len(x) + 1 for x in lines[:location.line - 1]) + location.column - 1
    m = DIGITS.match(source, start)
    if m is None:
        return
    line = lines[location.line - 1]
    WATCH.readings.append(Reading(rule, line[max(0, location.column - 30):location.column + 30],
                                  [(start, m.end(), mention.value)]))


def _check(path: Path) -> tuple[set[tuple[str, str]], Watch]:
    global WATCH
    from reportlint.cli import main

    WATCH = Watch()
    out = io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(io.StringIO()):
            main(["check", "--format", "json", "--today", "2026-06-30", "--isolated", str(path)])
    finally:
        watch, WATCH = WATCH, None
    file = json.loads(out.getvalue())["files"][0]
    found = {(d["code"], d["message"]) for d in file["diagnostics"] if d["severity"] in ("error", "warning")}
    return found, watch


def _changes(reading: Reading) -> list[tuple[int, Decimal, str]]:
    """(which number, its new value, what was done) for the copies of one reading."""
    numbers = reading.numbers
    if reading.rule == "RL701":
        first = numbers[1][2]
        return [(0, numbers[0][2] + 1, "total+1"), (0, numbers[0][2] - 1, "total-1"),
                (1, first * 10 if first else Decimal(1), "part×10")]
    if reading.rule == "RL702":
        value = numbers[0][2]
        return [(0, value + 1, "+1"), (0, value * 10 if value else Decimal(10), "×10")]
    if reading.rule == "RL703":
        return [(0, numbers[0][2] + 1, "percent+1")]
    return [(0, numbers[0][2] + 1, "first+1"), (len(numbers) - 1, numbers[-1][2] + 1, "last+1")]


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


def probe(path: Path, per_rule: int, copies: bool = True) -> Watch:
    real, watch = _check(path)
    text = path.read_text(encoding="utf-8")
    if watch.source and watch.source != text:
        return watch
    by_rule: dict[str, list[Reading]] = defaultdict(list)
    seen: set[tuple] = set()
    for reading in watch.readings:
        key = (reading.rule, tuple(n[:2] for n in reading.numbers))
        if key in seen or any(text[a:b] and not DIGITS.fullmatch(text[a:b]) for a, b, _ in reading.numbers):
            continue
        seen.add(key)
        reading.line = text.count("\n", 0, reading.numbers[0][0]) + 1
        by_rule[reading.rule].append(reading)
    watch.cut = Counter({rule: len(by_rule[rule]) for rule in by_rule if rule not in RULES})
    watch.readings = [r for rule in RULES for r in _spread(by_rule[rule], per_rule)]
    if not copies:
        return watch
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for reading in watch.readings:
            for which, value, what in _changes(reading):
                if value < 0:
                    continue
                a, b, _ = reading.numbers[which]
                copy.write_text(text[:a] + _text(value) + text[b:], encoding="utf-8")
                new = _check(copy)[0] - real
                codes = {code for code, _ in new}
                wanted = {reading.rule, "RL704"} if reading.rule == "RL702" else {reading.rule}
                reading.copies.append((what, "found" if codes & wanted else "other" if new else "missed"))
    return watch


ARABIC = re.compile(r"[0-9０-９]+")
_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def _kind(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """What an other number of a sum's sentence is: a date or a share by the character after it; a count inside a read
    statement's span (``nested``: a part of a breakdown of one of its parts, or a remark on one); a count outside."""
    after = text[end:end + 1]
    if after in "年月日":
        return "date"
    if after in "%％":
        return "share"
    return "nested" if any(a < start and end < b for a, b in spans) else "count"


def reverse(path: Path) -> list[tuple[int, str, str, str]]:
    """(line, kind, verdict, sentence) for each copy with one number of an RL701 reading's sentence that is neither a
    total nor a part raised by 1: ``silent`` when no new RL701 appears, ``raised`` when one does."""
    real, watch = _check(path)
    text = path.read_text(encoding="utf-8")
    if watch.source and watch.source != text:
        return []
    sums = [r for r in watch.readings if r.rule == "RL701"]
    taken = {(a, b) for r in sums for a, b, _ in r.numbers}
    sentences = set()
    spans = [(min(n[0] for n in r.numbers), max(n[1] for n in r.numbers)) for r in sums]
    for a, b in spans:
        first = max(text.rfind(ch, 0, a) for ch in SENTENCE_END + "\n") + 1
        ends = [i for i in (text.find(ch, b) for ch in SENTENCE_END + "\n") if i >= 0]
        sentences.add((first, min(ends, default=len(text))))
    out = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for first, last in sorted(sentences):
            for m in ARABIC.finditer(text, first, last):
                if any(a < m.end() and m.start() < b for a, b in taken) or text[m.start() - 1:m.start()] in (".", "．"):
                    continue
                value = int(m.group().translate(_WIDE)) + 1
                copy.write_text(text[:m.start()] + str(value) + text[m.end():], encoding="utf-8")
                new = {code for code, _ in _check(copy)[0] - real}
                line = text.count("\n", 0, m.start()) + 1
                out.append((line, _kind(text, m.start(), m.end(), spans), "raised" if "RL701" in new else "silent",
                            f"{m.group()}→{value}: {text[first:last][:110]}"))
    return out


def _spread(readings: list[Reading], count: int) -> list[Reading]:
    return readings[::max(1, len(readings) // count)][:count] if readings else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of documents (default: all)")
    parser.add_argument("--per-rule", type=int, default=1000, help="readings per rule and document (default: all)")
    parser.add_argument("--unread", action="store_true", help="only list the statements no rule reads")
    parser.add_argument("--missed", action="store_true", help="print every copy not found")
    parser.add_argument("--reverse", action="store_true", help="change the numbers of a sum's sentence that are no part")
    args = parser.parse_args(argv)
    _install()
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")) + sorted(SAMPLES.glob("*.txt"))
    if args.prefixes:
        paths = [p for p in paths if any(p.name.startswith(f"{x}_") for x in args.prefixes)]
    if args.reverse:
        return _main_reverse(paths, args.missed)
    totals: dict[str, Counter] = defaultdict(Counter)
    read: Counter = Counter()
    unread: Counter = Counter()
    cut: Counter = Counter()
    for path in paths:
        watch = probe(path, args.per_rule, copies=not args.unread)
        cut += watch.cut
        for rule, sentence in watch.unread:
            unread[rule] += 1
            print(f"unread {rule}  {path.name}  {sentence[:150]}")
        for reading in watch.readings:
            read[reading.rule] += 1
            for what, verdict in reading.copies:
                totals[reading.rule][verdict] += 1
                totals[reading.rule + " " + what][verdict] += 1
                if args.missed and verdict != "found":
                    print(f"{verdict:6} {reading.rule} {what:9} {path.name}:{reading.line}  {reading.sentence[:110]}")
    for rule in RULES:
        print(f"{rule}: {read[rule]} readings, {unread[rule]} unread statements"
              + (f", {cut[rule + ' table cut']} of a table the text does not hold" if rule + " table cut" in cut else ""))
        for key in sorted(k for k in totals if k.startswith(rule)):
            c = totals[key]
            print(f"  {key:18} {sum(c.values()):5} copies: {c['found']} found, {c['other']} other, {c['missed']} missed")
    return 0


def _main_reverse(paths: list[Path], show: bool) -> int:
    counts: dict[str, Counter] = defaultdict(Counter)
    for path in paths:
        for line, kind, verdict, sentence in reverse(path):
            counts[kind][verdict] += 1
            counts["all"][verdict] += 1
            if show and verdict == "raised":
                print(f"raised RL701 {kind:5} {path.name}:{line}  {sentence}")
    for kind in ("all", "date", "share", "nested", "count"):
        c = counts[kind]
        print(f"  reverse {kind:5} {sum(c.values()):5} copies: {c['silent']} silent, {c['raised']} raised")
    return 0


if __name__ == "__main__":
    sys.exit(main())
