"""The pack loader's file identity (packs/choose.py ``PackLoader._file_key``): a pack file's real path
is resolved once per loader, its modification time and size are read each time, so choosing a pack
for every document of a run does not walk the pack's folders again, and an edited pack is read again."""

from __future__ import annotations

import shutil
from pathlib import Path

from reportlint.analysis.identify import identify
from reportlint.app.engine import pack_loader
from reportlint.checks.registry import builtin_kinds
from reportlint.packs.load import available_packs, builtin_rules_dir
from reportlint.readers import read

REPORT = Path(__file__).parent / "data" / "samples" / "real" / "text" / "2024-huaian-city-gov.txt"


def _fresh_loader():
    return type(pack_loader())(builtin_kinds())


def test_choosing_for_many_documents_resolves_each_pack_once(monkeypatch) -> None:
    doc = read(REPORT)
    ident = identify(doc)
    resolved: list[Path] = []
    real_resolve = Path.resolve

    def counting(self: Path, strict: bool = False) -> Path:
        resolved.append(self)
        return real_resolve(self, strict)

    monkeypatch.setattr(Path, "resolve", counting)
    loader = _fresh_loader()
    first = loader.choose(ident.title_text, ident.report_year, doc)  # reads and vets the packs
    packs = set(available_packs().values())
    assert packs <= set(resolved)
    resolved.clear()
    later = [loader.choose(ident.title_text, ident.report_year, doc) for _ in range(3)]
    assert [c.pack.id for c in [first, *later]] == ["cn-gov-disclosure-2021"] * 4
    assert {id(c.pack) for c in later} == {id(first.pack)}  # compiled once
    assert resolved == []


def test_an_edited_pack_is_compiled_again(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), rules)
    path = rules / "cn-gov-disclosure-2019.yaml"
    loader = _fresh_loader()
    first = loader.compiled(path)
    assert loader.compiled(path) is first
    path.write_text(path.read_text(encoding="utf-8").replace("name:", "name: ", 1), encoding="utf-8")
    second = loader.compiled(path)
    assert second is not first and second.id == first.id == "cn-gov-disclosure-2019"


def test_one_pass_says_why_no_pack_was_chosen() -> None:
    # The chooser answers once: a pack's kind whose year no pack covers, a kind a pack excludes, or neither
    # (the engine asked it up to three times for such a document before).
    from reportlint.model.document import Document
    from reportlint.packs.choose import Choice, Unchosen

    loader = _fresh_loader()
    doc = Document(path="x.txt", format="text", blocks=[])
    old = loader.choose("生态环境部2018年政府信息公开工作年度报告", 2018, doc)
    assert isinstance(old, Unchosen) and (old.of_kind, old.excluded) == (True, None)
    university = loader.choose("某某大学2022-2023学年信息公开工作年度报告", 2023, doc)
    assert isinstance(university, Unchosen) and university.of_kind is False
    assert university.excluded == "高等学校信息公开年度报告（按《高等学校信息公开办法》编制）"
    readme = loader.choose("README", None, doc)
    assert isinstance(readme, Unchosen) and (readme.of_kind, readme.excluded) == (False, None)
    assert isinstance(loader.choose("生态环境部2022年政府信息公开工作年度报告", 2022, doc), Choice)
