"""Hostile input, items 15-17: what reportlint writes can never hurt its reader, and is the same
however many processes checked the files.

- A report's text and a file's name reach the output: ESC, BEL, CR, C1 controls and bidirectional
  controls are written as ``\\uXXXX`` in every human format (text, concise, github, summary,
  statistics, HTML) and as JSON escapes in JSON and SARIF, so nothing erases a line or retitles a
  terminal.
- A file name that is not UTF-8 (the byte 0xFF) is ``\\udcff`` in every format: a JSON escape that
  decodes to Python's own name for it (``os.fsencode`` gives the bytes back), percent-encoded bytes
  in a SARIF URI (``%FF``).  SARIF used to end in exit 2 with no output; JSON held the raw byte.
- Every format is byte-identical with ``--jobs 1`` and ``--jobs 2`` over a folder large enough for
  a pool of two workers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import TIMEOUT, TODAY, snapshot, write_named
from reportgen import make_report, to_docx, to_markdown, to_text

ESCAPES = "3\x1b[2K\x1b]0;pwned\x07\x9b1m\u202e"  # erase the line, retitle the window, C1 CSI, right-to-left
SHOWN = "3\\u001b[2K\\u001b]0;pwned\\u0007\\u009b1m\\u202e"
ESC_NAME = b"a\x1b[31mred.md"
BAD_NAME = b"bad\xffname.md"
FORMATS = [("--format", "text"), ("--format", "concise"), ("--format", "github"), ("--format", "json"),
           ("--format", "jsonl"), ("--format", "sarif"), ("--format", "html"), ("--summary",), ("--statistics",),
           ("--statistics", "--format", "json")]


def _fmt_id(fmt: tuple[str, ...]) -> str:
    return "-".join(a.lstrip("-") for a in fmt)


def _run(*args: str | Path | bytes) -> subprocess.CompletedProcess:
    """The command with its output as bytes (exactly what reaches a terminal or a file)."""
    cmd = [sys.executable, "-m", "reportlint", *(a if isinstance(a, bytes) else str(a) for a in args)]
    return subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, check=False)


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    text = to_markdown(make_report(2023, 1))
    row = next(line for line in text.splitlines() if line.startswith("| 二、上年结转"))
    cells = row.split("|")
    cells[4] = f" {ESCAPES} "
    write_named(folder, ESC_NAME, text.replace(row, "|".join(cells)))
    write_named(folder, BAD_NAME, to_markdown(make_report(2023, 1).set_t3("new", 0, 99)))
    return folder



def _assert_harmless(out: bytes) -> str:
    text = out.decode("utf-8")  # valid UTF-8: no raw 0xFF
    dangerous = [ch for ch in text if ch not in "\t\n" and (ord(ch) < 0x20 or 0x7f <= ord(ch) <= 0x9f or ch in
                                                              "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")]
    assert dangerous == []
    return text


@pytest.mark.parametrize("fmt", FORMATS, ids=_fmt_id)
def test_no_control_character_or_raw_byte_reaches_the_reader(hostile_folder, fmt):
    before = snapshot(hostile_folder)
    done = _run("check", "--today", TODAY, "--color", "never", *fmt, hostile_folder)
    assert done.returncode == 1, done.stderr
    out = _assert_harmless(done.stdout)
    assert done.stderr == b""
    name = fmt[-1].lstrip("-")
    if "--statistics" in fmt and name == "json":  # counts per rule as JSON: no path, no message
        assert [(s["code"], s["rule"], s["count"]) for s in json.loads(out)["statistics"]] == [
            ("RL401", "t3.balance", 1), ("RL401", "t3.row-total", 1), ("RL402", "t3.balance", 1),
            ("RL402", "t3.row-total", 1), ("RL502", "values.not-number", 1)]
        return
    if name in ("json", "sarif"):
        return  # read as JSON below
    if name == "statistics":  # counts per rule: no path, no message
        assert out.splitlines() == ["1  RL401  t3.balance         error", "1  RL401  t3.row-total       error",
                                    "1  RL402  t3.balance         warning", "1  RL402  t3.row-total       warning",
                                    "1  RL502  values.not-number  error"]
        return
    assert f"{hostile_folder}/a\\u001b[31mred.md" in out
    assert f"{hostile_folder}/bad\\udcffname.md" in out
    if name != "summary":  # the summary shows the worst finding of each file, clipped
        assert SHOWN in out
    assert snapshot(hostile_folder) == before


def test_concise_lines_are_exact(hostile_folder):
    done = _run("check", "--today", TODAY, "--format", "concise", hostile_folder)
    lines = _assert_harmless(done.stdout).splitlines()
    assert lines[0] == (f"{hostile_folder}/a\\u001b[31mred.md:46:28: RL502 单元格“{SHOWN}”不是数字"
                        "（二、上年结转政府信息公开申请数量/申请人情况/自然人）")
    assert [line.split(": ")[0] for line in lines[3:]] == [f"{hostile_folder}/bad\\udcffname.md:45:57",
                                                           f"{hostile_folder}/bad\\udcffname.md:68:17"]


def test_json_keeps_the_exact_name_and_text_as_escapes(hostile_folder):
    done = _run("check", "--today", TODAY, "--format", "json", hostile_folder)
    out = _assert_harmless(done.stdout)
    assert '\\u001b' in out and '\\udcff' in out
    files = json.loads(out)["files"]
    assert [os.fsencode(f["path"]) for f in files] == [os.fsencode(hostile_folder) + b"/" + ESC_NAME,
                                                       os.fsencode(hostile_folder) + b"/" + BAD_NAME]
    assert files[0]["diagnostics"][0]["actual"] == ESCAPES  # the text itself, losslessly


def test_sarif_uris_are_the_percent_encoded_bytes(hostile_folder):
    done = _run("check", "--today", TODAY, "--format", "sarif", hostile_folder)
    log = json.loads(_assert_harmless(done.stdout))
    uris = sorted({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]})
    assert uris == [f"file://{hostile_folder}/a%1B%5B31mred.md", f"file://{hostile_folder}/bad%FFname.md"]


def test_errors_on_stderr_are_escaped_too(tmp_path):
    (tmp_path / "report.md").write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    pack = os.fsencode(tmp_path) + b"/x\x1b[2K\xff.yaml"
    done = _run("check", "--pack", pack, tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode("utf-8") == (f"reportlint: 找不到规则包 '{tmp_path}/x\\u001b[2K\\udcff.yaml'"
                                           "（内置：cn-gov-disclosure-2019, cn-gov-disclosure-2021）\n")


def test_a_packs_own_text_is_shown_escaped(tmp_path):
    """pack check, rules and rule print what a pack says (names, titles, documentation, keys)."""
    pack = tmp_path / "pack.yaml"
    body = ('pack: p\nname: "\\e]0;pwned\\a"\nextends: cn-gov-disclosure-2021\nidentities:\n  - id: t3.balance\n'
            '    table: t3\n    assert: new + carried_over == results_total + carry_forward\n'
            '    title: "\\e[31mred"\n    doc: "\\e[2Kerased"\n')
    pack.write_text(body + '"\\e[1mkey": 1\n', encoding="utf-8")
    listed = _run("pack", "check", pack)
    assert listed.returncode == 2
    assert _assert_harmless(listed.stdout).startswith(f"{pack}:10: \\u001b[1mkey: 未知的键 '\\u001b[1mkey'")
    pack.write_text(body, encoding="utf-8")
    rule = _run("rule", "t3.balance", "--pack", pack)
    assert rule.returncode == 0, rule.stderr
    assert _assert_harmless(rule.stdout).startswith("RL401 t3.balance  (arithmetic, error)\n\\u001b[31mred\n\n"
                                                    "\\u001b[2Kerased\n\n")
    rules = _run("rules", "--pack", pack)
    assert _assert_harmless(rules.stdout).splitlines()[0] == "p — \\u001b]0;pwned\\u0007"


def test_jsonl_lines_keep_the_exact_name_as_escapes(hostile_folder):
    done = _run("check", "--today", TODAY, "--format", "jsonl", hostile_folder)
    lines = _assert_harmless(done.stdout).splitlines()
    assert [os.fsencode(json.loads(line)["path"]) for line in lines[:-1]] == [
        os.fsencode(hostile_folder) + b"/" + ESC_NAME, os.fsencode(hostile_folder) + b"/" + BAD_NAME]
    assert json.loads(lines[-1])["summary"]["files"] == 2


def test_a_large_run_spools_an_undecodable_name_and_reads_it_back():
    """Past SPOOL_AFTER files the results wait in a temporary file: a name's lone surrogate must go
    there and come back (UTF-8 alone cannot encode it)."""
    from reportlint.app.store import RunStore
    from reportlint.model.diagnostics import FileResult

    store = RunStore(spool_after=0)
    result = FileResult(os.fsdecode(b"/r/" + BAD_NAME), "md", None, None, [])
    store.add(result, None, False)
    try:
        assert os.fsencode(store.result(0).path) == b"/r/" + BAD_NAME
    finally:
        store.close()


def test_a_baseline_of_an_undecodable_name_reads_back(hostile_folder, tmp_path):
    baseline = tmp_path / "baseline.json"
    made = _run("baseline", "--today", TODAY, "-o", baseline, hostile_folder)
    assert made.returncode == 0, made.stderr
    _assert_harmless(baseline.read_bytes())
    again = _run("check", "--today", TODAY, "--format", "json", "--baseline", baseline, hostile_folder)
    assert again.returncode == 0, again.stderr
    assert [f["diagnostics"] for f in json.loads(again.stdout)["files"]] == [[], []]


# -- item 17: --jobs 1 and --jobs 2 ------------------------------------------------------------

@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:
    """Ten reports of three agencies and years (cross-year pairs), in all three formats, some with
    findings, and the two hostile names: enough for two workers."""
    from reportlint.app.parallel import MIN_FILES_PER_WORKER

    folder = tmp_path_factory.mktemp("jobs") / "reports"
    folder.mkdir()
    for i in range(10):
        report = make_report(2021 + i % 3, i, agency=["甲县", "乙县", "丙县"][i % 3] + "市场监督管理局")
        if i % 4 == 1:
            report = report.set_t3("new", 0, 99)
        if i % 3 == 0:
            (folder / f"r{i}.md").write_text(to_markdown(report), encoding="utf-8")
        elif i % 3 == 1:
            (folder / f"r{i}.txt").write_text(to_text(report), encoding="utf-8")
        else:
            to_docx(report, folder / f"r{i}.docx")
    write_named(folder, BAD_NAME, to_markdown(make_report(2023, 5)))
    assert len(list(folder.iterdir())) // MIN_FILES_PER_WORKER >= 2  # a pool of two really runs
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS, ids=_fmt_id)
def test_every_format_is_the_same_with_one_or_two_processes(big_folder, fmt):
    before = snapshot(big_folder)
    one = _run("check", "--today", TODAY, "--color", "never", "--jobs", "1", *fmt, big_folder)
    two = _run("check", "--today", TODAY, "--color", "never", "--jobs", "2", *fmt, big_folder)
    assert one.returncode == 1, one.stderr
    assert (two.returncode, two.stderr, two.stdout) == (one.returncode, one.stderr, one.stdout)
    assert one.stdout.strip()
    assert snapshot(big_folder) == before
