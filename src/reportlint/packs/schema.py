"""The JSON Schema of a pack file: the keys every pack has, plus the fragment each check kind declares.

``assemble(kinds)`` gives the schema a pack is validated against (and that ``reportlint pack schema``
prints); ``schemas/pack.schema.json`` in the package is that schema for the built-in kinds, written for
editors (a test keeps it equal to the assembly).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.diagnostics import ConfigError
from .yamlload import validate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .model import PackPart

CORE = {'$schema': 'https://json-schema.org/draft/2020-12/schema',
 '$id': 'https://reportlint.invalid/schemas/pack.schema.json',
 'title': 'reportlint rule pack',
 'description': 'A rule pack: the sections, tables, identities, value types, date rules and prose patterns '
                'of one document type and form version.',
 'type': 'object',
 'additionalProperties': False,
 'required': ['pack'],
 'properties': {'pack': {'type': 'string', 'description': 'The pack id, e.g. cn-gov-disclosure-2021.'},
                'name': {'type': 'string', 'description': 'A human-readable name.'},
                'description': {'type': 'string',
                                'description': 'A paragraph on what the pack checks (shown by `reportlint '
                                               'pack check`).'},
                'language': {'type': 'string',
                             'enum': ['zh', 'en'],
                             'description': 'Language of the messages.'},
                'extends': {'type': 'string',
                            'description': 'Id or relative path of a pack whose content this one starts '
                                           'from.'},
                'applies': {'$ref': '#/$defs/applies'},
                'report': {'$ref': '#/$defs/report'},
                'sections': {'$ref': '#/$defs/sections'},
                'tables': {'type': 'array',
                           'items': {'$ref': '#/$defs/table'},
                           'description': 'The tables the document must contain, found by section, caption '
                                          'and labels.'},
                'severity': {'type': 'object',
                             'description': 'Severity overrides by rule id.',
                             'additionalProperties': {'$ref': '#/$defs/severity'}},
                'remove': {'type': 'array',
                           'items': {'type': 'string'},
                           'description': 'Ids of inherited tables, identities or rules to drop.'},
                'examples': {'type': 'array',
                             'items': {'$ref': '#/$defs/example'},
                             'description': 'Document snippets with the diagnostics they must produce; run '
                                            'by `reportlint pack test`.'}},
 '$defs': {'applies': {'type': 'object',
                       'additionalProperties': False,
                       'description': 'When this pack is chosen automatically.',
                       'properties': {'title': {'type': 'string',
                                                'description': 'Regex the document title must match.'},
                                      'years': {'type': 'object',
                                                'additionalProperties': False,
                                                'properties': {'min': {'type': 'integer',
                                                                       'description': 'First report year.'},
                                                               'max': {'type': 'integer',
                                                                       'description': 'Last report year.'}},
                                                'description': 'Report years this pack applies to '
                                                               '(inclusive).'},
                                      'content': {'type': 'object',
                                                  'additionalProperties': False,
                                                  'properties': {'mentions': {'type': 'array',
                                                                              'items': {'type': 'string'},
                                                                              'description': 'Regexes that all '
                                                                                             'occur in a '
                                                                                             'document of this '
                                                                                             'kind.'},
                                                                 'states': {'type': 'array',
                                                                            'items': {'type': 'string'},
                                                                            'description': 'Regexes of what a '
                                                                                           'document of this '
                                                                                           'kind says of itself '
                                                                                           '(one is enough): with '
                                                                                           'every mention, its '
                                                                                           'topic sub-headings '
                                                                                           'count when no section '
                                                                                           'title or table label '
                                                                                           'was found.'}},
                                                  'description': 'Recognise a document without a matching '
                                                                 'title from its content: its section titles '
                                                                 'and table labels (three are enough, one '
                                                                 'with every mention).'},
                                      'exclude': {'type': 'array',
                                                  'items': {'type': 'object',
                                                            'additionalProperties': False,
                                                            'required': ['name', 'match'],
                                                            'properties': {'name': {'type': 'string',
                                                                                    'description': 'The kind of '
                                                                                                   'report, as the '
                                                                                                   'message names '
                                                                                                   'it.'},
                                                                           'match': {'type': 'string',
                                                                                     'description': 'Regex on the '
                                                                                                    'normalised '
                                                                                                    'title and '
                                                                                                    'opening.'}}},
                                                  'description': 'Reports of another kind (name) this pack '
                                                                 'never checks: match, a regex, found in the '
                                                                 'title or the text before the first section.'}}},
           'cellType': {'type': 'object',
                        'additionalProperties': False,
                        'properties': {'type': {'type': 'string',
                                                'enum': ['count', 'signed', 'amount', 'text'],
                                                'description': 'count: whole numbers >= 0; signed: whole '
                                                               'numbers, may be negative; amount: decimals '
                                                               '>= 0, units 元/万元/亿元; text: not checked.'},
                                       'unit': {'type': 'string',
                                                'description': 'Unit amounts are normalised to (元 or 万元).'},
                                       'unit_required': {'type': 'boolean',
                                                         'description': 'A bare amount without unit is '
                                                                        'ambiguous (warning).'},
                                       'required': {'type': 'boolean',
                                                    'description': 'A blank cell is reported (RL501); '
                                                                   'default true.'}}},
           'example': {'type': 'object',
                       'additionalProperties': False,
                       'required': ['name', 'document'],
                       'properties': {'name': {'type': 'string', 'description': 'What the example shows.'},
                                      'format': {'type': 'string',
                                                 'enum': ['markdown', 'text'],
                                                 'description': 'markdown (default) or text: how the '
                                                                'document is read.'},
                                      'document': {'type': 'string', 'description': 'The document snippet.'},
                                      'expect': {'type': 'array',
                                                 'items': {'$ref': '#/$defs/expectedDiagnostic'},
                                                 'description': 'Exactly the diagnostics the snippet must '
                                                                'produce (none when omitted). Fields left '
                                                                'out are not compared.'},
                                      'today': {'type': 'string',
                                                'pattern': '^\\d{4}-\\d{2}-\\d{2}$',
                                                'description': "Quoted 'YYYY-MM-DD': the date taken as today "
                                                               '(default 2100-01-01).'},
                                      'ignore': {'type': 'array',
                                                 'items': {'type': 'string'},
                                                 'description': 'Codes or rule ids whose diagnostics are not '
                                                                'compared.'}},
                       'description': 'A pack test: a document snippet and the diagnostics it must produce.'},
           'expectedDiagnostic': {'type': 'object',
                                  'additionalProperties': False,
                                  'required': ['code'],
                                  'description': 'One expected diagnostic.',
                                  'properties': {'code': {'type': 'string',
                                                          'description': 'The code, e.g. RL401.'},
                                                 'rule': {'type': 'string',
                                                          'description': 'The rule id, e.g. t3.balance.'},
                                                 'severity': {'type': 'string',
                                                              'enum': ['error', 'warning', 'info'],
                                                              'description': 'The severity.'},
                                                 'message': {'type': 'string',
                                                             'description': 'A substring of the message.'},
                                                 'line': {'type': 'integer',
                                                          'description': 'The line in the snippet '
                                                                         '(1-based).'}}},
           'label': {'anyOf': [{'type': 'string'},
                               {'type': 'object',
                                'additionalProperties': False,
                                'required': ['label'],
                                'properties': {'label': {'type': 'string',
                                                         'description': 'Label path, segments separated by '
                                                                        "'/', '~' starts a regex segment."},
                                               'name': {'type': 'string',
                                                        'description': 'Short name used in messages.'},
                                               'aliases': {'type': 'array',
                                                           'items': {'type': 'string'},
                                                           'description': 'Other label paths accepted '
                                                                          'silently for the same row or '
                                                                          'column.'},
                                               'optional': {'type': 'boolean',
                                                            'description': 'Not required; checked when '
                                                                           'present.'}}}],
                     'description': 'A label path string, or a mapping with label, name, aliases, optional.'},
           'report': {'type': 'object',
                      'additionalProperties': False,
                      'properties': {'year_pattern': {'type': 'string',
                                                      'description': "Regex with a group 'year' that finds "
                                                                     'the report year in the title.'},
                                     'government_title': {'type': 'string',
                                                          'description': 'Regex on the title: a '
                                                                         'government-level report (later '
                                                                         'deadline).'},
                                     'town_title': {'type': 'string',
                                                    'description': 'Regex on the title: a town report '
                                                                   '(deadline as a warning).'}},
                      'description': 'How to read the report title.'},
           'section': {'type': 'object',
                       'additionalProperties': False,
                       'required': ['id', 'title'],
                       'properties': {'id': {'type': 'string',
                                             'description': 'Stable id, referred to by tables (section:) and '
                                                            'in diagnostics.'},
                                      'title': {'type': 'string',
                                                'description': 'The expected title, as the form prints it.'},
                                      'match': {'type': 'string',
                                                'description': 'Regex on the normalised title without its '
                                                               'numbering; default: the title without '
                                                               'numbering.'},
                                      'variants': {'type': 'array',
                                                   'items': {'type': 'string'},
                                                   'description': 'Regexes of accepted variant titles (a '
                                                                  'warning).'},
                                      'required': {'type': 'boolean',
                                                   'description': 'A missing section is an error (RL201); '
                                                                  'default true.'},
                                      'topics': {'type': 'array',
                                                 'items': {'$ref': '#/$defs/topic'},
                                                 'description': 'Topics the section should cover (a warning '
                                                                'each).'}},
                       'description': 'One section: its id and the title as the form prints it (with its '
                                      'numbering).'},
           'sections': {'type': 'object',
                        'additionalProperties': False,
                        'properties': {'order': {'type': 'string',
                                                 'enum': ['strict', 'any'],
                                                 'description': 'strict: sections must appear in the order '
                                                                'of items (RL202); any: order is not '
                                                                'checked.'},
                                       'items': {'type': 'array',
                                                 'items': {'$ref': '#/$defs/section'},
                                                 'description': 'The numbered top-level sections, in the '
                                                                "form's order."},
                                       'numbering': {'type': 'string',
                                                     'description': 'Regex (matched at the start of the '
                                                                    'normalised heading, whitespace removed) '
                                                                    'that makes a heading a section heading; '
                                                                    "its group 'number' (or first group) is "
                                                                    'the section number. Default: Chinese '
                                                                    'numbering ^([一二三四五六七八九十]{1,3})[、.．]. '
                                                                    "Example for '1. Summary': "
                                                                    '^(?P<number>\\d{1,2})[.)]'}},
                        'description': "The document's numbered sections."},
           'severity': {'type': 'string', 'enum': ['error', 'warning', 'info', 'off']},
           'table': {'type': 'object',
                     'additionalProperties': False,
                     'required': ['id', 'columns', 'rows'],
                     'properties': {'id': {'type': 'string',
                                           'description': 'Stable id, referred to by identities and value '
                                                          'rules.'},
                                    'title': {'type': 'string',
                                              'description': "The table's name in messages."},
                                    'section': {'type': 'string',
                                                'description': 'Id of the section the table is in.'},
                                    'caption': {'type': 'string',
                                                'description': 'Regex on the caption row of a block (e.g. '
                                                               '第二十条第（一）项).'},
                                    'header_has': {'type': 'array',
                                                   'items': {'type': 'string'},
                                                   'description': 'Labels that must occur in the header rows '
                                                                  'for a table to be this one.'},
                                    'rows_have': {'type': 'array',
                                                  'items': {'type': 'string'},
                                                  'description': 'Labels that must occur in the row labels '
                                                                 'for a table to be this one.'},
                                    'required': {'type': 'boolean',
                                                 'description': 'A missing table is an error (RL301); '
                                                                'default true.'},
                                    'columns': {'type': 'object',
                                                'additionalProperties': {'$ref': '#/$defs/label'},
                                                'description': 'Column keys mapped to label paths (top '
                                                               "header row first, '/'-separated)."},
                                    'rows': {'type': 'object',
                                             'additionalProperties': {'$ref': '#/$defs/label'},
                                             'description': 'Row keys mapped to label paths (leftmost label '
                                                            "column first); '*' is the single data row of a "
                                                            'table without row labels.'},
                                    'cells': {'$ref': '#/$defs/cellType',
                                              'description': 'Cell type of every cell of the table.'},
                                    'column_types': {'type': 'object',
                                                     'additionalProperties': {'$ref': '#/$defs/cellType'},
                                                     'description': 'Cell types of single columns, '
                                                                    'overriding cells.'},
                                    'extra': {'type': 'string',
                                              'enum': ['info', 'ignore'],
                                              'description': 'How to report rows/columns the pack does not '
                                                             'name.'},
                                    'require_one_of': {'type': 'array',
                                                       'items': {'type': 'array',
                                                                 'items': {'type': 'string'}},
                                                       'description': 'Groups of optional row/column keys: '
                                                                      'at least one group must be present in '
                                                                      'full.'}},
                     'description': 'A table of the form: where it is, its rows and columns by label path, '
                                    'the type of its cells.'},
           'topic': {'type': 'object',
                     'additionalProperties': False,
                     'required': ['name', 'match'],
                     'properties': {'name': {'type': 'string',
                                             'description': 'The topic as named in the message.'},
                                    'match': {'type': 'string',
                                              'description': "Regex searched in the section's normalised "
                                                             'text.'}}}}}


def assemble(kinds: Iterable[PackPart]) -> dict[str, Any]:
    """The core schema with every kind's keys and definitions (a kind may not redefine a core key)."""
    schema = {**CORE, "properties": dict(CORE["properties"]), "$defs": dict(CORE["$defs"])}
    for kind in kinds:
        fragment = getattr(kind, "SCHEMA", None) or {}
        for key, value in fragment.get("properties", {}).items():
            if key in CORE["properties"]:
                raise ValueError(f"check kind {kind.KIND!r} declares the core pack key {key!r}")
            schema["properties"][key] = value
        schema["$defs"].update(fragment.get("$defs", {}))
    return schema


def to_text(schema: dict[str, Any]) -> str:
    """The schema as the file in the package holds it (``pack schema`` prints it so)."""
    import json

    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def check_schema(data: Any, src: str, schema: dict[str, Any]) -> list[ConfigError]:
    """Every schema problem of a pack file, each naming the file, the line and the key."""
    problems: list[ConfigError] = []
    validate(data, schema, schema, "", src, 1, problems)
    return problems
