"""Public satisfaction survey (*Survei Kepuasan Masyarakat*, SKM) and its index (IKM).

A unit of public service asks its users to score each service element (*unsur pelayanan*) on a 1-4
perception scale; the mean score of an element is its NRR (*nilai rata-rata*), the weighted sum of
the NRRs is the unit's index (1-4) and the index × 25 is the IKM (25-100), graded A-D for service
quality (*mutu pelayanan*).

Sources (domain.md §4):

- PermenPANRB 14/2017 on the guideline for the SKM of public service units (in force since
  2017): the nine elements U1-U9, the NRR, the weights "jumlah bobot / jumlah unsur", the
  conversion × 25, the quality grades (:data:`lkjcalc.scales.IKM_2017`) and the sample size taken
  from Krejcie & Morgan (1970).
- KepMenPAN 25/KEP/M.PAN/2/2004 on the IKM (the earlier method, 14 elements, weight 1/14 printed
  as 0.071; grades :data:`lkjcalc.scales.IKM_2004`).

What lkjcalc decides where the regulations are silent: blanks are excluded element by element
(pairwise), an element nobody answered makes the IKM undefined, and the default computation is
exact (weights exactly 1/k, computed with rationals and converted once). Published tables that
rounded weights or intermediate figures are reproduced on request (:func:`ikm` options), and every
result says which method produced it.

A :class:`Survey` is an aggregate (counts per element and score), so surveys merge with ``+`` and
the empty survey is the identity: a national data set can be aggregated shard by shard and reduced.
"""

from __future__ import annotations

import enum
import math
import types
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from lkjcalc._counting import SCORES, score, score_error, tally_column
from lkjcalc._numeric import (
    Count,
    Number,
    Rounding,
    check_places,
    divide,
    multiply,
    to_count,
    to_decimal,
    to_non_negative_count,
)
from lkjcalc._validators import check_enum, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError, UndefinedResultError
from lkjcalc.scales import IKM_2017, Band, Scale

__all__ = [
    "ELEMENTS_2004",
    "ELEMENTS_2017",
    "Element",
    "ElementTally",
    "IkmResult",
    "Survey",
    "Weighting",
    "ikm",
    "ikm_from_index",
    "ikm_from_nrr",
    "minimum_sample_size",
]

#: The conversion factor from the index (1-4) to the IKM (25-100), PermenPANRB 14/2017.
CONVERSION = 25


# ----------------------------------------------------------------------------- elements


@attrs.frozen(kw_only=True)
class Element:
    """A service element of the survey (*unsur pelayanan*), keyed by its code.

    Args:
        code: the code printed in survey tables (``"U1"``); surveys key elements by code, never
            by column position, because published orders differ (U8 and U9 swap places).
        name: the element's official name (``"Persyaratan"``); may be empty for an element of
            one's own.

    Examples:
        >>> Element(code="U1", name="Persyaratan")
        Element(code='U1', name='Persyaratan')
        >>> ELEMENTS_2017[7].name
        'Penanganan Pengaduan, Saran dan Masukan'
    """

    code: str = attrs.field(validator=str_validator())
    name: str = attrs.field(default="", validator=str_validator(allow_empty=True))


def _elements(*names: str) -> tuple[Element, ...]:
    return tuple(Element(code=f"U{i}", name=name) for i, name in enumerate(names, start=1))


#: The nine elements of PermenPANRB 14/2017 (annex, *unsur SKM*), in the regulation's order.
ELEMENTS_2017: tuple[Element, ...] = _elements(
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
)

#: The fourteen elements of KepMenPAN 25/KEP/M.PAN/2/2004 (annex, *unsur pelayanan*), in order.
ELEMENTS_2004: tuple[Element, ...] = _elements(
    "Prosedur pelayanan",
    "Persyaratan pelayanan",
    "Kejelasan petugas pelayanan",
    "Kedisiplinan petugas pelayanan",
    "Tanggung jawab petugas pelayanan",
    "Kemampuan petugas pelayanan",
    "Kecepatan pelayanan",
    "Keadilan mendapatkan pelayanan",
    "Kesopanan dan keramahan petugas",
    "Kewajaran biaya pelayanan",
    "Kepastian biaya pelayanan",
    "Kepastian jadwal pelayanan",
    "Kenyamanan lingkungan",
    "Keamanan pelayanan",
)


def _check_elements(elements: object, name: str = "elements") -> tuple[Element, ...]:
    """A non-empty tuple of :class:`Element` with unique codes (a list is accepted)."""
    if not isinstance(elements, (tuple, list)) or not elements:
        raise InvalidTypeError(
            field=name, value=elements, expected="a non-empty tuple of Element (ELEMENTS_2017)"
        )
    for i, element in enumerate(elements):
        if not isinstance(element, Element):
            raise InvalidTypeError(field=f"{name}[{i}]", value=element, expected="an Element")
    codes = [element.code for element in elements]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise InvalidInputError(
            field=name, value=tuple(codes), expected=f"unique codes, repeated: {repeated}"
        )
    return tuple(elements)


def _codes_text(elements: Sequence[Element]) -> str:
    codes = [element.code for element in elements]
    return ", ".join(codes) if len(codes) <= 4 else f"{codes[0]} … {codes[-1]}"  # noqa: PLR2004


# ----------------------------------------------------------------------------- tallies


def _to_tally_counts(value: object) -> tuple[int, int, int, int] | None:
    if value is None:
        return None
    if not isinstance(value, (tuple, list)) or len(value) != len(SCORES):
        raise InvalidTypeError(
            field="counts", value=value, expected="None or 4 counts (answers scoring 1, 2, 3, 4)"
        )
    one, two, three, four = (to_count(c, f"counts[{i}]") for i, c in enumerate(value))
    return one, two, three, four


def _to_score_sum(value: Count) -> int:
    return to_count(value, "score_sum")


def _to_answered(value: Count) -> int:
    return to_count(value, "answered")


def _to_blank(value: Count) -> int:
    return to_count(value, "blank")


def _check_non_negative(inst: object, attr: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise InvalidInputError(field=attr.name, value=value, expected="a count >= 0")


def _check_tally(inst: ElementTally, attr: attrs.Attribute[Any], value: int) -> None:
    # Runs on the last field, when every field is converted: the cross-field invariants.
    answered, score_sum, counts = inst.answered, inst.score_sum, inst.counts
    if not answered <= score_sum <= 4 * answered:
        raise InvalidInputError(
            field="score_sum",
            value=score_sum,
            expected=f"a sum of {answered} scores of 1 to 4 ({answered} to {4 * answered})",
        )
    if counts is None:
        return
    if any(c < 0 for c in counts):
        raise InvalidInputError(field="counts", value=counts, expected="counts >= 0")
    if sum(counts) != answered or _weighted_count(counts) != score_sum:
        raise InvalidInputError(
            field="counts",
            value=counts,
            expected=f"counts adding up to answered={answered} and score_sum={score_sum}",
        )


def _weighted_count(counts: Sequence[int]) -> int:
    return sum(score * count for score, count in zip(SCORES, counts, strict=True))


@attrs.frozen(kw_only=True)
class ElementTally:
    """The answers to one element (*rekapitulasi per unsur*): how many scored 1-4, and blanks.

    Args:
        code: the element's code.
        counts: how many answers scored 1, 2, 3 and 4; ``None`` when only published totals are
            known (:meth:`Survey.from_totals`).
        score_sum: the sum of the scores given (*jumlah nilai per unsur*).
        answered: how many questionnaires answered the element (*kuesioner yang terisi*).
        blank: how many left it blank.

    Raises:
        InvalidInputError: a negative count, a score sum that *answered* scores of 1 to 4 cannot
            make, or counts that do not add up to *answered* and *score_sum*.

    Examples:
        >>> ElementTally(code="U1", counts=(0, 0, 11, 18), score_sum=105, answered=29)
        ElementTally(code='U1', counts=(0, 0, 11, 18), score_sum=105, answered=29, blank=0)
    """

    code: str = attrs.field(validator=str_validator())
    counts: tuple[int, int, int, int] | None = attrs.field(default=None, converter=_to_tally_counts)
    score_sum: int = attrs.field(converter=_to_score_sum, validator=_check_non_negative)
    answered: int = attrs.field(converter=_to_answered, validator=_check_non_negative)
    blank: int = attrs.field(
        default=0,
        converter=_to_blank,
        validator=[_check_non_negative, _check_tally],
    )

    @classmethod
    def from_counts(cls, code: str, counts: Sequence[int], blank: int) -> ElementTally:
        """The tally of exact counts of the scores 1, 2, 3 and 4."""
        checked = _to_tally_counts(counts)  # junk raises here, naming counts
        if checked is None:
            raise InvalidTypeError(
                field="counts", value=counts, expected="4 counts (answers scoring 1, 2, 3, 4)"
            )
        return cls(
            code=code,
            counts=checked,
            score_sum=_weighted_count(checked),
            answered=sum(checked),
            blank=blank,
        )

    def __add__(self, other: object) -> ElementTally:
        if not isinstance(other, ElementTally):
            return NotImplemented
        if other.code != self.code:
            raise InvalidInputError(
                field="other", value=other.code, expected=f"a tally of the same element {self.code}"
            )
        counts = (
            None
            if self.counts is None or other.counts is None
            else tuple(a + b for a, b in zip(self.counts, other.counts, strict=True))
        )
        return ElementTally(
            code=self.code,
            counts=counts,
            score_sum=self.score_sum + other.score_sum,
            answered=self.answered + other.answered,
            blank=self.blank + other.blank,
        )


# ----------------------------------------------------------------------------- the survey


def _to_tuple(value: object) -> object:
    """A list becomes a tuple; anything else is left for the validator to judge."""
    return tuple(value) if isinstance(value, list) else value


def _to_respondents(value: Count) -> int:
    return to_count(value, "respondents")


def _check_survey_elements(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    _check_elements(value)


def _check_tallies(inst: Survey, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(t, ElementTally) for t in value):
        raise InvalidTypeError(field="tallies", value=value, expected="a tuple of ElementTally")
    codes = tuple(t.code for t in value)
    if codes != tuple(e.code for e in inst.elements):
        raise InvalidInputError(
            field="tallies", value=codes, expected="one tally per element, in the elements' order"
        )


def _check_respondents(inst: Survey, attr: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise InvalidInputError(field="respondents", value=value, expected="a count >= 0")
    for tally in inst.tallies:
        if tally.answered + tally.blank != value:
            raise InvalidInputError(
                field="respondents",
                value=value,
                expected=f"answered + blank of every element ({tally.code}: "
                f"{tally.answered} + {tally.blank})",
            )


@attrs.frozen(kw_only=True, repr=False)
class Survey:
    """The answers of a satisfaction survey (SKM), aggregated per element (*unsur*).

    Build it with a named constructor: :meth:`from_responses` (one questionnaire per row),
    :meth:`from_columns` (one column per element: lists, ``array.array``, numpy arrays, a pandas
    DataFrame), :meth:`from_totals` (the published score sum and number answered per element) or
    :meth:`empty`. Surveys of the same elements merge with ``+``; the empty survey is the
    identity, so shards can be aggregated in parallel and reduced.

    A blank (*tidak diisi*) is ``None``, a float NaN or ``pandas.NA``; it is excluded from its
    element only (pairwise), and counted. Anything else that is not a whole score 1-4 (``0``,
    ``5``, ``2.5``, ``True``, ``"4 "``) is an :class:`~lkjcalc.InvalidInputError` naming the row
    and the element: nothing is dropped silently.

    Args:
        elements: the survey's elements, in order (the named constructors default to
            :data:`ELEMENTS_2017`).
        tallies: one :class:`ElementTally` per element, in the same order.
        respondents: the number of questionnaires (*responden*); for every element,
            answered + blank = respondents.

    Examples:
        Three questionnaires on three elements of one's own; the third left C blank:

        >>> abc = (Element(code="A"), Element(code="B"), Element(code="C"))
        >>> survey = Survey.from_responses([(4, 3, 3), (3, 3, 4), (4, 4, None)], elements=abc)
        >>> survey
        <Survey: 3 respondents, 3 elements (A, B, C), 1 blank (C 1)>
        >>> survey.answered, survey.respondents
        ({'A': 3, 'B': 3, 'C': 2}, 3)
        >>> survey + Survey.empty(abc) == survey
        True
    """

    elements: tuple[Element, ...] = attrs.field(
        converter=_to_tuple, validator=_check_survey_elements
    )
    tallies: tuple[ElementTally, ...] = attrs.field(converter=_to_tuple, validator=_check_tallies)
    respondents: int = attrs.field(converter=_to_respondents, validator=_check_respondents)

    # ------------------------------------------------------------------ named constructors

    @classmethod
    def empty(cls, elements: Sequence[Element] = ELEMENTS_2017) -> Survey:
        """The survey with no questionnaire: the identity of ``+``.

        Examples:
            >>> Survey.empty().respondents
            0
        """
        checked = _check_elements(elements)
        return cls(
            elements=checked,
            tallies=tuple(ElementTally.from_counts(e.code, (0, 0, 0, 0), 0) for e in checked),
            respondents=0,
        )

    @classmethod
    def from_responses(
        cls, rows: Iterable[object], *, elements: Sequence[Element] = ELEMENTS_2017
    ) -> Survey:
        """A survey from its questionnaires, one row each.

        Args:
            rows: an iterable of questionnaires. A row is a sequence of answers in the order of
                *elements*, or a mapping keyed by element code (a missing code is a blank).
                An answer is a score 1-4 (``int``, ``Decimal``, a whole ``float`` such as
                ``3.0``, numpy scalars) or a blank (``None``, NaN, ``pandas.NA``).
            elements: the survey's elements (default :data:`ELEMENTS_2017`).

        Raises:
            InvalidInputError: a row of the wrong length, an unknown element code, or an answer
                that is neither a score 1-4 nor a blank; the message names the row (counted from
                0) and the element, e.g. ``rows[3].U2``.

        Examples:
            >>> rows = [dict(U1=4, U2=3), dict(U1=3, U2=3, U3=4)]
            >>> survey = Survey.from_responses(rows, elements=ELEMENTS_2017[:3])
            >>> survey.answered, survey.blank
            ({'U1': 2, 'U2': 2, 'U3': 1}, {'U1': 0, 'U2': 0, 'U3': 1})
            >>> Survey.from_responses([dict(U1=4, U2=5)], elements=ELEMENTS_2017[:3])
            Traceback (most recent call last):
            ...
            lkjcalc.errors.InvalidInputError: rows[0].U2: got 5, expected a score 1, 2, 3 or 4, ...
        """
        checked = _check_elements(elements)
        if isinstance(rows, (str, bytes)) or not isinstance(rows, Iterable):
            raise InvalidTypeError(
                field="rows", value=rows, expected="an iterable of questionnaires (rows)"
            )
        codes = tuple(e.code for e in checked)
        index = {code: i for i, code in enumerate(codes)}
        # tally[e][s]: answers to element e scoring s (s = 0 counts the blanks).
        tally = [[0] * (len(SCORES) + 1) for _ in codes]
        respondents = 0
        for r, row in enumerate(rows):
            for i, (code, value) in enumerate(_row_answers(row, r, codes, index)):
                s = score(value)
                if s < 0:
                    raise score_error(value, f"rows[{r}].{code}")
                tally[i][s] += 1
            respondents += 1
        return cls._from_tally(checked, tally, respondents)

    @classmethod
    def from_columns(
        cls, columns: Mapping[str, Iterable[object]], *, elements: Sequence[Element] = ELEMENTS_2017
    ) -> Survey:
        """A survey from one column of answers per element (a pandas DataFrame works as is).

        Args:
            columns: a mapping of element code to that element's answers, one per
                questionnaire: a ``list`` or ``tuple``, an ``array.array``, a numpy array, a
                pandas Series, or any iterable. A pandas DataFrame is such a mapping:
                ``Survey.from_columns(df)``. Every element needs a column, every column must be
                an element, and all columns have the same length.
            elements: the survey's elements (default :data:`ELEMENTS_2017`).

        Raises:
            InvalidInputError: a missing or unknown column, columns of different lengths, or an
                answer that is neither a score 1-4 nor a blank (named as ``columns['U2'][3]``).
                Integer buffers (numpy integer arrays, ``array.array``) cannot hold a blank: 0
                is an invalid score there too.

        Notes:
            Integer buffers are counted at C speed through the buffer protocol (numpy is not
            imported); float columns (pandas with NaN blanks) and lists go through list
            counting; only a column whose counts do not add up is read answer by answer, to
            find and name the bad answer or to count the blanks.

        Examples:
            >>> import array
            >>> columns = {"U1": array.array("b", [4, 3, 4]), "U2": [3, 3, None]}
            >>> survey = Survey.from_columns(columns, elements=ELEMENTS_2017[:2])
            >>> survey.tally("U1").counts, survey.blank
            ((0, 0, 1, 2), {'U1': 0, 'U2': 1})
            >>> Survey.from_columns({"U1": [4, 0], "U2": [3, 3]}, elements=ELEMENTS_2017[:2])
            Traceback (most recent call last):
            ...
            lkjcalc.errors.InvalidInputError: columns['U1'][1]: got 0, expected a score 1, ...
        """
        checked = _check_elements(elements)
        codes = tuple(e.code for e in checked)
        _column_codes(columns, codes)
        tally: list[list[int]] = []
        length: int | None = None
        for code in codes:
            column = columns[code]
            counts, size = tally_column(column, f"columns[{code!r}]")
            if length is None:
                length = size
            elif size != length:
                raise InvalidInputError(
                    field=f"columns[{code!r}]",
                    value=size,
                    expected=f"a column as long as columns[{codes[0]!r}] ({length} answers)",
                )
            tally.append(counts)
        return cls._from_tally(checked, tally, length or 0)

    @classmethod
    def from_totals(
        cls,
        totals: Mapping[str, tuple[Count, Count]],
        *,
        elements: Sequence[Element] = ELEMENTS_2017,
        respondents: Count | None = None,
    ) -> Survey:
        """A survey from published totals: the sum of the scores and the number answered.

        Use it when only a report is at hand (*jumlah nilai per unsur* and *jumlah kuesioner
        yang terisi*). Such a survey has no score counts (``tally.counts is None``).

        Args:
            totals: element code → ``(score_sum, answered)``, for every element.
            elements: the survey's elements (default :data:`ELEMENTS_2017`).
            respondents: the number of questionnaires; by default the largest number answered
                (the other elements' difference is counted as blanks).

        Raises:
            InvalidInputError: a missing or unknown code, a sum that *answered* scores 1-4
                cannot make, or *respondents* below an element's number answered.

        Examples:
            A survey of 29 questionnaires, from the score sums per element published in the
            worked example of the GASPUL application (printed IKM 955 / (29 × 9) × 25 = 91,48):

            >>> from lkjcalc import round_half_up
            >>> sums = [105, 101, 100, 116, 102, 105, 106, 105, 115]
            >>> survey = Survey.from_totals({f"U{i}": (s, 29) for i, s in enumerate(sums, 1)})
            >>> survey.respondents, round_half_up(ikm(survey).ikm, 2)
            (29, Decimal('91.48'))
        """
        checked = _check_elements(elements)
        codes = tuple(e.code for e in checked)
        _column_codes(totals, codes, what="totals")
        tallies = []
        for code in codes:
            pair: object = totals[code]
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:  # noqa: PLR2004
                raise InvalidTypeError(
                    field=f"totals[{code!r}]", value=pair, expected="a pair (score_sum, answered)"
                )
            score_sum = to_count(pair[0], f"totals[{code!r}][0]")
            answered = to_count(pair[1], f"totals[{code!r}][1]")
            tallies.append((code, score_sum, answered))
        most = max(answered for _, _, answered in tallies)
        total = most if respondents is None else to_count(respondents, "respondents")
        if total < most:
            raise InvalidInputError(
                field="respondents",
                value=total,
                expected=f"at least the largest number answered ({most})",
            )
        return cls(
            elements=checked,
            tallies=tuple(
                ElementTally(code=code, score_sum=s, answered=a, blank=total - a)
                for code, s, a in tallies
            ),
            respondents=total,
        )

    @classmethod
    def _from_tally(
        cls, elements: tuple[Element, ...], tally: list[list[int]], respondents: int
    ) -> Survey:
        # tally[e] = [blanks, count of 1, count of 2, count of 3, count of 4]
        return cls(
            elements=elements,
            tallies=tuple(
                ElementTally.from_counts(e.code, counts[1:], counts[0])
                for e, counts in zip(elements, tally, strict=True)
            ),
            respondents=respondents,
        )

    # ------------------------------------------------------------------ merging

    def __add__(self, other: object) -> Survey:
        if not isinstance(other, Survey):
            return NotImplemented
        if other.elements != self.elements:
            raise InvalidInputError(
                field="other",
                value=tuple(e.code for e in other.elements),
                expected=f"a survey of the same elements ({_codes_text(self.elements)}, "
                "same codes, names and order)",
            )
        return Survey(
            elements=self.elements,
            tallies=tuple(a + b for a, b in zip(self.tallies, other.tallies, strict=True)),
            respondents=self.respondents + other.respondents,
        )

    # ------------------------------------------------------------------ reading

    @property
    def codes(self) -> tuple[str, ...]:
        """The element codes, in order."""
        return tuple(e.code for e in self.elements)

    @property
    def answered(self) -> dict[str, int]:
        """Element code → how many questionnaires answered it."""
        return {t.code: t.answered for t in self.tallies}

    @property
    def blank(self) -> dict[str, int]:
        """Element code → how many questionnaires left it blank."""
        return {t.code: t.blank for t in self.tallies}

    def tally(self, code: str) -> ElementTally:
        """The answers to the element *code*.

        Raises:
            InvalidInputError: no element has that code.
        """
        if not isinstance(code, str):
            raise InvalidTypeError(field="code", value=code, expected="an element code (str)")
        for t in self.tallies:
            if t.code == code:
                return t
        raise InvalidInputError(
            field="code", value=code, expected=f"one of {', '.join(self.codes)}"
        )

    def __repr__(self) -> str:
        blanks = [(t.code, t.blank) for t in self.tallies if t.blank]
        total = sum(b for _, b in blanks)
        where = f" ({', '.join(f'{c} {b}' for c, b in blanks[:4])}{' …' * (len(blanks) > 4)})"  # noqa: PLR2004
        return (
            f"<Survey: {self.respondents} respondents, {len(self.elements)} elements "
            f"({_codes_text(self.elements)}), {total} blank{'s' * (total != 1)}"
            f"{where if blanks else ''}>"
        )

    def _repr_html_(self) -> str:
        """A table for Jupyter: element, name, answered, blank, counts 1-4, NRR."""
        rows = []
        for element, t in zip(self.elements, self.tallies, strict=True):
            counts = t.counts if t.counts is not None else ("–",) * len(SCORES)
            nrr = _show(Fraction(t.score_sum, t.answered), 3) if t.answered else "–"
            rows.append((element.code, element.name, t.answered, t.blank, *counts, nrr))
        header = ("Unsur", "Nama", "Terisi", "Kosong", "1", "2", "3", "4", "NRR")
        caption = f"SKM: {self.respondents} responden"
        return _html_table(caption, header, rows, ())


# ----------------------------------------------------------------------------- reading answers


def _row_answers(
    row: object, r: int, codes: tuple[str, ...], index: dict[str, int]
) -> Iterable[tuple[str, object]]:
    """The (code, answer) pairs of one questionnaire, in element order."""
    if isinstance(row, Mapping):
        for key in row:
            if key not in index:
                raise InvalidInputError(
                    field=f"rows[{r}]", value=key, expected=f"an element code: {', '.join(codes)}"
                )
        return ((code, row.get(code)) for code in codes)
    if isinstance(row, (str, bytes)) or not isinstance(row, Iterable):
        raise InvalidTypeError(
            field=f"rows[{r}]",
            value=row,
            expected="a questionnaire: a sequence of answers or a mapping of element code to "
            "answer (for a DataFrame, use Survey.from_columns(df))",
        )
    answers = tuple(row)
    if len(answers) != len(codes):
        raise InvalidInputError(
            field=f"rows[{r}]",
            value=len(answers),
            expected=f"{len(codes)} answers, one per element ({', '.join(codes)})",
        )
    return zip(codes, answers, strict=True)


def _column_codes(columns: object, codes: tuple[str, ...], what: str = "columns") -> None:
    """Check that *columns* is a mapping (or a DataFrame) with exactly the element codes."""
    keys_method = getattr(columns, "keys", None)
    if isinstance(columns, (str, bytes)) or not callable(keys_method):
        raise InvalidTypeError(
            field=what,
            value=columns,
            expected="a mapping of element code to column (a dict or a pandas DataFrame)",
        )
    keys = list(keys_method())
    unknown = [key for key in keys if key not in codes]
    if unknown:
        raise InvalidInputError(
            field=what,
            value=unknown[0],
            expected=f"element codes only ({', '.join(codes)})",
            detail="select the element columns first, e.g. df[[e.code for e in ELEMENTS_2017]]",
        )
    missing = [code for code in codes if code not in keys]
    if missing:
        raise InvalidInputError(
            field=what,
            value=missing[0],
            expected=f"an entry for every element ({', '.join(codes)})",
        )


# ----------------------------------------------------------------------------- the index


class Weighting(enum.Enum):
    """How the NRR of the elements are weighted (*bobot nilai rata-rata tertimbang*).

    ``EXACT``: exactly 1/k for each of k elements, the regulation's "jumlah bobot / jumlah unsur"
    (the default). ``UNIFORM``: one printed weight for every element (``0.111``, ``0.071``), as
    published tables use; it need not sum to 1. ``CUSTOM``: a weight per element, summing to
    exactly 1 (PermenPANRB 14/2017 allows a unit to weight elements differently).
    """

    EXACT = "exact"
    UNIFORM = "uniform"
    CUSTOM = "custom"


def _decimal_map(value: object, name: str) -> types.MappingProxyType[str, Decimal]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field=name, value=value, expected="a mapping of element code")
    return types.MappingProxyType(
        {str(key): to_decimal(number, f"{name}[{key!r}]") for key, number in value.items()}
    )


def _to_nrr_map(value: object) -> types.MappingProxyType[str, Decimal]:
    return _decimal_map(value, "nrr")


def _to_weights_map(value: object) -> types.MappingProxyType[str, Decimal]:
    return _decimal_map(value, "weights")


def _to_weighted_map(value: object) -> types.MappingProxyType[str, Decimal]:
    return _decimal_map(value, "weighted_nrr")


def _to_answered_map(value: object) -> types.MappingProxyType[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="answered", value=value, expected="None or a mapping")
    return types.MappingProxyType(
        {str(k): to_non_negative_count(v, f"answered[{k!r}]") for k, v in value.items()}
    )


def _to_index(value: Number) -> Decimal:
    return to_decimal(value, "index")


def _to_ikm(value: Number) -> Decimal:
    return to_decimal(value, "ikm")


def _to_optional_respondents(value: Count | None) -> int | None:
    return None if value is None else to_non_negative_count(value, "respondents")


def _check_optional_places(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_places(value, attr.name)


def _check_result(inst: IkmResult, attr: attrs.Attribute[Any], value: object) -> None:
    # Runs on the last field: the mappings cover the elements, the band belongs to the scale.
    codes = [e.code for e in _check_elements(inst.elements)]
    for name in ("nrr", "weights", "weighted_nrr", "answered"):
        mapping = getattr(inst, name)
        if mapping is not None and list(mapping) != codes:
            raise InvalidInputError(
                field=name, value=list(mapping), expected=f"the element codes {codes}, in order"
            )
    if not isinstance(inst.scale, Scale):
        raise InvalidTypeError(field="scale", value=inst.scale, expected="a Scale")
    expected = inst.scale.classify(inst.ikm)
    if inst.band != expected:
        raise InvalidInputError(
            field="band",
            value=getattr(inst.band, "code", inst.band),
            expected=f"the band of IKM {inst.ikm} on {inst.scale.name}: {expected.code}",
        )
    check_enum(inst.weighting, Weighting, "weighting")
    check_enum(value, Rounding, "rounding")


@attrs.frozen(kw_only=True, repr=False)
class IkmResult:
    """The index of a survey (*Indeks Kepuasan Masyarakat*), with every figure that led to it.

    Built by :func:`ikm` and :func:`ikm_from_nrr`; :attr:`method` says how it was computed.

    Attributes:
        elements: the elements, in order.
        nrr: element code → NRR (*nilai rata-rata unsur*), 1-4, rounded if *nrr_places* was set.
        weights: element code → the weight used.
        weighted_nrr: element code → NRR × weight (*NRR tertimbang*).
        index: the sum of the weighted NRR (*IKM unit pelayanan*, 1-4 with exact weights).
        ikm: index × 25 (*nilai konversi IKM*, 25-100 with exact weights).
        band: the quality grade (*mutu pelayanan*) of the IKM on :attr:`scale`.
        scale: the grading scale (:data:`lkjcalc.scales.IKM_2017` by default).
        respondents: the number of questionnaires, or ``None`` (from published NRR).
        answered: element code → number answered, or ``None`` (from published NRR).
        weighting: :class:`Weighting` used.
        nrr_places, weighted_places, index_places: the rounding stages asked for (``None``: none).
        rounding: :class:`~lkjcalc.Rounding` of those stages.

    Raises:
        InvalidInputError: mappings that do not follow the elements, or a band that is not the
            IKM's band on the scale (a grade must agree with the figure).

    Examples:
        >>> ikm_from_nrr({f"U{i}": "3.400" for i in range(1, 10)})
        <IkmResult: IKM 85.00 (B Baik), index 3.4000; exact weights 1/9 (sum 1); ...>
    """

    elements: tuple[Element, ...] = attrs.field(converter=_to_tuple)
    nrr: types.MappingProxyType[str, Decimal] = attrs.field(converter=_to_nrr_map, hash=False)
    weights: types.MappingProxyType[str, Decimal] = attrs.field(
        converter=_to_weights_map, hash=False
    )
    weighted_nrr: types.MappingProxyType[str, Decimal] = attrs.field(
        converter=_to_weighted_map, hash=False
    )
    index: Decimal = attrs.field(converter=_to_index)
    ikm: Decimal = attrs.field(converter=_to_ikm)
    band: Band
    scale: Scale = IKM_2017
    respondents: int | None = attrs.field(default=None, converter=_to_optional_respondents)
    answered: types.MappingProxyType[str, int] | None = attrs.field(
        default=None, converter=_to_answered_map, hash=False
    )
    weighting: Weighting = Weighting.EXACT
    nrr_places: int | None = attrs.field(default=None, validator=_check_optional_places)
    weighted_places: int | None = attrs.field(default=None, validator=_check_optional_places)
    index_places: int | None = attrs.field(default=None, validator=_check_optional_places)
    rounding: Rounding = attrs.field(default=Rounding.HALF_UP, validator=_check_result)

    @property
    def method(self) -> str:
        """How the result was computed, in one line (weights, rounding stages, grading scale).

        Examples:
            >>> ikm_from_nrr({"U1": 3, "U2": 4}).method
            'exact weights 1/2 (sum 1); no intermediate rounding; IKM = index × 25; graded on IKM quality, PermenPANRB 14/2017'
        """  # noqa: E501
        k = len(self.elements)
        if self.weighting is Weighting.EXACT:
            weights = f"exact weights 1/{k} (sum 1)"
        elif self.weighting is Weighting.UNIFORM:
            weight = next(iter(self.weights.values()))
            total = multiply(weight, Decimal(k))
            weights = f"uniform printed weight {weight} (sum {total})"
        else:
            weights = "custom weights per element (sum 1)"
        how = "half up" if self.rounding is Rounding.HALF_UP else "down (truncated)"
        stages = [
            f"{what} rounded {how} to {places} places"
            for what, places in (
                ("NRR", self.nrr_places),
                ("weighted NRR", self.weighted_places),
                ("index", self.index_places),
            )
            if places is not None
        ]
        rounding = "; ".join(stages) or "no intermediate rounding"
        return f"{weights}; {rounding}; IKM = index × 25; graded on {self.scale.name}"

    def __repr__(self) -> str:
        who = "" if self.respondents is None else f", {self.respondents} respondents"
        return (
            f"<IkmResult: IKM {_show(self.ikm, 2)} ({self.band.code} {self.band.label}), "
            f"index {_show(self.index, 4)}{who}; {self.method}>"
        )

    def _repr_html_(self) -> str:
        """A table for Jupyter: element, name, answered, NRR, weighted NRR; index, IKM, grade."""
        rows = [
            (
                e.code,
                e.name,
                "–" if self.answered is None else self.answered[e.code],
                _show(self.nrr[e.code], 3),
                _show(self.weighted_nrr[e.code], 4),
            )
            for e in self.elements
        ]
        footer = (
            ("Indeks (jumlah NRR tertimbang)", _show(self.index, 4)),
            ("IKM (indeks × 25)", _show(self.ikm, 2)),
            ("Mutu pelayanan", f"{self.band.code} ({self.band.label})"),
        )
        header = ("Unsur", "Nama", "Terisi", "NRR", "NRR tertimbang")
        caption = f"IKM: {self.method}"
        return _html_table(caption, header, rows, footer)


def ikm(
    survey: Survey,
    *,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> IkmResult:
    """The satisfaction index of a survey (*Indeks Kepuasan Masyarakat*, IKM), and its grade.

    Exact by default: each element's NRR is its score sum over the number who answered it, the
    weights are exactly 1/k, and the arithmetic is rational until one final conversion, so a
    survey whose every element averages 3.4 gives index 3.4 and IKM 85, and one whose every
    answer is 4 gives 100, not 99.99….

    Args:
        survey: the :class:`Survey`.
        weights: ``None`` (exact 1/k); one number for every element, as a table printed it
            (``Decimal("0.111")``; it need not sum to 1 and is not checked); or a mapping of
            element code to weight, which must cover every element, be positive and sum to
            exactly 1.
        nrr_places: round each NRR to this many places first, as a published table did.
        weighted_places: round each weighted NRR (NRR × weight) to this many places.
        index_places: round the index (the sum) to this many places before × 25.
        rounding: :attr:`Rounding.HALF_UP` (default) or :attr:`Rounding.DOWN` (truncate), for
            the three stages above.
        scale: the grading scale; default :data:`lkjcalc.scales.IKM_2017` (the regulation in
            force), or :data:`lkjcalc.scales.IKM_2004` to grade by the 2004 method.

    Returns:
        An :class:`IkmResult`: NRR, weights and weighted NRR per element, index, IKM, band,
        respondents and the method used. Figures without a rounding stage are exact (40
        significant digits where a division does not terminate).

    Raises:
        UndefinedResultError: an element that nobody answered (its NRR has no value).
        InvalidInputError: weights that are not positive, that miss or add an element, or (per
            element) that do not sum to exactly 1; an invalid option.

    Notes:
        With k elements, S_e the score sum and n_e the number answered for element e, w_e its
        weight::

            NRR_e          = S_e / n_e                      (blanks excluded, pairwise)
            NRR tertimbang = NRR_e × w_e                    (w_e = 1/k exactly by default)
            index          = Σ_e NRR_e × w_e                (1-4 when the weights sum to 1)
            IKM            = index × 25                     (25-100)
            mutu pelayanan = scale.classify(IKM)            (rounded to 2 places first)

        Each optional rounding applies at its own stage and the next stage uses the rounded
        figure. The grade is decided on the IKM (rounded half up to the scale's 2 places, so
        that it agrees with the printed figure), never on the index.

    References:
        PermenPANRB 14/2017, annex (NRR, "bobot nilai rata-rata tertimbang = jumlah bobot /
        jumlah unsur", "IKM unit pelayanan × 25", nilai interval konversi); KepMenPAN
        25/KEP/M.PAN/2/2004, annex (the same method with 14 elements). domain.md §4.2-4.3.

    Examples:
        The seed report (LKj Kecamatan Bantur 2020, BAB III 2.1) prints a weighted mean of
        3,400, × 25 = 85,00. A survey whose every element averages 3.4 gives exactly that:

        >>> nine = {f"U{i}": (17, 5) for i in range(1, 10)}  # 5 answers summing to 17 each
        >>> result = ikm(Survey.from_totals(nine))
        >>> result.index, result.ikm, result.band.label
        (Decimal('3.4'), Decimal('85'), 'Baik')

        Every answer 4 gives 100 exactly, where printed weights of 0.111 give 99.9:

        >>> top = Survey.from_totals({f"U{i}": (8, 2) for i in range(1, 10)})
        >>> ikm(top).ikm, ikm(top, weights="0.111").ikm
        (Decimal('100'), Decimal('99.9'))
        >>> ikm(Survey.empty())
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: the NRR of U1 is undefined: nobody answered it ...
    """
    if not isinstance(survey, Survey):
        raise InvalidTypeError(
            field="survey", value=survey, expected="a Survey (use Survey.from_columns …)"
        )
    nrr: dict[str, Fraction] = {}
    for t in survey.tallies:
        if t.answered == 0:
            raise UndefinedResultError(
                f"the NRR of {t.code} is undefined: nobody answered it",
                detail="an IKM needs at least one answer to every element",
            )
        nrr[t.code] = Fraction(t.score_sum, t.answered)
    return _index(
        survey.elements,
        nrr,
        weights=weights,
        places=(nrr_places, weighted_places, index_places),
        rounding=rounding,
        scale=scale,
        respondents=survey.respondents,
        answered=survey.answered,
    )


def ikm_from_nrr(
    nrr: Mapping[str, Number],
    *,
    elements: Sequence[Element] | None = None,
    weights: Number | Mapping[str, Number] | None = None,
    nrr_places: int | None = None,
    weighted_places: int | None = None,
    index_places: int | None = None,
    rounding: Rounding = Rounding.HALF_UP,
    scale: Scale | None = None,
) -> IkmResult:
    """The IKM from published NRR per element (*NRR per unsur*), with the options of :func:`ikm`.

    Use it to recompute a report that prints only each element's NRR.

    Args:
        nrr: element code → NRR (1 to 4); the codes and their order are taken from the mapping.
        elements: optionally, the elements the codes must be (same codes); they give the order
            and the names.
        weights: as :func:`ikm`.
        nrr_places: as :func:`ikm`.
        weighted_places: as :func:`ikm`.
        index_places: as :func:`ikm`.
        rounding: as :func:`ikm`.
        scale: as :func:`ikm`.

    Returns:
        An :class:`IkmResult` with ``respondents=None``.

    Raises:
        InvalidInputError: an NRR outside 1-4, a code that *elements* does not have (or misses),
            an invalid option.

    References:
        PermenPANRB 14/2017, annex; domain.md §4.2-4.3.

    Examples:
        The seed's weighted mean 3,400 (LKj Kecamatan Bantur 2020, BAB III 2.1):

        >>> seed = ikm_from_nrr({f"U{i}": "3.400" for i in range(1, 10)})
        >>> seed.ikm, seed.band.code
        (Decimal('85'), 'B')

        A published table of three elements with the printed weight 0.33 (NRR 3.70, 3.80, 3.00;
        printed IKM 86,63 "Baik"); exact weights of 1/3 would give 87.50:

        >>> table = ikm_from_nrr({"U1": "3.70", "U2": "3.80", "U3": "3.00"}, weights="0.33")
        >>> table.ikm, table.band.label, ikm_from_nrr(table.nrr).ikm
        (Decimal('86.625'), 'Baik', Decimal('87.5'))
        >>> ikm_from_nrr({"U1": 5})
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: nrr['U1']: got 5, expected an NRR from 1 to 4
    """
    given: object = nrr
    if not isinstance(given, Mapping) or not given:
        raise InvalidTypeError(
            field="nrr", value=nrr, expected="a non-empty mapping of element code to NRR"
        )
    exact: dict[str, Fraction] = {}
    for code, value in given.items():
        if not isinstance(code, str) or not code.strip():
            raise InvalidTypeError(field="nrr", value=code, expected="element codes (str)")
        number = to_decimal(value, f"nrr[{code!r}]")
        if not 1 <= number <= 4:  # noqa: PLR2004
            raise InvalidInputError(
                field=f"nrr[{code!r}]", value=value, expected="an NRR from 1 to 4"
            )
        exact[code] = Fraction(number)
    if elements is None:
        checked = tuple(Element(code=code) for code in exact)
    else:
        checked = _check_elements(elements)
        _column_codes(nrr, tuple(e.code for e in checked), what="nrr")
        exact = {e.code: exact[e.code] for e in checked}
    return _index(
        checked,
        exact,
        weights=weights,
        places=(nrr_places, weighted_places, index_places),
        rounding=rounding,
        scale=scale,
        respondents=None,
        answered=None,
    )


def _index(
    elements: tuple[Element, ...],
    nrr: dict[str, Fraction],
    *,
    weights: object,
    places: tuple[object, object, object],
    rounding: object,
    scale: object,
    respondents: int | None,
    answered: dict[str, int] | None,
) -> IkmResult:
    """The arithmetic of :func:`ikm`, exact in rationals, each rounding at its own stage."""
    nrr_places, weighted_places, index_places = (
        None if p is None else check_places(p, name)
        for p, name in zip(places, ("nrr_places", "weighted_places", "index_places"), strict=True)
    )
    mode = check_enum(rounding, Rounding, "rounding")
    grading = IKM_2017 if scale is None else scale
    if not isinstance(grading, Scale):
        raise InvalidTypeError(field="scale", value=scale, expected="a Scale (lkjcalc.scales)")
    weighting, weight = _weights(weights, tuple(nrr))
    # NRR_e, w_e, NRR_e × w_e, the index and the IKM, each as an exact rational.
    rounded_nrr = {code: _round(q, nrr_places, mode) for code, q in nrr.items()}
    weighted = {
        code: _round(q * weight[code], weighted_places, mode) for code, q in rounded_nrr.items()
    }
    index = _round(sum(weighted.values(), Fraction(0)), index_places, mode)
    converted = _as_decimal(index * CONVERSION, index_places)
    return IkmResult(
        elements=elements,
        nrr={code: _as_decimal(q, nrr_places) for code, q in rounded_nrr.items()},
        weights={code: _as_decimal(w) for code, w in weight.items()},
        weighted_nrr={code: _as_decimal(q, weighted_places) for code, q in weighted.items()},
        index=_as_decimal(index, index_places),
        ikm=converted,
        band=grading.classify(converted),  # the grade of the IKM as returned (and printed)
        scale=grading,
        respondents=respondents,
        answered=answered,
        weighting=weighting,
        nrr_places=nrr_places,
        weighted_places=weighted_places,
        index_places=index_places,
        rounding=mode,
    )


def _weights(weights: object, codes: tuple[str, ...]) -> tuple[Weighting, dict[str, Fraction]]:
    """The weighting and each element's weight, exact."""
    if weights is None:
        # PermenPANRB 14/2017: "bobot nilai rata-rata tertimbang = jumlah bobot / jumlah unsur".
        return Weighting.EXACT, dict.fromkeys(codes, Fraction(1, len(codes)))
    if not isinstance(weights, Mapping):
        weight = to_decimal(weights, "weights")
        if not 0 < weight <= 1:
            raise InvalidInputError(
                field="weights", value=weights, expected="a printed weight > 0 and <= 1"
            )
        return Weighting.UNIFORM, dict.fromkeys(codes, Fraction(weight))
    _column_codes(weights, codes, what="weights")
    exact = {code: Fraction(to_decimal(weights[code], f"weights[{code!r}]")) for code in codes}
    for code, share in exact.items():
        if share <= 0:
            raise InvalidInputError(
                field=f"weights[{code!r}]", value=weights[code], expected="a weight > 0"
            )
    total = sum(exact.values(), Fraction(0))
    if total != 1:
        raise InvalidInputError(
            field="weights",
            value=_as_decimal(total),
            expected="weights summing to exactly 1 (for a printed uniform weight such as "
            "0.111, pass the number itself)",
        )
    return Weighting.CUSTOM, exact


def _round(value: Fraction, places: int | None, rounding: Rounding) -> Fraction:
    """*value* rounded to *places* decimals (``None``: unchanged), half up or down."""
    if places is None:
        return value
    scale = 10**places
    scaled = abs(value) * scale
    # Half up is half away from zero; down truncates towards zero.
    whole = math.floor(scaled + Fraction(1, 2)) if rounding is Rounding.HALF_UP else int(scaled)
    return Fraction(whole if value >= 0 else -whole, scale)


def _as_decimal(value: Fraction, places: int | None = None) -> Decimal:
    """The one conversion: exact when it terminates, else 40 significant digits.

    With *places*, *value* is a multiple of 10^-places and keeps exactly that many decimals
    (``3.400``), as the rounded table printed it.
    """
    if places is not None:
        units = value.numerator * (10**places // value.denominator)
        return Decimal(f"{units}e-{places}")  # exact, context-free construction
    return divide(Decimal(value.numerator), Decimal(value.denominator))


def ikm_from_index(index: Number) -> Decimal:
    """The converted IKM (*nilai konversi IKM*, 25-100) of an index (1-4): index × 25.

    For a report that prints only the weighted mean (the index), as the seed does.

    Args:
        index: the index (*nilai rata-rata tertimbang*, *IKM unit pelayanan*), from 1 to 4.

    Returns:
        index × 25, exact (the index's decimals are kept: ``3.400`` gives ``85.000``).

    Raises:
        InvalidInputError: an index outside 1-4.

    References:
        PermenPANRB 14/2017, annex ("IKM unit pelayanan × 25"); domain.md §4.2.

    Examples:
        The seed (LKj Kecamatan Bantur 2020, BAB III 2.1): "3,400 dikali 25" = 85,00:

        >>> ikm_from_index("3.400")
        Decimal('85.000')
        >>> ikm_from_index(0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: index: got 0, expected an index from 1 to 4
    """
    number = to_decimal(index, "index")
    if not 1 <= number <= 4:  # noqa: PLR2004
        raise InvalidInputError(field="index", value=index, expected="an index from 1 to 4")
    return multiply(number, Decimal(CONVERSION))


# ----------------------------------------------------------------------------- sample size

#: Krejcie & Morgan (1970): chi-square for 1 degree of freedom at 95 % (3.841), the population
#: proportion P = 0.5 (the largest sample) and the accuracy d = 0.05.
_CHI_SQUARE = Fraction("3.841")
_P = Fraction(1, 2)
_D = Fraction(5, 100)


def minimum_sample_size(population: Count) -> int:
    """The minimum number of respondents (*jumlah sampel minimal*) for a population.

    Args:
        population: the number of service users in the survey period (N), a whole number >= 1.

    Returns:
        s rounded half up to a whole number of respondents.

    Raises:
        InvalidInputError: a population that is not a whole number >= 1.

    Notes:
        Krejcie & Morgan's formula, with X² = 3.841, P = 0.5 and d = 0.05::

            s = X² · N · P(1 − P) / (d² · (N − 1) + X² · P(1 − P))

        rounded to the **nearest** integer: rounding up does not reproduce the published table
        (N = 15 gives s = 14.47, tabled 14). s grows towards 384 as N grows.

    References:
        Krejcie, R. V. & Morgan, D. W. (1970), "Determining sample size for research
        activities", Educational and Psychological Measurement 30, 607-610, Table 1; taken up
        by PermenPANRB 14/2017, annex (penentuan jumlah sampel). domain.md §4.5.

    Examples:
        >>> minimum_sample_size(15), minimum_sample_size(800), minimum_sample_size(1_000_000)
        (14, 260, 384)
        >>> minimum_sample_size(0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: population: got 0, expected a population >= 1
    """
    n = to_count(population, "population")
    if n < 1:
        raise InvalidInputError(field="population", value=n, expected="a population >= 1")
    spread = _CHI_SQUARE * _P * (1 - _P)  # X² · P(1 − P)
    s = spread * n / (_D * _D * (n - 1) + spread)
    return math.floor(s + Fraction(1, 2))


# ----------------------------------------------------------------------------- display


def _show(value: Decimal | Fraction, places: int) -> str:
    """A figure rounded half up for display (the object keeps the exact value)."""
    exact = value if isinstance(value, Fraction) else Fraction(value)
    return str(_as_decimal(_round(exact, places, Rounding.HALF_UP), places))


def _html_table(
    caption: str,
    header: tuple[str, ...],
    rows: Sequence[Sequence[object]],
    footer: tuple[tuple[str, str], ...],
) -> str:
    import html  # noqa: PLC0415 - only notebooks render HTML; keep import lkjcalc light

    def cells(tag: str, values: Iterable[object]) -> str:
        return "".join(f"<{tag}>{html.escape(str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    span = len(header) - 1
    foot = "".join(
        f"<tr><th colspan='{span}'>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in footer
    )
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{cells('th', header)}</tr></thead>"
        f"<tbody>{body}</tbody>{f'<tfoot>{foot}</tfoot>' if foot else ''}</table>"
    )
