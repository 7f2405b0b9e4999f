"""Hostile input, item 11: every regex a pack holds is compiled and vetted when the pack is loaded,
by our own parser of the public regex syntax (``packs/regexparse.py``, ``packs/regexrisk.py``; the
standard library's ``re._parser`` is private), and the shapes that make ``re`` backtrack for ever
are refused wherever a pack can hold a pattern: adjacent repeats (``a*a*a*a*a*a*b`` took over 60 s
on a 100-character heading), bounded repeats of optional items (``(?:a?){28}a{28}``: 25 s),
nested repeats (``(a+)+$`` hung ``check``) and alternatives in repeats (``(a|ab)*c``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import TIMEOUT, TODAY, report_folder, reportlint, snapshot
from reportlint.packs.regexes import backtracking_risk

REPO = Path(__file__).resolve().parents[1]
NESTED = "含有嵌套量词（重复里又有重复，例如 (a+)+）"
BRANCHES = "在重复的分组中使用了可以匹配相同文字的 | 分支（例如 (a|ab)*）"
ADJACENT = "含有相邻、可以匹配相同字符的重复（例如 a*a*b 或 .*x.*y）"

# Each shape with the reason it is refused for.
RISKY = [
    ("a*a*a*a*a*a*b", ADJACENT),
    ("(?:a?){28}a{28}", NESTED),
    ("(a+)+$", NESTED),
    ("(a|ab)*c", BRANCHES),
    ("a?" * 28 + "a" * 28, ADJACENT),
    ("\\d+\\d+件", ADJACENT),
    (".*政府.*报告$", ADJACENT),
    ("(?:\\s*,\\s*)+$", NESTED),
    ("(?i)a*A*!", ADJACENT),
    ("(x+x+)+y", NESTED),
    ("(?:报告|报)+x", BRANCHES),
    ("(?=(a+)+b)", NESTED),
]

# Where a pack holds a pattern, as a pack that puts PATTERN there, and the key it is reported at.
PLACES = {
    "applies.title": ("applies:\n  title: 'PATTERN'\n", 5, "applies.title"),
    "report.year_pattern": ("report:\n  year_pattern: 'PATTERN'\n", 5, "report.year_pattern"),
    "report.town_title": ("report:\n  town_title: 'PATTERN'\n", 5, "report.town_title"),
    "report.government_title": ("report:\n  government_title: 'PATTERN'\n", 5, "report.government_title"),
    "sections.numbering": ("sections:\n  numbering: 'PATTERN'\n", 5, "sections.numbering"),
    "sections.match": ("sections:\n  items:\n    - {id: s, title: 一、总体情况, match: 'PATTERN'}\n", 6,
                       "sections.s.match"),
    "sections.variants": ("sections:\n  items:\n    - {id: s, title: 一、总体情况, variants: ['PATTERN']}\n", 6,
                          "sections.s.variants"),
    "sections.topics": ("sections:\n  items:\n    - id: s\n      title: 一、总体情况\n"
                        "      topics: [{name: 平台, match: 'PATTERN'}]\n", 6, "sections.s.topics"),
    "tables.caption": ("tables:\n  - id: x\n    caption: '~PATTERN'\n    columns: {a: 甲}\n    rows: {r: 乙}\n", 6,
                       "tables.x.caption"),
    "tables.label": ("tables:\n  - id: x\n    columns: {a: '~PATTERN'}\n    rows: {r: 乙}\n", 6, "tables.x.columns.a"),
    "tables.alias": ("tables:\n  - id: x\n    columns: {a: {label: 甲, aliases: ['申请/~PATTERN']}}\n    rows: {r: 乙}\n", 6,
                     "tables.x.columns.a.aliases"),
    "values.when_title": ("values:\n  - {id: v, table: t3, row: new, column: natural, max: 0, when_title: 'PATTERN'}\n", 5,
                          "values.v.when_title"),
    "dates.period": ("dates:\n  period: 'PATTERN'\n", 5, "dates.period"),
    "prose.pattern": ("prose:\n  - id: p\n    pattern: 'PATTERN{n}件'\n    numbers: {n: 't3[new,total]'}\n", 6,
                      "prose.p.pattern"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return report_folder(tmp_path)


@pytest.mark.parametrize(("pattern", "why"), RISKY)
def test_the_shape_is_refused(pattern, why):
    re.compile(pattern)  # a valid pattern: refused for its shape, not its syntax
    assert backtracking_risk(pattern) == why


@pytest.mark.parametrize("pattern", [
    "(ab|ac)*b", "(?:报告|年度)+x", "(?:报告|年度报告)+", "(\\d+,)*x", "\\d+(?:\\.\\d+)?", "a*(?:ba*)*", "(?>a+)+b",
    "(?:\\d{3},)*\\d", "[^。;]{0,60}?行政诉讼", "\\w+\\s+\\w+", "x*y*z*", "(?:收到|受理)[^。;,、]{0,12}?申请",
    "政府信息公开.*年度报告", "(?P<number>\\d{1,2})[.)]", "Q[1-4](?P<year>(?:19|20)\\d{2})", "人民政府(?!办公室|办)",
])
def test_a_safe_shape_is_accepted(pattern):
    assert backtracking_risk(pattern) is None


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize(("pattern", "why"), [RISKY[0], RISKY[1], RISKY[2], RISKY[3]])
def test_every_place_a_pack_holds_a_pattern_is_vetted(folder, place, pattern, why):
    body, line, key = PLACES[place]
    pack = folder / "pack.yaml"
    pack.write_text("pack: p\nname: P\nextends: cn-gov-disclosure-2021\n" + body.replace("PATTERN", pattern),
                    encoding="utf-8")
    before = snapshot(folder)
    listed = reportlint("pack", "check", pack)
    shown = repr(pattern + "{n}件") if place == "prose.pattern" else repr(pattern)
    problem = f"{pack}:{line}: {key}: 正则表达式 {shown} {why}，可能导致灾难性回溯；请改写"
    assert (listed.returncode, listed.stdout) == (2, f"{problem}\n✗ 1 个问题（{pack}）\n")
    checked = reportlint("check", "--today", TODAY, "--pack", pack, folder / "report.md")
    assert (checked.returncode, checked.stdout, checked.stderr) == (2, "", f"reportlint: {problem}\n")
    assert snapshot(folder) == before


def test_a_pack_of_too_many_regexes(folder):
    """Compiling a regex with a CJK class costs about a millisecond: 12,000 of them took 12.7 s."""
    variants = ", ".join(f"'^[一二三四五六七八九十]{{1,3}}年{i}$'" for i in range(2_100))
    pack = folder / "pack.yaml"
    pack.write_text("pack: p\nname: P\nextends: cn-gov-disclosure-2021\nsections:\n  items:\n"
                    f"    - {{id: s, title: 一、总体情况, variants: [{variants}]}}\n", encoding="utf-8")
    done = reportlint("pack", "check", pack)
    assert (done.returncode, done.stdout) == (2, f"{pack}:6: sections.s.variants: 规则包中的正则表达式过多（超过 2000 个）\n"
                                                 f"✗ 1 个问题（{pack}）\n")


def test_a_refused_pattern_never_meets_a_long_heading(folder):
    """The pattern that took over a minute on a 100-character heading: refused at once, the report
    untouched."""
    report = folder / "report.md"
    report.write_text("# " + "a" * 100 + "\n\n" + report.read_text(encoding="utf-8"), encoding="utf-8")
    pack = folder / "pack.yaml"
    pack.write_text("pack: p\nname: P\nextends: cn-gov-disclosure-2021\nsections:\n  items:\n"
                    "    - {id: s, title: 一、总体情况, match: 'a*a*a*a*a*a*b'}\n", encoding="utf-8")
    done = reportlint("check", "--today", TODAY, "--pack", pack, report)
    assert done.returncode == 2
    assert done.stderr.startswith(f"reportlint: {pack}:6: sections.s.match: 正则表达式 'a*a*a*a*a*a*b' ")


@pytest.mark.parametrize("pack", ["rules/cn-gov-disclosure-2019.yaml", "rules/cn-gov-disclosure-2021.yaml",
                                  "examples/packs/quarterly-financial-report.yaml"])
def test_every_built_in_pattern_is_accepted(pack):
    done = reportlint("pack", "check", REPO / pack)
    assert (done.returncode, done.stderr) == (0, ""), done.stdout
    assert done.stdout.startswith("✓ ")


def test_what_the_check_accepts_never_backtracks_for_ever():
    """Thousands of random patterns over a, b and a few sets: each one the check accepts is searched
    in adversarial texts of 40 characters (2^40 steps for a missed exponential shape, 40^6 for a
    chain of six repeats).  A miss hangs the child process, and the time bound fails the test."""
    code = r'''
import random, re, sys
from reportlint.packs.regexes import backtracking_risk
rng = random.Random(2024)
ATOMS = ["a", "b", "[ab]", ".", "a?", "[^b]", "(?:a|ab)", "a{2}", "\\s*", "a*?", "\\w"]
def gen(depth=0):
    r = rng.random()
    if depth > 3 or r < 0.35:
        node = rng.choice(ATOMS)
    elif r < 0.6:
        node = "(?:" + "".join(gen(depth + 1) for _ in range(rng.randint(2, 4))) + ")"
    else:
        node = "(?:" + "|".join(gen(depth + 1) for _ in range(rng.randint(2, 3))) + ")"
    if rng.random() < 0.45:
        node += rng.choice(["*", "+", "?", "{0,3}", "{2,}", "{1,5}", "*?", "{3}", "{0,28}"])
    return node
texts = ["a" * 40 + "c", "ab" * 20 + "c", "aab" * 13 + "c", "b" * 40 + "c", " a" * 20 + "c"]
accepted = 0
for _ in range(12000):
    pattern = "".join(gen() for _ in range(rng.randint(1, 4))) + "!"
    try:
        compiled = re.compile(pattern)
    except re.error:
        continue
    if backtracking_risk(pattern) is None:
        accepted += 1
        for text in texts:
            compiled.search(text)
print(accepted)
'''
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 1000  # enough patterns were accepted to mean something


def test_no_private_regex_internals_are_used():
    """The guard reads only the public syntax: nothing imports or touches re._parser, re._constants,
    re._compiler, _sre or the old sre_* modules."""
    import ast

    private_modules = {"_sre", "sre_parse", "sre_compile", "sre_constants"}
    used = []
    for path in sorted((REPO / "src").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
                names = [f"re.{node.attr}"]
            if any(n.split(".")[0] in private_modules or n.startswith("re._") for n in names):
                used.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert used == []
