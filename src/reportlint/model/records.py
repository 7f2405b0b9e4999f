"""Plain value classes with the behaviour of dataclasses, without their cost at import.

Why: the ``@dataclass`` decorator generates the source of ``__init__``, ``__repr__`` and ``__eq__`` and
``exec()``s it for every class at import, and ``slots=True`` then builds the class a second time; a plain
class with ``__slots__`` and a hand-written ``__init__`` costs a small fraction of that (benchmarks/RESULTS.md,
issue 8).

So a value class subclasses :class:`Record` (or :class:`FrozenRecord` where it was ``frozen=True``),
lists its attributes in ``__slots__`` and writes its ``__init__``.  The base derives ``_fields`` from
the slots and gives what the dataclass gave: the same ``repr`` (outputs and the golden dump rely on
it), ``==`` between instances of the same class, and ``replace()`` (``dataclasses.replace``).  Slots
whose name starts with ``_`` are private caches, outside repr and equality; a class whose compared
fields differ otherwise sets ``_fields`` itself.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# How a FrozenRecord's ``__init__`` (and unpickling) sets its fields: assignment itself is refused.
set_field = object.__setattr__


class ImmutableError(AttributeError):
    """Assignment to a :class:`FrozenRecord` (what ``dataclasses.FrozenInstanceError`` was)."""


class Record:
    """A mutable value: repr, equality and ``replace()`` over ``_fields``; unhashable (as a
    dataclass with ``eq=True`` and not frozen).  Every subclass's ``__init__`` must accept each of
    its ``_fields`` as a keyword, for ``replace()``."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_fields" in cls.__dict__:
            return  # the class says which of its attributes are its value
        names: list[str] = []
        for base in cls.__bases__:
            names.extend(name for name in getattr(base, "_fields", ()) if name not in names)
        slots = cls.__dict__.get("__slots__", ())
        names.extend(name for name in ((slots,) if isinstance(slots, str) else slots) if not name.startswith("_"))
        cls._fields = tuple(names)

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({values})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self._fields
        return tuple([getattr(self, n) for n in names]) == tuple([getattr(other, n) for n in names])

    __hash__ = None  # type: ignore[assignment]

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed (``dataclasses.replace``); TypeError for an unknown name."""
        names = self._fields
        for name in changes:
            if name not in names:
                raise TypeError(f"{type(self).__qualname__}.replace() got an unexpected keyword argument {name!r}")
        values = {name: getattr(self, name) for name in names}
        values.update(changes)
        return type(self)(**values)


class FrozenRecord(Record):
    """An immutable, hashable value (a ``frozen=True`` dataclass).  Subclasses' ``__init__`` set
    their attributes with :data:`set_field`; afterwards assignment raises :class:`ImmutableError`."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise ImmutableError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise ImmutableError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(tuple([getattr(self, n) for n in self._fields]))

    # Pickling and copy.copy restore the attributes without __setattr__ (the default would call
    # it): the state is the list of every slot's value, in declaration order, as the dataclass had it.
    def __getstate__(self) -> list[Any]:
        return [getattr(self, name) for name in _all_slots(type(self))]

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(_all_slots(type(self)), state, strict=True):
            set_field(self, name, value)


def _all_slots(cls: type) -> list[str]:
    """Every slot of ``cls`` and its bases, base first."""
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        slots = klass.__dict__.get("__slots__", ())
        names.extend((slots,) if isinstance(slots, str) else slots)
    return names
