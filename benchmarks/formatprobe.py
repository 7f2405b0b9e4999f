"""Format probe: is a report's findings the same in .docx and Markdown as in its text?

    python benchmarks/formatprobe.py                # every corpus document whose tables reportlint reads (~1 min)
    python benchmarks/formatprobe.py --limit 40     # the first 40 of them
    python benchmarks/formatprobe.py r707 r1140     # only these documents (their rNN prefixes)
    python benchmarks/formatprobe.py --keep DIR     # and keep the copies in DIR

Writers check their drafts, mostly .docx (Word, WPS) and Markdown; the corpus is web-page text.  For each
document of tests/corpus whose text reportlint reads a pack's table in (sections 二, 三 and 四), the same
report is written to a temporary folder

- as a .docx built with python-docx: every numbered heading reportlint reads in the text a paragraph of its
  own — in Word's Heading styles in one document, a plain bold paragraph in the next, as Word and WPS users
  write them —, every prose line a paragraph, every table bound to a pack's table a real Word table of the
  grid the text reader made, a merged cell (a header written once over its columns) merged with ``merge``,
  and an empty label cell under a label merged into the label above it (三、本年度办理结果 over its rows,
  (三)不予公开 over its items), as the form merges them; any other table a Word table of its source lines
  (``parts`` says why);
- as Markdown: ``#`` headings, paragraphs, pipe tables (a merged cell's text once, the positions it covers
  empty, as a Markdown writer without merges writes it).

Only reportlint's own reading of the text (its document model) says where headings, paragraphs and tables
are: the probe writes what was read, so that a difference is the other reader's or the writer's.  Each copy
is checked (``reportlint check --format json --today 2026-06-30 --isolated``, in process) and its findings
compared with the text's: code, severity, the table cell (table, row, column), expected and actual numbers
and the cells a finding names (``_key``).  Lines and paragraphs are not compared (each format has its own).
A report whose text lost cells of a row (RL309) is not compared: a Word table has every cell.  The
differences are grouped by finding code and side (only in the text, only in the copy), with samples;
benchmarks/ACCURACY.md ("Format probe") says which side each cause was on.
It is a tool for finding causes, not a test: tests/test_formatprobe.py asserts three documents are identical.
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
from pathlib import Path

FIELD = re.compile(r"\s*\|\s*|\t+")
SHORT_ROW = "RL309"  # a row of the text with fewer values than the table has columns: cells the copy lost
SEPARATOR = re.compile(r"^[\s|:-]+$")  # a Markdown table's rule line
REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"


def _check(path: Path) -> list[dict]:
    """The JSON diagnostics of ``reportlint check`` on one file."""
    from reportlint.cli import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", "--today", "2026-06-30", "--isolated", str(path)])
    return json.loads(out.getvalue())["files"][0]["diagnostics"]


def _key(d: dict) -> tuple:
    """What is compared of a finding.  Not its line or paragraph (each format counts its own), nor the section its
    location names: the .docx reader names the heading above a block as it reads, where a text's finding on its
    first block or on the cell it stops in names none (RL103, RL209) — the same finding, placed alike."""
    loc = d["location"]
    cells = tuple((c["table"], c["row"], c["col"], c["value"]) for c in d.get("cells") or ())
    return (d["code"], d["severity"], loc["table"], loc["row"], loc["col"], d["expected"], d["actual"], cells)


def findings(path: Path, unbound: frozenset[int] = frozenset()) -> Counter:
    """The findings' keys.  On a table no pack table is bound to (``unbound``, by number) only the table is compared:
    the copy writes such a table as its source lines (see ``parts``), not as the text reader's grid."""
    def placed(key: tuple) -> tuple:
        if key[2] not in unbound and all(cell[0] not in unbound for cell in key[7]):
            return key
        cells = tuple((t, None, None, value) if t in unbound else (t, row, col, value) for t, row, col, value in key[7])
        return (*key[:3], *((None, None) if key[2] in unbound else key[3:5]), *key[5:7], cells)
    return Counter(placed(_key(d)) for d in _check(path))


def model(path: Path):
    """The text's document model as the checks read it (sections assigned), and the Python ids of its tables
    bound to a table of the pack (what ``check`` itself binds: the engine's steps up to the checks)."""
    from reportlint import readers
    from reportlint.analysis.identify import identify
    from reportlint.analysis.structure import assign_sections, match_sections, section_headings
    from reportlint.app.engine import RunOptions, resolve_pack
    from reportlint.checks.base import CheckContext

    doc = readers.read(path)
    identity = identify(doc)
    pack, _, _ = resolve_pack(doc, identity, RunOptions())
    if pack is None:
        return doc, set()
    headings = section_headings(doc, pack.section_numbering, pack.sections, pack.tables)
    assign_sections(doc, headings)
    ctx = CheckContext(document=doc, pack=pack, title=identity.title_text, report_year=identity.report_year,
                       sections=headings, today=RunOptions().today, identity=identity)
    for found, k, _ in match_sections(headings, pack.sections):
        ctx.section_of.setdefault(pack.sections[k].id, found)
    bound = [ctx.bound(t.id) for t in pack.tables]
    return doc, {id(b.table) for b in bound if b is not None}


def _is_number(text: str) -> bool:
    return text.strip().replace(".", "", 1).isdigit()


def _label_columns(table) -> int:
    """How many columns on the left hold labels: those before the first column with a number in a data row."""
    first = table.n_cols
    for r in range(table.n_rows):
        row = table.grid()[r]
        for c, cell in enumerate(row):
            if cell is not None and cell.col == c and _is_number(cell.text):
                first = min(first, c)
                break
    return first


def _label_merges(table) -> list[tuple[int, int, int]]:
    """(column, first row, last row) of each label the form merges down: an empty label cell (a cell of its own,
    not covered) continues the label above it, in a label column of the data rows."""
    grid = table.grid()
    merges = []
    for c in range(_label_columns(table)):
        r = 0
        while r < table.n_rows:
            cell = grid[r][c]
            if cell is None or cell.col != c or cell.colspan != 1 or not cell.text.strip():
                r += 1
                continue
            end = r + cell.rowspan
            while end < table.n_rows and (below := grid[end][c]) is not None and below.rowspan == 1 \
                    and below.colspan == 1 and below.col == c and not below.text.strip() \
                    and any(x is not None and _is_number(x.text) for x in grid[end]):
                end += 1
            if end > r + cell.rowspan:
                merges.append((c, r, end - 1))
            r = end
    return merges


def parts(doc, bound: set[int]):
    """What a writer writes, in order: ``("heading", level, text)``, ``("paragraph", text)``, ``("table", table)``
    for a table the pack binds, ``("rows", texts)`` (each row's fields, padded) for any other.

    A paragraph of the text is written one paragraph per source line: the text reader joins the lines of a
    paragraph cut by a page break, and the lines of a web page's opening (its chrome, the title, the agency on
    a line of its own) the same way, but each line of a web page is a paragraph of its own (an HTML ``<p>``),
    as in a draft.  A table the pack binds is written as the grid reportlint read; any other (the page's
    索引号/发布机构 block, a header's fragment where the text stops) as its source lines, each a row of the
    fields between its pipes or tabs: the text reader makes what it can of such a block, a writer has its
    lines."""
    from reportlint.model.document import Heading, Paragraph, Table

    lines = doc.source.split("\n")
    for k, block in enumerate(doc.blocks):
        if isinstance(block, Heading) and block.level > 0:
            yield ("heading", block.level, block.text)
        elif isinstance(block, Heading):  # the text reader's guess at the title: the text marks no line a title
            yield ("paragraph", block.text)
        elif isinstance(block, Paragraph):
            if not block.offsets:
                yield ("paragraph", block.text)
                continue
            by_line: dict[int, list[str]] = {}
            for ch, offset in zip(block.text, block.offsets, strict=True):
                by_line.setdefault(doc.line_col(offset)[0], []).append(ch)
            yield from (("paragraph", "".join(chars).strip()) for chars in by_line.values())
        elif isinstance(block, Table) and id(block) in bound:
            yield ("table", block)
        elif isinstance(block, Table):
            first = min((c.line for c in block.cells if c.line is not None), default=block.location.line)
            later = [b.location.line for b in doc.blocks[k + 1:] if b.location.line]
            end = later[0] - 1 if later else len(lines)
            rows = [[f.strip() for f in FIELD.split(line.strip().strip("|"))] for line in lines[first - 1:end]
                    if line.strip() and not SEPARATOR.match(line.strip())]
            if rows:
                width = max(len(r) for r in rows)
                yield ("rows", [r + [""] * (width - len(r)) for r in rows])


def to_docx(doc, bound: set[int], path: Path, heading_styles: bool) -> None:
    """The document model as a Word file (see the module's docstring)."""
    from docx import Document as make_document

    out = make_document()
    for part in parts(doc, bound):
        if part[0] == "heading":
            if heading_styles:
                out.add_heading(part[2], level=min(part[1], 9))
            else:
                out.add_paragraph().add_run(part[2]).bold = True
        elif part[0] == "paragraph":
            out.add_paragraph(part[1])
        elif part[0] == "rows":
            word = out.add_table(rows=len(part[1]), cols=len(part[1][0]))
            for r, row in enumerate(part[1]):
                for c, text in enumerate(row):
                    word.cell(r, c).text = text
        else:
            _docx_table(out, part[1])
    out.save(str(path))


def _docx_table(out, table) -> None:
    word = out.add_table(rows=table.n_rows, cols=table.n_cols)
    for cell in table.cells:
        last_row, last_col = cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1
        target = word.cell(cell.row, cell.col)
        if (last_row, last_col) != (cell.row, cell.col):
            target = target.merge(word.cell(last_row, last_col))
        target.text = cell.text
    for col, first, last in _label_merges(table):
        text = word.cell(first, col).text
        merged = word.cell(first, col).merge(word.cell(last, col))
        merged.text = text  # merge joins the empty cells' paragraphs to the label's: one paragraph again


def to_markdown(doc, bound: set[int]) -> str:
    out = []
    for part in parts(doc, bound):
        if part[0] == "heading":
            out.append("#" * min(part[1] + 1, 6) + " " + part[2])
        elif part[0] == "paragraph":
            out.append(part[1])
        else:
            if part[0] == "rows":
                texts = part[1]
            else:
                grid = part[1].grid()
                texts = [[c.text if c is not None and (c.row, c.col) == (r, k) else "" for k, c in enumerate(row)]
                         for r, row in enumerate(grid)]
            rows = ["| " + " | ".join(" ".join(t.replace("|", "｜").split()) for t in row) + " |" for row in texts]
            rows.insert(1, "|" + "---|" * len(texts[0]))
            out.append("\n".join(rows))
    return "\n\n".join(out) + "\n"


def documents(prefixes: list[str]) -> list[Path]:
    paths = sorted(CORPUS.glob("r*.txt"), key=lambda p: (int(p.name[1:].split("_")[0]), p.name))
    if prefixes:
        paths = [p for p in paths if p.name.split("_")[0] in prefixes]
    return paths


def probe(paths: list[Path], limit: int | None, folder: Path, show: int = 3) -> dict:
    """Per format: documents identical, differing, and the differences grouped by (code, side)."""
    report: dict = {"read": 0, "lost": [], "formats": {}}
    groups: dict[str, dict[tuple, list[str]]] = {"docx": defaultdict(list), "md": defaultdict(list)}
    counts = {"docx": Counter(), "md": Counter()}
    for path in paths:
        if limit is not None and report["read"] >= limit:
            break
        doc, bound = model(path)
        if not bound:  # no table of the form read: nothing a table reader could read otherwise
            continue
        report["read"] += 1
        n = report["read"]
        unbound = frozenset(t.index for t in doc.tables if id(t) not in bound)
        text = findings(path, unbound)
        if any(key[0] == SHORT_ROW for key in text):
            report["lost"].append(path.name.split("_")[0])
            continue
        copies = {"docx": folder / f"{path.stem}.docx", "md": folder / f"{path.stem}.md"}
        to_docx(doc, bound, copies["docx"], heading_styles=n % 2 == 0)
        copies["md"].write_text(to_markdown(doc, bound), encoding="utf-8")
        for fmt, copy in copies.items():
            other = findings(copy, unbound)
            if other == text:
                counts[fmt]["identical"] += 1
                continue
            counts[fmt]["differing"] += 1
            for key in (text - other):
                groups[fmt][(key[0], "text only")].append(f"{path.name.split('_')[0]} {key[2:5]} {key[5:7]}")
            for key in (other - text):
                groups[fmt][(key[0], f"{fmt} only")].append(f"{path.name.split('_')[0]} {key[2:5]} {key[5:7]}")
    for fmt in groups:
        report["formats"][fmt] = {
            "identical": counts[fmt]["identical"], "differing": counts[fmt]["differing"],
            "causes": {f"{code} {side}": [len(v), *v[:show]] for (code, side), v in sorted(groups[fmt].items())},
        }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rNN prefixes of the documents to probe")
    parser.add_argument("--limit", type=int, help="probe only the first N documents whose tables are read")
    parser.add_argument("--keep", type=Path, help="write the copies here (default: a temporary folder)")
    args = parser.parse_args(argv)
    paths = documents(args.prefixes)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = probe(paths, args.limit, args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report = probe(paths, args.limit, Path(tmp))
    print(f"documents whose tables are read: {report['read']}")
    print(f"not compared, the text lost cells of a row ({SHORT_ROW}): {len(report['lost'])} {' '.join(report['lost'])}")
    for fmt, r in report["formats"].items():
        print(f"{fmt}: identical {r['identical']}, differing {r['differing']}")
        for cause, (n, *samples) in r["causes"].items():
            print(f"  {cause}: {n}  e.g. {'; '.join(samples)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
