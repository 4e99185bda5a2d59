"""Findings (*temuan*): what a review found, said in Indonesian or in English (internal).

The public names are re-exported by :mod:`lkjcalc.review` and :mod:`lkjcalc`.

A finding carries its figures (the published figure, the recomputed value and the range of values
the printed inputs allow) and one sentence per language: :attr:`Finding.message` is the English
sentence, :meth:`Finding.text` gives either. Recomputed figures are shown in the language's
notation (Indonesian ``85,03%``, ``Rp692.541.800,00``; English ``85.03%``) with the published
figure's decimals plus two, half up, trailing zeros dropped; published figures as printed.

The Indonesian wording follows the way inspectorates write their review notes (*catatan hasil
reviu*): the figure *tercantum* (as stated in the report), what it *seharusnya* is (should be),
and a figure that is *tidak sesuai dengan* (does not agree with) the same figure elsewhere;
``docs/review.md`` cites the sources.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

import attrs

from lkjcalc._display import FigureText, table
from lkjcalc._numeric import Number, quantize, to_decimal
from lkjcalc._validators import check_enum, check_values, instance_validator, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.review._published import FigureKind, Published

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lkjcalc.review._interval import Interval

__all__ = ["Finding", "FindingKind", "Language", "check_lang", "findings_html", "show"]

#: The languages a finding speaks.
Language = Literal["id", "en"]
_SIGNS = {"id": (".", ","), "en": (",", ".")}


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
    UNDEFINED = "undefined"  #: a printed figure that cannot be recomputed (a target of 0, ...)
    SAMPLE = "sample"  #: fewer respondents than the minimum sample for the population


#: Each kind in Indonesian, for tables (*jenis temuan*).
KIND_ID = {
    FindingKind.TOTAL: "jumlah",
    FindingKind.DIFFERENCE: "selisih",
    FindingKind.PERCENTAGE: "persentase",
    FindingKind.ACHIEVEMENT: "capaian",
    FindingKind.BAND: "predikat",
    FindingKind.INCONSISTENT: "tidak konsisten",
    FindingKind.WEIGHTS: "bobot",
    FindingKind.OUT_OF_RANGE: "di luar skala",
    FindingKind.VALUE: "nilai",
    FindingKind.UNDEFINED: "tidak dapat dihitung",
    FindingKind.SAMPLE: "jumlah sampel",
}


def check_lang(value: object) -> Language:
    """The language option: ``"id"`` or ``"en"`` (any case)."""
    if isinstance(value, str) and value.strip().lower() in _SIGNS:
        return value.strip().lower()  # type: ignore[return-value]
    expected = "'id' or 'en'"
    if not isinstance(value, str):
        raise InvalidTypeError(field="lang", value=value, expected=expected)
    raise InvalidInputError(field="lang", value=value, expected=expected)


# --------------------------------------------------------------------------------- figures in text


def show(
    value: Decimal,
    lang: Language,
    *,
    places: int | None = None,
    kind: FigureKind = FigureKind.PLAIN,
) -> str:
    """A figure in the language's notation: rounded half up to *places*, trailing zeros dropped.

    ``places=None`` shows the value exactly, with its own decimals. A rupiah amount always has
    its two decimals
    (``Rp692.541.800,00``, PUEBI).

    Examples:
        >>> show(
        ...     Decimal("85.0299401197604790419161676646706586826"),
        ...     "id",
        ...     places=2,
        ...     kind=FigureKind.PERCENT,
        ... )
        '85,03%'
        >>> show(Decimal("692541800"), "id", kind=FigureKind.RUPIAH)
        'Rp692.541.800,00'
        >>> show(Decimal("1.75340"), "en", places=5), show(Decimal("100.00"), "en", places=2)
        ('1.7534', '100')
    """
    if not value.is_finite():
        return {"id": "tak hingga", "en": "infinity"}[lang]
    number = value
    if places is not None:
        # A recomputed figure: rounded, and its trailing zeros dropped.
        text = f"{quantize(value, places):f}"
        number = Decimal(text.rstrip("0").rstrip(".") if "." in text else text)
    if kind is FigureKind.RUPIAH:
        number = quantize(number, max(2, -int(number.as_tuple().exponent)))
    group, decimal = _SIGNS[lang]
    text = f"{number.copy_abs():,f}".replace(",", "\0").replace(".", decimal).replace("\0", group)
    sign = "-" if number < 0 else ""
    if kind is FigureKind.RUPIAH:
        return f"{sign}Rp{text}"
    return f"{sign}{text}{'%' if kind is FigureKind.PERCENT else ''}"


def _to_finding_kind(value: object) -> FindingKind:
    return check_enum(value, FindingKind, "kind")


def _to_expected(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "expected")


def _to_lower(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "lower")


def _to_upper(value: Number | None) -> Decimal | None:
    return None if value is None else to_decimal(value, "upper")


@attrs.frozen(kw_only=True)
class Finding:
    """One disagreement found by a review (*temuan*).

    Args:
        kind: what disagrees (:class:`FindingKind`).
        where: where in the report (``"Tabel 3.1, baris 1, % anggaran"``).
        published: the figure as printed, or ``None`` when the finding is about a missing figure
            or a structure (weights).
        expected: what lkjcalc computes from the other printed figures (at their printed values),
            unrounded, or ``None``.
        lower: the least value the printed inputs allow (each anywhere in the values it stands
            for), or ``None`` for a finding that is not about a figure, or no bound.
        upper: the greatest such value, or ``None`` likewise.
        message: the finding in one English sentence.
        indonesian: the same sentence in Indonesian (:meth:`text` falls back on *message*).

    Examples:
        >>> from lkjcalc import check_percentage
        >>> [finding] = check_percentage(12143000, 692541800, "1,907%", where="Tabel 3.1")
        >>> print(finding.text())
        tercantum 1,907%, seharusnya 1,7534% (12.143.000 / 692.541.800 × 100)
        >>> print(finding)
        [percentage] Tabel 3.1: printed 1,907%, recomputed 1.7534% (12,143,000 / 692,541,800 × 100)
    """

    kind: FindingKind = attrs.field(converter=_to_finding_kind)
    where: str = attrs.field(validator=str_validator(allow_empty=True))
    published: Published | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_validator(Published))
    )
    expected: Decimal | None = attrs.field(default=None, converter=_to_expected)
    lower: Decimal | None = attrs.field(default=None, converter=_to_lower)
    upper: Decimal | None = attrs.field(default=None, converter=_to_upper)
    message: str = attrs.field(validator=str_validator())
    indonesian: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(str_validator())
    )

    def text(self, lang: Language = "id") -> str:
        """The finding in one sentence, in Indonesian (``"id"``, the default) or English."""
        if check_lang(lang) == "id" and self.indonesian is not None:
            return self.indonesian
        return self.message

    def to_dict(self, *, lang: Language = "id") -> dict[str, object]:
        """The finding as a plain record, for a DataFrame: ``pandas.DataFrame(f.to_dict() ...)``.

        Keys: ``kind`` (its value string), ``where``, ``published`` (the printed text or
        ``None``), ``expected``, ``lower``, ``upper`` (``Decimal`` or ``None``), ``message``
        (English)
        and ``text`` (in *lang*).
        """
        return {
            "kind": self.kind.value,
            "where": self.where,
            "published": None if self.published is None else self.published.text,
            "expected": self.expected,
            "lower": self.lower,
            "upper": self.upper,
            "message": self.message,
            "text": self.text(lang),
        }

    def __str__(self) -> str:
        place = f" {self.where}:" if self.where else ""
        return f"[{self.kind.value}]{place} {self.message}"

    def _repr_html_(self) -> str:
        return findings_html([self])


_HEADERS = {
    "id": ("Jenis", "Letak", "Tercantum", "Seharusnya", "Uraian"),
    "en": ("Kind", "Where", "Published", "Expected", "Message"),
}
_CAPTIONS = {"id": "Temuan reviu: {}", "en": "Review findings: {}"}


def findings_html(findings: Iterable[Finding], *, lang: Language = "id") -> str:
    """An HTML table of findings, for Jupyter (``display(HTML(findings_html(found)))``).

    One row per finding, under the headers of a review's working paper (*Jenis*, *Letak*,
    *Tercantum*, *Seharusnya*, *Uraian* in Indonesian): the kind, where, the published figure as
    printed, the recomputed figure (shown with the published figure's decimals plus two) and the
    finding's sentence, in *lang*.

    Examples:
        >>> from lkjcalc import check_percentage
        >>> found = check_percentage(12143000, 692541800, "1,907%", where="Tabel 3.1")
        >>> page = findings_html(found)
        >>> for cell in page[page.index("<tbody>") :].split("</td>")[:4]:
        ...     print(cell)
        <tbody><tr><td>persentase
        <td>Tabel 3.1
        <td style='text-align:right'>1,907%
        <td style='text-align:right'>1,7534%
    """
    lang = check_lang(lang)

    def cells(finding: Finding) -> tuple[object, ...]:
        kind = KIND_ID[finding.kind] if lang == "id" else finding.kind.value
        printed = finding.published
        expected = (
            ""
            if finding.expected is None
            else FigureText(recomputed(finding.expected, printed, lang))
        )
        shown = "" if printed is None else FigureText(printed.text)
        return (kind, finding.where, shown, expected, finding.text(lang))

    items = list(check_values(findings, "findings", "an iterable of Finding (a list)"))
    for i, item in enumerate(items):
        if not isinstance(item, Finding):
            raise InvalidTypeError(field=f"findings[{i}]", value=item, expected="a Finding")
    rows = [cells(f) for f in items]
    return table(caption=_CAPTIONS[lang].format(len(rows)), columns=_HEADERS[lang], rows=rows)


# --------------------------------------------------------------------------------- sentences


def recomputed(value: Decimal, like: Published | None, lang: Language) -> str:
    """A recomputed figure shown as *like* is printed, with two more decimals (internal API)."""
    if like is None:
        return show(value, lang)
    return show(value, lang, places=like.places + 2, kind=like.kind)


def figure_or_text(figure: Published | Decimal, lang: Language) -> str:
    """An input as printed (its text), or a number in the language's notation (internal API)."""
    return figure.text if isinstance(figure, Published) else show(figure, lang)


def range_clause(found: Interval, like: Published | None, lang: Language) -> str:
    """The clause "the printed inputs allow …", when they allow more than one value (internal)."""
    if found.is_point:
        return ""
    low = recomputed(found.lower, like, lang) if found.lower.is_finite() else None
    high = recomputed(found.upper, like, lang) if found.upper.is_finite() else None
    if lang == "id":
        span = (
            f"{low} atau lebih"
            if high is None
            else f"{high} atau kurang"
            if low is None
            else f"{low} s.d. {high}"
        )
        return f"; angka yang tercantum pada masukannya memungkinkan {span}"
    span = (
        f"from {low} upward"
        if high is None
        else f"up to {high}"
        if low is None
        else f"from {low} to {high}"
    )
    return f"; the printed inputs allow any value {span}"


def bounds(found: Interval) -> dict[str, Decimal | None]:
    """``lower`` and ``upper`` of a finding from a range (``None`` for no bound)."""
    return {
        "lower": found.lower if found.lower.is_finite() else None,
        "upper": found.upper if found.upper.is_finite() else None,
    }
