"""The values a printed figure stands for, and the range of a formula over them (internal).

One small type, :class:`Interval`, used by every check of the review (domain.md §7, v0.2): a
printed figure stands for the values that print to it, and a figure derived from printed figures
agrees when the range of the formula over its inputs' intervals meets the published figure's
interval.

**Why the ends suffice.** Every formula of a review is monotone in each of its inputs once the
inputs are clipped to its domain (sums, differences, a product with a positive factor, a ratio with
a denominator of one sign, the mirror and ratio achievements, × 25), so its range over a box of
intervals is spanned by its values at the corners. The endpoints are exact ``Decimal`` numbers
(printed figures have terminating decimals); a formula is evaluated at a corner by lkjcalc's own
public function, in its private context. Nothing is searched and no float is involved.

**Open and closed ends.** A figure printed with *d* decimals, rounded half up or truncated,
stands for ``[v − ½·10⁻ᵈ, v + 10⁻ᵈ)`` when v > 0, ``(v − 10⁻ᵈ, v + ½·10⁻ᵈ]`` when v < 0 and
``(−10⁻ᵈ, 10⁻ᵈ)`` when v = 0. The open ends are kept, so that a computed value lying exactly
on a printed figure's boundary is judged as rounding would judge it. An end of a range is
closed when some corner whose inputs are all closed attains it.

An end of a range reached only on a flat piece of a formula (100 inside a range target) may be
marked open although it is attained; this never changes a verdict, because a printed figure's
interval has its closed end at ``v ± ½·10⁻ᵈ`` (a 5 in the place after its last digit), which
is never 0 or 100. A cap is applied exactly (:meth:`Interval.cap`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from lkjcalc._numeric import ZERO, add, multiply, subtract

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["INFINITY", "Interval", "at_least", "at_most", "quotient"]

#: An unbounded end (a ratio whose denominator may be as small as one likes).
INFINITY = Decimal("Infinity")
_HALF = Decimal("0.5")


@attrs.frozen
class Interval:
    """An interval of exact values, each end open or closed, possibly unbounded (internal).

    Build it with :meth:`point` or :meth:`printed`; an empty interval is never
    built (the operations that can empty one return ``None``).

    Examples:
        >>> Interval.printed(Decimal("3.53"), 2)
        Interval(lower=Decimal('3.525'), upper=Decimal('3.54'), lower_closed=True,
        upper_closed=False)
        >>> Interval.printed(Decimal("3.53"), 2).scale(Decimal(25)).contains(Decimal("88.31"))
        True
    """

    lower: Decimal
    upper: Decimal
    lower_closed: bool = attrs.field(default=True, kw_only=True)
    upper_closed: bool = attrs.field(default=True, kw_only=True)

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        """The exact value, an interval of width 0."""
        return cls(value, value)

    @classmethod
    def printed(cls, value: Decimal, places: int) -> Interval:
        """The values that print as *value* with *places* decimals, half up or truncated.

        Half up prints v for ``[v − ½u, v + ½u)``, truncation for ``[v, v + u)`` (u = 10⁻ᵈ, for
        v > 0; both mirrored for v < 0, both open around 0): their union.
        """
        unit = Decimal(1).scaleb(-places)
        half = multiply(unit, _HALF)
        if value > 0:
            return cls(subtract(value, half), add(value, unit), upper_closed=False)
        if value < 0:
            return cls(subtract(value, unit), add(value, half), lower_closed=False)
        return cls(unit.copy_negate(), unit, lower_closed=False, upper_closed=False)

    @property
    def is_point(self) -> bool:
        """Whether the interval holds one value only."""
        return self.lower == self.upper

    def contains(self, value: Decimal) -> bool:
        """Whether *value* lies in the interval."""
        above = value > self.lower or (value == self.lower and self.lower_closed)
        below = value < self.upper or (value == self.upper and self.upper_closed)
        return above and below

    def clip(self, other: Interval) -> Interval | None:
        """The values in both intervals, or ``None`` when there are none."""
        if self.lower > other.lower:
            lower, lower_closed = self.lower, self.lower_closed
        elif self.lower < other.lower:
            lower, lower_closed = other.lower, other.lower_closed
        else:
            lower, lower_closed = self.lower, self.lower_closed and other.lower_closed
        if self.upper < other.upper:
            upper, upper_closed = self.upper, self.upper_closed
        elif self.upper > other.upper:
            upper, upper_closed = other.upper, other.upper_closed
        else:
            upper, upper_closed = self.upper, self.upper_closed and other.upper_closed
        if lower < upper or (lower == upper and lower_closed and upper_closed):
            return Interval(lower, upper, lower_closed=lower_closed, upper_closed=upper_closed)
        return None

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share a value."""
        return self.clip(other) is not None

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            add(self.lower, other.lower),
            add(self.upper, other.upper),
            lower_closed=self.lower_closed and other.lower_closed,
            upper_closed=self.upper_closed and other.upper_closed,
        )

    def __neg__(self) -> Interval:
        return Interval(
            self.upper.copy_negate(),
            self.lower.copy_negate(),
            lower_closed=self.upper_closed,
            upper_closed=self.lower_closed,
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scale(self, factor: Decimal) -> Interval:
        """Every value times *factor* (>= 0)."""
        return self.map(lambda value: multiply(value, factor))

    def map(self, increasing: Callable[[Decimal], Decimal]) -> Interval:
        """The range of a non-decreasing function of one value, from its values at the ends."""
        return _range(
            increasing(self.lower),
            increasing(self.upper),
            lower_closed=self.lower_closed,
            upper_closed=self.upper_closed,
        )

    def map_decreasing(self, decreasing: Callable[[Decimal], Decimal]) -> Interval:
        """The range of a non-increasing function of one value, from its values at the ends."""
        return _range(
            decreasing(self.upper),
            decreasing(self.lower),
            lower_closed=self.upper_closed,
            upper_closed=self.lower_closed,
        )

    def cap(self, ceiling: Decimal) -> Interval:
        """Every value v replaced by min(v, *ceiling*) (a continuous clamp, exact at its end)."""
        lower, lower_closed = self.lower, self.lower_closed
        upper, upper_closed = self.upper, self.upper_closed
        if upper > ceiling:
            upper, upper_closed = ceiling, True
        if lower > ceiling:
            lower, lower_closed = ceiling, True
        return _range(lower, upper, lower_closed=lower_closed, upper_closed=upper_closed)


def _range(lower: Decimal, upper: Decimal, *, lower_closed: bool, upper_closed: bool) -> Interval:
    """The range of a monotone function over a non-empty interval, from its ends.

    When both ends give one value the function is constant there, and the value is attained.
    """
    if lower == upper:
        return Interval.point(lower)
    return Interval(lower, upper, lower_closed=lower_closed, upper_closed=upper_closed)


def quotient(
    numerator: Interval, denominator: Interval, divide: Callable[[Decimal, Decimal], Decimal]
) -> Interval:
    """The range of ``divide(x, y)`` = x / y (times a positive constant) over two intervals.

    The denominator's interval lies on one side of zero, and may reach zero at an open end (a
    printed "0,0" clipped to the positive side): the range is then unbounded on the side of the
    numerator's sign. x / y is linear in x and monotone in y, so its extremes are at the corners.

    Args:
        numerator: the interval of x.
        denominator: the interval of y, all > 0 or all < 0 (an open end may be 0).
        divide: the formula, evaluated at a corner with y != 0.
    """
    corners: list[tuple[Decimal, bool]] = []
    for x, x_closed in (
        (numerator.lower, numerator.lower_closed),
        (numerator.upper, numerator.upper_closed),
    ):
        for y, y_closed in (
            (denominator.lower, denominator.lower_closed),
            (denominator.upper, denominator.upper_closed),
        ):
            if x.is_zero():
                # 0 / y is 0 for every y: attained whenever x = 0 is.
                corners.append((ZERO, x_closed))
            elif y.is_zero():
                # y tends to 0 at an open end: x / y grows without bound, with the sign of x / y.
                sign = (x > 0) == (denominator.upper > 0)
                corners.append((INFINITY if sign else -INFINITY, False))
            else:
                corners.append((divide(x, y), x_closed and y_closed))
    lower = min(value for value, _ in corners)
    upper = max(value for value, _ in corners)
    return _range(
        lower,
        upper,
        lower_closed=any(closed for value, closed in corners if value == lower),
        upper_closed=any(closed for value, closed in corners if value == upper),
    )


def at_least(value: Decimal, *, closed: bool = True) -> Interval:
    """The values from *value* up (``[value, ∞)``, or ``(value, ∞)`` when not *closed*)."""
    return Interval(value, INFINITY, lower_closed=closed, upper_closed=False)


def at_most(value: Decimal, *, closed: bool = True) -> Interval:
    """The values up to *value* (``(−∞, value]``, or ``(−∞, value)`` when not *closed*)."""
    return Interval(-INFINITY, value, lower_closed=False, upper_closed=closed)
