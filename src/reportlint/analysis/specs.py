"""What a pack says to look for in a document: its sections, its tables and their row and column labels.

Packs compile their YAML into these values (``packs/compile.py``); the analysis finds and binds them in
a Document (``structure.py``, ``binding.py``).  They live here, below the packs, so that the analysis
can use them without knowing how a pack is written.
"""

from __future__ import annotations

import re

from ..model.records import FrozenRecord, Record, set_field
from ..text.lazyregex import LazyRegex
from ..text.literals import plain_text, written_out

# A label path's separator: "/" not escaped as "\/".
LABEL_SEPARATOR = LazyRegex(r"(?<!\\)/")


def split_label_path(text: str) -> list[str]:
    """A label path's segments as written (an escaped slash kept): ``LABEL_SEPARATOR.split``, by ``str.split``
    when no backslash can escape a slash — most labels: the pattern is then not compiled at every start."""
    return LABEL_SEPARATOR.split(text) if "\\" in text else text.split("/")


class Segment(FrozenRecord):
    """One segment of a label path: normalised text, or a regex (written ``~…`` in a pack)."""

    __slots__ = ("text", "regex")

    def __init__(self, text: str, regex: re.Pattern[str] | None = None) -> None:
        set_field(self, "text", text)  # normalised
        set_field(self, "regex", regex)

    def matches(self, label: str) -> bool:
        if self.regex is not None:
            return self.regex.search(label) is not None
        return self.text == label


class LabelSpec(Record):
    """A row or column of a pack table: its key, its label path and the alternatives that also bind."""

    __slots__ = ("key", "label", "name", "alternatives", "optional", "line")

    def __init__(self, key: str, label: str, name: str, alternatives: list[list[Segment]], optional: bool = False,
                 line: int = 0) -> None:
        self.key = key
        self.label = label
        self.name = name
        self.alternatives = alternatives
        self.optional = optional
        self.line = line


class CellType(Record):
    """What a column's cells hold: count, signed, amount (with a unit) or text."""

    __slots__ = ("type", "unit", "unit_required", "required")

    def __init__(self, type: str = "count", unit: str | None = None, unit_required: bool = False, required: bool = True) -> None:
        self.type = type
        self.unit = unit
        self.unit_required = unit_required
        self.required = required


class TableSpec(Record):
    """A table the document must contain: where to find it, its rows and columns, its cell types."""

    __slots__ = ("id", "title", "section", "caption", "header_has", "rows_have", "required", "columns", "rows", "cells",
                 "column_types", "extra", "require_one_of", "src", "line", "_by_key", "_caption_text")

    def __init__(self, id: str, title: str, section: str | None, caption: re.Pattern[str] | None, header_has: list[str],
                 rows_have: list[str], required: bool, columns: list[LabelSpec], rows: list[LabelSpec], cells: CellType,
                 column_types: dict[str, CellType], extra: str = "info", require_one_of: list[list[str]] | None = None, src: str = "",
                 line: int = 0) -> None:
        self.id = id
        self.title = title
        self.section = section
        self.caption = caption
        self.header_has = header_has
        self.rows_have = rows_have
        self.required = required
        self.columns = columns
        self.rows = rows
        self.cells = cells
        self.column_types = column_types
        self.extra = extra
        self.require_one_of = [] if require_one_of is None else require_one_of
        self.src = src
        self.line = line
        self._by_key: tuple[dict[str, LabelSpec], dict[str, LabelSpec]] | None = None
        # A caption written as text (第二十条第(一)项: most of a pack's) is found with ``in`` and ``==``, not compiled.
        self._caption_text = None if caption is None else plain_text(caption)

    def by_key(self) -> tuple[dict[str, LabelSpec], dict[str, LabelSpec]]:
        """(rows, columns), each by key.  Made on first use and kept: a compiled pack checks every report,
        and each identity of a table looks its rows and columns up by key."""
        if self._by_key is None:
            self._by_key = ({s.key: s for s in self.rows}, {s.key: s for s in self.columns})
        return self._by_key

    def caption_in(self, text: str) -> bool:
        """Whether the caption (not None) is found in the text: ``caption.search``."""
        written = self._caption_text
        return written in text if written is not None else self.caption.search(text) is not None

    def is_caption(self, text: str) -> bool:
        """Whether the text is the caption (not None): ``caption.fullmatch``."""
        written = self._caption_text
        return text == written if written is not None else self.caption.fullmatch(text) is not None


class SectionSpec(Record):
    """A numbered section of the form: its title, how a heading is recognised, the topics it covers."""

    __slots__ = ("id", "title", "number", "match", "variants", "required", "topics", "_written")

    def __init__(self, id: str, title: str, number: str, match: re.Pattern[str], variants: list[re.Pattern[str]], required: bool,
                 topics: list[tuple[str, re.Pattern[str]]]) -> None:
        self.id = id
        self.title = title
        self.number = number
        self.match = match
        self.variants = variants
        self.required = required
        self.topics = topics
        # A title written out (``^总体情况$``, most of a pack's) is compared: its pattern is not compiled at every start.
        self._written = [(written_out(p), p) for p in (match, *variants)]

    def matches_title(self, title: str) -> bool:
        """Whether ``match`` finds the (normalised) title."""
        return _finds(*self._written[0], title)

    def matches_variant(self, title: str) -> bool:
        """Whether one of ``variants`` finds the title."""
        return any(_finds(written, pattern, title) for written, pattern in self._written[1:])


def _finds(written: tuple[str, str] | None, pattern: re.Pattern[str], title: str) -> bool:
    return title in written if written is not None else pattern.search(title) is not None
