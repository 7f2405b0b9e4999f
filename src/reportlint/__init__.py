"""reportlint: a compliance linter for report documents, driven by YAML rule packs.

The library API is two calls, for scripts and for runs spread over processes or machines
(``docs/scaling.md``)::

    import reportlint

    results = list(reportlint.check_paths(["reports/"], jobs=2))   # one FileResult per file
    reportlint.cross_year(results)                                 # adds the cross-year findings
    for result in results:
        print(result.path, [d.code for d in result.diagnostics])

Both give the findings ``reportlint check`` gives: each file's configuration (the nearest
``reportlint.toml`` or ``[tool.reportlint]``) chooses and grades them as on the command line, and
``FileResult.to_json()`` is the file's entry in the JSON output.  A FileResult is plain values
(findings, the file's facts, the few source lines an output may quote): it pickles, so it can come back
from another process or machine, and the cross-year phase needs nothing else of the file.

Nothing is imported here until a call needs it, so ``import reportlint`` (and ``reportlint --version``)
stays as quick as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from .model.version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .model.diagnostics import FileResult

__all__ = ["__version__", "check_paths", "cross_year"]


def check_paths(paths: Iterable[str], *, pack: str | None = None, today: date | None = None, jobs: int | None = 1,
                isolated: bool = False) -> Iterator[FileResult]:
    """Check files and folders as ``reportlint check`` does; yield one FileResult per file, in order.

    ``paths``: files, and folders searched for report files (as on the command line, sorted).
    ``pack``: a pack name or YAML path that overrides the automatic choice (``--pack``).
    ``today``: the date deadlines and "in the future" are checked against (default: today).
    ``jobs``: processes to check with (``--jobs``; ``None`` or 0: one per CPU; 1: this process).
    ``isolated``: read no configuration file (``--isolated``).

    Files the configuration excludes are left out.  Each result's findings are those of the file
    alone; ``cross_year`` adds the findings that compare an agency's report with last year's.
    Raises ``UsageError`` for a path that does not exist, ``ConfigError`` for a bad configuration or
    pack, and ``RuntimeError`` (naming the file) for an internal error while checking a file.
    """
    from .app import config
    from .app.discover import discover
    from .app.workflow import check_many

    files = discover([str(p) for p in paths])
    selection = config.CliOverrides(pack=pack, isolated=isolated)
    config.clear_cache()  # configuration files are read afresh, as each command does
    for path, checked, failure in check_many(files, selection, today or date.today(), jobs=jobs):
        if failure is not None:
            raise RuntimeError(f"检查 {path} 时出错（{failure.type_name}: {failure.text}）\n{failure.traceback}")
        if checked is not None:
            yield checked.result


def cross_year(results: Iterable[FileResult], *, isolated: bool = False) -> list[FileResult]:
    """Pair the reports of one agency for consecutive years among ``results`` and add the cross-year
    findings (RL901–RL903) to the later year's result, in place; return the results as a list.

    The results may come from several ``check_paths`` calls, processes or machines: pairing uses
    only their facts.  Each file's configuration grades the new findings as in ``reportlint check``
    (``isolated``: read none, as ``check_paths(..., isolated=True)``).
    """
    from .app import config
    from .app.crossyear import cross_year as find
    from .app.store import RunStore
    from .model.diagnostics import Diagnostic

    results = list(results)
    selection = config.CliOverrides(isolated=isolated)
    store = RunStore(spool_after=len(results))  # the results are in memory already
    for result in results:
        store.add(result, config.settings_for(result.path, selection), False)
    found, _ = find(store)
    for index, diagnostics in found.items():
        results[index].diagnostics = sorted(results[index].diagnostics + diagnostics, key=Diagnostic.sort_key)
    return results
