"""Issue 7, property-based: whatever the bytes, a reader returns a Document or raises InputError,
and ``check_path`` never raises.  Bounded (max_examples, no deadline) so CI stays fast."""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportgen import make_report, to_docx, to_markdown, to_text
from reportlint import readers
from reportlint.app.engine import RunOptions, check_path
from reportlint.model.diagnostics import FileResult, InputError
from reportlint.model.document import Document
from reportlint.readers import decoding
from reportlint.readers import markdown as md_reader
from reportlint.readers import text as text_reader
from reportlint.text import mapped, normalize

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPTIONS = RunOptions(today=date(2024, 6, 1))
CELL = st.text(alphabet=st.sampled_from(list("0123456789-—|\\*_ 　一二三四（）、。共计其中件年度报告\t")), max_size=8)
LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def _read_bytes(data: bytes, suffix: str) -> Document | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"f{suffix}"
        path.write_bytes(data)
        try:
            doc = readers.read(path)
        except InputError as error:
            assert error.reason and "\n" not in error.reason
            return None
        assert isinstance(doc, Document)
        result = check_path(str(path), OPTIONS)  # the full pipeline never raises
        assert isinstance(result, FileResult)
        return doc


@BOUNDED
@given(st.lists(LINE, max_size=30))
def test_text_and_markdown_parsers_take_any_text(lines):
    source = "\n".join(lines)
    assert isinstance(text_reader.parse(source), Document)
    assert isinstance(md_reader.parse(source), Document)


@BOUNDED
@given(st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=25), st.booleans())
def test_random_tables(rows, markdown):
    width = max(len(r) for r in rows)
    if markdown:
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * width)
        source = "2023年政府信息公开工作年度报告\n\n" + "\n".join(lines) + "\n"
        doc = md_reader.parse(source)
    else:
        source = "2023年政府信息公开工作年度报告\n" + "\n".join("\t".join(r) for r in rows) + "\n"
        doc = text_reader.parse(source)
    assert isinstance(doc, Document)
    for suffix in (".md", ".txt"):
        _read_bytes(source.encode("utf-8"), suffix)


@BOUNDED
@given(st.binary(max_size=2048), st.sampled_from([".md", ".txt", ".docx"]))
def test_random_bytes(data, suffix):
    _read_bytes(data, suffix)


@BOUNDED
@given(st.binary(max_size=512))
def test_decode_any_bytes(data):
    try:
        text, encoding = decoding.decode(data)
    except InputError:
        return
    assert isinstance(text, str) and encoding


_REPORT = make_report(2023, 5)
_TEXT = to_text(_REPORT).encode("utf-8")
_MARKDOWN = to_markdown(_REPORT).encode("utf-8")


@BOUNDED
@given(st.sampled_from(["md", "txt"]), st.data())
def test_mutated_reports_are_checked(kind, data):
    base = bytearray(_MARKDOWN if kind == "md" else _TEXT)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(base) - 1))
        base[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(base)))
    _read_bytes(bytes(base[:cut]), f".{kind}")


def _docx_parts() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.docx"
        to_docx(_REPORT, path)
        with zipfile.ZipFile(path) as zf:
            return {name: zf.read(name) for name in zf.namelist()}


_PARTS = _docx_parts()


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return buffer.getvalue()


@BOUNDED
@given(st.data())
def test_docx_mutated_at_the_xml_level(data):
    parts = dict(_PARTS)
    xml = bytearray(parts["word/document.xml"])
    for _ in range(data.draw(st.integers(0, 6))):
        at = data.draw(st.integers(0, len(xml) - 1))
        xml[at] = data.draw(st.sampled_from(list(b"<>/\"'&=x0 \x00\xff")))
    if data.draw(st.booleans()):
        xml = xml[: data.draw(st.integers(0, len(xml)))]
    parts["word/document.xml"] = bytes(xml)
    for name in data.draw(st.lists(st.sampled_from(sorted(parts)), max_size=3, unique=True)):
        del parts[name]
    _read_bytes(_zip(parts), ".docx")


@BOUNDED
@given(st.data())
def test_docx_mutated_at_the_zip_level(data):
    raw = bytearray(_zip(_PARTS))
    for _ in range(data.draw(st.integers(1, 10))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    _read_bytes(bytes(raw if data.draw(st.booleans()) else raw[:cut]), ".docx")


# The pinyin a mirror site inserts ("報(bào)告"), as the look-behind pattern found it before
# text/normalize.py tested the character before the bracket in code.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LOOKBEHIND = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,8}}\)")
PINYIN_TEXT = st.lists(st.sampled_from(["報", "告", "\u3400", "\u33ff", "\u9fff", "\ua000", "\uf900", "\ufaff", "\ufb00",
                                         "a", "1", " ", "(", ")", "（", "(bào)", "(gào", "ḿ)", "(wx)", "(PDF)",
                                         "(ǚǜńňǹāá)", "(zhōngguóren)"]), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(PINYIN_TEXT)
@example("\u3400(bào)")
@example("\u33ff(bào)")
@example("\u9fff(ḿ)")
@example("\ua000(ḿ)")
@example("\uf900(bào)")
@example("\ufaff(gào)")
@example("\ufb00(bào)")
@example("(bào)")
@example("報(bào)告(PDF)微信(wx)")
def test_inserted_pinyin_is_found_as_the_look_behind_pattern_found_it(text):
    assert normalize.pinyin_spans(text) == [m.span() for m in _PINYIN_LOOKBEHIND.finditer(text)]
    assert normalize.to_simplified(text) == _PINYIN_LOOKBEHIND.sub("", text.translate(normalize.T2S))
    dropped = {i for m in _PINYIN_LOOKBEHIND.finditer(text) for i in range(*m.span())}
    assert mapped._without_pinyin(text, list(range(len(text)))) == (
        _PINYIN_LOOKBEHIND.sub("", text), [i for i in range(len(text)) if i not in dropped])
