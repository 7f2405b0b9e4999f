"""records.Record / FrozenRecord: the dataclass behaviour the value classes rely on (repr, equality,
hashing, replace, immutability)."""

from __future__ import annotations

import copy
import pickle

import pytest

from reportlint.records import FrozenRecord, ImmutableError, Record

_setattr = object.__setattr__


class Point(Record):
    __slots__ = ("x", "y", "_cache")

    def __init__(self, x: int, y: str = "b") -> None:
        self.x = x
        self.y = y
        self._cache = None


class OtherPoint(Record):
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: str = "b") -> None:
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x: int, y: str = "b", z: float = 0.5) -> None:
        self.x = x
        self.y = y
        self.z = z
        self._cache = None


class Frozen(FrozenRecord):
    __slots__ = ("a", "b", "derived")
    _fields = ("a", "b")  # derived is not part of the value

    def __init__(self, a: int, b: tuple[int, ...] = ()) -> None:
        _setattr(self, "a", a)
        _setattr(self, "b", b)
        _setattr(self, "derived", a * 2)


def test_fields_are_the_public_slots_in_order_base_first() -> None:
    assert Point._fields == ("x", "y")
    assert Point3._fields == ("x", "y", "z")
    assert Frozen._fields == ("a", "b")


def test_repr_is_the_dataclass_repr() -> None:
    assert repr(Point(1, "x")) == "Point(x=1, y='x')"
    assert repr(Point3(1)) == "Point3(x=1, y='b', z=0.5)"
    assert repr(Frozen(3, (1,))) == "Frozen(a=3, b=(1,))"


def test_equality_same_class_only_and_over_fields() -> None:
    assert Point(1) == Point(1)
    assert (Point(1) != Point(1)) is False
    assert Point(1) != Point(2)
    assert Point(1, "a") != Point(1, "b")
    assert Point(1) != OtherPoint(1)  # same fields, another class
    assert Point(1) != Point3(1)  # a subclass is another class too
    assert Point(1).__eq__(OtherPoint(1)) is NotImplemented
    assert Point(1) != (1, "b")
    p, q = Point(1), Point(1)
    p._cache = [1]
    assert p == q  # private slots are caches, not part of the value
    assert Frozen(1) == Frozen(1)
    assert Frozen(1) != Frozen(2)


def test_plain_records_are_unhashable_frozen_ones_hash_their_fields() -> None:
    with pytest.raises(TypeError):
        hash(Point(1))
    assert Point.__hash__ is None
    assert hash(Frozen(1, (2,))) == hash((1, (2,)))
    assert {Frozen(1), Frozen(1), Frozen(2)} == {Frozen(1), Frozen(2)}


def test_replace_copies_with_changes() -> None:
    p = Point3(1, "a", 2.0)
    q = p.replace(y="c")
    assert q == Point3(1, "c", 2.0)
    assert type(q) is Point3
    assert p == Point3(1, "a", 2.0)  # unchanged
    assert p.replace() == p and p.replace() is not p
    f = Frozen(2, (1,)).replace(a=5)
    assert f == Frozen(5, (1,)) and f.derived == 10
    with pytest.raises(TypeError, match="unexpected keyword argument 'w'"):
        p.replace(w=1)
    with pytest.raises(TypeError, match="unexpected keyword argument '_cache'"):
        p.replace(_cache=1)
    with pytest.raises(TypeError, match="unexpected keyword argument 'derived'"):
        Frozen(1).replace(derived=3)


def test_frozen_record_is_immutable() -> None:
    f = Frozen(1)
    with pytest.raises(ImmutableError, match="cannot assign to field 'a'"):
        f.a = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        f.new = 2  # type: ignore[attr-defined]
    with pytest.raises(ImmutableError, match="cannot delete field 'b'"):
        del f.b
    assert f == Frozen(1)
    assert issubclass(ImmutableError, AttributeError)


def test_records_have_slots_only() -> None:
    for value in (Point(1), Point3(1), Frozen(1)):
        assert not hasattr(value, "__dict__")
    with pytest.raises(AttributeError):
        Point(1).z = 1  # type: ignore[attr-defined]


def test_pickle_and_copy_keep_the_value() -> None:
    f = Frozen(4, (1, 2))
    for clone in (pickle.loads(pickle.dumps(f)), copy.copy(f), copy.deepcopy(f)):
        assert clone == f and clone.derived == 8
    p = Point3(1, "x", 2.0)
    assert pickle.loads(pickle.dumps(p)) == p
