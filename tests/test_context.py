"""No public function reads or changes the caller's decimal context (domain.md §0)."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal

import pytest

import lkjcalc
from lkjcalc import MinimizeFormula, Polarity, Target, scales

#: Calls whose exact results need more than 3 significant digits, so that a leak of the caller's
#: precision or rounding into the computation would show.
CALLS: dict[str, Callable[[], object]] = {
    "round_half_up": lambda: lkjcalc.round_half_up("12143000.455", 2),
    "achievement": lambda: lkjcalc.achievement("85.5", "142.123"),
    "achievement_mirror": lambda: lkjcalc.achievement(
        "12345.67", "9876.54", polarity=Polarity.MINIMIZE
    ),
    "achievement_ratio": lambda: lkjcalc.achievement(
        "12345.67",
        "9876.54",
        polarity=Polarity.MINIMIZE,
        minimize_formula=MinimizeFormula.RATIO,
    ),
    "achievement_range": lambda: lkjcalc.achievement(Target.between("80.5", "90.5"), "99.99"),
    "mean_achievement": lambda: lkjcalc.mean_achievement(["85.03", "100.04", "99.66"]),
    "renstra_progress": lambda: lkjcalc.renstra_progress(100, "85.0299"),
    "point_change": lambda: lkjcalc.point_change("84.71337", "85.02994"),
    "relative_change": lambda: lkjcalc.relative_change(157, 167),
    "participation_percentage": lambda: lkjcalc.participation_percentage(142, 167),
    "classify": lambda: scales.IKM_2017.classify("88.305"),
    "ikm": lambda: lkjcalc.ikm(
        lkjcalc.Survey.from_totals({f"U{i}": (301 + i, 97) for i in range(1, 10)})
    ),
    "ikm_printed_weights": lambda: lkjcalc.ikm_from_nrr(
        {f"U{i}": f"3.{i}7" for i in range(1, 10)}, weights="0.111", weighted_places=2
    ),
    "minimum_sample_size": lambda: lkjcalc.minimum_sample_size(123457),
    "absorption": lambda: lkjcalc.absorption("131137800.00", "128512444.17"),
    "share": lambda: lkjcalc.share("12143000", "692541800"),
    "efficiency_index": lambda: lkjcalc.efficiency_index("100.04", "98.13"),
    "unspent_share": lambda: lkjcalc.unspent_share("131137800.00", "128512444.17"),
    "format_rupiah": lambda: lkjcalc.format_rupiah("123456789012.345"),
    "format_percent": lambda: lkjcalc.format_percent("85.02994011976"),
    "format_compact_rupiah": lambda: lkjcalc.format_compact_rupiah("1254999999"),
    "terbilang": lambda: lkjcalc.terbilang("1250762095364.33", currency=True),
    "parse_rupiah": lambda: lkjcalc.parse_rupiah("Rp1.250.762.095.364,33"),
    "check_percentage": lambda: lkjcalc.check_percentage(12143000, 636541800, "1,907%"),
    "round": lambda: scales.IKM_2017.round("88.30499"),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_results_do_not_depend_on_the_callers_context(name: str) -> None:
    call = CALLS[name]
    expected = call()
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        ctx.traps[decimal.Inexact] = True  # any inexact operation in the caller's context fails
        assert call() == expected
        assert ctx.prec == 3  # and the caller's context is left as it was
        assert ctx.rounding == decimal.ROUND_FLOOR


def test_the_callers_context_is_not_changed() -> None:
    before = decimal.getcontext().copy()
    lkjcalc.participation_percentage(142, 167)
    after = decimal.getcontext()
    assert (after.prec, after.rounding, after.traps) == (before.prec, before.rounding, before.traps)


def test_a_precision_leak_would_show() -> None:
    # The check above is meaningful: at precision 3 the figure differs.
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        assert Decimal(14200) / Decimal(167) != lkjcalc.participation_percentage(142, 167)
