"""Review of printed forms: a Renja evaluation row (check_renja), an LKE worksheet (check_lke)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    LKE_2021,
    Accumulation,
    FindingKind,
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    LkeGrade,
    MinimizeFormula,
    ParseError,
    Polarity,
    RenjaEvaluation,
    Rounding,
    Worksheet,
    check_lke,
    check_renja,
    evaluate_renja,
    published,
    score_lke,
)
from lkjcalc._numeric import quantize
from lkjcalc.review import PrintedLke, PrintedRenjaRow
from lkjcalc.review._interval import Interval
from lkjcalc.review._renja import _hull
from lkjcalc.scales import AKIP, PERMENDAGRI_86_2017

# ----------------------------------------------------------------------------- the LKE worksheet

# The published court worksheet of domain.md §10 (rules §10, worked example).
COURT = {
    "1.a": "A", "1.b": "BB", "1.c": "BB",
    "2.a": "BB", "2.b": "BB", "2.c": "A",
    "3.a": "BB", "3.b": "A", "3.c": "AA",
    "4.a": "A", "4.b": "A", "4.c": "AA",
}  # fmt: skip
COURT_PRINTED = {
    "1": "24,60", "2": "25,50", "3": "13,95", "4": "23,75", "total": "87,80", "predicate": "A",
}  # fmt: skip
ALL_AA = dict.fromkeys(LKE_2021.codes, "AA")
ALL_A = dict.fromkeys(LKE_2021.codes, "A")


def test_the_court_worksheet_printed_as_published_has_no_finding() -> None:
    assert check_lke(COURT_PRINTED, COURT) == []
    subs = {"1.a": "5,40", "1.b": "7,20", "1.c": "12,00", "3.b": "4,05"}
    assert check_lke({**COURT_PRINTED, "subcomponents": subs}, COURT) == []
    record = PrintedLke(components={k: COURT_PRINTED[k] for k in "1234"}, total="87,80")
    assert check_lke(attrs.evolve(record, predicate="Memuaskan"), COURT) == []


def test_a_total_agrees_when_its_exact_value_prints_to_it() -> None:
    assert check_lke({"total": "87,8"}, COURT) == []
    [finding] = check_lke({"total": "87,75"}, COURT, where="LKE Pengadilan")
    assert (finding.kind, finding.where) == (FindingKind.VALUE, "LKE Pengadilan, nilai akhir")
    assert finding.expected == finding.lower == finding.upper == Decimal("87.80")
    assert finding.text() == "tercantum 87,75, seharusnya 87,8 (jumlah 4 komponen)"
    assert finding.text("en") == "printed 87,75, recomputed 87.8 (sum of 4 components)"


def test_a_sub_component_and_a_component_that_disagree() -> None:
    found = check_lke({"1.b": "7,3", "2": "25,00"}, COURT)
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.VALUE, "LKE, sub-komponen 1.b"),
        (FindingKind.VALUE, "LKE, komponen 2"),
    ]
    assert found[0].text() == "tercantum 7,3, seharusnya 7,2 (nilai BB: 80% × bobot 9)"
    assert found[0].text("en") == "printed 7,3, recomputed 7.2 (grade BB: 80% of the weight 9)"
    assert found[1].text() == (
        "tercantum 25,00, seharusnya 25,5 (jumlah 3 sub-komponen, menurut nilainya)"
    )
    # Every sub-component's finding is kept, in the worksheet's order.
    found = check_lke({"1.b": "7,3", "2": "25,00", "1.a": "5,0"}, COURT)
    assert [f.where for f in found] == [
        "LKE, sub-komponen 1.a",
        "LKE, sub-komponen 1.b",
        "LKE, komponen 2",
    ]
    assert found[0].text() == "tercantum 5,0, seharusnya 5,4 (nilai A: 90% × bobot 6)"


def test_the_rounded_weights_pitfall_is_above_the_maximum() -> None:
    # Seven criteria weighted 14,29 % make a perfect planning component 30 × 1,0003 = 30,0018.
    found = check_lke({"1": "30,0018", "total": "100,0018", "predicate": "AA"}, ALL_AA)
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.OUT_OF_RANGE, "LKE, komponen 1"),
        (FindingKind.OUT_OF_RANGE, "LKE, nilai akhir"),
    ]
    assert found[0].text() == (
        "tercantum 30,0018, melebihi nilai maksimum komponen 1 30; menurut nilainya seharusnya 30"
    )
    assert found[1].text("en") == (
        "printed 100,0018 lies above the maximum of the total, 100; the grades give 100"
    )
    assert found[1].text() == (
        "tercantum 100,0018, melebihi nilai maksimum nilai akhir 100; menurut nilainya "
        "seharusnya 100"
    )
    # A sub-component above its weight, and a score below 0.
    [above] = check_lke({"1.a": "6,01"}, ALL_AA)
    assert (above.kind, above.published) == (FindingKind.OUT_OF_RANGE, published("6,01"))
    assert above.expected == above.lower == above.upper == Decimal(6)
    [below] = check_lke({"1.a": "-0,5"}, dict.fromkeys(LKE_2021.codes, "E"))
    assert below.kind is FindingKind.OUT_OF_RANGE
    assert below.text() == "tercantum -0,5, di bawah 0; menurut nilainya seharusnya 0"
    # The largest value that prints as the maximum agrees, and so does "0" for 0.
    assert check_lke({"1": "30,00", "1.a": "6"}, ALL_AA) == []
    assert check_lke({"1": "0", "total": "0,00", "predicate": "D"}, dict.fromkeys(LKE_2021.codes, "E")) == []  # fmt: skip  # noqa: E501
    # An exact 0 is 0, not below it.
    zero = published("0", exact=True)
    assert check_lke({"1.a": zero, "1": zero, "total": zero}, dict.fromkeys(LKE_2021.codes, "E")) == []  # fmt: skip  # noqa: E501


def test_the_predicate_follows_the_printed_total() -> None:
    # All A: exactly 90, which is A ("> 90 – 100 AA"); AA printed for 90,00 is a finding.
    [finding] = check_lke({"total": "90,00", "predicate": "AA"}, ALL_A)
    assert (finding.kind, finding.where) == (FindingKind.BAND, "LKE, predikat")
    assert (finding.expected, finding.lower, finding.upper) == (Decimal(90), None, None)
    assert finding.text() == (
        f"predikat tercantum 'AA', tidak sesuai: nilai akhir 90,00 termasuk A (Memuaskan) "
        f"pada {AKIP.name}"
    )
    assert check_lke({"total": "90,00", "predicate": "A"}, ALL_A) == []
    # "90" may be 90,49: AA or A, both agree.
    assert check_lke({"total": "90", "predicate": "AA"}, ALL_A) == []
    # No total printed: the exact total decides.
    [finding] = check_lke({"predicate": "AA"}, ALL_A)
    assert finding.text("en") == (
        f"printed band 'AA', but the total 90 falls in A (Memuaskan) on {AKIP.name}"
    )
    assert check_lke({"predicate": "aa"}, ALL_AA) == []
    [unknown] = check_lke({"predicate": "A+"}, ALL_A)
    assert unknown.text() == f"predikat 'A+' tidak terdapat pada {AKIP.name}"


def test_check_lke_reads_notations_nested_scores_and_series() -> None:
    pd = pytest.importorskip("pandas")
    english = {"components": {"1": "24.60"}, "total": "87.80", "predicate": "A", "3.b": "4.05"}
    assert check_lke(english, COURT, notation="en") == []
    assert check_lke(pd.Series(COURT_PRINTED), COURT) == []
    assert check_lke({"1": None, "total": None, "subcomponents": None}, COURT) == []
    with pytest.raises(ParseError):
        check_lke({"total": "87.80"}, COURT)
    [finding] = check_lke({"total": published("87.75", notation="en")}, COURT)
    assert finding.published is not None
    assert finding.published.text == "87.75"


def test_check_lke_with_a_variant_worksheet() -> None:
    mine = Worksheet.build(
        name="LKE dua aspek",
        components={"1": ("Perencanaan", 60), "2": ("Pelaporan", 40)},
        split=(40, 60),
        subcomponent_names=("Keberadaan", "Pemanfaatan"),
    )
    grades = dict.fromkeys(mine.codes, "BB")
    assert check_lke({"1": "48,00", "2.b": "19,20", "total": "80"}, grades, worksheet=mine) == []
    with pytest.raises(InvalidInputError) as info:
        check_lke({"3": "1"}, grades, worksheet=mine)
    assert info.value.field == "published"


CODES = "1, 2, 3, 4"
SUB_CODES = "1.a, 1.b, 1.c, 2.a, 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c"


@pytest.mark.parametrize(
    ("published_", "message"),
    [
        (  # no such code
            {"5": "1"},
            (
                "published: got '5', expected the fields of PrintedLke (components, "
                "subcomponents, total, predicate, where) or a code of LKE PermenPANRB 88/2021"
            ),
        ),
        (
            {"components": {"5": "1"}},
            (
                "published.components: got '5', expected the codes of LKE PermenPANRB 88/2021: "
                f"{CODES}"
            ),
        ),
        (
            {"subcomponents": {"1.d": "1"}},
            (
                "published.subcomponents: got '1.d', expected the codes of LKE PermenPANRB "
                f"88/2021: {SUB_CODES}"
            ),
        ),
        (
            {"1": "24,60", "components": {"1": "24,60"}},
            "published['components']['1']: got '1', expected each score once (by code, or nested)",
        ),
    ],
)
def test_check_lke_refuses_unknown_or_repeated_codes(published_: object, message: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        check_lke(published_, COURT)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"published": "87,80"},
            "published: got '87,80', expected a PrintedLke, or a mapping of its fields",
        ),
        (
            {"published": {"components": [1]}},
            (
                "published['components']: got [1], expected a mapping code → score, or a "
                "mapping of its fields"
            ),
        ),
        ({"published": {}, "worksheet": "LKE"}, "worksheet: got 'LKE', expected a Worksheet"),
        ({"published": {}, "where": 1}, "where: got 1, expected a str"),
        (
            {"published": {}, "notation": "fr"},
            "notation: got 'fr', expected one of 'id', 'en', 'plain'",
        ),
        (
            {"published": {"total": 87.8}},
            "published['total']: got 87.8, expected the printed text of a figure",
        ),
        (  # a score by code, flat or nested, is named by its key
            {"published": {"1": 24.6}},
            "published['1']: got 24.6, expected the printed text of a figure",
        ),
        (
            {"published": {"subcomponents": {"1.a": 5.4}}},
            "published['subcomponents']['1.a']: got 5.4, expected the printed text of a figure",
        ),
    ],
)
def test_check_lke_refuses_malformed_calls(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        check_lke(grades=COURT, **kwargs)
    assert str(info.value) == message


def test_check_lke_reads_where_from_a_mapping() -> None:
    # "where" is a field of the record, not a code; the call's where= comes first.
    [finding] = check_lke({"where": "LKE PN", "total": "87,75"}, COURT)
    assert finding.where == "LKE PN, nilai akhir"
    [finding] = check_lke({"where": "LKE PN", "total": "87,75"}, COURT, where="LKE 2023")
    assert finding.where == "LKE 2023, nilai akhir"


def test_check_lke_raises_for_grades_score_lke_refuses() -> None:
    with pytest.raises(InvalidInputError) as info:
        check_lke({}, {**COURT, "2.c": "A+"})
    assert info.value.field == "grades['2.c']"


lke_grades = st.fixed_dictionaries(
    {code: st.sampled_from(list(LkeGrade)) for code in LKE_2021.codes}
)
places = st.integers(0, 3)
modes = st.sampled_from(list(Rounding))


def printed(value: Decimal, digits: int, mode: Rounding, *, percent: bool = False) -> str:
    """*value* as a report prints it: rounded, Indonesian notation, without grouping."""
    text = f"{quantize(value, digits, mode):f}".replace(".", ",")
    return text + ("%" if percent else "")


@given(lke_grades, st.lists(st.tuples(places, modes), min_size=17, max_size=17))
def test_a_worksheet_printed_from_its_grades_has_no_finding(
    grades: dict[str, LkeGrade], printing: list[tuple[int, Rounding]]
) -> None:
    result = score_lke(grades)
    how = iter(printing)
    sheet: dict[str, object] = {
        code: printed(v, *next(how)) for code, v in result.subcomponents.items()
    }
    sheet |= {code: printed(v, *next(how)) for code, v in result.components.items()}
    digits, mode = next(how)
    sheet["total"] = printed(result.total, digits, mode)
    # The report grades the total it prints.
    shown = quantize(result.total, digits, mode)
    sheet["predicate"] = (AKIP.classify(shown) if digits >= 2 else result.band).code
    assert check_lke(sheet, grades) == []


@given(lke_grades, st.sampled_from(["1.a", "2.c", "3", "4", "total"]), places, st.integers(1, 9))
def test_a_score_changed_by_a_few_units_yields_exactly_its_finding(
    grades: dict[str, LkeGrade], code: str, digits: int, steps: int
) -> None:
    result = score_lke(grades)
    exact = {**result.subcomponents, **result.components, "total": result.total}[code]
    unit = Decimal(1).scaleb(-digits)
    changed = quantize(exact, digits, Rounding.DOWN) + (steps + 1) * unit  # beyond [v, v + u)
    [finding] = check_lke({code: printed(changed, digits, Rounding.HALF_UP)}, grades)
    assert finding.kind in {FindingKind.VALUE, FindingKind.OUT_OF_RANGE}
    assert finding.expected == exact


# ----------------------------------------------------------------------------- the Renja row

# The worked E.81 table of docs/periods.md (illustrative), printed as the table prints it.
DOCUMENTS = {
    "final_target": "100",
    "realized_before": "40",
    "year_target": "30",
    "quarters": ["5", "10", "5", "6"],
    "realization_year": "26",
    "realization_to_date": "66",
    "achievement_year": "86,67%",
    "band_year": "T",
    "progress": "66,00%",
    "band_progress": "Sedang",
    "budget_final": "500.000.000",
    "budget_before": "180.000.000",
    "budget_allocation": "100.000.000",
    "budget_quarters": ["20.000.000", "25.000.000", "25.000.000", "25.500.000"],
    "budget_year": "95.500.000",
    "budget_to_date": "275.500.000",
    "budget_absorption_year": "95,50%",
    "band_budget_year": "ST",
    "budget_progress": "55,10%",
    "band_budget_progress": "R",
    "where": "E.81, baris 1",
}
VILLAGES = {
    "final_target": "90",
    "realized_before": "78",
    "year_target": "86",
    "quarters": ["80", "82", "85", "86"],
    "realization_year": "86",
    "realization_to_date": "86",
    "achievement_year": "100,00",
    "band_year": "ST",
    "progress": "95,56",
    "band_progress": "ST",
    "where": "E.81, baris 2",
}


def test_the_worked_e81_table_printed_correctly_has_no_finding() -> None:
    assert check_renja(DOCUMENTS, accumulation="flow") == []
    assert check_renja(VILLAGES, accumulation=Accumulation.STOCK) == []
    record = PrintedRenjaRow(**{k: v for k, v in VILLAGES.items() if k != "quarters"})
    assert (
        check_renja(attrs.evolve(record, quarters=VILLAGES["quarters"]), accumulation="stock") == []
    )
    stock = Indicator(name="Desa tepat waktu", unit="%", accumulation="stock")
    assert check_renja(VILLAGES, indicator=stock) == []


def test_a_published_evaluation_by_month_has_no_finding() -> None:
    # SIM Kinerja Kab. Polewali Mandar 2022, Sub Bidang Penyusunan Anggaran (docs/periods.md):
    # target 2 documents, reported 1, 0, 2 → "Jumlah" 3, "Kinerja (%)" 150.00; the activity's
    # budget 1,004,422,800, spent 177,776,900 + 217,285,100 + 159,227,092 + 446,683,866 →
    # 1,000,972,958, 99.66 %. The page prints English notation.
    row = {
        "year_target": "2",
        "quarters": [None, "1", "0", "2", None],
        "realization_year": "3",
        "achievement_year": "150.00",
        "band_year": "ST",
        "budget_allocation": "1,004,422,800",
        "budget_quarters": ["177,776,900", "217,285,100", "159,227,092", "446,683,866"],
        "budget_year": "1,000,972,958",
        "budget_absorption_year": "99.66",
        "band_budget_year": "ST",
    }
    assert check_renja(row, accumulation="flow", notation="en") == []
    # Realizations stand for the values that print to them: "1", "0", "2" may add up to 5,9.
    assert check_renja({**row, "realization_year": "4", "achievement_year": "200.00"}, accumulation="flow", notation="en") == []  # fmt: skip  # noqa: E501
    [finding] = check_renja({**row, "realization_year": "7"}, accumulation="flow", notation="en")
    assert finding.text("en") == (
        "printed 7, recomputed 3 (the periods added up (FLOW): 1 + 0 + 2); "
        "the printed inputs allow any value from 2 to 6"
    )
    # Counts of documents are exact when the report says so: published(text, exact=True).
    counts = [None, *(published(q, exact=True) for q in ("1", "0", "2")), None]
    [finding] = check_renja(
        {**row, "quarters": counts, "realization_year": "4"}, accumulation="flow", notation="en"
    )
    assert finding.text("en") == "printed 4, recomputed 3 (the periods added up (FLOW): 1 + 0 + 2)"


def test_the_333_percent_row_names_the_accumulation() -> None:
    # A STOCK percentage reported 80, 82, 85, 86 whose quarters were added up: 333.
    row = {**VILLAGES, "realization_year": "333", "realization_to_date": "333",
           "achievement_year": "387,21", "progress": "370,00"}  # fmt: skip
    found = check_renja(row, accumulation="stock")
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.VALUE, "E.81, baris 2, kolom 13"),
        (FindingKind.VALUE, "E.81, baris 2, kolom 14"),
        (FindingKind.ACHIEVEMENT, "E.81, baris 2, capaian tahun ini (kolom 13 / kolom 8)"),
        (FindingKind.ACHIEVEMENT, "E.81, baris 2, kolom 15"),
    ]
    assert found[0].text() == (
        "tercantum 333, seharusnya 86 (triwulan terakhir yang dilaporkan, TW IV 86 (STOCK)); "
        "angka yang tercantum pada masukannya memungkinkan 85,5 s.d. 87; "
        "333 adalah jumlah triwulan (FLOW), padahal akumulasi indikatornya STOCK"
    )
    assert (
        found[0]
        .text("en")
        .endswith("; 333 is the quarters added up (FLOW), but the indicator accumulates as STOCK")
    )
    assert (found[0].expected, found[0].lower, found[0].upper) == (86, Decimal("85.5"), 87)
    # The later columns are judged on what the quarters give (col 13 = 86), not on 333.
    assert found[3].expected is not None
    assert round(found[3].expected, 2) == Decimal("95.56")
    # The grades printed (ST) are right for the true figures: no finding.


@pytest.mark.parametrize(
    ("accumulation", "year", "named"),
    [
        ("flow", "86", "nilai triwulan terakhir (STOCK)"),
        ("flow", "83,25", "rata-rata triwulan (AVERAGE)"),
        ("average", "333", "jumlah triwulan (FLOW)"),
        ("stock", "83,25", "rata-rata triwulan (AVERAGE)"),
        ("ratio", "333", "jumlah triwulan (FLOW)"),
    ],
)
def test_each_wrong_accumulation_is_named(accumulation: str, year: str, named: str) -> None:
    row = {"quarters": ["80", "82", "85", "86"], "realization_year": year}
    [finding] = check_renja(row, accumulation=accumulation)
    assert f"; {year} adalah {named}, padahal akumulasi indikatornya {accumulation.upper()}" in (
        finding.text()
    )


def test_col_13_of_each_accumulation_in_both_languages() -> None:
    quarters = ["80", "82", "85", "86"]
    [finding] = check_renja({"quarters": quarters, "realization_year": "86"}, accumulation="flow")
    assert finding.text("en") == (
        "printed 86, recomputed 333 (the quarters added up (FLOW): 80 + 82 + 85 + 86); the "
        "printed inputs allow any value from 331 to 337; 86 is the last reported quarter "
        "(STOCK), but the indicator accumulates as FLOW"
    )
    [finding] = check_renja({"quarters": quarters, "realization_year": "88"}, accumulation="stock")
    assert finding.text("en") == (
        "printed 88, recomputed 86 (the last reported quarter, TW IV 86 (STOCK)); the printed "
        "inputs allow any value from 85.5 to 87"
    )
    assert finding.text() == (
        "tercantum 88, seharusnya 86 (triwulan terakhir yang dilaporkan, TW IV 86 (STOCK)); "
        "angka yang tercantum pada masukannya memungkinkan 85,5 s.d. 87"
    )
    [finding] = check_renja(
        {"quarters": quarters, "realization_year": "333"}, accumulation="average"
    )
    assert (finding.expected, finding.lower, finding.upper) == (
        Decimal("83.25"),
        Decimal("82.75"),
        Decimal("84.25"),
    )
    assert finding.text() == (
        "tercantum 333, seharusnya 83,25 (rata-rata 4 triwulan (AVERAGE)); angka yang tercantum "
        "pada masukannya memungkinkan 82,75 s.d. 84,25; 333 adalah jumlah triwulan (FLOW), "
        "padahal akumulasi indikatornya AVERAGE"
    )
    [finding] = check_renja(
        {"quarters": ["80", "90"], "realization_year": "95"}, accumulation="ratio"
    )
    assert finding.text("en") == (
        "printed 95, recomputed between 79.5 and 91 (between the rates of the periods (RATIO: "
        "Σ numerators / Σ denominators))"
    )


def test_col_14_that_forgets_or_adds_col_7() -> None:
    flow = {"realized_before": "40", "realization_year": "26"}
    [finding] = check_renja({**flow, "realization_to_date": "26"}, accumulation="flow")
    assert (finding.kind, finding.where) == (FindingKind.TOTAL, "kolom 14")
    assert finding.text() == (
        "tercantum 26, seharusnya 66 (kolom 7 40 + kolom 13 26); angka yang tercantum pada "
        "masukannya memungkinkan 65 s.d. 68; 26 adalah kolom 13 saja (STOCK), padahal akumulasi "
        "indikatornya FLOW"
    )
    stock = {"realized_before": "78", "realization_year": "86"}
    [finding] = check_renja({**stock, "realization_to_date": "164"}, accumulation="stock")
    assert finding.text("en").endswith(
        "; 164 is col 7 + col 13 (FLOW), but the indicator accumulates as STOCK"
    )
    assert finding.text() == (
        "tercantum 164, seharusnya 86 (kolom 13 86, keadaan terakhir (STOCK)); angka yang "
        "tercantum pada masukannya memungkinkan 85,5 s.d. 87; 164 adalah kolom 7 + kolom 13 "
        "(FLOW), padahal akumulasi indikatornya STOCK"
    )
    # The Renstra's first year prints col 7 "0"; a blank col 7 leaves col 14 unchecked.
    first = {"realized_before": "0", "realization_year": "26", "realization_to_date": "30"}
    [finding] = check_renja(first, accumulation="flow")
    assert "(kolom 7 0 + kolom 13 26)" in finding.text()
    assert check_renja({**first, "realized_before": None}, accumulation="flow") == []
    assert len(check_renja({**first, "realized_before": None}, accumulation="stock")) == 1


def test_ratio_and_average_to_date_lie_between_col_7_and_col_13() -> None:
    # Musrenbang participation (a RATIO) 84,71 % in 2019 (133/157) and 85,03 % in 2020
    # (142/167): to date 275/324 = 84,88 %, between the two (seed, BAB III 2.2).
    row = {"realized_before": "84,71", "quarters": ["85,03"], "realization_year": "85,03"}
    assert check_renja({**row, "realization_to_date": "84,88"}, accumulation="ratio") == []
    [finding] = check_renja({**row, "realization_to_date": "86"}, accumulation="ratio")
    assert finding.expected is None
    assert finding.published == published("86")
    assert finding.text() == (
        "tercantum 86, seharusnya antara 84,71 dan 85,04 (di antara kolom 7 84,71 dan kolom 13 "
        "85,03 (RATIO))"
    )
    assert (finding.lower, finding.upper) == (Decimal("84.705"), Decimal("85.04"))
    assert finding.text("en").startswith("printed 86, recomputed between 84.71 and 85.04 (")
    assert check_renja({**row, "realization_to_date": "84,80"}, accumulation="average") == []
    # Both ends are shown with the printed figure's decimals plus two (86: two), not exactly.
    three = {**row, "quarters": ["85,035"], "realization_year": "85,035"}
    [finding] = check_renja({**three, "realization_to_date": "86"}, accumulation="ratio")
    assert (finding.lower, finding.upper) == (Decimal("84.705"), Decimal("85.036"))
    assert finding.text("en") == (
        "printed 86, recomputed between 84.71 and 85.04 (between col 7 84,71 and col 13 85,035 "
        "(RATIO))"
    )
    # The year of a RATIO lies between its quarters' rates.
    [finding] = check_renja(
        {"quarters": ["80", "90"], "realization_year": "95"}, accumulation="ratio"
    )
    assert finding.text() == (
        "tercantum 95, seharusnya antara 79,5 dan 91 (di antara rasio tiap periode (RATIO: "
        "Σ pembilang / Σ penyebut))"
    )
    # A recomputed range is carried on: col 13 not printed, col 14 between col 7 and it.
    [finding] = check_renja(
        {"realized_before": "70", "quarters": ["80", "90"], "realization_to_date": "60"},
        accumulation="ratio",
    )
    assert "(di antara kolom 7 70 dan kolom 13 79,5–91 (RATIO))" in finding.text()
    # Such a range is shown to 4 decimals at most.
    [finding] = check_renja(
        {"realized_before": "70", "quarters": ["80,1234", "90,12345"], "realization_to_date": "60"},
        accumulation="ratio",
    )
    assert finding.upper == Decimal("90.12346")
    assert finding.text("en") == (
        "printed 60, recomputed between 69.5 and 90.12 (between col 7 70 and col 13 "
        "80.1234–90.1235 (RATIO))"
    )


def test_the_hull_of_two_intervals_keeps_the_ends_it_takes() -> None:
    # RATIO and AVERAGE lie between their periods' values: the smallest interval holding both,
    # each end as open or closed as the interval it comes from (closed wins on a tie).
    one, two, three = Decimal(1), Decimal(2), Decimal(3)
    opened = Interval(one, two, lower_closed=False, upper_closed=False)
    assert _hull(opened, Interval(two, three, upper_closed=False)) == Interval(
        one, three, lower_closed=False, upper_closed=False
    )
    assert _hull(Interval(two, three), opened) == Interval(one, three, lower_closed=False)
    assert _hull(opened, Interval(one, two)) == Interval(one, two)
    assert _hull(Interval(one, two), opened) == Interval(one, two)


def test_a_zero_target_is_an_undefined_finding() -> None:
    row = {**VILLAGES, "year_target": "0", "final_target": "0,00"}
    found = check_renja(row, accumulation="stock")
    # The printed achievements cannot be recomputed; their grades are judged on them.
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.UNDEFINED, "E.81, baris 2, capaian tahun ini (kolom 13 / kolom 8)"),
        (FindingKind.UNDEFINED, "E.81, baris 2, kolom 15"),
    ]
    assert found[0].text() == (
        "tercantum 100,00, tetapi capaian tahun ini tidak dapat dihitung: capaian terhadap "
        "target 0 tidak bermakna (sajikan indikator secara kualitatif, atau selisihnya)"
    )
    assert found[0].text("en") == (
        "printed 100,00, but this year's achievement cannot be recomputed: an achievement "
        "against a target of 0 has no meaning (report the indicator qualitatively, or its "
        "difference)"
    )
    assert found[1].text() == (
        "tercantum 95,56, tetapi kolom 15 tidak dapat dihitung: capaian terhadap target 0,00 "
        "tidak bermakna (sajikan indikator secara kualitatif, atau selisihnya)"
    )
    assert found[1].text("en").startswith("printed 95,56, but col 15 cannot be recomputed: ")
    # Without the achievement printed, its grade cannot be judged.
    row = {k: v for k, v in row.items() if k not in {"achievement_year", "progress"}}
    found = check_renja(row, accumulation="stock")
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.UNDEFINED, "E.81, baris 2, predikat capaian tahun ini"),
        (FindingKind.UNDEFINED, "E.81, baris 2, predikat kolom 15"),
    ]
    assert found[0].text().startswith("predikat tercantum 'ST', tetapi capaian tahun ini tidak")
    assert found[0].text("en") == (
        "printed band 'ST', but this year's achievement cannot be recomputed: an achievement "
        "against a target of 0 has no meaning (report the indicator qualitatively, or its "
        "difference)"
    )
    assert check_renja({"year_target": "0", "realization_year": "5"}, accumulation="flow") == []
    # A grade with nothing printed to judge it by is not checked.
    assert check_renja({"band_year": "ST", "band_progress": "X"}, accumulation="flow") == []


def test_other_undefined_columns() -> None:
    # No quarter reported: col 13 cannot be recomputed; the printed col 13 is carried on.
    found = check_renja(
        {"quarters": [None, None], "realization_year": "5", "year_target": "4",
         "achievement_year": "100"},
        accumulation="flow",
    )  # fmt: skip
    assert [f.kind for f in found] == [FindingKind.UNDEFINED, FindingKind.ACHIEVEMENT]
    assert found[0].text() == (
        "tercantum 5, tetapi kolom 13 tidak dapat dihitung: belum ada periode yang dilaporkan"
    )
    assert found[0].text("en") == (
        "printed 5, but col 13 cannot be recomputed: no period is reported"
    )
    # A negative quarter, not allowed.
    [finding] = check_renja(
        {"quarters": ["80", "-2"], "realization_year": "39"}, accumulation="average"
    )
    assert finding.text() == (
        "tercantum 39, tetapi kolom 13 tidak dapat dihitung: realisasi periode 2 -2 negatif, "
        "sedangkan indikatornya tidak mengizinkan nilai negatif"
    )
    # Allowed: a growth rate may fall below zero.
    assert check_renja({"quarters": ["80", "-2"], "realization_year": "39"}, accumulation="average", allow_negative=True) == []  # fmt: skip  # noqa: E501
    # A negative col 7 does not matter to a STOCK, and makes a FLOW's col 14 undefined.
    row = {"realized_before": "-1", "realization_year": "5", "realization_to_date": "5"}
    assert check_renja(row, accumulation="stock") == []
    [finding] = check_renja(row, accumulation="flow")
    assert finding.kind is FindingKind.UNDEFINED
    assert "kolom 7 -1 negatif" in finding.text()
    assert finding.text("en") == (
        "printed 5, but col 14 cannot be recomputed: col 7 -1 is negative and the indicator "
        "does not allow it"
    )
    # So does a printed negative col 14, for col 15.
    [finding] = check_renja(
        {"final_target": "100", "realization_to_date": "-5", "progress": "10"}, accumulation="flow"
    )
    assert finding.text() == (
        "tercantum 10, tetapi kolom 15 tidak dapat dihitung: kolom 14 -5 negatif, sedangkan "
        "indikatornya tidak mengizinkan nilai negatif"
    )
    # A printed negative col 13 with nothing to check it against: later columns are undefined.
    [finding] = check_renja(
        {"realization_year": "-5", "year_target": "4", "achievement_year": "100"},
        accumulation="flow",
    )
    assert (finding.kind, finding.where) == (FindingKind.UNDEFINED, "capaian tahun ini (kolom 13 / kolom 8)")  # fmt: skip  # noqa: E501
    # The ratio formula needs a realization above 0.
    [finding] = check_renja(
        {"year_target": "4", "realization_year": "-5", "achievement_year": "100"},
        accumulation="stock",
        polarity="minimize",
        minimize_formula="ratio",
        allow_negative=True,
    )
    assert finding.text("en").endswith("the ratio formula T / R needs a realization above 0")
    assert finding.text().endswith("rumus T / R memerlukan realisasi di atas 0")


def test_a_grade_that_does_not_match() -> None:
    [finding] = check_renja({**VILLAGES, "band_progress": "T"}, accumulation="stock")
    assert (finding.kind, finding.where) == (FindingKind.BAND, "E.81, baris 2, predikat kolom 15")
    assert finding.text() == (
        f"predikat tercantum 'T', tidak sesuai: kolom 15 95,56 termasuk ST (Sangat Tinggi) pada "
        f"{PERMENDAGRI_86_2017.name}"
    )
    # Graded on the recomputed value when the percentage is not printed.
    row = {k: v for k, v in VILLAGES.items() if k != "progress"}
    [finding] = check_renja({**row, "band_progress": "T"}, accumulation="stock")
    assert finding.text("en") == (
        f"printed band 'T', but col 15 95.5556% falls in ST (Sangat Tinggi) on "
        f"{PERMENDAGRI_86_2017.name}"
    )
    [finding] = check_renja({**VILLAGES, "band_year": "Luar Biasa"}, accumulation="stock")
    assert finding.text() == f"predikat 'Luar Biasa' tidak terdapat pada {PERMENDAGRI_86_2017.name}"
    # "90" may be 90,49: T or ST; "90,00" is T only (the scale's bounds are "> 90").
    row = {"year_target": "100", "realization_year": "90"}
    assert (
        check_renja({**row, "achievement_year": "90", "band_year": "ST"}, accumulation="flow") == []
    )
    [finding] = check_renja(
        {**row, "achievement_year": "90,00", "band_year": "ST"}, accumulation="flow"
    )
    assert finding.kind is FindingKind.BAND
    # Col 13 "180,00" of 200 is 89,9975 up to (not reaching) 90,005: rounded, 90,00 at most.
    row = {"year_target": "200", "realization_year": "180,00", "band_year": "ST"}
    [finding] = check_renja(row, accumulation="flow")
    assert "termasuk T (Tinggi)" in finding.text()
    assert check_renja({**row, "band_year": "T"}, accumulation="flow") == []
    # An unbounded range (T / R near an open 0) may fall in the top band.
    row = {"year_target": "4", "quarters": ["0"], "band_year": "SR"}
    found = check_renja(row, accumulation="stock", polarity="minimize", minimize_formula="ratio")
    assert [f.kind for f in found] == [FindingKind.BAND]
    assert "SR" not in found[0].text().split("termasuk")[1]
    row = {"year_target": "4", "quarters": ["0"], "band_year": "ST"}
    assert (
        check_renja(row, accumulation="stock", polarity="minimize", minimize_formula="ratio") == []
    )


def test_options_of_the_indicator_and_overrides() -> None:
    # A minimize indicator (mirror): 10 % poverty targeted, 9 % realized → 110 %.
    poverty = Indicator(name="Kemiskinan", polarity=Polarity.MINIMIZE, accumulation="stock")
    row = {"year_target": "10", "quarters": ["11", "10", "9"], "realization_year": "9,00",
           "achievement_year": "110,0%"}  # fmt: skip
    assert check_renja(row, indicator=poverty) == []
    [finding] = check_renja(row, indicator=poverty, polarity="maximize")
    assert "polaritas positif" in finding.text()
    [finding] = check_renja(row, indicator=poverty, minimize_formula=MinimizeFormula.RATIO)
    assert finding.text("en").startswith(
        "printed 110,0%, recomputed 111.111% (col 13 9,00 against col 8 10, minimize (ratio))"
    )
    assert "(rumus T / R)" in finding.text()
    assert "(rumus (2T − R) / T)" in check_renja({**row, "achievement_year": "1%"}, indicator=poverty)[0].text()  # fmt: skip  # noqa: E501
    # A cap applies to this year's achievement, not to the Renstra progress.
    capped = {"year_target": "100", "final_target": "100", "quarters": ["130"],
              "realization_year": "130", "realization_to_date": "130",
              "achievement_year": "120", "progress": "130"}  # fmt: skip
    assert check_renja(capped, accumulation="stock", cap=120) == []
    assert check_renja(capped, indicator=Indicator(name="x", cap=120, accumulation="stock")) == []
    [finding] = check_renja({**capped, "achievement_year": "130"}, accumulation="stock", cap=120)
    assert finding.text() == (
        "tercantum 130, seharusnya 120 (kolom 13 130 terhadap kolom 8 100, polaritas positif, "
        "batas atas 120)"
    )
    assert finding.text("en").endswith("maximize, cap 120)")
    # Any cap above 0 is a cap.
    row = {"year_target": "100", "realization_year": "100", "achievement_year": "0,5"}
    assert check_renja(row, accumulation="stock", cap=Decimal("0.5")) == []
    # Allowed, a negative realization gives a negative achievement: -5 / 4 = -125 %.
    row = {"year_target": "4", "realization_year": "-5", "achievement_year": "-125%"}
    assert check_renja(row, accumulation="stock", allow_negative=True) == []
    [finding] = check_renja(
        {**row, "achievement_year": "100%"}, accumulation="stock", allow_negative=True
    )
    assert finding.text() == (
        "tercantum 100%, seharusnya -125% (kolom 13 -5 terhadap kolom 8 4, polaritas positif); "
        "angka yang tercantum pada masukannya memungkinkan -150% s.d. -112,5%"
    )


def test_the_budget_columns() -> None:
    budget = {k: v for k, v in DOCUMENTS.items() if k.startswith(("budget", "band_budget"))}
    found = check_renja(
        {**budget, "budget_year": "96.500.000", "budget_progress": "55,00%"}, accumulation="flow"
    )
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.TOTAL, "kolom 13 (Rp)"),
        (FindingKind.PERCENTAGE, "kolom 15 (Rp)"),
    ]
    assert found[0].text() == (
        "tercantum 96.500.000, seharusnya 95.500.000 (jumlah triwulan (FLOW): 20.000.000 + "
        "25.000.000 + 25.000.000 + 25.500.000)"
    )
    assert found[1].text() == (
        "tercantum 55,00%, seharusnya 55,1% (kolom 14 275.500.000 / kolom 6 500.000.000 × 100)"
    )
    [finding] = check_renja({**budget, "budget_allocation": "0"}, accumulation="flow")
    assert (finding.kind, finding.where) == (FindingKind.UNDEFINED, "penyerapan anggaran tahun ini (kolom 13 / kolom 8, Rp)")  # fmt: skip  # noqa: E501
    assert finding.text() == (
        "tercantum 95,50%, tetapi penyerapan anggaran tahun ini tidak dapat dihitung: anggaran "
        "pada kolom 8 0"
    )
    assert finding.text("en").endswith("the amount in col 8 is 0")
    [finding] = check_renja({**budget, "band_budget_year": "T"}, accumulation="flow")
    assert finding.where == "predikat penyerapan anggaran tahun ini"
    [finding] = check_renja({**budget, "band_budget_progress": "T"}, accumulation="flow")
    assert finding.where == "predikat kolom 15 (Rp)"
    assert finding.text() == (
        "predikat tercantum 'T', tidak sesuai: kolom 15 (Rp) 55,10% termasuk R (Rendah) pada "
        f"{PERMENDAGRI_86_2017.name}"
    )
    assert finding.text("en") == (
        "printed band 'T', but col 15 (Rp) 55,10% falls in R (Rendah) on "
        f"{PERMENDAGRI_86_2017.name}"
    )
    # A blank allocation: the absorption is not checked.
    assert check_renja({**budget, "budget_allocation": None}, accumulation="flow") == []
    assert found[1].text("en") == (
        "printed 55,00%, recomputed 55.1% (col 14 275.500.000 / col 6 500.000.000 × 100)"
    )
    [finding] = check_renja({**budget, "budget_absorption_year": "96,00%"}, accumulation="flow")
    assert finding.text() == (
        "tercantum 96,00%, seharusnya 95,5% (kolom 13 95.500.000 / kolom 8 100.000.000 × 100)"
    )
    [finding] = check_renja({**budget, "budget_year": "96.500.000"}, accumulation="flow", where="Tabel 3")  # fmt: skip  # noqa: E501
    assert finding.where == "Tabel 3, kolom 13 (Rp)"
    # Rupiah amounts are exact, decimals too: 95.500.000,4 is not 95.500.000,42.
    cents = ["20.000.000", "25.000.000", "25.000.000", "25.500.000,42"]
    found = check_renja(
        {**budget, "budget_quarters": cents, "budget_year": "95.500.000,4"}, accumulation="flow"
    )
    assert [(f.where, f.expected) for f in found] == [
        ("kolom 13 (Rp)", Decimal("95500000.42")),
        ("kolom 14 (Rp)", Decimal("275500000.42")),
    ]
    [finding] = check_renja(
        {**budget, "budget_before": "180.000.000,4", "budget_to_date": "275.500.000,45"},
        accumulation="flow",
    )
    assert finding.text() == (
        "tercantum 275.500.000,45, seharusnya 275.500.000,4 (kolom 7 180.000.000,4 + kolom 13 "
        "95.500.000)"
    )
    # No quarter reported: the absorption cannot be recomputed either.
    found = check_renja(
        {**budget, "budget_quarters": [None] * 4, "budget_year": None}, accumulation="flow"
    )
    assert [(f.kind, f.where) for f in found] == [
        (FindingKind.UNDEFINED, "kolom 14 (Rp)"),
        (FindingKind.UNDEFINED, "penyerapan anggaran tahun ini (kolom 13 / kolom 8, Rp)"),
    ]
    assert found[1].text() == (
        "tercantum 95,50%, tetapi penyerapan anggaran tahun ini tidak dapat dihitung: belum ada "
        "triwulan yang dilaporkan"
    )
    # A grade without its percentage printed is judged on the recomputed percentage.
    unprinted = {k: v for k, v in budget.items() if k != "budget_absorption_year"}
    [finding] = check_renja({**unprinted, "band_budget_year": "T"}, accumulation="flow")
    assert finding.text("en") == (
        "printed band 'T', but this year's absorption 95.5% falls in ST (Sangat Tinggi) on "
        f"{PERMENDAGRI_86_2017.name}"
    )
    assert finding.text() == (
        "predikat tercantum 'T', tidak sesuai: penyerapan anggaran tahun ini 95,5% termasuk ST "
        f"(Sangat Tinggi) pada {PERMENDAGRI_86_2017.name}"
    )


def test_negative_budget_amounts_leave_later_columns_undefined() -> None:
    budget = {k: v for k, v in DOCUMENTS.items() if k.startswith(("budget", "band_budget"))}
    refused = ", sedangkan indikatornya tidak mengizinkan nilai negatif"
    quarters = ["-20.000.000", "25.000.000", "25.000.000", "25.500.000"]
    [finding] = check_renja({**budget, "budget_quarters": quarters}, accumulation="flow")
    assert finding.text() == (
        "tercantum 95.500.000, tetapi kolom 13 (Rp) tidak dapat dihitung: realisasi TW I "
        f"-20.000.000 negatif{refused}"
    )
    assert finding.text("en") == (
        "printed 95.500.000, but col 13 (Rp) cannot be recomputed: the realization of TW I "
        "-20.000.000 is negative and the indicator does not allow it"
    )
    found = check_renja(
        {**budget, "budget_year": "-95.500.000", "budget_quarters": None}, accumulation="flow"
    )
    assert [f.text() for f in found] == [
        (
            "tercantum 275.500.000, tetapi kolom 14 (Rp) tidak dapat dihitung: kolom 13 (Rp) "
            f"-95.500.000 negatif{refused}"
        ),
        (
            "tercantum 95,50%, tetapi penyerapan anggaran tahun ini tidak dapat dihitung: kolom 13 "
            f"(Rp) -95.500.000 negatif{refused}"
        ),
    ]
    assert found[1].text("en") == (
        "printed 95,50%, but this year's absorption cannot be recomputed: col 13 (Rp) "
        "-95.500.000 is negative and the indicator does not allow it"
    )
    [finding] = check_renja({**budget, "budget_before": "-180.000.000"}, accumulation="flow")
    assert finding.text() == (
        "tercantum 275.500.000, tetapi kolom 14 (Rp) tidak dapat dihitung: kolom 7 -180.000.000 "
        f"negatif{refused}"
    )
    [finding] = check_renja(
        {**budget, "budget_before": None, "budget_to_date": "-275.500.000"}, accumulation="flow"
    )
    assert finding.text() == (
        "tercantum 55,10%, tetapi kolom 15 (Rp) tidak dapat dihitung: kolom 14 (Rp) -275.500.000 "
        f"negatif{refused}"
    )
    assert finding.text("en") == (
        "printed 55,10%, but col 15 (Rp) cannot be recomputed: col 14 (Rp) -275.500.000 is "
        "negative and the indicator does not allow it"
    )


def test_check_renja_takes_a_where_and_figures_in_other_notations() -> None:
    [finding] = check_renja({**VILLAGES, "realization_year": "84"}, accumulation="stock", where="Tabel 3")  # fmt: skip  # noqa: E501
    assert finding.where == "Tabel 3, kolom 13"
    record = PrintedRenjaRow(year_target="86", quarters=[published("86.0", notation="en")],
                             realization_year="86,0")  # fmt: skip
    assert check_renja(record, accumulation="stock") == []
    assert record.where == ""


RENJA_FIELDS = (
    "('final_target', 'realized_before', 'year_target', 'quarters', 'realization_year', "
    "'realization_to_date', 'achievement_year', 'progress', 'band_year', 'band_progress', "
    "'budget_final', 'budget_before', 'budget_allocation', 'budget_quarters', 'budget_year', "
    "'budget_to_date', 'budget_absorption_year', 'budget_progress', 'band_budget_year', "
    "'band_budget_progress', 'where')"
)


@pytest.mark.parametrize(
    ("row", "kwargs", "message"),
    [
        (
            "86",
            {"accumulation": "stock"},
            "row: got '86', expected a PrintedRenjaRow, or a mapping of its fields",
        ),
        (
            {"col13": "86"},
            {"accumulation": "stock"},
            f"row: got 'col13', expected the fields of PrintedRenjaRow: {RENJA_FIELDS}",
        ),
        (
            {"quarters": "86"},
            {"accumulation": "stock"},
            "row['quarters']: got '86', expected printed figures, one per period (a list)",
        ),
        (
            {"quarters": [86]},
            {"accumulation": "stock"},
            "row['quarters'][0]: got 86, expected the printed text of a figure",
        ),
        (
            {},
            {},
            (
                "accumulation: got None, expected an Accumulation (FLOW, STOCK, RATIO or AVERAGE), "
                "or an indicator that declares one"
            ),
        ),
        (
            {},
            {"accumulation": "sum"},
            (
                "accumulation: got 'sum', expected one of Accumulation.FLOW, Accumulation.STOCK, "
                "Accumulation.RATIO, Accumulation.AVERAGE (or 'flow', 'stock', 'ratio', 'average')"
            ),
        ),
        (
            {},
            {"indicator": "x", "accumulation": "flow"},
            "indicator: got 'x', expected an Indicator",
        ),
        (
            {},
            {"accumulation": "flow", "polarity": "up"},
            (
                "polarity: got 'up', expected one of Polarity.MAXIMIZE, Polarity.MINIMIZE (or "
                "'maximize', 'minimize')"
            ),
        ),
        (
            {},
            {"accumulation": "flow", "minimize_formula": "x"},
            (
                "minimize_formula: got 'x', expected one of MinimizeFormula.MIRROR, "
                "MinimizeFormula.RATIO (or 'mirror', 'ratio')"
            ),
        ),
        (
            {},
            {"accumulation": "flow", "allow_negative": 1},
            "allow_negative: got 1, expected True or False",
        ),
        ({}, {"accumulation": "flow", "cap": 0}, "cap: got 0, expected a cap > 0, or None"),
        (
            {},
            {"accumulation": "flow", "cap": "abc"},
            (
                "cap: got 'abc', expected a plain decimal string such as '12143000.00' (sign, "
                "ASCII digits, optional point; no spaces, grouping or exponent)"
            ),
        ),
        ({}, {"accumulation": "flow", "where": None}, "where: got None, expected a str"),
        (
            {},
            {"accumulation": "flow", "notation": "xx"},
            "notation: got 'xx', expected one of 'id', 'en', 'plain'",
        ),
    ],
)
def test_check_renja_refuses_malformed_calls(
    row: object, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInputError) as info:
        check_renja(row, **kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_text_in_another_notation_is_a_parse_error() -> None:
    with pytest.raises(ParseError) as info:
        check_renja({"realization_year": "86.0"}, accumulation="stock")
    assert info.value.field == "row['realization_year']"
    assert "notation='en'" in str(info.value)


def test_the_indicator_must_declare_an_accumulation_or_be_given_one() -> None:
    with pytest.raises(InvalidInputError, match="an indicator that declares one"):
        check_renja({}, indicator=Indicator(name="x"))
    assert check_renja({}, indicator=Indicator(name="x"), accumulation="flow") == []


def test_printed_records_refuse_wrong_fields() -> None:
    with pytest.raises(InvalidTypeError) as info:
        PrintedRenjaRow(quarters="86")
    assert str(info.value) == (
        "quarters: got '86', expected printed figures, one per period (a list)"
    )
    with pytest.raises(InvalidInputError):
        PrintedRenjaRow(band_year=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        PrintedLke(components=["24,60"])  # type: ignore[arg-type]
    assert PrintedLke().where == "LKE"
    assert repr(PrintedRenjaRow()).startswith("PrintedRenjaRow(final_target=None")


_FIGURES = [
    f.name
    for f in attrs.fields(PrintedRenjaRow)
    if f.name not in {"quarters", "budget_quarters", "where"} and not f.name.startswith("band")
]


@pytest.mark.parametrize("name", _FIGURES)
def test_a_bad_printed_renja_figure_names_its_field(name: str) -> None:
    with pytest.raises(ParseError) as info:
        PrintedRenjaRow(**{name: "x y"})  # type: ignore[arg-type]
    assert info.value.field == name


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: PrintedRenjaRow(quarters=["1", "x y"]), "quarters[1]"),
        (lambda: PrintedRenjaRow(budget_quarters=["1", "x y"]), "budget_quarters[1]"),
        (lambda: PrintedRenjaRow(budget_quarters="86"), "budget_quarters"),
        (lambda: PrintedLke(components={"1": "x y"}), "components['1']"),
        (lambda: PrintedLke(subcomponents={"1a": "x y"}), "subcomponents['1a']"),
        (lambda: PrintedLke(total="x y"), "total"),
    ],
)
def test_printed_periods_and_lke_figures_name_their_field(
    build: Callable[[], object], field: str
) -> None:
    # The printed records named every bad figure "text", and budget periods "quarters".
    with pytest.raises((ParseError, InvalidTypeError)) as info:
        build()
    assert info.value.field == field  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- Renja properties

ROW_FIELDS = (
    "realization_year",
    "realization_to_date",
    "achievement_year",
    "progress",
    "budget_year",
    "budget_to_date",
    "budget_absorption_year",
    "budget_progress",
)
PLACES = {
    "realization_year": "kolom 13",
    "realization_to_date": "kolom 14",
    "achievement_year": "capaian tahun ini (kolom 13 / kolom 8)",
    "progress": "kolom 15",
    "budget_year": "kolom 13 (Rp)",
    "budget_to_date": "kolom 14 (Rp)",
    "budget_absorption_year": "penyerapan anggaran tahun ini (kolom 13 / kolom 8, Rp)",
    "budget_progress": "kolom 15 (Rp)",
}
amounts = st.integers(0, 10**6)
realizations = st.decimals(min_value=2, max_value=1000, places=2, allow_nan=False)
targets = st.decimals(min_value=1, max_value=1000, places=2, allow_nan=False)


@st.composite
def period_values(draw: st.DrawFn, acc: Accumulation, count: int) -> tuple[list[Any], Any]:
    """The quarters (some not reported) and col 7, as evaluate_renja takes them."""
    reported = draw(st.lists(st.booleans(), min_size=count, max_size=count).filter(any))
    if acc is Accumulation.RATIO:
        # (numerator, denominator) with a rate of 2 % or more
        pairs = st.integers(1, 1000).flatmap(
            lambda d: st.tuples(st.integers(-(-d // 50), 2 * d), st.just(d))
        )
        return [draw(pairs) if r else None for r in reported], draw(st.one_of(st.none(), pairs))
    values = [draw(realizations) if r else None for r in reported]
    before = draw(st.one_of(st.none(), realizations))
    if acc is Accumulation.AVERAGE and before is not None:
        return values, (before * 3, 3)  # three earlier periods with this mean
    return values, before


def budget_columns(
    e: RenjaEvaluation, graded: Callable[[Decimal, str], tuple[str, str]]
) -> dict[str, object]:
    """The budget columns of a row printed from *e* (amounts exact, percentages rounded)."""
    assert e.band_budget_year is not None
    assert e.band_budget_progress is not None
    assert e.budget_absorption_year is not None
    assert e.budget_progress is not None
    row: dict[str, object] = {
        "budget_final": str(e.budget_final),
        "budget_before": str(e.budget_before),
        "budget_allocation": str(e.budget_allocation),
        "budget_quarters": [None if q is None else str(q) for q in e.budget_quarters or ()],
        "budget_year": str(e.budget_year),
        "budget_to_date": str(e.budget_to_date),
    }
    row["budget_absorption_year"], row["band_budget_year"] = graded(
        e.budget_absorption_year, e.band_budget_year.code
    )
    row["budget_progress"], row["band_budget_progress"] = graded(
        e.budget_progress, e.band_budget_progress.code
    )
    return row


@st.composite
def renja_rows(
    draw: st.DrawFn, *, blanks: bool = True
) -> tuple[dict[str, Any], dict[str, object], dict[str, object]]:
    """(evaluate_renja's arguments, check_renja's options, the row printed from the evaluation).

    Col 7 of the Renstra's first year is printed "0"; with *blanks*, up to three columns are not
    printed at all.
    """
    acc = draw(st.sampled_from(list(Accumulation)))
    count = draw(st.integers(1, 4))
    values, before = draw(period_values(acc, count))
    options = {
        "accumulation": acc,
        "polarity": draw(st.sampled_from(list(Polarity))),
        "minimize_formula": draw(st.sampled_from(list(MinimizeFormula))),
        "cap": draw(st.one_of(st.none(), st.integers(100, 150))),
    }
    arguments: dict[str, Any] = {
        "final_target": draw(targets),
        "realized_before": before,
        "year_target": draw(targets),
        "quarters": values,
        **options,
    }
    if draw(st.booleans()):
        spent = [draw(st.one_of(st.none(), amounts)) for _ in range(count)]
        spent[0] = draw(amounts)
        arguments |= {
            "budget_final": draw(st.integers(1, 10**7)),
            "budget_before": draw(amounts),
            "budget_year": draw(st.integers(1, 10**6)),
            "budget_quarters": spent,
        }
    e = evaluate_renja(**arguments)

    def rate(value: Any) -> str:
        if isinstance(value, tuple):  # a RATIO's pair, printed as its rate
            value = Decimal(value[0]) * 100 / Decimal(value[1])
        return printed(value, draw(places), draw(modes))

    def graded(value: Decimal, band: str) -> tuple[str, str]:
        digits, mode = draw(places) + 1, draw(modes)
        text = printed(value, digits, mode, percent=draw(st.booleans()))
        # The report grades the figure it prints.
        if digits >= PERMENDAGRI_86_2017.places:
            band = PERMENDAGRI_86_2017.classify(quantize(value, digits, mode)).code
        return text, band

    # An AVERAGE's col 7 prints the mean of its earlier periods.
    mean_before = before[0] / 3 if acc is Accumulation.AVERAGE and before is not None else before
    row: dict[str, object] = {
        "final_target": f"{e.final_target.lower:f}".replace(".", ","),
        "year_target": f"{e.year_target.lower:f}".replace(".", ","),
        "realized_before": "0" if before is None else rate(mean_before),
        "quarters": [None if value is None else rate(value) for value in values],
        "realization_year": rate(e.realization_year),
        "realization_to_date": rate(e.realization_to_date),
    }
    row["achievement_year"], row["band_year"] = graded(e.achievement_year, e.band_year.code)
    row["progress"], row["band_progress"] = graded(e.progress, e.band_progress.code)
    if e.budget_year is not None:
        row |= budget_columns(e, graded)
    # Some columns are not printed.
    for name in draw(st.sets(st.sampled_from(sorted(row)), max_size=3 if blanks else 0)):
        row[name] = None
    return arguments, options, row


@given(renja_rows())
def test_a_row_printed_from_evaluate_renja_has_no_finding(
    case: tuple[dict[str, Any], dict[str, object], dict[str, object]],
) -> None:
    _, options, row = case
    assert check_renja(row, **options) == []  # type: ignore[arg-type]


@given(renja_rows(blanks=False), st.sampled_from(ROW_FIELDS), places)
def test_one_figure_changed_beyond_its_interval_yields_exactly_its_finding(
    case: tuple[dict[str, Any], dict[str, object], dict[str, object]], name: str, digits: int
) -> None:
    _, options, row = case
    if row.get(name) is None:
        return
    # Far beyond anything the printed inputs allow (realizations ≤ 5.000, targets ≥ 1).
    true = published(row[name]).value  # type: ignore[arg-type]
    far = printed(abs(true) * 10 + 10**9, digits, Rounding.HALF_UP)
    found = check_renja({**row, name: far}, **options)  # type: ignore[arg-type]
    assert [finding.where for finding in found] == [PLACES[name]]
    assert found[0].kind is not FindingKind.UNDEFINED
