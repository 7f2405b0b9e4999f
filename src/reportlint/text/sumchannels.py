"""Whether a list of parts counts its total's items once per channel rather than splitting them (``73条，其中网站73条;
微信73条``): then the parts restate the total and are no breakdown of it.

Kept apart from text/sums (which reads the total and its parts) because it is one question asked of a list already
read, for the forward lists and the trailing totals (text/sumtrailing) alike: which units count an item once in every
channel it is published in (``PUBLISHED``), and which parts split a total instead (applications, which arrive once).
The same words tell where a list of channels goes on past a nested list (``outer_channel_goes_on``).
"""

from __future__ import annotations

from .cnparse import NumberMention
from .marks import stretch_end, stretch_start
from .sumbreakdowns import closed_and_pending
from .summarkers import CATCH_ALL, CLAUSE_PUNCT, OUTCOMES, SEMICOLONS, SPACES, SUBSETS, clause_start

__all__ = ["PUBLISHED", "UNIT_DROPPABLE", "applications_by_channel", "counts_per_form", "names_channel", "names_platform",
           "outer_channel_goes_on", "restates_total"]

# Units of what is published, each item counted in every channel it is published in: a total after its parts in them
# that equals one part counts the items once over the channels (``…3200条,微信发布1500条,共发布信息3200条``); not
# applications or cases (件: ``受理29件,续办上年度结转1件,共办理29件`` would be a wrong total), nor when a part passes
# the total — no channel has more items than all of them once (``网站发布1200条,微信发布2000条,共发布信息1200条``:
# the first part copied as the total, 3200 due).
PUBLISHED = frozenset("条篇")
# The units of lists whose parts' unit a page drops (``sumdropped.unit_dropped_part``): published items, and the documents and
# decisions counted in 件 (``政策解读796件,其中文字解读427、图文解读162件…``).
UNIT_DROPPABLE = PUBLISHED | {"件"}


# Words of a total's clause saying each of its items is given in several forms (``多形式、多角度解读政策文件17篇,其中文字解读
# 16篇,主要负责人解读3篇,专家解读2篇,…``): the parts count the forms, an item once in each of its forms, as a list of
# channels counts it once per channel — so they may add up past the total.
MANY_FORMS = ("多形式", "多种形式", "多角度")


def counts_per_form(text: str, total: NumberMention, parts: list[NumberMention]) -> bool:
    """Published items (``PUBLISHED``) whose clause says each is given in several forms, and parts over them: the
    forms, overlapping, not a breakdown (no statement).  Parts short of such a total are still read as a breakdown."""
    if total.unit not in PUBLISHED or sum(p.value for p in parts) <= total.value:
        return False  # asked of every list: the clause is looked for only when published items' parts pass their total
    clause = text[clause_start(text, total.start) : total.end]
    return any(word in clause for word in MANY_FORMS)


def restates_total(text: str, total: NumberMention, parts: list[NumberMention], labels: list[str]) -> bool:
    """The same items counted per channel ("73条，其中网站73条;微信73条"): not a breakdown — unless the total counts
    applications and every part names a channel or an applicant (``受理政府信息公开申请22件,其中,信函申请0件,网上申请22件,
    当面申请0件,传真申请0件``): an application arrives once, by one channel, from one applicant, so those parts split the
    total and a part equal to it leaves the others 0; so do what was closed and what is still open (``受理19件,其中18件…
    予以答复,1件结转至2023年度办理``: sumbreakdowns.closed_and_pending) and the outcomes of handling, one to an application
    (``收到…申请2条,…其中:予以公开1条;其他处理1条``)."""
    if not any(p.value == total.value for p in parts) or _splits_applications(text, total, labels) \
            or _received_and_carried(text, total, labels) or _kinds(total, labels) \
            or closed_and_pending(labels) or all(any(word in label for word in OUTCOMES) for label in labels):
        return False
    return any(p.value != 0 for p in parts if p.value != total.value) or sum(1 for p in parts if p.value == total.value) > 1


def _kinds(total: NumberMention, labels: list[str]) -> bool:
    """The parts of published items (``PUBLISHED``) name kinds of information, none a channel — each a kind (…类:
    ``8条,其中:应急管理类信息8条、其他类信息1条``) or the list closed by its catch-all (``6条,分别是机构职能类信息1条,其他应当
    主动公开的政府信息5条``): an item is of one kind, so a kind equal to the total leaves the others 0 — the kinds split it,
    no count per channel."""
    return total.unit in PUBLISHED and not any(names_channel(label) for label in labels) \
        and (all(_KIND in label for label in labels) or labels[-1].lstrip(SPACES + "“\"").startswith(CATCH_ALL))


_KIND = "类"


def _splits_applications(text: str, total: NumberMention, labels: list[str]) -> bool:
    """The total's clause names 申请 and every part's clause a channel or an applicant (``summarkers.SUBSETS``)."""
    clause = text[clause_start(text, total.start) : total.end]
    return "申请" in clause and all(any(word in label for word in SUBSETS) for label in labels)


# A part naming this year's applications received (新接收91件) or the ones carried over (2020年结转办理1件, 结转下年3件).
_RECEIVED = ("新收", "新接收", "新受理", "新增", "本年度收到", "本年收到", "本年度受理", "本年受理")
_CARRIED_WORD = "结转"


def _received_and_carried(text: str, total: NumberMention, labels: list[str]) -> bool:
    """The total counts applications and its parts are this year's received and the ones carried over, in or out
    (``累计处理政府信息依申请公开92件,其中,本年度新接收91件,2020年结转办理1件``): each application is one of them once,
    so a part equal to the total leaves the others 0 — no count per channel."""
    clause = text[clause_start(text, total.start) : total.end]
    return "申请" in clause and any(any(word in label for word in _RECEIVED) for label in labels) \
        and any(_CARRIED_WORD in label for label in labels) \
        and all(any(word in label for word in _RECEIVED) or _CARRIED_WORD in label for label in labels)


def applications_by_channel(text: str, total: NumberMention, labels: list[str]) -> bool:
    """The total counts applications and every part opens on its channel or applicant, or names it as who applied
    (``收到申请42件,其中自然人申请41件,科研机构申请1件``, ``其中9件为网上申请,1件为书面申请``): a split in which each
    application falls in one part, so the parts are meant to make the total (checks/prose: a warning when they fall
    short, even of two parts).  A channel or applicant named inside a topic (``涉及企业信息的12件``) is no such part."""
    return _splits_applications(text, total, labels) and all(_opens_on_subset(label) for label in labels)


def _opens_on_subset(label: str) -> bool:
    name = label.lstrip(SPACES + "“”\"'").lstrip("0123456789件为是")
    return name.startswith(SUBSETS) or any(word + "申请" in label for word in SUBSETS)


# A clause naming the channel its items were published through: it opens on one of these and publishes (发布/公开).
_CHANNEL_OPENERS = ("通过", "在", "依托", "利用")
_PUBLISHES = ("发布", "公开")


def outer_channel_goes_on(first_label: str, nested: str, after: str) -> bool:
    """A nested list closed by its own 其他 before a semicolon, and the clause after it opens as the outer list's first
    part does, on a channel (``221条,其中,在…网站发布信息31条,其中…17条,…,其他栏目2条;通过…微信公众号公开信息191条``):
    the outer list goes on there whether or not it adds up — the semicolon ends the nested list, the next channel is
    the outer list's next part.  ``nested``: the nested list's text up to the semicolon; ``after``: the text after it."""
    last = nested.rstrip("".join(SEMICOLONS) + SPACES)
    last = last[stretch_start(last, CLAUSE_PUNCT + "、", len(last)) :]
    after = after[: stretch_end(after, CLAUSE_PUNCT, 0)]
    return any(word in last for word in CATCH_ALL) and _channel(first_label) and _channel(after)


def _channel(label: str) -> bool:
    return label.startswith(_CHANNEL_OPENERS) and any(verb in label for verb in _PUBLISHES)


# The platforms a body's own accounts post on beside its website; a part naming one and a verb of posting counts that
# account's posts (``云林新韵微信公众号发布信息224条``).
_PLATFORMS = ("微信", "公众号", "微博", "抖音", "视频号", "头条号", "客户端", "APP", "App", "app")
_POSTS = ("发布", "推送", "推出", "公开")
# Any channel a count of published items may be split by: the platforms, the website, a board, the press.
_CHANNELS = (*_PLATFORMS, "网站", "网页", "门户", "平台", "公开栏", "公示栏", "宣传栏", "显示屏", "媒体", "报纸", "电视", "广播")


def names_platform(label: str) -> bool:
    """``label`` counts what an account posted on a platform (``云林新韵微信公众号发布信息224条``): a platform and a verb of
    posting both named."""
    return any(word in label for word in _PLATFORMS) and any(verb in label for verb in _POSTS)


def names_channel(label: str) -> bool:
    """``label`` names a channel items are published through (a platform, the website, a board, the press)."""
    return any(word in label for word in _CHANNELS)
