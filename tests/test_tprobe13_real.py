"""Causes of the misses the table probe (benchmarks/tableprobe.py) found on the 866-document corpus (branch tprobe13).

r1604 (麻阳 a 局 2020, a traditional-character mirror): 三's header is written a cell per line, row after row, and its
first cell (自然人) is lost: 法人或其他組織 | 總計 | 商業企業 | 科研機構 | 社會公益組織 | 法律服務機構 | 其他 — seven
texts over the row's seven values.  Read one per column, 法人或其他组织 took the 自然人 values and 总计 the 商业企业
values; the real 总计 (the last value) was added into a 法人 subtotal.  The real text (all 0) stays silent, copies with
one number changed get the row's RL401 on the form's columns, and a header whose columns keep the form's order (a real
subtotal column, 总计 last) is still bound by its labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import corpus_findings, run_cli
from realcorpus import corpus

ROW = "一、本年新收政府信息公開申請數量\n\n" + "\n\n".join(["0"] * 7)
HEADER = "法人或其他組織\n\n總計\n\n商業企業\n\n科研機構\n\n社會公益組織\n\n法律服務機構\n\n其他"


def with_row(tmp_path: Path, values: list[int], header: str = HEADER) -> Path:
    """r1604 with its 新收 row's seven values (and, for a counter-case, its header) replaced."""
    text = corpus("r1604").read_text(encoding="utf-8")
    assert text.count(ROW) == 1 and text.count(HEADER) == 1
    new_row = "一、本年新收政府信息公開申請數量\n\n" + "\n\n".join(str(v) for v in values)
    out = tmp_path / corpus("r1604").name
    out.write_text(text.replace(ROW, new_row).replace(HEADER, header), encoding="utf-8")
    return out


def value_line(path: Path, k: int) -> int:
    """The line of the 新收 row's ``k``-th value (1–7; a finding points at its identity's total cell)."""
    return path.read_text(encoding="utf-8").split("\n").index("一、本年新收政府信息公開申請數量") + 1 + 2 * k


def table_findings(path: Path) -> list[tuple[str, str, str, int]]:
    """(code, severity, message, line) of each table finding (RL3xx, RL4xx) on one file."""
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["code"], d["severity"], d["message"], d["location"]["line"])
            for d in file["diagnostics"] if d["code"][:3] in ("RL3", "RL4")]


def test_the_real_header_one_label_short_is_silent():
    assert [f for f in corpus_findings(corpus("r1604")) if f[0][:3] in ("RL3", "RL4")] == []


@pytest.mark.parametrize(("values", "message"), [
    ([0, 7, 0, 0, 0, 0, 0], "申请人合计不成立（第一项）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = "
                            "0+7+0+0+0+0 = 7，总计 = 0，相差 7"),
    ([0, 0, 0, 0, 0, 0, 7], "申请人合计不成立（第一项）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = "
                            "0+0+0+0+0+0 = 0，总计 = 7，相差 7"),
    ([7, 0, 0, 0, 0, 0, 0], "申请人合计不成立（第一项）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = "
                            "7+0+0+0+0+0 = 7，总计 = 0，相差 7"),
])
def test_a_wrong_number_under_the_header_is_read_in_the_forms_columns(tmp_path, values, message):
    path = with_row(tmp_path, values)
    assert table_findings(path) == [("RL401", "error", message, value_line(path, 7))]  # the last value is 总计


def test_a_row_that_adds_up_under_the_header_is_silent(tmp_path):
    assert table_findings(with_row(tmp_path, [3, 1, 0, 0, 2, 0, 6])) == []


# Counter-case: the same seven texts with 总计 last — a 法人或其他组织 subtotal column before its five kinds, the form's
# order kept (no 自然人 column): bound by the labels, the subtotal checked against the kinds.
SUBTOTAL_FIRST = "法人或其他組織\n\n商業企業\n\n科研機構\n\n社會公益組織\n\n法律服務機構\n\n其他\n\n總計"


def test_a_subtotal_column_in_the_forms_order_is_bound_by_its_label(tmp_path):
    assert table_findings(with_row(tmp_path, [5, 1, 1, 1, 1, 1, 5], SUBTOTAL_FIRST)) == []
    path = with_row(tmp_path, [6, 1, 1, 1, 1, 1, 5], SUBTOTAL_FIRST)
    line = value_line(path, 1)  # the subtotal, first
    assert table_findings(path) == [
        ("RL401", "error", "法人或其他组织小计不成立（第一项）：商业企业+科研机构+社会公益组织+法律服务机构+其他 = "
                           "1+1+1+1+1 = 5，法人或其他组织 = 6，相差 1", line)]

