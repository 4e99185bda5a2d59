"""Answers given as text (*jawaban kuesioner*): the 2017 questionnaire's options and their scores.

Internal to :mod:`lkjcalc.survey` (:data:`ANSWERS_2017` is re-exported there). Forms export a
questionnaire as the text of the option ticked ("Sangat sesuai"), its letter ("d") or its number
("4"), not as a score. An *answer map* tells each text's score, and these helpers turn text
answers into scores before they are counted:

- :data:`ANSWERS_2017`: the options of the sample questionnaire of PermenPANRB 14/2017, per
  element code, with the letters a-d and the digits "1"-"4" (= 1-4) for every element;
- :func:`answer_tables`: a user's map (element code → {text → score}, or one {text → score} for
  every element), checked and normalized;
- :func:`scores_of_rows` and :func:`scores_of_columns`: rows and columns with their texts
  replaced by scores, for :meth:`Survey.from_responses` and :meth:`Survey.from_columns`.

Matching ignores case and surrounding or repeated spaces (:func:`normalize`). A text that the map
does not know is an :class:`~lkjcalc.InvalidInputError` naming the element, the text and how many
answers carried it, never a blank; a blank (``None``, NaN, ``pandas.NA``, or a text of spaces
only) stays a blank. An answer that is not a text goes through the usual reading of scores.

Sources (domain.md §4.6): PermenPANRB 14/2017, annex (*Lampiran*), the sample questionnaire
(*contoh kuesioner*): four options per element, scored 1-4 in their printed order, the letters
a-d before them. The wording was checked against published copies of that questionnaire:

- the questionnaire of the Kantor Camat Ulu Manna, Kabupaten Bengkulu Selatan, built on it and
  published as "Permen 14 2017" (pdfcoffee.com/permen-14-2017-okkk-pdf-free.html): the options
  of persyaratan, prosedur, waktu, biaya/tarif, produk, perilaku and sarana word for word
  (a. Tidak sesuai … d. Sangat sesuai; a. Sangat mahal, b. Cukup mahal, c. Murah, d. Gratis);
- SKM applications that print the annex's questions: "Bagaimana pendapat Saudara tentang
  kompetensi/kemampuan petugas dalam pelayanan?" (Tidak kompeten, Kurang kompeten, Kompeten,
  Sangat kompeten) and "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna
  layanan?" (Tidak ada, Ada tetapi tidak berfungsi, Berfungsi kurang maksimal, Dikelola dengan
  baik).

The questionnaire asks about facilities (question 8) before complaints (question 9), while the
element list names complaints U8 and facilities U9 (:data:`ELEMENTS_2017`): the maps are keyed by
element code, never by question number. One published application was found mapping the
complaint options onto the facilities column; a map keyed by code makes that mistake visible.
"""

from __future__ import annotations

import re
import types
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TypeAlias

from lkjcalc._numeric import Count, to_count
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.survey._counting import SCORES

__all__ = [
    "ANSWERS_2017",
    "SPACES",
    "AnswerMap",
    "answer_tables",
    "column_values",
    "normalize",
    "scores_of_columns",
    "scores_of_rows",
    "unknown_text_error",
]

#: What ``answers=`` takes: element code → {text → score}, or one {text → score} for all.
AnswerMap: TypeAlias = Mapping[str, Mapping[str, Count]] | Mapping[str, Count]

#: The spaces that :func:`normalize` collapses: ASCII white space and the Unicode spaces that
#: spreadsheets and forms write (no-break space, thin spaces, the ideographic space), spelled out
#: so that every regular-expression engine (Python, Rust, RE2, Java) reads the same class.
SPACES = "[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+"
_SPACES = re.compile(SPACES)

#: The letters and digits a form may export instead of the option's text (a = 1 … d = 4).
_LETTERS_AND_DIGITS = {
    **{letter: score for score, letter in zip(SCORES, "abcd", strict=True)},
    **{str(score): score for score in SCORES},
}


def _options(*texts: str) -> types.MappingProxyType[str, int]:
    """The four options of an element, scored 1-4 in order, with the letters and digits."""
    # Run once, when the module is imported, before a mutation run selects a mutant: mutmut's
    # mutants of it can never be seen (tests pin the tables it builds, ANSWERS_2017 whole).
    pairs = dict(zip(texts, SCORES, strict=True))  # pragma: no mutate
    return types.MappingProxyType({**pairs, **_LETTERS_AND_DIGITS})  # pragma: no mutate


_FITTING = _options("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")

#: The options of the sample questionnaire of PermenPANRB 14/2017 (annex), per element code of
#: :data:`ELEMENTS_2017`: text → score 1-4, with the letters ``a``-``d`` and the digits
#: ``"1"``-``"4"`` for every element. Matching ignores case and surrounding or repeated spaces.
ANSWERS_2017: types.MappingProxyType[str, types.MappingProxyType[str, int]] = (
    types.MappingProxyType(
        {
            # Persyaratan: "kesesuaian persyaratan pelayanan dengan jenis pelayanannya".
            "U1": _FITTING,
            # Sistem, mekanisme dan prosedur: "kemudahan prosedur pelayanan di unit ini".
            "U2": _options("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
            # Waktu penyelesaian: "kecepatan waktu dalam memberikan pelayanan".
            "U3": _options("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
            # Biaya/tarif: "kewajaran biaya/tarif dalam pelayanan" (free is the best answer).
            "U4": _options("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
            # Produk spesifikasi jenis pelayanan: "kesesuaian produk pelayanan … dengan hasil".
            "U5": _FITTING,
            # Kompetensi pelaksana: "kompetensi/kemampuan petugas dalam pelayanan".
            "U6": _options("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
            # Perilaku pelaksana: "kesopanan dan keramahan" of the staff.
            "U7": _options(
                "Tidak sopan dan ramah",
                "Kurang sopan dan ramah",
                "Sopan dan ramah",
                "Sangat sopan dan ramah",
            ),
            # Penanganan pengaduan, saran dan masukan (question 9 of the questionnaire).
            "U8": _options(
                "Tidak ada",
                "Ada tetapi tidak berfungsi",
                "Berfungsi kurang maksimal",
                "Dikelola dengan baik",
            ),
            # Sarana dan prasarana (question 8 of the questionnaire).
            "U9": _options("Buruk", "Cukup", "Baik", "Sangat baik"),
        }
    )
)


def normalize(text: str) -> str:
    """*text* in lower case, without surrounding spaces, each run of spaces made one space.

    Examples:
        >>> normalize("  Sangat\u00a0 Sesuai ")
        'sangat sesuai'
    """
    return _SPACES.sub(" ", text).strip(" ").lower()


# ----------------------------------------------------------------------------- answer maps


def answer_tables(answers: object, codes: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Element code → {normalized text → score}, for each of *codes*, from an answer map.

    *answers* is element code → {text → score} (it must have every code of *codes*; other codes
    are ignored, so that :data:`ANSWERS_2017` serves a survey of some of its elements), or one
    {text → score} for every element.

    Raises:
        InvalidInputError: a map that is empty, misses an element, holds a score that is not a
            whole 1-4, a text that is empty, or two texts that read the same with two scores.
        InvalidTypeError: a map that is not a mapping of texts.
    """
    if isinstance(answers, (str, bytes)) or not callable(getattr(answers, "items", None)):
        raise InvalidTypeError(
            field="answers",
            value=answers,
            expected="a mapping: element code → {text → score} (ANSWERS_2017), or {text → score}",
        )
    entries = dict(answers.items())  # type: ignore[attr-defined]  # a Mapping or a pandas Series
    if not entries:
        raise InvalidInputError(field="answers", value=answers, expected="a non-empty mapping")
    nested = [isinstance(value, Mapping) for value in entries.values()]
    if not any(nested):
        one = _answer_table(entries, "answers")
        return dict.fromkeys(codes, one)
    if not all(nested):
        raise InvalidTypeError(
            field="answers",
            value=answers,
            expected="element code → {text → score} for every entry, or {text → score}, not both",
        )
    missing = [code for code in codes if code not in entries]
    if missing:
        raise InvalidInputError(
            field="answers",
            value=missing[0],
            expected=f"an answer map for every element ({', '.join(codes)})",
        )
    return {code: _answer_table(entries[code], f"answers[{code!r}]") for code in codes}


def _answer_table(entries: Mapping[Any, object], field: str) -> dict[str, int]:
    table: dict[str, int] = {}
    first: dict[str, str] = {}
    for text, value in entries.items():
        if not isinstance(text, str):
            raise InvalidTypeError(field=field, value=text, expected="answer texts (str)")
        key = normalize(text)
        if not key:
            raise InvalidInputError(field=field, value=text, expected="a non-empty answer text")
        where = f"{field}[{text!r}]"
        score = to_count(value, where)
        if score not in SCORES:
            raise InvalidInputError(field=where, value=value, expected="a score 1, 2, 3 or 4")
        if table.get(key, score) != score:
            raise InvalidInputError(
                field=where,
                value=value,
                expected=f"the score of {first[key]!r} ({table[key]}), which reads the same",
            )
        table[key] = score
        first.setdefault(key, text)
    return table


def _known(table: dict[str, int]) -> str:
    shown = [f"{text!r} = {score}" for text, score in list(table.items())[:12]]
    return ", ".join(shown) + (", …" if len(table) > 12 else "")  # noqa: PLR2004


def unknown_text_error(
    field: str, code: str, unknown: Counter[str], table: dict[str, int]
) -> InvalidInputError:
    """The error for texts of element *code* that its map does not know, with their counts."""
    text, count = unknown.most_common(1)[0]
    others = [f"{other!r} ({n})" for other, n in unknown.most_common() if other != text]
    return InvalidInputError(
        field=field,
        value=text,
        expected=f"an answer of {code} in the answer map ({_known(table)}) or a blank",
        detail=f"{count} answer{'s' * (count != 1)} of {code} carried it"
        + (f"; other unknown answers: {', '.join(others)}" if others else ""),
    )


# ----------------------------------------------------------------------------- rows and columns

_UNKNOWN = object()  # a text the map does not know (replaced before anything is counted)


def _score_of(value: object, table: dict[str, int]) -> object:
    """A text's score (``None`` for a blank text, ``_UNKNOWN``); any other value unchanged."""
    if not isinstance(value, str):
        return value
    key = normalize(value)
    return table.get(key, _UNKNOWN) if key else None


def scores_of_rows(
    rows: Iterable[object], tables: dict[str, dict[str, int]], codes: tuple[str, ...]
) -> list[object]:
    """*rows* with each text answer replaced by its score (other values and shapes unchanged).

    *rows* is an iterable (:meth:`Survey.from_responses` checked it); a row of a wrong shape is
    passed on as it is, for :meth:`Survey.from_responses` to name.

    Raises:
        InvalidInputError: a text that its element's map does not know; the message names the
            first row that carries it, the element, the text and how many answers carried it.
    """
    mapped: list[object] = []
    unknown: dict[str, Counter[str]] = {}
    first: dict[str, int] = {}

    def score(value: object, code: object, r: int) -> object:
        table = tables.get(code) if isinstance(code, str) else None
        if table is None:
            return value
        result = _score_of(value, table)
        if result is _UNKNOWN:
            unknown.setdefault(code, Counter())[normalize(value)] += 1  # type: ignore[arg-type]
            first.setdefault(code, r)  # type: ignore[arg-type]
            return None
        return result

    for r, row in enumerate(rows):
        if isinstance(row, Mapping):
            mapped.append({key: score(value, key, r) for key, value in row.items()})
        elif isinstance(row, (str, bytes)) or not isinstance(row, Iterable):
            mapped.append(row)
        else:
            values = tuple(row)
            if len(values) == len(codes):
                values = tuple(score(v, c, r) for v, c in zip(values, codes, strict=True))
            mapped.append(values)
    if unknown:
        code = min(unknown, key=lambda c: (first[c], codes.index(c)))
        raise unknown_text_error(f"rows[{first[code]}].{code}", code, unknown[code], tables[code])
    return mapped


def scores_of_columns(
    columns: Mapping[str, object], tables: dict[str, dict[str, int]], codes: tuple[str, ...]
) -> dict[str, object]:
    """*columns* with each text answer replaced by its score.

    A numeric column (a numeric buffer, or a column whose ``dtype`` is numeric) is kept as it is,
    to be counted by the fast paths; any other column becomes a list, its texts replaced by
    their scores (each distinct text is read once) and its other values kept.

    Raises:
        InvalidInputError: a text that its element's map does not know, named as
            ``columns['U1']`` with the text and how many answers carried it.
    """
    return {
        code: _scores_of_column(columns[code], tables[code], code)
        if code in tables
        else columns[code]
        for code in columns.keys()  # noqa: SIM118 - a DataFrame's keys() are its columns
    }


def _scores_of_column(column: object, table: dict[str, int], code: str) -> object:
    if _is_numeric(column):
        return column
    values = column_values(column)
    if values is None:
        return column  # not a column: left for the reading of columns to refuse
    try:
        distinct = set(values)
    except TypeError:  # an unhashable answer: read one by one
        scored = [_score_of(v, table) for v in values]
    else:  # each distinct text is read once
        lookup = {v: _score_of(v, table) for v in distinct if isinstance(v, str)}
        scored = [lookup[v] if isinstance(v, str) else v for v in values]
    if any(v is _UNKNOWN for v in scored):
        unknown = Counter(
            key
            for v, s in zip(values, scored, strict=True)
            if s is _UNKNOWN and isinstance(v, str) and (key := normalize(v))
        )
        raise unknown_text_error(f"columns[{code!r}]", code, unknown, table)
    return scored


def _is_numeric(column: object) -> bool:
    try:
        view = memoryview(column)  # type: ignore[arg-type]  # any object with the buffer protocol
    except TypeError:
        kind = getattr(getattr(column, "dtype", None), "kind", None)  # numpy, pandas
        return kind in {"i", "u", "f"}
    return view.format.lstrip("@<>=!") in set("bBhHiIlLqQnNefd")


def column_values(column: object) -> list[Any] | None:
    """The answers of a column as a list (``to_list``, ``to_pylist``, ``tolist``, or iterated)."""
    if isinstance(column, list):
        return column
    if isinstance(column, (str, bytes, bytearray, Mapping)):
        return None
    for name in ("to_list", "to_pylist", "tolist"):  # Polars, PyArrow, numpy and pandas
        method = getattr(column, name, None)
        if callable(method):
            values = method()
            return values if isinstance(values, list) else list(values)
    return list(column) if isinstance(column, Iterable) else None
