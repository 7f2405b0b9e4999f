"""YAML loading that remembers where every value came from, and schema validation with lines.

A pack or configuration mistake must name the file, the line and the key.  PyYAML's composed node
tree has the marks; this module turns it into plain dicts and lists that also carry their lines,
and validates them against the JSON Schema subset our shipped schemas use (type, properties,
required, additionalProperties, items, enum, anyOf, minimum, pattern, $ref).
"""

from __future__ import annotations

import math
import re

from ..model.diagnostics import ConfigError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class LDict(dict):
    """A dict that knows its file, its own line and the line of each key."""

    __slots__ = ("key_lines", "line", "src")

    def __init__(self, *args: Any, src: str = "", line: int = 0, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.src = src
        self.line = line
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LList(list):
    __slots__ = ("item_lines", "line", "src")

    def __init__(self, *args: Any, src: str = "", line: int = 0):
        super().__init__(*args)
        self.src = src
        self.line = line
        self.item_lines: list[int] = []


# Bounds on what a pack file may make the loader build (issue: hostile input).  The built-in packs
# are at most 7 levels deep and expand to ~1,600 nodes through 10 aliases.
MAX_DEPTH = 50
MAX_EXPANDED = 50_000  # values made by expanding aliases: six levels of ten aliases would be 10^6
MAX_ALIASES = 1_000  # references to anchors

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "binary")}


def load_yaml(text: str, src: str) -> Any:
    """Parse YAML text into LDict/LList/scalars, or raise ConfigError with the line.

    Only plain data is accepted: no language-specific tags (``!!python/name``…), no merge keys
    (``<<:``), keys that are text, finite numbers, at most MAX_DEPTH levels, at most MAX_ALIASES
    references to anchors, and at most MAX_EXPANDED values made by expanding them (a few hundred
    bytes of nested aliases would otherwise expand to millions of values; the values written out
    are bounded by the file's size)."""
    import yaml

    node = _compose(text, src, yaml)
    if node is None:
        return None
    loader = yaml.SafeLoader("")
    try:
        return _Converter(src, yaml, loader).convert(node, None, 0)
    finally:
        loader.dispose()


def _compose(text: str, src: str, yaml: Any) -> Any:
    """The node tree (libyaml composes it about ten times faster; on an error the pure-Python loader
    runs again so that the message is the one it gives, unless it cannot: too deep to recurse)."""
    fast = getattr(yaml, "CSafeLoader", None)
    first: Exception | None = None
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError as exc:
            if "nesting depth" in str(getattr(exc, "problem", "")):  # libyaml's own bound (1,000 levels)
                raise _too_deep(text, src, yaml) from None
            first = exc
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, src) from None
    except RecursionError:
        if first is not None:
            raise _syntax_error(first, src) from None
        raise _too_deep(text, src, yaml) from None


def _too_deep(text: str, src: str, yaml: Any) -> ConfigError:
    return ConfigError(f"YAML 嵌套过深（超过 {MAX_DEPTH} 层）", src, _deep_line(text, yaml))


def _syntax_error(exc: Exception, src: str) -> ConfigError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return ConfigError(f"YAML 语法错误：{problem}", src, line)


def _deep_line(text: str, yaml: Any) -> int | None:
    """The line where the nesting first goes deeper than MAX_DEPTH (the parser's events come one by
    one, without recursion, where composing the tree recursed too deep)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None
    return None


_STR, _MAP, _SEQ, _MERGE = _CORE + "str", _CORE + "map", _CORE + "seq", _CORE + "merge"
_Where = tuple  # (parent's where or None, key or index): the key path, made into text only for a message


def _key_path(where: _Where | None) -> str:
    parts: list[str] = []
    while where is not None:
        where, part = where
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(reversed(parts)).lstrip(".")


class _Converter:
    """Node tree -> LDict/LList/scalars, within the bounds above."""

    def __init__(self, src: str, yaml: Any, loader: Any) -> None:
        self.src, self.yaml, self.loader = src, yaml, loader
        self.scalar_node = yaml.ScalarNode
        self.expanded = 0  # values made by expanding aliases
        self.aliases = 0
        self.anchored: set[int] = set()  # nodes met once: meeting one again is an alias
        self.expanding = False  # inside an alias: the nodes met again there are not aliases themselves

    def fail(self, message: str, node: Any, where: _Where | None) -> ConfigError:
        key = _key_path(where)
        shown = key if len(key) <= 60 else key[:60] + "…"  # a path 50 levels deep says nothing more
        return ConfigError(message, self.src, node.start_mark.line + 1, shown or None)

    def convert(self, node: Any, where: _Where | None, depth: int) -> Any:
        if self.expanding:
            self.expanded += 1
            if self.expanded > MAX_EXPANDED:
                raise self.fail(f"YAML 别名（*name）展开后的值过多（超过 {MAX_EXPANDED} 个）；请不要层层引用别名", node, where)
        if node.__class__ is self.scalar_node:
            return self.scalar(node, where)
        if depth > MAX_DEPTH:
            raise self.fail(f"YAML 嵌套过深（超过 {MAX_DEPTH} 层）", node, where)
        if id(node) in self.anchored and not self.expanding:  # an alias (not a node inside one)
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise self.fail(f"YAML 别名（*name）过多：超过 {MAX_ALIASES} 处", node, where)
            self.expanding = True
            try:
                return self.collection(node, where, depth)
            finally:
                self.expanding = False
        self.anchored.add(id(node))
        return self.collection(node, where, depth)

    def collection(self, node: Any, where: _Where | None, depth: int) -> Any:
        line = node.start_mark.line + 1
        if node.tag == _MAP:
            out = LDict(src=self.src, line=line)
            for key_node, value_node in node.value:
                name = self.key(key_node, where)
                if name in out:
                    raise ConfigError(f"重复的键 '{name}'", self.src, key_node.start_mark.line + 1, name)
                out[name] = self.convert(value_node, (where, name), depth + 1)
                out.key_lines[name] = key_node.start_mark.line + 1
            return out
        if node.tag == _SEQ:
            items = LList(src=self.src, line=line)
            for i, item in enumerate(node.value):
                items.append(self.convert(item, (where, i), depth + 1))
                items.item_lines.append(item.start_mark.line + 1)
            return items
        raise self.fail(f"不支持的 YAML 标签 {_tag(node.tag)}：规则包只能写普通的映射、列表和文字", node, where)

    def key(self, node: Any, parent: _Where | None) -> str:
        if node.tag == _MERGE:
            raise self.fail("不支持 YAML 合并键 <<：请把键逐个写出（或用 extends: 继承另一个规则包）", node, parent)
        if node.__class__ is not self.scalar_node:
            raise self.fail("键必须是文字，不能是列表或映射", node, parent)
        value = self.scalar(node, parent)
        return value if isinstance(value, str) else str(value)

    def scalar(self, node: Any, where: _Where | None) -> Any:
        if node.tag == _STR:  # most values: the text itself, as the constructor would give it
            return node.value
        if node.tag not in _SCALAR_TAGS:
            raise self.fail(f"不支持的 YAML 标签 {_tag(node.tag)}：规则包只能写普通的映射、列表和文字", node, where)
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError, self.yaml.YAMLError):
            what = {_CORE + "int": f"整数位数过多（{len(node.value)} 位）", _CORE + "timestamp": "不是有效的日期或时间"}
            raise self.fail(f"无法读取的值 {node.value[:40]!r}：{what.get(node.tag, '格式不对')}", node, where) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(f"数值必须是有限的数，不能是 {node.value}", node, where)
        return value


def _tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


_TYPES = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
}


def _type_ok(value: Any, expected: str) -> bool:
    if expected == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[expected])


_TYPE_NAMES = {"object": "映射", "array": "列表", "string": "字符串", "boolean": "true/false",
               "integer": "整数", "number": "数字", "null": "空"}


def validate(value: Any, schema: dict, root: dict, path: str, src: str, line: int,
             problems: list[ConfigError]) -> None:
    """Collect every schema problem as a ConfigError with file, line and key path."""
    if "$ref" in schema:
        ref = schema["$ref"].split("/")[-1]
        schema = root["$defs"][ref]
    if "anyOf" in schema:
        for option in schema["anyOf"]:
            trial: list[ConfigError] = []
            validate(value, option, root, path, src, line, trial)
            if not trial:
                return
        # Report the problems of the option whose type matches, else a type error.
        for option in schema["anyOf"]:
            opt = root["$defs"][option["$ref"].split("/")[-1]] if "$ref" in option else option
            if _type_ok(value, opt.get("type", "object")):
                validate(value, opt, root, path, src, line, problems)
                return
        names = "或".join(_TYPE_NAMES.get(o.get("type", "object"), "?") for o in schema["anyOf"])
        problems.append(ConfigError(f"应为{names}", src, line, path))
        return
    expected = schema.get("type")
    if expected and not _type_ok(value, expected):
        problems.append(ConfigError(f"应为{_TYPE_NAMES.get(expected, expected)}，实际是 {value!r}",
                                    src, line, path))
        return
    if "enum" in schema and value not in schema["enum"]:
        problems.append(ConfigError(f"取值 {value!r} 无效，可选：{', '.join(map(str, schema['enum']))}",
                                    src, line, path))
    if "minimum" in schema and _type_ok(value, "number") and value < schema["minimum"]:
        problems.append(ConfigError(f"不能小于 {schema['minimum']}", src, line, path))
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        problems.append(ConfigError(f"格式不对：{value!r}", src, line, path))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for req in schema.get("required", []):
            if req not in value:
                problems.append(ConfigError(f"缺少必需的键 '{req}'", src, line, path or "(顶层)"))
        additional = schema.get("additionalProperties", True)
        for key, item in value.items():
            key_line = value.line_of(key) if isinstance(value, LDict) else line
            child = f"{path}.{key}" if path else key
            if key in props:
                validate(item, props[key], root, child, src, key_line, problems)
            elif additional is False:
                known = ", ".join(sorted(props))
                problems.append(ConfigError(f"未知的键 '{key}'（可用的键：{known}）", src, key_line, child))
            elif isinstance(additional, dict):
                validate(item, additional, root, child, src, key_line, problems)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            item_line = value.item_lines[i] if isinstance(value, LList) and i < len(
                value.item_lines) else line
            validate(item, schema["items"], root, f"{path}[{i}]", src, item_line, problems)
