"""Whether the text output is plain, and how wide it is laid out, decided without importing rich.

Why: most text output goes to a pipe, a file, pre-commit or CI, where it has no colour; there rich
(its import and a Console) would cost a one-file check more than its findings take to print.  The
rule is rich's own for those cases (``tests/test_console_output.py`` holds it to rich's answer):
anything this module cannot decide as surely as rich — a terminal, an environment variable that
forces one, a notebook, Windows — is left to rich.
"""

from __future__ import annotations

import builtins
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

_STD_FDS = (0, 1, 2)  # rich takes the first of standard input, output and error that is a terminal
_FORCING = ("FORCE_COLOR", "TTY_COMPATIBLE")  # variables that make rich call a stream a terminal


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` says it is a terminal (a closed one is not)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:
        return False


def plain_width(stream: TextIO, color: bool | None) -> int | None:
    """The width plain output to ``stream`` is laid out for, or None when it may be coloured (or this
    module cannot tell as surely as rich: the caller then asks rich).  ``color``: ``--color``
    (True always, False never, None when the stream is a terminal)."""
    if color is True or sys.platform == "win32" or hasattr(builtins, "get_ipython"):
        return None  # colour asked for; Windows consoles and notebooks have rules of their own
    if color is None and (is_terminal(stream) or any(name in os.environ for name in _FORCING)):
        return None
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for fd in _STD_FDS:
        try:
            return os.get_terminal_size(fd).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80
