"""Performance against budget: :class:`PerformanceBudget`, one indicator beside its money.

One row of the tables "Perbandingan Pencapaian Kinerja dan Anggaran" and "Efisiensi Penggunaan
Sumber Daya" (domain.md §5): the indicator's achievement beside the absorption of its
allocation, with the efficiency figures, and its display.

Internal to :mod:`lkjcalc.budget` (the public names are re-exported there).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from lkjcalc._display import FigureText, compact, defined, figure, plain, table
from lkjcalc._numeric import ZERO, Number, plain_decimal, to_decimal
from lkjcalc.budget._formulas import (
    absorption,
    check_amount,
    efficiency_band,
    efficiency_gap,
    efficiency_index,
    unspent_share,
)
from lkjcalc.budget._lines import Budget, BudgetLine, percent_text, to_allocation, to_realization
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.performance import Indicator, Target

if TYPE_CHECKING:
    from collections.abc import Callable

    from lkjcalc.scales import Band


def _to_budget_realization(value: Number) -> Decimal:
    return plain_decimal(to_decimal(value, "budget_realization"))


def _to_target(value: Number | Target) -> Target:
    if isinstance(value, Target):
        return value
    return Target.point(to_decimal(value, "target"))


def _check_indicator(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Indicator):
        raise InvalidTypeError(field=attr.name, value=value, expected="a lkjcalc.Indicator")


def _check_performance_realization(
    inst: PerformanceBudget, attr: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < ZERO and not inst.indicator.allow_negative:
        raise InvalidInputError(
            field=attr.name,
            value=value,
            expected="a realization >= 0 (the indicator does not allow negative values)",
        )


@attrs.frozen(kw_only=True)
class PerformanceBudget:
    """Performance against budget for one indicator (*perbandingan capaian kinerja dan anggaran*).

    One row of the tables "Perbandingan Pencapaian Kinerja dan Anggaran" and "Efisiensi
    Penggunaan Sumber Daya": the indicator's target, realization and achievement beside the
    allocation, realization and absorption of the money spent on it, with the efficiency
    figures. Every figure is a property computed from the inputs; ``repr`` and the notebook
    table show them rounded to 2 places (4 for the index), the properties are exact.

    Args:
        indicator: the :class:`~lkjcalc.Indicator` (its polarity decides the achievement).
        target: its target, a number or a :class:`~lkjcalc.Target`.
        realization: its realization (performance).
        allocation: the allocation for it (*alokasi*), rupiah >= 0.
        budget_realization: the amount spent on it (*realisasi anggaran*), rupiah >= 0. The
            one qualified name of the budget realization: this row holds two realizations side
            by side, the indicator's (*realization*) and the budget's; everywhere else
            (:class:`BudgetLine`, :class:`Budget`, :func:`absorption`) it is *realization*.

    Examples:
        The seed's table 3.2, first row (SKM: target 85, realization 85; Rp 12.143.000,00
        allocated and spent):

        >>> skm = Indicator(name="Survey Kepuasan Masyarakat", unit="indeks")
        >>> row = PerformanceBudget(
        ...     indicator=skm,
        ...     target=85,
        ...     realization=85,
        ...     allocation="12143000.00",
        ...     budget_realization="12143000.00",
        ... )
        >>> row.achievement, row.absorption, row.efficiency_gap, row.efficiency_index
        (Decimal('100'), Decimal('100'), Decimal('0'), Decimal('1'))
        >>> row
        <PerformanceBudget 'Survey Kepuasan Masyarakat': target 85, realization 85,
         achievement 100.00%; allocation 12143000.00, spent 12143000.00, absorption 100.00%;
         efficiency gap 0.00 pp, index 1.0000>
    """

    indicator: Indicator = attrs.field(validator=_check_indicator)
    target: Target = attrs.field(converter=_to_target)
    realization: Decimal = attrs.field(
        converter=to_realization, validator=_check_performance_realization
    )
    allocation: Decimal = attrs.field(converter=to_allocation, validator=check_amount)
    budget_realization: Decimal = attrs.field(
        converter=_to_budget_realization, validator=check_amount
    )

    @classmethod
    def from_budget(
        cls,
        indicator: Indicator,
        *,
        target: Number | Target,
        realization: Number,
        budget: BudgetLine | Budget,
    ) -> PerformanceBudget:
        """The row of an indicator financed by one budget line, or by a budget of lines.

        Args:
            indicator: the indicator.
            target: its target.
            realization: its realization.
            budget: the :class:`BudgetLine` or :class:`Budget` that finances it; its allocation
                and realization (sums of lines for a budget) become the row's.

        Examples:
            The seed's SKM is financed by line VI.5, "Pelayanan Administrasi Umum dan
            Kependudukan":

            >>> line = BudgetLine(
            ...     program="Program Peningkatan Pelayanan Kecamatan",
            ...     activity="Pelayanan Administrasi Umum dan Kependudukan",
            ...     allocation="12143000.00",
            ...     realization="12143000.00",
            ... )
            >>> row = PerformanceBudget.from_budget(
            ...     Indicator(name="SKM"), target=85, realization=85, budget=line
            ... )
            >>> row.absorption
            Decimal('100')
        """
        if not isinstance(budget, (BudgetLine, Budget)):
            raise InvalidTypeError(
                field="budget", value=budget, expected="a BudgetLine or a Budget"
            )
        return cls(
            indicator=indicator,
            target=target,
            realization=realization,
            allocation=budget.allocation,
            budget_realization=budget.realization,
        )

    @property
    def achievement(self) -> Decimal:
        """The indicator's achievement in percent (*capaian*; see :func:`~lkjcalc.achievement`)."""
        return self.indicator.achievement(self.target, self.realization)

    @property
    def absorption(self) -> Decimal:
        """Absorption of the allocation in percent (see :func:`absorption`)."""
        return absorption(self.allocation, self.budget_realization)

    @property
    def efficiency_gap(self) -> Decimal:
        """Achievement − absorption, in percentage points (see :func:`efficiency_gap`)."""
        return efficiency_gap(self.achievement, self.absorption)

    @property
    def efficiency_index(self) -> Decimal:
        """Achievement / absorption, a ratio (see :func:`efficiency_index`)."""
        return efficiency_index(self.achievement, self.absorption)

    @property
    def unspent_share(self) -> Decimal:
        """Share of the allocation left unspent, in percent (see :func:`unspent_share`)."""
        return unspent_share(self.allocation, self.budget_realization)

    @property
    def efficiency_band(self) -> Band:
        """Kepmendagri 690.900.327/1996 band of the absorption (see :func:`efficiency_band`)."""
        return efficiency_band(self.absorption)

    def _figures(self) -> dict[str, Decimal | None]:
        """The derived figures, ``None`` where one has no value (see :func:`_display.defined`)."""
        return {
            "achievement": defined(lambda: self.achievement),
            "absorption": defined(lambda: self.absorption),
            "gap": defined(lambda: self.efficiency_gap),
            "index": defined(lambda: self.efficiency_index),
        }

    def __repr__(self) -> str:
        f = self._figures()
        gap = plain(f["gap"], 2)
        return compact(
            "PerformanceBudget",
            (
                f"target {_target_text(self.target, plain)}",
                f"realization {plain(self.realization)}",
                f"achievement {percent_text(f['achievement'])}",
            ),
            (
                f"allocation {plain(self.allocation, 2)}",
                f"spent {plain(self.budget_realization, 2)}",
                f"absorption {percent_text(f['absorption'])}",
            ),
            (
                f"efficiency gap {gap}{'' if f['gap'] is None else ' pp'}",
                f"index {plain(f['index'], 4)}",
            ),
            subject=repr(self.indicator.name),
        )

    def _repr_html_(self) -> str:
        """The row as a small HTML table for notebooks, laid out as the seed's table 3.2."""
        f = self._figures()
        row = (
            self.indicator.name,
            FigureText(_target_text(self.target, figure)),
            figure(self.realization),
            figure(f["achievement"], 2),
            figure(self.allocation, 2),
            figure(self.budget_realization, 2),
            figure(f["absorption"], 2),
            figure(f["gap"], 2),
            figure(f["index"], 4),
        )
        return table(
            caption="Perbandingan capaian kinerja dan anggaran",
            columns=(
                "Indikator",
                "Target",
                "Realisasi",
                "Capaian (%)",
                "Alokasi (Rp)",
                "Realisasi (Rp)",
                "Penyerapan (%)",
                "Selisih (poin)",
                "Indeks",
            ),
            groups=((None, 1), ("Kinerja", 3), ("Anggaran", 3), ("Efisiensi", 2)),
            rows=[row],
        )


def _target_text(target: Target, show: Callable[[Decimal], str]) -> str:
    """A target as shown: ``85``, or ``80–90`` for a range."""
    if target.is_range:
        return f"{show(target.lower)}–{show(target.upper)}"
    return show(target.lower)
