"""The prose kind's rules and message templates (declared by the kind, used by its modules)."""

from __future__ import annotations

from ...model.diagnostics import Severity
from ..base import RuleDef
from . import balance, numbering

_numbering_doc = numbering.__doc__ or ""
_balance_doc = balance.__doc__ or ""

RULES = [
    RuleDef("prose.sum", "RL701", Severity.ERROR, {"en": "a total stated in the text is not the sum of its parts",
                                                   "zh": "文中的合计与各分项之和不符"}),
    RuleDef("prose.table", "RL702", Severity.ERROR, {"en": "a number stated in the text does not match the table",
                                                     "zh": "文中的数字与表格不符"}),
    RuleDef("prose.percent", "RL703", Severity.ERROR,
            {"en": "a percentage stated in the text does not match the part and the total stated with it",
             "zh": "文中的百分比与其基数不符"}),
    RuleDef("prose.unverifiable", "RL704", Severity.WARNING, {"en": "a number in the text cannot be checked: its table cell is blank",
                                                               "zh": "文中的数字无法核对：对应的单元格为空"}),
    RuleDef("prose.numbering-gap", "RL705", Severity.WARNING, {"en": "a numbered point is skipped",
                                                                "zh": "编号不连续，漏了某一项"}, _numbering_doc),
    RuleDef("prose.numbering-repeat", "RL706", Severity.WARNING, {"en": "a point number is used twice",
                                                                   "zh": "编号重复"}, _numbering_doc),
    RuleDef("prose.balance", "RL707", Severity.ERROR,
            {"en": "the applications stated in the text do not balance (new + carried in = closed + carried out)",
             "zh": "文中的申请数不平衡（新收+上年结转≠办结+结转下年）"}, _balance_doc),
]
SUM, TABLE, PERCENT, UNVERIFIABLE, NUMBERING_GAP, NUMBERING_REPEAT, BALANCE = RULES

MESSAGES = {
    "sum": {
        "zh": "文中合计不成立：{parts} = {sum}，但写明的合计为 {total} {unit}，各分项之和多出 {diff} {unit}",
        "en": "a stated total does not add up: {parts} = {sum}, but the text gives the total as {total} {unit}, "
              "{diff} {unit} less than its parts",
    },
    "sum_help": {
        "zh": "各分项之和不能大于合计：核对合计和各分项的数字",
        "en": "parts cannot add up to more than their total: check the total and each part",
    },
    "sum_part": {
        "zh": "文中分项大于其合计：“{last}”为 {sum} {unit}，但写明的合计为 {total} {unit}，多出 {diff} {unit}",
        "en": "a part is larger than its stated total: \"{last}\" is {sum} {unit}, but the text gives the total as "
              "{total} {unit}, {diff} {unit} more",
    },
    "sum_part_help": {
        "zh": "分项不能大于合计：核对合计和该分项的数字",
        "en": "a part cannot be larger than its total: check the total and the part",
    },
    "sum_at_least": {
        "zh": "文中合计不成立：各分项至少为 {parts} = {sum}，但写明的合计为 {total} {unit}，各分项之和至少多出 {diff} {unit}",
        "en": "a stated total does not add up: its parts are at least {parts} = {sum}, but the text gives the total "
              "as {total} {unit}, at least {diff} {unit} less than its parts",
    },
    "sum_at_least_help": {
        "zh": "带“余”“多”的分项是下限，各分项之和只会更大，不能大于合计：核对合计和各分项的数字",
        "en": "a part written with 余/多 is a lower bound, so the parts add up to at least this, which cannot be more "
              "than their total: check the total and each part",
    },
    "sum_complete": {
        "zh": "文中合计不成立：{parts} = {sum}（已列至“{last}”），但写明的合计为 {total} {unit}，少 {diff} {unit}",
        "en": "a stated total does not add up: {parts} = {sum} (the list ends with \"{last}\"), but the text gives "
              "the total as {total} {unit}, {diff} {unit} more",
    },
    "sum_complete_help": {
        "zh": "列表以“其他”结尾，应已列全：核对合计和各分项的数字",
        "en": "a list that ends with a catch-all claims to be complete: check the total and each part",
    },
    "sum_named": {
        "zh": "句中写明合计由这几部分构成，但各分项之和与合计不符：{parts} = {sum}，写明的合计为 {total} {unit}，少 {diff} {unit}",
        "en": "the sentence names the parts of its total, but they do not add up to it: {parts} = {sum}, the text "
              "gives {total} {unit}, {diff} {unit} short",
    },
    "sum_named_help": {
        "zh": "合计所在的句子已写明它由哪几部分构成（“通过……和……”，或“……、……N件”），各部分都已列出：核对合计和各分项的数字",
        "en": "the total's own clause names what it counts (通过…和…, or …、…N件) and each of those is listed: "
              "check the total and each part",
    },
    "sum_whole": {
        "zh": "文中各分项之和与合计不符：{parts} = {sum}，写明的合计为 {total} {unit}，少 {diff} {unit}",
        "en": "the parts stated do not add up to the total: {parts} = {sum}, the text gives {total} {unit}, "
              "{diff} {unit} short",
    },
    "sum_whole_help": {
        "zh": "每件申请或案件只属其中一项（按渠道或申请人分列，或分为已办结与结转下年、已审结与尚未审结），各项之和应等于合计："
              "核对合计和各分项的数字，若另有未列出的部分（如申请人撤回），请写明",
        "en": "each application or case falls in one part (split by channel or applicant, or into closed and still "
              "open), so the parts should make the total: check the total and each part, or name the part not listed "
              "(a withdrawal)",
    },
    "sum_partial": {
        "zh": "文中各分项之和与合计不符：{parts} = {sum}，写明的合计为 {total} {unit}，少 {diff} {unit}",
        "en": "the parts stated do not add up to the total: {parts} = {sum}, the text gives {total} {unit}, "
              "{diff} {unit} more",
    },
    "sum_trailing": {
        "zh": "文中合计不成立：{parts} = {sum}，但其后写明的合计为 {total} {unit}，少 {diff} {unit}",
        "en": "a stated total does not add up: {parts} = {sum}, but the total written after them is {total} {unit}, "
              "{diff} {unit} more",
    },
    "sum_trailing_help": {
        "zh": "“共”“合计”之前列出的各项应合成其后的合计：核对合计和各分项的数字，若另有未列出的部分，请写明",
        "en": "the counts listed before 共/合计 should make up the total after them: check the total and each part, "
              "or name the part not listed",
    },
    "sum_sentences": {
        "zh": "文中合计与其后逐句所列各渠道数量不符：{parts} = {sum}，写明的合计为 {total} {unit}，相差 {diff} {unit}",
        "en": "a stated total does not match the channels the sentences after it list: {parts} = {sum}, the text "
              "gives {total} {unit}, {diff} {unit} apart",
    },
    "sum_sentences_help": {
        "zh": "合计之后的各句逐一写出各渠道发布的数量，应合成合计：核对合计和各分项的数字；"
              "若同一信息在多个渠道发布，或另有未列出的渠道，请写明",
        "en": "the sentences after the total each give one channel's count, which should make up the total: check "
              "the total and each part, or say that items went out on several channels or through one not listed",
    },
    "sum_mixed_help": {
        "zh": "各分项的单位不一（{units}），未必按同一口径计数，故只作提示；",
        "en": "the parts are in several units ({units}) and may not be counted alike, so this is only a warning; ",
    },
    "sum_partial_help": {
        "zh": "若只列举了部分分项，请在末项后写“等”；否则核对合计和各分项的数字",
        "en": "if only some parts are listed, say so (等); otherwise check the total and each part",
    },
    "table": {
        "zh": "文中{title}为 {stated} {unit}，与表格不符：{table}",
        "en": "the text gives {title} as {stated}{unit}, but the table has {table}",
    },
    "equals_part": {
        "zh": "（{stated} 等于表中“{part}”）",
        "en": " ({stated} is the table's \"{part}\")",
    },
    "or": {"zh": "，或 ", "en": ", or "},
    "scope": {
        "zh": "（句中有“{word}”，统计范围可能与表格不同）",
        "en": " (the sentence says \"{word}\": its scope may differ from the table's)",
    },
    "percent": {
        "zh": "文中百分比 {stated}% 与其基数不符：{part} ÷ {base} × 100% = {computed}%",
        "en": "the stated {stated}% does not match its base: {part} / {base} × 100% = {computed}%",
    },
    "shares_over": {
        "zh": "文中所列各部分占比之和超过 100%：{parts} = {sum}%",
        "en": "the shares the text lists for the parts of one whole pass 100%: {parts} = {sum}%",
    },
    "unverifiable": {
        "zh": "无法核对文中{title} {stated} {unit}：{blanks}",
        "en": "cannot check {title} {stated}{unit} against the table: {blanks}",
    },
    "blank": {"zh": "“{cell}”为空", "en": "\"{cell}\" is blank"},
    "unreadable": {"zh": "“{cell}”不是数字（{value}）", "en": "\"{cell}\" is not a number ({value})"},
    "unbound": {"zh": "表格中找不到“{label}”", "en": "the table has no \"{label}\""},
    "numbering_gap": {"zh": "编号不连续：“{prev}”之后是“{this}”，缺少{missing}",
                      "en": "numbering skips: \"{prev}\" is followed by \"{this}\"; missing {missing}"},
    "numbering_gap_help": {"zh": "补上漏掉的一项，或把后面的编号依次改正",
                           "en": "add the missing point, or renumber the points that follow"},
    "numbering_repeat": {"zh": "编号重复：“{this}”在“{prev}”之后再次出现",
                         "en": "numbering repeats: \"{this}\" comes again after \"{prev}\""},
    "numbering_repeat_help": {"zh": "把重复的编号及其后的编号依次改正",
                              "en": "renumber the repeated point and those after it"},
    "numbering_missing": {"zh": "“{marker}”", "en": "\"{marker}\""},
    "numbering_and": {"zh": "、", "en": ", "},
    "balance": {
        "zh": "文中申请数不平衡：{left}，但办结 {closed} + 结转下年 {carried_out} = {right} {unit}，相差 {diff} {unit}",
        "en": "the applications in the text do not balance: {left}, but closed {closed} + carried out {carried_out} "
              "= {right}, {diff} apart",
    },
    "balance_either": {
        "zh": "文中申请数不平衡：{left}，但办理 {closed} + 结转下年 {carried_out} = {right} {unit}，相差 {diff} {unit}"
              "（办理数若含结转下年，也应为 {total} {unit}）",
        "en": "the applications in the text do not balance: {left}, but handled {closed} + carried out {carried_out} "
              "= {right}, {diff} apart (were the handled to hold those carried out, they would be {total})",
    },
    "balance_over": {
        "zh": "文中申请数不平衡：{left}，但办结 {closed} {unit}，多出 {diff} {unit}（结转下年不能为负）",
        "en": "the applications in the text do not balance: {left}, but {closed} closed, {diff} more (none can be "
              "carried out below zero)",
    },
    "balance_listed": {
        "zh": "文中申请数不平衡：{left}，但所列办理结果 {parts} 与结转下年 {carried_out} 共 {right} {unit}，多出 {diff} {unit}"
              "（未列出的结果不能为负）",
        "en": "the applications in the text do not balance: {left}, but the outcomes listed {parts} and carried out "
              "{carried_out} make {right}, {diff} more (an outcome not listed cannot be below zero)",
    },
    "balance_under": {
        "zh": "文中申请数不平衡：新收 {new} {unit}，但办结 {closed} + 结转下年 {carried_out} = {right} {unit}，"
              "少 {diff} {unit}（上年结转不能为负）",
        "en": "the applications in the text do not balance: {new} new, but closed {closed} + carried out {carried_out} "
              "= {right}, {diff} fewer (none can be carried in below zero)",
    },
    "balance_handled_under": {
        "zh": "文中申请数不平衡：办理 {new} {unit}，但办结 {closed} + 结转下年 {carried_out} = {right} {unit}，少 {diff} {unit}",
        "en": "the applications in the text do not balance: {new} handled, but closed {closed} + carried out "
              "{carried_out} = {right}, {diff} fewer",
    },
    "balance_under_handled": {
        "zh": "文中申请数不平衡：新收 {new} {unit}，但办理 {closed} + 结转下年 {carried_out} = {right} {unit}，"
              "少 {diff} {unit}（办理的不论含不含上年结转，与结转下年之和都不能少于新收）",
        "en": "the applications in the text do not balance: {new} new, but handled {closed} + carried out "
              "{carried_out} = {right}, {diff} fewer (handled, with or without those carried in, and carried out "
              "cannot be fewer than the new)",
    },
    "balance_new": {"zh": "新收 {new} + 上年结转 {carried_in} = {left} {unit}",
                    "en": "new {new} + carried in {carried_in} = {left}"},
    "balance_total": {"zh": "处理（含上年结转）{total} {unit}", "en": "handled (with those carried in) {total}"},
    "balance_outside_help": {
        "zh": "若上年结转的 {carried_in} {unit}不在 {total} {unit}之内，各数恰好平衡：核对“含”的说法或这几个数字"
              "（或与第三部分表格核对）",
        "en": "the numbers balance if the {carried_in} carried in are not part of the {total}: check the wording "
              "(含) or these numbers (and section 三's table)",
    },
    "balance_help": {
        "zh": "本年新收+上年结转应等于本年办结+结转下年：核对这几个数字（或与第三部分表格核对）",
        "en": "new + carried in must equal closed + carried out: check these numbers (and section 三's table)",
    },
    "help": {
        "zh": "改正文中的数字或表格，使二者一致；若统计范围不同，请在句中写明",
        "en": "make the text and the table agree; if they count different things, say so in the sentence",
    },
}

# The placeholders a prose rule's message may use.
MESSAGE_FIELDS = ("title", "stated", "unit", "scope", "expected", "table")
