"""Text extracted from a PDF holds one line per line of the page: a sentence, a number, a run-in title or the
statistics period's sentence is broken wherever the page's line ended.  Read as the same report printed one paragraph
to a line (a web page's text), with the same findings:

- a number broken over two lines (``…共发布信息约15`` / ``43条,其中…``) is one number, not 15 and 43;
- a numbered line as long as a page's line, or holding a sentence end, that goes on in the next line is a run-in
  title and its paragraph's first line, not a heading (``(一)主动公开方面。2023年,…约15``);
- a line holding only the end of the statistics period (``2023年12月31日。`` after ``…统计时限为2023年1月1日至``,
  ``2025年12月31日止。``, ``-2022年12月31日。``) is no date line: the period is not the day the report came out;
- a page's time after its date in full-width punctuation (``2021-02-22 14：29``) still marks its publication line;
- a full line ending in ``；``, ``：``, ``）`` or ``”`` (the page's line ended there, not the paragraph) goes on with the
  next line, told from a paragraph's last line by the page's line width the reader estimates from the text.

Each real text is broken into lines of 38 characters, as a page of 三号 仿宋 on A4 holds (or 28 and 32), by
``pdf_lines``; ``indent`` puts ``　　`` before each paragraph so broken, as a PDF's paragraphs start."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file, run_cli
from realcorpus import findings
from reportlint.model.document import Heading, Paragraph
from reportlint.readers.text import parse

WIDTH = 38


def pdf_lines(text: str, width: int = WIDTH, indent: bool = False) -> str:
    """``text`` with each paragraph line longer than ``width`` broken every ``width`` characters (its first line
    indented with ``　　`` if ``indent``)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > width and "\t" not in line and "|" not in line:
            line = "\u3000\u3000" + line.strip() if indent else line
            out += [line[i: i + width] for i in range(0, len(line), width)]
        else:
            out.append(line)
    return "\n".join(out)


def as_pdf_text(tmp_path: Path, prefix: str, old: str = "", new: str = "", width: int = WIDTH,
                indent: bool = False) -> Path:
    """The real text of ``prefix`` (with ``old`` replaced by ``new``) broken into a PDF's lines, in ``tmp_path``."""
    text = corpus_file(prefix).read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1
        text = text.replace(old, new)
    out = tmp_path / corpus_file(prefix).name
    out.write_text(pdf_lines(text, width, indent), encoding="utf-8")
    return out


def date_codes(path: Path) -> list[tuple[str, str]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["code"], d["message"]) for d in file["diagnostics"] if d["code"] in ("RL602", "RL603", "RL607")]


def test_a_number_broken_over_two_lines_is_one_number():
    doc = parse("2023年政府信息公开工作年度报告\n我厅门户网站全年共发布各类政府信息约15\n43条,其中动态信息668条,占比12.\n5%。\n")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "我厅门户网站全年共发布各类政府信息约1543条,其中动态信息668条,占比12.5%。"]
    # Latin text keeps its space: a page's field and the line after it
    doc = parse("标题报告\n发布时间:2021-02-22 浏览次数:123\n456 次\n")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["发布时间:2021-02-22 浏览次数:123 456 次"]


def test_r2205_the_total_broken_over_two_lines(tmp_path):
    # 海南省营商环境建设厅 2023: `(一)主动公开方面。2023年,…门户网站共发布信息约15` / `43条,其中动态信息668条,…166条`: the run-in
    # title's line was a heading and the paragraph began with 43, read as the total of 668 and 166 (a false error)
    wrapped = as_pdf_text(tmp_path, "r2205")
    assert "共发布信息约15\n43条,其中动态信息668条" in wrapped.read_text(encoding="utf-8")
    assert findings(corpus_file("r2205"), "RL701") == []
    assert findings(wrapped, "RL701") == []


def test_r1990_a_run_in_title_as_long_as_a_line(tmp_path):
    # 关东街道 2025: `(二)政府信息依申请公开情况2025关东街共受理政府信息公开申请21件,结转` / `上年度2件,其中网上申请20件,…`
    wrapped = as_pdf_text(tmp_path, "r1990")
    text = wrapped.read_text(encoding="utf-8")
    assert "(二)政府信息依申请公开情况2025关东街共受理政府信息公开申请21件,结转\n上年度2件," in text
    doc = parse(text)
    assert not [b for b in doc.blocks if isinstance(b, Heading) and b.text.startswith("(二)政府信息依申请公开情况")]
    assert [b.text[:32] for b in doc.blocks if isinstance(b, Paragraph) and "关东街共受理" in b.text] == [
        "(二)政府信息依申请公开情况2025关东街共受理政府信息公开申请"]
    assert findings(wrapped, "RL701") == findings(corpus_file("r1990"), "RL701") == []
    # a short numbered title on its own line stays a heading
    doc = parse("2023年政府信息公开工作年度报告\n(二)依申请公开情况\n本年度共受理政府信息公开申请21件。\n")
    assert [type(b).__name__ for b in doc.blocks] == ["Heading", "Heading", "Paragraph"]


def test_the_statistics_period_broken_over_lines_is_no_report_date(tmp_path):
    # r1389 `…统计时限为2023年1月1日至` / `2023年12月31日。`; r1197 `…自2025年1月1日起至` / `2025年12月31日止。`;
    # r1865 `…统计期限为:2022年1月1日` / `-2022年12月31日。`: each was read as the report's date, a false RL602
    for prefix, tail in (("r1389", "\n2023年12月31日。\n"), ("r1197", "\n2025年12月31日止。"), ("r1865", "\n-2022年12月31日。")):
        wrapped = as_pdf_text(tmp_path, prefix)
        assert tail in wrapped.read_text(encoding="utf-8"), prefix
        assert date_codes(wrapped) == date_codes(corpus_file(prefix)) == [
            ("RL607", "未找到报告日期（标题下方的成文日期或发布日期）")], prefix


def test_a_date_line_under_the_title_is_still_read(tmp_path):
    # the date on its own line after a wrapped preamble that ends in a date but not a period's 至: the report's
    text = ("镜管委2020年政府信息公开工作年度报告\n2021年1月25日\n依据《中华人民共和国政府信息公开条例》和《牡丹江市人民政府办公室关于"
            "印发牡丹江市2020年政务公开工作实施方案的通知》等相关文件精神,并结合我委实际制作本报告。\n一、总体情况\n")
    path = tmp_path / "report.txt"
    path.write_text(pdf_lines(text), encoding="utf-8")
    assert date_codes(path) == []


def test_a_contents_page_entry_stays_a_title():
    # r802 (山东省交通运输厅 2019, a flipbook's contents page): `(一) 围绕机制保障强化公开,全面加强政务公开能力建设 ..... 1` leads its
    # dots to a page number: a title, however long, never a run-in paragraph's first line
    doc = parse(corpus_file("r802").read_text(encoding="utf-8"))
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[1:4] == ["(一) 围绕机制保障强化公开,全面加强政务公开能力建设 ..... 1",
                             "(二) 围绕政策解读创新公开,强化政策发布解读时效 ......... 4",
                             "(三) 围绕互动交流扩大公开,提升政务服务水平 ............. 8"]


def paragraph_with(path: Path, part: str) -> str:
    (text,) = [b.text for b in parse(path.read_text(encoding="utf-8")).blocks
               if isinstance(b, Paragraph) and part in b.text]
    return text


def test_r1261_a_list_going_on_past_a_semicolon_at_a_full_line_end(tmp_path):
    # 长桥乡 2019, 28-character lines: `信息2条,占信息公开总量的3.50%;工作动态43条,占` / …`的7.02%;财政信息2条,占信息公开总量的3.50%;`
    # / `建议提案办理1条,…`: the line ending in `;` ended the paragraph, and the seven kinds of 57 read as five (a false
    # RL701 warning on integ: 4+2+43+4+2 = 55)
    wrapped = as_pdf_text(tmp_path, "r1261", width=28)
    assert "的7.02%;财政信息2条,占信息公开总量的3.50%;\n建议提案办理1条," in wrapped.read_text(encoding="utf-8")
    assert paragraph_with(wrapped, "建议提案办理1条").startswith("2019年我乡紧密围绕县委政府政务公开工作部署要求")
    assert findings(wrapped, "RL701") == findings(corpus_file("r1261"), "RL701") == []
    # copies: one over and one short are found with all seven parts
    over = as_pdf_text(tmp_path, "r1261", "财政信息2条", "财政信息3条", width=28)
    assert findings(over, "RL701") == [("error", "文中合计不成立：4+2+43+4+3+1+1 = 58，但写明的合计为 57 条，各分项之和多出 1 条")]
    short = as_pdf_text(tmp_path, "r1261", "建议提案办理1条", "建议提案办理0条", width=28)
    assert findings(short, "RL701") == [("warning", "文中各分项之和与合计不符：4+2+43+4+2+0+1 = 56，写明的合计为 57 条，少 1 条")]


def test_r1108_and_r1103_the_parts_after_a_full_line_ending_in_a_semicolon(tmp_path):
    # 钦州华侨投资区 2022, 28 characters, paragraphs indented: `工作动态信息127条;人事信息10条;财政资金信息2条;` / `政府信息公开年报1条。`
    # (a false RL701 on integ: 127+10+2 = 139 of 140); 秀英区发改委 2023, 32 characters: `…政务动态栏目发布信息3条;` /
    # `政策栏目全年发布信息14条,…` (a false RL701 on integ: 5+2+3 = 10 of 104)
    wrapped = as_pdf_text(tmp_path, "r1108", width=28, indent=True)
    assert "\n工作动态信息127条;人事信息10条;财政资金信息2条;\n政府信息公开年报1条。" in wrapped.read_text(encoding="utf-8")
    assert paragraph_with(wrapped, "政府信息公开年报1条").startswith("2022年度,投资区主动公开政府信息数140条,其中")
    assert findings(wrapped, "RL701") == findings(corpus_file("r1108"), "RL701") == []
    over = as_pdf_text(tmp_path, "r1108", "财政资金信息2条", "财政资金信息3条", width=28, indent=True)
    assert findings(over, "RL701") == [("error", "文中合计不成立：127+10+3+1 = 141，但写明的合计为 140 条，各分项之和多出 1 条")]
    short = as_pdf_text(tmp_path, "r1108", "工作动态信息127条", "工作动态信息126条", width=28, indent=True)
    assert findings(short, "RL701") == [("warning", "文中各分项之和与合计不符：126+10+2+1 = 139，写明的合计为 140 条，少 1 条")]
    wrapped = as_pdf_text(tmp_path, "r1103", width=32, indent=True)
    assert "政务动态栏目发布信息3条;\n政策栏目全年发布信息14条" in wrapped.read_text(encoding="utf-8")
    assert findings(wrapped, "RL701") == findings(corpus_file("r1103"), "RL701") == []


def test_r1258_and_r1004_a_full_line_ending_in_a_full_stop_where_paragraphs_are_indented(tmp_path):
    # 上海市住建委 2025, 32 characters, paragraphs indented: `…另有52件申请顺延到下年度答复)。` fills its line and the next,
    # `其中,予以公开及部分公开101件,…`, is not indented: the same paragraph (on integ the parts lost their total)
    wrapped = as_pdf_text(tmp_path, "r1258", width=32, indent=True)
    assert "52件申请顺延到下年度答复)。\n其中,予以公开及部分公开101件" in wrapped.read_text(encoding="utf-8")
    assert paragraph_with(wrapped, "予以公开及部分公开101件").startswith("(二)依申请公开。2025年,我委新收到政府信息公开申请1182件")
    # 广汉市政府办 2025, 28 characters: `…政府信息公开质量不断提升。` / `通过政府网站主动公开各类政府信息107条,…` is one
    # paragraph where paragraphs are indented; without the indentation (pdftotext drops it) the full stop ends it
    wrapped = as_pdf_text(tmp_path, "r1004", width=28, indent=True)
    text = wrapped.read_text(encoding="utf-8")
    assert "政府信息公开质量不断提升。\n通过政府网站主动公开各类政府信息107条" in text
    assert paragraph_with(wrapped, "主动公开各类政府信息107条").startswith("2025年,市政府办公室认真贯彻落实市委")
    wrapped.write_text("\n".join(line.lstrip() for line in text.split("\n")), encoding="utf-8")
    assert paragraph_with(wrapped, "主动公开各类政府信息107条").startswith("通过政府网站主动公开各类政府信息107条")


def test_no_width_in_a_web_pages_text():
    # a paragraph a line (the whole corpus, the shared PDF-extracted sample): no width, the lines are read as before
    from reportlint.readers.linewidth import page_width
    for prefix in ("r1261", "r1108", "r1258"):
        text = corpus_file(prefix).read_text(encoding="utf-8")
        assert page_width(text.split("\n")) is None, prefix
        assert page_width(pdf_lines(text, 28).split("\n")) == 28, prefix
    sample = Path(__file__).parent / "data" / "samples" / "2020-jingpohu-pdf-extracted.txt"
    assert page_width(sample.read_text(encoding="utf-8").split("\n")) is None


def test_r1800_a_full_stop_at_a_full_line_end_before_its_parts(tmp_path):
    # 大涌镇 2022 (a labelled RL701 error), 32 characters, no indentation (as pdftotext without -layout gives):
    # `…主动公开我镇政府信息3548条。` fills its line and `其中,利用集约化门户网站…共1223,…` follows; the error was missed
    # on integ (the parts read as a paragraph of their own, with no total)
    wrapped = as_pdf_text(tmp_path, "r1800", width=32)
    assert "主动公开我镇政府信息3548条。\n其中,利用集约化门户网站" in wrapped.read_text(encoding="utf-8")
    assert findings(wrapped, "RL701") == findings(corpus_file("r1800"), "RL701") == [
        ("error", "文中合计不成立：1223+2141+139+438+45 = 3986，但写明的合计为 3548 条，各分项之和多出 438 条")]
