"""Review of a printed AKIP worksheet result (*hasil evaluasi* of the LKE): :func:`check_lke`.

Internal to :mod:`lkjcalc.review` (the public names are re-exported there, and by
:mod:`lkjcalc`).

The grades decide every score exactly (:func:`lkjcalc.score_lke`, PermenPANRB 88/2021; domain.md
§10); each printed score is checked against its exact value, and against its maximum (the
weight, the worksheet's maximum); the printed predicate against the printed total on the AKIP
scale. Along the review's one path (domain.md §7, v0.2): a printed score stands for the values
that print to it, and nothing about the worksheet's content raises.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any

import attrs

from lkjcalc._validators import optional_str_validator, str_validator
from lkjcalc.errors import InvalidInputError, InvalidTypeError
from lkjcalc.evaluation import LKE_2021, LkeGrade, Worksheet, score_lke
from lkjcalc.review._checks import LANGS, check_where, compare
from lkjcalc.review._columns import (
    Column,
    Judge,
    Text,
    form_fields,
    join_where,
    read_optional,
)
from lkjcalc.review._findings import Finding, FindingKind, recomputed, show
from lkjcalc.review._interval import Interval
from lkjcalc.review._published import (
    Notation,
    Published,
    check_notation,
    name_fields,
    to_figures,
    to_optional_figure,
)
from lkjcalc.scales import AKIP

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

__all__ = ["PrintedLke", "check_lke"]


# --------------------------------------------------------------------------------- records


@attrs.frozen(kw_only=True, field_transformer=name_fields())
class PrintedLke:
    """The result of an AKIP evaluation worksheet as printed (*hasil evaluasi* of the LKE).

    Args:
        components: component code → printed score (``{"1": "24,60", ...}``), or ``None``.
        subcomponents: sub-component code → printed score (``{"1.a": "5,40", ...}``), or ``None``.
        total: the printed total (*nilai akhir*).
        predicate: the printed predicate (*predikat*), its code or label (``"A"``,
            ``"Memuaskan"``).
        where: where the worksheet is printed (default ``"LKE"``).

    Text is read in Indonesian notation; pass :class:`Published` figures for another, or give
    :func:`check_lke` a mapping and its *notation*.

    Examples:
        >>> sheet = PrintedLke(components={"1": "24,60"}, total="87,80", predicate="A")
        >>> sheet.components["1"].value, sheet.total.places
        (Decimal('24.60'), 2)
    """

    components: types.MappingProxyType[str, Published] | None = attrs.field(
        default=None, converter=to_figures
    )
    subcomponents: types.MappingProxyType[str, Published] | None = attrs.field(
        default=None, converter=to_figures
    )
    total: Published | None = attrs.field(default=None, converter=to_optional_figure)
    predicate: str | None = attrs.field(default=None, validator=optional_str_validator())
    where: str = attrs.field(default="LKE", validator=str_validator(allow_empty=True))


# --------------------------------------------------------------------------------- check_lke


_GROUPS = ("components", "subcomponents")


def _group_of(key: object, worksheet: Worksheet) -> str:
    """Whether a flat key of a printed worksheet is a component's code or a sub-component's."""
    if key in {c.code for c in worksheet.components}:
        return "components"
    if key in worksheet.codes:
        return "subcomponents"
    raise InvalidInputError(
        field="published",
        value=key,
        expected="the fields of PrintedLke (components, subcomponents, total, predicate, where) "
        f"or a code of {worksheet.name}",
    )


def _printed_lke(value: object, worksheet: Worksheet, notation: Notation) -> PrintedLke:
    """The worksheet as printed: a :class:`PrintedLke`, or one built from a mapping.

    A mapping holds the record's fields, or printed scores by code beside them (flat, as a row
    of a table); a score given twice (flat and nested) is refused.
    """
    if isinstance(value, PrintedLke):
        return value
    fields: dict[str, object] = {}
    entries: list[tuple[str, object, object, str]] = []  # group, code, printed score, name
    for key, item in form_fields(value, "published", "PrintedLke").items():
        name = f"published[{key!r}]"
        if key in {"predicate", "where", "total"}:
            fields[key] = read_optional(item, name, notation) if key == "total" else item
        elif key in _GROUPS:
            nested = {} if item is None else form_fields(item, name, "mapping code → score")
            entries += [(key, code, score, f"{name}[{code!r}]") for code, score in nested.items()]
        else:
            entries.append((_group_of(key, worksheet), key, item, name))
    scores: dict[str, dict[Any, Published]] = {group: {} for group in _GROUPS}
    for group, code, item, name in entries:
        figure = read_optional(item, name, notation)
        if figure is not None:
            if code in scores[group]:
                raise InvalidInputError(
                    field=name, value=code, expected="each score once (by code, or nested)"
                )
            scores[group][code] = figure
    return PrintedLke(**fields, **{k: v or None for k, v in scores.items()})  # type: ignore[arg-type]


def _score_findings(
    figure: Published,
    exact: Decimal,
    maximum: Decimal,
    *,
    where: str,
    what: Text,
    how: Text,
) -> list[Finding]:
    """A printed score against its exact value and its range 0 … *maximum*."""
    values = figure.interval
    above, below = (
        values.lower > maximum or (values.lower == maximum and not values.lower_closed),
        values.upper < 0 or (values.upper == 0 and not values.upper_closed),
    )
    if not (above or below):
        found = Interval.point(exact)
        return compare(
            FindingKind.VALUE, where, figure, role="computed", found=found, expected=exact, how=how
        )
    show_max = {lang: show(maximum, lang) for lang in LANGS}
    show_exact = {lang: recomputed(exact, figure, lang) for lang in LANGS}
    sentence: Text = (
        {
            "en": f"printed {figure.text} lies above the maximum of {what['en']}, "
            f"{show_max['en']}; the grades give {show_exact['en']}",
            "id": f"tercantum {figure.text}, melebihi nilai maksimum {what['id']} "
            f"{show_max['id']}; menurut nilainya seharusnya {show_exact['id']}",
        }
        if above
        else {
            "en": f"printed {figure.text} lies below 0; the grades give {show_exact['en']}",
            "id": f"tercantum {figure.text}, di bawah 0; menurut nilainya seharusnya "
            f"{show_exact['id']}",
        }
    )
    return [
        Finding(
            kind=FindingKind.OUT_OF_RANGE,
            where=where,
            published=figure,
            expected=exact,
            lower=exact,
            upper=exact,
            message=sentence["en"],
            indonesian=sentence["id"],
        )
    ]


def check_lke(
    published: PrintedLke | Mapping[str, object],
    grades: Mapping[str, LkeGrade | str],
    *,
    worksheet: Worksheet = LKE_2021,
    where: str = "",
    notation: Notation = "id",
) -> list[Finding]:
    """Check a printed AKIP worksheet result (*hasil evaluasi* of the LKE) against its grades.

    The grades decide every score exactly (:func:`lkjcalc.score_lke`, PermenPANRB 88/2021);
    each printed score — sub-component, component, total — is a computed figure and agrees when
    its exact value prints to it (domain.md §7: "87,8" agrees with 87,80, "87,75" does not). A
    score printed above its maximum (a sub-component's or component's weight, the worksheet's
    maximum) or below 0 is an ``OUT_OF_RANGE`` finding: the rounded-weights pitfall, where
    seven criteria weighted 14,29 % make a perfect planning component 30,0018 out of 30. The
    printed predicate is checked against the printed total on :data:`~lkjcalc.scales.AKIP`
    (some value the total stands for, rounded to 2 places, falls in the printed band: a total
    printed "90,00" is A, never AA), or against the exact total when none is printed.

    Args:
        published: a :class:`~lkjcalc.review.PrintedLke`, or a mapping of its fields, or of
            printed scores by code beside ``total`` and ``predicate`` (a pandas Series row
            works): ``{"1": "24,60", "1.a": "5,40", "total": "87,80", "predicate": "A"}``.
            Texts of a mapping are read in *notation*; ``None`` is a score not printed.
        grades: sub-component code → grade, every sub-component of *worksheet*, as
            :func:`lkjcalc.score_lke` takes them.
        worksheet: the worksheet (default :data:`~lkjcalc.LKE_2021`).
        where: where the worksheet is printed (default: the printed record's ``where``).
        notation: the notation of the texts of a mapping.

    Returns:
        The findings, sub-components and component by component, then the total, then the
        predicate: ``OUT_OF_RANGE``, ``VALUE`` and ``BAND``.

    Raises:
        InvalidInputError: a printed code that is not the worksheet's; grades that
            :func:`lkjcalc.score_lke` refuses (a missing or unknown code or grade).
        ParseError: a text that cannot be read in *notation*.

    References:
        PermenPANRB 88/2021 on the evaluation of AKIP, annex (LKE); domain.md §10 and §7.

    Examples:
        The published court worksheet (domain.md §10), printed 24,60 / 25,50 / 13,95 / 23,75,
        total 87,80, predicate A:

        >>> grades = {"1.a": "A", "1.b": "BB", "1.c": "BB", "2.a": "BB", "2.b": "BB",
        ...           "2.c": "A", "3.a": "BB", "3.b": "A", "3.c": "AA", "4.a": "A",
        ...           "4.b": "A", "4.c": "AA"}  # fmt: skip
        >>> sheet = {"1": "24,60", "2": "25,50", "3": "13,95", "4": "23,75",
        ...          "total": "87,80", "predicate": "A"}  # fmt: skip
        >>> check_lke(sheet, grades), check_lke({**sheet, "total": "87,8"}, grades)
        ([], [])
        >>> [finding] = check_lke({**sheet, "total": "87,75"}, grades)
        >>> print(finding.text())
        tercantum 87,75, seharusnya 87,8 (jumlah 4 komponen)
    """
    notation = check_notation(notation)
    place = check_where(where)
    if not isinstance(worksheet, Worksheet):
        raise InvalidTypeError(field="worksheet", value=worksheet, expected="a Worksheet")
    sheet = _printed_lke(published, worksheet, notation)
    place = place or sheet.where
    for group, codes in (
        ("components", tuple(c.code for c in worksheet.components)),
        ("subcomponents", worksheet.codes),
    ):
        for code in getattr(sheet, group) or ():
            if code not in codes:
                raise InvalidInputError(
                    field=f"published.{group}",
                    value=code,
                    expected=f"the codes of {worksheet.name}: {', '.join(codes)}",
                )
    result = score_lke(grades, worksheet=worksheet)
    found: list[Finding] = []
    printed_subs: Mapping[str, Published] = sheet.subcomponents or {}
    printed_components: Mapping[str, Published] = sheet.components or {}
    values = worksheet.grade_values
    for component in worksheet.components:
        for sub in component.subcomponents:
            if sub.code in printed_subs:
                grade = result.grades[sub.code]
                found += _score_findings(
                    printed_subs[sub.code],
                    result.subcomponents[sub.code],
                    sub.weight,
                    where=join_where(place, f"sub-komponen {sub.code}"),
                    what={"en": f"sub-component {sub.code}", "id": f"sub-komponen {sub.code}"},
                    how={
                        "en": f"grade {grade.name}: {show(values[grade], 'en')}% of the weight "
                        f"{show(sub.weight, 'en')}",
                        "id": f"nilai {grade.name}: {show(values[grade], 'id')}% × bobot "
                        f"{show(sub.weight, 'id')}",
                    },
                )
        if component.code in printed_components:
            count = len(component.subcomponents)
            found += _score_findings(
                printed_components[component.code],
                result.components[component.code],
                component.weight,
                where=join_where(place, f"komponen {component.code}"),
                what={"en": f"component {component.code}", "id": f"komponen {component.code}"},
                how={
                    "en": f"sum of {count} sub-components, from the grades",
                    "id": f"jumlah {count} sub-komponen, menurut nilainya",
                },
            )
    total = Column(values=Interval.point(result.total), expected=result.total)
    if sheet.total is not None:
        count = len(worksheet.components)
        found += _score_findings(
            sheet.total,
            result.total,
            worksheet.maximum,
            where=join_where(place, "nilai akhir"),
            what={"en": "the total", "id": "nilai akhir"},
            how={"en": f"sum of {count} components", "id": f"jumlah {count} komponen"},
        )
        # The predicate follows the values the printed total stands for.
        total = Column(values=sheet.total.interval, expected=sheet.total.value, shown=sheet.total)
    judge = Judge(where=place)
    judge.grade(
        sheet.predicate,
        total,
        AKIP,
        place="predikat",
        what={"en": "the total", "id": "nilai akhir"},
    )
    return found + judge.found
