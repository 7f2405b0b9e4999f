"""The audit of slices bj, bk and bl's readings (audit14): each new reading read against other plausible real wordings
in the same place.  A text that ends in section 一 on its signing block's date was signed there, not cut: a draft dated
after 一 still lacks 二–六 (RL201); 共 after a part's name is that part's own count, not a clause's total of its own; a
date run into its time reads its day only with four digits and a colon; a count of letters after the balance's terms
hides no wrong balance.  The real texts are copied and changed in a tmp folder; the real texts' own findings are pinned
by the slices' tests (test_heldout_bj_real, test_heldout_bk_real, test_heldout_bl_real)."""

from __future__ import annotations

import pytest

from realcorpus import balances, changed, findings
from reportlint.text.cndates import find_dates

# --- a draft dated in section 一 is whole (r1706, 上海市杨浦区 2023) --------------------------------------------------------

_R1706_CUT = "2023年,杨浦区共受理政府信息公开申请1761件,答复政府"
_R1706_WHOLE = "2023年,杨浦区共受理政府信息公开申请1761件,答复政府信息公开申请1761件。\n\n"
_MISSING = [("error", f"缺少第{n}部分“{title}”") for n, title in (
    ("三", "三、收到和处理政府信息公开申请情况"), ("二", "二、主动公开政府信息情况"), ("五", "五、存在的主要问题及改进情况"),
    ("六", "六、其他需要报告的事项"), ("四", "四、政府信息公开行政复议、行政诉讼情况"))]


@pytest.mark.parametrize("ending", ["上海市杨浦区人民政府办公室\n\n2024年2月18日", "2024年2月18日",
                                    "上海市杨浦区人民政府办公室 2024-02-18"])
def test_a_text_dated_in_section_one_is_a_draft_that_lacks_its_sections(tmp_path, ending):
    # before the audit (slice bj) any short dated line in 一 was read as a cut: RL209, the missing sections untold
    path = changed(tmp_path, "r1706", _R1706_CUT, _R1706_WHOLE + ending)
    assert findings(path, "RL209") == []
    assert findings(path, "RL201") == _MISSING


def test_a_name_alone_under_a_whole_sentence_in_section_one_signs_a_draft(tmp_path):
    # audit14 kept this as a cut (RL209); branch titlecut reads a name alone under a whole sentence as the signature
    # of a text that ends there (no stored page ends so): the draft lacks 二–六.  The cut readings are pinned in
    # test_sections_ending_real.py
    path = changed(tmp_path, "r1706", _R1706_CUT, _R1706_WHOLE + "上海市杨浦区人民政府办公室")
    assert findings(path, "RL209") == []
    assert findings(path, "RL201") == _MISSING


# --- 共 after a part's name is the part's count (r1204, 厦门市思明区 2023) --------------------------------------------------

_R1204 = "会议图解32期、会议视频解读15期"


def test_a_part_counted_with_gong_stays_a_part(tmp_path):
    # before the audit (slice bk) 会议图解共32期 ended the list: 37+18+4+3+1 = 63 of 110, a false warning
    path = changed(tmp_path, "r1204", _R1204, "会议图解共32期、会议视频解读15期")
    assert [f for f in findings(path, "RL701") if "110" in f[1]] == []
    wrong = changed(tmp_path, "r1204", _R1204, "会议图解共31期、会议视频解读15期")
    assert [f for f in findings(wrong, "RL701") if "110" in f[1]] == [
        ("warning", "文中各分项之和与合计不符：37份+18份+4份+3份+1份+31期+15期 = 109，写明的合计为 110 份，少 1 份")]


@pytest.mark.parametrize("clause", ["全年共接到网友咨询投诉5件", "本年度共接到网友咨询投诉5件", "共接到网友咨询投诉5件"])
def test_a_clause_with_its_own_time_and_gong_is_still_a_new_count(tmp_path, clause):
    # r1711 (slice bk): the complaints are a new count; 583's list stays 171+75+16+5 (a warning: a part's number missing)
    path = changed(tmp_path, "r1711", "全年共接到网友咨询投诉5件", clause)
    assert [f for f in findings(path, "RL701") if "583" in f[1]] == [
        ("warning", "文中各分项之和与合计不符：171+75+16+5 = 267，写明的合计为 583 条，少 316 条")]


# --- a date run into its time (slice bl) ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("发布时间:2021-03-2918:26", (2021, 3, 29)),
    ("2021-01-0112:00", (2021, 1, 1)),  # day 01, hour 12: not a month-day 01-12
    ("2021-12-3112:00-13:00", (2021, 12, 31)),
])
def test_a_date_run_into_its_time_gives_its_day(text, day):
    assert [(d.year, d.month, d.day, d.valid) for d in find_dates(text)] == [(*day, True)]


@pytest.mark.parametrize("text", [
    "编号2021-03-29181",  # a number run on, no time after it
    "2021-12-3125:00",  # no hour 25
    "文号2021-03-2918号",  # four digits, no colon
])
def test_digits_run_on_without_a_time_give_no_date(text):
    assert find_dates(text) == []


# --- a count of letters after the balance hides no wrong balance (r1732, 湖南省人民政府办公厅 2020) -----------------------

_R1732 = "共辦理完成198件"


@pytest.mark.parametrize("letters", ["收到感謝信2封", "收到網民留言30條"])
def test_a_count_of_letters_after_a_wrong_balance_hides_nothing(tmp_path, letters):
    path = changed(tmp_path, "r1732", "收到感謝信2封", letters)
    assert findings(path, "RL707") == []
    wrong = changed(tmp_path, "r1732", _R1732 + ",結轉下年度繼續辦理2件,收到感謝信2封",
                    "共辦理完成197件,結轉下年度繼續辦理2件," + letters)
    assert findings(wrong, "RL707") == [
        ("error", "文中申请数不平衡：新收 190 + 上年结转 10 = 200 件，但办结 197 + 结转下年 2 = 199 件，相差 1 件")]


def test_a_count_of_letters_handled_in_full_is_no_second_closed():
    assert balances("2020年收到政府信息公开申请200件,办结190件,结转下年度5件,办理完成群众来信40封。", 2020) == [
        (200, 195, False)]
