"""HTML comments (``<!-- … -->``) in Markdown and text, where reportlint's suppressions are written.

Found with ``str.find`` in one pass, each with its line: a regular expression such as
``<!--(.*?)-->`` retried at every unclosed ``<!--`` scans to the end of the text each time, and
counting newlines from the start for every comment is quadratic as well (50,000 unclosed ``<!--``
in 200 KB once took 49 s).
"""

from __future__ import annotations

from collections.abc import Iterator

OPEN, CLOSE = "<!--", "-->"


def html_comments(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line, inner text) of each comment in ``text``, whose first line is ``first_line``.

    A comment ends at the first ``-->`` after its ``<!--``; once a ``<!--`` is never closed, no
    later one can be, so the search stops there."""
    line, counted = first_line, 0
    start = text.find(OPEN)
    while start != -1:
        end = text.find(CLOSE, start + len(OPEN))
        if end == -1:
            return
        line += text.count("\n", counted, start)
        counted = start
        yield line, text[start + len(OPEN):end]
        start = text.find(OPEN, end + len(CLOSE))


def is_comment_line(stripped: str) -> bool:
    """A line (without surrounding space) that is one whole comment or several in a row."""
    return len(stripped) >= len(OPEN) + len(CLOSE) and stripped.startswith(OPEN) and stripped.endswith(CLOSE)
