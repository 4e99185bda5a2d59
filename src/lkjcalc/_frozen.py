"""The one immutable mapping every lkjcalc object exposes (internal).

A frozen ``attrs`` object must stay a value: equal to its copy, hashable, picklable and deep
copyable. :class:`types.MappingProxyType` fails the last two (``cannot pickle 'mappingproxy'
object``) and a ``dict`` can be changed after the fact, so every mapping an lkjcalc object holds is
a :class:`FrozenMap`: a read-only mapping in insertion order that hashes, pickles and compares
equal to a ``dict`` with the same items.

Examples:
    >>> import copy, pickle
    >>> weights = FrozenMap({"U1": 1, "U2": 3}.items())
    >>> weights == {"U2": 3, "U1": 1}, weights["U2"], list(weights)
    (True, 3, ['U1', 'U2'])
    >>> pickle.loads(pickle.dumps(weights)) == copy.deepcopy(weights) == weights
    True
    >>> weights["U1"] = 2
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenMap' object does not support item assignment
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TypeVar

__all__ = ["FrozenMap"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(Mapping[K, V]):
    """An immutable mapping kept in insertion order; hashable, comparable and picklable.

    Args:
        items: the ``(key, value)`` pairs (``mapping.items()``), in order.

    Equality is a mapping's (order does not matter, as for ``dict``); the hash follows the items,
    so it needs hashable values (``Decimal``, ``str``, ``int``, enum members, ``Fraction``).
    """

    __slots__ = ("_data",)

    def __init__(self, items: Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(items)

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[tuple[tuple[K, V], ...]]]:
        return (type(self), (tuple(self._data.items()),))
