"""Scoring an AKIP evaluation: :func:`score_lke`, :class:`LkeResult`, :func:`propose_lke_grade`.

Sub-component score = grade value / 100 × weight, summed per component and in all, and the
predicate of the total on :data:`lkjcalc.scales.AKIP` (domain.md §10); the result's display as
the worksheet's score table.

Internal to :mod:`lkjcalc.evaluation` (the public names are re-exported there).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from lkjcalc._display import FigureText, figure, table
from lkjcalc._frozen import FrozenMap
from lkjcalc._numeric import (
    HUNDRED,
    Count,
    divide,
    multiply,
    plain_decimal,
    sum_decimals,
    to_non_negative_count,
)
from lkjcalc._validators import instance_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.evaluation._worksheet import LKE_2021, LkeGrade, Worksheet, to_grade
from lkjcalc.scales import AKIP, Band

# ----------------------------------------------------------------------------- scoring


def _to_grades(value: object) -> FrozenMap[str, LkeGrade]:
    """Sub-component code → :class:`LkeGrade`, from any mapping (a pandas Series too)."""
    items = getattr(value, "items", None)
    if isinstance(value, (str, bytes)) or not callable(items):
        raise InvalidTypeError(
            field="grades", value=value, expected="a mapping of sub-component code → grade"
        )
    grades: dict[str, LkeGrade] = {}
    for code, grade in items():
        if not isinstance(code, str):
            raise InvalidTypeError(
                field=f"grades[{code!r}]", value=code, expected="a sub-component code (str)"
            )
        grades[code] = to_grade(grade, f"grades[{code!r}]")
    return FrozenMap(grades.items())


def _check_grades(inst: LkeResult, attr: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    codes = inst.worksheet.codes
    listed = f"the sub-component codes of {inst.worksheet.name}: {', '.join(codes)}"
    for code in value:
        if code not in codes:
            raise InvalidInputError(field=f"grades[{code!r}]", value=code, expected=listed)
    missing = [code for code in codes if code not in value]
    if missing:
        raise InvalidInputError(
            f"grades: no grade for {', '.join(missing)}; every sub-component needs one "
            f"({', '.join(codes)})",
            field="grades",
            value=tuple(missing),
            expected=f"a grade for each of {listed}",
        )


@attrs.frozen(kw_only=True)
class LkeResult:
    """The scores of one evaluation on a worksheet, exact, with the predicate of the total.

    Built by :func:`score_lke`. Every figure is derived from :attr:`worksheet` and :attr:`grades`
    and is exact, never rounded; the mappings are immutable, compare equal to a ``dict`` with the
    same items, and pickle.

    Attributes:
        worksheet: the :class:`Worksheet` scored on.
        grades: sub-component code → :class:`LkeGrade`, as given.
        subcomponents: code → grade value / 100 × weight.
        components: component code → the sum of its sub-components.
        total: the sum of the components (0 … :attr:`maximum`).
        band: the predicate, the :data:`lkjcalc.scales.AKIP` band of the total.
        maximum: the worksheet's maximum (100): what the total is out of.
        weights, subcomponent_weights: component / sub-component code → weight, the maximum of
            each score (what a printed score is checked against).

    Examples:
        >>> result = score_lke(dict.fromkeys(LKE_2021.codes, "A"))
        >>> result
        <LkeResult LKE PermenPANRB 88/2021: total 90.00 (A Memuaskan); 1 27.00, 2 27.00, 3 13.50, 4 22.50>
    """  # noqa: E501

    worksheet: Worksheet = attrs.field(default=LKE_2021, validator=instance_validator(Worksheet))
    grades: Mapping[str, LkeGrade] = attrs.field(converter=_to_grades, validator=_check_grades)

    @property
    def subcomponents(self) -> Mapping[str, Decimal]:
        """Sub-component code → score: grade value / 100 × weight, exact."""
        values = self.worksheet.grade_values
        return FrozenMap(
            (
                sub.code,
                plain_decimal(divide(multiply(values[self.grades[sub.code]], sub.weight), HUNDRED)),
            )
            for sub in self.worksheet.subcomponents
        )

    @property
    def components(self) -> Mapping[str, Decimal]:
        """Component code → score: the sum of its sub-components' scores, exact."""
        scores = self.subcomponents
        return FrozenMap(
            (c.code, plain_decimal(sum_decimals([scores[s.code] for s in c.subcomponents])))
            for c in self.worksheet.components
        )

    @property
    def total(self) -> Decimal:
        """The total score: the sum of the components, exact."""
        return plain_decimal(sum_decimals(list(self.components.values())))

    @property
    def band(self) -> Band:
        """The predicate (*predikat*): the AKIP band of the total (exclusive lower bounds)."""
        return AKIP.classify(self.total)

    @property
    def maximum(self) -> Decimal:
        """The worksheet's maximum total (100 for :data:`LKE_2021`)."""
        return self.worksheet.maximum

    @property
    def weights(self) -> Mapping[str, Decimal]:
        """Component code → weight: the largest score each component can have."""
        return FrozenMap((c.code, c.weight) for c in self.worksheet.components)

    @property
    def subcomponent_weights(self) -> Mapping[str, Decimal]:
        """Sub-component code → weight: the largest score each sub-component can have."""
        return FrozenMap((s.code, s.weight) for s in self.worksheet.subcomponents)

    def __repr__(self) -> str:
        components = ", ".join(f"{code} {_fixed(v)}" for code, v in self.components.items())
        band = self.band
        return (
            f"<LkeResult {self.worksheet.name}: total {_fixed(self.total)} "
            f"({band.code} {band.label}); {components}>"
        )

    def _repr_html_(self) -> str:
        """The worksheet's score table for notebooks, in Indonesian."""
        return _result_html(self)


def score_lke(
    grades: Mapping[str, LkeGrade | str], *, worksheet: Worksheet = LKE_2021
) -> LkeResult:
    """The scores and predicate of an AKIP evaluation (*nilai* and *predikat* of the LKE).

    Args:
        grades: sub-component code → grade, one for every sub-component of *worksheet* (twelve,
            ``"1.a"`` … ``"4.c"``, for :data:`LKE_2021`); a grade is an :class:`LkeGrade` or its
            name in any case (``"BB"``, ``"bb"``). A pandas Series works as such a mapping.
        worksheet: the worksheet (default :data:`LKE_2021`, PermenPANRB 88/2021).

    Returns:
        An :class:`LkeResult`: the exact sub-component, component and total scores and the
        predicate on :data:`lkjcalc.scales.AKIP`.

    Raises:
        InvalidInputError: an unknown code or grade (the error names it and lists what is
            expected), or a sub-component without a grade.

    Notes:
        For each sub-component *s* of component *k*: ``score(s) = value(grade(s)) / 100 ×
        weight(s)``; ``score(k) = Σ score(s)``; ``total = Σ score(k)``; the predicate is the AKIP
        band of the total, whose lower bounds are exclusive ("> 90 – 100 AA"): exactly 90 is A.
        Nothing is rounded: with the 88/2021 weights every score is a multiple of 0,05.

    References:
        PermenPANRB 88/2021 on the evaluation of AKIP, annex (LKE); the Mahkamah Agung RI
        worksheet (SK Sekretaris MA 878/SEK/SK/VII/2022); domain.md §10.

    Examples:
        A published court worksheet (domain.md §10):

        >>> grades = {
        ...     "1.a": "A",
        ...     "1.b": "BB",
        ...     "1.c": "BB",
        ...     "2.a": "BB",
        ...     "2.b": "BB",
        ...     "2.c": "A",
        ...     "3.a": "BB",
        ...     "3.b": "A",
        ...     "3.c": "AA",
        ...     "4.a": "A",
        ...     "4.b": "A",
        ...     "4.c": "AA",
        ... }
        >>> result = score_lke(grades)
        >>> result.subcomponents["1.a"], result.components["1"], result.total
        (Decimal('5.4'), Decimal('24.6'), Decimal('87.80'))
        >>> result.band.code, result.band.label
        ('A', 'Memuaskan')
        >>> score_lke({**grades, "1.d": "A"})
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: grades['1.d']: got '1.d', expected the sub-component codes of LKE PermenPANRB 88/2021: 1.a, 1.b, ...
    """  # noqa: E501
    return LkeResult(worksheet=worksheet, grades=grades)


def propose_lke_grade(met: Count, total: Count) -> LkeGrade:
    """The grade the evaluator's guide proposes for a share of criteria met: B, CC, C, D or E.

    Args:
        met: criteria of the sub-component that are met, a whole number from 0 to *total*.
        total: criteria of the sub-component, a whole number > 0.

    Returns:
        B if more than 75 % up to 100 % are met; CC more than 50 % up to 75 %; C more than 25 %
        up to 50 %; D more than 0 % up to 25 %; E if none is. BB ("all met as national policy
        requires"), A and AA (sustained practice, innovation fit to be a model) need the
        evaluator's judgement and are never proposed: a proposal is a starting point, see
        :class:`LkeGrade`.

    Raises:
        InvalidInputError: a count that is not a whole number >= 0, or *met* above *total*.
        UndefinedResultError: *total* is 0 (a share of no criteria has no value).

    Notes:
        The bounds are compared exactly, without division: ``4 × met > 3 × total`` → B,
        ``2 × met > total`` → CC, ``4 × met > total`` → C, ``met > 0`` → D, else E.

    Examples:
        >>> propose_lke_grade(6, 8), propose_lke_grade(7, 8), propose_lke_grade(8, 8)
        (<LkeGrade.CC: 'cc'>, <LkeGrade.B: 'b'>, <LkeGrade.B: 'b'>)
        >>> propose_lke_grade(0, 7)
        <LkeGrade.E: 'e'>
    """
    part = to_non_negative_count(met, "met")
    whole = to_non_negative_count(total, "total")
    if part > whole:
        raise InvalidInputError(
            field="met", value=met, expected=f"at most the number of criteria ({whole})"
        )
    if whole == 0:
        raise UndefinedResultError(
            "the share of criteria met is undefined: there are no criteria",
            field="total",
            value=total,
        )
    if 4 * part > 3 * whole:  # > 75 % – 100 %
        return LkeGrade.B
    if 2 * part > whole:  # > 50 % – 75 %
        return LkeGrade.CC
    if 4 * part > whole:  # > 25 % – 50 %
        return LkeGrade.C
    if part > 0:  # > 0 % – 25 %
        return LkeGrade.D
    return LkeGrade.E


# ----------------------------------------------------------------------------- display


def _fixed(value: Decimal) -> str:
    """An exact figure with at least two decimals (never rounded: 87.8 → 87.80, 4.125 stays)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:  # noqa: PLR2004 - two decimals
        value = value.quantize(Decimal("0.01"))
    return str(value)


def _score(value: Decimal) -> FigureText:
    """A score for a table: Indonesian notation, exact, at least two decimals (87,80)."""
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) else 0
    return figure(value, max(2, decimals))


def _result_html(result: LkeResult) -> str:
    """The score table: each sub-component, each component's sum, and the total with its band."""
    subs, comps = result.subcomponents, result.components
    rows: list[tuple[object, ...]] = []
    for component in result.worksheet.components:
        label = f"{component.code} {component.name}"
        rows.extend(
            (
                label,
                f"{sub.code} {sub.name}",
                figure(sub.weight),
                _score(subs[sub.code]),
                result.grades[sub.code].name,
            )
            for sub in component.subcomponents
        )
        rows.append((label, "Jumlah", figure(component.weight), _score(comps[component.code]), ""))
    band = result.band
    return table(
        caption=f"LKE: {result.worksheet.name}",
        columns=("Komponen", "Sub-komponen", "Bobot", "Nilai", "Predikat"),
        rows=rows,
        footer=[
            (
                "Nilai akhir",
                (figure(result.maximum), _score(result.total), f"{band.code} ({band.label})"),
            )
        ],
    )
