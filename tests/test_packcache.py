"""The on-disk cache of packs' validated YAML (packcache.py): same result as reading the files, an
edited pack (or a pack it extends) is read again, REPORTLINT_NO_CACHE=1 turns it off, a corrupt
entry is ignored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO
from reportlint import packcache, packs

BUILTIN_2019 = REPO / "rules" / "cn-gov-disclosure-2019.yaml"


def _packs(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "base.yaml"
    base.write_text(BUILTIN_2019.read_text(encoding="utf-8"), encoding="utf-8")
    child = tmp_path / "child.yaml"
    child.write_text("pack: child\nextends: base.yaml\nname: 子规则包\n", encoding="utf-8")
    return base, child


def test_cache_entry_matches_the_files_and_names_every_file_read(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("REPORTLINT_NO_CACHE", raising=False)
    base, child = _packs(tmp_path)
    _raw, files = packs._load_raw_via_cache(str(child.resolve()))
    assert files == [str(child.resolve()), str(base.resolve())]
    assert list((tmp_path / "cache" / "reportlint").glob("pack-*.pickle"))
    cached_raw, cached_files = packcache.load(str(child.resolve()))
    assert cached_files == files
    fresh = packs.load_raw(child)
    assert cached_raw == fresh and cached_raw["name"] == "子规则包"
    assert (cached_raw.src, cached_raw.line, cached_raw.key_lines) == (fresh.src, fresh.line, fresh.key_lines)
    assert cached_raw["tables"][0].line_of("id") == fresh["tables"][0].line_of("id")
    # a second read comes from the cache: the same result
    assert packs._load_raw_via_cache(str(child.resolve())) == (cached_raw, files)


def test_editing_a_pack_or_its_parent_invalidates_the_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("REPORTLINT_NO_CACHE", raising=False)
    base, child = _packs(tmp_path)
    packs._load_raw_via_cache(str(child.resolve()))
    assert packcache.load(str(child.resolve())) is not None
    base.write_text(base.read_text(encoding="utf-8").replace("（2019年版格式）", "（改）"), encoding="utf-8")
    assert packcache.load(str(child.resolve())) is None
    raw, _ = packs._load_raw_via_cache(str(child.resolve()))
    assert raw["name"] == "子规则包"
    child.write_text("pack: child\nextends: base.yaml\n", encoding="utf-8")
    assert packcache.load(str(child.resolve())) is None
    raw, _ = packs._load_raw_via_cache(str(child.resolve()))
    assert raw["name"] == "政府信息公开工作年度报告（改）"


def test_no_cache_variable_and_corrupt_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("REPORTLINT_NO_CACHE", "1")
    _base, child = _packs(tmp_path)
    packs._load_raw_via_cache(str(child.resolve()))
    assert not (tmp_path / "cache").exists()
    monkeypatch.delenv("REPORTLINT_NO_CACHE")
    packs._load_raw_via_cache(str(child.resolve()))
    [entry] = (tmp_path / "cache" / "reportlint").glob("pack-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert packcache.load(str(child.resolve())) is None
    raw, _ = packs._load_raw_via_cache(str(child.resolve()))
    assert raw == packs.load_raw(child)


def test_check_gives_the_same_findings_with_and_without_the_cache(tmp_path):
    report = REPO / "examples" / "report-2023.md"
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "reportlint", "check", "--format", "json", "--today", "2026-01-01", str(report)]
    cold = subprocess.run(cmd, capture_output=True, text=True, env=env)
    warm = subprocess.run(cmd, capture_output=True, text=True, env=env)
    off = subprocess.run(cmd, capture_output=True, text=True, env={**env, "REPORTLINT_NO_CACHE": "1"})
    assert list((tmp_path / "cache" / "reportlint").glob("pack-*.pickle"))
    assert (cold.returncode, cold.stdout) == (warm.returncode, warm.stdout) == (off.returncode, off.stdout)
    assert cold.stdout.startswith("{")
