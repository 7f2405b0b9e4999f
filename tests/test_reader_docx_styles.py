"""The .docx reader's styles (readers/docx/styles.py): the index of styles.xml by w:styleId, which
parses only the styles a document uses, answers as parsing the whole part would."""

from __future__ import annotations

import zipfile

import pytest

from docx_fixtures import sample_dir
from reportlint.readers.docx.package import parse_xml
from reportlint.readers.docx.styles import Styles

STYLES_ROOT = b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'


@pytest.mark.parametrize(("body", "spans", "default"), [
    (b'<w:style w:styleId="x"/>', {"x": (0, 24)}, None),
    (b'<w:style/><w:style w:styleId="y"></w:style>', {"y": (10, 43)}, None),
    (b"<w:style w:type='paragraph' w:default='1' w:styleId='a&amp;b' />", {"a&b": (0, 64)}, "a&b"),
    (b'<w:style w:type="paragraph" w:default="1" w:styleId="q/" ><w:name w:val="N"/></w:style>'
     b'<w:style w:styleId="q/"/>', {"q/": (0, 87)}, "q/"),
    (b'<w:stylex w:styleId="no"/><w:style\tw:styleId="t"></w:style>', {"t": (26, 59)}, None),
])
def test_styles_index_start_tags(body, spans, default):
    styles = Styles(STYLES_ROOT + body + b"</w:styles>")
    shift = len(STYLES_ROOT)
    found = {}
    for style_id, start in styles._starts.items():
        a, b = styles._span(start)
        found[style_id] = (a - shift, b - shift)
    assert found == spans
    assert styles.default_paragraph == default


def _whole(data: bytes) -> Styles:
    styles = Styles(None)
    styles._parse_whole(parse_xml(data, "word/styles.xml"))
    return styles


def _samples_with_styles() -> list[str]:
    names = []
    for path in sorted(sample_dir().joinpath("docx").glob("*.docx")):
        with zipfile.ZipFile(path) as zf:
            if "word/styles.xml" in zf.namelist():
                names.append(path.name)
    return names


@pytest.mark.parametrize("name", _samples_with_styles())
def test_the_index_answers_as_the_whole_part(name):
    with zipfile.ZipFile(sample_dir() / "docx" / name) as zf:
        data = zf.read("word/styles.xml")
    indexed, whole = Styles(data), _whole(data)
    assert indexed._starts  # the index was used, not a whole parse
    assert (indexed.default_paragraph, indexed.default_bold) == (whole.default_paragraph, whole.default_bold)
    for style_id in [*whole._parsed, "no-such-style", None]:
        assert indexed.get(style_id) == whole.get(style_id)
        for question in ("resolve", "has", "is_toc", "level", "bold", "char_bold", "numpr"):
            assert getattr(indexed, question)(style_id) == getattr(whole, question)(style_id), (style_id, question)


def test_another_prefix_for_the_main_namespace_is_parsed_whole():
    data = (b'<s:styles xmlns:s="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b'<s:style s:type="paragraph" s:default="1" s:styleId="n"><s:name s:val="Normal"/></s:style>'
            b'<s:style s:type="paragraph" s:styleId="h"><s:name s:val="heading 2"/><s:basedOn s:val="n"/></s:style>'
            b"</s:styles>")
    styles = Styles(data)
    assert styles._starts == {}
    assert (styles.default_paragraph, styles.level("h"), styles.resolve("x")) == ("n", 2, "n")
