"""Small attrs validators and argument checks that raise lkjcalc's own errors (internal).

Converters to ``Decimal`` are plain named functions in each module (``_to_lower`` …), because
mypy's attrs plugin only reads the argument type of a named converter function.

attrs' built-in validators raise bare ``TypeError``/``ValueError``; these raise
:class:`~lkjcalc.errors.InvalidInputError` or :class:`~lkjcalc.errors.InvalidTypeError` so that a
caller can catch everything with ``LkjcalcError``. Each factory returns a small frozen callable
with a readable ``repr``, like attrs' own validators.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar

import attrs

from lkjcalc.errors import InvalidInputError, InvalidTypeError

__all__ = [
    "check_bool",
    "check_choice",
    "check_enum",
    "check_values",
    "each_validator",
    "instance_validator",
    "mapping_or_none",
    "optional_str_validator",
    "str_validator",
]

E = TypeVar("E", bound=enum.Enum)


@attrs.frozen(repr=False)
class _StrValidator:
    allow_empty: bool
    optional: bool

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if not isinstance(value, str):
            raise InvalidTypeError(field=attr.name, value=value, expected="a str")
        if not self.allow_empty and not value.strip():
            raise InvalidInputError(field=attr.name, value=value, expected="a non-empty str")

    def __repr__(self) -> str:
        return f"<str validator allow_empty={self.allow_empty} optional={self.optional}>"


def str_validator(*, allow_empty: bool = False) -> _StrValidator:
    """A validator that requires a ``str`` (non-blank unless *allow_empty*)."""
    return _StrValidator(allow_empty=allow_empty, optional=False)


def optional_str_validator() -> _StrValidator:
    """A validator that requires ``None`` or a non-blank ``str``."""
    return _StrValidator(allow_empty=False, optional=True)


@attrs.frozen(repr=False)
class _InstanceValidator:
    kind: type
    each: bool

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
        items: Iterable[tuple[int | None, object]] = (
            enumerate(value) if self.each else [(None, value)]
        )
        for i, item in items:
            if not isinstance(item, self.kind):
                field = attr.name if i is None else f"{attr.name}[{i}]"
                raise InvalidTypeError(field=field, value=item, expected=f"a {self.kind.__name__}")

    def __repr__(self) -> str:
        return f"<{'each ' if self.each else ''}instance validator {self.kind.__name__}>"


def instance_validator(kind: type) -> _InstanceValidator:
    """A validator that requires an instance of *kind* (an lkjcalc object, not a look-alike)."""
    return _InstanceValidator(kind=kind, each=False)


def each_validator(kind: type) -> _InstanceValidator:
    """A validator that requires every item of an (already converted) tuple to be a *kind*."""
    return _InstanceValidator(kind=kind, each=True)


def check_enum(value: object, kind: type[E], name: str) -> E:
    """Check an option that must be a member of *kind*, or its value string (returns the member).

    A string matches a member's value or name, case-insensitively and ignoring surrounding
    spaces (``"minimize"``, ``"MINIMIZE"``, ``"half_up"``), as domain.md §0 (v0.2) asks.
    """
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for member in kind:
            if wanted in {str(member.value).casefold(), member.name.casefold()}:
                return member
    names = ", ".join(f"{kind.__name__}.{m.name}" for m in kind)
    values = ", ".join(repr(m.value) for m in kind)
    raise InvalidTypeError(field=name, value=value, expected=f"one of {names} (or {values})")


def check_bool(value: object, name: str) -> bool:
    """Check a function argument that must be a ``bool`` flag."""
    if not isinstance(value, bool):
        raise InvalidTypeError(field=name, value=value, expected="True or False")
    return value


def check_choice(value: object, choices: tuple[str, ...], name: str) -> str:
    """Check a function argument that must be one of a few strings (a ``Literal`` option)."""
    expected = "one of " + ", ".join(repr(choice) for choice in choices)
    if not isinstance(value, str):
        raise InvalidTypeError(field=name, value=value, expected=expected)
    if value not in choices:
        raise InvalidInputError(field=name, value=value, expected=expected)
    return value


def mapping_or_none(value: object, name: str) -> Mapping[Any, Any] | None:
    """*value* as a mapping if it is one, or has ``.items()`` (a pandas Series); else ``None``.

    domain.md §0 (v0.2): any mapping-like object is accepted where a ``Mapping`` is, so
    ``ikm_from_nrr(df[codes].mean())`` works. The items are read once into a ``dict``; a key that
    occurs twice (a Series with a repeated index) would lose a value, so it is refused.

    Raises:
        InvalidInputError: a mapping-like object with a repeated key.
    """
    if isinstance(value, Mapping):
        return value
    items = getattr(value, "items", None)
    if not callable(items) or isinstance(value, (str, bytes, bytearray, type)):
        return None
    try:
        pairs = list(items())
        found = dict(pairs)
    except (TypeError, ValueError):  # .items() of something else, or not pairs
        return None
    if len(found) != len(pairs):
        counts = Counter(key for key, _ in pairs)  # the keys are hashable: they made a dict
        key = next(key for key, count in counts.items() if count > 1)
        raise InvalidInputError(
            field=name, value=key, expected="each key once (a Series with a unique index)"
        )
    return found


def check_values(value: object, name: str, expected: str) -> Iterable[Any]:
    """Check an argument that must be an ordered collection of values (rows, a column, figures).

    Refused, with :class:`~lkjcalc.errors.InvalidTypeError` naming *name* and *expected*: text
    and bytes (``bytearray(b"12")`` is not the numbers 49 and 50), sets (unordered, and a
    duplicate answer or figure would be lost), mappings, 0-d numpy arrays and anything that is
    not iterable.
    """
    if (
        isinstance(value, (str, bytes, bytearray, memoryview, AbstractSet, Mapping))
        or getattr(value, "ndim", None) == 0
        or not isinstance(value, Iterable)
    ):
        raise InvalidTypeError(field=name, value=value, expected=expected)
    return value
