"""The compiled-regex cache (regexcache.py): a pattern compiled in one run is given straight to the
engine in the next and matches exactly as ``re.compile`` would; a corrupt, foreign or tampered cache
is ignored; REPORTLINT_NO_CACHE=1 writes nothing; only the process that read the cache writes it."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reportlint import regexcache, regexguard

PATTERNS = [
    (r"(?P<y>[0-9０-９]{4})[ \t\u3000]*年(?P<m>[〇零一二三四五六七八九十]+)月", 0),
    (r"共计|合计|总计|(?<![公中])共(?![同享])", 0),
    (r"^(?P<sign>[-−+])?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>件|个)?$", re.IGNORECASE),
    (r"(a)(?:b)?(?P<c>c)|(?P<d>d)", re.MULTILINE | re.DOTALL),
]
TEXTS = ["2023 年十二月", "二〇二三年共计15件", "合计 -3.5 件", "公共 共同 共享 总计", "abc\nd", "ＡＢＣ 2０23年一月"]

# A child process: compile PATTERNS through the cache, print every match, say whether re.compile was called.
CHILD = r"""
import json, re, sys
from reportlint import regexcache
calls = []
real = re.compile
re.compile = lambda *a, **k: (calls.append(a[0]), real(*a, **k))[1]
patterns = json.loads(sys.argv[1]); texts = json.loads(sys.argv[2])
out = []
for pattern, flags in patterns:
    p = regexcache.compile(pattern, flags)
    out.append([p.pattern, p.flags, p.groups, dict(p.groupindex)]
               + [[m.span(), m.groupdict(), m.groups()] for t in texts for m in p.finditer(t)])
print(json.dumps({"matches": out, "compiled_afresh": sum(c in dict(patterns) for c in calls)}))
"""


def _run(tmp_path: Path, extra_env: dict[str, str] | None = None) -> dict:
    import json

    env = dict(os.environ)
    env.pop("REPORTLINT_NO_CACHE", None)
    env.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), **(extra_env or {})})
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(PATTERNS), json.dumps(TEXTS)],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def _expected() -> list:
    out = []
    for pattern, flags in PATTERNS:
        p = re.compile(pattern, flags)
        out.append([p.pattern, p.flags, p.groups, dict(p.groupindex)]
                   + [[list(m.span()), m.groupdict(), list(m.groups())] for t in TEXTS for m in p.finditer(t)])
    return out


def _cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "reportlint" / f"regex-{sys.implementation.cache_tag}.marshal"


def _new_process(monkeypatch) -> None:
    """regexcache's state as a process starts with it (nothing read yet; no atexit hook from a test)."""
    for name, value in {"_compiled": None, "_live": {}, "_safe": set(), "_used": set(), "_safe_used": set(),
                        "_changed": False, "_registered": True, "_owner_pid": 0}.items():
        monkeypatch.setattr(regexcache, name, value)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A fresh process's regexcache with its cache folder under tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("REPORTLINT_NO_CACHE", raising=False)
    _new_process(monkeypatch)


def test_second_run_takes_the_compiled_form_from_the_cache_and_matches_the_same(tmp_path):
    first = _run(tmp_path)
    assert first == {"matches": _expected(), "compiled_afresh": len(PATTERNS)}
    assert _cache_file(tmp_path).is_file()
    second = _run(tmp_path)
    assert second == {"matches": _expected(), "compiled_afresh": 0}


def test_no_cache_variable_writes_nothing(tmp_path):
    assert _run(tmp_path, {"REPORTLINT_NO_CACHE": "1"}) == {"matches": _expected(), "compiled_afresh": len(PATTERNS)}
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other_python", "bad_code"])
def test_damaged_or_foreign_cache_is_ignored_and_rewritten(tmp_path, damage):
    _run(tmp_path)
    path = _cache_file(tmp_path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00not marshal at all")
    else:
        stamp, compiled, safe = marshal.loads(data)
        if damage == "other_python":
            stamp = (stamp[0], "2.7.18 (a different build)", *stamp[2:])
        else:  # an opcode list the engine must reject, for every pattern
            compiled = {key: (e[0], [999999] * len(e[1]), *e[2:]) for key, e in compiled.items()}
        path.write_bytes(marshal.dumps((stamp, compiled, safe)))
    again = _run(tmp_path)
    assert again == {"matches": _expected(), "compiled_afresh": len(PATTERNS)}
    assert _run(tmp_path) == {"matches": _expected(), "compiled_afresh": 0}  # mended by that run


@pytest.mark.usefixtures("fresh_cache")
def test_only_the_process_that_read_the_cache_writes_it(tmp_path, monkeypatch):
    regexcache.compile(r"[一二三]+号")
    monkeypatch.setattr(regexcache, "_owner_pid", os.getpid() + 1)  # as a forked worker sees it
    regexcache.save()
    assert not _cache_file(tmp_path).exists()
    monkeypatch.setattr(regexcache, "_owner_pid", os.getpid())
    regexcache.save()
    _stamp, compiled, safe = marshal.loads(_cache_file(tmp_path).read_bytes())
    assert list(compiled) == [(r"[一二三]+号", 0)] and safe == frozenset()


@pytest.mark.usefixtures("fresh_cache")
def test_a_large_cache_keeps_only_what_the_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)
    for i in range(5):
        regexcache.compile(f"x{i}[甲乙]")
    monkeypatch.setattr(regexcache, "_used", {("x4[甲乙]", 0)})
    monkeypatch.setattr(regexcache, "_safe", {f"y{i}" for i in range(5)})
    monkeypatch.setattr(regexcache, "_safe_used", {"y1"})
    regexcache.save()
    _stamp, compiled, safe = marshal.loads(_cache_file(tmp_path).read_bytes())
    assert list(compiled) == [("x4[甲乙]", 0)] and safe == frozenset({"y1"})


@pytest.mark.usefixtures("fresh_cache")
def test_backtracking_verdicts_are_kept_only_for_safe_patterns(tmp_path, monkeypatch):
    assert regexguard.backtracking_risk(r"(?:收到|受理)[^。]{0,12}?申请") is None
    assert regexguard.backtracking_risk(r"(a+)+b") == "含有嵌套量词（重复里又有重复，例如 (a+)+）"
    assert regexcache._safe == {r"(?:收到|受理)[^。]{0,12}?申请"}
    regexcache.save()
    _new_process(monkeypatch)
    assert regexcache.known_safe(r"(?:收到|受理)[^。]{0,12}?申请")
    assert not regexcache.known_safe(r"(a+)+b")
    assert regexguard.backtracking_risk(r"(a+)+b") == "含有嵌套量词（重复里又有重复，例如 (a+)+）"


def test_the_command_saves_the_cache_at_exit(tmp_path):
    """``reportlint`` ends with os._exit after running the exit handlers (cli.run): the cache a
    first run compiled is on disk afterwards, and the output is complete."""
    from reportgen import make_report, write_report

    report = tmp_path / "r.md"
    write_report(make_report(2023, seed=2).set_t3("granted", 0, 50), report)
    env = dict(os.environ)
    env.pop("REPORTLINT_NO_CACHE", None)
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    cmd = [sys.executable, "-m", "reportlint", "check", "--today", "2026-01-01", str(report)]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert first.returncode == 1 and first.stdout.rstrip().endswith("（检查了 1 个文件）")
    _stamp, compiled, safe = marshal.loads(_cache_file(tmp_path).read_bytes())
    assert len(compiled) > 50 and len(safe) > 10  # cnparse's, the pack's and its prose patterns
    second = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)


def test_a_cache_folder_that_cannot_be_made_is_no_cache(tmp_path):
    """XDG_CACHE_HOME naming a file: the run compiles as usual, prints the same, writes nothing."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    first = _run(tmp_path, {"XDG_CACHE_HOME": str(blocker)})
    assert first == {"matches": _expected(), "compiled_afresh": len(PATTERNS)}
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.usefixtures("fresh_cache")
def test_an_entry_is_stored_only_if_the_engine_rebuilds_the_same_pattern(monkeypatch):
    """Where the steps regexcache copies from re's compiler would give other code (another Python),
    nothing is stored: here the copy gives valid code of another pattern with the same groups (the
    engine accepts it; only its size tells it apart)."""
    real = regexcache._compiler_output

    def other_code(pattern, flags):
        flags_out, _code, *rest = real(pattern, flags)
        return (flags_out, real(pattern + "件件", flags)[1], *rest)

    other = other_code(r"(?P<n>[一二三]+)件", 0)
    assert regexcache._engine_compile(r"(?P<n>[一二三]+)件", other).fullmatch("二件") is None  # valid, and wrong
    monkeypatch.setattr(regexcache, "_compiler_output", other_code)
    pattern = regexcache.compile(r"(?P<n>[一二三]+)件")
    assert pattern.match("二三件").group("n") == "二三"
    assert regexcache._entries() == {}
