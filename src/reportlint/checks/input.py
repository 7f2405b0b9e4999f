"""input: the file can be read as a report, and a pack applies to it (RL1xx).

These findings are raised while a file is read and its pack chosen, not by a check over the
document: a reader raises the reason a file cannot be read, the engine says when no pack applies and
what it inferred to choose one, the suppression pass reports a suppression that matched nothing.  This
module declares the rules and the messages of what was inferred, so that ``reportlint rule RL101``
documents them and packs may change their severity.
"""

from __future__ import annotations

from ..model.diagnostics import Severity
from .base import RuleDef, message_in

KIND = "input"

RULES = [
    RuleDef("RL101", "RL101", Severity.ERROR,
            {"en": "the file cannot be read as a report", "zh": "文件无法作为报告读取"},
            """The file is not a readable .docx, Markdown, text or PDF report: empty, damaged, encrypted, a legacy
.doc, binary content, an undecodable encoding, or larger than the limits of the README's section
"What reportlint does with bad input".  The reason and what to do are in the message.

Failing example (a legacy Word file renamed)::

    report.docx  →  RL101 无法读取：这是旧版 Word 97-2003（.doc）文件，不是 .docx；用 Word 另存为 .docx 后再检查

Passing example: the same report saved by Word as .docx."""),
    RuleDef("RL102", "RL102", Severity.WARNING,
            {"en": "no rule pack applies", "zh": "没有适用的规则包"},
            """No pack matches the report: reportlint could not tell what kind of report it is or which year it is
about, so nothing was checked.  Choose a pack with ``--pack`` or ``pack =`` in the configuration.
A file without a report's structure either — no pack's section title, no 一、二、… numbering, no
table of numbers (a README or a CHANGELOG beside the reports in a repository) — seems no report at
all: RL102 is then only information, never a warning.  So is a report of another kind that a pack names
(``applies.exclude``: a university's 学年 report, a power company's): the message names the kind.

Failing example: a memo with no report title and no year.

Passing example: ``镜泊湖管委会2020年政府信息公开工作年度报告`` as the title (the 2019-form pack applies)."""),
    RuleDef("RL103", "RL103", Severity.INFO,
            {"en": "what the report is was inferred from its content", "zh": "报告类型、年度或机关从正文推断"},
            """The report has no title line that names it and its year (the title was in the page header or an
image, or the text starts with web-page chrome and never gives it), so reportlint recognised it from
its content and says from what: the report's name in its opening sentences, its section titles and
table labels (with too few of them, the topics of 一 as its numbered points, ``(一)主动公开``); the year
from the statistics period, a sentence about the report, the clauses that open with a year, or the
year before the report date; the form from the table headers when no year is given; the agency's
level from how the text names itself (我局, 我镇).  Check that it is right: the deadline and the
plausibility of the numbers depend on it.

Failing example (a web page whose title was not copied)::

    根据《中华人民共和国政府信息公开条例》…本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。
    一、总体情况 …
    → RL103 未找到报告标题，按正文识别为政府信息公开工作年度报告（2021年版格式）（章节标题 1 处，如“一、总体情况”）；
      报告年度 2022 年，依据统计期限“自2022年1月1日起至2022年12月31日止”

Passing example: ``桃江县松木塘镇人民政府2022年政府信息公开工作年度报告`` as the first line."""),
    RuleDef("RL104", "RL104", Severity.INFO,
            {"en": "the document has tracked changes", "zh": "文档含有未接受的修订"},
            """The .docx has unaccepted revisions (tracked insertions and deletions); the text was read as if they
were accepted.

Failing example: a report sent back with a colleague's tracked change of 12 to 13.

Passing example: the same report after 审阅 → 接受所有修订."""),
    RuleDef("RL105", "RL105", Severity.WARNING,
            {"en": "a suppression suppresses nothing", "zh": "禁用注释没有屏蔽任何问题"},
            """An inline suppression (``<!-- reportlint-disable CODE -->`` or a Word comment starting with
``reportlint-disable``) matched no finding: remove it or correct its codes.

Failing example::

    <!-- reportlint-disable-next-line RL401 -->
    本年度共收到申请 3 件。        ← no RL401 on this line

Passing example: the comment removed, or placed above the table row whose RL401 it is meant for."""),
]

MESSAGES = {
    "kind.sentence": {"zh": "标题行缺失，按正文中的“{title}”识别为{pack}",
                      "en": "no title line; recognised as {pack} from \"{title}\" in the text"},
    "kind.content": {"zh": "未找到报告标题，按正文识别为{pack}（{evidence}）",
                     "en": "no report title; recognised as {pack} from its content ({evidence})"},
    "evidence.sections": {"zh": "章节标题 {n} 处，如“{example}”", "en": "{n} section titles, e.g. \"{example}\""},
    "evidence.labels": {"zh": "表格标签 {n} 处，如“{example}”", "en": "{n} table labels, e.g. \"{example}\""},
    "evidence.topics": {"zh": "应写内容的小标题 {n} 处，如“{example}”",
                        "en": "{n} sub-headings of required topics, e.g. \"{example}\""},
    "evidence.opens": {"zh": "正文以“{title}”开头", "en": "the text opens with \"{title}\""},
    "evidence.states": {"zh": "正文自述“{text}”", "en": "the text says \"{text}\""},
    "year": {"zh": "报告年度 {year} 年，依据{source}", "en": "report year {year}, from {source}"},
    "year.form": {"zh": "报告年度不详，按表格的{form}选用规则包（表头“{header}”）",
                  "en": "report year unknown; pack chosen by the tables' {form} (header \"{header}\")"},
    "year.latest": {"zh": "报告年度不详，按{pack}检查", "en": "report year unknown; checked as {pack}"},
    "level": {"zh": "机关层级：{level}，依据{source}", "en": "agency level: {level}, from {source}"},
}


def inferred_message(lang: str, *, pack_name: str, title: str | None, title_how: str | None, matched_by: str,
                     evidence: tuple[int, str, int, str, int, str, str, str] | None, year: int | None, year_source: str | None,
                     decided_by: str, form_name: str = "", form_header: str = "", level: str | None = None,
                     level_source: str | None = None) -> str | None:
    """What was inferred to check a report without a full title, and from what (None: nothing was).

    ``evidence`` is (sections found, a section title, table labels found, a label, topic sub-headings found,
    a topic, the first section title the text opens with or "", what the text says of itself or "")."""
    parts = []
    if title_how == "sentence" and title:
        parts.append(message_in(MESSAGES, lang, "kind.sentence", title=title, pack=pack_name))
    elif matched_by == "content":
        found = []
        if evidence and evidence[0]:
            found.append(message_in(MESSAGES, lang, "evidence.sections", n=evidence[0], example=evidence[1]))
        if evidence and evidence[2]:
            found.append(message_in(MESSAGES, lang, "evidence.labels", n=evidence[2], example=evidence[3]))
        if evidence and evidence[4]:
            found.append(message_in(MESSAGES, lang, "evidence.topics", n=evidence[4], example=evidence[5]))
        if evidence and evidence[6]:
            found.append(message_in(MESSAGES, lang, "evidence.opens", title=evidence[6]))
        if evidence and evidence[7]:
            found.append(message_in(MESSAGES, lang, "evidence.states", text=evidence[7]))
        parts.append(message_in(MESSAGES, lang, "kind.content", pack=pack_name, evidence="，".join(found)))
    if year is not None and year_source and year_source not in ("标题", "front matter 的 year"):
        parts.append(message_in(MESSAGES, lang, "year", year=year, source=year_source))
    elif year is None and decided_by == "form":
        parts.append(message_in(MESSAGES, lang, "year.form", form=form_name, header=form_header))
    elif year is None and decided_by == "latest":
        parts.append(message_in(MESSAGES, lang, "year.latest", pack=pack_name))
    if level and level_source and not level_source.startswith("机关名称"):
        parts.append(message_in(MESSAGES, lang, "level", level=level, source=level_source))
    return "；".join(parts) if parts else None
