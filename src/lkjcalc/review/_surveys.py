"""Checks of a satisfaction survey's table: :func:`check_weights`, :func:`check_ikm`.

Rounded weights that must sum to 1, and a printed survey table (:class:`PrintedSurvey`: NRR per
element, weighted NRR, index, IKM and grade) recomputed from its own columns (domain.md §4, §7),
along the path of ``_checks``.

Internal to :mod:`lkjcalc.review` (the public names are re-exported there).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from lkjcalc._numeric import ONE, ZERO, Number, multiply, sum_decimals
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.review._achievements import band_findings, check_band
from lkjcalc.review._checks import Printed, check_where, compare, figure_list, read_input
from lkjcalc.review._findings import Finding, FindingKind, Language, recomputed, show
from lkjcalc.review._interval import Interval
from lkjcalc.review._published import (
    Notation,
    PrintedSurvey,
    Published,
    check_notation,
    read_figure,
)
from lkjcalc.survey import ikm_from_nrr, index_to_ikm

__all__ = ["check_ikm", "check_weights"]

_NRR_SCALE = Interval(ONE, Decimal(4))  # the perception scale 1–4, PermenPANRB 14/2017


# --------------------------------------------------------------------------------- surveys


def check_weights(
    weights: Mapping[str, Number | Printed] | Iterable[Number | Printed],
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check that survey weights (*bobot*) sum to exactly 1 (PermenPANRB 14/2017).

    Reports print rounded weights (0,111 for 9 elements); they then sum to 0,999, and an IKM
    computed with them is not the regulation's. Printed weights are taken at face value (they are
    the constants the table used). A finding names the sum.

    Examples:
        >>> print(check_weights(["0,111"] * 9, where="Tabel SKM")[0].text())
        jumlah bobot 0,999, seharusnya 1
        >>> check_weights(["0,25"] * 4), check_weights([0.5, "0.5"], notation="plain")
        ([], [])
    """
    notation = check_notation(notation)
    where = check_where(where)
    values = weights.values() if isinstance(weights, Mapping) else weights
    items = figure_list(values, "weights", "weights per element")
    # Printed weights at face value: the constants the table used.
    numbers = [read_input(w, f"weights[{i}]", notation, "exact").value for i, w in enumerate(items)]
    total = sum_decimals(numbers)
    if total == 1:
        return []
    return [
        Finding(
            kind=FindingKind.WEIGHTS,
            where=where,
            expected=total,
            message=f"the weights sum to {show(total, 'en')}, not 1",
            indonesian=f"jumlah bobot {show(total, 'id')}, seharusnya 1",
        )
    ]


def _survey(value: object, notation: Notation) -> PrintedSurvey:
    if isinstance(value, PrintedSurvey):
        return value
    if not isinstance(value, Mapping):
        raise InvalidTypeError(
            field="published", value=value, expected="a PrintedSurvey, or a mapping of its fields"
        )

    def read(item: object, name: str) -> object:
        if isinstance(item, Mapping):
            return {code: read_figure(f, f"{name}[{code!r}]", notation) for code, f in item.items()}
        return item if item is None else read_figure(item, name, notation)

    known = tuple(attrs.fields_dict(PrintedSurvey))
    for name in value:
        if name not in known:
            raise InvalidInputError(
                field="published", value=name, expected=f"the fields of PrintedSurvey: {known}"
            )
    fields = {
        name: read(item, name)
        if name in {"index", "ikm", "nrr", "weights", "weighted_nrr"}
        else item
        for name, item in value.items()
    }
    fields.setdefault("where", "SKM")
    return PrintedSurvey(**fields)  # type: ignore[arg-type]


def check_ikm(
    published: PrintedSurvey | Mapping[str, object],
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed survey table (*hasil SKM*): its NRR, weights, weighted NRR, index, IKM, grade.

    Each printed figure is recomputed from the printed figures it comes from (PermenPANRB
    14/2017): NRR within the scale 1–4; weights summing to 1 (:func:`check_weights`); weighted
    NRR = NRR × weight; index = Σ weighted NRR (or Σ NRR × weight, or the mean of the NRR with
    exact weights 1/k, by :func:`lkjcalc.ikm_from_nrr`); IKM = index × 25
    (:func:`lkjcalc.index_to_ikm`); the grade on its scale, from the IKM, or from 25 × the index
    when no IKM is printed. NRR, weighted NRR, index and IKM are computed figures, each standing
    for the values that print to it; printed weights are taken at face value.

    Args:
        published: a :class:`PrintedSurvey`, or a mapping of its fields (``{"index": "3,53",
            "ikm": "88,31", ...}``) whose texts are read in *notation*.
        where: where the table is printed (default: the survey's own ``where``).
        notation: the notation of the texts of a mapping.

    Returns:
        Every finding, in that order: ``OUT_OF_RANGE`` for an NRR or an index outside 1–4,
        ``WEIGHTS``, ``VALUE`` for a weighted NRR, ``TOTAL`` for the index, ``VALUE`` for the
        IKM, ``BAND`` for the grade.

    Examples:
        An index printed "3,53" may be 3,5324, and 3,5324 × 25 = 88,31: a printed IKM "88,31"
        agrees, and so does its grade A:

        >>> check_ikm({"index": "3,53", "ikm": "88,31", "grade": "A", "where": "Tabel SKM"})
        []
        >>> [f.text() for f in check_ikm({"index": "3,53", "ikm": "89,00", "where": "Tabel SKM"})]
        ['IKM tercantum 89,00, seharusnya 88,25 (indeks 3,53 × 25); angka yang tercantum pada masukannya memungkinkan 88,125 s.d. 88,5']
    """  # noqa: E501
    notation = check_notation(notation)
    survey = _survey(published, notation)
    place = check_where(where) or survey.where
    found: list[Finding] = []
    nrr = _nrr_values(survey, place, found)
    weights = _weight_values(survey)
    if weights is not None:
        found += check_weights(weights, where=place)
    found += _weighted_findings(survey, nrr, weights, place)
    index = None
    if survey.index is not None:
        found += _index_findings(survey, survey.index, nrr, weights, place)
        index = survey.index.interval.clip(_NRR_SCALE)
        if index is None:
            found.append(_out_of_range(place, survey.index, "index", "indeks"))
    if index is not None and survey.index is not None and survey.ikm is not None:
        ikm = index.map(index_to_ikm)
        how: dict[Language, str] = {
            "en": f"index {survey.index.text} × 25",
            "id": f"indeks {survey.index.text} × 25",
        }
        found += compare(
            FindingKind.VALUE,
            place,
            survey.ikm,
            role="computed",
            found=ikm,
            expected=index_to_ikm(_clamp(survey.index.value)),
            how=how,
            what={"en": "IKM", "id": "IKM"},
        )
    if survey.grade is not None:
        found += _grade_findings(survey, survey.grade, index, place)
    return found


def _clamp(value: Decimal) -> Decimal:
    return min(max(value, ONE), Decimal(4))


def _out_of_range(where: str, figure: Published, en: str, indonesian: str) -> Finding:
    return Finding(
        kind=FindingKind.OUT_OF_RANGE,
        where=where,
        published=figure,
        message=f"{en} {figure.text} lies outside the scale 1–4",
        indonesian=f"{indonesian} {figure.text} di luar skala 1–4",
    )


def _nrr_values(
    survey: PrintedSurvey, place: str, found: list[Finding]
) -> dict[str, Interval] | None:
    """Each printed NRR's values within 1–4; an NRR with none is a finding (and is left out)."""
    if survey.nrr is None:
        return None
    values: dict[str, Interval] = {}
    for code, figure in survey.nrr.items():
        clipped = figure.interval.clip(_NRR_SCALE)
        if clipped is None:
            found.append(_out_of_range(f"{place}, {code}", figure, "NRR", "NRR"))
        else:
            values[code] = clipped
    return values


def _weight_values(survey: PrintedSurvey) -> dict[str, Published] | None:
    if survey.weights is None:
        return None
    if isinstance(survey.weights, Published):
        if survey.nrr is None:
            return None
        return dict.fromkeys(survey.nrr, survey.weights)
    return dict(survey.weights)


def _weighted_findings(
    survey: PrintedSurvey,
    nrr: dict[str, Interval] | None,
    weights: dict[str, Published] | None,
    place: str,
) -> list[Finding]:
    if nrr is None or weights is None or survey.weighted_nrr is None or survey.nrr is None:
        return []
    found: list[Finding] = []
    for code, figure in survey.weighted_nrr.items():
        if code not in nrr or code not in weights:
            continue
        weight = weights[code].value
        printed_nrr = survey.nrr[code]
        how: dict[Language, str] = {
            "en": f"NRR {printed_nrr.text} × weight {weights[code].text}",
            "id": f"NRR {printed_nrr.text} × bobot {weights[code].text}",
        }
        found += compare(
            FindingKind.VALUE,
            f"{place}, {code}",
            figure,
            role="computed",
            found=nrr[code].scale(weight),
            expected=multiply(_clamp(printed_nrr.value), weight),
            how=how,
            what={"en": "weighted NRR", "id": "NRR tertimbang"},
        )
    return found


def _index_findings(
    survey: PrintedSurvey,
    index: Published,
    nrr: dict[str, Interval] | None,
    weights: dict[str, Published] | None,
    place: str,
) -> list[Finding]:
    how: dict[Language, str]
    if survey.weighted_nrr is not None:
        parts = [figure.interval for figure in survey.weighted_nrr.values()]
        total = Interval.point(ZERO)
        for part in parts:
            total += part
        expected = sum_decimals([figure.value for figure in survey.weighted_nrr.values()])
        how = {
            "en": f"sum of {len(parts)} weighted NRR",
            "id": f"jumlah {len(parts)} NRR tertimbang",
        }
        where = f"{place}, indeks (Σ NRR tertimbang)"
        return compare(
            FindingKind.TOTAL,
            where,
            index,
            role="computed",
            found=total,
            expected=expected,
            how=how,
        )
    if not nrr or survey.nrr is None or len(nrr) < len(survey.nrr):
        return []
    printed = {code: _clamp(survey.nrr[code].value) for code in nrr}
    lows = {code: values.lower for code, values in nrr.items()}
    highs = {code: values.upper for code, values in nrr.items()}
    if weights is None:
        # Exact weights 1/k, by the survey's own formula.
        def formula(values: dict[str, Decimal]) -> Decimal:
            return ikm_from_nrr(values).index

        where = f"{place}, indeks (rata-rata NRR, bobot 1/k)"
        how = {
            "en": f"mean of {len(nrr)} NRR",
            "id": f"rata-rata {len(nrr)} NRR",
        }
    else:
        # Printed weights at face value; an element without a printed weight weighs nothing.
        def formula(values: dict[str, Decimal]) -> Decimal:
            return sum_decimals(
                [multiply(v, weights[c].value) for c, v in values.items() if c in weights]
            )

        where = f"{place}, indeks (Σ NRR × bobot)"
        how = {"en": f"sum of {len(nrr)} NRR × weight", "id": f"jumlah {len(nrr)} NRR × bobot"}
    total = Interval(
        formula(lows),
        formula(highs),
        lower_closed=all(values.lower_closed for values in nrr.values()),
        upper_closed=all(values.upper_closed for values in nrr.values()),
    )
    return compare(
        FindingKind.TOTAL,
        where,
        index,
        role="computed",
        found=total,
        expected=formula(printed),
        how=how,
    )


def _grade_findings(
    survey: PrintedSurvey, grade: str, index: Interval | None, place: str
) -> list[Finding]:
    if survey.ikm is not None:
        return check_band(survey.ikm, grade, survey.scale, where=place)
    if index is None or survey.index is None:
        return []
    # A grade printed with an index but no IKM: graded on 25 × the index's values.
    ikm = index.map(index_to_ikm)
    expected = index_to_ikm(_clamp(survey.index.value))
    shown: dict[Language, str] = {
        "en": f"25 × index {survey.index.text} = {recomputed(expected, survey.index, 'en')}",
        "id": f"25 × indeks {survey.index.text} = {recomputed(expected, survey.index, 'id')}",
    }
    return band_findings(ikm, shown, None, grade, survey.scale, where=place, expected=expected)


# check_sample(respondents, population, ...) — respondents against the minimum sample size of
# domain.md §4.5 — belongs beside check_ikm; it comes with the sample-size methods.
