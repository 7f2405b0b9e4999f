"""Section 二's small tables found by their captions on a real page that prints them without the item's 第
(`第二十条(一)项 |`), with a filler row `| | | |` after the last one."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from reportlint import readers
from reportlint.analysis.binding import locate
from reportlint.app.engine import load_pack

CORPUS = Path(__file__).parent / "corpus"
R300 = CORPUS / "r300_2020_gucheng-jiaoyuju-mirror.txt"


def test_captions_without_the_items_di_are_the_forms_captions():
    text = R300.read_text(encoding="utf-8")
    assert "第二十条(一)项 |" in text and "第二十条(九)项 |" in text and "| | | |" in text
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", R300).json["files"][0]
    assert [(d["code"], d["message"]) for d in file["diagnostics"] if d["severity"] != "info"] == [
        ("RL209", "文档似乎不完整：正文在“三、收到和处理政府信息公开申请情况”一节中途结束（最后是“(二)部分公开(区”），其后的章节和表格未检查"),
    ]


def test_each_small_table_is_bound_with_its_rows_and_no_filler_row():
    pack = load_pack("cn-gov-disclosure-2019")
    doc = readers.read(R300)
    cache: dict = {}
    bound = {spec.id: locate(spec, doc, None, cache) for spec in pack.tables}
    assert sorted(k for k, b in bound.items() if b is not None) == ["t2-1", "t2-5", "t2-6", "t2-8", "t2-9", "t3"]
    purchases = bound["t2-9"]
    assert (purchases.view.caption, purchases.view.data_rows, purchases.extra_rows) == ("第二十条(九)项", [17], [])
