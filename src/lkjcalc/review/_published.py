"""Printed figures: reading them in a notation, and what each one stands for (internal).

The public names are re-exported by :mod:`lkjcalc.review` and :mod:`lkjcalc`.

**Notations** (domain.md §7, v0.2). Indonesian notation (``"id"``, the default, PUEBI and CLDR
``id``): ``.`` groups thousands, ``,`` marks decimals (``"1.500"`` is one thousand five hundred,
``"1,5"`` one and a half). English notation (``"en"``, as many e-SAKIP exports print): ``,`` groups
thousands, ``.`` marks decimals (``"1,004,422,800"``, ``"93.6"``). Plain notation (``"plain"``):
the plain ASCII decimals of domain.md §0 (``"12143000.00"``), for text a program wrote. A text that
is ambiguous in the chosen notation is a :class:`~lkjcalc.errors.ParseError`, whose message
suggests the notation that reads it.

The reader is a hand-written scan, one pass over the text (no regular expression, so no
backtracking): its time is linear in the length of the text.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from lkjcalc._frozen import FrozenMap
from lkjcalc._numeric import Number, to_count, to_decimal
from lkjcalc._validators import (
    check_enum,
    instance_validator,
    optional_str_validator,
    str_validator,
)
from lkjcalc.errors import InvalidInputError, InvalidTypeError, ParseError
from lkjcalc.performance import Indicator
from lkjcalc.review._interval import Interval
from lkjcalc.scales import IKM_2017, Scale

__all__ = [
    "FigureKind",
    "Notation",
    "PrintedSurvey",
    "Published",
    "check_notation",
    "published",
    "read_figure",
]

#: The notations a printed figure can be read in.
Notation = Literal["id", "en", "plain"]
_NOTATIONS: tuple[str, ...] = ("id", "en", "plain")
_NAMES = {"id": "Indonesian", "en": "English", "plain": "plain"}
_EXAMPLES = {
    "id": "a figure in Indonesian notation such as '85%', '1,907%', '3,400', "
    "'Rp. 12.143.000,00' or '692.541.800,00'",
    "en": "a figure in English notation such as '85%', '1.907%', '3.400', "
    "'1,004,422,800' or '692,541,800.00'",
    "plain": "a plain decimal figure such as '85', '1.907', '-3' or '692541800.00' "
    "(sign, ASCII digits, optional point; an optional '%')",
}
#: (grouping sign, decimal sign) of each notation.
_SIGNS = {"id": (".", ","), "en": (",", "."), "plain": ("", ".")}
_DIGITS = frozenset("0123456789")
_SHOWN = 40  # digits of a value a message quotes
_SPACES = " \u00a0\u202f"


class FigureKind(enum.Enum):
    """What a printed figure is: a percentage, a rupiah amount or a plain number."""

    PERCENT = "percent"
    RUPIAH = "rupiah"
    PLAIN = "plain"


def check_notation(value: object) -> Notation:
    """The notation option: ``"id"``, ``"en"`` or ``"plain"`` (any case)."""
    if isinstance(value, str) and value.strip().lower() in _NOTATIONS:
        return value.strip().lower()  # type: ignore[return-value]
    expected = "one of 'id', 'en', 'plain'"
    if not isinstance(value, str):
        raise InvalidTypeError(field="notation", value=value, expected=expected)
    raise InvalidInputError(field="notation", value=value, expected=expected)


def _to_figure_kind(value: object) -> FigureKind:
    return check_enum(value, FigureKind, "kind")


def _to_value(value: Number) -> Decimal:
    return to_decimal(value, "value")


#: The most decimals a printed figure can have: the magnitudes lkjcalc accepts end at 1E-10000.
_MAX_PLACES = 10_000


def _check_places(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or not 0 <= value <= _MAX_PLACES:
        raise InvalidInputError(field=attr.name, value=value, expected="an int from 0 to 10000")


def _check_exact(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise InvalidTypeError(field=attr.name, value=value, expected="True, False or None")


# Converters of the printed figures, each naming its field in an error.


@attrs.frozen(kw_only=True)
class Published:
    """A figure as printed in a report: its value, the decimals it was printed with, its kind.

    Build it with :func:`published` from the printed text. A printed figure stands for the
    values that print to it (:attr:`interval`), unless it is exact: a count, a rupiah amount or a
    target is exactly what it says. :attr:`exact` says which, when the text alone cannot:
    ``None`` (the default) lets each check decide from what the figure is (domain.md §7).

    Examples:
        >>> fig = published("1,907%")
        >>> fig.value, fig.places, fig.kind
        (Decimal('1.907'), 3, <FigureKind.PERCENT: 'percent'>)
        >>> fig.agrees("1.90765")  # truncated to 3 decimals
        True
        >>> fig.interval.lower, fig.interval.upper
        (Decimal('1.9065'), Decimal('1.908'))
    """

    text: str = attrs.field(validator=str_validator(allow_empty=True))
    value: Decimal = attrs.field(converter=_to_value)
    places: int = attrs.field(validator=_check_places)
    kind: FigureKind = attrs.field(default=FigureKind.PLAIN, converter=_to_figure_kind)
    exact: bool | None = attrs.field(default=None, validator=_check_exact)

    @property
    def interval(self) -> Interval:
        """The values the figure stands for: itself when exact, else what prints to it."""
        if self.exact:
            return Interval.point(self.value)
        return Interval.printed(self.value, self.places)

    def agrees(self, computed: Number) -> bool:
        """Whether *computed* prints as this figure (half up or truncated), or is it when exact."""
        exact = to_decimal(computed, "computed")
        if self.exact:
            return exact == self.value
        return self.interval.contains(exact)

    def __str__(self) -> str:
        return self.text


def published(
    text: str | Published, *, notation: Notation = "id", exact: bool | None = None
) -> Published:
    """Read a printed figure (*angka yang tercantum*): value, decimals printed, kind.

    Reads Indonesian notation by default, strictly (``.`` groups thousands, ``,`` is the decimal
    sign), with an optional ``%`` (a percentage), an optional ``Rp``/``Rp.`` (a rupiah amount),
    ``,-`` for whole rupiah, parentheses or a minus for negatives. ``notation="en"`` reads English
    notation (``"1,004,422,800"``, ``"93.6"``), ``notation="plain"`` plain ASCII decimals.

    Args:
        text: the printed figure, exactly as in the report; a :class:`Published` is returned as
            is (or with *exact* set, when *exact* is given).
        notation: ``"id"`` (default), ``"en"`` or ``"plain"``.
        exact: ``True`` for a figure that is exactly what it says (a count, an amount, a target),
            ``False`` for one that stands for the values printing to it (a computed figure);
            ``None`` lets each check decide from what the figure is.

    Returns:
        The :class:`Published` figure.

    Raises:
        ParseError: text that is not a figure in the notation, or is ambiguous in it (``"1.5"``
            in Indonesian notation); the message suggests the notation that reads it.

    References:
        PUEBI, lambang bilangan; CLDR ``id`` and ``en``; domain.md §6 and §7.

    Examples:
        Figures of the seed report (table 3.1 and D. Realisasi Anggaran):

        >>> published("85%").value, published("85%").places
        (Decimal('85'), 0)
        >>> published("Rp. 12.143.000,00").kind
        <FigureKind.RUPIAH: 'rupiah'>
        >>> published("3,400").value, published("1.004.422.800").value
        (Decimal('3.400'), Decimal('1004422800'))
        >>> published("1,004,422,800", notation="en").value
        Decimal('1004422800')
        >>> published("1.5")
        Traceback (most recent call last):
        ...
        lkjcalc.errors.ParseError: text: got '1.5', expected a figure in Indonesian notation ...
    """
    figure = read_figure(text, "text", check_notation(notation))
    if exact is None or figure.exact is exact:
        return figure
    if not isinstance(exact, bool):
        raise InvalidTypeError(field="exact", value=exact, expected="True, False or None")
    return attrs.evolve(figure, exact=exact)


def read_figure(text: object, name: str, notation: Notation) -> Published:
    """:func:`published`, naming the argument *name* in its errors (internal API)."""
    if isinstance(text, Published):
        return text
    if not isinstance(text, str):
        raise InvalidTypeError(field=name, value=text, expected="the printed text of a figure")
    read = _scan(text, notation)
    if isinstance(read, str):
        raise ParseError(
            field=name,
            value=text,
            expected=_EXAMPLES[notation],
            detail=read + _suggestion(text, notation),
        )
    value, places, kind = read
    # The magnitude limits of every number (1E±10000), checked here to name the argument.
    return Published(text=text, value=to_decimal(value, name), places=places, kind=kind)


def _suggestion(text: str, notation: Notation) -> str:
    """Name the notation that reads *text*, if another one does."""
    for other in _NOTATIONS:
        if other != notation:
            read = _scan(text, other)  # type: ignore[arg-type]
            if not isinstance(read, str):
                value = str(read[0])
                reads = f"reads {value}" if len(value) <= _SHOWN else "can be read"
                return (
                    f"; in {_NAMES[other]} notation it {reads}: "
                    f"pass notation={other!r} if the report prints that way"
                )
    return ""


def _scan(text: str, notation: Notation) -> tuple[Decimal, int, FigureKind] | str:
    """Read *text* in *notation*: (value, places, kind), or what is wrong with it.

    One pass over the text from both ends (``str.strip`` and slicing are linear), then one
    pass over the digits.
    """
    body = text.strip()
    if not body:
        return "the text is empty"
    kind = FigureKind.PLAIN
    if body[-1] == "%":
        kind = FigureKind.PERCENT
        body = body[:-1].rstrip()
    if notation == "plain":
        negative = body[:1] == "-"
        return _plain_number(body[1:] if body[:1] in {"-", "+"} else body, kind, negative=negative)
    affixes = _affixes(body, kind)
    if isinstance(affixes, str):
        return affixes
    body, kind, negative = affixes
    group, decimal = _SIGNS[notation]
    if body.endswith(decimal + "-"):
        body = body[:-2]  # ",-": whole rupiah, no sen
    return _grouped_number(body, kind, group, decimal, negative=negative)


def _affixes(body: str, kind: FigureKind) -> tuple[str, FigureKind, bool] | str:
    """Take the sign, parentheses and ``Rp`` off: (digits, kind, negative), or the problem."""
    negative = body[:1] == "(" and body[-1:] == ")"
    if negative:
        body = body[1:-1].strip()
    minus = body[:1] == "-"
    if minus:
        body = body[1:].lstrip(_SPACES)
    if body[:2].lower() == "rp":
        if kind is FigureKind.PERCENT:
            return "a figure is a rupiah amount or a percentage, not both"
        kind = FigureKind.RUPIAH
        body = body[2:].removeprefix(".").lstrip(_SPACES)
        if body[:1] == "-":
            if minus:
                return "there are two minus signs"
            minus, body = True, body[1:]
    if negative and minus:
        return "a negative figure has parentheses or a minus sign, not both"
    return body, kind, negative or minus


def _digits(text: str) -> bool:
    return bool(text) and all(char in _DIGITS for char in text)


def _plain_number(
    body: str, kind: FigureKind, *, negative: bool
) -> tuple[Decimal, int, FigureKind] | str:
    whole, _, fraction = body.partition(".")
    if not (_digits(whole) or _digits(fraction)) or any(
        part and not _digits(part) for part in (whole, fraction)
    ):
        return "only an optional sign, ASCII digits and one '.' can appear"
    return _figure(whole or "0", fraction, kind, negative=negative)


def _grouped_number(
    body: str, kind: FigureKind, group: str, decimal: str, *, negative: bool
) -> tuple[Decimal, int, FigureKind] | str:
    whole, sign, fraction = body.partition(decimal)
    problem = _grouping(whole, group, decimal)
    if sign and not _digits(fraction):
        if decimal in fraction:
            problem = (
                f"{decimal!r} is the decimal sign and appears once; {group!r} groups thousands"
            )
        else:
            problem = f"digits must follow the decimal sign {decimal!r}"
    if problem:
        return problem
    return _figure(whole.replace(group, ""), fraction, kind, negative=negative)


def _grouping(whole: str, group: str, decimal: str) -> str:  # noqa: PLR0911 - one per fault
    """What is wrong with the digits before the decimal sign, or ``""``."""
    groups = whole.split(group)
    if all(_digits(part) for part in groups):
        if len(groups) == 1:
            return ""
        if 1 <= len(groups[0]) <= 3 and all(len(part) == 3 for part in groups[1:]):  # noqa: PLR2004
            if groups[0][0] == "0":
                return f"a grouped figure cannot start with 0 ({whole!r} could be a fraction)"
            return ""
        return _grouping_problem(group, decimal)
    if not whole:
        return "there are no digits"
    if len(groups) > 1:
        return _grouping_problem(group, decimal)
    return "only digits, '.', ',', a sign, 'Rp' or 'Rp.' and parentheses can appear"


def _grouping_problem(group: str, decimal: str) -> str:
    example = "1,5 not 1.5" if decimal == "," else "1.5 not 1,5"
    return (
        f"{group!r} groups thousands and must be followed by exactly 3 digits; "
        f"write decimals after {decimal!r} ({example})"
    )


def _figure(
    whole: str, fraction: str, kind: FigureKind, *, negative: bool
) -> tuple[Decimal, int, FigureKind]:
    value = Decimal(f"{whole}.{fraction}" if fraction else whole)  # exact: plain digits
    if negative and not value.is_zero():
        value = value.copy_negate()
    return value, len(fraction), kind


# --------------------------------------------------------------------------------- printed records

Figure = str | Published
"""A printed figure: its text as printed, or a :class:`Published`."""


def to_figure(value: Figure, name: str = "text") -> Published:
    """A printed figure read as :func:`published` does, its errors naming the field *name*.

    Internal API: the converter of the printed records' fields (each passes its field's name).
    """
    return read_figure(value, name, "id")


def to_optional_figure(value: Figure | None, name: str = "text") -> Published | None:
    """:func:`to_figure`, or ``None`` for a figure that is not printed (internal API)."""
    return None if value is None else read_figure(value, name, "id")


def to_figures(
    value: Mapping[str, Figure] | None, name: str = "figures"
) -> FrozenMap[str, Published] | None:
    """Printed figures by code (NRR per element), read-only, or ``None`` (internal API)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidTypeError(field=name, value=value, expected="a mapping code → figure")
    return FrozenMap((to_code(k), read_figure(v, f"{name}[{k!r}]", "id")) for k, v in value.items())


def name_fields(
    *others: Callable[..., object],
) -> Callable[[type, list[attrs.Attribute[Any]]], list[attrs.Attribute[Any]]]:
    """An attrs ``field_transformer`` by which each printed figure's errors name its field.

    Internal API: a field converted by :func:`to_figure`, :func:`to_optional_figure`,
    :func:`to_figures` (or one of *others*, each taking ``name=``) is given that converter with
    its own name, so that ``PrintedRenjaRow(budget_year="x")`` is refused as ``budget_year: got
    'x', …`` rather than under a name shared by every field.
    """
    converters: frozenset[object] = frozenset({to_figure, to_optional_figure, to_figures, *others})

    def transform(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
        named = []
        for field in fields:
            convert: Any = field.converter  # a plain function here, not an attrs Converter
            if convert in converters:
                field = field.evolve(converter=functools.partial(convert, name=field.name))  # noqa: PLW2901
            named.append(field)
        return named

    return transform


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
) -> Published | FrozenMap[str, Published] | None:
    if value is None or isinstance(value, Mapping):
        return to_figures(value, "weights")
    return read_figure(value, "weights", "id")


@attrs.frozen(kw_only=True, field_transformer=name_fields())
class PrintedSurvey:
    """A survey result as printed: the index, the IKM, the grade and whatever parts are printed.

    The survey table of a report (*hasil SKM*), figure by figure as printed, for
    :func:`~lkjcalc.review.check_ikm` and the report's review (:mod:`lkjcalc.report` re-exports
    it). Any part the report does not print is ``None``. Text is read in Indonesian notation;
    pass :class:`Published` figures (``published(text, notation="en")``) for another.

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
    nrr: FrozenMap[str, Published] | None = attrs.field(default=None, converter=to_figures)
    weights: Published | FrozenMap[str, Published] | None = attrs.field(
        default=None, converter=_to_weights
    )
    weighted_nrr: FrozenMap[str, Published] | None = attrs.field(default=None, converter=to_figures)
    scale: Scale = attrs.field(default=IKM_2017, validator=instance_validator(Scale))
    indicator: Indicator | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_validator(Indicator))
    )
    year: int | None = attrs.field(default=None, converter=to_year)
    where: str = attrs.field(validator=str_validator())
