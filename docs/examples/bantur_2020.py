"""The main job: the LKj of Kecamatan Bantur 2020 (the seed report) recomputed with lkjcalc.

The report's inputs (targets, realizations, counts, amounts) are transcribed below exactly as
printed; every derived figure is computed by lkjcalc, never typed in. Run it with::

    python -m pip install -e . && python docs/examples/bantur_2020.py

Each section prints one of the report's tables beside what lkjcalc computes from its inputs.
"""

from __future__ import annotations

from decimal import Decimal

import lkjcalc
from lkjcalc import Indicator, scales
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

# ----------------------------------------------------------------------------- transcribed inputs
# Source: LKj Kecamatan Bantur 2020, BAB I C.3 (2019), BAB III 1.1-1.3 (2020) and 2.1-2.2.

OBJECTIVE = (
    "Meningkatkan kualitas pelayanan penyelenggaraan tugas umum pemerintahan melalui "
    "pendekatan partisipatif di Kecamatan Bantur"
)
SKM = Indicator(name="Survey Kepuasan Masyarakat (SKM)", unit="indeks", objective=OBJECTIVE)
MUSRENBANG = Indicator(
    name="Persentase tingkat partisipasi masyarakat dalam Musrenbangcam",
    unit="%",
    objective=OBJECTIVE,
)

#: Musrenbang attendance: (non-civil-servant attendees, all attendees), BAB I C.3 and BAB III 2.2.
ATTENDANCE = {2019: (133, 157), 2020: (142, 167)}

#: The SKM index as printed: weighted mean 3,400 x 25 (BAB III 2.1); target 85 both years.
SKM_WEIGHTED_MEAN = Decimal("3.400")
SKM_TARGET = Decimal(85)
MUSRENBANG_TARGET = Decimal(85)

#: Renstra final-year targets (BAB III table 1.3): 100 for both indicators.
RENSTRA_FINAL_TARGET = {SKM: Decimal(100), MUSRENBANG: Decimal(100)}


def pct(value: Decimal, places: int = 2) -> str:
    """A percent figure in Indonesian notation, rounded half up (``85,03%``)."""
    return lkjcalc.format_percent(value, places)


def rp(amount: Decimal) -> str:
    """A rupiah amount in Indonesian notation, PUEBI style (``Rp12.143.000,00``)."""
    return lkjcalc.format_rupiah(amount)


def realizations() -> dict[int, dict[Indicator, Decimal]]:
    """Each year's realization, computed from the transcribed inputs."""
    result: dict[int, dict[Indicator, Decimal]] = {}
    for year, (non_pns, attendees) in ATTENDANCE.items():
        result[year] = {
            # The converted IKM = index x 25 (PermenPANRB 14/2017).
            SKM: lkjcalc.index_to_ikm(SKM_WEIGHTED_MEAN),
            MUSRENBANG: lkjcalc.participation_percentage(non_pns, attendees),
        }
    return result


def performance_section() -> None:
    """Tables 1.1 (2020), BAB I C.3 (2019), 1.2 (comparison) and 1.3 (Renstra progress)."""
    targets = {SKM: SKM_TARGET, MUSRENBANG: MUSRENBANG_TARGET}
    real = realizations()
    for year in (2019, 2020):
        print(f"\nTarget dan realisasi kinerja {year}")
        for indicator in (SKM, MUSRENBANG):
            r = real[year][indicator]
            achieved = indicator.achievement(targets[indicator], r)
            band = scales.LKJ_ORDINAL.classify(achieved)
            print(
                f"  {indicator.name}: target {targets[indicator]}, realisasi {pct(r)}, "
                f"capaian {pct(achieved)} ({band.label})"
            )

    print("\nPerbandingan realisasi 2019 dan 2020")
    for indicator in (SKM, MUSRENBANG):
        before, now = real[2019][indicator], real[2020][indicator]
        print(
            f"  {indicator.name}: 2019 {pct(before)}, 2020 {pct(now)}, "
            f"selisih {lkjcalc.round_half_up(lkjcalc.point_change(before, now), 2)} poin, "
            f"perubahan {pct(lkjcalc.relative_change(before, now))}"
        )

    print("\nTingkat kemajuan terhadap target akhir Renstra")
    for indicator in (SKM, MUSRENBANG):
        progress = indicator.progress(RENSTRA_FINAL_TARGET[indicator], real[2020][indicator])
        print(
            f"  {indicator.name}: target akhir {RENSTRA_FINAL_TARGET[indicator]}, "
            f"realisasi 2020 {pct(real[2020][indicator])}, kemajuan {pct(progress)} "
            f"({scales.LKJ_ORDINAL.classify(progress).label})"
        )


def participation_section() -> None:
    """BAB III 2.2 and BAB I C.3: the participation computation as printed."""
    print("\nPartisipasi Musrenbang (non PNS / seluruh undangan yang hadir x 100)")
    for year, (non_pns, attendees) in ATTENDANCE.items():
        share = lkjcalc.participation_percentage(non_pns, attendees)
        print(f"  {year}: {non_pns} / {attendees} x 100 = {pct(share)} (dicetak 85 %)")


def survey_section() -> None:
    """BAB III 2.1: the SKM index as printed (weighted mean x 25) and its service-quality grade."""
    converted = lkjcalc.index_to_ikm(SKM_WEIGHTED_MEAN)
    band = scales.IKM_2017.classify(converted)
    index = lkjcalc.format_number(SKM_WEIGHTED_MEAN, 3)
    print("\nSurvei Kepuasan Masyarakat (nilai rata-rata tertimbang x 25)")
    print(
        f"  2020: {index} x 25 = {lkjcalc.format_number(converted, 2)} indeks (dicetak 85,00); "
        f"mutu pelayanan {band.code} ({band.label}), PermenPANRB 14/2017"
    )
    # The report prints no NRR per element; nine elements at 3,400 give the same IKM, exactly.
    every_element = lkjcalc.ikm_from_nrr({e.code: SKM_WEIGHTED_MEAN for e in lkjcalc.ELEMENTS_2017})
    print(f"  Sembilan unsur dengan NRR {index}: IKM {lkjcalc.format_number(every_element.ikm, 2)}")
    print(f"  ({every_element.method})")


# ----------------------------------------------------------------------------- budget (#4)
# Source: BAB III D, table "REALISASI ANGGARAN": program → (no., activity, allocation, realization,
# printed %), transcribed as printed. The report prints no program subtotals.

# fmt: off
BUDGET_TABLE: dict[str, list[tuple[str, str, str, str, str]]] = {
    "Program Pelayanan Administrasi Perkantoran": [
        ("I.1", "Penyediaan Jasa Surat Menyurat", "12.000.000,00", "12.000.000,00", "100"),
        ("I.2", "Penyediaan Jasa Komunikasi, Sumberdaya Air dan Listrik",
         "7.800.000,00", "7.800.000,00", "100"),
        ("I.3", "Penyediaan Jasa Pemeliharaan dan Perizinan Kendaraan Dinas/Operasional",
         "2.288.000,00", "2.288.000,00", "100"),
        # Printed 98 % although realization = allocation (an inconsistency for the review, #6).
        ("I.4", "Penyediaan Jasa Administrasi Keuangan", "131.137.800,00", "131.137.800,00", "98"),
        ("I.5", "Penyediaan Jasa Kebersihan Kantor", "4.800.000,00", "4.800.000,00", "100"),
        ("I.6", "Penyediaan Alat Tulis Kantor", "38.526.150,00", "38.526.150,00", "100"),
        ("I.7", "Penyediaan Barang Cetak dan Penggandaan", "12.966.500,00", "12.966.500,00", "100"),
        ("I.8", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
         "6.295.000,00", "6.295.000,00", "100"),
        ("I.9", "Penyediaan Makanan dan Minuman", "67.156.000,00", "67.156.000,00", "100"),
        # Printed at a page break with its allocation only; the printed total (realization =
        # allocation) implies it was spent in full, so realization = allocation here.
        ("I.10", "Rapat-rapat Koordinasi dan Konsultasi Ke Dalam Daerah",
         "112.950.000,00", "112.950.000,00", "-"),
    ],
    "Program Peningkatan Sarana dan Prasarana Aparatur": [
        ("II.1", "Pengadaan Peralatan Gedung Kantor", "35.216.000,00", "35.216.000,00", "100"),
        ("II.2", "Pemeliharaan Rutin/Berkala Gedung Kantor",
         "34.523.000,00", "34.523.000,00", "100"),
        ("II.3", "Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional",
         "15.000.000,00", "15.000.000,00", "100"),
    ],
    "Program Peningkatan Disiplin Aparatur": [
        ("III.1", "Pengadaan Pakaian Dinas beserta perlengkapannya",
         "7.650.000,00", "7.650.000,00", "100"),
        ("III.2", "Pengadaan Pakaian Khusus hari-hari tertentu",
         "10.800.000,00", "10.800.000,00", "100"),
    ],
    "Program Peningkatan Kapasitas Sumber Daya Aparatur": [
        ("IV.1", "Pendidikan dan Pelatihan Formal", "5.050.000,00", "5.050.000,00", "100"),
    ],
    "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan": [
        ("V.1", "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
         "19.440.600,00", "19.440.600,00", "100"),
    ],
    "Program Peningkatan Pelayanan Kecamatan": [
        ("VI.1", "Pengendalian Keamanan dan Ketertiban Lingkungan",
         "38.308.000,00", "38.308.000,00", "100"),
        ("VI.2", "Pembinaan Penyelenggaraan Pemerintah Desa/Kelurahan",
         "38.856.000,00", "38.856.000,00", "100"),
        ("VI.3", "Pembinaan Kesejahteraan Sosial dan Kepemudaan",
         "38.346.000,00", "38.346.000,00", "100"),
        ("VI.4", "Pengendalian Pembangunan dan Pemberdayaan Masyarakat",
         "41.289.750,00", "41.289.750,00", "100"),
        ("VI.5", "Pelayanan Administrasi Umum dan Kependudukan",
         "12.143.000,00", "12.143.000,00", "100"),
    ],
}
# fmt: on
#: The table's printed "Jumlah", and the budget the text of BAB III D states.
PRINTED_BUDGET_TOTAL = Decimal("692541800.00")
TEXT_BUDGET_TOTAL = Decimal("636541800.00")

#: Table 3.1/3.2: each indicator's allocation (= its realization), and table 3.1's printed share.
#: The SKM is financed by line VI.5; the Musrenbang (Rp 16.820.500, BAB II B) is part of VI.4.
OBJECTIVE_ALLOCATION = {SKM: Decimal("12143000.00"), MUSRENBANG: Decimal("16820500.00")}
PRINTED_SHARE = {SKM: "1,907", MUSRENBANG: "2,642"}
#: Table 3.2 prints the Musrenbang's target and realization as 80 %; the performance agreement
#: (BAB II B) says 85 % and BAB III 2.2 computes 142 / 167 = 85 %.
PRINTED_TABLE_3_2 = {SKM: ("85", "85"), MUSRENBANG: ("80", "80")}


def budget() -> lkjcalc.Budget:
    """The budget realization table as a :class:`lkjcalc.Budget` (totals derived from the lines)."""
    read = lkjcalc.parse_rupiah
    return lkjcalc.Budget.from_rows(
        (program, activity, read(allocation), read(realization), code)
        for program, lines in BUDGET_TABLE.items()
        for code, activity, allocation, realization, _ in lines
    )


def budget_section() -> None:
    """Tables 3.1 (allocation per objective), 3.2, 3.3 and the budget realization table."""
    whole = budget()
    targets = {SKM: SKM_TARGET, MUSRENBANG: MUSRENBANG_TARGET}
    real = realizations()[2020]

    print("\n3.1 Alokasi per sasaran (% anggaran)")
    for indicator, amount in OBJECTIVE_ALLOCATION.items():
        print(
            f"  {indicator.name}: {rp(amount)}, "
            f"{pct(lkjcalc.share(amount, whole.allocation), 3)} dari jumlah baris "
            f"{rp(whole.allocation)}; dicetak {PRINTED_SHARE[indicator]} % "
            f"(= {pct(lkjcalc.share(amount, TEXT_BUDGET_TOTAL), 3)} dari {rp(TEXT_BUDGET_TOTAL)})"
        )

    print("\n3.2 Perbandingan pencapaian kinerja dan anggaran")
    rows = {
        indicator: lkjcalc.PerformanceBudget(
            indicator=indicator,
            target=targets[indicator],
            realization=real[indicator],
            allocation=amount,
            budget_realization=amount,
        )
        for indicator, amount in OBJECTIVE_ALLOCATION.items()
    }
    for indicator, row in rows.items():
        printed_target, printed_real = PRINTED_TABLE_3_2[indicator]
        print(
            f"  {indicator.name}: target {row.target.lower}, realisasi {pct(row.realization)}, "
            f"capaian {pct(row.achievement)} (dicetak target {printed_target}, realisasi "
            f"{printed_real}, capaian 100 %); alokasi {rp(row.allocation)}, "
            f"realisasi {rp(row.budget_realization)}, penyerapan {pct(row.absorption)}"
        )

    print("\n3.3 Efisiensi penggunaan sumber daya (dicetak: tingkat efisiensi '-')")
    for indicator, row in rows.items():
        print(
            f"  {indicator.name}: capaian {pct(row.achievement)}, "
            f"penyerapan {pct(row.absorption)}, "
            f"selisih {lkjcalc.round_half_up(row.efficiency_gap, 2)} poin, "
            f"indeks {lkjcalc.round_half_up(row.efficiency_index, 3)}, "
            f"sisa anggaran {pct(row.unspent_share)}, "
            f"Kepmendagri 690.900.327/1996: {row.efficiency_band.label}"
        )

    print("\nD. Realisasi anggaran")
    printed = {code: percent for lines in BUDGET_TABLE.values() for code, *_, percent in lines}
    for number, (program, part) in enumerate(whole.programs().items(), start=1):
        print(f"  {number}. {program}")
        for line in part:
            print(
                f"     {line.code:<6}{line.activity}: {rp(line.allocation)} / "
                f"{rp(line.realization)} = {pct(line.absorption)} "
                f"(dicetak {printed[str(line.code)]})"
            )
        print(
            f"     Jumlah program: {rp(part.allocation)} / {rp(part.realization)} = "
            f"{pct(part.absorption)}, {pct(whole.share(part), 3)} dari anggaran"
        )
    print(
        f"  Jumlah ({len(whole)} baris): {rp(whole.allocation)} / {rp(whole.realization)} = "
        f"{pct(whole.absorption)}; dicetak {rp(PRINTED_BUDGET_TOTAL)}; teks BAB III D: "
        f"{rp(TEXT_BUDGET_TOTAL)} (selisih {rp(whole.allocation - TEXT_BUDGET_TOTAL)})"
    )
    over = ", ".join(str(line.code) for line in whole.over_budget) or "tidak ada"
    print(f"  Sisa anggaran {rp(whole.unspent)}; baris melebihi pagu: {over}")


# ----------------------------------------------------------------------------- review (#6)
# Every table and computed figure of BAB I-III, transcribed as printed, for lkjcalc's review.


def report() -> Report:
    """The seed report as printed: every figure as text, exactly as the report prints it."""
    skm, mus = SKM, MUSRENBANG
    row = PerformanceRow
    performance = [
        # BAB I C.3: the 2019 performance table.
        row(
            indicator=mus,
            year=2019,
            target="85%",
            realization="85%",
            achievement="100%",
            where="BAB I C.3, tabel capaian 2019",
        ),
        row(
            indicator=skm,
            year=2019,
            target="85",
            realization="85",
            achievement="100%",
            where="BAB I C.3, tabel capaian 2019",
        ),
        # BAB II B: the performance agreement (Perjanjian Kinerja) 2020, targets only.
        row(indicator=skm, year=2020, target="85", where="BAB II B, Perjanjian Kinerja"),
        row(indicator=mus, year=2020, target="85%", where="BAB II B, Perjanjian Kinerja"),
        # BAB III table 1.1: targets and realizations 2020.
        row(
            indicator=skm,
            year=2020,
            target="85",
            realization="85",
            achievement="100%",
            where="BAB III tabel 1.1",
        ),
        row(
            indicator=mus,
            year=2020,
            target="85%",
            realization="85%",
            achievement="100%",
            where="BAB III tabel 1.1",
        ),
        # BAB III table 1.2: "realisasi" 2019 and 2020, as printed.
        row(indicator=skm, year=2019, realization="100%", where="BAB III tabel 1.2, 2019"),
        row(indicator=skm, year=2020, realization="100%", where="BAB III tabel 1.2, 2020"),
        row(indicator=mus, year=2019, realization="100%", where="BAB III tabel 1.2, 2019"),
        row(indicator=mus, year=2020, realization="100%", where="BAB III tabel 1.2, 2020"),
        # BAB III table 3.2: performance against budget, the performance half.
        row(
            indicator=skm,
            year=2020,
            target="85%",
            realization="85%",
            achievement="100%",
            where="BAB III tabel 3.2",
        ),
        row(
            indicator=mus,
            year=2020,
            target="80%",
            realization="80%",
            achievement="100%",
            where="BAB III tabel 3.2",
        ),
    ]
    progress = [
        ProgressRow(
            indicator=skm,
            year=2020,
            final_target="100 %",
            realization="85",
            progress="60%",
            where="BAB III tabel 1.3, SKM",
        ),
        ProgressRow(
            indicator=mus,
            year=2020,
            final_target="100%",
            realization="85%",
            progress="60%",
            where="BAB III tabel 1.3, Musrenbang",
        ),
    ]
    part = ParticipationRow
    participation = [
        # BAB I C.3, 2019: the target, then "terealisasi 100% dengan menghitung ... 142 Orang
        # ... 167 Orang", then the formula printed beneath it, 133 / 157 x 100% = 85%.
        part(
            year=2019,
            non_civil_servants=133,
            attendees=157,
            percentage="85%",
            where="BAB I C.3, teks, target 2019",
        ),
        part(
            year=2019,
            non_civil_servants=142,
            attendees=167,
            percentage="100%",
            where="BAB I C.3, teks, realisasi 2019",
        ),
        part(
            year=2019,
            non_civil_servants=133,
            attendees=157,
            percentage="85%",
            indicator=mus,
            where="BAB I C.3, rumus realisasi 2019",
        ),
        # BAB III 2.2, 2020: target and realization, both 142 / 167 x 100% = 85%.
        part(
            year=2020,
            non_civil_servants=142,
            attendees=167,
            percentage="85%",
            where="BAB III 2.2, target 2020",
        ),
        part(
            year=2020,
            non_civil_servants=142,
            attendees=167,
            percentage="85%",
            indicator=mus,
            where="BAB III 2.2, realisasi 2020",
        ),
    ]
    surveys = [
        PrintedSurvey(
            index="3,400", ikm="85,00", indicator=skm, year=2019, where="BAB I C.3, teks SKM 2019"
        ),
        PrintedSurvey(index="3,400", ikm="85,00", where="BAB III 2.1, target 2020"),
        PrintedSurvey(
            index="3,400",
            ikm="85,00",
            indicator=skm,
            year=2020,
            where="BAB III 2.1, realisasi 2020",
        ),
    ]
    budget_rows = [
        BudgetRow(
            code=code,
            program=program,
            activity=activity,
            allocation=allocation,
            realization=realization,
            absorption=None if pct_ == "-" else pct_,
        )
        for program, lines in BUDGET_TABLE.items()
        for code, activity, allocation, realization, pct_ in lines
    ]
    table = BudgetTable(
        rows=budget_rows,
        allocation_total="692.541.800,00",
        realization_total="692.541.800,00",
        where="BAB III D, tabel Realisasi Anggaran",
    )
    shares = [
        ShareRow(
            label=skm.name,
            amount="Rp. 12.143.000,00",
            share="1,907%",
            where="BAB III tabel 3.1, SKM",
        ),
        ShareRow(
            label=mus.name,
            amount="Rp. 16.820.500,00",
            share="2,642%",
            where="BAB III tabel 3.1, Musrenbang",
        ),
    ]
    performance_budget = [
        PerformanceBudgetRow(
            indicator=skm,
            allocation="Rp. 12.143.000,00",
            realization="Rp. 12.143.000,00",
            absorption="100%",
            where="BAB III tabel 3.2, SKM",
        ),
        PerformanceBudgetRow(
            indicator=mus,
            allocation="Rp. 16.820.500,00",
            realization="Rp. 16.820.500,00",
            absorption="100%",
            where="BAB III tabel 3.2, Musrenbang",
        ),
    ]
    staff = [
        # BAB I C.2: "Jumlah Pegawai ... sebanyak 14 orang"; table 1.1 leaves "Jumlah" empty.
        CountTable(
            counts={"S2": 2, "S1": 4, "D3": 0, "SMA": 7, "SMP": 0, "SD": 0},
            total="14",
            where="BAB I tabel 1.1, pendidikan (teks: 14 orang)",
        ),
        CountTable(
            counts={
                "Pembina Tk I": 0,
                "Pembina": 3,
                "Penata Tk I": 1,
                "Penata": 4,
                "Penata Muda Tk I": 0,
                "Penata Muda": 1,
                "Pengatur Tk I": 0,
                "Pengatur": 3,
                "Pengatur Muda Tk I": 1,
                "Pengatur Muda": 0,
            },
            total="14",
            where="BAB I tabel 1.1, pangkat (teks: 14 orang)",
        ),
    ]
    consistent = {
        "the SKM budget": {
            "BAB II B": "Rp. 12.143.000,-",
            "BAB III tabel 3.1": "Rp. 12.143.000,00",
            "BAB III tabel 3.2": "Rp. 12.143.000,00",
            "BAB III D, VI.5": "12.143.000,00",
        },
        "the Musrenbang budget": {
            "BAB II B": "Rp. 16.820.500,-",
            "BAB III tabel 3.1": "Rp. 16.820.500,00",
            "BAB III tabel 3.2": "Rp. 16.820.500,00",
        },
    }
    return Report(
        title="LKj Kecamatan Bantur 2020",
        performance=performance,
        progress=progress,
        participation=participation,
        surveys=surveys,
        budget=table,
        stated_budget_totals={"BAB III D, teks": "Rp. 636.541.800,-"},
        shares=shares,
        performance_budget=performance_budget,
        counts=staff,
        consistent=consistent,
    )


def review_section() -> list[lkjcalc.Finding]:
    """Review every printed figure of the report and print the findings."""
    found = report().review()
    print(f"\nReviu: {len(found)} temuan")
    for number, finding in enumerate(found, start=1):
        # In Indonesian, as an inspectorate's review notes are written (Finding.text(lang="en")
        # and Finding.message give the English sentence).
        print(f"  {number:>2}. {finding.where}: {finding.text()}")
    return found


def main() -> None:
    """Print every table lkjcalc can recompute."""
    print("LKj Kecamatan Bantur 2020, dihitung ulang dengan lkjcalc")
    performance_section()
    participation_section()
    survey_section()
    budget_section()
    review_section()


if __name__ == "__main__":
    main()
