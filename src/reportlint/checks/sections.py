"""sections: the report has every required section, once, in order, under the form's title.

Sections are the numbered top-level headings ("一、总体情况" …).  A heading is matched to a section
of the pack by its title (the pack's ``match`` or, for a warning, one of its ``variants``), or by
its number when the title is unknown; topics a section must cover are searched in its text.

Failing example (section 五 missing)::

    一、总体情况 … 四、政府信息公开行政复议、行政诉讼情况 … 六、其他需要报告的事项

    RL201 缺少第五部分“五、存在的主要问题及改进情况”
    help: 应在“四、政府信息公开行政复议、行政诉讼情况”一节之后添加标题“五、存在的主要问题及改进情况”

Passing example: the six headings 一 to 六 with the form's titles, in order.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis.structure import SectionHeading
from ..model.diagnostics import Diagnostic, Severity
from ..model.document import Heading, Location, Paragraph, Table
from . import CheckContext, RuleDef

KIND = "sections"
RULES = [
    RuleDef("sections.missing", "RL201", Severity.ERROR, "a required section is missing"),
    RuleDef("sections.order", "RL202", Severity.ERROR, "sections are out of the form's order"),
    RuleDef("sections.duplicate", "RL203", Severity.ERROR, "a section appears twice"),
    RuleDef("sections.variant", "RL204", Severity.WARNING, "a section title differs from the form"),
    RuleDef("sections.topic", "RL205", Severity.WARNING, "a section does not cover a required topic"),
    RuleDef("sections.numbering", "RL206", Severity.WARNING, "a section is numbered differently from the form"),
]


def applies(pack) -> bool:
    return bool(pack.sections)


def _lis_keep(seq: list[int]) -> set[int]:
    """Positions of a longest increasing subsequence: the sections that are in order.

    Ties keep the smaller section numbers, so of two swapped sections the later-numbered one
    (the one that came too early) is the one reported.
    """
    n = len(seq)
    best = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and (best[j] + 1 > best[i] or (
                    best[j] + 1 == best[i] and prev[i] != -1 and seq[j] < seq[prev[i]])):
                best[i], prev[i] = best[j] + 1, j
    if not n:
        return set()
    top = max(best)
    i = min((k for k in range(n) if best[k] == top), key=lambda k: (seq[k], k))
    keep = set()
    while i != -1:
        keep.add(i)
        i = prev[i]
    return keep


def match_sections(ctx: CheckContext) -> list[tuple[SectionHeading, int, str]]:
    """Each found section heading with the index of the pack section and how it matched."""
    specs = ctx.pack.sections
    out: list[tuple[SectionHeading, int, str]] = []
    for found in ctx.sections:
        hit = None
        for k, spec in enumerate(specs):
            if spec.match.search(found.title):
                hit = (k, "exact")
                break
        if hit is None:
            for k, spec in enumerate(specs):
                if any(v.search(found.title) for v in spec.variants):
                    hit = (k, "variant")
                    break
        if hit is None:
            for k, spec in enumerate(specs):
                if spec.number and spec.number == found.number:
                    hit = (k, "number")
                    break
        if hit is not None:
            out.append((found, hit[0], hit[1]))
    return out


def run(ctx: CheckContext) -> Iterator[Diagnostic]:
    specs = ctx.pack.sections
    matched = match_sections(ctx)
    first_of: dict[int, SectionHeading] = {}
    for found, k, how in matched:
        spec = specs[k]
        if k in first_of:
            first = first_of[k].heading.location
            where = f"第 {first.line} 行" if first.line else f"第 {first.paragraph} 段" if first.paragraph else "前文"
            d = ctx.diagnostic("sections.duplicate", "RL203", KIND, Severity.ERROR,
                               ctx.msg("sections.duplicate", number=spec.number, title=spec.title, first=where),
                               found.heading.location, key=(spec.id,))
            if d:
                yield d
            continue
        first_of[k] = found
        ctx.section_of[spec.id] = found
        text = found.heading.text.strip()
        if how in ("variant", "number"):
            d = ctx.diagnostic("sections.variant", "RL204", KIND, Severity.WARNING,
                               ctx.msg("sections.variant", found=text, title=spec.title),
                               found.heading.location, help=ctx.msg("sections.variant.help", title=spec.title),
                               key=(spec.id, text))
            if d:
                yield d
        elif spec.number and found.number != spec.number:
            d = ctx.diagnostic("sections.numbering", "RL206", KIND, Severity.WARNING,
                               ctx.msg("sections.numbering", found=text, number=spec.number),
                               found.heading.location, key=(spec.id, text))
            if d:
                yield d

    # Order: the first occurrences should follow the pack's order.
    if ctx.pack.section_order == "strict":
        firsts = sorted(first_of.items(), key=lambda kv: kv[1].block_index)
        seq = [k for k, _ in firsts]
        keep = _lis_keep(seq)
        for pos, (k, found) in enumerate(firsts):
            if pos in keep:
                continue
            spec = specs[k]
            before = [specs[j] for j in range(k - 1, -1, -1) if j in first_of]
            after = [specs[j] for j in range(k + 1, len(specs)) if j in first_of]
            if before and after:
                text = ctx.msg("sections.order.between", number=spec.number, title=spec.title,
                               expected_after=before[0].title, expected_before=after[0].title)
            elif before:
                text = ctx.msg("sections.order", number=spec.number, title=spec.title,
                               expected_after=before[0].title)
            else:
                text = ctx.msg("sections.order.first", number=spec.number, title=spec.title)
            d = ctx.diagnostic("sections.order", "RL202", KIND, Severity.ERROR, text,
                               found.heading.location, key=(spec.id,))
            if d:
                yield d

    # Missing sections, located where they should be inserted.
    for k, spec in enumerate(specs):
        if k in first_of or not spec.required:
            continue
        prev = next((specs[j] for j in range(k - 1, -1, -1) if j in first_of), None)
        nxt = next((first_of[j] for j in range(k + 1, len(specs)) if j in first_of), None)
        location = _insertion_point(ctx, nxt)
        where = ctx.msg("sections.where.after", prev=prev.title) if prev else ctx.msg("sections.where.start")
        d = ctx.diagnostic("sections.missing", "RL201", KIND, Severity.ERROR,
                           ctx.msg("sections.missing", number=spec.number, title=spec.title), location,
                           help=ctx.msg("sections.missing.help", where=where, title=spec.title),
                           key=(spec.id,))
        if d:
            yield d

    # Topics a section must cover (2021: the five topics of 一、总体情况).
    for k, spec in enumerate(specs):
        if not spec.topics or k not in first_of:
            continue
        found = first_of[k]
        body = _section_text(ctx, found)
        for name, pattern in spec.topics:
            if not pattern.search(body):
                d = ctx.diagnostic("sections.topic", "RL205", KIND, Severity.WARNING,
                                   ctx.msg("sections.topic", number=spec.number, topic=name),
                                   found.heading.location, key=(spec.id, name))
                if d:
                    yield d


def _insertion_point(ctx: CheckContext, nxt: SectionHeading | None) -> Location:
    if nxt is not None:
        return nxt.heading.location
    blocks = ctx.document.blocks
    if not blocks:
        return Location(line=1, column=1) if ctx.document.source is not None else Location()
    last = blocks[-1].location
    if ctx.document.source is not None:
        n_lines = ctx.document.source.rstrip("\n").count("\n") + 1
        return Location(line=n_lines, column=1, section=last.section)
    return last


def _section_text(ctx: CheckContext, found: SectionHeading) -> str:
    from ..text.normalize import normalize

    start = found.block_index + 1
    later = [s.block_index for s in ctx.sections if s.block_index > found.block_index]
    end = min(later) if later else len(ctx.document.blocks)
    parts = []
    for block in ctx.document.blocks[start:end]:
        if isinstance(block, Heading | Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts.extend(c.text for c in block.cells)
    return normalize("".join(parts))
