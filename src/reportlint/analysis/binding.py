"""Find a pack's table in a document and bind its row and column keys to grid rows and columns.

Binding is by label path, in stages from strict to forgiving, because real reports vary: the full
path; the last segment alone (extracted text loses group labels); containment (truncated labels);
then a close match (a typo such as "其他法律行政止公开"), which binds and warns.  A label that
matches two rows binds neither and is reported: guessing would put numbers in the wrong identity.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model.document import Cell, Document, Heading, Paragraph, Table
from ..model.records import Record
from ..text.asides import is_aside
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize, normalize_label
from .specs import LabelSpec, Segment, TableSpec, split_label_path
from .tablelabels import TableView, continued, split_blocks

FUZZY_RATIO = 0.8


class BindingIssue(Record):
    __slots__ = ("kind", "axis", "key", "label", "found", "grid_index")

    def __init__(self, kind: str, axis: str, key: str, label: str, found: list[str] | None = None,
                 grid_index: int | None = None) -> None:
        self.kind = kind  # missing | ambiguous | fuzzy | positional
        self.axis = axis  # row | column
        self.key = key
        self.label = label
        self.found = [] if found is None else found  # labels of the candidates (ambiguous, fuzzy)
        self.grid_index = grid_index


class BoundTable(Record):
    __slots__ = ("spec", "view", "rows", "cols", "issues", "extra_rows", "extra_cols", "document")

    def __init__(self, spec: TableSpec, view: TableView, rows: dict[str, int], cols: dict[str, int], issues: list[BindingIssue],
                 extra_rows: list[int], extra_cols: list[int], document: Document | None = None) -> None:
        self.document = document  # the document the table was found in (locate), for what a location quotes of it
        self.spec = spec
        self.view = view
        self.rows = rows  # key -> grid row
        self.cols = cols  # key -> grid col
        self.issues = issues
        self.extra_rows = extra_rows
        self.extra_cols = extra_cols

    @property
    def table(self) -> Table:
        return self.view.table

    def cell(self, row_key: str, col_key: str) -> Cell | None:
        r, c = self.rows.get(row_key), self.cols.get(col_key)
        if r is None or c is None:
            return None
        return self.view.table.at(r, c)

    def row_label(self, row_key: str) -> str:
        r = self.rows.get(row_key)
        return self.view.row_label(r) if r is not None else row_key

    def col_label(self, col_key: str) -> str:
        c = self.cols.get(col_key)
        return self.view.col_label(c) if c is not None else col_key


def _path_matches(alt: list[Segment], path: list[str]) -> bool:
    if not path or not alt[-1].matches(path[-1]):
        return False
    i = 0
    for seg in path[:-1]:
        if i < len(alt) - 1 and alt[i].matches(seg):
            i += 1
    return i == len(alt) - 1


def _last_matches(alt: list[Segment], path: list[str]) -> bool:
    return bool(path) and alt[-1].matches(path[-1])


def _contains(alt: list[Segment], path: list[str]) -> bool:
    if not path or alt[-1].regex is not None:
        return False
    want, have = alt[-1].text, path[-1]
    return min(len(want), len(have)) >= 4 and (want in have or have in want)


MAX_SHOWN = 20  # characters of a label printed with its explanation that a finding quotes
# What a report may write after a form's label (normalised: NFKC, no spaces): a definition after a colon
# ("规章:地方行政规章指…"), a note in brackets ("规章(设区的市…应提供相关数据)", "上一年项目数量(指2019年事项数)",
# the bracket left open where the text is cut), or the year the column counts ("上一年项目数量 2019年").
_QUALIFIER = LazyRegex(r"[:：(].+|\d{4}年度?")


def _qualified(alt: list[Segment], path: list[str]) -> bool:
    """The form's label followed by a qualifier of its own: the label, explained."""
    if not path or alt[-1].regex is not None:
        return False
    want, have = alt[-1].text, path[-1]
    return len(have) > len(want) and have.startswith(want) and _QUALIFIER.fullmatch(have[len(want):]) is not None


_QUALIFIER_START = LazyRegex(r"\s*(?:[:：(（]|\d{4}\s*年)")


def _name_explained(specs: list[LabelSpec], bound: dict[str, int], paths: dict[int, list[str]],
                    norm: Callable[[int], list[str]], rename: Callable[[int, str], None]) -> None:
    """Rows (columns) bound by a label printed with its explanation are named by the label alone in
    what is reported of their cells ("规章/本年新制作数量 = 1", not the definition of 规章 again)."""
    by_key = {s.key: s for s in specs}
    for key, i in bound.items():
        path = norm(i)
        if any(_last_matches(a, path) or _path_matches(a, path) for a in by_key[key].alternatives):
            continue  # the form's label as printed (部分公开（区分处理的…）is the form's own)
        want = next((a[-1].text for a in by_key[key].alternatives if _qualified(a, path)), None)
        original = paths.get(i)
        if want is None or not original or len(original[-1]) <= MAX_SHOWN:  # a short one is quoted as printed
            continue
        for m in _QUALIFIER_START.finditer(original[-1]):
            if m.start() and normalize_label(original[-1][: m.start()]) == want:
                rename(i, original[-1][: m.start()])
                break


def _ratio(alt: list[Segment], path: list[str]) -> float:
    if not path or alt[-1].regex is not None:
        return 0.0
    import difflib  # only for a label no stricter stage could bind

    return difflib.SequenceMatcher(None, alt[-1].text, path[-1]).ratio()


def _bind_axis(specs: list[LabelSpec], candidates: dict[int, list[str]], label_of: Callable[[int], str],
               axis: str) -> tuple[dict[str, int], list[BindingIssue]]:
    """Bind each spec to one candidate (grid row or column); ``label_of`` names a candidate in an
    issue (called only for one: most tables bind without any)."""
    bound: dict[str, int] = {}
    issues: list[BindingIssue] = []
    pending: list[LabelSpec] = []
    # Stage 1 for every key first, so that a forgiving match never steals an exact one.  A plain
    # last segment must equal the path's last label, so only candidates ending in it are tried.
    by_last: dict[str, list[int]] = {}
    for i, path in candidates.items():
        if path:
            by_last.setdefault(path[-1], []).append(i)
    order = {i: n for n, i in enumerate(candidates)}
    for spec in specs:
        found: set[int] = set()
        for alt in spec.alternatives:
            pool = candidates if alt[-1].regex is not None else by_last.get(alt[-1].text, ())
            found.update(i for i in pool if i not in found and _path_matches(alt, candidates[i]))
        hits = sorted(found, key=order.__getitem__)
        if len(hits) == 1:
            bound[spec.key] = hits[0]
        elif len(hits) > 1:
            issues.append(BindingIssue("ambiguous", axis, spec.key, spec.label, [label_of(i) for i in hits]))
        else:
            pending.append(spec)
    taken = set(bound.values())
    for spec in pending:
        free = {i: p for i, p in candidates.items() if i not in taken}
        hit = None
        for test in (
            _last_matches,
            _qualified,
            _contains,
        ):
            hits = [i for i, p in free.items() if any(test(a, p) for a in spec.alternatives)]
            if len(hits) == 1:
                hit = hits[0]
                if test is not _last_matches:  # an explained, truncated or extended label: bound, and said
                    found = label_of(hit)
                    if test is _qualified and len(found) > MAX_SHOWN:  # a definition: its start is enough
                        found = found[:MAX_SHOWN] + "…"
                    issues.append(BindingIssue("fuzzy", axis, spec.key, spec.label, [found], hit))
                break
            if len(hits) > 1:
                break
        if hit is None:
            scored = sorted(
                ((max(_ratio(a, p) for a in spec.alternatives), i) for i, p in free.items()), reverse=True)
            if scored and scored[0][0] >= FUZZY_RATIO and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                hit = scored[0][1]
                issues.append(BindingIssue("fuzzy", axis, spec.key, spec.label, [label_of(hit)], hit))
        if hit is not None:
            bound[spec.key] = hit
            taken.add(hit)
        elif not spec.optional:
            issues.append(BindingIssue("missing", axis, spec.key, spec.label))
    return bound, issues


def _positional_columns(spec: TableSpec, view: TableView) -> dict[str, int] | None:
    """Extracted text may garble a multi-row header beyond analysis (merged header text
    interleaved across lines); if every required column label occurs in the header text and the
    value columns are exactly as many, the columns are the form's, in the form's order.

    A garbled header (one cell over the value columns) may have its words broken across lines too:
    a PDF's narrow header cells come out a line per row of the cell ("结果 结果 其他 尚未 总" over
    "维持 纠正 结果 审结 计"), or a character per line when printed vertically.  There a grouped
    column ("行政复议/结果维持") is the form's when its groups are in the header as written and its own
    label's characters occur in it in order."""
    required = [c for c in spec.columns if not c.optional]
    if len(view.value_cols) != len(required):
        return None
    header = view.header_text
    spread = _garbled_header(view)
    for col in required:
        if not any(_in_header(alt, header, spread) for alt in col.alternatives):
            return None
    return {c.key: view.value_cols[i] for i, c in enumerate(required)}


def _in_header(alt, header: str, spread: bool) -> bool:
    """One alternative of a column's label is in the header text (see ``_positional_columns``)."""
    if alt[-1].regex is not None:
        return False
    if alt[-1].text in header:
        return True
    groups = alt[:-1]
    if not spread or not groups or any(seg.regex is not None or seg.text not in header for seg in groups):
        return False
    rest = iter(header)
    return all(ch in rest for ch in alt[-1].text)  # the label's characters, in order


def bind_view(spec: TableSpec, view: TableView) -> BoundTable:
    row_paths = {r: view.norm_row_path(r) for r in view.data_rows}
    col_paths = {c: view.norm_col_path(c) for c in view.value_cols}
    # '*' names the data row of a table without row labels (the section-四 table).
    star = [s for s in spec.rows if s.label == "*"]
    labelled = [s for s in spec.rows if s.label != "*"]
    rows, row_issues = _bind_axis(labelled, row_paths, view.row_label, "row")
    _name_explained(labelled, rows, view.row_paths, view.norm_row_path, view.name_row)
    free = [r for r in view.data_rows if r not in rows.values() and _has_values(view, r)]
    for s in star:
        if free:
            rows[s.key] = free.pop(0)
        elif not s.optional:
            row_issues.append(BindingIssue("missing", "row", s.key, s.name))
    garbled = _garbled_header(view)
    if garbled:
        cols, col_issues = {}, [BindingIssue("missing", "column", c.key, c.label) for c in spec.columns if not c.optional]
    else:
        cols, col_issues = _bind_axis(spec.columns, col_paths, view.col_label, "column")
        _name_explained(spec.columns, cols, view.col_paths, view.norm_col_path, view.name_col)
    if any(i.kind in ("missing", "ambiguous") for i in col_issues):
        positional = _positional_columns(spec, view)
        if positional is None and not garbled and _out_of_order(spec, view, cols):
            positional = {c.key: view.value_cols[i] for i, c in enumerate(c for c in spec.columns if not c.optional)}
        if positional is None and not garbled:
            cols, col_issues = _in_order(spec, view, cols, col_issues)
        elif positional is not None:
            cols, col_issues = positional, []
            # The header could not be analysed; name the columns as the form does.
            by_key = {c.key: c for c in spec.columns}
            for key, col in cols.items():
                view.set_col_path(col, [p.replace("\\/", "/") for p in split_label_path(by_key[key].label)])
    bound_rows = set(rows.values())
    extra_rows = [r for r in view.data_rows if r not in bound_rows and _has_values(view, r) and not _aside(view, r)]
    bound_cols = set(cols.values())
    # Under a header that could not be placed every column is named by the whole header text: a
    # column left unbound is one the reader could not name, not one the form lacks (the missing
    # columns are the finding, or the text stops inside the table).
    extra_cols = [] if garbled and not cols else [c for c in view.value_cols if c not in bound_cols]
    return BoundTable(spec, view, rows, cols, row_issues + col_issues, extra_rows, extra_cols)


def _garbled_header(view: TableView) -> bool:
    """The header is one cell over the label and value columns: text whose header cells could not
    be placed (``readers/rowgrid.py``).  Its words name no column; the form's order does."""
    if not view.header_rows or not view.value_cols:
        return False
    cell = view.table.at(view.header_rows[-1], view.value_cols[0])
    return (cell is not None and cell.col < view.value_cols[0]
            and cell.col + cell.colspan > view.value_cols[-1] and bool(cell.text.strip()))


def _out_of_order(spec: TableSpec, view: TableView, cols: dict[str, int]) -> bool:
    """The header's cells were not one per column, though as many: a two-level header written a cell per
    line, row after row (``法人或其他组织 | 总计 | 商业企业 | … | 其他``, under 自然人 and 法人或其他组织 its
    five kinds, 总计 last), whose first cell was lost.  Read one per column, its group label takes a column
    of its own and the 总计 lands before the kinds it totals.  Told by the counts and the order: the value
    columns are exactly as many as the form's required columns, one of those is unnamed while an optional
    one (the group's label) took a column, and the named ones are out of the form's order — the columns are
    then the form's, in the form's order.  A real subtotal column (法人或其他组织 before the kinds, 总计
    last) keeps the form's order and is bound by its label; a table in its own order (总计 first) names no
    optional column."""
    required = [c for c in spec.columns if not c.optional]
    if len(view.value_cols) != len(required) or all(c.key in cols for c in required):
        return False
    if not any(c.optional and c.key in cols for c in spec.columns):
        return False
    placed = [cols[c.key] for c in required if c.key in cols]
    return placed != sorted(placed)


def _in_order(spec: TableSpec, view: TableView, cols: dict[str, int],
              issues: list[BindingIssue]) -> tuple[dict[str, int], list[BindingIssue]]:
    """The form's columns no label matched, bound in the form's order to the columns left over when
    both are as many and each header is a part of the form's label or close to it ("本年新 | 本年新"
    for 本年新制作数量 | 本年新公开数量, a header cut short): bound with a warning."""
    missing = [c for c in spec.columns if any(i.kind == "missing" and i.key == c.key for i in issues)]
    taken = set(cols.values())
    free = [c for c in view.value_cols if c not in taken]
    if not missing or len(missing) != len(free) or any(i.kind == "ambiguous" for i in issues):
        return cols, issues
    paths = [view.norm_col_path(c) for c in free]
    if not all(path and any(_close(a[-1].text, path[-1]) for a in spec_col.alternatives if a[-1].regex is None)
               for spec_col, path in zip(missing, paths, strict=True)):
        return cols, issues
    cols = dict(cols)
    issues = [i for i in issues if i.kind != "missing"]
    for spec_col, c in zip(missing, free, strict=True):
        cols[spec_col.key] = c
        issues.append(BindingIssue("fuzzy", "column", spec_col.key, spec_col.label, [view.col_label(c)], c))
    return cols, issues


def _close(want: str, have: str) -> bool:
    """A header cut short ("本年新", "本年增/") or with a character wrong or missing."""
    if len(have) >= 2 and (want.startswith(have) or have in want or want in have):
        return True
    import difflib  # only for headers no other stage could bind

    return difflib.SequenceMatcher(None, want, have).ratio() >= 0.6


def _aside(view: TableView, row: int) -> bool:
    """A row that is an aside of the page, not a row the form lacks: a telephone line, a note or a unit typed into the
    table (``联系电话 | 0591 8765432``, a merged ``注：…`` row; ``text/asides.py``).  The text readers drop such lines
    before the rows are placed; a .docx table keeps them as rows."""
    cells = (view.table.at(row, c) for c in range(view.table.n_cols))
    return is_aside(" ".join(dict.fromkeys(cell.text for cell in cells if cell is not None and cell.text.strip())))


def _has_values(view: TableView, row: int) -> bool:
    for c in view.value_cols:
        cell = view.table.at(row, c)
        if cell is not None and cell.text.strip():
            return True
    return False


def _score(spec: TableSpec, view: TableView) -> int:
    score = 0
    for h in spec.header_has:
        if h and h in view.header_text:
            score += 1
    if spec.rows_have:
        labels = ["".join(view.norm_row_path(r)) for r in view.data_rows]
        for want in spec.rows_have:
            if any(want in label for label in labels):
                score += 1
    return score


def locate(spec: TableSpec, doc: Document, section_tables: list[Table] | None,
           views_cache: dict[int, list[TableView]]) -> BoundTable | None:
    """Find the block of a table in the spec's section (or anywhere) that best fits the spec."""
    def views_of(table: Table) -> list[TableView]:
        if id(table) not in views_cache:
            views = views_cache[id(table)] = split_blocks(continued(doc, table))
            if views and views[0].caption is None and views[0].row_start == 0:
                views[0].caption = _caption_before(doc, table)
        return views_cache[id(table)]

    pools = [section_tables] if section_tables else []
    pools.append(doc.tables)
    needed = len(spec.header_has) + len(spec.rows_have)
    for pool in pools:
        best: tuple[int, int, TableView] | None = None
        for order, table in enumerate(pool or []):
            for view in views_of(table):
                if spec.caption is not None and not _has_caption(spec, view):
                    continue
                score = _score(spec, view)
                if needed and score * 2 < needed:
                    continue
                if best is None or score > best[0]:
                    best = (score, order, view)
        if best is not None:
            bound = bind_view(spec, best[2])
            bound.document = doc
            return bound
    if spec.caption is not None:
        return _uncaptioned(spec, doc, pools, views_of)
    return None


def _uncaptioned(spec: TableSpec, doc: Document, pools: list[list[Table] | None],
                 views_of: Callable[[Table], list[TableView]]) -> BoundTable | None:
    """A table printed without its caption (the text goes from the section title straight to
    ``信息内容 | 本年新制作数量 | …``) is the spec's when its labels say so: each of its rows and value
    columns is one of the spec's by its label, exactly, and every row and column of the spec is
    there.  The rows of the section-二 tables are each one table's own (规章, 行政许可, 行政处罚…), so
    they decide which table it is; a fuzzy or positional match decides nothing."""
    if any(s.label == "*" for s in spec.rows):
        return None  # a wildcard row names no label of its own: nothing to tell the table by
    for pool in pools:
        for table in pool or []:
            for view in views_of(table):
                rows = {r: view.norm_row_path(r) for r in view.data_rows if _has_values(view, r)}
                cols = {c: view.norm_col_path(c) for c in view.value_cols}
                if not rows:
                    continue
                bound_rows, row_issues = _bind_axis(spec.rows, rows, view.row_label, "row")
                bound_cols, col_issues = _bind_axis(spec.columns, cols, view.col_label, "column")
                if row_issues or col_issues or len(bound_rows) != len(rows) or len(bound_cols) != len(cols):
                    continue
                bound = bind_view(spec, view)
                bound.document = doc
                return bound
    return None


MAX_CAPTION_CHARS = 40


def _caption_before(doc: Document, table: Table) -> str | None:
    """The caption of a table written as a paragraph just above it ("第二十条第（一）项"), as
    reports that print each small table of section 二 on its own do."""
    previous = None
    for block in doc.blocks:
        if block is table:
            break
        previous = block
    if isinstance(previous, Paragraph | Heading) and 0 < len(previous.text.strip()) <= MAX_CAPTION_CHARS:
        return previous.text.strip()
    return None


# "第二十条(一)项" for "第二十条第(一)项": the item's 第 left out, as some pages print the captions.
_ITEM_WITHOUT_DI = LazyRegex(r"条(?=\([一二三四五六七八九十]{1,3}\)项)")
# "第二十条第(一项)": the item's 项 written inside the brackets.
_ITEM_IN_BRACKETS = LazyRegex(r"\(([一二三四五六七八九十]{1,3})项\)")


def _caption_text(text: str) -> str:
    """A caption as the form writes it, whichever of the pages' variants it is in (each pattern
    tried only where its literal part is: most captions and headers are in neither variant)."""
    if "条(" in text:
        text = _ITEM_WITHOUT_DI.sub("条第", text)
    if "项)" in text:
        text = _ITEM_IN_BRACKETS.sub(r"(\1)项", text)
    return text


def _has_caption(spec: TableSpec, view: TableView) -> bool:
    """The view's caption matches the spec's; a view without a caption row may carry its caption
    in a header cell (a caption merged into the header, text that ran them together)."""
    assert spec.caption is not None
    if view.caption and spec.caption_in(_caption_text(normalize(view.caption))):
        return True
    return spec.caption_in(_caption_text(view.header_text))


__all__ = ["BindingIssue", "BoundTable", "bind_view", "locate", "normalize_label"]
