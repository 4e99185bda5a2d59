"""Achievement (capaian), Renstra progress, changes between years."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lkjcalc import (
    Indicator,
    InvalidInputError,
    InvalidTypeError,
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
