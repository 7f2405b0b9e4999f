"""reportlint annotate: each finding as a Word comment on its paragraph or table cell, in a copy."""

from __future__ import annotations

import hashlib
import shutil

import docx
from docx.oxml.ns import qn

from conftest import RESULTS_TOTAL, SAMPLES, run_cli
from reportgen import make_report, to_docx

TODAY = ("--today", "2026-01-01")


def anchored(document) -> dict[str, str]:
    """comment id -> where its range starts: "¶N" (body paragraph) or "表T:RrCc" (grid position)."""
    body = document.element.body
    out: dict[str, str] = {}
    paragraphs = body.findall(qn("w:p"))
    for n, p in enumerate(paragraphs, 1):
        for mark in p.iter(qn("w:commentRangeStart")):
            out[mark.get(qn("w:id"))] = f"¶{n}"
    for t, table in enumerate(document.tables, 1):
        for r, row in enumerate(table.rows, 1):
            seen = set()
            for c, cell in enumerate(row.cells, 1):
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                for mark in cell._tc.iter(qn("w:commentRangeStart")):
                    out.setdefault(mark.get(qn("w:id")), f"表{t}:R{r}C{c}")
    return out


def comments_by_place(path) -> dict[str, list[str]]:
    document = docx.Document(str(path))
    where = anchored(document)
    places: dict[str, list[str]] = {}
    for comment in document.comments:
        assert comment.author == "reportlint" and comment.initials == "RL"
        places.setdefault(where[str(comment.comment_id)], []).append(comment.text)
    return places


def concise_lines(path) -> list[str]:
    return run_cli("check", "--format", "concise", *TODAY, path).out.splitlines()


def test_annotate_sample(tmp_path):
    source = tmp_path / "section3_bad.docx"
    shutil.copy(SAMPLES / "docx" / "section3_bad.docx", source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = tmp_path / "section3_bad.checked.docx"
    result = run_cli("annotate", *TODAY, source, "-o", target)
    assert (result.code, result.err) == (0, f"reportlint: 已把 7 个问题作为批注写入 {target}\n")
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest  # the original is untouched

    places = comments_by_place(target)
    assert places["表1:R20C10"] == [
        "RL401 申请人合计不成立（重复申请）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 2+0+0+0+0+0 = 2，"
        "总计 = 1，相差 1\n修改建议：总计（重复申请）应为 2（现为 1），或更正参与计算的数字"]
    assert places["表1:R21C4"] == [
        "RL501 单元格填写了“—”（三、本年度办理结果/（五）不予处理/3．要求提供公开出版物/申请人情况/自然人），应填写数字，没有发生的填 0"]
    assert places["表1:R21C10"][0].startswith("RL402 无法核对申请人合计（公开出版物）：") and places["表1:R21C10"][0].endswith("（无法核对）")
    assert places["表1:R25C4"][0].startswith("RL401 " + RESULTS_TOTAL)
    assert "¶1" not in places  # section 二's five tables are missing with it: RL201 alone says so
    assert places["¶5"] == ["RL201 缺少第二部分“二、主动公开政府信息情况”\n修改建议：应在“一、总体情况”一节之后添加标题“二、主动公开政府信息情况”"]
    # 六 is a plain paragraph (neither styled nor bold): the section is there, its formatting is said as info;
    # the missing 五 belongs before it.
    assert [t.split("\n")[0] for t in places["¶7"]] == ["RL201 缺少第五部分“五、存在的主要问题及改进情况”",
                                                        "RL207 “六、其他需要报告的事项”是正文段落，没有设置为标题"]
    assert sum(len(v) for v in places.values()) == 7

    # The annotated copy gives the same findings (its comments are not suppressions).
    assert [line.replace(str(target), "X") for line in concise_lines(target)] == [
        line.replace(str(source), "X") for line in concise_lines(source)]


def test_annotate_generated_report_with_an_empty_cell(tmp_path):
    report = make_report(2023, 1)
    bad = report.set_t3("granted", 0, report.t3["granted"][0] + 3)
    source = tmp_path / "r.docx"
    to_docx(bad, source)
    document = docx.Document(str(source))
    document.tables[1].cell(6, 4).text = ""  # (二)部分公开 × 商业企业: blank, no run at all
    document.save(str(source))
    findings = concise_lines(source)
    assert [f.split(": ")[0].split(":", 1)[1] for f in findings] == ["表2:R6C10", "表2:R7C5", "表2:R7C10", "表2:R27C4", "表2:R27C5"]
    target = tmp_path / "r.checked.docx"
    assert run_cli("annotate", *TODAY, source, "-o", target).code == 0
    places = comments_by_place(target)
    assert sorted(places) == ["表2:R27C4", "表2:R27C5", "表2:R6C10", "表2:R7C10", "表2:R7C5"]
    assert places["表2:R7C5"][0].startswith("RL501 ")
    assert [line.replace(str(target), "X") for line in concise_lines(target)] == [
        line.replace(str(source), "X") for line in findings]


def test_annotate_refuses_to_overwrite_the_input(tmp_path):
    source = tmp_path / "r.docx"
    to_docx(make_report(2023, 1), source)
    result = run_cli("annotate", source, "-o", source)
    assert (result.code, result.err) == (2, f"reportlint: 不能把输出写到被检查的文件上：{source}\n")
    result = run_cli("annotate", tmp_path / "x.md", "-o", tmp_path / "y.docx")
    assert result.code == 2
