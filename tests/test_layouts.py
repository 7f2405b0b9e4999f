"""Tables as real reports lay them out: the same report written in .docx, Markdown and text, in each
layout real reports use (tests/reportgen.py ``Layout``), gives the same findings — the tables found,
the cells bound, the same arithmetic failures at the same rows and columns — apart from locations."""

from __future__ import annotations

import copy

import pytest

from conftest import run_cli
from reportgen import Layout, make_report, write_report

LAYOUTS = {
    "combined section-二 table": Layout(),
    "caption paragraph before each table": Layout(s2="captioned"),
    "caption as a merged first row": Layout(s2="caption_row"),
    "caption '第二十条 第(一)项'": Layout(s2="captioned", caption_spaced=True),
    "tab-separated, merged cells not padded": Layout(text="tabs"),
    "space-separated, merged cells not padded": Layout(text="spaces"),
    "'a | b |' rows, merged cells written once": Layout(text="pipes_unpadded"),
    "a cell per line": Layout(text="cells"),
    "a cell per line, captions before the tables": Layout(text="cells", s2="captioned"),
    "'cell |' per line": Layout(text="cell_pipes"),
    "row labels as one path": Layout(path_labels=True),
    "section 三 continued on a new page": Layout(page_break=6),
    "continued with its header again": Layout(page_break=6, repeat_header=True),
    "headers wrapped over two lines": Layout(text="pipes_unpadded", split_header=True),
}

# One applicant cell of 一、本年新收 is 5 more than its row's 总计 and its column's identity allows.
EXPECTED = [
    ("RL401", "error", "一、本年新收政府信息公开申请数量", "申请人情况/总计",
     "申请人合计不成立（第一项）：自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 48+80+9+8+10+53 = 208，总计 = 203，相差 5"),
    ("RL401", "error", "（七）总计", "申请人情况/自然人",
     "本列勾稽关系不成立（自然人）：第一项+第二项 = 48+0 = 48，第三项（七）总计+第四项 = 43+0 = 43，相差 5"),
]


def _report(layout: Layout):
    base = make_report(2023, seed=3)
    report = base.set_t3("new", 0, base.t3["new"][0] + 5)
    report.layout = layout
    return report


def _findings(path) -> list[tuple]:
    import json

    data = json.loads(run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).out)
    # The row's own label (a label path's top levels differ with the layout: merged or written in one cell).
    return [(d["code"], d["severity"], (d["location"]["row_label"] or "").split("/")[-1], d["location"]["col_label"],
             d["message"]) for d in data["files"][0]["diagnostics"]]


@pytest.mark.parametrize("suffix", ["docx", "md", "txt"])
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_layout_gives_the_same_findings_in_every_format(tmp_path, name, suffix):
    path = tmp_path / f"report.{suffix}"
    write_report(_report(LAYOUTS[name]), path)
    assert _findings(path) == EXPECTED


@pytest.mark.parametrize("suffix", ["docx", "md", "txt"])
def test_a_typo_in_a_row_label_binds_with_one_warning_in_every_format(tmp_path, suffix):
    report = copy.deepcopy(_report(Layout(s2="captioned", text="tabs")))
    report.labels = {"2.其他法律行政法规禁止公开": "2.其他法律行政止公开"}
    path = tmp_path / f"report.{suffix}"
    write_report(report, path)
    assert _findings(path) == [
        EXPECTED[0],
        ("RL306", "warning", "2.其他法律行政止公开", "",
         "“收到和处理政府信息公开申请情况表”中的标签“三、本年度办理结果/（三）不予公开/2.其他法律行政止公开”与格式规定的“不予公开/其他法律行政法规禁止公开”"
         "不一致（已按“不予公开/其他法律行政法规禁止公开”核对）"),
        EXPECTED[1],
    ]
