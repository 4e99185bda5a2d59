"""The minimum sample size of a satisfaction survey (*jumlah sampel minimal*).

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there).

Sources: PermenPANRB 14/2017, annex (the sample size taken from Krejcie & Morgan, 1970); the
rules of Slovin and of Cochran with the finite-population correction, which practice also uses
(domain.md §4.5): each is offered by name, with the rounding it is used with.
"""

from __future__ import annotations

import enum
import math
from fractions import Fraction

from lkjcalc._numeric import Count, Number, to_count, to_decimal
from lkjcalc._validators import check_enum
from lkjcalc.errors import InvalidInputError

__all__ = ["SampleMethod", "minimum_sample_size"]


class SampleMethod(enum.Enum):
    """The rule that gives the minimum sample size (*rumus penentuan sampel*), domain.md §4.5.

    ``KREJCIE_MORGAN``: the table of Krejcie & Morgan (1970) that PermenPANRB 14/2017 takes up,
    rounded to the nearest integer, 95 % only. ``SLOVIN``: n = N / (1 + N·e²), rounded up.
    ``COCHRAN``: n₀ = z²·p(1 − p)/e² with the finite-population correction, rounded up. The
    value strings ``"krejcie_morgan"``, ``"slovin"`` and ``"cochran"`` are accepted too.
    """

    KREJCIE_MORGAN = "krejcie_morgan"
    SLOVIN = "slovin"
    COCHRAN = "cochran"


#: Krejcie & Morgan (1970): chi-square for 1 degree of freedom at 95 % (3.841).
_CHI_SQUARE = Fraction("3.841")
#: The defaults: 95 % confidence and the proportion 0.5 (the largest sample).
_CONFIDENCE = Fraction(95, 100)
_P = Fraction(1, 2)
#: Cochran's z as practice prints it, by confidence level (two-sided normal quantiles).
_Z = {
    Fraction(90, 100): Fraction("1.645"),
    Fraction(95, 100): Fraction("1.96"),
    Fraction(99, 100): Fraction("2.576"),
}


def _fraction(value: object, name: str) -> Fraction:
    """An exact number: a ``Fraction`` as it is, any other accepted number exactly."""
    return value if isinstance(value, Fraction) else Fraction(to_decimal(value, name))


def _population(value: object) -> int:
    if isinstance(value, Fraction):
        if value.denominator != 1:
            raise InvalidInputError(field="population", value=value, expected="a whole number")
        value = value.numerator
    n = to_count(value, "population")
    if n < 1:
        raise InvalidInputError(field="population", value=n, expected="a population >= 1")
    return n


def _share(value: object, name: str, what: str) -> Fraction:
    """A margin, confidence or proportion: strictly between 0 and 1."""
    number = _fraction(value, name)
    if not 0 < number < 1:
        raise InvalidInputError(field=name, value=value, expected=f"{what} between 0 and 1")
    return number


def minimum_sample_size(
    population: Count,
    *,
    method: SampleMethod | str = SampleMethod.KREJCIE_MORGAN,
    margin: Number | Fraction = 0.05,
    confidence: Number | Fraction = 0.95,
    proportion: Number | Fraction = 0.5,
) -> int:
    """The minimum number of respondents (*jumlah sampel minimal*) for a population.

    Args:
        population: the number of service users in the survey period (N), a whole number >= 1.
        method: the rule (:class:`SampleMethod`, or its value string); by default Krejcie &
            Morgan, as PermenPANRB 14/2017 prescribes.
        margin: the margin of error (d, e), strictly between 0 and 1; default 0.05.
        confidence: the confidence level, strictly between 0 and 1; default 0.95. Krejcie &
            Morgan is defined for 0.95 only; Cochran takes 0.90, 0.95 or 0.99; Slovin has none
            (only the default is accepted).
        proportion: the population proportion (P, p), strictly between 0 and 1; default 0.5,
            which gives the largest sample. Slovin has none (only the default is accepted).

    Returns:
        The minimum number of respondents, rounded as each rule is used: to the nearest
        integer for Krejcie & Morgan (half up), up for Slovin and Cochran. It never exceeds N.

    Raises:
        InvalidInputError: a population that is not a whole number >= 1; a margin, confidence
            or proportion outside (0, 1); a confidence the rule does not define.
        InvalidTypeError: an unknown *method*.

    Notes:
        Krejcie & Morgan, with X² = 3.841 (chi-square, 1 df, 95 %)::

            s = X² · N · P(1 − P) / (d² · (N − 1) + X² · P(1 − P))      rounded to nearest

        (rounding up does not reproduce their table: N = 15 gives s = 14.47, tabled 14; s grows
        towards 384 as N grows). Slovin::

            n = N / (1 + N · e²)                                       rounded up

        Cochran, with the finite-population correction and z = 1.645, 1.96 or 2.576::

            n₀ = z² · p(1 − p) / e²,   n = n₀ / (1 + (n₀ − 1) / N)      rounded up

        All three are computed exactly (rationals) before the one rounding.

    References:
        Krejcie, R. V. & Morgan, D. W. (1970), "Determining sample size for research
        activities", Educational and Psychological Measurement 30, 607-610, Table 1; taken up
        by PermenPANRB 14/2017, annex (penentuan jumlah sampel). Cochran, W. G. (1977),
        *Sampling Techniques*, 3rd ed., Wiley, §4.4 (n₀ and the correction n₀ / (1 + (n₀ − 1)/N)).
        Slovin's formula as Indonesian practice cites it (Sevilla et al., *Research Methods*,
        1992). domain.md §4.5.

    Examples:
        >>> minimum_sample_size(15), minimum_sample_size(800), minimum_sample_size(1_000_000)
        (14, 260, 384)

        A population of 1,000 by each rule (285.71 → 286 by Slovin, 277.74 → 278 by Cochran):

        >>> [minimum_sample_size(1000, method=m) for m in SampleMethod]
        [278, 286, 278]
        >>> minimum_sample_size(1000, method="cochran", confidence="0.99")
        400
        >>> minimum_sample_size(0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: population: got 0, expected a population >= 1
    """
    n = _population(population)
    rule = check_enum(method, SampleMethod, "method")
    d = _share(margin, "margin", "a margin of error")
    level = _share(confidence, "confidence", "a confidence level")
    p = _share(proportion, "proportion", "a proportion")
    spread = p * (1 - p)
    if rule is SampleMethod.KREJCIE_MORGAN:
        if level != _CONFIDENCE:
            raise InvalidInputError(
                field="confidence",
                value=confidence,
                expected="0.95: Krejcie & Morgan is defined for 95 % only (X² = 3.841); "
                "use method=SampleMethod.COCHRAN for 90 % or 99 %",
            )
        s = _CHI_SQUARE * spread * n / (d * d * (n - 1) + _CHI_SQUARE * spread)
        return math.floor(s + Fraction(1, 2))  # to the nearest: the table rounds so
    if rule is SampleMethod.SLOVIN:
        for name, given, value, default in (
            ("confidence", confidence, level, _CONFIDENCE),
            ("proportion", proportion, p, _P),
        ):
            if value != default:
                raise InvalidInputError(
                    field=name,
                    value=given,
                    expected=f"the default {default.numerator / default.denominator}: "
                    f"Slovin's formula has no {name}; use method=SampleMethod.COCHRAN",
                )
        return math.ceil(n / (1 + n * d * d))
    z = _Z.get(level)
    if z is None:
        raise InvalidInputError(
            field="confidence",
            value=confidence,
            expected="0.90, 0.95 or 0.99: the levels whose z (1.645, 1.96, 2.576) practice prints",
        )
    first = z * z * spread / (d * d)  # n₀, for an infinite population
    return math.ceil(first / (1 + (first - 1) / n))
