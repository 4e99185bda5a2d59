"""Speed of ``Survey.from_columns(..., joint=True)`` against numpy's 36 joint tables (issue 14).

Aggregates 1,000,000 questionnaires x 9 elements (scores 1-4, seeded) held as numpy int8
columns, and compares, in the same run:

- ``Survey.from_columns(columns, joint=True)``: the counts per element and the 4 x 4 counts of
  each of the 36 pairs of elements (target: within 3x of numpy);
- numpy computing the same 36 tables, ``np.bincount(x_j * 5 + x_l, minlength=25)`` per pair;
- ``Survey.from_columns(columns)`` (``joint=False``) beside ``np.bincount`` of each column, the
  figure of ``benchmarks/bench_survey.py``, to show that the plain path keeps its speed;
- (information) a pandas float64 frame with 1 % NaN blanks, joint and plain.

Each figure is the median of 5 runs; the tables are checked to agree with numpy's. Run it with
``pip install -e '.[bench,test]'`` and::

    python benchmarks/bench_joint.py
"""

from __future__ import annotations

import statistics
import time
from itertools import combinations
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


def numpy_joint_tables(columns: dict[str, np.ndarray]) -> list[list[int]]:
    """numpy's 36 joint tables: bincount of x_j * 5 + x_l (the reference)."""
    return [
        np.bincount(columns[a] * 5 + columns[b], minlength=25).tolist()
        for a, b in combinations(CODES, 2)
    ]


def numpy_counts(columns: dict[str, np.ndarray]) -> list[list[int]]:
    """numpy's counts of 1-4 per column (the reference of the plain path)."""
    return [np.bincount(col, minlength=5)[1:5].tolist() for col in columns.values()]


def as_tables(survey: Survey) -> list[list[int]]:
    """lkjcalc's joint counts in numpy's layout (25 cells a pair, blank rows and columns 0)."""
    tables = []
    for pair in survey.pair_counts or ():
        cells = [0] * 25
        for i, count in enumerate(pair):
            cells[(i // 4 + 1) * 5 + i % 4 + 1] = count
        tables.append(cells)
    return tables


def main() -> None:
    """Print the table: what, lkjcalc, numpy, ratio, target."""
    rng = np.random.default_rng(2020)
    int8 = {code: rng.integers(1, 5, size=ROWS, dtype=np.int8) for code in CODES}
    floats = pd.DataFrame({code: col.astype(np.float64) for code, col in int8.items()})
    floats = floats.mask(rng.random((ROWS, len(CODES))) < 0.01)
    # numpy's tables of the float frame, blanks as 0 (the blank row and column of a table).
    filled = {code: floats[code].fillna(0).to_numpy(np.int8) for code in CODES}

    survey = Survey.from_columns(int8, joint=True)
    assert as_tables(survey) == numpy_joint_tables(int8)
    assert survey.nonempty_rows == ROWS
    float_survey = Survey.from_columns(floats, joint=True)
    expected = [
        [0 if i < 5 or i % 5 == 0 else c for i, c in enumerate(table)]
        for table in numpy_joint_tables(filled)
    ]
    assert as_tables(float_survey) == expected
    assert [list(t.counts or ()) for t in Survey.from_columns(int8).tallies] == numpy_counts(int8)

    cases: list[tuple[str, Callable[[], object], Callable[[], object], float | None]] = [
        (
            "int8, joint=True",
            lambda: Survey.from_columns(int8, joint=True),
            lambda: numpy_joint_tables(int8),
            3.0,
        ),
        (
            "int8, joint=False",
            lambda: Survey.from_columns(int8),
            lambda: numpy_counts(int8),
            3.0,
        ),
        (
            "float64 + 1% NaN, joint=True",
            lambda: Survey.from_columns(floats, joint=True),
            lambda: numpy_joint_tables(filled),
            None,
        ),
        (
            "float64 + 1% NaN, joint=False",
            lambda: Survey.from_columns(floats),
            lambda: numpy_counts(filled),
            None,
        ),
    ]
    print(f"Survey.from_columns, {ROWS:,} questionnaires x {len(CODES)} elements, median of {RUNS}")
    print("joint=True against numpy's 36 tables; joint=False against numpy.bincount per column")
    print(f"{'input':<32} {'lkjcalc s':>10} {'numpy s':>9} {'ratio':>7}  {'target':<12} ok")
    for label, ours, theirs, limit in cases:
        t_ours, t_numpy = median_seconds(ours), median_seconds(theirs)
        ratio = t_ours / t_numpy
        target = "(information)" if limit is None else f"<= {limit:g}x numpy"
        ok = "-" if limit is None else ("yes" if ratio <= limit else "NO")
        print(f"{label:<32} {t_ours:>10.4f} {t_numpy:>9.4f} {ratio:>6.2f}x  {target:<12} {ok}")


if __name__ == "__main__":
    main()
