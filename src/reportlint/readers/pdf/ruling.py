"""Ruled tables from ruling lines: where horizontal and vertical rules cross, and the cells they close.

Input is plain data from extraction: the visible horizontal and vertical rule segments of one page
(``[x0, top, x1, bottom]``, top-down PDF points).  The method is the lattice one pdfplumber uses
(after Nurminen's thesis and Tabula), with its default settings, so a table comes out cell for cell
as it did when pdfplumber found it:

1. rules shorter than 1 pt are dropped; rules within 3 pt of one another are snapped to their mean
   position, and collinear rules less than 3 pt apart are joined; what is then shorter than 3 pt
   is dropped;
2. every crossing of a vertical and a horizontal rule (3 pt tolerance) is a corner;
3. from each corner, the smallest rectangle whose four sides are drawn rules is a cell;
4. cells sharing a corner form one table; a lone cell is a box around text, not a table.

Two additions of our own, learned from real reports: a table split over two pages often has no
bottom border before the break and no top border after it (the vertical rules just stop), so where
two or more vertical rules end at the same height a closing horizontal rule is added there; and
every step is linear or ``n log n`` in the number of rules and corners (pdfplumber's are quadratic),
with the number of corners capped by the caller, so a page of hostile vector art cannot stall a run.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict

from .records import ROW_TOL, BBox, cluster, fmean, too_large

Edge = list[float]  # [x0, top, x1, bottom]

SNAP_TOL = 3.0
JOIN_TOL = 3.0
INTERSECTION_TOL = 3.0
EDGE_MIN_LENGTH = 3.0
EDGE_MIN_LENGTH_PREFILTER = 1.0
CLOSE_TOL = 1.5  # vertical rules "ending at the same height"


class TooManyCrossings(Exception):
    """More rule crossings on a page than the caller allows."""


def ruled_tables(vertical: list[Edge], horizontal: list[Edge], page: int, max_crossings: int) -> list[tuple[BBox, list[BBox]]]:
    """The page's ruled tables of two columns or more (one column is a box around text), or
    InputError when the rules cross more often than ``max_crossings``."""
    try:
        found = find_tables(vertical, horizontal, max_crossings)
    except TooManyCrossings:
        raise too_large(f"第 {page} 页的表格线交点超过上限 {max_crossings:,} 个") from None
    tables = []
    for bbox, cells in found:
        if len(cluster([v for c in cells for v in (c[0], c[2])], ROW_TOL)) >= 3 and len(cells) >= 2:
            tables.append((bbox, cells))
    return tables


def find_tables(vertical: list[Edge], horizontal: list[Edge], max_crossings: int) -> list[tuple[BBox, list[BBox]]]:
    """The ruled tables of a page: (table box, cell boxes), top to bottom.

    ``vertical`` and ``horizontal`` are in the order the page draws them (lines, then the edges of
    rectangles, then those of other paths), which fixes the arithmetic of the snapped positions.
    """
    closing = closing_lines(vertical)
    v = [list(e) for e in vertical if e[3] - e[1] >= EDGE_MIN_LENGTH_PREFILTER]
    h = [list(e) for e in horizontal if e[2] - e[0] >= EDGE_MIN_LENGTH_PREFILTER] + closing
    v = _join(_snap(v, 0, 2), 0, 1, 3)
    h = _join(_snap(h, 1, 3), 1, 0, 2)
    v = [e for e in v if e[3] - e[1] >= EDGE_MIN_LENGTH]
    h = [e for e in h if e[2] - e[0] >= EDGE_MIN_LENGTH]
    corners = _intersections(v, h, max_crossings)
    cells = _cells(corners)
    tables = []
    for group in _group_cells(cells):
        box = (min(c[0] for c in group), min(c[1] for c in group), max(c[2] for c in group), max(c[3] for c in group))
        tables.append((box, group))
    return tables


def closing_lines(vertical: list[Edge]) -> list[Edge]:
    """Horizontal rules where two or more vertical rules start or end at the same height.

    A table cut by a page break often has no bottom border before the break and no top border
    after it; without these lines the rows at the break are not cells at all.
    """
    lines = []
    for key in (1, 3):  # top, bottom
        ends = sorted((e[key], e[0]) for e in vertical if e[3] - e[1] > 3)
        group: list[tuple[float, float]] = []
        for y, x in [*ends, (float("inf"), 0.0)]:
            if group and y - group[0][0] > CLOSE_TOL:
                if len(group) >= 2:
                    xs = [g[1] for g in group]
                    level = fmean([g[0] for g in group])
                    if max(xs) - min(xs) > 5:
                        lines.append([min(xs), level, max(xs), level])
                group = []
            group.append((y, x))
    return lines


def _snap(edges: list[Edge], at: int, other: int) -> list[Edge]:
    """Move rules within SNAP_TOL of one another (chained) to the mean of their positions."""
    values = sorted({e[at] for e in edges})
    cluster_of: dict[float, int] = {}
    index = -1
    last = None
    for value in values:
        if last is None or value > last + SNAP_TOL:
            index += 1
        cluster_of[value] = index
        last = value
    members: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        members[cluster_of[e[at]]].append(e)
    out = []
    for k in sorted(members):
        group = members[k]
        mean = sum(e[at] for e in group) / len(group)
        for e in group:
            shift = mean - e[at]
            moved = list(e)
            moved[at] = mean  # exactly: pdfplumber's e + (mean - e) can miss by a bit and split a rule
            moved[other] = e[other] + shift
            out.append(moved)
    return out


def _join(edges: list[Edge], at: int, lo: int, hi: int) -> list[Edge]:
    """Join collinear rules (same position) whose gap is at most JOIN_TOL."""
    by_line: dict[float, list[Edge]] = defaultdict(list)
    for e in edges:
        by_line[e[at]].append(e)
    out = []
    for position in sorted(by_line):
        joined: list[Edge] = []
        for e in sorted(by_line[position], key=lambda e: e[lo]):
            if joined and e[lo] <= joined[-1][hi] + JOIN_TOL:
                if e[hi] > joined[-1][hi]:
                    joined[-1] = list(joined[-1])
                    joined[-1][hi] = e[hi]
            else:
                joined.append(e)
        out.extend(joined)
    return out


Corners = dict[tuple[float, float], tuple[set[tuple[float, ...]], set[tuple[float, ...]]]]


def _intersections(v: list[Edge], h: list[Edge], max_crossings: int) -> Corners:
    """Corner -> (vertical rules through it, horizontal rules through it), as boxes."""
    corners: Corners = {}
    hs = sorted(h, key=lambda e: (e[1], e[0]))
    tops = [e[1] for e in hs]
    tol = INTERSECTION_TOL
    for ve in sorted(v, key=lambda e: (e[0], e[1])):
        x = ve[0]
        start = bisect.bisect_left(tops, ve[1] - tol)
        stop = bisect.bisect_right(tops, ve[3] + tol)
        for he in hs[start:stop]:
            if he[0] - tol <= x <= he[2] + tol:
                key = (x, he[1])
                entry = corners.get(key)
                if entry is None:
                    if len(corners) >= max_crossings:
                        raise TooManyCrossings
                    entry = corners[key] = (set(), set())
                entry[0].add(tuple(ve))
                entry[1].add(tuple(he))
    return corners


def _cells(corners: Corners) -> list[BBox]:
    """From each corner, the smallest rectangle whose four sides are drawn rules."""
    points = sorted(corners)
    below: dict[float, list[float]] = defaultdict(list)  # x -> ys, ascending
    right: dict[float, list[float]] = defaultdict(list)  # y -> xs, ascending
    for x, y in points:
        below[x].append(y)
        right[y].append(x)

    def vertical_link(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return not corners[a][0].isdisjoint(corners[b][0])

    def horizontal_link(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return not corners[a][1].isdisjoint(corners[b][1])

    cells = []
    for pt in points:
        x, y = pt
        ys = below[x]
        xs = right[y]
        found = None
        for by in ys[bisect.bisect_right(ys, y):]:
            down = (x, by)
            if not vertical_link(pt, down):
                continue
            for rx in xs[bisect.bisect_right(xs, x):]:
                across = (rx, y)
                if not horizontal_link(pt, across):
                    continue
                corner = (rx, by)
                if corner in corners and vertical_link(corner, across) and horizontal_link(corner, down):
                    found = (x, y, rx, by)
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _group_cells(cells: list[BBox]) -> list[list[BBox]]:
    """Cells sharing a corner, transitively, in the order pdfplumber's repeated scans add them.

    pdfplumber scans the remaining cells again and again, adding each that touches the corners
    gathered so far; here the next cell to add is found from a sorted set of candidates instead of
    a rescan, which gives the same order without the quadratic cost.
    """
    by_corner: dict[tuple[float, float], list[int]] = defaultdict(list)
    corners_of = []
    for i, (x0, top, x1, bottom) in enumerate(cells):
        cs = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
        corners_of.append(cs)
        for c in cs:
            by_corner[c].append(i)
    added = [False] * len(cells)
    remaining = list(range(len(cells)))  # a heap of indices not yet in any table
    tables = []
    while True:
        while remaining and added[remaining[0]]:
            heapq.heappop(remaining)
        if not remaining:
            break
        seed = heapq.heappop(remaining)
        group: list[int] = []
        seen: set[tuple[float, float]] = set()
        candidates: list[int] = []  # sorted indices touching the group's corners, not yet added

        def add(i: int, group: list[int] = group, seen: set = seen, candidates: list[int] = candidates) -> None:
            added[i] = True
            group.append(i)
            for c in corners_of[i]:
                if c not in seen:
                    seen.add(c)
                    for j in by_corner[c]:
                        if not added[j]:
                            k = bisect.bisect_left(candidates, j)
                            if k == len(candidates) or candidates[k] != j:
                                candidates.insert(k, j)

        add(seed)
        position = seed + 1
        while True:
            while candidates and added[candidates[0]]:
                candidates.pop(0)
            k = bisect.bisect_left(candidates, position)
            while k < len(candidates) and added[candidates[k]]:
                del candidates[k]
            if k < len(candidates):
                i = candidates.pop(k)
                add(i)
                position = i + 1
            elif candidates:
                position = 0  # a new scan from the top of the remaining cells
            else:
                break
        tables.append([cells[i] for i in group])
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]
