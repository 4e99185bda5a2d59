"""Budget lines and budgets: :class:`BudgetLine`, :class:`Budget`, reading rows, their display.

A budget is an ordered tuple of lines (program → activity, allocation, realization); every
total is the sum of its lines (domain.md §5). Budgets read table rows (:meth:`Budget.from_rows`)
and show as the seed's table "Realisasi Anggaran".

Internal to :mod:`lkjcalc.budget` (the public names are re-exported there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from lkjcalc._display import FigureText, compact, defined, figure, plain, table
from lkjcalc._numeric import Number, percent, plain_decimal, subtract, sum_decimals, to_decimal
from lkjcalc._validators import check_values, mapping_or_none, optional_str_validator, str_validator
from lkjcalc.budget._formulas import absorption, check_amount, to_amount, unspent_share
from lkjcalc.errors import InvalidInputError, InvalidTypeError, LkjcalcError


def to_allocation(value: Number) -> Decimal:
    """An attrs converter: an allocation as a plain ``Decimal``."""
    return plain_decimal(to_decimal(value, "allocation"))


def to_realization(value: Number) -> Decimal:
    """An attrs converter: a realization as a plain ``Decimal``."""
    return plain_decimal(to_decimal(value, "realization"))


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
    allocation: Decimal = attrs.field(converter=to_allocation, validator=check_amount)
    realization: Decimal = attrs.field(converter=to_realization, validator=check_amount)
    code: str | None = attrs.field(default=None, validator=optional_str_validator())

    @property
    def absorption(self) -> Decimal:
        """Absorption of this line in percent (see :func:`absorption`)."""
        return absorption(self.allocation, self.realization)

    @property
    def unspent(self) -> Decimal:
        """The amount left unspent (*sisa anggaran*), A − R; negative when over budget."""
        return plain_decimal(subtract(self.allocation, self.realization))

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
    keyed = mapping_or_none(row, where)  # a dict, or a pandas Series from df.iterrows()
    if keyed is not None:
        row = keyed
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
        values = [keyed.get(key) for key in _ROW_FIELDS]
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
            allocation=to_amount(allocation, f"{where}.allocation"),
            realization=to_amount(realization, f"{where}.realization"),
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
        check_values(rows, "rows", "an iterable of rows (not a set)")
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
        return plain_decimal(sum_decimals(tuple(line.allocation for line in self.lines)))

    @property
    def realization(self) -> Decimal:
        """Total realization (*jumlah realisasi*): the sum of the lines' realizations."""
        return plain_decimal(sum_decimals(tuple(line.realization for line in self.lines)))

    @property
    def absorption(self) -> Decimal:
        """Absorption of the whole budget in percent: total realization / total allocation × 100.

        It lies between the smallest and the largest line absorption (it is not their mean).
        """
        return absorption(self.allocation, self.realization)

    @property
    def unspent(self) -> Decimal:
        """The amount left unspent (*sisa anggaran*): total allocation − total realization."""
        return plain_decimal(subtract(self.allocation, self.realization))

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
        return plain_decimal(
            percent(
                allocated,
                self.allocation,
                what="share",
                why="the total allocation is 0",
                field="allocation",
            )
        )


# ----------------------------------------------------------------------------- displays


def percent_text(value: Decimal | None) -> str:
    """A percentage in a repr, rounded to 2 places: ``94.71%``, or ``undefined``."""
    return plain(value) if value is None else f"{plain(value, 2)}%"


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
        f"absorption {percent_text(absorbed)}",
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
