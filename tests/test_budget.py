"""Budget, absorption, shares and efficiency (issue #4): published tables and laws."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, localcontext

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    Band,
    Indicator,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Polarity,
    Target,
    UndefinedResultError,
    round_half_up,
    scales,
)
from lkjcalc.budget import (
    Budget,
    BudgetLine,
    PerformanceBudget,
    absorption,
    efficiency_band,
    efficiency_gap,
    efficiency_index,
    share,
    unspent_share,
)
from lkjcalc.strategies import rupiah_amounts
from messages import check_message, points_at_caller
from strategies import budget_lines

# ----------------------------------------------------------------------------- the seed's table
# LKj Kecamatan Bantur 2020, BAB III D, table "REALISASI ANGGARAN": (code, activity, allocation,
# realization, printed %), transcribed as printed (amounts without the thousands dots).

I = "Program Pelayanan Administrasi Perkantoran"  # noqa: E741 - the report's roman numeral
II = "Program Peningkatan Sarana dan Prasarana Aparatur"
III = "Program Peningkatan Disiplin Aparatur"
IV = "Program Peningkatan Kapasitas Sumber Daya Aparatur"
V = "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan"
VI = "Program Peningkatan Pelayanan Kecamatan"

SEED_TABLE: list[tuple[str, str, str, str, str, str | None]] = [
    (I, "I.1", "Penyediaan Jasa Surat Menyurat", "12000000.00", "12000000.00", "100"),
    (
        I,
        "I.2",
        "Penyediaan Jasa Komunikasi, Sumberdaya Air dan Listrik",
        "7800000.00",
        "7800000.00",
        "100",
    ),
    (
        I,
        "I.3",
        "Penyediaan Jasa Pemeliharaan dan Perizinan Kendaraan Dinas/Operasional",
        "2288000.00",
        "2288000.00",
        "100",
    ),
    # The report prints 98 % for I.4 although its realization equals its allocation (100 %):
    # an inconsistency for the review (#6) to report; the test below keeps it visible.
    (I, "I.4", "Penyediaan Jasa Administrasi Keuangan", "131137800.00", "131137800.00", "98"),
    (I, "I.5", "Penyediaan Jasa Kebersihan Kantor", "4800000.00", "4800000.00", "100"),
    (I, "I.6", "Penyediaan Alat Tulis Kantor", "38526150.00", "38526150.00", "100"),
    (I, "I.7", "Penyediaan Barang Cetak dan Penggandaan", "12966500.00", "12966500.00", "100"),
    (
        I,
        "I.8",
        "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
        "6295000.00",
        "6295000.00",
        "100",
    ),
    (I, "I.9", "Penyediaan Makanan dan Minuman", "67156000.00", "67156000.00", "100"),
    # I.10 is printed at a page break with its allocation only (112.950.000,00) and no
    # realization or %; the printed "Jumlah" (realization 692.541.800,00 = allocation) implies
    # it was spent in full, so its realization is taken equal to its allocation.
    (
        I,
        "I.10",
        "Rapat-rapat Koordinasi dan Konsultasi Ke Dalam Daerah",
        "112950000.00",
        "112950000.00",
        None,
    ),
    (II, "II.1", "Pengadaan Peralatan Gedung Kantor", "35216000.00", "35216000.00", "100"),
    (II, "II.2", "Pemeliharaan Rutin/Berkala Gedung Kantor", "34523000.00", "34523000.00", "100"),
    (
        II,
        "II.3",
        "Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional",
        "15000000.00",
        "15000000.00",
        "100",
    ),
    (
        III,
        "III.1",
        "Pengadaan Pakaian Dinas beserta perlengkapannya",
        "7650000.00",
        "7650000.00",
        "100",
    ),
    (
        III,
        "III.2",
        "Pengadaan Pakaian Khusus hari-hari tertentu",
        "10800000.00",
        "10800000.00",
        "100",
    ),
    (IV, "IV.1", "Pendidikan dan Pelatihan Formal", "5050000.00", "5050000.00", "100"),
    (
        V,
        "V.1",
        "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        "19440600.00",
        "19440600.00",
        "100",
    ),
    (
        VI,
        "VI.1",
        "Pengendalian Keamanan dan Ketertiban Lingkungan",
        "38308000.00",
        "38308000.00",
        "100",
    ),
    (
        VI,
        "VI.2",
        "Pembinaan Penyelenggaraan Pemerintah Desa/Kelurahan",
        "38856000.00",
        "38856000.00",
        "100",
    ),
    (
        VI,
        "VI.3",
        "Pembinaan Kesejahteraan Sosial dan Kepemudaan",
        "38346000.00",
        "38346000.00",
        "100",
    ),
    (
        VI,
        "VI.4",
        "Pengendalian Pembangunan dan Pemberdayaan Masyarakat",
        "41289750.00",
        "41289750.00",
        "100",
    ),
    (
        VI,
        "VI.5",
        "Pelayanan Administrasi Umum dan Kependudukan",
        "12143000.00",
        "12143000.00",
        "100",
    ),
]

#: The table's printed "Jumlah" row (allocation and realization).
PRINTED_TOTAL = Decimal("692541800.00")
#: The budget the text of BAB III D states ("dana anggaran Tahun 2020 sebesar Rp. 636.541.800,-"):
#: Rp 56.000.000 less than the sum of the lines. The shares of table 3.1 are taken on it.
TEXT_TOTAL = Decimal("636541800.00")


@pytest.fixture(scope="module")
def seed() -> Budget:
    return Budget.from_rows(
        [
            (program, activity, allocation, realization, code)
            for program, code, activity, allocation, realization, _ in SEED_TABLE
        ]
    )


def test_seed_table_has_22_lines_in_6_programs(seed: Budget) -> None:
    assert len(seed) == 22
    assert list(seed.programs()) == [I, II, III, IV, V, VI]
    assert [line.code for line in seed][:3] == ["I.1", "I.2", "I.3"]


def test_seed_grand_total_is_the_sum_of_the_lines(seed: Budget) -> None:
    # The printed "Jumlah" agrees with the lines; the text's 636.541.800 does not.
    assert seed.allocation == PRINTED_TOTAL
    assert seed.realization == PRINTED_TOTAL
    assert seed.allocation - TEXT_TOTAL == Decimal("56000000.00")
    assert seed.absorption == 100  # "dapat terserap 100%"
    assert seed.unspent == 0
    assert seed.over_budget == ()


@pytest.mark.parametrize(
    ("program", "subtotal", "lines"),
    [
        # Subtotals the report does not print, derived from its lines.
        (I, "395919450.00", 10),
        (II, "84739000.00", 3),
        (III, "18450000.00", 2),
        (IV, "5050000.00", 1),
        (V, "19440600.00", 1),
        (VI, "168942750.00", 5),
    ],
)
def test_seed_program_subtotals(seed: Budget, program: str, subtotal: str, lines: int) -> None:
    part = seed.programs()[program]
    assert part.allocation == Decimal(subtotal)
    assert part.realization == Decimal(subtotal)
    assert len(part) == lines
    assert seed.program(program) == part


def test_seed_program_subtotals_add_up_to_the_total(seed: Budget) -> None:
    parts = seed.programs().values()
    assert sum(part.allocation for part in parts) == seed.allocation
    assert sum(seed.share(part) for part in parts) == 100


@pytest.mark.parametrize(
    "row", [row for row in SEED_TABLE if row[5] is not None], ids=lambda row: row[1]
)
def test_seed_line_absorption_against_the_printed_column(
    seed: Budget, row: tuple[str, str, str, str, str, str | None]
) -> None:
    _, code, _, _, _, printed = row
    line = next(line for line in seed if line.code == code)
    assert line.absorption == 100
    if code == "I.4":
        # Printed 98: the column disagrees with the line's own amounts (review #6).
        assert round_half_up(line.absorption) != Decimal(str(printed))
    else:
        assert round_half_up(line.absorption) == Decimal(str(printed))


def test_seed_shares_of_table_3_1() -> None:
    # Table 3.1 prints 1,907 % and 2,642 %: the two objectives' allocations over the text's
    # 636.541.800. 1,9076… is truncated there (half up gives 1,908); 2,6424… agrees either way.
    skm = share("12143000.00", TEXT_TOTAL)
    musrenbang = share("16820500.00", TEXT_TOTAL)
    assert skm.quantize(Decimal("0.001"), rounding="ROUND_DOWN") == Decimal("1.907")
    assert round_half_up(skm, 3) == Decimal("1.908")
    assert round_half_up(musrenbang, 3) == Decimal("2.642")
    # On the sum of the lines they are 1,753 % and 2,429 %.
    assert round_half_up(share("12143000.00", PRINTED_TOTAL), 3) == Decimal("1.753")
    assert round_half_up(share("16820500.00", PRINTED_TOTAL), 3) == Decimal("2.429")


def test_seed_share_of_a_line(seed: Budget) -> None:
    skm_line = next(line for line in seed if line.code == "VI.5")
    assert round_half_up(seed.share(skm_line), 3) == Decimal("1.753")
    assert round_half_up(sum(seed.share(line) for line in seed), 20) == 100


# ----------------------------------------------------------------------------- seed tables 3.2/3.3

SKM = Indicator(name="Survey Kepuasan Masyarakat", unit="indeks")
MUSRENBANG = Indicator(
    name="Persentase tingkat partisipasi Masyarakat/Perwakilan Masyarakat dalam "
    "pelaksanaan Musrenbangcam",
    unit="%",
)


@pytest.mark.parametrize(
    ("indicator", "target", "realization", "amount"),
    [
        # Table 3.2 row 1: target 85, realization 85, Rp 12.143.000,00 allocated and spent.
        (SKM, "85", "85", "12143000.00"),
        # Row 2 prints a target of 80 % (the performance agreement, BAB II B, says 85 %) and a
        # realization of 80 % (BAB III 2.2: 142 / 167 = 85 %); the printed row is used as is.
        (MUSRENBANG, "80", "80", "16820500.00"),
    ],
)
def test_seed_tables_3_2_and_3_3(
    indicator: Indicator, target: str, realization: str, amount: str
) -> None:
    row = PerformanceBudget(
        indicator=indicator,
        target=target,
        realization=realization,
        allocation=amount,
        budget_realization=amount,
    )
    assert row.achievement == 100  # printed "Capaian 100%"
    assert row.absorption == 100  # printed "100%" (3.2) and "% Penyerapan Anggaran 100%" (3.3)
    assert row.efficiency_gap == 0  # printed "Tingkat Efisiensi -"
    assert row.efficiency_index == 1
    assert row.unspent_share == 0
    assert row.efficiency_band.code == "TE"


def test_performance_budget_from_a_line_of_the_seed(seed: Budget) -> None:
    line = next(line for line in seed if line.code == "VI.5")
    row = PerformanceBudget.from_budget(SKM, target=85, realization=85, budget=line)
    assert (row.allocation, row.budget_realization) == (line.allocation, line.realization)
    whole = PerformanceBudget.from_budget(SKM, target=85, realization=85, budget=seed.program(VI))
    assert whole.allocation == Decimal("168942750.00")


# ----------------------------------------------------------------------------- other reports


@pytest.mark.parametrize(
    ("allocation", "realization", "printed"),
    [
        # LAKIP Itjen 2019, table III.5 "Pengukuran Efisiensi" (pagu, realisasi, %):
        # https://fliphtml5.com/ivgoq/hwvo/LAKIP_ITJEN_TAHUN_2019/42
        ("106439453000.00", "104734936307.00", "98.40"),
        ("769420000.00", "760225025.00", "98.80"),
        ("3021089000.00", "2988047640.00", "98.91"),
        # Laporan Kinerja PRKOM (BPOM) 2021, table 28 "Analisis Tingkat Efisiensi Kegiatan":
        # https://123dok.com/article/analisis-efisiensi-pelaksanaan-kegiatan-akuntabilitas-kinerja.yev43501
        ("6910387000", "6495748767", "94.00"),
        ("42150000", "41818800", "99.21"),
    ],
)
def test_published_absorption(allocation: str, realization: str, printed: str) -> None:
    assert round_half_up(absorption(allocation, realization), 2) == Decimal(printed)
    assert round_half_up(unspent_share(allocation, realization), 2) == 100 - Decimal(printed)


@pytest.mark.parametrize(
    ("achievement_pct", "absorption_pct", "index", "places"),
    [
        # PRKOM (BPOM) 2021, table 28 (URL above): capaian 99,92 % (74,94 of 75), serapan
        # 94,00 %, IE 1,063, TE 0,063; capaian 100 %, serapan 99,21 %, IE 1,008, TE 0,008.
        ("99.92", absorption(6910387000, 6495748767), "1.063", 3),
        ("100", absorption(42150000, 41818800), "1.008", 3),
        # Laporan Kinerja BBPOM di Yogyakarta 2020: realisasi anggaran 95,44, realisasi
        # kinerja 100,57, "Indeks Efisiensi sebesar 1,05 dan Tingkat Efisiensi 0,05":
        # https://123dok.com/article/efektivitas-penggunaan-anggaran-pengantar-yogyakarta-februari-kepala-bbpom.yj74d3o2
        ("100.57", "95.44", "1.05", 2),
    ],
)
def test_published_efficiency_index(
    achievement_pct: str, absorption_pct: Decimal | str, index: str, places: int
) -> None:
    ie = efficiency_index(achievement_pct, absorption_pct)
    assert round_half_up(ie, places) == Decimal(index)
    assert round_half_up(ie - 1, places) == Decimal(index) - 1  # TE = IE − 1
    assert efficiency_gap(achievement_pct, absorption_pct) > 0  # both call it efficient


def test_prkom_achievement_is_reproduced() -> None:
    indicator = Indicator(name="Persentase riset dan kajian yang dimanfaatkan", unit="%")
    row = PerformanceBudget(
        indicator=indicator,
        target="75",
        realization="74.94",
        allocation="6910387000",
        budget_realization="6495748767",
    )
    assert row.achievement == Decimal("99.92")
    assert round_half_up(row.absorption, 2) == Decimal("94.00")
    assert round_half_up(row.efficiency_index, 3) == Decimal("1.063")
    assert row.efficiency_band.code == "KE"


# ----------------------------------------------------------------------------- the formulas


def test_formulas_on_small_values() -> None:
    assert absorption(200, 150) == 75
    assert unspent_share(200, 150) == 25
    assert share(50, 200) == 25
    assert efficiency_gap(110, 75) == 35
    assert efficiency_gap(-20, 75) == -95  # a minimize mirror achievement may be negative
    assert efficiency_index(90, 75) == Decimal("1.2")
    assert unspent_share(100, 130) == -30  # over-spending
    assert absorption(100, 130) == 130


@pytest.mark.parametrize(
    ("absorbed", "code"),
    [
        # Kepmendagri 690.900.327/1996, inclusive lower bounds after rounding to 2 places.
        ("100", "TE"),
        ("99.995", "TE"),
        ("99.994", "KE"),
        ("90", "KE"),
        ("89.99", "CE"),
        ("80", "CE"),
        ("60", "E"),
        ("59.99", "SE"),
        ("0", "SE"),
    ],
)
def test_efficiency_band_bounds(absorbed: str, code: str) -> None:
    assert efficiency_band(absorbed).code == code
    assert efficiency_band(absorption_pct=Decimal(absorbed)).code == code


def test_efficiency_band_on_another_scale() -> None:
    assert efficiency_band(85, scale=scales.LKJ_ORDINAL).code == "SB"
    with pytest.raises(InvalidTypeError, match="scale"):
        efficiency_band(85, scale="BUDGET_EFFICIENCY_1996")  # type: ignore[call-overload]


def test_efficiency_band_refuses_a_negative_absorption() -> None:
    with pytest.raises(InvalidInputError, match="absorption_pct: got -1, expected an absorption"):
        efficiency_band(-1)
    with pytest.raises(InvalidTypeError, match="absorption_pct: got None"):
        efficiency_band(None)  # type: ignore[call-overload]


# The whole message, word for word: it tells the caller what to write instead.
_TWO_AMOUNTS = (
    "^"
    + re.escape(
        "efficiency_band(allocation, realization) is deprecated since lkjcalc 0.2; pass the "
        "absorption in percent: efficiency_band(absorption(allocation, realization))"
    )
    + "$"
)


@pytest.mark.parametrize(
    "call",
    [
        lambda: efficiency_band(106439453000, 104734936307),
        lambda: efficiency_band(allocation=106439453000, realization=104734936307),
        lambda: efficiency_band(106439453000, realization=104734936307),
    ],
    ids=["positional", "keywords", "mixed"],
)
def test_efficiency_band_of_two_amounts_is_deprecated(call: Callable[[], Band]) -> None:
    # LAKIP Itjen 2019, table III.5: 104.734.936.307 of 106.439.453.000, printed 98,40 %: KE.
    with pytest.warns(DeprecationWarning, match=_TWO_AMOUNTS) as caught:
        band = call()
    assert band is efficiency_band(absorption(106439453000, 104734936307))
    assert band.code == "KE"
    assert points_at_caller(caught[0].filename, __file__)  # the warning points at the caller


def test_efficiency_band_of_two_amounts_keeps_its_errors() -> None:
    with (
        pytest.warns(DeprecationWarning, match=_TWO_AMOUNTS),
        pytest.raises(UndefinedResultError, match="absorption"),
    ):
        efficiency_band(0, 10)
    with (
        pytest.warns(DeprecationWarning, match=_TWO_AMOUNTS),
        pytest.raises(InvalidTypeError, match="realization"),
    ):
        efficiency_band(allocation=100)  # type: ignore[call-overload]
    with (
        pytest.warns(DeprecationWarning, match=_TWO_AMOUNTS),
        pytest.raises(InvalidTypeError, match="allocation"),
    ):
        efficiency_band(realization=5)  # type: ignore[call-overload]
    with pytest.raises(InvalidTypeError, match="allocation: got 100, expected no allocation"):
        efficiency_band(98, allocation=100)  # type: ignore[call-overload]


@given(st.decimals(min_value="0.01", max_value=10**9, places=2), st.decimals(0, 10**9, places=2))
def test_efficiency_band_reads_the_absorption(allocation: Decimal, realization: Decimal) -> None:
    # The Kepmendagri ratio is the absorption: both calls give one band.
    with pytest.warns(DeprecationWarning, match=_TWO_AMOUNTS):
        old = efficiency_band(allocation, realization)
    assert old is efficiency_band(absorption(allocation, realization))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: absorption(0, 0), "absorption"),
        (lambda: absorption("0.00", 5), "absorption"),
        (lambda: share(0, 0), "share"),
        (lambda: unspent_share(0, 0), "unspent share"),
        (lambda: efficiency_index(100, 0), "efficiency index"),
        (lambda: Budget(lines=[]).absorption, "absorption"),
        (lambda: Budget(lines=[]).share(Budget(lines=[])), "share"),
    ],
)
def test_zero_denominators_are_undefined(call: Callable[[], object], message: str) -> None:
    with pytest.raises(UndefinedResultError, match=message):
        call()


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: absorption(-1, 5), "allocation"),
        (lambda: absorption(10, "-0.01"), "realization"),
        (lambda: share(-1, 5), "part"),
        (lambda: share(1, -5), "total"),
        (lambda: share(6, 5), "part"),
        (lambda: unspent_share(10, -1), "realization"),
        (lambda: efficiency_gap(100, -1), "absorption_pct"),
        (lambda: efficiency_index(100, "-0.5"), "absorption_pct"),
    ],
)
def test_invalid_amounts_name_their_field(call: Callable[[], object], field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        call()
    assert info.value.field == field
    assert field in str(info.value)


def test_results_ignore_the_callers_context() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        assert absorption("106439453000.00", "104734936307.00") == absorption(
            106439453000, 104734936307
        )
        assert str(share(12143000, 636541800)).startswith("1.907651626334672758")


# ----------------------------------------------------------------------------- objects


def _line(allocation: object = 100, realization: object = 90, **kwargs: object) -> BudgetLine:
    fields: dict[str, object] = {"program": "P", "activity": "A"} | kwargs
    return BudgetLine(allocation=allocation, realization=realization, **fields)  # type: ignore[arg-type]


def test_budget_line_validates_on_construction() -> None:
    with pytest.raises(InvalidInputError, match="allocation"):
        _line(allocation=-1)
    with pytest.raises(InvalidInputError, match="realization"):
        _line(realization="-5")
    with pytest.raises(InvalidInputError, match="program"):
        _line(program=" ")
    with pytest.raises(InvalidTypeError, match="code"):
        _line(code=4)
    with pytest.raises(InvalidTypeError, match="allocation"):
        _line(allocation=None)


def test_over_budget_is_allowed_and_visible() -> None:
    over = _line(100, 120, activity="over")
    budget = Budget(lines=[_line(100, 50), over])
    assert over.is_over_budget
    assert over.unspent == -20
    assert over.absorption == 120
    assert budget.over_budget == (over,)
    assert budget.unspent == 30
    assert budget.absorption == 85
    assert over.unspent_share == -20
    assert budget.unspent_share == 15


def test_line_with_nothing_allocated() -> None:
    unplanned = _line(0, 10)
    assert unplanned.is_over_budget
    with pytest.raises(UndefinedResultError):
        _ = unplanned.absorption
    assert Budget(lines=[unplanned, _line(100, 90)]).absorption == 100


def test_budget_lines_must_be_budget_lines() -> None:
    with pytest.raises(InvalidTypeError, match=r"lines\[1\]"):
        Budget(lines=[_line(), "not a line"])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match="lines"):
        Budget(lines=_line())  # type: ignore[arg-type]
    assert Budget(lines=[_line()]).lines == (_line(),)


def test_budget_is_immutable() -> None:
    budget = Budget(lines=[_line()])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        budget.lines = ()  # type: ignore[misc]


class _RepeatedKey:
    """A mapping-like row (``.items()``, as a pandas Series) whose key ``program`` comes twice."""

    def items(self) -> list[tuple[str, object]]:
        return [("program", "P"), ("program", "Q"), ("activity", "A"), ("allocation", 1)]


@pytest.mark.parametrize(
    ("rows", "field"),
    [
        ([("P", "A", "100")], "rows[0]"),
        ([("P", "A", 1, 1), _RepeatedKey()], "rows[1]"),
        ([("P", "A", 1, 2, "c", "extra")], "rows[0]"),
        ([("P", "A", 100, 90), ("P", "A", "12.000.000,00", 90)], "rows[1].allocation"),
        ([("P", "A", 100, -90)], "rows[0].realization"),
        ([("", "A", 100, 90)], "rows[0].program"),
        ([{"program": "P", "activity": "A", "allocation": 1}], "rows[0]"),
        ([{"program": "P", "activity": "A", "allocation": 1, "realization": 1, "x": 2}], "rows[0]"),
        (["P,A,100,90"], "rows[0]"),
        ("P,A,100,90", "rows"),
        (None, "rows"),
    ],
)
def test_from_rows_names_the_faulty_row(rows: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        Budget.from_rows(rows)  # type: ignore[arg-type]
    assert info.value.field == field


def test_from_rows_accepts_mappings_and_optional_codes() -> None:
    budget = Budget.from_rows(
        [
            {"program": "P", "activity": "A", "allocation": "100.00", "realization": 90},
            {"program": "Q", "activity": "B", "allocation": 50, "realization": 50, "code": "2"},
            ("P", "C", 10, 10),
        ]
    )
    assert [line.code for line in budget] == [None, "2", None]
    assert list(budget.programs()) == ["P", "Q"]
    assert budget.program("P").allocation == Decimal("110.00")


def test_program_and_share_refuse_what_is_not_in_the_budget() -> None:
    budget = Budget(lines=[_line(program="P"), _line(program="Q")])
    with pytest.raises(InvalidInputError, match="P; Q"):
        budget.program("R")
    with pytest.raises(InvalidInputError, match="a line of this budget"):
        budget.share(_line(program="R"))
    with pytest.raises(InvalidTypeError, match="part"):
        budget.share("P")  # type: ignore[arg-type]
    assert budget.share(budget.program("P")) == 50


def test_adding_budgets_concatenates_their_lines() -> None:
    a = Budget(lines=[_line(100, 90, activity="a")])
    b = Budget(lines=[_line(50, 50, activity="b")])
    assert (a + b).lines == a.lines + b.lines
    assert (a + Budget(lines=[])) == a
    with pytest.raises(TypeError):
        _ = a + 1


def test_performance_budget_validates_on_construction() -> None:
    figures = {"target": 85, "realization": 85, "allocation": 10, "budget_realization": 10}
    with pytest.raises(InvalidTypeError, match="indicator"):
        PerformanceBudget(indicator="SKM", **figures)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="budget_realization"):
        PerformanceBudget(indicator=SKM, **(figures | {"budget_realization": -1}))
    with pytest.raises(InvalidInputError, match="realization"):
        PerformanceBudget(indicator=SKM, **(figures | {"realization": -1}))
    growth = Indicator(name="growth", allow_negative=True)
    row = PerformanceBudget(indicator=growth, **(figures | {"realization": -1}))
    assert row.achievement < 0
    with pytest.raises(InvalidTypeError, match="budget"):
        PerformanceBudget.from_budget(SKM, target=85, realization=85, budget=10)  # type: ignore[arg-type]


def test_performance_budget_follows_its_indicator() -> None:
    poverty = Indicator(name="Angka kemiskinan", unit="%", polarity=Polarity.MINIMIZE)
    row = PerformanceBudget(
        indicator=poverty, target=10, realization=9, allocation=100, budget_realization=80
    )
    assert row.achievement == 110
    assert row.efficiency_gap == 30
    assert row.efficiency_index == Decimal("1.375")
    ranged = attrs.evolve(row, indicator=SKM, target=Target.between(80, 90), realization=84)
    assert ranged.achievement == 100


# ----------------------------------------------------------------------------- laws

amounts = rupiah_amounts(max_value=Decimal("1e12"))
positive_amounts = rupiah_amounts(min_value=Decimal("0.01"), max_value=Decimal("1e12"))
percent_figures = st.decimals(
    min_value=-200, max_value=Decimal(300), places=4, allow_nan=False, allow_infinity=False
)


@given(st.lists(budget_lines(), max_size=12), st.data())
def test_totals_are_additive_over_any_split(lines: list[BudgetLine], data: st.DataObject) -> None:
    mask = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    left = Budget(lines=[line for line, keep in zip(lines, mask, strict=True) if keep])
    right = Budget(lines=[line for line, keep in zip(lines, mask, strict=True) if not keep])
    whole = Budget(lines=lines)
    assert whole.allocation == left.allocation + right.allocation
    assert whole.realization == left.realization + right.realization
    assert whole.unspent == left.unspent + right.unspent
    assert (left + right).allocation == whole.allocation
    programs = whole.programs()
    assert sum(part.allocation for part in programs.values()) == whole.allocation
    assert sum(len(part) for part in programs.values()) == len(whole)


@given(st.lists(budget_lines(), min_size=1, max_size=12))
def test_shares_of_all_lines_sum_to_100(lines: list[BudgetLine]) -> None:
    budget = Budget(lines=lines)
    if budget.allocation == 0:
        with pytest.raises(UndefinedResultError):
            budget.share(lines[0])
        return
    total = sum((budget.share(line) for line in budget), Decimal(0))
    assert round_half_up(total, 20) == 100
    programs = sum((budget.share(part) for part in budget.programs().values()), Decimal(0))
    assert round_half_up(programs, 20) == 100


@given(st.lists(budget_lines(positive=True), min_size=1, max_size=12))
def test_whole_absorption_lies_between_the_lines(lines: list[BudgetLine]) -> None:
    each = [line.absorption for line in lines]
    whole = Budget(lines=lines).absorption
    assert round_half_up(min(each), 20) <= round_half_up(whole, 20) <= round_half_up(max(each), 20)


@given(percent_figures, st.decimals(min_value=0, max_value=300, places=4, allow_nan=False))
def test_gap_is_zero_exactly_when_achievement_equals_absorption(
    achieved: Decimal, absorbed: Decimal
) -> None:
    assert (efficiency_gap(achieved, absorbed) == 0) == (achieved == absorbed)
    assert efficiency_gap(absorbed, absorbed) == 0
    if absorbed > 0:
        assert (efficiency_index(achieved, absorbed) == 1) == (achieved == absorbed)
        # Gap and index agree on which side of "efficient" a row lies.
        gap, index = efficiency_gap(achieved, absorbed), efficiency_index(achieved, absorbed)
        assert (gap > 0) == (index > 1)


@given(st.lists(budget_lines(positive=True), min_size=2, max_size=8), st.data())
def test_changing_one_line_changes_no_other_line(
    lines: list[BudgetLine], data: st.DataObject
) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
    changed = attrs.evolve(
        lines[index],
        allocation=data.draw(positive_amounts),
        realization=data.draw(amounts),
    )
    before = Budget(lines=lines)
    after = Budget(lines=[*lines[:index], changed, *lines[index + 1 :]])
    for i, (old, new) in enumerate(zip(before, after, strict=True)):
        if i == index:
            continue
        assert new == old
        assert (new.absorption, new.unspent, new.is_over_budget) == (
            old.absorption,
            old.unspent,
            old.is_over_budget,
        )
    # Programs the changed line does not belong to keep their subtotals.
    for name, part in before.programs().items():
        if name != changed.program:
            assert after.program(name).allocation == part.allocation
            assert after.program(name).realization == part.realization


@given(positive_amounts, amounts)
def test_absorption_and_unspent_share_sum_to_100(allocation: Decimal, realization: Decimal) -> None:
    total = absorption(allocation, realization) + unspent_share(allocation, realization)
    assert round_half_up(total, 20) == 100


def test_every_error_is_an_lkjcalc_error() -> None:
    for call in (
        lambda: absorption(None, 1),  # type: ignore[arg-type]
        lambda: share("abc", 1),
        lambda: Budget.from_rows([object()]),  # type: ignore[list-item]
    ):
        with pytest.raises(LkjcalcError):
            call()


def test_a_bad_row_is_named_with_every_fault() -> None:
    with pytest.raises(InvalidInputError) as info:
        Budget.from_rows([{"program": "P", "x": 1}])
    assert str(info.value) == (
        "rows[0]: got {'program': 'P', 'x': 1}, expected a mapping with the keys program, "
        "activity, allocation, realization and optionally code; "
        "missing activity, allocation, realization; unknown x"
    )
    with pytest.raises(InvalidTypeError) as type_info:
        Budget.from_rows([(1, "A", 10, 5)])
    assert str(type_info.value) == "rows[0].program: got 1, expected a str"


# ----------------------------------------------------------------------------- error messages
# Every error message of the budget formulas, lines and performance against budget
# (lkjcalc.budget), word for word (see tests/messages.py).

_BUDGET = Budget(lines=[BudgetLine(program="P", activity="A", allocation=100, realization=90)])
_NOTHING = BudgetLine(program="P", activity="A", allocation=0, realization=0)

MESSAGES = [
    pytest.param(
        lambda: Budget.from_rows(
            [{"program": "P", "activity": "A", "allocation": 1, "realization": 0, "x": 1, "y": 2}]
        ),
        InvalidInputError,
        (
            "rows[0]: got {'program': 'P', 'activity': 'A', 'allocation': 1, 'realization': 0, "
            "'x': 1, ..., expected a mapping with the keys program, activity, allocation, "
            "realization and optionally code; unknown x, y"
        ),
        id="from_rows-unknown-keys",
    ),
    pytest.param(
        lambda: Budget(lines=[_NOTHING]).share(_NOTHING),
        UndefinedResultError,
        "share is undefined: the denominator is zero; the total allocation is 0",
        id="Budget.share-nothing-allocated",
    ),
    pytest.param(
        lambda: absorption(0, 5),
        UndefinedResultError,
        "absorption is undefined: the denominator is zero; nothing was allocated (allocation 0)",
        id="absorption-1",
    ),
    pytest.param(
        lambda: absorption(-1, 5),
        InvalidInputError,
        "allocation: got -1, expected a rupiah amount >= 0",
        id="absorption-2",
    ),
    pytest.param(
        lambda: share(5, 4),
        InvalidInputError,
        "part: got 5, expected at most the total (4)",
        id="share-1",
    ),
    pytest.param(
        lambda: share(0, 0),
        UndefinedResultError,
        "share is undefined: the denominator is zero; the total allocation is 0",
        id="share-2",
    ),
    pytest.param(
        lambda: share(-1, 4),
        InvalidInputError,
        "part: got -1, expected a rupiah amount >= 0",
        id="share-3",
    ),
    pytest.param(
        lambda: efficiency_index(100, 0),
        UndefinedResultError,
        (
            "the efficiency index is undefined: the denominator is zero; nothing was "
            "spent (absorption 0); compare with efficiency_gap() instead"
        ),
        id="efficiency_index-1",
    ),
    pytest.param(
        lambda: efficiency_index(100, -1),
        InvalidInputError,
        "absorption_pct: got -1, expected an absorption >= 0 (percent)",
        id="efficiency_index-2",
    ),
    pytest.param(
        lambda: unspent_share(0, 0),
        UndefinedResultError,
        "the unspent share is undefined: the denominator is zero; nothing was allocated",
        id="unspent_share-1",
    ),
    pytest.param(
        lambda: efficiency_band(90, scale="x"),
        InvalidTypeError,
        "scale: got 'x', expected a lkjcalc.Scale",
        id="efficiency_band-1",
    ),
    pytest.param(
        lambda: BudgetLine(program="P", activity="A", allocation=-1, realization=0),
        InvalidInputError,
        "allocation: got Decimal('-1'), expected a rupiah amount >= 0",
        id="BudgetLine-1",
    ),
    pytest.param(
        lambda: BudgetLine(program="", activity="A", allocation=1, realization=0),
        InvalidInputError,
        "program: got '', expected a non-empty str",
        id="BudgetLine-2",
    ),
    pytest.param(
        lambda: BudgetLine(program="P", activity="A", allocation=1, realization=0, code=" "),
        InvalidInputError,
        "code: got ' ', expected a non-empty str",
        id="BudgetLine-3",
    ),
    pytest.param(
        lambda: Budget(lines=[1]),
        InvalidTypeError,
        "lines[0]: got 1, expected a BudgetLine",
        id="Budget-1",
    ),
    pytest.param(
        lambda: Budget(lines="x"),
        InvalidTypeError,
        (
            "lines: got 'x', expected a tuple or list of BudgetLine (use "
            "Budget.from_rows for table rows)"
        ),
        id="Budget-2",
    ),
    pytest.param(
        lambda: Budget.from_rows(5),
        InvalidTypeError,
        "rows: got 5, expected an iterable of rows (not a set)",
        id="from_rows-1",
    ),
    pytest.param(
        lambda: Budget.from_rows([5]),
        InvalidTypeError,
        "rows[0]: got 5, expected a sequence or a mapping of one budget line",
        id="from_rows-2",
    ),
    pytest.param(
        lambda: Budget.from_rows([("P", "A", 1)]),
        InvalidInputError,
        (
            "rows[0]: got ('P', 'A', 1), expected (program, activity, allocation, "
            "realization) or (program, activity, allocation, realization, code)"
        ),
        id="from_rows-3",
    ),
    pytest.param(
        lambda: Budget.from_rows([{"program": "P"}]),
        InvalidInputError,
        (
            "rows[0]: got {'program': 'P'}, expected a mapping with the keys program, "
            "activity, allocation, realization and optionally code; missing activity, "
            "allocation, realization"
        ),
        id="from_rows-4",
    ),
    pytest.param(
        lambda: Budget.from_rows(
            [{"program": "P", "activity": "A", "allocation": 1, "realization": 0, "x": 1}]
        ),
        InvalidInputError,
        (
            "rows[0]: got {'program': 'P', 'activity': 'A', 'allocation': 1, "
            "'realization': 0, 'x': 1}, expected a mapping with the keys program, "
            "activity, allocation, realization and optionally code; unknown x"
        ),
        id="from_rows-5",
    ),
    pytest.param(
        lambda: Budget.from_rows([("P", "A", -1, 0)]),
        InvalidInputError,
        "rows[0].allocation: got -1, expected a rupiah amount >= 0",
        id="from_rows-6",
    ),
    pytest.param(
        lambda: _BUDGET.program(1),
        InvalidTypeError,
        "name: got 1, expected a program name (str)",
        id="program-1",
    ),
    pytest.param(
        lambda: _BUDGET.program("Q"),
        InvalidInputError,
        "name: got 'Q', expected one of this budget's programs: P",
        id="program-2",
    ),
    pytest.param(
        lambda: Budget(lines=[]).program("Q"),
        InvalidInputError,
        "name: got 'Q', expected one of this budget's programs: none, the budget is empty",
        id="Budget-3",
    ),
    pytest.param(
        lambda: _BUDGET.share(1),
        InvalidTypeError,
        "part: got 1, expected a BudgetLine or a Budget of this budget",
        id="share-4",
    ),
    pytest.param(
        lambda: _BUDGET.share(BudgetLine(program="Q", activity="A", allocation=1, realization=0)),
        InvalidInputError,
        (
            "part: got <BudgetLine 'A': program 'Q'; allocation 1.00, realization 0.00, "
            "absorption 0..., expected a line of this budget"
        ),
        id="share-5",
    ),
    pytest.param(
        lambda: PerformanceBudget(
            indicator="SKM", target=85, realization=85, allocation=1, budget_realization=1
        ),
        InvalidTypeError,
        "indicator: got 'SKM', expected a lkjcalc.Indicator",
        id="PerformanceBudget-1",
    ),
    pytest.param(
        lambda: PerformanceBudget(
            indicator=Indicator(name="SKM"),
            target=85,
            realization=-1,
            allocation=1,
            budget_realization=1,
        ),
        InvalidInputError,
        (
            "realization: got Decimal('-1'), expected a realization >= 0 (the indicator "
            "does not allow negative values)"
        ),
        id="PerformanceBudget-2",
    ),
    pytest.param(
        lambda: PerformanceBudget.from_budget(
            indicator=Indicator(name="SKM"), target=85, realization=85, budget=1
        ),
        InvalidTypeError,
        "budget: got 1, expected a BudgetLine or a Budget",
        id="from_budget-1",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_error_message(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)


def test_rows_from_a_dataframe() -> None:
    # A row of df.iterrows() is a Series: a mapping by its column names (domain.md §0, v0.2).
    import pandas as pd

    frame = pd.DataFrame(
        {
            "program": ["P", "P"],
            "activity": ["A", "B"],
            "allocation": [100, 50],
            "realization": [90, 50],
        }
    )
    budget = Budget.from_rows([row for _, row in frame.iterrows()])
    assert budget == Budget.from_rows(frame.to_dict("records"))
    assert budget.absorption == Decimal("93.33333333333333333333333333333333333333")


@pytest.mark.parametrize("rows", [{("P", "A", 100, 90)}, b"rows", {"P": 1}])
def test_rows_are_an_ordered_iterable(rows: object) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Budget.from_rows(rows)  # type: ignore[arg-type]
    assert info.value.field == "rows"
