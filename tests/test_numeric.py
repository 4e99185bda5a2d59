"""Exact numbers: coercion, rounding, errors."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import InvalidInputError, InvalidTypeError, LkjcalcError, Rounding, round_half_up
from lkjcalc._numeric import quantize, to_count, to_decimal
from messages import check_message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, Decimal(0)),
        (142, Decimal(142)),
        (-7, Decimal(-7)),
        (Decimal("12143000.00"), Decimal("12143000.00")),
        ("12143000.00", Decimal("12143000.00")),
        ("-0.5", Decimal("-0.5")),
        ("+3", Decimal(3)),
        (".5", Decimal("0.5")),
        ("5.", Decimal(5)),
        (0.1, Decimal("0.1")),  # shortest repr, not 0.1000000000000000055511...
        (85.03, Decimal("85.03")),
        (1e16, Decimal("1E+16")),
        (np.int8(3), Decimal(3)),
        (np.int64(-12), Decimal(-12)),
        (np.uint16(400), Decimal(400)),
        (np.float64(0.1), Decimal("0.1")),
        (np.float32(0.1), Decimal("0.1")),  # numpy's own shortest text for float32
        (np.float16(0.5), Decimal("0.5")),
    ],
)
def test_accepted_inputs(value: object, expected: Decimal) -> None:
    result = to_decimal(value)
    assert result == expected
    assert type(result) is Decimal


@pytest.mark.parametrize(
    "value",
    [
        True,
        False,
        np.bool_(True),
        None,
        complex(1, 0),
        [1],
        b"12",
        bytearray(b"12"),
        {1},
        np.array(5),  # a 0-d array is not a scalar
        np.datetime64("2024-01-01"),
        object(),
    ],
)
def test_rejected_types(value: object) -> None:
    with pytest.raises(InvalidTypeError) as info:
        to_decimal(value, "target")
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, LkjcalcError)
    assert "target" in str(info.value)


@pytest.mark.parametrize(
    "value",
    [
        float("nan"),
        float("inf"),
        -float("inf"),
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("-Infinity"),
        Decimal("1E+10001"),
        Decimal("-1E-10001"),
        pytest.param(10**10001, id="huge_int"),
        pytest.param("1" + "0" * 10001, id="huge_str"),
        np.float64("nan"),
        np.float32("inf"),
        "",
        " 12",
        "12 ",
        "1_000",
        "1e3",
        "1,5",
        "1.000.000",
        "NaN",
        "Infinity",
        "\u0661\u0662",  # Arabic-Indic digits: Decimal() would take them
        "１２",  # full-width digits
        "+-1",
        ".",
    ],
)
def test_rejected_values(value: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        to_decimal(value, "realization")
    assert str(info.value).startswith("realization: got ")


def test_error_message_names_field_value_and_expectation() -> None:
    with pytest.raises(InvalidInputError) as info:
        to_decimal("abc", "allocation")
    err = info.value
    assert err.field == "allocation"
    assert err.value == "abc"
    assert err.expected is not None
    assert str(err).startswith("allocation: got 'abc', expected a plain decimal string")


def test_error_messages_are_shortened_for_huge_values() -> None:
    with pytest.raises(InvalidTypeError) as info:
        to_decimal(["x" * 500], "values")
    assert len(str(info.value)) < 200
    assert "..." in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"), [(3, 3), (Decimal(3), 3), (3.0, 3), ("3", 3), (np.int8(4), 4)]
)
def test_counts(value: object, expected: int) -> None:
    assert to_count(value) == expected
    assert type(to_count(value)) is int


@pytest.mark.parametrize("value", [2.5, "2.5", Decimal("0.1"), True, None, "x"])
def test_counts_reject_fractions_and_junk(value: object) -> None:
    with pytest.raises(InvalidInputError):
        to_count(value, "attendees")


# ----------------------------------------------------------------------------- rounding


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("85.005", 2, "85.01"),  # half up, not half even (Babel would give 85.00)
        ("85.015", 2, "85.02"),
        ("0.125", 2, "0.13"),
        ("2.5", 0, "3"),
        ("3.5", 0, "4"),
        ("-2.5", 0, "-3"),  # half away from zero
        ("88.305", 2, "88.31"),  # the IKM boundary of domain.md §3
        ("85.02994011976", 2, "85.03"),  # Musrenbang 2020, 142/167
        ("84.71337579617", 0, "85"),  # Musrenbang 2019, printed "85 %"
        ("-0.004", 2, "0.00"),  # no negative zero
        (1.005, 2, "1.01"),  # the float's shortest repr is 1.005; binary rounding gives 1.00
    ],
)
def test_round_half_up(value: object, places: int, expected: str) -> None:
    result = round_half_up(value, places)  # type: ignore[arg-type]
    assert str(result) == expected


def test_rounding_huge_values_is_exact() -> None:
    # More digits than the private context's 40: rounded exactly, never a bare decimal error.
    assert round_half_up(Decimal("1E+39"), 2) == Decimal("1E+39")
    assert str(round_half_up("123456789012345678901234567890123456789012.345", 2)).endswith(".35")


def test_round_down_truncates() -> None:
    assert quantize(Decimal("85.029"), 2, Rounding.DOWN) == Decimal("85.02")
    assert quantize(Decimal("-85.029"), 2, Rounding.DOWN) == Decimal("-85.02")


@pytest.mark.parametrize("places", [-1, 41, 2.0, "2", None, True])
def test_round_half_up_rejects_bad_places(places: object) -> None:
    with pytest.raises(InvalidInputError):
        round_half_up(1, places)  # type: ignore[arg-type]


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6), st.integers(0, 5))
def test_round_half_up_is_within_half_a_unit(value: Decimal, places: int) -> None:
    rounded = round_half_up(value, places)
    unit = Decimal(1).scaleb(-places)
    assert abs(rounded - value) <= unit / 2
    assert rounded.as_tuple().exponent == -places


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6), st.integers(0, 5))
def test_round_half_up_is_symmetric(value: Decimal, places: int) -> None:
    # copy_negate, not unary minus: "-value" rounds in the thread's context (28 digits).
    assert round_half_up(value.copy_negate(), places) == round_half_up(value, places).copy_negate()


@given(st.decimals(min_value=-(10**6), max_value=10**6, places=4), st.integers(0, 3))
def test_half_up_agrees_with_decimal_module(value: Decimal, places: int) -> None:
    ctx = decimal.Context(prec=50, rounding=decimal.ROUND_HALF_UP)
    assert round_half_up(value, places) == value.quantize(Decimal(1).scaleb(-places), context=ctx)


def test_public_names_are_exported() -> None:
    for name in ("Number", "Count", "Rounding", "round_half_up"):
        assert name in lkjcalc.__all__
        assert getattr(lkjcalc, name) is not None
    assert {m.name for m in Rounding} == {"HALF_UP", "DOWN"}


class _MyDecimal(Decimal):
    """A Decimal subclass, as some ORMs and decimal helpers hand out."""


def test_decimal_subclasses_are_accepted_as_plain_decimals() -> None:
    value = to_decimal(_MyDecimal("12.50"), "allocation")
    assert type(value) is Decimal
    assert value == Decimal("12.50")
    with pytest.raises(InvalidInputError, match="allocation"):
        to_decimal(_MyDecimal("NaN"), "allocation")


def test_arithmetic_helpers_ignore_the_callers_context() -> None:
    from lkjcalc._numeric import multiply, subtract

    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        assert multiply(Decimal("1.2345"), Decimal("1.0001")) == Decimal("1.23462345")
        assert subtract(Decimal("12345.678"), Decimal("0.001")) == Decimal("12345.677")


def test_error_messages_without_a_value_or_expectation() -> None:
    assert str(InvalidInputError(field="target")) == f"target: {InvalidInputError.default_message}"
    assert str(InvalidInputError(field="target", value=0)) == "target: got 0"
    assert str(InvalidInputError(expected="a count")) == "expected a count"
    assert str(InvalidInputError()) == InvalidInputError.default_message
    assert str(InvalidInputError(field="x", value=None, detail="why")) == "x: got None; why"
    assert InvalidInputError(field="x").value is None


def test_validator_reprs_name_their_options() -> None:
    import enum

    from lkjcalc._validators import (
        check_enum,
        each_validator,
        instance_validator,
        optional_str_validator,
        str_validator,
    )

    class Colour(enum.Enum):
        RED = "red"

    assert repr(str_validator()) == "<str validator allow_empty=False optional=False>"
    assert repr(str_validator(allow_empty=True)) == (
        "<str validator allow_empty=True optional=False>"
    )
    assert repr(optional_str_validator()) == "<str validator allow_empty=False optional=True>"
    assert check_enum(" RED ", Colour, "colour") is Colour.RED
    assert repr(instance_validator(Colour)) == "<instance validator Colour>"
    assert repr(each_validator(Colour)) == "<each instance validator Colour>"


def test_a_numpy_bool_is_refused_as_a_bool() -> None:
    with pytest.raises(InvalidTypeError) as info:
        to_decimal(np.True_, "flag")
    assert str(info.value) == "flag: got np.True_, expected a number, not a bool"


def test_percent_names_an_undefined_percentage() -> None:
    from lkjcalc import UndefinedResultError
    from lkjcalc._numeric import percent

    with pytest.raises(UndefinedResultError) as info:
        percent(Decimal(1), Decimal(0))
    assert str(info.value) == "the percentage is undefined: the denominator is zero"
    assert info.value.detail is None


def test_round_half_up_names_its_value() -> None:
    with pytest.raises(InvalidInputError) as info:
        round_half_up("x", 2)
    assert str(info.value).startswith("value: got 'x', expected a plain decimal string")


def test_to_count_names_a_count_by_default() -> None:
    with pytest.raises(InvalidInputError) as info:
        to_count("2.5")
    assert str(info.value) == "count: got '2.5', expected a whole number"


def test_forty_decimals_is_the_most() -> None:
    assert round_half_up("1.5", 40) == Decimal("1.5")
    assert str(round_half_up("1.5", 40)) == "1." + "5".ljust(40, "0")
    with pytest.raises(InvalidInputError):
        round_half_up("1.5", 41)


def test_divide_names_an_undefined_result() -> None:
    from lkjcalc import UndefinedResultError
    from lkjcalc._numeric import divide

    with pytest.raises(UndefinedResultError) as info:
        divide(Decimal(1), Decimal(0))
    assert str(info.value) == "the result is undefined: the denominator is zero"
    assert info.value.detail is None


def test_the_magnitude_limits_are_inclusive() -> None:
    assert to_decimal(Decimal("1E+10000")) == Decimal("1E+10000")
    assert to_decimal(Decimal("-1E-10000")) == Decimal("-1E-10000")
    with pytest.raises(InvalidInputError) as info:
        to_decimal(Decimal("1E+10001"), "x")
    assert str(info.value) == (
        "x: got Decimal('1E+10001'), expected a magnitude between 1E-10000 and 1E+10000"
    )
    with pytest.raises(InvalidInputError) as info:
        to_decimal(float("nan"), "x")
    assert str(info.value) == "x: got nan, expected a finite number"


def test_to_decimal_names_a_value_by_default() -> None:
    with pytest.raises(InvalidTypeError) as info:
        to_decimal(None)
    assert str(info.value) == (
        "value: got None, expected a number "
        "(int, Decimal, float, Fraction, numpy scalar or plain decimal str)"
    )


def test_an_int_too_large_is_refused_by_magnitude() -> None:
    with pytest.raises(InvalidInputError) as info:
        to_decimal(10**10001, "x")
    assert str(info.value) == (
        "x: got <int too long to print>, expected a magnitude between 1E-10000 and 1E+10000"
    )


def test_plain_ints_take_the_fast_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    from lkjcalc import _numeric
    from lkjcalc.survey import _counting

    def general(*args: object) -> None:
        raise AssertionError(f"general path taken for {args}")

    monkeypatch.setattr(_numeric, "_finite", general)
    assert to_decimal(5) == 5
    monkeypatch.setattr(_numeric, "to_decimal", general)
    assert to_count(5) == 5
    monkeypatch.setattr(_counting, "to_count", general)
    assert _counting.score(3) == 3


class _MyInt(int):
    """An int subclass: taken as an Integral, not through the int fast path."""


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (np.float32("inf"), "x: got np.float32(inf), expected a finite number"),
        (_MyDecimal("NaN"), "x: got Decimal('NaN'), expected a finite number"),
        (
            _MyInt(10**10001),
            "x: got <_MyInt too long to print>, expected a magnitude between 1E-10000 and 1E+10000",
        ),
        (
            "1" + "0" * 10001,
            f"x: got '{'1' + '0' * 75}..., expected a magnitude between 1E-10000 and 1E+10000",
        ),
    ],
    ids=["numpy-float", "decimal-subclass", "int-subclass", "str"],
)
def test_every_kind_of_number_is_named_when_refused(value: object, message: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        to_decimal(value, "x")
    assert str(info.value) == message


# ----------------------------------------------------------------------------- error messages
# Every error message of rounding (lkjcalc._numeric), word for word
# (see tests/messages.py).

MESSAGES = [
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
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)


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


# ----------------------------------------------------------------------------- the one rounding
# quantize rounds Decimals and Fractions alike: the survey's exact fractions, the scales, the
# review's tolerance rule and every displayed figure go through it.

_any_decimal = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12
)


@given(_any_decimal, st.integers(0, 12), st.sampled_from(Rounding))
def test_quantize_agrees_for_decimal_and_fraction(
    value: Decimal, places: int, mode: Rounding
) -> None:
    decimal_result = quantize(value, places, mode)
    fraction_result = quantize(Fraction(value), places, mode)
    assert isinstance(fraction_result, Fraction)
    assert Fraction(decimal_result) == fraction_result
    # Fixed point with exactly *places* decimals, never an exponent form, never a negative zero.
    assert decimal_result.as_tuple().exponent == -places
    assert "E" not in f"{decimal_result:f}"
    assert not (decimal_result.is_zero() and decimal_result.is_signed())
    assert (fraction_result * 10**places).denominator == 1


@given(st.fractions(max_denominator=10**6), st.integers(0, 8))
def test_quantize_rounds_a_fraction_to_the_nearest_unit_half_away_from_zero(
    value: Fraction, places: int
) -> None:
    unit = Fraction(1, 10**places)
    up = quantize(value, places)
    down = quantize(value, places, Rounding.DOWN)
    assert abs(up - value) <= unit / 2
    assert abs(down) <= abs(value) < abs(down) + unit  # truncated towards zero
    assert quantize(-value, places) == -up
    if abs(up - value) == unit / 2:
        assert abs(up) > abs(value)  # a tie goes away from zero


@pytest.mark.parametrize(
    ("value", "places", "half_up", "down"),
    [
        ("0.125", 2, "0.13", "0.12"),
        ("-0.125", 2, "-0.13", "-0.12"),
        ("2.5", 0, "3", "2"),
        ("-2.5", 0, "-3", "-2"),
        ("85.005", 2, "85.01", "85.00"),  # the regulation's example of half up (Conventions)
        ("-85.009", 2, "-85.01", "-85.00"),
        ("-0.004", 2, "0.00", "0.00"),  # no negative zero
        ("-0.5", 0, "-1", "0"),
        ("1E+2", 1, "100.0", "100.0"),  # no exponent form
    ],
)
def test_quantize_half_way_cases(value: str, places: int, half_up: str, down: str) -> None:
    exact = Decimal(value)
    for number, expected in (
        (quantize(exact, places), half_up),
        (quantize(exact, places, Rounding.DOWN), down),
    ):
        assert str(number) == expected
    assert quantize(Fraction(exact), places) == Fraction(Decimal(half_up))
    assert quantize(Fraction(exact), places, Rounding.DOWN) == Fraction(Decimal(down))


def test_quantize_of_the_seed_participation_as_a_fraction() -> None:
    # LKj Kecamatan Bantur 2020, BAB III 2.2: 142 / 167 × 100 printed 85,03 %.
    assert quantize(Fraction(14200, 167), 2) == Fraction("85.03")
    assert quantize(Fraction(14200, 167), 2, Rounding.DOWN) == Fraction("85.02")


def test_quantize_beyond_forty_places() -> None:
    assert quantize(Decimal("-1.5"), 45) == Decimal("-1.5")
    assert quantize(Decimal("-1.5"), 45).as_tuple().exponent == -45
    assert quantize(Decimal("1E-45"), 44) == 0


def test_quantize_without_places_leaves_the_value_unchanged() -> None:
    assert quantize(Fraction(1, 3), None) == Fraction(1, 3)
    assert str(quantize(Decimal("-0.0050"), None)) == "-0.0050"


# ----------------------------------------------------------------------------- v0.2 additions


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(1, 8), "0.125"),
        (Fraction(-3, 40), "-0.075"),
        (Fraction(7), "7"),
        (Fraction(0), "0"),
        (Fraction(1, 3), "0.3333333333333333333333333333333333333333"),
        (Fraction(2, 3), "0.6666666666666666666666666666666666666667"),
        (Fraction(1, 1024), "0.0009765625"),
        # Terminating expansions longer than 40 digits are exact too.
        (Fraction(10**45 + 1, 2), "500000000000000000000000000000000000000000000.5"),
        (Fraction(10**45 + 1, 5), "200000000000000000000000000000000000000000000.2"),
    ],
)
def test_a_fraction_is_a_number(value: Fraction, expected: str) -> None:
    # domain.md §0 (v0.2): exact when its decimal expansion terminates, else 40 digits.
    result = to_decimal(value, "weight")
    assert type(result) is Decimal
    assert str(result) == expected


@given(st.fractions(max_denominator=10**6))
def test_a_terminating_fraction_is_exact(value: Fraction) -> None:
    result = to_decimal(value)
    denominator = value.denominator
    while denominator % 2 == 0:
        denominator //= 2
    while denominator % 5 == 0:
        denominator //= 5
    if denominator == 1:
        assert Fraction(result) == value
    else:  # 40 significant digits, rounded half up: within half a unit of the 40th digit
        assert abs(Fraction(result) - value) <= abs(value) / 10**39


@pytest.mark.parametrize(
    "value",
    [
        Fraction(10**20000, 3),
        Fraction(1, 10**20000),
        Fraction(3, 2**40000),
        Fraction(2**40000, 7),
        # Within the estimate's margin: refused on the exact quotient (terminating or not).
        Fraction(2**34000, 1),
        Fraction(2**34000, 3),
    ],
)
def test_a_fraction_beyond_the_magnitudes_is_refused(value: Fraction) -> None:
    with pytest.raises(InvalidInputError) as info:
        to_decimal(value, "weight")
    assert info.value.field == "weight"
    assert info.value.value is value
    assert info.value.expected == "a magnitude between 1E-10000 and 1E+10000"


@pytest.mark.parametrize(
    "value",
    [
        # Terms beyond 2**33000 whose quotient is in range: the magnitude estimate lets them in.
        Fraction(2**33001 + 1, 3 * 2**30000),  # about 6.2E+902
        Fraction(2**33001 + 1, 2**33000),  # 2 and a little, exactly
        Fraction(3 * 2**30000, 2**33001 + 1),  # about 1.6E-903
    ],
)
def test_a_fraction_of_large_terms_in_range_is_accepted(value: Fraction) -> None:
    result = to_decimal(value, "weight")
    if value.denominator == 2**33000:
        assert Fraction(result) == value
    else:
        assert abs(Fraction(result) - value) <= abs(value) / 10**39


def test_a_0d_array_is_refused_with_a_hint() -> None:
    with pytest.raises(InvalidTypeError) as info:
        to_decimal(np.array(5), "target")
    assert str(info.value) == (
        "target: got array(5), expected a number, not a 0-d array (use x.item() or x[()])"
    )


_GENERAL = "a number (int, Decimal, float, Fraction, numpy scalar or plain decimal str)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (np.ma.masked, "a number, not a masked value"),
        (np.ma.masked_array(5), "a number, not a 0-d array (use x.item() or x[()])"),
        (np.ma.masked_array([5]), _GENERAL),  # an array of one value is not one value either
        (np.array([5]), _GENERAL),
        (np.datetime64("2024-01-01"), _GENERAL),  # a 0-d numpy scalar, not an array
    ],
    ids=["masked", "0-d masked array", "masked array", "array", "datetime64"],
)
def test_numpy_look_alikes_are_refused_with_a_hint(value: object, expected: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        to_decimal(value, "target")
    assert info.value.field == "target"
    assert info.value.value is value
    assert info.value.expected == expected


@pytest.mark.parametrize("places", [np.int64(2), np.int8(2), np.uint32(2)])
def test_places_accepts_numpy_integers(places: object) -> None:
    from lkjcalc._numeric import check_places

    assert check_places(places) == 2
    assert type(check_places(places)) is int
    assert round_half_up("1.005", places) == Decimal("1.01")  # type: ignore[arg-type]


@pytest.mark.parametrize("places", [True, np.bool_(True), 2.0, "2", Fraction(2)])
def test_places_refuses_other_types(places: object) -> None:
    from lkjcalc._numeric import check_places

    with pytest.raises(InvalidTypeError) as info:
        check_places(places, "nrr_places")
    assert info.value.field == "nrr_places"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1E+2", "100"),
        ("-1.5E+1", "-15"),
        ("0E+3", "0"),
        ("-0E+3", "0"),
        ("-0.00", "0.00"),
        ("-0", "0"),
        ("85.00", "85.00"),
        ("-12.5", "-12.5"),
        ("1E+45", "1" + "0" * 45),
        ("0E-7", "0"),
        ("-0E-12", "0"),
        ("0E-6", "0.000000"),
        ("1.0E-7", "1.0E-7"),  # below 10^-6 Decimal writes an exponent: no Decimal can avoid it
        ("0.0000012", "0.0000012"),
    ],
)
def test_plain(value: str, expected: str) -> None:
    from lkjcalc._numeric import plain_decimal

    assert str(plain_decimal(Decimal(value))) == expected
    assert plain_decimal(Decimal(value)) == Decimal(value)


def test_plain_leaves_what_is_no_number() -> None:
    from lkjcalc._numeric import plain_decimal

    assert plain_decimal(Decimal("Infinity")) == Decimal("Infinity")
    assert plain_decimal(Decimal("NaN")).is_nan()


def test_divide_names_the_field_of_its_denominator() -> None:
    from lkjcalc import UndefinedResultError
    from lkjcalc._numeric import divide

    with pytest.raises(UndefinedResultError) as info:
        divide(Decimal(1), Decimal(0), what="absorption", field="allocation")
    assert info.value.field == "allocation"
    assert str(info.value) == "absorption is undefined: the denominator is zero"


@pytest.mark.parametrize("count", [10**3800, -(10**3800), 2**12621 * 10**100, Decimal("1E+3800")])
def test_a_count_has_at_most_3800_digits(count: object) -> None:
    # Python prints ints of 4300 digits at most: a longer count could not be shown in a message.
    with pytest.raises(InvalidInputError) as info:
        to_count(count, "attendees")
    assert info.value.field == "attendees"
    assert str(info.value).endswith("expected a whole number of at most 3800 digits")


@pytest.mark.parametrize("count", [10**3799, -(10**3799), 2**12620, Decimal("9E+3799")])
def test_a_count_of_3800_digits_is_a_count(count: object) -> None:
    assert to_count(count) == int(count)  # type: ignore[call-overload]


_ZERO_LINE = lkjcalc.BudgetLine(program="P", activity="A", allocation=0, realization=0)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: lkjcalc.relative_change(0, 5), "previous"),
        (lambda: lkjcalc.achievement(0, 5), "target"),
        (lambda: lkjcalc.achievement(lkjcalc.Target.between(-5, 0), 5), "target"),
        (lambda: lkjcalc.renstra_progress(0, 5), "final_target"),
        (lambda: lkjcalc.Indicator(name="x").progress(0, 5), "final_target"),
        (
            lambda: lkjcalc.achievement(5, 0, polarity="minimize", minimize_formula="ratio"),
            "realization",
        ),
        (lambda: lkjcalc.mean_achievement([]), "values"),
        (lambda: lkjcalc.participation_percentage(0, 0), "attendees"),
        (lambda: lkjcalc.absorption(0, 5), "allocation"),
        (lambda: lkjcalc.share(0, 0), "total"),
        (lambda: lkjcalc.efficiency_index(100, 0), "absorption_pct"),
        (lambda: lkjcalc.unspent_share(0, 0), "allocation"),
        (lambda: lkjcalc.Budget(lines=[_ZERO_LINE]).share(_ZERO_LINE), "allocation"),
        (lambda: lkjcalc.ikm(lkjcalc.Survey.empty()), "survey"),
    ],
)
def test_an_undefined_result_names_its_argument(call: Callable[[], object], field: str) -> None:
    # issue 12: UndefinedResultError had field=None; it names the argument that made it so.
    with pytest.raises(lkjcalc.UndefinedResultError) as info:
        call()
    assert info.value.field == field


class _Items:
    """An object whose items() is not a list of pairs (not a mapping, whatever it says)."""

    def __init__(self, items: object) -> None:
        self._items = items

    def items(self) -> object:
        return self._items


@pytest.mark.parametrize("value", [_Items(5), _Items([1, 2]), _Items([(1, 2, 3)]), dict, "ab"])
def test_what_is_not_mapping_like(value: object) -> None:
    from lkjcalc._validators import mapping_or_none

    assert mapping_or_none(value, "nrr") is None


def test_a_repeated_key_is_named() -> None:
    from lkjcalc._validators import mapping_or_none

    with pytest.raises(InvalidInputError) as info:
        mapping_or_none(_Items([("U1", 1), ("U2", 2), ("U2", 3), ("U1", 4)]), "weights")
    assert str(info.value) == (
        "weights: got 'U1', expected each key once (a Series with a unique index)"
    )
    assert mapping_or_none(_Items([("U1", 1)]), "weights") == {"U1": 1}
