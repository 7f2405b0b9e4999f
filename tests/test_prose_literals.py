"""The literals every match of a prose pattern holds (text/literals.py): a paragraph without
them is passed by, its regex neither tried nor compiled, so they must never be wrong; and the literals whose
presence alone makes a pattern match (a section's topics), which must never be claimed for one that does not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportlint import readers
from reportlint.checks.registry import all_kinds
from reportlint.model.document import Heading, Paragraph
from reportlint.packs.applies import compile_applies
from reportlint.packs.choose import PackLoader
from reportlint.packs.load import available_packs
from reportlint.text.lazyregex import LazyRegex
from reportlint.text.literals import matches_in, may_hold_a_match, required_literals, sure_literals
from reportlint.text.mapped import normalize_mapped
from reportlint.text.numbering import section_number

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("pattern", "literals"), [
    ("不予处理(?:的)?(?:申请)?(?:[0-9]+)件", (("不予处理", "件"),)),
    ("上一?年度?结转", (("上", "年", "结转"),)),  # a character under ? or * is not required
    ("结转(?:[0-9]+)件|(?:[0-9]+)件转入", (("结转", "件"), ("件转入",))),  # one branch or the other
    ("(?:[0-9]+)|转入", ()),  # a branch without literals: nothing said
    ("(?:收到|受理)[^。;,、]{0,12}?申请", (("申请",),)),  # groups, classes and repeats are read past
    ("(?<!公开[及和或与、(])(?<!\\(含)部分公开", (("部分公开",),)),  # a ( in a class opens no group
    ("a{2,3}bc", (("bc",),)),
    ("a{x}b{,}c", (("x", "c"),)),  # "{x}" is plain text to re; "{,}" a repeat
    ("ab\\u3000cd|ef", (("ab",), ("ef",))),  # not read past an escape that stands for a character
    ("ab\\d+cd", (("ab", "cd"),)),
    ("(?i)abc", ()), ("(?x)a b", ()), ("(?#(x)ab", ()),  # flags and comments: nothing claimed
])
def test_literals_of_a_pattern(pattern, literals):
    assert required_literals(pattern) == literals


def _paragraphs() -> list[str]:
    """The normalised paragraphs of every real document in text form in the repository."""
    paths = sorted((REPO / "tests" / "corpus").glob("*.txt")) + sorted((REPO / "tests" / "corpus").glob("*.md"))
    paths += sorted((REPO / "tests" / "data" / "samples").rglob("*.txt"))
    out = []
    for path in paths:
        for block in readers.read(path).blocks:
            if isinstance(block, (Paragraph, Heading)) and block.text.strip():
                out.append(normalize_mapped(block.text)[0])
    return out


def test_every_paragraph_a_built_in_rule_matches_holds_its_literals():
    loader = PackLoader(all_kinds())
    rules = [rule for name in ("cn-gov-disclosure-2019", "cn-gov-disclosure-2021")
             for rule in loader.compiled(available_packs()[name]).parts["prose"].rules]
    assert sum(1 for rule in rules if rule.literals) >= len(rules) - 2  # nearly every rule has literals
    matched = 0
    for text in _paragraphs():
        for rule in rules:
            if re.compile(rule.regex.pattern).search(text):
                matched += 1
                assert rule.may_match(text), (rule.id, rule.literals, text)
    assert matched > 50  # the corpus states many of the tables' numbers in its prose


def test_every_title_a_legacy_title_matches_holds_its_literals():
    """``checks/base.py`` asks a pack's legacy section titles (the 2019 form's, in the 2021 pack) only of a
    heading holding their literals: every paragraph of the corpus one matches, its section number cut, holds them."""
    loader = PackLoader(all_kinds())
    titles = [pattern for name in ("cn-gov-disclosure-2019", "cn-gov-disclosure-2021")
              if (legacy := getattr(loader.compiled(available_packs()[name]).part("version"), "legacy", None))
              for pattern in legacy.titles]
    assert len(titles) >= 5
    literals = {pattern.pattern: required_literals(pattern.pattern) for pattern in titles}
    assert all(literals.values())  # each has literals: the gate passes most headings by
    matched = 0
    for text in _paragraphs():
        numbered = section_number(text)
        for title in {text, text if numbered is None else text[numbered[1]:].strip()}:
            for pattern in titles:
                if re.compile(pattern.pattern).search(title):
                    matched += 1
                    assert may_hold_a_match(literals[pattern.pattern], title), (pattern.pattern, title)
    assert matched > 20


@pytest.mark.parametrize(("pattern", "literals"), [
    ("主动[^。;,:]{0,8}?公开", ("主动公开",)),  # a class that may match nothing is left out
    ("依申请|公开申请|申请公开", ("依申请", "公开申请", "申请公开")),
    ("监督保障|督[察查]考核|保障", ("监督保障", "保障")),  # a class that must match: its branch gives none
    ("上一?年度?结转", ("上年结转",)),
    ("ab*?c|x.y|^z|w$", ("ac",)),  # . ^ $: none
    ("a+b|c{1,2}d|e{0}f|g{,3}h", ("h",)),  # a repeat that must match once at least; {0} read as no repeat here
    ("a{0,x}b", ()),  # "{0,x}" is plain text to re: not read
    ("供电企业(?:供电)?信息公开", ()), ("ab\\u3000", ()),  # groups and escapes: nothing claimed
    ("a|", ("a",)),  # the empty branch (it matches everywhere) claims no text; "a" is still sure
])
def test_sure_literals_of_a_pattern(pattern, literals):
    assert sure_literals(pattern) == literals
    for text in literals:
        assert re.search(pattern, text)  # each one alone makes the pattern match


@pytest.mark.parametrize(("pattern", "text", "found"), [
    (LazyRegex("主动[^。;,:]{0,8}?公开"), "主动向社会公开", True),  # the literals do not tell: compiled
    (LazyRegex("主动[^。;,:]{0,8}?公开"), "主动,公开", False),
    (LazyRegex("主动[^。;,:]{0,8}?公开"), "积极公开", False),  # 主动 absent: not compiled
    (LazyRegex("abc", re.I), "ABC", True),  # a case-blind pattern is always searched
    (re.compile("abc", re.I), "xABCx", True),
    (re.compile("a b", re.X), "ab", True),
])
def test_matches_in_answers_as_search(pattern, text, found):
    assert matches_in(pattern, text) is found
    assert (re.compile(pattern.pattern, re.I if "ABC" in text else re.X if " " in pattern.pattern else 0)
            .search(text) is not None) is found


def test_matches_in_settles_from_the_words_without_compiling():
    # a text holding a sure literal, or lacking a required one, is answered from the pattern's words: a LazyRegex
    # is not compiled for it (its flags read without compiling too), and asked again it answers the same
    pattern = LazyRegex("主动[^。;,:]{0,8}?公开|依申请")
    assert pattern.flags == 0
    for _ in range(2):
        assert matches_in(pattern, "主动公开政府信息") is True
        assert matches_in(pattern, "积极发布") is False
    assert pattern._compiled is None  # never compiled


def test_matches_in_answers_as_search_for_every_topic_and_excluded_kind_on_the_corpus():
    """A section's topics (checks/sections.py) and a pack's excluded kinds (packs/choose.py) are asked by
    ``matches_in``: on every paragraph and every whole text of the corpus it answers as the pattern's search."""
    loader = PackLoader(all_kinds())
    patterns = []
    for name in ("cn-gov-disclosure-2019", "cn-gov-disclosure-2021"):
        pack = loader.compiled(available_packs()[name])
        patterns += [pattern for section in pack.sections for _, pattern in section.topics]
        patterns += [pattern for _, pattern in compile_applies(loader.raw(available_packs()[name])).exclude]
    assert len(patterns) >= 7
    texts = _paragraphs()
    texts.append("".join(texts))
    found = 0
    for text in texts:
        for pattern in patterns:
            expected = re.compile(pattern.pattern).search(text) is not None
            assert matches_in(pattern, text) is expected, (pattern.pattern, text)
            found += expected
    assert found > 500
