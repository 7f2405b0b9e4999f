"""``reportlint pack``: tools for pack authors — check, new, schema, test.

* ``pack check FILE`` reports every problem of a pack file (YAML syntax, every schema problem with its
  line and key, then what compiling finds: bad regexes, identities over unknown keys, unknown
  section or table ids, severity overrides of rules that do not exist), exit 0 or 2.
* ``pack new NAME`` writes a commented starting pack ``NAME.yaml`` that passes ``pack check`` and
  ``pack test``; it never overwrites a file.  Its ``$schema`` line names ``pack.schema.json`` beside
  it (made by ``reportlint pack schema > pack.schema.json``, as its comment says): a path into this
  installation would hold only on this machine and in this virtual environment.
* ``pack schema`` prints the JSON Schema for pack files (``--path``: where it is installed), for
  editors (the YAML language server: ``# yaml-language-server: $schema=<path>``).
* ``pack test FILE`` runs the pack's ``examples:``: each document snippet must produce exactly the
  diagnostics it lists; a failing example is shown as a diff, exit 1.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..model.diagnostics import ConfigError, Diagnostic
from ..model.records import Record
from ..packs.yamlload import LDict, LList
from .packtemplates import SCHEMA_FILE, TEMPLATE_EN, TEMPLATE_ZH

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
DEFAULT_TODAY = date(2100, 1, 1)


def run(command: str | None, args: Any, out: TextIO) -> int:
    """``reportlint pack COMMAND``: ``args`` has the command's fields (file, name, language, path)."""
    if command == "check":
        return cmd_check(args.file, out)
    if command == "new":
        return cmd_new(args.name, args.language, out)
    if command == "schema":
        return cmd_schema(args.path, out)
    if command == "test":
        return cmd_test(args.file, out)
    out.write("用法：reportlint pack check FILE | new NAME | schema [--path] | test FILE\n")
    return EXIT_ERROR


# ---------------------------------------------------------------------------------------------
# pack check


def _copy(raw: LDict, **replace: object) -> LDict:
    out = LDict(raw, src=raw.src, line=raw.line)
    out.key_lines.update(raw.key_lines)
    for key, value in replace.items():
        out[key] = value
    return out


def _items(raw: LDict, key: str) -> list:
    value = raw.get(key)
    return list(value) if isinstance(value, list) else []


def compile_problems(raw: LDict, path: str, kinds) -> list[ConfigError]:
    """Every compile error: the pack is compiled piece by piece so one mistake hides no other."""
    from ..packs.compile import compile_pack

    problems: list[ConfigError] = []
    seen: set[str] = set()

    def attempt(candidate: LDict) -> bool:
        try:
            compile_pack(candidate, path, kinds)
        except ConfigError as exc:
            if str(exc) not in seen:
                seen.add(str(exc))
                problems.append(exc)
            return False
        return True

    if attempt(raw):
        return problems
    problems.clear()
    seen.clear()
    kind_keys = [key for kind in kinds for key in getattr(kind, "PACK_KEYS", ()) if key in raw]
    core = _copy(raw, tables=LList())
    for key in kind_keys:
        del core[key]
    attempt(core)
    # Tables and each kind's items are compiled against the section ids alone, so that a bad
    # section regex (already reported) does not hide their own problems.
    sections = LDict(src=raw.src, line=raw.line)
    sections["items"] = LList(
        LDict({"id": item["id"], "title": item["title"]}, src=item.src, line=item.line)
        for item in ((raw.get("sections") or {}).get("items") or []) if isinstance(item, LDict))
    bare = LDict({"pack": raw["pack"], "sections": sections}, src=raw.src, line=raw.line)
    good_tables = LList()
    for table in _items(raw, "tables"):
        if attempt(_copy(bare, tables=LList([table]))):
            good_tables.append(table)
    for key in kind_keys:
        value = raw.get(key)
        if isinstance(value, list):
            for item in value:
                attempt(_copy(bare, tables=good_tables, **{key: LList([item])}))
        elif value is not None:
            attempt(_copy(bare, tables=good_tables, **{key: value}))
    return problems


def _rule_ids(merged: LDict, kinds) -> set[str]:
    """Every id a ``severity:`` override or an example may name: the kinds' rules and codes, and the
    ids of the items of every kind's keys (identities, prose rules, version variants…)."""
    known: set[str] = set()
    for kind in kinds:
        known |= {r.id for r in getattr(kind, "RULES", ())} | {r.code for r in getattr(kind, "RULES", ())}
        for key in getattr(kind, "PACK_KEYS", ()):
            value = merged.get(key)
            groups = [value] if isinstance(value, list) else [v for v in (value or {}).values() if isinstance(v, list)]
            for group in groups:
                known |= {str(i.get("id")) for i in group if isinstance(i, dict) and i.get("id") is not None}
    return known


def pack_problems(path: Path) -> tuple[list[ConfigError], object | None]:
    """All problems of a pack file, and the compiled pack when there are none."""
    from ..checks.registry import describe_rules
    from ..packs.compile import compile_pack
    from ..packs.load import load_raw, read_pack_file
    from ..packs.schema import check_schema
    from .engine import pack_loader

    loader = pack_loader()
    src = str(path)
    try:
        data = read_pack_file(path)
    except ConfigError as exc:
        return [exc], None
    problems = check_schema(data, src, loader.schema)
    if problems:
        return problems, None
    try:
        merged = load_raw(path, loader.schema) if data.get("extends") else data
    except ConfigError as exc:
        return [exc], None
    problems = compile_problems(merged, src, loader.kinds)
    if problems:
        return problems, None
    pack = compile_pack(merged, src, loader.kinds)
    severity_overrides, pack.severity = pack.severity, {}
    every_rule = describe_rules(pack)  # with no override, so that rules turned off count as known
    pack.severity = severity_overrides
    known = {r.id for r in every_rule} | {r.code for r in every_rule} | _rule_ids(merged, loader.kinds)
    severity = merged.get("severity") or {}
    for rule_id in severity:
        if rule_id not in known:
            line = severity.line_of(rule_id) if isinstance(severity, LDict) else None
            problems.append(ConfigError(f"没有 id 为 '{rule_id}' 的规则（reportlint rules --pack FILE 列出全部规则）",
                                        src, line, f"severity.{rule_id}"))
    for i, example in enumerate(_items(data, "examples")):
        for j, expected in enumerate(example.get("expect", []) or []):
            rule = expected.get("rule")
            if rule and rule not in known:
                items = example.get("expect")
                line = items.item_lines[j] if isinstance(items, LList) and j < len(items.item_lines) else None
                problems.append(ConfigError(f"没有 id 为 '{rule}' 的规则", src, line,
                                            f"examples[{i}].expect[{j}].rule"))
    return problems, (None if problems else pack)


def cmd_check(file: str, out: TextIO) -> int:
    path = Path(file)
    problems, pack = pack_problems(path)
    for problem in problems:
        out.write(f"{problem}\n")
    if problems:
        out.write(f"✗ {len(problems)} 个问题（{path}）\n")
        return EXIT_ERROR
    assert pack is not None
    p = pack  # type: ignore[assignment]
    from ..checks.registry import describe_rules

    identities = p.part("arithmetic") or []  # type: ignore[attr-defined]
    out.write(f"✓ {p.id} — {p.name}：{len(p.sections)} 个章节，{len(p.tables)} 张表，"  # type: ignore[attr-defined]
              f"{len(identities)} 个勾稽关系，{len(describe_rules(p))} 条规则，{len(p.examples)} 个示例\n")  # type: ignore[attr-defined]
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# pack schema


def schema_path() -> Path:
    from ..packs.package_data import package_file

    return package_file("schemas", "pack.schema.json")


def cmd_schema(path_only: bool, out: TextIO) -> int:
    """The pack schema of this installation (with the keys of plugin check kinds), or where the
    built-in one is (``--path``, for an editor's ``$schema``)."""
    if path_only:
        out.write(f"{schema_path()}\n")
        return EXIT_OK
    from ..packs.schema import to_text
    from .engine import pack_loader

    out.write(to_text(pack_loader().schema))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# pack new

def cmd_new(name: str, language: str, out: TextIO) -> int:
    from ..output.fileio import write_atomic

    path = Path(name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    pack_id = path.stem
    if path.exists():
        raise ConfigError("文件已存在，不会覆盖；请换一个名称或先删除它", str(path))
    template = TEMPLATE_EN if language == "en" else TEMPLATE_ZH
    text = template.format(name=pack_id, file=path.name, schema=SCHEMA_FILE)
    if path.parent and not path.parent.exists():
        raise ConfigError("目录不存在", str(path.parent))
    write_atomic(path, text, inputs=[], overwrite=False)
    out.write(f"已写入 {path}；校验：reportlint pack check {path}；运行示例：reportlint pack test {path}\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# pack test


class ExampleResult(Record):
    __slots__ = ("name", "missing", "unexpected", "error")

    def __init__(self, name: str, missing: list[dict] | None = None, unexpected: list[Diagnostic] | None = None,
                 error: str | None = None) -> None:
        self.name = name
        self.missing = [] if missing is None else missing
        self.unexpected = [] if unexpected is None else unexpected
        self.error = error

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unexpected and self.error is None


def _matches(expected: dict, d: Diagnostic) -> bool:
    if expected.get("code") and expected["code"] != d.code:
        return False
    if expected.get("rule") and expected["rule"] != d.rule:
        return False
    if expected.get("severity") and expected["severity"] != d.severity.value:
        return False
    if expected.get("message") and expected["message"] not in d.message:
        return False
    return not (expected.get("line") is not None and expected["line"] != d.location.line)


def run_example(pack_ref: str, example: dict) -> ExampleResult:
    """Check the example's document with the pack and compare with what it expects."""
    from ..readers import markdown, text
    from .engine import RunOptions, check_document

    result = ExampleResult(example.get("name", "?"))
    fmt = example.get("format", "markdown")
    source = example.get("document", "")
    doc = (text.parse(source, "<example>") if fmt == "text" else markdown.parse(source, "<example>"))
    today = date.fromisoformat(example["today"]) if example.get("today") else DEFAULT_TODAY
    try:
        found = check_document(doc, RunOptions(pack=pack_ref, today=today)).diagnostics
    except ConfigError:
        raise
    except Exception as exc:  # an example that crashes the engine is a failed example, not a crash
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    ignore = set(example.get("ignore", []) or [])
    found = [d for d in found if d.code not in ignore and d.rule not in ignore]
    remaining = list(found)
    for expected in example.get("expect", []) or []:
        hit = next((d for d in remaining if _matches(expected, d)), None)
        if hit is None:
            result.missing.append(dict(expected))
        else:
            remaining.remove(hit)
    result.unexpected = remaining
    return result


def _show_expected(e: dict) -> str:
    parts = [e.get("code", ""), e.get("rule", "")]
    if e.get("severity"):
        parts.append(e["severity"])
    if e.get("line") is not None:
        parts.append(f"line {e['line']}")
    text = "  ".join(p for p in parts if p)
    return text + (f"  “{e['message']}”" if e.get("message") else "")


def _show_found(d: Diagnostic) -> str:
    where = f"  line {d.location.line}" if d.location.line else ""
    return f"{d.code}  {d.rule}  {d.severity.value}{where}  {d.message}"


def run_examples(pack_ref: str) -> tuple[object, list[ExampleResult]]:
    from .engine import load_pack

    pack = load_pack(pack_ref)
    return pack, [run_example(pack.path, example) for example in pack.examples]


def cmd_test(file: str, out: TextIO) -> int:
    from ..packs.load import resolve_pack_ref

    path = resolve_pack_ref(file)
    if path is not None and path.exists():
        problems, _ = pack_problems(path)
        if problems:
            for problem in problems:
                out.write(f"{problem}\n")
            return EXIT_ERROR
    pack, results = run_examples(file)
    failed = [r for r in results if not r.ok]
    out.write(f"{pack.id}：{len(results)} 个示例\n")  # type: ignore[attr-defined]
    for r in results:
        out.write(f"  {'✓' if r.ok else '✗'} {r.name}\n")
        if r.error:
            out.write(f"      error: {r.error}\n")
        for e in r.missing:
            out.write(f"      - expected, not produced: {_show_expected(e)}\n")
        for d in r.unexpected:
            out.write(f"      + produced, not expected: {_show_found(d)}\n")
    if not results:
        out.write("  （没有 examples）\n")
    if failed:
        out.write(f"✗ {len(failed)} 个示例未通过\n")
        return EXIT_FAILED
    out.write(f"✓ 全部 {len(results)} 个示例通过\n")
    return EXIT_OK
