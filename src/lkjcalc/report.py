"""A whole performance report (*LKjIP*) as printed, and one call that reviews all of it (*reviu*).

Describe the report's tables with the objects below, each holding the figures **as printed**
(``"85%"``, ``"Rp. 12.143.000,00"``: text, or :class:`~lkjcalc.review.Published` figures), then call
:func:`review_report` (or :meth:`Report.review`). The review recomputes every figure that can be
recomputed from the others with lkjcalc's formulas and the checks of :mod:`lkjcalc.review`, and
returns every :class:`~lkjcalc.review.Finding` with where it is. It never raises for a
disagreement, and never reports a difference that is only the printed rounding.

What is checked (``docs/review.md`` walks through the seed report):

- performance tables: each printed achievement against its own target and realization, with the
  indicator's polarity;
- one indicator's target, and its realization, for one year wherever they are printed (the
  performance agreement, the year's table, the comparison table, the budget table, the text): a
  printing that disagrees with the others is a finding;
- Renstra progress against the final target;
- Musrenbang participation against its counts, and the counts of one year wherever printed;
- the survey: IKM = index × 25, the grade on its scale, NRR within 1–4, weights that sum to 1,
  weighted NRR = NRR × weight, index = Σ weighted NRR;
- the budget table: each line's absorption, the printed totals against the sum of the lines,
  totals stated elsewhere (the text) against the same sum, shares of the budget against the sum
  of the lines (naming the denominator a disagreeing share was taken on, when one of the printed
  totals explains it), absorption in the performance-against-budget table;
- count tables (staff by education, by rank): each column's printed total against its counts.

The printed survey record, :class:`PrintedSurvey`, is defined in :mod:`lkjcalc.review` (so that
a check there can take it) and re-exported here: ``lkjcalc.report.PrintedSurvey`` is the same class.
The classes of this module are reached as ``lkjcalc.report.X``; they left ``lkjcalc.__all__`` in
version 0.2 (``lkjcalc.X`` still works, with a ``DeprecationWarning``), and only
:func:`review_report` stays in the facade.

References: PermenPANRB 53/2014 (LKjIP and its review); PermenPANRB 14/2017 (SKM); domain.md §7.
"""

from __future__ import annotations

import types
import warnings
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from lkjcalc._numeric import (
    Count,
    divide,
    multiply,
    percent,
    sum_decimals,
    to_non_negative_count,
)
from lkjcalc._validators import each_validator, instance_validator, str_validator
from lkjcalc.errors import InvalidTypeError, UndefinedResultError
from lkjcalc.performance import Indicator
from lkjcalc.review import (
    Figure,
    Finding,
    FindingKind,
    PrintedSurvey,
    Published,
    check_achievement,
    check_band,
    check_consistent,
    check_percentage,
    check_total,
    check_weights,
    to_code,
    to_figure,
    to_figures,
    to_optional_figure,
    to_year,
)

__all__ = [
    "BudgetRow",
    "BudgetTable",
    "CountTable",
    "ParticipationRow",
    "PerformanceBudgetRow",
    "PerformanceRow",
    "PrintedSurvey",
    "ProgressRow",
    "Report",
    "ShareRow",
    "review_report",
]

_IKM_CONVERSION = Decimal(25)  # PermenPANRB 14/2017: IKM unit pelayanan × 25


# ----------------------------------------------------------------------------- converters


def _to_non_civil_servants(value: Count) -> int:
    return to_non_negative_count(value, "non_civil_servants")


def _to_attendees(value: Count) -> int:
    return to_non_negative_count(value, "attendees")


def _counts(value: Mapping[str, Count]) -> types.MappingProxyType[str, int]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="counts", value=value, expected="a mapping label → count")
    return types.MappingProxyType(
        {to_code(k): to_non_negative_count(v, f"counts[{k!r}]") for k, v in value.items()}
    )


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(field="rows", value=value, expected="an iterable of rows")
    return tuple(value)


def _stated(value: Mapping[str, Figure]) -> types.MappingProxyType[str, Published]:
    figures = to_figures(value)
    return figures if figures is not None else types.MappingProxyType({})


# ----------------------------------------------------------------------------- the tables


@attrs.frozen(kw_only=True)
class PerformanceRow:
    """One indicator's row of a performance table as printed (*target, realisasi, capaian*).

    Any figure the table does not print is ``None`` (a comparison table prints realizations
    only). The year says which year's target and realization the row shows.

    Examples:
        >>> skm = Indicator(name="Survey Kepuasan Masyarakat", unit="indeks")
        >>> row = PerformanceRow(
        ...     indicator=skm,
        ...     year=2020,
        ...     target="85",
        ...     realization="85",
        ...     achievement="100%",
        ...     where="Tabel 1.1",
        ... )
        >>> row.achievement.value
        Decimal('100')
    """

    indicator: Indicator = attrs.field(validator=instance_validator(Indicator))
    year: int | None = attrs.field(default=None, converter=to_year)
    target: Published | None = attrs.field(default=None, converter=to_optional_figure)
    realization: Published | None = attrs.field(default=None, converter=to_optional_figure)
    achievement: Published | None = attrs.field(default=None, converter=to_optional_figure)
    where: str = attrs.field(validator=str_validator())


@attrs.frozen(kw_only=True)
class ProgressRow:
    """One indicator's Renstra progress as printed (*tingkat kemajuan*)."""

    indicator: Indicator = attrs.field(validator=instance_validator(Indicator))
    year: int | None = attrs.field(default=None, converter=to_year)
    final_target: Published = attrs.field(converter=to_figure)
    realization: Published = attrs.field(converter=to_figure)
    progress: Published = attrs.field(converter=to_figure)
    where: str = attrs.field(validator=str_validator())


@attrs.frozen(kw_only=True)
class ParticipationRow:
    """A Musrenbang participation computation as printed (counts and percentage).

    With an *indicator*, the printed percentage is also that indicator's realization for the year.
    """

    year: int | None = attrs.field(default=None, converter=to_year)
    non_civil_servants: int = attrs.field(converter=_to_non_civil_servants)
    attendees: int = attrs.field(converter=_to_attendees)
    percentage: Published = attrs.field(converter=to_figure)
    indicator: Indicator | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_validator(Indicator))
    )
    where: str = attrs.field(validator=str_validator())


@attrs.frozen(kw_only=True)
class BudgetRow:
    """One line of a budget realization table as printed (*anggaran, realisasi, %*)."""

    code: str = attrs.field(validator=str_validator())
    program: str = attrs.field(default="", validator=str_validator(allow_empty=True))
    activity: str = attrs.field(validator=str_validator())
    allocation: Published = attrs.field(converter=to_figure)
    realization: Published = attrs.field(converter=to_figure)
    absorption: Published | None = attrs.field(default=None, converter=to_optional_figure)


@attrs.frozen(kw_only=True)
class BudgetTable:
    """A budget realization table as printed: its lines and its printed totals (*jumlah*)."""

    rows: tuple[BudgetRow, ...] = attrs.field(converter=_tuple, validator=each_validator(BudgetRow))
    allocation_total: Published | None = attrs.field(default=None, converter=to_optional_figure)
    realization_total: Published | None = attrs.field(default=None, converter=to_optional_figure)
    where: str = attrs.field(validator=str_validator())

    @property
    def allocation(self) -> Decimal:
        """The sum of the lines' allocations, as printed."""
        return sum_decimals([row.allocation.value for row in self.rows])

    @property
    def realization(self) -> Decimal:
        """The sum of the lines' realizations, as printed."""
        return sum_decimals([row.realization.value for row in self.rows])


@attrs.frozen(kw_only=True)
class ShareRow:
    """A printed share of the budget (*% anggaran*): an amount and its percentage."""

    label: str = attrs.field(validator=str_validator())
    amount: Published = attrs.field(converter=to_figure)
    share: Published = attrs.field(converter=to_figure)
    where: str = attrs.field(validator=str_validator())


@attrs.frozen(kw_only=True)
class PerformanceBudgetRow:
    """The budget half of a performance-against-budget row (*alokasi, realisasi, capaian*).

    Args:
        indicator: the indicator the money was spent on.
        allocation: the printed allocation (*alokasi*, *pagu*).
        realization: the printed budget realization (*realisasi anggaran*); the keyword was
            ``spent`` before version 0.2.
        absorption: the printed absorption (*% penyerapan*), if printed.
        where: where the row is printed.

    Examples:
        The seed's table 3.2, first row:

        >>> row = PerformanceBudgetRow(
        ...     indicator=Indicator(name="SKM"),
        ...     allocation="Rp. 12.143.000,00",
        ...     realization="Rp. 12.143.000,00",
        ...     absorption="100%",
        ...     where="Tabel 3.2",
        ... )
        >>> row.realization.value
        Decimal('12143000.00')
    """

    indicator: Indicator = attrs.field(validator=instance_validator(Indicator))
    allocation: Published = attrs.field(converter=to_figure)
    realization: Published = attrs.field(converter=to_figure)
    absorption: Published | None = attrs.field(default=None, converter=to_optional_figure)
    where: str = attrs.field(validator=str_validator())

    @property
    def spent(self) -> Published:
        """Deprecated since 0.2: the printed budget realization, now :attr:`realization`."""
        warnings.warn(
            "PerformanceBudgetRow.spent is deprecated since lkjcalc 0.2; "
            "use PerformanceBudgetRow.realization",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.realization


@attrs.frozen(kw_only=True)
class CountTable:
    """A column of counts with its printed total (staff by education, by rank, ...).

    Examples:
        The seed's table 1.1, staff by education, against the 14 staff the text states:

        >>> column = CountTable(
        ...     counts={"S2": 2, "S1": 4, "D3": 0, "SMA": 7, "SMP": 0, "SD": 0},
        ...     total="14",
        ...     where="Tabel 1.1, pendidikan",
        ... )
        >>> [f.message for f in column.review()]
        ['printed 14, recomputed 13 (sum of 6 parts)']
    """

    counts: types.MappingProxyType[str, int] = attrs.field(converter=_counts)
    total: Published = attrs.field(converter=to_figure)
    where: str = attrs.field(validator=str_validator())

    def review(self) -> list[Finding]:
        """The printed total against the sum of the counts."""
        return check_total(list(self.counts.values()), self.total, where=self.where)


def _groups(
    value: Mapping[str, Mapping[str, Figure]],
) -> types.MappingProxyType[str, types.MappingProxyType[str, Published]]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="consistent", value=value, expected="what → {where → figure}")
    return types.MappingProxyType({to_code(what): _stated(group) for what, group in value.items()})


@attrs.frozen(kw_only=True)
class Report:
    """A whole performance report as printed, table by table (all parts optional).

    Args:
        title: the report's title.
        performance: performance rows of every table and year (the performance agreement's
            targets too, as rows with a target only).
        progress: Renstra progress rows.
        participation: Musrenbang participation computations.
        surveys: survey results.
        budget: the budget realization table.
        stated_budget_totals: the budget total wherever else it is stated (where → figure).
        shares: printed shares of the budget.
        performance_budget: the budget half of performance-against-budget rows.
        counts: count tables with printed totals.
        consistent: other figures that must read the same wherever printed
            (what → {where → figure}).
    """

    title: str = attrs.field(validator=str_validator())
    performance: tuple[PerformanceRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(PerformanceRow)
    )
    progress: tuple[ProgressRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(ProgressRow)
    )
    participation: tuple[ParticipationRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(ParticipationRow)
    )
    surveys: tuple[PrintedSurvey, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(PrintedSurvey)
    )
    budget: BudgetTable | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_validator(BudgetTable))
    )
    stated_budget_totals: types.MappingProxyType[str, Published] = attrs.field(
        factory=dict, converter=_stated
    )
    shares: tuple[ShareRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(ShareRow)
    )
    performance_budget: tuple[PerformanceBudgetRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(PerformanceBudgetRow)
    )
    counts: tuple[CountTable, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(CountTable)
    )
    consistent: types.MappingProxyType[str, types.MappingProxyType[str, Published]] = attrs.field(
        factory=dict, converter=_groups
    )

    def review(self) -> list[Finding]:
        """Every finding of :func:`review_report` for this report."""
        return review_report(self)


# ----------------------------------------------------------------------------- the review


def review_report(report: Report) -> list[Finding]:
    """Review a whole report (*reviu LKjIP*): every figure recomputed, every disagreement found.

    Args:
        report: the report as printed.

    Returns:
        Every :class:`~lkjcalc.review.Finding`, in the order of the checks listed in this
        module's documentation (performance, consistency, progress, participation, survey,
        budget, counts, other figures). Empty when every figure agrees.

    Raises:
        InvalidTypeError: *report* is not a :class:`Report`.

    References:
        PermenPANRB 53/2014; domain.md §7.

    Examples:
        >>> skm = Indicator(name="SKM", unit="indeks")
        >>> report = Report(
        ...     title="contoh",
        ...     performance=[
        ...         PerformanceRow(
        ...             indicator=skm,
        ...             year=2020,
        ...             target="85",
        ...             realization="85",
        ...             achievement="100%",
        ...             where="Tabel 1.1",
        ...         ),
        ...         PerformanceRow(indicator=skm, year=2020, target="80", where="Tabel 3.2"),
        ...     ],
        ... )
        >>> [str(f) for f in review_report(report)]
        ['[inconsistent] Tabel 3.2: the 2020 target of SKM is printed 80 here but 85 in Tabel 1.1']
    """
    if not isinstance(report, Report):
        raise InvalidTypeError(field="report", value=report, expected="a Report")
    found: list[Finding] = []
    found += _review_performance(report)
    found += _review_progress(report)
    found += _review_participation(report)
    for survey in report.surveys:
        found += _review_survey(survey)
    found += _review_budget(report)
    for table in report.counts:
        found += table.review()
    for what, group in report.consistent.items():
        found += check_consistent(group, what=what)
    return found


def _achievement_finding(
    row: PerformanceRow | ProgressRow,
    target: Published,
    realization: Published,
    printed: Published,
) -> list[Finding]:
    indicator = row.indicator
    try:
        return check_achievement(
            target,
            realization,
            printed,
            polarity=indicator.polarity,
            minimize_formula=indicator.minimize_formula,
            where=row.where,
        )
    except UndefinedResultError as err:
        message = f"printed {printed.text}, but the achievement is undefined: {err}"
        return [
            Finding(
                kind=FindingKind.ACHIEVEMENT, where=row.where, published=printed, message=message
            )
        ]


def _review_performance(report: Report) -> list[Finding]:
    found: list[Finding] = []
    for row in report.performance:
        if row.target is not None and row.realization is not None and row.achievement is not None:
            found += _achievement_finding(row, row.target, row.realization, row.achievement)
    found += _review_same_year(report)
    return found


def _review_same_year(report: Report) -> list[Finding]:
    """An indicator's target and realization for a year read the same wherever printed."""
    targets, realizations = _printed_per_year(report)
    found: list[Finding] = []
    for label, groups in (("target", targets), ("realization", realizations)):
        for (indicator, year), group in groups.items():
            when = f"{year} " if year is not None else ""
            found += check_consistent(group, what=f"the {when}{label} of {indicator.name}")
    return found


_PerYear = dict[tuple[Indicator, int | None], dict[str, Published]]


def _printed_per_year(report: Report) -> tuple[_PerYear, _PerYear]:
    """Every printed target and realization, by (indicator, year), then by where printed."""
    targets: _PerYear = {}
    realizations: _PerYear = {}
    for row in report.performance:
        if row.target is not None:
            targets.setdefault((row.indicator, row.year), {})[row.where] = row.target
        if row.realization is not None:
            realizations.setdefault((row.indicator, row.year), {})[row.where] = row.realization
    stated: list[tuple[Indicator | None, int | None, str, Published | None]] = [
        (p.indicator, p.year, p.where, p.realization) for p in report.progress
    ]
    stated += [(p.indicator, p.year, p.where, p.percentage) for p in report.participation]
    stated += [(s.indicator, s.year, s.where, s.ikm) for s in report.surveys]
    for indicator, year, where, figure in stated:
        if indicator is not None and figure is not None:
            realizations.setdefault((indicator, year), {})[where] = figure
    return targets, realizations


def _review_progress(report: Report) -> list[Finding]:
    found: list[Finding] = []
    for row in report.progress:
        found += _achievement_finding(row, row.final_target, row.realization, row.progress)
    return found


def _review_participation(report: Report) -> list[Finding]:
    found: list[Finding] = []
    counts: dict[int | None, dict[str, tuple[int, int]]] = {}
    for row in report.participation:
        try:
            found += check_percentage(
                row.non_civil_servants, row.attendees, row.percentage, where=row.where
            )
        except UndefinedResultError:
            message = f"printed {row.percentage.text}, but there were no attendees"
            found.append(
                Finding(
                    kind=FindingKind.PERCENTAGE,
                    where=row.where,
                    published=row.percentage,
                    message=message,
                )
            )
        counts.setdefault(row.year, {})[row.where] = (row.non_civil_servants, row.attendees)
    for year, group in counts.items():
        found += _attendance_findings(year, group)
    return found


def _attendance_findings(year: int | None, group: dict[str, tuple[int, int]]) -> list[Finding]:
    """The attendance counts of one year read the same wherever printed (majority first)."""
    pairs = list(group.values())
    reference_where, reference = max(group.items(), key=lambda item: pairs.count(item[1]))
    when = f" of {year}" if year is not None else ""
    return [
        Finding(
            kind=FindingKind.INCONSISTENT,
            where=where,
            message=f"the Musrenbang attendance{when} is printed {pair[0]}/{pair[1]} here but "
            f"{reference[0]}/{reference[1]} in {reference_where}",
        )
        for where, pair in group.items()
        if pair != reference
    ]


def _review_survey(survey: PrintedSurvey) -> list[Finding]:
    weights = _weight_values(survey)
    found = _nrr_out_of_range(survey)
    if weights is not None:
        found += check_weights(weights, where=survey.where)
    found += _weighted_nrr_findings(survey, weights)
    if survey.index is not None:
        found += _review_index(survey, survey.index, weights)
        found += _ikm_findings(survey, survey.index)
    if survey.grade is not None and survey.ikm is not None:
        found += check_band(survey.ikm, survey.grade, survey.scale, where=survey.where)
    return found


def _nrr_out_of_range(survey: PrintedSurvey) -> list[Finding]:
    return [
        Finding(
            kind=FindingKind.OUT_OF_RANGE,
            where=f"{survey.where}, {code}",
            published=figure,
            message=f"NRR {figure.text} lies outside the scale 1–4",
        )
        for code, figure in (survey.nrr or {}).items()
        if not 1 <= figure.value <= 4  # noqa: PLR2004 - the perception scale 1..4
    ]


def _weighted_nrr_findings(
    survey: PrintedSurvey, weights: dict[str, Decimal] | None
) -> list[Finding]:
    if survey.nrr is None or weights is None or survey.weighted_nrr is None:
        return []
    found: list[Finding] = []
    for code, figure in survey.weighted_nrr.items():
        if code not in survey.nrr or code not in weights:
            continue
        expected = multiply(survey.nrr[code].value, weights[code])
        if not figure.agrees(expected):
            found.append(
                Finding(
                    kind=FindingKind.VALUE,
                    where=f"{survey.where}, {code}",
                    published=figure,
                    expected=expected,
                    message=f"printed weighted NRR {figure.text}, recomputed {expected} "
                    f"(NRR {survey.nrr[code].text} × weight {weights[code]})",
                )
            )
    return found


def _ikm_findings(survey: PrintedSurvey, index: Published) -> list[Finding]:
    if survey.ikm is None:
        return []
    expected = multiply(index.value, _IKM_CONVERSION)
    if survey.ikm.agrees(expected):
        return []
    return [
        Finding(
            kind=FindingKind.VALUE,
            where=survey.where,
            published=survey.ikm,
            expected=expected,
            message=f"printed IKM {survey.ikm.text}, recomputed {expected} "
            f"(index {index.text} × 25)",
        )
    ]


def _weight_values(survey: PrintedSurvey) -> dict[str, Decimal] | None:
    if survey.weights is None:
        return None
    if isinstance(survey.weights, Published):
        if survey.nrr is None:
            return None
        return dict.fromkeys(survey.nrr, survey.weights.value)
    return {code: figure.value for code, figure in survey.weights.items()}


def _review_index(
    survey: PrintedSurvey, index: Published, weights: dict[str, Decimal] | None
) -> list[Finding]:
    if survey.weighted_nrr is not None:
        parts = [figure.value for figure in survey.weighted_nrr.values()]
        return check_total(parts, index, where=f"{survey.where}, index (Σ weighted NRR)")
    if survey.nrr is None or not survey.nrr:
        return []
    if weights is not None:
        terms = [
            multiply(figure.value, weights.get(code, Decimal(0)))
            for code, figure in survey.nrr.items()
        ]
        return check_total(terms, index, where=f"{survey.where}, index (Σ NRR × weight)")
    mean = divide(sum_decimals([f.value for f in survey.nrr.values()]), Decimal(len(survey.nrr)))
    return check_total([mean], index, where=f"{survey.where}, index (mean NRR, weights 1/k)")


def _review_budget(report: Report) -> list[Finding]:
    found: list[Finding] = []
    table = report.budget
    for pair in report.performance_budget:
        if pair.absorption is not None:
            found += _percentage_or_undefined(
                pair.realization, pair.allocation, pair.absorption, pair.where
            )
    if table is None:
        return found
    for row in table.rows:
        if row.absorption is not None:
            where = f"{table.where}, {row.code} {row.activity}"
            found += _percentage_or_undefined(
                row.realization, row.allocation, row.absorption, where
            )
    lines = [row.allocation.value for row in table.rows]
    realizations = [row.realization.value for row in table.rows]
    if table.allocation_total is not None:
        found += check_total(lines, table.allocation_total, where=f"{table.where}, jumlah anggaran")
    if table.realization_total is not None:
        found += check_total(
            realizations, table.realization_total, where=f"{table.where}, jumlah realisasi"
        )
    for where, figure in report.stated_budget_totals.items():
        found += [
            attrs.evolve(
                finding,
                message=f"printed {figure.text}, but the {len(lines)} lines of {table.where} "
                f"sum to {finding.expected}",
            )
            for finding in check_total(lines, figure, where=where)
        ]
    total = table.allocation
    for share in report.shares:
        found += _review_share(share, total, report)
    return found


def _percentage_or_undefined(
    part: Published, whole: Published, printed: Published, where: str
) -> list[Finding]:
    if whole.value.is_zero():
        message = f"printed {printed.text}, but the allocation is zero (absorption undefined)"
        return [
            Finding(kind=FindingKind.PERCENTAGE, where=where, published=printed, message=message)
        ]
    return check_percentage(part, whole, printed, where=where)


def _review_share(share: ShareRow, total: Decimal, report: Report) -> list[Finding]:
    if total.is_zero():
        return []
    found = check_percentage(share.amount, total, share.share, where=share.where)
    if not found:
        return found
    # Name the denominator the share was taken on, when one of the printed totals explains it.
    for where, figure in report.stated_budget_totals.items():
        if not figure.value.is_zero() and share.share.agrees(
            percent(share.amount.value, figure.value)
        ):
            hint = (
                f"; it is the share of {figure.text} stated in {where}, not of the budget's lines"
            )
            return [attrs.evolve(found[0], message=found[0].message + hint)]
    return found
