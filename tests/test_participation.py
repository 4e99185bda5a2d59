"""Musrenbang participation (seed BAB I C.3 and BAB III 2.2)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    UndefinedResultError,
    participation_percentage,
    round_half_up,
)
from messages import check_message


@pytest.mark.parametrize(
    ("non_pns", "attendees", "places", "printed", "source"),
    [
        (142, 167, 2, "85.03", "domain.md §2: 142 / 167 → 85.03 %"),
        (142, 167, 0, "85", "seed BAB III 2.2 (2020): printed '85%'"),
        (133, 157, 2, "84.71", "domain.md §2: 133 / 157 → 84.71 %"),
        (133, 157, 0, "85", "seed BAB I C.3 (2019): printed '85%'"),
        (0, 10, 0, "0", "nobody from outside the civil service"),
        (10, 10, 0, "100", "nobody from the civil service"),
    ],
)
def test_published(non_pns: int, attendees: int, places: int, printed: str, source: str) -> None:
    share = participation_percentage(non_pns, attendees)
    assert round_half_up(share, places) == Decimal(printed), source


def test_counts_of_accepted_types() -> None:
    expected = participation_percentage(142, 167)
    assert participation_percentage(Decimal(142), 167.0) == expected
    assert participation_percentage(np.int64(142), np.int16(167)) == expected
    assert participation_percentage("142", "167") == expected


@pytest.mark.parametrize(
    ("non_pns", "attendees", "field"),
    [
        (-1, 10, "non_civil_servants"),
        (1, -10, "attendees"),
        (11, 10, "non_civil_servants"),
        (1.5, 10, "non_civil_servants"),
        (1, "10.5", "attendees"),
    ],
)
def test_invalid_counts(non_pns: object, attendees: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        participation_percentage(non_pns, attendees)  # type: ignore[arg-type]
    assert str(info.value).startswith(field)


def test_bool_is_not_a_count() -> None:
    with pytest.raises(InvalidTypeError):
        participation_percentage(True, 1)


def test_no_attendees_is_undefined_after_validation() -> None:
    with pytest.raises(UndefinedResultError) as info:
        participation_percentage(0, 0)
    assert "no attendees" in str(info.value)
    with pytest.raises(InvalidInputError):  # validation comes first
        participation_percentage(1, 0)


@given(st.integers(1, 10**6), st.data())
def test_bounds_and_monotonicity(attendees: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(0, attendees))
    share = participation_percentage(part, attendees)
    assert 0 <= share <= 100
    if part < attendees:
        assert participation_percentage(part + 1, attendees) > share
    if part > 0:
        assert participation_percentage(part, attendees + 1) < share


# ----------------------------------------------------------------------------- error messages
# Every error message of Musrenbang participation (lkjcalc.participation), word for word
# (see tests/messages.py).

MESSAGES = [
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
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)
