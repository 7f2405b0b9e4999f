"""Issue 4: checks on .docx input — findings at the cells a Word user can find, revisions, DATE fields."""

from __future__ import annotations

from conftest import SAMPLES, diagnostics_of, run_cli
from docx_fixtures import build_docx, p, r
from reportgen import make_report, to_docx, to_markdown


def test_section3_bad_docx_findings_at_the_right_cells():
    diags = diagnostics_of(SAMPLES / "docx" / "section3_bad.docx")
    table_findings = [d for d in diags if d["check"] in ("arithmetic", "values")]
    assert [(d["code"], d["rule"], d["location"]["table"], d["location"]["row"], d["location"]["col"],
             d["expected"], d["actual"]) for d in table_findings] == [
        ("RL401", "t3.row-total", 1, 20, 10, "2", "1"),
        ("RL501", "values.blank", 1, 21, 4, "0", "—"),
        ("RL402", "t3.row-total", 1, 21, 10, None, None),
        ("RL401", "t3.results-total", 1, 25, 4, "12", "11"),  # 12 with the "—" as 0: no number mends it
    ]
    row_total = table_findings[0]
    assert row_total["location"]["row_label"] == "三、本年度办理结果/（五）不予处理/2．重复申请"
    assert row_total["location"]["col_label"] == "申请人情况/总计"
    assert row_total["location"]["section"] == "三、收到和处理政府信息公开申请情况"
    assert row_total["location"]["line"] is None
    assert [c["value"] for c in row_total["cells"]] == ["2", "0", "0", "0", "0", "0", "1"]


def test_docx_text_output_names_table_row_column_and_labels():
    result = run_cli("check", "--today", "2026-01-01", "--color", "never", SAMPLES / "docx" / "section3_bad.docx")
    out = result.out
    assert (" --> " + str(SAMPLES / "docx" / "section3_bad.docx") + " 表1 第20行第10列  "
            "三、本年度办理结果/（五）不予处理/2．重复申请 × 申请人情况/总计") in out
    assert "   章节：三、收到和处理政府信息公开申请情况" in out


def test_docx_and_markdown_give_the_same_findings(tmp_path):
    bad = make_report(2020, seed=4).set_t3("u1", 0, 9).set_t4(2, 3)
    bad.section_titles[4] = "五、存在问题及改进情况"
    md = tmp_path / "r.md"
    md.write_text(to_markdown(bad), encoding="utf-8")
    docx = tmp_path / "r.docx"
    to_docx(bad, docx)

    def key(d):
        loc = d["location"]
        return (d["code"], d["rule"], d["message"], loc["row_label"], loc["col_label"], d["expected"], d["actual"])

    from_md = sorted(key(d) for d in diagnostics_of(md))
    from_docx = sorted(key(d) for d in diagnostics_of(docx))
    assert [k[1] for k in from_md] == sorted(["sections.variant", "t3.results-total", "t3.row-total", "t4.review-total"])
    assert from_docx == from_md


def test_report_date_from_a_date_field_is_flagged(tmp_path):
    date_field = (
        "<w:p>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("2024年1月25日") + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    body = (p(r("示例县市场监督管理局2023年政府信息公开工作年度报告", bold=True)) + date_field
            + p(r("一、总体情况", bold=True)) + p("正文。"))
    path = build_docx(tmp_path / "field.docx", body)
    diags = [d for d in diagnostics_of(path, "--pack", "cn-gov-disclosure-2021") if d["check"] == "dates"]
    assert [(d["code"], d["severity"], d["message"]) for d in diags] == [
        ("RL608", "warning", "报告日期来自 Word 域（DATE），每次打开文档都会变成当天日期")]
    assert diags[0]["location"]["paragraph"] == 2


def test_unaccepted_revisions_are_reported_once_and_the_accepted_text_is_checked(tmp_path):
    body = (p(r("示例县市场监督管理局2023年政府信息公开工作年度报告", bold=True)) + p("2024年1月25日")
            + p(r("一、总体情况", bold=True))
            + '<w:p><w:ins w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z">' + r("二、主动公开政府信息情况", bold=True)
            + "</w:ins></w:p>"
            + '<w:p><w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:rPr><w:b/></w:rPr>'
            "<w:delText>三、收到和处理政府信息公开申请情况</w:delText></w:r></w:del></w:p>")
    path = build_docx(tmp_path / "rev.docx", body)
    diags = diagnostics_of(path)
    assert [d["code"] for d in diags if d["code"] == "RL104"] == ["RL104"]
    missing = [d["message"] for d in diags if d["rule"] == "sections.missing"]
    assert "缺少第二部分“二、主动公开政府信息情况”" not in missing  # the insertion counts
    assert "缺少第三部分“三、收到和处理政府信息公开申请情况”" in missing  # the deletion does not


def test_doc_and_encrypted_files_get_one_line_errors(tmp_path):
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    renamed = tmp_path / "renamed.docx"
    renamed.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = run_cli("check", "--format", "json", doc, renamed)
    assert result.code == 1
    messages = [f["diagnostics"][0]["message"] for f in result.json["files"]]
    assert messages[0] == "无法读取：.doc 是旧版二进制格式，reportlint 无法读取；请在 Word 或 WPS 中“另存为” .docx 后再检查"
    assert messages[1].startswith("无法读取：") and "\n" not in messages[1]
    assert "Traceback" not in result.err
