"""Which report a document is: its title, the year it reports on, the agency and the agency's level.

Real reports rarely start with their title.  A web page starts with its chrome (``当前位置：首页 > …``,
``索引号`` / ``发布机构`` / ``发布时间`` lines, ``【打印】``), the title may come twice, be split over two
lines (``市政府研究室2019年政府信息公开`` / ``工作年度报告``; ``桃江县松木塘镇人民政府`` /
``2022年政府信息公开工作年度报告``), or be missing, the report naming itself in its first sentence
(``现公布区统计局2023年政府信息公开工作年度报告``) or not at all.  So:

- the **title** is the best title-like line of the document's opening (before its first numbered
  section or table), chrome skipped, a line joined with the next when together they make the title;
  else the report's name quoted in its opening sentences (``how`` says which);
- the **year** is the title's; without one, from the content: the statistics period
  (``统计期限自2023年1月1日起至2023年12月31日止``), a sentence about this report (``现将我局2022年度政府
  信息公开工作情况报告如下``), ``截至2023年12月31日``, the year opening most clauses (``2023年，我局…``; else ``2025年中仓街道…``,
  without the comma), the year before the report date, or, last, the year of the notice the report says it was
  compiled under (``根据《做好2020年政府信息公开工作年度报告编制发布有关事项的通知》要求,…编制了本报告``: least trusted, a
  report may quote another year's notice) — in that order of trust, each with the text it came from;
- the **agency** is the title without its year and report words, and without what a page prints after them on the
  line (a posted date, ``(全文)``, a site's name: ``titleagency.py``); its **level**
  (``analysis/agency.py``) from that name, else from how the text names itself (``我局``, ``我镇``).

Which *kind* of report it is and which form its tables follow depend on the packs: ``packs/choose.py``.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model.document import Document, Heading, Location, Paragraph, Table
from ..model.records import Record
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize
from ..text.numbering import first_section_at, section_number
from .agency import AgencyLevel, classify, clause_subject, self_reference
from .titleagency import agency_of
from .titlescan import title_year

# A title's year (``titlescan.py``): "2022年", "2022年度", "2022度" (年度 with its 年 dropped), or without 年 right
# before the report's words ("浙江省经济和信息化厅2022政府信息公开工作年度报告") or at the end of the first half of
# a split title ("自治区人民政府办公厅2022").
# Quotes around a title's agency, dropped by ``str.translate`` (a class of them was a BMP table built at import).
_CN_YEAR = LazyRegex(r"([〇零一二三四五六七八九]{4})年")
_CN_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
_REPORT_WORD = LazyRegex(r"报告|年报|\breport\b", re.I)

# Web-page chrome: breadcrumbs, page tools, metadata lines (looked for in the normalised text).  Words
# found with ``in``: as one pattern, their many first characters made ``re`` build a table over the BMP.
_CHROME_WORDS = ("当前位置", "当前页面", "所在位置", "所在的位置", "首页>", ">>", "返回首页", "打印", "字体", "字号",
                 "无障碍", "适老化", "关怀版", "登录", "注册", "分享", "二维码", "设为首页", "加入收藏", "浏览次数",
                 "点击数", "访问量", "扫一扫", "【", "简体版", "繁体版", "简体中文", "繁体中文", "老年模式",
                 "老年人模式", "长者模式")
# A web page's metadata fields, printed before or after the title as "索引号：…" lines or as the cells of a row
# ("文 号 | 发文日期 | ||"): one vocabulary, read by one test (``is_chrome``).  A row of them ends no opening: the
# title line after the block ("| 内容概述 | … |", "| 时 效 | 有效 |", "文件下载 | ….doc |", then the title) is read.
_PAGE_FIELDS = ("索引号", "发布机构", "生成日期", "发布日期", "发布时间", "发文日期", "成文日期", "文号", "发文字号",
                "主题分类", "主题词", "来源", "信息来源", "浏览次数", "点击数", "访问量", "字号", "更新时间", "更新日期",
                "时效性", "时效说明", "时效", "有效性", "所属机构", "关键字", "关键词", "作者", "发文机关", "公开方式",
                "公开形式", "公开范围", "责任部门", "分类", "内容概述", "文件下载")
# The field naming the page's title: "| 标题: | 高青县…年度报告 | |" gives the title in the cell after it.
_TITLE_FIELDS = frozenset({"标题", "名称", "信息标题", "信息名称", "文章标题", "文章名称"})
# A line that is the page's metadata, not the report's: "索引号：…" (a bullet before it allowed), or a row whose
# first cell is a field or the title's ("文号 | 发文日期 | ||", "标 题 | …年度报告 |", before or after the title:
# a row of the page, not of the report's tables).  "标题：…" with its colon is not: that line or cell gives the title.
_FIELD_HEADS = tuple(field + colon for field in _PAGE_FIELDS for colon in ":：")
# A row's first cell may keep the field's colon ("| 索 引 号: | 组配分类: | 公开年报 |", 东台's page): a field as a line's.
_CELL_HEADS = tuple(field + "|" for field in (*_PAGE_FIELDS, *sorted(_TITLE_FIELDS))) + _FIELD_HEADS
_BULLETS = ("-", "*", "•", "·")
_SENTENCE_PUNCT = frozenset("。，,；;:：!！?？")
_MARKUP = LazyRegex(r"^(?:#{1,6}\s*|[-*+]\s+|>\s*)|\*\*|__")
_MARKUP_FIRST = frozenset("#-*+>")  # the first characters of _MARKUP's anchored branches
MAX_TITLE_CHARS = 70
OPENING_LINES = 40

# The report naming itself in its opening sentences (the verb with its particles: 特编制了, 编制形成, 特编制并向社会公布);
# never what is published at a place (全文发布于“中国福州”门户网站“政府信息公开年度报告”专栏: a column of the site).
# 公开 is a verb of publishing as 公布 is, after 现 or 向社会 (``现公开西安市高陵区人民政府2024年…报告,``); never alone,
# where it is the 公开 of 信息公开 itself.
_NAMED = LazyRegex(
    r"《(?P<quoted>[^《》]{2,60}?(?:报告|年报))》"
    r"|(?:现予?公[布开]|现发布|(?:现|特)向社会公[布开]|特?编制(?:形成)?了?|形成了?|现将|公布|发布)(?:并(?:向社会)?(?:公布|发布))?"
    r"(?![于在])"
    r"(?P<verb>[^。,;《》]{2,60}?信息公开[^。,;《》]{0,12}?报告)"
    r"|^(?P<lead>[^。,;《》]{2,60}?信息公开[^。,;《》]{0,12}?报告)")
_NOTICE = LazyRegex(r"《[^《》]*(?:通知|要点|意见|办法|规定|条例|格式)》")

# The year from the content (most titles say it: these are compiled on first use).
_PERIOD = LazyRegex(r"(?P<y>(?:19|20)\d{2})年?1月1日(?:起)?(?:至|到|-|—|~)(?:(?P<y2>(?:19|20)\d{2})年?)?12月31日")
_ABOUT = LazyRegex(r"(?P<y>(?:19|20)\d{2})年度?[^。;《》]{0,12}?信息公开[^。;《》]{0,12}?报告")
_ABOUT_WORK = LazyRegex(r"(?:汇报|报告|总结)[^。;]{0,8}?(?P<y>(?:19|20)\d{2})年度?[^。;]{0,8}?信息公开工作")
_COUNTED = LazyRegex(r"\s*\d+\s*(?:条|件|篇|个|份|期)")
_AS_OF = LazyRegex(r"截[止至]到?(?P<y>(?:19|20)\d{2})年(?:底|12月31日|末)")
# The year opening a clause ("2023年,我局…"), also right after a topic's heading run into its paragraph, as a page
# flattened to one paragraph has it ("(一)主动公开情况 2025年,开平市…", normalised "(一)主动公开情况2025年,").
_CLAUSE = LazyRegex(r"(?:^|[。;:)])(?:[^\d。,;:()]{2,12}?(?:情况|方面))?(?P<y>(?:19|20)\d{2})年(?:度|以来)?,")
# "2025年中仓街道积极推动…", "2025年度中仓街道政府信息公开工作主要涉及": the year opening a sentence with no
# comma after it (not a date: no month follows); trusted only when no sentence has the comma
_CLAUSE_LOOSE = LazyRegex(r"(?:^|[。;:)])(?P<y>(?:19|20)\d{2})年(?:度)?(?![\d月])")
_DATE_LABEL = LazyRegex(r"(?:发布|成文|印发|生成|更新)(?:日期|时间)[:：]?\s*((?:19|20)\d{2})[-年./](\d{1,2})")
_LONE_DATE = LazyRegex(r"^\(?((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日\)?$")


class Clue(Record):
    """One fact about the document and where it came from: the text a message quotes, and its place."""

    __slots__ = ("value", "source", "location")

    def __init__(self, value: object, source: str, location: Location | None = None) -> None:
        self.value = value
        self.source = source  # e.g. 标题, 统计期限“自2023年1月1日起至2023年12月31日止”, 正文“我局”
        self.location = Location() if location is None else location


class Identity(Record):
    """What the document says it is: title (and how it was found), year, agency and level, each a Clue."""

    __slots__ = ("title", "title_how", "year", "agency", "level")

    def __init__(self, title: Clue | None = None, title_how: str | None = None, year: Clue | None = None,
                 agency: Clue | None = None, level: Clue | None = None) -> None:
        self.title = title  # value: the title text
        self.title_how = title_how  # document (the reader's) | line | joined | sentence
        self.year = year  # value: int
        self.agency = agency  # value: the agency's name
        self.level = level  # value: AgencyLevel

    @property
    def title_text(self) -> str | None:
        return None if self.title is None else str(self.title.value)

    @property
    def report_year(self) -> int | None:
        return None if self.year is None else int(self.year.value)  # type: ignore[call-overload]

    @property
    def agency_level(self) -> AgencyLevel | None:
        return None if self.level is None else self.level.value  # type: ignore[return-value]


def report_year(title: str | None, doc: Document | None = None, pattern: re.Pattern[str] | None = None) -> int | None:
    """The year a title names ("2020年…年度报告" or "二〇二〇年…"), or a Markdown front matter's ``year``.

    A pack's ``report.year_pattern`` (a regex with a group ``year``, searched in the normalised
    title) replaces the built-in patterns, e.g. ``Q[1-4](?P<year>\\d{4})`` for "Q2 2024".
    """
    if doc is not None:
        fm = doc.metadata.get("front_matter") or {}
        if isinstance(fm.get("year"), int):
            return fm["year"]
    if not title:
        return None
    norm = normalize(title)
    if pattern:
        m = pattern.search(norm)
        if m is None:
            return None
        found = m.groupdict().get("year") or (m.group(1) if m.re.groups else m.group(0))
        return int(found) if found and found.isdigit() else None
    found = title_year(norm)
    if found:
        return int(found)
    m = _CN_YEAR.search(norm)
    if m:
        return int("".join(str(_CN_DIGIT[ch]) for ch in m.group(1)))
    return None


# --- the opening lines ------------------------------------------------------------------------------------------

def without_markup(line: str) -> str:
    """``line`` stripped, without Markdown's heading, list and quote marks and its ``**``/``__``; the pattern
    is asked only of a line that may hold them (a first character of its anchored branches, or ** or __):
    most lines of a text report hold none, and it was compiled for them at every start."""
    text = line.strip()
    if text[:1] in _MARKUP_FIRST or "**" in text or "__" in text:
        text = _MARKUP.sub("", text).strip()
    return text


def opening_lines(doc: Document) -> list[tuple[str, Location]]:
    """The document's first lines up to its first numbered section or table, as written (markup removed)
    with their places: source lines for Markdown and text (a reader may join them into one paragraph),
    the paragraphs of a .docx or PDF.  A web page's metadata rows (``索引号 | … | 发布机构 | …``, ``标题: | …年度报告``)
    end no opening, in a source line or in the rows of a table (``_metadata_rows``)."""
    out: list[tuple[str, Location]] = []
    if doc.source is not None:
        for n, raw in enumerate(doc.source.split("\n")[: OPENING_LINES * 3], start=1):
            text = without_markup(raw)
            if not text or text.startswith("---") or not text.strip("|").strip():
                continue  # a line of pipes alone separates a page's menu items: no table row yet
            if is_chrome(normalize(text)):  # "打开适老化模式 | 无障碍 | 设为首页" is no table row
                out.append((text, Location(line=n, column=1, snippet=text[:30])))
                continue
            titled = _title_cell(text)
            if titled:  # "| 标题: | …年度报告 | |": the metadata table's title cell is the title line
                out.append((titled, Location(line=n, column=raw.find(titled) + 1, snippet=titled[:30])))
                continue
            if text.startswith("|") or text.count("|") >= 2 or section_number(normalize(text)):
                break
            out.append((text, Location(line=n, column=raw.find(text[0]) + 1 if text else 1, snippet=text[:30])))
            if len(out) >= OPENING_LINES:
                break
        return out
    for block in doc.blocks:
        if isinstance(block, Table):
            rows = _metadata_rows(block)
            out += rows
            if len(rows) < block.n_rows:
                break
            continue
        if isinstance(block, Heading | Paragraph):
            text = block.text.strip()
            if not text:
                continue
            if section_number(normalize(text)):
                break
            out.append((text, block.location))
            if len(out) >= OPENING_LINES:
                break
    return out


# A metadata line naming the title after its field, with a colon or spaces ("标   题 县政府办2022年度…年度报告",
# "标题：…"): the title is what follows the field, not the field's name run into the agency's ("标题县政府办").
_TITLE_FIELD_LINE = LazyRegex(r"^(?:信\s*息|文\s*章)?\s*(?:标\s*题|名\s*称)\s*(?:[:：]\s*|\s+)(?P<title>\S.*)$")


def _metadata_rows(table: Table) -> list[tuple[str, Location]]:
    """The rows a table opening a .docx or PDF starts with that are a web page's metadata, as the source-line walk
    reads them (a row written ``a | b``, a merged cell once): a chrome row as it is, a title field's row as its
    title.  A draft copied from a page keeps the page's metadata table above its title, as a text copy keeps its lines."""
    out = []
    for r in range(table.n_rows):
        row = table.grid()[r]
        cells = [c for k, c in enumerate(row) if c is not None and (k == 0 or row[k - 1] is not c)]
        if not cells:
            break
        text = " | ".join(c.text.strip() for c in cells)
        if is_chrome(normalize(text)):  # in the order of the source-line walk: "| 标 题 | … |" is the page's row
            out.append((text, cells[0].location))
        elif (titled := _title_cell(text)) is not None:
            out.append((titled, cells[1].location))
        else:
            break
    return out


def _title_cell(text: str) -> str | None:
    """The title a metadata table's row names (``| 标题: | 山头街道办事处2020年…年度报告 | ||``) or a metadata line
    gives after its field (``标   题 县政府办2022年度…年度报告``), else None."""
    if "|" not in text:
        m = _TITLE_FIELD_LINE.match(text) if "标" in text or "名" in text else None  # every match holds 标题 or 名称
        return m.group("title").strip() if m and _names_report(m.group("title")) else None
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    if len(cells) >= 2 and cells[1]:
        field = normalize(cells[0])
        if (field[:-1] if field.endswith((":", "：")) else field) in _TITLE_FIELDS:
            return cells[1]
    return None


def is_chrome(norm: str) -> bool:
    """Whether a normalised line is the web page's: a metadata field or row (``_FIELD_HEADS``, ``_CELL_HEADS``,
    after one bullet or bar at most) or a word of its breadcrumbs and tools (``_CHROME_WORDS``)."""
    field = norm[1:] if norm.startswith(_BULLETS) else norm
    cell = norm[1:] if norm.startswith("|") else norm
    return field.startswith(_FIELD_HEADS) or cell.startswith(_CELL_HEADS) or any(w in norm for w in _CHROME_WORDS) \
        or norm.count(">") >= 2  # a breadcrumb: "信息公开年报 > 温州市人民政府 > 2023年度" (its first ">" read as a quote's)


def has_sentence_punct(norm: str) -> bool:
    """Whether a normalised line holds a mark of a sentence (a title holds none)."""
    return not _SENTENCE_PUNCT.isdisjoint(norm)


def _names_report(text: str) -> bool:
    """Whether ``_REPORT_WORD`` is found in the text: 报告 and 年报 by ``in``, the pattern only for a text that may say
    "report" (``re.I`` matches no other letters to those six), so that a plain check does not compile it."""
    return "报告" in text or "年报" in text or ("report" in text.lower() and _REPORT_WORD.search(text) is not None)


def _title_like(text: str, norm: str) -> bool:
    # the report word as written ("Report": spaces kept) or in simplified characters (a mirror's "年度報告")
    has_report_word = _names_report(text) or _names_report(norm)
    return (0 < len(norm) <= MAX_TITLE_CHARS and has_report_word and not has_sentence_punct(norm)
            and not is_chrome(norm) and section_number(norm) is None)  # a sentence (本报告中所列…) is no title: asked first


def _title_rank(title: str) -> tuple[int, int, int]:
    """A title naming its agency and its year beats one without; the form's words beat other reports."""
    norm = normalize(title)
    return (1 if title_year(norm) or _CN_YEAR.search(norm) else 0,
            1 if classify(agency_of(title)) is not None else 0,
            1 if "信息公开" in norm else 0)


def find_title(doc: Document) -> tuple[str, str, Location] | None:
    """The report title, how it was found (document | line | joined | sentence) and where."""
    if doc.title:  # the reader's: Markdown front matter, a Word title
        return doc.title, "document", doc.blocks[0].location if doc.blocks else Location()
    lines = opening_lines(doc)
    norms = [normalize(text) for text, _ in lines]
    candidates: list[tuple[str, str, Location]] = []
    for i, (text, location) in enumerate(lines):
        if not _title_like(text, norms[i]):
            continue
        prev = norms[i - 1] if i else ""
        if i and prev and not is_chrome(prev) and not has_sentence_punct(prev) and "报告" not in prev and (
                ("信息公开" in prev and "信息公开" not in norms[i])  # "…2019年政府信息公开" / "工作年度报告"
                or (agency_of(text) is None and classify(agency_of(prev)) is not None)):  # "松木塘镇人民政府" / "2022年…报告"
            candidates.append((lines[i - 1][0].strip() + text.strip(), "joined", lines[i - 1][1]))
        candidates.append((text.strip(), "line", location))
    if candidates:
        best = max(candidates, key=lambda c: _title_rank(c[0]))  # max keeps the first of equals
        if "信息公开" in normalize(best[0]) or not _named_in_text(lines):
            return best
    named = _named_in_text(lines)
    if named is not None:
        return named
    return candidates[0] if candidates else None


def _named_in_text(lines: list[tuple[str, Location]]) -> tuple[str, str, Location] | None:
    """The report's name as its opening sentences give it ("现公布区统计局2023年政府信息公开工作年度报告")."""
    for text, location in lines[:6]:
        norm = _NOTICE.sub("", normalize(text))
        for m in _NAMED.finditer(norm):
            name = m.group("quoted") or m.group("verb") or m.group("lead")
            if name and "信息公开" in name and "通知" not in name:
                return name, "sentence", location
    return None


# --- the year from the content ----------------------------------------------------------------------------------

def _texts(doc: Document, limit: int | None = None) -> list[tuple[str, Location]]:
    out = []
    for block in doc.blocks:
        if isinstance(block, Heading | Paragraph) and block.text.strip():
            out.append((block.text, block.location))
            if limit is not None and len(out) >= limit:
                break
    return out


def content_year(doc: Document) -> Clue | None:
    """The report year from the text, when the title does not give it, and the text that gave it."""
    texts = [(normalize(t), loc) for t, loc in _texts(doc, 60)]
    for norm, loc in texts:
        m = _PERIOD.search(norm)
        if m and (m.group("y2") is None or m.group("y2") == m.group("y")):
            return Clue(int(m.group("y")), f"统计期限“{m.group(0)}”", loc)
    for pattern in (_ABOUT, _ABOUT_WORK, _AS_OF):
        body = False  # past the first section's heading: a quoted report title there is another report
        for norm, loc in texts:
            text = _NOTICE.sub("", norm)
            heading = first_section_at(text)
            for m in pattern.finditer(text):
                if _COUNTED.match(text, m.end()):  # "…2021年度…年度报告1条": a past report published, an item
                    continue
                if (body or (heading is not None and m.start() > heading)) and _quoted(text, m.start()):
                    continue  # 一、… "公开发布《国家新闻出版署2021年…年度报告》": last year's report, published this year
                return Clue(int(m.group("y")), f"正文“{m.group(0)}”", loc)
            body = body or heading is not None
    for pattern in (_CLAUSE, _CLAUSE_LOOSE):
        votes: Counter[int] = Counter()
        first: dict[int, tuple[str, Location]] = {}
        for norm, loc in texts:
            for m in pattern.finditer(norm):
                year = int(m.group("y"))
                votes[year] += 1
                first.setdefault(year, (norm[m.start("y"):m.end()], loc))
        if votes:
            year, _ = votes.most_common(1)[0]
            text, loc = first[year]
            return Clue(year, f"正文“{text}…”", loc)
    return _year_before_report_date(doc) or _notice_year(texts)


def _notice_year(texts: list[tuple[str, Location]]) -> Clue | None:
    """The one year the opening's notices on this year's reports name (``《做好2020年政府信息公开工作年度报告编制发布有关
    事项的通知》``), when nothing else gives one; None when they name none or several."""
    found: dict[int, tuple[str, Location]] = {}
    for norm, loc in texts:
        if first_section_at(norm) == 0:
            break  # past the opening: a notice the body quotes is about other work
        for notice in _NOTICE.finditer(norm):
            for m in _ABOUT.finditer(notice.group(0)):
                found.setdefault(int(m.group("y")), (notice.group(0), loc))
    if len(found) != 1:
        return None
    year, (text, loc) = next(iter(found.items()))
    return Clue(year, f"编制依据“{text}”", loc)


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a 《…》 of ``text``."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def _year_before_report_date(doc: Document) -> Clue | None:
    """The year before the report's date (a 发布日期 line, or a date standing alone at the end), when
    that date falls in the first half of a year, when annual reports are published."""
    blocks = _texts(doc)
    for text, loc in [*blocks[:12], *blocks[-4:]]:
        norm = normalize(text)
        m = _DATE_LABEL.search(norm) or _LONE_DATE.match(norm)
        if m and 1 <= int(m.group(2)) <= 6:
            return Clue(int(m.group(1)) - 1, f"报告日期“{m.group(0)}”的上一年", loc)
    return None


# --- the agency -------------------------------------------------------------------------------------------------

def find_agency(title: Clue | None, doc: Document) -> tuple[Clue | None, Clue | None]:
    """The agency (from the title) and its level (from the name, else from how the text names itself)."""
    name = agency_of(title.value if title is not None else None)  # type: ignore[arg-type]
    if name is not None and name.startswith(("我", "本")):  # "现将我局2022年度…报告如下"
        name = None
    agency = Clue(name, "标题", title.location) if name and title is not None else None
    level = classify(name)
    if level is not None and title is not None:
        return agency, Clue(level, f"机关名称“{name}”", title.location)
    opening = [t for t, _ in _texts(doc, 40)]
    found = self_reference("".join(opening))
    # the clause subject (2023年,省机关事务管理局坚持…) also when the title's name is no organ's: a spam mirror's betting site
    subject = clause_subject(opening) if level is None and found is None else None
    level_clue = Clue(found[0], f"正文自称“{found[1]}”") if found is not None \
        else Clue(subject[0], f"正文“{subject[1]}”") if subject is not None else None
    if agency is None:
        agency = _body_named_agency(doc, opening, level_clue.value.kind if level_clue is not None else None)
    return agency, level_clue


def _body_named_agency(doc: Document, opening: list[str], kind: str | None) -> Clue | None:
    """The agency of a report whose title names none (a page that kept only its body): the body signing it, else the
    one its 编制 sentence names (``signedagency.py``; ``kind``: the kind the text gives itself).  For pairing a body's
    years and for showing; the level is read from the text as before, not from this name."""
    from .signedagency import compiling_agency, signed_agency  # most titles name their agency: rarely needed

    signed = signed_agency(doc)
    if signed is not None:
        return Clue(signed, "落款")
    compiled = compiling_agency(opening, kind)
    return Clue(compiled, "编制说明") if compiled is not None else None


def identify(doc: Document) -> Identity:
    """Title, year, agency and level of one document, each with where it came from."""
    found = find_title(doc)
    title = None if found is None else Clue(found[0], found[1], found[2])
    how = None if found is None else found[1]
    year = report_year(found[0] if found else None, doc)
    from_front_matter = isinstance((doc.metadata.get("front_matter") or {}).get("year"), int)
    year_clue = Clue(year, "front matter 的 year" if from_front_matter else "标题", found[2] if found else None) \
        if year is not None else content_year(doc)
    agency, level = find_agency(title, doc)
    return Identity(title=title, title_how=how, year=year_clue, agency=agency, level=level)
