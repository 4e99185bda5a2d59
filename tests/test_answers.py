"""Answers given as text: ANSWERS_2017, user maps, answers= on from_responses/from_columns (#13)."""

from __future__ import annotations

import array
from collections import Counter
from collections.abc import Iterator

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjcalc import (
    ANSWERS_2017,
    ELEMENTS_2017,
    Element,
    InvalidInputError,
    InvalidTypeError,
    LkjcalcError,
    Survey,
)
from lkjcalc.survey._answers import answer_tables, column_values, normalize
from messages import check_message

CODES = tuple(e.code for e in ELEMENTS_2017)
TWO = ELEMENTS_2017[:2]

# The options of the sample questionnaire, PermenPANRB 14/2017 annex, as published copies print
# them (Kantor Camat Ulu Manna questionnaire; SKM applications for U6 and U8): 1 … 4 in order.
PRINTED = {
    "U1": ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    "U2": ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    "U3": ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    "U4": ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    "U5": ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    "U6": ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    "U7": (
        "Tidak sopan dan ramah",
        "Kurang sopan dan ramah",
        "Sopan dan ramah",
        "Sangat sopan dan ramah",
    ),
    "U8": (
        "Tidak ada",
        "Ada tetapi tidak berfungsi",
        "Berfungsi kurang maksimal",
        "Dikelola dengan baik",
    ),
    "U9": ("Buruk", "Cukup", "Baik", "Sangat baik"),
}


@pytest.mark.parametrize("code", CODES)
def test_answers_2017_scores_the_printed_options_in_order(code: str) -> None:
    options = ANSWERS_2017[code]
    for score, text in enumerate(PRINTED[code], start=1):
        assert options[text] == score
    for score, (letter, digit) in enumerate(zip("abcd", "1234", strict=True), start=1):
        assert options[letter] == score
        assert options[digit] == score
    assert len(options) == 12
    assert list(ANSWERS_2017) == list(CODES)


def test_answers_2017_is_read_only() -> None:
    with pytest.raises(TypeError):
        ANSWERS_2017["U1"]["Puas"] = 4  # type: ignore[index]
    with pytest.raises(TypeError):
        ANSWERS_2017["U10"] = {}  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sangat sesuai", "sangat sesuai"),
        ("  SANGAT   Sesuai\t", "sangat sesuai"),
        ("sangat\u00a0sesuai", "sangat sesuai"),
        ("\u3000d\n", "d"),
        ("XX", "xx"),  # letters at either end stay
        ("\x1cd\x85", "\x1cd\x85"),  # only the characters of SPACES are spaces
        ("   ", ""),
    ],
)
def test_normalize_ignores_case_and_spaces(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_rows_of_texts_count_like_their_scores() -> None:
    form = [
        ("Sangat sesuai", "mudah "),
        ("  sesuai", "d"),
        (None, "Kurang  MUDAH"),
        ("   ", "4"),
        (3, float("nan")),
    ]
    texts = Survey.from_responses(form, elements=TWO, answers=ANSWERS_2017)
    scores = Survey.from_responses([(4, 3), (3, 4), (None, 2), (None, 4), (3, None)], elements=TWO)
    assert texts == scores


def test_mapping_rows_and_one_map_for_every_element() -> None:
    yes_no = {"Ya": 4, "Tidak": 1}
    rows = [{"U1": "ya", "U2": "TIDAK"}, {"U1": "Tidak"}]
    survey = Survey.from_responses(rows, elements=TWO, answers=yes_no)
    assert survey.tally("U1").counts == (1, 0, 0, 1)
    assert survey.tally("U2").counts == (1, 0, 0, 0)
    assert survey.blank == {"U1": 0, "U2": 1}


def test_an_unknown_text_names_the_row_element_text_and_count() -> None:
    rows = [("Sesuai", "Mudah"), ("Sesuai", "Puas"), ("sesuai", " puas"), ("x", "PUAS")]
    with pytest.raises(InvalidInputError) as info:
        Survey.from_responses(rows, elements=TWO, answers=ANSWERS_2017)
    error = info.value
    assert error.field == "rows[1].U2"
    assert error.value == "puas"
    assert "3 answers of U2 carried it" in str(error)
    assert "'sangat mudah' = 4" in str(error)


def test_the_first_row_with_an_unknown_text_is_named_and_others_listed() -> None:
    rows = [("Sesuai", "Puas"), ("ok", "Mudah")]
    with pytest.raises(InvalidInputError, match=r"rows\[0\]\.U2: got 'puas'.*1 answer of U2 "):
        Survey.from_responses(rows, elements=TWO, answers=ANSWERS_2017)
    column = ["Puas", "puas", "Senang", "Sesuai"]
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns({"U1": column, "U2": [1, 2, 3, 4]}, elements=TWO, answers=ANSWERS_2017)
    assert info.value.field == "columns['U1']"
    assert "2 answers of U1 carried it; other unknown answers: 'senang' (1)" in str(info.value)


def test_rows_of_a_wrong_shape_are_still_named() -> None:
    with pytest.raises(InvalidInputError, match=r"rows\[0\]: got 3, expected 2 answers"):
        Survey.from_responses([("a", "b", "c")], elements=TWO, answers=ANSWERS_2017)
    with pytest.raises(InvalidTypeError, match=r"rows\[0\]"):
        Survey.from_responses(["ab"], elements=TWO, answers=ANSWERS_2017)
    with pytest.raises(InvalidInputError, match=r"rows\[0\]: got 'U3'"):
        Survey.from_responses([{"U3": "a"}], elements=TWO, answers=ANSWERS_2017)
    with pytest.raises(InvalidTypeError, match="rows"):
        Survey.from_responses(5, elements=TWO, answers=ANSWERS_2017)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"rows\[0\]\.U1: got 5"):
        Survey.from_responses([(5, "a")], elements=TWO, answers=ANSWERS_2017)
    # A row that is no questionnaire reaches from_responses as it came, after a good one.
    for bad in (5, "ab"):
        with pytest.raises(InvalidTypeError) as info:
            Survey.from_responses([("Sesuai", "Mudah"), bad], elements=TWO, answers=ANSWERS_2017)
        assert (info.value.field, info.value.value) == ("rows[1]", bad)


def test_an_unknown_text_in_a_mapping_row_names_its_row() -> None:
    rows = [{"U1": "Sesuai", "U2": "Mudah"}, {"U1": "bagus", "U2": "Mudah"}]
    with pytest.raises(InvalidInputError) as info:
        Survey.from_responses(rows, elements=TWO, answers=ANSWERS_2017)
    assert (info.value.field, info.value.value) == ("rows[1].U1", "bagus")


def test_columns_of_texts_from_lists_and_pandas() -> None:
    frame = pd.DataFrame(
        {"U1": ["Sangat sesuai", "sesuai", None, " "], "U2": [4.0, 3.0, np.nan, 1.0]}
    )
    survey = Survey.from_columns(frame, elements=TWO, answers=ANSWERS_2017)
    assert survey.tally("U1").counts == (0, 0, 1, 1)
    assert survey.blank == {"U1": 2, "U2": 1}
    assert survey.tally("U2").counts == (1, 0, 1, 1)


def test_numeric_columns_keep_their_fast_path_with_an_answer_map() -> None:
    scores = np.array([4, 3, 3], dtype=np.int8)
    tables = answer_tables(ANSWERS_2017, ("U1",))
    from lkjcalc.survey._answers import scores_of_columns

    kept = scores_of_columns({"U1": scores}, tables, ("U1",))
    assert kept["U1"] is scores
    series = pd.Series([1.0, 2.0])
    assert scores_of_columns({"U1": series}, tables, ("U1",))["U1"] is series
    # Every numeric kind, by buffer format (any byte order) or by dtype, is kept as it is.
    for column in (
        array.array("B", [4, 3]),
        array.array("h", [4, 3]),
        np.array([4, 3], dtype=">i2"),
        np.array([4, 3], dtype="<u4"),
        pd.Series([4, 3], dtype="int64"),
        pd.Series([4, 3], dtype="uint8"),
        pd.Series([4, 3], dtype="Int64"),  # a nullable column has no buffer but a dtype
    ):
        assert scores_of_columns({"U1": column}, tables, ("U1",))["U1"] is column
    assert scores_of_columns({"U1": [1, "a"]}, tables, ("U1",))["U1"] == [1, 1]


def test_unhashable_answers_are_read_one_by_one_and_refused() -> None:
    with pytest.raises(InvalidTypeError, match=r"columns\['U1'\]\[1\]"):
        Survey.from_columns({"U1": ["a", [1]], "U2": [1, 1]}, elements=TWO, answers=ANSWERS_2017)


def test_a_column_that_is_not_one_is_left_for_from_columns_to_refuse() -> None:
    with pytest.raises(InvalidTypeError, match=r"columns\['U1'\]"):
        Survey.from_columns({"U1": "abc", "U2": [1, 1, 1]}, elements=TWO, answers=ANSWERS_2017)
    with pytest.raises(InvalidTypeError, match=r"columns\['U1'\]"):
        Survey.from_columns({"U1": 5, "U2": [1]}, elements=TWO, answers=ANSWERS_2017)


def test_column_values_reads_every_kind_of_column() -> None:
    assert column_values(pl.Series(["a", None])) == ["a", None]
    assert column_values(pa.chunked_array([["a", None]])) == ["a", None]
    assert column_values(np.array(["a", "b"], dtype=object)) == ["a", "b"]
    assert column_values(("a", "b")) == ["a", "b"]
    assert column_values(iter(["a"])) == ["a"]
    assert column_values({"a": 1}) is None
    assert column_values(3) is None
    # numpy's tolist() gives Python numbers (iterating would give numpy scalars).
    assert [type(v) for v in column_values(np.array([1, 2]))] == [int, int]  # type: ignore[union-attr]

    class Column:
        """A column whose to_list() is preferred over iterating it."""

        def __init__(self, values: object) -> None:
            self.values = values

        def to_list(self) -> object:
            return self.values

        def __iter__(self) -> Iterator[str]:
            return iter(["iterated"])

    listed = ["a", None]
    assert column_values(Column(listed)) is listed  # a list is taken as it is, not copied
    assert column_values(Column(("a", None))) == ["a", None]


@pytest.mark.parametrize("kind", ["polars", "pyarrow", "recordbatch"])
def test_from_columns_reads_polars_and_arrow_tables(kind: str) -> None:
    data = {"U1": [4, 3, None, 2], "U2": ["Sangat mudah", "b", "MUDAH", None]}
    table: object
    if kind == "polars":
        table = pl.DataFrame(data)
    elif kind == "pyarrow":
        table = pa.table(data)
    else:
        table = pa.RecordBatch.from_pydict(data)
    survey = Survey.from_columns(table, elements=TWO, answers=ANSWERS_2017)
    expected = Survey.from_responses([(4, 4), (3, 2), (None, 3), (2, None)], elements=TWO)
    assert survey == expected
    numeric = {"U1": [4, 3, None], "U2": [1.0, None, 2.5]}
    with pytest.raises(InvalidInputError, match=r"columns\['U2'\]\[2\]: got 2.5"):
        Survey.from_columns(
            pl.DataFrame(numeric) if kind == "polars" else pa.table(numeric), elements=TWO
        )


def test_a_table_like_object_without_names_is_refused() -> None:
    class Odd:
        columns = "U1"

        def get_column(self, name: str) -> list[int]:
            return [1]

    with pytest.raises(InvalidTypeError, match="columns: got"):
        Survey.from_columns(Odd(), elements=TWO)


# ----------------------------------------------------------------------------- answer maps


_A_MAP = "a mapping: element code → {text → score} (ANSWERS_2017), or {text → score}"
_A_SCORE = "a score 1, 2, 3 or 4"


@pytest.mark.parametrize(
    ("answers", "error", "message"),
    [
        ("abc", InvalidTypeError, f"answers: got 'abc', expected {_A_MAP}"),
        ([("a", 1)], InvalidTypeError, f"answers: got [('a', 1)], expected {_A_MAP}"),
        ({}, InvalidInputError, "answers: got {}, expected a non-empty mapping"),
        (
            {"U1": {"a": 1}, "b": 2},
            InvalidTypeError,
            (
                "answers: got {'U1': {'a': 1}, 'b': 2}, expected element code → {text → score} for "
                "every entry, or {text → score}, not both"
            ),
        ),
        (
            {"U1": {"a": 1}},
            InvalidInputError,
            "answers: got 'U2', expected an answer map for every element (U1, U2)",
        ),
        ({1: 1}, InvalidTypeError, "answers: got 1, expected answer texts (str)"),
        ({" ": 1}, InvalidInputError, "answers: got ' ', expected a non-empty answer text"),
        ({"a": 5}, InvalidInputError, f"answers['a']: got 5, expected {_A_SCORE}"),
        ({"a": 0}, InvalidInputError, f"answers['a']: got 0, expected {_A_SCORE}"),
        ({"a": 2.5}, InvalidInputError, "answers['a']: got 2.5, expected a whole number"),
        ({"a": True}, InvalidTypeError, "answers['a']: got True, expected a number, not a bool"),
        (
            {"Puas": 4, "puas ": 3},
            InvalidInputError,
            "answers['puas ']: got 3, expected the score of 'Puas' (4), which reads the same",
        ),
    ],
)
def test_answer_maps_are_checked(answers: object, error: type[LkjcalcError], message: str) -> None:
    check_message(
        lambda: Survey.from_responses([], elements=TWO, answers=answers),  # type: ignore[arg-type]
        error,
        message,
    )


def test_a_nested_map_names_its_element() -> None:
    with pytest.raises(InvalidInputError) as info:
        answer_tables({"U1": {"a": 9}, "U2": {"a": 1}}, ("U1", "U2"))
    assert info.value.field == "answers['U1']['a']"


def test_the_same_text_twice_with_one_score_is_accepted_and_series_are_maps() -> None:
    assert answer_tables({"Puas": 4, " puas": 4}, ("A",)) == {"A": {"puas": 4}}
    assert answer_tables(pd.Series({"Ya": 4}), ("A",)) == {"A": {"ya": 4}}
    assert answer_tables(ANSWERS_2017, ("U9",))["U9"]["sangat baik"] == 4


def test_an_element_of_ones_own_needs_its_own_map() -> None:
    own = (*TWO, Element(code="U10", name="Transparansi"))
    with pytest.raises(InvalidInputError, match="U10"):
        Survey.from_responses([("a", "b", "c")], elements=own, answers=ANSWERS_2017)
    answers = {**ANSWERS_2017, "U10": {"Transparan": 4}}
    survey = Survey.from_responses([("a", "b", "transparan")], elements=own, answers=answers)
    assert survey.tally("U10").counts == (0, 0, 0, 1)


# ----------------------------------------------------------------------------- laws


_SPACE = st.sampled_from(["", " ", "  ", "\t", "\u00a0"])


@st.composite
def _texts_and_scores(draw: st.DrawFn) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    n = draw(st.integers(0, 12))
    scores: list[tuple[object, ...]] = []
    texts: list[tuple[object, ...]] = []
    for _ in range(n):
        row_scores: list[object] = []
        row_texts: list[object] = []
        for code in CODES:
            score = draw(st.sampled_from([None, 1, 2, 3, 4]))
            row_scores.append(score)
            if score is None:
                row_texts.append(draw(st.sampled_from([None, "", "  ", float("nan")])))
                continue
            options = [t for t, s in ANSWERS_2017[code].items() if s == score]
            text = draw(st.sampled_from(options))
            text = draw(st.sampled_from([text, text.upper(), text.title(), text.lower()]))
            row_texts.append(draw(_SPACE) + text.replace(" ", draw(_SPACE) + " ") + draw(_SPACE))
        scores.append(tuple(row_scores))
        texts.append(tuple(row_texts))
    return texts, scores


@given(_texts_and_scores())
def test_texts_read_as_the_scores_they_stand_for(data: tuple[list, list]) -> None:
    texts, scores = data
    expected = Survey.from_responses(scores)
    assert Survey.from_responses(texts, answers=ANSWERS_2017) == expected
    columns = {code: [row[i] for row in texts] for i, code in enumerate(CODES)}
    assert Survey.from_columns(columns, answers=ANSWERS_2017) == expected


@given(st.lists(st.sampled_from(["Puas", "Sangat puas", "Senang"]), min_size=1, max_size=20))
def test_an_unknown_text_is_counted_never_blank(column: list[str]) -> None:
    answers = {"puas": 3, "sangat puas": 4}
    unknown = Counter(t for t in column if t == "Senang")
    if not unknown:
        survey = Survey.from_columns({"A": column}, elements=(Element(code="A"),), answers=answers)
        assert survey.answered == {"A": len(column)}
        return
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns({"A": column}, elements=(Element(code="A"),), answers=answers)
    count = unknown["Senang"]
    assert f"{count} answer{'s' * (count != 1)} of A carried it" in str(info.value)


def test_an_unknown_text_is_named_with_its_count_and_the_map_shown() -> None:
    # The built-in map (twelve texts, shown whole) and three unknown texts, the commoner first
    # (ties in the order first met).
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns(
            {"U1": ["bagus", "bagus", "jelek", "Sesuai", "oke", "oke", "jelek", "bagus"]},
            elements=ELEMENTS_2017[:1],
            answers=ANSWERS_2017,
        )
    assert str(info.value) == (
        "columns['U1']: got 'bagus', expected an answer of U1 in the answer map ('tidak sesuai' = "
        "1, 'kurang sesuai' = 2, 'sesuai' = 3, 'sangat sesuai' = 4, 'a' = 1, 'b' = 2, 'c' = 3, "
        "'d' = 4, '1' = 1, '2' = 2, '3' = 3, '4' = 4) or a blank; 3 answers of U1 carried it; "
        "other unknown answers: 'jelek' (2), 'oke' (2)"
    )
    # A map of thirteen texts is shown to its twelfth and an ellipsis; one unknown text only.
    own = {f"t{i}": 1 + i % 4 for i in range(13)}
    with pytest.raises(InvalidInputError) as info:
        Survey.from_columns({"U1": ["x", "x", "t1"]}, elements=ELEMENTS_2017[:1], answers=own)
    assert str(info.value) == (
        "columns['U1']: got 'x', expected an answer of U1 in the answer map ('t0' = 1, 't1' = 2, "
        "'t2' = 3, 't3' = 4, 't4' = 1, 't5' = 2, 't6' = 3, 't7' = 4, 't8' = 1, 't9' = 2, "
        "'t10' = 3, 't11' = 4, …) or a blank; 2 answers of U1 carried it"
    )
