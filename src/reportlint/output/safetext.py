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

# Bidirectional and line-separator controls (the C0, DEL, C1 and surrogate ranges are tested by code).
_FORMAT_CONTROLS = frozenset("\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _unsafe(ch: str, keep: str) -> bool:
    code = ord(ch)
    return ((code < 0x20 and ch not in keep) or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF
            or ch in _FORMAT_CONTROLS)


def _escaped(text: str, keep: str) -> str:
    # Not a regex: compiling a class over these ranges cost ~15 ms of every start-up.
    if text.isprintable():  # most text: nothing to do
        return text
    return "".join(f"\\u{ord(ch):04x}" if _unsafe(ch, keep) else ch for ch in text)


def display(text: str) -> str:
    """``text`` with every character that could act on a terminal, or cannot be encoded, as ``\\uXXXX``
    (tabs and line breaks kept)."""
    return _escaped(text, "\t\n")


def display_path(path: str) -> str:
    """A file name as shown: like :func:`display`, and a tab or line break in it escaped too."""
    return _escaped(path, "")


def json_text(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with the characters it leaves raw that
    could act on a terminal, or cannot be encoded, as JSON escapes (it escapes the C0 ones itself).
    These characters occur only inside strings, where an escape means the same character."""
    return _escaped(dumped, "\t\n\r")  # raw control characters are only JSON's own layout: newlines


class SafeStream:
    """A text stream that shows what is written to it with :func:`display` (for commands that print
    a pack's own text: its ids, names, documentation and the problems found in it)."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(display(text))

    def flush(self) -> None:
        self.stream.flush()


def uri_path(path: str) -> str:
    """A path as a URI path: the bytes of the name, percent-encoded (the same as the UTF-8 of a
    valid name; an undecodable byte 0xFF is %FF)."""
    import os
    from urllib.parse import quote

    return quote(os.fsencode(path))
