"""The .docx reader's plain-cell fast path and styles index give exactly what the general walk
gives: every crafted cell read both ways (fast path on, and forced off) yields the same Document,
and the fast path is really taken for the plain cells and declined for every other kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from docx_fixtures import build_docx, p, r, sample_dir, sdt, tbl, tc, tr
from reportlint.readers import docx as reader

SAMPLES = sample_dir()

NUMBERING = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
"""
# A paragraph style that numbers itself (numId 6), as Word's list styles do.
STYLES = ('<w:style w:type="paragraph" w:styleId="30"><w:name w:val="表内编号"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>')

FOOTNOTES = ('<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + r("表内脚注。") + "</w:p></w:footnote>")


def num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def field(instr: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + r(result) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


# Cells the fast path reads itself: (cell XML, expected text).
PLAIN_CELLS = [
    (tc("文字"), "文字"),
    (tc(p("第一段"), p("第二段")), "第一段\n第二段"),
    (tc(), ""),
    (tc(p(""), p("中间"), p("")), "中间"),
    (tc(p('<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type="page"/>'
          '<w:br w:type="column"/><w:noBreakHyphen/><w:ptab w:relativeTo="margin" w:alignment="right" '
          'w:leader="none"/><w:cr/><w:t>d</w:t></w:r>')), "a\tb\nc-\t\nd"),
    (tc(p('<w:bookmarkStart w:id="0" w:name="x"/>', r("书签"), '<w:bookmarkEnd w:id="0"/>',
          '<w:proofErr w:type="spellStart"/>', '<w:permStart w:id="1"/>', r("续"))), "书签续"),
    (tc(p('<w:r><w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="20"/><w:b/></w:rPr><w:softHyphen/>'
          '<w:t xml:space="preserve"> 格式 </w:t><w:lastRenderedPageBreakX/></w:r>')), " 格式 "),
    (tc(p("居中", ppr='<w:jc w:val="center"/><w:spacing w:before="0"/>')), "居中"),
    (tc(p("编号一", ppr=num(5, 1)), p("编号二", ppr=num(5, 1))), "（一）编号一\n（二）编号二"),
    (tc(p("样式编号", style="30")), "1.样式编号"),
    (tc(p("样式编号", style="30"), p("无编号")), "2.样式编号\n无编号"),  # what a style numbers is kept per style
    (tc(p("已取消", ppr=num(0))), "已取消"),
    (tc(p('<w:r><w:t>前</w:t></w:r><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr>')), "前"),  # a late pPr is not read
    (tc(p("外层"), tbl(tr(tc("内层")), cols=1)), "外层"),
]

# Cells the fast path hands to the general walk: (cell XML, expected text).
GENERAL_CELLS = [
    (tc(p('<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>', r("可见"))), "可见"),
    (tc(p('<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>不隐藏</w:t></w:r>')), "不隐藏"),
    (tc(p("详见", '<w:hyperlink w:anchor="x">' + r("链接") + "</w:hyperlink>")), "详见链接"),
    (tc(p(sdt(r("控件")))), "控件"),
    (tc(sdt(p("块控件"))), "块控件"),
    (tc(p('<w:ins w:id="1" w:author="A">' + r("新增") + "</w:ins>")), "新增"),
    (tc(p("标记修订", ppr='<w:rPr><w:ins w:id="2" w:author="A"/></w:rPr>')), "标记修订"),
    (tc(p('<w:fldSimple w:instr=" DATE ">' + r("2021年1月5日") + "</w:fldSimple>")), "2021年1月5日"),
    (tc(p("日期：", field("DATE", "2021年3月1日"))), "日期：2021年3月1日"),
    (tc(p("页", field("PAGE", "7"))), "页7"),
    (tc(p('<w:r><w:sym w:font="Wingdings" w:char="00B0"/></w:r>')), "°"),
    (tc(p("有脚注", '<w:r><w:footnoteReference w:id="1"/></w:r>')), "有脚注"),
    (tc(p("跨页", '<w:r><w:lastRenderedPageBreak/><w:t>续</w:t></w:r>')), "跨页续"),
    (tc(p('<w:r><w:t>公式</w:t></w:r><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath>')), "公式x+1"),
    (tc(p("编号三", ppr=num(5, 1)), p("链", '<w:hyperlink w:anchor="y">' + r("接") + "</w:hyperlink>")),
     "（一）编号三\n链接"),  # the label is counted once although the fast path looked first
    (tc(tbl(tr(tc("先内层")), cols=1), p(sdt(r("后控件")))), "后控件"),  # the nested table queued once
]


def _read(path: Path, *, fast: bool, monkeypatch) -> tuple[object, list[bool]]:
    """The Document, and per cell whether the fast path answered."""
    taken: list[bool] = []
    original = reader._Reader._plain_cell_text

    def spy(self, tc_el, nested):
        result = original(self, tc_el, nested) if fast else None
        taken.append(result is not None)
        return result

    with monkeypatch.context() as m:
        m.setattr(reader._Reader, "_plain_cell_text", spy)
        return reader.read(path), taken


def _dump(doc) -> str:
    return "\n".join([*map(repr, doc.blocks), repr(doc.title), repr(sorted(doc.metadata.items())),
                      repr(doc.findings)])


def _both_ways(path: Path, monkeypatch):
    fast, taken = _read(path, fast=True, monkeypatch=monkeypatch)
    general, _ = _read(path, fast=False, monkeypatch=monkeypatch)
    assert _dump(fast) == _dump(general)
    return fast, taken


def _cells_table(cells) -> str:
    return tbl(*(tr(cell) for cell, _ in cells), cols=1)


def test_plain_cells_take_the_fast_path_with_the_general_walks_text(tmp_path, monkeypatch):
    body = p("表一") + _cells_table(PLAIN_CELLS) + p("表后")
    path = build_docx(tmp_path / "plain.docx", body, styles=STYLES, numbering=NUMBERING)
    doc, taken = _both_ways(path, monkeypatch)
    outer = doc.tables[0]
    assert [c.text for c in outer.cells] == [text for _, text in PLAIN_CELLS]
    assert all(taken)
    assert len(taken) == len(PLAIN_CELLS) + 1  # and the nested table's cell
    assert [(t.index, t.nested_in, t.cells[0].text) for t in doc.tables[1:]] == [(2, 1, "内层")]
    assert "revisions" not in doc.metadata and "field_cells" not in doc.metadata


def test_other_cells_take_the_general_walk(tmp_path, monkeypatch):
    body = p("表二") + _cells_table(GENERAL_CELLS) + p(r("编号后续", bold=False)) + tbl(
        tr(tc(p("编号四", ppr=num(5, 1)))), cols=1)
    path = build_docx(tmp_path / "general.docx", body, styles=STYLES, numbering=NUMBERING,
                      footnotes=FOOTNOTES)
    doc, taken = _both_ways(path, monkeypatch)
    outer = doc.tables[0]
    assert [c.text for c in outer.cells] == [text for _, text in GENERAL_CELLS]
    assert taken[:len(GENERAL_CELLS)] == [False] * len(GENERAL_CELLS)
    assert doc.tables[-1].cells[0].text == "（二）编号四"  # the counter advanced once per labelled paragraph
    assert [(t.index, t.nested_in, t.cells[0].text) for t in doc.tables[1:]] == [(2, 1, "先内层"), (3, None, "（二）编号四")]
    assert doc.metadata["field_cells"] == [(1, 8, 1), (1, 9, 1)]
    assert doc.metadata["revisions"] == 2
    assert doc.findings[0].location.row == 6
    assert "表内脚注。" in [getattr(b, "text", None) for b in doc.blocks]


def test_a_field_left_open_across_a_table_is_read_by_the_general_walk(tmp_path, monkeypatch):
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    body = p("开始", begin) + tbl(tr(tc("2021年"), tc("1月")), cols=2) + p("结束", '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    doc, taken = _both_ways(build_docx(tmp_path / "open.docx", body), monkeypatch)
    assert taken == []  # not even asked while a field is open
    assert doc.metadata["field_cells"] == [(1, 1, 1), (1, 1, 2)]


def test_merged_and_spanned_plain_cells(tmp_path, monkeypatch):
    table = tbl(
        tr(tc("角", span=2, vmerge="restart"), tc("申请人情况", span=2)),
        tr(tc(span=2, vmerge="continue"), tc("自然人"), tc("总计")),
        tr(tc("前空一格"), tc("X"), before=1, after=1),
        tr(tc(p("H"), span=1), '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p/></w:tc>'
           '<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>', tc("D")),
        cols=4,
    )
    doc, taken = _both_ways(build_docx(tmp_path / "merged.docx", table), monkeypatch)
    assert all(taken)
    assert [[c.text if c else None for c in row] for row in doc.tables[0].grid()] == [
        ["角", "角", "申请人情况", "申请人情况"],
        ["角", "角", "自然人", "总计"],
        [None, "前空一格", "X", None],
        ["H", "", "", "D"],
    ]


def test_samples_read_the_same_both_ways(monkeypatch):
    paths = sorted((SAMPLES / "docx").glob("*.docx"))
    assert paths
    for path in paths:
        _both_ways(path, monkeypatch)


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
