"""The answers of a satisfaction survey, counted per element: tallies, surveys and their reading.

Internal to :mod:`lkjcalc.survey` (the public names are re-exported there). A :class:`Survey` is an
aggregate (counts per element and score), so surveys merge with ``+`` and the empty survey is the
identity. Rows, columns and buffers are read here; the counting itself is in
:mod:`lkjcalc.survey._counting`.

Sources: PermenPANRB 14/2017, annex (NRR = the sum of an element's scores over the questionnaires
that answered it); blanks are excluded element by element and counted [decision]. domain.md §4.2,
§4.4.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from lkjcalc._display import figure, table
from lkjcalc._numeric import Count, to_count, to_non_negative_count
from lkjcalc._validators import check_bool, check_values, mapping_or_none, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.survey._answers import AnswerMap, answer_tables, scores_of_columns, scores_of_rows
from lkjcalc.survey._counting import SCORES, columns_of, score, score_error, tally_column
from lkjcalc.survey._elements import (
    ELEMENTS_2017,
    Element,
    check_codes,
    check_elements,
    codes_text,
    to_elements,
)
from lkjcalc.survey._joint import (
    JointCounts,
    check_joint,
    column_scores,
    count_joint,
    joint_table,
    merge_joint,
    ready_columns,
    to_pair_counts,
)

__all__ = ["ElementTally", "Survey"]


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


def _check_tally(inst: ElementTally) -> None:
    """The cross-field invariants of a tally (run once every field is converted)."""
    answered, score_sum, counts = inst.answered, inst.score_sum, inst.counts
    _check_score_sum(score_sum, answered, "score_sum")
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


def _check_score_sum(score_sum: int, answered: int, field: str) -> None:
    """A sum that *answered* scores of 1 to 4 can make (the error names *field*)."""
    if not answered <= score_sum <= 4 * answered:
        low, high = answered, 4 * answered
        raise InvalidInputError(
            field=field,
            value=score_sum,
            expected=f"a sum of {low} scores of 1 to 4 ({low} to {high})",
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
        validator=_check_non_negative,
    )

    def __attrs_post_init__(self) -> None:
        _check_tally(self)

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


def _to_respondents(value: Count) -> int:
    return to_count(value, "respondents")


def _to_nonempty_rows(value: Count | None) -> int | None:
    return None if value is None else to_count(value, "nonempty_rows")


def _check_survey_elements(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    check_elements(value)


def _check_tallies(inst: Survey, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(t, ElementTally) for t in value):
        raise InvalidTypeError(field="tallies", value=value, expected="a tuple of ElementTally")


def _check_survey(inst: Survey) -> None:
    """The cross-field invariants: one tally per element, each accounting for every respondent."""
    codes = tuple(t.code for t in inst.tallies)
    if codes != tuple(e.code for e in inst.elements):
        raise InvalidInputError(
            field="tallies", value=codes, expected="one tally per element, in the elements' order"
        )
    value = inst.respondents
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
        pair_counts: the joint counts (domain.md §4.8), or ``None`` (the default): for every
            pair of elements j < l in order ((U1, U2), (U1, U3), …), the 16 counts of the
            respondents who scored a on j and b on l, row by row (index 4·(a−1) + (b−1)). The
            named constructors fill them when given ``joint=True``; :func:`ikm_interval` needs
            them. Read one pair with :meth:`joint_counts`.
        nonempty_rows: with *pair_counts*, the questionnaires that answered at least one
            element (the respondents of an interval); ``None`` without them.

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
        converter=to_elements, validator=_check_survey_elements
    )
    tallies: tuple[ElementTally, ...] = attrs.field(converter=to_elements, validator=_check_tallies)
    respondents: int = attrs.field(converter=_to_respondents)
    pair_counts: tuple[tuple[int, ...], ...] | None = attrs.field(
        default=None, converter=to_pair_counts
    )
    nonempty_rows: int | None = attrs.field(default=None, converter=_to_nonempty_rows)

    def __attrs_post_init__(self) -> None:
        _check_survey(self)
        check_joint(self.tallies, self.respondents, self.pair_counts, self.nonempty_rows)

    # ------------------------------------------------------------------ named constructors

    @classmethod
    def empty(cls, elements: Sequence[Element] = ELEMENTS_2017) -> Survey:
        """The survey with no questionnaire: the identity of ``+``.

        Examples:
            >>> Survey.empty().respondents
            0
        """
        checked = check_elements(elements)
        return cls(
            elements=checked,
            tallies=tuple(ElementTally.from_counts(e.code, (0, 0, 0, 0), 0) for e in checked),
            respondents=0,
        )

    @classmethod
    def from_responses(
        cls,
        rows: Iterable[object],
        *,
        elements: Sequence[Element] = ELEMENTS_2017,
        answers: AnswerMap | None = None,
        joint: bool = False,
    ) -> Survey:
        """A survey from its questionnaires, one row each.

        Args:
            rows: an iterable of questionnaires. A row is a sequence of answers in the order of
                *elements*, or a mapping keyed by element code (a missing code is a blank).
                An answer is a score 1-4 (``int``, ``Decimal``, a whole ``float`` such as
                ``3.0``, numpy scalars) or a blank (``None``, NaN, ``pandas.NA``).
            elements: the survey's elements (default :data:`ELEMENTS_2017`).
            answers: an answer map for answers given as text (:data:`ANSWERS_2017`, element
                code → {text → score}, or one {text → score} for every element): each text is
                read as its score, ignoring case and surrounding or repeated spaces; a text of
                spaces only is a blank, and an answer that is not a text is read as a score.
            joint: also keep the joint counts of every pair of elements, which the standard
                error of the IKM needs (:func:`ikm_interval`, domain.md §4.8).

        Raises:
            InvalidInputError: a row of the wrong length, an unknown element code, or an answer
                that is neither a score 1-4 nor a blank; the message names the row (counted from
                0) and the element, e.g. ``rows[3].U2``. With *answers*, a text that the map
                does not know, named with how many answers carried it.

        Examples:
            >>> rows = [dict(U1=4, U2=3), dict(U1=3, U2=3, U3=4)]
            >>> survey = Survey.from_responses(rows, elements=ELEMENTS_2017[:3])
            >>> survey.answered, survey.blank
            ({'U1': 2, 'U2': 2, 'U3': 1}, {'U1': 0, 'U2': 0, 'U3': 1})
            >>> Survey.from_responses([dict(U1=4, U2=5)], elements=ELEMENTS_2017[:3])
            Traceback (most recent call last):
            ...
            lkjcalc.errors.InvalidInputError: rows[0].U2: got 5, expected a score 1, 2, 3 or 4, ...

            Answers exported from a form as the questionnaire's texts (PermenPANRB 14/2017):

            >>> from lkjcalc import ANSWERS_2017
            >>> form = [("Sangat sesuai", "mudah "), ("sesuai", "d"), (None, "Kurang  mudah")]
            >>> two = ELEMENTS_2017[:2]
            >>> texts = Survey.from_responses(form, elements=two, answers=ANSWERS_2017)
            >>> texts.tally("U1").counts, texts.tally("U2").counts, texts.blank["U1"]
            ((0, 0, 1, 1), (0, 1, 1, 1), 1)
        """
        checked = check_elements(elements)
        joint_scores = [bytearray() for _ in checked] if check_bool(joint, "joint") else None
        check_values(rows, "rows", "an iterable of questionnaires (rows; not a set)")
        codes = tuple(e.code for e in checked)
        if answers is not None:
            rows = scores_of_rows(rows, answer_tables(answers, codes), codes)
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
                if joint_scores is not None:
                    joint_scores[i].append(s)
            respondents += 1
        pairs = None if joint_scores is None else count_joint(joint_scores)
        return cls._from_tally(checked, tally, respondents, pairs)

    @classmethod
    def from_columns(
        cls,
        columns: Mapping[str, Iterable[object]] | Any,  # noqa: ANN401 - or a Polars/PyArrow table
        *,
        elements: Sequence[Element] = ELEMENTS_2017,
        answers: AnswerMap | None = None,
        joint: bool = False,
    ) -> Survey:
        """A survey from one column of answers per element (a pandas DataFrame works as is).

        Args:
            columns: a mapping of element code to that element's answers, one per
                questionnaire: a ``list`` or ``tuple``, an ``array.array``, a numpy array, a
                pandas Series, or any iterable. A pandas DataFrame is such a mapping:
                ``Survey.from_columns(df)``. A Polars ``DataFrame`` or a PyArrow ``Table`` is
                read column by column too (by duck typing: nothing is imported). Every element
                needs a column, every column must be an element, and all columns have the same
                length.
            elements: the survey's elements (default :data:`ELEMENTS_2017`).
            answers: an answer map for answers given as text, as :meth:`from_responses`;
                numeric columns are still counted by the fast paths.
            joint: also keep the joint counts of every pair of elements, which the standard
                error of the IKM needs (:func:`ikm_interval`, domain.md §4.8); they are counted
                at C speed too (about 1,000,000 questionnaires × 9 elements in a tenth of a
                second, see ``benchmarks/bench_joint.py``).

        Raises:
            InvalidInputError: a missing or unknown column, columns of different lengths, or an
                answer that is neither a score 1-4 nor a blank (named as ``columns['U2'][3]``).
                Integer buffers (numpy integer arrays, ``array.array``) cannot hold a blank: 0
                is an invalid score there too. With *answers*, a text that the map does not
                know, named with how many answers carried it.

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
        checked = check_elements(elements)
        codes = tuple(e.code for e in checked)
        columns = columns_of(columns)
        check_codes(columns, codes)
        if answers is not None:
            columns = scores_of_columns(columns, answer_tables(answers, codes), codes)
        if check_bool(joint, "joint"):
            columns = ready_columns(columns, codes)  # read twice
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
        pairs = count_joint([column_scores(columns[c]) for c in codes]) if joint else None
        return cls._from_tally(checked, tally, length or 0, pairs)

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

            >>> from lkjcalc import ikm, round_half_up
            >>> sums = [105, 101, 100, 116, 102, 105, 106, 105, 115]
            >>> survey = Survey.from_totals({f"U{i}": (s, 29) for i, s in enumerate(sums, 1)})
            >>> survey.respondents, round_half_up(ikm(survey).ikm, 2)
            (29, Decimal('91.48'))
        """
        checked = check_elements(elements)
        codes = tuple(e.code for e in checked)
        check_codes(totals, codes, what="totals")
        tallies = []
        for code in codes:
            pair: object = totals[code]
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:  # noqa: PLR2004
                raise InvalidTypeError(
                    field=f"totals[{code!r}]", value=pair, expected="a pair (score_sum, answered)"
                )
            score_sum = to_count(pair[0], f"totals[{code!r}][0]")
            answered = to_non_negative_count(pair[1], f"totals[{code!r}][1]")
            _check_score_sum(score_sum, answered, f"totals[{code!r}][0]")  # names the element
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
        cls,
        elements: tuple[Element, ...],
        tally: list[list[int]],
        respondents: int,
        joint: JointCounts | None = None,
    ) -> Survey:
        # tally[e] = [blanks, count of 1, count of 2, count of 3, count of 4]
        pair_counts, nonempty_rows = (None, None) if joint is None else joint
        return cls(
            elements=elements,
            tallies=tuple(
                ElementTally.from_counts(e.code, counts[1:], counts[0])
                for e, counts in zip(elements, tally, strict=True)
            ),
            respondents=respondents,
            pair_counts=pair_counts,
            nonempty_rows=nonempty_rows,
        )

    # ------------------------------------------------------------------ merging

    def __add__(self, other: object) -> Survey:
        if not isinstance(other, Survey):
            return NotImplemented
        if other.elements != self.elements:
            raise InvalidInputError(
                field="other",
                value=tuple(e.code for e in other.elements),
                expected=f"a survey of the same elements ({codes_text(self.elements)}, "
                "same codes, names and order)",
            )
        pair_counts, nonempty_rows = merge_joint(self, other)
        return Survey(
            elements=self.elements,
            tallies=tuple(a + b for a, b in zip(self.tallies, other.tallies, strict=True)),
            respondents=self.respondents + other.respondents,
            pair_counts=pair_counts,
            nonempty_rows=nonempty_rows,
        )

    def __radd__(self, other: object) -> Survey:
        """``0 + survey`` is *survey*, so that ``sum(surveys)`` works (domain.md §8, v0.2)."""
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    # ------------------------------------------------------------------ reading

    @property
    def joint(self) -> bool:
        """Whether the survey holds the joint counts of its pairs of elements (domain.md §4.8).

        Examples:
            >>> abc = (Element(code="A"), Element(code="B"), Element(code="C"))
            >>> rows = [(4, 3, 3), (3, 3, 4), (4, 4, None)]
            >>> Survey.from_responses(rows, elements=abc, joint=True).joint
            True
            >>> Survey.from_responses(rows, elements=abc).joint
            False
        """
        return self.pair_counts is not None

    def joint_counts(self, first: str, second: str) -> tuple[tuple[int, ...], ...]:
        """The 4 × 4 counts of two elements: row a, column b = respondents scoring a and b.

        Only the respondents who answered both elements are counted.

        Raises:
            InvalidInputError: an unknown code, or the same element twice.
            UndefinedResultError: a survey without joint counts (built without ``joint=True``).

        Examples:
            >>> abc = (Element(code="A"), Element(code="B"), Element(code="C"))
            >>> rows = [(4, 3, 3), (3, 3, 4), (4, 4, None)]
            >>> Survey.from_responses(rows, elements=abc, joint=True).joint_counts("A", "C")
            ((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 1), (0, 0, 1, 0))
        """
        return joint_table(self, first, second)

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
            f"({codes_text(self.elements)}), {total} blank{'s' * (total != 1)}"
            f"{where if blanks else ''}{', joint counts' if self.joint else ''}>"
        )

    def _repr_html_(self) -> str:
        """A table for Jupyter: element, name, answered, blank, counts 1-4, NRR."""
        rows = []
        for element, t in zip(self.elements, self.tallies, strict=True):
            counts = (None,) * len(SCORES) if t.counts is None else t.counts
            nrr = Fraction(t.score_sum, t.answered) if t.answered else None
            rows.append(
                (
                    element.code,
                    element.name,
                    *(figure(_count(c)) for c in (t.answered, t.blank, *counts)),
                    figure(nrr, 3),
                )
            )
        return table(
            caption=f"SKM: {self.respondents} responden",
            columns=("Unsur", "Nama", "Terisi", "Kosong", "1", "2", "3", "4", "NRR"),
            rows=rows,
        )


# ----------------------------------------------------------------------------- reading answers


def _row_answers(
    row: object, r: int, codes: tuple[str, ...], index: dict[str, int]
) -> Iterable[tuple[str, object]]:
    """The (code, answer) pairs of one questionnaire, in element order."""
    keyed = mapping_or_none(row, f"rows[{r}]")  # a dict, or a pandas Series from df.iterrows()
    if keyed is not None:
        row = keyed
        for key in row:
            if key not in index:
                raise InvalidInputError(
                    field=f"rows[{r}]", value=key, expected=f"an element code: {', '.join(codes)}"
                )
        return ((code, keyed.get(code)) for code in codes)
    if isinstance(row, (str, bytes, bytearray, AbstractSet)) or not isinstance(row, Iterable):
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


def _count(value: int | None) -> Decimal | None:
    """A count as a figure of a table (``None``: not known, from published totals)."""
    return None if value is None else Decimal(value)
