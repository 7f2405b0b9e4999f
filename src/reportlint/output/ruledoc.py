"""A rule's documentation for a terminal reader (``reportlint rule CODE``).

The documentation is the rule's docstring (or its check kind's), written in reStructuredText for
the developers who keep it next to the code.  A clerk reading it in a terminal needs neither the
markup nor the names of reportlint's insides, so:

* a literal ````x```` is shown as “x” (the quotes the Chinese messages use for quoted text);
* ``Failing example::`` ends in one colon, and a ``::`` standing alone goes;
* a parenthesis that only points into the code — ``(see :mod:`reportlint.binding`)``,
  ``(````model/facts.py````)``, ``(````CheckContext.bound````)`` — goes with it;
* a code reference that does something in the sentence (``:func:`facts` keeps the values…``) is
  the program doing it: "reportlint keeps the values…".
"""

from __future__ import annotations

import re

_LITERAL = r"``[^`]+?``"
_ROLE = r":[a-z]+:`[^`]+`"
# A literal that names reportlint's code: a module file, Class.member, a dotted reportlint name.
_INTERNAL_LITERAL = re.compile(r"``(?:[\w/]+\.py|[A-Z]\w*\.\w+|reportlint\.[\w.]+)``")
_INTERNAL = re.compile(rf"{_INTERNAL_LITERAL.pattern}|{_ROLE}")
_PAREN = re.compile(r"\s*(?:\([^()（）]*\)|（[^()（）]*）)( *)")


def _drop_internal(match: re.Match[str]) -> str:
    """A parenthesis pointing into the code goes; one that spanned two lines leaves the line break."""
    whole = match.group()
    if not _INTERNAL.search(whole):
        return whole
    return "\n" if "\n" in whole else match.group(1)


def for_terminal(doc: str) -> str:
    """``doc`` without reST markup or internal names (see the module's docstring)."""
    text = _PAREN.sub(_drop_internal, doc)
    text = re.sub(_ROLE, "reportlint", text)
    text = re.sub(_LITERAL, lambda m: f"“{m.group()[2:-2]}”", text)
    lines = []
    for line in text.splitlines():
        if line.strip() == "::":
            continue
        if line.endswith("::"):
            line = line[:-2].rstrip() + ":" if not line[:-2].endswith(" ") else line[:-2].rstrip()
        lines.append(line)
    return "\n".join(lines)
