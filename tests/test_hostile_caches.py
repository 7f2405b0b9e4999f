"""Hostile input, items 1-2: reportlint keeps no cache between runs, so nothing planted where its
caches used to be can run code, crash the regex engine or change a finding.

Earlier versions read ``$XDG_CACHE_HOME/reportlint/pack-*.pickle`` (unpickled: code execution from
a writable folder) and ``regex-<python>.marshal`` (opcode lists handed to the regex engine's private
compiler: a crafted one could crash it, and its "known safe" set let a pattern skip the
backtracking check).  Both were removed; these tests plant crafted files of every kind that used to
be read, where they used to be read (``$XDG_CACHE_HOME`` and ``~/.cache``), and show that ``check``
gives the same output and exit code as without them, that no marker file appears, and that the
cache folder is left exactly as it was.
"""

from __future__ import annotations

import marshal
import pickle
import sys
import zlib
from pathlib import Path

import pytest

from hostile import TODAY, reportlint, snapshot
from reportgen import make_report, to_markdown
from reportlint import __version__

REPO = Path(__file__).resolve().parents[1]


class _Planted:
    """Unpickling this opens (so creates) the marker file: what a crafted cache entry could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return open, (str(self.marker), "w")


def _plant(cache: Path, marker: Path) -> None:
    """Crafted files named as the old pack and regex caches named theirs."""
    folder = cache / "reportlint"
    folder.mkdir(parents=True)
    version = zlib.crc32(f"{__version__}{sys.version}".encode())
    for pack in sorted((REPO / "rules").glob("*.yaml")):  # the old entry name of each built-in pack
        name = f"pack-{zlib.crc32(str(pack.resolve()).encode()):08x}{version:08x}.pickle"
        (folder / name).write_bytes(pickle.dumps(_Planted(marker)))
    (folder / "pack-0000000000000000.pickle").write_bytes(pickle.dumps(_Planted(marker)))
    stamp = (1, sys.version, sys.implementation.cache_tag, 20221023, 4)
    bogus = (0, [0xFFFF, 17, 99999, 0, 1, 2], 0, {}, (None,))  # opcodes no engine accepts
    entries = {("^主动公开政府信息情况$", 0): bogus, ("(?:收到|受理)", 0): bogus, ("(a+)+$", 0): bogus}
    safe = frozenset({"(a+)+$", "a*a*a*a*a*a*b"})  # the old "passed the backtracking check" set
    (folder / f"regex-{sys.implementation.cache_tag}.marshal").write_bytes(marshal.dumps((stamp, entries, safe)))
    (folder / "regex-cpython-311.marshal").write_bytes(b"\x00\xff garbage")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.md").write_text(to_markdown(make_report(2023, 1)), encoding="utf-8")
    (folder / "bad.md").write_text(to_markdown(make_report(2023, 2).set_t3("new", 0, 99)), encoding="utf-8")
    return folder


@pytest.mark.parametrize("where", ["XDG_CACHE_HOME", "HOME"])
def test_planted_cache_files_are_never_read(tmp_path, work, where):
    marker = tmp_path / "marker"
    clean_cache, planted_cache = tmp_path / "clean", tmp_path / "planted"
    clean_cache.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    _plant(planted_cache if where == "XDG_CACHE_HOME" else home / ".cache", marker)
    args = ("check", "--format", "json", "--today", TODAY, work)
    plain = reportlint(*args, env={"XDG_CACHE_HOME": str(clean_cache), "HOME": str(home / "elsewhere")})
    assert plain.returncode == 1, plain.stderr
    before = snapshot(tmp_path)
    env = {"XDG_CACHE_HOME": str(planted_cache)} if where == "XDG_CACHE_HOME" else {"XDG_CACHE_HOME": "",
                                                                                      "HOME": str(home)}
    for extra in ((), ("--format", "text"), ("--jobs", "2")):
        done = reportlint(*args, *extra, env=env)
        again = reportlint(*args, *extra, env={"XDG_CACHE_HOME": str(clean_cache), "HOME": str(home / "elsewhere")})
        assert (done.returncode, done.stdout, done.stderr) == (again.returncode, again.stdout, again.stderr)
        if not extra:
            assert (done.returncode, done.stdout, done.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    assert not marker.exists()
    assert snapshot(tmp_path) == before  # the planted files untouched, nothing added anywhere


def test_a_planted_safe_set_does_not_let_a_pattern_skip_the_check(tmp_path, work):
    marker = tmp_path / "marker"
    _plant(tmp_path / "cache", marker)
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: p\nname: P\nextends: cn-gov-disclosure-2021\nsections:\n  items:\n"
                    "    - {id: s, title: 一、总体情况, match: '(a+)+$'}\n", encoding="utf-8")
    done = reportlint("check", "--today", TODAY, "--pack", pack, work,
                      env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"reportlint: {pack}:6: sections.s.match: 正则表达式 '(a+)+$' 含有嵌套量词（重复里又有重复，"
                           "例如 (a+)+），可能导致灾难性回溯；请改写\n")
    assert not marker.exists()


def test_no_module_reads_a_cache_folder():
    """No source file imports a serialiser that runs code or feeds the regex engine (pickle, marshal,
    shelve), nor names the cache folder (XDG_CACHE_HOME, ~/.cache)."""
    import ast

    found = []
    for path in sorted((REPO / "src").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{path.name}: import {m}" for m in modules if m.split(".")[0] in ("pickle", "marshal", "shelve")]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                    "XDG_CACHE_HOME" in node.value or ".cache" in node.value.split("/")):
                found.append(f"{path.name}: {node.value!r}")
    assert found == []
    assert not (REPO / "src" / "reportlint" / "regexcache.py").exists()
    assert not (REPO / "src" / "reportlint" / "packcache.py").exists()
