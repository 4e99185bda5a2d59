"""Whole-report review, and the Bantur 2020 report recomputed end to end (the main job)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import (
    FindingKind,
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    MinimizeFormula,
    ParseError,
    Polarity,
    Rounding,
    format_number,
    format_percent,
    format_rupiah,
    ikm_from_nrr,
    published,
    review_report,
)
from lkjcalc._numeric import quantize
from lkjcalc.report import (
    BudgetRow,
    BudgetTable,
    CountTable,
    ParticipationRow,
    PerformanceBudgetRow,
    PerformanceRow,
    PrintedSurvey,
    ProgressRow,
    Report,
    ShareRow,
)
from lkjcalc.review import check_ikm
from lkjcalc.scales import IKM_2004, IKM_2017
from messages import points_at_caller

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "bantur_2020.py"

SKM = Indicator(name="SKM", unit="indeks")
MUS = Indicator(name="Musrenbang", unit="%")


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bantur_2020", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Every inconsistency of the seed report, as the example's review must find it:
#: (kind, where). Read the seed table against table and text against table to check the list.
EXPECTED_BANTUR_FINDINGS = [
    # Table 3.2 prints the Musrenbang target 80 %; the performance agreement and table 1.1: 85 %.
    ("inconsistent", "BAB III tabel 3.2"),
    # Table 1.2 is headed "realisasi" but prints the achievements (100 %) for both years.
    ("inconsistent", "BAB III tabel 1.2, 2019"),
    ("inconsistent", "BAB III tabel 1.2, 2019"),
    ("inconsistent", "BAB III tabel 1.2, 2020"),
    ("inconsistent", "BAB III tabel 1.2, 2020"),
    # Table 3.2 prints the Musrenbang realization 80 %; table 1.1 and BAB III 2.2: 85 %.
    ("inconsistent", "BAB III tabel 3.2"),
    # Table 1.3: Renstra progress printed 60 %, while 85 against a final target of 100 is 85 %.
    ("achievement", "BAB III tabel 1.3, SKM"),
    ("achievement", "BAB III tabel 1.3, Musrenbang"),
    # BAB I C.3: "terealisasi 100%" from 142 / 167 (= 85,03 %), the 2020 attendance, in 2019.
    ("percentage", "BAB I C.3, teks, realisasi 2019"),
    ("inconsistent", "BAB I C.3, teks, realisasi 2019"),
    # Line I.4 prints 98 % although its realization equals its allocation.
    (
        "percentage",
        "BAB III D, tabel Realisasi Anggaran, I.4 Penyediaan Jasa Administrasi Keuangan",
    ),
    # The text of BAB III D states Rp 636.541.800; the table's 22 lines sum to 692.541.800.
    ("total", "BAB III D, teks"),
    # Table 3.1's shares are taken on 636.541.800, not on the budget's lines.
    ("percentage", "BAB III tabel 3.1, SKM"),
    ("percentage", "BAB III tabel 3.1, Musrenbang"),
    # BAB I C.2 says 14 staff; table 1.1 counts 13 by education and 13 by rank.
    ("total", "BAB I tabel 1.1, pendidikan (teks: 14 orang)"),
    ("total", "BAB I tabel 1.1, pangkat (teks: 14 orang)"),
]


def test_the_bantur_report_review_finds_every_inconsistency() -> None:
    example = load_example()
    found = example.report().review()
    assert [(f.kind.value, f.where) for f in found] == EXPECTED_BANTUR_FINDINGS
    messages = "\n".join(f.message for f in found)
    assert "it is the share of Rp. 636.541.800,- stated in BAB III D, teks" in messages
    assert "the 22 lines of BAB III D, tabel Realisasi Anggaran sum to Rp692,541,800.00" in messages
    assert "printed 60%, recomputed 85%" in messages
    # In Indonesian, as an inspectorate writes its review notes.
    assert [f.text() for f in found] == EXPECTED_BANTUR_TEXT


def test_the_main_job_runs_and_prints_the_findings() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=True
    )
    out = result.stdout
    assert f"Reviu: {len(EXPECTED_BANTUR_FINDINGS)} temuan" in out
    assert "Rp692.541.800,00" in out  # Indonesian notation throughout
    assert "85,03%" in out
    for number, text in enumerate(EXPECTED_BANTUR_TEXT, start=1):
        assert f"{number:>4}. " in out
        assert text in out


# ----------------------------------------------------------------------------- the parts


def kinds(report: Report) -> list[str]:
    return [f.kind.value for f in review_report(report)]


def test_an_agreeing_report_has_no_findings() -> None:
    report = Report(
        title="ok",
        performance=[
            PerformanceRow(
                indicator=SKM,
                year=2020,
                target="85",
                realization="85,00",
                achievement="100%",
                where="1.1",
            ),
            PerformanceRow(indicator=SKM, year=2020, target="85,0", where="PK"),
        ],
        progress=[
            ProgressRow(
                indicator=SKM,
                year=2020,
                final_target="100",
                realization="85",
                progress="85%",
                where="1.3",
            )
        ],
        participation=[
            ParticipationRow(
                year=2020,
                non_civil_servants=142,
                attendees=167,
                percentage="85,03%",
                indicator=MUS,
                where="2.2",
            )
        ],
        surveys=[
            PrintedSurvey(
                index="3,400", ikm="85,00", grade="B", indicator=SKM, year=2020, where="2.1"
            )
        ],
        counts=[CountTable(counts={"a": 1, "b": 2}, total="3", where="staff")],
        consistent={"budget": {"a": "Rp. 16.820.500,-", "b": "16.820.500,00"}},
    )
    assert review_report(report) == []
    assert report.review() == []


def test_minimize_indicators_are_reviewed_with_their_polarity() -> None:
    poverty = Indicator(name="Kemiskinan", polarity=Polarity.MINIMIZE)
    rows = [
        PerformanceRow(
            indicator=poverty,
            year=2020,
            target="10",
            realization="9",
            achievement="110%",
            where="t",
        )
    ]
    assert review_report(Report(title="t", performance=rows)) == []
    rows = [
        PerformanceRow(
            indicator=poverty, year=2020, target="10", realization="9", achievement="90%", where="t"
        )
    ]
    assert kinds(Report(title="t", performance=rows)) == ["achievement"]


def test_an_undefined_achievement_is_a_finding_not_an_error() -> None:
    rows = [
        PerformanceRow(indicator=SKM, target="0", realization="5", achievement="100%", where="t")
    ]
    [finding] = review_report(Report(title="t", performance=rows))
    assert finding.kind is FindingKind.UNDEFINED
    assert "target of 0 has no meaning" in finding.message


def test_participation_with_no_attendees_is_a_finding() -> None:
    rows = [ParticipationRow(non_civil_servants=0, attendees=0, percentage="100%", where="t")]
    [finding] = review_report(Report(title="t", participation=rows))
    assert finding.kind is FindingKind.UNDEFINED
    assert (
        finding.text() == "tercantum 100%, tetapi persentasenya tidak dapat dihitung: pembaginya 0"
    )


def _attendance_2019(*counts: tuple[int, int]) -> list[ParticipationRow]:
    """Participation rows of 2019 printed in a, b, c, ... with these (attendees, invited)."""
    return [
        ParticipationRow(
            year=2019, non_civil_servants=n, attendees=a, percentage="85%", where=where
        )
        for where, (n, a) in zip("abcdef", counts, strict=False)
    ]


def test_attendance_counts_of_one_year_agree() -> None:
    rows = _attendance_2019((133, 157), (142, 167), (133, 157))
    [finding] = review_report(Report(title="t", participation=rows))
    assert finding.where == "b"
    assert "142/167 here but 133/157 in a" in finding.message


#: A printed survey with a fault at every stage (see the findings below).
_BAD_SURVEY = PrintedSurvey(
    index="3,50",
    ikm="86,00",
    grade="A",
    nrr={"U1": "4,5", "U2": "3,3"},
    weights="0,45",
    weighted_nrr={"U1": "1,80", "U2": "1,29"},
    where="s",
)


def test_survey_parts_are_recomputed_stage_by_stage() -> None:
    nrr = {"U1": "3,5", "U2": "3,3"}
    weighted = {"U1": "1,75", "U2": "1,65"}
    good = PrintedSurvey(
        index="3,40",
        ikm="85,00",
        grade="Baik",
        nrr=nrr,
        weights={"U1": "0,5", "U2": "0,5"},
        weighted_nrr=weighted,
        where="s",
    )
    assert review_report(Report(title="t", surveys=[good])) == []
    bad = _BAD_SURVEY
    found = review_report(Report(title="t", surveys=[bad]))
    assert [(f.kind.value, f.where) for f in found] == [
        ("out_of_range", "s, U1"),  # NRR 4,5 > 4 (its weighted NRR cannot be checked)
        ("weights", "s"),  # 2 × 0,45 = 0,9
        ("value", "s, U2"),  # 3,3 × 0,45 = 1,485, printed 1,29
        ("total", "s, indeks (Σ NRR tertimbang)"),  # 1,80 + 1,29 = 3,09, printed 3,50
        ("value", "s"),  # 3,50 × 25 = 87,5, printed 86,00
        ("band", "s"),  # 86,00 is B, printed A
    ]


def test_survey_index_from_nrr_alone_uses_exact_weights() -> None:
    survey = PrintedSurvey(index="3,40", nrr={"U1": "3,2", "U2": "3,6"}, where="s")
    assert review_report(Report(title="t", surveys=[survey])) == []
    survey = PrintedSurvey(index="3,20", nrr={"U1": "3,2", "U2": "3,6"}, where="s")
    assert kinds(Report(title="t", surveys=[survey])) == ["total"]
    survey = PrintedSurvey(index="1,76", nrr={"U1": "3,2", "U2": "3,6"}, weights="0,25", where="s")
    # 0,25 × 3,2 + 0,25 × 3,6 = 1,70, printed 1,76; the weights sum to 0,5.
    assert kinds(Report(title="t", surveys=[survey])) == ["weights", "total"]


def test_a_survey_graded_on_the_2004_scale() -> None:
    survey = PrintedSurvey(index="3,30", ikm="82,50", grade="A", scale=IKM_2004, where="s")
    assert review_report(Report(title="t", surveys=[survey])) == []


def test_budget_tables() -> None:
    rows = [
        BudgetRow(
            code="1", activity="a", allocation="100,00", realization="90,00", absorption="90"
        ),
        BudgetRow(code="2", activity="b", allocation="0,00", realization="0,00", absorption="100"),
        BudgetRow(
            code="3", activity="c", allocation="100,00", realization="110,00", absorption="100"
        ),
    ]
    table = BudgetTable(rows=rows, allocation_total="200,00", realization_total="190,00", where="D")
    assert table.allocation == 200
    assert table.realization == 200
    report = Report(
        title="t",
        budget=table,
        stated_budget_totals={"teks": "Rp200,-", "ringkasan": "Rp250,-"},
        shares=[
            ShareRow(label="a", amount="100,00", share="50%", where="3.1"),
            ShareRow(label="c", amount="100,00", share="40%", where="3.1b"),
        ],
        performance_budget=[
            PerformanceBudgetRow(
                indicator=SKM,
                allocation="100,00",
                realization="90,00",
                absorption="90%",
                where="3.2",
            ),
            PerformanceBudgetRow(
                indicator=MUS, allocation="0", realization="0", absorption="0%", where="3.2b"
            ),
        ],
    )
    found = review_report(report)
    assert [(f.kind.value, f.where) for f in found] == [
        ("undefined", "3.2b"),  # allocation 0: absorption undefined
        ("undefined", "D, 2 b"),  # allocation 0
        ("percentage", "D, 3 c"),  # 110 %, printed 100
        ("total", "D, jumlah realisasi"),  # 200, printed 190
        ("total", "ringkasan"),
        ("percentage", "3.1b"),  # 100 / 200 = 50 %, printed 40 %; 100 / 250 = 40 %
    ]
    assert found[-1].message.endswith(
        "it is the share of Rp250,- stated in ringkasan, not of the budget's lines"
    )


def test_a_share_of_an_empty_budget_is_undefined() -> None:
    table = BudgetTable(rows=[], where="D")
    report = Report(
        title="t", budget=table, shares=[ShareRow(label="a", amount="0", share="0%", where="s")]
    )
    assert [f.kind.value for f in review_report(report)] == ["undefined"]


def test_budget_rows_without_a_table_are_still_reviewed() -> None:
    rows = [
        PerformanceBudgetRow(
            indicator=SKM, allocation="100", realization="50", absorption="100%", where="3.2"
        )
    ]
    assert kinds(Report(title="t", performance_budget=rows)) == ["percentage"]


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: review_report("report"), InvalidTypeError),
        (lambda: Report(title="t", performance=[1]), InvalidTypeError),
        (lambda: Report(title="t", performance="rows"), InvalidTypeError),
        (lambda: Report(title=""), InvalidInputError),
        (lambda: Report(title="t", budget="D"), InvalidTypeError),
        (lambda: Report(title="t", consistent=["a"]), InvalidTypeError),
        (lambda: Report(title="t", consistent={"": {"a": "1"}}), InvalidTypeError),
        (lambda: Report(title="t", stated_budget_totals=["1"]), InvalidTypeError),
        (lambda: PerformanceRow(indicator="SKM", where="t"), InvalidTypeError),
        (lambda: PerformanceRow(indicator=SKM, target="1.5", where="t"), ParseError),
        (lambda: CountTable(counts={"a": -1}, total="1", where="t"), InvalidInputError),
        (lambda: CountTable(counts=[1], total="1", where="t"), InvalidTypeError),
        (lambda: PrintedSurvey(nrr=["3"], where="t"), InvalidTypeError),
        (lambda: PrintedSurvey(grade="", where="t"), InvalidInputError),
        (lambda: PrintedSurvey(scale="IKM_2017", where="t"), InvalidTypeError),
        (
            lambda: ParticipationRow(
                non_civil_servants=1, attendees=2, percentage="50%", indicator="MUS", where="t"
            ),
            InvalidTypeError,
        ),
    ],
)
def test_report_objects_are_validated(build: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        build()  # type: ignore[operator]


def test_survey_parts_that_cannot_be_compared_are_skipped() -> None:
    # A grade without its IKM or index, a uniform weight without NRR, a weighted NRR of an
    # element without NRR: nothing to recompute them from, so no finding.
    assert PrintedSurvey(index="3,40", grade="A", where="a").ikm is None
    surveys = [
        PrintedSurvey(grade="A", where="a"),
        PrintedSurvey(index="3,53", grade="A", where="a2"),  # 3,5324 × 25 = 88,31
        PrintedSurvey(index="3,40", weights="0,111", where="b"),
        PrintedSurvey(
            nrr={"U1": "3,40"},
            weights={"U1": "0,5", "U2": "0,5"},
            weighted_nrr={"U1": "1,70", "U9": "9,99"},
            where="c",
        ),
    ]
    assert review_report(Report(title="t", surveys=surveys)) == []


def test_a_share_no_printed_total_explains_gets_no_hint() -> None:
    table = BudgetTable(
        rows=[BudgetRow(code="1", activity="a", allocation="100", realization="0")], where="D"
    )
    report = Report(
        title="t",
        budget=table,
        stated_budget_totals={"nol": "0", "teks": "100"},
        shares=[ShareRow(label="a", amount="50", share="40%", where="3.1")],
        performance_budget=[
            PerformanceBudgetRow(indicator=SKM, allocation="100", realization="0", where="3.2")
        ],
    )
    total, share = review_report(report)
    assert (total.where, share.where) == ("nol", "3.1")
    assert share.message.endswith("(50 / 100 × 100)")


def test_count_errors_name_their_field() -> None:
    with pytest.raises(InvalidInputError, match=r"^attendees: got -1, expected a count >= 0"):
        ParticipationRow(non_civil_servants=1, attendees=-1, percentage="1%", where="t")
    with pytest.raises(InvalidInputError, match=r"^non_civil_servants: got 1\.5"):
        ParticipationRow(non_civil_servants=1.5, attendees=2, percentage="1%", where="t")
    with pytest.raises(InvalidInputError, match=r"^counts\['S1'\]: got -4"):
        CountTable(counts={"S1": -4}, total="1", where="t")


#: The printed figure, lkjcalc's figure and the message of each of those findings.
EXPECTED_BANTUR_DETAILS = [
    (
        "80%",
        "85",
        (
            "the 2020 target of Persentase tingkat partisipasi masyarakat dalam Musrenbangcam is "
            "printed 80% here but 85% in BAB II B, Perjanjian Kinerja"
        ),
    ),
    (
        "100%",
        "85",
        (
            "the 2019 realization of Persentase tingkat partisipasi masyarakat dalam Musrenbangcam "
            "is printed 100% here but 85% in BAB I C.3, tabel capaian 2019"
        ),
    ),
    (
        "100%",
        "85.00",
        (
            "the 2019 realization of Survey Kepuasan Masyarakat (SKM) is printed 100% here but "
            "85,00 in BAB I C.3, teks SKM 2019"
        ),
    ),
    (
        "100%",
        "85.00",
        (
            "the 2020 realization of Survey Kepuasan Masyarakat (SKM) is printed 100% here but "
            "85,00 in BAB III 2.1, realisasi 2020"
        ),
    ),
    (
        "100%",
        "85",
        (
            "the 2020 realization of Persentase tingkat partisipasi masyarakat dalam Musrenbangcam "
            "is printed 100% here but 85% in BAB III tabel 1.1"
        ),
    ),
    (
        "80%",
        "85",
        (
            "the 2020 realization of Persentase tingkat partisipasi masyarakat dalam Musrenbangcam "
            "is printed 80% here but 85% in BAB III tabel 1.1"
        ),
    ),
    (
        "60%",
        "85",
        (
            "printed 60%, recomputed 85% (achievement of 85 against 100 %, maximize); the printed "
            "inputs allow any value from 84.5% to 86%"
        ),
    ),
    (
        "60%",
        "85",
        (
            "printed 60%, recomputed 85% (achievement of 85% against 100%, maximize); the printed "
            "inputs allow any value from 84.5% to 86%"
        ),
    ),
    (
        "100%",
        "85.02994011976047904191616766467065868263",
        "printed 100%, recomputed 85.03% (142 / 167 × 100)",
    ),
    (
        None,
        None,
        (
            "the Musrenbang attendance of 2019 is printed 142/167 here but 133/157 in BAB I C.3, "
            "teks, target 2019"
        ),
    ),
    (
        "98",
        "100",
        (
            "printed 98, recomputed 100 (realization 131.137.800,00 / allocation 131.137.800,00 × "
            "100)"
        ),
    ),
    (
        "Rp. 636.541.800,-",
        "692541800.00",
        (
            "printed Rp. 636.541.800,-, but the 22 lines of BAB III D, tabel Realisasi Anggaran "
            "sum to Rp692,541,800.00 (a difference of Rp56,000,000.00)"
        ),
    ),
    (
        "1,907%",
        "1.753395968301119152663420460685549955252",
        (
            "printed 1,907%, recomputed 1.7534% (Rp. 12.143.000,00 / 692,541,800.00 × 100); it is "
            "the share of Rp. 636.541.800,- stated in BAB III D, teks, not of the budget's lines"
        ),
    ),
    (
        "2,642%",
        "2.428806463378816989819242679647640041366",
        (
            "printed 2,642%, recomputed 2.42881% (Rp. 16.820.500,00 / 692,541,800.00 × 100); it is "
            "the share of Rp. 636.541.800,- stated in BAB III D, teks, not of the budget's lines"
        ),
    ),
    (
        "14",
        "13",
        "printed 14, recomputed 13 (sum of 6 parts)",
    ),
    (
        "14",
        "13",
        "printed 14, recomputed 13 (sum of 10 parts)",
    ),
]

#: Each finding as an inspectorate writes it (Finding.text(), Indonesian).
EXPECTED_BANTUR_TEXT = [
    (
        "target 2020 Persentase tingkat partisipasi masyarakat dalam Musrenbangcam tercantum 80%, "
        "tidak sesuai dengan 85% pada BAB II B, Perjanjian Kinerja"
    ),
    (
        "realisasi 2019 Persentase tingkat partisipasi masyarakat dalam Musrenbangcam tercantum "
        "100%, tidak sesuai dengan 85% pada BAB I C.3, tabel capaian 2019"
    ),
    (
        "realisasi 2019 Survey Kepuasan Masyarakat (SKM) tercantum 100%, tidak sesuai dengan 85,00 "
        "pada BAB I C.3, teks SKM 2019"
    ),
    (
        "realisasi 2020 Survey Kepuasan Masyarakat (SKM) tercantum 100%, tidak sesuai dengan 85,00 "
        "pada BAB III 2.1, realisasi 2020"
    ),
    (
        "realisasi 2020 Persentase tingkat partisipasi masyarakat dalam Musrenbangcam tercantum "
        "100%, tidak sesuai dengan 85% pada BAB III tabel 1.1"
    ),
    (
        "realisasi 2020 Persentase tingkat partisipasi masyarakat dalam Musrenbangcam tercantum "
        "80%, tidak sesuai dengan 85% pada BAB III tabel 1.1"
    ),
    (
        "tercantum 60%, seharusnya 85% (capaian realisasi 85 terhadap target 100 %, polaritas "
        "positif); angka yang tercantum pada masukannya memungkinkan 84,5% s.d. 86%"
    ),
    (
        "tercantum 60%, seharusnya 85% (capaian realisasi 85% terhadap target 100%, polaritas "
        "positif); angka yang tercantum pada masukannya memungkinkan 84,5% s.d. 86%"
    ),
    "tercantum 100%, seharusnya 85,03% (142 / 167 × 100)",
    (
        "jumlah peserta Musrenbang 2019 tercantum 142/167, tidak sesuai dengan 133/157 pada BAB I "
        "C.3, teks, target 2019"
    ),
    "tercantum 98, seharusnya 100 (realisasi 131.137.800,00 / pagu 131.137.800,00 × 100)",
    (
        "tercantum Rp. 636.541.800,-, sedangkan 22 baris BAB III D, tabel Realisasi Anggaran "
        "berjumlah Rp692.541.800,00 (terdapat selisih Rp56.000.000,00)"
    ),
    (
        "tercantum 1,907%, seharusnya 1,7534% (Rp. 12.143.000,00 / 692.541.800,00 × 100); "
        "persentase itu dihitung dari Rp. 636.541.800,- yang tercantum pada BAB III D, teks, bukan "
        "dari jumlah baris anggaran"
    ),
    (
        "tercantum 2,642%, seharusnya 2,42881% (Rp. 16.820.500,00 / 692.541.800,00 × 100); "
        "persentase itu dihitung dari Rp. 636.541.800,- yang tercantum pada BAB III D, teks, bukan "
        "dari jumlah baris anggaran"
    ),
    "tercantum 14, seharusnya 13 (jumlah 6 rincian)",
    "tercantum 14, seharusnya 13 (jumlah 10 rincian)",
]


def test_the_bantur_findings_carry_their_figures_and_messages() -> None:
    found = load_example().report().review()
    details = [
        (
            None if f.published is None else f.published.text,
            None if f.expected is None else str(f.expected),
            f.message,
        )
        for f in found
    ]
    assert details == EXPECTED_BANTUR_DETAILS


def details(report: Report) -> list[tuple[str, str, str | None, str | None, str]]:
    return [
        (
            f.kind.value,
            f.where,
            None if f.published is None else f.published.text,
            None if f.expected is None else str(f.expected),
            f.message,
        )
        for f in review_report(report)
    ]


def test_the_survey_is_reviewed_by_check_ikm() -> None:
    # One formula, one place: the report's review of a survey is check_ikm's.
    surveys = [
        _BAD_SURVEY,
        PrintedSurvey(index="3,20", nrr={"U1": "3,2", "U2": "3,6"}, where="s"),
        PrintedSurvey(index="1,76", nrr={"U1": "3,2", "U2": "3,6"}, weights="0,25", where="s"),
    ]
    for survey in surveys:
        assert review_report(Report(title="t", surveys=[survey])) == check_ikm(survey)
    assert details(Report(title="t", surveys=surveys[1:2])) == [
        (
            "total",
            "s, indeks (rata-rata NRR, bobot 1/k)",
            "3,20",
            "3.4",
            (
                "printed 3,20, recomputed 3.4 (mean of 2 NRR); the printed inputs allow any value "
                "from 3.35 to 3.5"
            ),
        )
    ]


def test_nrr_of_1_and_4_lie_on_the_scale() -> None:
    survey = PrintedSurvey(index="2,50", nrr={"U1": "1", "U2": "4"}, where="s")
    assert review_report(Report(title="t", surveys=[survey])) == []


def test_an_element_without_a_printed_weight_weighs_nothing() -> None:
    # U1 has no weight: its weighted NRR is not checked, and it adds nothing to the index.
    weighted = PrintedSurvey(
        index="2,50",
        nrr={"U1": "1", "U2": "4"},
        weights={"U2": "0,5"},
        weighted_nrr={"U1": "0,6", "U2": "2,5"},
        where="s",
    )
    assert [f[:2] for f in details(Report(title="t", surveys=[weighted]))] == [
        ("weights", "s"),
        ("value", "s, U2"),
        ("total", "s, indeks (Σ NRR tertimbang)"),
    ]
    index_only = PrintedSurvey(
        index="2,00", nrr={"U1": "1", "U2": "4"}, weights={"U2": "0,5"}, where="s"
    )
    assert [f[:2] for f in details(Report(title="t", surveys=[index_only]))] == [("weights", "s")]


def test_only_a_report_is_reviewed() -> None:
    with pytest.raises(InvalidTypeError) as info:
        review_report(5)  # type: ignore[arg-type]
    assert str(info.value) == "report: got 5, expected a Report"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: PrintedSurvey(nrr=5, where="s"),
            "nrr: got 5, expected a mapping code → figure",
        ),
        (
            lambda: PrintedSurvey(nrr={1: "3"}, where="s"),
            "code: got 1, expected a non-empty str",
        ),
        (
            lambda: PrintedSurvey(nrr={"": "3"}, where="s"),
            "code: got '', expected a non-empty str",
        ),
        (
            lambda: CountTable(counts=5, total="1", where="w"),
            "counts: got 5, expected a mapping label → count",
        ),
        (lambda: Report(title="t", performance=5), "rows: got 5, expected an iterable of rows"),
        (
            lambda: Report(title="t", performance="ab"),
            "rows: got 'ab', expected an iterable of rows",
        ),
        (
            lambda: Report(title="t", consistent=5),
            "consistent: got 5, expected what → {where → figure}",
        ),
    ],
)
def test_report_conversion_messages(build: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        build()
    assert str(info.value) == message


def test_report_parts_are_converted() -> None:
    survey = PrintedSurvey(weights={"U1": "0,5"}, where="s")
    assert isinstance(survey.weights, Mapping)
    assert survey.weights["U1"].text == "0,5"
    assert Report(title="t", stated_budget_totals=None).stated_budget_totals == {}  # type: ignore[arg-type]
    consistent = Report(title="t", consistent={"x": {"a": "1"}}).consistent
    assert consistent["x"]["a"].text == "1"


def test_performance_rows_are_each_reviewed_with_their_formula() -> None:
    ratio = Indicator(
        name="Ratio", polarity=Polarity.MINIMIZE, minimize_formula=MinimizeFormula.RATIO
    )
    rows = [
        PerformanceRow(
            indicator=ratio, year=2020, target="10", realization="8", achievement="125%", where="a"
        ),
        PerformanceRow(
            indicator=ratio,
            year=2021,
            target="10",
            realization="8,00",
            achievement="120%",
            where="b",
        ),
        PerformanceRow(
            indicator=ratio,
            year=2022,
            target="10",
            realization="5,0",
            achievement="150%",
            where="c",
        ),
        PerformanceRow(indicator=ratio, year=2023, achievement="150%", where="d"),
        PerformanceRow(indicator=SKM, target="80", where="e"),
        PerformanceRow(indicator=SKM, target="85", where="f"),
    ]
    report = Report(title="t", performance=rows, consistent={"the IKM": {"a": "85", "b": "86"}})
    assert [(f.kind.value, f.where, f.message) for f in review_report(report)] == [
        (
            "achievement",
            "b",
            (
                "printed 120%, recomputed 125% (achievement of 8,00 against 10, minimize (ratio)); "
                "the printed inputs allow any value from 124.84% to 125.08%"
            ),
        ),
        (
            "achievement",
            "c",
            (
                "printed 150%, recomputed 200% (achievement of 5,0 against 10, minimize (ratio)); "
                "the printed inputs allow any value from 196.08% to 202.02%"
            ),
        ),
        ("inconsistent", "f", "the target of SKM is printed 85 here but 80 in e"),
        ("inconsistent", "b", "the IKM is printed 86 here but 85 in a"),
    ]


def test_realizations_stated_by_progress_participation_and_surveys_are_compared() -> None:
    report = Report(
        title="t",
        performance=[
            PerformanceRow(indicator=MUS, year=2020, realization="80%", where="a"),
            PerformanceRow(indicator=SKM, year=2020, realization="80,00", where="b"),
        ],
        progress=[
            ProgressRow(
                indicator=MUS,
                year=2020,
                final_target="100",
                realization="82%",
                progress="82%",
                where="g",
            )
        ],
        participation=[
            ParticipationRow(
                indicator=MUS,
                year=2020,
                non_civil_servants=85,
                attendees=100,
                percentage="85%",
                where="p",
            )
        ],
        surveys=[
            PrintedSurvey(indicator=SKM, year=2020, ikm="85,00", where="s"),
            PrintedSurvey(ikm="85,00", where="s2"),
        ],
    )
    assert [(f.where, f.message) for f in review_report(report)] == [
        ("g", "the 2020 realization of Musrenbang is printed 82% here but 80% in a"),
        ("p", "the 2020 realization of Musrenbang is printed 85% here but 80% in a"),
        ("s", "the 2020 realization of SKM is printed 85,00 here but 80,00 in b"),
    ]


def test_a_wrong_allocation_total_is_named() -> None:
    rows = [BudgetRow(code="1", activity="a", allocation="100,00", realization="90,00")]
    table = BudgetTable(rows=rows, allocation_total="110,00", where="D")
    found = review_report(Report(title="t", budget=table))
    assert [(f.kind.value, f.where, f.message) for f in found] == [
        ("total", "D, jumlah anggaran", "printed 110,00, recomputed 100 (sum of 1 parts)")
    ]


def test_the_attendance_most_printed_is_the_reference() -> None:
    rows = _attendance_2019((142, 167), (133, 157), (133, 157))
    [finding] = review_report(Report(title="t", participation=rows))
    assert (finding.where, finding.message) == (
        "a",
        "the Musrenbang attendance of 2019 is printed 142/167 here but 133/157 in b",
    )


def test_survey_parts_without_nrr_are_not_recomputed() -> None:
    empty = PrintedSurvey(index="3", nrr={}, where="s")
    assert review_report(Report(title="t", surveys=[empty])) == []
    no_nrr = PrintedSurvey(weights={"U1": "0,5"}, weighted_nrr={"U1": "1"}, where="s")
    assert [f.kind.value for f in review_report(Report(title="t", surveys=[no_nrr]))] == ["weights"]


def test_undefined_figures_are_findings_with_the_printed_figure() -> None:
    report = Report(
        title="t",
        performance=[
            PerformanceRow(
                indicator=SKM, target="0", realization="5", achievement="100%", where="p"
            )
        ],
        participation=[
            ParticipationRow(non_civil_servants=0, attendees=0, percentage="100%", where="m")
        ],
        budget=BudgetTable(
            rows=[
                BudgetRow(
                    code="1", activity="a", allocation="0,00", realization="0,00", absorption="100"
                ),
                BudgetRow(
                    code="2", activity="b", allocation="0,00", realization="0,00", absorption="0"
                ),
            ],
            where="D",
        ),
    )
    assert [
        (f.kind.value, f.where, f.published and f.published.text, f.text())
        for f in review_report(report)
    ] == [
        (
            "undefined",
            "p",
            "100%",
            (
                "tercantum 100%, tetapi capaiannya tidak dapat dihitung: capaian terhadap target 0 "
                "tidak bermakna (sajikan indikator secara kualitatif, atau selisihnya)"
            ),
        ),
        (
            "undefined",
            "m",
            "100%",
            "tercantum 100%, tetapi persentasenya tidak dapat dihitung: pembaginya 0",
        ),
        (
            "undefined",
            "D, 1 a",
            "100",
            "tercantum 100, tetapi penyerapannya tidak dapat dihitung: pagu anggaran 0,00",
        ),
        (
            "undefined",
            "D, 2 b",
            "0",
            "tercantum 0, tetapi penyerapannya tidak dapat dihitung: pagu anggaran 0,00",
        ),
    ]


def test_attendance_without_a_year_is_compared_too() -> None:
    rows = [
        ParticipationRow(non_civil_servants=142, attendees=167, percentage="85,03%", where="a"),
        ParticipationRow(non_civil_servants=133, attendees=157, percentage="84,71%", where="b"),
        ParticipationRow(non_civil_servants=133, attendees=157, percentage="84,71%", where="c"),
    ]
    found = review_report(Report(title="t", participation=rows))
    assert [(f.where, f.message, f.text()) for f in found] == [
        (
            "a",
            "the Musrenbang attendance is printed 142/167 here but 133/157 in b",
            "jumlah peserta Musrenbang tercantum 142/167, tidak sesuai dengan 133/157 pada b",
        )
    ]


def test_renstra_progress_is_reviewed_with_the_indicators_options() -> None:
    # A minimize indicator whose achievement is the ratio target / realization: 10 / 8 = 125 %
    # (the mirror formula would give 120 %, the maximize one 80 %).
    poverty = Indicator(name="Angka kemiskinan", polarity="minimize", minimize_formula="ratio")

    def review(progress: str) -> list[str]:
        row = ProgressRow(
            indicator=poverty,
            final_target="10,00",
            realization="8,00",
            progress=progress,
            where="x",
        )
        return [f.message for f in review_report(Report(title="t", progress=[row]))]

    assert review("125,00%") == []
    for wrong in ("120,00%", "80,00%"):
        assert review(wrong) == [
            (
                f"printed {wrong}, recomputed 125% (achievement of 8,00 against 10,00, minimize "
                "(ratio)); the printed inputs allow any value from 124.8439% to 125.0782%"
            )
        ]


def test_targets_without_a_year_are_compared_too() -> None:
    rows = [
        PerformanceRow(indicator=SKM, target="85,0", where="PK"),
        PerformanceRow(indicator=SKM, target="80,0", where="RKT"),
    ]
    [finding] = review_report(Report(title="t", performance=rows))
    assert finding.message == "the target of SKM is printed 80,0 here but 85,0 in PK"
    assert finding.text() == "target SKM tercantum 80,0, tidak sesuai dengan 85,0 pada PK"


def test_every_performance_budget_row_is_reviewed() -> None:
    rows = [
        PerformanceBudgetRow(
            indicator=SKM, allocation="100,00", realization="90,00", absorption="80%", where="a"
        ),
        PerformanceBudgetRow(
            indicator=MUS, allocation="0", realization="0", absorption="0%", where="b"
        ),
    ]
    found = review_report(Report(title="t", performance_budget=rows))
    assert [(f.kind.value, f.where) for f in found] == [("percentage", "a"), ("undefined", "b")]


# ----------------------------------------------------------------------------- names and fields


def test_the_printed_survey_is_the_review_s_record() -> None:
    # Defined in lkjcalc.review (a check there will take it), re-exported by lkjcalc.report.
    import lkjcalc.review

    assert PrintedSurvey is lkjcalc.review.PrintedSurvey
    assert PrintedSurvey.__module__ == "lkjcalc.review"
    assert "PrintedSurvey" in lkjcalc.report.__all__
    assert "PrintedSurvey" in lkjcalc.review.__all__


#: domain.md §8, "module lkjcalc.report": every class's fields, in this order.
FIELDS = {
    Report: (
        "title",
        "performance",
        "progress",
        "participation",
        "surveys",
        "budget",
        "stated_budget_totals",
        "shares",
        "performance_budget",
        "counts",
        "consistent",
    ),
    PerformanceRow: ("indicator", "year", "target", "realization", "achievement", "where"),
    ProgressRow: ("indicator", "year", "final_target", "realization", "progress", "where"),
    ParticipationRow: (
        "year",
        "non_civil_servants",
        "attendees",
        "percentage",
        "indicator",
        "where",
    ),
    PrintedSurvey: (
        "index",
        "ikm",
        "grade",
        "nrr",
        "weights",
        "weighted_nrr",
        "scale",
        "indicator",
        "year",
        "where",
    ),
    BudgetRow: ("code", "program", "activity", "allocation", "realization", "absorption"),
    BudgetTable: ("rows", "allocation_total", "realization_total", "where"),
    ShareRow: ("label", "amount", "share", "where"),
    CountTable: ("counts", "total", "where"),
    PerformanceBudgetRow: ("indicator", "allocation", "realization", "absorption", "where"),
}


@pytest.mark.parametrize("cls", list(FIELDS), ids=lambda cls: cls.__name__)
def test_the_fields_are_those_of_the_contract(cls: type) -> None:
    import attrs

    assert tuple(field.name for field in attrs.fields(cls)) == FIELDS[cls]
    assert set(FIELDS) | {lkjcalc.report.review_report} == {
        getattr(lkjcalc.report, name) for name in lkjcalc.report.__all__
    }


def test_spent_is_the_realization_with_a_warning() -> None:
    # The seed's table 3.2, first row: Rp 12.143.000,00 allocated and spent.
    row = PerformanceBudgetRow(
        indicator=SKM,
        allocation="Rp. 12.143.000,00",
        realization="Rp. 12.143.000,00",
        absorption="100%",
        where="Tabel 3.2",
    )
    message = r"PerformanceBudgetRow\.spent is deprecated since lkjcalc 0\.2; use .*\.realization"
    with pytest.warns(DeprecationWarning, match=message) as caught:
        spent = row.spent
    assert spent is row.realization
    assert points_at_caller(caught[0].filename, __file__)  # the warning points at the caller
    with pytest.raises(TypeError):
        PerformanceBudgetRow(  # type: ignore[call-arg]
            indicator=SKM, allocation="1", spent="1", where="Tabel 3.2"
        )


# ----------------------------------------------------------------------------- property tests


def _printed(value: Decimal, places: int, mode: Rounding, *, percent: bool = False) -> str:
    """*value* as a report prints it: rounded half up or truncated, Indonesian notation."""
    rounded = quantize(value, places, mode)
    return format_percent(rounded, places) if percent else format_number(rounded, places)


def _beyond(high: Decimal, places: int) -> str:
    """A printed figure all of whose values lie above *high*."""
    unit = Decimal(1).scaleb(-places)
    return format_number(quantize(high + unit / 2, places, Rounding.DOWN) + unit, places)


_places = st.integers(0, 3)
_modes = st.sampled_from(list(Rounding))
_positive = st.decimals(min_value=1, max_value=10**4, places=3, allow_nan=False)
_nrr = st.decimals(min_value=1, max_value=4, places=4, allow_nan=False)
_amounts = st.integers(1, 10**9).map(lambda cents: Decimal(cents).scaleb(-2))


@st.composite
def true_reports(draw: st.DrawFn) -> Report:
    """A report whose figures come from true values: computed ones printed with any rounding."""
    performance = []
    for i in range(draw(st.integers(1, 3))):
        indicator = Indicator(
            name=f"I{i}",
            polarity=draw(st.sampled_from(list(Polarity))),
            minimize_formula=draw(st.sampled_from(list(MinimizeFormula))),
            cap=draw(st.one_of(st.none(), st.integers(100, 150))),
        )
        target, realization = draw(_positive), draw(_positive)
        true = indicator.achievement(target, realization)
        performance.append(
            PerformanceRow(
                indicator=indicator,
                year=2020,
                target=format_number(target, 3),  # exact: printed as it is
                realization=_printed(realization, draw(_places), draw(_modes)),
                achievement=_printed(true, draw(_places), draw(_modes), percent=True),
                where=f"capaian {i}",
            )
        )
    attendees = draw(st.integers(1, 500))
    present = draw(st.integers(0, attendees))
    participation = ParticipationRow(
        non_civil_servants=present,
        attendees=attendees,
        percentage=_printed(
            Decimal(present * 100) / attendees, draw(_places), draw(_modes), percent=True
        ),
        where="partisipasi",
    )
    nrr = draw(st.lists(_nrr, min_size=1, max_size=9))
    result = ikm_from_nrr({f"U{i}": v for i, v in enumerate(nrr, start=1)})
    ikm_places, ikm_mode = draw(st.integers(2, 3)), draw(_modes)
    ikm_printed = _printed(result.ikm, ikm_places, ikm_mode)
    survey = PrintedSurvey(
        nrr={c: _printed(v, draw(st.integers(1, 3)), draw(_modes)) for c, v in result.nrr.items()},
        index=_printed(result.index, draw(st.integers(1, 3)), draw(_modes)),
        ikm=ikm_printed,
        grade=IKM_2017.classify(published(ikm_printed).value).code,  # graded as printed
        where="SKM",
    )
    lines = draw(st.lists(st.tuples(_amounts, _amounts), min_size=1, max_size=5))
    rows = [
        BudgetRow(
            code=str(i),
            activity="kegiatan",
            allocation=format_number(a, 2),
            realization=format_number(r, 2),
            absorption=_printed(r * 100 / a, draw(_places), draw(_modes)),
        )
        for i, (a, r) in enumerate(lines, start=1)
    ]
    allocation = sum((a for a, _ in lines), Decimal(0))
    table = BudgetTable(
        rows=rows,
        allocation_total=format_number(allocation, 2),
        realization_total=format_number(sum((r for _, r in lines), Decimal(0)), 2),
        where="anggaran",
    )
    share = ShareRow(
        label="baris 1",
        amount=format_rupiah(lines[0][0]),
        share=_printed(lines[0][0] * 100 / allocation, draw(_places), draw(_modes), percent=True),
        where="porsi",
    )
    counts = draw(st.lists(st.integers(0, 50), max_size=6))
    return Report(
        title="dari nilai sebenarnya",
        performance=performance,
        participation=[participation],
        surveys=[survey],
        budget=table,
        stated_budget_totals={"teks": format_rupiah(allocation)},
        shares=[share],
        counts=[
            CountTable(
                counts=dict(zip("abcdef", counts, strict=False)),
                total=str(sum(counts)),
                where="pegawai",
            )
        ],
    )


@given(true_reports())
def test_a_report_printed_from_true_values_has_no_finding(report: Report) -> None:
    assert review_report(report) == []


@given(
    true_reports(),
    st.sampled_from(["achievement", "percentage", "absorption", "ikm", "total"]),
    _places,
)
def test_one_figure_changed_beyond_its_values_yields_exactly_its_finding(
    report: Report, figure: str, places: int
) -> None:
    if figure == "achievement":
        row = report.performance[0]
        assert row.realization is not None
        assert row.target is not None
        ends = [
            row.indicator.achievement(row.target.value, end)
            for end in (row.realization.interval.lower, row.realization.interval.upper)
        ]
        changed = attrs.evolve(
            report,
            performance=[
                attrs.evolve(row, achievement=_beyond(max(ends), places) + "%"),
                *report.performance[1:],
            ],
        )
        expected = ("achievement", row.where)
    elif figure == "percentage":
        row = report.participation[0]
        exact = Decimal(row.non_civil_servants * 100) / row.attendees
        changed = attrs.evolve(
            report, participation=[attrs.evolve(row, percentage=_beyond(exact, places) + "%")]
        )
        expected = ("percentage", row.where)
    elif figure == "absorption":
        table = report.budget
        assert table is not None
        line = table.rows[0]
        exact = line.realization.value * 100 / line.allocation.value
        rows = [attrs.evolve(line, absorption=_beyond(exact, places)), *table.rows[1:]]
        changed = attrs.evolve(report, budget=attrs.evolve(table, rows=rows))
        expected = ("percentage", f"{table.where}, {line.code} {line.activity}")
    elif figure == "ikm":
        survey = report.surveys[0]
        assert survey.index is not None
        high = min(survey.index.interval.upper, Decimal(4)) * 25
        ikm = _beyond(high, places + 2)
        grade = IKM_2017.classify(published(ikm).value).code
        changed = attrs.evolve(report, surveys=[attrs.evolve(survey, ikm=ikm, grade=grade)])
        expected = ("value", survey.where)
    else:
        counts = report.counts[0]
        changed = attrs.evolve(
            report, counts=[attrs.evolve(counts, total=str(counts.total.value + 1))]
        )
        expected = ("total", counts.where)
    [finding] = review_report(changed)
    assert (finding.kind.value, finding.where) == expected


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: PerformanceRow(indicator=SKM, achievement="x y", where="t"), "achievement"),
        (
            lambda: ProgressRow(
                indicator=SKM, final_target="?", realization=1, progress=1, where="t"
            ),
            "final_target",
        ),
        (
            lambda: ProgressRow(
                indicator=SKM, final_target="1", realization="1", progress="?", where="t"
            ),
            "progress",
        ),
        (
            lambda: ParticipationRow(
                non_civil_servants=1, attendees=2, percentage="abc", where="t"
            ),
            "percentage",
        ),
        (lambda: CountTable(counts={"a": 1}, total="x", where="t"), "total"),
        (lambda: ShareRow(label="a", amount="Rp", share="1", where="t"), "amount"),
        (lambda: PrintedSurvey(ikm="?", where="s"), "ikm"),
        (lambda: PrintedSurvey(nrr={"U1": "?"}, where="s"), "nrr['U1']"),
        (lambda: PrintedSurvey(weights="?", where="s"), "weights"),
        (lambda: PrintedSurvey(index="?", where="s"), "index"),
        (lambda: PrintedSurvey(weights={"U1": "?"}, where="s"), "weights['U1']"),
        (
            lambda: BudgetRow(code="1", activity="a", allocation="?", realization="1"),
            "allocation",
        ),
        (
            lambda: BudgetRow(
                code="1", activity="a", allocation="1", realization="1", absorption="?"
            ),
            "absorption",
        ),
        (
            lambda: BudgetTable(
                rows=[BudgetRow(code="1", activity="a", allocation="1", realization="1")],
                allocation_total="?",
                where="t",
            ),
            "allocation_total",
        ),
    ],
)
def test_a_bad_printed_figure_names_its_field(build: Callable[[], object], field: str) -> None:
    # Issue 12: the report rows named every bad printed figure "text".
    with pytest.raises(ParseError) as info:
        build()
    assert info.value.field == field
