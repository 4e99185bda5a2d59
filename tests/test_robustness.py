"""Robustness sweep, in the style of python-stdnum's ``test_robustness``.

Every public function and constructor in ``lkjcalc.__all__`` is listed in ``CASES`` with a
valid call; each numeric argument is then fed junk and must raise an ``LkjcalcError`` (never
return, never raise anything else). A public callable that is neither in ``CASES`` nor in
``EXEMPT`` fails the sweep, so a new function cannot escape it.

To add a function: one ``Case`` with keyword arguments that make a valid call, the names of its
numeric arguments, and for an argument where a junk value has a documented meaning (``None`` for
"no cap"), that value in ``meaningful``.
"""

from __future__ import annotations

import enum
import functools
import inspect
import time
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

import lkjcalc
from lkjcalc import report, scales


@attrs.frozen
class Case:
    call: Callable[..., object]
    kwargs: dict[str, Any]
    numeric: tuple[str, ...]
    meaningful: dict[str, tuple[str, ...]] = attrs.Factory(dict)


class _Thing:
    def __repr__(self) -> str:
        return "<thing>"


#: Junk for a numeric argument, by a readable id.
JUNK: dict[str, object] = {
    "None": None,
    "abc": "abc",
    "space12": " 12",
    "empty": "",
    "exponent": "1e3",
    "grouped": "1,000",
    "arabic_digits": "\u0661\u0662",
    "nan": float("nan"),
    "inf": float("inf"),
    "-inf": float("-inf"),
    "Decimal_nan": Decimal("NaN"),
    "Decimal_snan": Decimal("sNaN"),
    "Decimal_inf": Decimal("Infinity"),
    "True": True,
    "False": False,
    "object": _Thing(),
    "list": [1],
    "tuple": (1, 2),
    "bytes": b"12",
    "complex": 1j,
}

_BUDGET_LINE = lkjcalc.BudgetLine(program="P", activity="A", allocation=100, realization=90)
_BUDGET = lkjcalc.Budget(lines=[_BUDGET_LINE])

_USER_SCALE = lkjcalc.Scale(
    name="Kategori kinerja",
    bands=(
        lkjcalc.Band(code="T", label="Tinggi", lower=80),
        lkjcalc.Band(code="R", label="Rendah", lower=None),
    ),
)

_RENJA = lkjcalc.evaluate_renja(
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
_BUDGET_ARGS = ("budget_final", "budget_before", "budget_year", "budget_quarters")

_CODES = [element.code for element in lkjcalc.ELEMENTS_2017]
_SURVEY = lkjcalc.Survey.from_totals(dict.fromkeys(_CODES, (17, 5)))
_IKM_RESULT = lkjcalc.ikm(_SURVEY)
_JOINT = lkjcalc.Survey.from_responses([(4,) * 9, (3,) * 9, (4, 3) * 4 + (2,)], joint=True)
_INTERVAL = lkjcalc.ikm_interval(_JOINT)
_NO_ROUNDING = ("nrr_places", "weighted_places", "index_places")

_LKE_GRADES = dict.fromkeys(lkjcalc.LKE_2021.codes, "BB")
_LKE_SUBS = (lkjcalc.Subcomponent(code="1.a", name="Keberadaan", weight=6),)

CASES: dict[str, Case] = {
    "round_half_up": Case(lkjcalc.round_half_up, {"value": 1, "places": 2}, ("value", "places")),
    "achievement": Case(
        lkjcalc.achievement,
        {"target": 85, "realization": 85},
        ("target", "realization", "cap"),
        {"cap": ("None",)},
    ),
    "mean_achievement": Case(
        lkjcalc.mean_achievement,
        {"values": [100, 90]},
        ("values",),
        {"values": ("list", "tuple")},  # [1] and (1, 2) are valid iterables of numbers
    ),
    "renstra_progress": Case(
        lkjcalc.renstra_progress,
        {"final_target": 100, "realization": 85},
        ("final_target", "realization"),
    ),
    "point_change": Case(
        lkjcalc.point_change, {"previous": 1, "current": 2}, ("previous", "current")
    ),
    "relative_change": Case(
        lkjcalc.relative_change, {"previous": 1, "current": 2}, ("previous", "current")
    ),
    "participation_percentage": Case(
        lkjcalc.participation_percentage,
        {"non_civil_servants": 142, "attendees": 167},
        ("non_civil_servants", "attendees"),
    ),
    "Target": Case(lkjcalc.Target, {"lower": 80, "upper": 90}, ("lower", "upper")),
    "Target.point": Case(lkjcalc.Target.point, {"value": 80}, ("value",)),
    "Target.between": Case(lkjcalc.Target.between, {"lower": 80, "upper": 90}, ("lower", "upper")),
    "Indicator": Case(lkjcalc.Indicator, {"name": "SKM"}, ("cap",), {"cap": ("None",)}),
    "Indicator.achievement": Case(
        lkjcalc.Indicator(name="SKM").achievement,
        {"target": 85, "realization": 85},
        ("target", "realization"),
    ),
    "Indicator.progress": Case(
        lkjcalc.Indicator(name="SKM").progress,
        {"final_target": 100, "realization": 85},
        ("final_target", "realization"),
    ),
    "Band": Case(
        lkjcalc.Band,
        {"code": "A", "label": "Sangat Baik", "lower": 88},
        ("lower",),
        {"lower": ("None",)},
    ),
    "Band.admits": Case(_USER_SCALE.bands[0].admits, {"rounded": 85}, ("rounded",)),
    "Scale.classify": Case(_USER_SCALE.classify, {"value": 85}, ("value",)),
    "Scale.round": Case(_USER_SCALE.round, {"value": 85}, ("value",)),
    "Scale.band": Case(_USER_SCALE.band, {"code_or_label": "T"}, ("code_or_label",)),
    "Scale": Case(
        lkjcalc.Scale,
        {"name": "s", "bands": (lkjcalc.Band(code="X", label="x", lower=None),), "places": 2},
        ("places",),
    ),
    "Element": Case(lkjcalc.Element, {"code": "U1", "name": "Persyaratan"}, ()),
    "ElementTally": Case(
        lkjcalc.ElementTally,
        {"code": "U1", "score_sum": 17, "answered": 5},
        ("score_sum", "answered", "blank", "counts"),
        {"counts": ("None",)},  # None: only totals are known
    ),
    "ElementTally.from_counts": Case(
        lkjcalc.ElementTally.from_counts,
        {"code": "U1", "counts": (1, 2, 3, 4), "blank": 0},
        ("counts", "blank"),
    ),
    "Survey": Case(
        lkjcalc.Survey,
        {"elements": _SURVEY.elements, "tallies": _SURVEY.tallies, "respondents": 5},
        ("elements", "tallies", "respondents", "pair_counts", "nonempty_rows"),
        dict.fromkeys(("pair_counts", "nonempty_rows"), ("None",)),  # None: no joint counts
    ),
    "Survey.joint_counts": Case(
        _JOINT.joint_counts, {"first": "U1", "second": "U2"}, ("first", "second")
    ),
    "ikm_interval": Case(
        lkjcalc.ikm_interval,
        {"survey": _JOINT},
        ("survey", "confidence", "population", "weights"),
        dict.fromkeys(("population", "weights"), ("None",)),  # None: no correction, exact 1/k
    ),
    "compare_ikm": Case(
        lkjcalc.compare_ikm,
        {"before": _JOINT, "after": _JOINT},
        ("before", "after", "confidence", "weights"),
        {"weights": ("None",)},  # None: exact 1/k
    ),
    "IkmInterval": Case(
        lkjcalc.IkmInterval,
        attrs.asdict(_INTERVAL, recurse=False),
        (
            "ikm",
            "standard_error",
            "lower",
            "upper",
            "confidence",
            "degrees_of_freedom",
            "respondents",
            "population",
        ),
        {"population": ("None",)},  # None: no finite-population correction
    ),
    "IkmComparison": Case(
        lkjcalc.IkmComparison,
        attrs.asdict(lkjcalc.compare_ikm(_JOINT, _JOINT), recurse=False),
        (
            "difference",
            "standard_error",
            "lower",
            "upper",
            "confidence",
            "degrees_of_freedom",
            "before",
            "after",
        ),
        {"degrees_of_freedom": ("None",)},  # None: both standard errors are 0
    ),
    "Survey.from_responses": Case(
        lkjcalc.Survey.from_responses, {"rows": [(4,) * 9]}, ("rows", "elements")
    ),
    "Survey.from_columns": Case(
        lkjcalc.Survey.from_columns,
        {"columns": dict.fromkeys(_CODES, (4,))},
        ("columns", "elements"),
    ),
    "Survey.from_totals": Case(
        lkjcalc.Survey.from_totals,
        {"totals": dict.fromkeys(_CODES, (17, 5))},
        ("totals", "elements", "respondents"),
        {"respondents": ("None",)},  # None: the largest number answered
    ),
    "Survey.empty": Case(lkjcalc.Survey.empty, {"elements": lkjcalc.ELEMENTS_2017}, ("elements",)),
    "Survey.tally": Case(_SURVEY.tally, {"code": "U1"}, ("code",)),
    "IkmOptions.describe": Case(lkjcalc.IkmOptions().describe, {"count": 9}, ("count",)),
    "IkmOptions.weights_for": Case(
        lkjcalc.IkmOptions().weights_for, {"codes": ("U1",)}, ("codes",)
    ),
    "ikm": Case(
        lkjcalc.ikm,
        {"survey": _SURVEY},
        ("survey", "weights", *_NO_ROUNDING),
        dict.fromkeys(("weights", *_NO_ROUNDING), ("None",)),  # None: exact, not rounded
    ),
    "ikm_from_nrr": Case(
        lkjcalc.ikm_from_nrr,
        {"nrr": {"U1": "3.4"}},
        ("nrr", "elements", "weights", *_NO_ROUNDING),
        dict.fromkeys(("elements", "weights", *_NO_ROUNDING), ("None",)),
    ),
    "index_to_ikm": Case(lkjcalc.index_to_ikm, {"index": "3.4"}, ("index",)),
    "IkmResult": Case(
        lkjcalc.IkmResult,
        attrs.asdict(_IKM_RESULT, recurse=False),
        ("nrr", "weights", "weighted_nrr", "index", "ikm", "respondents"),
        {"respondents": ("None",)},  # None: not known
    ),
    "IkmOptions": Case(
        lkjcalc.IkmOptions,
        {},
        ("weights", *_NO_ROUNDING),
        dict.fromkeys(("weights", *_NO_ROUNDING), ("None",)),  # None: exact weights, not rounded
    ),
    "minimum_sample_size": Case(
        lkjcalc.minimum_sample_size,
        {"population": 800},
        ("population", "method", "margin", "confidence", "proportion"),
    ),
    "check_sample": Case(
        lkjcalc.check_sample,
        {"respondents": 29, "population": 800},
        ("respondents", "population", "method", "margin", "confidence", "proportion"),
    ),
    "combine_ikm": Case(
        lkjcalc.combine_ikm,
        {"surveys": {"a": _SURVEY, "b": _SURVEY}},
        ("weights", *_NO_ROUNDING, "populations"),
        dict.fromkeys(("weights", *_NO_ROUNDING, "populations"), ("None",)),
    ),
    "absorption": Case(
        lkjcalc.absorption, {"allocation": 100, "realization": 90}, ("allocation", "realization")
    ),
    "share": Case(lkjcalc.share, {"part": 1, "total": 4}, ("part", "total")),
    "efficiency_gap": Case(
        lkjcalc.efficiency_gap,
        {"achievement_pct": 100, "absorption_pct": 90},
        ("achievement_pct", "absorption_pct"),
    ),
    "efficiency_index": Case(
        lkjcalc.efficiency_index,
        {"achievement_pct": 100, "absorption_pct": 90},
        ("achievement_pct", "absorption_pct"),
    ),
    "unspent_share": Case(
        lkjcalc.unspent_share,
        {"allocation": 100, "realization": 90},
        ("allocation", "realization"),
    ),
    "efficiency_band": Case(
        lkjcalc.efficiency_band, {"absorption_pct": 90}, ("absorption_pct", "scale")
    ),
    "BudgetLine": Case(
        lkjcalc.BudgetLine,
        {"program": "P", "activity": "A", "allocation": 100, "realization": 90},
        ("allocation", "realization"),
    ),
    "Budget": Case(lkjcalc.Budget, {"lines": [_BUDGET_LINE]}, ("lines",)),
    "Budget.from_rows": Case(lkjcalc.Budget.from_rows, {"rows": [("P", "A", 100, 90)]}, ("rows",)),
    "Budget.share": Case(_BUDGET.share, {"part": _BUDGET_LINE}, ("part",)),
    "Budget.program": Case(_BUDGET.program, {"name": "P"}, ("name",)),
    "PerformanceBudget": Case(
        lkjcalc.PerformanceBudget,
        {
            "indicator": lkjcalc.Indicator(name="SKM"),
            "target": 85,
            "realization": 85,
            "allocation": 100,
            "budget_realization": 90,
        },
        ("indicator", "target", "realization", "allocation", "budget_realization"),
    ),
    "PerformanceBudget.from_budget": Case(
        lkjcalc.PerformanceBudget.from_budget,
        {
            "indicator": lkjcalc.Indicator(name="SKM"),
            "target": 85,
            "realization": 85,
            "budget": _BUDGET_LINE,
        },
        ("indicator", "target", "realization", "budget"),
    ),
    "format_rupiah": Case(lkjcalc.format_rupiah, {"amount": 12143000}, ("amount", "places")),
    "format_number": Case(lkjcalc.format_number, {"value": 692541800}, ("value", "places")),
    "format_percent": Case(lkjcalc.format_percent, {"value": "85.03"}, ("value", "places")),
    "format_compact_rupiah": Case(
        lkjcalc.format_compact_rupiah, {"amount": 12143000}, ("amount", "places")
    ),
    "parse_rupiah": Case(
        lkjcalc.parse_rupiah,
        {"text": "Rp12.143.000,00"},
        ("text",),
        # " 12" is twelve (surrounding space is ignored); "1,000" is one with three decimals.
        {"text": ("space12", "grouped")},
    ),
    "terbilang": Case(lkjcalc.terbilang, {"amount": 12143000}, ("amount",)),
    # review of published figures (#6): a "published" argument takes printed text, so the junk
    # strings that are valid Indonesian notation are meaningful there.
    "published": Case(
        lkjcalc.published, {"text": "85%"}, ("text",), {"text": ("space12", "grouped")}
    ),
    "Published": Case(
        lkjcalc.Published, {"text": "85", "value": 85, "places": 0}, ("value", "places")
    ),
    "Published.agrees": Case(lkjcalc.published("85%").agrees, {"computed": "85.03"}, ("computed",)),
    "check_total": Case(
        lkjcalc.check_total,
        {"parts": [1, 2], "published": "3"},
        ("parts", "published"),
        {"parts": ("list", "tuple"), "published": ("space12", "grouped")},
    ),
    "check_difference": Case(
        lkjcalc.check_difference,
        {"minuend": 3, "subtrahend": 1, "published": "2"},
        ("minuend", "subtrahend", "published"),
        # v0.2: every str figure of a check is printed text, " 12" and "1,000" included.
        dict.fromkeys(("minuend", "subtrahend", "published"), ("space12", "grouped")),
    ),
    "check_percentage": Case(
        lkjcalc.check_percentage,
        {"part": 142, "whole": 167, "published": "85%"},
        ("part", "whole", "published"),
        dict.fromkeys(("part", "whole", "published"), ("space12", "grouped")),
    ),
    "check_achievement": Case(
        lkjcalc.check_achievement,
        {"target": 85, "realization": 85, "published": "100%"},
        ("target", "realization", "published", "cap"),
        {
            **dict.fromkeys(("target", "realization", "published"), ("space12", "grouped")),
            "cap": ("None",),  # no cap
        },
    ),
    "check_absorption": Case(
        lkjcalc.check_absorption,
        {"allocation": 100, "realization": 90, "published": "90%"},
        ("allocation", "realization", "published"),
        dict.fromkeys(("allocation", "realization", "published"), ("space12", "grouped")),
    ),
    "check_ikm": Case(
        lkjcalc.check_ikm,
        {"published": report.PrintedSurvey(index="3,40", ikm="85,00", where="x")},
        ("published",),
    ),
    "check_band": Case(
        lkjcalc.check_band,
        {"value": 85, "published_label": "B", "scale": scales.IKM_2017},
        ("value",),
        {"value": ("space12", "grouped")},
    ),
    "check_weights": Case(
        lkjcalc.check_weights,
        {"weights": ["0,5", "0,5"]},
        ("weights",),
        {"weights": ("list", "tuple")},  # [1] and (1, 2) are iterables of numbers
    ),
    "check_consistent": Case(
        lkjcalc.check_consistent, {"figures": {"a": "85%", "b": "85,0%"}}, ("figures",)
    ),
    "Finding": Case(
        lkjcalc.Finding,
        {"kind": lkjcalc.FindingKind.TOTAL, "where": "x", "message": "m", "expected": 1},
        ("expected", "lower", "upper"),
        dict.fromkeys(("expected", "lower", "upper"), ("None",)),  # no value, no bound
    ),
    "ParticipationRow": Case(
        report.ParticipationRow,
        {"non_civil_servants": 142, "attendees": 167, "percentage": "85%", "where": "x"},
        ("non_civil_servants", "attendees", "year", "percentage"),
        {"year": ("None",), "percentage": ("space12", "grouped")},
    ),
    "CountTable": Case(
        report.CountTable,
        {"counts": {"a": 1}, "total": "1", "where": "x"},
        ("total",),
        {"total": ("space12", "grouped")},
    ),
    "Subcomponent": Case(
        lkjcalc.Subcomponent, {"code": "1.a", "name": "Keberadaan", "weight": 6}, ("weight",)
    ),
    "Component": Case(
        lkjcalc.Component,
        {"code": "1", "name": "Perencanaan", "weight": 6, "subcomponents": _LKE_SUBS},
        ("weight",),
    ),
    "Worksheet": Case(
        lkjcalc.Worksheet,
        {"name": "LKE", "components": lkjcalc.LKE_2021.components},
        ("maximum", "grade_values", "components"),
    ),
    "Worksheet.build": Case(
        lkjcalc.Worksheet.build,
        {"name": "LKE", "components": {"1": ("Perencanaan", 100)}},
        ("split", "maximum", "components"),
    ),
    "score_lke": Case(lkjcalc.score_lke, {"grades": _LKE_GRADES}, ("grades", "worksheet")),
    "LkeResult": Case(lkjcalc.LkeResult, {"grades": _LKE_GRADES}, ("grades", "worksheet")),
    "propose_lke_grade": Case(lkjcalc.propose_lke_grade, {"met": 6, "total": 8}, ("met", "total")),
    "PerformanceRow": Case(
        report.PerformanceRow,
        {"indicator": lkjcalc.Indicator(name="SKM"), "target": "85", "where": "x"},
        ("target", "realization", "achievement", "year"),
        dict.fromkeys(
            ("target", "realization", "achievement", "year"), ("None", "space12", "grouped")
        ),
    ),
    # periods: quarters, years and the Renja evaluation (#15); [1] and (1, 2) are valid periods
    "accumulate": Case(
        lkjcalc.accumulate,
        {"values": [1, None, 2], "accumulation": "flow"},
        ("values",),
        {"values": ("list", "tuple")},
    ),
    "period_achievements": Case(
        lkjcalc.period_achievements,
        {"target": 120, "realizations": [30, None, 40], "accumulation": "flow"},
        ("target", "realizations", "cap"),
        {"realizations": ("list", "tuple"), "cap": ("None",)},
    ),
    "evaluate_renja": Case(
        lkjcalc.evaluate_renja,
        {
            "final_target": 100,
            "realized_before": 40,
            "year_target": 30,
            "quarters": [5, None],
            "accumulation": "flow",
            "budget_final": 500,
            "budget_before": 180,
            "budget_year": 100,
            "budget_quarters": [20, None],
        },
        ("final_target", "realized_before", "year_target", "quarters", "cap", *_BUDGET_ARGS),
        {
            "realized_before": ("None",),  # the Renstra's first year
            "quarters": ("list", "tuple"),
            "budget_quarters": ("list", "tuple"),
            "cap": ("None",),
        },
    ),
    "RenjaEvaluation": Case(
        lkjcalc.RenjaEvaluation,
        attrs.asdict(_RENJA, recurse=False),
        (
            "final_target",
            "realized_before",
            "year_target",
            "quarters",
            "realization_year",
            "realization_to_date",
            "achievement_year",
            "progress",
            "budget_final",
            "budget_before",
            "budget_allocation",
            "budget_quarters",
            "budget_year",
            "budget_to_date",
            "budget_absorption_year",
            "budget_progress",
        ),
        {
            # None: no earlier period, no budget; [1] and (1, 2) are periods, (1, 2) a pair
            "realized_before": ("None", "tuple"),
            "quarters": ("list", "tuple"),
            "budget_quarters": ("None", "list", "tuple"),
            **dict.fromkeys(
                (
                    "budget_final",
                    "budget_before",
                    "budget_allocation",
                    "budget_year",
                    "budget_to_date",
                    "budget_absorption_year",
                    "budget_progress",
                ),
                ("None",),
            ),
        },
    ),
    # the review of printed forms: a Renja row (#15) and an LKE worksheet (#16)
    "check_renja": Case(
        lkjcalc.check_renja,
        {"row": {"quarters": ["5", None], "realization_year": "5"}, "accumulation": "flow"},
        ("row", "cap"),
        {"cap": ("None",)},  # no cap
    ),
    "check_lke": Case(
        lkjcalc.check_lke,
        {"published": {"1": "24,00", "total": "80,00", "predicate": "BB"}, "grades": _LKE_GRADES},
        ("published", "grades"),
    ),
}

#: Every public scale of ``lkjcalc.scales``: its ``classify``, ``round`` and ``band``.
SCALE_CASES: dict[str, Case] = {
    f"scales.{name}.{method}": Case(getattr(scale, method), {arg: valid}, (arg,))
    for name in scales.__all__
    if isinstance(scale := getattr(scales, name), lkjcalc.Scale)
    for method, arg, valid in (
        ("classify", "value", 85),
        ("round", "value", "85.005"),
        ("band", "code_or_label", scale.bands[0].code),
    )
}
CASES.update(SCALE_CASES)


def _closing(draw: Callable[..., Any]) -> Callable[..., Any]:
    """A plot function that draws with Agg and closes its figure (the sweep draws many)."""

    @functools.wraps(draw)
    def call(**kwargs: Any) -> Any:
        import matplotlib as mpl
        import matplotlib.pyplot as plt

        mpl.use("Agg")
        ax = draw(**kwargs)
        plt.close(ax.figure)
        return None  # an Axes has no equality: the twin of a junk value compares as None

    return call


def _plot_cases() -> dict[str, Case]:
    """The Cases of lkjcalc.plot: a submodule for an optional extra, not in lkjcalc.__all__."""
    from lkjcalc import plot

    return {
        "plot.plot_nrr": Case(
            _closing(plot.plot_nrr),
            {"result": _IKM_RESULT, "interval": {"U1": (1, 4)}},
            ("interval",),
            {"interval": ("None",)},  # no interval
        ),
        "plot.plot_scale": Case(
            _closing(plot.plot_scale),
            {"scale": scales.IKM_2017, "value": 85},
            ("value",),
            {"value": ("None",)},  # no value to mark
        ),
        "plot.plot_achievements": Case(
            _closing(plot.plot_achievements),
            {"achievements": [80, None, 90]},
            ("achievements",),
            {"achievements": ("list", "tuple")},  # [1] and (1, 2) are valid sequences of figures
        ),
    }


#: lkjcalc.plot's figures are swept like the others'.
PLOT_CASES: dict[str, Case] = _plot_cases()
CASES.update(PLOT_CASES)

#: Names of ``lkjcalc.scales.__all__`` that are not scales, each with its reason.
SCALES_EXEMPT: dict[str, str] = {
    "Band": "swept as lkjcalc.Band",
    "Scale": "swept as lkjcalc.Scale",
    "BUILTIN_SCALES": "a dict of the scales above, each swept",
}

#: Public methods that take arguments but are not swept, each with its reason.
METHOD_EXEMPT: dict[str, str] = {
    "Finding.text": "takes a language, no number (its refusals: tests/test_review.py)",
    "Finding.to_dict": "takes a language, no number (its refusals: tests/test_review.py)",
}

#: Where an error names another field than the argument fed junk, with the reason (none now: the
#: report rows name their printed figure's field, issue 12).
FIELD_OF: dict[tuple[str, str], str] = {}

#: Public names that are not numeric callables, each with its reason.
EXEMPT: dict[str, str] = {
    "FigureKind": "an enum of options",
    "ikm_from_index": "a deprecated alias of index_to_ikm, which is swept",
    "FindingKind": "an enum of options",
    "findings_html": "takes findings, no number",
    "review_report": "takes a Report, whose constructors are swept",
    "Report": "holds rows whose constructors are swept; its own fields take no number",
    "ProgressRow": "its figures go through published(), swept above",
    "PrintedSurvey": "its figures go through published(), swept above",
    "BudgetRow": "its figures go through published(), swept above",
    "BudgetTable": "holds BudgetRow objects",
    "ShareRow": "its figures go through published(), swept above",
    "PerformanceBudgetRow": "its figures go through published(), swept above",
    "Count": "a type alias",
    "Number": "a type alias",
    "LkjcalcError": "an exception class",
    "InvalidInputError": "an exception class",
    "InvalidTypeError": "an exception class",
    "UndefinedResultError": "an exception class",
    "ParseError": "an exception class",
    "Polarity": "an enum of options",
    "Accumulation": "an enum of options",
    "MinimizeFormula": "an enum of options",
    "Rounding": "an enum of options",
    "Weighting": "an enum of options",
    "SampleMethod": "an enum of options",
    "Combination": "an enum of options",
    "ANSWERS_2017": "data: the answer texts of PermenPANRB 14/2017 per element code",
    "ELEMENTS_2017": "data: a tuple of the Element of PermenPANRB 14/2017",
    "ELEMENTS_2004": "data: a tuple of the Element of KepMenPAN 25/2004",
    "LkeGrade": "an enum of grades",
    "LKE_2021": "data: the Worksheet of PermenPANRB 88/2021 (Worksheet is swept)",
    "scales": "a module of scales; each one's classify, round and band is swept (SCALE_CASES)",
}


#: The public names swept: the facade's and those of the report model (lkjcalc.report).
PUBLIC = sorted(set(lkjcalc.__all__) | set(report.__all__))


def test_every_public_name_is_swept_or_exempt() -> None:
    swept = {name.split(".")[0] for name in CASES}
    missing = sorted(set(PUBLIC) - swept - set(EXEMPT))
    assert not missing, f"add a robustness Case or an exemption for: {missing}"
    stale = sorted(set(EXEMPT) - set(PUBLIC))
    assert not stale, f"exemptions for names that are no longer public: {stale}"


def test_every_public_scale_is_swept_or_exempt() -> None:
    for name in scales.__all__:
        if isinstance(getattr(scales, name), lkjcalc.Scale):
            methods = {key.rsplit(".", 1)[1] for key in SCALE_CASES if key.split(".")[1] == name}
            assert methods == {"classify", "round", "band"}, name
        else:
            assert name in SCALES_EXEMPT, f"add a robustness Case or an exemption for {name}"
    stale = sorted(set(SCALES_EXEMPT) - set(scales.__all__))
    assert not stale, f"exemptions for names that are no longer public: {stale}"


def _public_methods() -> list[str]:
    """``Class.method`` for every public method that takes an argument, of every public class."""
    found = []
    for name in PUBLIC:
        cls = getattr(report if name in report.__all__ else lkjcalc, name)
        if not inspect.isclass(cls) or issubclass(cls, (Exception, enum.Enum)):
            continue
        for attr, raw in vars(cls).items():
            function = getattr(raw, "__func__", raw)
            # (mutmut adds each mutant to its class as a method named "xǁClassǁmethod__mutmut_N")
            if attr.startswith("_") or "__mutmut" in attr or not inspect.isfunction(function):
                continue
            params = list(inspect.signature(function).parameters)[1:]  # without self or cls
            if params:
                found.append(f"{name}.{attr}")
    return found


def test_every_public_method_is_swept_or_exempt() -> None:
    methods = _public_methods()
    assert "Scale.classify" in methods  # the enumeration finds methods and classmethods
    assert "Survey.from_totals" in methods
    missing = sorted(set(methods) - set(CASES) - set(METHOD_EXEMPT))
    assert not missing, f"add a robustness Case or an exemption for: {missing}"
    stale = sorted(set(METHOD_EXEMPT) - set(methods))
    assert not stale, f"exemptions for methods that are no longer public: {stale}"


def test_cases_are_valid_calls() -> None:
    for name, case in CASES.items():
        case.call(**case.kwargs)  # must not raise
        params = inspect.signature(case.call).parameters
        unknown = [arg for arg in case.numeric if arg not in params]
        assert not unknown, f"{name}: no such argument {unknown}"


SWEEP = [
    pytest.param(name, arg, junk_id, id=f"{name}-{arg}-{junk_id}")
    for name, case in CASES.items()
    for arg in case.numeric
    for junk_id in JUNK
    if junk_id not in case.meaningful.get(arg, ())
]


@pytest.mark.parametrize(("name", "arg", "junk_id"), SWEEP)
def test_junk_raises_lkjcalc_error(name: str, arg: str, junk_id: str) -> None:
    case = CASES[name]
    kwargs = {**case.kwargs, arg: JUNK[junk_id]}
    with pytest.raises(lkjcalc.LkjcalcError) as info:
        case.call(**kwargs)
    message = str(info.value)
    assert message, "an error must say what is wrong"
    # The error names the argument that was wrong (domain.md §0), or one of its items.
    field = info.value.field or ""
    named = FIELD_OF.get((name, arg), arg)
    assert field == named or field.startswith((f"{named}[", f"{named}.")), (
        f"the error names {field!r}, not the argument {named!r}"
    )
    assert message.startswith(field), "the message starts with the field it names"


# ----------------------------------------------------------------------------- v0.2 junk (#12)
# The shapes a user's notebook sweep broke (issue 12), fed to every swept argument. Unlike JUNK
# above, a value here may be a valid input: then the call must give the same result as its twin
# (the same value in a plain type), or an error naming the argument. Every call must answer
# within a second, and never with anything but an LkjcalcError.


@attrs.frozen
class Junk:
    value: Callable[[], object]  # built per call: some are mutable
    twin: Callable[[], object] | None = None  # the same value in a plain type, if it is one


_HUGE = 10**5000  # more digits than Python prints (4300), fewer than to_decimal refuses
_LONG = 100_000  # characters of the long strings

NEW_JUNK: dict[str, Junk] = {
    "masked_array": Junk(lambda: __import__("numpy").ma.masked_array([1, 2], mask=[0, 1])),
    "masked_value": Junk(lambda: __import__("numpy").ma.masked),
    "array_0d_int": Junk(lambda: __import__("numpy").array(5)),
    "array_0d_float": Junk(lambda: __import__("numpy").array(1.5)),
    "array_2d": Junk(lambda: __import__("numpy").ones((2, 2))),
    "set": Junk(lambda: {1, 2}),
    "frozenset": Junk(lambda: frozenset({3})),
    "bytearray": Junk(lambda: bytearray(b"12")),
    "memoryview": Junk(lambda: memoryview(b"12")),
    "datetime64": Junk(lambda: __import__("numpy").datetime64("2024-01-01")),
    "float16": Junk(lambda: __import__("numpy").float16(1.5), lambda: Decimal("1.5")),
    "float16_nan": Junk(lambda: __import__("numpy").float16("nan")),
    "float32_inf": Junk(lambda: __import__("numpy").float32("inf")),
    "fraction": Junk(lambda: Fraction(1, 2), lambda: Decimal("0.5")),
    "int64": Junk(lambda: __import__("numpy").int64(2), lambda: 2),
    "huge_int": Junk(lambda: _HUGE, lambda: Decimal(_HUGE)),
    "huge_negative": Junk(lambda: -_HUGE, lambda: -Decimal(_HUGE)),
    "huge_beyond": Junk(lambda: 10**20000),  # beyond 1E+10000
    "long_spaces": Junk(lambda: " " * _LONG + "1"),
    "long_digits": Junk(lambda: "1" * _LONG),
    "long_groups": Junk(lambda: "1." * (_LONG // 2) + "5"),
    "long_rupiah": Junk(lambda: "Rp" + "9" * _LONG + ",5x"),
    "long_percent": Junk(lambda: "8" * _LONG + "%"),
    "dict_of_objects": Junk(lambda: {"U1": _Thing()}),
    "dict_int_keys": Junk(lambda: {1: 2}),
    "series_int_index": Junk(lambda: __import__("pandas").Series([1, 2])),
}

#: Where a value of NEW_JUNK is documented input with another meaning than its twin's, so it may
#: give a result of its own (checked for time and for the type of error only).
NEW_MEANINGFUL: dict[tuple[str, str], tuple[str, ...]] = {
    # "1" * 100000 and " " * 100000 + "1" are amounts in Indonesian notation.
    ("parse_rupiah", "text"): ("long_spaces", "long_digits"),
    # An iterable of numbers: a Series of numbers is one.
    ("mean_achievement", "values"): ("series_int_index",),
    ("check_total", "parts"): ("series_int_index",),
    ("check_weights", "weights"): ("series_int_index", "dict_int_keys"),
    # The periods of an indicator: a Series of quarter values is a sequence of them.
    **dict.fromkeys(
        (
            ("accumulate", "values"),
            ("period_achievements", "realizations"),
            ("evaluate_renja", "quarters"),
            ("evaluate_renja", "budget_quarters"),
            ("RenjaEvaluation", "quarters"),
            ("RenjaEvaluation", "budget_quarters"),
        ),
        ("series_int_index",),
    ),
    # In the review every str is printed text (domain.md §7, v0.2): spaces around a figure, a long
    # run of digits and a long percentage are figures as printed, read in linear time.
    **dict.fromkeys(
        (
            ("published", "text"),
            ("check_total", "published"),
            ("check_difference", "minuend"),
            ("check_difference", "subtrahend"),
            ("check_difference", "published"),
            ("check_percentage", "part"),
            ("check_percentage", "whole"),
            ("check_percentage", "published"),
            ("check_achievement", "target"),
            ("check_achievement", "realization"),
            ("check_achievement", "published"),
            ("check_absorption", "allocation"),
            ("check_absorption", "realization"),
            ("check_absorption", "published"),
            ("check_band", "value"),
            ("ParticipationRow", "percentage"),
            ("CountTable", "total"),
            ("PerformanceRow", "target"),
            ("PerformanceRow", "realization"),
            ("PerformanceRow", "achievement"),
        ),
        ("long_spaces", "long_digits", "long_percent"),
    ),
}


#: Known defects still open, each skipped here with its reason (none at the moment).
REVIEW_BRANCH_KNOWN: dict[tuple[str, str], tuple[str, ...]] = {}

#: Seconds a call may take, whatever it is fed (the slowest measured is well below).
TIME_BOUND = 1.0


def _new_sweep() -> list[Any]:
    params = []
    for name, case in CASES.items():
        for arg in case.numeric:
            for junk_id in NEW_JUNK:
                marks = []
                if junk_id in REVIEW_BRANCH_KNOWN.get((name, arg), ()):
                    marks.append(pytest.mark.skip(reason="known, fixed on the review branch"))
                params.append(
                    pytest.param(name, arg, junk_id, id=f"{name}-{arg}-{junk_id}", marks=marks)
                )
    return params


def _outcome(call: Callable[..., object], kwargs: dict[str, Any]) -> tuple[str, object]:
    try:
        return "result", call(**kwargs)
    except lkjcalc.LkjcalcError as error:
        return "error", error


@pytest.mark.parametrize(("name", "arg", "junk_id"), _new_sweep())
def test_new_junk_answers_with_an_error_or_a_correct_result(
    name: str, arg: str, junk_id: str
) -> None:
    case, junk = CASES[name], NEW_JUNK[junk_id]
    kwargs = {**case.kwargs, arg: junk.value()}
    start = time.perf_counter()
    kind, outcome = _outcome(case.call, kwargs)
    elapsed = time.perf_counter() - start
    if elapsed >= TIME_BOUND:  # once more: a first call may import pandas or matplotlib
        start = time.perf_counter()
        _outcome(case.call, {**case.kwargs, arg: junk.value()})
        elapsed = time.perf_counter() - start
    assert elapsed < TIME_BOUND, f"{elapsed:.2f} s"
    if kind == "error":
        assert isinstance(outcome, lkjcalc.LkjcalcError)
        message = str(outcome)
        field = outcome.field or ""
        named = FIELD_OF.get((name, arg), arg)
        if junk.twin is not None and not field.startswith(named):
            # A valid value refused by a rule across arguments (upper >= lower, answered <=
            # attendees), which may name the other one: its twin must be refused alike.
            twin_kind, twin = _outcome(case.call, {**case.kwargs, arg: junk.twin()})
            assert (twin_kind, type(twin), str(twin)) == (kind, type(outcome), message)
            return
        assert field == named or field.startswith((f"{named}[", f"{named}.")), (
            f"the error names {field!r}, not the argument {named!r}: {message}"
        )
        if not isinstance(outcome, lkjcalc.UndefinedResultError):  # says what is undefined
            assert message.startswith(field), "the message starts with the field it names"
        return
    if junk_id in NEW_MEANINGFUL.get((name, arg), ()):
        return
    assert junk.twin is not None, f"{junk_id} was taken as valid input: {outcome!r}"[:300]
    twin_kind, twin = _outcome(case.call, {**case.kwargs, arg: junk.twin()})
    assert twin_kind == "result", f"{junk_id} was taken where its twin is refused: {twin}"
    assert outcome == twin, "the same value in another type gives another result"
