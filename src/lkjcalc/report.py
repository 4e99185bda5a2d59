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

import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from lkjcalc._frozen import FrozenMap
from lkjcalc._numeric import Count, subtract, sum_decimals, to_non_negative_count
from lkjcalc._validators import each_validator, instance_validator, str_validator
from lkjcalc.errors import InvalidTypeError
from lkjcalc.performance import Indicator
from lkjcalc.review import (
    Figure,
    FigureKind,
    Finding,
    FindingKind,
    PrintedSurvey,
    Published,
    check_absorption,
    check_achievement,
    check_consistent,
    check_ikm,
    check_percentage,
    check_total,
    name_fields,
    show,
    to_code,
    to_figure,
    to_figures,
    to_optional_figure,
    to_year,
)

if TYPE_CHECKING:
    from decimal import Decimal

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

RUPIAH = FigureKind.RUPIAH

# ----------------------------------------------------------------------------- converters


def _to_non_civil_servants(value: Count) -> int:
    return to_non_negative_count(value, "non_civil_servants")


def _to_attendees(value: Count) -> int:
    return to_non_negative_count(value, "attendees")


def _counts(value: Mapping[str, Count]) -> FrozenMap[str, int]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="counts", value=value, expected="a mapping label → count")
    return FrozenMap(
        (to_code(k), to_non_negative_count(v, f"counts[{k!r}]")) for k, v in value.items()
    )


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(field="rows", value=value, expected="an iterable of rows")
    return tuple(value)


def _stated(value: Mapping[str, Figure]) -> FrozenMap[str, Published]:
    figures = to_figures(value)
    return figures if figures is not None else FrozenMap()


# ----------------------------------------------------------------------------- the tables


# Converters of the printed figures, each naming its field in an error.


@attrs.frozen(kw_only=True, field_transformer=name_fields())
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


@attrs.frozen(kw_only=True, field_transformer=name_fields())
class ProgressRow:
    """One indicator's Renstra progress as printed (*tingkat kemajuan*)."""

    indicator: Indicator = attrs.field(validator=instance_validator(Indicator))
    year: int | None = attrs.field(default=None, converter=to_year)
    final_target: Published = attrs.field(converter=to_figure)
    realization: Published = attrs.field(converter=to_figure)
    progress: Published = attrs.field(converter=to_figure)
    where: str = attrs.field(validator=str_validator())


@attrs.frozen(kw_only=True, field_transformer=name_fields())
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


@attrs.frozen(kw_only=True, field_transformer=name_fields())
class BudgetRow:
    """One line of a budget realization table as printed (*anggaran, realisasi, %*)."""

    code: str = attrs.field(validator=str_validator())
    program: str = attrs.field(default="", validator=str_validator(allow_empty=True))
    activity: str = attrs.field(validator=str_validator())
    allocation: Published = attrs.field(converter=to_figure)
    realization: Published = attrs.field(converter=to_figure)
    absorption: Published | None = attrs.field(default=None, converter=to_optional_figure)


@attrs.frozen(kw_only=True, field_transformer=name_fields())
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


@attrs.frozen(kw_only=True, field_transformer=name_fields())
class ShareRow:
    """A printed share of the budget (*% anggaran*): an amount and its percentage."""

    label: str = attrs.field(validator=str_validator())
    amount: Published = attrs.field(converter=to_figure)
    share: Published = attrs.field(converter=to_figure)
    where: str = attrs.field(validator=str_validator())


@attrs.frozen(kw_only=True, field_transformer=name_fields())
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


@attrs.frozen(kw_only=True, field_transformer=name_fields())
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

    counts: FrozenMap[str, int] = attrs.field(converter=_counts)
    total: Published = attrs.field(converter=to_figure)
    where: str = attrs.field(validator=str_validator())

    def review(self) -> list[Finding]:
        """The printed total against the sum of the counts."""
        # Counts are exact, and a whole-number total is read as exact by check_total.
        return check_total(list(self.counts.values()), self.total, where=self.where)


def _groups(
    value: Mapping[str, Mapping[str, Figure]],
) -> FrozenMap[str, FrozenMap[str, Published]]:
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field="consistent", value=value, expected="what → {where → figure}")
    return FrozenMap((to_code(what), _stated(group)) for what, group in value.items())


@attrs.frozen(kw_only=True, field_transformer=name_fields())
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
    stated_budget_totals: FrozenMap[str, Published] = attrs.field(factory=dict, converter=_stated)
    shares: tuple[ShareRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(ShareRow)
    )
    performance_budget: tuple[PerformanceBudgetRow, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(PerformanceBudgetRow)
    )
    counts: tuple[CountTable, ...] = attrs.field(
        default=(), converter=_tuple, validator=each_validator(CountTable)
    )
    consistent: FrozenMap[str, FrozenMap[str, Published]] = attrs.field(
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
        found += check_ikm(survey)
    found += _review_budget(report)
    for table in report.counts:
        found += table.review()
    for what, group in report.consistent.items():
        found += check_consistent(group, what=what)
    return found


def _exact(figure: Published) -> Published:
    """A printed count, amount or target: exactly what it says (domain.md §7)."""
    return figure if figure.exact is not None else attrs.evolve(figure, exact=True)


def _review_performance(report: Report) -> list[Finding]:
    found: list[Finding] = []
    for row in report.performance:
        if row.target is not None and row.realization is not None and row.achievement is not None:
            # Every option of the indicator: polarity, formula, allow_negative, cap.
            found += check_achievement(
                row.target,
                row.realization,
                row.achievement,
                indicator=row.indicator,
                where=row.where,
            )
    found += _review_same_year(report)
    return found


def _review_same_year(report: Report) -> list[Finding]:
    """An indicator's target and realization for a year read the same wherever printed."""
    targets, realizations = _printed_per_year(report)
    found: list[Finding] = []
    for label, name, groups in (
        ("target", "target", targets),
        ("realization", "realisasi", realizations),
    ):
        for (indicator, year), group in groups.items():
            what = {
                "en": f"the {'' if year is None else f'{year} '}{label} of {indicator.name}",
                "id": f"{name} {'' if year is None else f'{year} '}{indicator.name}",
            }
            found += check_consistent(group, what=what)
    return found


_PerYear = dict[tuple[Indicator, int | None], dict[str, Published]]


def _printed_per_year(report: Report) -> tuple[_PerYear, _PerYear]:
    """Every printed target and realization, by (indicator, year), then by where printed."""
    targets: _PerYear = {}
    realizations: _PerYear = {}
    for row in report.performance:
        if row.target is not None:
            targets.setdefault((row.indicator, row.year), {})[row.where] = _exact(row.target)
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
        indicator = row.indicator
        # Renstra progress takes the indicator's options but no cap (Indicator.progress).
        found += check_achievement(
            row.final_target,
            row.realization,
            row.progress,
            polarity=indicator.polarity,
            minimize_formula=indicator.minimize_formula,
            allow_negative=indicator.allow_negative,
            where=row.where,
        )
    return found


def _review_participation(report: Report) -> list[Finding]:
    found: list[Finding] = []
    counts: dict[int | None, dict[str, tuple[int, int]]] = {}
    for row in report.participation:
        found += check_percentage(
            row.non_civil_servants, row.attendees, row.percentage, where=row.where
        )
        counts.setdefault(row.year, {})[row.where] = (row.non_civil_servants, row.attendees)
    for year, group in counts.items():
        found += _attendance_findings(year, group)
    return found


def _attendance_findings(year: int | None, group: dict[str, tuple[int, int]]) -> list[Finding]:
    """The attendance counts of one year read the same wherever printed (majority first)."""
    pairs = list(group.values())
    reference_where, reference = max(group.items(), key=lambda item: pairs.count(item[1]))
    when = "" if year is None else f" of {year}"
    tahun = "" if year is None else f" {year}"
    return [
        Finding(
            kind=FindingKind.INCONSISTENT,
            where=where,
            message=f"the Musrenbang attendance{when} is printed {pair[0]}/{pair[1]} here but "
            f"{reference[0]}/{reference[1]} in {reference_where}",
            indonesian=f"jumlah peserta Musrenbang{tahun} tercantum {pair[0]}/{pair[1]}, "
            f"tidak sesuai dengan {reference[0]}/{reference[1]} pada {reference_where}",
        )
        for where, pair in group.items()
        if pair != reference
    ]


def _review_budget(report: Report) -> list[Finding]:
    found: list[Finding] = []
    table = report.budget
    for pair in report.performance_budget:
        if pair.absorption is not None:
            found += check_absorption(
                pair.allocation, pair.realization, pair.absorption, where=pair.where
            )
    if table is None:
        return found
    for row in table.rows:
        if row.absorption is not None:
            where = f"{table.where}, {row.code} {row.activity}"
            found += check_absorption(row.allocation, row.realization, row.absorption, where=where)
    # Rupiah amounts are exact, whatever their decimals.
    lines = [_exact(row.allocation) for row in table.rows]
    realizations = [_exact(row.realization) for row in table.rows]
    if table.allocation_total is not None:
        found += check_total(
            lines, _exact(table.allocation_total), where=f"{table.where}, jumlah anggaran"
        )
    if table.realization_total is not None:
        found += check_total(
            realizations,
            _exact(table.realization_total),
            where=f"{table.where}, jumlah realisasi",
        )
    for where, figure in report.stated_budget_totals.items():
        found += [
            _stated_total(finding, figure, len(lines), table.where)
            for finding in check_total(lines, _exact(figure), where=where)
        ]
    for share in report.shares:
        found += _review_share(share, table.allocation, report)
    return found


def _stated_total(finding: Finding, figure: Published, count: int, table: str) -> Finding:
    """A budget total stated elsewhere that is not the sum of the table's lines."""
    total = finding.expected
    assert total is not None  # noqa: S101 - a total finding has its sum
    gap = {
        lang: show(subtract(figure.value, total).copy_abs(), lang, kind=RUPIAH)
        for lang in ("en", "id")
    }
    return attrs.evolve(
        finding,
        message=f"printed {figure.text}, but the {count} lines of {table} sum to "
        f"{show(total, 'en', kind=RUPIAH)} (a difference of {gap['en']})",
        indonesian=f"tercantum {figure.text}, sedangkan {count} baris {table} berjumlah "
        f"{show(total, 'id', kind=RUPIAH)} (terdapat selisih {gap['id']})",
    )


def _review_share(share: ShareRow, total: Decimal, report: Report) -> list[Finding]:
    amount = _exact(share.amount)
    found = check_percentage(amount, total, share.share, where=share.where)
    if not found or found[0].kind is FindingKind.UNDEFINED:
        return found
    # Name the denominator the share was taken on, when one of the printed totals explains it.
    for where, figure in report.stated_budget_totals.items():
        if not check_percentage(amount, _exact(figure), share.share):
            return [
                attrs.evolve(
                    found[0],
                    message=f"{found[0].message}; it is the share of {figure.text} stated in "
                    f"{where}, not of the budget's lines",
                    indonesian=f"{found[0].indonesian}; persentase itu dihitung dari "
                    f"{figure.text} yang tercantum pada {where}, bukan dari jumlah baris anggaran",
                )
            ]
    return found
