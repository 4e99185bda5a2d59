"""Budget (*anggaran*): lines, totals, absorption, shares and the several kinds of "efficiency".

Chapter III of an LKjIP sets performance against money. Every figure here is derived from the
budget lines (*rincian anggaran*: program → activity, allocation, realization); a total is always
the sum of its lines and is never entered by hand (domain.md §5).

Sources:

- Absorption (*penyerapan*, *serapan anggaran*) R / A × 100: LKjIP practice (domain.md §5).
- Share of a line in the budget (*% anggaran*) A_line / A_total × 100: the seed report, LKj
  Kecamatan Bantur 2020, BAB III table 3.1.
- "Efficiency" (*efisiensi*): reports use at least four formulas under that one word, so each has
  its own function and none is "the" efficiency: :func:`efficiency_gap` (kecamatan LKjIPs),
  :func:`efficiency_index` (BPOM units), :func:`unspent_share` (reports that count the unspent
  budget as savings) and :func:`efficiency_band` (Kepmendagri 690.900.327/1996 ratio bands,
  :data:`lkjcalc.scales.BUDGET_EFFICIENCY_1996`). The three that read performance or spending
  as a ratio take percents (``achievement_pct``, ``absorption_pct``); :func:`unspent_share`
  takes the two amounts, as :func:`absorption` does.

Amounts are rupiah in ``Decimal``, non-negative; a realization above its allocation is allowed
(over-spending happens) and shows in :attr:`BudgetLine.is_over_budget` and
:attr:`Budget.over_budget`. Results are exact and unrounded, in percent unless stated.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, overload

import attrs

from lkjcalc._display import FigureText, compact, defined, figure, plain, table
from lkjcalc._numeric import (
    ZERO,
    Number,
    divide,
    percent,
    subtract,
    sum_decimals,
    to_decimal,
)
from lkjcalc._validators import optional_str_validator, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError, LkjcalcError
from lkjcalc.performance import Indicator, Target
from lkjcalc.scales import BUDGET_EFFICIENCY_1996, Band, Scale

__all__ = [
    "Budget",
    "BudgetLine",
    "PerformanceBudget",
    "absorption",
    "efficiency_band",
    "efficiency_gap",
    "efficiency_index",
    "share",
    "unspent_share",
]

_AMOUNT = "a rupiah amount >= 0"


# ----------------------------------------------------------------------------- formulas


def _amount(value: object, name: str) -> Decimal:
    """Coerce a rupiah amount and check that it is not negative."""
    number = to_decimal(value, name)
    if number < ZERO:
        raise InvalidInputError(field=name, value=value, expected=_AMOUNT)
    return number


def absorption(allocation: Number, realization: Number) -> Decimal:
    """Budget absorption (*penyerapan anggaran*, *serapan*), in percent.

    How much of an allocation (*anggaran*, *pagu*) was spent. Above 100 means over-spending, which
    is allowed but should be looked at.

    Args:
        allocation: the allocation A, rupiah >= 0.
        realization: the realization R (*realisasi anggaran*), rupiah >= 0.

    Returns:
        R / A × 100, exact and unrounded.

    Raises:
        InvalidInputError: a negative amount, or a value that is not a number.
        UndefinedResultError: A = 0 (nothing was allocated).

    Notes:
        ``absorption = R / A × 100``.

    References:
        LKjIP practice (domain.md §5); the seed, BAB III table "Realisasi Anggaran", column %.

    Examples:
        The seed's line VI.5, "Pelayanan Administrasi Umum dan Kependudukan", fully spent:

        >>> absorption("12143000.00", "12143000.00")
        Decimal('100')

        Line I.4 spends all of its 131.137.800,00 too (100 %), although the report prints 98 %.
        LAKIP Itjen 2019, table III.5, prints 98,40 % for:

        >>> absorbed = absorption("106439453000.00", "104734936307.00")
        >>> absorbed
        Decimal('98.398604422553731086911917895707337...')
        >>> from lkjcalc import round_half_up
        >>> round_half_up(absorbed, 2)
        Decimal('98.40')
        >>> absorption(0, 5)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: absorption is undefined: the denominator is zero ...
    """
    a = _amount(allocation, "allocation")
    r = _amount(realization, "realization")
    return percent(r, a, what="absorption", why="nothing was allocated (allocation 0)")


def share(part: Number, total: Number) -> Decimal:
    """Share of an allocation in the total budget (*% anggaran*), in percent.

    Args:
        part: the allocation of a line, a program or an objective, rupiah >= 0.
        total: the total allocation, rupiah >= *part*.

    Returns:
        part / total × 100, exact and unrounded.

    Raises:
        InvalidInputError: a negative amount, or a part larger than the total (checked first).
        UndefinedResultError: a total of 0.

    Notes:
        ``share = part / total × 100``. The shares of all the lines of a budget sum to 100; use
        :meth:`Budget.share` so that the total is the sum of the lines.

    References:
        The seed, BAB III table 3.1 (*Alokasi per sasaran*, column "% Anggaran").

    Examples:
        The seed's table 3.1 prints 1,907 % for the SKM's Rp 12.143.000 and 2,642 % for the
        Musrenbang's Rp 16.820.500. Both are taken on the Rp 636.541.800 of the text; the
        budget table's lines sum to Rp 692.541.800:

        >>> share(12143000, 636541800)  # printed 1,907: truncated, it rounds to 1,908
        Decimal('1.9076516263346727583326028235694812...')
        >>> share(16820500, 636541800)  # printed 2,642
        Decimal('2.6424816092203214305800498883184105...')
        >>> share(12143000, 692541800)  # on the sum of the lines: 1,753 %, not 1,907 %
        Decimal('1.7533959683011191526634204606855499...')
        >>> share(5, 4)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.InvalidInputError: part: got 5, expected at most the total (4)
    """
    p = _amount(part, "part")
    t = _amount(total, "total")
    if p > t:
        raise InvalidInputError(field="part", value=part, expected=f"at most the total ({t})")
    return percent(p, t, what="share", why="the total allocation is 0")


def _to_absorption_pct(absorption_pct: object) -> Decimal:
    absorbed = to_decimal(absorption_pct, "absorption_pct")
    if absorbed < ZERO:
        raise InvalidInputError(
            field="absorption_pct", value=absorption_pct, expected="an absorption >= 0 (percent)"
        )
    return absorbed


def _achievement_and_absorption(
    achievement_pct: Number, absorption_pct: Number
) -> tuple[Decimal, Decimal]:
    achieved = to_decimal(achievement_pct, "achievement_pct")
    return achieved, _to_absorption_pct(absorption_pct)


def efficiency_gap(achievement_pct: Number, absorption_pct: Number) -> Decimal:
    """Efficiency as a gap (*tingkat efisiensi*, kecamatan style), in percentage points.

    Performance achieved minus budget absorbed: above 0 the unit achieved more than it spent
    (efficient), 0 means as much as it spent, below 0 it spent more than it achieved.

    Args:
        achievement_pct: the indicator's achievement (*% capaian kinerja*), in percent; may be
            negative (the minimize mirror formula goes below 0).
        absorption_pct: the absorption of its budget (*% penyerapan anggaran*), percent >= 0.

    Returns:
        achievement − absorption, in percentage points, exact.

    Raises:
        InvalidInputError: a negative absorption, or a value that is not a number.

    Notes:
        ``gap = achievement % − absorption %``. Used by kecamatan (sub-district) LKjIPs in a
        table "Efisiensi Penggunaan Sumber Daya" with the columns "% capaian kinerja",
        "% penyerapan anggaran" and "tingkat efisiensi". Compare with :func:`efficiency_index`,
        which divides the same two figures.

    References:
        LKjIP practice of kecamatan (domain.md §5, efficiency 1); the seed, BAB III table 3.3.

    Examples:
        The seed's table 3.3: both indicators achieved 100 % and absorbed 100 %; the report
        prints "-" as the efficiency, that is, no gap:

        >>> efficiency_gap(100, 100)
        Decimal('0')
        >>> efficiency_gap("99.92", "93.99978274733383238883726772")  # achieved more than spent
        Decimal('5.92021725266616761116273228')
    """
    achieved, absorbed = _achievement_and_absorption(achievement_pct, absorption_pct)
    return subtract(achieved, absorbed)


def efficiency_index(achievement_pct: Number, absorption_pct: Number) -> Decimal:
    """Efficiency index (*indeks efisiensi*, IE, BPOM style): achievement over absorption, a ratio.

    1 means the unit achieved exactly as much as it spent; above 1 is efficient. BPOM units
    compare IE with a standard efficiency SE = 1 and call "1 ≤ IE ≤ 1,81" efficient; they also
    print the efficiency level (*tingkat efisiensi*) TE = IE − 1.

    Args:
        achievement_pct: the indicator's achievement (*% capaian output*), in percent.
        absorption_pct: the absorption of its budget (*% capaian input*), percent >= 0.

    Returns:
        achievement / absorption, a ratio (not percent), exact and unrounded.

    Raises:
        InvalidInputError: a negative absorption, or a value that is not a number.
        UndefinedResultError: an absorption of 0 (nothing was spent).

    Notes:
        ``IE = achievement % / absorption %``; ``TE = IE − 1``. Compare with
        :func:`efficiency_gap`, which subtracts the same two figures.

    References:
        BPOM practice (domain.md §5, efficiency 2): Laporan Kinerja PRKOM (BPOM) 2021, table 28
        "Analisis Tingkat Efisiensi Kegiatan"; Laporan Kinerja BBPOM di Yogyakarta 2020.

    Examples:
        The seed's table 3.3 (100 % achieved, 100 % absorbed):

        >>> efficiency_index(100, 100)
        Decimal('1')

        PRKOM 2021, table 28: achievement 99,92 %, absorption 6.495.748.767 / 6.910.387.000
        = 94,00 %, printed IE 1,063 and TE 0,063:

        >>> index = efficiency_index("99.92", absorption(6910387000, 6495748767))
        >>> index
        Decimal('1.0629811801648454979416539987005935...')
        >>> from lkjcalc import round_half_up
        >>> round_half_up(index, 3), round_half_up(index - 1, 3)
        (Decimal('1.063'), Decimal('0.063'))
        >>> efficiency_index(100, 0)
        Traceback (most recent call last):
        ...
        lkjcalc.errors.UndefinedResultError: the efficiency index is undefined: ...
    """
    achieved, absorbed = _achievement_and_absorption(achievement_pct, absorption_pct)
    return divide(
        achieved,
        absorbed,
        what="the efficiency index",
        why="nothing was spent (absorption 0); compare with efficiency_gap() instead",
    )


def unspent_share(allocation: Number, realization: Number) -> Decimal:
    """Unspent share of an allocation (*sisa anggaran*, as *efisiensi anggaran*), in percent.

    Some reports call the part of the budget left unspent "efficiency": 11 % "efisiensi
    anggaran" means 11 % of the allocation was not spent. It says nothing about performance;
    read it beside the achievement. Negative when more than the allocation was spent.

    Args:
        allocation: the allocation A, rupiah >= 0.
        realization: the realization R, rupiah >= 0.

    Returns:
        (1 − R / A) × 100 = (A − R) / A × 100, exact and unrounded.

    Raises:
        InvalidInputError: a negative amount, or a value that is not a number.
        UndefinedResultError: A = 0.

    Notes:
        ``unspent share = (A − R) / A × 100 = 100 − absorption``.

    References:
        LKjIP practice (domain.md §5, efficiency 3): provincial LKjIPs that analyse efficiency
        "berdasarkan sisa anggaran yang tidak terserap".

    Examples:
        The seed spends every line in full (table "Realisasi Anggaran"), so nothing is left:

        >>> unspent_share("692541800.00", "692541800.00")
        Decimal('0')
        >>> unspent_share(6910387000, 6495748767)  # PRKOM 2021, table 28: 94,00 % absorbed
        Decimal('6.0002172526661676111627322753414533...')
    """
    a = _amount(allocation, "allocation")
    r = _amount(realization, "realization")
    return percent(subtract(a, r), a, what="the unspent share", why="nothing was allocated")


@overload
def efficiency_band(absorption_pct: Number, *, scale: Scale = ...) -> Band: ...


@overload
def efficiency_band(  # deprecated since 0.2: (allocation, realization)
    absorption_pct: Number, realization: Number, *, scale: Scale = ...
) -> Band: ...


@overload
def efficiency_band(  # deprecated since 0.2: (allocation=, realization=)
    *, allocation: Number, realization: Number, scale: Scale = ...
) -> Band: ...


def efficiency_band(
    absorption_pct: Number | None = None,
    realization: Number | None = None,
    *,
    scale: Scale = BUDGET_EFFICIENCY_1996,
    allocation: Number | None = None,
) -> Band:
    """Efficiency band of an absorption (*kriteria efisiensi*, Kepmendagri 690.900.327/1996).

    The ratio of the regulation is realization / allocation × 100, that is, the absorption
    (:func:`absorption`), read on a scale where *lower* is more efficient: ≥ 100 tidak efisien
    (TE), ≥ 90 kurang efisien (KE), ≥ 80 cukup efisien (CE), ≥ 60 efisien (E), below 60 sangat
    efisien (SE). The scale rounds the absorption half up to 2 places first. Like its siblings
    :func:`efficiency_gap` and :func:`efficiency_index`, it takes the absorption in percent.

    Args:
        absorption_pct: the absorption R / A × 100 (*% penyerapan anggaran*), percent >= 0.
        scale: the scale to read it on (default :data:`lkjcalc.scales.BUDGET_EFFICIENCY_1996`).
        realization: deprecated since 0.2, with *allocation*: the two amounts of the former
            call ``efficiency_band(allocation, realization)``, which still works with a
            ``DeprecationWarning``; write ``efficiency_band(absorption(allocation, realization))``.
        allocation: deprecated since 0.2, see *realization*.

    Returns:
        The band of the rounded absorption.

    Raises:
        InvalidInputError: a negative absorption (or amount); a scale that is not a
            :class:`~lkjcalc.Scale`.
        UndefinedResultError: (the deprecated call) A = 0.

    References:
        Kepmendagri 690.900.327/1996 (financial performance assessment), as applied in practice;
        domain.md §3 scale 6 and §5 efficiency 4.

    Examples:
        The seed's whole budget, spent in full (100 %), is "tidak efisien" on this scale: it
        reads spending, not performance:

        >>> efficiency_band(100).label
        'Tidak efisien'
        >>> absorbed = absorption(106439453000, 104734936307)  # 98,40 % (LAKIP Itjen 2019)
        >>> efficiency_band(absorbed).code
        'KE'
    """
    if not isinstance(scale, Scale):
        raise InvalidTypeError(field="scale", value=scale, expected="a lkjcalc.Scale")
    if realization is None and allocation is None:
        return scale.classify(_to_absorption_pct(absorption_pct))
    if allocation is not None and absorption_pct is not None:
        raise InvalidTypeError(
            field="allocation",
            value=allocation,
            expected="no allocation beside an absorption; pass efficiency_band(absorption_pct)",
        )
    warnings.warn(
        "efficiency_band(allocation, realization) is deprecated since lkjcalc 0.2; pass the "
        "absorption in percent: efficiency_band(absorption(allocation, realization))",
        DeprecationWarning,
        stacklevel=2,
    )
    amount = absorption_pct if allocation is None else allocation
    return scale.classify(absorption(amount, realization))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- budget lines


def _to_allocation(value: Number) -> Decimal:
    return to_decimal(value, "allocation")


def _to_realization(value: Number) -> Decimal:
    return to_decimal(value, "realization")


def _to_budget_realization(value: Number) -> Decimal:
    return to_decimal(value, "budget_realization")


def _check_amount(inst: object, attr: attrs.Attribute[Any], value: Decimal) -> None:
    if value < ZERO:
        raise InvalidInputError(field=attr.name, value=value, expected=_AMOUNT)


@attrs.frozen(kw_only=True)
class BudgetLine:
    """One line of a budget (*rincian anggaran*): an activity (*kegiatan*) of a program.

    Args:
        program: the program (*program*) the activity belongs to, as printed.
        activity: the activity (*kegiatan*, *jenis kegiatan*), as printed.
        allocation: the allocation (*anggaran*, *pagu*), rupiah >= 0.
        realization: the amount spent (*realisasi*), rupiah >= 0; it may exceed the allocation.
        code: an optional label such as ``"I.4"`` or a budget code; it is not interpreted.

    Raises:
        InvalidInputError: a negative amount or an empty name (all fields are checked on
            construction).

    Examples:
        The seed's line I.4 (table "Realisasi Anggaran"), printed with 98 % although its
        realization equals its allocation:

        >>> line = BudgetLine(
        ...     program="Program Pelayanan Administrasi Perkantoran",
        ...     activity="Penyediaan Jasa Administrasi Keuangan",
        ...     allocation="131137800.00",
        ...     realization="131137800.00",
        ...     code="I.4",
        ... )
        >>> line.absorption
        Decimal('100')
        >>> line.unspent, line.is_over_budget
        (Decimal('0.00'), False)
    """

    program: str = attrs.field(validator=str_validator())
    activity: str = attrs.field(validator=str_validator())
    allocation: Decimal = attrs.field(converter=_to_allocation, validator=_check_amount)
    realization: Decimal = attrs.field(converter=_to_realization, validator=_check_amount)
    code: str | None = attrs.field(default=None, validator=optional_str_validator())

    @property
    def absorption(self) -> Decimal:
        """Absorption of this line in percent (see :func:`absorption`)."""
        return absorption(self.allocation, self.realization)

    @property
    def unspent(self) -> Decimal:
        """The amount left unspent (*sisa anggaran*), A − R; negative when over budget."""
        return subtract(self.allocation, self.realization)

    @property
    def unspent_share(self) -> Decimal:
        """The unspent share of this line in percent (see :func:`unspent_share`)."""
        return unspent_share(self.allocation, self.realization)

    @property
    def is_over_budget(self) -> bool:
        """Whether more was spent than allocated (R > A)."""
        return self.realization > self.allocation

    def __repr__(self) -> str:
        return _line_repr(self)

    def _repr_html_(self) -> str:
        """The line as a row of the table "Realisasi Anggaran", for notebooks."""
        return _budget_html((self,), total=None)


def _to_lines(value: list[BudgetLine] | tuple[BudgetLine, ...]) -> tuple[BudgetLine, ...]:
    return tuple(value) if isinstance(value, list) else value


def _check_lines(inst: object, attr: attrs.Attribute[Any], lines: object) -> None:
    if not isinstance(lines, tuple):
        raise InvalidTypeError(
            field="lines",
            value=lines,
            expected="a tuple or list of BudgetLine (use Budget.from_rows for table rows)",
        )
    for i, line in enumerate(lines):
        if not isinstance(line, BudgetLine):
            raise InvalidTypeError(field=f"lines[{i}]", value=line, expected="a BudgetLine")


_ROW_FIELDS = ("program", "activity", "allocation", "realization", "code")
_MIN_ROW = 4  # program, activity, allocation, realization; the code is optional


def _line_from_row(row: object, where: str) -> BudgetLine:
    values: list[Any]  # unchecked cells: BudgetLine's validators check each one
    if isinstance(row, Mapping):
        unknown = sorted(str(key) for key in row if key not in _ROW_FIELDS)
        missing = [key for key in _ROW_FIELDS[:_MIN_ROW] if key not in row]
        if unknown or missing:
            raise InvalidInputError(
                field=where,
                value=row,
                expected="a mapping with the keys program, activity, allocation, realization "
                "and optionally code",
                detail="; ".join(
                    part
                    for part in (
                        f"missing {', '.join(missing)}" if missing else "",
                        f"unknown {', '.join(unknown)}" if unknown else "",
                    )
                    if part
                ),
            )
        values = [row.get(key) for key in _ROW_FIELDS]
    elif isinstance(row, Sequence) and not isinstance(row, (str, bytes)):
        if not _MIN_ROW <= len(row) <= len(_ROW_FIELDS):
            raise InvalidInputError(
                field=where,
                value=row,
                expected="(program, activity, allocation, realization) or "
                "(program, activity, allocation, realization, code)",
            )
        values = [*row, None][: len(_ROW_FIELDS)]
    else:
        raise InvalidTypeError(
            field=where, value=row, expected="a sequence or a mapping of one budget line"
        )
    program, activity, allocation, realization, code = values
    try:
        return BudgetLine(
            program=program,
            activity=activity,
            allocation=_amount(allocation, f"{where}.allocation"),
            realization=_amount(realization, f"{where}.realization"),
            code=code,
        )
    except LkjcalcError as err:
        if err.field is None or err.field.startswith(where):
            raise
        raise type(err)(
            field=f"{where}.{err.field}", value=err.value, expected=err.expected
        ) from err


@attrs.frozen(kw_only=True)
class Budget:
    """A budget (*anggaran*): an ordered tuple of lines, with every total derived from them.

    Totals per program and overall are sums of the lines, never entered by hand. An empty
    budget is allowed (its allocation is 0 and its absorption undefined).

    Args:
        lines: the :class:`BudgetLine` objects, in the order of the report; a list is accepted
            and stored as a tuple. Build a budget from table rows with :meth:`from_rows`.

    Examples:
        Programs III and IV of the seed's table "Realisasi Anggaran":

        >>> discipline = "Program Peningkatan Disiplin Aparatur"
        >>> capacity = "Program Peningkatan Kapasitas Sumber Daya Aparatur"
        >>> budget = Budget.from_rows(
        ...     [
        ...         (discipline, "Pengadaan Pakaian Dinas", "7650000.00", "7650000.00", "III.1"),
        ...         (discipline, "Pengadaan Pakaian Khusus", "10800000.00", "10800000.00", "III.2"),
        ...         (
        ...             capacity,
        ...             "Pendidikan dan Pelatihan Formal",
        ...             "5050000.00",
        ...             "5050000.00",
        ...             "IV.1",
        ...         ),
        ...     ]
        ... )
        >>> budget.allocation, budget.absorption
        (Decimal('23500000.00'), Decimal('100'))
        >>> {name: part.allocation for name, part in budget.programs().items()}
        {'Program Peningkatan Disiplin Aparatur': Decimal('18450000.00'),
         'Program Peningkatan Kapasitas Sumber Daya Aparatur': Decimal('5050000.00')}
        >>> budget.share(budget.program(capacity))
        Decimal('21.48936170212765957446808510638297872340')
    """

    lines: tuple[BudgetLine, ...] = attrs.field(converter=_to_lines, validator=_check_lines)

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[object] | Mapping[str, object]]) -> Budget:
        """Build a budget from table rows, one per line, in the report's order.

        Args:
            rows: each row is ``(program, activity, allocation, realization)``, optionally
                followed by a ``code``, or a mapping with those keys (``code`` optional), such
                as the records of a pandas DataFrame (``df.to_dict("records")``).

        Raises:
            InvalidInputError: a malformed row, named by its index (``rows[3].allocation``).

        Examples:
            >>> Budget.from_rows([("P", "A", "100", "-1")])
            Traceback (most recent call last):
            ...
            lkjcalc.errors.InvalidInputError: rows[0].realization: got '-1', expected ...
        """
        if isinstance(rows, (str, bytes, Mapping)) or not isinstance(rows, Iterable):
            raise InvalidTypeError(field="rows", value=rows, expected="an iterable of rows")
        return cls(lines=[_line_from_row(row, f"rows[{i}]") for i, row in enumerate(rows)])

    def __len__(self) -> int:
        return len(self.lines)

    def __repr__(self) -> str:
        return _budget_repr(self)

    def _repr_html_(self) -> str:
        """The budget as the table "Realisasi Anggaran" for notebooks: its lines and the total."""
        return _budget_html(self.lines, total=self)

    def __iter__(self) -> Iterator[BudgetLine]:
        return iter(self.lines)

    def __add__(self, other: object) -> Budget:
        """The budget with the lines of both, *self*'s first (for merging units' budgets)."""
        if not isinstance(other, Budget):
            return NotImplemented
        return Budget(lines=self.lines + other.lines)

    @property
    def allocation(self) -> Decimal:
        """Total allocation (*jumlah anggaran*): the sum of the lines' allocations."""
        return sum_decimals(tuple(line.allocation for line in self.lines))

    @property
    def realization(self) -> Decimal:
        """Total realization (*jumlah realisasi*): the sum of the lines' realizations."""
        return sum_decimals(tuple(line.realization for line in self.lines))

    @property
    def absorption(self) -> Decimal:
        """Absorption of the whole budget in percent: total realization / total allocation × 100.

        It lies between the smallest and the largest line absorption (it is not their mean).
        """
        return absorption(self.allocation, self.realization)

    @property
    def unspent(self) -> Decimal:
        """The amount left unspent (*sisa anggaran*): total allocation − total realization."""
        return subtract(self.allocation, self.realization)

    @property
    def unspent_share(self) -> Decimal:
        """The unspent share of the whole budget in percent (see :func:`unspent_share`)."""
        return unspent_share(self.allocation, self.realization)

    @property
    def over_budget(self) -> tuple[BudgetLine, ...]:
        """The lines that spent more than their allocation, in order (empty when none)."""
        return tuple(line for line in self.lines if line.is_over_budget)

    def programs(self) -> dict[str, Budget]:
        """The budget of each program (*program*), in the order in which programs first appear.

        Lines belong to the program whose name they carry, exactly as written.
        """
        grouped: dict[str, list[BudgetLine]] = {}
        for line in self.lines:
            grouped.setdefault(line.program, []).append(line)
        return {name: Budget(lines=lines) for name, lines in grouped.items()}

    def program(self, name: str) -> Budget:
        """The budget of one program, by its name as written on the lines.

        Raises:
            InvalidInputError: no line belongs to that program.
        """
        if not isinstance(name, str):
            raise InvalidTypeError(field="name", value=name, expected="a program name (str)")
        lines = [line for line in self.lines if line.program == name]
        if not lines:
            known = "; ".join(self.programs()) or "none, the budget is empty"
            raise InvalidInputError(
                field="name", value=name, expected=f"one of this budget's programs: {known}"
            )
        return Budget(lines=lines)

    def share(self, part: BudgetLine | Budget) -> Decimal:
        """Share of a line, or of part of this budget, in its total allocation, in percent.

        Args:
            part: one of this budget's lines, or a budget made of its lines (a program from
                :meth:`programs`, say).

        Returns:
            part allocation / total allocation × 100 (see :func:`share`); the shares of all
            the lines sum to 100.

        Raises:
            InvalidInputError: a line that is not in this budget.
            UndefinedResultError: the total allocation is 0.
        """
        if isinstance(part, BudgetLine):
            members: tuple[BudgetLine, ...] = (part,)
        elif isinstance(part, Budget):
            members = part.lines
        else:
            raise InvalidTypeError(
                field="part", value=part, expected="a BudgetLine or a Budget of this budget"
            )
        for line in members:
            if line not in self.lines:
                raise InvalidInputError(field="part", value=line, expected="a line of this budget")
        allocated = sum_decimals(tuple(line.allocation for line in members))
        return percent(allocated, self.allocation, what="share", why="the total allocation is 0")


# ----------------------------------------------------------------------------- performance


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
        converter=_to_realization, validator=_check_performance_realization
    )
    allocation: Decimal = attrs.field(converter=_to_allocation, validator=_check_amount)
    budget_realization: Decimal = attrs.field(
        converter=_to_budget_realization, validator=_check_amount
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
                f"achievement {_percent(f['achievement'])}",
            ),
            (
                f"allocation {plain(self.allocation, 2)}",
                f"spent {plain(self.budget_realization, 2)}",
                f"absorption {_percent(f['absorption'])}",
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


def _percent(value: Decimal | None) -> str:
    """A percentage in a repr, rounded to 2 places: ``94.71%``, or ``undefined``."""
    return plain(value) if value is None else f"{plain(value, 2)}%"


# ----------------------------------------------------------------------------- displays
# Budget lines and budgets show as the seed's table "Realisasi Anggaran".

_BUDGET_COLUMNS = ("Program", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Penyerapan (%)")


def _line_repr(line: BudgetLine) -> str:
    subject = f"{line.code} {line.activity!r}" if line.code else repr(line.activity)
    return compact(
        "BudgetLine",
        (f"program {line.program!r}",),
        _amounts_repr(line.allocation, line.realization, _absorbed(line)),
        subject=subject,
    )


def _budget_repr(budget: Budget) -> str:
    lines, programs = len(budget.lines), len(budget.programs())
    return compact(
        "Budget",
        (f"{lines} line{'s' * (lines != 1)} in {programs} program{'s' * (programs != 1)}",),
        _amounts_repr(budget.allocation, budget.realization, _absorbed(budget)),
    )


def _amounts_repr(
    allocation: Decimal, realization: Decimal, absorbed: Decimal | None
) -> tuple[str, ...]:
    return (
        f"allocation {plain(allocation, 2)}",
        f"realization {plain(realization, 2)}",
        f"absorption {_percent(absorbed)}",
    )


def _absorbed(part: BudgetLine | Budget) -> Decimal | None:
    """The absorption of a line or a budget, ``None`` when nothing was allocated."""
    return defined(lambda: part.absorption)


def _budget_html(lines: tuple[BudgetLine, ...], *, total: Budget | None) -> str:
    """The lines as the table "Realisasi Anggaran", with their total row for a budget."""
    coded = any(line.code for line in lines)
    rows = [
        (
            *((line.code or "",) if coded else ()),
            line.program,
            line.activity,
            *_amount_cells(line.allocation, line.realization, _absorbed(line)),
        )
        for line in lines
    ]
    footer = []
    if total is not None:
        absorbed = _absorbed(total)
        footer.append(("Jumlah", _amount_cells(total.allocation, total.realization, absorbed)))
    count = len(lines)
    return table(
        caption=f"Realisasi anggaran: {count} kegiatan",
        columns=(("Kode",) if coded else ()) + _BUDGET_COLUMNS,
        rows=rows,
        footer=footer,
    )


def _amount_cells(
    allocation: Decimal, realization: Decimal, absorbed: Decimal | None
) -> tuple[FigureText, FigureText, FigureText]:
    return figure(allocation, 2), figure(realization, 2), figure(absorbed, 2)
