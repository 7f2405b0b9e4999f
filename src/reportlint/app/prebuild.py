"""Rebuild the prebuilt JSON of every built-in pack (``python -m reportlint.app.prebuild``).

The JSON (``rules/prebuilt/``, see :mod:`reportlint.packs.prebuilt`) is made by the same loader and
schema a run uses, so it is exactly what reading the YAML gives; the pack is then compiled as a run
compiles it (its choice patterns, then every built-in check kind's part) to record what the vetting
found, which a run then need not find again; beside it, the parts of the tree a choice reads.  Run this
after editing a built-in
pack; ``tests/test_prebuilt_packs.py`` fails while it is stale.
"""

from __future__ import annotations

from pathlib import Path

from ..checks.registry import builtin_kinds
from ..packs.applies import choice_tree, compile_applies
from ..packs.compile import compile_pack
from ..packs.load import builtin_rules_dir, load_raw
from ..packs.prebuilt import build, prebuilt_path, text_of
from ..packs.regexes import Vetted, recording
from ..packs.schema import assemble


def prebuilt_texts(rules_dir: Path | None = None) -> dict[Path, str]:
    """Each built-in pack's prebuilt file and the text it should hold."""
    rules_dir = rules_dir or builtin_rules_dir()
    kinds = builtin_kinds()
    schema = assemble(kinds)
    texts: dict[Path, str] = {}
    for pack_path in sorted(rules_dir.glob("*.yaml")):
        read: list[str] = []
        raw = load_raw(pack_path, schema, read=read)
        with recording() as vetted:
            compile_applies(raw)
            compile_pack(raw, str(pack_path.resolve()), kinds)
        texts[prebuilt_path(pack_path)] = text_of(build(pack_path, raw, read, vetted))
        choosing = Vetted(vetted.compiled, vetted.shapes, vetted.groups)  # a choice parses no identity
        texts[prebuilt_path(pack_path, "choice")] = text_of(build(pack_path, choice_tree(raw), read, choosing))
    return texts


def main() -> int:
    for target, text in prebuilt_texts().items():
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
