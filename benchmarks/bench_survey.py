"""Speed of ``Survey.from_columns`` against ``numpy.bincount`` on the same data (issue #3).

Aggregates 1,000,000 questionnaires x 9 elements (scores 1-4, seeded) held as:

- ``array.array('b')`` and numpy int8 columns: target within 3x of numpy.bincount;
- numpy int64 columns: target within 10x of numpy.bincount;
- plain Python lists: target under 1.5 s;
- a pandas DataFrame of floats with 1 % NaN blanks, and one of nullable Int64 with pandas.NA
  (no target; shown for information).

Each figure is the median of 5 runs over all 9 columns; numpy.bincount counts the same columns
(as int64 for the lists, the NaN-free values for the float frame). The counts are checked to agree.
Run it with ``pip install -e '.[bench,test]'`` and::

    python benchmarks/bench_survey.py
"""

from __future__ import annotations

import array
import statistics
import time
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from lkjcalc import Survey

if TYPE_CHECKING:
    from collections.abc import Callable

ROWS = 1_000_000
CODES = [f"U{i}" for i in range(1, 10)]
RUNS = 5


def median_seconds(work: Callable[[], object]) -> float:
    """The median wall time of RUNS calls."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bincount_all(columns: dict[str, np.ndarray]) -> list[list[int]]:
    """numpy's counts of 1-4 in each column (the reference)."""
    return [np.bincount(col, minlength=5)[1:5].tolist() for col in columns.values()]


def survey_counts(survey: Survey) -> list[list[int]]:
    """lkjcalc's counts of 1-4 in each element."""
    return [list(t.counts or ()) for t in survey.tallies]


def main() -> None:
    """Print the table: input, lkjcalc, numpy.bincount, ratio, target."""
    rng = np.random.default_rng(2020)
    int8 = {code: rng.integers(1, 5, size=ROWS, dtype=np.int8) for code in CODES}
    int64 = {code: col.astype(np.int64) for code, col in int8.items()}
    arrays = {code: array.array("b", col.tobytes()) for code, col in int8.items()}
    lists = {code: col.tolist() for code, col in int64.items()}
    floats = pd.DataFrame({code: col.astype(np.float64) for code, col in int8.items()})
    blanks = rng.random((ROWS, len(CODES))) < 0.01
    floats = floats.mask(blanks)
    nullable = floats.astype("Int64")

    cases: list[tuple[str, Callable[[], object], Callable[[], object], str, float | None]] = [
        (
            "array.array('b')",
            lambda: Survey.from_columns(arrays),
            lambda: bincount_all(int8),
            "<= 3x numpy",
            3.0,
        ),
        (
            "numpy int8",
            lambda: Survey.from_columns(int8),
            lambda: bincount_all(int8),
            "<= 3x numpy",
            3.0,
        ),
        (
            "numpy int64",
            lambda: Survey.from_columns(int64),
            lambda: bincount_all(int64),
            "<= 10x numpy",
            10.0,
        ),
        (
            "Python lists",
            lambda: Survey.from_columns(lists),
            lambda: bincount_all({c: np.asarray(v) for c, v in lists.items()}),
            "< 1.5 s",
            None,
        ),
        (
            "pandas float64 + 1% NaN",
            lambda: Survey.from_columns(floats),
            lambda: bincount_all({c: floats[c].dropna().to_numpy(np.int64) for c in CODES}),
            "(information)",
            None,
        ),
        (
            "pandas Int64 + 1% NA",
            lambda: Survey.from_columns(nullable),
            lambda: bincount_all({c: nullable[c].dropna().to_numpy(np.int64) for c in CODES}),
            "(information)",
            None,
        ),
    ]
    print(f"Survey.from_columns, {ROWS:,} questionnaires x {len(CODES)} elements, median of {RUNS}")
    print(f"{'input':<26} {'lkjcalc s':>10} {'bincount s':>11} {'ratio':>7}  {'target':<14} ok")
    for label, ours, theirs, target, limit in cases:
        survey = ours()
        assert isinstance(survey, Survey)
        assert survey_counts(survey) == theirs(), label
        t_ours, t_numpy = median_seconds(ours), median_seconds(theirs)
        ratio = t_ours / t_numpy
        if limit is not None:
            ok = "yes" if ratio <= limit else "NO"
        elif target.startswith("<"):
            ok = "yes" if t_ours < 1.5 else "NO"
        else:
            ok = "-"
        print(f"{label:<26} {t_ours:>10.4f} {t_numpy:>11.4f} {ratio:>6.1f}x  {target:<14} {ok}")


if __name__ == "__main__":
    main()
