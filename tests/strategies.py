"""Shared Hypothesis strategies for lkjcalc's tests, taken from ``lkjcalc.strategies``."""

from __future__ import annotations

from decimal import Decimal

from lkjcalc import strategies as lk
from lkjcalc.strategies import budget_lines, budgets, scales, survey_rows, surveys

__all__ = [
    "budget_lines",
    "budgets",
    "decimals",
    "non_negative",
    "percents",
    "positive",
    "scales",
    "survey_rows",
    "surveys",
]

#: Any finite decimal with up to 6 decimals, in a range that reports use (± 10^12).
decimals = lk.decimals()

#: Non-negative decimals with up to 4 decimals (realizations, percentages, amounts).
non_negative = lk.decimals(min_value=0, max_value=Decimal("1e9"), places=4)

#: Strictly positive decimals with up to 4 decimals (targets, allocations).
positive = lk.decimals(min_value=Decimal("0.0001"), max_value=Decimal("1e9"), places=4)

#: Percent figures as reports print them, 0 to 200 with up to 3 decimals.
percents = lk.percents()
