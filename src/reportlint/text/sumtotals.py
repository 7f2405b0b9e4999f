"""Which count a prose breakdown is about: the number before a 其中/包括 marker (or none), and whether a list after
it speaks of that count alone.  Kept apart from ``sums`` (which reads the parts after the marker; ``sumextent`` decides
where the list ends): this is the reading backwards from the marker, over brackets and at most one sentence end.

- ``…178条,其中…`` and ``…32条。其中:…``: the number right before, in its sentence or ending the one before;
- ``…申请44件、相比于2024年增长46.7%,其中自然人申请42件…`` (or ``…44件,较上年增加14件,其中…``): a clause comparing the
  count with an earlier year's remarks on it, and the 其中 after it breaks down the count, not the change (``_change_lead``);
- ``…其中:…其他类信息9条。其中主动公开…``: 9 is a part of a list, no total — unless the list opens on the outcomes of
  handling and the list before counts applications: ``受理…申请49件,其中,…8件,…;…传真4件,占8.2%。其中,依申请同意公开14件、…
  结转下年度继续办理22件`` breaks the 49 down again, by outcome after channel (``_broken_down_again``);
- ``…网站754条,…新媒体2808条,…其他方式54条。其中,…``: the last of several counts of its sentence in its unit is no
  total of a 其中 opening the next — unless the list opens on the outcomes of handling (予以公开, 不予公开, 无法提供…) and
  that count is of what was handled (``新收…1081件,办理1104件(…)。其中,予以公开及部分公开147件;…其他处理155件``: 1104);
- ``其中网上申请15件,信函申请5件,已全部办结,其中予以公开12件,…``: a part of a list followed by a clause of its own
  (words outside brackets) is no total of the 其中 after it — that clause speaks of the whole list;
- ``行政复议192件,行政诉讼73件,其中:140件行政复议、49件行政诉讼获维持,…``: a list naming both counts breaks them down
  together, no sum of 73 (``names_a_sibling``).
"""

from __future__ import annotations

from .applicationwords import REPLIED as _REPLIED
from .cnparse import NumberMention
from .marks import stretch_end, stretch_start
from .summarkers import CARRIED as _CARRIED
from .summarkers import CLAUSE_PUNCT as _CLAUSE_PUNCT
from .summarkers import CLOSE as _CLOSE
from .summarkers import HANDLED as _HANDLED
from .summarkers import HARD_STOP as _HARD_STOP
from .summarkers import MARKERS as _MARKERS
from .summarkers import OPEN as _OPEN
from .summarkers import OPEN_PHRASE_MARKERS as _OPEN_PHRASE_MARKERS
from .summarkers import OTHER_SUBJECTS as _OTHER_SUBJECTS
from .summarkers import OUTCOMES as _OUTCOMES
from .summarkers import PHRASE_MARKERS as _PHRASE_MARKERS
from .summarkers import SENTENCE_END as _SENTENCE_END
from .summarkers import SKIP_UNITS as _SKIP_UNITS
from .summarkers import SPACES as _SPACES
from .summarkers import named_subject
from .sumremarks import CHANGE_VERBS as _CHANGE_VERBS
from .sumremarks import COMPARISON_LEADS as _COMPARISON_LEADS

__all__ = [
    "counts_handled", "handled_count", "has_sibling_count", "named_total", "names_a_sibling", "names_the_total", "total_before",
]

_TOTAL_MAX_GAP = 80
_ALL = ("均", "全部", "已全部")  # 申请17件,均在法定期限内办结: every one of them handled
_DONE = "已"  # 申请3件,已在规定期限内答复: they were handled — every one, when the clause counts none (not 已办结18件)
_NOT = "未"
_APPLICATION = "申请"
_APPLICATION_UNIT = "件"
_OUTCOME_SPAN = 12  # characters after a marker in which a list opens on an outcome (其中,予以公开及部分公开…)
# the outcomes a second breakdown opens on (同意公开: the older forms' word for 予以公开; 已公开 after its count, 其中8件已公开)
_AGAIN_OUTCOMES = (*_OUTCOMES, "同意公开", "已公开", "已予公开")
_APPLICATIONS = "申请"
# a carry-in or carry-over said beside the first breakdown: what was handled is not what was received
_CARRIED_IN = ("上年", "上一年", "去年", "结转")
# a clause comparing a count with an earlier year's (led by 同比, 较…, 相比…) ends on the change (增长, 多…) before its amount
_CHANGE_CLAUSE_MARKS = "，,、"
_CHANGED = (*_CHANGE_VERBS, "多", "少")
# what may stand between the change and its amount (同比增长约46.7%, 增长了14件, 增幅达46.7%)
_BEFORE_AMOUNT = "了约达为近"
# a second clause giving the change's rate (较上年增长14件,增幅46.7%,其中…): a remark too
_CHANGE_RATES = ("增幅", "降幅", "减幅", "涨幅", "增长率", "下降率", "增长比例", "下降比例")
_NAME_KEY = 4  # characters of a count's name that identify it in a list (行政复议, 行政诉讼: names_a_sibling)


def total_before(text: str, numbers: list[NumberMention], k: int, marker: int,
                 restated: bool = False) -> NumberMention | None:
    """The number a marker at ``marker`` breaks down: the nearest number before it (skipping numbers in
    brackets that close before it), in the same sentence or the last thing of the previous sentence
    ("N条。其中"), with no other number in between but a rate closing that sentence (``…116条,全文电子化率达
    100%。其中…``) — or the sentence before that, when the one between holds no number at all (``…各类信息13条。管理处…
    主要公开了机构概况、…财政信息。其中…``); None when there is none.  ``restated``: a previous sentence's other counts of the
    same value do not make its last one a parallel fact (``has_sibling_count``)."""
    depth = 0
    i = marker - 1
    seen_end = passed = False
    j = j_at_end = k - 1
    while i >= 0 and marker - i <= _TOTAL_MAX_GAP:
        if j >= 0 and numbers[j].end > i:
            if depth == 0:
                cand = numbers[j]
                lead = None if seen_end else _change_lead(text, cand, numbers[:j])
                if lead is not None:
                    # "…申请44件、相比于2024年增长46.7%,其中自然人申请42件…": the change remarks on the count before it
                    while j >= 0 and numbers[j].end > lead:
                        j -= 1
                    i = lead - 1
                    continue
                if seen_end and cand.unit in _SKIP_UNITS:
                    # "…信息数116条,全文电子化率达100%。其中,…": a rate closing the sentence remarks on its count
                    i = cand.start - 1
                    j -= 1
                    continue
                if cand.unit is None or cand.unit in _SKIP_UNITS or cand.approximate:
                    return None
                if seen_end and _is_listed(text, cand.start):
                    # "…其中:…其他类信息9条。其中…": 9 is a part, not a total — but outcomes may break the first total
                    # down again ("受理申请49件,其中,网上…8件,…传真4件。其中,同意公开14件,…结转下年度22件": 49)
                    return _broken_down_again(text, numbers[:j], cand, marker)
                if seen_end and has_sibling_count(text, numbers[:j], cand, restated) \
                        and not _outcomes_of(text, cand, marker):
                    # "…网站754条,…新媒体2808条,…其他方式54条。其中…": not a breakdown of 54 alone — but outcomes are of
                    # the one count handled the sentence states before its last (…答复申请共15件,撤销申请0件。其中,予以公开…)
                    return _handled_of_sentence(text, numbers[: j + 1], cand, marker)
                if not seen_end and _is_listed(text, cand.start) and _words_between(text, cand.end, marker):
                    return None  # "…其中…信函申请5件,已全部办结,其中予以公开12件…": of the whole, not of 5 alone
                return cand
            i = numbers[j].start - 1
            j -= 1
            continue
        ch = text[i]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            if depth > 0:
                depth -= 1  # at depth 0: "N件(其中:…", the bracket that encloses the list itself
        elif ch in _HARD_STOP:
            return None
        elif ch in _SENTENCE_END:
            if seen_end:
                if passed or j != j_at_end:
                    return None
                # "…各类信息13条。管理处…主要公开了机构概况、…财政信息。其中…": a sentence with no number between names
                # no other count, so the total is still the last count before it
                passed = True
            # the previous sentence may hold the total only when the marker opens this one
            elif text[i + 1 : marker].strip(" \t\u3000"):
                return None
            seen_end, j_at_end = True, j
        i -= 1
    return None


def named_total(text: str, numbers: list[NumberMention], start: int, end: int) -> NumberMention | None:
    """The count a named classification at ``start``–``end`` breaks down (``summarkers.named_classification_markers``):
    the one count of the sentence before whose words right before it are the lead's subject (``…其中主动公开政府信息37条,
    作为依申请公开信息数14条,不予公开信息数4条。主动公开政府信息类别:…``: 37, not the 4 ending the sentence); None when no
    count, or more than one, is so named."""
    subject = named_subject(text[start:end])
    before = stretch_start(text, _SENTENCE_END, start - 1)
    named = [n for n in numbers if before <= n.start < start and n.unit is not None and n.unit not in _SKIP_UNITS
             and text[max(0, n.start - len(subject)) : n.start] == subject]
    return named[0] if len(named) == 1 and subject else None


def _broken_down_again(text: str, before: list[NumberMention], part: NumberMention, marker: int) -> NumberMention | None:
    """The total of the list ``part`` ends, when the list at ``marker`` opens on the outcomes of handling and that total
    counts applications: the same applications broken down a second way, sentence after sentence (by channel, then by
    outcome), as ``sumbreakdowns.second_breakdown`` reads it within one sentence.  None otherwise (a list of other items)."""
    if not any(w in text[marker : marker + _OUTCOME_SPAN] for w in _AGAIN_OUTCOMES):
        return None
    sentence = stretch_start(text, _SENTENCE_END, part.start)
    if any(w in text[sentence:marker] for w in _CARRIED_IN):
        return None  # "…49件,…另有上年结转3件。其中,予以公开…": the outcomes are of more than the 49 received
    first = min((i for i in (text.find(w, sentence, part.start) for w in _MARKERS) if i >= 0), default=-1)
    if first < 0:
        return None
    k = sum(1 for n in before if n.start < first)
    total = total_before(text, before, k, first)
    if total is None or total.unit != part.unit or not _counts_applications(text, total):
        return None
    return total


def _handled_of_sentence(text: str, before: list[NumberMention], last: NumberMention, marker: int) -> NumberMention | None:
    """The one count of what was handled in the sentence ``last`` ends, when the list at ``marker`` opens on the outcomes
    of handling after a marker of its own (其中…) and ``last`` is another count (``…答复申请共15件,撤销申请0件。其中,予以公开
    2件,…``: 15); None otherwise — outcomes with no marker after a sentence ending on a count carried over are left as
    they were (``…按时办结454件,结转下年继续办理7件。予以公开及部分公开245件,…``: read by ``handled_count`` or not at all)."""
    if not text.startswith(_MARKERS, marker) or not any(w in text[marker : marker + _OUTCOME_SPAN] for w in _OUTCOMES):
        return None
    sentence = stretch_start(text, _SENTENCE_END, last.start)
    handled = [n for n in before if n.start >= sentence and n is not last and n.unit == last.unit
               and counts_handled(text, n)]
    return handled[0] if len(handled) == 1 else None


def _counts_applications(text: str, number: NumberMention) -> bool:
    """``number``'s clause counts applications received or handled (申请…N件, 办理/答复/办结…N件)."""
    clause = text[stretch_start(text, _CLAUSE_PUNCT, number.start) : number.start]
    return _APPLICATIONS in clause or counts_handled(text, number)


def has_sibling_count(text: str, before: list[NumberMention], cand: NumberMention, restated: bool = False) -> bool:
    """The sentence of ``cand`` states another count in its unit before it: its counts are parallel facts, and a
    其中 opening the next sentence breaks down the sentence (or something else), not its last count alone.
    ``restated``: counts of ``cand``'s own value are left out — the same count said twice (``累计公开信息80条,主动公开80条。
    其中,…``), a reading the caller keeps only when the parts add up to it (``复议5件,诉讼5件。其中…`` may break both down)."""
    sentence = stretch_start(text, _SENTENCE_END, cand.start)
    return any(n.start >= sentence and n.unit == cand.unit and not (restated and n.value == cand.value) for n in before)


def names_a_sibling(text: str, before: list[NumberMention], total: NumberMention, start: int, end: int) -> bool:
    """The list from ``start`` to its last part's number ending at ``end`` names both ``total``'s own count and an
    earlier count of its sentence in its unit (``政府信息公开类行政复议192件,行政诉讼73件,其中:140件行政复议、49件行政诉讼
    获维持,…``): it breaks the parallel counts down together, so it is no statement about ``total`` alone.  A name is
    the last ``_NAME_KEY`` characters of the words before a count in its clause; the two must differ.  The list is read
    to the end of its last part's clause, since a part may be named after its number (``行政复议166件,行政诉讼44件,
    其中37件行政复议、8件行政诉讼尚未审结``: the last name follows 8)."""
    listed = text[start : _clause_end(text, end)]
    own = _count_name(text, total)
    if not own or own not in listed:
        return False
    sentence = stretch_start(text, _SENTENCE_END, total.start)
    for sibling in before:
        if sibling.start < sentence or sibling.end > total.start or sibling.unit != total.unit:
            continue
        name = _count_name(text, sibling)
        if name and name != own and name in listed:
            return True
    return False


def names_the_total(text: str, total: NumberMention, part: NumberMention) -> bool:
    """``part`` (of a list after ``total``) is named as ``total`` itself is — the last ``_NAME_KEY`` characters of the
    words before each are the same (``局官网全年共发布信息2660条,…,“燕赵体育”微信公众号发布信息2715条``: 发布信息): a count of
    the same thing under another subject, a sibling of the total rather than a part of it (sumextent).  A part only
    mentioning the name is not (``主动公开政府信息109条。其中:…;政府信息公开工作年度报告1条``: 年度报告)."""
    own = _count_name(text, total)
    return len(own) == _NAME_KEY and _count_name(text, part) == own


def _clause_end(text: str, pos: int) -> int:
    """Where the clause going on at ``pos`` ends: its next clause mark or 、 (the end of the text when none)."""
    return stretch_end(text, _CLAUSE_PUNCT + "、", pos)


def _count_name(text: str, number: NumberMention) -> str:
    """The last ``_NAME_KEY`` characters of the words before ``number`` in its clause ("" when fewer than 2)."""
    start = stretch_start(text, _CLAUSE_PUNCT + "、，,（(", number.start)
    name = text[start : number.start].strip(_SPACES + "：:")
    return name[-_NAME_KEY:] if len(name) >= 2 else ""


def _outcomes_of(text: str, cand: NumberMention, marker: int) -> bool:
    """The list at ``marker`` opens on an outcome of handling an application (予以公开, 不予公开, 无法提供…) and
    ``cand`` counts what was handled (办理/答复/办结): the outcomes break down that count, whatever other counts its
    sentence states (``新收…1081件,办理1104件(…)。其中,予以公开及部分公开147件;不予公开27件;…其他处理155件``)."""
    return counts_handled(text, cand) and any(w in text[marker : marker + _OUTCOME_SPAN] for w in _OUTCOMES)


def counts_handled(text: str, number: NumberMention) -> bool:
    """``number`` counts the applications handled: its clause says 办理/答复/办结, and not that they were carried over
    (``按时办结454件,结转下年继续办理7件``: 7 is no count of what was handled)."""
    clause = _clause_of(text, number)
    return any(w in clause for w in _HANDLED) and not any(w in clause for w in _CARRIED)


def handled_count(text: str, before: list[NumberMention]) -> NumberMention | None:
    """The one count of applications handled that ``text`` (a paragraph) states in ``before``, the numbers before an
    outcome list that no count ending the sentence before introduces (``…受理…180件,答复政府信息公开申请202件(含上年度
    结转35件),另有13件申请…顺延到下年度答复,…。申请内容主要涉及…。已办结申请中,予以公开及部分公开55件,…``: 202); a count
    is of what was handled when its clause says so (``counts_handled``) or the clause after it says every one was
    (``申请17件,均在法定期限内办结``), and its clause names 申请.  None when there is none or more than one (``办结50件,
    其中按时办结48件``: which the outcomes break down is not told).  A part of a 其中 list is no such count (``收到申请
    20件,其中按期办结申请18件,延期办结2件``: 18 is those closed in time, the outcomes are of all 20), nor is a count of
    consultations, petitions… (``答复申请人咨询15件``: another subject, summarkers.OTHER_SUBJECTS)."""
    found = [n for n in before if n.unit == _APPLICATION_UNIT and not n.approximate and _is_handled_whole(text, n)]
    return found[0] if len(found) == 1 else None


def _is_handled_whole(text: str, number: NumberMention) -> bool:
    """``number`` counts all the applications handled (see ``handled_count``)."""
    clause = _clause_of(text, number)
    return (_APPLICATION in clause and not any(w in clause for w in _OTHER_SUBJECTS) and not _is_listed(text, number.start)
            and (counts_handled(text, number) or _all_handled_after(text, number)))


def _clause_of(text: str, number: NumberMention) -> str:
    return text[stretch_start(text, _CLAUSE_PUNCT, number.start) : number.start]


def _all_handled_after(text: str, number: NumberMention) -> bool:
    """The clause right after ``number`` says every one of them was handled (``,均在法定期限内办结``; ``,已在规定期限内
    答复`` or 回复, no count in it: not ``,已办结18件``, some of them)."""
    if text[number.end : number.end + 1] not in (",", "，"):
        return False
    after = text[number.end + 1 : stretch_end(text, _CLAUSE_PUNCT, number.end + 1)]
    every = after.startswith(_ALL) or (after.startswith(_DONE) and not any(ch.isdigit() for ch in after))
    return every and any(w in after for w in (*_HANDLED, *_REPLIED)) and _NOT not in after


def _words_between(text: str, start: int, end: int) -> bool:
    """Words outside brackets lie between a part and a marker after it (``信函申请5件,已全部办结,其中``): a clause of its
    own, which speaks of the whole list (a nested list follows its part right away: ``微信公众号2443条,其中…``)."""
    depth = 0
    for ch in text[start:end]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        elif depth == 0 and ch not in _CLAUSE_PUNCT and ch not in _SPACES and ch not in "、":
            return True
    return False


def _change_lead(text: str, number: NumberMention, earlier: list[NumberMention]) -> int | None:
    """Where the clause of ``number`` starts (its comma or 、) when that clause compares a count with an earlier year's
    (``同比增长46.7%``, ``较上年增加14件``, ``相比于2024年增长…``, ``同比降低约12.5%``) or gives the rate of that change
    (``…增加14件,增幅46.7%``) right after a count of its own (the last of ``earlier`` before the clause, in digits or
    Chinese numerals): a remark on that count, which a 其中 after it still breaks down; None otherwise."""
    start = max(text.rfind(ch, 0, number.start) for ch in _CHANGE_CLAUSE_MARKS)
    if start < 0:
        return None
    clause = text[start + 1 : number.start].strip(_SPACES).rstrip(_BEFORE_AMOUNT)
    if not (clause.startswith(_COMPARISON_LEADS) and clause.endswith(_CHANGED)) and clause not in _CHANGE_RATES:
        return None
    # the clause follows a count (…44件、相比于…, …四十四件,同比…), not a word (…信息,同比增长…: no count to remark on)
    before = len(text[:start].rstrip(_SPACES))
    previous = next((n for n in reversed(earlier) if n.end <= start), None)
    return start if previous is not None and previous.unit is not None and previous.end == before else None


def _is_listed(text: str, start: int) -> bool:
    """The number at ``start`` follows a 其中/包括… marker in its own sentence (it is a part of a list)."""
    lead = text[stretch_start(text, _SENTENCE_END, start) : start]  # sliced once, not per word
    return any(word in lead for word in _MARKERS + _PHRASE_MARKERS + _OPEN_PHRASE_MARKERS)
