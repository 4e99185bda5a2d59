"""lkjcalc: exact figures for Indonesian performance reports (LKjIP) and satisfaction surveys (SKM).

The public API is re-exported here; see ``docs/index.md``. Scales live in :mod:`lkjcalc.scales`.

Names are loaded on first use (PEP 562), so ``import lkjcalc`` stays cheap and never imports Babel;
``from lkjcalc import achievement`` and ``lkjcalc.scales`` work as usual. To add a public name:
one entry in ``_EXPORTS`` (name → defining module), the same import under ``TYPE_CHECKING`` (for
type checkers) and the name in ``__all__``; ``tests/test_api.py`` checks that the three agree.
A name that leaves the facade moves to ``_DEPRECATED`` (name → new module, since-version) and keeps
resolving, with a ``DeprecationWarning``, for at least one minor release.

The classes of the report model (``Report``, ``PerformanceRow`` …) are reached as
``lkjcalc.report.X``; :func:`review_report` stays here.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lkjcalc import scales
    from lkjcalc._numeric import Count, Number, Rounding, round_half_up
    from lkjcalc.budget import (
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
    from lkjcalc.errors import (
        InvalidInputError,
        InvalidTypeError,
        LkjcalcError,
        ParseError,
        UndefinedResultError,
    )
    from lkjcalc.evaluation import (
        LKE_2021,
        Component,
        LkeGrade,
        LkeResult,
        Subcomponent,
        Worksheet,
        propose_lke_grade,
        score_lke,
    )
    from lkjcalc.participation import participation_percentage
    from lkjcalc.performance import (
        Accumulation,
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
    from lkjcalc.periods import (
        RenjaEvaluation,
        accumulate,
        evaluate_renja,
        period_achievements,
    )
    from lkjcalc.report import review_report
    from lkjcalc.review import (
        FigureKind,
        Finding,
        FindingKind,
        Published,
        check_absorption,
        check_achievement,
        check_band,
        check_consistent,
        check_difference,
        check_ikm,
        check_lke,
        check_percentage,
        check_renja,
        check_sample,
        check_total,
        check_weights,
        findings_html,
        published,
    )
    from lkjcalc.scales import Band, Scale
    from lkjcalc.survey import (
        ANSWERS_2017,
        ELEMENTS_2004,
        ELEMENTS_2017,
        Combination,
        Element,
        ElementTally,
        IkmComparison,
        IkmInterval,
        IkmOptions,
        IkmResult,
        SampleMethod,
        Survey,
        Weighting,
        combine_ikm,
        compare_ikm,
        ikm,
        ikm_from_index,
        ikm_from_nrr,
        ikm_interval,
        index_to_ikm,
        minimum_sample_size,
    )
    from lkjcalc.text import (
        format_compact_rupiah,
        format_number,
        format_percent,
        format_rupiah,
        parse_rupiah,
        terbilang,
    )

__version__ = "0.1.0.dev0"

#: Public name → the module that defines it (a module's own name maps to itself).
_EXPORTS: dict[str, str] = {
    # exact numbers
    "Count": "lkjcalc._numeric",
    "Number": "lkjcalc._numeric",
    "Rounding": "lkjcalc._numeric",
    "round_half_up": "lkjcalc._numeric",
    # errors
    "InvalidInputError": "lkjcalc.errors",
    "InvalidTypeError": "lkjcalc.errors",
    "LkjcalcError": "lkjcalc.errors",
    "ParseError": "lkjcalc.errors",
    "UndefinedResultError": "lkjcalc.errors",
    # achievement (the module is "performance": a submodule named like a public function would
    # shadow the function once imported)
    "Indicator": "lkjcalc.performance",
    "MinimizeFormula": "lkjcalc.performance",
    "Polarity": "lkjcalc.performance",
    "Target": "lkjcalc.performance",
    "achievement": "lkjcalc.performance",
    "mean_achievement": "lkjcalc.performance",
    "point_change": "lkjcalc.performance",
    "relative_change": "lkjcalc.performance",
    "renstra_progress": "lkjcalc.performance",
    # periods: quarters, years and the Renja evaluation (Accumulation is defined with Indicator)
    "Accumulation": "lkjcalc.performance",
    "RenjaEvaluation": "lkjcalc.periods",
    "accumulate": "lkjcalc.periods",
    "evaluate_renja": "lkjcalc.periods",
    "period_achievements": "lkjcalc.periods",
    # participation
    "participation_percentage": "lkjcalc.participation",
    # budget
    "Budget": "lkjcalc.budget",
    "BudgetLine": "lkjcalc.budget",
    "PerformanceBudget": "lkjcalc.budget",
    "absorption": "lkjcalc.budget",
    "efficiency_band": "lkjcalc.budget",
    "efficiency_gap": "lkjcalc.budget",
    "efficiency_index": "lkjcalc.budget",
    "share": "lkjcalc.budget",
    "unspent_share": "lkjcalc.budget",
    # satisfaction survey (SKM) and its index (IKM)
    "ANSWERS_2017": "lkjcalc.survey",
    "Combination": "lkjcalc.survey",
    "combine_ikm": "lkjcalc.survey",
    "ELEMENTS_2004": "lkjcalc.survey",
    "ELEMENTS_2017": "lkjcalc.survey",
    "Element": "lkjcalc.survey",
    "ElementTally": "lkjcalc.survey",
    "IkmComparison": "lkjcalc.survey",
    "IkmInterval": "lkjcalc.survey",
    "IkmOptions": "lkjcalc.survey",
    "IkmResult": "lkjcalc.survey",
    "SampleMethod": "lkjcalc.survey",
    "Survey": "lkjcalc.survey",
    "Weighting": "lkjcalc.survey",
    "compare_ikm": "lkjcalc.survey",
    "ikm": "lkjcalc.survey",
    "ikm_from_index": "lkjcalc.survey",
    "ikm_from_nrr": "lkjcalc.survey",
    "ikm_interval": "lkjcalc.survey",
    "index_to_ikm": "lkjcalc.survey",
    "minimum_sample_size": "lkjcalc.survey",
    # the AKIP evaluation worksheet (LKE)
    "Component": "lkjcalc.evaluation",
    "LKE_2021": "lkjcalc.evaluation",
    "LkeGrade": "lkjcalc.evaluation",
    "LkeResult": "lkjcalc.evaluation",
    "Subcomponent": "lkjcalc.evaluation",
    "Worksheet": "lkjcalc.evaluation",
    "propose_lke_grade": "lkjcalc.evaluation",
    "score_lke": "lkjcalc.evaluation",
    # review of published figures (reviu), and whole reports
    "FigureKind": "lkjcalc.review",
    "Finding": "lkjcalc.review",
    "FindingKind": "lkjcalc.review",
    "Published": "lkjcalc.review",
    "check_absorption": "lkjcalc.review",
    "check_achievement": "lkjcalc.review",
    "check_band": "lkjcalc.review",
    "check_consistent": "lkjcalc.review",
    "check_difference": "lkjcalc.review",
    "check_ikm": "lkjcalc.review",
    "check_lke": "lkjcalc.review",
    "check_percentage": "lkjcalc.review",
    "check_renja": "lkjcalc.review",
    "check_sample": "lkjcalc.review",
    "check_total": "lkjcalc.review",
    "check_weights": "lkjcalc.review",
    "findings_html": "lkjcalc.review",
    "published": "lkjcalc.review",
    "review_report": "lkjcalc.report",
    # scales
    "Band": "lkjcalc.scales",
    "Scale": "lkjcalc.scales",
    "scales": "lkjcalc.scales",
    # Indonesian text (Babel is imported only when one of these is first called)
    "format_compact_rupiah": "lkjcalc.text",
    "format_number": "lkjcalc.text",
    "format_percent": "lkjcalc.text",
    "format_rupiah": "lkjcalc.text",
    "parse_rupiah": "lkjcalc.text",
    "terbilang": "lkjcalc.text",
}

#: Names that left ``__all__``: name → (the module that defines it now, the version since which
#: ``lkjcalc.<name>`` is deprecated). They still resolve, with a ``DeprecationWarning`` naming their
#: new home, and are never kept in the namespace, so that every access meets the warnings filter.
_DEPRECATED: dict[str, tuple[str, str]] = {
    # the report model's classes live in lkjcalc.report (review_report stays in the facade)
    "BudgetRow": ("lkjcalc.report", "0.2"),
    "BudgetTable": ("lkjcalc.report", "0.2"),
    "CountTable": ("lkjcalc.report", "0.2"),
    "ParticipationRow": ("lkjcalc.report", "0.2"),
    "PerformanceBudgetRow": ("lkjcalc.report", "0.2"),
    "PerformanceRow": ("lkjcalc.report", "0.2"),
    "PrintedSurvey": ("lkjcalc.report", "0.2"),
    "ProgressRow": ("lkjcalc.report", "0.2"),
    "Report": ("lkjcalc.report", "0.2"),
    "ShareRow": ("lkjcalc.report", "0.2"),
}

__all__ = [
    "ANSWERS_2017",
    "ELEMENTS_2004",
    "ELEMENTS_2017",
    "LKE_2021",
    "Accumulation",
    "Band",
    "Budget",
    "BudgetLine",
    "Combination",
    "Component",
    "Count",
    "Element",
    "ElementTally",
    "FigureKind",
    "Finding",
    "FindingKind",
    "IkmComparison",
    "IkmInterval",
    "IkmOptions",
    "IkmResult",
    "Indicator",
    "InvalidInputError",
    "InvalidTypeError",
    "LkeGrade",
    "LkeResult",
    "LkjcalcError",
    "MinimizeFormula",
    "Number",
    "ParseError",
    "PerformanceBudget",
    "Polarity",
    "Published",
    "RenjaEvaluation",
    "Rounding",
    "SampleMethod",
    "Scale",
    "Subcomponent",
    "Survey",
    "Target",
    "UndefinedResultError",
    "Weighting",
    "Worksheet",
    "absorption",
    "accumulate",
    "achievement",
    "check_absorption",
    "check_achievement",
    "check_band",
    "check_consistent",
    "check_difference",
    "check_ikm",
    "check_lke",
    "check_percentage",
    "check_renja",
    "check_sample",
    "check_total",
    "check_weights",
    "combine_ikm",
    "compare_ikm",
    "efficiency_band",
    "efficiency_gap",
    "efficiency_index",
    "evaluate_renja",
    "findings_html",
    "format_compact_rupiah",
    "format_number",
    "format_percent",
    "format_rupiah",
    "ikm",
    "ikm_from_index",
    "ikm_from_nrr",
    "ikm_interval",
    "index_to_ikm",
    "mean_achievement",
    "minimum_sample_size",
    "parse_rupiah",
    "participation_percentage",
    "period_achievements",
    "point_change",
    "propose_lke_grade",
    "published",
    "relative_change",
    "renstra_progress",
    "review_report",
    "round_half_up",
    "scales",
    "score_lke",
    "share",
    "terbilang",
    "unspent_share",
]


def __getattr__(name: str) -> object:
    """Load a public name on first use (PEP 562) and keep it in the module's namespace.

    A deprecated name (``_DEPRECATED``) is loaded from its new home with a ``DeprecationWarning``
    on every access, and is not kept.
    """
    if name in _DEPRECATED:
        return _deprecated(name)
    try:
        module_name = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'lkjcalc' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    value = module if module_name == f"lkjcalc.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def _deprecated(name: str) -> object:
    module_name, since = _DEPRECATED[name]
    warnings.warn(
        f"lkjcalc.{name} is deprecated since lkjcalc {since}; "
        f"use {module_name}.{name} (from {module_name} import {name})",
        DeprecationWarning,
        stacklevel=3,
    )
    return getattr(importlib.import_module(module_name), name)


def __dir__() -> list[str]:
    """The module's names, public ones included before they are loaded."""
    return sorted(set(globals()) | set(__all__))
