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
    lambda d: d.update(format=1),
    lambda d: d.pop("vetted"),
    lambda d: d["vetted"].update(compiled="(a|aa)+$"),
    lambda d: d["vetted"].update(compiled=[1]),
    lambda d: d["vetted"]["groups"].update(x="a"),
    lambda d: d["vetted"].update(more=[]),
    lambda d: d["vetted"].pop("identities"),
    lambda d: d["vetted"]["identities"][0].pop(),
    lambda d: d["vetted"]["identities"][0].__setitem__(2, "=>"),  # an operator the parser never makes
    lambda d: d["vetted"]["identities"][0][3][0].__setitem__(0, "nope"),  # a key the identity does not have
    lambda d: d["vetted"]["identities"][0][3][0].__setitem__(1, 2),  # a sign other than ±1
    lambda d: d["vetted"]["identities"][0][3][0].__setitem__(1, True),
    lambda d: d["vetted"]["identities"][0][3][0].__setitem__(2, "NaN"),  # a factor that is no finite number
    lambda d: d["vetted"]["identities"][0][3][0].__setitem__(2, "-Infinity"),
    lambda d: d["vetted"]["identities"][0][3][0].__setitem__(2, "two"),
    lambda d: d["vetted"]["identities"][0][3].__setitem__(0, "a"),
    lambda d: d["vetted"]["identities"][0].__setitem__(5, 0),  # abs is a bool
    lambda d: d["vetted"].pop("templates"),
    lambda d: d["vetted"].update(templates=[1]),
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


# --- the vetting record: what the build vetted is not vetted again, anything else is ----------------

CATASTROPHIC = "(a|aa)+$"


def _fresh_loader():
    return type(pack_loader())(builtin_kinds())


def _spy_vetting(monkeypatch) -> list[str]:
    """Record every pattern the backtracking vetting is asked about (and let it pass)."""
    from reportlint.packs import regexes

    asked: list[str] = []

    def vet(pattern, *args, **kwargs):
        asked.append(pattern)

    monkeypatch.setattr(regexes, "_vet_shape", vet)
    return asked


def test_a_built_in_pack_is_not_vetted_again(monkeypatch) -> None:
    """The prebuilt record names every pattern a run of the built-in packs vets: choosing between
    them and compiling each vets nothing."""
    asked = _spy_vetting(monkeypatch)
    loader = _fresh_loader()
    for name in ("cn-gov-disclosure-2019", "cn-gov-disclosure-2021"):
        path = available_packs()[name]
        loader._applies_of(path)
        loader.compiled(path)
    assert asked == []


def test_the_same_pack_from_its_yaml_is_vetted(monkeypatch, tmp_path: Path) -> None:
    """A copy of a built-in pack outside the built-in folder (a custom pack) is vetted in full, with
    the JSON beside it ignored."""
    rules = _copy_rules(tmp_path)
    asked = _spy_vetting(monkeypatch)
    loader, path = _fresh_loader(), rules / "cn-gov-disclosure-2021.yaml"
    loader._applies_of(path)
    loader.compiled(path)
    record = json.loads((rules / "prebuilt" / "cn-gov-disclosure-2021.json").read_text(encoding="utf-8"))["vetted"]
    assert len(record["compiled"]) > 20 and len(record["shapes"]) > 10
    assert set(asked) == set(record["compiled"]) | set(record["shapes"])


def _crafted(rules: Path, *, claim: bool) -> None:
    """The 2019 JSON with a catastrophic applies.title, and (``claim``) a record that says it was vetted."""
    target = rules / "prebuilt" / "cn-gov-disclosure-2019.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["tree"]["v"]["applies"]["v"]["title"] = CATASTROPHIC
    if claim:
        data["vetted"]["compiled"].append(CATASTROPHIC)
    target.write_text(json.dumps(data), encoding="utf-8")


def _rejected(loader, path: Path) -> str:
    from reportlint.model.diagnostics import ConfigError

    with pytest.raises(ConfigError) as raised:
        loader.compiled(path)
    return str(raised.value)


def test_a_crafted_claim_for_an_edited_yaml_is_ignored(tmp_path: Path) -> None:
    """An edited YAML with a catastrophic pattern and a JSON that claims it vetted but was built for
    the YAML before the edit: the JSON is not read, the YAML's pattern is refused with its file:line."""
    rules = _copy_rules(tmp_path)
    _crafted(rules, claim=True)
    yaml_path = rules / "cn-gov-disclosure-2019.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    title = text.splitlines()[12]
    assert title.startswith("  title: ")
    yaml_path.write_text(text.replace(title, f"  title: '{CATASTROPHIC}'"), encoding="utf-8")
    assert prebuilt.load(yaml_path) is None
    message = _rejected(_fresh_loader(), yaml_path)
    assert message.startswith(f"{yaml_path}:13: applies.title: 正则表达式 '{CATASTROPHIC}' ")
    assert "灾难性回溯" in message


def test_a_crafted_claim_beside_a_custom_pack_is_never_read(tmp_path: Path) -> None:
    """A custom pack (not in the built-in folder) whose prebuilt/ JSON matches it and claims a
    catastrophic pattern vetted: a custom pack is always read from its YAML and vetted."""
    rules = _copy_rules(tmp_path)
    _crafted(rules, claim=True)
    yaml_path = rules / "cn-gov-disclosure-2019.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    yaml_path.write_text(text.replace(text.splitlines()[12], f"  title: '{CATASTROPHIC}'"), encoding="utf-8")
    target = rules / "prebuilt" / "cn-gov-disclosure-2019.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["sources"] = {"cn-gov-disclosure-2019.yaml": prebuilt.fingerprint(yaml_path)}
    target.write_text(json.dumps(data), encoding="utf-8")
    assert prebuilt.load_vetted(yaml_path) is not None  # it would match, were the pack built in
    message = _rejected(_fresh_loader(), yaml_path)
    assert message.startswith(f"{yaml_path}:13: applies.title: 正则表达式 '{CATASTROPHIC}' ")


def test_a_pattern_the_record_does_not_name_is_vetted(tmp_path: Path, monkeypatch) -> None:
    """A JSON that matches its YAML but whose tree holds a pattern its record does not name (edited
    by hand): that pattern is vetted and refused, named at the line the JSON gives it."""
    rules = _copy_rules(tmp_path)
    _crafted(rules, claim=False)
    path = rules / "cn-gov-disclosure-2019.yaml"
    monkeypatch.setattr("reportlint.packs.choose.is_builtin", lambda p: p == path)
    assert prebuilt.load_vetted(path) is not None
    message = _rejected(_fresh_loader(), path)
    assert message.startswith(f"{path}:13: applies.title: 正则表达式 '{CATASTROPHIC}' ")


# --- the choice's parts of a tree, kept apart: choosing decodes no whole pack --------------------------


def _applies_fields(applies) -> dict:
    """What a compiled ``Applies`` holds, its patterns as their text (and where the pack wrote them)."""
    def text(pattern):
        return None if pattern is None else pattern.pattern

    return {"title": text(applies.title), "years": applies.years, "year_pattern": text(applies.year_pattern),
            "mentions": [text(m) for m in applies.mentions],
            "sections": [(title, text(p)) for title, p in applies.sections],
            "topics": [(name, text(p)) for name, p in applies.topics],
            "labels": applies.labels, "forms": applies.forms, "expect": applies.expect}


@pytest.mark.parametrize("name", ["cn-gov-disclosure-2019", "cn-gov-disclosure-2021"])
def test_the_choice_tree_chooses_as_the_whole_tree(name: str) -> None:
    """``Applies`` of the prebuilt choice parts equals ``Applies`` of the YAML's whole tree, and the
    parts carry the YAML's files and lines (and stand for the same files)."""
    from reportlint.packs.applies import choice_tree, compile_applies

    path = available_packs()[name]
    from_yaml = load_raw(path, assemble(builtin_kinds()))
    found = prebuilt.load(path, "choice")
    assert found is not None
    choice, files = found
    assert files == prebuilt.load(path)[1]
    assert_same_tree(choice_tree(from_yaml), choice)
    whole = _applies_fields(compile_applies(from_yaml))
    assert _applies_fields(compile_applies(choice)) == whole
    assert len(whole["sections"]) == 6 and len(whole["labels"]) > 20 and whole["title"]


def test_choosing_decodes_the_chosen_pack_only(monkeypatch) -> None:
    """A choice among the built-in packs reads each one's choice parts and the chosen pack's whole
    tree, never the whole tree of the pack not chosen."""
    decoded: list[tuple[str, str]] = []
    real_load = prebuilt.load_vetted

    def spy(pack_path, part="tree"):
        decoded.append((pack_path.stem, part))
        return real_load(pack_path, part)

    monkeypatch.setattr(prebuilt, "load_vetted", spy)
    loader = _fresh_loader()
    choice = loader.choose("某某区人民政府2022年政府信息公开工作年度报告", 2022)
    assert choice is not None and choice.pack.id == "cn-gov-disclosure-2021"
    assert sorted(decoded) == [("cn-gov-disclosure-2019", "choice"), ("cn-gov-disclosure-2021", "choice"),
                               ("cn-gov-disclosure-2021", "tree")]
    assert loader.files_read() == {str((builtin_rules_dir() / f"cn-gov-disclosure-{y}.yaml").resolve())
                                   for y in (2019, 2021)}


# --- the identities, parsed at build time: a run of a built-in pack does not import ast ------------------


@pytest.mark.parametrize("name", ["cn-gov-disclosure-2019", "cn-gov-disclosure-2021"])
def test_the_recorded_identities_are_those_the_yaml_parses_into(name: str, tmp_path: Path) -> None:
    """Each identity the record holds is what its expression parses into over its keys, and the pack
    compiled from the record has the identities (arithmetic and cross-year) of the same pack read from
    its YAML, where every one is parsed."""
    from reportlint.analysis.exprparse import parse_identity

    path = available_packs()[name]
    vetted = prebuilt.load_vetted(path)[2]
    for (source, keys), identity in vetted.identities.items():
        assert parse_identity(source, list(keys)) == identity
    built = _fresh_loader().compiled(path)
    from_yaml = _fresh_loader().compiled(_copy_rules(tmp_path) / path.name)
    identities = []
    for kind in ("arithmetic", "crossdoc"):
        identities += [spec.identity for spec in built.part(kind)]
        assert [spec.identity for spec in built.part(kind)] == [spec.identity for spec in from_yaml.part(kind)]
    assert {i.source for i in identities} == {source for source, _ in vetted.identities}
    assert len(identities) > 10


def test_the_recorded_templates_are_the_packs_own_and_are_not_checked_again() -> None:
    """The record names each ``message:``/``help:`` a built-in pack's identities, cross-year rules and
    prose rules write; under the record a template it names is taken as checked, any other is checked."""
    from reportlint.model.diagnostics import ConfigError
    from reportlint.packs.regexes import vetted_patterns
    from reportlint.packs.templates import check_template

    def texts(node):
        if isinstance(node, dict):
            yield from (v for k, v in node.items() if k in ("message", "help") and isinstance(v, str))
            for value in node.values():
                yield from texts(value)
        elif isinstance(node, list):
            for value in node:
                yield from texts(value)

    for name in ("cn-gov-disclosure-2019", "cn-gov-disclosure-2021"):
        tree, _, vetted = prebuilt.load_vetted(available_packs()[name])
        wanted = {text for key in ("identities", "crossdoc", "prose") for text in texts(tree.get(key))}
        assert vetted.templates == wanted and len(wanted) >= 5
        with vetted_patterns(vetted):
            assert [check_template(text, (), "p.yaml", 1, "message") for text in sorted(wanted)] == sorted(wanted)
            with pytest.raises(ConfigError, match="nope"):
                check_template("{nope}", (), "p.yaml", 1, "message")
