"""Message templates written in packs (``message:``, ``help:``): checked when the pack is loaded.

A template may name only the fields its rule offers (``{title}``, ``{lhs_full}``…), plainly: no
attribute or index (``{title.__class__}`` would print the program's internals) and no unknown name
(``{nope}`` would fail while a document is checked).  Format specs for text, such as ``{diff:>5}``, are allowed,
up to a width of MAX_WIDTH (``{title:999999999}`` would build a gigabyte of spaces).  A built-in pack's
templates are checked when it is prebuilt (``regexes.Vetted.templates``): a run of it imports no ``string``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model.diagnostics import ConfigError
from ..text.lazyregex import LazyRegex
from .regexes import vetting

# The width of a format spec: [[fill]align][sign][z][#][0]WIDTH...
_WIDTH = LazyRegex(r"(?:.?[<>=^])?[-+ ]?z?#?0?(\d*)", re.S)
MAX_WIDTH = 1000


def check_template(text: str, allowed: Iterable[str], src: str, line: int, key: str) -> str:
    """The template itself, or a ConfigError naming the placeholder that is not allowed."""
    vetted, record = vetting()
    if vetted is not None and text in vetted.templates:
        return text
    from string import Formatter

    allowed = set(allowed)
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as exc:
        raise ConfigError(f"消息模板格式错误：{exc}（字面的花括号写作 {{{{ 和 }}}}）", src, line, key) from None
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field == "" or not field.isidentifier():
            raise ConfigError(f"消息模板中的占位符 {{{field}}} 无效：只能写字段名（可用：{', '.join(sorted(allowed))}）",
                              src, line, key)
        if field not in allowed:
            raise ConfigError(f"消息模板中的占位符 {{{field}}} 未知（可用：{', '.join(sorted(allowed))}）", src, line, key)
        if spec and "{" in spec:
            raise ConfigError(f"消息模板中的占位符 {{{field}:{spec}}} 不能嵌套占位符", src, line, key)
        if spec:
            width = _WIDTH.match(spec)
            if width and width.group(1) and int(width.group(1)) > MAX_WIDTH:  # "{title:999999999}": 1 GB of spaces
                raise ConfigError(f"消息模板中的格式 {{{field}:{spec}}} 宽度过大（上限 {MAX_WIDTH}）", src, line, key)
            try:
                format("", spec)  # every field is text
            except ValueError as exc:
                raise ConfigError(f"消息模板中的格式 {{{field}:{spec}}} 无效：{exc}", src, line, key) from None
        if conversion not in (None, "s", "r", "a"):
            raise ConfigError(f"消息模板中的转换 !{conversion} 无效", src, line, key)
    if record is not None:
        record.templates.add(text)
    return text


def fill(template: str, fields: dict[str, object]) -> str:
    """A checked template with its fields (``check_template`` made sure it names only these)."""
    return template.format_map(fields)
