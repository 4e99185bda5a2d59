"""What objects show in a terminal and in a notebook: exact text of every repr and HTML table.

Reprs keep Python's notation (a figure can be copied back into code); notebook tables have
Indonesian headers and print figures in Indonesian notation (``2,506``, ``85,03%``,
``Rp692.541.800,00``), through ``lkjcalc._display``.

The figures in these tables are the ones a report copies, so each cell is checked, not just found.
Survey (A, B, C): NRR A = (4 + 4 + 1) / 3 = 3, B = (3 + 4 + 2) / 3 = 3, C = (4 + 3) / 2 = 3.5 (one
blank); index = (3 + 3 + 3.5) / 3 = 3.1667, IKM = 79.17, grade B.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    Budget,
    BudgetLine,
    Finding,
    FindingKind,
    Indicator,
    PerformanceBudget,
    Rounding,
    Survey,
    Target,
    check_percentage,
    check_total,
    findings_html,
    ikm,
)
from lkjcalc._display import FigureText, compact, figure, plain, table
from lkjcalc.scales import IKM_2017, LKJ_ORDINAL, Band, Scale
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

_R = "<td style='text-align:right'>"  # a figure's cell

SURVEY_HTML = (
    "<table><caption>SKM: 3 responden</caption><thead><tr><th>Unsur</th><th>Nama"
    "</th><th>Terisi</th><th>Kosong</th><th>1</th><th>2</th><th>3</th><th>4</th>"
    f"<th>NRR</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td>{_R}3</td>{_R}0"
    f"</td>{_R}1</td>{_R}0</td>{_R}0</td>{_R}2</td>{_R}3,000</td></tr><tr><td>B</td>"
    f"<td>Beta</td>{_R}3</td>{_R}0</td>{_R}0</td>{_R}1</td>{_R}1</td>{_R}1"
    f"</td>{_R}3,000</td></tr><tr><td>C</td><td>Gamma</td>{_R}2</td>{_R}1</td>{_R}0"
    f"</td>{_R}0</td>{_R}1</td>{_R}1</td>{_R}3,500</td></tr></tbody></table>"
)

SURVEY_REPR = "<Survey: 3 respondents, 3 elements (A, B, C), 1 blank (C 1)>"

TOTALS_HTML = (
    "<table><caption>SKM: 2 responden</caption><thead><tr><th>Unsur</th><th>Nama"
    "</th><th>Terisi</th><th>Kosong</th><th>1</th><th>2</th><th>3</th><th>4</th>"
    f"<th>NRR</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td>{_R}2</td>{_R}0"
    f"</td>{_R}–</td>{_R}–</td>{_R}–</td>{_R}–</td>{_R}3,500</td></tr><tr><td>B</td>"
    f"<td>Beta</td>{_R}2</td>{_R}0</td>{_R}–</td>{_R}–</td>{_R}–</td>{_R}–"
    f"</td>{_R}4,000</td></tr><tr><td>C</td><td>Gamma</td>{_R}1</td>{_R}1</td>{_R}–"
    f"</td>{_R}–</td>{_R}–</td>{_R}–</td>{_R}3,000</td></tr></tbody></table>"
)

TOTALS_REPR = "<Survey: 2 respondents, 3 elements (A, B, C), 1 blank (C 1)>"

IKM_HTML = (
    "<table>"
    "<caption>IKM: exact weights 1/3 (sum 1); no intermediate rounding; IKM = index × 25; "
    "graded on IKM quality, PermenPANRB 14/2017"
    "</caption><thead><tr><th>Unsur</th><th>Nama</th><th>Terisi</th><th>NRR</th>"
    f"<th>NRR tertimbang</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td>{_R}3"
    f"</td>{_R}3,000</td>{_R}1,0000</td></tr><tr><td>B</td><td>Beta</td>{_R}3"
    f"</td>{_R}3,000</td>{_R}1,0000</td></tr><tr><td>C</td><td>Gamma</td>{_R}2"
    f"</td>{_R}3,500</td>{_R}1,1667</td></tr></tbody><tfoot><tr>"
    f"<th colspan='4'>Indeks (jumlah NRR tertimbang)</th>{_R}3,1667</td></tr><tr>"
    f"<th colspan='4'>IKM (indeks × 25)</th>{_R}79,17</td></tr><tr>"
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
    "(truncated) to 3 places; IKM = index × 25; graded on IKM quality, PermenPANRB 14/2017"
    "</caption><thead><tr><th>Unsur</th><th>Nama</th><th>Terisi</th><th>NRR</th>"
    f"<th>NRR tertimbang</th></tr></thead><tbody><tr><td>A</td><td>Alpha</td>{_R}3"
    f"</td>{_R}3,000</td>{_R}1,5000</td></tr><tr><td>B</td><td>Beta</td>{_R}3"
    f"</td>{_R}3,000</td>{_R}0,7500</td></tr><tr><td>C</td><td>Gamma</td>{_R}2"
    f"</td>{_R}3,500</td>{_R}0,8750</td></tr></tbody><tfoot><tr>"
    f"<th colspan='4'>Indeks (jumlah NRR tertimbang)</th>{_R}3,1250</td></tr><tr>"
    f"<th colspan='4'>IKM (indeks × 25)</th>{_R}78,13</td></tr><tr>"
    "<th colspan='4'>Mutu pelayanan</th><td>B (Baik)</td></tr></tfoot></table>"
)

PB_REPR = (
    "<PerformanceBudget 'SKM <x>': target 85, realization 80.5, achievement 94.71%; "
    "allocation 1000.00, spent 900.00, absorption 90.00%; efficiency gap 4.71 pp, "
    "index 1.0523>"
)

_PB_HEAD = (
    "<thead><tr><th rowspan='2'>Indikator</th><th colspan='3'>Kinerja</th>"
    "<th colspan='3'>Anggaran</th><th colspan='2'>Efisiensi</th></tr><tr>"
    "<th>Target</th><th>Realisasi</th><th>Capaian (%)</th><th>Alokasi (Rp)</th>"
    "<th>Realisasi (Rp)</th><th>Penyerapan (%)</th><th>Selisih (poin)</th>"
    "<th>Indeks</th></tr></thead>"
)

PB_HTML = (
    "<table><caption>Perbandingan capaian kinerja dan anggaran</caption>"
    f"{_PB_HEAD}<tbody><tr><td>SKM &lt;x&gt;</td>{_R}85</td>{_R}80,5</td>"
    f"{_R}94,71</td>{_R}1.000,00</td>{_R}900,00</td>{_R}90,00</td>{_R}4,71</td>"
    f"{_R}1,0523</td></tr></tbody></table>"
)

PB2_REPR = (
    "<PerformanceBudget 'SKM': target 80–90, realization 80.5, achievement 100.00%; "
    "allocation 0.00, spent 0.00, absorption undefined; efficiency gap undefined, "
    "index undefined>"
)

PB2_HTML = (
    "<table><caption>Perbandingan capaian kinerja dan anggaran</caption>"
    f"{_PB_HEAD}<tbody><tr><td>SKM</td>{_R}80–90</td>{_R}80,5</td>{_R}100,00</td>"
    f"{_R}0,00</td>{_R}0,00</td>{_R}–</td>{_R}–</td>{_R}–</td></tr></tbody></table>"
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


def test_performance_budget_escapes_its_name_and_keeps_its_figures() -> None:
    row = PerformanceBudget(
        indicator=Indicator(name="<SKM> & co"),
        target=Target.between(80, 90),
        realization="84",
        allocation="12143000",
        budget_realization="9000000.5",
    )
    assert repr(row) == (
        "<PerformanceBudget '<SKM> & co': target 80–90, realization 84, achievement 100.00%; "
        "allocation 12143000.00, spent 9000000.50, absorption 74.12%; efficiency gap 25.88 pp, "
        "index 1.3492>"
    )
    page = row._repr_html_()
    assert "<td>&lt;SKM&gt; &amp; co</td>" in page
    assert "<SKM>" not in page
    assert f"{_R}12.143.000,00</td>{_R}9.000.000,50</td>{_R}74,12</td>" in page


def test_performance_budget_with_undefined_figures() -> None:
    row = PerformanceBudget(
        indicator=Indicator(name="SKM"), target=0, realization=5, allocation=0, budget_realization=0
    )
    assert repr(row) == (
        "<PerformanceBudget 'SKM': target 0, realization 5, achievement undefined; "
        "allocation 0.00, spent 0.00, absorption undefined; efficiency gap undefined, "
        "index undefined>"
    )
    assert row._repr_html_().count(f"{_R}–</td>") == 4


def test_a_realization_in_exponent_form_shows_in_full() -> None:
    row = PerformanceBudget(
        indicator=Indicator(name="SKM"),
        target=Decimal("1E+2"),
        realization=Decimal("1E+2"),
        allocation=100,
        budget_realization=100,
    )
    assert repr(row).startswith("<PerformanceBudget 'SKM': target 100, realization 100, ")
    assert f"{_R}100</td>{_R}100</td>{_R}100,00</td>" in row._repr_html_()


# ----------------------------------------------------------------------------- budgets
# Programs III and IV of the seed's table "Realisasi Anggaran" (LKj Kecamatan Bantur 2020,
# BAB III); one activity renamed to carry markup, and one line half spent.

DISCIPLINE = "Program Peningkatan Disiplin Aparatur"
UNPLANNED = Budget(lines=[BudgetLine(program="P", activity="A", allocation=0, realization=1)])
SEED_BUDGET = Budget.from_rows(
    [
        (DISCIPLINE, "Pengadaan Pakaian Dinas", "7650000.00", "7650000.00", "III.1"),
        (DISCIPLINE, "Pengadaan <Pakaian> Khusus", "10800000.00", "5400000.00", "III.2"),
        ("Program Kapasitas", "Pendidikan dan Pelatihan Formal", "5050000.00", "5050000.00"),
    ]
)

_BUDGET_HEAD = (
    "<thead><tr><th>Kode</th><th>Program</th><th>Kegiatan</th><th>Anggaran (Rp)</th>"
    "<th>Realisasi (Rp)</th><th>Penyerapan (%)</th></tr></thead>"
)

BUDGET_HTML = (
    f"<table><caption>Realisasi anggaran: 3 kegiatan</caption>{_BUDGET_HEAD}<tbody>"
    f"<tr><td>III.1</td><td>{DISCIPLINE}</td><td>Pengadaan Pakaian Dinas</td>"
    f"{_R}7.650.000,00</td>{_R}7.650.000,00</td>{_R}100,00</td></tr>"
    f"<tr><td>III.2</td><td>{DISCIPLINE}</td><td>Pengadaan &lt;Pakaian&gt; Khusus</td>"
    f"{_R}10.800.000,00</td>{_R}5.400.000,00</td>{_R}50,00</td></tr>"
    "<tr><td></td><td>Program Kapasitas</td><td>Pendidikan dan Pelatihan Formal</td>"
    f"{_R}5.050.000,00</td>{_R}5.050.000,00</td>{_R}100,00</td></tr></tbody>"
    f"<tfoot><tr><th colspan='3'>Jumlah</th>{_R}23.500.000,00</td>{_R}18.100.000,00</td>"
    f"{_R}77,02</td></tr></tfoot></table>"
)

BUDGET_REPR = (
    "<Budget: 3 lines in 2 programs; allocation 23500000.00, realization 18100000.00, "
    "absorption 77.02%>"
)

LINE_HTML = (
    "<table><caption>Realisasi anggaran: 1 kegiatan</caption>"
    "<thead><tr><th>Program</th><th>Kegiatan</th><th>Anggaran (Rp)</th><th>Realisasi (Rp)</th>"
    "<th>Penyerapan (%)</th></tr></thead><tbody><tr><td>Program Kapasitas</td>"
    f"<td>Pendidikan dan Pelatihan Formal</td>{_R}5.050.000,00</td>{_R}5.050.000,00</td>"
    f"{_R}100,00</td></tr></tbody></table>"
)


@pytest.mark.parametrize(
    ("show", "expected"),
    [
        (SEED_BUDGET._repr_html_, BUDGET_HTML),
        (lambda: repr(SEED_BUDGET), BUDGET_REPR),
        (SEED_BUDGET.lines[2]._repr_html_, LINE_HTML),
        (
            lambda: repr(SEED_BUDGET.lines[1]),
            (
                "<BudgetLine III.2 'Pengadaan <Pakaian> Khusus': program "
                "'Program Peningkatan Disiplin Aparatur'; allocation 10800000.00, "
                "realization 5400000.00, absorption 50.00%>"
            ),
        ),
        (
            lambda: repr(SEED_BUDGET.lines[2]),
            (
                "<BudgetLine 'Pendidikan dan Pelatihan Formal': program 'Program Kapasitas'; "
                "allocation 5050000.00, realization 5050000.00, absorption 100.00%>"
            ),
        ),
        (
            lambda: repr(Budget(lines=[])),
            (
                "<Budget: 0 lines in 0 programs; allocation 0.00, realization 0.00, "
                "absorption undefined>"
            ),
        ),
        (
            lambda: repr(UNPLANNED),
            (
                "<Budget: 1 line in 1 program; allocation 0.00, realization 1.00, "
                "absorption undefined>"
            ),
        ),
    ],
    ids=["budget-html", "budget-repr", "line-html", "line-repr", "uncoded-repr", "empty", "one"],
)
def test_budget_display(show: Callable[[], str], expected: str) -> None:
    assert show() == expected


def test_an_empty_budget_shows_its_total_without_absorption() -> None:
    assert (
        Budget(lines=[])
        ._repr_html_()
        .endswith(
            f"<tbody></tbody><tfoot><tr><th colspan='2'>Jumlah</th>{_R}0,00</td>{_R}0,00</td>"
            f"{_R}–</td></tr></tfoot></table>"
        )
    )


# ----------------------------------------------------------------------------- scales

SCALE_HTML = (
    "<table><caption>IKM quality, PermenPANRB 14/2017; sumber: PermenPANRB 14/2017 on the "
    "SKM, annex (nilai interval konversi IKM); nilai dibulatkan ke 2 desimal</caption>"
    "<thead><tr><th>Kode</th><th>Kategori</th><th>Rentang nilai</th></tr></thead><tbody>"
    "<tr><td>A</td><td>Sangat Baik</td><td>x ≥ 88,31</td></tr>"
    "<tr><td>B</td><td>Baik</td><td>76,61 ≤ x &lt; 88,31</td></tr>"
    "<tr><td>C</td><td>Kurang Baik</td><td>65,00 ≤ x &lt; 76,61</td></tr>"
    "<tr><td>D</td><td>Tidak Baik</td><td>x &lt; 65,00</td></tr></tbody></table>"
)

OWN_SCALE = Scale(
    name="<lulus>",
    bands=(
        Band(code="L", label="Lulus & naik", lower="59.5", lower_inclusive=False),
        Band(code="T", label="Tidak lulus", lower=None),
    ),
    places=1,
)


@pytest.mark.parametrize(
    ("show", "expected"),
    [
        (IKM_2017._repr_html_, SCALE_HTML),
        (
            lambda: repr(IKM_2017),
            (
                "<Scale 'IKM quality, PermenPANRB 14/2017': A x ≥ 88.31, B 76.61 ≤ x < 88.31, "
                "C 65.00 ≤ x < 76.61, D x < 65.00; rounded half up to 2 places>"
            ),
        ),
        (
            lambda: repr(LKJ_ORDINAL),
            (
                "<Scale 'LKj ordinal success scale': SB x ≥ 85, B 70 ≤ x < 85, CB 55 ≤ x < 70, "
                "KB x < 55; rounded half up to 2 places>"
            ),
        ),
        (
            OWN_SCALE._repr_html_,
            (
                "<table><caption>&lt;lulus&gt;; nilai dibulatkan ke 1 desimal</caption><thead><tr>"
                "<th>Kode</th><th>Kategori</th><th>Rentang nilai</th></tr></thead><tbody><tr>"
                "<td>L</td><td>Lulus &amp; naik</td><td>x &gt; 59,5</td></tr><tr><td>T</td>"
                "<td>Tidak lulus</td><td>x ≤ 59,5</td></tr></tbody></table>"
            ),
        ),
        (
            lambda: repr(OWN_SCALE),
            "<Scale '<lulus>': L x > 59.5, T x ≤ 59.5; rounded half up to 1 places>",
        ),
    ],
    ids=["ikm-html", "ikm-repr", "lkj-repr", "own-html", "own-repr"],
)
def test_scale_display(show: Callable[[], str], expected: str) -> None:
    assert show() == expected


# ----------------------------------------------------------------------------- findings

_FINDINGS_HEAD = (
    "<thead><tr><th>Jenis</th><th>Letak</th><th>Tercantum</th><th>Seharusnya</th>"
    "<th>Uraian</th></tr></thead>"
)


def test_a_finding_shows_the_printed_and_the_recomputed_figure_in_indonesian() -> None:
    # The seed's table 3.1 prints 1,907 % for Rp 12.143.000 of the Rp 692.541.800 of its lines.
    [finding] = check_percentage(12143000, 692541800, "1,907%", where="Tabel 3.1 <SKM>")
    assert str(finding).startswith("[percentage] Tabel 3.1 <SKM>: printed 1,907%, recomputed")
    assert finding._repr_html_() == (
        f"<table><caption>Temuan reviu: 1</caption>{_FINDINGS_HEAD}<tbody><tr>"
        f"<td>persentase</td><td>Tabel 3.1 &lt;SKM&gt;</td>{_R}1,907%</td>{_R}1,7534%</td>"
        "<td>tercantum 1,907%, seharusnya 1,7534% (12.143.000 / 692.541.800 × 100)</td>"
        "</tr></tbody></table>"
    )


def test_findings_html_shows_a_figure_without_a_printed_one_exactly() -> None:
    found = [
        Finding(
            kind=FindingKind.VALUE,
            where="a<b",
            expected=Decimal("1234567890.123456789"),
            message="<script>alert(1)</script>",
        ),
        *check_total([1, 2], "4"),
        *check_total([Decimal("12143000.00"), Decimal("7131500.00")], "Rp. 19.274.000,00"),
    ]
    assert findings_html(found) == (
        f"<table><caption>Temuan reviu: 3</caption>{_FINDINGS_HEAD}<tbody>"
        f"<tr><td>nilai</td><td>a&lt;b</td><td></td>{_R}1.234.567.890,123456789</td>"
        "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>"
        f"<tr><td>jumlah</td><td></td>{_R}4</td>{_R}3</td>"
        "<td>tercantum 4, seharusnya 3 (jumlah 2 rincian)</td></tr>"
        f"<tr><td>jumlah</td><td></td>{_R}Rp. 19.274.000,00</td>{_R}Rp19.274.500,00</td>"
        "<td>tercantum Rp. 19.274.000,00, seharusnya Rp19.274.500,00 (jumlah 2 rincian)</td></tr>"
        "</tbody></table>"
    )
    assert "<script>" not in findings_html(found)


def test_findings_html_leaves_a_missing_figure_blank() -> None:
    finding = Finding(kind=FindingKind.VALUE, where="w", message="m")
    assert findings_html([finding]).endswith(
        "<tbody><tr><td>nilai</td><td>w</td><td></td><td></td><td>m</td></tr></tbody></table>"
    )
    assert findings_html([]) == (
        f"<table><caption>Temuan reviu: 0</caption>{_FINDINGS_HEAD}<tbody></tbody></table>"
    )


def test_a_recomputed_figure_in_exponent_form_shows_in_full() -> None:
    # 1000 / 1000 × 100 is Decimal('1E+2') in Python's decimal arithmetic.
    [finding] = check_percentage(1000, 1000, "50%")
    assert finding.message == "printed 50%, recomputed 100% (1,000 / 1,000 × 100)"
    assert f"{_R}100%</td>" in finding._repr_html_()


# ----------------------------------------------------------------------------- the display module


@pytest.mark.parametrize(
    ("value", "places", "unit", "expected"),
    [
        (Decimal("2.5063"), 3, "", "2,506"),  # the seed's 2,506 (shares, table 3.1)
        (Decimal("85.02994011976"), 2, "%", "85,03%"),  # 142 / 167 × 100, the seed
        (Decimal("692541800.00"), None, "Rp", "Rp692.541.800,00"),  # the seed's total
        (Fraction(14200, 167), 2, "%", "85,03%"),
        (Fraction(1, 3), None, "", "0,3333333333…"),
        (Fraction(-1, 8), None, "%", "-0,125%"),
        (Decimal("-0.001"), 2, "", "0,00"),
        (Decimal("1E+3"), None, "Rp", "Rp1.000"),
        (Decimal("1.00000000000000"), None, "", "1,0000000000"),
        (None, 2, "%", "–"),
    ],
)
def test_figures_in_indonesian_notation(
    value: Decimal | Fraction | None, places: int | None, unit: str, expected: str
) -> None:
    shown = figure(value, places, unit=unit)  # type: ignore[arg-type]
    assert shown == expected
    assert isinstance(shown, FigureText)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(19, 6) * 25, 2, "79.17"),
        (Fraction(3), 3, "3.000"),
        (Fraction(-1, 200), 2, "-0.01"),
        (Fraction(-1, 201), 2, "0.00"),
        (Decimal("1E+2"), None, "100"),
        (Decimal("1E-7"), None, "0.0000001"),
        (Decimal("0.12345678901"), None, "0.1234567890..."),
        (Decimal("1.75339596835"), None, "1.7533959684..."),
        (None, 4, "undefined"),
    ],
)
def test_plain_figures_for_reprs(
    value: Decimal | Fraction | None, places: int | None, expected: str
) -> None:
    assert plain(value, places) == expected


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15),
    st.integers(0, 6),
)
def test_plain_and_indonesian_figures_agree(value: Decimal, places: int) -> None:
    text = plain(value, places)
    assert "E" not in text
    assert text != "-" + "0" * len(text[1:]) or text == "-"  # never a negative zero
    assert not (text.startswith("-") and set(text[1:]) <= {"0", "."})
    assert figure(value, places).replace(".", "").replace(",", ".") == text
    assert plain(Fraction(value), places) == text


def test_table_structure() -> None:
    page = table(
        caption="",
        columns=("A", "B", "C"),
        groups=(("x<", 2), (None, 1)),
        rows=[("<b>", FigureText("1"), "c")],
        footer=[("Jumlah", (FigureText("2"),))],
    )
    assert page == (
        "<table><thead><tr><th colspan='2'>x&lt;</th><th rowspan='2'>C</th></tr>"
        "<tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>&lt;b&gt;</td>"
        f"{_R}1</td><td>c</td></tr></tbody><tfoot><tr><th colspan='2'>Jumlah</th>"
        f"{_R}2</td></tr></tfoot></table>"
    )


def test_compact_repr() -> None:
    assert compact("X", ["a", "b"], ["c"], subject="'s'") == "<X 's': a, b; c>"
    assert compact("X", ["a"]) == "<X: a>"


def test_displays_do_not_import_babel_until_shown() -> None:
    import subprocess
    import sys

    code = (
        "import sys, lkjcalc, lkjcalc.budget, lkjcalc.review, lkjcalc.scales;"
        "assert 'babel' not in sys.modules;"
        "from lkjcalc.scales import IKM_2017; repr(IKM_2017);"
        "assert 'babel' not in sys.modules;"
        "IKM_2017._repr_html_(); assert 'babel' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
