"""``--format html``: one self-contained review page (inline CSS and JS, nothing fetched).

The page lists every file (agency, year, form version, pack, counts, worst finding) and every finding;
a finding that involves table cells (an identity, a cross-year check) shows the excerpt of those cells
with the offending one highlighted.  The findings table sorts by clicking a column header and filters
by severity and rule; the state lives in the URL hash (``review.html#severity=error&rule=RL401&sort=code``)
so that a filtered view can be bookmarked, sent, or opened by a headless browser.  The rule filter offers
each code with each of its rules ("RL402 t3.row-total": not that rule's RL401 failures) and, where several
rules share a code, the code alone; a hash naming a code or a rule id alone filters by it, and the
dropdown shows whatever the hash asked for.
"""

from __future__ import annotations

from html import escape as html_escape

from ..model.diagnostics import Diagnostic, FileResult, Severity, Status
from ..model.version import __version__
from .console import where
from .counts import summary as count_summary
from .safetext import display, display_path


def escape(text: str) -> str:
    """HTML-escaped, with characters that cannot be shown (controls, undecodable bytes) as \\uXXXX."""
    return html_escape(display(text))

SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem}
table{border-collapse:collapse}
#files td,#files th,#findings td,#findings th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
#findings th[data-sort]{cursor:pointer;user-select:none}
#findings th[aria-sort=ascending]::after{content:" ▲"}#findings th[aria-sort=descending]::after{content:" ▼"}
.sev{font-weight:bold}.sev-error .sev{color:#b00020}.sev-warning .sev{color:#9a6700}.sev-info .sev{color:#0969da}
.num{text-align:right}.muted{color:#777}.help{color:#555;margin-top:.3rem}
.filters{margin:.6rem 0;display:flex;gap:1rem;align-items:center}
table.excerpt{margin-top:.4rem;font-size:.9em}
table.excerpt td,table.excerpt th{border:1px solid #ccc;padding:.15rem .4rem}
table.excerpt td.v{text-align:right}
table.excerpt td.hit{background:#ffd7d5;font-weight:bold;outline:2px solid #b00020}
table.excerpt td.blank{color:#999}
"""

_JS = r"""
(function () {
  var tbody = document.querySelector('#findings tbody');
  var rows = Array.prototype.slice.call(tbody.querySelectorAll('tr.finding'));
  var sev = document.getElementById('f-severity'), rule = document.getElementById('f-rule');
  var headers = Array.prototype.slice.call(document.querySelectorAll('#findings th[data-sort]'));
  var state = {severity: '', rule: '', sort: '', dir: 'asc'};
  function readHash() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      if (!part) return;
      var i = part.indexOf('=');
      var k = decodeURIComponent(i < 0 ? part : part.slice(0, i));
      out[k] = i < 0 ? '' : decodeURIComponent(part.slice(i + 1));
    });
    return out;
  }
  function writeHash() {
    var parts = [];
    ['severity', 'rule', 'sort', 'dir'].forEach(function (k) {
      if (state[k] && (k !== 'dir' || state.sort)) parts.push(k + '=' + encodeURIComponent(state[k]));
    });
    var h = parts.length ? '#' + parts.join('&') : '';
    if (h !== location.hash) {
      try { history.replaceState(null, '', h || location.pathname + location.search); } catch (e) { /* file: URL */ }
    }
  }
  // "RL402 t3.row-total": that code of that rule; "RL402" or "t3.row-total" alone: the code or the rule.
  function ruleMatches(r, value) {
    if (!value) return true;
    var code = r.getAttribute('data-code'), id = r.getAttribute('data-rule'), i = value.indexOf(' ');
    if (i >= 0) return code === value.slice(0, i) && id === value.slice(i + 1);
    return code === value || id === value;
  }
  // The dropdown shows what the URL asks for, even a value none of its options has (a rule id alone).
  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    if (!known) {
      var extra = document.createElement('option');
      extra.value = extra.textContent = value;
      select.appendChild(extra);
    }
    select.value = value;
    Array.prototype.forEach.call(select.options, function (o) {  // the choice kept in the DOM too
      if (o.value === value) o.setAttribute('selected', ''); else o.removeAttribute('selected');
    });
  }
  function sortKey(r, k) {
    var v = r.getAttribute('data-' + k) || '';
    return (k === 'rank' || k === 'order') ? Number(v) : v;
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (r) {
      var ok = (!state.severity || r.getAttribute('data-severity') === state.severity) && ruleMatches(r, state.rule);
      r.hidden = !ok;
      if (ok) shown++;
    });
    var key = state.sort === 'severity' ? 'rank' : state.sort;
    var sign = state.dir === 'desc' ? -1 : 1;
    var ordered = rows.slice().sort(function (a, b) {
      if (key) {
        var x = sortKey(a, key), y = sortKey(b, key);
        if (x < y) return -sign;
        if (x > y) return sign;
      }
      return sortKey(a, 'order') - sortKey(b, 'order');
    });
    ordered.forEach(function (r) { tbody.appendChild(r); });
    headers.forEach(function (h) {
      if (h.getAttribute('data-sort') === state.sort) h.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
    });
    choose(sev, state.severity);
    choose(rule, state.rule);
    document.getElementById('shown').textContent = '显示 ' + shown + ' / ' + rows.length + ' 条';
    document.getElementById('none').hidden = shown !== 0;
  }
  function fromHash() {
    var h = readHash();
    state.severity = h.severity || '';
    state.rule = h.rule || '';
    state.sort = h.sort || '';
    state.dir = h.dir === 'desc' ? 'desc' : 'asc';
    apply();
  }
  sev.addEventListener('change', function () { state.severity = sev.value; writeHash(); apply(); });
  rule.addEventListener('change', function () { state.rule = rule.value; writeHash(); apply(); });
  headers.forEach(function (h) {
    h.addEventListener('click', function () {
      var k = h.getAttribute('data-sort');
      state.dir = (state.sort === k && state.dir === 'asc') ? 'desc' : 'asc';
      state.sort = k;
      writeHash();
      apply();
    });
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
"""


def _excerpt(d: Diagnostic) -> str:
    """The cells of the finding as a small grid (rows × columns), the offending cell highlighted."""
    if not d.cells:
        return ""
    loc = d.location
    target = next((i for i, c in enumerate(d.cells) if (c.table, c.row, c.col) == (loc.table, loc.row, loc.col)), None)
    positions = [(c.row_label, c.col_label) for c in d.cells]
    if len(set(positions)) == len(positions):
        rows: list[str] = []
        cols: list[str] = []
        index: dict[tuple[str, str], int] = {}
        for i, c in enumerate(d.cells):
            if c.row_label not in rows:
                rows.append(c.row_label)
            if c.col_label not in cols:
                cols.append(c.col_label)
            index[(c.row_label, c.col_label)] = i
        out = ['<table class="excerpt"><thead><tr><th></th>']
        out += [f"<th>{escape(col)}</th>" for col in cols]
        out.append("</tr></thead><tbody>")
        for row in rows:
            out.append(f"<tr><th>{escape(row)}</th>")
            for col in cols:
                i = index.get((row, col))
                out.append(_cell_td(d, i, target) if i is not None else "<td></td>")
            out.append("</tr>")
        out.append("</tbody></table>")
        return "".join(out)
    # The same labels twice (a cross-year finding: the same cell in both reports): one line per cell.
    out = ['<table class="excerpt"><thead><tr><th>行</th><th>列</th><th>值</th></tr></thead><tbody>']
    for i, c in enumerate(d.cells):
        out.append(f"<tr><th>{escape(c.row_label)}</th><th>{escape(c.col_label)}</th>{_cell_td(d, i, target)}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _cell_td(d: Diagnostic, i: int, target: int | None) -> str:
    c = d.cells[i]
    classes = ["v"]
    if i == target:
        classes.append("hit")
    shown = escape(c.value) if c.value.strip() else "（空）"
    if not c.value.strip():
        classes.append("blank")
    return (f'<td class="{" ".join(classes)}" data-table="{c.table}" data-row="{c.row}" data-col="{c.col}">'
            f"{shown}</td>")


def _rule_options(rules: list[tuple[str, str]]) -> list[str]:
    """The rule filter's options: each code with each of its rules ("RL402 t3.row-total" shows that
    code of that rule, not the rule's RL401 failures), and a code alone ("RL401") where several rules
    share it."""
    out = []
    codes = sorted({code for code, _ in rules})
    for code in codes:
        ids = [rule for c, rule in rules if c == code]
        if len(ids) > 1:
            out.append(f'<option value="{escape(code)}">{escape(code)}（全部规则）</option>')
        for rule in ids:
            value = code if rule == code else f"{code} {rule}"
            out.append(f'<option value="{escape(value)}">{escape(value)}</option>')
    return out


def render(results: list[FileResult]) -> str:
    from .review import rows as summary_rows

    counts = count_summary(results)
    findings = [(r, d) for r in results for d in r.diagnostics]
    rules = sorted({(d.code, d.rule) for _, d in findings})
    out = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>reportlint 审阅报告（{counts['files']} 个文件）</title>", f"<style>{_CSS}</style></head><body>",
        "<h1>reportlint 审阅报告</h1>",
        f'<p id="totals">检查了 {counts["files"]} 个文件：{counts["errors"]} 个错误，{counts["warnings"]} 个警告，'
        f'{counts["infos"]} 条提示，{counts["unverifiable"]} 项无法核对'
        f'<span class="muted">（reportlint {escape(__version__)}）</span></p>',
        "<h2>文件</h2>",
        '<table id="files"><thead><tr><th>文件</th><th>机关</th><th>年度</th><th>格式版本</th><th>规则包</th>'
        '<th class="num">错误</th><th class="num">警告</th><th class="num">无法核对</th><th>最严重的问题</th></tr></thead><tbody>',
    ]
    for row in summary_rows(results):
        out.append(
            f'<tr data-file="{escape(row.path)}"><td>{escape(row.path)}</td><td>{escape(row.agency or "—")}</td>'
            f'<td>{escape(row.year or "—")}</td><td>{escape(row.form or "—")}</td><td>{escape(row.pack or "—")}</td>'
            f'<td class="num">{row.errors}</td><td class="num">{row.warnings}</td><td class="num">{row.unverifiable}</td>'
            f"<td>{escape(row.worst or '✓')}</td></tr>")
    out.append("</tbody></table>")
    out += [
        "<h2>问题</h2>", '<div class="filters">',
        '<label>严重程度 <select id="f-severity"><option value="">全部</option>',
        *(f'<option value="{s.value}">{SEVERITY_ZH[s]}</option>' for s in Severity),
        '</select></label><label>规则 <select id="f-rule"><option value="">全部</option>',
        *_rule_options(rules),
        f'</select></label><span id="shown">显示 {len(findings)} / {len(findings)} 条</span></div>',
        '<table id="findings"><thead><tr><th data-sort="file">文件</th><th data-sort="severity">严重程度</th>'
        '<th data-sort="code">代码</th><th data-sort="rule">规则</th><th data-sort="where">位置</th><th>说明</th></tr></thead><tbody>',
    ]
    for order, (result, d) in enumerate(findings):
        loc = d.location
        place = where(result.path, loc)
        labels = " × ".join(x for x in (loc.row_label, loc.col_label) if x)
        status = '<span class="muted">（无法核对）</span>' if d.status == Status.UNVERIFIABLE else ""
        related = "".join(f'<div class="muted">另见：{escape(display_path(p))}</div>' for p in d.related)
        help_html = f'<div class="help">help: {escape(d.help)}</div>' if d.help else ""
        out.append(
            f'<tr class="finding sev-{d.severity.value}" id="finding-{order + 1}" data-order="{order}" '
            f'data-file="{escape(display_path(result.path))}" data-severity="{d.severity.value}" data-rank="{2 - d.severity.rank}" '
            f'data-code="{escape(d.code)}" data-rule="{escape(d.rule)}" data-check="{escape(d.check)}" '
            f'data-where="{escape(place)}">'
            f"<td>{escape(display_path(result.path))}</td><td class=\"sev\">{SEVERITY_ZH[d.severity]}</td><td>{escape(d.code)}</td>"
            f"<td>{escape(d.rule)}</td><td>{escape(place)}" + (f'<div class="muted">{escape(labels)}</div>' if labels else "")
            + f'</td><td><div class="msg">{escape(d.message)}{status}</div>{related}{_excerpt(d)}{help_html}</td></tr>')
    out += ["</tbody></table>", '<p id="none" hidden>没有符合条件的问题。</p>', f"<script>{_JS}</script>",
            "</body></html>", ""]
    return "\n".join(out)
