"""The index of a satisfaction survey: weighting, the IKM and how it was computed.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there).

Sources: PermenPANRB 14/2017, annex (weights "jumlah bobot / jumlah unsur", the index as the sum of
the weighted NRR, the conversion × 25 and the quality grades); KepMenPAN 25/KEP/M.PAN/2/2004
(the earlier method). Published tables that rounded weights or intermediate figures are
reproduced on request, and every result says which method produced it. domain.md §4.2-4.3.
"""

from __future__ import annotations

import enum
import functools
import math
import types
import warnings
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from lkjcalc._display import compact, figure, plain, table
from lkjcalc._numeric import (
    Count,
    Number,
    Rounding,
    check_places,
    divide,
    fraction_to_decimal,
    multiply,
    quantize,
    to_decimal,
    to_non_negative_count,
)
from lkjcalc._validators import check_enum
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.scales import IKM_2017, Band, Scale
from lkjcalc.survey._elements import Element, check_codes, check_elements, to_elements
from lkjcalc.survey._survey import Survey

__all__ = [
    "CONVERSION",
    "Combination",
    "IkmOptions",
    "IkmResult",
    "Weighting",
    "ikm",
    "ikm_from_index",
    "ikm_from_nrr",
    "index_of",
    "index_to_ikm",
]

#: The conversion factor from the index (1-4) to the IKM (25-100), PermenPANRB 14/2017.
CONVERSION = 25


class Combination(enum.Enum):
    """How the surveys of several units are combined into one IKM (:func:`combine_ikm`).

    ``POOLED``: every unit's respondents as one survey (the sum of the surveys; NRR = Σ scores /
    Σ answered). ``UNIT_MEAN``: the unweighted mean of the units' NRR. ``RESPONDENT_WEIGHTED``:
    the units' NRR weighted by each unit's number of respondents. ``POPULATION_WEIGHTED``: the
    units' NRR weighted by each unit's population N, given by the caller. Each is practice
    somewhere; lkjcalc names them so that none is hidden (domain.md §4.7). The value strings
    (``"pooled"``, ``"unit_mean"`` …) are accepted too.
    """

    POOLED = "pooled"
    UNIT_MEAN = "unit_mean"
    RESPONDENT_WEIGHTED = "respondent_weighted"
    POPULATION_WEIGHTED = "population_weighted"


#: How :attr:`IkmResult.method` says each combination.
_COMBINATION_TEXT = {
    Combination.POOLED: "pooled: the units' respondents as one survey",
    Combination.UNIT_MEAN: "unit mean: the unweighted mean of the units' NRR",
    Combination.RESPONDENT_WEIGHTED: "respondent-weighted mean of the units' NRR",
    Combination.POPULATION_WEIGHTED: "population-weighted mean of the units' NRR",
}


class Weighting(enum.Enum):
    """How the NRR of the elements are weighted (*bobot nilai rata-rata tertimbang*).

    ``EXACT``: exactly 1/k for each of k elements, the regulation's "jumlah bobot / jumlah unsur"
    (the default). ``UNIFORM``: one printed weight for every element (``0.111``, ``0.071``), as
    published tables use; it need not sum to 1. ``CUSTOM``: a weight per element, summing to
    exactly 1 (PermenPANRB 14/2017 allows a unit to weight elements differently).
    """

    EXACT = "exact"
    UNIFORM = "uniform"
    CUSTOM = "custom"


#: A finite Decimal whose exponent is below this many digits passes to_decimal's checks as it is
#: (to_decimal refuses only magnitudes beyond 1E±10000): the figures of an IKM take this short way.
_TYPICAL = 1000


def _decimal_map(value: object, name: str) -> types.MappingProxyType[str, Decimal]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field=name, value=value, expected="a mapping of element code")
    return types.MappingProxyType(
        {
            str(key): number
            if type(number) is Decimal and number.is_finite() and abs(number.adjusted()) < _TYPICAL
            else to_decimal(number, f"{name}[{key!r}]")  # the full check, and its errors
            for key, number in value.items()
        }
    )


def _to_nrr_map(value: object) -> types.MappingProxyType[str, Decimal]:
    return _decimal_map(value, "nrr")


def _to_weights_map(value: object) -> types.MappingProxyType[str, Decimal]:
    return _decimal_map(value, "weights")


def _to_weighted_map(value: object) -> types.MappingProxyType[str, Decimal]:
    return _decimal_map(value, "weighted_nrr")


def _to_answered_map(value: object) -> types.MappingProxyType[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="answered", value=value, expected="None or a mapping")
    return types.MappingProxyType(
        {
            str(k): v if type(v) is int and v >= 0 else to_non_negative_count(v, f"answered[{k!r}]")
            for k, v in value.items()
        }
    )


def _to_index(value: Number) -> Decimal:
    return to_decimal(value, "index")


def _to_ikm(value: Number) -> Decimal:
    return to_decimal(value, "ikm")


def _to_optional_respondents(value: Count | None) -> int | None:
    return None if value is None else to_non_negative_count(value, "respondents")


def _check_optional_places(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_places(value, attr.name)


def _to_fraction(value: object, name: str) -> Fraction:
    """An exact weight: a ``Fraction`` as it is (1/6 has no decimal), any other number exactly."""
    if isinstance(value, Fraction):
        return value
    return Fraction(to_decimal(value, name))


def _to_weights_option(value: object) -> Fraction | types.MappingProxyType[str, Fraction] | None:
    """``None`` (exact 1/k), one printed weight in (0, 1], or weights per element summing to 1."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        weight = _to_fraction(value, "weights")
        if not 0 < weight <= 1:
            raise InvalidInputError(
                field="weights", value=value, expected="a printed weight > 0 and <= 1"
            )
        return weight
    exact = {str(code): _to_fraction(share, f"weights[{code!r}]") for code, share in value.items()}
    for code, share in exact.items():
        if share <= 0:
            raise InvalidInputError(
                field=f"weights[{code!r}]", value=value[code], expected="a weight > 0"
            )
    total = sum(exact.values(), Fraction(0))
    if total != 1:
        raise InvalidInputError(
            field="weights",
            value=fraction_to_decimal(total),
            expected="weights summing to exactly 1 (for a printed uniform weight such as "
            "0.111, pass the number itself)",
        )
    return types.MappingProxyType(exact)


def _to_rounding(value: object) -> Rounding:
    return check_enum(value, Rounding, "rounding")


def _to_combination(value: object) -> Combination | None:
    return None if value is None else check_enum(value, Combination, "combination")


def _to_scale(value: object) -> Scale:
    if value is None:
        return IKM_2017
    if not isinstance(value, Scale):
        raise InvalidTypeError(field="scale", value=value, expected="a Scale (lkjcalc.scales)")
    return value


@attrs.frozen(kw_only=True)
class IkmOptions:
    """How an IKM is computed (*metode perhitungan IKM*): weights, rounding stages, grading scale.

    The keyword options of :func:`ikm` and :func:`ikm_from_nrr`, gathered in one value. Every
    :class:`IkmResult` carries the options that produced it (:attr:`IkmResult.options`), and
    :attr:`IkmResult.method` says them in words.

    Args:
        weights: ``None`` (exactly 1/k, the regulation's "jumlah bobot / jumlah unsur"); one
            printed weight for every element (``Decimal("0.111")``; not checked to sum to 1); or
            element code → weight, positive and summing to exactly 1 (a ``Fraction`` such as
            ``Fraction(1, 6)`` is kept exact).
        nrr_places: round each NRR to this many places first, as a published table did.
        weighted_places: round each weighted NRR (NRR × weight) to this many places.
        index_places: round the index (the sum) to this many places before × 25.
        rounding: :attr:`Rounding.HALF_UP` (default) or :attr:`Rounding.DOWN` for those stages
            (or their value strings ``"half_up"``, ``"down"``).
        scale: the grading scale; ``None`` means :data:`lkjcalc.scales.IKM_2017`.
        combination: ``None`` for the IKM of one survey; for an IKM that combines several
            units (:func:`combine_ikm`), the :class:`Combination` used, which
            :attr:`IkmResult.method` names first.

    Raises:
        InvalidInputError: a weight that is not positive, per-element weights that do not sum
            to exactly 1, a uniform weight above 1, places outside 0-40.
        InvalidTypeError: an option of the wrong type.

    Examples:
        >>> options = IkmOptions(weights="0.111", weighted_places=2)
        >>> options.weighting, options.weights
        (<Weighting.UNIFORM: 'uniform'>, Fraction(111, 1000))
        >>> options.describe(9)
        'uniform printed weight 0.111 (sum 0.999); weighted NRR rounded half up to 2 places; IKM = index × 25; graded on IKM quality, PermenPANRB 14/2017'
    """  # noqa: E501

    weights: Fraction | types.MappingProxyType[str, Fraction] | None = attrs.field(
        default=None, converter=_to_weights_option, hash=False
    )
    nrr_places: int | None = attrs.field(default=None, validator=_check_optional_places)
    weighted_places: int | None = attrs.field(default=None, validator=_check_optional_places)
    index_places: int | None = attrs.field(default=None, validator=_check_optional_places)
    rounding: Rounding = attrs.field(default=Rounding.HALF_UP, converter=_to_rounding)
    scale: Scale = attrs.field(default=IKM_2017, converter=_to_scale)
    combination: Combination | None = attrs.field(default=None, converter=_to_combination)

    @property
    def weighting(self) -> Weighting:
        """Which kind of weights these are (:class:`Weighting`)."""
        if self.weights is None:
            return Weighting.EXACT
        if isinstance(self.weights, Fraction):
            return Weighting.UNIFORM
        return Weighting.CUSTOM

    def weights_for(self, codes: tuple[str, ...]) -> dict[str, Fraction]:
        """Each element's exact weight, for the element *codes* (in their order).

        Raises:
            InvalidInputError: per-element weights that miss or add an element.
        """
        if self.weights is None:
            # PermenPANRB 14/2017: "bobot nilai rata-rata tertimbang = jumlah bobot / jumlah unsur".
            return dict.fromkeys(codes, Fraction(1, len(codes)))
        if isinstance(self.weights, Fraction):
            return dict.fromkeys(codes, self.weights)
        check_codes(self.weights, codes, what="weights")
        return {code: self.weights[code] for code in codes}

    def describe(self, count: int) -> str:
        """The options in one line, for a survey of *count* elements (:attr:`IkmResult.method`)."""
        if self.weights is None:
            weights = f"exact weights 1/{count} (sum 1)"
        elif isinstance(self.weights, Fraction):
            weight = fraction_to_decimal(self.weights)
            total = fraction_to_decimal(self.weights * count)
            weights = f"uniform printed weight {weight} (sum {total})"
        else:
            weights = "custom weights per element (sum 1)"
        how = "half up" if self.rounding is Rounding.HALF_UP else "down (truncated)"
        stages = [
            f"{what} rounded {how} to {places} places"
            for what, places in (
                ("NRR", self.nrr_places),
                ("weighted NRR", self.weighted_places),
                ("index", self.index_places),
            )
            if places is not None
        ]
        rounding = "; ".join(stages) or "no intermediate rounding"
        combined = "" if self.combination is None else f"{_COMBINATION_TEXT[self.combination]}; "
        return f"{combined}{weights}; {rounding}; IKM = index × 25; graded on {self.scale.name}"


@attrs.frozen(kw_only=True, repr=False)
class IkmResult:
    """The index of a survey (*Indeks Kepuasan Masyarakat*), with every figure that led to it.

    Built by :func:`ikm` and :func:`ikm_from_nrr`; :attr:`options` holds how it was computed
    and :attr:`method` says it in words.

    Attributes:
        elements: the elements, in order.
        nrr: element code → NRR (*nilai rata-rata unsur*), 1-4, rounded if *nrr_places* was set.
        weights: element code → the weight used.
        weighted_nrr: element code → NRR × weight (*NRR tertimbang*).
        index: the sum of the weighted NRR (*IKM unit pelayanan*, 1-4 with exact weights).
        ikm: index × 25 (*nilai konversi IKM*, 25-100 with exact weights).
        band: the quality grade (*mutu pelayanan*) of the IKM on the options' scale.
        respondents: the number of questionnaires, or ``None`` (from published NRR).
        answered: element code → number answered, or ``None`` (from published NRR).
        options: the :class:`IkmOptions` that produced it.

    Raises:
        InvalidInputError: mappings that do not follow the elements, or a band that is not the
            IKM's band on the scale (a grade must agree with the figure).

    Examples:
        >>> ikm_from_nrr({f"U{i}": "3.400" for i in range(1, 10)})
        <IkmResult: IKM 85.00 (B Baik), index 3.4000; exact weights 1/9 (sum 1); ...>
    """

    elements: tuple[Element, ...] = attrs.field(converter=to_elements)
    nrr: types.MappingProxyType[str, Decimal] = attrs.field(converter=_to_nrr_map, hash=False)
    weights: types.MappingProxyType[str, Decimal] = attrs.field(
        converter=_to_weights_map, hash=False
    )
    weighted_nrr: types.MappingProxyType[str, Decimal] = attrs.field(
        converter=_to_weighted_map, hash=False
    )
    index: Decimal = attrs.field(converter=_to_index)
    ikm: Decimal = attrs.field(converter=_to_ikm)
    band: Band
    respondents: int | None = attrs.field(default=None, converter=_to_optional_respondents)
    answered: types.MappingProxyType[str, int] | None = attrs.field(
        default=None, converter=_to_answered_map, hash=False
    )
    options: IkmOptions = attrs.field(factory=IkmOptions)

    def __attrs_post_init__(self) -> None:
        # The cross-field invariants: the mappings cover the elements, the band is the IKM's.
        codes = [e.code for e in check_elements(self.elements)]
        for name in ("nrr", "weights", "weighted_nrr", "answered"):
            mapping = getattr(self, name)
            if mapping is not None and list(mapping) != codes:
                raise InvalidInputError(
                    field=name, value=list(mapping), expected=f"the element codes {codes}, in order"
                )
        if not isinstance(self.options, IkmOptions):
            raise InvalidTypeError(field="options", value=self.options, expected="IkmOptions")
        expected = self.scale.classify(self.ikm)
        if self.band != expected:
            raise InvalidInputError(
                field="band",
                value=getattr(self.band, "code", self.band),
                expected=f"the band of IKM {self.ikm} on {self.scale.name}: {expected.code}",
            )

    @property
    def scale(self) -> Scale:
        """The grading scale (:data:`lkjcalc.scales.IKM_2017` by default)."""
        return self.options.scale

    @property
    def weighting(self) -> Weighting:
        """The :class:`Weighting` used."""
        return self.options.weighting

    @property
    def nrr_places(self) -> int | None:
        """The NRR rounding stage asked for (``None``: none)."""
        return self.options.nrr_places

    @property
    def weighted_places(self) -> int | None:
        """The weighted-NRR rounding stage asked for (``None``: none)."""
        return self.options.weighted_places

    @property
    def index_places(self) -> int | None:
        """The index rounding stage asked for (``None``: none)."""
        return self.options.index_places

    @property
    def rounding(self) -> Rounding:
        """The :class:`~lkjcalc.Rounding` of the rounding stages."""
        return self.options.rounding

    @property
    def method(self) -> str:
        """How the result was computed, in one line (weights, rounding stages, grading scale).

        Examples:
            >>> ikm_from_nrr({"U1": 3, "U2": 4}).method
            'exact weights 1/2 (sum 1); no intermediate rounding; IKM = index × 25; graded on IKM quality, PermenPANRB 14/2017'
        """  # noqa: E501
        return self.options.describe(len(self.elements))

    def __repr__(self) -> str:
        who = () if self.respondents is None else (f"{self.respondents} respondents",)
        return compact(
            "IkmResult",
            (
                f"IKM {plain(self.ikm, 2)} ({self.band.code} {self.band.label})",
                f"index {plain(self.index, 4)}",
                *who,
            ),
            (self.method,),
        )

    def _repr_html_(self) -> str:
        """A table for Jupyter: element, name, answered, NRR, weighted NRR; index, IKM, grade."""
        rows = [
            (
                e.code,
                e.name,
                figure(None if self.answered is None else Decimal(self.answered[e.code]), 0),
                figure(self.nrr[e.code], 3),
                figure(self.weighted_nrr[e.code], 4),
            )
            for e in self.elements
        ]
        footer = (
            ("Indeks (jumlah NRR tertimbang)", (figure(self.index, 4),)),
            ("IKM (indeks × 25)", (figure(self.ikm, 2),)),
            ("Mutu pelayanan", (f"{self.band.code} ({self.band.label})",)),
        )
        return table(
            caption=f"IKM: {self.method}",
            columns=("Unsur", "Nama", "Terisi", "NRR", "NRR tertimbang"),
            rows=rows,
            footer=footer,
        )


def ikm(
    survey: Survey,
    *,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> IkmResult:
    """The satisfaction index of a survey (*Indeks Kepuasan Masyarakat*, IKM), and its grade.

    Exact by default: each element's NRR is its score sum over the number who answered it, the
    weights are exactly 1/k, and the arithmetic is rational until one final conversion, so a
    survey whose every element averages 3.4 gives index 3.4 and IKM 85, and one whose every
    answer is 4 gives 100, not 99.99….

    Args:
        survey: the :class:`Survey`.
        weights: ``None`` (exact 1/k); one number for every element, as a table printed it
            (``Decimal("0.111")``; it need not sum to 1 and is not checked); or a mapping of
            element code to weight, which must cover every element, be positive and sum to
            exactly 1.
        nrr_places: round each NRR to this many places first, as a published table did.
        weighted_places: round each weighted NRR (NRR × weight) to this many places.
        index_places: round the index (the sum) to this many places before × 25.
        rounding: :attr:`Rounding.HALF_UP` (default) or :attr:`Rounding.DOWN` (truncate), for
            the three stages above.
        scale: the grading scale; default :data:`lkjcalc.scales.IKM_2017` (the regulation in
            force), or :data:`lkjcalc.scales.IKM_2004` to grade by the 2004 method.

    Returns:
        An :class:`IkmResult`: NRR, weights and weighted NRR per element, index, IKM, band,
        respondents and the method used. Figures without a rounding stage are exact (40
        significant digits where a division does not terminate).

    Raises:
        UndefinedResultError: an element that nobody answered (its NRR has no value).
        InvalidInputError: weights that are not positive, that miss or add an element, or (per
            element) that do not sum to exactly 1; an invalid option.

    Notes:
        With k elements, S_e the score sum and n_e the number answered for element e, w_e its
        weight::

            NRR_e          = S_e / n_e                      (blanks excluded, pairwise)
            NRR tertimbang = NRR_e × w_e                    (w_e = 1/k exactly by default)
            index          = Σ_e NRR_e × w_e                (1-4 when the weights sum to 1)
            IKM            = index × 25                     (25-100)
            mutu pelayanan = scale.classify(IKM)            (rounded to 2 places first)

        Each optional rounding applies at its own stage and the next stage uses the rounded
        figure. The grade is decided on the IKM (rounded half up to the scale's 2 places, so
        that it agrees with the printed figure), never on the index.

    References:
        PermenPANRB 14/2017, annex (NRR, "bobot nilai rata-rata tertimbang = jumlah bobot /
        jumlah unsur", "IKM unit pelayanan × 25", nilai interval konversi); KepMenPAN
        25/KEP/M.PAN/2/2004, annex (the same method with 14 elements). domain.md §4.2-4.3.

    Examples:
        The seed report (LKj Kecamatan Bantur 2020, BAB III 2.1) prints a weighted mean of
        3,400, × 25 = 85,00. A survey whose every element averages 3.4 gives exactly that:

        >>> nine = {f"U{i}": (17, 5) for i in range(1, 10)}  # 5 answers summing to 17 each
        >>> result = ikm(Survey.from_totals(nine))
        >>> result.index, result.ikm, result.band.label
        (Decimal('3.4'), Decimal('85'), 'Baik')

        Every answer 4 gives 100 exactly, where printed weights of 0.111 give 99.9:

        >>> top = Survey.from_totals({f"U{i}": (8, 2) for i in range(1, 10)})
        >>> ikm(top).ikm, ikm(top, weights="0.111").ikm
        (Decimal('100'), Decimal('99.9'))
        >>> ikm(Survey.empty())
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: the NRR of U1 is undefined: nobody answered it ...
    """
    if not isinstance(survey, Survey):
        raise InvalidTypeError(
            field="survey", value=survey, expected="a Survey (use Survey.from_columns …)"
        )
    options = IkmOptions(
        weights=weights,
        nrr_places=nrr_places,
        weighted_places=weighted_places,
        index_places=index_places,
        rounding=rounding,
        scale=scale,
    )
    nrr: dict[str, Fraction] = {}
    for t in survey.tallies:
        if t.answered == 0:
            raise UndefinedResultError(
                f"the NRR of {t.code} is undefined: nobody answered it",
                detail="an IKM needs at least one answer to every element",
            )
        nrr[t.code] = Fraction(t.score_sum, t.answered)
    return index_of(
        survey.elements,
        nrr,
        options,
        respondents=survey.respondents,
        answered=survey.answered,
    )


def ikm_from_nrr(
    nrr: Mapping[str, Number],
    *,
    elements: Sequence[Element] | None = None,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> IkmResult:
    """The IKM from published NRR per element (*NRR per unsur*), with the options of :func:`ikm`.

    Use it to recompute a report that prints only each element's NRR.

    Args:
        nrr: element code → NRR (1 to 4); the codes and their order are taken from the mapping.
        elements: optionally, the elements the codes must be (same codes); they give the order
            and the names.
        weights: as :func:`ikm`.
        nrr_places: as :func:`ikm`.
        weighted_places: as :func:`ikm`.
        index_places: as :func:`ikm`.
        rounding: as :func:`ikm`.
        scale: as :func:`ikm`.

    Returns:
        An :class:`IkmResult` with ``respondents=None``.

    Raises:
        InvalidInputError: an NRR outside 1-4, a code that *elements* does not have (or misses),
            an invalid option.

    References:
        PermenPANRB 14/2017, annex; domain.md §4.2-4.3.

    Examples:
        The seed's weighted mean 3,400 (LKj Kecamatan Bantur 2020, BAB III 2.1):

        >>> seed = ikm_from_nrr({f"U{i}": "3.400" for i in range(1, 10)})
        >>> seed.ikm, seed.band.code
        (Decimal('85'), 'B')

        A published table of three elements with the printed weight 0.33 (NRR 3.70, 3.80, 3.00;
        printed IKM 86,63 "Baik"); exact weights of 1/3 would give 87.50:

        >>> table = ikm_from_nrr({"U1": "3.70", "U2": "3.80", "U3": "3.00"}, weights="0.33")
        >>> table.ikm, table.band.label, ikm_from_nrr(table.nrr).ikm
        (Decimal('86.625'), 'Baik', Decimal('87.5'))
        >>> ikm_from_nrr({"U1": 5})
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: nrr['U1']: got 5, expected an NRR from 1 to 4
    """
    options = IkmOptions(
        weights=weights,
        nrr_places=nrr_places,
        weighted_places=weighted_places,
        index_places=index_places,
        rounding=rounding,
        scale=scale,
    )
    given: object = nrr
    if not isinstance(given, Mapping) or not given:
        raise InvalidTypeError(
            field="nrr", value=nrr, expected="a non-empty mapping of element code to NRR"
        )
    exact: dict[str, Fraction] = {}
    for code, value in given.items():
        if not isinstance(code, str) or not code.strip():
            raise InvalidTypeError(field="nrr", value=code, expected="element codes (str)")
        number = to_decimal(value, f"nrr[{code!r}]")
        if not 1 <= number <= 4:  # noqa: PLR2004
            raise InvalidInputError(
                field=f"nrr[{code!r}]", value=value, expected="an NRR from 1 to 4"
            )
        exact[code] = Fraction(number)
    if elements is None:
        checked = tuple(Element(code=code) for code in exact)
    else:
        checked = check_elements(elements)
        check_codes(nrr, tuple(e.code for e in checked), what="nrr")
        exact = {e.code: exact[e.code] for e in checked}
    return index_of(checked, exact, options, respondents=None, answered=None)


def index_of(
    elements: tuple[Element, ...],
    nrr: dict[str, Fraction],
    options: IkmOptions,
    *,
    respondents: int | None,
    answered: dict[str, int] | None,
) -> IkmResult:
    """The arithmetic of :func:`ikm`, exact in rationals, each rounding at its own stage.

    Internal: the NRR per element (exact) and the options give the result; :func:`ikm`,
    :func:`ikm_from_nrr` and the combinations of several units all end here.
    """
    weight, weight_decimals = _weights(options, tuple(nrr))
    mode = options.rounding
    nrr_places, weighted_places, index_places = (
        options.nrr_places,
        options.weighted_places,
        options.index_places,
    )
    if nrr_places is None and weighted_places is None and index_places is None:
        return _exact_index(
            elements,
            nrr,
            options,
            (weight, weight_decimals),
            respondents=respondents,
            answered=answered,
        )
    # NRR_e, w_e, NRR_e × w_e, the index and the IKM, each as an exact rational.
    rounded_nrr = {code: quantize(q, nrr_places, mode) for code, q in nrr.items()}
    weighted = {
        code: quantize(q * weight[code], weighted_places, mode) for code, q in rounded_nrr.items()
    }
    index = quantize(sum(weighted.values(), Fraction(0)), index_places, mode)
    converted = fraction_to_decimal(index * CONVERSION, index_places)
    return IkmResult(
        elements=elements,
        nrr={code: fraction_to_decimal(q, nrr_places) for code, q in rounded_nrr.items()},
        weights=weight_decimals,
        weighted_nrr={
            code: fraction_to_decimal(q, weighted_places) for code, q in weighted.items()
        },
        index=fraction_to_decimal(index, index_places),
        ikm=converted,
        band=options.scale.classify(converted),  # the grade of the IKM as returned (and printed)
        respondents=respondents,
        answered=answered,
        options=options,
    )


@functools.lru_cache(maxsize=64)
def _weights(
    options: IkmOptions, codes: tuple[str, ...]
) -> tuple[dict[str, Fraction], dict[str, Decimal]]:
    """The exact weights of *codes*, and as decimals (computed once per options and codes)."""
    weight = options.weights_for(codes)
    return weight, {code: fraction_to_decimal(w) for code, w in weight.items()}


def _exact_index(
    elements: tuple[Element, ...],
    nrr: dict[str, Fraction],
    options: IkmOptions,
    weights: tuple[dict[str, Fraction], dict[str, Decimal]],
    *,
    respondents: int | None,
    answered: dict[str, int] | None,
) -> IkmResult:
    """:func:`index_of` without rounding stages, in integers: the same figures, faster.

    Each weighted NRR is (S·a) / (n·b) for NRR = S/n and weight a/b, converted once; the index
    is Σ (S·a·L/(n·b)) / L with L the least common multiple of the denominators, an exact
    rational built once (no per-element reduction).
    """
    weight, weight_decimals = weights
    parts = {
        code: (q.numerator * weight[code].numerator, q.denominator * weight[code].denominator)
        for code, q in nrr.items()
    }
    common = math.lcm(*(den for _, den in parts.values()))
    index = Fraction(sum(num * (common // den) for num, den in parts.values()), common)
    converted = fraction_to_decimal(index * CONVERSION)
    return IkmResult(
        elements=elements,
        nrr={code: divide(Decimal(q.numerator), Decimal(q.denominator)) for code, q in nrr.items()},
        weights=weight_decimals,
        weighted_nrr={
            code: divide(Decimal(num), Decimal(den)) for code, (num, den) in parts.items()
        },
        index=fraction_to_decimal(index),
        ikm=converted,
        band=options.scale.classify(converted),
        respondents=respondents,
        answered=answered,
        options=options,
    )


def index_to_ikm(index: Number) -> Decimal:
    """The converted IKM (*nilai konversi IKM*, 25-100) of an index (1-4): index × 25.

    For a report that prints only the weighted mean (the index), as the seed does.

    Args:
        index: the index (*nilai rata-rata tertimbang*, *IKM unit pelayanan*), from 1 to 4.

    Returns:
        index × 25, exact (the index's decimals are kept: ``3.400`` gives ``85.000``).

    Raises:
        InvalidInputError: an index outside 1-4.

    References:
        PermenPANRB 14/2017, annex ("IKM unit pelayanan × 25"); domain.md §4.2.

    Examples:
        The seed (LKj Kecamatan Bantur 2020, BAB III 2.1): "3,400 dikali 25" = 85,00:

        >>> index_to_ikm("3.400")
        Decimal('85.000')
        >>> index_to_ikm(0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: index: got 0, expected an index from 1 to 4
    """
    number = to_decimal(index, "index")
    if not 1 <= number <= 4:  # noqa: PLR2004
        raise InvalidInputError(field="index", value=index, expected="an index from 1 to 4")
    return multiply(number, Decimal(CONVERSION))


# ----------------------------------------------------------------------------- sample size


def ikm_from_index(index: Number) -> Decimal:
    """Deprecated since 0.2: use :func:`index_to_ikm` (``ikm_*`` functions return an IkmResult).

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore", DeprecationWarning)
        ...     ikm_from_index("3.400")
        Decimal('85.000')
    """
    warnings.warn(
        "lkjcalc.ikm_from_index is deprecated since 0.2; use lkjcalc.index_to_ikm (a conversion "
        "returns a Decimal, the ikm* functions return an IkmResult)",
        DeprecationWarning,
        stacklevel=2,
    )
    return index_to_ikm(index)
