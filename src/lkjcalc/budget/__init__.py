"""Budget (*anggaran*): lines, totals, absorption, shares and the several kinds of "efficiency".

Chapter III of an LKjIP sets performance against money. Every figure here is derived from the
budget lines (*rincian anggaran*: program → activity, allocation, realization); a total is always
the sum of its lines and is never entered by hand (domain.md §5).

Sources:

- Absorption (*penyerapan*, *serapan anggaran*) R / A × 100: LKjIP practice (domain.md §5).
- Share of a line in the budget (*% anggaran*) A_line / A_total × 100: the seed report, LKj
  Kecamatan Bantur 2020, BAB III table 3.1.
- "Efficiency" (*efisiensi*): reports use at least four formulas under that one word, so each has
  its own function and none is "the" efficiency: :func:`efficiency_gap` (kecamatan LKjIPs),
  :func:`efficiency_index` (BPOM units), :func:`unspent_share` (reports that count the unspent
  budget as savings) and :func:`efficiency_band` (Kepmendagri 690.900.327/1996 ratio bands,
  :data:`lkjcalc.scales.BUDGET_EFFICIENCY_1996`). The three that read performance or spending
  as a ratio take percents (``achievement_pct``, ``absorption_pct``); :func:`unspent_share`
  takes the two amounts, as :func:`absorption` does.

Amounts are rupiah in ``Decimal``, non-negative; a realization above its allocation is allowed
(over-spending happens) and shows in :attr:`BudgetLine.is_over_budget` and
:attr:`Budget.over_budget`. Results are exact and unrounded, in percent unless stated.

The package holds one module per concern: the formulas on amounts and percents (``_formulas``),
the budget lines, budgets and their display (``_lines``), and performance against budget
(``_performance``). This module is its public face.
"""

from __future__ import annotations

from lkjcalc.budget._formulas import (
    absorption,
    efficiency_band,
    efficiency_gap,
    efficiency_index,
    share,
    unspent_share,
)
from lkjcalc.budget._lines import Budget, BudgetLine
from lkjcalc.budget._performance import PerformanceBudget

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
