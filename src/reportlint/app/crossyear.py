"""The cross-document phase of a run: pair the reports of one agency for consecutive years, then run the
later report's cross-year rules (``checks/crossyear.py``) over the two files' facts.

Pairing is by an index, linear in the number of files: each file is filed under its agency and the
shorter names that agency also goes by ("淮安市洪泽区人民政府" is also "洪泽区人民政府": the longer name is
the shorter one with higher divisions in front), and each later-year file looks up the year before.
``--previous FILE`` pairs the files of the run with last year's report explicitly, whatever the titles say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..checks import crossyear
from ..model.diagnostics import Diagnostic, FileResult
from ..model.facts import FileFacts
from .engine import pack_loader

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


def pairs(results: list[FileResult], previous: list[FileResult] | None = None) -> list[tuple[FileResult, FileResult]]:
    """(later, earlier) pairs: explicit ones for ``--previous``, otherwise same agency, years N+1 and N."""
    checked = [r for r in results if r.pack is not None and r.report_year is not None and r.facts is not None]
    given = [p for p in previous or [] if p.pack is not None and p.facts is not None]
    explicit_years = {p.report_year for p in given}
    index = _Index([r.facts for r in checked])
    out: list[tuple[FileResult, FileResult]] = []
    for later in checked:
        year = later.report_year
        if year - 1 in explicit_years:
            out += [(later, p) for p in given if p.report_year == year - 1]
            continue
        if later.facts.agency:
            out += [(later, checked[i]) for i in index.same_agency(later.facts.agency, year - 1) if checked[i] is not later]
    return out


def run(results: list[FileResult], previous: list[FileResult] | None = None) -> None:
    """Check every pair and add the findings to the later year's FileResult (sorted in place)."""
    found = pairs(results, previous)
    for later, earlier in found:
        later.diagnostics.extend(crossyear.check_pair(later.facts, earlier.facts, _pack(later.facts), _pack(earlier.facts)))
    used = {id(earlier) for _, earlier in found}
    for prev in previous or []:
        if prev.pack is None or id(prev) in used:
            continue
        for result in results:  # last year's report given, but no file of the run is of the year after it
            if result.pack is None or result.report_year is None or result is prev:
                continue
            d = crossyear.previous_year_finding(result.facts, prev.facts, _pack(result.facts))
            if d is not None:
                result.diagnostics.append(d)
    for result in results:
        result.diagnostics.sort(key=Diagnostic.sort_key)


def _pack(facts: FileFacts):
    """The pack a file was checked with (compiled once per process; built-in or by path)."""
    return pack_loader().compiled(Path(facts.pack_path))


def check_previous(path: str) -> None:
    """Refuse a ``--previous`` FILE that cannot be read at all (missing, a folder, a pipe, no
    permission) before anything is checked: it is a mistake on the command line, not a finding."""
    from ..model.diagnostics import ConfigError, InputError
    from ..readers.safeio import open_regular

    try:
        open_regular(path).close()
    except InputError as exc:
        raise ConfigError(f"--previous 指定的上一年度报告无法读取：{path}（{exc.reason}）") from None


def _previous_result(previous_path: str, cli, today) -> FileResult | None:
    """Last year's report as checked; one that the readers cannot read is a usage error too."""
    from ..model.diagnostics import ConfigError
    from .workflow import check_file

    prev = check_file(previous_path, cli, today)
    if prev is None:
        return None
    unreadable = [d for d in prev.result.diagnostics if d.code == "RL101"]
    if unreadable:
        raise ConfigError(f"--previous 指定的上一年度报告无法读取：{previous_path}（{unreadable[0].message}）")
    return prev.result


def after_run(checked: Iterable, previous_path: str | None, cli, today, baseline=None) -> bool:
    """Cross-year checks over the Checked files of a ``reportlint check`` run: findings pass through
    the same selection, severity and baseline as the per-file ones.  True when one fails the run."""
    from . import config

    checked = list(checked)
    results = [c.result for c in checked]
    previous: list[FileResult] = []
    if previous_path:
        prev = _previous_result(previous_path, cli, today)
        if prev is not None:
            previous.append(prev)
    before = {id(r): len(r.diagnostics) for r in results}
    run(results, previous)
    failed = False
    for c in checked:
        r = c.result
        if len(r.diagnostics) == before[id(r)]:
            continue
        old = [d for d in r.diagnostics if d.check != crossyear.KIND]
        new = config.apply([d for d in r.diagnostics if d.check == crossyear.KIND], c.settings)
        if baseline is not None and new:
            new = baseline.filter(r.replace(diagnostics=new)).diagnostics
        r.diagnostics = sorted(old + new, key=Diagnostic.sort_key)
        failed = failed or c.failed
    return failed
