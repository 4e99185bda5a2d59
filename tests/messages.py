"""The check shared by the error-message tables of the test files (one per concern).

domain.md §0: "Messages name the argument, the bad value and what was expected". The robustness
sweep (``test_robustness.py``) checks that every junk input raises and names its argument; each
module's table (``MESSAGES`` in its test file) checks the wording of each refusal and each
undefined result, one call per place that raises, so that a message cannot lose its field, its
value or its explanation unnoticed.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from lkjcalc import LkjcalcError


def check_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    """*call* raises exactly *error* (not a subclass), whose message is *message*, word for word."""
    with pytest.raises(error) as info:
        call()
    assert type(info.value) is error
    assert str(info.value) == message


def points_at_caller(warning_file: str, test_file: str) -> bool:
    """A warning's *warning_file* is the test's own file (the caller of the deprecated name).

    Under mutmut, whose trampoline wraps the functions of the mutated code (not the properties)
    in a frame of its own, that frame's file may be the caller instead.
    """
    if "MUTANT_UNDER_TEST" in os.environ and warning_file.endswith("trampoline.py"):
        return True
    return warning_file == test_file
