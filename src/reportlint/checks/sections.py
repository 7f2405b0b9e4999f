"""sections: the report has every required section, once, in order, under the form's title.

Sections are the numbered top-level headings ("一、总体情况" …).  A heading is matched to a section
of the pack by its title (the pack's ``match`` or, for a warning, one of its ``variants``), or by
its number when the title is unknown; topics a section must cover are searched in its text.

Failing example (section 五 missing)::

    一、总体情况 … 四、政府信息公开行政复议、行政诉讼情况 … 六、其他需要报告的事项

    RL201 缺少第五部分“五、存在的主要问题及改进情况”
    help: 应在“四、政府信息公开行政复议、行政诉讼情况”一节之后添加标题“五、存在的主要问题及改进情况”

Passing example: the six headings 一 to 六 with the form's titles, in order — or one page of a flipbook's
text export (``Page 8 - …`` then ``P. 8``, see ``analysis.cut.page_number``) or a PDF's text from its
page 4 on (first line ``- 4 -``) that starts at 四: 一–三 are on its earlier pages, not missing, and the page's
end is where the text stops (RL209); a later page with no section title (the last page: 六's closing items and
the date) misses none.

A paragraph whose whole text is a section's title is that section whether or not it is styled as a
heading (in a .docx that is said as information, RL207: Word's navigation pane and table of contents
miss it); a title run into a paragraph is that section too, reported once per paragraph (RL208);
a table row label that looks like a title (``一、本年新收政府信息公开申请数量``) is not a section.

Failing example (RL207, a .docx)::

    ¶8  六、其他需要报告的事项        ← style 正文, not bold
    RL207 “六、其他需要报告的事项”是正文段落，没有设置为标题

Failing example (RL208)::

    一、总体情况 根据…要求，特向社会公布…年度报告。 二、主动公开政府信息情况 三、收到和处理…
    RL208 标题“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”与正文连在同一段中

Passing example: each title a paragraph of its own, styled 标题 1 in Word.

Failing example (RL205, the five topics of 一 in the 2021 form)::

    一、总体情况 （一）主动公开… （二）依申请公开… （三）政府信息管理… （四）政府信息公开平台建设…
    二、主动公开政府信息情况 …
    RL205 第一部分未涉及“监督保障”

One finding names all the topics a section lacks (``第一部分未涉及“政府信息管理”“监督保障”``): a section
written about other things is one cause, not a warning per topic.

Passing example: the same section with "（五）监督保障…" — or a text that stops inside section 一 (an
excerpt: RL209 says so once), whose missing topics may be in the part cut off.  The pack's topic patterns
follow how real reports word them (一是主动加强政务公开, 全年未接到信息公开申请: the topics are there).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis.cut import cut_off_tables, cut_section, page_number
from ..analysis.structure import SectionHeading, match_sections
from ..model.diagnostics import Diagnostic, Severity
from ..model.document import Heading, Location, Paragraph, Table
from ..text.literals import matches_in
from ..text.normalize import normalize
from .base import KindContext, RuleDef, legacy_structure

KIND = "sections"
PACK_KEYS = ()  # the sections are the pack's own (packs/compile.py); this kind checks the document has them
SCHEMA: dict = {}
RULES = [
    RuleDef("sections.missing", "RL201", Severity.ERROR, {"en": "a required section is missing", "zh": "缺少必需的章节"}),
    RuleDef("sections.order", "RL202", Severity.ERROR, {"en": "sections are out of the form's order", "zh": "章节顺序与格式不符"}),
    RuleDef("sections.duplicate", "RL203", Severity.ERROR, {"en": "a section appears twice", "zh": "章节重复出现"}),
    RuleDef("sections.variant", "RL204", Severity.WARNING,
            {"en": "a section title differs from the form", "zh": "章节标题与格式规定不一致"}),
    RuleDef("sections.topic", "RL205", Severity.WARNING,
            {"en": "a section does not cover a required topic", "zh": "章节未涉及应写的内容"}),
    RuleDef("sections.numbering", "RL206", Severity.WARNING,
            {"en": "a section is numbered differently from the form", "zh": "章节编号与格式不符"}),
    RuleDef("sections.not-heading", "RL207", Severity.INFO,
            {"en": "a section title is a body paragraph, not a heading", "zh": "章节标题是正文段落，没有设置为标题"}),
    RuleDef("sections.glued", "RL208", Severity.WARNING,
            {"en": "a section title is run into a paragraph", "zh": "章节标题与正文连在同一段中"}),
    RuleDef("sections.incomplete", "RL209", Severity.WARNING,
            {"en": "the document stops in the middle", "zh": "文档似乎不完整（中途截断）"}),
]

MESSAGES = {
    "missing": {"zh": "缺少第{number}部分“{title}”", "en": "section {number} \"{title}\" is missing"},
    "missing.help": {"zh": "应在{where}添加标题“{title}”", "en": "add the heading \"{title}\" {where}"},
    "where.after": {"zh": "“{prev}”一节之后", "en": "after \"{prev}\""},
    "where.start": {"zh": "正文开头", "en": "at the start of the body"},
    "order": {
        "zh": "第{number}部分“{title}”的位置不对：应在“{expected_after}”之后",
        "en": "section {number} \"{title}\" is out of order: it belongs after \"{expected_after}\"",
    },
    "order.between": {
        "zh": "第{number}部分“{title}”的位置不对：应在“{expected_after}”之后、“{expected_before}”之前",
        "en": "section {number} \"{title}\" is out of order: it belongs after \"{expected_after}\" and before \"{expected_before}\"",
    },
    "order.first": {
        "zh": "第{number}部分“{title}”的位置不对：应为第一部分",
        "en": "section {number} \"{title}\" is out of order: it comes first",
    },
    "duplicate": {
        "zh": "第{number}部分“{title}”重复出现（第一次在{first}）",
        "en": "section {number} \"{title}\" appears twice (first at {first})",
    },
    "variant": {"zh": "标题“{found}”与格式规定的“{title}”不一致", "en": "heading \"{found}\" differs from the form's \"{title}\""},
    "variant.help": {"zh": "改为“{title}”", "en": "write \"{title}\""},
    "topic": {"zh": "第{number}部分未涉及“{topic}”", "en": "section {number} does not cover \"{topic}\""},
    "numbering": {"zh": "标题“{found}”的编号应为“{number}、”", "en": "heading \"{found}\" should be numbered \"{number}\""},
    "not_heading": {"zh": "“{found}”是正文段落，没有设置为标题", "en": "\"{found}\" is a body paragraph, not a heading"},
    "not_heading.help": {
        "zh": "在 Word 中选中这一行，应用与其他章节标题相同的标题样式（如“标题 1”），导航窗格和目录才能显示它",
        "en": "apply the heading style the other section titles use, so that the navigation pane and contents show it",
    },
    "glued": {"zh": "标题{titles}与正文连在同一段中", "en": "heading(s) {titles} run into a paragraph"},
    "glued.help": {"zh": "每个章节标题应单独成段", "en": "give each section title a paragraph of its own"},
    "incomplete": {
        "zh": "文档似乎不完整：正文在{where}中途结束（最后是“{last}”），其后的{what}未检查",
        "en": "the document seems incomplete: it stops in {where} (last: \"{last}\"); the {what} after it were not checked",
    },
    "incomplete.where": {"zh": "“{title}”一节", "en": "section \"{title}\""},
    "incomplete.start": {"zh": "第一部分之前", "en": "before the first section"},
    "incomplete.sections": {"zh": "章节", "en": "sections"},
    "incomplete.tables": {"zh": "表格", "en": "tables"},
    "incomplete.both": {"zh": "章节和表格", "en": "sections and tables"},
    "incomplete.help": {
        "zh": "若这是截取的片段，请检查完整的报告；若报告确实在此结束，请补全其余部分",
        "en": "check the whole report if this is an excerpt; otherwise complete the rest of it",
    },
}



def compile(raw: dict, pack) -> object | None:
    return pack.sections or None


def _lis_keep(seq: list[int]) -> set[int]:
    """Positions of a longest increasing subsequence: the sections that are in order.

    Ties keep the smaller section numbers, so of two swapped sections the later-numbered one
    (the one that came too early) is the one reported.
    """
    n = len(seq)
    best = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and (best[j] + 1 > best[i] or (
                    best[j] + 1 == best[i] and prev[i] != -1 and seq[j] < seq[prev[i]])):
                best[i], prev[i] = best[j] + 1, j
    if not n:
        return set()
    top = max(best)
    i = min((k for k in range(n) if best[k] == top), key=lambda k: (seq[k], k))
    keep = set()
    while i != -1:
        keep.add(i)
        i = prev[i]
    return keep


def run(ctx: KindContext, specs: list) -> Iterator[Diagnostic]:
    matched = match_sections(ctx.sections, specs)
    # A report in the older structure (概述 … 收费及减免): the version kind says so once (RL803); its
    # missing sections, titles and topics are that one cause, not a finding each.
    legacy = legacy_structure(ctx) is not None
    yield from _formatting(ctx, [found for found, _, _ in matched])
    first_of: dict[int, SectionHeading] = {}
    for found, k, how in matched:
        spec = specs[k]
        if k in first_of:
            first = first_of[k].heading.location
            where = f"第 {first.line} 行" if first.line else f"第 {first.paragraph} 段" if first.paragraph else "前文"
            d = ctx.report("sections.duplicate", ctx.msg("duplicate", number=spec.number, title=spec.title, first=where),
                               found.heading.location, key=(spec.id,))
            if d:
                yield d
            continue
        first_of[k] = found
        ctx.section_of[spec.id] = found
        text = found.heading.text.strip()
        if legacy:
            pass  # the old titles: RL803 names them
        elif how == "number" and found.block_index == ctx.cut:
            pass  # the last line of a cut text: a title cut short, not a variant (RL209 says it stops there)
        elif how in ("variant", "number"):
            d = ctx.report("sections.variant", ctx.msg("variant", found=text, title=spec.title),
                               found.heading.location, help=ctx.msg("variant.help", title=spec.title),
                               key=(spec.id, text))
            if d:
                yield d
        elif spec.number and found.number != spec.number:
            d = ctx.report("sections.numbering", ctx.msg("numbering", found=text, number=spec.number),
                               found.heading.location, key=(spec.id, text))
            if d:
                yield d

    # Order: the first occurrences should follow the pack's order.
    if ctx.pack.section_order == "strict":
        firsts = sorted(first_of.items(), key=lambda kv: kv[1].block_index)
        seq = [k for k, _ in firsts]
        keep = _lis_keep(seq)
        for pos, (k, found) in enumerate(firsts):
            if pos in keep:
                continue
            spec = specs[k]
            before = [specs[j] for j in range(k - 1, -1, -1) if j in first_of]
            after = [specs[j] for j in range(k + 1, len(specs)) if j in first_of]
            if before and after:
                text = ctx.msg("order.between", number=spec.number, title=spec.title,
                               expected_after=before[0].title, expected_before=after[0].title)
            elif before:
                text = ctx.msg("order", number=spec.number, title=spec.title,
                               expected_after=before[0].title)
            else:
                text = ctx.msg("order.first", number=spec.number, title=spec.title)
            d = ctx.report("sections.order", text,
                               found.heading.location, key=(spec.id,))
            if d:
                yield d

    # Missing sections, located where they should be inserted; none after the point where a cut
    # document stops (one finding says it stops there).
    stopped_in = cut_section(ctx.sections, specs, ctx.cut)
    unreached = [k for k, spec in enumerate(specs)
                 if stopped_in is not None and k > stopped_in and k not in first_of and spec.required]
    unreached_tables = cut_off_tables([t for t in ctx.pack.tables if t.required], specs, stopped_in,
                                      lambda table_id: ctx.bound(table_id) is not None)
    if unreached or unreached_tables:
        yield from _incomplete(ctx, specs, stopped_in, bool(unreached), bool(unreached_tables))
    # A later page of a flipbook, or a PDF's text from a later page on (analysis.cut.page_number: ``- 4 -`` first),
    # starts inside the report: the sections before its first are on earlier pages, not missing — all of them
    # on a page inside one section (the last page, its closing items and the date under no heading of its own).
    page = page_number(ctx.document)
    earlier = 0 if page is None or page == 1 else min(first_of, default=len(specs))
    for k, spec in enumerate(specs):
        if k in first_of or not spec.required or k in unreached or k < earlier or legacy:
            continue
        prev = next((specs[j] for j in range(k - 1, -1, -1) if j in first_of), None)
        nxt = next((first_of[j] for j in range(k + 1, len(specs)) if j in first_of), None)
        location = _insertion_point(ctx, nxt)
        where = ctx.msg("where.after", prev=prev.title) if prev else ctx.msg("where.start")
        d = ctx.report("sections.missing", ctx.msg("missing", number=spec.number, title=spec.title), location,
                           help=ctx.msg("missing.help", where=where, title=spec.title),
                           key=(spec.id,))
        if d:
            yield d

    # Topics a section must cover (2021: the five topics of 一、总体情况); not in the section a cut
    # document stops in, whose missing topics may be in the part cut off.
    for k, spec in enumerate(specs):
        if not spec.topics or k not in first_of or (stopped_in is not None and k >= stopped_in) or legacy:
            continue
        found = first_of[k]
        body = _section_text(ctx, found)
        # One finding names every topic missing: a section written about other things (r457, r405: 一 as
        # one paragraph of general words) is one cause, not a warning per topic.
        missing = [name for name, pattern in spec.topics if not matches_in(pattern, body)]
        if missing:
            d = ctx.report("sections.topic", ctx.msg("topic", number=spec.number,
                                                     topic="”“".join(missing)),
                           found.heading.location, key=(spec.id, *missing))
            if d:
                yield d


def _incomplete(ctx: KindContext, specs: list, stopped_in: int | None, sections: bool,
                tables: bool) -> Iterator[Diagnostic]:
    """The one finding of a document that stops in the middle, in place of a finding per missing part."""
    assert ctx.cut is not None
    last = ctx.document.blocks[ctx.cut]
    text = getattr(last, "text", None)
    location = last.location
    if text is None:  # a table: its last row's text, and where that row is
        row = [c for c in last.cells if c.row == last.n_rows - 1 and c.text.strip()]  # type: ignore[attr-defined]
        text = " ".join(c.text for c in row)
        location = row[0].location if row else location
    text = text.strip()
    where = ctx.msg("incomplete.where", title=specs[stopped_in].title) if stopped_in is not None and stopped_in >= 0 \
        else ctx.msg("incomplete.start")
    what = ctx.msg("incomplete.both" if sections and tables else "incomplete.sections" if sections else "incomplete.tables")
    d = ctx.report("sections.incomplete", ctx.msg("incomplete", where=where, last=text[-20:], what=what),
                   location, help=ctx.msg("incomplete.help"))
    if d:
        yield d


def _formatting(ctx: KindContext, found: list[SectionHeading]) -> Iterator[Diagnostic]:
    """Section titles that are there but not as headings: a .docx paragraph (info), titles run into a
    paragraph (a warning per paragraph, naming its titles)."""
    glued: dict[int, list[SectionHeading]] = {}
    for heading in found:
        if heading.how == "paragraph" and ctx.document.format == "docx":
            text = heading.heading.text.strip()
            d = ctx.report("sections.not-heading", ctx.msg("not_heading", found=text), heading.heading.location,
                           help=ctx.msg("not_heading.help"), key=(text,))
            if d:
                yield d
        elif heading.how == "glued":
            glued.setdefault(heading.block_index, []).append(heading)
    for headings in glued.values():
        titles = "".join(f"“{h.heading.text.strip()}”" for h in headings)
        d = ctx.report("sections.glued", ctx.msg("glued", titles=titles), headings[0].heading.location,
                       help=ctx.msg("glued.help"), key=tuple(h.number for h in headings))
        if d:
            yield d


def _insertion_point(ctx: KindContext, nxt: SectionHeading | None) -> Location:
    if nxt is not None:
        return nxt.heading.location
    blocks = ctx.document.blocks
    if not blocks:
        return Location(line=1, column=1) if ctx.document.source is not None else Location()
    last = blocks[-1].location
    if ctx.document.source is not None:
        n_lines = ctx.document.source.rstrip("\n").count("\n") + 1
        return Location(line=n_lines, column=1, section=last.section)
    return last


def _section_text(ctx: KindContext, found: SectionHeading) -> str:
    # A title run into a paragraph: the paragraph is the section's text too.
    start = found.block_index + (1 if found.how != "glued" else 0)
    later = [s.block_index for s in ctx.sections if s.block_index > found.block_index]
    end = min(later) if later else len(ctx.document.blocks)
    parts = []
    for block in ctx.document.blocks[start:end]:
        if isinstance(block, Heading | Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts.extend(c.text for c in block.cells)
    return normalize("".join(parts))
