"""The bounds of what the .docx reader reads (README, "What reportlint does with bad input").

A real annual report is a package of a few dozen parts whose word/document.xml holds a few hundred
KiB: some 300 paragraphs, 300 runs and 300 table cells.  Each bound below is two or three orders of
magnitude above that, and keeps the time and memory of reading any file bounded: beyond it the file
is refused with one RL101 line naming the bound, before the work it would cost is done.
"""

from __future__ import annotations

MIB = 1024 * 1024

# The package (package.py).
MAX_ZIP_MEMBERS = 10_000  # entries in the ZIP; no word processor writes more
MAX_DOCUMENT_XML = 64 * MIB  # word/document.xml, inflated
MAX_PART = 32 * MIB  # any other part, inflated (styles, numbering, notes, comments; media for annotate)
MAX_PACKAGE = 256 * MIB  # every part together, inflated: what ``annotate`` hands to python-docx
MAX_SNIFF_BYTES = 64 * MIB  # how much of an OLE file is searched for "EncryptionInfo"

# One XML part (package.parse_xml).
MAX_XML_TAGS = 1_000_000  # "<" characters, i.e. tags: lxml keeps ~120 bytes per element
MAX_XML_DEPTH = 256  # libxml2's own nesting limit (tables nested ~80 deep), never raised here

# The body (body.py, tables.py), counted as the walk goes.
MAX_PARAGRAPHS = 100_000  # every w:p read: body, table cells, text boxes, notes
MAX_RUNS = 500_000  # every w:r read
MAX_CELLS = 100_000  # every w:tc read, all tables together
MAX_TABLE_COLS = 1000  # a grid column beyond this (gridSpan, gridBefore) is a corrupt table

# Numbering (numbering.py): Word's "start at" box takes 0–32767.  A larger counter is written in
# Arabic digits (a Roman numeral or letter label would grow with the number), and a level text
# longer than Word's own is cut, as every numbered paragraph repeats it.
MAX_LIST_NUMBER = 32_767
MAX_LEVEL_TEXT = 255
