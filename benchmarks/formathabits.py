"""Format habits: do Word and WPS writers' habits the format probe does not write change a report's findings?

    python benchmarks/formathabits.py                # every corpus document whose tables reportlint reads
    python benchmarks/formathabits.py r707 r1140     # only these documents (their rNN prefixes)
    python benchmarks/formathabits.py --keep DIR     # and keep the copies in DIR

benchmarks/formatprobe.py writes each report whose pack tables reportlint reads as a .docx from reportlint's own
reading of the text.  Writers do more than it writes: this probe takes each of those Word copies whose findings are
the text's and writes it again with one habit at a time, then compares the findings with the text's (the probe's
``findings``):

- ``caption``: a caption paragraph right above each table (``表1``), as Word's 插入题注 writes it;
- ``fullwidth``: every digit in the tables full-width (``１２３``), as a Chinese input method types it;
- ``linebreak``: a line break (Shift+Enter, ``w:br``) inside each long label cell, where the writer wraps it;
- ``paragraphs``: the same label cells as two paragraphs (Enter inside the cell);
- ``header2``: a table's first row, when it is a row of labels, written over two rows (each label's first half
  above, the rest below; no merge), as a writer narrowing the columns does.

It is a tool for finding causes, not a test; tests/test_formathabits.py holds what it found, each on a real report.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import formatprobe

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
HABITS = ("caption", "fullwidth", "linebreak", "paragraphs", "header2")


def _label(text: str) -> bool:
    return len(text) >= 8 and not any(ch.isdigit() for ch in text)


def _unique_cells(table):
    seen = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                yield cell


def caption(word) -> None:
    for n, table in enumerate(word.tables, 1):
        p = word.add_paragraph(f"表{n}")
        table._tbl.addprevious(p._p)


def fullwidth(word) -> None:
    for table in word.tables:
        for cell in _unique_cells(table):
            for p in cell.paragraphs:
                for run in p.runs:
                    run.text = run.text.translate(FULL)


def _split(cell, paragraphs: bool) -> None:
    text = cell.text
    half = len(text) // 2
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    first = cell.paragraphs[0]
    for run in first.runs:
        run._r.getparent().remove(run._r)
    if paragraphs:
        first.add_run(text[:half])
        cell.add_paragraph(text[half:])
    else:
        run = first.add_run(text[:half])
        run.add_break()
        run.add_text(text[half:])


def linebreak(word, paragraphs: bool = False) -> None:
    for table in word.tables:
        for cell in _unique_cells(table):
            if _label(cell.text):
                _split(cell, paragraphs)


def header2(word) -> None:
    """A first row of labels only, each cell its own (no merge), written over two rows."""
    for table in word.tables:
        tr = table.rows[0]._tr
        tcs = tr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")
        cells = table.rows[0].cells
        if len(tcs) < 2 or len(tcs) != len(cells) or any(c._tc.tcPr is not None and (
                c._tc.tcPr.gridSpan is not None or c._tc.tcPr.vMerge is not None) for c in cells):
            continue
        texts = [c.text for c in cells]
        if any(ch.isdigit() for t in texts for ch in t) or not all(texts):
            continue
        below = copy.deepcopy(tr)
        tr.addnext(below)
        row2 = table.rows[1].cells
        for cell, lower, text in zip(cells, row2, texts, strict=True):
            half = (len(text) + 1) // 2 if len(text) >= 4 else len(text)
            cell.text = text[:half]
            lower.text = text[half:]


def _same(keys: Counter) -> Counter:
    """The findings' keys with each named cell's value as its number reads (``３`` is 3): a finding names a cell's
    text as written (and an actual value its text), so that the writer finds it."""
    def nfkc(value):
        return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value
    return Counter({(*key[:5], nfkc(key[5]), nfkc(key[6]), tuple((*c[:3], nfkc(c[3])) for c in key[7])): n
                    for key, n in keys.items()})


def apply(habit: str, source: Path, out: Path) -> None:
    from docx import Document as open_document

    word = open_document(str(source))
    if habit == "paragraphs":
        linebreak(word, paragraphs=True)
    else:
        globals()[habit](word)
    word.save(str(out))


def probe(paths: list[Path], folder: Path, habits=HABITS, show: int = 4) -> dict:
    report: dict = {"read": 0, "base": 0, "habits": {}}
    groups = {h: defaultdict(list) for h in habits}
    counts = {h: Counter() for h in habits}
    for path in paths:
        doc, bound = formatprobe.model(path)
        if not bound:
            continue
        report["read"] += 1
        name = path.name.split("_")[0]
        unbound = frozenset(t.index for t in doc.tables if id(t) not in bound)
        text = _same(formatprobe.findings(path, unbound))
        if any(key[0] == formatprobe.SHORT_ROW for key in text):
            continue
        base = folder / f"{path.stem}.docx"
        formatprobe.to_docx(doc, bound, base, heading_styles=report["read"] % 2 == 0)
        if _same(formatprobe.findings(base, unbound)) != text:
            continue  # a difference the format probe already shows
        report["base"] += 1
        for habit in habits:
            out = folder / f"{path.stem}.{habit}.docx"
            apply(habit, base, out)
            other = _same(formatprobe.findings(out, unbound))
            if other == text:
                counts[habit]["identical"] += 1
                continue
            counts[habit]["differing"] += 1
            for key in text - other:
                groups[habit][(key[0], "text only")].append(f"{name} {key[2:5]} {key[5:7]}")
            for key in other - text:
                groups[habit][(key[0], "copy only")].append(f"{name} {key[2:5]} {key[5:7]}")
    for habit in habits:
        report["habits"][habit] = {
            "identical": counts[habit]["identical"], "differing": counts[habit]["differing"],
            "causes": {f"{code} {side}": [len(v), *v[:show]] for (code, side), v in sorted(groups[habit].items())},
        }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of the documents to probe")
    parser.add_argument("--habit", action="append", choices=HABITS, help="only these habits")
    parser.add_argument("--keep", type=Path, help="write the copies here (default: a temporary folder)")
    args = parser.parse_args(argv)
    paths = formatprobe.documents(args.prefixes)
    habits = tuple(args.habit or HABITS)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = probe(paths, args.keep, habits)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report = probe(paths, Path(tmp), habits)
    print(f"documents whose tables are read: {report['read']}; Word copies identical to the text: {report['base']}")
    for habit, r in report["habits"].items():
        print(f"{habit}: identical {r['identical']}, differing {r['differing']}")
        for cause, (n, *samples) in r["causes"].items():
            print(f"  {cause}: {n}  e.g. {'; '.join(samples)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
