"""Reading pack files: find a pack by name or path, read its YAML, validate it, fold in what it extends.

A pack may ``extends:`` another (a built-in one by name, or a YAML path relative to it): the child's
lists replace the parent's items of the same ``id`` and add the others, its mappings are merged key
by key, and ``remove:`` drops inherited items by id.  ``examples:`` are not inherited (they test the
pack that carries them).  Every mistake is a ConfigError naming the file, the line and the key.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..model.diagnostics import ConfigError
from .yamlload import LDict, LList, load_yaml

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_EXTENDS = 20  # packs in one extends chain (the built-in ones are two)


def builtin_rules_dir() -> Path:
    """Where the built-in packs live: inside the installed package, or in the source tree."""
    from .package_data import PACKAGE_DIR

    packaged = PACKAGE_DIR / "rules"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parents[1] / "rules"


def is_builtin(path: Path) -> bool:
    """Whether a pack file is one of the built-in packs."""
    return path in _builtin_packs()


def read_pack_file(path: Path, referrer: tuple[str, int, str] | None = None) -> LDict:
    """A pack file's YAML as a mapping that remembers its lines (not yet validated).  ``referrer``:
    the (file, line, reference) of the ``extends:`` that names it, where a file that cannot be read
    at all (missing, a pipe, a device, too large) is reported."""
    from .textfile import MAX_PACK_BYTES, read_text_file  # a prebuilt built-in pack reads no YAML

    try:
        text = read_text_file(path, "规则包文件", MAX_PACK_BYTES)
    except ConfigError as exc:
        if referrer is None:
            raise
        src, line, ref = referrer
        raise ConfigError(f"被继承的规则包 '{ref}'：{exc.message}", src, line, "extends") from None
    data = load_yaml(text, str(path))
    if not isinstance(data, LDict):
        raise ConfigError("规则包必须是一个 YAML 映射（以 pack: 开头）", str(path), 1)
    return data


def _merge_lists_by_id(base: list, child: list) -> LList:
    out = LList(src=getattr(child, "src", ""), line=getattr(child, "line", 0))
    index = {item.get("id"): i for i, item in enumerate(base) if isinstance(item, dict)}
    out.extend(base)
    out.item_lines = list(getattr(base, "item_lines", [0] * len(base)))
    for i, item in enumerate(child):
        item_line = child.item_lines[i] if isinstance(child, LList) and i < len(child.item_lines) else 0
        if isinstance(item, dict) and item.get("id") in index:
            out[index[item["id"]]] = item
        else:
            out.append(item)
            out.item_lines.append(item_line)
    return out


def _merge_mappings(old: dict, value: dict, src: str, line: int) -> LDict:
    inner = LDict(src=src, line=line)
    inner.update(old)
    inner.update(value)
    for part in (old, value):
        if isinstance(part, LDict):
            inner.key_lines.update(part.key_lines)
    return inner


def merge(base: LDict, child: LDict) -> LDict:
    """The child pack over its parent (see the module's docstring)."""
    merged = LDict(src=child.src, line=child.line)
    merged.update(base)
    merged.key_lines.update(base.key_lines)
    merged.pop("examples", None)  # examples test the pack that carries them; they are not inherited
    for key, value in child.items():
        if key in ("extends", "remove"):
            continue
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            merged[key] = _merge_lists_by_id(old, value)
        elif key == "sections" and isinstance(old, dict) and isinstance(value, dict):
            inner = LDict(src=child.src, line=child.line_of(key))
            inner.update(old)
            for part in (old, value):  # each key keeps the line it was written on
                if isinstance(part, LDict):
                    inner.key_lines.update(part.key_lines)
            for k, v in value.items():
                if k == "items" and isinstance(inner.get("items"), list):
                    inner["items"] = _merge_lists_by_id(inner["items"], v)
                else:
                    inner[k] = v
            merged[key] = inner
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge_mappings(old, value, value.src if isinstance(value, LDict) else child.src,
                                          child.line_of(key))
        else:
            merged[key] = value
        merged.key_lines[key] = child.line_of(key)
    for removed in child.get("remove", []) or []:
        for key, items in list(merged.items()):
            if isinstance(items, list) and any(isinstance(i, dict) and "id" in i for i in items):
                kept = LList(src=getattr(items, "src", ""), line=getattr(items, "line", 0))
                kept.extend(i for i in items if not (isinstance(i, dict) and i.get("id") == removed))
                merged[key] = kept
    return merged


def load_raw(path: Path, schema: dict[str, Any], _seen: tuple[str, ...] = (), read: list[str] | None = None,
             _referrer: tuple[str, int, str] | None = None) -> LDict:
    """Read a pack file, validate it against ``schema``, and fold in the pack it extends (``read``
    collects every file read; ``_referrer`` is the extends: that named it, for its errors)."""
    resolved = str(path.resolve())
    if resolved in _seen:
        raise ConfigError("extends 形成了循环", str(path))
    if read is not None:
        read.append(resolved)
    from .schema import check_schema  # imported only when a YAML pack is validated

    data = read_pack_file(path, _referrer)
    problems = check_schema(data, str(path), schema)
    if problems:
        raise problems[0]
    parent_ref = data.get("extends")
    if not parent_ref:
        return data
    parent_path = resolve_pack_ref(parent_ref, base_dir=path.parent)
    if parent_path is None or not parent_path.exists():
        raise ConfigError(f"找不到被继承的规则包 '{parent_ref}'", str(path), data.line_of("extends"), "extends")
    if len(_seen) + 1 >= MAX_EXTENDS:  # each level is read and merged: a chain of hundreds would recurse too deep
        raise ConfigError(f"extends 层数过多（超过 {MAX_EXTENDS} 层）", str(path), data.line_of("extends"), "extends")
    if str(parent_path.resolve()) in (*_seen, resolved):
        chain = " → ".join(Path(p).name for p in (*_seen, resolved, str(parent_path.resolve())))
        raise ConfigError(f"extends 形成了循环（{chain}）", str(path), data.line_of("extends"), "extends")
    referrer = (str(path), data.line_of("extends"), parent_ref)
    return merge(load_raw(parent_path, schema, (*_seen, resolved), read, referrer), data)


def plugin_packs() -> dict[str, Path]:
    """Packs that other installed distributions provide through the ``reportlint.packs`` group."""
    from .entrypoints import entry_points

    found: dict[str, Path] = {}
    for ep in entry_points(group="reportlint.packs"):
        try:
            target = ep.load()
            value = target() if callable(target) else target
            found[ep.name] = Path(str(value))
        except Exception:  # a broken plugin must not stop the run; it is simply not offered
            continue
    return found


@cache
def _builtin_packs() -> tuple[Path, ...]:
    """The built-in pack files (inside the installed package: listed once per process).  Listed, not
    globbed: ``Path.glob`` translates and compiles its pattern on every cold start."""
    return tuple(sorted(path for path in builtin_rules_dir().iterdir() if path.name.endswith(".yaml")))


def available_packs() -> dict[str, Path]:
    """Every pack that can be named: the built-in ones, then those of plugins."""
    packs = {p.stem: p for p in _builtin_packs()}
    for name, path in plugin_packs().items():
        packs.setdefault(name, path)
    return packs


def resolve_pack_ref(ref: str, base_dir: Path | None = None) -> Path | None:
    """A pack reference is a built-in/plugin pack name or a path to a YAML file."""
    if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
        candidate = Path(ref)
        if not candidate.is_absolute() and base_dir is not None:
            local = base_dir / candidate
            if local.exists():
                return local
        if candidate.exists():
            return candidate
        if base_dir is not None and not candidate.is_absolute():
            return base_dir / candidate
        return candidate
    builtin = builtin_rules_dir() / f"{ref}.yaml"
    if builtin.exists():
        return builtin
    return plugin_packs().get(ref)
