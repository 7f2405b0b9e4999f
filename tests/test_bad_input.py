"""Issue 7: no input crashes reportlint, nothing is lost, nothing is modified.

Every bad document is checked in a folder next to a good report, through the real command line
(``reportlint check --format json DIR``): the bad file gets exactly one ``input`` diagnostic
(RL101, error) whose one-line message says what is wrong and what to do, and the good report is
still checked exactly as when it is checked alone.  Bounds are asserted on what the reader did
(refused before reading, peak memory), never on the clock.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tracemalloc
from pathlib import Path

import pytest

from conftest import run_cli
from docx_fixtures import build_docx, document_xml, p, r, raw_docx, tbl, tc, tr
from reportgen import make_report, to_docx, to_markdown, to_text
from reportlint import readers
from reportlint.model.diagnostics import InputError
from reportlint.model.document import Table
from reportlint.readers import decoding
from reportlint.readers.docx import limits, package

TODAY = "2024-06-01"
HINT_RESAVE = "请用 Word 或 WPS 打开后“另存为” .docx 再检查"
HINT_REEXPORT = "文件可能已损坏，请重新下载，或用 Word 打开（修复）后另存为 .docx"


def _good(folder: Path) -> Path:
    path = folder / "good.md"
    path.write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    return path


def _check(*paths: Path | str, extra: tuple[str, ...] = ()) -> tuple[int, dict]:
    result = run_cli("check", "--format", "json", "--today", TODAY, *extra, *map(str, paths))
    assert "Traceback" not in result.err
    return result.code, (result.json if result.out else {})


@pytest.fixture(scope="module")
def good_alone(tmp_path_factory) -> list[dict]:
    """The good report's diagnostics when it is checked on its own."""
    folder = tmp_path_factory.mktemp("alone")
    _good(folder)
    code, out = _check(folder / "good.md")
    assert code in (0, 1)
    return out["files"][0]["diagnostics"]


def _bad_in_folder(tmp_path: Path, name: str, content: bytes | None, good_alone: list[dict]) -> dict:
    """Check a folder holding a good report and one bad file; return the bad file's diagnostic."""
    folder = tmp_path / "reports"
    folder.mkdir(exist_ok=True)
    _good(folder)
    bad = folder / name
    if content is not None:
        bad.write_bytes(content)
    code, out = _check(folder)
    assert code == 1
    by_path = {Path(f["path"]).name: f for f in out["files"]}
    assert set(by_path) == {"good.md", name}
    assert by_path["good.md"]["diagnostics"] == good_alone  # the other file is still fully checked
    assert by_path["good.md"]["pack"] == "cn-gov-disclosure-2021"
    diagnostics = by_path[name]["diagnostics"]
    assert len(diagnostics) == 1, diagnostics
    d = diagnostics[0]
    assert (d["code"], d["check"], d["severity"]) == ("RL101", "input", "error")
    assert "\n" not in d["message"] and "；" in d["message"]  # one line: the reason; what to do
    assert out["summary"]["errors"] >= 1
    return d


def _message(tmp_path, name, content, good_alone) -> str:
    return _bad_in_folder(tmp_path, name, content, good_alone)["message"]


# ---- empty and random files ----------------------------------------------------------------

def test_empty_markdown(tmp_path, good_alone):
    assert _message(tmp_path, "empty.md", b"", good_alone) == "无法读取：文件是空的；请确认保存的是报告全文"


def test_empty_docx(tmp_path, good_alone):
    assert _message(tmp_path, "empty.docx", b"", good_alone) == (
        "无法读取：文件是空的（0 字节）；请确认文件已完整保存或下载后再检查")


def test_text_line_of_bold_marks_alone_is_read_as_nothing(tmp_path):
    """A line holding only ``**`` after a paragraph line once raised IndexError (an internal error)."""
    path = tmp_path / "marks.txt"
    path.write_text("12.5      第二十条第（一）项|\n**", encoding="utf-8")
    doc = readers.read(path)
    assert [(type(b).__name__, b.text) for b in doc.blocks] == [("Paragraph", "12.5      第二十条第（一）项|")]
    code, out = _check(path)
    assert code == 0 and "内部错误" not in run_cli("check", "--today", TODAY, str(path)).err
    assert [d["code"] for d in out["files"][0]["diagnostics"]] == ["RL102"]  # no title: no pack, not a crash


@pytest.mark.parametrize("name", ["random.md", "random.txt"])
def test_random_bytes_as_text(tmp_path, good_alone, name):
    data = random.Random(7).randbytes(4096)
    assert _message(tmp_path, name, data, good_alone) == (
        "无法读取：这不是文本文件（含有二进制内容）；请提供 .docx、.md、.txt 或 .pdf 格式的报告")


def test_random_bytes_as_docx(tmp_path, good_alone):
    data = random.Random(7).randbytes(4096)
    assert _message(tmp_path, "random.docx", data, good_alone) == (
        f"无法读取：不是 .docx 文件：内容不是 ZIP 压缩包（.docx 实为 ZIP 包）；{HINT_RESAVE}")


# ---- broken and hostile packages -------------------------------------------------------------

def test_truncated_zip(tmp_path, good_alone):
    whole = tmp_path / "whole.docx"
    to_docx(make_report(2023, 1), whole)
    data = whole.read_bytes()
    assert _message(tmp_path, "truncated.docx", data[: len(data) // 2], good_alone) == (
        f"无法读取：文件已损坏或不完整：ZIP 结构无法读取（File is not a zip file）；{HINT_REEXPORT}")


def test_zip_bomb_is_refused_before_inflating(tmp_path, good_alone):
    limit = limits.MAX_DOCUMENT_XML
    bomb = raw_docx(tmp_path / "bomb.docx", document_xml(p(r("x"))).encode() + b" " * (limit + 1))
    assert bomb.stat().st_size < 1024 * 1024  # ~65 KiB that inflate past 64 MiB
    tracemalloc.start()
    with pytest.raises(InputError):
        readers.read(bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # refused from the declared size: nothing inflated
    assert _message(tmp_path, "bomb.docx", bomb.read_bytes(), good_alone) == (
        "无法读取：word/document.xml 解压后超过 64 MiB 上限，疑似压缩炸弹或异常文件，已拒绝读取；"
        "如确为超大文档，请拆分后再检查")


def test_zip_bomb_in_another_part_is_refused(tmp_path, good_alone):
    body = document_xml(p(r("x")))
    data = raw_docx(tmp_path / "b.docx", body, {
        "word/_rels/document.xml.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/styles" Target="styles.xml"/></Relationships>'),
        "word/styles.xml": b" " * (limits.MAX_PART + 1),
    }).read_bytes()
    assert _message(tmp_path, "stylesbomb.docx", data, good_alone) == (
        "无法读取：word/styles.xml 解压后超过 32 MiB 上限，疑似压缩炸弹或异常文件，已拒绝读取；"
        "如确为超大文档，请拆分后再检查")


def test_external_entity_is_never_resolved(tmp_path, good_alone):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
           + document_xml(p(r("&x;"))).split("?>", 1)[1])
    data = raw_docx(tmp_path / "x.docx", xml).read_bytes()
    message = _message(tmp_path, "xxe.docx", data, good_alone)
    assert message == ("无法读取：word/document.xml 含有 DOCTYPE/实体声明（Word 从不写入），已拒绝读取；"
                       f"文件可能被篡改或由不兼容的工具生成；{HINT_RESAVE}")
    assert "机密" not in message


def test_billion_laughs(tmp_path, good_alone):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
           + document_xml(p(r("&lol9;"))).split("?>", 1)[1])
    data = raw_docx(tmp_path / "lol.docx", xml).read_bytes()
    assert _message(tmp_path, "lol.docx", data, good_alone) == (
        "无法读取：word/document.xml 含有 DOCTYPE/实体声明（Word 从不写入），已拒绝读取；"
        f"文件可能被篡改或由不兼容的工具生成；{HINT_RESAVE}")


def _ole(*streams: str) -> bytes:
    """An OLE compound file as far as the sniffing goes: the magic, then directory names."""
    body = b"".join(name.encode("utf-16-le") + b"\x00" * 64 for name in streams)
    return package.OLE_MAGIC + b"\x00" * 504 + body + b"\x00" * 2048


def test_password_protected_docx(tmp_path, good_alone):
    data = _ole("EncryptionInfo", "EncryptedPackage", "DataSpaces")
    assert _message(tmp_path, "locked.docx", data, good_alone) == (
        "无法读取：这是设置了密码保护（加密）的 Word 文档，reportlint 无法读取其内容；请取消密码保护后另存为 .docx")


def test_doc_renamed_docx(tmp_path, good_alone):
    data = _ole("WordDocument", "1Table", "SummaryInformation")
    assert _message(tmp_path, "old.docx", data, good_alone) == (
        "无法读取：这是旧版 Word (.doc) 或加密的文档（OLE 复合文件），不是 .docx；"
        "请在 Word 或 WPS 中“另存为” .docx 后再检查；如设置了密码，请先取消密码保护")


def test_deeply_nested_tables_200_levels(tmp_path, good_alone):
    inner = p(r("底"))
    for _ in range(200):
        inner = tbl(tr(tc(inner)), cols=1)
    data = raw_docx(tmp_path / "n.docx", document_xml(p(r("标题")) + inner + p(r("")))).read_bytes()
    assert _message(tmp_path, "nested.docx", data, good_alone) == (
        "无法读取：word/document.xml 的 XML 嵌套超过 256 层（例如表格套表格过深），已拒绝读取；"
        "请减少表格嵌套层数后另存为 .docx")


def test_nested_tables_as_deep_as_xml_allows_are_read(tmp_path):
    inner = p(r("底"))
    for _ in range(80):
        inner = tbl(tr(tc(inner)), cols=1)
    path = raw_docx(tmp_path / "n80.docx", document_xml(p(r("标题")) + inner + p(r(""))))
    doc = readers.read(path)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 80
    assert [t.nested_in for t in tables] == [None, *range(1, 80)]
    assert tables[-1].cells[0].text == "底"
    code, out = _check(path)
    assert code == 0
    assert [d["code"] for d in out["files"][0]["diagnostics"]] == ["RL102"]  # no title: no pack


def test_corrupt_grid_span_is_refused_not_allocated(tmp_path, good_alone):
    build_docx(tmp_path / "s.docx", tbl(tr(tc(p(r("a")), span=10**9), tc(p(r("b")))), cols=2))
    assert _message(tmp_path, "span.docx", (tmp_path / "s.docx").read_bytes(), good_alone) == (
        "无法读取：表 1 声称有 1000000000 列，超过 1000 列的上限，文件可能已损坏；请用 Word 打开（修复）后另存为 .docx")


# ---- encodings ------------------------------------------------------------------------------

@pytest.mark.parametrize(("encoding", "name"), [
    ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16-le-bom"), ("utf-8-sig", "utf-8-bom")])
def test_chinese_encodings_are_read_like_utf8(tmp_path, good_alone, encoding, name):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = to_markdown(make_report(2023, 1))
    (folder / "good.md").write_bytes(text.encode(encoding))
    assert readers.read(folder / "good.md").metadata["encoding"] == name
    _, out = _check(folder / "good.md")
    assert out["files"][0]["diagnostics"] == good_alone


def test_invalid_utf8(tmp_path, good_alone):
    text = to_markdown(make_report(2023, 1)).encode("utf-8")
    at = text.index(b"\n") + 1
    data = text[:at] + b"\xff\xfe\xfa" + text[at:]
    assert _message(tmp_path, "broken.md", data, good_alone) == (
        f"无法读取：无法识别文件编码：第 {at} 字节处既不是 UTF-8 也不是 GBK/GB18030；请用记事本“另存为”并选择 UTF-8 编码")


# ---- size ---------------------------------------------------------------------------------------

def test_50_mb_text_file_is_refused_without_being_read(tmp_path, good_alone):
    unit = to_text(make_report(2023, 1)).encode("utf-8")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        while fh.tell() < 50_000_000:
            fh.write(unit)
    size = big.stat().st_size
    tracemalloc.start()
    with pytest.raises(InputError) as caught:
        readers.read(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1024 * 1024  # refused from its size, never read into memory
    assert caught.value.reason == f"文件过大（{size / 2**20:.0f} MiB，上限 2 MiB），未读取"
    assert decoding.MAX_TEXT_BYTES == 2 * 1024 * 1024
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.move(big, folder / "big.txt")
    assert _message(tmp_path, "big.txt", None, good_alone) == (
        "无法读取：文件过大（48 MiB，上限 2 MiB），未读取；请只提供报告本身（一份年度报告通常不到 200 KiB）")


def _with_long_table(text: str, md: bool) -> str:
    if md:
        rows = "\n".join(f"| 事项{i} | {i} | {2 * i} |" for i in range(10_000))
        return text + "\n附表\n\n| 事项 | 甲 | 乙 |\n|---|---|---|\n" + rows + "\n"
    rows = "\n".join(f"事项{i}\t{i}\t{2 * i}" for i in range(10_000))
    return text + "\n附表\n事项\t甲\t乙\n" + rows + "\n"


@pytest.mark.parametrize(("name", "md"), [("long.md", True), ("long.txt", False)])
def test_table_with_10000_rows_is_checked(tmp_path, name, md):
    report = make_report(2023, 1)
    path = tmp_path / name
    path.write_text(_with_long_table(to_markdown(report) if md else to_text(report), md), encoding="utf-8")
    doc = readers.read(path)
    last = [b for b in doc.blocks if isinstance(b, Table)][-1]
    assert (last.n_rows, last.n_cols) == (10_001, 3)
    assert last.at(10_000, 2).text == "19998"
    code, out = _check(path)
    assert code in (0, 1)
    assert out["files"][0]["pack"] == "cn-gov-disclosure-2021"
    assert [d for d in out["files"][0]["diagnostics"] if d["check"] == "input"] == []


# ---- files that are not there or not files -------------------------------------------------

def test_broken_symlink_listed_then_gone(tmp_path, good_alone):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "gone.md").symlink_to(tmp_path / "deleted-after-listing.md")
    assert _message(tmp_path, "gone.md", None, good_alone) == (
        "无法读取：文件是一个失效的符号链接（指向的文件不存在）；请修正或删除这个链接")


def test_file_deleted_before_reading(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("# 报告\n", encoding="utf-8")
    path.unlink()  # listed by the caller, deleted before the read
    with pytest.raises(InputError) as caught:
        readers.read(path)
    assert (caught.value.reason, caught.value.hint) == (
        "文件不存在（可能在列出目录后被删除或移走）", "请检查文件是否仍在原处、是否可读，然后重新检查")


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.md", "pipe.docx"])
def test_named_pipe_never_blocks(tmp_path, good_alone, name):
    folder = tmp_path / "reports"
    folder.mkdir()
    os.mkfifo(folder / name)  # nobody writes to it: a plain open() would wait forever
    assert _message(tmp_path, name, None, good_alone) == (
        "无法读取：这是命名管道 (FIFO)，不是普通文件，未读取；请只把报告文件放在要检查的目录中")


def test_directory_named_like_a_report(tmp_path):
    folder = tmp_path / "x.md"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        readers.read(folder)
    assert caught.value.reason == "这是一个目录，不是文件"


def test_unreadable_file(tmp_path, good_alone):
    if os.geteuid() == 0:  # root reads anything: emulate with a path that cannot be opened
        folder = tmp_path / "reports"
        folder.mkdir()
        (folder / "loop.md").symlink_to(folder / "loop.md")
        assert _message(tmp_path, "loop.md", None, good_alone) == "无法读取：文件是循环的符号链接；请修正这个链接"
        return
    folder = tmp_path / "reports"
    folder.mkdir()
    locked = folder / "locked.md"
    locked.write_text("报告", encoding="utf-8")
    locked.chmod(0)
    assert _message(tmp_path, "locked.md", None, good_alone) == (
        "无法读取：没有读取权限，无法打开文件；请检查文件权限（例如 chmod u+r）")


# ---- nothing is modified, output is atomic and deterministic --------------------------------

def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def _mixed_folder(folder: Path, order: list[int]) -> None:
    folder.mkdir()
    makers = [
        lambda: (folder / "a.md").write_text(to_markdown(make_report(2023, 1)), encoding="utf-8"),
        lambda: (folder / "b.txt").write_text(to_text(make_report(2022, 2)), encoding="utf-8"),
        lambda: to_docx(make_report(2021, 3), folder / "c.docx"),
        lambda: (folder / "d.md").write_bytes(b""),
        lambda: (folder / "e.docx").write_bytes(b"PK\x03\x04broken"),
        lambda: (folder / "f.md").write_text(to_markdown(make_report(2020, 4)), encoding="gbk"),
    ]
    for i in order:
        makers[i]()


def test_check_never_writes_to_inputs(tmp_path):
    folder = tmp_path / "reports"
    _mixed_folder(folder, list(range(6)))
    before = _snapshot(folder)
    code, _ = _check(folder)
    assert code == 1
    assert _snapshot(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)  # no stray temporary files


def test_output_file_over_an_input_is_refused(tmp_path):
    folder = tmp_path / "reports"
    _mixed_folder(folder, list(range(6)))
    before = _snapshot(folder)
    target = folder / "a.md"
    result = run_cli("check", "--format", "json", "--today", TODAY, "-o", str(target), str(folder))
    assert result.code == 2
    assert result.err == f"reportlint: 不能把输出写到被检查的文件上：{target}\n"
    assert _snapshot(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)


def test_output_file_is_written_whole(tmp_path):
    folder = tmp_path / "reports"
    _mixed_folder(folder, list(range(6)))
    target = tmp_path / "out" / "result.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--today", TODAY, "-o", str(target), str(folder))
    assert result.code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 6
    assert [p.name for p in target.parent.iterdir()] == ["result.json"]  # the temporary file is gone


@pytest.mark.slow
def test_json_is_byte_identical_whatever_the_listing_order_and_jobs(tmp_path):
    outputs = []
    for k, order in enumerate(([0, 1, 2, 3, 4, 5], [5, 3, 1, 4, 2, 0], [2, 5, 0, 4, 1, 3])):
        folder = tmp_path / "reports"
        if folder.exists():
            shutil.rmtree(folder)
        _mixed_folder(folder, order)
        for jobs in ("1", "3"):
            result = run_cli("check", "--format", "json", "--today", TODAY, "--jobs", jobs, str(folder))
            assert result.code == 1, result.err
            outputs.append((k, jobs, result.out))
    assert len({out for *_, out in outputs}) == 1
    files = [Path(f["path"]).name for f in json.loads(outputs[0][2])["files"]]
    assert files == ["a.md", "b.txt", "c.docx", "d.md", "e.docx", "f.md"]


def test_docx_whose_zip_directory_names_an_unknown_zip_version(tmp_path):
    """A damaged central directory entry that claims ZIP version 6.4 (found by test_properties):
    zipfile raises NotImplementedError while listing; it is RL101, not an internal error."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    raw = bytearray(buffer.getvalue())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 6] = 64  # "version needed to extract": 6.4
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(raw))
    result = run_cli("check", "--format", "json", str(path))
    assert result.code == 1, result.err
    (finding,) = result.json["files"][0]["diagnostics"]
    assert finding["code"] == "RL101"
    assert "ZIP 结构无法读取（zip file version 6.4）" in finding["message"]
    assert path.read_bytes() == bytes(raw)
