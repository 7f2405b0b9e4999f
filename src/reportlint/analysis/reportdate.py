"""Where a report says when it was published: the date line under its title, the date a web page prints in
its metadata (a line or a table of 来源/发布时间/浏览次数 above the text), else a date standing alone at the
end (the signature block).

Web pages print the date after a label wherever it stands on their metadata line (``来源:原创     发布时间:
2023-01-31 13:24    浏览次数:次``, ``作者: 来源: 发布时间:…``, ``时间:2022-01-17 来源:…``), first on a line of
their other fields (``2022年01月18日来源:1``; ``2026年01月12日 来源: 上海普陀本报告根据…``, the preamble run into the line
with the dates of its statistics period), as an item of their metadata list (``• 2025-02-10 15:59``), after
the site's name and address (``银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28``; a line the text reader ran into
the title and preamble is read on its own), in a table (``发布机构 | 阿图什政府网 | 发布日期 | 2020-02-19 16:39 |``), or
ending the title's line, in brackets (``2021年政府信息公开工作年度报告 ( 2022-01-29 )``) or after a space
(``…2024年政府信息公开工作年度报告 2025-01-23``) — a date there yields to a date the text signs at its end (the
writer's own; a list's or a mirror's may be later).
Such a date is the site's (its format is the site's, not the writer's), so it is marked ``labelled``: the house
style of dates is the writer's business only.  Not a report date: the statistics period (``统计时间:2021年1月1日至…``, ``起止时间``,
``所列数据截止日期为…``), nor a date after 日期 past the end of its sentence (a metadata line run into the
preamble).  Of a page's dates the day it was
published (``发布日期``) is preferred to the day it was written (``成文日期``): the law's deadline is for publishing.
Across lines too: a date standing alone on a line of the page's chrome above its metadata (``2021年10月29日``,
then ``• 发布日期:2022-01-06`` and the title) is not the report's when a labelled publication date follows it
before the first section; a bare date line is kept when nothing labels the day the page published the report, and
when a sentence of the writer's stands above it (a cover letter's ``…现予报送。`` signed ``福州市防震减灾中心``,
``2021年1月14日``): that line signs the text, and a 发布日期 below it may be a mirror's reposting, months later.
A page's update time (``更新时间:``, ``更新日期``) says when the page was last changed — a mirror's
(``来源:中国电子政务网 更新时间:2020-05-25``) or a later edit's — not when the report came out: a publication
date on the same line is preferred to it, and a date it names is marked ``updated`` (no proof of lateness).
"""

from __future__ import annotations

from ..model.document import Document, Heading, Location, Paragraph, Table
from ..model.records import FrozenRecord, set_field
from ..text.cndates import DateMatch, find_dates
from ..text.lazyregex import LazyRegex
from ..text.normalize import T2S, normalize

# Two labels, read with ``str`` methods (docs/architecture.md, Conventions) as the patterns they replaced
# (``(发布|成文|印发|报告)?日期[:：]?`` and the one in ``label_before``'s docstring); the rows those patterns wrote
# are in ``tests/data/text_scanners.jsonl`` (``date_label_removed``, ``label_before``).
_DATE_LABEL_WORDS = ("发布", "成文", "印发", "报告")
_LABEL_WORDS = ("发布", "成文", "印发", "报告", "生成", "更新", "发文", "公开", "提供")
_NOT_LABELS = ("统计", "起止", "截止")  # 统计时间, 起止日期, 截止时间: a period, not the report's date
_LABEL_TAIL = frozenset(":：|")
_UPDATE_LABELS = ("更新时间", "更新日期")
_PUBLISH_LABELS = ("发布日期", "发布时间", "公开日期", "公开时间")


def without_date_labels(text: str) -> str:
    """``text`` without its date labels: 日期, with 发布/成文/印发/报告 before it and a colon after it."""
    kept: list[str] = []
    copied = 0
    at = text.find("日期")
    while at >= 0:
        start = at - 2 if at - 2 >= copied and text[at - 2 : at] in _DATE_LABEL_WORDS else at
        end = at + 3 if text[at + 2 : at + 3] in ("：", ":") else at + 2
        kept.append(text[copied:start])
        copied = end
        at = text.find("日期", end)
    kept.append(text[copied:])
    return "".join(kept)


def label_before(text: str) -> bool:
    r"""Whether ``text`` ends with a label naming the date right after it: "发布时间:", "日期:", "时间:",
    "信息提供日期 : ", "| 发文日期 | " — ``(?<!统计)(?<!起止)(?<!截止)(?:发布|…|提供)?(?:日期|时间)[\s:：|]*$``."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _LABEL_TAIL):
        end -= 1
    if end < 2 or text[end - 2 : end] not in ("日期", "时间"):
        return False
    word = end - 2
    starts = (word - 2, word) if word >= 2 and text[word - 2 : word] in _LABEL_WORDS else (word,)
    return any(text[max(start - 2, 0) : start] not in _NOT_LABELS for start in starts)


def _publish_label_before(text: str) -> bool:
    """Whether the label right before a date names the day the report was published (``发布日期``, ``| 发布时间 |``):
    the day the law's deadline holds (《条例》第四十九条: 公布), preferred to the day it was written (``成文日期``)."""
    return _label_ends(text, _PUBLISH_LABELS)


def update_label_before(text: str) -> bool:
    """Whether the label right before a date is a page's update time (``更新时间:``, ``| 更新日期 |``)."""
    return _label_ends(text, _UPDATE_LABELS)


def _label_ends(text: str, labels: tuple[str, ...]) -> bool:
    """Whether ``text``, less the spaces, colons and bars after a label, ends in one of ``labels``."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _LABEL_TAIL):
        end -= 1
    return text[:end].translate(T2S).endswith(labels)


# The other fields of a page's metadata line, when the date stands first ("2022年01月18日来源:1").
_PAGE_FIELDS = LazyRegex(r"来源[:：]|作者[:：]|浏览|点击|阅读次数|访问次数|字体|打印|分享")
# A page's publication line that opens with the date and its time of day ("2025-02-14 08:50     来源:…"; a page set
# in full-width punctuation writes the time "08：50").
_TIME_AFTER = LazyRegex(r"^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s|$)")
# A page's byline: the site's name and address before the date ("银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28").
_SITE_BEFORE = LazyRegex(r"网站?\s*(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s*$")
_OPEN_BRACKETS = ("(", "（")
_CLOSE_BRACKETS = (")", "）")
# The words around a date that make it a bound of a period (``自…起``, ``至…止``), read after the Traditional ones are
# made Simplified (從 → 从).
_PERIOD_BEFORE = ("自", "从", "至", "到")
_PERIOD_AFTER = ("起", "至", "止", "到")
_PERIOD_DASHES = frozenset("-—–~～")
# The bullet of a page's metadata list ("  • 2025-02-10 15:59", "- 发布日期2025-01-16"): not part of the line.
_BULLETS = frozenset("•·-*")


def without_bullet(text: str) -> str:
    r"""``text`` without the bullet that opens it and the whitespace after it (as the pattern
    ``^[•·\-*]\s*`` it replaced; ``tests/data/text_scanners.jsonl`` holds what it gave)."""
    return text[1:].lstrip() if text[:1] in _BULLETS else text


class ReportDate(FrozenRecord):
    """The report date found: the date, where it is, the paragraph holding it (None in a table), whether
    a label (a page's metadata) named it, whether that label was the page's update time and whether it
    named the day of publication (``发布日期``, ``发布时间``, ``公开日期``)."""

    __slots__ = ("match", "location", "paragraph", "labelled", "updated", "published", "after_title")

    def __init__(self, match: DateMatch, location: Location, paragraph: Paragraph | None, labelled: bool,
                 updated: bool = False, published: bool = False, after_title: bool = False) -> None:
        set_field(self, "match", match)
        set_field(self, "location", location)
        set_field(self, "paragraph", paragraph)
        set_field(self, "labelled", labelled)
        set_field(self, "updated", updated)
        set_field(self, "published", published)
        set_field(self, "after_title", after_title)  # the date ending the title's line (``_ends_title_line``)


def find_report_date(doc: Document, first_section: int) -> ReportDate | None:
    """The date line (or metadata table) before block ``first_section`` — a bare date line yields to a
    publication date labelled after it — else a lone date at the end.  A date ending the title's line
    (``…年度报告(2024年1月30日)``, ``…年度报告 ( 2024-01-25 )``) yields to a signed one: the signature's date is the
    writer's own, the one after the title may be a list's or a mirror's (as a 发布日期 under a signed date line)."""
    found = _opening_date(doc, first_section)
    if found is None or found.after_title:
        return _closing_date(doc) or found
    return found


def _opening_date(doc: Document, first_section: int) -> ReportDate | None:
    """The date line (or metadata table) before block ``first_section``: a bare date line yields to a publication
    date labelled after it."""
    bare: ReportDate | None = None
    prose = False  # whether a sentence of the writer's came before: a date line after it signs a letter or the report
    for i, block in enumerate(doc.blocks[:first_section]):
        if bare is not None and not _names_publication(doc, i, block):
            continue  # past a bare date line only a date labelled as the day of publication counts: no label, no date
        if isinstance(block, Table):
            found = _table_date(doc, i, block)
        else:  # a metadata line the text reader ran into the title and preamble: read it as its own line
            found = _block_date(doc, block) or (_source_lines_date(doc, i, block) if isinstance(block, Paragraph) else None)
        if found is None:
            prose = prose or (isinstance(block, Paragraph) and "。" in block.text)
            continue
        if bare is None:
            if found.labelled or prose:
                return found  # a bare date line signing the prose above it is the writer's, not the page's chrome
            bare = found  # a date line with no label: kept unless the page labels its publication day below
        elif found.published:
            return found
    return bare


def _closing_date(doc: Document) -> ReportDate | None:
    """A date standing alone among the last lines: the signature's."""
    texts = [b for b in doc.blocks if isinstance(b, Paragraph | Heading)]
    for block in reversed(texts[-4:]):
        found = _block_date(doc, block, page=False)
        if found:
            return found
    return None


def _block_date(doc: Document, block: object, page: bool = True) -> ReportDate | None:
    if not isinstance(block, Paragraph | Heading):
        return None
    text = without_bullet(block.text.strip())
    found = date_in_line(text, page)
    if found is None:
        return None
    match, labelled = found
    updated = update_label_before(text[: match.start])
    published = _publish_label_before(text[: match.start])
    after_title = page and _ends_title_line(text.translate(T2S), match)
    shift = block.text.find(text)  # span_location counts in the paragraph's own text
    if isinstance(block, Paragraph):
        loc = doc.span_location(block, match.start + shift, match.end + shift)
        return ReportDate(match, loc, block, labelled, updated, published, after_title)
    return ReportDate(match, block.location, None, labelled, updated, published, after_title)


def _table_date(doc: Document, index: int, table: Table) -> ReportDate | None:
    """A page's metadata printed as a table: each of its source lines (or rows) read as a metadata line."""
    if doc.source is not None and table.location.line is not None:
        return _source_lines_date(doc, index, table)
    for r in range(table.n_rows):
        row = " | ".join(table.row_texts(r))
        found = date_in_line(row)
        if found:
            before = row[: found[0].start]
            return ReportDate(found[0], table.location.with_(row=r + 1), None, True,
                              update_label_before(before), _publish_label_before(before))
    return None


def _source_lines_date(doc: Document, index: int, block: Table | Paragraph) -> ReportDate | None:
    """The date of a block read line by line in the source (a metadata table's rows; a paragraph the reader
    made of a breadcrumb, the title, the site's byline and the preamble)."""
    previous = ""
    for n in _source_line_numbers(doc, index, block):
        line = doc.source_line(n)
        found = date_in_line(line)
        if found and not _ends_period_above(previous, line[: found[0].start].strip()):
            match, _ = found
            loc = Location(line=n, column=match.start + 1, end_line=n, end_column=match.end + 1,
                           snippet=line.strip()[:40])
            before = line[: match.start]
            return ReportDate(match, loc, None, True, update_label_before(before), _publish_label_before(before))
        previous = line.rstrip().translate(T2S)  # a period's 至 may end the line before (text from a PDF's lines)
    return None


def _source_line_numbers(doc: Document, index: int, block: Table | Paragraph) -> range:
    """The source lines of block ``index``: from its own line to the line before the next block's (none without a source)."""
    if doc.source is None or block.location.line is None:
        return range(0)
    nxt = next((b.location.line for b in doc.blocks[index + 1:] if b.location.line is not None), None)
    last = nxt - 1 if nxt is not None else block.location.line
    return range(block.location.line, last + 1)


def _names_publication(doc: Document, index: int, block: object) -> bool:
    """Whether a block holds a publication label (``发布日期``…) at all, in its text or its source lines: a cheap
    screen before reading its dates, since ``_publish_label_before`` needs the label's words before the date."""
    if isinstance(block, Paragraph | Heading):
        texts = [block.text]
    elif isinstance(block, Table):
        texts = [" | ".join(block.row_texts(r)) for r in range(block.n_rows)]
    else:
        return False  # neither read for a date (_block_date and _table_date take no other block)
    if isinstance(block, Paragraph | Table):
        texts += [doc.source_line(n) for n in _source_line_numbers(doc, index, block)]
    return any(label in text for text in texts for label in _PUBLISH_LABELS)


def date_in_line(text: str, page: bool = True) -> tuple[DateMatch, bool] | None:
    """The report date on a line and whether a label (a page's metadata) names it: a date right after
    a date label; else the line's date when the line is that date (with a label or a word or two) or a
    page's metadata line.  ``page=False`` (the closing lines: a signature, not a page's metadata) takes
    only a date standing as the line or after 日期 — not "整改完成时间:2022年6月30日" in a last paragraph."""
    dates = [d for d in find_dates(text) if d.day is not None]
    if not dates:
        return None
    text = text.translate(T2S)  # a Traditional mirror's labels (發布時間, 來源): one for one, the dates stay put
    named = [d for d in dates if label_before(text[: d.start])] if page else []
    if named:  # the publication date before the date written and the page's update time, wherever each stands
        published = [d for d in named if _publish_label_before(text[: d.start])]
        return next(iter(published), None) or next((d for d in named if not update_label_before(text[: d.start])),
                                                    named[0]), True
    first = dates[0]
    rest = (text[: first.start] + text[first.end:]).strip()
    if _date_word_before(text[: first.start]):
        return first, True
    if len(normalize(without_date_labels(rest))) <= 2:
        return None if _bounds_a_period(text, first) else (first, "日期" in rest)
    if page and len(dates) == 1 and _PAGE_FIELDS.search(text[first.end:]):
        return first, True
    if page and not text[: first.start].strip() and _PAGE_FIELDS.match(text[first.end:].lstrip()):
        return first, True  # the date first, a field right after it: a metadata line, whatever preamble ran into it
    if page and not text[: first.start].strip() and _TIME_AFTER.match(text[first.end:]):
        return first, True
    if page and len(dates) == 1 and _SITE_BEFORE.search(text[: first.start]) \
            and (not text[first.end:].strip() or _TIME_AFTER.match(text[first.end:])):
        return first, True
    if page and _ends_title_line(text, dates[-1]):
        return dates[-1], True
    return None


def _bounds_a_period(text: str, date: DateMatch) -> bool:
    """The date opens or closes a period (``自2025年1月1日起``, ``至2025年12月31日止``): never the day a report came out.
    Text extracted from a PDF breaks the statistics period's sentence where its lines ended, and a line may hold its
    last date alone (``2025年12月31日止。``)."""
    return text[: date.start].rstrip().endswith(_PERIOD_BEFORE) or text[date.end:].lstrip().startswith(_PERIOD_AFTER)


def _ends_period_above(previous: str, before: str) -> bool:
    """A line's date goes on with the period the line above opened (``…统计时限为2023年1月1日至`` / ``2023年12月31日。``,
    ``…期限为:2022年1月1日`` / ``-2022年12月31日。``): ``before`` is what the line holds before the date."""
    if not before:
        return previous.endswith(_PERIOD_BEFORE)
    return before in _PERIOD_DASHES and previous.endswith("日")


def _ends_title_line(text: str, date: DateMatch) -> bool:
    """The date closes a title's line, in brackets or after a space: a page's list entry or its title and the day it
    was posted."""
    return _bracketed_at_end(text, date) or _posted_after_title(text, date)


_SENTENCE_ENDS = ("。", ";", "；")


def _date_word_before(text: str) -> bool:
    """Whether 日期 stands before a line's first date and names it: not a period's (``所列数据截止日期为2025年12月31日``)
    and not across a sentence's end — a page's metadata line run into its preamble (``发布日期: 2025- 01- 14 …
    根据《条例》…本报告所列数据的统计期限为2024年1月1日至…``) names no date of that preamble."""
    at = text.rfind("日期")
    return at >= 0 and text[max(at - 2, 0) : at] not in _NOT_LABELS \
        and not any(end in text[at:] for end in _SENTENCE_ENDS)


def _bracketed_at_end(text: str, date: DateMatch) -> bool:
    """The line ends with the date alone in brackets, after other words: a page's list entry, its title and the
    day it was posted (``2021年政府信息公开工作年度报告 ( 2022-01-29 )``, the 上海 municipal sites)."""
    before = text[: date.start].rstrip()
    return before[-1:] in _OPEN_BRACKETS and bool(before[:-1].strip()) and text[date.end:].strip() in _CLOSE_BRACKETS \
        and not any(word in before for word in _NOT_LABELS + ("截至",))  # a period's end (统计期限(2023年12月31日))


def _posted_after_title(text: str, date: DateMatch) -> bool:
    """The line is a report's title and, after a space, the day the page posted it, as the site prints dates
    (``上海市杨浦区信访办公室2024年政府信息公开工作年度报告 2025-01-23``): the bracketed entry above without brackets.
    Only a dashed date closing a line whose words end with 报告 — a sentence's date is written in 年月日."""
    before = text[: date.start]
    return date.form == "iso" and before[-1:].isspace() and before.rstrip().endswith("报告") \
        and not text[date.end:].strip()
