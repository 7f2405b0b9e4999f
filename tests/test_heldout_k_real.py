"""Real reports of the seventh held-out round, slice k (r850–r861: town, street and county/district governments and
their offices, 2023–2025).  Each test reads the real text as it was found and asserts the exact findings: a 其中 list
that breaks down the two counts before it together (received + carried over), not only the nearest one; and a
list over its total that is still an error.  A counter-case written into a copy of the real text (in a tmp folder)
shows the finding is still made where it is due."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

CORPUS = Path(__file__).parent / "corpus"


def corpus(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob(f"{prefix}_*") if not p.name.endswith(".labels.yaml")]
    return path


def findings(path: Path, code: str) -> list[tuple[str, str, str | None, str | None]]:
    file = run_cli("check", "--format", "json", "--today", "2026-06-30", "--isolated", path).json["files"][0]
    return [(d["severity"], d["message"], d["expected"], d["actual"]) for d in file["diagnostics"] if d["code"] == code]


# --- a 其中 list of the received and the carried-over together (r850) ------------------------------------------------

SENTENCE = "2023年共收到政府信息公开申请59件,上年度结转办理2件,其中结转2024年度7件,其余54件全部按时答复。"


def test_a_list_of_the_two_counts_before_it_is_no_sum_of_the_nearest():
    # r850 (红桥区人民政府办公室 2023): 7 + 54 = 59 + 2; before, RL701 error "7+54 = 61, 合计为 2 件"
    assert SENTENCE in corpus("r850").read_text(encoding="utf-8")
    assert findings(corpus("r850"), "RL701") == []


def test_the_same_list_that_adds_up_to_neither_is_still_an_error(tmp_path):
    text = corpus("r850").read_text(encoding="utf-8")
    path = tmp_path / "r850-wrong.txt"
    path.write_text(text.replace("其余54件", "其余64件"), encoding="utf-8")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：7+64 = 71，但写明的合计为 2 件，各分项之和多出 69 件", "71", "2")]


def test_a_count_stated_as_a_total_keeps_its_own_list(tmp_path):
    # "合计2件" says the list is of 2 alone: 7+54 is over it whatever comes before
    text = corpus("r850").read_text(encoding="utf-8")
    path = tmp_path / "r850-total.txt"
    path.write_text(text.replace("上年度结转办理2件", "上年度结转办理合计2件"), encoding="utf-8")
    assert [f[0] for f in findings(path, "RL701")] == ["error"]


# --- parts over their total stay an error (r851) ---------------------------------------------------------------------

def test_two_channels_over_the_total_they_are_said_to_make_up():
    # r851 (勉县 2023): 4042条,其中…共计1495条,信息公开栏公开信息2918条 — 4413 > 4042
    assert findings(corpus("r851"), "RL701") == [
        ("error", "文中合计不成立：1495+2918 = 4413，但写明的合计为 4042 条，各分项之和多出 371 条", "4413", "4042")]
