"""YAML loading that remembers where every value came from, and schema validation with lines.

A pack or configuration mistake must name the file, the line and the key.  PyYAML's composed node
tree has the marks; this module turns it into plain dicts and lists that also carry their lines,
and validates them against the JSON Schema subset our shipped schemas use (type, properties,
required, additionalProperties, items, enum, anyOf, minimum, pattern, $ref).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model.diagnostics import ConfigError


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


def load_yaml(text: str, src: str) -> Any:
    """Parse YAML text into LDict/LList/scalars, or raise ConfigError with the line."""
    import yaml

    try:
        # libyaml composes the same node tree (with the same marks) about ten times faster; on any
        # error the pure-Python loader runs again so the message is the one it gives.
        fast = getattr(yaml, "CSafeLoader", None)
        try:
            node = yaml.compose(text, Loader=fast) if fast is not None else None
        except yaml.YAMLError:
            fast = None
        if fast is None:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"YAML 语法错误：{problem}", src, line) from None
    if node is None:
        return None
    loader = yaml.SafeLoader("")
    try:
        return _convert(node, src, yaml, loader)
    finally:
        loader.dispose()


def _convert(node: Any, src: str, yaml: Any, loader: Any) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = LDict(src=src, line=line)
        for key_node, value_node in node.value:
            key = _convert(key_node, src, yaml, loader)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                raise ConfigError(f"重复的键 '{key}'", src, key_node.start_mark.line + 1, key)
            out[key] = _convert(value_node, src, yaml, loader)
            out.key_lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        items = LList(src=src, line=line)
        for item in node.value:
            items.append(_convert(item, src, yaml, loader))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    return loader.construct_object(node, deep=True)


@cache
def load_schema(name: str) -> dict:
    import json

    from .package_data import package_file

    return json.loads(package_file("schemas", name).read_text(encoding="utf-8"))


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
