"""How sure is an IKM: its standard error, confidence interval, and the comparison of two IKMs.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there).

No regulation asks for it and no peer application computes it; the estimator is this project's
decision and is normative (domain.md §4.8). The IKM of a sample of questionnaires estimates the
IKM of all the unit's users; with x_ij respondent i's score on element j (blank allowed), S_j the
respondents who answered j, n_j = |S_j|, m_j the NRR and w the exact weights (sum 1)::

    S_jl = S_j ∩ S_l,   n_jl = |S_jl|,   s_jl = the sample covariance of (x_ij, x_il) over S_jl
                                               (divisor n_jl − 1, around the means of S_jl)
    Cov(m_j, m_l) ≈ n_jl · s_jl / (n_j · n_l)      (0 where n_jl < 2; s_jj is a variance)
    Var(index)    = Σ_j Σ_l w_j · w_l · Cov(m_j, m_l)
    SE(IKM)       = 25 · √(Var(index) · f),    f = 1 − n/N with a population N, else 1
    interval      = IKM ± t(1 − α/2; n − 1) · SE(IKM),      α = 1 − confidence

where n counts the questionnaires with at least one answer. With no blanks this is exactly the
one-sample t-interval of the respondents' own weighted mean scores × 25. The sums of scores,
squares and products come from the survey's counts and joint counts (``joint=True``), so the
arithmetic is exact in rationals up to one square root, taken in the private decimal context;
Student's t quantile is computed (:mod:`lkjcalc._student`), not looked up.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from lkjcalc._display import compact, figure, plain, table
from lkjcalc._numeric import (
    CONTEXT,
    ONE,
    Count,
    Number,
    fraction_to_decimal,
    plain_decimal,
    to_count,
    to_decimal,
)
from lkjcalc._student import decimal_sqrt, t_quantile, welch_degrees_of_freedom
from lkjcalc._validators import instance_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.survey._counting import SCORES
from lkjcalc.survey._index import CONVERSION
from lkjcalc.survey._joint import not_joint_hint, pairs
from lkjcalc.survey._options import IkmOptions, Weighting
from lkjcalc.survey._survey import ElementTally, Survey

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["IkmComparison", "IkmInterval", "compare_ikm", "ikm_interval"]

_TWO = Decimal(2)


# ----------------------------------------------------------------------------- validation


def _to_ikm(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "ikm"))


def _to_difference(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "difference"))


def _to_standard_error(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "standard_error"))


def _to_lower(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "lower"))


def _to_upper(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "upper"))


def _fraction_or_number(value: object, name: str) -> Decimal:
    if isinstance(value, Fraction):
        return fraction_to_decimal(value)
    return to_decimal(value, name)


def _to_confidence(value: object) -> Decimal:
    """A confidence level strictly between 0 and 1 (a ``Fraction`` is taken exactly)."""
    level = _fraction_or_number(value, "confidence")
    if level <= 0 or CONTEXT.add(ONE, level) >= _TWO:  # 0 < level < 1, and 1 + level < 2
        raise InvalidInputError(
            field="confidence",
            value=value,
            expected="a confidence level strictly between 0 and 1 (0.95 for 95 %)",
        )
    return level


def _to_whole(value: object, name: str) -> int:
    if isinstance(value, Fraction) and value.denominator == 1:
        value = value.numerator
    return to_count(value, name)


def _to_respondents(value: Count) -> int:
    return _to_whole(value, "respondents")


def _to_degrees(value: Count) -> int:
    return _to_whole(value, "degrees_of_freedom")


def _to_population(value: Count | None) -> int | None:
    return None if value is None else _to_whole(value, "population")


def _to_optional_degrees(value: Number | None) -> Decimal | None:
    return None if value is None else plain_decimal(to_decimal(value, "degrees_of_freedom"))


def _check_order(lower: Decimal, centre: Decimal, upper: Decimal, error: Decimal) -> None:
    if error < 0:
        raise InvalidInputError(
            field="standard_error", value=error, expected="a standard error >= 0"
        )
    if not lower <= centre <= upper:
        raise InvalidInputError(
            field="lower",
            value=lower,
            expected=f"lower <= {centre} <= upper (the interval holds its estimate; upper {upper})",
        )


# ----------------------------------------------------------------------------- display
# domain.md §4.8 asks for the interval's own repr in the report's notation ("85,00 ± 1,72 (95%)");
# its notebook table shows its figures as every table does (lkjcalc._display).


def _id(value: Decimal | Fraction, places: int = 2) -> str:
    """A figure as Indonesian reports print it: ``85,00`` (rounded half up for display)."""
    return plain(value, places).replace(".", ",")


def _percent(level: Decimal) -> str:
    return f"{plain(Fraction(level) * 100).replace('.', ',')}%"


def _summary(centre: Decimal, lower: Decimal, upper: Decimal, level: Decimal) -> str:
    """``85,00 ± 1,72 (95%)``: the estimate, the half-width of its interval, the level."""
    half = (Fraction(upper) - Fraction(lower)) / 2
    return f"{_id(centre)} ± {_id(half)} ({_percent(level)})"


# ----------------------------------------------------------------------------- results


@attrs.frozen(kw_only=True, repr=False)
class IkmInterval:
    """The confidence interval of an IKM (*selang kepercayaan IKM*), from :func:`ikm_interval`.

    Attributes:
        ikm: the IKM (25-100), exact, as :func:`ikm` gives it with the same weights.
        standard_error: its standard error, in IKM points (*galat baku*).
        lower: the lower bound, IKM − t · SE (not clipped to 25-100).
        upper: the upper bound, IKM + t · SE.
        confidence: the confidence level (0.95 for 95 %).
        degrees_of_freedom: n − 1, the degrees of freedom of the t quantile.
        respondents: n, the questionnaires with at least one answer.
        population: the population N of the finite-population correction, or ``None``.

    Raises:
        InvalidInputError: figures out of order (lower <= ikm <= upper), a negative standard
            error, a confidence outside (0, 1), fewer than 2 respondents, degrees of freedom
            other than n − 1, or a population below n.

    Examples:
        >>> interval = IkmInterval(
        ...     ikm=85,
        ...     standard_error="0.84",
        ...     lower="83.28",
        ...     upper="86.72",
        ...     confidence="0.95",
        ...     degrees_of_freedom=28,
        ...     respondents=29,
        ... )
        >>> print(interval)
        85,00 ± 1,72 (95%)
        >>> interval.margin
        Decimal('1.72')
    """

    ikm: Decimal = attrs.field(converter=_to_ikm)
    standard_error: Decimal = attrs.field(converter=_to_standard_error)
    lower: Decimal = attrs.field(converter=_to_lower)
    upper: Decimal = attrs.field(converter=_to_upper)
    confidence: Decimal = attrs.field(converter=_to_confidence)
    degrees_of_freedom: int = attrs.field(converter=_to_degrees)
    respondents: int = attrs.field(converter=_to_respondents)
    population: int | None = attrs.field(default=None, converter=_to_population)

    def __attrs_post_init__(self) -> None:
        _check_order(self.lower, self.ikm, self.upper, self.standard_error)
        n = self.respondents
        if n < 2:  # noqa: PLR2004
            raise InvalidInputError(field="respondents", value=n, expected="at least 2")
        if self.degrees_of_freedom != n - 1:
            raise InvalidInputError(
                field="degrees_of_freedom",
                value=self.degrees_of_freedom,
                expected=f"respondents − 1 ({n - 1})",
            )
        if self.population is not None and self.population < n:
            raise InvalidInputError(
                field="population",
                value=self.population,
                expected=f"a population of at least the {n} respondents",
            )

    @property
    def margin(self) -> Decimal:
        """The half-width of the interval, t · SE (*margin of error*), in IKM points."""
        return CONTEXT.divide(CONTEXT.subtract(self.upper, self.lower), _TWO)

    def __str__(self) -> str:
        return _summary(self.ikm, self.lower, self.upper, self.confidence)

    def __repr__(self) -> str:
        size = "" if self.population is None else f" of {self.population}"
        return compact(
            "IkmInterval",
            (
                str(self),
                f"{_id(self.lower)}–{_id(self.upper)}",
                f"SE {_id(self.standard_error, 4)}",
                f"{self.degrees_of_freedom} df",
                f"{self.respondents} respondents{size}",
            ),
        )

    def _repr_html_(self) -> str:
        """A table for Jupyter: IKM, standard error, bounds, level, df, respondents, population."""
        header = (
            "IKM",
            "Galat baku",
            "Batas bawah",
            "Batas atas",
            "Tingkat kepercayaan",
            "Derajat bebas",
            "Responden",
            "Populasi",
        )
        row = (
            figure(self.ikm, 2),
            figure(self.standard_error, 4),
            figure(self.lower, 2),
            figure(self.upper, 2),
            figure(Fraction(self.confidence) * 100, None, unit="%"),
            figure(Decimal(self.degrees_of_freedom), 0),
            figure(Decimal(self.respondents), 0),
            figure(None if self.population is None else Decimal(self.population), 0),
        )
        return table(caption=f"Selang kepercayaan IKM: {self}", columns=header, rows=[row])


@attrs.frozen(kw_only=True, repr=False)
class IkmComparison:
    """The difference of two IKMs and its confidence interval, from :func:`compare_ikm`.

    Attributes:
        difference: after − before, in IKM points.
        standard_error: √(SE_before² + SE_after²).
        lower: the lower bound of the difference.
        upper: the upper bound of the difference.
        confidence: the confidence level (0.95 for 95 %).
        degrees_of_freedom: the Welch–Satterthwaite degrees of freedom, or ``None`` when both
            standard errors are 0 (the difference is then certain).
        before: the interval of the first survey.
        after: the interval of the second survey.

    Raises:
        InvalidInputError: figures out of order, a negative standard error, degrees of freedom
            that are not positive, or given with a zero standard error (or missing without).

    Examples:
        >>> from lkjcalc import Element, Survey
        >>> abc = (Element(code="A"), Element(code="B"))
        >>> before = Survey.from_responses([(3, 3), (3, 4), (2, 3)], elements=abc, joint=True)
        >>> after = Survey.from_responses([(4, 4), (3, 4), (4, 3)], elements=abc, joint=True)
        >>> comparison = compare_ikm(before, after)
        >>> print(comparison)
        16,67 ± 25,61 (95%)
        >>> comparison.significant
        False
    """

    difference: Decimal = attrs.field(converter=_to_difference)
    standard_error: Decimal = attrs.field(converter=_to_standard_error)
    lower: Decimal = attrs.field(converter=_to_lower)
    upper: Decimal = attrs.field(converter=_to_upper)
    confidence: Decimal = attrs.field(converter=_to_confidence)
    degrees_of_freedom: Decimal | None = attrs.field(converter=_to_optional_degrees)
    before: IkmInterval = attrs.field(validator=instance_validator(IkmInterval))
    after: IkmInterval = attrs.field(validator=instance_validator(IkmInterval))

    def __attrs_post_init__(self) -> None:
        _check_order(self.lower, self.difference, self.upper, self.standard_error)
        df = self.degrees_of_freedom
        if (df is None) != self.standard_error.is_zero() or (df is not None and df <= 0):
            raise InvalidInputError(
                field="degrees_of_freedom",
                value=df,
                expected="degrees of freedom > 0 with a standard error above 0, "
                "None with a standard error of 0",
            )

    @property
    def significant(self) -> bool:
        """Whether the interval excludes zero (with SE 0: whether the difference is not 0)."""
        return self.lower > 0 or self.upper < 0

    @property
    def margin(self) -> Decimal:
        """The half-width of the interval, t · SE, in IKM points."""
        return CONTEXT.divide(CONTEXT.subtract(self.upper, self.lower), _TWO)

    def __str__(self) -> str:
        return _summary(self.difference, self.lower, self.upper, self.confidence)

    def __repr__(self) -> str:
        verdict = "significant" if self.significant else "not significant"
        return compact(
            "IkmComparison",
            (
                f"{_id(self.before.ikm)} → {_id(self.after.ikm)}",
                f"difference {self}",
                f"{_id(self.lower)} to {_id(self.upper)}",
                verdict,
            ),
        )

    def _repr_html_(self) -> str:
        """A table for Jupyter: before, after and the difference, each with its interval."""
        header = ("", "IKM / selisih", "Galat baku", "Batas bawah", "Batas atas", "Derajat bebas")
        rows: list[tuple[object, ...]] = [
            (
                label,
                figure(centre, 2),
                figure(error, 4),
                figure(lower, 2),
                figure(upper, 2),
                figure(df, 1 if label == "Selisih" else 0),
            )
            for label, centre, error, lower, upper, df in (
                ("Sebelum", *_figures(self.before), Decimal(self.before.degrees_of_freedom)),
                ("Sesudah", *_figures(self.after), Decimal(self.after.degrees_of_freedom)),
                (
                    "Selisih",
                    self.difference,
                    self.standard_error,
                    self.lower,
                    self.upper,
                    self.degrees_of_freedom,
                ),
            )
        ]
        verdict = "bermakna" if self.significant else "tidak bermakna"
        caption = f"Perbandingan IKM: {self} ({verdict})"
        return table(caption=caption, columns=header, rows=rows)


def _figures(one: IkmInterval) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    return one.ikm, one.standard_error, one.lower, one.upper


# ----------------------------------------------------------------------------- the estimator


@attrs.frozen
class _Estimate:
    """The exact figures of one survey: IKM, squared standard error, respondents."""

    ikm: Fraction
    variance: Fraction  # SE(IKM)², with the finite-population correction
    respondents: int


def _exact_weights(survey: Survey, weights: object) -> dict[str, Fraction]:
    """Each element's exact weight; a printed uniform weight that does not sum to 1 is refused."""
    options = IkmOptions(weights=weights)
    codes = survey.codes
    if options.weighting is Weighting.UNIFORM and options.weights_for(codes)[codes[0]] * len(
        codes
    ) != Fraction(1):
        raise InvalidInputError(
            field="weights",
            value=weights,
            expected=f"exact weights summing to 1: None (exactly 1/{len(codes)}) or a weight per "
            "element; a printed weight such as 0.111 is not the regulation's and its interval "
            "would not be either",
        )
    return options.weights_for(codes)


def _check_population(value: object) -> int | None:
    if value is None:
        return None
    population = _to_whole(value, "population")
    if population < 1:
        raise InvalidInputError(
            field="population", value=value, expected="a population (a whole number >= 1)"
        )
    return population


def _estimate(
    survey: Survey, weights: dict[str, Fraction], population: int | None, what: str
) -> _Estimate:
    """IKM and SE(IKM)² of *survey* by the estimator of domain.md §4.8, exactly."""
    if survey.pair_counts is None or survey.nonempty_rows is None:
        raise UndefinedResultError(
            f"the standard error of {what} is undefined: the survey has no joint counts",
            detail=not_joint_hint(survey),
        )
    n = survey.nonempty_rows
    if n < 2:  # noqa: PLR2004
        raise UndefinedResultError(
            f"the standard error of {what} is undefined: {n} questionnaire"
            f"{'s' * (n != 1)} with an answer",
            detail="a standard error needs at least 2 respondents",
        )
    if population is not None and population < n:
        raise InvalidInputError(
            field="population",
            value=population,
            expected=f"a population of at least the {n} respondents",
        )
    w = [weights[code] for code in survey.codes]
    centre = Fraction(0)  # the index, Σ_j w_j · m_j
    for j, tally in enumerate(survey.tallies):
        if tally.answered < 2:  # noqa: PLR2004
            raise UndefinedResultError(
                f"the standard error of {what} is undefined: {tally.code} has "
                f"{tally.answered} answer{'s' * (tally.answered != 1)}",
                detail="each element needs at least 2 answers for its variance",
            )
        centre += w[j] * Fraction(tally.score_sum, tally.answered)
    variance = index_variance(w, survey.tallies, survey.pair_counts)
    if variance < 0:
        raise UndefinedResultError(
            f"the standard error of {what} is undefined: the pairwise covariances give a "
            f"negative variance ({fraction_to_decimal(variance)})",
            detail="too many blanks, in patterns the pairwise estimator cannot reconcile; "
            "compute the interval of the complete questionnaires only",
        )
    correction = 1 if population is None else 1 - Fraction(n, population)  # f = 1 − n/N
    return _Estimate(
        ikm=centre * CONVERSION,
        variance=CONVERSION * CONVERSION * variance * correction,
        respondents=n,
    )


def index_variance(
    w: list[Fraction], tallies: tuple[ElementTally, ...], pair_counts: tuple[tuple[int, ...], ...]
) -> Fraction:
    """Var(index) = Σ_j Σ_l w_j · w_l · Cov(m_j, m_l), exactly, from the counts and joint counts."""
    variance = Fraction(0)
    for j, tally in enumerate(tallies):
        variance += w[j] * w[j] * _covariance(_diagonal(tally.counts or ()))
    for p, (j, m) in enumerate(pairs(len(w))):
        sums = _sums(pair_counts[p])
        variance += 2 * w[j] * w[m] * _covariance(sums, tallies[j].answered, tallies[m].answered)
    return variance


def _diagonal(counts: tuple[int, ...]) -> tuple[int, int, int, int]:
    """(n, Σx, Σx, Σx²) of one element: its own pair, for its variance s_jj."""
    n = sum(counts)
    total = sum(s * c for s, c in enumerate(counts, start=1))  # counts of the scores 1-4
    squares = sum(s * s * c for s, c in enumerate(counts, start=1))
    return n, total, total, squares


def _sums(table: tuple[int, ...]) -> tuple[int, int, int, int]:
    """(n_jl, Σx_j, Σx_l, Σx_j·x_l) over the respondents of a pair's table of 16 counts."""
    n = sx = sy = sxy = 0
    for i, count in enumerate(table):
        a, b = SCORES[i // 4], SCORES[i % 4]
        n += count
        sx += a * count
        sy += b * count
        sxy += a * b * count
    return n, sx, sy, sxy


def _covariance(
    sums: tuple[int, int, int, int], n_first: int | None = None, n_second: int | None = None
) -> Fraction:
    """Cov(m_j, m_l) ≈ n_jl · s_jl / (n_j · n_l), 0 where n_jl < 2.

    With s_jl = (Σxy − Σx·Σy / n_jl) / (n_jl − 1), this is
    (n_jl·Σxy − Σx·Σy) / ((n_jl − 1) · n_j · n_l); for an element with itself n_j = n_l = n_jj.
    """
    n, sx, sy, sxy = sums
    if n < 2:  # noqa: PLR2004
        return Fraction(0)
    first = n if n_first is None else n_first
    second = n if n_second is None else n_second
    return Fraction(n * sxy - sx * sy, (n - 1) * first * second)


def _t(level: Decimal, degrees_of_freedom: Decimal | int) -> Decimal:
    """t(1 − α/2; ν), α = 1 − level: the two-sided quantile of Student's t."""
    return t_quantile(CONTEXT.divide(CONTEXT.add(ONE, level), _TWO), degrees_of_freedom)


def _interval(estimate: _Estimate, level: Decimal, population: int | None) -> IkmInterval:
    centre = fraction_to_decimal(estimate.ikm)
    error = decimal_sqrt(fraction_to_decimal(estimate.variance))
    half = CONTEXT.multiply(_t(level, estimate.respondents - 1), error)
    return IkmInterval(
        ikm=centre,
        standard_error=error,
        lower=CONTEXT.subtract(centre, half),
        upper=CONTEXT.add(centre, half),
        confidence=level,
        degrees_of_freedom=estimate.respondents - 1,
        respondents=estimate.respondents,
        population=population,
    )


def _check_survey(value: object, name: str) -> Survey:
    if not isinstance(value, Survey):
        raise InvalidTypeError(
            field=name,
            value=value,
            expected="a Survey built with joint=True (Survey.from_columns(df, joint=True))",
        )
    return value


def ikm_interval(
    survey: Survey,
    *,
    confidence: Number | Fraction = 0.95,
    population: Count | None = None,
    weights: Mapping[str, Number | Fraction] | None = None,
) -> IkmInterval:
    """The confidence interval of a survey's IKM (*selang kepercayaan IKM*).

    How sure is an IKM of 88,20, a hair under the A bound of 88,31? The IKM of a sample of
    questionnaires estimates the IKM of all the unit's users; the interval says how far that
    estimate may be from it.

    Args:
        survey: a :class:`Survey` built from the questionnaires with ``joint=True``.
        confidence: the confidence level, strictly between 0 and 1 (default 0.95).
        population: the unit's users in the period (N): applies the finite-population
            correction f = 1 − n/N; a whole number, at least the n respondents. ``None``
            (default): no correction.
        weights: ``None`` (exactly 1/k) or element code → weight, summing to exactly 1; a
            printed uniform weight (0.111) is refused.

    Returns:
        An :class:`IkmInterval`: the IKM, its standard error, the bounds, the level, the
        degrees of freedom n − 1, the respondents n and the population.

    Raises:
        UndefinedResultError: a survey without joint counts (built from published totals or
            without ``joint=True``, or the sum of a joint and a plain survey); fewer than 2
            respondents; an element with fewer than 2 answers; a negative variance (possible
            with heavy blanks). The message says why and what to do.
        InvalidInputError: a confidence outside (0, 1), a population below n, weights that are
            not exact or do not cover the elements.

    Notes:
        With n_j the answers to element j, n_jl the respondents who answered both j and l,
        s_jl the sample covariance of their scores (divisor n_jl − 1, around the means of those
        respondents, as ``pandas.DataFrame.cov`` takes it) and w the weights::

            Cov(m_j, m_l) = n_jl · s_jl / (n_j · n_l)       (0 where n_jl < 2)
            Var(index)    = Σ_j Σ_l w_j · w_l · Cov(m_j, m_l)
            SE(IKM)       = 25 · √(Var(index) · f),  f = 1 − n/N, or 1 without N
            interval      = IKM ± t(1 − α/2; n − 1) · SE(IKM)

        n counts the questionnaires with at least one answer. With no blanks this is exactly
        the one-sample t-interval of the respondents' own weighted mean scores × 25. The
        interval assumes a simple random sample of the users and is not clipped to 25-100.

    References:
        domain.md §4.8 (the estimator, a project decision: no regulation asks for it).
        W. G. Cochran, *Sampling Techniques*, 3rd ed., Wiley, 1977, §2.5 (the
        finite-population correction) and §2.11 (ratio-type means of subsets).

    Examples:
        Element U1 of the GASPUL worked example: 29 questionnaires, 11 scoring 3 and 18 scoring
        4 (NRR 105/29 = 3,62, IKM 90,52). Its 95 % interval spans the A/B bound of 88,31:

        >>> from lkjcalc import ELEMENTS_2017, Survey
        >>> u1 = Survey.from_responses(
        ...     [(3,)] * 11 + [(4,)] * 18, elements=ELEMENTS_2017[:1], joint=True
        ... )
        >>> interval = ikm_interval(u1)
        >>> print(interval)
        90,52 ± 4,70 (95%)
        >>> interval.lower, interval.upper
        (Decimal('85.82...'), Decimal('95.21...'))

        If the unit served only 40 users, the 29 questionnaires tell much more:

        >>> print(ikm_interval(u1, population=40))
        90,52 ± 2,46 (95%)
        >>> ikm_interval(Survey.from_totals({"U1": (105, 29)}, elements=ELEMENTS_2017[:1]))
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: the standard error of the IKM is undefined: ...
    """
    checked = _check_survey(survey, "survey")
    level = _to_confidence(confidence)
    size = _check_population(population)
    exact = _exact_weights(checked, weights)
    return _interval(_estimate(checked, exact, size, "the IKM"), level, size)


def compare_ikm(
    before: Survey,
    after: Survey,
    *,
    confidence: Number | Fraction = 0.95,
    weights: Mapping[str, Number | Fraction] | None = None,
) -> IkmComparison:
    """Whether an IKM really moved: the difference of two IKMs and its confidence interval.

    Two years of one unit, or two units: did 82,10 → 83,40 really improve? The difference is
    significant when its interval excludes zero.

    Args:
        before: the first :class:`Survey` (the earlier year), built with ``joint=True``.
        after: the second survey, built with ``joint=True``.
        confidence: the confidence level, strictly between 0 and 1 (default 0.95).
        weights: as :func:`ikm_interval`, for both surveys.

    Returns:
        An :class:`IkmComparison`: the difference after − before, its standard error, bounds,
        Welch–Satterthwaite degrees of freedom, whether it is significant, and the interval of
        each survey.

    Raises:
        UndefinedResultError: as :func:`ikm_interval`, for either survey (the message says
            which).
        InvalidInputError: as :func:`ikm_interval`.

    Notes:
        The two samples are taken as independent; no finite-population correction is applied::

            difference = IKM_after − IKM_before
            SE         = √(SE_before² + SE_after²)
            ν          = SE⁴ / (SE_before⁴ / (n_before − 1) + SE_after⁴ / (n_after − 1))
            interval   = difference ± t(1 − α/2; ν) · SE

        (Welch–Satterthwaite ν, not an integer). When both standard errors are 0 the
        difference is certain: lower = upper = difference, ν is ``None``, and it is
        significant when it is not 0.

    References:
        domain.md §4.8. B. L. Welch (1947), "The generalization of 'Student's' problem when
        several different population variances are involved", Biometrika 34, 28-35; F. E.
        Satterthwaite (1946), Biometrics Bulletin 2, 110-114.

    Examples:
        Element U1 of the GASPUL example (IKM 90,52 from 29 questionnaires) against a year
        with 40 questionnaires, 20 scoring 3 and 20 scoring 4 (IKM 87,50):

        >>> from lkjcalc import ELEMENTS_2017, Survey
        >>> one = ELEMENTS_2017[:1]
        >>> before = Survey.from_responses([(3,)] * 11 + [(4,)] * 18, elements=one, joint=True)
        >>> after = Survey.from_responses([(3,)] * 20 + [(4,)] * 20, elements=one, joint=True)
        >>> comparison = compare_ikm(before, after)
        >>> print(comparison)
        -3,02 ± 6,08 (95%)
        >>> comparison.significant, round(comparison.degrees_of_freedom, 1)
        (False, Decimal('61.4'))
    """
    first = _check_survey(before, "before")
    second = _check_survey(after, "after")
    level = _to_confidence(confidence)
    start = _estimate(first, _exact_weights(first, weights), None, "the IKM before")
    end = _estimate(second, _exact_weights(second, weights), None, "the IKM after")
    difference = fraction_to_decimal(end.ikm - start.ikm)
    variance = start.variance + end.variance
    error = decimal_sqrt(fraction_to_decimal(variance))
    df = welch_degrees_of_freedom(
        fraction_to_decimal(start.variance),
        start.respondents - 1,
        fraction_to_decimal(end.variance),
        end.respondents - 1,
    )
    half = Decimal(0) if df is None else CONTEXT.multiply(_t(level, df), error)
    return IkmComparison(
        difference=difference,
        standard_error=error,
        lower=CONTEXT.subtract(difference, half),
        upper=CONTEXT.add(difference, half),
        confidence=level,
        degrees_of_freedom=df,
        before=_interval(start, level, None),
        after=_interval(end, level, None),
    )
