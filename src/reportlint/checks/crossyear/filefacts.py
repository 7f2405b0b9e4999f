"""What a file keeps, while it is checked, for the pairs it may be part of (``FileFacts.tables``): the cells the
cross-year rules compare, or the figures a sentence states where the table does not say them.  Apart from the pair
comparison (``__init__``), which runs after every file over these facts alone."""

from __future__ import annotations

from ...analysis.carried import Carried, read_carried
from ...model.facts import CellFact, TableFacts
from ...text.normalize import CellKind
from ..base import CheckContext, cell_location, cell_ref
from ..identity import cell_number
from .defs import CrossRule


def facts(ctx: CheckContext, rules: list[CrossRule]) -> dict[str, dict[str, TableFacts]]:
    """What a file keeps for the pairs it may be part of (FileFacts.tables): each table a rule compares,
    with the cells of the keys any rule names (as this year's or as last year's report), over every
    bound key of the other axis."""
    wanted: dict[str, tuple[str, set[str]]] = {}  # table -> (for_each, operand keys)
    for rule in rules:
        for table_id, keys in ((rule.table, rule.current_keys), (rule.previous_table, rule.previous_keys)):
            for_each, known = wanted.setdefault(table_id, (rule.for_each, set()))
            if for_each == rule.for_each:
                known.update(keys)
    out: dict[str, TableFacts] = {}
    for table_id, (for_each, keys) in wanted.items():
        bound = ctx.bound(table_id)
        if bound is None:
            continue
        by_column = for_each == "column"
        operands, axis = (bound.rows, bound.cols) if by_column else (bound.cols, bound.rows)
        cells: dict[tuple[str, str], CellFact] = {}
        for key in sorted(keys):
            if key not in operands:
                continue
            for axis_key, axis_index in axis.items():
                r, c = (operands[key], axis_index) if by_column else (axis_index, operands[key])
                cell = bound.table.at(r, c)
                col_key = axis_key if by_column else key
                kind, value = cell_number(cell.text if cell else "", bound.spec.column_types.get(col_key, bound.spec.cells))
                row_key = key if by_column else axis_key
                cells[(row_key, col_key)] = CellFact(cell_ref(bound, r, c, cell), bound.view.cell_label(r, c),
                                                     cell_location(bound, r, c), kind, value)
        out[table_id] = TableFacts(table_id, bound.table.location, tuple(bound.rows), tuple(bound.cols), cells)
    _add_prose(ctx, rules, out)
    return {"tables": out}


def _add_prose(ctx: CheckContext, rules: list[CrossRule], tables: dict[str, TableFacts]) -> None:
    """The figures a sentence of the text states (``rule.prose``: 上年结转…N件, 结转下年度…N件) where the table does not
    say them — not found (an excerpt that stops before it), its row not found, or the cell blank or not a number: the
    table wins where it is read.  Such a cell has no ``ref`` and quotes the text (``CellFact.quote``)."""
    said: dict[str, Carried] | None = None  # read once, only when some table does not say a figure
    for rule in rules:
        by_column = rule.for_each == "column"
        for table_id in dict.fromkeys((rule.table, rule.previous_table)):
            for key, role in rule.prose.items():
                at = (key, rule.prose_along) if by_column else (rule.prose_along, key)
                table = tables.get(table_id)
                cell = table.cells.get(at) if table is not None else None
                if cell is not None and cell.value is not None:
                    continue  # the table says it: its operands are not looked up
                spec = ctx.pack.table(table_id)
                operand = {s.key: s for s in (spec.rows if by_column else spec.columns)}.get(key)
                if operand is None:
                    continue
                said = read_carried(ctx.document, ctx.report_year) if said is None else said
                if role not in said:
                    continue
                figure = said[role]
                if table is None:
                    table = tables[table_id] = TableFacts(table_id, figure.location, (), (), {})
                table.cells[at] = CellFact(None, operand.label, figure.location, CellKind.NUMBER, figure.value,
                                           figure.quote)
                operands, axis = (table.rows, table.cols) if by_column else (table.cols, table.rows)
                operands, axis = tuple(dict.fromkeys((*operands, key))), tuple(dict.fromkeys((*axis, rule.prose_along)))
                table.rows, table.cols = (operands, axis) if by_column else (axis, operands)
