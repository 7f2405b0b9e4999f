"""Issue 2: reading Markdown and text reports, choosing the pack, sections, JSON and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from conftest import REPO, SAMPLES, diagnostics_of, run_cli
from reportgen import make_report, to_markdown
from reportlint.analysis.identify import find_title, report_year
from reportlint.analysis.structure import section_headings
from reportlint.analysis.tablelabels import split_blocks
from reportlint.model.document import Heading, Table
from reportlint.readers import read

JINGPOHU = SAMPLES / "2020-jingpohu-pdf-extracted.txt"
EXAMPLE = REPO / "examples" / "report-2023.md"


def output_schema() -> dict:
    from importlib import resources

    return json.loads(resources.files("reportlint").joinpath("schemas", "output.schema.json").read_text("utf-8"))


# --- the shared PDF-extracted sample ------------------------------------------------------------


def test_jingpohu_reads_into_six_sections_and_its_tables():
    doc = read(JINGPOHU)
    sections = section_headings(doc)
    assert [s.heading.text for s in sections] == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ]
    assert {s.heading.level for s in sections} == {1}
    # "四、结转下年度继续办理" is a row of section 三's table, not a heading.
    assert not any(isinstance(b, Heading) and "结转下年度" in b.text for b in doc.blocks)
    title, how, _ = find_title(doc)
    assert (title, how) == ("镜管委 2020 年政府信息公开 工作年度报告", "line")
    assert report_year(title, doc) == 2020

    tables = doc.tables
    assert len(tables) == 3
    (t3,) = split_blocks(tables[1])
    assert len(t3.data_rows) == 23
    assert len(t3.value_cols) == 7
    first, last = t3.data_rows[0], t3.data_rows[-1]
    assert t3.row_label(first) == "一、本年新收政府信息公开申请数量"
    assert t3.row_label(last) == "四、结转下年度继续办理"
    # The row broken by a page ("…已获取信" + "息") is joined again.
    assert any(t3.row_label(r).endswith("要求行政机关确认或重新出具已获取信息") for r in t3.data_rows)
    # Section 二 is one table of five captioned blocks.
    captions = [v.caption for v in split_blocks(tables[0])]
    assert captions == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                        "第二十条第（九）项"]


def test_jingpohu_paragraph_cut_by_a_page_break_is_joined():
    doc = read(JINGPOHU)
    text = "".join(b.text for b in doc.blocks if not isinstance(b, Heading | Table))
    assert "其中信息公开目录信息更新 64 条、政务新媒体信息发布 74 条" in text
    assert "-----" not in text


def test_jingpohu_json_follows_the_contract_with_no_section_findings():
    result = run_cli("check", "--format", "json", "--today", "2026-01-01", JINGPOHU)
    assert result.code == 0  # only warnings: the blank 行政复议 cells, the 四 identity unverifiable
    payload = result.json
    jsonschema.validate(payload, output_schema())
    (file,) = payload["files"]
    assert file["pack"] == "cn-gov-disclosure-2019"
    assert file["report_year"] == 2020
    assert file["format"] == "text"
    assert [d for d in file["diagnostics"] if d["check"] == "sections"] == []
    assert payload["schema"] == 1


# --- Markdown sections --------------------------------------------------------------------------


def _md(tmp_path: Path, text: str, name: str = "r.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_missing_section_five_gives_exactly_one_diagnostic(tmp_path):
    report = make_report(2023, seed=5)
    report.drop_sections = {4}
    path = _md(tmp_path, to_markdown(report))
    diags = diagnostics_of(path)
    assert [(d["code"], d["rule"]) for d in diags] == [("RL201", "sections.missing")]
    (d,) = diags
    assert d["message"] == "缺少第五部分“五、存在的主要问题及改进情况”"
    six = to_markdown(report).splitlines().index("## 六、其他需要报告的事项") + 1
    assert d["location"]["line"] == six  # where it should be: before 六
    assert d["severity"] == "error"


def test_markdown_swapped_sections_give_an_order_diagnostic(tmp_path):
    report = make_report(2023, seed=5)
    titles = report.section_titles
    titles[1], titles[2] = titles[2], titles[1]
    text = to_markdown(report)
    diags = [d for d in diagnostics_of(_md(tmp_path, text)) if d["check"] == "sections"]
    assert [(d["code"], d["message"]) for d in diags] == [
        ("RL202", "第三部分“三、收到和处理政府信息公开申请情况”的位置不对：应在“二、主动公开政府信息情况”之后、"
                  "“四、政府信息公开行政复议、行政诉讼情况”之前"),
    ]
    assert diags[0]["location"]["line"] == text.splitlines().index("## 三、收到和处理政府信息公开申请情况") + 1


def test_markdown_variant_title_is_a_warning(tmp_path):
    report = make_report(2023, seed=5)
    report.section_titles[4] = "五、存在问题及改进情况"
    diags = diagnostics_of(_md(tmp_path, to_markdown(report)))
    assert [(d["code"], d["severity"], d["message"]) for d in diags] == [
        ("RL204", "warning", "标题“五、存在问题及改进情况”与格式规定的“五、存在的主要问题及改进情况”不一致"),
    ]


def test_markdown_duplicated_section(tmp_path):
    text = to_markdown(make_report(2023, seed=5)) + "\n## 六、其他需要报告的事项\n\n无。\n"
    diags = diagnostics_of(_md(tmp_path, text))
    assert [(d["code"], d["message"]) for d in diags] == [
        ("RL203", f"第六部分“六、其他需要报告的事项”重复出现（第一次在第 {text.splitlines().index('## 六、其他需要报告的事项') + 1} 行）"),
    ]


def test_markdown_positions_are_one_based_code_points(tmp_path):
    text = to_markdown(make_report(2023, seed=5)).replace("\n2024年1月20日\n", "\n2024年2月30日\n")
    path = _md(tmp_path, text)
    (d,) = [d for d in diagnostics_of(path) if d["code"] == "RL601"]
    line = text.splitlines().index("2024年2月30日") + 1
    assert (d["location"]["line"], d["location"]["column"], d["location"]["end_column"]) == (line, 1, 11)


def test_front_matter_title_and_line_numbers(tmp_path):
    body = to_markdown(make_report(2020, seed=2))
    text = "---\ntitle: 某局2020年政府信息公开工作年度报告\nauthor: 办公室\n---\n" + body.replace(
        "2021年1月20日", "2021年2月30日")
    doc = read(_md(tmp_path, text))
    assert doc.title == "某局2020年政府信息公开工作年度报告"
    (d,) = [d for d in diagnostics_of(tmp_path / "r.md") if d["code"] == "RL601"]
    assert d["location"]["line"] == text.splitlines().index("2021年2月30日") + 1


# --- encodings ----------------------------------------------------------------------------------


def test_gbk_utf8_bom_and_utf16_give_identical_diagnostics(tmp_path):
    text = JINGPOHU.read_text(encoding="utf-8")
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "gbk.txt": text.encode("gb18030"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),  # with BOM
    }
    results = {}
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        results[name] = [(d["code"], d["rule"], d["message"], d["location"]["line"], d["location"]["column"])
                         for d in diagnostics_of(tmp_path / name)]
    assert results["utf8.txt"]  # the blank 行政复议 cells
    assert results["gbk.txt"] == results["utf8.txt"]
    assert results["bom.txt"] == results["utf8.txt"]
    assert results["utf16.txt"] == results["utf8.txt"]


def test_directory_with_good_bad_and_undecodable_files(tmp_path):
    good = make_report(2023, seed=5)
    (tmp_path / "a-good.md").write_text(to_markdown(good), encoding="utf-8")
    (tmp_path / "b-bad.md").write_text(to_markdown(good.set_t3("new", 0, 99)), encoding="utf-8")
    (tmp_path / "c-undecodable.txt").write_bytes("报告".encode() + b"\x80\xff" * 50)
    result = run_cli("check", "--format", "json", "--today", "2026-01-01", tmp_path)
    assert result.code == 1
    files = {Path(f["path"]).name: f for f in result.json["files"]}
    assert list(files) == ["a-good.md", "b-bad.md", "c-undecodable.txt"]
    assert files["a-good.md"]["diagnostics"] == []
    assert {d["rule"] for d in files["b-bad.md"]["diagnostics"]} == {"t3.balance", "t3.row-total"}
    (bad_input,) = files["c-undecodable.txt"]["diagnostics"]
    assert (bad_input["check"], bad_input["code"], bad_input["severity"]) == ("input", "RL101", "error")
    assert bad_input["message"].startswith("无法读取：")
    assert result.json["summary"]["files"] == 3


# --- pack choice and CLI ------------------------------------------------------------------------


def test_pack_is_chosen_from_the_title_year(tmp_path):
    for year, pack in ((2019, "cn-gov-disclosure-2019"), (2020, "cn-gov-disclosure-2019"),
                       (2021, "cn-gov-disclosure-2021"), (2024, "cn-gov-disclosure-2021")):
        path = _md(tmp_path, to_markdown(make_report(year, seed=1)), f"r{year}.md")
        result = run_cli("check", "--format", "json", "--today", "2026-01-01", path)
        assert result.json["files"][0]["pack"] == pack
        assert result.json["files"][0]["report_year"] == year


def test_no_pack_applies(tmp_path):
    """A report whose title or year cannot be read is a warning; a memo without a report's structure
    either seems no report: information only (a repository's README must not nag)."""
    report = _md(tmp_path, "# 会议纪要\n\n## 一、总体情况\n\n今天开会。\n\n## 二、主动公开政府信息情况\n\n无。\n", "r.md")
    result = run_cli("check", "--format", "json", report)
    (d,) = result.json["files"][0]["diagnostics"]
    assert result.json["files"][0]["pack"] is None
    assert (d["code"], d["severity"]) == ("RL102", "warning")
    assert d["message"] == ("没有适用的规则包：未找到报告标题，正文也不像任何规则包所检查的报告；可用 --pack 指定"
                            "（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）")
    memo = _md(tmp_path, "# 会议纪要\n\n今天开会。\n", "memo.md")
    result = run_cli("check", "--format", "json", memo)
    (d,) = result.json["files"][0]["diagnostics"]
    assert (d["code"], d["severity"]) == ("RL102", "info")
    assert d["message"] == ("未检查：看来不是报告（未找到报告标题，正文也不像任何规则包所检查的报告，也没有报告的章节、编号或数字表格）；"
                            "如果是报告，可用 --pack 指定（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）")


def test_forced_pack_and_missing_pack(tmp_path):
    path = _md(tmp_path, to_markdown(make_report(2023, seed=1)))
    forced = run_cli("check", "--format", "json", "--pack", "cn-gov-disclosure-2019", path)
    assert forced.json["files"][0]["pack"] == "cn-gov-disclosure-2019"
    assert {d["code"] for d in forced.json["files"][0]["diagnostics"]} >= {"RL801"}
    missing = run_cli("check", "--pack", "no-such-pack", path)
    assert missing.code == 2
    assert missing.err.startswith("reportlint: 找不到规则包 'no-such-pack'")


def test_exit_codes_and_fail_on(tmp_path):
    clean = _md(tmp_path, to_markdown(make_report(2023, seed=1)), "clean.md")
    report = make_report(2023, seed=1)
    report.section_titles[4] = "五、存在问题及改进情况"
    warn = _md(tmp_path, to_markdown(report), "warn.md")
    assert run_cli("check", "--today", "2026-01-01", clean).code == 0
    assert run_cli("check", "--today", "2026-01-01", warn).code == 0
    assert run_cli("check", "--today", "2026-01-01", "--fail-on", "warning", warn).code == 1
    assert run_cli("check", tmp_path / "nope.md").code == 2
    assert run_cli("check", "--today", "2026-13-01", clean).code == 2


def test_text_output_is_ruff_style(tmp_path):
    path = _md(tmp_path, to_markdown(make_report(2023, seed=5).set_t3("new", 0, 99)))
    result = run_cli("check", "--today", "2026-01-01", "--color", "never", path)
    out = result.out
    assert "RL401 错误：本列勾稽关系不成立（自然人）" in out
    assert f" --> {path}:" in out
    assert "help: 第一项加第二项之和应等于第三项加第四项之和（表头注明的勾稽关系）" in out
    assert out.rstrip().splitlines()[-1] == "✗ 2 个错误，0 个警告，0 条提示（检查了 1 个文件）"


def test_caret_is_width_aware_under_chinese(tmp_path):
    text = to_markdown(make_report(2023, seed=5)).replace("\n2024年1月20日\n", "\n日期：2024年2月30日\n")
    path = _md(tmp_path, text)
    out = run_cli("check", "--today", "2026-01-01", "--color", "never", path).out
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if line.endswith("| 日期：2024年2月30日"))
    caret = lines[i + 1]
    # "日期：" is three wide characters = 6 columns; "2024年2月30日" is 4+2+1+2+2+2 = 13 wide.
    assert caret.split("| ", 1)[1] == " " * 6 + "^" * 13


def test_version_flag():
    from reportlint import __version__

    result = run_cli("--version")
    assert result.out.strip() == f"reportlint {__version__}"


def test_example_reports_behave_as_the_readme_says():
    assert run_cli("check", "--today", "2026-01-01", EXAMPLE).code == 0
    bad = run_cli("check", "--format", "json", "--today", "2026-01-01", REPO / "examples" / "report-2023-with-errors.md")
    assert bad.code == 1
    assert [d["code"] for d in bad.json["files"][0]["diagnostics"]] == ["RL601", "RL401", "RL401", "RL201"]


def test_text_output_shows_the_table_excerpt_with_the_offending_cell_marked(tmp_path):
    report = make_report(2023, seed=5)
    bad = report.set_t3("new", 0, report.t3["new"][0] + 3)
    path = _md(tmp_path, to_markdown(bad))
    out = run_cli("check", "--today", "2026-01-01", "--color", "never", path).out
    block = out.split("RL401 错误：本列勾稽关系不成立（自然人）")[1].split("help:")[0]
    excerpt = block[block.index("\n表2\n"):]
    rows = [line.split() for line in excerpt.splitlines() if line.strip() and not line.startswith((" ", "─"))]
    assert rows[0] == ["表2"]
    assert rows[1:] == [
        ["一、本年新收政府信息公开申请数量", str(bad.t3["new"][0])],
        ["二、上年结转政府信息公开申请数量", str(bad.t3["carried_over"][0])],
        ["（七）总计", f"【{bad.t3['results_total'][0]}】"],
        ["四、结转下年度继续办理", str(bad.t3["carry_forward"][0])],
    ]
