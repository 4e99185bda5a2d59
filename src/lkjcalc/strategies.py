"""Hypothesis strategies for lkjcalc's values and objects (``pip install lkjcalc[strategies]``).

Tools built on lkjcalc can property-test their own code the way lkjcalc tests itself: draw
rupiah amounts, percentages, targets and realizations that suit a polarity, indicators, scales,
survey rows and surveys, budget lines and budgets, and figures printed as reports print them.
Every strategy draws only valid values (an lkjcalc constructor or formula accepts them), and each
shrinks towards a small, readable example.

This module is the only one in lkjcalc that imports Hypothesis, which is an optional dependency:
``import lkjcalc`` never imports it, and ``lkjcalc.strategies`` must be imported explicitly
(``from lkjcalc import strategies``). lkjcalc's own test suite draws from these strategies.

Examples:
    A law of your own code, tested on every kind of budget lkjcalc can hold:

    >>> from hypothesis import given, settings
    >>> from lkjcalc import strategies
    >>> @settings(max_examples=25, deadline=None)
    ... @given(strategies.budgets())
    ... def test_programs_add_up(budget):
    ...     assert sum(p.allocation for p in budget.programs().values()) == budget.allocation
    >>> test_programs_add_up()

References:
    Hypothesis, "What you can generate and how": https://hypothesis.readthedocs.io/en/latest/data.html
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeAlias

from hypothesis import strategies as st

from lkjcalc import scales as _scales
from lkjcalc._numeric import round_half_up
from lkjcalc._validators import check_enum
from lkjcalc.budget import Budget, BudgetLine
from lkjcalc.performance import Indicator, MinimizeFormula, Polarity, Target
from lkjcalc.scales import Band, Scale
from lkjcalc.survey import ELEMENTS_2017, Element, Survey
from lkjcalc.text import format_number, format_percent, format_rupiah

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "budget_lines",
    "budgets",
    "builtin_scales",
    "decimals",
    "indicators",
    "percents",
    "printed_numbers",
    "printed_percents",
    "printed_rupiah",
    "realizations",
    "rupiah_amounts",
    "scales",
    "survey_rows",
    "surveys",
    "targets",
    "targets_and_realizations",
]

#: A survey answer: a score 1 to 4, or a blank.
_ANSWERS = st.sampled_from([1, 2, 3, 4])


def decimals(
    *,
    min_value: Decimal | int | str = Decimal("-1e12"),
    max_value: Decimal | int | str = Decimal("1e12"),
    places: int = 6,
) -> st.SearchStrategy[Decimal]:
    """Finite decimals between *min_value* and *max_value*, with at most *places* decimals.

    The default range, ± 10¹², holds every figure a report prints (a province's budget in
    rupiah is below 10¹⁴ only with its sen).

    Args:
        min_value: the smallest value drawn.
        max_value: the largest value drawn.
        places: the most decimals a value has.

    Returns:
        A strategy of ``Decimal`` values, never NaN or infinite.
    """
    return st.decimals(
        min_value=Decimal(min_value),
        max_value=Decimal(max_value),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )


def rupiah_amounts(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = Decimal("1e15"),
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Rupiah amounts (*anggaran*, *realisasi*): by default 0 to 10¹⁵ with sen (2 places).

    Use ``places=0`` for whole rupiah (state payments, PMK 250/2010) and a negative
    *min_value* for differences.

    Args:
        min_value: the smallest amount.
        max_value: the largest amount.
        places: decimals of the amount (2: sen).

    Returns:
        A strategy of ``Decimal`` amounts.

    Examples:
        >>> from hypothesis import given, settings
        >>> from lkjcalc import format_rupiah, parse_rupiah
        >>> @settings(max_examples=25, deadline=None)
        ... @given(rupiah_amounts())
        ... def test_parse_reads_what_format_prints(amount):
        ...     assert parse_rupiah(format_rupiah(amount)) == amount
        >>> test_parse_reads_what_format_prints()
    """
    return decimals(min_value=min_value, max_value=max_value, places=places)


def percents(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 200,
    places: int = 3,
) -> st.SearchStrategy[Decimal]:
    """Figures in percent units (``85.03`` is 85.03 %), by default 0 to 200 with 3 decimals.

    Achievement may exceed 100 (and the minimize mirror formula reaches 200 for a realization
    of 0); pass a negative *min_value* for changes and efficiency gaps.

    Args:
        min_value: the smallest percentage.
        max_value: the largest percentage.
        places: the most decimals a value has.

    Returns:
        A strategy of ``Decimal`` percentages.
    """
    return decimals(min_value=min_value, max_value=max_value, places=places)


def targets(
    *,
    ranges: bool = True,
    max_value: Decimal | int | str = Decimal("1e6"),
    places: int = 4,
) -> st.SearchStrategy[Target]:
    """Targets (*target*) against which achievement is defined: every bound is > 0.

    Args:
        ranges: also draw range targets (*target rentang*, ``Target.between``).
        max_value: the largest bound.
        places: the most decimals of a bound.

    Returns:
        A strategy of :class:`~lkjcalc.Target` values (point targets, and ranges if asked).
    """
    bounds = decimals(min_value=Decimal(1).scaleb(-places), max_value=max_value, places=places)
    points = bounds.map(Target.point)
    if not ranges:
        return points
    between = st.tuples(bounds, bounds).map(lambda pair: Target.between(*sorted(pair)))
    return points | between


def realizations(
    polarity: Polarity = Polarity.MAXIMIZE,
    *,
    minimize_formula: MinimizeFormula = MinimizeFormula.MIRROR,
    allow_negative: bool = False,
    max_value: Decimal | int | str = Decimal("1e6"),
    places: int = 4,
) -> st.SearchStrategy[Decimal]:
    """Realizations (*realisasi*) for which achievement is defined with these options.

    A realization is >= 0 (any sign with *allow_negative*), and > 0 for the minimize ratio
    formula ``T / R``, which is undefined at 0 (domain.md §1).

    Args:
        polarity: the indicator's polarity.
        minimize_formula: the minimize formula (ignored for maximize).
        allow_negative: draw negative realizations too (growth rates).
        max_value: the largest magnitude.
        places: the most decimals.

    Returns:
        A strategy of ``Decimal`` realizations.
    """
    # The options as achievement() takes them: members or their value strings ("minimize").
    polarity = check_enum(polarity, Polarity, "polarity")
    minimize_formula = check_enum(minimize_formula, MinimizeFormula, "minimize_formula")
    ratio = polarity is Polarity.MINIMIZE and minimize_formula is MinimizeFormula.RATIO
    smallest = Decimal(1).scaleb(-places) if ratio else Decimal(0)
    values = decimals(min_value=smallest, max_value=max_value, places=places)
    if allow_negative and not ratio:
        return values | values.map(lambda value: -value)
    return values


def targets_and_realizations(
    polarity: Polarity = Polarity.MAXIMIZE,
    *,
    minimize_formula: MinimizeFormula = MinimizeFormula.MIRROR,
    allow_negative: bool = False,
    ranges: bool = False,
) -> st.SearchStrategy[tuple[Target, Decimal]]:
    """Pairs ``(target, realization)`` whose achievement is defined for *polarity*.

    Args:
        polarity: the indicator's polarity.
        minimize_formula: the minimize formula (ignored for maximize).
        allow_negative: draw negative realizations too.
        ranges: draw range targets too.

    Returns:
        A strategy of pairs to pass to :func:`~lkjcalc.achievement` with the same options.

    Examples:
        >>> from hypothesis import given, settings
        >>> from lkjcalc import MinimizeFormula, Polarity, achievement
        >>> @settings(max_examples=25, deadline=None)
        ... @given(targets_and_realizations(Polarity.MINIMIZE))
        ... def test_mirror_never_exceeds_200(pair):
        ...     target, realization = pair
        ...     assert achievement(target, realization, polarity=Polarity.MINIMIZE) <= 200
        >>> test_mirror_never_exceeds_200()
    """
    return st.tuples(
        targets(ranges=ranges),
        realizations(polarity, minimize_formula=minimize_formula, allow_negative=allow_negative),
    )


def indicators(*, polarity: Polarity | None = None) -> st.SearchStrategy[Indicator]:
    """Performance indicators (*indikator kinerja*) with any options lkjcalc accepts.

    Args:
        polarity: only indicators of this polarity; ``None`` for both.

    Returns:
        A strategy of :class:`~lkjcalc.Indicator` values: either polarity and minimize formula,
        with or without negative realizations, an objective, and a cap (100 to 200).
    """
    return st.builds(
        Indicator,
        name=st.sampled_from(["Indeks Kepuasan Masyarakat", "Angka kemiskinan", "Capaian"]),
        unit=st.sampled_from(["", "%", "indeks", "orang"]),
        polarity=st.just(polarity) if polarity is not None else st.sampled_from(list(Polarity)),
        minimize_formula=st.sampled_from(list(MinimizeFormula)),
        allow_negative=st.booleans(),
        objective=st.none() | st.just("Meningkatnya kualitas pelayanan publik"),
        cap=st.none() | decimals(min_value=100, max_value=200, places=0),
    )


def builtin_scales() -> st.SearchStrategy[Scale]:
    """One of the built-in scales of :mod:`lkjcalc.scales` (``scales.BUILTIN_SCALES``).

    Returns:
        A strategy that shrinks towards :data:`lkjcalc.scales.LKJ_ORDINAL`, the first.
    """
    return st.sampled_from(tuple(_scales.BUILTIN_SCALES.values()))


@st.composite
def scales(draw: st.DrawFn, *, max_bands: int = 7) -> Scale:
    """User-defined scales: 1 to *max_bands* bands with strictly decreasing lower bounds.

    Bounds lie between -1000 and 1000 with 2 decimals, each inclusive or exclusive; the lowest
    band is open below, and the scale rounds to 0 to 4 places before classifying.

    Args:
        draw: supplied by Hypothesis.
        max_bands: the most bands a scale has.

    Returns:
        A valid :class:`~lkjcalc.Scale`, total by construction.
    """
    size = draw(st.integers(min_value=1, max_value=max_bands))
    bounds = draw(
        st.lists(
            decimals(min_value=-1000, max_value=1000, places=2),
            min_size=size - 1,
            max_size=size - 1,
            unique=True,
        )
    )
    bounds.sort(reverse=True)
    inclusive = draw(st.lists(st.booleans(), min_size=size - 1, max_size=size - 1))
    bands = [
        Band(code=f"B{i}", label=f"Band {i}", lower=lower, lower_inclusive=inc)
        for i, (lower, inc) in enumerate(zip(bounds, inclusive, strict=True))
    ]
    bands.append(Band(code=f"B{size - 1}", label="lowest", lower=None))
    places = draw(st.integers(min_value=0, max_value=4))
    return Scale(name="generated", bands=tuple(bands), places=places, source="hypothesis")


@st.composite
def survey_rows(
    draw: st.DrawFn,
    elements: Sequence[Element] = ELEMENTS_2017,
    *,
    min_size: int = 0,
    max_size: int = 30,
    blanks: bool = True,
    every_element_answered: bool = False,
) -> list[tuple[int | None, ...]]:
    """Questionnaires (*kuesioner*) as rows of answers, one per element, in their order.

    Args:
        draw: supplied by Hypothesis.
        elements: the survey's elements (default the nine of PermenPANRB 14/2017).
        min_size: the fewest rows.
        max_size: the most rows.
        blanks: whether an answer may be blank (``None``).
        every_element_answered: at least one row answers every element, so that every NRR
            (and the IKM) is defined; implies at least one row.

    Returns:
        A list of tuples of scores 1 to 4 (and ``None`` for a blank), for
        :meth:`Survey.from_responses <lkjcalc.Survey.from_responses>`.
    """
    answer = _ANSWERS | st.none() if blanks else _ANSWERS
    row = st.tuples(*[answer] * len(elements))
    if not every_element_answered:
        return draw(st.lists(row, min_size=min_size, max_size=max_size))
    # One fully answered questionnaire, anywhere among the others.
    rows = draw(st.lists(row, min_size=max(min_size - 1, 0), max_size=max(max_size - 1, 0)))
    full = draw(st.tuples(*[_ANSWERS] * len(elements)))
    rows.insert(draw(st.integers(min_value=0, max_value=len(rows))), full)
    return rows


def surveys(
    elements: Sequence[Element] = ELEMENTS_2017,
    *,
    max_size: int = 30,
    blanks: bool = True,
    every_element_answered: bool = False,
) -> st.SearchStrategy[Survey]:
    """Satisfaction surveys (SKM) built from drawn questionnaires (see :func:`survey_rows`).

    Args:
        elements: the survey's elements (default the nine of PermenPANRB 14/2017).
        max_size: the most questionnaires.
        blanks: whether an answer may be blank.
        every_element_answered: every element has an answer, so that :func:`~lkjcalc.ikm` is
            defined.

    Returns:
        A strategy of :class:`~lkjcalc.Survey` values.

    Examples:
        >>> from hypothesis import given, settings
        >>> from lkjcalc import ikm
        >>> @settings(max_examples=25, deadline=None)
        ... @given(surveys(every_element_answered=True))
        ... def test_ikm_between_25_and_100(survey):
        ...     assert 25 <= ikm(survey).ikm <= 100
        >>> test_ikm_between_25_and_100()
    """
    rows = survey_rows(
        elements,
        max_size=max_size,
        blanks=blanks,
        every_element_answered=every_element_answered,
    )
    return rows.map(lambda drawn: Survey.from_responses(drawn, elements=elements))


def budget_lines(
    *,
    programs: Sequence[str] = ("P1", "P2", "P3"),
    positive: bool = False,
    places: int = 2,
) -> st.SearchStrategy[BudgetLine]:
    """Budget lines (*program → kegiatan*): allocation and realization in rupiah, up to 10¹².

    Args:
        programs: the program names drawn from.
        positive: an allocation > 0, so that the line's absorption is defined.
        places: decimals of the amounts.

    Returns:
        A strategy of :class:`~lkjcalc.BudgetLine` values; the realization may exceed the
        allocation (over-spending happens, and must show).
    """
    smallest = Decimal(1).scaleb(-places) if positive else 0
    return st.builds(
        BudgetLine,
        program=st.sampled_from(list(programs)),
        activity=st.sampled_from(["a", "b", "c", "d"]),
        allocation=rupiah_amounts(min_value=smallest, max_value=Decimal("1e12"), places=places),
        realization=rupiah_amounts(max_value=Decimal("1e12"), places=places),
        code=st.none() | st.sampled_from(["1", "2"]),
    )


def budgets(
    *,
    min_size: int = 0,
    max_size: int = 12,
    programs: Sequence[str] = ("P1", "P2", "P3"),
    positive: bool = False,
) -> st.SearchStrategy[Budget]:
    """Budgets (*anggaran*): lists of :func:`budget_lines`.

    Args:
        min_size: the fewest lines.
        max_size: the most lines.
        programs: the program names drawn from.
        positive: every allocation > 0.

    Returns:
        A strategy of :class:`~lkjcalc.Budget` values.
    """
    lines = st.lists(
        budget_lines(programs=programs, positive=positive), min_size=min_size, max_size=max_size
    )
    return lines.map(lambda drawn: Budget(lines=drawn))


#: A printed figure: the value exactly as printed, and its text.
Printed: TypeAlias = tuple[Decimal, str]


@st.composite
def _printed(
    draw: st.DrawFn,
    kind: Literal["percent", "rupiah", "number"],
    values: st.SearchStrategy[Decimal],
    places: int | None,
) -> Printed:
    digits = places if places is not None else draw(st.integers(min_value=0, max_value=3))
    value = round_half_up(draw(values), digits)
    if kind == "percent":
        text = format_percent(value, digits)
    elif kind == "rupiah":
        text = format_rupiah(value, places=digits)
    else:
        text = format_number(value, digits)
    return value, text


def printed_percents(
    values: st.SearchStrategy[Decimal] | None = None, *, places: int | None = None
) -> st.SearchStrategy[Printed]:
    """Percentages as reports print them: ``(value, text)`` such as ``(85.03, "85,03%")``.

    Args:
        values: the percentages to print (default :func:`percents`).
        places: the decimals printed; ``None`` draws 0 to 3.

    Returns:
        A strategy of pairs: the value exactly as printed (rounded half up to the places) and
        its text, from :func:`~lkjcalc.format_percent`.
    """
    return _printed("percent", values if values is not None else percents(), places)


def printed_rupiah(
    values: st.SearchStrategy[Decimal] | None = None, *, places: int | None = None
) -> st.SearchStrategy[Printed]:
    """Rupiah amounts as reports print them: ``(value, text)``, e.g. ``(5, "Rp5,00")``.

    Args:
        values: the amounts to print (default :func:`rupiah_amounts`).
        places: the decimals printed; ``None`` draws 0 to 3.

    Returns:
        A strategy of pairs: the amount exactly as printed and its text, from
        :func:`~lkjcalc.format_rupiah` (PUEBI style); ``parse_rupiah(text) == value``.

    Examples:
        >>> from hypothesis import given, settings
        >>> from lkjcalc import parse_rupiah
        >>> @settings(max_examples=25, deadline=None)
        ... @given(printed_rupiah())
        ... def test_printed_amounts_read_back(printed):
        ...     value, text = printed
        ...     assert text.startswith("Rp") and parse_rupiah(text) == value
        >>> test_printed_amounts_read_back()
    """
    return _printed("rupiah", values if values is not None else rupiah_amounts(), places)


def printed_numbers(
    values: st.SearchStrategy[Decimal] | None = None, *, places: int | None = None
) -> st.SearchStrategy[Printed]:
    """Plain numbers as tables print them: ``(value, text)`` such as ``(3.4, "3,40")``.

    Args:
        values: the numbers to print (default :func:`decimals`).
        places: the decimals printed; ``None`` draws 0 to 3.

    Returns:
        A strategy of pairs: the value exactly as printed and its text, from
        :func:`~lkjcalc.format_number`.
    """
    return _printed("number", values if values is not None else decimals(), places)
