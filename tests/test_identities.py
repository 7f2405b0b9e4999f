"""Issue 3: every identity of spec §7, in both pack versions — one number changed gives exactly the
expected diagnostics (rule, cell labels, expected, actual); blanks make identities unverifiable."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SAMPLES, diagnostics_of
from reportgen import make_report, to_markdown, write_report

NATURAL, COMMERCIAL = 0, 1
T3_COLUMN_LABELS = ["申请人情况/自然人", "申请人情况/法人或其他组织/商业企业", "申请人情况/法人或其他组织/科研机构",
                    "申请人情况/法人或其他组织/社会公益组织", "申请人情况/法人或其他组织/法律服务机构",
                    "申请人情况/法人或其他组织/其他", "申请人情况/总计"]


def check(tmp_path: Path, report, fmt: str = "md") -> list[dict]:
    path = tmp_path / f"report.{fmt}"
    write_report(report, path)
    return diagnostics_of(path)


def summary(diags: list[dict]) -> list[tuple]:
    return sorted((d["rule"], d["location"]["row_label"], d["location"]["col_label"], d["expected"], d["actual"])
                  for d in diags)


@pytest.mark.parametrize("year", [2020, 2023])
def test_consistent_reports_are_clean(tmp_path, year):
    for seed in range(3):
        assert check(tmp_path, make_report(year, seed=seed)) == []


@pytest.mark.parametrize("year", [2020, 2023])
def test_new_applications_changed(tmp_path, year):
    good = make_report(year, seed=7)
    bad = good.set_t3("new", NATURAL, good.t3["new"][NATURAL] + 3)
    diags = check(tmp_path, bad)
    new_total = good.total("new")
    n = good.t3["new"][NATURAL]
    c = good.t3["carried_over"][NATURAL]
    rt, cf = good.t3["results_total"][NATURAL], good.t3["carry_forward"][NATURAL]
    assert summary(diags) == sorted([
        ("t3.balance", "三、本年度办理结果/（七）总计", "申请人情况/自然人", str(n + 3 + c), str(rt + cf)),
        ("t3.row-total", "一、本年新收政府信息公开申请数量", "申请人情况/总计", str(new_total + 3), str(new_total)),
    ])
    balance = next(d for d in diags if d["rule"] == "t3.balance")
    assert balance["message"] == (
        f"本列勾稽关系不成立（自然人）：第一项+第二项 = {n + 3}+{c} = {n + 3 + c}，"
        f"第三项（七）总计+第四项 = {rt}+{cf} = {rt + cf}，相差 3")
    assert balance["code"] == "RL401" and balance["severity"] == "error" and balance["status"] == "fail"
    assert [(x["row_label"], x["col_label"], x["value"]) for x in balance["cells"]] == [
        ("一、本年新收政府信息公开申请数量", "申请人情况/自然人", str(n + 3)),
        ("二、上年结转政府信息公开申请数量", "申请人情况/自然人", str(c)),
        ("三、本年度办理结果/（七）总计", "申请人情况/自然人", str(rt)),
        ("四、结转下年度继续办理", "申请人情况/自然人", str(cf)),
    ]


@pytest.mark.parametrize("year", [2020, 2023])
def test_result_item_changed(tmp_path, year):
    good = make_report(year, seed=7)
    value = good.t3["d3"][COMMERCIAL]
    diags = check(tmp_path, good.set_t3("d3", COMMERCIAL, value + 2))
    results_total = good.t3["results_total"][COMMERCIAL]
    d3_total = good.total("d3")
    results_rule = "t3.results-total" if year == 2020 else "t3.results-total-2021"
    assert summary(diags) == sorted([
        (results_rule, "三、本年度办理结果/（七）总计", "申请人情况/法人或其他组织/商业企业",
         str(results_total + 2), str(results_total)),
        ("t3.row-total", "三、本年度办理结果/（三）不予公开/3.危及“三安全一稳定”", "申请人情况/总计",
         str(d3_total + 2), str(d3_total)),
    ])
    results = next(d for d in diags if d["rule"] == results_rule)
    assert results["message"].startswith("办理结果总计不成立（商业企业）：（一）予以公开+（二）部分公开+国家秘密+")
    assert results["help"] == f"第三项（七）总计（商业企业）应为 {results_total + 2}（现为 {results_total}），或更正参与计算的数字"


@pytest.mark.parametrize("year", [2020, 2023])
def test_printed_total_changed(tmp_path, year):
    good = make_report(year, seed=7)
    total = good.total("results_total")
    diags = check(tmp_path, good.set_t3_total("results_total", total + 1))
    results_rule = "t3.results-total" if year == 2020 else "t3.results-total-2021"
    rt_sum = sum(good.t3["results_total"])
    balance_lhs = good.total("new") + good.total("carried_over")
    assert summary(diags) == sorted([
        ("t3.balance", "三、本年度办理结果/（七）总计", "申请人情况/总计", str(balance_lhs),
         str(total + 1 + good.total("carry_forward"))),
        (results_rule, "三、本年度办理结果/（七）总计", "申请人情况/总计", str(total), str(total + 1)),
        ("t3.row-total", "三、本年度办理结果/（七）总计", "申请人情况/总计", str(rt_sum), str(total + 1)),
    ])


@pytest.mark.parametrize("year", [2020, 2023])
@pytest.mark.parametrize(("index", "rule", "col"), [
    (4, "t4.review-total", "行政复议/总计"),
    (9, "t4.direct-total", "行政诉讼/未经复议直接起诉/总计"),
    (14, "t4.after-review-total", "行政诉讼/复议后起诉/总计"),
])
def test_section_four_totals(tmp_path, year, index, rule, col):
    good = make_report(year, seed=7)
    parts = sum(good.t4[index - 4:index])
    diags = check(tmp_path, good.set_t4(index, parts + 5))
    assert summary(diags) == [(rule, "", col, str(parts), str(parts + 5))]


def test_section_four_part_changed_names_the_total_cell(tmp_path):
    good = make_report(2023, seed=7)
    diags = check(tmp_path, good.set_t4(10, good.t4[10] + 1))
    (d,) = diags
    assert d["rule"] == "t4.after-review-total"
    assert (d["location"]["col_label"], d["expected"], d["actual"]) == (
        "行政诉讼/复议后起诉/总计", str(sum(good.t4[10:14]) + 1), str(good.t4[14]))
    assert d["message"].startswith("复议后起诉总计不成立（数据行）：结果维持+结果纠正+其他结果+尚未审结 = ")


def test_org_subtotal_column_is_tolerated_and_checked(tmp_path):
    good = make_report(2023, seed=7)
    text = to_markdown(good)
    lines = text.splitlines()
    out = []
    for line in lines:
        cells = line.split(" | ")
        if line.startswith("| （本列数据"):
            cells.insert(9, "")
        elif line.startswith("|---|") and len(cells) == 1 and line.count("|") == 11:
            line = line + "---|"
            out.append(line)
            continue
        elif line.startswith("|  |  |  | 自然人"):
            cells.insert(9, "")
        elif line.startswith("|  |  |  |  | 商业企业"):
            cells.insert(9, "小计")
        elif line.count(" | ") == 9 and line.startswith("| "):
            values = [int(v) for v in cells[4:9]]
            subtotal = sum(values)
            if "二、上年结转" in line:
                subtotal += 1  # one wrong subtotal
            cells.insert(9, str(subtotal))
        out.append(" | ".join(cells))
    path = tmp_path / "subtotal.md"
    path.write_text("\n".join(out), encoding="utf-8")
    diags = diagnostics_of(path)
    carried = sum(good.t3["carried_over"][1:6])
    new = sum(good.t3["new"][1:6])
    after = sum(good.t3["results_total"][1:6]) + sum(good.t3["carry_forward"][1:6])
    # The wrong subtotal breaks its own row's subtotal and its column's 勾稽关系.
    assert summary(diags) == sorted([
        ("t3.org-subtotal", "二、上年结转政府信息公开申请数量", "申请人情况/法人或其他组织/小计", str(carried), str(carried + 1)),
        ("t3.balance", "三、本年度办理结果/（七）总计", "申请人情况/法人或其他组织/小计", str(new + carried + 1), str(after)),
    ])


def test_group_subtotal_row_is_tolerated_and_checked(tmp_path):
    good = make_report(2023, seed=7)
    text = to_markdown(good)
    lines = text.splitlines()
    first_d = next(i for i, line in enumerate(lines) if "1.属于国家秘密" in line)
    totals = [sum(good.t3[f"d{k}"][c] for k in range(1, 9)) for c in range(6)]
    wrong = [*totals]
    wrong[0] += 1
    row = "|  | （三）不予公开 |  | " + " | ".join(str(v) for v in wrong) + f" | {sum(wrong)} |"
    lines[first_d] = lines[first_d].replace("（三）不予公开", "")
    lines.insert(first_d, row)
    path = tmp_path / "group.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    diags = diagnostics_of(path)
    assert summary(diags) == sorted([
        ("t3.group-withheld", "三、本年度办理结果/（三）不予公开", "申请人情况/自然人", str(totals[0]), str(totals[0] + 1)),
        ("t3.group-withheld", "三、本年度办理结果/（三）不予公开", "申请人情况/总计", str(sum(totals)), str(sum(totals) + 1)),
    ])


def test_stock_warning_2021(tmp_path):
    good = make_report(2023, seed=7)
    good.s2["t2-1"][1] = ["行政规范性文件", 12, 1, 9]
    diags = check(tmp_path, good)
    assert [(d["rule"], d["severity"], d["location"]["row_label"], d["expected"], d["actual"]) for d in diags] == [
        ("t2-1.stock", "warning", "行政规范性文件", "12", "10"),
    ]
    assert diags[0]["message"] == "本年制发件数大于现行有效件数与本年废止件数之和（行政规范性文件）：本年制发件数 = 12，现行有效件数+本年废止件数 = 9+1 = 10"


def test_decisions_misread_warning_2019(tmp_path):
    good = make_report(2020, seed=7)
    good.s2["t2-5"][0] = ["行政许可", 12, -1, 11]
    diags = check(tmp_path, good)
    assert [(d["rule"], d["severity"], d["location"]["row_label"]) for d in diags] == [
        ("t2-5.decisions-misread", "warning", "行政许可")]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_same_findings_in_every_format(tmp_path, fmt):
    bad = make_report(2023, seed=11).set_t3("n2", NATURAL, 7)
    expected = summary(check(tmp_path, bad, "md"))
    assert [r for r, *_ in expected] == ["t3.results-total-2021", "t3.row-total"]
    assert summary(check(tmp_path, bad, fmt)) == expected


# --- blanks and the shared sample ---------------------------------------------------------------


def test_blank_cell_makes_identities_unverifiable_not_failed(tmp_path):
    good = make_report(2023, seed=7)
    text = to_markdown(good)
    lines = text.splitlines()
    i = next(k for k, line in enumerate(lines) if "2.重复申请" in line)
    cells = lines[i].split(" | ")
    cells[3] = ""  # the 自然人 cell of 重复申请
    lines[i] = " | ".join(cells)
    path = tmp_path / "blank.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    diags = diagnostics_of(path)
    assert all(d["status"] != "fail" or d["check"] == "values" for d in diags)
    rules = sorted((d["rule"], d["status"], d["severity"]) for d in diags)
    assert rules == sorted([
        ("values.blank", "fail", "warning"),
        ("t3.row-total", "unverifiable", "warning"),
        ("t3.results-total-2021", "unverifiable", "warning"),
    ])
    unverifiable = next(d for d in diags if d["rule"] == "t3.row-total")
    assert unverifiable["code"] == "RL402"
    assert unverifiable["message"] == (
        "无法核对申请人合计（重复申请）：“三、本年度办理结果/（五）不予处理/2.重复申请/申请人情况/自然人”为空")
    blank = next(d for d in diags if d["rule"] == "values.blank")
    assert (blank["code"], blank["location"]["row_label"], blank["location"]["col_label"]) == (
        "RL501", "三、本年度办理结果/（五）不予处理/2.重复申请", "申请人情况/自然人")


def test_jingpohu_blanks_and_amount(tmp_path):
    diags = diagnostics_of(SAMPLES / "2020-jingpohu-pdf-extracted.txt")
    assert not [d for d in diags if d["check"] == "arithmetic" and d["status"] == "fail"]
    (blank,) = [d for d in diags if d["rule"] == "values.blank"]  # the row's five blank cells: one finding
    assert blank["message"] == ("“政府信息公开行政复议、行政诉讼情况表”一行有 5 个单元格为空或填了占位符（结果 维持、结果 纠正、"
                                "其他 结果、尚未 审结、总计），数字单元格应填写数字，没有发生的填 0")
    assert [c["col_label"] for c in blank["cells"]] == [
        "行政复议/结果 维持", "行政复议/结果 纠正", "行政复议/其他 结果", "行政复议/尚未 审结", "行政复议/总计"]
    assert blank["location"]["line"] == 76
    (unverifiable,) = [d for d in diags if d["status"] == "unverifiable"]
    assert unverifiable["rule"] == "t4.review-total"
    assert len(unverifiable["cells"]) == 5
    # 采购总金额 "400.45887 万元" parses: no values finding on it.
    assert not [d for d in diags if d["location"]["col_label"] == "采购总金额"]


def test_jingpohu_with_one_number_changed(tmp_path):
    """Change the 自然人 cell of （七）总计 from 0 to 2: balance, results total and row total fail there."""
    text = (SAMPLES / "2020-jingpohu-pdf-extracted.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith("(七)\t总计"))
    cells = lines[i].split("\t")
    cells[2] = "2"
    lines[i] = "\t".join(cells)
    path = tmp_path / "changed.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    diags = [d for d in diagnostics_of(path) if d["check"] == "arithmetic" and d["status"] == "fail"]
    assert [(d["rule"], d["location"]["line"], d["location"]["row_label"], d["location"]["col_label"],
             d["expected"], d["actual"]) for d in diags] == [
        ("t3.balance", 68, "(七) 总计", "申请人情况/自然人", "0", "2"),
        ("t3.results-total", 68, "(七) 总计", "申请人情况/自然人", "0", "2"),
        ("t3.row-total", 68, "(七) 总计", "申请人情况/总计", "2", "0"),
    ]
    assert [d["location"]["column"] for d in diags] == [8, 8, 20]  # "(七)\t总计\t2…": "2" is at column 8


def test_label_variants_and_typos_bind(tmp_path):
    report = make_report(2023, seed=7)
    text = to_markdown(report)
    text = (text.replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
                .replace("1.属于国家秘密", "1、属于 国家 秘密")
                .replace("| 行政规范性文件 |", "| 规范性文件 |"))
    path = tmp_path / "variants.md"
    path.write_text(text, encoding="utf-8")
    diags = diagnostics_of(path)
    assert [(d["code"], d["severity"], d["message"]) for d in diags] == [
        ("RL306", "warning", "“收到和处理政府信息公开申请情况表”中的标签“三、本年度办理结果/（三）不予公开/2.其他法律行政止公开”"
                             "与格式规定的“不予公开/其他法律行政法规禁止公开”不一致（已按“不予公开/其他法律行政法规禁止公开”核对）"),
    ]
    # and the typo row takes part in the identities: changing it is caught
    bad = text.replace("2.其他法律行政止公开 | " + str(report.t3["d2"][0]), "2.其他法律行政止公开 | " + str(report.t3["d2"][0] + 1))
    path.write_text(bad, encoding="utf-8")
    rules = sorted(d["rule"] for d in diagnostics_of(path))
    assert rules == ["t3.results-total-2021", "t3.row-total", "tables.label-variant"]
