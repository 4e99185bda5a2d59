"""lkjcalc.frames: surveys and IKM per group in pandas, Polars, PyArrow, DuckDB, Dask, Spark (#13).

Each engine's result is compared with the plain path (``Survey.from_responses`` of each group's
rows). Dask runs on a ``distributed`` LocalCluster (one in-process worker, started once); PySpark on
a local session, where pyspark and a Java runtime are installed (``.ci/run`` installs both).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal

import attrs
import dask.dataframe as dd
import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

import lkjcalc
from lkjcalc import (
    ANSWERS_2017,
    ELEMENTS_2017,
    Element,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Survey,
    UndefinedResultError,
    ikm,
    ikm_interval,
)
from lkjcalc.frames import ikm_by, ikm_table, surveys_by
from lkjcalc.scales import IKM_2004
from messages import check_message

CODES = [e.code for e in ELEMENTS_2017]
TWO = ELEMENTS_2017[:2]
UNITS = ["Bantur", "Gedangan", "Sumbermanjing", None]

# The text of each score, per element, as a form exports it (PermenPANRB 14/2017 questionnaire).
TEXT = {
    code: {score: text for text, score in ANSWERS_2017[code].items() if len(text) > 1}
    for code in CODES
}


def _data(seed: int = 2017, rows: int = 240) -> dict[str, list[object]]:
    rng = random.Random(seed)  # noqa: S311 - seeded test data
    data: dict[str, list[object]] = {
        "unit": [rng.choice(UNITS) for _ in range(rows)],
        "year": [rng.choice([2023, 2024]) for _ in range(rows)],
    }
    for code in CODES:
        data[code] = [rng.choice([1, 2, 3, 3, 4, 4, None]) for _ in range(rows)]
    return data


def _texts(data: dict[str, list[object]], seed: int = 7) -> dict[str, list[object]]:
    rng = random.Random(seed)  # noqa: S311 - seeded test data
    texts = dict(data)
    for code in CODES:
        texts[code] = [
            None
            if v is None
            else rng.choice([TEXT[code][v], f"  {TEXT[code][v].upper()} ", "abcd"[v - 1], str(v)])
            for v in data[code]
        ]
    return texts


def _expected(data: dict[str, list[object]], by: list[str]) -> dict[object, Survey]:
    groups: dict[object, list[dict[str, object]]] = {}
    for i in range(len(data["unit"])):
        parts = tuple(data[name][i] for name in by)
        groups.setdefault(parts, []).append({code: data[code][i] for code in CODES})
    return {k if len(by) > 1 else k[0]: Survey.from_responses(v) for k, v in groups.items()}


def _expected_joint(
    data: dict[str, list[object]], by: list[str], codes: list[str] = CODES
) -> dict[object, Survey]:
    """Each group's joint survey by the plain path, ``Survey.from_columns(group, joint=True)``."""
    groups: dict[object, dict[str, list[object]]] = {}
    for i in range(len(data["unit"])):
        parts = tuple(data[name][i] for name in by)
        group = groups.setdefault(parts, {code: [] for code in codes})
        for code in codes:
            group[code].append(data[code][i])
    elements = [e for e in ELEMENTS_2017 if e.code in codes]
    return {
        k if len(by) > 1 else k[0]: Survey.from_columns(v, elements=elements, joint=True)
        for k, v in groups.items()
    }


DATA = _data()
TEXTS = _texts(DATA)


# ----------------------------------------------------------------------------- engines


@pytest.fixture(scope="session")
def dask_client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def _java() -> bool:
    return bool(shutil.which("java") or os.environ.get("JAVA_HOME"))


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    if not _java():
        pytest.skip("PySpark needs a Java runtime (.ci/run installs openjdk-17-jre-headless)")
    sql = pytest.importorskip("pyspark.sql", reason="pyspark is not installed (the spark extra)")
    session = (
        sql.SparkSession.builder.master("local[1]")
        .appName("lkjcalc-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


Maker = Callable[[dict[str, list[object]]], object]

ENGINES: dict[str, Maker] = {
    "pandas": pd.DataFrame,
    "polars": pl.DataFrame,
    "polars-lazy": lambda d: pl.DataFrame(d).lazy(),
    "pyarrow": pa.table,
    "duckdb": lambda d: duckdb.from_arrow(pa.table(d)),
    "dask": lambda d: dd.from_pandas(pd.DataFrame(d), npartitions=3),
}

#: What ikm_table returns for each engine (the eager frame narwhals collects a lazy one to).
TABLE_TYPES = {
    "pandas": pd.DataFrame,
    "polars": pl.DataFrame,
    "polars-lazy": pl.DataFrame,
    "pyarrow": pa.Table,
    "duckdb": pa.Table,
    "dask": pd.DataFrame,
}


@pytest.fixture(params=list(ENGINES))
def engine(request: pytest.FixtureRequest) -> tuple[str, Maker]:
    if request.param == "dask":
        request.getfixturevalue("dask_client")
    return request.param, ENGINES[request.param]


def test_surveys_by_agrees_with_the_plain_survey(engine: tuple[str, Maker]) -> None:
    _, make = engine
    expected = _expected(DATA, ["unit"])
    got = surveys_by(make(DATA), "unit")
    assert got == expected
    assert list(got) == ["Bantur", "Gedangan", "Sumbermanjing", None]  # a null key comes last


def test_text_answers_are_mapped_in_the_engine(engine: tuple[str, Maker]) -> None:
    _, make = engine
    got = surveys_by(make(TEXTS), ["unit", "year"], answers=ANSWERS_2017)
    assert got == _expected(DATA, ["unit", "year"])
    assert all(isinstance(key, tuple) and len(key) == 2 for key in got)


def test_ikm_by_and_ikm_table_agree_with_ikm(engine: tuple[str, Maker]) -> None:
    name, make = engine
    expected = {
        k: ikm(s, weights="0.111", nrr_places=2) for k, s in _expected(DATA, ["unit"]).items()
    }
    assert ikm_by(make(DATA), "unit", weights="0.111", nrr_places=2) == expected
    table = ikm_table(make(DATA), "unit")
    assert isinstance(table, TABLE_TYPES[name])
    rows = pl.from_pandas(table) if isinstance(table, pd.DataFrame) else pl.DataFrame(table)
    assert rows.columns == [
        "unit",
        "respondents",
        *[f"nrr_{code}" for code in CODES],
        "index",
        "ikm",
        "grade",
        "grade_label",
    ]
    first = rows.row(0, named=True)
    exact = ikm(_expected(DATA, ["unit"])["Bantur"])
    assert first["unit"] == "Bantur"
    assert first["respondents"] == exact.respondents
    assert Decimal(str(first["ikm"])) == lkjcalc.round_half_up(exact.ikm, 2)
    assert Decimal(str(first["nrr_U1"])) == lkjcalc.round_half_up(exact.nrr["U1"], 3)
    assert (first["grade"], first["grade_label"]) == (exact.band.code, exact.band.label)
    assert rows["unit"].to_list()[-1] is None


def test_joint_counts_agree_with_the_plain_survey(engine: tuple[str, Maker]) -> None:
    name, make = engine
    # Dask plans each of the 576 sums of 9 elements as a task (8 s here): 3 elements suffice.
    codes = CODES[:3] if name == "dask" else CODES
    elements = ELEMENTS_2017[: len(codes)]
    keep = {"unit", "year", *codes}
    data = {k: v for k, v in DATA.items() if k in keep}
    texts = {k: v for k, v in TEXTS.items() if k in keep}
    expected = _expected_joint(DATA, ["unit"], codes)
    got = surveys_by(make(data), "unit", elements=elements, joint=True)
    assert got == expected
    assert all(survey.joint for survey in got.values())
    plain = surveys_by(make(data), "unit", elements=elements)
    assert not any(survey.joint for survey in plain.values())
    assert plain == {
        k: attrs.evolve(s, pair_counts=None, nonempty_rows=None) for k, s in expected.items()
    }
    for key, survey in got.items():
        # The interval from the engine's counts is the plain path's, to the last digit.
        assert ikm_interval(survey) == ikm_interval(expected[key])
        assert ikm(survey) == ikm(plain[key])
    mapped = surveys_by(
        make(texts), ["unit", "year"], elements=elements, answers=ANSWERS_2017, joint=True
    )
    assert mapped == _expected_joint(DATA, ["unit", "year"], codes)


def test_pyspark(spark: object) -> None:
    from pyspark.sql import types as T  # noqa: N812

    schema = T.StructType(
        [
            T.StructField("unit", T.StringType()),
            T.StructField("year", T.LongType()),
            *[T.StructField(code, T.StringType()) for code in CODES],
        ]
    )
    rows = list(zip(*TEXTS.values(), strict=True))
    frame = spark.createDataFrame(rows, schema)  # type: ignore[attr-defined]
    assert surveys_by(frame, "unit", answers=ANSWERS_2017) == _expected(DATA, ["unit"])
    table = ikm_table(frame, "unit", answers=ANSWERS_2017)
    assert isinstance(table, pa.Table)
    assert table.num_rows == 4


@pytest.mark.parametrize("name", ["pandas", "polars", "pyarrow", "duckdb"])
def test_joint_counts_of_a_small_frame_by_hand(name: str) -> None:
    # Unit a: (4, 3, 4), (3, 3, None), (None, None, None), (4, None, 2); unit b: (2, 2, 2).
    data = {
        "unit": ["a", "a", "a", "a", "b"],
        "U1": [4, 3, None, 4, 2],
        "U2": [3, 3, None, None, 2],
        "U3": [4, None, None, 2, 2],
    }
    three = ELEMENTS_2017[:3]
    surveys = surveys_by(ENGINES[name](data), "unit", elements=three, joint=True)
    a = surveys["a"]
    assert (a.respondents, a.nonempty_rows) == (4, 3)  # the empty questionnaire is no respondent
    assert a.joint_counts("U1", "U2") == ((0,) * 4, (0,) * 4, (0, 0, 1, 0), (0, 0, 1, 0))
    assert a.joint_counts("U1", "U3") == ((0,) * 4, (0,) * 4, (0,) * 4, (0, 1, 0, 1))
    assert a.joint_counts("U2", "U3") == ((0,) * 4, (0,) * 4, (0, 0, 0, 1), (0,) * 4)
    assert surveys["b"].pair_counts == ((0,) * 5 + (1,) + (0,) * 10,) * 3
    own = pl.DataFrame(data, schema_overrides=dict.fromkeys(CODES[:3], pl.Int8))  # integer nulls
    assert surveys_by(own, "unit", elements=three, joint=True) == surveys
    one = surveys_by(ENGINES[name](data), "unit", elements=three[:1], joint=True)
    assert (one["a"].pair_counts, one["a"].nonempty_rows) == ((), 3)


def test_joint_does_not_change_what_is_refused() -> None:
    data = {"unit": ["a", "a", "b", "c"], "U1": [4, 0, 5, 9], "U2": [4, 4, 4, 4]}
    for name in ("pandas", "polars", "duckdb"):
        messages = []
        for joint in (False, True):
            with pytest.raises(InvalidInputError) as info:
                surveys_by(ENGINES[name](data), "unit", elements=TWO, joint=joint)
            messages.append(str(info.value))
        assert messages[0] == messages[1]
        assert "group 'a', element U1: 1 bad answer: 0 (1)" in messages[1]
    frame = pl.DataFrame({"unit": ["a"] * 2, "U1": ["Sesuai", "puas"], "U2": [1, 1]})
    with pytest.raises(InvalidInputError, match="'puas' \\(1\\)"):
        surveys_by(frame, "unit", elements=TWO, answers=ANSWERS_2017, joint=True)
    with pytest.raises(InvalidTypeError, match="joint: got 'yes'"):
        surveys_by(frame, "unit", elements=TWO, joint="yes")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- group keys


def test_keys_are_scalars_tuples_and_plain_python() -> None:
    data = {"unit": [1, 1, 2, None], "U1": [4, 3, 2, 1], "U2": [4, 4, 4, 4]}
    frame = pd.DataFrame(data)  # pandas holds the unit as float64 with NaN
    scalar = surveys_by(frame, "unit", elements=TWO)
    assert list(scalar) == [1.0, 2.0, None]
    assert all(type(k) in {float, type(None)} for k in scalar)
    assert list(surveys_by(frame, ["unit"], elements=TWO)) == [(1.0,), (2.0,), (None,)]
    categories = pd.DataFrame({**data, "unit": pd.Categorical(["a", "a", "b", None])})
    assert list(surveys_by(categories, "unit", elements=TWO)) == ["a", "b", None]
    dates = pl.DataFrame({**data, "unit": [None, None, None, None]})
    assert list(surveys_by(dates, "unit", elements=TWO)) == [None]


def test_numpy_keys_become_plain_python() -> None:
    import numpy as np

    from lkjcalc.frames import _plain

    assert type(_plain(np.int64(3))) is int
    assert _plain(np.float64("nan")) is None
    assert _plain(pd.NaT) is None
    assert _plain(pd.NA) is None
    assert _plain("a") == "a"

    class Boxed:
        """A key of another library that happens to have an item() method: kept as it is."""

        def item(self) -> str:
            return "unboxed"

    boxed = Boxed()
    assert _plain(boxed) is boxed


def test_an_empty_frame_has_no_group() -> None:
    empty = pl.DataFrame(
        {"unit": [], "U1": [], "U2": []}, schema={"unit": pl.String, "U1": pl.Int8, "U2": pl.Int8}
    )
    assert surveys_by(empty, "unit", elements=TWO) == {}
    assert ikm_by(empty, "unit", elements=TWO) == {}
    table = ikm_table(empty, "unit", elements=TWO)
    assert table.shape == (0, 8)
    assert dict(table.schema) == {
        "unit": pl.String,
        "respondents": pl.Int64,
        "nrr_U1": pl.Null,
        "nrr_U2": pl.Null,
        "index": pl.Null,
        "ikm": pl.Null,
        "grade": pl.String,
        "grade_label": pl.String,
    }


def test_ikm_by_and_ikm_table_take_the_method_options() -> None:
    frame = pd.DataFrame({"unit": ["a", "a", "a", "b"], "U1": [4, 3, 3, 2], "U2": [3, 3, 2, 2]})
    units = {
        k: Survey.from_columns(v[["U1", "U2"]], elements=TWO) for k, v in frame.groupby("unit")
    }
    options = {"weights": {"U1": "0.4", "U2": "0.6"}, "nrr_places": 2, "scale": IKM_2004}
    by = ikm_by(frame, "unit", elements=TWO, **options)  # type: ignore[arg-type]
    assert by == {k: ikm(s, **options) for k, s in units.items()}  # type: ignore[arg-type]
    assert by["a"].options.scale is IKM_2004
    table = ikm_table(frame, "unit", elements=TWO, **options)  # type: ignore[arg-type]
    first = table.iloc[0]
    assert Decimal(str(first["nrr_U1"])) == by["a"].nrr["U1"] == Decimal("3.33")
    assert Decimal(str(first["ikm"])) == lkjcalc.round_half_up(by["a"].ikm, 2)
    assert (first["grade"], first["grade_label"]) == (by["a"].band.code, by["a"].band.label)


def test_other_columns_are_ignored_and_a_narwhals_frame_is_accepted() -> None:
    import narwhals.stable.v2 as nw

    frame = pl.DataFrame({"unit": ["a"], "U1": [4], "U2": [3], "comment": ["ok"]})
    assert surveys_by(nw.from_native(frame), "unit", elements=TWO)["a"].respondents == 1


# ----------------------------------------------------------------------------- what is refused


@pytest.mark.parametrize("name", ["pandas", "polars", "duckdb"])
def test_bad_scores_name_group_element_values_and_counts(name: str) -> None:
    data = {
        "unit": ["a", "a", "a", "b", "b", "c"],
        "U1": [4, 0, 0, 5, 3, 9],
        "U2": [4, 4, 4, 4, 4, 4],
    }
    with pytest.raises(InvalidInputError) as info:
        surveys_by(ENGINES[name](data), "unit", elements=TWO)
    error = info.value
    assert error.field == "frame['a'].U1"
    assert error.value == 0
    assert str(error) == (
        f"frame['a'].U1: got 0, expected {_SCORE}; group 'a', element U1: 2 bad answers: 0 (2); "
        "also in 2 other group/element pairs: 'b' U1 (1), 'c' U1 (1)"
    )


def test_a_float_score_and_a_bool_are_bad_values() -> None:
    frame = pd.DataFrame({"unit": ["a", "a"], "U1": [2.5, 4.0], "U2": [True, False]})
    check_message(
        lambda: surveys_by(frame, "unit", elements=TWO),
        InvalidInputError,
        f"frame['a'].U1: got 2.5, expected {_SCORE}; group 'a', element U1: 1 bad answer: "
        "2.5 (1); also in 1 other group/element pair: 'a' U2 (2)",
    )
    booleans = pd.DataFrame({"unit": ["a", "a"], "U1": [4, 4], "U2": [True, None]})
    check_message(
        lambda: surveys_by(booleans, "unit", elements=TWO),
        InvalidInputError,
        f"frame['a'].U2: got True, expected {_SCORE}; group 'a', element U2: 1 bad answer: "
        "True (1)",
    )


def test_text_needs_an_answer_map_and_unknown_texts_are_counted() -> None:
    frame = pl.DataFrame(
        {"unit": ["a"] * 4, "U1": ["Sesuai", "sesuai", "Puas", "puas "], "U2": [1] * 4}
    )
    check_message(
        lambda: surveys_by(frame, "unit", elements=TWO),
        InvalidInputError,
        f"frame['a'].U1: got 'Puas', expected {_SCORE}; group 'a', element U1: 4 bad answers: "
        "'Puas' (1), 'Sesuai' (1), 'puas ' (1), 'sesuai' (1); text answers need an answer map, "
        "e.g. answers=ANSWERS_2017",
    )
    check_message(
        lambda: surveys_by(frame, "unit", elements=TWO, answers=ANSWERS_2017),
        InvalidInputError,
        f"frame['a'].U1: got 'puas', expected {_SCORE} after the answer map; group 'a', "
        "element U1: 2 bad answers: 'puas' (2)",
    )


def test_many_bad_values_are_listed_up_to_a_limit() -> None:
    values = list(range(10, 22))
    frame = pl.DataFrame({"unit": [f"u{v}" for v in values] + ["a"] * 12, "U1": values * 2})
    with pytest.raises(InvalidInputError) as info:
        surveys_by(frame, "unit", elements=ELEMENTS_2017[:1])
    assert str(info.value) == (
        f"frame['a'].U1: got 10, expected {_SCORE}; group 'a', element U1: 12 bad answers: "
        "10 (1), 11 (1), 12 (1), 13 (1), 14 (1), 15 (1), 16 (1), 17 (1) …; also in 12 other "
        "group/element pairs: 'u10' U1 (1), 'u11' U1 (1), 'u12' U1 (1), 'u13' U1 (1), "
        "'u14' U1 (1), 'u15' U1 (1), 'u16' U1 (1), 'u17' U1 (1) …"
    )
    # Eight are shown whole, without an ellipsis.
    eight = pl.DataFrame({"unit": ["a"] * 8 + ["b"], "U1": [*range(10, 18), 9]})
    with pytest.raises(InvalidInputError) as info:
        surveys_by(eight, "unit", elements=ELEMENTS_2017[:1])
    assert "17 (1); also in 1 other group/element pair: 'b' U1 (1)" in str(info.value)


def test_categorical_text_columns_are_mapped() -> None:
    frame = pl.DataFrame(
        {"unit": ["a", "a", "b"], "U1": ["d", "A", None], "U2": [4, 3, 2]},
        schema_overrides={"U1": pl.Categorical},
    )
    surveys = surveys_by(frame, "unit", elements=TWO, answers=ANSWERS_2017)
    assert surveys["a"].tally("U1").counts == (1, 0, 0, 1)
    assert surveys["b"].blank == {"U1": 1, "U2": 0}


def test_undefined_groups_are_all_named() -> None:
    frame = pd.DataFrame(
        {"unit": ["a", "b", "c", "c"], "U1": [4, None, None, 3], "U2": [None, None, 3, 3]}
    )
    for compute in (ikm_by, ikm_table):
        with pytest.raises(UndefinedResultError) as info:
            compute(frame, "unit", elements=TWO)
        assert str(info.value) == (
            "the IKM of 2 groups is undefined, nobody answered an element there: 'a' (U2); "
            "'b' (U1, U2); filter those groups out, or combine them (combine_ikm, "
            "method='pooled')"
        )
    single = pd.DataFrame({"unit": ["a"], "U1": [None], "U2": [3]})
    with pytest.raises(UndefinedResultError) as info:
        ikm_by(single, "unit", elements=TWO)
    assert str(info.value).startswith("the IKM of 1 group is undefined, nobody answered an ")


_NAMES = "a column name, or a non-empty list of column names"
_SCORE = "a score 1, 2, 3 or 4, or a blank (null or NaN)"
_FRAME = "expected a column for by ({}) and for every element (U1, U2); columns: unit, U1"


@pytest.mark.parametrize(
    ("by", "error", "message"),
    [
        ("", InvalidInputError, "by: got '', expected a column name"),
        (
            ["unit", "unit"],
            InvalidInputError,
            "by: got ['unit', 'unit'], expected distinct column names",
        ),
        ([], InvalidTypeError, f"by: got [], expected {_NAMES}"),
        (3, InvalidTypeError, f"by: got 3, expected {_NAMES}"),
        (["unit", 3], InvalidTypeError, f"by: got ['unit', 3], expected {_NAMES}"),
        ("U1", InvalidInputError, "by: got 'U1', expected a column that is not an element"),
        ("region", InvalidInputError, "frame: got 'region', " + _FRAME.format("region") + ", U2"),
    ],
)
def test_bad_by_is_refused(by: object, error: type[LkjcalcError], message: str) -> None:
    frame = pl.DataFrame({"unit": ["a"], "U1": [4], "U2": [3]})
    check_message(lambda: surveys_by(frame, by, elements=TWO), error, message)  # type: ignore[arg-type]


def test_missing_element_columns_and_non_frames_are_refused() -> None:
    frame = pl.DataFrame({"unit": ["a"], "U1": [4], "U2": [3]})
    check_message(
        lambda: surveys_by(pl.DataFrame({"unit": ["a"], "U1": [4]}), "unit", elements=TWO),
        InvalidInputError,
        "frame: got 'U2', " + _FRAME.format("unit"),
    )
    check_message(
        lambda: surveys_by({"unit": ["a"], "U1": [4], "U2": [4]}, "unit", elements=TWO),
        InvalidTypeError,
        "frame: got {'unit': ['a'], 'U1': [4], 'U2': [4]}, expected a dataframe of a library "
        "narwhals supports (pandas, Polars, PyArrow, DuckDB, Dask, PySpark …)",
    )
    check_message(
        lambda: surveys_by(frame, "unit", answers="x"),  # type: ignore[arg-type]
        InvalidTypeError,
        "answers: got 'x', expected a mapping: element code → {text → score} (ANSWERS_2017), "
        "or {text → score}",
    )
    check_message(
        lambda: surveys_by(pl.DataFrame({"unit": ["a"]}), "unit", elements=[]),
        InvalidTypeError,
        "elements: got [], expected a non-empty tuple of Element (ELEMENTS_2017)",
    )
    check_message(
        lambda: ikm_by(frame, "unit", weights=2),
        InvalidInputError,
        "weights: got 2, expected a printed weight > 0 and <= 1",
    )


def test_without_narwhals_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "narwhals.stable.v2", None)
    with pytest.raises(ImportError, match=r'pip install "lkjcalc\[frames\]"') as info:
        surveys_by(pl.DataFrame({"unit": ["a"]}), "unit")
    assert str(info.value) == 'lkjcalc.frames needs narwhals: pip install "lkjcalc[frames]"'


def test_import_lkjcalc_loads_no_engine_and_frames_resolves() -> None:
    code = (
        "import sys, lkjcalc; from lkjcalc import *; "
        "heavy = {'narwhals', 'polars', 'pyarrow', 'duckdb', 'dask', 'pandas', 'numpy', "
        "'pyspark'}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy)); "
        "import lkjcalc.frames; print(lkjcalc.frames.surveys_by.__name__, "
        "'narwhals' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "surveys_by False"  # even lkjcalc.frames imports narwhals only when called


# ----------------------------------------------------------------------------- laws


@st.composite
def _frames(draw: st.DrawFn) -> dict[str, list[object]]:
    rows = draw(st.integers(0, 30))
    answer = st.sampled_from([None, 1, 2, 3, 4])
    return {
        "unit": draw(st.lists(st.sampled_from(["a", "b", None]), min_size=rows, max_size=rows)),
        "U1": draw(st.lists(answer, min_size=rows, max_size=rows)),
        "U2": draw(st.lists(answer, min_size=rows, max_size=rows)),
    }


@given(_frames(), st.sampled_from(["pandas", "polars", "pyarrow"]))
def test_the_groups_add_up_to_the_whole_survey(data: dict[str, list[object]], name: str) -> None:
    frame = (
        ENGINES[name](data)
        if data["unit"]
        else pl.DataFrame(data, schema=dict.fromkeys(data, pl.Int8))
    )
    surveys = surveys_by(frame, "unit", elements=TWO)
    rows = list(zip(data["U1"], data["U2"], strict=True))
    assert sum(surveys.values(), Survey.empty(TWO)) == Survey.from_responses(rows, elements=TWO)
    for key, survey in surveys.items():
        own = [r for r, unit in zip(rows, data["unit"], strict=True) if unit == key]
        assert survey == Survey.from_responses(own, elements=TWO)


@given(_frames(), st.sampled_from(["pandas", "polars", "pyarrow"]))
def test_joint_groups_add_up_to_the_whole_joint_survey(
    data: dict[str, list[object]], name: str
) -> None:
    frame = (
        ENGINES[name](data)
        if data["unit"]
        else pl.DataFrame(data, schema=dict.fromkeys(data, pl.Int8))
    )
    surveys = surveys_by(frame, "unit", elements=TWO, joint=True)
    rows = list(zip(data["U1"], data["U2"], strict=True))
    whole = Survey.from_responses(rows, elements=TWO, joint=bool(rows))  # no group: plain empty
    assert sum(surveys.values(), Survey.empty(TWO)) == whole
    for key, survey in surveys.items():
        own = [r for r, unit in zip(rows, data["unit"], strict=True) if unit == key]
        assert survey == Survey.from_responses(own, elements=TWO, joint=True)


def test_elements_of_ones_own() -> None:
    own = (Element(code="Q1"), Element(code="Q2"))
    frame = pl.DataFrame({"unit": ["a", "a"], "Q1": ["Ya", "tidak"], "Q2": [4, 1]})
    surveys = surveys_by(frame, "unit", elements=own, answers={"ya": 4, "tidak": 1})
    assert surveys["a"] == Survey.from_responses([(4, 4), (1, 1)], elements=own)
