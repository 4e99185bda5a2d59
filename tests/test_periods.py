"""Periods: accumulations, achievements per period and the Renja evaluation (domain.md §9)."""

from __future__ import annotations

import itertools
from decimal import Decimal, localcontext
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    Accumulation,
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    MinimizeFormula,
    Polarity,
    RenjaEvaluation,
    Target,
    UndefinedResultError,
    accumulate,
    achievement,
    evaluate_renja,
    period_achievements,
    round_half_up,
)
from lkjcalc import periods as periods_module
from lkjcalc.scales import PERMENDAGRI_86_2017
from strategies import non_negative, positive

FLOW, STOCK, RATIO, AVERAGE = (
    Accumulation.FLOW,
    Accumulation.STOCK,
    Accumulation.RATIO,
    Accumulation.AVERAGE,
)


def r20(value: Decimal | Fraction) -> Decimal:
    """Round to 20 places: the precision at which laws with non-terminating divisions hold."""
    if isinstance(value, Fraction):
        with localcontext() as exact:
            exact.prec = 100
            value = Decimal(value.numerator) / Decimal(value.denominator)
    return round_half_up(value, 20)


# ----------------------------------------------------------------------------- published figures
#
# Source: Pemerintah Kabupaten Polewali Mandar, SIM Kinerja 2022, "Pengukuran Kinerja Tahun 2022,
# Sub Bidang Penyusunan Anggaran" (page /Beranda/pengukurankinerjaeselon4/1.24.2.1/2022 of
# simkinerja2022.polmankab.go.id): a published evaluation by period (months 1–12, blank when not
# reported), with the year's total ("Jumlah") and its achievement ("Kinerja (%)"), and the
# budget by period with the year's realization and its absorption ("Realisasi (%)"). The months
# of the reported values are not recoverable from the published text, so they are given in order
# without their blanks; an accumulation does not depend on where the blanks are.

POLMAN = "SIM Kinerja Kab. Polewali Mandar 2022, Sub Bidang Penyusunan Anggaran"


@pytest.mark.parametrize(
    ("target", "periods", "accumulation", "total", "printed", "source"),
    [
        # "Jumlah Rancangan Perda/Perbup Tentang APBD ...": target 2 dokumen, 1, 0, 2 → 3, 150.00
        # (a reported 0 is a value).
        (2, [1, 0, 2], FLOW, "3", "150.00", f"{POLMAN}, Perda/Perbup APBD"),
        # "Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD ...": 3; 1, 1, 1, 2 → 5, 166.67
        (3, [1, 1, 1, 2], FLOW, "5", "166.67", f"{POLMAN}, Perda/Perbup Perubahan APBD"),
        # "Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran ...": a percentage,
        # target 95.56, 93 reported → 93, 97.32.
        ("95.56", [93], STOCK, "93", "97.32", f"{POLMAN}, persentase perangkat daerah"),
    ],
)
def test_published_performance_by_period(
    target: object,
    periods: list[int],
    accumulation: Accumulation,
    total: str,
    printed: str,
    source: str,
) -> None:
    with_blanks = [None, *periods, None]  # months not reported change nothing
    assert accumulate(with_blanks, accumulation=accumulation) == Decimal(total), source
    last = period_achievements(target, with_blanks, accumulation=accumulation)[-2]  # type: ignore[arg-type]
    assert last is not None
    assert round_half_up(last, 2) == Decimal(printed), source
    row = evaluate_renja(
        final_target=target,  # type: ignore[arg-type]
        realized_before=None,  # col 6 and col 7 are not on the page
        year_target=target,  # type: ignore[arg-type]
        quarters=with_blanks,
        accumulation=accumulation,
    )
    assert row.realization_year == Decimal(total), source  # col 13
    assert round_half_up(row.achievement_year, 2) == Decimal(printed), source
    assert row.band_year.code == "ST", source  # all above 90 on the Permendagri scale


BUDGET_ROWS = [
    # (allocation, spending in the reported months, printed realization, printed %, source)
    (
        "1004422800",
        ["177776900", "217285100", "159227092", "446683866"],
        "1000972958",
        "99.66",
        f"{POLMAN}, kegiatan Koordinasi dan Penyusunan Rencana Anggaran Daerah",
    ),
    (
        "808430200",
        ["177776900", "139800500", "156653392", "331138792"],
        "805369584",
        "99.62",
        f"{POLMAN}, sub-kegiatan Perda/Perkada APBD",
    ),
    (
        "195992600",
        [None, "77484600", "2573700", "115545074"],
        "195603374",
        "99.80",
        f"{POLMAN}, sub-kegiatan Perda/Perkada Perubahan APBD",
    ),
]


@pytest.mark.parametrize(("allocation", "spent", "total", "printed", "source"), BUDGET_ROWS)
def test_published_budget_by_period(
    allocation: str, spent: list[str | None], total: str, printed: str, source: str
) -> None:
    row = evaluate_renja(
        final_target=3,
        realized_before=0,
        year_target=3,
        quarters=[1, 1, 1, 2],
        accumulation=FLOW,
        budget_final=allocation,  # the Renstra's budget is not on the page: the year's stands in
        budget_before=0,
        budget_year=allocation,
        budget_quarters=spent,
    )
    assert row.budget_year == Decimal(total), source  # col 13 (Rp)
    assert row.budget_absorption_year is not None
    assert round_half_up(row.budget_absorption_year, 2) == Decimal(printed), source
    assert row.band_budget_year is not None
    assert row.band_budget_year.code == "ST"


def test_published_budget_adds_up_over_lines_and_periods() -> None:
    # The activity's spending in each month is the sum of its two sub-activities' (FLOW adds up
    # over lines as over periods): the published page is consistent.
    activity, sub_a, sub_b = (row[1] for row in BUDGET_ROWS)
    for whole, a, b in zip(activity, sub_a, sub_b, strict=True):
        parts = [value for value in (a, b) if value is not None]
        assert accumulate([whole], accumulation=FLOW) == accumulate(parts, accumulation=FLOW)


# ----------------------------------------------------------------------------- domain examples


def test_the_333_percent_example() -> None:
    # domain.md §9: a percentage reported 80, 82, 85, 86 is not 333 %.
    quarters = [80, 82, 85, 86]
    assert accumulate(quarters, accumulation=FLOW) == Decimal(333)
    assert accumulate(quarters, accumulation=STOCK) == Decimal(86)
    assert accumulate(quarters, accumulation=AVERAGE) == Decimal("83.25")


def test_period_achievements_example() -> None:
    # domain.md §9: (120, [30, 30, None, 40], FLOW) → (25, 50, None, 83.33…)
    result = period_achievements(120, [30, 30, None, 40], accumulation=FLOW)
    assert result[:3] == (Decimal(25), Decimal(50), None)
    assert result[3] is not None
    assert round_half_up(result[3], 2) == Decimal("83.33")
    assert period_achievements(120, [], accumulation=FLOW) == ()
    assert period_achievements(120, [None, None], accumulation=FLOW) == (None, None)


def test_ratio_is_the_ratio_of_sums() -> None:
    # The seed's Musrenbang participation 2019 (133/157) and 2020 (142/167).
    assert r20(accumulate([(133, 157), (142, 167)], accumulation=RATIO)) == r20(
        Fraction(27500, 324)
    )
    assert accumulate([(1, 2), None, [1, 2]], accumulation=RATIO) == Decimal(50)
    with pytest.raises(UndefinedResultError, match="ratio"):
        accumulate([(0, 0)], accumulation=RATIO)
    assert accumulate([(0, 0), (3, 4)], accumulation=RATIO) == Decimal(75)


@pytest.mark.parametrize("bad", [(1,), (1, 2, 3), 5, "1/2"])
def test_ratio_needs_pairs(bad: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"values\[0\]: .*pair"):
        accumulate([bad], accumulation=RATIO)


def test_ratio_denominators_are_not_negative() -> None:
    with pytest.raises(
        InvalidInputError, match=r"values\[1\]\[1\]: got -1, expected a denominator"
    ):
        accumulate([(1, 2), (1, -1)], accumulation=RATIO)
    assert accumulate([(-1, 2)], accumulation=RATIO) == Decimal(-50)
    with pytest.raises(InvalidInputError, match=r"values\[0\]\[0\]"):
        accumulate([("x", 2)], accumulation=RATIO)


def test_non_ratio_values_are_numbers() -> None:
    with pytest.raises(InvalidTypeError, match=r"values\[1\]"):
        accumulate([1, (1, 2)], accumulation=FLOW)


@pytest.mark.parametrize(
    ("text", "member"),
    [("flow", FLOW), ("STOCK", STOCK), ("Ratio", RATIO), ("average", AVERAGE)],
)
def test_accumulation_strings(text: str, member: Accumulation) -> None:
    assert Indicator(name="x", accumulation=text).accumulation is member
    value = [(1, 2)] if member is RATIO else [2]
    assert accumulate(value, accumulation=text) == accumulate(value, accumulation=member)


def test_accumulation_rejected() -> None:
    with pytest.raises(InvalidInputError, match="accumulation: got 'sum', expected one of"):
        accumulate([1], accumulation="sum")
    with pytest.raises(InvalidTypeError, match="accumulation: got 1"):
        accumulate([1], accumulation=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="accumulation: got 'x'"):
        Indicator(name="x", accumulation="x")
    assert Indicator(name="x").accumulation is None


@pytest.mark.parametrize("values", ["12", b"12", {"a": 1}, 12, None])
def test_values_must_be_a_sequence(values: object) -> None:
    with pytest.raises(InvalidTypeError, match="values: "):
        accumulate(values, accumulation=FLOW)  # type: ignore[arg-type]


def test_no_reported_period_is_undefined() -> None:
    for kind in Accumulation:
        with pytest.raises(UndefinedResultError, match="no reported period"):
            accumulate([None, None], accumulation=kind)
    with pytest.raises(UndefinedResultError, match="no reported period"):
        accumulate([], accumulation=FLOW)


def test_reported_zero_is_a_value() -> None:
    assert accumulate([30, None, 0], accumulation=STOCK) == Decimal(0)
    assert accumulate([30, 0], accumulation=AVERAGE) == Decimal(15)
    assert period_achievements(10, [0], accumulation=FLOW) == (Decimal(0),)


def test_accumulate_results_are_plain() -> None:
    assert str(accumulate(["0.50", "0.50"], accumulation=FLOW)) == "1.00"
    assert str(accumulate([Decimal("1E+2")], accumulation=FLOW)) == "100"
    assert str(accumulate([Decimal("-0.0")], accumulation=STOCK)) == "0.0"
    assert str(accumulate([Decimal("1E+50")], accumulation=STOCK)) == "1" + "0" * 50


# ----------------------------------------------------------------------------- achievements


def test_period_achievements_options() -> None:
    assert period_achievements(10, [11, 9], accumulation=STOCK, polarity="MINIMIZE") == (
        Decimal(90),
        Decimal(110),
    )
    ratio = period_achievements(
        10, [9], accumulation=STOCK, polarity=Polarity.MINIMIZE, minimize_formula="ratio"
    )
    assert r20(ratio[0]) == r20(Fraction(1000, 9))  # type: ignore[arg-type]
    assert period_achievements(10, [15], accumulation=STOCK, cap=120) == (Decimal(120),)
    assert period_achievements(10, [-5], accumulation=STOCK, allow_negative=True) == (Decimal(-50),)
    with pytest.raises(
        InvalidInputError, match=r"realization: got Decimal\('-5'\), expected a realization >= 0"
    ):
        period_achievements(10, [-5], accumulation=STOCK)


def test_period_achievements_range_target() -> None:
    # A range target 80–90: inside is 100, below uses the lower bound.
    assert period_achievements(Target.between(80, 90), [70, 85], accumulation=STOCK) == (
        Decimal("87.5"),
        Decimal(100),
    )


def test_period_achievements_target_errors() -> None:
    with pytest.raises(UndefinedResultError, match="target 0"):
        period_achievements(0, [1], accumulation=FLOW)
    with pytest.raises(InvalidTypeError, match=r"target: .*Target\.between"):
        period_achievements((80, 90), [1], accumulation=FLOW)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="realizations: "):
        period_achievements(10, "12", accumulation=FLOW)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"realizations\[1\]: "):
        period_achievements(10, [1, "x"], accumulation=FLOW)


def test_indicator_options_apply() -> None:
    poverty = Indicator(
        name="Angka kemiskinan",
        polarity=Polarity.MINIMIZE,
        minimize_formula=MinimizeFormula.RATIO,
        cap=105,
        accumulation="stock",
    )
    first, second, third = period_achievements(10, [11, 9, None], indicator=poverty)
    assert first is not None
    assert r20(first) == r20(Fraction(1000, 11))  # T / R × 100
    assert (second, third) == (Decimal(105), None)  # 111.1… capped at 105
    # Explicit arguments that agree with the indicator are accepted.
    same = period_achievements(
        10,
        [9],
        indicator=poverty,
        accumulation="STOCK",
        polarity="minimize",
        minimize_formula=MinimizeFormula.RATIO,
        cap=105,
    )
    assert same == (Decimal(105),)
    growth = Indicator(name="Pertumbuhan", allow_negative=True, accumulation=FLOW)
    assert period_achievements(10, [-1], indicator=growth, allow_negative=True) == (Decimal(-10),)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("accumulation", FLOW),
        ("accumulation", "flow"),
        ("polarity", "MINIMIZE"),
        ("polarity", Polarity.MINIMIZE),
        ("minimize_formula", "ratio"),
        ("cap", 110),
        ("allow_negative", True),
    ],
)
def test_indicator_options_contradicted(option: str, value: object) -> None:
    indicator = Indicator(name="x", cap=105, accumulation=STOCK)
    with pytest.raises(InvalidInputError, match=f"{option}: .*the indicator's"):
        period_achievements(10, [9], indicator=indicator, **{option: value})


def test_indicator_without_accumulation() -> None:
    plain = Indicator(name="x")
    assert period_achievements(10, [5], indicator=plain, accumulation="flow") == (Decimal(50),)
    with pytest.raises(InvalidInputError, match=r"accumulation: got None, .*declares none"):
        period_achievements(10, [5], indicator=plain)
    with pytest.raises(InvalidInputError, match="accumulation: got None"):
        period_achievements(10, [5])
    with pytest.raises(InvalidTypeError, match="indicator: got 'x', expected an Indicator"):
        period_achievements(10, [5], indicator="x", accumulation=FLOW)  # type: ignore[arg-type]


def test_options_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="polarity: got 'up'"):
        period_achievements(10, [5], accumulation=FLOW, polarity="up")
    with pytest.raises(InvalidTypeError, match="allow_negative: got 1"):
        period_achievements(10, [5], accumulation=FLOW, allow_negative=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="cap: got 0"):
        period_achievements(10, [5], accumulation=FLOW, cap=0)
    with pytest.raises(InvalidInputError, match="minimize_formula: got 'x'"):
        period_achievements(10, [5], accumulation=FLOW, minimize_formula="x")


# ----------------------------------------------------------------------------- Renja evaluation


def test_evaluate_renja_flow_with_budget() -> None:
    row = evaluate_renja(
        final_target=100,
        realized_before=40,
        year_target=30,
        quarters=[5, 10, None, 6],
        accumulation="flow",
        budget_final=500,
        budget_before=180,
        budget_year=100,
        budget_quarters=[20, 25, None, 30],
    )
    assert row.realization_year == Decimal(21)  # col 13
    assert row.realization_to_date == Decimal(61)  # col 14 = col 7 + col 13
    assert row.achievement_year == Decimal(70)  # col 13 / col 8
    assert row.progress == Decimal(61)  # col 15 = col 14 / col 6
    assert (row.band_year.code, row.band_progress.code) == ("S", "R")
    assert row.budget_year == Decimal(75)
    assert row.budget_to_date == Decimal(255)
    assert row.budget_absorption_year == Decimal(75)
    assert row.budget_progress == Decimal(51)
    assert row.band_budget_year is not None
    assert row.band_budget_progress is not None
    assert (row.band_budget_year.code, row.band_budget_progress.code) == ("S", "R")  # 75 → S
    assert row.quarters == (Decimal(5), Decimal(10), None, Decimal(6))
    assert row.budget_quarters == (Decimal(20), Decimal(25), None, Decimal(30))
    assert (row.budget_final, row.budget_before, row.budget_allocation) == (
        Decimal(500),
        Decimal(180),
        Decimal(100),
    )
    assert row.accumulation is FLOW
    assert row.final_target == Target.point(100)
    assert row.year_target == Target.point(30)
    assert row.realized_before == Decimal(40)


def test_evaluate_renja_without_budget() -> None:
    row = evaluate_renja(
        final_target=100, realized_before=None, year_target=30, quarters=[30], accumulation=FLOW
    )
    assert row.realization_to_date == Decimal(30)
    budget = (
        row.budget_final,
        row.budget_before,
        row.budget_allocation,
        row.budget_quarters,
        row.budget_year,
        row.budget_to_date,
        row.budget_absorption_year,
        row.budget_progress,
        row.band_budget_year,
        row.band_budget_progress,
    )
    assert budget == (None,) * 10


def test_evaluate_renja_stock() -> None:
    # A percentage indicator: the year is its last quarter, to date the latest state.
    row = evaluate_renja(
        final_target=90,
        realized_before=78,
        year_target=86,
        quarters=[80, 82, 85, 86],
        accumulation=STOCK,
    )
    assert row.realization_year == Decimal(86)
    assert row.realization_to_date == Decimal(86)
    assert row.achievement_year == Decimal(100)
    assert round_half_up(row.progress, 2) == Decimal("95.56")
    assert row.band_progress.label == "Sangat Tinggi"
    with pytest.raises(InvalidTypeError, match="realized_before: "):
        evaluate_renja(
            final_target=90,
            realized_before=(1, 2),
            year_target=86,
            quarters=[80],
            accumulation=STOCK,
        )


def test_evaluate_renja_ratio() -> None:
    # Participation: 133 of 157 before, this year 70 of 80 and 72 of 87 → (275)/(324).
    row = evaluate_renja(
        final_target=90,
        realized_before=(133, 157),
        year_target=85,
        quarters=[(70, 80), None, (72, 87), None],
        accumulation=RATIO,
    )
    assert r20(row.realization_year) == r20(Fraction(14200, 167))
    assert r20(row.realization_to_date) == r20(Fraction(27500, 324))
    assert row.quarters == ((Decimal(70), Decimal(80)), None, (Decimal(72), Decimal(87)), None)
    first = evaluate_renja(
        final_target=90, realized_before=None, year_target=85, quarters=[(1, 2)], accumulation=RATIO
    )
    assert first.realization_to_date == Decimal(50)


def test_evaluate_renja_average() -> None:
    # (sum, number) of the periods before: 8 quarters summing 640; this year 90, 70.
    row = evaluate_renja(
        final_target=80,
        realized_before=(640, 8),
        year_target=80,
        quarters=[90, None, 70, None],
        accumulation=AVERAGE,
    )
    assert row.realization_year == Decimal(80)
    assert row.realization_to_date == Decimal(80)  # (640 + 160) / 10
    row = evaluate_renja(
        final_target=80,
        realized_before=(0, 0),
        year_target=80,
        quarters=[60],
        accumulation=AVERAGE,
    )
    assert row.realization_to_date == Decimal(60)
    none = evaluate_renja(
        final_target=80, realized_before=None, year_target=80, quarters=[60], accumulation=AVERAGE
    )
    assert none.realization_to_date == Decimal(60)
    with pytest.raises(
        InvalidInputError, match=r"realized_before\[0\]: got 5, expected a sum of 0"
    ):
        evaluate_renja(
            final_target=80,
            realized_before=(5, 0),
            year_target=80,
            quarters=[60],
            accumulation=AVERAGE,
        )
    with pytest.raises(InvalidInputError, match=r"realized_before\[1\]: got '1.5', expected a"):
        evaluate_renja(
            final_target=80,
            realized_before=(5, "1.5"),
            year_target=80,
            quarters=[60],
            accumulation=AVERAGE,
        )
    with pytest.raises(InvalidTypeError, match="realized_before: "):
        evaluate_renja(
            final_target=80, realized_before=5, year_target=80, quarters=[60], accumulation=AVERAGE
        )


def test_evaluate_renja_range_and_minimize() -> None:
    row = evaluate_renja(
        final_target=Target.between(5, 7),
        realized_before=None,
        year_target=Target.between(8, 9),
        quarters=[9.5, 8.5],
        accumulation=STOCK,
        polarity="minimize",
        cap=105,
    )
    assert row.achievement_year == Decimal(100)  # 8.5 inside 8–9
    # to date 8.5 against the range 5–7: above it, the upper bound 7 → (14 − 8.5) / 7
    assert r20(row.progress) == r20(Fraction(550, 7))
    low = evaluate_renja(
        final_target=10,
        realized_before=None,
        year_target=10,
        quarters=[5],
        accumulation=STOCK,
        polarity=Polarity.MINIMIZE,
        cap=105,
    )
    assert low.achievement_year == Decimal(105)  # capped
    assert low.progress == Decimal(150)  # the Renstra progress is not capped


def test_evaluate_renja_with_indicator() -> None:
    skm = Indicator(name="IKM", accumulation="stock")
    row = evaluate_renja(
        final_target=85, realized_before=80, year_target=84, quarters=[83, 84], indicator=skm
    )
    assert row.accumulation is STOCK
    assert row.achievement_year == Decimal(100)
    with pytest.raises(InvalidInputError, match="accumulation: got None"):
        evaluate_renja(final_target=85, realized_before=80, year_target=84, quarters=[83])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"year_target": 0}, "target 0"),
        ({"final_target": 0}, "target 0"),
        ({"budget_year": 0}, "absorption is undefined"),
        ({"budget_final": 0}, "absorption is undefined"),
    ],
)
def test_a_zero_target_makes_its_column_undefined(change: dict[str, object], field: str) -> None:
    kwargs: dict[str, object] = {
        "final_target": 100,
        "realized_before": 40,
        "year_target": 30,
        "quarters": [5],
        "accumulation": FLOW,
        "budget_final": 500,
        "budget_before": 0,
        "budget_year": 100,
        "budget_quarters": [20],
        **change,
    }
    with pytest.raises(UndefinedResultError, match=field):
        evaluate_renja(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "missing", ["budget_final", "budget_before", "budget_year", "budget_quarters"]
)
def test_budget_all_or_none(missing: str) -> None:
    kwargs: dict[str, object] = {
        "budget_final": 500,
        "budget_before": 0,
        "budget_year": 100,
        "budget_quarters": [20],
        missing: None,
    }
    with pytest.raises(InvalidInputError, match=f"{missing}: got None, expected a value: give all"):
        evaluate_renja(
            final_target=1,
            realized_before=0,
            year_target=1,
            quarters=[1],
            accumulation=FLOW,
            **kwargs,  # type: ignore[arg-type]
        )


def test_budget_amounts() -> None:
    base: dict[str, object] = {
        "final_target": 1,
        "realized_before": 0,
        "year_target": 1,
        "quarters": [1],
        "accumulation": FLOW,
        "budget_final": 500,
        "budget_before": 0,
        "budget_year": 100,
        "budget_quarters": [20],
    }
    for name in ("budget_final", "budget_before", "budget_year"):
        with pytest.raises(InvalidInputError, match=f"{name}: got -1, expected an amount"):
            evaluate_renja(**{**base, name: -1})  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"budget_quarters\[1\]: got -1"):
        evaluate_renja(**{**base, "budget_quarters": [1, -1]})  # type: ignore[arg-type]
    with pytest.raises(UndefinedResultError, match="budget realization of no reported period"):
        evaluate_renja(**{**base, "budget_quarters": [None]})  # type: ignore[arg-type]
    zero = evaluate_renja(**{**base, "budget_quarters": [0, None]})  # type: ignore[arg-type]
    assert zero.budget_year == Decimal(0)
    assert zero.band_budget_year is not None
    assert zero.band_budget_year.code == "SR"


def test_no_quarter_reported_is_undefined() -> None:
    with pytest.raises(UndefinedResultError, match="no reported period"):
        evaluate_renja(
            final_target=1, realized_before=0, year_target=1, quarters=[None], accumulation=FLOW
        )
    with pytest.raises(InvalidTypeError, match="quarters: "):
        evaluate_renja(
            final_target=1, realized_before=0, year_target=1, quarters="1", accumulation=FLOW
        )


# ----------------------------------------------------------------------------- display

_SHOWN = evaluate_renja(
    final_target=100,
    realized_before=40,
    year_target=30,
    quarters=[5, 10, None, 6],
    accumulation="flow",
    budget_final=500_000_000,
    budget_before=180_000_000,
    budget_year=100_000_000,
    budget_quarters=[20_000_000, 25_000_000, None, "30000000.5"],
)


def test_repr() -> None:
    assert repr(_SHOWN) == (
        "<RenjaEvaluation flow: year 21 (col 13), achievement 70.00% S; to date 61 (col 14), "
        "progress 61.00% R (col 15); budget year 75000000.50, absorption 75.00% S, to date "
        "255000000.50, progress 51.00% R>"
    )
    plain = evaluate_renja(
        final_target=90, realized_before=None, year_target=86, quarters=[86], accumulation=STOCK
    )
    assert repr(plain) == (
        "<RenjaEvaluation stock: year 86 (col 13), achievement 100.00% ST; to date 86 (col 14), "
        "progress 95.56% ST (col 15)>"
    )


def test_html() -> None:
    shown = _SHOWN._repr_html_()
    assert "<td style='text-align:right'>21,00</td>" in shown  # figures align right
    page = shown.replace("<td style='text-align:right'>", "<td>")
    assert page.startswith("<table><caption>Evaluasi hasil Renja (Permendagri 86/2017)</caption>")
    for text in (
        "<th>Realisasi TW I (9)</th>",
        "<th>Realisasi TW IV (12)</th>",
        "<th>Realisasi tahun (13)</th>",
        "<th>Realisasi s/d tahun berjalan (14)</th>",
        "<th>Tingkat capaian (15)</th>",
        "<th>Predikat</th>",
        (
            "<td>Kinerja (flow)</td><td>100,00</td><td>40,00</td><td>30,00</td><td>5,00</td>"
            "<td>10,00</td><td>–</td><td>6,00</td><td>21,00</td><td>70,00%</td><td>Sedang</td>"
            "<td>61,00</td><td>61,00%</td><td>Rendah</td>"
        ),
        (
            "<td>Anggaran (Rp)</td><td>500.000.000,00</td><td>180.000.000,00</td>"
            "<td>100.000.000,00</td><td>20.000.000,00</td><td>25.000.000,00</td><td>–</td>"
            "<td>30.000.000,50</td><td>75.000.000,50</td><td>75,00%</td><td>Sedang</td>"
            "<td>255.000.000,50</td><td>51,00%</td><td>Rendah</td>"
        ),
    ):
        assert text in page


def test_html_ratio_range_and_other_periods() -> None:
    row = evaluate_renja(
        final_target=Target.between(80, 90),
        realized_before=(133, 157),
        year_target=85,
        quarters=[(70, 80), (72, 87)],
        accumulation=RATIO,
    )
    page = row._repr_html_().replace("<td style='text-align:right'>", "<td>")
    assert "<td>80,00–90,00</td><td>133/157</td><td>85,00</td><td>70/80</td><td>72/87</td>" in page
    assert "<th>Realisasi periode 1</th><th>Realisasi periode 2</th>" in page
    assert "Anggaran" not in page
    assert "&lt;" not in page


def test_renja_evaluation_is_validated() -> None:
    with pytest.raises(InvalidTypeError, match="band_year: "):
        RenjaEvaluation(**{**_fields(_SHOWN), "band_year": "ST"})
    with pytest.raises(InvalidTypeError, match="band_budget_year: got 'ST'"):
        RenjaEvaluation(**{**_fields(_SHOWN), "band_budget_year": "ST"})
    with pytest.raises(InvalidTypeError, match="band_budget_progress: got 'ST'"):
        RenjaEvaluation(**{**_fields(_SHOWN), "band_budget_progress": "ST"})
    with pytest.raises(InvalidInputError, match="budget_year: got -1"):
        RenjaEvaluation(**{**_fields(_SHOWN), "budget_year": -1})
    with pytest.raises(InvalidInputError, match=r"quarters\[0\]\[1\]"):
        RenjaEvaluation(**{**_fields(_SHOWN), "quarters": [(1, -1)]})
    copy = RenjaEvaluation(**_fields(_SHOWN))
    assert copy == _SHOWN


def _fields(row: RenjaEvaluation) -> dict[str, object]:
    return attrs.asdict(row, recurse=False)


def test_accumulation_is_one_object() -> None:
    assert periods_module.Accumulation is Accumulation
    assert [m.value for m in Accumulation] == ["flow", "stock", "ratio", "average"]


# ----------------------------------------------------------------------------- laws

reported_or_not = st.lists(st.one_of(st.none(), non_negative), max_size=8)
some_reported = reported_or_not.filter(lambda xs: any(x is not None for x in xs))


@given(some_reported, st.lists(st.integers(0, 8), max_size=4))
def test_flow_is_additive_over_any_split(values: list[Decimal | None], cuts: list[int]) -> None:
    bounds = sorted({0, len(values), *(min(c, len(values)) for c in cuts)})
    parts = [values[a:b] for a, b in itertools.pairwise(bounds)]
    subtotals = [
        accumulate(part, accumulation=FLOW)
        for part in parts
        if any(value is not None for value in part)
    ]
    assert accumulate(subtotals, accumulation=FLOW) == accumulate(values, accumulation=FLOW)


@given(some_reported)
def test_stock_is_idempotent_and_the_last_reported(values: list[Decimal | None]) -> None:
    stock = accumulate(values, accumulation=STOCK)
    assert accumulate([stock], accumulation=STOCK) == stock
    assert stock == [value for value in values if value is not None][-1]


@given(
    st.lists(
        st.one_of(st.none(), st.tuples(non_negative, positive)),
        max_size=8,
    ).filter(lambda xs: any(x is not None for x in xs))
)
def test_ratio_equals_the_ratio_of_sums(values: list[tuple[Decimal, Decimal] | None]) -> None:
    pairs = [pair for pair in values if pair is not None]
    expected = Fraction(sum(n for n, _ in pairs)) / Fraction(sum(d for _, d in pairs)) * 100
    result = accumulate(values, accumulation=RATIO)
    assert r20(result) == r20(expected)


@given(some_reported)
def test_average_is_the_mean_of_the_reported(values: list[Decimal | None]) -> None:
    numbers = [value for value in values if value is not None]
    expected = Fraction(sum(numbers)) / len(numbers)
    result = accumulate(values, accumulation=AVERAGE)
    assert r20(result) == r20(expected)
    assert min(numbers) <= result <= max(numbers)


@given(st.sampled_from([FLOW, STOCK, AVERAGE]), positive, some_reported)
def test_last_achievement_is_the_years(
    kind: Accumulation, target: Decimal, values: list[Decimal | None]
) -> None:
    results = period_achievements(target, values, accumulation=kind)
    last = max(i for i, value in enumerate(values) if value is not None)
    year = achievement(target, accumulate(values, accumulation=kind))
    assert results[last] == year
    assert all(r is None for r in results[last + 1 :])
    row = evaluate_renja(
        final_target=target, realized_before=None, year_target=target, quarters=values,
        accumulation=kind,
    )  # fmt: skip
    assert row.achievement_year == year
    assert row.band_year == PERMENDAGRI_86_2017.classify(year)


@given(
    st.sampled_from(list(Accumulation)),
    st.lists(st.tuples(non_negative, positive), min_size=1, max_size=6),
    st.lists(st.integers(0, 6), max_size=4),
)
def test_none_periods_change_nothing(
    kind: Accumulation, pairs: list[tuple[Decimal, Decimal]], holes: list[int]
) -> None:
    values: list[object] = list(pairs) if kind is RATIO else [n for n, _ in pairs]
    with_holes = list(values)
    for hole in sorted(holes, reverse=True):
        with_holes.insert(min(hole, len(with_holes)), None)
    assert accumulate(with_holes, accumulation=kind) == accumulate(values, accumulation=kind)  # type: ignore[arg-type]
    dense = period_achievements(100, values, accumulation=kind)  # type: ignore[arg-type]
    sparse = period_achievements(100, with_holes, accumulation=kind)  # type: ignore[arg-type]
    assert [r for r in sparse if r is not None] == list(dense)
    assert [i for i, r in enumerate(sparse) if r is None] == [
        i for i, v in enumerate(with_holes) if v is None
    ]


@given(non_negative, some_reported, positive, positive)
def test_flow_to_date_is_before_plus_year(
    before: Decimal, values: list[Decimal | None], final: Decimal, year_target: Decimal
) -> None:
    row = evaluate_renja(
        final_target=final, realized_before=before, year_target=year_target, quarters=values,
        accumulation=FLOW,
    )  # fmt: skip
    assert row.realization_to_date == before + row.realization_year
    assert row.progress == achievement(final, row.realization_to_date)
    assert row.realization_year == accumulate(values, accumulation=FLOW)


# ----------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: accumulate("12", accumulation=FLOW),
            InvalidTypeError,
            "values: got '12', expected a sequence of period values (None: not reported)",
        ),
        (
            lambda: accumulate([5], accumulation=RATIO),
            InvalidTypeError,
            "values[0]: got 5, expected a (numerator, denominator) pair for RATIO",
        ),
        (
            lambda: accumulate([(1, "x")], accumulation=RATIO),
            InvalidInputError,
            (
                "values[0][1]: got 'x', expected a plain decimal string such as '12143000.00' "
                "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
            ),
        ),
        (
            lambda: accumulate([None], accumulation=FLOW),
            UndefinedResultError,
            (
                "the accumulation of no reported period is undefined; None marks a period not yet "
                "reported; report a value (0 is a value)"
            ),
        ),
        (
            lambda: accumulate([(1, 0)], accumulation=RATIO),
            UndefinedResultError,
            "the ratio of the periods' sums is undefined: the denominator is zero",
        ),
        (
            lambda: period_achievements(1, [1], accumulation="sum"),
            InvalidTypeError,
            (
                "accumulation: got 'sum', expected one of Accumulation.FLOW, Accumulation.STOCK, "
                "Accumulation.RATIO, Accumulation.AVERAGE (or 'flow', 'stock', 'ratio', 'average')"
            ),
        ),
        (
            lambda: period_achievements(1, [1]),
            InvalidInputError,
            "accumulation: got None, expected an Accumulation (FLOW, STOCK, RATIO or AVERAGE)",
        ),
        (
            lambda: period_achievements(1, [1], indicator=Indicator(name="x")),
            InvalidInputError,
            (
                "accumulation: got None, expected an Accumulation (FLOW, STOCK, RATIO or AVERAGE): "
                "the indicator declares none"
            ),
        ),
        (
            lambda: period_achievements(1, [1], accumulation=FLOW, cap="-1"),
            InvalidInputError,
            "cap: got '-1', expected a cap > 0, or None",
        ),
        (
            lambda: period_achievements(
                1, [1], indicator=Indicator(name="x", cap=105), accumulation=FLOW, cap=110
            ),
            InvalidInputError,
            (
                "cap: got Decimal('110'), expected the indicator's Decimal('105') (give an option "
                "through the indicator or as an argument, not both)"
            ),
        ),
        (
            lambda: period_achievements([80, 90], [1], accumulation=FLOW),
            InvalidTypeError,
            (
                "target: got [80, 90], expected a number or a Target (use Target.between(lower, "
                "upper) for a range)"
            ),
        ),
        (
            lambda: evaluate_renja(
                final_target=1,
                realized_before=0,
                year_target=1,
                quarters=[1],
                accumulation=FLOW,
                budget_final=1,
                budget_before=0,
                budget_year=1,
            ),
            InvalidInputError,
            (
                "budget_quarters: got None, expected a value: give all four budget columns "
                "(budget_final, budget_before, budget_year, budget_quarters) or none"
            ),
        ),
        (
            lambda: evaluate_renja(
                final_target=1,
                realized_before=0,
                year_target=1,
                quarters=[1],
                accumulation=FLOW,
                budget_final=1,
                budget_before=0,
                budget_year=1,
                budget_quarters=[None],
            ),
            UndefinedResultError,
            (
                "the budget realization of no reported period is undefined; None marks a period "
                "not yet reported; report a value (0 is a value)"
            ),
        ),
        (
            lambda: RenjaEvaluation(**{**_fields(_SHOWN), "accumulation": "sum"}),
            InvalidTypeError,
            (
                "accumulation: got 'sum', expected one of Accumulation.FLOW, Accumulation.STOCK, "
                "Accumulation.RATIO, Accumulation.AVERAGE (or 'flow', 'stock', 'ratio', 'average')"
            ),
        ),
    ],
)
def test_messages(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message
    assert type(info.value) is error


def test_indicator_allowing_negatives_needs_no_argument() -> None:
    growth = Indicator(name="Pertumbuhan", allow_negative=True, accumulation=FLOW)
    assert period_achievements(10, [-1], indicator=growth) == (Decimal(-10),)


def test_integers_written_with_an_exponent_come_back_plain() -> None:
    assert str(accumulate([Decimal("1E+1")], accumulation=STOCK)) == "10"
    assert str(accumulate([Decimal(5)], accumulation=STOCK)) == "5"


def test_html_header_and_rows() -> None:
    page = _SHOWN._repr_html_()
    header = "".join(
        f"<th>{text}</th>"
        for text in (
            "",
            "Target akhir Renstra (6)",
            "Realisasi s/d tahun lalu (7)",
            "Target tahun berjalan (8)",
            "Realisasi TW I (9)",
            "Realisasi TW II (10)",
            "Realisasi TW III (11)",
            "Realisasi TW IV (12)",
            "Realisasi tahun (13)",
            "Capaian tahun (%)",
            "Predikat",
            "Realisasi s/d tahun berjalan (14)",
            "Tingkat capaian (15)",
            "Predikat",
        )
    )
    assert f"<thead><tr>{header}</tr></thead>" in page
    assert "<td>Rendah</td></tr><tr><td>Anggaran (Rp)</td>" in page
    assert page.endswith("</tr></tbody></table>")
