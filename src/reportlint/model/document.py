"""The document model every reader produces and every check consumes.

Readers know nothing of rules and checks know nothing of file formats: this module is the only
thing they share.  A table is a *logical grid*: each merged cell appears once with its spans, so a
check never sees the same number twice and never has to know how Word, Markdown or a PDF stored it.
Rows and columns are addressed by label paths, computed in :mod:`reportlint.tablelabels`.
"""

from __future__ import annotations

import bisect

from .records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Location(Record):
    """Where something is, in terms a person can find in the tool they wrote it in.

    Markdown and text give 1-based line and column (in code points); .docx gives the body
    paragraph number and table coordinates; PDF gives the page.  Every field is optional so that
    one type serves all formats, and ``to_json`` always emits every key (the JSON contract).

    A Location is a value: once a reader has placed it, nothing changes it (``with_`` makes a
    changed copy), except the engine recording a cell's section.  It is not a FrozenRecord
    because readers make one per table cell, and a frozen one costs several times as much to construct
    (every field through ``object.__setattr__``).  It is hashable all the same,
    over its fields.
    """

    __slots__ = (
        "line", "column", "end_line", "end_column", "paragraph", "page", "table", "row", "col", "section",
        "row_label", "col_label", "snippet", "bbox", "opening", "cell_number",
    )

    def __init__(
        self,
        line: int | None = None,
        column: int | None = None,
        end_line: int | None = None,
        end_column: int | None = None,
        paragraph: int | None = None,
        page: int | None = None,
        table: int | None = None,
        row: int | None = None,
        col: int | None = None,
        section: str | None = None,
        row_label: str | None = None,
        col_label: str | None = None,
        snippet: str | None = None,
        # Position on a PDF page (x0, top) in points; not part of the JSON contract's keys.
        bbox: tuple[float, float, float, float] | None = None,
        # For a person finding the place in Word (not in the JSON contract either): the paragraph's
        # opening words when ``snippet`` is text further in it, and the cell's place among its row's
        # cells as Word counts them (a merged cell once) when the row has horizontally merged cells.
        opening: str | None = None,
        cell_number: int | None = None,
    ) -> None:
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.paragraph = paragraph
        self.page = page
        self.table = table
        self.row = row
        self.col = col
        self.section = section
        self.row_label = row_label
        self.col_label = col_label
        self.snippet = snippet
        self.bbox = bbox
        self.opening = opening
        self.cell_number = cell_number

    def __hash__(self) -> int:
        return hash((
            self.line, self.column, self.end_line, self.end_column, self.paragraph, self.page, self.table, self.row,
            self.col, self.section, self.row_label, self.col_label, self.snippet, self.bbox, self.opening,
            self.cell_number,
        ))

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _JSON_FIELDS}

    def with_(self, **changes: Any) -> Location:
        """A copy with some fields changed (what ``replace`` does, a hot path: the fields written out
        and the changed ones set on the copy, ~2× faster than asking each field's name)."""
        if not _LOCATION_FIELDS.issuperset(changes):
            return self.replace(**changes)  # raises the usual TypeError for an unknown field
        copy = Location(self.line, self.column, self.end_line, self.end_column, self.paragraph, self.page, self.table,
                        self.row, self.col, self.section, self.row_label, self.col_label, self.snippet, self.bbox,
                        self.opening, self.cell_number)
        for name, value in changes.items():
            setattr(copy, name, value)
        return copy


_LOCATION_NAMES = Location._fields
_LOCATION_FIELDS = frozenset(_LOCATION_NAMES)
_JSON_FIELDS = tuple(name for name in _LOCATION_NAMES if name not in ("bbox", "opening", "cell_number"))


class Cell(Record):
    """One logical cell: its top-left grid position, spans, text (as written) and location.

    A reader places a cell by its table's number and, in a text source, its line and columns (a
    .docx cell by its section); ``location`` builds the Location from them the first time it is
    asked, since a report's ~400 cells are read by every check but a finding or a cross-year fact
    points at a few dozen.  A reader that places cells some other way (PDF: page and box) assigns
    ``location``.  A cell with no table number is unplaced: its location is empty.
    """

    __slots__ = ("row", "col", "text", "rowspan", "colspan", "table", "line", "column", "end_column", "section",
                 "_location")
    _fields = ("row", "col", "text", "rowspan", "colspan", "location")  # the place is in the location

    def __init__(self, row: int, col: int, text: str, rowspan: int = 1, colspan: int = 1,
                 location: Location | None = None, *, table: int | None = None, line: int | None = None,
                 column: int | None = None, end_column: int | None = None, section: str | None = None) -> None:
        self.row = row  # 0-based grid row
        self.col = col  # 0-based grid column
        self.text = text
        self.rowspan = rowspan
        self.colspan = colspan
        self.table = table  # 1-based number of the table the reader placed the cell in
        self.line = line  # 1-based source line and columns (Markdown, text); end_column is exclusive
        self.column = column
        self.end_column = end_column
        self.section = section
        self._location = location

    @property
    def location(self) -> Location:
        loc = self._location
        if loc is None:
            if self.table is None:
                loc = Location()
            else:
                # A cell on a source line quotes its text, if any (a SARIF region's snippet is the text
                # in it); a Word cell quotes its text even when empty, as the .docx reader always has.
                snippet = self.text[:30] if self.line is None else self.text[:30] or None
                loc = Location(line=self.line, column=self.column,
                               end_line=self.line if self.end_column is not None else None,
                               end_column=self.end_column, table=self.table, row=self.row + 1, col=self.col + 1,
                               section=self.section, snippet=snippet)
            self._location = loc
        return loc

    @location.setter
    def location(self, value: Location) -> None:
        self._location = value


class Block(Record):
    """Base of the body blocks, in document order."""

    __slots__ = ("location",)

    def __init__(self, location: Location) -> None:
        self.location = location


class Heading(Block):
    __slots__ = ("level", "text")

    def __init__(self, location: Location, level: int, text: str) -> None:
        self.location = location
        self.level = level
        self.text = text


class Paragraph(Block):
    """A paragraph of body text.

    ``offsets`` maps each character of ``text`` to its absolute offset in the document's source
    (Markdown and text), so a finding on a number inside a sentence can point at its exact line
    and column; it is ``None`` for formats without a character-addressable source (.docx, PDF).
    ``from_field`` marks text that Word computes when the document is opened (a DATE field).
    """

    __slots__ = ("text", "offsets", "from_field")

    def __init__(self, location: Location, text: str, offsets: list[int] | None = None, from_field: bool = False) -> None:
        self.location = location
        self.text = text
        self.offsets = offsets
        self.from_field = from_field


class Table(Block):
    """A logical grid.  ``cells`` holds each merged cell once; ``grid()`` resolves positions.

    ``index`` is the 1-based number of the table in the document (as Word's "Go To table"
    counts), ``nested_in`` the index of the table that contains it, if any.
    """

    __slots__ = ("cells", "n_rows", "n_cols", "index", "nested_in", "_grid")

    def __init__(self, location: Location, cells: list[Cell], n_rows: int, n_cols: int, index: int = 0,
                 nested_in: int | None = None, grid: list[list[Cell | None]] | None = None) -> None:
        self.location = location
        self.cells = cells
        self.n_rows = n_rows
        self.n_cols = n_cols
        self.index = index
        self.nested_in = nested_in
        # built by grid(), once — or handed over by a reader that placed the cells row by row (text, Markdown) and
        # filled each position's owner as it went: what grid() would build, for a fraction of its cost
        self._grid: list[list[Cell | None]] | None = grid

    def grid(self) -> list[list[Cell | None]]:
        """The owner of every grid position (``None`` where no cell covers it)."""
        if self._grid is None:
            n_rows, n_cols = self.n_rows, self.n_cols
            grid: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
            for cell in self.cells:
                if cell.rowspan == 1 and cell.colspan == 1 and 0 <= cell.row < n_rows and 0 <= cell.col < n_cols:
                    grid[cell.row][cell.col] = cell  # most cells: no span loops
                    continue
                for r in range(cell.row, min(cell.row + cell.rowspan, n_rows)):
                    for c in range(cell.col, min(cell.col + cell.colspan, n_cols)):
                        grid[r][c] = cell
            self._grid = grid
        return self._grid

    def at(self, row: int, col: int) -> Cell | None:
        if 0 <= row < self.n_rows and 0 <= col < self.n_cols:
            return (self._grid or self.grid())[row][col]  # a hot path: the grid is built once
        return None

    def row_texts(self, row: int) -> list[str]:
        """Texts of a grid row as a person sees them: covered positions repeat the owner's text."""
        return [c.text if c is not None else "" for c in self.grid()[row]]


class Document(Record):
    """A report as read: ordered blocks plus what the reader learned about it.

    ``findings`` carries the reader's own diagnostics (unaccepted revisions, a field date, a
    table that could not be recovered), so that readers need not know about the engine.
    """

    __slots__ = ("path", "format", "blocks", "source", "title", "metadata", "findings", "_line_starts", "_find_text",
                 "_found")

    def __init__(self, path: str, format: str, blocks: list[Block], source: str | None = None, title: str | None = None,
                 metadata: dict[str, Any] | None = None, findings: list[Any] | None = None) -> None:
        self.path = path
        self.format = format  # docx | markdown | text | pdf
        self.blocks = blocks
        self.source = source  # the decoded text, for Markdown and text
        self.title = title
        self.metadata = {} if metadata is None else metadata
        self.findings = [] if findings is None else findings
        self._line_starts: list[int] | None = None  # built by line_col(), once
        self._find_text: str | None = None  # built by occurrences(), once
        self._found: dict[tuple[str, int], int] = {}  # occurrences() answered, by (text, limit)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def occurrences(self, text: str, limit: int = 2) -> int:
        """How often ``text`` occurs where a person's Find looks (within one heading, paragraph or
        table cell), counting up to ``limit``: is a snippet unique in the document?  Each answer is
        kept: the cells of a row or a column ask about the same labels."""
        known = self._found.get((text, limit))
        if known is not None:
            return known
        if self._find_text is None:
            parts: list[str] = []
            for block in self.blocks:
                if isinstance(block, Table):
                    parts.extend(cell.text for cell in block.cells)
                else:
                    parts.append(getattr(block, "text", ""))
            self._find_text = "\n".join(parts)
        found, at = 0, self._find_text.find(text)
        while at != -1 and found < limit:
            found += 1
            at = self._find_text.find(text, at + 1)
        self._found[(text, limit)] = found
        return found

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of an absolute source offset."""
        if self.source is None:
            raise ValueError("document has no character source")
        if self._line_starts is None:
            starts = [0]
            src = self.source
            pos = src.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = src.find("\n", pos + 1)
            self._line_starts = starts
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def source_line(self, line: int) -> str:
        if self.source is None:
            return ""
        self.line_col(0)
        assert self._line_starts is not None
        if not 1 <= line <= len(self._line_starts):
            return ""
        start = self._line_starts[line - 1]
        end = self.source.find("\n", start)
        return self.source[start : end if end != -1 else len(self.source)].rstrip("\r")

    def span_location(self, para: Paragraph, start: int, end: int) -> Location:
        """Location of characters ``start:end`` of a paragraph, as precise as the format allows."""
        base = para.location
        if para.offsets is None or self.source is None or not para.offsets:
            return base.with_(snippet=para.text[max(0, start - 12) : end + 12], opening=base.opening or base.snippet)
        start = min(start, len(para.offsets) - 1)
        last = min(max(end - 1, start), len(para.offsets) - 1)
        line, col = self.line_col(para.offsets[start])
        end_line, end_col = self.line_col(para.offsets[last])
        return base.with_(line=line, column=col, end_line=end_line, end_column=end_col + 1)
