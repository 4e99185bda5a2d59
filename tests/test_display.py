"""What objects show in a terminal and in a notebook: exact text of every repr and HTML table.

The figures in these tables are the ones a report copies, so each cell is checked, not just found.
Survey (A, B, C): NRR A = (4 + 4 + 1) / 3 = 3, B = (3 + 4 + 2) / 3 = 3, C = (4 + 3) / 2 = 3.5 (one
blank); index = (3 + 3 + 3.5) / 3 = 3.1667, IKM = 79.17, grade B.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lkjcalc import (
    Indicator,
    PerformanceBudget,
    Rounding,
    Survey,
    Target,
    ikm,
)
from lkjcalc.survey import Element

ABC = (
    Element(code="A", name="Alpha"),
    Element(code="B", name="Beta"),
    Element(code="C", name="Gamma"),
)
SURVEY = Survey.from_responses([(4, 3, None), (4, 4, 4), (1, 2, 3)], elements=ABC)
TOTALS = Survey.from_totals({"A": (7, 2), "B": (8, 2), "C": (3, 1)}, elements=ABC)
EXACT = ikm(SURVEY)
UNIFORM = ikm(SURVEY, weights="0.333", nrr_places=2, index_places=2)
CUSTOM = ikm(
    SURVEY,
    weights={"A": "0.5", "B": "0.25", "C": "0.25"},
    weighted_places=3,
    rounding=Rounding.DOWN,
)
ROW = PerformanceBudget(
    indicator=Indicator(name="SKM <x>", unit="%"),
    target=85,
    realization="80.5",
    allocation=1000,
    budget_realization=900,
)
UNDEFINED = PerformanceBudget(
    indicator=Indicator(name="SKM"),
    target=Target.between(80, 90),
    realization="80.5",
    allocation=0,
    budget_realization=0,
)
NINE = Survey.from_responses([(4,) * 9, (None,) * 9])

SURVEY_HTML = (
    "<table><caption>SKM: 3 responden</caption><thead><tr><th>Unsur</th><th>Nama</th>"
    "<th>Terisi</th><th>Kosong</th><th>1</th><th>2</th><th>3</th><th>4</th>"
    "<th>NRR</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td><td>3</td><td>0</td>"
    "<td>1</td><td>0</td><td>0</td><td>2</td><td>3.000</td></tr><tr><td>B</td>"
    "<td>Beta</td><td>3</td><td>0</td><td>0</td><td>1</td><td>1</td><td>1</td>"
    "<td>3.000</td></tr><tr><td>C</td><td>Gamma</td><td>2</td><td>1</td><td>0</td>"
    "<td>0</td><td>1</td><td>1</td><td>3.500</td></tr></tbody></table>"
)

SURVEY_REPR = "<Survey: 3 respondents, 3 elements (A, B, C), 1 blank (C 1)>"

TOTALS_HTML = (
    "<table><caption>SKM: 2 responden</caption><thead><tr><th>Unsur</th><th>Nama</th>"
    "<th>Terisi</th><th>Kosong</th><th>1</th><th>2</th><th>3</th><th>4</th>"
    "<th>NRR</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td><td>2</td><td>0</td>"
    "<td>–</td><td>–</td><td>–</td><td>–</td><td>3.500</td></tr><tr><td>B</td>"
    "<td>Beta</td><td>2</td><td>0</td><td>–</td><td>–</td><td>–</td><td>–</td>"
    "<td>4.000</td></tr><tr><td>C</td><td>Gamma</td><td>1</td><td>1</td><td>–</td>"
    "<td>–</td><td>–</td><td>–</td><td>3.000</td></tr></tbody></table>"
)

TOTALS_REPR = "<Survey: 2 respondents, 3 elements (A, B, C), 1 blank (C 1)>"

IKM_HTML = (
    "<table>"
    "<caption>IKM: exact weights 1/3 (sum 1); no intermediate rounding; IKM = index "
    "× 25; graded on IKM quality, PermenPANRB 14/2017</caption>"
    "<thead><tr><th>Unsur</th><th>Nama</th><th>Terisi</th><th>NRR</th>"
    "<th>NRR tertimbang</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td>"
    "<td>3</td><td>3.000</td><td>1.0000</td></tr><tr><td>B</td><td>Beta</td>"
    "<td>3</td><td>3.000</td><td>1.0000</td></tr><tr><td>C</td><td>Gamma</td>"
    "<td>2</td><td>3.500</td><td>1.1667</td></tr></tbody><tfoot><tr>"
    "<th colspan='4'>Indeks (jumlah NRR tertimbang)</th><td>3.1667</td></tr><tr>"
    "<th colspan='4'>IKM (indeks × 25)</th><td>79.17</td></tr><tr>"
    "<th colspan='4'>Mutu pelayanan</th><td>B (Baik)</td></tr></tfoot></table>"
)

IKM_REPR = (
    "<IkmResult: IKM 79.17 (B Baik), index 3.1667, 3 respondents; exact weights 1/3 "
    "(sum 1); no intermediate rounding; IKM = index × 25; graded on IKM quality, "
    "PermenPANRB 14/2017>"
)

UNIFORM_REPR = (
    "<IkmResult: IKM 79.00 (B Baik), index 3.1600, 3 respondents; uniform printed "
    "weight 0.333 (sum 0.999); NRR rounded half up to 2 places; index rounded half "
    "up to 2 places; IKM = index × 25; graded on IKM quality, PermenPANRB 14/2017>"
)

CUSTOM_REPR = (
    "<IkmResult: IKM 78.13 (B Baik), index 3.1250, 3 respondents; custom weights per "
    "element (sum 1); weighted NRR rounded down (truncated) to 3 places; IKM = index "
    "× 25; graded on IKM quality, PermenPANRB 14/2017>"
)

CUSTOM_HTML = (
    "<table>"
    "<caption>IKM: custom weights per element (sum 1); weighted NRR rounded down "
    "(truncated) to 3 places; IKM = index × 25; graded on IKM quality, PermenPANRB "
    "14/2017</caption>"
    "<thead><tr><th>Unsur</th><th>Nama</th><th>Terisi</th><th>NRR</th>"
    "<th>NRR tertimbang</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td>"
    "<td>3</td><td>3.000</td><td>1.5000</td></tr><tr><td>B</td><td>Beta</td>"
    "<td>3</td><td>3.000</td><td>0.7500</td></tr><tr><td>C</td><td>Gamma</td>"
    "<td>2</td><td>3.500</td><td>0.8750</td></tr></tbody><tfoot><tr>"
    "<th colspan='4'>Indeks (jumlah NRR tertimbang)</th><td>3.1250</td></tr><tr>"
    "<th colspan='4'>IKM (indeks × 25)</th><td>78.13</td></tr><tr>"
    "<th colspan='4'>Mutu pelayanan</th><td>B (Baik)</td></tr></tfoot></table>"
)

PB_REPR = (
    "<PerformanceBudget 'SKM <x>': target 85, realization 80.5, achievement 94.71%; "
    "allocation 1000.00, spent 900.00, absorption 90.00%; efficiency gap 4.71 pp, "
    "index 1.0523>"
)

PB_HTML = (
    "<table><tr><th rowspan='2'>Indikator</th><th colspan='3'>Kinerja</th>"
    "<th colspan='3'>Anggaran</th><th colspan='2'>Efisiensi</th></tr><tr>"
    "<th>Target</th><th>Realisasi</th><th>Capaian (%)</th><th>Alokasi (Rp)</th>"
    "<th>Realisasi (Rp)</th><th>Penyerapan (%)</th><th>Selisih (poin)</th>"
    "<th>Indeks</th></tr><tr><td>SKM &lt;x&gt;</td><td>85</td><td>80.5</td>"
    "<td>94.71</td><td>1000.00</td><td>900.00</td><td>90.00</td><td>4.71</td>"
    "<td>1.0523</td></tr></table>"
)

PB2_REPR = (
    "<PerformanceBudget 'SKM': target 80–90, realization 80.5, achievement 100.00%; "
    "allocation 0.00, spent 0.00, absorption undefined; efficiency gap undefined, "
    "index undefined>"
)

PB2_HTML = (
    "<table><tr><th rowspan='2'>Indikator</th><th colspan='3'>Kinerja</th>"
    "<th colspan='3'>Anggaran</th><th colspan='2'>Efisiensi</th></tr><tr>"
    "<th>Target</th><th>Realisasi</th><th>Capaian (%)</th><th>Alokasi (Rp)</th>"
    "<th>Realisasi (Rp)</th><th>Penyerapan (%)</th><th>Selisih (poin)</th>"
    "<th>Indeks</th></tr><tr><td>SKM</td><td>80–90</td><td>80.5</td><td>100.00</td>"
    "<td>0.00</td><td>0.00</td><td>undefined</td><td>undefined</td><td>undefined</td>"
    "</tr></table>"
)

BIG_REPR = "<Survey: 2 respondents, 9 elements (U1 … U9), 9 blanks (U1 1, U2 1, U3 1, U4 1 …)>"


@pytest.mark.parametrize(
    ("show", "expected"),
    [
        (SURVEY._repr_html_, SURVEY_HTML),
        (lambda: repr(SURVEY), SURVEY_REPR),
        (TOTALS._repr_html_, TOTALS_HTML),
        (lambda: repr(TOTALS), TOTALS_REPR),
        (EXACT._repr_html_, IKM_HTML),
        (lambda: repr(EXACT), IKM_REPR),
        (lambda: repr(UNIFORM), UNIFORM_REPR),
        (lambda: repr(CUSTOM), CUSTOM_REPR),
        (CUSTOM._repr_html_, CUSTOM_HTML),
        (lambda: repr(ROW), PB_REPR),
        (ROW._repr_html_, PB_HTML),
        (lambda: repr(UNDEFINED), PB2_REPR),
        (UNDEFINED._repr_html_, PB2_HTML),
        (lambda: repr(NINE), BIG_REPR),
    ],
    ids=[
        "survey-html",
        "survey-repr",
        "totals-html",
        "totals-repr",
        "ikm-html",
        "ikm-repr",
        "uniform-repr",
        "custom-repr",
        "custom-html",
        "budget-repr",
        "budget-html",
        "undefined-repr",
        "undefined-html",
        "nine-repr",
    ],
)
def test_display(show: Callable[[], str], expected: str) -> None:
    # Rendered inside the test, so that the run under test (or a mutant) does the rendering.
    assert show() == expected


def test_a_realization_of_zero_is_allowed() -> None:
    row = PerformanceBudget(
        indicator=Indicator(name="SKM"),
        target=85,
        realization=0,
        allocation=100,
        budget_realization=0,
    )
    assert row.achievement == 0
