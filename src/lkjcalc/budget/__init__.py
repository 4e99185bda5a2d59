"""Budget (*anggaran*) (moving into a package: the public names are re-exported here)."""

from __future__ import annotations

from lkjcalc.budget._lines import (
    Budget,
    BudgetLine,
    PerformanceBudget,
    absorption,
    efficiency_band,
    efficiency_gap,
    efficiency_index,
    share,
    unspent_share,
)

__all__ = [
    "Budget",
    "BudgetLine",
    "PerformanceBudget",
    "absorption",
    "efficiency_band",
    "efficiency_gap",
    "efficiency_index",
    "share",
    "unspent_share",
]
