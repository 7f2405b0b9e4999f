"""tables: every mandatory table is present with the form's rows and columns.

Tables are found by section and by their header and row labels, never by position; rows and
columns are bound by label path (see :mod:`reportlint.binding`).  A label the form does not have
is reported as information; a close variant binds with a warning; two rows for one label is an
error, because the numbers could not be attributed.

Failing example (a row missing from the section-三 table)::

    | 三、本年度办理结果 | （一）予以公开 | … |      ← no “（二）部分公开” row

    RL302 “收到和处理政府信息公开申请情况表”缺少行“本年度办理结果/部分公开”

Passing example: the table as the form prints it, each row and column once.

One cause, one finding: a table missing with its whole section is the sections check's RL201 (no
RL301 for it); a table of the other form version is the version check's RL801 (no RL303 for its
columns, no RL304 for its rows, no RL302 for the rows only the expected form has); a text that stops before a
table, RL209; a report written in the structure before the forms (概述 … 收费及减免, no table), the version check's
RL803.

Failing example (RL301): section 二 titled, its text there, no 第二十条第（五）项 table::

    RL301 未找到“第二十条第（五）项（行政许可）”表格

Passing example: the table under its caption; or section 二 absent altogether (RL201 alone).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis.cut import cut_off_tables, cut_section
from ..model.diagnostics import Diagnostic, Severity
from ..model.document import Block, Heading, Location, Table
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize, normalize_label
from .base import KindContext, RuleDef, another_form, block_texts, cell_location, legacy_structure, stops_inside

KIND = "tables"
PACK_KEYS = ()  # the tables are the pack's own (packs/compile.py); this kind checks they are there
SCHEMA: dict = {}
RULES = [
    RuleDef("tables.missing", "RL301", Severity.ERROR, {"en": "a mandatory table is missing", "zh": "缺少必需的表格"}),
    RuleDef("tables.row-missing", "RL302", Severity.ERROR,
            {"en": "a table lacks one of the form's rows", "zh": "表格缺少格式规定的行"}),
    RuleDef("tables.column-missing", "RL303", Severity.ERROR,
            {"en": "a table lacks one of the form's columns", "zh": "表格缺少格式规定的列"}),
    RuleDef("tables.extra", "RL304", Severity.INFO,
            {"en": "a table has a row or column the form does not have", "zh": "表格中有格式之外的行或列"}),
    RuleDef("tables.ambiguous", "RL305", Severity.ERROR,
            {"en": "a label matches several rows or columns", "zh": "一个标签对应多行或多列"}),
    RuleDef("tables.label-variant", "RL306", Severity.WARNING,
            {"en": "a row or column label differs from the form", "zh": "行或列的标签与格式规定不一致"}),
    RuleDef("tables.unread", "RL308", Severity.WARNING,
            {"en": "a table's text is there but could not be read as a table", "zh": "表格的文字在正文中，但未能按表格读取"},
            """The text has a table's caption and labels as lines of their own (``第二十条第(一)项``, ``信息内容``,
``规章``, ``0``…: a web page's table copied one cell per line), but no reader could put them back
into rows and columns, so the table's numbers were not checked.  One finding per section, naming
its tables, in place of "table not found" for each.  Also a table whose rows were found under a
header none of whose columns could be placed (a two-level header written a cell per line, read as
one cell over all the values): one finding in place of "column missing" for each, and not excused
by a text that stops inside the table — the columns are there, not cut off.

Failing example::

    第二十条第(一)项
    信息内容
    本年制发件数
    …
    RL308 第二部分中“第二十条第（一）项（规章、行政规范性文件）”的文字在正文中，但未能按表格读取，其中的数字未检查

Passing example: the same table as rows (``| 规章 | 0 | 0 | 0 |``), or the .docx original."""),
    RuleDef("RL307", "RL307", Severity.WARNING,
            {"en": "a table of the PDF cannot be read (no ruling lines, or an image)", "zh": "PDF 中的表格无法机器读取"},
            """Raised by the PDF reader: a section that must hold a table has no ruled table before the next
section (a table drawn without lines, or published as an image), so its numbers were not checked.

Failing example: section 三 of a PDF whose table is a scanned image.

Passing example: the same table with ruling lines, or the .docx original."""),
    RuleDef("RL309", "RL309", Severity.WARNING,
            {"en": "a table row of a text file has too few or too many values to place",
             "zh": "文本中表格某行的数值个数与列数对不上"},
            """Raised by the text reader: text keeps no merged cells, so a row is read by its right edge, its
values filling the value columns; a row whose values are fewer than the columns (blank cells
dropped when the table was copied into text) or more (several rows run together) cannot be placed.
Its cells are left blank, so every identity over them is reported as not verifiable, never as
passed.

Failing example (the six blank applicant cells dropped, the row has two values for seven columns)::

    一、本年新收政府信息公开申请数量 |
    3 |
    3 |

    RL309 表6中“一、本年新收政府信息公开申请数量”这一行有 2 个数值（3、3），与表格的 7 列对不上，无法确定各数值所在的列，本行未核对

Passing example: the same row with its blank cells kept (``| |``) or written as 0."""),
]

MESSAGES = {
    "missing": {"zh": "未找到“{title}”表格", "en": "table \"{title}\" not found"},
    "missing.help": {"zh": "应在“{section}”一节中给出该表", "en": "the table belongs in section \"{section}\""},
    "row_missing": {"zh": "“{table}”缺少行“{label}”", "en": "table \"{table}\" lacks the row \"{label}\""},
    "rows_missing": {"zh": "“{table}”缺少 {n} 行：{labels}", "en": "table \"{table}\" lacks {n} rows: {labels}"},
    "rows_missing.help": {"zh": "表格在文中中断，或这些行的标签与格式规定相差太远",
                          "en": "the table stops early in the text, or these rows' labels differ too much from the form's"},
    "col_missing": {"zh": "“{table}”缺少列“{label}”", "en": "table \"{table}\" lacks the column \"{label}\""},
    "ambiguous": {
        "zh": "“{table}”中有多{axis}与“{label}”对应：{found}",
        "en": "several {axis}s of \"{table}\" match \"{label}\": {found}",
    },
    "fuzzy": {
        "zh": "“{table}”中的标签“{found}”与格式规定的“{label}”不一致（已按“{label}”核对）",
        "en": "label \"{found}\" in \"{table}\" differs from the form's \"{label}\" (checked as \"{label}\")",
    },
    "extra_row": {"zh": "“{table}”中有格式之外的行“{label}”", "en": "table \"{table}\" has an extra row \"{label}\""},
    "extra_col": {"zh": "“{table}”中有格式之外的列“{label}”", "en": "table \"{table}\" has an extra column \"{label}\""},
    "unread": {
        "zh": "{where}{tables}的文字在正文中，但未能按表格读取，其中的数字未检查",
        "en": "the text of {tables}{where} is there, but could not be read as a table: its numbers were not checked",
    },
    "unread.where": {"zh": "“{section}”中", "en": " in \"{section}\""},
    "unread.help": {
        "zh": "每个单元格各占一行的文本无法还原为表格；请检查原文档（.docx 或 PDF）",
        "en": "text with one cell per line cannot be put back into a table; check the original (.docx or PDF)",
    },
    "axis.row": {"zh": "行", "en": "row"},
    "axis.column": {"zh": "列", "en": "column"},
}



def compile(raw: dict, pack) -> object | None:
    return pack.tables or None


def run(ctx: KindContext, tables: list) -> Iterator[Diagnostic]:
    # A document that visibly stops in the middle does not reach its later tables: the sections check
    # says so once (RL209), not a finding per table.
    unreached = cut_off_tables([t for t in tables if t.required], ctx.pack.sections,
                               cut_section(ctx.sections, ctx.pack.sections, ctx.cut),
                               lambda table_id: ctx.bound(table_id) is not None)
    unread = _unread(ctx, [t for t in tables if t.required and ctx.bound(t.id) is None
                           and (t.id not in unreached or _text_passes(ctx, t, tables))])
    yield from _report_unread(ctx, unread)
    for spec in tables:
        bound = ctx.bound(spec.id)
        if bound is None:
            if not spec.required or spec.id in unreached or spec.id in unread or _section_missing(ctx, spec) \
                    or legacy_structure(ctx) is not None:  # a report in the older structure: RL803 says it once
                continue
            section = ctx.section_of.get(spec.section or "")
            location = section.heading.location if section else _doc_start(ctx)
            spec_section = next((s.title for s in ctx.pack.sections if s.id == spec.section), "")
            d = ctx.report("tables.missing", ctx.msg("missing", title=spec.title), location,
                           help=ctx.msg("missing.help", section=spec_section) if spec_section else None,
                           key=(spec.id,))
            if d:
                yield d
            continue
        # A table of the other form version (2019 columns in a 2021 report): the version check
        # reports the form once; its columns, each "missing", would say it again and again.
        # Its rows too, those that form does not print (the pack's ``version.forms[].rows``): the 2021 form's
        # 第二十条第（五）项 has no 其他对外管理服务事项, which is no row left out; its 行政许可 is.
        printed_form = another_form(ctx, bound.view)
        other_form = printed_form is not None
        cut_inside = stops_inside(ctx, bound)
        if not cut_inside:
            yield from _missing_rows(ctx, spec, bound, printed_form)
        # Rows found under a header none of whose columns could be placed (a two-level header written a
        # cell per line reads as one cell over all the values): the columns are not missing, nor cut off by
        # a text that stops in the table, they are unread — one RL308, whatever the text does after it.
        columns_unread = not bound.cols and not other_form and _names_columns(spec, bound.view)
        if columns_unread:
            yield from _report_unread(ctx, {spec.id: bound.table})
        for issue in bound.issues:
            if (issue.axis == "column" and (other_form or columns_unread or (cut_inside and issue.kind == "missing"))) \
                    or (issue.axis == "row" and issue.kind == "missing"):
                continue
            d = _issue_finding(ctx, spec, bound, issue)
            if d:
                yield d
        if spec.extra != "ignore":
            yield from _extras(ctx, spec, bound, other_form)


def _names_columns(spec, view) -> bool:
    """The table's header names two or more of the form's columns (the last part of a label path, as printed):
    columns named yet not placed are unread, not missing — a header printed as ``0 | 0 | 0`` names none, and a
    one-column table's header naming its column is bound by it."""
    named = [column for column in spec.columns
             if any(path and path[-1].regex is None and path[-1].text and path[-1].text in view.header_text
                    for path in column.alternatives)]
    return len(named) >= 2


def _section_missing(ctx: KindContext, spec) -> bool:
    """The table's section is missing from the document, which the sections check reports (RL201):
    its tables missing with it are that one finding, not one more each."""
    section = next((s for s in ctx.pack.sections if s.id == spec.section), None)
    return (section is not None and section.required and section.id not in ctx.section_of
            and ctx.pack.severity_of("sections.missing", Severity.ERROR) is not None)


def _missing_rows(ctx: KindContext, spec, bound, printed_form: dict | None) -> Iterator[Diagnostic]:
    """The form's rows the table lacks: one finding each, or one for all when several are missing
    (a table the text stops in, an excerpt: one cause, one finding).  A table printed in another form
    (``printed_form``) lacks only the rows that form prints: those its ``rows`` name for the table, or all."""
    missing = [(i.key, _shown(i.label)) for i in bound.issues if i.kind == "missing" and i.axis == "row"]
    if printed_form is not None:
        printed = (printed_form.get("rows") or {}).get(spec.id)
        missing = [(key, label) for key, label in missing if printed is None or key in printed]
    present = {**bound.rows, **bound.cols}
    if printed_form is None and spec.require_one_of and not any(all(k in present for k in group) for group in spec.require_one_of):
        labels = {s.key: s.label for s in (*spec.rows, *spec.columns)}
        missing.append(("require_one_of", "；".join("、".join(labels.get(k, k) for k in group)
                                                   for group in spec.require_one_of)))
    location = bound.table.location
    if len(missing) >= 2:
        shown = "、".join(f"“{label}”" for _, label in missing[:5]) + ("等" if len(missing) > 5 else "")
        d = ctx.report("tables.row-missing", ctx.msg("rows_missing", table=spec.title, n=len(missing), labels=shown),
                       location, help=ctx.msg("rows_missing.help"), key=(spec.id, "rows"))
        if d:
            yield d
        return
    for key, label in missing:
        d = ctx.report("tables.row-missing", ctx.msg("row_missing", table=spec.title, label=label), location,
                       key=(spec.id, key))
        if d:
            yield d


def _shown(label: str) -> str:
    """A form's label as printed: ``本年增\\/减`` (a slash that is no path separator, escaped in the pack) is 本年增/减."""
    return label.replace("\\/", "/")


def _issue_finding(ctx: KindContext, spec, bound, issue) -> Diagnostic | None:
    view = bound.view
    label = _shown(issue.label)
    if issue.kind == "missing":  # a column (rows: _missing_rows)
        return ctx.report("tables.column-missing", ctx.msg("col_missing", table=spec.title, label=label),
                          bound.table.location, key=(spec.id, issue.key))
    if issue.kind == "ambiguous":
        return ctx.report("tables.ambiguous", ctx.msg("ambiguous", table=spec.title, label=label,
                                                       axis=ctx.msg(f"axis.{issue.axis}"), found="；".join(issue.found)),
                          bound.table.location, key=(spec.id, issue.key))
    if issue.axis == "row" and issue.grid_index is not None:  # fuzzy
        loc = cell_location(bound, issue.grid_index, view.label_cols[-1] if view.label_cols else 0)
    elif issue.grid_index is not None:
        loc = cell_location(bound, view.header_rows[-1] if view.header_rows else 0, issue.grid_index)
    else:
        loc = bound.table.location
    return ctx.report("tables.label-variant", ctx.msg("fuzzy", table=spec.title, label=label,
                                                      found="；".join(issue.found)), loc, key=(spec.id, issue.key))


def _extras(ctx: KindContext, spec, bound, other_form: bool) -> Iterator[Diagnostic]:
    view = bound.view
    for r in [] if other_form else bound.extra_rows:  # the other form's rows: RL801 says it once
        label = view.row_label(r)
        if not label:
            continue
        col = view.label_cols[-1] if view.label_cols else 0
        d = ctx.report("tables.extra", ctx.msg("extra_row", table=spec.title, label=label),
                       cell_location(bound, r, col), key=(spec.id, label))
        if d:
            yield d
    for c in [] if other_form else bound.extra_cols:
        label = view.col_label(c)
        if not label:
            continue
        row = view.header_rows[-1] if view.header_rows else view.row_start
        d = ctx.report("tables.extra", ctx.msg("extra_col", table=spec.title, label=label),
                       cell_location(bound, row, c), key=(spec.id, label))
        if d:
            yield d


MIN_LABEL_LINES = 2  # two different labels (a caption and a row label): one alone may be a sentence's word


def _unread(ctx: KindContext, missing: list) -> dict[str, Block]:
    """The missing tables whose caption and labels stand as lines or cells of their own in their section
    (or in the document, when the section is not found), with the first such block: the table is there,
    in a layout no reader could put back into the form's rows and columns."""
    found: dict[str, Block] = {}
    read = {id(bound.table) for t in ctx.pack.tables if (bound := ctx.bound(t.id)) is not None}
    for spec in missing:
        labels = {_unbracketed(seg.text) for alt_spec in (*spec.rows, *spec.columns) for alt in alt_spec.alternatives
                  for seg in alt if seg.regex is None and seg.text}
        # From the section's heading, which is no label line — unless the title runs into a paragraph
        # (a page flattened onto one line): that paragraph holds the table's text too.
        in_section = ctx.section_blocks(spec.section)
        blocks = ctx.document.blocks if in_section is None else \
            in_section[1:] if in_section and isinstance(in_section[0], Heading) else in_section
        hits: dict[str, Block] = {}  # each label text found, with its first block
        for block in blocks:
            texts = [] if isinstance(block, Table) and id(block) in read else block_texts(block)
            for raw in texts:  # a paragraph may hold several one-cell lines "a |" joined
                text = normalize(raw)
                if spec.caption is not None and spec.is_caption(text):
                    hits.setdefault(text, block)
                elif (label := _label_of(text, labels)) is not None:
                    hits.setdefault(label, block)
        if len(hits) >= MIN_LABEL_LINES:
            found[spec.id] = next(iter(hits.values()))
    return found


_BRACKETS = str.maketrans("", "", "()（）")


def _unbracketed(label: str) -> str:
    """A label without its brackets: pages that drop them (``本年收费金额单位:万元``) still print the form's words."""
    return label.translate(_BRACKETS)


def _text_passes(ctx: KindContext, spec, tables: list) -> bool:
    """A cut document's text goes on past the table: the next table's caption stands as a line after it
    (r652: "规章000" under 第二十条第（一）项, then 第二十条第（五）项) — the table is whole, only unread."""
    later = [t for t in tables[tables.index(spec) + 1:] if t.caption is not None]
    if spec.caption is None or not later:
        return False
    seen = False
    for block in ctx.document.blocks:
        for raw in block_texts(block):
            text = normalize(raw)
            if spec.is_caption(text):
                seen = True
            elif seen and later[0].is_caption(text):
                return True
    return False


# A label with its row's values run on without a separator ("规章000", "行政规范性文件 0 0 0").
_FUSED_VALUES = LazyRegex(r"^(\D*\D)[\d.\s/-]+$")


def _label_of(text: str, labels: set[str]) -> str | None:
    """The table label a line holds: the whole line, or its start when only numbers follow it."""
    label = _unbracketed(normalize_label(text))
    if label in labels:
        return label
    fused = _FUSED_VALUES.match(text)
    if fused and (label := _unbracketed(normalize_label(fused.group(1)))) in labels:
        return label
    return None


def _report_unread(ctx: KindContext, unread: dict[str, Block]) -> Iterator[Diagnostic]:
    """One finding per section for its tables whose text is there but not as a table."""
    by_section: dict[str, list] = {}
    for spec in ctx.pack.tables:
        if spec.id in unread:
            by_section.setdefault(spec.section or "", []).append(spec)
    for section_id, specs in by_section.items():
        section = next((s for s in ctx.pack.sections if s.id == section_id), None)
        where = ctx.msg("unread.where", section=section.title) if section is not None else ""
        names = "、".join(f"“{spec.title}”" for spec in specs)
        d = ctx.report("tables.unread", ctx.msg("unread", where=where, tables=names), unread[specs[0].id].location,
                       help=ctx.msg("unread.help"), key=tuple(spec.id for spec in specs))
        if d:
            yield d


def _doc_start(ctx: KindContext) -> Location:
    if ctx.document.blocks:
        return ctx.document.blocks[0].location
    return Location(line=1, column=1)
