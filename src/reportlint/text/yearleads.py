"""A sentence that tells the report's own work under an earlier year: ``2019年,我镇通过抚松县政府网站公开信息94条`` in a
2020 report — last year's sentence copied and its year left (RL611).

Read in a normalised text (no whitespace, simplified characters), sentence by sentence.  A sentence counts only when
all of these hold, so that a year which is history, a date or a comparison is never read:

- it opens on the year, after at most a number and a topic heading (``(一)主动公开情况。``, ``(三)政府信息管理情况``),
  and the year stands alone as the time of what follows: a comma, the subject or the year's total right after it
  (``2019年,我镇…``, ``2021年度我局…``, ``2022年我单位…``, ``2022年共完成…``, ``2022年全年…``, ``2022年累计…``) — or
  the year's end does, the state of the work then (``截至2021年底,我镇…``, ``截止2021年12月31日,…``).  A year in
  Chinese numerals (``二〇二二年,我局…``, ``二零二二年度``) is read as its digits (``cndates.digit_years``), so the same
  openings hold for it; its last day in numerals too (``截至二〇二二年十二月三十一日,…``: ``cndates.YEAR_END_DAYS``).
  ``2019年以来``, ``2022年12月``, ``2022年结转1件``, ``自2020年起``, ``截至2023年6月``,
  ``较2022年``, ``《2022年政务公开工作要点》`` open otherwise;
- the year is earlier than the report's (a later one is a plan, ``2025年,将…``, or says the report's year is misread:
  another rule's business);
- neither the sentence nor the next one names the report's year, as a number or as 今年/本年 (``2022年,公开100条,2023年
  公开120条``, ``2022年,公开100条。2023年,公开120条``: a comparison; ``2022年,我局制定的规范性文件3件于今年废止``,
  ``…2件结转至本年度办理``: history told from the report's year);
- it counts work of disclosure done (a verb, then its count: ``公开信息94条``, ``制定规范性文件0件``, ``已办结8件``,
  ``累计审查39件``, ``解读文件23个`` — applications concluded, documents reviewed before publishing and policies
  interpreted are that work too; or the count first, after 完成/做好/共, and the work or its information after it in the
  same clause: ``完成12个重大行政决策事项全流程公开``, ``共完成42条推文``, ``做好14件规范性文件政策解读``, ``全年共152条
  信息`` — not ``完成市政府办公室协办件13件`` nor ``共有12个科室…``; or none of it:
  ``尚无…收到…申请``, ``未收到…申请``, its object an application or information — not ``尚未收到复议决定``): the work
  the report is about.  A sentence that only remembers an event of that year (``2019年,在…政务公开评估中,海关总署被
  评为优秀单位``, ``2021年,我局获评先进单位1个``) counts no such work and is not read.  Only the sentence that opens
  section 一's account (``opening``) needs no count, just disclosure as its matter (公开): it sets the time of all the
  section tells (``2022年,于洪区教育局认真贯彻落实《条例》…进一步加大信息公开力度`` heading a 2023 report's 总体情况),
  and history is not how that account begins.  Unless 公开 is only in a document's name (``2022年,…印发《…政务公开工作
  要点》``) or the sentence rates the year's work (``2022年,我局被评为…政务公开先进单位``, ``…在考核中位列第一``,
  ``…得到上级肯定``): an honour remembered first is history, told as such.

A LATER year is read apart (``later_year_leads``): work counted under a year after the report's cannot have been done
in it, so the year may open any clause, not only the sentence (``…宣贯力度,2025年累计发布政策解读信息2条`` in a report
whose preamble names 2024 — the preamble kept from last year, or the body's year mistyped); not ``2025年以来`` (a
report published early in the next year may tell what has come since), nor ``2025年,截至1月底,…`` (a date in it).
A plan (``2025年,我局将…``, 计划, 拟, 力争, 争取, 预计, 准备, 打算, 目标, 力求, 要) is no work done and is not read; nor
is a sentence that names the report's year as well (a comparison).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.records import FrozenRecord, set_field
from .cndates import YEAR_END_DAYS, digit_years
from .lazyregex import LazyRegex
from .marks import stretch_end
from .sentences import sentences

__all__ = ["YearLead", "counts_work", "earlier_year_leads", "later_year_leads", "names_report_year", "other_year_leads"]

# a number (一、 (一) 1. 1、), then a short topic heading ending on 情况/工作/建设/公开/管理 and its stop, then the year
# (or its end: 截至2021年底) standing alone: a comma, the subject (我…, 本…) or the year's total (共…, 全年…, 累计…)
# right after it
_LEAD = LazyRegex(r"(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．])?(?:[^,，。;:：\d]{2,14}?(?:情况|工作|建设|公开|管理)[。.:：]?)?"
                  r"(?:(?P<year>(?:19|20)\d{2})年度?|(?P<end>截[至止](?P<end_year>(?:19|20)\d{2})年(?:底|末|"
                  + "|".join(YEAR_END_DAYS) + r")))"
                  r"(?:[,，]|全年[,，]?|(?=[我本共]|累计))")
# what was done, counted: a verb of the disclosure work, then its count (``公开信息94条``, ``制定规范性文件0件``), or
# none of it (``尚无行政机关收到…申请``, ``未收到…申请``, ``未主动公开政府信息``): the verb's object is the work's own, an
# application or information — not a decision, a lawsuit or an applicant's papers (``尚未收到复议决定``, ``未发生因政府信息
# 公开引起的行政诉讼``, ``未收到申请人补正材料``: what befell the work, history in any year)
_WORK = r"(?:公开|公布|发布|推送|更新|收到|受理|办理|办结|答复|审查|制定|制发|废止|制作|获取|解读)"
_UNIT = r"\d+(?:条|件|篇|次|个|项)"
# or the count first (``完成12个…事项全流程公开``, ``共完成42条推文``): done (完成, 做好) or totalled (共, not 共有: what
# there is), then what was counted, the work or its information closing the clause's object
_COUNT = LazyRegex(rf"{_WORK}[^。;；]*?{_UNIT}"
                   rf"|(?:完成|做好|共(?!有))[^。;；,，\d]{{0,8}}?{_UNIT}[^。;；,，\d]{{0,16}}?(?:{_WORK}|推文|信息)"
                   rf"|(?:尚无|没有|未|无)[^。;；,，\d]{{0,12}}?{_WORK}[^。;；,，\d]{{0,12}}?(?:申请(?!人)|信息)")
# a year opening a clause — the sentence's, or one after a comma or colon — alone as the time of what follows: where a
# later year's counted work is read (not 以来: a report published in the next year may tell what has come since)
_CLAUSE_YEAR = LazyRegex(r"(?:^|(?<=[,，:：]))(?P<year>(?:19|20)\d{2})年度?(?:[,，]|全年|(?=[我本共]|累计))")
# what is to be done, not what was: a plan under a later year (要 as a verb, not in 主要/重要/要求)
_PLAN = LazyRegex(r"将|计划|拟|力争|争取|预计|准备|打算|目标|力求|(?<![主重需必纲概提])要(?![求点闻素件])")
# a date within the later year right after it (2025年,截至1月底,…): the state at that date, told by a report published then
_DATE_AFTER = LazyRegex(r"(?:截至|截止)|\d{1,2}月")


def _years_named(text: str) -> list[int]:
    """Every year a text names, as ``(?:19|20)\\d{2}年`` finds them (``\\d``: a decimal digit, ``str.isdecimal``): a text
    naming none before (after) the report's holds no such sentence, and most paragraphs name only their own.  By ``str``
    methods, the pattern being compiled at every start; two such years cannot overlap (each ends at its 年)."""
    years = []
    i = text.find("年", 4)
    while i != -1:
        if text.startswith(("19", "20"), i - 4) and text[i - 2 : i].isdecimal():
            years.append(int(text[i - 4 : i]))
        i = text.find("年", i + 1)
    return years


class YearLead(FrozenRecord):
    """A sentence opening on an earlier year: the year, the sentence, its first clause (what a message quotes)."""

    __slots__ = ("year", "sentence", "clause")

    def __init__(self, year: int, sentence: str, clause: str) -> None:
        set_field(self, "year", year)
        set_field(self, "sentence", sentence)
        set_field(self, "clause", clause)


# the report's year named without its number: what the writer tells from it (``于今年废止``, ``结转至本年度办理``)
_THIS_YEAR = ("今年", "本年")


def names_report_year(text: str, year: int) -> bool:
    """Whether a normalised text names the report's year, as a number or as 今年/本年: what a sentence says under an
    earlier year is then set against it (a comparison, or history told from the report's year)."""
    return f"{year}年" in text or any(word in text for word in _THIS_YEAR)


def counts_work(sentence: str, at: int = 0) -> bool:
    """Whether a normalised sentence counts work of disclosure done (or none of it) after ``at`` (module docstring)."""
    return _COUNT.search(sentence, at) is not None


# what an opening says of the year when it rates the work rather than tells it: an honour, a rank, an evaluation's
# result (``2022年,我局被评为全市政务公开先进单位``, ``…在全省考核中位列第一``, ``…得到上级肯定``) — history
_RATED = LazyRegex(r"被?评为|获评|荣获|获得|位列|排名|名列|表彰|肯定|评估中|考核中")
# a document's or an honour's name in book-title marks: 公开 in it (``印发《2022年政务公开工作要点》``) is no matter told
_TITLED = LazyRegex(r"《[^《》]*》")


def _tells_work(sentence: str, start: int, opening: bool) -> bool:
    """Whether a sentence tells the work of disclosure from ``start``: counted (``counts_work``), or, opening section
    一's account, named at all — outside a document's name and not as what the year's work was rated (module
    docstring)."""
    if counts_work(sentence, start):
        return True
    rest = sentence[start:]
    return opening and "公开" in _TITLED.sub("", rest) and _RATED.search(rest) is None


def earlier_year_leads(text: str, year: int, opening: bool = False) -> Iterator[YearLead]:
    """The sentences of a normalised text that tell counted work under a year before ``year`` (module docstring);
    ``opening``: the text is the paragraph that opens section 一's account, whose first sentence needs no count."""
    read = digit_years(text)  # the same length: an offset in it is one in the text, quoted as written
    if not any(named < year for named in _years_named(read)):
        return
    spans = [(start, stop + 1) for start, stop in sentences(read)]
    for k, (first, last) in enumerate(spans):
        sentence = read[first:last]
        m = _LEAD.match(sentence)
        if m is None:
            continue
        lead = int(m.group("year") or m.group("end_year"))
        if lead >= year or not _tells_work(sentence, m.end(), opening and k == 0) \
                or names_report_year(read[first:spans[k + 1][1] if k + 1 < len(spans) else last], year):
            continue
        start = m.start("year") if m.group("year") else m.start("end")
        end = stretch_end(sentence, ",，。;；", m.end())
        yield YearLead(lead, text[first:last], text[first + start:first + end][:40])


def later_year_leads(text: str, year: int) -> Iterator[YearLead]:
    """The clauses of a normalised text that tell counted work under a year after ``year``: one per sentence, the first
    (module docstring: a later year may open any clause)."""
    read = digit_years(text)
    if not any(named > year for named in _years_named(read)):
        return
    for first, last in sentences(read):
        sentence = read[first:last]
        if names_report_year(sentence, year):
            continue
        for m in _CLAUSE_YEAR.finditer(sentence):
            rest = sentence[m.end():]
            if int(m.group("year")) > year and counts_work(sentence, m.end()) and not _PLAN.search(rest) \
                    and not _DATE_AFTER.match(rest):
                end = stretch_end(sentence, ",，", m.end())
                yield YearLead(int(m.group("year")), text[first:last], text[first + m.start():first + end][:40])
                break


def other_year_leads(text: str, year: int, opening: bool = False) -> list[YearLead]:
    """The sentences of a normalised text that tell counted work under an earlier year (``earlier_year_leads``) and
    the clauses that tell it under a later one (``later_year_leads``): RL611's findings."""
    return [*earlier_year_leads(text, year, opening=opening), *later_year_leads(text, year)]
