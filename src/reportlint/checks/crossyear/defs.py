"""The cross-year kind's declarations, kept as data apart from the pairing and comparison logic (``__init__``): the JSON
Schema fragment of its pack key ``crossdoc:``, its own rules (RL903, RL904) and the codes of the pack's (RL901, RL902),
its message templates, and a pack rule as compiled (``CrossRule``)."""

from __future__ import annotations

from ...model.diagnostics import Severity
from ...model.records import Record
from ..base import RuleDef
from ..identity import FIELDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ...analysis.expr import Identity

SCHEMA = {
    "properties": {
        "crossdoc": {
            "type": "array",
            "items": {"$ref": "#/$defs/crossdocRule"},
            "description": ("Rules across reports of consecutive years of the same agency, checked after every file of the run "
                            "(RL9xx)."),
        },
    },
    "$defs": {
        "crossdocRule": {
            "type": "object",
            "additionalProperties": False,
            "description": ("An identity between a table of this year's report and the same (or another) table of last year's "
                            "report of the same agency; prev.KEY names last year's row or column."),
            "required": ["id", "table", "assert"],
            "properties": {
                "id": {"type": "string", "description": "Stable rule id."},
                "table": {"type": "string", "description": "Id of the table in this year's report."},
                "previous_table": {
                    "type": "string",
                    "description": "Id of the table in last year's report (default: the same as table).",
                },
                "for_each": {
                    "type": "string",
                    "description": "Broadcast the identity over each column (operands are row keys; default) or each row.",
                    "enum": ["row", "column"],
                },
                "over": {"type": "array", "items": {"type": "string"}, "description": "Keys of the broadcast axis (default: all)."},
                "assert": {
                    "type": "string",
                    "description": "e.g. carried_over == prev.carry_forward; the right side is what last year's report implies.",
                },
                "forms": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": ("Run only when both reports are in one of these form versions (ids of version.forms, as "
                                    "detected)."),
                },
                "prose": {
                    "type": "object",
                    "additionalProperties": {"enum": ["carried_in", "carried_out"]},
                    "description": ("Operand keys a sentence of the text may state, by what it says (carried_in: 上年结转…N件, "
                                    "carried_out: 结转下年度…N件): read where the table does not say the cell of prose_along."),
                },
                "prose_along": {"type": "string", "description": "The key of the broadcast axis a sentence states (the total)."},
                "severity": {"$ref": "#/$defs/severity"},
                "title": {"type": "string", "description": "One line: what the identity means."},
                "message": {
                    "type": "string",
                    "description": ("Fields: {title} {along} {file} {previous_file} {year} {previous_year} {current_cells} "
                                    "{previous_cells} {lhs_full} {rhs_full} {lhs} {rhs} {diff}."),
                },
                "help": {"type": "string", "description": "What to do, shown under a finding (same fields as message)."},
                "doc": {"type": "string", "description": "Documentation shown by reportlint rule ID."},
            },
        },
    },
}

RULES = [
    RuleDef("crossdoc.unverifiable", "RL903", Severity.WARNING,
            {"en": "a cross-year identity cannot be checked: a table, row or cell is missing or blank",
             "zh": "跨年度核对无法进行：表格、行或单元格缺失或为空"}),
    RuleDef("crossdoc.previous-year", "RL904", Severity.WARNING,
            {"en": "the report given with --previous is not of the year before", "zh": "--previous 指定的报告不是上一年度的"}),
]
UNVERIFIABLE, PREVIOUS_YEAR = RULES
# The pack declares the identities; a finding of one has RL901 at error severity, RL902 below.
ERROR_CODE, WARNING_CODE = "RL901", "RL902"
PREV = "prev__"  # ``prev.KEY`` in a pack expression becomes ``prev__KEY`` before parsing

MESSAGES = {
    "unverifiable": {
        "zh": "无法与上年报告 {previous_file} 核对“{title}”（{along}）：{reason}",
        "en": "cannot check \"{title}\" ({along}) against last year's report {previous_file}: {reason}",
    },
    "no_table": {"zh": "{which}中未找到“{table}”表格", "en": "table \"{table}\" not found in {which}"},
    "no_key": {"zh": "{which}中未找到“{label}”", "en": "\"{label}\" not found in {which}"},
    "blank": {"zh": "{which}中“{cell}”为空", "en": "cell \"{cell}\" is blank in {which}"},
    "unreadable": {"zh": "{which}中“{cell}”不是数字（“{value}”）",
                   "en": "cell \"{cell}\" is not a number in {which} (\"{value}\")"},
    "this": {"zh": "本报告", "en": "this report"},
    "previous": {"zh": "上年报告", "en": "last year's report"},
    "previous_year": {
        "zh": ("--previous 指定的 {previous_file} 是 {previous_year} 年度报告，本报告是 {year} 年度报告，"
               "应为上一年度（{expected} 年度）的报告；未做跨年度核对"),
        "en": ("--previous {previous_file} is the {previous_year} report, this is the {year} report; "
               "it should be the {expected} report; no cross-year checks were made"),
    },
    "default": {
        "zh": "与上年报告 {previous_file} 不一致（{title}，{along}）：本报告{current_cells}；上年报告{previous_cells}；"
              "{lhs_full}，{rhs_full}",
        "en": "disagrees with last year's report {previous_file} ({title}, {along}): this report {current_cells}; "
              "last year's {previous_cells}; {lhs_full}, {rhs_full}",
    },
    "cell": {"zh": "“{label}”为 {value}", "en": "\"{label}\" is {value}"},
    "prose_cell": {"zh": "{where}文字“{quote}”所述“{label}”为 {value}",
                   "en": "the text{where} (\"{quote}\") states \"{label}\" as {value}"},
    "line": {"zh": "第 {n} 行", "en": " at line {n}"},
    "paragraph": {"zh": "第 {n} 段", "en": " in paragraph {n}"},
    "page": {"zh": "第 {n} 页", "en": " on page {n}"},
    "prev_name": {"zh": "上年{name}", "en": "last year's {name}"},
}

MESSAGE_FIELDS = ("title", "along", "file", "previous_file", "year", "previous_year", "current_cells", "previous_cells",
                  *FIELDS)


class CrossRule(Record):
    __slots__ = ("id", "table", "previous_table", "for_each", "over", "identity", "forms", "severity", "title", "message", "help",
                 "doc", "prose", "prose_along")

    def __init__(self, id: str, table: str, previous_table: str, for_each: str, over: list[str] | None, identity: Identity,
                 forms: list[str], severity: Severity | None, title: str, message: str | None, help: str | None,
                 doc: str | None, prose: dict[str, str] | None = None, prose_along: str | None = None) -> None:
        self.id = id
        self.table = table
        self.previous_table = previous_table
        self.for_each = for_each
        self.over = over
        self.identity = identity
        self.forms = forms
        self.severity = severity
        self.title = title
        self.message = message
        self.help = help
        self.doc = doc
        self.prose = prose or {}  # operand key -> carried_in | carried_out (analysis/carried.py)
        self.prose_along = prose_along

    @property
    def current_keys(self) -> list[str]:
        return [k for k in self.identity.keys if not k.startswith(PREV)]

    @property
    def previous_keys(self) -> list[str]:
        return [k[len(PREV):] for k in self.identity.keys if k.startswith(PREV)]
