"""Every error message, word for word: the argument, the bad value and what was expected.

domain.md §0: "Messages name the argument, the bad value and what was expected". The robustness
sweep (``test_robustness.py``) checks that every junk input raises and names its argument; this
table checks the wording of each refusal and each undefined result, one call per place that raises,
so that a message cannot lose its field, its value or its explanation unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lkjcalc import (
    Band,
    Budget,
    BudgetLine,
    ElementTally,
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    MinimizeFormula,
    ParseError,
    PerformanceBudget,
    Polarity,
    Scale,
    Survey,
    Target,
    UndefinedResultError,
    absorption,
    achievement,
    efficiency_band,
    efficiency_index,
    format_compact_rupiah,
    format_rupiah,
    ikm,
    ikm_from_index,
    ikm_from_nrr,
    mean_achievement,
    minimum_sample_size,
    parse_rupiah,
    participation_percentage,
    relative_change,
    renstra_progress,
    round_half_up,
    scales,
    share,
    terbilang,
    unspent_share,
)
from lkjcalc.survey import Element

ABC = (
    Element(code="A", name="Alpha"),
    Element(code="B", name="Beta"),
    Element(code="C", name="Gamma"),
)
_BUDGET = Budget(lines=[BudgetLine(program="P", activity="A", allocation=100, realization=90)])
_NOTHING = BudgetLine(program="P", activity="A", allocation=0, realization=0)
_TWO = Survey.from_responses([(4, 3), (3, 3)], elements=ABC[:2])

MESSAGES = [
    pytest.param(
        lambda: mean_achievement([1, "x"]),
        InvalidInputError,
        (
            "values[1]: got 'x', expected a plain decimal string such as '12143000.00' "
            "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
        ),
        id="mean_achievement-item",
    ),
    pytest.param(
        lambda: Target.point("x"),
        InvalidInputError,
        (
            "value: got 'x', expected a plain decimal string such as '12143000.00' "
            "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
        ),
        id="Target.point-text",
    ),
    pytest.param(
        lambda: Scale(
            name="s",
            bands=(
                Band(code="A", label="a", lower=2),
                Band(code="A", label="b", lower=1),
                Band(code="B", label="c", lower=0),
                Band(code="B", label="d", lower=-1),
            ),
        ),
        InvalidInputError,
        (
            "bands: got ('A', 'A', 'B', 'B'), expected bands ordered from highest to lowest, "
            "the lowest open below; codes must be unique, repeated: A, B; the lowest band 'B' "
            "must be open below (lower=None), so that every value falls in a band"
        ),
        id="Scale-two-faults",
    ),
    pytest.param(
        lambda: Budget.from_rows(
            [{"program": "P", "activity": "A", "allocation": 1, "realization": 0, "x": 1, "y": 2}]
        ),
        InvalidInputError,
        (
            "rows[0]: got {'program': 'P', 'activity': 'A', 'allocation': 1, 'realization': 0, "
            "'x': 1, ..., expected a mapping with the keys program, activity, allocation, "
            "realization and optionally code; unknown x, y"
        ),
        id="from_rows-unknown-keys",
    ),
    pytest.param(
        lambda: Budget(lines=[_NOTHING]).share(_NOTHING),
        UndefinedResultError,
        "share is undefined: the denominator is zero; the total allocation is 0",
        id="Budget.share-nothing-allocated",
    ),
    pytest.param(
        lambda: participation_percentage(-1, 5),
        InvalidInputError,
        "non_civil_servants: got -1, expected a count >= 0",
        id="participation_percentage-1",
    ),
    pytest.param(
        lambda: participation_percentage(1, -5),
        InvalidInputError,
        "attendees: got -5, expected a count >= 0",
        id="participation_percentage-2",
    ),
    pytest.param(
        lambda: participation_percentage(6, 5),
        InvalidInputError,
        "non_civil_servants: got 6, expected at most the number of attendees (5)",
        id="participation_percentage-3",
    ),
    pytest.param(
        lambda: participation_percentage(0, 0),
        UndefinedResultError,
        "participation is undefined: the denominator is zero; there were no attendees",
        id="participation_percentage-4",
    ),
    pytest.param(
        lambda: achievement(0, 5),
        UndefinedResultError,
        (
            "achievement is undefined for target 0; a ratio against a target <= 0 has no "
            "meaning; report the indicator qualitatively, or compare with point_change()"
        ),
        id="achievement-1",
    ),
    pytest.param(
        lambda: achievement(-2, 5),
        UndefinedResultError,
        (
            "achievement is undefined for target -2; a ratio against a target <= 0 has "
            "no meaning; report the indicator qualitatively, or compare with "
            "point_change()"
        ),
        id="achievement-2",
    ),
    pytest.param(
        lambda: achievement(10, -1),
        InvalidInputError,
        (
            "realization: got -1, expected a realization >= 0 (pass allow_negative=True "
            "for growth rates and the like)"
        ),
        id="achievement-3",
    ),
    pytest.param(
        lambda: achievement(
            10, 0, polarity=Polarity.MINIMIZE, minimize_formula=MinimizeFormula.RATIO
        ),
        UndefinedResultError,
        (
            "achievement is undefined for realization 0 with the minimize ratio formula "
            "T / R; use MinimizeFormula.MIRROR, which gives 200 for R = 0"
        ),
        id="achievement-4",
    ),
    pytest.param(
        lambda: achievement((80, 90), 85),
        InvalidTypeError,
        (
            "target: got (80, 90), expected a number or a Target (use "
            "Target.between(lower, upper) for a range)"
        ),
        id="achievement-5",
    ),
    pytest.param(
        lambda: achievement(10, 5, cap=0),
        InvalidInputError,
        "cap: got Decimal('0'), expected a cap > 0, or None",
        id="achievement-6",
    ),
    pytest.param(
        lambda: achievement(10, 5, polarity="max"),
        InvalidTypeError,
        "polarity: got 'max', expected one of Polarity.MAXIMIZE, Polarity.MINIMIZE",
        id="achievement-7",
    ),
    pytest.param(
        lambda: achievement(10, 5, minimize_formula="mirror"),
        InvalidTypeError,
        (
            "minimize_formula: got 'mirror', expected one of MinimizeFormula.MIRROR, "
            "MinimizeFormula.RATIO"
        ),
        id="achievement-8",
    ),
    pytest.param(
        lambda: achievement(10, 5, allow_negative=1),
        InvalidTypeError,
        "allow_negative: got 1, expected True or False",
        id="achievement-9",
    ),
    pytest.param(
        lambda: Target.between(90, 80),
        InvalidInputError,
        "upper: got Decimal('80'), expected an upper bound >= the lower bound 90",
        id="between-1",
    ),
    pytest.param(
        lambda: Indicator(name="x", cap=-1),
        InvalidInputError,
        "cap: got Decimal('-1'), expected a cap > 0, or None",
        id="Indicator-1",
    ),
    pytest.param(
        lambda: Indicator(name=""),
        InvalidInputError,
        "name: got '', expected a non-empty str",
        id="Indicator-2",
    ),
    pytest.param(
        lambda: Indicator(name=1),
        InvalidTypeError,
        "name: got 1, expected a str",
        id="Indicator-3",
    ),
    pytest.param(
        lambda: Indicator(name="x", objective=" "),
        InvalidInputError,
        "objective: got ' ', expected a non-empty str",
        id="Indicator-4",
    ),
    pytest.param(
        lambda: Indicator(name="x", polarity="up"),
        InvalidTypeError,
        "polarity: got 'up', expected one of Polarity.MAXIMIZE, Polarity.MINIMIZE",
        id="Indicator-5",
    ),
    pytest.param(
        lambda: Indicator(name="x", allow_negative="yes"),
        InvalidTypeError,
        "allow_negative: got 'yes', expected True or False",
        id="Indicator-6",
    ),
    pytest.param(
        lambda: mean_achievement([]),
        UndefinedResultError,
        "the mean of no achievements is undefined",
        id="mean_achievement-1",
    ),
    pytest.param(
        lambda: mean_achievement(5),
        InvalidTypeError,
        "values: got 5, expected an iterable of numbers",
        id="mean_achievement-2",
    ),
    pytest.param(
        lambda: relative_change(0, 5),
        UndefinedResultError,
        "the relative change from a base of 0 is undefined; use point_change() for a base <= 0",
        id="relative_change-1",
    ),
    pytest.param(
        lambda: renstra_progress((1, 2), 5),
        InvalidTypeError,
        (
            "final_target: got (1, 2), expected a number or a Target (use "
            "Target.between(lower, upper) for a range)"
        ),
        id="renstra_progress-1",
    ),
    pytest.param(
        lambda: absorption(0, 5),
        UndefinedResultError,
        "absorption is undefined: the denominator is zero; nothing was allocated (allocation 0)",
        id="absorption-1",
    ),
    pytest.param(
        lambda: absorption(-1, 5),
        InvalidInputError,
        "allocation: got -1, expected a rupiah amount >= 0",
        id="absorption-2",
    ),
    pytest.param(
        lambda: share(5, 4),
        InvalidInputError,
        "part: got 5, expected at most the total (4)",
        id="share-1",
    ),
    pytest.param(
        lambda: share(0, 0),
        UndefinedResultError,
        "share is undefined: the denominator is zero; the total allocation is 0",
        id="share-2",
    ),
    pytest.param(
        lambda: share(-1, 4),
        InvalidInputError,
        "part: got -1, expected a rupiah amount >= 0",
        id="share-3",
    ),
    pytest.param(
        lambda: efficiency_index(100, 0),
        UndefinedResultError,
        (
            "the efficiency index is undefined: the denominator is zero; nothing was "
            "spent (absorption 0); compare with efficiency_gap() instead"
        ),
        id="efficiency_index-1",
    ),
    pytest.param(
        lambda: efficiency_index(100, -1),
        InvalidInputError,
        "absorption_pct: got -1, expected an absorption >= 0 (percent)",
        id="efficiency_index-2",
    ),
    pytest.param(
        lambda: unspent_share(0, 0),
        UndefinedResultError,
        "the unspent share is undefined: the denominator is zero; nothing was allocated",
        id="unspent_share-1",
    ),
    pytest.param(
        lambda: efficiency_band(100, 90, scale="x"),
        InvalidTypeError,
        "scale: got 'x', expected a lkjcalc.Scale",
        id="efficiency_band-1",
    ),
    pytest.param(
        lambda: BudgetLine(program="P", activity="A", allocation=-1, realization=0),
        InvalidInputError,
        "allocation: got Decimal('-1'), expected a rupiah amount >= 0",
        id="BudgetLine-1",
    ),
    pytest.param(
        lambda: BudgetLine(program="", activity="A", allocation=1, realization=0),
        InvalidInputError,
        "program: got '', expected a non-empty str",
        id="BudgetLine-2",
    ),
    pytest.param(
        lambda: BudgetLine(program="P", activity="A", allocation=1, realization=0, code=" "),
        InvalidInputError,
        "code: got ' ', expected a non-empty str",
        id="BudgetLine-3",
    ),
    pytest.param(
        lambda: Budget(lines=[1]),
        InvalidTypeError,
        "lines[0]: got 1, expected a BudgetLine",
        id="Budget-1",
    ),
    pytest.param(
        lambda: Budget(lines="x"),
        InvalidTypeError,
        (
            "lines: got 'x', expected a tuple or list of BudgetLine (use "
            "Budget.from_rows for table rows)"
        ),
        id="Budget-2",
    ),
    pytest.param(
        lambda: Budget.from_rows(5),
        InvalidTypeError,
        "rows: got 5, expected an iterable of rows",
        id="from_rows-1",
    ),
    pytest.param(
        lambda: Budget.from_rows([5]),
        InvalidTypeError,
        "rows[0]: got 5, expected a sequence or a mapping of one budget line",
        id="from_rows-2",
    ),
    pytest.param(
        lambda: Budget.from_rows([("P", "A", 1)]),
        InvalidInputError,
        (
            "rows[0]: got ('P', 'A', 1), expected (program, activity, allocation, "
            "realization) or (program, activity, allocation, realization, code)"
        ),
        id="from_rows-3",
    ),
    pytest.param(
        lambda: Budget.from_rows([{"program": "P"}]),
        InvalidInputError,
        (
            "rows[0]: got {'program': 'P'}, expected a mapping with the keys program, "
            "activity, allocation, realization and optionally code; missing activity, "
            "allocation, realization"
        ),
        id="from_rows-4",
    ),
    pytest.param(
        lambda: Budget.from_rows(
            [{"program": "P", "activity": "A", "allocation": 1, "realization": 0, "x": 1}]
        ),
        InvalidInputError,
        (
            "rows[0]: got {'program': 'P', 'activity': 'A', 'allocation': 1, "
            "'realization': 0, 'x': 1}, expected a mapping with the keys program, "
            "activity, allocation, realization and optionally code; unknown x"
        ),
        id="from_rows-5",
    ),
    pytest.param(
        lambda: Budget.from_rows([("P", "A", -1, 0)]),
        InvalidInputError,
        "rows[0].allocation: got -1, expected a rupiah amount >= 0",
        id="from_rows-6",
    ),
    pytest.param(
        lambda: _BUDGET.program(1),
        InvalidTypeError,
        "name: got 1, expected a program name (str)",
        id="program-1",
    ),
    pytest.param(
        lambda: _BUDGET.program("Q"),
        InvalidInputError,
        "name: got 'Q', expected one of this budget's programs: P",
        id="program-2",
    ),
    pytest.param(
        lambda: Budget(lines=[]).program("Q"),
        InvalidInputError,
        "name: got 'Q', expected one of this budget's programs: none, the budget is empty",
        id="Budget-3",
    ),
    pytest.param(
        lambda: _BUDGET.share(1),
        InvalidTypeError,
        "part: got 1, expected a BudgetLine or a Budget of this budget",
        id="share-4",
    ),
    pytest.param(
        lambda: _BUDGET.share(BudgetLine(program="Q", activity="A", allocation=1, realization=0)),
        InvalidInputError,
        (
            "part: got <BudgetLine 'A': program 'Q'; allocation 1.00, realization 0.00, "
            "absorption 0..., expected a line of this budget"
        ),
        id="share-5",
    ),
    pytest.param(
        lambda: PerformanceBudget(
            indicator="SKM", target=85, realization=85, allocation=1, budget_realization=1
        ),
        InvalidTypeError,
        "indicator: got 'SKM', expected a lkjcalc.Indicator",
        id="PerformanceBudget-1",
    ),
    pytest.param(
        lambda: PerformanceBudget(
            indicator=Indicator(name="SKM"),
            target=85,
            realization=-1,
            allocation=1,
            budget_realization=1,
        ),
        InvalidInputError,
        (
            "realization: got Decimal('-1'), expected a realization >= 0 (the indicator "
            "does not allow negative values)"
        ),
        id="PerformanceBudget-2",
    ),
    pytest.param(
        lambda: PerformanceBudget.from_budget(
            indicator=Indicator(name="SKM"), target=85, realization=85, budget=1
        ),
        InvalidTypeError,
        "budget: got 1, expected a BudgetLine or a Budget",
        id="from_budget-1",
    ),
    pytest.param(
        lambda: Band(code="A", label="a", lower=1, lower_inclusive=1),
        InvalidTypeError,
        "lower_inclusive: got 1, expected True or False",
        id="Band-1",
    ),
    pytest.param(
        lambda: Scale(name="s", bands="x"),
        InvalidInputError,
        "bands: got 'x', expected a non-empty tuple of Band, highest first",
        id="Scale-1",
    ),
    pytest.param(
        lambda: Scale(name="s", bands=(1,)),
        InvalidTypeError,
        "bands[0]: got 1, expected a Band",
        id="Scale-2",
    ),
    pytest.param(
        lambda: Scale(
            name="s",
            bands=(
                Band(code="A", label="a", lower=10),
                Band(code="B", label="b", lower=20),
                Band(code="C", label="c", lower=None),
            ),
        ),
        InvalidInputError,
        (
            "bands: got ('A', 'B', 'C'), expected bands ordered from highest to lowest, "
            "the lowest open below; lower bounds must strictly decrease from band to "
            "band: 'A' (10) is not above 'B' (20)"
        ),
        id="Scale-3",
    ),
    pytest.param(
        lambda: Scale(name="s", bands=(Band(code="A", label="a", lower=None),), places=-1),
        InvalidInputError,
        "places: got -1, expected 0 to 40 decimals",
        id="Scale-4",
    ),
    pytest.param(
        lambda: scales.IKM_2017.band(1),
        InvalidTypeError,
        "code_or_label: got 1, expected a str",
        id="band-1",
    ),
    pytest.param(
        lambda: scales.IKM_2017.band("Z"),
        InvalidInputError,
        (
            "code_or_label: got 'Z', expected a code or label of IKM quality, "
            "PermenPANRB 14/2017: A (Sangat Baik), B (Baik), C (Kurang Baik), D (Tidak "
            "Baik)"
        ),
        id="band-2",
    ),
    pytest.param(
        lambda: Element(code=" "),
        InvalidInputError,
        "code: got ' ', expected a non-empty str",
        id="Element-1",
    ),
    pytest.param(
        lambda: Survey.empty([1]),
        InvalidTypeError,
        "elements[0]: got 1, expected an Element",
        id="empty-1",
    ),
    pytest.param(
        lambda: Survey.empty(5),
        InvalidTypeError,
        "elements: got 5, expected a non-empty tuple of Element (ELEMENTS_2017)",
        id="empty-2",
    ),
    pytest.param(
        lambda: Survey.empty([]),
        InvalidTypeError,
        "elements: got [], expected a non-empty tuple of Element (ELEMENTS_2017)",
        id="empty-3",
    ),
    pytest.param(
        lambda: Survey.from_responses(5),
        InvalidTypeError,
        "rows: got 5, expected an iterable of questionnaires (rows)",
        id="from_responses-1",
    ),
    pytest.param(
        lambda: Survey.from_responses([(4, 4)], elements=ABC),
        InvalidInputError,
        "rows[0]: got 2, expected 3 answers, one per element (A, B, C)",
        id="from_responses-2",
    ),
    pytest.param(
        lambda: Survey.from_responses([(4, 5, 4)], elements=ABC),
        InvalidInputError,
        "rows[0].B: got 5, expected a score 1, 2, 3 or 4, or a blank (None, NaN or pandas.NA)",
        id="from_responses-3",
    ),
    pytest.param(
        lambda: Survey.from_responses([(4, 2.5, 4)], elements=ABC),
        InvalidInputError,
        "rows[0].B: got 2.5, expected a score 1, 2, 3 or 4, or a blank (None, NaN or pandas.NA)",
        id="from_responses-4",
    ),
    pytest.param(
        lambda: Survey.from_responses([{"A": 4, "D": 4}], elements=ABC),
        InvalidInputError,
        "rows[0]: got 'D', expected an element code: A, B, C",
        id="from_responses-5",
    ),
    pytest.param(
        lambda: Survey.from_responses(["444"], elements=ABC),
        InvalidTypeError,
        (
            "rows[0]: got '444', expected a questionnaire: a sequence of answers or a "
            "mapping of element code to answer (for a DataFrame, use "
            "Survey.from_columns(df))"
        ),
        id="from_responses-6",
    ),
    pytest.param(
        lambda: Survey.from_columns(5, elements=ABC),
        InvalidTypeError,
        (
            "columns: got 5, expected a mapping of element code to column (a dict or a "
            "pandas DataFrame)"
        ),
        id="from_columns-1",
    ),
    pytest.param(
        lambda: Survey.from_columns({"A": [4], "B": [4]}, elements=ABC),
        InvalidInputError,
        "columns: got 'C', expected an entry for every element (A, B, C)",
        id="from_columns-2",
    ),
    pytest.param(
        lambda: Survey.from_columns({"A": [4], "B": [4, 4], "C": [4]}, elements=ABC),
        InvalidInputError,
        "columns['B']: got 2, expected a column as long as columns['A'] (1 answers)",
        id="from_columns-3",
    ),
    pytest.param(
        lambda: Survey.from_columns({"A": [4], "B": [4], "C": [4], "D": [4]}, elements=ABC),
        InvalidInputError,
        (
            "columns: got 'D', expected element codes only (A, B, C); select the element "
            "columns first, e.g. df[[e.code for e in ELEMENTS_2017]]"
        ),
        id="from_columns-4",
    ),
    pytest.param(
        lambda: Survey.from_columns({"A": [4], "B": 4, "C": [4]}, elements=ABC),
        InvalidTypeError,
        "columns['B']: got 4, expected a column of answers",
        id="from_columns-5",
    ),
    pytest.param(
        lambda: Survey.from_totals(5, elements=ABC),
        InvalidTypeError,
        (
            "totals: got 5, expected a mapping of element code to column (a dict or a "
            "pandas DataFrame)"
        ),
        id="from_totals-1",
    ),
    pytest.param(
        lambda: Survey.from_totals({"A": (4, 1), "B": (4, 1)}, elements=ABC),
        InvalidInputError,
        "totals: got 'C', expected an entry for every element (A, B, C)",
        id="from_totals-2",
    ),
    pytest.param(
        lambda: Survey.from_totals({"A": (4, 1), "B": (4, 1), "C": 4}, elements=ABC),
        InvalidTypeError,
        "totals['C']: got 4, expected a pair (score_sum, answered)",
        id="from_totals-3",
    ),
    pytest.param(
        lambda: Survey.from_totals(
            {"A": (4, 1), "B": (4, 1), "C": (4, 1)}, elements=ABC, respondents=0
        ),
        InvalidInputError,
        "respondents: got 0, expected at least the largest number answered (1)",
        id="from_totals-4",
    ),
    pytest.param(
        lambda: Survey.from_totals({"A": (9, 1), "B": (4, 1), "C": (4, 1)}, elements=ABC),
        InvalidInputError,
        "score_sum: got 9, expected a sum of 1 scores of 1 to 4 (1 to 4)",
        id="from_totals-5",
    ),
    pytest.param(
        lambda: Survey.empty(ABC).tally(1),
        InvalidTypeError,
        "code: got 1, expected an element code (str)",
        id="empty-4",
    ),
    pytest.param(
        lambda: Survey.empty(ABC) + Survey.empty(),
        InvalidInputError,
        (
            "other: got ('U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'), expected "
            "a survey of the same elements (A, B, C, same codes, names and order)"
        ),
        id="empty-5",
    ),
    pytest.param(
        lambda: ElementTally(code="A", score_sum=-1, answered=0),
        InvalidInputError,
        "score_sum: got -1, expected a count >= 0",
        id="ElementTally-1",
    ),
    pytest.param(
        lambda: ElementTally(code="A", score_sum=4, answered=1, blank=-1),
        InvalidInputError,
        "blank: got -1, expected a count >= 0",
        id="ElementTally-2",
    ),
    pytest.param(
        lambda: ElementTally(code="A", counts=(1, 2), score_sum=4, answered=1),
        InvalidTypeError,
        "counts: got (1, 2), expected None or 4 counts (answers scoring 1, 2, 3, 4)",
        id="ElementTally-3",
    ),
    pytest.param(
        lambda: (
            ElementTally(code="A", score_sum=4, answered=1)
            + ElementTally(code="B", score_sum=4, answered=1)
        ),
        InvalidInputError,
        "other: got 'B', expected a tally of the same element A",
        id="ElementTally-4",
    ),
    pytest.param(
        lambda: Survey(elements=ABC, tallies=5, respondents=1),
        InvalidTypeError,
        "tallies: got 5, expected a tuple of ElementTally",
        id="Survey-1",
    ),
    pytest.param(
        lambda: ikm(5),
        InvalidTypeError,
        "survey: got 5, expected a Survey (use Survey.from_columns …)",
        id="ikm-1",
    ),
    pytest.param(
        lambda: ikm(_TWO, weights=0),
        InvalidInputError,
        "weights: got 0, expected a printed weight > 0 and <= 1",
        id="ikm-2",
    ),
    pytest.param(
        lambda: ikm(_TWO, weights="1.5"),
        InvalidInputError,
        "weights: got '1.5', expected a printed weight > 0 and <= 1",
        id="ikm-3",
    ),
    pytest.param(
        lambda: ikm(_TWO, weights={"A": "0.5"}),
        InvalidInputError,
        "weights: got 'B', expected an entry for every element (A, B)",
        id="ikm-4",
    ),
    pytest.param(
        lambda: ikm(_TWO, weights={"A": "0.5", "B": "0.6"}),
        InvalidInputError,
        (
            "weights: got Decimal('1.1'), expected weights summing to exactly 1 (for a "
            "printed uniform weight such as 0.111, pass the number itself)"
        ),
        id="ikm-5",
    ),
    pytest.param(
        lambda: ikm(_TWO, weights={"A": "1", "B": "0"}),
        InvalidInputError,
        "weights['B']: got '0', expected a weight > 0",
        id="ikm-6",
    ),
    pytest.param(
        lambda: ikm(_TWO, weights=[1]),
        InvalidTypeError,
        (
            "weights: got [1], expected a number (int, Decimal, float, numpy scalar or "
            "plain decimal str)"
        ),
        id="ikm-7",
    ),
    pytest.param(
        lambda: ikm(_TWO, scale="x"),
        InvalidTypeError,
        "scale: got 'x', expected a Scale (lkjcalc.scales)",
        id="ikm-8",
    ),
    pytest.param(
        lambda: ikm(_TWO, rounding="x"),
        InvalidTypeError,
        "rounding: got 'x', expected one of Rounding.HALF_UP, Rounding.DOWN",
        id="ikm-9",
    ),
    pytest.param(
        lambda: ikm(_TWO, nrr_places=-1),
        InvalidInputError,
        "nrr_places: got -1, expected 0 to 40 decimals",
        id="ikm-10",
    ),
    pytest.param(
        lambda: ikm(Survey.from_responses([(4, None)], elements=ABC[:2])),
        UndefinedResultError,
        (
            "the NRR of B is undefined: nobody answered it; an IKM needs at least one "
            "answer to every element"
        ),
        id="ikm-11",
    ),
    pytest.param(
        lambda: ikm_from_nrr({}),
        InvalidTypeError,
        "nrr: got {}, expected a non-empty mapping of element code to NRR",
        id="ikm_from_nrr-1",
    ),
    pytest.param(
        lambda: ikm_from_nrr({"A": 5}),
        InvalidInputError,
        "nrr['A']: got 5, expected an NRR from 1 to 4",
        id="ikm_from_nrr-2",
    ),
    pytest.param(
        lambda: ikm_from_nrr({"A": 3}, elements=ABC),
        InvalidInputError,
        "nrr: got 'B', expected an entry for every element (A, B, C)",
        id="ikm_from_nrr-3",
    ),
    pytest.param(
        lambda: ikm_from_nrr({"A": 3, "B": 3, "C": 3, "D": 3}, elements=ABC),
        InvalidInputError,
        (
            "nrr: got 'D', expected element codes only (A, B, C); select the element "
            "columns first, e.g. df[[e.code for e in ELEMENTS_2017]]"
        ),
        id="ikm_from_nrr-4",
    ),
    pytest.param(
        lambda: ikm_from_index(5),
        InvalidInputError,
        "index: got 5, expected an index from 1 to 4",
        id="ikm_from_index-1",
    ),
    pytest.param(
        lambda: minimum_sample_size(0),
        InvalidInputError,
        "population: got 0, expected a population >= 1",
        id="minimum_sample_size-1",
    ),
    pytest.param(
        lambda: round_half_up(1, 41),
        InvalidInputError,
        "places: got 41, expected 0 to 40 decimals",
        id="round_half_up-1",
    ),
    pytest.param(
        lambda: round_half_up(1, 1.5),
        InvalidTypeError,
        "places: got 1.5, expected an int number of decimals",
        id="round_half_up-2",
    ),
    pytest.param(
        lambda: format_rupiah(1, places=41),
        InvalidInputError,
        "places: got 41, expected 0 to 40 decimals",
        id="format_rupiah-1",
    ),
    pytest.param(
        lambda: format_rupiah(1.5, places=1, dash=True),
        InvalidInputError,
        "dash: got True, expected places=0 (',-' stands for whole rupiah), not places=1",
        id="format_rupiah-2",
    ),
    pytest.param(
        lambda: format_rupiah(1, symbol="IDR"),
        InvalidInputError,
        "symbol: got 'IDR', expected 'Rp', 'Rp.' or None",
        id="format_rupiah-3",
    ),
    pytest.param(
        lambda: format_rupiah(1, negative="red"),
        InvalidInputError,
        "negative: got 'red', expected one of 'minus', 'parentheses'",
        id="format_rupiah-4",
    ),
    pytest.param(
        lambda: format_compact_rupiah(1, places=-1),
        InvalidInputError,
        "places: got -1, expected 0 to 40 decimals",
        id="format_compact_rupiah-1",
    ),
    pytest.param(
        lambda: parse_rupiah(5),
        InvalidTypeError,
        "text: got 5, expected a str",
        id="parse_rupiah-1",
    ),
    pytest.param(
        lambda: parse_rupiah(""),
        ParseError,
        (
            "text: got '', expected a rupiah amount in Indonesian notation such as "
            "'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' or "
            "'150000000'; the text is empty"
        ),
        id="parse_rupiah-2",
    ),
    pytest.param(
        lambda: parse_rupiah("1.5"),
        ParseError,
        (
            "text: got '1.5', expected a rupiah amount in Indonesian notation such as "
            "'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' or "
            "'150000000'; '.' groups thousands and must be followed by exactly 3 digits; "
            "write decimals after ',' (1,5 not 1.5)"
        ),
        id="parse_rupiah-3",
    ),
    pytest.param(
        lambda: parse_rupiah("12345.678"),
        ParseError,
        (
            "text: got '12345.678', expected a rupiah amount in Indonesian notation such "
            "as 'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' "
            "or '150000000'; the digits before the first '.' are a group of 1 to 3 digits"
        ),
        id="parse_rupiah-4",
    ),
    pytest.param(
        lambda: parse_rupiah("1,2,3"),
        ParseError,
        (
            "text: got '1,2,3', expected a rupiah amount in Indonesian notation such as "
            "'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' or "
            "'150000000'; ',' is the decimal sign and appears once; '.' groups thousands"
        ),
        id="parse_rupiah-5",
    ),
    pytest.param(
        lambda: parse_rupiah("Rp"),
        ParseError,
        (
            "text: got 'Rp', expected a rupiah amount in Indonesian notation such as "
            "'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' or "
            "'150000000'; only digits, '.', ',', a sign, 'Rp' or 'Rp.' and parentheses "
            "can appear"
        ),
        id="parse_rupiah-6",
    ),
    pytest.param(
        lambda: parse_rupiah("(1.000"),
        ParseError,
        (
            "text: got '(1.000', expected a rupiah amount in Indonesian notation such as "
            "'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' or "
            "'150000000'; the parentheses are not balanced"
        ),
        id="parse_rupiah-7",
    ),
    pytest.param(
        lambda: parse_rupiah("--5"),
        ParseError,
        (
            "text: got '--5', expected a rupiah amount in Indonesian notation such as "
            "'Rp12.143.000,00', 'Rp. 16.820.500,-', '(Rp1.000,00)', '12.143.000,00' or "
            "'150000000'; there are two minus signs"
        ),
        id="parse_rupiah-8",
    ),
    pytest.param(
        lambda: terbilang(10**21),
        InvalidInputError,
        (
            "amount: got 1000000000000000000000, expected an amount below 10^21 in "
            "absolute value (the largest scale word is kuintiliun, 10^18)"
        ),
        id="terbilang-1",
    ),
    pytest.param(
        lambda: terbilang("0.001", currency=True),
        InvalidInputError,
        "amount: got '0.001', expected at most 2 decimals (sen) when currency=True",
        id="terbilang-2",
    ),
    pytest.param(
        lambda: terbilang(1, cents="x"),
        InvalidInputError,
        "cents: got 'x', expected one of 'koma', 'sen'",
        id="terbilang-3",
    ),
    pytest.param(
        lambda: terbilang(1, title=1),
        InvalidTypeError,
        "title: got 1, expected True or False",
        id="terbilang-4",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    with pytest.raises(error) as info:
        call()
    assert type(info.value) is error
    assert str(info.value) == message


def test_a_value_is_shown_whole_up_to_80_characters() -> None:
    exact = "a" * 78  # its repr, quotes included, is 80 characters long
    assert str(InvalidInputError(field="x", value=exact)) == f"x: got {exact!r}"
    longer = "a" * 79
    shown = repr(longer)[:77] + "..."
    assert str(InvalidInputError(field="x", value=longer)) == f"x: got {shown}"


def test_an_int_too_long_to_print_is_named_by_its_type() -> None:
    huge = 10**5000  # beyond sys.get_int_max_str_digits(), so repr() raises
    message = str(InvalidInputError(field="x", value=huge))
    assert message == "x: got <int too long to print>"


def test_the_instance_validators_name_the_bad_item() -> None:
    import attrs

    from lkjcalc._validators import check_choice, each_validator, instance_validator

    @attrs.frozen
    class Holder:
        one: object = attrs.field(validator=instance_validator(int))
        many: tuple[object, ...] = attrs.field(default=(), validator=each_validator(int))

    with pytest.raises(InvalidTypeError) as info:
        Holder("x")
    assert str(info.value) == "one: got 'x', expected a int"
    with pytest.raises(InvalidTypeError) as info:
        Holder(1, (2, 3, "y"))
    assert str(info.value) == "many[2]: got 'y', expected a int"
    assert Holder(1, (2, 3)).many == (2, 3)
    with pytest.raises(InvalidTypeError) as info:
        check_choice(1, ("koma", "sen"), "cents")
    assert str(info.value) == "cents: got 1, expected one of 'koma', 'sen'"
