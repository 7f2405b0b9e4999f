"""Mutation probe of the real tables: is a wrong number in section 三's or 四's table of a real report found?

    python benchmarks/tableprobe.py            # every document of tests/corpus whose text holds those tables
    python benchmarks/tableprobe.py r707 r1140 # only these documents (their rNN prefixes)
    python benchmarks/tableprobe.py --reverse  # numbers no identity names: every copy must stay silent

The corpus has few real reports with an error in their tables, so how the table checks fare on real layouts
(a cell per line, blank lines, lone pipes, vertical headers) is measured here on copies: for each document,
up to six numbers spread over the table are changed one at a time (+7) in a copy written to a temporary
folder, the copy is checked (``reportlint check --format json --today 2026-06-30 --isolated``, in process,
as benchmarks/accuracy.py does) and compared with the real text's findings.  A copy is ``found`` when a
new table failure (RL3xx, RL4xx) appears; ``unverifiable`` when the copy says the number is not checked
(a 总计 above blank cells could be the blanks' sum: 无法核对 on its row; a row whose values cannot be
placed, RL309; a table unread, RL308; the text stopping above it, RL209); ``other`` when only another
finding changes; ``missed`` when nothing does — a wrong number passed silently, the one verdict that is
always a fault.  ``--reverse`` changes numbers no identity names instead (section 二's 行政处罚, 行政强制
and 收费 rows): there a new table finding is a false one.  It is a tool for finding causes, not a test:
the tests assert what the findings must be (benchmarks/ACCURACY.md, "Table probe, eleventh round").
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from reportlint.text.normalize import to_simplified

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
PER_TABLE = 6  # numbers changed per table, spread over it
# A cell's number: not part of a longer number, a decimal, a percentage or a date; not a row's numbering.
NUMBER = re.compile(r"(?<![\d.])\d{1,4}(?![\d.%年月日、.])")
TABLE_LINE = re.compile(r"\||^[\s\d]+$|(数量|公开|秘密|信息|申请|处理|总计|结转|[)）])\s*[\d\s|]+$")
SECTION = re.compile(r"^[四五六]、")  # (四)无法提供 is a row of 三


def _diagnostics(path: Path) -> list[dict]:
    from reportlint.cli import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", "--today", "2026-06-30", "--isolated", str(path)])
    return [d for d in json.loads(out.getvalue())["files"][0]["diagnostics"] if d["severity"] in ("error", "warning")]


def _line(d: dict) -> int:
    return (d.get("location") or {}).get("line") or 0


def _verdict(real: list[dict], copy: list[dict], lines: list[str], changed: int, region: range) -> str:
    """found: a new table error or warning that fails (RL3xx, RL4xx); unverifiable: the copy says the number is not
    checked (a new or an existing "无法核对", RL308, RL309); other: another finding only; missed: nothing.  A finding
    the real text has at the same place that only quotes the changed number (RL309's values, RL502's cell text) is
    no new finding: a table failure re-quoted is still found, anything else re-quoted counts for nothing."""
    seen = {(d["code"], d["message"]) for d in real}
    places = {(d["code"], _line(d)) for d in real}
    new = [d for d in copy if (d["code"], d["message"]) not in seen]
    table = [d for d in new if d["code"][:3] in ("RL3", "RL4")]
    if any(d.get("status") != "unverifiable" and d["code"] not in ("RL308", "RL309") for d in table):
        return "found"
    if table or _said_unverifiable(copy, lines, changed, region):
        return "unverifiable"
    return "other" if any((d["code"], _line(d)) not in places for d in new) else "missed"


def _said_unverifiable(diagnostics: list[dict], lines: list[str], changed: int, region: range) -> bool:
    """Whether the copy says the changed number is not checked, a finding the real text has too (its message
    names the blank cells, not the number): an RL3xx/RL4xx "无法核对" on the changed number's row (the
    identity over a 总计 above blanks, or beside a blank 总计), an RL309 on that row (its values cannot be
    placed), an RL308 on its table's region (a table left unread), or an RL209 at or above it there (the text
    stops in the table: what follows is not checked, a row cut short among it)."""
    for d in diagnostics:
        line = _line(d) - 1
        if line not in region:
            continue
        unverifiable = d["code"] == "RL309" or (d.get("status") == "unverifiable" and d["code"][:3] in ("RL3", "RL4"))
        if d["code"] == "RL308" or (d["code"] == "RL209" and line <= changed) \
                or (unverifiable and _same_row(lines, line, changed)):
            return True
    return False


def _same_row(lines: list[str], a: int, b: int) -> bool:
    """Lines ``a`` and ``b`` (0-based) hold cells of one row: no row label begins between them (a row written a
    cell per line runs from its label down to the next label)."""
    first, last = min(a, b), max(a, b)
    return not any(re.search(r"[\u4e00-\u9fff]", lines[k]) for k in range(first + 1, last + 1))


def _region(lines: list[str], opens, after: int = 0) -> range | None:
    """The lines of one section: from its title (``opens``, the first after line ``after``) to the next section
    title (四、结转… is a row).  Titles are matched in simplified characters (a traditional-character mirror's
    三、收到和處理… is the same title); the lines changed are the document's own."""
    start = next((i for i in range(after, len(lines)) if opens(to_simplified(lines[i].strip(" |")))), None)
    if start is None:
        return None
    for end in range(start + 1, len(lines)):
        title = lines[end].strip(" |")
        if SECTION.match(title) and not title.startswith("四、结转"):
            return range(start + 1, end)
    return range(start + 1, len(lines))


def _numbers(lines: list[str], region: range) -> list[tuple[int, int, int]]:
    """(line, start, end) of every number of the region's table lines, row numberings (``1.``) left out."""
    return [(i, m.start(), m.end()) for i in region if TABLE_LINE.search(to_simplified(lines[i]))
            for m in NUMBER.finditer(lines[i]) if not lines[i][:m.start()].endswith(("第", "."))]


def _is_title(line: str, word: str) -> bool:
    """A section's title holding ``word``: short, no sentence, not a (二)-style item of another section (a 2008-form
    report's (三)收到和处理…情况。 in its section 一 is prose, its tables are section 二's), and ``word`` not after a
    、 other than the numbering's (a line of an introduction listing the sections: …信息情况、行政机关收到和处理…)."""
    if len(line) >= 40 or "。" in line or line.startswith(("(", "（")) or word not in line:
        return False
    return "、" not in re.sub(r"^[一二三四五六七八九十]+、", "", line).split(word)[0]


def _is_three(line: str) -> bool:
    """Section 三's title, also broken over lines (三、收到和处理政府信息公 / 开申请情况), numbered otherwise
    (二、, 表三：) or not at all."""
    return _is_title(line, "收到和处理")


def _is_four(line: str) -> bool:
    """Section 四's title, also broken over lines (四、政府信息公开行政复议、行 / 政诉讼情况)."""
    return _is_title(line, "行政复议") and (line.startswith("四") or "行政诉讼" in line)


# The rows of section 二 no identity of either form names (one count or one amount each; 行政许可's 2019 row has
# three and a heuristic over them, so it is left out): a wrong number there can only be found by reading the source.
FREE_ROWS = ("行政处罚", "行政强制", "行政事业性收费")


def _is_two(line: str) -> bool:
    """Section 二's title (二、主动公开政府信息情况)."""
    return line.startswith("二") and _is_title(line, "主动公开")


CJK = re.compile(r"[\u4e00-\u9fff]+")


def _free_numbers(lines: list[str], region: range) -> list[tuple[int, int, int]]:
    """The numbers of section 二's rows that no identity names: after a FREE_ROWS label on its line, or on the
    lines after it (a row written a cell per line) up to the next line with a label."""
    out = []
    carried = ""
    for i in region:
        line = lines[i]
        for m in NUMBER.finditer(line):
            before = CJK.findall(to_simplified(line[:m.start()]))
            if (before[-1] if before else carried) in FREE_ROWS and not line[:m.start()].endswith(("第", ".")):
                out.append((i, m.start(), m.end()))
        carried = (CJK.findall(to_simplified(line)) or [carried])[-1]
    return out


def probe(path: Path, reverse: bool = False) -> list[tuple[int, str, str]]:
    """(line, the changed line, found | other | unverifiable | missed) for each copy of one document; with
    ``reverse``, the copies change numbers no identity names (section 二's FREE_ROWS) and must stay silent."""
    lines = path.read_text(encoding="utf-8").split("\n")
    picks = []
    after = 0
    if reverse:  # from 二's title to 三's
        two = _region(lines, _is_two)
        three = _region(lines, _is_three, two.start) if two else None
        region = range(two.start, three.start - 1 if three else two.stop) if two else None
        picks = [(n, region) for n in _free_numbers(lines, region)] if region else []
    for opens in () if reverse else (_is_three, _is_four):  # 四 after 三's title: a 四 of another level is not 四
        region = _region(lines, opens, after)
        numbers = _numbers(lines, region) if region else []
        picks += [(n, region) for n in numbers[::max(1, len(numbers) // PER_TABLE)][:PER_TABLE]]
        after = region.start if region else after
    if not picks:
        return []
    real = _diagnostics(path)
    out = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for (i, start, end), region in picks:
            changed = lines[i][:start] + str(int(lines[i][start:end]) + 7) + lines[i][end:]
            copy.write_text("\n".join(lines[:i] + [changed] + lines[i + 1:]), encoding="utf-8")
            out.append((i + 1, changed.strip(), _verdict(real, _diagnostics(copy), lines, i, region)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of documents (default: all)")
    parser.add_argument("--reverse", action="store_true",
                        help="change numbers no identity names (section 二's 行政处罚, 行政强制, 收费): every copy must stay silent")
    args = parser.parse_args(argv)
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    if args.prefixes:
        paths = [p for p in paths if any(p.name.startswith(f"{x}_") for x in args.prefixes)]
    totals = {"found": 0, "other": 0, "unverifiable": 0, "missed": 0}
    for path in paths:
        for line, text, verdict in probe(path, args.reverse):
            totals[verdict] += 1
            if verdict != ("missed" if args.reverse else "found"):  # what needs a look: a table finding, reversed
                print(f"{verdict:12}  {path.name}:{line}  {text[:70]}")
    if args.reverse:  # no identity names these numbers: a new table finding is a false one
        print(f"{sum(totals.values())} copies: {totals['missed'] + totals['unverifiable']} silent, "
              f"{totals['found']} with a new table finding, {totals['other']} other")
        return 0
    print(f"{sum(totals.values())} copies: {totals['found']} found, {totals['other']} other, "
          f"{totals['unverifiable']} said unverifiable, {totals['missed']} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
