"""Clauses after a part of a prose breakdown that remark on it rather than add a part: its share of the total
(``占20.6%``), a change (``同比增加10条``), a rate (``日均发布量23条``) or how many of its items were published in full
text or on the website (``其中主动公开文件711条,全文电子化主动公开711条,作为可依申请公开文件609条,…``).  Kept apart
from ``sums`` (which reads the total and its parts) so that each module stays one job: telling a remark from a part
is plain string tests."""

from __future__ import annotations

__all__ = ["CHANGE", "CHANGE_VERBS", "COMPARISON_LEADS", "is_change", "is_rate", "is_remark", "is_share"]

# A share written without 占 names what it is a share of in a few words (信息公开总量的7.02%).
SHARE_WHOLE_SPAN = 12
# A rate, not a count of items: "日均发布量23条" after the parts of 8032条 is no part of them.
RATE = ("日均", "月均", "周均", "年均", "平均每", "每日", "每天")
# The old form's rows under 主动公开政府信息数 (其中: 全文电子化的主动公开信息数, 以网站公开形式发布的…): how many of the
# items of the part before were published in full text or on the website — a count of those items, not another part.
PUBLISHED_AS = ("全文电子化", "以网站公开形式", "以网站形式")
# A part that names its own form of publishing (以政府公报形式公开10条): the list is one of forms side by side, and the
# website's clause after it is another form — a part, not a count of the items before.
FORM = "形式"
CHANGE_VERBS = ("增长", "增加", "减少", "下降", "降低", "上升", "提高")
CHANGE = ("同比", "环比", "较上年", "比上年", "较去年", "比去年", *CHANGE_VERBS)
# what a clause comparing with an earlier year opens on (同比增长…, 较2024年减少…, 相比于上年增加…, 与上年相比…)
COMPARISON_LEADS = ("同比", "环比", "较", "比", "相比", "相较", "与")


def is_remark(label: str, before: str = "") -> bool:
    """Whether a clause after a part (whose clause is ``before``, when known) remarks on it (a share, a change, a rate,
    the form its items were published in) instead of being a part.  The website's form is a part after a part naming
    its own form (``…以政府公报形式公开10条,以网站形式公开80条,以其他形式公开10条``: three forms side by side)."""
    return is_share(label) or is_change(label) or is_rate(label) \
        or (label.startswith(PUBLISHED_AS) and FORM not in before)


def is_share(label: str) -> bool:
    """A clause giving the part before as a share of the total (``占20.6%``; ``信息公开总量的7.02%``, its 占
    dropped by the writer, 广昌县长桥乡 2019): a remark on that part, not a part nor a new topic."""
    if label.startswith("占"):
        return True
    whole, of, share = label.rpartition("的")
    return bool(of) and 0 < len(whole) <= SHARE_WHOLE_SPAN and not any(ch.isdigit() for ch in whole) \
        and share.endswith("%") and share[:-1].replace(".", "", 1).isdigit()


def is_rate(label: str) -> bool:
    """A clause opening on a rate (日均发布量23条, 平均每月…): a remark on the total, not a part of it (a name
    that holds such a word, ``…每日头条等媒体上发布信息80条``, is no rate)."""
    return label.startswith(RATE)


def is_change(label: str) -> bool:
    """A clause about a change (同比增加10条, 较2022年减少…), not a part."""
    if any(word in label for word in CHANGE):
        return True
    for lead in ("较", "比"):
        i = label.find(lead)
        while i >= 0:
            year = label[i + 1 : i + 5]
            if len(year) == 4 and year.isdigit() and label.startswith("年", i + 5):
                return True
            i = label.find(lead, i + 1)
    return False
