"""Messages of the engine's own rules, in the pack's language.

Packs write the messages of their identities themselves; the engine's generic findings (a missing
section, a blank cell, a date after the deadline) come from this catalogue so that a Chinese pack
speaks Chinese and an English pack English, with the numbers filled in.
"""

from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    # input
    "input.unreadable": {"zh": "无法读取：{reason}", "en": "cannot read: {reason}"},
    "input.no_pack": {
        "zh": "没有适用的规则包：{why}；可用 --pack 指定（内置：{packs}）",
        "en": "no rule pack applies: {why}; choose one with --pack (built in: {packs})",
    },
    "input.no_title": {"zh": "未找到报告标题或年份", "en": "no report title or year found"},
    "input.no_year_pack": {"zh": "{year} 年没有对应的内置规则包", "en": "no built-in pack for year {year}"},
    # sections
    "sections.missing": {"zh": "缺少第{number}部分“{title}”", "en": "section {number} \"{title}\" is missing"},
    "sections.missing.help": {
        "zh": "应在{where}添加标题“{title}”", "en": "add the heading \"{title}\" {where}",
    },
    "sections.where.after": {"zh": "“{prev}”一节之后", "en": "after \"{prev}\""},
    "sections.where.start": {"zh": "正文开头", "en": "at the start of the body"},
    "sections.order": {
        "zh": "第{number}部分“{title}”的位置不对：应在“{expected_after}”之后",
        "en": "section {number} \"{title}\" is out of order: it belongs after \"{expected_after}\"",
    },
    "sections.order.between": {
        "zh": "第{number}部分“{title}”的位置不对：应在“{expected_after}”之后、“{expected_before}”之前",
        "en": "section {number} \"{title}\" is out of order: it belongs after \"{expected_after}\" and before \"{expected_before}\"",
    },
    "sections.order.first": {
        "zh": "第{number}部分“{title}”的位置不对：应为第一部分",
        "en": "section {number} \"{title}\" is out of order: it comes first",
    },
    "sections.duplicate": {
        "zh": "第{number}部分“{title}”重复出现（第一次在{first}）",
        "en": "section {number} \"{title}\" appears twice (first at {first})",
    },
    "sections.variant": {
        "zh": "标题“{found}”与格式规定的“{title}”不一致", "en": "heading \"{found}\" differs from the form's \"{title}\"",
    },
    "sections.variant.help": {"zh": "改为“{title}”", "en": "write \"{title}\""},
    "sections.topic": {
        "zh": "第{number}部分未涉及“{topic}”", "en": "section {number} does not cover \"{topic}\"",
    },
    "sections.numbering": {
        "zh": "标题“{found}”的编号应为“{number}、”", "en": "heading \"{found}\" should be numbered \"{number}\"",
    },
    # tables
    "tables.missing": {"zh": "未找到“{title}”表格", "en": "table \"{title}\" not found"},
    "tables.missing.help": {
        "zh": "应在“{section}”一节中给出该表", "en": "the table belongs in section \"{section}\"",
    },
    "tables.row_missing": {"zh": "“{table}”缺少行“{label}”", "en": "table \"{table}\" lacks the row \"{label}\""},
    "tables.col_missing": {
        "zh": "“{table}”缺少列“{label}”", "en": "table \"{table}\" lacks the column \"{label}\"",
    },
    "tables.ambiguous": {
        "zh": "“{table}”中有多{axis}与“{label}”对应：{found}",
        "en": "several {axis}s of \"{table}\" match \"{label}\": {found}",
    },
    "tables.fuzzy": {
        "zh": "“{table}”中的标签“{found}”与格式规定的“{label}”不一致（已按“{label}”核对）",
        "en": "label \"{found}\" in \"{table}\" differs from the form's \"{label}\" (checked as \"{label}\")",
    },
    "tables.extra_row": {
        "zh": "“{table}”中有格式之外的行“{label}”", "en": "table \"{table}\" has an extra row \"{label}\"",
    },
    "tables.extra_col": {
        "zh": "“{table}”中有格式之外的列“{label}”", "en": "table \"{table}\" has an extra column \"{label}\"",
    },
    "axis.row": {"zh": "行", "en": "row"},
    "axis.column": {"zh": "列", "en": "column"},
    # arithmetic
    "arith.default": {
        "zh": "{title}不成立（{along}）：{lhs_full}，{rhs_full}，相差 {diff}",
        "en": "{title} does not hold ({along}): {lhs_full}, {rhs_full}, difference {diff}",
    },
    "arith.unverifiable": {
        "zh": "无法核对{title}（{along}）：{blanks}",
        "en": "cannot verify {title} ({along}): {blanks}",
    },
    "arith.blank": {"zh": "“{cell}”为空", "en": "\"{cell}\" is blank"},
    "arith.unreadable": {"zh": "“{cell}”不是数字（{value}）", "en": "\"{cell}\" is not a number ({value})"},
    "arith.missing": {"zh": "缺少“{label}”", "en": "\"{label}\" is missing"},
    "arith.target": {"zh": "{name}（{along}）", "en": "{name} ({along})"},
    "arith.help": {
        "zh": "{target}应为 {expected}（现为 {actual}），或更正参与计算的数字",
        "en": "{target} should be {expected} (it is {actual}), or correct the numbers it is made of",
    },
    # values
    "values.blank": {
        "zh": "单元格为空（{cell}），数字单元格应填写数字，没有发生的填 0",
        "en": "cell is blank ({cell}); write 0 where nothing happened",
    },
    "values.placeholder": {
        "zh": "单元格填写了“{value}”（{cell}），应填写数字，没有发生的填 0",
        "en": "cell holds \"{value}\" ({cell}); write a number, 0 where nothing happened",
    },
    "values.text": {
        "zh": "单元格“{value}”不是数字（{cell}）", "en": "cell \"{value}\" is not a number ({cell})",
    },
    "values.text.help": {"zh": "应写作 {suggestion}", "en": "write {suggestion}"},
    "values.negative": {
        "zh": "件数不能为负数：{value}（{cell}）", "en": "a count cannot be negative: {value} ({cell})",
    },
    "values.fraction": {
        "zh": "件数应为整数：{value}（{cell}）", "en": "a count must be a whole number: {value} ({cell})",
    },
    "values.unit": {
        "zh": "金额“{value}”没有单位（{cell}），无法确定是元还是万元",
        "en": "amount \"{value}\" has no unit ({cell}); 元 or 万元?",
    },
    "values.unit.help": {"zh": "写明单位，例如“{value} 万元”", "en": "state the unit, e.g. \"{value} 万元\""},
    "values.negative_amount": {
        "zh": "金额不能为负数：{value}（{cell}）", "en": "an amount cannot be negative: {value} ({cell})",
    },
    "values.max": {
        "zh": "{message}（{cell} = {value}）", "en": "{message} ({cell} = {value})",
    },
    # dates
    "dates.invalid": {"zh": "日期“{text}”不存在：{error}", "en": "date \"{text}\" does not exist"},
    "dates.missing": {
        "zh": "未找到报告日期（标题下方的成文日期或发布日期）",
        "en": "no report date found (the line under the title or the publication date)",
    },
    "dates.wrong_year": {
        "zh": "报告日期 {date} 不在 {expected_year} 年：{year} 年度报告应在 {expected_year} 年发布",
        "en": "report date {date} is not in {expected_year}: the {year} report is published in {expected_year}",
    },
    "dates.deadline": {
        "zh": "报告日期 {date} 晚于法定期限 {deadline}（{who}）",
        "en": "report date {date} is after the deadline {deadline} ({who})",
    },
    "dates.who.department": {"zh": "部门报告应于 1 月 31 日前公布，《条例》第四十九条", "en": "department reports"},
    "dates.who.government": {"zh": "本级政府报告应于 3 月 31 日前公布，《条例》第四十九条", "en": "government reports"},
    "dates.who.town": {"zh": "乡镇报告按 1 月 31 日掌握", "en": "town reports, treated as departments"},
    "dates.future": {"zh": "报告日期 {date} 晚于今天（{today}）", "en": "report date {date} is in the future ({today})"},
    "dates.period": {
        "zh": "统计期限“{text}”与报告年度 {year} 年不符", "en": "statistics period \"{text}\" does not match the report year {year}",
    },
    "dates.style": {
        "zh": "日期“{text}”宜写作“{style}”", "en": "write the date \"{text}\" as \"{style}\"",
    },
    "dates.field": {
        "zh": "报告日期来自 Word 域（DATE），每次打开文档都会变成当天日期",
        "en": "the report date is a Word DATE field: it changes to today whenever the file is opened",
    },
    "dates.field.help": {
        "zh": "选中日期按 Ctrl+Shift+F9 转为普通文字，或直接键入日期",
        "en": "select it and press Ctrl+Shift+F9 to make it plain text, or type the date",
    },
    # version
    "version.mismatch": {
        "zh": "{year} 年度报告应使用{expected}的表格，但第二部分的表头是{found}的",
        "en": "a {year} report uses the {expected} tables, but section 2 has the {found} headers",
    },
    "version.single_other": {
        "zh": "（六）其他处理只有一行：2021 年版格式应分为 3 个子项（逾期不补正、逾期不缴费、其他）",
        "en": "(六) 其他处理 is a single row: the 2021 form splits it into 3 rows",
    },
    # prose
    "prose.sum": {
        "zh": "文中合计不成立：{parts} = {sum}，但写明共计 {total} {unit}，相差 {diff}",
        "en": "a stated total does not add up: {parts} = {sum}, but the text says {total} {unit}, difference {diff}",
    },
    "prose.table": {
        "zh": "文中{title}为 {stated} {unit}，与表格不符：{table}",
        "en": "the text gives {title} as {stated}{unit}, but the table has {table}",
    },
    "prose.or": {"zh": "，或 ", "en": ", or "},
    "prose.scope": {
        "zh": "（句中有“{word}”，统计范围可能与表格不同）",
        "en": " (the sentence says \"{word}\": its scope may differ from the table's)",
    },
    "prose.percent": {
        "zh": "文中百分比 {stated}% 与其基数不符：{part} ÷ {base} × 100% = {computed}%",
        "en": "the stated {stated}% does not match its base: {part} / {base} × 100% = {computed}%",
    },
    "prose.unverifiable": {
        "zh": "无法核对文中{title} {stated} {unit}：{blanks}",
        "en": "cannot check {title} {stated}{unit} against the table: {blanks}",
    },
    "prose.blank": {"zh": "“{cell}”为空", "en": "\"{cell}\" is blank"},
    "prose.unreadable": {"zh": "“{cell}”不是数字（{value}）", "en": "\"{cell}\" is not a number ({value})"},
    "prose.unbound": {"zh": "表格中找不到“{label}”", "en": "the table has no \"{label}\""},
    "prose.help": {
        "zh": "改正文中的数字或表格，使二者一致；若统计范围不同，请在句中写明",
        "en": "make the text and the table agree; if they count different things, say so in the sentence",
    },
}


# One-line summaries of the engine's rules for `reportlint rules` under a Chinese pack (the RuleDef
# summaries in the check modules are the English ones).
RULE_SUMMARIES_ZH: dict[str, str] = {
    "sections.missing": "缺少必需的章节",
    "sections.order": "章节顺序与格式不符",
    "sections.duplicate": "章节重复出现",
    "sections.variant": "章节标题与格式规定不一致",
    "sections.topic": "章节未涉及应写的内容",
    "sections.numbering": "章节编号与格式不符",
    "tables.missing": "缺少必需的表格",
    "tables.row-missing": "表格缺少格式规定的行",
    "tables.column-missing": "表格缺少格式规定的列",
    "tables.extra": "表格中有格式之外的行或列",
    "tables.ambiguous": "一个标签对应多行或多列",
    "tables.label-variant": "行或列的标签与格式规定不一致",
    "values.blank": "数字单元格为空或填了占位符（应填 0）",
    "values.not-number": "数字单元格填写了文字",
    "values.negative": "件数或金额为负数",
    "values.not-integer": "件数不是整数",
    "values.unit": "金额没有单位（元还是万元？）",
    "values.plausibility": "数值与本机关的情况不符",
    "dates.invalid": "日期不存在（如 2月30日）",
    "dates.report-year": "报告日期不在报告年度的次年",
    "dates.deadline": "报告日期晚于法定期限",
    "dates.future": "报告日期晚于今天",
    "dates.period": "统计期限与报告年度不符",
    "dates.style": "日期未按“2021年1月25日”的格式书写",
    "dates.missing": "正文中未找到报告日期",
    "dates.field": "报告日期是 Word 域（DATE），打开时会变",
    "version.form": "表格的格式版本与报告年度不符",
    "version.variant": "表格保留了旧版格式的结构",
    "prose.sum": "文中的合计与各分项之和不符",
    "prose.percent": "文中的百分比与其基数不符",
}


def message(lang: str, key: str, **values: object) -> str:
    entry = CATALOG[key]
    template = entry.get(lang) or entry["zh"]
    return template.format(**values)
