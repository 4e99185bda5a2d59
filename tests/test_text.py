"""Indonesian text (#5): rupiah, numbers, percentages, compact amounts, parsing and terbilang.

Three layers: figures printed in real documents (each row says where it was printed), the known
faults of the peers (Babel, num2words) as regression tests, and Hypothesis laws (format → parse
round trip for every style, monotone formatting, terbilang inverted exactly by a word reader).
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import (
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    ParseError,
    format_compact_rupiah,
    format_number,
    format_percent,
    format_rupiah,
    parse_rupiah,
    round_half_up,
    terbilang,
)
from lkjcalc._numeric import quantize
from lkjcalc.text._figures import _round
from lkjcalc.text._locale import locale_data
from messages import check_message

SEED = "LKj Kecamatan Bantur 2020 (seeds/000), BAB III"

# ----------------------------------------------------------------------------- printed figures

#: (amount, options, text as printed, where it was printed)
PRINTED = [
    (16820500, {"places": 0, "dash": True, "symbol": "Rp."}, "Rp. 16.820.500,-", SEED + " 2.2"),
    (7131500, {"places": 0, "dash": True, "symbol": "Rp."}, "Rp. 7.131.500,-", SEED + " 1.3"),
    (636541800, {"places": 0, "dash": True, "symbol": "Rp."}, "Rp. 636.541.800,-", SEED + " 3"),
    (12143000, {"symbol": "Rp.", "space": True}, "Rp. 12.143.000,00", SEED + " 3, table 3.1"),
    (16820500, {"symbol": "Rp."}, "Rp. 16.820.500,00", SEED + " 3, table 3.1"),
    (692541800, {"symbol": None}, "692.541.800,00", SEED + " 3, table 3.3 (Jumlah)"),
    (131137800, {"symbol": None}, "131.137.800,00", SEED + " 3, table 3.3"),
    (38526150, {"symbol": None}, "38.526.150,00", SEED + " 3, table 3.3"),
    (
        Decimal("1777127677725.00"),
        {},
        "Rp1.777.127.677.725,00",
        "Perda Kota Depok 16/2022 (APBD 2023), Pasal 5 ayat (1)",
    ),
    (
        Decimal(572907865725),
        {},
        "Rp572.907.865.725,00",
        "Perda Kota Depok 16/2022, Pasal 5 ayat (3)",
    ),
    (
        17910513776000,
        {"symbol": "Rp.", "space": True},
        "Rp. 17.910.513.776.000,00",
        "Perda Provinsi Jawa Tengah 13/2022 (APBD 2023), Pasal 4 ayat (1)",
    ),
    (0, {}, "Rp0,00", "Perda Provinsi Sulawesi Selatan 4/2021 (domain.md §6)"),
]


@pytest.mark.parametrize(
    ("amount", "options", "printed"),
    [pytest.param(a, o, p, id=f"{p} [{where}]") for a, o, p, where in PRINTED],
)
def test_printed_amounts(amount, options, printed) -> None:
    assert format_rupiah(amount, **options) == printed
    assert parse_rupiah(printed) == amount


@pytest.mark.parametrize(
    ("amount", "options", "expected"),
    [
        (12143000, {}, "Rp12.143.000,00"),  # PUEBI: no point and no space after Rp
        (12143000, {"space": True}, "Rp 12.143.000,00"),
        (12143000, {"symbol": "Rp.", "space": False}, "Rp. 12.143.000,00"),  # "Rp." has a space
        (12143000, {"places": 0}, "Rp12.143.000"),  # whole rupiah (PMK 250/2010)
        (12143000, {"places": 0, "dash": True}, "Rp12.143.000,-"),
        (12143000, {"places": 0, "dash": True, "symbol": None}, "12.143.000,-"),
        (-1000, {}, "-Rp1.000,00"),  # CLDR id: the minus before the symbol
        (-1000, {"negative": "parentheses"}, "(Rp1.000,00)"),  # accounting tables
        (-1000, {"negative": "parentheses", "symbol": None}, "(1.000,00)"),
        (
            -16820500,
            {"places": 0, "dash": True, "symbol": "Rp.", "negative": "parentheses"},
            "(Rp. 16.820.500,-)",
        ),
        (Decimal("-0.004"), {}, "Rp0,00"),  # rounds to zero: no sign
        (Decimal("-0.004"), {"negative": "parentheses"}, "Rp0,00"),
        (Decimal("0.125"), {}, "Rp0,13"),  # half up
        (Decimal("-0.125"), {}, "-Rp0,13"),  # half away from zero
        (2.675, {}, "Rp2,68"),  # the float's shortest repr, 2.675, not its binary 2.67499...
        ("12143000.005", {"places": 2}, "Rp12.143.000,01"),
        (Decimal("999.999"), {"places": 2}, "Rp1.000,00"),
        (1, {"places": 5}, "Rp1,00000"),
        (Decimal("1E+3"), {}, "Rp1.000,00"),
        (10**20, {"places": 0}, "Rp100.000.000.000.000.000.000"),  # past the int fast path
        (-(10**20), {"places": 0}, "-Rp100.000.000.000.000.000.000"),
    ],
)
def test_format_rupiah_styles(amount, options, expected) -> None:
    assert format_rupiah(amount, **options) == expected


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: format_number(692541800), "692.541.800,00"),
        (lambda: format_number("1.9065", 3), "1,907"),
        (lambda: format_number(-2.5, 0), "-3"),
        (lambda: format_number(Decimal("-0.4"), 0), "0"),
        (lambda: format_number(1234567, places=0), "1.234.567"),
        # The Musrenbang participation of 2020, 142/167 x 100 (seed BAB III 2.2).
        (lambda: format_percent(lkjcalc.participation_percentage(142, 167)), "85,03%"),
        (lambda: format_percent(lkjcalc.participation_percentage(142, 167), 0), "85%"),
        (lambda: format_percent("1.907", 3), "1,907%"),  # seed BAB III table 3.1
        (lambda: format_percent(1234.5, 1), "1.234,5%"),
        (lambda: format_percent(-5), "-5,00%"),
    ],
)
def test_format_number_and_percent(call, expected) -> None:
    assert call() == expected


@pytest.mark.parametrize(
    ("amount", "options", "expected"),
    [
        (12143000, {}, "Rp12,1 jt"),  # seed budget line
        (12143000, {"long": True}, "Rp12,1 juta"),
        (692541800, {}, "Rp692,5 jt"),  # seed total
        (1250000000, {"places": 2, "long": True}, "Rp1,25 miliar"),
        (1300000000, {}, "Rp1,3 M"),
        (3600000000000, {}, "Rp3,6 T"),
        (3600000000000, {"long": True}, "Rp3,6 triliun"),
        (1777127677725, {"places": 2}, "Rp1,78 T"),  # Perda Kota Depok 16/2022
        (1000000, {}, "Rp1 jt"),  # trailing zeros dropped
        (1500000000, {"places": 3}, "Rp1,5 M"),
        (999950, {}, "Rp1 jt"),  # promotion: not "Rp1.000 rb"
        (999949, {}, "Rp999,9 rb"),
        (999999999, {}, "Rp1 M"),
        (999, {}, "Rp999"),  # below 1.000: whole rupiah, no unit
        (Decimal("999.4"), {}, "Rp999"),
        (Decimal("999.5"), {}, "Rp1 rb"),  # whole rupiah first, then the unit
        (1000, {"long": True}, "Rp1 ribu"),
        (0, {}, "Rp0"),
        (Decimal("-0.4"), {}, "Rp0"),
        (-12143000, {}, "-Rp12,1 jt"),
        (12143000, {"places": 0}, "Rp12 jt"),
        (1250 * 10**15, {}, "Rp1.250.000 T"),  # no unit above triliun
    ],
)
def test_format_compact_rupiah(amount, options, expected) -> None:
    text = format_compact_rupiah(amount, **options)
    assert text == expected
    assert "\xa0" not in text  # CLDR and Babel put a no-break space before the unit


#: (amount, text as printed in the document, where)
SPELLED = [
    (
        Decimal("1250762095364.00"),
        (
            "satu triliun dua ratus lima puluh miliar tujuh ratus enam puluh dua juta "
            "sembilan puluh lima ribu tiga ratus enam puluh empat rupiah"
        ),
        "Perda Provinsi Sulawesi Selatan 4/2021 (domain.md §6)",
    ),
    (Decimal("0.00"), "nol rupiah", "Perda Provinsi Sulawesi Selatan 4/2021 (domain.md §6)"),
    (
        Decimal("1777127677725.00"),
        (
            "satu triliun tujuh ratus tujuh puluh tujuh miliar seratus dua puluh tujuh juta enam "
            "ratus tujuh puluh tujuh ribu tujuh ratus dua puluh lima rupiah"
        ),
        "Perda Kota Depok 16/2022, Pasal 5 ayat (1)",
    ),
    (
        Decimal("1204219812000.00"),
        (
            "satu triliun dua ratus empat miliar dua ratus sembilan belas juta delapan ratus dua "
            "belas ribu rupiah"
        ),
        "Perda Kota Depok 16/2022, Pasal 5 ayat (2)",
    ),
    (
        Decimal("572907865725.00"),
        (
            "lima ratus tujuh puluh dua miliar sembilan ratus tujuh juta delapan ratus enam puluh "
            "lima ribu tujuh ratus dua puluh lima rupiah"
        ),
        "Perda Kota Depok 16/2022, Pasal 5 ayat (3)",
    ),
]

#: Perda Provinsi Jawa Tengah 13/2022 (APBD 2023), Pasal 4: title case, and the non-KBBI
#: spellings "Trilyun" and "Milyar", which lkjcalc writes "Triliun" and "Miliar".
SPELLED_TITLE = [
    (
        "Rp. 17.910.513.776.000,00",
        (
            "Tujuh Belas Trilyun Sembilan Ratus Sepuluh Milyar Lima Ratus "
            "Tiga Belas Juta Tujuh Ratus Tujuh Puluh Enam Ribu Rupiah"
        ),
    ),
    (
        "Rp. 15.266.021.456.000,00",
        (
            "Lima Belas Trilyun Dua Ratus Enam Puluh Enam Milyar Dua Puluh "
            "Satu Juta Empat Ratus Lima Puluh Enam Ribu Rupiah"
        ),
    ),
    (
        "Rp. 137.900.740.000,00",
        "Seratus Tiga Puluh Tujuh Milyar Sembilan Ratus Juta Tujuh Ratus Empat Puluh Ribu Rupiah",
    ),
    (
        "Rp. 631.115.007.000,00",
        "Enam Ratus Tiga Puluh Satu Milyar Seratus Lima Belas Juta Tujuh Ribu Rupiah",
    ),
    (
        "Rp. 1.875.476.573.000,00",
        (
            "Satu Trilyun Delapan Ratus Tujuh Puluh Lima Milyar Empat Ratus "
            "Tujuh Puluh Enam Juta Lima Ratus Tujuh Puluh Tiga Ribu Rupiah"
        ),
    ),
]


@pytest.mark.parametrize(
    ("amount", "spelled"),
    [pytest.param(a, s, id=f"{a} [{where}]") for a, s, where in SPELLED],
)
def test_terbilang_in_regulations(amount, spelled) -> None:
    assert terbilang(amount, currency=True) == spelled


@pytest.mark.parametrize(("printed", "spelled"), SPELLED_TITLE)
def test_terbilang_title_case_with_kbbi_spelling(printed, spelled) -> None:
    kbbi = spelled.replace("Trilyun", "Triliun").replace("Milyar", "Miliar")
    assert terbilang(parse_rupiah(printed), currency=True, title=True) == kbbi


@pytest.mark.parametrize(
    ("amount", "options", "expected"),
    [
        (0, {}, "nol"),
        (1, {}, "satu"),
        (10, {}, "sepuluh"),
        (11, {}, "sebelas"),
        (12, {}, "dua belas"),
        (19, {}, "sembilan belas"),
        (20, {}, "dua puluh"),
        (100, {}, "seratus"),
        (110, {}, "seratus sepuluh"),
        (111, {}, "seratus sebelas"),
        (1000, {}, "seribu"),
        (1001, {}, "seribu satu"),
        (11000, {}, "sebelas ribu"),
        (101000, {}, "seratus satu ribu"),  # a group of 101 is not "seribu"
        (201000, {}, "dua ratus satu ribu"),
        (1000000, {}, "satu juta"),  # never "sejuta"
        (1001000, {}, "satu juta seribu"),  # num2words: "satu juta satu ribu"
        (1001001001, {}, "satu miliar satu juta seribu satu"),
        (10**9, {}, "satu miliar"),  # KBBI, never "milyar"
        (10**12, {}, "satu triliun"),
        (10**15, {}, "satu kuadriliun"),
        (10**18, {}, "satu kuintiliun"),  # num2words: "satu kuantiliun"
        (-5, {}, "minus lima"),  # num2words: "min lima"
        (Decimal("-0.00"), {}, "nol"),
        (Decimal("0.50"), {}, "nol koma lima"),  # domain.md §8
        (Decimal("0.05"), {}, "nol koma nol lima"),  # domain.md §8
        (Decimal("1.10"), {}, "satu koma satu"),  # num2words: "satu koma satu nol"
        (Decimal("1.00"), {}, "satu"),  # num2words: "satu koma nol nol"
        (1e16, {}, "sepuluh kuadriliun"),  # num2words: ValueError
        (0.1, {}, "nol koma satu"),  # the float's shortest repr
        (Decimal("1E+3"), {}, "seribu"),
        (
            Decimal("12143000.33"),
            {"currency": True},
            "dua belas juta seratus empat puluh tiga ribu koma tiga tiga rupiah",
        ),
        (
            Decimal("12143000.33"),
            {"currency": True, "cents": "sen"},
            "dua belas juta seratus empat puluh tiga ribu rupiah tiga puluh tiga sen",
        ),
        (Decimal("12.30"), {"currency": True}, "dua belas koma tiga rupiah"),
        (Decimal("12.3"), {"currency": True, "cents": "sen"}, "dua belas rupiah tiga puluh sen"),
        (Decimal("12.05"), {"currency": True, "cents": "sen"}, "dua belas rupiah lima sen"),
        (Decimal("0.50"), {"currency": True, "cents": "sen"}, "lima puluh sen"),
        (Decimal("12.00"), {"currency": True, "cents": "sen"}, "dua belas rupiah"),
        (Decimal("-1000.01"), {"currency": True, "cents": "sen"}, "minus seribu rupiah satu sen"),
        (Decimal("-0.5"), {"currency": True, "title": True}, "Minus Nol Koma Lima Rupiah"),
        (
            10**21 - 1,
            {},
            " ".join(
                f"sembilan ratus sembilan puluh sembilan {scale}".strip()
                for scale in ("kuintiliun", "kuadriliun", "triliun", "miliar", "juta", "ribu", "")
            ),
        ),
    ],
)
def test_terbilang(amount, options, expected) -> None:
    assert terbilang(amount, **options) == expected


# ----------------------------------------------------------------------------- strict parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp12.143.000,00", Decimal("12143000.00")),
        ("Rp 12.143.000,00", Decimal("12143000.00")),
        ("Rp. 12.143.000,00", Decimal("12143000.00")),
        ("Rp.12.143.000,00", Decimal("12143000.00")),
        ("RP. 16.820.500,-", Decimal(16820500)),
        ("rp16.820.500", Decimal(16820500)),
        ("Rp\u00a016.820.500,-", Decimal(16820500)),  # a no-break space from a word processor
        ("  12.143.000,00\t", Decimal("12143000.00")),
        ("150000000", Decimal(150000000)),  # plain ungrouped digits (domain.md §8)
        ("150000000,50", Decimal("150000000.50")),
        ("1.000", Decimal(1000)),
        ("1,000", Decimal("1.000")),  # "," is the decimal sign
        ("0,05", Decimal("0.05")),
        ("0", Decimal(0)),
        ("-Rp1.000,00", Decimal("-1000.00")),
        ("Rp-1.000,00", Decimal("-1000.00")),
        ("Rp -1.000,00", Decimal("-1000.00")),
        ("(Rp1.000,00)", Decimal("-1000.00")),
        ("(Rp. 16.820.500,-)", Decimal(-16820500)),
        ("(1.000,00)", Decimal("-1000.00")),
        ("-0,00", Decimal("0.00")),
    ],
)
def test_parse_rupiah_reads_every_style(text, expected) -> None:
    value = parse_rupiah(text)
    assert value == expected
    assert value.as_tuple().exponent == expected.as_tuple().exponent  # the printed decimals
    assert not value.is_signed() or not value.is_zero()


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("1.5", "exactly 3 digits"),  # Babel's parse_decimal("1.5", locale="id") == 15
        ("150000000.00", "exactly 3 digits"),  # Babel: 15000000000
        ("1.000.00", "exactly 3 digits"),  # Babel: 100000
        ("1.0000", "exactly 3 digits"),
        ("12.143.000.00", "exactly 3 digits"),
        ("0.500", "cannot start with 0"),  # an English reader sees a half
        ("01.000", "cannot start with 0"),
        ("1234.567", "1 to 3 digits"),
        ("1,000,000", "appears once"),  # English grouping
        ("1.000,00,00", "appears once"),
        ("", "empty"),
        ("   ", "empty"),
        ("Rp", "only digits"),
        ("Rp.", "only digits"),
        ("abc", "only digits"),
        ("1e3", "only digits"),
        ("Rp 1 000", "only digits"),
        ("IDR 1.000", "only digits"),
        ("\u0661\u0662", "only digits"),  # Arabic-Indic digits
        ("12,", "only digits"),
        (",5", "only digits"),
        ("(Rp1.000,00", "not balanced"),
        ("Rp1.000,00)", "not balanced"),
        ("--1", "two minus signs"),
        ("-Rp-1", "two minus signs"),
        ("(-Rp1.000)", "not both"),
        ("85,03%", "only digits"),
    ],
)
def test_parse_rupiah_refuses_ambiguous_text(text, hint) -> None:
    with pytest.raises(ParseError) as info:
        parse_rupiah(text)
    message = str(info.value)
    assert "expected a rupiah amount" in message
    assert hint in message
    assert repr(text) in message


@pytest.mark.parametrize("junk", [None, 12143000, Decimal(1), b"1.000", 1.5, ["Rp1"]])
def test_parse_rupiah_wants_a_str(junk) -> None:
    with pytest.raises(InvalidTypeError, match="text"):
        parse_rupiah(junk)


# ----------------------------------------------------------------------------- refused options


@pytest.mark.parametrize(
    ("options", "error", "field"),
    [
        ({"dash": True}, InvalidInputError, "dash"),  # ",-" means whole rupiah
        ({"dash": True, "places": 1}, InvalidInputError, "dash"),
        ({"symbol": "IDR"}, InvalidInputError, "symbol"),
        ({"symbol": "rp"}, InvalidInputError, "symbol"),
        ({"symbol": ["Rp"]}, InvalidInputError, "symbol"),
        ({"negative": "brackets"}, InvalidInputError, "negative"),
        ({"negative": None}, InvalidTypeError, "negative"),
        ({"space": 1}, InvalidTypeError, "space"),
        ({"space": None}, InvalidTypeError, "space"),
        ({"dash": 0}, InvalidTypeError, "dash"),
        ({"places": 2.0}, InvalidTypeError, "places"),  # equal to the default, but a float
        ({"places": True}, InvalidTypeError, "places"),
        ({"places": -1}, InvalidInputError, "places"),
        ({"places": 41}, InvalidInputError, "places"),
    ],
)
def test_format_rupiah_refuses_bad_options(options, error, field) -> None:
    format_rupiah(1)  # the default style is cached: equal keys of other types must still fail
    format_rupiah(1, places=1)
    with pytest.raises(error) as info:
        format_rupiah(1, **options)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: format_rupiah(Decimal("1E+39")), "amount"),  # 42 digits with 2 decimals
        (lambda: format_rupiah(True), "amount"),
        (lambda: format_number(float("nan")), "value"),
        (lambda: format_percent("85,03"), "value"),
        (lambda: format_compact_rupiah(1, long=1), "long"),
        (lambda: format_compact_rupiah(Decimal("1E+40")), "amount"),
        (lambda: format_compact_rupiah(10**30, places=40), "amount"),  # 58 digits
        (lambda: terbilang(10**21), "amount"),
        (lambda: terbilang(Decimal("-1E+21")), "amount"),
        (lambda: terbilang(Decimal("1E+999999")), "amount"),
        (lambda: terbilang("12.345", currency=True), "amount"),  # sen have 2 digits
        (lambda: terbilang(0.1 + 0.2, currency=True), "amount"),  # 0.30000000000000004
        (lambda: terbilang(12, cents="sen"), "cents"),  # sen belong to rupiah
        (lambda: terbilang(12, currency=True, cents="koma koma"), "cents"),
        (lambda: terbilang(12, cents=None), "cents"),
        (lambda: terbilang(12, currency=1), "currency"),
        (lambda: terbilang(12, title="yes"), "title"),
    ],
)
def test_refused_input_names_its_field(call, field) -> None:
    with pytest.raises(InvalidInputError) as info:
        call()
    assert info.value.field == field
    assert "expected" in str(info.value)


def test_currency_allows_trailing_zeros_beyond_sen() -> None:
    assert terbilang(Decimal("12.500"), currency=True) == "dua belas koma lima rupiah"


# ----------------------------------------------------------------------------- pinned behaviour


def test_locale_data_is_what_the_output_was_written_against() -> None:
    # If a Babel (CLDR) release changes any of these, lkjcalc's output would change: this test
    # says so before a user does. Decide, then pin the value in lkjcalc.text._locale.
    data = locale_data()
    assert (data.decimal, data.group, data.minus, data.percent, data.currency) == (
        ",",
        ".",
        "-",
        "%",
        "Rp",
    )
    assert data.short_units == ("rb", "jt", "M", "T")
    assert data.long_units == ("ribu", "juta", "miliar", "triliun")


def test_output_ignores_the_callers_decimal_context() -> None:
    expected = [
        format_rupiah(Decimal("12143000.125")),
        format_rupiah(2.675),
        format_percent("85.02994011976"),
        format_compact_rupiah(Decimal(999950)),
        terbilang(Decimal("1250762095364.05"), currency=True),
        parse_rupiah("Rp1.250.762.095.364,05"),
    ]
    with localcontext() as context:
        context.prec = 3
        context.rounding = ROUND_DOWN
        assert [
            format_rupiah(Decimal("12143000.125")),
            format_rupiah(2.675),
            format_percent("85.02994011976"),
            format_compact_rupiah(Decimal(999950)),
            terbilang(Decimal("1250762095364.05"), currency=True),
            parse_rupiah("Rp1.250.762.095.364,05"),
        ] == expected
    assert expected[0] == "Rp12.143.000,13"


def test_babel_is_imported_only_when_text_is_formatted() -> None:
    code = (
        "import sys, lkjcalc, lkjcalc.text\n"
        "before = sorted(m for m in sys.modules if m.split('.')[0] in ('babel', 'pandas'))\n"
        "lkjcalc.parse_rupiah('Rp1.000'); lkjcalc.terbilang(1)\n"
        "middle = 'babel' in sys.modules\n"
        "lkjcalc.format_rupiah(1)\n"
        "print(before, middle, 'babel' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["[]", "False", "True"]


def test_pandas_columns_map_through_the_functions() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    amounts = pd.Series([12143000, 16820500, -1000], dtype="int64")
    assert amounts.map(format_rupiah).tolist() == [
        "Rp12.143.000,00",
        "Rp16.820.500,00",
        "-Rp1.000,00",
    ]
    floats = pd.Series([12143000.5, np.nan], dtype="float64")
    assert floats.map(format_rupiah, na_action="ignore").iloc[0] == "Rp12.143.000,50"
    printed = pd.Series(["Rp. 16.820.500,-", "692.541.800,00"])
    assert printed.map(parse_rupiah).tolist() == [Decimal(16820500), Decimal("692541800.00")]
    assert amounts.map(terbilang).iloc[2] == "minus seribu"
    assert format_percent(np.float32(85.03)) == "85,03%"  # numpy's own shortest text
    assert format_compact_rupiah(np.int64(12143000)) == "Rp12,1 jt"


# ----------------------------------------------------------------------------- laws

#: Every style of format_rupiah: (places, symbol, space, dash, negative).
STYLES = [
    {"places": places, "symbol": symbol, "space": space, "dash": dash, "negative": negative}
    for places, symbol, space, dash, negative in itertools.product(
        (0, 1, 2, 3), ("Rp", "Rp.", None), (False, True), (False, True), ("minus", "parentheses")
    )
    if not (dash and places)
]

amounts = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=4, allow_nan=False
)
whole_numbers = st.integers(min_value=-(10**21) + 1, max_value=10**21 - 1)


@given(amounts, st.sampled_from(STYLES))
def test_parse_inverts_format_for_every_style(amount: Decimal, style: dict[str, Any]) -> None:
    text = format_rupiah(amount, **style)
    assert parse_rupiah(text) == round_half_up(amount, style["places"])
    exact = round_half_up(amount, style["places"])
    assert parse_rupiah(format_rupiah(exact, **style)) == exact


@given(amounts, st.sampled_from([0, 1, 2, 3]))
def test_format_number_round_trips(value: Decimal, places: int) -> None:
    assert parse_rupiah(format_number(value, places)) == round_half_up(value, places)
    assert format_percent(value, places) == format_number(value, places) + "%"


@given(amounts, amounts, st.sampled_from(STYLES))
def test_format_is_monotone(a: Decimal, b: Decimal, style: dict[str, Any]) -> None:
    low, high = min(a, b), max(a, b)
    printed_low = parse_rupiah(format_rupiah(low, **style))
    printed_high = parse_rupiah(format_rupiah(high, **style))
    assert printed_low <= printed_high


@given(amounts, amounts, st.integers(min_value=0, max_value=3), st.booleans())
def test_compact_is_monotone_and_close(a: Decimal, b: Decimal, places: int, long: bool) -> None:
    low, high = sorted((a, b))
    value_low = read_compact(format_compact_rupiah(low, places=places, long=long))
    value_high = read_compact(format_compact_rupiah(high, places=places, long=long))
    assert value_low <= value_high
    whole = round_half_up(low, 0)
    if abs(whole) < 1000:
        assert value_low == whole
    else:
        unit = COMPACT_UNITS[format_compact_rupiah(low, places=places, long=long).split()[-1]]
        # within half a printed step of the whole-rupiah amount
        assert abs(value_low - whole) <= Decimal(unit).scaleb(-places) / 2


@given(whole_numbers)
def test_word_reader_inverts_terbilang(number: int) -> None:
    words = terbilang(number)
    assert read_terbilang(words) == number
    assert terbilang(Decimal(number)) == words  # the type does not matter
    assert "sejuta" not in words
    assert "milyar" not in words


@given(whole_numbers, whole_numbers)
def test_terbilang_is_injective_on_integers(a: int, b: int) -> None:
    assert (terbilang(a) == terbilang(b)) == (a == b)


@given(
    st.decimals(min_value=Decimal("-1e20"), max_value=Decimal("1e20"), places=6, allow_nan=False)
)
def test_word_reader_inverts_terbilang_with_a_fraction(value: Decimal) -> None:
    assert read_terbilang(terbilang(value)) == value


@given(
    st.decimals(min_value=Decimal("-1e18"), max_value=Decimal("1e18"), places=2, allow_nan=False),
    st.sampled_from(["koma", "sen"]),
    st.booleans(),
)
def test_word_reader_inverts_terbilang_of_rupiah(value: Decimal, cents: str, title: bool) -> None:
    words = terbilang(value, currency=True, cents=cents, title=title)
    assert read_terbilang(words) == value
    assert words.lower().endswith(("rupiah", "sen"))


def test_the_word_reader_is_strict() -> None:
    # The reader is the oracle of the laws above: it must not accept what terbilang never writes.
    for bad in ("satu ribu", "sejuta", "satu puluh", "dua ribu seribu", "seratus seratus"):
        with pytest.raises(ValueError, match="not canonical"):
            read_terbilang(bad)


# ----------------------------------------------------------------------------- test oracles

_DIGITS = {
    word: value
    for value, word in enumerate(
        ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
    )
}
_SCALES = {
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "triliun": 10**12,
    "kuadriliun": 10**15,
    "kuintiliun": 10**18,
}
COMPACT_UNITS = {"rb": 10**3, "jt": 10**6, "M": 10**9, "T": 10**12} | {
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "triliun": 10**12,
}


#: Words of a group 1..999 that stand alone: value and the stage they end (see _read_group).
_WHOLE_WORDS = {"seratus": (100, 1), "sepuluh": (10, 3), "sebelas": (11, 3)}
#: Words after a digit 2..9: multiplier, addend, the stages they may follow, the stage they end.
_AFTER_DIGIT = {"ratus": (100, 0, {0}, 1), "puluh": (10, 0, {0, 1}, 2), "belas": (1, 10, {0, 1}, 3)}


def _read_group(words: list[str]) -> int:
    """1 to 999 from its words, written independently of lkjcalc's speller, canonical forms only.

    Stages: 0 nothing yet, 1 after the hundreds, 2 after the tens, 3 after the units or a teen.
    """
    value, stage, at = 0, 0, 0
    while at < len(words):
        word, following = words[at], words[at + 1] if at + 1 < len(words) else ""
        if word in _WHOLE_WORDS and _WHOLE_WORDS[word][1] > stage and stage in {0, 1}:
            if word == "seratus" and stage:
                break
            value, stage, at = value + _WHOLE_WORDS[word][0], _WHOLE_WORDS[word][1], at + 1
        elif word in _DIGITS and word != "nol" and following in _AFTER_DIGIT:
            times, plus, after, ends = _AFTER_DIGIT[following]
            if stage not in after or _DIGITS[word] < 2:  # "satu puluh" is wrong
                break
            value, stage, at = value + _DIGITS[word] * times + plus, ends, at + 2
        elif word in _DIGITS and word != "nol" and stage < 3:
            value, stage, at = value + _DIGITS[word], 3, at + 1
        else:
            break
    if at < len(words) or not 0 < value < 1000:
        raise ValueError(f"not canonical: {words}")
    return value


def _read_integer(words: list[str]) -> int:
    if words == ["nol"]:
        return 0
    total, group, last_scale = 0, [], 10**21
    for word in [*words, ""]:
        if word in _SCALES or word in {"seribu", ""}:
            scale = 1000 if word == "seribu" else _SCALES.get(word, 1)
            count = 1 if word == "seribu" else (_read_group(group) if group else 0)
            if word == "seribu" and group:
                raise ValueError(f"not canonical: {words}")
            if (word == "ribu" and count == 1) or scale >= last_scale or (word and not count):
                raise ValueError(f"not canonical: {words}")
            total, group, last_scale = total + count * scale, [], scale
        else:
            group.append(word)
    return total


def read_terbilang(text: str) -> Decimal:
    """The number that Indonesian words name (the inverse of terbilang, for the tests)."""
    words = text.lower().split()
    sign = ""
    if words[:1] == ["minus"]:
        sign, words = "-", words[1:]
    sen = ""
    if "rupiah" in words:
        at = words.index("rupiah")
        words, after = words[:at], words[at + 1 :]
        if after:
            assert after[-1] == "sen"
            sen = f"{_read_group(after[:-1]):02d}"
    elif words[-1:] == ["sen"]:
        sen, words = f"{_read_group(words[:-1]):02d}", ["nol"]
    if "koma" in words:
        at = words.index("koma")
        words, fraction = words[:at], "".join(str(_DIGITS[w]) for w in words[at + 1 :])
        assert not sen
        assert fraction
        assert not fraction.endswith("0")
    else:
        fraction = sen
    whole = _read_integer(words)
    return Decimal(f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}")


def read_compact(text: str) -> Decimal:
    """The amount a compact form stands for (``Rp12,1 jt`` → 12100000)."""
    negative = text.startswith("-")
    body = text.removeprefix("-").removeprefix("Rp")
    number, _, unit = body.partition(" ")
    value = parse_rupiah(number) * COMPACT_UNITS.get(unit, 1)
    return -value if negative else value


# The number words are spelled once into a cache (_SPELLED); these call the spelling directly, so
# that a wrong word cannot hide behind a cache filled earlier in the run.
@pytest.mark.parametrize(
    ("group", "words"),
    [
        (0, ""),
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (115, "seratus lima belas"),
        (200, "dua ratus"),
        (305, "tiga ratus lima"),
        (999, "sembilan ratus sembilan puluh sembilan"),
    ],
)
def test_spell_group_directly(group: int, words: str) -> None:
    from lkjcalc.text._terbilang import _spell_group

    assert _spell_group(group) == words


@pytest.mark.parametrize(
    ("scale", "group", "words"),
    [
        (0, 1, "satu"),
        (0, 250, "dua ratus lima puluh"),
        (1, 1, "seribu"),
        (1, 2, "dua ribu"),
        (1, 100, "seratus ribu"),
        (2, 1, "satu juta"),
        (3, 12, "dua belas miliar"),
        (4, 1, "satu triliun"),
        (5, 7, "tujuh kuadriliun"),
        (6, 999, "sembilan ratus sembilan puluh sembilan kuintiliun"),
    ],
)
def test_spell_scaled_directly(scale: int, group: int, words: str) -> None:
    from lkjcalc.text._terbilang import _SPELLED, _spell_scaled

    assert _spell_scaled(scale, group) == words
    assert _SPELLED[scale][group] == words


def test_the_unit_of_a_compact_pattern() -> None:
    from lkjcalc.text._locale import _unit

    assert _unit("0\xa0jt") == "jt"
    assert _unit("¤000 M") == "M"
    with pytest.raises(RuntimeError, match=r"^unexpected CLDR compact pattern 'x'$"):
        _unit("x")


def test_sen_need_currency() -> None:
    with pytest.raises(InvalidInputError) as info:
        terbilang(1, cents="sen")
    assert (
        str(info.value) == "cents: got 'sen', expected 'koma' unless currency=True (sen are rupiah)"
    )


def test_a_group_not_yet_spelled_is_spelled_and_kept() -> None:
    from lkjcalc.text import _terbilang

    _terbilang._SPELLED[1][234] = None  # as before its first use
    assert _terbilang._spell_integer(234_005) == "dua ratus tiga puluh empat ribu lima"
    assert _terbilang._SPELLED[1][234] == "dua ratus tiga puluh empat ribu"


# The styles are worked out once and cached; these call the builders directly, or empty the
# caches first, so that the code that fills them runs under test.


#: format_rupiah's default style: quantum, zeros, prefix, suffix, negative affixes, signs.
_DEFAULT_STYLE = (Decimal("0.01"), ",00", "Rp", "", "-Rp", "", ".", ",")


def test_a_style_holds_every_sign_and_affix() -> None:
    from lkjcalc.text._figures import _style

    assert tuple(_style(2, "Rp", "", "minus")) == _DEFAULT_STYLE
    assert tuple(_style(0, "Rp", ",-", "parentheses")) == (
        Decimal(1),
        "",
        "Rp",
        ",-",
        "(Rp",
        ",-)",
        ".",
        ",",
    )


def test_the_styles_are_worked_out_again_once_forgotten() -> None:
    from lkjcalc.text import _figures

    _figures._STYLES.clear()
    _figures._default_style = None
    assert format_rupiah(-1234.5) == "-Rp1.234,50"
    assert tuple(_figures._load_default_style()) == _DEFAULT_STYLE
    assert format_rupiah(1234.5, places=2, symbol="Rp.", space=True) == "Rp. 1.234,50"
    assert format_rupiah(1000, places=0, dash=True) == "Rp1.000,-"
    assert format_rupiah(-1000, places=0, negative="parentheses") == "(Rp1.000)"
    assert (2, "Rp.", True, False, "minus") in _figures._STYLES


def test_figures_ignore_a_callers_context_that_does_not_trap() -> None:
    from decimal import InvalidOperation

    with localcontext() as ctx:
        ctx.prec = 3
        ctx.traps[InvalidOperation] = False
        assert format_rupiah(Decimal("123456.785")) == "Rp123.456,79"
        assert format_number(Decimal("123456.785"), places=2) == "123.456,79"


_TOO_MANY = "expected at most 40 digits once rounded to"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: format_rupiah(Decimal("1e39")),
            f"amount: got Decimal('1E+39'), {_TOO_MANY} 2 decimals",
        ),
        (
            lambda: format_compact_rupiah(10**39, places=13),
            f"amount: got {10**39}, {_TOO_MANY} 13 decimals",
        ),
        (
            lambda: format_compact_rupiah(Decimal("1e45")),
            f"amount: got Decimal('1E+45'), {_TOO_MANY} 0 decimals",
        ),
        (
            lambda: format_rupiah("x", places=0),
            (
                "amount: got 'x', expected a plain decimal string such as '12143000.00' "
                "(sign, ASCII digits, optional point; no spaces, grouping or exponent)"
            ),
        ),
    ],
)
def test_figure_messages(call: Any, message: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        call()
    assert str(info.value) == message


def test_a_minus_inside_parentheses_is_refused() -> None:
    with pytest.raises(ParseError) as info:
        parse_rupiah("(-Rp1)")
    assert str(info.value).endswith("; a negative amount has parentheses or a minus sign, not both")


def test_common_figures_skip_the_general_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    # The hot path: ints, Decimals and floats, and places 0-40, need no call to the general
    # coercion and check (which would give the same result, slower).
    from lkjcalc.text import _figures

    def general(*args: object) -> None:
        raise AssertionError(f"general path taken for {args}")

    format_rupiah(1)  # the default style, loaded before the checks are replaced
    monkeypatch.setattr(_figures, "to_decimal", general)
    monkeypatch.setattr(_figures, "check_places", general)
    assert format_rupiah(1234) == "Rp1.234,00"
    assert format_rupiah(-1234) == "-Rp1.234,00"
    assert format_rupiah(Decimal("1.5")) == "Rp1,50"
    assert format_rupiah(1.5) == "Rp1,50"
    assert format_number(1.5, places=0) == "2"
    assert format_number(0.5, places=40) == "0," + "5".ljust(40, "0")


def test_terbilang_with_the_defaults_skips_the_general_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lkjcalc.text import _terbilang

    def general(*args: object) -> None:
        raise AssertionError(f"general path taken for {args}")

    monkeypatch.setattr(_terbilang, "to_decimal", general)
    monkeypatch.setattr(_terbilang, "_check_options", general)
    assert terbilang(1205) == "seribu dua ratus lima"
    assert terbilang(-7) == "minus tujuh"


# ----------------------------------------------------------------------------- error messages
# Every error message of the Indonesian text functions (lkjcalc.text), word for word
# (see tests/messages.py).

MESSAGES = [
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
    check_message(call, error, message)


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**20), max_value=10**20),
    st.integers(0, 12),
)
def test_the_formatters_fast_rounding_agrees_with_quantize(value: Decimal, places: int) -> None:
    # _render rounds inline and _round in the private context (the fast paths,
    # benchmarks/bench_text.py); the one rounding of lkjcalc is _numeric.quantize (the plain
    # path). All must give the same figure.
    plain = f"{quantize(value, places):f}"
    assert format_number(value, places).replace(".", "").replace(",", ".") == plain
    assert format_rupiah(value, places=places, symbol=None) == format_number(value, places)
    assert _round(value, places, value, "value") == quantize(value, places)


@given(st.decimals(min_value=-(10**15), max_value=10**15, places=3))
def test_the_default_path_agrees_with_the_validating_one(amount: Decimal) -> None:
    # format_rupiah recognises its defaults by identity (the fast path of bench_text.py); equal
    # but distinct objects take the validating path, which must print the same text.
    symbol = "".join(["R", "p"])  # noqa: FLY002 - equal to "Rp", not the interned object
    negative = "".join(["min", "us"])  # noqa: FLY002 - likewise
    assert symbol is not "Rp"  # noqa: F632 - the point of the test
    assert format_rupiah(amount) == format_rupiah(amount, symbol=symbol, negative=negative)
