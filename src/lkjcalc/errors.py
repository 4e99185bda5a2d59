"""The lkjcalc exception hierarchy.

Every error lkjcalc raises derives from :class:`LkjcalcError`, itself a :class:`ValueError`, so
``except lkjcalc.LkjcalcError`` catches anything the library says no to::

    LkjcalcError(ValueError)
    ├── InvalidInputError        a value that the formula does not accept
    │   └── InvalidTypeError     ... because of its type (also a TypeError)
    ├── UndefinedResultError     the formula has no value here (a zero denominator, ...)
    └── ParseError               printed text that cannot be read unambiguously

Each error carries the argument's name (``field``), the offending ``value`` and what was
``expected``, and builds its message from them, so a message always names all three.

Examples:
    >>> err = InvalidInputError(field="attendees", value=-3, expected="a count >= 0")
    >>> str(err)
    'attendees: got -3, expected a count >= 0'
    >>> isinstance(err, ValueError)
    True
"""

from __future__ import annotations

__all__ = [
    "InvalidInputError",
    "InvalidTypeError",
    "LkjcalcError",
    "ParseError",
    "UndefinedResultError",
]

_NOTHING = object()
_SHOW_AT_MOST = 80  # characters of a value's repr in a message


class LkjcalcError(ValueError):
    """Root of every error lkjcalc raises.

    Args:
        message: the whole message; when omitted it is built from the other parts.
        field: the name of the argument or attribute at fault (``"target"``, ``"rows[3].U2"``).
        value: the value that was given.
        expected: what would have been accepted.
        detail: an extra sentence (a hint on what to do instead).

    Attributes:
        field: as given, or ``None``.
        value: as given, or ``None`` when no value was named.
        expected: as given, or ``None``.
        detail: as given, or ``None``.
    """

    default_message = "lkjcalc cannot compute this"

    def __init__(
        self,
        message: str | None = None,
        *,
        field: str | None = None,
        value: object = _NOTHING,
        expected: str | None = None,
        detail: str | None = None,
    ) -> None:
        self.field = field
        self.value = None if value is _NOTHING else value
        self.expected = expected
        self.detail = detail
        if message is None:
            message = _build_message(
                self.default_message, field, value, expected, has_value=value is not _NOTHING
            )
        if detail:
            message = f"{message}; {detail}"
        super().__init__(message)


def _build_message(
    default: str, field: str | None, value: object, expected: str | None, *, has_value: bool
) -> str:
    parts: list[str] = []
    if has_value:
        parts.append(f"got {_show(value)}")
    if expected is not None:
        parts.append(f"expected {expected}")
    body = ", ".join(parts) if parts else default
    return f"{field}: {body}" if field else body


def _show(value: object) -> str:
    try:
        text = repr(value)
    except ValueError:  # an int beyond sys.get_int_max_str_digits()
        text = f"<{type(value).__name__} too long to print>"
    return text if len(text) <= _SHOW_AT_MOST else text[: _SHOW_AT_MOST - 3] + "..."


class InvalidInputError(LkjcalcError):
    """A value that the formula or object does not accept (out of range, malformed, ...)."""

    default_message = "invalid input"


class InvalidTypeError(InvalidInputError, TypeError):
    """A value of a type lkjcalc does not accept (``bool``, ``None``, a list for a number)."""

    default_message = "invalid type"


class UndefinedResultError(LkjcalcError):
    """The formula has no value for these inputs (a zero target, allocation or attendance, ...).

    lkjcalc never returns 0, 100 or NaN in place of an undefined result.
    """

    default_message = "the result is undefined"


class ParseError(LkjcalcError):
    """Printed text that cannot be read, or could be read in more than one way (``"1.5"``)."""

    default_message = "cannot read the text"
