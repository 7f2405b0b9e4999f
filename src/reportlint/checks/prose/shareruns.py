"""Runs of parts each printed with its share (``…48条,占18.8%;…207条,占80.5%;…2条,占0.7%``): which whole their shares
are of when the sentence states none, for RL703 (``checks/prose/sums.check_percentages``).

A run's shares tell their whole themselves, in two ways:

- they make 100%: the parts are the whole, so it is their sum (``_shares_own_total``; the 257 stood in the sentence
  before) — or they pass 100 and all but one follow from that sum, the odd one wrong (``_one_share_off``);
- two or more of them, and at least half, follow exactly from one total stated before the run, in its sentence or
  the one before (``…共计38条,历年累计…665条。主要类别:…②机构职能类信息5条,占15.7%;③…1条,占2.63%;④…5条,占15.7%;
  ⑤…2条,占5.26%``: 2.63 and 5.26 are 1 and 2 of 38, none of 665): the writer computed the run of that total, and a
  share of the run that does not follow from it is wrong (``_total_the_run_confirms``).

Either base is inferred, never stated as the shares' own: a warning, as for the nearest stated total.

A run may go on past a full stop the writer put inside it (``60条,其中政务动态类35条,占58%,…,领导信息4条,占0.06%。政策文件1条,
0.16%,财政预算决算4条,占0.06%。``): a sentence made of nothing but counts and their shares, after one that ends on a share,
carries the run on, and its shares are of the total that run is of (``continued_total``).  Amid shares printed after 占, a
share may be printed bare after its count and a comma (``政策文件1条,0.16%,``: ``bare_share``)."""

from __future__ import annotations

import re
from decimal import Decimal

from ...text.cnparse import NumberMention, percent_accepts
from ...text.lazyregex import LazyRegex
from ...text.marks import stretch_start
from ...text.normalize import format_decimal
from ...text.sumremarks import is_change

# "…258件,占33.9%", "占总数的33.9%", "占比33.9%", "占信息发布总量的58.44%" (after normalisation: ASCII comma, no
# spaces); a whole named in a few words before its 总数/总量 (``占信息发布总量的``) is a named base (``names_its_base``)
_PERCENT_LEAD = LazyRegex(
    r"[件条个项次人家份篇场期][,(、]?占(?:比|全部|比例|比重|[^\d,;。、占%]{0,8}?(?:总数|总量))?的?(?:比例|比重)?(?:为|达)?$")
# the words of a named base: what stands between 占 and its 总数/总量, but 申请 (占申请总数的: the applications counted)
_NAMED_BASE = LazyRegex(r"占([^\d,;。、占%]{1,8}?)(?:总数|总量)")
# a count stated as a total: 共计…N件 (the words before it) or N件,其中 (after it)
TOTAL_BEFORE = LazyRegex(r"(?:共计|合计|总计|累计|总共|一共|共)[^。;,]{0,12}$")
QIZHONG_AFTER = LazyRegex(r",?其中")
_FULL_STOP = "。!?"
# the clause of a rate named by its part: ",主动公开率为" (the name two to six characters, no digit or mark in it)
_RATE_CLAUSE = LazyRegex(r",([\u4e00-\u9fff]{2,6})率(?:为|达|是)?")
_CLAUSE_MARKS = ",;。!?"
_MIN_CONFIRMING = 2  # shares of the run that must follow from a stated total for it to be the run's
# a sentence carrying a run on opens on the next kind's name alone: not on a channel, a verb or a total of its own
_NAME_MAX = 12
_NEW_FACT = ("通过", "发布", "公开", "收到", "受理", "办理", "另", "此外", "还", "共", "累计", "其中")


def percent_lead(norm: str, end: int) -> re.Match[str] | None:
    """The words right before a percentage at ``end`` that make it a share (``…5件,占``, ``条占比为``: ``_PERCENT_LEAD``),
    else None; a text without 占 before ``end`` is passed by without compiling the pattern."""
    return _PERCENT_LEAD.search(norm, 0, end) if "占" in norm[:end] else None


def names_its_base(lead: re.Match[str]) -> bool:
    """The share's lead names the whole it is of in words of its own (``占信息发布总量的58.44%``): the total stated
    before is taken for it, a reading inferred (a warning) — the words may name another whole (全市…总量)."""
    named = _NAMED_BASE.search(lead.group())
    return named is not None and named.group(1) != "申请"


def run_total(norm: str, numbers: list[NumberMention], i: int) -> NumberMention | None:
    """The whole the share ``numbers[i]`` is of, told by the run of shares it is one of (see the module docstring);
    None when it is of no run, or the run tells no whole."""
    run = _run_of(norm, numbers, i)
    if len(run) < _MIN_CONFIRMING or len({numbers[j - 1].unit for j in run}) != 1:
        return None
    return _shares_own_total(numbers, run) or _total_the_run_confirms(norm, numbers, run)


def _run_of(norm: str, numbers: list[NumberMention], i: int) -> list[int]:
    """The indices of the shares of the run ``numbers[i]`` is one of, in order (empty when it is of none).  A part's
    name may list its kinds with 、 (``机关职能、机构设置…信息2条``): the parts are one clause apart by , or ; alone, and a
    part after 其中 is one of the part before, its share of that (``当面申请10件,占50%;其中予以公开5件,占50%``): no run."""
    run: list[int] = []
    for j in (j for j in range(1, len(numbers)) if _is_share_of(norm, numbers, j)):
        between = norm[numbers[run[-1]].end:numbers[j - 1].start] if run else ""
        if run and not (_item_numbers_only(norm, numbers[run[-1] + 1:j - 1]) and sum(ch in ",;" for ch in between) == 1
                        and not any(ch in _FULL_STOP for ch in between) and "其中" not in between):
            if i in run:
                break
            run = []
        run.append(j)
    return run if i in run else []


def _item_numbers_only(norm: str, between: list[NumberMention]) -> bool:
    """Whether the numbers between a share and the next count are none, or only the next item's own number
    (``…5条,占15.7%;③为民办实事信息1条``, ③ read as 3): a bare number right after the clause mark."""
    return all(n.unit is None and not n.approximate and norm[n.start - 1:n.start] in ",;" for n in between)


def _is_share_of(norm: str, numbers: list[NumberMention], j: int) -> bool:
    """Whether ``numbers[j]`` is a share printed right after its exact count (``48条,占18.8%``)."""
    pct, part = numbers[j], numbers[j - 1]
    if pct.unit != "%" or part.unit in (None, "%") or part.approximate:
        return False
    lead = percent_lead(norm, pct.start)
    return lead is not None and part.end == lead.start() + 1


def _shares_own_total(numbers: list[NumberMention], run: list[int]) -> NumberMention | None:
    """The sum of the run's parts when their shares make 100 (to the last printed digit of each), or pass 100 with all
    but one following from that sum (``_one_share_off``), else None."""
    slack = sum(Decimal(1).scaleb(-numbers[j].decimals) for j in run)
    counts = [numbers[j - 1] for j in run]
    total = sum(c.value for c in counts)
    shares = sum(numbers[j].value for j in run)
    if abs(shares - 100) > slack and not (shares > 100 and _one_share_off(numbers, run, total)):
        return None
    return NumberMention(counts[0].start, counts[-1].end, format_decimal(total), total, counts[0].unit, 0)


def _one_share_off(numbers: list[NumberMention], run: list[int], total: Decimal) -> bool:
    """Every share of the run but one follows from its count over the counts' sum (``…2条,占比5.5%,…42条,占比95.5%``: 44):
    that sum is the base the others were taken of, the odd one wrong — asked only of shares over 100, which no run
    leaving a part out can make (short of 100, a part left out may explain them: ``r1970``'s 18.8% and 80.5% of 257)."""
    off = [j for j in run if not percent_accepts(numbers[j].value, numbers[j - 1].value, total, numbers[j].decimals)]
    return len(off) == 1 and not _another_base_fits(numbers, run, off[0])


_BASE_SPREAD = 2  # the bases tried around the one the odd share implies: its rounding leaves that much play


def _another_base_fits(numbers: list[NumberMention], run: list[int], odd: int) -> bool:
    """Some other base the odd share implies (its count over it) makes every share of the run follow: the shares are of
    a whole the parts overlap in (``网站3条,占比7%,现场宣传40条,占比93%,政务微博1条,占比2%``: all of 43, one item
    counted in two channels), not of the counts' sum with one share wrong."""
    share, count = numbers[odd].value, numbers[odd - 1].value
    if share <= 0:
        return False
    guess = int(count * 100 / share)
    return any(all(percent_accepts(numbers[j].value, numbers[j - 1].value, Decimal(base), numbers[j].decimals)
                   for j in run)
               for base in range(max(guess - _BASE_SPREAD, 1), guess + _BASE_SPREAD + 1))


def _total_the_run_confirms(norm: str, numbers: list[NumberMention], run: list[int]) -> NumberMention | None:
    """The one total stated before the run (``共计38条``, ``38条,其中``), in its parts' unit, in the run's sentence or the
    one before, that two or more of the run's shares, and at least half, follow from exactly; None when no total or
    more than one is so confirmed."""
    first = numbers[run[0] - 1]
    unit = first.unit
    confirmed = []
    for cand in numbers[:run[0] - 1]:
        if cand.unit != unit or cand.approximate or cand.value == 0:
            continue
        if sum(ch in _FULL_STOP for ch in norm[cand.end:first.start]) > 1:
            continue  # past the sentence before the run's
        if not (TOTAL_BEFORE.search(norm, 0, cand.start) or QIZHONG_AFTER.match(norm, cand.end)):
            continue
        follow = sum(percent_accepts(numbers[j].value, numbers[j - 1].value, cand.value, numbers[j].decimals)
                     for j in run if numbers[j - 1].value <= cand.value)
        if follow >= _MIN_CONFIRMING and 2 * follow >= len(run):
            confirmed.append(cand)
    return confirmed[0] if len({c.value for c in confirmed}) == 1 else None


def bare_share(norm: str, numbers: list[NumberMention], i: int) -> bool:
    """Whether ``numbers[i]``, a percentage with no 占 before it, is a share printed right after its count and a comma
    (``政策文件1条,0.16%``) amid a run of shares printed after 占: the link before it or the one after it is such a share,
    one clause apart; or a rate the part's own words name in the clause after it (``其中主动公开83件,主动公开率为92.22%``:
    83 of the total before it)."""
    if not i or numbers[i - 1].approximate:
        return False
    if _named_rate(norm, numbers, i):
        return True
    if not _bare(norm, numbers, i):
        return False
    pct, part = numbers[i], numbers[i - 1]
    before = i >= 3 and _is_share_of(norm, numbers, i - 2) and _one_clause(norm, numbers[i - 2], part)
    after = i + 2 < len(numbers) and _is_share_of(norm, numbers, i + 2) and _one_clause(norm, pct, numbers[i + 1])
    return before or after


def continued_total(norm: str, numbers: list[NumberMention], i: int) -> NumberMention | None:
    """The total a run of shares is of when the share ``numbers[i]`` carries on, past a full stop, a run of the sentence
    before (see the module docstring): the share's sentence up to it holds only counts each followed by its share, the
    sentence before ends on a share after its count, and that run opens right after a count in the parts' unit stated
    as a total (``60条,其中…``, ``共计60条,…``).  None otherwise."""
    part = numbers[i - 1]
    start = stretch_start(norm, _FULL_STOP, part.start)
    first = next((k for k in range(i) if numbers[k].start >= start), i - 1)
    if start == 0 or first < 2 or not _links(norm, numbers, first, i):
        return None
    opening = norm[start:numbers[first].start]
    if len(opening) > _NAME_MAX or any(word in opening for word in _NEW_FACT):
        return None  # "。通过微信公众号发布信息30条,占…": a fact of its own, not the next kind of the run
    last = first - 1  # the sentence before ends on this share, or on a change told after it (较上年增加2条,50%)
    changes = last
    while last >= 2 and _change_clause(norm, numbers, last):
        last -= 1
    if not _is_share(norm, numbers, last) or (last == changes and norm[numbers[last].end:start].rstrip("。!?") != ""):
        return None
    head = last - 1  # the first count of the run in the sentence before
    while head >= 2 and _is_share(norm, numbers, head - 1) and _one_clause(norm, numbers[head - 1], numbers[head]):
        head -= 2
    total = numbers[head - 1] if head >= 1 else None
    if total is None or total.unit != part.unit or total.approximate or total.value < part.value:
        return None
    if any(ch in _FULL_STOP for ch in norm[total.end:numbers[head].start]):
        return None
    if QIZHONG_AFTER.match(norm, total.end) or TOTAL_BEFORE.search(norm, 0, total.start):
        return total
    return None


def _links(norm: str, numbers: list[NumberMention], first: int, i: int) -> bool:
    """Whether ``numbers[first:i + 1]`` are counts each followed by its share (after 占 or bare), one clause apart."""
    if (i - first) % 2 == 0:
        return False
    return all(_is_share(norm, numbers, j) for j in range(first + 1, i + 1, 2)) and all(
        _one_clause(norm, numbers[j - 1], numbers[j]) for j in range(first + 2, i, 2))


def _is_share(norm: str, numbers: list[NumberMention], j: int) -> bool:
    return _is_share_of(norm, numbers, j) or _bare(norm, numbers, j)


def _bare(norm: str, numbers: list[NumberMention], j: int) -> bool:
    """``numbers[j]`` is a percentage right after a count and a comma, and that count's clause is no change (``同比减少
    1条,25%``, ``较上年增加2条,50%``: the percentage is the change's rate, not a share of the run's total)."""
    pct, part = numbers[j], numbers[j - 1]
    if pct.unit != "%" or part.unit in (None, "%") or norm[part.end:pct.start] != ",":
        return False
    return not is_change(_clause_of(norm, part))


def _named_rate(norm: str, numbers: list[NumberMention], j: int) -> bool:
    """``numbers[j]`` is a rate printed as the clause right after a count, named by words of that count's own clause
    (``其中主动公开83件,主动公开率为92.22%``, ``办结10件,办结率100%``): the rate of that part in the total before it.  The
    name ends the clause, right before the count: ``其中主动公开公文信息2条,主动公开率100%`` rates the 公文 made, a kind the
    total holds, not the part.  A change's clause (``较上年增长3件,增长率30%``) names a rate of change, not a share."""
    pct, part = numbers[j], numbers[j - 1]
    if pct.unit != "%" or part.unit in (None, "%"):
        return False
    named = _RATE_CLAUSE.fullmatch(norm, part.end, pct.start)
    clause = _clause_of(norm, part)
    return named is not None and clause.endswith(named.group(1)) and not is_change(clause)


def _change_clause(norm: str, numbers: list[NumberMention], j: int) -> bool:
    """``numbers[j]`` tells a change (``较上年增加2条``, ``同比增长25%``), or is the rate printed bare after one (``…2条,50%``)."""
    if is_change(_clause_of(norm, numbers[j])):
        return True
    return numbers[j].unit == "%" and norm[numbers[j - 1].end:numbers[j].start] == "," \
        and is_change(_clause_of(norm, numbers[j - 1]))


def _clause_of(norm: str, number: NumberMention) -> str:
    return norm[stretch_start(norm, _CLAUSE_MARKS, number.start):number.start]


def _one_clause(norm: str, share: NumberMention, count: NumberMention) -> bool:
    """A share and the next count are one clause apart: one , or ; between, no full stop, no 其中."""
    between = norm[share.end:count.start]
    return sum(ch in ",;" for ch in between) == 1 and not any(ch in _FULL_STOP for ch in between) and "其中" not in between
