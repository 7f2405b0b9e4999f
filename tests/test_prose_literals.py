"""The literals every match of a prose pattern holds (text/literals.py): a paragraph without
them is passed by, its regex neither tried nor compiled, so they must never be wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportlint import readers
from reportlint.checks.registry import all_kinds
from reportlint.model.document import Heading, Paragraph
from reportlint.packs.choose import PackLoader
from reportlint.packs.load import available_packs
from reportlint.text.literals import may_hold_a_match, required_literals
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
