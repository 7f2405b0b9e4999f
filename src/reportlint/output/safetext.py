"""Text that is safe to show: what a report or a file name holds must never act on the reader's
terminal, nor make an output that cannot be written.

A report's cells and a file's name can hold control characters: ESC starts terminal sequences that
erase lines or retitle the window, CR overwrites a line, bidirectional controls reorder what is
shown.  A file name that is not valid UTF-8 reaches Python as lone surrogates (``\\udcff`` for the
byte 0xFF), which no UTF-8 output can hold.  One rule, in every format: such a character is written
as the six characters ``\\uXXXX`` (``\\u001b`` for ESC, ``\\udcff`` for the byte 0xFF of a name).

- human formats (text, concise, github, the summary, HTML): :func:`display` replaces them;
- JSON and SARIF: :func:`json_text` writes them as JSON escapes, which decode to the very same
  string (Python's ``os.fsencode`` gives the file name's bytes back);
- SARIF artifact URIs are made of the name's bytes, percent-encoded (:func:`uri_path`), as URIs
  require (``bad%FFname.md``).
"""

from __future__ import annotations

import os
import re
from urllib.parse import quote

# C0 controls but TAB and LF, DEL, C1 controls, the bidirectional and line-separator controls,
# and lone surrogates.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_LINE = re.compile(f"[{_CONTROLS}\t\n]")  # where a value must stay on its line: a file name


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def display(text: str) -> str:
    """``text`` with every character that could act on a terminal, or cannot be encoded, as ``\\uXXXX``
    (tabs and line breaks kept)."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def display_path(path: str) -> str:
    """A file name as shown: like :func:`display`, and a tab or line break in it escaped too."""
    return _UNSAFE_LINE.sub(_escape, path) if _UNSAFE_LINE.search(path) else path


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_text(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with the characters it leaves raw that
    could act on a terminal, or cannot be encoded, as JSON escapes (it escapes the C0 ones itself).
    These characters occur only inside strings, where an escape means the same character."""
    return _JSON_UNSAFE.sub(_escape, dumped) if _JSON_UNSAFE.search(dumped) else dumped


def uri_path(path: str) -> str:
    """A path as a URI path: the bytes of the name, percent-encoded (the same as the UTF-8 of a
    valid name; an undecodable byte 0xFF is %FF)."""
    return quote(os.fsencode(path))
