"""Configuration: ``[tool.reportlint]`` in pyproject.toml or a ``reportlint.toml``, the nearest one
to each checked file (walking up from the file's folder, as ruff does; no merging of parents).

Keys (all optional)::

    pack = "cn-gov-disclosure-2021"        # a pack name or a YAML path (relative to the config file)
    select = ["RL4", "RL5"]                 # code prefixes, codes or rule ids; default: everything
    ignore = ["dates.style", "RL304"]
    severity = { "dates.style" = "off", RL501 = "error" }   # error | warning | info | off
    exclude = ["drafts/**", "*.tmp.md"]     # globs relative to the config file's folder
    fail-on = "warning"                     # error | warning | info | never
    [[tool.reportlint.overrides]]           # later overrides win
    files = ["legacy/**"]
    ignore = ["RL5"]                        # also select, severity, pack

Selection and severity are applied to a file's findings after the checks ran (:func:`apply`), so
the engine knows nothing of configuration.  Command-line flags override the file.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from ..model.diagnostics import ConfigError, Diagnostic, Severity
from ..model.records import Record
from ..text.lazyregex import LazyRegex

CONFIG_NAMES = ("reportlint.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info", "off")
FAIL_ON = ("error", "warning", "info", "never")
_TOP_KEYS = {"pack", "select", "ignore", "severity", "exclude", "fail-on", "overrides"}
_OVERRIDE_KEYS = {"files", "pack", "select", "ignore", "severity"}
MAX_ITEMS = 1_000  # entries of a list or table, and globs in all: each is tried for every file or finding


class Override(Record):
    """One entry of ``overrides``: settings for the files its ``files`` globs match."""

    __slots__ = ("files", "pack", "select", "ignore", "severity")

    def __init__(self, files: list[str], pack: str | None = None, select: list[str] | None = None,
                 ignore: list[str] | None = None, severity: dict[str, str] | None = None) -> None:
        self.files = files
        self.pack = pack
        self.select = select
        self.ignore = [] if ignore is None else ignore
        self.severity = {} if severity is None else severity


class Config(Record):
    """One configuration file as read (``path`` None: the built-in defaults)."""

    __slots__ = ("path", "root", "pack", "select", "ignore", "severity", "exclude", "fail_on", "overrides")

    def __init__(self, path: Path | None = None, root: Path | None = None, pack: str | None = None,
                 select: list[str] | None = None, ignore: list[str] | None = None, severity: dict[str, str] | None = None,
                 exclude: list[str] | None = None, fail_on: str | None = None, overrides: list[Override] | None = None) -> None:
        self.path = path
        self.root = Path.cwd() if root is None else root
        self.pack = pack
        self.select = select
        self.ignore = [] if ignore is None else ignore
        self.severity = {} if severity is None else severity
        self.exclude = [] if exclude is None else exclude
        self.fail_on = fail_on
        self.overrides = [] if overrides is None else overrides


class Settings(Record):
    """The settings in force for one file: its config with the matching overrides and CLI flags."""

    __slots__ = ("config", "pack", "pack_base", "select", "ignore", "severity", "fail_on", "excluded", "overrides")

    def __init__(self, config: Path | None, pack: str | None, pack_base: Path | None, select: list[str] | None,
                 ignore: list[str], severity: dict[str, str], fail_on: str, excluded: bool, overrides: list[str]) -> None:
        self.config = config
        self.pack = pack
        self.pack_base = pack_base
        self.select = select
        self.ignore = ignore
        self.severity = severity
        self.fail_on = fail_on
        self.excluded = excluded
        self.overrides = overrides  # the file globs of the overrides that applied

    def selected(self, d: Diagnostic) -> bool:
        if any(matches(s, d) for s in self.ignore):
            return False
        if self.select is None or d.check == "input":  # input problems are never deselected by select
            return True
        return any(matches(s, d) for s in self.select)

    def severity_of(self, d: Diagnostic) -> str:
        """The configured severity: the most specific matching key wins (rule id, code, prefix)."""
        best, best_rank = d.severity.value, -1
        for key, value in self.severity.items():
            rank = specificity(key, d)
            if rank > best_rank:
                best, best_rank = value, rank
        return best

    def render(self, path: str) -> str:
        def items(values: list[str] | None) -> str:
            return "(all)" if values is None else ", ".join(values) if values else "(none)"

        lines = [
            f"file: {path}",
            f"config: {self.config if self.config else '(none: defaults)'}",
            f"excluded: {'yes' if self.excluded else 'no'}",
            f"pack: {self.pack or '(chosen from the report title and year)'}",
            f"select: {items(self.select)}",
            f"ignore: {items(self.ignore)}",
            "severity: " + (", ".join(f"{k} = {v}" for k, v in self.severity.items()) or "(pack defaults)"),
            f"fail-on: {self.fail_on}",
            "overrides: " + ("; ".join(self.overrides) or "(none)"),
        ]
        return "\n".join(lines) + "\n"


def matches(selector: str, d: Diagnostic) -> bool:
    return specificity(selector, d) >= 0


def specificity(selector: str, d: Diagnostic) -> int:
    """How specifically ``selector`` names ``d`` (-1: not at all).  A rule id beats a full code,
    which beats a shorter code prefix; ``ALL`` matches everything, least specifically."""
    if selector == "ALL":
        return 0
    if selector == d.rule:
        return 100
    if d.rule.startswith(selector + "."):
        return 50 + len(selector)
    upper = selector.upper()
    if re.fullmatch(r"RL\d*", upper) and d.code.startswith(upper):
        return len(upper)
    return -1


# -- reading -----------------------------------------------------------------------------------
def _line_of(text: str, key_path: list[str | int]) -> int | None:
    """The line of a key in TOML text: after the table that holds it, the first ``key =`` line.

    ``key_path`` is like ["severity", "dates.style"] or ["overrides", 1, "select"] under the
    reportlint table.  Good enough to point a person at the right line; falls back to the line of
    the nearest enclosing key that can be found."""
    lines = text.split("\n")
    start = 0
    for i, line in enumerate(lines):
        if re.match(r"\s*\[\s*tool\s*\.\s*reportlint\s*\]", line):
            start = i
            break
    found: int | None = None
    pos = start
    for part in key_path:
        if isinstance(part, int):
            headers = [i for i in range(pos, len(lines))
                       if re.match(r"\s*\[\[\s*(tool\s*\.\s*reportlint\s*\.\s*)?overrides\s*\]\]", lines[i])]
            if part < len(headers):
                pos = found = headers[part]
                found += 1
            continue
        pattern = re.compile(r"^\s*(?:[{,]\s*)?[\"']?" + re.escape(part) + r"[\"']?\s*=|[{,]\s*[\"']?"
                             + re.escape(part) + r"[\"']?\s*=")
        for i in range(pos, len(lines)):
            if pattern.search(lines[i]):
                pos = i
                found = i + 1
                break
    return found


def _error(path: Path, text: str, key_path: list[str | int], message: str) -> ConfigError:
    name = ".".join((f'"{p}"' if "." in p else p) if isinstance(p, str) else f"[{p}]" for p in key_path)
    name = name.replace(".[", "[")
    return ConfigError(message, path=str(path), line=_line_of(text, key_path), key=name)


def _strings(value, path: Path, text: str, key_path: list[str | int]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(path, text, key_path, "应为字符串数组，例如 [\"RL5\", \"dates.style\"]")
    if len(value) > MAX_ITEMS:  # each one is tried for every finding or file
        raise _error(path, text, key_path, f"项过多（{len(value)} 项，上限 {MAX_ITEMS}）")
    return list(value)


def _severity(value, path: Path, text: str, key_path: list[str | int]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _error(path, text, key_path, "应为表，例如 { \"dates.style\" = \"off\", RL501 = \"error\" }")
    if len(value) > MAX_ITEMS:
        raise _error(path, text, key_path, f"项过多（{len(value)} 项，上限 {MAX_ITEMS}）")
    out = {}
    for k, v in value.items():
        if v not in SEVERITIES:
            raise _error(path, text, [*key_path, k], f"严重程度应为 {' | '.join(SEVERITIES)} 之一，收到 {v!r}")
        out[k] = v
    return out


def _pack(value, path: Path, text: str, key_path: list[str | int]) -> str:
    if not isinstance(value, str) or not value:
        raise _error(path, text, key_path, "应为规则包名称或 YAML 文件路径（字符串）")
    return value


def parse(path: Path, text: str, table: dict) -> Config:
    cfg = Config(path=path, root=path.parent)
    for key, value in table.items():
        if key not in _TOP_KEYS:
            raise _error(path, text, [key], f"未知的配置项；可用：{', '.join(sorted(_TOP_KEYS))}")
        if key == "pack":
            cfg.pack = _pack(value, path, text, [key])
        elif key == "select":
            cfg.select = _strings(value, path, text, [key])
        elif key == "ignore":
            cfg.ignore = _strings(value, path, text, [key])
        elif key == "exclude":
            cfg.exclude = _globs(value, path, text, [key])
        elif key == "severity":
            cfg.severity = _severity(value, path, text, [key])
        elif key == "fail-on":
            if value not in FAIL_ON:
                raise _error(path, text, [key], f"应为 {' | '.join(FAIL_ON)} 之一，收到 {value!r}")
            cfg.fail_on = value
        elif key == "overrides":
            if not isinstance(value, list) or not all(isinstance(o, dict) for o in value):
                raise _error(path, text, [key], "应为表的数组（[[tool.reportlint.overrides]] 或 [{files = [...], ...}]）")
            if len(value) > MAX_ITEMS:
                raise _error(path, text, [key], f"overrides 过多（{len(value)} 个，上限 {MAX_ITEMS}）")
            for n, item in enumerate(value):
                cfg.overrides.append(_override(item, path, text, n))
    globs = len(cfg.exclude) + sum(len(o.files) for o in cfg.overrides)
    if globs > MAX_ITEMS:  # every glob is matched against every file checked
        where: list[str | int] = ["overrides", 0] if cfg.overrides else ["exclude"]
        raise ConfigError(f"glob 过多（exclude 与 overrides 共 {globs} 个，上限 {MAX_ITEMS}）", path=str(path),
                          line=_line_of(text, where), key=str(where[0]))
    return cfg


def _override(item: dict, path: Path, text: str, n: int) -> Override:
    where: list[str | int] = ["overrides", n]
    for key in item:
        if key not in _OVERRIDE_KEYS:
            raise _error(path, text, [*where, key], f"未知的配置项；overrides 中可用：{', '.join(sorted(_OVERRIDE_KEYS))}")
    if "files" not in item:
        raise _error(path, text, where, "缺少 files（文件 glob 数组）")
    ov = Override(files=_globs(item["files"], path, text, [*where, "files"]))
    if "pack" in item:
        ov.pack = _pack(item["pack"], path, text, [*where, "pack"])
    if "select" in item:
        ov.select = _strings(item["select"], path, text, [*where, "select"])
    if "ignore" in item:
        ov.ignore = _strings(item["ignore"], path, text, [*where, "ignore"])
    if "severity" in item:
        ov.severity = _severity(item["severity"], path, text, [*where, "severity"])
    return ov


def read_config(path: Path) -> Config | None:
    """The reportlint configuration in ``path``, or None (a pyproject.toml without the table).

    A pyproject.toml that cannot hold the table is not parsed (nor tomllib imported): one that never
    mentions reportlint, or names it only elsewhere (a dependency, a script); its other tools'
    settings (even broken ones) are not reportlint's business."""
    from ..packs.textfile import MAX_CONFIG_BYTES, read_text_file

    text = read_text_file(path, "配置文件", MAX_CONFIG_BYTES)
    if path.name == "pyproject.toml" and ("reportlint" not in text or not _MAY_HOLD_TABLE.search(text)):
        return None
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise ConfigError(f"TOML 语法错误：{exc}", path=str(path), line=int(m.group(1)) if m else None) from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(f"TOML 嵌套过深（超过 {MAX_TOML_DEPTH} 层的数组或内联表）", path=str(path),
                          line=_deep_toml_line(text)) from None
    except ValueError:  # a value tomllib cannot make: an integer of more than 4,300 digits
        long = re.search(r"[0-9_]{4000,}", text)
        line = text.count("\n", 0, long.start()) + 1 if long else None
        raise ConfigError(f"TOML 中的整数位数过多（{len(long.group()) if long else '超过 4300'} 位）", path=str(path),
                          line=line) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("reportlint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError("应为表", path=str(path), line=_line_of(text, []), key="tool.reportlint")
    else:
        table = data
    return parse(path, text, table)


MAX_TOML_DEPTH = 50  # reportlint's own keys nest two levels
# Where a pyproject.toml's ``tool.reportlint`` can be (keys written plainly, as the "reportlint" test above assumes):
# a header or a dotted key naming tool then reportlint, or a [tool] table or an inline ``tool = {…}`` holding it.
_MAY_HOLD_TABLE = LazyRegex(r"""tool["']?\s*\.\s*["']?reportlint|^\s*\[\s*["']?tool["']?\s*\]|\btool["']?\s*=\s*\{""", re.M)


def _deep_toml_line(text: str) -> int | None:
    """The line where arrays and inline tables first nest deeper than MAX_TOML_DEPTH (brackets in
    strings and comments not counted)."""
    depth, line, i, quote = 0, 1, 0, ""
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            line += 1
        if quote:
            if ch == "\\" and quote[0] == '"':
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
        elif ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            i += len(quote)
            continue
        elif ch == "#":
            end = text.find("\n", i)
            i = len(text) if end == -1 else end
            continue
        elif ch in "[{":
            depth += 1
            if depth > MAX_TOML_DEPTH:
                return line
        elif ch in "]}":
            depth -= 1
        i += 1
    return None


@lru_cache(maxsize=256)
def _config_in(directory: Path) -> Config | None:
    for name in CONFIG_NAMES:
        candidate = directory / name
        if os.path.lexists(candidate) and not candidate.is_dir():  # a pipe or a broken link is an error, not absent
            cfg = read_config(candidate)
            if cfg is not None:
                return cfg
    return None


def find_config(file: str | Path) -> Config | None:
    """The nearest configuration to a file: its folder, then each parent."""
    try:
        directory = Path(file).resolve().parent
    except (OSError, RuntimeError):  # a symlink loop: the folder it is listed in (issue 7)
        directory = Path(os.path.abspath(file)).parent
    for folder in (directory, *directory.parents):
        cfg = _config_in(folder)
        if cfg is not None:
            return cfg
    return None


def clear_cache() -> None:
    _config_in.cache_clear()


# -- globs ------------------------------------------------------------------------------------
def _glob_form(pattern: str) -> str:
    """The glob as matched: surrounding spaces, a leading ``./`` and trailing ``/`` removed."""
    pattern = pattern.strip()
    if pattern.startswith("./"):
        pattern = pattern[2:]
    return pattern.rstrip("/")


def glob_match(pattern: str, rel: str) -> bool:
    """gitignore-like: a pattern without ``/`` matches the file name or any folder name; one with
    ``/`` matches the path relative to the config folder (or one of its parent folders)."""
    from .globs import compile_glob

    pattern = _glob_form(pattern)
    parts = rel.split("/")
    if "/" not in pattern:
        glob = compile_glob(pattern)
        return any(glob.match(p) for p in parts)
    glob = compile_glob(pattern.lstrip("/"))
    return any(glob.match("/".join(parts[:k])) for k in range(1, len(parts) + 1))


def _globs(value, path: Path, text: str, key_path: list[str | int]) -> list[str]:
    """A list of globs, each compiled now: a glob that cannot mean anything is an error of this file."""
    from .globs import compile_glob

    globs = _strings(value, path, text, key_path)
    for glob in globs:
        try:
            compile_glob(_glob_form(glob).lstrip("/"))
        except ValueError as exc:
            raise _error(path, text, key_path, str(exc)) from None
    return globs


def relative_to(file: str | Path, root: Path) -> str:
    try:
        resolved = Path(file).resolve()
    except (OSError, RuntimeError):  # a symlink loop: the path as given, made absolute (issue 7)
        resolved = Path(os.path.abspath(file))
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix().lstrip("/")


# -- settings for a file ----------------------------------------------------------------------
class CliOverrides(Record):
    """What the command line sets, over any configuration file (``isolated``: read none)."""

    __slots__ = ("pack", "fail_on", "select", "ignore", "isolated")

    def __init__(self, pack: str | None = None, fail_on: str | None = None, select: list[str] | None = None,
                 ignore: list[str] | None = None, isolated: bool = False) -> None:
        self.pack = pack
        self.fail_on = fail_on
        self.select = select
        self.ignore = [] if ignore is None else ignore
        self.isolated = isolated


def settings_for(file: str | Path, cli: CliOverrides | None = None) -> Settings:
    cli = cli or CliOverrides()
    cfg = None if cli.isolated else find_config(file)
    cfg = cfg or Config(path=None)
    rel = relative_to(file, cfg.root)
    pack, pack_base = cfg.pack, cfg.root if cfg.path else None
    select = list(cfg.select) if cfg.select is not None else None
    ignore = list(cfg.ignore)
    severity = dict(cfg.severity)
    applied = []
    for ov in cfg.overrides:
        if any(glob_match(g, rel) for g in ov.files):
            applied.append(", ".join(ov.files))
            if ov.pack is not None:
                pack = ov.pack
            if ov.select is not None:
                select = list(ov.select)
            ignore += ov.ignore
            severity.update(ov.severity)
    excluded = cfg.path is not None and any(glob_match(g, rel) for g in cfg.exclude)
    if cli.pack:
        pack, pack_base = cli.pack, None
    if cli.select is not None:
        select = list(cli.select)
    ignore += cli.ignore
    return Settings(config=cfg.path, pack=pack, pack_base=pack_base, select=select, ignore=ignore,
                    severity=severity, fail_on=cli.fail_on or cfg.fail_on or "error", excluded=excluded,
                    overrides=applied)


def apply(diagnostics: list[Diagnostic], settings: Settings) -> list[Diagnostic]:
    """The findings the settings keep, with their configured severity."""
    out = []
    for d in diagnostics:
        if not settings.selected(d):
            continue
        level = settings.severity_of(d)
        if level == "off":
            continue
        out.append(d if level == d.severity.value else d.replace(severity=Severity(level)))
    return out
