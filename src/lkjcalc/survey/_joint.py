"""The joint counts of a survey: for every pair of elements, how often each pair of scores occurs.

Internal to :mod:`lkjcalc.survey`. The standard error of an IKM (:func:`lkjcalc.ikm_interval`,
domain.md §4.8) needs the covariance of every pair of element means, and a covariance needs more
than the counts per element: for each pair of elements j < l, the 4 × 4 counts of the respondents
who scored a on j and b on l (both answered), and the number of questionnaires with at least one
answer. A survey keeps them when it is built with ``joint=True``; they are exact integers held in
plain tuples, so they merge by addition and pickle like the rest of the survey.

Layout: ``pair_counts[p]`` is the table of the p-th pair in the order (0, 1), (0, 2), …, (0, k−1),
(1, 2), …, (k−2, k−1); its 16 counts run row by row, ``pair_counts[p][4·(a−1) + (b−1)]`` being
the respondents who scored a on the first element and b on the second.

Counting: each element's answers become one byte per questionnaire (0 blank, 1-4 the score);
for each score, the questionnaires that gave it become the bits of one integer (eight
questionnaires a byte, through ``bytes.translate``), and each joint count is the number of bits
two such integers share, ``(mask_j[a] & mask_l[b]).bit_count()``: the whole counting runs in C,
without numpy, whatever held the answers.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Any

from lkjcalc._numeric import to_count
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError

# The column readers of the plain counting: a column is read here exactly as it was counted there.
from lkjcalc.survey._counting import (
    _F64_NEXT,
    _F64_TOP,
    _INT_FORMATS,
    _LITTLE,
    SCORES,
    _as_list,
    _buffer,
    _key_bytes,
    score,
)

if TYPE_CHECKING:
    from lkjcalc.survey._survey import ElementTally, Survey

__all__ = [
    "CELLS",
    "JointCounts",
    "MaybeJoint",
    "check_joint",
    "column_scores",
    "count_joint",
    "joint_table",
    "merge_joint",
    "pairs",
    "ready_columns",
    "to_pair_counts",
]

#: The joint counts of a survey: one table of 16 counts per pair of elements, and the number of
#: questionnaires with at least one answer.
JointCounts = tuple[tuple[tuple[int, ...], ...], int]
#: The joint counts of a survey that may have none.
MaybeJoint = tuple[tuple[tuple[int, ...], ...] | None, int | None]

#: Counts in the table of one pair: 4 scores × 4 scores.
CELLS = len(SCORES) * len(SCORES)
#: Questionnaires counted per step (bounds the size of the integers, 32 KiB a mask).
_CHUNK = 1 << 18
#: Questionnaires packed into one byte of a mask: the i-th eighth of a chunk sets bit i.
_EIGHTHS = 8
#: _MASKS[s][i] maps the byte s (a score) to bit i and every other byte to 0.
_MASKS = tuple(
    tuple(bytes((1 << i) if byte == s else 0 for byte in range(256)) for i in range(_EIGHTHS))
    for s in SCORES
)
#: The one-hot codes of _count_float64_chunk (1.0 → bit 0 … 4.0 → bit 3, NaN → bit 4) as
#: scores (NaN → 0, a blank); 0xFF marks anything else.
_F64_SCORE = bytes({1: 1, 2: 2, 4: 3, 8: 4, 16: 0}.get(byte, 0xFF) for byte in range(256))


def pairs(count: int) -> list[tuple[int, int]]:
    """The pairs (j, l), j < l, of *count* elements, in the order of ``pair_counts``."""
    return list(combinations(range(count), 2))


# ----------------------------------------------------------------------------- validation


def to_pair_counts(value: object) -> tuple[tuple[int, ...], ...] | None:
    """``None``, or the tables as tuples of whole numbers (the converter of ``pair_counts``)."""
    if value is None:
        return None
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise InvalidTypeError(
            field="pair_counts",
            value=value,
            expected=f"None or a sequence of tables of {CELLS} counts, one per pair of elements",
        )
    tables = []
    for p, table in enumerate(value):
        if not isinstance(table, (tuple, list)) or len(table) != CELLS:
            raise InvalidTypeError(
                field=f"pair_counts[{p}]",
                value=table,
                expected=f"{CELLS} counts (scores 1-4 on one element × 1-4 on the other)",
            )
        tables.append(tuple(to_count(c, f"pair_counts[{p}][{i}]") for i, c in enumerate(table)))
    return tuple(tables)


def check_joint(
    tallies: tuple[ElementTally, ...],
    respondents: int,
    pair_counts: tuple[tuple[int, ...], ...] | None,
    nonempty_rows: int | None,
) -> None:
    """The invariants of a survey's joint counts (both given or both ``None``, and coherent).

    The tables must be one per pair, their counts non-negative and within the counts of each
    element; the questionnaires with an answer are at least those of any element (and of any
    pair's union) and at most all of them.
    """
    if pair_counts is None or nonempty_rows is None:
        if pair_counts is not None or nonempty_rows is not None:
            raise InvalidInputError(
                field="nonempty_rows" if nonempty_rows is None else "pair_counts",
                value=None,
                expected="the joint counts and the number of non-empty rows together "
                "(both given, or both None)",
            )
        return
    k = len(tallies)
    if len(pair_counts) != math.comb(k, 2):
        raise InvalidInputError(
            field="pair_counts",
            value=len(pair_counts),
            expected=f"one table per pair of the {k} elements ({math.comb(k, 2)} tables)",
        )
    answered = [t.answered for t in tallies]
    if not max(answered) <= nonempty_rows <= respondents:
        raise InvalidInputError(
            field="nonempty_rows",
            value=nonempty_rows,
            expected=f"at least the largest number answered ({max(answered)}) and at most "
            f"the respondents ({respondents})",
        )
    for p, (j, m) in enumerate(pairs(k)):
        _check_table(p, tallies[j], tallies[m], pair_counts[p], nonempty_rows)


def _check_table(
    p: int, first: ElementTally, second: ElementTally, table: tuple[int, ...], nonempty: int
) -> None:
    field = f"pair_counts[{p}]"
    if first.counts is None or second.counts is None:
        raise InvalidInputError(
            field=field,
            value=table,
            expected="tallies with the counts of each score (joint counts come from answers)",
        )
    if min(table) < 0:
        raise InvalidInputError(field=field, value=table, expected="counts >= 0")
    # Row a: the respondents scoring a on the first element (at most its count of a); column b
    # likewise on the second.
    rows = [sum(table[4 * a : 4 * a + 4]) for a in range(4)]
    columns = [sum(table[b::4]) for b in range(4)]
    within = all(rows[s] <= first.counts[s] and columns[s] <= second.counts[s] for s in range(4))
    if not within or first.answered + second.answered - sum(table) > nonempty:
        raise InvalidInputError(
            field=field,
            value=table,
            expected=f"joint counts of {first.code} and {second.code} within the counts of "
            f"each ({first.counts} and {second.counts}) and the {nonempty} non-empty rows",
        )


# ----------------------------------------------------------------------------- counting


def ready_columns(columns: Mapping[str, object], codes: tuple[str, ...]) -> Mapping[str, object]:
    """*columns*, with any one-pass iterator turned into a list, since they are read twice."""
    if not any(isinstance(columns.get(code), Iterator) for code in codes):
        return columns
    return {
        code: list(column) if isinstance(column, Iterator) else column
        for code, column in ((code, columns.get(code)) for code in codes)
    }


def column_scores(column: object) -> bytes:
    """One byte per answer, 0 for a blank and 1-4 for a score, of a column already counted.

    The column has passed :func:`~lkjcalc.survey._counting.tally_column`, so every answer is a
    score or a blank; it is read by the same paths (buffers through the buffer protocol, the
    rest as a list).
    """
    view = _buffer(column)
    if view is None and callable(getattr(column, "to_numpy", None)):
        column = column.to_numpy()  # type: ignore[attr-defined]  # pandas, polars: a numpy array
        view = _buffer(column)
    fast = None if view is None else _buffer_scores(view, view.format.lstrip("@"))
    if fast is not None:
        return fast
    values: list[Any] = _as_list(column, "column")
    try:
        return bytes(values)  # plain ints 1-4: at C speed
    except TypeError:
        return bytes(map(score, values))  # blanks, floats, Decimals, numpy scalars


def _buffer_scores(view: memoryview, fmt: str) -> bytes | None:
    """The scores of an integer or float64 buffer at C speed, or ``None`` (read it as a list)."""
    raw = bytes(view)  # C-order, also if strided
    if fmt in _INT_FORMATS:
        width = view.itemsize
        low = 0 if _LITTLE else width - 1  # a score is the low byte of its item
        return raw if width == 1 else _key_bytes(raw, width, (low,))[0]
    if fmt == "d" and view.itemsize == 8:  # noqa: PLR2004
        top, following = (7, 6) if _LITTLE else (0, 1)
        first, second = _key_bytes(raw, 8, (top, following))
        if first is None or second is None:  # a NaN with a payload: read it as a list
            return None
        size = len(first)
        codes = int.from_bytes(first.translate(_F64_TOP), "little") & int.from_bytes(
            second.translate(_F64_NEXT), "little"
        )
        scores = codes.to_bytes(size, "little").translate(_F64_SCORE)
        return None if 0xFF in scores else scores  # noqa: PLR2004
    return None


def count_joint(scores: Sequence[bytes | bytearray]) -> JointCounts:
    """The tables of every pair and the non-empty rows, from each element's score bytes."""
    k = len(scores)
    size = len(scores[0])
    tables = [[0] * CELLS for _ in range(math.comb(k, 2))]
    nonempty = 0
    for start in range(0, size, _CHUNK):
        masks = [_score_masks(column[start : start + _CHUNK]) for column in scores]
        for p, (j, m) in enumerate(pairs(k)):
            table, first, second = tables[p], masks[j], masks[m]
            for a, mask in enumerate(first):
                for b, other in enumerate(second):
                    table[4 * a + b] += (mask & other).bit_count()
        anyone = 0
        for element in masks:
            for mask in element:
                anyone |= mask
        nonempty += anyone.bit_count()
    return tuple(tuple(table) for table in tables), nonempty


def _score_masks(data: bytes | bytearray) -> list[int]:
    """For each score 1-4, the questionnaires of *data* that gave it, as the bits of an integer.

    The i-th eighth of *data* sets bit i of its bytes, so eight questionnaires share a byte; the
    masks of every element of a chunk use the same layout, so they can be intersected.
    """
    eighth = -(-len(data) // _EIGHTHS)
    parts = [data[i * eighth : (i + 1) * eighth] for i in range(_EIGHTHS)]
    masks = []
    for tables in _MASKS:
        mask = 0
        for i, table in enumerate(tables):
            mask |= int.from_bytes(parts[i].translate(table), "little")
        masks.append(mask)
    return masks


# ----------------------------------------------------------------------------- merging, reading


def merge_joint(first: Survey, second: Survey) -> MaybeJoint:
    """The joint counts of ``first + second``: summed when both have them.

    A survey with no questionnaire (and counts per score, as :meth:`Survey.empty` has) adds
    nothing, so the sum keeps the other's joint counts: the empty survey is the identity of ``+``
    for joint surveys too. Otherwise a sum of a joint and a plain survey has none.
    """
    if first.pair_counts is not None and second.pair_counts is not None:
        ours, theirs = first.pair_counts, second.pair_counts
        summed = tuple(
            tuple(ours[p][i] + theirs[p][i] for i in range(CELLS)) for p in range(len(ours))
        )
        return summed, (first.nonempty_rows or 0) + (second.nonempty_rows or 0)
    for joint, plain in ((first, second), (second, first)):
        empty = plain.respondents == 0 and all(t.counts is not None for t in plain.tallies)
        if joint.pair_counts is not None and empty:
            return joint.pair_counts, joint.nonempty_rows
    return None, None


def joint_table(survey: Survey, first: str, second: str) -> tuple[tuple[int, ...], ...]:
    """The 4 × 4 counts of two elements of a joint survey (see :meth:`Survey.joint_counts`)."""
    codes = survey.codes
    for name, code in (("first", first), ("second", second)):
        if not isinstance(code, str):
            raise InvalidTypeError(field=name, value=code, expected="an element code (str)")
        if code not in codes:
            raise InvalidInputError(field=name, value=code, expected=f"one of {', '.join(codes)}")
    j, m = codes.index(first), codes.index(second)
    if j == m:
        raise InvalidInputError(
            field="second", value=second, expected=f"an element other than {first}"
        )
    if survey.pair_counts is None:
        raise UndefinedResultError(
            "the joint counts of this survey are unknown",
            detail=not_joint_hint(survey),
        )
    table = survey.pair_counts[pairs(len(codes)).index((min(j, m), max(j, m)))]
    if j < m:  # row a, column b: 4·(a−1) + (b−1)
        return tuple(table[4 * a : 4 * a + 4] for a in range(4))
    return tuple(table[b::4] for b in range(4))  # the transposed table


def not_joint_hint(survey: Survey) -> str:
    """Why a survey has no joint counts, and what to do."""
    if any(t.counts is None for t in survey.tallies):
        why = "it was built from published totals, which cannot give them"
    else:
        why = "it was built without joint=True (or is the sum of a joint and a plain survey)"
    return (
        f"{why}; build the survey from the questionnaires with joint=True "
        "(Survey.from_responses(rows, joint=True) or Survey.from_columns(columns, joint=True))"
    )
