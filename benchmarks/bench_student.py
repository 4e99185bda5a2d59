"""Speed and accuracy of the exact t quantile (lkjcalc._student) against scipy (issue 14).

``t_quantile`` runs once per confidence interval; the target is well under 10 ms for the
common case, ``t_quantile(0.975, 28)`` (a 95 % interval of 29 respondents). For each case the
table shows the median time of lkjcalc's 40-digit Decimal quantile and of scipy's float
``stats.t.ppf`` in the same run, and their relative difference (scipy is good to ~1e-15).
The first call of the process (which computes and caches Stirling's coefficients and imports
``statistics``) is shown apart. Run it with ``pip install -e '.[bench,test]'`` and::

    python benchmarks/bench_student.py
"""

from __future__ import annotations

import gc
import statistics
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from scipy import stats

from lkjcalc._student import t_cdf, t_quantile

if TYPE_CHECKING:
    from collections.abc import Callable

RUNS = 200
CASES = [
    ("0.975", "28"),
    ("0.975", "1"),
    ("0.975", "2.5"),
    ("0.975", "57.9"),
    ("0.995", "1000"),
    ("0.975", "10000000"),
    ("0.0000000001", "4"),
    ("0.9999999999", "0.5"),
    ("0.6", "17.3"),
]
TARGET_SECONDS = 0.010


def median_seconds(work: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of *runs* calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print the table: p, df, lkjcalc ms, scipy ms, ratio, relative difference."""
    gc.collect()  # else the collection that scipy's import has made due lands in the first call
    start = time.perf_counter()
    t_quantile("0.975", 28)
    first = time.perf_counter() - start
    print(f"first call in the process: t_quantile(0.975, 28) {first * 1000:.2f} ms")
    print(f"t quantile, median of {RUNS} calls")
    print(f"{'p':>13} {'df':>9} {'lkjcalc ms':>11} {'scipy ms':>9} {'ratio':>7} {'rel. diff':>10}")
    for p, df in CASES:
        ours = t_quantile(Decimal(float(p)), Decimal(df))
        theirs = float(stats.t.ppf(float(p), float(df)))
        difference = abs(float(ours) - theirs) / abs(theirs)
        t_ours = median_seconds(lambda p=p, df=df: t_quantile(p, df))
        t_scipy = median_seconds(lambda p=p, df=df: stats.t.ppf(float(p), float(df)))
        print(
            f"{p:>13} {df:>9} {t_ours * 1000:>11.3f} {t_scipy * 1000:>9.3f} "
            f"{t_ours / t_scipy:>6.0f}x {difference:>10.1e}"
        )
    t_cdf_ms = median_seconds(lambda: t_cdf("2.048", 28)) * 1000
    print(f"t_cdf(2.048, 28): {t_cdf_ms:.3f} ms")
    common = median_seconds(lambda: t_quantile("0.975", 28))
    verdict = "yes" if common < TARGET_SECONDS else "NO"
    print(f"t_quantile(0.975, 28) under {TARGET_SECONDS * 1000:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
