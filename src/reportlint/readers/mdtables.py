"""GFM tables through markdown-it-py, one token per table instead of three per cell.

markdown-it's table rule pushes a ``th``/``td`` open token, an inline token and a close token for
every cell: ~1,350 tokens for the tables of a report, most of the time of reading it.  The reader
needs each row's line and its cells' texts, nothing else, so the parser gets one more block rule,
placed before the table rule with the public ``Ruler.before``, which emits one ``TOKEN`` per table
carrying them.  It is markdown-it's table all the same:

- whether a table starts on a line is markdown-it's own rule's answer (called silently: no token);
- the body rows end where its rule ends them: a line less indented than the block, a line one of
  the blockquote terminator rules takes (heading, list, fence, quote, rule, HTML block), a blank
  line, an indented code line;
- it takes only tables whose every row is *plain*: written between outer pipes, with no backslash
  (no ``\\|``) and nothing after its last pipe but spaces and tabs.  Such a row is split on every
  pipe, for any trimming markdown-it does; a cell's text is the piece stripped, which is what the
  reader makes of markdown-it's trimmed content (every character its trimming removes,
  ``str.strip`` removes too).  A table with any other row (no outer pipes, an escaped pipe, odd
  spaces at its end), or with more missing cells than ``MAX_FILLED``, is left to markdown-it's rule
  whole: the rule returns False and the next one, markdown-it's table, runs.
"""

from __future__ import annotations

from markdown_it.rules_block import table as gfm_table

TOKEN = "reportlint_table"
# markdown-it stops a table once 65,536 missing cells would be filled in; a table past this many is
# left to its rule, which applies its own limit.
MAX_FILLED = 4096


def plain_cells(text: str) -> list[str] | None:
    """The stripped cells of a plain row (from its first non-blank character), or None."""
    body = text.rstrip(" \t")
    if body[:1] != "|" or "\\" in body or body[-1].isspace():
        return None
    pieces = body.split("|")
    del pieces[0]  # before the opening pipe
    if pieces and not pieces[-1]:
        pieces.pop()  # after the closing pipe
    return [piece.strip() for piece in pieces]


def table_rows(state, start: int, end: int, silent: bool) -> bool:
    """The block rule: a ``TOKEN`` whose ``map`` is the table's lines and whose ``meta["rows"]`` is
    each row's 0-based line and its cells' texts (as many as the header's, missing ones empty)."""
    if silent or not gfm_table(state, start, end, True):
        return False
    src, begins, ends, shifts = state.src, state.bMarks, state.eMarks, state.tShift
    header = plain_cells(src[begins[start] + shifts[start]:ends[start]])
    if header is None:
        return False
    width = len(header)
    rows = [(start, header)]
    terminators = state.md.block.ruler.getRules("blockquote")
    # markdown-it's own terminators (fence, quote, rule, list, HTML block, heading) each start with a
    # character of their own (` ~ > * - _ + digit < #), never a pipe: a plain row is not theirs.
    own = all(rule.__module__.startswith("markdown_it.rules_block.") for rule in terminators)
    parent, state.parentType = state.parentType, "table"  # as markdown-it's rule: what a terminator sees
    try:
        filled = 0
        line = start + 2
        while line < end and state.sCount[line] >= state.blkIndent:
            text = src[begins[line] + shifts[line]:ends[line]]
            if not (own and text[:1] == "|") and any(rule(state, line, end, True) for rule in terminators):
                break
            if not text or state.is_code_block(line):
                break
            cells = plain_cells(text)
            if cells is None:
                return False
            filled += width - len(cells)
            if filled > MAX_FILLED:
                return False
            rows.append((line, cells[:width] + [""] * (width - len(cells))))
            line += 1
    finally:
        state.parentType = parent
    token = state.push(TOKEN, "table", 0)
    token.map = [start, line]
    token.meta = {"rows": rows}
    state.line = line
    return True
