"""Satisfaction survey (SKM): survey data, NRR, IKM, grades and sample size (issue #3)."""

from __future__ import annotations

import array
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction

import attrs
import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import (
    ELEMENTS_2004,
    ELEMENTS_2017,
    Element,
    ElementTally,
    IkmOptions,
    IkmResult,
    InvalidInputError,
    InvalidTypeError,
    Rounding,
    Survey,
    UndefinedResultError,
    Weighting,
    ikm,
    ikm_from_nrr,
    index_to_ikm,
    minimum_sample_size,
    round_half_up,
)
from lkjcalc.scales import IKM_2004, IKM_2017
from lkjcalc.strategies import survey_rows
from messages import check_message, points_at_caller

CODES = [e.code for e in ELEMENTS_2017]
_R = "<td style='text-align:right'>"  # a figure's cell in a notebook table
ABC = (Element(code="A", name="Alpha"), Element(code="B", name="Beta"), Element(code="C"))


def totals(sums: list[int], answered: int, codes: list[str] = CODES) -> dict[str, tuple[int, int]]:
    return {code: (s, answered) for code, s in zip(codes, sums, strict=True)}


def uniform_nrr(value: str, elements: tuple[Element, ...] = ELEMENTS_2017) -> dict[str, str]:
    return {e.code: value for e in elements}


# ----------------------------------------------------------------------------- the contract


def test_contract_names_import_from_lkjcalc() -> None:
    # domain.md §8, Survey: names other tools import from lkjcalc directly.
    for name in (
        "Element",
        "ELEMENTS_2017",
        "ELEMENTS_2004",
        "Survey",
        "ikm",
        "ikm_from_nrr",
        "IkmResult",
        "minimum_sample_size",
    ):
        assert name in lkjcalc.__all__
        assert getattr(lkjcalc, name) is not None


def test_official_elements() -> None:
    # PermenPANRB 14/2017 (domain.md §4.1): U1-U9 in the regulation's order.
    assert [e.code for e in ELEMENTS_2017] == [f"U{i}" for i in range(1, 10)]
    assert ELEMENTS_2017[0].name == "Persyaratan"
    assert ELEMENTS_2017[7].name == "Penanganan Pengaduan, Saran dan Masukan"
    assert ELEMENTS_2017[8].name == "Sarana dan Prasarana"
    # KepMenPAN 25/2004: 14 elements.
    assert [e.code for e in ELEMENTS_2004] == [f"U{i}" for i in range(1, 15)]
    assert ELEMENTS_2004[0].name == "Prosedur pelayanan"
    assert ELEMENTS_2004[13].name == "Keamanan pelayanan"


# ----------------------------------------------------------------------------- published figures


def test_seed_weighted_mean_3400_times_25() -> None:
    # Seed (LKj Kecamatan Bantur 2020, BAB III 2.1): "nilai rata-rata tertimbang 3,400 dikali 25"
    # = 85,00 indeks.
    assert round_half_up(index_to_ikm("3.400"), 2) == Decimal("85.00")
    result = ikm_from_nrr(uniform_nrr("3.400"))
    assert result.index == Decimal("3.4")
    assert result.ikm == Decimal(85)
    assert result.band.code == "B"  # 76.61 ≤ 85 < 88.31, PermenPANRB 14/2017
    # The same figure from a survey whose every element averages 3.4 (17 over 5 answers).
    assert ikm(Survey.from_totals(totals([17] * 9, 5))).ikm == Decimal(85)


PUBLISHED = [
    # (source, per-element (sum, answered), weights, IKM printed with 2 decimals, band on 2017)
    (
        (
            "GASPUL (rennn9/GASPUL_BACKEND, rumus_perhitungan_ikm_lengkap.md), triwulan III: "
            "955 / (29 × 9) × 25 = 91.48"
        ),
        totals([105, 101, 100, 116, 102, 105, 106, 105, 115], 29),
        None,
        "91.48",
        "A",
    ),
    (
        (
            "Scribd 429061031 'Lab', Kehandalan (reliability): sums 74, 76, 60 of 20, weight 0.33, "
            "printed IKM 86.63 BAIK"
        ),
        totals([74, 76, 60], 20, ["A", "B", "C"]),
        "0.33",
        "86.63",
        "B",
    ),
    (
        (
            "Scribd 429061031 'Lab', Kesigapan (responsiveness): sums 74, 72 of 20, weight 0.50, "
            "printed IKM 91.25 SANGAT BAIK"
        ),
        totals([74, 72], 20, ["A", "B"]),
        "0.50",
        "91.25",
        "A",
    ),
    (
        (
            "Scribd 429061031 'Lab', Jaminan (assurance): sums 65, 71 of 20, weight 0.50, "
            "printed IKM 85.00 BAIK"
        ),
        totals([65, 71], 20, ["A", "B"]),
        "0.50",
        "85.00",
        "B",
    ),
    (
        (
            "e-SMILE Tulang Bawang Barat, Disdukcapil 2023 semester 1: 1 respondent, all 4, "
            "printed IKM 100 (Sangat Baik)"
        ),
        totals([4] * 9, 1),
        None,
        "100.00",
        "A",
    ),
]


@pytest.mark.parametrize(("source", "data", "weights", "printed", "band"), PUBLISHED)
def test_published_surveys(
    source: str, data: dict[str, tuple[int, int]], weights: str | None, printed: str, band: str
) -> None:
    elements = tuple(Element(code=code) for code in data)
    result = ikm(Survey.from_totals(data, elements=elements), weights=weights)
    assert round_half_up(result.ikm, 2) == Decimal(printed), source
    assert result.band.code == band, source


def test_gaspul_nrr_per_element() -> None:
    # Printed NRR with 4 decimals: U1 105/29 = 3.6207, U4 116/29 = 4.0000, U9 115/29 = 3.9655.
    result = ikm(Survey.from_totals(totals([105, 101, 100, 116, 102, 105, 106, 105, 115], 29)))
    printed = {"U1": "3.6207", "U4": "4.0000", "U9": "3.9655", "U3": "3.4483"}
    for code, value in printed.items():
        assert round_half_up(result.nrr[code], 4) == Decimal(value)


def test_lab_reliability_table_row_by_row() -> None:
    # Scribd 429061031 'Lab': NRR 3.70 3.80 3.00; NRR tertimbang (NRR × 0.33) printed 1.22 1.25
    # 0.99; index printed 3.47; IKM 86.63. The table rounds for display only: its sum is 3.465.
    result = ikm(
        Survey.from_totals(totals([74, 76, 60], 20, list("ABC")), elements=ABC), weights="0.33"
    )
    assert [round_half_up(v, 2) for v in result.weighted_nrr.values()] == [
        Decimal("1.22"),
        Decimal("1.25"),
        Decimal("0.99"),
    ]
    assert result.index == Decimal("3.465")
    assert round_half_up(result.index, 2) == Decimal("3.47")
    assert result.ikm == Decimal("86.625")
    # Exact weights of 1/3 move this IKM by almost a point (domain.md §4.3).
    assert ikm_from_nrr(result.nrr).ikm == Decimal("87.5")


def test_lab_assurance_table_rounds_for_display_only() -> None:
    # Scribd 429061031 'Lab', Jaminan: weighted NRR printed 1.63 and 1.78 (3.25 and 3.55 × 0.50,
    # half up), index printed 3.40, IKM 85.00: the sum of the printed 1.63 + 1.78 would be 3.41.
    data = Survey.from_totals(totals([65, 71], 20, ["A", "B"]), elements=ABC[:2])
    shown = ikm(data, weights="0.50", weighted_places=2)
    assert list(shown.weighted_nrr.values()) == [Decimal("1.63"), Decimal("1.78")]
    assert shown.ikm == Decimal("85.25")  # what summing the printed figures gives
    assert ikm(data, weights="0.50").ikm == Decimal("85.00")  # what the table prints


def test_tubaba_printed_weighted_nrr() -> None:
    # e-SMILE Tulang Bawang Barat 2023 S1: "NRR tertimbang = NRR × 0,111" printed 0.44 for an
    # NRR of 4, yet IKM 100: the weighted figures were rounded for display only.
    data = Survey.from_totals(totals([4] * 9, 1))
    printed = ikm(data, weights="0.111", weighted_places=2)
    assert set(printed.weighted_nrr.values()) == {Decimal("0.44")}
    assert printed.ikm == Decimal("99.00")
    assert ikm(data).ikm == Decimal(100)


# ----------------------------------------------------------------------------- grade boundaries

GRADES_2017 = [
    # PermenPANRB 14/2017, annex: NRR interval → IKM interval → mutu (domain.md §3.3).
    ("4", "100", "A"),
    ("3.5324", "88.31", "A"),
    ("3.5322", "88.305", "A"),  # rounds to 88.31 before grading
    ("3.532", "88.30", "B"),
    ("3.0644", "76.61", "B"),
    ("3.064", "76.60", "C"),
    ("2.60", "65.00", "C"),
    ("2.5996", "64.99", "D"),
    ("1", "25", "D"),
]

GRADES_2004 = [
    # KepMenPAN 25/2004, annex: 1.00-1.75 → 25-43.75 D; 1.76-2.50 → 43.76-62.50 C;
    # 2.51-3.25 → 62.51-81.25 B; 3.26-4.00 → 81.26-100 A (domain.md §3.4).
    ("4", "100", "A"),
    ("3.2504", "81.26", "A"),
    ("3.25", "81.25", "B"),
    ("2.5004", "62.51", "B"),
    ("2.50", "62.50", "C"),
    ("1.7504", "43.76", "C"),
    ("1.75", "43.75", "D"),
    ("1", "25", "D"),
]


@pytest.mark.parametrize(("nrr", "converted", "band"), GRADES_2017)
def test_grades_2017(nrr: str, converted: str, band: str) -> None:
    result = ikm_from_nrr(uniform_nrr(nrr))
    assert result.ikm == Decimal(converted)
    assert result.band.code == band
    assert result.scale is IKM_2017


@pytest.mark.parametrize(("nrr", "converted", "band"), GRADES_2004)
def test_grades_2004(nrr: str, converted: str, band: str) -> None:
    result = ikm_from_nrr(uniform_nrr(nrr, ELEMENTS_2004), scale=IKM_2004)
    assert result.ikm == Decimal(converted)
    assert result.band.code == band


def test_2004_printed_weight_of_fourteen_elements() -> None:
    # KepMenPAN 25/2004 prints the weight 1/14 as 0.071: every element at 4 gives 99.4, not 100.
    nrr = uniform_nrr("4", ELEMENTS_2004)
    assert ikm_from_nrr(nrr, weights="0.071", scale=IKM_2004).ikm == Decimal("99.4")
    assert ikm_from_nrr(nrr, scale=IKM_2004).ikm == Decimal(100)


def test_the_grade_agrees_with_the_printed_ikm() -> None:
    # 88.305 is printed 88.31 and graded A (domain.md §3: round before classifying).
    result = ikm(Survey.from_totals({"A": (35322, 10000)}, elements=ABC[:1]))
    assert result.ikm == Decimal("88.305")
    assert round_half_up(result.ikm, 2) == Decimal("88.31")
    assert result.band.code == "A"
    with pytest.raises(InvalidInputError, match="band"):
        attrs.evolve(result, band=IKM_2017.band("B"))


# ----------------------------------------------------------------------------- rounding stages


def _two() -> Survey:
    # A: 7 over 2 answers (3.5); B: 10 over 3 answers (3.333…). Exact index 41/12 = 3.41666….
    return Survey.from_totals({"A": (7, 2), "B": (10, 3)}, elements=ABC[:2], respondents=3)


def test_exact_by_default() -> None:
    result = ikm(_two())
    assert result.nrr["A"] == Decimal("3.5")
    assert round_half_up(result.index, 20) == round_half_up(Decimal(41) / Decimal(12), 20)
    assert result.weighting is Weighting.EXACT
    assert result.method.startswith("exact weights 1/2 (sum 1); no intermediate rounding")


@pytest.mark.parametrize(
    ("options", "index", "converted"),
    [
        ({"nrr_places": 2}, "3.415", "85.375"),  # 3.50 and 3.33
        ({"nrr_places": 1, "rounding": Rounding.DOWN}, "3.4", "85"),  # 3.5 and 3.3
        ({"weights": "0.5", "weighted_places": 2}, "3.42", "85.5"),  # 1.75 + 1.67
        ({"weights": "0.5", "weighted_places": 2, "rounding": Rounding.DOWN}, "3.41", "85.25"),
        ({"index_places": 2, "rounding": Rounding.DOWN}, "3.41", "85.25"),
        ({"index_places": 2}, "3.42", "85.50"),
        ({"index_places": 1}, "3.4", "85.0"),
        ({"nrr_places": 3, "weighted_places": 3, "index_places": 3}, "3.417", "85.425"),
    ],
)
def test_rounding_stages(options: dict[str, object], index: str, converted: str) -> None:
    result = ikm(_two(), **options)  # type: ignore[arg-type]
    assert result.index == Decimal(index)
    assert result.ikm == Decimal(converted)
    assert str(result.ikm) == converted  # the places of the rounded index are kept


def test_rounded_figures_keep_their_places() -> None:
    result = ikm(_two(), nrr_places=3)
    assert str(result.nrr["A"]) == "3.500"
    assert str(result.nrr["B"]) == "3.333"


def test_half_up_at_half() -> None:
    # 3.125 is half-way at 2 places: half up gives 3.13 (never banker's 3.12), down gives 3.12.
    survey = Survey.from_totals({"A": (25, 8)}, elements=ABC[:1])
    assert ikm(survey, nrr_places=2).nrr["A"] == Decimal("3.13")
    assert ikm(survey, nrr_places=2, rounding=Rounding.DOWN).nrr["A"] == Decimal("3.12")


def test_method_describes_the_options() -> None:
    result = ikm(
        Survey.from_totals(totals([17] * 9, 5)),
        weights=Decimal("0.111"),
        nrr_places=2,
        weighted_places=3,
        rounding=Rounding.DOWN,
        scale=IKM_2004,
    )
    assert result.weighting is Weighting.UNIFORM
    assert result.method == (
        "uniform printed weight 0.111 (sum 0.999); NRR rounded down (truncated) to 2 places; "
        "weighted NRR rounded down (truncated) to 3 places; IKM = index × 25; "
        "graded on IKM quality, KepMenPAN 25/2004"
    )


def test_custom_weights_sum_to_exactly_one() -> None:
    survey = Survey.from_totals({"A": (4, 1), "B": (2, 1), "C": (1, 1)}, elements=ABC)
    result = ikm(survey, weights={"A": "0.5", "B": "0.25", "C": "0.25"})
    assert result.index == Decimal("2.75")  # 2 + 0.5 + 0.25
    assert result.weighting is Weighting.CUSTOM
    assert result.method.startswith("custom weights per element (sum 1); ")
    with pytest.raises(InvalidInputError, match="summing to exactly 1"):
        ikm(survey, weights={"A": "0.333", "B": "0.333", "C": "0.333"})
    with pytest.raises(InvalidInputError, match="weights"):
        ikm(survey, weights={"A": "0.5", "B": "0.5"})
    with pytest.raises(InvalidInputError, match="weight > 0"):
        ikm(survey, weights={"A": "1", "B": "0", "C": "0"})


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"weights": 0}, InvalidInputError),
        ({"weights": "1.5"}, InvalidInputError),
        ({"weights": True}, InvalidTypeError),
        ({"weights": [0.5, 0.5]}, InvalidTypeError),
        ({"nrr_places": -1}, InvalidInputError),
        ({"weighted_places": 2.0}, InvalidTypeError),
        ({"index_places": "2"}, InvalidTypeError),
        ({"rounding": "half"}, InvalidTypeError),
        ({"scale": "IKM_2004"}, InvalidTypeError),
    ],
)
def test_invalid_options(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        ikm(_two(), **options)  # type: ignore[arg-type]


def test_an_element_nobody_answered_is_undefined() -> None:
    survey = Survey.from_responses([(4, None, 3)], elements=ABC)
    with pytest.raises(UndefinedResultError, match="NRR of B"):
        ikm(survey)
    with pytest.raises(UndefinedResultError):
        ikm(Survey.empty())


def test_ikm_from_nrr_checks() -> None:
    with pytest.raises(InvalidInputError, match="from 1 to 4"):
        ikm_from_nrr({"U1": "0.99"})
    with pytest.raises(InvalidInputError, match="from 1 to 4"):
        ikm_from_nrr({"U1": "4.01"})
    with pytest.raises(InvalidTypeError):
        ikm_from_nrr({})
    with pytest.raises(InvalidTypeError, match="element codes"):
        ikm_from_nrr({1: 3})  # type: ignore[dict-item]
    with pytest.raises(InvalidTypeError, match="element codes"):
        ikm_from_nrr({" ": 3})
    with pytest.raises(InvalidInputError, match="every element"):
        ikm_from_nrr({"U1": 3}, elements=ELEMENTS_2017)
    ordered = ikm_from_nrr({"U2": 3, "U1": 4}, elements=ELEMENTS_2017[:2])
    assert list(ordered.nrr) == ["U1", "U2"]
    assert ordered.elements[0].name == "Persyaratan"
    assert ordered.respondents is None


def test_index_to_ikm_range() -> None:
    assert index_to_ikm(1) == Decimal(25)
    assert index_to_ikm(4) == Decimal(100)
    with pytest.raises(InvalidInputError):
        index_to_ikm("4.001")


def test_results_ignore_the_callers_decimal_context() -> None:
    expected = ikm(_two())
    with localcontext() as ctx:
        ctx.prec = 3
        again = ikm(_two())
        assert index_to_ikm("3.400") == Decimal("85.000")
        assert ikm(_two(), weights="0.5", weighted_places=2).ikm == Decimal("85.5")
    assert again == expected
    assert len(str(again.ikm)) == 41  # 85.41666…: 40 significant digits, not 3


# ----------------------------------------------------------------------------- survey data


def test_rows_as_sequences_and_mappings() -> None:
    rows: list[object] = [(4, 3, None), {"A": 2, "C": 4}, [1, 1, 1]]
    survey = Survey.from_responses(rows, elements=ABC)
    assert survey.respondents == 3
    assert survey.tally("A").counts == (1, 1, 0, 1)
    assert survey.tally("B") == ElementTally(
        code="B", counts=(1, 0, 1, 0), score_sum=4, answered=2, blank=1
    )
    assert survey.blank == {"A": 0, "B": 1, "C": 1}
    assert survey.codes == ("A", "B", "C")


def test_accepted_answer_types() -> None:
    answers = [3, 3.0, Decimal(3), np.int8(3), np.float64(3.0), np.uint64(3), "3"]
    survey = Survey.from_responses([(a,) for a in answers], elements=ABC[:1])
    assert survey.tally("A").counts == (0, 0, len(answers), 0)
    blanks = [None, float("nan"), pd.NA, np.float32("nan"), np.nan]
    survey = Survey.from_responses([(b,) for b in blanks], elements=ABC[:1])
    assert survey.blank == {"A": len(blanks)}


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (0, InvalidInputError),
        (5, InvalidInputError),
        (-1, InvalidInputError),
        (2.5, InvalidInputError),
        (float("inf"), InvalidInputError),
        (Decimal("NaN"), InvalidInputError),
        ("", InvalidInputError),
        ("x", InvalidInputError),
        (True, InvalidTypeError),
        (np.True_, InvalidTypeError),
        (Fraction(7, 2), InvalidInputError),  # a Fraction is a number (v0.2), not a whole one
        ([3], InvalidTypeError),
        (np.array(3), InvalidTypeError),  # a 0-d array is not a number
        (np.datetime64("2024-01-01"), InvalidTypeError),
        (b"\x03", InvalidTypeError),
    ],
)
def test_invalid_answers_name_row_and_element(answer: object, error: type[Exception]) -> None:
    rows = [(4, 4, 4), (4, answer, 4)]
    with pytest.raises(error) as info:
        Survey.from_responses(rows, elements=ABC)
    assert info.value.field == "rows[1].B"  # type: ignore[attr-defined]
    with pytest.raises(error) as info:
        Survey.from_columns({"A": [4, 4], "B": [4, answer], "C": [4, 4]}, elements=ABC)
    assert info.value.field == "columns['B'][1]"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("rows", "fragment"),
    [
        ([(4, 4)], "3 answers"),
        ([{"A": 4, "D": 4}], "element code"),
        (["444"], "questionnaire"),
        ([4], "questionnaire"),
        ("444", "iterable"),
        (None, "iterable"),
    ],
)
def test_invalid_rows(rows: object, fragment: str) -> None:
    with pytest.raises(InvalidInputError, match=fragment):
        Survey.from_responses(rows, elements=ABC)  # type: ignore[arg-type]


def test_a_dataframe_given_as_rows_gets_a_hint() -> None:
    df = pd.DataFrame({"A": [4], "B": [4], "C": [4]})
    with pytest.raises(InvalidTypeError, match="from_columns"):
        Survey.from_responses(df, elements=ABC)


@pytest.mark.parametrize(
    ("columns", "fragment"),
    [
        ({"A": [4], "B": [4]}, "every element"),
        ({"A": [4], "B": [4], "C": [4], "Nama": ["x"]}, "element codes only"),
        ({"A": [4, 4], "B": [4], "C": [4, 4]}, "as long as"),
        ({"A": "44", "B": [4], "C": [4]}, "column of answers"),
        ({"A": 4, "B": [4], "C": [4]}, "column of answers"),
        ({"A": np.ones((2, 2), dtype=np.int8), "B": [4, 4], "C": [4, 4]}, "one-dimensional"),
        ([[4], [4], [4]], "mapping"),
    ],
)
def test_invalid_columns(columns: object, fragment: str) -> None:
    with pytest.raises(InvalidInputError, match=fragment):
        Survey.from_columns(columns, elements=ABC)  # type: ignore[arg-type]


def test_totals() -> None:
    survey = Survey.from_totals({"A": (7, 2), "B": (10, 3), "C": (0, 0)}, elements=ABC)
    assert survey.respondents == 3  # the largest number answered
    assert survey.blank == {"A": 1, "B": 0, "C": 3}
    assert survey.tally("A").counts is None
    assert (
        Survey.from_totals(
            {"A": (7, 2), "B": (10, 3), "C": (4, 1)}, elements=ABC, respondents=10
        ).respondents
        == 10
    )


@pytest.mark.parametrize(
    ("data", "respondents", "fragment"),
    [
        # the element is named (totals['A'][0]), not the field of a tally
        ({"A": (1, 2), "B": (4, 1), "C": (4, 1)}, None, r"totals\['A'\]\[0\]: got 1"),
        ({"A": (9, 2), "B": (4, 1), "C": (4, 1)}, None, r"totals\['A'\]\[0\]: got 9"),
        ({"A": (4, 1), "B": (4, 1)}, None, "every element"),
        ({"A": (4, 1), "B": (4, 1), "C": (4,)}, None, "pair"),
        ({"A": (4, 1), "B": (4, 1), "C": (4, -1)}, None, "count >= 0"),
        ({"A": (8, 2), "B": (4, 1), "C": (4, 1)}, 1, "largest number answered"),
        ({"A": (4.5, 1), "B": (4, 1), "C": (4, 1)}, None, "whole number"),
    ],
)
def test_invalid_totals(data: dict[str, object], respondents: int | None, fragment: str) -> None:
    with pytest.raises(InvalidInputError, match=fragment):
        Survey.from_totals(data, elements=ABC, respondents=respondents)  # type: ignore[arg-type]


def test_tally_and_survey_validation() -> None:
    with pytest.raises(InvalidInputError, match="adding up"):
        ElementTally(code="A", counts=(1, 0, 0, 0), score_sum=2, answered=1)
    with pytest.raises(InvalidInputError, match="counts >= 0"):
        ElementTally(code="A", counts=(0, 2, -1, 0), score_sum=1, answered=1)
    with pytest.raises(InvalidInputError, match="answered \\+ blank"):
        Survey(
            elements=ABC[:1],
            tallies=(ElementTally(code="A", score_sum=4, answered=1),),
            respondents=2,
        )
    with pytest.raises(InvalidInputError, match="one tally per element"):
        Survey(
            elements=ABC[:1],
            tallies=(ElementTally(code="B", score_sum=4, answered=1),),
            respondents=1,
        )
    with pytest.raises(InvalidInputError, match="unique"):
        Survey.empty((ABC[0], ABC[0]))
    with pytest.raises(InvalidInputError):
        Element(code=" ")
    with pytest.raises(InvalidInputError, match="one of A, B, C"):
        Survey.empty(ABC).tally("D")


def test_merging_needs_the_same_elements() -> None:
    with pytest.raises(InvalidInputError, match="same elements"):
        Survey.empty(ABC) + Survey.empty(ABC[:2])
    with pytest.raises(InvalidInputError, match="same elements"):
        Survey.empty(ELEMENTS_2017[:3]) + Survey.empty(ELEMENTS_2004[:3])  # other names
    with pytest.raises(TypeError):
        Survey.empty(ABC) + 1  # type: ignore[operator]


def test_tallies_of_different_elements_do_not_add() -> None:
    a = ElementTally(code="A", score_sum=4, answered=1)
    assert a + a == ElementTally(code="A", score_sum=8, answered=2)
    with pytest.raises(InvalidInputError, match="same element A"):
        a + ElementTally(code="B", score_sum=4, answered=1)
    with pytest.raises(TypeError):
        a + 1  # type: ignore[operator]


def test_merging_totals_drops_the_counts_only() -> None:
    raw = Survey.from_responses([(4, 3, 2)], elements=ABC)
    published = Survey.from_totals({"A": (4, 1), "B": (3, 1), "C": (2, 1)}, elements=ABC)
    merged = raw + published
    assert merged.tally("A") == ElementTally(code="A", score_sum=8, answered=2)
    assert ikm(merged).ikm == ikm(raw).ikm


# ----------------------------------------------------------------------------- columns: interop

INT_DTYPES = [np.int8, np.uint8, np.int16, np.int32, np.int64, np.uint64]


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_numpy_integer_columns(dtype: type) -> None:
    values = [4, 3, 1, 2, 4, 4, 3]
    survey = Survey.from_columns({"A": np.array(values, dtype=dtype)}, elements=ABC[:1])
    assert survey.tally("A").counts == (1, 1, 2, 3)


@pytest.mark.parametrize("typecode", ["b", "B", "h", "H", "i", "l", "q", "Q"])
def test_array_array_columns(typecode: str) -> None:
    survey = Survey.from_columns({"A": array.array(typecode, [4, 1, 1, 2])}, elements=ABC[:1])
    assert survey.tally("A").counts == (2, 1, 0, 1)


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_integer_buffers_have_no_blank_zero_is_invalid(dtype: type) -> None:
    column = np.full(70_000, 4, dtype=dtype)  # longer than one counting chunk
    column[69_999] = 0
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns({"A": column}, elements=ABC[:1])
    assert info.value.field == "columns['A'][69999]"  # type: ignore[attr-defined]
    column[69_999] = 5 if dtype != np.int8 else -1
    with pytest.raises(InvalidInputError, match="69999"):
        Survey.from_columns({"A": column}, elements=ABC[:1])


def test_a_wide_integer_with_a_score_in_its_low_byte_is_invalid() -> None:
    # 257 = 0x0101 and 65540 = 0x10004: their low byte is a score, their other bytes are not 0.
    for value in (257, 65_540, -255):
        with pytest.raises(InvalidInputError, match=str(value)):
            Survey.from_columns({"A": np.array([4, value, 1], dtype=np.int64)}, elements=ABC[:1])


def test_large_columns_agree_with_numpy() -> None:
    rng = np.random.default_rng(3)
    size = 3 * 65_536 + 5  # several chunks and a short tail
    for dtype in (np.int8, np.int64, np.float64):
        column = rng.integers(1, 5, size=size).astype(dtype)
        counts = Survey.from_columns({"A": column}, elements=ABC[:1]).tally("A").counts
        assert counts == tuple(np.bincount(column.astype(np.int64), minlength=5)[1:].tolist())


def test_strided_and_big_endian_arrays() -> None:
    base = np.array([1, 9, 2, 9, 3, 9, 4, 9, 4, 9], dtype=np.int64)
    survey = Survey.from_columns({"A": base[::2]}, elements=ABC[:1])
    assert survey.tally("A").counts == (1, 1, 1, 2)
    big = np.array([4, 3, 3], dtype=">i4")
    assert Survey.from_columns({"A": big}, elements=ABC[:1]).tally("A").counts == (0, 0, 2, 1)


def test_float_columns_with_nan_blanks() -> None:
    column = np.array([1.0, np.nan, 4.0, 4.0, -np.nan, 2.0])
    survey = Survey.from_columns({"A": column}, elements=ABC[:1])
    assert survey.tally("A").counts == (1, 1, 0, 2)
    assert survey.blank == {"A": 2}
    small = np.array([3.0, np.nan], dtype=np.float32)
    assert Survey.from_columns({"A": small}, elements=ABC[:1]).blank == {"A": 1}
    for bad in (0.0, 2.5, np.inf, -4.0, 5.0, 1.0000000000000002):
        with pytest.raises(InvalidInputError, match=r"\[1\]"):
            Survey.from_columns({"A": np.array([1.0, bad])}, elements=ABC[:1])


def test_boolean_columns_are_refused() -> None:
    with pytest.raises(InvalidTypeError, match=r"\[0\]"):
        Survey.from_columns({"A": np.array([True, False])}, elements=ABC[:1])
    with pytest.raises(InvalidTypeError, match=r"\[1\]"):
        Survey.from_columns({"A": [1, True]}, elements=ABC[:1])


def test_pandas_dataframe_columns() -> None:
    df = pd.DataFrame({"A": [4, 3, 4, 2], "B": [3.0, np.nan, 4.0, 4.0], "C": [1, 2, 3, 4]})
    df["C"] = df["C"].astype("Int64")
    df.loc[2, "C"] = pd.NA
    survey = Survey.from_columns(df, elements=ABC)
    assert survey.respondents == 4
    assert survey.blank == {"A": 0, "B": 1, "C": 1}
    assert survey.tally("C").counts == (1, 1, 0, 1)
    rows = [tuple(row) for row in df.itertuples(index=False)]
    assert Survey.from_responses(rows, elements=ABC) == survey


def test_pandas_object_and_series_columns() -> None:
    column = pd.Series([4, None, pd.NA, 3], dtype=object)
    survey = Survey.from_columns({"A": column}, elements=ABC[:1])
    assert survey.tally("A").counts == (0, 0, 1, 1)
    assert survey.blank == {"A": 2}
    with pytest.raises(InvalidInputError, match=r"columns\['A'\]\[1\]"):
        Survey.from_columns({"A": pd.Series([4, 7], index=[10, 11])}, elements=ABC[:1])


def test_other_iterables_and_tuples() -> None:
    survey = Survey.from_columns(
        {"A": (4, 3), "B": iter([1, None]), "C": range(1, 3)}, elements=ABC
    )
    assert survey.answered == {"A": 2, "B": 1, "C": 2}


def test_no_numpy_or_pandas_import() -> None:
    code = (
        "import sys, array; from lkjcalc import Survey, ikm; "
        "s = Survey.from_columns({f'U{i}': array.array('b', [4, 3]) for i in range(1, 10)}); "
        "ikm(s)._repr_html_(); "
        "print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ----------------------------------------------------------------------------- display


def test_reprs() -> None:
    survey = Survey.from_responses([(4, 3, None), (4, 4, 4)], elements=ABC)
    assert repr(survey) == "<Survey: 2 respondents, 3 elements (A, B, C), 1 blank (C 1)>"
    assert repr(Survey.empty()) == "<Survey: 0 respondents, 9 elements (U1 … U9), 0 blanks>"
    result = ikm(Survey.from_totals(totals([17] * 9, 5)))
    assert repr(result).startswith(
        "<IkmResult: IKM 85.00 (B Baik), index 3.4000, 5 respondents; exact weights 1/9"
    )


def test_html_tables_escape_text() -> None:
    odd = (Element(code="A", name="<b>Biaya & Tarif</b>"),)
    survey = Survey.from_responses([(4,), (3,)], elements=odd)
    for html in (survey._repr_html_(), ikm(survey)._repr_html_()):
        assert "&lt;b&gt;Biaya &amp; Tarif&lt;/b&gt;" in html
        assert "<b>" not in html
        assert html.startswith("<table>")
    table = ikm(survey)._repr_html_()
    for cell in (f"{_R}3,500</td>", f"{_R}87,50</td>", "B (Baik)", "NRR tertimbang"):
        assert cell in table
    counts = survey._repr_html_()
    assert f"<td>A</td><td>&lt;b&gt;Biaya &amp; Tarif&lt;/b&gt;</td>{_R}2</td>{_R}0</td>" in counts
    assert f"{_R}0</td>{_R}0</td>{_R}1</td>{_R}1</td>{_R}3,500</td>" in counts
    published = Survey.from_totals({"A": (7, 2)}, elements=odd)._repr_html_()
    assert f"{_R}–</td>{_R}–</td>{_R}–</td>{_R}–</td>{_R}3,500</td>" in published


def test_results_are_frozen_and_hashable() -> None:
    result = ikm(_two())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.ikm = Decimal(100)  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.nrr["A"] = Decimal(1)  # type: ignore[index]
    assert hash(result) == hash(ikm(_two()))
    assert hash(_two()) == hash(_two())


def test_result_validation() -> None:
    good = ikm(_two())
    with pytest.raises(InvalidInputError, match="band"):
        attrs.evolve(good, band=lkjcalc.scales.LKJ_ORDINAL.bands[0])
    with pytest.raises(InvalidInputError, match="element codes"):
        attrs.evolve(good, nrr={"A": 1})
    assert isinstance(attrs.evolve(good, respondents=None), IkmResult)
    with pytest.raises(InvalidTypeError, match="options"):
        attrs.evolve(good, options="exact")
    with pytest.raises(InvalidTypeError, match="scale"):
        attrs.evolve(good.options, scale="IKM_2017")
    with pytest.raises(InvalidTypeError, match="None or a mapping"):
        attrs.evolve(good, answered=[1, 1])
    # Regression (#7): a negative count of respondents or answers was accepted.
    with pytest.raises(InvalidInputError, match="respondents: got -1, expected a count >= 0"):
        attrs.evolve(good, respondents=-1)
    with pytest.raises(InvalidInputError, match=r"answered\['A'\]: got -1"):
        attrs.evolve(good, answered={"A": -1, "B": 1})


def test_a_survey_needs_a_count_of_respondents_at_least_zero() -> None:
    with pytest.raises(InvalidInputError, match="respondents: got -1, expected a count >= 0"):
        Survey(
            elements=ABC[:1],
            tallies=(ElementTally(code="A", score_sum=0, answered=0),),
            respondents=-1,
        )


# ----------------------------------------------------------------------------- sample size

KREJCIE_MORGAN = [
    # Krejcie & Morgan (1970), Table 1 (N, S); domain.md §4.5 (15 → 14, 800 → 260, 10^6 → 384).
    (10, 10),
    (15, 14),
    (20, 19),
    (50, 44),
    (100, 80),
    (110, 86),
    (140, 103),
    (220, 140),
    (250, 152),
    (500, 217),
    (800, 260),
    (1200, 291),
    (1500, 306),
    (2800, 338),
    (9000, 368),  # the article's worked example: 9000 teachers → 368
    (1_000_000, 384),
]


@pytest.mark.parametrize(("population", "sample"), KREJCIE_MORGAN)
def test_krejcie_morgan_table(population: int, sample: int) -> None:
    assert minimum_sample_size(population) == sample


def test_sample_size_is_the_formula_rounded_to_nearest() -> None:
    # s(15) = 14.47…: rounding up would give 15, not the table's 14.
    assert minimum_sample_size(15) == 14
    # The formula gives 382.6 → 383 for N = 100,000 (copies of Table 1 print 384 there);
    # lkjcalc follows the formula (domain.md §4.5).
    assert minimum_sample_size(100_000) == 383
    assert minimum_sample_size(1) == 1
    assert minimum_sample_size(10**12) == 384


@pytest.mark.parametrize("population", [0, -5, 2.5, True, "1e3", None])
def test_invalid_population(population: object) -> None:
    with pytest.raises(InvalidInputError):
        minimum_sample_size(population)  # type: ignore[arg-type]


@given(st.integers(min_value=1, max_value=10**7))
def test_sample_size_laws(population: int) -> None:
    sample = minimum_sample_size(population)
    assert 1 <= sample <= min(population, 384)
    assert minimum_sample_size(population + 1) >= sample


# ----------------------------------------------------------------------------- laws


def surveys_rows() -> st.SearchStrategy[list[tuple[int | None, ...]]]:
    """Rows of answers (with blanks) for the elements A, B and C."""
    return survey_rows(ABC, max_size=12)


def answered_rows(rows: list[tuple[int | None, ...]]) -> bool:
    return bool(rows) and all(any(v is not None for v in col) for col in zip(*rows, strict=True))


@given(surveys_rows(), st.sampled_from([None, "custom"]))
def test_ikm_between_25_and_100(rows: list[tuple[int | None, ...]], weights: str | None) -> None:
    assume(answered_rows(rows))
    custom = {"A": "0.5", "B": "0.3", "C": "0.2"} if weights else None
    result = ikm(Survey.from_responses(rows, elements=ABC), weights=custom)
    assert Decimal(25) <= result.ikm <= Decimal(100)
    assert Decimal(1) <= result.index <= Decimal(4)


@given(st.integers(min_value=1, max_value=15), st.integers(min_value=1, max_value=20))
def test_all_four_gives_exactly_100_and_all_one_exactly_25(k: int, n: int) -> None:
    elements = tuple(Element(code=f"E{i}") for i in range(k))
    top = ikm(Survey.from_columns({e.code: [4] * n for e in elements}, elements=elements))
    bottom = ikm(Survey.from_columns({e.code: [1] * n for e in elements}, elements=elements))
    assert top.ikm == Decimal(100)
    assert top.index == Decimal(4)
    assert bottom.ikm == Decimal(25)
    assert top.band.code == "A"
    assert bottom.band.code == "D"


@given(surveys_rows(), surveys_rows(), surveys_rows())
def test_merge_is_associative_and_commutative_with_identity(
    a: list[tuple[int | None, ...]],
    b: list[tuple[int | None, ...]],
    c: list[tuple[int | None, ...]],
) -> None:
    sa, sb, sc = (Survey.from_responses(rows, elements=ABC) for rows in (a, b, c))
    assert (sa + sb) + sc == sa + (sb + sc)
    assert sa + sb == sb + sa
    assert sa + Survey.empty(ABC) == sa == Survey.empty(ABC) + sa
    assert sa + sb == Survey.from_responses(a + b, elements=ABC)


@given(surveys_rows())
def test_rows_columns_and_totals_agree(rows: list[tuple[int | None, ...]]) -> None:
    from_rows = Survey.from_responses(rows, elements=ABC)
    columns = {e.code: [row[i] for row in rows] for i, e in enumerate(ABC)}
    assert Survey.from_columns(columns, elements=ABC) == from_rows
    as_float = {
        code: np.array([np.nan if v is None else v for v in col], dtype=float)
        for code, col in columns.items()
    }
    assert Survey.from_columns(as_float, elements=ABC) == from_rows
    assume(answered_rows(rows))
    sums = {
        e.code: (from_rows.tally(e.code).score_sum, from_rows.tally(e.code).answered) for e in ABC
    }
    from_totals = Survey.from_totals(sums, elements=ABC, respondents=len(rows))
    assert ikm(from_totals) == ikm(from_rows)


@given(surveys_rows(), st.randoms(use_true_random=False))
def test_permuting_questionnaires_changes_nothing(
    rows: list[tuple[int | None, ...]], rnd: object
) -> None:
    shuffled = list(rows)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert Survey.from_responses(shuffled, elements=ABC) == Survey.from_responses(
        rows, elements=ABC
    )


@given(st.integers(min_value=1, max_value=20), st.lists(st.integers(1, 4), min_size=1, max_size=20))
def test_exact_weights_sum_to_one(k: int, scores: list[int]) -> None:
    elements = tuple(Element(code=f"E{i}") for i in range(k))
    result = ikm(Survey.from_columns({e.code: scores for e in elements}, elements=elements))
    weights = sum((Fraction(w) for w in result.weights.values()), Fraction(0))
    assert abs(weights - 1) < Fraction(1, 10**20)
    weighted = sum((Fraction(w) for w in result.weighted_nrr.values()), Fraction(0))
    assert abs(weighted - Fraction(result.index)) < Fraction(1, 10**20)
    # Every element averages the same, so the index is that average (to 20 places).
    assert abs(Fraction(result.index) - Fraction(sum(scores), len(scores))) < Fraction(1, 10**20)


@given(surveys_rows(), st.data())
def test_raising_one_answer_never_lowers_the_ikm(
    rows: list[tuple[int | None, ...]], data: st.DataObject
) -> None:
    assume(answered_rows(rows))
    raisable = [
        (r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if v is not None and v < 4
    ]
    assume(raisable)
    r, c = data.draw(st.sampled_from(raisable))
    raised = [list(row) for row in rows]
    raised[r][c] += 1  # type: ignore[operator]
    before = ikm(Survey.from_responses(rows, elements=ABC))
    after = ikm(Survey.from_responses([tuple(row) for row in raised], elements=ABC))
    assert after.ikm > before.ikm
    for places in (None, 1):
        lo = ikm(
            Survey.from_responses(rows, elements=ABC), nrr_places=places, rounding=Rounding.DOWN
        )
        hi = ikm(
            Survey.from_responses([tuple(row) for row in raised], elements=ABC),
            nrr_places=places,
            rounding=Rounding.DOWN,
        )
        assert hi.ikm >= lo.ikm


@given(surveys_rows(), st.integers(min_value=0, max_value=4))
def test_truncating_never_exceeds_rounding_half_up(
    rows: list[tuple[int | None, ...]], places: int
) -> None:
    assume(answered_rows(rows))
    survey = Survey.from_responses(rows, elements=ABC)
    down = ikm(
        survey,
        nrr_places=places,
        weighted_places=places,
        index_places=places,
        rounding=Rounding.DOWN,
    )
    up = ikm(survey, nrr_places=places, weighted_places=places, index_places=places)
    exact = ikm(survey)
    assert down.ikm <= exact.ikm + Decimal("1e-30")
    assert down.ikm <= up.ikm
    assert abs(up.index - exact.index) <= Decimal(3) * Decimal(10) ** -places


# ----------------------------------------------------------------------------- counting internals

_SCORE_EXPECTED = "expected a score 1, 2, 3 or 4, or a blank (None, NaN or pandas.NA)"


def test_score_error_names_the_answer_and_its_kind() -> None:
    from lkjcalc.survey._counting import score_error

    error = score_error(True, "A[0]")
    assert type(error) is InvalidTypeError
    assert str(error) == f"A[0]: got True, {_SCORE_EXPECTED}"
    error = score_error(7, "A[1]")
    assert type(error) is InvalidInputError
    assert str(error) == f"A[1]: got 7, {_SCORE_EXPECTED}"


def test_a_column_that_is_not_a_sequence_is_refused_by_name() -> None:
    from lkjcalc.survey._counting import tally_column

    with pytest.raises(InvalidTypeError) as caught:
        tally_column(42, "B")
    assert str(caught.value) == "B: got 42, expected a column of answers"


def test_a_column_read_through_its_tolist() -> None:
    from lkjcalc.survey._counting import tally_column

    class Column:  # not iterable: only its tolist() gives the answers
        def tolist(self) -> list[object]:
            return [1, 2, None, 4, 4]

    assert tally_column(Column(), "A") == ([1, 1, 1, 0, 2], 5)


def test_the_float64_tables_map_each_byte() -> None:
    from lkjcalc.survey._counting import _float64_table

    table = _float64_table({0: 5, 255: 7}, 9)
    assert table == bytes([5, *[9] * 254, 7])


@pytest.mark.parametrize("typecode", ["b", "h", "i", "q"])
def test_integer_buffers_take_the_fast_path(typecode: str) -> None:
    from lkjcalc.survey._counting import _count_buffer

    view = memoryview(array.array(typecode, [1, 2, 2, 3, 3, 3, 4, 4, 4, 4]))
    assert _count_buffer(view, typecode) == [0, 1, 2, 3, 4]
    assert _count_buffer(memoryview(array.array(typecode, [1, 5])), typecode) is None
    if typecode != "b":  # a score in the low byte, but another byte set
        assert _count_buffer(memoryview(array.array(typecode, [1, 256 + 1])), typecode) is None


def test_float64_buffers_take_the_fast_path() -> None:
    from lkjcalc.survey._counting import _count_buffer

    nan = float("nan")
    values = [4.0, 3.0, nan, 2.0, 1.0, 4.0, 3.0, 2.0, 4.0, 3.0, 4.0, nan]
    assert _count_buffer(memoryview(array.array("d", values)), "d") == [2, 1, 2, 3, 4]
    assert _count_buffer(memoryview(array.array("d", [1.0, 1.5])), "d") is None
    assert _count_buffer(memoryview(array.array("d", [1.0, 5.0])), "d") is None
    assert _count_buffer(memoryview(array.array("f", [1.0])), "f") is None


_AB = (Element(code="A", name="Alpha"), Element(code="B", name="Beta"))
_IKM_SCALE = "IKM 80 on IKM quality, PermenPANRB 14/2017"


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        (
            {"nrr": {"B": 3, "A": 3}},
            InvalidInputError,
            "nrr: got ['B', 'A'], expected the element codes ['A', 'B'], in order",
        ),
        (
            {"weights": {"A": "0.5"}},
            InvalidInputError,
            "weights: got ['A'], expected the element codes ['A', 'B'], in order",
        ),
        (
            {"weighted_nrr": {"B": 1, "A": 2}},
            InvalidInputError,
            "weighted_nrr: got ['B', 'A'], expected the element codes ['A', 'B'], in order",
        ),
        (
            {"answered": {"A": 1}},
            InvalidInputError,
            "answered: got ['A'], expected the element codes ['A', 'B'], in order",
        ),
        (
            {"answered": {"A": -1, "B": 2}},
            InvalidInputError,
            "answered['A']: got -1, expected a count >= 0",
        ),
        (
            {"answered": {"A": 1.5, "B": 2}},
            InvalidInputError,
            "answered['A']: got 1.5, expected a whole number",
        ),
        ({"answered": 5}, InvalidTypeError, "answered: got 5, expected None or a mapping"),
        ({"respondents": -1}, InvalidInputError, "respondents: got -1, expected a count >= 0"),
        ({"options": "x"}, InvalidTypeError, "options: got 'x', expected IkmOptions"),
        (
            {"band": IKM_2004.bands[0]},
            InvalidInputError,
            f"band: got 'A', expected the band of {_IKM_SCALE}: B",
        ),
        ({"band": "x"}, InvalidInputError, f"band: got 'x', expected the band of {_IKM_SCALE}: B"),
    ],
)
def test_a_result_must_agree_with_itself(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    result = ikm_from_nrr({"A": "3.4", "B": "3"}, elements=_AB)
    with pytest.raises(error) as info:
        attrs.evolve(result, **changes)
    assert type(info.value) is error
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"scale": "x"}, InvalidTypeError, "scale: got 'x', expected a Scale (lkjcalc.scales)"),
        (
            {"rounding": "x"},
            InvalidTypeError,
            (
                "rounding: got 'x', expected one of Rounding.HALF_UP, Rounding.DOWN "
                "(or 'half_up', 'down')"
            ),
        ),
        ({"nrr_places": 41}, InvalidInputError, "nrr_places: got 41, expected 0 to 40 decimals"),
        (
            {"weights": 0},
            InvalidInputError,
            "weights: got 0, expected a printed weight > 0 and <= 1",
        ),
    ],
)
def test_ikm_options_are_checked_when_built(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        IkmOptions(**changes)  # type: ignore[arg-type]
    assert type(info.value) is error
    assert str(info.value) == message


def test_a_result_carries_its_options() -> None:
    options = IkmOptions(weights="0.111", weighted_places=2, rounding=Rounding.DOWN)
    result = ikm_from_nrr(
        dict.fromkeys(("A", "B"), "3.4"),
        weights="0.111",
        weighted_places=2,
        rounding=Rounding.DOWN,
    )
    assert result.options == options
    assert (result.weighting, result.weighted_places, result.rounding) == (
        Weighting.UNIFORM,
        2,
        Rounding.DOWN,
    )
    assert (result.nrr_places, result.index_places, result.scale) == (None, None, IKM_2017)


def test_exact_fraction_weights_are_kept_exact() -> None:
    from fractions import Fraction

    weights = {"A": Fraction(1, 3), "B": Fraction(2, 3)}
    # 3 × 1/3 + 4 × 2/3 = 11/3 exactly; × 25 = 91.666… (one conversion, 40 digits)
    result = ikm_from_nrr({"A": 3, "B": 4}, weights=weights)
    assert result.ikm == Decimal("91.66666666666666666666666666666666666667")
    assert result.weighting is Weighting.CUSTOM
    assert ikm_from_nrr({"A": 3, "B": 3}, weights=weights).ikm == Decimal(75)


def test_a_result_keeps_its_answered_counts() -> None:
    result = ikm_from_nrr({"A": "3.4", "B": "3"}, elements=_AB)
    answered = attrs.evolve(result, answered={"A": 2, "B": 3.0}).answered
    assert answered is not None
    assert dict(answered) == {"A": 2, "B": 3}
    assert [type(count) for count in answered.values()] == [int, int]


_PLAIN = "expected a plain decimal string such as '12143000.00' (sign, ASCII digits, optional point; no spaces, grouping or exponent)"  # noqa: E501


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ElementTally(code="A", answered=2, score_sum=5, counts=(3, -1, 0, 0)),
            InvalidInputError,
            "counts: got (3, -1, 0, 0), expected counts >= 0",
        ),
        (
            lambda: ElementTally.from_counts("A", None, 0),  # type: ignore[arg-type]
            InvalidTypeError,
            "counts: got None, expected 4 counts (answers scoring 1, 2, 3, 4)",
        ),
        (
            lambda: attrs.evolve(_TOTALS, tallies=tuple(reversed(_TOTALS.tallies))),
            InvalidInputError,
            "tallies: got ('B', 'A'), expected one tally per element, in the elements' order",
        ),
        (
            lambda: attrs.evolve(_TOTALS, respondents=-1),
            InvalidInputError,
            "respondents: got -1, expected a count >= 0",
        ),
        (
            lambda: attrs.evolve(_TOTALS, respondents=3),
            InvalidInputError,
            "respondents: got 3, expected answered + blank of every element (A: 2 + 0)",
        ),
        (
            lambda: Survey.from_totals({"A": ("x", 2), "B": (6, 2)}, respondents=2, elements=_AB),
            InvalidInputError,
            f"totals['A'][0]: got 'x', {_PLAIN}",
        ),
        (
            lambda: Survey.from_totals({"A": (5, "y"), "B": (6, 2)}, respondents=2, elements=_AB),
            InvalidInputError,
            f"totals['A'][1]: got 'y', {_PLAIN}",
        ),
        (
            lambda: ikm_from_nrr({1: 3}, elements=_AB),
            InvalidTypeError,
            "nrr: got 1, expected element codes (str)",
        ),
        (
            lambda: ikm_from_nrr({"A": "x", "B": 3}, elements=_AB),
            InvalidInputError,
            f"nrr['A']: got 'x', {_PLAIN}",
        ),
        (
            lambda: ikm_from_nrr({"A": 3, "B": 3}, elements=_AB, weights={"A": "x", "B": 1}),
            InvalidInputError,
            f"weights['A']: got 'x', {_PLAIN}",
        ),
        (
            lambda: Survey.empty(
                elements=[Element(code="A", name="a"), Element(code="A", name="b")]
            ),
            InvalidInputError,
            "elements: got ('A', 'A'), expected unique codes, repeated: ['A']",
        ),
        (
            lambda: ElementTally(code="A", answered=2, score_sum=5, counts=(0, "x", 1, 0)),
            InvalidInputError,
            f"counts[1]: got 'x', {_PLAIN}",
        ),
        (
            lambda: ElementTally(code="A", answered=2, score_sum=5, counts=(1, 0, 1, 0)),
            InvalidInputError,
            "counts: got (1, 0, 1, 0), expected counts adding up to answered=2 and score_sum=5",
        ),
        (lambda: _TOTALS.tally("Z"), InvalidInputError, "code: got 'Z', expected one of A, B"),
        (
            lambda: attrs.evolve(ikm_from_nrr({"A": 3, "B": 3}, elements=_AB), nrr=5),
            InvalidTypeError,
            "nrr: got 5, expected a mapping of element code",
        ),
        (
            lambda: attrs.evolve(ikm_from_nrr({"A": 3, "B": 3}, elements=_AB), nrr={"A": "x"}),
            InvalidInputError,
            f"nrr['A']: got 'x', {_PLAIN}",
        ),
    ],
)
def test_survey_messages(call: Callable[[], object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        call()
    assert type(info.value) is error
    assert str(info.value) == message


_TOTALS = Survey.from_totals({"A": (5, 2), "B": (6, 2)}, respondents=2, elements=_AB)
_ABCDE = tuple(Element(code=c, name=c.lower()) for c in "ABCDE")


def test_the_repr_lists_four_codes_and_four_blanks_at_most() -> None:
    four = Survey.from_responses([[None] * 4, [1, 2, 3, 4]], elements=_ABCDE[:4])
    assert repr(four) == (
        "<Survey: 2 respondents, 4 elements (A, B, C, D), 4 blanks (A 1, B 1, C 1, D 1)>"
    )
    five = Survey.from_responses([[None] * 5, [2, 3, 4, 1, 2]], elements=_ABCDE)
    assert repr(five) == (
        "<Survey: 2 respondents, 5 elements (A … E), 5 blanks (A 1, B 1, C 1, D 1 …)>"
    )


def test_the_html_of_an_element_nobody_answered() -> None:
    survey = Survey.from_responses([[None], [None]], elements=_ABCDE[:1])
    assert survey._repr_html_() == (
        "<table><caption>SKM: 2 responden</caption><thead><tr><th>Unsur</th><th>Nama</th>"
        "<th>Terisi</th><th>Kosong</th><th>1</th><th>2</th><th>3</th><th>4</th><th>NRR</th>"
        f"</tr></thead><tbody><tr><td>A</td><td>a</td>{_R}0</td>{_R}2</td>{_R}0</td>{_R}0</td>"
        f"{_R}0</td>{_R}0</td>{_R}–</td></tr></tbody></table>"
    )


def test_rounded_stages_keep_their_decimals() -> None:
    result = ikm_from_nrr({f"U{i}": "3.6" for i in range(1, 10)}, weighted_places=4, index_places=4)
    assert str(result.weighted_nrr["U1"]) == "0.4000"
    assert str(result.index) == "3.6000"
    assert (result.weighted_places, result.index_places) == (4, 4)


def test_a_result_from_a_survey_keeps_its_counts() -> None:
    survey = Survey.from_responses([[1, None], [2, 3]], elements=_AB)
    result = ikm(survey)
    assert result.answered == {"A": 2, "B": 1}
    assert result.respondents == 2


def test_a_printed_uniform_weight_may_be_one() -> None:
    assert ikm_from_nrr({"A": 3, "B": 3}, elements=_AB, weights=1).ikm == 150


def test_rounding_goes_away_from_zero_below_zero_too() -> None:
    from lkjcalc._display import plain
    from lkjcalc._numeric import quantize

    assert quantize(Fraction(-3, 2), 0, Rounding.HALF_UP) == -2
    assert quantize(Fraction(-7, 4), 0, Rounding.DOWN) == -1
    assert plain(Fraction(34565, 10000), 3) == "3.457"


def test_elements_are_numbered_from_u1() -> None:
    from lkjcalc.survey._elements import _elements

    assert _elements("Alpha", "Beta") == (
        Element(code="U1", name="Alpha"),
        Element(code="U2", name="Beta"),
    )


def test_plain_lists_are_counted_without_reading_each_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lkjcalc.survey import _counting

    def one_by_one(values: object, field: str) -> list[int]:
        raise AssertionError(f"{field} was read answer by answer")

    monkeypatch.setattr(_counting, "_tally_one_by_one", one_by_one)
    nan = float("nan")
    count = _counting.tally_values
    assert count([1, 2, 2, 3, 4, None], "A") == [1, 1, 2, 1, 1]
    assert count([4, 4, 3], "B") == [0, 0, 0, 1, 2]
    assert count([1.0, 4.0, nan, 3.0, 2.0, 2.0], "C") == [1, 1, 2, 1, 1]
    assert count([1.0, None, nan, 4.0], "D") == [2, 1, 0, 0, 1]
    assert count([1, 2.0, None, 3, 4.0], "E") == [1, 1, 1, 1, 1]


def test_a_text_is_not_a_column() -> None:
    from lkjcalc.survey._counting import tally_column

    with pytest.raises(InvalidTypeError) as info:
        tally_column("44", "A")
    assert str(info.value) == "A: got '44', expected a column of answers (a list, tuple or array)"


def test_score_of_each_kind_of_answer() -> None:
    from lkjcalc.survey._counting import score

    assert [score(v) for v in (1, 4, 0, 5, -1, True)] == [1, 4, -1, -1, -1, -1]
    assert [score(v) for v in (1.0, 2.0, 3.0, 4.0, 2.5, 5.0, float("nan"))] == [
        1,
        2,
        3,
        4,
        -1,
        -1,
        0,
    ]
    assert [score(v) for v in (np.float64(2.0), np.float32("nan"), np.int8(3))] == [2, 0, 3]
    assert [score(Decimal(v)) for v in (1, 4, 0, 5, 7, -1)] == [1, 4, -1, -1, -1, -1]
    assert [score(v) for v in (None, pd.NA, "3", "x", Decimal("2.5"))] == [0, 0, 3, -1, -1]


def test_a_result_from_published_nrr_shows_no_counts() -> None:
    result = ikm_from_nrr({"A": "3.4", "B": "3"}, elements=_AB)
    settings = (
        "exact weights 1/2 (sum 1); no intermediate rounding; IKM = index × 25; "
        "graded on IKM quality, PermenPANRB 14/2017"
    )
    assert repr(result) == f"<IkmResult: IKM 80.00 (B Baik), index 3.2000; {settings}>"
    assert result._repr_html_() == (
        f"<table><caption>IKM: {settings}</caption><thead><tr><th>Unsur</th><th>Nama</th>"
        "<th>Terisi</th><th>NRR</th><th>NRR tertimbang</th></tr></thead><tbody>"
        f"<tr><td>A</td><td>Alpha</td>{_R}–</td>{_R}3,400</td>{_R}1,7000</td></tr>"
        f"<tr><td>B</td><td>Beta</td>{_R}–</td>{_R}3,000</td>{_R}1,5000</td></tr></tbody><tfoot>"
        f"<tr><th colspan='4'>Indeks (jumlah NRR tertimbang)</th>{_R}3,2000</td></tr>"
        f"<tr><th colspan='4'>IKM (indeks × 25)</th>{_R}80,00</td></tr>"
        "<tr><th colspan='4'>Mutu pelayanan</th><td>B (Baik)</td></tr></tfoot></table>"
    )
    assert type(attrs.evolve(result, elements=list(_AB)).elements) is tuple
    assert attrs.evolve(result, answered={"A": 0, "B": 0}).answered == {"A": 0, "B": 0}


def test_numeric_columns_are_counted_through_their_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    from lkjcalc.survey import _counting

    def general(values: object, field: str) -> list[int]:
        raise AssertionError(f"{field} was not counted through its buffer")

    monkeypatch.setattr(_counting, "tally_values", general)
    monkeypatch.setattr(_counting, "_tally_one_by_one", general)
    tally = _counting.tally_column
    assert tally(pd.Series([1, 2, 2, 4]), "A") == ([0, 1, 2, 0, 1], 4)
    assert tally(pd.Series([1.0, None, 3.0]), "B") == ([1, 1, 0, 1, 0], 3)
    assert tally(np.array([4, 4, 3], dtype=np.int8), "C") == ([0, 0, 0, 1, 2], 3)
    with pytest.raises(InvalidInputError) as info:
        tally(np.zeros((2, 2)), "D")
    assert str(info.value) == "D: got (2, 2), expected a one-dimensional column"


def test_big_endian_buffers_are_read_from_their_low_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    # The machine's byte order is read once; a big-endian one is simulated with swapped bytes.
    from lkjcalc.survey import _counting

    monkeypatch.setattr(_counting, "_LITTLE", False)
    ints = array.array("h", [1, 2, 2, 3, 4])
    ints.byteswap()
    assert _counting._count_int_chunk(ints.tobytes(), width=2) == [0, 1, 2, 1, 1]
    wide = array.array("q", [4, 3])
    wide.byteswap()
    assert _counting._count_int_chunk(wide.tobytes(), width=8) == [0, 0, 0, 1, 1]
    floats = array.array("d", [1.0, 2.0, float("nan"), 4.0, 3.0, 3.0])
    floats.byteswap()
    assert _counting._count_float64_chunk(floats.tobytes()) == [1, 1, 1, 2, 1]


def test_ikm_from_index_is_deprecated_for_index_to_ikm() -> None:
    with pytest.warns(DeprecationWarning, match="index_to_ikm") as caught:
        assert lkjcalc.ikm_from_index("3.400") == index_to_ikm("3.400") == Decimal("85.000")
    [warning] = caught
    assert str(warning.message) == (
        "lkjcalc.ikm_from_index is deprecated since 0.2; use lkjcalc.index_to_ikm (a conversion "
        "returns a Decimal, the ikm* functions return an IkmResult)"
    )
    assert points_at_caller(warning.filename, __file__)  # the warning points at the caller


def test_ikm_options_take_the_rounding_by_its_value_string() -> None:
    assert IkmOptions(rounding="down").rounding is Rounding.DOWN
    table = ikm_from_nrr({"A": "3.456", "B": "3.456"}, nrr_places=2, rounding="DOWN")
    assert table.nrr["A"] == Decimal("3.45")


def test_options_and_results_name_the_field_of_a_bad_map_or_method() -> None:
    repeated = pd.Series([1, 2], index=["U1", "U1"])
    check_message(
        lambda: attrs.evolve(ikm_from_nrr({"U1": 3}), answered=repeated),
        InvalidInputError,
        "answered: got 'U1', expected each key once (a Series with a unique index)",
    )
    check_message(
        lambda: IkmOptions(weights=pd.Series(["0.5", "0.5"], index=["U1", "U1"])),
        InvalidInputError,
        "weights: got 'U1', expected each key once (a Series with a unique index)",
    )
    with pytest.raises(InvalidInputError) as info:
        IkmOptions(combination="x")
    assert (info.value.field, info.value.value) == ("combination", "x")


# ----------------------------------------------------------------------------- v0.2 hardening
# Shapes analysts pass from numpy and pandas (issue 12): each is read correctly or refused with
# an error that names the column, the element or the argument.

_NINE = [e.code for e in lkjcalc.ELEMENTS_2017]


def test_masked_answers_are_blanks() -> None:
    # numpy's masked array marks missing values: a masked answer is a blank (domain.md §4.4), not
    # the score its buffer happens to hold underneath.
    masked = np.ma.masked_array([4, 3, 2, 1], mask=[0, 1, 0, 1])
    survey = Survey.from_columns({"A": masked, "B": [4, 3, 2, 1], "C": [4] * 4}, elements=ABC)
    assert survey.tally("A").counts == (0, 1, 0, 1)
    assert survey.blank == {"A": 2, "B": 0, "C": 0}
    unmasked = np.ma.masked_array([4.0, 3.0, 2.0, 1.0])  # no mask: every answer counts
    assert Survey.from_columns({"A": unmasked, "B": [4] * 4, "C": [4] * 4}, elements=ABC).tally(
        "A"
    ).counts == (1, 1, 1, 1)
    rows = np.ma.masked_array([[4, 3, 2], [1, 2, 3]], mask=[[0, 1, 0], [0, 0, 0]])
    by_rows = Survey.from_responses(list(rows), elements=ABC)
    assert by_rows.blank == {"A": 0, "B": 1, "C": 0}
    bad = np.ma.masked_array([4, 5], mask=[1, 0])
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns({"A": bad, "B": [4, 4], "C": [4, 4]}, elements=ABC)
    assert info.value.field == "columns['A'][1]"


@pytest.mark.parametrize("column", [{4, 3}, frozenset({4, 3}), {4: 1}.keys()])
def test_a_set_is_not_a_column(column: object) -> None:
    # A set has no order and holds each answer once: {4, 4, 3} would lose an answer.
    with pytest.raises(InvalidTypeError) as info:
        Survey.from_columns({"A": column, "B": [4, 4], "C": [4, 4]}, elements=ABC)
    assert info.value.field == "columns['A']"


def test_a_set_of_rows_or_a_set_row_is_refused() -> None:
    with pytest.raises(InvalidTypeError) as info:
        Survey.from_responses({(4, 4, 4), (3, 3, 3)}, elements=ABC)
    assert info.value.field == "rows"
    with pytest.raises(InvalidTypeError) as info:
        Survey.from_responses([(4, 4, 4), {4, 3, 2}], elements=ABC)
    assert info.value.field == "rows[1]"


def test_a_float16_column_is_counted() -> None:
    column = np.array([4, 3, np.nan, 1], dtype=np.float16)
    survey = Survey.from_columns({"A": column, "B": [4] * 4, "C": [4] * 4}, elements=ABC)
    assert survey.tally("A").counts == (1, 0, 1, 1)
    assert survey.blank["A"] == 1
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns(
            {"A": np.array([4, 2.5], dtype=np.float16), "B": [4, 4], "C": [4, 4]}, elements=ABC
        )
    assert info.value.field == "columns['A'][1]"


@pytest.mark.parametrize(
    "column",
    [
        np.array(["2024-01-01", "2024-01-02"], dtype="datetime64[D]"),
        np.array([1, 2], dtype="timedelta64[s]"),
        np.array([4 + 0j, 3 + 0j]),
        np.array(["4 ", "3"]),  # "4" would be a plain decimal string, "4 " is not
    ],
)
def test_a_column_of_other_kinds_is_refused(column: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns({"A": column, "B": [4, 4], "C": [4, 4]}, elements=ABC)
    assert info.value.field == "columns['A'][0]"


def test_a_2d_float16_array_is_not_a_column() -> None:
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns(
            {"A": np.ones((2, 2), dtype=np.float16), "B": [4, 4], "C": [4, 4]}, elements=ABC
        )
    assert info.value.field == "columns['A']"


def test_totals_beyond_printing_are_refused_with_a_message() -> None:
    # An int of 5000 digits cannot be printed by Python (4300 at most): a count has at most 3800.
    with pytest.raises(InvalidInputError) as info:
        Survey.from_totals({"A": (17, 10**5000), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    assert str(info.value) == (
        "totals['A'][1]: got <int too long to print>, expected a whole number of at most "
        "3800 digits"
    )
    with pytest.raises(InvalidInputError) as info:
        Survey.from_totals({"A": (10**5000, 5), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    assert str(info.value).startswith("totals['A'][0]: got <int too long to print>")
    big = 10**3799  # 3800 digits: a count still
    survey = Survey.from_totals({"A": (4 * big, big), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    assert survey.respondents == big
    assert repr(survey)  # printable
    with pytest.raises(InvalidInputError) as info:
        Survey.from_totals({"A": (4, 1), "B": (4, 1), "C": (4, 1)}, elements=ABC, respondents=0)
    assert info.value.field == "respondents"


def test_an_answered_count_below_zero_names_the_element() -> None:
    with pytest.raises(InvalidInputError) as info:
        Survey.from_totals({"A": (4, -1), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    assert str(info.value) == "totals['A'][1]: got -1, expected a count >= 0"


def test_sum_of_surveys() -> None:
    # domain.md §8 (v0.2): 0 + survey is survey, so sum() aggregates shards.
    one = Survey.from_responses([(4, 3, 3)], elements=ABC)
    two = Survey.from_responses([(3, 3, 4), (4, None, 4)], elements=ABC)
    assert (0 + one) is one
    assert sum([one, two]) == one + two
    assert sum([one]) is one
    with pytest.raises(TypeError):
        1 + one  # type: ignore[operator]
    with pytest.raises(TypeError):
        False + one  # type: ignore[operator]


def test_pandas_series_where_a_mapping_is_taken() -> None:
    # domain.md §0 (v0.2): anything with .items() is a mapping: ikm_from_nrr(df[codes].mean()).
    frame = pd.DataFrame({code: [4, 3, 3, 4] for code in _NINE})
    nrr = frame[_NINE].mean()
    assert ikm_from_nrr(nrr) == ikm_from_nrr(dict(nrr.items()))
    assert ikm_from_nrr(nrr).ikm == Decimal("87.5")
    weights = pd.Series({code: Fraction(1, 9) for code in _NINE})
    survey = Survey.from_columns(frame)
    assert ikm(survey, weights=weights).weighting is Weighting.CUSTOM
    assert ikm(survey, weights=weights).ikm == ikm(survey).ikm == Decimal("87.5")
    totals = pd.Series(dict.fromkeys(_NINE, (14, 4)))
    assert Survey.from_totals(totals).tallies == Survey.from_totals(dict(totals.items())).tallies
    rows = [row for _, row in frame.iterrows()]  # a row is a Series: keyed by code, not position
    assert Survey.from_responses(rows) == survey
    shuffled = [row[list(reversed(_NINE))] for row in rows]
    assert Survey.from_responses(shuffled) == survey


def test_a_series_with_a_repeated_index_is_refused() -> None:
    nrr = pd.Series([3.4, 3.5], index=["U1", "U1"])
    with pytest.raises(InvalidInputError) as info:
        ikm_from_nrr(nrr)
    assert str(info.value).startswith("nrr: got 'U1', expected each key once")


def test_a_weight_for_no_element_does_not_speak_of_columns() -> None:
    weights = {"A": Fraction(1, 2), "B": Fraction(1, 2), "C": 0}
    survey = Survey.from_responses([(4, 3)], elements=ABC[:2])
    with pytest.raises(InvalidInputError) as info:
        ikm(survey, weights=weights)
    assert "columns" not in str(info.value)
    assert str(info.value) == "weights['C']: got 0, expected a weight > 0"
    with pytest.raises(InvalidInputError) as info:
        ikm(survey, weights={"A": Fraction(1, 2), "B": Fraction(1, 4), "C": Fraction(1, 4)})
    assert str(info.value) == "weights: got 'C', expected element codes only (A, B)"


def test_places_may_be_numpy_integers() -> None:
    survey = Survey.from_totals({"A": (10, 3), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    options = IkmOptions(
        nrr_places=np.int64(2), weighted_places=np.int8(3), index_places=np.uint8(2)
    )
    assert (options.nrr_places, options.weighted_places, options.index_places) == (2, 3, 2)
    assert type(options.nrr_places) is int
    assert ikm(survey, nrr_places=np.int64(2)) == ikm(survey, nrr_places=2)


@pytest.mark.parametrize("rounding", ["down", "DOWN", " Down "])
def test_rounding_by_its_value_string(rounding: str) -> None:
    survey = Survey.from_totals({"A": (10, 3), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    assert ikm(survey, nrr_places=2, rounding=rounding).rounding is Rounding.DOWN


def test_ikm_result_is_a_value() -> None:
    import copy
    import pickle

    weights = {"A": Fraction(1, 6), "B": Fraction(1, 3), "C": Fraction(1, 2)}
    survey = Survey.from_totals({"A": (10, 3), "B": (4, 1), "C": (4, 1)}, elements=ABC)
    result = ikm(survey, weights=weights)
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 - our own object
    assert copy.deepcopy(result) == result
    assert hash(copy.deepcopy(result)) == hash(result)
    assert result.nrr == {"A": result.nrr["A"], "B": Decimal(4), "C": Decimal(4)}
    with pytest.raises(TypeError):
        result.nrr["A"] = Decimal(1)  # type: ignore[index]


@pytest.mark.parametrize(
    ("codes", "error"),
    [(("U1", "U1"), InvalidInputError), ((), InvalidTypeError), (["U1"], InvalidTypeError)],
)
def test_weights_for_takes_distinct_codes(codes: object, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        IkmOptions().weights_for(codes)  # type: ignore[arg-type]
    assert info.value.field == "codes"  # type: ignore[attr-defined]


@pytest.mark.parametrize("count", [0, -1, 1.5, "x"])
def test_describe_takes_a_count_of_elements(count: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        IkmOptions().describe(count)  # type: ignore[arg-type]
    assert info.value.field == "count"
