"""Achievement (*capaian kinerja*): realization against target, with polarity.

Sources (domain.md §1):

- PermenPANRB 8/2021 (performance-management guideline) for the maximize formula R / T × 100, the
  minimize ("kondisi khusus", "polaritas negatif") formula (2T − R) / T × 100, and range targets
  (*target rentang*): above the range use the upper bound, below it the lower bound.
- e-SAKIP practice for the alternative minimize formula T / R × 100.
- Baperlitbang Klungkung 2017 and other LKjIPs for a strategic objective's achievement as the mean
  of its indicators' achievements.

All results are in percent units (``85.03`` means 85.03 %), exact and unrounded; round for
printing with :func:`lkjcalc.round_half_up`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from lkjcalc._numeric import (
    HUNDRED,
    ZERO,
    Number,
    add,
    divide,
    percent,
    subtract,
    sum_decimals,
    to_decimal,
)
from lkjcalc._validators import (
    check_bool,
    check_enum,
    optional_str_validator,
    str_validator,
)
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError

__all__ = [
    "Accumulation",
    "Indicator",
    "MinimizeFormula",
    "Polarity",
    "Target",
    "achievement",
    "mean_achievement",
    "point_change",
    "relative_change",
    "renstra_progress",
]

_QUALITATIVE_HINT = (
    "a ratio against a target <= 0 has no meaning; report the indicator qualitatively, "
    "or compare with point_change()"
)


class Polarity(enum.Enum):
    """Which direction is better for an indicator (*polaritas*).

    ``MAXIMIZE``: higher is better ("kondisi normal", "polaritas positif").
    ``MINIMIZE``: lower is better ("kondisi khusus", "polaritas negatif"), e.g. a poverty rate.
    """

    MAXIMIZE = "maximize"
    MINIMIZE = "minimize"


class MinimizeFormula(enum.Enum):
    """The formula used for a minimize indicator.

    ``MIRROR``: (2T − R) / T × 100, PermenPANRB 8/2021 (the default).
    ``RATIO``: T / R × 100, widespread in e-SAKIP tools.
    """

    MIRROR = "mirror"
    RATIO = "ratio"


def _to_polarity(value: object) -> Polarity:
    return check_enum(value, Polarity, "polarity")


def _to_minimize_formula(value: object) -> MinimizeFormula:
    return check_enum(value, MinimizeFormula, "minimize_formula")


class Accumulation(enum.Enum):
    """How an indicator's periods (quarters, years) accumulate (domain.md §9).

    ``FLOW``: a quantity produced in each period (documents issued, km of road): the year is the
    sum of its quarters. ``STOCK``: a state at the end of the period (a percentage, an index, an
    IKM): the year is its last reported quarter. ``RATIO``: a rate from a numerator and a
    denominator reported per period: Σ numerators / Σ denominators × 100. ``AVERAGE``: the mean
    of the reported periods. Options accept their value strings too (``"flow"``, ``"STOCK"``).

    The functions that accumulate live in :mod:`lkjcalc.periods`; the enum is defined here, with
    :class:`Indicator` that carries it, so that this module does not import ``periods`` (which
    imports this one); ``lkjcalc.periods.Accumulation`` is the same object.
    """

    FLOW = "flow"
    STOCK = "stock"
    RATIO = "ratio"
    AVERAGE = "average"


def _to_accumulation(value: Accumulation | str | None) -> Accumulation | None:
    return None if value is None else check_enum(value, Accumulation, "accumulation")


def _to_lower(value: Number) -> Decimal:
    return to_decimal(value, "lower")


def _to_upper(value: Number) -> Decimal:
    return to_decimal(value, "upper")


def _to_cap(value: Number | None) -> Decimal | None:
    """A ceiling on achievement: ``None``, or a number > 0 (for achievement() and Indicator)."""
    if value is None:
        return None
    cap = to_decimal(value, "cap")
    if cap <= ZERO:
        raise InvalidInputError(field="cap", value=cap, expected="a cap > 0, or None")
    return cap


def _check_range(inst: Target, attr: attrs.Attribute[Any], upper: Decimal) -> None:
    if inst.lower > upper:
        raise InvalidInputError(
            field="upper",
            value=upper,
            expected=f"an upper bound >= the lower bound {inst.lower}",
        )


@attrs.frozen(kw_only=True)
class Target:
    """A target (*target*): one value, or a range (*target rentang*, e.g. "80–90 %").

    Build it with :meth:`point` or :meth:`between`. A point target has ``lower == upper``.

    Examples:
        >>> Target.point(85)
        Target(lower=Decimal('85'), upper=Decimal('85'))
        >>> Target.between(80, 90).is_range
        True
    """

    lower: Decimal = attrs.field(converter=_to_lower)
    upper: Decimal = attrs.field(converter=_to_upper, validator=_check_range)

    @classmethod
    def point(cls, value: Number) -> Target:
        """A single-value target."""
        number = to_decimal(value, "value")
        return cls(lower=number, upper=number)

    @classmethod
    def between(cls, lower: Number, upper: Number) -> Target:
        """A range target, bounds included (*target rentang*); requires ``lower <= upper``."""
        return cls(lower=lower, upper=upper)

    @property
    def is_range(self) -> bool:
        """Whether the target is a range (``lower < upper``)."""
        return self.lower != self.upper


def _as_target(target: object, name: str = "target") -> Target:
    if isinstance(target, Target):
        return target
    if isinstance(target, (list, tuple)):
        raise InvalidTypeError(
            field=name,
            value=target,
            expected="a number or a Target (use Target.between(lower, upper) for a range)",
        )
    return Target.point(to_decimal(target, name))


def achievement(
    target: Number | Target,
    realization: Number,
    *,
    polarity: Polarity = Polarity.MAXIMIZE,
    minimize_formula: MinimizeFormula = MinimizeFormula.MIRROR,
    allow_negative: bool = False,
    cap: Number | None = None,
) -> Decimal:
    """Achievement of an indicator (*capaian kinerja*), in percent.

    Compares a realization (*realisasi*) with its target. For a range target, a realization inside
    the range achieves exactly 100; above it the upper bound is the target, below it the lower
    bound.

    Args:
        target: the target T, a number or a :class:`Target` (point or range).
        realization: the realization R.
        polarity: :attr:`Polarity.MAXIMIZE` (higher is better, default) or
            :attr:`Polarity.MINIMIZE`.
        minimize_formula: for a minimize indicator, :attr:`MinimizeFormula.MIRROR` (default) or
            :attr:`MinimizeFormula.RATIO`.
        allow_negative: accept a negative realization (growth rates can fall below zero).
        cap: an optional ceiling for the result (e.g. 120, as some evaluations cap achievement);
            ``None`` (the default) means no cap. There is never a floor.

    Returns:
        The achievement in percent, exact and unrounded.

    Raises:
        UndefinedResultError: T <= 0 (the effective target); minimize/ratio with R = 0.
        InvalidInputError: a negative R without *allow_negative*; a *cap* <= 0; an input that is
            not a number.

    Notes:
        With T the target (for a range: the bound nearest to R) and R the realization::

            maximize          R / T × 100
            minimize, mirror  (2T − R) / T × 100  =  (1 + (1 − R / T)) × 100
            minimize, ratio   T / R × 100
            R inside a range  100

        The mirror formula gives 200 for R = 0 and goes below 0 for R > 2T: no floor is applied.

    References:
        PermenPANRB 8/2021 (maximize, minimize/mirror, range targets); e-SAKIP practice
        (minimize/ratio). domain.md §1.

    Examples:
        The Musrenbang participation indicator of 2020 (seed, BAB III table 1.1): target 85 %,
        realization 85 %, published achievement 100 %:

        >>> achievement(85, 85)
        Decimal('100')

        A minimize indicator (say, a poverty rate) at 9 % against a target of 10 %:

        >>> achievement(10, 9, polarity=Polarity.MINIMIZE)
        Decimal('110')
        >>> achievement(10, 9, polarity=Polarity.MINIMIZE, minimize_formula=MinimizeFormula.RATIO)
        Decimal('111.1111111111111111111111111111111111111')

        A realization of 84 % against a range target of 80–90 %:

        >>> achievement(Target.between(80, 90), 84)
        Decimal('100')
        >>> achievement(0, 5)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: achievement is undefined for target 0 ...
    """
    goal = _as_target(target)
    r = to_decimal(realization, "realization")
    polarity = check_enum(polarity, Polarity, "polarity")
    minimize_formula = check_enum(minimize_formula, MinimizeFormula, "minimize_formula")
    check_bool(allow_negative, "allow_negative")
    ceiling = _to_cap(cap)
    if r < ZERO and not allow_negative:
        raise InvalidInputError(
            field="realization",
            value=realization,
            expected="a realization >= 0 (pass allow_negative=True for growth rates and the like)",
        )
    if goal.is_range and goal.lower <= r <= goal.upper:
        result = HUNDRED
    else:
        t = goal.upper if r > goal.upper else goal.lower
        if t <= ZERO:
            raise UndefinedResultError(
                f"achievement is undefined for target {t}", detail=_QUALITATIVE_HINT
            )
        result = _formula(t, r, polarity, minimize_formula)
    if ceiling is not None and result > ceiling:
        return ceiling
    return result


def _formula(t: Decimal, r: Decimal, polarity: Polarity, formula: MinimizeFormula) -> Decimal:
    # T: target (> 0 here, so no division below is by zero), R: realization; results in percent.
    if polarity is Polarity.MAXIMIZE:
        return percent(r, t)  # R / T × 100
    if formula is MinimizeFormula.MIRROR:
        return percent(subtract(add(t, t), r), t)  # (2T − R) / T × 100
    if r.is_zero():
        raise UndefinedResultError(
            "achievement is undefined for realization 0 with the minimize ratio formula T / R",
            detail="use MinimizeFormula.MIRROR, which gives 200 for R = 0",
        )
    return percent(t, r)  # T / R × 100 (R = 0 refused above)


@attrs.frozen(kw_only=True)
class Indicator:
    """A performance indicator (*indikator kinerja*) with its own calculation options.

    An indicator carries its polarity and formula, so computing its rows cannot mix options up:
    ``indicator.achievement(target, realization)``.

    Args:
        name: the indicator's name as printed.
        unit: its unit (``"%"``, ``"indeks"``, ``"orang"``), for display only.
        polarity: :class:`Polarity` (default maximize).
        minimize_formula: :class:`MinimizeFormula` for a minimize indicator (default mirror).
        allow_negative: whether a negative realization is meaningful (growth rates).
        objective: the strategic objective (*sasaran strategis*) it measures, if any.
        cap: an optional ceiling on its achievement (see :func:`achievement`).
        accumulation: how its quarters and years add up (:class:`Accumulation`, or its value
            string such as ``"stock"``); ``None`` (the default) leaves it to each call of
            :mod:`lkjcalc.periods`, which then requires ``accumulation=``.

    Examples:
        >>> skm = Indicator(name="Survey Kepuasan Masyarakat (SKM)", unit="indeks")
        >>> skm.achievement(85, "85.00")
        Decimal('100.00')
        >>> Indicator(name="Persentase desa tertib administrasi", accumulation="STOCK").accumulation
        <Accumulation.STOCK: 'stock'>
    """

    name: str = attrs.field(validator=str_validator())
    unit: str = attrs.field(default="", validator=str_validator(allow_empty=True))
    polarity: Polarity = attrs.field(default=Polarity.MAXIMIZE, converter=_to_polarity)
    minimize_formula: MinimizeFormula = attrs.field(
        default=MinimizeFormula.MIRROR,
        converter=_to_minimize_formula,
    )
    allow_negative: bool = attrs.field(default=False)
    objective: str | None = attrs.field(default=None, validator=optional_str_validator())
    cap: Decimal | None = attrs.field(default=None, converter=_to_cap)
    accumulation: Accumulation | None = attrs.field(default=None, converter=_to_accumulation)

    @allow_negative.validator
    def _check_allow_negative(self, attr: attrs.Attribute[Any], value: object) -> None:
        check_bool(value, attr.name)

    def achievement(self, target: Number | Target, realization: Number) -> Decimal:
        """This indicator's achievement in percent, with its options (see :func:`achievement`)."""
        return achievement(
            target,
            realization,
            polarity=self.polarity,
            minimize_formula=self.minimize_formula,
            allow_negative=self.allow_negative,
            cap=self.cap,
        )

    def progress(self, final_target: Number | Target, realization: Number) -> Decimal:
        """Renstra progress of this indicator (see :func:`renstra_progress`)."""
        return renstra_progress(
            final_target,
            realization,
            polarity=self.polarity,
            minimize_formula=self.minimize_formula,
            allow_negative=self.allow_negative,
        )


def mean_achievement(values: Iterable[Number]) -> Decimal:
    """Achievement of a strategic objective (*capaian sasaran*): the mean of its indicators'.

    Args:
        values: the indicators' achievements, in percent.

    Returns:
        Their arithmetic mean, unrounded.

    Raises:
        UndefinedResultError: no values.

    References:
        Practice of LKjIPs (Baperlitbang Klungkung 2017 and others); domain.md §1.

    Examples:
        The seed's strategic objective, with both indicators at 100 % in 2020:

        >>> mean_achievement([100, 100])
        Decimal('100')
        >>> mean_achievement(["85.03", "100", 60])
        Decimal('81.67666666666666666666666666666666666667')
    """
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidTypeError(field="values", value=values, expected="an iterable of numbers")
    numbers = [to_decimal(v, f"values[{i}]") for i, v in enumerate(values)]
    if not numbers:
        raise UndefinedResultError("the mean of no achievements is undefined")
    return divide(sum_decimals(numbers), Decimal(len(numbers)))


def renstra_progress(
    final_target: Number | Target,
    realization: Number,
    *,
    polarity: Polarity = Polarity.MAXIMIZE,
    minimize_formula: MinimizeFormula = MinimizeFormula.MIRROR,
    allow_negative: bool = False,
) -> Decimal:
    """Progress towards the Renstra's final target (*tingkat kemajuan*), in percent.

    The realization of year n measured against the target for the last year of the strategic
    plan (Renstra), with the same polarity rules as :func:`achievement`.

    Raises:
        UndefinedResultError: as :func:`achievement`.

    References:
        LKjIP practice (table "Perbandingan capaian kinerja sampai akhir periode Renstra");
        domain.md §1.

    Examples:
        The seed (BAB III table 1.3): Musrenbang participation 85 % in 2020 against the Renstra's
        final target of 100 %. The report prints 60 %; the formula gives 85 %:

        >>> renstra_progress(100, 85)
        Decimal('85')
    """
    return achievement(
        _as_target(final_target, "final_target"),  # errors name this argument
        realization,
        polarity=polarity,
        minimize_formula=minimize_formula,
        allow_negative=allow_negative,
    )


def point_change(previous: Number, current: Number) -> Decimal:
    """Change between two years in the figure's own units (percentage points for percentages).

    Returns:
        ``current − previous``, exact.

    Examples:
        Musrenbang participation, 2019 (133/157 = 84.71 %) to 2020 (142/167 = 85.03 %):

        >>> point_change("84.71", "85.03")
        Decimal('0.32')
    """
    return subtract(to_decimal(current, "current"), to_decimal(previous, "previous"))


def relative_change(previous: Number, current: Number) -> Decimal:
    """Relative change between two years (*kenaikan/penurunan*), in percent.

    Returns:
        ``(current − previous) / previous × 100``, unrounded.

    Raises:
        UndefinedResultError: ``previous <= 0``. With a zero base the ratio does not exist; with a
            negative base its sign would contradict the direction of the change, so lkjcalc
            refuses it rather than print a misleading figure (use :func:`point_change`).

    Examples:
        >>> relative_change(157, 167)  # Musrenbang attendees, 2019 → 2020
        Decimal('6.369426751592356687898089171974522292994')
    """
    p = to_decimal(previous, "previous")
    c = to_decimal(current, "current")
    if p <= ZERO:
        raise UndefinedResultError(
            f"the relative change from a base of {p} is undefined",
            detail="use point_change() for a base <= 0",
        )
    return percent(subtract(c, p), p)  # p > 0 here
