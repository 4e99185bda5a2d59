"""The path every check of a review follows: read the inputs, compare ranges, word findings.

Every check follows one path (domain.md §7, v0.2):

1. read every input and the published figure in the chosen notation, and take each for the
   values it stands for (:class:`~lkjcalc.review._interval.Interval`): exact for what is exact
   (counts, rupiah amounts, targets), the values that print to it for a computed figure;
2. clip the inputs to the formula's domain; if nothing is left, the figure cannot be recomputed:
   one finding of kind ``UNDEFINED`` that says why, never an exception;
3. evaluate the formula — lkjcalc's public function — at the ends of the inputs' intervals,
   which spans its range, and compare that range with the published figure's interval: if they
   meet, the figure agrees (``[]``); else one finding with the recomputed value and the range.

A check raises only for a malformed call: a value of a wrong type, or text that cannot be read in
the chosen notation (:class:`~lkjcalc.errors.ParseError`).

The checks themselves live by concern in ``_sums`` (totals, differences, percentages, absorption,
one figure printed twice), ``_achievements`` (achievements and their bands) and ``_surveys`` (the
weights and the survey table); this module holds what they share.

Internal to :mod:`lkjcalc.review` (the public names of the checks are re-exported there).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

import attrs

from lkjcalc._numeric import CONTEXT, to_decimal
from lkjcalc._validators import check_values
from lkjcalc.errors import InvalidTypeError
from lkjcalc.review._findings import (
    Finding,
    FindingKind,
    Language,
    bounds,
    figure_or_text,
    range_clause,
    recomputed,
)
from lkjcalc.review._interval import Interval
from lkjcalc.review._published import FigureKind, Notation, Published, read_figure

__all__ = [
    "LANGS",
    "Input",
    "Printed",
    "Role",
    "check_where",
    "compare",
    "figure_list",
    "finite_end",
    "printed_values",
    "read_input",
    "to_number",
    "undefined",
]

#: What a figure is, for what it stands for: exact (counts, amounts, targets), computed (stands
#: for the values printing to it), or unknown (decided by the text: decimals or "%" → computed).
Role = Literal["exact", "computed", "unknown"]
Printed = str | Published
#: The languages every finding is worded in.
LANGS: tuple[Language, ...] = ("en", "id")


@attrs.frozen
class Input:
    """One input of a formula: the values it stands for, its value, and how to show it."""

    interval: Interval
    value: Decimal
    shown: Published | Decimal

    def text(self, lang: Language) -> str:
        return figure_or_text(self.shown, lang)


def to_number(value: object, name: str) -> Decimal:
    """A number input as a ``Decimal`` (a ``Fraction`` too, in the private context)."""
    if isinstance(value, Fraction):
        # domain.md §0 (v0.2): a Fraction is a number, converted in the private context.
        return CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))
    return to_decimal(value, name)


def _is_exact(figure: Published, role: Role) -> bool:
    if figure.exact is not None:
        return figure.exact
    if role != "unknown":
        return role == "exact"
    # A rupiah amount is exact; a figure with decimals or a percent sign is computed.
    return figure.kind is FigureKind.RUPIAH or (
        figure.places == 0 and figure.kind is not FigureKind.PERCENT
    )


def printed_values(figure: Published, role: Role) -> Interval:
    """The values a printed figure stands for, as what it is (*role*) unless it says itself."""
    return Interval.point(figure.value) if _is_exact(figure, role) else figure.interval


def read_input(value: object, name: str, notation: Notation, role: Role) -> Input:
    """Read one input: printed text or a :class:`Published` in *notation*, or a number."""
    if isinstance(value, (str, Published)):
        figure = read_figure(value, name, notation)
        return Input(printed_values(figure, role), figure.value, figure)
    number = to_number(value, name)
    return Input(Interval.point(number), number, number)


def check_where(where: object) -> str:
    """The ``where=`` of a check: the place in the report a finding names."""
    if not isinstance(where, str):
        raise InvalidTypeError(field="where", value=where, expected="a str")
    return where


def figure_list(value: object, name: str, expected: str) -> list[object]:
    """An ordered collection of figures as a list (not text, bytes, a set or a 0-d array)."""
    return list(check_values(value, name, f"{expected} (a list, tuple or array; not a set)"))


# --------------------------------------------------------------------------------- findings


def compare(
    kind: FindingKind,
    where: str,
    figure: Published,
    *,
    role: Role,
    found: Interval,
    expected: Decimal,
    how: dict[Language, str],
    what: dict[Language, str] | None = None,
) -> list[Finding]:
    """``[]`` when *found* meets the published figure's values, else the finding."""
    if found.meets(printed_values(figure, role)):
        return []
    sentence: dict[Language, str] = {}
    for lang in LANGS:
        if lang == "en":
            head = f"printed {what['en']} " if what else "printed "
            should = "recomputed"
        else:
            head = f"{what['id']} tercantum " if what else "tercantum "
            should = "seharusnya"
        sentence[lang] = (
            f"{head}{figure.text}, {should} {recomputed(expected, figure, lang)} ({how[lang]})"
            f"{range_clause(found, figure, lang)}"
        )
    return [
        Finding(
            kind=kind,
            where=where,
            published=figure,
            expected=expected,
            **bounds(found),
            message=sentence["en"],
            indonesian=sentence["id"],
        )
    ]


def undefined(
    where: str, figure: Published, what: dict[Language, str], why: dict[Language, str]
) -> list[Finding]:
    """The finding for a figure that cannot be recomputed, saying why."""
    en = f"printed {figure.text}, but {what['en']} cannot be recomputed"
    indonesian = f"tercantum {figure.text}, tetapi {what['id']} tidak dapat dihitung"
    return [
        Finding(
            kind=FindingKind.UNDEFINED,
            where=where,
            published=figure,
            message=f"{en}: {why['en']}",
            indonesian=f"{indonesian}: {why['id']}",
        )
    ]


def finite_end(found: Interval) -> Decimal:
    """A finite value of a range, for the recomputed value when the printed inputs have none."""
    return found.lower if found.lower.is_finite() else found.upper
