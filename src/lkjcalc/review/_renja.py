"""Review of a printed row of the Renja evaluation (form E.81): :func:`check_renja`.

Internal to :mod:`lkjcalc.review` (the public names are re-exported there, and by
:mod:`lkjcalc`).

A Renja row (Permendagri 86/2017 form E.81; domain.md §9) is checked along the review's one path
(domain.md §7, v0.2): every printed figure stands for the values that print to it (targets and
rupiah amounts are exact), a derived figure agrees when the range of its formula over its inputs'
values meets its own values, a figure that cannot be recomputed is an ``UNDEFINED`` finding, and
nothing about the row's content raises.

Each derived column is checked against the printed columns it derives from: col 13 from cols 9–12
with the indicator's accumulation, col 14 from cols 7 and 13, col 15 from cols 14 and 6, this
year's achievement from cols 13 and 8, each grade from its percentage; the budget columns
likewise. **A finding does not cascade**: a later column takes an earlier one's printed values
when they agree with its inputs, and the values its inputs allow when they do not (the earlier
figure has its own finding), so one wrong figure gives one finding, and a row copied from a wrong
computation gives a finding for every figure that is wrong.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from lkjcalc._numeric import ZERO, Number, add, divide, sum_decimals, to_decimal
from lkjcalc._validators import (
    check_bool,
    check_enum,
    check_values,
    optional_str_validator,
    str_validator,
)
from lkjcalc.budget import absorption
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.performance import Accumulation, Indicator, MinimizeFormula, Polarity, achievement
from lkjcalc.review._achievements import options_text
from lkjcalc.review._checks import check_where, finite_end
from lkjcalc.review._columns import (
    UNKNOWN,
    Alternative,
    Column,
    Judge,
    Text,
    as_input,
    form_fields,
    read_optional,
)
from lkjcalc.review._findings import FindingKind
from lkjcalc.review._interval import INFINITY, Interval, at_least
from lkjcalc.review._published import (
    Notation,
    Published,
    check_notation,
    name_fields,
    read_figure,
    to_optional_figure,
)
from lkjcalc.scales import PERMENDAGRI_86_2017

if TYPE_CHECKING:
    from collections.abc import Mapping

    from lkjcalc.review._findings import Finding

__all__ = ["PrintedRenjaRow", "check_renja"]

_ROMAN = ("I", "II", "III", "IV")


# --------------------------------------------------------------------------------- records


def _to_periods(value: object, name: str = "quarters") -> tuple[Published | None, ...] | None:
    """Printed figures, one per period (``None``: not printed), or ``None``: none printed."""
    if value is None:
        return None
    items = check_values(value, name, "printed figures, one per period (a list)")
    return tuple(to_optional_figure(item, f"{name}[{i}]") for i, item in enumerate(items))


@attrs.frozen(kw_only=True, field_transformer=name_fields(_to_periods))
class PrintedRenjaRow:
    """One row of a Renja evaluation as printed (*evaluasi hasil Renja*, Permendagri 86/2017 E.81).

    The columns as printed, named by meaning as :class:`~lkjcalc.RenjaEvaluation` names them (the
    numbers are those of the regulation's form; templates that add "Tingkat Capaian Renja" shift
    the later ones). Every field is optional: a column the form does not print is ``None``. Text
    is read in Indonesian notation; pass :class:`Published` figures (``published(text,
    notation="en")``) for another, or give :func:`check_renja` a mapping and its *notation*.

    Args:
        final_target: col 6 (K), the Renstra's target for its last year (exact).
        realized_before: col 7 (K), the realization up to last year (for ``RATIO`` and
            ``AVERAGE``: the rate or mean of those periods).
        year_target: col 8 (K), this year's target (exact).
        quarters: cols 9–12 (K), one printed figure per quarter (any number of periods), ``None``
            for a quarter not reported (for ``RATIO``: each quarter's rate).
        realization_year: col 13 (K), the year's realization.
        realization_to_date: col 14 (K), the realization up to this year.
        achievement_year: col 13 against col 8, in percent (*tingkat capaian Renja*).
        progress: col 15 (K), col 14 against col 6, in percent.
        band_year, band_progress: the printed grades (code or label of
            :data:`~lkjcalc.scales.PERMENDAGRI_86_2017`) of *achievement_year* and *progress*.
        budget_final, budget_before, budget_allocation: cols 6, 7 and 8 (Rp).
        budget_quarters: cols 9–12 (Rp).
        budget_year, budget_to_date: cols 13 and 14 (Rp).
        budget_absorption_year, budget_progress: col 13 against col 8 and col 15 (Rp), in percent.
        band_budget_year, band_budget_progress: their printed grades.
        where: where the row is printed (``"Tabel E.81, baris 3"``).

    Examples:
        The FLOW row of the worked E.81 table (docs/periods.md):

        >>> row = PrintedRenjaRow(
        ...     final_target="100", realized_before="40", year_target="30",
        ...     quarters=["5", "10", "5", "6"], realization_year="26",
        ...     realization_to_date="66", achievement_year="86,67", progress="66,00",
        ...     band_year="T", band_progress="S", where="E.81, baris 1",
        ... )  # fmt: skip
        >>> row.quarters[1].value, row.progress.places
        (Decimal('10'), 2)
    """

    final_target: Published | None = attrs.field(default=None, converter=to_optional_figure)
    realized_before: Published | None = attrs.field(default=None, converter=to_optional_figure)
    year_target: Published | None = attrs.field(default=None, converter=to_optional_figure)
    quarters: tuple[Published | None, ...] | None = attrs.field(default=None, converter=_to_periods)
    realization_year: Published | None = attrs.field(default=None, converter=to_optional_figure)
    realization_to_date: Published | None = attrs.field(default=None, converter=to_optional_figure)
    achievement_year: Published | None = attrs.field(default=None, converter=to_optional_figure)
    progress: Published | None = attrs.field(default=None, converter=to_optional_figure)
    band_year: str | None = attrs.field(default=None, validator=optional_str_validator())
    band_progress: str | None = attrs.field(default=None, validator=optional_str_validator())
    budget_final: Published | None = attrs.field(default=None, converter=to_optional_figure)
    budget_before: Published | None = attrs.field(default=None, converter=to_optional_figure)
    budget_allocation: Published | None = attrs.field(default=None, converter=to_optional_figure)
    budget_quarters: tuple[Published | None, ...] | None = attrs.field(
        default=None, converter=_to_periods
    )
    budget_year: Published | None = attrs.field(default=None, converter=to_optional_figure)
    budget_to_date: Published | None = attrs.field(default=None, converter=to_optional_figure)
    budget_absorption_year: Published | None = attrs.field(
        default=None, converter=to_optional_figure
    )
    budget_progress: Published | None = attrs.field(default=None, converter=to_optional_figure)
    band_budget_year: str | None = attrs.field(default=None, validator=optional_str_validator())
    band_budget_progress: str | None = attrs.field(default=None, validator=optional_str_validator())
    where: str = attrs.field(default="", validator=str_validator(allow_empty=True))


_LABELS = frozenset({"band_year", "band_progress", "band_budget_year", "band_budget_progress"})
_PERIODS = frozenset({"quarters", "budget_quarters"})


def _renja_row(value: object, notation: Notation) -> PrintedRenjaRow:
    """The row: a :class:`PrintedRenjaRow`, or one built from a mapping read in *notation*."""
    if isinstance(value, PrintedRenjaRow):
        return value
    known = tuple(attrs.fields_dict(PrintedRenjaRow))
    fields: dict[str, object] = {}
    for key, item in form_fields(value, "row", "PrintedRenjaRow").items():
        name = f"row[{key!r}]"
        if key not in known:
            raise InvalidInputError(
                field="row", value=key, expected=f"the fields of PrintedRenjaRow: {known}"
            )
        if key in _LABELS or key == "where" or item is None:
            fields[key] = item
        elif key in _PERIODS:
            periods = check_values(item, name, "printed figures, one per period (a list)")
            fields[key] = [
                read_optional(q, f"{name}[{i}]", notation) for i, q in enumerate(periods)
            ]
        else:
            fields[key] = read_figure(item, name, notation)
    return PrintedRenjaRow(**fields)  # type: ignore[arg-type]


def _hull(a: Interval, b: Interval) -> Interval:
    """The smallest interval holding both (a weighted mean of values of each lies in it)."""
    low = min((a, b), key=lambda i: (i.lower, not i.lower_closed))
    high = max((a, b), key=lambda i: (i.upper, i.upper_closed))
    return Interval(
        low.lower, high.upper, lower_closed=low.lower_closed, upper_closed=high.upper_closed
    )


def _period_names(count: int) -> list[str]:
    if count == len(_ROMAN):
        return [f"TW {roman}" for roman in _ROMAN]
    return [f"periode {i}" for i in range(1, count + 1)]


def _year(
    quarters: tuple[Published | None, ...] | None,
    accumulation: Accumulation,
    *,
    exact: bool,
    domain: Interval | None,
) -> tuple[Column, list[Alternative]]:
    """Col 13 from cols 9–12 with the accumulation, and what the other accumulations give."""
    if quarters is None:
        return UNKNOWN, []
    names = _period_names(len(quarters))
    unit: Text = (
        {"en": "quarters", "id": "triwulan"}
        if len(quarters) == len(_ROMAN)
        else {"en": "periods", "id": "periode"}
    )
    reported: list[tuple[str, Published, Column]] = []
    for name, figure in zip(names, quarters, strict=True):
        if figure is not None:
            label: Text = {"en": f"the realization of {name}", "id": f"realisasi {name}"}
            column = as_input(figure, exact=exact, domain=domain, label=label)
            if column.values is None:
                return column, []
            reported.append((name, figure, column))
    if not reported:
        why: Text = {
            "en": f"no {unit['en'][:-1]} is reported",
            "id": f"belum ada {unit['id']} yang dilaporkan",
        }
        return Column(why=why), []
    columns = [column for _, _, column in reported]
    values = [column.values for column in columns if column.values is not None]
    numbers = [column.expected for column in columns if column.expected is not None]
    total = values[0]
    for item in values[1:]:
        total += item
    hull = values[0]
    for item in values[1:]:
        hull = _hull(hull, item)
    count = Decimal(len(values))
    last_name, last_printed, last = reported[-1]
    terms = " + ".join(figure.text for _, figure, _ in reported)  # as printed, in any language
    average = total.map(lambda value: divide(value, count))
    found = {
        Accumulation.FLOW: Column(
            values=total,
            expected=sum_decimals(numbers),
            how={
                "en": f"the {unit['en']} added up (FLOW): {terms}",
                "id": f"jumlah {unit['id']} (FLOW): {terms}",
            },
        ),
        Accumulation.STOCK: Column(
            values=last.values,
            expected=last.expected,
            how={
                "en": f"the last reported {unit['en'][:-1]}, {last_name} {last_printed.text} "
                "(STOCK)",
                "id": f"{unit['id']} terakhir yang dilaporkan, {last_name} {last_printed.text} "
                "(STOCK)",
            },
        ),
        Accumulation.AVERAGE: Column(
            values=average,
            expected=divide(sum_decimals(numbers), count),
            how={
                "en": f"the mean of {len(values)} {unit['en']} (AVERAGE)",
                "id": f"rata-rata {len(values)} {unit['id']} (AVERAGE)",
            },
        ),
        # Σ numerators / Σ denominators is a mean of the periods' rates weighted by their
        # denominators: it lies between the least and the greatest of them.
        Accumulation.RATIO: Column(
            values=hull,
            how={
                "en": f"between the rates of the {unit['en']} (RATIO: Σ numerators / "
                "Σ denominators)",
                "id": f"di antara rasio tiap {unit['id']} (RATIO: Σ pembilang / Σ penyebut)",
            },
        ),
    }
    others = {
        Accumulation.FLOW: Alternative(
            total,
            {"en": f"the {unit['en']} added up (FLOW)", "id": f"jumlah {unit['id']} (FLOW)"},
        ),
        Accumulation.STOCK: Alternative(
            values[-1],
            {
                "en": f"the last reported {unit['en'][:-1]} (STOCK)",
                "id": f"nilai {unit['id']} terakhir (STOCK)",
            },
        ),
        Accumulation.AVERAGE: Alternative(
            average,
            {
                "en": f"the mean of the {unit['en']} (AVERAGE)",
                "id": f"rata-rata {unit['id']} (AVERAGE)",
            },
        ),
    }
    return found[accumulation], [alt for acc, alt in others.items() if acc is not accumulation]


def _to_date(
    before: Published | None,
    year: Column,
    accumulation: Accumulation,
    *,
    exact: bool,
    domain: Interval | None,
) -> tuple[Column, list[Alternative]]:
    """Col 14 from col 7 and col 13 (domain.md §9)."""
    if year.values is None:
        return year, []
    stock = Column(
        values=year.values,
        expected=year.expected,
        how={
            "en": f"col 13 {year.text('en')}, the latest state (STOCK)",
            "id": f"kolom 13 {year.text('id')}, keadaan terakhir (STOCK)",
        },
    )
    if before is None:
        # A blank col 7 cannot be told from the Renstra's first year (print "0" there).
        return (stock if accumulation is Accumulation.STOCK else UNKNOWN), []
    label: Text = {"en": "col 7", "id": "kolom 7"}
    earlier = as_input(before, exact=exact, domain=domain, label=label)
    if earlier.values is None:
        return (stock, []) if accumulation is Accumulation.STOCK else (earlier, [])
    flow = Column(
        values=earlier.values + year.values,
        expected=None
        if year.expected is None or earlier.expected is None
        else add(earlier.expected, year.expected),
        how={
            "en": f"col 7 {before.text} + col 13 {year.text('en')}",
            "id": f"kolom 7 {before.text} + kolom 13 {year.text('id')}",
        },
    )
    if accumulation is Accumulation.FLOW:
        what: Text = {"en": "col 13 alone (STOCK)", "id": "kolom 13 saja (STOCK)"}
        return flow, [Alternative(year.values, what)]
    if accumulation is Accumulation.STOCK:
        what = {"en": "col 7 + col 13 (FLOW)", "id": "kolom 7 + kolom 13 (FLOW)"}
        return stock, [Alternative(earlier.values + year.values, what)]
    # RATIO and AVERAGE: a mean of the earlier periods and this year's, weighted by what each
    # covers (denominators, numbers of periods): between col 7 and col 13.
    name = accumulation.name
    between = Column(
        values=_hull(earlier.values, year.values),
        how={
            "en": f"between col 7 {before.text} and col 13 {year.text('en')} ({name})",
            "id": f"di antara kolom 7 {before.text} dan kolom 13 {year.text('id')} ({name})",
        },
    )
    return between, []


# --------------------------------------------------------------------------------- options


@attrs.frozen
class _Options:
    accumulation: Accumulation
    polarity: Polarity
    formula: MinimizeFormula
    allow_negative: bool
    cap: Decimal | None


def _options(
    *,
    indicator: object,
    accumulation: object,
    polarity: object,
    minimize_formula: object,
    allow_negative: object,
    cap: object,
) -> _Options:
    """The options: each argument given, else the indicator's (as :func:`check_achievement`)."""
    if indicator is not None and not isinstance(indicator, Indicator):
        raise InvalidTypeError(field="indicator", value=indicator, expected="an Indicator")
    default = indicator or Indicator(name="-")
    acc = default.accumulation if accumulation is None else accumulation
    if acc is None:
        raise InvalidInputError(
            field="accumulation",
            value=None,
            expected="an Accumulation (FLOW, STOCK, RATIO or AVERAGE), or an indicator that "
            "declares one",
        )
    ceiling = default.cap
    if cap is not None:
        ceiling = to_decimal(cap, "cap")
        if ceiling <= 0:
            raise InvalidInputError(field="cap", value=cap, expected="a cap > 0, or None")
    return _Options(
        accumulation=check_enum(acc, Accumulation, "accumulation"),
        polarity=check_enum(
            default.polarity if polarity is None else polarity, Polarity, "polarity"
        ),
        formula=check_enum(
            default.minimize_formula if minimize_formula is None else minimize_formula,
            MinimizeFormula,
            "minimize_formula",
        ),
        allow_negative=check_bool(
            default.allow_negative if allow_negative is None else allow_negative, "allow_negative"
        ),
        cap=ceiling,
    )


# --------------------------------------------------------------------------------- achievements


def _achievement(
    target: Published | None,
    real: Column,
    options: _Options,
    *,
    capped: bool,
    names: tuple[str, str],
) -> Column:
    """An achievement (col 13 against col 8, col 14 against col 6): its range, or why not.

    The target is exact; the realization's values are clipped already. The formula is
    :func:`lkjcalc.achievement` with the indicator's options, monotone in the realization.
    """
    if target is None or real.values is None:
        return real if target is not None else UNKNOWN
    goal = target.value
    if goal <= 0:
        return Column(
            why={
                "en": f"an achievement against a target of {target.text} has no meaning "
                "(report the indicator qualitatively, or its difference)",
                "id": f"capaian terhadap target {target.text} tidak bermakna "
                "(sajikan indikator secara kualitatif, atau selisihnya)",
            }
        )
    ratio = options.polarity is Polarity.MINIMIZE and options.formula is MinimizeFormula.RATIO
    values: Interval | None = real.values
    if ratio:
        values = real.values.clip(at_least(ZERO, closed=False))
    if values is None:
        return Column(
            why={
                "en": "the ratio formula T / R needs a realization above 0",
                "id": "rumus T / R memerlukan realisasi di atas 0",
            }
        )
    ceiling = options.cap if capped else None

    def at(value: Decimal, cap: Decimal | None = None) -> Decimal:
        if value.is_zero() and ratio:
            return INFINITY  # T / R grows without bound towards an open end at 0
        return achievement(
            goal,
            value,
            polarity=options.polarity,
            minimize_formula=options.formula,
            allow_negative=True,
            cap=cap,
        )

    found = values.map(at) if options.polarity is Polarity.MAXIMIZE else values.map_decreasing(at)
    if ceiling is not None:
        found = found.cap(ceiling)
    value = real.expected
    expected = (
        at(value, ceiling) if value is not None and values.contains(value) else finite_end(found)
    )
    real_name, target_name = names
    said = options_text(options.polarity, options.formula, ceiling)
    how: Text = {
        "en": f"col {real_name} {real.text('en')} against col {target_name} {target.text}, "
        f"{said['en']}",
        "id": f"kolom {real_name} {real.text('id')} terhadap kolom {target_name} {target.text}, "
        f"{said['id']}",
    }
    return Column(values=found, expected=expected, how=how, percent=True)


def _spent_share(amount: Published | None, spent: Column, names: tuple[str, str]) -> Column:
    """A budget percentage: spent / amount × 100 (:func:`lkjcalc.absorption`), amounts exact."""
    if amount is None or spent.values is None:
        return spent if amount is not None else UNKNOWN
    if amount.value <= 0:
        return Column(
            why={
                "en": f"the amount in col {names[1]} is {amount.text}",
                "id": f"anggaran pada kolom {names[1]} {amount.text}",
            }
        )
    whole = amount.value
    values = spent.values.map(lambda value: absorption(whole, value))
    assert spent.expected is not None  # noqa: S101 - a sum of exact amounts, or one printed
    expected = absorption(whole, spent.expected)
    how: Text = {
        "en": f"col {names[0]} {spent.text('en')} / col {names[1]} {amount.text} × 100",
        "id": f"kolom {names[0]} {spent.text('id')} / kolom {names[1]} {amount.text} × 100",
    }
    return Column(values=values, expected=expected, how=how, percent=True)


# --------------------------------------------------------------------------------- check_renja


def check_renja(
    row: PrintedRenjaRow | Mapping[str, object],
    *,
    accumulation: Accumulation | str | None = None,
    indicator: Indicator | None = None,
    polarity: Polarity | str | None = None,
    minimize_formula: MinimizeFormula | str | None = None,
    allow_negative: bool | None = None,
    cap: Number | None = None,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed row of the Renja evaluation (*evaluasi hasil Renja*, form E.81).

    Every derived column is recomputed from the printed columns it derives from, with the
    interval rule of the review (domain.md §7, §9):

    - col 13 from cols 9–12 with the indicator's accumulation: ``FLOW`` their sum, ``STOCK`` the
      last reported, ``AVERAGE`` their mean, ``RATIO`` between the least and the greatest
      quarter's rate (the printed rates do not carry their denominators). A col 13 that another
      accumulation gives — a ``STOCK``'s quarters added up — is named as such in the finding;
    - col 14 from col 7 and col 13: ``FLOW`` col 7 + col 13, ``STOCK`` col 13, ``RATIO`` and
      ``AVERAGE`` between col 7 and col 13 (a blank col 7 cannot be told from a first year: a
      col 14 beside it is not checked, except a ``STOCK``'s; a first year prints col 7 "0");
    - this year's achievement from col 13 and col 8, and col 15 from col 14 and col 6, by
      :func:`lkjcalc.achievement` with the indicator's polarity, formula and (for the year's
      achievement only) cap;
    - each printed grade from its percentage on :data:`~lkjcalc.scales.PERMENDAGRI_86_2017`;
    - the budget columns (Rp, exact): col 13 the sum of cols 9–12, col 14 col 7 + col 13, the
      absorption col 13 / col 8 × 100 and col 15 col 14 / col 6 × 100, and their grades.

    Targets and rupiah amounts are exact; realizations (cols 7, 9–14) and percentages stand for
    the values that print to them. A later column takes an earlier one's printed values when
    they agree with its inputs and the recomputed values when they do not, so a finding does
    not cascade. A column whose inputs are not printed is not checked.

    Args:
        row: a :class:`~lkjcalc.review.PrintedRenjaRow`, or a mapping of its fields whose texts
            are read in *notation* (``{"quarters": ["80", "82", "85", "86"], ...}``).
        accumulation: how the indicator's periods accumulate (an :class:`~lkjcalc.Accumulation`
            or its value string); required unless *indicator* declares one.
        indicator: an :class:`~lkjcalc.Indicator` whose options apply.
        polarity: overrides the indicator's (default maximize).
        minimize_formula: overrides the indicator's (default mirror).
        allow_negative: overrides the indicator's (default ``False``): a realization below 0
            is then a value, not an ``UNDEFINED`` finding.
        cap: overrides the indicator's ceiling of this year's achievement (default none).
        where: where the row is printed (default: the row's own ``where``).
        notation: the notation of the texts of a mapping.

    Returns:
        Every finding, in the form's order: col 13, col 14, the year's achievement and its
        grade, col 15 and its grade, then the budget's. ``UNDEFINED`` for a figure that cannot
        be recomputed (a target of 0, no quarter reported, a negative realization the indicator
        does not allow).

    Raises:
        InvalidInputError: no accumulation; an unknown field; an option that is not accepted.
        ParseError: a text that cannot be read in *notation*.

    References:
        Permendagri 86/2017, Lampiran, form E.81; domain.md §9 (the columns) and §7 (the review).

    Examples:
        A percentage reported 80, 82, 85 and 86 (a ``STOCK``) whose year is printed 333:

        >>> row = {"year_target": "86", "quarters": ["80", "82", "85", "86"],
        ...        "realization_year": "333", "where": "E.81, baris 2"}  # fmt: skip
        >>> [finding] = check_renja(row, accumulation="stock")
        >>> print(finding.text())
        tercantum 333, seharusnya 86 (triwulan terakhir yang dilaporkan, TW IV 86 (STOCK)); angka yang tercantum pada masukannya memungkinkan 85,5 s.d. 87; 333 adalah jumlah triwulan (FLOW), padahal akumulasi indikatornya STOCK
        >>> finding.where
        'E.81, baris 2, kolom 13'
        >>> check_renja({**row, "realization_year": "86"}, accumulation="stock")
        []
    """  # noqa: E501
    notation = check_notation(notation)
    printed = _renja_row(row, notation)
    place = check_where(where) or printed.where
    options = _options(
        indicator=indicator,
        accumulation=accumulation,
        polarity=polarity,
        minimize_formula=minimize_formula,
        allow_negative=allow_negative,
        cap=cap,
    )
    acc = options.accumulation
    domain = None if options.allow_negative else at_least(ZERO)
    judge = Judge(where=place, accumulation=acc)
    scale = PERMENDAGRI_86_2017

    # The performance columns (K).
    year_found, alternatives = _year(printed.quarters, acc, exact=False, domain=domain)
    kind = FindingKind.TOTAL if acc is Accumulation.FLOW else FindingKind.VALUE
    year = judge.figure(
        printed.realization_year,
        year_found,
        kind=kind,
        place="kolom 13",
        what={"en": "col 13", "id": "kolom 13"},
        domain=domain,
        alternatives=alternatives,
    )
    to_date_found, alternatives = _to_date(
        printed.realized_before, year, acc, exact=False, domain=domain
    )
    to_date = judge.figure(
        printed.realization_to_date,
        to_date_found,
        kind=kind,
        place="kolom 14",
        what={"en": "col 14", "id": "kolom 14"},
        domain=domain,
        alternatives=alternatives,
    )
    this_year = judge.figure(
        printed.achievement_year,
        _achievement(printed.year_target, year, options, capped=True, names=("13", "8")),
        kind=FindingKind.ACHIEVEMENT,
        place="capaian tahun ini (kolom 13 / kolom 8)",
        what={"en": "this year's achievement", "id": "capaian tahun ini"},
    )
    judge.grade(
        printed.band_year,
        this_year,
        scale,
        place="predikat capaian tahun ini",
        what={"en": "this year's achievement", "id": "capaian tahun ini"},
    )
    progress = judge.figure(
        printed.progress,
        _achievement(printed.final_target, to_date, options, capped=False, names=("14", "6")),
        kind=FindingKind.ACHIEVEMENT,
        place="kolom 15",
        what={"en": "col 15", "id": "kolom 15"},
    )
    judge.grade(
        printed.band_progress,
        progress,
        scale,
        place="predikat kolom 15",
        what={"en": "col 15", "id": "kolom 15"},
    )

    # Budget (Rp): amounts are exact and add up.
    money = Judge(where=place)
    amounts = at_least(ZERO)
    spent_found, _ = _year(printed.budget_quarters, Accumulation.FLOW, exact=True, domain=amounts)
    spent = money.figure(
        printed.budget_year,
        spent_found,
        kind=FindingKind.TOTAL,
        place="kolom 13 (Rp)",
        what={"en": "col 13 (Rp)", "id": "kolom 13 (Rp)"},
        exact=True,
        domain=amounts,
    )
    spent_to_date_found, _ = _to_date(
        printed.budget_before, spent, Accumulation.FLOW, exact=True, domain=amounts
    )
    spent_to_date = money.figure(
        printed.budget_to_date,
        spent_to_date_found,
        kind=FindingKind.TOTAL,
        place="kolom 14 (Rp)",
        what={"en": "col 14 (Rp)", "id": "kolom 14 (Rp)"},
        exact=True,
        domain=amounts,
    )
    absorbed = money.figure(
        printed.budget_absorption_year,
        _spent_share(printed.budget_allocation, spent, ("13", "8")),
        kind=FindingKind.PERCENTAGE,
        place="penyerapan anggaran tahun ini (kolom 13 / kolom 8, Rp)",
        what={"en": "this year's absorption", "id": "penyerapan anggaran tahun ini"},
    )
    money.grade(
        printed.band_budget_year,
        absorbed,
        scale,
        place="predikat penyerapan anggaran tahun ini",
        what={"en": "this year's absorption", "id": "penyerapan anggaran tahun ini"},
    )
    budget_progress = money.figure(
        printed.budget_progress,
        _spent_share(printed.budget_final, spent_to_date, ("14", "6")),
        kind=FindingKind.PERCENTAGE,
        place="kolom 15 (Rp)",
        what={"en": "col 15 (Rp)", "id": "kolom 15 (Rp)"},
    )
    money.grade(
        printed.band_budget_progress,
        budget_progress,
        scale,
        place="predikat kolom 15 (Rp)",
        what={"en": "col 15 (Rp)", "id": "kolom 15 (Rp)"},
    )
    return judge.found + money.found
