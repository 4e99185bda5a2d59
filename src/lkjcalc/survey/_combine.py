"""One IKM for many units (*IKM gabungan*): the four ways practice combines units, each by name.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there). A regency reports one
IKM over its OPD, a ministry over its offices; the applications in use combine the units' surveys
in at least four incompatible ways, and the difference matters. :func:`combine_ikm` offers each
as a named :class:`Combination`, none hidden (domain.md §4.7).

Sources: PermenPANRB 14/2017, annex (the IKM of one unit: NRR per element, weights, × 25); the
combination methods are practice, named by this project [decision].
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from lkjcalc._numeric import Count, Number, Rounding, to_count
from lkjcalc._validators import check_enum
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.survey._index import Combination, IkmOptions, IkmResult, index_of
from lkjcalc.survey._survey import Survey

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping

    from lkjcalc.scales import Scale

__all__ = ["Combination", "combine_ikm"]


def combine_ikm(
    surveys: Mapping[Hashable, Survey],
    *,
    method: Combination | str = Combination.POOLED,
    populations: Mapping[Hashable, Count] | None = None,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> IkmResult:
    """One IKM for several units (*IKM gabungan*), combined by a named :class:`Combination`.

    Args:
        surveys: unit → its :class:`Survey` (``frames.surveys_by(...)`` gives such a mapping);
            every survey has the same elements.
        method: how the units are combined (default :attr:`Combination.POOLED`), or its value
            string (``"unit_mean"``).
        populations: unit → its population N (users of the service, a whole number > 0), for
            every unit; only with :attr:`Combination.POPULATION_WEIGHTED`, which needs it.
        weights: as :func:`ikm`, applied to the combined NRR.
        nrr_places: as :func:`ikm`: rounds each *combined* NRR, never the units'.
        weighted_places: as :func:`ikm`.
        index_places: as :func:`ikm`.
        rounding: as :func:`ikm`.
        scale: as :func:`ikm`.

    Returns:
        An :class:`IkmResult` of the combined NRR: its :attr:`~IkmResult.method` names the
        combination first, its respondents and numbers answered are the units' sums.

    Raises:
        UndefinedResultError: for the pooled method, an element that no unit's respondent
            answered; for the three unit-based methods, a unit with an element nobody answered
            (its NRR has no value; the message names every such unit).
        InvalidInputError: no survey, surveys of different elements, populations missing or
            given for another method, a population that is not a whole number > 0.

    Notes:
        With units j, their score sums S_je, numbers answered n_je, respondents r_j and
        populations N_j, the combined NRR of element e is::

            pooled               NRR_e = Σ_j S_je / Σ_j n_je          (one survey of everybody)
            unit mean            NRR_e = Σ_j (S_je / n_je) / m        (m units)
            respondent-weighted  NRR_e = Σ_j r_j · (S_je / n_je) / Σ_j r_j
            population-weighted  NRR_e = Σ_j N_j · (S_je / n_je) / Σ_j N_j

        and the combined IKM = 25 × Σ_e w_e · NRR_e, graded like any IKM. Without blanks
        (n_je = r_j for every element), respondent-weighted equals pooled; with blanks they
        differ, because pooling weights each element by the answers it got. The pooled method
        needs only that some unit answered every element; the unit-based ones need every unit's
        NRR, hence an answer to every element in every unit.

    Examples:
        A puskesmas (100 respondents, every NRR 3.6, but only 40 answered U4, all with 4: its own
        IKM is 91.11) and a kecamatan office (20 respondents, every NRR 2.8: IKM 70.00), serving
        1,000 and 4,000 people. The four methods land 13 points apart:

        >>> from lkjcalc import Survey, round_half_up
        >>> codes = [f"U{i}" for i in range(1, 10)]
        >>> puskesmas = Survey.from_totals(
        ...     {c: (160, 40) if c == "U4" else (360, 100) for c in codes}, respondents=100
        ... )
        >>> kecamatan = Survey.from_totals(dict.fromkeys(codes, (56, 20)))
        >>> units = {"puskesmas": puskesmas, "kecamatan": kecamatan}
        >>> for method in Combination:
        ...     result = combine_ikm(
        ...         units,
        ...         method=method,
        ...         populations=None
        ...         if method is not Combination.POPULATION_WEIGHTED
        ...         else {"puskesmas": 1000, "kecamatan": 4000},
        ...     )
        ...     print(f"{method.value:20} {round_half_up(result.ikm, 2)} {result.band.code}")
        pooled               87.04 B
        unit_mean            80.56 B
        respondent_weighted  87.59 B
        population_weighted  74.22 C
        >>> combine_ikm(units, method="unit_mean").method.split(";")[0]
        "unit mean: the unweighted mean of the units' NRR"
    """
    given: object = surveys
    if isinstance(given, (str, bytes)) or not callable(getattr(given, "items", None)):
        raise InvalidTypeError(
            field="surveys", value=surveys, expected="a mapping of unit → Survey (surveys_by)"
        )
    units = dict(surveys.items())
    if not units:
        raise InvalidInputError(field="surveys", value=surveys, expected="at least one survey")
    chosen = check_enum(method, Combination, "method")
    options = IkmOptions(
        weights=weights,
        nrr_places=nrr_places,
        weighted_places=weighted_places,
        index_places=index_places,
        rounding=rounding,
        scale=scale,
        combination=chosen,
    )
    first = next(iter(units.values()))
    for unit, survey in units.items():
        if not isinstance(survey, Survey):
            raise InvalidTypeError(field=f"surveys[{unit!r}]", value=survey, expected="a Survey")
        if survey.elements != first.elements:
            raise InvalidInputError(
                field=f"surveys[{unit!r}]",
                value=survey.codes,
                expected=f"a survey of the same elements as the first ({', '.join(first.codes)})",
            )
    shares = _unit_shares(units, chosen, populations)
    codes = first.codes
    if shares is None:
        nrr = _pooled_nrr(units, codes)
    else:
        _check_answered(units)
        nrr = {
            code: sum(
                (
                    share * Fraction(t.score_sum, t.answered)
                    for unit, share in shares.items()
                    for t in (units[unit].tallies[i],)
                ),
                Fraction(0),
            )
            for i, code in enumerate(codes)
        }
    answered = {
        code: sum(survey.tallies[i].answered for survey in units.values())
        for i, code in enumerate(codes)
    }
    respondents = sum(survey.respondents for survey in units.values())
    return index_of(first.elements, nrr, options, respondents=respondents, answered=answered)


def _unit_shares(
    units: dict[Hashable, Survey], method: Combination, populations: object
) -> dict[Hashable, Fraction] | None:
    """Each unit's exact share of the combined NRR (``None`` for the pooled method)."""
    if method is not Combination.POPULATION_WEIGHTED:
        if populations is not None:
            raise InvalidInputError(
                field="populations",
                value=populations,
                expected="None (populations weigh only method=Combination.POPULATION_WEIGHTED)",
            )
        if method is Combination.POOLED:
            return None
        if method is Combination.UNIT_MEAN:
            return dict.fromkeys(units, Fraction(1, len(units)))
        total = sum(survey.respondents for survey in units.values())
        # A unit without respondents has no NRR: _check_answered refuses it (and total = 0).
        return {unit: Fraction(s.respondents, total or 1) for unit, s in units.items()}
    if isinstance(populations, (str, bytes)) or not callable(getattr(populations, "items", None)):
        raise InvalidTypeError(
            field="populations",
            value=populations,
            expected="a mapping of unit → population N, for every unit",
        )
    given = dict(populations.items())  # type: ignore[attr-defined]  # a Mapping or a Series
    sizes: dict[Hashable, int] = {}
    for unit in units:
        if unit not in given:
            raise InvalidInputError(
                field="populations", value=unit, expected="a population for every unit"
            )
        size = to_count(given[unit], f"populations[{unit!r}]")
        if size < 1:
            raise InvalidInputError(
                field=f"populations[{unit!r}]", value=given[unit], expected="a population >= 1"
            )
        sizes[unit] = size
    extra = [unit for unit in given if unit not in units]
    if extra:
        raise InvalidInputError(
            field="populations", value=extra[0], expected="the units of surveys only"
        )
    total = sum(sizes.values())
    return {unit: Fraction(size, total) for unit, size in sizes.items()}


def _pooled_nrr(units: dict[Hashable, Survey], codes: tuple[str, ...]) -> dict[str, Fraction]:
    nrr: dict[str, Fraction] = {}
    for i, code in enumerate(codes):
        score_sum = sum(survey.tallies[i].score_sum for survey in units.values())
        answered = sum(survey.tallies[i].answered for survey in units.values())
        if answered == 0:
            raise UndefinedResultError(
                f"the pooled NRR of {code} is undefined: no unit's respondent answered it",
                detail="an IKM needs at least one answer to every element",
            )
        nrr[code] = Fraction(score_sum, answered)
    return nrr


def _check_answered(units: dict[Hashable, Survey]) -> None:
    """Every unit answered every element (a unit-based combination needs each unit's NRR)."""
    undefined = {
        unit: [t.code for t in survey.tallies if t.answered == 0] for unit, survey in units.items()
    }
    named = [f"{unit!r} ({', '.join(codes)})" for unit, codes in undefined.items() if codes]
    if named:
        raise UndefinedResultError(
            f"the NRR of {len(named)} unit{'s' * (len(named) != 1)} is undefined, nobody "
            f"answered an element there: {'; '.join(named)}",
            detail="a unit-based combination needs every unit's NRR; use method='pooled', or "
            "leave those units out",
        )
