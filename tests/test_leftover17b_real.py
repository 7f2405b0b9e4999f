"""Leftovers of the fifteenth round (benchmarks/ACCURACY.md, "Left" of slices cv, cx, cw, ct and audit26a/b), each on the
real text and on copies of it (``tests/realcorpus.changed``):

- a table printed in the other form (r2384, 七里乡 2020, the 2021 form's tables in a 2020 report) reported no missing
  row at all (slice cv): a row both forms have, removed, was missed.  The pack now says which rows each form prints
  (``version.forms[].rows``, checked by the version kind): only a row the printed form lacks is no row left out."""

from __future__ import annotations

import pytest
from realcorpus import changed, corpus, findings
from reportlint.app.engine import pack_loader
from reportlint.model.diagnostics import ConfigError

_FORM = ("error", "2020 年度报告应使用2019年版格式的表格，但第二部分的表头是2021年版格式的")


def test_r2384_a_table_of_the_other_form_lacks_the_rows_that_form_prints(tmp_path):
    assert findings(corpus("r2384"), "RL801") == [_FORM]
    assert findings(corpus("r2384"), "RL302") == []  # 其他对外管理服务事项: the 2021 form has no such row
    enforcement = changed(tmp_path, "r2384", "行政强制 |\n3 |\n||\n", "")
    assert findings(enforcement, "RL302") == [("error", "“第二十条第（六）项（行政处罚、行政强制）”缺少行“行政强制”")]
    assert findings(enforcement, "RL801") == [_FORM]
    normative = changed(tmp_path, "r2384", "行政规范性文件 |\n0 |\n0 |\n0 |\n", "")
    assert findings(normative, "RL302") == [("error", "“第二十条第（一）项（规章、规范性文件）”缺少行“规范性文件”")]
    regulations = changed(tmp_path, "r2384", "规章 |\n0 |\n0 |\n0 |\n", "")
    assert findings(regulations, "RL302") == [("error", "“第二十条第（一）项（规章、规范性文件）”缺少行“规章”")]
    # the 2019 form's own table without that row (团结乡 2020): missing, as before
    assert findings(changed(tmp_path, "r2383", "其他对外管理服务事项\n\n0\n\n0\n\n0\n\n", ""), "RL302") == [
        ("error", "“第二十条第（五）项（行政许可等）”缺少行“其他对外管理服务事项”")]


@pytest.mark.parametrize(("rows", "error"), [("{t2-5: [nothing]}", "rows 中的键 'nothing' 不在表格 t2-5 的行中"),
                                             ("{t9: [licensing]}", "未知的表格 id 't9'")])
def test_a_forms_rows_name_the_packs_tables_and_rows(tmp_path, rows, error):
    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nextends: cn-gov-disclosure-2019\nversion:\n  forms:\n    - id: '2021'\n"
                    f"      headers: [本年制发件数]\n      rows: {rows}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        pack_loader().load(str(pack))
    assert str(info.value).startswith(f"{pack}:7: version.forms.2021.rows.")
    assert error in str(info.value)
