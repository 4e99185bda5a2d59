"""How sure is an IKM: standard errors, intervals, comparisons (issue 14, domain.md §4.8).

The oracles: with no blanks the interval is the classic one-sample t-interval of the respondents'
own weighted mean scores × 25 (``statistics`` in exact fractions, ``scipy.stats.t``); with blanks
the pairwise covariances are those of ``pandas.DataFrame.cov``; comparisons agree with scipy's
Welch test.
"""

from __future__ import annotations

import itertools
import math
import pickle
import statistics
from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction

import attrs
import numpy as np
import pandas as pd
import pytest
import scipy.stats
from hypothesis import assume, given
from hypothesis import strategies as st

from lkjcalc import (
    ELEMENTS_2017,
    Element,
    IkmComparison,
    IkmInterval,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Survey,
    UndefinedResultError,
    compare_ikm,
    ikm,
    ikm_interval,
    round_half_up,
)
from lkjcalc.strategies import survey_rows
from lkjcalc.survey import _interval
from messages import check_message

ABC = (Element(code="A"), Element(code="B"), Element(code="C"))
CODES = [e.code for e in ABC]
ONE = ELEMENTS_2017[:1]
CUSTOM = {"A": Fraction(1, 2), "B": Fraction(1, 3), "C": Fraction(1, 6)}

Rows = list[tuple[int | None, ...]]

#: Element U1 of the GASPUL worked example (Survey.from_totals docstring): 29 questionnaires,
#: score sum 105 = 11 × 3 + 18 × 4 (ElementTally docstring: counts (0, 0, 11, 18)).
GASPUL_U1 = [(3,)] * 11 + [(4,)] * 18


def joint(rows: Rows, elements: tuple[Element, ...] = ABC) -> Survey:
    return Survey.from_responses(rows, elements=elements, joint=True)


def close(a: Decimal | float, b: float, tolerance: float = 1e-9) -> bool:
    return math.isclose(float(a), b, rel_tol=tolerance, abs_tol=tolerance)


def respondent_means(rows: Rows, weights: dict[str, Fraction] | None = None) -> list[Fraction]:
    """Each complete respondent's own weighted mean score (the classic interval's data)."""
    w = weights or dict.fromkeys(CODES, Fraction(1, 3))
    return [sum((w[c] * x for c, x in zip(CODES, row, strict=True)), Fraction(0)) for row in rows]


def complete_rows(min_size: int = 2) -> st.SearchStrategy[Rows]:
    return survey_rows(ABC, min_size=min_size, max_size=25, blanks=False)


# ----------------------------------------------------------------------------- published example


def test_the_issue_example_spans_the_a_b_bound() -> None:
    # Issue 14: "A 29-respondent element in a published SKM has an NRR of 3,62 whose 95 % interval
    # spans 85,8–95,2 on the IKM scale, across the A/B bound" (GASPUL U1: 11 × 3 and 18 × 4).
    interval = ikm_interval(joint(GASPUL_U1, ONE))
    assert round_half_up(interval.ikm / 25, 2) == Decimal("3.62")
    assert round_half_up(interval.lower, 1) == Decimal("85.8")
    assert round_half_up(interval.upper, 1) == Decimal("95.2")
    assert interval.lower < Decimal("88.31") < interval.upper
    assert interval.degrees_of_freedom == 28
    assert interval.respondents == 29
    assert interval.population is None
    # scipy's t-interval of the 29 scores × 25.
    scores = [25 * row[0] for row in GASPUL_U1]
    low, high = scipy.stats.t.interval(0.95, 28, loc=np.mean(scores), scale=scipy.stats.sem(scores))
    assert close(interval.lower, low)
    assert close(interval.upper, high)
    assert close(interval.standard_error, scipy.stats.sem(scores))


def test_the_example_with_a_population() -> None:
    interval = ikm_interval(joint(GASPUL_U1, ONE), population=40)
    scores = [25 * row[0] for row in GASPUL_U1]
    error = scipy.stats.sem(scores) * math.sqrt(1 - 29 / 40)
    assert close(interval.standard_error, error)
    assert close(interval.upper - interval.ikm, scipy.stats.t.ppf(0.975, 28) * error)
    assert interval.population == 40
    assert str(interval) == "90,52 ± 2,46 (95%)"


def test_nine_elements_against_scipy() -> None:
    rng = np.random.default_rng(1404)
    values = rng.integers(2, 5, size=(40, 9))
    frame = pd.DataFrame(values, columns=[e.code for e in ELEMENTS_2017])
    interval = ikm_interval(Survey.from_columns(frame, joint=True), confidence=0.9)
    means = values.mean(axis=1) * 25
    low, high = scipy.stats.t.interval(0.9, 39, loc=means.mean(), scale=scipy.stats.sem(means))
    assert close(interval.lower, low)
    assert close(interval.upper, high)
    assert interval.ikm == ikm(Survey.from_columns(frame)).ikm


# ----------------------------------------------------------------------------- laws


@given(complete_rows(), st.sampled_from([None, CUSTOM]))
def test_without_blanks_it_is_the_one_sample_t_interval(
    rows: Rows, weights: dict[str, Fraction] | None
) -> None:
    survey = joint(rows)
    means = respondent_means(rows, weights)
    n = len(rows)
    # Exactly: SE(IKM)² = 25² · s²(means) / n, with the sample variance in fractions.
    estimate = _interval._estimate(
        survey, weights or dict.fromkeys(CODES, Fraction(1, 3)), None, "the IKM"
    )
    assert estimate.variance == 625 * statistics.variance(means) / n
    assert estimate.ikm == 25 * statistics.mean(means)
    assert estimate.respondents == n
    interval = ikm_interval(survey, weights=weights)
    assert interval.ikm == ikm(survey, weights=weights).ikm
    centre = float(25 * statistics.mean(means))
    error = float(25 * math.sqrt(statistics.variance(means) / n))
    half = scipy.stats.t.ppf(0.975, n - 1) * error
    assert close(interval.standard_error, error)
    assert close(interval.lower, centre - half)
    assert close(interval.upper, centre + half)


@given(survey_rows(ABC, min_size=2, max_size=25))
def test_pairwise_covariances_are_those_of_pandas(rows: Rows) -> None:
    survey = joint(rows)
    frame = pd.DataFrame(rows, columns=CODES, dtype=float)
    answered = frame.notna().sum()
    assume(all(answered >= 2))
    both = frame.notna().astype(int).T @ frame.notna().astype(int)  # n_jl
    cov = frame.cov(min_periods=2).fillna(0.0)  # s_jl around the co-answered rows' means
    expected = sum(
        (1 / 9) * both.loc[j, m] * cov.loc[j, m] / (answered[j] * answered[m])
        for j in CODES
        for m in CODES
    )
    assert survey.pair_counts is not None
    variance = _interval.index_variance([Fraction(1, 3)] * 3, survey.tallies, survey.pair_counts)
    assert math.isclose(float(variance), expected, rel_tol=1e-9, abs_tol=1e-12)


@given(survey_rows(ABC, max_size=12), st.lists(st.integers(0, 12), max_size=3))
def test_shards_merge_to_the_same_interval(rows: Rows, cuts: list[int]) -> None:
    bounds = sorted({0, len(rows), *(min(cut, len(rows)) for cut in cuts)})
    shards = [joint(rows[a:b]) for a, b in itertools.pairwise(bounds)] or [joint([])]
    merged = sum(shards[1:], shards[0])
    assert merged == joint(rows)
    try:
        expected = ikm_interval(joint(rows))
    except UndefinedResultError as error:
        with pytest.raises(UndefinedResultError, match=str(error).split(":", 1)[0]):
            ikm_interval(merged)
    else:
        assert ikm_interval(merged) == expected


@given(complete_rows())
def test_the_same_sample_twice_gives_a_narrower_interval(rows: Rows) -> None:
    once, twice = ikm_interval(joint(rows)), ikm_interval(joint(rows + rows))
    assert twice.ikm == once.ikm
    if once.standard_error:
        assert twice.margin < once.margin
        assert twice.standard_error < once.standard_error
    else:
        assert twice.margin == once.margin == 0


@given(complete_rows(), st.integers(min_value=0, max_value=10**6))
def test_a_finite_population_narrows_the_interval(rows: Rows, extra: int) -> None:
    survey = joint(rows)
    plain = ikm_interval(survey)
    corrected = ikm_interval(survey, population=len(rows) + extra)
    assert corrected.ikm == plain.ikm
    assert corrected.margin <= plain.margin
    if plain.standard_error:
        assert corrected.margin < plain.margin
    # A census has no sampling error.
    census = ikm_interval(survey, population=len(rows))
    assert census.standard_error == 0
    assert census.lower == census.upper == census.ikm


@given(complete_rows(), st.sampled_from(["0.8", "0.9", "0.95", "0.99"]))
def test_more_confidence_gives_a_wider_interval(rows: Rows, level: str) -> None:
    survey = joint(rows)
    narrow, wide = ikm_interval(survey, confidence=level), ikm_interval(survey, confidence="0.995")
    assert narrow.lower >= wide.lower
    assert narrow.upper <= wide.upper
    assert narrow.lower <= narrow.ikm <= narrow.upper


@given(complete_rows(), complete_rows())
def test_comparisons_are_antisymmetric_and_agree_with_welch(first: Rows, second: Rows) -> None:
    a, b = joint(first), joint(second)
    forward, backward = compare_ikm(a, b), compare_ikm(b, a)
    assert forward.difference == backward.difference.copy_negate()
    assert forward.standard_error == backward.standard_error
    assert forward.degrees_of_freedom == backward.degrees_of_freedom
    assert forward.significant == backward.significant
    assert forward.before == ikm_interval(a)
    assert forward.after == ikm_interval(b)
    if forward.degrees_of_freedom is None:
        assert forward.lower == forward.upper == forward.difference
        assert forward.significant == (forward.difference != 0)
        return
    low, high, df = welch(respondent_means(first), respondent_means(second))
    assert close(forward.degrees_of_freedom, df, 1e-8)
    assert close(forward.lower, low, 1e-8)
    assert close(forward.upper, high, 1e-8)
    assert forward.significant == (forward.lower > 0 or forward.upper < 0)


def welch(before: list[Fraction], after: list[Fraction]) -> tuple[float, float, float]:
    """The oracle: Welch's interval of the difference of mean × 25 (scipy's t quantile)."""
    v1 = 625 * statistics.variance(before) / len(before)
    v2 = 625 * statistics.variance(after) / len(after)
    df = (v1 + v2) ** 2 / (v1**2 / (len(before) - 1) + v2**2 / (len(after) - 1))
    difference = 25 * (statistics.mean(after) - statistics.mean(before))
    half = scipy.stats.t.ppf(0.975, float(df)) * math.sqrt(v1 + v2)
    return float(difference) - half, float(difference) + half, float(df)


# ----------------------------------------------------------------------------- comparisons


def test_a_year_on_year_comparison() -> None:
    # Issue 14's 82,10 → 83,40: 250 questionnaires a year (docs/uncertainty.md).
    before_rows = [(4,)] * 81 + [(3,)] * 159 + [(2,)] * 10  # 821 / 250 = 3.284 → 82.10
    after_rows = [(4,)] * 92 + [(3,)] * 150 + [(2,)] * 8  # 834 / 250 = 3.336 → 83.40
    comparison = compare_ikm(joint(before_rows, ONE), joint(after_rows, ONE))
    assert comparison.before.ikm == Decimal("82.1")
    assert comparison.after.ikm == Decimal("83.4")
    assert comparison.difference == Decimal("1.3")
    assert not comparison.significant
    assert comparison.lower < 0 < comparison.upper
    # scipy's Welch test on the same scores × 25.
    result = scipy.stats.ttest_ind(
        [25 * r[0] for r in after_rows], [25 * r[0] for r in before_rows], equal_var=False
    )
    low, high = result.confidence_interval(0.95)
    assert close(comparison.degrees_of_freedom or 0, result.df)
    assert close(comparison.lower, low)
    assert close(comparison.upper, high)


def test_comparisons_take_the_weights() -> None:
    before = joint([(4, 3, 3), (3, 3, 4), (4, 4, 2)])
    after = joint([(4, 4, 3), (3, 4, 4), (4, 4, 3)])
    weighted = compare_ikm(before, after, weights=CUSTOM)
    assert weighted.before == ikm_interval(before, weights=CUSTOM)
    assert weighted.after == ikm_interval(after, weights=CUSTOM)
    assert weighted.difference != compare_ikm(before, after).difference


def test_certain_differences() -> None:
    all_three, all_four = joint([(3,)] * 5, ONE), joint([(4,)] * 5, ONE)
    moved = compare_ikm(all_three, all_four)
    assert moved.difference == 25
    assert moved.lower == moved.upper == 25
    assert moved.standard_error == 0
    assert moved.degrees_of_freedom is None
    assert moved.significant
    same = compare_ikm(all_three, joint([(3,)] * 9, ONE))
    assert same.difference == 0
    assert same.degrees_of_freedom is None
    assert not same.significant
    assert str(same) == "0,00 ± 0,00 (95%)"


def test_one_certain_survey_keeps_the_other_degrees_of_freedom() -> None:
    certain, spread = joint([(4,)] * 5, ONE), joint(GASPUL_U1, ONE)
    comparison = compare_ikm(certain, spread)
    assert comparison.degrees_of_freedom == 28
    assert comparison.standard_error == ikm_interval(spread).standard_error


# ----------------------------------------------------------------------------- options


def test_weights_must_be_exact() -> None:
    survey = joint([(4, 3, 3), (3, 3, 4), (4, 4, 2)])
    exact = ikm_interval(survey)
    assert ikm_interval(survey, weights=dict.fromkeys(CODES, Fraction(1, 3))) == exact
    custom = ikm_interval(survey, weights={"A": "0.5", "B": "0.3", "C": "0.2"})
    assert custom.ikm == ikm(survey, weights={"A": "0.5", "B": "0.3", "C": "0.2"}).ikm
    # One weight for all elements is accepted only when it is exactly 1/k.
    assert ikm_interval(survey, weights=Fraction(1, 3)) == exact  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="exact weights summing to 1"):
        ikm_interval(survey, weights="0.333")  # type: ignore[arg-type]


@pytest.mark.parametrize("level", [Fraction(19, 20), Decimal("0.95"), "0.95", 0.95])
def test_confidence_of_every_accepted_kind(level: object) -> None:
    survey = joint(GASPUL_U1, ONE)
    assert ikm_interval(survey, confidence=level) == ikm_interval(survey)  # type: ignore[arg-type]
    assert ikm_interval(survey, population=Fraction(40)) == ikm_interval(survey, population=40)


def test_questionnaires_without_any_answer_are_not_respondents() -> None:
    rows: Rows = [(4, 3, 3), (None, None, None), (3, 3, 4), (None, None, None), (4, 4, 2)]
    survey = joint(rows)
    interval = ikm_interval(survey)
    assert survey.respondents == 5
    assert interval.respondents == 3
    assert interval.degrees_of_freedom == 2
    assert interval == ikm_interval(joint([r for r in rows if r[0] is not None]))


def test_results_ignore_the_callers_decimal_context() -> None:
    survey = joint(GASPUL_U1, ONE)
    expected = ikm_interval(survey)
    with localcontext() as context:
        context.prec = 3
        assert ikm_interval(survey) == expected
        assert compare_ikm(survey, survey) == compare_ikm(survey, survey)


# ----------------------------------------------------------------------------- display


def test_reprs_and_html() -> None:
    interval = ikm_interval(joint(GASPUL_U1, ONE), population=800)
    assert str(interval) == "90,52 ± 4,61 (95%)"
    assert repr(interval) == (
        "<IkmInterval: 90,52 ± 4,61 (95%), 85,91–95,13, SE 2,2505, 28 df, 29 respondents of 800>"
    )
    assert str(ikm_interval(joint(GASPUL_U1, ONE), confidence="0.995")).endswith("(99,5%)")
    comparison = compare_ikm(joint(GASPUL_U1, ONE), joint([(3,)] * 20 + [(4,)] * 20, ONE))
    assert str(comparison) == "-3,02 ± 6,08 (95%)"
    assert repr(comparison) == (
        "<IkmComparison: 90,52 → 87,50, difference -3,02 ± 6,08 (95%), -9,10 to 3,07, "
        "not significant>"
    )
    certain = compare_ikm(joint([(3,)] * 5, ONE), joint([(4,)] * 5, ONE))
    assert repr(certain) == (
        "<IkmComparison: 75,00 → 100,00, difference 25,00 ± 0,00 (95%), 25,00 to 25,00, "
        "significant>"
    )


def test_results_are_frozen_hashable_and_pickle() -> None:
    interval = ikm_interval(joint(GASPUL_U1, ONE))
    comparison = compare_ikm(joint(GASPUL_U1, ONE), joint(GASPUL_U1 + GASPUL_U1, ONE))
    for result in (interval, comparison):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            result.lower = Decimal(0)  # type: ignore[misc]
        assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 - our own bytes
        assert hash(result) == hash(attrs.evolve(result))
    gap = Fraction(comparison.margin) - (
        Fraction(comparison.upper) - Fraction(comparison.difference)
    )
    assert abs(gap) < Fraction(1, 10**35)
    half = (Fraction(interval.upper) - Fraction(interval.lower)) / 2
    assert abs(Fraction(interval.margin) - half) < Fraction(1, 10**35)


# ----------------------------------------------------------------------------- refusals

_GASPUL = joint(GASPUL_U1, ONE)
_PLAIN = Survey.from_responses(GASPUL_U1, elements=ONE)
_FIELDS = {
    "ikm": 85,
    "standard_error": "0.84",
    "lower": "83.28",
    "upper": "86.72",
    "confidence": "0.95",
    "degrees_of_freedom": 28,
    "respondents": 29,
}
_INTERVAL = IkmInterval(**_FIELDS)  # type: ignore[arg-type]
_COMPARISON = {
    "difference": 1,
    "standard_error": 1,
    "lower": -1,
    "upper": 3,
    "confidence": "0.95",
    "degrees_of_freedom": 40,
    "before": _INTERVAL,
    "after": _INTERVAL,
}
_TOTALS_HINT = (
    "build the survey from the questionnaires with joint=True (Survey.from_responses(rows, "
    "joint=True) or Survey.from_columns(columns, joint=True))"
)

MESSAGES = [
    pytest.param(
        lambda: ikm_interval(Survey.from_totals({"U1": (105, 29)}, elements=ONE)),
        UndefinedResultError,
        "the standard error of the IKM is undefined: the survey has no joint counts; it was "
        f"built from published totals, which cannot give them; {_TOTALS_HINT}",
        id="totals",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL + _PLAIN),
        UndefinedResultError,
        "the standard error of the IKM is undefined: the survey has no joint counts; it was "
        "built without joint=True (or is the sum of a joint and a plain survey); "
        f"{_TOTALS_HINT}",
        id="merged",
    ),
    pytest.param(
        lambda: ikm_interval(joint([(4, 3, 3), (None, None, None)])),
        UndefinedResultError,
        "the standard error of the IKM is undefined: 1 questionnaire with an answer; a standard "
        "error needs at least 2 respondents",
        id="one-respondent",
    ),
    pytest.param(
        lambda: ikm_interval(joint([])),
        UndefinedResultError,
        "the standard error of the IKM is undefined: 0 questionnaires with an answer; a "
        "standard error needs at least 2 respondents",
        id="nobody",
    ),
    pytest.param(
        lambda: ikm_interval(joint([(4, 3, 3), (3, 3, None)])),
        UndefinedResultError,
        "the standard error of the IKM is undefined: C has 1 answer; each element needs at "
        "least 2 answers for its variance",
        id="element",
    ),
    pytest.param(
        lambda: compare_ikm(_GASPUL, joint([(4, None, 3), (3, None, 2)])),
        UndefinedResultError,
        "the standard error of the IKM after is undefined: B has 0 answers; each element needs "
        "at least 2 answers for its variance",
        id="compare-after",
    ),
    pytest.param(
        lambda: compare_ikm(_PLAIN, _GASPUL),
        UndefinedResultError,
        "the standard error of the IKM before is undefined: the survey has no joint counts; it "
        "was built without joint=True (or is the sum of a joint and a plain survey); "
        f"{_TOTALS_HINT}",
        id="compare-before",
    ),
    pytest.param(
        lambda: ikm_interval(
            joint([(1, 4), (4, 1), (2, None), (3, None), (None, 2), (None, 3)], ABC[:2])
        ),
        UndefinedResultError,
        "the standard error of the IKM is undefined: the pairwise covariances give a negative "
        "variance (-0.07291666666666666666666666666666666666667); too many blanks, in "
        "patterns the pairwise estimator cannot reconcile; compute the interval of the complete "
        "questionnaires only",
        id="negative",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, population=28),
        InvalidInputError,
        "population: got 28, expected a population of at least the 29 respondents",
        id="population-small",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, population=1),
        InvalidInputError,
        "population: got 1, expected a population of at least the 29 respondents",
        id="population-one",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, population=0),
        InvalidInputError,
        "population: got 0, expected a population (a whole number >= 1)",
        id="population-zero",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, population=Fraction(81, 2)),
        InvalidInputError,
        "population: got Fraction(81, 2), expected a whole number",
        id="population-fraction",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, confidence=1),
        InvalidInputError,
        "confidence: got 1, expected a confidence level strictly between 0 and 1 (0.95 for 95 %)",
        id="confidence-one",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, confidence="0." + "9" * 45),
        InvalidInputError,
        "confidence: got '0.999999999999999999999999999999999999999999999', expected a "
        "confidence level strictly between 0 and 1 (0.95 for 95 %)",
        id="confidence-almost-one",
    ),
    pytest.param(
        lambda: compare_ikm(_GASPUL, _GASPUL, confidence=0),
        InvalidInputError,
        "confidence: got 0, expected a confidence level strictly between 0 and 1 (0.95 for 95 %)",
        id="compare-confidence",
    ),
    pytest.param(
        lambda: ikm_interval(_GASPUL, weights="0.111"),  # type: ignore[arg-type]
        InvalidInputError,
        "weights: got '0.111', expected exact weights summing to 1: None (exactly 1/1) or a "
        "weight per element; a printed weight such as 0.111 is not the regulation's and its "
        "interval would not be either",
        id="printed-weight",
    ),
    pytest.param(
        lambda: ikm_interval(ikm(_GASPUL)),  # type: ignore[arg-type]
        InvalidTypeError,
        "survey: got <IkmResult: IKM 90.52 (A Sangat Baik), index 3.6207, 29 respondents; "
        "exact we..., expected a Survey built with joint=True (Survey.from_columns(df, "
        "joint=True))",
        id="survey-type",
    ),
    pytest.param(
        lambda: compare_ikm(_GASPUL, "2023"),  # type: ignore[arg-type]
        InvalidTypeError,
        "after: got '2023', expected a Survey built with joint=True (Survey.from_columns(df, "
        "joint=True))",
        id="after-type",
    ),
    pytest.param(
        lambda: IkmInterval(**{**_FIELDS, "lower": 86}),
        InvalidInputError,
        "lower: got Decimal('86'), expected lower <= 85 <= upper (the interval holds its "
        "estimate; upper 86.72)",
        id="order",
    ),
    pytest.param(
        lambda: IkmInterval(**{**_FIELDS, "standard_error": -1}),
        InvalidInputError,
        "standard_error: got Decimal('-1'), expected a standard error >= 0",
        id="negative-error",
    ),
    pytest.param(
        lambda: IkmInterval(**{**_FIELDS, "respondents": 1, "degrees_of_freedom": 0}),
        InvalidInputError,
        "respondents: got 1, expected at least 2",
        id="respondents",
    ),
    pytest.param(
        lambda: IkmInterval(**{**_FIELDS, "degrees_of_freedom": 29}),
        InvalidInputError,
        "degrees_of_freedom: got 29, expected respondents − 1 (28)",
        id="df",
    ),
    pytest.param(
        lambda: IkmInterval(**{**_FIELDS, "population": 20}),
        InvalidInputError,
        "population: got 20, expected a population of at least the 29 respondents",
        id="interval-population",
    ),
    pytest.param(
        lambda: IkmComparison(**{**_COMPARISON, "degrees_of_freedom": None}),
        InvalidInputError,
        "degrees_of_freedom: got None, expected degrees of freedom > 0 with a standard error "
        "above 0, None with a standard error of 0",
        id="comparison-df-none",
    ),
    pytest.param(
        lambda: IkmComparison(**{**_COMPARISON, "degrees_of_freedom": 0}),
        InvalidInputError,
        "degrees_of_freedom: got Decimal('0'), expected degrees of freedom > 0 with a standard "
        "error above 0, None with a standard error of 0",
        id="comparison-df-zero",
    ),
    pytest.param(
        lambda: IkmComparison(**{**_COMPARISON, "standard_error": 0, "lower": 1, "upper": 1}),
        InvalidInputError,
        "degrees_of_freedom: got Decimal('40'), expected degrees of freedom > 0 with a standard "
        "error above 0, None with a standard error of 0",
        id="comparison-df-certain",
    ),
    pytest.param(
        lambda: IkmComparison(**{**_COMPARISON, "before": 5}),
        InvalidTypeError,
        "before: got 5, expected a IkmInterval",
        id="comparison-before",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_messages(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)


def test_the_negative_variance_example_by_hand() -> None:
    # A: 1, 4, 2, 3 (s² = 5/3, n = 4); B likewise; A and B both answered only by (1, 4) and
    # (4, 1), whose covariance is −4.5: Var(index) = ¼ (5/12 + 5/12 − 2 · 2 · 4.5 / 16) < 0.
    rows: Rows = [(1, 4), (4, 1), (2, None), (3, None), (None, 2), (None, 3)]
    weights = dict.fromkeys("AB", Fraction(1, 2))
    survey = joint(rows, ABC[:2])
    variance = Fraction(1, 4) * (Fraction(5, 12) * 2 + 2 * Fraction(2 * Fraction(-9, 2), 16))
    assert variance < 0
    assert _interval._covariance((2, 5, 5, 8), 4, 4) == Fraction(-9, 16)
    assert survey.pair_counts is not None
    assert _interval.index_variance([weights["A"]] * 2, survey.tallies, survey.pair_counts) == (
        variance
    )
    with pytest.raises(UndefinedResultError):
        _interval._estimate(survey, weights, None, "x")


def _row(*cells: str) -> str:
    """A body row of figures, each aligned right; a first cell starting with "<" is a label."""
    return "".join(c if c.startswith("<") else f"{R}{c}</td>" for c in cells)


R = "<td style='text-align:right'>"
_INTERVAL_HEAD = (
    "<thead><tr><th>IKM</th><th>Galat baku</th><th>Batas bawah</th><th>Batas atas</th>"
    "<th>Tingkat kepercayaan</th><th>Derajat bebas</th><th>Responden</th><th>Populasi</th>"
    "</tr></thead>"
)
_COMPARISON_HEAD = (
    "<thead><tr><th></th><th>IKM / selisih</th><th>Galat baku</th><th>Batas bawah</th>"
    "<th>Batas atas</th><th>Derajat bebas</th></tr></thead>"
)


def test_html_tables_word_for_word() -> None:
    survey = joint(GASPUL_U1, ONE)
    assert ikm_interval(survey, population=800)._repr_html_() == (
        "<table><caption>Selang kepercayaan IKM: 90,52 ± 4,61 (95%)</caption>"
        f"{_INTERVAL_HEAD}<tbody><tr>"
        + _row("90,52", "2,2505", "85,91", "95,13", "95%", "28", "29", "800")
        + "</tr></tbody></table>"
    )
    assert ikm_interval(survey, confidence="0.995")._repr_html_() == (
        "<table><caption>Selang kepercayaan IKM: 90,52 ± 6,98 (99,5%)</caption>"
        f"{_INTERVAL_HEAD}<tbody><tr>"
        + _row("90,52", "2,2924", "83,53", "97,50", "99,5%", "28", "29", "–")
        + "</tr></tbody></table>"
    )
    later = joint([(3,)] * 20 + [(4,)] * 20, ONE)
    assert compare_ikm(survey, later)._repr_html_() == (
        "<table><caption>Perbandingan IKM: -3,02 ± 6,08 (95%) (tidak bermakna)</caption>"
        f"{_COMPARISON_HEAD}<tbody>"
        "<tr>"
        + _row("<td>Sebelum</td>", "90,52", "2,2924", "85,82", "95,21", "28")
        + "</tr><tr>"
        + _row("<td>Sesudah</td>", "87,50", "2,0016", "83,45", "91,55", "39")
        + "</tr><tr>"
        + _row("<td>Selisih</td>", "-3,02", "3,0433", "-9,10", "3,07", "61,4")
        + "</tr></tbody></table>"
    )
    certain = compare_ikm(joint([(3,)] * 5, ONE), joint([(4,)] * 5, ONE))
    assert certain._repr_html_() == (
        "<table><caption>Perbandingan IKM: 25,00 ± 0,00 (95%) (bermakna)</caption>"
        f"{_COMPARISON_HEAD}<tbody>"
        "<tr>"
        + _row("<td>Sebelum</td>", "75,00", "0,0000", "75,00", "75,00", "4")
        + "</tr><tr>"
        + _row("<td>Sesudah</td>", "100,00", "0,0000", "100,00", "100,00", "4")
        + "</tr><tr>"
        + _row("<td>Selisih</td>", "25,00", "0,0000", "25,00", "25,00", "–")
        + "</tr></tbody></table>"
    )
