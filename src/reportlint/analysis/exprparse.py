"""Parsing an identity expression (``expr.py``) with ``ast`` against a whitelist; nothing is ever passed to ``eval``.

Its own module because importing ``ast`` costs more than parsing every identity of a pack: a run checking
with a built-in pack takes its identities already parsed from the prebuilt JSON (``packs/expressions.py``)
and never imports this.
"""

from __future__ import annotations

import ast
import math
import re
from decimal import Decimal, localcontext

from ..text.normalize import EXACT
from .expr import MAX_EXPRESSION_LEN, MAX_TERMS, ExpressionError, Identity, Term

_RANGE = re.compile(r"([A-Za-z_]\w*)\s*\.\.\s*([A-Za-z_]\w*)")
_COMPARE = {ast.Eq: "==", ast.NotEq: "!=", ast.LtE: "<=", ast.GtE: ">=", ast.Lt: "<", ast.Gt: ">"}


def parse_identity(source: str, known_keys: list[str]) -> Identity:
    """Parse ``lhs OP rhs`` into flat signed sums of keys, or raise ExpressionError."""
    if len(source) > MAX_EXPRESSION_LEN:
        raise ExpressionError(f"表达式过长（{len(source)} 个字符，上限 {MAX_EXPRESSION_LEN}）")
    text = _RANGE.sub(r"__range__(\1, \2)", source)
    try:
        return _parse(source, text, known_keys)
    except (RecursionError, MemoryError):  # Python's parser and ours recurse once per nesting level
        raise ExpressionError("表达式嵌套过深（括号、正负号或乘法层层相套）") from None


def _parse(source: str, text: str, known_keys: list[str]) -> Identity:
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"表达式语法错误：{exc.msg}（第 {exc.offset} 个字符附近）") from None
    node = tree.body
    if not isinstance(node, ast.Compare) or len(node.ops) != 1:
        raise ExpressionError("表达式必须是一个比较，例如 a + b == total")
    op = _COMPARE.get(type(node.ops[0]))
    if op is None:
        raise ExpressionError("只允许 == != <= >= < > 比较")
    lhs, lhs_abs = _side(node.left, known_keys)
    rhs, rhs_abs = _side(node.comparators[0], known_keys)
    if len(lhs) + len(rhs) > MAX_TERMS:
        raise ExpressionError(f"表达式的项过多（{len(lhs) + len(rhs)} 项，上限 {MAX_TERMS}）")
    return Identity(source, op, tuple(lhs), tuple(rhs), lhs_abs, rhs_abs)


def _side(node: ast.expr, keys: list[str]) -> tuple[list[Term], bool]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "abs":
        if len(node.args) != 1:
            raise ExpressionError("abs() 只接受一个参数")
        terms, _ = _side(node.args[0], keys)
        return terms, True
    return _terms(node, keys, 1), False


def _terms(node: ast.expr, keys: list[str], sign: int) -> list[Term]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        # ``a + b + c`` nests to the left: walked in a loop, so that a long sum does not recurse
        rights: list[tuple[ast.expr, int]] = []
        while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
            rights.append((node.right, sign if isinstance(node.op, ast.Add) else -sign))
            node = node.left
        out = _terms(node, keys, sign)
        for right, right_sign in reversed(rights):
            out += _terms(right, keys, right_sign)
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        const, other = (node.left, node.right) if isinstance(node.left, ast.Constant) else (
            node.right, node.left)
        if not isinstance(const, ast.Constant) or isinstance(const.value, bool) or not isinstance(
                const.value, int | float):
            raise ExpressionError("乘法只能是数字乘以一个键，例如 2 * a")
        factor = _constant(const.value)
        with localcontext(EXACT):
            return [Term(t.key, t.sign, t.factor * factor) for t in _terms(other, keys, sign)]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return _terms(node.operand, keys, -sign if isinstance(node.op, ast.USub) else sign)
    if isinstance(node, ast.Name):
        if node.id not in keys:
            raise ExpressionError(f"未知的键 '{node.id}'（可用：{', '.join(keys)}）")
        return [Term(node.id, sign)]
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(
            node.value, bool):
        return [Term(None, sign, _constant(node.value))]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        if node.func.id == "sum":
            out: list[Term] = []
            for arg in node.args:
                out += _terms(arg, keys, sign)
            return out
        if node.func.id == "__range__" and len(node.args) == 2 and all(
                isinstance(a, ast.Name) for a in node.args):
            first, last = node.args[0].id, node.args[1].id  # type: ignore[attr-defined]
            for name in (first, last):
                if name not in keys:
                    raise ExpressionError(f"未知的键 '{name}'（可用：{', '.join(keys)}）")
            a, b = keys.index(first), keys.index(last)
            if a > b:
                raise ExpressionError(f"范围 {first}..{last} 的顺序颠倒")
            return [Term(k, sign) for k in keys[a : b + 1]]
        raise ExpressionError(f"不允许的函数 '{node.func.id}'（只允许 sum、abs）")
    raise ExpressionError(f"不允许的表达式成分：{type(node).__name__}")


def _constant(value: int | float) -> Decimal:
    """A number written in an expression, exactly; ``1e999`` (infinite) and NaN are refused."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ExpressionError(f"常数必须是有限的数，不能是 {value}")
    return Decimal(value) if isinstance(value, int) else Decimal(str(value))


