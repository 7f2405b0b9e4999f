"""Probe of lines inside and after a table that are not rows (a telephone line, a note, a unit, a date, a page's
number, a site's footer): does the reader take them for rows, and does a finding change?

    python benchmarks/rowprobe.py --census         # every line of the corpus of such a kind: is it a table's cell?
    python benchmarks/rowprobe.py --limit 40       # copies of 40 documents, spread evenly over the corpus
    python benchmarks/rowprobe.py r1770 r21        # copies of these documents only (their rNN prefixes)

``--census`` reads every text and Markdown document of tests/corpus and counts, for each kind of line below, the
lines of that kind and those the reader placed as a table's cells.  The probe proper writes copies of real reports to
a temporary folder, one line inserted in each, in the table of 二 (after its 规章 row), of 三 (after its 予以公开
row) and of 四 (before its last row), and after each of them; the line is written as the table writes its rows
(as it is in text and cell-per-line tables, ``X | Y |`` in a table of pipes, tab-separated in one of tabs, ``| X |
Y |`` in Markdown).  A copy is ``row`` when the line became a table's cell, and ``changed`` when an error or
warning was added or dropped (by code and message: the line numbers after it move).  It is a tool for finding
causes, not a test: the tests assert what the findings must be (benchmarks/ACCURACY.md, "Lines that are not rows").
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from dateprobe import documents  # the corpus's documents, chosen as the date and year probes choose them

from reportlint.readers import read

TODAY = "2026-06-30"

# kind -> lines of that kind as real pages write them (inserted as they are, or split at the label's gap)
LINES: dict[str, list[str]] = {
    "phone": ["联系电话 0591 8765432", "联系电话：0591-87654321", "电话 13812345678", "传真 0591 8765433"],
    "postcode": ["邮编 350001", "邮政编码：350001"],
    "address": ["地址：福州市鼓楼区东街88号 邮编 350001"],
    "note": ["注：本表数据由各科室填报", "说明：以上数据单位为件", "备注 无"],
    "unit": ["单位:件", "(单位:万元)"],
    "source": ["数据来源：本机关政务公开办公室", "数据来源 2023 年度统计"],
    "date": ["2024年1月15日", "2024 1 15", "2024-01-15"],
    "page": ["- 3 -", "第3页", "第 3 页 共 8 页", "3"],
    "footer": ["网站标识码 3501000001", "闽公网安备 35010202000123号", "主办单位：本机关办公室 电话 0591 8765432"],
}
KIND_OF = {line: kind for kind, lines in LINES.items() for line in lines}
# the census: what a line of each kind opens with or is (the lines above are examples of them)
CENSUS = {
    "phone": re.compile(r"^\s*(联系|咨询|服务|监督|投诉)?(电话|传真|热线)"),
    "postcode": re.compile(r"^\s*(邮编|邮政编码)"),
    "address": re.compile(r"^\s*(联系|通讯)?地址"),
    "note": re.compile(r"^\s*[(（]?(注|说明|备注)\s*[:：\d]"),
    "unit": re.compile(r"^\s*[(（]?单位\s*[:：]"),
    "source": re.compile(r"^\s*数据来源"),
    "date": re.compile(r"^\s*\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?\s*$"),
    "page": re.compile(r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)\s*$"),
    "footer": re.compile(r"^\s*(网站标识码|主办单位|承办单位|.{0,4}ICP备|.{0,2}公网安备)"),
}
ANCHORS = {"二": "规章", "三": "予以公开", "四": "结果维持"}


def _diagnostics(path: Path) -> Counter:
    from reportlint.cli import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", "--today", TODAY, "--isolated", str(path)])
    return Counter((d["code"], d["message"]) for d in json.loads(out.getvalue())["files"][0]["diagnostics"]
                   if d["severity"] in ("error", "warning"))


def _cell_lines(path: Path) -> set[int]:
    """The 1-based lines holding a table's written cell."""
    return {c.line for t in read(path).tables for c in t.cells if c.text.strip() and c.line}


def census(paths: list[Path]) -> None:
    lines: Counter = Counter()
    cells: Counter = Counter()
    for path in paths:
        text = path.read_text(encoding="utf-8").split("\n")
        in_cells = _cell_lines(path)
        for ln, line in enumerate(text, 1):
            body = line.strip().strip("|").strip()
            for kind, pattern in CENSUS.items():
                if body and pattern.match(body):
                    lines[kind] += 1
                    if ln in in_cells:
                        cells[kind] += 1
                        print(f"cell    {kind:9} {path.name[:40]}:{ln}  {line.strip()[:60]}")
                    break
    for kind in CENSUS:
        print(f"{kind:9} {lines[kind]:5} lines, {cells[kind]:4} read as a table's cells")


def _shape(row_line: str, markdown: bool) -> str:
    """How the table writes a row: ``markdown``, ``tabs``, ``pipes`` (a row per line), ``cells`` (a cell per line,
    each ended by its pipe) or ``text`` (fields apart by spaces, or a cell per line with no pipe)."""
    if markdown:
        return "markdown"
    if "\t" in row_line.strip():
        return "tabs"
    if "|" in row_line:
        return "pipes" if len([x for x in row_line.split("|") if x.strip()]) > 1 else "cells"
    return "text"


def _written(line: str, shape: str) -> list[str]:
    """The line as it is, and as the table writes a row (a cell per line, or a line with no label — a page's number,
    a date: the line as one cell)."""
    if shape == "text":
        return [line]
    if shape == "cells" or KIND_OF[line] in ("page", "date"):
        return [line, "| " + line + " |" if shape == "markdown" else line + " |"]
    head, _, tail = re.sub(r"[:：]", " ", line, count=1).partition(" ")
    fields = [head, tail.strip()] if tail.strip() else [head]
    if shape == "tabs":
        return [line, "\t".join(fields)]
    if shape == "markdown":
        return [line, "| " + " | ".join(fields) + " |"]
    return [line, " | ".join(fields) + " |"]


def _places(path: Path) -> list[tuple[str, int]]:
    """(where, 1-based line after which a line is inserted) for the tables of 二, 三 and 四 — not after a table that
    ends the text, or that a line cut short ends (an excerpt): a line there is the text's last or next to it, which
    the finding on an excerpt's end quotes or reads as a signature's date."""
    places = []
    source = path.read_text(encoding="utf-8").split("\n")
    for table in read(path).tables:
        texts = [c for c in table.cells if c.text.strip() and c.line]
        if not texts:
            continue
        for section, anchor in ANCHORS.items():
            hit = next((c for c in texts if anchor in c.text), None)
            if hit is None:
                continue
            last = max(c.line for c in texts)
            rows = sorted({c.line for c in texts})
            inside = hit.line if section != "四" else (rows[-2] if len(rows) > 1 else None)
            if inside is not None and inside < last:
                places.append((f"{section} inside", inside))
            if sum(1 for line in source[last:] if line.strip()) >= 2:
                places.append((f"{section} after", last))
            break
    return places


def probe(path: Path, folder: Path) -> list[tuple[str, str, str, bool, str]]:
    """(kind, where, line, became a cell, the errors and warnings added and dropped) of each copy of ``path``."""
    source = path.read_text(encoding="utf-8").split("\n")
    real = _diagnostics(path)
    out = []
    for where, after in _places(path):
        shape = _shape(source[after - 1], path.suffix == ".md")
        for line, kind in KIND_OF.items():
            for written in _written(line, shape):
                copy = folder / path.name
                copy.write_text("\n".join([*source[:after], written, *source[after:]]), encoding="utf-8")
                seen = _diagnostics(copy)
                change = sorted({f"+{code}" for code, _ in seen - real} | {f"-{code}" for code, _ in real - seen})
                out.append((kind, f"{where} ({shape})", written, after + 1 in _cell_lines(copy), " ".join(change)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of documents (default: all)")
    parser.add_argument("--limit", type=int, help="only this many documents, spread evenly over the corpus")
    parser.add_argument("--census", action="store_true", help="count the corpus's own lines of each kind")
    args = parser.parse_args(argv)
    paths = documents(args.prefixes, args.limit)
    if args.census:
        census(paths)
        return 0
    totals: Counter = Counter()
    changes: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            for kind, where, line, row, change in probe(path, Path(tmp)):
                verdict = "+".join(v for v, on in (("row", row), ("changed", change)) if on) or "silent"
                totals[(kind, verdict)] += 1
                totals[verdict] += 1
                if change:
                    changes[(kind, row, change)] += 1
                if verdict != "silent":
                    print(f"{verdict:12} {kind:9} {where:22} {path.name[:40]}  {line}  {change}")
    names = ("silent", "row", "changed", "row+changed")
    for kind in LINES:
        print(f"{kind:9} " + ", ".join(f"{totals[(kind, n)]} {n}" for n in names))
    for (kind, row, change), n in sorted(changes.items()):
        print(f"change: {n:4} {kind:9} {'row' if row else 'not a row'}: {change}")
    print(f"{sum(totals[n] for n in names)} copies: " + ", ".join(f"{totals[n]} {n}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
