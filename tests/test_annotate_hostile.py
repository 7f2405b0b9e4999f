"""reportlint annotate on unusual, broken and hostile .docx packages, and on its own output.

Each input is a generated report written by python-docx whose package is then altered in code
(raw XML).  Each is annotated by the real command in a child process with a deadline and a 1 GiB
address-space limit; each test asserts the exit code, the exact one line on standard error, the
comments written (read back with lxml, not python-docx, which cannot open some of these packages),
and that the input is byte-for-byte what it was.  The rule: annotate writes a comment for every
finding ``check`` reports on the same file, or refuses with one line saying why.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reportgen import make_report, to_docx
from test_hostile_input import MEMORY, SECONDS, check_bounded

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HINT_REEXPORT = "文件可能已损坏，请重新下载，或用 Word 打开（修复）后另存为 .docx"


def annotate_bounded(source: Path, target: Path, *extra: str) -> tuple[int, str]:
    """Exit code and standard error of ``reportlint annotate SOURCE -o TARGET`` in a bounded child."""
    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    before = source.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "reportlint", "annotate", "--today", "2026-01-01", "--isolated", *extra,
         str(source), "-o", str(target)],
        capture_output=True, text=True, timeout=SECONDS, preexec_fn=limit_memory, env={**os.environ},
    )
    assert source.read_bytes() == before  # the report itself is never written
    assert done.stdout == ""
    return done.returncode, done.stderr


def comments(path: Path) -> list[tuple[str, str, str]]:
    """(initials, first line of the text, text of the paragraph it is anchored in) of each comment
    in the annotated package, in the order of the comments part."""
    with zipfile.ZipFile(path) as zf:
        document = etree.fromstring(zf.read("word/document.xml"))
        rels = zf.read("word/_rels/document.xml.rels").decode()
        name = "word/" + rels.split('relationships/comments" Target="')[1].split('"')[0]
        part = etree.fromstring(zf.read(name))
    anchored = {}
    for mark in document.iter(W + "commentRangeStart"):
        anchored[mark.get(W + "id")] = "".join(t.text or "" for t in mark.getparent().iter(W + "t"))
    out = []
    for c in part.iter(W + "comment"):
        text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p"))
        out.append((c.get(W + "initials"), text.split("\n")[0], anchored[c.get(W + "id")]))
    return out


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory) -> Path:
    """A 2023 report with a wrong total (RL401): python-docx's package, numbering part included."""
    report = make_report(2023, 1)
    path = tmp_path_factory.mktemp("annotate") / "report.docx"
    to_docx(report.set_t3("granted", 0, report.t3["granted"][0] + 3), path)
    return path


def altered(base: Path, path: Path, parts: dict[str, bytes | str | None]) -> Path:
    """A copy of the package ``base`` with ``parts`` replaced (None: left out; new names added)."""
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename not in parts:
                zout.writestr(info.filename, zin.read(info))
            elif parts[info.filename] is not None:
                zout.writestr(info.filename, parts[info.filename])
        names = set(zin.namelist())
        for name, data in parts.items():
            if name not in names and data is not None:
                zout.writestr(name, data)
    return path


def _part(base: Path, name: str) -> str:
    with zipfile.ZipFile(base) as zf:
        return zf.read(name).decode()


def _with_comments_rel(base: Path) -> dict[str, str]:
    """The document's relationships and content types naming word/comments.xml."""
    rels = _part(base, "word/_rels/document.xml.rels").replace(
        "</Relationships>", f'<Relationship Id="rId99" Type="{REL}comments" Target="comments.xml"/></Relationships>')
    types = _part(base, "[Content_Types].xml").replace(
        "</Types>", f'<Override PartName="/word/comments.xml" ContentType="{CT_COMMENTS}"/></Types>')
    return {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types}


def _main_type(base: Path, content_type: str) -> dict[str, str]:
    return {"[Content_Types].xml": _part(base, "[Content_Types].xml").replace(CT_MAIN, content_type)}


# What each kind of package is made of, from the generated report.  Python-docx (which annotate
# used) refused each with an internal error; the reader reads each.
READABLE = {
    "docm": lambda b: _main_type(b, "application/vnd.ms-word.document.macroEnabled.main+xml"),
    "dotx": lambda b: _main_type(b, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    "missing comments part": _with_comments_rel,
    "broken package relationships": lambda b: {"_rels/.rels": "<Relationships"},
    "broken numbering": lambda b: {"word/numbering.xml": "<w:numbering"},
}


@pytest.mark.parametrize("kind", list(READABLE))
def test_annotates_what_check_reads(tmp_path, report_docx, kind):
    source = altered(report_docx, tmp_path / "report.docx", READABLE[kind](report_docx))
    code, found = check_bounded(source)
    assert code == 1 and [d["code"] for d in found] == ["RL401", "RL401"]
    target = tmp_path / "report.checked.docx"
    assert annotate_bounded(source, target) == (0, f"reportlint: 已把 2 个问题作为批注写入 {target}\n")
    # On the cells of the two wrong totals: 表2 第6行第10列 (8) and 第27行第4列 (50).
    assert comments(target) == [("RL", f"RL401 {d['message']}", cell) for d, cell in zip(found, ["8", "50"], strict=True)]
    assert check_bounded(target) == (code, found)  # the copy reads as the report does


# Check refuses the first (styles are read to tell headings); each of the others must be rewritten
# to hold the comments, and cannot be parsed.
REFUSED = {
    "broken styles": (
        lambda b: {"word/styles.xml": "<w:styles " + NS + "><w:style>"},
        "word/styles.xml 不是合法的 XML（第 1 行）：Premature end of data in tag style line 1, line 1, column 91"),
    "broken comments part": (
        lambda b: {**_with_comments_rel(b), "word/comments.xml": "<w:comments " + NS + "><w:comment>"},
        "word/comments.xml 不是合法的 XML（第 1 行）：Premature end of data in tag comment line 1, line 1, column 95"),
    "broken content types": (
        lambda b: {"[Content_Types].xml": "<Types"},
        "[Content_Types].xml 不是合法的 XML（第 1 行）：Couldn't find end of Start Tag Types line 1, line 1, column 7"),
    "broken document relationships": (
        lambda b: {"word/_rels/document.xml.rels": "<Relationships>"},
        "word/_rels/document.xml.rels 不是合法的 XML（第 1 行）：Premature end of data in tag Relationships line 1, line 1, column 16"),
}


@pytest.mark.parametrize("kind", list(REFUSED))
def test_refuses_in_one_line_what_it_cannot_rewrite(tmp_path, report_docx, kind):
    make, reason = REFUSED[kind]
    source = altered(report_docx, tmp_path / "report.docx", make(report_docx))
    assert check_bounded(source)[0] == 1  # check reads it, or refuses it for the same reason
    target = tmp_path / "report.checked.docx"
    assert annotate_bounded(source, target) == (2, f"reportlint: 无法批注 {source}：{reason}；{HINT_REEXPORT}\n")
    assert not target.exists()


# ---- item 8: annotate reads the package within the reader's limits --------------------------

def _with_media(base: Path, path: Path, size: int) -> Path:
    """``base`` plus word/media/image1.png of ``size`` zero bytes (deflated to about size/1000)."""
    altered(base, path, {})
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("word/media/image1.png", "w", force_zip64=True) as fh:
        for _ in range(size >> 20):
            fh.write(chunk)
    return path


@pytest.mark.parametrize(("mib", "reason"), [
    pytest.param(1024, "文档包中的各部件解压后共 1024 MiB，超过 256 MiB 上限，已拒绝处理", id="1GiB",
                 marks=pytest.mark.slow),  # 11 s to build the package
    pytest.param(40, "word/media/image1.png 解压后超过 32 MiB 上限，疑似压缩炸弹或异常文件，已拒绝读取", id="40MiB"),
])
def test_a_media_part_is_not_inflated_beyond_the_limits(tmp_path, report_docx, mib, reason):
    """python-docx inflated every part: a 1 MB .docx with a 1 GiB image took 2 GB to annotate."""
    source = _with_media(report_docx, tmp_path / "report.docx", mib << 20)
    assert source.stat().st_size < 2 << 20
    assert check_bounded(source)[0] == 1  # check never reads the image
    target = tmp_path / "report.checked.docx"
    assert annotate_bounded(source, target) == (
        2, f"reportlint: 无法批注 {source}：{reason}；如确为超大文档，请拆分后再检查\n")
    assert not target.exists()


# ---- fresh-clone item 12: annotating an annotated copy replaces reportlint's comments ---------

def test_annotating_a_copy_again_replaces_its_comments(tmp_path, report_docx):
    """Run on its own output (or on a copy a clerk saved in Word), annotate once stacked a second
    set of the same comments.  The comments people wrote are kept, among them one that happens to
    have the initials RL but is no finding."""
    import docx

    document = docx.Document(str(report_docx))
    first, second = [p for p in document.paragraphs if p.runs][:2]
    document.add_comment(first.runs, text="请核对标题", author="张三", initials="ZS")
    document.add_comment(second.runs, text="RL 看过了", author="李睿", initials="RL")
    source = tmp_path / "report.docx"
    document.save(str(source))
    people = [("ZS", "请核对标题", first.text), ("RL", "RL 看过了", second.text)]

    once, twice = tmp_path / "once.docx", tmp_path / "twice.docx"
    assert annotate_bounded(source, once) == (0, f"reportlint: 已把 2 个问题作为批注写入 {once}\n")
    assert annotate_bounded(once, twice) == (0, f"reportlint: 已把 2 个问题作为批注写入 {twice}\n")
    assert comments(once) == comments(twice)
    assert comments(twice)[:2] == people
    assert [c[1][:6] for c in comments(twice)[2:]] == ["RL401 ", "RL401 "]
    with zipfile.ZipFile(twice) as zf:
        document_xml = zf.read("word/document.xml").decode()
    assert [document_xml.count(f"<w:{mark} ") for mark in ("commentRangeStart", "commentRangeEnd", "commentReference")] == [4, 4, 4]
    assert annotate_bounded(twice, once)[0] == 0 and check_bounded(once) == check_bounded(source)
