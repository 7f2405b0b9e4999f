"""prose: sums stated in the text add up.

"共计发布政府信息178条，其中信息公开目录信息更新64条、政务新媒体信息发布74条、官网发布40条" states a
total and its parts; the parts must add up to the total.  The pack's ``prose_sums`` switches the check
on and may set its severity.

Failing example::

    共计发布政府信息178条，其中…64条、…75条、…40条。
    → RL701 文中合计不成立：64+75+40 = 179，但写明共计 178 条，相差 1

Passing example: ``共计发布政府信息178条，其中…64条、…74条、…40条。``
"""

from __future__ import annotations

from collections.abc import Iterator

from ..cnparse import find_sum_statements
from ..diagnostics import Diagnostic, Severity
from ..model import Paragraph
from ..text import format_decimal
from . import CheckContext, RuleDef

KIND = "prose"
RULES = [
    RuleDef("prose.sum", "RL701", Severity.ERROR, "a total stated in the text is not the sum of its parts"),
]


def applies(pack) -> bool:
    return bool(pack.prose_sums) or bool(pack.prose)


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    if not ctx.pack.prose_sums.get("enabled", True):
        return
    doc = ctx.document
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for statement in find_sum_statements(block.text):
            parts = sum((p.value for p in statement.parts), start=statement.total.value * 0)
            if parts == statement.total.value:
                continue
            unit = statement.total.unit or ""
            shown = "+".join(format_decimal(p.value) for p in statement.parts)
            text = ctx.msg("prose.sum", parts=shown, sum=format_decimal(parts),
                           total=format_decimal(statement.total.value), unit=unit,
                           diff=format_decimal(parts - statement.total.value))
            loc = doc.span_location(block, statement.total.start, statement.total.end)
            d = ctx.diagnostic("prose.sum", "RL701", KIND, Severity.ERROR, text, loc,
                               expected=format_decimal(parts), actual=format_decimal(statement.total.value),
                               key=(statement.text[:40],))
            if d:
                yield d
