"""Exact numbers: coercion at the boundary, a private decimal context, explicit rounding.

Every figure lkjcalc computes is a :class:`decimal.Decimal`. Values enter through :func:`to_decimal`
(or :func:`to_count` for counts) and all arithmetic runs in the private context ``CONTEXT``
(precision 40, traps on invalid operations and division by zero), so the caller's thread-local
decimal context is never read nor changed: a caller who sets ``getcontext().prec = 3`` gets the
same results.

The accepted inputs (domain.md §0): ``int``, ``Decimal``, plain ASCII decimal strings (an optional
sign, digits, an optional point and digits), ``float`` through its shortest repr (``0.1`` is
``Decimal("0.1")``), numpy integer scalars (any :class:`numbers.Integral`) and numpy floating
scalars through numpy's own shortest text (``str(x)``). ``bool`` (numpy's too), ``None``, NaN,
infinities and every other type are refused.
"""

from __future__ import annotations

import enum
import numbers
import re
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from fractions import Fraction
from typing import SupportsFloat, SupportsIndex, TypeAlias, overload

from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError

__all__ = [
    "CONTEXT",
    "HUNDRED",
    "ONE",
    "ZERO",
    "Count",
    "Number",
    "Rounding",
    "add",
    "check_places",
    "divide",
    "fraction_to_decimal",
    "multiply",
    "percent",
    "quantize",
    "round_half_up",
    "subtract",
    "sum_decimals",
    "to_count",
    "to_decimal",
    "to_non_negative_count",
]

#: The values lkjcalc accepts as a number (domain.md §0). ``SupportsIndex`` and ``SupportsFloat``
#: admit numpy scalars for the type checker; the run-time check in :func:`to_decimal` is the
#: authority (it refuses ``bool``, ``Fraction``, NaN and infinities, for instance).
Number: TypeAlias = int | float | Decimal | str | SupportsIndex | SupportsFloat

#: Integral numbers (counts, scores): any accepted :data:`Number` whose value is a whole number.
Count: TypeAlias = int | Decimal | str | float | SupportsIndex

#: The private context: 40 significant digits, so that the rounding of a non-terminating
#: division never reaches a printed digit; traps turn undefined operations into errors.
CONTEXT = Context(
    prec=40,
    rounding=ROUND_HALF_UP,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)

# Plain ASCII decimal syntax: optional sign, digits, optional point and digits (or ".5").
_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\Z")


class Rounding(enum.Enum):
    """How a figure is rounded when rounding is asked for.

    ``HALF_UP`` rounds half away from zero, as Excel ``ROUND``, PHP ``round`` and Indonesian
    reports do (85.005 → 85.01). ``DOWN`` truncates towards zero (85.009 → 85.00), as some
    published tables do. lkjcalc never uses banker's rounding.
    """

    HALF_UP = "half_up"
    DOWN = "down"


def to_decimal(value: object, name: str = "value") -> Decimal:  # noqa: C901, PLR0911 - a branch per type
    """Coerce one accepted input to an exact, finite ``Decimal``.

    Args:
        value: an ``int``, ``Decimal``, plain decimal ``str``, ``float`` or numpy scalar.
        name: the argument's name, used in the error message.

    Returns:
        The exact value: a float is taken through its shortest repr.

    Raises:
        InvalidTypeError: ``bool``, ``None`` or any type not listed above.
        InvalidInputError: a malformed string, NaN or an infinity.

    Examples:
        >>> to_decimal(0.1)
        Decimal('0.1')
        >>> to_decimal("12143000.00")
        Decimal('12143000.00')
        >>> to_decimal(" 12", "target")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: target: got ' 12', expected a plain decimal string ...
    """
    kind = type(value)
    if kind is Decimal:
        return _finite(value, value, name)  # type: ignore[arg-type]
    if kind is int:
        if value.bit_length() > _MAX_INT_BITS:  # type: ignore[attr-defined]
            return _finite(Decimal(value), value, name)  # type: ignore[arg-type]
        return Decimal(value)  # type: ignore[arg-type]
    if isinstance(value, str):
        if not _DECIMAL_TEXT.match(value):
            raise InvalidInputError(
                field=name,
                value=value,
                expected="a plain decimal string such as '12143000.00' "
                "(sign, ASCII digits, optional point; no spaces, grouping or exponent)",
            )
        return _finite(Decimal(value), value, name)
    if isinstance(value, bool) or _is_numpy_bool(value):
        raise InvalidTypeError(field=name, value=value, expected="a number, not a bool")
    if isinstance(value, float):
        # float.__repr__ also for float subclasses (np.float64), whose own repr is "np.float64(…)".
        return _finite(Decimal(float.__repr__(value)), value, name)
    if isinstance(value, Decimal):
        return _finite(Decimal(value), value, name)
    if isinstance(value, numbers.Integral):
        return _finite(Decimal(int(value)), value, name)
    if isinstance(value, numbers.Real) and type(value).__module__ == "numpy":
        return _finite(Decimal(str(value)), value, name)
    raise InvalidTypeError(
        field=name,
        value=value,
        expected="a number (int, Decimal, float, numpy scalar or plain decimal str)",
    )


#: Magnitudes beyond 10**±_MAX_ADJUSTED are refused: no report figure comes near them, and the
#: private context must never overflow or underflow silently.
_MAX_ADJUSTED = 10_000
_MAX_INT_BITS = 33_000  # ints below 2**33000 (< 10**9934) need no magnitude check


def _finite(number: Decimal, original: object, name: str) -> Decimal:
    if not number.is_finite():
        raise InvalidInputError(field=name, value=original, expected="a finite number")
    if not number.is_zero() and abs(number.adjusted()) > _MAX_ADJUSTED:
        raise InvalidInputError(
            field=name, value=original, expected="a magnitude between 1E-10000 and 1E+10000"
        )
    return number


def _is_numpy_bool(value: object) -> bool:
    kind = type(value)
    return kind.__module__ == "numpy" and kind.__name__ in {"bool", "bool_"}


def to_count(value: object, name: str = "count") -> int:
    """Coerce an accepted input whose value is a whole number (``3``, ``Decimal("3")``, ``3.0``).

    Raises:
        InvalidTypeError: as :func:`to_decimal`.
        InvalidInputError: a value with a fractional part.

    Examples:
        >>> to_count(3.0)
        3
        >>> to_count(2.5, "attendees")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: attendees: got 2.5, expected a whole number
    """
    if type(value) is int:
        return value
    number = to_decimal(value, name)
    if number != number.to_integral_value(rounding=ROUND_DOWN, context=CONTEXT):
        raise InvalidInputError(field=name, value=value, expected="a whole number")
    return int(number)


def to_non_negative_count(value: object, name: str = "count") -> int:
    """As :func:`to_count`, and refuse a count below zero (attendees, respondents, answers).

    Examples:
        >>> to_non_negative_count(-3, "attendees")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: attendees: got -3, expected a count >= 0
    """
    count = to_count(value, name)
    if count < 0:
        raise InvalidInputError(field=name, value=value, expected="a count >= 0")
    return count


# ----------------------------------------------------------------------------- arithmetic
# Operators on Decimal use the thread's current context; these use CONTEXT explicitly.


def add(a: Decimal, b: Decimal) -> Decimal:
    """``a + b`` in the private context."""
    return CONTEXT.add(a, b)


def subtract(a: Decimal, b: Decimal) -> Decimal:
    """``a - b`` in the private context."""
    return CONTEXT.subtract(a, b)


def multiply(a: Decimal, b: Decimal) -> Decimal:
    """``a * b`` in the private context."""
    return CONTEXT.multiply(a, b)


def divide(a: Decimal, b: Decimal, *, what: str = "the result", why: str = "") -> Decimal:
    """``a / b`` in the private context; ``b == 0`` raises :class:`UndefinedResultError`.

    Args:
        a: the numerator.
        b: the denominator.
        what: names the quantity in the error message.
        why: an extra hint for the error message.
    """
    if b.is_zero():
        raise UndefinedResultError(
            f"{what} is undefined: the denominator is zero", detail=why or None
        )
    return CONTEXT.divide(a, b)


def percent(
    part: Decimal, whole: Decimal, *, what: str = "the percentage", why: str = ""
) -> Decimal:
    """``part / whole × 100`` with a single rounding (the multiplication comes first, exactly)."""
    return divide(CONTEXT.multiply(part, HUNDRED), whole, what=what, why=why)


def sum_decimals(values: list[Decimal] | tuple[Decimal, ...]) -> Decimal:
    """The exact sum of already coerced values (``0`` for none)."""
    total = ZERO
    for value in values:
        total = CONTEXT.add(total, value)
    return total


@overload
def quantize(value: Decimal, places: int | None, rounding: Rounding = ...) -> Decimal: ...


@overload
def quantize(value: Fraction, places: int | None, rounding: Rounding = ...) -> Fraction: ...


def quantize(
    value: Decimal | Fraction, places: int | None, rounding: Rounding = Rounding.HALF_UP
) -> Decimal | Fraction:
    """Round *value* to *places* decimals, exactly: the one rounding of lkjcalc (internal).

    Every rounding in lkjcalc goes through here: the scales before they classify, the review's
    rounding-tolerance rule, the survey's reproduction of printed tables, the figures shown by
    reprs and notebook tables, and the text formatters (through inline fast paths, tested to agree
    with it). There is no validation of *value* or *places*
    (the callers check them).

    ``Rounding.HALF_UP`` rounds half away from zero, ``Rounding.DOWN`` truncates towards zero
    (:class:`Rounding`). With *d* = *places* and *x* = |value| · 10^d, the result is
    sign(value) · ⌊x + ½⌋ / 10^d (half up) or sign(value) · ⌊x⌋ / 10^d (down), computed without
    any intermediate rounding, so a ``Decimal`` and a ``Fraction`` of the same value round to the
    same value.

    Args:
        value: a ``Decimal`` (already coerced) or a ``fractions.Fraction``.
        places: decimals to keep (``0`` or more); ``None`` returns *value* unchanged, as the
            ``*_places=None`` options of the survey mean "no rounding".
        rounding: half up (the default, as Indonesian reports round) or down.

    Returns:
        The same type as *value*. A ``Decimal`` has exactly *places* decimals (its exponent is
        ``-places``, never an exponent form such as ``1E+2``) and a result equal to zero has no
        sign (``-0.001`` → ``0.00``). A ``Fraction`` is a multiple of 10^-places.

    Examples:
        The Musrenbang participation of 2020 (the seed), 142 / 167 × 100, as a Decimal and as
        the exact fraction:

        >>> quantize(Decimal("85.02994011976"), 2)
        Decimal('85.03')
        >>> quantize(Fraction(14200, 167), 2)
        Fraction(8503, 100)
        >>> quantize(Decimal("-2.5"), 0), quantize(Fraction(-5, 2), 0, Rounding.DOWN)
        (Decimal('-3'), Fraction(-2, 1))
        >>> quantize(Decimal("-0.001"), 2), quantize(Decimal("1E+2"), 1)
        (Decimal('0.00'), Decimal('100.0'))
    """
    if places is None:
        return value
    if type(value) is not Decimal and isinstance(value, Fraction):
        return _quantize_fraction(value, places, rounding)
    context = CONTEXT
    if value.adjusted() + places + 2 > CONTEXT.prec:
        context = CONTEXT.copy()
        context.prec = value.adjusted() + places + 2
    quantum = _QUANTA[places] if places <= _MAX_QUANTUM else Decimal((0, (1,), -places))
    mode = ROUND_HALF_UP if rounding is Rounding.HALF_UP else ROUND_DOWN
    result = value.quantize(quantum, mode, context)
    return result.copy_abs() if result.is_zero() else result


#: ``1``, ``0.1`` … ``1E-40``: the quantum of each number of decimals, built once (exact tuples).
_MAX_QUANTUM = 40
_QUANTA = tuple(Decimal((0, (1,), -places)) for places in range(_MAX_QUANTUM + 1))


def _quantize_fraction(value: Fraction, places: int, rounding: Rounding) -> Fraction:
    """The Fraction case of :func:`quantize`: integer arithmetic only."""
    scale = 10**places
    numerator = abs(value.numerator) * scale
    denominator = value.denominator
    if rounding is Rounding.HALF_UP:  # ⌊x + ½⌋ = ⌊(2n + d) / 2d⌋
        units = (2 * numerator + denominator) // (2 * denominator)
    else:
        units = numerator // denominator
    return Fraction(-units if value.numerator < 0 else units, scale)


def check_places(places: object, name: str = "places") -> int:
    """Validate a number of decimal places: an ``int`` from 0 to 40."""
    if type(places) is not int:
        raise InvalidTypeError(field=name, value=places, expected="an int number of decimals")
    if not 0 <= places <= 40:  # noqa: PLR2004 - the private context's precision
        raise InvalidInputError(field=name, value=places, expected="0 to 40 decimals")
    return places


def round_half_up(value: Number, places: int = 0) -> Decimal:
    """Round half up (half away from zero) to *places* decimals, as Indonesian reports do.

    This is the rounding of Excel ``ROUND`` and PHP ``round``, not Python's banker's rounding: a
    figure exactly half-way goes away from zero.

    Args:
        value: any accepted number (domain.md §0).
        places: decimals to keep, 0 to 40.

    Returns:
        The rounded ``Decimal`` with exactly *places* decimals.

    Raises:
        InvalidInputError: a value or *places* that is not accepted.

    Examples:
        The Musrenbang participation of 2020, 142 / 167 × 100 = 85.0299…, printed with 2 decimals:

        >>> round_half_up("85.02994011976", 2)
        Decimal('85.03')
        >>> round_half_up("2.5"), round_half_up("-2.5"), round_half_up("0.125", 2)
        (Decimal('3'), Decimal('-3'), Decimal('0.13'))
    """
    return quantize(to_decimal(value, "value"), check_places(places))


def fraction_to_decimal(value: Fraction, places: int | None = None) -> Decimal:
    """A ``Fraction`` as a ``Decimal``: exact when it terminates, else 40 significant digits.

    With *places*, *value* is a multiple of 10^-places and keeps exactly that many decimals
    (``3.400``), as the rounded table printed it.
    """
    if places is not None:
        units = value.numerator * (10**places // value.denominator)
        return Decimal(f"{units}e-{places}")  # exact, context-free construction
    return divide(Decimal(value.numerator), Decimal(value.denominator))
