"""The minimum sample size of a satisfaction survey (*jumlah sampel minimal*).

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there).

Sources: PermenPANRB 14/2017, annex (the sample size taken from Krejcie & Morgan, 1970).
domain.md §4.5.
"""

from __future__ import annotations

import math
from fractions import Fraction

from lkjcalc._numeric import Count, to_count
from lkjcalc.errors import InvalidInputError

__all__ = ["minimum_sample_size"]


#: Krejcie & Morgan (1970): chi-square for 1 degree of freedom at 95 % (3.841), the population
#: proportion P = 0.5 (the largest sample) and the accuracy d = 0.05.
_CHI_SQUARE = Fraction("3.841")
_P = Fraction(1, 2)
_D = Fraction(5, 100)


def minimum_sample_size(population: Count) -> int:
    """The minimum number of respondents (*jumlah sampel minimal*) for a population.

    Args:
        population: the number of service users in the survey period (N), a whole number >= 1.

    Returns:
        s rounded half up to a whole number of respondents.

    Raises:
        InvalidInputError: a population that is not a whole number >= 1.

    Notes:
        Krejcie & Morgan's formula, with X² = 3.841, P = 0.5 and d = 0.05::

            s = X² · N · P(1 − P) / (d² · (N − 1) + X² · P(1 − P))

        rounded to the **nearest** integer: rounding up does not reproduce the published table
        (N = 15 gives s = 14.47, tabled 14). s grows towards 384 as N grows.

    References:
        Krejcie, R. V. & Morgan, D. W. (1970), "Determining sample size for research
        activities", Educational and Psychological Measurement 30, 607-610, Table 1; taken up
        by PermenPANRB 14/2017, annex (penentuan jumlah sampel). domain.md §4.5.

    Examples:
        >>> minimum_sample_size(15), minimum_sample_size(800), minimum_sample_size(1_000_000)
        (14, 260, 384)
        >>> minimum_sample_size(0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: population: got 0, expected a population >= 1
    """
    n = to_count(population, "population")
    if n < 1:
        raise InvalidInputError(field="population", value=n, expected="a population >= 1")
    spread = _CHI_SQUARE * _P * (1 - _P)  # X² · P(1 − P)
    s = spread * n / (_D * _D * (n - 1) + spread)
    return math.floor(s + Fraction(1, 2))


# ----------------------------------------------------------------------------- display
