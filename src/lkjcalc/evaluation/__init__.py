"""The AKIP evaluation worksheet (LKE) (moving into a package: the public names are re-exported here)."""

from __future__ import annotations

from lkjcalc.evaluation._worksheet import (
    LKE_2021,
    Component,
    LkeGrade,
    LkeResult,
    Subcomponent,
    Worksheet,
    propose_lke_grade,
    score_lke,
)

__all__ = [
    "LKE_2021",
    "Component",
    "LkeGrade",
    "LkeResult",
    "Subcomponent",
    "Worksheet",
    "propose_lke_grade",
    "score_lke",
]
