"""lkjcalc: exact figures for Indonesian performance reports (LKjIP) and satisfaction surveys (SKM).

The public API is re-exported here; see ``docs/index.md``. Scales live in :mod:`lkjcalc.scales`.
"""

from __future__ import annotations

from lkjcalc import scales
from lkjcalc._numeric import Count, Number, Rounding, round_half_up
from lkjcalc.achievement import (
    Indicator,
    MinimizeFormula,
    Polarity,
    Target,
    achievement,
    mean_achievement,
    point_change,
    relative_change,
    renstra_progress,
)
from lkjcalc.errors import (
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    ParseError,
    UndefinedResultError,
)
from lkjcalc.participation import participation_percentage
from lkjcalc.scales import Band, Scale

__version__ = "0.1.0.dev0"

__all__ = [
    "Band",
    "Count",
    "Indicator",
    "InvalidInputError",
    "InvalidTypeError",
    "LkjcalcError",
    "MinimizeFormula",
    "Number",
    "ParseError",
    "Polarity",
    "Rounding",
    "Scale",
    "Target",
    "UndefinedResultError",
    "achievement",
    "mean_achievement",
    "participation_percentage",
    "point_change",
    "relative_change",
    "renstra_progress",
    "round_half_up",
    "scales",
]
