"""Mutation probe of the real tables: is a wrong number in section 三's or 四's table of a real report found?

    python benchmarks/tableprobe.py            # every document of tests/corpus whose text holds those tables
    python benchmarks/tableprobe.py r707 r1140 # only these documents (their rNN prefixes)

The corpus has few real reports with an error in their tables, so how the table checks fare on real layouts
(a cell per line, blank lines, lone pipes, vertical headers) is measured here on copies: for each document,
up to six numbers spread over the table are changed one at a time (+7) in a copy written to a temporary
folder, the copy is checked (``reportlint check --format json --today 2026-06-30 --isolated``, in process,
as benchmarks/accuracy.py does) and compared with the real text's findings.  A copy is ``found`` when a
new table finding (RL3xx, RL4xx) appears; ``other`` when only another finding changes; ``missed`` when
nothing does.  Not every miss is a fault: a 总计 changed above blank cells could be the blanks' sum, and
the row the text stops in is not read (benchmarks/ACCURACY.md, "Held-out evaluation, eighth round,
slice w").  It is a tool for finding causes, not a test: the tests assert what the findings must be.
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


def _findings(path: Path) -> set[tuple[str, str]]:
    from reportlint.cli import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", "--today", "2026-06-30", "--isolated", str(path)])
    file = json.loads(out.getvalue())["files"][0]
    return {(d["code"], d["message"]) for d in file["diagnostics"] if d["severity"] in ("error", "warning")}


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


def probe(path: Path) -> list[tuple[int, str, str]]:
    """(line, the changed line, found | other | missed) for each copy of one document."""
    lines = path.read_text(encoding="utf-8").split("\n")
    picks = []
    after = 0
    for opens in (_is_three, _is_four):  # 四 is looked for after 三's title: a 四 of another level before it is not 四
        region = _region(lines, opens, after)
        numbers = _numbers(lines, region) if region else []
        picks += numbers[::max(1, len(numbers) // PER_TABLE)][:PER_TABLE]
        after = region.start if region else after
    if not picks:
        return []
    real = _findings(path)
    out = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for i, start, end in picks:
            changed = lines[i][:start] + str(int(lines[i][start:end]) + 7) + lines[i][end:]
            copy.write_text("\n".join(lines[:i] + [changed] + lines[i + 1:]), encoding="utf-8")
            new = _findings(copy) - real
            verdict = "found" if any(code[:3] in ("RL3", "RL4") for code, _ in new) else "other" if new else "missed"
            out.append((i + 1, changed.strip(), verdict))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of documents (default: all)")
    args = parser.parse_args(argv)
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    if args.prefixes:
        paths = [p for p in paths if any(p.name.startswith(f"{x}_") for x in args.prefixes)]
    totals = {"found": 0, "other": 0, "missed": 0}
    for path in paths:
        for line, text, verdict in probe(path):
            totals[verdict] += 1
            if verdict != "found":
                print(f"{verdict:6}  {path.name}:{line}  {text[:70]}")
    print(f"{sum(totals.values())} copies: {totals['found']} found, {totals['other']} other, {totals['missed']} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
