"""RL703 on a list of shares printed without their counts whose sum passes 100% (``其中工作信息类占75%,其次是民生事项类
10%,再次是政策文件类16%``: 101% — read by text/sharelists, which leaves what rounding can explain aside).  One module
for one reading: the shares after their counts are checked one by one in ``sums.check_percentages``."""

from __future__ import annotations

from collections.abc import Iterator

from ...model.diagnostics import Diagnostic
from ...model.document import Paragraph
from ...text.cnparse import NumberMention
from ...text.mapped import original_span
from ...text.normalize import format_decimal
from ..base import KindContext

__all__ = ["check_share_lists"]


def check_share_lists(ctx: KindContext, block: Paragraph, norm: str, idx: list[int],
                      numbers: list[NumberMention]) -> Iterator[Diagnostic | None]:
    """RL703 for each list of bare shares in the paragraph whose sum passes 100%."""
    if "%" not in norm:
        return
    from ...text.sharelists import shares_over_whole  # a paragraph with a share: imported then, not at every start

    for shares in shares_over_whole(norm, numbers):
        total = sum(s.value for s in shares)
        start, end = original_span(idx, shares[0].start, shares[-1].end)
        text = ctx.msg("shares_over", parts="+".join(format_decimal(s.value) for s in shares), sum=format_decimal(total))
        yield ctx.report("prose.percent", text, ctx.document.span_location(block, start, end),
                         expected="100", actual=format_decimal(total), key=("shares", format_decimal(total)))
