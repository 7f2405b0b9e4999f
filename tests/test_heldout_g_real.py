"""Real reports of the fifth held-out round (r650–r652), aimed at the tables of sections 二–四.  Each test reads
the real text as it was found and asserts the exact findings the round's causes changed: a section-四 header whose
narrow cells a PDF broke over lines or printed a character a line, and one page of a flipbook that starts and
stops inside the report.  A wrong total in the same layout is written into a copy of the real text (in a tmp
folder) to show the table's sums are now checked, not only said to be unverifiable."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_file as corpus
from conftest import corpus_findings as findings
from reportlint import readers
from reportlint.analysis.cut import page_number

ZEROS = "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"


def with_row(tmp_path: Path, prefix: str, row: str) -> Path:
    """The real text with section 四's data row replaced (one number changed)."""
    text = corpus(prefix).read_text(encoding="utf-8")
    assert text.count(f"\n{ZEROS}\n") == 1
    out = tmp_path / corpus(prefix).name
    out.write_text(text.replace(f"\n{ZEROS}\n", f"\n{row}\n"), encoding="utf-8")
    return out


# --- section 四's header broken over lines (r650) or a character a line (r651) -------------------------------------

def test_a_header_broken_over_lines_binds_the_form_columns_in_order():
    # r650 (文登区信访局 2022): "结果 结果 其他 尚未 总" over "维持 纠正 结果 审结 计": before, 15 RL303 and 3 RL402
    found = findings(corpus("r650"))
    assert [f for f in found if f[0] in ("RL303", "RL402", "RL401")] == []


def test_a_header_printed_a_character_a_line_binds_the_form_columns_in_order():
    # r651 (a 审计局 2020): "结 结 其 尚" / "果 果 他 未" / "维 纠 结 审" / "持 正 果 结"
    found = findings(corpus("r651"))
    assert [f for f in found if f[0] in ("RL303", "RL402", "RL401")] == []


def test_a_wrong_review_total_under_a_broken_header_is_found(tmp_path):
    path = with_row(tmp_path, "r650", "1 0 0 0 0 0 0 0 0 0 0 0 0 0 0")
    assert [f for f in findings(path) if f[0] == "RL401"] == [
        ("RL401", "error", "行政复议总计不成立（数据行）：结果维持+结果纠正+其他结果+尚未审结 = 1+0+0+0 = 1，总计 = 0，相差 1")]


def test_a_wrong_litigation_total_under_a_vertical_header_is_found(tmp_path):
    path = with_row(tmp_path, "r651", "0 0 0 0 0 0 0 0 0 0 1 0 0 0 0")
    assert [f for f in findings(path) if f[0] == "RL401"] == [
        ("RL401", "error", "复议后起诉总计不成立（数据行）：结果维持+结果纠正+其他结果+尚未审结 = 1+0+0+0 = 1，总计 = 0，相差 1")]


def test_a_broken_header_without_the_groups_is_not_bound_by_position(tmp_path):
    # the characters alone are not enough: without 行政复议 / 未经复议直接起诉 / 复议后起诉 written out, no table 四
    path = with_row(tmp_path, "r650", "1 0 0 0 0 0 0 0 0 0 0 0 0 0 0")
    text = path.read_text(encoding="utf-8")
    assert text.count("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n") == 1
    path.write_text(text.replace("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n", ""), encoding="utf-8")
    assert [f for f in findings(path) if f[1] == "error"] == [
        ("RL301", "error", "未找到“政府信息公开行政复议、行政诉讼情况表”表格")]


# --- one page of a flipbook (r650, r651) --------------------------------------------------------------------------

def test_a_flipbook_page_is_known_by_its_page_lines():
    assert page_number(readers.read(corpus("r650"))) == 8
    assert page_number(readers.read(corpus("r651"))) == 9
    assert page_number(readers.read(corpus("r652"))) is None


def test_a_later_flipbook_page_lacks_no_section_before_it_and_stops_where_the_page_does():
    assert [f for f in findings(corpus("r650")) if f[0] in ("RL201", "RL209")] == [
        ("RL209", "warning", "文档似乎不完整：正文在“五、存在的主要问题及改进情况”一节中途结束"
                             "（最后是“能力;二是持续在政务公开工作上出新招、出”），其后的章节未检查")]
    # r651 ends on a whole sentence of 五: the page ends there, 六 is on the next page
    assert [f for f in findings(corpus("r651")) if f[0] in ("RL201", "RL209")] == [
        ("RL209", "warning", "文档似乎不完整：正文在“五、存在的主要问题及改进情况”一节中途结束"
                             "（最后是“发挥审计在党和国家监督体系中的重要作用。”），其后的章节未检查")]


def test_a_text_without_the_page_lines_still_lacks_its_sections(tmp_path):
    text = corpus("r651").read_text(encoding="utf-8").split("\n", 2)[2]  # the two page lines removed
    path = tmp_path / "r651.txt"
    path.write_text(text, encoding="utf-8")
    missing = [f[2] for f in findings(path) if f[0] == "RL201"]
    assert missing == ["缺少第一部分“一、总体情况”", "缺少第三部分“三、收到和处理政府信息公开申请情况”",
                       "缺少第二部分“二、主动公开政府信息情况”", "缺少第六部分“六、其他需要报告的事项”"]
