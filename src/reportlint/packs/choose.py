"""Load a pack by name or path, or choose one for a document from its title and report year.

A :class:`PackLoader` is made for the check kinds of a run (the built-in ones and those of plugins):
it validates packs against the schema those kinds assemble and compiles each pack once.  A pack is
chosen from its YAML (``applies:`` and ``report.year_pattern``), so only the chosen pack is compiled.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..analysis.structure import report_year
from ..model.diagnostics import ConfigError
from ..text.normalize import normalize
from .compile import compile_pack, src_line
from .load import available_packs, load_raw, resolve_pack_ref
from .model import Pack, PackPart
from .regexes import compile_regex
from .schema import assemble
from .yamlload import LDict


class _Applies:
    """When a pack is chosen: its ``applies:`` and ``report.year_pattern``, compiled from its YAML."""

    __slots__ = ("title", "years", "year_pattern")

    def __init__(self, raw: LDict) -> None:
        applies = raw.get("applies", {}) or {}
        report = raw.get("report", {}) or {}
        self.title = compile_regex(applies["title"], *src_line(applies, "title"), "applies.title") \
            if "title" in applies else None
        years = applies.get("years", {}) or {}
        self.years = (years.get("min"), years.get("max"))
        self.year_pattern = compile_regex(report["year_pattern"], *src_line(report, "year_pattern"),
                                          "report.year_pattern") if report.get("year_pattern") else None

    def match(self, title: str | None, year: int | None) -> bool:
        pack_year = report_year(title, None, self.year_pattern) if self.year_pattern is not None else year
        if pack_year is None:
            return False
        if self.title is not None and (not title or not self.title.search(normalize(title))):
            return False
        lo, hi = self.years
        if (lo is not None and pack_year < lo) or (hi is not None and pack_year > hi):
            return False
        return not (self.title is None and lo is None and hi is None)


class PackLoader:
    """Packs for one set of check kinds, each read and compiled once (an edited file is read again)."""

    def __init__(self, kinds: Sequence[PackPart]) -> None:
        self.kinds = tuple(kinds)
        self.schema = assemble(self.kinds)
        self._raw: dict[tuple[str, int, int], LDict] = {}
        self._compiled: dict[tuple[str, int, int], Pack] = {}
        self._applies: dict[tuple[str, int, int], _Applies] = {}
        self._files: set[str] = set()  # every pack file read (a pack and what it extends)

    def raw(self, path: Path) -> LDict:
        """The pack's validated YAML, with what it extends folded in."""
        key = _file_key(path)
        if key is None:
            return load_raw(path, self.schema)  # raises the usual ConfigError
        if key not in self._raw:
            read: list[str] = []
            self._raw[key] = load_raw(path, self.schema, read=read)
            self._files.update(read)
        return self._raw[key]

    def files_read(self) -> set[str]:
        """The real paths of every pack file read so far: a run must never write over one."""
        return set(self._files)

    def compiled(self, path: Path) -> Pack:
        key = _file_key(path)
        if key is not None and key in self._compiled:
            return self._compiled[key]
        pack = compile_pack(self.raw(path), str(path.resolve()), self.kinds)
        if key is not None:
            self._compiled[key] = pack
        return pack

    def compiled_packs(self) -> list[str]:
        """The ids of the packs compiled so far (a pack is chosen from its YAML, without compiling it)."""
        return sorted(pack.id for pack in self._compiled.values())

    def load(self, ref: str, base_dir: Path | None = None) -> Pack:
        """A pack by name or path (relative to ``base_dir``, the configuration file's folder)."""
        path = resolve_pack_ref(ref, base_dir)
        if path is None or not path.exists():
            names = ", ".join(sorted(available_packs()))
            raise ConfigError(f"找不到规则包 '{ref}'（内置：{names}）", None)
        return self.compiled(path)

    def choose(self, title: str | None, year: int | None) -> Pack | None:
        """The built-in or plugin pack whose ``applies`` matches the title and the report year; a
        pack with its own ``report.year_pattern`` reads the year from the title itself."""
        for _name, path in sorted(available_packs().items()):
            try:
                key = _file_key(path)
                applies = self._applies.get(key) if key is not None else None
                if applies is None:
                    applies = _Applies(self.raw(path))
                    if key is not None:
                        self._applies[key] = applies
                if applies.match(title, year):
                    return self.compiled(path)
            except ConfigError:  # a broken pack is not offered
                continue
        return None


def _file_key(path: Path) -> tuple[str, int, int] | None:
    """A pack file's identity in this process: its real path, modification time and size."""
    try:
        resolved = path.resolve()
        st = resolved.stat()
    except OSError:
        return None
    return str(resolved), st.st_mtime_ns, st.st_size

