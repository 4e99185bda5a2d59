"""One IKM for many units: combine_ikm and the four named combinations (#13)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    ELEMENTS_2017,
    Combination,
    Element,
    IkmOptions,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Survey,
    UndefinedResultError,
    combine_ikm,
    ikm,
    round_half_up,
)
from lkjcalc._numeric import fraction_to_decimal
from lkjcalc.scales import IKM_2004, IKM_2017
from lkjcalc.survey._index import index_of
from messages import check_message

CODES = [e.code for e in ELEMENTS_2017]
AB = (Element(code="A"), Element(code="B"))

# The example of the docs: a puskesmas whose U4 was answered by 40 of 100, and a kecamatan.
PUSKESMAS = Survey.from_totals(
    {c: (160, 40) if c == "U4" else (360, 100) for c in CODES}, respondents=100
)
KECAMATAN = Survey.from_totals(dict.fromkeys(CODES, (56, 20)))
UNITS = {"puskesmas": PUSKESMAS, "kecamatan": KECAMATAN}
POPULATIONS = {"puskesmas": 1000, "kecamatan": 4000}


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        # pooled: U4 (160 + 56) / 60 = 3.6, others 416 / 120; index 3.48148…
        (Combination.POOLED, "87.04"),
        # unit mean of 91.11… and 70
        (Combination.UNIT_MEAN, "80.56"),
        # (100 × 91.11… + 20 × 70) / 120
        (Combination.RESPONDENT_WEIGHTED, "87.59"),
        # (1000 × 91.11… + 4000 × 70) / 5000
        (Combination.POPULATION_WEIGHTED, "74.22"),
    ],
)
def test_the_four_methods_on_the_docs_example(method: Combination, expected: str) -> None:
    populations = POPULATIONS if method is Combination.POPULATION_WEIGHTED else None
    result = combine_ikm(UNITS, method=method, populations=populations)
    assert round_half_up(result.ikm, 2) == Decimal(expected)
    assert result.respondents == 120
    assert result.answered is not None
    assert result.answered["U4"] == 60
    assert result.options.combination is method
    assert result.method.startswith(method.value.replace("_", " ").split(" ")[0])


def test_the_unit_figures_behind_the_example() -> None:
    assert round_half_up(ikm(PUSKESMAS).ikm, 2) == Decimal("91.11")
    assert ikm(KECAMATAN).ikm == Decimal(70)


def test_methods_accept_their_value_strings_case_insensitively() -> None:
    assert combine_ikm(UNITS, method="UNIT_MEAN") == combine_ikm(
        UNITS, method=Combination.UNIT_MEAN
    )
    assert combine_ikm(UNITS, method=" respondent_weighted").options.combination is (
        Combination.RESPONDENT_WEIGHTED
    )
    with pytest.raises(InvalidTypeError, match="method"):
        combine_ikm(UNITS, method="median")


def test_the_method_text_names_the_combination_first() -> None:
    assert combine_ikm(UNITS).method == (
        "pooled: the units' respondents as one survey; exact weights 1/9 (sum 1); "
        "no intermediate rounding; IKM = index × 25; graded on IKM quality, PermenPANRB 14/2017"
    )
    assert (
        IkmOptions(combination="population_weighted")
        .describe(2)
        .startswith("population-weighted mean of the units' NRR; ")
    )
    assert IkmOptions().combination is None


def test_reproduction_options_round_the_combined_nrr() -> None:
    result = combine_ikm(UNITS, method="unit_mean", nrr_places=2)
    # U1: (3.6 + 2.8) / 2 = 3.2; U4: (4 + 2.8) / 2 = 3.4 — the units' NRR are not rounded first
    assert result.nrr["U1"] == Decimal("3.20")
    assert result.nrr["U4"] == Decimal("3.40")
    thirds = {
        "a": Survey.from_totals({"A": (10, 3), "B": (3, 1)}, elements=AB),
        "b": Survey.from_totals({"A": (11, 3), "B": (3, 1)}, elements=AB),
    }
    # units' NRR 3.333… and 3.666…: rounded first they would give 3.335, the combined 3.50
    assert combine_ikm(thirds, method="unit_mean", nrr_places=2).nrr["A"] == Decimal("3.50")
    printed = combine_ikm(thirds, weights="0.5", weighted_places=2, index_places=2)
    assert printed.weighted_nrr["A"] == Decimal("1.75")
    assert printed.ikm == Decimal("81.25")
    # The grade is read on the scale asked for (B on both, whose bands differ in bounds).
    on_2004 = combine_ikm(thirds, scale=IKM_2004)
    assert on_2004.options.scale is IKM_2004
    assert on_2004.band == IKM_2004.classify(on_2004.ikm)
    assert on_2004.band != IKM_2017.classify(on_2004.ikm)


def test_a_unit_without_an_answer_makes_the_unit_methods_undefined() -> None:
    silent = Survey.from_totals(
        {c: (0, 0) if c in {"U2", "U3"} else (30, 10) for c in CODES}, respondents=10
    )
    empty = Survey.empty()
    units = {"puskesmas": PUSKESMAS, "kantor desa": silent, "pustu": empty}
    for method in ("unit_mean", "respondent_weighted"):
        with pytest.raises(UndefinedResultError) as info:
            combine_ikm(units, method=method)
        assert str(info.value) == (
            "the NRR of 2 units is undefined, nobody answered an element there: "
            "'kantor desa' (U2, U3); 'pustu' (U1, U2, U3, U4, U5, U6, U7, U8, U9); a unit-based "
            "combination needs every unit's NRR; use method='pooled', or leave those units out"
        )
    with pytest.raises(UndefinedResultError, match="of 1 unit is undefined"):
        combine_ikm(
            {"a": PUSKESMAS, "b": silent},
            method="population_weighted",
            populations={"a": 1, "b": 1},
        )
    pooled = combine_ikm(units)
    assert pooled.answered is not None
    assert pooled.answered["U2"] == 100


def test_pooled_needs_some_answer_to_every_element() -> None:
    with pytest.raises(UndefinedResultError) as info:
        combine_ikm({"a": Survey.empty(), "b": Survey.empty()})
    assert str(info.value) == (
        "the pooled NRR of U1 is undefined: no unit's respondent answered it; "
        "an IKM needs at least one answer to every element"
    )


_UNIT_N = "a mapping of unit → population N, for every unit"
_WEIGHTED = {"method": "population_weighted"}


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"surveys": "abc"},
            InvalidTypeError,
            "surveys: got 'abc', expected a mapping of unit → Survey (surveys_by)",
        ),
        (
            {"surveys": [PUSKESMAS]},
            InvalidTypeError,
            (
                "surveys: got [<Survey: 100 respondents, 9 elements (U1 … U9), 60 blanks "
                "(U4 60)>], expected a mapping of unit → Survey (surveys_by)"
            ),
        ),
        ({"surveys": {}}, InvalidInputError, "surveys: got {}, expected at least one survey"),
        (
            {"surveys": {"a": PUSKESMAS, "b": 3}},
            InvalidTypeError,
            "surveys['b']: got 3, expected a Survey",
        ),
        (
            {"surveys": {"a": PUSKESMAS, "b": Survey.empty(AB)}},
            InvalidInputError,
            (
                "surveys['b']: got ('A', 'B'), expected a survey of the same elements as the first "
                "(U1, U2, U3, U4, U5, U6, U7, U8, U9)"
            ),
        ),
        (
            {"populations": POPULATIONS},
            InvalidInputError,
            (
                "populations: got {'puskesmas': 1000, 'kecamatan': 4000}, expected None "
                "(populations weigh only method=Combination.POPULATION_WEIGHTED)"
            ),
        ),
        (_WEIGHTED, InvalidTypeError, f"populations: got None, expected {_UNIT_N}"),
        (
            {**_WEIGHTED, "populations": "x"},
            InvalidTypeError,
            f"populations: got 'x', expected {_UNIT_N}",
        ),
        (
            {**_WEIGHTED, "populations": {"puskesmas": 10}},
            InvalidInputError,
            "populations: got 'kecamatan', expected a population for every unit",
        ),
        (
            {**_WEIGHTED, "populations": {**POPULATIONS, "pustu": 5}},
            InvalidInputError,
            "populations: got 'pustu', expected the units of surveys only",
        ),
        (
            {**_WEIGHTED, "populations": {**POPULATIONS, "kecamatan": 0}},
            InvalidInputError,
            "populations['kecamatan']: got 0, expected a population >= 1",
        ),
        (
            {**_WEIGHTED, "populations": {**POPULATIONS, "kecamatan": 2.5}},
            InvalidInputError,
            "populations['kecamatan']: got 2.5, expected a whole number",
        ),
        (
            {"weights": "2"},
            InvalidInputError,
            "weights: got '2', expected a printed weight > 0 and <= 1",
        ),
    ],
)
def test_bad_arguments_are_named(kwargs: dict, error: type[LkjcalcError], message: str) -> None:
    arguments = {"surveys": UNITS, **kwargs}
    check_message(lambda: combine_ikm(**arguments), error, message)


# ----------------------------------------------------------------------------- laws


@st.composite
def _units(draw: st.DrawFn, *, blanks: bool) -> dict[str, Survey]:
    """Up to four units of two elements, each element answered at least once in every unit."""
    units = {}
    for name in draw(st.lists(st.sampled_from("pqrstu"), min_size=1, max_size=4, unique=True)):
        size = draw(st.integers(1, 8))
        answer = st.one_of(st.none(), st.integers(1, 4)) if blanks else st.integers(1, 4)
        columns = {}
        for code in ("A", "B"):
            column = draw(st.lists(answer, min_size=size, max_size=size))
            column[draw(st.integers(0, size - 1))] = draw(st.integers(1, 4))
            columns[code] = column
        units[name] = Survey.from_columns(columns, elements=AB)
    return units


@given(_units(blanks=False))
def test_without_blanks_respondent_weighted_equals_pooled(units: dict[str, Survey]) -> None:
    assert combine_ikm(units, method="respondent_weighted").ikm == combine_ikm(units).ikm


@given(_units(blanks=True))
def test_pooled_is_the_ikm_of_the_sum_of_the_surveys(units: dict[str, Survey]) -> None:
    pooled = combine_ikm(units)
    total = ikm(sum(units.values(), Survey.empty(AB)))
    assert (pooled.nrr, pooled.index, pooled.ikm, pooled.respondents) == (
        total.nrr,
        total.index,
        total.ikm,
        total.respondents,
    )


@given(_units(blanks=True), st.lists(st.integers(1, 10**6), min_size=6, max_size=6))
def test_the_unit_methods_are_weighted_means_of_the_units(
    units: dict[str, Survey], sizes: list[int]
) -> None:
    own = {name: ikm(survey) for name, survey in units.items()}
    populations = dict(zip(units, sizes, strict=False))
    low = min(r.ikm for r in own.values())
    high = max(r.ikm for r in own.values())
    for method in ("unit_mean", "respondent_weighted", "population_weighted"):
        chosen = populations if method == "population_weighted" else None
        combined = combine_ikm(units, method=method, populations=chosen)
        assert low <= combined.ikm <= high
    mean = sum((Fraction(r.ikm) for r in own.values()), Fraction(0)) / len(own)
    assert abs(Fraction(combine_ikm(units, method="unit_mean").ikm) - mean) < Fraction(1, 10**30)


@given(_units(blanks=True))
def test_one_unit_combines_to_itself(units: dict[str, Survey]) -> None:
    name, survey = next(iter(units.items()))
    alone = {name: survey}
    own = ikm(survey)
    for method in Combination:
        chosen = {name: 7} if method is Combination.POPULATION_WEIGHTED else None
        assert combine_ikm(alone, method=method, populations=chosen).ikm == own.ikm


# ----------------------------------------------------------------------------- the exact index


@given(
    st.lists(st.tuples(st.integers(1, 400), st.integers(1, 100)), min_size=1, max_size=14),
    st.sampled_from([None, "0.111", {"skip": True}]),
)
def test_the_integer_index_equals_the_rational_one(
    pairs: list[tuple[int, int]], weights: object
) -> None:
    elements = tuple(Element(code=f"E{i}") for i in range(len(pairs)))
    nrr = {
        e.code: Fraction(min(max(s, n), 4 * n), n)
        for e, (s, n) in zip(elements, pairs, strict=True)
    }
    if isinstance(weights, dict):
        shares = [Fraction(i + 1) for i in range(len(pairs))]
        weights = {e.code: w / sum(shares) for e, w in zip(elements, shares, strict=True)}
    options = IkmOptions(weights=weights)
    result = index_of(elements, nrr, options, respondents=None, answered=None)
    weight = options.weights_for(tuple(nrr))
    index = sum((q * weight[c] for c, q in nrr.items()), Fraction(0))
    assert result.index == fraction_to_decimal(index)
    assert result.ikm == fraction_to_decimal(index * 25)
    assert dict(result.nrr) == {c: fraction_to_decimal(q) for c, q in nrr.items()}
    assert dict(result.weighted_nrr) == {
        c: fraction_to_decimal(q * weight[c]) for c, q in nrr.items()
    }
    assert str(result.ikm) == str(fraction_to_decimal(index * 25))
