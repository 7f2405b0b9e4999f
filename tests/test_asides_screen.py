"""``asides.may_be_aside``, the screen the text reader asks before ``is_aside`` (branch inproc16): it must say no only
where ``is_aside`` says no — of a line, and of the line with its pipes and tabs as spaces (a row's fields joined, what
``textlines`` hands ``is_aside``) — else a telephone line or a note would be read as a table row again.  Checked over
every line of the repository's texts and Markdown files, over generated lines, and on the edges of its definition.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from reportlint.text.asides import is_aside, may_be_aside

TEXTS = sorted([*(REPO / "tests").rglob("*.txt"), *(REPO / "tests").rglob("*.md"), *(REPO / "examples").rglob("*.md")])


def _joined(line: str) -> str:
    return line.replace("|", " ").replace("\t", " ")


def _screen_misses(lines: list[str]) -> list[str]:
    """Lines ``is_aside`` says yes to (as written, stripped, or joined) that the screen lets through as no."""
    missed = []
    for line in lines:
        stripped = line.strip()
        for text in (line, stripped, _joined(stripped)):
            if is_aside(text) and not may_be_aside(stripped):
                missed.append(line)
    return missed


def test_the_screen_passes_every_aside_of_the_corpus():
    lines = [line for path in TEXTS for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    asides = [line for line in lines if is_aside(_joined(line.strip()))]
    assert len(TEXTS) > 1000 and len(asides) > 100  # the corpus holds real asides: the assertion below is not empty
    assert _screen_misses(lines) == []
    # and it screens: most lines of the corpus (rows and prose) are never handed to is_aside
    assert sum(map(may_be_aside, lines)) < len(lines) / 2


@pytest.mark.parametrize("line", [
    "联系电话 | 0591 8765432 |", "| 注：本表数据由各科室填报 |", "邮编\t350001", "（单位：万元）", "( (注：本表)",
    "（\xa0注：本表数据由各科室填报）", "【 单位：件", "\u3000\u3000说明：以上数据单位为件", "闽公网安备 35010202000123号",
    "京ICP备12345678号", "| 2024年1月15日 |", "2024-01-15",
])
def test_an_aside_passes_the_screen(line):
    assert may_be_aside(line.strip())


@pytest.mark.parametrize("line", ["规章 | 0 | 0 | 0", " | （三）不予公开 | 5 | 1", "（一）予以公开 | 3 |",
                                  "本年度未收取信息处理费。", "| ( | （", ""])
def test_a_row_or_prose_is_screened_out(line):
    assert not is_aside(_joined(line.strip()))
    assert not may_be_aside(line.strip())


LINE = st.text(alphabet=st.sampled_from(list("注单位电话联系备ICP公网安证2024年1月15日-.：: （(【[|\t\u3000\xa0\u2002规章一、")),
               max_size=24)


@settings(max_examples=500, deadline=None)
@given(LINE)
def test_the_screen_never_drops_a_yes(line):
    assert _screen_misses([line]) == []
