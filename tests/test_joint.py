"""The joint counts of a survey: pairs of scores per pair of elements (issue 14, domain.md §4.8)."""

from __future__ import annotations

import array
import itertools
import pickle
from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    ELEMENTS_2017,
    Element,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Survey,
    UndefinedResultError,
)
from lkjcalc.strategies import survey_rows
from lkjcalc.survey import _joint
from messages import check_message

ABC = (Element(code="A"), Element(code="B"), Element(code="C"))
CODES = [e.code for e in ABC]
ROWS = [(4, 3, 3), (3, 3, 4), (4, 4, None), (None, None, None), (1, None, 2)]

Rows = list[tuple[int | None, ...]]


def joint(rows: Rows, elements: tuple[Element, ...] = ABC) -> Survey:
    return Survey.from_responses(rows, elements=elements, joint=True)


def crosstab(rows: Rows, j: int, m: int) -> tuple[tuple[int, ...], ...]:
    """The oracle: the 4 × 4 counts of two elements, by counting the rows one by one."""
    return tuple(
        tuple(sum(1 for r in rows if r[j] == a and r[m] == b) for b in range(1, 5))
        for a in range(1, 5)
    )


def column_inputs(rows: Rows) -> list[dict[str, object]]:
    """The same answers as columns of every kind a caller passes."""
    lists = {c: [r[i] for r in rows] for i, c in enumerate(CODES)}
    shapes: list[dict[str, object]] = [
        lists,
        {c: tuple(v) for c, v in lists.items()},
        {c: iter(v) for c, v in lists.items()},
        pd.DataFrame(lists, dtype=float),
        pd.DataFrame(lists, dtype="Int64"),
        {c: np.array(v, dtype=object) for c, v in lists.items()},
        {c: [Decimal(x) if x is not None else float("nan") for x in v] for c, v in lists.items()},
        {c: np.array(v, dtype=float).astype(np.float32) for c, v in lists.items()},
    ]
    if all(None not in r for r in rows):
        shapes += [
            {c: np.array(v, dtype=np.int8) for c, v in lists.items()},
            {c: np.array(v, dtype=np.int64) for c, v in lists.items()},
            {c: np.array(v, dtype=">i2") for c, v in lists.items()},
            {c: array.array("H", v) for c, v in lists.items()},
            {c: np.repeat(np.array(v, dtype=np.int16), 2)[::2] for c, v in lists.items()},
        ]
    return shapes


# ----------------------------------------------------------------------------- examples


def test_joint_counts_of_a_small_survey() -> None:
    survey = joint(ROWS)
    assert survey.joint
    # Five questionnaires, one of them blank throughout: four respondents for an interval.
    assert survey.respondents == 5
    assert survey.nonempty_rows == 4
    assert survey.joint_counts("A", "B") == crosstab(ROWS, 0, 1)
    assert survey.joint_counts("A", "C") == ((0, 1, 0, 0), (0, 0, 0, 0), (0, 0, 0, 1), (0, 0, 1, 0))
    # The other order is the transposed table.
    assert survey.joint_counts("C", "A") == tuple(zip(*survey.joint_counts("A", "C"), strict=True))
    assert survey.pair_counts is not None
    assert len(survey.pair_counts) == 3
    assert survey.pair_counts[2] == tuple(x for row in crosstab(ROWS, 1, 2) for x in row)


def test_joint_counts_agree_with_pandas_crosstab() -> None:
    rng = np.random.default_rng(14)
    values = rng.integers(0, 5, size=(300, 4)).astype(float)
    values[values == 0] = np.nan
    frame = pd.DataFrame(values, columns=["U1", "U2", "U3", "U4"])
    survey = Survey.from_columns(frame, elements=ELEMENTS_2017[:4], joint=True)
    for first in frame.columns:
        for second in frame.columns:
            if first != second:
                expected = pd.crosstab(frame[first], frame[second]).reindex(
                    index=[1.0, 2.0, 3.0, 4.0], columns=[1.0, 2.0, 3.0, 4.0], fill_value=0
                )
                got = survey.joint_counts(first, second)
                assert got == tuple(tuple(int(x) for x in row) for row in expected.to_numpy())
    assert survey.nonempty_rows == int(frame.notna().any(axis=1).sum())


def test_plain_surveys_have_no_joint_counts() -> None:
    plain = Survey.from_responses(ROWS, elements=ABC)
    assert not plain.joint
    assert plain.pair_counts is None
    assert plain.nonempty_rows is None
    assert not Survey.from_columns({c: [4] for c in CODES}, elements=ABC).joint
    assert not Survey.from_totals(dict.fromkeys(CODES, (4, 1)), elements=ABC).joint
    assert not Survey.empty(ABC).joint


def test_a_large_column_crosses_several_chunks() -> None:
    rng = np.random.default_rng(2020)
    size = (1 << 18) * 2 + 12345  # three chunks, the last one short
    columns = {c: rng.integers(1, 5, size=size, dtype=np.int8) for c in CODES}
    survey = Survey.from_columns(columns, elements=ABC, joint=True)
    for j, m in _joint.pairs(3):
        codes = columns[CODES[j]].astype(np.int64) * 5 + columns[CODES[m]]
        table = np.bincount(codes, minlength=25).reshape(5, 5)[1:, 1:]
        assert survey.joint_counts(CODES[j], CODES[m]) == tuple(map(tuple, table.tolist()))
    assert survey.nonempty_rows == size


def test_float64_columns_with_other_nans_and_blanks() -> None:
    # A NaN with a payload is a blank too; it is read answer by answer.
    payload = np.frombuffer(np.array([0x7FF0000000000001], dtype=np.uint64).tobytes(), np.float64)
    column = np.array([4.0, np.nan, 2.0, payload[0]])
    columns = {"A": column, "B": np.array([1.0, 2.0, 3.0, 4.0]), "C": np.array([3.0] * 4)}
    survey = Survey.from_columns(columns, elements=ABC, joint=True)
    assert survey.joint_counts("A", "B") == ((0,) * 4, (0, 0, 1, 0), (0,) * 4, (1, 0, 0, 0))
    assert survey.nonempty_rows == 4


def test_column_scores_of_every_layout() -> None:
    assert _joint.column_scores([4, 3, None]) == b"\x04\x03\x00"
    assert _joint.column_scores(np.array([4.0, np.nan])) == b"\x04\x00"
    assert _joint.column_scores(np.array([4, 1], dtype=np.int32)) == b"\x04\x01"
    assert _joint.column_scores(pd.Series([2, None], dtype="Int64")) == b"\x02\x00"
    assert _joint.column_scores(pd.Series([2.0, 3.0])) == b"\x02\x03"
    assert _joint.column_scores(np.array([3, 4], dtype=np.float16)) == b"\x03\x04"
    assert _joint.column_scores(np.array([3, 4], dtype=">f8")) == b"\x03\x04"


def test_the_joint_flag_must_be_a_bool() -> None:
    with pytest.raises(InvalidTypeError, match="joint: got 1, expected True or False"):
        Survey.from_responses([], elements=ABC, joint=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="joint: got 'yes', expected True or False"):
        Survey.from_columns({c: [4] for c in CODES}, elements=ABC, joint="yes")  # type: ignore[arg-type]


def test_repr_pickle_hash() -> None:
    survey = joint(ROWS)
    assert repr(survey) == (
        "<Survey: 5 respondents, 3 elements (A, B, C), 5 blanks (A 1, B 2, C 2), joint counts>"
    )
    assert pickle.loads(pickle.dumps(survey)) == survey  # noqa: S301 - our own bytes
    assert hash(survey) == hash(joint(ROWS))
    assert survey != Survey.from_responses(ROWS, elements=ABC)


# ----------------------------------------------------------------------------- merging


def test_merging_keeps_joint_counts_when_both_have_them() -> None:
    first, second = joint(ROWS[:2]), joint(ROWS[2:])
    assert first + second == joint(ROWS)


def test_the_empty_survey_is_the_identity_for_joint_surveys_too() -> None:
    survey = joint(ROWS)
    empty = Survey.empty(ABC)
    assert survey + empty == survey
    assert empty + survey == survey
    # The empty survey built with joint=True has zero tables; adding it to a plain survey keeps
    # the plain survey as it is.
    plain = Survey.from_responses(ROWS, elements=ABC)
    joint_empty = joint([])
    assert joint_empty.joint
    assert joint_empty.nonempty_rows == 0
    assert plain + joint_empty == plain
    assert joint_empty + plain == plain
    assert survey + joint_empty == survey
    assert joint_empty + survey == survey
    assert joint_empty + empty == joint_empty
    assert empty + joint_empty == joint_empty
    # Published totals of nobody have no counts per score, and a sum with them has none either.
    nobody = Survey.from_totals(dict.fromkeys(CODES, (0, 0)), elements=ABC)
    assert not (survey + nobody).joint
    assert not (nobody + survey).joint


def test_a_joint_and_a_plain_survey_lose_the_joint_counts() -> None:
    mixed = joint(ROWS[:2]) + Survey.from_responses(ROWS[2:], elements=ABC)
    assert not mixed.joint
    assert mixed == Survey.from_responses(ROWS, elements=ABC)
    assert not (Survey.from_responses(ROWS[2:], elements=ABC) + joint(ROWS[:2])).joint


@given(
    survey_rows(ABC, max_size=12),
    survey_rows(ABC, max_size=12),
    survey_rows(ABC, max_size=12),
)
def test_joint_merge_is_associative_and_commutative_with_identity(
    a: Rows, b: Rows, c: Rows
) -> None:
    x, y, z = joint(a), joint(b), joint(c)
    assert (x + y) + z == x + (y + z) == joint(a + b + c)
    assert x + y == y + x
    assert x + Survey.empty(ABC) == x


@given(survey_rows(ABC, max_size=15), st.lists(st.integers(0, 15), max_size=4))
def test_shards_sum_to_the_survey_of_all_rows(rows: Rows, cuts: list[int]) -> None:
    bounds = sorted({0, len(rows), *(min(cut, len(rows)) for cut in cuts)})
    shards = [joint(rows[a:b]) for a, b in itertools.pairwise(bounds)] or [joint([])]
    assert sum(shards[1:], shards[0]) == joint(rows)


# ----------------------------------------------------------------------------- reading


@given(survey_rows(ABC, max_size=20))
def test_every_input_shape_gives_the_same_joint_counts(rows: Rows) -> None:
    expected = joint(rows)
    for j, m in _joint.pairs(3):
        assert expected.joint_counts(CODES[j], CODES[m]) == crosstab(rows, j, m)
    assert expected.nonempty_rows == sum(1 for r in rows if any(v is not None for v in r))
    for columns in column_inputs(rows):
        assert Survey.from_columns(columns, elements=ABC, joint=True) == expected, type(
            next(iter(columns.values()))
        )


@given(survey_rows(ABC, max_size=20))
def test_joint_counts_do_not_change_the_plain_counts(rows: Rows) -> None:
    with_joint = joint(rows)
    plain = Survey.from_responses(rows, elements=ABC)
    assert with_joint.tallies == plain.tallies
    assert with_joint.respondents == plain.respondents
    # Each table's margins are within each element's counts.
    for j, m in _joint.pairs(3):
        table = with_joint.joint_counts(CODES[j], CODES[m])
        counts_j = with_joint.tallies[j].counts
        assert counts_j is not None
        assert all(sum(row) <= c for row, c in zip(table, counts_j, strict=True))


# ----------------------------------------------------------------------------- validation

_TWO = joint([(4, 3, 2), (3, 3, None)])
_T = _TWO.tallies
_P = _TWO.pair_counts

MESSAGES = [
    pytest.param(
        lambda: Survey(elements=ABC, tallies=_T, respondents=2, pair_counts=_P),
        InvalidInputError,
        "nonempty_rows: got None, expected the joint counts and the number of non-empty rows "
        "together (both given, or both None)",
        id="rows-missing",
    ),
    pytest.param(
        lambda: Survey(elements=ABC, tallies=_T, respondents=2, nonempty_rows=2),
        InvalidInputError,
        "pair_counts: got None, expected the joint counts and the number of non-empty rows "
        "together (both given, or both None)",
        id="pairs-missing",
    ),
    pytest.param(
        lambda: Survey(elements=ABC, tallies=_T, respondents=2, pair_counts="x", nonempty_rows=2),
        InvalidTypeError,
        "pair_counts: got 'x', expected None or a sequence of tables of 16 counts, one per pair "
        "of elements",
        id="pairs-type",
    ),
    pytest.param(
        lambda: Survey(
            elements=ABC, tallies=_T, respondents=2, pair_counts=[(1, 2)], nonempty_rows=2
        ),
        InvalidTypeError,
        "pair_counts[0]: got (1, 2), expected 16 counts (scores 1-4 on one element × 1-4 on the "
        "other)",
        id="table-length",
    ),
    pytest.param(
        lambda: Survey(
            elements=ABC, tallies=_T, respondents=2, pair_counts=[(0,) * 16], nonempty_rows=2
        ),
        InvalidInputError,
        "pair_counts: got 1, expected one table per pair of the 3 elements (3 tables)",
        id="tables-count",
    ),
    pytest.param(
        lambda: Survey(
            elements=ABC, tallies=_T, respondents=2, pair_counts=[("x",) * 16], nonempty_rows=2
        ),
        InvalidInputError,
        "pair_counts[0][0]: got 'x', expected a plain decimal string such as '12143000.00' (sign, "
        "ASCII digits, optional point; no spaces, grouping or exponent)",
        id="count-junk",
    ),
    pytest.param(
        lambda: Survey(elements=ABC, tallies=_T, respondents=2, pair_counts=_P, nonempty_rows=3),
        InvalidInputError,
        "nonempty_rows: got 3, expected at least the largest number answered (2) and at most "
        "the respondents (2)",
        id="rows-range",
    ),
    pytest.param(
        lambda: Survey(
            elements=ABC,
            tallies=_T,
            respondents=2,
            pair_counts=[(-1,) + (0,) * 15, *(_P or ())[1:]],
            nonempty_rows=2,
        ),
        InvalidInputError,
        "pair_counts[0]: got (-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), expected counts "
        ">= 0",
        id="negative",
    ),
    pytest.param(
        lambda: Survey(
            elements=ABC,
            tallies=_T,
            respondents=2,
            pair_counts=[(2,) + (0,) * 15, *(_P or ())[1:]],
            nonempty_rows=2,
        ),
        InvalidInputError,
        "pair_counts[0]: got (2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), expected joint "
        "counts of A and B within the counts of each ((0, 0, 1, 1) and (0, 0, 2, 0)) and the 2 "
        "non-empty rows",
        id="beyond-counts",
    ),
    pytest.param(
        lambda: Survey.from_totals(
            dict.fromkeys(CODES, (4, 1)),
            elements=ABC,
        ).joint_counts("A", "B"),
        UndefinedResultError,
        "the joint counts of this survey are unknown; it was built from published totals, which "
        "cannot give them; build the survey from the questionnaires with joint=True "
        "(Survey.from_responses(rows, joint=True) or Survey.from_columns(columns, joint=True))",
        id="totals",
    ),
    pytest.param(
        lambda: Survey.from_responses(ROWS, elements=ABC).joint_counts("A", "B"),
        UndefinedResultError,
        "the joint counts of this survey are unknown; it was built without joint=True (or is "
        "the sum of a joint and a plain survey); build the survey from the questionnaires with "
        "joint=True (Survey.from_responses(rows, joint=True) or Survey.from_columns(columns, "
        "joint=True))",
        id="plain",
    ),
    pytest.param(
        lambda: _TWO.joint_counts("A", "A"),
        InvalidInputError,
        "second: got 'A', expected an element other than A",
        id="same",
    ),
    pytest.param(
        lambda: _TWO.joint_counts("A", "D"),
        InvalidInputError,
        "second: got 'D', expected one of A, B, C",
        id="unknown",
    ),
    pytest.param(
        lambda: _TWO.joint_counts(1, "B"),  # type: ignore[arg-type]
        InvalidTypeError,
        "first: got 1, expected an element code (str)",
        id="code-type",
    ),
]


@pytest.mark.parametrize(("call", "error", "message"), MESSAGES)
def test_messages(call: Callable[[], object], error: type[LkjcalcError], message: str) -> None:
    check_message(call, error, message)


@pytest.mark.parametrize("which", [0, 1])
def test_joint_counts_need_counts_per_score(which: int) -> None:
    counted = Survey.from_responses([(4, 4)], elements=ABC[:2]).tallies
    totals = Survey.from_totals({"A": (4, 1), "B": (4, 1)}, elements=ABC[:2]).tallies
    tallies = tuple(totals[i] if i == which else counted[i] for i in range(2))
    table = (0,) * 15 + (1,)
    check_message(
        lambda: Survey(
            elements=ABC[:2], tallies=tallies, respondents=1, pair_counts=[table], nonempty_rows=1
        ),
        InvalidInputError,
        f"pair_counts[0]: got {table}, expected tallies with the counts of each score (joint "
        "counts come from answers)",
    )


@pytest.mark.parametrize(
    "cell",
    [
        4,  # scores (2, 1): A has no 2
        11,  # scores (3, 4): B has no 4
        1,  # scores (1, 2): neither
    ],
)
def test_each_row_and_column_of_a_table_is_checked(cell: int) -> None:
    # _TWO: A scored 4 and 3, B scored 3 and 3 (cells 14 and 10); one count moves to *cell*.
    table = [0] * 16
    table[14 if cell != 11 else 10] = 1
    table[cell] = 1
    with pytest.raises(InvalidInputError, match="within the counts of each"):
        Survey(
            elements=ABC,
            tallies=_T,
            respondents=2,
            pair_counts=[tuple(table), *(_P or ())[1:]],
            nonempty_rows=2,
        )


def test_the_union_of_a_pair_fits_in_the_nonempty_rows() -> None:
    # A answered by row 1, B by row 2: their union is 2 rows, so 1 non-empty row is impossible.
    rows = [(4, None), (None, 4)]
    survey = Survey.from_responses(rows, elements=ABC[:2], joint=True)
    assert survey.nonempty_rows == 2
    with pytest.raises(InvalidInputError, match="and the 1 non-empty rows"):
        Survey(
            elements=ABC[:2],
            tallies=survey.tallies,
            respondents=2,
            pair_counts=survey.pair_counts,
            nonempty_rows=1,
        )


# ----------------------------------------------------------------------------- fast paths


@pytest.mark.parametrize("typecode", ["b", "B", "h", "i", "q"])
def test_integer_buffers_take_the_fast_path(typecode: str) -> None:
    view = memoryview(array.array(typecode, [1, 2, 4, 3, 3]))
    assert _joint._buffer_scores(view, typecode) == b"\x01\x02\x04\x03\x03"


def test_float64_buffers_take_the_fast_path() -> None:
    nan = float("nan")
    view = memoryview(array.array("d", [4.0, nan, 1.0, 2.0, 3.0, -nan]))
    assert _joint._buffer_scores(view, "d") == b"\x04\x00\x01\x02\x03\x00"
    # Anything else is left to the list path: other formats, a NaN with a payload.
    assert _joint._buffer_scores(memoryview(array.array("f", [1.0])), "f") is None
    payload = array.array("d", bytes([1, 0, 0, 0, 0, 0, 0xF0, 0x7F]))
    assert _joint._buffer_scores(memoryview(payload), "d") is None
    other = array.array("d", bytes([0, 0, 0, 0, 0, 0, 0xF4, 0x7F]))  # NaN read as top 7F F4
    assert _joint._buffer_scores(memoryview(other), "d") is None


def test_buffers_and_lists_are_read_without_the_slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> object:
        raise AssertionError("the slow path was taken")

    with monkeypatch.context() as patch:
        patch.setattr(_joint, "_as_list", refuse)
        assert _joint.column_scores(np.array([4, 3], dtype=np.int8)) == b"\x04\x03"
        assert _joint.column_scores(pd.Series([4.0, np.nan])) == b"\x04\x00"
    monkeypatch.setattr(_joint, "score", refuse)  # plain ints are turned into bytes at once
    assert _joint.column_scores([4, 3, 1]) == b"\x04\x03\x01"


def test_big_endian_buffers_are_read_from_their_low_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    # The machine's byte order is read once; a big-endian one is simulated with swapped bytes.
    monkeypatch.setattr(_joint, "_LITTLE", False)
    ints = array.array("h", [1, 2, 4, 3])
    ints.byteswap()
    assert _joint._buffer_scores(memoryview(ints), "h") == b"\x01\x02\x04\x03"
    floats = array.array("d", [1.0, 2.0, float("nan"), 4.0, 3.0])
    floats.byteswap()
    assert _joint._buffer_scores(memoryview(floats), "d") == b"\x01\x02\x00\x04\x03"


def test_score_masks_pack_eight_questionnaires_a_byte() -> None:
    masks = _joint._score_masks(bytes([1, 2, 3, 4, 0, 1, 1, 4, 2]))  # eighths of 2 bytes
    # Score s of questionnaire i sets bit i // 2 of byte i % 2 in mask s.
    expected = [0, 0, 0, 0]
    for i, s in enumerate([1, 2, 3, 4, 0, 1, 1, 4, 2]):
        if s:
            expected[s - 1] |= 1 << (8 * (i % 2) + i // 2)
    assert masks == expected


def test_ready_columns_reads_iterators_once() -> None:
    columns = {"A": iter([4, 3]), "B": [1, 2], "C": (3, 3)}
    ready = _joint.ready_columns(columns, ("A", "B", "C"))
    assert ready == {"A": [4, 3], "B": [1, 2], "C": (3, 3)}
    assert ready["B"] is columns["B"]  # only the iterator is copied
    plain = {"A": [4], "B": [4], "C": [4]}
    assert _joint.ready_columns(plain, ("A", "B", "C")) is plain


def test_text_answers_keep_their_joint_counts() -> None:
    from lkjcalc import ANSWERS_2017

    two = ELEMENTS_2017[:2]
    form = [("Sangat sesuai", "mudah "), ("sesuai", "d"), (None, "Kurang  mudah"), ("a", "a")]
    scores = [(4, 3), (3, 4), (None, 2), (1, 1)]
    texts = Survey.from_responses(form, elements=two, answers=ANSWERS_2017, joint=True)
    assert texts == Survey.from_responses(scores, elements=two, joint=True)
    columns = {"U1": [r[0] for r in form], "U2": [r[1] for r in form]}
    assert Survey.from_columns(columns, elements=two, answers=ANSWERS_2017, joint=True) == texts
