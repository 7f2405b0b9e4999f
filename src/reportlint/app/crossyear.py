"""The cross-document phase of a run: pair the reports of one agency for consecutive years, then run the
later report's cross-year rules (``checks/crossyear/``) over the two files' facts.

Pairing is by an index, linear in the number of files: each file is filed under its agency's key (the name it
goes by whatever words one year's title uses: "高平市政府" and "高平市人民政府", "县政府办" and "县人民政府办公室" —
``analysis/agency.py``) and the shorter names that key also goes by ("淮安市洪泽区人民政府" is also "洪泽区人民政府": the
longer name is the shorter one with higher places in front), and each later-year file looks up the year before.  A
shorter name keeps a place: "温州市人民政府办公室" is not "市人民政府办公室" nor "哈尔滨市商务局" "商务局" — a title
without its place names any city's office or bureau.
``--previous FILE`` pairs the files of the run with last year's report explicitly, whatever the titles say.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from ..analysis.agency import body_key, places
from ..checks import crossyear
from ..model.diagnostics import Diagnostic, FileResult
from ..model.facts import FileFacts
from . import config
from .engine import pack_loader
from .store import RunStore


def shorter_names(key: str) -> list[str]:
    """The names a body's key also goes by: itself without one or more of the places in front, while a place that
    names one body is left ("城区", "郊区", the 城市 of 城市管理局: one character and 市 or 区, a word any city has)."""
    out: list[str] = []
    found = places(key)
    start = 0
    for place, rest in pairwise(found):
        start += len(place)
        if not _generic(rest):
            out.append(key[start:])
    return out


def _generic(place: str) -> bool:
    return len(place) == 2 and place[-1] in "市区"


def same_agency(a: str | None, b: str | None) -> bool:
    """One body: the same key, or one key is the other with higher places in front ("淮安市" + "洪泽区人民政府")."""
    ka, kb = body_key(a), body_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    return short in shorter_names(long)


class _Index:
    """Files by (agency key, year): under the full key, and under each shorter name."""

    def __init__(self, facts: list[FileFacts]) -> None:
        self.full: dict[tuple[str, int], list[int]] = {}
        self.shorter: dict[tuple[str, int], list[int]] = {}
        for i, f in enumerate(facts):
            key = body_key(f.agency)
            if not key or f.report_year is None:
                continue
            self.full.setdefault((key, f.report_year), []).append(i)
            for name in shorter_names(key):
                self.shorter.setdefault((name, f.report_year), []).append(i)

    def same_agency(self, agency: str, year: int) -> list[int]:
        """The files of ``year`` whose agency is ``agency`` under one of its names, in input order."""
        key = body_key(agency)
        if not key:
            return []
        found = set(self.full.get((key, year), ()))
        found.update(self.shorter.get((key, year), ()))  # longer names of the same agency
        for name in shorter_names(key):
            found.update(self.full.get((name, year), ()))
        return sorted(found)


def pairs(facts: list[FileFacts | None], previous: list[FileFacts] | None = None) -> list[tuple[int, int | FileFacts]]:
    """(later, earlier) pairs, by index in ``facts`` (an earlier one given with ``--previous`` is its
    facts): explicit ones for ``--previous``, otherwise same agency, years N+1 and N."""
    checkable = [i for i, f in enumerate(facts) if f is not None and f.pack is not None and f.report_year is not None]
    given = [p for p in previous or [] if p.pack is not None]
    explicit_years = {p.report_year for p in given}
    index = _Index([facts[i] for i in checkable])  # positions in ``checkable``
    out: list[tuple[int, int | FileFacts]] = []
    for later in checkable:
        f = facts[later]
        year = f.report_year
        if year - 1 in explicit_years:
            out += [(later, p) for p in given if p.report_year == year - 1]
            continue
        if f.agency:
            out += [(later, checkable[k]) for k in index.same_agency(f.agency, year - 1) if checkable[k] != later]
    return out


def cross_year(store: RunStore, previous: FileResult | None = None, baseline=None) -> tuple[dict[int, list[Diagnostic]], bool]:
    """The cross-year findings of a run, by the index of the file they belong to (the later year's),
    through the same selection, severity and baseline as the per-file findings; and whether one fails
    the run.  Files are read back from the store only for the pairs."""
    facts = [e.facts for e in store.entries]
    prev_facts = previous.facts if previous is not None and previous.facts is not None else None
    found = pairs(facts, [prev_facts] if prev_facts is not None else None)
    new: dict[int, list[Diagnostic]] = {}
    for later, earlier in found:
        later_facts = store.result(later).facts
        earlier_facts = earlier if isinstance(earlier, FileFacts) else store.result(earlier).facts
        new.setdefault(later, []).extend(
            crossyear.check_pair(later_facts, earlier_facts, _pack(later_facts), _pack(earlier_facts)))
    if prev_facts is not None and prev_facts.pack is not None and not any(isinstance(e, FileFacts) for _, e in found):
        for i, f in enumerate(facts):  # last year's report given, but no file of the run is of the year after it
            if f is None or f.pack is None or f.report_year is None:
                continue
            d = crossyear.previous_year_finding(f, prev_facts, _pack(f))
            if d is not None:
                new.setdefault(i, []).append(d)
    kept: dict[int, list[Diagnostic]] = {}
    failed = False
    for i, diagnostics in new.items():
        entry = store.entries[i]
        chosen = config.apply(diagnostics, entry.settings)
        if baseline is not None and chosen:
            chosen = baseline.filter(FileResult(entry.path, "", entry.pack, entry.report_year, chosen)).diagnostics
        if chosen:
            kept[i] = chosen
            failed = failed or any(entry.fails_with(d.severity) for d in chosen)
    return kept, failed


def run(results: list[FileResult], previous: list[FileResult] | None = None) -> None:
    """Cross-year checks over results already in hand (tests, scripts): the findings are added to the
    later year's results, as ``reportlint check`` adds them (without configuration or baseline)."""
    store = RunStore()
    for result in results:
        store.add(result, config.Settings(None, None, None, None, [], {}, "never", False, []), False)
    found, _ = cross_year(store, previous[0] if previous else None)
    for i, diagnostics in found.items():
        results[i].diagnostics = sorted(results[i].diagnostics + diagnostics, key=Diagnostic.sort_key)


def _pack(facts: FileFacts):
    """The pack a file was checked with (compiled once per process; built-in or by path)."""
    return pack_loader().compiled(Path(facts.pack_path))
