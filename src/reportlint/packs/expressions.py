"""A pack's identity expressions, parsed: a built-in pack's when it is prebuilt, any other's when it is compiled.

The check kinds (arithmetic, cross-year) parse each ``assert:`` here.  Parsing needs ``ast``
(``analysis/exprparse.py``), whose import alone costs more than parsing all of a pack's identities, so
the prebuild records each identity as parsed (``Vetted.identities``; in the JSON as plain data, checked
when read back by :func:`identity_from_data`): a run of a built-in pack whose JSON matches its YAML
takes them from there and does not import ``ast``.  Any other pack is parsed as it always was.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..analysis.expr import OPERATORS, Identity, Term
from .regexes import vetting


def parse_pack_identity(source: str, keys: list[str]) -> Identity:
    """``source`` over ``keys`` parsed (``exprparse.parse_identity``, raising its ExpressionError), or
    as the prebuilt pack's record has it."""
    vetted, record = vetting()
    if vetted is not None:
        found = vetted.identities.get((source, tuple(keys)))
        if found is not None:
            return found
    from ..analysis.exprparse import parse_identity

    parsed = parse_identity(source, keys)
    if record is not None:
        record.identities[(source, tuple(keys))] = parsed
    return parsed


def identity_data(keys: tuple[str, ...], identity: Identity) -> list:
    """A parsed identity as JSON data: ``[source, keys, op, lhs, rhs, lhs_abs, rhs_abs]``, each term
    ``[key or None, sign, factor as text]`` (a Decimal's text gives it back exactly)."""
    def side(terms: tuple[Term, ...]) -> list:
        return [[t.key, t.sign, str(t.factor)] for t in terms]

    return [identity.source, list(keys), identity.op, side(identity.lhs), side(identity.rhs), identity.lhs_abs,
            identity.rhs_abs]


def identity_from_data(item: object) -> tuple[tuple[str, tuple[str, ...]], Identity]:
    """((source, keys), identity) of :func:`identity_data`'s list; ValueError on anything else
    (an unknown operator or key, a sign other than ±1, a factor that is no finite number)."""
    if not isinstance(item, list) or len(item) != 7:
        raise ValueError("an identity is a list of 7")
    source, keys, op, lhs, rhs, lhs_abs, rhs_abs = item
    if (not isinstance(source, str) or not isinstance(keys, list) or not all(isinstance(k, str) for k in keys)
            or op not in OPERATORS or not isinstance(lhs_abs, bool) or not isinstance(rhs_abs, bool)):
        raise ValueError("an identity's source, keys, operator or abs flags")
    known = set(keys)

    def side(terms: object) -> tuple[Term, ...]:
        if not isinstance(terms, list):
            raise ValueError("a side is a list of terms")
        out = []
        for term in terms:
            if not isinstance(term, list) or len(term) != 3:
                raise ValueError("a term is a list of 3")
            key, sign, factor = term
            if not (key is None or key in known) or sign not in (1, -1) or isinstance(sign, bool) or not isinstance(
                    factor, str):
                raise ValueError("a term's key, sign or factor")
            try:
                number = Decimal(factor)
            except InvalidOperation:
                raise ValueError("a factor that is no number") from None
            if not number.is_finite():
                raise ValueError("a factor that is not finite")
            out.append(Term(key, sign, number))
        return tuple(out)

    return (source, tuple(keys)), Identity(source, op, side(lhs), side(rhs), lhs_abs, rhs_abs)
