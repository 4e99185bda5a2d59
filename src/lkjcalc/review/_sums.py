"""Checks of a table's arithmetic: totals, differences, percentages, absorption, a figure twice.

:func:`check_total`, :func:`check_difference`, :func:`check_percentage`,
:func:`check_absorption` and :func:`check_consistent` (domain.md §7): each printed figure against
the range its printed inputs allow, along the path of ``_checks``.

Internal to :mod:`lkjcalc.review` (the public names are re-exported there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from lkjcalc._numeric import ZERO, Number, percent, subtract, sum_decimals
from lkjcalc.budget import absorption
from lkjcalc.errors import InvalidTypeError
from lkjcalc.review._checks import (
    LANGS,
    Input,
    Printed,
    check_where,
    compare,
    figure_list,
    finite_end,
    read_input,
    undefined,
)
from lkjcalc.review._findings import Finding, FindingKind, Language
from lkjcalc.review._interval import Interval, at_least, at_most, quotient
from lkjcalc.review._published import Notation, Published, check_notation, read_figure

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = [
    "check_absorption",
    "check_consistent",
    "check_difference",
    "check_percentage",
    "check_total",
]


# --------------------------------------------------------------------------------- sums


def check_total(
    parts: Iterable[Number | Printed],
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed total (*jumlah*) against the sum of its parts.

    Args:
        parts: the lines: numbers (exact), or printed text or :class:`Published` figures read in
            *notation* — a figure with decimals or a percent sign stands for the values that print
            to it, a whole number without one is exact (``published(text, exact=...)`` says it
            explicitly; a rupiah amount is exact).
        published: the printed total, read the same way.
        where: where the total is printed.
        notation: ``"id"`` (default), ``"en"`` or ``"plain"``, for every text.

    Returns:
        ``[]`` when some choice of the parts' values gives a total that prints as the published
        one; else one :class:`Finding`.

    Examples:
        The seed's staff table 1.1 counts 2 + 4 + 0 + 7 + 0 + 0 by education; the text says 14:

        >>> [f.text() for f in check_total([2, 4, 0, 7, 0, 0], "14", where="Tabel 1.1")]
        ['tercantum 14, seharusnya 13 (jumlah 6 rincian)']
        >>> check_total(["1.500", "2.500"], "4.000"), check_total(["1,63", "1,78"], "3,40")
        ([], [])
        >>> check_total(["1,500", "2,500"], "4,000", notation="en")
        []
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = check_where(where)
    inputs = [
        read_input(part, f"parts[{i}]", notation, "unknown")
        for i, part in enumerate(figure_list(parts, "parts", "an iterable of numbers"))
    ]
    found = Interval.point(ZERO)
    for item in inputs:
        found += item.interval
    expected = sum_decimals([item.value for item in inputs])
    how: dict[Language, str] = {
        "en": f"sum of {len(inputs)} parts",
        "id": f"jumlah {len(inputs)} rincian",
    }
    return compare(
        FindingKind.TOTAL, where, figure, role="unknown", found=found, expected=expected, how=how
    )


def check_difference(
    minuend: Number | Printed,
    subtrahend: Number | Printed,
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed difference (*selisih*, *sisa*) against minuend − subtrahend.

    The figures are read as :func:`check_total` reads them.

    Examples:
        Unspent budget (*sisa anggaran*) of a line fully spent:

        >>> check_difference(12143000, 12143000, "0,00")
        []
        >>> [f.text("en") for f in check_difference(100, 60, "50")]
        ['printed 50, recomputed 40 (100 − 60)']
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = check_where(where)
    a = read_input(minuend, "minuend", notation, "unknown")
    b = read_input(subtrahend, "subtrahend", notation, "unknown")
    how = {lang: f"{a.text(lang)} − {b.text(lang)}" for lang in LANGS}
    expected = subtract(a.value, b.value)
    found = a.interval - b.interval
    return compare(
        FindingKind.DIFFERENCE,
        where,
        figure,
        role="unknown",
        found=found,
        expected=expected,
        how=how,
    )


# --------------------------------------------------------------------------------- ratios


def _ratio(
    numerator: Input, denominator: Input, divide: Callable[[Decimal, Decimal], Decimal]
) -> tuple[Interval, Decimal] | None:
    """The range of a ratio over the inputs' intervals, and its value at the printed values.

    The denominator keeps the sign of its printed value (a printed 0 that stands for an
    interval: the positive side); ``None`` when nothing of it is left (an exact 0). *divide* is
    lkjcalc's formula, (x, y) → x / y × 100.
    """
    side = at_most(ZERO, closed=False) if denominator.value < 0 else at_least(ZERO, closed=False)
    clipped = denominator.interval.clip(side)
    if clipped is None:
        return None
    found = quotient(numerator.interval, clipped, divide)
    if denominator.value.is_zero():
        return found, finite_end(found)
    return found, divide(numerator.value, denominator.value)


def check_percentage(
    part: Number | Printed,
    whole: Number | Printed,
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed percentage against part / whole × 100.

    Catches percentages computed on another denominator than the table shows. The part and the
    whole are read as :func:`check_total` reads them; the published percentage is a computed
    figure and stands for the values that print to it.

    Returns:
        ``[]`` when it agrees; one finding when it does not, or one of kind ``UNDEFINED`` when the
        whole is 0 (there is no percentage to compare with).

    Examples:
        The seed's table 3.1 prints 1,907 % for Rp 12.143.000 of a budget whose lines sum to
        Rp 692.541.800; 1,907 % is the share of Rp 636.541.800, the total stated in the text:

        >>> check_percentage(12143000, 636541800, "1,907%")
        []
        >>> len(check_percentage(12143000, 692541800, "1,907%"))
        1
        >>> [f.kind.value for f in check_percentage(0, 0, "0%")]
        ['undefined']
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = check_where(where)
    a = read_input(part, "part", notation, "unknown")
    b = read_input(whole, "whole", notation, "unknown")
    ratio = _ratio(a, b, percent)
    if ratio is None:
        return undefined(
            where,
            figure,
            {"en": "the percentage", "id": "persentasenya"},
            {"en": f"the whole is {b.text('en')}", "id": f"pembaginya {b.text('id')}"},
        )
    found, expected = ratio
    how = {lang: f"{a.text(lang)} / {b.text(lang)} × 100" for lang in LANGS}
    return compare(
        FindingKind.PERCENTAGE,
        where,
        figure,
        role="computed",
        found=found,
        expected=expected,
        how=how,
    )


def check_absorption(
    allocation: Number | Printed,
    realization: Number | Printed,
    published: Printed,
    *,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed budget absorption (*penyerapan anggaran*) against its amounts.

    The amounts are rupiah, exact whatever their decimals (``"0,00"`` is exactly 0); the
    absorption is a computed figure and stands for the values that print to it. The formula is
    :func:`lkjcalc.absorption`, R / A × 100.

    Returns:
        ``[]`` when it agrees; one finding when it does not, or one of kind ``UNDEFINED`` when the
        allocation is 0 or an amount is negative.

    Examples:
        The seed's budget table, line I.4: Rp 131.137.800,00 allocated and spent, printed "98":

        >>> [f.text() for f in check_absorption("131.137.800,00", "131.137.800,00", "98")]
        ['tercantum 98, seharusnya 100 (realisasi 131.137.800,00 / pagu 131.137.800,00 × 100)']
        >>> [f.text() for f in check_absorption("0,00", "0,00", "100")]
        ['tercantum 100, tetapi penyerapannya tidak dapat dihitung: pagu anggaran 0,00']
    """
    notation = check_notation(notation)
    figure = read_figure(published, "published", notation)
    where = check_where(where)
    a = read_input(allocation, "allocation", notation, "exact")
    r = read_input(realization, "realization", notation, "exact")
    what: dict[Language, str] = {"en": "the absorption", "id": "penyerapannya"}
    spent = r.interval.clip(at_least(ZERO))
    ratio = None
    why: dict[Language, str]
    if spent is None:
        why = {"en": f"the realization {r.text('en')} is negative",
               "id": f"realisasi anggaran {r.text('id')} negatif"}  # fmt: skip
    elif a.value < 0:
        why = {"en": f"the allocation {a.text('en')} is negative",
               "id": f"pagu anggaran {a.text('id')} negatif"}  # fmt: skip
    else:
        ratio = _ratio(Input(spent, max(r.value, ZERO), r.shown), a, lambda x, y: absorption(y, x))
        why = {"en": f"the allocation is {a.text('en')}", "id": f"pagu anggaran {a.text('id')}"}
    if ratio is None:
        return undefined(where, figure, what, why)
    found, expected = ratio
    how: dict[Language, str] = {
        "en": f"realization {r.text('en')} / allocation {a.text('en')} × 100",
        "id": f"realisasi {r.text('id')} / pagu {a.text('id')} × 100",
    }
    return compare(
        FindingKind.PERCENTAGE,
        where,
        figure,
        role="computed",
        found=found,
        expected=expected,
        how=how,
    )


# --------------------------------------------------------------------------------- consistency


def check_consistent(
    figures: Mapping[str, Printed],
    *,
    what: str | Mapping[str, str] | None = None,
    notation: Notation = "id",
) -> list[Finding]:
    """Check that one figure printed in several places says the same everywhere.

    Two printings agree when the more precise one rounds (half up or truncated) to the less
    precise one: ``85,03%`` and ``85%`` agree, ``80%`` and ``85%`` do not; an exact figure
    (``published(text, exact=True)``) agrees only with the same value. The reference is the
    printing that most others agree with (ties: the more precise, then the first); every place
    that disagrees with it is a finding.

    Args:
        figures: where → the figure as printed there.
        what: names the figure in the sentence: one name, or one per language
            (``{"en": "the target", "id": "target"}``).
        notation: the notation of every text.

    Returns:
        One finding per place whose printing disagrees with the reference.

    Examples:
        The Musrenbang target: 85 % in the performance agreement and table 1.1, 80 % in table 3.2:

        >>> found = check_consistent(
        ...     {"Perjanjian Kinerja": "85%", "Tabel 1.1": "85%", "Tabel 3.2": "80%"},
        ...     what={"en": "the Musrenbang target", "id": "target Musrenbang"},
        ... )
        >>> print(found[0].text())
        target Musrenbang tercantum 80%, tidak sesuai dengan 85% pada Perjanjian Kinerja
        >>> found[0].where
        'Tabel 3.2'
    """
    notation = check_notation(notation)
    names = _names(what)
    if not isinstance(figures, Mapping):
        raise InvalidTypeError(field="figures", value=figures, expected="a mapping where → figure")
    for where in figures:
        if not isinstance(where, str):
            raise InvalidTypeError(
                field="figures", value=where, expected="places (str) as keys: where → figure"
            )
    read = {
        check_where(where): read_figure(text, f"figures[{where!r}]", notation)
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
                f"{names['en']} is printed {figure.text} here but {reference.text} "
                f"in {reference_where}"
            ),
            indonesian=(
                f"{names['id']} tercantum {figure.text}, tidak sesuai dengan {reference.text} "
                f"pada {reference_where}"
            ),
        )
        for where, figure in read.items()
        if not _same(figure, reference)
    ]


def _names(what: object) -> dict[Language, str]:
    if what is None:
        return {"en": "the figure", "id": "angka ini"}
    if isinstance(what, str):
        return {"en": what, "id": what}
    if isinstance(what, Mapping) and all(isinstance(what.get(lang), str) for lang in LANGS):
        return {lang: what[lang] for lang in LANGS}
    raise InvalidTypeError(
        field="what", value=what, expected="a str, or a mapping with 'en' and 'id' names"
    )


def _same(a: Published, b: Published) -> bool:
    """Whether two printings of one figure agree: the more precise rounds to the other."""
    coarse, fine = (a, b) if a.places <= b.places else (b, a)
    if fine.exact:
        return coarse.value == fine.value
    return coarse.agrees(fine.value)
