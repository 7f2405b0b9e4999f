"""Leftovers of the fifteenth round (benchmarks/ACCURACY.md, "Left" of slices cv, cx, cw, ct and audit26a/b), each on the
real text and on copies of it (``tests/realcorpus.changed``):

- a table printed in the other form (r2384, 七里乡 2020, the 2021 form's tables in a 2020 report) reported no missing
  row at all (slice cv): a row both forms have, removed, was missed.  The pack now says which rows each form prints
  (``version.forms[].rows``, checked by the version kind): only a row the printed form lacks is no row left out;
- r2344 (宝山区建管委 2021) ``共受理…申请41件。依申请予以主动公开的4件,本机关不掌握…15件,…撤回申请6件``: the outcomes in the sentence
  after their count, opening on 依申请, were not read (a copy one over was silent); nor after a short lead and a colon
  (``…20件。具体情况:予以公开10件,…``, audit26b).  Now such a sentence breaks down the count received in the sentence before
  when no count closed and nothing carried (but none) is told near it (``text/sumoutcomeleads``): 安阳县住建局's r1959
  copies too; a bare outcome after a count received still breaks nothing down (slice ak's decision);
- r2358 (七宝镇) ``新收…申请68件,上年结转…申请0件。其中,予以公开的有12件,…``: the count before 其中 is the carry-in of none; the
  outcomes break down the 68 received (copies one over and one short were silent);
- r2375 (正定县 2024) ``主动公开各类政府信息6238条,其中规范性文件3件,其他文件28件``: parts all in another unit than the total count
  another kind of item (documents among items), so their catch-all closes that kind, not the total: no warning now; and
  r2373 (燕郊高新区 2023) ``当年办结93件,…,申请撤回0件,不予公开32件``: an outcome above the one count closed in its sentence
  (no marker) is an error — a copy with 94 was silent; 郑州勾赵办事处's r1086 ``办结6件,…,予以公开3件`` the same."""

from __future__ import annotations

import pytest

from realcorpus import changed, corpus, edit, findings
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


_OVER_41 = ("error", "文中合计不成立：5+15+16+6 = 42，但写明的合计为 41 件，各分项之和多出 1 件")


def test_r2344_outcomes_opening_on_yi_shenqing_break_down_the_count_received(tmp_path):
    assert findings(corpus("r2344"), "RL701") == [("warning", "文中各分项之和与合计不符：44+2+9 = 55，写明的合计为 113 件，少 58 件")]
    open_ = findings(corpus("r2344"), "RL701")
    one_over = changed(tmp_path, "r2344", "依申请予以主动公开的4件", "依申请予以主动公开的5件")
    assert findings(one_over, "RL701") == [*open_, _OVER_41]
    assert findings(changed(tmp_path, "r2344", "当事人主动撤回申请6件", "当事人主动撤回申请5件"), "RL701") == [
        *open_, ("warning", "文中各分项之和与合计不符：4+15+16+5 = 40，写明的合计为 41 件，少 1 件")]
    # after a lead and a colon, with or without 依申请
    for opening in ("具体情况:予以公开5件", "具体情况:依申请予以主动公开的5件"):
        assert findings(changed(tmp_path, "r2344", "依申请予以主动公开的4件", opening), "RL701") == [*open_, _OVER_41]
    # an outcome alone opening the sentence after a count received: of the handled only (slice ak's reading, kept)
    assert findings(changed(tmp_path, "r2344", "依申请予以主动公开的4件", "予以公开5件"), "RL701") == open_
    # one carried in, in its sentence or the one before: the applications handled are not only the 41
    for carried in ("共受理政府信息公开申请41件,上年结转1件。", "上年结转1件。共受理政府信息公开申请41件。"):
        with_carried = changed(tmp_path, "r2344", "共受理政府信息公开申请41件。", carried)
        assert findings(edit_of(with_carried, "依申请予以主动公开的4件", "依申请予以主动公开的5件"), "RL701") == open_


def edit_of(path, old, new):
    edit(path, old, new)
    return path


_R1959 = "依申请信息公开办理有69件,均为自然人申请。办理结果如下:"


def _r1959(tmp_path, lead, carried_out="结转下年度继续办理2件"):
    copy = changed(tmp_path, "r1959", _R1959, lead)
    edit(copy, "结转下年度继续办理1件", carried_out)
    return copy


def test_a_lead_and_a_colon_before_the_outcomes_of_the_count_received(tmp_path):
    """安阳县住建局 (r1959) reads its outcomes after 办理结果如下 on main; written as received, with 具体情况: or no lead."""
    assert findings(corpus("r1959"), "RL701") == []
    over = [("error", "文中合计不成立：35+1+2+29+1+2 = 70，但写明的合计为 69 件，各分项之和多出 1 件")]
    for lead in ("收到依申请信息公开申请69件,均为自然人申请。具体情况:", "受理依申请信息公开申请69件,均为自然人申请。办理情况如下:",
                 "收到依申请信息公开申请69件,均为自然人申请。依申请"):
        assert findings(_r1959(tmp_path, lead), "RL701") == over
    assert findings(_r1959(tmp_path, "收到依申请信息公开申请69件,均为自然人申请。"), "RL701") == []  # a bare outcome
    assert findings(_r1959(tmp_path, "收到依申请信息公开申请69件,均为自然人申请。具体情况:", "结转下年度继续办理1件"), "RL701") == []
    # a carry-in before, or a lead naming a subset: not the 69's outcomes
    assert findings(_r1959(tmp_path, "上年结转2件。收到依申请信息公开申请69件,均为自然人申请。具体情况:"), "RL701") == []
    assert findings(_r1959(tmp_path, "收到依申请信息公开申请69件,均为自然人申请。网上申请:"), "RL701") == []


def test_r908_outcomes_among_those_replied_are_not_of_the_count_received(tmp_path):
    assert findings(corpus("r908"), "RL701") == []
    lead = "其中本年度答复21件,结转下年度办理1件。在已答复的信件中,"
    assert findings(changed(tmp_path, "r908", lead, "。具体情况:"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：7+6+8 = 21，写明的合计为 22 件，少 1 件")]
    assert findings(changed(tmp_path, "r908", lead + "予以公开7件", "。具体情况:予以公开9件"), "RL701") == [
        ("error", "文中合计不成立：9+6+8 = 23，但写明的合计为 22 件，各分项之和多出 1 件")]


def test_r2358_outcomes_after_a_carry_in_of_none_break_down_the_count_received(tmp_path):
    assert findings(corpus("r2358"), "RL701") == []
    assert findings(changed(tmp_path, "r2358", "其他处理30件", "其他处理31件"), "RL701") == [
        ("error", "文中合计不成立：12+4+6+16+31+0 = 69，但写明的合计为 68 件，各分项之和多出 1 件")]
    assert findings(changed(tmp_path, "r2358", "予以公开的有12件", "予以公开的有11件"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：11+4+6+16+30+0 = 67，写明的合计为 68 件，少 1 件")]
    # one carried in: the outcomes are of 69, not of the 68 received alone
    assert findings(changed(tmp_path, "r2358", "上年结转信息公开申请0件", "上年结转信息公开申请1件"), "RL701") == []


def test_r2375_documents_among_items_are_no_complete_list_of_them(tmp_path):
    assert findings(corpus("r2375"), "RL701") == []
    assert findings(changed(tmp_path, "r2375", "其他文件28件", "其他文件6300件"), "RL701") == [
        ("warning", "文中合计不成立：3件+6300件 = 6303，但写明的合计为 6238 条，各分项之和多出 65 条")]
    # the parts in the total's own unit: its catch-all closes the total's list, as before
    assert findings(changed(tmp_path, "r2375", "规范性文件3件,其他文件28件", "规范性文件3条,其他文件28条"), "RL701") == [
        ("error", "文中合计不成立：3+28 = 31（已列至“其他文件”），但写明的合计为 6238 条，少 6207 条")]


def test_an_outcome_above_the_count_closed_beside_it(tmp_path):
    assert findings(corpus("r2373"), "RL701") == []
    assert findings(changed(tmp_path, "r2373", "不予公开32件", "不予公开94件"), "RL701") == [
        ("error", "文中分项大于其合计：“不予公开”为 94 件，但写明的合计为 93 件，多出 1 件")]
    assert findings(changed(tmp_path, "r2373", "不予公开32件", "不予公开93件"), "RL701") == []
    # a count closed in time is some of those closed: the outcomes may be of all
    assert findings(changed(tmp_path, "r2373", "当年办结93件", "当年按时办结90件"), "RL701") == []
    assert findings(corpus("r1086"), "RL701") == []
    assert findings(changed(tmp_path, "r1086", "予以公开3件", "予以公开7件"), "RL701") == [
        ("error", "文中分项大于其合计：“予以公开”为 7 件，但写明的合计为 6 件，多出 1 件")]
