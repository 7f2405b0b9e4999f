"""PDF extraction back-ends compared on every PDF of the repository: speed, accuracy, import cost.

    python benchmarks/pdf_backends.py            # needs pypdfium2; pdfplumber and pdftext if installed

The back-ends (only the first is what reportlint ships; the others are measured for the record, in a
separate environment: ``pip install pdfplumber pdftext``):

- ``pypdfium2``: reportlint's own ``readers/pdf/extract.py`` (PDFium's text page and path objects);
- ``pdfplumber``: pdfplumber/pdfminer.six, as reportlint used it up to 0.1 (``page.chars`` and the
  visible strokes' edges, reproduced here; its ``find_tables()`` is now ``ruling.py``, at layout);
- ``pdftext``: datalab's pdftext (``dictionary_output(keep_chars=True)``, PDFium underneath).  It gives
  characters only, no ruling lines, so its characters are paired with PDFium's rules.

Each back-end's pages go through reportlint's own layout (``readers/pdf/layout.py``); accuracy is the
share of blocks (headings, paragraphs, table cells with their text, spans and locations, findings)
that equal the shipped reader's, whose output the tests and the golden dump pin down.  Times are CPU
seconds of extraction alone (best of a few runs), per page; import cost is the wall time of
``python -c "import <lib>"`` (median of 5).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLES = REPO / "tests" / "data" / "samples"

LICENCES = {
    "pypdfium2": "BSD-3-Clause / Apache-2.0 (PDFium: BSD-3-Clause)",
    "pdfplumber": "MIT (pdfminer.six: MIT)",
    "pdftext": "Apache-2.0 (pins pypdfium2; needs numpy, pydantic)",
}
CROSSINGS = 20_000
IMPORTS = {"pypdfium2": "import pypdfium2, pypdfium2.raw", "pdfplumber": "import pdfplumber",
           "pdftext": "import pdftext.extraction"}


# ---------------------------------------------------------------------------------------------
# Back-ends: each returns the PageData list of a file


def pages_pypdfium2(path: Path) -> list[Any]:
    import pypdfium2

    from reportlint.readers import pdf
    from reportlint.readers.pdf.extract import pages
    from reportlint.readers.pdf.records import Limits

    limits = Limits(pdf.MAX_PAGES, pdf.MAX_PAGE_CHARS, pdf.MAX_FILE_CHARS, pdf.MAX_PAGE_DRAWINGS,
                    pdf.MAX_FILE_DRAWINGS, pdf.MAX_PAGE_OBJECTS, pdf.MAX_CROSSINGS)
    return list(pages(pypdfium2, path, limits))


def pages_pdfplumber(path: Path) -> list[Any]:
    import pdfplumber

    from reportlint.readers.pdf.records import Char, PageData

    def white(color: Any) -> bool:
        if color is None:
            return False
        values = [float(v) for v in (color if isinstance(color, list | tuple) else (color,))]
        if len(values) in (1, 3):
            return all(v >= 0.95 for v in values)
        return len(values) == 4 and all(v <= 0.05 for v in values)

    def visible(obj: dict[str, Any]) -> bool:
        kind = obj.get("object_type")
        if kind == "rect":
            thin = min(obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]) <= 2
            return bool(obj.get("stroke") and not white(obj.get("stroking_color"))) or bool(
                obj.get("fill") and thin and not white(obj.get("non_stroking_color")))
        if kind in ("line", "curve"):
            return not white(obj.get("stroking_color"))
        return True

    out = []
    with pdfplumber.open(path) as doc:
        for number, page in enumerate(doc.pages, start=1):
            chars = [Char(c["text"], float(c["x0"]), float(c["x1"]), float(c["top"]), float(c["bottom"]),
                          float(c.get("size") or (c["bottom"] - c["top"]))) for c in page.chars if c.get("text")]
            shown = page.filter(visible)  # pdfplumber's visible edges; the tables are found at layout
            vertical = [[e["x0"], e["top"], e["x1"], e["bottom"]] for e in shown.edges if e["orientation"] == "v"]
            horizontal = [[e["x0"], e["top"], e["x1"], e["bottom"]] for e in shown.edges if e["orientation"] == "h"]
            out.append(PageData(number, float(page.width), float(page.height), chars, vertical, horizontal,
                                len(page.images)))
    return out


def pages_pdftext(path: Path) -> list[Any]:
    from pdftext.extraction import dictionary_output

    from reportlint.readers.pdf.records import Char, PageData

    rules = pages_pypdfium2(path)  # pdftext reads no ruling lines: PDFium's tables, pdftext's characters
    out = []
    for page, ours in zip(dictionary_output(str(path), keep_chars=True, workers=1), rules, strict=True):
        chars = []
        for block in page["blocks"]:
            for line in block["lines"]:
                for span in line["spans"]:
                    for ch in span.get("chars", []):
                        x0, top, x1, bottom = ch["bbox"]
                        chars.append(Char(ch["char"], x0, x1, top, bottom, bottom - top))
        out.append(PageData(ours.number, ours.width, ours.height, chars, ours.vertical, ours.horizontal, ours.n_images))
    return out


BACKENDS = {"pypdfium2": pages_pypdfium2, "pdfplumber": pages_pdfplumber, "pdftext": pages_pdftext}


# ---------------------------------------------------------------------------------------------


def dump(doc: Any) -> list[str]:
    """One line per heading, paragraph, table cell and finding, with its location."""
    from reportlint.model.document import Table

    lines = [f"title {doc.title!r}"]
    for block in doc.blocks:
        if isinstance(block, Table):
            lines += [f"cell {c.row},{c.col} {c.rowspan}x{c.colspan} {c.text!r} {c.location}" for c in block.cells]
        else:
            lines.append(f"{type(block).__name__} {block.text!r} {block.location}")
    lines += [f"finding {d.code} {d.message} {d.location}" for d in doc.findings]
    return lines


def cpu(fn: Any, *args: Any, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - start)
    return best


def import_floor(lib: str) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", IMPORTS[lib]], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    from reportlint.readers.pdf.layout import build

    files = sorted(SAMPLES.rglob("*.pdf"))
    available = {}
    for name, fn in BACKENDS.items():
        try:
            __import__(IMPORTS[name].split()[1].rstrip(","))
        except ImportError:
            print(f"{name}: not installed, skipped")
            continue
        available[name] = fn
    reference = {f: dump(build(f, pages_pypdfium2(f), CROSSINGS)) for f in files}
    print(f"{'back-end':<11} {'file':<38} {'pages':>5} {'ms/page':>8} {'same':>10}")
    totals: dict[str, list[float]] = {}
    for name, fn in available.items():
        fn(files[0])  # warm up (imports)
        same = total = pages = 0
        seconds = 0.0
        for f in files:
            got = fn(f)
            t = cpu(fn, f)
            lines = dump(build(f, got, CROSSINGS))
            ref = reference[f]
            equal = sum(1 for a, b in zip(lines, ref, strict=False) if a == b) if len(lines) == len(ref) else 0
            same, total, pages, seconds = same + equal, total + len(ref), pages + len(got), seconds + t
            print(f"{name:<11} {f.name:<38} {len(got):>5} {t / len(got) * 1000:8.1f} {equal:>4}/{len(ref):<5}")
        totals[name] = [seconds / pages * 1000, same, total]
    print()
    print(f"{'back-end':<11} {'ms/page':>8} {'same blocks':>13} {'import':>8}  licence")
    for name, (ms, same, total) in totals.items():
        print(f"{name:<11} {ms:8.1f} {same:>6}/{total:<6} {import_floor(name) * 1000:6.0f}ms  {LICENCES[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
