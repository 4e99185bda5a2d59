"""Achievement (capaian), Renstra progress, changes between years."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, localcontext

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lkjcalc import (
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    MinimizeFormula,
    Polarity,
    Target,
    UndefinedResultError,
    achievement,
    mean_achievement,
    point_change,
    relative_change,
    renstra_progress,
    round_half_up,
)
from messages import check_message
from strategies import non_negative, positive

MAX, MIN = Polarity.MAXIMIZE, Polarity.MINIMIZE
MIRROR, RATIO = MinimizeFormula.MIRROR, MinimizeFormula.RATIO


def r20(value: Decimal) -> Decimal:
    """Round to 20 places: the precision at which laws with non-terminating divisions hold."""
    return round_half_up(value, 20)


# ----------------------------------------------------------------------------- published figures

PUBLISHED = [
    # (target, realization, polarity, formula, printed achievement, places printed, source)
    (85, 85, MAX, MIRROR, "100", 0, "seed BAB III 1.1, SKM 2020: 85 / 85 → 100 %"),
    ("85", "85", MAX, MIRROR, "100", 0, "seed BAB III 1.1, Musrenbang 2020: 85 % / 85 % → 100 %"),
    (85, 85, MAX, MIRROR, "100", 0, "seed BAB I C.3, SKM 2019: 85 / 85 → 100 %"),
    # Minimize, mirror: PermenPANRB 8/2021 formula (2T − R) / T; a poverty-rate style indicator.
    (10, 9, MIN, MIRROR, "110", 0, "PermenPANRB 8/2021 formula, T=10 R=9"),
    (10, 12, MIN, MIRROR, "80", 0, "PermenPANRB 8/2021 formula, T=10 R=12"),
    (10, 9, MIN, RATIO, "111.11", 2, "e-SAKIP ratio T / R, T=10 R=9"),
    ("9.5", "9.8", MIN, MIRROR, "96.84", 2, "mirror: (19 − 9.8) / 9.5 = 96.842…"),
    ("9.5", "9.8", MIN, RATIO, "96.94", 2, "ratio: 9.5 / 9.8 = 96.938…"),
]


@pytest.mark.parametrize(
    ("target", "realization", "polarity", "formula", "printed", "places", "source"), PUBLISHED
)
def test_published_achievements(
    target: object,
    realization: object,
    polarity: Polarity,
    formula: MinimizeFormula,
    printed: str,
    places: int,
    source: str,
) -> None:
    result = achievement(target, realization, polarity=polarity, minimize_formula=formula)  # type: ignore[arg-type]
    assert round_half_up(result, places) == Decimal(printed), source


def test_musrenbang_2020_unrounded() -> None:
    # 142/167 = 85.0299…% realized against 85 %: 100.035… %, printed "100 %" in table 1.1.
    realized = Decimal(142) * 100 / Decimal(167)
    assert round_half_up(achievement(85, realized), 2) == Decimal("100.04")


def test_results_are_exact_decimals() -> None:
    assert achievement("12.5", "10") == Decimal(80)
    assert type(achievement(3, 1)) is Decimal


# ----------------------------------------------------------------------------- special cases


@pytest.mark.parametrize("target", [0, "0.00", -5, Target.point(0)])
@pytest.mark.parametrize("polarity", list(Polarity))
def test_target_zero_or_negative_is_undefined(target: object, polarity: Polarity) -> None:
    with pytest.raises(UndefinedResultError) as info:
        achievement(target, 5, polarity=polarity)  # type: ignore[arg-type]
    assert "point_change" in str(info.value)


def test_minimize_ratio_with_zero_realization_is_undefined() -> None:
    with pytest.raises(UndefinedResultError):
        achievement(10, 0, polarity=MIN, minimize_formula=RATIO)


def test_minimize_mirror_with_zero_realization_gives_200() -> None:
    assert achievement(10, 0, polarity=MIN) == 200


def test_mirror_has_no_floor() -> None:
    assert achievement(10, 25, polarity=MIN) == -50


def test_no_cap_by_default_and_optional_cap() -> None:
    assert achievement(100, 150) == 150
    assert achievement(100, 150, cap=120) == 120
    assert achievement(100, 110, cap=120) == 110


def test_negative_realization_needs_allow_negative() -> None:
    with pytest.raises(InvalidInputError) as info:
        achievement(5, -2)
    assert "allow_negative" in str(info.value)
    assert achievement(5, -2, allow_negative=True) == -40


@pytest.mark.parametrize(
    ("realization", "polarity", "expected"),
    [
        (84, MAX, Decimal(100)),  # inside 80-90
        (80, MAX, Decimal(100)),  # on the lower bound
        (90, MAX, Decimal(100)),  # on the upper bound
        (99, MAX, Decimal(110)),  # above: 99 / 90
        (72, MAX, Decimal(90)),  # below: 72 / 80
        (84, MIN, Decimal(100)),
        (99, MIN, Decimal(90)),  # above: (180 − 99) / 90
        (72, MIN, Decimal(110)),  # below: (160 − 72) / 80
    ],
)
def test_range_targets(realization: int, polarity: Polarity, expected: Decimal) -> None:
    assert achievement(Target.between(80, 90), realization, polarity=polarity) == expected


def test_target_validation() -> None:
    with pytest.raises(InvalidInputError) as info:
        Target.between(90, 80)
    assert "upper" in str(info.value)
    with pytest.raises(InvalidTypeError):
        achievement((80, 90), 85)  # type: ignore[arg-type]
    assert not Target.point(5).is_range
    assert Target.between(5, 5) == Target.point(5)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"polarity": "most"}, "polarity"),
        ({"minimize_formula": "mirrored"}, "minimize_formula"),
        ({"allow_negative": 1}, "allow_negative"),
    ],
)
def test_options_are_checked(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        achievement(85, 85, **kwargs)  # type: ignore[arg-type]
    assert field in str(info.value)


# ----------------------------------------------------------------------------- laws


@given(positive, non_negative, non_negative)
def test_maximize_is_non_decreasing_in_realization(t: Decimal, r1: Decimal, r2: Decimal) -> None:
    lo, hi = sorted((r1, r2))
    assert achievement(t, lo) <= achievement(t, hi)


@given(positive, non_negative, non_negative, st.sampled_from(list(MinimizeFormula)))
def test_minimize_is_non_increasing_in_realization(
    t: Decimal, r1: Decimal, r2: Decimal, formula: MinimizeFormula
) -> None:
    lo, hi = sorted((r1, r2))
    assume(formula is MIRROR or lo > 0)
    kw = {"polarity": MIN, "minimize_formula": formula}
    assert achievement(t, lo, **kw) >= achievement(t, hi, **kw)  # type: ignore[arg-type]


@given(positive, st.sampled_from(list(Polarity)), st.sampled_from(list(MinimizeFormula)))
def test_realizing_the_target_achieves_100(
    t: Decimal, polarity: Polarity, formula: MinimizeFormula
) -> None:
    assert achievement(t, t, polarity=polarity, minimize_formula=formula) == 100


@given(positive, non_negative)
def test_maximize_plus_mirror_is_200(t: Decimal, r: Decimal) -> None:
    total = achievement(t, r) + achievement(t, r, polarity=MIN)
    assert r20(total) == 200


@given(positive, positive)
def test_maximize_times_ratio_is_10000(t: Decimal, r: Decimal) -> None:
    product = achievement(t, r) * achievement(t, r, polarity=MIN, minimize_formula=RATIO)
    assert round_half_up(product, 10) == 10000


@given(positive, positive, st.data())
def test_inside_a_range_gives_100(a: Decimal, b: Decimal, data: st.DataObject) -> None:
    lo, hi = sorted((a, b))
    r = data.draw(st.decimals(min_value=lo, max_value=hi, places=4))
    for polarity in Polarity:
        assert achievement(Target.between(lo, hi), r, polarity=polarity) == 100


@given(positive, non_negative)
def test_renstra_progress_is_achievement_against_the_final_target(t: Decimal, r: Decimal) -> None:
    assert renstra_progress(t, r) == achievement(t, r)
    assert renstra_progress(t, r, polarity=MIN) == achievement(t, r, polarity=MIN)


# ----------------------------------------------------------------------------- indicators


def test_indicator_applies_its_own_options() -> None:
    poverty = Indicator(
        name="Persentase penduduk miskin", unit="%", polarity=MIN, minimize_formula=RATIO
    )
    assert poverty.achievement(10, 8) == Decimal(125)
    assert poverty.progress(10, 8) == Decimal(125)
    growth = Indicator(name="Pertumbuhan ekonomi", unit="%", allow_negative=True, cap=120)
    assert growth.achievement(5, -1) == Decimal(-20)
    assert growth.achievement(5, 10) == Decimal(120)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": ""},
        {"name": 5},
        {"name": "x", "polarity": "min"},
        {"name": "x", "minimize_formula": None},
        {"name": "x", "allow_negative": "yes"},
        {"name": "x", "objective": ""},
        {"name": "x", "unit": None},
        {"name": "x", "cap": 0},
        {"name": "x", "cap": "abc"},
    ],
)
def test_indicator_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        Indicator(**kwargs)  # type: ignore[arg-type]


def test_indicator_is_frozen() -> None:
    skm = Indicator(name="SKM")
    with pytest.raises(AttributeError):
        skm.name = "other"  # type: ignore[misc]


# ----------------------------------------------------------------------------- mean and changes


def test_mean_achievement() -> None:
    assert mean_achievement([100, 100]) == 100
    assert mean_achievement(iter(["85.03", 100])) == Decimal("92.515")
    with pytest.raises(UndefinedResultError):
        mean_achievement([])
    with pytest.raises(InvalidTypeError):
        mean_achievement("100")  # type: ignore[arg-type]


@given(st.lists(st.decimals(min_value=0, max_value=500, places=3), min_size=1, max_size=20))
def test_mean_lies_between_min_and_max(values: list[Decimal]) -> None:
    mean = mean_achievement(values)
    assert min(values) <= mean <= max(values)


def test_point_and_relative_change() -> None:
    assert point_change(100, 100) == 0
    assert point_change("84.71", "85.03") == Decimal("0.32")
    assert relative_change(100, 110) == 10
    assert relative_change(200, 150) == -25
    with pytest.raises(UndefinedResultError):
        relative_change(0, 5)
    with pytest.raises(UndefinedResultError):
        relative_change(-10, -5)


@given(positive, non_negative)
def test_relative_change_is_point_change_over_base(previous: Decimal, current: Decimal) -> None:
    with localcontext(prec=80):
        expected = point_change(previous, current) * 100 / previous
    assert r20(relative_change(previous, current)) == r20(expected)


def test_progress_refuses_a_negative_realization_unless_allowed() -> None:
    with pytest.raises(InvalidInputError, match="realization"):
        renstra_progress(100, -5)
    assert renstra_progress(100, -5, allow_negative=True) == -5
    assert Indicator(name="growth", allow_negative=True).progress(100, -5) == -5
    with pytest.raises(InvalidInputError, match="realization"):
        Indicator(name="growth").progress(100, -5)


@pytest.mark.parametrize("polarity", ["minimize", "MINIMIZE", " Minimize ", Polarity.MINIMIZE])
def test_an_option_may_be_given_as_its_value_string(polarity: object) -> None:
    # domain.md §0 (v0.2): an enum option also accepts its value string, case-insensitively.
    assert achievement(100, 80, polarity=polarity) == 120  # type: ignore[arg-type]
    indicator = Indicator(name="x", polarity=polarity, minimize_formula="ratio")  # type: ignore[arg-type]
    assert indicator.polarity is Polarity.MINIMIZE
    assert indicator.minimize_formula is MinimizeFormula.RATIO
    assert indicator.achievement(100, 80) == 125


# ----------------------------------------------------------------------------- error messages
# Every error message of the achievement formulas, targets and indicators
# (lkjcalc.performance), word for word (see tests/messages.py).

MESSAGES = [
    pytest.param(
        lambda: mean_achievement([1, "x"]),
        InvalidInputError,
        (
            "values[1]: got 'x', expected a plain decimal string such as '12143000.00' "
            "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
        ),
        id="mean_achievement-item",
    ),
    pytest.param(
        lambda: Target.point("x"),
        InvalidInputError,
        (
            "value: got 'x', expected a plain decimal string such as '12143000.00' "
            "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
        ),
        id="Target.point-text",
    ),
    pytest.param(
        lambda: achievement(0, 5),
        UndefinedResultError,
        (
            "achievement is undefined for target 0; a ratio against a target <= 0 has no "
            "meaning; report the indicator qualitatively, or compare with point_change()"
        ),
        id="achievement-1",
    ),
    pytest.param(
        lambda: achievement(-2, 5),
        UndefinedResultError,
        (
            "achievement is undefined for target -2; a ratio against a target <= 0 has "
            "no meaning; report the indicator qualitatively, or compare with "
            "point_change()"
        ),
        id="achievement-2",
    ),
    pytest.param(
        lambda: achievement(10, -1),
        InvalidInputError,
        (
            "realization: got -1, expected a realization >= 0 (pass allow_negative=True "
            "for growth rates and the like)"
        ),
        id="achievement-3",
    ),
    pytest.param(
        lambda: achievement(
            10, 0, polarity=Polarity.MINIMIZE, minimize_formula=MinimizeFormula.RATIO
        ),
        UndefinedResultError,
        (
            "achievement is undefined for realization 0 with the minimize ratio formula "
            "T / R; use MinimizeFormula.MIRROR, which gives 200 for R = 0"
        ),
        id="achievement-4",
    ),
    pytest.param(
        lambda: achievement((80, 90), 85),
        InvalidTypeError,
        (
            "target: got (80, 90), expected a number or a Target (use "
            "Target.between(lower, upper) for a range)"
        ),
        id="achievement-5",
    ),
    pytest.param(
        lambda: achievement(10, 5, cap=0),
        InvalidInputError,
        "cap: got Decimal('0'), expected a cap > 0, or None",
        id="achievement-6",
    ),
    pytest.param(
        lambda: achievement(10, 5, polarity="max"),
        InvalidTypeError,
        (
            "polarity: got 'max', expected one of Polarity.MAXIMIZE, Polarity.MINIMIZE "
            "(or 'maximize', 'minimize')"
        ),
        id="achievement-7",
    ),
    pytest.param(
        lambda: achievement(10, 5, minimize_formula="mirrored"),
        InvalidTypeError,
        (
            "minimize_formula: got 'mirrored', expected one of MinimizeFormula.MIRROR, "
            "MinimizeFormula.RATIO (or 'mirror', 'ratio')"
        ),
        id="achievement-8",
    ),
    pytest.param(
        lambda: achievement(10, 5, allow_negative=1),
        InvalidTypeError,
        "allow_negative: got 1, expected True or False",
        id="achievement-9",
    ),
    pytest.param(
        lambda: Target.between(90, 80),
        InvalidInputError,
        "upper: got Decimal('80'), expected an upper bound >= the lower bound 90",
        id="between-1",
    ),
    pytest.param(
        lambda: Indicator(name="x", cap=-1),
        InvalidInputError,
        "cap: got Decimal('-1'), expected a cap > 0, or None",
        id="Indicator-1",
    ),
    pytest.param(
        lambda: Indicator(name=""),
        InvalidInputError,
        "name: got '', expected a non-empty str",
        id="Indicator-2",
    ),
    pytest.param(
        lambda: Indicator(name=1),
        InvalidTypeError,
        "name: got 1, expected a str",
        id="Indicator-3",
    ),
    pytest.param(
        lambda: Indicator(name="x", objective=" "),
        InvalidInputError,
        "objective: got ' ', expected a non-empty str",
        id="Indicator-4",
    ),
    pytest.param(
        lambda: Indicator(name="x", polarity="up"),
        InvalidTypeError,
        (
            "polarity: got 'up', expected one of Polarity.MAXIMIZE, Polarity.MINIMIZE "
            "(or 'maximize', 'minimize')"
        ),
        id="Indicator-5",
    ),
    pytest.param(
        lambda: Indicator(name="x", allow_negative="yes"),
        InvalidTypeError,
        "allow_negative: got 'yes', expected True or False",
        id="Indicator-6",
    ),
    pytest.param(
        lambda: mean_achievement([]),
        UndefinedResultError,
        "the mean of no achievements is undefined",
        id="mean_achievement-1",
    ),
    pytest.param(
        lambda: mean_achievement(5),
        InvalidTypeError,
        "values: got 5, expected a sequence of numbers (a list, tuple or array; not a set)",
        id="mean_achievement-2",
    ),
    pytest.param(
        lambda: relative_change(0, 5),
        UndefinedResultError,
        "the relative change from a base of 0 is undefined; use point_change() for a base <= 0",
        id="relative_change-1",
    ),
    pytest.param(
        lambda: renstra_progress((1, 2), 5),
        InvalidTypeError,
        (
            "final_target: got (1, 2), expected a number or a Target (use "
            "Target.between(lower, upper) for a range)"
        ),
        id="renstra_progress-1",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)
