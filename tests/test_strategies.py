"""lkjcalc.strategies: every strategy draws valid values, and Hypothesis stays optional."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import (
    Budget,
    BudgetLine,
    Indicator,
    MinimizeFormula,
    Polarity,
    Scale,
    Survey,
    Target,
    achievement,
    ikm,
    parse_rupiah,
    scales,
)
from lkjcalc import strategies as lk


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def test_import_lkjcalc_does_not_import_hypothesis() -> None:
    code = (
        "import sys, lkjcalc; from lkjcalc import *; lkjcalc.scales; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'hypothesis'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_strategies_is_a_submodule_not_a_public_name() -> None:
    assert "strategies" not in lkjcalc.__all__
    assert "strategies" not in lkjcalc._EXPORTS  # type: ignore[attr-defined]
    assert lk.__name__ == "lkjcalc.strategies"
    assert sorted(lk.__all__) == sorted(name for name in lk.__all__ if hasattr(lk, name))


@given(
    lk.decimals(min_value=-5, max_value=5, places=1),
    lk.rupiah_amounts(),
    lk.rupiah_amounts(places=0, max_value=10**6),
    lk.percents(),
)
def test_numbers_stay_in_their_range_and_places(
    small: Decimal, amount: Decimal, whole: Decimal, pct: Decimal
) -> None:
    assert -5 <= small <= 5
    assert _places(small) <= 1
    assert 0 <= amount <= Decimal("1e15")
    assert _places(amount) <= 2
    assert 0 <= whole <= 10**6
    assert _places(whole) == 0
    assert 0 <= pct <= 200
    assert _places(pct) <= 3
    assert all(v.is_finite() for v in (small, amount, whole, pct))


@given(lk.targets(), lk.targets(ranges=False, max_value=10, places=1))
def test_targets_are_positive(target: Target, point: Target) -> None:
    assert isinstance(target, Target)
    assert 0 < target.lower <= target.upper <= Decimal("1e6")
    assert not point.is_range
    assert Decimal("0.1") <= point.lower <= 10


def test_targets_draw_points_and_ranges() -> None:
    seen: set[bool] = set()

    @given(lk.targets())
    def collect(target: Target) -> None:
        seen.add(target.is_range)

    collect()
    assert seen == {True, False}


@pytest.mark.parametrize("polarity", list(Polarity))
@pytest.mark.parametrize("formula", list(MinimizeFormula))
@pytest.mark.parametrize("allow_negative", [False, True])
def test_pairs_give_a_defined_achievement(
    polarity: Polarity, formula: MinimizeFormula, allow_negative: bool
) -> None:
    options = {"polarity": polarity, "minimize_formula": formula, "allow_negative": allow_negative}

    @given(lk.targets_and_realizations(**options, ranges=True))  # type: ignore[arg-type]
    def check(pair: tuple[Target, Decimal]) -> None:
        target, realization = pair
        value = achievement(target, realization, **options)  # type: ignore[arg-type]
        assert isinstance(value, Decimal)
        ratio = polarity is Polarity.MINIMIZE and formula is MinimizeFormula.RATIO
        if ratio:
            assert realization > 0
        elif not allow_negative:
            assert realization >= 0

    check()


@given(lk.realizations(allow_negative=True, max_value=10, places=0))
def test_negative_realizations_when_allowed(realization: Decimal) -> None:
    assert -10 <= realization <= 10
    assert _places(realization) == 0


def test_negative_realizations_are_drawn() -> None:
    seen: set[bool] = set()

    @given(lk.realizations(allow_negative=True))
    def collect(realization: Decimal) -> None:
        seen.add(realization < 0)

    collect()
    assert seen == {True, False}


@given(lk.indicators(), lk.indicators(polarity=Polarity.MINIMIZE), st.data())
def test_indicators_compute_their_own_pairs(
    indicator: Indicator, minimize: Indicator, data: st.DataObject
) -> None:
    assert minimize.polarity is Polarity.MINIMIZE
    pair = lk.targets_and_realizations(
        indicator.polarity,
        minimize_formula=indicator.minimize_formula,
        allow_negative=indicator.allow_negative,
    )
    target, realization = data.draw(pair)
    value = indicator.achievement(target, realization)
    if indicator.cap is not None:
        assert 100 <= indicator.cap <= 200
        assert value <= indicator.cap


@given(lk.scales(), lk.scales(max_bands=2), lk.builtin_scales(), lk.decimals())
def test_scales_classify_every_value(
    scale: Scale, small: Scale, builtin: Scale, value: Decimal
) -> None:
    assert 1 <= len(scale.bands) <= 7
    assert 1 <= len(small.bands) <= 2
    assert builtin in scales.BUILTIN_SCALES.values()
    for each in (scale, small, builtin):
        assert each.classify(value) in each.bands


@given(
    lk.survey_rows(),
    lk.survey_rows(lkjcalc.ELEMENTS_2004, min_size=2, max_size=3, blanks=False),
    lk.survey_rows(max_size=1, every_element_answered=True),
    lk.survey_rows(min_size=3, max_size=4, every_element_answered=True),
)
def test_survey_rows(
    rows: list[tuple[int | None, ...]],
    full: list[tuple[int | None, ...]],
    one: list[tuple[int | None, ...]],
    some: list[tuple[int | None, ...]],
) -> None:
    assert len(rows) <= 30
    assert all(len(row) == 9 for row in rows)
    assert all(answer in {None, 1, 2, 3, 4} for row in rows for answer in row)
    assert 2 <= len(full) <= 3
    assert all(len(row) == 14 and None not in row for row in full)
    assert len(one) == 1
    assert None not in one[0]
    assert 3 <= len(some) <= 4
    assert any(None not in row for row in some)


@given(lk.surveys(every_element_answered=True, max_size=5), lk.surveys(max_size=3, blanks=False))
def test_surveys(answered: Survey, maybe_empty: Survey) -> None:
    assert 1 <= answered.respondents <= 5
    assert 25 <= ikm(answered).ikm <= 100
    assert maybe_empty.respondents <= 3
    assert all(tally.blank == 0 for tally in maybe_empty.tallies)


@given(
    lk.budget_lines(),
    lk.budget_lines(positive=True, places=0, programs=["Program X"]),
    lk.budgets(min_size=1, max_size=3, positive=True),
)
def test_budget_lines_and_budgets(line: BudgetLine, whole: BudgetLine, budget: Budget) -> None:
    assert 0 <= line.allocation <= Decimal("1e12")
    assert 0 <= line.realization <= Decimal("1e12")
    assert whole.allocation >= 1
    assert whole.program == "Program X"
    assert _places(whole.realization) == 0
    assert 1 <= len(budget) <= 3
    assert budget.absorption >= 0


@given(
    lk.printed_percents(),
    lk.printed_percents(lk.percents(max_value=100, places=4), places=2),
    lk.printed_rupiah(places=0),
    lk.printed_rupiah(),
    lk.printed_numbers(places=3),
)
def test_printed_figures(
    pct: tuple[Decimal, str],
    two: tuple[Decimal, str],
    whole: tuple[Decimal, str],
    amount: tuple[Decimal, str],
    number: tuple[Decimal, str],
) -> None:
    value, text = pct
    assert text.endswith("%")
    assert text == lkjcalc.format_percent(value, _places(value))
    value, text = two
    assert text == lkjcalc.format_percent(value, 2)
    assert value == lkjcalc.round_half_up(value, 2)
    value, text = whole
    assert text.startswith("Rp")
    assert "," not in text
    assert parse_rupiah(text) == value
    value, text = amount
    assert parse_rupiah(text) == value
    value, text = number
    assert text == lkjcalc.format_number(value, 3)
    assert parse_rupiah(text) == value


@given(lk.realizations("minimize", minimize_formula="ratio", places=2))
def test_realizations_take_the_options_value_strings(realization: Decimal) -> None:
    # domain.md §0 (v0.2): "minimize" is Polarity.MINIMIZE here as in achievement(); the ratio
    # formula is undefined at 0, so no realization is 0.
    assert realization > 0
