"""Whether a text's short last line, named like a signature (``我局``, ``…局``), stands straight under a heading: there it
is the first words of the heading's paragraph, where a crawler cut the page (``3. 基层政务公开事项标准目录编制和实施情况``
then ``我局``, r2522; ``(四)政府信息公开平台建设`` then ``做好维护街道``, r1704) — a report signs under its last paragraph
or its date, never under a heading with nothing between.  ``analysis/cut`` asks it when such a line ends the text."""

from __future__ import annotations

from ..model.document import Document, Heading, Paragraph


def under_heading(doc: Document, at: int) -> bool:
    """Whether the block before block ``at`` (empty paragraphs skipped) is a heading."""
    before = next((b for b in reversed(doc.blocks[:at]) if not isinstance(b, Paragraph) or b.text.strip()), None)
    return isinstance(before, Heading)
