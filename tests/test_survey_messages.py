"""Every error message of the satisfaction survey (lkjcalc.survey), word for word.

Each concern keeps its message table beside its tests (``MESSAGES`` in ``test_budget.py``,
``test_text.py`` ...); the survey's is long enough for a file of its own. See
``tests/messages.py`` for what the tables check.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lkjcalc import (
    ElementTally,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Survey,
    UndefinedResultError,
    ikm,
    ikm_from_nrr,
    index_to_ikm,
    minimum_sample_size,
)
from lkjcalc.survey import Element
from messages import check_message

ABC = (
    Element(code="A", name="Alpha"),
    Element(code="B", name="Beta"),
    Element(code="C", name="Gamma"),
)
_TWO = Survey.from_responses([(4, 3), (3, 3)], elements=ABC[:2])

MESSAGES = [
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
        lambda: ikm(_TWO, weights={"A": "1"}),
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
        (
            "rounding: got 'x', expected one of Rounding.HALF_UP, Rounding.DOWN "
            "(or 'half_up', 'down')"
        ),
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
        lambda: index_to_ikm(5),
        InvalidInputError,
        "index: got 5, expected an index from 1 to 4",
        id="index_to_ikm-1",
    ),
    pytest.param(
        lambda: minimum_sample_size(0),
        InvalidInputError,
        "population: got 0, expected a population >= 1",
        id="minimum_sample_size-1",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)
