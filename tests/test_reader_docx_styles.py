"""The .docx reader's styles index: the spans it finds by w:styleId, and the index shared by
documents whose styles part is byte-for-byte the same."""

from __future__ import annotations

import pytest

from docx_fixtures import build_docx, p
from reportlint.readers import docx as reader


def _dump(doc) -> str:
    return "\n".join([*map(repr, doc.blocks), repr(doc.title), repr(sorted(doc.metadata.items())),
                      repr(doc.findings)])


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
    styles = reader._Styles(STYLES_ROOT + body + b"</w:styles>")
    shift = len(STYLES_ROOT)
    assert {k: (a - shift, b - shift) for k, (a, b) in styles._spans.items()} == spans
    assert styles.default_para == default


def test_documents_with_the_same_styles_part_share_one_index(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "_STYLES_SEEN", [])
    styles = ('<w:style w:type="paragraph" w:styleId="7"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
              "</w:style>")
    first = build_docx(tmp_path / "a.docx", p("一、总体", style="1") + p("小节", style="7"), styles=styles)
    second = build_docx(tmp_path / "b.docx", p("小节在前", style="7") + p("章", style="1") + p("正文"), styles=styles)
    other = build_docx(tmp_path / "c.docx", p("章", style="1"))
    fresh = _dump(reader.read(second))  # nothing shared yet
    monkeypatch.setattr(reader, "_STYLES_SEEN", [])
    reader.read(first)
    assert len(reader._STYLES_SEEN) == 1
    assert _dump(reader.read(second)) == fresh  # the index first's read filled, same result
    assert len(reader._STYLES_SEEN) == 1
    reader.read(other)  # other bytes: its own index, most recent first
    assert len(reader._STYLES_SEEN) == 2
    data = reader._STYLES_SEEN[1][0]
    assert reader._styles_for(bytes(data)) is reader._STYLES_SEEN[0][1]  # equal bytes, moved to the front
    for i in range(reader._STYLES_SEEN_MAX + 2):
        reader._styles_for(STYLES_ROOT + f'<w:style w:styleId="s{i}"/>'.encode() + b"</w:styles>")
    assert len(reader._STYLES_SEEN) == reader._STYLES_SEEN_MAX
    assert reader._styles_for(b"") is not reader._styles_for(b"")  # no styles part: nothing kept
