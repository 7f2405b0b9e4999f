"""text/marks: the nearest of the caller's marks before or after a position."""

from reportlint.text.marks import stretch_end, stretch_start

TEXT = "收到申请12件,办结10件;结转2件。另有咨询3人次"


def test_stretch_start_is_just_past_the_last_mark_before_the_position():
    at = TEXT.index("结转")
    assert stretch_start(TEXT, ",;", at) == TEXT.index(";") + 1
    assert stretch_start(TEXT, "。", at) == 0  # no mark before: the text's start
    assert stretch_start(TEXT, frozenset("。!?"), TEXT.index("咨询")) == TEXT.index("。") + 1


def test_stretch_end_is_at_the_first_mark_from_the_position():
    assert stretch_end(TEXT, ",;", 0) == TEXT.index(",")
    assert stretch_end(TEXT, "。!?", TEXT.index("办结")) == TEXT.index("。")
    assert stretch_end(TEXT, "。", TEXT.index("另")) == len(TEXT)  # no mark after: the text's end
