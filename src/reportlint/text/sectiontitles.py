"""The six section titles of the State Council's template for the annual report, without their numbers —
the same in its 2019 and 2021 forms.

Why a vocabulary here, not the chosen pack's titles: a page whose list numbering was lost prints a section
title alone on its line ("主动公开政府信息情况" above 二's tables), and the reader of a cell-per-line stream
(``readers/cellstream.py``) must end a table there, as at "二、…".  The readers run before any pack is chosen
(the choice reads the document: ``packs/choose.py``), so the titles they stop at cannot come from the pack.
Both built-in packs name these six sections (``rules/*.yaml``, ``sections``); ``tests/test_reader_text.py``
asserts they still do, so the two cannot drift apart.  A pack with other titles still finds its sections
(``analysis/structure.py`` reads its own patterns); only the table reader's stop is this vocabulary.
"""

from __future__ import annotations

FORM_SECTION_TITLES = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                       "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项")
_TITLES = frozenset(FORM_SECTION_TITLES)


def is_unnumbered_section_title(text: str) -> bool:
    """``text`` is one of the form's section titles, as printed without its number: the title at its start,
    nothing after it but whitespace."""
    return text.rstrip() in _TITLES
