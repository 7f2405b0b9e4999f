"""Where a prose breakdown opens: the markers (其中, 包括, 从…分类看, 分布情况为…), brackets that introduce the
parts of a total, and sentences that open on an outcome of handling with no marker (``…答复83件。予以公开4件,…``).
Kept apart from ``sums`` (which reads the total before a marker and the parts after it) so that each module stays
one job: finding the openers is plain string search, no number reading."""

from __future__ import annotations

from .cnparse import NumberMention

__all__ = [
    "CARRIED", "CATCH_ALL", "CLAUSE_PUNCT", "CLAUSE_SEPARATORS", "CLOSE", "HANDLED", "HARD_STOP", "LIST_OPENERS", "MARKERS",
    "NEW_TOPIC", "NOT_TOTAL_AFTER_GONG", "OPEN", "OTHER_SUBJECTS", "OUTCOMES", "PHRASE_MARKERS", "SEMICOLONS", "SENTENCE_END",
    "SKIP_UNITS", "SPACES", "SUBSETS",
    "bracket_markers", "find_all", "markers", "outcome_markers", "phrase_markers",
]

# 其中 / 包括 / 其中包括, with the punctuation around them; 主要包括 and 重点包括 open a partial list.
# Plain string tests rather than regular expressions: compiling a pattern is paid on every run.
MARKERS = ("其中", "包括", "包含", "内有")  # 其中包括 / 其中包含 / 其中有 are one marker
OPEN_LIST = ("主要", "重点")  # 主要包括: a partial list
# Phrases that open a breakdown as 其中 does: "272条,分布情况为:…103条,…" and "112条。从信息内容分类看,…4条,…"
# (the 从 of 从…分类看 at most FROM_SPAN characters before, in the same clause).
PHRASE_MARKERS = ("分布情况为", "分布情况是", "分类来看", "分类看")
FROM_SPAN = 8
# a clause opening a new list: a marker, or 主要/重点 right before one (重点领域信息85条 is a part, r500, r501)
LIST_OPENERS = MARKERS + tuple(o + m for o in OPEN_LIST for m in MARKERS)
# What was done with the applications handled (the form's 三、本年度办理结果).
OUTCOMES = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")
# Words opening a clause on a new topic (另收到咨询5件, 此外…): a list of parts ends before it (text/sums) or with it
# (text/sumtrailing, reading back).
NEW_TOPIC = ("另", "此外", "同时")
# 共 before these is no total (共同, 共享, 共建…): read by text/sums (共 before a total) and text/sumtrailing (共 after parts).
NOT_TOTAL_AFTER_GONG = frozenset("同享建产青识性商治")
# The words of a count of the applications handled (their outcomes: OUTCOMES).
HANDLED = ("办理", "答复", "办结")
# Words naming a subset of the applications (a channel, a kind of applicant): their outcomes are not of all handled.
SUBSETS = ("网上", "网络", "在线", "信函", "邮寄", "书面", "当面", "现场", "传真", "邮件", "自然人", "法人", "企业", "科研",
           "法律服务", "组织")
# What else a count in 件 may be of beside the applications (consultations, petitions, appeals…): RL707's terms and the
# count of what was handled are of applications only.
OTHER_SUBJECTS = ("咨询", "信访", "留言", "建议", "提案", "热线", "来电", "来信", "投诉", "举报", "复议", "诉讼", "人次")
# What is carried over to the next year (转接下年度办理45件): never a part, nor a count, of what was answered.
CARRIED = ("结转", "下年", "下一年", "次年", "转至")
# The name of a last part that closes a list as complete (剩余2件结转下年度: the rest, as 其余).
CATCH_ALL = ("其他", "其它", "其余", "剩余")
CLAUSE_PUNCT = "，,。；;！？!?：:"
SPACES = " \t\u3000"
SKIP_UNITS = frozenset({"%", "‰", "个百分点"})
CLAUSE_SEPARATORS = frozenset("、，,")  # the marks between the parts of a list (a semicolon too: SEMICOLONS)
SENTENCE_END = frozenset("。！？!?")
SEMICOLONS = frozenset("；;")
HARD_STOP = SEMICOLONS  # a semicolon: no total is read back across it
OPEN = frozenset("（(【[〔")
CLOSE = frozenset("）)】]〕")


def _past_mark(text: str, end: int) -> int:
    """Where the parts start after a marker ending at ``end``: past spaces and one ，or ： (其中：…, 分布情况为，…)."""
    while end < len(text) and text[end] in SPACES:
        end += 1
    if end < len(text) and text[end] in "，,：:":
        end += 1
    return end


def markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a partial list) of each 其中/包括/包含 (with 其中包括, 主要包括 and the ，or ： after)."""
    found = sorted((i, word) for word in MARKERS for i in find_all(text, word))
    out: list[tuple[int, int, bool]] = []
    last_end = 0
    for i, word in found:
        if i < last_end:
            continue  # the 包括 of 其中包括
        end = i + 2
        if word == "其中":
            if text.startswith(("包括", "包含"), end):
                end += 2
            elif text.startswith("有", end):
                end += 1
        end = _past_mark(text, end)
        is_open = i >= 2 and text[i - 2 : i] in OPEN_LIST
        out.append((i - 2 if is_open else i, end, is_open))
        last_end = end
    return out


def phrase_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of each 分布情况为 / 从…分类看 phrase (with the ，or ： after): a closed breakdown."""
    out: list[tuple[int, int, bool]] = []
    for word in PHRASE_MARKERS:
        for i in find_all(text, word):
            start = i
            if word.startswith("分类"):
                lo = max(0, i - FROM_SPAN)
                start = text.rfind("从", lo, i)
                if start < 0 or any(c in CLAUSE_PUNCT for c in text[start:i]):
                    continue
            out.append((start, _past_mark(text, i + len(word)), False))
    return out


def outcome_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, start, False) of each sentence that opens on an outcome of handling, with no marker (``答复…申请83件,均在
    法定期限内予以答复。予以公开及部分公开4件,占4.82%;不予公开5件,…``) or after a lead clause that only says they were
    handled (``已办结申请中,予以公开及部分公开55件,…``, ``经审核分类办理,予以公开2件、部分公开5件,…``): a closed breakdown of
    what was handled (``sumtotals.total_before`` takes its total from the sentence before only when that count is of
    办理/答复/办结; failing one there, ``sumtotals.handled_count``, the paragraph's one count of what was handled)."""
    out: list[tuple[int, int, bool]] = []
    for word in OUTCOMES:
        for i in find_all(text, word):
            j = i
            while j > 0 and text[j - 1] in SPACES:
                j -= 1
            if j > 0 and (text[j - 1] in SENTENCE_END or (text[j - 1] in "，,：:" and _handling_lead(text, j - 1))):
                out.append((i, i, False))
    return out


def _handling_lead(text: str, mark: int) -> bool:
    """The sentence's words before ``mark`` are one clause, with no number, that says the applications were handled
    (办结, 办理, 答复) and names no subset of them (网上申请中, 自然人申请中: their outcomes are not of all handled)."""
    lead = text[max(text.rfind(c, 0, mark) for c in SENTENCE_END) + 1 : mark]
    return bool(lead.strip(SPACES)) and not any(ch.isdigit() or ch in CLAUSE_PUNCT for ch in lead) \
        and any(w in lead for w in HANDLED) and not any(w in lead for w in SUBSETS)


def bracket_markers(text: str, numbers: list[NumberMention]) -> list[tuple[int, int, bool]]:
    """A bracket right after a count, no 其中 in it (``152件(信函申请21件、…)``): a marker, open when it starts with 含."""
    out: list[tuple[int, int, bool]] = []
    for n in numbers:
        inside = text[n.end + 1 : n.end + 8].lstrip(SPACES)
        if text[n.end : n.end + 1] in ("(", "（") and n.unit not in SKIP_UNITS | {None} \
                and not inside.startswith(LIST_OPENERS):
            out.append((n.end, n.end + 1, inside.startswith("含")))
    return out


def find_all(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
