"""Speed of ``lkjcalc.frames.ikm_by`` against the floor any exact implementation pays (issue #13).

The data: ROWS questionnaires x 9 elements (scores 1-4, seeded) over UNITS units, 1 % of the
answers blank (null). The floor is, in one run on the same data:

- the engine's own bare grouped count, one query: per unit, the count of each score of each
  element (DuckDB: ``count_if`` in SQL; Polars: ``(col == s).sum()`` in ``group_by().agg()``);
- plus the exact IKM of each unit from those counts: ``Survey.from_totals`` + ``ikm``.

``ikm_by(frame, "unit")`` must stay within 1.5x of that floor on DuckDB and on Polars. Each
figure is the median of RUNS runs; the results are checked to agree. Run it with
``pip install -e '.[test]'`` and::

    python benchmarks/bench_frames.py                       # 2,000,000 rows, 2,000 units
    python benchmarks/bench_frames.py 20000000 50000 duckdb  # the national scale
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import TYPE_CHECKING

import duckdb
import numpy as np
import polars as pl
import pyarrow as pa

from lkjcalc import ELEMENTS_2017, Survey, ikm
from lkjcalc.frames import ikm_by

if TYPE_CHECKING:
    from collections.abc import Callable

CODES = [e.code for e in ELEMENTS_2017]
RUNS = 3
LIMIT = 1.5


def median_seconds(work: Callable[[], object]) -> tuple[float, object]:
    """The median wall time of RUNS calls, and the last result."""
    times = []
    result: object = None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_table(rows: int, units: int) -> pa.Table:
    """The questionnaires: a unit id and nine columns of int8 scores with 1 % nulls."""
    rng = np.random.default_rng(2017)
    columns: dict[str, pa.Array] = {"unit": pa.array(rng.integers(0, units, rows, dtype=np.int32))}
    for code in CODES:
        scores = rng.integers(1, 5, rows, dtype=np.int8)
        blank = rng.random(rows) < 0.01
        columns[code] = pa.array(scores, mask=blank)
    return pa.table(columns)


def exact_from_counts(rows: list[tuple[int, ...]]) -> dict[int, object]:
    """The floor's exact part: Survey.from_totals + ikm of each unit, from its score counts."""
    results = {}
    for row in rows:
        unit, counts = row[0], row[1:]
        totals = {}
        for i, code in enumerate(CODES):
            n = [int(c) for c in counts[4 * i : 4 * i + 4]]
            totals[code] = (n[0] + 2 * n[1] + 3 * n[2] + 4 * n[3], sum(n))
        survey = Survey.from_totals(totals, respondents=max(a for _, a in totals.values()))
        results[unit] = ikm(survey)
    return results


def duckdb_floor(con: duckdb.DuckDBPyConnection) -> tuple[float, float, dict[int, object]]:
    counts = ", ".join(f"count_if({code} = {s})" for code in CODES for s in (1, 2, 3, 4))
    query = f"SELECT unit, {counts} FROM answers GROUP BY unit"
    start = time.perf_counter()
    rows = con.sql(query).fetchall()
    middle = time.perf_counter()
    results = exact_from_counts(rows)
    return middle - start, time.perf_counter() - middle, results


def polars_floor(frame: pl.DataFrame) -> tuple[float, float, dict[int, object]]:
    aggs = [(pl.col(code) == s).sum().alias(f"{code}_{s}") for code in CODES for s in (1, 2, 3, 4)]
    start = time.perf_counter()
    rows = frame.group_by("unit").agg(aggs).rows()
    middle = time.perf_counter()
    results = exact_from_counts(rows)
    return middle - start, time.perf_counter() - middle, results


def measure(
    name: str,
    floor: Callable[[], tuple[float, float, dict[int, object]]],
    ours: Callable[[], object],
    units: int,
) -> bool:
    floors = [floor() for _ in range(RUNS)]
    query = statistics.median(f[0] for f in floors)
    exact = statistics.median(f[1] for f in floors)
    seconds, result = median_seconds(ours)
    expected = floors[-1][2]
    assert isinstance(result, dict)
    got = {k: r.ikm for k, r in result.items()}
    assert got == {k: r.ikm for k, r in expected.items()}  # type: ignore[attr-defined]
    total = query + exact
    ratio = seconds / total
    print(
        f"{name:11} bare count {query:7.3f} s + exact {exact:6.3f} s "
        f"({exact / units * 1e6:5.1f} µs/unit)"
        f" = floor {total:7.3f} s | ikm_by {seconds:7.3f} s | {ratio:4.2f}x floor"
        f" ({'ok' if ratio <= LIMIT else 'OVER'} <= {LIMIT}x)"
    )
    return ratio <= LIMIT


def main() -> None:
    """Print one line per engine: the floor, ikm_by, their ratio."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    units = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    engines = sys.argv[3:] or ["duckdb", "polars"]
    start = time.perf_counter()
    table = make_table(rows, units)
    print(
        f"{rows:,} questionnaires x 9 elements, {units:,} units, 1 % blank "
        f"(made in {time.perf_counter() - start:.1f} s); median of {RUNS} runs"
    )
    ok = True
    if "duckdb" in engines:
        con = duckdb.connect()
        con.register("answers", table)
        ok &= measure(
            "duckdb", lambda: duckdb_floor(con), lambda: ikm_by(con.table("answers"), "unit"), units
        )
    if "polars" in engines:
        frame = pl.from_arrow(table)
        assert isinstance(frame, pl.DataFrame)
        ok &= measure("polars", lambda: polars_floor(frame), lambda: ikm_by(frame, "unit"), units)
        lazy = frame.lazy()
        ok &= measure(
            "polars-lazy", lambda: polars_floor(frame), lambda: ikm_by(lazy, "unit"), units
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
