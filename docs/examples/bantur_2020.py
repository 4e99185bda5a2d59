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
    """A percent figure for the console (Indonesian notation arrives with the text module)."""
    return f"{lkjcalc.round_half_up(value, places)} %"


def rp(amount: Decimal) -> str:
    """A rupiah amount for the console (Indonesian notation arrives with the text module)."""
    return f"Rp{lkjcalc.round_half_up(amount, 2)}"


def realizations() -> dict[int, dict[Indicator, Decimal]]:
    """Each year's realization, computed from the transcribed inputs."""
    result: dict[int, dict[Indicator, Decimal]] = {}
    for year, (non_pns, attendees) in ATTENDANCE.items():
        result[year] = {
            # The converted IKM = index x 25 (PermenPANRB 14/2017); the survey module takes over.
            SKM: SKM_WEIGHTED_MEAN * 25,
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


def main() -> None:
    """Print every table lkjcalc can recompute."""
    print("LKj Kecamatan Bantur 2020, dihitung ulang dengan lkjcalc")
    performance_section()
    participation_section()


if __name__ == "__main__":
    main()
