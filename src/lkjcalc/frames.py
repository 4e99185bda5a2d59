"""Many units in any dataframe engine: one survey, one IKM per group (*SKM per unit layanan*).

A regency holds every OPD, puskesmas and kecamatan in one table of questionnaires; a ministry holds
every office in a warehouse. :func:`surveys_by`, :func:`ikm_by` and :func:`ikm_table` take such a
table as it is, in the engine that holds it (pandas, Polars eager or lazy, PyArrow, DuckDB, Dask,
PySpark, and whatever else `narwhals <https://narwhals-dev.github.io/narwhals/>`_ supports), and
give one :class:`~lkjcalc.Survey` or :class:`~lkjcalc.IkmResult` per group.

How (domain.md §4.7): the only work done in the engine is a grouped count. For each element and
score an indicator column (0 or 1) is built with ``with_columns`` and summed in
``group_by().agg()``, with the number of rows and of blanks; text answers are normalized and
matched to the answer map in the engine too. Only those counts (groups × elements × 5 numbers)
come back into Python, where each group's survey and exact IKM are built. With ``joint=True``
(:func:`surveys_by`, domain.md §4.8) the same query also sums, for every pair of elements, the
products of their score indicators (16 counts a pair) and a flag of the rows with an answer. A
lazy frame (Polars ``LazyFrame``, DuckDB, Dask, PySpark) stays lazy until that small result is
collected.

Rules: a blank is a null or a NaN (or, with an answer map, a text of spaces only); anything else
that is not a score 1-4 after the answer map is an :class:`~lkjcalc.InvalidInputError` naming the
group, the element, the bad values and their counts. ``by="unit"`` gives scalar keys,
``by=["unit"]`` or several columns give tuple keys; a null key is a group of its own (key
``None``). A group whose IKM is undefined makes :func:`ikm_by` and :func:`ikm_table` raise
:class:`~lkjcalc.UndefinedResultError` naming every such group: a dropped unit would be data lost.

This module needs the ``frames`` extra (``pip install "lkjcalc[frames]"``, which brings narwhals);
``import lkjcalc`` never imports it, nor narwhals, nor any engine. narwhals 2.29 warns on every
Dask frame that Dask support moves to the separate ``narwhals-dask`` package: lkjcalc lets that
``FutureWarning`` through (it is addressed to the user, whose environment will need that
package), and neither caps narwhals nor requires a package that is not yet published.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Hashable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from lkjcalc._numeric import Number, Rounding, quantize
from lkjcalc._validators import check_bool
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.survey._answers import SPACES, answer_tables
from lkjcalc.survey._counting import SCORES
from lkjcalc.survey._elements import ELEMENTS_2017, Element, check_elements
from lkjcalc.survey._index import IkmResult, index_of
from lkjcalc.survey._joint import CELLS, JointCounts, pairs
from lkjcalc.survey._options import IkmOptions
from lkjcalc.survey._survey import Survey

if TYPE_CHECKING:
    from decimal import Decimal
    from types import ModuleType

    from lkjcalc.scales import Scale
    from lkjcalc.survey._answers import AnswerMap

__all__ = ["ikm_by", "ikm_table", "surveys_by"]

#: Prefix of the columns lkjcalc adds in the engine (DuckDB compares names case-insensitively,
#: so a short name such as "t" could meet a user's "T").
_PREFIX = "__lkjcalc_"
_ROWS = f"{_PREFIX}rows"
_NONEMPTY = f"{_PREFIX}nonempty"
#: How many bad values, and other faulty groups, an error message lists.
_SHOWN = 8


def _narwhals() -> ModuleType:
    """Narwhals' stable API, imported on first use (the ``frames`` extra)."""
    try:
        import narwhals.stable.v2 as nw  # noqa: PLC0415 - import lkjcalc never imports narwhals
    except ImportError as error:
        raise ImportError('lkjcalc.frames needs narwhals: pip install "lkjcalc[frames]"') from error
    return nw


# ----------------------------------------------------------------------------- the grouped count


def _by_columns(by: object) -> tuple[tuple[str, ...], bool]:
    """The grouping columns and whether keys are scalars (``by="unit"``) or tuples."""
    if isinstance(by, str):
        if not by:
            raise InvalidInputError(field="by", value=by, expected="a column name")
        return (by,), True
    if isinstance(by, Sequence) and by and all(isinstance(n, str) and n for n in by):
        names = tuple(by)
        if len(set(names)) != len(names):
            raise InvalidInputError(field="by", value=by, expected="distinct column names")
        return names, False
    raise InvalidTypeError(
        field="by", value=by, expected="a column name, or a non-empty list of column names"
    )


def _plain(value: object) -> object:
    """A key value as plain Python: a null (None, NaN, pandas.NA, NaT) is None; numpy → item."""
    if value is None or type(value).__name__ in {"NAType", "NaTType"}:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    item = getattr(value, "item", None)
    if type(value).__module__ == "numpy" and callable(item):
        return _plain(item())
    return value


class _Count:
    """The grouped count of a frame: per group, the rows and each element's blanks and scores."""

    def __init__(
        self,
        frame: object,
        by: object,
        elements: Sequence[Element],
        answers: AnswerMap | None,
        *,
        joint: bool = False,
    ) -> None:
        self.joint = check_bool(joint, "joint")
        nw = _narwhals()
        self.nw = nw
        self.names, self.scalar = _by_columns(by)
        self.elements = check_elements(elements)
        self.codes = tuple(e.code for e in self.elements)
        tables = None if answers is None else answer_tables(answers, self.codes)
        try:
            self.frame: Any = nw.from_native(frame)
        except TypeError as error:
            raise InvalidTypeError(
                field="frame",
                value=frame,
                expected="a dataframe of a library narwhals supports (pandas, Polars, PyArrow, "
                "DuckDB, Dask, PySpark …)",
            ) from error
        schema = self.frame.collect_schema()
        overlap = [name for name in self.names if name in self.codes]
        if overlap:
            raise InvalidInputError(
                field="by", value=overlap[0], expected="a column that is not an element"
            )
        missing = [name for name in (*self.names, *self.codes) if name not in schema]
        if missing:
            raise InvalidInputError(
                field="frame",
                value=missing[0],
                expected=f"a column for by ({', '.join(self.names)}) and for every element "
                f"({', '.join(self.codes)}); columns: {', '.join(schema.names())}",
            )
        self.key_dtypes = {name: schema[name] for name in self.names}
        # indicators[i][s]: 1 where element i is blank (s = 0) or scores s (s = 1..4).
        self.indicators: list[list[Any]] = []
        self.values: list[Any] = []  # the value each element's bad answers are reported by
        self.text = [False] * len(self.codes)
        # whole[i]: element i is an integer column, whose blanks are its nulls: they are counted
        # as rows minus the engine's count of values (cheaper than a flag column).
        self.whole = [False] * len(self.codes)
        for i, code in enumerate(self.codes):
            dtype = schema[code]
            column = nw.col(code)
            blank = column.is_null()
            if tables is not None and not dtype.is_numeric():
                # Text answers: normalized (spaces, case) and matched to the map in the engine.
                self.text[i] = True
                text = column if dtype == nw.String else column.cast(nw.String)
                normal = text.str.replace_all(SPACES, " ").str.strip_chars(" ").str.to_lowercase()
                blank = blank | (normal == "")
                table = tables[code]
                scores = [normal.is_in([t for t, v in table.items() if v == s]) for s in SCORES]
                value = normal
            elif dtype.is_numeric():
                if dtype.is_float():
                    blank = blank | column.is_nan()
                else:
                    self.whole[i] = True
                scores = [column == s for s in SCORES]
                value = column
            else:  # text without an answer map, booleans, dates: no value is a score
                scores = [self.nw.lit(value=False) for _ in SCORES]
                value = column
            # 0/1 as Int16 (every engine sums it as a wide integer); a null flag (a null answer
            # compared with a score) is left null, which sums skip: a COALESCE per flag would
            # cost DuckDB more than the count itself, and an all-null sum is read as 0.
            self.indicators.append(
                [
                    flag.cast(nw.Int16).alias(f"{_PREFIX}{i}_{s}")
                    for s, flag in enumerate([blank, *scores])
                ]
            )
            self.values.append(value)

    def rows(self) -> list[tuple[object, int, list[list[int]], JointCounts | None]]:
        """``(key, respondents, [[blank, n1, n2, n3, n4] per element], joint)`` per group, sorted.

        *joint* is ``None``, or with ``joint=True`` the 16 counts of every pair of elements and
        the number of rows with at least one answer (the layout of ``Survey.pair_counts``).
        """
        nw = self.nw
        flags = [
            flag
            for i, element in enumerate(self.indicators)
            for flag in (element[1:] if self.whole[i] else element)
        ]
        sums = [
            nw.col(self.codes[i]).count().alias(f"{_PREFIX}{i}_0")
            if s == 0 and self.whole[i]
            else nw.col(f"{_PREFIX}{i}_{s}").sum()
            for i, s in self._ids
        ]
        # An eager frame is made lazy (Polars then plans the flags and sums as one query).
        frame = self.frame.lazy() if isinstance(self.frame, nw.DataFrame) else self.frame
        frame = frame.with_columns(*flags)
        if self.joint:
            names, products = self._joint_flags()
            frame = frame.with_columns(*products)
            sums += [nw.col(name).sum() for name in names]
        with warnings.catch_warnings():
            # pandas warns, inside narwhals, that the few hundred sums of a joint count make a
            # "highly fragmented" frame: a note on narwhals' internals, not for the caller.
            warnings.filterwarnings("ignore", message="DataFrame is highly fragmented")
            counted = frame.group_by(*self.names).agg(nw.len().alias(_ROWS), *sums)
            result = self._collect(counted).sort(*self.names, nulls_last=True)
        self.implementation = result.implementation
        columns = list(result.to_dict(as_series=False).values())
        groups = []
        width = len(SCORES) + 1
        keys = len(self.names)
        plain = keys + 1 + len(self.codes) * width  # where the joint sums start
        tables = len(pairs(len(self.codes)))
        bad: list[tuple[object, int, int]] = []
        for raw in zip(*columns, strict=True):
            key = self._key(raw[:keys])
            respondents = int(raw[keys])
            numbers = [int(n or 0) for n in raw[keys + 1 : plain]]
            tally = [numbers[i * width : (i + 1) * width] for i in range(len(self.codes))]
            for i, counts in enumerate(tally):
                if self.whole[i]:
                    counts[0] = respondents - counts[0]  # the nulls: rows without a value
            joint: JointCounts | None = None
            if self.joint:
                cells = [int(n or 0) for n in raw[plain:]]
                joint = (
                    tuple(tuple(cells[p * CELLS : (p + 1) * CELLS]) for p in range(tables)),
                    cells[-1],
                )
            groups.append((key, respondents, tally, joint))
            bad.extend(
                (key, i, respondents - sum(counts))
                for i, counts in enumerate(tally)
                if sum(counts) != respondents
            )
        if bad:
            raise self._bad_values(bad)
        return groups

    def _joint_flags(self) -> tuple[list[str], list[Any]]:
        """The 0/1 columns of the joint count, built on the score flags of :meth:`rows`.

        For each pair (j, l), j < l, and scores a, b: the product of the flags "j scores a" and
        "l scores b", in the order of ``pair_counts`` (cell 4·(a−1) + (b−1)); and a flag for
        the rows with at least one answer. A null flag (a null answer) makes a null product,
        which the sum skips.
        """
        nw = self.nw
        cells = [(j, m, a, b) for j, m in pairs(len(self.codes)) for a in SCORES for b in SCORES]
        names = [f"{_PREFIX}{j}_{m}_{a}{b}" for j, m, a, b in cells]
        products = [
            (nw.col(f"{_PREFIX}{j}_{a}") * nw.col(f"{_PREFIX}{m}_{b}")).alias(name)
            for (j, m, a, b), name in zip(cells, names, strict=True)
        ]
        answered = nw.sum_horizontal(
            *[
                nw.col(f"{_PREFIX}{i}_{s}").fill_null(0)
                for i in range(len(self.codes))
                for s in SCORES
            ]
        )
        products.append((answered > 0).cast(nw.Int16).alias(_NONEMPTY))
        return [*names, _NONEMPTY], products

    @property
    def _ids(self) -> list[tuple[int, int]]:
        return [(i, s) for i in range(len(self.codes)) for s in range(len(SCORES) + 1)]

    def _collect(self, frame: Any) -> Any:  # noqa: ANN401 - a narwhals frame
        return frame.collect() if isinstance(frame, self.nw.LazyFrame) else frame

    def _key(self, parts: Sequence[object]) -> object:
        plain = tuple(_plain(part) for part in parts)
        return plain[0] if self.scalar else plain

    def _bad_values(self, bad: list[tuple[object, int, int]]) -> InvalidInputError:
        """The error for answers that are neither a score nor a blank, from a second query."""
        nw = self.nw
        key, i, count = bad[0]
        code = self.codes[i]
        valid = nw.sum_horizontal(
            *[nw.col(f"{_PREFIX}{i}_{s}").fill_null(0) for s in range(len(SCORES) + 1)]
        )
        found = (
            self.frame.with_columns(*self.indicators[i], self.values[i].alias(f"{_PREFIX}value"))
            .filter(valid == 0)
            .group_by(*self.names, f"{_PREFIX}value")
            .agg(nw.len().alias(_ROWS))
        )
        rows = self._collect(found).iter_rows(named=False)
        width = len(self.names)
        values = [
            (_plain(raw[width]), int(raw[width + 1]))
            for raw in rows
            if self._key(raw[:width]) == key
        ]
        values.sort(key=lambda pair: (-pair[1], repr(pair[0])))
        shown = ", ".join(f"{value!r} ({n})" for value, n in values[:_SHOWN])
        others = [f"{k!r} {self.codes[j]} ({n})" for k, j, n in bad[1:]]
        hint = (
            "; text answers need an answer map, e.g. answers=ANSWERS_2017"
            if not self.text[i] and any(isinstance(v, str) for v, _ in values)
            else ""
        )
        return InvalidInputError(
            field=f"frame[{key!r}].{code}",
            value=values[0][0] if values else None,
            expected="a score 1, 2, 3 or 4, or a blank (null or NaN)"
            + (" after the answer map" if self.text[i] else ""),
            detail=f"group {key!r}, element {code}: {count} bad answer{'s' * (count != 1)}: "
            f"{shown}{' …' * (len(values) > _SHOWN)}{hint}"
            + (
                f"; also in {len(others)} other group/element pair"
                f"{'s' * (len(others) != 1)}: {', '.join(others[:_SHOWN])}"
                f"{' …' * (len(others) > _SHOWN)}"
                if others
                else ""
            ),
        )


# ----------------------------------------------------------------------------- public functions


def surveys_by(
    frame: Any,  # noqa: ANN401 - any dataframe narwhals supports
    by: str | Sequence[str],
    *,
    elements: Sequence[Element] = ELEMENTS_2017,
    answers: AnswerMap | None = None,
    joint: bool = False,
) -> dict[Hashable, Survey]:
    """One :class:`~lkjcalc.Survey` per group of a table of questionnaires, counted in its engine.

    Args:
        frame: one questionnaire per row, one column per element code and the *by* columns:
            a pandas, Polars (eager or lazy), PyArrow, DuckDB, Dask or PySpark frame (any frame
            narwhals supports). Other columns are ignored.
        by: the column naming the unit (scalar keys), or a list of columns (tuple keys).
        elements: the survey's elements (default :data:`~lkjcalc.ELEMENTS_2017`).
        answers: an answer map for answers given as text (:data:`~lkjcalc.ANSWERS_2017`, element
            code → {text → score}, or one {text → score}), applied in the engine to the columns
            that are not numeric; case and surrounding or repeated spaces are ignored.
        joint: also count, per group, the joint counts that :func:`~lkjcalc.ikm_interval` needs
            (domain.md §4.8): for every pair of elements j < l, the 16 counts of respondents for
            each pair of scores (a on j, b on l, both answered), and the rows with at least one
            answer. They are counted in the same query, as ``with_columns`` products of the
            score indicators summed in ``group_by().agg()`` (16 more sums a pair: 576 for the
            9 elements of 2017), so each group's survey equals ``Survey.from_columns(group,
            joint=True)``. What is refused does not change.

    Returns:
        group key → its survey, in the order of the keys (a null key, ``None``, last); with
        *joint*, each survey holds its joint counts (``survey.joint``).

    Raises:
        InvalidInputError: a missing column, a *by* column that is an element, or an answer that
            is neither a score 1-4 nor a blank; that message names the group, the element, the
            bad values and their counts.
        InvalidTypeError: *frame* is not a dataframe, *by* is not a name or a list of names,
            *joint* is not a bool.
        ImportError: narwhals is not installed (``pip install "lkjcalc[frames]"``).

    References:
        domain.md §4.7 (the grouped count) and §4.8 (the joint counts and the interval).

    Examples:
        >>> import pandas as pd
        >>> from lkjcalc import ELEMENTS_2017
        >>> df = pd.DataFrame(
        ...     {"unit": ["Bantur", "Bantur", "Gedangan"], "U1": [4, 3, None], "U2": [3, 3, 4]}
        ... )
        >>> surveys = surveys_by(df, "unit", elements=ELEMENTS_2017[:2])
        >>> surveys["Bantur"].tally("U1").counts, surveys["Gedangan"].blank
        ((0, 0, 1, 1), {'U1': 1, 'U2': 0})

        With ``joint=True``, the interval of each unit: Bantur's five questionnaires, one blank
        on U1 and one on U2, of which three answered both (4 and 3, 3 and 3, 4 and 4):

        >>> from lkjcalc import ikm_interval
        >>> df = pd.DataFrame(
        ...     {
        ...         "unit": ["Bantur"] * 5 + ["Gedangan"],
        ...         "U1": [4, 3, 4, None, 3, 2],
        ...         "U2": [3, 3, 4, 4, None, 4],
        ...     }
        ... )
        >>> surveys = surveys_by(df, "unit", elements=ELEMENTS_2017[:2], joint=True)
        >>> bantur = surveys["Bantur"]
        >>> bantur.joint_counts("U1", "U2")[2:], bantur.nonempty_rows  # rows: U1 scores 3, 4
        (((0, 0, 1, 0), (0, 0, 1, 1)), 5)
        >>> ikm_interval(bantur)
        <IkmInterval: 87,50 ± 16,61 (95%), 70,89–104,11, SE 5,9839, 4 df, 5 respondents>
    """
    count = _Count(frame, by, elements, answers, joint=joint)
    return {
        key: Survey._from_tally(count.elements, tally, respondents, pairs)  # noqa: SLF001
        for key, respondents, tally, pairs in count.rows()
    }


def _ikm_rows(count: _Count, options: IkmOptions) -> list[tuple[object, IkmResult]]:
    """Each group's exact IKM from its counts (the grouped count is validated by construction)."""
    results: list[tuple[object, IkmResult]] = []
    undefined: list[str] = []
    codes = count.codes
    for key, respondents, tally, _ in count.rows():
        answered = {code: sum(counts[1:]) for code, counts in zip(codes, tally, strict=True)}
        empty = [code for code, n in answered.items() if n == 0]
        if empty:
            undefined.append(f"{key!r} ({', '.join(empty)})")
            continue
        nrr = {
            code: Fraction(sum(s * n for s, n in zip(SCORES, counts[1:], strict=True)), n_answered)
            for (code, n_answered), counts in zip(answered.items(), tally, strict=True)
        }
        result = index_of(count.elements, nrr, options, respondents=respondents, answered=answered)
        results.append((key, result))
    if undefined:
        raise UndefinedResultError(
            f"the IKM of {len(undefined)} group{'s' * (len(undefined) != 1)} is undefined, "
            f"nobody answered an element there: {'; '.join(undefined)}",
            detail="filter those groups out, or combine them (combine_ikm, method='pooled')",
        )
    return results


def ikm_by(
    frame: Any,  # noqa: ANN401 - any dataframe narwhals supports
    by: str | Sequence[str],
    *,
    elements: Sequence[Element] = ELEMENTS_2017,
    answers: AnswerMap | None = None,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> dict[Hashable, IkmResult]:
    """The exact IKM of each group of a table of questionnaires (:func:`surveys_by`, then ikm).

    Args:
        frame: as :func:`surveys_by`.
        by: as :func:`surveys_by`.
        elements: as :func:`surveys_by`.
        answers: as :func:`surveys_by`.
        weights: as :func:`~lkjcalc.ikm`.
        nrr_places: as :func:`~lkjcalc.ikm`.
        weighted_places: as :func:`~lkjcalc.ikm`.
        index_places: as :func:`~lkjcalc.ikm`.
        rounding: as :func:`~lkjcalc.ikm`.
        scale: as :func:`~lkjcalc.ikm`.

    Returns:
        group key → its :class:`~lkjcalc.IkmResult`, the same as ``ikm(survey)`` of each group.

    Raises:
        UndefinedResultError: groups with an element that nobody answered (all of them named).
        InvalidInputError: as :func:`surveys_by`, or an invalid option.

    Examples:
        >>> import polars as pl
        >>> from lkjcalc import ELEMENTS_2017
        >>> df = pl.DataFrame({"unit": ["A", "A", "B"], "U1": [4, 3, 2], "U2": [4, 4, 3]})
        >>> {k: str(r.ikm) for k, r in ikm_by(df, "unit", elements=ELEMENTS_2017[:2]).items()}
        {'A': '93.75', 'B': '62.5'}
    """
    options = IkmOptions(
        weights=weights,
        nrr_places=nrr_places,
        weighted_places=weighted_places,
        index_places=index_places,
        rounding=rounding,
        scale=scale,
    )
    return dict(_ikm_rows(_Count(frame, by, elements, answers), options))


def _fixed(value: Decimal, places: int) -> Decimal:
    """*value* rounded half up to exactly *places* decimals (a fixed-scale figure)."""
    return quantize(value, places, Rounding.HALF_UP)


def ikm_table(
    frame: Any,  # noqa: ANN401 - any dataframe narwhals supports
    by: str | Sequence[str],
    *,
    elements: Sequence[Element] = ELEMENTS_2017,
    answers: AnswerMap | None = None,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> Any:  # noqa: ANN401 - a native frame of the input's library
    """A table of one row per group: respondents, NRR per element, index, IKM and grade.

    The frame is of the input's library: pandas for pandas, Polars for Polars, PyArrow for
    PyArrow; for a lazy input, the eager frame narwhals collects it to (Polars for a Polars
    ``LazyFrame``, pandas for Dask, PyArrow for DuckDB and PySpark).

    Args:
        frame: as :func:`surveys_by`.
        by: as :func:`surveys_by`.
        elements: as :func:`surveys_by`.
        answers: as :func:`surveys_by`.
        weights: as :func:`~lkjcalc.ikm`.
        nrr_places: as :func:`~lkjcalc.ikm`.
        weighted_places: as :func:`~lkjcalc.ikm`.
        index_places: as :func:`~lkjcalc.ikm`.
        rounding: as :func:`~lkjcalc.ikm`.
        scale: as :func:`~lkjcalc.ikm`.

    Returns:
        A native eager frame with the columns: the *by* columns, ``respondents`` (an integer),
        ``nrr_<code>`` for each element and ``index`` (decimals rounded half up to 3 places),
        ``ikm`` (2 places), ``grade`` (the band's code) and ``grade_label``. The rounding is
        for display; :func:`ikm_by` gives the exact figures.

    Raises:
        UndefinedResultError: groups with an element that nobody answered (all of them named).
        InvalidInputError: as :func:`ikm_by`.

    Examples:
        >>> import pandas as pd
        >>> from lkjcalc import ELEMENTS_2017
        >>> df = pd.DataFrame({"unit": ["A", "A", "B"], "U1": [4, 3, 2], "U2": [4, 4, 3]})
        >>> ikm_table(df, "unit", elements=ELEMENTS_2017[:2])
          unit  respondents nrr_U1 nrr_U2  index    ikm grade grade_label
        0    A            2  3.500  4.000  3.750  93.75     A  Sangat Baik
        1    B            1  2.000  3.000  2.500  62.50     D   Tidak Baik
    """
    options = IkmOptions(
        weights=weights,
        nrr_places=nrr_places,
        weighted_places=weighted_places,
        index_places=index_places,
        rounding=rounding,
        scale=scale,
    )
    count = _Count(frame, by, elements, answers)
    results = _ikm_rows(count, options)
    nw = count.nw
    columns: dict[str, list[object]] = {name: [] for name in count.names}
    columns["respondents"] = []
    columns.update({f"nrr_{code}": [] for code in count.codes})
    for name in ("index", "ikm", "grade", "grade_label"):
        columns[name] = []
    for key, result in results:
        parts = (key,) if count.scalar else key
        for name, part in zip(count.names, parts, strict=True):  # type: ignore[call-overload]
            columns[name].append(part)
        columns["respondents"].append(result.respondents)
        for code in count.codes:
            columns[f"nrr_{code}"].append(_fixed(result.nrr[code], 3))
        columns["index"].append(_fixed(result.index, 3))
        columns["ikm"].append(_fixed(result.ikm, 2))
        columns["grade"].append(result.band.code)
        columns["grade_label"].append(result.band.label)
    schema: dict[str, Any] = dict.fromkeys(columns)
    schema.update(count.key_dtypes)
    schema.update(respondents=nw.Int64(), grade=nw.String(), grade_label=nw.String())
    table = nw.from_dict(columns, schema=schema, backend=count.implementation)
    return table.to_native()
