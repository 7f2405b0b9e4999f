"""The check kinds of a run: the built-in ones, in the order they run, then those of plugins.

A plugin is a module named by an entry point of the ``reportlint.checks`` group that declares what
``checks/base.py`` describes.  A plugin that cannot be loaded stops the run with a one-line error
naming it, rather than silently checking less than the user installed.
"""

from __future__ import annotations

import importlib
from functools import cache

from ..model.diagnostics import ConfigError
from .base import RuleInfo

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# One line per kind: the module in this package.  ``input`` declares the rules of reading a file
# (RL1xx) and runs nothing; ``crossyear`` runs after every file of a run, over their facts.
BUILTIN = ("input", "sections", "tables", "arithmetic", "values", "dates", "version", "prose", "crossyear")


def builtin_kinds() -> tuple[Any, ...]:
    return tuple(importlib.import_module(f".{name}", __package__) for name in BUILTIN)


@cache
def _plugins() -> tuple[tuple[str, Any], ...]:
    """(distribution, module) of each check kind from another distribution (group ``reportlint.checks``)."""
    from ..packs.entrypoints import entry_points

    found = []
    for ep in sorted(entry_points(group="reportlint.checks"), key=lambda e: e.name):
        source = ep.dist.name if ep.dist else ep.value
        try:
            module = ep.load()
        except Exception as exc:
            raise ConfigError(f"检查插件 {source}（{ep.value}）无法加载：{type(exc).__name__}: {exc}") from None
        if not hasattr(module, "KIND") or not (hasattr(module, "run") or hasattr(module, "RULES")):
            raise ConfigError(f"检查插件 {source}（{ep.value}）没有声明 KIND、RULES 和 run(ctx, part)")
        found.append((source, module))
    return tuple(found)


def plugin_kinds() -> tuple[Any, ...]:
    return tuple(module for _, module in _plugins())


@cache
def all_kinds() -> tuple[Any, ...]:
    """Every check kind of this process, built-in first."""
    return builtin_kinds() + plugin_kinds()


def origin(kind: Any) -> str:
    """Where a kind comes from, as ``reportlint rules`` says it: the engine, or the plugin's distribution."""
    for source, module in _plugins():
        if module is kind:
            return f"plugin {source}"
    return "engine"


def runs(kind: Any, pack: Any) -> bool:
    """Whether a kind has something to check with this pack (a kind without ``compile`` always runs)."""
    return not hasattr(kind, "compile") or pack.part(kind.KIND) is not None


def describe_rules(pack: Any) -> list[RuleInfo]:
    """Every rule of a pack, the kinds' and the pack's own, as ``reportlint rules`` lists them."""
    out: list[RuleInfo] = []
    for kind in pack.kinds:
        declared = getattr(kind, "pack_rules", None)
        if declared is not None and pack.part(kind.KIND) is not None:
            out.extend(declared(pack, pack.part(kind.KIND)))
        if not runs(kind, pack):
            continue
        for rule in getattr(kind, "RULES", ()):
            severity = pack.severity_of(rule.id, rule.severity)
            if severity is None:
                continue
            out.append(RuleInfo(rule.id, rule.code, kind.KIND, severity, rule.summary_in(pack.language),
                                rule.doc or (kind.__doc__ or ""), origin(kind)))
    return out
