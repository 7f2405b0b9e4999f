"""``--jobs N``: check many files in a process pool, results in input order, each as soon as it is ready.

Each worker reads and checks whole files with the ordinary engine (packs compiled once per worker) and
sends back the FileResult: the findings, the file's facts (``model/facts.py``) and the few source lines
an output may quote — never the parsed document.  Work is handed out in
small chunks, so a slow PDF does not leave the other worker idle.  An exception in a worker comes back
as data and is raised or reported in the parent exactly as with ``--jobs 1``, so the output is identical.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from ..model.diagnostics import ConfigError
from ..model.records import Record
from .engine import RunOptions, check_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Below this many files a pool costs more than it saves (starting a worker is ~one report).
MIN_FILES_PER_WORKER = 4


def default_jobs() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Failure(Record):
    """An exception raised while checking one file: its type name, its text, its traceback."""

    __slots__ = ("type_name", "text", "traceback")

    def __init__(self, type_name: str, text: str, traceback: str = "") -> None:
        self.type_name = type_name
        self.text = text
        self.traceback = traceback


def check_all(work: Sequence[tuple[str, RunOptions]], jobs: int | None = None) -> Iterator[tuple[str, Any, Failure | None]]:
    """``(path, FileResult or None, Failure or None)`` for each ``(path, options)``, in the order given.

    A ConfigError is raised (as ``--jobs 1`` does, at the first file that hits it); any other
    exception is returned as a Failure so the caller can report it and carry on.
    """
    jobs = default_jobs() if jobs is None or jobs <= 0 else jobs
    workers = min(jobs, len(work) // MIN_FILES_PER_WORKER)
    if workers <= 1:
        for path, options in work:
            try:
                yield path, check_path(path, options), None
            except ConfigError:
                raise
            except Exception as exc:
                yield path, None, _failure(exc)
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(8, len(work) // (workers * 16)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        outcomes = pool.map(_check_one, [p for p, _ in work], [o for _, o in work], chunksize=chunk)
        for (path, options), (kind, payload, trace) in zip(work, outcomes, strict=True):
            yield _outcome(path, options, kind, payload, trace)


def _outcome(path: str, options: RunOptions, kind: str, payload: Any, trace: str) -> tuple[str, Any, Failure | None]:
    if kind == "ok":
        return path, payload, None
    if kind == "config":
        check_path(path, options)  # the parent raises the very ConfigError the check met
        raise ConfigError(payload)
    return path, None, Failure(payload[0], payload[1], trace)


def _failure(exc: Exception) -> Failure:
    import traceback

    return Failure(type(exc).__name__, str(exc), traceback.format_exc())


def _check_one(path: str, options: RunOptions) -> tuple[str, Any, str]:
    """Worker: check one file; never lets an exception escape (it might not pickle)."""
    try:
        return "ok", check_path(path, options), ""
    except ConfigError as exc:
        return "config", str(exc), ""
    except Exception as exc:
        failure = _failure(exc)
        return "error", (failure.type_name, failure.text), failure.traceback
