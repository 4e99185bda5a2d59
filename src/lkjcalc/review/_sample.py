"""Review of a survey's sample size (*jumlah sampel*): enough respondents? (internal).

The public name is re-exported by :mod:`lkjcalc.review` and :mod:`lkjcalc`. A unit that surveyed
fewer respondents than the minimum for its population is a review finding, not an error
(domain.md §4.5); the minimum is that of :func:`lkjcalc.minimum_sample_size`, by the rule the
reviewer names.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from lkjcalc._numeric import (
    Count,
    Number,
    fraction_to_decimal,
    to_count,
    to_decimal,
    to_non_negative_count,
)
from lkjcalc._validators import check_enum
from lkjcalc.errors import InvalidTypeError
from lkjcalc.review._findings import Finding, FindingKind
from lkjcalc.survey._sample import SampleMethod, minimum_sample_size

__all__ = ["check_sample"]

#: The rules by name, as the finding says them.
_NAMES = {
    SampleMethod.KREJCIE_MORGAN: "Krejcie & Morgan",
    SampleMethod.SLOVIN: "Slovin",
    SampleMethod.COCHRAN: "Cochran",
}


def check_sample(
    respondents: Count,
    population: Count,
    *,
    method: SampleMethod | str = SampleMethod.KREJCIE_MORGAN,
    margin: Number | Fraction = 0.05,
    confidence: Number | Fraction = 0.95,
    proportion: Number | Fraction = 0.5,
    where: str = "",
) -> list[Finding]:
    """Check that a survey asked enough respondents (*jumlah sampel*) for its population.

    A unit that surveyed fewer respondents than the minimum for its population (PermenPANRB
    14/2017 takes it from Krejcie & Morgan) gets a :attr:`FindingKind.SAMPLE` finding naming the
    minimum and the rule; it is a finding, not an error (domain.md §4.5).

    Args:
        respondents: the questionnaires the survey counted, a whole number >= 0.
        population: the service users in the period (N), a whole number >= 1.
        method: the rule, as :func:`lkjcalc.minimum_sample_size` (default Krejcie & Morgan).
        margin: as :func:`lkjcalc.minimum_sample_size`.
        confidence: as :func:`lkjcalc.minimum_sample_size`.
        proportion: as :func:`lkjcalc.minimum_sample_size`.
        where: where in the report.

    Returns:
        An empty list when *respondents* reaches the minimum, else one finding whose
        ``expected`` is the minimum.

    Raises:
        InvalidInputError: counts that are not whole numbers in range, or an option that
            :func:`lkjcalc.minimum_sample_size` refuses.

    References:
        PermenPANRB 14/2017, annex (the sample from Krejcie & Morgan, 1970); domain.md §4.5.

    Examples:
        A unit that served 800 users and collected 29 questionnaires:

        >>> [finding] = check_sample(29, 800, where="SKM 2023")
        >>> print(finding)
        [sample] SKM 2023: 29 respondents, fewer than the minimum of 260 for a population of 800 (Krejcie & Morgan, margin 0.05, 95 % confidence)
        >>> print(finding.text())
        29 responden, kurang dari sampel minimal 260 untuk populasi 800 (Krejcie & Morgan, tingkat kesalahan 0,05, tingkat kepercayaan 95 %)
        >>> check_sample(286, 1000, method="slovin")
        []
    """  # noqa: E501
    if not isinstance(where, str):
        raise InvalidTypeError(field="where", value=where, expected="a str")
    count = to_non_negative_count(_whole(respondents), "respondents")
    rule = check_enum(method, SampleMethod, "method")
    minimum = minimum_sample_size(
        population, method=rule, margin=margin, confidence=confidence, proportion=proportion
    )
    if count >= minimum:
        return []
    size = to_count(_whole(population), "population")
    terms = {
        "en": [f"margin {_plain(margin)}"],
        "id": [f"tingkat kesalahan {_plain(margin, 'id')}"],
    }
    if rule is not SampleMethod.SLOVIN:
        level = _plain(confidence, scale=100)  # 90, 95 or 99: a whole percent in both notations
        terms["en"].append(f"{level} % confidence")
        terms["id"].append(f"tingkat kepercayaan {level} %")
    if _plain(proportion) != "0.5":
        terms["en"].append(f"proportion {_plain(proportion)}")
        terms["id"].append(f"proporsi {_plain(proportion, 'id')}")
    how = {lang: f"({_NAMES[rule]}, {', '.join(words)})" for lang, words in terms.items()}
    return [
        Finding(
            kind=FindingKind.SAMPLE,
            where=where,
            expected=Decimal(minimum),
            message=f"{count} respondents, fewer than the minimum of {minimum} for a population "
            f"of {size} {how['en']}",
            indonesian=f"{count} responden, kurang dari sampel minimal {minimum} untuk populasi "
            f"{size} {how['id']}",
        )
    ]


def _whole(value: object) -> object:
    """A whole ``Fraction`` as its integer (a count may be given as one); anything else as is."""
    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return value


def _plain(value: object, lang: str = "en", scale: int = 1) -> str:
    """An already accepted option for a message: ``0.05``, ``95`` (× *scale*), ``1/3``."""
    exact = (value if isinstance(value, Fraction) else Fraction(to_decimal(value))) * scale
    if 10**40 % exact.denominator:  # no finite decimal: as a fraction
        return str(exact)
    text = str(fraction_to_decimal(exact))
    return text.replace(".", ",") if lang == "id" else text
