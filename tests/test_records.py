"""records.Record / FrozenRecord: the dataclass behaviour the value classes relied on (repr, equality,
hashing, replace, immutability), on small classes and on real ones of the model, diagnostics and cnparse."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal

import pytest

from reportlint.model.diagnostics import CellRef, Diagnostic, Severity, Status
from reportlint.model.document import Block, Cell, Document, Heading, Location, Paragraph, Table
from reportlint.model.records import FrozenRecord, ImmutableError, Record, set_field
from reportlint.text.cndates import DateMatch
from reportlint.text.cnparse import NumberMention, find_numbers


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
        set_field(self, "a", a)
        set_field(self, "b", b)
        set_field(self, "derived", a * 2)


def test_fields_are_the_public_slots_in_order_base_first() -> None:
    assert Point._fields == ("x", "y")
    assert Point3._fields == ("x", "y", "z")
    assert Frozen._fields == ("a", "b")
    assert Block._fields == ("location",)
    assert Heading._fields == ("location", "level", "text")
    assert Paragraph._fields == ("location", "text", "offsets", "from_field")
    assert Table._fields == ("location", "cells", "n_rows", "n_cols", "index", "nested_in")
    assert Document._fields == ("path", "format", "blocks", "source", "title", "metadata", "findings")


def test_repr_is_the_dataclass_repr() -> None:
    assert repr(Point(1, "x")) == "Point(x=1, y='x')"
    assert repr(Point3(1)) == "Point3(x=1, y='b', z=0.5)"
    assert repr(Frozen(3, (1,))) == "Frozen(a=3, b=(1,))"
    assert repr(Heading(Location(line=2), 1, "一、概述")) == (
        "Heading(location=Location(line=2, column=None, end_line=None, end_column=None, paragraph=None, page=None, "
        "table=None, row=None, col=None, section=None, row_label=None, col_label=None, snippet=None, bbox=None, "
        "opening=None, cell_number=None), "
        "level=1, text='一、概述')")


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
    with pytest.raises(TypeError):
        hash(Paragraph(Location(), "x"))
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
    for value in (Point(1), Frozen(1), Location(), Cell(0, 0, "x"), CellRef(1, 1, 1, "r", "c", "v")):
        assert not hasattr(value, "__dict__")
    with pytest.raises(AttributeError):
        Point(1).z = 1  # type: ignore[attr-defined]


def test_pickle_and_copy_keep_the_value() -> None:
    f = Frozen(4, (1, 2))
    for clone in (pickle.loads(pickle.dumps(f)), copy.copy(f), copy.deepcopy(f)):
        assert clone == f and clone.derived == 8
    d = Diagnostic("RL301", "r", "tables", Severity.ERROR, "m", cells=[CellRef(1, 2, 3, "r", "c", "5")])
    assert pickle.loads(pickle.dumps(d)) == d


def test_mutable_defaults_are_fresh_per_instance() -> None:
    a, b = Document("a.md", "markdown", []), Document("b.md", "markdown", [])
    a.metadata["x"] = 1
    a.findings.append(1)
    assert b.metadata == {} and b.findings == []
    c1, c2 = Cell(0, 0, "x"), Cell(0, 1, "y")
    assert c1.location == c2.location and c1.location is not c2.location


def test_location() -> None:
    loc = Location(line=3, column=1)
    assert loc == Location(3, 1)
    assert hash(loc) == hash(Location(3, 1))  # hashable, over its fields
    assert loc.with_(row=2) == Location(line=3, column=1, row=2)
    assert loc.replace(page=4).page == 4
    with pytest.raises(TypeError):
        loc.with_(nope=1)
    assert Location._fields[-3:] == ("bbox", "opening", "cell_number") and len(Location._fields) == 16


def test_location_with_copies_every_field_and_changes_only_those_named() -> None:
    # with_ writes the fields out one by one: a field added to Location and not to with_ fails here
    full = Location(*(f"v{i}" for i in range(len(Location._fields))))
    assert full.with_() == full and full.with_() is not full
    for name in Location._fields:
        changed = full.with_(**{name: "new"})
        assert [getattr(changed, n) for n in Location._fields] == [
            "new" if n == name else f"v{k}" for k, n in enumerate(Location._fields)], name
    assert full.with_(row=2, snippet="s").to_json() == {**full.to_json(), "row": 2, "snippet": "s"}


def test_table_grid_cache_is_not_part_of_the_value() -> None:
    cells = [Cell(0, 0, "a", colspan=2)]
    t1, t2 = Table(Location(), cells, 1, 2, index=1), Table(Location(), cells, 1, 2, index=1)
    assert t1.grid() == [[cells[0], cells[0]]]
    assert t1 == t2
    assert "_grid" not in repr(t1)
    assert t1.replace(index=2).index == 2


def test_diagnostic() -> None:
    d = Diagnostic("RL301", "t.sum", "arithmetic", Severity.ERROR, "不等")
    assert d.location == Location() and d.status is Status.FAIL and d.cells == [] and d.related == [] and d.key == ()
    e = d.replace(severity=Severity.WARNING)
    assert e.severity is Severity.WARNING and d.severity is Severity.ERROR
    assert e != d and e.replace(severity=Severity.ERROR) == d
    assert e.fingerprint == d.fingerprint
    with pytest.raises(TypeError):
        hash(d)
    ref = CellRef(1, 2, 3, "行", "列", "7")
    assert repr(ref) == "CellRef(table=1, row=2, col=3, row_label='行', col_label='列', value='7')"
    assert hash(ref) == hash(CellRef(1, 2, 3, "行", "列", "7"))
    with pytest.raises(AttributeError):
        ref.value = "8"  # type: ignore[misc]


def test_cnparse_values() -> None:
    (n,) = find_numbers("5件")
    assert n == NumberMention(0, 2, "5件", Decimal(5), "件", 0)
    assert repr(n) == "NumberMention(start=0, end=2, text='5件', value=Decimal('5'), unit='件', decimals=0)"
    assert hash(n) == hash(NumberMention(0, 2, "5件", Decimal(5), "件", 0))
    d = DateMatch(0, 10, "2021年1月1日", 2021, 1, 1, "cjk", True, None, False)
    assert d.replace(day=2).day == 2 and d.day == 1
    with pytest.raises(AttributeError):
        d.day = 3  # type: ignore[misc]


def test_cell_location_is_built_from_its_place_when_asked() -> None:
    # A cell on a source line: line and columns, its grid place 1-based, its text as the snippet.
    cell = Cell(2, 1, "本年新收政府信息公开申请数量" * 3, table=4, line=9, column=5, end_column=47)
    assert cell._location is None  # nothing built until something points at the cell
    loc = cell.location
    assert loc == Location(line=9, column=5, end_line=9, end_column=47, table=4, row=3, col=2,
                           snippet=("本年新收政府信息公开申请数量" * 3)[:30])
    assert cell.location is loc  # built once
    # An empty cell placed at a line's end has no end and no snippet; a Word cell has no line, its
    # section, and quotes its text even when empty.
    assert Cell(0, 3, "", table=1, line=2, column=12).location == Location(line=2, column=12, table=1, row=1, col=4)
    assert Cell(1, 0, "", colspan=2, table=2, section="一、总体情况").location == Location(
        table=2, row=2, col=1, snippet="", section="一、总体情况")
    # Unplaced: empty; a location given or assigned wins over the place.
    assert Cell(0, 0, "x").location == Location()
    given = Location(page=3, table=1, row=1, col=1)
    assert Cell(0, 0, "x", location=given, table=7, line=1).location is given
    cell.location = given
    assert cell.location is given
    # The location is part of the value (repr, ==), the place fields are not.
    assert Cell(0, 0, "5", table=1, line=1, column=1, end_column=2) == Cell(
        0, 0, "5", location=Location(line=1, column=1, end_line=1, end_column=2, table=1, row=1, col=1, snippet="5"))
    assert "location=Location(line=1" in repr(Cell(0, 0, "5", table=1, line=1, column=1))
