"""Counting survey answers (scores 1-4 and blanks) in rows and columns, fast (internal).

Used by :mod:`lkjcalc.survey`. An answer is a score 1, 2, 3 or 4 (any accepted whole number:
``3``, ``Decimal("3")``, ``3.0``, numpy integers) or a blank: ``None``, a float NaN or
``pandas.NA`` (domain.md §4.4). Anything else is refused, and the error names the answer's place.

A column is counted by the fastest path that applies, without importing numpy or pandas:

- a native integer buffer (``array.array``, numpy integer arrays): through the buffer protocol,
  each chunk one-hot encoded with ``bytes.translate`` and its bits counted with ``int.bit_count``;
- a float64 buffer (pandas columns with NaN blanks): the same, on the two bytes that tell the
  scores 1.0-4.0 and NaN apart, after checking that the other six bytes are zero;
- a list (or anything else, converted to one): ``list.count`` per score;

and only a column whose counts do not add up is read answer by answer, to name the bad answer.

Why the fast paths, and what guards them: ``benchmarks/bench_survey.py`` times them against
``numpy.bincount`` on 1,000,000 questionnaires (integer buffers within 3x of it, lists under
1.5 s); ``tests/test_survey.py`` checks that every path counts what the plain one does
(``test_rows_columns_and_totals_agree`` draws surveys and counts them as rows, as lists, as
``array.array`` and as numpy columns; ``test_large_columns_agree_with_numpy``;
``test_big_endian_buffers_are_read_from_their_low_byte`` for the other byte order).
"""

from __future__ import annotations

import functools
import numbers
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from lkjcalc._numeric import to_count, to_decimal
from lkjcalc.errors import InvalidInputError, InvalidTypeError, LkjcalcError

__all__ = ["EXPECTED_SCORE", "SCORES", "score", "score_error", "tally_column", "tally_values"]

#: The perception scale of every element: 1 (*tidak baik*) … 4 (*sangat baik*).
SCORES = (1, 2, 3, 4)

#: What an answer may be, for error messages.
EXPECTED_SCORE = "a score 1, 2, 3 or 4, or a blank (None, NaN or pandas.NA)"

#: Items counted per step in a buffer (bounds the memory of a copy, keeps the masks small).
_CHUNK = 1 << 16
#: Native integer and float64 formats of the buffer protocol (``struct`` codes).
_INT_FORMATS = frozenset("bBhHiIlLqQnN")
_FLOAT_FORMATS = frozenset("efd")
_LITTLE = sys.byteorder == "little"

#: Three answers per byte: the i-th third of a chunk maps a score byte s to the 2-bit code
#: s - 1 at bits 2i and 2i + 1, and any other byte to 0x80 (see _count_score_bytes).
_THIRDS = tuple(bytes([0x80, *((s - 1) << 2 * i for s in SCORES), *[0x80] * 251]) for i in range(3))


def _float64_table(pairs: dict[int, int], other: int) -> bytes:
    return bytes(pairs.get(byte, other) for byte in range(256))


# An IEEE 754 float64 1.0 is 3F F0 00 00 00 00 00 00 (most significant byte first), 2.0 is
# 40 00 …, 3.0 is 40 08 …, 4.0 is 40 10 …, and the NaN numpy and pandas write is 7F F8 …
# (FF F8 … with the sign set): the top two bytes tell them apart, the other six are zero.
# The top byte and the next one are each mapped to the set of values they allow (bits 0-3 for
# 1.0-4.0, bit 4 for NaN); their AND is one bit for a score or a NaN, and 0 or 0x80 otherwise.
_F64_TOP = _float64_table({0x3F: 0x01, 0x40: 0x0E, 0x7F: 0x10, 0xFF: 0x10}, 0x80)
_F64_NEXT = _float64_table({0xF0: 0x01, 0x00: 0x02, 0x08: 0x04, 0x10: 0x08, 0xF8: 0x10}, 0x80)


# ----------------------------------------------------------------------------- one answer


def score(value: object) -> int:  # noqa: PLR0911 - one return per kind of answer
    """1-4 for a score, 0 for a blank, -1 for anything else (the caller names it)."""
    if type(value) is int:
        return value if 1 <= value <= 4 else -1  # noqa: PLR2004
    kind = type(value)
    if value is None or kind.__name__ == "NAType":  # pandas.NA, without importing pandas
        return 0
    if isinstance(value, float):  # float and numpy.float64
        if value != value:  # NaN  # noqa: PLR0124
            return 0
        return int(value) if value in (1.0, 2.0, 3.0, 4.0) else -1
    if kind.__module__ == "numpy" and isinstance(value, numbers.Real) and value != value:  # noqa: PLR0124
        return 0  # a NaN of numpy.float32 or float16
    try:
        whole = to_count(value)
    except LkjcalcError:
        return -1
    return whole if 1 <= whole <= 4 else -1  # noqa: PLR2004


def score_error(value: object, field: str) -> InvalidInputError:
    """The error for an answer :func:`score` refused (a type error for a bool, an object)."""
    try:
        to_decimal(value, field)
    except InvalidTypeError:
        return InvalidTypeError(field=field, value=value, expected=EXPECTED_SCORE)
    except LkjcalcError:
        pass
    return InvalidInputError(field=field, value=value, expected=EXPECTED_SCORE)


# ----------------------------------------------------------------------------- a column


def tally_column(column: object, field: str) -> tuple[list[int], int]:
    """``([blanks, n1, n2, n3, n4], length)`` of one column, by the fastest path that applies.

    Raises:
        InvalidInputError: an answer that is neither a score nor a blank (named
            ``field[i]``), or a column that is not one-dimensional.
    """
    if isinstance(column, (str, bytes, bytearray, Mapping)):
        raise InvalidTypeError(field=field, value=column, expected="a column of answers")
    view = _buffer(column)
    if view is None and callable(getattr(column, "to_numpy", None)):
        column = column.to_numpy()  # type: ignore[attr-defined]  # pandas, polars: a numpy array
        view = _buffer(column)
    if view is not None:
        if view.ndim != 1:
            raise InvalidInputError(
                field=field, value=view.shape, expected="a one-dimensional column"
            )
        fmt = view.format.lstrip("@")
        counts = _count_buffer(view, fmt)
        if counts is not None:
            return counts, len(view)
        if fmt in _INT_FORMATS or fmt in _FLOAT_FORMATS:
            return tally_values(view.tolist(), field), len(view)
    values = _as_list(column, field)
    return tally_values(values, field), len(values)


def tally_values(values: list[Any], field: str) -> list[int]:
    """``[blanks, n1, n2, n3, n4]`` of a list of answers."""
    kinds = set(map(type, values))
    if kinds <= {int, float, types.NoneType}:
        # list.count is a C loop; it compares by ==, so only plain int and float are trusted
        # (True == 1, and numpy's bool too): other types are read one by one.
        probes = (1.0, 2.0, 3.0, 4.0) if int not in kinds else SCORES
        counts = [values.count(probe) for probe in probes]
        blanks = values.count(None) if types.NoneType in kinds else 0
        if float in kinds and sum(counts) + blanks != len(values):
            blanks += sum(1 for v in values if v != v)  # NaN  # noqa: PLR0124
        if sum(counts) + blanks == len(values):
            return [blanks, *counts]
    return _tally_one_by_one(values, field)


def _tally_one_by_one(values: Iterable[object], field: str) -> list[int]:
    tally = [0] * (len(SCORES) + 1)
    for i, value in enumerate(values):
        s = score(value)
        if s < 0:
            raise score_error(value, f"{field}[{i}]")
        tally[s] += 1
    return tally


def _as_list(column: object, field: str) -> list[object]:
    """The answers of a column that is not a numeric buffer, as a list."""
    if isinstance(column, list):
        return column
    to_list = getattr(column, "tolist", None)  # numpy object arrays
    values = to_list() if callable(to_list) else column
    if not isinstance(values, Iterable):
        raise InvalidTypeError(field=field, value=column, expected="a column of answers")
    return values if isinstance(values, list) else list(values)


def _buffer(column: object) -> memoryview | None:
    try:
        return memoryview(column)  # type: ignore[arg-type]  # any object with the buffer protocol
    except TypeError:
        return None


# ----------------------------------------------------------------------------- buffers


def _count_buffer(view: memoryview, fmt: str) -> list[int] | None:
    """``[blanks, n1, n2, n3, n4]`` of a native integer or float64 buffer, or ``None``.

    ``None`` means another value occurs (or the format has no fast path): the caller reads the
    column one by one, to find and name it.
    """
    chunk_counts: Callable[[bytes], list[int] | None]
    if fmt in _INT_FORMATS:
        chunk_counts = functools.partial(_count_int_chunk, width=view.itemsize)
    elif fmt == "d" and view.itemsize == 8:  # noqa: PLR2004
        chunk_counts = _count_float64_chunk
    else:
        return None
    totals = [0] * (len(SCORES) + 1)
    for start in range(0, len(view), _CHUNK):
        counts = chunk_counts(bytes(view[start : start + _CHUNK]))  # C-order, also if strided
        if counts is None:
            return None
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    return totals


def _count_int_chunk(raw: bytes, width: int) -> list[int] | None:
    # A score 1-4 is one low byte and width - 1 zero bytes; the low byte is the first byte of
    # an item on a little-endian machine and the last one on a big-endian machine.
    low = 0 if _LITTLE else width - 1
    data = raw if width == 1 else _key_bytes(raw, width, (low,))[0]
    return None if data is None else _count_score_bytes(data)


def _count_score_bytes(data: bytes) -> list[int] | None:
    """``[0, n1, n2, n3, n4]``: how many bytes of *data* are 1-4; ``None`` if another occurs."""
    # OR-ing the three translated thirds packs three 2-bit codes (score - 1) per byte into one
    # integer; int.bit_count then counts each code bit over a third of the bytes, in C.
    size = len(data)
    third = -(-size // 3)
    packed = 0
    for i, table in enumerate(_THIRDS):
        packed |= int.from_bytes(data[i * third : (i + 1) * third].translate(table), "little")
    low, high, other = _packed_masks(third)
    if packed & other:
        return None
    n4 = (packed & (packed >> 1) & low).bit_count()  # code 11
    n2 = (packed & low).bit_count() - n4  # code 01
    n3 = (packed & high).bit_count() - n4  # code 10
    return [0, size - n2 - n3 - n4, n2, n3, n4]  # code 00, also of the bytes a short third lacks


def _count_float64_chunk(raw: bytes) -> list[int] | None:
    top, following = (7, 6) if _LITTLE else (0, 1)
    first, second = _key_bytes(raw, 8, (top, following))
    if first is None or second is None:
        return None
    codes = int.from_bytes(first.translate(_F64_TOP), "little") & int.from_bytes(
        second.translate(_F64_NEXT), "little"
    )
    masks = _bit_masks(len(first))
    n1, n2, n3, n4, blanks = ((codes & masks[b]).bit_count() for b in range(5))
    if n1 + n2 + n3 + n4 + blanks != len(first):
        return None
    return [blanks, n1, n2, n3, n4]


def _key_bytes(raw: bytes, width: int, offsets: tuple[int, ...]) -> list[bytes | None]:
    """The bytes at *offsets* of each *width*-byte item, if all the other bytes are zero."""
    keys = [raw[offset::width] for offset in offsets]
    # The other bytes are all zero iff raw equals the key bytes spread over zeros.
    spread = bytearray(len(raw))
    for offset, key in zip(offsets, keys, strict=True):
        spread[offset::width] = key
    if spread != raw:
        return [None] * len(offsets)
    return list(keys)


@functools.lru_cache(maxsize=8)
def _packed_masks(size: int) -> tuple[int, int, int]:
    """The low and high bits of the three 2-bit codes, and bit 7, of each of *size* bytes."""
    low = int.from_bytes(b"\x15" * size, "little")
    return low, low << 1, int.from_bytes(b"\x80" * size, "little")


@functools.lru_cache(maxsize=8)
def _bit_masks(size: int) -> tuple[int, ...]:
    """Bit b (b = 0 … 7) of each of *size* bytes, as integers."""
    ones = int.from_bytes(b"\x01" * size, "little")
    return tuple(ones << b for b in range(8))


# ----------------------------------------------------------------------------- tables


def columns_of(table: object) -> Any:  # noqa: ANN401 - a mapping, or what it was given
    """A table's columns as a mapping of name → column, by duck typing (nothing is imported).

    A mapping (a ``dict``, a pandas DataFrame) is returned as it is; a PyArrow ``Table`` or
    ``RecordBatch`` (``column_names``, ``column(name)``) and a Polars ``DataFrame`` (``columns``,
    ``get_column(name)``) become a ``dict`` of their columns, each read later on its own. Anything
    else is returned as it is, for the check of the columns to refuse.
    """
    if callable(getattr(table, "keys", None)):
        return table
    names = getattr(table, "column_names", None)  # PyArrow
    get = getattr(table, "column", None)
    if names is None:
        names = getattr(table, "columns", None)  # Polars
        get = getattr(table, "get_column", None)
    if isinstance(names, list) and callable(get):
        return {name: get(name) for name in names}
    return table
