"""input: the file can be read as a report, and a pack applies to it (RL1xx).

These findings are raised while a file is read and its pack chosen, not by a check over the
document: a reader raises the reason a file cannot be read, the engine says when no pack applies,
the suppression pass reports a suppression that matched nothing.  This module declares the rules,
so that ``reportlint rule RL101`` documents them and packs may change their severity.
"""

from __future__ import annotations

from ..model.diagnostics import Severity
from .base import RuleDef

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
all: RL102 is then only information, never a warning.

Failing example: a memo with no report title and no year.

Passing example: ``镜泊湖管委会2020年政府信息公开工作年度报告`` as the title (the 2019-form pack applies)."""),
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
