"""The JSON Schema fragment of the prose kind's pack keys (``prose:`` and ``prose_sums:``)."""

from __future__ import annotations

SCHEMA = {
    "properties": {
        "prose": {
            "type": "array",
            "items": {"$ref": "#/$defs/proseRule"},
            "description": "Rules on the running text (patterns that must or must not occur); see docs/packs.md.",
        },
        "prose_sums": {"$ref": "#/$defs/proseSums"},
        "prose_numbering": {"$ref": "#/$defs/proseNumbering"},
        "prose_balance": {"$ref": "#/$defs/proseBalance"},
    },
    "$defs": {
        "proseNumber": {
            "anyOf": [
                {"type": "string", "description": "An expression over cells, e.g. t3[new,total] + t3[carried_over,total]."},
                {
                    "type": "array",
                    "description": "Accepted alternatives: the number matches if it equals any of them.",
                    "items": {"type": "string"},
                },
                {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "equals": {
                            "description": "An expression over cells, or a list of accepted alternatives.",
                            "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                        },
                        "percent": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["part", "base"],
                            "description": "The number is a percentage: part / base * 100, rounded to the decimals written.",
                            "properties": {
                                "part": {
                                    "type": "string",
                                    "description": "Another named number of the pattern, or an expression over cells.",
                                },
                                "base": {
                                    "description": ("The base: named number(s) or expression(s); any one that gives the stated "
                                                    "percentage passes."),
                                    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                                },
                            },
                        },
                    },
                },
            ],
        },
        "proseRule": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "pattern", "numbers"],
            "properties": {
                "id": {"type": "string", "description": "Stable rule id."},
                "title": {"type": "string", "description": "What the number is, for messages (e.g. 收到申请数)."},
                "pattern": {
                    "type": "string",
                    "description": ("Regex on the normalised paragraph (NFKC, whitespace removed); {name} stands for a number "
                                    "token captured as the named number."),
                },
                "numbers": {
                    "type": "object",
                    "description": ("Each named number of the pattern: an expression over table cells, a list of accepted "
                                    "alternatives, or an object."),
                    "additionalProperties": {"$ref": "#/$defs/proseNumber"},
                },
                "section": {"type": "string", "description": "Id of the section whose paragraphs are searched (default: all)."},
                "scope": {
                    "description": "Scope words that change what the sentence counts: one {words, action} or a list.",
                    "anyOf": [{"$ref": "#/$defs/proseScope"}, {"type": "array", "items": {"$ref": "#/$defs/proseScope"}}],
                },
                "subject": {"$ref": "#/$defs/proseSubject"},
                "severity": {"$ref": "#/$defs/severity"},
                "message": {"type": "string", "description": "Message template: {title} {stated} {unit} {expected} {table} {scope}."},
                "help": {"type": "string", "description": "The help line of a finding (default: make the text and the table agree)."},
                "doc": {"type": "string", "description": "What the rule checks, shown by reportlint rule ID."},
            },
            "description": "A number stated in the running text, bound to table cells (reportlint rule shows the prose kind).",
        },
        "proseScope": {
            "type": "object",
            "additionalProperties": False,
            "required": ["words", "action"],
            "description": "Words in the sentence that change what the number counts.",
            "properties": {
                "words": {
                    "type": "array",
                    "description": "Words (in the normalised sentence) that mark another scope, e.g. 全区, 代表, 备案.",
                    "items": {"type": "string"},
                },
                "action": {
                    "type": "string",
                    "description": "warning: lower an error to a warning; skip: report nothing.",
                    "enum": ["warning", "skip"],
                },
            },
        },
        "proseSubject": {
            "type": "object",
            "additionalProperties": False,
            "description": ("What the sentence must be about: the subject word nearest before the number decides "
                            "(one of words: check; one of others: say nothing)."),
            "properties": {
                "words": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Words that make the sentence the table's subject, e.g. 申请, 依申请公开.",
                },
                "others": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Words of other subjects that share the wording, e.g. 建议, 提案, 信访, 热线, 咨询.",
                },
                "sections": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Ids of sections where the subject goes without saying (checked without a subject word).",
                },
                "otherwise": {
                    "type": "string",
                    "enum": ["skip", "warning"],
                    "description": "When the paragraph has no subject word: skip (default) or check as a warning.",
                },
            },
        },
        "proseNumbering": {
            "type": "object",
            "additionalProperties": False,
            "description": "Numbered points (（一）, 1., 一是) must follow on without gaps or repeats (RL705, RL706).",
            "properties": {
                "sections": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Ids of the sections whose paragraphs are read (default: every section).",
                },
                "enabled": {"type": "boolean", "description": "Check the numbering; default true."},
            },
        },
        "proseBalance": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "enabled": {"type": "boolean",
                            "description": "Check 新收+上年结转 = 办结+结转下年 in a sentence (RL707); default true."},
            },
            "description": "The year's applications stated in a sentence must balance.",
        },
        "proseSums": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "enabled": {"type": "boolean", "description": "Check totals stated in the text (共计…其中…, RL701); default true."},
            },
            "description": "Totals stated in running text must equal the sum of their parts.",
        },
    },
}
