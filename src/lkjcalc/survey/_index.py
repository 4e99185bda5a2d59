"""The index of a satisfaction survey: weighting, the IKM and how it was computed.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there).

Sources: PermenPANRB 14/2017, annex (weights "jumlah bobot / jumlah unsur", the index as the sum of
the weighted NRR, the conversion × 25 and the quality grades); KepMenPAN 25/KEP/M.PAN/2/2004
(the earlier method). Published tables that rounded weights or intermediate figures are
reproduced on request, and every result says which method produced it. domain.md §4.2-4.3.
"""

from __future__ import annotations

import functools
import math
import warnings
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from lkjcalc._display import compact, figure, plain, table
from lkjcalc._frozen import FrozenMap
from lkjcalc._numeric import (
    Count,
    Number,
    Rounding,
    divide,
    fraction_to_decimal,
    multiply,
    plain_decimal,
    quantize,
    to_decimal,
    to_non_negative_count,
)
from lkjcalc._validators import mapping_or_none
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.scales import Band, Scale
from lkjcalc.survey._elements import Element, check_codes, check_elements, to_elements
from lkjcalc.survey._options import IkmOptions, Weighting
from lkjcalc.survey._survey import Survey

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = [
    "CONVERSION",
    "IkmResult",
    "ikm",
    "ikm_from_index",
    "ikm_from_nrr",
    "index_of",
    "index_to_ikm",
]

#: The conversion factor from the index (1-4) to the IKM (25-100), PermenPANRB 14/2017.
CONVERSION = 25


#: A finite Decimal whose exponent is below this many digits passes to_decimal's checks as it is
#: (to_decimal refuses only magnitudes beyond 1E±10000): the figures of an IKM take this short way.
_TYPICAL = 1000


def _decimal_map(value: object, name: str) -> FrozenMap[str, Decimal]:
    given = mapping_or_none(value, name)
    if given is None:
        raise InvalidTypeError(field=name, value=value, expected="a mapping of element code")
    return FrozenMap(
        (
            str(key),
            plain_decimal(
                number
                if type(number) is Decimal
                and number.is_finite()
                and abs(number.adjusted()) < _TYPICAL
                else to_decimal(number, f"{name}[{key!r}]")  # the full check, and its errors
            ),
        )
        for key, number in given.items()
    )


def _to_nrr_map(value: object) -> FrozenMap[str, Decimal]:
    return _decimal_map(value, "nrr")


def _to_weights_map(value: object) -> FrozenMap[str, Decimal]:
    return _decimal_map(value, "weights")


def _to_weighted_map(value: object) -> FrozenMap[str, Decimal]:
    return _decimal_map(value, "weighted_nrr")


def _to_answered_map(value: object) -> FrozenMap[str, int] | None:
    if value is None:
        return None
    given = mapping_or_none(value, "answered")
    if given is None:
        raise InvalidTypeError(field="answered", value=value, expected="None or a mapping")
    return FrozenMap(
        (str(k), v if type(v) is int and v >= 0 else to_non_negative_count(v, f"answered[{k!r}]"))
        for k, v in given.items()
    )


def _to_index(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "index"))


def _to_ikm(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "ikm"))


def _to_optional_respondents(value: Count | None) -> int | None:
    return None if value is None else to_non_negative_count(value, "respondents")


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
    nrr: FrozenMap[str, Decimal] = attrs.field(converter=_to_nrr_map, hash=False)
    weights: FrozenMap[str, Decimal] = attrs.field(converter=_to_weights_map, hash=False)
    weighted_nrr: FrozenMap[str, Decimal] = attrs.field(converter=_to_weighted_map, hash=False)
    index: Decimal = attrs.field(converter=_to_index)
    ikm: Decimal = attrs.field(converter=_to_ikm)
    band: Band
    respondents: int | None = attrs.field(default=None, converter=_to_optional_respondents)
    answered: FrozenMap[str, int] | None = attrs.field(
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
                figure(None if self.answered is None else Decimal(self.answered[e.code])),
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
                field="survey",
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
    given = mapping_or_none(nrr, "nrr")
    if given is None or not given:
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
        check_codes(given, tuple(e.code for e in checked), what="nrr")
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
    return plain_decimal(multiply(number, Decimal(CONVERSION)))


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
