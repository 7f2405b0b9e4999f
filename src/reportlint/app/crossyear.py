"""The cross-document phase of a run: pair the reports of one agency for consecutive years, then run the
later report's cross-year rules (``checks/crossyear.py``) over the two files' facts.

Pairing is by an index, linear in the number of files: each file is filed under its agency and the
shorter names that agency also goes by ("淮安市洪泽区人民政府" is also "洪泽区人民政府": the longer name is
the shorter one with higher divisions in front), and each later-year file looks up the year before.
``--previous FILE`` pairs the files of the run with last year's report explicitly, whatever the titles say.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..checks import crossyear
from ..model.diagnostics import Diagnostic, FileResult
from ..model.facts import FileFacts
from . import config
from .engine import pack_loader
from .store import RunStore

_DIVISION = re.compile(r"(?:省|市|自治区|自治州|州|地区|盟|县|区|旗)$")
MIN_AGENCY = 3  # a shorter name ("人民政府"-like fragments aside) is too generic to pair by


def shorter_names(agency: str) -> list[str]:
    """The names an agency also goes by: itself without one or more higher divisions in front."""
    return [agency[i:] for i in range(1, len(agency) - MIN_AGENCY + 1) if _DIVISION.search(agency[:i])]


def same_agency(a: str | None, b: str | None) -> bool:
    """Equal, or one is the other with the higher divisions in front ("淮安市" + "洪泽区人民政府")."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in shorter_names(long)


class _Index:
    """Files by (agency name, year): under the full name, and under each shorter name."""

    def __init__(self, facts: list[FileFacts]) -> None:
        self.full: dict[tuple[str, int], list[int]] = {}
        self.shorter: dict[tuple[str, int], list[int]] = {}
        for i, f in enumerate(facts):
            if not f.agency or f.report_year is None:
                continue
            self.full.setdefault((f.agency, f.report_year), []).append(i)
            for name in shorter_names(f.agency):
                self.shorter.setdefault((name, f.report_year), []).append(i)

    def same_agency(self, agency: str, year: int) -> list[int]:
        """The files of ``year`` whose agency is ``agency`` under one of its names, in input order."""
        found = set(self.full.get((agency, year), ()))
        found.update(self.shorter.get((agency, year), ()))  # longer names of the same agency
        for name in shorter_names(agency):
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
