"""Review (*reviu*) of published figures: take them as printed, recompute, report what disagrees.

Inspectorates review every LKjIP before it is published (PermenPANRB 53/2014 on the performance
report and its review) and find that published figures often do not add up: totals that differ
from their lines, percentages taken on another denominator than the table shows, achievement or
absorption columns that disagree with their own target and realization columns, text that
contradicts its table, grades that do not match the printed value, rounded weights that do not
sum to 1, scores outside the scale (domain.md §7).

A check takes the figures **as printed** — a :class:`Published` figure, or the printed text itself
(``"1,907%"``, ``"Rp. 12.143.000,00"``) — recomputes the figure with lkjcalc's formulas and returns
a list of :class:`Finding` objects: empty when the figure agrees. A check never raises for a
disagreement; it raises only for input that is not a figure at all.

**The rounding-tolerance rule.** A value printed with *d* decimals agrees with the recomputed value
when the recomputed value, rounded to *d* decimals half up **or** truncated, equals it. Reports
round both ways, so neither is a finding; anything else is.

**Printed records.** :class:`PrintedSurvey` holds a survey result as printed; it is defined here,
below :mod:`lkjcalc.report` (which re-exports it), so that a check of this module can take it.

**Internal API.** lkjcalc's other modules (the report model) build their printed records with the
converters :func:`to_figure`, :func:`to_optional_figure`, :func:`to_figures`, :func:`to_code` and
:func:`to_year`; they are not in ``__all__`` and may change without notice.
"""

from __future__ import annotations

import enum
import html
import re
import types
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from lkjcalc._numeric import (
    Number,
    Rounding,
    percent,
    quantize,
    subtract,
    sum_decimals,
    to_count,
    to_decimal,
)
from lkjcalc._validators import (
    check_enum,
    instance_validator,
    optional_str_validator,
    str_validator,
)
from lkjcalc.errors import InvalidInputError, InvalidTypeError, ParseError
from lkjcalc.performance import Indicator, MinimizeFormula, Polarity, Target, achievement
from lkjcalc.scales import IKM_2017, Scale
from lkjcalc.text import parse_rupiah

__all__ = [
    "FigureKind",
    "Finding",
    "FindingKind",
    "PrintedSurvey",
    "Published",
    "check_achievement",
    "check_band",
    "check_consistent",
    "check_difference",
    "check_percentage",
    "check_sample",
    "check_total",
    "check_weights",
    "findings_html",
    "published",
]


class FigureKind(enum.Enum):
    """What a printed figure is: a percentage, a rupiah amount or a plain number."""

    PERCENT = "percent"
    RUPIAH = "rupiah"
    PLAIN = "plain"


class FindingKind(enum.Enum):
    """The kind of disagreement a review found."""

    TOTAL = "total"  #: a total that is not the sum of its parts
    DIFFERENCE = "difference"  #: a difference that is not minuend − subtrahend
    PERCENTAGE = "percentage"  #: a percentage that is not part / whole × 100
    ACHIEVEMENT = "achievement"  #: an achievement that disagrees with its target and realization
    BAND = "band"  #: a grade or category that does not match the printed value
    INCONSISTENT = "inconsistent"  #: one figure printed differently in two places
    WEIGHTS = "weights"  #: survey weights that do not sum to 1
    OUT_OF_RANGE = "out_of_range"  #: a figure outside the range its scale allows
    VALUE = "value"  #: a printed figure that disagrees with the value it should show
    SAMPLE = "sample"  #: fewer respondents than the minimum sample for the population


# --------------------------------------------------------------------------------- printed figures

_PERCENT_SIGN = re.compile(r"\s*%\s*\Z")
_RUPIAH_SYMBOL = re.compile(r"\A\s*[(-]?\s*rp", re.IGNORECASE)


def _to_figure_kind(value: object) -> FigureKind:
    return check_enum(value, FigureKind, "kind")


def _to_finding_kind(value: object) -> FindingKind:
    return check_enum(value, FindingKind, "kind")


def _to_value(value: Number) -> Decimal:
    return to_decimal(value, "value")


def _check_places(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or value < 0:
        raise InvalidInputError(field=attr.name, value=value, expected="an int >= 0")


@attrs.frozen(kw_only=True)
class Published:
    """A figure as printed in a report: its value, the decimals it was printed with, its kind.

    Build it with :func:`published` from the printed text. :meth:`agrees` applies the
    rounding-tolerance rule.

    Examples:
        >>> fig = published("1,907%")
        >>> fig.value, fig.places, fig.kind
        (Decimal('1.907'), 3, <FigureKind.PERCENT: 'percent'>)
        >>> fig.agrees("1.90765")  # truncated to 3 decimals
        True
    """

    text: str = attrs.field(validator=str_validator(allow_empty=True))
    value: Decimal = attrs.field(converter=_to_value)
    places: int = attrs.field(validator=_check_places)
    kind: FigureKind = attrs.field(default=FigureKind.PLAIN, converter=_to_figure_kind)

    def agrees(self, computed: Number) -> bool:
        """Whether *computed*, rounded half up or truncated to :attr:`places`, is the value."""
        exact = to_decimal(computed, "computed")
        return any(quantize(exact, self.places, mode) == self.value for mode in Rounding)

    def __str__(self) -> str:
        return self.text


def published(text: str | Published) -> Published:
    """Read a printed figure (*angka yang dicetak*): value, decimals printed, kind.

    Reads Indonesian notation strictly (``.`` groups thousands, ``,`` is the decimal sign), with an
    optional ``%`` (a percentage), an optional ``Rp``/``Rp.`` (a rupiah amount), ``,-`` for whole
    rupiah, parentheses or a minus for negatives.

    Args:
        text: the printed figure, exactly as in the report; a :class:`Published` is returned as is.

    Returns:
        The :class:`Published` figure.

    Raises:
        ParseError: text that is not a figure in Indonesian notation, or is ambiguous (``"1.5"``).

    References:
        PUEBI, lambang bilangan; domain.md §6 and §7.

    Examples:
        Figures of the seed report (table 3.1 and D. Realisasi Anggaran):

        >>> published("85%").value, published("85%").places
        (Decimal('85'), 0)
        >>> published("Rp. 12.143.000,00").kind
        <FigureKind.RUPIAH: 'rupiah'>
        >>> published("3,400").value
        Decimal('3.400')
        >>> published("1.5")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.ParseError: text: got '1.5', expected a rupiah amount ...
    """
    return _read_figure(text)


def _read_figure(text: object, name: str = "text") -> Published:
    # The checks' argument is called "published", like the function: they call this one, with
    # the argument's name for the error message.
    if isinstance(text, Published):
        return text
    if not isinstance(text, str):
        raise InvalidTypeError(field=name, value=text, expected="the printed text of a figure")
    kind = FigureKind.PLAIN
    body = text
    if _PERCENT_SIGN.search(text):
        kind = FigureKind.PERCENT
        body = _PERCENT_SIGN.sub("", text)
    elif _RUPIAH_SYMBOL.match(text):
        kind = FigureKind.RUPIAH
    try:
        value = parse_rupiah(body)
    except ParseError as err:
        raise ParseError(
            field=name,
            value=text,
            expected="a figure in Indonesian notation such as '85%', '1,907%', '3,400', "
            "'Rp. 12.143.000,00' or '692.541.800,00'",
            detail=err.detail,
        ) from None
    places = max(0, -int(value.as_tuple().exponent))
    return Published(text=text, value=value, places=places, kind=kind)


# --------------------------------------------------------------------------------- printed records

Figure = str | Published
"""A printed figure: its text as printed, or a :class:`Published`."""


def to_figure(value: Figure) -> Published:
    """A printed figure read with :func:`published` (internal API: a converter of records)."""
    return published(value)


def to_optional_figure(value: Figure | None) -> Published | None:
    """:func:`to_figure`, or ``None`` for a figure that is not printed (internal API)."""
    return None if value is None else published(value)


def to_figures(value: Mapping[str, Figure] | None) -> types.MappingProxyType[str, Published] | None:
    """Printed figures by code (NRR per element), read-only, or ``None`` (internal API)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="figures", value=value, expected="a mapping code → figure")
    return types.MappingProxyType({to_code(k): published(v) for k, v in value.items()})


def to_code(value: object) -> str:
    """A code or label naming a printed figure: a non-empty ``str`` (internal API)."""
    if not isinstance(value, str) or not value:
        raise InvalidTypeError(field="code", value=value, expected="a non-empty str")
    return value


def to_year(value: object) -> int | None:
    """The year a printed record is for, or ``None`` when it does not say (internal API)."""
    return None if value is None else to_count(value, "year")


def _to_weights(
    value: Figure | Mapping[str, Figure] | None,
) -> Published | types.MappingProxyType[str, Published] | None:
    if value is None or isinstance(value, Mapping):
        return to_figures(value)
    return published(value)


@attrs.frozen(kw_only=True)
class PrintedSurvey:
    """A survey result as printed: the index, the IKM, the grade and whatever parts are printed.

    The survey table of a report (*hasil SKM*), figure by figure as printed, for the report's
    review (:mod:`lkjcalc.report` re-exports it). Any part the report does not print is ``None``.

    Args:
        index: the index (*IKM unit pelayanan*, weighted mean, 1–4), e.g. ``"3,400"``.
        ikm: the converted IKM (25–100), e.g. ``"85,00"``.
        grade: the printed grade (*mutu pelayanan*), its code or label.
        nrr: NRR per element code, as printed.
        weights: the weight per element code, or one printed weight for every element
            (``"0,111"``).
        weighted_nrr: weighted NRR per element code, as printed.
        scale: the grade's scale (``IKM_2017`` by default).
        indicator, year: when the IKM is an indicator's realization (the SKM indicator).
        where: where it is printed.

    Examples:
        The seed's SKM realization for 2020 (BAB III 2.1), index and IKM only:

        >>> survey = PrintedSurvey(index="3,400", ikm="85,00", where="BAB III 2.1, realisasi 2020")
        >>> survey.ikm.value, survey.grade, survey.scale.name
        (Decimal('85.00'), None, 'IKM quality, PermenPANRB 14/2017')
    """

    index: Published | None = attrs.field(default=None, converter=to_optional_figure)
    ikm: Published | None = attrs.field(default=None, converter=to_optional_figure)
    grade: str | None = attrs.field(default=None, validator=optional_str_validator())
    nrr: types.MappingProxyType[str, Published] | None = attrs.field(
        default=None, converter=to_figures
    )
    weights: Published | types.MappingProxyType[str, Published] | None = attrs.field(
        default=None, converter=_to_weights
    )
    weighted_nrr: types.MappingProxyType[str, Published] | None = attrs.field(
        default=None, converter=to_figures
    )
    scale: Scale = attrs.field(default=IKM_2017, validator=instance_validator(Scale))
    indicator: Indicator | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_validator(Indicator))
    )
    year: int | None = attrs.field(default=None, converter=to_year)
    where: str = attrs.field(validator=str_validator())


# --------------------------------------------------------------------------------- findings


def _to_optional_value(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "expected")


@attrs.frozen(kw_only=True)
class Finding:
    """One disagreement found by a review (*temuan*).

    Args:
        kind: what disagrees (:class:`FindingKind`).
        where: where in the report (``"Tabel 3.1, baris 1, % anggaran"``).
        published: the figure as printed, or ``None`` when the finding is about a missing figure
            or a structure (weights).
        expected: what lkjcalc computes from the other printed figures, unrounded, or ``None``.
        message: one sentence saying what disagrees.

    Examples:
        >>> [finding] = check_percentage(12143000, 692541800, "1,907%", where="Tabel 3.1")
        >>> print(finding)
        [percentage] Tabel 3.1: printed 1,907%, recomputed 1.75339... (12143000 / 692541800 × 100)
    """

    kind: FindingKind = attrs.field(converter=_to_finding_kind)
    where: str = attrs.field(validator=str_validator(allow_empty=True))
    published: Published | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_validator(Published))
    )
    expected: Decimal | None = attrs.field(default=None, converter=_to_optional_value)
    message: str = attrs.field(validator=str_validator())

    def __str__(self) -> str:
        place = f" {self.where}:" if self.where else ""
        return f"[{self.kind.value}]{place} {self.message}"

    def _repr_html_(self) -> str:
        return findings_html([self])


def findings_html(findings: Iterable[Finding]) -> str:
    """An HTML table of findings, for Jupyter (``display(HTML(findings_html(found)))``)."""
    rows = "".join(
        "<tr>"
        f"<td>{html.escape(f.kind.value)}</td><td>{html.escape(f.where)}</td>"
        f"<td>{html.escape(f.published.text) if f.published else ''}</td>"
        f"<td>{html.escape(_show(f.expected)) if f.expected is not None else ''}</td>"
        f"<td>{html.escape(f.message)}</td>"
        "</tr>"
        for f in findings
    )
    return (
        "<table><thead><tr><th>kind</th><th>where</th><th>published</th>"
        f"<th>expected</th><th>message</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _show(value: Decimal) -> str:
    """A recomputed value for a message: exact when short, else 10 decimals and an ellipsis."""
    text = str(value)
    if len(text) <= 20:  # noqa: PLR2004 - a readable width
        return text
    return f"{quantize(value, 10)}..."


def _mismatch(
    kind: FindingKind, where: str, figure: Published, expected: Decimal, how: str
) -> list[Finding]:
    if figure.agrees(expected):
        return []
    message = f"printed {figure.text}, recomputed {_show(expected)} ({how})"
    return [Finding(kind=kind, where=where, published=figure, expected=expected, message=message)]


def _check_where(where: object) -> str:
    if not isinstance(where, str):
        raise InvalidTypeError(field="where", value=where, expected="a str")
    return where


def _amount(value: Number | Published, name: str) -> Decimal:
    return value.value if isinstance(value, Published) else to_decimal(value, name)


# --------------------------------------------------------------------------------- checks


def check_total(
    parts: Iterable[Number | Published], published: str | Published, *, where: str = ""
) -> list[Finding]:
    """Check a printed total (*jumlah*) against the sum of its parts.

    Args:
        parts: the lines, as numbers or :class:`Published` figures.
        published: the printed total.
        where: where the total is printed.

    Returns:
        ``[]`` when the total agrees (rounding-tolerance rule), else one :class:`Finding`.

    Examples:
        The seed's staff table 1.1 counts 2 + 4 + 0 + 7 + 0 + 0 by education; the text says 14:

        >>> [f.message for f in check_total([2, 4, 0, 7, 0, 0], "14", where="Tabel 1.1")]
        ['printed 14, recomputed 13 (sum of 6 parts)']
        >>> check_total(["12000000.00", "7800000.00"], "19.800.000,00")
        []
    """
    figure = _read_figure(published, "published")
    where = _check_where(where)
    if isinstance(parts, (str, bytes)) or not isinstance(parts, Iterable):
        raise InvalidTypeError(field="parts", value=parts, expected="an iterable of numbers")
    values = [_amount(part, f"parts[{i}]") for i, part in enumerate(parts)]
    total = sum_decimals(values)
    return _mismatch(FindingKind.TOTAL, where, figure, total, f"sum of {len(values)} parts")


def check_difference(
    minuend: Number | Published,
    subtrahend: Number | Published,
    published: str | Published,
    *,
    where: str = "",
) -> list[Finding]:
    """Check a printed difference (*selisih*, *sisa*) against minuend − subtrahend.

    Examples:
        Unspent budget (*sisa anggaran*) of a line fully spent:

        >>> check_difference(12143000, 12143000, "0,00")
        []
        >>> [f.kind.value for f in check_difference(100, 60, "50")]
        ['difference']
    """
    figure = _read_figure(published, "published")
    where = _check_where(where)
    a, b = _amount(minuend, "minuend"), _amount(subtrahend, "subtrahend")
    return _mismatch(FindingKind.DIFFERENCE, where, figure, subtract(a, b), f"{a} − {b}")


def check_percentage(
    part: Number | Published,
    whole: Number | Published,
    published: str | Published,
    *,
    where: str = "",
) -> list[Finding]:
    """Check a printed percentage against part / whole × 100.

    Catches percentages computed on another denominator than the table shows.

    Raises:
        UndefinedResultError: *whole* is zero (there is no percentage to compare with).

    Examples:
        The seed's table 3.1 prints 1,907 % for Rp 12.143.000 of a budget whose lines sum to
        Rp 692.541.800; 1,907 % is the share of Rp 636.541.800, the total stated in the text:

        >>> check_percentage(12143000, 636541800, "1,907%")
        []
        >>> len(check_percentage(12143000, 692541800, "1,907%"))
        1
    """
    figure = _read_figure(published, "published")
    where = _check_where(where)
    a, b = _amount(part, "part"), _amount(whole, "whole")
    expected = percent(a, b, what="the percentage")
    return _mismatch(FindingKind.PERCENTAGE, where, figure, expected, f"{a} / {b} × 100")


def check_achievement(
    target: Number | Published | Target,
    realization: Number | Published,
    published: str | Published,
    *,
    polarity: Polarity = Polarity.MAXIMIZE,
    minimize_formula: MinimizeFormula = MinimizeFormula.MIRROR,
    where: str = "",
) -> list[Finding]:
    """Check a printed achievement (*capaian*) against its own target and realization.

    Raises:
        UndefinedResultError: the achievement itself is undefined (a target <= 0).

    Examples:
        The seed's table 1.3 prints a Renstra progress of 60 % for a realization of 85 against
        the final target 100:

        >>> [f.message for f in check_achievement(100, 85, "60%", where="Tabel 1.3")]
        ['printed 60%, recomputed 85 (achievement of 85 against 100, maximize)']
        >>> check_achievement(85, "85.0299", "100%")
        []
    """
    figure = _read_figure(published, "published")
    where = _check_where(where)
    goal = target if isinstance(target, Target) else _amount(target, "target")
    r = _amount(realization, "realization")
    expected = achievement(goal, r, polarity=polarity, minimize_formula=minimize_formula)
    shown = f"{goal.lower}–{goal.upper}" if isinstance(goal, Target) else str(goal)
    how = f"achievement of {r} against {shown}, {polarity.value}"
    if polarity is Polarity.MINIMIZE:
        how += f" ({minimize_formula.value})"
    return _mismatch(FindingKind.ACHIEVEMENT, where, figure, expected, how)


def check_band(
    value: Number | Published, published_label: str, scale: Scale, *, where: str = ""
) -> list[Finding]:
    """Check a printed grade or category against the band the printed value falls in.

    Args:
        value: the value the grade is for (as printed or recomputed).
        published_label: the printed band, its code or its label, any case (``"A"``,
            ``"Sangat Baik"``).
        scale: the scale the report grades on.
        where: where the grade is printed.

    Returns:
        ``[]`` when the band agrees; a finding when it does not, or when the scale has no such
        band.

    Examples:
        >>> from lkjcalc.scales import IKM_2017
        >>> check_band("88.305", "Sangat Baik", IKM_2017)
        []
        >>> print(check_band(85, "A", IKM_2017, where="SKM")[0])
        [band] SKM: printed band 'A', but 85 falls in B (Baik) on IKM quality, PermenPANRB 14/2017
    """
    where = _check_where(where)
    if not isinstance(scale, Scale):
        raise InvalidTypeError(field="scale", value=scale, expected="a Scale")
    if not isinstance(published_label, str):
        raise InvalidTypeError(field="published_label", value=published_label, expected="a str")
    number = _amount(value, "value")
    actual = scale.classify(number)
    try:
        printed = scale.band(published_label)
    except InvalidInputError:
        message = f"printed band {published_label!r} is not a band of {scale.name}"
        return [Finding(kind=FindingKind.BAND, where=where, expected=number, message=message)]
    if printed is actual:
        return []
    message = (
        f"printed band {published_label!r}, but {number} falls in "
        f"{actual.code} ({actual.label}) on {scale.name}"
    )
    return [Finding(kind=FindingKind.BAND, where=where, expected=number, message=message)]


def check_consistent(
    figures: Mapping[str, str | Published], *, what: str = "the figure"
) -> list[Finding]:
    """Check that one figure printed in several places says the same everywhere.

    Two printings agree when the more precise one rounds (half up or truncated) to the less
    precise one: ``85,03%`` and ``85%`` agree, ``80%`` and ``85%`` do not. The reference is the
    printing that most others agree with (ties: the more precise, then the first); every place
    that disagrees with it is a finding.

    Args:
        figures: where → the figure as printed there.
        what: names the figure in the message.

    Returns:
        One finding per place whose printing disagrees with the reference.

    Examples:
        The Musrenbang target: 85 % in the performance agreement and table 1.1, 80 % in table 3.2:

        >>> found = check_consistent(
        ...     {"Perjanjian Kinerja": "85%", "Tabel 1.1": "85%", "Tabel 3.2": "80%"},
        ...     what="the Musrenbang target",
        ... )
        >>> print(found[0].message)
        the Musrenbang target is printed 80% here but 85% in Perjanjian Kinerja
        >>> found[0].where
        'Tabel 3.2'
    """
    if not isinstance(figures, Mapping):
        raise InvalidTypeError(field="figures", value=figures, expected="a mapping where → figure")
    read = {
        _check_where(where): _read_figure(text, f"figures[{where!r}]")
        for where, text in figures.items()
    }
    if not read:
        return []
    order = list(read)

    def support(where: str) -> tuple[int, int, int]:
        figure = read[where]
        agreeing = sum(_same(figure, other) for other in read.values())
        return agreeing, figure.places, -order.index(where)

    reference_where = max(order, key=support)
    reference = read[reference_where]
    return [
        Finding(
            kind=FindingKind.INCONSISTENT,
            where=where,
            published=figure,
            expected=reference.value,
            message=(
                f"{what} is printed {figure.text} here but {reference.text} in {reference_where}"
            ),
        )
        for where, figure in read.items()
        if not _same(figure, reference)
    ]


def _same(a: Published, b: Published) -> bool:
    """Whether two printings of one figure agree: the more precise rounds to the other."""
    coarse, fine = (a, b) if a.places <= b.places else (b, a)
    return coarse.agrees(fine.value)


def check_weights(
    weights: Mapping[str, Number] | Iterable[Number], *, where: str = ""
) -> list[Finding]:
    """Check that survey weights (*bobot*) sum to exactly 1 (PermenPANRB 14/2017).

    Reports print rounded weights (0,111 for 9 elements); they then sum to 0,999, and an IKM
    computed with them is not the regulation's. A finding names the sum.

    Examples:
        >>> print(check_weights(["0.111"] * 9, where="Tabel SKM")[0])
        [weights] Tabel SKM: the weights sum to 0.999, not 1
        >>> check_weights(["0.25"] * 4)
        []
    """
    where = _check_where(where)
    values = weights.values() if isinstance(weights, Mapping) else weights
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidTypeError(field="weights", value=weights, expected="weights per element")
    numbers = [to_decimal(w, f"weights[{i}]") for i, w in enumerate(values)]
    total = sum_decimals(numbers)
    if total == 1:
        return []
    return [
        Finding(
            kind=FindingKind.WEIGHTS,
            where=where,
            expected=total,
            message=f"the weights sum to {total}, not 1",
        )
    ]


# --------------------------------------------------------------------------------- sample size
# Self-contained: its imports are here, so that the rest of the module stays as it is.

from fractions import Fraction  # noqa: E402

from lkjcalc._numeric import Count, to_non_negative_count  # noqa: E402
from lkjcalc.survey._rational import fraction_to_decimal  # noqa: E402
from lkjcalc.survey._sample import SampleMethod, minimum_sample_size  # noqa: E402


def check_sample(
    respondents: Count,
    population: Count,
    *,
    method: SampleMethod | str = SampleMethod.KREJCIE_MORGAN,
    margin: Number | Fraction = 0.05,
    confidence: Number | Fraction = 0.95,
    proportion: Number | Fraction = 0.5,
    where: str = "",
) -> list[Finding]:
    """Check that a survey asked enough respondents (*jumlah sampel*) for its population.

    A unit that surveyed fewer respondents than the minimum for its population (PermenPANRB
    14/2017 takes it from Krejcie & Morgan) gets a :attr:`FindingKind.SAMPLE` finding naming the
    minimum and the rule; it is a finding, not an error (domain.md §4.5).

    Args:
        respondents: the questionnaires the survey counted, a whole number >= 0.
        population: the service users in the period (N), a whole number >= 1.
        method: the rule, as :func:`lkjcalc.minimum_sample_size` (default Krejcie & Morgan).
        margin: as :func:`lkjcalc.minimum_sample_size`.
        confidence: as :func:`lkjcalc.minimum_sample_size`.
        proportion: as :func:`lkjcalc.minimum_sample_size`.
        where: where in the report.

    Returns:
        An empty list when *respondents* reaches the minimum, else one finding whose
        ``expected`` is the minimum.

    Raises:
        InvalidInputError: counts that are not whole numbers in range, or an option that
            :func:`lkjcalc.minimum_sample_size` refuses.

    Examples:
        A unit that served 800 users and collected 29 questionnaires:

        >>> print(check_sample(29, 800, where="SKM 2023")[0])
        [sample] SKM 2023: 29 respondents, fewer than the minimum of 260 for a population of 800 (Krejcie & Morgan, margin 0.05, 95 % confidence)
        >>> check_sample(286, 1000, method="slovin")
        []
    """  # noqa: E501
    where = _check_where(where)
    count = to_non_negative_count(
        respondents.numerator
        if isinstance(respondents, Fraction) and respondents.denominator == 1
        else respondents,
        "respondents",
    )
    rule = check_enum(method, SampleMethod, "method")
    minimum = minimum_sample_size(
        population, method=rule, margin=margin, confidence=confidence, proportion=proportion
    )
    if count >= minimum:
        return []
    names = {
        SampleMethod.KREJCIE_MORGAN: "Krejcie & Morgan",
        SampleMethod.SLOVIN: "Slovin",
        SampleMethod.COCHRAN: "Cochran",
    }
    terms = [f"margin {_plain(margin)}"]
    if rule is not SampleMethod.SLOVIN:
        terms.append(f"{_plain(confidence, 100)} % confidence")
    if _plain(proportion) != "0.5":
        terms.append(f"proportion {_plain(proportion)}")
    size = population.numerator if isinstance(population, Fraction) else to_count(population)
    message = (
        f"{count} respondents, fewer than the minimum of {minimum} for a population of "
        f"{size} ({names[rule]}, {', '.join(terms)})"
    )
    return [Finding(kind=FindingKind.SAMPLE, where=where, expected=minimum, message=message)]


def _plain(value: object, scale: int = 1) -> str:
    """An already accepted option for a message: ``0.05``, ``95`` (× *scale*), ``1/3``."""
    exact = value if isinstance(value, Fraction) else Fraction(to_decimal(value))
    exact *= scale
    return str(fraction_to_decimal(exact)) if 10**40 % exact.denominator == 0 else str(exact)
