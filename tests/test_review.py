"""Review of published figures: notations, the interval rule, every check, findings in id/en."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    FigureKind,
    Finding,
    FindingKind,
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    MinimizeFormula,
    ParseError,
    Polarity,
    Published,
    Rounding,
    Target,
    check_absorption,
    check_achievement,
    check_band,
    check_consistent,
    check_difference,
    check_ikm,
    check_percentage,
    check_total,
    check_weights,
    findings_html,
    format_number,
    format_percent,
    format_rupiah,
    ikm_from_nrr,
    published,
)
from lkjcalc._numeric import quantize
from lkjcalc.report import PrintedSurvey
from lkjcalc.review._findings import show
from lkjcalc.review._interval import INFINITY, Interval, at_least, at_most, quotient
from lkjcalc.scales import IKM_2017, LKJ_ORDINAL

# ----------------------------------------------------------------------------- printed figures


@pytest.mark.parametrize(
    ("text", "notation", "value", "places", "kind"),
    [
        ("85%", "id", "85", 0, FigureKind.PERCENT),  # seed, table 1.1
        ("1,907%", "id", "1.907", 3, FigureKind.PERCENT),  # seed, table 3.1
        ("100 %", "id", "100", 0, FigureKind.PERCENT),  # seed, table 3.3
        ("Rp. 12.143.000,00", "id", "12143000.00", 2, FigureKind.RUPIAH),  # seed, table 3.1
        ("Rp. 16.820.500,-", "id", "16820500", 0, FigureKind.RUPIAH),  # seed, BAB II B
        ("(Rp1.000,00)", "id", "-1000.00", 2, FigureKind.RUPIAH),
        ("-Rp 1.000", "id", "-1000", 0, FigureKind.RUPIAH),
        ("Rp -1.000", "id", "-1000", 0, FigureKind.RUPIAH),
        ("692.541.800,00", "id", "692541800.00", 2, FigureKind.PLAIN),  # seed, "Jumlah"
        ("3,400", "id", "3.400", 3, FigureKind.PLAIN),  # seed, BAB III 2.1
        ("1.500", "id", "1500", 0, FigureKind.PLAIN),
        ("1,000", "id", "1.000", 3, FigureKind.PLAIN),
        ("-0,0", "id", "0.0", 1, FigureKind.PLAIN),
        # e-SAKIP exports in English notation
        ("93.6", "en", "93.6", 1, FigureKind.PLAIN),
        ("1,004,422,800", "en", "1004422800", 0, FigureKind.PLAIN),
        ("85.03%", "en", "85.03", 2, FigureKind.PERCENT),
        ("Rp1,004,422,800.00", "en", "1004422800.00", 2, FigureKind.RUPIAH),
        ("1.000", "en", "1.000", 3, FigureKind.PLAIN),
        # plain ASCII decimals written by a program
        ("12143000.00", "plain", "12143000.00", 2, FigureKind.PLAIN),
        ("-3", "plain", "-3", 0, FigureKind.PLAIN),
        ("+.5", "plain", "0.5", 1, FigureKind.PLAIN),
        ("5.", "plain", "5", 0, FigureKind.PLAIN),
        ("85.03 %", "plain", "85.03", 2, FigureKind.PERCENT),
        (" 12", "plain", "12", 0, FigureKind.PLAIN),
    ],
)
def test_published_reads_each_notation(
    text: str, notation: str, value: str, places: int, kind: FigureKind
) -> None:
    figure = published(text, notation=notation)  # type: ignore[arg-type]
    assert figure.value == Decimal(value)
    assert figure.places == places
    assert figure.kind is kind
    assert figure.text == text
    assert str(figure) == text
    assert figure.exact is None
    assert published(figure) is figure


# What each notation says of a text it cannot read: why, then the notation that reads it.
_GROUPS_ID = (
    "'.' groups thousands and must be followed by exactly 3 digits; write decimals after ',' "
    "(1,5 not 1.5)"
)
_GROUPS_EN = (
    "',' groups thousands and must be followed by exactly 3 digits; write decimals after '.' "
    "(1.5 not 1,5)"
)
_PLAIN = "only an optional sign, ASCII digits and one '.' can appear"
_CHARACTERS = "only digits, '.', ',', a sign, 'Rp' or 'Rp.' and parentheses can appear"
_DECIMAL_SIGN = "',' is the decimal sign and appears once; '.' groups thousands"


def _pass(notation: str) -> str:
    return f": pass notation={notation!r} if the report prints that way"


@pytest.mark.parametrize(
    ("text", "notation", "detail"),
    [
        ("1.5", "id", f"{_GROUPS_ID}; in English notation it reads 1.5{_pass('en')}"),
        ("85.03%", "id", f"{_GROUPS_ID}; in English notation it reads 85.03{_pass('en')}"),
        ("93.6", "id", f"{_GROUPS_ID}; in English notation it reads 93.6{_pass('en')}"),
        ("1,5", "en", f"{_GROUPS_EN}; in Indonesian notation it reads 1.5{_pass('id')}"),
        ("1,2", "plain", f"{_PLAIN}; in Indonesian notation it reads 1.2{_pass('id')}"),
        (
            "1" * 41 + ",5",
            "en",
            f"{_GROUPS_EN}; in Indonesian notation it can be read{_pass('id')}",
        ),
        (
            "1" * 38 + ",5",
            "en",
            f"{_GROUPS_EN}; in Indonesian notation it reads {'1' * 38}.5{_pass('id')}",
        ),
        (
            "1,004,422,800",
            "id",
            f"{_DECIMAL_SIGN}; in English notation it reads 1004422800{_pass('en')}",
        ),
        ("1,5", "plain", f"{_PLAIN}; in Indonesian notation it reads 1.5{_pass('id')}"),
        ("1.000.00", "id", _GROUPS_ID),
        (
            "0.500",
            "id",
            (
                "a grouped figure cannot start with 0 ('0.500' could be a fraction); in English "
                f"notation it reads 0.500{_pass('en')}"
            ),
        ),
        ("1,2,3", "id", _DECIMAL_SIGN),
        ("1,", "id", "digits must follow the decimal sign ','"),
        ("", "id", "the text is empty"),
        ("%", "id", "there are no digits"),
        ("Rp", "id", "there are no digits"),
        ("abc", "id", _CHARACTERS),
        ("Rp 5%", "id", "a figure is a rupiah amount or a percentage, not both"),
        ("-(5)", "id", _CHARACTERS),
        ("(-5)", "id", "a negative figure has parentheses or a minus sign, not both"),
        ("-Rp-5", "id", "there are two minus signs"),
        ("1.2.3", "plain", _PLAIN),
        ("-", "plain", _PLAIN),
        ("\u0661\u0662", "id", _CHARACTERS),
    ],
)
def test_unreadable_text_says_why_and_suggests_a_notation(
    text: str, notation: str, detail: str
) -> None:
    with pytest.raises(ParseError) as info:
        published(text, notation=notation)  # type: ignore[arg-type]
    assert info.value.detail == detail
    assert str(info.value).startswith(f"text: got {text!r}, expected a")


def test_published_messages() -> None:
    with pytest.raises(ParseError) as info:
        published("x")
    assert str(info.value) == (
        "text: got 'x', expected a figure in Indonesian notation such as '85%', '1,907%', "
        "'3,400', 'Rp. 12.143.000,00' or '692.541.800,00'; only digits, '.', ',', a sign, "
        "'Rp' or 'Rp.' and parentheses can appear"
    )
    with pytest.raises(ParseError) as info:
        published("x", notation="en")
    assert str(info.value) == (
        "text: got 'x', expected a figure in English notation such as '85%', '1.907%', '3.400', "
        f"'1,004,422,800' or '692,541,800.00'; {_CHARACTERS}"
    )
    with pytest.raises(ParseError) as info:
        published("x", notation="plain")
    assert str(info.value) == (
        "text: got 'x', expected a plain decimal figure such as '85', '1.907', '-3' or "
        f"'692541800.00' (sign, ASCII digits, optional point; an optional '%'); {_PLAIN}"
    )
    with pytest.raises(InvalidTypeError) as info:
        published(85)  # type: ignore[arg-type]
    assert str(info.value) == "text: got 85, expected the printed text of a figure"
    with pytest.raises(InvalidInputError) as info:
        published("1", notation="fr")  # type: ignore[arg-type]
    assert str(info.value) == "notation: got 'fr', expected one of 'id', 'en', 'plain'"
    with pytest.raises(InvalidTypeError) as info:
        published("1", notation=1)  # type: ignore[arg-type]
    assert str(info.value) == "notation: got 1, expected one of 'id', 'en', 'plain'"
    assert published("1.5", notation=" EN ").value == Decimal("1.5")  # type: ignore[arg-type]


def test_published_reads_a_long_padding_fast() -> None:
    start = time.perf_counter()
    assert published(" " * 100_000 + "1").value == 1
    assert time.perf_counter() - start < 0.5


def test_published_exact() -> None:
    figure = published("85,00", exact=True)
    assert figure.exact is True
    assert figure.interval == Interval.point(Decimal("85.00"))
    assert published(figure, exact=True) is figure
    assert published(figure, exact=False).exact is False
    with pytest.raises(InvalidTypeError, match=r"^exact: got 'yes', expected True, False"):
        published("1", exact="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^exact: got 1, expected True, False or None"):
        Published(text="1", value=1, places=0, exact=1)  # type: ignore[arg-type]


def test_published_validation() -> None:
    with pytest.raises(
        InvalidInputError, match=r"^places: got -1, expected an int from 0 to 10000"
    ):
        Published(text="x", value=1, places=-1)
    with pytest.raises(InvalidTypeError):
        Published(text="x", value=1, places=0, kind="per cent")  # type: ignore[arg-type]
    assert Published(text="x", value=1, places=0, kind="PERCENT").kind is FigureKind.PERCENT  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", [" " * 100_000 + "x", "1" * 20_000, "1." * 50_000, "(" * 100_000, "Rp" * 50_000]
)
def test_reading_takes_time_linear_in_the_text(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(LkjcalcError) as info:  # unreadable, or a magnitude beyond 1E+10000
        published(text)
    assert len(str(info.value)) < 1000
    assert time.perf_counter() - start < 0.5


# ----------------------------------------------------------------------------- the interval rule


@pytest.mark.parametrize(
    ("printed", "lower", "upper", "lower_closed", "upper_closed"),
    [
        ("85", "84.5", "86", True, False),  # half up from 84.5, truncated up to 85.99…
        ("3,53", "3.525", "3.54", True, False),
        ("-1,90", "-1.91", "-1.895", False, True),  # mirrored
        ("0,0", "-0.1", "0.1", False, False),
    ],
)
def test_a_printed_figure_stands_for_the_values_that_print_to_it(
    printed: str, lower: str, upper: str, lower_closed: bool, upper_closed: bool
) -> None:
    assert published(printed).interval == Interval(
        Decimal(lower), Decimal(upper), lower_closed=lower_closed, upper_closed=upper_closed
    )


@pytest.mark.parametrize(
    ("printed", "computed", "agrees"),
    [
        ("85", "84.5", True),  # half up
        ("84", "84.5", True),  # truncated
        ("85", "85.99", True),  # truncated
        ("86", "85.99", True),  # half up
        ("85", "84.49", False),
        ("87", "85.99", False),
        ("85", "86", False),
        ("85,03", "85.0299401", True),  # half up
        ("85,02", "85.0299401", True),  # truncated
        ("85,01", "85.0299401", False),
        # the seed's 1,907 % is 12.143.000 / 636.541.800 = 1,90765…, truncated
        ("1,907", "1.90765162633", True),
        ("1,908", "1.90765162633", True),
        ("1,906", "1.90765162633", False),
        ("-1,90", "-1.909", True),
        ("-1,91", "-1.909", True),
        ("-1,92", "-1.909", False),
        ("0", "-0.9", True),
        ("0", "1", False),
    ],
)
def test_agrees_is_half_up_or_truncated(printed: str, computed: str, agrees: bool) -> None:
    assert published(printed).agrees(computed) is agrees


def test_the_interval_type() -> None:
    a = Interval(Decimal(1), Decimal(2), upper_closed=False)
    assert a.clip(Interval(Decimal(2), Decimal(3))) is None
    assert a.clip(Interval(Decimal(0), Decimal(1))) == Interval.point(Decimal(1))
    assert a.clip(Interval(Decimal(0), Decimal(1), upper_closed=False)) is None
    assert a.clip(Interval(Decimal(1), Decimal(3), lower_closed=False)) == Interval(
        Decimal(1), Decimal(2), lower_closed=False, upper_closed=False
    )
    assert a.clip(Interval(Decimal("1.5"), Decimal("1.7"))) == Interval(
        Decimal("1.5"), Decimal("1.7")
    )
    assert not a.contains(Decimal(2))
    assert a.contains(Decimal(1))
    assert (a - a) == Interval(Decimal(-1), Decimal(1), lower_closed=False, upper_closed=False)
    assert a.cap(Decimal("1.5")) == Interval(Decimal(1), Decimal("1.5"))
    assert a.cap(Decimal("0.5")) == Interval.point(Decimal("0.5"))
    assert a.cap(Decimal(2)) == a
    assert -a == Interval(Decimal(-2), Decimal(-1), lower_closed=False)
    assert -Interval(Decimal(1), Decimal(2), lower_closed=False) == Interval(
        Decimal(-2), Decimal(-1), upper_closed=False
    )
    # Equal ends: closed only where both are.
    assert Interval(Decimal(1), Decimal(2)).clip(
        Interval(Decimal(0), Decimal(2), upper_closed=False)
    ) == Interval(Decimal(1), Decimal(2), upper_closed=False)
    # A monotone map keeps which ends are closed (swapped when it decreases).
    assert a.map(lambda v: v * 2) == Interval(Decimal(2), Decimal(4), upper_closed=False)
    assert a.map_decreasing(lambda v: -v) == Interval(Decimal(-2), Decimal(-1), lower_closed=False)
    half_open = Interval(Decimal(1), Decimal(2), lower_closed=False)
    assert half_open.map(lambda v: v * 2) == Interval(Decimal(2), Decimal(4), lower_closed=False)
    assert half_open.map_decreasing(lambda v: -v) == Interval(
        Decimal(-2), Decimal(-1), upper_closed=False
    )
    # The half-lines: closed at their end unless told, open (unbounded) on the other side.
    assert at_most(Decimal(1)) == Interval(-INFINITY, Decimal(1), lower_closed=False)
    assert at_most(Decimal(1), closed=False) == Interval(
        -INFINITY, Decimal(1), lower_closed=False, upper_closed=False
    )
    assert at_least(Decimal(1)) == Interval(Decimal(1), INFINITY, upper_closed=False)
    assert at_least(Decimal(1), closed=False) == Interval(
        Decimal(1), INFINITY, lower_closed=False, upper_closed=False
    )


def test_the_quotient_of_intervals() -> None:
    def div(x: Decimal, y: Decimal) -> Decimal:
        return x / y

    # A denominator that may be as small as one likes: unbounded on the numerator's side.
    up = quotient(
        Interval(Decimal(1), Decimal(2)), Interval(Decimal(0), Decimal(1), lower_closed=False), div
    )
    assert (up.lower, up.upper, up.lower_closed, up.upper_closed) == (1, INFINITY, True, False)
    down = quotient(
        Interval(Decimal(1), Decimal(2)), Interval(Decimal(-1), Decimal(0), upper_closed=False), div
    )
    assert (down.lower, down.upper) == (-INFINITY, -1)
    # 0 / y is 0 for every y, attained whenever 0 is.
    zero = quotient(Interval.point(Decimal(0)), Interval(Decimal(1), Decimal(2)), div)
    assert zero == Interval.point(Decimal(0))
    negative = quotient(
        Interval(Decimal(-1), Decimal(0)), Interval(Decimal(0), Decimal(1), lower_closed=False), div
    )
    assert (negative.lower, negative.upper, negative.upper_closed) == (-INFINITY, 0, True)
    # A corner is attained only when both of its ends are: 1 / 2 here is not (2 is left out).
    assert quotient(
        Interval(Decimal(1), Decimal(2)), Interval(Decimal(1), Decimal(2), upper_closed=False), div
    ) == Interval(Decimal("0.5"), Decimal(2), lower_closed=False)
    assert quotient(
        Interval(Decimal(1), Decimal(2), lower_closed=False), Interval.point(Decimal(2)), div
    ) == Interval(Decimal("0.5"), Decimal(1), lower_closed=False)


# ----------------------------------------------------------------------------- the two SKM tables


def test_weighted_nrr_rounded_for_print_add_up_to_the_index() -> None:
    # NRR 3,25 and 3,55 with weights 0,5; weighted NRR printed 1,63 and 1,78 (1,625 and 1,775
    # rounded half up); index 3,40. 1,625 + 1,775 is exactly 3,40.
    table = {
        "nrr": {"U1": "3,25", "U2": "3,55"},
        "weights": {"U1": "0,5", "U2": "0,5"},
        "weighted_nrr": {"U1": "1,63", "U2": "1,78"},
        "index": "3,40",
        "where": "Tabel SKM",
    }
    # Before (v0.1): the printed weighted NRR were added as exact, 3,41, printed "3,40": a finding.
    assert not published("3,40").agrees(Decimal("1.63") + Decimal("1.78"))
    # After: each stands for the values that print to it, so the sum may be 3,40.
    assert check_ikm(table) == []
    [finding] = check_ikm({**table, "index": "3,50"})
    assert (finding.kind, finding.where) == (
        FindingKind.TOTAL,
        "Tabel SKM, indeks (Σ NRR tertimbang)",
    )
    assert (finding.lower, finding.upper) == (Decimal("3.400"), Decimal("3.43"))


def test_an_index_printed_3_53_may_give_an_ikm_of_88_31() -> None:
    # docs/survey.md: an index printed 3,53 may be 3,5324, and 3,5324 × 25 = 88,31 (grade A).
    table = {"index": "3,53", "ikm": "88,31", "grade": "A", "where": "Tabel SKM"}
    # Before (v0.1): 3,53 × 25 = 88,25, printed "88,31": a finding ("recomputed 88.25").
    assert not published("88,31").agrees(Decimal("3.53") * 25)
    # After: 25 × [3,525; 3,54) = [88,125; 88,5), which holds 88,31.
    assert check_ikm(table) == []
    [finding] = check_ikm({**table, "ikm": "88,60"})
    assert finding.text() == (
        "IKM tercantum 88,60, seharusnya 88,25 (indeks 3,53 × 25); angka yang tercantum pada "
        "masukannya memungkinkan 88,125 s.d. 88,5"
    )
    assert (
        finding.text("en")
        == finding.message
        == (
            "printed IKM 88,60, recomputed 88.25 (index 3,53 × 25); the printed inputs allow any "
            "value from 88.125 to 88.5"
        )
    )
    assert (finding.expected, finding.lower, finding.upper) == (
        Decimal("88.25"),
        Decimal("88.125"),
        Decimal("88.5"),
    )


# ----------------------------------------------------------------------------- the checks


SEED_LINES = [
    12000000, 7800000, 2288000, 131137800, 4800000, 38526150, 12966500, 6295000, 67156000,
    112950000, 35216000, 34523000, 15000000, 7650000, 10800000, 5050000, 19440600, 38308000,
    38856000, 38346000, 41289750, 12143000,
]  # fmt: skip


def test_check_total() -> None:
    # Seed, BAB III D: the 22 lines sum to the printed "Jumlah" 692.541.800,00.
    assert check_total(SEED_LINES, "692.541.800,00") == []
    # The text of BAB III D states Rp. 636.541.800,- for the same budget.
    [finding] = check_total(SEED_LINES, "Rp. 636.541.800,-", where="BAB III D, teks")
    assert finding.kind is FindingKind.TOTAL
    assert finding.where == "BAB III D, teks"
    assert finding.published == published("Rp. 636.541.800,-")
    assert finding.expected == finding.lower == finding.upper == Decimal(692541800)
    assert (
        finding.text()
        == "tercantum Rp. 636.541.800,-, seharusnya Rp692.541.800,00 (jumlah 22 rincian)"
    )
    # Every text is read in one notation: parts and total alike.
    assert check_total(["1.500", "2.500"], "4.000") == []
    assert len(check_total(["1.500", "2.500"], "4")) == 1
    assert check_total(["1,500", "2,500"], "4,000", notation="en") == []
    assert check_total(["1.5", "2.5"], "4.0", notation="plain") == []
    # A figure with decimals stands for its interval; a whole number is exact.
    assert check_total(["1,63", "1,78"], "3,40") == []
    assert check_total([Fraction(1, 3), Fraction(2, 3)], "1") == []
    assert check_total([], "0") == []
    assert len(check_total([], "1")) == 1
    assert check_total([published("1,5", exact=True)], "1,5") == []
    # Whole numbers are exact: 1 + 2 is not 4, and 1,4 + 1,4 (at most 2,99…) is never 3.
    assert len(check_total(["1", "2"], "4")) == 1
    assert len(check_total(["1,4", "1,4"], "3")) == 1
    # "1" may be 0,5 to 1,99…: never exactly 2.
    assert len(check_total([published("1", exact=False)], published("2", exact=True))) == 1


def test_what_a_figure_stands_for_depends_on_what_it_is() -> None:
    # In check_difference a whole number is exact and a figure with decimals an interval.
    assert len(check_difference("100,5", 60, "40")) == 1  # 40,45 to 40,6: not exactly 40
    assert check_difference("100,5", 60, "40,5") == []
    assert len(check_difference("100", "60", "40,2")) == 1  # exactly 40
    assert check_difference("100", "60,0", "40,05") == []  # 60,0 may be 59,95
    assert check_difference(100, 60, published("40,2", exact=True)) != []
    [finding] = check_difference(100, 60, "41")
    assert finding.where == ""
    # A percentage's parts: "0,0" stands for (−0,1; 0,1), "5" for itself.
    [finding] = check_percentage("-5", "0,0", "10%")
    assert (finding.lower, finding.upper, finding.expected) == (
        None,
        Decimal(-5000),
        Decimal(-5000),
    )
    assert finding.text("en").endswith("the printed inputs allow any value up to -5,000%")
    assert finding.text().endswith("memungkinkan -5.000% atau kurang")


def test_check_difference() -> None:
    assert check_difference("692.541.800", "692.541.800", "0,00") == []
    [finding] = check_difference(100, 60, "50")
    assert finding.kind is FindingKind.DIFFERENCE
    assert finding.expected == 40
    assert finding.text() == "tercantum 50, seharusnya 40 (100 − 60)"
    assert check_difference("85,03", "84,71", "0,32") == []


def test_check_percentage() -> None:
    # Seed: 142 / 167 printed "85%"; 133 / 157 printed "85%".
    assert check_percentage(142, 167, "85%") == []
    assert check_percentage(133, 157, "85%") == []
    # Seed, BAB I C.3: "terealisasi 100%" computed from 142 / 167.
    [finding] = check_percentage(142, 167, "100%", where="BAB I C.3")
    assert finding.kind is FindingKind.PERCENTAGE
    assert finding.text() == "tercantum 100%, seharusnya 85,03% (142 / 167 × 100)"
    # LAKIP Itjen 2019 (table III.5) prints absorptions with 2 decimals, e.g. 98,40 %.
    assert check_percentage(Decimal("98.40"), 100, "98,40%") == []
    # A part or whole with decimals stands for its interval.
    assert check_percentage("1,5", "3,0", "52%") == []
    assert len(check_percentage("1,5", "3", "60%")) == 1
    # A negative whole keeps its sign; a printed 0 may be as small as one likes.
    assert check_percentage(1, -4, "-25%") == []
    assert check_percentage("5", "0,0", "5.000%") == []
    [unbounded] = check_percentage("5", "0,0", "10%")
    assert (unbounded.lower, unbounded.upper) == (Decimal(5000), None)


@pytest.mark.parametrize(
    ("part", "whole", "why_en", "why_id"),
    [
        (0, 0, "the whole is 0", "pembaginya 0"),
        ("1", "0", "the whole is 0", "pembaginya 0"),
    ],
)
def test_a_percentage_of_zero_is_one_undefined_finding(
    part: object, whole: object, why_en: str, why_id: str
) -> None:
    [finding] = check_percentage(part, whole, "0%", where="t")  # type: ignore[arg-type]
    assert finding.kind is FindingKind.UNDEFINED
    assert finding.message == f"printed 0%, but the percentage cannot be recomputed: {why_en}"
    assert finding.text() == f"tercantum 0%, tetapi persentasenya tidak dapat dihitung: {why_id}"
    assert (finding.expected, finding.lower, finding.upper) == (None, None, None)


def test_check_absorption() -> None:
    # The seed's budget table, line VI.5 and line I.4 (printed 98 for a full absorption).
    assert check_absorption("12.143.000,00", "12.143.000,00", "100") == []
    [finding] = check_absorption("131.137.800,00", "131.137.800,00", "98")
    assert finding.kind is FindingKind.PERCENTAGE
    assert finding.message == (
        "printed 98, recomputed 100 (realization 131.137.800,00 / allocation 131.137.800,00 × 100)"
    )
    # LAKIP Itjen 2019, table III.5: 104.734.936.307 of 106.439.453.000 printed 98,40 %.
    assert check_absorption(106439453000, 104734936307, "98,40%") == []
    # Amounts are exact whatever their decimals.
    assert len(check_absorption("100,00", "99,99", "100%")) == 0
    assert len(check_absorption("100,00", "99,00", "100%")) == 1
    assert check_absorption("1,004,422,800", "1,004,422,800", "100", notation="en") == []


@pytest.mark.parametrize(
    ("allocation", "realization", "why"),
    [
        ("0,00", "0,00", "the allocation is 0,00"),
        ("-5", "1", "the allocation -5 is negative"),
        ("5", "(Rp1,00)", "the realization (Rp1,00) is negative"),
    ],
)
def test_an_absorption_that_cannot_be_computed(allocation: str, realization: str, why: str) -> None:
    [finding] = check_absorption(allocation, realization, "100%")
    assert finding.kind is FindingKind.UNDEFINED
    assert finding.message == f"printed 100%, but the absorption cannot be recomputed: {why}"
    assert finding.where == ""


@pytest.mark.parametrize(
    ("allocation", "realization", "en", "indonesian"),
    [
        (
            -5000,
            1,
            "the allocation -5,000 is negative",
            "penyerapannya tidak dapat dihitung: pagu anggaran -5.000 negatif",
        ),
        (
            5000,
            Decimal("-1000.5"),
            "the realization -1,000.5 is negative",
            "penyerapannya tidak dapat dihitung: realisasi anggaran -1.000,5 negatif",
        ),
        (Decimal("0.0"), 1, "the allocation is 0.0", "pagu anggaran 0,0"),
    ],
)
def test_an_absorption_of_numbers_that_cannot_be_computed(
    allocation: Decimal, realization: Decimal, en: str, indonesian: str
) -> None:
    [finding] = check_absorption(allocation, realization, "100%")
    assert finding.message.endswith(en)
    assert finding.text().endswith(indonesian)


@pytest.mark.parametrize(
    ("target", "realization", "printed", "kwargs", "agrees"),
    [
        (85, 85, "100%", {}, True),  # seed, table 1.1
        (100, 85, "60%", {}, False),  # seed, table 1.3 (Renstra progress)
        (100, 85, "85%", {}, True),
        (10, 9, "110%", {"polarity": Polarity.MINIMIZE}, True),
        (10, 9, "111,11%", {"polarity": "minimize", "minimize_formula": "ratio"}, True),
        (10, 9, "111,11%", {"polarity": Polarity.MINIMIZE}, False),
        (Target.between(80, 90), 84, "100%", {}, True),
        (Target.between(80, 90), "95", "105,56%", {}, True),
        (Target.between(80, 90), "70", "87,5%", {}, True),
        # the realization printed "85,0" may be 84,96: an achievement of 99,95 %
        (85, "85,0", "99,95%", {}, True),
        (100, 130, "120%", {"cap": 120}, True),
        (100, 130, "130%", {"cap": 120}, False),
        (100, 50, "1%", {"cap": 1}, True),
        # (2T − R) / T for R in [0,5; 2) is (100; 175], capped at 100: exactly 100
        (2, "1", "100%", {"polarity": "minimize", "cap": 100}, True),
        (10, "-5", "-50%", {"allow_negative": True}, True),
        (10, "0,0", "200%", {"polarity": "minimize"}, True),
        (10, "0,0", "100.000%", {"polarity": "minimize", "minimize_formula": "ratio"}, True),
        (
            Target.between(-5, 5),
            "0,0",
            "100%",
            {"polarity": "minimize", "minimize_formula": "ratio"},
            True,
        ),
        (Target.between(-5, 5), "-2", "100%", {"allow_negative": True}, True),
    ],
)
def test_check_achievement(
    target: object, realization: object, printed: str, kwargs: dict[str, object], agrees: bool
) -> None:
    found = check_achievement(target, realization, printed, **kwargs)  # type: ignore[arg-type]
    assert (found == []) is agrees
    if not agrees:
        assert found[0].kind is FindingKind.ACHIEVEMENT


def test_check_achievement_honours_the_indicator() -> None:
    capped = Indicator(name="Capped", cap=120)
    growth = Indicator(name="Growth", allow_negative=True)
    ratio = Indicator(name="Ratio", polarity="minimize", minimize_formula="ratio")
    assert check_achievement(100, 130, "120%", indicator=capped) == []
    assert check_achievement(10, "-5", "-50%", indicator=growth) == []
    assert check_achievement(10, 8, "125%", indicator=ratio) == []
    # An explicit option overrides the indicator's.
    assert check_achievement(10, 8, "120%", indicator=ratio, minimize_formula="mirror") == []
    assert check_achievement(100, 130, "130%", indicator=capped, cap=200) == []
    # The ratio formula is a minimize indicator's: a maximize one may realize exactly 0.
    assert check_achievement(10, 0, "0%", minimize_formula="ratio") == []
    [zero] = check_achievement(10, 0, "0%", indicator=ratio)
    assert zero.kind is FindingKind.UNDEFINED
    with pytest.raises(InvalidTypeError, match=r"^indicator: got 'x', expected an Indicator"):
        check_achievement(1, 1, "100%", indicator="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^cap: got 0, expected a cap > 0, or None"):
        check_achievement(1, 1, "100%", cap=0)


def test_check_achievement_says_the_formula() -> None:
    [finding] = check_achievement(10, 9, "100%", polarity="minimize", minimize_formula="ratio")
    assert finding.message == (
        "printed 100%, recomputed 111.11% (achievement of 9 against 10, minimize (ratio))"
    )
    assert finding.text() == (
        "tercantum 100%, seharusnya 111,11% (capaian realisasi 9 terhadap target 10, "
        "polaritas negatif (rumus T / R))"
    )
    [finding] = check_achievement(10, 9, "100%", polarity="minimize")
    assert "(rumus (2T − R) / T)" in finding.text()
    [finding] = check_achievement(Target.between(80, 90), 99, "100%", cap=150)
    assert finding.message.endswith("against 80–90, maximize, cap 150)")
    assert finding.text().endswith("terhadap target 80–90, polaritas positif, batas atas 150)")


@pytest.mark.parametrize(
    ("target", "realization", "kwargs", "why"),
    [
        (0, 5, {}, "an achievement against a target of 0 has no meaning"),
        (-3, 5, {}, "an achievement against a target of -3 has no meaning"),
        (10, "-5", {}, "the realization is negative and the indicator does not allow it"),
        (
            10,
            0,
            {"polarity": "minimize", "minimize_formula": "ratio"},
            "needs a realization above 0",
        ),
        (Target.between(-5, 5), "-8", {"allow_negative": True}, "a target of -5 has no meaning"),
        (Target.between(-9, -5), "-2", {"allow_negative": True}, "a target of -5 has no meaning"),
    ],
)
def test_an_achievement_that_cannot_be_computed(
    target: object, realization: object, kwargs: dict[str, object], why: str
) -> None:
    [finding] = check_achievement(target, realization, "100%", where="t", **kwargs)  # type: ignore[arg-type]
    assert finding.kind is FindingKind.UNDEFINED
    assert finding.where == "t"
    assert why in finding.message
    assert "tidak dapat dihitung" in finding.text()


def test_an_achievement_that_cannot_be_computed_says_why_in_indonesian() -> None:
    [finding] = check_achievement(10, "-5", "100%")
    assert finding.text() == (
        "tercantum 100%, tetapi capaiannya tidak dapat dihitung: realisasinya negatif, "
        "sedangkan indikatornya tidak mengizinkan realisasi negatif"
    )
    [finding] = check_achievement(
        85, "-5", "100%", polarity="minimize", minimize_formula="ratio", allow_negative=True
    )
    assert finding.text() == (
        "tercantum 100%, tetapi capaiannya tidak dapat dihitung: rumus T / R memerlukan "
        "realisasi di atas 0"
    )
    with pytest.raises(InvalidTypeError) as info:
        check_achievement(85, 90, "100%", allow_negative=1)  # type: ignore[arg-type]
    assert str(info.value) == "allow_negative: got 1, expected True or False"


def test_an_achievement_beyond_a_realization_near_zero_is_unbounded() -> None:
    # Minimize, ratio: a realization printed "0,0" may be 0,01, so T / R may be anything large.
    [finding] = check_achievement(10, "0,0", "50%", polarity="minimize", minimize_formula="ratio")
    assert (finding.lower, finding.upper) == (Decimal(10000), None)
    assert finding.expected == Decimal(10000)
    assert finding.message.endswith("the printed inputs allow any value from 10,000% upward")
    assert finding.text().endswith("memungkinkan 10.000% atau lebih")


@pytest.mark.parametrize(
    ("value", "label", "agrees"),
    [
        (Decimal("88.305"), "A", True),
        ("88,305", "sangat baik", True),  # 88,31 half up, or 88,30 truncated
        ("88,305", "B", True),
        ("88,30", "A", False),  # domain.md §7: "88,30" is B only
        ("88,30", "B", True),
        ("88,3", "A", True),  # "88,3" may be A or B
        ("88,3", "B", True),
        ("88,3", "C", False),
        ("85,00", "Baik", True),  # the seed's IKM
        ("85,00", "A", False),
        ("64,995", "C", True),
        (Decimal("64.99"), "C", False),
        ("65", "D", True),  # 64,5 to 65,99…
    ],
)
def test_check_band(value: object, label: str, agrees: bool) -> None:
    found = check_band(value, label, IKM_2017, where="SKM")  # type: ignore[arg-type]
    assert (found == []) is agrees
    if found:
        assert found[0].kind is FindingKind.BAND


def test_check_band_messages() -> None:
    assert check_band(85, "A", IKM_2017)[0].message == (
        "printed band 'A', but 85 falls in B (Baik) on IKM quality, PermenPANRB 14/2017"
    )
    [finding] = check_band("88,3", "C", IKM_2017)
    assert finding.message == (
        "printed band 'C', but 88,3 may fall in A (Sangat Baik) or B (Baik) on IKM quality, "
        "PermenPANRB 14/2017"
    )
    assert finding.text() == (
        "predikat tercantum 'C', tidak sesuai: 88,3 termasuk A (Sangat Baik) atau B (Baik) pada "
        "IKM quality, PermenPANRB 14/2017"
    )
    [finding] = check_band(100, "Sangat Memuaskan", LKJ_ORDINAL)
    assert finding.message.startswith("printed band 'Sangat Memuaskan' is not a band of")
    assert finding.text().startswith("predikat 'Sangat Memuaskan' tidak terdapat pada")
    with pytest.raises(InvalidTypeError) as info:
        check_band(1, "A", "IKM_2017")  # type: ignore[arg-type]
    assert str(info.value) == "scale: got 'IKM_2017', expected a Scale"
    with pytest.raises(InvalidTypeError) as info:
        check_band(1, 5, IKM_2017)  # type: ignore[arg-type]
    assert str(info.value) == "published_label: got 5, expected a str"


def test_check_consistent() -> None:
    assert check_consistent({"a": "85%", "b": "85,03%", "c": "85,0%"}) == []
    found = check_consistent({"PK": "85%", "1.1": "85%", "3.2": "80%"}, what="the target")
    assert [f.where for f in found] == ["3.2"]
    assert found[0].text() == "the target tercantum 80%, tidak sesuai dengan 85% pada PK"
    # The majority wins, whatever the order; ties: the more precise printing is the reference.
    assert [f.where for f in check_consistent({"3.2": "80%", "PK": "85%", "1.1": "85%"})] == ["3.2"]
    assert [f.where for f in check_consistent({"a": "80%", "b": "85,03%"})] == ["a"]
    # Exact figures agree only with the same value.
    assert check_consistent({"a": published("85", exact=True), "b": "85,3"}) != []
    assert check_consistent({"a": "85", "b": published("85,0", exact=True)}) == []
    assert check_consistent({}) == []
    assert check_consistent({"a": "1,5", "b": "1,50"}, notation="id") == []
    # Unnamed, the figure is "angka ini".
    [finding] = check_consistent({"PK": "85%", "3.2": "80%", "1.1": "85%"})
    assert finding.text() == "angka ini tercantum 80%, tidak sesuai dengan 85% pada PK"
    assert finding.text("en") == "the figure is printed 80% here but 85% in PK"
    for figures, message in [
        (["85%"], "figures: got ['85%'], expected a mapping where → figure"),
        ({1: "85%"}, "figures: got 1, expected places (str) as keys: where → figure"),
    ]:
        with pytest.raises(InvalidTypeError) as info:
            check_consistent(figures)  # type: ignore[arg-type]
        assert str(info.value) == message
    with pytest.raises(InvalidTypeError) as info:
        check_consistent({"a": "1"}, what={"en": "x"})
    assert str(info.value) == (
        "what: got {'en': 'x'}, expected a str, or a mapping with 'en' and 'id' names"
    )


def test_check_weights() -> None:
    # Rounded printed weights (domain.md §4.3): 9 × 0,111 = 0,999; 14 × 0,071 = 0,994.
    [finding] = check_weights(["0,111"] * 9)
    assert finding.kind is FindingKind.WEIGHTS
    assert finding.expected == Decimal("0.999")
    assert finding.message == "the weights sum to 0.999, not 1"
    assert finding.text() == "jumlah bobot 0,999, seharusnya 1"
    assert len(check_weights(["0,071"] * 14)) == 1
    assert check_weights({"U1": "0,5", "U2": "0,25", "U3": "0,25"}) == []
    assert check_weights([Fraction(1, 2), "0.5"], notation="plain") == []
    with pytest.raises(InvalidTypeError):
        check_weights("0,5")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match=r"^weights\[1\]: got 'x'"):
        check_weights([1, "x"])
    assert check_weights([1, 1])[0].where == ""


def test_check_ikm_stage_by_stage() -> None:
    good = PrintedSurvey(
        index="3,40",
        ikm="85,00",
        grade="Baik",
        nrr={"U1": "3,5", "U2": "3,3"},
        weights={"U1": "0,5", "U2": "0,5"},
        weighted_nrr={"U1": "1,75", "U2": "1,65"},
        where="s",
    )
    assert check_ikm(good) == []
    bad = PrintedSurvey(
        index="3,50",
        ikm="86,00",
        grade="A",
        nrr={"U1": "4,5", "U2": "3,3"},
        weights="0,45",
        weighted_nrr={"U1": "1,80", "U2": "1,29"},
        where="s",
    )
    assert check_ikm(bad)[0].published == published("4,5")
    assert [(f.kind.value, f.where, f.text()) for f in check_ikm(bad)] == [
        ("out_of_range", "s, U1", "NRR 4,5 di luar skala 1–4"),
        ("weights", "s", "jumlah bobot 0,90, seharusnya 1"),
        (
            "value",
            "s, U2",
            (
                "NRR tertimbang tercantum 1,29, seharusnya 1,485 (NRR 3,3 × bobot 0,45); "
                "angka yang "
                "tercantum pada masukannya memungkinkan 1,4625 s.d. 1,53"
            ),
        ),
        (
            "total",
            "s, indeks (Σ NRR tertimbang)",
            (
                "tercantum 3,50, seharusnya 3,09 (jumlah 2 NRR tertimbang); angka yang tercantum "
                "pada masukannya memungkinkan 3,08 s.d. 3,11"
            ),
        ),
        (
            "value",
            "s",
            (
                "IKM tercantum 86,00, seharusnya 87,5 (indeks 3,50 × 25); angka yang tercantum "
                "pada "
                "masukannya memungkinkan 87,375 s.d. 87,75"
            ),
        ),
        (
            "band",
            "s",
            (
                "predikat tercantum 'A', tidak sesuai: 86,00 termasuk B (Baik) pada IKM quality, "
                "PermenPANRB 14/2017"
            ),
        ),
    ]
    assert check_ikm(bad, where="Tabel 2")[0].where == "Tabel 2, U1"
    assert [f.text("en") for f in check_ikm(bad)][:3] == [
        "NRR 4,5 lies outside the scale 1–4",
        "the weights sum to 0.90, not 1",
        (
            "printed weighted NRR 1,29, recomputed 1.485 (NRR 3,3 × weight 0,45); the printed "
            "inputs allow any value from 1.4625 to 1.53"
        ),
    ]
    # A survey given as a mapping is printed in "SKM" unless it says where.
    [finding] = check_ikm({"index": "3,40", "ikm": "80,00"})
    assert finding.where == "SKM"


def test_check_ikm_from_nrr_alone() -> None:
    # No weights printed: exact weights 1/k, by ikm_from_nrr.
    assert check_ikm(PrintedSurvey(index="3,40", nrr={"U1": "3,2", "U2": "3,6"}, where="s")) == []
    [finding] = check_ikm(PrintedSurvey(index="3,20", nrr={"U1": "3,2", "U2": "3,6"}, where="s"))
    assert (finding.kind.value, finding.where) == ("total", "s, indeks (rata-rata NRR, bobot 1/k)")
    assert finding.message == (
        "printed 3,20, recomputed 3.4 (mean of 2 NRR); the printed inputs allow any value from "
        "3.35 to 3.5"
    )
    # A uniform printed weight, at face value; an element without a weight weighs nothing.
    uniform = PrintedSurvey(index="1,76", nrr={"U1": "3,2", "U2": "3,6"}, weights="0,25", where="s")
    assert [f.kind.value for f in check_ikm(uniform)] == ["weights", "total"]
    assert check_ikm(uniform)[1].where == "s, indeks (Σ NRR × bobot)"
    partial = PrintedSurvey(
        index="2,00", nrr={"U1": "1", "U2": "4"}, weights={"U2": "0,5"}, where="s"
    )
    assert [f.kind.value for f in check_ikm(partial)] == ["weights"]
    # An NRR outside the scale leaves the index unchecked (its finding says why).
    outside = PrintedSurvey(index="9,99", nrr={"U1": "4,5", "U2": "3"}, where="s")
    assert [f.kind.value for f in check_ikm(outside)] == ["out_of_range", "out_of_range"]
    assert check_ikm(outside)[1].text() == "indeks 9,99 di luar skala 1–4"
    assert check_ikm(outside)[1].text("en") == "index 9,99 lies outside the scale 1–4"


def test_check_ikm_grades_an_index_without_an_ikm() -> None:
    # A grade printed with an index but no IKM: graded on 25 × the index's values.
    assert check_ikm({"index": "3,53", "grade": "A"}) == []  # 3,5324 × 25 = 88,31
    assert check_ikm({"index": "3,53", "grade": "B"}) == []
    [finding] = check_ikm({"index": "3,40", "grade": "A", "where": "s"})
    assert finding.text() == (
        "predikat tercantum 'A', tidak sesuai: 25 × indeks 3,40 = 85 termasuk B (Baik) pada IKM "
        "quality, PermenPANRB 14/2017"
    )
    assert check_ikm({"grade": "A"}) == []
    # 25 × [3,53205; 3,5322) = [88,30125; 88,305): every value rounds to 88,30, grade B only.
    assert [f.kind.value for f in check_ikm({"index": "3,5321", "grade": "A"})] == ["band"]
    assert check_ikm({"index": "3,5321", "grade": "B"}) == []
    assert check_ikm({"index": "0,50", "grade": "A", "ikm": "12"})[0].kind is (
        FindingKind.OUT_OF_RANGE
    )


def test_check_ikm_reads_a_mapping_in_its_notation() -> None:
    table = {
        "nrr": {"U1": "3.25", "U2": "3.55"},
        "weights": "0.5",
        "weighted_nrr": {"U1": "1.63", "U2": "1.78"},
        "index": "3.40",
        "ikm": "85.00",
        "where": "e-SAKIP",
    }
    assert check_ikm(table, notation="en") == []
    with pytest.raises(ParseError, match=r"^nrr\['U1'\]: got '3\.25'"):
        check_ikm(table)
    with pytest.raises(InvalidTypeError) as info:
        check_ikm(5)  # type: ignore[arg-type]
    assert str(info.value) == (
        "published: got 5, expected a PrintedSurvey, or a mapping of its fields"
    )
    with pytest.raises(InvalidInputError) as info:
        check_ikm({"indeks": "3,40"})
    assert str(info.value) == (
        "published: got 'indeks', expected the fields of PrintedSurvey: ('index', 'ikm', "
        "'grade', 'nrr', 'weights', 'weighted_nrr', 'scale', 'indicator', 'year', 'where')"
    )


def test_every_check_reads_text_in_its_notation() -> None:
    assert check_difference("1,004,422,800", "4,422,800", "1,000,000,000", notation="en") == []
    assert check_percentage("93.6", "100", "93.6%", notation="en") == []
    assert check_achievement("85", "93.6", "110.12%", notation="en") == []
    assert check_band("88.31", "A", IKM_2017, notation="en") == []
    # v0.1 read "88.305" as plain ASCII; it is now Indonesian notation: 88.305 (thousands).
    assert check_band("88.305", "A", IKM_2017) == []
    with pytest.raises(ParseError, match=r"^part: got '93\.6'.*pass notation='en'"):
        check_percentage("93.6", "100", "93,6%")


def test_checks_refuse_a_malformed_call() -> None:
    with pytest.raises(InvalidTypeError, match=r"^where: got 1, expected a str"):
        check_total([1], "1", where=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^parts: got 5, expected an iterable of numbers"):
        check_total(5, "1")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match=r"^parts\[1\]: got 'x', expected a figure"):
        check_total([1, "x"], "4")
    with pytest.raises(InvalidTypeError, match=r"^published: got 1\.5, expected the printed"):
        check_percentage(1, 2, 1.5)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match=r"^figures\['Tabel 3\.2'\]: got '80\.0%'"):
        check_consistent({"Tabel 1.1": "85%", "Tabel 3.2": "80.0%"})
    with pytest.raises(InvalidTypeError, match=r"^weights: got 5, expected weights per element"):
        check_weights(5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^notation: got 'de'"):
        check_total([1], "1", notation="de")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^parts\[0\]: got None"):
        check_total([None], "1")  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("check", "args", "field"),
    [
        (check_total, (["1"], "x"), "published"),
        (check_difference, ("x", "1", "1"), "minuend"),
        (check_difference, ("1", "x", "1"), "subtrahend"),
        (check_difference, ("1", "1", "x"), "published"),
        (check_percentage, ("x", "1", "1%"), "part"),
        (check_percentage, ("1", "x", "1%"), "whole"),
        (check_percentage, ("1", "1", "x"), "published"),
        (check_absorption, ("x", "1", "1%"), "allocation"),
        (check_absorption, ("1", "x", "1%"), "realization"),
        (check_absorption, ("1", "1", "x"), "published"),
    ],
)
def test_checks_name_the_text_they_cannot_read(
    check: Callable[..., object], args: tuple[object, ...], field: str
) -> None:
    with pytest.raises(ParseError) as info:
        check(*args)
    assert str(info.value).startswith(f"{field}: got 'x', expected a figure in Indonesian")


def test_printed_text_from_lkjcalc_formatters_reads_back() -> None:
    assert check_percentage(142, 167, format_percent(Decimal(14200) / 167, 2)) == []
    assert check_total([12143000], format_rupiah(12143000, symbol="Rp.")) == []


# ----------------------------------------------------------------------------- findings


def test_finding_in_two_languages_and_as_a_record() -> None:
    [finding] = check_percentage(12143000, 692541800, "1,907%", where="Tabel 3.1 <SKM>")
    assert (
        finding.text()
        == finding.text("id")
        == ("tercantum 1,907%, seharusnya 1,7534% (12.143.000 / 692.541.800 × 100)")
    )
    assert (
        finding.text("en")
        == finding.message
        == ("printed 1,907%, recomputed 1.7534% (12,143,000 / 692,541,800 × 100)")
    )
    assert str(finding) == f"[percentage] Tabel 3.1 <SKM>: {finding.message}"
    record = finding.to_dict()
    assert list(record) == [
        "kind", "where", "published", "expected", "lower", "upper", "message", "text",
    ]  # fmt: skip
    assert record["kind"] == "percentage"
    assert record["published"] == "1,907%"
    assert record["lower"] == record["upper"] == record["expected"] == finding.expected
    assert record["text"] == finding.text()
    assert finding.to_dict(lang="en")["text"] == finding.message
    assert Finding(kind="value", where="", message="m").text() == "m"  # type: ignore[arg-type]
    assert Finding(kind="value", where="", message="m").to_dict()["published"] is None  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^lang: got 'fr', expected 'id' or 'en'"):
        finding.text("fr")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^lang: got 1, expected 'id' or 'en'$"):
        finding.text(1)  # type: ignore[arg-type]


def test_findings_html() -> None:
    found = [
        *check_percentage(12143000, 692541800, "1,907%", where="Tabel 3.1 <SKM>"),
        Finding(kind=FindingKind.VALUE, where="w", message="m & n"),
    ]
    r = "<td style='text-align:right'>"  # a figure's cell
    assert findings_html(found) == (
        "<table><caption>Temuan reviu: 2</caption><thead><tr><th>Jenis</th><th>Letak</th>"
        "<th>Tercantum</th><th>Seharusnya</th><th>Uraian</th></tr></thead><tbody>"
        f"<tr><td>persentase</td><td>Tabel 3.1 &lt;SKM&gt;</td>{r}1,907%</td>{r}1,7534%</td>"
        "<td>tercantum 1,907%, seharusnya 1,7534% (12.143.000 / 692.541.800 × 100)</td></tr>"
        "<tr><td>nilai</td><td>w</td><td></td><td></td><td>m &amp; n</td></tr></tbody></table>"
    )
    english = findings_html(found[:1], lang="en")
    assert "<caption>Review findings: 1</caption>" in english
    assert "<th>Kind</th><th>Where</th><th>Published</th><th>Expected</th>" in english
    assert "<td>percentage</td>" in english
    assert f"{r}1.7534%</td>" in english
    assert found[0]._repr_html_() == findings_html(found[:1])
    assert findings_html([]).count("<tr>") == 1  # the header only
    weights = check_weights(["0,5"])
    assert f"{r}0,5</td>" in findings_html(weights)


def test_finding_validation() -> None:
    with pytest.raises(InvalidTypeError, match=r"^kind: got 'totals', expected one of"):
        Finding(kind="totals", where="x", message="m")  # type: ignore[arg-type]
    assert Finding(kind="total", where="x", message="m").kind is FindingKind.TOTAL  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        Finding(kind=FindingKind.TOTAL, where="x", published="85%", message="m")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Finding(kind=FindingKind.TOTAL, where="x", message="")
    with pytest.raises(InvalidInputError, match=r"^lower: got 'x'"):
        Finding(kind=FindingKind.TOTAL, where="x", message="m", lower="x")
    with pytest.raises(InvalidInputError, match=r"^upper: got 'x'"):
        Finding(kind=FindingKind.TOTAL, where="x", message="m", upper="x")
    with pytest.raises(InvalidInputError, match=r"^expected: got 'x'"):
        Finding(kind=FindingKind.TOTAL, where="x", message="m", expected="x")
    assert str(Finding(kind=FindingKind.VALUE, where="", message="m")) == "[value] m"


@pytest.mark.parametrize(
    ("value", "lang", "places", "kind", "text"),
    [
        ("85.0299", "id", 2, FigureKind.PERCENT, "85,03%"),
        ("85.0299", "en", 2, FigureKind.PERCENT, "85.03%"),
        ("100.00", "id", 2, FigureKind.PLAIN, "100"),
        ("692541800", "id", None, FigureKind.RUPIAH, "Rp692.541.800,00"),
        ("692541800", "en", None, FigureKind.RUPIAH, "Rp692,541,800.00"),
        ("-1000.5", "id", None, FigureKind.RUPIAH, "-Rp1.000,50"),
        ("1.23456", "id", 3, FigureKind.RUPIAH, "Rp1,235"),
        ("-3.25", "en", None, FigureKind.PLAIN, "-3.25"),
        ("Infinity", "id", None, FigureKind.PLAIN, "tak hingga"),
        ("-Infinity", "en", None, FigureKind.PLAIN, "infinity"),
    ],
)
def test_figures_in_the_language_s_notation(
    value: str, lang: str, places: int | None, kind: FigureKind, text: str
) -> None:
    assert show(Decimal(value), lang, places=places, kind=kind) == text  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- property tests


def printed(value: Decimal, places: int, mode: Rounding, *, percent: bool = False) -> str:
    """*value* as a report prints it: rounded half up or truncated, Indonesian notation."""
    rounded = quantize(value, places, mode)
    return format_percent(rounded, places) if percent else format_number(rounded, places)


def beyond(high: Decimal, places: int, steps: int) -> str:
    """A printed figure whose every value lies above *high* (by *steps* units more)."""
    unit = Decimal(1).scaleb(-places)
    # v − ½u > high: the first grid value above high + ½u, then some more.
    start = quantize(high + unit / 2, places, Rounding.DOWN) + unit
    return format_number(start + steps * unit, places)


places = st.integers(0, 3)
modes = st.sampled_from(list(Rounding))
amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False)
positive = st.decimals(min_value=1, max_value=10**4, places=3, allow_nan=False)


@given(st.lists(amounts, max_size=6), st.lists(st.tuples(places, modes), min_size=7, max_size=7))
def test_a_total_of_printed_parts_never_yields_a_false_alarm(
    parts: list[Decimal], printing: list[tuple[int, Rounding]]
) -> None:
    texts = [
        published(printed(p, *how), exact=False) for p, how in zip(parts, printing, strict=False)
    ]
    total = published(printed(sum(parts, Decimal(0)), *printing[-1]), exact=False)
    assert check_total(texts, total) == []


@given(st.lists(amounts, max_size=6), places, st.integers(0, 50))
def test_a_total_changed_beyond_its_parts_yields_its_finding(
    parts: list[Decimal], digits: int, steps: int
) -> None:
    total = sum(parts, Decimal(0))
    text = beyond(total, digits, steps)
    [finding] = check_total(parts, published(text, exact=False), where="t")
    assert (finding.kind, finding.where, finding.expected) == (FindingKind.TOTAL, "t", total)


@given(st.integers(0, 10**6), st.integers(1, 10**6), places, modes)
def test_a_percentage_printed_from_its_counts_agrees(
    part: int, whole: int, digits: int, mode: Rounding
) -> None:
    exact = Decimal(part) * 100 / Decimal(whole)
    assert check_percentage(part, whole, printed(exact, digits, mode, percent=True)) == []


@given(st.integers(0, 10**6), st.integers(1, 10**6), places, st.integers(0, 50))
def test_a_percentage_changed_by_two_units_yields_its_finding(
    part: int, whole: int, digits: int, steps: int
) -> None:
    exact = Decimal(part) * 100 / Decimal(whole)
    [finding] = check_percentage(part, whole, beyond(exact, digits, steps) + "%")
    assert finding.kind is FindingKind.PERCENTAGE
    assert finding.lower == finding.upper == finding.expected


indicators = st.builds(
    Indicator,
    name=st.just("I"),
    polarity=st.sampled_from(list(Polarity)),
    minimize_formula=st.sampled_from(list(MinimizeFormula)),
    cap=st.one_of(st.none(), st.integers(100, 150)),
)
targets = st.one_of(
    positive.map(Target.point),
    st.tuples(positive, positive).map(lambda pair: Target.between(min(pair), max(pair))),
)


@given(indicators, targets, positive, places, modes, places, modes)
def test_an_achievement_printed_from_true_values_agrees(
    indicator: Indicator,
    target: Target,
    realization: Decimal,
    real_places: int,
    real_mode: Rounding,
    digits: int,
    mode: Rounding,
) -> None:
    true = indicator.achievement(target, realization)
    shown = printed(realization, real_places, real_mode)
    assert (
        check_achievement(
            target, shown, printed(true, digits, mode, percent=True), indicator=indicator
        )
        == []
    )


@given(indicators, targets, positive, places, modes, places, st.integers(0, 20))
def test_an_achievement_changed_beyond_its_range_yields_its_finding(
    indicator: Indicator,
    target: Target,
    realization: Decimal,
    real_places: int,
    real_mode: Rounding,
    digits: int,
    steps: int,
) -> None:
    shown = published(printed(realization, real_places, real_mode))
    interval = shown.interval.clip(Interval(Decimal("0.000001"), INFINITY))
    assert interval is not None
    ends = [indicator.achievement(target, end) for end in (interval.lower, interval.upper)]
    [finding] = check_achievement(
        target, shown, beyond(max(ends), digits, steps) + "%", indicator=indicator, where="t"
    )
    assert (finding.kind, finding.where) == (FindingKind.ACHIEVEMENT, "t")
    assert finding.upper is None or finding.upper <= max(ends)


nrr_values = st.decimals(min_value=1, max_value=4, places=4, allow_nan=False)


@given(
    st.lists(nrr_values, min_size=1, max_size=9),
    st.lists(st.tuples(places, modes), min_size=4, max_size=4),
    st.booleans(),
)
def test_a_survey_table_printed_from_true_values_agrees(
    nrr: list[Decimal], printing: list[tuple[int, Rounding]], uniform: bool
) -> None:
    # Nine elements weighted 0,111 (a printed uniform weight), or any number weighted 1/k.
    codes = [f"U{i}" for i in range(1, len(nrr) + 1)]
    weight = Decimal("0.111") if uniform else None
    if uniform:
        codes = [f"U{i}" for i in range(1, 10)]
        nrr = [max(value, Decimal("1.2")) for value in (nrr * 9)[:9]]
    true = ikm_from_nrr(dict(zip(codes, nrr, strict=False)), weights=weight)
    (n_places, n_mode), (w_places, w_mode), (i_places, i_mode), (k_places, k_mode) = printing
    table = PrintedSurvey(
        nrr={c: printed(true.nrr[c], n_places + 1, n_mode) for c in codes},
        weights=None if weight is None else "0,111",
        weighted_nrr=(
            None
            if weight is None
            else {c: printed(true.weighted_nrr[c], w_places + 1, w_mode) for c in codes}
        ),
        index=printed(true.index, i_places + 1, i_mode),
        ikm=printed(true.ikm, k_places, k_mode),
        # The report grades the IKM it prints.
        grade=None
        if k_places < 2
        else IKM_2017.classify(quantize(true.ikm, k_places, k_mode)).code,
        where="s",
    )
    found = check_ikm(table)
    assert [f.kind for f in found] == ([FindingKind.WEIGHTS] if uniform else [])


@given(st.decimals(min_value=1, max_value=4, places=4, allow_nan=False), places, modes, places)
def test_an_ikm_changed_beyond_its_index_yields_its_finding(
    index: Decimal, digits: int, mode: Rounding, ikm_places: int
) -> None:
    shown = published(printed(index, digits + 1, mode))
    clipped = shown.interval.clip(Interval(Decimal(1), Decimal(4)))
    assert clipped is not None
    high = clipped.upper * 25
    [finding] = check_ikm(PrintedSurvey(index=shown, ikm=beyond(high, ikm_places, 0), where="s"))
    assert (finding.kind, finding.where) == (FindingKind.VALUE, "s")
    assert finding.upper == high


@given(st.decimals(min_value=25, max_value=100, places=4, allow_nan=False), places, modes)
def test_a_grade_printed_from_the_ikm_agrees(value: Decimal, digits: int, mode: Rounding) -> None:
    # The report grades the IKM it prints: printed with the scale's places or more.
    shown = printed(value, digits + 2, mode)
    grade = IKM_2017.classify(published(shown).value).code
    assert check_band(shown, grade, IKM_2017) == []


@pytest.mark.parametrize(
    ("findings", "message"),
    [
        (None, "findings: got None, expected an iterable of Finding (a list)"),
        ("x", "findings: got 'x', expected an iterable of Finding (a list)"),
        (["x"], "findings[0]: got 'x', expected a Finding"),
    ],
)
def test_findings_html_refuses_what_is_not_findings(findings: object, message: str) -> None:
    # Issue 12: findings_html(None) and findings_html(["x"]) raised bare TypeError/AttributeError.
    with pytest.raises(InvalidTypeError) as info:
        findings_html(findings)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_thousands_groups_and_whole_figures_shown() -> None:
    # A group mark '.' stands between groups of three digits, after one to three digits.
    assert (published("1.234").value, published("1.234").places) == (Decimal(1234), 0)
    assert published("123.456.789").value == Decimal(123456789)
    with pytest.raises(ParseError):
        published("1234.567")
    # A figure rounded to whole units keeps its zeros; only decimal zeros are dropped.
    assert show(Decimal(1200), "en", places=0) == "1,200"
    assert show(Decimal("1200.50"), "id", places=2) == "1.200,5"


def test_range_targets_near_zero() -> None:
    # Below a range whose lower bound is above 0, the achievement is R / lower: 0,2 of 0,5–2.
    assert check_achievement(Target.between("0.5", 2), Decimal("0.2"), "40%") == []
    ratio = {"polarity": "minimize", "minimize_formula": "ratio"}
    # Minimize by T / R: a realization printed 0,0 is above 0 (the formula needs it), so under
    # a range from 0 it lies in the range (100 %), and under one from 0,5 it grows without bound.
    [at_zero] = check_achievement(Target.between(0, 2), "0,0", "101%", **ratio)  # type: ignore[arg-type]
    assert at_zero.message == (
        "printed 101%, recomputed 100% (achievement of 0,0 against 0–2, minimize (ratio))"
    )
    [above] = check_achievement(Target.between("0.5", 2), "0,0", "100%", **ratio)  # type: ignore[arg-type]
    assert above.message == (
        "printed 100%, recomputed 500% (achievement of 0,0 against 0.5–2, minimize (ratio)); "
        "the printed inputs allow any value from 500% upward"
    )
