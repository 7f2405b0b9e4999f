"""Where a prose breakdown opens: the markers (其中, 包括, 从…分类看, 分布情况为…, a count's 中), brackets that introduce the
parts of a total, and sentences that open on an outcome of handling with no marker (``…答复83件。予以公开4件,…``).
Kept apart from ``sums`` (which reads the total before a marker and the parts after it) so that each module stays
one job: finding the openers is plain string search, no number reading."""

from __future__ import annotations

from .applicationwords import CARRIED, CLOSED, EXAMINED, OTHER_SUBJECTS, OUTCOMES, REPLIED, SUBSETS
from .applicationwords import CARRIED_IN as _CARRIED_IN
from .applicationwords import NOT_A_WHOLE as _NOT_A_WHOLE
from .applicationwords import NOT_A_WHOLE_OF_SHU_YU as _NOT_A_WHOLE_OF_SHU_YU
from .cnparse import NumberMention
from .lazyregex import LazyRegex
from .marks import stretch_end, stretch_start
from .sumremarks import is_change

__all__ = [
    "CARRIED", "CATCH_ALL", "CLAUSE_PUNCT", "CLAUSE_SEPARATORS", "CLOSE", "CLOSED", "HANDLED", "HARD_STOP", "LIST_OPENERS", "MARKERS",
    "NEW_TOPIC", "NOT_TOTAL_AFTER_GONG", "NOT_TOTAL_BEFORE_GONG", "OPEN", "OPEN_PHRASE_MARKERS", "OTHER_SUBJECTS",
    "OUTCOMES", "PHRASE_MARKERS", "RESULTS", "SEMICOLONS", "SENTENCE_END", "SKIP_UNITS", "SPACES", "SUBSETS", "TOTAL_KEYWORDS",
    "WITHIN_MARKS", "WITHIN_SPAN", "WITHIN_UNITS", "classification_markers", "clause_start", "find_all", "headed_markers",
    "markers", "named_classification_markers", "named_subject", "names_items", "outcome_markers", "phrase_markers",
    "within_markers",
]

# 其中 / 包括 / 其中包括, with the punctuation around them; 主要包括 and 重点包括 open a partial list.
# Plain string tests rather than regular expressions: compiling a pattern is paid on every run.
MARKERS = ("其中", "包括", "包含", "内有", "分别是", "分别为")  # 其中包括 / 其中包含 / 其中有 are one marker; 6条,分别是…1条,…5条
_EACH = ("分别是", "分别为")  # open a list only as their clause's first words (6条,分别是…), not after its subjects
OPEN_LIST = ("主要", "重点")  # 主要包括: a partial list
# Phrases that open a breakdown as 其中 does: "272条,分布情况为:…103条,…" and "112条。从信息内容分类看,…4条,…"
# (the 从 of 从…分类看 at most FROM_SPAN characters before, in the same clause).  A 从…看 naming the dimension the count
# is split along — its channels, its content, its carriers or platforms — opens one as 从…分类看 does ("427条。从公开渠道
# 来看,…网站公开信息11条,…128条。"); a 从…看 of a time or a view (从全年来看, 从目前看) names no split and opens nothing.
_FROM_DIMENSIONS = ("分类", "渠道", "内容", "载体", "平台")
PHRASE_MARKERS = ("分布情况为", "分布情况是", *(head + tail for head in _FROM_DIMENSIONS for tail in ("来看", "看", "上来看", "上看")))
# Phrases that open the list of the main kinds (福建's template: "主动公开信息共计11条。主要类别有:…0条,…5条,工作信息6条,…";
# 广东's "…累计主动公开政府信息67条。主要类别包括:组织机构3条、…"): an open list, as 主要包括 — parts over the total are
# wrong, parts short of it may leave kinds out.  Each head with each verb that announces the kinds.
OPEN_PHRASE_MARKERS = tuple(head + verb for head in ("主要类别", "主要类型") for verb in ("有", "为", "包括", "包含"))
_OPEN_PHRASE_HEAD = "主要类"
FROM_SPAN = 8
# A sentence that only announces a classification of the count ending the sentence before: "…212条。主动公开政府信息的
# 主要类别如下:机构职能类信息7条,…其它类信息0条。" (its words name a classification and end in 如下, before the parts).
# A 类 alone is not one: "各类新媒体发布情况如下:政务微博…150条,微信…90条" counts channels, each of which may carry the
# same items.  主要 before it (主要类别如下) says it names the main kinds: an open list, as 主要类别有 and 主要包括.
AS_FOLLOWS = "如下"
CLASS_WORDS = ("类别", "类型", "分类")
# A sentence that opens by naming a count of the sentence before and announcing its kinds with a colon: "…其中主动公开政府
# 信息37条,作为依申请公开信息数14条,不予公开信息数4条。主动公开政府信息类别:规范性文件类信息21条,…" (福建's 漳平 template):
# its lead ends in one of these words, then the colon; the words before them name the count broken down.
# Not 分类: before a colon it is a portal's metadata label (主题分类:, 体裁分类:, 信息分类: above many reports in tests/corpus),
# not a lead; before 如下 it announces kinds as 类别 does (tests/test_heldout_bg_real.py pins both readings).
NAMED_CLASSES = tuple(w for w in CLASS_WORDS if w != "分类")
NAMED_LEAD_TAILS = ("的主要", "主要", "的")  # 主动公开政府信息的主要类别: the subject is 主动公开政府信息
# a clause opening a new list: a marker, or 主要/重点 right before one (重点领域信息85条 is a part, r500, r501)
LIST_OPENERS = MARKERS + tuple(o + m for o in OPEN_LIST for m in MARKERS)
# Words opening a clause on a new topic (另收到咨询5件, 此外…; 历年累计发布…1189条: the running count of all years, never a
# part of one year's list): a list of parts ends before it (text/sums) or with it (text/sumtrailing, reading back).  历年
# alone is no new topic: "现行有效…87件,其中本年度制发42件,历年制发45件" splits a stock into this year's and earlier years'.
# 全年 sets the whole year's time anew (…25件,其中20件为…;2件结转下年答复;全年因政府信息公开工作被申请行政复议1件): a fact of the
# year told after the list, not one of its parts (本年度 stays a part: "其中本年度新收20件,上年结转5件").
NEW_TOPIC = ("另", "此外", "同时", "历年累计", "全年")
# The words stating a count as a total (共 alone too, but as below): text/sums, text/sumsentences, text/sumcatchall.
TOTAL_KEYWORDS = ("共计", "合计", "总计", "累计", "总共", "一共")
# 共 after these (公共, 中共) or before these (共同, 共享, 共建…) is no total: read by text/sums (共 before a total),
# text/sumtrailing (共 after parts) and text/sumcatchall.
NOT_TOTAL_BEFORE_GONG = frozenset("公中")
NOT_TOTAL_AFTER_GONG = frozenset("同享建产青识性商治")
# The words of a count of the applications handled (their outcomes: OUTCOMES); 答覆 the Traditional 答复 (覆 stays 覆).
HANDLED = ("办理", "答复", "答覆", "办结")
# The name of a last part that closes a list as complete (剩余2件结转下年度: the rest, as 其余).
CATCH_ALL = ("其他", "其它", "其余", "剩余")
CLAUSE_PUNCT = "，,。；;！？!?：:"
SPACES = " \t\u3000"
SKIP_UNITS = frozenset({"%", "‰", "个百分点"})
CLAUSE_SEPARATORS = frozenset("、，,")  # the marks between the parts of a list (a semicolon too: SEMICOLONS)
# no semicolon: a list of parts joined by ; is its total's sentence (text/sentences.py, for RL611 and the carried
# figures, splits at it too)
SENTENCE_END = frozenset("。！？!?")
SEMICOLONS = frozenset("；;")
HARD_STOP = SEMICOLONS  # a semicolon: no total is read back across it
OPEN = frozenset("（(【[〔")
CLOSE = frozenset("）)】]〕")


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``text[at]`` starts: after the last clause mark (``CLAUSE_PUNCT``) before ``at``."""
    return stretch_start(text, CLAUSE_PUNCT, at)


def _past_mark(text: str, end: int) -> int:
    """Where the parts start after a marker ending at ``end``: past spaces and one ，or ： (其中：…, 分布情况为，…)."""
    while end < len(text) and text[end] in SPACES:
        end += 1
    if end < len(text) and text[end] in "，,：:":
        end += 1
    return end


def markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a partial list) of each 其中/包括/包含 (with 其中包括, 主要包括 and the ，or ： after), and of each
    属于, 含 (its parts joined by 、) or (办理)结果为 opening the clause after a count."""
    found = sorted((i, word) for word in MARKERS for i in find_all(text, word))
    out: list[tuple[int, int, bool]] = []
    last_end = 0
    for i, word in found:
        if i < last_end or (word in _EACH and text[clause_start(text, i) : i].strip(SPACES)):
            continue  # the 包括 of 其中包括; a 分别为 after its own subjects (2023年、2022年分别为5条、4条): their values
        end = i + len(word)
        if word == "其中":
            if text.startswith(("包括", "包含"), end):
                end += 2
            elif text.startswith("有", end):
                end += 1
        end = _past_mark(text, end)
        is_open = i >= 2 and text[i - 2 : i] in OPEN_LIST
        out.append((i - 2 if is_open else i, end, is_open))
        last_end = end
    out.extend((i, _past_mark(text, i + len(_CLAUSE_MARKER)), False) for i in find_all(text, _CLAUSE_MARKER)
               if _after_count(text, i) and _counts_a_total(text, i - 1, _NOT_A_WHOLE_OF_SHU_YU))
    out.extend(_contains_markers(text))
    out.extend(_result_markers(text))
    out.extend(_except_markers(text))
    out.extend(_decision_markers(text))
    out.extend(headed_markers(text))
    return sorted(out)


# A group headed by its count in brackets, its parts after a colon (``重点领域及基层公开(67条):…领域公开信息52条;公开乡镇基层
# 政务信息15条。``): the colon opens the count's breakdown as 其中 does.  The bracket holds the count alone — one holding more
# (``(含上年结转2件):``) names a part of another count.  The marker starts at the closing bracket, so the count is the
# number before it, not one in a bracket closed before a marker.
_HEADED = LazyRegex(r"\(\d+(?:\.\d+)?[件条个项篇份期次]\)[:：]")


def headed_markers(text: str) -> list[tuple[int, int, bool]]:
    if "):" not in text and ")：" not in text:
        return []  # every match ends so, and few paragraphs hold it: the pattern is neither compiled nor searched
    """(start, end, False) of each such colon; a group's list ends where the next group's name opens (text/sums)."""
    return [(m.end() - 2, _past_mark(text, m.end() - 1), False) for m in _HEADED.finditer(text)]


# The clause right after a count opening on what was decided on the things that count counts, no marker between: the
# applications' outcomes (``2023年共新收到和处理…申请17件,予以公开13件,不予公开2件,无法提供2件;``) or an appeal's or a
# lawsuit's (``被申请行政复议的案件有9件,结果维持2件,结果纠正3件,其他结果4件;``): the parts of that count, as after 其中.  The
# count's clause must name them (申请; 复议 or 诉讼) and be no part itself: no outcome, withdrawal, carry-over or subset
# (``予以公开13件,不予公开2件``: 13 is a sibling; ``网上申请15件,予以公开…``: the outcomes may be of all), no list opener or
# change, and the first count of its sentence (``…不予处理6件,申请人主动撤销申请6件,其他处理3件``: a part of the list before).
# The form's finer result names open the list as well (``申请4件,申请人均为自然人,信息不存在2件,不属于本单位公开1件,不予公开1件``,
# 新港街 r2074): 信息不存在 and 本机关不掌握 for 无法提供's rows, 不属于政府信息 and 重复申请 for 不予处理's, 不属于本机关/本单位.  One
# clause may stand between the count and its outcomes when it adds no fact that could make them another count's (no
# number, no outcome, carry-over, other subject, list opener or change: ``申请人均为自然人``, ``均已按时答复``).
FORM_RESULTS = ("信息不存在", "本机关不掌握", "没有现成信息", "不属于政府信息", "重复申请", "不属于本机关", "不属于本单位")
_APPLICATION_DECISIONS = OUTCOMES + FORM_RESULTS
_CASE_DECISIONS = ("结果维持", "结果纠正", "其他结果", "维持", "纠正", "纠错", "驳回")
_CASES = ("复议", "诉讼")


def _decision_markers(text: str) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    for words, subjects in ((_APPLICATION_DECISIONS, ("申请",)), (_CASE_DECISIONS, _CASES)):
        for word in words:
            for i in find_all(text, word):
                at = _past_a_remark(text, i, words)
                if not _after_count(text, at) or not _counts_a_total(text, at - 1):
                    continue
                start = clause_start(text, at - 1)
                clause = text[start : at - 1]
                if any(s in clause for s in subjects) and not any(w in clause for w in _NOT_A_WHOLE) \
                        and (subjects is _CASES or not any(c in clause for c in _CASES)) \
                        and not _counted_before(text[_sentence_start(text, start) : start]) \
                        and not _carried_in_after(text, i):
                    out.append((i, i, False))
    return out


def _past_a_remark(text: str, at: int, words: tuple[str, ...]) -> int:
    """Where the clause between a count and its outcome at ``at`` starts, when one stands there that adds no fact of its
    own (``申请4件,申请人均为自然人,信息不存在2件``); else ``at``."""
    if at < 1 or text[at - 1] not in "，,":
        return at
    start = clause_start(text, at - 1)
    between = text[start : at - 1].lstrip(SPACES)
    if not between or any(ch.isdigit() for ch in between) or between.startswith(LIST_OPENERS + NEW_TOPIC) \
            or is_change(between) or any(w in between for w in (*words, *CARRIED, *OTHER_SUBJECTS, "其中", "结果")):
        return at
    return start



def _carried_in_after(text: str, at: int) -> bool:
    """The sentence from ``text[at]`` on names last year's carry-in with no outcomes of its own after it (``…;上年结转办理
    1件,予以公开1件``: those are the carry-in's, and the outcomes before stay the count's)."""
    rest = text[at : stretch_end(text, SENTENCE_END, at)]
    carried = [j for j in (rest.find(w) for w in _CARRIED_IN) if j >= 0]
    return bool(carried) and not any(w in rest[min(carried) :] for w in OUTCOMES)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or the semicolon's clause group) holding ``text[at]`` starts."""
    return stretch_start(text, SENTENCE_END | SEMICOLONS, at)


def _counted_before(words: str) -> bool:
    """``words`` hold a count: a digit followed (past spaces) by a unit character — not a year's 年, a month's 月, a
    day's 日 or a share's %."""
    for i, ch in enumerate(words):
        if ch.isdigit():
            rest = words[i + 1 :].lstrip(SPACES)
            if rest and not rest[0].isdigit() and rest[0] not in ".年月日号%" + CLAUSE_PUNCT:
                return True
    return False


# ``结果为`` opening the clause right after a count, a verb of handling at most before it (``行政复议案件102件,办理结果为:
# 结果维持18件,结果纠正62件,…``): the outcomes of that count, as after 其中.  At a sentence's start (``…转办15件。办理结果为:``)
# it names no count of its own: the count before the full stop may be a carry-in, not what the outcomes break down.  Nor
# when the count's own clause is a part (``…102件,其中上年结转10件,办理结果为:``) or a change (``…102件,较上年增加12件,
# 办理结果为:``): the outcomes are of the total before, not of that count.
RESULTS = "结果为"
_RESULTS_LEAD = 2  # 办理, 处理, 审理


def _result_markers(text: str) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    for i in find_all(text, RESULTS):
        start = clause_start(text, i)
        lead = text[start:i]
        if len(lead) <= _RESULTS_LEAD and not any(ch.isdigit() for ch in lead) and _after_count(text, start) \
                and _counts_a_total(text, start - 1):
            out.append((start, _past_mark(text, i + len(RESULTS)), False))
    return out


# 属于 opening the clause right after a count (``已答复119件,属于同意公开的60件,…``): its parts, as after 其中.  Elsewhere it is
# a verb of its own clause (``其中3件属于我委职能范围``), no marker — nor when that count's clause opens with 属于 too, 其中, or
# names an outcome (``其中:属于公开范围5件,属于…4件``; ``其中予以公开3件,属于内部事务信息不予公开1件``, 普陀区民政局 r2342):
# each then names one part of a list, siblings, and the count before it is no total.
_CLAUSE_MARKER = "属于"


def _counts_a_total(text: str, comma: int, parts: tuple[str, ...] = ()) -> bool:
    """The clause ending at ``comma`` (a count's) opens no list (其中…: a part), tells no change (较上年增12件), names no ``parts``."""
    clause = text[clause_start(text, comma) : comma].lstrip(SPACES)
    return not clause.startswith(LIST_OPENERS + NEW_TOPIC) and not is_change(clause) and not any(w in clause for w in parts)


def _after_count(text: str, at: int, marks: str = "，,") -> bool:
    """``text[at:]`` follows a count and one comma (one of ``marks``): a digit, then one unit character (件, 条…), then ，or
    ,; and that count's clause does not itself open with 属于 (a sibling in a list of 属于 clauses)."""
    if not (at >= 3 and text[at - 1] in marks and text[at - 3].isdigit() and not text[at - 2].isdigit()
            and text[at - 2] not in CLAUSE_PUNCT + SPACES):
        return False
    clause = clause_start(text, at - 1)
    return not text[clause:at].lstrip(SPACES).startswith(_CLAUSE_MARKER)


# 含 opening the clause right after a count, its parts joined by 、 (``公开发布信息121条,含规范性文件2件、其他有关文件2条、…
# 公示公告28条``): the kinds that count includes — an open list, as 主要包括 (parts over the total are wrong; short of it
# the writer may name only some).  Not when the clause holds no 、: then 含 names one subset and the clauses after it are
# facts of their own (``办理…申请69件,含2023年转至今年办理的3件,办结68件,…``; ``政策解读93次,含文件解读23次,图片解读5次,…``).
# Alone 含 is too common a character (含金量, 不含…) to be a marker anywhere else.
_CONTAINS = "含"


def _contains_markers(text: str) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    for i in find_all(text, _CONTAINS):
        if not _after_count(text, i):
            continue
        if "、" in text[i : stretch_end(text, CLAUSE_PUNCT, i)]:
            out.append((i, _past_mark(text, i + len(_CONTAINS)), True))
    return out


# 除 opening the clause right after a count with a count of its own, the rest named by a later clause of the sentence
# (``共收到…申请15件,除2件结转2025年继续办理,其他13件均按时办结``; ``…15件,除2件结转外,其余13件已办结``): the count split into
# what is set apart and the rest — a closed list, as one ending in 其他.  Without a count in it (``除此之外,``) or with no
# rest named (``除1件尚未审结外,均获维持``) it is no split.  The rest is the clause right after the 除 clause, or after the
# clause closing its 除…外: a clause between (``除2件结转下年外,还受理咨询20件,其他13件…``, 还 adding another fact) is no rest.
# The 除 may open the sentence after the count (``…申请15件。除2件…外,其余13件…``), as 其中 may; its 除…外 may run over
# clauses (``除2件因申请内容不明确,经补正后仍不明确外,其余13件``: sumparts reads the part on to its 外).
_EXCEPT = "除"
_EXCEPT_CLOSE = "外"


def _except_markers(text: str) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    for i in find_all(text, _EXCEPT):
        if not _after_count(text, i, "，,。"):  # "…申请15件。除2件…外,其余13件…": the count ending the sentence before
            continue
        stop = stretch_end(text, SENTENCE_END, i)
        marks = [j for j in range(i, stop) if text[j] in CLAUSE_PUNCT]
        first_end = marks[0] if marks else stop
        closing = next((j for j in marks if text[:j].rstrip(SPACES).endswith(_EXCEPT_CLOSE)), first_end)
        if closing < stop and any(ch.isdigit() for ch in text[i:first_end]) \
                and text[closing + 1:].lstrip(SPACES).startswith(CATCH_ALL + ("余下",)):
            out.append((i, i, False))  # the excepted count is the first part: the marker is the word itself
    return out


def phrase_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a partial list) of each 分布情况为 / 从…分类看 phrase (with the ，or ： after): a closed
    breakdown; of each 主要类别有 phrase: an open one."""
    out: list[tuple[int, int, bool]] = []
    # every open phrase starts 主要类: without it (most paragraphs) its four phrases are not looked for one by one
    words = PHRASE_MARKERS + OPEN_PHRASE_MARKERS if _OPEN_PHRASE_HEAD in text else PHRASE_MARKERS
    for word in words:
        for i in find_all(text, word):
            start = i
            if word.endswith("看"):
                lo = max(0, i - FROM_SPAN)
                start = text.rfind("从", lo, i)
                if start < 0 or any(c in CLAUSE_PUNCT for c in text[start:i]):
                    continue
            out.append((start, _past_mark(text, i + len(word)), word in OPEN_PHRASE_MARKERS))
    return out


def classification_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a partial list) of each clause that announces a classification, with no number before its
    如下 (``…212条。主动公开政府信息的主要类别如下:机构职能类信息7条,…``, ``…32条,具体分类如下:…``): a breakdown of the
    count before it, as a 其中 opening the clause would be (at a sentence's start ``sumtotals.total_before`` reads that
    count back across the full stop); open when it announces the main kinds
    (主要/重点).  Only a classification (类别, 类型, 分类 in the lead): "主要做法如下" opens a list of measures and
    "各类平台发布情况如下" one of channels, not the count's parts."""
    out: list[tuple[int, int, bool]] = []
    for i in find_all(text, AS_FOLLOWS):
        # the lead is the clause of 如下: a sentence's first (the count ending the sentence before), or one right after
        # a count and its comma (``…32条,具体分类如下:工作动态信息25条,…``), read as a 其中 there would be
        start = clause_start(text, i)
        lead = text[start:i]
        if any(w in lead for w in CLASS_WORDS) and not any(ch.isdigit() or ch in CLAUSE_PUNCT for ch in lead):
            out.append((start, _past_mark(text, i + len(AS_FOLLOWS)), any(w in lead for w in OPEN_LIST)))
    return out


def named_classification_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, opens a partial list) of each sentence that opens by naming a count and announcing its kinds with
    a colon, with no number or clause mark before (``…主动公开政府信息37条,作为依申请公开信息数14条,…。主动公开政府信息
    类别:…21条,…``): a breakdown of the count so named in the sentence before (``sumtotals.named_total``), which need
    not end that sentence — unlike a 如下 lead (``classification_markers``), whose count is the one ending it; open
    when it names the main kinds (主动公开政府信息的主要类别:), as there."""
    out: list[tuple[int, int, bool]] = []
    if "类" not in text:
        return out  # every class word has a 类 (most paragraphs have none: answered at C speed)
    for word in NAMED_CLASSES:
        for i in find_all(text, word):
            colon = i + len(word)
            if colon >= len(text) or text[colon] not in "：:":
                continue
            start = stretch_start(text, SENTENCE_END, i)
            if named_subject(text[start:colon]):  # open when it names the main kinds, as classification_markers
                out.append((start, _past_mark(text, colon), any(w in text[start:i] for w in OPEN_LIST)))
    return out


def named_subject(lead: str) -> str:
    """The count a named classification's lead (``主动公开政府信息的主要类别：``) names: its words before the class word
    (``主动公开政府信息``); "" when the lead holds a number or a clause mark, or names less than two characters."""
    lead = lead.strip(SPACES + "：:")
    word = next((w for w in NAMED_CLASSES if lead.endswith(w)), None)
    if word is None or any(ch.isdigit() or ch in CLAUSE_PUNCT for ch in lead):
        return ""
    subject = lead[: -len(word)]
    for tail in NAMED_LEAD_TAILS:
        if subject.endswith(tail):
            subject = subject[: -len(tail)]
            break
    return subject if len(subject) >= 2 else ""


def outcome_markers(text: str) -> list[tuple[int, int, bool]]:
    """(start, start, False) of each sentence that opens on an outcome of handling, with no marker (``答复…申请83件,均在
    法定期限内予以答复。予以公开及部分公开4件,占4.82%;不予公开5件,…``) or after a lead clause that only says they were
    handled (``已办结申请中,予以公开及部分公开55件,…``, ``经审核分类办理,予以公开2件、部分公开5件,…``, ``申请回复为予以公开2件,
    无法提供1件``): a closed breakdown of
    what was handled (``sumtotals.total_before`` takes its total from the sentence before only when that count is of
    办理/答复/办结; failing one there, ``sumtotals.handled_count``, the paragraph's one count of what was handled)."""
    out: list[tuple[int, int, bool]] = []
    for word in OUTCOMES:
        for i in find_all(text, word):
            j = i
            while j > 0 and text[j - 1] in SPACES:
                j -= 1
            if j > 0 and (text[j - 1] in SENTENCE_END or (text[j - 1] in _LEAD_ENDS and _handling_lead(text, j - 1))):
                out.append((i, i, False))
    return out


# What ends a lead clause before the outcomes: a comma or colon, or the copula joining it to them (``申请回复为予以公开2件,
# 无法提供1件``, ``办理结果为予以公开…``).
_LEAD_ENDS = "，,：:为"
# The words of such a lead that say the applications were handled: HANDLED, REPLIED (回复, as 答复) and EXAMINED (经审核).
_LEAD_HANDLED = (*HANDLED, *REPLIED, *EXAMINED)


def _handling_lead(text: str, mark: int) -> bool:
    """The sentence's words before ``mark`` are one clause, with no number, that says the applications were handled
    (办结, 办理, 答复, 回复) and names no subset of them (网上申请中, 自然人申请中: their outcomes are not of all handled)."""
    lead = text[stretch_start(text, SENTENCE_END, mark) : mark]
    return bool(lead.strip(SPACES)) and not any(ch.isdigit() or ch in CLAUSE_PUNCT for ch in lead) \
        and any(w in lead for w in _LEAD_HANDLED) and not any(w in lead for w in SUBSETS)


# ``办结的29件中,予以公开20件,…``, ``在97件信息公开申请答复中,同意公开为11件``: a count, a few words naming what it counts
# (no number, no clause mark), then 中 and a comma — "among those N", the parts that follow are of N, as after 其中.
# Only counts of items (件 条 篇 份 项): ``近3年中,`` or ``12个街道中,`` name a period or places, not a total broken down.
_WITHIN = "中"
WITHIN_UNITS = frozenset({"件", "条", "篇", "份", "项"})
WITHIN_SPAN = 12  # the words between the count and its 中 (申请答复, 信息公开申请答复)
WITHIN_MARKS = ("，", ",", ":", "：")  # 中, or 中: (``在已经答复的91件申请中:予以公开22件;…``)
# words that make 中 "in progress", not "among": ``1件正在办理中,2件已办结``, ``3件审查中,``, ``1件延期答复中,``
_IN_PROGRESS = ("在", "办理", "处理", "审理", "审查", "进行", "延期", "待")
# what the words between name when 中 is "among": the items counted (申请, 答复, 信息, 文件…).  Any other words are a state
# the count is in (``1件补正中,``, ``1件征求第三方意见中,``: open-ended, so these are not listed one by one)
_WITHIN_NAMES = ("申请", "答复", "信息", "件", "事项", "材料", "解读", "建议", "提案")


def names_items(words: str) -> bool:
    """No words (``办结的29件中``), or words that end naming the items counted (``97件信息公开申请答复中``)."""
    return not words or words.endswith(_WITHIN_NAMES)


def within_markers(text: str, numbers: list[NumberMention]) -> list[tuple[int, int, bool]]:
    """(start, end, False) of each 中 that closes the words right after a count and is followed by a comma or a colon
    (``办结的29件中,予以公开20件,…``, ``在已经答复的91件申请中:予以公开22件;…``): a closed breakdown of that count, the
    words between naming what it counts (``在97件信息公开申请答复中,``).  Not when a number, a clause mark or a bracket
    comes between (``29件,在办理过程中,`` is another clause), nor when the words say the count is in progress
    (``1件正在办理中,``: 中 of a state, not of a set) or name anything but the items counted (``1件补正中,``,
    ``1件征求第三方意见中,``: a state too)."""
    out: list[tuple[int, int, bool]] = []
    if not any(f"中{mark}" in text for mark in WITHIN_MARKS):
        return out  # no 中 before a comma or colon (most paragraphs): no count is looked at
    for n in numbers:
        if n.unit not in WITHIN_UNITS:
            continue
        at = text.find(_WITHIN, n.end, n.end + WITHIN_SPAN + 1)
        if at < 0 or text[at + 1 : at + 2] not in WITHIN_MARKS:
            continue
        words = text[n.end : at]
        if any(ch.isdigit() or ch in CLAUSE_PUNCT or ch in OPEN or ch in CLOSE for ch in words) \
                or any(w in words for w in _IN_PROGRESS) or not names_items(words.strip(SPACES)):
            continue
        out.append((at, _past_mark(text, at + 1), False))
    return out


def find_all(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
