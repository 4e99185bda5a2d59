"""Periods (moving into a package: the public names are re-exported here)."""

from __future__ import annotations

from lkjcalc.periods._renja import (
    Accumulation,
    PeriodValue,
    RenjaEvaluation,
    accumulate,
    evaluate_renja,
    period_achievements,
)

__all__ = [
    "Accumulation",
    "RenjaEvaluation",
    "accumulate",
    "evaluate_renja",
    "period_achievements",
]
