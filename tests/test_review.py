"""Review of published figures: printed figures, the rounding-tolerance rule, the checks."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    FigureKind,
    Finding,
    FindingKind,
    InvalidInputError,
    InvalidTypeError,
    MinimizeFormula,
    ParseError,
    Polarity,
    Published,
    Rounding,
    Target,
    UndefinedResultError,
    check_achievement,
    check_band,
    check_consistent,
    check_difference,
    check_percentage,
    check_total,
    check_weights,
    format_number,
    format_percent,
    format_rupiah,
    published,
)
from lkjcalc._numeric import quantize
from lkjcalc.scales import IKM_2017, LKJ_ORDINAL

# ----------------------------------------------------------------------------- printed figures


@pytest.mark.parametrize(
    ("text", "value", "places", "kind"),
    [
        ("85%", "85", 0, FigureKind.PERCENT),  # seed, table 1.1
        ("1,907%", "1.907", 3, FigureKind.PERCENT),  # seed, table 3.1
        ("100 %", "100", 0, FigureKind.PERCENT),  # seed, table 3.3
        ("85,03%", "85.03", 2, FigureKind.PERCENT),
        ("Rp. 12.143.000,00", "12143000.00", 2, FigureKind.RUPIAH),  # seed, table 3.1
        ("Rp. 16.820.500,-", "16820500", 0, FigureKind.RUPIAH),  # seed, BAB II B
        ("Rp12.143.000,00", "12143000.00", 2, FigureKind.RUPIAH),
        ("(Rp1.000,00)", "-1000.00", 2, FigureKind.RUPIAH),
        ("692.541.800,00", "692541800.00", 2, FigureKind.PLAIN),  # seed, "Jumlah"
        ("3,400", "3.400", 3, FigureKind.PLAIN),  # seed, BAB III 2.1
        ("85,00", "85.00", 2, FigureKind.PLAIN),
        ("98", "98", 0, FigureKind.PLAIN),  # seed, line I.4
        ("14", "14", 0, FigureKind.PLAIN),
    ],
)
def test_published_reads_printed_figures(
    text: str, value: str, places: int, kind: FigureKind
) -> None:
    figure = published(text)
    assert figure.value == Decimal(value)
    assert figure.places == places
    assert figure.kind is kind
    assert figure.text == text
    assert str(figure) == text
    assert published(figure) is figure


@pytest.mark.parametrize("text", ["1.5", "85.03%", "1.000.00", "", "%", "Rp", "abc", "1,2,3"])
def test_published_refuses_ambiguous_or_malformed_text(text: str) -> None:
    with pytest.raises(ParseError) as info:
        published(text)
    assert "Indonesian notation" in str(info.value)


def test_published_refuses_non_text() -> None:
    with pytest.raises(InvalidTypeError):
        published(85)  # type: ignore[arg-type]


def test_published_validation() -> None:
    with pytest.raises(InvalidInputError):
        Published(text="x", value=1, places=-1)
    with pytest.raises(InvalidTypeError):
        Published(text="x", value=1, places=0, kind="per cent")  # type: ignore[arg-type]
    assert Published(text="x", value=1, places=0, kind="PERCENT").kind is FigureKind.PERCENT  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- the rounding rule


@pytest.mark.parametrize(
    ("printed", "computed", "agrees"),
    [
        # 0 decimals
        ("85", "84.5", True),  # half up
        ("84", "84.5", True),  # truncated
        ("85", "85.99", True),  # truncated
        ("86", "85.99", True),  # half up
        ("85", "84.49", False),
        ("87", "85.99", False),
        # 1 decimal
        ("1,9", "1.95", True),  # truncated
        ("2,0", "1.95", True),  # half up
        ("1,8", "1.95", False),
        # 2 decimals
        ("85,03", "85.0299401", True),  # half up; truncated is 85.02
        ("85,02", "85.0299401", True),  # truncated
        ("85,01", "85.0299401", False),
        # 3 decimals: the seed's 1,907 % is 12.143.000 / 636.541.800 = 1,90765…, truncated
        ("1,907", "1.90765162633", True),
        ("1,908", "1.90765162633", True),
        ("1,906", "1.90765162633", False),
        ("1,909", "1.90765162633", False),
    ],
)
def test_rounding_tolerance_edges(printed: str, computed: str, agrees: bool) -> None:
    assert published(printed).agrees(computed) is agrees


def test_truncation_is_towards_zero_for_negatives() -> None:
    assert published("-1,90").agrees("-1.909")
    assert published("-1,91").agrees("-1.909")
    assert not published("-1,92").agrees("-1.909")


amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False)


@given(amounts, st.integers(0, 3), st.sampled_from(list(Rounding)))
def test_a_figure_printed_from_the_value_never_yields_a_finding(
    value: Decimal, places: int, mode: Rounding
) -> None:
    printed = format_number(quantize(value, places, mode), places)
    figure = published(printed)
    assert figure.agrees(value)
    assert check_total([value], printed) == []
    assert check_consistent({"here": printed, "there": format_number(value, 6)}) == []


@given(amounts, st.integers(0, 3), st.integers(2, 50), st.booleans())
def test_a_figure_off_by_more_than_one_unit_always_yields_a_finding(
    value: Decimal, places: int, units: int, up: bool
) -> None:
    unit = Decimal(1).scaleb(-places)
    shifted = quantize(value, places, Rounding.DOWN) + (units if up else -units) * unit
    printed = format_number(shifted, places)
    assert not published(printed).agrees(value)
    [finding] = check_total([value], printed, where="t")
    assert finding.kind is FindingKind.TOTAL
    assert finding.expected == value


# ----------------------------------------------------------------------------- the checks


def test_check_total() -> None:
    # Seed, BAB III D: the 22 lines sum to the printed "Jumlah" 692.541.800,00.
    lines = [
        12000000,
        7800000,
        2288000,
        131137800,
        4800000,
        38526150,
        12966500,
        6295000,
        67156000,
        112950000,
        35216000,
        34523000,
        15000000,
        7650000,
        10800000,
        5050000,
        19440600,
        38308000,
        38856000,
        38346000,
        41289750,
        12143000,
    ]
    assert check_total(lines, "692.541.800,00") == []
    # The text of BAB III D states Rp. 636.541.800,- for the same budget.
    [finding] = check_total(lines, "Rp. 636.541.800,-", where="BAB III D, teks")
    assert finding.kind is FindingKind.TOTAL
    assert finding.where == "BAB III D, teks"
    assert finding.published == published("Rp. 636.541.800,-")
    assert finding.expected == Decimal(692541800)
    assert "692541800" in finding.message
    assert check_total([published("1,5"), published("2,25")], "3,75") == []


def test_check_total_of_no_parts_is_zero() -> None:
    assert check_total([], "0") == []
    assert len(check_total([], "1")) == 1


def test_check_difference() -> None:
    assert check_difference("692541800", "692541800", "0,00") == []
    [finding] = check_difference(100, 60, "50")
    assert finding.kind is FindingKind.DIFFERENCE
    assert finding.expected == 40


def test_check_percentage() -> None:
    # Seed: 142 / 167 printed "85%"; 133 / 157 printed "85%".
    assert check_percentage(142, 167, "85%") == []
    assert check_percentage(133, 157, "85%") == []
    # Seed, BAB I C.3: "terealisasi 100%" computed from 142 / 167.
    [finding] = check_percentage(142, 167, "100%", where="BAB I C.3")
    assert finding.kind is FindingKind.PERCENTAGE
    # LAKIP Itjen 2019 (table III.5) prints absorptions with 2 decimals, e.g. 98,40 %.
    assert check_percentage(Decimal("98.40"), 100, "98,40%") == []
    with pytest.raises(UndefinedResultError):
        check_percentage(1, 0, "100%")


@pytest.mark.parametrize(
    ("target", "realization", "printed", "kwargs", "agrees"),
    [
        (85, 85, "100%", {}, True),  # seed, table 1.1
        (100, 85, "60%", {}, False),  # seed, table 1.3 (Renstra progress)
        (100, 85, "85%", {}, True),
        (10, 9, "110%", {"polarity": Polarity.MINIMIZE}, True),
        (
            10,
            9,
            "111,11%",
            {"polarity": Polarity.MINIMIZE, "minimize_formula": MinimizeFormula.RATIO},
            True,
        ),
        (10, 9, "111,11%", {"polarity": Polarity.MINIMIZE}, False),
        (Target.between(80, 90), 84, "100%", {}, True),
    ],
)
def test_check_achievement(
    target: object, realization: int, printed: str, kwargs: dict[str, object], agrees: bool
) -> None:
    found = check_achievement(target, realization, printed, **kwargs)  # type: ignore[arg-type]
    assert (found == []) is agrees
    if not agrees:
        assert found[0].kind is FindingKind.ACHIEVEMENT


def test_check_achievement_message_names_the_formula() -> None:
    [finding] = check_achievement(
        10, 9, "100%", polarity=Polarity.MINIMIZE, minimize_formula=MinimizeFormula.RATIO
    )
    assert "minimize (ratio)" in finding.message
    [finding] = check_achievement(Target.between(80, 90), 99, "100%")
    assert "80–90" in finding.message


@pytest.mark.parametrize(
    ("value", "label", "agrees"),
    [
        ("88.305", "A", True),
        ("88.305", "sangat baik", True),
        ("85.00", "B", True),  # the seed's IKM
        ("85.00", "Baik", True),
        ("85.00", "A", False),
        ("64.995", "C", True),
        ("64.99", "C", False),
    ],
)
def test_check_band(value: str, label: str, agrees: bool) -> None:
    found = check_band(value, label, IKM_2017, where="SKM")
    assert (found == []) is agrees
    if found:
        band = IKM_2017.classify(value)
        assert found[0].kind is FindingKind.BAND
        assert f"falls in {band.code} ({band.label})" in found[0].message


def test_check_band_on_a_label_the_scale_does_not_have() -> None:
    [finding] = check_band(100, "Sangat Memuaskan", LKJ_ORDINAL)
    assert "is not a band" in finding.message
    with pytest.raises(InvalidTypeError):
        check_band(1, "A", "IKM_2017")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        check_band(1, 5, IKM_2017)  # type: ignore[arg-type]


def test_check_consistent() -> None:
    assert check_consistent({"a": "85%", "b": "85,03%", "c": "85,0%"}) == []
    found = check_consistent({"PK": "85%", "1.1": "85%", "3.2": "80%"}, what="the target")
    assert [f.where for f in found] == ["3.2"]
    # The majority wins, whatever the order.
    found = check_consistent({"3.2": "80%", "PK": "85%", "1.1": "85%"})
    assert [f.where for f in found] == ["3.2"]
    # Ties: the more precise printing is the reference.
    found = check_consistent({"a": "80%", "b": "85,03%"})
    assert [f.where for f in found] == ["a"]
    assert check_consistent({}) == []
    with pytest.raises(InvalidTypeError):
        check_consistent(["85%"])  # type: ignore[arg-type]


def test_check_weights() -> None:
    # Rounded printed weights (domain.md §4.3): 9 × 0,111 = 0,999; 14 × 0,071 = 0,994.
    [finding] = check_weights(["0.111"] * 9)
    assert finding.kind is FindingKind.WEIGHTS
    assert finding.expected == Decimal("0.999")
    assert len(check_weights(["0.071"] * 14)) == 1
    assert check_weights({"U1": "0.5", "U2": "0.25", "U3": "0.25"}) == []
    with pytest.raises(InvalidTypeError):
        check_weights("0.5")  # type: ignore[arg-type]


def test_checks_refuse_a_non_text_where() -> None:
    with pytest.raises(InvalidTypeError):
        check_total([1], "1", where=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        check_total(5, "1")  # type: ignore[arg-type]


def test_printed_text_from_lkjcalc_formatters_reads_back() -> None:
    assert check_percentage(142, 167, format_percent(Decimal(14200) / 167, 2)) == []
    assert check_total([12143000], format_rupiah(12143000, symbol="Rp.")) == []


# ----------------------------------------------------------------------------- findings


def test_finding_validation() -> None:
    with pytest.raises(InvalidTypeError):
        Finding(kind="totals", where="x", message="m")  # type: ignore[arg-type]
    assert Finding(kind="total", where="x", message="m").kind is FindingKind.TOTAL  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        Finding(kind=FindingKind.TOTAL, where="x", published="85%", message="m")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Finding(kind=FindingKind.TOTAL, where="x", message="")
    assert str(Finding(kind=FindingKind.VALUE, where="", message="m")) == "[value] m"


def test_errors_name_the_argument_that_holds_the_printed_text() -> None:
    with pytest.raises(ParseError) as info:
        check_total([1], "1.5")
    assert str(info.value).startswith("published: got '1.5', expected a figure")
    assert info.value.detail is not None
    assert "1,5 not 1.5" in info.value.detail
    with pytest.raises(InvalidTypeError, match=r"^published: got 1\.5, expected the printed"):
        check_percentage(1, 2, 1.5)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match=r"^figures\['Tabel 3\.2'\]: got '80\.0%'"):
        check_consistent({"Tabel 1.1": "85%", "Tabel 3.2": "80.0%"})


_PLAIN_DECIMAL = (
    "expected a plain decimal string such as '12143000.00' "
    "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: check_band(80, "B", "x"), InvalidTypeError, "scale: got 'x', expected a Scale"),
        (
            lambda: check_band(80, 5, IKM_2017),
            InvalidTypeError,
            "published_label: got 5, expected a str",
        ),
        (
            lambda: check_total(5, "4"),
            InvalidTypeError,
            "parts: got 5, expected an iterable of numbers",
        ),
        (
            lambda: check_total([1, "x"], "4"),
            InvalidInputError,
            f"parts[1]: got 'x', {_PLAIN_DECIMAL}",
        ),
        (
            lambda: check_consistent(5),
            InvalidTypeError,
            "figures: got 5, expected a mapping where → figure",
        ),
        (
            lambda: check_weights(5),
            InvalidTypeError,
            "weights: got 5, expected weights per element",
        ),
        (
            lambda: check_weights([1, "x"]),
            InvalidInputError,
            f"weights[1]: got 'x', {_PLAIN_DECIMAL}",
        ),
        (lambda: check_total([1], "1", where=5), InvalidTypeError, "where: got 5, expected a str"),
    ],
)
def test_check_messages(call: Callable[[], object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        call()
    assert type(info.value) is error
    assert str(info.value) == message


def _details(found: list[Finding]) -> list[tuple[object, ...]]:
    return [
        (
            f.kind.value,
            f.where,
            None if f.published is None else f.published.text,
            f.expected,
            f.message,
        )
        for f in found
    ]


def test_each_check_fills_its_finding() -> None:
    # where="" by default; published, expected and message as computed.
    assert _details(check_total([1, 2], "4")) == [
        ("total", "", "4", 3, "printed 4, recomputed 3 (sum of 2 parts)")
    ]
    assert _details(check_difference(5, 2, "4")) == [
        ("difference", "", "4", 3, "printed 4, recomputed 3 (5 − 2)")
    ]
    assert _details(check_percentage(1, 4, "30")) == [
        ("percentage", "", "30", 25, "printed 30, recomputed 25 (1 / 4 × 100)")
    ]
    assert _details(check_achievement(100, 85, "80")) == [
        (
            "achievement",
            "",
            "80",
            85,
            "printed 80, recomputed 85 (achievement of 85 against 100, maximize)",
        )
    ]
    assert _details(check_weights([0.5, 0.4])) == [
        ("weights", "", None, Decimal("0.9"), "the weights sum to 0.9, not 1")
    ]
    assert _details(check_band(80, "A", IKM_2017)) == [
        (
            "band",
            "",
            None,
            80,
            "printed band 'A', but 80 falls in B (Baik) on IKM quality, PermenPANRB 14/2017",
        )
    ]
    assert _details(check_band(80, "Zzz", IKM_2017)) == [
        (
            "band",
            "",
            None,
            80,
            "printed band 'Zzz' is not a band of IKM quality, PermenPANRB 14/2017",
        )
    ]
    assert _details(check_consistent({"a": "85", "b": "85,0", "c": "86"})) == [
        ("inconsistent", "c", "86", Decimal("85.0"), "the figure is printed 86 here but 85,0 in b")
    ]


def test_a_percentage_of_zero_is_undefined() -> None:
    with pytest.raises(UndefinedResultError) as info:
        check_percentage(1, 0, "5")
    assert str(info.value) == "the percentage is undefined: the denominator is zero"


def test_published_figure_messages() -> None:
    with pytest.raises(InvalidInputError) as info:
        Published(text="1", value=1, places=-1, kind=FigureKind.PLAIN)
    assert str(info.value) == "places: got -1, expected an int >= 0"
    with pytest.raises(ParseError) as parse_info:
        published("x")
    assert str(parse_info.value) == (
        "text: got 'x', expected a figure in Indonesian notation such as '85%', '1,907%', "
        "'3,400', 'Rp. 12.143.000,00' or '692.541.800,00'; only digits, '.', ',', a sign, "
        "'Rp' or 'Rp.' and parentheses can appear"
    )
