"""The built-in packs ready to use: their validated, merged YAML kept as JSON beside them.

Why: every run needs the built-in packs to choose one, and reading them from YAML means importing
PyYAML and composing and validating ~50 KB of it (together about a fifth of a one-file check).  The
JSON written here is the same tree :func:`.load.load_raw` returns (every mapping and list with its
file and lines, so errors still name them), made by that very function; reading it is one
``json.loads``.

It is data only — never pickle or marshal, which run code from a crafted file — and it is trusted only
while it describes the YAML on disk: it records the size and CRC-32 of every file it was built from
(the pack and what it extends), and when any differs (an edited pack, a stale checkout) the YAML is
read as before.  A file that does not have exactly the expected shape is ignored the same way.

It also records what the build's vetting found (``vetted``, see :class:`.regexes.Vetted`): the
patterns that compile and cannot backtrack for ever, the prose patterns' named groups, the identity
expressions as parsed (``expressions.py``) and the message templates checked (``templates.py``), so that
a run skips that work for the built-in packs.  The
record is data about this very tree, believed only with it (the same fingerprints); a pattern or an
identity it does not name is vetted or parsed as in any other pack, and a custom pack, an edited YAML or
a stale JSON is vetted and parsed in full.

Beside each pack's file, a second one of the same form (``NAME.choice.json``) holds only the parts of
its tree a choice reads (:func:`.applies.choice_tree`): a run reads and decodes that of every built-in
pack to choose one, and the whole tree of the chosen pack only.

Rebuild after editing a built-in pack: ``python -m reportlint.app.prebuild`` (a test fails while
the JSON is stale, so the slow path is never shipped unnoticed).
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from .expressions import identity_data, identity_from_data
from .regexes import Vetted
from .yamlload import LDict, LList

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT = 3  # 2: with the vetting record; 3: and the identities as parsed, the templates checked
FOLDER = "prebuilt"  # inside the built-in rules folder


_SCALARS = frozenset((str, int, float, bool, type(None)))  # what json.loads makes besides dicts and lists


class _Malformed(Exception):
    """The JSON is not a tree this module wrote."""


def prebuilt_path(pack_path: Path, part: str = "tree") -> Path:
    suffix = "" if part == "tree" else f".{part}"
    return pack_path.parent / FOLDER / f"{pack_path.stem}{suffix}.json"


def fingerprint(path: Path) -> list[int] | None:
    """The size and CRC-32 of a file's bytes (None when it cannot be read): enough to notice an edit."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return [len(data), zlib.crc32(data)]


def encode(raw: LDict) -> dict[str, Any]:
    """The JSON form of a validated pack tree; files are named relative to the built-in rules folder."""
    files: list[str] = []

    def file_id(src: str) -> int:
        name = Path(src).name if src else ""
        if name not in files:
            files.append(name)
        return files.index(name)

    def node(value: Any) -> Any:
        if isinstance(value, LDict):
            return {"d": [file_id(value.src), value.line], "k": dict(value.key_lines),
                    "v": {key: node(item) for key, item in value.items()}}
        if isinstance(value, LList):
            return {"l": [file_id(value.src), value.line], "i": list(value.item_lines), "v": [node(item) for item in value]}
        if isinstance(value, (dict, list)):
            raise TypeError(f"a pack tree holds only LDict and LList, not {type(value).__name__}")
        if value is not None and not isinstance(value, (str, int, float, bool)):
            raise TypeError(f"a pack value JSON cannot hold: {value!r}")
        return value

    tree = node(raw)
    return {"format": FORMAT, "files": files, "tree": tree}


def decode(data: Any, rules_dir: Path) -> LDict:
    """The pack tree of :func:`encode`'s JSON; raises _Malformed on anything else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Malformed
    files = data.get("files")
    if not isinstance(files, list) or not all(isinstance(name, str) for name in files):
        raise _Malformed
    sources = [str(rules_dir / name) if name else "" for name in files]

    def where(pair: Any) -> tuple[str, int]:
        if (not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], int)
                or not 0 <= pair[0] < len(sources) or not isinstance(pair[1], int)):
            raise _Malformed
        return sources[pair[0]], pair[1]

    def parts(value: dict, tag: str, lines_key: str, kind: type) -> tuple[str, int, Any, Any]:
        """A node's file and line, the lines of its keys or items, and its values (both of ``kind``)."""
        src, line = where(value[tag])
        lines, items = value.get(lines_key), value.get("v")
        if not isinstance(lines, kind) or not isinstance(items, kind):
            raise _Malformed
        if not all(isinstance(n, int) for n in (lines.values() if kind is dict else lines)):
            raise _Malformed
        return src, line, lines, items

    def node(value: Any) -> Any:
        if type(value) in _SCALARS:  # most of a tree: taken as they are
            return value
        if isinstance(value, dict) and "d" in value:
            src, line, key_lines, items = parts(value, "d", "k", dict)
            mapping = LDict({key: item if type(item) in _SCALARS else node(item) for key, item in items.items()},
                            src=src, line=line)
            mapping.key_lines.update(key_lines)
            return mapping
        if isinstance(value, dict) and "l" in value:
            src, line, item_lines, items = parts(value, "l", "i", list)
            sequence = LList([item if type(item) in _SCALARS else node(item) for item in items], src=src, line=line)
            sequence.item_lines = item_lines
            return sequence
        raise _Malformed  # a dict or list that is no node (json.loads makes nothing else)

    tree = node(data.get("tree"))
    if not isinstance(tree, LDict):
        raise _Malformed
    return tree


def encode_vetted(vetted: Vetted) -> dict[str, Any]:
    return {"compiled": sorted(vetted.compiled), "shapes": sorted(vetted.shapes),
            "groups": {pattern: sorted(names) for pattern, names in sorted(vetted.groups.items())},
            "identities": [identity_data(keys, identity) for (_, keys), identity in sorted(vetted.identities.items())],
            "templates": sorted(vetted.templates)}


def decode_vetted(data: Any) -> Vetted:
    """The vetting record of :func:`encode_vetted`'s JSON; raises _Malformed on anything else."""
    if not isinstance(data, dict) or set(data) != {"compiled", "shapes", "groups", "identities", "templates"}:
        raise _Malformed
    compiled, shapes, groups, identities = data["compiled"], data["shapes"], data["groups"], data["identities"]
    templates = data["templates"]
    if not (isinstance(compiled, list) and isinstance(shapes, list) and isinstance(groups, dict)
            and isinstance(identities, list) and isinstance(templates, list)):
        raise _Malformed
    names = [name for value in groups.values() if isinstance(value, list) for name in value]
    if (not all(isinstance(item, str) for item in (*compiled, *shapes, *names, *templates))
            or not all(isinstance(value, list) for value in groups.values())):
        raise _Malformed
    try:
        parsed = dict(identity_from_data(item) for item in identities)
    except ValueError:
        raise _Malformed from None
    return Vetted(compiled, shapes, groups, parsed, templates)


def build(pack_path: Path, raw: LDict, read: list[str], vetted: Vetted) -> dict[str, Any]:
    """The JSON document for a built-in pack whose validated tree is ``raw``, read from ``read``,
    whose compile vetted what ``vetted`` records."""
    rules_dir = pack_path.parent
    document = encode(raw)
    document["vetted"] = encode_vetted(vetted)
    sources = {}
    for name in read:
        path = Path(name)
        if path.parent.resolve() != rules_dir.resolve():
            raise ValueError(f"a built-in pack extends a file outside the rules folder: {name}")
        sources[path.name] = fingerprint(path)
    document["sources"] = sources
    return document


def load(pack_path: Path, part: str = "tree") -> tuple[LDict, list[str]] | None:
    """The prebuilt tree of a built-in pack (``part``: or the parts of it a choice reads) and the files
    it stands for, or None when there is none that matches the YAML on disk (the caller then reads
    the YAML)."""
    found = load_vetted(pack_path, part)
    return None if found is None else found[:2]


def load_vetted(pack_path: Path, part: str = "tree") -> tuple[LDict, list[str], Vetted] | None:
    """:func:`load`, with the vetting record of the build."""
    rules_dir = pack_path.parent
    try:
        data = json.loads(prebuilt_path(pack_path, part).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    sources = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(sources, dict) or pack_path.name not in sources:
        return None
    for name, recorded in sources.items():
        if not isinstance(name, str) or "/" in name or "\\" in name or fingerprint(rules_dir / name) != recorded:
            return None
    try:
        tree = decode(data, rules_dir)
        vetted = decode_vetted(data.get("vetted"))
    except (_Malformed, RecursionError):
        return None
    return tree, [str((rules_dir / name).resolve()) for name in sources], vetted


def text_of(document: dict[str, Any]) -> str:
    """The file's text: one value per line, in the pack's order, so that a rebuild shows as a readable diff."""
    return json.dumps(document, ensure_ascii=False, sort_keys=False, indent=0) + "\n"
