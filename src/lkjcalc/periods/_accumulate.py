"""Accumulating periods: :func:`accumulate` and :func:`period_achievements`, with their options.

How the quarters of an indicator add up to its year, by its :class:`~lkjcalc.Accumulation`, and
the achievement of each period to date (domain.md §9); the checked period values and the options
resolved from an indicator, which the Renja evaluation shares.

Internal to :mod:`lkjcalc.periods` (the public names are re-exported there).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias

import attrs

from lkjcalc._numeric import ZERO, Number, divide, percent, quantize, sum_decimals, to_decimal
from lkjcalc._validators import check_bool, check_enum, check_values
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.performance import (
    Accumulation,
    Indicator,
    MinimizeFormula,
    Polarity,
    Target,
    achievement,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

#: One period's value: a number, a (numerator, denominator) pair for ``RATIO``, or ``None``
#: for a period not reported.
PeriodValue: TypeAlias = "Number | tuple[Number, Number] | None"

_Pair: TypeAlias = tuple[Decimal, Decimal]
#: One reported period once checked: a ``Decimal``, or a (numerator, denominator) pair for
#: ``RATIO``.
CheckedValue: TypeAlias = "Decimal | tuple[Decimal, Decimal]"


# ----------------------------------------------------------------------------- accumulation


def period_list(values: object, name: str) -> list[object]:
    """The periods as a list (a sequence or any iterable, but not text or a mapping)."""
    return list(
        check_values(
            values, name, "a sequence of period values (None: not reported; a list, not a set)"
        )
    )


def to_pair(value: object, name: str) -> _Pair:
    """A (numerator, denominator) pair, the denominator >= 0."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:  # noqa: PLR2004 - a pair
        raise InvalidTypeError(
            field=name, value=value, expected="a (numerator, denominator) pair for RATIO"
        )
    numerator = to_decimal(value[0], f"{name}[0]")
    denominator = to_decimal(value[1], f"{name}[1]")
    if denominator < ZERO:
        raise InvalidInputError(field=f"{name}[1]", value=value[1], expected="a denominator >= 0")
    return numerator, denominator


def coerce_period(value: object, accumulation: Accumulation, name: str) -> CheckedValue:
    """One reported period, checked: a pair for ``RATIO``, else a number."""
    if accumulation is Accumulation.RATIO:
        return to_pair(value, name)
    return to_decimal(value, name)


def reported_values(values: object, accumulation: Accumulation, name: str) -> list[CheckedValue]:
    """The reported periods, coerced (``None`` skipped; every other value checked)."""
    return [
        coerce_period(value, accumulation, f"{name}[{i}]")
        for i, value in enumerate(period_list(values, name))
        if value is not None
    ]


def _plain(value: Decimal) -> Decimal:
    """The value without exponent form or negative zero (domain.md §0, "Plain results")."""
    if value.as_tuple().exponent > 0:  # type: ignore[operator]  # finite: an int exponent
        return quantize(value, 0)  # exact: an integer written with an exponent
    return value.copy_abs() if value.is_zero() else value


def combine(reported: list[CheckedValue], accumulation: Accumulation) -> Decimal:
    """The accumulation of already coerced, reported values (at least one), as a plain value."""
    return _plain(_accumulated(reported, accumulation))


def _accumulated(reported: list[CheckedValue], accumulation: Accumulation) -> Decimal:
    if not reported:
        raise UndefinedResultError(
            "the accumulation of no reported period is undefined",
            detail="None marks a period not yet reported; report a value (0 is a value)",
        )
    if accumulation is Accumulation.RATIO:
        pairs = [value for value in reported if isinstance(value, tuple)]
        numerator = sum_decimals([n for n, _ in pairs])
        denominator = sum_decimals([d for _, d in pairs])
        return percent(numerator, denominator, what="the ratio of the periods' sums")
    numbers = [value for value in reported if isinstance(value, Decimal)]
    if accumulation is Accumulation.FLOW:
        return sum_decimals(numbers)  # the sum of the periods
    if accumulation is Accumulation.STOCK:
        return numbers[-1]  # the last reported state
    return divide(sum_decimals(numbers), Decimal(len(numbers)))  # AVERAGE: the mean


def accumulate(values: Iterable[PeriodValue], *, accumulation: Accumulation | str) -> Decimal:
    """Accumulate the periods of an indicator (*akumulasi triwulan*): the year from its quarters.

    Args:
        values: one value per period, in order (TW I, TW II, ...); ``None`` for a period not
            reported. For ``RATIO``, each value is a (numerator, denominator) pair.
        accumulation: an :class:`Accumulation` or its value string (``"flow"``, ``"stock"``,
            ``"ratio"``, ``"average"``), case-insensitively.

    Returns:
        The accumulated value, exact and unrounded; for ``RATIO``, in percent.

    Raises:
        UndefinedResultError: no period is reported; ``RATIO`` with denominators summing to 0.
        InvalidInputError: a value that is not a number (a pair for ``RATIO``), a negative
            denominator, an unknown *accumulation*.

    Notes:
        With v₁ … vₙ the reported values (``None`` skipped) and (aᵢ, bᵢ) the pairs of a ratio::

            FLOW     v₁ + … + vₙ
            STOCK    vₙ                       (the last reported, a reported 0 included)
            AVERAGE  (v₁ + … + vₙ) / n
            RATIO    (a₁ + … + aₙ) / (b₁ + … + bₙ) × 100

    References:
        domain.md §9 (decision, following the practice of the Permendagri 86/2017 forms and
        Kemenkeu's "sum", "take last known" and "average").

    Examples:
        A percentage reported 80, 82, 85 and 86 in TW I–IV is 86 at the end of the year, not
        the 333 % that adding up the quarters gives:

        >>> accumulate([80, 82, 85, 86], accumulation=Accumulation.STOCK)
        Decimal('86')
        >>> accumulate([80, 82, 85, 86], accumulation="flow")
        Decimal('333')
        >>> accumulate([80, 82, 85, 86], accumulation="average")
        Decimal('83.25')

        Musrenbang participation of two meetings, 133 of 157 and 142 of 167 attendees not civil
        servants (the seed, 2019 and 2020): the ratio of the sums, not the mean of the ratios:

        >>> accumulate([(133, 157), (142, 167)], accumulation="ratio")
        Decimal('84.87654320987654320987654320987654320988')

        A quarter not yet reported is skipped; a reported 0 is a value:

        >>> accumulate([30, None, 0], accumulation="stock")
        Decimal('0')
        >>> accumulate([None, None], accumulation="flow")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: the accumulation of no reported period is ...
    """
    kind = check_enum(accumulation, Accumulation, "accumulation")
    return combine(reported_values(values, kind, "values"), kind)


# ----------------------------------------------------------------------------- options


@attrs.frozen
class _Options:
    """The calculation options of one call, resolved from the arguments and the indicator."""

    accumulation: Accumulation
    polarity: Polarity
    minimize_formula: MinimizeFormula
    allow_negative: bool
    cap: Decimal | None

    def achievement(self, target: Target, realization: Decimal, *, capped: bool = True) -> Decimal:
        return achievement(
            target,
            realization,
            polarity=self.polarity,
            minimize_formula=self.minimize_formula,
            allow_negative=self.allow_negative,
            cap=self.cap if capped else None,
        )


def _agree(given: object, *, default: object, own: object, name: str) -> object:
    """The indicator's option; an explicit argument must not contradict it."""
    if given not in (default, own):
        raise InvalidInputError(
            field=name,
            value=given,
            expected=f"the indicator's {own!r} (give an option through the indicator or as an "
            "argument, not both)",
        )
    return own


def resolve_options(
    indicator: Indicator | None,
    *,
    accumulation: Accumulation | str | None,
    polarity: Polarity | str,
    minimize_formula: MinimizeFormula | str,
    allow_negative: bool,
    cap: Number | None,
) -> _Options:
    """The options of one call, from its arguments and the indicator (which must agree)."""
    acc = None if accumulation is None else check_enum(accumulation, Accumulation, "accumulation")
    pol = check_enum(polarity, Polarity, "polarity")
    formula = check_enum(minimize_formula, MinimizeFormula, "minimize_formula")
    negative = check_bool(allow_negative, "allow_negative")
    ceiling = None if cap is None else to_decimal(cap, "cap")
    if ceiling is not None and ceiling <= ZERO:
        raise InvalidInputError(field="cap", value=cap, expected="a cap > 0, or None")
    if indicator is not None:
        if not isinstance(indicator, Indicator):
            raise InvalidTypeError(field="indicator", value=indicator, expected="an Indicator")
        if acc is None or indicator.accumulation is not None:
            acc = _agree(acc, default=None, own=indicator.accumulation, name="accumulation")  # type: ignore[assignment]
        pol = _agree(pol, default=Polarity.MAXIMIZE, own=indicator.polarity, name="polarity")  # type: ignore[assignment]
        formula = _agree(  # type: ignore[assignment]
            formula,
            default=MinimizeFormula.MIRROR,
            own=indicator.minimize_formula,
            name="minimize_formula",
        )
        negative = _agree(  # type: ignore[assignment]
            negative, default=False, own=indicator.allow_negative, name="allow_negative"
        )
        ceiling = _agree(ceiling, default=None, own=indicator.cap, name="cap")  # type: ignore[assignment]
    if acc is None:
        raise InvalidInputError(
            field="accumulation",
            value=None,
            expected="an Accumulation (FLOW, STOCK, RATIO or AVERAGE)"
            + ("" if indicator is None else ": the indicator declares none"),
        )
    return _Options(
        accumulation=acc,
        polarity=pol,
        minimize_formula=formula,
        allow_negative=negative,
        cap=ceiling,
    )


def to_target(value: object, name: str) -> Target:
    """A target: a :class:`~lkjcalc.Target`, or a number for a point target."""
    if isinstance(value, Target):
        return value
    if isinstance(value, (list, tuple)):
        raise InvalidTypeError(
            field=name,
            value=value,
            expected="a number or a Target (use Target.between(lower, upper) for a range)",
        )
    return Target.point(to_decimal(value, name))


# ----------------------------------------------------------------------------- achievements


def period_achievements(
    target: Number | Target,
    realizations: Iterable[PeriodValue],
    *,
    accumulation: Accumulation | str | None = None,
    polarity: Polarity | str = Polarity.MAXIMIZE,
    minimize_formula: MinimizeFormula | str = MinimizeFormula.MIRROR,
    allow_negative: bool = False,
    cap: Number | None = None,
    indicator: Indicator | None = None,
) -> tuple[Decimal | None, ...]:
    """The achievement at the end of each period (*capaian s/d triwulan*), in percent.

    After each period, the realization accumulated so far is measured against *target* (usually
    the year's) with the indicator's polarity and options: a ``FLOW`` indicator that reaches 30
    of a yearly 120 in TW I has achieved 25 %.

    Args:
        target: the target, a number or a :class:`~lkjcalc.Target` (a range works).
        realizations: one value per period (``None``: not reported; a pair for ``RATIO``).
        accumulation: an :class:`Accumulation` or its value string; required unless
            *indicator* declares one.
        polarity: as :func:`~lkjcalc.achievement` (a member or its value string).
        minimize_formula: as :func:`~lkjcalc.achievement`.
        allow_negative: as :func:`~lkjcalc.achievement`.
        cap: as :func:`~lkjcalc.achievement`.
        indicator: an :class:`~lkjcalc.Indicator` whose accumulation, polarity, formula,
            *allow_negative* and *cap* apply; an argument given as well must agree with it.

    Returns:
        One achievement per period, ``None`` for a period not reported (nothing happened to
        measure then, although the accumulation so far is known). The last reported period's
        achievement is the year's.

    Raises:
        UndefinedResultError: a target of 0 (or below), as :func:`~lkjcalc.achievement`;
            ``RATIO`` with no denominator yet.
        InvalidInputError: no *accumulation* (and none on the indicator), an option that
            contradicts the indicator, a value that is not accepted.

    References:
        domain.md §9; the achievement itself: PermenPANRB 8/2021 (domain.md §1).

    Examples:
        >>> period_achievements(120, [30, 30, None, 40], accumulation="flow")
        (Decimal('25'), Decimal('50'), None, Decimal('83.33333333333333333333333333333333333333'))
        >>> period_achievements(90, [80, 82, 85, 86], accumulation="stock")[-1]
        Decimal('95.55555555555555555555555555555555555556')

        The same through an indicator that carries its options:

        >>> poverty = Indicator(
        ...     name="Angka kemiskinan", polarity=Polarity.MINIMIZE, accumulation="stock"
        ... )
        >>> period_achievements(10, [11, 10, 9, None], indicator=poverty)
        (Decimal('90'), Decimal('100'), Decimal('110'), None)
    """
    options = resolve_options(
        indicator,
        accumulation=accumulation,
        polarity=polarity,
        minimize_formula=minimize_formula,
        allow_negative=allow_negative,
        cap=cap,
    )
    goal = to_target(target, "target")
    results: list[Decimal | None] = []
    so_far: list[CheckedValue] = []
    for i, value in enumerate(period_list(realizations, "realizations")):
        if value is None:
            results.append(None)
            continue
        so_far.append(coerce_period(value, options.accumulation, f"realizations[{i}]"))
        results.append(options.achievement(goal, combine(so_far, options.accumulation)))
    return tuple(results)
