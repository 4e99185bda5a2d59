"""Periods: quarters (*triwulan*), years, Renstra-to-date and the Renja evaluation.

Every OPD reports its performance by quarter (TW I–IV) and fills the evaluation of its Renja
(*rencana kerja* of the Perangkat Daerah) on the form of Permendagri 86/2017 (form E.81 for
kabupaten/kota, E.79/E.80 for the other levels); Bappeda consolidates them into the evaluation of
the RKPD. How periods add up depends on what the indicator measures, so every indicator declares
its :class:`Accumulation` (domain.md §9):

- ``FLOW``, a quantity produced in each period: the year is the sum of its quarters;
- ``STOCK``, a state at the end of the period (a percentage, an index): the last reported value;
- ``RATIO``, a rate from (numerator, denominator) pairs: Σ numerators / Σ denominators × 100;
- ``AVERAGE``, the mean of the reported periods.

Adding up the quarters of a percentage reported 80, 82, 85 and 86 gives 333 %, the error peer
applications make; as a ``STOCK`` its year is 86.

A period not yet reported is ``None`` and is skipped; a reported 0 is a value; with no reported
period the result is undefined (:class:`~lkjcalc.errors.UndefinedResultError`). Every achievement
here is computed by :func:`lkjcalc.achievement` with the indicator's options, and every grade by
:data:`lkjcalc.scales.PERMENDAGRI_86_2017`.

Sources: Permendagri 86/2017, Lampiran, form E.81 (*Evaluasi terhadap hasil Renja Perangkat
Daerah lingkup kabupaten/kota*) and the columns as published evaluations and e-monev
applications apply them; Kemenkeu's performance-management practice for the accumulations
("sum", "take last known", "average").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias, cast

import attrs

from lkjcalc._display import FigureText, figure, table
from lkjcalc._numeric import (
    ZERO,
    Number,
    add,
    divide,
    percent,
    quantize,
    sum_decimals,
    to_count,
    to_decimal,
)
from lkjcalc._validators import check_bool, check_enum, instance_validator
from lkjcalc.budget import absorption
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.performance import (
    Accumulation,
    Indicator,
    MinimizeFormula,
    Polarity,
    Target,
    achievement,
)
from lkjcalc.scales import PERMENDAGRI_86_2017, Band

__all__ = [
    "Accumulation",
    "RenjaEvaluation",
    "accumulate",
    "evaluate_renja",
    "period_achievements",
]

#: One period's value: a number, a (numerator, denominator) pair for ``RATIO``, or ``None``
#: for a period not reported.
PeriodValue: TypeAlias = "Number | tuple[Number, Number] | None"

_Pair: TypeAlias = tuple[Decimal, Decimal]
_Value: TypeAlias = "Decimal | tuple[Decimal, Decimal]"


# ----------------------------------------------------------------------------- accumulation


def _periods(values: object, name: str) -> list[object]:
    """The periods as a list (a sequence or any iterable, but not text or a mapping)."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise InvalidTypeError(
            field=name, value=values, expected="a sequence of period values (None: not reported)"
        )
    return list(values)


def _pair(value: object, name: str) -> _Pair:
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


def _coerce(value: object, accumulation: Accumulation, name: str) -> _Value:
    if accumulation is Accumulation.RATIO:
        return _pair(value, name)
    return to_decimal(value, name)


def _reported(values: object, accumulation: Accumulation, name: str) -> list[_Value]:
    """The reported periods, coerced (``None`` skipped; every other value checked)."""
    return [
        _coerce(value, accumulation, f"{name}[{i}]")
        for i, value in enumerate(_periods(values, name))
        if value is not None
    ]


def _plain(value: Decimal) -> Decimal:
    """The value without exponent form or negative zero (domain.md §0, "Plain results")."""
    if value.as_tuple().exponent > 0:  # type: ignore[operator]  # finite: an int exponent
        return quantize(value, 0)  # exact: an integer written with an exponent
    return value.copy_abs() if value.is_zero() else value


def _combine(reported: list[_Value], accumulation: Accumulation) -> Decimal:
    """The accumulation of already coerced, reported values (at least one), as a plain value."""
    return _plain(_accumulated(reported, accumulation))


def _accumulated(reported: list[_Value], accumulation: Accumulation) -> Decimal:
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
    return _combine(_reported(values, kind, "values"), kind)


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


def _options(
    indicator: Indicator | None,
    *,
    accumulation: Accumulation | str | None,
    polarity: Polarity | str,
    minimize_formula: MinimizeFormula | str,
    allow_negative: bool,
    cap: Number | None,
) -> _Options:
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


def _to_target(value: object, name: str) -> Target:
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
    options = _options(
        indicator,
        accumulation=accumulation,
        polarity=polarity,
        minimize_formula=minimize_formula,
        allow_negative=allow_negative,
        cap=cap,
    )
    goal = _to_target(target, "target")
    results: list[Decimal | None] = []
    so_far: list[_Value] = []
    for i, value in enumerate(_periods(realizations, "realizations")):
        if value is None:
            results.append(None)
            continue
        so_far.append(_coerce(value, options.accumulation, f"realizations[{i}]"))
        results.append(options.achievement(goal, _combine(so_far, options.accumulation)))
    return tuple(results)


# ----------------------------------------------------------------------------- Renja evaluation


def _to_amount(value: object, name: str) -> Decimal:
    amount = to_decimal(value, name)
    if amount < ZERO:
        raise InvalidInputError(field=name, value=value, expected="an amount in rupiah >= 0")
    return amount


def _sum_and_count(value: object) -> tuple[Decimal, int]:
    """Col 7 of an AVERAGE indicator: the (sum, number) of the periods reported before."""
    name = "realized_before"
    total, _ = _pair(value, name)  # checks both; the count is read from the pair as given
    given = cast("Sequence[object]", value)  # a pair: _pair checked it
    number = to_count(given[1], f"{name}[1]")
    if number == 0 and total != ZERO:
        raise InvalidInputError(
            field=f"{name}[0]", value=given[0], expected="a sum of 0 for 0 periods"
        )
    return total, number


def _to_date(
    before: object, year: list[_Value], realization_year: Decimal, accumulation: Accumulation
) -> Decimal:
    """Col 14: the realization up to this year (domain.md §9)."""
    name = "realized_before"
    if accumulation is Accumulation.STOCK:
        if before is not None:
            to_decimal(before, name)  # checked, although the latest state does not need it
        return realization_year  # the latest state
    if accumulation is Accumulation.AVERAGE:
        total, count = (ZERO, 0) if before is None else _sum_and_count(before)
        numbers = [value for value in year if isinstance(value, Decimal)]
        # the mean over every period reported so far
        return divide(add(total, sum_decimals(numbers)), Decimal(count + len(numbers)))
    earlier = [] if before is None else [_coerce(before, accumulation, name)]
    return _combine([*earlier, *year], accumulation)  # FLOW: col 7 + col 13; RATIO: Σ / Σ


def _to_optional_amount(value: object, name: str) -> Decimal | None:
    return None if value is None else _to_amount(value, name)


def _display_value(value: _Value | None) -> FigureText:
    """A period's value for a table: Indonesian notation, a pair as ``numerator/denominator``."""
    if value is None:
        return figure(None)
    if isinstance(value, tuple):
        return FigureText(f"{figure(value[0], 0)}/{figure(value[1], 0)}")
    return figure(value, 2)


def _target_text(target: Target) -> FigureText:
    if target.is_range:
        return FigureText(f"{figure(target.lower, 2)}–{figure(target.upper, 2)}")
    return figure(target.lower, 2)


def _html(evaluation: RenjaEvaluation) -> str:
    """The evaluation as an HTML table laid out as form E.81, Indonesian headers and figures."""
    e = evaluation
    n = len(e.quarters)
    romans = ("I", "II", "III", "IV")
    periods = [
        f"Realisasi TW {romans[i]} ({9 + i})" if n == len(romans) else f"Realisasi periode {i + 1}"
        for i in range(n)
    ]
    columns = (
        "",
        "Target akhir Renstra (6)",
        "Realisasi s/d tahun lalu (7)",
        "Target tahun berjalan (8)",
        *periods,
        "Realisasi tahun (13)",
        "Capaian tahun (%)",
        "Predikat",
        "Realisasi s/d tahun berjalan (14)",
        "Tingkat capaian (15)",
        "Predikat",
    )
    rows: list[tuple[object, ...]] = [
        (
            f"Kinerja ({e.accumulation.value})",
            _target_text(e.final_target),
            _display_value(e.realized_before),
            _target_text(e.year_target),
            *(_display_value(q) for q in e.quarters),
            figure(e.realization_year, 2),
            figure(e.achievement_year, 2, unit="%"),
            e.band_year.label,
            figure(e.realization_to_date, 2),
            figure(e.progress, 2, unit="%"),
            e.band_progress.label,
        )
    ]
    if e.budget_year is not None:  # every budget field is set together
        rows.append(
            (
                "Anggaran (Rp)",
                figure(e.budget_final, 2),
                figure(e.budget_before, 2),
                figure(e.budget_allocation, 2),
                *(_display_value(q) for q in e.budget_quarters or ()),
                figure(e.budget_year, 2),
                figure(e.budget_absorption_year, 2, unit="%"),
                e.band_budget_year.label,  # type: ignore[union-attr]
                figure(e.budget_to_date, 2),
                figure(e.budget_progress, 2, unit="%"),
                e.band_budget_progress.label,  # type: ignore[union-attr]
            )
        )
    return table(caption="Evaluasi hasil Renja (Permendagri 86/2017)", columns=columns, rows=rows)


def _to_accumulation(value: Accumulation | str) -> Accumulation:
    return check_enum(value, Accumulation, "accumulation")


def _to_final_target(value: Number | Target) -> Target:
    return _to_target(value, "final_target")


def _to_year_target(value: Number | Target) -> Target:
    return _to_target(value, "year_target")


def _to_period(item: object, name: str) -> _Value | None:
    """One period's value as given: ``None``, a pair, or a number."""
    if item is None:
        return None
    if isinstance(item, (tuple, list)):
        return _pair(item, name)
    return to_decimal(item, name)


def _to_realized_before(value: object) -> _Value | None:
    return _to_period(value, "realized_before")


def _to_quarters(value: object) -> tuple[_Value | None, ...]:
    return tuple(
        _to_period(item, f"quarters[{i}]") for i, item in enumerate(_periods(value, "quarters"))
    )


def _to_budget_quarters(value: object) -> tuple[Decimal | None, ...] | None:
    if value is None:
        return None
    return tuple(
        None if item is None else _to_amount(item, f"budget_quarters[{i}]")
        for i, item in enumerate(_periods(value, "budget_quarters"))
    )


def _to_realization_year(value: Number) -> Decimal:
    return to_decimal(value, "realization_year")


def _to_realization_to_date(value: Number) -> Decimal:
    return to_decimal(value, "realization_to_date")


def _to_achievement_year(value: Number) -> Decimal:
    return to_decimal(value, "achievement_year")


def _to_progress(value: Number) -> Decimal:
    return to_decimal(value, "progress")


def _to_budget_final(value: Number | None) -> Decimal | None:
    return _to_optional_amount(value, "budget_final")


def _to_budget_before(value: Number | None) -> Decimal | None:
    return _to_optional_amount(value, "budget_before")


def _to_budget_allocation(value: Number | None) -> Decimal | None:
    return _to_optional_amount(value, "budget_allocation")


def _to_budget_year(value: Number | None) -> Decimal | None:
    return _to_optional_amount(value, "budget_year")


def _to_budget_to_date(value: Number | None) -> Decimal | None:
    return _to_optional_amount(value, "budget_to_date")


def _to_budget_absorption_year(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "budget_absorption_year")


def _to_budget_progress(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "budget_progress")


@attrs.frozen(kw_only=True)
class RenjaEvaluation:
    """One row of the Renja evaluation (*evaluasi hasil Renja*, Permendagri 86/2017 form E.81).

    Built by :func:`evaluate_renja`, which computes the form's derived columns; the fields are
    named by meaning, with the column numbers of the regulation's form (templates that add
    "Tingkat Capaian Renja" shift the later columns by one).

    Args:
        accumulation: how the indicator's periods accumulate.
        final_target: col 6, the target at the end of the Renstra period (K).
        realized_before: col 7, the realization up to last year (a pair for ``RATIO`` and
            ``AVERAGE``, ``None`` for none).
        year_target: col 8, this year's target (K).
        quarters: cols 9–12, the realization of each quarter (``None``: not reported).
        realization_year: col 13, the year's realization, cols 9–12 accumulated.
        realization_to_date: col 14, the realization up to this year.
        achievement_year: col 13 against col 8, in percent (*tingkat capaian Renja*).
        progress: col 15, col 14 against col 6, in percent (*tingkat capaian Renstra*).
        band_year: the grade of *achievement_year* on the Permendagri 86/2017 scale.
        band_progress: the grade of *progress*.
        budget_final: col 6 (Rp), the Renstra's budget for the whole period.
        budget_before: col 7 (Rp), the budget realized up to last year.
        budget_allocation: col 8 (Rp), this year's budget (the ``budget_year`` argument of
            :func:`evaluate_renja`).
        budget_quarters: cols 9–12 (Rp), each quarter's spending.
        budget_year: col 13 (Rp), the year's spending (the quarters added up).
        budget_to_date: col 14 (Rp), col 7 + col 13.
        budget_absorption_year: col 13 against col 8 (Rp), in percent.
        budget_progress: col 15 (Rp), col 14 against col 6, in percent.
        band_budget_year: the grade of *budget_absorption_year*.
        band_budget_progress: the grade of *budget_progress*.

    Every budget field is ``None`` when no budget was given.
    """

    accumulation: Accumulation = attrs.field(converter=_to_accumulation)
    final_target: Target = attrs.field(converter=_to_final_target)
    realized_before: _Value | None = attrs.field(converter=_to_realized_before)
    year_target: Target = attrs.field(converter=_to_year_target)
    quarters: tuple[_Value | None, ...] = attrs.field(converter=_to_quarters)
    realization_year: Decimal = attrs.field(converter=_to_realization_year)
    realization_to_date: Decimal = attrs.field(converter=_to_realization_to_date)
    achievement_year: Decimal = attrs.field(converter=_to_achievement_year)
    progress: Decimal = attrs.field(converter=_to_progress)
    band_year: Band = attrs.field(validator=instance_validator(Band))
    band_progress: Band = attrs.field(validator=instance_validator(Band))
    budget_final: Decimal | None = attrs.field(default=None, converter=_to_budget_final)
    budget_before: Decimal | None = attrs.field(default=None, converter=_to_budget_before)
    budget_allocation: Decimal | None = attrs.field(default=None, converter=_to_budget_allocation)
    budget_quarters: tuple[Decimal | None, ...] | None = attrs.field(
        default=None, converter=_to_budget_quarters
    )
    budget_year: Decimal | None = attrs.field(default=None, converter=_to_budget_year)
    budget_to_date: Decimal | None = attrs.field(default=None, converter=_to_budget_to_date)
    budget_absorption_year: Decimal | None = attrs.field(
        default=None, converter=_to_budget_absorption_year
    )
    budget_progress: Decimal | None = attrs.field(default=None, converter=_to_budget_progress)
    band_budget_year: Band | None = attrs.field(default=None)
    band_budget_progress: Band | None = attrs.field(default=None)

    @band_budget_year.validator
    @band_budget_progress.validator
    def _check_band(self, attr: attrs.Attribute[object], value: object) -> None:
        if value is not None and not isinstance(value, Band):
            raise InvalidTypeError(field=attr.name, value=value, expected="a Band or None")

    def __repr__(self) -> str:
        def pct(value: Decimal) -> str:
            return f"{quantize(value, 2)}%"

        text = (
            f"<RenjaEvaluation {self.accumulation.value}: year {self.realization_year} "
            f"(col 13), achievement {pct(self.achievement_year)} {self.band_year.code}; "
            f"to date {self.realization_to_date} (col 14), progress {pct(self.progress)} "
            f"{self.band_progress.code} (col 15)"
        )
        if self.budget_year is not None:  # every budget field is set together
            text += (
                f"; budget year {quantize(self.budget_year, 2)}, absorption "
                f"{pct(self.budget_absorption_year)} "  # type: ignore[arg-type]
                f"{self.band_budget_year.code}, to date "  # type: ignore[union-attr]
                f"{quantize(self.budget_to_date, 2)}, progress "  # type: ignore[arg-type]
                f"{pct(self.budget_progress)} "  # type: ignore[arg-type]
                f"{self.band_budget_progress.code}"  # type: ignore[union-attr]
            )
        return text + ">"

    def _repr_html_(self) -> str:
        """The row as form E.81 lays it out (Indonesian headers and figures), for notebooks."""
        return _html(self)


def evaluate_renja(
    *,
    final_target: Number | Target,
    realized_before: PeriodValue,
    year_target: Number | Target,
    quarters: Sequence[PeriodValue],
    accumulation: Accumulation | str | None = None,
    polarity: Polarity | str = Polarity.MAXIMIZE,
    minimize_formula: MinimizeFormula | str = MinimizeFormula.MIRROR,
    allow_negative: bool = False,
    cap: Number | None = None,
    indicator: Indicator | None = None,
    budget_final: Number | None = None,
    budget_before: Number | None = None,
    budget_year: Number | None = None,
    budget_quarters: Sequence[Number | None] | None = None,
) -> RenjaEvaluation:
    """Evaluate one Renja row (*evaluasi hasil Renja*, Permendagri 86/2017 form E.81).

    Computes the derived columns of the form from the columns an OPD fills in, for performance
    (K) and, when given, for the budget (Rp), and grades them on the Permendagri 86/2017 scale.

    Args:
        final_target: col 6, the Renstra's target for its last year (a number or a range).
        realized_before: col 7, the realization up to last year: a number for ``FLOW`` (and
            ``STOCK``, where it is not used); for ``RATIO`` the (numerator, denominator) pair
            accumulated so far; for ``AVERAGE`` the (sum, number) pair of the periods reported so
            far; ``None`` in the Renstra's first year.
        year_target: col 8, this year's target.
        quarters: cols 9–12, the realization of TW I–IV (``None``: not reported yet; pairs for
            ``RATIO``). Any number of periods is accepted (months too).
        accumulation: an :class:`Accumulation` or its value string; required unless
            *indicator* declares one.
        polarity: as :func:`~lkjcalc.achievement`.
        minimize_formula: as :func:`~lkjcalc.achievement`.
        allow_negative: as :func:`~lkjcalc.achievement`.
        cap: as :func:`~lkjcalc.achievement`; it applies to this year's achievement, not to the
            Renstra progress (as :meth:`~lkjcalc.Indicator.progress`).
        indicator: an :class:`~lkjcalc.Indicator` whose options apply (see
            :func:`period_achievements`).
        budget_final: col 6 (Rp), the Renstra's budget for the whole period.
        budget_before: col 7 (Rp), the budget realized up to last year (0 in the first year).
        budget_year: col 8 (Rp), this year's budget.
        budget_quarters: cols 9–12 (Rp), each quarter's spending (``None``: not reported).

    Returns:
        A :class:`RenjaEvaluation`; its budget fields are ``None`` when no budget is given.

    Raises:
        UndefinedResultError: a target of 0 (col 6 or col 8, K or Rp) makes its column
            undefined; no quarter reported.
        InvalidInputError: an option missing or contradicting the indicator; only some of the
            four budget arguments; a negative amount; a value that is not accepted.

    Notes:
        Col 13 = cols 9–12 accumulated (rupiah always add up). Col 14: ``FLOW`` and rupiah,
        col 7 + col 13; ``STOCK``, col 13 (the latest state); ``RATIO``, (Σ numerators) /
        (Σ denominators) × 100 over col 7's pair and the year's; ``AVERAGE``, the mean of every
        period reported so far. Col 15 = col 14 against col 6 with the indicator's polarity
        (rupiah: col 14 / col 6 × 100); this year's achievement is col 13 against col 8.

    References:
        Permendagri 86/2017, Lampiran, form E.81 (E.79/E.80 at other levels); the columns as
        published evaluations apply them; domain.md §9; the grades: domain.md §3 scale 2.

    Examples:
        A FLOW output (documents) with a Renstra target of 100, 40 realized up to last year,
        30 targeted this year and 5, 10, 5, 6 realized in TW I–IV, with its budget:

        >>> row = evaluate_renja(
        ...     final_target=100,
        ...     realized_before=40,
        ...     year_target=30,
        ...     quarters=[5, 10, 5, 6],
        ...     accumulation="flow",
        ...     budget_final=500_000_000,
        ...     budget_before=180_000_000,
        ...     budget_year=100_000_000,
        ...     budget_quarters=[20_000_000, 25_000_000, 25_000_000, 25_500_000],
        ... )
        >>> row.realization_year, row.realization_to_date, row.progress
        (Decimal('26'), Decimal('66'), Decimal('66'))
        >>> round(row.achievement_year, 2), row.band_year.label, row.band_progress.label
        (Decimal('86.67'), 'Tinggi', 'Sedang')
        >>> row.budget_year, row.budget_absorption_year, row.budget_progress
        (Decimal('95500000'), Decimal('95.5'), Decimal('55.1'))
        >>> row
        <RenjaEvaluation flow: year 26 (col 13), achievement 86.67% T; to date 66 (col 14),
         progress 66.00% S (col 15); budget year 95500000.00, absorption 95.50% ST, to date
         275500000.00, progress 55.10% R>
    """
    options = _options(
        indicator,
        accumulation=accumulation,
        polarity=polarity,
        minimize_formula=minimize_formula,
        allow_negative=allow_negative,
        cap=cap,
    )
    acc = options.accumulation
    goal_final = _to_target(final_target, "final_target")
    goal_year = _to_target(year_target, "year_target")
    year = _reported(quarters, acc, "quarters")
    realization_year = _combine(year, acc)  # col 13
    realization_to_date = _to_date(realized_before, year, realization_year, acc)  # col 14
    achievement_year = options.achievement(goal_year, realization_year)  # col 13 / col 8
    progress = options.achievement(goal_final, realization_to_date, capped=False)  # col 15
    budget = _budget(budget_final, budget_before, budget_year, budget_quarters)
    return RenjaEvaluation(
        accumulation=acc,
        final_target=goal_final,
        realized_before=realized_before,
        year_target=goal_year,
        quarters=quarters,
        realization_year=realization_year,
        realization_to_date=realization_to_date,
        achievement_year=achievement_year,
        progress=progress,
        band_year=PERMENDAGRI_86_2017.classify(achievement_year),
        band_progress=PERMENDAGRI_86_2017.classify(progress),
        **budget,
    )


def _budget(final: object, before: object, year: object, quarters: object) -> dict[str, Any]:
    """The budget columns (Rp) of form E.81: all four arguments, or none of them."""
    given = {
        "budget_final": final,
        "budget_before": before,
        "budget_year": year,
        "budget_quarters": quarters,
    }
    missing = [name for name, value in given.items() if value is None]
    if len(missing) == len(given):
        return {}
    if missing:
        raise InvalidInputError(
            field=missing[0],
            value=None,
            expected="a value: give all four budget columns (budget_final, budget_before, "
            "budget_year, budget_quarters) or none",
        )
    amount_final = _to_amount(final, "budget_final")
    amount_before = _to_amount(before, "budget_before")
    allocation = _to_amount(year, "budget_year")
    spent = _to_budget_quarters(quarters)
    reported = [value for value in spent or () if value is not None]
    if not reported:
        raise UndefinedResultError(
            "the budget realization of no reported period is undefined",
            detail="None marks a period not yet reported; report a value (0 is a value)",
        )
    spent_year = sum_decimals(reported)  # col 13 (Rp): rupiah always add up
    spent_to_date = add(amount_before, spent_year)  # col 14 (Rp) = col 7 + col 13
    absorbed = absorption(allocation, spent_year)  # col 13 / col 8 × 100
    progress = absorption(amount_final, spent_to_date)  # col 15 (Rp) = col 14 / col 6 × 100
    return {
        "budget_final": amount_final,
        "budget_before": amount_before,
        "budget_allocation": allocation,
        "budget_quarters": spent,
        "budget_year": spent_year,
        "budget_to_date": spent_to_date,
        "budget_absorption_year": absorbed,
        "budget_progress": progress,
        "band_budget_year": PERMENDAGRI_86_2017.classify(absorbed),
        "band_budget_progress": PERMENDAGRI_86_2017.classify(progress),
    }
