"""Baselines: accept the findings a report has today, report only new ones tomorrow.

``reportlint baseline PATH... -o reportlint-baseline.json`` records, per file, the fingerprint of
each finding (``Diagnostic.fingerprint``: rule, labels and values, never line numbers), so a
paragraph added above a table does not resurface its old findings, while a changed number does.
Paths are stored relative to the baseline file's folder, so the baseline works from any folder.
A fingerprint recorded twice accepts two findings with that fingerprint, not more.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from ..model.diagnostics import ConfigError, FileResult
from ..model.version import __version__

SCHEMA = 1


def _key(path: str, base: Path) -> str:
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(base.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(resolved, base.resolve())).as_posix()


def render(results: list[FileResult], target: Path) -> str:
    base = target.parent if str(target.parent) else Path(".")
    files: dict[str, list[dict]] = {}
    for result in sorted(results, key=lambda r: _key(r.path, base)):
        entries = [{"fingerprint": d.fingerprint, "code": d.code, "rule": d.rule, "message": d.message}
                   for d in result.diagnostics]
        if entries:
            files[_key(result.path, base)] = entries
    payload = {"schema": SCHEMA, "reportlint": __version__, "files": files}
    from ..output.safetext import json_text  # a file name's undecodable bytes as escapes that read back

    return json_text(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"


class Baseline:
    def __init__(self, path: Path, files: dict[str, Counter]):
        self.path, self.files = path, files

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        from ..packs.textfile import MAX_BASELINE_BYTES, read_text_file

        path = Path(path)
        text = read_text_file(path, "基线文件", MAX_BASELINE_BYTES)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"基线文件不是有效的 JSON：{exc.msg}", path=str(path), line=exc.lineno) from None
        except RecursionError:
            raise ConfigError("基线文件不是有效的 JSON：嵌套过深", path=str(path)) from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("files"), dict):
            raise ConfigError(f"不是 reportlint 基线文件（应有 schema = {SCHEMA} 与 files）", path=str(path))
        files = {}
        for name, entries in data["files"].items():
            if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
                                                        for e in entries):
                raise ConfigError("每个文件应为 {fingerprint, ...} 的数组", path=str(path), key=f"files.{name}")
            files[name] = Counter(e["fingerprint"] for e in entries)
        return cls(path, files)

    def filter(self, result: FileResult) -> FileResult:
        """Drop the findings the baseline accepts (each recorded fingerprint accepts one finding)."""
        base = self.path.parent if str(self.path.parent) else Path(".")
        left = Counter(self.files.get(_key(result.path, base), Counter()))
        kept = []
        for d in result.diagnostics:
            fp = d.fingerprint
            if left[fp] > 0:
                left[fp] -= 1
                continue
            kept.append(d)
        result.diagnostics = kept
        return result
