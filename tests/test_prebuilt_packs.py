"""The built-in packs' prebuilt JSON (packs/prebuilt.py): current, equal to the YAML, used only while it
matches the YAML on disk, and ignored when it is not exactly what reportlint writes."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from reportlint.app.engine import pack_loader
from reportlint.app.prebuild import prebuilt_texts
from reportlint.checks.registry import builtin_kinds
from reportlint.packs import prebuilt
from reportlint.packs.load import available_packs, builtin_rules_dir, load_raw
from reportlint.packs.schema import assemble
from reportlint.packs.yamlload import LDict, LList


def assert_same_tree(a, b, path: str = "$") -> None:
    """Equal values, and equal files and lines on every mapping and list."""
    assert type(a) is type(b), path
    if isinstance(a, LDict):
        assert (a.src, a.line, a.key_lines) == (b.src, b.line, b.key_lines), path
        assert list(a) == list(b), path
        for key in a:
            assert_same_tree(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, LList):
        assert (a.src, a.line, a.item_lines) == (b.src, b.line, b.item_lines), path
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same_tree(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


def test_the_committed_json_is_current() -> None:
    stale = [str(path) for path, text in prebuilt_texts().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert stale == [], "stale prebuilt packs: run `python -m reportlint.app.prebuild`"


@pytest.mark.parametrize("name", ["cn-gov-disclosure-2019", "cn-gov-disclosure-2021"])
def test_prebuilt_tree_is_the_yaml_tree_with_its_lines(name: str) -> None:
    path = available_packs()[name]
    read: list[str] = []
    from_yaml = load_raw(path, assemble(builtin_kinds()), read=read)
    found = prebuilt.load(path)
    assert found is not None
    tree, files = found
    assert_same_tree(from_yaml, tree)
    assert sorted(files) == sorted(read)


def test_a_run_reads_no_yaml_for_the_built_in_packs(tmp_path: Path) -> None:
    """A check of a report without front matter never imports PyYAML (a child process: this one has)."""
    import subprocess

    report = tmp_path / "r.txt"
    shutil.copy(Path(__file__).parent / "data" / "samples" / "real" / "text" / "2024-huaian-city-gov.txt", report)
    code = ("import sys; from reportlint.cli import main; sys.argv = ['reportlint', 'check', sys.argv[1]]; "
            "main(); print('yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False"


def _copy_rules(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), rules)
    return rules


def test_an_edited_pack_is_read_from_its_yaml(tmp_path: Path) -> None:
    rules = _copy_rules(tmp_path)
    assert prebuilt.load(rules / "cn-gov-disclosure-2021.yaml") is not None
    parent = rules / "cn-gov-disclosure-2019.yaml"  # what 2021 extends: its edit counts too
    parent.write_text(parent.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert prebuilt.load(rules / "cn-gov-disclosure-2021.yaml") is None
    assert prebuilt.load(parent) is None


@pytest.mark.parametrize("tamper", [
    lambda d: d.update(format=2),
    lambda d: d.update(files="x"),
    lambda d: d["tree"].update(d=[99, 1]),
    lambda d: d["tree"].update(d=[0, "1"]),
    lambda d: d["tree"]["k"].update(pack="1"),
    lambda d: d["tree"].update(v=[]),
    lambda d: d.update(tree=[1, 2]),
    lambda d: d["tree"]["v"].update(pack={"neither": 1}),
    lambda d: d["sources"].update({"../../etc/passwd": [0, 0]}),
    lambda d: d.pop("sources"),
])
def test_a_tampered_file_is_ignored(tmp_path: Path, tamper) -> None:
    rules = _copy_rules(tmp_path)
    target = rules / "prebuilt" / "cn-gov-disclosure-2019.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    tamper(data)
    target.write_text(json.dumps(data), encoding="utf-8")
    assert prebuilt.load(rules / "cn-gov-disclosure-2019.yaml") is None


def test_not_json_or_deeply_nested_is_ignored(tmp_path: Path) -> None:
    rules = _copy_rules(tmp_path)
    target = rules / "prebuilt" / "cn-gov-disclosure-2019.json"
    target.write_bytes(b"\x80not json")
    assert prebuilt.load(rules / "cn-gov-disclosure-2019.yaml") is None
    target.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert prebuilt.load(rules / "cn-gov-disclosure-2019.yaml") is None


def test_the_loader_uses_it_and_lists_the_files_it_stands_for() -> None:
    loader = type(pack_loader())(builtin_kinds())
    path = available_packs()["cn-gov-disclosure-2021"]
    loader.raw(path)
    assert loader.files_read() == {str((builtin_rules_dir() / f"cn-gov-disclosure-{y}.yaml").resolve())
                                   for y in (2019, 2021)}
