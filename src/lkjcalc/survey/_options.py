"""How an IKM is computed: the weighting, the rounding stages, the scale and the combination.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there). The keyword options of
:func:`~lkjcalc.ikm`, :func:`~lkjcalc.ikm_from_nrr` and :func:`~lkjcalc.combine_ikm` are gathered in
one frozen value, :class:`IkmOptions`, which every :class:`~lkjcalc.IkmResult` carries.

Sources: PermenPANRB 14/2017, annex (weights "jumlah bobot / jumlah unsur"; a unit may weight its
elements differently, the weights summing to 1); published tables that printed rounded weights or
rounded intermediate figures (domain.md §4.3); the four ways units are combined (domain.md §4.7).
"""

from __future__ import annotations

import enum
from fractions import Fraction

import attrs

from lkjcalc._frozen import FrozenMap
from lkjcalc._numeric import (
    Rounding,
    check_places,
    fraction_to_decimal,
    to_decimal,
    to_non_negative_count,
)
from lkjcalc._validators import check_enum, mapping_or_none
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.scales import IKM_2017, Scale
from lkjcalc.survey._elements import check_codes

__all__ = ["Combination", "IkmOptions", "Weighting"]


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


def _to_nrr_places(value: object) -> int | None:
    return None if value is None else check_places(value, "nrr_places")


def _to_weighted_places(value: object) -> int | None:
    return None if value is None else check_places(value, "weighted_places")


def _to_index_places(value: object) -> int | None:
    return None if value is None else check_places(value, "index_places")


def _to_fraction(value: object, name: str) -> Fraction:
    """An exact weight: a ``Fraction`` as it is (1/6 has no decimal), any other number exactly."""
    if isinstance(value, Fraction):
        return value
    return Fraction(to_decimal(value, name))


def _to_weights_option(value: object) -> Fraction | FrozenMap[str, Fraction] | None:
    """``None`` (exact 1/k), one printed weight in (0, 1], or weights per element summing to 1."""
    if value is None:
        return None
    given = mapping_or_none(value, "weights")
    if given is None:
        weight = _to_fraction(value, "weights")
        if not 0 < weight <= 1:
            raise InvalidInputError(
                field="weights", value=value, expected="a printed weight > 0 and <= 1"
            )
        return weight
    exact = {str(code): _to_fraction(share, f"weights[{code!r}]") for code, share in given.items()}
    for code, share in exact.items():
        if share <= 0:
            raise InvalidInputError(
                field=f"weights[{code!r}]", value=given[code], expected="a weight > 0"
            )
    total = sum(exact.values(), Fraction(0))
    if total != 1:
        raise InvalidInputError(
            field="weights",
            value=fraction_to_decimal(total),
            expected="weights summing to exactly 1 (for a printed uniform weight such as "
            "0.111, pass the number itself)",
        )
    return FrozenMap(exact.items())


def _check_code_tuple(codes: object) -> tuple[str, ...]:
    """The element codes of :meth:`IkmOptions.weights_for`: a non-empty tuple of distinct str."""
    expected = "a non-empty tuple of distinct element codes (str)"
    if not isinstance(codes, tuple) or not codes or not all(isinstance(c, str) for c in codes):
        raise InvalidTypeError(field="codes", value=codes, expected=expected)
    if len(set(codes)) != len(codes):
        raise InvalidInputError(field="codes", value=codes, expected=expected)
    return codes


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

    weights: Fraction | FrozenMap[str, Fraction] | None = attrs.field(
        default=None, converter=_to_weights_option, hash=False
    )
    nrr_places: int | None = attrs.field(default=None, converter=_to_nrr_places)
    weighted_places: int | None = attrs.field(default=None, converter=_to_weighted_places)
    index_places: int | None = attrs.field(default=None, converter=_to_index_places)
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
            InvalidInputError: per-element weights that miss or add an element; *codes* that are
                not a non-empty tuple of distinct codes.
        """
        codes = _check_code_tuple(codes)
        if self.weights is None:
            # PermenPANRB 14/2017: "bobot nilai rata-rata tertimbang = jumlah bobot / jumlah unsur".
            return dict.fromkeys(codes, Fraction(1, len(codes)))
        if isinstance(self.weights, Fraction):
            return dict.fromkeys(codes, self.weights)
        check_codes(self.weights, codes, what="weights")
        return {code: self.weights[code] for code in codes}

    def describe(self, count: int) -> str:
        """The options in one line, for a survey of *count* elements (:attr:`IkmResult.method`).

        Raises:
            InvalidInputError: a *count* that is not a whole number >= 1.
        """
        count = to_non_negative_count(count)  # its errors name "count"
        if count == 0:
            raise InvalidInputError(field="count", value=count, expected="a count >= 1")
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
