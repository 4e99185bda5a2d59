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
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from lkjcalc.errors import InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "check_bool",
    "check_choice",
    "check_enum",
    "each_validator",
    "enum_validator",
    "instance_validator",
    "optional_str_validator",
    "str_validator",
    "to_enum",
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
class _EnumValidator:
    kind: type[enum.Enum]

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        check_enum(value, self.kind, attr.name)

    def __repr__(self) -> str:
        return f"<enum validator {self.kind.__name__}>"


def enum_validator(kind: type[E]) -> _EnumValidator:
    """A validator that requires a member of the enum *kind*."""
    return _EnumValidator(kind=kind)


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
    """Check a function argument that must be a member of *kind* (returns it typed)."""
    if not isinstance(value, kind):
        names = ", ".join(f"{kind.__name__}.{m.name}" for m in kind)
        raise InvalidTypeError(field=name, value=value, expected=f"one of {names}")
    return value


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


def to_enum(value: object, kind: type[E], name: str) -> E:
    """An option given as a member of *kind* or as its value string, case-insensitively.

    ``to_enum("FLOW", Accumulation, "accumulation")`` is ``Accumulation.FLOW`` (domain.md §0,
    "Also accepted (v0.2)"). Every lkjcalc option enum has lower-case ``str`` values.
    """
    if isinstance(value, kind):
        return value
    names = ", ".join(f"{kind.__name__}.{m.name} or {m.value!r}" for m in kind)
    if not isinstance(value, str):
        raise InvalidTypeError(field=name, value=value, expected=f"one of {names}")
    wanted = value.lower()
    for member in kind:
        if member.value == wanted:
            return member
    raise InvalidInputError(field=name, value=value, expected=f"one of {names}")
