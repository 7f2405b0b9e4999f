"""The everyday pipeline around the engine, per file: the settings in force (configuration and
command-line flags), exclusion, the check itself (the engine applies inline suppressions, which
need the parsed document), then selection and severity, then the baseline.  ``check``,
``baseline`` and ``annotate`` all go through here, so they agree on what a file's findings are.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from ..model.diagnostics import FileResult, Severity
from ..model.records import Record
from . import config
from .engine import RunOptions, check_path, load_pack


class Checked(Record):
    __slots__ = ("result", "settings")

    def __init__(self, result: FileResult, settings: config.Settings) -> None:
        self.result = result
        self.settings = settings

    @property
    def failed(self) -> bool:
        if self.settings.fail_on == "never":
            return False
        threshold = Severity(self.settings.fail_on).rank
        return any(d.severity.rank >= threshold for d in self.result.diagnostics)


def options_for(settings: config.Settings, today: date) -> RunOptions:
    """The engine's options for a file: its pack setting (a bad pack is a configuration error here,
    before any file is read) and the day."""
    if settings.pack:
        load_pack(settings.pack, settings.pack_base)
    return RunOptions(pack=settings.pack, today=today, pack_base=settings.pack_base)


def check_file(path: str, cli: config.CliOverrides, today: date, baseline=None) -> Checked | None:
    """The findings of one file as configured, or None when the configuration excludes it."""
    settings = config.settings_for(path, cli)
    if settings.excluded:
        return None
    return finish(check_path(path, options_for(settings, today)), settings, baseline)


def finish(result: FileResult, settings: config.Settings, baseline=None) -> Checked:
    result.diagnostics = config.apply(result.diagnostics, settings)
    if baseline is not None:
        result = baseline.filter(result)
    return Checked(result, settings)


def _shared_settings(files: Sequence[str], cli: config.CliOverrides) -> dict[str, config.Settings]:
    """Each file's settings, files with equal settings sharing one object: a run keeps every file's
    settings to the end (selection, severities and fail-on apply to its cross-year findings too), and a
    census of 10⁵ files under one configuration needs one object, not 10⁵."""
    distinct: dict[str, config.Settings] = {}
    out = {}
    for path in files:
        settings = config.settings_for(path, cli)
        out[path] = distinct.setdefault(repr(settings), settings)
    return out


def check_many(files: Sequence[str], cli: config.CliOverrides, today: date, jobs: int | None = None,
               baseline=None, read_from: Mapping[str, str] | None = None) -> Iterator[tuple[str, Checked | None, object]]:
    """``(path, Checked or None when excluded, failure or None)`` for each file, in the order given,
    each as soon as it and the files before it are done (with ``--jobs``, in a process pool).
    ``read_from`` gives the file to read for a name that is not a file itself (standard input's
    copy): the settings and the result are the name's."""
    from .parallel import check_all

    read_from = read_from or {}
    settings = _shared_settings(files, cli)
    options: dict[int, RunOptions] = {}  # one per distinct settings object
    work = []
    for path in files:
        if not settings[path].excluded:
            key = id(settings[path])
            if key not in options:
                options[key] = options_for(settings[path], today)
            work.append((read_from.get(path, path), options[key]))
    outcomes = check_all(work, jobs)
    for path in files:
        if settings[path].excluded:
            yield path, None, None
            continue
        done_path, result, failure = next(outcomes)
        assert done_path == read_from.get(path, path)
        if failure is None and path in read_from:
            result = _named(result, path)
        yield path, (None if failure is not None else finish(result, settings[path], baseline)), failure


def _named(result: FileResult, path: str) -> FileResult:
    """A result checked from a copy, under the name it was given."""
    result.path = path
    if result.facts is not None:
        result.facts.path = path
    return result
